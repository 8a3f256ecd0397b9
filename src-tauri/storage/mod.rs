//! Storage: accounts that are never lost. Owns the data folder, the metadata file and
//! the keychain items, and the order in which they are written:
//!
//! - add: secret into the keychain first, metadata second; if the metadata write fails
//!   the secret is removed again, so no failure leaves a secret without its account;
//! - remove: metadata first, secret second; a failure in between leaves a keychain item
//!   with no account, which [`AccountStore::reconcile`] reports and
//!   [`AccountStore::recover_orphans`] turns back into an account (items carry their URI);
//! - HOTP: the counter is advanced and saved before its code is handed out.
//!
//! No plaintext secret is ever written to disk: the metadata file holds none.

mod accounts_file;
mod atomic;
pub mod keychain;
pub mod profiles;
pub mod vault;

use std::path::{Path, PathBuf};

pub use accounts_file::{AccountsFile, FileError};
pub use atomic::write_atomic;
pub use keychain::{KeychainError, SecretStore};
pub use profiles::Profiles;
pub use vault::{Vault, VaultError};

use crate::account::{valid_id, Account, Source};
use crate::otp::{self, Code, Kind, Secret};
use crate::otpauth::{self, UriAccount};

/// Everything storage can report. Messages are for people and never hold a secret.
#[non_exhaustive]
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    /// The metadata file could not be read or written.
    #[error(transparent)]
    File(#[from] FileError),
    /// The keychain failed.
    #[error(transparent)]
    Keychain(#[from] KeychainError),
    /// No data folder could be determined (no home directory).
    #[error("no data folder: set XDG_DATA_HOME or HOME")]
    NoDataDir,
    /// No account matches the query.
    #[error("no account matches {query:?}: see `mfa-companion list`")]
    NotFound {
        /// what was asked for
        query: String,
    },
    /// More than one account matches.
    #[error("{query:?} matches {} accounts: {}; use an id or issuer:account", matches.len(), matches.join(", "))]
    Ambiguous {
        /// what was asked for
        query: String,
        /// `id (issuer:account)` of each match
        matches: Vec<String>,
    },
    /// The account exists but its secret is not in the keychain.
    #[error("the secret of {label} (id {id}) is missing from the keychain: it was removed outside the app; add the account again or restore the keychain")]
    SecretMissing {
        /// the account's id
        id: String,
        /// `issuer:account`
        label: String,
    },
    /// The keychain item of an account does not hold a valid otpauth URI.
    #[error("the keychain item of {label} (id {id}) is damaged ({reason}): remove the account and add it again")]
    SecretDamaged {
        /// the account's id
        id: String,
        /// `issuer:account`
        label: String,
        /// the parse error (never the secret)
        reason: String,
    },
    /// Adding failed after the secret was stored, and removing it again failed too.
    #[error("{cause}; the secret stored for it could not be removed again ({undo}): run `mfa-companion doctor` to reconcile")]
    RollbackFailed {
        /// why the add failed
        cause: Box<StorageError>,
        /// why the undo failed
        undo: KeychainError,
    },
    /// No free account id was found in a few random draws (practically never).
    #[error("no free account id was found; try again")]
    IdTaken,
    /// A HOTP counter reached its maximum.
    #[error("the counter of {label} cannot advance any further")]
    CounterExhausted {
        /// `issuer:account`
        label: String,
    },
    /// An invalid issuer or account name.
    #[error(transparent)]
    Name(#[from] otpauth::UriError),
    /// A server profile of that name exists.
    #[error("a server profile named {name} exists: pick another name, or pass --replace")]
    ServerExists {
        /// the name
        name: String,
    },
    /// No server profile of that name.
    #[error("no server profile named {name}: see `mfa-companion server list`")]
    ServerNotFound {
        /// the name
        name: String,
    },
    /// The profile exists but its token is not in the keychain.
    #[error("the token of server profile {name} is missing from the keychain: store it again with `mfa-companion server add {name} ... --replace`")]
    TokenMissing {
        /// the name
        name: String,
    },
}

/// The default data folder: `$XDG_DATA_HOME/mfa-companion` (or the platform's equivalent).
pub fn default_data_dir() -> Result<PathBuf, StorageError> {
    directories::ProjectDirs::from("", "", "mfa-companion")
        .map(|d| d.data_dir().to_path_buf())
        .ok_or(StorageError::NoDataDir)
}

/// Checks that the data folder exists (creating it), is writable, and that the metadata
/// file reads; returns the number of accounts.
pub fn check_data_dir(dir: &Path) -> Result<usize, StorageError> {
    let file = AccountsFile::open(dir)?;
    let probe = dir.join(".doctor-probe");
    write_atomic(&probe, b"probe").map_err(|source| FileError::Io {
        action: "write a test file in",
        path: dir.to_path_buf(),
        source,
    })?;
    let _ = std::fs::remove_file(&probe);
    Ok(file.load()?.len())
}

/// Sanity of the system clock, which TOTP depends on: a plausible date, and whether the
/// system reports it synchronized (systemd-timesyncd). Returns a description.
pub fn check_clock(unix_time: u64) -> Result<String, String> {
    // 2020-01-01 .. 2100-01-01: outside it the clock is certainly wrong.
    if !(1_577_836_800..4_102_444_800).contains(&unix_time) {
        return Err(format!(
            "the system clock reads {unix_time} (Unix time), which cannot be right: set the date and time, codes depend on it"
        ));
    }
    if Path::new("/run/systemd/timesync/synchronized").exists() {
        Ok("synchronized by systemd-timesyncd".into())
    } else {
        Ok("plausible; network time sync status unknown (codes need the clock within a few seconds)".into())
    }
}

/// The keychain key of an account's secret.
pub fn account_key(id: &str) -> String {
    format!("account:{id}")
}

fn keychain_label(issuer: &str, account: &str) -> String {
    match (issuer.is_empty(), account.is_empty()) {
        (false, false) => format!("MFA Companion: {issuer} ({account})"),
        (false, true) => format!("MFA Companion: {issuer}"),
        _ => format!("MFA Companion: {account}"),
    }
}

/// What [`AccountStore::reconcile`] found.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Reconciliation {
    /// Accounts whose keychain item is missing.
    pub missing_secrets: Vec<Account>,
    /// Keychain keys (`account:ID`) that no account refers to.
    pub orphan_keys: Vec<String>,
}

impl Reconciliation {
    /// True when metadata and keychain agree.
    pub fn is_clean(&self) -> bool {
        self.missing_secrets.is_empty() && self.orphan_keys.is_empty()
    }
}

/// Opens a keychain on first use.
type KeychainOpener = Box<dyn Fn() -> Result<Box<dyn SecretStore>, KeychainError> + Send + Sync>;

/// What [`AccountStore::recover_orphans`] did.
#[derive(Debug, Default)]
pub struct Recovery {
    /// Accounts re-created from their keychain items.
    pub recovered: Vec<Account>,
    /// `(keychain key, reason)` of items that could not be read back.
    pub failed: Vec<(String, String)>,
}

/// Accounts: metadata in the data folder, secrets in the keychain. The keychain is
/// opened on first use, so metadata-only operations work (and report their own errors
/// first) when it is unavailable.
pub struct AccountStore {
    file: AccountsFile,
    opener: KeychainOpener,
    keys: std::sync::OnceLock<Result<Box<dyn SecretStore>, KeychainError>>,
}

impl AccountStore {
    /// Opens the store in `dir` over the given keychain.
    pub fn open(dir: &Path, keys: Box<dyn SecretStore>) -> Result<Self, StorageError> {
        let cell = std::sync::OnceLock::new();
        let _ = cell.set(Ok(keys));
        Ok(Self {
            file: AccountsFile::open(dir)?,
            opener: Box::new(|| {
                Err(KeychainError::Unavailable {
                    detail: "already opened".into(),
                })
            }),
            keys: cell,
        })
    }

    /// Opens the default data folder; the OS keychain is connected on first use.
    pub fn open_default() -> Result<Self, StorageError> {
        let dir = default_data_dir()?;
        Ok(Self {
            file: AccountsFile::open(&dir)?,
            opener: Box::new(keychain::open_system),
            keys: std::sync::OnceLock::new(),
        })
    }

    fn keys(&self) -> Result<&dyn SecretStore, KeychainError> {
        match self.keys.get_or_init(|| (self.opener)()) {
            Ok(k) => Ok(k.as_ref()),
            Err(e) => Err(e.clone()),
        }
    }

    /// The data folder.
    pub fn dir(&self) -> &Path {
        self.file.dir()
    }

    /// The keychain in use (connecting on first use).
    pub fn keychain(&self) -> Result<&dyn SecretStore, StorageError> {
        Ok(self.keys()?)
    }

    /// All accounts, in the order they were added.
    pub fn list(&self) -> Result<Vec<Account>, StorageError> {
        Ok(self.file.load()?)
    }

    /// Adds an account: secret first, metadata second, secret removed again on failure.
    pub fn add(&self, new: &UriAccount, source: Source) -> Result<Account, StorageError> {
        let mut added = self.add_many(&[new], source)?;
        added.pop().ok_or(StorageError::IdTaken)
    }

    /// Adds several accounts in one transaction: under the file's exclusive lock each
    /// secret is written to the keychain, then the metadata once. If anything fails,
    /// the secrets already written are removed again and the metadata is not changed:
    /// all are added, or none.
    pub fn add_many(
        &self,
        new: &[&UriAccount],
        source: Source,
    ) -> Result<Vec<Account>, StorageError> {
        let keys = self.keys()?;
        let mut written: Vec<String> = Vec::new();
        let saved = self.file.update(|accounts| {
            let mut added = Vec::with_capacity(new.len());
            for n in new {
                let id = free_id(keys, accounts)?;
                let account = Account {
                    id: id.clone(),
                    issuer: n.issuer.clone(),
                    account: n.account.clone(),
                    params: n.params,
                    created: otp::unix_now(),
                    source: source.clone(),
                };
                let key = account_key(&id);
                let uri = otpauth::format(&n.issuer, &n.account, &n.params, &n.secret);
                keys.put(&key, &keychain_label(&n.issuer, &n.account), &uri)?;
                written.push(key);
                accounts.push(account.clone());
                added.push(account);
            }
            Ok(added)
        });
        match saved {
            Ok(added) => Ok(added),
            Err(cause) => match written.iter().map(|k| keys.delete(k)).find_map(Result::err) {
                None => Err(cause),
                Some(undo) => Err(StorageError::RollbackFailed {
                    cause: Box::new(cause),
                    undo,
                }),
            },
        }
    }

    /// Removes several accounts (metadata in one write, then their secrets); used to
    /// undo an import whose later step failed.
    pub fn remove_many(&self, ids: &[&str]) -> Result<(), StorageError> {
        self.file.update(|accounts| {
            accounts.retain(|a| !ids.contains(&a.id.as_str()));
            Ok::<_, StorageError>(())
        })?;
        let keys = self.keys()?;
        for id in ids {
            match keys.delete(&account_key(id)) {
                Ok(()) | Err(KeychainError::NotFound { .. }) => {}
                Err(e) => return Err(e.into()),
            }
        }
        Ok(())
    }

    /// Finds one account by id, `issuer:account`, or a unique case-insensitive
    /// substring of either.
    pub fn find(&self, query: &str) -> Result<Account, StorageError> {
        find_in(self.list()?, query)
    }

    /// Removes an account: metadata first, then its secret. Returns the removed account
    /// and, if the keychain item could not be deleted, why (the item is then an orphan
    /// that `reconcile` reports).
    pub fn remove(&self, id: &str) -> Result<(Account, Option<KeychainError>), StorageError> {
        let removed = self.file.update(|accounts| {
            let pos = accounts
                .iter()
                .position(|a| a.id == id)
                .ok_or_else(|| StorageError::NotFound { query: id.into() })?;
            Ok::<_, StorageError>(accounts.remove(pos))
        })?;
        let leftover = match self.keys().and_then(|k| k.delete(&account_key(id))) {
            Ok(()) | Err(KeychainError::NotFound { .. }) => None,
            Err(e) => Some(e),
        };
        Ok((removed, leftover))
    }

    /// Changes an account's issuer and/or name (metadata only).
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
        self.file.update(|accounts| {
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
            Ok::<_, StorageError>(a.clone())
        })
    }

    /// The secret of an account, read from the keychain.
    pub fn secret(&self, account: &Account) -> Result<Secret, StorageError> {
        let uri = self
            .keys()
            .and_then(|k| k.get(&account_key(&account.id)))
            .map_err(|e| match e {
                KeychainError::NotFound { .. } => StorageError::SecretMissing {
                    id: account.id.clone(),
                    label: account.label(),
                },
                other => StorageError::Keychain(other),
            })?;
        otpauth::parse(&uri)
            .map(|u| u.secret)
            .map_err(|e| StorageError::SecretDamaged {
                id: account.id.clone(),
                label: account.label(),
                reason: e.to_string(),
            })
    }

    /// The code to show for an account now. Time-based: the current code. HOTP: the
    /// counter is advanced and saved first, then the code of the old counter returned.
    pub fn code(&self, account: &Account, unix_time: u64) -> Result<Code, StorageError> {
        // Read the secret first: a keychain failure must not burn a counter value.
        let secret = self.secret(account)?;
        match account.params.kind() {
            Kind::Totp | Kind::Steam => Ok(otp::code_at(&account.params, &secret, unix_time)),
            Kind::Hotp => {
                let used = self.advance_hotp(&account.id)?;
                Ok(otp::code_at(&used.params, &secret, unix_time))
            }
        }
    }

    /// Advances a HOTP counter on disk; returns the account as it was before, whose
    /// counter is the one to use now.
    fn advance_hotp(&self, id: &str) -> Result<Account, StorageError> {
        self.file.update(|accounts| {
            let a = accounts
                .iter_mut()
                .find(|a| a.id == id)
                .ok_or_else(|| StorageError::NotFound { query: id.into() })?;
            let before = a.clone();
            a.params = a
                .params
                .advanced()
                .ok_or_else(|| StorageError::CounterExhausted { label: a.label() })?;
            Ok(before)
        })
    }

    /// Compares metadata with the keychain.
    pub fn reconcile(&self) -> Result<Reconciliation, StorageError> {
        let accounts = self.list()?;
        let keys = self.keys()?.keys()?;
        let missing_secrets = accounts
            .iter()
            .filter(|a| !keys.contains(&account_key(&a.id)))
            .cloned()
            .collect();
        let orphan_keys = keys
            .into_iter()
            .filter(|k| {
                k.strip_prefix("account:")
                    .is_some_and(|id| !accounts.iter().any(|a| a.id == id))
            })
            .collect();
        Ok(Reconciliation {
            missing_secrets,
            orphan_keys,
        })
    }

    /// Turns orphaned keychain items back into accounts (their URI carries everything).
    /// Items that cannot be read are left alone and returned with the reason.
    pub fn recover_orphans(&self) -> Result<Recovery, StorageError> {
        let report = self.reconcile()?;
        let mut recovered = Vec::new();
        let mut failed = Vec::new();
        for key in report.orphan_keys {
            let Some(id) = key.strip_prefix("account:").filter(|id| valid_id(id)) else {
                failed.push((key.clone(), "not an account key".to_string()));
                continue;
            };
            let parsed = self
                .keys()
                .and_then(|k| k.get(&key))
                .map_err(|e| e.to_string())
                .and_then(|uri| otpauth::parse(&uri).map_err(|e| e.to_string()));
            match parsed {
                Ok(u) => {
                    let account = Account {
                        id: id.to_string(),
                        issuer: u.issuer,
                        account: u.account,
                        params: u.params,
                        created: otp::unix_now(),
                        source: Source::Recovered,
                    };
                    self.file.update(|accounts| {
                        if !accounts.iter().any(|a| a.id == account.id) {
                            accounts.push(account.clone());
                        }
                        Ok::<_, StorageError>(())
                    })?;
                    recovered.push(account);
                }
                Err(reason) => failed.push((key, reason)),
            }
        }
        Ok(Recovery { recovered, failed })
    }
}

/// Draws an id free in the metadata and in the keychain (where an orphan may hold one);
/// a clash is 1 in 4 billion per account, so a few draws always suffice.
fn free_id(keys: &dyn SecretStore, accounts: &[Account]) -> Result<String, StorageError> {
    free_id_from(keys, accounts, std::iter::repeat_with(new_id).take(5))
}

fn free_id_from(
    keys: &dyn SecretStore,
    accounts: &[Account],
    draws: impl Iterator<Item = String>,
) -> Result<String, StorageError> {
    for id in draws {
        let in_keychain = match keys.get(&account_key(&id)) {
            Ok(_) => true,
            Err(KeychainError::NotFound { .. }) => false,
            Err(e) => return Err(e.into()),
        };
        if !in_keychain && !accounts.iter().any(|a| a.id == id) {
            return Ok(id);
        }
    }
    Err(StorageError::IdTaken)
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
fn new_id() -> String {
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
mod tests {
    use std::sync::Arc;

    use super::keychain::memory::MemoryStore;
    use super::*;

    fn store() -> (tempfile::TempDir, Arc<MemoryStore>, AccountStore) {
        let dir = tempfile::tempdir().unwrap();
        let mem = Arc::new(MemoryStore::default());
        let s = AccountStore::open(dir.path(), Box::new(mem.clone())).unwrap();
        (dir, mem, s)
    }

    /// Makes the next metadata write fail after the secret is stored: the backup copy
    /// cannot replace a non-empty folder. (Permissions would not stop root.)
    fn block_metadata_writes(dir: &Path) {
        let blocker = dir.join("accounts.json.bak");
        let _ = std::fs::remove_file(&blocker);
        std::fs::create_dir_all(&blocker).unwrap();
        std::fs::write(blocker.join("keep"), b"").unwrap();
    }

    #[test]
    fn an_id_held_by_an_orphan_keychain_item_is_never_reused() {
        let (_d, mem, s) = store();
        mem.items
            .lock()
            .unwrap()
            .insert(account_key("0000abcd"), "keep".into());
        let new = uri("otpauth://totp/A:a?secret=JBSWY3DPEHPK3PXP");
        let keys = mem.clone();
        let taken = || std::iter::once("0000abcd".to_string());
        let err = free_id_from(&keys, &[], taken()).unwrap_err();
        assert!(matches!(err, StorageError::IdTaken));
        let next = ["0000abcd", "0000abce"].map(String::from).into_iter();
        assert_eq!(free_id_from(&keys, &[], next).unwrap(), "0000abce");
        assert_eq!(mem.items.lock().unwrap()[&account_key("0000abcd")], "keep");
        assert!(s.list().unwrap().is_empty());
        // add() draws another id and succeeds.
        assert_ne!(s.add(&new, Source::Uri).unwrap().id, "0000abcd");
    }

    /// Adds an account from a URI that must be valid.
    fn add(s: &AccountStore, u: &str) -> Account {
        s.add(&uri(u), Source::Uri).unwrap()
    }

    fn uri(u: &str) -> UriAccount {
        otpauth::parse(u).unwrap()
    }

    #[test]
    fn add_stores_the_secret_in_the_keychain_and_none_on_disk() {
        let (dir, mem, s) = store();
        let a = add(&s, "otpauth://totp/ACME:ann?secret=JBSWY3DPEHPK3PXP");
        assert_eq!(s.list().unwrap(), vec![a.clone()]);
        assert!(mem.items.lock().unwrap().contains_key(&account_key(&a.id)));
        for entry in std::fs::read_dir(dir.path()).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap_or_default();
            assert!(!text.contains("JBSWY3DPEHPK3PXP"), "secret on disk");
        }
        assert_eq!(
            s.secret(&a).unwrap(),
            Secret::from_base32("JBSWY3DPEHPK3PXP").unwrap()
        );
    }

    #[test]
    fn add_many_is_all_or_nothing() {
        let (dir, mem, s) = store();
        let keep = add(&s, "otpauth://totp/Keep:k?secret=JBSWY3DPEHPK3PXP");
        let a = uri("otpauth://totp/A:a?secret=JBSWY3DPEHPK3PXA");
        let b = uri("otpauth://totp/B:b?secret=JBSWY3DPEHPK3PXB");
        block_metadata_writes(dir.path());
        assert!(s.add_many(&[&a, &b], Source::Uri).is_err());
        assert_eq!(s.list().unwrap(), vec![keep.clone()]);
        assert_eq!(
            mem.items.lock().unwrap().len(),
            1,
            "the new secrets were removed"
        );
        std::fs::remove_dir_all(dir.path().join("accounts.json.bak")).unwrap();
        let added = s.add_many(&[&a, &b], Source::Uri).unwrap();
        assert_eq!(s.list().unwrap().len(), 3);
        s.remove_many(&[added[0].id.as_str(), added[1].id.as_str()])
            .unwrap();
        assert_eq!(s.list().unwrap(), vec![keep]);
        assert_eq!(mem.items.lock().unwrap().len(), 1);
    }

    #[test]
    fn a_keychain_failure_on_add_leaves_nothing_behind() {
        let (_d, mem, s) = store();
        *mem.fail_put.lock().unwrap() = true;
        let err = s
            .add(
                &uri("otpauth://totp/ACME:ann?secret=JBSWY3DPEHPK3PXP"),
                Source::Uri,
            )
            .unwrap_err();
        assert!(matches!(err, StorageError::Keychain(KeychainError::Locked)));
        assert!(s.list().unwrap().is_empty());
        assert!(mem.items.lock().unwrap().is_empty());
    }

    #[test]
    fn a_metadata_failure_on_add_removes_the_secret_again() {
        let (dir, mem, s) = store();
        let first = add(&s, "otpauth://totp/A:a?secret=JBSWY3DPEHPK3PXP");
        let before = std::fs::read(s.file.path()).unwrap();
        block_metadata_writes(dir.path());
        let err = s
            .add(
                &uri("otpauth://totp/ACME:ann?secret=JBSWY3DPEHPK3PXP"),
                Source::Uri,
            )
            .unwrap_err();
        assert!(
            matches!(err, StorageError::File(FileError::Io { .. })),
            "{err}"
        );
        let keys: Vec<String> = mem.items.lock().unwrap().keys().cloned().collect();
        assert_eq!(
            keys,
            vec![account_key(&first.id)],
            "secret left without account"
        );
        assert_eq!(std::fs::read(s.file.path()).unwrap(), before);
    }

    #[test]
    fn when_the_undo_fails_too_the_error_says_so() {
        let (dir, mem, s) = store();
        add(&s, "otpauth://totp/A:a?secret=JBSWY3DPEHPK3PXP");
        block_metadata_writes(dir.path());
        *mem.fail_delete.lock().unwrap() = true;
        let err = s
            .add(
                &uri("otpauth://totp/B:b?secret=JBSWY3DPEHPK3PXP"),
                Source::Uri,
            )
            .unwrap_err();
        assert!(matches!(err, StorageError::RollbackFailed { .. }), "{err}");
        assert!(err.to_string().contains("doctor"));
        // Once writes work again, the orphan is reported and can be recovered.
        std::fs::remove_dir_all(dir.path().join("accounts.json.bak")).unwrap();
        *mem.fail_delete.lock().unwrap() = false;
        let report = s.reconcile().unwrap();
        assert_eq!(report.orphan_keys.len(), 1);
        let r = s.recover_orphans().unwrap();
        assert!(r.failed.is_empty());
        assert_eq!(r.recovered[0].label(), "B:b");
        assert!(s.reconcile().unwrap().is_clean());
    }

    #[test]
    fn remove_deletes_metadata_first_and_reports_a_leftover_secret() {
        let (_d, mem, s) = store();
        let a = add(&s, "otpauth://totp/A:a?secret=JBSWY3DPEHPK3PXP");
        *mem.fail_delete.lock().unwrap() = true;
        let (removed, leftover) = s.remove(&a.id).unwrap();
        assert_eq!(removed.id, a.id);
        assert!(leftover.is_some());
        assert_eq!(s.reconcile().unwrap().orphan_keys, vec![account_key(&a.id)]);
    }

    #[test]
    fn reconcile_reports_accounts_whose_secret_vanished() {
        let (_d, mem, s) = store();
        let a = add(&s, "otpauth://totp/A:a?secret=JBSWY3DPEHPK3PXP");
        mem.items.lock().unwrap().clear();
        let report = s.reconcile().unwrap();
        assert_eq!(report.missing_secrets, vec![a.clone()]);
        assert!(matches!(
            s.secret(&a),
            Err(StorageError::SecretMissing { .. })
        ));
        // The account's metadata is kept: nothing is deleted behind the user's back.
        assert_eq!(s.list().unwrap().len(), 1);
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
        assert_eq!(s.code(&again, 0).unwrap().code, "287082");
        assert_eq!(s.find(&a.id).unwrap().params.counter(), Some(2));
    }

    #[test]
    fn a_locked_keychain_does_not_burn_a_hotp_counter() {
        let (_d, mem, s) = store();
        let a = add(&s, "otpauth://hotp/H:h?secret=JBSWY3DPEHPK3PXP&counter=5");
        *mem.locked.lock().unwrap() = true;
        assert!(s.code(&a, 0).is_err());
        assert_eq!(s.find(&a.id).unwrap().params.counter(), Some(5));
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
}
