//! Authenticator Pro's (now Stratum's) unencrypted backup (Backup > "no password", or
//! Export > Unencrypted): JSON with `Authenticators` (each `Type`: 1 HOTP, 2 TOTP,
//! 3 mOTP, 4 Steam, 5 Yandex; `Issuer`, `Username`, `Secret` in base32, `Algorithm`:
//! 0 SHA1, 1 SHA256, 2 SHA512; `Digits`, `Period`, `Counter`), `Categories` (`Id`,
//! `Name`) and `AuthenticatorCategories` (`CategoryId`, `AuthenticatorSecret`), which put
//! authenticators into categories by their secret: categories become tags. Icons,
//! rankings and copy counts are not read. mOTP and Yandex entries are reported as
//! unusable. Encrypted backups (starting `AUTHENTICATORPRO` or, before 2022,
//! `AuthenticatorPro`) are opened by `authenticator_pro_encrypted.rs`, which hands the
//! decrypted JSON here.

use std::collections::HashMap;

use serde::Deserialize;
use serde_json::value::RawValue;
use zeroize::Zeroizing;

use super::{from_json, Candidate, Fields, Format, ImportError, SecretField, Unusable};
use crate::i18n::Message;
use crate::otpauth::UriAccount;

const FORMAT: Format = Format::AuthenticatorPro;

/// The headers of Authenticator Pro's encrypted backups (current, then before 2022).
pub const ENCRYPTED_MAGIC: [&[u8]; 2] = [b"AUTHENTICATORPRO", b"AuthenticatorPro"];

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct RawBackup<'a> {
    #[serde(borrow)]
    authenticators: Vec<&'a RawValue>,
    #[serde(default)]
    categories: Option<Vec<RawCategory>>,
    #[serde(default)]
    authenticator_categories: Option<Vec<RawBinding>>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct RawAuthenticator {
    #[serde(rename = "Type")]
    kind: u64,
    #[serde(default)]
    issuer: Option<String>,
    #[serde(default)]
    username: Option<String>,
    secret: Zeroizing<String>,
    #[serde(default)]
    algorithm: Option<u64>,
    digits: Option<u64>,
    period: Option<u64>,
    counter: Option<u64>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct RawCategory {
    id: String,
    name: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct RawBinding {
    category_id: String,
    authenticator_secret: Zeroizing<String>,
}

/// Whether `bytes` is an encrypted Authenticator Pro backup.
pub fn is_encrypted(bytes: &[u8]) -> bool {
    ENCRYPTED_MAGIC.iter().any(|m| bytes.starts_with(m))
}

/// Reads an Authenticator Pro plain backup (or an encrypted one's decrypted content).
pub fn read(bytes: &[u8]) -> Result<Vec<Candidate>, ImportError> {
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::Malformed {
        format: FORMAT.name(),
        detail: "not UTF-8 text".into(),
    })?;
    let raw: RawBackup = from_json(FORMAT, text.trim_start_matches('\u{feff}'))?;
    let categories = raw.categories.unwrap_or_default();
    let bindings = raw.authenticator_categories.unwrap_or_default();
    let by_secret = category_ids(&bindings);
    Ok(raw
        .authenticators
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let label = format!("entry {}", i + 1);
            match serde_json::from_str::<RawAuthenticator>(v.get()) {
                Err(_) => Candidate::new(
                    label,
                    Err(Message::new("import-entry-missing-fields").into()),
                ),
                Ok(a) => {
                    let mut c = Candidate::new(label, entry(&a));
                    c.tags = tags(&a.secret, &categories, &by_secret);
                    c
                }
            }
        })
        .collect())
}

/// The kind named by Authenticator Pro's numeric `Type` (also its database's `type`).
pub(crate) fn kind_name(kind: u64) -> &'static str {
    match kind {
        1 => "hotp",
        2 => "totp",
        3 => "mOTP",
        4 => "steam",
        5 => "Yandex",
        _ => "unknown",
    }
}

/// The algorithm named by Authenticator Pro's numeric `Algorithm`.
pub(crate) fn algorithm_name(algorithm: u64) -> &'static str {
    match algorithm {
        0 => "SHA1",
        1 => "SHA256",
        2 => "SHA512",
        _ => "unknown",
    }
}

fn entry(a: &RawAuthenticator) -> Result<UriAccount, Unusable> {
    let kind = kind_name(a.kind);
    let algorithm = algorithm_name(a.algorithm.unwrap_or(0));
    Fields {
        kind,
        issuer: a.issuer.as_deref().unwrap_or("").trim(),
        name: a.username.as_deref().unwrap_or("").trim(),
        secret: SecretField::Base32(&a.secret),
        algorithm: Some(algorithm),
        digits: a.digits,
        period: a.period.filter(|p| *p > 0),
        counter: a.counter,
    }
    .build()
}

/// The names of the categories holding the authenticator with this secret.
/// The category ids of each secret, in the order the bindings list them: one pass over
/// the bindings, so each entry's tags are one look-up (not a scan of every binding).
fn category_ids(bindings: &[RawBinding]) -> HashMap<&str, Vec<&str>> {
    let mut ids: HashMap<&str, Vec<&str>> = HashMap::new();
    for b in bindings {
        ids.entry(b.authenticator_secret.as_str())
            .or_default()
            .push(b.category_id.as_str());
    }
    ids
}

fn tags(
    secret: &str,
    categories: &[RawCategory],
    by_secret: &HashMap<&str, Vec<&str>>,
) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    for id in by_secret.get(secret).into_iter().flatten() {
        if let Some(c) = categories.iter().find(|c| c.id == *id) {
            if !tags.contains(&c.name) {
                tags.push(c.name.clone());
            }
        }
    }
    tags
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::otp::code_at;

    fn backup(authenticators: &str, extra: &str) -> String {
        format!(r#"{{"Authenticators":[{authenticators}]{extra}}}"#)
    }

    #[test]
    fn types_and_algorithms_are_read_from_their_numbers() {
        let text = backup(
            r#"{"Type":1,"Issuer":"Forge","Username":"dave","Secret":"MZXXEZ3FFVUG65DQFVZWKY3SMV2C2MBR","Algorithm":0,"Digits":6,"Period":30,"Counter":42},
               {"Type":2,"Issuer":"Bank","Username":"bob","Secret":"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZA","Algorithm":1,"Digits":8,"Period":60,"Counter":0},
               {"Type":4,"Issuer":"Steam","Username":"erin","Secret":"63BEDWCQZKTQWPESARIERL5DTTQFCJTK","Algorithm":0,"Digits":5,"Period":30}"#,
            "",
        );
        let all = read(text.as_bytes()).unwrap();
        let labels: Vec<&str> = all.iter().map(|c| c.label.as_str()).collect();
        assert_eq!(labels, ["Forge:dave", "Bank:bob", "Steam:erin"]);
        let forge = all[0].item.as_ref().unwrap();
        assert_eq!(code_at(&forge.params, &forge.secret, 0).code, "424317");
        let bank = all[1].item.as_ref().unwrap();
        assert_eq!(bank.params.digits(), 8);
        let steam = all[2].item.as_ref().unwrap();
        assert_eq!(
            code_at(&steam.params, &steam.secret, 1_700_000_000)
                .code
                .len(),
            5
        );
    }

    #[test]
    fn motp_yandex_and_unknown_algorithms_are_unusable_with_the_reason() {
        let text = backup(
            r#"{"Type":3,"Issuer":"M","Username":"m","Secret":"JBSWY3DPEHPK3PXP","Pin":"1234","Digits":6,"Period":10},
               {"Type":5,"Issuer":"Y","Username":"y","Secret":"JBSWY3DPEHPK3PXP","Pin":"1234","Digits":8,"Period":30},
               {"Type":2,"Issuer":"A","Username":"a","Secret":"JBSWY3DPEHPK3PXP","Algorithm":7},
               {"Type":2,"Issuer":"A"}"#,
            "",
        );
        let reasons: Vec<String> = read(text.as_bytes())
            .unwrap()
            .into_iter()
            .map(|c| c.item.err().unwrap().to_string())
            .collect();
        assert!(reasons[0].contains("MOTP"), "{reasons:?}");
        assert!(reasons[1].contains("YANDEX"), "{reasons:?}");
        assert!(reasons[2].contains("algorithm"), "{reasons:?}");
        assert!(reasons[3].contains("missing"), "{reasons:?}");
    }

    #[test]
    fn categories_become_tags_through_the_authenticator_s_secret() {
        let text = backup(
            r#"{"Type":2,"Issuer":"A","Username":"a","Secret":"JBSWY3DPEHPK3PXP"},
               {"Type":2,"Issuer":"B","Username":"b","Secret":"GEZDGNBVGY3TQOJQ"}"#,
            r#","Categories":[{"Id":"c1","Name":"Work","Ranking":0},{"Id":"c2","Name":"Home","Ranking":1}],
               "AuthenticatorCategories":[{"CategoryId":"c1","AuthenticatorSecret":"JBSWY3DPEHPK3PXP","Ranking":0},
                                          {"CategoryId":"c2","AuthenticatorSecret":"JBSWY3DPEHPK3PXP","Ranking":0},
                                          {"CategoryId":"gone","AuthenticatorSecret":"GEZDGNBVGY3TQOJQ","Ranking":0}]"#,
        );
        let all = read(text.as_bytes()).unwrap();
        assert_eq!(all[0].tags, ["Work", "Home"]);
        assert!(all[1].tags.is_empty());
    }

    #[test]
    fn malformed_backups_quote_nothing() {
        let e = read(br#"{"Authenticators":"JBSWY3DPEHPK3PXP"}"#)
            .err()
            .unwrap();
        assert!(matches!(e, ImportError::Malformed { .. }), "{e}");
        assert!(!e.to_string().contains("JBSW"), "{e}");
    }
}
