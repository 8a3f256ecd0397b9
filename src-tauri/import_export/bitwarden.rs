//! Bitwarden's JSON export (unencrypted): `{"encrypted": false, "items": [...]}` (the
//! password-protected export is opened by `bitwarden_encrypted.rs`, which hands the
//! decrypted JSON here; one encrypted with the account's key is refused). Login
//! items may carry `login.totp`, which is an `otpauth://` URI, a `steam://SECRET`, or a
//! bare base32 secret (then a 6-digit, 30-second SHA1 TOTP named after the item and its
//! username). Items without a TOTP are passwords, not accounts here, and are left out.
//! An item's folder (`folderId`, into `"folders": [{"id", "name"}]`) is read as a tag, its
//! `notes` as the note.
//!
//! [`write`] writes such an export: one login item per account.

use serde::Deserialize;
use zeroize::Zeroizing;

use super::{from_json, Candidate, Fields, Format, ImportError, SecretField, Unusable};
use crate::otp::Kind;
use crate::otpauth::{self, UriAccount};

const FORMAT: Format = Format::Bitwarden;

#[derive(Deserialize)]
struct RawExport {
    encrypted: bool,
    #[serde(default)]
    items: Vec<RawItem>,
    #[serde(default)]
    folders: Vec<RawFolder>,
}

#[derive(Deserialize)]
struct RawFolder {
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    name: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawItem {
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    login: Option<RawLogin>,
    #[serde(default)]
    folder_id: Option<String>,
    #[serde(default)]
    notes: Option<Zeroizing<String>>,
}

#[derive(Deserialize)]
struct RawLogin {
    #[serde(default)]
    username: Option<String>,
    #[serde(default)]
    totp: Option<Zeroizing<String>>,
}

/// Reads a Bitwarden JSON export.
pub fn read(text: &str) -> Result<Vec<Candidate>, ImportError> {
    let raw: RawExport = from_json(FORMAT, text)?;
    if raw.encrypted {
        return Err(ImportError::Unsupported {
            format: FORMAT.name(),
            detail: "it is encrypted with your Bitwarden account's own key, which only that account can open: export again with a password (\"JSON (Encrypted)\", \"Password protected\"), or as plain \"JSON\"".into(),
        });
    }
    Ok(raw
        .items
        .iter()
        .enumerate()
        .filter_map(|(i, item)| {
            let login = item.login.as_ref()?;
            let totp = login.totp.as_ref().filter(|t| !t.trim().is_empty())?;
            let name = item.name.as_deref().unwrap_or("");
            let user = login.username.as_deref().unwrap_or("");
            let mut c = entry(i, name, user, totp.trim());
            c.tags = item
                .folder_id
                .as_deref()
                .and_then(|id| raw.folders.iter().find(|f| f.id.as_deref() == Some(id)))
                .and_then(|f| f.name.as_deref())
                .filter(|n| !n.trim().is_empty())
                .map(|n| vec![n.to_string()])
                .unwrap_or_default();
            c.note = item.notes.clone().filter(|n| !n.trim().is_empty());
            Some(c)
        })
        .collect())
}

/// One item with a TOTP (also used by the CSV export's reader, `bitwarden_csv.rs`).
pub(super) fn entry(index: usize, name: &str, user: &str, totp: &str) -> Candidate {
    let label = if name.is_empty() {
        format!("item {}", index + 1)
    } else {
        name.to_string()
    };
    let lower = totp.get(..10).unwrap_or(totp).to_ascii_lowercase();
    let item = if lower.starts_with("otpauth:") {
        otpauth::parse(totp).map_err(Unusable::from).map(|mut a| {
            // Bitwarden keeps the item's name apart; use it where the URI has none.
            if a.issuer.is_empty() {
                a.issuer = name.trim().to_string();
            }
            a
        })
    } else {
        let (kind, secret) = match totp.get(..8) {
            Some(p) if p.eq_ignore_ascii_case("steam://") => ("steam", &totp[8..]),
            _ => ("totp", totp),
        };
        Fields {
            kind,
            issuer: name,
            name: user,
            secret: SecretField::Base32(secret),
            algorithm: None,
            digits: None,
            period: None,
            counter: None,
        }
        .build()
    };
    Candidate::new(label, item)
}

/// One account to write.
pub struct Entry<'a> {
    /// The account with its secret.
    pub account: &'a UriAccount,
    /// Its folder (our first tag), if any.
    pub folder: Option<&'a str>,
    /// Its note ("" for none).
    pub note: &'a str,
}

#[derive(serde::Serialize)]
struct OutExport<'a> {
    encrypted: bool,
    folders: Vec<OutFolder<'a>>,
    items: Vec<OutItem<'a>>,
}

#[derive(serde::Serialize)]
struct OutFolder<'a> {
    id: String,
    name: &'a str,
}

#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct OutItem<'a> {
    id: String,
    organization_id: Option<()>,
    folder_id: Option<String>,
    #[serde(rename = "type")]
    kind: u8,
    reprompt: u8,
    name: &'a str,
    notes: Option<&'a str>,
    favorite: bool,
    login: OutLogin<'a>,
    collection_ids: Option<()>,
}

#[derive(serde::Serialize)]
struct OutLogin<'a> {
    uris: [(); 0],
    username: &'a str,
    password: Option<()>,
    /// The Key URI (Steam: `steam://SECRET`, as Bitwarden writes it).
    totp: Zeroizing<String>,
}

/// A Bitwarden JSON export (unencrypted, as Bitwarden's "JSON" export) of `accounts`: one
/// login item each, named after the issuer (the account name when there is none), the
/// account name as the username, `login.totp` the Key URI (Steam as `steam://SECRET`),
/// the note, and the first tag as its folder. THE RESULT HOLDS EVERY SECRET IN THE CLEAR.
pub fn write(accounts: &[Entry]) -> Result<Zeroizing<Vec<u8>>, std::io::Error> {
    let mut folders: Vec<OutFolder> = Vec::new();
    for name in accounts.iter().filter_map(|e| e.folder) {
        if !folders
            .iter()
            .any(|f| f.name.to_lowercase() == name.to_lowercase())
        {
            folders.push(OutFolder {
                id: uuid::Uuid::new_v4().to_string(),
                name,
            });
        }
    }
    let items: Vec<OutItem> = accounts
        .iter()
        .map(|e| {
            let a = e.account;
            let totp = if a.params.kind() == Kind::Steam {
                Zeroizing::new(format!("steam://{}", a.secret.to_base32().as_str()))
            } else {
                otpauth::format(&a.issuer, &a.account, &a.params, &a.secret)
            };
            OutItem {
                id: uuid::Uuid::new_v4().to_string(),
                organization_id: None,
                folder_id: e.folder.and_then(|t| {
                    folders
                        .iter()
                        .find(|f| f.name.to_lowercase() == t.to_lowercase())
                        .map(|f| f.id.clone())
                }),
                kind: 1,
                reprompt: 0,
                name: if a.issuer.is_empty() {
                    &a.account
                } else {
                    &a.issuer
                },
                notes: Some(e.note).filter(|n| !n.is_empty()),
                favorite: false,
                login: OutLogin {
                    uris: [],
                    username: &a.account,
                    password: None,
                    totp,
                },
                collection_ids: None,
            }
        })
        .collect();
    let export = OutExport {
        encrypted: false,
        folders,
        items,
    };
    let mut out = Zeroizing::new(Vec::with_capacity(64 * 1024));
    serde_json::to_writer_pretty(&mut *out, &export).map_err(super::io_other)?;
    out.push(b'\n');
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_written_export_reads_back_with_folders_notes_and_steam() {
        let a = otpauth::parse(
            "otpauth://totp/A:a?secret=JBSWY3DPEHPK3PXP&algorithm=SHA256&digits=8&period=60",
        )
        .unwrap();
        let h = otpauth::parse("otpauth://hotp/H:h?secret=JBSWY3DPEHPK3PXQ&counter=7").unwrap();
        let s = otpauth::parse("otpauth://steam/Steam:s?secret=JBSWY3DPEHPK3PXR").unwrap();
        let entry = |account, folder, note| Entry {
            account,
            folder,
            note,
        };
        let file = write(&[
            entry(&a, Some("Work"), "spare key"),
            entry(&h, Some("work"), ""),
            entry(&s, None, ""),
        ])
        .unwrap();
        let text = std::str::from_utf8(&file).unwrap();
        let v: serde_json::Value = serde_json::from_str(text).unwrap();
        assert_eq!(v["items"][2]["login"]["totp"], "steam://JBSWY3DPEHPK3PXR");
        assert_eq!(v["folders"].as_array().unwrap().len(), 1);
        let back: Vec<_> = read(text)
            .unwrap()
            .into_iter()
            .map(|c| (c.item.unwrap(), c.tags, c.note.map(|n| n.to_string())))
            .collect();
        let work = vec!["Work".to_string()];
        assert_eq!(back[0], (a, work.clone(), Some("spare key".to_string())));
        assert_eq!(back[1], (h, work, None));
        // Steam's bare secret comes back named after the item and its username.
        assert_eq!(back[2], (s, vec![], None));
    }
}
