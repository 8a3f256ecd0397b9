//! Import and export: everything that moves accounts in or out of the app.
//!
//! Reading is done in three steps:
//! 1. [`detect`] (`detect.rs`) names the [`Format`] from the content (or the user names it);
//!    the formats and their `--format` names are registered in `format.rs`;
//! 2. [`read`] parses the file into [`Candidate`]s, one per entry, usable or not (with the
//!    reason, an [`Unusable`]); each foreign format has its own file (or folder) here, with its own fixtures
//!    under `tests/fixtures/import/`; the readers hand each entry's fields to the neutral
//!    builder in `fields.rs` (`Fields`, `SecretField`), which validates them like a Key URI;
//!    where a plain format has an encrypted variant (andOTP, Bitwarden, Authenticator Pro,
//!    Authy's sealed tokens, Ente), `<format>_encrypted.rs` owns the decryption and hands the plaintext to the plain reader
//!    (`secretstream.rs` holds libsodium's secretstream for Ente); TOTP Authenticator's
//!    encrypted backup (`totp_authenticator_backup.rs`) hands its list to the reader of
//!    the app's preferences; FreeOTP 2's backup (`freeotp_backup.rs`, a Java-serialized
//!    map read by `java_map.rs`) hands each token to FreeOTP+'s token reader;
//! 3. [`plan`] (`plan.rs`) sorts the candidates into new accounts, duplicates (same secret and issuer
//!    as an account already stored, or earlier in the same file) and unusable ones, and
//!    [`apply`] stores the new ones in one transaction: accounts and recovery codes all
//!    land, or nothing does.
//!
//! Other apps' internal files (from a rooted phone) are read too: SQLite databases
//! (Google Authenticator, Microsoft Authenticator, Authenticator Pro) through
//! `sqlite_file.rs`, which opens them in memory and read-only; Android preferences files
//! (Authy, Battle.net, FreeOTP, TOTP Authenticator) through `prefs_xml.rs`; Duo's JSON.
//!
//! Password managers' exports: 1Password's `.1pux` and Proton Pass's zip (or JSON), and
//! Raivo OTP's password-protected zip, read through `zip_file.rs` (bounded members and
//! unpacked size, AES or ZipCrypto with the user's password).
//!
//! Authenticator Plus's backup (`authplus.db`, bare or zipped) is a SQLCipher 3 database:
//! `sqlcipher.rs` checks and decrypts its pages into a plain image for `sqlite_file.rs`;
//! its Export (a password-protected zip of otpauth links) goes through `zip_file.rs` to
//! `otpauth_list.rs`.
//!
//! Writing: [`export`] turns accounts (with their secrets) into an otpauth list, Google
//! Authenticator migration QR codes, an encrypted Aegis vault, a KeePass database, or our
//! own encrypted [`backup`].
//!
//! Error messages never quote the input: a file's content may be a secret.

pub mod aegis;
pub mod andotp;
pub mod andotp_encrypted;
pub mod authenticator_plus;
pub mod authenticator_pro;
pub mod authenticator_pro_db;
pub mod authenticator_pro_encrypted;
pub mod authy;
pub mod authy_encrypted;
pub mod backup;
pub mod battle_net;
pub mod bitwarden;
pub mod bitwarden_csv;
pub mod bitwarden_encrypted;
mod detect;
pub mod duo;
pub mod ente;
pub mod ente_encrypted;
pub mod export;
mod fields;
mod format;
pub mod freeotp_backup;
pub mod freeotp_plus;
pub mod freeotp_xml;
pub mod google;
pub mod google_authenticator_db;
mod java_map;
pub mod keepass;
pub mod lastpass;
pub mod microsoft_authenticator;
pub mod onepassword;
pub mod otpauth_list;
mod plan;
mod prefs_xml;
pub mod proton;
pub mod proton_pass;
pub mod qr;
pub mod raivo;
mod secretstream;
mod sqlcipher;
mod sqlite_file;
pub mod steam;
pub mod totp_authenticator;
pub mod totp_authenticator_backup;
pub mod twofas;
mod unusable;
mod zip_file;

use zeroize::Zeroizing;

pub use detect::detect;
pub(crate) use fields::{Fields, SecretField};
pub use format::Format;
pub use plan::{apply, existing_secrets, plan, ApplyError, Plan};
pub use unusable::Unusable;

use crate::otpauth::UriAccount;
use crate::storage::recovery::StoredCode;

/// Largest import file read, in bytes (QR images have their own limit in [`qr`]).
pub const MAX_FILE: usize = 64 * 1024 * 1024;

/// Why a file could not be read at all. Never quotes the file's content.
#[non_exhaustive]
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file is larger than [`MAX_FILE`].
    #[error("{}", self.english())]
    TooLarge {
        /// its size
        size: usize,
    },
    /// The content matches no known format.
    #[error("{}", self.english())]
    UnknownFormat,
    /// The file is encrypted and no password was given.
    #[error("{}", self.english())]
    NeedsPassword {
        /// the format's name
        format: &'static str,
    },
    /// The password does not open the file.
    #[error("{}", self.english())]
    WrongPassword {
        /// the format's name
        format: &'static str,
    },
    /// The file is not what its format says.
    #[error("{}", self.english())]
    Malformed {
        /// the format's name
        format: &'static str,
        /// what is wrong, without quoting the content
        detail: String,
    },
    /// The password was right (or none is needed) but the protected content is damaged.
    #[error("{}", self.english())]
    Damaged {
        /// the format's name
        format: &'static str,
        /// what is wrong
        detail: String,
    },
    /// A valid file using a feature this app does not read.
    #[error("{}", self.english())]
    Unsupported {
        /// the format's name
        format: &'static str,
        /// what is not supported and what to do instead
        detail: String,
    },
    /// The file holds no entries at all.
    #[error("{}", self.english())]
    Empty {
        /// the format's name
        format: &'static str,
    },
    /// A QR image that could not be decoded.
    #[error(transparent)]
    Qr(#[from] qr::QrError),
}

use crate::i18n::Localized as _;

impl crate::i18n::Localized for ImportError {
    fn message(&self) -> crate::i18n::Message {
        use crate::i18n::Message;
        match self {
            ImportError::TooLarge { size } => Message::new("import-too-large").arg("size", *size),
            ImportError::UnknownFormat => {
                Message::new("import-unknown-format").arg("formats", Format::names())
            }
            ImportError::NeedsPassword { format } => {
                Message::new("import-needs-password").arg("format", *format)
            }
            ImportError::WrongPassword { format } => {
                Message::new("import-wrong-password").arg("format", *format)
            }
            ImportError::Malformed { format, detail } => Message::new("import-malformed")
                .arg("format", *format)
                .arg("detail", detail.clone()),
            ImportError::Damaged { format, detail } => Message::new("import-damaged")
                .arg("format", *format)
                .arg("detail", detail.clone()),
            ImportError::Unsupported { format, detail } => Message::new("import-unsupported")
                .arg("format", *format)
                .arg("detail", detail.clone()),
            ImportError::Empty { format } => Message::new("import-empty").arg("format", *format),
            ImportError::Qr(e) => e.message(),
        }
    }
}

/// [`ImportError::Malformed`] for `format`: what is wrong, never quoting the content.
pub(crate) fn malformed(format: Format, detail: impl Into<String>) -> ImportError {
    ImportError::Malformed {
        format: format.name(),
        detail: detail.into(),
    }
}

/// [`ImportError::Damaged`] for `format`.
pub(crate) fn damaged(format: Format, detail: impl Into<String>) -> ImportError {
    ImportError::Damaged {
        format: format.name(),
        detail: detail.into(),
    }
}

/// An error from reading content that was decrypted with the right password (an AEAD or
/// a MAC vouched for the key): content that does not parse is then damaged, not the wrong
/// file.
pub(crate) fn decrypted(e: ImportError) -> ImportError {
    match e {
        ImportError::Malformed { format, detail } => ImportError::Damaged {
            format,
            detail: format!("its decrypted content: {detail}"),
        },
        other => other,
    }
}

/// [`ImportError::Unsupported`] for `format`: what is not read and what to do instead.
pub(crate) fn unsupported(format: Format, detail: impl Into<String>) -> ImportError {
    ImportError::Unsupported {
        format: format.name(),
        detail: detail.into(),
    }
}

/// Recovery codes carried by an entry (our own backup only).
#[derive(Clone)]
pub struct RecoveryCodes {
    /// The server profile they came from, if any.
    pub server: Option<String>,
    /// The codes with their state.
    pub codes: Vec<StoredCode>,
}

/// One entry of an import file. No `Debug`: it holds a secret.
pub struct Candidate {
    /// `issuer:account` (or `entry N` when the entry has no names), for reports.
    pub label: String,
    /// The account, or why it cannot be imported.
    pub item: Result<UriAccount, Unusable>,
    /// Recovery codes that come with it.
    pub recovery: Option<RecoveryCodes>,
    /// Its tags (groups, in formats that have them), as the file names them; the import
    /// keeps the valid ones.
    pub tags: Vec<String>,
    /// Its note, in formats that have one (Aegis, KeePass, Proton Authenticator, our backup).
    pub note: Option<Zeroizing<String>>,
    /// The icon chosen for it (our backup; an Aegis export of ours).
    pub icon: Option<crate::storage::icons::IconChoice>,
}

impl Candidate {
    /// An entry named `label` (replaced by `issuer:account` when the entry has names).
    pub fn new(label: String, item: Result<UriAccount, Unusable>) -> Self {
        let label = match &item {
            Ok(a) => label_of(&a.issuer, &a.account).unwrap_or(label),
            Err(_) => label,
        };
        Candidate {
            label,
            item,
            recovery: None,
            tags: Vec::new(),
            note: None,
            icon: None,
        }
    }
}

/// `issuer:account`, `issuer` or `account`; `None` when both are empty.
pub(crate) fn label_of(issuer: &str, account: &str) -> Option<String> {
    match (issuer.is_empty(), account.is_empty()) {
        (true, true) => None,
        (true, false) => Some(account.to_string()),
        (false, true) => Some(issuer.to_string()),
        (false, false) => Some(format!("{issuer}:{account}")),
    }
}

/// What a file held.
pub struct Parsed {
    /// The format read.
    pub format: Format,
    /// Whether the file was encrypted.
    pub encrypted: bool,
    /// Its entries, in file order.
    pub entries: Vec<Candidate>,
}

/// The password of an encrypted file. Zeroized on drop.
pub type Password = Zeroizing<String>;

/// Reads a file in the given format. Encrypted formats need `password`; without one
/// they answer [`ImportError::NeedsPassword`] so the caller can ask and call again.
pub fn read(bytes: &[u8], format: Format, password: Option<&str>) -> Result<Parsed, ImportError> {
    if bytes.len() > MAX_FILE {
        return Err(ImportError::TooLarge { size: bytes.len() });
    }
    let text = || {
        std::str::from_utf8(bytes).map_err(|_| ImportError::Malformed {
            format: format.name(),
            detail: "not UTF-8 text".into(),
        })
    };
    let plain = |entries| Parsed {
        format,
        encrypted: false,
        entries,
    };
    let parsed = match format {
        Format::OtpauthList => plain(otpauth_list::read(text()?)?),
        Format::Ente => ente_encrypted::read(text()?, password)?,
        Format::GoogleMigration => plain(google::read(text()?)?),
        Format::Bitwarden => bitwarden_encrypted::read(text()?, password)?,
        Format::AndOtp => andotp_encrypted::read(bytes, password)?,
        Format::FreeOtpPlus => plain(freeotp_plus::read(text()?)?),
        Format::Proton => plain(proton::read(text()?)?),
        Format::AuthenticatorPro => authenticator_pro_encrypted::read(bytes, password)?,
        Format::Steam => plain(steam::read(text()?)?),
        Format::BitwardenCsv => plain(bitwarden_csv::read(text()?)?),
        Format::LastPass => plain(lastpass::read(text()?)?),
        Format::Aegis => aegis::read(text()?, password)?,
        Format::TwoFas => twofas::read(text()?, password)?,
        Format::Backup => backup::read(bytes, password)?,
        Format::QrImage => plain(read_qr(bytes)?),
        Format::KeePass => keepass::read(bytes, password)?,
        Format::GoogleAuthenticatorDb => plain(google_authenticator_db::read(bytes)?),
        Format::MicrosoftAuthenticator => plain(microsoft_authenticator::read(bytes)?),
        Format::AuthenticatorProDb => plain(authenticator_pro_db::read(bytes)?),
        Format::Authy => authy::read(text()?, password)?,
        Format::BattleNet => plain(battle_net::read(text()?)?),
        Format::FreeOtpXml => plain(freeotp_xml::read(text()?)?),
        Format::Duo => plain(duo::read(text()?)?),
        Format::TotpAuthenticatorXml => plain(totp_authenticator::read(text()?)?),
        Format::OnePassword => plain(onepassword::read(bytes)?),
        Format::ProtonPass => plain(proton_pass::read(bytes)?),
        Format::Raivo => raivo::read(bytes, password)?,
        Format::TotpAuthenticator => totp_authenticator_backup::read(text()?, password)?,
        Format::FreeOtpBackup => freeotp_backup::read(bytes, password)?,
        Format::AuthenticatorPlus => authenticator_plus::read(bytes, password)?,
    };
    if parsed.entries.is_empty() {
        return Err(ImportError::Empty {
            format: format.name(),
        });
    }
    Ok(parsed)
}

/// QR images: each code is an otpauth or a migration URI.
fn read_qr(bytes: &[u8]) -> Result<Vec<Candidate>, ImportError> {
    let texts = qr::decode(bytes)?;
    let joined = Zeroizing::new(texts.join("\n"));
    otpauth_list::read(&joined)
}

/// An I/O error from any displayable error (crypto crates' errors are not all
/// `std::error::Error`).
pub(crate) fn io_other(e: impl std::fmt::Display) -> std::io::Error {
    std::io::Error::other(e.to_string())
}

/// A JSON error's category and place, never its message (it may quote the input),
/// except for missing fields, whose names are safe to show.
pub(crate) fn json_detail(e: &serde_json::Error) -> String {
    let message = e.to_string();
    if let Some(rest) = message.strip_prefix("missing field ") {
        let field = rest.split(' ').next().unwrap_or("");
        return format!("missing field {field}");
    }
    let what = match e.classify() {
        serde_json::error::Category::Io => "read error",
        serde_json::error::Category::Syntax => "not valid JSON",
        serde_json::error::Category::Data => "a field has the wrong type or value",
        serde_json::error::Category::Eof => "the file is cut short",
    };
    format!("{what} at line {} column {}", e.line(), e.column())
}

/// Parses JSON into a raw format struct, mapping errors to [`ImportError::Malformed`].
pub(crate) fn from_json<'a, T: serde::Deserialize<'a>>(
    format: Format,
    text: &'a str,
) -> Result<T, ImportError> {
    serde_json::from_str(text).map_err(|e| ImportError::Malformed {
        format: format.name(),
        detail: json_detail(&e),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_errors_never_quote_the_input() {
        let e = serde_json::from_str::<Vec<u32>>(r#"["JBSWY3DPEHPK3PXP"]"#).unwrap_err();
        let d = json_detail(&e);
        assert!(!d.contains("JBSW"), "{d}");
        assert!(d.contains("line 1"));
    }
}
