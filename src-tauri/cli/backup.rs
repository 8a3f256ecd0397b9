//! `mfa-companion backup`: automatic, verified backups (configure, now, list, restore,
//! disable). The work is in [`crate::backups`]; restoring reuses the import's plan, so
//! an account already stored is never replaced; a slow key derivation shows progress on
//! a terminal (`progress.rs`).

use std::io::{self, IsTerminal};
use std::path::PathBuf;

use clap::Subcommand;
use serde_json::json;
use zeroize::Zeroizing;

use super::transfer::{prompt, read_input, stdin_line};
use super::{confirm, fail, locale, out, say, Failure};
use crate::backups::{Backups, Written, DEFAULT_KEEP};
use crate::i18n::{t, Message};
use crate::import_export::{self, backup, ImportError};
use crate::storage::AccountStore;

#[derive(Subcommand)]
pub(super) enum BackupCmd {
    Configure {
        #[arg(long)]
        dir: PathBuf,
        #[arg(long, default_value_t = DEFAULT_KEEP)]
        keep: usize,
    },
    Now {
        #[arg(long, hide = true)]
        auto: bool,
    },
    List {
        #[arg(long)]
        json: bool,
    },
    Restore {
        file: PathBuf,
        #[arg(long)]
        dry_run: bool,
        #[arg(long, short = 'y')]
        yes: bool,
    },
    Disable,
}

/// A password: a hidden prompt (twice when it is new) or one line of stdin.
fn password(question: &str, new: bool) -> Result<Zeroizing<String>, Failure> {
    if !io::stdin().is_terminal() {
        let line = stdin_line()?;
        return Ok(Zeroizing::new(line.to_string()));
    }
    let first = prompt(question)?;
    if new && *prompt(&t("cli-backup-again"))? != *first {
        return Err(fail(
            "cli.password",
            Message::new("cli-backup-passwords-differ"),
        ));
    }
    Ok(Zeroizing::new(first.to_string()))
}

pub(super) fn backup_cmd(cmd: BackupCmd) -> Result<(), Failure> {
    let store = AccountStore::open_default()?;
    let backups = Backups::open(store.dir());
    match cmd {
        BackupCmd::Configure { dir, keep } => {
            let pw = password(&t("cli-backup-password-new"), true)?;
            if pw.is_empty() {
                return Err(fail(
                    "cli.password",
                    Message::new("cli-backup-password-empty"),
                ));
            }
            let config = backups.configure(store.keychain()?, &dir, keep, &pw)?;
            say(Message::new("cli-backup-configured")
                .arg("dir", config.dir.display().to_string())
                .arg("keep", config.keep))?;
            report(backups.run(&store)?)
        }
        BackupCmd::Now { auto } => match backups.run(&store) {
            Ok(w) if !auto => report(w),
            Ok(_) => Ok(()),
            Err(e) => Err(e.into()),
        },
        BackupCmd::List { json } => {
            let list = backups.list(&store)?;
            if json {
                let items: Vec<_> = list
                    .iter()
                    .map(|b| {
                        json!({"file": b.path, "created": b.created, "accounts": b.accounts, "verified": b.verified})
                    })
                    .collect();
                return out(serde_json::Value::from(items).to_string());
            }
            if list.is_empty() {
                return say(Message::new("cli-backup-none-yet"));
            }
            for b in &list {
                let accounts = match b.accounts {
                    Some(n) => Message::new("cli-backup-list-accounts").arg("count", n),
                    None => Message::new("cli-backup-list-accounts-unknown"),
                };
                let state = if b.verified {
                    Message::new("cli-backup-list-verified")
                } else {
                    Message::new("cli-backup-list-unreadable")
                };
                // The time it was written (local time, in the language's format) first.
                let created = b.created.map(locale::date_time).unwrap_or_default();
                let line = format!(
                    "{}  {}  {}",
                    b.path.display(),
                    accounts.text(),
                    state.text()
                );
                out(if created.is_empty() {
                    line
                } else {
                    format!("{created}  {line}")
                })?;
            }
            Ok(())
        }
        BackupCmd::Restore { file, dry_run, yes } => restore(&store, &file, dry_run, yes),
        BackupCmd::Disable => {
            backups.disable(store.keychain()?)?;
            say(Message::new("cli-backup-disabled"))
        }
    }
}

fn report(w: Written) -> Result<(), Failure> {
    match w {
        Written::New {
            path,
            accounts,
            pruned,
        } => say((if pruned > 0 {
            Message::new("cli-backup-written-pruned")
        } else {
            Message::new("cli-backup-written")
        })
        .arg("path", path.display().to_string())
        .arg("count", accounts)
        .arg("pruned", pruned)),
        Written::Current { path } => {
            say(Message::new("cli-backup-current").arg("path", path.display().to_string()))
        }
    }
}

fn restore(
    store: &AccountStore,
    file: &std::path::Path,
    dry_run: bool,
    yes: bool,
) -> Result<(), Failure> {
    let bytes = read_input(file)?;
    if !matches!(
        import_export::detect(&bytes),
        Ok(import_export::Format::Backup)
    ) {
        return Err(ImportError::Malformed {
            format: "backup",
            detail: "it is not an MFA Companion backup: use `mfa-companion import` for other files"
                .into(),
        }
        .into());
    }
    let pw = password(&t("cli-backup-password"), false)?;
    let parsed = super::progress::run(&t("cli-backup-deriving"), || {
        backup::read(&bytes, Some(pw.as_str()))
    })?;
    let existing = import_export::existing_secrets(store)?;
    let plan = import_export::plan(parsed, &existing);
    for c in &plan.new {
        say(Message::new("cli-backup-plan-add").arg("label", c.label.clone()))?;
    }
    for label in &plan.duplicates {
        say(Message::new("cli-backup-plan-exists").arg("label", label.clone()))?;
    }
    for (label, reason) in &plan.unusable {
        say(Message::new("cli-backup-plan-skip")
            .arg("label", label.clone())
            .arg("reason", reason.text()))?;
    }
    let n = plan.usable().len();
    if dry_run || n == 0 {
        return say(Message::new("cli-backup-plan-count").arg("count", n));
    }
    if !yes {
        if !io::stdin().is_terminal() {
            return Err(fail(
                "cli.confirm",
                Message::new("cli-backup-restore-needs-yes").arg("count", n),
            ));
        }
        if !confirm(Message::new("cli-backup-restore-question").arg("count", n))? {
            return Err(fail(
                "cli.cancelled",
                Message::new("cli-backup-nothing-restored"),
            ));
        }
    }
    let added = import_export::apply(&plan, store)?;
    say(Message::new("cli-backup-restored").arg("count", added.len()))
}
