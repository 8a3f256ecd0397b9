//! andOTP's plain JSON backup: an array of entries with `secret` (base32), `issuer`,
//! `label`, `digits`, `type` (`TOTP`, `HOTP`, `STEAM`; `MOTP` is reported as
//! unsupported), `algorithm`, and `period` or `counter`. (andOTP's encrypted backups are
//! a binary format and are not read: export a plain backup.)

use serde::Deserialize;
use serde_json::value::RawValue;
use zeroize::Zeroizing;

use super::{from_json, Candidate, Fields, Format, ImportError, SecretField};
use crate::i18n::Message;

const FORMAT: Format = Format::AndOtp;

#[derive(Deserialize)]
struct RawEntry {
    secret: Zeroizing<String>,
    #[serde(default)]
    issuer: String,
    #[serde(default)]
    label: String,
    digits: Option<u64>,
    #[serde(rename = "type")]
    kind: String,
    algorithm: Option<String>,
    period: Option<u64>,
    counter: Option<u64>,
}

/// Reads an andOTP plain backup.
pub fn read(text: &str) -> Result<Vec<Candidate>, ImportError> {
    // Entries stay borrowed, unparsed slices until each is read into a RawEntry (whose
    // secret is zeroized).
    let raw: Vec<&RawValue> = from_json(FORMAT, text)?;
    Ok(raw
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let label = format!("entry {}", i + 1);
            match serde_json::from_str::<RawEntry>(v.get()) {
                Err(_) => Candidate::new(
                    label,
                    Err(Message::new("import-entry-missing-fields").into()),
                ),
                Ok(e) => {
                    // Older andOTP versions put "Issuer - name" in the label.
                    let name = e
                        .label
                        .strip_prefix(&format!("{} - ", e.issuer))
                        .unwrap_or(&e.label);
                    let item = Fields {
                        kind: &e.kind,
                        issuer: &e.issuer,
                        name,
                        secret: SecretField::Base32(&e.secret),
                        algorithm: e.algorithm.as_deref(),
                        digits: e.digits,
                        period: e.period,
                        counter: e.counter,
                    }
                    .build();
                    Candidate::new(label, item)
                }
            }
        })
        .collect())
}
