//! Signing in from the window (Servers, "Sign in"): the password grant and the MFA
//! challenge answered the way the user chose (this app's code, a recovery code, or a
//! passcode sent by email/SMS, which takes a second step), and signing out. Tauri-free:
//! the flow is [`crate::signin`]. The password comes from the form, is used for one
//! request and dropped; a challenge waiting for an emailed passcode is kept in memory
//! only, for at most two minutes.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::view::Codebook;
use crate::error::{Coded, ErrorReport};
use crate::identity::{MfaType, Profile, Timeouts};
use crate::signin::{self, Begun, Challenge, Method, SignIn, SignedIn};
use crate::storage::Profiles;

/// How long a challenge waits for the passcode the user received.
const CHALLENGE_LIFE: Duration = Duration::from_secs(120);

/// Challenges waiting for a passcode, per profile.
static WAITING: Mutex<Option<HashMap<String, Waiting>>> = Mutex::new(None);

struct Waiting {
    challenge: Challenge,
    ty: MfaType,
    remember: bool,
    since: Instant,
}

/// The sign-in form. No `Debug`: it carries the password.
#[derive(Deserialize)]
pub struct SignInForm {
    /// the profile
    pub server: String,
    /// the password (used once, never stored)
    pub password: String,
    /// `app` (default), `recovery`, `email` or `sms`
    #[serde(default)]
    pub method: String,
    /// ask the server to remember this device
    #[serde(default)]
    pub remember_device: bool,
}

/// What a sign-in step did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct SignInOutcome {
    /// signed in: who, until when, and what answered the challenge
    pub signed_in: Option<SignedIn>,
    /// the server sent a passcode by this method (`email`/`sms`): ask for it
    pub needs_passcode: Option<&'static str>,
}

fn timeouts() -> Timeouts {
    Timeouts {
        connect: Duration::from_secs(10),
        total: Duration::from_secs(30),
    }
}

fn waiting() -> std::sync::MutexGuard<'static, Option<HashMap<String, Waiting>>> {
    WAITING.lock().unwrap_or_else(|p| p.into_inner())
}

impl Codebook {
    fn signin_profile(&self, name: &str) -> Result<Profile, ErrorReport> {
        Profiles::open(self.store_ref()?.dir())
            .get(name)
            .map_err(|e| e.report())
    }

    /// Signs in with the form's password; answers a challenge at once unless the
    /// method is a passcode sent by email/SMS (then `needs_passcode`).
    pub async fn sign_in(&self, form: SignInForm) -> Result<SignInOutcome, ErrorReport> {
        let password = Zeroizing::new(form.password);
        let store = self.store_ref()?;
        let profile = self.signin_profile(&form.server)?;
        let signin = SignIn::new(store, profile, timeouts()).map_err(|e| e.report())?;
        let begun = signin.password(&password).await.map_err(|e| e.report())?;
        drop(password);
        let challenge = match begun {
            Begun::SignedIn(done) => return Ok(done_outcome(done)),
            Begun::Challenge(c) => c,
        };
        let method = match form.method.as_str() {
            "recovery" => Method::Recovery,
            "email" => Method::Sent(MfaType::Email),
            "sms" => Method::Sent(MfaType::Sms),
            _ => Method::App,
        };
        if let Method::Sent(ty) = method {
            signin
                .send_passcode(&challenge, ty)
                .await
                .map_err(|e| e.report())?;
            let entry = Waiting {
                challenge,
                ty,
                remember: form.remember_device,
                since: Instant::now(),
            };
            waiting()
                .get_or_insert_with(HashMap::new)
                .insert(form.server.clone(), entry);
            return Ok(SignInOutcome {
                signed_in: None,
                needs_passcode: Some(ty.wire()),
            });
        }
        let done = signin
            .answer(&challenge, method, None, form.remember_device)
            .await
            .map_err(|e| e.report())?;
        Ok(done_outcome(done))
    }

    /// Finishes a sign-in waiting for the passcode the server sent.
    pub async fn sign_in_passcode(
        &self,
        server: &str,
        passcode: String,
    ) -> Result<SignInOutcome, ErrorReport> {
        let passcode = Zeroizing::new(passcode);
        let entry = waiting()
            .get_or_insert_with(HashMap::new)
            .remove(server)
            .filter(|w| w.since.elapsed() < CHALLENGE_LIFE)
            .ok_or_else(|| {
                ErrorReport::localized(
                    "signin.challenge_expired",
                    crate::i18n::Message::new("window-challenge-expired")
                        .arg("server", server.to_string()),
                )
            })?;
        let profile = self.signin_profile(server)?;
        let signin = SignIn::new(self.store_ref()?, profile, timeouts()).map_err(|e| e.report())?;
        let done = signin
            .answer(
                &entry.challenge,
                Method::Sent(entry.ty),
                Some(&passcode),
                entry.remember,
            )
            .await;
        match done {
            Ok(done) => Ok(done_outcome(done)),
            Err(e) => {
                // A mistyped passcode leaves the challenge open (until it expires).
                if e.code() == "signin.passcode_rejected" {
                    waiting()
                        .get_or_insert_with(HashMap::new)
                        .insert(server.to_owned(), entry);
                }
                Err(e.report())
            }
        }
    }

    /// Signs out: the server ends the session and the tokens are forgotten (even when
    /// the server cannot be told; the message says so).
    pub async fn sign_out(&self, server: &str) -> Result<String, ErrorReport> {
        let profile = self.signin_profile(server)?;
        let told = signin::logout(self.store_ref()?, &profile, timeouts())
            .await
            .map_err(|e| e.report())?;
        Ok(match told {
            None => format!("Not signed in to {server}"),
            Some(None) => format!("Signed out of {server}"),
            Some(Some(e)) => format!(
                "Signed out of {server} here; the server could not be told, so the session may stay valid there until it expires ({e})"
            ),
        })
    }
}

fn done_outcome(done: SignedIn) -> SignInOutcome {
    SignInOutcome {
        signed_in: Some(done),
        needs_passcode: None,
    }
}
