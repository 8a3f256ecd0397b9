//! Handing a code to the user outside the window's own page: the system clipboard
//! (cleared after the user's delay, only if it still holds that code), the desktop
//! notification that says so, the list of recently copied accounts (the tray menu's
//! fallback when nothing is pinned) and how often each was copied (the "most used"
//! order), and matching accounts against typed search terms
//! (the tray, GNOME Shell and KRunner). Used by the window and the resident agent alike,
//! so that a copy behaves the same wherever it is made. No `tauri` here.

pub mod clipboard;
pub mod matching;
pub mod notify;
pub mod recent;
pub mod usage;

pub use clipboard::Clipboard;

/// A file of ours in the state folder (`$XDG_STATE_HOME/mfa-companion/NAME`).
fn state_file(name: &str) -> Option<std::path::PathBuf> {
    let dirs = directories::ProjectDirs::from("", "", "mfa-companion")?;
    let dir = dirs
        .state_dir()
        .map(|d| d.to_path_buf())
        .unwrap_or_else(|| dirs.data_local_dir().to_path_buf());
    Some(dir.join(name))
}

/// The state files whose changes can reorder the window's list ("most copied first").
pub fn state_files() -> Vec<std::path::PathBuf> {
    ["usage.json", "recent.json"]
        .into_iter()
        .filter_map(state_file)
        .collect()
}

/// Writes `value` as JSON to the state file `name`, atomically; a failure is only logged
/// (these files lose nothing that matters).
fn save_state(name: &str, value: &impl serde::Serialize) {
    let Some(path) = state_file(name) else { return };
    let result = path
        .parent()
        .map(std::fs::create_dir_all)
        .unwrap_or(Ok(()))
        .and_then(|()| serde_json::to_vec(value).map_err(std::io::Error::other))
        .and_then(|json| crate::storage::write_atomic(&path, &json));
    if let Err(e) = result {
        log::debug!("{name} not saved to {}: {e}", path.display());
    }
}
