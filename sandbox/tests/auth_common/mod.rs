//! Shared by the Auth plugin tests: a sandbox on a free port with its state, JSON and
//! bearer calls, and enabling a Lerian MFA method through the Identity endpoints.

#![allow(dead_code)]

use std::sync::Arc;

use identity_sandbox::config::{
    Config, DEMO_LERIAN_USER, DEMO_PASSWORD, DEMO_TOKEN, DEMO_USERNAME,
};
use identity_sandbox::{otp, Sandbox};
use serde_json::{json, Value};

pub struct Server {
    pub base: String,
    pub http: reqwest::Client,
    pub sandbox: Arc<Sandbox>,
}

pub fn start(config: Config) -> Server {
    let (base, sandbox) = identity_sandbox::start_in_background(config).unwrap();
    Server {
        base,
        http: reqwest::Client::new(),
        sandbox,
    }
}

pub fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

/// A 6-digit code that the secret does not produce one step either side of now.
pub fn wrong_code(secret: &str) -> String {
    let t = now();
    let near: Vec<String> = [t - 30, t, t + 30, t + 60]
        .iter()
        .map(|&x| otp::totp(secret, x).unwrap())
        .collect();
    (0..10u32)
        .map(|d| format!("{d}{d}{d}{d}{d}{d}"))
        .find(|c| !near.contains(c))
        .unwrap()
}

pub fn identity(path: &str) -> String {
    format!("/v1/users/{DEMO_LERIAN_USER}/mfa{path}")
}

async fn answer(resp: reqwest::Response) -> (u16, Value) {
    let status = resp.status().as_u16();
    let text = resp.text().await.unwrap();
    (
        status,
        serde_json::from_str(&text).unwrap_or(Value::String(text)),
    )
}

impl Server {
    pub async fn post(&self, path: &str, body: &Value) -> (u16, Value) {
        let resp = self
            .http
            .post(format!("{}{path}", self.base))
            .json(body)
            .send()
            .await
            .unwrap();
        answer(resp).await
    }

    pub async fn get(&self, path: &str, bearer: Option<&str>) -> (u16, Value) {
        let mut req = self.http.get(format!("{}{path}", self.base));
        if let Some(t) = bearer {
            req = req.bearer_auth(t);
        }
        answer(req.send().await.unwrap()).await
    }

    /// An Identity call with the demo config token.
    pub async fn identity_post(&self, path: &str, body: &Value) -> (u16, Value) {
        let resp = self
            .http
            .post(format!("{}{}", self.base, identity(path)))
            .bearer_auth(DEMO_TOKEN)
            .json(body)
            .send()
            .await
            .unwrap();
        answer(resp).await
    }

    pub async fn logout(&self, prefix: &str, form: &str) -> (u16, String) {
        let resp = self
            .http
            .post(format!("{}{prefix}/v1/logout", self.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(form.to_owned())
            .send()
            .await
            .unwrap();
        (resp.status().as_u16(), resp.text().await.unwrap())
    }

    /// The demo user's password grant.
    pub async fn login(&self, prefix: &str) -> (u16, Value) {
        let body =
            json!({"grantType": "password", "username": DEMO_USERNAME, "password": DEMO_PASSWORD});
        self.post(&format!("{prefix}/v1/login/oauth/access_token"), &body)
            .await
    }

    /// Sets up, verifies and enables `app` for the demo user (spending recovery code 0);
    /// returns the secret and the recovery codes.
    pub async fn enable_app(&self) -> (String, Vec<String>) {
        let (st, setup) = self
            .identity_post("/setup", &json!({"mfaType": "app"}))
            .await;
        assert_eq!(st, 200);
        let secret = setup["secret"].as_str().unwrap().to_owned();
        let code = otp::totp(&secret, now()).unwrap();
        let body = json!({"passcode": code, "mfaType": "app", "secret": secret});
        assert_eq!(self.identity_post("/verify", &body).await.0, 200);
        let codes = recovery_codes(&setup);
        let body = json!({"recoveryCode": codes[0], "mfaType": "app"});
        assert_eq!(self.identity_post("/enable", &body).await.0, 200);
        (secret, codes)
    }

    /// Sets up, verifies (with the outbox's code) and enables `email`; returns the codes.
    pub async fn enable_email(&self) -> Vec<String> {
        let (st, setup) = self
            .identity_post("/setup", &json!({"mfaType": "email"}))
            .await;
        assert_eq!(st, 200);
        let code = self.outbox().await;
        let body = json!({"passcode": code, "mfaType": "email"});
        assert_eq!(self.identity_post("/verify", &body).await.0, 200);
        let codes = recovery_codes(&setup);
        let body = json!({"recoveryCode": codes[0], "mfaType": "email"});
        assert_eq!(self.identity_post("/enable", &body).await.0, 200);
        codes
    }

    pub async fn outbox(&self) -> String {
        let (st, out) = self
            .get(&format!("/_sandbox/outbox?user={DEMO_LERIAN_USER}"), None)
            .await;
        assert_eq!(st, 200);
        out["passcode"].as_str().unwrap().to_owned()
    }
}

fn recovery_codes(setup: &Value) -> Vec<String> {
    setup["recoveryCodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().to_owned())
        .collect()
}
