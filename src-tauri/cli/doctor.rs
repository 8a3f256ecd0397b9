//! `mfa-companion doctor`: checks the data folder, the keychain, the clock, the vault
//! (opened with its key, every account with its secret), the keychain's items and the
//! pending enrollments; `--repair` deletes items of the old layout and offers to restore
//! a damaged vault from its previous version.

use super::{confirm, fail, say, Failure};
use crate::error::Coded;
use crate::i18n::{t, Message};
use crate::otp;
use crate::storage::profiles::{session_key, token_key};
use crate::storage::vault::{key, KEY_NAME};
use crate::storage::{AccountStore, StorageError, VaultError};

type Check<'a> = dyn FnMut(&str, Result<String, String>) -> Result<(), Failure> + 'a;

pub(super) fn doctor(repair: bool) -> Result<(), Failure> {
    let mut problems = 0;
    let mut check = |name: &str, result: Result<String, String>| -> Result<(), Failure> {
        match result {
            Ok(detail) => say(Message::new("cli-doctor-ok")
                .arg("name", name.to_string())
                .arg("detail", detail)),
            Err(detail) => {
                problems += 1;
                say(Message::new("cli-doctor-fail")
                    .arg("name", name.to_string())
                    .arg("detail", detail))
            }
        }
    };
    let dir = crate::storage::default_data_dir()?;
    check(
        &t("cli-doctor-data-folder"),
        crate::storage::check_data_dir(&dir)
            .map(|n| {
                Message::new("cli-doctor-data-folder-ok")
                    .arg("dir", dir.display().to_string())
                    .arg("count", n)
                    .text()
            })
            .map_err(|e| e.text()),
    )?;
    let store = AccountStore::open_default()?;
    let keys_ok = store
        .keychain()
        .map_err(|e| e.text())
        .and_then(|k| crate::storage::keychain::round_trip(k).map_err(|e| e.text()));
    let keys_work = keys_ok.is_ok();
    check(
        &t("cli-doctor-keychain"),
        keys_ok.map(|()| t("cli-doctor-keychain-ok")),
    )?;
    let now = otp::unix_now();
    check(
        &t("cli-doctor-clock"),
        crate::storage::check_clock(now).map(|sync| {
            Message::new("cli-doctor-clock-ok")
                .arg("now", now.to_string())
                .arg("date", super::locale::date_time(now))
                .arg("sync", sync)
                .text()
        }),
    )?;
    if keys_work {
        vault_checks(&store, repair, &mut check)?;
    }
    match crate::enroll::PendingStore::open(store.dir()).list() {
        Ok(list) if list.is_empty() => check(
            &t("cli-doctor-enrollments"),
            Ok(t("cli-doctor-enrollments-none")),
        )?,
        Ok(list) => check(
            &t("cli-doctor-enrollments"),
            Ok(Message::new("cli-doctor-enrollments-pending")
                .arg("count", list.len())
                .text()),
        )?,
        Err(e) => check(&t("cli-doctor-enrollments"), Err(e.text()))?,
    }
    if problems > 0 {
        return Err(fail(
            "doctor.problems",
            Message::new("cli-doctor-problems").arg("count", problems),
        ));
    }
    Ok(())
}

/// The vault, the keychain's items, and the previous version.
fn vault_checks(store: &AccountStore, repair: bool, check: &mut Check) -> Result<(), Failure> {
    let health = store.check();
    let vault = t("cli-doctor-vault");
    match &health {
        Ok(h) if h.broken.is_empty() => check(
            &vault,
            Ok(Message::new("cli-doctor-vault-ok")
                .arg("count", h.accounts)
                .arg("with_codes", h.with_recovery_codes)
                .arg("writes", h.generation)
                .text()),
        )?,
        Ok(h) => check(
            &vault,
            Err(Message::new("cli-doctor-vault-broken")
                .arg("labels", h.broken.join(", "))
                .text()),
        )?,
        Err(StorageError::Vault(VaultError::AppLocked)) => check(
            &vault,
            Ok(Message::new("cli-doctor-vault-locked")
                .arg("count", store.list().map(|l| l.len()).unwrap_or(0))
                .text()),
        )?,
        Err(StorageError::Vault(e @ VaultError::Damaged { .. })) => {
            check(&vault, Err(e.text()))?;
            if repair {
                restore_previous(store, check)?;
            }
        }
        Err(e) => check(&vault, Err(format!("{} [{}]", e.text(), e.code())))?,
    }
    if let Ok(h) = &health {
        for note in &h.notes {
            say(Message::new("cli-doctor-vault-note").arg("note", note.clone()))?;
        }
    }
    let keys = store.keychain().map_err(|e| Failure(e.report()))?;
    let items = keys.keys().map_err(|e| Failure(e.report()))?;
    let servers = crate::storage::Profiles::open(store.dir())
        .list()
        .map(|list| {
            list.into_iter()
                .flat_map(|p| [token_key(&p.name), session_key(&p.name)])
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    let stray: Vec<&String> = items
        .iter()
        .filter(|k| k.as_str() != KEY_NAME && !servers.contains(k))
        .filter(|k| k.starts_with("account:"))
        .collect();
    if stray.is_empty() {
        check(
            &t("cli-doctor-keychain-items"),
            Ok(Message::new("cli-doctor-keychain-items-ok")
                .arg(
                    "count",
                    items.iter().filter(|k| servers.contains(k)).count(),
                )
                .text()),
        )?;
    } else if repair {
        for k in &stray {
            keys.delete(k).map_err(|e| Failure(e.report()))?;
        }
        say(Message::new("cli-doctor-repaired-items").arg("count", stray.len()))?;
    } else {
        check(
            &t("cli-doctor-keychain-items"),
            Err(Message::new("cli-doctor-keychain-items-stray")
                .arg("count", stray.len())
                .text()),
        )?;
    }
    let prev = store.vault_file().prev_path();
    check(
        &t("cli-doctor-previous"),
        Ok(if prev.exists() {
            Message::new("cli-doctor-previous-kept")
                .arg("path", prev.display().to_string())
                .text()
        } else {
            t("cli-doctor-previous-none")
        }),
    )?;
    check(&t("cli-doctor-app-lock"), lock_health(store))?;
    check(&t("cli-doctor-backups"), backup_health(store))
}

/// The app lock: off, or on with no key left in the keychain (and whether it is open).
fn lock_health(store: &AccountStore) -> Result<String, String> {
    let lock = crate::storage::lock::read(store.dir()).map_err(|e| e.text())?;
    let Some(lock) = lock else {
        return Ok(t("cli-doctor-lock-off"));
    };
    let keys = store.keychain().map_err(|e| e.text())?;
    if key::get(keys).map_err(|e| e.text())?.is_some() {
        return Err(t("cli-doctor-lock-stray-key"));
    }
    Ok((if store.is_locked() {
        Message::new("cli-doctor-lock-on-locked")
    } else {
        Message::new("cli-doctor-lock-on-unlocked")
    })
    .arg("passes", lock.t)
    .arg("minutes", lock.idle_secs / 60)
    .text())
}

/// Automatic backups: off, or the last run's outcome (and the key in the keychain).
fn backup_health(store: &AccountStore) -> Result<String, String> {
    let backups = crate::backups::Backups::open(store.dir());
    let Some(config) = backups.config().map_err(|e| e.text())? else {
        return Ok(t("cli-doctor-backups-off"));
    };
    let keys = store.keychain().map_err(|e| e.text())?;
    backups.key(keys).map_err(|e| e.text())?;
    let dir = config.dir.display().to_string();
    match backups.status() {
        None => Ok(Message::new("cli-doctor-backups-none")
            .arg("dir", dir)
            .text()),
        Some(s) if s.ok => Ok(Message::new("cli-doctor-backups-ok")
            .arg("dir", dir)
            .arg("keep", config.keep)
            .arg(
                "file",
                s.file.map(|f| f.display().to_string()).unwrap_or_default(),
            )
            .arg("count", s.accounts)
            .text()),
        Some(s) => Err(Message::new("cli-doctor-backups-failed")
            .arg("error", s.error.unwrap_or_default())
            .text()),
    }
}

/// Offers to replace a damaged vault with its previous version, naming what changes.
fn restore_previous(store: &AccountStore, check: &mut Check) -> Result<(), Failure> {
    let file = store.vault_file();
    let keys = store.keychain().map_err(|e| Failure(e.report()))?;
    let repair = t("cli-doctor-repair");
    let key = match key::for_vault(store.dir(), keys) {
        Ok(Some(k)) => k,
        Ok(None) => return check(&repair, Err(VaultError::KeyMissing.text())),
        Err(e) => return check(&repair, Err(e.text())),
    };
    let prev = match file.open_file(&file.prev_path(), &key) {
        Ok(Some(p)) => p,
        Ok(None) => {
            return check(
                &repair,
                Err(Message::new("cli-doctor-no-previous")
                    .nested("then", newest_backup(store))
                    .text()),
            )
        }
        Err(e) => {
            return check(
                &repair,
                Err(Message::new("cli-doctor-previous-unusable")
                    .arg("error", e.text())
                    .nested("then", newest_backup(store))
                    .text()),
            )
        }
    };
    let now: Vec<String> = file
        .read_public()
        .ok()
        .flatten()
        .map(|p| p.accounts.into_iter().map(|a| a.id).collect())
        .unwrap_or_default();
    let then: Vec<String> = prev.public.accounts.iter().map(|a| a.id.clone()).collect();
    let gone: Vec<&String> = now.iter().filter(|id| !then.contains(id)).collect();
    let back: Vec<&String> = then.iter().filter(|id| !now.contains(id)).collect();
    let names = |ids: &[&String]| {
        if ids.is_empty() {
            String::new()
        } else {
            let list: Vec<&str> = ids.iter().map(|s| s.as_str()).collect();
            format!(" ({})", list.join(", "))
        }
    };
    say(Message::new("cli-doctor-previous-holds")
        .arg("write", prev.public.generation)
        .arg("count", then.len())
        .arg("gone", gone.len())
        .arg("gone_ids", names(&gone))
        .arg("back", back.len())
        .arg("back_ids", names(&back)))?;
    if !confirm(Message::new("cli-doctor-restore-question"))? {
        return Err(fail(
            "cli.cancelled",
            Message::new("cli-backup-nothing-restored"),
        ));
    }
    match file.restore_prev(&key) {
        Ok(_) => say(Message::new("cli-doctor-restored")),
        Err(e) => check(&repair, Err(e.text())),
    }
}

/// What to restore when the previous version cannot be: the newest verified automatic
/// backup, named with the command, or where backups come from.
fn newest_backup(store: &AccountStore) -> Message {
    let newest = crate::backups::Backups::open(store.dir())
        .list(store)
        .ok()
        .and_then(|list| list.into_iter().rev().find(|b| b.verified));
    match newest {
        Some(b) => Message::new("cli-doctor-newest-backup")
            .arg("count", b.accounts.unwrap_or(0))
            .arg("path", b.path.display().to_string()),
        None => Message::new("cli-doctor-restore-a-backup"),
    }
}
