//! Writing a 2FAS backup (schema version 4; see the format in [`super`]): our first tag
//! as the service's group, plain or with the services encrypted as 2FAS does, plus the
//! `reference` 2FAS checks the password with.

use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
use data_encoding::BASE64;
use zeroize::Zeroizing;

use super::ITERATIONS;
use crate::otp::Kind;
use crate::otpauth::UriAccount;

/// The fixed text 2FAS encrypts under the backup's key (same salt, its own IV) into
/// `reference`, to check a password before it decrypts the services. Not a secret.
pub(super) const REFERENCE: &str = "tRViSsLKzd86Hprh4ceC2OP7xazn4rrt4xhfEUbOjxLX8Rc3mkISXE0lWbmnWfggogbBJhtYgpK6fMl1D6mtsy92R3HkdGfwuXbzLebqVFJsR7IZ2w58t938iymwG4824igYy1wi6n2WDpO1Q1P69zwJGs2F5a1qP4MyIiDSD7NCV2OvidXQCBnDlGfmz0f1BQySRkkt4ryiJeCjD2o4QsveJ9uDBUn8ELyOrESv5R5DMDkD4iAF8TXU7KyoJujd";

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
            let json = Zeroizing::new(
                serde_json::to_vec(&services).map_err(crate::import_export::io_other)?,
            );
            let mut salt = [0u8; SALT_LEN];
            getrandom::fill(&mut salt).map_err(crate::import_export::io_other)?;
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
    serde_json::to_writer_pretty(&mut *out, &backup).map_err(crate::import_export::io_other)?;
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
    getrandom::fill(&mut iv).map_err(crate::import_export::io_other)?;
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
