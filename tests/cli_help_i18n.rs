//! The command line's `--help` in the user's language (issue 20): the real binary under
//! `LC_ALL`, with empty config and data folders so no Settings language interferes.
//! Descriptions, argument help, clap's headings and its most common usage errors follow
//! the language; option and command names, value names, `--version` and the exit
//! status do not. No keychain is needed.

use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_mfa-companion");

/// stdout of `mfa-companion ARGS` under `LC_ALL=locale` (exit 0 expected).
fn run(locale: &str, args: &[&str]) -> String {
    let home = tempfile::tempdir().unwrap();
    let out = Command::new(BIN)
        .args(args)
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .env("XDG_DATA_HOME", home.path().join("data"))
        .env("XDG_STATE_HOME", home.path().join("state"))
        .env("LC_ALL", locale)
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?} under {locale}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The options a help text lists, as written (`-h, --help`, `--at <UNIX_SECONDS>`).
fn options(help: &str) -> Vec<String> {
    help.lines()
        .map(str::trim_start)
        .filter(|l| l.starts_with('-'))
        .filter_map(|l| l.split("  ").next().map(str::to_string))
        .collect()
}

#[test]
fn the_root_help_is_portuguese_in_a_brazilian_session_and_english_in_c() {
    let pt = run("pt_BR.UTF-8", &["--help"]);
    for words in [
        "Códigos de autenticação guardados no chaveiro do sistema",
        "Uso: mfa-companion <COMMAND>",
        "Comandos:",
        "Opções:",
        "Mostrar a ajuda",
        "Mostrar a versão",
        "Listar as contas (sem segredos, sem códigos)",
    ] {
        assert!(pt.contains(words), "no {words:?} in\n{pt}");
    }
    let en = run("C.UTF-8", &["--help"]);
    for words in [
        "Authenticator codes from the OS keychain; with no command, opens the desktop window",
        "Usage: mfa-companion <COMMAND>",
        "Commands:",
        "Options:",
        "Print help",
        "Print version",
        "List accounts (no secrets, no codes)",
    ] {
        assert!(en.contains(words), "no {words:?} in\n{en}");
    }
    assert!(!pt.contains("Usage:") && !pt.contains("Options:"), "{pt}");
    // Same commands, in the same order, under the same names.
    let commands = |help: &str| -> Vec<String> {
        help.lines()
            .filter(|l| l.starts_with("  ") && !l.trim_start().starts_with('-'))
            .filter_map(|l| l.split_whitespace().next().map(str::to_string))
            .collect()
    };
    assert_eq!(commands(&pt), commands(&en));
    assert!(commands(&en).contains(&"server".to_string()));
    assert_eq!(options(&pt), options(&en));
}

#[test]
fn a_commands_arguments_are_explained_in_german_under_german_headings() {
    let de = run("de_DE.UTF-8", &["code", "--help"]);
    for words in [
        "Den aktuellen Code eines Kontos ausgeben",
        "Aufruf: mfa-companion code [OPTIONS] <ACCOUNT>",
        "Argumente:",
        "Optionen:",
        "Unix-Zeit, für die der Code berechnet wird",
        "--at <UNIX_SECONDS>",
        "--json",
    ] {
        assert!(de.contains(words), "no {words:?} in\n{de}");
    }
    let en = run("C.UTF-8", &["code", "--help"]);
    assert!(
        en.contains("Unix time to compute the code for (time-based accounts only)"),
        "{en}"
    );
    assert!(en.contains("Arguments:") && en.contains("Options:"), "{en}");
    assert_eq!(options(&de), options(&en));
    // A nested command and clap's `help` subcommand follow too.
    let add = run("de_DE.UTF-8", &["server", "add", "--help"]);
    assert!(add.contains("Basis-URL (https://"), "{add}");
    let help = run("de_DE.UTF-8", &["help", "server"]);
    assert!(
        help.contains("Serverprofile für die Registrierung"),
        "{help}"
    );
}

#[test]
fn every_language_has_its_own_root_description_and_the_version_never_changes() {
    let en = run("C.UTF-8", &["--help"]);
    for (locale, heading) in [
        ("es_ES.UTF-8", "Opciones:"),
        ("fr_FR.UTF-8", "Commandes:"),
        ("de_AT.UTF-8", "Befehle:"),
    ] {
        let help = run(locale, &["--help"]);
        assert_ne!(help.lines().next(), en.lines().next(), "{locale}");
        assert!(help.contains(heading), "no {heading:?} in\n{help}");
        assert_eq!(options(&help), options(&en), "{locale}");
    }
    let version = run("C.UTF-8", &["--version"]);
    assert!(version.starts_with("mfa-companion "), "{version}");
    for locale in ["pt_BR.UTF-8", "de_DE.UTF-8", "fr_FR.UTF-8", "es_ES.UTF-8"] {
        assert_eq!(run(locale, &["--version"]), version, "{locale}");
    }
}

/// Exit status and stderr of `mfa-companion ARGS` under `LC_ALL=locale`.
fn fail(locale: &str, args: &[&str]) -> (Option<i32>, String) {
    let home = tempfile::tempdir().unwrap();
    let out = Command::new(BIN)
        .args(args)
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .env("XDG_DATA_HOME", home.path().join("data"))
        .env("LC_ALL", locale)
        .output()
        .unwrap();
    (out.status.code(), String::from_utf8(out.stderr).unwrap())
}

#[test]
fn the_common_usage_errors_follow_the_language_and_still_exit_2() {
    let (status, pt) = fail("pt_BR.UTF-8", &["list", "--jsn"]);
    assert_eq!(status, Some(2), "{pt}");
    for words in [
        "error: argumento inesperado '--jsn'",
        "dica: existe um argumento parecido: '--json'",
        "Uso: mfa-companion list --json",
        "Para mais informações, experimente '--help'.",
    ] {
        assert!(pt.contains(words), "no {words:?} in\n{pt}");
    }
    let (status, en) = fail("C.UTF-8", &["list", "--jsn"]);
    assert_eq!(status, Some(2), "{en}");
    assert_eq!(
        en,
        "error: unexpected argument '--jsn' found\n\n  tip: a similar argument exists: '--json'\n\n\
         Usage: mfa-companion list --json\n\nFor more information, try '--help'.\n"
    );
    let (status, de) = fail("de_DE.UTF-8", &["code"]);
    assert_eq!(status, Some(2), "{de}");
    assert!(
        de.contains("die folgenden nötigen Argumente fehlen:\n  <ACCOUNT>"),
        "{de}"
    );
    let (status, es) = fail("es_ES.UTF-8", &["server", "add", "x", "--api", "foo"]);
    assert_eq!(status, Some(2), "{es}");
    assert!(
        es.contains("valor no válido 'foo' para '--api <API>'\n  [valores posibles: lerian, flashback, tenant]"),
        "{es}"
    );
    let (status, fr) = fail("fr_FR.UTF-8", &["frobnicate"]);
    assert_eq!(status, Some(2), "{fr}");
    assert!(fr.contains("sous-commande inconnue 'frobnicate'"), "{fr}");
}
