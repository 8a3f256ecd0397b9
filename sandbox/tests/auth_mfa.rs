//! The Auth plugin's sign-in for a user with Lerian MFA enabled: the challenge, verify
//! with a TOTP, an emailed passcode or a one-time recovery code (CONTRACTS.md section 4).

mod auth_common;

use auth_common::{now, start, wrong_code};
use identity_sandbox::config::{Config, DEMO_LERIAN_USER};
use identity_sandbox::otp;
use serde_json::{json, Value};

const VERIFY: &str = "/v1/login/mfa/verify";

fn mfa_token(challenge: &Value) -> String {
    challenge["mfaToken"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn mfa_enabled_user_gets_a_challenge_without_an_access_token() {
    let srv = start(Config::default());
    srv.enable_app().await;
    let (st, ch) = srv.login("").await;
    assert_eq!(st, 200, "{ch}");
    assert!(ch["mfaToken"].is_string());
    assert!(ch.get("accessToken").is_none(), "{ch}");
    assert_eq!(ch["mfaRequired"], true);
    assert_eq!(ch["mfaMethods"], json!(["app"]));
    assert_eq!(ch["expiresIn"], 120);
    assert!(srv.sandbox.state().issued_tokens.contains(&mfa_token(&ch)));
}

#[tokio::test]
async fn totp_verify_works_after_a_wrong_passcode_and_consumes_the_mfa_token() {
    let srv = start(Config::default());
    let (secret, _) = srv.enable_app().await;
    let (_, ch) = srv.login("").await;
    let token = mfa_token(&ch);
    let wrong = json!({"mfaToken": token, "mfaType": "app", "passcode": wrong_code(&secret)});
    let (st, e) = srv.post(VERIFY, &wrong).await;
    assert_eq!((st, e["code"].as_str()), (401, Some("AUT-1006")));
    let code = otp::totp(&secret, now()).unwrap();
    let good =
        json!({"mfaToken": token, "mfaType": "app", "passcode": code, "rememberDevice": true});
    let (st, tok) = srv.post(VERIFY, &good).await;
    assert_eq!(st, 200, "{tok}");
    let access = tok["accessToken"].as_str().unwrap();
    let (_, info) = srv.get("/v1/userinfo", Some(access)).await;
    assert_eq!(info["sub"], DEMO_LERIAN_USER);
    let (st, e) = srv.post(VERIFY, &good).await;
    assert_eq!((st, e["code"].as_str()), (401, Some("AUT-1004")));
    let (_, sessions) = srv
        .get(&format!("/_sandbox/sessions?user={DEMO_LERIAN_USER}"), None)
        .await;
    assert_eq!(sessions["live"], 1);
    assert_eq!(sessions["sessions"][0]["rememberDevice"], true);
}

#[tokio::test]
async fn recovery_code_works_once_and_a_replay_is_refused() {
    let srv = start(Config::default());
    let (_, codes) = srv.enable_app().await;
    let (_, ch) = srv.login("").await;
    let body = json!({"mfaToken": mfa_token(&ch), "mfaType": "app", "recoveryCode": codes[1]});
    let (st, tok) = srv.post(VERIFY, &body).await;
    assert_eq!(st, 200, "{tok}");
    assert!(tok["accessToken"].is_string());
    let (_, ch) = srv.login("").await;
    let replay = json!({"mfaToken": mfa_token(&ch), "mfaType": "app", "recoveryCode": codes[1]});
    let (st, e) = srv.post(VERIFY, &replay).await;
    assert_eq!((st, e["code"].as_str()), (401, Some("AUT-1007")));
    let (_, counts) = srv
        .get(&format!("/_sandbox/recovery?user={DEMO_LERIAN_USER}"), None)
        .await;
    assert_eq!(counts, json!({"unspent": codes.len() - 2, "spent": 2}));
}

#[tokio::test]
async fn the_code_spent_by_enable_is_refused_at_login() {
    let srv = start(Config::default());
    let (_, codes) = srv.enable_app().await;
    let (_, ch) = srv.login("").await;
    let body = json!({"mfaToken": mfa_token(&ch), "mfaType": "app", "recoveryCode": codes[0]});
    let (st, e) = srv.post(VERIFY, &body).await;
    assert_eq!((st, e["code"].as_str()), (401, Some("AUT-1007")));
}

#[tokio::test]
async fn email_challenge_puts_a_code_in_the_outbox_that_verify_accepts() {
    let srv = start(Config::default());
    srv.enable_email().await;
    let (_, ch) = srv.login("").await;
    assert_eq!(ch["mfaMethods"], json!(["email"]));
    let token = mfa_token(&ch);
    srv.sandbox.state().outbox.clear();
    let (st, msg) = srv
        .post(
            "/v1/login/mfa/challenge",
            &json!({"mfaToken": token, "mfaType": "email"}),
        )
        .await;
    assert_eq!(st, 200);
    assert!(msg["message"].is_string());
    let code = srv.outbox().await;
    let (st, e) = srv
        .post(
            "/v1/login/mfa/challenge",
            &json!({"mfaToken": token, "mfaType": "sms"}),
        )
        .await;
    assert_eq!((st, e["code"].as_str()), (400, Some("AUT-1009")));
    let body = json!({"mfaToken": token, "mfaType": "email", "passcode": code});
    let (st, tok) = srv.post(VERIFY, &body).await;
    assert_eq!(st, 200, "{tok}");
    assert!(tok["accessToken"].is_string());
}

#[tokio::test]
async fn passcode_and_recovery_code_together_or_neither_are_refused() {
    let srv = start(Config::default());
    let (secret, codes) = srv.enable_app().await;
    let (_, ch) = srv.login("").await;
    let token = mfa_token(&ch);
    let code = otp::totp(&secret, now()).unwrap();
    let both =
        json!({"mfaToken": token, "mfaType": "app", "passcode": code, "recoveryCode": codes[1]});
    let (st, e) = srv.post(VERIFY, &both).await;
    assert_eq!((st, e["code"].as_str()), (400, Some("AUT-0002")));
    let neither = json!({"mfaToken": token, "mfaType": "app"});
    let (st, e) = srv.post(VERIFY, &neither).await;
    assert_eq!((st, e["code"].as_str()), (400, Some("AUT-0001")));
    let (st, e) = srv
        .post(VERIFY, &json!({"mfaType": "app", "passcode": code}))
        .await;
    assert_eq!((st, e["code"].as_str()), (400, Some("AUT-0001")));
    // Neither refusal spent the recovery code or the mfaToken.
    let one = json!({"mfaToken": token, "mfaType": "app", "recoveryCode": codes[1]});
    assert_eq!(srv.post(VERIFY, &one).await.0, 200);
}

#[tokio::test]
async fn an_expired_mfa_token_is_refused() {
    let mut c = Config::default();
    c.auth_ttl.mfa_token_secs = 1;
    let srv = start(c);
    let (secret, _) = srv.enable_app().await;
    let (_, ch) = srv.login("").await;
    assert_eq!(ch["expiresIn"], 1);
    tokio::time::sleep(std::time::Duration::from_millis(1200)).await;
    let code = otp::totp(&secret, now()).unwrap();
    let body = json!({"mfaToken": mfa_token(&ch), "mfaType": "app", "passcode": code});
    let (st, e) = srv.post(VERIFY, &body).await;
    assert_eq!((st, e["code"].as_str()), (401, Some("AUT-1004")));
}
