//! What the resident agent does for its callers (the tray, the desktop search, the CLI
//! over D-Bus), on top of the storage layer, which stays the record: every request
//! reads the vault again, so a change made by the window or the CLI is seen at once.
//!
//! Secrets are decrypted per request and zeroized with it. Only the vault's data key is
//! kept between requests, and only for [`KEY_IDLE`] after the last one: a
//! [`Deadline`] thread waits for that moment (none runs while no key is kept), then
//! zeroizes it. The screen
//! locking, the machine going to sleep and `lock now` forget it at once.

use std::collections::HashMap;
use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex, Weak};
use std::time::{Duration, Instant};

use zeroize::Zeroizing;

use super::deadline::Deadline;
use crate::account::Account;
use crate::copy::{notify, recent, Clipboard};
use crate::error::{Coded, ErrorReport};
use crate::i18n::Message;
use crate::identity::{Timeouts, Token};
use crate::otp::{self, Code, Kind};
use crate::settings::Settings;
use crate::signin;
use crate::storage::{AccountStore, Profiles};

/// How long the data key stays in memory after the last request that needed it.
pub const KEY_IDLE: Duration = Duration::from_secs(60);

/// The agent's state, shared by its D-Bus objects and its tray.
pub struct Core {
    store: AccountStore,
    clipboard: Arc<Clipboard>,
    /// When the cached data key is to be forgotten.
    key_expiry: Deadline,
    quit: Mutex<Sender<()>>,
    /// The global shortcuts, once grabbed.
    shortcuts: std::sync::OnceLock<crate::keyboard::grab::Grabs>,
}

impl Core {
    /// The agent over the default data folder; `quit` ends the agent.
    pub fn new(store: AccountStore, quit: Sender<()>) -> Arc<Self> {
        Arc::new_cyclic(|me: &Weak<Core>| {
            let me = me.clone();
            Core {
                store,
                clipboard: Clipboard::new(Duration::from_secs(
                    Settings::load().clipboard_clear_secs,
                )),
                key_expiry: Deadline::spawn(move || {
                    if let Some(core) = me.upgrade() {
                        core.store.forget_key();
                        log::debug!("agent: data key forgotten after {KEY_IDLE:?} idle");
                    }
                }),
                quit: Mutex::new(quit),
                shortcuts: std::sync::OnceLock::new(),
            }
        })
    }

    /// The data folder served.
    pub fn dir(&self) -> &std::path::Path {
        self.store.dir()
    }

    /// Every account (the vault's public part: no keychain).
    pub fn accounts(&self) -> Result<Vec<Account>, ErrorReport> {
        self.store.list().map_err(|e| e.report())
    }

    /// Every account's tags by id (the vault's public part; none when it cannot be read).
    pub fn tags(&self) -> std::collections::BTreeMap<String, Vec<String>> {
        self.store.tags().unwrap_or_default()
    }

    /// The accounts the tray menu lists: the pinned ones, or else the recently copied.
    pub fn menu_accounts(&self) -> Result<Vec<Account>, ErrorReport> {
        let all = self.accounts()?;
        let mut ids = self.store.pinned().map_err(|e| e.report())?;
        if ids.is_empty() {
            ids = recent::load();
        }
        Ok(ids
            .iter()
            .filter_map(|id| all.iter().find(|a| &a.id == id).cloned())
            .collect())
    }

    /// The account `query` finds (id, `issuer:account`, or a unique substring).
    pub fn find(&self, query: &str) -> Result<Account, ErrorReport> {
        self.store.find(query).map_err(|e| e.report())
    }

    /// The current codes of the time-based accounts among `ids`, from one read of the
    /// vault (what the tray and the search show when the user wants codes beside names).
    /// HOTP accounts are left out: showing their code would spend a counter step.
    pub fn shown_codes<'a>(
        &self,
        ids: impl IntoIterator<Item = &'a str>,
    ) -> HashMap<String, String> {
        let ids: Vec<&str> = ids.into_iter().collect();
        if ids.is_empty() {
            return HashMap::new();
        }
        let Ok(all) = self.store.with_secrets() else {
            return HashMap::new();
        };
        self.key_expiry.set(Some(Instant::now() + KEY_IDLE));
        let now = otp::unix_now();
        all.into_iter()
            .filter(|(a, _)| ids.contains(&a.id.as_str()) && a.params.kind() != Kind::Hotp)
            .filter_map(|(a, secret)| {
                let code = otp::code_at(&a.params, &secret.ok()?, now).code;
                Some((a.id, code))
            })
            .collect()
    }

    /// The current code of the account `query` finds (a HOTP counter advances).
    pub fn code(&self, query: &str) -> Result<(Account, Code), ErrorReport> {
        let account = self.store.find(query).map_err(|e| e.report())?;
        let code = self
            .store
            .code(&account, otp::unix_now())
            .map_err(|e| e.report());
        self.key_expiry.set(Some(Instant::now() + KEY_IDLE));
        Ok((account, code?))
    }

    /// Copies an account's current code (cleared after the user's delay if still
    /// there), remembers the account as recently copied and says so in a notification
    /// (the account's name, never the code). Returns the account.
    pub fn copy(&self, id: &str) -> Result<Account, ErrorReport> {
        let (account, code) = match self.code(id) {
            Ok(found) => found,
            Err(e) => {
                notify::show_soon(crate::i18n::t("notify-no-code-copied"), e.message.clone());
                return Err(e);
            }
        };
        let secs = Settings::load().clipboard_clear_secs;
        self.clipboard.set_clear_after_secs(secs);
        self.clipboard.copy(Zeroizing::new(code.code.clone()))?;
        recent::record(&account.id);
        log::info!("agent: copied the code of account {}", account.id);
        let (summary, body) = notify::copied_text(&display_name(&account), secs);
        notify::show_soon(summary, body);
        Ok(account)
    }

    /// The server profiles signed in now, for the tray's "Copy access token".
    pub fn signed_in_servers(&self) -> Vec<String> {
        let Ok(list) = Profiles::open(self.dir()).list() else {
            return Vec::new();
        };
        list.into_iter()
            .filter(|p| p.signs_in())
            .filter(|p| matches!(signin::session_of(&self.store, &p.name), Ok(Some(_))))
            .map(|p| p.name)
            .collect()
    }

    /// Copies a valid access token of signed-in profile `server` (refreshed first when
    /// it expires within a minute), cleared like a code; the notification names the
    /// profile, never the token.
    pub fn copy_access_token(&self, server: &str) -> Result<(), ErrorReport> {
        let got = self.access_token(server);
        let token = match got {
            Ok(t) => t,
            Err(e) => {
                notify::show_soon(crate::i18n::t("notify-no-token-copied"), e.message.clone());
                return Err(e);
            }
        };
        let secs = Settings::load().clipboard_clear_secs;
        self.clipboard.set_clear_after_secs(secs);
        self.clipboard
            .copy(Zeroizing::new(token.expose().to_owned()))?;
        log::info!("agent: copied the access token of server {server}");
        notify::show_soon(
            crate::i18n::tr("notify-token-copied", &[("server", server.into())]),
            crate::i18n::tr("notify-cleared-in", &[("seconds", secs.into())]),
        );
        Ok(())
    }

    /// The access token, from a thread and runtime of its own (the caller may be on a
    /// runtime's thread, where blocking on a future is not allowed).
    fn access_token(&self, server: &str) -> Result<Token, ErrorReport> {
        let profile = Profiles::open(self.dir())
            .get(server)
            .map_err(|e| e.report())?;
        let store = &self.store;
        let run = || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .map_err(|e| {
                    ErrorReport::localized(
                        "io.runtime",
                        Message::new("agent-runtime").arg("error", e.to_string()),
                    )
                })?;
            rt.block_on(signin::access_token(
                store,
                &profile,
                Timeouts::default(),
                false,
            ))
            .map(|(token, _)| token)
            .map_err(|e| e.report())
        };
        std::thread::scope(|s| s.spawn(run).join()).unwrap_or_else(|_| {
            Err(ErrorReport::localized(
                "app.internal",
                Message::new("agent-token-failed"),
            ))
        })
    }

    /// Opens the window (a new process, ended when it is closed), with the search
    /// focused if `search`.
    pub fn open_window(&self, search: bool) -> Result<(), ErrorReport> {
        let args: &[&str] = if search { &["--search"] } else { &[] };
        super::spawn_sibling("mfa-companion-desktop", args).map_err(|e| window_failed(&e))
    }

    /// Opens the window on its Add dialog's Screen tab, scanning the screen at once.
    pub fn scan_screen(&self) -> Result<(), ErrorReport> {
        super::spawn_sibling("mfa-companion-desktop", &["--scan"]).map_err(|e| window_failed(&e))
    }

    /// Types the current code of the account the focused window's title names (the
    /// Ctrl+Alt+T shortcut); opens the quick search when it names none or several.
    pub fn type_focused(&self) -> Result<(), ErrorReport> {
        use crate::keyboard::autotype::{self, Typed};
        let accounts = self.accounts()?;
        let typed = autotype::run(&accounts, None, |a| {
            self.code(&a.id)
                .map(|(_, c)| Zeroizing::new(c.code.clone()))
        })?;
        match typed {
            Typed::Code(account) => {
                recent::record(&account.id);
                log::info!("agent: typed the code of account {}", account.id);
                Ok(())
            }
            Typed::Search(why) => {
                log::info!("agent: {why}; opening the quick search");
                self.open_window(true)
            }
        }
    }

    /// Keeps the grabbed shortcuts (once).
    pub fn hold_shortcuts(&self, grabs: crate::keyboard::grab::Grabs) {
        let _ = self.shortcuts.set(grabs);
    }

    /// Grabs the shortcuts of the settings again; the problems found.
    pub fn reload_shortcuts(&self) -> Vec<ErrorReport> {
        super::shortcuts::reload(self.shortcuts.get())
    }

    /// Forgets the data key now (screen locked, `lock now`).
    pub fn forget_key(&self) {
        self.store.forget_key();
        self.key_expiry.set(None);
    }

    /// Ends the agent.
    pub fn quit(&self) {
        if let Ok(q) = self.quit.lock() {
            let _ = q.send(());
        }
    }
}

/// Runs `work` on a thread of its own and awaits it. The D-Bus objects are called on
/// the bus runtime's few worker threads; storage work (file reads, the keychain, whose
/// client runs its own tasks on that same runtime) must not hold a worker while it waits.
pub async fn off_runtime<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Option<T> {
    let (tx, rx) = tokio::sync::oneshot::channel();
    std::thread::spawn(move || {
        let _ = tx.send(work());
    });
    rx.await.ok()
}

/// An account's name as menus and notifications show it: the issuer, or the label.
pub fn display_name(account: &Account) -> String {
    if account.issuer.is_empty() {
        account.label()
    } else {
        account.issuer.clone()
    }
}

fn window_failed(e: &dyn std::fmt::Display) -> ErrorReport {
    ErrorReport::localized(
        "agent.window",
        Message::new("agent-window").arg("error", e.to_string()),
    )
}
