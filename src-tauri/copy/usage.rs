//! How often each account's code was copied (the window, the tray, the desktop search):
//! `usage.json` in the state folder (`$XDG_STATE_HOME/mfa-companion/`), ids and counts
//! only, for the "most used" order. Losing the file loses nothing that matters, so every
//! failure here is only logged.

use std::collections::HashMap;
use std::path::PathBuf;

/// The most accounts counted; the least used are forgotten beyond it.
pub const KEEP: usize = 5000;

fn path() -> Option<PathBuf> {
    super::state_file("usage.json")
}

/// Copies per account id.
pub fn load() -> HashMap<String, u64> {
    path()
        .and_then(|p| std::fs::read(p).ok())
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        .unwrap_or_default()
}

/// Counts one copy of `id`.
pub fn bump(id: &str) {
    super::save_state("usage.json", &bumped(load(), id));
}

fn bumped(mut counts: HashMap<String, u64>, id: &str) -> HashMap<String, u64> {
    *counts.entry(id.to_string()).or_insert(0) += 1;
    if counts.len() > KEEP {
        let mut by_use: Vec<(String, u64)> = counts.into_iter().collect();
        by_use.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        // The account just copied stays even when it is among the least used.
        let keep_id = by_use.iter().position(|(i, _)| i == id);
        let mut kept: HashMap<String, u64> = by_use.iter().take(KEEP - 1).cloned().collect();
        if let Some(i) = keep_id {
            kept.insert(by_use[i].0.clone(), by_use[i].1);
        }
        return kept;
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_copy_counts_and_the_table_stays_bounded() {
        let mut counts = HashMap::new();
        for _ in 0..3 {
            counts = bumped(counts, "a");
        }
        counts = bumped(counts, "b");
        assert_eq!((counts["a"], counts["b"]), (3, 1));
        for i in 0..KEEP + 10 {
            counts = bumped(counts, &format!("{i:08x}"));
        }
        assert!(counts.len() <= KEEP);
        assert_eq!(counts["a"], 3, "the most used stay");
        let last = format!("{:08x}", KEEP + 9);
        assert_eq!(counts.get(&last), Some(&1), "the one just copied stays");
    }
}
