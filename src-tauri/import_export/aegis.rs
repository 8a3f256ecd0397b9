//! Aegis vault exports (JSON), plain and encrypted, as documented in Aegis'
//! `docs/vault.md`:
//!
//! - `{"version": 1, "header": {"slots": [...] | null, "params": {...} | null}, "db": ...}`;
//! - plain: `db` is the content object; encrypted: `db` is base64 of the AES-256-GCM
//!   ciphertext of that object under a random 256-bit master key, with the nonce and tag
//!   in `header.params` (hex);
//! - each password slot (type 1) holds the master key wrapped with AES-256-GCM under
//!   `scrypt(password, salt, N, r, p)` (32 bytes), nonce and tag in `key_params`;
//! - content: `{"version": 1|2|3, "entries": [{"type", "name", "issuer", "info":
//!   {"secret" (base32), "algo", "digits", "period" | "counter"}}]}`; types `totp`,
//!   `hotp`, `steam` (Yandex and mOTP are reported as unsupported).
//!
//! [`write_encrypted`] writes such a vault, which Aegis itself opens with the password.

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use data_encoding::{BASE64, HEXLOWER, HEXLOWER_PERMISSIVE};
use serde::Deserialize;
use serde_json::json;
use serde_json::value::RawValue;
use zeroize::Zeroizing;

use super::{from_json, Candidate, Fields, Format, ImportError, Parsed, SecretField};
use crate::otp::Kind;
use crate::otpauth::UriAccount;

const FORMAT: Format = Format::Aegis;

/// Largest scrypt memory read from a file (128 * r * N bytes): 256 MiB, eight times what
/// Aegis uses (N = 2^15, r = 8: 32 MiB). A hostile file must not make us allocate or
/// compute without bound.
const MAX_SCRYPT_BYTES: u64 = 256 * 1024 * 1024;

/// Parameters written by [`write_encrypted`] (Aegis' own: N = 2^15, r = 8, p = 1).
const WRITE_LOG_N: u8 = 15;

/// The file. Entries stay borrowed, unparsed slices of the input until each is read
/// into a [`RawEntry`] (whose secret is zeroized): no stray copy of a secret is made.
#[derive(Deserialize)]
struct RawVault<'a> {
    version: u32,
    header: RawHeader,
    #[serde(borrow)]
    db: &'a RawValue,
}

#[derive(Deserialize)]
struct RawHeader {
    slots: Option<Vec<RawSlot>>,
    params: Option<RawParams>,
}

#[derive(Deserialize)]
struct RawSlot {
    #[serde(rename = "type")]
    kind: u32,
    key: String,
    key_params: RawParams,
    n: Option<u64>,
    r: Option<u32>,
    p: Option<u32>,
    salt: Option<String>,
}

#[derive(Deserialize)]
struct RawParams {
    nonce: String,
    tag: String,
}

#[derive(Deserialize)]
struct RawDb<'a> {
    version: u32,
    #[serde(borrow)]
    entries: Vec<&'a RawValue>,
}

/// One entry, read leniently: a bad entry is reported, the rest import.
#[derive(Deserialize)]
struct RawEntry {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    issuer: String,
    info: RawInfo,
}

#[derive(Deserialize)]
struct RawInfo {
    secret: Zeroizing<String>,
    algo: Option<String>,
    digits: Option<u64>,
    period: Option<u64>,
    counter: Option<u64>,
}

fn malformed(detail: impl Into<String>) -> ImportError {
    ImportError::Malformed {
        format: FORMAT.name(),
        detail: detail.into(),
    }
}

fn damaged(detail: impl Into<String>) -> ImportError {
    ImportError::Damaged {
        format: FORMAT.name(),
        detail: detail.into(),
    }
}

fn hex(field: &str, text: &str) -> Result<Vec<u8>, ImportError> {
    HEXLOWER_PERMISSIVE
        .decode(text.as_bytes())
        .map_err(|_| malformed(format!("{field} is not hex")))
}

/// Decrypts `ciphertext || tag` with AES-256-GCM; `None` when authentication fails.
fn open(
    key: &[u8],
    params: &RawParams,
    ciphertext: &[u8],
) -> Result<Option<Zeroizing<Vec<u8>>>, ImportError> {
    let nonce = hex("nonce", &params.nonce)?;
    let tag = hex("tag", &params.tag)?;
    if nonce.len() != 12 || tag.len() != 16 || key.len() != 32 {
        return Err(malformed("a nonce, tag or key has the wrong length"));
    }
    let cipher = Aes256Gcm::new_from_slice(key).map_err(|_| malformed("bad key length"))?;
    let mut sealed = Vec::with_capacity(ciphertext.len() + 16);
    sealed.extend_from_slice(ciphertext);
    sealed.extend_from_slice(&tag);
    Ok(cipher
        .decrypt(Nonce::from_slice(&nonce), Payload::from(sealed.as_slice()))
        .ok()
        .map(Zeroizing::new))
}

/// Reads an Aegis export; `password` is needed when it is encrypted.
pub fn read(text: &str, password: Option<&str>) -> Result<Parsed, ImportError> {
    let vault: RawVault = from_json(FORMAT, text)?;
    if vault.version != 1 {
        return Err(ImportError::Unsupported {
            format: FORMAT.name(),
            detail: format!(
                "vault version {} is newer than this app reads (1)",
                vault.version
            ),
        });
    }
    let db = vault.db.get().trim_start();
    match (&vault.header.slots, &vault.header.params) {
        (None, None) if db.starts_with('{') => entries(db, false),
        (Some(slots), Some(params)) if db.starts_with('"') => {
            let password = password.ok_or(ImportError::NeedsPassword {
                format: FORMAT.name(),
            })?;
            let master = unwrap_master_key(slots, password)?;
            let b64: String =
                serde_json::from_str(db).map_err(|_| malformed("db is not a string"))?;
            let ciphertext = BASE64
                .decode(b64.trim().as_bytes())
                .map_err(|_| malformed("db is not base64"))?;
            let plain = open(&master, params, &ciphertext)?
                .ok_or_else(|| damaged("the contents fail authentication"))?;
            let text =
                std::str::from_utf8(&plain).map_err(|_| damaged("the contents are not UTF-8"))?;
            entries(text, true)
        }
        _ => Err(malformed(
            "header and db do not agree on whether it is encrypted",
        )),
    }
}

/// Reads the content object (`{"version", "entries"}`).
fn entries(db: &str, encrypted: bool) -> Result<Parsed, ImportError> {
    let db: RawDb = serde_json::from_str(db).map_err(|e| {
        let detail = format!(
            "the contents have no entries list: {}",
            super::json_detail(&e)
        );
        if encrypted {
            damaged(detail)
        } else {
            malformed(detail)
        }
    })?;
    if db.version > 3 {
        return Err(ImportError::Unsupported {
            format: FORMAT.name(),
            detail: format!(
                "content version {} is newer than this app reads (3)",
                db.version
            ),
        });
    }
    Ok(Parsed {
        format: FORMAT,
        encrypted,
        entries: db
            .entries
            .iter()
            .enumerate()
            .map(|(i, raw)| entry(i, raw))
            .collect(),
    })
}

fn entry(index: usize, value: &RawValue) -> Candidate {
    let label = format!("entry {}", index + 1);
    let raw: RawEntry = match serde_json::from_str(value.get()) {
        Ok(r) => r,
        Err(_) => return Candidate::new(label, Err("the entry is missing fields".into())),
    };
    let item = Fields {
        kind: &raw.kind,
        issuer: &raw.issuer,
        name: &raw.name,
        secret: SecretField::Base32(&raw.info.secret),
        algorithm: raw.info.algo.as_deref(),
        digits: raw.info.digits,
        period: raw.info.period,
        counter: raw.info.counter,
    }
    .build();
    Candidate::new(label, item)
}

/// Tries each password slot; the master key, or [`ImportError::WrongPassword`].
fn unwrap_master_key(slots: &[RawSlot], password: &str) -> Result<Zeroizing<Vec<u8>>, ImportError> {
    let mut saw_password_slot = false;
    for slot in slots.iter().filter(|s| s.kind == 1) {
        saw_password_slot = true;
        let (Some(n), Some(r), Some(p), Some(salt)) = (slot.n, slot.r, slot.p, &slot.salt) else {
            return Err(malformed("a password slot lacks its scrypt parameters"));
        };
        if !n.is_power_of_two() || n < 2 {
            return Err(malformed("scrypt N is not a power of two"));
        }
        let log_n = u8::try_from(n.trailing_zeros()).unwrap_or(u8::MAX);
        let memory = 128u64.saturating_mul(u64::from(r)).saturating_mul(n);
        if r == 0 || p == 0 || memory > MAX_SCRYPT_BYTES || p > 4 {
            return Err(ImportError::Unsupported {
                format: FORMAT.name(),
                detail: "its scrypt parameters exceed this app's limits (at most 256 MiB of memory and p at most 4)".into(),
            });
        }
        let params = scrypt::Params::new(log_n, r, p, 32)
            .map_err(|_| malformed("invalid scrypt parameters"))?;
        let mut derived = Zeroizing::new([0u8; 32]);
        scrypt::scrypt(
            password.as_bytes(),
            &hex("salt", salt)?,
            &params,
            derived.as_mut(),
        )
        .map_err(|_| malformed("invalid scrypt parameters"))?;
        let wrapped = hex("key", &slot.key)?;
        if let Some(master) = open(derived.as_ref(), &slot.key_params, &wrapped)? {
            return Ok(master);
        }
    }
    if saw_password_slot {
        Err(ImportError::WrongPassword {
            format: FORMAT.name(),
        })
    } else {
        Err(ImportError::Unsupported {
            format: FORMAT.name(),
            detail: "it has no password slot (only biometric or raw keys): export it from Aegis with a password".into(),
        })
    }
}

/// The content written: secrets stay in zeroizing strings until serialized.
#[derive(serde::Serialize)]
struct OutDb<'a> {
    version: u32,
    entries: Vec<OutEntry<'a>>,
}

#[derive(serde::Serialize)]
struct OutEntry<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    uuid: String,
    name: &'a str,
    issuer: &'a str,
    note: &'static str,
    favorite: bool,
    icon: Option<String>,
    info: OutInfo,
}

#[derive(serde::Serialize)]
struct OutInfo {
    secret: Zeroizing<String>,
    algo: &'static str,
    digits: u8,
    #[serde(skip_serializing_if = "Option::is_none")]
    period: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    counter: Option<u64>,
}

fn random<const N: usize>() -> Result<[u8; N], std::io::Error> {
    let mut b = [0u8; N];
    getrandom::fill(&mut b).map_err(super::io_other)?;
    Ok(b)
}

/// AES-256-GCM output as Aegis stores it: ciphertext, nonce, tag.
type Sealed = (Vec<u8>, [u8; 12], Vec<u8>);

/// AES-256-GCM under a fresh random nonce.
fn seal(key: &[u8; 32], plain: &[u8]) -> Result<Sealed, std::io::Error> {
    let nonce = random::<12>()?;
    let cipher = Aes256Gcm::new(key.into());
    let mut sealed = cipher
        .encrypt(Nonce::from_slice(&nonce), plain)
        .map_err(|_| std::io::Error::other("encryption failed"))?;
    let tag = sealed.split_off(sealed.len() - 16);
    Ok((sealed, nonce, tag))
}

fn params_json(nonce: &[u8], tag: &[u8]) -> serde_json::Value {
    json!({"nonce": HEXLOWER.encode(nonce), "tag": HEXLOWER.encode(tag)})
}

/// An encrypted Aegis vault holding `accounts`, with one password slot. The result
/// holds no plaintext secret.
pub fn write_encrypted(
    accounts: &[&UriAccount],
    password: &str,
) -> Result<Vec<u8>, std::io::Error> {
    let entries: Vec<OutEntry> = accounts
        .iter()
        .map(|a| {
            let hotp = a.params.kind() == Kind::Hotp;
            OutEntry {
                kind: a.params.kind().as_str(),
                uuid: uuid::Uuid::new_v4().to_string(),
                name: &a.account,
                issuer: &a.issuer,
                note: "",
                favorite: false,
                icon: None,
                info: OutInfo {
                    secret: a.secret.to_base32(),
                    algo: a.params.algorithm().as_str(),
                    digits: a.params.digits(),
                    period: (!hotp).then(|| a.params.period().unwrap_or(30)),
                    counter: hotp.then(|| a.params.counter().unwrap_or(0)),
                },
            }
        })
        .collect();
    let db = Zeroizing::new(
        serde_json::to_vec(&OutDb {
            version: 2,
            entries,
        })
        .map_err(super::io_other)?,
    );
    let master = Zeroizing::new(random::<32>()?);
    let (ciphertext, db_nonce, db_tag) = seal(&master, &db)?;
    let salt = random::<32>()?;
    let params = scrypt::Params::new(WRITE_LOG_N, 8, 1, 32).map_err(super::io_other)?;
    let mut derived = Zeroizing::new([0u8; 32]);
    scrypt::scrypt(password.as_bytes(), &salt, &params, derived.as_mut())
        .map_err(super::io_other)?;
    let (wrapped, key_nonce, key_tag) = seal(&derived, master.as_ref())?;
    let vault = json!({
        "version": 1,
        "header": {
            "slots": [{
                "type": 1,
                "uuid": uuid::Uuid::new_v4().to_string(),
                "key": HEXLOWER.encode(&wrapped),
                "key_params": params_json(&key_nonce, &key_tag),
                "n": 1u64 << WRITE_LOG_N,
                "r": 8,
                "p": 1,
                "salt": HEXLOWER.encode(&salt),
                "repaired": true,
                "is_backup": false,
            }],
            "params": params_json(&db_nonce, &db_tag),
        },
        "db": BASE64.encode(&ciphertext),
    });
    let mut out = serde_json::to_vec_pretty(&vault).map_err(super::io_other)?;
    out.push(b'\n');
    Ok(out)
}
