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
//! - groups: content version 3 lists `"groups": [{"uuid", "name"}]` and each entry the
//!   uuids of its groups in `"groups"`; version 2 entries name one `"group"`. They are
//!   read as tags.
//!
//! [`write_encrypted`] (in `write.rs`) writes such a vault, which Aegis itself opens with
//! the password; [`write_plain`] the plain one.

mod write;

pub use write::{write_encrypted, write_plain, Entry, IconFile};

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use std::collections::HashMap;

use data_encoding::{BASE64, HEXLOWER_PERMISSIVE};
use serde::Deserialize;
use serde_json::value::RawValue;
use zeroize::Zeroizing;

use super::{
    damaged, from_json, malformed, Candidate, Fields, Format, ImportError, Parsed, SecretField,
};
use crate::i18n::Message;
use crate::issuer_icons::Icon;
use crate::storage::icons::IconChoice;

const FORMAT: Format = Format::Aegis;

/// Largest scrypt memory read from a file (128 * r * N bytes): 256 MiB, eight times what
/// Aegis uses (N = 2^15, r = 8: 32 MiB). A hostile file must not make us allocate or
/// compute without bound.
const MAX_SCRYPT_BYTES: u64 = 256 * 1024 * 1024;

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
    /// Content version 3: the groups entries refer to by uuid.
    #[serde(default)]
    groups: Vec<RawGroup>,
}

#[derive(Deserialize)]
struct RawGroup {
    #[serde(default)]
    uuid: String,
    #[serde(default)]
    name: String,
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
    /// Version 3: uuids of its groups.
    #[serde(default)]
    groups: Vec<String>,
    /// Version 2: the name of its one group.
    #[serde(default)]
    group: Option<String>,
    #[serde(default)]
    note: Option<Zeroizing<String>>,
    /// Base64 of an image.
    #[serde(default)]
    icon: Option<String>,
    #[serde(default)]
    icon_mime: Option<String>,
}

#[derive(Deserialize)]
struct RawInfo {
    secret: Zeroizing<String>,
    algo: Option<String>,
    digits: Option<u64>,
    period: Option<u64>,
    counter: Option<u64>,
}

fn hex(field: &str, text: &str) -> Result<Vec<u8>, ImportError> {
    HEXLOWER_PERMISSIVE
        .decode(text.as_bytes())
        .map_err(|_| malformed(FORMAT, format!("{field} is not hex")))
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
        return Err(malformed(
            FORMAT,
            "a nonce, tag or key has the wrong length",
        ));
    }
    let cipher = Aes256Gcm::new_from_slice(key).map_err(|_| malformed(FORMAT, "bad key length"))?;
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
                serde_json::from_str(db).map_err(|_| malformed(FORMAT, "db is not a string"))?;
            let ciphertext = BASE64
                .decode(b64.trim().as_bytes())
                .map_err(|_| malformed(FORMAT, "db is not base64"))?;
            let plain = open(&master, params, &ciphertext)?
                .ok_or_else(|| damaged(FORMAT, "the contents fail authentication"))?;
            let text = std::str::from_utf8(&plain)
                .map_err(|_| damaged(FORMAT, "the contents are not UTF-8"))?;
            entries(text, true)
        }
        _ => Err(malformed(
            FORMAT,
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
            damaged(FORMAT, detail)
        } else {
            malformed(FORMAT, detail)
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
    let groups: HashMap<&str, &str> = db
        .groups
        .iter()
        .map(|g| (g.uuid.as_str(), g.name.as_str()))
        .collect();
    Ok(Parsed {
        format: FORMAT,
        encrypted,
        entries: db
            .entries
            .iter()
            .enumerate()
            .map(|(i, raw)| entry(i, raw, &groups))
            .collect(),
    })
}

fn entry(index: usize, value: &RawValue, groups: &HashMap<&str, &str>) -> Candidate {
    let label = format!("entry {}", index + 1);
    let raw: RawEntry = match serde_json::from_str(value.get()) {
        Ok(r) => r,
        Err(_) => {
            return Candidate::new(
                label,
                Err(Message::new("import-entry-missing-fields").into()),
            )
        }
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
    let mut c = Candidate::new(label, item);
    c.icon = icon_of(&raw, &c);
    // Groups become tags; a uuid with no group is dropped (Aegis does the same).
    c.tags = raw
        .groups
        .iter()
        .filter_map(|uuid| groups.get(uuid.as_str()).map(|name| name.to_string()))
        .chain(raw.group)
        .collect();
    c.note = raw.note.filter(|n| !n.trim().is_empty());
    c
}

/// An entry's icon: one of our bundled set that its issuer would not match anyway (a logo
/// chosen in this app, coming back from an export) is kept by name; one that its issuer
/// matches needs nothing; any other PNG, JPEG or SVG is kept as an image of the user's
/// when it passes the same checks as an image file. An icon that fails them is dropped
/// (the account comes over with its automatic icon).
fn icon_of(raw: &RawEntry, c: &Candidate) -> Option<IconChoice> {
    let data = raw.icon.as_deref()?;
    let mime = raw.icon_mime.as_deref().unwrap_or("image/png");
    if mime == "image/svg+xml" {
        let bytes = BASE64.decode(data.as_bytes()).ok()?;
        if let Some(e) = crate::issuer_icons::recognise_svg(&bytes) {
            let a = c.item.as_ref().ok()?;
            let matched = Icon::for_account(&a.issuer, &a.account);
            return (matched.name() != e.slug).then(|| IconChoice::Set {
                slug: e.slug.clone(),
            });
        }
    }
    crate::issuer_icons::image::check_base64(mime, data)
        .ok()
        .map(IconChoice::from)
}

/// Tries each password slot; the master key, or [`ImportError::WrongPassword`].
fn unwrap_master_key(slots: &[RawSlot], password: &str) -> Result<Zeroizing<Vec<u8>>, ImportError> {
    let mut saw_password_slot = false;
    for slot in slots.iter().filter(|s| s.kind == 1) {
        saw_password_slot = true;
        let (Some(n), Some(r), Some(p), Some(salt)) = (slot.n, slot.r, slot.p, &slot.salt) else {
            return Err(malformed(
                FORMAT,
                "a password slot lacks its scrypt parameters",
            ));
        };
        if !n.is_power_of_two() || n < 2 {
            return Err(malformed(FORMAT, "scrypt N is not a power of two"));
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
            .map_err(|_| malformed(FORMAT, "invalid scrypt parameters"))?;
        let mut derived = Zeroizing::new([0u8; 32]);
        scrypt::scrypt(
            password.as_bytes(),
            &hex("salt", salt)?,
            &params,
            derived.as_mut(),
        )
        .map_err(|_| malformed(FORMAT, "invalid scrypt parameters"))?;
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

#[cfg(test)]
mod tests;
