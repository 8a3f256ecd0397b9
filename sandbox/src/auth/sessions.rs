//! The Auth plugin's memory: sign-in sessions, the tokens issued for them (access, id,
//! refresh) with their expiry and revocation, and the pending MFA login challenges.
//! Times are server-clock Unix milliseconds, so a 1-second lifetime is really one second.

use std::collections::HashMap;

/// An opaque random token (256 bits, base64url).
pub fn new_token() -> String {
    data_encoding::BASE64URL_NOPAD.encode(&crate::random_bytes::<32>())
}

/// What an access token is worth now.
#[derive(Debug, PartialEq, Eq)]
pub enum AccessCheck {
    /// A live access token of this Lerian user id, signed in as this username.
    Live {
        /// The Lerian user id (lowercase).
        user: String,
        /// The username of the password grant.
        username: String,
    },
    /// Issued, but past its lifetime.
    Expired,
    /// Issued, then revoked (logout, `/_sandbox/revoke`).
    Revoked,
    /// Never issued (or not an access token).
    Unknown,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Access,
    Id,
    Refresh,
}

struct Token {
    kind: Kind,
    session: usize,
    expires_ms: u64,
    revoked: bool,
}

struct Session {
    user: String,
    username: String,
    remember_device: bool,
    revoked: bool,
    /// Expiry of the newest refresh token: after it the session is over.
    expires_ms: u64,
}

/// A pending login challenge (the `mfaToken` of the password grant).
pub struct Challenge {
    /// The Lerian user id (lowercase).
    pub user: String,
    /// The username of the password grant.
    pub username: String,
    /// When the `mfaToken` stops being accepted.
    pub expires_ms: u64,
    /// The passcodes "sent" by email or SMS for this challenge, per method.
    pub sent: HashMap<String, String>,
}

/// The tokens of one issue (a login or a refresh).
pub struct Issued {
    /// The access token.
    pub access: String,
    /// The OIDC id token (opaque here).
    pub id: String,
    /// The refresh token.
    pub refresh: String,
}

/// One session as the test endpoint shows it.
pub struct SessionView {
    /// Whether the verify asked to remember the device.
    pub remember_device: bool,
    /// Ended by logout or `/_sandbox/revoke`.
    pub revoked: bool,
    /// Its newest refresh token has expired.
    pub expired: bool,
}

/// All sign-in state.
#[derive(Default)]
pub struct Sessions {
    sessions: Vec<Session>,
    tokens: HashMap<String, Token>,
    challenges: HashMap<String, Challenge>,
}

impl Sessions {
    /// Opens a session for `user` and issues its first tokens.
    pub fn open(
        &mut self,
        user: &str,
        username: &str,
        remember_device: bool,
        lifetimes_ms: (u64, u64),
        now_ms: u64,
    ) -> Issued {
        self.sessions.push(Session {
            user: user.to_ascii_lowercase(),
            username: username.to_owned(),
            remember_device,
            revoked: false,
            expires_ms: 0,
        });
        self.issue(self.sessions.len() - 1, lifetimes_ms, now_ms)
    }

    fn issue(&mut self, session: usize, (access_ms, refresh_ms): (u64, u64), now: u64) -> Issued {
        let issued = Issued {
            access: new_token(),
            id: new_token(),
            refresh: new_token(),
        };
        for (t, kind, ttl) in [
            (&issued.access, Kind::Access, access_ms),
            (&issued.id, Kind::Id, access_ms),
            (&issued.refresh, Kind::Refresh, refresh_ms),
        ] {
            let expires_ms = now.saturating_add(ttl);
            self.tokens.insert(
                t.clone(),
                Token {
                    kind,
                    session,
                    expires_ms,
                    revoked: false,
                },
            );
        }
        if let Some(s) = self.sessions.get_mut(session) {
            s.expires_ms = now.saturating_add(refresh_ms);
        }
        issued
    }

    /// What `token` is worth as an access token at `now`.
    pub fn check_access(&self, token: &str, now: u64) -> AccessCheck {
        let Some(t) = self.tokens.get(token).filter(|t| t.kind == Kind::Access) else {
            return AccessCheck::Unknown;
        };
        let Some(s) = self.sessions.get(t.session) else {
            return AccessCheck::Unknown;
        };
        if t.revoked || s.revoked {
            AccessCheck::Revoked
        } else if now >= t.expires_ms {
            AccessCheck::Expired
        } else {
            AccessCheck::Live {
                user: s.user.clone(),
                username: s.username.clone(),
            }
        }
    }

    /// Rotates a live refresh token: revokes it and issues new tokens in its session
    /// (earlier access tokens stay valid until their own expiry). `None`: refused.
    pub fn refresh(&mut self, token: &str, lifetimes_ms: (u64, u64), now: u64) -> Option<Issued> {
        let t = self
            .tokens
            .get_mut(token)
            .filter(|t| t.kind == Kind::Refresh)?;
        let session = t.session;
        let live = !t.revoked
            && now < t.expires_ms
            && self.sessions.get(session).is_some_and(|s| !s.revoked);
        if !live {
            return None;
        }
        t.revoked = true;
        Some(self.issue(session, lifetimes_ms, now))
    }

    /// Ends the session of an id or access token (expired or not); whether it was one.
    pub fn logout(&mut self, hint: &str) -> bool {
        let Some(session) = self
            .tokens
            .get(hint)
            .filter(|t| t.kind != Kind::Refresh)
            .map(|t| t.session)
        else {
            return false;
        };
        self.end(|i, _| i == session);
        true
    }

    /// Revokes every session and pending challenge of `user`.
    pub fn revoke_user(&mut self, user: &str) {
        let user = user.to_ascii_lowercase();
        self.end(|_, s| s.user == user);
        self.challenges.retain(|_, c| c.user != user);
    }

    /// Revokes the access and id tokens of `user` but not the refresh tokens, as a
    /// server that drops access tokens early would (the session lives on).
    pub fn revoke_access(&mut self, user: &str) {
        let user = user.to_ascii_lowercase();
        let sessions = &self.sessions;
        for t in self.tokens.values_mut() {
            let of_user = sessions.get(t.session).is_some_and(|s| s.user == user);
            if of_user && t.kind != Kind::Refresh {
                t.revoked = true;
            }
        }
    }

    fn end(&mut self, which: impl Fn(usize, &Session) -> bool) {
        for (i, s) in self.sessions.iter_mut().enumerate() {
            if which(i, s) {
                s.revoked = true;
            }
        }
        let sessions = &self.sessions;
        for t in self.tokens.values_mut() {
            if sessions.get(t.session).is_some_and(|s| s.revoked) {
                t.revoked = true;
            }
        }
    }

    /// The sessions of `user`, oldest first.
    pub fn of_user(&self, user: &str, now: u64) -> Vec<SessionView> {
        self.sessions
            .iter()
            .filter(|s| s.user.eq_ignore_ascii_case(user))
            .map(|s| SessionView {
                remember_device: s.remember_device,
                revoked: s.revoked,
                expired: now >= s.expires_ms,
            })
            .collect()
    }

    /// Starts a login challenge; returns its `mfaToken`.
    pub fn challenge(&mut self, user: &str, username: &str, expires_ms: u64) -> String {
        let token = new_token();
        self.challenges.insert(
            token.clone(),
            Challenge {
                user: user.to_ascii_lowercase(),
                username: username.to_owned(),
                expires_ms,
                sent: HashMap::new(),
            },
        );
        token
    }

    /// The live challenge of `mfa_token` (an expired one is forgotten).
    pub fn live_challenge(&mut self, mfa_token: &str, now: u64) -> Option<&mut Challenge> {
        if self
            .challenges
            .get(mfa_token)
            .is_some_and(|c| now >= c.expires_ms)
        {
            self.challenges.remove(mfa_token);
        }
        self.challenges.get_mut(mfa_token)
    }

    /// Consumes a challenge after a successful verify.
    pub fn consume(&mut self, mfa_token: &str) -> Option<Challenge> {
        self.challenges.remove(mfa_token)
    }
}
