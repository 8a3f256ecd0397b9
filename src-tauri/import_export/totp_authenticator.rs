//! TOTP Authenticator's (Binary Boot's) internal preferences (Android, from a rooted
//! phone: `/data/data/com.authenticator.authservice2/shared_prefs/
//! TOTP_Authenticator_Preferences.xml`): an Android preferences file (`prefs_xml.rs`)
//! whose string `STATIC_TOTP_CODES_LIST` is a JSON array of strings, each an account as
//! JSON: `name`, `issuer`, `key` (the secret) and `base` (its encoding: 16 hex, 32
//! base32, 64 base64). The app makes SHA1, 6-digit, 30-second codes only. Its encrypted
//! backups are another format (`totp_authenticator_backup.rs`), whose list of accounts
//! is read by [`read_list`] here too.

use data_encoding::{BASE64, HEXLOWER_PERMISSIVE};
use serde::Deserialize;
use zeroize::Zeroizing;

use super::prefs_xml;
use super::{label_of, malformed, Candidate, Fields, Format, ImportError, SecretField, Unusable};
use crate::i18n::Message;

const FORMAT: Format = Format::TotpAuthenticatorXml;

/// The preference holding the accounts.
pub const KEY: &str = "STATIC_TOTP_CODES_LIST";

#[derive(Deserialize)]
struct RawAccount {
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    issuer: Option<String>,
    #[serde(default)]
    key: Option<Zeroizing<String>>,
    #[serde(default)]
    base: Option<u64>,
}

/// Reads TOTP Authenticator's `TOTP_Authenticator_Preferences.xml`.
pub fn read(text: &str) -> Result<Vec<Candidate>, ImportError> {
    let prefs = prefs_xml::strings(text, FORMAT)?;
    let list = prefs
        .iter()
        .find(|p| p.name == KEY)
        .ok_or_else(|| malformed(FORMAT, format!("it has no {KEY} entry")))?;
    read_list(&list.value, FORMAT)
}

/// Reads a JSON list of accounts, each an object or a string holding one (as the
/// preferences keep them); a list that is neither is malformed for `format`.
pub(crate) fn read_list(list: &str, format: Format) -> Result<Vec<Candidate>, ImportError> {
    let accounts: Vec<Option<RawAccount>> =
        if let Ok(texts) = serde_json::from_str::<Vec<Zeroizing<String>>>(list) {
            texts
                .iter()
                .map(|json| serde_json::from_str(json).ok())
                .collect()
        } else {
            // Objects are read in place (no copy of the secrets outside `Zeroizing`).
            serde_json::from_str::<Vec<RawAccount>>(list)
                .map_err(|_| malformed(format, "the accounts are not a JSON list of accounts"))?
                .into_iter()
                .map(Some)
                .collect()
        };
    Ok(accounts
        .iter()
        .enumerate()
        .map(|(i, account)| {
            let label = format!("entry {}", i + 1);
            match account {
                None => Candidate::new(
                    label,
                    Err(Message::new("import-entry-missing-fields").into()),
                ),
                Some(a) => {
                    let issuer = a.issuer.as_deref().unwrap_or("").trim();
                    let name = a.name.as_deref().unwrap_or("").trim();
                    Candidate::new(label_of(issuer, name).unwrap_or(label), entry(a))
                }
            }
        })
        .collect())
}

fn entry(a: &RawAccount) -> Result<crate::otpauth::UriAccount, Unusable> {
    let key = a
        .key
        .as_deref()
        .ok_or_else(|| Message::new("import-entry-no-key-field"))?
        .trim();
    let secret = match a.base {
        Some(32) => SecretField::Base32(key),
        Some(16) => SecretField::Bytes(
            HEXLOWER_PERMISSIVE
                .decode(key.as_bytes())
                .map_err(|_| Message::new("import-entry-secret-not-hex"))?,
        ),
        Some(64) => SecretField::Bytes(
            BASE64
                .decode(key.as_bytes())
                .map_err(|_| Message::new("import-entry-secret-not-base64"))?,
        ),
        Some(n) => {
            return Err(Message::new("import-entry-secret-base")
                .arg("base", n)
                .into())
        }
        None => return Err(Message::new("import-entry-no-secret-base").into()),
    };
    Fields {
        kind: "totp",
        issuer: a.issuer.as_deref().unwrap_or("").trim(),
        name: a.name.as_deref().unwrap_or("").trim(),
        secret,
        algorithm: None,
        digits: None,
        period: None,
        counter: None,
    }
    .build()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::otp::code_at;

    fn prefs(accounts: &[&str]) -> String {
        let list = serde_json::to_string(accounts).unwrap();
        let escaped = list.replace('&', "&amp;").replace('"', "&quot;");
        format!("<?xml version='1.0' encoding='utf-8' standalone='yes' ?>\n<map>\n    <string name=\"{KEY}\">{escaped}</string>\n</map>\n")
    }

    #[test]
    fn secrets_in_base_16_32_and_64_give_the_same_codes() {
        let text = prefs(&[
            r#"{"name":"ann@example.com","issuer":"ACME Co","key":"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ","base":32}"#,
            r#"{"name":"hex","issuer":"H","key":"3132333435363738393031323334353637383930","base":16}"#,
            r#"{"name":"b64","issuer":"B","key":"MTIzNDU2Nzg5MDEyMzQ1Njc4OTA=","base":64}"#,
        ]);
        let all = read(&text).unwrap();
        assert_eq!(all[0].label, "ACME Co:ann@example.com");
        for c in &all {
            let a = c.item.as_ref().unwrap();
            assert_eq!(code_at(&a.params, &a.secret, 1_700_000_000).code, "921300");
        }
    }

    #[test]
    fn unknown_bases_and_bad_secrets_are_unusable_with_the_reason() {
        let text = prefs(&[
            r#"{"name":"a","issuer":"A","key":"JBSWY3DPEHPK3PXP","base":8}"#,
            r#"{"name":"b","issuer":"B","key":"zz","base":16}"#,
            r#"{"name":"c"}"#,
        ]);
        let all = read(&text).unwrap();
        assert_eq!(all[0].label, "A:a");
        assert!(all[0]
            .item
            .as_ref()
            .err()
            .unwrap()
            .to_string()
            .contains("base 8"));
        assert!(all[1]
            .item
            .as_ref()
            .err()
            .unwrap()
            .to_string()
            .contains("hex"));
        assert!(all[2]
            .item
            .as_ref()
            .err()
            .unwrap()
            .to_string()
            .contains("missing"));
    }

    #[test]
    fn a_file_without_the_list_is_refused_naming_the_format() {
        let e = read("<map><string name=\"other\">x</string></map>")
            .err()
            .unwrap();
        assert!(e.to_string().contains("totp-authenticator-xml"), "{e}");
        assert!(e.to_string().contains(KEY), "{e}");
    }
}
