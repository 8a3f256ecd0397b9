//! The words of the command line's `--help`, its man pages and completions: every
//! command's description and every argument's help come from the `help` catalogue
//! (`i18n/locales/<lang>/help.ftl`), the one copy of them per language (the derive in
//! `cli/*.rs` carries none). A command's id is `help-<command path>` (`help-mfa-companion`
//! for the root, `help-server-add`), an argument's `help-<command path>--<argument id>`
//! (`help-code--json`); clap's own words (the `--help`, `--version` and `help`
//! descriptions, the headings) are the `help-builtin-*` and `help-heading-*` messages,
//! and the most common parse errors ([`print_error`]) the `help-error-*` ones.

use clap::builder::styling::Style;
use clap::builder::{StyledStr, Styles};
use clap::{Arg, Command};
use fluent_bundle::FluentValue;

use crate::i18n::{t, tr, tr_en};

/// Which words: the language in use with translated headings (for `--help`), or English
/// with clap's own headings (man pages and completions, generated for packages).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Words {
    InUse,
    English,
}

impl Words {
    fn get(self, id: &str) -> String {
        match self {
            Words::InUse => t(id),
            Words::English => tr_en(id, &[]),
        }
    }
}

/// The catalogue id of the command at `path` (its names from the root's children down).
pub(super) fn command_id(path: &[&str]) -> String {
    if path.is_empty() {
        "help-mfa-companion".to_string()
    } else {
        format!("help-{}", path.join("-"))
    }
}

/// The catalogue id of argument `arg` (its clap id) of the command at `path`.
pub(super) fn arg_id(path: &[&str], arg: &str) -> String {
    format!("{}--{}", command_id(path), arg.replace('_', "-"))
}

/// The translated headings of `--help` (none for [`Words::English`]: man pages keep
/// clap's section names).
struct Headings {
    template: String,
    commands: &'static str,
    arguments: &'static str,
    options: &'static str,
    /// clap's "[default: …]" and "[possible values: …]", with our words.
    default: String,
    possible: String,
    context: Style,
    value: Style,
}

impl Headings {
    fn new(cmd: &Command, words: Words) -> Option<Headings> {
        if words == Words::English {
            return None;
        }
        // clap keeps headings as `&'static str` (without its `string` feature): these
        // three are kept for the life of the process, once per run.
        let leak = |id: &str| -> &'static str { Box::leak(words.get(id).into_boxed_str()) };
        let usage = cmd.get_styles().get_usage();
        // clap's default template, with our word for its "Usage:".
        let template = format!(
            "{{before-help}}{{about-with-newline}}\n{}{}:{:#} {{usage}}\n\n{{all-args}}{{after-help}}",
            usage.render(),
            words.get("help-heading-usage"),
            usage.render_reset(),
        );
        Some(Headings {
            template,
            commands: leak("help-heading-commands"),
            arguments: leak("help-heading-arguments"),
            options: leak("help-heading-options"),
            default: words.get("help-builtin-default"),
            possible: words.get("help-builtin-possible-values"),
            context: *cmd.get_styles().get_context(),
            value: *cmd.get_styles().get_context_value(),
        })
    }

    /// `arg`'s help followed by its default and possible values as clap shows them
    /// ("[default: 30]"), in our words; clap's own are hidden.
    fn values(&self, arg: Arg) -> Arg {
        let (ctx, val) = (self.context, self.value);
        let mut specs = Vec::new();
        let takes_value = arg.get_num_args().is_some_and(|n| n.takes_values());
        if takes_value && !arg.is_hide_default_value_set() && !arg.get_default_values().is_empty() {
            let values: Vec<String> = arg
                .get_default_values()
                .iter()
                .map(|v| quoted(&v.to_string_lossy()))
                .collect();
            specs.push(format!(
                "{ctx}[{}: {ctx:#}{val}{}{val:#}{ctx}]{ctx:#}",
                self.default,
                values.join(" ")
            ));
        }
        if !arg.is_hide_possible_values_set() {
            let values: Vec<String> = arg
                .get_possible_values()
                .iter()
                .filter(|v| !v.is_hide_set())
                .map(|v| format!("{val}{}{val:#}", quoted(v.get_name())))
                .collect();
            if !values.is_empty() {
                specs.push(format!(
                    "{ctx}[{}: {ctx:#}{}{ctx}]{ctx:#}",
                    self.possible,
                    values.join(&format!("{ctx}, {ctx:#}"))
                ));
            }
        }
        if specs.is_empty() {
            return arg;
        }
        let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
        let help = if help.is_empty() {
            specs.join(" ")
        } else {
            format!("{help} {}", specs.join(" "))
        };
        arg.help(help)
            .hide_default_value(true)
            .hide_possible_values(true)
    }

    fn apply(&self, cmd: Command) -> Command {
        cmd.help_template(self.template.clone())
            .subcommand_help_heading(self.commands)
            .mut_args(|arg| {
                let heading = if arg.is_positional() {
                    self.arguments
                } else {
                    self.options
                };
                self.values(arg).help_heading(heading)
            })
    }
}

/// A value as clap quotes it in help: in double quotes when it holds whitespace.
fn quoted(value: &str) -> String {
    if value.contains(char::is_whitespace) {
        format!("{value:?}")
    } else {
        value.to_string()
    }
}

/// `cmd` (the root) with every description and argument help taken from the catalogue,
/// and for [`Words::InUse`] the headings too. Builds the commands it walks, as parsing
/// would, so that clap's `--help`, `--version` and `help` exist to be reworded; a
/// command built before with [`Command::build`] keeps its `help` subtree (completions),
/// whose copies of the commands get the same descriptions.
pub(super) fn localized(cmd: Command, words: Words) -> Command {
    let headings = Headings::new(&cmd, words);
    let mut cmd = cmd;
    walk(&mut cmd, &mut Vec::new(), words, headings.as_ref());
    cmd
}

fn walk(cmd: &mut Command, path: &mut Vec<String>, words: Words, headings: Option<&Headings>) {
    // Builds this command (not its subcommands) as parsing does; a no-op once built.
    let _ = cmd.render_usage();
    let names: Vec<&str> = path.iter().map(String::as_str).collect();
    let mut own = std::mem::take(cmd)
        .about(words.get(&command_id(&names)))
        .long_about(None::<&str>)
        .mut_args(|arg| {
            let help = match arg.get_id().as_str() {
                "help" => words.get("help-builtin-help"),
                "version" => words.get("help-builtin-version"),
                id => words.get(&arg_id(&names, id)),
            };
            arg.help(help).long_help(None::<&str>)
        });
    if let Some(headings) = headings {
        own = headings.apply(own);
    }
    *cmd = own;
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .filter(|n| n != "help")
        .collect();
    for name in subs {
        if let Some(sub) = cmd.get_subcommands_mut().find(|s| s.get_name() == name) {
            path.push(name);
            walk(sub, path, words, headings);
            path.pop();
        }
    }
    let real = cmd.clone();
    if let Some(help) = cmd.get_subcommands_mut().find(|s| s.get_name() == "help") {
        let mut own = std::mem::take(help)
            .about(words.get("help-builtin-help-command"))
            .mut_args(|arg| {
                arg.help(words.get("help-builtin-help-command--subcommand"))
                    .long_help(None::<&str>)
            });
        if let Some(headings) = headings {
            own = headings.apply(own);
        }
        *help = own;
        copies(help, &real, words);
    }
}

/// The `help` subcommand's copies of the commands (built for completions): described
/// as the commands themselves.
fn copies(copy: &mut Command, real: &Command, words: Words) {
    for sub in copy.get_subcommands_mut() {
        let about = if sub.get_name() == "help" {
            Some(words.get("help-builtin-help-command"))
        } else {
            real.find_subcommand(sub.get_name())
                .and_then(|r| r.get_about().map(|a| a.to_string()))
        };
        if let Some(about) = about {
            *sub = std::mem::take(sub).about(about);
        }
        if let Some(r) = real.find_subcommand(sub.get_name()) {
            copies(sub, r, words);
        }
    }
}

/// Prints a parse error of clap: the most common ones (an unknown argument or
/// subcommand, a missing argument, an invalid value) in the language in use, with the
/// same layout and exit status as clap's; the rarer ones as clap words them.
pub(super) fn print_error(error: clap::Error) {
    use clap::error::ErrorKind;
    let _ = match error.kind() {
        ErrorKind::UnknownArgument
        | ErrorKind::MissingRequiredArgument
        | ErrorKind::InvalidValue
        | ErrorKind::InvalidSubcommand => error.apply::<Localized>().print(),
        _ => error.print(),
    };
}

/// clap's [`RichFormatter`](clap::error::RichFormatter) for the errors of
/// [`print_error`], with the `help-error-*` messages.
struct Localized;

impl clap::error::ErrorFormatter for Localized {
    fn format_error(error: &clap::error::Error<Self>) -> StyledStr {
        use clap::error::{ContextKind, ContextValue, ErrorKind};
        use std::fmt::Write as _;

        let styles = Styles::styled();
        let (err, valid, invalid, literal) = (
            *styles.get_error(),
            *styles.get_valid(),
            *styles.get_invalid(),
            *styles.get_literal(),
        );
        let word = |id: &str, args: &[(&str, String)]| -> String {
            let args: Vec<(&str, FluentValue)> = args
                .iter()
                .map(|(name, value)| (*name, FluentValue::from(value.clone())))
                .collect();
            tr(id, &args)
        };
        let string = |kind| match error.get(kind) {
            Some(ContextValue::String(s)) => Some(s.clone()),
            _ => None,
        };
        let strings = |kind| match error.get(kind) {
            Some(ContextValue::Strings(s)) => s.clone(),
            Some(ContextValue::String(s)) => vec![s.clone()],
            _ => Vec::new(),
        };
        let mut out = String::new();
        let _ = write!(out, "{err}error:{err:#} ");
        let arg = string(ContextKind::InvalidArg).unwrap_or_default();
        match error.kind() {
            ErrorKind::UnknownArgument => out.push_str(&word(
                "help-error-unknown-argument",
                &[("arg", format!("{invalid}{arg}{invalid:#}"))],
            )),
            ErrorKind::InvalidSubcommand => out.push_str(&word(
                "help-error-unknown-subcommand",
                &[(
                    "name",
                    format!(
                        "{invalid}{}{invalid:#}",
                        string(ContextKind::InvalidSubcommand).unwrap_or_default()
                    ),
                )],
            )),
            ErrorKind::MissingRequiredArgument => {
                out.push_str(&word("help-error-missing-arguments", &[]));
                for missing in strings(ContextKind::InvalidArg) {
                    let _ = write!(out, "\n  {valid}{missing}{valid:#}");
                }
            }
            _ => {
                let value = string(ContextKind::InvalidValue).unwrap_or_default();
                if value.is_empty() {
                    out.push_str(&word(
                        "help-error-value-required",
                        &[("arg", format!("{invalid}{arg}{invalid:#}"))],
                    ));
                } else {
                    out.push_str(&word(
                        "help-error-invalid-value",
                        &[
                            ("value", format!("{invalid}{value}{invalid:#}")),
                            ("arg", format!("{literal}{arg}{literal:#}")),
                        ],
                    ));
                }
                let values = strings(ContextKind::ValidValue);
                if !values.is_empty() {
                    let values: Vec<String> = values
                        .iter()
                        .map(|v| format!("{valid}{}{valid:#}", quoted(v)))
                        .collect();
                    let _ = write!(
                        out,
                        "\n  [{}: {}]",
                        word("help-builtin-possible-values", &[]),
                        values.join(", ")
                    );
                }
            }
        }
        let mut tips = Vec::new();
        for (kind, one, many) in [
            (
                ContextKind::SuggestedSubcommand,
                "help-error-similar-subcommand",
                "help-error-similar-subcommands",
            ),
            (
                ContextKind::SuggestedArg,
                "help-error-similar-argument",
                "help-error-similar-arguments",
            ),
            (
                ContextKind::SuggestedValue,
                "help-error-similar-value",
                "help-error-similar-values",
            ),
        ] {
            let names: Vec<String> = strings(kind)
                .iter()
                .map(|n| format!("'{valid}{n}{valid:#}'"))
                .collect();
            match names.len() {
                0 => {}
                1 => tips.push(word(one, &[("name", names[0].clone())])),
                _ => tips.push(word(many, &[("names", names.join(", "))])),
            }
        }
        if let Some(ContextValue::StyledStrs(suggestions)) = error.get(ContextKind::Suggested) {
            for suggestion in suggestions {
                // clap's one tip for an unknown argument that looks like an option.
                let text = suggestion.to_string();
                let pass = text
                    .strip_prefix("to pass '")
                    .and_then(|rest| rest.split_once('\''))
                    .map(|(arg, _)| arg.to_string());
                tips.push(match pass {
                    Some(arg) => word(
                        "help-error-pass-as-value",
                        &[
                            ("arg", format!("{valid}{arg}{valid:#}")),
                            ("escaped", format!("{valid}-- {arg}{valid:#}")),
                        ],
                    ),
                    None => suggestion.ansi().to_string(),
                });
            }
        }
        if !tips.is_empty() {
            out.push('\n');
        }
        let tip = word("help-error-tip", &[]);
        for text in tips {
            let _ = write!(out, "\n  {valid}{tip}:{valid:#} {text}");
        }
        if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
            // clap's usage line starts with its own "Usage:".
            let usage = usage.ansi().to_string();
            let style = *styles.get_usage();
            let line = usage
                .split_once("Usage:")
                .map(|(_, rest)| rest.trim_start_matches(|c: char| c != ' ').trim_start())
                .unwrap_or(&usage);
            let _ = write!(
                out,
                "\n\n{style}{}:{style:#} {line}",
                word("help-heading-usage", &[])
            );
        }
        let _ = write!(
            out,
            "\n\n{}\n",
            word(
                "help-error-more",
                &[("help", format!("{literal}--help{literal:#}"))]
            )
        );
        StyledStr::from(out)
    }
}

#[cfg(test)]
#[path = "help_tests.rs"]
mod tests;
