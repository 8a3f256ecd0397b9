//! The `/_sandbox/` views of sign-in state for tests (not API calls): a user's sessions,
//! revoking all of a user's tokens, and counts of spent and unspent recovery codes.

use std::sync::Arc;

use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::json;

use super::now_ms;
use crate::Sandbox;

/// `?user=ID`.
#[derive(serde::Deserialize)]
pub struct UserQuery {
    user: String,
}

/// `GET /_sandbox/sessions?user=ID`.
pub async fn sessions(State(s): State<Arc<Sandbox>>, Query(q): Query<UserQuery>) -> Response {
    let views = s.state().auth.of_user(&q.user, now_ms(&s));
    let live = views.iter().filter(|v| !v.revoked && !v.expired).count();
    let list: Vec<_> = views
        .iter()
        .map(|v| json!({"rememberDevice": v.remember_device, "revoked": v.revoked, "expired": v.expired}))
        .collect();
    Json(json!({"live": live, "sessions": list})).into_response()
}

/// `POST /_sandbox/revoke?user=ID`: revokes every token of that user.
pub async fn revoke(State(s): State<Arc<Sandbox>>, Query(q): Query<UserQuery>) -> Response {
    s.state().auth.revoke_user(&q.user);
    Json(json!({"revoked": true})).into_response()
}

/// `POST /_sandbox/revoke-access?user=ID`: revokes that user's access (and id) tokens
/// only; their refresh tokens still work.
pub async fn revoke_access(State(s): State<Arc<Sandbox>>, Query(q): Query<UserQuery>) -> Response {
    s.state().auth.revoke_access(&q.user);
    Json(json!({"revoked": "access"})).into_response()
}

/// `GET /_sandbox/recovery?user=ID`.
pub async fn recovery(State(s): State<Arc<Sandbox>>, Query(q): Query<UserQuery>) -> Response {
    let (unspent, spent) = s
        .state()
        .lerian
        .get(&q.user.to_ascii_lowercase())
        .map(|u| u.recovery_counts())
        .unwrap_or((0, 0));
    Json(json!({"unspent": unspent, "spent": spent})).into_response()
}
