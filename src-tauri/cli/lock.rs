//! `mfa-companion lock …` and `unlock`: the opt-in app lock. The key work is in
//! [`crate::storage::lock`] (wrapping) and [`crate::agent`] (holding the key while
//! unlocked).

use std::io::{self, IsTerminal};

use clap::Subcommand;

use super::transfer::{prompt, stdin_line};
use super::{confirm, fail, out, Failure};
use crate::agent::client;
use crate::storage::vault::{key, KEY_NAME};
use crate::storage::{lock, AccountStore, KeychainError, VaultError};

#[derive(Subcommand)]
pub(super) enum LockCmd {
    Enable {
        #[arg(long, default_value_t = lock::DEFAULT_IDLE_SECS / 60)]
        idle_minutes: u64,
    },
    Disable,
    Change,
    Status,
    Now,
}

fn password(question: &str, twice: bool) -> Result<zeroize::Zeroizing<String>, Failure> {
    if !io::stdin().is_terminal() {
        return Ok(zeroize::Zeroizing::new(stdin_line()?.to_string()));
    }
    let first = prompt(question)?;
    if twice && *prompt("Again: ")? != *first {
        return Err(fail(
            "cli.password",
            "the two passwords differ: nothing was changed",
        ));
    }
    Ok(zeroize::Zeroizing::new(first.to_string()))
}

fn read_lock(store: &AccountStore) -> Result<lock::LockFile, Failure> {
    Ok(lock::read(store.dir())?.ok_or(VaultError::LockOff)?)
}

pub(super) fn unlock() -> Result<(), Failure> {
    let store = AccountStore::open_default()?;
    read_lock(&store)?;
    let pw = password("Password: ", false)?;
    let idle = store.unlock(&pw)?;
    out(format!(
        "unlocked; the key is forgotten after {} minute(s) unused, or with `mfa-companion lock now`",
        idle / 60
    ))
}

pub(super) fn lock_cmd(cmd: LockCmd) -> Result<(), Failure> {
    let store = AccountStore::open_default()?;
    let dir = store.dir().to_path_buf();
    match cmd {
        LockCmd::Enable { idle_minutes } => {
            if lock::enabled(&dir) {
                return Err(fail(
                    "lock.on",
                    "the app lock is on already: `lock change` changes its password",
                ));
            }
            if idle_minutes == 0 || idle_minutes > 24 * 60 {
                return Err(fail("cli.usage", "--idle-minutes must be 1 to 1440"));
            }
            // Make sure there is a vault (and so a key) to protect.
            store.list()?;
            let keys = store.keychain()?;
            let key = key::get_or_create(keys)?;
            if crate::backups::Backups::open(&dir)
                .config()
                .ok()
                .flatten()
                .is_none()
            {
                eprintln!("warning: without the password the accounts are lost, and no automatic backups are set up (`mfa-companion backup configure --dir DIR`, or `mfa-companion export --format backup`)");
                if io::stdin().is_terminal() && !confirm("Turn the lock on without a backup?")? {
                    return Err(fail("cli.cancelled", "the lock stays off"));
                }
            }
            let pw = password("New password: ", true)?;
            if pw.is_empty() {
                return Err(fail("cli.password", "an empty password protects nothing"));
            }
            let t = lock::calibrate();
            let wrapped = lock::wrap(&key, &pw, t, idle_minutes * 60)?;
            lock::write(&dir, &wrapped, &key, &pw)?;
            // Open for this session, then take the key out of the keychain.
            client::ensure_running()?;
            client::put(&dir, &key, wrapped.idle_secs)?;
            match keys.delete(KEY_NAME) {
                Ok(()) | Err(KeychainError::NotFound { .. }) => {}
                Err(e) => return Err(e.into()),
            }
            out(format!(
                "the app lock is on (Argon2id, 64 MiB, {t} pass(es)); the keychain no longer holds the key. Unlocked now, for {idle_minutes} minute(s) unused; `mfa-companion lock now` locks"
            ))
        }
        LockCmd::Disable => {
            let lock = read_lock(&store)?;
            let pw = password("Password: ", false)?;
            let key = lock::unwrap(&lock, &pw)?;
            let keys = store.keychain()?;
            keys.put(
                KEY_NAME,
                "MFA Companion: vault key",
                &zeroize::Zeroizing::new(data_encoding::BASE64.encode(key.as_ref())),
            )?;
            if key::get(keys)?.as_deref() != Some(&*key) {
                return Err(VaultError::VerifyFailed {
                    detail: "the keychain did not return the key just stored".into(),
                }
                .into());
            }
            lock::remove(&dir)?;
            client::lock_all()?;
            out("the app lock is off; the vault's key is in the keychain again")
        }
        LockCmd::Change => {
            let lock = read_lock(&store)?;
            let old = password("Current password: ", false)?;
            let key = lock::unwrap(&lock, &old)?;
            let new = password("New password: ", true)?;
            if new.is_empty() {
                return Err(fail("cli.password", "an empty password protects nothing"));
            }
            let wrapped = lock::wrap(&key, &new, lock.t, lock.idle_secs)?;
            lock::write(&dir, &wrapped, &key, &new)?;
            out("the password was changed")
        }
        LockCmd::Status => match lock::read(&dir)? {
            None => out("off: the vault's key is in the keychain"),
            Some(l) => {
                let open = client::get(&dir)?.is_some();
                let stray = store
                    .keychain()
                    .ok()
                    .and_then(|k| key::get(k).ok().flatten())
                    .is_some();
                out(format!(
                    "on ({}; forgotten after {} minute(s) unused){}",
                    if open { "unlocked" } else { "locked" },
                    l.idle_secs / 60,
                    if stray {
                        "; WARNING: the keychain still holds the key: run `mfa-companion lock disable` and enable it again"
                    } else {
                        ""
                    }
                ))
            }
        },
        LockCmd::Now => {
            client::lock_all()?;
            out("locked")
        }
    }
}
