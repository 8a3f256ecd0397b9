//! LastPass Authenticator's JSON export (Settings > Transfer accounts > Export accounts to
//! file): `{"deviceId", "deviceSecret", "localDeviceId", "deviceName", "version",
//! "accounts": [...], "folders": [{"id", "name", "isOpened"}]}`. Each account has
//! `issuerName` and `userName` (as edited; `originalIssuerName`/`originalUserName` are used
//! when those are empty), `secret` (base32), `algorithm`, `digits`, `timeStep`, and
//! `folderData` (`folderId`, `position`): the folder's name becomes a tag. LastPass only
//! computes TOTP. Push-notification settings, device fields, favourites and timestamps are
//! not read.

use serde::Deserialize;
use serde_json::value::RawValue;
use zeroize::Zeroizing;

use super::{from_json, Candidate, Fields, Format, ImportError, SecretField};
use crate::i18n::Message;

const FORMAT: Format = Format::LastPass;

#[derive(Deserialize)]
struct RawExport<'a> {
    #[serde(borrow)]
    accounts: Vec<&'a RawValue>,
    #[serde(default)]
    folders: Option<Vec<RawFolder>>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawAccount {
    #[serde(default)]
    issuer_name: Option<String>,
    #[serde(default)]
    original_issuer_name: Option<String>,
    #[serde(default)]
    user_name: Option<String>,
    #[serde(default)]
    original_user_name: Option<String>,
    secret: Zeroizing<String>,
    #[serde(default)]
    algorithm: Option<String>,
    digits: Option<u64>,
    time_step: Option<u64>,
    #[serde(default)]
    folder_data: Option<RawFolderData>,
}

/// Folder ids are numbers in some exports and strings in others.
#[derive(Deserialize, PartialEq)]
#[serde(untagged)]
enum Id {
    Number(i64),
    Text(String),
}

impl Id {
    fn same(&self, other: &Id) -> bool {
        match (self, other) {
            (Id::Number(a), Id::Text(b)) | (Id::Text(b), Id::Number(a)) => {
                b.trim().parse::<i64>().is_ok_and(|b| b == *a)
            }
            _ => self == other,
        }
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawFolderData {
    folder_id: Option<Id>,
}

#[derive(Deserialize)]
struct RawFolder {
    id: Id,
    #[serde(default)]
    name: String,
}

fn either<'a>(edited: &'a Option<String>, original: &'a Option<String>) -> &'a str {
    [edited, original]
        .into_iter()
        .filter_map(|s| s.as_deref().map(str::trim))
        .find(|s| !s.is_empty())
        .unwrap_or("")
}

/// Reads a LastPass Authenticator export.
pub fn read(text: &str) -> Result<Vec<Candidate>, ImportError> {
    let raw: RawExport = from_json(FORMAT, text.trim_start_matches('\u{feff}'))?;
    let folders = raw.folders.unwrap_or_default();
    Ok(raw
        .accounts
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let label = format!("entry {}", i + 1);
            match serde_json::from_str::<RawAccount>(v.get()) {
                Err(_) => Candidate::new(
                    label,
                    Err(Message::new("import-entry-missing-fields").into()),
                ),
                Ok(a) => {
                    let item = Fields {
                        kind: "totp",
                        issuer: either(&a.issuer_name, &a.original_issuer_name),
                        name: either(&a.user_name, &a.original_user_name),
                        secret: SecretField::Base32(&a.secret),
                        algorithm: a.algorithm.as_deref(),
                        digits: a.digits,
                        period: a.time_step,
                        counter: None,
                    }
                    .build();
                    let mut c = Candidate::new(label, item);
                    let folder = a
                        .folder_data
                        .as_ref()
                        .and_then(|d| d.folder_id.as_ref())
                        .and_then(|id| folders.iter().find(|f| f.id.same(id)))
                        .map(|f| f.name.trim())
                        .filter(|n| !n.is_empty());
                    c.tags = folder.map(str::to_string).into_iter().collect();
                    c
                }
            }
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::otp::code_at;

    fn export(accounts: &str, folders: &str) -> String {
        format!(
            r#"{{"deviceId":"d","deviceSecret":"s","localDeviceId":"l","deviceName":"phone","version":3,"accounts":[{accounts}],"folders":[{folders}]}}"#
        )
    }

    #[test]
    fn accounts_keep_their_algorithm_digits_and_time_step() {
        let text = export(
            r#"{"accountID":"1","issuerName":"Bank","originalIssuerName":"Bank","userName":"bob","originalUserName":"bob","pushNotification":false,"secret":"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZA","timeStep":60,"digits":8,"creationTimestamp":1,"isFavorite":false,"algorithm":"SHA256","folderData":null,"backupInfo":null}"#,
            "",
        );
        let all = read(&text).unwrap();
        assert_eq!(all[0].label, "Bank:bob");
        let a = all[0].item.as_ref().unwrap();
        assert_eq!(
            code_at(&a.params, &a.secret, 1_700_000_000).code,
            "77076628"
        );
    }

    #[test]
    fn empty_edited_names_fall_back_to_the_original_ones() {
        let text = export(
            r#"{"issuerName":"","originalIssuerName":"ACME","userName":" ","originalUserName":"ann","secret":"JBSWY3DPEHPK3PXP","timeStep":30,"digits":6,"algorithm":"SHA1"}"#,
            "",
        );
        assert_eq!(read(&text).unwrap()[0].label, "ACME:ann");
    }

    #[test]
    fn folders_become_tags_whether_ids_are_numbers_or_strings() {
        let text = export(
            r#"{"issuerName":"A","userName":"a","secret":"JBSWY3DPEHPK3PXP","folderData":{"folderId":"2","position":0}},
               {"issuerName":"B","userName":"b","secret":"JBSWY3DPEHPK3PXP","folderData":{"folderId":1,"position":0}},
               {"issuerName":"C","userName":"c","secret":"JBSWY3DPEHPK3PXP","folderData":{"folderId":9,"position":0}}"#,
            r#"{"id":1,"name":"Home","isOpened":true},{"id":2,"name":"Work","isOpened":false}"#,
        );
        let all = read(&text).unwrap();
        assert_eq!(all[0].tags, ["Work"]);
        assert_eq!(all[1].tags, ["Home"]);
        assert!(all[2].tags.is_empty());
    }

    #[test]
    fn unknown_algorithms_and_bad_entries_are_unusable_with_the_reason() {
        let text = export(
            r#"{"issuerName":"Old","userName":"md5","secret":"JBSWY3DPEHPK3PXP","algorithm":"MD5"},{"issuerName":"X"}"#,
            "",
        );
        let all = read(&text).unwrap();
        assert!(all[0]
            .item
            .as_ref()
            .err()
            .unwrap()
            .to_string()
            .contains("MD5"));
        assert!(all[1]
            .item
            .as_ref()
            .err()
            .unwrap()
            .to_string()
            .contains("missing"));
    }

    #[test]
    fn malformed_exports_quote_nothing() {
        let e = read(r#"{"accounts":{"secret":"JBSWY3DPEHPK3PXP"}}"#)
            .err()
            .unwrap();
        assert!(matches!(e, ImportError::Malformed { .. }), "{e}");
        assert!(!e.to_string().contains("JBSW"), "{e}");
    }
}
