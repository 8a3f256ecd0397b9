//! The vault's data key: 256 random bits, the keychain's one long-lived item
//! (`vault:key`, base64). Created with the first write, never replaced while a vault
//! file exists. With the app lock on, the keychain holds no such item: the key is
//! wrapped in `lock.json` and, while unlocked, held by the agent.

use std::path::Path;

use zeroize::Zeroizing;

use super::VaultError;
use crate::storage::{lock, KeychainError, SecretStore};

/// The keychain key of the vault's data key.
pub const KEY_NAME: &str = "vault:key";
const LABEL: &str = "MFA Companion: vault key";

/// A data key. Zeroized on drop; no `Debug`.
pub type DataKey = Zeroizing<[u8; 32]>;

/// The data key of the vault in `dir`: from the agent when the app lock is on
/// ([`VaultError::AppLocked`] when it holds none), else from the keychain (`None` when
/// it has none yet).
pub fn for_vault(dir: &Path, keys: &dyn SecretStore) -> Result<Option<DataKey>, VaultError> {
    if lock::enabled(dir) {
        return match crate::agent::client::get(dir)? {
            Some(k) => Ok(Some(k)),
            None => Err(VaultError::AppLocked),
        };
    }
    Ok(get(keys)?)
}

/// Reads the data key from the keychain; `None` when the keychain has none.
pub fn get(keys: &dyn SecretStore) -> Result<Option<DataKey>, KeychainError> {
    let text = match keys.get(KEY_NAME) {
        Ok(text) => text,
        Err(KeychainError::NotFound { .. }) => return Ok(None),
        Err(e) => return Err(e),
    };
    let corrupt = || KeychainError::Corrupt {
        key: KEY_NAME.into(),
    };
    let decoded = Zeroizing::new(
        data_encoding::BASE64
            .decode(text.trim().as_bytes())
            .map_err(|_| corrupt())?,
    );
    if decoded.len() != 32 {
        return Err(corrupt());
    }
    let mut key = Zeroizing::new([0u8; 32]);
    key.copy_from_slice(&decoded);
    Ok(Some(key))
}

/// The keychain's data key, made and stored first if there is none. The key is shared by
/// every data folder of the user, so two first writes in two folders at once must not
/// both make one: a user-wide lock (in the agent's private folder) serialises them, and
/// the key is read again under it.
pub fn get_or_create(keys: &dyn SecretStore) -> Result<DataKey, KeychainError> {
    if let Some(k) = get(keys)? {
        return Ok(k);
    }
    let dir = crate::agent::runtime_dir();
    let locked = crate::storage::atomic::create_private_dir(&dir)
        .and_then(|()| crate::storage::lock_file(&dir.join("vault-key.lock"), true));
    let _guard = locked.map_err(|e| KeychainError::Failed {
        detail: format!("cannot lock {}: {e}", dir.display()),
    })?;
    match get(keys)? {
        Some(k) => Ok(k),
        None => create(keys),
    }
}

/// Makes a new data key and stores it in the keychain (replacing any); see
/// [`get_or_create`].
pub fn create(keys: &dyn SecretStore) -> Result<DataKey, KeychainError> {
    let mut key = Zeroizing::new([0u8; 32]);
    getrandom::fill(key.as_mut()).map_err(|e| KeychainError::Failed {
        detail: format!("no randomness: {e}"),
    })?;
    let text = Zeroizing::new(data_encoding::BASE64.encode(key.as_ref()));
    keys.put(KEY_NAME, LABEL, &text)?;
    Ok(key)
}
