//! What the identity clients report: [`ServerError`] (a server's refusal in its own
//! words, with what to do next and a stable code) and [`IdentityError`] (every failure,
//! transport and contract included). No message holds a token, secret or code.

use std::fmt;

use serde_json::Value;

use super::Family;

/// An error answer from a server, in its own words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerError {
    /// HTTP status.
    pub status: u16,
    /// The server's machine-readable code (`IDE-0040`, `tenant_mismatch`), if any.
    pub code: Option<String>,
    /// The server's title, if any.
    pub title: Option<String>,
    /// The server's message.
    pub message: String,
}

impl ServerError {
    /// Reads an error body of any family: `{code,title,message}`, `{code,message}` or
    /// `{success:false,error}`. Text is cleaned of control characters and shortened.
    pub fn from_body(status: u16, body: &Value) -> Self {
        let text = |k: &str| body.get(k).and_then(Value::as_str).map(clean);
        ServerError {
            status,
            code: text("code"),
            title: text("title"),
            message: text("message")
                .or_else(|| text("error"))
                .unwrap_or_else(|| "(no message)".into()),
        }
    }

    /// What the user should do, for the codes we know; and the stable code.
    fn advice(&self) -> (&'static str, &'static str) {
        let code = self.code.as_deref().unwrap_or("");
        let msg = self.message.to_ascii_lowercase();
        match (code, self.status) {
            ("IDE-0040", _) | ("already_enrolled", _) | (_, 409) => (
                "identity.already_enabled",
                "MFA is already enabled for this user",
            ),
            _ if msg.contains("already enabled") => (
                "identity.already_enabled",
                "MFA is already enabled for this user",
            ),
            ("IDE-0041", _) | ("invalid_code", _) => (
                "identity.passcode_rejected",
                "the server rejected the passcode: check the clock (`mfa-companion doctor`) or the code you typed, then try again",
            ),
            _ if msg.contains("verification failed") => (
                "identity.passcode_rejected",
                "the server rejected the passcode: check the clock (`mfa-companion doctor`), then try again",
            ),
            ("IDE-0042", _) => (
                "identity.not_verified",
                "the server has not verified a passcode for this setup yet",
            ),
            ("IDE-0043", _) | ("not_found", _) => (
                "identity.setup_missing",
                "the server has no MFA setup in progress for this user: discard this enrollment and start again",
            ),
            ("IDE-0046", _) => (
                "identity.recovery_rejected",
                "the server did not accept the recovery code",
            ),
            ("IDE-1003", _) => (
                "identity.unknown_user",
                "the server does not know this user id: check the profile's --user",
            ),
            ("IDE-0003", _) => (
                "identity.bad_user_id",
                "the server says the user id is malformed: check the profile's --user",
            ),
            ("IDE-0044", _) => (
                "identity.bad_type",
                "the server does not offer this MFA type",
            ),
            ("AUT-1005", _) => (
                "signin.signed_out",
                "the server refused the refresh token (the session ended): sign in again with `mfa-companion login`",
            ),
            ("IDE-0001" | "IDE-0004" | "IDE-0007" | "AUT-0001" | "AUT-0013" | "AUT-0014" | "AUT-1001", _) => (
                "identity.request_rejected",
                "the server did not accept the request's shape (this app and the server may speak different API versions)",
            ),
            ("tenant_mismatch", _) => (
                "identity.tenant_mismatch",
                "the profile's tenant id and the token belong to different tenants: check --tenant or the token",
            ),
            (_, 401) => (
                "identity.unauthorized",
                "the server did not accept the token: store a fresh one (Servers, Edit in the window; `mfa-companion server add` with the same name and --replace)",
            ),
            (_, 403) => ("identity.forbidden", "the server refused this for this user"),
            (_, 404) => ("identity.not_found", "the server has no such resource: check the profile's URL"),
            (_, s) if s >= 500 => (
                "identity.server_failed",
                "the server failed: try again later",
            ),
            _ => ("identity.server_error", "the server refused the request"),
        }
    }
}

pub(crate) fn clean(s: &str) -> String {
    let mut out: String = s
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(400)
        .collect();
    if s.chars().count() > 400 {
        out.push('…');
    }
    out
}

impl fmt::Display for ServerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (_, advice) = self.advice();
        write!(f, "{advice}: the server answered {}", self.status)?;
        if let Some(c) = &self.code {
            write!(f, " {c}")?;
        }
        if let Some(t) = &self.title {
            write!(f, " {t}")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Everything the identity clients can report. Messages never hold a token, secret or
/// recovery code.
#[non_exhaustive]
#[derive(Debug, thiserror::Error)]
pub enum IdentityError {
    /// A URL that is not usable.
    #[error("the server URL {url:?} is not usable: {reason}")]
    BadUrl {
        /// the URL as given
        url: String,
        /// why
        reason: String,
    },
    /// `http://` to a host that is not loopback.
    #[error("refusing plain http:// to {url}: tokens and secrets would cross the network unencrypted; use https:// (http is allowed only for 127.0.0.1, localhost and [::1])")]
    InsecureUrl {
        /// the URL as given
        url: String,
    },
    /// An empty or malformed token.
    #[error("the token is empty or malformed: paste the bearer token alone, on one line")]
    BadToken,
    /// A profile missing what its family needs.
    #[error("invalid server profile: {reason}")]
    BadProfile {
        /// what is wrong
        reason: String,
    },
    /// An MFA type the family does not have.
    #[error("{given:?} is not an MFA type of the {} API: use {}", family.as_str(), match family {
        Family::Lerian => "app, email or sms",
        Family::Flashback => "GOOGLE_AUTH, MAGIC_LINK or PASSKEY",
        Family::Tenant => "totp",
    })]
    WrongType {
        /// the family
        family: Family,
        /// what was asked for
        given: String,
    },
    /// The server could not be reached.
    #[error("cannot reach {url}: {detail}; check the URL and your network, then try again")]
    Connect {
        /// the URL called
        url: String,
        /// the transport's words
        detail: String,
    },
    /// No complete answer within the timeout.
    #[error("{url} did not answer within {secs} s; the server may be down or overloaded, try again later")]
    Timeout {
        /// the URL called
        url: String,
        /// the total timeout
        secs: u64,
    },
    /// A body over [`http::MAX_BODY`].
    #[error("{url} sent a response larger than 1 MiB, which no identity API needs: refusing to read it (is the URL right?)")]
    TooLarge {
        /// the URL called
        url: String,
    },
    /// A redirect to another host (or to plain http).
    #[error("{url} redirected to {to}, another host: refusing to send the token there; check the profile's URL")]
    Redirect {
        /// the URL called
        url: String,
        /// where it pointed
        to: String,
    },
    /// A body that is not JSON.
    #[error("{url} answered HTTP {status} with {content_type} instead of JSON: {}", if *status >= 500 { "the identity service or a proxy in front of it is failing, try again later" } else { "is the URL that of the identity API?" })]
    NotJson {
        /// the URL called
        url: String,
        /// the HTTP status
        status: u16,
        /// the content type received
        content_type: String,
    },
    /// JSON that does not have what the contract promises.
    #[error("{url} sent an answer this app does not understand: {detail}")]
    Malformed {
        /// the URL called
        url: String,
        /// what is wrong (never a value)
        detail: String,
    },
    /// An error answer from the server.
    #[error("{0}")]
    Server(ServerError),
    /// Something the family's API does not offer.
    #[error("{what}")]
    Unsupported {
        /// what and why
        what: String,
    },
}

impl IdentityError {
    /// The stable code.
    pub fn code(&self) -> &'static str {
        match self {
            IdentityError::BadUrl { .. } => "identity.bad_url",
            IdentityError::InsecureUrl { .. } => "identity.insecure_url",
            IdentityError::BadToken => "identity.bad_token",
            IdentityError::BadProfile { .. } => "identity.bad_profile",
            IdentityError::WrongType { .. } => "identity.bad_type",
            IdentityError::Connect { .. } => "identity.connect",
            IdentityError::Timeout { .. } => "identity.timeout",
            IdentityError::TooLarge { .. } => "identity.too_large",
            IdentityError::Redirect { .. } => "identity.redirect",
            IdentityError::NotJson { .. } => "identity.not_json",
            IdentityError::Malformed { .. } => "identity.malformed",
            IdentityError::Server(e) => e.advice().0,
            IdentityError::Unsupported { .. } => "identity.unsupported",
        }
    }

    /// Whether retrying later may help (network trouble, 5xx), as opposed to a refusal.
    pub fn is_transient(&self) -> bool {
        match self {
            IdentityError::Connect { .. } | IdentityError::Timeout { .. } => true,
            IdentityError::NotJson { status, .. } => *status >= 500,
            IdentityError::Server(e) => e.status >= 500,
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn server(status: u16, body: Value) -> IdentityError {
        IdentityError::Server(ServerError::from_body(status, &body))
    }

    #[test]
    fn every_documented_server_error_maps_to_a_stable_code_and_keeps_the_servers_words() {
        let lerian = |code: &str, status: u16| {
            server(
                status,
                json!({"code": code, "title": "T", "message": "server words"}),
            )
        };
        for (code, status, ours) in [
            ("IDE-0001", 400, "identity.request_rejected"),
            ("IDE-0003", 400, "identity.bad_user_id"),
            ("IDE-0004", 400, "identity.request_rejected"),
            ("IDE-0006", 500, "identity.server_failed"),
            ("IDE-0007", 400, "identity.request_rejected"),
            ("IDE-0040", 400, "identity.already_enabled"),
            ("IDE-0041", 400, "identity.passcode_rejected"),
            ("IDE-0042", 400, "identity.not_verified"),
            ("IDE-0043", 400, "identity.setup_missing"),
            ("IDE-0044", 400, "identity.bad_type"),
            ("IDE-0045", 500, "identity.server_failed"),
            ("IDE-0046", 400, "identity.recovery_rejected"),
            ("IDE-1003", 404, "identity.unknown_user"),
            ("IDE-9999", 400, "identity.server_error"),
        ] {
            let e = lerian(code, status);
            assert_eq!(e.code(), ours, "{code}");
            let text = e.to_string();
            assert!(
                text.contains(code) && text.contains("server words"),
                "{text}"
            );
        }
        let e = lerian("IDE-0040", 400).to_string();
        assert!(
            e.starts_with("MFA is already enabled for this user: "),
            "{e}"
        );
        let t = server(
            403,
            json!({"code": "tenant_mismatch", "message": "m", "notices": ["n"]}),
        );
        assert_eq!(t.code(), "identity.tenant_mismatch");
        assert_eq!(
            server(
                409,
                json!({"code": "x", "message": "TOTP already enrolled"})
            )
            .code(),
            "identity.already_enabled"
        );
        assert_eq!(
            server(401, json!({"code": "unauthenticated", "message": "m"})).code(),
            "identity.unauthorized"
        );
        let f = server(
            400,
            json!({"success": false, "error": "Invalid MFA type specified"}),
        );
        assert!(f.to_string().ends_with("Invalid MFA type specified"));
        let f = server(
            400,
            json!({"success": false, "error": "MFA setup verification failed"}),
        );
        assert_eq!(f.code(), "identity.passcode_rejected");
    }

    #[test]
    fn server_text_is_cleaned_and_bounded() {
        let long = "x".repeat(5000);
        let e = ServerError::from_body(400, &json!({"message": format!("a\u{1b}[31mb\n{long}")}));
        assert!(!e.message.contains('\u{1b}') && !e.message.contains('\n'));
        assert!(e.message.chars().count() <= 401);
    }
}
