//! The one-time move from the two-store layout (releases before the one vault: metadata
//! in `accounts.json`, one keychain item `account:ID` per secret, recovery codes in
//! `recovery.vault`) into the one vault file.
//!
//! All or nothing: under the vault's writers' lock every old secret is read, the new
//! vault is written, read back and compared, and only then are the old keychain items
//! deleted and the old files removed, files last, so that their presence means "not
//! finished" and the next start completes the clean-up. A locked keychain changes
//! nothing. Old items that belong to no account (left by crashes of the old design) are
//! deleted, not resurrected: their accounts had been removed or never finished adding.
//! An account whose secret is missing from the keychain cannot be carried over; it is
//! named in a note that `doctor` shows.

use std::fs;
use std::path::Path;

use zeroize::Zeroizing;

use super::accounts_file::{AccountsFile, FileError};
use super::vault::{format, key, Opened, VaultError, VaultFile};
use super::{KeychainError, SecretStore};
use crate::account::Account;
use crate::otpauth;

/// The old metadata file and its backup.
const OLD_FILES: [&str; 4] = [
    "accounts.json",
    "accounts.json.bak",
    "accounts.lock",
    "recovery.lock",
];
const OLD_RECOVERY: &str = "recovery.vault";

/// The keychain key of an account's secret in the old layout.
pub fn old_item_key(id: &str) -> String {
    format!("account:{id}")
}

/// True when files of the old layout are in `dir` (a migration or its clean-up is due).
pub fn pending(dir: &Path) -> bool {
    dir.join("accounts.json").exists() || dir.join(OLD_RECOVERY).exists()
}

fn file_error(e: FileError) -> VaultError {
    match e {
        FileError::Io {
            action,
            path,
            source,
        } => VaultError::Io {
            action,
            path,
            source,
        },
        FileError::Damaged { path, detail } => VaultError::Damaged { path, detail },
        FileError::NewerVersion { path, found } => VaultError::NewerVersion {
            path,
            found: u16::try_from(found).unwrap_or(u16::MAX),
        },
    }
}

/// Migrates `file`'s folder if it still has the old layout; returns how many accounts
/// were carried over (`None` when there was nothing to do).
pub fn ensure(file: &VaultFile, keys: &dyn SecretStore) -> Result<Option<usize>, VaultError> {
    if !pending(file.dir()) {
        return Ok(None);
    }
    let _lock = file.lock()?;
    if !pending(file.dir()) {
        return Ok(None);
    }
    let dir = file.dir().to_path_buf();
    let old = AccountsFile::open(&dir).map_err(file_error)?;
    let accounts = old.load().map_err(file_error)?;
    if file.exists() {
        // Written earlier; only the clean-up was interrupted.
        clean_up(&dir, keys, &accounts)?;
        return Ok(None);
    }
    let mut opened = Opened::default();
    for a in &accounts {
        match read_old_secret(keys, a)? {
            Some(secret) => {
                opened.public.accounts.push(a.to_record());
                opened.private.secrets.insert(a.id.clone(), secret);
            }
            None => opened.public.notes.push(format!(
                "when the vault was created, {} (id {}) had no readable secret in the keychain and was not carried over: add it again",
                a.label(),
                a.id
            )),
        }
    }
    let key = key::get_or_create(keys)?;
    let old_recovery = dir.join(OLD_RECOVERY);
    if let Ok(bytes) = fs::read(&old_recovery) {
        match format::open_v1(&key, &bytes) {
            Ok(contents) => opened.private.recovery = contents,
            Err(e) => {
                let kept = dir.join("recovery.vault.unreadable");
                fs::copy(&old_recovery, &kept).map_err(|source| VaultError::Io {
                    action: "keep a copy of",
                    path: old_recovery.clone(),
                    source,
                })?;
                opened.public.notes.push(format!(
                    "the old recovery-code vault could not be read ({e:?}); it was kept as {}",
                    kept.display()
                ));
            }
        }
    }
    let carried = opened.public.accounts.len();
    let expected_secrets: Vec<String> = opened.private.secrets.keys().cloned().collect();
    let expected_records = opened.public.accounts.clone();
    let expected_codes = opened.private.recovery.entries.len();
    file.write_locked(&key, &mut opened)?;
    // Read back from disk and compare before anything old is deleted.
    let back = file.open(Some(&key))?;
    let same = back.public.accounts == expected_records
        && back.private.secrets.keys().eq(expected_secrets.iter())
        && back.private.recovery.entries.len() == expected_codes
        && expected_secrets
            .iter()
            .all(|id| back.private.secrets.get(id) == opened.private.secrets.get(id));
    if !same {
        return Err(VaultError::VerifyFailed {
            detail: "the migrated vault does not read back the same".into(),
        });
    }
    clean_up(&dir, keys, &accounts)?;
    log::info!("migrated {carried} account(s) into the vault");
    Ok(Some(carried))
}

/// An old account's secret in canonical base32; `None` when its item is missing or not
/// readable (the account cannot be carried over). Keychain failures are errors.
fn read_old_secret(
    keys: &dyn SecretStore,
    a: &Account,
) -> Result<Option<Zeroizing<String>>, VaultError> {
    match keys.get(&old_item_key(&a.id)) {
        Ok(uri) => Ok(otpauth::parse(&uri).ok().map(|u| u.secret.to_base32())),
        Err(KeychainError::NotFound { .. } | KeychainError::Corrupt { .. }) => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// Deletes the old keychain items (every `account:*` item, see the module doc), then the
/// old files.
fn clean_up(dir: &Path, keys: &dyn SecretStore, accounts: &[Account]) -> Result<(), VaultError> {
    let mut old_keys: Vec<String> = accounts.iter().map(|a| old_item_key(&a.id)).collect();
    old_keys.extend(
        keys.keys()?
            .into_iter()
            .filter(|k| k.starts_with("account:")),
    );
    old_keys.sort();
    old_keys.dedup();
    for k in &old_keys {
        match keys.delete(k) {
            Ok(()) | Err(KeychainError::NotFound { .. }) => {}
            Err(e) => return Err(e.into()),
        }
    }
    for name in std::iter::once(OLD_RECOVERY).chain(OLD_FILES.iter().rev().copied()) {
        let p = dir.join(name);
        match fs::remove_file(&p) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(source) => {
                return Err(VaultError::Io {
                    action: "remove the old file",
                    path: p,
                    source,
                })
            }
        }
    }
    super::atomic::sync_dir(dir).map_err(|source| VaultError::Io {
        action: "sync",
        path: dir.to_path_buf(),
        source,
    })
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::account::Source;
    use crate::otp::OtpParams;
    use crate::storage::keychain::memory::MemoryStore;
    use crate::storage::recovery::Contents;

    /// Writes a profile exactly as the two-store releases did: metadata file, one item
    /// per secret (its otpauth URI), and a version-1 recovery vault under `vault:key`.
    fn old_profile(dir: &Path, keys: &MemoryStore) -> Vec<Account> {
        let accounts: Vec<Account> = [("aaaa0001", "A"), ("aaaa0002", "B"), ("aaaa0003", "C")]
            .iter()
            .map(|(id, issuer)| Account {
                id: (*id).into(),
                issuer: (*issuer).into(),
                account: "me".into(),
                params: OtpParams::default_totp(),
                created: 1,
                source: Source::Uri,
            })
            .collect();
        AccountsFile::open(dir)
            .unwrap()
            .update(|v| {
                v.extend(accounts.iter().cloned());
                Ok::<_, FileError>(())
            })
            .unwrap();
        for a in &accounts {
            let uri = format!(
                "otpauth://totp/{}:me?secret=JBSWY3DPEHPK3PX{}",
                a.issuer, a.issuer
            );
            keys.put(&old_item_key(&a.id), "x", &uri).unwrap();
        }
        keys.put(
            &old_item_key("deadbeef"),
            "orphan",
            "otpauth://totp/O?secret=JBSWY3DP",
        )
        .unwrap();
        let key = key::create(keys).unwrap();
        let mut c = Contents::default();
        c.add("aaaa0001", "A:me", None, &[Zeroizing::new("rc-1".into())]);
        fs::write(dir.join(OLD_RECOVERY), format::seal_v1(&key, &c).unwrap()).unwrap();
        accounts
    }

    #[test]
    fn an_old_profile_moves_into_the_vault_and_nothing_old_is_left() {
        let dir = tempfile::tempdir().unwrap();
        let keys = Arc::new(MemoryStore::default());
        let accounts = old_profile(dir.path(), &keys);
        let file = VaultFile::at(dir.path());
        assert_eq!(ensure(&file, &keys).unwrap(), Some(3));
        let key = key::get(&keys).unwrap().unwrap();
        let o = file.open(Some(&key)).unwrap();
        assert_eq!(o.public.accounts.len(), 3);
        assert_eq!(
            o.private.secrets[&accounts[1].id].as_str(),
            "JBSWY3DPEHPK3PXB"
        );
        assert_eq!(
            o.private.recovery.entry("aaaa0001").unwrap().counts(),
            (1, 0)
        );
        assert_eq!(keys.keys().unwrap(), vec![key::KEY_NAME.to_string()]);
        assert!(!pending(dir.path()));
        assert_eq!(ensure(&file, &keys).unwrap(), None);
    }

    #[test]
    fn a_locked_keychain_changes_nothing_and_a_later_start_migrates() {
        let dir = tempfile::tempdir().unwrap();
        let keys = Arc::new(MemoryStore::default());
        old_profile(dir.path(), &keys);
        *keys.locked.lock().unwrap() = true;
        assert!(ensure(&VaultFile::at(dir.path()), &keys).is_err());
        assert!(!VaultFile::at(dir.path()).exists());
        assert_eq!(keys.items.lock().unwrap().len(), 5);
        *keys.locked.lock().unwrap() = false;
        assert_eq!(ensure(&VaultFile::at(dir.path()), &keys).unwrap(), Some(3));
    }

    #[test]
    fn an_interrupted_clean_up_is_finished_by_the_next_start() {
        let dir = tempfile::tempdir().unwrap();
        let keys = Arc::new(MemoryStore::default());
        old_profile(dir.path(), &keys);
        *keys.fail_delete.lock().unwrap() = true;
        assert!(ensure(&VaultFile::at(dir.path()), &keys).is_err());
        assert!(
            VaultFile::at(dir.path()).exists(),
            "the vault was written first"
        );
        assert!(pending(dir.path()));
        *keys.fail_delete.lock().unwrap() = false;
        assert_eq!(ensure(&VaultFile::at(dir.path()), &keys).unwrap(), None);
        assert!(!pending(dir.path()));
        assert_eq!(keys.keys().unwrap(), vec![key::KEY_NAME.to_string()]);
    }

    #[test]
    fn an_account_without_its_secret_is_named_in_a_note() {
        let dir = tempfile::tempdir().unwrap();
        let keys = Arc::new(MemoryStore::default());
        old_profile(dir.path(), &keys);
        keys.delete(&old_item_key("aaaa0002")).unwrap();
        let file = VaultFile::at(dir.path());
        assert_eq!(ensure(&file, &keys).unwrap(), Some(2));
        let public = file.read_public().unwrap().unwrap();
        assert_eq!(public.notes.len(), 1);
        assert!(public.notes[0].contains("B:me"), "{}", public.notes[0]);
    }
}
