//! No token, secret or recovery code in the output or the log.

use super::*;

#[test]
fn no_token_secret_or_recovery_code_reaches_output_or_log() {
    let token = "tok-5ecret-9f8e7d6c5b4a";
    let mut config = Config::default();
    config.lerian.push(LerianUser {
        user: DEMO_LERIAN_USER.into(),
        token: token.into(),
    });
    config
        .flashback
        .push(identity_sandbox::config::FlashbackUser {
            email: "user@example.com".into(),
            token: token.into(),
            enforced: false,
        });
    let env = Env::new(config);
    let log = env.dir.path().join("trace.log");
    let mut seen = String::new();
    let mut run = |args: &[&str], input: &str| {
        let mut c = env.cmd(args);
        c.env("MFA_COMPANION_LOG", "trace")
            .env("MFA_COMPANION_LOG_FILE", &log);
        let out = env.run_with(c, input);
        assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
        seen.push_str(&text(&out.stdout));
        seen.push_str(&text(&out.stderr));
    };
    let url = env.url.clone();
    run(
        &[
            "server",
            "add",
            "work",
            "--api",
            "lerian",
            "--url",
            &url,
            "--user",
            DEMO_LERIAN_USER,
        ],
        token,
    );
    run(
        &[
            "server",
            "add",
            "fb",
            "--api",
            "flashback",
            "--url",
            &url,
            "--email",
            "user@example.com",
        ],
        token,
    );
    run(&["enroll", "--server", "work"], "");
    run(&["enroll", "--server", "fb"], "");
    run(&["status", "--server", "work", "--json"], "");
    run(&["recovery", "list", "work"], "");
    run(&["list"], "");
    let logged = std::fs::read_to_string(&log).unwrap();
    assert!(logged.contains("identity: POST"), "the log is on: {logged}");
    seen.push_str(&logged);
    let issued = env.sandbox.state().issued.clone();
    assert!(issued.len() >= 20, "secrets and codes were issued");
    assert!(!seen.contains(token), "the token leaked");
    for s in &issued {
        assert!(
            !seen.contains(s.as_str()),
            "an issued secret or code leaked"
        );
        assert!(
            !seen.to_lowercase().contains(&s.to_lowercase()),
            "an issued secret or code leaked"
        );
    }
}
