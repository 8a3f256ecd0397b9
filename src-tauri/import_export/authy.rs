//! Authy's internal token store (Android, from a rooted phone:
//! `/data/data/com.authy.authy/shared_prefs/com.authy.storage.tokens.authenticator.xml`):
//! an Android preferences file (`prefs_xml.rs`) whose string entry
//! `com.authy.storage.tokens.authenticator.key` holds a JSON array of tokens, each with
//! `name` (as edited, often `Issuer: name` or `Issuer - name`), `originalName` (often
//! `Issuer:name`), `accountType` (a service id), `digits` and `decryptedSecret` (base32).
//! Authy makes SHA1, 30-second codes only. Authy's own "Authy" tokens (`authyTokens`)
//! live elsewhere and are not read.
//!
//! Tokens whose secret is only stored encrypted (`encryptedSecret` with a `salt`, under
//! the Authy backups password) are listed as unusable; a file with nothing else is
//! refused with what to do: Authy decrypts its tokens when they are shown on the phone.

use serde::Deserialize;
use serde_json::value::RawValue;
use zeroize::Zeroizing;

use super::prefs_xml;
use super::{
    json_detail, label_of, malformed, unsupported, Candidate, Fields, Format, ImportError,
    SecretField,
};

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
    account_type: Option<String>,
    digits: Option<u64>,
    #[serde(default)]
    decrypted_secret: Option<Zeroizing<String>>,
    #[serde(default)]
    encrypted_secret: Option<Zeroizing<String>>,
}

/// Reads Authy's `com.authy.storage.tokens.authenticator.xml`.
pub fn read(text: &str) -> Result<Vec<Candidate>, ImportError> {
    let prefs = prefs_xml::strings(text, FORMAT)?;
    let pref = prefs
        .iter()
        .find(|p| p.name == KEY)
        .or_else(|| prefs.iter().find(|p| p.value.trim_start().starts_with('[')))
        .ok_or_else(|| malformed(FORMAT, format!("it has no {KEY} entry")))?;
    let tokens: Vec<&RawValue> = serde_json::from_str(&pref.value)
        .map_err(|e| malformed(FORMAT, format!("the tokens entry: {}", json_detail(&e))))?;
    let entries: Vec<Candidate> = tokens
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let label = format!("entry {}", i + 1);
            match serde_json::from_str::<RawToken>(v.get()) {
                Err(_) => Candidate::new(label, Err("the entry is missing fields".into())),
                Ok(t) => entry(label, &t),
            }
        })
        .collect();
    let encrypted = |c: &Candidate| {
        c.item
            .as_ref()
            .err()
            .is_some_and(|e| e.contains("encrypted"))
    };
    if !entries.is_empty() && entries.iter().all(encrypted) {
        return Err(unsupported(
            FORMAT,
            "every token's secret is stored encrypted with the Authy backups password; open \
             each token in Authy on the phone (it then stores it decrypted) and copy the file \
             again, or move the accounts by QR code",
        ));
    }
    Ok(entries)
}

/// Issuer and account name from Authy's names.
fn names(t: &RawToken) -> (String, String) {
    let name = t.name.as_deref().unwrap_or("").trim();
    let original = t.original_name.as_deref().unwrap_or("").trim();
    if let Some((issuer, rest)) = original.split_once(':') {
        let issuer = issuer.trim();
        let account = name
            .strip_prefix(issuer)
            .map(|r| r.trim_start_matches([':', ' ', '-']))
            .unwrap_or(if name.is_empty() { rest } else { name });
        return (issuer.to_string(), account.trim().to_string());
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

fn entry(label: String, t: &RawToken) -> Candidate {
    let (issuer, account) = names(t);
    let Some(secret) = t.decrypted_secret.as_ref().filter(|s| !s.trim().is_empty()) else {
        let why = if t.encrypted_secret.is_some() {
            "the secret is stored encrypted with the Authy backups password (not read)"
        } else {
            "the entry has no secret"
        };
        let label = label_of(&issuer, &account).unwrap_or(label);
        return Candidate::new(label, Err(why.into()));
    };
    let item = Fields {
        kind: "totp",
        issuer: &issuer,
        name: &account,
        secret: SecretField::Base32(secret),
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
        let all = read(&text).unwrap();
        assert_eq!(all[0].label, "ACME Co:ann@example.com");
        assert_eq!(all[1].label, "Bank:bob");
        assert_eq!(all[2].label, "Github:octo");
        let a = all[0].item.as_ref().unwrap();
        assert_eq!(code_at(&a.params, &a.secret, 1_700_000_000).code, "921300");
        assert_eq!(all[1].item.as_ref().unwrap().params.digits(), 7);
    }

    #[test]
    fn encrypted_or_bad_tokens_are_unusable_and_an_all_encrypted_file_is_refused() {
        let text = prefs(
            r#"[{"name":"A:a","originalName":"A:a","digits":6,"encryptedSecret":"c2VjcmV0","salt":"x"},
                {"name":"B","digits":6,"decryptedSecret":"!!"},
                {"name":"C","digits":6,"decryptedSecret":"JBSWY3DPEHPK3PXP"}]"#,
        );
        let all = read(&text).unwrap();
        assert_eq!(all[0].label, "A:a");
        assert!(all[0].item.as_ref().err().unwrap().contains("encrypted"));
        assert!(all[1].item.is_err());
        assert!(all[2].item.is_ok());
        let only = prefs(r#"[{"name":"A","digits":6,"encryptedSecret":"c2VjcmV0","salt":"x"}]"#);
        let e = read(&only).err().unwrap();
        assert!(matches!(e, ImportError::Unsupported { .. }), "{e}");
        assert!(e.to_string().contains("authy"), "{e}");
    }

    #[test]
    fn a_file_without_tokens_is_refused_naming_the_format() {
        let e = read("<map><int name=\"x\" value=\"1\"/></map>")
            .err()
            .unwrap();
        assert!(matches!(e, ImportError::Malformed { .. }), "{e}");
        assert!(e.to_string().contains("authy"), "{e}");
    }
}
