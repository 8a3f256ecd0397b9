//! The account commands: add, list, code, remove, rename, pin, unpin, tag and note.

use std::io::{self, BufRead, IsTerminal};

use clap::{Args, ValueEnum};
use serde_json::json;
use zeroize::Zeroizing;

use super::{confirm, enroll, fail, fail_detail, out, read_stdin, say, tell, Failure};
use crate::account::Source;
use crate::error::Coded;
use crate::i18n::Message;
use crate::issuer_icons::Icon;
use crate::otp::{self, Algorithm, Kind, OtpParams, Secret};
use crate::otpauth::{self, UriAccount};
use crate::storage::{tags, AccountStore};

#[derive(Debug, Clone, Copy, ValueEnum)]
enum KindArg {
    Totp,
    Hotp,
    Steam,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum AlgorithmArg {
    #[value(name = "SHA1", alias = "sha1")]
    Sha1,
    #[value(name = "SHA256", alias = "sha256")]
    Sha256,
    #[value(name = "SHA512", alias = "sha512")]
    Sha512,
}

#[derive(Debug, Args)]
pub(super) struct AddArgs {
    uri: Option<String>,
    #[arg(long)]
    issuer: Option<String>,
    #[arg(long = "account", value_name = "NAME")]
    name: Option<String>,
    #[arg(long, value_enum, default_value = "totp")]
    kind: KindArg,
    #[arg(long, value_enum, default_value = "SHA1")]
    algorithm: AlgorithmArg,
    #[arg(long, default_value_t = 6)]
    digits: u32,
    #[arg(long, default_value_t = 30)]
    period: u64,
    #[arg(long, default_value_t = 0)]
    counter: u64,
    #[arg(long, conflicts_with_all = ["uri", "issuer", "name", "from_clipboard"])]
    from_screen: bool,
    #[arg(long, conflicts_with_all = ["uri", "issuer", "name"])]
    from_clipboard: bool,
    #[arg(short = 'y', long)]
    yes: bool,
}

pub(super) fn add(args: AddArgs) -> Result<(), Failure> {
    if args.from_screen || args.from_clipboard {
        return super::scan::add_scanned(args.from_screen, args.yes);
    }
    let manual = args.issuer.is_some() || args.name.is_some();
    let (entries, source) = match args.uri.as_deref() {
        Some(_) if manual => {
            return Err(fail(
                "cli.usage",
                Message::new("cli-accounts-uri-or-manual"),
            ))
        }
        Some("-") => (uris_from_stdin()?, Source::Uri),
        Some(uri) => (vec![otpauth::parse(uri)?], Source::Uri),
        None if manual => (vec![manual_entry(&args)?], Source::Manual),
        None => {
            return Err(fail(
                "cli.usage",
                Message::new("cli-accounts-nothing-to-add"),
            ))
        }
    };
    let store = AccountStore::open_default()?;
    let refs: Vec<&UriAccount> = entries.iter().collect();
    let added = store.add_many(&refs, source)?;
    for (entry, account) in entries.iter().zip(&added) {
        say(Message::new("cli-accounts-added")
            .arg("label", account.label())
            .arg("id", account.id.clone()))?;
        if entry.secret.is_weak() {
            tell(
                Message::new("cli-accounts-weak-secret")
                    .arg("label", account.label())
                    .arg("bits", entry.secret.len() * 8),
            );
        }
    }
    Ok(())
}

/// Reads otpauth URIs from stdin, one per line; blank lines and `#` comments are skipped.
/// All lines are validated before anything is stored.
fn uris_from_stdin() -> Result<Vec<UriAccount>, Failure> {
    let text = read_stdin()?;
    let mut entries = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let entry = otpauth::parse(line).map_err(|e| {
            let mut r = e.report();
            r.message = Message::new("cli-accounts-bad-line")
                .arg("line", n + 1)
                .arg("message", r.message)
                .text();
            Failure(r)
        })?;
        entries.push(entry);
    }
    if entries.is_empty() {
        return Err(fail(
            "cli.usage",
            Message::new("cli-accounts-no-uri-on-stdin"),
        ));
    }
    Ok(entries)
}

fn manual_entry(args: &AddArgs) -> Result<UriAccount, Failure> {
    let issuer = otpauth::validate_name("issuer", args.issuer.as_deref().unwrap_or(""))?;
    let account = otpauth::validate_name("account name", args.name.as_deref().unwrap_or(""))?;
    let algorithm = match args.algorithm {
        AlgorithmArg::Sha1 => Algorithm::Sha1,
        AlgorithmArg::Sha256 => Algorithm::Sha256,
        AlgorithmArg::Sha512 => Algorithm::Sha512,
    };
    let params = match args.kind {
        KindArg::Totp => OtpParams::totp(algorithm, args.digits, args.period)?,
        KindArg::Hotp => OtpParams::hotp(algorithm, args.digits, args.counter)?,
        KindArg::Steam => OtpParams::steam(args.period)?,
    };
    let secret_text = if io::stdin().is_terminal() {
        Zeroizing::new(
            rpassword::prompt_password(crate::i18n::t("cli-accounts-secret-prompt")).map_err(
                |e| {
                    fail(
                        "io.stdin",
                        Message::new("cli-accounts-secret-unreadable").arg("error", e.to_string()),
                    )
                },
            )?,
        )
    } else {
        let mut line = Zeroizing::new(String::new());
        io::stdin().lock().read_line(&mut line).map_err(|e| {
            fail(
                "io.stdin",
                Message::new("cli-accounts-secret-stdin-unreadable").arg("error", e.to_string()),
            )
        })?;
        line
    };
    let secret = Secret::from_base32(&secret_text)?;
    Ok(UriAccount {
        issuer,
        account,
        params,
        secret,
    })
}

pub(super) fn list(json: bool, tag: Option<&str>) -> Result<(), Failure> {
    let store = AccountStore::open_default()?;
    let dir = store.dir().to_path_buf();
    let mut accounts = store.list()?;
    let crate::storage::tags::Organised {
        pinned,
        tags: tag_map,
        icons,
    } = store.organised()?;
    let tags_of = |id: &str| tag_map.get(id).map(Vec::as_slice).unwrap_or_default();
    if let Some(tag) = tag {
        accounts.retain(|a| tags::has_tag(tags_of(&a.id), tag));
    }
    if json {
        // Notes are encrypted: shown when the vault opens (keychain open, app unlocked).
        let notes = store.notes().ok();
        let mut records = Vec::with_capacity(accounts.len());
        for a in &accounts {
            let mut record = serde_json::to_value(a.to_record())
                .map_err(|e| fail_detail("io.json", e.to_string()))?;
            if let Some(fields) = record.as_object_mut() {
                fields.insert("pinned".into(), json!(pinned.contains(&a.id)));
                fields.insert("tags".into(), json!(tags_of(&a.id)));
                let icon = Icon::shown(icons.get(&a.id), &a.issuer, &a.account);
                fields.insert("icon".into(), json!(icon.name()));
                if let Some(notes) = &notes {
                    fields.insert("note".into(), json!(notes.get(&a.id).map(|n| n.as_str())));
                }
            }
            records.push(record);
        }
        let text = serde_json::to_string_pretty(&records)
            .map_err(|e| fail_detail("io.json", e.to_string()))?;
        out(text)?;
    } else if let (Some(tag), true) = (tag, accounts.is_empty()) {
        say(Message::new("cli-accounts-no-tagged").arg("tag", format!("{tag:?}")))?;
    } else if accounts.is_empty() {
        say(Message::new("cli-accounts-none-yet"))?;
    } else {
        for a in &accounts {
            let schedule = match (a.params.period(), a.params.counter()) {
                (_, Some(c)) => Message::new("cli-accounts-list-counter")
                    .arg("counter", super::locale::number(c))
                    .text(),
                (Some(p), _) => format!("{p}s"),
                _ => String::new(),
            };
            let tagged = tags_of(&a.id);
            out(format!(
                "{}  {:<5} {:<6} {}d {:<10} {}{}",
                a.id,
                a.params.kind().as_str(),
                a.params.algorithm().as_str(),
                a.params.digits(),
                schedule,
                a.label(),
                if tagged.is_empty() {
                    String::new()
                } else {
                    format!("  [{}]", tagged.join(", "))
                }
            ))?;
        }
    }
    for line in enroll::pending_lines(&dir) {
        if json {
            tell(Message::new("cli-accounts-note").arg("line", line));
        } else {
            out(line)?;
        }
    }
    Ok(())
}

pub(super) fn code(query: &str, at: Option<u64>, json: bool) -> Result<(), Failure> {
    // A running agent answers without a keychain session of our own.
    if at.is_none() {
        let dir = crate::storage::default_data_dir()?;
        if let Some(answer) = crate::agent::bus::code(&dir, query) {
            let code = answer.map_err(Failure)?;
            return if json {
                let (remaining, period) = if code.period == 0 {
                    (None, None)
                } else {
                    (Some(code.remaining), Some(code.period))
                };
                out(
                    json!({"code": code.code.as_str(), "remaining": remaining, "period": period})
                        .to_string(),
                )
            } else {
                out(code.code.as_str())
            };
        }
    }
    let store = AccountStore::open_default()?;
    let account = store.find(query)?;
    if at.is_some() && account.params.kind() == Kind::Hotp {
        return Err(fail("cli.usage", Message::new("cli-accounts-at-hotp")));
    }
    let code = store.code(&account, at.unwrap_or_else(otp::unix_now))?;
    if json {
        out(
            json!({"code": code.code, "remaining": code.remaining, "period": code.period})
                .to_string(),
        )
    } else {
        out(&code.code)
    }
}

pub(super) fn remove(query: &str, yes: bool) -> Result<(), Failure> {
    let store = AccountStore::open_default()?;
    let account = store.find(query)?;
    if !yes {
        if !io::stdin().is_terminal() {
            return Err(fail(
                "cli.confirm",
                Message::new("cli-accounts-remove-needs-yes").arg("label", account.label()),
            ));
        }
        if !confirm(
            Message::new("cli-accounts-remove-question")
                .arg("label", account.label())
                .arg("id", account.id.clone()),
        )? {
            return Err(fail(
                "cli.cancelled",
                Message::new("cli-accounts-nothing-removed"),
            ));
        }
    }
    let removed = store.remove(&account.id)?;
    say(Message::new("cli-accounts-removed")
        .arg("label", removed.label())
        .arg("id", removed.id.clone()))?;
    let vault = crate::storage::Vault::open(store.dir());
    if let Some((unused, used)) = store
        .keychain()
        .ok()
        .and_then(|k| vault.read(k).ok())
        .and_then(|c| c.entry(&removed.id).map(|e| e.counts()))
    {
        tell(
            Message::new("cli-accounts-recovery-codes-stay")
                .arg("count", unused + used)
                .arg("unused", unused)
                .arg("id", removed.id.clone()),
        );
    }
    Ok(())
}

pub(super) fn rename(
    query: &str,
    issuer: Option<String>,
    name: Option<String>,
) -> Result<(), Failure> {
    if issuer.is_none() && name.is_none() {
        return Err(fail("cli.usage", Message::new("cli-accounts-rename-what")));
    }
    let store = AccountStore::open_default()?;
    let account = store.find(query)?;
    let renamed = store.rename(&account.id, issuer.as_deref(), name.as_deref())?;
    say(Message::new("cli-accounts-renamed")
        .arg("old", account.label())
        .arg("new", renamed.label()))
}

pub(super) fn pin(query: &str, pinned: bool) -> Result<(), Failure> {
    let store = AccountStore::open_default()?;
    let account = store.find(query)?;
    let account = store.set_pinned(&account.id, pinned)?;
    say((if pinned {
        Message::new("cli-accounts-pinned")
    } else {
        Message::new("cli-accounts-unpinned")
    })
    .arg("label", account.label())
    .arg("id", account.id.clone()))
}

pub(super) fn tag(query: &str, changes: &[String]) -> Result<(), Failure> {
    let (mut add, mut remove) = (Vec::new(), Vec::new());
    for change in changes {
        match change.chars().next() {
            Some('-') => remove.push(change[1..].to_string()),
            Some('+') => add.push(change[1..].to_string()),
            _ => add.push(change.clone()),
        }
    }
    let store = AccountStore::open_default()?;
    let account = store.find(query)?;
    let now = if changes.is_empty() {
        store.tags()?.remove(&account.id).unwrap_or_default()
    } else {
        store.change_tags(&account.id, &add, &remove)?.1
    };
    say(if now.is_empty() {
        Message::new("cli-accounts-no-tags")
            .arg("label", account.label())
            .arg("id", account.id.clone())
    } else {
        Message::new("cli-accounts-tags")
            .arg("label", account.label())
            .arg("id", account.id.clone())
            .arg("tags", now.join(", "))
    })
}

pub(super) fn note(query: &str, text: Option<&str>, clear: bool) -> Result<(), Failure> {
    let store = AccountStore::open_default()?;
    let account = store.find(query)?;
    let about = |m: Message| {
        m.arg("label", account.label())
            .arg("id", account.id.clone())
    };
    if text.is_none() && !clear {
        let notes = store.notes()?;
        return match notes.get(&account.id) {
            Some(n) => out(n.as_str()),
            None => say(about(Message::new("cli-accounts-no-note"))),
        };
    }
    match store.set_note(&account.id, if clear { None } else { text })? {
        Some(_) => say(about(Message::new("cli-accounts-note-saved"))),
        None => say(about(Message::new("cli-accounts-note-removed"))),
    }
}
