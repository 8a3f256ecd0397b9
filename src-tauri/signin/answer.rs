//! What answers an MFA challenge: the current code of the account enrolled with the
//! profile (at the server's time when the clocks differ; once more with the next step's
//! code when refused near a step boundary), or the next unused recovery code stored for
//! it, marked used in the vault BEFORE it is sent so a crash never offers it twice.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::Serialize;
use zeroize::Zeroizing;

use super::SignInError;
use crate::account::{Account, Source};
use crate::identity::IdentityError;
use crate::otp::{unix_now, Code, Kind};
use crate::storage::{AccountStore, Vault, VaultError};

/// Seconds before a step ends within which a refused code is retried with the next one.
const BOUNDARY: u32 = 5;

/// What answered a challenge (no code in it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Answered {
    /// This app's code for an account.
    AppCode {
        /// The account's label.
        account: String,
        /// The first code was refused near a step boundary and the next one was sent.
        retried: bool,
    },
    /// A stored recovery code (now marked used).
    Recovery {
        /// The account's label.
        account: String,
        /// Unused codes left.
        left: usize,
        /// Codes stored in all.
        total: usize,
    },
    /// A passcode the server sent.
    Passcode {
        /// `email` or `sms`.
        via: &'static str,
    },
}

/// Server minus local time, when the server said and it differs by over 10 s.
pub fn drift(server_time: Option<SystemTime>) -> Option<i64> {
    let server = server_time?.duration_since(UNIX_EPOCH).ok()?.as_secs() as i64;
    let offset = server - unix_now() as i64;
    (offset.abs() > 10).then_some(offset)
}

fn at(drift: Option<i64>) -> u64 {
    unix_now().saturating_add_signed(drift.unwrap_or(0))
}

/// The time-based account enrolled with server `name` (the newest, if several).
pub fn enrolled_account(store: &AccountStore, name: &str) -> Result<Account, SignInError> {
    store
        .list()?
        .into_iter()
        .filter(|a| matches!(&a.source, Source::Enrollment { server } if server == name))
        .filter(|a| matches!(a.params.kind(), Kind::Totp))
        .max_by_key(|a| a.created)
        .ok_or_else(|| SignInError::NoAppAccount { name: name.into() })
}

/// The account's current code (at the server's time when the clocks differ).
pub fn app_code(
    store: &AccountStore,
    name: &str,
    drift: Option<i64>,
) -> Result<(Account, Code), SignInError> {
    let account = enrolled_account(store, name)?;
    let code = store.code(&account, at(drift))?;
    Ok((account, code))
}

/// Whether a refused `code` is worth one retry with the next step's code: the server
/// refused it (not a transport failure, not an expired challenge) and it was about to
/// change.
pub fn may_retry(e: &IdentityError, code: &Code) -> bool {
    let refused = matches!(e, IdentityError::Server(s)
        if (400..500).contains(&s.status) && !super::error::says_expired(s));
    refused && code.remaining.is_some_and(|r| r <= BOUNDARY)
}

/// Waits for the next step to begin, then gives its code.
pub async fn next_code(
    store: &AccountStore,
    name: &str,
    drift: Option<i64>,
) -> Result<(Account, Code), SignInError> {
    let (_, now) = app_code(store, name, drift)?;
    let wait = u64::from(now.remaining.unwrap_or(0)).min(u64::from(BOUNDARY) + 1);
    tokio::time::sleep(Duration::from_millis(wait * 1000 + 200)).await;
    app_code(store, name, drift)
}

/// A recovery code taken from the vault (already marked used there).
pub struct Spent {
    /// The code.
    pub code: Zeroizing<String>,
    /// The account's label.
    pub label: String,
    /// Unused codes left after this one.
    pub left: usize,
    /// Codes stored in all.
    pub total: usize,
}

/// Marks the next unused recovery code stored for server `name` used (in one vault
/// write) and returns it. The codes of the account enrolled with the profile come
/// first; otherwise any codes the vault holds from that server.
pub fn spend_recovery(store: &AccountStore, name: &str) -> Result<Spent, SignInError> {
    let keys = store.keychain()?;
    let preferred = enrolled_account(store, name).ok().map(|a| a.id);
    let vault = Vault::open(store.dir());
    let note = format!("spent to sign in to server {name}");
    let spent = vault.update(keys, |v| {
        let from_server: Vec<(String, String)> = v
            .entries
            .iter()
            .filter(|e| e.server.as_deref() == Some(name) && !e.codes.is_empty())
            .map(|e| (e.account.clone(), e.label.clone()))
            .collect();
        let Some((entry, label)) = from_server
            .iter()
            .find(|(id, _)| Some(id) == preferred.as_ref())
            .or_else(|| {
                from_server
                    .iter()
                    .find(|(id, _)| v.entry(id).is_some_and(|e| e.counts().0 > 0))
            })
            .or(from_server.first())
            .cloned()
        else {
            return Err(VaultError::NoCodes {
                account: format!("server {name}"),
            });
        };
        let i = v.mark_used(&entry, &label, None, unix_now(), Some(note.clone()))?;
        let e = v.entry(&entry).ok_or_else(|| VaultError::NoCodes {
            account: label.clone(),
        })?;
        let code = e.codes.get(i).ok_or_else(|| VaultError::NoCodes {
            account: label.clone(),
        })?;
        Ok(Spent {
            code: code.code.clone(),
            label: label.clone(),
            left: e.counts().0,
            total: e.codes.len(),
        })
    });
    spent.map_err(|e| match e {
        VaultError::NoCodes { .. } => SignInError::NoRecoveryCodes { name: name.into() },
        VaultError::AllUsed { .. } => SignInError::RecoveryExhausted { name: name.into() },
        other => other.into(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::identity::ServerError;
    use serde_json::json;

    fn refused(status: u16, message: &str) -> IdentityError {
        IdentityError::Server(ServerError::from_body(
            status,
            &json!({"code": "AUT-1006", "title": "T", "message": message}),
        ))
    }

    fn code(remaining: u32) -> Code {
        Code {
            code: "123456".into(),
            remaining: Some(remaining),
            period: Some(30),
        }
    }

    #[test]
    fn only_a_refused_code_about_to_change_is_retried_with_the_next_one() {
        assert!(may_retry(&refused(401, "wrong code"), &code(3)));
        assert!(may_retry(&refused(400, "wrong code"), &code(BOUNDARY)));
        assert!(!may_retry(&refused(401, "wrong code"), &code(BOUNDARY + 1)));
        assert!(!may_retry(&refused(401, "MFA token expired"), &code(1)));
        assert!(!may_retry(&refused(500, "boom"), &code(1)));
        let timeout = IdentityError::Timeout {
            url: "u".into(),
            secs: 1,
        };
        assert!(!may_retry(&timeout, &code(1)));
    }

    #[test]
    fn a_clock_difference_counts_only_beyond_ten_seconds() {
        let now = SystemTime::now();
        assert_eq!(drift(Some(now)), None);
        assert_eq!(drift(None), None);
        let ahead = drift(Some(now + Duration::from_secs(40))).unwrap();
        assert!((39..=41).contains(&ahead), "{ahead}");
    }
}
