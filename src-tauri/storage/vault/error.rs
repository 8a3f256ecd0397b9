//! [`VaultError`]: everything reading, writing or opening the vault can report, and the
//! recovery-code errors that live in it. Messages never contain a secret or a code.

use std::io;
use std::path::PathBuf;

use super::KEY_NAME;
use crate::i18n::{Localized as _, Message};
use crate::storage::KeychainError;

/// What the vault can report. Messages never contain a secret or a code.
#[non_exhaustive]
#[derive(Debug, thiserror::Error)]
pub enum VaultError {
    /// The file failed authentication or does not parse; it was left as it is.
    #[error("{}", self.english())]
    Damaged {
        /// the vault file
        path: PathBuf,
        /// what failed
        detail: String,
    },
    /// Written by a newer version of the app.
    #[error("{}", self.english())]
    NewerVersion {
        /// the vault file
        path: PathBuf,
        /// its version
        found: u16,
    },
    /// The file exists but its key is not in the keychain.
    #[error("{}", self.english())]
    KeyMissing,
    /// The keychain failed.
    #[error(transparent)]
    Keychain(#[from] KeychainError),
    /// Reading or writing the file failed.
    #[error("{}", self.english())]
    Io {
        /// what was being done
        action: &'static str,
        /// the file
        path: PathBuf,
        /// the OS error
        source: io::Error,
    },
    /// What was about to be written did not read back the same; nothing was replaced.
    #[error("{}", self.english())]
    VerifyFailed {
        /// what differed
        detail: String,
    },
    /// The app lock is on and not open: the key is not in memory.
    #[error("{}", self.english())]
    AppLocked,
    /// The app lock is off.
    #[error("{}", self.english())]
    LockOff,
    /// The app lock's password is wrong; nothing was changed.
    #[error("{}", self.english())]
    WrongPassword,
    /// The agent that holds the key while unlocked failed.
    #[error(transparent)]
    Agent(#[from] crate::agent::AgentError),
    /// The account has no recovery codes in the vault.
    #[error("{}", self.english())]
    NoCodes {
        /// the account (label)
        account: String,
    },
    /// The given code is not among the account's codes.
    #[error("{}", self.english())]
    UnknownCode {
        /// the account (label)
        account: String,
    },
    /// Every code is used.
    #[error("{}", self.english())]
    AllUsed {
        /// the account (label)
        account: String,
    },
}

impl crate::i18n::Localized for VaultError {
    fn message(&self) -> Message {
        match self {
            VaultError::Damaged { path, detail } => Message::new("vault-damaged")
                .arg("path", path.display().to_string())
                .arg("detail", detail.clone()),
            VaultError::NewerVersion { path, found } => Message::new("vault-newer-version")
                .arg("path", path.display().to_string())
                .arg("found", *found),
            VaultError::KeyMissing => Message::new("vault-key-missing").arg("item", KEY_NAME),
            VaultError::Keychain(e) => e.message(),
            VaultError::Io {
                action,
                path,
                source,
            } => Message::new("vault-io")
                .nested("action", crate::storage::action_message(action))
                .arg("path", path.display().to_string())
                .arg("error", source.to_string()),
            VaultError::VerifyFailed { detail } => {
                Message::new("vault-verify-failed").arg("detail", detail.clone())
            }
            VaultError::AppLocked => Message::new("lock-app-locked"),
            VaultError::LockOff => Message::new("lock-off"),
            VaultError::WrongPassword => Message::new("lock-wrong-password"),
            VaultError::Agent(e) => e.message(),
            VaultError::NoCodes { account } => {
                Message::new("recovery-no-codes").arg("account", account.clone())
            }
            VaultError::UnknownCode { account } => {
                Message::new("recovery-unknown-code").arg("account", account.clone())
            }
            VaultError::AllUsed { account } => {
                Message::new("recovery-all-used").arg("account", account.clone())
            }
        }
    }
}
