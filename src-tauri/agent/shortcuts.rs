//! The agent's global shortcuts (X11): the two of the settings (`Ctrl+Alt+M` brings up
//! the window with the search focused, `Ctrl+Alt+T` types the code the focused window's
//! title asks for) grabbed through [`crate::keyboard::grab`], re-grabbed when the window
//! or the CLI changes them (`ReloadShortcuts` on D-Bus). On Wayland none are grabbed:
//! the desktop's own shortcut settings run `mfa-companion show --search` instead.

use std::sync::{Arc, Weak};

use crate::error::{Coded, ErrorReport};
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
        log::info!("shortcuts: none on Wayland; bind `mfa-companion show --search` in the desktop's keyboard settings");
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

/// Re-grabs after a settings change; the problems, for the caller to show.
pub fn reload(grabs: Option<&Grabs>) -> Vec<ErrorReport> {
    let (wanted, mut bad) = bindings(&Settings::load());
    match grabs {
        Some(g) => match g.rebind(wanted) {
            Ok(failed) => bad.extend(failed.iter().map(Coded::report)),
            Err(e) => bad.push(e.report()),
        },
        None => bad.push(ErrorReport {
            code: "keyboard.no_display",
            message: "the agent holds no shortcuts in this session (Wayland, or no X display): bind `mfa-companion show --search` in the desktop's keyboard settings".into(),
        }),
    }
    bad
}

fn run(core: &Core, action: Action) {
    let done = match action {
        Action::Show => core.open_window(true),
        Action::Type => core.type_focused(),
    };
    if let Err(e) = done {
        log::warn!("shortcuts: {action:?}: {} [{}]", e.message, e.code);
        let summary = match action {
            Action::Show => "MFA Companion: the window could not be opened",
            Action::Type => "MFA Companion: no code typed",
        };
        crate::copy::notify::show_soon(summary.into(), e.message);
    }
}
