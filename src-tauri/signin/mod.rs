//! Signing in with the Lerian Auth plugin (CONTRACTS.md §4) and keeping the session:
//! the password grant, the MFA challenge answered by this app's own code for the account
//! enrolled with the profile (or a stored recovery code, or an email/SMS passcode), the
//! session kept in the keychain ([`session`]), a fresh access token on demand (refreshed
//! within 60 s of expiry), and logout. The password is never stored: it is passed in,
//! used for one request and dropped. Tauri-free; the CLI and the window drive it.
//!
//! [`answer`] picks what answers a challenge (which account's code, which recovery
//! code); [`error`] is what can go wrong.

pub mod answer;
pub mod error;
pub mod session;

use std::path::PathBuf;

use crate::identity::auth::{Auth, Grant, Proof, Tokens};
use crate::identity::{Client, IdentityError, MfaType, Profile, Timeouts, Token};
use crate::otp::unix_now;
use crate::storage::{lock_file, AccountStore, Profiles};

pub use answer::Answered;
pub use error::SignInError;
pub use session::{Session, SessionView, Who};

/// Seconds before expiry when an access token is refreshed instead of used.
pub const REFRESH_MARGIN: u64 = 60;

/// A challenge the server set: answer it with [`SignIn::answer`].
pub struct Challenge {
    mfa_token: Token,
    /// The methods the server named, if any.
    pub methods: Vec<String>,
    /// Server time minus local time, when the server's clock differs by over 10 s.
    pub drift: Option<i64>,
}

/// How to answer a challenge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// This app's code for the account enrolled with the profile.
    App,
    /// The next unused recovery code stored for that account.
    Recovery,
    /// A passcode the server sends by email (or SMS): ask first, then answer.
    Sent(MfaType),
}

/// What the password grant gave.
pub enum Begun {
    /// Signed in (no MFA).
    SignedIn(SignedIn),
    /// MFA is on: answer this.
    Challenge(Challenge),
}

/// A finished sign-in.
#[derive(Debug, Clone, serde::Serialize)]
pub struct SignedIn {
    /// The profile.
    pub server: String,
    /// Who is signed in and until when.
    pub session: SessionView,
    /// What answered the challenge, if there was one.
    pub answered: Option<Answered>,
}

/// Signing in to one profile.
pub struct SignIn<'a> {
    store: &'a AccountStore,
    profile: Profile,
    auth: Auth,
}

/// The Auth client of a profile that signs in.
fn auth_of(profile: &Profile, timeouts: Timeouts) -> Result<Auth, SignInError> {
    match (&profile.auth_url, profile.signs_in()) {
        (Some(url), true) => Ok(Auth::new(url, timeouts)?),
        _ => Err(SignInError::NotASignInProfile {
            name: profile.name.clone(),
        }),
    }
}

/// Holds the data folder's session lock (one refresh or sign-in at a time, across
/// processes, so two never spend the same refresh token).
fn session_lock(store: &AccountStore) -> Result<std::fs::File, SignInError> {
    let path: PathBuf = store.dir().join("sessions.lock");
    lock_file(&path, true).map_err(|source| SignInError::Lock { path, source })
}

impl<'a> SignIn<'a> {
    /// Signing in to `profile` (which must have `auth_url` and `login`).
    pub fn new(
        store: &'a AccountStore,
        profile: Profile,
        timeouts: Timeouts,
    ) -> Result<Self, SignInError> {
        let auth = auth_of(&profile, timeouts)?;
        Ok(SignIn {
            store,
            profile,
            auth,
        })
    }

    /// Sends the username and `password`. Never retried on its own.
    pub async fn password(&self, password: &str) -> Result<Begun, SignInError> {
        let login = self.profile.login.as_deref().unwrap_or_default();
        let answer = self
            .auth
            .password(login, password)
            .await
            .map_err(|e| SignInError::at_password(&self.profile.name, e))?;
        let drift = answer::drift(answer.server_time);
        match answer.value {
            Grant::Tokens(t) => Ok(Begun::SignedIn(self.finish(t, None).await?)),
            Grant::Challenge { mfa_token, methods } => Ok(Begun::Challenge(Challenge {
                mfa_token,
                methods,
                drift,
            })),
        }
    }

    /// Asks the server to send a passcode by email or SMS for `challenge`.
    pub async fn send_passcode(
        &self,
        challenge: &Challenge,
        ty: MfaType,
    ) -> Result<(), SignInError> {
        self.auth
            .challenge(&challenge.mfa_token, ty)
            .await
            .map_err(|e| SignInError::at_challenge(&self.profile.name, e))
    }

    /// Answers `challenge` by `method` (`passcode`: what the user received, for
    /// [`Method::Sent`]).
    pub async fn answer(
        &self,
        challenge: &Challenge,
        method: Method,
        passcode: Option<&str>,
        remember_device: bool,
    ) -> Result<SignedIn, SignInError> {
        let name = &self.profile.name;
        let token = &challenge.mfa_token;
        let remember = remember_device;
        match method {
            Method::App => {
                let (account, mut code) = answer::app_code(self.store, name, challenge.drift)?;
                let mut retried = false;
                let tokens = loop {
                    match self
                        .auth
                        .verify(token, MfaType::App, Proof::Passcode(&code.code), remember)
                        .await
                    {
                        Ok(t) => break t,
                        Err(e) if !retried && answer::may_retry(&e, &code) => {
                            retried = true;
                            code = answer::next_code(self.store, name, challenge.drift)
                                .await?
                                .1;
                        }
                        Err(e) => return Err(SignInError::at_verify(name, e, None)),
                    }
                };
                let answered = Answered::AppCode {
                    account: account.label(),
                    retried,
                };
                self.finish(tokens, Some(answered)).await
            }
            Method::Recovery => {
                let spent = answer::spend_recovery(self.store, name)?;
                let tokens = self
                    .auth
                    .verify(token, MfaType::App, Proof::Recovery(&spent.code), remember)
                    .await
                    .map_err(|e| SignInError::at_verify(name, e, Some(spent.left)))?;
                let answered = Answered::Recovery {
                    account: spent.label,
                    left: spent.left,
                    total: spent.total,
                };
                self.finish(tokens, Some(answered)).await
            }
            Method::Sent(ty) => {
                let passcode = passcode
                    .map(str::trim)
                    .filter(|p| !p.is_empty())
                    .ok_or(SignInError::NoPasscode)?;
                let tokens = self
                    .auth
                    .verify(token, ty, Proof::Passcode(passcode), remember)
                    .await
                    .map_err(|e| SignInError::at_verify(name, e, None))?;
                self.finish(tokens, Some(Answered::Passcode { via: ty.wire() }))
                    .await
            }
        }
    }

    /// Reads who signed in, stores the session (one keychain item), and fills the
    /// profile's user id from `sub`.
    async fn finish(
        &self,
        tokens: Tokens,
        answered: Option<Answered>,
    ) -> Result<SignedIn, SignInError> {
        let info = self.auth.userinfo(&tokens.access).await?;
        let who = Who {
            user: info.sub,
            username: info.username,
            name: info.name,
            email: info.email,
        };
        let now = unix_now();
        let session = Session::new(tokens, who, now, now);
        let keys = self.store.keychain()?;
        {
            let _lock = session_lock(self.store)?;
            session.save(keys, &self.profile.name)?;
        }
        if self.profile.user.as_deref() != Some(session.who.user.as_str()) {
            let mut p = self.profile.clone();
            p.user = Some(session.who.user.clone());
            let p = p.validated()?;
            Profiles::open(self.store.dir()).edit(keys, p, None)?;
        }
        Ok(SignedIn {
            server: self.profile.name.clone(),
            session: session.view(),
            answered,
        })
    }
}

/// The session of `profile`, if signed in (nothing is sent).
pub fn session_of(store: &AccountStore, profile: &str) -> Result<Option<SessionView>, SignInError> {
    Ok(Session::load(store.keychain()?, profile)?.map(|s| s.view()))
}

/// A valid access token for `profile`: the stored one, or a refreshed one when it has
/// expired or expires within [`REFRESH_MARGIN`] seconds (or always, with `force`). A
/// refused refresh token ends the session: [`SignInError::SignedOut`].
pub async fn access_token(
    store: &AccountStore,
    profile: &Profile,
    timeouts: Timeouts,
    force: bool,
) -> Result<(Token, SessionView), SignInError> {
    if !profile.signs_in() {
        return Err(SignInError::NotASignInProfile {
            name: profile.name.clone(),
        });
    }
    let keys = store.keychain()?;
    let name = &profile.name;
    let signed_out = |why: &str| SignInError::SignedOut {
        name: name.clone(),
        why: why.to_owned(),
    };
    let first = Session::load(keys, name)?.ok_or_else(|| signed_out("not signed in"))?;
    if !force && first.fresh(unix_now(), REFRESH_MARGIN) {
        let view = first.view();
        return Ok((first.access, view));
    }
    let _lock = session_lock(store)?;
    // Another process may have refreshed while we waited for the lock: use its tokens.
    let current = Session::load(keys, name)?.ok_or_else(|| signed_out("signed out meanwhile"))?;
    let renewed = current.access.expose() != first.access.expose();
    if current.fresh(unix_now(), REFRESH_MARGIN) && (!force || renewed) {
        let view = current.view();
        return Ok((current.access, view));
    }
    // The HTTP client is built only when a refresh is due.
    let auth = auth_of(profile, timeouts)?;
    let tokens = match auth.refresh(&current.refresh).await {
        Ok(t) => t,
        Err(e) if !e.is_transient() && matches!(e, IdentityError::Server(_)) => {
            Session::forget(keys, name)?;
            return Err(signed_out(&format!(
                "the server refused the refresh token ({e})"
            )));
        }
        Err(e) => return Err(e.into()),
    };
    let session = Session::new(
        tokens,
        current.who.clone(),
        unix_now(),
        current.signed_in_at,
    );
    session.save(keys, name)?;
    let view = session.view();
    Ok((session.access, view))
}

/// Ends the session on the server and forgets its tokens. The tokens are forgotten even
/// when the server cannot be told; that failure is returned as `Ok(Some(error))`.
/// Not signed in: `Ok(None)` and nothing is sent.
pub async fn logout(
    store: &AccountStore,
    profile: &Profile,
    timeouts: Timeouts,
) -> Result<Option<Option<IdentityError>>, SignInError> {
    let auth = auth_of(profile, timeouts)?;
    let keys = store.keychain()?;
    let Some(session) = Session::load(keys, &profile.name)? else {
        return Ok(None);
    };
    let told = auth.logout(session.hint()).await.err();
    let _lock = session_lock(store)?;
    Session::forget(keys, &profile.name)?;
    Ok(Some(told))
}

/// An Identity API client for `profile` with its bearer: the pasted token, or the
/// signed-in session's access token (refreshed first when due, or with `force`).
pub async fn identity_client(
    store: &AccountStore,
    profile: &Profile,
    timeouts: Timeouts,
    force: bool,
) -> Result<Client, SignInError> {
    let token = if profile.signs_in() {
        access_token(store, profile, timeouts, force).await?.0
    } else {
        Profiles::open(store.dir()).token(store.keychain()?, &profile.name)?
    };
    Ok(Client::new(profile, &token, timeouts)?)
}

/// Whether an Identity API error means the access token was refused (HTTP 401), so a
/// signed-in profile should refresh once and retry.
pub fn is_unauthorized(e: &IdentityError) -> bool {
    matches!(e, IdentityError::Server(s) if s.status == 401)
}
