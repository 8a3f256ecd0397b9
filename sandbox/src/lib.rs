//! The identity sandbox: a real HTTP server that answers the three identity API families
//! (Lerian Identity, Flashback, tenant-scoped TOTP) the way `../shared/api/CONTRACTS.md`
//! describes them, so the client can be tested over real HTTP.
//!
//! It is an independent witness: it shares no request/response types, parsers or
//! constants with the MFA Companion client. A misreading of the contract on one side shows
//! up as a failing test instead of a matching bug.
//!
//! Module map: [`config`] (identities and test switches), [`otp`] (its own TOTP check),
//! [`faults`] (clock offset, delay, failing/dropping/stalling calls, misbehaving
//! responses), and one module per API family: [`lerian`], [`flashback`], [`tenant`], and
//! [`auth`] (the Lerian Auth plugin's sign-in, served at the root and under `/auth`).

#![forbid(unsafe_code)]
// Handlers return early with a ready `Response` as the error; boxing it buys nothing here.
#![allow(clippy::result_large_err)]

pub mod auth;
pub mod config;
pub mod faults;
pub mod flashback;
pub mod lerian;
pub mod otp;
pub mod tenant;

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::atomic::AtomicU64;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, SystemTime};

use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::json;

pub use config::{Config, Faults};

/// The running server's shared state.
pub struct Sandbox {
    /// Identities and test switches.
    pub config: Config,
    /// How many API calls have been received (the `/_sandbox` endpoints do not count).
    pub calls: AtomicU64,
    state: Mutex<Memory>,
}

/// What the server remembers between calls.
#[derive(Default)]
pub struct Memory {
    /// Lerian MFA state per user id (lowercase).
    pub lerian: HashMap<String, lerian::UserMfa>,
    /// Flashback MFA state per email.
    pub flashback: HashMap<String, flashback::UserMfa>,
    /// Tenant API enrollment per tenant id (lowercase).
    pub tenant: HashMap<String, tenant::Enrollment>,
    /// The last passcode "sent" by email or SMS, per Lerian user id, so tests and people
    /// trying the sandbox can read it from `GET /_sandbox/outbox?user=ID`.
    pub outbox: HashMap<String, String>,
    /// Every secret, recovery code and passcode handed out, so tests can check none of
    /// them leaks into a client's output or logs.
    pub issued: Vec<String>,
    /// Sign-in sessions, tokens and pending MFA challenges of the Auth plugin.
    pub auth: auth::Sessions,
    /// Every access, refresh, id and mfa token the Auth plugin handed out.
    pub issued_tokens: Vec<String>,
}

impl Sandbox {
    /// A sandbox with this configuration.
    pub fn new(config: Config) -> Arc<Self> {
        Arc::new(Sandbox {
            config,
            calls: AtomicU64::new(0),
            state: Mutex::new(Memory::default()),
        })
    }

    /// The server's clock: the system clock moved by the configured offset.
    pub fn now(&self) -> SystemTime {
        let offset = self.config.faults.clock_offset_secs;
        let now = SystemTime::now();
        if offset >= 0 {
            now + Duration::from_secs(offset.unsigned_abs())
        } else {
            now - Duration::from_secs(offset.unsigned_abs())
        }
    }

    /// The server's clock in Unix seconds.
    pub fn unix_now(&self) -> u64 {
        self.now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0)
    }

    /// The mutable state. A poisoned lock (a dropped connection panics on purpose) is
    /// still usable: no handler leaves the state half-changed.
    pub fn state(&self) -> MutexGuard<'_, Memory> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// The whole HTTP application.
pub fn router(sandbox: Arc<Sandbox>) -> Router {
    Router::new()
        .merge(lerian::routes())
        .merge(flashback::routes())
        .merge(tenant::routes())
        .merge(auth::routes())
        .nest("/auth", auth::routes())
        .route("/_sandbox/outbox", get(outbox))
        .route("/_sandbox/sessions", get(auth::testing::sessions))
        .route("/_sandbox/revoke", post(auth::testing::revoke))
        .route(
            "/_sandbox/revoke-access",
            post(auth::testing::revoke_access),
        )
        .route("/_sandbox/recovery", get(auth::testing::recovery))
        .layer(axum::middleware::from_fn_with_state(
            sandbox.clone(),
            faults::layer,
        ))
        .with_state(sandbox)
}

#[derive(serde::Deserialize)]
struct OutboxQuery {
    user: String,
}

async fn outbox(State(s): State<Arc<Sandbox>>, Query(q): Query<OutboxQuery>) -> Response {
    match s.state().outbox.get(&q.user.to_ascii_lowercase()) {
        Some(code) => Json(json!({ "user": q.user, "passcode": code })).into_response(),
        None => (
            axum::http::StatusCode::NOT_FOUND,
            Json(json!({ "error": "nothing sent to this user yet" })),
        )
            .into_response(),
    }
}

/// Serves on an already bound listener until the process ends.
pub async fn serve(
    listener: tokio::net::TcpListener,
    sandbox: Arc<Sandbox>,
) -> std::io::Result<()> {
    axum::serve(listener, router(sandbox)).await
}

/// Binds `127.0.0.1:port` (port 0 picks a free one) and serves in a background task;
/// returns the bound address. For tests.
pub async fn spawn(config: Config, port: u16) -> std::io::Result<SocketAddr> {
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
    let addr = listener.local_addr()?;
    let sandbox = Sandbox::new(config);
    tokio::spawn(async move {
        let _ = serve(listener, sandbox).await;
    });
    Ok(addr)
}

/// Starts a sandbox on a free port in a background thread with its own runtime; for
/// tests that drive the client as a separate process. Returns its base URL and state.
pub fn start_in_background(config: Config) -> std::io::Result<(String, Arc<Sandbox>)> {
    let listener = std::net::TcpListener::bind(("127.0.0.1", 0))?;
    listener.set_nonblocking(true)?;
    let addr = listener.local_addr()?;
    let sandbox = Sandbox::new(config.with_defaults());
    let shared = sandbox.clone();
    std::thread::spawn(move || {
        // Two workers, like the binary's runtime, so a slow handler never delays others.
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build();
        if let Ok(rt) = rt {
            rt.block_on(async move {
                if let Ok(l) = tokio::net::TcpListener::from_std(listener) {
                    let _ = serve(l, shared).await;
                }
            });
        }
    });
    Ok((format!("http://{addr}"), sandbox))
}

/// Random bytes from the OS.
pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut b = [0u8; N];
    getrandom::fill(&mut b).expect("the OS random source is available");
    b
}

/// A fresh random uuid (version 4), lowercase.
pub fn random_uuid() -> String {
    let mut b = random_bytes::<16>();
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h = data_encoding::HEXLOWER.encode(&b);
    format!(
        "{}-{}-{}-{}-{}",
        &h[0..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..32]
    )
}

/// Whether `s` looks like a uuid (8-4-4-4-12 hex digits).
pub fn is_uuid(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    parts.len() == 5
        && parts
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(p, n)| p.len() == n && p.bytes().all(|c| c.is_ascii_hexdigit()))
}

/// The bearer token of a request, if any.
pub fn bearer(headers: &axum::http::HeaderMap) -> Option<&str> {
    let v = headers
        .get(axum::http::header::AUTHORIZATION)?
        .to_str()
        .ok()?;
    let (scheme, token) = v.split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| token.trim())
}
