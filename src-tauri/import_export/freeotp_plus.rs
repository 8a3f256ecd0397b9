//! FreeOTP+'s JSON export: `{"tokens": [...], "tokenOrder": [...]}`. Each token has
//! `secret` as an array of signed bytes (Java's `byte[]`), `issuerExt` (shown issuer),
//! `label`, `algo`, `digits`, `period`, `counter` and `type` (`TOTP`, `HOTP`, `STEAM`).
//! The token reader also serves FreeOTP's `tokens.xml` (`freeotp_xml.rs`) and FreeOTP 2's
//! backup (`freeotp_backup.rs`), whose tokens carry no secret: it comes sealed beside them.

use serde::Deserialize;
use serde_json::value::RawValue;
use zeroize::Zeroize;

use super::{from_json, Candidate, Fields, Format, ImportError, SecretField, Unusable};
use crate::i18n::Message;

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
    secret: Option<Vec<i16>>,
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
pub(crate) fn token(json: &str) -> Result<crate::otpauth::UriAccount, Unusable> {
    let missing = || Unusable::from(Message::new("import-entry-missing-fields"));
    let token: RawToken = serde_json::from_str(json).map_err(|_| missing())?;
    let secret = token.secret.as_deref().ok_or_else(missing)?;
    let bytes = signed_bytes(secret)
        .ok_or_else(|| Unusable::detail("the secret holds values outside -128..127"))?;
    build(&token, &token.kind, bytes)
}

/// A FreeOTP 2 token, whose secret `key` was kept apart from it (any `secret` field is
/// ignored). FreeOTP 2 has no Steam type: it shows a TOTP token whose issuer is `Steam`
/// as Steam codes, and so does this.
pub(crate) fn token_with_key(
    json: &str,
    key: Vec<u8>,
) -> Result<crate::otpauth::UriAccount, Unusable> {
    let key = zeroize::Zeroizing::new(key);
    let token: RawToken = serde_json::from_str(json)
        .map_err(|_| Unusable::from(Message::new("import-entry-missing-fields")))?;
    let kind = if token.kind.eq_ignore_ascii_case("totp") && token.issuer_ext == "Steam" {
        "steam"
    } else {
        &token.kind
    };
    build(&token, kind, key.to_vec())
}

/// Java's signed bytes (`byte[]` as JSON numbers), or `None` when one is out of range.
pub(crate) fn signed_bytes(values: &[i16]) -> Option<Vec<u8>> {
    values
        .iter()
        .map(|b| i8::try_from(*b).ok().map(|b| b.to_ne_bytes()[0]))
        .collect()
}

fn build(
    token: &RawToken,
    kind: &str,
    bytes: Vec<u8>,
) -> Result<crate::otpauth::UriAccount, Unusable> {
    let issuer = if token.issuer_ext.is_empty() {
        &token.issuer_int
    } else {
        &token.issuer_ext
    };
    Fields {
        kind,
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
