//! A signed-in profile's session: its access, refresh and identity tokens with who is
//! signed in and until when, kept as ONE keychain item per profile (`session:NAME`,
//! replaced whole, so a crash never leaves half a session). Nothing of it is written to
//! a file. [`Session`] has no `Debug`, `Display` or `Serialize`; [`SessionView`] is
//! what may be shown.

use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::identity::auth::Tokens;
use crate::identity::Token;
use crate::storage::profiles::session_key;
use crate::storage::{KeychainError, SecretStore};

/// Who is signed in (from userinfo). Not secret.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Who {
    /// The user id (`sub`).
    pub user: String,
    /// The username (`preferredUsername`), if given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// The display name, if given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The email, if given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

impl Who {
    /// "John Doe <john@example.com>", "johndoe" or the user id, for messages.
    pub fn describe(&self) -> String {
        match (&self.name, &self.email, &self.username) {
            (Some(n), Some(e), _) => format!("{n} <{e}>"),
            (Some(n), None, _) => n.clone(),
            (None, Some(e), _) => e.clone(),
            (None, None, Some(u)) => u.clone(),
            (None, None, None) => self.user.clone(),
        }
    }
}

/// A session. Secret: no `Debug`, `Display` or `Serialize`.
pub struct Session {
    /// The bearer access token.
    pub access: Token,
    /// The refresh token (the newest one returned).
    pub refresh: Token,
    /// The identity token, if the server sent one (logout's `id_token_hint`).
    pub id_token: Option<Token>,
    /// Unix seconds when the access token expires.
    pub expires_at: u64,
    /// Unix seconds of the sign-in.
    pub signed_in_at: u64,
    /// Who is signed in.
    pub who: Who,
}

/// What may be shown of a session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SessionView {
    /// Who is signed in.
    pub who: Who,
    /// Unix seconds when the access token expires (it is refreshed on use).
    pub expires_at: u64,
    /// Unix seconds of the sign-in.
    pub signed_in_at: u64,
}

/// The keychain item's JSON (private: only this module reads or writes it).
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Item {
    v: u32,
    access: Zeroizing<String>,
    refresh: Zeroizing<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    id_token: Option<Zeroizing<String>>,
    expires_at: u64,
    signed_in_at: u64,
    who: Who,
}

impl Session {
    /// A session from a token answer received at `now`.
    pub fn new(tokens: Tokens, who: Who, now: u64, signed_in_at: u64) -> Self {
        Session {
            access: tokens.access,
            refresh: tokens.refresh,
            id_token: tokens.id_token,
            expires_at: now.saturating_add(tokens.expires_in),
            signed_in_at,
            who,
        }
    }

    /// What may be shown.
    pub fn view(&self) -> SessionView {
        SessionView {
            who: self.who.clone(),
            expires_at: self.expires_at,
            signed_in_at: self.signed_in_at,
        }
    }

    /// Whether the access token is still good for at least `margin` seconds at `now`.
    pub fn fresh(&self, now: u64, margin: u64) -> bool {
        self.expires_at > now.saturating_add(margin)
    }

    /// The token logout names: the identity token, or the access token without one.
    pub fn hint(&self) -> &Token {
        self.id_token.as_ref().unwrap_or(&self.access)
    }

    /// Stores the session, replacing the profile's previous one in one keychain write.
    pub fn save(&self, keys: &dyn SecretStore, profile: &str) -> Result<(), KeychainError> {
        let item = Item {
            v: 1,
            access: Zeroizing::new(self.access.expose().to_owned()),
            refresh: Zeroizing::new(self.refresh.expose().to_owned()),
            id_token: self
                .id_token
                .as_ref()
                .map(|t| Zeroizing::new(t.expose().to_owned())),
            expires_at: self.expires_at,
            signed_in_at: self.signed_in_at,
            who: self.who.clone(),
        };
        let text =
            Zeroizing::new(
                serde_json::to_string(&item).map_err(|_| KeychainError::Corrupt {
                    key: session_key(profile),
                })?,
            );
        let label = format!("MFA Companion: server {profile} session");
        keys.put(&session_key(profile), &label, &text)
    }

    /// The stored session of `profile`, if it has one.
    pub fn load(keys: &dyn SecretStore, profile: &str) -> Result<Option<Self>, KeychainError> {
        let key = session_key(profile);
        let text = match keys.get(&key) {
            Ok(t) => t,
            Err(KeychainError::NotFound { .. }) => return Ok(None),
            Err(e) => return Err(e),
        };
        let corrupt = || KeychainError::Corrupt { key: key.clone() };
        let item: Item = serde_json::from_str(&text).map_err(|_| corrupt())?;
        let token = |t: &str| Token::new(t).map_err(|_| corrupt());
        Ok(Some(Session {
            access: token(&item.access)?,
            refresh: token(&item.refresh)?,
            id_token: item.id_token.as_deref().map(|t| token(t)).transpose()?,
            expires_at: item.expires_at,
            signed_in_at: item.signed_in_at,
            who: item.who.clone(),
        }))
    }

    /// Forgets the session of `profile` (none stored: nothing to do).
    pub fn forget(keys: &dyn SecretStore, profile: &str) -> Result<(), KeychainError> {
        match keys.delete(&session_key(profile)) {
            Ok(()) | Err(KeychainError::NotFound { .. }) => Ok(()),
            Err(e) => Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::keychain::memory::MemoryStore;

    fn tokens(access: &str, refresh: &str, id: Option<&str>) -> Tokens {
        Tokens {
            access: Token::new(access).unwrap(),
            refresh: Token::new(refresh).unwrap(),
            id_token: id.map(|i| Token::new(i).unwrap()),
            expires_in: 300,
        }
    }

    #[test]
    fn a_session_round_trips_through_one_keychain_item_and_is_replaced_whole() {
        let keys = MemoryStore::default();
        let who = Who {
            user: "u-1".into(),
            username: Some("john".into()),
            ..Who::default()
        };
        assert!(Session::load(&keys, "work").unwrap().is_none());
        Session::new(tokens("a1", "r1", Some("i1")), who.clone(), 1000, 1000)
            .save(&keys, "work")
            .unwrap();
        let s = Session::load(&keys, "work").unwrap().unwrap();
        assert_eq!(
            (s.access.expose(), s.refresh.expose(), s.hint().expose()),
            ("a1", "r1", "i1")
        );
        assert_eq!((s.expires_at, s.who.clone()), (1300, who.clone()));
        assert!(s.fresh(1239, 60) && !s.fresh(1240, 60));
        Session::new(tokens("a2", "r2", None), who, 2000, 1000)
            .save(&keys, "work")
            .unwrap();
        let s = Session::load(&keys, "work").unwrap().unwrap();
        assert_eq!((s.refresh.expose(), s.hint().expose()), ("r2", "a2"));
        assert_eq!(keys.keys().unwrap(), vec![session_key("work")]);
        Session::forget(&keys, "work").unwrap();
        Session::forget(&keys, "work").unwrap();
        assert!(Session::load(&keys, "work").unwrap().is_none());
    }

    #[test]
    fn a_damaged_session_item_is_reported_as_corrupt_without_its_text() {
        let keys = MemoryStore::default();
        keys.put(&session_key("work"), "l", "{\"v\":1,\"access\":\"leaky\"")
            .unwrap();
        let e = Session::load(&keys, "work").err().unwrap();
        assert!(matches!(e, KeychainError::Corrupt { .. }));
        assert!(!e.to_string().contains("leaky"));
    }
}
