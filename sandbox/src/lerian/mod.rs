//! Lerian Identity (CONTRACTS.md section 1): setup, verify, enable, status, preferred,
//! with every documented error (`{"code","title","message"}`).

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, patch, post};
use axum::{Json, Router};
use serde_json::{json, Map, Value};

use crate::auth::AccessCheck;
use crate::{otp, Sandbox};

const TYPES: [&str; 3] = ["app", "email", "sms"];

mod state;

use state::Method;
pub use state::UserMfa;

/// The Lerian routes.
pub fn routes() -> Router<Arc<Sandbox>> {
    Router::new()
        .route("/v1/users/{id}/mfa/setup", post(setup))
        .route("/v1/users/{id}/mfa/verify", post(verify))
        .route("/v1/users/{id}/mfa/enable", post(enable))
        .route("/v1/users/{id}/mfa", get(status))
        .route("/v1/users/{id}/mfa/preferred", patch(preferred))
}

fn err(status: StatusCode, code: &str, title: &str, message: impl Into<String>) -> Response {
    let body = json!({"code": code, "title": title, "message": message.into()});
    (status, Json(body)).into_response()
}

fn bad(code: &str, title: &str, message: impl Into<String>) -> Response {
    err(StatusCode::BAD_REQUEST, code, title, message)
}

/// Checks the token and the path; returns the user id (lowercase).
fn authorize(s: &Sandbox, headers: &HeaderMap, id: &str) -> Result<String, Response> {
    let Some(token) = crate::bearer(headers) else {
        return Err(err(
            StatusCode::UNAUTHORIZED,
            "IDE-0011",
            "Unauthorized",
            "A bearer token is required.",
        ));
    };
    let own = match s.config.lerian.iter().find(|u| u.token == token) {
        Some(u) => u.user.clone(),
        None => signed_in_user(s, token)?,
    };
    if !crate::is_uuid(id) {
        return Err(bad(
            "IDE-0003",
            "Invalid Path Parameter",
            format!("The path parameter id '{id}' is not a valid UUID."),
        ));
    }
    let id = id.to_ascii_lowercase();
    if own.eq_ignore_ascii_case(&id) {
        return Ok(id);
    }
    let known = |u: &str| u.eq_ignore_ascii_case(&id);
    if s.config.lerian.iter().any(|u| known(&u.user))
        || s.config.auth.iter().any(|u| known(&u.user))
    {
        return Err(err(
            StatusCode::FORBIDDEN,
            "IDE-0012",
            "Forbidden",
            "This token may not manage another user's MFA.",
        ));
    }
    Err(err(StatusCode::NOT_FOUND, "IDE-1003", "User ID Not Found",
        "The provided user ID does not exist in our records. Please verify the user ID and try again."))
}

/// The user of an access token issued by the Auth plugin (section 4), or the 401.
fn signed_in_user(s: &Sandbox, token: &str) -> Result<String, Response> {
    let unauthorized = |m: &str| err(StatusCode::UNAUTHORIZED, "IDE-0011", "Unauthorized", m);
    match s.state().auth.check_access(token, crate::auth::now_ms(s)) {
        AccessCheck::Live { user, .. } => Ok(user),
        AccessCheck::Expired => Err(unauthorized(
            "The access token has expired. Refresh it or sign in again.",
        )),
        AccessCheck::Revoked => Err(unauthorized(
            "The access token was revoked (the session ended). Sign in again.",
        )),
        AccessCheck::Unknown => Err(unauthorized("The bearer token is not valid.")),
    }
}

/// Parses a JSON object body against its schema (every field a string).
fn body(bytes: &[u8], allowed: &[&str], required: &[&str]) -> Result<Map<String, Value>, Response> {
    let malformed = || {
        bad("IDE-0007", "Bad Request",
        "The server could not understand the request due to malformed syntax. Please check the listed fields and try again.")
    };
    let Ok(Value::Object(map)) = serde_json::from_slice::<Value>(bytes) else {
        return Err(malformed());
    };
    let extra: Vec<&str> = map
        .keys()
        .map(String::as_str)
        .filter(|k| !allowed.contains(k))
        .collect();
    if !extra.is_empty() {
        return Err(bad("IDE-0004", "Unexpected Fields in the Request",
            format!("The request body contains more fields than expected. Please send only the allowed fields as per the documentation. The unexpected fields are: {}.", extra.join(", "))));
    }
    let missing: Vec<&str> = required
        .iter()
        .copied()
        .filter(|k| !map.contains_key(*k))
        .collect();
    if !missing.is_empty() {
        return Err(bad("IDE-0001", "Missing Fields in Request",
            format!("Your request is missing one or more required fields. Please refer to the documentation to ensure all necessary fields are included in your request. Missing: {}.", missing.join(", "))));
    }
    if let Some(t) = map.get("mfaType") {
        if !t.as_str().is_some_and(|t| TYPES.contains(&t)) {
            return Err(bad(
                "IDE-0044",
                "MFA Invalid Type",
                "The mfaType must be one of: app, email, sms.",
            ));
        }
    }
    if map.values().any(|v| !v.is_string()) {
        return Err(malformed());
    }
    Ok(map)
}

fn field<'a>(m: &'a Map<String, Value>, k: &str) -> Option<&'a str> {
    m.get(k).and_then(Value::as_str)
}

fn already_enabled(t: &str) -> Response {
    bad(
        "IDE-0040",
        "MFA Already Enabled",
        format!("MFA is already enabled for this user (method {t})."),
    )
}

fn not_initiated(t: &str) -> Response {
    bad(
        "IDE-0043",
        "MFA Setup Not Initiated",
        format!("MFA setup has not been initiated for method {t}. Call setup first."),
    )
}

async fn setup(
    State(s): State<Arc<Sandbox>>,
    Path(id): Path<String>,
    h: HeaderMap,
    b: Bytes,
) -> Response {
    let id = match authorize(&s, &h, &id) {
        Ok(id) => id,
        Err(r) => return r,
    };
    let m = match body(&b, &["mfaType"], &["mfaType"]) {
        Ok(m) => m,
        Err(r) => return r,
    };
    let t = field(&m, "mfaType").unwrap_or_default().to_owned();
    let now = s.unix_now();
    let mut st = s.state();
    let user = st.lerian.entry(id.clone()).or_default();
    if user.methods.get(&t).is_some_and(|m| m.enabled) {
        return already_enabled(&t);
    }
    let secret = otp::new_secret();
    let recovery = otp::recovery_codes(10);
    st.issued.push(secret.clone());
    st.issued.extend(recovery.iter().cloned());
    let user = st.lerian.entry(id.clone()).or_default();
    user.methods.insert(
        t.clone(),
        Method {
            secret: secret.clone(),
            recovery: recovery.clone(),
            verified: false,
            enabled: false,
            spent: 0,
        },
    );
    let mut resp =
        json!({"secret": secret, "recoveryCodes": recovery, "mfaType": t, "enabled": false});
    if t == "app" {
        let short = &id[..8];
        resp["url"] = json!(format!(
            "otpauth://totp/Lerian:sandbox-{short}?secret={secret}&issuer=Lerian"
        ));
    } else if let Some(code) = otp::totp(&secret, now) {
        // "Sends" the passcode: readable at /_sandbox/outbox?user=ID.
        st.issued.push(code.clone());
        st.outbox.insert(id, code);
    }
    Json(resp).into_response()
}

async fn verify(
    State(s): State<Arc<Sandbox>>,
    Path(id): Path<String>,
    h: HeaderMap,
    b: Bytes,
) -> Response {
    let id = match authorize(&s, &h, &id) {
        Ok(id) => id,
        Err(r) => return r,
    };
    let m = match body(
        &b,
        &["passcode", "mfaType", "secret", "countryCode"],
        &["passcode", "mfaType"],
    ) {
        Ok(m) => m,
        Err(r) => return r,
    };
    let t = field(&m, "mfaType").unwrap_or_default();
    let passcode = field(&m, "passcode").unwrap_or_default();
    if let Some(cc) = field(&m, "countryCode") {
        if cc.len() != 2 || !cc.bytes().all(|c| c.is_ascii_uppercase()) {
            return bad(
                "IDE-0007",
                "Bad Request",
                "countryCode must be an ISO 3166-1 alpha-2 code such as BR.",
            );
        }
    }
    let now = s.unix_now();
    let mut st = s.state();
    let Some(method) = st.lerian.get_mut(&id).and_then(|u| u.methods.get_mut(t)) else {
        return not_initiated(t);
    };
    if method.enabled {
        return already_enabled(t);
    }
    let secret_ok = field(&m, "secret").is_none_or(|given| given == method.secret);
    let len_ok = (6..=8).contains(&passcode.len());
    if !(secret_ok && len_ok && otp::check(&method.secret, passcode, now)) {
        return bad("IDE-0041", "Invalid MFA Passcode",
            "The passcode is not valid for this MFA setup. Check the code and your device clock, then try again.");
    }
    method.verified = true;
    Json(json!({"verified": true})).into_response()
}

async fn enable(
    State(s): State<Arc<Sandbox>>,
    Path(id): Path<String>,
    h: HeaderMap,
    b: Bytes,
) -> Response {
    let id = match authorize(&s, &h, &id) {
        Ok(id) => id,
        Err(r) => return r,
    };
    let m = match body(
        &b,
        &["recoveryCode", "mfaType", "secret"],
        &["recoveryCode", "mfaType"],
    ) {
        Ok(m) => m,
        Err(r) => return r,
    };
    let t = field(&m, "mfaType").unwrap_or_default().to_owned();
    let code = field(&m, "recoveryCode").unwrap_or_default();
    let mut st = s.state();
    let Some(user) = st.lerian.get_mut(&id) else {
        return not_initiated(&t);
    };
    let Some(method) = user.methods.get_mut(&t) else {
        return not_initiated(&t);
    };
    if method.enabled {
        return already_enabled(&t);
    }
    if !method.verified {
        return bad(
            "IDE-0042",
            "MFA Passcode Not Verified",
            "Verify a passcode for this MFA setup before enabling it.",
        );
    }
    if field(&m, "secret").is_some_and(|given| given != method.secret) {
        return bad(
            "IDE-0041",
            "Invalid MFA Passcode",
            "The secret does not match this MFA setup.",
        );
    }
    let Some(pos) = method.recovery.iter().position(|c| c == code) else {
        return bad(
            "IDE-0046",
            "Invalid Recovery Code",
            "The recovery code is not one of the codes issued by setup.",
        );
    };
    // The code enable takes is spent: it is no longer accepted at login.
    method.recovery.remove(pos);
    method.spent += 1;
    method.enabled = true;
    user.preferred.get_or_insert(t);
    Json(json!({"enabled": true})).into_response()
}

fn status_body(user: Option<&UserMfa>) -> Value {
    let on = |t: &str| {
        user.and_then(|u| u.methods.get(t))
            .is_some_and(|m| m.enabled)
    };
    let methods: Vec<&str> = TYPES.iter().copied().filter(|t| on(t)).collect();
    json!({
        "enabled": !methods.is_empty(),
        "preferredType": user.and_then(|u| u.preferred.clone()),
        "methods": methods,
        "totpEnabled": on("app"),
        "emailEnabled": on("email"),
        "smsEnabled": on("sms"),
    })
}

async fn status(State(s): State<Arc<Sandbox>>, Path(id): Path<String>, h: HeaderMap) -> Response {
    let id = match authorize(&s, &h, &id) {
        Ok(id) => id,
        Err(r) => return r,
    };
    Json(status_body(s.state().lerian.get(&id))).into_response()
}

async fn preferred(
    State(s): State<Arc<Sandbox>>,
    Path(id): Path<String>,
    h: HeaderMap,
    b: Bytes,
) -> Response {
    let id = match authorize(&s, &h, &id) {
        Ok(id) => id,
        Err(r) => return r,
    };
    let m = match body(&b, &["mfaType", "secret"], &["mfaType"]) {
        Ok(m) => m,
        Err(r) => return r,
    };
    let t = field(&m, "mfaType").unwrap_or_default().to_owned();
    let mut st = s.state();
    let Some(user) = st
        .lerian
        .get_mut(&id)
        .filter(|u| u.methods.get(&t).is_some_and(|m| m.enabled))
    else {
        return bad(
            "IDE-0043",
            "MFA Setup Not Initiated",
            format!(
                "Method {t} is not enabled for this user; enable it before making it preferred."
            ),
        );
    };
    user.preferred = Some(t.clone());
    Json(json!({"preferredType": t})).into_response()
}
