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
use super::{confirm, fail, out, Failure};
use crate::backups::{Backups, Written, DEFAULT_KEEP};
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
    if new && *prompt("Again: ")? != *first {
        return Err(fail(
            "cli.password",
            "the two passwords differ: nothing was changed",
        ));
    }
    Ok(Zeroizing::new(first.to_string()))
}

pub(super) fn backup_cmd(cmd: BackupCmd) -> Result<(), Failure> {
    let store = AccountStore::open_default()?;
    let backups = Backups::open(store.dir());
    match cmd {
        BackupCmd::Configure { dir, keep } => {
            let pw = password("Password for the backups: ", true)?;
            if pw.is_empty() {
                return Err(fail("cli.password", "an empty password protects nothing"));
            }
            let config = backups.configure(store.keychain()?, &dir, keep, &pw)?;
            out(format!(
                "backups go to {} after every change (the newest {} kept); the password is not stored: without it they cannot be restored",
                config.dir.display(),
                config.keep
            ))?;
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
                return out("no backups yet: `mfa-companion backup now` writes one");
            }
            for b in &list {
                out(format!(
                    "{}  {}  {}",
                    b.path.display(),
                    b.accounts
                        .map_or("? accounts".to_string(), |n| format!("{n} account(s)")),
                    if b.verified {
                        "verified"
                    } else {
                        "NOT readable with the current password"
                    }
                ))?;
            }
            Ok(())
        }
        BackupCmd::Restore { file, dry_run, yes } => restore(&store, &file, dry_run, yes),
        BackupCmd::Disable => {
            backups.disable(store.keychain()?)?;
            out("automatic backups are off; the backups already written stay where they are")
        }
    }
}

fn report(w: Written) -> Result<(), Failure> {
    match w {
        Written::New {
            path,
            accounts,
            pruned,
        } => out(format!(
            "wrote and verified {} ({accounts} account(s)){}",
            path.display(),
            if pruned > 0 {
                format!("; deleted {pruned} older backup(s)")
            } else {
                String::new()
            }
        )),
        Written::Current { path } => out(format!(
            "the newest backup already holds the current accounts: {}",
            path.display()
        )),
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
    let pw = password("Password of the backup: ", false)?;
    let parsed = super::progress::run("deriving the key for this backup", || {
        backup::read(&bytes, Some(pw.as_str()))
    })?;
    let existing = import_export::existing_secrets(store)?;
    let plan = import_export::plan(parsed, &existing);
    for c in &plan.new {
        out(format!("add      {}", c.label))?;
    }
    for label in &plan.duplicates {
        out(format!("exists   {label} (kept as it is)"))?;
    }
    for (label, reason) in &plan.unusable {
        out(format!("skip     {label}: {reason}"))?;
    }
    let n = plan.usable().len();
    if dry_run || n == 0 {
        return out(format!("{n} account(s) to add; nothing was changed"));
    }
    if !yes {
        if !io::stdin().is_terminal() {
            return Err(fail(
                "cli.confirm",
                format!("{n} account(s) would be added: pass --yes to confirm"),
            ));
        }
        if !confirm(&format!("Add {n} account(s)?"))? {
            return Err(fail("cli.cancelled", "nothing was restored"));
        }
    }
    let added = import_export::apply(&plan, store)?;
    out(format!("restored {} account(s)", added.len()))
}
