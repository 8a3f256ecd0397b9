//! Export: accounts (with their secrets) out of the app, in the formats of [`ExportFormat`]. [`gather`]
//! reads every account's secret from the keychain and its recovery codes from the
//! vault; [`render`] turns them into file contents. Writing the files (atomically) and
//! asking for confirmation and a password are the caller's.

use std::path::{Path, PathBuf};

use zeroize::Zeroizing;

use super::{aegis, backup, bitwarden, google, keepass, qr, twofas, RecoveryCodes};
use crate::account::Account;
use crate::issuer_icons::{set, Icon};
use crate::otpauth::{self, UriAccount};
use crate::storage::icons::IconChoice;
use crate::storage::{write_atomic, AccountStore, StorageError, VaultError};

pub mod paper;

/// The formats that can be written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// `otpauth://` URIs, one per line (plain text).
    Otpauth,
    /// Google Authenticator migration QR codes, PNG, at most 10 accounts each (plain).
    MigrationQr,
    /// A plain Aegis vault (JSON, not encrypted) that Aegis opens.
    Aegis,
    /// An encrypted Aegis vault that Aegis opens.
    AegisEncrypted,
    /// A plain 2FAS backup (`.2fas`).
    TwoFas,
    /// An encrypted 2FAS backup (`.2fas`) that 2FAS opens with the password.
    TwoFasEncrypted,
    /// A Bitwarden JSON export (unencrypted): one login item per account.
    Bitwarden,
    /// A paper backup to print: one HTML page with each account's QR code, secret and
    /// recovery codes (plain).
    Paper,
    /// Our own encrypted backup, recovery codes included.
    Backup,
    /// A KeePass database (KDBX 4, Argon2id) that KeePassXC opens and shows codes for.
    KeePass,
}

impl ExportFormat {
    /// Every format.
    pub const ALL: [ExportFormat; 10] = [
        ExportFormat::Otpauth,
        ExportFormat::MigrationQr,
        ExportFormat::Aegis,
        ExportFormat::AegisEncrypted,
        ExportFormat::TwoFas,
        ExportFormat::TwoFasEncrypted,
        ExportFormat::Bitwarden,
        ExportFormat::Paper,
        ExportFormat::Backup,
        ExportFormat::KeePass,
    ];

    /// The name `--format` takes.
    pub fn name(self) -> &'static str {
        match self {
            ExportFormat::Otpauth => "otpauth",
            ExportFormat::MigrationQr => "migration-qr",
            ExportFormat::Aegis => "aegis",
            ExportFormat::AegisEncrypted => "aegis-encrypted",
            ExportFormat::TwoFas => "2fas",
            ExportFormat::TwoFasEncrypted => "2fas-encrypted",
            ExportFormat::Bitwarden => "bitwarden",
            ExportFormat::Paper => "paper",
            ExportFormat::Backup => "backup",
            ExportFormat::KeePass => "keepass",
        }
    }

    /// The format of a `--format` name.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|f| f.name().eq_ignore_ascii_case(name.trim()))
    }

    /// Whether the output is encrypted under a password.
    pub fn encrypted(self) -> bool {
        matches!(
            self,
            ExportFormat::AegisEncrypted
                | ExportFormat::TwoFasEncrypted
                | ExportFormat::Backup
                | ExportFormat::KeePass
        )
    }
}

/// Why an export could not be made.
#[non_exhaustive]
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// Reading the accounts or a secret failed.
    #[error(transparent)]
    Storage(#[from] StorageError),
    /// Reading the recovery codes failed.
    #[error(transparent)]
    Vault(#[from] VaultError),
    /// There is nothing to export.
    #[error("{}", self.english())]
    Nothing,
    /// An encrypted format without a password.
    #[error("{}", self.english())]
    NeedsPassword {
        /// the format's name
        format: &'static str,
    },
    /// A file could not be written.
    #[error("{}", self.english())]
    Write {
        /// the file
        path: String,
        /// the system's words
        detail: String,
    },
    /// Encoding failed (randomness, QR size).
    #[error("{}", self.english())]
    Encode {
        /// what failed
        detail: String,
    },
}

use crate::i18n::Localized as _;

impl crate::i18n::Localized for ExportError {
    fn message(&self) -> crate::i18n::Message {
        use crate::i18n::Message;
        match self {
            ExportError::Storage(e) => e.message(),
            ExportError::Vault(e) => e.message(),
            ExportError::Nothing => Message::new("export-nothing"),
            ExportError::NeedsPassword { format } => {
                Message::new("export-needs-password").arg("format", *format)
            }
            ExportError::Write { path, detail } => Message::new("export-write")
                .arg("path", path.clone())
                .arg("detail", detail.clone()),
            ExportError::Encode { detail } => {
                Message::new("export-encode").arg("detail", detail.clone())
            }
        }
    }
}

/// One account with everything an export needs. No `Debug`: it holds a secret.
pub struct Item {
    /// The stored account.
    pub account: Account,
    /// Its names, parameters and secret.
    pub uri: UriAccount,
    /// Its recovery codes, if any.
    pub recovery: Option<RecoveryCodes>,
    /// Its tags.
    pub tags: Vec<String>,
    /// Its note.
    pub note: Option<Zeroizing<String>>,
    /// The icon chosen for it, if any.
    pub icon: Option<IconChoice>,
}

/// The items as the backup writer takes them.
pub fn backup_items(items: &[Item]) -> Vec<backup::Item<'_>> {
    items
        .iter()
        .map(|i| backup::Item {
            account: &i.uri,
            recovery: i.recovery.as_ref(),
            tags: &i.tags,
            note: i.note.as_deref().map(String::as_str),
            icon: i.icon.as_ref(),
        })
        .collect()
}

/// Every account with its secret and recovery codes, in the order they were added.
pub fn gather(store: &AccountStore) -> Result<Vec<Item>, ExportError> {
    if store.list()?.is_empty() {
        return Err(ExportError::Nothing);
    }
    let (accounts, codes) = store.with_secrets_and_codes()?;
    let organised = store.organised()?;
    let (mut tags, mut icons) = (organised.tags, organised.icons);
    let mut notes = store.notes()?;
    accounts
        .into_iter()
        .map(|(account, secret)| {
            let secret = secret?;
            let recovery = codes
                .entry(&account.id)
                .filter(|e| !e.codes.is_empty())
                .map(|e| RecoveryCodes {
                    server: e.server.clone(),
                    codes: e.codes.clone(),
                });
            let uri = UriAccount {
                issuer: account.issuer.clone(),
                account: account.account.clone(),
                params: account.params,
                secret,
            };
            Ok(Item {
                tags: tags.remove(&account.id).unwrap_or_default(),
                note: notes.remove(&account.id),
                icon: icons.remove(&account.id),
                account,
                uri,
                recovery,
            })
        })
        .collect()
}

/// What [`render`] made.
pub struct Rendered {
    /// The file contents: one file, or one PNG per batch for `migration-qr`.
    pub files: Vec<Zeroizing<Vec<u8>>>,
    /// How many accounts went in.
    pub exported: usize,
    /// `(label, reason)` of accounts the format cannot carry.
    pub skipped: Vec<(String, String)>,
}

/// Renders `items` in `format`; encrypted formats need `password`.
pub fn render(
    format: ExportFormat,
    items: &[Item],
    password: Option<&str>,
    now: u64,
) -> Result<Rendered, ExportError> {
    let encode = |e: std::io::Error| ExportError::Encode {
        detail: e.to_string(),
    };
    let needs_password = || ExportError::NeedsPassword {
        format: format.name(),
    };
    let all: Vec<&UriAccount> = items.iter().map(|i| &i.uri).collect();
    let mut skipped = Vec::new();
    let files = match format {
        ExportFormat::Otpauth => {
            let mut text = Zeroizing::new(String::from(
                "# MFA Companion export: otpauth URIs, one per line. THIS FILE HOLDS YOUR SECRETS IN PLAIN TEXT.\n",
            ));
            for a in &all {
                text.push_str(&otpauth::format(
                    &a.issuer, &a.account, &a.params, &a.secret,
                ));
                text.push('\n');
            }
            vec![Zeroizing::new(text.as_bytes().to_vec())]
        }
        ExportFormat::MigrationQr => {
            let mut fit = Vec::new();
            for i in items {
                match google::unsupported(&i.uri) {
                    Some(reason) => skipped.push((i.account.label(), reason.to_string())),
                    None => fit.push(&i.uri),
                }
            }
            let mut id = [0u8; 4];
            getrandom::fill(&mut id).map_err(|e| encode(super::io_other(e)))?;
            let batch_id = i32::from_be_bytes(id) & i32::MAX;
            google::encode_batches(&fit, batch_id)
                .iter()
                .map(|uri| {
                    qr::render_png(uri, 6)
                        .map(Zeroizing::new)
                        .map_err(|detail| ExportError::Encode { detail })
                })
                .collect::<Result<_, _>>()?
        }
        ExportFormat::Aegis => vec![aegis::write_plain(&aegis_entries(items)).map_err(encode)?],
        ExportFormat::AegisEncrypted => {
            let password = password.ok_or_else(needs_password)?;
            vec![Zeroizing::new(
                aegis::write_encrypted(&aegis_entries(items), password).map_err(encode)?,
            )]
        }
        ExportFormat::TwoFas | ExportFormat::TwoFasEncrypted => {
            let password = if format.encrypted() {
                Some(password.ok_or_else(needs_password)?)
            } else {
                None
            };
            let entries: Vec<twofas::Entry> = items
                .iter()
                .map(|i| twofas::Entry {
                    account: &i.uri,
                    group: i.tags.first().map(String::as_str),
                })
                .collect();
            vec![twofas::write(&entries, password, now).map_err(encode)?]
        }
        ExportFormat::Bitwarden => {
            let entries: Vec<bitwarden::Entry> = items
                .iter()
                .map(|i| bitwarden::Entry {
                    account: &i.uri,
                    folder: i.tags.first().map(String::as_str),
                    note: i.note.as_deref().map_or("", String::as_str),
                })
                .collect();
            vec![bitwarden::write(&entries).map_err(encode)?]
        }
        ExportFormat::Paper => {
            vec![paper::render(items, now).map_err(|detail| ExportError::Encode { detail })?]
        }
        ExportFormat::Backup => {
            let password = password.ok_or_else(needs_password)?;
            let list = backup_items(items);
            vec![Zeroizing::new(
                backup::write(&list, password, backup::WRITE_COST, now).map_err(encode)?,
            )]
        }
        ExportFormat::KeePass => {
            let password = password.ok_or_else(needs_password)?;
            let entries: Vec<keepass::Entry> = items
                .iter()
                .map(|i| keepass::Entry {
                    account: &i.uri,
                    tags: &i.tags,
                    note: i.note.as_deref().map_or("", String::as_str),
                })
                .collect();
            vec![Zeroizing::new(
                keepass::write(&entries, password, keepass::WRITE_KDF).map_err(encode)?,
            )]
        }
    };
    Ok(Rendered {
        exported: items.len() - skipped.len(),
        files,
        skipped,
    })
}

impl Rendered {
    /// Writes the files atomically (0600): one file at `path`, or for several (migration
    /// QR batches) `stem-1.ext`, `stem-2.ext`, ... beside it. Returns the paths written.
    pub fn write_to(&self, path: &Path) -> Result<Vec<PathBuf>, ExportError> {
        let paths: Vec<PathBuf> = if self.files.len() == 1 {
            vec![path.to_path_buf()]
        } else {
            let stem = path
                .file_stem()
                .map_or_else(|| "export".into(), |s| s.to_string_lossy().into_owned());
            let ext = path
                .extension()
                .map_or_else(|| "png".into(), |e| e.to_string_lossy().into_owned());
            (1..=self.files.len())
                .map(|n| path.with_file_name(format!("{stem}-{n}.{ext}")))
                .collect()
        };
        for (p, f) in paths.iter().zip(&self.files) {
            write_atomic(p, f).map_err(|e| ExportError::Write {
                path: p.display().to_string(),
                detail: e.to_string(),
            })?;
        }
        Ok(paths)
    }
}

/// The items as the Aegis writers take them: tags, notes and the icons shown.
fn aegis_entries(items: &[Item]) -> Vec<aegis::Entry<'_>> {
    items
        .iter()
        .map(|i| aegis::Entry {
            account: &i.uri,
            tags: &i.tags,
            note: i.note.as_deref().map_or("", String::as_str),
            icon: aegis_icon(Icon::shown(i.icon.as_ref(), &i.uri.issuer, &i.uri.account)),
        })
        .collect()
}

/// The icon an Aegis export carries for what an account shows: a bundled logo as its
/// SVG, an image of the user's as it is kept; a letter avatar is none.
fn aegis_icon(shown: Icon) -> Option<aegis::IconFile> {
    match shown {
        Icon::Set { slug, .. } => set::by_slug(&slug).map(|e| aegis::IconFile {
            mime: "image/svg+xml".into(),
            bytes: crate::issuer_icons::svg(e).into_bytes(),
        }),
        Icon::Image { mime, data } => data_encoding::BASE64
            .decode(data.as_bytes())
            .ok()
            .map(|bytes| aegis::IconFile { mime, bytes }),
        _ => None,
    }
}
