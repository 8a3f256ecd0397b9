//! The sandbox answers as CONTRACTS.md says, checked over real HTTP with a plain client.

use identity_sandbox::config::{Config, DEMO_EMAIL, DEMO_LERIAN_USER, DEMO_TENANT, DEMO_TOKEN};
use identity_sandbox::otp;
use serde_json::{json, Value};

struct Server {
    base: String,
    http: reqwest::Client,
}

async fn start(mut config: Config) -> Server {
    config = config.with_defaults();
    let addr = identity_sandbox::spawn(config, 0).await.unwrap();
    Server {
        base: format!("http://{addr}"),
        http: reqwest::Client::new(),
    }
}

impl Server {
    async fn call(&self, method: &str, path: &str, body: Option<&str>) -> (u16, Value) {
        let url = format!("{}{}", self.base, path);
        let mut req = match method {
            "GET" => self.http.get(url),
            "PATCH" => self.http.patch(url),
            _ => self.http.post(url),
        }
        .bearer_auth(DEMO_TOKEN)
        .header("X-Tenant-ID", DEMO_TENANT.to_uppercase());
        if let Some(b) = body {
            req = req
                .header("content-type", "application/json")
                .body(b.to_owned());
        }
        let resp = req.send().await.unwrap();
        let status = resp.status().as_u16();
        let text = resp.text().await.unwrap();
        (
            status,
            serde_json::from_str(&text).unwrap_or(Value::String(text)),
        )
    }
}

fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

fn lerian(path: &str) -> String {
    format!("/v1/users/{DEMO_LERIAN_USER}/mfa{path}")
}

#[tokio::test]
async fn lerian_app_setup_verify_enable_status() {
    let s = start(Config::default()).await;
    let (st, setup) = s
        .call("POST", &lerian("/setup"), Some(r#"{"mfaType":"app"}"#))
        .await;
    assert_eq!(st, 200);
    assert_eq!(setup["enabled"], false);
    let secret = setup["secret"].as_str().unwrap().to_owned();
    assert!(setup["url"].as_str().unwrap().contains(&secret));
    let codes = setup["recoveryCodes"].as_array().unwrap();
    assert_eq!(codes.len(), 10);

    // Enabling before a verify is refused.
    let enable = json!({"recoveryCode": codes[0], "mfaType": "app"}).to_string();
    let (st, e) = s.call("POST", &lerian("/enable"), Some(&enable)).await;
    assert_eq!((st, e["code"].as_str()), (400, Some("IDE-0042")));

    let (st, e) = s
        .call(
            "POST",
            &lerian("/verify"),
            Some(r#"{"passcode":"000000x","mfaType":"app"}"#),
        )
        .await;
    assert_eq!((st, e["code"].as_str()), (400, Some("IDE-0041")));
    let code = otp::totp(&secret, now()).unwrap();
    let verify = json!({"passcode": code, "mfaType": "app", "secret": secret}).to_string();
    let (st, v) = s.call("POST", &lerian("/verify"), Some(&verify)).await;
    assert_eq!((st, v), (200, json!({"verified": true})));

    let bad = json!({"recoveryCode": "nope-nope", "mfaType": "app"}).to_string();
    let (st, e) = s.call("POST", &lerian("/enable"), Some(&bad)).await;
    assert_eq!((st, e["code"].as_str()), (400, Some("IDE-0046")));
    let (st, v) = s.call("POST", &lerian("/enable"), Some(&enable)).await;
    assert_eq!((st, v), (200, json!({"enabled": true})));

    let (st, status) = s.call("GET", &lerian(""), None).await;
    assert_eq!(st, 200);
    assert_eq!(status["enabled"], true);
    assert_eq!(status["totpEnabled"], true);
    assert_eq!(status["preferredType"], "app");
    assert_eq!(status["methods"], json!(["app"]));

    let (st, e) = s
        .call("POST", &lerian("/setup"), Some(r#"{"mfaType":"app"}"#))
        .await;
    assert_eq!((st, e["code"].as_str()), (400, Some("IDE-0040")));
    let (st, e) = s
        .call("PATCH", &lerian("/preferred"), Some(r#"{"mfaType":"sms"}"#))
        .await;
    assert_eq!(st, 400, "{e}");
}

#[tokio::test]
async fn lerian_documented_errors_have_their_codes() {
    let s = start(Config::default()).await;
    for (body, code) in [
        ("{", "IDE-0007"),
        ("[1]", "IDE-0007"),
        (r#"{}"#, "IDE-0001"),
        (r#"{"mfaType":"app","extra":1}"#, "IDE-0004"),
        (r#"{"mfaType":"fax"}"#, "IDE-0044"),
    ] {
        let (st, e) = s.call("POST", &lerian("/setup"), Some(body)).await;
        assert_eq!((st, e["code"].as_str()), (400, Some(code)), "{body}");
        assert!(e["title"].is_string() && e["message"].is_string());
    }
    let (st, e) = s
        .call(
            "POST",
            &lerian("/enable"),
            Some(r#"{"recoveryCode":"x","mfaType":"sms"}"#),
        )
        .await;
    assert_eq!((st, e["code"].as_str()), (400, Some("IDE-0043")));
    let (st, e) = s.call("GET", "/v1/users/not-a-uuid/mfa", None).await;
    assert_eq!((st, e["code"].as_str()), (400, Some("IDE-0003")));
    let (st, e) = s
        .call(
            "GET",
            "/v1/users/00000000-0000-4000-8000-000000000000/mfa",
            None,
        )
        .await;
    assert_eq!((st, e["code"].as_str()), (404, Some("IDE-1003")));
    let resp = s
        .http
        .get(format!("{}{}", s.base, lerian("")))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 401);
}

#[tokio::test]
async fn lerian_email_passcode_comes_from_the_outbox() {
    let s = start(Config::default()).await;
    let (st, setup) = s
        .call("POST", &lerian("/setup"), Some(r#"{"mfaType":"email"}"#))
        .await;
    assert_eq!(st, 200);
    assert!(setup.get("url").is_none());
    let (st, out) = s
        .call(
            "GET",
            &format!("/_sandbox/outbox?user={DEMO_LERIAN_USER}"),
            None,
        )
        .await;
    assert_eq!(st, 200);
    let body = json!({"passcode": out["passcode"], "mfaType": "email"}).to_string();
    let (st, v) = s.call("POST", &lerian("/verify"), Some(&body)).await;
    assert_eq!((st, v), (200, json!({"verified": true})));
}

#[tokio::test]
async fn flashback_google_auth_setup_verify_status_and_errors() {
    let s = start(Config::default()).await;
    let (st, e) = s
        .call("POST", "/mfa/setup", Some(r#"{"mfaType":"SMS"}"#))
        .await;
    assert_eq!(
        (st, e),
        (
            400,
            json!({"success": false, "error": "Invalid MFA type specified"})
        )
    );
    let body = json!({"mfaType": "GOOGLE_AUTH", "email": DEMO_EMAIL}).to_string();
    let (st, setup) = s.call("POST", "/mfa/setup", Some(&body)).await;
    assert_eq!(st, 200);
    let data = &setup["data"];
    assert!(data["qrCode"]
        .as_str()
        .unwrap()
        .starts_with("data:image/png;base64,"));
    assert_eq!(data["backupCodes"].as_array().unwrap().len(), 8);
    let secret = data["secret"].as_str().unwrap();
    let (st, e) = s
        .call(
            "POST",
            "/mfa/verify-setup",
            Some(r#"{"mfaType":"GOOGLE_AUTH","code":"000000x"}"#),
        )
        .await;
    assert_eq!(
        (st, e["error"].as_str()),
        (400, Some("MFA setup verification failed"))
    );
    let good =
        json!({"mfaType": "GOOGLE_AUTH", "code": otp::totp(secret, now()).unwrap()}).to_string();
    let (st, v) = s.call("POST", "/mfa/verify-setup", Some(&good)).await;
    assert_eq!(
        (st, v["message"].as_str()),
        (200, Some("MFA setup verified and enabled"))
    );
    let (_, status) = s.call("GET", "/mfa/status", None).await;
    assert_eq!(status["data"]["isEnabled"], true);
    assert_eq!(status["data"]["enabledMethods"], json!(["GOOGLE_AUTH"]));
    let (_, methods) = s.call("GET", "/mfa/methods", None).await;
    assert_eq!(methods["data"].as_array().unwrap().len(), 3);
}

#[tokio::test]
async fn tenant_enroll_verify_conflict_and_mismatch() {
    let s = start(Config::default()).await;
    let (st, e) = s.call("POST", "/v1/users/me/mfa/totp", None).await;
    assert_eq!(st, 200);
    let secret = e["secret"].as_str().unwrap();
    assert!(e["qr_uri"].as_str().unwrap().starts_with("otpauth://totp/"));
    let (st, err) = s
        .call(
            "POST",
            "/v1/users/me/mfa/totp/verify",
            Some(r#"{"code":"123"}"#),
        )
        .await;
    assert_eq!((st, err["code"].as_str()), (400, Some("invalid_code")));
    let good = json!({"code": otp::totp(secret, now()).unwrap()}).to_string();
    let (st, v) = s
        .call("POST", "/v1/users/me/mfa/totp/verify", Some(&good))
        .await;
    assert_eq!((st, &v["verified"]), (200, &json!(true)));
    assert_eq!(v["id"], e["id"]);
    let (st, err) = s.call("POST", "/v1/users/me/mfa/totp", None).await;
    assert_eq!((st, err["code"].as_str()), (409, Some("already_enrolled")));

    let resp = s
        .http
        .post(format!("{}/v1/users/me/mfa/totp", s.base))
        .bearer_auth(DEMO_TOKEN)
        .header("x-tenant-id", "00000000-0000-4000-8000-000000000000")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 403);
    let v: Value = resp.json().await.unwrap();
    assert_eq!(v["code"], "tenant_mismatch");
    assert!(v["notices"].is_array());
    let resp = s
        .http
        .post(format!("{}/v1/users/me/mfa/totp", s.base))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 401);
}

#[tokio::test]
async fn faults_fail_drop_and_shift_the_date_header() {
    let mut c = Config::default();
    c.faults.fail_nth = vec![1];
    c.faults.drop_nth = vec![2];
    c.faults.clock_offset_secs = -3600;
    let s = start(c).await;
    let (st, e) = s.call("GET", &lerian(""), None).await;
    assert_eq!((st, e["code"].as_str()), (500, Some("IDE-0006")));
    let dropped = s
        .http
        .get(format!("{}{}", s.base, lerian("")))
        .bearer_auth(DEMO_TOKEN)
        .send()
        .await;
    assert!(dropped.is_err(), "call 2 must lose its connection");
    let resp = s
        .http
        .get(format!("{}{}", s.base, lerian("")))
        .bearer_auth(DEMO_TOKEN)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 200);
    let date = resp.headers()["date"].to_str().unwrap();
    let server = httpdate::parse_http_date(date)
        .unwrap()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let skew = now() as i64 - server as i64;
    assert!(
        (3590..=3610).contains(&skew),
        "server clock is an hour behind, skew {skew}"
    );
}
