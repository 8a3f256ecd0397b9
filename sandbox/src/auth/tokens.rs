//! Using and ending a session: refresh (with rotation), userinfo (OIDC claims for a live
//! access token) and logout (form-encoded `id_token_hint`, revokes the session).

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::json;

use super::{bad, body, err, field, lifetimes_ms, malformed, now_ms, token_response};
use super::{missing_fields, AccessCheck};
use crate::Sandbox;

/// `POST /v1/login/oauth/refresh_token`: the old refresh token is revoked (rotation).
pub async fn refresh(State(s): State<Arc<Sandbox>>, b: Bytes) -> Response {
    let m = match body(&b, &["refreshToken", "scope"], &["refreshToken"], &[]) {
        Ok(m) => m,
        Err(r) => return r,
    };
    let token = field(&m, "refreshToken").unwrap_or_default();
    let now = now_ms(&s);
    let issued = s.state().auth.refresh(token, lifetimes_ms(&s), now);
    match issued {
        Some(issued) => token_response(&s, issued),
        None => bad(
            "AUT-1005",
            "Invalid Refresh Token",
            "The refresh token is invalid, expired or revoked. Sign in again.",
        ),
    }
}

/// `GET /v1/userinfo`.
pub async fn userinfo(State(s): State<Arc<Sandbox>>, h: HeaderMap) -> Response {
    let Some(token) = crate::bearer(&h) else {
        return err(
            StatusCode::UNAUTHORIZED,
            "AUT-0006",
            "Token Missing",
            "A bearer access token is required.",
        );
    };
    let invalid = |m: &str| err(StatusCode::UNAUTHORIZED, "AUT-0007", "Invalid Token", m);
    let check = s.state().auth.check_access(token, now_ms(&s));
    let username = match check {
        AccessCheck::Live { username, .. } => username,
        AccessCheck::Expired => return invalid("The access token has expired."),
        AccessCheck::Revoked => return invalid("The access token was revoked."),
        AccessCheck::Unknown => return invalid("The access token is not valid."),
    };
    let Some(who) = s.config.auth.iter().find(|u| u.username == username) else {
        return invalid("The access token's user no longer exists.");
    };
    Json(json!({
        "sub": who.user.to_ascii_lowercase(),
        "email": who.email(),
        "emailVerified": true,
        "name": who.name(),
        "preferredUsername": who.username,
        "picture": format!("https://example.com/avatars/{}.png", who.username),
        "profile": format!("https://example.com/users/{}", who.username),
    }))
    .into_response()
}

/// `POST /v1/logout`: form-encoded `id_token_hint` (the session's id or access token).
pub async fn logout(State(s): State<Arc<Sandbox>>, h: HeaderMap, b: Bytes) -> Response {
    let form = h
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|v| {
            v.trim()
                .eq_ignore_ascii_case("application/x-www-form-urlencoded")
        });
    if !form {
        return malformed("Logout takes a form-encoded body (application/x-www-form-urlencoded).");
    }
    let Some(hint) = form_field(&b, "id_token_hint").filter(|v| !v.is_empty()) else {
        return missing_fields(&["id_token_hint"]);
    };
    if !s.state().auth.logout(&hint) {
        return bad(
            "AUT-0008",
            "Invalid Token Hint",
            "The id_token_hint does not name a session.",
        );
    }
    StatusCode::NO_CONTENT.into_response()
}

/// The first value of `name` in a form-encoded body.
fn form_field(body: &[u8], name: &str) -> Option<String> {
    let text = std::str::from_utf8(body).ok()?;
    text.split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        (percent_decode(k)? == name).then(|| percent_decode(v))?
    })
}

/// Decodes `+` and `%XX` of a form value; `None` if malformed.
fn percent_decode(s: &str) -> Option<String> {
    let mut out = Vec::with_capacity(s.len());
    let mut bytes = s.bytes();
    while let Some(c) = bytes.next() {
        match c {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = [bytes.next()?, bytes.next()?];
                let hex = std::str::from_utf8(&hex).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
            }
            c => out.push(c),
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_field_decodes_plus_and_percent_escapes() {
        let b = b"a=1&id_token_hint=ab%2Bc+d&id_token_hint=second";
        assert_eq!(form_field(b, "id_token_hint").as_deref(), Some("ab+c d"));
        assert_eq!(form_field(b, "missing"), None);
        assert_eq!(form_field(b"id_token_hint=%zz", "id_token_hint"), None);
    }
}
