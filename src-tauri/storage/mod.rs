//! Storage: accounts that are never lost. Owns the data folder and everything in it:
//!
//! - [`vault`]: the one vault file (accounts, secrets, recovery codes) under a data key
//!   that the keychain holds; every change is one verified, atomic write;
//! - [`store`] and [`write`]: [`AccountStore`], the accounts' queries and write path;
//! - [`recovery`]: recovery codes inside the vault;
//! - [`tags`] and [`notes`]: the user's tags and notes on accounts; [`icons`]: the icon
//!   the user chose for one;
//! - [`migrate`]: the one-time move from the old layout (one keychain item per secret);
//! - [`keychain`]: the OS keychain (the data key and server tokens);
//! - [`lock`]: the opt-in app lock (the data key wrapped under a password);
//! - [`profiles`]: server profiles.
//!
//! No plaintext secret is ever written to disk, and the keychain holds no secret of an
//! account: without the data key the vault is noise.

mod accounts_file;
mod atomic;
pub mod icons;
pub mod keychain;
pub mod lock;
pub mod migrate;
pub mod notes;
pub mod profiles;
pub mod recovery;
pub mod store;
pub mod tags;
pub mod vault;
pub mod write;

use std::path::{Path, PathBuf};

pub use accounts_file::{AccountsFile, FileError};
pub use atomic::{lock_file, write_atomic};
pub use keychain::{KeychainError, SecretStore};
pub use profiles::Profiles;
pub use recovery::Vault;
pub use store::AccountStore;
pub use vault::{VaultError, VaultFile};

use crate::account::Account;
use crate::otpauth;

/// Called after every successful change of a vault, with its data folder; the programs
/// set it (to start an automatic backup). Storage itself knows nothing of backups.
static AFTER_CHANGE: std::sync::OnceLock<fn(&Path)> = std::sync::OnceLock::new();

/// Sets the hook run after every change of a vault (once per process; later calls are
/// ignored).
pub fn on_change(hook: fn(&Path)) {
    let _ = AFTER_CHANGE.set(hook);
}

/// Runs the hook after a change of the vault in `dir`.
pub(crate) fn changed(dir: &Path) {
    if let Some(hook) = AFTER_CHANGE.get() {
        hook(dir);
    }
}

/// Everything storage can report. Messages are for people and never hold a secret.
#[non_exhaustive]
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    /// A file (server profiles, pending enrollments, the old metadata file) could not be
    /// read or written.
    #[error(transparent)]
    File(#[from] FileError),
    /// The vault could not be read or written.
    #[error(transparent)]
    Vault(#[from] VaultError),
    /// The keychain failed.
    #[error(transparent)]
    Keychain(#[from] KeychainError),
    /// No data folder could be determined (no home directory).
    #[error("{}", self.english())]
    NoDataDir,
    /// No account matches the query.
    #[error("{}", self.english())]
    NotFound {
        /// what was asked for
        query: String,
    },
    /// More than one account matches.
    #[error("{}", self.english())]
    Ambiguous {
        /// what was asked for
        query: String,
        /// `id (issuer:account)` of each match
        matches: Vec<String>,
    },
    /// The account is listed but the vault holds no secret for it (the vault was
    /// changed outside the app).
    #[error("{}", self.english())]
    SecretMissing {
        /// the account's id
        id: String,
        /// `issuer:account`
        label: String,
    },
    /// The secret stored for an account is not valid base32.
    #[error("{}", self.english())]
    SecretDamaged {
        /// the account's id
        id: String,
        /// `issuer:account`
        label: String,
        /// the parse error (never the secret)
        reason: crate::otp::SecretError,
    },
    /// A change spanning two stores failed, and undoing its first half failed too.
    #[error("{}", self.english())]
    RollbackFailed {
        /// why the add failed
        cause: Box<StorageError>,
        /// why the undo failed
        undo: KeychainError,
    },
    /// No free account id was found in a few random draws (practically never).
    #[error("{}", self.english())]
    IdTaken,
    /// A HOTP counter reached its maximum.
    #[error("{}", self.english())]
    CounterExhausted {
        /// `issuer:account`
        label: String,
    },
    /// An invalid issuer or account name.
    #[error(transparent)]
    Name(#[from] otpauth::UriError),
    /// An invalid note.
    #[error("{}", self.english())]
    Note {
        /// what is wrong with it
        problem: NoteProblem,
    },
    /// An invalid tag, or one tag too many.
    #[error("{}", self.english())]
    Tag {
        /// the tag as given (at most 40 characters of it)
        tag: String,
        /// what is wrong with it
        problem: TagProblem,
    },
    /// No icon of the bundled set has that name.
    #[error("{}", self.english())]
    IconUnknown {
        /// the name as given (at most 40 characters of it)
        name: String,
    },
    /// An image chosen as an icon is refused (too large, not an image, an unsafe SVG).
    #[error(transparent)]
    IconImage(#[from] crate::issuer_icons::image::IconImageError),
    /// A server profile of that name exists.
    #[error("{}", self.english())]
    ServerExists {
        /// the name
        name: String,
    },
    /// No server profile of that name.
    #[error("{}", self.english())]
    ServerNotFound {
        /// the name
        name: String,
    },
    /// The profile exists but its token is not in the keychain.
    #[error("{}", self.english())]
    TokenMissing {
        /// the name
        name: String,
    },
}

/// What is wrong with a note.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteProblem {
    /// More than [`notes::MAX_NOTE_CHARS`] characters.
    TooLong,
    /// Control characters other than line breaks and tabs.
    Control,
}

/// What is wrong with a tag, or with an account's tags.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TagProblem {
    /// Nothing left after trimming.
    Empty,
    /// More than [`tags::MAX_TAG_CHARS`] characters.
    TooLong,
    /// Holds control characters.
    Control,
    /// Starts with `+` or `-` (those add and remove a tag).
    Sign,
    /// One more than [`tags::MAX_TAGS`] on one account.
    TooMany,
}

use crate::i18n::{Localized as _, Message};

impl crate::i18n::Localized for StorageError {
    fn message(&self) -> Message {
        match self {
            StorageError::File(e) => e.message(),
            StorageError::Vault(e) => e.message(),
            StorageError::Keychain(e) => e.message(),
            StorageError::NoDataDir => Message::new("storage-no-data-dir"),
            StorageError::NotFound { query } => {
                Message::new("account-not-found").arg("query", format!("{query:?}"))
            }
            StorageError::Ambiguous { query, matches } => Message::new("account-ambiguous")
                .arg("query", format!("{query:?}"))
                .arg("count", matches.len())
                .arg("matches", matches.join(", ")),
            StorageError::SecretMissing { id, label } => Message::new("account-secret-missing")
                .arg("label", label.clone())
                .arg("id", id.clone()),
            StorageError::SecretDamaged { id, label, reason } => {
                Message::new("account-secret-damaged")
                    .arg("label", label.clone())
                    .arg("id", id.clone())
                    .nested("reason", reason.message())
            }
            StorageError::RollbackFailed { cause, undo } => Message::new("storage-rollback-failed")
                .nested("cause", cause.message())
                .nested("undo", undo.message()),
            StorageError::IdTaken => Message::new("storage-id-taken"),
            StorageError::CounterExhausted { label } => {
                Message::new("account-counter-exhausted").arg("label", label.clone())
            }
            StorageError::Name(e) => e.message(),
            StorageError::Note { problem } => match problem {
                NoteProblem::TooLong => {
                    Message::new("account-note-too-long").arg("max", notes::MAX_NOTE_CHARS)
                }
                NoteProblem::Control => Message::new("account-note-control"),
            },
            StorageError::Tag { tag, problem } => {
                let tag = format!("{tag:?}");
                match problem {
                    TagProblem::Empty => Message::new("account-tag-empty").arg("tag", tag),
                    TagProblem::TooLong => Message::new("account-tag-too-long")
                        .arg("tag", tag)
                        .arg("max", tags::MAX_TAG_CHARS),
                    TagProblem::Control => Message::new("account-tag-control").arg("tag", tag),
                    TagProblem::Sign => Message::new("account-tag-sign").arg("tag", tag),
                    TagProblem::TooMany => {
                        Message::new("account-tag-too-many").arg("max", tags::MAX_TAGS)
                    }
                }
            }
            StorageError::IconUnknown { name } => {
                Message::new("account-icon-unknown").arg("name", format!("{name:?}"))
            }
            StorageError::IconImage(e) => e.message(),
            StorageError::ServerExists { name } => {
                Message::new("storage-server-exists").arg("name", name.clone())
            }
            StorageError::ServerNotFound { name } => {
                Message::new("storage-server-not-found").arg("name", name.clone())
            }
            StorageError::TokenMissing { name } => {
                Message::new("storage-token-missing").arg("name", name.clone())
            }
        }
    }
}

/// What a file operation was doing (the `action` of [`FileError::Io`] and
/// [`VaultError::Io`]), in the words of the language in use.
pub(crate) fn action_message(action: &str) -> Message {
    match action {
        "read" => Message::new("storage-action-read"),
        "read back" => Message::new("storage-action-read-back"),
        "write" => Message::new("storage-action-write"),
        "create" => Message::new("storage-action-create"),
        "open" => Message::new("storage-action-open"),
        "lock" => Message::new("storage-action-lock"),
        "remove" => Message::new("storage-action-remove"),
        "sync" => Message::new("storage-action-sync"),
        "encode" => Message::new("storage-action-encode"),
        "replace" => Message::new("storage-action-replace"),
        "keep a copy of" => Message::new("storage-action-keep-copy"),
        "keep the previous version of" => Message::new("storage-action-keep-previous"),
        "create the data folder" => Message::new("storage-action-create-data-folder"),
        "write a test file in" => Message::new("storage-action-write-test-file"),
        "open the lock file" => Message::new("storage-action-open-lock-file"),
        "remove the old file" => Message::new("storage-action-remove-old-file"),
        "create a file in" => Message::new("storage-action-create-file-in"),
        "write a file in" => Message::new("storage-action-write-file-in"),
        // An action named elsewhere and not listed here: its English words.
        other => Message::as_is(other),
    }
}

/// The default data folder: `$XDG_DATA_HOME/mfa-companion` (or the platform's equivalent).
pub fn default_data_dir() -> Result<PathBuf, StorageError> {
    directories::ProjectDirs::from("", "", "mfa-companion")
        .map(|d| d.data_dir().to_path_buf())
        .ok_or(StorageError::NoDataDir)
}

/// Checks that the data folder exists (creating it) and is writable, and that the
/// vault's account list reads; returns the number of accounts.
pub fn check_data_dir(dir: &Path) -> Result<usize, StorageError> {
    atomic::create_private_dir(dir).map_err(|source| FileError::Io {
        action: "create the data folder",
        path: dir.to_path_buf(),
        source,
    })?;
    let probe = dir.join(".doctor-probe");
    write_atomic(&probe, b"probe").map_err(|source| FileError::Io {
        action: "write a test file in",
        path: dir.to_path_buf(),
        source,
    })?;
    let _ = std::fs::remove_file(&probe);
    Ok(VaultFile::at(dir)
        .read_public()?
        .map_or(0, |p| p.accounts.len()))
}

/// Sanity of the system clock, which TOTP depends on: a plausible date, and whether the
/// system reports it synchronized (systemd-timesyncd). Returns a description, in the
/// language in use.
pub fn check_clock(unix_time: u64) -> Result<String, String> {
    // 2020-01-01 .. 2100-01-01: outside it the clock is certainly wrong.
    if !(1_577_836_800..4_102_444_800).contains(&unix_time) {
        return Err(Message::new("storage-clock-wrong")
            .arg("time", unix_time.to_string())
            .text());
    }
    if Path::new("/run/systemd/timesync/synchronized").exists() {
        Ok(Message::new("storage-clock-synchronized").text())
    } else {
        Ok(Message::new("storage-clock-plausible").text())
    }
}

/// Picks one account for a query; see [`AccountStore::find`].
pub fn find_in(accounts: Vec<Account>, query: &str) -> Result<Account, StorageError> {
    let q = query.trim();
    if let Some(a) = accounts.iter().find(|a| a.id == q) {
        return Ok(a.clone());
    }
    let lower = q.to_lowercase();
    let exact: Vec<&Account> = accounts
        .iter()
        .filter(|a| a.label().to_lowercase() == lower)
        .collect();
    if exact.len() == 1 {
        return Ok(exact[0].clone());
    }
    let matches: Vec<&Account> = if exact.len() > 1 {
        exact
    } else {
        accounts
            .iter()
            .filter(|a| a.id.contains(&lower) || a.label().to_lowercase().contains(&lower))
            .collect()
    };
    match matches.as_slice() {
        [] => Err(StorageError::NotFound { query: q.into() }),
        [one] => Ok((*one).clone()),
        many => Err(StorageError::Ambiguous {
            query: q.into(),
            matches: many
                .iter()
                .map(|a| format!("{} ({})", a.id, a.label()))
                .collect(),
        }),
    }
}

/// A random 8-hex-character id.
pub(crate) fn new_id() -> String {
    let mut bytes = [0u8; 4];
    if getrandom::fill(&mut bytes).is_err() {
        // No OS randomness: fall back on the clock; uniqueness is still checked.
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0);
        bytes = nanos.to_le_bytes();
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
#[path = "mod_tests.rs"]
mod tests;
