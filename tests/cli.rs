//! Guards the CLI end to end: the real binary, a fresh data folder per test, and the real
//! keychain of the private test session. Covers add (argument, stdin, manual), list
//! (text and JSON), code (TOTP at a fixed time, HOTP counter, Steam, JSON), ambiguity,
//! rename, remove, doctor, and the errors for bad input and a missing keychain.

use std::process::{Command, Stdio};

use serde_json::Value;

mod common;
use common::{stderr, Env, BIN};

/// RFC 6238 SHA1 seed "12345678901234567890" in base32.
const RFC_SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

#[test]
fn add_by_argument_then_code_at_a_fixed_time_matches_rfc6238() {
    let env = Env::new();
    let uri = format!("otpauth://totp/RFC:sha1?secret={RFC_SECRET}&digits=8&issuer=RFC");
    let added = env.ok(&["add", &uri]);
    assert!(added.contains("added RFC:sha1"), "{added}");
    assert_eq!(env.ok(&["code", "RFC:sha1", "--at", "59"]), "94287082\n");
    assert_eq!(env.ok(&["code", "rfc", "--at", "1111111109"]), "07081804\n");
    let json: Value =
        serde_json::from_str(&env.ok(&["code", "sha1", "--at", "1234567890", "--json"])).unwrap();
    assert_eq!(json["code"], "89005924");
    // 1234567890 is a multiple of 30: a full period remains.
    assert_eq!(json["remaining"], 30);
    assert_eq!(json["period"], 30);
}

#[test]
fn list_json_has_the_documented_fields_and_no_secret() {
    let env = Env::new();
    let input = format!(
        "# a comment\n\notpauth://totp/A:a?secret={RFC_SECRET}&algorithm=SHA256&period=60\n\
         otpauth://hotp/B:b?secret={RFC_SECRET}&counter=3&digits=7\n\
         otpauth://steam/Steam:c?secret=63BEDWCQZKTQWPESARIERL5DTTQFCJTK\n"
    );
    let out = env.run_stdin(&["add", "-"], &input);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = env.ok(&["list", "--json"]);
    assert!(!text.contains(RFC_SECRET) && !text.contains("63BEDW"));
    let list = env.list();
    assert_eq!(list.len(), 3);
    let (a, b, c) = (&list[0], &list[1], &list[2]);
    for f in ["id", "issuer", "account", "kind", "algorithm", "digits"] {
        assert!(a.get(f).is_some(), "missing {f}");
    }
    assert_eq!(
        (
            a["kind"].as_str(),
            a["algorithm"].as_str(),
            a["period"].as_u64()
        ),
        (Some("totp"), Some("SHA256"), Some(60))
    );
    assert_eq!(
        (
            b["kind"].as_str(),
            b["counter"].as_u64(),
            b["digits"].as_u64()
        ),
        (Some("hotp"), Some(3), Some(7))
    );
    assert!(b.get("period").is_none());
    assert_eq!(
        (
            c["kind"].as_str(),
            c["digits"].as_u64(),
            c["period"].as_u64()
        ),
        (Some("steam"), Some(5), Some(30))
    );
    // Nothing on disk holds a secret.
    for entry in std::fs::read_dir(env.data().join("mfa-companion")).unwrap() {
        let body = std::fs::read_to_string(entry.unwrap().path()).unwrap_or_default();
        assert!(!body.contains(RFC_SECRET), "secret written to disk");
    }
}

#[test]
fn a_bad_line_on_stdin_adds_nothing_and_names_the_line() {
    let env = Env::new();
    let input = format!("otpauth://totp/A:a?secret={RFC_SECRET}\notpauth://totp/B:b?secret={RFC_SECRET}&digits=11\n");
    let out = env.run_stdin(&["add", "-"], &input);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.starts_with("error: line 2:") && err.contains("[uri.digits]"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1);
    assert!(env.list().is_empty());
}

#[test]
fn hotp_codes_advance_the_saved_counter_and_reject_at() {
    let env = Env::new();
    env.ok(&[
        "add",
        &format!("otpauth://hotp/H:h?secret={RFC_SECRET}&counter=0"),
    ]);
    // RFC 4226 Appendix D, counters 0, 1, 2.
    for expected in ["755224", "287082", "359152"] {
        assert_eq!(env.ok(&["code", "H:h"]), format!("{expected}\n"));
    }
    assert_eq!(env.list()[0]["counter"], 3);
    let out = env.run(&["code", "H:h", "--at", "59"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("[cli.usage]"));
    assert_eq!(env.list()[0]["counter"], 3, "--at must not burn a counter");
}

#[test]
fn steam_codes_match_the_reference_vector() {
    let env = Env::new();
    env.ok(&[
        "add",
        "otpauth://totp/Steam:me?secret=63BEDWCQZKTQWPESARIERL5DTTQFCJTK&encoder=steam",
    ]);
    assert_eq!(env.ok(&["code", "steam", "--at", "1511200518"]), "FR8RV\n");
}

#[test]
fn manual_entry_reads_the_secret_from_stdin() {
    let env = Env::new();
    let out = env.run_stdin(
        &["add", "--issuer", "Manual", "--account", "me", "--algorithm", "SHA512", "--digits", "8"],
        "1234 5678 9012 3456 7890 1234 5678 9012 3456 7890 1234 5678 9012 3456 7890 1234 5678 9012 3456 7890 1234 5678 9012 3456 7890 1234\n",
    );
    // That is not base32 (digits 0, 1, 8, 9): a typed error, nothing stored.
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("[secret.invalid]"),
        "{}",
        stderr(&out)
    );
    assert!(env.list().is_empty());
    // RFC 6238 SHA512 seed in base32.
    let seed = data_encoding::BASE32_NOPAD
        .encode(b"1234567890123456789012345678901234567890123456789012345678901234");
    let out = env.run_stdin(
        &[
            "add",
            "--issuer",
            "Manual",
            "--account",
            "me",
            "--algorithm",
            "SHA512",
            "--digits",
            "8",
        ],
        &format!("{}\n", seed.to_lowercase()),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        env.ok(&["code", "manual", "--at", "2000000000"]),
        "38618901\n"
    );
}

#[test]
fn weak_secrets_are_accepted_with_a_warning() {
    let env = Env::new();
    let out = env.run(&[
        "add",
        "otpauth://totp/Lerian:johndoe?secret=JBSWY3DPEHPK3PXP&issuer=Lerian",
    ]);
    assert!(out.status.success());
    assert!(stderr(&out).contains("only 80 bits"), "{}", stderr(&out));
}

#[test]
fn ambiguous_and_unknown_queries_fail_with_the_matches_listed() {
    let env = Env::new();
    env.ok(&[
        "add",
        &format!("otpauth://totp/GitHub:ann?secret={RFC_SECRET}"),
    ]);
    env.ok(&[
        "add",
        &format!("otpauth://totp/GitLab:ann?secret={RFC_SECRET}"),
    ]);
    let out = env.run(&["code", "git"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("GitHub:ann")
            && err.contains("GitLab:ann")
            && err.contains("[account.ambiguous]"),
        "{err}"
    );
    let out = env.run(&["code", "bitbucket"]);
    assert!(stderr(&out).contains("[account.not_found]"));
}

#[test]
fn rename_and_remove_by_query() {
    let env = Env::new();
    env.ok(&[
        "add",
        &format!("otpauth://totp/Old:ann?secret={RFC_SECRET}"),
    ]);
    env.ok(&["rename", "old", "--issuer", "New", "--account", "anna"]);
    assert_eq!(env.list()[0]["issuer"], "New");
    assert_eq!(env.list()[0]["account"], "anna");
    let out = env.run(&["remove", "New:anna"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "remove without --yes on a pipe must refuse"
    );
    assert!(stderr(&out).contains("--yes"));
    assert_eq!(env.list().len(), 1);
    env.ok(&["remove", "New:anna", "--yes"]);
    assert!(env.list().is_empty());
}

#[test]
fn bad_uris_are_typed_errors_and_never_echo_the_secret() {
    let env = Env::new();
    for (uri, code) in [
        ("http://x/?secret=AAAA", "uri.scheme"),
        ("otpauth://totp/X:y?secret=JBSW1Y3DPEHPK3PX", "uri.secret"),
        (
            "otpauth://totp/X:y?secret=JBSWY3DPEHPK3PXP&period=0",
            "uri.period",
        ),
        ("otpauth://hotp/X:y?secret=JBSWY3DPEHPK3PXP", "uri.counter"),
    ] {
        let out = env.run(&["add", uri]);
        assert_eq!(out.status.code(), Some(1));
        let err = stderr(&out);
        assert!(err.contains(&format!("[{code}]")), "{uri}: {err}");
        assert!(!err.contains("JBSW"), "secret echoed: {err}");
    }
    assert!(env.list().is_empty());
}

#[test]
fn doctor_passes_in_a_working_session() {
    let env = Env::new();
    let out = env.ok(&["doctor"]);
    assert!(
        out.contains("ok    keychain")
            && out.contains("ok    data folder")
            && out.contains("ok    clock"),
        "{out}"
    );
}

#[test]
fn without_a_keychain_the_error_says_what_to_start_and_nothing_is_stored() {
    let env = Env::new();
    let out = env
        .cmd(&["add", &format!("otpauth://totp/A:a?secret={RFC_SECRET}")])
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("[keychain.unavailable]") && err.contains("gnome-keyring"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1);
    assert!(env.list().is_empty());
    // Listing needs no keychain at all: it reads the vault's account list.
    env.ok(&["add", &format!("otpauth://totp/A:a?secret={RFC_SECRET}")]);
    let out = env
        .cmd(&["list"])
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("A:a"));
    assert_eq!(stderr(&out), "");
}

/// Runs `secret-tool` on the session keychain.
fn secret_tool(args: &[&str], input: Option<&str>) -> std::process::Output {
    let mut child = Command::new("secret-tool")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("secret-tool (libsecret-tools) is installed by ./test.sh");
    let mut stdin = child.stdin.take().unwrap();
    if let Some(text) = input {
        std::io::Write::write_all(&mut stdin, text.as_bytes()).unwrap();
    }
    drop(stdin);
    child.wait_with_output().unwrap()
}

#[test]
fn the_vault_key_removed_behind_the_apps_back_is_reported_and_nothing_is_lost() {
    let env = Env::new();
    env.ok(&[
        "add",
        &format!("otpauth://totp/Gone:x?secret={RFC_SECRET}&digits=8"),
    ]);
    let id = env.list()[0]["id"].as_str().unwrap().to_string();
    let vault = env.data().join("mfa-companion/accounts.vault");
    let before = std::fs::read(&vault).unwrap();
    let key = secret_tool(
        &[
            "lookup",
            "service",
            "mfa-companion",
            "username",
            "vault:key",
        ],
        None,
    );
    assert!(key.status.success());
    let key = String::from_utf8(key.stdout).unwrap();
    let cleared = secret_tool(
        &["clear", "service", "mfa-companion", "username", "vault:key"],
        None,
    );
    assert!(cleared.status.success());
    let out = env.run(&["code", &id]);
    assert!(
        stderr(&out).contains("[vault.key_missing]"),
        "{}",
        stderr(&out)
    );
    // Adding fails too, and no new key replaces the lost one.
    let out = env.run(&["add", &format!("otpauth://totp/New:y?secret={RFC_SECRET}")]);
    assert!(
        stderr(&out).contains("[vault.key_missing]"),
        "{}",
        stderr(&out)
    );
    let out = env.run(&["doctor"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("FAIL  vault"));
    // The names still list, and the file is as it was.
    assert_eq!(env.list().len(), 1);
    assert_eq!(std::fs::read(&vault).unwrap(), before);
    // With the key back, everything works again.
    let stored = secret_tool(
        &[
            "store",
            "--label",
            "MFA Companion: vault key",
            "service",
            "mfa-companion",
            "username",
            "vault:key",
        ],
        Some(key.trim()),
    );
    assert!(stored.status.success());
    assert_eq!(env.ok(&["code", &id, "--at", "59"]), "94287082\n");
    env.ok(&["doctor"]);
}

#[test]
fn doctor_repair_restores_a_damaged_vault_from_its_previous_version() {
    let env = Env::new();
    env.ok(&[
        "add",
        &format!("otpauth://totp/Kept:x?secret={RFC_SECRET}&digits=8"),
    ]);
    env.ok(&[
        "add",
        &format!("otpauth://totp/Later:y?secret={RFC_SECRET}"),
    ]);
    let list = env.list();
    let (kept, later) = (
        list[0]["id"].as_str().unwrap(),
        list[1]["id"].as_str().unwrap(),
    );
    let vault = env.data().join("mfa-companion/accounts.vault");
    let mut bytes = std::fs::read(&vault).unwrap();
    let last = bytes.len() - 1;
    bytes[last] ^= 0x40;
    std::fs::write(&vault, &bytes).unwrap();
    let out = env.run(&["code", kept]);
    assert!(stderr(&out).contains("[vault.damaged]"), "{}", stderr(&out));
    assert!(stderr(&out).contains("doctor --repair"), "{}", stderr(&out));
    let out = env.run(&["doctor"]);
    assert_eq!(out.status.code(), Some(1));
    // Declining changes nothing.
    let out = env.run_stdin(&["doctor", "--repair"], "n\n");
    assert!(!out.status.success());
    assert_eq!(std::fs::read(&vault).unwrap(), bytes);
    let out = env.run_stdin(&["doctor", "--repair"], "y\n");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains(&format!("drops 1 account(s) listed now ({later})")),
        "{text}"
    );
    assert!(
        text.contains("restored from its previous version"),
        "{text}"
    );
    assert_eq!(env.ok(&["code", kept, "--at", "59"]), "94287082\n");
    assert_eq!(env.list().len(), 1);
    assert_eq!(
        std::fs::read(env.data().join("mfa-companion/accounts.vault.damaged")).unwrap(),
        bytes
    );
    env.ok(&["doctor"]);
}

#[test]
fn a_locked_keychain_is_a_typed_error_within_seconds_not_a_hang() {
    // Its own throw-away session (fresh keyring and data folder), so locking it cannot
    // disturb the other tests' keychain.
    let script = r#"
        "$BIN" add 'otpauth://totp/L:l?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ' >/dev/null || exit 90
        dbus-send --session --dest=org.freedesktop.secrets --type=method_call \
          /org/freedesktop/secrets org.freedesktop.Secret.Service.Lock \
          array:objpath:/org/freedesktop/secrets/collection/login >/dev/null || exit 91
        exec "$BIN" code L:l
    "#;
    let session = concat!(env!("CARGO_MANIFEST_DIR"), "/.ci/session.sh");
    let mut child = Command::new(session)
        .env_remove("MFA_SESSION_INNER")
        .env("BIN", BIN)
        .args(["--", "bash", "-c", script])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = std::time::Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > std::time::Duration::from_secs(30) {
            let _ = child.kill();
            panic!("`code` on a locked keychain hung");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let out = child.wait_with_output().unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("[keychain.locked]") && err.contains("unlock"),
        "{err}"
    );
    assert!(!String::from_utf8_lossy(&out.stdout)
        .chars()
        .any(|c| c.is_ascii_digit()));
}
