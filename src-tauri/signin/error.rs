//! What signing in can report, each with a stable code and what to do next. A refusal
//! keeps the server's own code, title and message. No message holds a password, token,
//! passcode or recovery code.

use crate::error::Coded;
use crate::identity::{IdentityError, ServerError};
use crate::storage::{KeychainError, StorageError, VaultError};

/// Everything signing in can report.
#[non_exhaustive]
#[derive(Debug, thiserror::Error)]
pub enum SignInError {
    /// The profile has no `--auth-url`/`--login`.
    #[error("server {name} does not sign in (it holds a pasted token): to sign in, replace it with `mfa-companion server add {name} --api lerian --url IDENTITY_URL --auth-url AUTH_URL --login USERNAME --replace`")]
    NotASignInProfile {
        /// the profile
        name: String,
    },
    /// No session, or the session ended (refresh refused, signed out elsewhere).
    #[error("signed out of {name} ({why}): run `mfa-companion login --server {name}`")]
    SignedOut {
        /// the profile
        name: String,
        /// why (never a token)
        why: String,
    },
    /// The server refused the username or password.
    #[error("{name}: the server refused the username or password; check `--login` of the profile and type the password again ({0})", .server)]
    CredentialsRefused {
        /// the profile
        name: String,
        /// the server's words
        server: ServerError,
    },
    /// The challenge's `mfaToken` expired (or was already used).
    #[error("{name}: the sign-in challenge expired before it was answered; run `mfa-companion login --server {name}` again ({0})", .server)]
    ChallengeExpired {
        /// the profile
        name: String,
        /// the server's words
        server: ServerError,
    },
    /// The server refused the passcode.
    #[error("{name}: the server refused the passcode; check this computer's clock (`mfa-companion doctor`) or the code you typed, then sign in again ({0})", .server)]
    PasscodeRefused {
        /// the profile
        name: String,
        /// the server's words
        server: ServerError,
    },
    /// The server refused the recovery code (it stays marked used: the server may have
    /// counted it).
    #[error("{name}: the server refused the recovery code, which stays marked used; {left} unused remain: run `mfa-companion login --server {name} --recovery` again to spend the next ({0})", .server)]
    RecoveryRefused {
        /// the profile
        name: String,
        /// unused codes left
        left: usize,
        /// the server's words
        server: ServerError,
    },
    /// The server wants an authenticator code but no account here was enrolled with it.
    #[error("{name} asks for an authenticator code, but no account in this app was enrolled with server {name}: enroll first (`mfa-companion enroll --server {name}`), or answer with --recovery or --method email|sms")]
    NoAppAccount {
        /// the profile
        name: String,
    },
    /// No recovery codes are stored for the profile.
    #[error("no recovery codes from server {name} are stored in this app: answer with your authenticator code, or --method email|sms")]
    NoRecoveryCodes {
        /// the profile
        name: String,
    },
    /// Every stored recovery code is used.
    #[error("every recovery code stored for server {name} is used: sign in with your authenticator code and get new codes from the server (`mfa-companion recovery add`)")]
    RecoveryExhausted {
        /// the profile
        name: String,
    },
    /// A passcode was needed and none was given.
    #[error("no passcode given: pass --passcode, or type the code the server sent")]
    NoPasscode,
    /// The session lock could not be taken.
    #[error("cannot lock {}: {source}", path.display())]
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
