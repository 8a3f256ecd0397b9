//! What the identity clients report: [`ServerError`] (a server's refusal in its own
//! words, with what to do next and a stable code) and [`IdentityError`] (every failure,
//! transport and contract included). No message holds a token, secret or code.

use std::fmt;

use crate::i18n::{Localized, Message};

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
    /// The server's message (empty when it sent none).
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
                .unwrap_or_default(),
        }
    }

    /// What the user should do, for the codes we know; and the stable code.
    fn advice(&self) -> (&'static str, Message) {
        let code = self.code.as_deref().unwrap_or("");
        let msg = self.message.to_ascii_lowercase();
        match (code, self.status) {
            ("IDE-0040", _) | ("already_enrolled", _) | (_, 409) => (
                "identity.already_enabled",
                Message::new("server-already-enabled"),
            ),
            _ if msg.contains("already enabled") => (
                "identity.already_enabled",
                Message::new("server-already-enabled"),
            ),
            ("IDE-0041", _) | ("invalid_code", _) => (
                "identity.passcode_rejected",
                Message::new("server-passcode-rejected"),
            ),
            _ if msg.contains("verification failed") => (
                "identity.passcode_rejected",
                Message::new("server-verification-failed"),
            ),
            ("IDE-0042", _) => ("identity.not_verified", Message::new("server-not-verified")),
            ("IDE-0043", _) | ("not_found", _) => (
                "identity.setup_missing",
                Message::new("server-setup-missing"),
            ),
            ("IDE-0046", _) => (
                "identity.recovery_rejected",
                Message::new("server-recovery-rejected"),
            ),
            ("IDE-1003", _) => ("identity.unknown_user", Message::new("server-unknown-user")),
            ("IDE-0003", _) => ("identity.bad_user_id", Message::new("server-bad-user-id")),
            ("IDE-0044", _) => ("identity.bad_type", Message::new("server-bad-type")),
            ("AUT-1005", _) => ("signin.signed_out", Message::new("server-signed-out")),
            (
                "IDE-0001" | "IDE-0004" | "IDE-0007" | "AUT-0001" | "AUT-0013" | "AUT-0014"
                | "AUT-1001",
                _,
            ) => (
                "identity.request_rejected",
                Message::new("server-request-rejected"),
            ),
            ("tenant_mismatch", _) => (
                "identity.tenant_mismatch",
                Message::new("server-tenant-mismatch"),
            ),
            (_, 401) => ("identity.unauthorized", Message::new("server-unauthorized")),
            (_, 403) => ("identity.forbidden", Message::new("server-forbidden")),
            (_, 404) => ("identity.not_found", Message::new("server-not-found")),
            (_, s) if s >= 500 => ("identity.server_failed", Message::new("server-failed")),
            _ => ("identity.server_error", Message::new("server-error")),
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
        crate::i18n::english(self, f)
    }
}

impl Localized for ServerError {
    /// What to do, then the server's own words as they are (code, title, message: never
    /// interpreted, never translated).
    fn message(&self) -> Message {
        let (_, advice) = self.advice();
        let mut details = String::new();
        for part in [&self.code, &self.title].into_iter().flatten() {
            details.push(' ');
            details.push_str(part);
        }
        let answer = Message::new("server-answered")
            .nested("advice", advice)
            .arg("status", self.status)
            .arg("details", details);
        if self.message.is_empty() {
            answer.nested("message", Message::new("server-no-message"))
        } else {
            answer.arg("message", self.message.clone())
        }
    }
}

/// Why a URL or a profile is not usable: a catalogue message (names and values as
/// given, a parser's technical detail), formatted in the language of the error's.
#[derive(Clone)]
pub struct Reason(Message);

impl Reason {
    /// The reason `message` says.
    pub fn new(message: Message) -> Self {
        Reason(message)
    }

    /// A technical detail shown as it is (a URL parser's words).
    pub fn detail(text: impl fmt::Display) -> Self {
        Reason(Message::as_is(text.to_string()))
    }

    /// The message.
    pub fn message(&self) -> Message {
        self.0.clone()
    }
}

impl fmt::Debug for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.0.english())
    }
}

/// What a family's API does not offer.
#[derive(Debug, Clone)]
pub enum NotOffered {
    /// A separate enable step (only Lerian has one).
    EnableStep,
    /// A status call (the tenant-scoped API has none).
    StatusCall,
    /// A request body that could not be encoded.
    Encoding {
        /// the encoder's words (never a value)
        detail: String,
    },
}

/// Everything the identity clients can report. Messages never hold a token, secret or
/// recovery code.
#[non_exhaustive]
#[derive(Debug, thiserror::Error)]
pub enum IdentityError {
    /// A URL that is not usable.
    #[error("{}", self.english())]
    BadUrl {
        /// the URL as given
        url: String,
        /// why
        reason: Reason,
    },
    /// `http://` to a host that is not loopback.
    #[error("{}", self.english())]
    InsecureUrl {
        /// the URL as given
        url: String,
    },
    /// An empty or malformed token.
    #[error("{}", self.english())]
    BadToken,
    /// A profile missing what its family needs.
    #[error("{}", self.english())]
    BadProfile {
        /// what is wrong
        reason: Reason,
    },
    /// An MFA type the family does not have.
    #[error("{}", self.english())]
    WrongType {
        /// the family
        family: Family,
        /// what was asked for
        given: String,
    },
    /// The server could not be reached.
    #[error("{}", self.english())]
    Connect {
        /// the URL called
        url: String,
        /// the transport's words
        detail: String,
    },
    /// No complete answer within the timeout.
    #[error("{}", self.english())]
    Timeout {
        /// the URL called
        url: String,
        /// the total timeout
        secs: u64,
    },
    /// A body over [`http::MAX_BODY`].
    #[error("{}", self.english())]
    TooLarge {
        /// the URL called
        url: String,
    },
    /// A redirect to another host (or to plain http).
    #[error("{}", self.english())]
    Redirect {
        /// the URL called
        url: String,
        /// where it pointed
        to: String,
    },
    /// A body that is not JSON.
    #[error("{}", self.english())]
    NotJson {
        /// the URL called
        url: String,
        /// the HTTP status
        status: u16,
        /// the content type received
        content_type: String,
    },
    /// JSON that does not have what the contract promises.
    #[error("{}", self.english())]
    Malformed {
        /// the URL called
        url: String,
        /// what is wrong (never a value)
        detail: Reason,
    },
    /// An error answer from the server.
    #[error("{}", self.english())]
    Server(ServerError),
    /// Something the family's API does not offer.
    #[error("{}", self.english())]
    Unsupported {
        /// what
        what: NotOffered,
    },
}

impl Localized for IdentityError {
    fn message(&self) -> Message {
        use IdentityError as E;
        match self {
            E::BadUrl { url, reason } => Message::new("identity-bad-url")
                .arg("url", format!("{url:?}"))
                .nested("reason", reason.0.clone()),
            E::InsecureUrl { url } => Message::new("identity-insecure-url").arg("url", url.clone()),
            E::BadToken => Message::new("identity-bad-token"),
            E::BadProfile { reason } => {
                Message::new("identity-bad-profile").nested("reason", reason.0.clone())
            }
            E::WrongType { family, given } => Message::new("identity-wrong-type")
                .arg("given", format!("{given:?}"))
                .arg("family", family.as_str()),
            E::Connect { url, detail } => Message::new("identity-connect")
                .arg("url", url.clone())
                .arg("detail", detail.clone()),
            E::Timeout { url, secs } => Message::new("identity-timeout")
                .arg("url", url.clone())
                .arg("secs", *secs),
            E::TooLarge { url } => Message::new("identity-too-large").arg("url", url.clone()),
            E::Redirect { url, to } => Message::new("identity-redirect")
                .arg("url", url.clone())
                .arg("to", to.clone()),
            E::NotJson {
                url,
                status,
                content_type,
            } => if *status >= 500 {
                Message::new("identity-not-json-failing")
            } else {
                Message::new("identity-not-json")
            }
            .arg("url", url.clone())
            .arg("status", *status)
            .arg("type", content_type.clone()),
            E::Malformed { url, detail } => Message::new("identity-malformed")
                .arg("url", url.clone())
                .nested("detail", detail.message()),
            E::Server(e) => e.message(),
            E::Unsupported { what } => match what {
                NotOffered::EnableStep => Message::new("identity-no-enable-step"),
                NotOffered::StatusCall => Message::new("identity-no-status-call"),
                NotOffered::Encoding { detail } => {
                    Message::new("identity-cannot-encode").arg("detail", detail.clone())
                }
            },
        }
    }
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
#[path = "error_tests.rs"]
mod tests;
