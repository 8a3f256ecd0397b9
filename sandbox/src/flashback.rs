//! Flashback (CONTRACTS.md section 2): setup, verify-setup, enable, disable, status,
//! methods, in the `{"success", "data"|"message"|"error"}` envelope.

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::{json, Map, Value};

use crate::{otp, Sandbox};

const TYPES: [(&str, &str, &str); 3] = [
    (
        "GOOGLE_AUTH",
        "Authenticator app",
        "Time-based codes from an authenticator app",
    ),
    ("MAGIC_LINK", "Magic link", "A sign-in link sent by email"),
    ("PASSKEY", "Passkey", "A WebAuthn passkey on this device"),
];

/// One user's MFA state per method.
#[derive(Default)]
pub struct UserMfa {
    methods: BTreeMap<String, Method>,
}

struct Method {
    secret: Option<String>,
    configured: bool,
    enabled: bool,
}

/// The Flashback routes.
pub fn routes() -> Router<Arc<Sandbox>> {
    Router::new()
        .route("/mfa/setup", post(setup))
        .route("/mfa/verify-setup", post(verify_setup))
        .route("/mfa/enable", post(enable))
        .route("/mfa/disable", post(disable))
        .route("/mfa/status", get(status))
        .route("/mfa/methods", get(methods))
}

fn fail(status: StatusCode, error: &str) -> Response {
    (status, Json(json!({"success": false, "error": error}))).into_response()
}

fn user<'a>(s: &'a Sandbox, h: &HeaderMap) -> Result<&'a crate::config::FlashbackUser, Response> {
    crate::bearer(h)
        .and_then(|t| s.config.flashback.iter().find(|u| u.token == t))
        .ok_or_else(|| fail(StatusCode::UNAUTHORIZED, "Unauthorized"))
}

/// Parses the body and its `mfaType`.
fn body(b: &[u8]) -> Result<(Map<String, Value>, String), Response> {
    let Ok(Value::Object(m)) = serde_json::from_slice::<Value>(b) else {
        return Err(fail(StatusCode::BAD_REQUEST, "Invalid request body"));
    };
    match m.get("mfaType").and_then(Value::as_str) {
        Some(t) if TYPES.iter().any(|(k, _, _)| *k == t) => {
            let t = t.to_owned();
            Ok((m, t))
        }
        _ => Err(fail(StatusCode::BAD_REQUEST, "Invalid MFA type specified")),
    }
}

fn qr_png_data_uri(text: &str) -> Option<String> {
    let code = qrcode::QrCode::new(text.as_bytes()).ok()?;
    let width = code.width();
    let scale = 4;
    let quiet = 4;
    let side = (width + 2 * quiet) * scale;
    let colors = code.to_colors();
    let mut pixels = vec![255u8; side * side];
    for y in 0..width {
        for x in 0..width {
            if colors[y * width + x] == qrcode::Color::Dark {
                for dy in 0..scale {
                    let row = (y + quiet) * scale + dy;
                    let start = row * side + (x + quiet) * scale;
                    pixels[start..start + scale].fill(0);
                }
            }
        }
    }
    let mut png_bytes = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut png_bytes, side as u32, side as u32);
        enc.set_color(png::ColorType::Grayscale);
        enc.set_depth(png::BitDepth::Eight);
        let mut w = enc.write_header().ok()?;
        w.write_image_data(&pixels).ok()?;
    }
    Some(format!(
        "data:image/png;base64,{}",
        data_encoding::BASE64.encode(&png_bytes)
    ))
}

async fn setup(State(s): State<Arc<Sandbox>>, h: HeaderMap, b: Bytes) -> Response {
    let u = match user(&s, &h) {
        Ok(u) => u,
        Err(r) => return r,
    };
    let (_, t) = match body(&b) {
        Ok(x) => x,
        Err(r) => return r,
    };
    let mut guard = s.state();
    let st = &mut *guard;
    let mfa = st.flashback.entry(u.email.clone()).or_default();
    if mfa.methods.get(&t).is_some_and(|m| m.enabled) {
        return fail(
            StatusCode::BAD_REQUEST,
            "MFA is already enabled for this method",
        );
    }
    match t.as_str() {
        "GOOGLE_AUTH" => {
            let secret = otp::new_secret();
            let uri = format!(
                "otpauth://totp/Flashback:{}?secret={secret}&issuer=Flashback",
                u.email
            );
            let Some(qr) = qr_png_data_uri(&uri) else {
                return fail(StatusCode::INTERNAL_SERVER_ERROR, "Failed to setup MFA");
            };
            let codes: Vec<String> = (0..8)
                .map(|_| data_encoding::HEXLOWER.encode(&crate::random_bytes::<4>()))
                .collect();
            st.issued.push(secret.clone());
            st.issued.extend(codes.iter().cloned());
            mfa.methods.insert(
                t,
                Method {
                    secret: Some(secret.clone()),
                    configured: false,
                    enabled: false,
                },
            );
            Json(json!({"success": true, "data": {"secret": secret, "qrCode": qr, "backupCodes": codes}}))
                .into_response()
        }
        "MAGIC_LINK" => {
            mfa.methods.insert(
                t,
                Method {
                    secret: None,
                    configured: false,
                    enabled: false,
                },
            );
            Json(json!({"success": true, "data": {"message": format!("A magic link was sent to {}", u.email)}}))
                .into_response()
        }
        _ => {
            mfa.methods.insert(
                t,
                Method {
                    secret: None,
                    configured: false,
                    enabled: false,
                },
            );
            let challenge = data_encoding::BASE64URL_NOPAD.encode(&crate::random_bytes::<32>());
            Json(json!({"success": true, "data": {"challenge": challenge, "rpId": "localhost"}}))
                .into_response()
        }
    }
}

async fn verify_setup(State(s): State<Arc<Sandbox>>, h: HeaderMap, b: Bytes) -> Response {
    let u = match user(&s, &h) {
        Ok(u) => u,
        Err(r) => return r,
    };
    let (m, t) = match body(&b) {
        Ok(x) => x,
        Err(r) => return r,
    };
    let now = s.unix_now();
    let mut st = s.state();
    let method = st
        .flashback
        .get_mut(&u.email)
        .and_then(|x| x.methods.get_mut(&t));
    let ok = match (method, m.get("code").and_then(Value::as_str)) {
        (Some(method), Some(code)) if !method.enabled => {
            let good = method
                .secret
                .as_deref()
                .is_some_and(|sec| otp::check(sec, code, now));
            if good {
                method.configured = true;
                method.enabled = true;
            }
            good
        }
        _ => false,
    };
    if !ok {
        return fail(StatusCode::BAD_REQUEST, "MFA setup verification failed");
    }
    Json(json!({"success": true, "message": "MFA setup verified and enabled"})).into_response()
}

async fn enable(State(s): State<Arc<Sandbox>>, h: HeaderMap, b: Bytes) -> Response {
    let u = match user(&s, &h) {
        Ok(u) => u,
        Err(r) => return r,
    };
    let (_, t) = match body(&b) {
        Ok(x) => x,
        Err(r) => return r,
    };
    let mut st = s.state();
    match st
        .flashback
        .get_mut(&u.email)
        .and_then(|x| x.methods.get_mut(&t))
    {
        Some(m) if m.configured => {
            m.enabled = true;
            Json(json!({"success": true, "message": "MFA enabled"})).into_response()
        }
        _ => fail(StatusCode::BAD_REQUEST, "MFA method is not configured"),
    }
}

async fn disable(State(s): State<Arc<Sandbox>>, h: HeaderMap, b: Bytes) -> Response {
    let u = match user(&s, &h) {
        Ok(u) => u,
        Err(r) => return r,
    };
    let (_, t) = match body(&b) {
        Ok(x) => x,
        Err(r) => return r,
    };
    if u.enforced {
        return fail(
            StatusCode::FORBIDDEN,
            "MFA is enforced by your organization and cannot be disabled",
        );
    }
    let mut st = s.state();
    if let Some(m) = st
        .flashback
        .get_mut(&u.email)
        .and_then(|x| x.methods.get_mut(&t))
    {
        m.enabled = false;
    }
    Json(json!({"success": true, "message": "MFA disabled"})).into_response()
}

async fn status(State(s): State<Arc<Sandbox>>, h: HeaderMap) -> Response {
    let u = match user(&s, &h) {
        Ok(u) => u,
        Err(r) => return r,
    };
    let st = s.state();
    let enabled: Vec<&str> = TYPES
        .iter()
        .map(|(k, _, _)| *k)
        .filter(|k| {
            st.flashback
                .get(&u.email)
                .and_then(|x| x.methods.get(*k))
                .is_some_and(|m| m.enabled)
        })
        .collect();
    Json(json!({"success": true, "data": {
        "isEnabled": !enabled.is_empty(),
        "isRequired": u.enforced,
        "isEnforced": u.enforced,
        "enabledMethods": enabled,
        "primaryMethod": enabled.first(),
    }}))
    .into_response()
}

async fn methods(State(s): State<Arc<Sandbox>>, h: HeaderMap) -> Response {
    let u = match user(&s, &h) {
        Ok(u) => u,
        Err(r) => return r,
    };
    let st = s.state();
    let list: Vec<Value> = TYPES
        .iter()
        .map(|(k, name, desc)| {
            let m = st.flashback.get(&u.email).and_then(|x| x.methods.get(*k));
            json!({"type": k, "name": name, "description": desc, "isAvailable": true,
                   "isConfigured": m.is_some_and(|m| m.configured),
                   "isEnabled": m.is_some_and(|m| m.enabled)})
        })
        .collect();
    Json(json!({"success": true, "data": list})).into_response()
}
