//! One backup run (write, read back and verify, prune), and the listing of the folder.

use crate::i18n::Localized as _;
use std::fs;
use std::path::{Path, PathBuf};

use super::{io_err, names, BackupError, Backups, Status};
use crate::i18n::Message;
use crate::identity::Reason;
use crate::import_export::backup::{self, BackupKey};
use crate::import_export::export::{self, ExportError};
use crate::otpauth;
use crate::storage::{write_atomic, AccountStore, StorageError};

/// What a run did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Written {
    /// A new verified backup.
    New {
        /// its path
        path: PathBuf,
        /// accounts in it
        accounts: usize,
        /// older backups deleted to keep the newest N
        pruned: usize,
    },
    /// The newest backup already holds this version of the vault.
    Current {
        /// its path
        path: PathBuf,
    },
}

/// One backup in the folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    /// The file.
    pub path: PathBuf,
    /// When it was written (Unix seconds: the file's modification time).
    pub created: Option<u64>,
    /// Accounts in it, when it opens with the current key.
    pub accounts: Option<usize>,
    /// True when it opened with the current key and every entry parsed.
    pub verified: bool,
}

impl Backups {
    /// Writes a verified backup of `store` now (unless its version has one), prunes,
    /// and records the outcome.
    pub fn run(&self, store: &AccountStore) -> Result<Written, BackupError> {
        let started = std::time::Instant::now();
        let result = self.run_inner(store);
        let took_ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
        let status = match &result {
            Ok(Written::New { path, accounts, .. }) => Status {
                at: crate::otp::unix_now(),
                ok: true,
                file: Some(path.clone()),
                accounts: *accounts,
                error: None,
                took_ms,
            },
            Ok(Written::Current { path }) => Status {
                at: crate::otp::unix_now(),
                ok: true,
                file: Some(path.clone()),
                accounts: self.status().map_or(0, |s| s.accounts),
                error: None,
                took_ms,
            },
            Err(e) => Status {
                at: crate::otp::unix_now(),
                ok: false,
                file: None,
                accounts: 0,
                error: Some(format!("{e} [{}]", crate::error::Coded::code(e))),
                took_ms,
            },
        };
        self.record(&status);
        result
    }

    fn run_inner(&self, store: &AccountStore) -> Result<Written, BackupError> {
        let config = self.config()?.ok_or(BackupError::NotConfigured)?;
        let lock_path = self.data.join("backup.lock");
        let _lock =
            crate::storage::lock_file(&lock_path, true).map_err(io_err("lock", &lock_path))?;
        let keys = store.keychain()?;
        let key = self.key(keys)?;
        let generation = store
            .vault_file()
            .read_public()
            .map_err(StorageError::from)?
            .map_or(0, |p| p.generation);
        let existing = backups_in(&config.dir)?;
        if let Some((path, _)) = existing.iter().rev().find(|(_, g)| *g == generation) {
            return Ok(Written::Current { path: path.clone() });
        }
        let items = match export::gather(store) {
            Ok(items) => items,
            Err(ExportError::Nothing) => Vec::new(),
            Err(ExportError::Storage(e)) => return Err(e.into()),
            Err(ExportError::Vault(e)) => return Err(StorageError::from(e).into()),
            Err(e) => {
                return Err(BackupError::Unverified {
                    path: config.dir.clone(),
                    detail: Reason::new(e.message()),
                });
            }
        };
        let list = export::backup_items(&items);
        let now = crate::otp::unix_now();
        let bytes = backup::write_with(&list, &key, now).map_err(io_err("encrypt", &config.dir))?;
        let path = config.dir.join(names::name(now, generation));
        write_atomic(&path, &bytes).map_err(io_err("write", &path))?;
        if let Err(detail) = verify(&path, &key, &items) {
            let _ = fs::remove_file(&path);
            return Err(BackupError::Unverified { path, detail });
        }
        let mut all = backups_in(&config.dir)?;
        let mut pruned = 0;
        while all.len() > config.keep {
            let (old, _) = all.remove(0);
            if fs::remove_file(&old).is_ok() {
                pruned += 1;
            }
        }
        Ok(Written::New {
            path,
            accounts: items.len(),
            pruned,
        })
    }

    /// The backups in the configured folder, oldest first.
    pub fn list(&self, store: &AccountStore) -> Result<Vec<Listed>, BackupError> {
        let config = self.config()?.ok_or(BackupError::NotConfigured)?;
        let key = self.key(store.keychain()?)?;
        Ok(backups_in(&config.dir)?
            .into_iter()
            .map(|(path, _)| {
                let opened = fs::read(&path)
                    .ok()
                    .and_then(|b| backup::read_with(&b, &key).ok());
                let verified = opened
                    .as_ref()
                    .is_some_and(|p| p.entries.iter().all(|e| e.item.is_ok()));
                Listed {
                    created: created_of(&path),
                    accounts: opened.map(|p| p.entries.len()),
                    verified,
                    path,
                }
            })
            .collect())
    }
}

/// A file's modification time in Unix seconds.
fn created_of(path: &Path) -> Option<u64> {
    fs::metadata(path)
        .and_then(|m| m.modified())
        .ok()?
        .duration_since(std::time::UNIX_EPOCH)
        .ok()
        .map(|d| d.as_secs())
}

/// Backup files in `dir` with their vault versions, oldest first (names sort by time).
fn backups_in(dir: &Path) -> Result<Vec<(PathBuf, u64)>, BackupError> {
    let entries = fs::read_dir(dir).map_err(io_err("read-folder", dir))?;
    let mut out: Vec<(PathBuf, u64)> = entries
        .filter_map(Result::ok)
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            names::generation(&name).map(|g| (e.path(), g))
        })
        .collect();
    out.sort();
    Ok(out)
}

/// Reads the file back and checks it holds exactly `items` (names, parameters, secrets
/// and the number of recovery codes).
fn verify(path: &Path, key: &BackupKey, items: &[export::Item]) -> Result<(), Reason> {
    let bytes = fs::read(path)
        .map_err(|e| Reason::new(Message::new("backup-verify-read").arg("error", e.to_string())))?;
    let parsed = backup::read_with(&bytes, key).map_err(|e| Reason::new(e.message()))?;
    if parsed.entries.len() != items.len() {
        return Err(Reason::new(
            Message::new("backup-verify-count")
                .arg("read", parsed.entries.len())
                .arg("written", items.len()),
        ));
    }
    for (i, (entry, item)) in parsed.entries.iter().zip(items).enumerate() {
        let u = entry.item.as_ref().map_err(|e| {
            Reason::new(
                Message::new("backup-verify-entry")
                    .arg("entry", i + 1)
                    .nested("error", e.message()),
            )
        })?;
        let same = otpauth::format(&u.issuer, &u.account, &u.params, &u.secret)
            == otpauth::format(
                &item.uri.issuer,
                &item.uri.account,
                &item.uri.params,
                &item.uri.secret,
            );
        let codes = |r: Option<usize>| r.unwrap_or(0);
        let same_codes = codes(entry.recovery.as_ref().map(|r| r.codes.len()))
            == codes(item.recovery.as_ref().map(|r| r.codes.len()));
        if !same || !same_codes {
            return Err(Reason::new(
                Message::new("backup-verify-differs").arg("entry", i + 1),
            ));
        }
    }
    Ok(())
}
