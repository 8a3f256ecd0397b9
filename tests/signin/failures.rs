//! Every sign-in failure has its code and stores nothing.

use super::*;

#[test]
fn every_sign_in_failure_has_its_code_and_stores_nothing() {
    let wrong = SignInEnv::new(|_| {});
    let err = wrong.fails(
        &["login", "--server", "work"],
        "not-the-password\n",
        "signin.credentials_rejected",
    );
    assert!(err.contains("AUT-"), "the server's own code is kept: {err}");
    wrong.signed_out();
    drop(wrong);

    let s = SignInEnv::new(|c| c.auth_ttl.mfa_token_secs = 0);
    s.login(&[]);
    let account = s.enroll();
    s.ok(&["logout", "--server", "work"], "");
    s.fails(
        &["login", "--server", "work"],
        &format!("{PASSWORD}\n"),
        "signin.challenge_expired",
    );
    s.signed_out();
    drop(s);

    // No unused recovery code left: refused before anything is sent.
    let s = SignInEnv::new(|_| {});
    s.login(&[]);
    let account2 = s.enroll();
    assert_ne!(account, String::new());
    s.ok(&["logout", "--server", "work"], "");
    while s.vault_counts(&account2).0 > 0 {
        s.ok(&["recovery", "use", &account2], "");
    }
    s.fails(
        &["login", "--server", "work", "--recovery"],
        &format!("{PASSWORD}\n"),
        "signin.recovery_exhausted",
    );
    s.signed_out();
    drop(s);

    // Hostile and failing servers: each a clear error, no session stored.
    for (tune, code, secs) in [
        (
            Box::new(|c: &mut Config| c.faults.fail_nth = vec![1]) as Box<dyn FnOnce(&mut Config)>,
            "identity.server_failed",
            "30",
        ),
        (
            Box::new(|c: &mut Config| c.faults.misbehave = Some("html-502".into())),
            "identity.not_json",
            "30",
        ),
        (
            Box::new(|c: &mut Config| c.faults.misbehave = Some("huge-body".into())),
            "identity.too_large",
            "30",
        ),
        (
            Box::new(|c: &mut Config| c.faults.misbehave = Some("redirect".into())),
            "identity.redirect",
            "30",
        ),
        (
            Box::new(|c: &mut Config| c.faults.stall_nth = vec![1]),
            "identity.timeout",
            "2",
        ),
    ] {
        let s = SignInEnv::new(tune);
        s.fails(
            &["login", "--server", "work", "--timeout", secs],
            &format!("{PASSWORD}\n"),
            code,
        );
        s.signed_out();
    }
}
