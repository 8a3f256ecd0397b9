//! The write path of [`AccountStore`]: add, remove, rename, and advancing a HOTP
//! counter. Each is one write of the vault (see [`super::vault`]): all or nothing by
//! construction, so no failure or crash leaves a secret without its account or an
//! account without its secret, and a removed secret is gone from the vault at once.

use std::collections::HashSet;

use super::store::{accounts_of, secret_in};
use super::vault::Opened;
use super::{new_id, AccountStore, StorageError};
use crate::account::{Account, Source};
use crate::otp::{self, Secret};
use crate::otpauth::{self, UriAccount};

impl AccountStore {
    /// Reads the vault, applies `change` to its accounts (validated) and the rest of it,
    /// and writes it back once; nothing is written when `change` fails.
    pub(super) fn update<T>(
        &self,
        change: impl FnOnce(&mut Vec<Account>, &mut Opened) -> Result<T, StorageError>,
    ) -> Result<T, StorageError> {
        self.migrated()?;
        let file = self.file.clone();
        self.file.update(self.keys()?, |opened| {
            let mut accounts = accounts_of(&file, std::mem::take(&mut opened.public.accounts))?;
            let out = change(&mut accounts, opened)?;
            opened.public.accounts = accounts.iter().map(Account::to_record).collect();
            // A removed account loses its pin, tags, icon and note with it.
            let kept = |id: &String| accounts.iter().any(|a| &a.id == id);
            opened.public.pinned.retain(|id| kept(id));
            opened.public.tags.retain(|id, _| kept(id));
            opened.public.icons.retain(|id, _| kept(id));
            opened.private.notes.retain(|id, _| kept(id));
            Ok(out)
        })
    }

    /// Adds an account.
    pub fn add(&self, new: &UriAccount, source: Source) -> Result<Account, StorageError> {
        let mut added = self.add_many(&[new], source)?;
        added.pop().ok_or(StorageError::IdTaken)
    }

    /// Adds several accounts in one write: all are added, or none.
    pub fn add_many(
        &self,
        new: &[&UriAccount],
        source: Source,
    ) -> Result<Vec<Account>, StorageError> {
        self.add_many_with(new, source, |_, _| Ok(()))
    }

    /// Adds several accounts and, in the same write, lets `also` change the rest of the
    /// vault knowing the new accounts (an import with recovery codes and tags): all of
    /// it, or nothing.
    pub fn add_many_with(
        &self,
        new: &[&UriAccount],
        source: Source,
        also: impl FnOnce(&[Account], &mut Opened) -> Result<(), StorageError>,
    ) -> Result<Vec<Account>, StorageError> {
        self.update(|accounts, opened| {
            let mut taken: HashSet<String> = accounts.iter().map(|a| a.id.clone()).collect();
            let mut added = Vec::with_capacity(new.len());
            for n in new {
                let id = free_id(&taken, std::iter::repeat_with(new_id).take(5))?;
                taken.insert(id.clone());
                let account = Account {
                    id: id.clone(),
                    issuer: n.issuer.clone(),
                    account: n.account.clone(),
                    params: n.params,
                    created: otp::unix_now(),
                    source: source.clone(),
                };
                opened.private.secrets.insert(id, n.secret.to_base32());
                accounts.push(account.clone());
                added.push(account);
            }
            also(&added, opened)?;
            Ok(added)
        })
    }

    /// Removes several accounts and their secrets in one write.
    pub fn remove_many(&self, ids: &[&str]) -> Result<(), StorageError> {
        self.update(|accounts, opened| {
            accounts.retain(|a| !ids.contains(&a.id.as_str()));
            for id in ids {
                opened.private.secrets.remove(*id);
            }
            Ok(())
        })
    }

    /// Removes an account and its secret (its recovery codes stay, for the bad day).
    pub fn remove(&self, id: &str) -> Result<Account, StorageError> {
        self.update(|accounts, opened| {
            let pos = accounts
                .iter()
                .position(|a| a.id == id)
                .ok_or_else(|| StorageError::NotFound { query: id.into() })?;
            opened.private.secrets.remove(id);
            Ok(accounts.remove(pos))
        })
    }

    /// Pins an account to the top (last of the pinned ones), or unpins it; returns it.
    pub fn set_pinned(&self, id: &str, pinned: bool) -> Result<Account, StorageError> {
        self.update(|accounts, opened| {
            let account = by_id(accounts, id)?;
            let list = &mut opened.public.pinned;
            list.retain(|p| p != id);
            if pinned {
                list.push(id.to_string());
            }
            Ok(account)
        })
    }

    /// Changes an account's issuer and/or name.
    pub fn rename(
        &self,
        id: &str,
        issuer: Option<&str>,
        account: Option<&str>,
    ) -> Result<Account, StorageError> {
        let issuer = issuer
            .map(|i| otpauth::validate_name("issuer", i))
            .transpose()?;
        let name = account
            .map(|a| otpauth::validate_name("account name", a))
            .transpose()?;
        self.update(|accounts, _| {
            let a = accounts
                .iter_mut()
                .find(|a| a.id == id)
                .ok_or_else(|| StorageError::NotFound { query: id.into() })?;
            if let Some(i) = issuer {
                a.issuer = i;
            }
            if let Some(n) = name {
                a.account = n;
            }
            Ok(a.clone())
        })
    }

    /// Advances a HOTP counter in the vault; returns the account as it was before, whose
    /// counter is the one to use now, and its secret. The counter is on disk before any
    /// code of it exists, so no code is ever handed out twice.
    pub(super) fn advance_hotp(&self, id: &str) -> Result<(Account, Secret), StorageError> {
        self.update(|accounts, opened| {
            let a = accounts
                .iter_mut()
                .find(|a| a.id == id)
                .ok_or_else(|| StorageError::NotFound { query: id.into() })?;
            let before = a.clone();
            let secret = secret_in(opened, &before)?;
            a.params = a
                .params
                .advanced()
                .ok_or_else(|| StorageError::CounterExhausted { label: a.label() })?;
            Ok((before, secret))
        })
    }
}

/// The first drawn id not taken (a clash is 1 in 4 billion per account).
fn free_id(
    taken: &HashSet<String>,
    draws: impl Iterator<Item = String>,
) -> Result<String, StorageError> {
    draws
        .into_iter()
        .find(|id| !taken.contains(id))
        .ok_or(StorageError::IdTaken)
}

/// The account with id `id` among `accounts` (a copy), or [`StorageError::NotFound`].
pub(super) fn by_id(accounts: &[Account], id: &str) -> Result<Account, StorageError> {
    accounts
        .iter()
        .find(|a| a.id == id)
        .cloned()
        .ok_or_else(|| StorageError::NotFound { query: id.into() })
}

#[cfg(test)]
mod tests {
    use std::path::Path;
    use std::sync::Arc;

    use super::*;
    use crate::otp::Kind;
    use crate::storage::keychain::memory::MemoryStore;
    use crate::storage::vault::KEY_NAME;
    use crate::storage::{KeychainError, SecretStore, VaultError};

    fn store() -> (tempfile::TempDir, Arc<MemoryStore>, AccountStore) {
        let dir = tempfile::tempdir().unwrap();
        let mem = Arc::new(MemoryStore::default());
        let s = AccountStore::open(dir.path(), Box::new(mem.clone())).unwrap();
        (dir, mem, s)
    }

    fn uri(u: &str) -> UriAccount {
        otpauth::parse(u).unwrap()
    }

    fn add(s: &AccountStore, u: &str) -> Account {
        s.add(&uri(u), Source::Uri).unwrap()
    }

    /// Makes the next vault write fail: the temporary file cannot be created in a
    /// folder that is not writable... which root ignores, so swap the folder for a file.
    fn block_writes(dir: &Path) -> std::path::PathBuf {
        let moved = dir.with_extension("moved");
        std::fs::rename(dir, &moved).unwrap();
        std::fs::write(dir, b"not a folder").unwrap();
        moved
    }

    fn unblock(dir: &Path, moved: &Path) {
        std::fs::remove_file(dir).unwrap();
        std::fs::rename(moved, dir).unwrap();
    }

    #[test]
    fn the_keychain_holds_only_the_data_key_and_the_disk_no_secret() {
        let (dir, mem, s) = store();
        let a = add(&s, "otpauth://totp/ACME:ann?secret=JBSWY3DPEHPK3PXP");
        add(&s, "otpauth://totp/B:b?secret=JBSWY3DPEHPK3PXQ");
        assert_eq!(mem.keys().unwrap(), vec![KEY_NAME.to_string()]);
        for entry in std::fs::read_dir(dir.path()).unwrap() {
            let bytes = std::fs::read(entry.unwrap().path()).unwrap_or_default();
            assert!(!bytes.windows(16).any(|w| w == b"JBSWY3DPEHPK3PXP"));
        }
        assert_eq!(
            s.secret(&a).unwrap(),
            Secret::from_base32("JBSWY3DPEHPK3PXP").unwrap()
        );
    }

    #[test]
    fn a_failed_write_changes_nothing() {
        let (dir, _mem, s) = store();
        let keep = add(&s, "otpauth://totp/Keep:k?secret=JBSWY3DPEHPK3PXP");
        let a = uri("otpauth://totp/A:a?secret=JBSWY3DPEHPK3PXA");
        let b = uri("otpauth://totp/B:b?secret=JBSWY3DPEHPK3PXB");
        let moved = block_writes(dir.path());
        assert!(s.add_many(&[&a, &b], Source::Uri).is_err());
        assert!(s.remove(&keep.id).is_err());
        unblock(dir.path(), &moved);
        assert_eq!(s.list().unwrap(), vec![keep.clone()]);
        assert!(s.secret(&keep).is_ok());
        let added = s.add_many(&[&a, &b], Source::Uri).unwrap();
        assert_eq!(s.list().unwrap().len(), 3);
        s.remove_many(&[added[0].id.as_str(), added[1].id.as_str()])
            .unwrap();
        assert_eq!(s.list().unwrap(), vec![keep]);
    }

    #[test]
    fn a_locked_keychain_fails_clearly_and_changes_nothing() {
        let (_d, mem, s) = store();
        *mem.locked.lock().unwrap() = true;
        let err = s
            .add(
                &uri("otpauth://totp/ACME:ann?secret=JBSWY3DPEHPK3PXP"),
                Source::Uri,
            )
            .unwrap_err();
        assert!(
            matches!(
                err,
                StorageError::Vault(VaultError::Keychain(KeychainError::Locked))
            ),
            "{err}"
        );
        assert!(s.list().unwrap().is_empty());
        assert!(mem.items.lock().unwrap().is_empty());
    }

    #[test]
    fn a_removed_secret_is_gone_from_the_vault() {
        let (_d, _m, s) = store();
        let a = add(&s, "otpauth://totp/A:a?secret=JBSWY3DPEHPK3PXP");
        let removed = s.remove(&a.id).unwrap();
        assert_eq!(removed.id, a.id);
        let opened = s.open_vault().unwrap();
        assert!(opened.private.secrets.is_empty());
        assert!(matches!(
            s.secret(&a),
            Err(StorageError::SecretMissing { .. })
        ));
        assert!(matches!(
            s.remove(&a.id),
            Err(StorageError::NotFound { .. })
        ));
    }

    #[test]
    fn hotp_counter_is_saved_before_the_code_is_returned() {
        let (_d, _m, s) = store();
        // RFC 4226 secret "12345678901234567890" in base32.
        let a = add(
            &s,
            "otpauth://hotp/H:h?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&counter=0",
        );
        assert_eq!(s.code(&a, 0).unwrap().code, "755224");
        assert_eq!(s.find(&a.id).unwrap().params.counter(), Some(1));
        let again = s.find(&a.id).unwrap();
        assert_eq!(again.params.kind(), Kind::Hotp);
        assert_eq!(s.code(&again, 0).unwrap().code, "287082");
        assert_eq!(s.find(&a.id).unwrap().params.counter(), Some(2));
    }

    #[test]
    fn a_locked_keychain_does_not_burn_a_hotp_counter() {
        let (_d, mem, s) = store();
        let a = add(&s, "otpauth://hotp/H:h?secret=JBSWY3DPEHPK3PXP&counter=5");
        // A fresh store (a new process) must read the key again.
        let s2 = AccountStore::open(s.dir(), Box::new(mem.clone())).unwrap();
        *mem.locked.lock().unwrap() = true;
        assert!(s2.code(&a, 0).is_err());
        assert_eq!(s2.find(&a.id).unwrap().params.counter(), Some(5));
    }

    #[test]
    fn an_id_already_taken_is_never_drawn_again() {
        let taken: HashSet<String> = ["0000abcd".to_string()].into();
        let once = || std::iter::once("0000abcd".to_string());
        assert!(matches!(
            free_id(&taken, once()),
            Err(StorageError::IdTaken)
        ));
        let next = ["0000abcd", "0000abce"].map(String::from).into_iter();
        assert_eq!(free_id(&taken, next).unwrap(), "0000abce");
    }

    #[test]
    fn find_matches_id_label_and_unique_substrings() {
        let (_d, _m, s) = store();
        let g = add(&s, "otpauth://totp/GitHub:ann?secret=JBSWY3DPEHPK3PXP");
        let g2 = add(&s, "otpauth://totp/GitLab:ann?secret=JBSWY3DPEHPK3PXP");
        assert_eq!(s.find(&g.id).unwrap().id, g.id);
        assert_eq!(s.find("github:ANN").unwrap().id, g.id);
        assert_eq!(s.find("lab").unwrap().id, g2.id);
        match s.find("git").unwrap_err() {
            StorageError::Ambiguous { matches, .. } => assert_eq!(matches.len(), 2),
            e => panic!("{e}"),
        }
        assert!(matches!(
            s.find("nothing"),
            Err(StorageError::NotFound { .. })
        ));
    }

    #[test]
    fn rename_validates_and_persists() {
        let (_d, _m, s) = store();
        let a = add(&s, "otpauth://totp/A:a?secret=JBSWY3DPEHPK3PXP");
        let r = s.rename(&a.id, Some(" New "), None).unwrap();
        assert_eq!(r.label(), "New:a");
        assert_eq!(s.find(&a.id).unwrap().label(), "New:a");
        assert!(s.rename(&a.id, Some("bad\u{7}"), None).is_err());
    }

    #[test]
    fn recovery_codes_added_with_accounts_are_one_write() {
        let (_d, _m, s) = store();
        let a = uri("otpauth://totp/A:a?secret=JBSWY3DPEHPK3PXP");
        let failed = s.add_many_with(&[&a], Source::Uri, |_, _| Err(StorageError::IdTaken));
        assert!(failed.is_err());
        assert!(s.list().unwrap().is_empty());
        let added = s
            .add_many_with(&[&a], Source::Uri, |added, opened| {
                opened.private.recovery.add(
                    &added[0].id,
                    "A:a",
                    None,
                    &[zeroize::Zeroizing::new("rc".into())],
                );
                Ok(())
            })
            .unwrap();
        let opened = s.open_vault().unwrap();
        assert_eq!(
            opened
                .private
                .recovery
                .entry(&added[0].id)
                .unwrap()
                .counts(),
            (1, 0)
        );
    }
}
