//! The Auth plugin's sign-in without MFA, tokens, refresh, userinfo, logout and faults,
//! over real HTTP (CONTRACTS.md section 4).

mod auth_common;

use auth_common::{identity, start};
use identity_sandbox::config::{AuthUser, Config, DEMO_LERIAN_USER};
use serde_json::{json, Value};

const ALICE: &str = "11111111-2222-4333-8444-555555555555";

fn s(v: &Value, k: &str) -> String {
    v[k].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn password_grant_without_mfa_gives_tokens_and_userinfo_gives_the_sub() {
    let srv = start(Config::default());
    let (st, tok) = srv.login("").await;
    assert_eq!(st, 200, "{tok}");
    assert_eq!(tok["tokenType"], "Bearer");
    assert_eq!(tok["expiresIn"], 300);
    assert_eq!(tok["scope"], "openid profile email");
    assert!(tok["refreshToken"].is_string() && tok["idToken"].is_string());
    let (st, info) = srv.get("/v1/userinfo", Some(&s(&tok, "accessToken"))).await;
    assert_eq!(st, 200);
    assert_eq!(info["sub"], DEMO_LERIAN_USER);
    assert_eq!(info["email"], "john.doe@example.com");
    assert_eq!(info["emailVerified"], true);
    assert_eq!(info["name"], "John Doe");
    assert_eq!(info["preferredUsername"], "johndoe");
    let issued = srv.sandbox.state().issued_tokens.clone();
    assert!(issued.contains(&s(&tok, "accessToken")) && issued.contains(&s(&tok, "refreshToken")));
    assert!(!srv.sandbox.state().issued.contains(&s(&tok, "accessToken")));
}

#[tokio::test]
async fn wrong_password_gets_the_same_refusal_as_an_unknown_user() {
    let srv = start(Config::default());
    let url = "/v1/login/oauth/access_token";
    let wrong = json!({"grantType": "password", "username": "johndoe", "password": "nope"});
    let unknown = json!({"grantType": "password", "username": "nobody", "password": "nope"});
    let (st, a) = srv.post(url, &wrong).await;
    let (st2, b) = srv.post(url, &unknown).await;
    assert_eq!((st, a["code"].as_str()), (401, Some("AUT-1002")));
    assert_eq!((st, &a), (st2, &b));
}

#[tokio::test]
async fn grant_errors_have_their_documented_codes() {
    let srv = start(Config::default());
    let url = "/v1/login/oauth/access_token";
    for (body, code) in [
        (json!({"username": "johndoe", "password": "x"}), "AUT-0001"),
        (json!({"grantType": "magic"}), "AUT-0013"),
        (
            json!({"grantType": "client_credentials", "clientId": "a", "clientSecret": "b"}),
            "AUT-1001",
        ),
        (
            json!({"grantType": "password", "username": "johndoe"}),
            "AUT-0014",
        ),
    ] {
        let (st, e) = srv.post(url, &body).await;
        assert_eq!((st, e["code"].as_str()), (400, Some(code)), "{body}");
        assert!(e["title"].is_string() && e["message"].is_string());
    }
    let (st, e) = srv.get("/v1/userinfo", None).await;
    assert_eq!((st, e["code"].as_str()), (401, Some("AUT-0006")));
    let (st, e) = srv.get("/v1/userinfo", Some("made-up")).await;
    assert_eq!((st, e["code"].as_str()), (401, Some("AUT-0007")));
}

#[tokio::test]
async fn access_token_works_on_identity_and_after_expiry_gets_ide_0011() {
    let mut c = Config::default();
    c.auth_ttl.access_secs = 1;
    c.auth.push(AuthUser {
        username: "alice".into(),
        password: "alice-pw".into(),
        user: ALICE.into(),
        email: String::new(),
        name: String::new(),
    });
    let srv = start(c);
    let (_, tok) = srv.login("").await;
    let access = s(&tok, "accessToken");
    let (st, status) = srv.get(&identity(""), Some(&access)).await;
    assert_eq!((st, &status["enabled"]), (200, &json!(false)));
    let other = "/v1/users/00000000-0000-4000-8000-000000000000/mfa";
    assert_eq!(srv.get(other, Some(&access)).await.0, 404);
    let alice = format!("/v1/users/{ALICE}/mfa");
    let (st, e) = srv.get(&alice, Some(&access)).await;
    assert_eq!((st, e["code"].as_str()), (403, Some("IDE-0012")));
    tokio::time::sleep(std::time::Duration::from_millis(1200)).await;
    let (st, e) = srv.get(&identity(""), Some(&access)).await;
    assert_eq!((st, e["code"].as_str()), (401, Some("IDE-0011")));
    assert!(s(&e, "message").contains("expired"), "{e}");
    let (st, e) = srv.get("/v1/userinfo", Some(&access)).await;
    assert_eq!((st, e["code"].as_str()), (401, Some("AUT-0007")));
}

#[tokio::test]
async fn refresh_rotates_and_the_old_refresh_token_is_refused() {
    let srv = start(Config::default());
    let (_, first) = srv.login("").await;
    let url = "/v1/login/oauth/refresh_token";
    let old = json!({"refreshToken": first["refreshToken"], "scope": "openid"});
    let (st, second) = srv.post(url, &old).await;
    assert_eq!(st, 200, "{second}");
    assert_ne!(second["refreshToken"], first["refreshToken"]);
    assert_ne!(second["accessToken"], first["accessToken"]);
    let (st, e) = srv.post(url, &old).await;
    assert_eq!((st, e["code"].as_str()), (400, Some("AUT-1005")));
    let new = json!({"refreshToken": second["refreshToken"]});
    assert_eq!(srv.post(url, &new).await.0, 200);
    // The first access token stays valid until its own expiry.
    assert_eq!(
        srv.get("/v1/userinfo", Some(&s(&first, "accessToken")))
            .await
            .0,
        200
    );
    assert_eq!(
        srv.get("/v1/userinfo", Some(&s(&second, "accessToken")))
            .await
            .0,
        200
    );
}

#[tokio::test]
async fn logout_with_a_form_body_revokes_the_sessions_tokens() {
    let srv = start(Config::default());
    let (_, tok) = srv.login("").await;
    let access = s(&tok, "accessToken");
    let (st, body) = srv
        .logout("", &format!("id_token_hint={}", s(&tok, "idToken")))
        .await;
    assert_eq!((st, body.as_str()), (204, ""));
    let (st, e) = srv.get("/v1/userinfo", Some(&access)).await;
    assert_eq!((st, e["code"].as_str()), (401, Some("AUT-0007")));
    let (st, e) = srv.get(&identity(""), Some(&access)).await;
    assert_eq!((st, e["code"].as_str()), (401, Some("IDE-0011")));
    assert!(s(&e, "message").contains("revoked"), "{e}");
    let refresh = json!({"refreshToken": tok["refreshToken"]});
    let (st, e) = srv.post("/v1/login/oauth/refresh_token", &refresh).await;
    assert_eq!((st, e["code"].as_str()), (400, Some("AUT-1005")));
    let (_, sessions) = srv
        .get(&format!("/_sandbox/sessions?user={DEMO_LERIAN_USER}"), None)
        .await;
    assert_eq!(sessions["live"], 0);
    assert_eq!(sessions["sessions"][0]["revoked"], true);
}

#[tokio::test]
async fn logout_accepts_the_access_token_as_hint_and_refuses_json_or_no_hint() {
    let srv = start(Config::default());
    let (_, tok) = srv.login("").await;
    let hint = json!({"id_token_hint": tok["idToken"]});
    let (st, e) = srv.post("/v1/logout", &hint).await;
    assert_eq!((st, e["code"].as_str()), (400, Some("AUT-0002")));
    let (st, e) = srv.logout("", "other=1").await;
    assert_eq!(st, 400, "{e}");
    let (st, e) = srv.logout("", "id_token_hint=unknown").await;
    assert!(e.contains("AUT-0008"), "{e}");
    assert_eq!(st, 400);
    // The JSON attempt did not end the session.
    let access = s(&tok, "accessToken");
    assert_eq!(srv.get("/v1/userinfo", Some(&access)).await.0, 200);
    let (st, _) = srv.logout("", &format!("id_token_hint={access}")).await;
    assert_eq!(st, 204);
    assert_eq!(srv.get("/v1/userinfo", Some(&access)).await.0, 401);
}

#[tokio::test]
async fn auth_prefixed_routes_answer_the_same() {
    let srv = start(Config::default());
    let (st, tok) = srv.login("/auth").await;
    assert_eq!(st, 200, "{tok}");
    let access = s(&tok, "accessToken");
    let (st, info) = srv.get("/auth/v1/userinfo", Some(&access)).await;
    assert_eq!((st, &info["sub"]), (200, &json!(DEMO_LERIAN_USER)));
    // The same token on the Identity base URL (the root).
    assert_eq!(srv.get(&identity(""), Some(&access)).await.0, 200);
    let refresh = json!({"refreshToken": tok["refreshToken"]});
    let (st, tok2) = srv
        .post("/auth/v1/login/oauth/refresh_token", &refresh)
        .await;
    assert_eq!(st, 200);
    let form = format!("id_token_hint={}", s(&tok2, "idToken"));
    assert_eq!(srv.logout("/auth", &form).await.0, 204);
    let (st, e) = srv
        .post("/auth/v1/login/oauth/access_token", &json!({}))
        .await;
    assert_eq!((st, e["code"].as_str()), (400, Some("AUT-0001")));
}

#[tokio::test]
async fn sandbox_revoke_makes_refresh_fail() {
    let srv = start(Config::default());
    let (_, tok) = srv.login("").await;
    let resp = srv
        .http
        .post(format!(
            "{}/_sandbox/revoke?user={DEMO_LERIAN_USER}",
            srv.base
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 200);
    let refresh = json!({"refreshToken": tok["refreshToken"]});
    let (st, e) = srv.post("/v1/login/oauth/refresh_token", &refresh).await;
    assert_eq!((st, e["code"].as_str()), (400, Some("AUT-1005")));
    assert_eq!(
        srv.get("/v1/userinfo", Some(&s(&tok, "accessToken")))
            .await
            .0,
        401
    );
}

#[tokio::test]
async fn fail_nth_on_an_auth_route_answers_500_with_an_aut_code() {
    let mut c = Config::default();
    c.faults.fail_nth = vec![1, 2];
    let srv = start(c);
    let (st, e) = srv.login("").await;
    assert_eq!((st, e["code"].as_str()), (500, Some("AUT-0005")));
    let (st, e) = srv.login("/auth").await;
    assert_eq!((st, e["code"].as_str()), (500, Some("AUT-0005")));
    assert!(e["title"].is_string() && e["message"].is_string());
    assert_eq!(srv.login("").await.0, 200);
}
