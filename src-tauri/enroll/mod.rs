//! The enrollment flow: setup, store, verify, enable, status, with its state saved after
//! every step so that nothing is ever lost.
//!
//! Order of work for a TOTP type: the pending record is saved; setup is called; the
//! secret goes into the keychain as a new account and the recovery codes into the vault,
//! **before** any further call; the record moves to `SetupStored`; the passcode is
//! computed locally (with the server's clock if it differs by more than 10 s); verify;
//! enable (Lerian, with one stored recovery code, recorded as used before it is sent);
//! the status is read; the record is removed. Killed anywhere, `--resume` continues
//! from the last saved step.

mod error;
pub mod pending;

use std::time::{SystemTime, UNIX_EPOCH};

use zeroize::Zeroizing;

use crate::account::{Account, Source};
use crate::error::{Coded, ErrorReport};
use crate::i18n::{Localized, Message};
use crate::identity::{Client, IdentityError, MfaType, Profile, Status};
use crate::otp;
use crate::storage::{AccountStore, StorageError, Vault, VaultError};
pub use error::EnrollError;
use error::Failure;
pub use pending::{Pending, PendingStore, Step};

/// Clock difference beyond which the server's clock is used for the passcode.
pub const MAX_DRIFT_SECS: i64 = 10;

/// What the flow reports as it goes (for the CLI to print and the UI to show).
pub enum Progress {
    /// Setup's answer is stored.
    SetupStored {
        /// `issuer:account` of the new account (TOTP types)
        account: Option<String>,
        /// the new account's id
        account_id: Option<String>,
        /// how many recovery codes went into the vault
        codes: usize,
        /// what the server does next (non-TOTP types)
        note: Option<String>,
    },
    /// The local clock differs from the server's.
    ClockDrift {
        /// server minus local, seconds
        offset: i64,
    },
    /// The server accepted the passcode.
    Verified,
    /// MFA is enabled; `code` is the (1-based) recovery code sent, of `total`.
    Enabled {
        /// which code was sent (Lerian)
        code: Option<(usize, usize)>,
    },
    /// A previous attempt had already finished this step on the server.
    AlreadyDone {
        /// which step
        step: &'static str,
    },
    /// The server's status.
    Status(Status),
}

/// What the flow needs.
pub struct Flow<'a> {
    /// Accounts (and the keychain).
    pub accounts: &'a AccountStore,
    /// The recovery-code vault.
    pub vault: &'a Vault,
    /// Pending records.
    pub pending: &'a PendingStore,
    /// The server's profile.
    pub profile: &'a Profile,
    /// A client for it.
    pub client: &'a Client,
}

fn now() -> u64 {
    otp::unix_now()
}

fn offset_from(server_time: Option<SystemTime>) -> Option<i64> {
    let server = server_time?.duration_since(UNIX_EPOCH).ok()?.as_secs() as i64;
    let local = SystemTime::now().duration_since(UNIX_EPOCH).ok()?.as_secs() as i64;
    Some(server - local)
}

impl Flow<'_> {
    /// Starts a new enrollment of `ty`; `passcode` supplies codes the user received
    /// (email, SMS) when asked.
    pub async fn start(
        &self,
        ty: MfaType,
        passcode: &mut (dyn FnMut() -> Result<Zeroizing<String>, ErrorReport> + Send),
        progress: &mut (dyn FnMut(Progress) + Send),
    ) -> Result<(), EnrollError> {
        if let Some(p) = self
            .pending
            .list()
            .map_err(|e| EnrollError::new(e.code(), e.message(), None))?
            .into_iter()
            .find(|p| p.server == self.profile.name)
        {
            return Err(EnrollError::new(
                "enroll.pending_exists",
                Message::new("enroll-pending-exists")
                    .arg("server", p.server)
                    .nested("step", p.step.message()),
                Some(p.id),
            ));
        }
        let mut p = Pending::new(&self.profile.name, self.profile.api, ty, now());
        self.pending
            .save(&p)
            .map_err(|e| EnrollError::new(e.code(), e.message(), None))?;
        self.drive(&mut p, false, passcode, progress).await
    }

    /// Continues a pending enrollment from its last saved step.
    pub async fn resume(
        &self,
        p: &mut Pending,
        passcode: &mut (dyn FnMut() -> Result<Zeroizing<String>, ErrorReport> + Send),
        progress: &mut (dyn FnMut(Progress) + Send),
    ) -> Result<(), EnrollError> {
        self.drive(p, true, passcode, progress).await
    }

    async fn drive(
        &self,
        p: &mut Pending,
        resumed: bool,
        passcode: &mut (dyn FnMut() -> Result<Zeroizing<String>, ErrorReport> + Send),
        progress: &mut (dyn FnMut(Progress) + Send),
    ) -> Result<(), EnrollError> {
        let lock = self
            .pending
            .try_lock(&p.id)
            .map_err(|e| EnrollError::new(e.code(), e.message(), Some(p.id.clone())))?;
        let Some(_lock) = lock else {
            return Err(EnrollError::new(
                "enroll.busy",
                Message::new("enroll-busy").arg("id", p.id.clone()),
                None,
            ));
        };
        match self.steps(p, resumed, passcode, progress).await {
            Ok(()) => {
                self.pending
                    .remove(&p.id)
                    .map_err(|e| EnrollError::new(e.code(), e.message(), Some(p.id.clone())))?;
                Ok(())
            }
            Err(f) => {
                let (code, cause) = match &f {
                    Failure::Identity(e) => (e.code(), e.message()),
                    Failure::Other(code, cause) => (*code, cause.clone()),
                };
                // A refusal at setup (already enabled, unknown user, bad token) leaves
                // nothing to resume: nothing was stored.
                let nothing_stored = p.step == Step::Started
                    && !matches!(&f, Failure::Identity(e) if e.is_transient());
                if nothing_stored {
                    let _ = self.pending.remove(&p.id);
                    return Err(EnrollError::built(code, cause, true, None));
                }
                let e = EnrollError::new(code, cause, Some(p.id.clone()));
                p.last_error = Some((code.to_owned(), e.report.message.clone()));
                p.updated = now();
                let _ = self.pending.save(p);
                Err(e)
            }
        }
    }

    fn save(&self, p: &mut Pending, step: Step) -> Result<(), Failure> {
        p.step = step;
        p.updated = now();
        p.last_error = None;
        Ok(self.pending.save(p)?)
    }

    fn label_of(&self, p: &Pending) -> String {
        match &p.account {
            Some(id) => self
                .accounts
                .list()
                .ok()
                .and_then(|l| l.into_iter().find(|a| &a.id == id))
                .map(|a| a.label())
                .unwrap_or_else(|| id.clone()),
            None => format!("server {}", p.server),
        }
    }

    async fn steps(
        &self,
        p: &mut Pending,
        resumed: bool,
        passcode: &mut (dyn FnMut() -> Result<Zeroizing<String>, ErrorReport> + Send),
        progress: &mut (dyn FnMut(Progress) + Send),
    ) -> Result<(), Failure> {
        let ty = p.mfa_type;
        if p.step == Step::Started {
            self.setup(p, progress).await?;
            if !ty.is_totp() && !matches!(ty, MfaType::Email | MfaType::Sms) {
                // Magic link and passkey: the server takes it from here.
                return Ok(());
            }
        }
        if p.step == Step::SetupStored {
            // One keychain read serves the local passcode and the verify body.
            let stored = self.account_secret(p)?;
            let code = match (&stored, ty.is_totp()) {
                (Some((account, secret)), true) => self.local_code(p, account, secret),
                (None, true) => {
                    return Err(Failure::Other(
                        "enroll.damaged",
                        Message::new("enroll-damaged"),
                    ))
                }
                (_, false) => passcode().map_err(Failure::report)?,
            };
            let secret = stored.as_ref().map(|(_, s)| s);
            match self.client.verify(ty, &code, secret).await {
                Ok(_) => progress(Progress::Verified),
                Err(e) if resumed && e.code() == "identity.already_enabled" => {
                    progress(Progress::AlreadyDone { step: "verify" });
                }
                Err(e) => return Err(e.into()),
            }
            let next = if self.client.needs_enable() {
                Step::Verified
            } else {
                Step::Enabled
            };
            self.save(p, next)?;
        }
        if p.step == Step::Verified {
            self.enable(p, resumed, progress).await?;
        }
        if p.step == Step::Enabled {
            match self.client.status().await {
                Ok(s) => progress(Progress::Status(s.value)),
                Err(IdentityError::Unsupported { .. }) => {}
                Err(e) => return Err(e.into()),
            }
        }
        Ok(())
    }

    async fn setup(
        &self,
        p: &mut Pending,
        progress: &mut (dyn FnMut(Progress) + Send),
    ) -> Result<(), Failure> {
        let answer = self.client.setup(p.mfa_type).await?;
        let setup = answer.value;
        if let Some(offset) = offset_from(answer.server_time) {
            p.clock_offset = offset;
            if offset.abs() > MAX_DRIFT_SECS {
                progress(Progress::ClockDrift { offset });
            }
        }
        p.enrollment_id = setup.enrollment_id.clone();
        let source = Source::Enrollment {
            server: self.profile.name.clone(),
        };
        let account = match &setup.totp {
            Some(t) => Some(self.accounts.add(t, source)?),
            None => None,
        };
        p.account = account.as_ref().map(|a| a.id.clone());
        let codes: Vec<Zeroizing<String>> =
            setup.recovery_codes.iter().map(|c| c.0.clone()).collect();
        let mut stored = 0;
        if !codes.is_empty() {
            let (entry, label) = match &account {
                Some(a) => (a.id.clone(), a.label()),
                None => (
                    format!("profile:{}", self.profile.name),
                    format!("{} ({})", self.profile.name, p.mfa_type.wire()),
                ),
            };
            let saved = self.vault.update(self.accounts.keychain()?, |v| {
                Ok(v.add(&entry, &label, Some(&self.profile.name), &codes))
            });
            match saved {
                Ok(n) => stored = n,
                Err(e) => {
                    // Codes could not be kept: undo the account so setup can be retried
                    // cleanly, and keep the record at Started.
                    if let Some(a) = &account {
                        let _ = self.accounts.remove(&a.id);
                    }
                    p.account = None;
                    return Err(e.into());
                }
            }
            p.vault_entry = Some(entry);
        }
        self.save(p, Step::SetupStored)?;
        progress(Progress::SetupStored {
            account: account.as_ref().map(|a| a.label()),
            account_id: account.map(|a| a.id),
            codes: stored,
            note: setup.note,
        });
        Ok(())
    }

    /// The account created by setup, with its secret (one keychain read).
    fn account_secret(&self, p: &Pending) -> Result<Option<(Account, otp::Secret)>, Failure> {
        let Some(id) = &p.account else {
            return Ok(None);
        };
        let account = self.accounts.find(id)?;
        let secret = self.accounts.secret(&account)?;
        Ok(Some((account, secret)))
    }

    /// The passcode computed here, at the server's time if the clocks differ.
    fn local_code(
        &self,
        p: &Pending,
        account: &Account,
        secret: &otp::Secret,
    ) -> Zeroizing<String> {
        let local = now() as i64;
        let at = if p.clock_offset.abs() > MAX_DRIFT_SECS {
            local + p.clock_offset
        } else {
            local
        };
        Zeroizing::new(otp::code_at(&account.params, secret, at.max(0) as u64).code)
    }

    async fn enable(
        &self,
        p: &mut Pending,
        resumed: bool,
        progress: &mut (dyn FnMut(Progress) + Send),
    ) -> Result<(), Failure> {
        let entry = p.vault_entry.clone().ok_or_else(|| {
            Failure::Other(
                "enroll.no_recovery_code",
                Message::new("enroll-no-recovery-code"),
            )
        })?;
        let keys = self.accounts.keychain()?;
        let label = self.label_of(p);
        // Record the code as used before it leaves, so a crash cannot lose track of it.
        let note = format!("sent to server {} by the enable step", self.profile.name);
        let (index, code, total) = self.vault.update(keys, |v| {
            let i = match p.enable_code {
                Some(i) => i,
                None => v.mark_used(&entry, &label, None, now(), Some(note.clone()))?,
            };
            let e = v.entry(&entry).ok_or_else(|| VaultError::NoCodes {
                account: label.clone(),
            })?;
            let c = e.codes.get(i).ok_or_else(|| VaultError::NoCodes {
                account: label.clone(),
            })?;
            Ok((i, c.code.clone(), e.codes.len()))
        })?;
        if p.enable_code != Some(index) {
            p.enable_code = Some(index);
            self.save(p, Step::Verified)?;
        }
        let secret = self.account_secret(p)?.map(|(_, s)| s);
        match self.client.enable(p.mfa_type, &code, secret.as_ref()).await {
            Ok(_) => progress(Progress::Enabled {
                code: Some((index + 1, total)),
            }),
            Err(e) if resumed && e.code() == "identity.already_enabled" => {
                progress(Progress::AlreadyDone { step: "enable" });
            }
            Err(e) => {
                if !e.is_transient() {
                    // The server refused it: it was not spent.
                    let _ = self.vault.update(keys, |v| {
                        v.mark_unused(&entry, index);
                        Ok(())
                    });
                    p.enable_code = None;
                }
                return Err(e.into());
            }
        }
        self.save(p, Step::Enabled)
    }
}

/// Drops a pending enrollment. Before the server enabled anything, the account and the
/// recovery codes it created are removed too (they are of no use); after, they are kept.
/// Returns what was removed, for people.
pub fn discard(
    accounts: &AccountStore,
    vault: &Vault,
    store: &PendingStore,
    p: &Pending,
) -> Result<Vec<String>, ErrorReport> {
    let mut removed = Vec::new();
    if p.step < Step::Enabled {
        if let Some(id) = &p.account {
            match accounts.remove(id) {
                Ok(a) => removed.push(format!("account {} (id {})", a.label(), a.id)),
                Err(StorageError::NotFound { .. }) => {}
                Err(e) => return Err(e.report()),
            }
        }
        if let Some(entry) = &p.vault_entry {
            let keys = accounts.keychain().map_err(|e| e.report())?;
            if vault
                .update(keys, |v| Ok(v.remove(entry)))
                .map_err(|e| e.report())?
            {
                removed.push("its recovery codes".into());
            }
        }
    }
    store.remove(&p.id).map_err(|e| e.report())?;
    Ok(removed)
}
