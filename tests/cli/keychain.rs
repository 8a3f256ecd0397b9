//! `doctor`, and the keychain missing, locked, or changed behind the app's back.

use super::*;

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
