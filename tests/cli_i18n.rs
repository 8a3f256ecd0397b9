//! The command line in the user's language (issue 20): the real binary with `LC_ALL` set
//! and an empty Settings folder (the Settings' language comes first), against the
//! private test session's keychain. Portuguese words with the same `[code]` and exit
//! status as in English, the yes/no question answered in Portuguese on a terminal,
//! `--json` byte for byte the same in English and German, and a date in German format.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

mod common;
use common::{Env, BIN};

const RFC_SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

/// The binary in `locale`, with Settings in `config` (empty: no language chosen there).
fn cmd(env: &Env, config: &Path, locale: &str, args: &[&str]) -> Command {
    let mut c = env.cmd(args);
    c.env("LC_ALL", locale)
        .env("LANG", locale)
        .env("XDG_CONFIG_HOME", config)
        .env("TZ", "UTC");
    c
}

fn run(env: &Env, config: &Path, locale: &str, args: &[&str], input: &str) -> Output {
    common::feed(cmd(env, config, locale, args), input)
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

/// Runs the binary on a pseudo-terminal (util-linux `script`), typing `answer` into it:
/// what the terminal showed and the exit status. `None` without `script`.
fn on_terminal(
    env: &Env,
    config: &Path,
    locale: &str,
    args: &[&str],
    answer: &str,
) -> Option<Output> {
    if Command::new("script").arg("--version").output().is_err() {
        eprintln!("skipped: util-linux `script` is not installed");
        return None;
    }
    let line: Vec<String> = std::iter::once(BIN)
        .chain(args.iter().copied())
        .map(quote)
        .collect();
    let mut child = Command::new("script")
        .args(["-qec", &line.join(" "), "/dev/null"])
        .env("XDG_DATA_HOME", env.data())
        .env("XDG_CONFIG_HOME", config)
        .env("LC_ALL", locale)
        .env("TZ", "UTC")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(answer.as_bytes())
        .unwrap();
    Some(child.wait_with_output().unwrap())
}

#[test]
fn portuguese_words_with_the_same_codes_and_exit_statuses_as_english() {
    let env = Env::new();
    let config = tempfile::tempdir().unwrap();
    let cfg = config.path();
    let pt = "pt_BR.UTF-8";

    let uri = format!("otpauth://hotp/Acme:ana?secret={RFC_SECRET}&counter=3&issuer=Acme");
    let added = run(&env, cfg, pt, &["add", &uri], "");
    assert!(added.status.success(), "{}", text(&added.stderr));
    assert!(
        text(&added.stdout).starts_with("Acme:ana adicionada (id "),
        "{}",
        text(&added.stdout)
    );
    let listed = text(&run(&env, cfg, pt, &["list"], "").stdout);
    assert!(
        listed.contains("contador 3") && listed.contains("Acme:ana"),
        "{listed}"
    );
    let none = text(&run(&env, cfg, pt, &["list", "--tag", "nada"], "").stdout);
    assert!(none.contains("nenhuma conta tem a etiqueta"), "{none}");

    // A failure of the command line itself: the word "error" and the message in
    // Portuguese, the code and the exit status as in English.
    for args in [
        &["add"][..],
        &["rename", "acme"][..],
        &["remove", "acme"][..],
    ] {
        let en = run(&env, cfg, "C.UTF-8", args, "");
        let br = run(&env, cfg, pt, args, "");
        let (en_err, br_err) = (text(&en.stderr), text(&br.stderr));
        assert!(en_err.starts_with("error: "), "{en_err}");
        assert!(br_err.starts_with("erro: "), "{br_err}");
        assert_ne!(en_err, br_err);
        let code = |s: &str| s.trim_end().rsplit(' ').next().unwrap().to_string();
        assert_eq!(code(&en_err), code(&br_err), "{en_err} / {br_err}");
        assert!(code(&br_err).starts_with("[cli."), "{br_err}");
        assert_eq!(en.status.code(), Some(1));
        assert_eq!(br.status.code(), en.status.code());
    }
    let br = text(&run(&env, cfg, pt, &["remove", "acme"], "").stderr);
    assert!(
        br.contains("remover Acme:ana apaga o segredo para sempre: passe --yes para confirmar [cli.confirm]"),
        "{br}"
    );

    // The question on a terminal: [s/N], and "n" keeps the account, "s" removes it.
    let Some(kept) = on_terminal(&env, cfg, pt, &["remove", "acme"], "n\n") else {
        return;
    };
    let shown = text(&kept.stdout);
    assert!(
        shown.contains("Remover Acme:ana (id ") && shown.contains("[s/N]"),
        "{shown}"
    );
    assert!(
        shown.contains("erro: nada foi removido [cli.cancelled]"),
        "{shown}"
    );
    assert_eq!(kept.status.code(), Some(1), "{shown}");
    assert_eq!(env.list().len(), 1);

    let removed = on_terminal(&env, cfg, pt, &["remove", "acme"], "s\n").unwrap();
    let shown = text(&removed.stdout);
    assert!(removed.status.success(), "{shown}");
    assert!(shown.contains("Acme:ana removida (id "), "{shown}");
    assert!(env.list().is_empty());

    // English on a terminal: [y/N], and "s" is no yes there.
    run(&env, cfg, pt, &["add", &uri], "");
    let en = on_terminal(&env, cfg, "C.UTF-8", &["remove", "acme"], "s\n").unwrap();
    let shown = text(&en.stdout);
    assert!(shown.contains("[y/N]"), "{shown}");
    assert!(
        shown.contains("error: nothing was removed [cli.cancelled]"),
        "{shown}"
    );
    assert_eq!(env.list().len(), 1);
}

#[test]
fn json_output_is_byte_for_byte_the_same_in_english_and_german() {
    let env = Env::new();
    let config = tempfile::tempdir().unwrap();
    let cfg = config.path();
    let input = format!(
        "otpauth://totp/RFC:sha1?secret={RFC_SECRET}&digits=8&issuer=RFC\n\
         otpauth://steam/Steam:c?secret=63BEDWCQZKTQWPESARIERL5DTTQFCJTK\n"
    );
    let added = run(&env, cfg, "de_DE.UTF-8", &["add", "-"], &input);
    assert!(added.status.success(), "{}", text(&added.stderr));
    assert!(text(&added.stdout).contains("Konto RFC:sha1 hinzugefügt (ID "));
    let codes = run(
        &env,
        cfg,
        "de_DE.UTF-8",
        &["recovery", "add", "rfc"],
        "aaaa-1111\nbbbb-2222\n",
    );
    assert!(codes.status.success(), "{}", text(&codes.stderr));
    assert!(
        text(&codes.stdout).contains("2 Wiederherstellungscodes für RFC:sha1 hinzugefügt"),
        "{}",
        text(&codes.stdout)
    );
    for args in [
        &["list", "--json"][..],
        &["code", "rfc", "--at", "1234567890", "--json"][..],
        &["recovery", "list", "rfc", "--json"][..],
        &["server", "list", "--json"][..],
        &["import", "-", "--dry-run", "--json"][..],
    ] {
        let stdin = if args[0] == "import" {
            "otpauth://totp/New:one?secret=JBSWY3DPEHPK3PXP\n"
        } else {
            ""
        };
        let en = run(&env, cfg, "C.UTF-8", args, stdin);
        let de = run(&env, cfg, "de_DE.UTF-8", args, stdin);
        assert!(en.status.success(), "{args:?}: {}", text(&en.stderr));
        assert!(!en.stdout.is_empty(), "{args:?}");
        assert_eq!(text(&en.stdout), text(&de.stdout), "{args:?}");
        assert_eq!(en.status.code(), de.status.code(), "{args:?}");
    }
    // The human report of the same import is German.
    let de = run(
        &env,
        cfg,
        "de_DE.UTF-8",
        &["import", "-", "--dry-run"],
        "otpauth://totp/New:one?secret=JBSWY3DPEHPK3PXP\n",
    );
    let shown = text(&de.stdout);
    assert!(shown.contains("1 Eintrag gelesen (otpauth)"), "{shown}");
    assert!(shown.contains("würde New:one importieren"), "{shown}");
}

/// Whether `s` is `DD.MM.YYYY HH:MM:SS`.
fn german_date_time(s: &str) -> bool {
    let pattern = "00.00.0000 00:00:00";
    s.len() == pattern.len()
        && s.chars().zip(pattern.chars()).all(|(c, p)| match p {
            '0' => c.is_ascii_digit(),
            _ => c == p,
        })
}

#[test]
fn a_date_printed_in_german_uses_the_german_format() {
    let env = Env::new();
    let config = tempfile::tempdir().unwrap();
    let cfg = config.path();
    let de = "de_DE.UTF-8";
    let uri = format!("otpauth://totp/Acme:ana?secret={RFC_SECRET}&issuer=Acme");
    assert!(run(&env, cfg, de, &["add", &uri], "").status.success());
    let added = run(
        &env,
        cfg,
        de,
        &["recovery", "add", "acme"],
        "aaaa-1111\nbbbb-2222\n",
    );
    assert!(added.status.success(), "{}", text(&added.stderr));
    let used = run(&env, cfg, de, &["recovery", "use", "acme"], "");
    assert!(
        text(&used.stdout).starts_with("Wiederherstellungscode 1 verwenden: aaaa-1111"),
        "{}",
        text(&used.stdout)
    );

    let shown = text(&run(&env, cfg, de, &["recovery", "show", "acme"], "").stdout);
    assert!(
        shown.starts_with("Wiederherstellungscodes von Acme:ana:"),
        "{shown}"
    );
    let line = shown
        .lines()
        .find(|l| l.contains("aaaa-1111"))
        .unwrap_or_default();
    let date = line
        .split("benutzt am ")
        .nth(1)
        .and_then(|rest| rest.split(" (").next())
        .unwrap_or_default();
    assert!(german_date_time(date), "{line:?}");
    assert!(
        line.ends_with("(von Hand als benutzt markiert)"),
        "{line:?}"
    );
    assert!(shown.contains("bbbb-2222  unbenutzt"), "{shown}");

    // The same moment in English: year first.
    let shown = text(&run(&env, cfg, "C.UTF-8", &["recovery", "show", "acme"], "").stdout);
    let line = shown.lines().find(|l| l.contains("aaaa-1111")).unwrap();
    let (day, year) = (&date[..2], &date[6..10]);
    assert!(
        line.contains(&format!("used at {year}-")) && line.contains(&format!("-{day} ")),
        "{line:?}"
    );

    // Counts in German with their plural: one unused code left.
    let listed = text(&run(&env, cfg, de, &["recovery", "list", "acme"], "").stdout);
    assert!(
        listed.contains("Acme:ana: Wiederherstellungscodes: 1 unbenutzt, 1 benutzt"),
        "{listed}"
    );
}
