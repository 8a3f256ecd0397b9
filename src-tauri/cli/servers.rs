//! `server add|list|remove`, `status` and `enroll`: the identity side of the CLI.

use std::io::{self, IsTerminal, Write};
use std::time::Duration;

use clap::{Args, Subcommand, ValueEnum};
use serde_json::json;
use zeroize::Zeroizing;

use super::{fail, out, read_stdin, Failure};
use crate::enroll::{self, Flow, PendingStore, Progress};
use crate::error::{Coded, ErrorReport};
use crate::identity::{Client, Family, IdentityError, MfaType, Profile, Timeouts, Token};
use crate::signin;
use crate::storage::{default_data_dir, AccountStore, Profiles, Vault};

#[derive(Debug, Clone, Copy, ValueEnum)]
pub(super) enum ApiArg {
    Lerian,
    Flashback,
    Tenant,
}

impl From<ApiArg> for Family {
    fn from(a: ApiArg) -> Self {
        match a {
            ApiArg::Lerian => Family::Lerian,
            ApiArg::Flashback => Family::Flashback,
            ApiArg::Tenant => Family::Tenant,
        }
    }
}

/// `server` subcommands.
#[derive(Debug, Subcommand)]
pub(super) enum ServerCmd {
    /// Add a server profile; its bearer token is read from stdin (or prompted for) and
    /// stored in the OS keychain. With --auth-url and --login (Lerian) no token is asked
    /// for: `mfa-companion login` signs in instead.
    Add {
        /// A name for the profile (letters, digits, '-', '_', '.').
        name: String,
        /// The API family the server speaks.
        #[arg(long, value_enum)]
        api: ApiArg,
        /// Base URL (https://; http:// only for 127.0.0.1, localhost, [::1]).
        #[arg(long)]
        url: String,
        /// The user id (Lerian).
        #[arg(long)]
        user: Option<String>,
        /// The tenant id (tenant API).
        #[arg(long)]
        tenant: Option<String>,
        /// The account email (Flashback).
        #[arg(long)]
        email: Option<String>,
        /// The phone's country for SMS codes (Lerian), e.g. BR.
        #[arg(long)]
        country: Option<String>,
        /// The Lerian Auth plugin's base URL, to sign in instead of pasting a token.
        #[arg(long, requires = "login")]
        auth_url: Option<String>,
        /// The username to sign in with (the password is asked at `login`, never stored).
        #[arg(long, requires = "auth_url")]
        login: Option<String>,
        /// Replace a profile of the same name (and its token).
        #[arg(long)]
        replace: bool,
    },
    /// List server profiles (never tokens).
    List {
        /// Print a JSON array.
        #[arg(long)]
        json: bool,
    },
    /// Remove a server profile and its token.
    Remove {
        /// The profile's name.
        name: String,
    },
}

/// `enroll` arguments. No `Debug`: they may carry a passcode.
#[derive(Args)]
pub(super) struct EnrollArgs {
    /// The server profile to enroll with.
    #[arg(long, required_unless_present_any = ["resume", "discard"])]
    server: Option<String>,
    /// The MFA type: app|email|sms (Lerian), GOOGLE_AUTH|MAGIC_LINK|PASSKEY (Flashback),
    /// totp (tenant API). Default: the family's authenticator-app type.
    #[arg(long = "type", value_name = "TYPE")]
    mfa_type: Option<String>,
    /// The passcode received by email or SMS (otherwise it is asked for).
    #[arg(long)]
    passcode: Option<String>,
    /// Continue a pending enrollment (its id, or the only one).
    #[arg(long, value_name = "ID", num_args = 0..=1, default_missing_value = "", conflicts_with_all = ["discard", "mfa_type"])]
    resume: Option<String>,
    /// Drop a pending enrollment (its id, or the only one).
    #[arg(long, value_name = "ID", num_args = 0..=1, default_missing_value = "", conflicts_with_all = ["mfa_type", "passcode"])]
    discard: Option<String>,
    /// Seconds to wait for each server call.
    #[arg(long, default_value_t = 30, value_name = "SECS")]
    timeout: u64,
}

pub(super) fn runtime() -> Result<tokio::runtime::Runtime, Failure> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| {
            fail(
                "io.runtime",
                format!("cannot start the network runtime: {e}"),
            )
        })
}

pub(super) fn timeouts(secs: u64) -> Timeouts {
    let total = Duration::from_secs(secs.max(1));
    Timeouts {
        connect: total.min(Duration::from_secs(10)),
        total,
    }
}

fn read_token(name: &str) -> Result<Token, Failure> {
    let text = if io::stdin().is_terminal() {
        Zeroizing::new(
            rpassword::prompt_password(format!("Bearer token for {name}: "))
                .map_err(|e| fail("io.stdin", format!("cannot read the token: {e}")))?,
        )
    } else {
        read_stdin()?
    };
    Ok(Token::new(&text)?)
}

pub(super) fn server(cmd: ServerCmd) -> Result<(), Failure> {
    let dir = default_data_dir()?;
    let profiles = Profiles::open(&dir);
    match cmd {
        ServerCmd::Add {
            name,
            api,
            url,
            user,
            tenant,
            email,
            country,
            auth_url,
            login,
            replace,
        } => {
            let profile = Profile {
                name: name.clone(),
                api: api.into(),
                url,
                user,
                tenant,
                email,
                country,
                auth_url,
                login,
            }
            .validated()?;
            let token = if profile.signs_in() {
                None
            } else {
                Some(read_token(&name)?)
            };
            let store = AccountStore::open_default()?;
            profiles.add(store.keychain()?, profile.clone(), token.as_ref(), replace)?;
            out(if profile.signs_in() {
                format!(
                    "saved server {} ({}, {}); sign in with `mfa-companion login --server {}`",
                    profile.name,
                    profile.api.as_str(),
                    profile.url,
                    profile.name
                )
            } else {
                format!(
                    "saved server {} ({}, {}); its token is in the OS keychain",
                    profile.name,
                    profile.api.as_str(),
                    profile.url
                )
            })
        }
        ServerCmd::List { json } => {
            let list = profiles.list()?;
            if json {
                let text = serde_json::to_string_pretty(&list)
                    .map_err(|e| fail("io.json", e.to_string()))?;
                out(text)
            } else if list.is_empty() {
                out("no server profiles yet: add one with `mfa-companion server add NAME --api lerian|flashback|tenant --url URL ...`")
            } else {
                let store = list
                    .iter()
                    .any(Profile::signs_in)
                    .then(AccountStore::open_default)
                    .transpose()?;
                for p in &list {
                    let mut who = p
                        .user
                        .clone()
                        .or(p.tenant.clone())
                        .or(p.email.clone())
                        .unwrap_or_default();
                    if let (Some(store), Some(login)) = (&store, &p.login) {
                        who = format!(
                            "{who}  login {login}: {}",
                            super::signin::session_line(store, &p.name)
                        );
                    }
                    out(format!(
                        "{:<16} {:<9} {}  {}",
                        p.name,
                        p.api.as_str(),
                        p.url,
                        who.trim()
                    ))?;
                }
                Ok(())
            }
        }
        ServerCmd::Remove { name } => {
            let store = AccountStore::open_default()?;
            let leftover = profiles.remove(store.keychain()?, &name)?;
            out(format!("removed server {name}"))?;
            if let Some(e) = leftover {
                eprintln!("warning: its token could not be deleted from the keychain ({e})");
            }
            Ok(())
        }
    }
}

/// The profile and an Identity client with its bearer (the pasted token, or the
/// signed-in session's access token; `force`: refresh the session first).
fn connect(
    store: &AccountStore,
    name: &str,
    secs: u64,
    force: bool,
) -> Result<(Profile, Client), Failure> {
    let profile = Profiles::open(store.dir()).get(name)?;
    let client = runtime()?.block_on(signin::identity_client(
        store,
        &profile,
        timeouts(secs),
        force,
    ))?;
    Ok((profile, client))
}

/// Whether a failure of a signed-in profile's call is worth one refresh and a retry.
fn retry_signed_in(profile: &Profile, e: &IdentityError) -> bool {
    profile.signs_in() && signin::is_unauthorized(e)
}

/// The failure after the retry was refused too.
fn still_refused(profile: &Profile, e: IdentityError) -> Failure {
    if retry_signed_in(profile, &e) {
        Failure(
            signin::SignInError::SignedOut {
                name: profile.name.clone(),
                why: format!("the server refused a freshly refreshed token ({e})"),
            }
            .report(),
        )
    } else {
        e.into()
    }
}

fn status_line(s: &crate::identity::Status) -> String {
    let mut line = if s.enabled {
        "MFA enabled".to_string()
    } else {
        "MFA not enabled".to_string()
    };
    if let Some(p) = &s.preferred {
        line.push_str(&format!("; preferred {p}"));
    }
    if !s.methods.is_empty() {
        line.push_str(&format!("; methods {}", s.methods.join(", ")));
    }
    if s.required == Some(true) {
        line.push_str("; required by the organization");
    }
    line
}

pub(super) fn status(name: &str, json: bool, secs: u64) -> Result<(), Failure> {
    let store = AccountStore::open_default()?;
    let (profile, client) = connect(&store, name, secs, false)?;
    let status = match runtime()?.block_on(client.status()) {
        Ok(a) => a.value,
        Err(e) if retry_signed_in(&profile, &e) => {
            let (_, client) = connect(&store, name, secs, true)?;
            runtime()?
                .block_on(client.status())
                .map_err(|e| still_refused(&profile, e))?
                .value
        }
        Err(e) => return Err(e.into()),
    };
    if json {
        let v = json!({ "server": profile.name, "api": profile.api, "status": status });
        out(serde_json::to_string_pretty(&v).map_err(|e| fail("io.json", e.to_string()))?)
    } else {
        out(format!(
            "{} ({}): {}",
            profile.name,
            profile.api.as_str(),
            status_line(&status)
        ))
    }
}

fn ask_passcode(given: &mut Option<String>, ty: MfaType) -> Result<Zeroizing<String>, ErrorReport> {
    if let Some(p) = given.take() {
        return Ok(Zeroizing::new(p.trim().to_owned()));
    }
    let how = if ty == MfaType::Sms { "SMS" } else { "email" };
    eprint!("Passcode the server sent by {how}: ");
    let _ = io::stderr().flush();
    let mut line = Zeroizing::new(String::new());
    io::stdin().read_line(&mut line).map_err(|e| ErrorReport {
        code: "io.stdin",
        message: format!("cannot read the passcode: {e}"),
    })?;
    let code = line.trim();
    if code.is_empty() {
        return Err(ErrorReport {
            code: "enroll.no_passcode",
            message: format!("no passcode given: pass --passcode, or type the code from the {how}"),
        });
    }
    Ok(Zeroizing::new(code.to_owned()))
}

fn show(p: Progress) {
    let line = match p {
        Progress::SetupStored {
            account,
            account_id,
            codes,
            note,
        } => {
            let mut parts = Vec::new();
            if let (Some(a), Some(id)) = (account, account_id) {
                parts.push(format!("account {a} (id {id}) stored in the keychain"));
            }
            if codes > 0 {
                parts.push(format!("{codes} recovery codes saved in the vault"));
            }
            if let Some(n) = note {
                parts.push(n);
            }
            format!("setup: {}", parts.join("; "))
        }
        Progress::ClockDrift { offset } => {
            eprintln!(
                "warning: this computer's clock is {} s {} the server's: the passcode is computed with the server's time; fix the clock so codes work elsewhere",
                offset.abs(),
                if offset > 0 { "behind" } else { "ahead of" }
            );
            return;
        }
        Progress::Verified => "verify: the server accepted the passcode".into(),
        Progress::Enabled { code: Some((i, n)) } => {
            format!("enable: MFA enabled (recovery code {i} of {n} was sent and is marked used)")
        }
        Progress::Enabled { code: None } => "enable: MFA enabled".into(),
        Progress::AlreadyDone { step } => {
            format!("{step}: already done by the interrupted attempt")
        }
        Progress::Status(s) => format!("status: {}", status_line(&s)),
    };
    let _ = out(line);
}

fn pick_pending(
    store: &PendingStore,
    id: &str,
    server: Option<&str>,
) -> Result<enroll::Pending, Failure> {
    let all = store.list()?;
    let matching: Vec<_> = all
        .into_iter()
        .filter(|p| (id.is_empty() || p.id == id) && server.is_none_or(|s| p.server == s))
        .collect();
    match matching.len() {
        1 => Ok(matching.into_iter().next().expect("one element")),
        0 => Err(fail(
            "enroll.no_pending",
            "no pending enrollment matches: see `mfa-companion list`",
        )),
        _ => Err(fail(
            "enroll.ambiguous",
            format!(
                "{} enrollments are pending: name one: {}",
                matching.len(),
                matching
                    .iter()
                    .map(|p| format!("{} ({})", p.id, p.server))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )),
    }
}

pub(super) fn enroll_cmd(args: EnrollArgs) -> Result<(), Failure> {
    let store = AccountStore::open_default()?;
    let pending = PendingStore::open(store.dir());
    let vault = Vault::open(store.dir());
    if let Some(id) = &args.discard {
        let p = pick_pending(&pending, id, args.server.as_deref())?;
        let removed = enroll::discard(&store, &vault, &pending, &p).map_err(Failure)?;
        return out(if removed.is_empty() {
            format!("discarded enrollment {} with {}", p.id, p.server)
        } else {
            format!(
                "discarded enrollment {} with {}; removed {}",
                p.id,
                p.server,
                removed.join(" and ")
            )
        });
    }
    let mut passcode = args.passcode.clone();
    let mut resuming = match &args.resume {
        Some(id) => Some(pick_pending(&pending, id, args.server.as_deref())?),
        None => None,
    };
    let name = match &resuming {
        Some(p) => p.server.clone(),
        None => args
            .server
            .clone()
            .ok_or_else(|| fail("cli.usage", "give --server NAME"))?,
    };
    let (profile, client) = connect(&store, &name, args.timeout, false)?;
    let ty = match &resuming {
        Some(p) => p.mfa_type,
        None => MfaType::for_family(profile.api, args.mfa_type.as_deref())?,
    };
    let mut ask = || ask_passcode(&mut passcode, ty);
    let run =
        |client: &Client,
         resuming: Option<&mut enroll::Pending>,
         ask: &mut (dyn FnMut() -> Result<Zeroizing<String>, ErrorReport> + Send)| {
            let flow = Flow {
                accounts: &store,
                vault: &vault,
                pending: &pending,
                profile: &profile,
                client,
            };
            match resuming {
                Some(p) => {
                    out(format!(
                        "resuming enrollment {} with {} ({})",
                        p.id,
                        p.server,
                        p.step.describe()
                    ))?;
                    Ok(runtime()?.block_on(flow.resume(p, ask, &mut show)))
                }
                None => {
                    out(format!(
                        "enrolling with {} ({}, {})",
                        profile.name,
                        profile.api.as_str(),
                        ty.wire()
                    ))?;
                    Ok::<_, Failure>(runtime()?.block_on(flow.start(ty, ask, &mut show)))
                }
            }
        };
    let mut done = run(&client, resuming.as_mut(), &mut ask)?;
    // A signed-in profile whose access token was refused: refresh once and carry on
    // from where the first attempt stopped.
    if let Err(e) = &done {
        if profile.signs_in() && e.report.code == "identity.unauthorized" {
            let (_, client) = connect(&store, &name, args.timeout, true)?;
            let mut left = match &e.pending {
                Some(id) => Some(pick_pending(&pending, id, Some(&name))?),
                None => None,
            };
            done = run(&client, left.as_mut(), &mut ask)?;
            if let Err(e) = &done {
                if e.report.code == "identity.unauthorized" {
                    return Err(Failure(
                        signin::SignInError::SignedOut {
                            name: name.clone(),
                            why: "the server refused a freshly refreshed token".into(),
                        }
                        .report(),
                    ));
                }
            }
        }
    }
    done.map_err(|e| {
        Failure(ErrorReport {
            code: e.code(),
            message: e.to_string(),
        })
    })
}

/// Lines describing pending enrollments, for `list`.
pub(super) fn pending_lines(dir: &std::path::Path) -> Vec<String> {
    match PendingStore::open(dir).list() {
        Ok(list) => list
            .iter()
            .map(|p| {
                let mut l = format!(
                    "pending enrollment {} with {} ({}): {}; `mfa-companion enroll --resume {}`",
                    p.id,
                    p.server,
                    p.mfa_type.wire(),
                    p.step.describe(),
                    p.id
                );
                if let Some((code, _)) = &p.last_error {
                    l.push_str(&format!(" (last attempt failed: {code})"));
                }
                l
            })
            .collect(),
        Err(e) => vec![format!(
            "warning: pending enrollments cannot be read: {} [{}]",
            e,
            e.code()
        )],
    }
}
