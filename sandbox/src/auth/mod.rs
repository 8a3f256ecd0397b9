//! The Lerian Auth plugin (CONTRACTS.md section 4): sign-in with the password grant, the
//! MFA login challenge and verify, refresh, userinfo and logout, with `AUT-` errors in
//! the `{"code","title","message"}` shape. Served at the root and under `/auth`.
//!
//! Submodules: [`sessions`] (tokens and challenges in memory), [`login`] (password
//! grant, MFA challenge and verify), [`tokens`] (refresh, userinfo, logout), [`testing`]
//! (the `/_sandbox/` views used by tests).

pub mod login;
pub mod sessions;
pub mod testing;
pub mod tokens;

use std::sync::Arc;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::{json, Map, Value};

pub use sessions::{AccessCheck, Sessions};

use crate::Sandbox;

/// The MFA methods a login may use.
pub const MFA_TYPES: [&str; 3] = ["app", "email", "sms"];

/// The Auth routes (mounted at the root and under `/auth`).
pub fn routes() -> Router<Arc<Sandbox>> {
    Router::new()
        .route("/v1/login/oauth/access_token", post(login::access_token))
        .route("/v1/login/mfa/challenge", post(login::challenge))
        .route("/v1/login/mfa/verify", post(login::verify))
        .route("/v1/login/oauth/refresh_token", post(tokens::refresh))
        .route("/v1/userinfo", get(tokens::userinfo))
        .route("/v1/logout", post(tokens::logout))
}

/// Whether `path` belongs to the Auth family (for the faults layer's error shape).
pub fn owns(path: &str) -> bool {
    let p = path.strip_prefix("/auth").unwrap_or(path);
    p.starts_with("/v1/login/") || p == "/v1/userinfo" || p == "/v1/logout"
}

/// The server clock in Unix milliseconds.
pub fn now_ms(s: &Sandbox) -> u64 {
    s.now()
        .duration_since(std::time::SystemTime::UNIX_EPOCH)
        .map(|d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
        .unwrap_or(0)
}

/// Access and refresh lifetimes in milliseconds.
fn lifetimes_ms(s: &Sandbox) -> (u64, u64) {
    let t = &s.config.auth_ttl;
    (
        t.access_secs.saturating_mul(1000),
        t.refresh_secs.saturating_mul(1000),
    )
}

/// An error answer.
pub fn err(status: StatusCode, code: &str, title: &str, message: impl Into<String>) -> Response {
    let body = json!({"code": code, "title": title, "message": message.into()});
    (status, Json(body)).into_response()
}

fn bad(code: &str, title: &str, message: impl Into<String>) -> Response {
    err(StatusCode::BAD_REQUEST, code, title, message)
}

/// 400 `AUT-0002` (our choice): the body cannot be read.
fn malformed(message: &str) -> Response {
    bad("AUT-0002", "Bad Request", message)
}

/// Parses a JSON object body: only `allowed` fields, `required` present, and every
/// field a string except those in `booleans`.
fn body(
    bytes: &[u8],
    allowed: &[&str],
    required: &[&str],
    booleans: &[&str],
) -> Result<Map<String, Value>, Response> {
    let Ok(Value::Object(map)) = serde_json::from_slice::<Value>(bytes) else {
        return Err(malformed("The request body must be a JSON object."));
    };
    let extra: Vec<&str> = map
        .keys()
        .map(String::as_str)
        .filter(|k| !allowed.contains(k))
        .collect();
    if !extra.is_empty() {
        return Err(bad(
            "AUT-0003",
            "Unexpected Fields in the Request",
            format!(
                "The request body has unexpected fields: {}.",
                extra.join(", ")
            ),
        ));
    }
    let missing: Vec<&str> = required
        .iter()
        .copied()
        .filter(|k| !map.contains_key(*k))
        .collect();
    if !missing.is_empty() {
        return Err(missing_fields(&missing));
    }
    for (k, v) in &map {
        let ok = if booleans.contains(&k.as_str()) {
            v.is_boolean()
        } else {
            v.is_string()
        };
        if !ok {
            return Err(malformed(&format!("The field {k} has the wrong type.")));
        }
    }
    Ok(map)
}

/// 400 `AUT-0001` Missing Fields in Request (documented).
fn missing_fields(missing: &[&str]) -> Response {
    bad(
        "AUT-0001",
        "Missing Fields in Request",
        format!(
            "Your request is missing one or more required fields. Missing: {}.",
            missing.join(", ")
        ),
    )
}

fn field<'a>(m: &'a Map<String, Value>, k: &str) -> Option<&'a str> {
    m.get(k).and_then(Value::as_str)
}

/// The token response (`OAuth2Token`); records the tokens in `issued_tokens`.
fn token_response(s: &Sandbox, issued: sessions::Issued) -> Response {
    let body = json!({
        "accessToken": issued.access,
        "tokenType": "Bearer",
        "expiresIn": s.config.auth_ttl.access_secs,
        "refreshToken": issued.refresh,
        "idToken": issued.id,
        "scope": "openid profile email",
    });
    s.state()
        .issued_tokens
        .extend([issued.access, issued.refresh, issued.id]);
    Json(body).into_response()
}
