//! The accounts copied most recently (ids only, newest first, at most [`KEEP`]):
//! `recent.json` in the state folder (`$XDG_STATE_HOME/mfa-companion/`). The tray menu
//! shows them when no account is pinned. Losing the file loses nothing that matters, so
//! every failure here is only logged.

use std::path::PathBuf;

/// How many accounts are remembered.
pub const KEEP: usize = 10;

fn path() -> Option<PathBuf> {
    super::state_file("recent.json")
}

/// The remembered ids, newest first.
pub fn load() -> Vec<String> {
    let Some(path) = path() else {
        return Vec::new();
    };
    std::fs::read(&path)
        .ok()
        .and_then(|bytes| serde_json::from_slice::<Vec<String>>(&bytes).ok())
        .map(|mut ids| {
            ids.truncate(KEEP);
            ids
        })
        .unwrap_or_default()
}

/// Puts `id` first, and counts the copy (see [`super::usage`]).
pub fn record(id: &str) {
    super::usage::bump(id);
    super::save_state("recent.json", &pushed(load(), id));
}

fn pushed(mut ids: Vec<String>, id: &str) -> Vec<String> {
    ids.retain(|i| i != id);
    ids.insert(0, id.to_string());
    ids.truncate(KEEP);
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_moves_its_account_first_and_the_list_stays_bounded() {
        let mut ids = Vec::new();
        for i in 0..15 {
            ids = pushed(ids, &format!("{i:08x}"));
        }
        assert_eq!(ids.len(), KEEP);
        assert_eq!(ids[0], "0000000e");
        let ids = pushed(ids, "00000009");
        assert_eq!(ids[0], "00000009");
        assert_eq!(ids.iter().filter(|i| *i == "00000009").count(), 1);
        assert_eq!(ids.len(), KEEP);
    }
}
