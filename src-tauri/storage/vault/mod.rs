//! The one vault file (`accounts.vault` in the data folder): every account, its secret
//! and the recovery codes, sealed under the keychain-held data key (see [`format`]).
//!
//! Every change is one write, journal-like: under an exclusive `flock` on `vault.lock`
//! the file is read and authenticated, changed in memory, sealed with a fresh nonce,
//! written to a temporary file, fsynced, read back and opened again (write, verify),
//! the current file is kept as `accounts.vault.prev`, and the new one renamed over it and
//! the folder fsynced (swap). A crash at any point leaves the old file or the new one;
//! a file that does not verify never replaces a good one. Readers take no lock: a rename
//! is atomic, so they see one whole version and never wait.

mod error;
pub mod format;
pub mod key;

use std::fs;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use zeroize::Zeroizing;

pub use error::VaultError;
pub use format::{Private, Public};
pub use key::{DataKey, KEY_NAME};

use super::atomic::{create_private_dir, lock_file, sync_dir};
use super::SecretStore;
use format::Unsealed;

/// The vault file's name in the data folder.
pub const FILE: &str = "accounts.vault";
/// The previous version, kept for one write.
pub const PREV: &str = "accounts.vault.prev";
const LOCK: &str = "vault.lock";

/// The decrypted vault: the public part and the private part.
pub struct Opened {
    /// Account records and notes.
    pub public: Public,
    /// Secrets and recovery codes.
    pub private: Private,
}

impl Default for Opened {
    fn default() -> Self {
        Opened {
            public: Public {
                format: format::FORMAT.into(),
                ..Public::default()
            },
            private: Private::default(),
        }
    }
}

/// The vault file of one data folder.
#[derive(Debug, Clone)]
pub struct VaultFile {
    dir: PathBuf,
}

impl VaultFile {
    /// The vault in `dir` (nothing is read or created yet).
    pub fn at(dir: &Path) -> Self {
        VaultFile {
            dir: dir.to_path_buf(),
        }
    }

    /// The data folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The vault file.
    pub fn path(&self) -> PathBuf {
        self.dir.join(FILE)
    }

    /// The previous version.
    pub fn prev_path(&self) -> PathBuf {
        self.dir.join(PREV)
    }

    /// True when the vault file exists.
    pub fn exists(&self) -> bool {
        self.path().exists()
    }

    fn io(&self, action: &'static str, path: PathBuf) -> impl FnOnce(io::Error) -> VaultError {
        move |source| VaultError::Io {
            action,
            path,
            source,
        }
    }

    /// Takes the writers' lock (released when the handle drops).
    pub fn lock(&self) -> Result<fs::File, VaultError> {
        create_private_dir(&self.dir).map_err(self.io("create", self.dir.clone()))?;
        let p = self.dir.join(LOCK);
        lock_file(&p, true).map_err(self.io("lock", p.clone()))
    }

    /// The raw bytes, or `None` when there is no vault yet.
    fn read_bytes(&self, path: &Path) -> Result<Option<Vec<u8>>, VaultError> {
        match fs::read(path) {
            Ok(b) => Ok(Some(b)),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(self.io("read", path.to_path_buf())(e)),
        }
    }

    fn unsealed(&self, path: &Path) -> impl Fn(Unsealed) -> VaultError + '_ {
        let path = path.to_path_buf();
        move |e| match e {
            Unsealed::Damaged(detail) => VaultError::Damaged {
                path: path.clone(),
                detail,
            },
            Unsealed::Newer(found) => VaultError::NewerVersion {
                path: path.clone(),
                found,
            },
        }
    }

    /// The public part (names and parameters) without the key; `None` when there is no
    /// vault yet. Not authenticated: see [`format`].
    pub fn read_public(&self) -> Result<Option<Public>, VaultError> {
        let path = self.path();
        match self.read_bytes(&path)? {
            None => Ok(None),
            Some(bytes) => format::read_public(&bytes)
                .map(Some)
                .map_err(self.unsealed(&path)),
        }
    }

    /// Opens `path` (the vault or its previous version) with `key`.
    pub fn open_file(&self, path: &Path, key: &[u8; 32]) -> Result<Option<Opened>, VaultError> {
        match self.read_bytes(path)? {
            None => Ok(None),
            Some(bytes) => format::open(key, &bytes)
                .map(|(public, private)| Some(Opened { public, private }))
                .map_err(self.unsealed(path)),
        }
    }

    /// Opens the vault; an absent file is an empty vault. `key` is `None` when the
    /// keychain has no data key, which is an error only if a vault file exists.
    pub fn open(&self, key: Option<&DataKey>) -> Result<Opened, VaultError> {
        match key {
            Some(k) => Ok(self.open_file(&self.path(), k)?.unwrap_or_default()),
            None if self.exists() => Err(VaultError::KeyMissing),
            None => Ok(Opened::default()),
        }
    }

    /// Reads, changes and writes back under the writers' lock; nothing is written when
    /// `change` fails. `keys` gives the data key (created with the first write).
    pub fn update<T, E: From<VaultError>>(
        &self,
        keys: &dyn SecretStore,
        change: impl FnOnce(&mut Opened) -> Result<T, E>,
    ) -> Result<T, E> {
        let lock = self.lock()?;
        let key = key::for_vault(&self.dir, keys)?;
        let mut opened = self.open(key.as_ref())?;
        let out = change(&mut opened)?;
        let key = match key {
            Some(k) => k,
            None => key::get_or_create(keys).map_err(VaultError::from)?,
        };
        self.write_locked(&key, &mut opened)?;
        drop(lock);
        super::changed(&self.dir);
        Ok(out)
    }

    /// Seals and swaps in `opened` (the caller holds the lock): write, verify, keep the
    /// current file as `.prev`, rename, fsync the folder.
    pub fn write_locked(&self, key: &[u8; 32], opened: &mut Opened) -> Result<(), VaultError> {
        self.remove_leftovers();
        opened.public.format = format::FORMAT.into();
        opened.public.generation += 1;
        let sealed = format::seal(key, &opened.public, &opened.private)
            .map_err(|detail| VaultError::VerifyFailed { detail })?;
        let path = self.path();
        let tmp = self.write_temp(&sealed)?;
        // Verify what the disk returns, not what we meant to write.
        let mut back = Vec::with_capacity(sealed.len());
        fs::File::open(tmp.path())
            .and_then(|mut f| f.read_to_end(&mut back))
            .map_err(self.io("read back", tmp.path().to_path_buf()))?;
        let verified = format::open(key, &back)
            .map_err(|e| VaultError::VerifyFailed {
                detail: format!("{e:?}"),
            })
            .and_then(|(public, _)| {
                (back == sealed && public.generation == opened.public.generation)
                    .then_some(())
                    .ok_or_else(|| VaultError::VerifyFailed {
                        detail: "the bytes read back differ".into(),
                    })
            });
        back.fill(0);
        verified?;
        test_pause("before-prev");
        if path.exists() {
            let prev_tmp = self.dir.join(".prev-link");
            let _ = fs::remove_file(&prev_tmp);
            fs::hard_link(&path, &prev_tmp)
                .and_then(|()| fs::rename(&prev_tmp, self.prev_path()))
                .map_err(self.io("keep the previous version of", path.clone()))?;
        }
        test_pause("before-rename");
        tmp.persist(&path)
            .map_err(|e| self.io("replace", path.clone())(e.error))?;
        sync_dir(&self.dir).map_err(self.io("sync", self.dir.clone()))?;
        test_pause("after-rename");
        Ok(())
    }

    /// Deletes what writes killed half-way left (a temporary copy of the vault, a link
    /// to the previous version). Only under the writers' lock, so no write is running.
    fn remove_leftovers(&self) {
        let Ok(entries) = fs::read_dir(&self.dir) else {
            return;
        };
        for e in entries.flatten() {
            let name = e.file_name();
            let name = name.to_string_lossy();
            if name.starts_with(".tmp-vault-") || name == ".prev-link" {
                let _ = fs::remove_file(e.path());
            }
        }
    }

    fn write_temp(&self, bytes: &[u8]) -> Result<tempfile::NamedTempFile, VaultError> {
        let mut builder = tempfile::Builder::new();
        builder.prefix(".tmp-vault-");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            builder.permissions(fs::Permissions::from_mode(0o600));
        }
        let dir = self.dir.clone();
        let mut tmp = builder
            .tempfile_in(&self.dir)
            .map_err(self.io("create a file in", dir.clone()))?;
        tmp.write_all(bytes)
            .and_then(|()| tmp.as_file().sync_all())
            .map_err(self.io("write a file in", dir))?;
        Ok(tmp)
    }

    /// Replaces the vault with its previous version (doctor's repair), keeping the
    /// current file as `accounts.vault.damaged`. The previous version must open with `key`.
    pub fn restore_prev(&self, key: &[u8; 32]) -> Result<Opened, VaultError> {
        let _lock = self.lock()?;
        let prev = self.prev_path();
        let opened = self.open_file(&prev, key)?.ok_or_else(|| VaultError::Io {
            action: "read",
            path: prev.clone(),
            source: io::ErrorKind::NotFound.into(),
        })?;
        let path = self.path();
        if path.exists() {
            fs::copy(&path, self.dir.join("accounts.vault.damaged"))
                .map_err(self.io("keep a copy of", path.clone()))?;
        }
        let bytes = Zeroizing::new(fs::read(&prev).map_err(self.io("read", prev.clone()))?);
        super::write_atomic(&path, &bytes).map_err(self.io("write", path.clone()))?;
        Ok(opened)
    }
}

/// A test-only hook: when `MFA_COMPANION_TEST_PAUSE` names this point of the write path,
/// say so on stderr and wait, so that a test can kill the process exactly there. Costs
/// one environment lookup per write otherwise.
fn test_pause(point: &str) {
    if std::env::var_os("MFA_COMPANION_TEST_PAUSE").is_some_and(|v| v == point) {
        eprintln!("test pause: {point}");
        std::thread::sleep(std::time::Duration::from_secs(30));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::keychain::memory::MemoryStore;

    fn bump(v: &VaultFile, keys: &MemoryStore, id: &str) {
        v.update(keys, |o| {
            o.private
                .secrets
                .insert(id.into(), Zeroizing::new("AAAA".into()));
            Ok::<_, VaultError>(())
        })
        .unwrap();
    }

    #[test]
    fn each_write_keeps_the_previous_version_and_counts_generations() {
        let dir = tempfile::tempdir().unwrap();
        let keys = MemoryStore::default();
        let v = VaultFile::at(dir.path());
        assert!(v.read_public().unwrap().is_none());
        bump(&v, &keys, "a");
        assert!(!v.prev_path().exists());
        bump(&v, &keys, "b");
        let key = key::get(&keys).unwrap().unwrap();
        let prev = v.open_file(&v.prev_path(), &key).unwrap().unwrap();
        assert_eq!(prev.public.generation, 1);
        assert_eq!(prev.private.secrets.len(), 1);
        assert_eq!(v.read_public().unwrap().unwrap().generation, 2);
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .filter(|n| n.starts_with('.'))
            .collect();
        assert!(names.is_empty(), "temporary files left: {names:?}");
    }

    #[test]
    fn a_damaged_vault_is_never_written_over_and_prev_restores_it() {
        let dir = tempfile::tempdir().unwrap();
        let keys = MemoryStore::default();
        let v = VaultFile::at(dir.path());
        bump(&v, &keys, "a");
        bump(&v, &keys, "b");
        let mut bad = fs::read(v.path()).unwrap();
        let last = bad.len() - 1;
        bad[last] ^= 1;
        fs::write(v.path(), &bad).unwrap();
        let r = v.update(&keys, |_| Ok::<_, VaultError>(()));
        assert!(matches!(r, Err(VaultError::Damaged { .. })));
        assert_eq!(fs::read(v.path()).unwrap(), bad);
        let key = key::get(&keys).unwrap().unwrap();
        let restored = v.restore_prev(&key).unwrap();
        assert_eq!(restored.private.secrets.len(), 1);
        assert!(v.open(Some(&key)).is_ok());
        assert_eq!(
            fs::read(dir.path().join("accounts.vault.damaged")).unwrap(),
            bad
        );
    }

    #[test]
    fn a_missing_key_with_an_existing_file_is_an_error_not_an_empty_vault() {
        let dir = tempfile::tempdir().unwrap();
        let keys = MemoryStore::default();
        let v = VaultFile::at(dir.path());
        bump(&v, &keys, "a");
        keys.delete(KEY_NAME).unwrap();
        assert!(matches!(v.open(None), Err(VaultError::KeyMissing)));
        let r = v.update(&keys, |_| Ok::<_, VaultError>(()));
        assert!(matches!(r, Err(VaultError::KeyMissing)));
        assert!(
            keys.get(KEY_NAME).is_err(),
            "no new key may replace the lost one"
        );
    }

    #[test]
    fn leftovers_of_killed_writes_are_removed_by_the_next_write() {
        let dir = tempfile::tempdir().unwrap();
        let keys = MemoryStore::default();
        let v = VaultFile::at(dir.path());
        bump(&v, &keys, "a");
        fs::write(dir.path().join(".tmp-vault-killed"), b"a whole old vault").unwrap();
        fs::write(dir.path().join(".prev-link"), b"x").unwrap();
        bump(&v, &keys, "b");
        assert!(!dir.path().join(".tmp-vault-killed").exists());
        assert!(!dir.path().join(".prev-link").exists());
    }

    #[test]
    fn first_writes_in_two_folders_at_once_share_one_key() {
        let keys = std::sync::Arc::new(MemoryStore::default());
        let dirs: Vec<_> = (0..4).map(|_| tempfile::tempdir().unwrap()).collect();
        let threads: Vec<_> = dirs
            .iter()
            .map(|d| {
                let (p, keys) = (d.path().to_path_buf(), keys.clone());
                std::thread::spawn(move || bump(&VaultFile::at(&p), &keys, "first"))
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
        let key = key::get(&keys).unwrap().unwrap();
        for d in &dirs {
            assert!(
                VaultFile::at(d.path()).open(Some(&key)).is_ok(),
                "a vault lost its key"
            );
        }
    }

    #[test]
    fn concurrent_writers_lose_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let keys = std::sync::Arc::new(MemoryStore::default());
        bump(&VaultFile::at(dir.path()), &keys, "first");
        let threads: Vec<_> = (0..6)
            .map(|t| {
                let d = dir.path().to_path_buf();
                let keys = keys.clone();
                std::thread::spawn(move || {
                    let v = VaultFile::at(&d);
                    for i in 0..8 {
                        bump(&v, &keys, &format!("t{t}-{i}"));
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
        let key = key::get(&keys).unwrap().unwrap();
        let o = VaultFile::at(dir.path()).open(Some(&key)).unwrap();
        assert_eq!(o.private.secrets.len(), 49);
    }
}
