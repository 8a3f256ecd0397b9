//! Server profiles and the enrollment wizard's operations, for the window. Tauri-free:
//! the flow is [`crate::enroll::Flow`]; this turns its progress into what the wizard
//! shows. Tokens go from the form straight into the keychain and never come back.

use std::time::Duration;

use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::view::Codebook;
use crate::enroll::{self, Flow, PendingStore, Progress};
use crate::error::{Coded, ErrorReport};
use crate::identity::{Client, Family, IdentityError, MfaType, Profile, Status, Timeouts, Token};
use crate::signin;
use crate::storage::{Profiles, Vault};

/// A server profile as the window shows it (no token).
#[derive(Debug, Clone, Serialize)]
pub struct ServerView {
    /// name
    pub name: String,
    /// `lerian`, `flashback` or `tenant`
    pub api: Family,
    /// base URL
    pub url: String,
    /// user id, tenant id or email
    pub who: String,
    /// the Auth plugin's URL, for profiles that sign in
    pub auth_url: Option<String>,
    /// the username that signs in
    pub login: Option<String>,
    /// the signed-in session (who, until when), for profiles that sign in
    pub session: Option<crate::signin::SessionView>,
}

/// The new-profile form.
#[derive(Deserialize)]
pub struct ServerForm {
    /// name
    pub name: String,
    /// family
    pub api: Family,
    /// base URL
    pub url: String,
    /// user id, tenant id or email, by family
    pub who: String,
    /// the bearer token (straight into the keychain); empty for profiles that sign in
    pub token: String,
    /// the Auth plugin's URL (Lerian), to sign in instead of pasting a token
    #[serde(default)]
    pub auth_url: String,
    /// the username that signs in
    #[serde(default)]
    pub login: String,
}

/// A pending enrollment as listed.
#[derive(Debug, Clone, Serialize)]
pub struct PendingView {
    /// id
    pub id: String,
    /// profile name
    pub server: String,
    /// MFA type
    pub mfa_type: &'static str,
    /// how far it got, in words
    pub step: &'static str,
    /// whether the next step needs a passcode the user received
    pub needs_passcode: bool,
    /// the last error, if the last attempt failed
    pub last_error: Option<(String, String)>,
}

/// What one wizard run did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct EnrollOutcome {
    /// the steps done, in words
    pub steps: Vec<String>,
    /// the account created (`issuer:account`) and its id
    pub account: Option<(String, String)>,
    /// recovery codes saved
    pub codes: usize,
    /// server clock minus local clock, if over 10 s
    pub drift: Option<i64>,
    /// the server's MFA status at the end
    pub status: Option<Status>,
    /// what the server does next (non-TOTP types)
    pub note: Option<String>,
    /// the enrollment finished
    pub finished: bool,
    /// the pending enrollment left, if it did not
    pub pending: Option<String>,
    /// why it stopped
    pub error: Option<ErrorReport>,
    /// it stopped because it needs the passcode the user received
    pub needs_passcode: bool,
}

impl ServerForm {
    /// The profile and token the form describes. Editing (`old` given) keeps the old
    /// profile's name, API and SMS country; an empty token field then means "keep it".
    fn parse(self, old: Option<&Profile>) -> Result<(Profile, Option<Token>), ErrorReport> {
        let token = Zeroizing::new(self.token);
        let who = Some(self.who.trim().to_owned()).filter(|w| !w.is_empty());
        let text = |s: String| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
        let (auth_url, login) = (text(self.auth_url), text(self.login));
        let (name, api, country) = match old {
            Some(o) => (o.name.clone(), o.api, o.country.clone()),
            None => (self.name.trim().to_owned(), self.api, None),
        };
        let profile = Profile {
            name,
            api,
            url: self.url.trim().to_owned(),
            user: who.clone().filter(|_| api == Family::Lerian),
            tenant: who.clone().filter(|_| api == Family::Tenant),
            email: who.filter(|_| api == Family::Flashback),
            country,
            auth_url,
            login,
        }
        .validated()
        .map_err(|e| e.report())?;
        let token = if profile.signs_in() || (old.is_some() && token.trim().is_empty()) {
            None
        } else {
            Some(Token::new(&token).map_err(|e| e.report())?)
        };
        Ok((profile, token))
    }
}

fn view(p: &Profile, store: Option<&crate::storage::AccountStore>) -> ServerView {
    let session = match store {
        Some(store) if p.signs_in() => crate::signin::session_of(store, &p.name).ok().flatten(),
        _ => None,
    };
    ServerView {
        auth_url: p.auth_url.clone(),
        login: p.login.clone(),
        session,
        name: p.name.clone(),
        api: p.api,
        url: p.url.clone(),
        who: p
            .user
            .clone()
            .or(p.tenant.clone())
            .or(p.email.clone())
            .unwrap_or_default(),
    }
}

/// The report when even a refreshed token is refused.
fn signed_out(name: &str) -> ErrorReport {
    signin::SignInError::SignedOut {
        name: name.into(),
        why: "the server refused a freshly refreshed token".into(),
    }
    .report()
}

fn record(o: &mut EnrollOutcome, p: Progress) {
    match p {
        Progress::SetupStored {
            account,
            account_id,
            codes,
            note,
        } => {
            o.steps.push(match &account {
                Some(a) => {
                    format!("Setup: {a} stored in the keychain, {codes} recovery codes saved")
                }
                None => format!("Setup: {codes} recovery codes saved"),
            });
            o.account = account.zip(account_id);
            o.codes = codes;
            o.note = note;
        }
        Progress::ClockDrift { offset } => o.drift = Some(offset),
        Progress::Verified => o
            .steps
            .push("Verify: the server accepted the passcode".into()),
        Progress::Enabled { code } => o.steps.push(match code {
            Some((i, n)) => {
                format!("Enable: MFA enabled with recovery code {i} of {n} (now marked used)")
            }
            None => "Enable: MFA enabled".into(),
        }),
        Progress::AlreadyDone { step } => o
            .steps
            .push(format!("{step}: already done by the interrupted attempt")),
        Progress::Status(s) => o.status = Some(s),
    }
}

fn pending_by_id(store: &PendingStore, id: &str) -> Result<enroll::Pending, ErrorReport> {
    store
        .list()
        .map_err(|e| e.report())?
        .into_iter()
        .find(|p| p.id == id)
        .ok_or_else(|| {
            ErrorReport::localized(
                "enroll.no_pending",
                crate::i18n::Message::new("window-no-pending-enrollment").arg("id", id.to_string()),
            )
        })
}

impl Codebook {
    fn profiles(&self) -> Result<Profiles, ErrorReport> {
        Ok(Profiles::open(self.store_ref()?.dir()))
    }

    /// All server profiles, with the session of those that sign in.
    pub fn servers(&self) -> Result<Vec<ServerView>, ErrorReport> {
        let store = self.store_ref().ok();
        Ok(self
            .profiles()?
            .list()
            .map_err(|e| e.report())?
            .iter()
            .map(|p| view(p, store))
            .collect())
    }

    /// Adds a profile; its token goes into the keychain.
    pub fn add_server(&self, form: ServerForm) -> Result<ServerView, ErrorReport> {
        let (profile, token) = form.parse(None)?;
        // A new profile has a token unless it signs in: `parse` refuses an empty one.
        if token.is_none() && !profile.signs_in() {
            return Err(IdentityError::BadToken.report());
        }
        let keys = self.store_ref()?.keychain().map_err(|e| e.report())?;
        self.profiles()?
            .add(keys, profile.clone(), token.as_ref(), false)
            .map_err(|e| e.report())?;
        Ok(view(&profile, None))
    }

    /// Changes a profile's URL and user, tenant or email (its name and API stay); a
    /// token typed in replaces the stored one, an empty field keeps it.
    pub fn edit_server(&self, form: ServerForm) -> Result<ServerView, ErrorReport> {
        let profiles = self.profiles()?;
        let old = profiles.get(form.name.trim()).map_err(|e| e.report())?;
        let (profile, token) = form.parse(Some(&old))?;
        let keys = self.store_ref()?.keychain().map_err(|e| e.report())?;
        profiles
            .edit(keys, profile.clone(), token.as_ref())
            .map_err(|e| e.report())?;
        Ok(view(&profile, None))
    }

    /// Removes a profile and its token.
    pub fn remove_server(&self, name: &str) -> Result<(), ErrorReport> {
        let keys = self.store_ref()?.keychain().map_err(|e| e.report())?;
        self.profiles()?
            .remove(keys, name)
            .map(|_| ())
            .map_err(|e| e.report())
    }

    /// The profile and an Identity client with its bearer: the pasted token, or the
    /// signed-in session's access token (refreshed when due, or with `force`).
    async fn client(&self, name: &str, force: bool) -> Result<(Profile, Client), ErrorReport> {
        let profile = self.profiles()?.get(name).map_err(|e| e.report())?;
        let timeouts = Timeouts {
            connect: Duration::from_secs(10),
            total: Duration::from_secs(30),
        };
        let client = signin::identity_client(self.store_ref()?, &profile, timeouts, force)
            .await
            .map_err(|e| e.report())?;
        Ok((profile, client))
    }

    /// The server's MFA status for a profile (a signed-in profile whose token is
    /// refused refreshes once and asks again).
    pub async fn server_status(&self, name: &str) -> Result<Status, ErrorReport> {
        let (profile, client) = self.client(name, false).await?;
        match client.status().await {
            Ok(a) => Ok(a.value),
            Err(e) if profile.signs_in() && signin::is_unauthorized(&e) => {
                let (_, client) = self.client(name, true).await?;
                client.status().await.map(|a| a.value).map_err(|e| {
                    if signin::is_unauthorized(&e) {
                        signed_out(name)
                    } else {
                        e.report()
                    }
                })
            }
            Err(e) => Err(e.report()),
        }
    }

    /// Pending enrollments.
    pub fn pending(&self) -> Result<Vec<PendingView>, ErrorReport> {
        let list = PendingStore::open(self.store_ref()?.dir())
            .list()
            .map_err(|e| e.report())?;
        Ok(list
            .into_iter()
            .map(|p| PendingView {
                needs_passcode: p.step == enroll::Step::SetupStored && !p.mfa_type.is_totp(),
                id: p.id,
                server: p.server,
                mfa_type: p.mfa_type.wire(),
                step: p.step.describe(),
                last_error: p.last_error,
            })
            .collect())
    }

    /// Runs an enrollment (new, or resumed with `resume_id`) as far as it goes.
    pub async fn enroll(
        &self,
        server: Option<&str>,
        mfa_type: Option<&str>,
        resume_id: Option<&str>,
        passcode: Option<String>,
    ) -> Result<EnrollOutcome, ErrorReport> {
        let store = self.store_ref()?;
        let pending = PendingStore::open(store.dir());
        let vault = Vault::open(store.dir());
        let mut resumed = match resume_id {
            Some(id) => Some(pending_by_id(&pending, id)?),
            None => None,
        };
        let name = match (&resumed, server) {
            (Some(p), _) => p.server.clone(),
            (None, Some(s)) => s.to_owned(),
            (None, None) => {
                return Err(ErrorReport::localized(
                    "cli.usage",
                    crate::i18n::Message::new("window-choose-server"),
                ))
            }
        };
        let (profile, mut client) = self.client(&name, false).await?;
        let mut outcome = EnrollOutcome::default();
        let mut code = passcode.map(Zeroizing::new);
        let mut asked = false;
        let mut ask = || match code.take() {
            Some(c) => Ok(c),
            None => {
                asked = true;
                Err(ErrorReport::localized(
                    "enroll.no_passcode",
                    crate::i18n::Message::new("window-type-passcode"),
                ))
            }
        };
        let ty = match &resumed {
            Some(p) => p.mfa_type,
            None => MfaType::for_family(profile.api, mfa_type).map_err(|e| e.report())?,
        };
        let mut retried = false;
        let result = loop {
            let flow = Flow {
                accounts: store,
                vault: &vault,
                pending: &pending,
                profile: &profile,
                client: &client,
            };
            let mut show = |p: Progress| record(&mut outcome, p);
            let result = match resumed.as_mut() {
                Some(p) => flow.resume(p, &mut ask, &mut show).await,
                None => flow.start(ty, &mut ask, &mut show).await,
            };
            // A signed-in profile whose token was refused: refresh once, carry on from
            // where the attempt stopped.
            match &result {
                Err(e) if !retried && profile.signs_in() && e.code() == "identity.unauthorized" => {
                    retried = true;
                    client = self.client(&name, true).await?.1;
                    resumed = match &e.pending {
                        Some(id) => Some(pending_by_id(&pending, id)?),
                        None => None,
                    };
                }
                Err(e) if retried && e.code() == "identity.unauthorized" => {
                    return Err(signed_out(&name));
                }
                _ => break result,
            }
        };
        match result {
            Ok(()) => outcome.finished = true,
            Err(e) => {
                outcome.needs_passcode = asked && e.code() == "enroll.no_passcode";
                outcome.pending = e.pending.clone();
                outcome.error = Some(ErrorReport {
                    code: e.code(),
                    message: crate::error::Coded::text(&e),
                });
            }
        }
        Ok(outcome)
    }

    /// Drops a pending enrollment; returns what was removed, in words.
    pub fn discard(&self, id: &str) -> Result<Vec<String>, ErrorReport> {
        let store = self.store_ref()?;
        let pending = PendingStore::open(store.dir());
        let p = pending_by_id(&pending, id)?;
        let removed = enroll::discard(store, &Vault::open(store.dir()), &pending, &p)?;
        if let Some(a) = &p.account {
            self.forget(a);
        }
        Ok(removed)
    }
}
