//! `mfa-companion lock …` and `unlock`: the opt-in app lock. The key work is in
//! [`crate::storage::lock`] (wrapping) and [`crate::agent`] (holding the key while
//! unlocked).

use std::io::{self, IsTerminal};

use clap::Subcommand;

use super::transfer::{prompt, stdin_line};
use super::{confirm, fail, out, say, tell, Failure};
use crate::agent::client;
use crate::i18n::{t, Message};
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
    if twice && *prompt(&t("cli-backup-again"))? != *first {
        return Err(fail(
            "cli.password",
            Message::new("cli-backup-passwords-differ"),
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
    let pw = password(&t("cli-lock-password"), false)?;
    let idle = store.unlock(&pw)?;
    say(Message::new("cli-lock-unlocked").arg("minutes", idle / 60))
}

pub(super) fn lock_cmd(cmd: LockCmd) -> Result<(), Failure> {
    let store = AccountStore::open_default()?;
    let dir = store.dir().to_path_buf();
    match cmd {
        LockCmd::Enable { idle_minutes } => {
            if lock::enabled(&dir) {
                return Err(fail("lock.on", Message::new("cli-lock-on-already")));
            }
            if idle_minutes == 0 || idle_minutes > 24 * 60 {
                return Err(fail("cli.usage", Message::new("cli-lock-idle-range")));
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
                tell(Message::new("cli-lock-no-backup-warning"));
                if io::stdin().is_terminal()
                    && !confirm(Message::new("cli-lock-no-backup-question"))?
                {
                    return Err(fail("cli.cancelled", Message::new("cli-lock-stays-off")));
                }
            }
            let pw = password(&t("cli-lock-new-password"), true)?;
            if pw.is_empty() {
                return Err(fail(
                    "cli.password",
                    Message::new("cli-backup-password-empty"),
                ));
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
            say(Message::new("cli-lock-enabled")
                .arg("passes", t)
                .arg("minutes", idle_minutes))
        }
        LockCmd::Disable => {
            let lock = read_lock(&store)?;
            let pw = password(&t("cli-lock-password"), false)?;
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
            say(Message::new("cli-lock-disabled"))
        }
        LockCmd::Change => {
            let lock = read_lock(&store)?;
            let old = password(&t("cli-lock-current-password"), false)?;
            let key = lock::unwrap(&lock, &old)?;
            let new = password(&t("cli-lock-new-password"), true)?;
            if new.is_empty() {
                return Err(fail(
                    "cli.password",
                    Message::new("cli-backup-password-empty"),
                ));
            }
            let wrapped = lock::wrap(&key, &new, lock.t, lock.idle_secs)?;
            lock::write(&dir, &wrapped, &key, &new)?;
            say(Message::new("cli-lock-changed"))
        }
        LockCmd::Status => match lock::read(&dir)? {
            None => say(Message::new("cli-lock-status-off")),
            Some(l) => {
                let open = client::get(&dir)?.is_some();
                let stray = store
                    .keychain()
                    .ok()
                    .and_then(|k| key::get(k).ok().flatten())
                    .is_some();
                let status = (if open {
                    Message::new("cli-lock-status-on-unlocked")
                } else {
                    Message::new("cli-lock-status-on-locked")
                })
                .arg("minutes", l.idle_secs / 60)
                .text();
                out(if stray {
                    format!("{status}{}", t("cli-lock-status-stray-key"))
                } else {
                    status
                })
            }
        },
        LockCmd::Now => {
            client::lock_all()?;
            say(Message::new("cli-lock-locked"))
        }
    }
}
