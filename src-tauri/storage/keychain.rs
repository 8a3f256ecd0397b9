//! The OS keychain: one item per secret, service `mfa-companion`, through `keyring-core`
//! with the pure-Rust zbus Secret Service store on Linux. The [`SecretStore`] trait lets
//! the storage logic be tested with failure injection; the app always uses the real one.
//!
//! Items are keyed by a `username` attribute such as `account:0a1b2c3d`. An account's
//! item holds its otpauth URI (secret and parameters), so an item whose metadata was lost
//! can be recovered, not just reported.

use zeroize::Zeroizing;

/// The Secret Service `service` attribute of every item the app writes.
pub const SERVICE: &str = "mfa-companion";

/// What went wrong talking to the keychain. Messages say what to do and never contain
/// a secret (keyring errors that carry secret bytes are reduced to their kind).
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeychainError {
    /// No Secret Service on the session bus (or no session bus at all).
    #[error("{}", self.english())]
    Unavailable {
        /// what the store reported
        detail: String,
    },
    /// The keychain is locked, or the user dismissed the unlock prompt.
    #[error("{}", self.english())]
    Locked,
    /// No item under that key.
    #[error("{}", self.english())]
    NotFound {
        /// the item's key
        key: String,
    },
    /// More than one item under that key (made by hand, or by another program).
    #[error("{}", self.english())]
    Ambiguous {
        /// the item's key
        key: String,
        /// how many
        count: usize,
    },
    /// The item exists but its contents are not what the app wrote.
    #[error("{}", self.english())]
    Corrupt {
        /// the item's key
        key: String,
    },
    /// Any other failure reported by the keychain.
    #[error("{}", self.english())]
    Failed {
        /// what the store reported
        detail: String,
    },
}

use crate::i18n::{Localized as _, Message};

impl crate::i18n::Localized for KeychainError {
    fn message(&self) -> Message {
        match self {
            KeychainError::Unavailable { detail } => {
                Message::new("keychain-unavailable").arg("detail", detail.clone())
            }
            KeychainError::Locked => Message::new("keychain-locked"),
            KeychainError::NotFound { key } => {
                Message::new("keychain-not-found").arg("key", key.clone())
            }
            KeychainError::Ambiguous { key, count } => Message::new("keychain-ambiguous")
                .arg("key", key.clone())
                .arg("count", *count),
            KeychainError::Corrupt { key } => {
                Message::new("keychain-corrupt").arg("key", key.clone())
            }
            KeychainError::Failed { detail } => {
                Message::new("keychain-failed").arg("detail", detail.clone())
            }
        }
    }
}

/// A secret store keyed by short names. Values are text (the Secret Service on KDE stores
/// text only), wrapped in `Zeroizing` on the way out.
pub trait SecretStore: Send + Sync {
    /// Creates or replaces the item `key`. `label` is what keychain UIs show.
    fn put(&self, key: &str, label: &str, value: &str) -> Result<(), KeychainError>;
    /// Reads the item `key`.
    fn get(&self, key: &str) -> Result<Zeroizing<String>, KeychainError>;
    /// Deletes the item `key`. Deleting a missing item is `NotFound`.
    fn delete(&self, key: &str) -> Result<(), KeychainError>;
    /// The keys of all items the app owns.
    fn keys(&self) -> Result<Vec<String>, KeychainError>;
}

/// Opens the platform's keychain.
pub fn open_system() -> Result<Box<dyn SecretStore>, KeychainError> {
    #[cfg(target_os = "linux")]
    {
        Ok(Box::new(secret_service::SecretServiceStore::connect()?))
    }
    #[cfg(not(target_os = "linux"))]
    {
        Err(KeychainError::Unavailable {
            detail: "this build supports the Secret Service on Linux only".into(),
        })
    }
}

/// A real round trip through a keychain: set, get, delete, then expect the entry missing.
pub fn round_trip(keys: &dyn SecretStore) -> Result<(), KeychainError> {
    let key = "doctor:round-trip";
    let mut nonce = [0u8; 8];
    getrandom::fill(&mut nonce).map_err(|e| KeychainError::Failed {
        detail: e.to_string(),
    })?;
    let value: String = nonce.iter().map(|b| format!("{b:02x}")).collect();
    keys.put(key, "MFA Companion: doctor test item", &value)?;
    let read = keys.get(key);
    let deleted = keys.delete(key);
    if read?.as_str() != value {
        return Err(KeychainError::Failed {
            detail: "the keychain returned a different value than was stored".into(),
        });
    }
    deleted?;
    match keys.get(key) {
        Err(KeychainError::NotFound { .. }) => Ok(()),
        Ok(_) => Err(KeychainError::Failed {
            detail: "a deleted item could still be read".into(),
        }),
        Err(e) => Err(e),
    }
}

/// Maps a keyring-core error without ever formatting variants that carry secret bytes.
pub(crate) fn map_keyring_error(key: &str, err: keyring_core::Error) -> KeychainError {
    use keyring_core::Error as E;
    match err {
        E::NoEntry => KeychainError::NotFound { key: key.into() },
        E::NoStorageAccess(e) => {
            let detail = e.to_string();
            if detail.contains("org.freedesktop.DBus.Error") || detail.contains("ServiceUnknown") {
                KeychainError::Unavailable { detail }
            } else {
                KeychainError::Locked
            }
        }
        E::Ambiguous(items) => KeychainError::Ambiguous {
            key: key.into(),
            count: items.len(),
        },
        E::BadEncoding(_) | E::BadDataFormat(_, _) => KeychainError::Corrupt { key: key.into() },
        E::PlatformFailure(e) => classify_platform(e.to_string()),
        E::NoDefaultStore => KeychainError::Unavailable {
            detail: "no keychain store configured".into(),
        },
        other => KeychainError::Failed {
            // Remaining variants (TooLong, Invalid, BadStoreFormat, NotSupportedByStore)
            // carry only names and limits.
            detail: other.to_string(),
        },
    }
}

fn classify_platform(detail: String) -> KeychainError {
    let unavailable = [
        "ServiceUnknown",
        "NameHasNoOwner",
        "No such file or directory",
        "Connection refused",
        "DBUS_SESSION_BUS_ADDRESS",
        "Unavailable",
        "not provided by any .service files",
    ];
    if unavailable.iter().any(|m| detail.contains(m)) {
        KeychainError::Unavailable { detail }
    } else if detail.contains("Locked") || detail.contains("Prompt") {
        KeychainError::Locked
    } else {
        KeychainError::Failed { detail }
    }
}

#[cfg(target_os = "linux")]
mod secret_service {
    use std::collections::HashMap;
    use std::sync::Arc;

    use keyring_core::api::CredentialStoreApi;
    use zbus_secret_service_keyring_store::Store;
    use zeroize::Zeroizing;

    use super::{map_keyring_error, KeychainError, SecretStore, SERVICE};

    /// Runs `f` where the Secret Service client can run its own async runtime (zbus on
    /// tokio): here, or, when this thread is inside a tokio runtime already (the identity
    /// client's, the window's async commands), on a scoped thread of its own, since
    /// runtimes cannot nest.
    fn outside_runtime<T: Send>(f: impl FnOnce() -> T + Send) -> T {
        if tokio::runtime::Handle::try_current().is_err() {
            return f();
        }
        std::thread::scope(|s| match s.spawn(f).join() {
            Ok(out) => out,
            Err(panic) => std::panic::resume_unwind(panic),
        })
    }

    /// The freedesktop Secret Service (gnome-keyring, KWallet, KeePassXC) over D-Bus.
    pub struct SecretServiceStore {
        store: Arc<Store>,
    }

    impl SecretServiceStore {
        /// Connects to the session bus and opens an encrypted Secret Service session.
        pub fn connect() -> Result<Self, KeychainError> {
            // Failing to connect at all means there is no usable keychain.
            let store =
                outside_runtime(Store::new).map_err(|e| match map_keyring_error("", e) {
                    KeychainError::Failed { detail } => KeychainError::Unavailable { detail },
                    other => other,
                })?;
            Ok(Self { store })
        }

        fn entry(
            &self,
            key: &str,
            label: Option<&str>,
        ) -> Result<keyring_core::Entry, KeychainError> {
            let mut mods = HashMap::new();
            if let Some(label) = label {
                mods.insert("label", label);
            }
            self.store
                .build(SERVICE, key, Some(&mods))
                .map_err(|e| map_keyring_error(key, e))
        }
    }

    impl SecretStore for SecretServiceStore {
        fn put(&self, key: &str, label: &str, value: &str) -> Result<(), KeychainError> {
            outside_runtime(|| {
                self.entry(key, Some(label))?
                    .set_password(value)
                    .map_err(|e| map_keyring_error(key, e))
            })
        }

        fn get(&self, key: &str) -> Result<Zeroizing<String>, KeychainError> {
            let bytes = Zeroizing::new(outside_runtime(|| {
                self.entry(key, None)?
                    .get_secret()
                    .map_err(|e| map_keyring_error(key, e))
            })?);
            match std::str::from_utf8(&bytes) {
                Ok(text) => Ok(Zeroizing::new(text.to_owned())),
                Err(_) => Err(KeychainError::Corrupt { key: key.into() }),
            }
        }

        fn delete(&self, key: &str) -> Result<(), KeychainError> {
            outside_runtime(|| {
                self.entry(key, None)?
                    .delete_credential()
                    .map_err(|e| map_keyring_error(key, e))
            })
        }

        fn keys(&self) -> Result<Vec<String>, KeychainError> {
            let spec = HashMap::from([("service", SERVICE)]);
            let entries = outside_runtime(|| self.store.search(&spec))
                .map_err(|e| map_keyring_error(SERVICE, e))?;
            let mut keys: Vec<String> = entries
                .iter()
                .filter_map(|e| e.get_specifiers())
                .filter(|(service, _)| service == SERVICE)
                .map(|(_, user)| user)
                .collect();
            keys.sort();
            keys.dedup();
            Ok(keys)
        }
    }
}

/// An in-memory store with failure injection, for tests of the storage logic only.
#[cfg(test)]
pub(crate) mod memory {
    use std::collections::BTreeMap;
    use std::sync::Mutex;

    use zeroize::Zeroizing;

    use super::{KeychainError, SecretStore};

    #[derive(Default)]
    pub struct MemoryStore {
        pub items: Mutex<BTreeMap<String, String>>,
        pub fail_put: Mutex<bool>,
        pub fail_delete: Mutex<bool>,
        pub locked: Mutex<bool>,
    }

    impl SecretStore for MemoryStore {
        fn put(&self, key: &str, _label: &str, value: &str) -> Result<(), KeychainError> {
            if *self.fail_put.lock().unwrap() || *self.locked.lock().unwrap() {
                return Err(KeychainError::Locked);
            }
            self.items.lock().unwrap().insert(key.into(), value.into());
            Ok(())
        }
        fn get(&self, key: &str) -> Result<Zeroizing<String>, KeychainError> {
            if *self.locked.lock().unwrap() {
                return Err(KeychainError::Locked);
            }
            self.items
                .lock()
                .unwrap()
                .get(key)
                .map(|v| Zeroizing::new(v.clone()))
                .ok_or(KeychainError::NotFound { key: key.into() })
        }
        fn delete(&self, key: &str) -> Result<(), KeychainError> {
            if *self.fail_delete.lock().unwrap() || *self.locked.lock().unwrap() {
                return Err(KeychainError::Locked);
            }
            self.items
                .lock()
                .unwrap()
                .remove(key)
                .map(|_| ())
                .ok_or(KeychainError::NotFound { key: key.into() })
        }
        fn keys(&self) -> Result<Vec<String>, KeychainError> {
            Ok(self.items.lock().unwrap().keys().cloned().collect())
        }
    }

    /// One store shared by the code under test and the test, which looks into it and
    /// injects failures while the code holds it.
    impl SecretStore for std::sync::Arc<MemoryStore> {
        fn put(&self, key: &str, label: &str, value: &str) -> Result<(), KeychainError> {
            self.as_ref().put(key, label, value)
        }
        fn get(&self, key: &str) -> Result<Zeroizing<String>, KeychainError> {
            self.as_ref().get(key)
        }
        fn delete(&self, key: &str) -> Result<(), KeychainError> {
            self.as_ref().delete(key)
        }
        fn keys(&self) -> Result<Vec<String>, KeychainError> {
            self.as_ref().keys()
        }
    }
}
