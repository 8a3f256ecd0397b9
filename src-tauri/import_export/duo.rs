//! Duo Mobile's internal accounts file (Android, from a rooted phone:
//! `/data/data/com.duosecurity.duomobile/files/duokit/accounts.json`): a JSON array of
//! accounts, each with `name` (the label shown) and `otpGenerator`: `otpSecret` (base32)
//! and, for counter-based accounts (Duo's own), `counter`. With a counter the account is
//! HOTP, without one TOTP; both SHA1, 6 digits, 30 s. Duo push keys (`pkey`, `akey`) are
//! not codes and are not read. The label becomes the account name (Duo keeps no issuer).

use serde::Deserialize;
use serde_json::value::RawValue;
use zeroize::Zeroizing;

use super::{from_json, Candidate, Fields, Format, ImportError, SecretField};
use crate::i18n::Message;

const FORMAT: Format = Format::Duo;

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawAccount {
    #[serde(default)]
    name: Option<String>,
    otp_generator: Option<RawGenerator>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawGenerator {
    otp_secret: Option<Zeroizing<String>>,
    counter: Option<u64>,
}

/// Reads Duo Mobile's `accounts.json`.
pub fn read(text: &str) -> Result<Vec<Candidate>, ImportError> {
    let accounts: Vec<&RawValue> = from_json(FORMAT, text.trim_start_matches('\u{feff}'))?;
    Ok(accounts
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let label = format!("entry {}", i + 1);
            match serde_json::from_str::<RawAccount>(v.get()) {
                Err(_) => Candidate::new(
                    label,
                    Err(Message::new("import-entry-missing-fields").into()),
                ),
                Ok(a) => entry(label, &a),
            }
        })
        .collect())
}

fn entry(label: String, a: &RawAccount) -> Candidate {
    let name = a.name.as_deref().unwrap_or("").trim();
    let label = if name.is_empty() {
        label
    } else {
        name.to_string()
    };
    let Some(generator) = &a.otp_generator else {
        return Candidate::new(label, Err(Message::new("import-entry-push-only").into()));
    };
    let Some(secret) = generator
        .otp_secret
        .as_ref()
        .filter(|s| !s.trim().is_empty())
    else {
        return Candidate::new(
            label,
            Err(Message::new("import-entry-generator-no-secret").into()),
        );
    };
    let item = Fields {
        kind: if generator.counter.is_some() {
            "hotp"
        } else {
            "totp"
        },
        issuer: "",
        name,
        secret: SecretField::Base32(secret),
        algorithm: None,
        digits: None,
        period: None,
        counter: generator.counter,
    }
    .build();
    Candidate::new(label, item)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::otp::code_at;

    #[test]
    fn accounts_with_a_counter_are_hotp_and_without_totp() {
        let text = r#"[
          {"name":"ann@example.com","otpGenerator":{"otpSecret":"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"},"pkey":"P1"},
          {"name":"Forge dave","otpGenerator":{"otpSecret":"MZXXEZ3FFVUG65DQFVZWKY3SMV2C2MBR","counter":42},"akey":"A"}
        ]"#;
        let all = read(text).unwrap();
        assert_eq!(all[0].label, "ann@example.com");
        let a = all[0].item.as_ref().unwrap();
        assert_eq!(code_at(&a.params, &a.secret, 1_700_000_000).code, "921300");
        let f = all[1].item.as_ref().unwrap();
        assert_eq!(code_at(&f.params, &f.secret, 0).code, "424317");
    }

    #[test]
    fn push_only_and_bad_accounts_are_unusable_with_the_reason() {
        let text = r#"[{"name":"push"},{"name":"bad","otpGenerator":{"otpSecret":"1!"}},{"otpGenerator":{}},7]"#;
        let all = read(text).unwrap();
        assert_eq!(all[0].label, "push");
        assert!(all[0]
            .item
            .as_ref()
            .err()
            .unwrap()
            .to_string()
            .contains("push"));
        assert!(all[1].item.is_err());
        assert!(all[2]
            .item
            .as_ref()
            .err()
            .unwrap()
            .to_string()
            .contains("no secret"));
        assert!(all[3]
            .item
            .as_ref()
            .err()
            .unwrap()
            .to_string()
            .contains("missing"));
    }

    #[test]
    fn a_file_that_is_not_a_list_is_refused_naming_the_format() {
        let e = read(r#"{"otpSecret":"JBSWY3DPEHPK3PXP"}"#).err().unwrap();
        assert!(matches!(e, ImportError::Malformed { .. }), "{e}");
        assert!(e.to_string().contains("duo"), "{e}");
        assert!(!e.to_string().contains("JBSW"), "{e}");
    }
}
