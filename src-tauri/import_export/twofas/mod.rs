//! 2FAS backups (`.2fas`, JSON), plain and encrypted.
//!
//! - Plain: `{"services": [...], "schemaVersion": N, ...}`; each service has `name`,
//!   `secret` (base32) and `otp` {`account` or `label`, `issuer`, `digits`, `period`,
//!   `algorithm`, `tokenType` (`TOTP`, `HOTP`, `STEAM`), `counter`}.
//! - Encrypted: `services` is empty and `servicesEncrypted` is
//!   `base64(ciphertext || tag) ":" base64(salt) ":" base64(iv)`: AES-256-GCM under
//!   PBKDF2-HMAC-SHA256(password, salt, 10,000 iterations, 32 bytes), 12-byte IV; the
//!   plaintext is the JSON array of services.
//! - Groups: `"groups": [{"id", "name"}]` beside the services (in clear in both kinds),
//!   and a service's `groupId`; a group is read as a tag.
//! - Encrypted backups of 2FAS also carry `reference`: a fixed text sealed like the
//!   services (same key, its own IV), which 2FAS decrypts to check the password.
//!
//! [`write()`] (in `write.rs`) writes such a backup, plain or encrypted (with the `reference`).

mod write;

pub use write::{write, Entry};

use std::collections::HashMap;

use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
use data_encoding::BASE64;
use serde::Deserialize;
use serde_json::value::RawValue;
use zeroize::Zeroizing;

use super::{from_json, malformed, Candidate, Fields, Format, ImportError, Parsed, SecretField};
use crate::i18n::Message;

const FORMAT: Format = Format::TwoFas;

/// PBKDF2 iterations 2FAS uses.
const ITERATIONS: u32 = 10_000;

/// The file; services stay borrowed, unparsed slices until each is read into a
/// [`RawService`] (whose secret is zeroized).
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawBackup<'a> {
    #[serde(default, borrow)]
    services: Vec<&'a RawValue>,
    services_encrypted: Option<Zeroizing<String>>,
    schema_version: u32,
    #[serde(default)]
    groups: Vec<RawGroup>,
}

#[derive(Deserialize)]
struct RawGroup {
    #[serde(default)]
    id: String,
    #[serde(default)]
    name: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawService {
    #[serde(default)]
    name: String,
    secret: Zeroizing<String>,
    otp: Option<RawOtp>,
    #[serde(default)]
    group_id: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct RawOtp {
    account: Option<String>,
    label: Option<String>,
    issuer: Option<String>,
    digits: Option<u64>,
    period: Option<u64>,
    algorithm: Option<String>,
    token_type: Option<String>,
    counter: Option<u64>,
}

/// Reads a 2FAS backup; `password` is needed when it is encrypted.
pub fn read(text: &str, password: Option<&str>) -> Result<Parsed, ImportError> {
    let raw: RawBackup = from_json(FORMAT, text)?;
    if raw.schema_version == 0 {
        return Err(malformed(FORMAT, "schemaVersion is 0"));
    }
    let groups: HashMap<&str, &str> = raw
        .groups
        .iter()
        .map(|g| (g.id.as_str(), g.name.as_str()))
        .collect();
    let Some(sealed) = &raw.services_encrypted else {
        return Ok(parsed(&raw.services, &groups, false));
    };
    let password = password.ok_or(ImportError::NeedsPassword {
        format: FORMAT.name(),
    })?;
    let plain = decrypt(sealed, password)?;
    let damaged = |detail: String| ImportError::Damaged {
        format: FORMAT.name(),
        detail,
    };
    let text =
        std::str::from_utf8(&plain).map_err(|_| damaged("the services are not UTF-8".into()))?;
    let services: Vec<&RawValue> = serde_json::from_str(text).map_err(|e| {
        damaged(format!(
            "the services are not JSON: {}",
            super::json_detail(&e)
        ))
    })?;
    Ok(parsed(&services, &groups, true))
}

fn parsed(services: &[&RawValue], groups: &HashMap<&str, &str>, encrypted: bool) -> Parsed {
    Parsed {
        format: FORMAT,
        encrypted,
        entries: services
            .iter()
            .enumerate()
            .map(|(i, v)| service(i, v, groups))
            .collect(),
    }
}

fn decrypt(sealed: &str, password: &str) -> Result<Zeroizing<Vec<u8>>, ImportError> {
    let parts: Vec<&str> = sealed.trim().split(':').collect();
    let [ciphertext, salt, iv] = parts.as_slice() else {
        return Err(malformed(
            FORMAT,
            "servicesEncrypted does not have three parts",
        ));
    };
    let b64 = |what: &str, s: &str| {
        BASE64
            .decode(s.as_bytes())
            .map_err(|_| malformed(FORMAT, format!("the {what} is not base64")))
    };
    let (ciphertext, salt, iv) = (b64("data", ciphertext)?, b64("salt", salt)?, b64("IV", iv)?);
    if iv.len() != 12 || ciphertext.len() < 16 {
        return Err(malformed(FORMAT, "the IV or the data has the wrong length"));
    }
    let mut key = Zeroizing::new([0u8; 32]);
    pbkdf2::pbkdf2_hmac::<sha2::Sha256>(password.as_bytes(), &salt, ITERATIONS, key.as_mut());
    let cipher = Aes256Gcm::new(key.as_ref().into());
    cipher
        .decrypt(Nonce::from_slice(&iv), ciphertext.as_slice())
        .map(Zeroizing::new)
        .map_err(|_| ImportError::WrongPassword {
            format: FORMAT.name(),
        })
}

fn service(index: usize, value: &RawValue, groups: &HashMap<&str, &str>) -> Candidate {
    let label = format!("entry {}", index + 1);
    let raw: RawService = match serde_json::from_str(value.get()) {
        Ok(r) => r,
        Err(_) => {
            return Candidate::new(
                label,
                Err(Message::new("import-entry-missing-fields").into()),
            )
        }
    };
    let otp = raw.otp.unwrap_or_default();
    let issuer = otp
        .issuer
        .as_deref()
        .filter(|i| !i.is_empty())
        .unwrap_or(&raw.name);
    let name = otp
        .account
        .as_deref()
        .filter(|a| !a.is_empty())
        .or(otp.label.as_deref())
        .unwrap_or("");
    let item = Fields {
        kind: otp.token_type.as_deref().unwrap_or("TOTP"),
        issuer,
        name,
        secret: SecretField::Base32(&raw.secret),
        algorithm: otp.algorithm.as_deref(),
        digits: otp.digits,
        period: otp.period,
        counter: otp.counter,
    }
    .build();
    let mut c = Candidate::new(label, item);
    c.tags = raw
        .group_id
        .as_deref()
        .and_then(|id| groups.get(id))
        .map(|name| vec![name.to_string()])
        .unwrap_or_default();
    c
}

#[cfg(test)]
mod tests;
