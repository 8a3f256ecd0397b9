//! `enroll`: enrolling this device with a server profile (setup, store, verify, enable,
//! status), resuming or discarding a pending enrollment, and the pending list `list`
//! prints.

use std::io::{self, Write};

use clap::Args;
use zeroize::Zeroizing;

use super::servers::{connect, runtime, status_line};
use super::{fail, out, Failure};
use crate::enroll::{self, Flow, PendingStore, Progress};
use crate::error::{Coded, ErrorReport};
use crate::identity::{Client, MfaType};
use crate::signin;
use crate::storage::{AccountStore, Vault};

// `enroll` arguments. No `Debug`: they may carry a passcode.
#[derive(Args)]
pub(super) struct EnrollArgs {
    #[arg(long, required_unless_present_any = ["resume", "discard"])]
    server: Option<String>,
    #[arg(long = "type", value_name = "TYPE")]
    mfa_type: Option<String>,
    #[arg(long)]
    passcode: Option<String>,
    #[arg(long, value_name = "ID", num_args = 0..=1, default_missing_value = "", conflicts_with_all = ["discard", "mfa_type"])]
    resume: Option<String>,
    #[arg(long, value_name = "ID", num_args = 0..=1, default_missing_value = "", conflicts_with_all = ["mfa_type", "passcode"])]
    discard: Option<String>,
    #[arg(long, default_value_t = 30, value_name = "SECS")]
    timeout: u64,
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
