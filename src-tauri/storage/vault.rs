//! The recovery-code vault: every account's recovery codes, offline, in one file
//! `recovery.vault` in the data folder, encrypted with XChaCha20-Poly1305 under a random
//! 256-bit data key kept in the keychain (`vault:key`).
//!
//! File layout (all of it authenticated: the header is the AEAD's associated data):
//!
//! | bytes | field |
//! |---|---|
//! | 8 | magic `MFACVLT\0` |
//! | 2 | format version, big endian (1) |
//! | 1 | cipher (1 = XChaCha20-Poly1305) |
//! | 24 | nonce, fresh for every write |
//! | rest | ciphertext of the JSON contents, with the 16-byte tag |
//!
//! A changed byte anywhere gives [`VaultError::Damaged`], never a crash or an empty vault.
//! Writes are atomic; the data key is created with the first write and never replaced
//! while a vault file exists.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, Zeroizing};

use super::atomic::{create_private_dir, lock_file, write_atomic};
use super::{KeychainError, SecretStore};

const FILE: &str = "recovery.vault";
const LOCK: &str = "recovery.lock";
const MAGIC: &[u8; 8] = b"MFACVLT\0";
const VERSION: u16 = 1;
const CIPHER_XCHACHA: u8 = 1;
const HEADER_LEN: usize = 8 + 2 + 1 + 24;
/// The keychain key of the vault's data key.
pub const KEY_NAME: &str = "vault:key";

/// What the vault can report. Messages never contain a code.
#[non_exhaustive]
#[derive(Debug, thiserror::Error)]
pub enum VaultError {
    /// The file failed authentication or does not parse.
    #[error("the recovery-code vault {path} is damaged ({detail}): it cannot be read; restore it from a backup. The file was left as it is")]
    Damaged {
        /// the vault file
        path: PathBuf,
        /// what failed
        detail: String,
    },
    /// Written by a newer version of the app.
    #[error("the recovery-code vault {path} was written by a newer MFA Companion (format {found}): update the app")]
    NewerVersion {
        /// the vault file
        path: PathBuf,
        /// its version
        found: u16,
    },
    /// The file exists but its key is not in the keychain.
    #[error("the recovery-code vault's key is missing from the keychain (item {KEY_NAME}): the codes cannot be decrypted; restore the keychain. The vault file was left as it is")]
    KeyMissing,
    /// The keychain failed.
    #[error(transparent)]
    Keychain(#[from] KeychainError),
    /// Reading or writing the file failed.
    #[error("cannot {action} {path}: {source}")]
    Io {
        /// what was being done
        action: &'static str,
        /// the file
        path: PathBuf,
        /// the OS error
        source: io::Error,
    },
    /// The account has no recovery codes in the vault.
    #[error("no recovery codes are stored for {account}: add some with `mfa-companion recovery add {account}`")]
    NoCodes {
        /// the account (label)
        account: String,
    },
    /// The given code is not among the account's codes.
    #[error("that code is not one of the recovery codes stored for {account}")]
    UnknownCode {
        /// the account (label)
        account: String,
    },
    /// Every code is used.
    #[error("every recovery code of {account} is used: get new ones from the server and add them")]
    AllUsed {
        /// the account (label)
        account: String,
    },
}

/// One recovery code and its state. No `Debug` or `Display`.
#[derive(Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoredCode {
    /// The code.
    pub code: Zeroizing<String>,
    /// Unix seconds when it was used, if it was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub used_at: Option<u64>,
    /// How it was used (for example "sent to server work by the enable step").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// The codes of one account.
#[derive(Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// The account id.
    pub account: String,
    /// The account's label when the codes were stored (for people).
    pub label: String,
    /// The server profile they came from, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub server: Option<String>,
    /// The codes, in the order received.
    pub codes: Vec<StoredCode>,
}

impl Entry {
    /// The codes as text to print or keep offline; used ones start with `- `.
    pub fn export_text(&self, label: &str) -> Zeroizing<String> {
        let mut out = Zeroizing::new(format!(
            "# Recovery codes for {label}{}\n# Keep this offline. Each code works once; lines starting with '-' are used.\n",
            self.server.as_deref().map(|s| format!(" (server {s})")).unwrap_or_default()
        ));
        for c in &self.codes {
            out.push_str(if c.used_at.is_some() { "- " } else { "" });
            out.push_str(&c.code);
            out.push('\n');
        }
        out
    }

    /// (unused, used) counts.
    pub fn counts(&self) -> (usize, usize) {
        let used = self.codes.iter().filter(|c| c.used_at.is_some()).count();
        (self.codes.len() - used, used)
    }
}

/// The decrypted contents.
#[derive(Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contents {
    /// One entry per account.
    pub entries: Vec<Entry>,
}

impl Contents {
    /// The entry of `account`, if any.
    pub fn entry(&self, account: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.account == account)
    }

    /// The entry of `account` if it holds codes; otherwise [`VaultError::NoCodes`]
    /// naming `label`.
    pub fn codes_of(&self, account: &str, label: &str) -> Result<&Entry, VaultError> {
        self.entry(account)
            .filter(|e| !e.codes.is_empty())
            .ok_or_else(|| VaultError::NoCodes {
                account: label.into(),
            })
    }

    /// Adds codes for an account (creating its entry); codes already stored are skipped.
    /// Returns how many were new.
    pub fn add(
        &mut self,
        account: &str,
        label: &str,
        server: Option<&str>,
        codes: &[Zeroizing<String>],
    ) -> usize {
        let i = match self.entries.iter().position(|e| e.account == account) {
            Some(i) => i,
            None => {
                self.entries.push(Entry {
                    account: account.into(),
                    label: label.into(),
                    server: server.map(str::to_owned),
                    codes: Vec::new(),
                });
                self.entries.len() - 1
            }
        };
        let e = &mut self.entries[i];
        let mut added = 0;
        for c in codes {
            let c = c.trim();
            if !c.is_empty() && !e.codes.iter().any(|x| x.code.as_str() == c) {
                e.codes.push(StoredCode {
                    code: Zeroizing::new(c.to_owned()),
                    used_at: None,
                    note: None,
                });
                added += 1;
            }
        }
        added
    }

    /// Restores codes with their state (from a backup) for an account, creating its
    /// entry; codes already stored are left as they are.
    pub fn restore(
        &mut self,
        account: &str,
        label: &str,
        server: Option<&str>,
        codes: &[StoredCode],
    ) {
        let plain: Vec<Zeroizing<String>> = codes.iter().map(|c| c.code.clone()).collect();
        self.add(account, label, server, &plain);
        if let Some(e) = self.entries.iter_mut().find(|e| e.account == account) {
            for c in codes.iter().filter(|c| c.used_at.is_some()) {
                if let Some(stored) = e
                    .codes
                    .iter_mut()
                    .find(|x| x.code.as_str() == c.code.trim())
                {
                    if stored.used_at.is_none() {
                        stored.used_at = c.used_at;
                        stored.note = c.note.clone();
                    }
                }
            }
        }
    }

    /// Marks a code used: the given one, or the first unused. Returns its index.
    pub fn mark_used(
        &mut self,
        account: &str,
        label: &str,
        code: Option<&str>,
        now: u64,
        note: Option<String>,
    ) -> Result<usize, VaultError> {
        let e = self
            .entries
            .iter_mut()
            .find(|e| e.account == account)
            .filter(|e| !e.codes.is_empty())
            .ok_or_else(|| VaultError::NoCodes {
                account: label.into(),
            })?;
        let i = match code {
            Some(c) => {
                let wanted = normalize(c);
                e.codes
                    .iter()
                    .position(|x| *normalize(&x.code) == *wanted)
                    .ok_or_else(|| VaultError::UnknownCode {
                        account: label.into(),
                    })?
            }
            None => e
                .codes
                .iter()
                .position(|x| x.used_at.is_none())
                .ok_or_else(|| VaultError::AllUsed {
                    account: label.into(),
                })?,
        };
        self.mark_index_used(account, label, i, now, note)?;
        Ok(i)
    }

    /// Marks code `index` of `account` used (a code already used keeps its time and note).
    pub fn mark_index_used(
        &mut self,
        account: &str,
        label: &str,
        index: usize,
        now: u64,
        note: Option<String>,
    ) -> Result<(), VaultError> {
        let c = self
            .entries
            .iter_mut()
            .find(|e| e.account == account)
            .and_then(|e| e.codes.get_mut(index))
            .ok_or_else(|| VaultError::NoCodes {
                account: label.into(),
            })?;
        if c.used_at.is_none() {
            c.used_at = Some(now);
            c.note = note;
        }
        Ok(())
    }

    /// Marks code `index` of `account` unused again (the server refused it).
    pub fn mark_unused(&mut self, account: &str, index: usize) {
        if let Some(c) = self
            .entries
            .iter_mut()
            .find(|e| e.account == account)
            .and_then(|e| e.codes.get_mut(index))
        {
            c.used_at = None;
            c.note = None;
        }
    }

    /// Removes an account's entry (when the account is removed).
    pub fn remove(&mut self, account: &str) -> bool {
        let before = self.entries.len();
        self.entries.retain(|e| e.account != account);
        self.entries.len() != before
    }
}

/// Recovery codes typed or pasted in: separated by whitespace, newlines or commas.
pub fn split_codes(text: &str) -> Vec<Zeroizing<String>> {
    text.split(|c: char| c.is_whitespace() || c == ',')
        .filter(|c| !c.is_empty())
        .map(|c| Zeroizing::new(c.to_owned()))
        .collect()
}

/// Codes compare without case, spaces or dashes (people type them in many ways).
fn normalize(code: &str) -> Zeroizing<String> {
    Zeroizing::new(
        code.chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .map(|c| c.to_ascii_lowercase())
            .collect(),
    )
}

/// The vault of one data folder.
pub struct Vault {
    dir: PathBuf,
}

impl Vault {
    /// The vault in `dir`.
    pub fn open(dir: &Path) -> Self {
        Vault {
            dir: dir.to_path_buf(),
        }
    }

    /// The vault file.
    pub fn path(&self) -> PathBuf {
        self.dir.join(FILE)
    }

    fn io(&self, action: &'static str, path: PathBuf) -> impl FnOnce(io::Error) -> VaultError {
        move |source| VaultError::Io {
            action,
            path,
            source,
        }
    }

    fn lock(&self, exclusive: bool) -> Result<fs::File, VaultError> {
        create_private_dir(&self.dir).map_err(self.io("create", self.dir.clone()))?;
        let p = self.dir.join(LOCK);
        lock_file(&p, exclusive).map_err(self.io("lock", p.clone()))
    }

    /// Reads the vault (an absent file is an empty vault).
    pub fn read(&self, keys: &dyn SecretStore) -> Result<Contents, VaultError> {
        let _lock = self.lock(false)?;
        self.read_unlocked(keys)
    }

    /// Reads, changes and writes back under the exclusive lock; nothing is written if
    /// `change` fails.
    pub fn update<T>(
        &self,
        keys: &dyn SecretStore,
        change: impl FnOnce(&mut Contents) -> Result<T, VaultError>,
    ) -> Result<T, VaultError> {
        let _lock = self.lock(true)?;
        let mut contents = self.read_unlocked(keys)?;
        let out = change(&mut contents)?;
        let key = match get_key(keys)? {
            Some(k) => k,
            None => new_key(keys)?,
        };
        let sealed = seal(&key, &contents).map_err(|detail| VaultError::Damaged {
            path: self.path(),
            detail,
        })?;
        write_atomic(&self.path(), &sealed).map_err(self.io("write", self.path()))?;
        Ok(out)
    }

    fn read_unlocked(&self, keys: &dyn SecretStore) -> Result<Contents, VaultError> {
        let path = self.path();
        let bytes = match fs::read(&path) {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Contents::default()),
            Err(e) => return Err(self.io("read", path)(e)),
        };
        let key = get_key(keys)?.ok_or(VaultError::KeyMissing)?;
        open_sealed(&key, &bytes).map_err(|e| match e {
            Unsealed::Damaged(detail) => VaultError::Damaged {
                path: path.clone(),
                detail,
            },
            Unsealed::Newer(found) => VaultError::NewerVersion {
                path: path.clone(),
                found,
            },
        })
    }
}

fn get_key(keys: &dyn SecretStore) -> Result<Option<Zeroizing<[u8; 32]>>, VaultError> {
    match keys.get(KEY_NAME) {
        Ok(text) => {
            let mut bytes = Zeroizing::new([0u8; 32]);
            let decoded = Zeroizing::new(
                data_encoding::BASE64
                    .decode(text.trim().as_bytes())
                    .map_err(|_| KeychainError::Corrupt {
                        key: KEY_NAME.into(),
                    })?,
            );
            if decoded.len() != 32 {
                return Err(KeychainError::Corrupt {
                    key: KEY_NAME.into(),
                }
                .into());
            }
            bytes.copy_from_slice(&decoded);
            Ok(Some(bytes))
        }
        Err(KeychainError::NotFound { .. }) => Ok(None),
        Err(e) => Err(e.into()),
    }
}

fn new_key(keys: &dyn SecretStore) -> Result<Zeroizing<[u8; 32]>, VaultError> {
    let mut key = Zeroizing::new([0u8; 32]);
    getrandom::fill(key.as_mut()).map_err(|e| KeychainError::Failed {
        detail: format!("no randomness: {e}"),
    })?;
    let text = Zeroizing::new(data_encoding::BASE64.encode(key.as_ref()));
    keys.put(KEY_NAME, "MFA Companion: recovery-code vault key", &text)?;
    Ok(key)
}

fn seal(key: &[u8; 32], contents: &Contents) -> Result<Vec<u8>, String> {
    let mut nonce = [0u8; 24];
    getrandom::fill(&mut nonce).map_err(|e| e.to_string())?;
    let mut header = Vec::with_capacity(HEADER_LEN);
    header.extend_from_slice(MAGIC);
    header.extend_from_slice(&VERSION.to_be_bytes());
    header.push(CIPHER_XCHACHA);
    header.extend_from_slice(&nonce);
    let plain = Zeroizing::new(serde_json::to_vec(contents).map_err(|e| e.to_string())?);
    let cipher = XChaCha20Poly1305::new(key.into());
    let sealed = cipher
        .encrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: &plain,
                aad: &header,
            },
        )
        .map_err(|_| "encryption failed".to_string())?;
    header.extend_from_slice(&sealed);
    Ok(header)
}

enum Unsealed {
    Damaged(String),
    Newer(u16),
}

fn open_sealed(key: &[u8; 32], bytes: &[u8]) -> Result<Contents, Unsealed> {
    if bytes.len() < HEADER_LEN + 16 {
        return Err(Unsealed::Damaged("the file is too short".into()));
    }
    let (header, sealed) = bytes.split_at(HEADER_LEN);
    if &header[..8] != MAGIC {
        return Err(Unsealed::Damaged("not a vault file".into()));
    }
    let version = u16::from_be_bytes([header[8], header[9]]);
    if version > VERSION {
        return Err(Unsealed::Newer(version));
    }
    if version == 0 || header[10] != CIPHER_XCHACHA {
        return Err(Unsealed::Damaged("unknown format or cipher".into()));
    }
    let cipher = XChaCha20Poly1305::new(key.into());
    let mut plain = cipher
        .decrypt(
            XNonce::from_slice(&header[11..]),
            Payload {
                msg: sealed,
                aad: header,
            },
        )
        .map(Zeroizing::new)
        .map_err(|_| {
            Unsealed::Damaged(
                "authentication failed: it was changed or is from another keychain".into(),
            )
        })?;
    let parsed = serde_json::from_slice::<Contents>(&plain)
        .map_err(|e| Unsealed::Damaged(format!("contents do not parse ({})", e.classify_name())));
    plain.zeroize();
    parsed
}

trait ClassifyName {
    fn classify_name(&self) -> &'static str;
}

impl ClassifyName for serde_json::Error {
    /// The error's category only: serde messages may quote the (secret) input.
    fn classify_name(&self) -> &'static str {
        match self.classify() {
            serde_json::error::Category::Io => "io",
            serde_json::error::Category::Syntax => "syntax",
            serde_json::error::Category::Data => "data",
            serde_json::error::Category::Eof => "truncated",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::keychain::memory::MemoryStore;

    fn codes(list: &[&str]) -> Vec<Zeroizing<String>> {
        list.iter()
            .map(|c| Zeroizing::new((*c).to_owned()))
            .collect()
    }

    #[test]
    fn codes_round_trip_encrypted_and_the_file_holds_no_code() {
        let dir = tempfile::tempdir().unwrap();
        let keys = MemoryStore::default();
        let v = Vault::open(dir.path());
        let added = v
            .update(&keys, |c| {
                Ok(c.add(
                    "a1",
                    "Acme:me",
                    Some("work"),
                    &codes(&["abcde-12345", "fghij-67890", "abcde-12345"]),
                ))
            })
            .unwrap();
        assert_eq!(added, 2);
        let raw = fs::read(v.path()).unwrap();
        assert_eq!(&raw[..8], MAGIC);
        assert!(!raw.windows(5).any(|w| w == b"abcde"));
        let c = v.read(&keys).unwrap();
        assert_eq!(c.entry("a1").unwrap().counts(), (2, 0));
        let i = v
            .update(&keys, |c| {
                c.mark_used("a1", "Acme:me", Some("FGHIJ 67890"), 7, None)
            })
            .unwrap();
        assert_eq!(i, 1);
        let c = v.read(&keys).unwrap();
        assert_eq!(c.entry("a1").unwrap().counts(), (1, 1));
        assert_eq!(c.entry("a1").unwrap().codes[1].used_at, Some(7));
    }

    #[test]
    fn every_flipped_byte_is_reported_damaged_and_the_file_is_kept() {
        let dir = tempfile::tempdir().unwrap();
        let keys = MemoryStore::default();
        let v = Vault::open(dir.path());
        v.update(&keys, |c| {
            Ok(c.add("a1", "x", None, &codes(&["one", "two"])))
        })
        .unwrap();
        let good = fs::read(v.path()).unwrap();
        for i in 0..good.len() {
            let mut bad = good.clone();
            bad[i] ^= 0x01;
            fs::write(v.path(), &bad).unwrap();
            match v.read(&keys) {
                Err(VaultError::Damaged { .. }) | Err(VaultError::NewerVersion { .. }) => {}
                Err(e) => panic!("byte {i}: unexpected error {e}"),
                Ok(_) => panic!("byte {i}: a changed file was accepted"),
            }
            // An update must not overwrite the damaged file.
            assert!(v
                .update(&keys, |c| Ok(c.add("a2", "y", None, &codes(&["z"]))))
                .is_err());
            assert_eq!(fs::read(v.path()).unwrap(), bad);
        }
        fs::write(v.path(), &good[..20]).unwrap();
        assert!(matches!(v.read(&keys), Err(VaultError::Damaged { .. })));
    }

    #[test]
    fn a_missing_key_with_an_existing_file_is_an_error_not_an_empty_vault() {
        let dir = tempfile::tempdir().unwrap();
        let keys = MemoryStore::default();
        let v = Vault::open(dir.path());
        v.update(&keys, |c| Ok(c.add("a1", "x", None, &codes(&["one"]))))
            .unwrap();
        keys.delete(KEY_NAME).unwrap();
        assert!(matches!(v.read(&keys), Err(VaultError::KeyMissing)));
        assert!(v
            .update(&keys, |c| Ok(c.add("a1", "x", None, &codes(&["two"]))))
            .is_err());
    }

    #[test]
    fn marking_the_next_code_stops_when_all_are_used() {
        let mut c = Contents::default();
        c.add("a", "A", None, &codes(&["1", "2"]));
        assert_eq!(c.mark_used("a", "A", None, 1, None).unwrap(), 0);
        assert_eq!(c.mark_used("a", "A", None, 1, None).unwrap(), 1);
        assert!(matches!(
            c.mark_used("a", "A", None, 1, None),
            Err(VaultError::AllUsed { .. })
        ));
        assert!(matches!(
            c.mark_used("b", "B", None, 1, None),
            Err(VaultError::NoCodes { .. })
        ));
        assert!(matches!(
            c.mark_used("a", "A", Some("3"), 1, None),
            Err(VaultError::UnknownCode { .. })
        ));
        c.mark_unused("a", 0);
        assert_eq!(c.entry("a").unwrap().counts(), (1, 1));
    }
}
