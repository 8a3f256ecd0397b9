//! What the window shows, without Tauri: rows of live codes computed in Rust from
//! secrets cached in memory (zeroized on drop), so the per-second refresh costs no
//! keychain round trip and no secret ever reaches the webview.

use std::collections::HashMap;
use std::sync::Mutex;

use serde::Serialize;

use crate::account::Account;
use crate::error::{Coded, ErrorReport};
use crate::issuer_icons::Icon;
use crate::otp::{self, Kind, Secret};
use crate::settings::SortOrder;
use crate::storage::icons::IconChoice;
use crate::storage::AccountStore;

/// One account as the webview sees it.
#[derive(Debug, Clone, Serialize)]
pub struct CodeRow {
    /// account id
    pub id: String,
    /// issuer (may be empty)
    pub issuer: String,
    /// account name (may be empty)
    pub account: String,
    /// `totp`, `hotp` or `steam`
    pub kind: Kind,
    /// current code; `None` for HOTP until the user asks for the next one
    pub code: Option<String>,
    /// seconds left (time-based)
    pub remaining: Option<u32>,
    /// period (time-based)
    pub period: Option<u32>,
    /// the next period's code (time-based), which the window shows in the last 5 seconds
    pub next: Option<String>,
    /// why no code could be made for this row (keychain problems), if any
    pub error: Option<ErrorReport>,
    /// pinned to the top (and listed in the tray menu)
    pub pinned: bool,
    /// the user's tags, sorted
    pub tags: Vec<String>,
    /// the user's note (searched; shown in the card's Tags and note dialog)
    pub note: Option<String>,
    /// the issuer's logo from the bundled set, or a letter avatar
    pub icon: Icon,
    /// the icon the user chose (a slug, or "letter"), if any
    pub icon_choice: Option<String>,
}

/// What the window shows: the rows, and warnings about the store as a whole.
#[derive(Debug, Clone, Serialize)]
pub struct CodeList {
    /// one row per account
    pub accounts: Vec<CodeRow>,
    /// notes the vault keeps for the user, shown once at start-up
    pub warnings: Vec<ErrorReport>,
    /// the app lock is on: the page checks every few seconds whether it was closed
    pub lock_enabled: bool,
    /// privacy mode: codes show as dots until one is clicked (see [`crate::settings`])
    pub hide_codes: bool,
    /// seconds in the background after which every code is hidden (0: never)
    pub hide_after_away_secs: u64,
    /// the order of the cards
    pub sort: SortOrder,
    /// the page reports how long its searches take (`MFA_COMPANION_MEASURE` is set: the
    /// desktop bench)
    pub measure: bool,
    /// what the files behind this listing looked like when it was made (see
    /// [`super::period`]): the page's once-a-period update names it
    pub revision: String,
}

/// The store plus the secrets read so far.
pub struct Codebook {
    store: Result<AccountStore, ErrorReport>,
    secrets: Mutex<HashMap<String, Secret>>,
    /// The vault's notes, read on the first listing.
    warnings: std::sync::OnceLock<Vec<ErrorReport>>,
}

impl Codebook {
    /// Opens the default store; a failure is kept and shown by every call.
    pub fn open_default() -> Self {
        Self::new(AccountStore::open_default().map_err(|e| e.report()))
    }

    /// Wraps an opened store (or the error opening it).
    pub fn new(store: Result<AccountStore, ErrorReport>) -> Self {
        Self {
            store,
            secrets: Mutex::new(HashMap::new()),
            warnings: std::sync::OnceLock::new(),
        }
    }

    fn store(&self) -> Result<&AccountStore, ErrorReport> {
        self.store.as_ref().map_err(Clone::clone)
    }

    fn with_secret<T>(
        &self,
        account: &Account,
        f: impl FnOnce(&Secret) -> T,
    ) -> Result<T, ErrorReport> {
        let mut cache = self.secrets.lock().map_err(|_| {
            ErrorReport::localized("desktop.state", crate::i18n::Message::new("window-state"))
        })?;
        if !cache.contains_key(&account.id) {
            // One read of the vault brings every secret: fill the whole cache from it.
            for (a, secret) in self.store()?.with_secrets().map_err(|e| e.report())? {
                if let Ok(secret) = secret {
                    cache.insert(a.id, secret);
                }
            }
        }
        match cache.get(&account.id) {
            Some(secret) => Ok(f(secret)),
            // Missing or damaged: the store says which.
            None => self
                .store()?
                .secret(account)
                .map(|s| f(&s))
                .map_err(|e| e.report()),
        }
    }

    fn row(account: &Account, code: Option<otp::Code>, error: Option<ErrorReport>) -> CodeRow {
        CodeRow {
            id: account.id.clone(),
            issuer: account.issuer.clone(),
            account: account.account.clone(),
            kind: account.params.kind(),
            remaining: code.as_ref().and_then(|c| c.remaining),
            period: code.as_ref().and_then(|c| c.period),
            code: code.map(|c| c.code),
            next: None,
            error,
            pinned: false,
            tags: Vec::new(),
            note: None,
            icon: Icon::for_account(&account.issuer, &account.account),
            icon_choice: None,
        }
    }

    pub(super) fn store_ref(&self) -> Result<&AccountStore, ErrorReport> {
        self.store()
    }

    /// Drops a cached secret (after the account changed or was removed).
    pub(super) fn forget(&self, id: &str) {
        if let Ok(mut cache) = self.secrets.lock() {
            cache.remove(id);
        }
    }

    /// One account's row now (HOTP rows carry no code until asked).
    pub(super) fn row_now(&self, a: &Account) -> Result<CodeRow, ErrorReport> {
        if a.params.kind() == Kind::Hotp {
            return Ok(Self::row(a, None, None));
        }
        let now = otp::unix_now();
        let code = self.with_secret(a, |s| otp::code_at(&a.params, s, now))?;
        Ok(Self::row(a, Some(code), None))
    }

    /// The current code of an account (time-based ones), for copying.
    pub fn current_code(&self, id: &str) -> Result<zeroize::Zeroizing<String>, ErrorReport> {
        self.unless_locked()?;
        let a = self.store()?.find(id).map_err(|e| e.report())?;
        if a.params.kind() == Kind::Hotp {
            return Err(ErrorReport::localized(
                "account.hotp",
                crate::i18n::Message::new("window-hotp-copy"),
            ));
        }
        let now = otp::unix_now();
        self.with_secret(&a, |s| {
            zeroize::Zeroizing::new(otp::code_at(&a.params, s, now).code)
        })
    }

    /// Notes the vault keeps for the user (accounts the migration could not carry over),
    /// and a failed automatic backup.
    fn warnings(&self) -> Vec<ErrorReport> {
        let mut out = self.vault_notes();
        if let Ok(store) = self.store() {
            if let Some(s) = crate::backups::Backups::open(store.dir()).status() {
                if !s.ok {
                    out.push(ErrorReport::localized(
                        "backup.failed",
                        crate::i18n::Message::new("window-backup-failed")
                            .arg("detail", s.error.unwrap_or_default()),
                    ));
                }
            }
        }
        out
    }

    /// The vault's notes, read once per run.
    fn vault_notes(&self) -> Vec<ErrorReport> {
        self.warnings
            .get_or_init(
                || match self.store().map(|s| s.vault_file().read_public()) {
                    Ok(Ok(Some(public))) => public
                        .notes
                        .into_iter()
                        .map(|message| ErrorReport {
                            code: "vault.note",
                            message,
                        })
                        .collect(),
                    Ok(Err(e)) => vec![e.report()],
                    _ => Vec::new(),
                },
            )
            .clone()
    }

    /// Reads what the first listing needs (every time-based account's secret, and the
    /// start-up warnings) ahead of it, so that the keychain round trips overlap the
    /// window's start instead of delaying the first codes. Errors are left for the
    /// listing to report.
    pub fn warm_up(&self) {
        let Ok(accounts) = self.store().and_then(|s| s.list().map_err(|e| e.report())) else {
            return;
        };
        if let Some(a) = accounts.iter().find(|a| a.params.kind() != Kind::Hotp) {
            let _ = self.with_secret(a, |_| ());
        }
        self.warnings();
    }

    /// Under a closed app lock: forgets every cached secret and says so.
    pub(super) fn unless_locked(&self) -> Result<(), ErrorReport> {
        if self.store()?.is_locked() {
            if let Ok(mut cache) = self.secrets.lock() {
                cache.clear();
            }
            return Err(crate::storage::VaultError::AppLocked.report());
        }
        Ok(())
    }

    /// Opens the app lock with `password`.
    pub fn unlock(&self, password: &str) -> Result<(), ErrorReport> {
        self.store()?
            .unlock(password)
            .map(|_| ())
            .map_err(|e| e.report())
    }

    /// All accounts with their codes at `unix_time`, and start-up warnings.
    pub fn list(&self, unix_time: u64) -> Result<CodeList, ErrorReport> {
        self.unless_locked()?;
        // Taken first: a change made while the listing is read shows as a new revision.
        let revision = super::period::revision(self.store()?);
        let settings = crate::settings::Settings::load();
        Ok(CodeList {
            revision,
            accounts: self.rows(unix_time, settings.sort, &settings.order)?,
            warnings: self.warnings(),
            lock_enabled: crate::storage::lock::enabled(self.store()?.dir()),
            hide_codes: settings.hide_codes,
            hide_after_away_secs: settings.hide_after_away_secs,
            sort: settings.sort,
            measure: std::env::var_os("MFA_COMPANION_MEASURE").is_some(),
        })
    }

    /// All accounts with their codes at `unix_time`.
    /// Pinned accounts come first, in pin order; the rest in the order `sort` says.
    /// `custom` is the user's own order (see [`super::order`]).
    pub fn rows(
        &self,
        unix_time: u64,
        sort: SortOrder,
        custom: &[String],
    ) -> Result<Vec<CodeRow>, ErrorReport> {
        let store = self.store()?;
        let mut accounts = store.list().map_err(|e| e.report())?;
        let history = super::order::History::for_order(sort, custom);
        super::order::sort(&mut accounts, sort, &history);
        let organised = store.organised().map_err(|e| e.report())?;
        let (pinned, mut tags) = (organised.pinned, organised.tags);
        // Notes are encrypted: none shown when the vault cannot be opened (the rows then
        // say why in their errors).
        let mut notes = store.notes().unwrap_or_default();
        let mut rows: Vec<CodeRow> = accounts.iter().map(|a| self.row_at(a, unix_time)).collect();
        for row in &mut rows {
            row.pinned = pinned.contains(&row.id);
            row.tags = tags.remove(&row.id).unwrap_or_default();
            row.note = notes.remove(&row.id).map(|n| n.to_string());
            if let Some(choice) = organised.icons.get(&row.id) {
                row.icon = Icon::shown(Some(choice), &row.issuer, &row.account);
                row.icon_choice = Some(match choice {
                    IconChoice::Set { slug } => slug.clone(),
                    IconChoice::Image { .. } => "image".to_string(),
                    _ => "letter".to_string(),
                });
            }
        }
        rows.sort_by_key(|r| pinned.iter().position(|p| *p == r.id).unwrap_or(usize::MAX));
        Ok(rows)
    }

    /// One account's row at `unix_time`: its code and the next period's (none for HOTP,
    /// whose codes are only made on request), or why there is none.
    pub(super) fn row_at(&self, a: &Account, unix_time: u64) -> CodeRow {
        if a.params.kind() == Kind::Hotp {
            return Self::row(a, None, None);
        }
        let codes = self.with_secret(a, |s| {
            let now = otp::code_at(&a.params, s, unix_time);
            let next = now
                .remaining
                .map(|r| otp::code_at(&a.params, s, unix_time + u64::from(r)).code);
            (now, next)
        });
        match codes {
            Ok((code, next)) => {
                let mut row = Self::row(a, Some(code), None);
                row.next = next;
                row
            }
            Err(e) => Self::row(a, None, Some(e)),
        }
    }

    /// Advances a HOTP counter (saved before the code is returned) and returns the row.
    pub fn next_hotp(&self, id: &str) -> Result<CodeRow, ErrorReport> {
        let account = self.account(id)?;
        let store = self.store()?;
        let code = store
            .code(&account, otp::unix_now())
            .map_err(|e| e.report())?;
        Ok(Self::row(&account, Some(code), None))
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::account::Source;
    use crate::storage::keychain::memory::MemoryStore;

    fn book() -> (tempfile::TempDir, Arc<MemoryStore>, Codebook) {
        let dir = tempfile::tempdir().unwrap();
        let mem = Arc::new(MemoryStore::default());
        let store = AccountStore::open(dir.path(), Box::new(mem.clone())).unwrap();
        for uri in [
            "otpauth://totp/Warm:a?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Warm",
            "otpauth://hotp/Warm:b?secret=JBSWY3DPEHPK3PXP&counter=3&issuer=Warm",
        ] {
            store
                .add(&crate::otpauth::parse(uri).unwrap(), Source::Uri)
                .unwrap();
        }
        (dir, mem, Codebook::new(Ok(store)))
    }

    #[test]
    fn warming_up_reads_the_time_based_secrets_before_the_first_listing() {
        let (_dir, mem, book) = book();
        book.warm_up();
        // The keychain locks after the warm-up: the first listing needs it no more.
        *mem.locked.lock().unwrap() = true;
        let list = book.list(59).unwrap();
        assert!(list.warnings.is_empty(), "{:?}", list.warnings);
        let totp = list.accounts.iter().find(|r| r.account == "a").unwrap();
        assert!(totp.error.is_none(), "{:?}", totp.error);
        assert_eq!(totp.code.as_deref(), Some("287082"), "RFC 6238 at T=59");
        let hotp = list.accounts.iter().find(|r| r.account == "b").unwrap();
        assert_eq!(hotp.code, None, "HOTP codes are made only when asked");
    }

    #[test]
    fn without_a_warm_up_a_locked_keychain_shows_on_the_row() {
        let (_dir, mem, book) = book();
        *mem.locked.lock().unwrap() = true;
        let list = book.list(59).unwrap();
        let totp = list.accounts.iter().find(|r| r.account == "a").unwrap();
        assert_eq!(totp.code, None);
        assert_eq!(totp.error.as_ref().map(|e| e.code), Some("keychain.locked"));
    }
}
