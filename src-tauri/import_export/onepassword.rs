//! 1Password's `.1pux` export (File > Export, "1PUX"): a zip whose `export.data` is JSON,
//! `{"accounts": [{"vaults": [{"attrs": {"name"}, "items": [...]}]}]}`. Each item has
//! `overview` (`title`, `tags`) and `details` (`loginFields`, whose `designation:
//! "username"` names the account, and `sections[].fields[]`, where a one-time password is a
//! field whose `value` is `{"totp": ...}`: an `otpauth://` URI or a bare base32 secret).
//!
//! Every TOTP field becomes an entry: the issuer from the URI, else the item's title; the
//! account from the URI, else the username; the item's tags become tags. Items without
//! one are counted as unusable ("no TOTP in this item"). The bare `export.data` JSON is
//! read too (`--format 1password`). Attachments and the other files of the zip are not read.

use serde::Deserialize;
use serde_json::value::RawValue;
use zeroize::Zeroizing;

use super::{
    from_json, malformed, zip_file, Candidate, Fields, Format, ImportError, SecretField, Unusable,
};
use crate::i18n::Message;
use crate::otpauth::{self, UriAccount};

const FORMAT: Format = Format::OnePassword;

/// The member holding the export.
pub(crate) const MEMBER: &str = "export.data";

#[derive(Deserialize)]
struct RawExport<'a> {
    #[serde(borrow)]
    accounts: Vec<RawAccount<'a>>,
}

#[derive(Deserialize)]
struct RawAccount<'a> {
    #[serde(borrow, default)]
    vaults: Vec<RawVault<'a>>,
}

#[derive(Deserialize)]
struct RawVault<'a> {
    #[serde(borrow, default)]
    items: Vec<&'a RawValue>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct RawItem {
    overview: RawOverview,
    details: RawDetails,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct RawOverview {
    title: String,
    tags: Vec<String>,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct RawDetails {
    login_fields: Vec<RawLoginField>,
    sections: Vec<RawSection>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct RawLoginField {
    designation: String,
    value: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct RawSection {
    fields: Vec<RawField>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct RawField {
    value: RawValueKinds,
}

/// A field's value: only `totp` is read (other kinds, like `concealed`, are skipped).
#[derive(Deserialize, Default)]
#[serde(default)]
struct RawValueKinds {
    totp: Option<Zeroizing<String>>,
}

/// Reads a `.1pux` zip, or its bare `export.data` JSON.
pub fn read(bytes: &[u8]) -> Result<Vec<Candidate>, ImportError> {
    if zip_file::is_zip(bytes) {
        let mut archive = zip_file::open(bytes, FORMAT)?;
        let data = zip_file::read_member(&mut archive, MEMBER, FORMAT, None)?
            .ok_or_else(|| malformed(FORMAT, "the zip holds no export.data"))?;
        return read_json(zip_file::text(&data, FORMAT)?);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| malformed(FORMAT, "not a zip or JSON"))?;
    read_json(text.trim_start_matches('\u{feff}'))
}

fn read_json(text: &str) -> Result<Vec<Candidate>, ImportError> {
    let raw: RawExport = from_json(FORMAT, text)?;
    let items = raw
        .accounts
        .iter()
        .flat_map(|a| &a.vaults)
        .flat_map(|v| &v.items);
    let mut out = Vec::new();
    for (i, v) in items.enumerate() {
        let label = format!("item {}", i + 1);
        let Ok(item) = serde_json::from_str::<RawItem>(v.get()) else {
            out.push(Candidate::new(
                label,
                Err(Message::new("import-entry-item-malformed").into()),
            ));
            continue;
        };
        let title = item.overview.title.trim();
        let label = if title.is_empty() {
            label
        } else {
            title.to_string()
        };
        let username = item
            .details
            .login_fields
            .iter()
            .find(|f| f.designation == "username")
            .map(|f| f.value.trim())
            .unwrap_or("");
        let totps: Vec<&str> = item
            .details
            .sections
            .iter()
            .flat_map(|s| &s.fields)
            .filter_map(|f| f.value.totp.as_ref().map(|t| t.trim()))
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
            let mut c = Candidate::new(label.clone(), account(totp, title, username));
            c.tags = item.overview.tags.clone();
            out.push(c);
        }
    }
    Ok(out)
}

/// One TOTP field: an otpauth URI (names filled from the item), or a bare secret.
pub(crate) fn account(totp: &str, title: &str, username: &str) -> Result<UriAccount, Unusable> {
    let is_uri = totp
        .get(..10)
        .is_some_and(|p| p.eq_ignore_ascii_case("otpauth://"));
    if !is_uri {
        return Fields {
            kind: "totp",
            issuer: title,
            name: username,
            secret: SecretField::Base32(totp),
            algorithm: None,
            digits: None,
            period: None,
            counter: None,
        }
        .build();
    }
    let mut a = otpauth::parse(totp)?;
    if a.issuer.is_empty() && a.account != title {
        a.issuer = otpauth::validate_name("issuer", title)?;
    }
    if a.account.is_empty() && a.issuer != username {
        a.account = otpauth::validate_name("account name", username)?;
    }
    Ok(a)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import_export::zip_file::tests::zip_of;
    use crate::otp::code_at;

    fn export(items: &str) -> String {
        format!(
            r#"{{"accounts":[{{"attrs":{{"accountName":"me"}},"vaults":[{{"attrs":{{"name":"Private"}},"items":[{items}]}}]}}]}}"#
        )
    }

    const LOGIN: &str = r#"{"uuid":"a","state":"active","overview":{"title":"ACME Co","tags":["Work"]},
        "details":{"loginFields":[{"designation":"username","value":"ann@example.com"}],
        "sections":[{"title":"","fields":[{"title":"one-time password","id":"TOTP_x","value":{"totp":"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"}}]}]}}"#;
    const PLAIN: &str = r#"{"uuid":"b","overview":{"title":"Wifi"},"details":{"loginFields":[],
        "sections":[{"fields":[{"title":"password","value":{"concealed":"hunter2"}}]}]}}"#;

    #[test]
    fn a_bare_secret_takes_the_items_title_username_and_tags() {
        let z = zip_of(&[
            ("export.attributes", b"{}"),
            (MEMBER, export(LOGIN).as_bytes()),
        ]);
        let all = read(&z).unwrap();
        assert_eq!(all[0].label, "ACME Co:ann@example.com");
        assert_eq!(all[0].tags, ["Work"]);
        let a = all[0].item.as_ref().ok().unwrap();
        assert_eq!(code_at(&a.params, &a.secret, 1_700_000_000).code, "921300");
    }

    #[test]
    fn items_without_totp_are_counted_as_unusable() {
        let all = read(export(&format!("{LOGIN},{PLAIN}")).as_bytes()).unwrap();
        assert_eq!(all.len(), 2);
        assert_eq!(all[1].label, "Wifi");
        assert_eq!(
            all[1].item.as_ref().err().unwrap().to_string(),
            "no TOTP in this item"
        );
    }

    #[test]
    fn an_otpauth_uri_keeps_its_own_names_and_parameters() {
        let item = r#"{"overview":{"title":"Other"},"details":{"loginFields":[{"designation":"username","value":"x"}],
            "sections":[{"fields":[{"value":{"totp":"otpauth://totp/Bank:bob?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZA&algorithm=SHA256&digits=8&period=60"}}]}]}}"#;
        let all = read(export(item).as_bytes()).unwrap();
        assert_eq!(all[0].label, "Bank:bob");
        let a = all[0].item.as_ref().ok().unwrap();
        assert_eq!(
            code_at(&a.params, &a.secret, 1_700_000_000).code,
            "77076628"
        );
    }

    #[test]
    fn a_zip_without_export_data_or_a_wrong_file_is_refused_naming_1password() {
        let z = zip_of(&[("other.json", b"{}")]);
        let e = read(&z).err().unwrap();
        assert!(e.to_string().contains("export.data"), "{e}");
        let e = read(br#"{"db":{"entries":[{"secret":"JBSWY3DPEHPK3PXP"}]}}"#)
            .err()
            .unwrap();
        assert!(matches!(e, ImportError::Malformed { .. }), "{e}");
        assert!(e.to_string().contains("1password"), "{e}");
        assert!(!e.to_string().contains("JBSW"), "{e}");
    }
}
