//! [`VaultError`]: everything reading, writing or opening the vault can report, and the
//! recovery-code errors that live in it. Messages never contain a secret or a code.

use std::io;
use std::path::PathBuf;

use super::KEY_NAME;
use crate::storage::KeychainError;

/// What the vault can report. Messages never contain a secret or a code.
#[non_exhaustive]
#[derive(Debug, thiserror::Error)]
pub enum VaultError {
    /// The file failed authentication or does not parse; it was left as it is.
    #[error("the vault {path} is damaged ({detail}): it was left as it is; run `mfa-companion doctor --repair` to restore the previous version or a backup")]
    Damaged {
        /// the vault file
        path: PathBuf,
        /// what failed
        detail: String,
    },
    /// Written by a newer version of the app.
    #[error(
        "the vault {path} was written by a newer MFA Companion (format {found}): update the app"
    )]
    NewerVersion {
        /// the vault file
        path: PathBuf,
        /// its version
        found: u16,
    },
    /// The file exists but its key is not in the keychain.
    #[error("the vault's key is missing from the keychain (item {KEY_NAME}): the vault cannot be decrypted; restore the keychain, or restore a backup into a fresh data folder. The vault file was left as it is")]
    KeyMissing,
    /// The keychain failed.
    #[error(transparent)]
    Keychain(#[from] KeychainError),
    /// Reading or writing the file failed.
    #[error("cannot {action} {path}: {source}")]
    Io {
        /// what was being done
        action: &'static str,
        /// the file
        path: PathBuf,
        /// the OS error
        source: io::Error,
    },
    /// What was about to be written did not read back the same; nothing was replaced.
    #[error("the new vault did not verify after writing ({detail}); the previous vault was kept unchanged: check the disk and try again")]
    VerifyFailed {
        /// what differed
        detail: String,
    },
    /// The app lock is on and not open: the key is not in memory.
    #[error("locked: run `mfa-companion unlock`")]
    AppLocked,
    /// The app lock is off.
    #[error("the app lock is off: `mfa-companion lock enable` turns it on")]
    LockOff,
    /// The app lock's password is wrong; nothing was changed.
    #[error("wrong password: nothing was changed")]
    WrongPassword,
    /// The agent that holds the key while unlocked failed.
    #[error(transparent)]
    Agent(#[from] crate::agent::AgentError),
    /// The account has no recovery codes in the vault.
    #[error("no recovery codes are stored for {account}: add some with `mfa-companion recovery add {account}`")]
    NoCodes {
        /// the account (label)
        account: String,
    },
    /// The given code is not among the account's codes.
    #[error("that code is not one of the recovery codes stored for {account}")]
    UnknownCode {
        /// the account (label)
        account: String,
    },
    /// Every code is used.
    #[error("every recovery code of {account} is used: get new ones from the server and add them")]
    AllUsed {
        /// the account (label)
        account: String,
    },
}
