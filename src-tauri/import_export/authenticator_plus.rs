//! Authenticator Plus's two files, one format (`authenticator-plus`) for the user:
//!
//! - its backup (Android, More > Backup): `authplus.db`, the app's database encrypted
//!   with its master password by SQLCipher 3 (decrypted in `sqlcipher.rs`, then opened in
//!   memory, read-only, by `sqlite_file.rs`). The app writes the file bare, which cannot
//!   be told from noise (`--format authenticator-plus`); a zip holding `authplus.db` is
//!   recognised by that member. Its `accounts` table has one row per account: `email`
//!   (the account name), `secret` (base32; for Battle.net, hex), `type` (0 TOTP, 1 HOTP,
//!   2 Battle.net: 8 digits), `counter` (HOTP), `issuer` (may be empty: then the prefix of
//!   `original_name`, `Issuer:name`, names it) and `category` (a name from the `category`
//!   table; the default "All Accounts" is none), which becomes a tag. The app only made
//!   SHA1 codes, 6 digits, 30 s, so the table holds no other parameters.
//! - its export (Export): a password-protected zip holding `Accounts.txt`, one
//!   `otpauth://` link a line (read by `otpauth_list.rs`), beside an HTML page that is
//!   not read. Which zip encryption the app uses is not described publicly: AES and
//!   ZipCrypto both open (`zip_file.rs`); the zip is recognised by that member.

use zeroize::Zeroizing;

use super::google_authenticator_db::split_label;
use super::sqlite_file::{self, Cell};
use super::{decrypted, malformed, otpauth_list, sqlcipher, zip_file};
use super::{label_of, Candidate, Fields, Format, ImportError, Parsed, SecretField};
use crate::i18n::Message;

const FORMAT: Format = Format::AuthenticatorPlus;

/// The backup's file name (the zip member looked for).
pub(crate) const MEMBER: &str = "authplus.db";

/// The export's list of links (the zip member looked for).
pub(crate) const EXPORT_MEMBER: &str = "Accounts.txt";

/// The category every account is in.
const ALL_ACCOUNTS: &str = "All Accounts";

const COLUMNS: [&str; 7] = [
    "email",
    "original_name",
    "secret",
    "type",
    "counter",
    "issuer",
    "category",
];

/// Whether a zip member's name is the backup's (at the top or in a folder).
pub(crate) fn is_member(name: &str) -> bool {
    name.rsplit('/').next() == Some(MEMBER)
}

/// Whether a zip member's name is the export's list (at the top or in a folder).
pub(crate) fn is_export_member(name: &str) -> bool {
    name.rsplit('/').next() == Some(EXPORT_MEMBER)
}

/// Reads an Authenticator Plus file: a bare `authplus.db` or a zip holding it (with
/// `password`, the app's master password), or the export's zip (with the password it
/// was made with).
pub fn read(bytes: &[u8], password: Option<&str>) -> Result<Parsed, ImportError> {
    if !zip_file::is_zip(bytes) {
        return read_db(bytes, password);
    }
    let mut archive = zip_file::open(bytes, FORMAT)?;
    let names: Vec<String> = archive
        .file_names()
        .filter_map(Result::ok)
        .map(|n| n.into_owned())
        .collect();
    let missing = || {
        malformed(
            FORMAT,
            "the zip holds neither authplus.db (a backup) nor Accounts.txt (an export)",
        )
    };
    if let Some(name) = names.iter().find(|n| is_member(n)) {
        let db =
            zip_file::read_member(&mut archive, name, FORMAT, password)?.ok_or_else(missing)?;
        return read_db(&db, password);
    }
    let name = names
        .iter()
        .find(|n| is_export_member(n))
        .ok_or_else(missing)?;
    read_export(&mut archive, name, password)
}

/// Reads the export's `Accounts.txt` (`name`), decrypting it with `password`.
fn read_export(
    archive: &mut zip_file::Archive<'_>,
    name: &str,
    password: Option<&str>,
) -> Result<Parsed, ImportError> {
    let encrypted = zip_file::is_encrypted(archive, name).unwrap_or(false);
    let data = zip_file::read_member(archive, name, FORMAT, password)?
        .ok_or_else(|| malformed(FORMAT, "the zip holds no Accounts.txt"))?;
    let entries =
        zip_file::text(&data, FORMAT).and_then(|text| otpauth_list::read_as(text, FORMAT));
    // Content that a password opened (its checksum or MAC held) but is not a list is
    // damaged, not the wrong file.
    let entries = if encrypted {
        entries.map_err(decrypted)?
    } else {
        entries?
    };
    Ok(Parsed {
        format: FORMAT,
        encrypted,
        entries,
    })
}

/// Reads `authplus.db`: SQLCipher 3 under `password`, or plain SQLite (a database saved
/// without a password).
fn read_db(db: &[u8], password: Option<&str>) -> Result<Parsed, ImportError> {
    if sqlite_file::is_sqlite(db) {
        return Ok(Parsed {
            format: FORMAT,
            encrypted: false,
            entries: read_plain(db)?,
        });
    }
    // The shape is checked before a password is asked for.
    sqlcipher::salt(db, FORMAT)?;
    let password = password.ok_or(ImportError::NeedsPassword {
        format: FORMAT.name(),
    })?;
    let plain: Zeroizing<Vec<u8>> = sqlcipher::decrypt(db, password, FORMAT)?;
    // Every page's MAC held: content that does not read is damaged.
    let entries = read_plain(&plain).map_err(decrypted)?;
    Ok(Parsed {
        format: FORMAT,
        encrypted: true,
        entries,
    })
}

/// Reads the plain database's accounts.
pub(crate) fn read_plain(db: &[u8]) -> Result<Vec<Candidate>, ImportError> {
    let conn = sqlite_file::open(db, FORMAT)?;
    let rows = sqlite_file::rows(&conn, FORMAT, "accounts", &COLUMNS)?;
    Ok(rows
        .iter()
        .enumerate()
        .map(|(i, row)| entry(i, row))
        .collect())
}

fn entry(i: usize, row: &[Cell]) -> Candidate {
    let label = format!("entry {}", i + 1);
    let [email, original, secret, kind, counter, issuer, category] = row else {
        return Candidate::new(
            label,
            Err(Message::new("import-entry-missing-columns").into()),
        );
    };
    let (email, original, issuer_column) = (email.text(), original.text(), issuer.text());
    let (email_prefix, name) = split_label(&email);
    let (original_prefix, original_name) = split_label(&original);
    let name = if name.is_empty() { original_name } else { name };
    let issuer = [issuer_column.trim(), original_prefix, email_prefix]
        .into_iter()
        .find(|s| !s.is_empty())
        .unwrap_or("");
    let kind = kind.int();
    let issuer = match (kind, issuer) {
        (Some(2), "") => "Battle.net",
        (_, set) => set,
    };
    let label = label_of(issuer, name).unwrap_or(label);
    let counter = match counter.int() {
        Some(c) if c < 0 => {
            return Candidate::new(
                label,
                Err(Message::new("import-entry-negative-counter").into()),
            )
        }
        c => c.map(i64::unsigned_abs),
    };
    let secret = secret.text();
    let (kind, secret, digits) = match kind {
        Some(0) => ("totp", SecretField::Base32(&secret), None),
        Some(1) => ("hotp", SecretField::Base32(&secret), None),
        Some(2) => {
            let Ok(bytes) = data_encoding::HEXLOWER_PERMISSIVE.decode(secret.trim().as_bytes())
            else {
                return Candidate::new(
                    label,
                    Err(Message::new("import-entry-battle-net-not-hex").into()),
                );
            };
            ("totp", SecretField::Bytes(bytes), Some(8))
        }
        Some(n) => {
            return Candidate::new(
                label,
                Err(Message::new("import-entry-type-authenticator-plus")
                    .arg("type", n)
                    .into()),
            )
        }
        None => return Candidate::new(label, Err(Message::new("import-entry-no-type").into())),
    };
    let item = Fields {
        kind,
        issuer,
        name,
        secret,
        algorithm: None,
        digits,
        period: None,
        counter,
    }
    .build();
    let mut c = Candidate::new(label, item);
    let category = category.text();
    let category = category.trim();
    if c.item.is_ok() && !category.is_empty() && category != ALL_ACCOUNTS {
        c.tags.push(category.to_string());
    }
    c
}

#[cfg(test)]
#[path = "authenticator_plus_tests.rs"]
mod tests;
