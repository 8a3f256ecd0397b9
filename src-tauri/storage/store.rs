//! [`AccountStore`]: the accounts of one data folder, and its queries (list, find,
//! secrets, codes, the health check). Its write path is in [`super::write`].
//!
//! `list` reads the vault's public part only: no keychain round trip, and it works
//! while the keychain is locked. Anything that needs a secret opens the whole vault
//! with the data key, which is read from the keychain once per store.

use std::path::Path;
use std::sync::{Mutex, OnceLock};

use super::vault::{key, DataKey, Opened, VaultFile};
use super::{find_in, keychain, migrate, StorageError};
use super::{AccountsFile, KeychainError, SecretStore, VaultError};
use crate::account::Account;
use crate::otp::{self, Code, Kind, Secret};

/// An account and its secret (or why it has none usable).
pub type WithSecret = (Account, Result<Secret, StorageError>);

/// Opens a keychain on first use.
type KeychainOpener = Box<dyn Fn() -> Result<Box<dyn SecretStore>, KeychainError> + Send + Sync>;

/// Accounts: one vault file in the data folder, under a data key in the keychain. The
/// keychain is opened on first use, so listing works (and reports its own errors first)
/// when it is unavailable.
pub struct AccountStore {
    pub(super) file: VaultFile,
    opener: KeychainOpener,
    keys: OnceLock<Result<Box<dyn SecretStore>, KeychainError>>,
    /// The data key once read (zeroized on drop).
    key: Mutex<Option<DataKey>>,
}

/// What [`AccountStore::check`] found.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Health {
    /// How many accounts the vault holds (each with its secret).
    pub accounts: usize,
    /// How many accounts have recovery codes.
    pub with_recovery_codes: usize,
    /// Accounts listed without a secret, or with one that does not decode.
    pub broken: Vec<String>,
    /// Notes kept in the vault for the user (from the migration).
    pub notes: Vec<String>,
    /// How many times the vault was written.
    pub generation: u64,
}

impl AccountStore {
    /// Opens the store in `dir` over the given keychain.
    pub fn open(dir: &Path, keys: Box<dyn SecretStore>) -> Result<Self, StorageError> {
        let cell = OnceLock::new();
        let _ = cell.set(Ok(keys));
        Self::with(dir, Box::new(|| Err(KeychainError::Locked)), cell)
    }

    /// Opens the default data folder; the OS keychain is connected on first use.
    pub fn open_default() -> Result<Self, StorageError> {
        let dir = super::default_data_dir()?;
        Self::with(&dir, Box::new(keychain::open_system), OnceLock::new())
    }

    fn with(
        dir: &Path,
        opener: KeychainOpener,
        keys: OnceLock<Result<Box<dyn SecretStore>, KeychainError>>,
    ) -> Result<Self, StorageError> {
        super::atomic::create_private_dir(dir).map_err(|source| super::FileError::Io {
            action: "create the data folder",
            path: dir.to_path_buf(),
            source,
        })?;
        Ok(Self {
            file: VaultFile::at(dir),
            opener,
            keys,
            key: Mutex::new(None),
        })
    }

    pub(super) fn keys(&self) -> Result<&dyn SecretStore, KeychainError> {
        match self.keys.get_or_init(|| (self.opener)()) {
            Ok(k) => Ok(k.as_ref()),
            Err(e) => Err(e.clone()),
        }
    }

    /// The data folder.
    pub fn dir(&self) -> &Path {
        self.file.dir()
    }

    /// The vault file.
    pub fn vault_file(&self) -> &VaultFile {
        &self.file
    }

    /// The keychain in use (connecting on first use).
    pub fn keychain(&self) -> Result<&dyn SecretStore, StorageError> {
        Ok(self.keys()?)
    }

    /// Moves an old layout into the vault first, if one is there.
    pub(super) fn migrated(&self) -> Result<(), StorageError> {
        if migrate::pending(self.dir()) {
            migrate::ensure(&self.file, self.keys()?)?;
        }
        Ok(())
    }

    /// The data key (read from the keychain once); `None` when there is none yet.
    pub(super) fn data_key(&self) -> Result<Option<DataKey>, StorageError> {
        // Under the app lock the agent decides, every time: `lock now` takes effect at
        // once in every process.
        // No keychain connection is made then (it costs more than the whole read).
        if super::lock::enabled(self.dir()) {
            return match crate::agent::client::get(self.dir()).map_err(VaultError::from)? {
                Some(k) => Ok(Some(k)),
                None => Err(VaultError::AppLocked.into()),
            };
        }
        let mut cached = self.key.lock().map_err(|_| KeychainError::Failed {
            detail: "the key cache is unusable after an earlier failure".into(),
        })?;
        if cached.is_none() {
            *cached = key::get(self.keys()?)?;
        }
        Ok(cached.clone())
    }

    /// True when the app lock is on and not open (the agent holds no key for this vault).
    pub fn is_locked(&self) -> bool {
        super::lock::enabled(self.dir())
            && !matches!(crate::agent::client::get(self.dir()), Ok(Some(_)))
    }

    /// Opens the app lock with `password`: the key is unwrapped and handed to the agent
    /// (started if needed). Returns the idle time after which the agent forgets it.
    pub fn unlock(&self, password: &str) -> Result<u64, StorageError> {
        let lock = super::lock::read(self.dir())?.ok_or(VaultError::LockOff)?;
        let key = super::lock::unwrap(&lock, password)?;
        crate::agent::client::ensure_running().map_err(VaultError::from)?;
        crate::agent::client::put(self.dir(), &key, lock.idle_secs).map_err(VaultError::from)?;
        Ok(lock.idle_secs)
    }

    /// Opens the whole vault (secrets included).
    pub(super) fn open_vault(&self) -> Result<Opened, StorageError> {
        self.migrated()?;
        let key = self.data_key()?;
        Ok(self.file.open(key.as_ref())?)
    }

    /// All accounts, in the order they were added. Needs no keychain, except once to
    /// move an old layout into the vault (if that fails, the old list is shown).
    pub fn list(&self) -> Result<Vec<Account>, StorageError> {
        if migrate::pending(self.dir()) {
            if let Err(e) = self.migrated() {
                log::warn!("the old accounts were not moved into the vault yet: {e}");
                if !self.file.exists() {
                    return Ok(AccountsFile::open(self.dir())?.load()?);
                }
            }
        }
        let public = self.file.read_public()?.unwrap_or_default();
        accounts_of(&self.file, public.accounts)
    }

    /// Ids of the pinned accounts, in pin order (the public part only: no keychain).
    pub fn pinned(&self) -> Result<Vec<String>, StorageError> {
        Ok(self
            .file
            .read_public()?
            .map(|p| p.pinned)
            .unwrap_or_default())
    }

    /// Forgets the data key read from the keychain (it is zeroized); the next read of a
    /// secret asks the keychain again. The resident agent calls this when idle.
    pub fn forget_key(&self) {
        if let Ok(mut key) = self.key.lock() {
            *key = None;
        }
    }

    /// Finds one account by id, `issuer:account`, or a unique case-insensitive
    /// substring of either.
    pub fn find(&self, query: &str) -> Result<Account, StorageError> {
        find_in(self.list()?, query)
    }

    /// The secret of an account.
    pub fn secret(&self, account: &Account) -> Result<Secret, StorageError> {
        secret_in(&self.open_vault()?, account)
    }

    /// Every account with its secret, from one read of the vault. Accounts whose secret
    /// is missing or damaged come with that error instead.
    pub fn with_secrets(&self) -> Result<Vec<WithSecret>, StorageError> {
        Ok(self.with_secrets_and_codes()?.0)
    }

    /// [`AccountStore::with_secrets`] and every recovery code, from the same single read
    /// of the vault (an export or a backup needs both).
    pub fn with_secrets_and_codes(
        &self,
    ) -> Result<(Vec<WithSecret>, super::recovery::Contents), StorageError> {
        let opened = self.open_vault()?;
        let accounts = accounts_of(&self.file, opened.public.accounts.clone())?;
        let with = accounts
            .into_iter()
            .map(|a| {
                let s = secret_in(&opened, &a);
                (a, s)
            })
            .collect();
        Ok((with, opened.private.recovery))
    }

    /// The code to show for an account now. Time-based: the current code. HOTP: the
    /// counter is advanced and saved first, then the code of the old counter returned.
    pub fn code(&self, account: &Account, unix_time: u64) -> Result<Code, StorageError> {
        match account.params.kind() {
            Kind::Totp | Kind::Steam => {
                let secret = self.secret(account)?;
                Ok(otp::code_at(&account.params, &secret, unix_time))
            }
            Kind::Hotp => {
                let (used, secret) = self.advance_hotp(&account.id)?;
                Ok(otp::code_at(&used.params, &secret, unix_time))
            }
        }
    }

    /// Opens the vault with its key and checks every account (for `doctor`).
    pub fn check(&self) -> Result<Health, StorageError> {
        let opened = self.open_vault()?;
        let accounts = accounts_of(&self.file, opened.public.accounts.clone())?;
        let broken = accounts
            .iter()
            .filter(|a| secret_in(&opened, a).is_err())
            .map(|a| format!("{} (id {})", a.label(), a.id))
            .collect();
        let with_recovery_codes = opened
            .private
            .recovery
            .entries
            .iter()
            .filter(|e| !e.codes.is_empty())
            .count();
        Ok(Health {
            accounts: accounts.len(),
            with_recovery_codes,
            broken,
            notes: opened.public.notes.clone(),
            generation: opened.public.generation,
        })
    }
}

/// Validates the vault's account records.
pub(super) fn accounts_of(
    file: &VaultFile,
    records: Vec<crate::account::AccountRecord>,
) -> Result<Vec<Account>, StorageError> {
    let mut out: Vec<Account> = Vec::with_capacity(records.len());
    let mut seen = std::collections::HashSet::with_capacity(records.len());
    for r in records {
        let a = r.validate().map_err(|e| VaultError::Damaged {
            path: file.path(),
            detail: e.to_string(),
        })?;
        if !seen.insert(a.id.clone()) {
            return Err(VaultError::Damaged {
                path: file.path(),
                detail: format!("account id {} appears twice", a.id),
            }
            .into());
        }
        out.push(a);
    }
    Ok(out)
}

/// An account's secret in an opened vault.
pub(super) fn secret_in(opened: &Opened, account: &Account) -> Result<Secret, StorageError> {
    let text =
        opened
            .private
            .secrets
            .get(&account.id)
            .ok_or_else(|| StorageError::SecretMissing {
                id: account.id.clone(),
                label: account.label(),
            })?;
    Secret::from_base32(text).map_err(|e| StorageError::SecretDamaged {
        id: account.id.clone(),
        label: account.label(),
        reason: e,
    })
}
