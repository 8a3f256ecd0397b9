//! Steam Desktop Authenticator's `.maFile` (one per Steam account, in SDA's `maFiles`
//! folder; steamguard-cli writes the same shape): JSON with `shared_secret` (base64, the
//! key of the Steam Guard codes) and `account_name`, which become a Steam account (issuer
//! Steam). Everything else (`identity_secret`, `revocation_code`, `serial_number`,
//! `device_id`, the `Session` object of older and newer shapes or its absence, a
//! `steamid` as number or string, ...) is not read: it is never needed for the codes.
//! A maFile encrypted by SDA (base64 text, not JSON) is refused with what to do instead.

use serde::Deserialize;
use zeroize::Zeroizing;

use super::{from_json, Candidate, Fields, Format, ImportError, SecretField};
use crate::i18n::Message;

const FORMAT: Format = Format::Steam;

#[derive(Deserialize)]
struct RawMaFile {
    shared_secret: Zeroizing<String>,
    #[serde(default)]
    account_name: Option<String>,
}

/// Reads a Steam Desktop Authenticator maFile.
pub fn read(text: &str) -> Result<Vec<Candidate>, ImportError> {
    let text = text.trim_start_matches('\u{feff}').trim();
    if !text.starts_with('{') {
        let base64ish = !text.is_empty()
            && text
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='));
        return Err(if base64ish {
            ImportError::Unsupported {
                format: FORMAT.name(),
                detail: "this maFile is encrypted by Steam Desktop Authenticator: remove its encryption there (Manage Encryption) and import the maFile again".into(),
            }
        } else {
            ImportError::Malformed {
                format: FORMAT.name(),
                detail: "not a JSON object".into(),
            }
        });
    }
    let raw: RawMaFile = from_json(FORMAT, text)?;
    let name = raw.account_name.as_deref().unwrap_or("").trim();
    let label = if name.is_empty() {
        "Steam".to_string()
    } else {
        format!("Steam:{name}")
    };
    let item = match data_encoding::BASE64.decode(raw.shared_secret.trim().as_bytes()) {
        Err(_) => Err(Message::new("import-entry-steam-not-base64").into()),
        Ok(bytes) => Fields {
            kind: "steam",
            issuer: "Steam",
            name,
            secret: SecretField::Bytes(bytes),
            algorithm: None,
            digits: None,
            period: None,
            counter: None,
        }
        .build(),
    };
    Ok(vec![Candidate::new(label, item)])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::otp::code_at;

    // base64 of the Steam test key 63BEDWCQZKTQWPESARIERL5DTTQFCJTK (base32).
    const SHARED: &str = "9sJB2FDKpws8kgRQSK+jnOBRJmo=";

    #[test]
    fn the_shared_secret_becomes_a_steam_account_named_after_the_login() {
        let text = format!(
            r#"{{"shared_secret":"{SHARED}","account_name":"erin","identity_secret":"x","Session":{{"SteamID":76561197960287930,"AccessToken":"t"}}}}"#
        );
        let all = read(&text).unwrap();
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].label, "Steam:erin");
        let a = all[0].item.as_ref().unwrap();
        assert_eq!(a.issuer, "Steam");
        assert_eq!(code_at(&a.params, &a.secret, 1_700_000_000).code, "DCTPN");
    }

    #[test]
    fn older_shapes_without_session_and_with_a_string_steamid_are_read() {
        for text in [
            format!(
                r#"{{"shared_secret":"{SHARED}","account_name":"erin","Session":null,"steamid":"76561197960287930"}}"#
            ),
            format!(
                r#"{{"shared_secret":"{SHARED}","account_name":"erin","steamid":76561197960287930,"fully_enrolled":true}}"#
            ),
            format!(
                r#"{{"shared_secret":"{}","account_name":"erin"}}"#,
                SHARED.replace('/', "\\/")
            ),
        ] {
            let all = read(&text).unwrap();
            assert!(all[0].item.is_ok(), "{}", all[0].label);
        }
    }

    #[test]
    fn a_bad_shared_secret_is_unusable_and_a_missing_one_malformed() {
        let all = read(r#"{"shared_secret":"not base64!","account_name":"erin"}"#).unwrap();
        assert!(all[0]
            .item
            .as_ref()
            .err()
            .unwrap()
            .to_string()
            .contains("base64"));
        let e = read(r#"{"account_name":"erin"}"#).err().unwrap();
        assert!(e.to_string().contains("shared_secret"), "{e}");
    }

    #[test]
    fn an_sda_encrypted_mafile_is_refused_with_what_to_do() {
        let e = read("q83vEjRWeJq83vEjRWeJq83vEjRWeJ+/==").err().unwrap();
        assert!(matches!(e, ImportError::Unsupported { .. }), "{e}");
        assert!(!e.to_string().contains("q83v"), "{e}");
        assert!(matches!(
            read("hello there").err().unwrap(),
            ImportError::Malformed { .. }
        ));
    }
}
