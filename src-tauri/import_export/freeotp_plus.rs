//! FreeOTP+'s JSON export: `{"tokens": [...], "tokenOrder": [...]}`. Each token has
//! `secret` as an array of signed bytes (Java's `byte[]`), `issuerExt` (shown issuer),
//! `label`, `algo`, `digits`, `period`, `counter` and `type` (`TOTP`, `HOTP`, `STEAM`).

use serde::Deserialize;
use serde_json::value::RawValue;
use zeroize::Zeroize;

use super::{from_json, Candidate, Fields, Format, ImportError, SecretField};

const FORMAT: Format = Format::FreeOtpPlus;

/// The file; tokens stay borrowed, unparsed slices until each is read into a
/// [`RawToken`] (whose secret is zeroized).
#[derive(Deserialize)]
struct RawExport<'a> {
    #[serde(borrow)]
    tokens: Vec<&'a RawValue>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawToken {
    secret: Vec<i16>,
    #[serde(default)]
    issuer_ext: String,
    #[serde(default)]
    issuer_int: String,
    #[serde(default)]
    label: String,
    algo: Option<String>,
    digits: Option<u64>,
    period: Option<u64>,
    counter: Option<u64>,
    #[serde(rename = "type")]
    kind: String,
}

impl Drop for RawToken {
    fn drop(&mut self) {
        self.secret.zeroize();
    }
}

/// Reads a FreeOTP+ export.
pub fn read(text: &str) -> Result<Vec<Candidate>, ImportError> {
    let raw: RawExport = from_json(FORMAT, text)?;
    Ok(raw
        .tokens
        .iter()
        .enumerate()
        .map(|(i, v)| Candidate::new(format!("entry {}", i + 1), token(v.get())))
        .collect())
}

/// One token (a JSON object, as in the export and in FreeOTP's internal `tokens.xml`).
pub(crate) fn token(json: &str) -> Result<crate::otpauth::UriAccount, String> {
    let token: RawToken =
        serde_json::from_str(json).map_err(|_| "the entry is missing fields".to_string())?;
    let bytes: Option<Vec<u8>> = token
        .secret
        .iter()
        .map(|b| i8::try_from(*b).ok().map(|b| b.to_ne_bytes()[0]))
        .collect();
    let bytes = bytes.ok_or("the secret holds values outside -128..127")?;
    let issuer = if token.issuer_ext.is_empty() {
        &token.issuer_int
    } else {
        &token.issuer_ext
    };
    Fields {
        kind: &token.kind,
        issuer,
        name: &token.label,
        secret: SecretField::Bytes(bytes),
        algorithm: token.algo.as_deref(),
        digits: token.digits,
        period: token.period,
        counter: token.counter,
    }
    .build()
}
