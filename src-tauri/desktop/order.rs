//! The order of the window's cards: the accounts in the order the user chose (Settings'
//! `sort`: as added, by issuer, by account name, newest first, or recently copied
//! first); the view then puts the pinned ones first, in pin order. Tauri-free.

use crate::account::Account;
use crate::settings::SortOrder;

/// Sorts `accounts` by `by`; `recent` holds the recently copied ids, newest first.
/// Stable: accounts that compare equal keep the order they were added in.
pub fn sort(accounts: &mut [Account], by: SortOrder, recent: &[String]) {
    match by {
        SortOrder::Added => {}
        SortOrder::Issuer => {
            accounts.sort_by_cached_key(|a| (a.issuer.to_lowercase(), a.account.to_lowercase()))
        }
        SortOrder::Name => {
            accounts.sort_by_cached_key(|a| (a.account.to_lowercase(), a.issuer.to_lowercase()))
        }
        SortOrder::Newest => accounts.sort_by_key(|a| std::cmp::Reverse(a.created)),
        SortOrder::RecentlyUsed => accounts
            .sort_by_cached_key(|a| recent.iter().position(|r| *r == a.id).unwrap_or(usize::MAX)),
    }
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

    fn sorted(by: SortOrder, recent: &[&str]) -> Vec<String> {
        let mut all = vec![
            account("1", "zeta", "ann", 30),
            account("2", "Alpha", "zoe", 10),
            account("3", "beta", "Bob", 20),
            account("4", "alpha", "amy", 20),
        ];
        let recent: Vec<String> = recent.iter().map(|s| s.to_string()).collect();
        sort(&mut all, by, &recent);
        all.into_iter().map(|a| a.id).collect()
    }

    #[test]
    fn every_order_sorts_as_named_ignoring_case() {
        assert_eq!(sorted(SortOrder::Added, &[]), ["1", "2", "3", "4"]);
        assert_eq!(sorted(SortOrder::Issuer, &[]), ["4", "2", "3", "1"]);
        assert_eq!(sorted(SortOrder::Name, &[]), ["4", "1", "3", "2"]);
        // Equal times keep the order of adding.
        assert_eq!(sorted(SortOrder::Newest, &[]), ["1", "3", "4", "2"]);
    }

    #[test]
    fn recently_copied_come_first_and_the_rest_keep_their_order() {
        assert_eq!(
            sorted(SortOrder::RecentlyUsed, &["3", "gone", "1"]),
            ["3", "1", "2", "4"]
        );
    }
}
