//! Guards the app lock end to end: the real binary, the real agent, and a real
//! gnome-keyring in a private session of its own (enabling the lock takes the vault key
//! out of the keychain, which the other tests' folders share). The outer test re-runs
//! the inner one inside `.ci/session.sh`.
//!
//! While the lock is on, no item of the app's collection holds the key or a secret;
//! locked, `code` and export fail with `app.locked` (exit status 3) while `list` shows
//! names and no HOTP counter moves; a wrong password changes nothing; killing the agent
//! locks again and loses nothing; the agent forgets a key after its idle time and then
//! exits; `lock change` and `lock disable` are all or nothing.

use std::process::{Command, Output};
use std::time::Duration;

mod common;
use common::{stderr, Env};

/// RFC 6238 SHA1 seed "12345678901234567890" in base32.
const RFC_SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

#[test]
fn the_app_lock_in_its_own_keychain_session() {
    if std::env::var_os("MFA_LOCK_TEST_INNER").is_some() {
        return;
    }
    let session = concat!(env!("CARGO_MANIFEST_DIR"), "/.ci/session.sh");
    let out = Command::new(session)
        .env_remove("MFA_SESSION_INNER")
        .env("MFA_LOCK_TEST_INNER", "1")
        .arg("--")
        .arg(std::env::current_exe().unwrap())
        .args([
            "--ignored",
            "--exact",
            "lock_inner",
            "--nocapture",
            "--test-threads=1",
        ])
        .output()
        .unwrap();
    let text = format!(
        "{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "the inner lock test failed:\n{text}");
    assert!(text.contains("test lock_inner ... ok"), "{text}");
}

fn secret_tool(args: &[&str]) -> String {
    let out = Command::new("secret-tool").args(args).output().unwrap();
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

fn code(env: &Env, q: &str) -> Output {
    env.run(&["code", q, "--at", "59"])
}

fn locked(out: &Output) -> bool {
    out.status.code() == Some(3) && stderr(out).contains("[app.locked]")
}

/// The agents of this test's session (other sessions may run theirs at the same time).
fn agent_pids() -> Vec<String> {
    let out = Command::new("pgrep")
        .args(["-f", "mfa-companion agent"])
        .output()
        .unwrap();
    let ours = format!(
        "XDG_RUNTIME_DIR={}",
        std::env::var("XDG_RUNTIME_DIR").unwrap()
    );
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .filter(|pid| {
            std::fs::read(format!("/proc/{pid}/environ"))
                .is_ok_and(|env| env.split(|b| *b == 0).any(|v| v == ours.as_bytes()))
        })
        .map(String::from)
        .collect()
}

#[test]
#[ignore = "runs inside its own keychain session, started by the_app_lock_in_its_own_keychain_session"]
fn lock_inner() {
    assert!(
        std::env::var_os("MFA_LOCK_TEST_INNER").is_some(),
        "run through the outer test"
    );
    let env = Env::new();
    env.ok(&[
        "add",
        &format!("otpauth://totp/Tot:me?secret={RFC_SECRET}&digits=8"),
    ]);
    env.ok(&[
        "add",
        &format!("otpauth://hotp/Hot:me?secret={RFC_SECRET}&counter=0"),
    ]);
    let key = secret_tool(&[
        "lookup",
        "service",
        "mfa-companion",
        "username",
        "vault:key",
    ]);
    let key = key.trim().to_string();
    assert_eq!(
        key.len(),
        44,
        "the vault key is in the keychain before: {key}"
    );

    let out = env.run_stdin(&["lock", "enable", "--idle-minutes", "5"], "pw-one\n");
    assert!(out.status.success(), "{}", stderr(&out));
    // Every item of the app's collection, with its secret: no key, no account secret.
    let items = secret_tool(&["search", "--all", "--unlock", "service", "mfa-companion"]);
    assert!(!items.contains("vault:key"), "{items}");
    assert!(
        !items.contains(&key) && !items.contains(RFC_SECRET),
        "{items}"
    );
    let lock_file = std::fs::read_to_string(env.data().join("mfa-companion/lock.json")).unwrap();
    assert!(!lock_file.contains(&key));

    // Unlocked by `enable`: codes work through the agent.
    assert_eq!(
        String::from_utf8_lossy(&code(&env, "Tot:me").stdout),
        "94287082\n"
    );
    env.ok(&["lock", "now"]);
    assert!(
        locked(&code(&env, "Tot:me")),
        "{}",
        stderr(&code(&env, "Tot:me"))
    );
    assert!(locked(&env.run(&["code", "Hot:me"])));
    let export = env.run(&["export", "--format", "otpauth", "--yes"]);
    assert!(locked(&export), "{}", stderr(&export));
    assert!(
        env.ok(&["list"]).contains("Tot:me"),
        "list shows names while locked"
    );
    assert_eq!(
        env.list()[1]["counter"],
        0,
        "no HOTP counter moved while locked"
    );
    assert!(env.ok(&["lock", "status"]).contains("on (locked"));
    let doctor = env.ok(&["doctor"]);
    assert!(doctor.contains("ok    app lock: on, locked"), "{doctor}");
    assert!(
        doctor.contains("ok    vault: locked: 2 account(s) listed"),
        "{doctor}"
    );

    // A wrong password says so and changes nothing.
    let before = std::fs::read(env.data().join("mfa-companion/lock.json")).unwrap();
    let out = env.run_stdin(&["unlock"], "wrong\n");
    assert!(
        stderr(&out).contains("[lock.wrong_password]"),
        "{}",
        stderr(&out)
    );
    assert!(locked(&code(&env, "Tot:me")));
    assert_eq!(
        std::fs::read(env.data().join("mfa-companion/lock.json")).unwrap(),
        before
    );

    // Unlock; then the agent is killed: locked again, nothing lost.
    let out = env.run_stdin(&["unlock"], "pw-one\n");
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        String::from_utf8_lossy(&code(&env, "Tot:me").stdout),
        "94287082\n"
    );
    let hotp = env.ok(&["code", "Hot:me"]);
    assert_eq!(hotp, "755224\n");
    let pids = agent_pids();
    assert_eq!(pids.len(), 1, "one agent: {pids:?}");
    Command::new("kill")
        .args(["-KILL", &pids[0]])
        .status()
        .unwrap();
    std::thread::sleep(Duration::from_millis(200));
    assert!(locked(&code(&env, "Tot:me")));
    let out = env.run_stdin(&["unlock"], "pw-one\n");
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(env.list().len(), 2);
    assert_eq!(
        env.ok(&["code", "Hot:me"]),
        "287082\n",
        "the counter went on from 1"
    );

    // A change of password is all or nothing: the old one no longer opens it.
    let out = env.run_stdin(&["lock", "change"], "pw-one\npw-two\n");
    assert!(out.status.success(), "{}", stderr(&out));
    env.ok(&["lock", "now"]);
    assert!(stderr(&env.run_stdin(&["unlock"], "pw-one\n")).contains("[lock.wrong_password]"));
    assert!(env.run_stdin(&["unlock"], "pw-two\n").status.success());

    // The screen locking locks the app (the session's ScreenSaver signal).
    let sent = Command::new("dbus-send")
        .args([
            "--session",
            "--type=signal",
            "/org/freedesktop/ScreenSaver",
            "org.freedesktop.ScreenSaver.ActiveChanged",
            "boolean:true",
        ])
        .status()
        .unwrap();
    assert!(sent.success());
    let start = std::time::Instant::now();
    while !locked(&code(&env, "Tot:me")) {
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "the screen lock did not lock the app"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(env.run_stdin(&["unlock"], "pw-two\n").status.success());

    // The agent forgets a key after its idle time, then exits (idle time of 1 s, set
    // directly through the agent's protocol).
    let dir = env.data().join("mfa-companion");
    let k = mfa_companion::agent::client::get(&dir)
        .unwrap()
        .expect("unlocked");
    mfa_companion::agent::client::put(&dir, &k, 1).unwrap();
    std::thread::sleep(Duration::from_millis(2500));
    assert!(
        locked(&code(&env, "Tot:me")),
        "the key outlived its idle time"
    );
    let start = std::time::Instant::now();
    while !agent_pids().is_empty() {
        assert!(
            start.elapsed() < Duration::from_secs(3),
            "the agent stayed without a key"
        );
        std::thread::sleep(Duration::from_millis(50));
    }

    // Off again: the key is back in the keychain, codes work with no agent.
    let out = env.run_stdin(&["lock", "disable"], "pw-two\n");
    assert!(out.status.success(), "{}", stderr(&out));
    let back = secret_tool(&[
        "lookup",
        "service",
        "mfa-companion",
        "username",
        "vault:key",
    ]);
    assert_eq!(back.trim(), key);
    assert_eq!(
        String::from_utf8_lossy(&code(&env, "Tot:me").stdout),
        "94287082\n"
    );
    env.ok(&["doctor"]);
}
