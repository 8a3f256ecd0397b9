//! Our own encrypted backup: every account with its secret and its recovery codes, in one
//! file under a password. The format is documented in `docs/backup-format.md`; in short:
//! a 64-byte header (magic, version, algorithm ids, Argon2id parameters, salt, nonce),
//! then the XChaCha20-Poly1305 ciphertext of a JSON document, with the whole header as
//! associated data, under the key Argon2id derives from the password and salt.

use argon2::{Argon2, Params};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::{malformed, Candidate, Format, ImportError, Parsed, RecoveryCodes, Unusable};
use crate::otpauth::{self, UriAccount};
use crate::storage::icons::IconChoice;
use crate::storage::recovery::StoredCode;

/// The first 8 bytes of every backup file.
pub const MAGIC: &[u8; 8] = b"MFACBAK\0";
/// The format version this app writes and reads.
pub const VERSION: u16 = 1;
/// Header length; the header is the associated data.
pub const HEADER_LEN: usize = 64;
const KDF_ARGON2ID: u8 = 1;
const AEAD_XCHACHA20POLY1305: u8 = 1;

/// Argon2id cost this app writes: 64 MiB, 3 passes, 1 lane.
pub const WRITE_COST: Cost = Cost {
    m_kib: 64 * 1024,
    t: 3,
    p: 1,
};
/// Largest memory cost read from a file (1 GiB), so a hostile file cannot exhaust memory.
pub const MAX_M_KIB: u32 = 1024 * 1024;
/// Largest pass and lane counts read from a file.
pub const MAX_T_P: u32 = 16;

/// Argon2id parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cost {
    /// Memory in KiB.
    pub m_kib: u32,
    /// Passes.
    pub t: u32,
    /// Lanes.
    pub p: u32,
}

const FORMAT: Format = Format::Backup;

/// The encrypted document. No `Debug`: it holds secrets.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Contents {
    format: String,
    version: u32,
    created: u64,
    accounts: Vec<BackupAccount>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct BackupAccount {
    uri: Zeroizing<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    recovery: Option<BackupRecovery>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    tags: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    note: Option<Zeroizing<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    icon: Option<IconChoice>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct BackupRecovery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    server: Option<String>,
    codes: Vec<StoredCode>,
}

const CONTENTS_FORMAT: &str = "mfa-companion/backup";

/// One account to write: the account, its recovery codes, if any, and its tags.
pub struct Item<'a> {
    /// The account with its secret.
    pub account: &'a UriAccount,
    /// Its recovery codes.
    pub recovery: Option<&'a RecoveryCodes>,
    /// Its tags.
    pub tags: &'a [String],
    /// Its note.
    pub note: Option<&'a str>,
    /// The icon chosen for it.
    pub icon: Option<&'a IconChoice>,
}

fn header(cost: Cost, salt: &[u8; 16], nonce: &[u8; 24]) -> [u8; HEADER_LEN] {
    let mut h = [0u8; HEADER_LEN];
    h[..8].copy_from_slice(MAGIC);
    h[8..10].copy_from_slice(&VERSION.to_be_bytes());
    h[10] = KDF_ARGON2ID;
    h[11] = AEAD_XCHACHA20POLY1305;
    h[12..16].copy_from_slice(&cost.m_kib.to_be_bytes());
    h[16..20].copy_from_slice(&cost.t.to_be_bytes());
    h[20..24].copy_from_slice(&cost.p.to_be_bytes());
    h[24..40].copy_from_slice(salt);
    h[40..64].copy_from_slice(nonce);
    h
}

fn derive(password: &str, salt: &[u8], cost: Cost) -> Result<Zeroizing<[u8; 32]>, String> {
    let params = Params::new(cost.m_kib, cost.t, cost.p, Some(32)).map_err(|e| e.to_string())?;
    let mut key = Zeroizing::new([0u8; 32]);
    Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params)
        .hash_password_into(password.as_bytes(), salt, key.as_mut())
        .map_err(|e| e.to_string())?;
    Ok(key)
}

/// A backup key derived from a password, with the salt and cost it was derived with:
/// derived once (the slow part), it seals and opens any number of backups. No `Debug`.
pub struct BackupKey {
    salt: [u8; 16],
    cost: Cost,
    key: Zeroizing<[u8; 32]>,
}

impl BackupKey {
    /// Derives a key from `password` with a fresh salt.
    pub fn derive(password: &str, cost: Cost) -> Result<Self, std::io::Error> {
        let mut salt = [0u8; 16];
        getrandom::fill(&mut salt).map_err(super::io_other)?;
        let key = derive(password, &salt, cost).map_err(super::io_other)?;
        Ok(BackupKey { salt, cost, key })
    }

    /// The key as text to keep in the keychain: base64 of salt, cost and key.
    pub fn to_text(&self) -> Zeroizing<String> {
        let mut raw = Zeroizing::new(Vec::with_capacity(16 + 12 + 32));
        raw.extend_from_slice(&self.salt);
        raw.extend_from_slice(&self.cost.m_kib.to_be_bytes());
        raw.extend_from_slice(&self.cost.t.to_be_bytes());
        raw.extend_from_slice(&self.cost.p.to_be_bytes());
        raw.extend_from_slice(self.key.as_ref());
        Zeroizing::new(data_encoding::BASE64.encode(&raw))
    }

    /// Reads [`BackupKey::to_text`]'s form back; `None` when it is not that.
    pub fn from_text(text: &str) -> Option<Self> {
        let raw = Zeroizing::new(data_encoding::BASE64.decode(text.trim().as_bytes()).ok()?);
        if raw.len() != 16 + 12 + 32 {
            return None;
        }
        let mut salt = [0u8; 16];
        salt.copy_from_slice(&raw[..16]);
        let cost = Cost {
            m_kib: be32(&raw[16..20]),
            t: be32(&raw[20..24]),
            p: be32(&raw[24..28]),
        };
        let mut key = Zeroizing::new([0u8; 32]);
        key.copy_from_slice(&raw[28..]);
        Some(BackupKey { salt, cost, key })
    }

    /// True when `bytes` is a backup made with this key's salt and cost.
    pub fn made_this(&self, bytes: &[u8]) -> bool {
        bytes.len() >= HEADER_LEN
            && bytes[24..40] == self.salt
            && be32(&bytes[12..16]) == self.cost.m_kib
            && be32(&bytes[16..20]) == self.cost.t
            && be32(&bytes[20..24]) == self.cost.p
    }
}

/// Writes a backup of `items` under `password` with the given cost.
pub fn write(
    items: &[Item],
    password: &str,
    cost: Cost,
    now: u64,
) -> Result<Vec<u8>, std::io::Error> {
    write_with(items, &BackupKey::derive(password, cost)?, now)
}

/// Writes a backup of `items` under an already derived key (fresh nonce each time).
pub fn write_with(items: &[Item], key: &BackupKey, now: u64) -> Result<Vec<u8>, std::io::Error> {
    let contents = Contents {
        format: CONTENTS_FORMAT.into(),
        version: 1,
        created: now,
        accounts: items
            .iter()
            .map(|i| BackupAccount {
                uri: otpauth::format(
                    &i.account.issuer,
                    &i.account.account,
                    &i.account.params,
                    &i.account.secret,
                ),
                recovery: i.recovery.map(|r| BackupRecovery {
                    server: r.server.clone(),
                    codes: r.codes.clone(),
                }),
                tags: i.tags.to_vec(),
                note: i.note.map(|n| Zeroizing::new(n.to_string())),
                icon: i.icon.cloned(),
            })
            .collect(),
    };
    let plain = Zeroizing::new(serde_json::to_vec(&contents).map_err(super::io_other)?);
    drop(contents);
    let mut nonce = [0u8; 24];
    getrandom::fill(&mut nonce).map_err(super::io_other)?;
    let h = header(key.cost, &key.salt, &nonce);
    let cipher = XChaCha20Poly1305::new(key.key.as_ref().into());
    let sealed = cipher
        .encrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: &plain,
                aad: &h,
            },
        )
        .map_err(|_| std::io::Error::other("encryption failed"))?;
    let mut out = h.to_vec();
    out.extend_from_slice(&sealed);
    Ok(out)
}

fn be32(b: &[u8]) -> u32 {
    let mut a = [0u8; 4];
    a.copy_from_slice(&b[..4]);
    u32::from_be_bytes(a)
}

/// Reads a backup; it always needs the password.
pub fn read(bytes: &[u8], password: Option<&str>) -> Result<Parsed, ImportError> {
    if bytes.len() < HEADER_LEN + 16 {
        return Err(malformed(FORMAT, "the file is cut short"));
    }
    let (h, sealed) = bytes.split_at(HEADER_LEN);
    if &h[..8] != MAGIC {
        return Err(malformed(
            FORMAT,
            "it does not start with the backup signature",
        ));
    }
    let version = u16::from_be_bytes([h[8], h[9]]);
    if version != VERSION || h[10] != KDF_ARGON2ID || h[11] != AEAD_XCHACHA20POLY1305 {
        return Err(ImportError::Unsupported {
            format: FORMAT.name(),
            detail: format!(
                "it is format version {version} (algorithms {}/{}); this app reads version {VERSION}: upgrade the app",
                h[10], h[11]
            ),
        });
    }
    let cost = Cost {
        m_kib: be32(&h[12..16]),
        t: be32(&h[16..20]),
        p: be32(&h[20..24]),
    };
    if cost.m_kib > MAX_M_KIB || cost.t == 0 || cost.t > MAX_T_P || cost.p == 0 || cost.p > MAX_T_P
    {
        return Err(ImportError::Unsupported {
            format: FORMAT.name(),
            detail: "its Argon2id cost exceeds this app's limits (1 GiB, 16 passes, 16 lanes)"
                .into(),
        });
    }
    let password = password.ok_or(ImportError::NeedsPassword {
        format: FORMAT.name(),
    })?;
    let key = derive(password, &h[24..40], cost)
        .map_err(|e| malformed(FORMAT, format!("invalid Argon2id parameters ({e})")))?;
    open_with(h, sealed, &key)
}

/// Reads a backup made with `key` (an automatic backup), without deriving anything; a
/// backup made with another password or salt is [`ImportError::WrongPassword`].
pub fn read_with(bytes: &[u8], key: &BackupKey) -> Result<Parsed, ImportError> {
    if bytes.len() < HEADER_LEN + 16 {
        return Err(malformed(FORMAT, "the file is cut short"));
    }
    if &bytes[..8] != MAGIC {
        return Err(malformed(
            FORMAT,
            "it does not start with the backup signature",
        ));
    }
    if !key.made_this(bytes) {
        return Err(ImportError::WrongPassword {
            format: FORMAT.name(),
        });
    }
    let (h, sealed) = bytes.split_at(HEADER_LEN);
    open_with(h, sealed, &key.key)
}

fn open_with(h: &[u8], sealed: &[u8], key: &[u8; 32]) -> Result<Parsed, ImportError> {
    let cipher = XChaCha20Poly1305::new(key.into());
    let plain = Zeroizing::new(
        cipher
            .decrypt(
                XNonce::from_slice(&h[40..64]),
                Payload {
                    msg: sealed,
                    aad: h,
                },
            )
            .map_err(|_| ImportError::WrongPassword {
                format: FORMAT.name(),
            })?,
    );
    let contents: Contents = serde_json::from_slice(&plain).map_err(|e| ImportError::Damaged {
        format: FORMAT.name(),
        detail: super::json_detail(&e),
    })?;
    if contents.format != CONTENTS_FORMAT || contents.version != 1 {
        return Err(ImportError::Unsupported {
            format: FORMAT.name(),
            detail: format!(
                "its contents are version {}; upgrade the app",
                contents.version
            ),
        });
    }
    let entries = contents
        .accounts
        .into_iter()
        .enumerate()
        .map(|(i, a)| {
            let mut c = Candidate::new(
                format!("entry {}", i + 1),
                otpauth::parse(&a.uri).map_err(Unusable::from),
            );
            c.recovery = a.recovery.map(|r| RecoveryCodes {
                server: r.server,
                codes: r.codes,
            });
            c.tags = a.tags;
            c.note = a.note;
            c.icon = a.icon;
            c
        })
        .collect();
    Ok(Parsed {
        format: FORMAT,
        encrypted: true,
        entries,
    })
}

#[cfg(test)]
mod tests;
