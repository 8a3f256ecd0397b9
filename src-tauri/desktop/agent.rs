//! The window's side of the resident agent and of organising accounts: pinning (the
//! tray menu lists pinned accounts), tags, notes, the cards' order, privacy mode, starting the agent at login, and what the tray and the desktop search may
//! show. Thin wrappers over [`crate::agent`], [`crate::storage`] and
//! [`crate::settings`].

use serde::Serialize;
use tauri::State;

use super::view::Codebook;
use crate::error::{Coded, ErrorReport};
use crate::settings::{self, Settings};

/// The agent as the Settings dialog shows it.
#[derive(Debug, Clone, Serialize)]
pub struct AgentView {
    /// the agent starts at login
    pub autostart: bool,
    /// an agent runs now
    pub running: bool,
    /// the settings it follows
    pub settings: Settings,
}

fn view() -> AgentView {
    AgentView {
        autostart: crate::agent::install::autostart_on(),
        running: crate::agent::bus::running(),
        settings: Settings::load(),
    }
}

/// Pins an account to the top (and the tray menu), or unpins it.
#[tauri::command]
pub fn pin_account(book: State<'_, Codebook>, id: String, pinned: bool) -> Result<(), ErrorReport> {
    let store = book.store_ref()?;
    store
        .set_pinned(&id, pinned)
        .map(|_| ())
        .map_err(|e| e.report())
}

/// Replaces an account's tags; returns them as stored (trimmed, sorted, one per name).
#[tauri::command]
pub fn set_account_tags(
    book: State<'_, Codebook>,
    id: String,
    tags: Vec<String>,
) -> Result<Vec<String>, ErrorReport> {
    let store = book.store_ref()?;
    store.set_tags(&id, &tags).map_err(|e| e.report())
}

/// Sets or (with an empty text) removes an account's note; returns it as stored.
#[tauri::command]
pub fn set_account_note(
    book: State<'_, Codebook>,
    id: String,
    note: String,
) -> Result<Option<String>, ErrorReport> {
    let store = book.store_ref()?;
    let saved = store.set_note(&id, Some(&note)).map_err(|e| e.report())?;
    Ok(saved.map(|n| n.to_string()))
}

/// The agent's state and settings.
#[tauri::command]
pub fn agent_status() -> AgentView {
    view()
}

/// Starts the agent at login, and now (or stops doing so at login; a running agent stays
/// until it is quit).
#[tauri::command]
pub fn set_agent_autostart(on: bool) -> Result<AgentView, ErrorReport> {
    crate::agent::install::set_autostart(on)?;
    if on && !crate::agent::bus::running() {
        crate::agent::client::spawn_resident()?;
        // Says "running" once it answers (it takes a few milliseconds to claim its name).
        let start = std::time::Instant::now();
        while !crate::agent::bus::running() && start.elapsed() < std::time::Duration::from_secs(3) {
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
    }
    Ok(view())
}

/// Privacy mode on or off (the window shows codes as dots until one is clicked), and
/// after how many seconds in the background the window hides every code (0: never).
#[tauri::command]
pub fn set_hide_codes(on: bool, away_secs: u64) -> Result<Settings, ErrorReport> {
    if away_secs > settings::AWAY_MAX_SECS {
        return Err(ErrorReport::localized(
            "settings.range",
            crate::i18n::Message::new("window-away-range").arg("max", settings::AWAY_MAX_SECS),
        ));
    }
    settings::update(|s| {
        s.hide_codes = on;
        s.hide_after_away_secs = away_secs;
    })
}

/// The order of the window's cards, by name (see [`settings::SortOrder`]).
#[tauri::command]
pub fn set_sort(order: String) -> Result<Settings, ErrorReport> {
    let order = settings::SortOrder::parse(&order)?;
    settings::update(|s| s.sort = order)
}

/// Moves a card to just before another (drag and drop, Alt+arrow keys; `None`: to the
/// end), making the order on screen the user's own.
#[tauri::command]
pub fn move_account(
    book: State<'_, Codebook>,
    id: String,
    before: Option<String>,
) -> Result<(), ErrorReport> {
    super::order::move_card(book.store_ref()?, &id, before.as_deref())
}

/// Whether the tray menu and the desktop search show codes beside account names.
#[tauri::command]
pub fn set_show_codes(tray: bool, search: bool) -> Result<AgentView, ErrorReport> {
    settings::update(|s| {
        s.tray_show_codes = tray;
        s.search_show_codes = search;
    })?;
    Ok(view())
}
