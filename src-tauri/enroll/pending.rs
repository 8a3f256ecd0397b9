//! Pending enrollments: one small JSON file per enrollment in `enrollments/` under the
//! data folder, rewritten atomically after every step, so a crash, a kill or a network
//! error leaves a record that `enroll --resume` continues. It never holds a secret, a
//! token or a recovery code: those are in the keychain and the vault.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::i18n::Message;
use crate::identity::{Family, MfaType};
use crate::storage::{write_atomic, FileError};

const FORMAT: &str = "mfa-companion/enrollment";
const VERSION: u32 = 1;

/// How far an enrollment got. Each step is saved once it is complete.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// Recorded; setup not answered (or its answer not stored) yet.
    Started,
    /// Setup answered and everything it returned is stored locally.
    SetupStored,
    /// The server accepted a passcode.
    Verified,
    /// MFA is enabled on the server (only the status read is left).
    Enabled,
}

impl Step {
    /// Words for people.
    pub fn describe(self) -> &'static str {
        match self {
            Step::Started => "setup not finished",
            Step::SetupStored => "setup stored, verify next",
            Step::Verified => "verified, enable next",
            Step::Enabled => "enabled, status next",
        }
    }

    /// [`Step::describe`] for people, in the language in use.
    pub fn message(self) -> Message {
        match self {
            Step::Started => Message::new("enroll-step-started"),
            Step::SetupStored => Message::new("enroll-step-setup-stored"),
            Step::Verified => Message::new("enroll-step-verified"),
            Step::Enabled => Message::new("enroll-step-enabled"),
        }
    }
}

/// One pending enrollment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pending {
    /// Format marker.
    pub format: String,
    /// Format version.
    pub version: u32,
    /// Short id (8 hex characters).
    pub id: String,
    /// The server profile's name.
    pub server: String,
    /// Its API family.
    pub api: Family,
    /// The MFA type being enrolled.
    pub mfa_type: MfaType,
    /// How far it got.
    pub step: Step,
    /// The account created by setup (TOTP types).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<String>,
    /// The vault entry holding the recovery codes (the account id, or `profile:NAME`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vault_entry: Option<String>,
    /// The server's enrollment id (tenant API).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enrollment_id: Option<String>,
    /// Server clock minus local clock, seconds, as measured at setup.
    #[serde(default)]
    pub clock_offset: i64,
    /// Index (in the vault entry) of the recovery code sent with enable.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_code: Option<usize>,
    /// Unix seconds when it started.
    pub started: u64,
    /// Unix seconds of the last change.
    pub updated: u64,
    /// The last error, `(code, message)`, if the last attempt failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_error: Option<(String, String)>,
}

impl Pending {
    /// A new record for `server`.
    pub fn new(server: &str, api: Family, mfa_type: MfaType, now: u64) -> Self {
        let mut b = [0u8; 4];
        let _ = getrandom::fill(&mut b);
        Pending {
            format: FORMAT.into(),
            version: VERSION,
            id: b.iter().map(|x| format!("{x:02x}")).collect(),
            server: server.into(),
            api,
            mfa_type,
            step: Step::Started,
            account: None,
            vault_entry: None,
            enrollment_id: None,
            clock_offset: 0,
            enable_code: None,
            started: now,
            updated: now,
            last_error: None,
        }
    }
}

/// The folder of pending enrollments.
pub struct PendingStore {
    dir: PathBuf,
}

impl PendingStore {
    /// Pending enrollments of the data folder `data_dir`.
    pub fn open(data_dir: &Path) -> Self {
        PendingStore {
            dir: data_dir.join("enrollments"),
        }
    }

    fn path(&self, id: &str) -> PathBuf {
        self.dir.join(format!("{id}.json"))
    }

    /// Saves a record (atomically).
    pub fn save(&self, p: &Pending) -> Result<(), FileError> {
        let io = |action, path: &Path| {
            let path = path.to_path_buf();
            move |source| FileError::Io {
                action,
                path,
                source,
            }
        };
        fs::create_dir_all(&self.dir).map_err(io("create", &self.dir))?;
        let path = self.path(&p.id);
        let json =
            serde_json::to_vec_pretty(p).map_err(|e| io("encode", &path)(io::Error::other(e)))?;
        write_atomic(&path, &json).map_err(io("write", &path))
    }

    /// Takes the record's lock, so that two processes never drive the same enrollment;
    /// `Ok(None)` if another process holds it. Released when the handle drops.
    pub fn try_lock(&self, id: &str) -> Result<Option<fs::File>, FileError> {
        fs::create_dir_all(&self.dir).map_err(|source| FileError::Io {
            action: "create",
            path: self.dir.clone(),
            source,
        })?;
        let path = self.dir.join(format!("{id}.lock"));
        let file = fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|source| FileError::Io {
                action: "open",
                path: path.clone(),
                source,
            })?;
        match file.try_lock() {
            Ok(()) => Ok(Some(file)),
            Err(fs::TryLockError::WouldBlock) => Ok(None),
            Err(fs::TryLockError::Error(source)) => Err(FileError::Io {
                action: "lock",
                path,
                source,
            }),
        }
    }

    /// Removes a record.
    pub fn remove(&self, id: &str) -> Result<(), FileError> {
        let _ = fs::remove_file(self.dir.join(format!("{id}.lock")));
        match fs::remove_file(self.path(id)) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
            Err(source) => Err(FileError::Io {
                action: "remove",
                path: self.path(id),
                source,
            }),
        }
    }

    /// All records, oldest first. A damaged record is an error naming its file.
    pub fn list(&self) -> Result<Vec<Pending>, FileError> {
        let entries = match fs::read_dir(&self.dir) {
            Ok(e) => e,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(source) => {
                return Err(FileError::Io {
                    action: "read",
                    path: self.dir.clone(),
                    source,
                })
            }
        };
        let mut out = Vec::new();
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().and_then(|e| e.to_str()) != Some("json") {
                continue;
            }
            let text = fs::read_to_string(&path).map_err(|source| FileError::Io {
                action: "read",
                path: path.clone(),
                source,
            })?;
            let damaged = |detail: String| FileError::Damaged {
                path: path.clone(),
                detail,
            };
            let p: Pending = serde_json::from_str(&text).map_err(|e| damaged(e.to_string()))?;
            if p.format != FORMAT {
                return Err(damaged("not an enrollment record".into()));
            }
            if p.version > VERSION {
                return Err(FileError::NewerVersion {
                    path,
                    found: p.version,
                });
            }
            out.push(p);
        }
        out.sort_by_key(|p| (p.started, p.id.clone()));
        Ok(out)
    }
}
