//! What an import does: the [`plan`] sorts a file's entries into new accounts,
//! duplicates (same secret and issuer as a stored account, or earlier in the file) and
//! unusable ones, and [`apply`] stores the new ones with their recovery codes, tags and
//! notes in one vault write: all of it lands, or nothing does.
//!
//! The duplicate check is one hash-set look-up per entry (linear in the file and the
//! stored accounts together: a 100,000-line list is planned in well under a second, see
//! `benches/imports`).

use std::collections::HashSet;
use std::hash::{Hash, Hasher};

use super::{Candidate, Format, Parsed, Unusable};
use crate::account::{Account, Source};
use crate::otp::Secret;
use crate::otpauth::UriAccount;
use crate::storage::{icons, notes, tags, AccountStore, StorageError};

/// What an import will do (or did).
pub struct Plan {
    /// The format read.
    pub format: Format,
    /// Entries to store.
    pub new: Vec<Candidate>,
    /// Labels of entries already stored (same secret and issuer) or repeated in the file.
    pub duplicates: Vec<String>,
    /// `(label, reason)` of entries that cannot be used.
    pub unusable: Vec<(String, Unusable)>,
}

impl Plan {
    /// The accounts of the new entries that can be stored, in file order.
    pub fn usable(&self) -> Vec<&UriAccount> {
        self.new
            .iter()
            .filter_map(|c| c.item.as_ref().ok())
            .collect()
    }
}

/// What makes two accounts the same for an import: the issuer ignoring case (Unicode
/// lower case) and the secret's bytes (however the file wrote them). The names, the
/// kind and the parameters do not count. No `Debug`: it holds a secret (zeroized on drop,
/// as [`Secret`] is).
struct SameAccount {
    issuer: String,
    secret: Secret,
}

impl SameAccount {
    fn new(issuer: &str, secret: &Secret) -> Self {
        SameAccount {
            issuer: issuer.to_lowercase(),
            secret: secret.clone(),
        }
    }
}

impl PartialEq for SameAccount {
    fn eq(&self, other: &Self) -> bool {
        // Secret's own comparison: constant-time in the contents.
        self.issuer == other.issuer && self.secret == other.secret
    }
}

impl Eq for SameAccount {}

/// Hashed with the set's randomly keyed SipHash: the hashes never leave the set.
impl Hash for SameAccount {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.issuer.hash(state);
        self.secret.expose().hash(state);
    }
}

/// Sorts what a file holds against the accounts stored now. `existing` holds the
/// issuer and secret of each stored account.
pub fn plan(parsed: Parsed, existing: &[(String, Secret)]) -> Plan {
    let mut seen: HashSet<SameAccount> = existing
        .iter()
        .map(|(i, s)| SameAccount::new(i, s))
        .collect();
    let mut plan = Plan {
        format: parsed.format,
        new: Vec::new(),
        duplicates: Vec::new(),
        unusable: Vec::new(),
    };
    for c in parsed.entries {
        match &c.item {
            Err(reason) => plan.unusable.push((c.label.clone(), reason.clone())),
            Ok(a) => {
                if seen.insert(SameAccount::new(&a.issuer, &a.secret)) {
                    plan.new.push(c);
                } else {
                    plan.duplicates.push(c.label.clone());
                }
            }
        }
    }
    plan
}

/// The issuer and secret of every stored account, for [`plan`]. Accounts whose secret
/// cannot be read are left out (they cannot be compared).
pub fn existing_secrets(store: &AccountStore) -> Result<Vec<(String, Secret)>, StorageError> {
    if store.list()?.is_empty() {
        return Ok(Vec::new());
    }
    Ok(store
        .with_secrets()?
        .into_iter()
        .filter_map(|(a, s)| s.ok().map(|s| (a.issuer, s)))
        .collect())
}

/// Why an import could not be stored. Nothing was kept in either case.
#[non_exhaustive]
#[derive(Debug, thiserror::Error)]
pub enum ApplyError {
    /// Storing the accounts failed; none were stored.
    #[error("{}", self.english())]
    Storage(#[from] StorageError),
}

use crate::i18n::Localized as _;

impl crate::i18n::Localized for ApplyError {
    fn message(&self) -> crate::i18n::Message {
        use crate::i18n::Message;
        match self {
            ApplyError::Storage(e) => Message::new("import-not-stored").nested("text", e.message()),
        }
    }
}

/// Stores the plan's new accounts and their recovery codes in one vault write.
pub fn apply(plan: &Plan, store: &AccountStore) -> Result<Vec<Account>, ApplyError> {
    let news = plan.usable();
    if news.is_empty() {
        return Ok(Vec::new());
    }
    let source = Source::Import {
        format: plan.format.name().to_string(),
    };
    let usable: Vec<&Candidate> = plan.new.iter().filter(|c| c.item.is_ok()).collect();
    Ok(store.add_many_with(&news, source, |added, opened| {
        for (account, c) in added.iter().zip(&usable) {
            if let Some(rec) = &c.recovery {
                opened.private.recovery.restore(
                    &account.id,
                    &account.label(),
                    rec.server.as_deref(),
                    &rec.codes,
                );
            }
            let tags = tags::valid(&c.tags);
            if !tags.is_empty() {
                opened.public.tags.insert(account.id.clone(), tags);
            }
            if let Some(icon) = c.icon.clone().filter(icons::usable) {
                opened.public.icons.insert(account.id.clone(), icon);
            }
            if let Some(note) = c.note.as_deref().and_then(|n| notes::imported(n)) {
                opened.private.notes.insert(account.id.clone(), note);
            }
        }
        Ok(())
    })?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import_export::{Fields, SecretField};

    fn candidate(issuer: &str, secret: &str) -> Candidate {
        named(issuer, "ann", secret)
    }

    fn named(issuer: &str, name: &str, secret: &str) -> Candidate {
        Candidate::new(
            "x".into(),
            Fields {
                kind: "totp",
                issuer,
                name,
                secret: SecretField::Base32(secret),
                algorithm: None,
                digits: None,
                period: None,
                counter: None,
            }
            .build(),
        )
    }

    #[test]
    fn the_plan_skips_duplicates_of_stored_accounts_and_within_the_file() {
        let stored = vec![(
            "ACME".to_string(),
            Secret::from_base32("JBSWY3DPEHPK3PXP").unwrap(),
        )];
        let parsed = Parsed {
            format: Format::OtpauthList,
            encrypted: false,
            entries: vec![
                candidate("acme", "JBSWY3DPEHPK3PXP"),
                candidate("Other", "JBSWY3DPEHPK3PXP"),
                candidate("Other", "JBSWY3DPEHPK3PXP"),
                candidate("Bad", "!!"),
            ],
        };
        let p = plan(parsed, &stored);
        assert_eq!(p.new.len(), 1);
        assert_eq!(p.new[0].label, "Other:ann");
        assert_eq!(p.duplicates, vec!["acme:ann", "Other:ann"]);
        assert_eq!(p.unusable.len(), 1);
        assert_eq!(p.unusable[0].0, "x");
    }

    /// The hash-set look-up must keep what "the same account" meant for the list scan:
    /// issuer compared in Unicode lower case, secret compared by its bytes, account
    /// names and parameters ignored; stored accounts and earlier entries both count;
    /// the new and the duplicate entries keep the file's order.
    #[test]
    fn duplicates_are_same_issuer_ignoring_case_and_same_secret_bytes_in_file_order() {
        let key = "JBSWY3DPEHPK3PXP";
        let stored = vec![
            ("Été".to_string(), Secret::from_base32(key).unwrap()),
            (
                "Stored".to_string(),
                Secret::from_base32("GEZDGNBV").unwrap(),
            ),
        ];
        let mut hotp = named("Bank", "bob", key);
        if let Ok(a) = &mut hotp.item {
            a.params = crate::otp::OtpParams::hotp(crate::otp::Algorithm::Sha1, 6, 7).unwrap();
        }
        let entries = vec![
            named("ÉTÉ", "other name", "jbsw y3dp ehpk 3pxp"), // stored: Unicode case, base32 form
            named("stored", "x", "GEZDGNBV"),                  // stored
            named("Stored", "x", "GEZDGNBW"),                  // another secret: new
            named("Bank", "ann", key),                         // new
            hotp,                                              // same issuer and secret: duplicate
            named("Bank2", "ann", key),                        // another issuer: new
            named("", "ann", key),                             // no issuer: new
            named("", "bob", key),                             // no issuer, same secret: duplicate
            named("bank2", "zed", "JBSWY3DPEHPK3PXP"),         // duplicate of an earlier entry
        ];
        let parsed = Parsed {
            format: Format::OtpauthList,
            encrypted: false,
            entries,
        };
        let p = plan(parsed, &stored);
        let new: Vec<&str> = p.new.iter().map(|c| c.label.as_str()).collect();
        assert_eq!(new, vec!["Stored:x", "Bank:ann", "Bank2:ann", "ann"]);
        assert_eq!(
            p.duplicates,
            vec!["ÉTÉ:other name", "stored:x", "Bank:bob", "bob", "bank2:zed"]
        );
        assert!(p.unusable.is_empty());
    }
}
