//! The window's side of the global shortcuts: the Settings dialog saves them (the agent,
//! which holds them, is told at once) and the quick search hides the window once Enter
//! has copied a code. Thin wrappers over [`crate::settings`] and [`crate::agent::bus`].

use serde::Serialize;

use crate::error::ErrorReport;
use crate::settings::{self, Settings};

/// The shortcuts as saved, and what became of them.
#[derive(Debug, Clone, Serialize)]
pub struct ShortcutsView {
    /// the settings now in force
    pub settings: Settings,
    /// a running agent took them over
    pub agent: bool,
    /// why a shortcut does not work (taken by another program, no X display)
    pub problems: Vec<String>,
}

fn view(settings: Settings) -> ShortcutsView {
    let reloaded = crate::agent::bus::reload_shortcuts();
    ShortcutsView {
        settings,
        agent: reloaded.is_some(),
        problems: reloaded
            .unwrap_or_default()
            .into_iter()
            .map(|e| e.message)
            .collect(),
    }
}

/// The shortcuts as the Settings dialog opens: a running agent grabs them again (a
/// no-op when nothing changed) and says which of them do not work.
#[tauri::command]
pub fn shortcut_status() -> ShortcutsView {
    view(Settings::load())
}

/// Saves the two shortcuts (empty: none) and whether Enter in the quick search hides
/// the window, then has a running agent grab them again.
#[tauri::command]
pub fn set_shortcuts(
    show: String,
    type_code: String,
    hides: bool,
) -> Result<ShortcutsView, ErrorReport> {
    settings::set_shortcuts(&show, &type_code)?;
    settings::update(|s| s.quick_search_hides = hides).map(view)
}

/// Enter in the quick search copied a code: the window steps aside (unless the user
/// turned that off).
#[tauri::command]
pub fn quick_search_done(window: tauri::WebviewWindow) {
    if Settings::load().quick_search_hides {
        log::info!("quick search done: hiding the window");
        let _ = window.hide();
    }
}
