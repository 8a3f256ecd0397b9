//! Bitwarden's JSON export (unencrypted): `{"encrypted": false, "items": [...]}`. Login
//! items may carry `login.totp`, which is an `otpauth://` URI, a `steam://SECRET`, or a
//! bare base32 secret (then a 6-digit, 30-second SHA1 TOTP named after the item and its
//! username). Items without a TOTP are passwords, not accounts here, and are left out.

use serde::Deserialize;
use zeroize::Zeroizing;

use super::{from_json, Candidate, Fields, Format, ImportError, SecretField};
use crate::otpauth;

const FORMAT: Format = Format::Bitwarden;

#[derive(Deserialize)]
struct RawExport {
    encrypted: bool,
    #[serde(default)]
    items: Vec<RawItem>,
}

#[derive(Deserialize)]
struct RawItem {
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    login: Option<RawLogin>,
}

#[derive(Deserialize)]
struct RawLogin {
    #[serde(default)]
    username: Option<String>,
    #[serde(default)]
    totp: Option<Zeroizing<String>>,
}

/// Reads a Bitwarden JSON export.
pub fn read(text: &str) -> Result<Vec<Candidate>, ImportError> {
    let raw: RawExport = from_json(FORMAT, text)?;
    if raw.encrypted {
        return Err(ImportError::Unsupported {
            format: FORMAT.name(),
            detail: "it is an encrypted Bitwarden export: export again as \"JSON\" (not \"JSON (Encrypted)\")".into(),
        });
    }
    Ok(raw
        .items
        .iter()
        .enumerate()
        .filter_map(|(i, item)| {
            let login = item.login.as_ref()?;
            let totp = login.totp.as_ref().filter(|t| !t.trim().is_empty())?;
            let name = item.name.as_deref().unwrap_or("");
            let user = login.username.as_deref().unwrap_or("");
            Some(entry(i, name, user, totp.trim()))
        })
        .collect())
}

/// One item with a TOTP (also used by the CSV export's reader, `bitwarden_csv.rs`).
pub(super) fn entry(index: usize, name: &str, user: &str, totp: &str) -> Candidate {
    let label = if name.is_empty() {
        format!("item {}", index + 1)
    } else {
        name.to_string()
    };
    let lower = totp.get(..10).unwrap_or(totp).to_ascii_lowercase();
    let item = if lower.starts_with("otpauth:") {
        otpauth::parse(totp)
            .map_err(|e| e.to_string())
            .map(|mut a| {
                // Bitwarden keeps the item's name apart; use it where the URI has none.
                if a.issuer.is_empty() {
                    a.issuer = name.trim().to_string();
                }
                a
            })
    } else {
        let (kind, secret) = match totp.get(..8) {
            Some(p) if p.eq_ignore_ascii_case("steam://") => ("steam", &totp[8..]),
            _ => ("totp", totp),
        };
        Fields {
            kind,
            issuer: name,
            name: user,
            secret: SecretField::Base32(secret),
            algorithm: None,
            digits: None,
            period: None,
            counter: None,
        }
        .build()
    };
    Candidate::new(label, item)
}
