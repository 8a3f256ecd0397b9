//! Tests of the help catalogue applied to clap (`help.rs`), kept apart to keep that file short.

use std::collections::BTreeSet;

use clap::CommandFactory;

use super::*;
use crate::cli::Cli;
use crate::i18n::{sources, LANGUAGES};

/// The `help-…` ids of `lang`'s help catalogue.
fn catalogue_ids(lang: &str) -> BTreeSet<String> {
    let (_, source) = sources(lang)
        .into_iter()
        .find(|(part, _)| *part == "help")
        .unwrap();
    source
        .lines()
        .filter_map(|line| line.split_once(" = ").map(|(id, _)| id.trim()))
        .filter(|id| id.starts_with("help-"))
        .map(str::to_string)
        .collect()
}

/// Every command's and argument's id in the tree under `cmd` (clap's own --help,
/// --version and help subcommand aside), with whether it shows in --help.
fn tree_ids(cmd: &Command, path: &mut Vec<String>, out: &mut Vec<(String, bool)>) {
    let names: Vec<&str> = path.iter().map(String::as_str).collect();
    out.push((command_id(&names), !cmd.is_hide_set()));
    for arg in cmd.get_arguments() {
        let id = arg.get_id().as_str();
        if id != "help" && id != "version" {
            out.push((arg_id(&names, id), !arg.is_hide_set()));
        }
    }
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        path.push(sub.get_name().to_string());
        tree_ids(sub, path, out);
        path.pop();
    }
}

fn built() -> Command {
    let mut cmd = Cli::command();
    cmd.build();
    cmd
}

#[test]
fn every_command_and_argument_has_its_words_and_every_word_its_command() {
    let en = catalogue_ids("en");
    let mut tree = Vec::new();
    tree_ids(&built(), &mut Vec::new(), &mut tree);
    assert!(tree.len() > 100, "{}", tree.len());
    let missing: Vec<_> = tree
        .iter()
        .filter(|(id, visible)| *visible && !en.contains(id))
        .collect();
    assert!(missing.is_empty(), "no en/help.ftl message for {missing:?}");
    let known: BTreeSet<&str> = tree.iter().map(|(id, _)| id.as_str()).collect();
    let stale: Vec<_> = en
        .iter()
        .filter(|id| {
            !["help-builtin-", "help-heading-", "help-error-"]
                .iter()
                .any(|prefix| id.starts_with(prefix))
        })
        .filter(|id| !known.contains(id.as_str()))
        .collect();
    assert!(
        stale.is_empty(),
        "en/help.ftl names no command or argument: {stale:?}"
    );
    for lang in &LANGUAGES[1..] {
        assert_eq!(catalogue_ids(lang), en, "{lang}/help.ftl's ids");
    }
}

#[test]
fn the_derive_carries_no_words_of_its_own() {
    fn check(cmd: &Command, path: &str) {
        assert!(cmd.get_about().is_none(), "{path} has an about");
        assert!(cmd.get_long_about().is_none(), "{path} has a long about");
        for arg in cmd.get_arguments() {
            assert!(arg.get_help().is_none(), "{path} {} has help", arg.get_id());
            assert!(arg.get_long_help().is_none(), "{path} {}", arg.get_id());
        }
        for sub in cmd.get_subcommands() {
            check(sub, &format!("{path} {}", sub.get_name()));
        }
    }
    check(&Cli::command(), "mfa-companion");
}

#[test]
fn the_english_words_come_from_the_catalogue_everywhere_in_the_tree() {
    let cmd = localized(built(), Words::English);
    let about = |c: &Command| c.get_about().map(|a| a.to_string());
    assert_eq!(about(&cmd), Some(tr_en("help-mfa-companion", &[])));
    let add = cmd
        .find_subcommand("server")
        .and_then(|s| s.find_subcommand("add"))
        .unwrap();
    assert_eq!(about(add), Some(tr_en("help-server-add", &[])));
    let url = add.get_arguments().find(|a| a.get_id() == "url").unwrap();
    assert_eq!(
        url.get_help().map(|h| h.to_string()),
        Some(tr_en("help-server-add--url", &[]))
    );
    // clap's own words, and the help subcommand's copies used by completions.
    let help = cmd.find_subcommand("help").unwrap();
    assert_eq!(about(help), Some(tr_en("help-builtin-help-command", &[])));
    let copy = help
        .find_subcommand("server")
        .and_then(|s| s.find_subcommand("add"))
        .unwrap();
    assert_eq!(about(copy), about(add));
    let flag = cmd
        .get_arguments()
        .find(|a| a.get_id() == "version")
        .unwrap();
    assert_eq!(flag.get_help().unwrap().to_string(), "Print version");
    // Man pages keep clap's section names: no heading is set.
    assert!(url.get_help_heading().is_none());
    assert!(cmd.get_subcommand_help_heading().is_none());
}

#[test]
fn the_words_in_use_head_the_sections_and_parse_as_before() {
    let cmd = localized(Cli::command(), Words::InUse);
    let code = cmd.find_subcommand("code").unwrap();
    let json = code.get_arguments().find(|a| a.get_id() == "json").unwrap();
    assert_eq!(
        json.get_help_heading(),
        Some(t("help-heading-options").as_str())
    );
    let account = code
        .get_arguments()
        .find(|a| a.get_id() == "account")
        .unwrap();
    assert_eq!(
        account.get_help_heading(),
        Some(t("help-heading-arguments").as_str())
    );
    let matches = cmd
        .try_get_matches_from(["mfa-companion", "code", "gh", "--at", "59", "--json"])
        .unwrap();
    let (name, sub) = matches.subcommand().unwrap();
    assert_eq!(name, "code");
    assert_eq!(sub.get_one::<u64>("at"), Some(&59));
    assert!(sub.get_flag("json"));
}
