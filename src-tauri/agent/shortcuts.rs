//! The agent's global shortcuts: on X11 the two of the settings (`Ctrl+Alt+M` brings up
//! the window with the search focused, `Ctrl+Alt+T` types the code the focused window's
//! title asks for) grabbed through [`crate::keyboard::grab`], re-grabbed when the window
//! or the CLI changes them (`ReloadShortcuts` on D-Bus). In a Wayland session nothing
//! can be grabbed: the quick search's shortcut is asked of the desktop's GlobalShortcuts
//! portal ([`super::portal_shortcuts`]) where it offers one (the desktop then holds it and
//! its settings change it); elsewhere the desktop's own shortcut settings run
//! `mfa-companion show --search` instead.

use std::sync::{Arc, Weak};

use crate::error::{Coded, ErrorReport};
use crate::i18n::Message;
use crate::keyboard::grab::{self, Action, Grabs};
use crate::keyboard::Shortcut;
use crate::settings::Settings;

use super::core::Core;

/// The shortcuts of the settings; the unreadable ones are reported and left out.
fn bindings(settings: &Settings) -> (Vec<(Shortcut, Action)>, Vec<ErrorReport>) {
    let (mut ok, mut bad) = (Vec::new(), Vec::new());
    for (text, action) in [
        (&settings.shortcut_show, Action::Show),
        (&settings.shortcut_type, Action::Type),
    ] {
        if text.trim().is_empty() {
            continue;
        }
        match Shortcut::parse(text) {
            Ok(s) => ok.push((s, action)),
            Err(e) => bad.push(e.report()),
        }
    }
    (ok, bad)
}

/// Grabs the settings' shortcuts for `core`. `None` when no X display can be used (a
/// Wayland session, none at all): said in the log.
pub fn start(core: &Arc<Core>) -> Option<Grabs> {
    if crate::keyboard::on_wayland() {
        start_portal(core);
        return None;
    }
    let (wanted, bad) = bindings(&Settings::load());
    for e in bad {
        log::warn!("shortcuts: {}", e.message);
    }
    let core: Weak<Core> = Arc::downgrade(core);
    let on = move |action| {
        if let Some(core) = core.upgrade() {
            run(&core, action);
        }
    };
    match grab::start(wanted, on) {
        Ok((grabs, _failed)) => Some(grabs),
        Err(e) => {
            log::warn!("shortcuts: {e}");
            None
        }
    }
}

/// Wayland: the settings' shortcuts asked of the desktop's portal: the quick search's,
/// and typing's where this session lets the agent type (KDE Plasma; on wlroots desktops,
/// which offer no such portal, the user binds `mfa-companion type`).
fn start_portal(core: &Arc<Core>) {
    let settings = Settings::load();
    let typing = crate::keyboard::kwin::running();
    let mut wanted = Vec::new();
    for (text, action) in [
        (&settings.shortcut_show, Action::Show),
        (&settings.shortcut_type, Action::Type),
    ] {
        if text.trim().is_empty() || (action == Action::Type && !typing) {
            continue;
        }
        let preferred = match Shortcut::parse(text) {
            Ok(s) => Some(s),
            Err(e) => {
                log::warn!("shortcuts: {e}; the desktop chooses the key");
                None
            }
        };
        wanted.push(super::portal_shortcuts::Wanted { action, preferred });
    }
    if wanted.is_empty() {
        log::info!("shortcuts: the shortcuts are turned off in Settings");
        return;
    }
    super::portal_shortcuts::start(Arc::downgrade(core), wanted);
}

/// Re-grabs after a settings change; the problems, for the caller to show.
pub fn reload(grabs: Option<&Grabs>) -> Vec<ErrorReport> {
    let (wanted, mut bad) = bindings(&Settings::load());
    match grabs {
        Some(g) => match g.rebind(wanted) {
            Ok(failed) => bad.extend(failed.iter().map(Coded::report)),
            Err(e) => bad.push(e.report()),
        },
        None if crate::keyboard::on_wayland() => bad.push(super::portal_shortcuts::status()),
        None => bad.push(ErrorReport::localized(
            "keyboard.no_display",
            Message::new("agent-no-shortcuts-x")
                .nested("hint", super::portal_shortcuts::bind_yourself()),
        )),
    }
    bad
}

pub(super) fn run(core: &Core, action: Action) {
    let done = match action {
        Action::Show => core.open_window(true),
        Action::Type => core.type_focused(),
    };
    if let Err(e) = done {
        log::warn!("shortcuts: {action:?}: {} [{}]", e.message, e.code);
        let summary = match action {
            Action::Show => crate::i18n::t("notify-window-failed"),
            Action::Type => crate::i18n::t("notify-no-code-typed"),
        };
        crate::copy::notify::show_soon(summary, e.message);
    }
}
