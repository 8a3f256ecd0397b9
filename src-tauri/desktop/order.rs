//! The order of the window's cards: the accounts in the order the user chose (Settings'
//! `sort`: as added, by issuer, by account name, newest first, recently copied first,
//! most copied first, or the user's own order); the view then puts the pinned ones
//! first, in pin order. Moving a card (drag and drop, Alt+arrow keys) turns the current
//! order into the user's own. Tauri-free.

use std::collections::HashMap;

use crate::account::Account;
use crate::error::{Coded, ErrorReport};
use crate::settings::{self, SortOrder};
use crate::storage::AccountStore;

/// What the orders beyond names and dates go by.
#[derive(Debug, Default)]
pub struct History {
    /// recently copied ids, newest first
    pub recent: Vec<String>,
    /// copies per id
    pub uses: HashMap<String, u64>,
    /// the user's own order (ids)
    pub custom: Vec<String>,
}

impl History {
    /// What `by` needs, read from the state files and settings (nothing for the others).
    pub fn for_order(by: SortOrder, custom: &[String]) -> History {
        match by {
            SortOrder::RecentlyUsed => History {
                recent: crate::copy::recent::load(),
                ..History::default()
            },
            SortOrder::MostUsed => History {
                uses: crate::copy::usage::load(),
                ..History::default()
            },
            SortOrder::Custom => History {
                custom: custom.to_vec(),
                ..History::default()
            },
            _ => History::default(),
        }
    }
}

/// Sorts `accounts` by `by`. Stable: accounts that compare equal keep the order they
/// were added in.
pub fn sort(accounts: &mut [Account], by: SortOrder, history: &History) {
    let position = |list: &[String], id: &str| list.iter().position(|r| r == id);
    match by {
        SortOrder::Added => {}
        SortOrder::Issuer => {
            accounts.sort_by_cached_key(|a| (a.issuer.to_lowercase(), a.account.to_lowercase()))
        }
        SortOrder::Name => {
            accounts.sort_by_cached_key(|a| (a.account.to_lowercase(), a.issuer.to_lowercase()))
        }
        SortOrder::Newest => accounts.sort_by_key(|a| std::cmp::Reverse(a.created)),
        SortOrder::RecentlyUsed => {
            accounts.sort_by_cached_key(|a| position(&history.recent, &a.id).unwrap_or(usize::MAX))
        }
        SortOrder::MostUsed => accounts
            .sort_by_key(|a| std::cmp::Reverse(history.uses.get(&a.id).copied().unwrap_or(0))),
        SortOrder::Custom => {
            accounts.sort_by_cached_key(|a| position(&history.custom, &a.id).unwrap_or(usize::MAX))
        }
    }
}

/// `shown` (every id, in the order on screen) with `id` moved to just before `before`
/// (to the end for `None`); unchanged when `id` is not in it or is `before` itself.
pub fn moved(shown: &[String], id: &str, before: Option<&str>) -> Vec<String> {
    if !shown.iter().any(|s| s == id) || before == Some(id) {
        return shown.to_vec();
    }
    let mut out: Vec<String> = shown.iter().filter(|s| *s != id).cloned().collect();
    let at = before
        .and_then(|b| out.iter().position(|s| s == b))
        .unwrap_or(out.len());
    out.insert(at, id.to_string());
    out
}

/// Moves card `id` to just before card `before` (to the end for `None`) in the order on
/// screen, and makes that the user's own order (saved in the settings).
pub fn move_card(store: &AccountStore, id: &str, before: Option<&str>) -> Result<(), ErrorReport> {
    let current = settings::Settings::load();
    let mut accounts = store.list().map_err(|e| e.report())?;
    let history = History::for_order(current.sort, &current.order);
    sort(&mut accounts, current.sort, &history);
    let pinned = store.organised().map_err(|e| e.report())?.pinned;
    accounts.sort_by_key(|a| pinned.iter().position(|p| *p == a.id).unwrap_or(usize::MAX));
    let shown: Vec<String> = accounts.into_iter().map(|a| a.id).collect();
    if !shown.iter().any(|s| s == id) {
        return Err(ErrorReport::localized(
            "account.not_found",
            crate::i18n::Message::new("window-no-account-moved").arg("id", id.to_string()),
        ));
    }
    let order = moved(&shown, id, before);
    settings::update(|s| {
        s.sort = SortOrder::Custom;
        s.order = order;
    })
    .map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::account::Source;
    use crate::otp::OtpParams;

    fn account(id: &str, issuer: &str, name: &str, created: u64) -> Account {
        Account {
            id: id.into(),
            issuer: issuer.into(),
            account: name.into(),
            params: OtpParams::default_totp(),
            created,
            source: Source::Manual,
        }
    }

    fn sorted(by: SortOrder, history: &History) -> Vec<String> {
        let mut all = vec![
            account("1", "zeta", "ann", 30),
            account("2", "Alpha", "zoe", 10),
            account("3", "beta", "Bob", 20),
            account("4", "alpha", "amy", 20),
        ];
        sort(&mut all, by, history);
        all.into_iter().map(|a| a.id).collect()
    }

    fn ids(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn every_order_sorts_as_named_ignoring_case() {
        let none = History::default();
        assert_eq!(sorted(SortOrder::Added, &none), ["1", "2", "3", "4"]);
        assert_eq!(sorted(SortOrder::Issuer, &none), ["4", "2", "3", "1"]);
        assert_eq!(sorted(SortOrder::Name, &none), ["4", "1", "3", "2"]);
        // Equal times keep the order of adding.
        assert_eq!(sorted(SortOrder::Newest, &none), ["1", "3", "4", "2"]);
    }

    #[test]
    fn recently_copied_come_first_and_the_rest_keep_their_order() {
        let h = History {
            recent: ids(&["3", "gone", "1"]),
            ..History::default()
        };
        assert_eq!(sorted(SortOrder::RecentlyUsed, &h), ["3", "1", "2", "4"]);
    }

    #[test]
    fn the_most_copied_come_first_and_ties_keep_their_order() {
        let h = History {
            uses: HashMap::from([("4".into(), 7), ("2".into(), 2), ("3".into(), 2)]),
            ..History::default()
        };
        assert_eq!(sorted(SortOrder::MostUsed, &h), ["4", "2", "3", "1"]);
    }

    #[test]
    fn the_users_order_wins_and_accounts_it_lacks_follow_as_added() {
        let h = History {
            custom: ids(&["3", "gone", "1"]),
            ..History::default()
        };
        assert_eq!(sorted(SortOrder::Custom, &h), ["3", "1", "2", "4"]);
    }

    #[test]
    fn a_moved_card_lands_before_its_target_or_at_the_end() {
        let shown = ids(&["a", "b", "c", "d"]);
        assert_eq!(moved(&shown, "d", Some("b")), ids(&["a", "d", "b", "c"]));
        assert_eq!(moved(&shown, "a", Some("c")), ids(&["b", "a", "c", "d"]));
        assert_eq!(moved(&shown, "b", None), ids(&["a", "c", "d", "b"]));
        assert_eq!(moved(&shown, "b", Some("b")), shown);
        assert_eq!(moved(&shown, "x", Some("a")), shown);
        assert_eq!(moved(&shown, "c", Some("gone")), ids(&["a", "b", "d", "c"]));
    }
}
