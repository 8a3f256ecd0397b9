//! What signing in can report, each with a stable code and what to do next. A refusal
//! keeps the server's own code, title and message. No message holds a password, token,
//! passcode or recovery code.

use crate::error::Coded;
use crate::i18n::{Localized, Message};
use crate::identity::{IdentityError, ServerError};
use crate::storage::{KeychainError, StorageError, VaultError};

/// Everything signing in can report.
#[non_exhaustive]
#[derive(Debug, thiserror::Error)]
pub enum SignInError {
    /// The profile has no `--auth-url`/`--login`.
    #[error("{}", self.english())]
    NotASignInProfile {
        /// the profile
        name: String,
    },
    /// No session, or the session ended (refresh refused, signed out elsewhere).
    #[error("{}", self.english())]
    SignedOut {
        /// the profile
        name: String,
        /// why (never a token)
        why: String,
    },
    /// The server refused the username or password.
    #[error("{}", self.english())]
    CredentialsRefused {
        /// the profile
        name: String,
        /// the server's words
        server: ServerError,
    },
    /// The challenge's `mfaToken` expired (or was already used).
    #[error("{}", self.english())]
    ChallengeExpired {
        /// the profile
        name: String,
        /// the server's words
        server: ServerError,
    },
    /// The server refused the passcode.
    #[error("{}", self.english())]
    PasscodeRefused {
        /// the profile
        name: String,
        /// the server's words
        server: ServerError,
    },
    /// The server refused the recovery code (it stays marked used: the server may have
    /// counted it).
    #[error("{}", self.english())]
    RecoveryRefused {
        /// the profile
        name: String,
        /// unused codes left
        left: usize,
        /// the server's words
        server: ServerError,
    },
    /// The server wants an authenticator code but no account here was enrolled with it.
    #[error("{}", self.english())]
    NoAppAccount {
        /// the profile
        name: String,
    },
    /// No recovery codes are stored for the profile.
    #[error("{}", self.english())]
    NoRecoveryCodes {
        /// the profile
        name: String,
    },
    /// Every stored recovery code is used.
    #[error("{}", self.english())]
    RecoveryExhausted {
        /// the profile
        name: String,
    },
    /// A passcode was needed and none was given.
    #[error("{}", self.english())]
    NoPasscode,
    /// The session lock could not be taken.
    #[error("{}", self.english())]
    Lock {
        /// the lock file
        path: std::path::PathBuf,
        /// why
        source: std::io::Error,
    },
    /// Any other identity failure (network, timeout, hostile answers, 5xx).
    #[error(transparent)]
    Identity(#[from] IdentityError),
    /// Storage failed (vault, keychain, profile file).
    #[error(transparent)]
    Storage(#[from] StorageError),
}

impl Localized for SignInError {
    fn message(&self) -> Message {
        use SignInError as E;
        match self {
            E::NotASignInProfile { name } => {
                Message::new("signin-not-a-signin-profile").arg("name", name.clone())
            }
            E::SignedOut { name, why } => Message::new("signin-signed-out")
                .arg("name", name.clone())
                .arg("why", why.clone()),
            E::CredentialsRefused { name, server } => Message::new("signin-credentials-refused")
                .arg("name", name.clone())
                .nested("server", server.message()),
            E::ChallengeExpired { name, server } => Message::new("signin-challenge-expired")
                .arg("name", name.clone())
                .nested("server", server.message()),
            E::PasscodeRefused { name, server } => Message::new("signin-passcode-refused")
                .arg("name", name.clone())
                .nested("server", server.message()),
            E::RecoveryRefused { name, left, server } => Message::new("signin-recovery-refused")
                .arg("name", name.clone())
                .arg("left", *left)
                .nested("server", server.message()),
            E::NoAppAccount { name } => {
                Message::new("signin-no-app-account").arg("name", name.clone())
            }
            E::NoRecoveryCodes { name } => {
                Message::new("signin-no-recovery-codes").arg("name", name.clone())
            }
            E::RecoveryExhausted { name } => {
                Message::new("signin-recovery-exhausted").arg("name", name.clone())
            }
            E::NoPasscode => Message::new("signin-no-passcode"),
            E::Lock { path, source } => Message::new("signin-lock")
                .arg("path", path.display().to_string())
                .arg("error", source.to_string()),
            E::Identity(e) => e.message(),
            E::Storage(e) => e.message(),
        }
    }
}

impl From<KeychainError> for SignInError {
    fn from(e: KeychainError) -> Self {
        SignInError::Storage(e.into())
    }
}

impl From<VaultError> for SignInError {
    fn from(e: VaultError) -> Self {
        SignInError::Storage(e.into())
    }
}

/// Whether a refusal says the challenge expired (no code is documented for it).
pub(crate) fn says_expired(s: &ServerError) -> bool {
    let text = format!(
        "{} {}",
        s.title.as_deref().unwrap_or(""),
        s.message.to_ascii_lowercase()
    )
    .to_ascii_lowercase();
    text.contains("expired")
}

/// A 4xx refusal (not a transport failure or a 5xx), with the server's words.
fn refusal(e: &IdentityError) -> Option<&ServerError> {
    match e {
        IdentityError::Server(s) if (400..500).contains(&s.status) => Some(s),
        _ => None,
    }
}

impl SignInError {
    /// A failure of the password grant.
    pub fn at_password(name: &str, e: IdentityError) -> Self {
        match refusal(&e) {
            Some(s) if s.code.as_deref() != Some("AUT-0001") => SignInError::CredentialsRefused {
                name: name.into(),
                server: s.clone(),
            },
            _ => e.into(),
        }
    }

    /// A failure of the email/SMS challenge request.
    pub fn at_challenge(name: &str, e: IdentityError) -> Self {
        match refusal(&e) {
            Some(s) if says_expired(s) || s.status == 401 => SignInError::ChallengeExpired {
                name: name.into(),
                server: s.clone(),
            },
            _ => e.into(),
        }
    }

    /// A failure of the challenge's answer (`left`: unused recovery codes, when one was
    /// sent).
    pub fn at_verify(name: &str, e: IdentityError, left: Option<usize>) -> Self {
        let Some(s) = refusal(&e) else {
            return e.into();
        };
        let (name, server) = (name.to_owned(), s.clone());
        match left {
            _ if says_expired(s) => SignInError::ChallengeExpired { name, server },
            Some(left) => SignInError::RecoveryRefused { name, left, server },
            None => SignInError::PasscodeRefused { name, server },
        }
    }
}

impl Coded for SignInError {
    fn code(&self) -> &'static str {
        match self {
            SignInError::NotASignInProfile { .. } => "signin.not_a_signin_profile",
            SignInError::SignedOut { .. } => "signin.signed_out",
            SignInError::CredentialsRefused { .. } => "signin.credentials_rejected",
            SignInError::ChallengeExpired { .. } => "signin.challenge_expired",
            SignInError::PasscodeRefused { .. } => "signin.passcode_rejected",
            SignInError::RecoveryRefused { .. } => "signin.recovery_rejected",
            SignInError::NoAppAccount { .. } => "signin.no_app_account",
            SignInError::NoRecoveryCodes { .. } => "signin.no_recovery_codes",
            SignInError::RecoveryExhausted { .. } => "signin.recovery_exhausted",
            SignInError::NoPasscode => "signin.no_passcode",
            SignInError::Lock { .. } => "io.lock",
            SignInError::Identity(e) => e.code(),
            SignInError::Storage(e) => e.code(),
        }
    }
    fn text(&self) -> String {
        self.message().text()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn server(status: u16, code: &str, message: &str) -> IdentityError {
        IdentityError::Server(ServerError::from_body(
            status,
            &json!({"code": code, "title": "T", "message": message}),
        ))
    }

    #[test]
    fn refusals_at_each_step_get_their_own_code_and_keep_the_servers_words() {
        let e = SignInError::at_password("w", server(401, "AUT-1002", "bad credentials"));
        assert_eq!(e.code(), "signin.credentials_rejected");
        assert!(e.to_string().contains("AUT-1002") && e.to_string().contains("bad credentials"));
        let e = SignInError::at_password("w", server(500, "AUT-9", "boom"));
        assert_eq!(e.code(), "identity.server_failed");
        let e = SignInError::at_verify("w", server(401, "AUT-1004", "MFA token expired"), None);
        assert_eq!(e.code(), "signin.challenge_expired");
        let e = SignInError::at_verify("w", server(401, "AUT-1006", "wrong code"), None);
        assert_eq!(e.code(), "signin.passcode_rejected");
        let e = SignInError::at_verify("w", server(400, "AUT-1007", "spent"), Some(3));
        assert_eq!(e.code(), "signin.recovery_rejected");
        assert!(e.to_string().contains("3 unused remain"), "{e}");
        let e = SignInError::at_verify("w", server(400, "AUT-1007", "spent"), Some(1));
        assert!(e.to_string().contains("; 1 unused remains: run `mfa-companion login --server w --recovery` again to spend the next (the server refused the request: the server answered 400 AUT-1007 T: spent)"), "{e}");
        let e = SignInError::at_verify(
            "w",
            IdentityError::Timeout {
                url: "u".into(),
                secs: 1,
            },
            Some(3),
        );
        assert_eq!(e.code(), "identity.timeout");
    }
}
