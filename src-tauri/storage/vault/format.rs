//! The bytes of a vault file, and nothing else: sealing and opening them.
//!
//! Version 2 (`accounts.vault`, everything the app stores):
//!
//! | bytes | field |
//! |---|---|
//! | 8 | magic `MFACVLT\0` |
//! | 2 | format version, big endian (2) |
//! | 1 | cipher (1 = XChaCha20-Poly1305) |
//! | 24 | nonce, fresh for every write |
//! | 4 | length N of the public part, big endian |
//! | N | public part: JSON [`Public`] (account names and parameters, no secret) |
//! | rest | ciphertext of the JSON [`Private`] part (secrets, recovery codes), with its tag |
//!
//! Everything before the ciphertext is the AEAD's associated data, so a changed byte
//! anywhere fails authentication. The public part is readable without the key (so `list`
//! works while the keychain or the app lock is closed); it is trusted only once the whole
//! file has been opened with the key.
//!
//! Version 1 (`recovery.vault`, recovery codes only, before the one-vault design) is the
//! same without the public part; it is read once, by the migration.

use std::collections::BTreeMap;

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, Zeroizing};

use crate::account::AccountRecord;
use crate::storage::recovery::Contents;

pub(crate) const MAGIC: &[u8; 8] = b"MFACVLT\0";
/// The version this build writes.
pub const VERSION: u16 = 2;
const CIPHER_XCHACHA: u8 = 1;
const FIXED_LEN: usize = 8 + 2 + 1 + 24;
const TAG_LEN: usize = 16;
/// The `format` tag of the public part.
pub const FORMAT: &str = "mfa-companion/vault";

/// The part anyone with the file can read: what `list` shows.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Public {
    /// Always [`FORMAT`].
    pub format: String,
    /// Counts every write; a reader can tell two versions of the file apart.
    pub generation: u64,
    /// Accounts in the order they were added (no secrets).
    pub accounts: Vec<AccountRecord>,
    /// Things the user should hear about once (for example accounts the migration could
    /// not carry over); shown by `doctor`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    /// Ids of the accounts pinned to the top (the tray menu shows these), in pin order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pinned: Vec<String>,
    /// The user's tags, by account id (see [`crate::storage::tags`]).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub tags: BTreeMap<String, Vec<String>>,
    /// The icon the user chose, by account id (see [`crate::storage::icons`]); an
    /// account without one shows the icon its issuer matches.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub icons: BTreeMap<String, crate::storage::icons::IconChoice>,
}

/// The encrypted part. No `Debug`.
#[derive(Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Private {
    /// Each account's secret in canonical base32, by account id.
    pub secrets: BTreeMap<String, Zeroizing<String>>,
    /// Recovery codes.
    pub recovery: Contents,
    /// The user's notes, by account id (see [`crate::storage::notes`]).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub notes: BTreeMap<String, Zeroizing<String>>,
}

/// Why bytes could not be opened. Never holds a secret.
#[derive(Debug)]
pub enum Unsealed {
    /// Authentication or parsing failed.
    Damaged(String),
    /// Written by a newer version.
    Newer(u16),
}

fn damaged(detail: impl Into<String>) -> Unsealed {
    Unsealed::Damaged(detail.into())
}

/// Seals a version-2 file under `key` with a fresh nonce.
pub fn seal(key: &[u8; 32], public: &Public, private: &Private) -> Result<Vec<u8>, String> {
    let mut nonce = [0u8; 24];
    getrandom::fill(&mut nonce).map_err(|e| format!("no randomness: {e}"))?;
    let public_json = serde_json::to_vec(public).map_err(|e| e.to_string())?;
    let len = u32::try_from(public_json.len()).map_err(|_| "the account list is too large")?;
    let mut out = Vec::with_capacity(FIXED_LEN + 4 + public_json.len() + 64);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&VERSION.to_be_bytes());
    out.push(CIPHER_XCHACHA);
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&len.to_be_bytes());
    out.extend_from_slice(&public_json);
    let plain = Zeroizing::new(serde_json::to_vec(private).map_err(|e| e.to_string())?);
    append_sealed(key, &nonce, &plain, out)
}

/// Encrypts `plain` with `header` (everything written so far) as associated data, and
/// appends the ciphertext to it.
fn append_sealed(
    key: &[u8; 32],
    nonce: &[u8; 24],
    plain: &[u8],
    mut header: Vec<u8>,
) -> Result<Vec<u8>, String> {
    let sealed = XChaCha20Poly1305::new(key.into())
        .encrypt(
            XNonce::from_slice(nonce),
            Payload {
                msg: plain,
                aad: &header,
            },
        )
        .map_err(|_| "encryption failed".to_string())?;
    header.extend_from_slice(&sealed);
    Ok(header)
}

/// A version-2 file's parts, borrowed.
struct Parts<'a> {
    /// Everything before the ciphertext (the associated data).
    aad: &'a [u8],
    /// The public JSON.
    public: &'a [u8],
    /// Ciphertext and tag.
    sealed: &'a [u8],
}

/// Splits a version-2 file into its parts, checking the header but not authenticating
/// anything.
fn split(bytes: &[u8]) -> Result<Parts<'_>, Unsealed> {
    if bytes.len() < FIXED_LEN + 4 + TAG_LEN {
        return Err(damaged("the file is too short"));
    }
    if &bytes[..8] != MAGIC {
        return Err(damaged("not a vault file"));
    }
    let version = u16::from_be_bytes([bytes[8], bytes[9]]);
    if version > VERSION {
        return Err(Unsealed::Newer(version));
    }
    if version != VERSION || bytes[10] != CIPHER_XCHACHA {
        return Err(damaged("unknown format version or cipher"));
    }
    let len_at = FIXED_LEN;
    let len = u32::from_be_bytes([
        bytes[len_at],
        bytes[len_at + 1],
        bytes[len_at + 2],
        bytes[len_at + 3],
    ]) as usize;
    let public_end = (len_at + 4)
        .checked_add(len)
        .filter(|end| end + TAG_LEN <= bytes.len())
        .ok_or_else(|| damaged("the file is truncated"))?;
    Ok(Parts {
        aad: &bytes[..public_end],
        public: &bytes[len_at + 4..public_end],
        sealed: &bytes[public_end..],
    })
}

/// Reads the public part without the key (not authenticated: see the module doc).
pub fn read_public(bytes: &[u8]) -> Result<Public, Unsealed> {
    parse_public(split(bytes)?.public)
}

fn parse_public(public: &[u8]) -> Result<Public, Unsealed> {
    let p: Public = serde_json::from_slice(public)
        .map_err(|e| damaged(format!("the account list does not parse ({e})")))?;
    if p.format != FORMAT {
        return Err(damaged(format!("format is {:?}", p.format)));
    }
    Ok(p)
}

/// Opens and authenticates a version-2 file.
pub fn open(key: &[u8; 32], bytes: &[u8]) -> Result<(Public, Private), Unsealed> {
    let parts = split(bytes)?;
    let nonce = XNonce::from_slice(&bytes[11..FIXED_LEN]);
    let plain = decrypt(key, nonce, parts.aad, parts.sealed)?;
    let public = parse_public(parts.public)?;
    let private = parse_private::<Private>(plain)?;
    Ok((public, private))
}

fn decrypt(
    key: &[u8; 32],
    nonce: &XNonce,
    aad: &[u8],
    sealed: &[u8],
) -> Result<Zeroizing<Vec<u8>>, Unsealed> {
    XChaCha20Poly1305::new(key.into())
        .decrypt(nonce, Payload { msg: sealed, aad })
        .map(Zeroizing::new)
        .map_err(|_| damaged("authentication failed: it was changed or is from another keychain"))
}

fn parse_private<T: for<'de> Deserialize<'de>>(
    mut plain: Zeroizing<Vec<u8>>,
) -> Result<T, Unsealed> {
    let parsed = serde_json::from_slice::<T>(&plain)
        .map_err(|e| damaged(format!("contents do not parse ({})", category(&e))));
    plain.zeroize();
    parsed
}

/// The error's category only: serde messages may quote the (secret) input.
fn category(e: &serde_json::Error) -> &'static str {
    match e.classify() {
        serde_json::error::Category::Io => "io",
        serde_json::error::Category::Syntax => "syntax",
        serde_json::error::Category::Data => "data",
        serde_json::error::Category::Eof => "truncated",
    }
}

/// Opens a version-1 recovery vault (`recovery.vault`), for the migration.
pub fn open_v1(key: &[u8; 32], bytes: &[u8]) -> Result<Contents, Unsealed> {
    if bytes.len() < FIXED_LEN + TAG_LEN {
        return Err(damaged("the file is too short"));
    }
    let (header, sealed) = bytes.split_at(FIXED_LEN);
    if &header[..8] != MAGIC {
        return Err(damaged("not a vault file"));
    }
    let version = u16::from_be_bytes([header[8], header[9]]);
    if version != 1 || header[10] != CIPHER_XCHACHA {
        return Err(damaged("not a version-1 recovery vault"));
    }
    let plain = decrypt(key, XNonce::from_slice(&header[11..]), header, sealed)?;
    parse_private::<Contents>(plain)
}

/// Seals a version-1 recovery vault exactly as releases before the one-vault design did;
/// kept so that the migration can be tested against files of that format.
pub fn seal_v1(key: &[u8; 32], contents: &Contents) -> Result<Vec<u8>, String> {
    let mut nonce = [0u8; 24];
    getrandom::fill(&mut nonce).map_err(|e| e.to_string())?;
    let mut header = Vec::with_capacity(FIXED_LEN);
    header.extend_from_slice(MAGIC);
    header.extend_from_slice(&1u16.to_be_bytes());
    header.push(CIPHER_XCHACHA);
    header.extend_from_slice(&nonce);
    let plain = Zeroizing::new(serde_json::to_vec(contents).map_err(|e| e.to_string())?);
    append_sealed(key, &nonce, &plain, header)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> (Public, Private) {
        let public = Public {
            format: FORMAT.into(),
            generation: 3,
            accounts: Vec::new(),
            notes: vec!["n".into()],
            pinned: vec!["a1".into()],
            tags: BTreeMap::from([("a1".into(), vec!["work".into()])]),
            icons: BTreeMap::from([(
                "a1".into(),
                crate::storage::icons::IconChoice::Set {
                    slug: "gitlab".into(),
                },
            )]),
        };
        let mut private = Private::default();
        private
            .secrets
            .insert("a1".into(), Zeroizing::new("JBSWY3DPEHPK3PXP".into()));
        (public, private)
    }

    #[test]
    fn a_sealed_file_opens_and_holds_no_secret_in_clear() {
        let key = [7u8; 32];
        let (public, private) = sample();
        let bytes = seal(&key, &public, &private).unwrap();
        assert!(!bytes.windows(8).any(|w| w == b"JBSWY3DP"));
        let (p, s) = open(&key, &bytes).unwrap();
        assert_eq!((p.generation, p.notes), (3, vec!["n".to_string()]));
        assert_eq!(p.tags["a1"], vec!["work".to_string()]);
        assert!(
            matches!(&p.icons["a1"], crate::storage::icons::IconChoice::Set { slug } if slug == "gitlab")
        );
        assert_eq!(s.secrets["a1"].as_str(), "JBSWY3DPEHPK3PXP");
        assert_eq!(read_public(&bytes).unwrap().generation, 3);
        assert!(matches!(
            open(&[8u8; 32], &bytes),
            Err(Unsealed::Damaged(_))
        ));
    }

    #[test]
    fn every_flipped_byte_and_every_truncation_is_refused() {
        let key = [7u8; 32];
        let (public, private) = sample();
        let good = seal(&key, &public, &private).unwrap();
        for i in 0..good.len() {
            let mut bad = good.clone();
            bad[i] ^= 0x01;
            assert!(open(&key, &bad).is_err(), "byte {i} accepted");
        }
        for len in 0..good.len() {
            assert!(open(&key, &good[..len]).is_err(), "length {len} accepted");
        }
    }

    #[test]
    fn a_huge_public_length_is_refused_without_allocating() {
        let key = [7u8; 32];
        let (public, private) = sample();
        let mut bad = seal(&key, &public, &private).unwrap();
        bad[FIXED_LEN..FIXED_LEN + 4].copy_from_slice(&u32::MAX.to_be_bytes());
        assert!(matches!(read_public(&bad), Err(Unsealed::Damaged(_))));
    }

    #[test]
    fn version_one_files_open_only_with_the_v1_reader() {
        let key = [9u8; 32];
        let mut c = Contents::default();
        c.add("a", "A", None, &[Zeroizing::new("code-1".into())]);
        let v1 = seal_v1(&key, &c).unwrap();
        assert_eq!(open_v1(&key, &v1).unwrap().entries.len(), 1);
        assert!(open(&key, &v1).is_err());
        let mut newer = v1.clone();
        newer[9] = 9;
        assert!(matches!(read_public(&newer), Err(Unsealed::Newer(9))));
    }
}
