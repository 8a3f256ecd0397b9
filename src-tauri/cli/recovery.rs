//! `recovery list|show|use|add|export`: the offline recovery-code vault.

use clap::Subcommand;
use serde_json::json;

use super::{fail, locale, out, read_stdin, say, Failure};
use crate::i18n::Message;
use crate::storage::recovery::split_codes;
use crate::storage::recovery::Contents;
use crate::storage::{AccountStore, StorageError, Vault};

// `recovery` subcommands. ACCOUNT is an account (id, issuer:account or a unique part)
// or a server profile name for codes of email/SMS enrollments.
// No `Debug`: `use` may carry a recovery code.
#[derive(Subcommand)]
pub(super) enum RecoveryCmd {
    List {
        account: String,
        #[arg(long)]
        json: bool,
    },
    Show {
        account: String,
    },
    Use {
        account: String,
        code: Option<String>,
    },
    Add {
        account: String,
    },
    Export {
        account: String,
    },
}

/// The vault entry and label for a query.
fn resolve(
    store: &AccountStore,
    contents: &Contents,
    query: &str,
) -> Result<(String, String), Failure> {
    match store.find(query) {
        Ok(a) => Ok((a.id.clone(), a.label())),
        Err(StorageError::NotFound { .. }) => {
            let key = format!("profile:{query}");
            if let Some(e) = contents
                .entries
                .iter()
                .find(|e| e.account == key || e.account == query)
            {
                return Ok((e.account.clone(), e.label.clone()));
            }
            // A server profile's name: the codes of the account enrolled with it.
            let from_server: Vec<_> = contents
                .entries
                .iter()
                .filter(|e| e.server.as_deref() == Some(query))
                .collect();
            match from_server.as_slice() {
                [e] => Ok((e.account.clone(), e.label.clone())),
                [] => Err(StorageError::NotFound {
                    query: query.into(),
                }
                .into()),
                many => Err(StorageError::Ambiguous {
                    query: query.into(),
                    matches: many
                        .iter()
                        .map(|e| format!("{} ({})", e.account, e.label))
                        .collect(),
                }
                .into()),
            }
        }
        Err(e) => Err(e.into()),
    }
}

pub(super) fn recovery(cmd: RecoveryCmd) -> Result<(), Failure> {
    let store = AccountStore::open_default()?;
    let vault = Vault::open(store.dir());
    let keys = store.keychain()?;
    // Read once: it resolves the account and serves the read-only commands.
    let contents = vault.read(keys)?;
    match cmd {
        RecoveryCmd::List { account, json } => {
            let (key, label) = resolve(&store, &contents, &account)?;
            let (unused, used) = contents.entry(&key).map(|e| e.counts()).unwrap_or((0, 0));
            if json {
                out(json!({ "unused": unused, "used": used }).to_string())
            } else {
                say((if unused <= 2 {
                    Message::new("cli-recovery-counts-low")
                } else {
                    Message::new("cli-recovery-counts")
                })
                .arg("label", label)
                .arg("unused", unused)
                .arg("used", used))
            }
        }
        RecoveryCmd::Show { account } => {
            let (key, label) = resolve(&store, &contents, &account)?;
            let entry = contents.codes_of(&key, &label)?;
            say(match entry.server.as_deref() {
                Some(s) => Message::new("cli-recovery-show-server")
                    .arg("label", label.clone())
                    .arg("server", s.to_string()),
                None => Message::new("cli-recovery-show").arg("label", label.clone()),
            })?;
            for (i, c) in entry.codes.iter().enumerate() {
                let state = match (c.used_at, &c.note) {
                    (None, _) => Message::new("cli-recovery-unused"),
                    (Some(t), Some(n)) => Message::new("cli-recovery-used-at-note")
                        .arg("date", locale::date_time(t))
                        .arg("note", n.clone()),
                    (Some(t), None) => {
                        Message::new("cli-recovery-used-at").arg("date", locale::date_time(t))
                    }
                }
                .text();
                out(format!("{:>3}. {}  {}", i + 1, c.code.as_str(), state))?;
            }
            Ok(())
        }
        RecoveryCmd::Use { account, code } => {
            let (key, label) = resolve(&store, &contents, &account)?;
            let now = crate::otp::unix_now();
            let shown = vault.update(keys, |v| {
                let i = v.mark_used(
                    &key,
                    &label,
                    code.as_deref(),
                    now,
                    Some(crate::i18n::t("cli-recovery-by-hand")),
                )?;
                Ok(v.entry(&key)
                    .and_then(|e| e.codes.get(i))
                    .map(|c| (i, c.code.clone())))
            })?;
            match (code, shown) {
                (None, Some((i, c))) => say(Message::new("cli-recovery-use-next")
                    .arg("number", i + 1)
                    .arg("code", c.as_str().to_string())),
                _ => say(Message::new("cli-recovery-marked").arg("label", label)),
            }
        }
        RecoveryCmd::Add { account } => {
            let (key, label) = resolve(&store, &contents, &account)?;
            let text = read_stdin()?;
            let codes = split_codes(&text);
            if codes.is_empty() {
                return Err(fail(
                    "recovery.none_given",
                    Message::new("cli-recovery-none-given"),
                ));
            }
            let added = vault.update(keys, |v| Ok(v.add(&key, &label, None, &codes)))?;
            say(Message::new("cli-recovery-added")
                .arg("count", added)
                .arg("label", label)
                .arg("stored", codes.len() - added))
        }
        RecoveryCmd::Export { account } => {
            let (key, label) = resolve(&store, &contents, &account)?;
            let text = contents.codes_of(&key, &label)?.export_text(&label);
            out(text.trim_end())
        }
    }
}
