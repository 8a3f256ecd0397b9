//! Proton Pass's export (Settings > Export): a zip holding `Proton Pass/data.json`, or that
//! bare JSON: `{"version", "encrypted": false, "vaults": {"<id>": {"name", "items": [{"data":
//! {"metadata": {"name", "note"}, "type", "content": {"itemUsername", "itemEmail",
//! "totpUri"}, "extraFields": [{"type": "totp", "data": {"totpUri"}}]}}]}}}`.
//!
//! Every login's `totpUri` (an `otpauth://` URI or a bare secret) and every TOTP extra
//! field becomes an entry: issuer from the URI, else the item's name; account from the URI,
//! else the username (or e-mail); the vault's name becomes a tag. Items without one are
//! counted as unusable. A PGP-encrypted export (`Proton Pass/data.pgp`, an armored PGP
//! message, or `"encrypted": true`) is refused: export again without encryption.

use serde::Deserialize;
use serde_json::value::RawValue;
use zeroize::Zeroizing;

use super::ImportError;
use super::{from_json, malformed, onepassword, unsupported, zip_file, Candidate, Format};
use crate::i18n::Message;

const FORMAT: Format = Format::ProtonPass;

/// The member holding the plain export.
pub(crate) const MEMBER: &str = "Proton Pass/data.json";
/// The member holding a PGP-encrypted export.
pub(crate) const PGP_MEMBER: &str = "Proton Pass/data.pgp";

const ENCRYPTED: &str = "it is a PGP-encrypted export: export again from Proton Pass without encryption (Settings > Export, with encryption turned off)";

#[derive(Deserialize)]
struct RawExport<'a> {
    #[serde(default)]
    encrypted: bool,
    #[serde(borrow)]
    vaults: std::collections::BTreeMap<String, RawVault<'a>>,
}

#[derive(Deserialize)]
struct RawVault<'a> {
    #[serde(default)]
    name: String,
    #[serde(borrow, default)]
    items: Vec<&'a RawValue>,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct RawItem {
    data: RawData,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct RawData {
    metadata: RawMetadata,
    content: RawContent,
    extra_fields: Vec<RawExtraField>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct RawMetadata {
    name: String,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct RawContent {
    item_username: String,
    item_email: String,
    username: String,
    totp_uri: Option<Zeroizing<String>>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct RawExtraField {
    #[serde(rename = "type")]
    kind: String,
    data: RawExtraData,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct RawExtraData {
    totp_uri: Option<Zeroizing<String>>,
}

/// Reads a Proton Pass export: the zip or its bare JSON.
pub fn read(bytes: &[u8]) -> Result<Vec<Candidate>, ImportError> {
    if zip_file::is_zip(bytes) {
        let mut archive = zip_file::open(bytes, FORMAT)?;
        if archive.index_for_name(PGP_MEMBER).is_some() {
            return Err(unsupported(FORMAT, ENCRYPTED));
        }
        let data = zip_file::read_member(&mut archive, MEMBER, FORMAT, None)?
            .ok_or_else(|| malformed(FORMAT, "the zip holds no Proton Pass/data.json"))?;
        return read_json(zip_file::text(&data, FORMAT)?);
    }
    let text = std::str::from_utf8(bytes)
        .map_err(|_| malformed(FORMAT, "not a zip or JSON"))?
        .trim_start_matches('\u{feff}')
        .trim_start();
    if text.starts_with("-----BEGIN PGP MESSAGE-----") {
        return Err(unsupported(FORMAT, ENCRYPTED));
    }
    read_json(text)
}

fn read_json(text: &str) -> Result<Vec<Candidate>, ImportError> {
    let raw: RawExport = from_json(FORMAT, text)?;
    if raw.encrypted {
        return Err(unsupported(FORMAT, ENCRYPTED));
    }
    let mut out = Vec::new();
    let mut n = 0;
    for vault in raw.vaults.values() {
        let tag = vault.name.trim();
        for v in &vault.items {
            n += 1;
            let label = format!("item {n}");
            let Ok(item) = serde_json::from_str::<RawItem>(v.get()) else {
                out.push(Candidate::new(
                    label,
                    Err(Message::new("import-entry-item-malformed").into()),
                ));
                continue;
            };
            let d = &item.data;
            let title = d.metadata.name.trim();
            let label = if title.is_empty() {
                label
            } else {
                title.to_string()
            };
            let c = &d.content;
            let username = [&c.item_username, &c.username, &c.item_email]
                .into_iter()
                .map(|s| s.trim())
                .find(|s| !s.is_empty())
                .unwrap_or("");
            let extra = d
                .extra_fields
                .iter()
                .filter(|f| f.kind.eq_ignore_ascii_case("totp"))
                .filter_map(|f| f.data.totp_uri.as_ref());
            let totps: Vec<&str> = c
                .totp_uri
                .as_ref()
                .into_iter()
                .chain(extra)
                .map(|t| t.trim())
                .filter(|t| !t.is_empty())
                .collect();
            if totps.is_empty() {
                out.push(Candidate::new(
                    label,
                    Err(Message::new("import-entry-item-no-totp").into()),
                ));
                continue;
            }
            for totp in totps {
                let mut c =
                    Candidate::new(label.clone(), onepassword::account(totp, title, username));
                c.tags = (!tag.is_empty())
                    .then(|| tag.to_string())
                    .into_iter()
                    .collect();
                out.push(c);
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import_export::zip_file::tests::zip_of;
    use crate::otp::code_at;

    fn export(items: &str) -> String {
        format!(
            r#"{{"version":"1.21.0","userId":"u","encrypted":false,"vaults":{{"share-1":{{"name":"Personal","description":"","items":[{items}]}}}}}}"#
        )
    }

    const LOGIN: &str = r#"{"itemId":"i1","shareId":"share-1","data":{"metadata":{"name":"Bank","note":"","itemUuid":"x"},
        "extraFields":[],"type":"login","content":{"itemEmail":"","itemUsername":"bob","password":"pw","urls":[],
        "totpUri":"otpauth://totp/Bank:bob?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZA&algorithm=SHA256&digits=8&period=60&issuer=Bank","passkeys":[]}},"state":1}"#;
    const NOTE: &str =
        r#"{"itemId":"i2","data":{"metadata":{"name":"A note"},"type":"note","content":{}}}"#;

    #[test]
    fn the_zip_gives_totp_items_with_the_vault_as_a_tag() {
        let z = zip_of(&[(MEMBER, export(LOGIN).as_bytes())]);
        let all = read(&z).unwrap();
        assert_eq!(all[0].label, "Bank:bob");
        assert_eq!(all[0].tags, ["Personal"]);
        let a = all[0].item.as_ref().ok().unwrap();
        assert_eq!(
            code_at(&a.params, &a.secret, 1_700_000_000).code,
            "77076628"
        );
    }

    #[test]
    fn items_without_totp_are_counted_as_unusable() {
        let all = read(export(&format!("{LOGIN},{NOTE}")).as_bytes()).unwrap();
        assert_eq!(all.len(), 2);
        assert_eq!(
            all[1].item.as_ref().err().unwrap().to_string(),
            "no TOTP in this item"
        );
    }

    #[test]
    fn a_bare_secret_in_an_extra_field_takes_the_items_names() {
        let item = r#"{"data":{"metadata":{"name":"ACME Co"},"type":"login","content":{"itemEmail":"ann@example.com","totpUri":""},
            "extraFields":[{"fieldName":"2FA","type":"totp","data":{"totpUri":"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"}}]}}"#;
        let all = read(export(item).as_bytes()).unwrap();
        assert_eq!(all[0].label, "ACME Co:ann@example.com");
    }

    #[test]
    fn an_encrypted_export_is_refused_with_what_to_do() {
        let pgp = zip_of(&[(PGP_MEMBER, b"-----BEGIN PGP MESSAGE-----\n\nwcBM\n")]);
        for bytes in [
            pgp.as_slice(),
            b"-----BEGIN PGP MESSAGE-----\n\nwcBM\n".as_slice(),
            br#"{"version":"1","encrypted":true,"vaults":{}}"#.as_slice(),
        ] {
            let e = read(bytes).err().unwrap();
            assert!(matches!(e, ImportError::Unsupported { .. }), "{e}");
            assert!(e.to_string().contains("without encryption"), "{e}");
        }
    }

    #[test]
    fn a_wrong_file_is_refused_naming_proton_pass() {
        let e = read(&zip_of(&[("data.json", b"{}")])).err().unwrap();
        assert!(e.to_string().contains("proton-pass"), "{e}");
        let e = read(br#"{"entries":[]}"#).err().unwrap();
        assert!(matches!(e, ImportError::Malformed { .. }), "{e}");
    }
}
