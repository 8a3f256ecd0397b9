//! TOTP Authenticator's (Binary Boot's) encrypted backup file (`.bin`, shared from the
//! app's "Backup" screen), which this file owns:
//!
//! - the file is base64 text (line breaks allowed) of AES-256-CBC ciphertext with PKCS#7
//!   padding; the key is SHA-256(password as UTF-8), the IV sixteen zero bytes;
//! - the plaintext is a JSON object whose one key is the accounts as a JSON list (the
//!   same accounts as the app's preferences, read by `totp_authenticator.rs`); its value
//!   (the backup's time) is not read.
//!
//! A backup made without a password is sealed with the app's fixed password
//! [`DEFAULT_PASSWORD`]: it is tried when none is given, and after a given one fails.
//! Nothing authenticates the ciphertext, so a bad padding or a plaintext that is not such
//! an object is [`ImportError::WrongPassword`]: a damaged file cannot be told from it.
//! Recognised from the content: base64 text only, of a whole number of AES blocks.

use cbc::cipher::block_padding::Pkcs7;
use cbc::cipher::{BlockModeDecrypt, KeyIvInit};
use data_encoding::BASE64;
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use super::{
    damaged, decrypted, malformed, totp_authenticator, Candidate, Format, ImportError, Parsed,
};

const FORMAT: Format = Format::TotpAuthenticator;

/// The password the app seals a backup with when the user sets none.
pub const DEFAULT_PASSWORD: &str = "TotpAuthenticator";

/// Whether `text` looks like a backup: base64 only (with both cases of letters, as
/// ciphertext has), decoding to at least two AES blocks.
pub fn looks_like_backup(text: &str) -> bool {
    let compact: String = text.split_whitespace().collect();
    let has = |f: fn(&char) -> bool| compact.chars().any(|c| f(&c));
    has(char::is_ascii_lowercase)
        && has(char::is_ascii_uppercase)
        && BASE64
            .decode(compact.as_bytes())
            .is_ok_and(|b| b.len() >= 32 && b.len() % 16 == 0)
}

/// Reads a TOTP Authenticator backup with `password`, or the app's default one.
pub fn read(text: &str, password: Option<&str>) -> Result<Parsed, ImportError> {
    let compact: String = text.split_whitespace().collect();
    let sealed = BASE64
        .decode(compact.as_bytes())
        .map_err(|_| malformed(FORMAT, "it is not base64 text"))?;
    if sealed.is_empty() || sealed.len() % 16 != 0 {
        return Err(malformed(
            FORMAT,
            "its length is not a whole number of AES blocks",
        ));
    }
    let tries: Vec<&str> = match password {
        Some(p) => vec![p, DEFAULT_PASSWORD],
        None => vec![DEFAULT_PASSWORD],
    };
    for p in tries {
        if let Some(entries) = open(&sealed, p)? {
            return Ok(Parsed {
                format: FORMAT,
                encrypted: true,
                entries,
            });
        }
    }
    Err(match password {
        Some(_) => ImportError::WrongPassword {
            format: FORMAT.name(),
        },
        None => ImportError::NeedsPassword {
            format: FORMAT.name(),
        },
    })
}

/// The accounts, or `None` when `password` does not open the backup.
fn open(sealed: &[u8], password: &str) -> Result<Option<Vec<Candidate>>, ImportError> {
    let key = Zeroizing::new(<[u8; 32]>::from(Sha256::digest(password.as_bytes())));
    let mut buf = Zeroizing::new(sealed.to_vec());
    let decryptor = cbc::Decryptor::<aes::Aes256>::new_from_slices(key.as_ref(), &[0u8; 16])
        .map_err(|_| malformed(FORMAT, "the key or IV has the wrong length"))?;
    let Ok(plain) = decryptor.decrypt_padded::<Pkcs7>(buf.as_mut_slice()) else {
        return Ok(None);
    };
    let Ok(text) = std::str::from_utf8(plain) else {
        return Ok(None);
    };
    // A JSON object: the password was right (a wrong key gives no such thing).
    let Ok(Keys(keys)) = serde_json::from_str::<Keys>(text) else {
        return Ok(None);
    };
    let list = keys
        .iter()
        .find(|k| k.trim_start().starts_with('['))
        .ok_or_else(|| damaged(FORMAT, "its decrypted content holds no list of accounts"))?;
    totp_authenticator::read_list(list, FORMAT)
        .map(Some)
        .map_err(decrypted)
}

/// The keys of a JSON object, each in `Zeroizing` (a key holds the secrets); the values
/// are skipped unread.
struct Keys(Vec<Zeroizing<String>>);

impl<'de> serde::Deserialize<'de> for Keys {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Keys;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Keys, A::Error> {
                let mut keys = Vec::new();
                while let Some(k) = map.next_key::<Zeroizing<String>>()? {
                    map.next_value::<serde::de::IgnoredAny>()?;
                    keys.push(k);
                }
                Ok(Keys(keys))
            }
        }
        d.deserialize_map(Visitor)
    }
}

#[cfg(test)]
#[path = "totp_authenticator_backup_tests.rs"]
mod tests;
