//! Which accounts match what the user typed in a desktop search: every term must occur
//! (ignoring case) in the issuer, the account name or one of the account's tags.
//! Accounts whose issuer starts with the first term come first; otherwise the vault's
//! order is kept.

use std::collections::BTreeMap;

use crate::account::Account;

/// The accounts matching all `terms`, best first; `tags` by account id. No terms match
/// nothing.
pub fn matching<'a>(
    accounts: &'a [Account],
    tags: &BTreeMap<String, Vec<String>>,
    terms: &[String],
) -> Vec<&'a Account> {
    let terms: Vec<String> = terms
        .iter()
        .map(|t| t.trim().to_lowercase())
        .filter(|t| !t.is_empty())
        .collect();
    let Some(first) = terms.first() else {
        return Vec::new();
    };
    let mut found: Vec<(bool, &Account)> = accounts
        .iter()
        .filter_map(|a| {
            let issuer = a.issuer.to_lowercase();
            let name = a.account.to_lowercase();
            let tagged = tags
                .get(&a.id)
                .map_or_else(String::new, |t| t.join("\n").to_lowercase());
            terms
                .iter()
                .all(|t| {
                    issuer.contains(t.as_str())
                        || name.contains(t.as_str())
                        || tagged.contains(t.as_str())
                })
                .then(|| (!issuer.starts_with(first.as_str()), a))
        })
        .collect();
    // Stable: equal ranks keep the vault's order.
    found.sort_by_key(|(rank, _)| *rank);
    found.into_iter().map(|(_, a)| a).collect()
}

/// How well one account matches, from 0 to 1 (KRunner's relevance).
pub fn relevance(account: &Account, terms: &[String]) -> f64 {
    let query = terms.join(" ").to_lowercase();
    let issuer = account.issuer.to_lowercase();
    if issuer == query {
        1.0
    } else if issuer.starts_with(&query) {
        0.8
    } else {
        0.5
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::account::Source;
    use crate::otp::OtpParams;

    fn account(id: &str, issuer: &str, name: &str) -> Account {
        Account {
            id: id.into(),
            issuer: issuer.into(),
            account: name.into(),
            params: OtpParams::default_totp(),
            created: 0,
            source: Source::Manual,
        }
    }

    fn ids(found: Vec<&Account>) -> Vec<&str> {
        found.into_iter().map(|a| a.id.as_str()).collect()
    }

    #[test]
    fn every_term_must_match_the_issuer_or_the_name_ignoring_case() {
        let all = [
            account("1", "GitHub", "alice@work.example"),
            account("2", "GitLab", "alice@home.example"),
            account("3", "Acme", "bob"),
        ];
        let t = |s: &str| s.split(' ').map(String::from).collect::<Vec<_>>();
        let none = BTreeMap::new();
        assert_eq!(ids(matching(&all, &none, &t("git"))), ["1", "2"]);
        assert_eq!(ids(matching(&all, &none, &t("git HOME"))), ["2"]);
        assert_eq!(ids(matching(&all, &none, &t("bob"))), ["3"]);
        assert!(matching(&all, &none, &t("nothing")).is_empty());
        assert!(matching(&all, &none, &[]).is_empty());
    }

    #[test]
    fn issuers_starting_with_the_first_term_come_first() {
        let all = [
            account("1", "Work", "github-bot"),
            account("2", "GitHub", "alice"),
        ];
        assert_eq!(
            ids(matching(&all, &BTreeMap::new(), &["git".into()])),
            ["2", "1"]
        );
        assert!(relevance(&all[1], &["github".into()]) > relevance(&all[0], &["github".into()]));
    }

    #[test]
    fn a_term_may_match_a_tag_but_not_across_two_tags() {
        let all = [account("1", "Acme", "ann"), account("2", "Bank", "ann")];
        let tags = BTreeMap::from([("2".to_string(), vec!["Money".into(), "work".into()])]);
        let t = |s: &str| s.split(' ').map(String::from).collect::<Vec<_>>();
        assert_eq!(ids(matching(&all, &tags, &t("WORK"))), ["2"]);
        assert_eq!(ids(matching(&all, &tags, &t("ann money"))), ["2"]);
        assert!(matching(&all, &tags, &t("eywo")).is_empty());
    }
}
