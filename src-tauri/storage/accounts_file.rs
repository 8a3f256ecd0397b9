//! The metadata file of the two-store layout (`accounts.json`, before the one vault):
//! read once by the migration. Its writer is kept so that tests can make profiles of
//! that layout exactly as those releases did.

use std::fs::{self, File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::atomic::{create_private_dir, write_atomic};
use crate::account::{Account, AccountRecord};

/// The `format` tag in the file.
pub const FORMAT: &str = "mfa-companion/accounts";
/// The version this build writes and the newest it reads.
pub const VERSION: u32 = 1;
const FILE: &str = "accounts.json";
const BACKUP: &str = "accounts.json.bak";
const LOCK: &str = "accounts.lock";

/// What can go wrong with the metadata file. Messages say what to do.
#[non_exhaustive]
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    /// The operating system refused a file operation.
    #[error("{}", self.english())]
    Io {
        /// what was being done
        action: &'static str,
        /// on which path
        path: PathBuf,
        /// the OS error
        source: io::Error,
    },
    /// The file is not valid JSON of the expected shape. Nothing is written over it.
    #[error("{}", self.english())]
    Damaged {
        /// the file
        path: PathBuf,
        /// what the parser said (no secrets are stored in this file)
        detail: String,
    },
    /// Written by a newer release; refused so that an older one does not drop fields.
    #[error("{}", self.english())]
    NewerVersion {
        /// the file
        path: PathBuf,
        /// its version
        found: u32,
    },
}

use crate::i18n::{Localized as _, Message};

impl crate::i18n::Localized for FileError {
    fn message(&self) -> Message {
        match self {
            FileError::Io {
                action,
                path,
                source,
            } => Message::new("storage-io")
                .nested("action", super::action_message(action))
                .arg("path", path.display().to_string())
                .arg("error", source.to_string()),
            FileError::Damaged { path, detail } => Message::new("storage-damaged")
                .arg("path", path.display().to_string())
                .arg("detail", detail.clone())
                .arg("backup", path.with_file_name(BACKUP).display().to_string()),
            FileError::NewerVersion { path, found } => Message::new("storage-newer-version")
                .arg("path", path.display().to_string())
                .arg("found", *found)
                .arg("version", VERSION),
        }
    }
}

#[derive(Deserialize)]
struct Header {
    format: String,
    version: u32,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileV1 {
    format: String,
    version: u32,
    accounts: Vec<AccountRecord>,
}

/// Handle on the metadata file in one data folder.
#[derive(Debug, Clone)]
pub struct AccountsFile {
    dir: PathBuf,
}

fn io_err<'a>(action: &'static str, path: &'a Path) -> impl FnOnce(io::Error) -> FileError + 'a {
    move |source| FileError::Io {
        action,
        path: path.to_path_buf(),
        source,
    }
}

impl AccountsFile {
    /// Uses (and creates, private to the user) the given data folder.
    pub fn open(dir: &Path) -> Result<Self, FileError> {
        create_private_dir(dir).map_err(io_err("create the data folder", dir))?;
        Ok(Self {
            dir: dir.to_path_buf(),
        })
    }

    /// The data folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The metadata file's path.
    pub fn path(&self) -> PathBuf {
        self.dir.join(FILE)
    }

    fn lock(&self, exclusive: bool) -> Result<File, FileError> {
        let path = self.dir.join(LOCK);
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(io_err("open the lock file", &path))?;
        if exclusive {
            file.lock()
        } else {
            file.lock_shared()
        }
        .map_err(io_err("lock", &path))?;
        Ok(file)
    }

    fn read_unlocked(&self) -> Result<Vec<Account>, FileError> {
        let path = self.path();
        let text = match fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(io_err("read", &path)(e)),
        };
        let damaged = |detail: String| FileError::Damaged {
            path: path.clone(),
            detail,
        };
        let header: Header = serde_json::from_str(&text).map_err(|e| damaged(e.to_string()))?;
        if header.format != FORMAT {
            return Err(damaged(format!("format is {:?}", header.format)));
        }
        if header.version > VERSION {
            return Err(FileError::NewerVersion {
                path: path.clone(),
                found: header.version,
            });
        }
        let file: FileV1 = serde_json::from_str(&text).map_err(|e| damaged(e.to_string()))?;
        let mut accounts = Vec::with_capacity(file.accounts.len());
        for record in file.accounts {
            let account = record.validate().map_err(|e| damaged(e.to_string()))?;
            if accounts.iter().any(|a: &Account| a.id == account.id) {
                return Err(damaged(format!("account id {} appears twice", account.id)));
            }
            accounts.push(account);
        }
        Ok(accounts)
    }

    fn write_unlocked(&self, accounts: &[Account]) -> Result<(), FileError> {
        let path = self.path();
        let file = FileV1 {
            format: FORMAT.to_string(),
            version: VERSION,
            accounts: accounts.iter().map(Account::to_record).collect(),
        };
        let mut json = serde_json::to_vec_pretty(&file).map_err(|e| FileError::Io {
            action: "encode",
            path: path.clone(),
            source: io::Error::other(e),
        })?;
        json.push(b'\n');
        if let Ok(previous) = fs::read(&path) {
            let backup = self.dir.join(BACKUP);
            write_atomic(&backup, &previous).map_err(io_err("write", &backup))?;
        }
        write_atomic(&path, &json).map_err(io_err("write", &path))
    }

    /// All accounts, in the order they were added.
    pub fn load(&self) -> Result<Vec<Account>, FileError> {
        let _lock = self.lock(false)?;
        self.read_unlocked()
    }

    /// Reads, applies `change`, and writes back, all under the exclusive lock. Nothing is
    /// written when `change` fails.
    pub fn update<T, E: From<FileError>>(
        &self,
        change: impl FnOnce(&mut Vec<Account>) -> Result<T, E>,
    ) -> Result<T, E> {
        let _lock = self.lock(true)?;
        let mut accounts = self.read_unlocked()?;
        let out = change(&mut accounts)?;
        self.write_unlocked(&accounts)?;
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::account::Source;
    use crate::otp::OtpParams;

    fn account(id: &str) -> Account {
        Account {
            id: id.into(),
            issuer: "I".into(),
            account: "a".into(),
            params: OtpParams::default_totp(),
            created: 1,
            source: Source::Uri,
        }
    }

    #[test]
    fn a_missing_file_is_an_empty_list_and_updates_persist() {
        let dir = tempfile::tempdir().unwrap();
        let f = AccountsFile::open(dir.path()).unwrap();
        assert!(f.load().unwrap().is_empty());
        f.update(|v| {
            v.push(account("aa"));
            Ok::<_, FileError>(())
        })
        .unwrap();
        assert_eq!(f.load().unwrap(), vec![account("aa")]);
    }

    #[test]
    fn a_failed_change_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let f = AccountsFile::open(dir.path()).unwrap();
        let r: Result<(), FileError> = f.update(|v| {
            v.push(account("aa"));
            Err(FileError::Damaged {
                path: PathBuf::new(),
                detail: "test".into(),
            })
        });
        assert!(r.is_err());
        assert!(f.load().unwrap().is_empty());
        assert!(!f.path().exists());
    }

    #[test]
    fn a_damaged_file_is_reported_and_never_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let f = AccountsFile::open(dir.path()).unwrap();
        fs::write(
            f.path(),
            b"{\"format\":\"mfa-companion/accounts\",\"version\":1,\"accou",
        )
        .unwrap();
        assert!(matches!(f.load(), Err(FileError::Damaged { .. })));
        let r = f.update(|v| {
            v.push(account("aa"));
            Ok::<_, FileError>(())
        });
        assert!(matches!(r, Err(FileError::Damaged { .. })));
        assert!(fs::read_to_string(f.path()).unwrap().ends_with("accou"));
    }

    #[test]
    fn a_newer_version_is_refused_not_rewritten() {
        let dir = tempfile::tempdir().unwrap();
        let f = AccountsFile::open(dir.path()).unwrap();
        let text = r#"{"format":"mfa-companion/accounts","version":9,"accounts":[],"future":1}"#;
        fs::write(f.path(), text).unwrap();
        let err = f.load().unwrap_err();
        assert!(matches!(err, FileError::NewerVersion { found: 9, .. }));
        assert!(err.to_string().contains("upgrade"));
    }

    #[test]
    fn the_previous_version_is_kept_as_a_backup() {
        let dir = tempfile::tempdir().unwrap();
        let f = AccountsFile::open(dir.path()).unwrap();
        for id in ["aa", "bb"] {
            f.update(|v| {
                v.push(account(id));
                Ok::<_, FileError>(())
            })
            .unwrap();
        }
        let backup = fs::read_to_string(dir.path().join(BACKUP)).unwrap();
        assert!(backup.contains("\"aa\"") && !backup.contains("\"bb\""));
    }

    #[test]
    fn concurrent_updates_from_many_threads_lose_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let threads: Vec<_> = (0..8)
            .map(|t| {
                let d = dir.path().to_path_buf();
                std::thread::spawn(move || {
                    // Each thread opens its own handle, as separate processes would.
                    let f = AccountsFile::open(&d).unwrap();
                    for i in 0..10 {
                        f.update(|v| {
                            v.push(account(&format!("t{t}-{i}")));
                            Ok::<_, FileError>(())
                        })
                        .unwrap();
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
        let f = AccountsFile::open(dir.path()).unwrap();
        assert_eq!(f.load().unwrap().len(), 80);
    }
}
