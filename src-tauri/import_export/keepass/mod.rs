//! KeePass databases (`.kdbx`, KDBX 3.1 and 4.x), read with the `keepass` crate after our
//! own check of the outer header ([`header`]: the KDF's costs are bounded before any key
//! is derived).
//!
//! An entry is an account when it carries a TOTP the way KeePassXC stores one:
//! - the `otp` attribute: an `otpauth://` URI (`encoder=steam` for Steam; KeePassDX also
//!   writes `otpauth://hotp/...` there), or KeeOtp's `key=...&step=...&size=...`;
//! - or the older `TOTP Seed` (base32) with `TOTP Settings` `"PERIOD;DIGITS"`, where
//!   DIGITS `S` means Steam (`"30;6"` when absent).
//!
//! The issuer is the URI's, else the entry's Title; the account name the URI's, else the
//! UserName. Notes become the account's note. The group holding the entry becomes a tag
//! (the innermost group's name: `Work/Servers` gives `Servers`; entries directly in the
//! root group get none), and so do the entry's own KeePass tags. Entries without a TOTP are
//! reported as unusable with [`no_totp`], so the import says how many there were; entries
//! in the recycle bin are left out silently.
//!
//! [`write`] (in `write.rs`) writes a KDBX 4 database that KeePassXC opens.

pub mod header;
mod write;

pub use write::{write, Entry, WRITE_KDF};

use keepass::db::{fields, DatabaseFormatError, DatabaseOpenError, GroupId};
use keepass::{Database, DatabaseKey};
use zeroize::Zeroizing;

use super::{
    damaged, malformed, unsupported, Candidate, Fields, Format, ImportError, Parsed, SecretField,
    Unusable,
};
use crate::i18n::Message;
use crate::otpauth::{self, UriAccount};

const FORMAT: Format = Format::KeePass;

/// The reason given for an entry that holds no TOTP (a plain password entry).
pub fn no_totp() -> Unusable {
    Message::new("import-entry-no-totp-password").into()
}

/// The attribute KeePassXC keeps its TOTP in.
pub const OTP: &str = fields::OTP;

/// Reads a KeePass database; `password` is always needed (key files are not supported).
pub fn read(bytes: &[u8], password: Option<&str>) -> Result<Parsed, ImportError> {
    read_with(bytes, password, &header::LIMITS)
}

/// [`read`] with other KDF limits (tests).
pub fn read_with(
    bytes: &[u8],
    password: Option<&str>,
    limits: &header::Limits,
) -> Result<Parsed, ImportError> {
    let head = header::check(bytes, limits).map_err(|e| match e {
        header::HeaderError::Malformed(d) => malformed(FORMAT, d),
        header::HeaderError::Version(d) => unsupported(FORMAT, d),
        header::HeaderError::TooCostly(d) => unsupported(FORMAT, format!(
            "{d}: lower its encryption settings in KeePassXC (Database > Database Security) and try again"
        )),
    })?;
    let body = bytes.len() - head.end;
    if head.major == 3 && (body == 0 || !body.is_multiple_of(16)) {
        // AES-CBC output is whole blocks: a file that is not was cut short.
        return Err(damaged(FORMAT, "it is cut short"));
    }
    let password = password.ok_or(ImportError::NeedsPassword {
        format: FORMAT.name(),
    })?;
    let key = DatabaseKey::new().with_password(password);
    let db = Database::parse(bytes, key).map_err(|e| open_error(&e, head.major))?;
    Ok(Parsed {
        format: FORMAT,
        encrypted: true,
        entries: candidates(&db),
    })
}

/// The crate's error as ours; its messages are not shown (they are not ours to vouch for).
fn open_error(e: &DatabaseOpenError, major: u16) -> ImportError {
    let wrong = ImportError::WrongPassword {
        format: FORMAT.name(),
    };
    match e {
        DatabaseOpenError::Key(_) => wrong,
        // KDBX 3 has no header MAC: a wrong key shows as bad CBC padding (a damaged last
        // block would too; the whole-block length was checked above).
        DatabaseOpenError::Cryptography(_) if major == 3 => wrong,
        DatabaseOpenError::Cryptography(_) => {
            damaged(FORMAT, "its encryption parameters are invalid")
        }
        DatabaseOpenError::UnexpectedEof => damaged(FORMAT, "it is cut short"),
        DatabaseOpenError::UnsupportedVersion | DatabaseOpenError::VersionParse(_) => unsupported(
            FORMAT,
            "this KeePass version is not read (only KDBX 3.1 and 4.x)",
        ),
        DatabaseOpenError::Format(DatabaseFormatError::Kdbx4(_))
        | DatabaseOpenError::Format(DatabaseFormatError::Kdbx3(_)) => damaged(
            FORMAT,
            "its contents do not decode (a block, the compression or the XML)",
        ),
        _ => damaged(FORMAT, "its contents cannot be read"),
    }
}

/// Every entry outside the recycle bin, depth first: the root group's entries, then each
/// group's in file order, with the innermost group's name as the tag.
fn candidates(db: &Database) -> Vec<Candidate> {
    let bin: Option<GroupId> = db.recycle_bin().map(|g| g.id());
    let mut out = Vec::new();
    // An explicit stack: a deeply nested file cannot exhaust ours.
    let mut stack: Vec<(GroupId, Option<String>)> = vec![(db.root().id(), None)];
    while let Some((id, tag)) = stack.pop() {
        let Some(group) = db.group(id) else { continue };
        for e in group.entries() {
            let n = out.len() + 1;
            out.push(candidate(n, &e, tag.as_deref()));
        }
        let children: Vec<(GroupId, Option<String>)> = group
            .groups()
            .filter(|g| Some(g.id()) != bin)
            .map(|g| {
                (
                    g.id(),
                    Some(g.name.clone()).filter(|n| !n.trim().is_empty()),
                )
            })
            .collect();
        stack.extend(children.into_iter().rev());
    }
    out
}

fn candidate(index: usize, e: &keepass::db::Entry, group: Option<&str>) -> Candidate {
    let title = e.get(fields::TITLE).unwrap_or("").trim();
    let user = e.get(fields::USERNAME).unwrap_or("").trim();
    let label = [title, user]
        .into_iter()
        .find(|s| !s.is_empty())
        .map_or_else(|| format!("entry {index}"), str::to_string);
    let otp = e.get(OTP).map(str::trim).filter(|s| !s.is_empty());
    let seed = e.get("TOTP Seed").map(str::trim).filter(|s| !s.is_empty());
    let item = match (otp, seed) {
        (Some(otp), _) => from_otp(otp, title, user),
        (None, Some(seed)) => legacy(seed, e.get("TOTP Settings"), title, user),
        (None, None) => Err(no_totp()),
    };
    let mut c = Candidate::new(label, item);
    c.tags = group
        .map(str::to_string)
        .into_iter()
        .chain(e.tags.iter().map(|t| t.trim().to_string()))
        .filter(|t| !t.is_empty())
        .collect();
    c.note = e
        .get(fields::NOTES)
        .filter(|n| !n.trim().is_empty())
        .map(|n| Zeroizing::new(n.to_string()));
    c
}

/// The `otp` attribute: a Key URI, or KeeOtp's query form.
fn from_otp(otp: &str, title: &str, user: &str) -> Result<UriAccount, Unusable> {
    let lower = otp.get(..8).unwrap_or(otp).to_ascii_lowercase();
    if lower.starts_with("otpauth:") {
        let mut a = otpauth::parse(otp)?;
        // A Title that only repeats the account name (as our export writes for an account
        // without issuer) is no issuer.
        if a.issuer.is_empty() && title != a.account {
            a.issuer = otpauth::validate_name("issuer", title)?;
        }
        if a.account.is_empty() {
            a.account = otpauth::validate_name("account name", user)?;
        }
        return Ok(a);
    }
    // KeeOtp: key=BASE32&step=30&size=6&otpHashMode=Sha256&type=Totp (values URL-encoded).
    let mut pairs: Vec<(String, Zeroizing<String>)> = Vec::new();
    for pair in otp.split('&') {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let v = percent_encoding::percent_decode_str(v)
            .decode_utf8()
            .map_err(|_| Unusable::detail("the otp attribute is not valid URL encoding"))?;
        pairs.push((k.to_ascii_lowercase(), Zeroizing::new(v.into_owned())));
    }
    let get = |k: &str| pairs.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
    let key = get("key").ok_or_else(|| {
        Unusable::detail("the otp attribute is neither an otpauth URI nor KeeOtp settings")
    })?;
    let number = |k: &str| {
        get(k)
            .map(|v| {
                v.trim()
                    .parse::<u64>()
                    .map_err(|_| Unusable::detail(format!("the otp {k} is not a number")))
            })
            .transpose()
    };
    Fields {
        kind: get("type").unwrap_or("totp"),
        issuer: title,
        name: user,
        secret: SecretField::Base32(key),
        algorithm: get("otphashmode"),
        digits: number("size")?,
        period: number("step")?,
        counter: number("counter")?,
    }
    .build()
}

/// `TOTP Seed` with `TOTP Settings` `"PERIOD;DIGITS"` (DIGITS `S`: Steam).
fn legacy(
    seed: &str,
    settings: Option<&str>,
    title: &str,
    user: &str,
) -> Result<UriAccount, Unusable> {
    let settings = settings
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .unwrap_or("30;6");
    let mut parts = settings.split(';').map(str::trim);
    let period = parts
        .next()
        .and_then(|p| p.parse::<u64>().ok())
        .ok_or_else(|| {
            Unusable::detail("the TOTP Settings do not start with a period in seconds")
        })?;
    let (kind, digits) = match parts.next() {
        None | Some("") => ("totp", None),
        Some(s) if s.eq_ignore_ascii_case("s") => ("steam", None),
        Some(d) => (
            "totp",
            Some(
                d.parse::<u64>()
                    .map_err(|_| Unusable::detail("the TOTP Settings' digits are not a number"))?,
            ),
        ),
    };
    Fields {
        kind,
        issuer: title,
        name: user,
        secret: SecretField::Base32(seed),
        algorithm: None,
        digits,
        period: Some(period),
        counter: None,
    }
    .build()
}

#[cfg(test)]
mod tests;
