//! The app lock (opt-in): the vault's data key wrapped under a key derived from the
//! user's password, in `lock.json` beside the vault, instead of in the keychain. With
//! the lock on, neither the keychain nor the disk holds anything usable without the
//! password; the unwrapped key lives only in the agent's memory while unlocked.
//!
//! `lock.json`: `{"format": "mfa-companion/lock", "version": 1, "m_kib", "t", "p",
//! "salt", "nonce", "wrapped", "idle_secs"}`; `wrapped` is XChaCha20-Poly1305 of the
//! 32-byte data key under Argon2id(password, salt, m, t, p), with every other field as
//! associated data, so a changed parameter fails like a wrong password.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use argon2::{Argon2, Params};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::vault::{DataKey, VaultError};
use super::write_atomic;

const FILE: &str = "lock.json";
const FORMAT: &str = "mfa-companion/lock";
/// The idle time after which the agent forgets the key, unless set otherwise.
pub const DEFAULT_IDLE_SECS: u64 = 15 * 60;
/// The time one unlock should take here (Argon2id is calibrated to it).
pub const TARGET: Duration = Duration::from_millis(500);
const M_KIB: u32 = 64 * 1024;

/// The lock file's contents (no secret in clear).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LockFile {
    format: String,
    version: u32,
    /// Argon2id memory (KiB), passes and lanes.
    pub m_kib: u32,
    /// Passes.
    pub t: u32,
    /// Lanes.
    pub p: u32,
    salt: String,
    nonce: String,
    wrapped: String,
    /// Seconds of disuse after which the agent forgets the key.
    pub idle_secs: u64,
}

/// The lock file of the data folder `dir`.
pub fn path(dir: &Path) -> PathBuf {
    dir.join(FILE)
}

/// True when the app lock is on for `dir`.
pub fn enabled(dir: &Path) -> bool {
    path(dir).exists()
}

fn io(action: &'static str, path: PathBuf) -> impl FnOnce(io::Error) -> VaultError {
    move |source| VaultError::Io {
        action,
        path,
        source,
    }
}

/// Reads the lock file (`None` when the lock is off).
pub fn read(dir: &Path) -> Result<Option<LockFile>, VaultError> {
    let p = path(dir);
    let text = match fs::read_to_string(&p) {
        Ok(t) => t,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(io("read", p)(e)),
    };
    let lock: LockFile = serde_json::from_str(&text).map_err(|e| VaultError::Damaged {
        path: p.clone(),
        detail: e.to_string(),
    })?;
    if lock.format != FORMAT || lock.version != 1 {
        return Err(VaultError::Damaged {
            path: p,
            detail: "not a version-1 lock file".into(),
        });
    }
    Ok(Some(lock))
}

fn kek(password: &str, salt: &[u8], m_kib: u32, t: u32, p: u32) -> Result<DataKey, String> {
    let params = Params::new(m_kib, t, p, Some(32)).map_err(|e| e.to_string())?;
    let mut key = Zeroizing::new([0u8; 32]);
    Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params)
        .hash_password_into(password.as_bytes(), salt, key.as_mut())
        .map_err(|e| e.to_string())?;
    Ok(key)
}

fn aad(l: &LockFile) -> Vec<u8> {
    format!(
        "{}|{}|{}|{}|{}|{}|{}|{}",
        l.format, l.version, l.m_kib, l.t, l.p, l.salt, l.nonce, l.idle_secs
    )
    .into_bytes()
}

/// The number of Argon2id passes (64 MiB, 1 lane) that takes about [`TARGET`] here: the
/// time of one pass and of three give the fixed cost (filling the memory) and the cost
/// of each further pass.
pub fn calibrate() -> u32 {
    let time = |t| {
        let start = Instant::now();
        let _ = kek("calibration", b"calibration salt", M_KIB, t, 1);
        start.elapsed().as_secs_f64()
    };
    let one = time(1);
    let per_pass = ((time(3) - one) / 2.0).max(0.001);
    let extra = ((TARGET.as_secs_f64() - one) / per_pass).round().max(0.0);
    (1 + extra as u32).clamp(1, 32)
}

/// Wraps `key` under `password` (Argon2id with `t` passes) into a lock file's contents.
pub fn wrap(key: &DataKey, password: &str, t: u32, idle_secs: u64) -> Result<LockFile, VaultError> {
    let mut salt = [0u8; 16];
    let mut nonce = [0u8; 24];
    let rng = |e: getrandom::Error| VaultError::VerifyFailed {
        detail: format!("no randomness: {e}"),
    };
    getrandom::fill(&mut salt).map_err(rng)?;
    getrandom::fill(&mut nonce).map_err(rng)?;
    let b64 = |b: &[u8]| data_encoding::BASE64.encode(b);
    let mut lock = LockFile {
        format: FORMAT.into(),
        version: 1,
        m_kib: M_KIB,
        t,
        p: 1,
        salt: b64(&salt),
        nonce: b64(&nonce),
        wrapped: String::new(),
        idle_secs,
    };
    let kek = kek(password, &salt, lock.m_kib, lock.t, lock.p)
        .map_err(|detail| VaultError::VerifyFailed { detail })?;
    let sealed = XChaCha20Poly1305::new(kek.as_ref().into())
        .encrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: key.as_ref(),
                aad: &aad(&lock),
            },
        )
        .map_err(|_| VaultError::VerifyFailed {
            detail: "encryption failed".into(),
        })?;
    lock.wrapped = b64(&sealed);
    Ok(lock)
}

/// Unwraps the data key with `password`; a wrong password is [`VaultError::WrongPassword`].
pub fn unwrap(lock: &LockFile, password: &str) -> Result<DataKey, VaultError> {
    let b64 = |s: &str| data_encoding::BASE64.decode(s.as_bytes()).ok();
    let damaged = || VaultError::Damaged {
        path: PathBuf::from(FILE),
        detail: "a field is not valid base64 or has the wrong length".into(),
    };
    let salt = b64(&lock.salt)
        .filter(|s| s.len() == 16)
        .ok_or_else(damaged)?;
    let nonce = b64(&lock.nonce)
        .filter(|n| n.len() == 24)
        .ok_or_else(damaged)?;
    let sealed = b64(&lock.wrapped).ok_or_else(damaged)?;
    if lock.m_kib > 1024 * 1024 || lock.t == 0 || lock.t > 64 || lock.p == 0 || lock.p > 16 {
        return Err(damaged());
    }
    let kek = kek(password, &salt, lock.m_kib, lock.t, lock.p)
        .map_err(|detail| VaultError::VerifyFailed { detail })?;
    let plain = Zeroizing::new(
        XChaCha20Poly1305::new(kek.as_ref().into())
            .decrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: &sealed,
                    aad: &aad(lock),
                },
            )
            .map_err(|_| VaultError::WrongPassword)?,
    );
    if plain.len() != 32 {
        return Err(damaged());
    }
    let mut key = Zeroizing::new([0u8; 32]);
    key.copy_from_slice(&plain);
    Ok(key)
}

/// Writes the lock file atomically and checks that it unwraps to `key` with `password`.
pub fn write(dir: &Path, lock: &LockFile, key: &DataKey, password: &str) -> Result<(), VaultError> {
    let p = path(dir);
    let json = serde_json::to_vec_pretty(lock).map_err(|e| VaultError::VerifyFailed {
        detail: e.to_string(),
    })?;
    write_atomic(&p, &json).map_err(io("write", p.clone()))?;
    let back = read(dir)?.ok_or_else(|| VaultError::VerifyFailed {
        detail: "the lock file vanished".into(),
    })?;
    if *unwrap(&back, password)? != **key {
        return Err(VaultError::VerifyFailed {
            detail: "the lock file does not unwrap to the vault's key".into(),
        });
    }
    Ok(())
}

/// Removes the lock file (the lock is then off).
pub fn remove(dir: &Path) -> Result<(), VaultError> {
    let p = path(dir);
    match fs::remove_file(&p) {
        Ok(()) => super::atomic::sync_dir(dir).map_err(io("sync", dir.to_path_buf())),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(io("remove", p)(e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_unwraps_with_the_password_only_and_changed_fields_fail() {
        let key: DataKey = Zeroizing::new([5u8; 32]);
        let lock = wrap(&key, "pw", 1, 60).unwrap();
        assert!(!lock
            .wrapped
            .contains(&data_encoding::BASE64.encode(&[5u8; 32])));
        assert_eq!(*unwrap(&lock, "pw").unwrap(), [5u8; 32]);
        assert!(matches!(
            unwrap(&lock, "other"),
            Err(VaultError::WrongPassword)
        ));
        let mut longer = lock.clone();
        longer.idle_secs = 1_000_000;
        assert!(matches!(
            unwrap(&longer, "pw"),
            Err(VaultError::WrongPassword)
        ));
        let mut weaker = lock;
        weaker.t = 2;
        assert!(matches!(
            unwrap(&weaker, "pw"),
            Err(VaultError::WrongPassword)
        ));
    }

    #[test]
    fn a_written_lock_file_reads_back_and_is_removed_cleanly() {
        let dir = tempfile::tempdir().unwrap();
        let key: DataKey = Zeroizing::new([9u8; 32]);
        let lock = wrap(&key, "pw", 1, 60).unwrap();
        write(dir.path(), &lock, &key, "pw").unwrap();
        assert!(enabled(dir.path()));
        assert_eq!(read(dir.path()).unwrap().unwrap(), lock);
        remove(dir.path()).unwrap();
        assert!(!enabled(dir.path()));
    }
}
