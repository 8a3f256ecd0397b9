//! The tenant-scoped TOTP API (CONTRACTS.md section 3): enroll and (our choice) verify,
//! errors as `{"code","message","details"?,"notices"?}`.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use serde_json::{json, Value};

use crate::{otp, Sandbox};

/// One tenant's TOTP enrollment.
pub struct Enrollment {
    id: String,
    secret: String,
    verified: bool,
}

/// The tenant API routes.
pub fn routes() -> Router<Arc<Sandbox>> {
    Router::new()
        .route("/v1/users/me/mfa/totp", post(enroll))
        .route("/v1/users/me/mfa/totp/verify", post(verify))
}

fn err(status: StatusCode, code: &str, message: &str, extra: Option<Value>) -> Response {
    let mut body = json!({"code": code, "message": message});
    if let Some(Value::Object(more)) = extra {
        if let Some(b) = body.as_object_mut() {
            b.extend(more);
        }
    }
    (status, Json(body)).into_response()
}

/// Checks the token and the `X-Tenant-ID` header; returns the tenant id (lowercase).
fn authorize(s: &Sandbox, h: &HeaderMap) -> Result<String, Response> {
    let Some(own) = crate::bearer(h).and_then(|t| s.config.tenant.iter().find(|x| x.token == t))
    else {
        return Err(err(
            StatusCode::UNAUTHORIZED,
            "unauthenticated",
            "Missing or invalid bearer token.",
            None,
        ));
    };
    let header = h
        .get("x-tenant-id")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .trim();
    if !crate::is_uuid(header) {
        return Err(err(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            "The X-Tenant-ID header is required and must be a uuid.",
            None,
        ));
    }
    if !own.tenant.eq_ignore_ascii_case(header) {
        return Err(err(
            StatusCode::FORBIDDEN,
            "tenant_mismatch",
            "The X-Tenant-ID header and the credential belong to different tenants.",
            Some(json!({"details": {"header": header},
                        "notices": ["policy: the credential's tenant must equal X-Tenant-ID"]})),
        ));
    }
    Ok(own.tenant.to_ascii_lowercase())
}

fn already() -> Response {
    err(
        StatusCode::CONFLICT,
        "already_enrolled",
        "TOTP already enrolled",
        None,
    )
}

async fn enroll(State(s): State<Arc<Sandbox>>, h: HeaderMap) -> Response {
    let tenant = match authorize(&s, &h) {
        Ok(t) => t,
        Err(r) => return r,
    };
    let mut st = s.state();
    if st.tenant.get(&tenant).is_some_and(|e| e.verified) {
        return already();
    }
    let id = crate::random_uuid();
    let secret = otp::new_secret();
    let qr_uri = format!(
        "otpauth://totp/Sandbox%20Tenant:user-{}?secret={secret}&issuer=Sandbox%20Tenant",
        &tenant[..8]
    );
    st.issued.push(secret.clone());
    st.tenant.insert(
        tenant,
        Enrollment {
            id: id.clone(),
            secret: secret.clone(),
            verified: false,
        },
    );
    Json(json!({"id": id, "secret": secret, "qr_uri": qr_uri})).into_response()
}

async fn verify(State(s): State<Arc<Sandbox>>, h: HeaderMap, b: Bytes) -> Response {
    let tenant = match authorize(&s, &h) {
        Ok(t) => t,
        Err(r) => return r,
    };
    let code = match serde_json::from_slice::<Value>(&b) {
        Ok(Value::Object(m)) if m.len() == 1 => {
            m.get("code").and_then(Value::as_str).map(str::to_owned)
        }
        _ => None,
    };
    let Some(code) = code else {
        return err(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            "The body must be {\"code\": \"123456\"}.",
            None,
        );
    };
    let now = s.unix_now();
    let mut st = s.state();
    let Some(e) = st.tenant.get_mut(&tenant) else {
        return err(
            StatusCode::NOT_FOUND,
            "not_found",
            "No TOTP enrollment is in progress.",
            None,
        );
    };
    if e.verified {
        return already();
    }
    if !otp::check(&e.secret, &code, now) {
        return err(
            StatusCode::BAD_REQUEST,
            "invalid_code",
            "The code is not valid for this enrollment.",
            None,
        );
    }
    e.verified = true;
    Json(json!({"id": e.id, "verified": true})).into_response()
}
