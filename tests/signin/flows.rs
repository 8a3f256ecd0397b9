//! Sign in, enroll with no pasted token, sign out; tokens refreshed when expired or refused.

use super::*;

#[test]
fn sign_in_without_mfa_then_enroll_with_no_pasted_token_then_sign_out() {
    let s = SignInEnv::new(|_| {});
    s.signed_out();
    let out = s.login(&[]);
    assert!(
        out.contains("signed in to work as Ana Lima <ana@example.com> until"),
        "{out}"
    );
    // The user id came from userinfo; the list shows the session.
    let list = s.ok(&["server", "list"], "");
    assert!(
        list.contains(DEMO_LERIAN_USER) && list.contains("signed in as Ana Lima"),
        "{list}"
    );
    let token = s.ok(&["token", "--server", "work"], "").trim().to_owned();
    assert!(s.sandbox.state().issued_tokens.contains(&token));
    assert_eq!(identity_status(&s, &token), 200);
    // Enrollment and status use the session: no token was ever pasted.
    s.enroll();
    assert!(s
        .ok(&["status", "--server", "work"], "")
        .contains("MFA enabled"));
    let out = s.ok(&["logout", "--server", "work"], "");
    assert!(out.contains("the server ended the session"), "{out}");
    assert_eq!(identity_status(&s, &token), 401, "logout revoked the token");
    s.signed_out();
    s.fails(&["status", "--server", "work"], "", "signin.signed_out");
    assert!(s
        .ok(&["logout", "--server", "work"], "")
        .contains("not signed in"));
}

#[test]
fn an_expired_access_token_is_refreshed_and_the_old_one_is_refused() {
    let s = SignInEnv::new(|c| c.auth_ttl.access_secs = 2);
    s.login(&[]);
    let first = s.ok(&["token", "--server", "work"], "").trim().to_owned();
    std::thread::sleep(Duration::from_millis(2500));
    assert_eq!(identity_status(&s, &first), 401, "the old token expired");
    // Due within 60 s: refreshed before use.
    let second = s.ok(&["token", "--server", "work"], "").trim().to_owned();
    assert_ne!(first, second);
    assert_eq!(identity_status(&s, &second), 200);
    assert!(s
        .ok(&["status", "--server", "work"], "")
        .contains("MFA not enabled"));
    // A revoked session: the refresh is refused, the session forgotten.
    http(
        &s.url,
        "POST",
        format!("/_sandbox/revoke?user={DEMO_LERIAN_USER}"),
        None,
    );
    let err = s.fails(&["status", "--server", "work"], "", "signin.signed_out");
    assert!(err.contains("mfa-companion login --server work"), "{err}");
    s.signed_out();
}

#[test]
fn a_refused_access_token_gets_one_refresh_and_one_retry() {
    let s = SignInEnv::new(|_| {});
    s.login(&[]);
    let first = s.ok(&["token", "--server", "work"], "").trim().to_owned();
    let revoke = format!("/_sandbox/revoke-access?user={DEMO_LERIAN_USER}");
    http(&s.url, "POST", revoke.clone(), None);
    assert_eq!(identity_status(&s, &first), 401);
    // Still fresh by its expiry, refused by the server: refreshed once, then it works.
    assert!(s
        .ok(&["status", "--server", "work"], "")
        .contains("MFA not enabled"));
    let second = s.ok(&["token", "--server", "work"], "").trim().to_owned();
    assert_ne!(first, second, "the refreshed token was kept");
    http(&s.url, "POST", revoke, None);
    s.enroll();
}
