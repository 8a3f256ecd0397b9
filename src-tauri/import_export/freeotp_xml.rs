//! FreeOTP's and FreeOTP+'s internal token store (Android, from a rooted phone:
//! `/data/data/org.fedorahosted.freeotp/shared_prefs/tokens.xml`, or
//! `org.liberty.android.freeotpplus`): an Android preferences file (`prefs_xml.rs`) with
//! one string entry per token, named `issuer:label`, whose value is the token as JSON
//! (the shape of FreeOTP+'s export: `secret` as signed bytes, `issuerExt`, `label`,
//! `algo`, `digits`, `period`, `counter`, `type`), plus `tokenOrder`, a JSON array of
//! those names giving the order shown. Tokens come out in that order, then any not in
//! it. FreeOTP 2's tokens, whose secret is sealed by a key in the phone's keystore (a
//! `key` field and no `secret`), cannot be read off the phone and are listed as
//! unusable with the reason.

use serde::Deserialize;
use serde_json::value::RawValue;

use super::freeotp_plus;
use super::prefs_xml::{self, Pref};
use super::{malformed, Candidate, Format, ImportError};
use crate::i18n::Message;

const FORMAT: Format = Format::FreeOtpXml;

/// The entry listing the tokens' order.
pub const ORDER: &str = "tokenOrder";

/// The fields that tell a keystore-sealed token from a readable one.
#[derive(Deserialize)]
struct Shape<'a> {
    #[serde(borrow)]
    secret: Option<&'a RawValue>,
    #[serde(borrow)]
    key: Option<&'a RawValue>,
}

/// Reads FreeOTP's `tokens.xml`.
pub fn read(text: &str) -> Result<Vec<Candidate>, ImportError> {
    let prefs = prefs_xml::strings(text, FORMAT)?;
    let order: Vec<String> = match prefs.iter().find(|p| p.name == ORDER) {
        Some(p) => serde_json::from_str(&p.value)
            .map_err(|_| malformed(FORMAT, "tokenOrder is not a JSON list of names"))?,
        None => Vec::new(),
    };
    let tokens: Vec<&Pref> = prefs.iter().filter(|p| p.name != ORDER).collect();
    let mut ordered: Vec<&Pref> = order
        .iter()
        .filter_map(|name| tokens.iter().copied().find(|p| &p.name == name))
        .collect();
    for p in &tokens {
        if !ordered.iter().any(|o| std::ptr::eq(*o, *p)) {
            ordered.push(p);
        }
    }
    Ok(ordered
        .into_iter()
        .enumerate()
        .map(|(i, p)| entry(i, p))
        .collect())
}

fn entry(i: usize, p: &Pref) -> Candidate {
    let label = match p.name.trim() {
        "" => format!("entry {}", i + 1),
        name => name.to_string(),
    };
    match serde_json::from_str::<Shape>(&p.value) {
        Err(_) => Candidate::new(
            label,
            Err(Message::new("import-entry-token-not-json").into()),
        ),
        Ok(s) if s.secret.is_none() && s.key.is_some() => Candidate::new(
            label,
            Err(Message::new("import-entry-keystore-freeotp").into()),
        ),
        Ok(_) => Candidate::new(label, freeotp_plus::token(&p.value)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::otp::code_at;

    fn prefs(entries: &[(&str, &str)]) -> String {
        let body: String = entries
            .iter()
            .map(|(k, v)| {
                let v = v.replace('&', "&amp;").replace('"', "&quot;");
                format!("    <string name=\"{k}\">{v}</string>\n")
            })
            .collect();
        format!("<?xml version='1.0' encoding='utf-8' standalone='yes' ?>\n<map>\n{body}</map>\n")
    }

    const ACME: &str = r#"{"algo":"SHA1","counter":0,"digits":6,"issuerExt":"ACME Co","label":"ann@example.com","period":30,"secret":[49,50,51,52,53,54,55,56,57,48,49,50,51,52,53,54,55,56,57,48],"type":"TOTP"}"#;
    const FORGE: &str = r#"{"algo":"SHA1","counter":42,"digits":6,"issuerExt":"Forge","label":"dave","period":30,"secret":[102,111,114,103,101,45,104,111,116,112,45,115,101,99,114,101,116,45,48,49],"type":"HOTP"}"#;

    #[test]
    fn tokens_come_out_in_token_order_with_their_codes() {
        let text = prefs(&[
            ("ACME Co:ann@example.com", ACME),
            ("Forge:dave", FORGE),
            (ORDER, r#"["Forge:dave","ACME Co:ann@example.com"]"#),
        ]);
        let all = read(&text).unwrap();
        assert_eq!(all[0].label, "Forge:dave");
        assert_eq!(all[1].label, "ACME Co:ann@example.com");
        let f = all[0].item.as_ref().unwrap();
        assert_eq!(code_at(&f.params, &f.secret, 0).code, "424317");
        let a = all[1].item.as_ref().unwrap();
        assert_eq!(code_at(&a.params, &a.secret, 1_700_000_000).code, "921300");
    }

    #[test]
    fn sealed_and_broken_tokens_are_unusable_with_the_reason() {
        let text = prefs(&[
            (
                "A:a",
                r#"{"key":"{\"mCipher\":\"AES/GCM/NoPadding\"}","label":"a"}"#,
            ),
            ("B:b", r#"{"type":"TOTP","secret":[300],"label":"b"}"#),
            ("C:c", "not json"),
            ("D:d", ACME),
        ]);
        let all = read(&text).unwrap();
        assert!(all[0]
            .item
            .as_ref()
            .err()
            .unwrap()
            .to_string()
            .contains("keystore"));
        assert!(all[1]
            .item
            .as_ref()
            .err()
            .unwrap()
            .to_string()
            .contains("-128"));
        assert!(all[2].item.is_err());
        assert!(all[3].item.is_ok());
    }

    #[test]
    fn a_bad_token_order_is_refused_naming_the_format() {
        let e = read(&prefs(&[(ORDER, "{")])).err().unwrap();
        assert!(e.to_string().contains("freeotp-xml"), "{e}");
    }
}
