//! Recovery codes: the model (each account's codes and their state) and [`Vault`], the
//! handle that reads and changes them inside the one vault file. Codes are kept in the
//! vault's encrypted part; nothing here has `Debug` or `Display`.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::vault::{key, VaultError, VaultFile};
use super::SecretStore;

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

/// The recovery codes of one data folder, inside its vault file.
pub struct Vault {
    file: VaultFile,
}

impl Vault {
    /// The codes of the vault in `dir`.
    pub fn open(dir: &Path) -> Self {
        Vault {
            file: VaultFile::at(dir),
        }
    }

    /// The vault file.
    pub fn path(&self) -> PathBuf {
        self.file.path()
    }

    /// Reads every account's codes (no vault yet: none).
    pub fn read(&self, keys: &dyn SecretStore) -> Result<Contents, VaultError> {
        super::migrate::ensure(&self.file, keys)?;
        let key = key::for_vault(self.file.dir(), keys)?;
        Ok(self.file.open(key.as_ref())?.private.recovery)
    }

    /// Reads, changes and writes back in one vault write; nothing is written if
    /// `change` fails.
    pub fn update<T>(
        &self,
        keys: &dyn SecretStore,
        change: impl FnOnce(&mut Contents) -> Result<T, VaultError>,
    ) -> Result<T, VaultError> {
        super::migrate::ensure(&self.file, keys)?;
        self.file
            .update(keys, |opened| change(&mut opened.private.recovery))
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
        let raw = std::fs::read(v.path()).unwrap();
        assert!(!raw.windows(5).any(|w| w == b"abcde"));
        assert_eq!(v.read(&keys).unwrap().entry("a1").unwrap().counts(), (2, 0));
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
