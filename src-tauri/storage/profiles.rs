//! Server profiles: `servers.json` in the data folder (name, API family, URL, user,
//! tenant or email; no token) and each profile's bearer token in the keychain under
//! `server:NAME` (profiles that sign in keep their session under `session:NAME`
//! instead, written by `signin`). Adding writes the token first and the file second, undoing the token
//! if the file write fails; removing writes the file first.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::atomic::{lock_file, write_atomic};
use super::{FileError, KeychainError, SecretStore, StorageError};
use crate::identity::{Profile, Token};

const FILE: &str = "servers.json";
const LOCK: &str = "servers.lock";
const FORMAT: &str = "mfa-companion/servers";
const VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileV1 {
    format: String,
    version: u32,
    servers: Vec<Profile>,
}

/// What a write expects of a profile of the same name already in the file.
#[derive(Clone, Copy)]
enum Existing {
    /// There must be none (adding).
    Refuse,
    /// Either way (adding with replace).
    Allow,
    /// There must be one (editing).
    Require,
}

/// The keychain key of a profile's token.
pub fn token_key(name: &str) -> String {
    format!("server:{name}")
}

/// The keychain key of a signed-in profile's session (access and refresh tokens).
pub fn session_key(name: &str) -> String {
    format!("session:{name}")
}

/// The profiles of one data folder.
pub struct Profiles {
    dir: PathBuf,
}

impl Profiles {
    /// Profiles in `dir`.
    pub fn open(dir: &Path) -> Self {
        Profiles {
            dir: dir.to_path_buf(),
        }
    }

    fn path(&self) -> PathBuf {
        self.dir.join(FILE)
    }

    fn io(&self, action: &'static str, path: PathBuf) -> impl FnOnce(io::Error) -> FileError {
        move |source| FileError::Io {
            action,
            path,
            source,
        }
    }

    fn read_unlocked(&self) -> Result<Vec<Profile>, FileError> {
        let path = self.path();
        let text = match fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(self.io("read", path)(e)),
        };
        let damaged = |detail: String| FileError::Damaged {
            path: path.clone(),
            detail,
        };
        let head: serde_json::Value =
            serde_json::from_str(&text).map_err(|e| damaged(e.to_string()))?;
        if head.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
            return Err(damaged("not a servers file".into()));
        }
        let version = head.get("version").and_then(|v| v.as_u64()).unwrap_or(0);
        if version > u64::from(VERSION) {
            return Err(FileError::NewerVersion {
                path: path.clone(),
                found: version as u32,
            });
        }
        let file: FileV1 = serde_json::from_value(head).map_err(|e| damaged(e.to_string()))?;
        file.servers
            .into_iter()
            .map(|p| p.validated().map_err(|e| damaged(e.to_string())))
            .collect()
    }

    fn update<T>(
        &self,
        change: impl FnOnce(&mut Vec<Profile>) -> Result<T, StorageError>,
    ) -> Result<T, StorageError> {
        super::atomic::create_private_dir(&self.dir)
            .map_err(self.io("create", self.dir.clone()))?;
        let lock = self.dir.join(LOCK);
        let _lock = lock_file(&lock, true).map_err(self.io("lock", lock.clone()))?;
        let mut servers = self.read_unlocked()?;
        let out = change(&mut servers)?;
        let file = FileV1 {
            format: FORMAT.into(),
            version: VERSION,
            servers,
        };
        let mut json = serde_json::to_vec_pretty(&file)
            .map_err(|e| self.io("encode", self.path())(io::Error::other(e)))?;
        json.push(b'\n');
        write_atomic(&self.path(), &json).map_err(self.io("write", self.path()))?;
        Ok(out)
    }

    /// All profiles, in the order they were added.
    pub fn list(&self) -> Result<Vec<Profile>, StorageError> {
        if !self.path().exists() {
            return Ok(Vec::new());
        }
        let lock = self.dir.join(LOCK);
        let _lock = lock_file(&lock, false).map_err(self.io("lock", lock.clone()))?;
        Ok(self.read_unlocked()?)
    }

    /// The profile called `name`.
    pub fn get(&self, name: &str) -> Result<Profile, StorageError> {
        self.list()?
            .into_iter()
            .find(|p| p.name == name)
            .ok_or_else(|| StorageError::ServerNotFound { name: name.into() })
    }

    /// Adds (or with `replace`, replaces) a profile and its token: token first, file
    /// second, token restored (or removed) if the file write fails. A profile that
    /// signs in has no token (`None`): its session is kept apart (`signin`).
    pub fn add(
        &self,
        keys: &dyn SecretStore,
        profile: Profile,
        token: Option<&Token>,
        replace: bool,
    ) -> Result<(), StorageError> {
        let existing = if replace {
            Existing::Allow
        } else {
            Existing::Refuse
        };
        self.write(keys, profile, token, existing)
    }

    /// Changes an existing profile (found by its name) to `profile`. With a new `token`,
    /// that replaces the stored one as in [`Profiles::add`]; without, the stored token is
    /// kept and only the file is written.
    pub fn edit(
        &self,
        keys: &dyn SecretStore,
        profile: Profile,
        token: Option<&Token>,
    ) -> Result<(), StorageError> {
        self.write(keys, profile, token, Existing::Require)
    }

    /// One locked update of the file that puts `profile` in place, checks `existing`
    /// against what the file holds, and (with a token) writes the token first, putting
    /// the keychain back as it was if the file write fails.
    fn write(
        &self,
        keys: &dyn SecretStore,
        profile: Profile,
        token: Option<&Token>,
        existing: Existing,
    ) -> Result<(), StorageError> {
        let key = token_key(&profile.name);
        let label = format!("MFA Companion: server {} token", profile.name);
        let mut previous = None;
        let mut written = false;
        let result = self.update(|servers| {
            let at = servers.iter().position(|p| p.name == profile.name);
            match (at, existing) {
                (Some(_), Existing::Refuse) => {
                    return Err(StorageError::ServerExists {
                        name: profile.name.clone(),
                    })
                }
                (None, Existing::Require) => {
                    return Err(StorageError::ServerNotFound {
                        name: profile.name.clone(),
                    })
                }
                _ => {}
            }
            if let Some(token) = token {
                previous = match keys.get(&key) {
                    Ok(t) => Some(t),
                    Err(KeychainError::NotFound { .. }) => None,
                    Err(e) => return Err(e.into()),
                };
                keys.put(&key, &label, token.expose())?;
                written = true;
            }
            match at {
                Some(i) => servers[i] = profile.clone(),
                None => servers.push(profile.clone()),
            }
            Ok(())
        });
        if let Err(cause) = result {
            // Put the keychain back as it was (only if we changed it).
            if written {
                let undo = match &previous {
                    Some(t) => keys.put(&key, &label, t),
                    None => keys.delete(&key),
                };
                if let Err(undo) = undo {
                    return Err(StorageError::RollbackFailed {
                        cause: Box::new(cause),
                        undo,
                    });
                }
            }
            return Err(cause);
        }
        Ok(())
    }

    /// Removes a profile, then its token. Returns a keychain error for the token, if
    /// deleting it failed (the profile itself is gone).
    pub fn remove(
        &self,
        keys: &dyn SecretStore,
        name: &str,
    ) -> Result<Option<KeychainError>, StorageError> {
        self.update(|servers| {
            let before = servers.len();
            servers.retain(|p| p.name != name);
            if servers.len() == before {
                return Err(StorageError::ServerNotFound { name: name.into() });
            }
            Ok(())
        })?;
        // Its token, or the tokens of its signed-in session.
        let mut failed = None;
        for key in [token_key(name), session_key(name)] {
            match keys.delete(&key) {
                Ok(()) | Err(KeychainError::NotFound { .. }) => {}
                Err(e) => failed = Some(e),
            }
        }
        Ok(failed)
    }

    /// The token of profile `name`.
    pub fn token(&self, keys: &dyn SecretStore, name: &str) -> Result<Token, StorageError> {
        match keys.get(&token_key(name)) {
            Ok(t) => Token::new(&t).map_err(|_| {
                StorageError::Keychain(KeychainError::Corrupt {
                    key: token_key(name),
                })
            }),
            Err(KeychainError::NotFound { .. }) => {
                Err(StorageError::TokenMissing { name: name.into() })
            }
            Err(e) => Err(e.into()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::identity::Family;
    use crate::storage::keychain::memory::MemoryStore;

    fn profile(name: &str) -> Profile {
        Profile {
            name: name.into(),
            api: Family::Lerian,
            url: "https://id.example.com".into(),
            user: Some("019c96a0-0c21-71f9-a487-66a1258278a1".into()),
            tenant: None,
            email: None,
            country: None,
            auth_url: None,
            login: None,
        }
        .validated()
        .unwrap()
    }

    #[test]
    fn tokens_live_in_the_keychain_and_never_in_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let keys = MemoryStore::default();
        let p = Profiles::open(dir.path());
        p.add(
            &keys,
            profile("work"),
            Some(&Token::new("s3cr3t-token").unwrap()),
            false,
        )
        .unwrap();
        assert_eq!(p.list().unwrap(), vec![profile("work")]);
        assert_eq!(p.token(&keys, "work").unwrap().expose(), "s3cr3t-token");
        let text = fs::read_to_string(dir.path().join(FILE)).unwrap();
        assert!(!text.contains("s3cr3t-token"));
        assert!(matches!(
            p.add(
                &keys,
                profile("work"),
                Some(&Token::new("other").unwrap()),
                false
            ),
            Err(StorageError::ServerExists { .. })
        ));
        assert_eq!(p.token(&keys, "work").unwrap().expose(), "s3cr3t-token");
        p.remove(&keys, "work").unwrap();
        assert!(p.list().unwrap().is_empty());
        assert!(matches!(
            p.token(&keys, "work"),
            Err(StorageError::TokenMissing { .. })
        ));
    }

    #[test]
    fn editing_keeps_the_token_unless_a_new_one_is_given_and_needs_an_existing_profile() {
        let dir = tempfile::tempdir().unwrap();
        let keys = MemoryStore::default();
        let p = Profiles::open(dir.path());
        p.add(
            &keys,
            profile("work"),
            Some(&Token::new("first").unwrap()),
            false,
        )
        .unwrap();
        let mut moved = profile("work");
        moved.url = "https://login.example.org/identity".into();
        p.edit(&keys, moved.clone(), None).unwrap();
        assert_eq!(p.get("work").unwrap(), moved);
        assert_eq!(p.token(&keys, "work").unwrap().expose(), "first");
        p.edit(&keys, profile("work"), Some(&Token::new("second").unwrap()))
            .unwrap();
        assert_eq!(p.get("work").unwrap(), profile("work"));
        assert_eq!(p.token(&keys, "work").unwrap().expose(), "second");
        for token in [None, Some(Token::new("third").unwrap())] {
            assert!(matches!(
                p.edit(&keys, profile("home"), token.as_ref()),
                Err(StorageError::ServerNotFound { .. })
            ));
        }
        assert_eq!(p.list().unwrap(), vec![profile("work")]);
        assert!(matches!(
            p.token(&keys, "home"),
            Err(StorageError::TokenMissing { .. })
        ));
    }

    #[test]
    fn a_damaged_servers_file_is_reported_and_the_token_is_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let keys = MemoryStore::default();
        let p = Profiles::open(dir.path());
        p.add(
            &keys,
            profile("work"),
            Some(&Token::new("first").unwrap()),
            false,
        )
        .unwrap();
        fs::write(dir.path().join(FILE), "{ damaged").unwrap();
        let err = p
            .add(
                &keys,
                profile("work"),
                Some(&Token::new("second").unwrap()),
                true,
            )
            .unwrap_err();
        assert!(
            matches!(err, StorageError::File(FileError::Damaged { .. })),
            "{err}"
        );
        assert_eq!(keys.get(&token_key("work")).unwrap().as_str(), "first");
    }
}
