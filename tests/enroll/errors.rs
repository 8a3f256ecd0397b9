//! The servers' documented refusals, clock drift, and hostile servers.

use super::*;

#[test]
fn server_refusals_keep_the_servers_code_title_and_message() {
    let mut config = Config::default();
    config.lerian.push(LerianUser {
        user: "0b9a8f6e-1111-4222-8333-444455556666".into(),
        token: "other-token".into(),
    });
    let env = Env::new(config);
    // Unknown user (IDE-1003).
    env.add_server(
        "ghost",
        "lerian",
        &["--user", "00000000-0000-4000-8000-000000000000"],
        "demo-token",
    );
    let err = env.fails(&["enroll", "--server", "ghost"], "identity.unknown_user");
    assert!(err.contains("IDE-1003 User ID Not Found"), "{err}");
    assert!(env.accounts().is_empty());
    // A token the server does not know (401).
    env.add_server(
        "badtoken",
        "lerian",
        &["--user", DEMO_LERIAN_USER],
        "wrong-token",
    );
    env.fails(&["status", "--server", "badtoken"], "identity.unauthorized");
    // Another user's id with our token (403).
    env.add_server(
        "other",
        "lerian",
        &["--user", "0b9a8f6e-1111-4222-8333-444455556666"],
        "demo-token",
    );
    env.fails(&["status", "--server", "other"], "identity.forbidden");
    // The tenant API: a tenant that is not the token's.
    env.add_server(
        "wrongten",
        "tenant",
        &["--tenant", "00000000-0000-4000-8000-000000000000"],
        "demo-token",
    );
    let err = env.fails(
        &["enroll", "--server", "wrongten"],
        "identity.tenant_mismatch",
    );
    assert!(err.contains("403 tenant_mismatch"), "{err}");
    // Flashback: its envelope's error text.
    env.add_server(
        "fbbad",
        "flashback",
        &["--email", "user@example.com"],
        "nope",
    );
    let err = env.fails(&["status", "--server", "fbbad"], "identity.unauthorized");
    assert!(err.contains("401: Unauthorized"), "{err}");
    // A type the family does not have is refused before any call.
    let before = env.calls();
    env.fails(
        &["enroll", "--server", "fbbad", "--type", "sms"],
        "identity.bad_type",
    );
    assert_eq!(env.calls(), before);
    // A wrong passcode (IDE-0041) keeps the pending enrollment.
    env.lerian();
    let err = env.fails(
        &[
            "enroll",
            "--server",
            "work",
            "--type",
            "sms",
            "--passcode",
            "000000x",
        ],
        "identity.passcode_rejected",
    );
    assert!(err.contains("IDE-0041 Invalid MFA Passcode"), "{err}");
    assert!(env
        .ok(&["list"])
        .contains("last attempt failed: identity.passcode_rejected"));
    env.ok(&["enroll", "--discard"]);
    assert!(!env.ok(&["list"]).contains("pending"));
}

#[test]
fn clock_drift_is_reported_and_the_servers_time_is_used() {
    let mut c = Config::default();
    c.faults.clock_offset_secs = 600;
    let env = Env::new(c);
    env.lerian();
    let out = env.run(&["enroll", "--server", "work"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    assert!(
        err.contains("clock is 600 s behind the server's")
            || err.contains("clock is 599 s")
            || err.contains("clock is 601 s"),
        "{err}"
    );
    assert!(text(&out.stdout).contains("status: MFA enabled"));
}

#[test]
fn hostile_servers_give_clear_errors_within_the_timeout() {
    for (mode, code) in [
        ("huge-body", "identity.too_large"),
        ("redirect", "identity.redirect"),
        ("html-502", "identity.not_json"),
        ("missing-fields", "identity.malformed"),
        ("wrong-content-type", "identity.not_json"),
    ] {
        let mut c = Config::default();
        c.faults.misbehave = Some(mode.into());
        let env = Env::new(c);
        env.lerian();
        let err = env.fails(&["enroll", "--server", "work", "--timeout", "5"], code);
        if mode == "html-502" {
            assert!(err.contains("HTTP 502 with text/html"), "{err}");
        }
        assert!(env.accounts().is_empty(), "{mode}: nothing may be stored");
        if mode == "html-502" {
            // A gateway error is worth retrying: the enrollment stays pending.
            assert!(env.ok(&["list"]).contains("setup not finished"), "{mode}");
            env.ok(&["enroll", "--discard"]);
        }
        assert!(!env.ok(&["list"]).contains("pending"), "{mode}");
    }
    // A server that never answers.
    let env = Env::new(stalled(&[1]));
    env.lerian();
    let start = Instant::now();
    let err = env.fails(
        &["status", "--server", "work", "--timeout", "2"],
        "identity.timeout",
    );
    assert!(
        start.elapsed() < Duration::from_secs(10),
        "took {:?}",
        start.elapsed()
    );
    assert!(err.contains("did not answer within 2 s"), "{err}");
    // Plain http to a host that is not loopback is refused before anything is stored.
    let out = env.run_with(
        env.cmd(&[
            "server",
            "add",
            "plain",
            "--api",
            "lerian",
            "--url",
            "http://id.example.com",
            "--user",
            DEMO_LERIAN_USER,
        ]),
        "demo-token\n",
    );
    assert!(
        text(&out.stderr).contains("[identity.insecure_url]"),
        "{}",
        text(&out.stderr)
    );
    assert!(!env.ok(&["server", "list"]).contains("plain"));
}
