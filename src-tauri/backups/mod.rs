//! Automatic backups: after every change of the vault, this app's encrypted backup
//! format (accounts and recovery codes, see `docs/backup-format.md`) is written into a
//! folder the user chose, read back and checked before it counts, and the newest N kept.
//!
//! - The password is never stored. `configure` derives the backup key from it once
//!   (Argon2id, the slow part) and keeps that key, with its salt and cost, in the
//!   keychain (`backup:key`); every backup is then sealed under it with a fresh nonce,
//!   in milliseconds, and restores with the password alone on any machine.
//! - Off the change's path: the storage layer calls [`after_change`], which starts
//!   `mfa-companion backup now --auto` detached and returns; the change never waits for
//!   a backup, and a failed backup never undoes it. Runs are serialised by a lock and
//!   skip a vault version that already has a backup, so a burst of changes costs one or
//!   two backups.
//! - The outcome of the last run is kept in `backup-status.json` in the data folder,
//!   which `doctor` and the window report.

pub(crate) mod names;
mod run;

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

pub(crate) use names::civil;
pub use run::{Listed, Written};

use crate::i18n::{Localized, Message};
use crate::identity::Reason;
use crate::import_export::backup::{BackupKey, WRITE_COST};
use crate::storage::{write_atomic, KeychainError, SecretStore, StorageError};

/// The keychain key of the backup key.
pub const KEY_NAME: &str = "backup:key";
const CONFIG: &str = "backups.json";
const STATUS: &str = "backup-status.json";
/// Backups kept when the user does not say.
pub const DEFAULT_KEEP: usize = 10;

/// What backups can report. Messages never hold a password, key or secret.
#[non_exhaustive]
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    /// No backup folder is configured.
    #[error("{}", self.english())]
    NotConfigured,
    /// The configuration file does not parse.
    #[error("{}", self.english())]
    BadConfig {
        /// the file
        path: PathBuf,
        /// what failed
        detail: Reason,
    },
    /// The backup key is not in the keychain.
    #[error("{}", self.english())]
    KeyMissing,
    /// The keychain failed.
    #[error(transparent)]
    Keychain(#[from] KeychainError),
    /// Reading the vault failed.
    #[error(transparent)]
    Storage(#[from] StorageError),
    /// A file operation failed (folder gone, disk full, permissions).
    #[error("{}", self.english())]
    Io {
        /// what was being done: `read`, `resolve`, `create-folder`, `derive-key`,
        /// `write`, `remove`, `lock`, `encrypt` or `read-folder` (a selector of the
        /// message `backup-io`)
        action: &'static str,
        /// where
        path: PathBuf,
        /// the OS error
        source: io::Error,
    },
    /// The backup did not read back as the accounts it was written from; it was deleted.
    #[error("{}", self.english())]
    Unverified {
        /// the file
        path: PathBuf,
        /// what differed
        detail: Reason,
    },
    /// `keep` out of range.
    #[error("{}", self.english())]
    Keep(usize),
}

impl Localized for BackupError {
    fn message(&self) -> Message {
        match self {
            BackupError::NotConfigured => Message::new("backup-not-configured"),
            BackupError::BadConfig { path, detail } => Message::new("backup-bad-config")
                .arg("path", path.display().to_string())
                .nested("detail", detail.message()),
            BackupError::KeyMissing => Message::new("backup-key-missing").arg("item", KEY_NAME),
            BackupError::Keychain(e) => e.message(),
            BackupError::Storage(e) => e.message(),
            BackupError::Io {
                action,
                path,
                source,
            } => Message::new("backup-io")
                .arg("action", *action)
                .arg("path", path.display().to_string())
                .arg("error", source.to_string()),
            BackupError::Unverified { path, detail } => Message::new("backup-unverified")
                .arg("path", path.display().to_string())
                .nested("detail", detail.message()),
            BackupError::Keep(n) => Message::new("backup-keep-invalid").arg("keep", *n),
        }
    }
}

/// Where backups go and how many are kept (`backups.json`; no secret).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The backup folder.
    pub dir: PathBuf,
    /// How many backups are kept (the newest).
    pub keep: usize,
}

/// The last run's outcome (`backup-status.json`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Status {
    /// Unix seconds of the run.
    pub at: u64,
    /// Whether a verified backup was written (or one was already current).
    pub ok: bool,
    /// The backup file, when one was written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<PathBuf>,
    /// How many accounts it holds.
    #[serde(default)]
    pub accounts: usize,
    /// Why it failed, with its stable code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// How long the run took, in milliseconds (write, read back, verify, prune).
    #[serde(default)]
    pub took_ms: u64,
}

/// The automatic backups of one data folder.
pub struct Backups {
    data: PathBuf,
}

fn io_err<'a>(action: &'static str, path: &'a Path) -> impl FnOnce(io::Error) -> BackupError + 'a {
    move |source| BackupError::Io {
        action,
        path: path.to_path_buf(),
        source,
    }
}

impl Backups {
    /// The backups of the data folder `data`.
    pub fn open(data: &Path) -> Self {
        Backups {
            data: data.to_path_buf(),
        }
    }

    /// The configuration, or `None` when backups are off.
    pub fn config(&self) -> Result<Option<Config>, BackupError> {
        let path = self.data.join(CONFIG);
        let text = match fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(io_err("read", &path)(e)),
        };
        let config: Config = serde_json::from_str(&text).map_err(|e| BackupError::BadConfig {
            path: path.clone(),
            detail: Reason::detail(e),
        })?;
        if config.keep == 0 || config.keep > 1000 || !config.dir.is_absolute() {
            return Err(BackupError::BadConfig {
                path,
                detail: Reason::new(Message::new("backup-config-range")),
            });
        }
        Ok(Some(config))
    }

    /// Turns backups on (or changes them): derives the key from `password`, keeps it in
    /// the keychain, creates the folder, and saves the settings. Takes about as long as
    /// one Argon2id derivation.
    pub fn configure(
        &self,
        keys: &dyn SecretStore,
        dir: &Path,
        keep: usize,
        password: &str,
    ) -> Result<Config, BackupError> {
        if keep == 0 || keep > 1000 {
            return Err(BackupError::Keep(keep));
        }
        let dir = std::path::absolute(dir).map_err(io_err("resolve", dir))?;
        fs::create_dir_all(&dir).map_err(io_err("create-folder", &dir))?;
        let key = BackupKey::derive(password, WRITE_COST).map_err(io_err("derive-key", &dir))?;
        keys.put(KEY_NAME, "MFA Companion: backup key", &key.to_text())?;
        let config = Config { dir, keep };
        let path = self.data.join(CONFIG);
        let json = serde_json::to_vec_pretty(&config).map_err(|e| BackupError::BadConfig {
            path: path.clone(),
            detail: Reason::detail(e),
        })?;
        write_atomic(&path, &json).map_err(io_err("write", &path))?;
        Ok(config)
    }

    /// Turns backups off (the files already written stay).
    pub fn disable(&self, keys: &dyn SecretStore) -> Result<(), BackupError> {
        let path = self.data.join(CONFIG);
        match fs::remove_file(&path) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(io_err("remove", &path)(e)),
        }
        match keys.delete(KEY_NAME) {
            Ok(()) | Err(KeychainError::NotFound { .. }) => Ok(()),
            Err(e) => Err(e.into()),
        }
    }

    /// The backup key from the keychain.
    pub fn key(&self, keys: &dyn SecretStore) -> Result<BackupKey, BackupError> {
        match keys.get(KEY_NAME) {
            Ok(text) => BackupKey::from_text(&text).ok_or(BackupError::KeyMissing),
            Err(KeychainError::NotFound { .. }) => Err(BackupError::KeyMissing),
            Err(e) => Err(e.into()),
        }
    }

    /// The last run's outcome, if any.
    pub fn status(&self) -> Option<Status> {
        let text = fs::read_to_string(self.data.join(STATUS)).ok()?;
        serde_json::from_str(&text).ok()
    }

    fn record(&self, status: &Status) {
        let path = self.data.join(STATUS);
        if let Ok(json) = serde_json::to_vec_pretty(status) {
            if let Err(e) = write_atomic(&path, &json) {
                log::warn!("cannot record the backup status in {}: {e}", path.display());
            }
        }
    }
}

/// The storage layer's hook: after a change of the vault in `data`, start a backup run
/// in a separate process when backups are configured, and return at once.
pub fn after_change(data: &Path) {
    if !data.join(CONFIG).exists() {
        return;
    }
    let Some(cli) = cli_executable() else {
        log::warn!("automatic backup skipped: the mfa-companion executable was not found");
        return;
    };
    let spawned = std::process::Command::new(&cli)
        .args(["backup", "now", "--auto"])
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
    if let Err(e) = spawned {
        Backups::open(data).record(&Status {
            at: crate::otp::unix_now(),
            ok: false,
            file: None,
            accounts: 0,
            error: Some(format!("the backup could not be started ({e}) [backup.io]")),
            took_ms: 0,
        });
    }
}

/// The CLI executable: this one, or `mfa-companion` beside the desktop executable.
fn cli_executable() -> Option<PathBuf> {
    let me = std::env::current_exe().ok()?;
    if me.file_name().is_some_and(|n| n == "mfa-companion") {
        return Some(me);
    }
    let sibling = me.with_file_name("mfa-companion");
    sibling.exists().then_some(sibling)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_words_come_from_the_catalogue_unchanged() {
        let e = io_err("create-folder", Path::new("/b"))(io::Error::other("full"));
        assert_eq!(e.to_string(), "cannot create the backup folder /b: full");
        let e = io_err("derive-key", Path::new("/b"))(io::Error::other("x"));
        assert_eq!(e.to_string(), "cannot derive a key for /b: x");
        let e = BackupError::Unverified {
            path: "/b/f".into(),
            detail: Reason::new(
                Message::new("backup-verify-count")
                    .arg("read", 1)
                    .arg("written", 2),
            ),
        };
        assert_eq!(
            e.to_string(),
            "the backup /b/f did not verify (1 entry read back, 2 written) and was deleted: check the backup folder's disk"
        );
        assert_eq!(
            BackupError::KeyMissing.to_string(),
            "the backup key is missing from the keychain (item backup:key): run `mfa-companion backup configure` again"
        );
    }
}
