//! Raivo OTP's export (Settings > Export OTPs to ZIP archive): a zip protected by the
//! password the user chose (WinZip AES, or ZipCrypto: both are opened), holding
//! `raivo-otp-export.json`, an array of `{"issuer", "account", "secret" (base32),
//! "algorithm", "digits", "timer" (the period), "counter", "kind" ("TOTP" or "HOTP"),
//! "pinned", "iconType", "iconValue"}`; numbers are written as strings. Icons and pins are
//! not read. A wrong password gives the format's wrong-password error.

use serde::Deserialize;
use serde_json::value::RawValue;
use zeroize::Zeroizing;

use super::{
    decrypted, from_json, malformed, zip_file, Candidate, Fields, Format, ImportError, Unusable,
};
use super::{label_of, Parsed, SecretField};
use crate::i18n::Message;

const FORMAT: Format = Format::Raivo;

/// The member holding the export.
pub(crate) const MEMBER: &str = "raivo-otp-export.json";

#[derive(Deserialize)]
struct RawEntry {
    #[serde(default)]
    issuer: String,
    #[serde(default)]
    account: String,
    secret: Zeroizing<String>,
    #[serde(default)]
    algorithm: Option<String>,
    #[serde(default)]
    digits: Option<Number>,
    #[serde(default)]
    timer: Option<Number>,
    #[serde(default)]
    counter: Option<Number>,
    #[serde(default)]
    kind: Option<String>,
}

/// Raivo writes numbers as strings; numbers are taken too.
#[derive(Deserialize)]
#[serde(untagged)]
enum Number {
    Int(u64),
    Text(String),
}

impl Number {
    fn get(n: &Option<Number>) -> Result<Option<u64>, Unusable> {
        match n {
            None => Ok(None),
            Some(Number::Int(v)) => Ok(Some(*v)),
            Some(Number::Text(t)) if t.trim().is_empty() => Ok(None),
            Some(Number::Text(t)) => t
                .trim()
                .parse()
                .map(Some)
                .map_err(|_| Unusable::detail("a number field is not a number")),
        }
    }
}

/// Reads a Raivo OTP zip with `password` (needed when the member is encrypted).
pub fn read(bytes: &[u8], password: Option<&str>) -> Result<Parsed, ImportError> {
    let mut archive = zip_file::open(bytes, FORMAT)?;
    let encrypted = zip_file::is_encrypted(&mut archive, MEMBER)
        .ok_or_else(|| malformed(FORMAT, "the zip holds no raivo-otp-export.json"))?;
    let data = zip_file::read_member(&mut archive, MEMBER, FORMAT, password)?
        .ok_or_else(|| malformed(FORMAT, "the zip holds no raivo-otp-export.json"))?;
    let text = zip_file::text(&data, FORMAT);
    let entries = text.and_then(read_json);
    // Content that a password opened (its checksum or MAC held) but does not parse is
    // damaged, not the wrong file.
    let entries = if encrypted {
        entries.map_err(decrypted)?
    } else {
        entries?
    };
    Ok(Parsed {
        format: FORMAT,
        encrypted,
        entries,
    })
}

/// Reads the JSON array inside the zip.
pub(crate) fn read_json(text: &str) -> Result<Vec<Candidate>, ImportError> {
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
                    let label = label_of(e.issuer.trim(), e.account.trim()).unwrap_or(label);
                    Candidate::new(label, entry(&e))
                }
            }
        })
        .collect())
}

fn entry(e: &RawEntry) -> Result<crate::otpauth::UriAccount, Unusable> {
    Fields {
        kind: e.kind.as_deref().unwrap_or("totp").trim(),
        issuer: e.issuer.trim(),
        name: e.account.trim(),
        secret: SecretField::Base32(&e.secret),
        algorithm: e.algorithm.as_deref(),
        digits: Number::get(&e.digits)?,
        period: Number::get(&e.timer)?,
        counter: Number::get(&e.counter)?,
    }
    .build()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import_export::zip_file::tests::zip_of;
    use crate::otp::code_at;

    const ENTRIES: &str = r#"[
        {"issuer":"Cloud","account":"carol","secret":"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNA","algorithm":"SHA512","digits":"7","timer":"30","counter":"0","kind":"TOTP","pinned":"false","iconType":"","iconValue":""},
        {"issuer":"Forge","account":"dave","secret":"MZXXEZ3FFVUG65DQFVZWKY3SMV2C2MBR","algorithm":"SHA1","digits":"6","timer":"30","counter":"42","kind":"HOTP"},
        {"issuer":"Old","account":"x","secret":"JBSWY3DPEHPK3PXP","algorithm":"MD5","digits":"6","timer":"30","kind":"TOTP"},
        {"issuer":"Broken"}
    ]"#;

    #[test]
    fn totp_and_hotp_entries_keep_string_numbers() {
        let all = read_json(ENTRIES).unwrap();
        assert_eq!(all[0].label, "Cloud:carol");
        let a = all[0].item.as_ref().ok().unwrap();
        assert_eq!(code_at(&a.params, &a.secret, 1_700_000_000).code, "4826435");
        let f = all[1].item.as_ref().ok().unwrap();
        assert_eq!(all[1].label, "Forge:dave");
        assert_eq!(code_at(&f.params, &f.secret, 1_700_000_000).code, "424317");
        assert!(all[2]
            .item
            .as_ref()
            .err()
            .unwrap()
            .to_string()
            .contains("MD5"));
        assert_eq!(all[2].label, "Old:x");
        assert!(all[3]
            .item
            .as_ref()
            .err()
            .unwrap()
            .to_string()
            .contains("missing"));
    }

    #[test]
    fn an_unencrypted_zip_is_read_and_says_so() {
        let z = zip_of(&[(MEMBER, ENTRIES.as_bytes())]);
        let p = read(&z, None).unwrap();
        assert!(!p.encrypted);
        assert_eq!(p.entries.len(), 4);
    }

    #[test]
    fn a_zip_without_the_export_or_not_a_zip_is_refused_naming_raivo() {
        let e = read(&zip_of(&[("other.json", b"[]")]), None).err().unwrap();
        assert!(e.to_string().contains("raivo-otp-export.json"), "{e}");
        let e = read(ENTRIES.as_bytes(), None).err().unwrap();
        assert!(matches!(e, ImportError::Malformed { .. }), "{e}");
        assert!(e.to_string().contains("raivo"), "{e}");
    }
}
