//! Authy's internal token store (Android, from a rooted phone:
//! `/data/data/com.authy.authy/shared_prefs/com.authy.storage.tokens.authenticator.xml`):
//! an Android preferences file (`prefs_xml.rs`) whose string entry
//! `com.authy.storage.tokens.authenticator.key` holds a JSON array of tokens, each with
//! `name` (as edited, often `Issuer: name` or `Issuer - name`), `originalIssuer`,
//! `originalName` (often `Issuer:name`), `accountType` (a service id), `digits` and
//! `decryptedSecret` (base32). Authy makes SHA1, 30-second codes only. Authy's own
//! "Authy" tokens (`authyTokens`) live elsewhere and are not read.
//!
//! Tokens whose secret is stored only encrypted (`encryptedSecret` and `salt`, under the
//! Authy backups password) make the file ask for that password; `authy_encrypted.rs`
//! decrypts them. A password that decrypts none of them is wrong; a token it alone does
//! not decrypt is listed as unusable.

use serde::Deserialize;
use serde_json::value::RawValue;
use zeroize::Zeroizing;

use super::{authy_encrypted, prefs_xml};
use super::{
    json_detail, label_of, malformed, Candidate, Fields, Format, ImportError, Parsed, SecretField,
};
use crate::i18n::Message;

const FORMAT: Format = Format::Authy;

/// The preference holding the tokens.
pub const KEY: &str = "com.authy.storage.tokens.authenticator.key";

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawToken {
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    original_name: Option<String>,
    #[serde(default)]
    original_issuer: Option<String>,
    #[serde(default)]
    account_type: Option<String>,
    digits: Option<u64>,
    #[serde(default)]
    decrypted_secret: Option<Zeroizing<String>>,
    #[serde(default)]
    encrypted_secret: Option<Zeroizing<String>>,
    #[serde(default)]
    salt: Option<String>,
}

impl RawToken {
    /// The plain secret, when the file has one.
    fn plain(&self) -> Option<&Zeroizing<String>> {
        self.decrypted_secret
            .as_ref()
            .filter(|s| !s.trim().is_empty())
    }

    /// Whether the secret is only stored encrypted.
    fn sealed(&self) -> bool {
        self.plain().is_none()
            && self
                .encrypted_secret
                .as_ref()
                .is_some_and(|s| !s.trim().is_empty())
    }
}

/// Reads Authy's `com.authy.storage.tokens.authenticator.xml`; `password` (the Authy
/// backups password) is needed when a token's secret is stored only encrypted.
pub fn read(text: &str, password: Option<&str>) -> Result<Parsed, ImportError> {
    let prefs = prefs_xml::strings(text, FORMAT)?;
    let pref = prefs
        .iter()
        .find(|p| p.name == KEY)
        .ok_or_else(|| malformed(FORMAT, format!("it has no {KEY} entry")))?;
    let raw: Vec<&RawValue> = serde_json::from_str(&pref.value)
        .map_err(|e| malformed(FORMAT, format!("the tokens entry: {}", json_detail(&e))))?;
    let tokens: Vec<Option<RawToken>> = raw
        .iter()
        .map(|v| serde_json::from_str(v.get()).ok())
        .collect();
    let sealed = tokens.iter().flatten().filter(|t| t.sealed()).count();
    let password = match (sealed, password) {
        (0, _) => None,
        (_, None) => {
            return Err(ImportError::NeedsPassword {
                format: FORMAT.name(),
            })
        }
        (_, Some(p)) => Some(p),
    };
    let mut opened = 0;
    let entries: Vec<Candidate> = tokens
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let label = format!("entry {}", i + 1);
            let Some(t) = t else {
                return Candidate::new(
                    label,
                    Err(Message::new("import-entry-missing-fields").into()),
                );
            };
            let secret = match (t.plain(), password) {
                (Some(plain), _) => Ok(plain.clone()),
                (None, Some(pw)) if t.sealed() => {
                    let salt = t.salt.as_deref().unwrap_or("");
                    match authy_encrypted::decrypt_secret(
                        t.encrypted_secret.as_deref().map_or("", |s| s.as_str()),
                        salt,
                        pw,
                    ) {
                        Some(s) => {
                            opened += 1;
                            Ok(s)
                        }
                        None => Err(Message::new("import-entry-not-decrypted")),
                    }
                }
                _ => Err(Message::new("import-entry-no-secret")),
            };
            entry(label, t, secret)
        })
        .collect();
    if sealed > 0 && opened == 0 {
        return Err(ImportError::WrongPassword {
            format: FORMAT.name(),
        });
    }
    Ok(Parsed {
        format: FORMAT,
        encrypted: sealed > 0,
        entries,
    })
}

/// `name` without a leading `issuer` and the separator after it.
fn without_issuer<'a>(name: &'a str, issuer: &str) -> &'a str {
    match name.strip_prefix(issuer) {
        Some(rest) if !issuer.is_empty() => rest.trim_start_matches([':', ' ', '-']).trim(),
        _ => name,
    }
}

/// Issuer and account name from Authy's names.
fn names(t: &RawToken) -> (String, String) {
    let name = t.name.as_deref().unwrap_or("").trim();
    let original = t.original_name.as_deref().unwrap_or("").trim();
    if let Some(issuer) = t
        .original_issuer
        .as_deref()
        .map(str::trim)
        .filter(|i| !i.is_empty())
    {
        return (issuer.to_string(), without_issuer(name, issuer).to_string());
    }
    if let Some((issuer, rest)) = original.split_once(':') {
        let issuer = issuer.trim();
        let account = match without_issuer(name, issuer) {
            "" => rest.trim(),
            stripped => stripped,
        };
        return (issuer.to_string(), account.to_string());
    }
    if let Some((issuer, account)) = name.split_once(" - ") {
        return (issuer.trim().to_string(), account.trim().to_string());
    }
    let service = t.account_type.as_deref().unwrap_or("").trim();
    let mut chars = service.chars();
    let issuer = match chars.next() {
        Some(first) if service != "authenticator" => first.to_uppercase().chain(chars).collect(),
        _ => String::new(),
    };
    (issuer, name.to_string())
}

fn entry(label: String, t: &RawToken, secret: Result<Zeroizing<String>, Message>) -> Candidate {
    let (issuer, account) = names(t);
    let label = label_of(&issuer, &account).unwrap_or(label);
    let secret = match secret {
        Ok(s) => s,
        Err(why) => return Candidate::new(label, Err(why.into())),
    };
    let item = Fields {
        kind: "totp",
        issuer: &issuer,
        name: &account,
        secret: SecretField::Base32(&secret),
        algorithm: None,
        digits: t.digits,
        period: None,
        counter: None,
    }
    .build();
    Candidate::new(label, item)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::otp::code_at;

    fn prefs(tokens: &str) -> String {
        let escaped = tokens.replace('&', "&amp;").replace('"', "&quot;");
        format!(
            "<?xml version='1.0' encoding='utf-8' standalone='yes' ?>\n<map>\n    <string name=\"{KEY}\">{escaped}</string>\n    <boolean name=\"other\" value=\"true\" />\n</map>\n"
        )
    }

    #[test]
    fn tokens_get_issuer_names_and_digits() {
        let text = prefs(
            r#"[{"accountType":"acme","digits":6,"decryptedSecret":"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ","name":"ACME Co: ann@example.com","originalName":"ACME Co:ann@example.com"},
                {"accountType":"bank","digits":7,"decryptedSecret":"JBSWY3DPEHPK3PXP","name":"Bank - bob","originalName":""},
                {"accountType":"github","digits":6,"decryptedSecret":"JBSWY3DPEHPK3PXP","name":"octo","originalName":"octo"}]"#,
        );
        let parsed = read(&text, None).unwrap();
        assert!(!parsed.encrypted);
        let all = parsed.entries;
        assert_eq!(all[0].label, "ACME Co:ann@example.com");
        assert_eq!(all[1].label, "Bank:bob");
        assert_eq!(all[2].label, "Github:octo");
        let a = all[0].item.as_ref().unwrap();
        assert_eq!(code_at(&a.params, &a.secret, 1_700_000_000).code, "921300");
        assert_eq!(all[1].item.as_ref().unwrap().params.digits(), 7);
    }

    #[test]
    fn encrypted_tokens_need_the_backups_password_and_a_wrong_one_is_refused() {
        let sealed =
            authy_encrypted::encrypt_secret("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", "s1", "pw");
        let other = authy_encrypted::encrypt_secret("JBSWY3DPEHPK3PXP", "s2", "another pw");
        let text = prefs(&format!(
            r#"[{{"name":"A: a","originalIssuer":"A","digits":6,"encryptedSecret":"{sealed}","salt":"s1"}},
                {{"name":"B","originalName":"B:b","digits":6,"encryptedSecret":"{other}","salt":"s2"}},
                {{"name":"C","digits":6,"decryptedSecret":"!!"}},
                {{"name":"D - d","digits":6,"decryptedSecret":"JBSWY3DPEHPK3PXP"}}]"#
        ));
        assert!(matches!(
            read(&text, None),
            Err(ImportError::NeedsPassword { .. })
        ));
        let e = read(&text, Some("wrong")).err().unwrap();
        assert!(matches!(e, ImportError::WrongPassword { .. }), "{e}");
        assert!(e.to_string().contains("authy"), "{e}");
        let parsed = read(&text, Some("pw")).unwrap();
        assert!(parsed.encrypted);
        let all = parsed.entries;
        assert_eq!(all[0].label, "A:a");
        let a = all[0].item.as_ref().unwrap();
        assert_eq!(code_at(&a.params, &a.secret, 1_700_000_000).code, "921300");
        assert_eq!(all[1].label, "B:b");
        assert!(all[1]
            .item
            .as_ref()
            .err()
            .unwrap()
            .to_string()
            .contains("could not be decrypted"));
        assert!(all[2].item.is_err());
        assert_eq!(all[3].label, "D:d");
        assert!(all[3].item.is_ok());
    }

    #[test]
    fn a_file_without_tokens_is_refused_naming_the_format() {
        let e = read("<map><int name=\"x\" value=\"1\"/></map>", None)
            .err()
            .unwrap();
        assert!(matches!(e, ImportError::Malformed { .. }), "{e}");
        assert!(e.to_string().contains("authy"), "{e}");
    }
}
