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
//! [`write`] writes such a backup, plain or encrypted (with the `reference`).

use std::collections::HashMap;

use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
use data_encoding::BASE64;
use serde::Deserialize;
use serde_json::value::RawValue;
use zeroize::Zeroizing;

use super::{from_json, Candidate, Fields, Format, ImportError, Parsed, SecretField};
use crate::otp::Kind;
use crate::otpauth::UriAccount;

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

fn malformed(detail: impl Into<String>) -> ImportError {
    ImportError::Malformed {
        format: FORMAT.name(),
        detail: detail.into(),
    }
}

/// Reads a 2FAS backup; `password` is needed when it is encrypted.
pub fn read(text: &str, password: Option<&str>) -> Result<Parsed, ImportError> {
    let raw: RawBackup = from_json(FORMAT, text)?;
    if raw.schema_version == 0 {
        return Err(malformed("schemaVersion is 0"));
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
        return Err(malformed("servicesEncrypted does not have three parts"));
    };
    let b64 = |what: &str, s: &str| {
        BASE64
            .decode(s.as_bytes())
            .map_err(|_| malformed(format!("the {what} is not base64")))
    };
    let (ciphertext, salt, iv) = (b64("data", ciphertext)?, b64("salt", salt)?, b64("IV", iv)?);
    if iv.len() != 12 || ciphertext.len() < 16 {
        return Err(malformed("the IV or the data has the wrong length"));
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
        Err(_) => return Candidate::new(label, Err("the entry is missing fields".into())),
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

/// The fixed text 2FAS encrypts under the backup's key (same salt, its own IV) into
/// `reference`, to check a password before it decrypts the services. Not a secret.
const REFERENCE: &str = "tRViSsLKzd86Hprh4ceC2OP7xazn4rrt4xhfEUbOjxLX8Rc3mkISXE0lWbmnWfggogbBJhtYgpK6fMl1D6mtsy92R3HkdGfwuXbzLebqVFJsR7IZ2w58t938iymwG4824igYy1wi6n2WDpO1Q1P69zwJGs2F5a1qP4MyIiDSD7NCV2OvidXQCBnDlGfmz0f1BQySRkkt4ryiJeCjD2o4QsveJ9uDBUn8ELyOrESv5R5DMDkD4iAF8TXU7KyoJujd";

/// Salt length of a written encrypted backup (2FAS' own: 256 bytes).
const SALT_LEN: usize = 256;

/// One account to write.
pub struct Entry<'a> {
    /// The account with its secret.
    pub account: &'a UriAccount,
    /// Its 2FAS group (our first tag), if any.
    pub group: Option<&'a str>,
}

/// A service as 2FAS (schema version 4) writes it; the secret is zeroized on drop.
#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct OutService<'a> {
    name: &'a str,
    secret: Zeroizing<String>,
    updated_at: u64,
    otp: OutOtp<'a>,
    order: OutOrder,
    icon: serde_json::Value,
    #[serde(skip_serializing_if = "Option::is_none")]
    group_id: Option<String>,
}

#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct OutOtp<'a> {
    label: String,
    account: &'a str,
    issuer: &'a str,
    digits: u8,
    period: u32,
    algorithm: &'static str,
    token_type: &'static str,
    source: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    counter: Option<u64>,
}

#[derive(serde::Serialize)]
struct OutOrder {
    position: usize,
}

#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct OutGroup<'a> {
    id: String,
    name: &'a str,
    is_expanded: bool,
    updated_at: u64,
}

/// A 2FAS backup (schema version 4) of `accounts`, each in the group of its first tag:
/// plain without `password` (THE RESULT THEN HOLDS EVERY SECRET IN THE CLEAR), else with
/// the services encrypted as 2FAS does (PBKDF2-HMAC-SHA256 over a 256-byte salt, 10,000
/// iterations, AES-256-GCM) and the `reference` 2FAS checks the password with.
/// `now` is in Unix seconds.
pub fn write(
    accounts: &[Entry],
    password: Option<&str>,
    now: u64,
) -> Result<Zeroizing<Vec<u8>>, std::io::Error> {
    let updated_at = now.saturating_mul(1000);
    // One group per first tag, names compared ignoring case (as the app does).
    let mut groups: Vec<OutGroup> = Vec::new();
    for name in accounts.iter().filter_map(|e| e.group) {
        if !groups
            .iter()
            .any(|g| g.name.to_lowercase() == name.to_lowercase())
        {
            groups.push(OutGroup {
                id: uuid::Uuid::new_v4().to_string(),
                name,
                is_expanded: true,
                updated_at,
            });
        }
    }
    let services: Vec<OutService> = accounts
        .iter()
        .enumerate()
        .map(|(position, e)| {
            let a = e.account;
            let name = if a.issuer.is_empty() {
                &a.account
            } else {
                &a.issuer
            };
            let kind = a.params.kind();
            let initials: String = name.chars().take(2).collect::<String>().to_uppercase();
            OutService {
                name,
                secret: a.secret.to_base32(),
                updated_at,
                otp: OutOtp {
                    label: if a.issuer.is_empty() {
                        a.account.clone()
                    } else {
                        format!("{}:{}", a.issuer, a.account)
                    },
                    account: &a.account,
                    issuer: &a.issuer,
                    digits: a.params.digits(),
                    period: a.params.period().unwrap_or(30),
                    algorithm: a.params.algorithm().as_str(),
                    token_type: match kind {
                        Kind::Totp => "TOTP",
                        Kind::Hotp => "HOTP",
                        Kind::Steam => "STEAM",
                    },
                    source: "Manual",
                    counter: (kind == Kind::Hotp).then(|| a.params.counter().unwrap_or(0)),
                },
                order: OutOrder { position },
                icon: serde_json::json!({
                    "selected": "Label",
                    "label": {"text": initials, "backgroundColor": "LightBlue"},
                    "iconCollection": {"id": "a5b3fb65-4ec5-43e6-8ec1-49e24ca9e7ad"},
                }),
                group_id: e.group.and_then(|t| {
                    groups
                        .iter()
                        .find(|g| g.name.to_lowercase() == t.to_lowercase())
                        .map(|g| g.id.clone())
                }),
            }
        })
        .collect();
    let (plain, sealed, reference) = match password {
        None => (services, None, None),
        Some(password) => {
            let json = Zeroizing::new(serde_json::to_vec(&services).map_err(super::io_other)?);
            let mut salt = [0u8; SALT_LEN];
            getrandom::fill(&mut salt).map_err(super::io_other)?;
            let mut key = Zeroizing::new([0u8; 32]);
            pbkdf2::pbkdf2_hmac::<sha2::Sha256>(
                password.as_bytes(),
                &salt,
                ITERATIONS,
                key.as_mut(),
            );
            let services = seal(&key, &salt, &json)?;
            let reference = seal(&key, &salt, REFERENCE.as_bytes())?;
            (Vec::new(), Some(services), Some(reference))
        }
    };
    let backup = OutBackup {
        services: plain,
        groups,
        updated_at,
        schema_version: 4,
        app_version_code: 0,
        app_version_name: concat!("MFA Companion ", env!("CARGO_PKG_VERSION")),
        app_origin: "android",
        services_encrypted: sealed,
        reference,
    };
    let mut out = Zeroizing::new(Vec::with_capacity(64 * 1024));
    serde_json::to_writer_pretty(&mut *out, &backup).map_err(super::io_other)?;
    out.push(b'\n');
    Ok(out)
}

#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct OutBackup<'a> {
    services: Vec<OutService<'a>>,
    groups: Vec<OutGroup<'a>>,
    updated_at: u64,
    schema_version: u32,
    app_version_code: u32,
    app_version_name: &'static str,
    app_origin: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    services_encrypted: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    reference: Option<String>,
}

/// `base64(ciphertext || tag) ":" base64(salt) ":" base64(iv)` under a fresh IV.
fn seal(key: &[u8; 32], salt: &[u8], plain: &[u8]) -> Result<String, std::io::Error> {
    let mut iv = [0u8; 12];
    getrandom::fill(&mut iv).map_err(super::io_other)?;
    let sealed = Aes256Gcm::new(key.into())
        .encrypt(Nonce::from_slice(&iv), plain)
        .map_err(|_| std::io::Error::other("encryption failed"))?;
    Ok(format!(
        "{}:{}:{}",
        BASE64.encode(&sealed),
        BASE64.encode(salt),
        BASE64.encode(&iv)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_service_s_group_is_read_as_a_tag() {
        let text = r#"{"schemaVersion":4,"groups":[{"id":"g1","name":"Work","isExpanded":true}],
            "services":[
              {"name":"A","secret":"JBSWY3DPEHPK3PXP","groupId":"g1","otp":{"account":"a"}},
              {"name":"B","secret":"JBSWY3DPEHPK3PXQ","groupId":"missing"},
              {"name":"C","secret":"JBSWY3DPEHPK3PXR","groupId":null}]}"#;
        let tags: Vec<Vec<String>> = read(text, None)
            .unwrap()
            .entries
            .into_iter()
            .map(|c| c.tags)
            .collect();
        assert_eq!(tags, vec![vec!["Work".to_string()], vec![], vec![]]);
    }

    #[test]
    fn a_written_backup_reads_back_plain_and_encrypted_with_its_groups() {
        let a = crate::otpauth::parse(
            "otpauth://totp/A:a?secret=JBSWY3DPEHPK3PXP&algorithm=SHA512&digits=8&period=60",
        )
        .unwrap();
        let h =
            crate::otpauth::parse("otpauth://hotp/H:h?secret=JBSWY3DPEHPK3PXQ&counter=7").unwrap();
        let s = crate::otpauth::parse("otpauth://steam/Steam:s?secret=JBSWY3DPEHPK3PXR").unwrap();
        let entries = [
            Entry {
                account: &a,
                group: Some("Work"),
            },
            Entry {
                account: &h,
                group: Some("work"),
            },
            Entry {
                account: &s,
                group: None,
            },
        ];
        for password in [None, Some("pw")] {
            let file = write(&entries, password, 1_700_000_000).unwrap();
            let text = std::str::from_utf8(&file).unwrap();
            assert_eq!(text.contains("JBSWY3DP"), password.is_none());
            let parsed = read(text, password).unwrap();
            assert_eq!(parsed.encrypted, password.is_some());
            let back: Vec<(UriAccount, Vec<String>)> = parsed
                .entries
                .into_iter()
                .map(|c| (c.item.unwrap(), c.tags))
                .collect();
            assert_eq!(back[0], (a.clone(), vec!["Work".to_string()]));
            assert_eq!(back[1], (h.clone(), vec!["Work".to_string()]));
            assert_eq!(back[2], (s.clone(), vec![]));
        }
        // The reference decrypts, under the same password, to 2FAS' fixed text.
        let file = write(&entries, Some("pw"), 0).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&file).unwrap();
        let reference = decrypt(v["reference"].as_str().unwrap(), "pw").unwrap();
        assert_eq!(reference.as_slice(), REFERENCE.as_bytes());
        assert_eq!(v["services"], serde_json::json!([]));
        assert!(matches!(
            read(std::str::from_utf8(&file).unwrap(), Some("nope")),
            Err(ImportError::WrongPassword { .. })
        ));
    }
}
