//! `mfa-companion doctor`: checks the data folder, the keychain, the clock, the vault
//! (opened with its key, every account with its secret), the keychain's items and the
//! pending enrollments; `--repair` deletes items of the old layout and offers to restore
//! a damaged vault from its previous version.

use super::{confirm, fail, out, Failure};
use crate::error::Coded;
use crate::otp;
use crate::storage::profiles::{session_key, token_key};
use crate::storage::vault::{key, KEY_NAME};
use crate::storage::{AccountStore, StorageError, VaultError};

type Check<'a> = dyn FnMut(&str, Result<String, String>) -> Result<(), Failure> + 'a;

pub(super) fn doctor(repair: bool) -> Result<(), Failure> {
    let mut problems = 0;
    let mut check = |name: &str, result: Result<String, String>| -> Result<(), Failure> {
        match result {
            Ok(detail) => out(format!("ok    {name}: {detail}")),
            Err(detail) => {
                problems += 1;
                out(format!("FAIL  {name}: {detail}"))
            }
        }
    };
    let dir = crate::storage::default_data_dir()?;
    check(
        "data folder",
        crate::storage::check_data_dir(&dir)
            .map(|n| format!("{} ({n} accounts)", dir.display()))
            .map_err(|e| e.to_string()),
    )?;
    let store = AccountStore::open_default()?;
    let keys_ok = store
        .keychain()
        .map_err(|e| e.to_string())
        .and_then(|k| crate::storage::keychain::round_trip(k).map_err(|e| e.to_string()));
    let keys_work = keys_ok.is_ok();
    check(
        "keychain",
        keys_ok
            .map(|()| "Secret Service round trip (set, get, delete, missing entry) passed".into()),
    )?;
    let now = otp::unix_now();
    check(
        "clock",
        crate::storage::check_clock(now).map(|sync| format!("{now} (Unix time); {sync}")),
    )?;
    if keys_work {
        vault_checks(&store, repair, &mut check)?;
    }
    match crate::enroll::PendingStore::open(store.dir()).list() {
        Ok(list) if list.is_empty() => check("enrollments", Ok("none pending".into()))?,
        Ok(list) => check(
            "enrollments",
            Ok(format!(
                "{} pending: `mfa-companion list` shows them, `enroll --resume` finishes them",
                list.len()
            )),
        )?,
        Err(e) => check("enrollments", Err(e.to_string()))?,
    }
    if problems > 0 {
        return Err(fail(
            "doctor.problems",
            format!("{problems} check(s) failed"),
        ));
    }
    Ok(())
}

/// The vault, the keychain's items, and the previous version.
fn vault_checks(store: &AccountStore, repair: bool, check: &mut Check) -> Result<(), Failure> {
    let health = store.check();
    match &health {
        Ok(h) if h.broken.is_empty() => check(
            "vault",
            Ok(format!(
                "opened with its key; {} account(s), each with its secret; recovery codes for {}; written {} time(s)",
                h.accounts, h.with_recovery_codes, h.generation
            )),
        )?,
        Ok(h) => check(
            "vault",
            Err(format!(
                "no usable secret for: {}; remove and add them again",
                h.broken.join(", ")
            )),
        )?,
        Err(StorageError::Vault(VaultError::AppLocked)) => check(
            "vault",
            Ok(format!(
                "locked: {} account(s) listed; `mfa-companion unlock` to check their secrets",
                store.list().map(|l| l.len()).unwrap_or(0)
            )),
        )?,
        Err(StorageError::Vault(e @ VaultError::Damaged { .. })) => {
            check("vault", Err(e.to_string()))?;
            if repair {
                restore_previous(store, check)?;
            }
        }
        Err(e) => check("vault", Err(format!("{e} [{}]", e.code())))?,
    }
    if let Ok(h) = &health {
        for note in &h.notes {
            out(format!("note  vault: {note}"))?;
        }
    }
    let keys = store
        .keychain()
        .map_err(|e| fail(e.code(), e.to_string()))?;
    let items = keys.keys().map_err(|e| fail(e.code(), e.to_string()))?;
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
            "keychain items",
            Ok(format!(
                "the vault key and {} server token(s) or session(s); no secret of an account",
                items.iter().filter(|k| servers.contains(k)).count()
            )),
        )?;
    } else if repair {
        for k in &stray {
            keys.delete(k).map_err(|e| fail(e.code(), e.to_string()))?;
        }
        out(format!(
            "repaired: deleted {} item(s) of the old one-item-per-secret layout",
            stray.len()
        ))?;
    } else {
        check(
            "keychain items",
            Err(format!(
                "{} item(s) of the old one-item-per-secret layout belong to no account: `mfa-companion doctor --repair` deletes them",
                stray.len()
            )),
        )?;
    }
    let prev = store.vault_file().prev_path();
    check(
        "previous version",
        Ok(if prev.exists() {
            format!("kept as {}", prev.display())
        } else {
            "none yet (kept from the second write on)".into()
        }),
    )?;
    check("app lock", lock_health(store))?;
    check("backups", backup_health(store))
}

/// The app lock: off, or on with no key left in the keychain (and whether it is open).
fn lock_health(store: &AccountStore) -> Result<String, String> {
    let lock = crate::storage::lock::read(store.dir()).map_err(|e| e.to_string())?;
    let Some(lock) = lock else {
        return Ok("off (`mfa-companion lock enable` puts the key under a password)".into());
    };
    let keys = store.keychain().map_err(|e| e.to_string())?;
    if key::get(keys).map_err(|e| e.to_string())?.is_some() {
        return Err("on, but the keychain still holds the vault key: run `mfa-companion lock disable`, then `lock enable` again".into());
    }
    Ok(format!(
        "on, {}; Argon2id 64 MiB x {} passes; the key is forgotten after {} idle minute(s)",
        if store.is_locked() {
            "locked"
        } else {
            "unlocked"
        },
        lock.t,
        lock.idle_secs / 60
    ))
}

/// Automatic backups: off, or the last run's outcome (and the key in the keychain).
fn backup_health(store: &AccountStore) -> Result<String, String> {
    let backups = crate::backups::Backups::open(store.dir());
    let Some(config) = backups.config().map_err(|e| e.to_string())? else {
        return Ok(
            "off (`mfa-companion backup configure --dir DIR` writes one after every change)".into(),
        );
    };
    let keys = store.keychain().map_err(|e| e.to_string())?;
    backups.key(keys).map_err(|e| e.to_string())?;
    match backups.status() {
        None => Ok(format!("into {}; none written yet", config.dir.display())),
        Some(s) if s.ok => Ok(format!(
            "into {}, the newest {} kept; last verified backup {} ({} account(s))",
            config.dir.display(),
            config.keep,
            s.file.map(|f| f.display().to_string()).unwrap_or_default(),
            s.accounts
        )),
        Some(s) => Err(format!(
            "the last backup failed: {}; your accounts are safe in the vault, but run `mfa-companion backup now` once the folder works",
            s.error.unwrap_or_default()
        )),
    }
}

/// Offers to replace a damaged vault with its previous version, naming what changes.
fn restore_previous(store: &AccountStore, check: &mut Check) -> Result<(), Failure> {
    let file = store.vault_file();
    let keys = store
        .keychain()
        .map_err(|e| fail(e.code(), e.to_string()))?;
    let key = match key::for_vault(store.dir(), keys) {
        Ok(Some(k)) => k,
        Ok(None) => return check("repair", Err(VaultError::KeyMissing.to_string())),
        Err(e) => return check("repair", Err(e.to_string())),
    };
    let prev = match file.open_file(&file.prev_path(), &key) {
        Ok(Some(p)) => p,
        Ok(None) => {
            return check(
                "repair",
                Err(format!(
                    "no previous version to restore; {}",
                    newest_backup(store)
                )),
            )
        }
        Err(e) => {
            return check(
                "repair",
                Err(format!(
                    "the previous version is not usable either ({e}); {}",
                    newest_backup(store)
                )),
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
    out(format!(
        "the previous version (write {}) holds {} account(s): restoring it drops {} account(s) listed now{} and brings back {}{}",
        prev.public.generation,
        then.len(),
        gone.len(),
        names(&gone),
        back.len(),
        names(&back),
    ))?;
    if !confirm(
        "Restore the previous version? (the damaged file is kept as accounts.vault.damaged)",
    )? {
        return Err(fail("cli.cancelled", "nothing was restored"));
    }
    match file.restore_prev(&key) {
        Ok(_) => out("repaired: the vault was restored from its previous version"),
        Err(e) => check("repair", Err(e.to_string())),
    }
}

/// What to restore when the previous version cannot be: the newest verified automatic
/// backup, named with the command, or where backups come from.
fn newest_backup(store: &AccountStore) -> String {
    let newest = crate::backups::Backups::open(store.dir())
        .list(store)
        .ok()
        .and_then(|list| list.into_iter().rev().find(|b| b.verified));
    match newest {
        Some(b) => format!(
            "the newest verified backup holds {} account(s): move the damaged vault aside, then `mfa-companion backup restore {}`",
            b.accounts.unwrap_or(0),
            b.path.display()
        ),
        None => "restore a backup (`mfa-companion backup restore FILE` or `mfa-companion import FILE`)".into(),
    }
}
