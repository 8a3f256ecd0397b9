//! Signing in: the password grant (tokens, or an MFA challenge when the user has a
//! Lerian MFA method enabled), the challenge that "sends" an email/SMS passcode, and the
//! verify that trades a passcode or a one-time recovery code for tokens.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::json;

use super::{bad, body, err, field, lifetimes_ms, now_ms, token_response, MFA_TYPES};
use crate::{otp, Sandbox};

/// 401 `AUT-1004` (our choice): an unknown, expired or already used `mfaToken`.
fn mfa_token_expired() -> Response {
    err(
        StatusCode::UNAUTHORIZED,
        "AUT-1004",
        "MFA Token Expired",
        "The MFA token has expired or was already used. Sign in again.",
    )
}

/// 400 `AUT-1008` (our choice): `mfaType` is not app, email or sms.
fn invalid_type() -> Response {
    bad(
        "AUT-1008",
        "Invalid MFA Type",
        "The mfaType must be one of: app, email, sms.",
    )
}

/// 400 `AUT-1009` (our choice): the method is not enabled for this user.
fn not_enabled(t: &str) -> Response {
    bad(
        "AUT-1009",
        "MFA Method Not Enabled",
        format!("MFA method {t} is not enabled for this user."),
    )
}

/// `POST /v1/login/oauth/access_token`.
pub async fn access_token(State(s): State<Arc<Sandbox>>, b: Bytes) -> Response {
    let m = match body(
        &b,
        &[
            "grantType",
            "username",
            "password",
            "clientId",
            "clientSecret",
        ],
        &["grantType"],
        &[],
    ) {
        Ok(m) => m,
        Err(r) => return r,
    };
    match field(&m, "grantType").unwrap_or_default() {
        "password" => {}
        "client_credentials" => {
            return bad(
                "AUT-1001",
                "Unsupported Grant Type",
                "The sandbox supports only the password grant.",
            )
        }
        _ => {
            return bad(
                "AUT-0013",
                "Invalid Grant Type",
                "The grantType must be password or client_credentials.",
            )
        }
    }
    let (Some(username), Some(password)) = (field(&m, "username"), field(&m, "password")) else {
        return bad(
            "AUT-0014",
            "Grant Type Missing Fields",
            "The password grant needs username and password.",
        );
    };
    // Same answer for an unknown user and a wrong password.
    let Some(who) = s
        .config
        .auth
        .iter()
        .find(|u| u.username == username && u.password == password)
    else {
        return err(
            StatusCode::UNAUTHORIZED,
            "AUT-1002",
            "Invalid Credentials",
            "The username or password is incorrect.",
        );
    };
    let user = who.user.to_ascii_lowercase();
    let now = now_ms(&s);
    let mut guard = s.state();
    let st = &mut *guard;
    let methods = st
        .lerian
        .get(&user)
        .map(|u| u.enabled_methods())
        .unwrap_or_default();
    if methods.is_empty() {
        let issued = st
            .auth
            .open(&user, &who.username, false, lifetimes_ms(&s), now);
        drop(guard);
        return token_response(&s, issued);
    }
    let ttl = s.config.auth_ttl.mfa_token_secs;
    let mfa_token = st.auth.challenge(
        &user,
        &who.username,
        now.saturating_add(ttl.saturating_mul(1000)),
    );
    st.issued_tokens.push(mfa_token.clone());
    Json(json!({
        "mfaToken": mfa_token,
        "mfaRequired": true,
        "mfaMethods": methods,
        "expiresIn": ttl,
    }))
    .into_response()
}

/// `POST /v1/login/mfa/challenge`: "sends" a passcode for email/sms (to the outbox).
pub async fn challenge(State(s): State<Arc<Sandbox>>, b: Bytes) -> Response {
    let m = match body(&b, &["mfaToken", "mfaType"], &["mfaToken", "mfaType"], &[]) {
        Ok(m) => m,
        Err(r) => return r,
    };
    let t = field(&m, "mfaType").unwrap_or_default();
    let mfa_token = field(&m, "mfaToken").unwrap_or_default();
    let now = now_ms(&s);
    let unix = s.unix_now();
    let mut guard = s.state();
    let st = &mut *guard;
    let Some(c) = st.auth.live_challenge(mfa_token, now) else {
        return mfa_token_expired();
    };
    if !MFA_TYPES.contains(&t) {
        return invalid_type();
    }
    let Some(secret) = st.lerian.get(&c.user).and_then(|u| u.enabled_secret(t)) else {
        return not_enabled(t);
    };
    if t == "app" {
        return Json(json!({"message": "Enter the code shown by your authenticator app."}))
            .into_response();
    }
    let Some(code) = otp::totp(secret, unix) else {
        return err(
            StatusCode::INTERNAL_SERVER_ERROR,
            "AUT-0005",
            "Internal Server Error",
            "The method's secret cannot produce a passcode.",
        );
    };
    c.sent.insert(t.to_owned(), code.clone());
    st.outbox.insert(c.user.clone(), code.clone());
    st.issued.push(code);
    Json(json!({"message": format!("A passcode was sent by {t}.")})).into_response()
}

/// `POST /v1/login/mfa/verify`: a passcode or a recovery code, never both.
pub async fn verify(State(s): State<Arc<Sandbox>>, b: Bytes) -> Response {
    let m = match body(
        &b,
        &[
            "mfaToken",
            "mfaType",
            "passcode",
            "recoveryCode",
            "rememberDevice",
        ],
        &["mfaToken", "mfaType"],
        &["rememberDevice"],
    ) {
        Ok(m) => m,
        Err(r) => return r,
    };
    let t = field(&m, "mfaType").unwrap_or_default();
    let mfa_token = field(&m, "mfaToken").unwrap_or_default();
    let remember = m
        .get("rememberDevice")
        .and_then(serde_json::Value::as_bool)
        .unwrap_or(false);
    let (passcode, recovery) = (field(&m, "passcode"), field(&m, "recoveryCode"));
    let now = now_ms(&s);
    let unix = s.unix_now();
    let mut guard = s.state();
    let st = &mut *guard;
    let Some(c) = st.auth.live_challenge(mfa_token, now) else {
        return mfa_token_expired();
    };
    if !MFA_TYPES.contains(&t) {
        return invalid_type();
    }
    let user = c.user.clone();
    match (passcode, recovery) {
        (Some(_), Some(_)) => {
            return super::malformed("Send a passcode or a recovery code, not both.")
        }
        (None, None) => return super::missing_fields(&["passcode or recoveryCode"]),
        (Some(code), None) => {
            let Some(secret) = st.lerian.get(&user).and_then(|u| u.enabled_secret(t)) else {
                return not_enabled(t);
            };
            let sent = c.sent.get(t).is_some_and(|x| x == code);
            if !(sent || otp::check(secret, code, unix)) {
                // The mfaToken stays usable until it expires.
                return err(
                    StatusCode::UNAUTHORIZED,
                    "AUT-1006",
                    "Invalid MFA Passcode",
                    "The passcode is not valid. Check the code and your device clock.",
                );
            }
        }
        (None, Some(code)) => {
            let spent = st
                .lerian
                .get_mut(&user)
                .is_some_and(|u| u.spend_recovery(code));
            if !spent {
                return err(
                    StatusCode::UNAUTHORIZED,
                    "AUT-1007",
                    "Invalid Recovery Code",
                    "The recovery code is unknown or was already used.",
                );
            }
        }
    }
    let Some(c) = st.auth.consume(mfa_token) else {
        return mfa_token_expired();
    };
    let issued = st
        .auth
        .open(&c.user, &c.username, remember, lifetimes_ms(&s), now);
    drop(guard);
    token_response(&s, issued)
}
