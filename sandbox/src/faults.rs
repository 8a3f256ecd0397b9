//! Test switches applied to every API call: the call counter and log line, the clock
//! offset (the `Date` header), a delay, failing, dropping or stalling the Nth call, and
//! whole-server misbehaviour (a huge body, a redirect to another host, an HTML 502,
//! missing fields, a wrong content type).

use std::io::Write;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::json;

use crate::Sandbox;

/// The middleware.
pub async fn layer(State(s): State<Arc<Sandbox>>, req: Request, next: Next) -> Response {
    let path = req.uri().path().to_owned();
    if path.starts_with("/_sandbox/") {
        return stamp(&s, next.run(req).await);
    }
    let n = s.calls.fetch_add(1, Ordering::SeqCst) + 1;
    log(&format!("call {n}: {} {path}", req.method()));
    let f = &s.config.faults;
    if f.delay_ms > 0 {
        tokio::time::sleep(Duration::from_millis(f.delay_ms)).await;
    }
    if f.stall_nth.contains(&n) {
        log(&format!("call {n}: stalled on purpose"));
        std::future::pending::<()>().await;
    }
    if f.drop_nth.contains(&n) {
        log(&format!("call {n}: connection dropped on purpose"));
        // Ends this connection's task without an answer; the server keeps running.
        std::panic::resume_unwind(Box::new("connection dropped on purpose"));
    }
    let resp = if f.fail_nth.contains(&n) {
        internal_error(&path)
    } else if let Some(mode) = &f.misbehave {
        misbehave(mode, &path)
    } else {
        next.run(req).await
    };
    log(&format!("call {n}: -> {}", resp.status().as_u16()));
    stamp(&s, resp)
}

fn log(line: &str) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "sandbox: {line}");
    let _ = out.flush();
}

/// Sets the `Date` header from the server's (possibly offset) clock.
fn stamp(s: &Sandbox, mut resp: Response) -> Response {
    if let Ok(v) = HeaderValue::from_str(&httpdate::fmt_http_date(s.now())) {
        resp.headers_mut().insert(header::DATE, v);
    }
    resp
}

/// A 500 in the shape of the family that owns `path`.
fn internal_error(path: &str) -> Response {
    let body = if crate::auth::owns(path) {
        json!({"code": "AUT-0005", "title": "Internal Server Error",
               "message": "The server encountered an unexpected error (injected by the sandbox)."})
    } else if path.starts_with("/mfa/") {
        json!({"success": false, "error": "Failed to setup MFA"})
    } else if path.starts_with("/v1/users/me/") {
        json!({"code": "internal", "message": "internal error (injected by the sandbox)"})
    } else {
        json!({"code": "IDE-0006", "title": "Internal Server Error",
               "message": "The server encountered an unexpected error (injected by the sandbox)."})
    };
    (StatusCode::INTERNAL_SERVER_ERROR, Json(body)).into_response()
}

fn misbehave(mode: &str, path: &str) -> Response {
    match mode {
        "huge-body" => {
            let pad = "a".repeat(10 * 1024 * 1024);
            (
                [(header::CONTENT_TYPE, "application/json")],
                format!("{{\"pad\":\"{pad}\"}}"),
            )
                .into_response()
        }
        "redirect" => (
            StatusCode::TEMPORARY_REDIRECT,
            [(header::LOCATION, format!("http://elsewhere.invalid{path}"))],
        )
            .into_response(),
        "html-502" => (
            StatusCode::BAD_GATEWAY,
            [(header::CONTENT_TYPE, "text/html")],
            "<html><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>",
        )
            .into_response(),
        "missing-fields" => Json(json!({})).into_response(),
        "wrong-content-type" => (
            [(header::CONTENT_TYPE, "text/plain")],
            "{\"verified\":true}",
        )
            .into_response(),
        other => (
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("unknown misbehave mode {other}"),
        )
            .into_response(),
    }
}
