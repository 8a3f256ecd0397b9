//! Writing a KeePass database (KDBX 4, AES-256, Argon2id) that KeePassXC opens with the
//! password and shows codes for:
//!
//! - each account is one entry: Title = issuer (the account name when there is none),
//!   UserName = account name, the `otp` attribute (protected) = the Key URI in KeePassXC's
//!   form (Steam as `otpauth://totp/...&encoder=steam`, HOTP as `otpauth://hotp/...`, which
//!   KeePassDX reads and KeePassXC, computing TOTP only, does not), Notes = the note;
//! - the first tag is the entry's group (one group per tag, names compared ignoring case,
//!   directly under the root); the other tags go in the entry's KeePass Tags.
//!
//! The database is built in memory and serialised by the `keepass` crate; the file is
//! written atomically by the caller (`export.rs`).

use keepass::config::KdfConfig;
use keepass::db::{fields, GroupId};
use keepass::{Database, DatabaseKey};
use zeroize::Zeroizing;

use super::OTP;
use crate::otp::Kind;
use crate::otpauth::{self, UriAccount};

/// Argon2id costs of a written file.
#[derive(Debug, Clone, Copy)]
pub struct WriteKdf {
    /// Memory, bytes.
    pub memory: u64,
    /// Passes.
    pub iterations: u64,
    /// Lanes.
    pub parallelism: u32,
}

/// KeePassXC's defaults for a new database (64 MiB, 2 lanes) with 10 passes: about a
/// second on a laptop, like KeePassXC's own one-second benchmark.
pub const WRITE_KDF: WriteKdf = WriteKdf {
    memory: 64 * 1024 * 1024,
    iterations: 10,
    parallelism: 2,
};

/// One account to write.
pub struct Entry<'a> {
    /// The account with its secret.
    pub account: &'a UriAccount,
    /// Its tags: the first becomes its group, the rest KeePass tags.
    pub tags: &'a [String],
    /// Its note ("" for none).
    pub note: &'a str,
}

/// The Key URI as KeePassXC writes it in `otp`. Holds the secret: zeroized on drop.
pub fn otp_uri(a: &UriAccount) -> Zeroizing<String> {
    let uri = otpauth::format(&a.issuer, &a.account, &a.params, &a.secret);
    if a.params.kind() != Kind::Steam {
        return uri;
    }
    let rest = uri.strip_prefix("otpauth://steam/").unwrap_or(uri.as_str());
    let mut out = Zeroizing::new(format!("otpauth://totp/{rest}"));
    if !rest.contains("&period=") {
        out.push_str("&period=30");
    }
    out.push_str("&digits=5&encoder=steam");
    out
}

/// An encrypted KDBX 4 database holding `entries`, under `password`.
pub fn write(entries: &[Entry], password: &str, kdf: WriteKdf) -> Result<Vec<u8>, std::io::Error> {
    let mut db = Database::new();
    let version = match &db.config.kdf_config {
        KdfConfig::Argon2 { version, .. } | KdfConfig::Argon2id { version, .. } => *version,
        _ => {
            return Err(std::io::Error::other(
                "the keepass crate's default KDF is not Argon2",
            ))
        }
    };
    db.config.kdf_config = KdfConfig::Argon2id {
        iterations: kdf.iterations,
        memory: kdf.memory,
        parallelism: kdf.parallelism,
        version,
    };
    db.meta.generator = Some("MFA Companion".into());
    db.meta.database_name = Some("MFA Companion export".into());
    let root = db.root().id();
    let mut groups: Vec<(String, GroupId)> = Vec::new();
    for e in entries {
        let a = e.account;
        let parent = match e.tags.first() {
            None => root,
            Some(tag) => {
                let key = tag.to_lowercase();
                match groups.iter().find(|(k, _)| *k == key) {
                    Some((_, id)) => *id,
                    None => {
                        let mut g = db.root_mut();
                        let mut group = g.add_group();
                        group.name = tag.clone();
                        let id = group.id();
                        groups.push((key, id));
                        id
                    }
                }
            }
        };
        let mut group = db
            .group_mut(parent)
            .ok_or_else(|| std::io::Error::other("a group just made is missing"))?;
        let mut entry = group.add_entry();
        let title = if a.issuer.is_empty() {
            &a.account
        } else {
            &a.issuer
        };
        entry.set_unprotected(fields::TITLE, title.as_str());
        entry.set_unprotected(fields::USERNAME, a.account.as_str());
        entry.set_protected(OTP, otp_uri(a).as_str());
        if !e.note.is_empty() {
            entry.set_unprotected(fields::NOTES, e.note);
        }
        entry.tags = e.tags.iter().skip(1).cloned().collect();
    }
    let mut out = Vec::new();
    db.save(&mut out, DatabaseKey::new().with_password(password))
        .map_err(|e| {
            std::io::Error::other(format!("the KeePass database could not be written: {e}"))
        })?;
    Ok(out)
}
