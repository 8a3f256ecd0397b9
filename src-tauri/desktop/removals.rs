//! Removals from the window that can be undone: the card leaves the list at once, and
//! the account is removed from the vault [`UNDO_SECS`] later (or when the window
//! closes) unless the user takes it back. Until then the vault still holds it, so Undo
//! copies nothing and loses nothing, and a crash leaves the account in place. Tauri-free.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

/// How long Undo is offered.
pub const UNDO_SECS: u64 = 8;

/// The removals waiting for their time, by account id, each with its ticket.
#[derive(Default)]
pub struct Removals {
    pending: Mutex<HashMap<String, u64>>,
    tickets: AtomicU64,
}

impl Removals {
    fn with<T>(&self, f: impl FnOnce(&mut HashMap<String, u64>) -> T) -> T {
        let mut pending = self.pending.lock().unwrap_or_else(|p| p.into_inner());
        f(&mut pending)
    }

    /// Marks `id` for removal; returns the ticket its timer must show.
    pub fn schedule(&self, id: &str) -> u64 {
        let ticket = self.tickets.fetch_add(1, Ordering::Relaxed) + 1;
        self.with(|pending| pending.insert(id.to_string(), ticket));
        ticket
    }

    /// Whether `id` is waiting to be removed (the list leaves it out).
    pub fn is_pending(&self, id: &str) -> bool {
        self.with(|pending| pending.contains_key(id))
    }

    /// Takes `id` back; false when it was not waiting (its time was up).
    pub fn undo(&self, id: &str) -> bool {
        self.with(|pending| pending.remove(id).is_some())
    }

    /// The timer's turn: true (and forgotten) when `id` still waits under `ticket`, that
    /// is, it was neither taken back nor removed and scheduled again since.
    pub fn take_due(&self, id: &str, ticket: u64) -> bool {
        self.with(|pending| {
            if pending.get(id) == Some(&ticket) {
                pending.remove(id);
                true
            } else {
                false
            }
        })
    }

    /// Every waiting id, forgotten (the window is closing: they are removed now).
    pub fn take_all(&self) -> Vec<String> {
        self.with(|pending| pending.drain().map(|(id, _)| id).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_undone_removal_is_not_carried_out_when_its_time_is_up() {
        let r = Removals::default();
        let ticket = r.schedule("a");
        assert!(r.is_pending("a"));
        assert!(r.undo("a"));
        assert!(!r.is_pending("a"));
        assert!(!r.take_due("a", ticket));
        assert!(!r.undo("a"), "nothing left to take back");
    }

    #[test]
    fn a_removal_scheduled_again_waits_for_its_own_timer() {
        let r = Removals::default();
        let first = r.schedule("a");
        assert!(r.undo("a"));
        let second = r.schedule("a");
        assert_ne!(first, second);
        assert!(!r.take_due("a", first), "the first timer is stale");
        assert!(r.take_due("a", second));
        assert!(!r.is_pending("a"));
    }

    #[test]
    fn closing_the_window_takes_every_waiting_removal() {
        let r = Removals::default();
        r.schedule("a");
        r.schedule("b");
        let mut all = r.take_all();
        all.sort();
        assert_eq!(all, vec!["a", "b"]);
        assert!(!r.is_pending("a") && !r.is_pending("b"));
    }
}
