//! The agent's quick-search shortcut in a Wayland session, where no client may grab keys:
//! the desktop's GlobalShortcuts portal (`org.freedesktop.portal.GlobalShortcuts`, through
//! `ashpd`), where the desktop offers it (KDE Plasma, recent GNOME; not sway's
//! xdg-desktop-portal-wlr). One portal session binds the shortcut "show" with the
//! settings' `shortcut_show` as the preferred trigger, in the XDG shortcuts syntax
//! (`CTRL+ALT+m`); the desktop may ask the user to confirm or change it and keeps the
//! binding as its own from then on. Each activation opens the quick search. Typing
//! (Ctrl+Alt+T) is not bound: on Wayland no client may type into other windows. Where no
//! portal offers the interface, or it refuses, the log says to bind
//! `mfa-companion show --search` in the desktop's keyboard settings, and the agent goes
//! on without it.

use std::sync::{Mutex, Weak};

use ashpd::desktop::global_shortcuts::{BindShortcutsOptions, GlobalShortcuts, NewShortcut};
use ashpd::desktop::CreateSessionOptions;
use futures_util::StreamExt;

use super::core::Core;
use crate::error::ErrorReport;
use crate::i18n::Message;
use crate::keyboard::grab::Action;
use crate::keyboard::Shortcut;
use crate::portal;

/// The shortcut's id in the portal session.
const SHOW: &str = "show";

/// What the desktop's users are told to do where the agent holds no shortcut.
pub const BIND_YOURSELF: &str =
    "bind `mfa-companion show --search` to a shortcut in the desktop's keyboard settings";

/// [`BIND_YOURSELF`] for people, in the language in use.
pub fn bind_yourself() -> Message {
    Message::new("agent-bind-yourself")
}

/// How the portal answered, for [`status`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum State {
    /// Not asked yet, or no answer yet (the desktop may be asking the user).
    Asking,
    /// Bound; the desktop's description of the trigger ("Ctrl+Alt+M"), possibly empty.
    Bound(String),
    /// No portal offers GlobalShortcuts on the session bus.
    NotOffered,
    /// The portal refused or failed (its words).
    Failed(String),
}

static STATE: Mutex<State> = Mutex::new(State::Asking);

fn set(state: State) {
    if let Ok(mut s) = STATE.lock() {
        *s = state;
    }
}

/// How the portal answered so far.
pub fn state() -> State {
    STATE.lock().map(|s| s.clone()).unwrap_or(State::Asking)
}

/// Asks the portal for the "show" shortcut (`preferred`, the settings' spelling; `None`
/// lets the desktop choose) on a thread of its own, which then waits for activations.
pub fn start(core: Weak<Core>, preferred: Option<Shortcut>) {
    set(State::Asking);
    let spawned = std::thread::Builder::new()
        .name("shortcuts-portal".into())
        .spawn(move || {
            let runtime = match tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
            {
                Ok(r) => r,
                Err(e) => {
                    log::warn!("shortcuts: no runtime for the portal ({e}); {BIND_YOURSELF}");
                    set(State::Failed(e.to_string()));
                    return;
                }
            };
            runtime.block_on(serve(core, preferred));
        });
    if let Err(e) = spawned {
        log::warn!("shortcuts: no thread for the portal ({e}); {BIND_YOURSELF}");
        set(State::Failed(e.to_string()));
    }
}

async fn serve(core: Weak<Core>, preferred: Option<Shortcut>) {
    let trigger = preferred.map(|s| s.portal_trigger());
    let bound = async {
        let conn = zbus::Connection::session().await?;
        let proxy = GlobalShortcuts::with_connection(conn).await?;
        // Listening before binding: no activation is missed.
        let activated = proxy.receive_activated().await?;
        let session = proxy
            .create_session(CreateSessionOptions::default())
            .await?;
        let shortcut = NewShortcut::new(SHOW, "Bring up MFA Companion's quick search")
            .preferred_trigger(trigger.as_deref());
        let reply = proxy
            .bind_shortcuts(&session, &[shortcut], None, BindShortcutsOptions::default())
            .await?
            .response()?;
        let described = reply
            .shortcuts()
            .iter()
            .find(|s| s.id() == SHOW)
            .map(|s| s.trigger_description().to_owned());
        Ok::<_, ashpd::Error>((proxy, session, activated, described))
    }
    .await;
    let (_proxy, _session, mut activated, described) = match bound {
        Ok(b) => b,
        Err(e) if portal::is_missing(&e) => {
            log::info!("shortcuts: the desktop offers no GlobalShortcuts portal; {BIND_YOURSELF}");
            set(State::NotOffered);
            return;
        }
        Err(e) => {
            log::warn!("shortcuts: the desktop's GlobalShortcuts portal did not bind the quick search ({e}); {BIND_YOURSELF}");
            set(State::Failed(e.to_string()));
            return;
        }
    };
    let Some(described) = described else {
        log::warn!("shortcuts: the desktop did not bind the quick search (the user may have declined); {BIND_YOURSELF}");
        set(State::Failed("not bound".into()));
        return;
    };
    log::info!(
        "shortcuts: the desktop binds the quick search to {described:?} (GlobalShortcuts portal)"
    );
    set(State::Bound(described));
    while let Some(a) = activated.next().await {
        if a.shortcut_id() != SHOW {
            continue;
        }
        let core = core.clone();
        // Off this runtime: opening the window starts a process and may wait.
        std::thread::spawn(move || {
            if let Some(core) = core.upgrade() {
                super::shortcuts::run(&core, Action::Show);
            }
        });
    }
}

/// What `ReloadShortcuts` says in a Wayland session: the desktop holds the shortcut (its
/// settings change it), or what to do where it holds none.
pub fn status() -> ErrorReport {
    match state() {
        State::Bound(trigger) => ErrorReport::localized(
            "keyboard.desktop_shortcut",
            if trigger.is_empty() {
                Message::new("agent-desktop-shortcut")
            } else {
                Message::new("agent-desktop-shortcut-bound").arg("trigger", trigger)
            },
        ),
        _ => ErrorReport::localized(
            "keyboard.no_display",
            Message::new("agent-no-shortcuts-wayland").nested("hint", bind_yourself()),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_status_names_the_desktops_shortcut_or_what_to_bind() {
        set(State::Bound("Ctrl+Alt+M".into()));
        let held = status();
        assert_eq!(held.code, "keyboard.desktop_shortcut");
        assert!(held.message.contains("(Ctrl+Alt+M)"), "{}", held.message);
        set(State::NotOffered);
        let none = status();
        assert_eq!(none.code, "keyboard.no_display");
        assert!(none.message.contains("show --search"), "{}", none.message);
        set(State::Asking);
    }
}
