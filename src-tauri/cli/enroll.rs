//! `enroll`: enrolling this device with a server profile (setup, store, verify, enable,
//! status), resuming or discarding a pending enrollment, and the pending list `list`
//! prints.

use std::io::{self, Write};

use clap::Args;
use zeroize::Zeroizing;

use super::servers::{connect, runtime, status_line};
use super::{fail, say, tell, Failure};
use crate::enroll::{self, Flow, PendingStore, Progress};
use crate::error::{Coded, ErrorReport};
use crate::i18n::Message;
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
    let sms = ty == MfaType::Sms;
    eprint!(
        "{}",
        (if sms {
            crate::i18n::t("cli-enroll-passcode-prompt-sms")
        } else {
            crate::i18n::t("cli-enroll-passcode-prompt-email")
        })
    );
    let _ = io::stderr().flush();
    let mut line = Zeroizing::new(String::new());
    io::stdin().read_line(&mut line).map_err(|e| {
        ErrorReport::localized(
            "io.stdin",
            Message::new("cli-enroll-passcode-unreadable").arg("error", e.to_string()),
        )
    })?;
    let code = line.trim();
    if code.is_empty() {
        return Err(ErrorReport::localized(
            "enroll.no_passcode",
            if sms {
                Message::new("cli-enroll-no-passcode-sms")
            } else {
                Message::new("cli-enroll-no-passcode-email")
            },
        ));
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
                parts.push(
                    Message::new("cli-enroll-setup-account")
                        .arg("account", a)
                        .arg("id", id)
                        .text(),
                );
            }
            if codes > 0 {
                parts.push(
                    Message::new("cli-enroll-setup-codes")
                        .arg("count", codes)
                        .text(),
                );
            }
            if let Some(n) = note {
                parts.push(n);
            }
            Message::new("cli-enroll-setup").arg("done", parts.join("; "))
        }
        Progress::ClockDrift { offset } => {
            tell(
                (if offset > 0 {
                    Message::new("cli-enroll-clock-behind")
                } else {
                    Message::new("cli-enroll-clock-ahead")
                })
                .arg("seconds", offset.unsigned_abs()),
            );
            return;
        }
        Progress::Verified => Message::new("cli-enroll-verified"),
        Progress::Enabled { code: Some((i, n)) } => Message::new("cli-enroll-enabled-code")
            .arg("number", i)
            .arg("total", n),
        Progress::Enabled { code: None } => Message::new("cli-enroll-enabled"),
        Progress::AlreadyDone { step } => {
            Message::new("cli-enroll-already-done").arg("step", step.to_string())
        }
        Progress::Status(s) => Message::new("cli-enroll-status").arg("status", status_line(&s)),
    };
    let _ = say(line);
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
            Message::new("cli-enroll-no-pending"),
        )),
        _ => Err(fail(
            "enroll.ambiguous",
            Message::new("cli-enroll-ambiguous")
                .arg("count", matching.len())
                .arg(
                    "list",
                    matching
                        .iter()
                        .map(|p| format!("{} ({})", p.id, p.server))
                        .collect::<Vec<_>>()
                        .join(", "),
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
        let discarded = Message::new("cli-enroll-discarded")
            .arg("id", p.id.clone())
            .arg("server", p.server.clone());
        return say(if removed.is_empty() {
            discarded
        } else {
            Message::new("cli-enroll-discarded-removed")
                .nested("discarded", discarded)
                .arg(
                    "removed",
                    removed.join(&format!(" {} ", crate::i18n::t("cli-enroll-and"))),
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
            .ok_or_else(|| fail("cli.usage", Message::new("cli-enroll-give-server")))?,
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
                    say(Message::new("cli-enroll-resuming")
                        .arg("id", p.id.clone())
                        .arg("server", p.server.clone())
                        .arg("step", p.step.describe()))?;
                    Ok(runtime()?.block_on(flow.resume(p, ask, &mut show)))
                }
                None => {
                    say(Message::new("cli-enroll-enrolling")
                        .arg("server", profile.name.clone())
                        .arg("api", profile.api.as_str())
                        .arg("type", ty.wire()))?;
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
                            why: crate::i18n::t("cli-enroll-refused-refreshed"),
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
            message: e.text(),
        })
    })
}

/// Lines describing pending enrollments, for `list`.
pub(super) fn pending_lines(dir: &std::path::Path) -> Vec<String> {
    match PendingStore::open(dir).list() {
        Ok(list) => list
            .iter()
            .map(|p| {
                let line = Message::new("cli-enroll-pending")
                    .arg("id", p.id.clone())
                    .arg("server", p.server.clone())
                    .arg("type", p.mfa_type.wire())
                    .arg("step", p.step.describe());
                match &p.last_error {
                    Some((code, _)) => Message::new("cli-enroll-pending-failed")
                        .nested("pending", line)
                        .arg("code", code.clone())
                        .text(),
                    None => line.text(),
                }
            })
            .collect(),
        Err(e) => vec![Message::new("cli-enroll-pending-unreadable")
            .arg("error", e.text())
            .arg("code", e.code())
            .text()],
    }
}
