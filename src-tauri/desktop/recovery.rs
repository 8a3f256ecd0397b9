//! Recovery codes in the window: counts per account (warn at 2 or fewer), reveal on
//! demand, mark one used, add codes typed in, export as text. Tauri-free.

use std::collections::BTreeMap;

use serde::Serialize;
use zeroize::Zeroizing;

use super::view::Codebook;
use crate::error::{Coded, ErrorReport};
use crate::storage::recovery::split_codes;
use crate::storage::Vault;

/// Counts for one vault entry.
#[derive(Debug, Clone, Serialize)]
pub struct Counts {
    /// unused codes
    pub unused: usize,
    /// used codes
    pub used: usize,
    /// the label the codes were saved under
    pub label: String,
    /// the server they came from
    pub server: Option<String>,
}

/// One code, revealed.
#[derive(Serialize)]
pub struct Revealed {
    /// 0-based position
    pub index: usize,
    /// the code (the user asked to see it)
    pub code: Zeroizing<String>,
    /// when it was used
    pub used_at: Option<u64>,
    /// how it was used
    pub note: Option<String>,
}

impl Codebook {
    fn vault(&self) -> Result<(Vault, &dyn crate::storage::SecretStore), ErrorReport> {
        let store = self.store_ref()?;
        Ok((
            Vault::open(store.dir()),
            store.keychain().map_err(|e| e.report())?,
        ))
    }

    /// Counts for every vault entry, keyed by account id (or `profile:NAME`).
    pub fn recovery_summary(&self) -> Result<BTreeMap<String, Counts>, ErrorReport> {
        let (vault, keys) = self.vault()?;
        let contents = vault.read(keys).map_err(|e| e.report())?;
        Ok(contents
            .entries
            .iter()
            .map(|e| {
                let (unused, used) = e.counts();
                (
                    e.account.clone(),
                    Counts {
                        unused,
                        used,
                        label: e.label.clone(),
                        server: e.server.clone(),
                    },
                )
            })
            .collect())
    }

    /// The codes of an entry, revealed.
    pub fn recovery_reveal(&self, entry: &str) -> Result<Vec<Revealed>, ErrorReport> {
        let (vault, keys) = self.vault()?;
        let contents = vault.read(keys).map_err(|e| e.report())?;
        let e = contents
            .codes_of(entry, "this account")
            .map_err(|e| e.report())?;
        Ok(e.codes
            .iter()
            .enumerate()
            .map(|(index, c)| Revealed {
                index,
                code: c.code.clone(),
                used_at: c.used_at,
                note: c.note.clone(),
            })
            .collect())
    }

    /// Marks code `index` of an entry used.
    pub fn recovery_mark_used(&self, entry: &str, index: usize) -> Result<(), ErrorReport> {
        let (vault, keys) = self.vault()?;
        let now = crate::otp::unix_now();
        vault
            .update(keys, |v| {
                let label = v.entry(entry).map(|e| e.label.clone()).unwrap_or_default();
                v.mark_index_used(
                    entry,
                    &label,
                    index,
                    now,
                    Some("marked used in the app".into()),
                )
            })
            .map(|_| ())
            .map_err(|e| e.report())
    }

    /// Adds codes typed or pasted in (whitespace or comma separated) for an account.
    pub fn recovery_add(&self, account_id: &str, text: &str) -> Result<usize, ErrorReport> {
        let text = Zeroizing::new(text.to_owned());
        let account = self.store_ref()?.find(account_id).map_err(|e| e.report())?;
        let codes = split_codes(&text);
        if codes.is_empty() {
            return Err(ErrorReport::localized(
                "recovery.none_given",
                crate::i18n::Message::new("window-no-recovery-codes"),
            ));
        }
        let (vault, keys) = self.vault()?;
        vault
            .update(keys, |v| {
                Ok(v.add(&account.id, &account.label(), None, &codes))
            })
            .map_err(|e| e.report())
    }

    /// The codes of an entry as text, to print or keep offline.
    pub fn recovery_export(&self, entry: &str) -> Result<Zeroizing<String>, ErrorReport> {
        let (vault, keys) = self.vault()?;
        let contents = vault.read(keys).map_err(|e| e.report())?;
        let e = contents
            .codes_of(entry, "this account")
            .map_err(|e| e.report())?;
        Ok(e.export_text(&e.label))
    }
}
