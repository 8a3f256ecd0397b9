//! Proton Authenticator's JSON export (Settings > Export, without a password):
//! `{"version": 1, "entries": [{"id", "content": {"uri", "entry_type", "name"}, "note"}]}`.
//!
//! `entry_type` is `Totp`, whose `uri` is an `otpauth://totp` URI, or `Steam`, whose `uri`
//! is `steam://SECRET` (base32; the account is then named by `content.name`, the issuer is
//! Steam). `content.name` also names a TOTP account whose URI has no account name; `note`
//! becomes the account's note. A password-protected export (`{"version", "salt",
//! "content"}`) is refused with what to do instead.

use serde::Deserialize;
use serde_json::value::RawValue;
use zeroize::Zeroizing;

use super::{from_json, Candidate, Fields, Format, ImportError, SecretField, Unusable};
use crate::i18n::Message;
use crate::otpauth::{self, UriAccount};

const FORMAT: Format = Format::Proton;

#[derive(Deserialize)]
struct RawExport<'a> {
    version: u64,
    #[serde(borrow)]
    entries: Option<Vec<&'a RawValue>>,
    #[serde(borrow)]
    salt: Option<&'a RawValue>,
}

#[derive(Deserialize)]
struct RawEntry {
    content: RawContent,
    #[serde(default)]
    note: Option<Zeroizing<String>>,
}

#[derive(Deserialize)]
struct RawContent {
    uri: Zeroizing<String>,
    entry_type: String,
    #[serde(default)]
    name: Option<String>,
}

/// Reads a Proton Authenticator JSON export.
pub fn read(text: &str) -> Result<Vec<Candidate>, ImportError> {
    let raw: RawExport = from_json(FORMAT, text)?;
    let entries = match (raw.entries, raw.salt) {
        (Some(entries), None) => entries,
        (None, Some(_)) => {
            return Err(ImportError::Unsupported {
                format: FORMAT.name(),
                detail: "it is a password-protected export: export again from Proton Authenticator without a password".into(),
            })
        }
        _ => {
            return Err(ImportError::Malformed {
                format: FORMAT.name(),
                detail: "no entries".into(),
            })
        }
    };
    if raw.version != 1 {
        return Err(ImportError::Unsupported {
            format: FORMAT.name(),
            detail: format!(
                "export version {} is not known (only version 1 is read)",
                raw.version
            ),
        });
    }
    Ok(entries
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
                    let mut c = Candidate::new(label, entry(&e.content));
                    c.note = e.note.filter(|n| !n.trim().is_empty());
                    c
                }
            }
        })
        .collect())
}

fn entry(content: &RawContent) -> Result<UriAccount, Unusable> {
    let name = content.name.as_deref().unwrap_or("").trim();
    let uri = content.uri.trim();
    match content.entry_type.as_str() {
        "Totp" | "TOTP" | "totp" => {
            let mut account = otpauth::parse(uri)?;
            if account.account.is_empty() && account.issuer != name {
                account.account = otpauth::validate_name("account name", name)?;
            }
            Ok(account)
        }
        "Steam" | "STEAM" | "steam" => {
            let secret = uri
                .get(..8)
                .filter(|p| p.eq_ignore_ascii_case("steam://"))
                .and_then(|_| uri.get(8..))
                .ok_or_else(|| Message::new("import-entry-proton-steam-link"))?;
            Fields {
                kind: "steam",
                issuer: "Steam",
                name,
                secret: SecretField::Base32(secret),
                algorithm: None,
                digits: None,
                period: None,
                counter: None,
            }
            .build()
        }
        other => Err(Message::new("import-entry-proton-type")
            .arg("type", other.chars().take(16).collect::<String>())
            .into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::otp::code_at;

    const RFC: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    fn one(entry: &str) -> Candidate {
        let text = format!(r#"{{"version":1,"entries":[{entry}]}}"#);
        let mut all = read(&text).unwrap();
        assert_eq!(all.len(), 1);
        all.remove(0)
    }

    #[test]
    fn totp_uris_keep_their_parameters_and_the_note() {
        let c = one(&format!(
            r#"{{"id":"a","content":{{"uri":"otpauth://totp/Bank:bob?secret={RFC}&issuer=Bank&algorithm=SHA256&digits=8&period=60","entry_type":"Totp","name":"bob"}},"note":"desk 3"}}"#
        ));
        let a = c.item.as_ref().unwrap();
        assert_eq!(c.label, "Bank:bob");
        assert_eq!(a.params.digits(), 8);
        assert_eq!(c.note.as_deref().map(|n| n.as_str()), Some("desk 3"));
    }

    #[test]
    fn steam_links_become_steam_accounts_named_by_the_entry() {
        let c = one(
            r#"{"id":"s","content":{"uri":"steam://63BEDWCQZKTQWPESARIERL5DTTQFCJTK","entry_type":"Steam","name":"erin"},"note":null}"#,
        );
        let a = c.item.as_ref().unwrap();
        assert_eq!(c.label, "Steam:erin");
        assert_eq!(code_at(&a.params, &a.secret, 1_700_000_000).code.len(), 5);
    }

    #[test]
    fn a_uri_without_account_name_takes_the_entry_name() {
        let c = one(&format!(
            r#"{{"id":"a","content":{{"uri":"otpauth://totp/?secret={RFC}&issuer=Forge","entry_type":"Totp","name":"dave"}}}}"#
        ));
        assert_eq!(c.label, "Forge:dave");
    }

    #[test]
    fn unknown_entry_types_and_bad_links_are_unusable_with_a_reason() {
        let c = one(r#"{"id":"h","content":{"uri":"x","entry_type":"Hotp","name":"n"}}"#);
        assert!(c.item.as_ref().err().unwrap().to_string().contains("Hotp"));
        let c = one(r#"{"id":"h","content":{"uri":"JBSW","entry_type":"Steam","name":"n"}}"#);
        assert!(c
            .item
            .as_ref()
            .err()
            .unwrap()
            .to_string()
            .contains("steam://"));
        let c = one(r#"{"id":"h"}"#);
        assert!(c.item.is_err());
    }

    #[test]
    fn password_protected_exports_are_refused_with_what_to_do() {
        let e = read(r#"{"version":1,"salt":"QUFB","content":"QkJC"}"#)
            .err()
            .unwrap();
        assert!(matches!(e, ImportError::Unsupported { .. }), "{e}");
        assert!(e.to_string().contains("without a password"), "{e}");
    }

    #[test]
    fn unknown_versions_are_refused_and_errors_quote_nothing() {
        let e = read(r#"{"version":2,"entries":[]}"#).err().unwrap();
        assert!(e.to_string().contains("version 2"), "{e}");
        let e = read(&format!(r#"{{"version":1,"entries":"{RFC}"}}"#))
            .err()
            .unwrap();
        assert!(!e.to_string().contains("GEZD"), "{e}");
    }
}
