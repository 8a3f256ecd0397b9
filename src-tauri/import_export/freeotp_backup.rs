//! FreeOTP 2's encrypted backup (the file its Backup writes, e.g. `externalBackup.xml`),
//! which this file owns:
//!
//! - the file is a Java-serialized `HashMap<String, String>` (read by `java_map.rs`): the
//!   app's backup preferences;
//! - `masterKey` is the JSON (Gson) of the master key: `mAlgorithm` (`PBKDF2withHmacSHA512`,
//!   or `PBKDF2withHmacSHA1` on phones without it), `mIterations` (the app writes
//!   100,000), `mSalt` (32 bytes) and `mEncryptedKey`; the password's key is PBKDF2 of the
//!   password as UTF-8, as long as the salt (32 bytes: AES-256);
//! - an encrypted key (`mEncryptedKey`, and each token's) is `mCipher`
//!   (`AES/GCM/NoPadding`), `mCipherText` (ciphertext and 16-byte tag), `mParameters`
//!   (Java's encoding of the GCM parameters: DER `SEQUENCE { OCTET STRING nonce, INTEGER
//!   tag length }` on current Android, a bare `OCTET STRING nonce` on older versions) and
//!   `mToken`, the wrapped key's Java algorithm name (`AES` for the master key, `HmacSHA1`
//!   and so on for a token's), which is the GCM associated data; byte arrays are JSON
//!   lists of signed bytes;
//! - each token has two entries: `<uuid>`, a JSON object whose `key` is the JSON of its
//!   encrypted secret (under the master key), and `<uuid>-token`, the token's fields as
//!   FreeOTP+ names them (read by `freeotp_plus.rs`; no `algo` means SHA1; an issuer
//!   `Steam` means Steam codes, as FreeOTP shows them).
//!
//! The master key's GCM tag vouches for the password: when it fails the answer is
//! [`ImportError::WrongPassword`] and nothing is read. A token whose key does not open is
//! listed as unusable with the reason. The file's size ([`MAX_BACKUP`]), entry count and
//! PBKDF2 iterations ([`MAX_ITERATIONS`]) are bounded before anything is derived.
//! Recognised from the content by Java serialization's magic.

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use serde::Deserialize;
use zeroize::Zeroizing;

use super::java_map::{self, Entry};
use super::{
    damaged, freeotp_plus, json_detail, label_of, malformed, unsupported, Candidate, Format,
    ImportError, Parsed, Unusable,
};
use crate::i18n::Message;

const FORMAT: Format = Format::FreeOtpBackup;

/// The largest backup read (FreeOTP writes about 1 KiB per token).
pub const MAX_BACKUP: usize = 8 * 1024 * 1024;

/// The most PBKDF2 iterations a file may ask for (FreeOTP uses 100,000).
pub const MAX_ITERATIONS: i64 = 10_000_000;

const MASTER: &str = "masterKey";
const TOKEN_SUFFIX: &str = "-token";
const CIPHER: &str = "AES/GCM/NoPadding";
const KEY: usize = 32;
const NONCE: usize = 12;
const TAG: usize = 16;

/// Whether `bytes` starts like a Java serialization stream (FreeOTP 2's backup).
pub fn is_backup(bytes: &[u8]) -> bool {
    bytes.starts_with(&java_map::MAGIC)
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawMasterKey {
    m_encrypted_key: RawEncryptedKey,
    m_algorithm: String,
    m_iterations: i64,
    m_salt: Vec<i16>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawEncryptedKey {
    m_cipher_text: Vec<i16>,
    m_parameters: Vec<i16>,
    m_cipher: String,
    m_token: String,
}

/// A token's `<uuid>` entry: its encrypted key, as JSON text.
#[derive(Deserialize)]
struct RawKeyEntry {
    key: Zeroizing<String>,
}

/// The token's names, for the label of an unusable one.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawNames {
    #[serde(default)]
    issuer_ext: String,
    #[serde(default)]
    label: String,
}

/// An encrypted key, checked: what AES-GCM needs to open it.
struct Sealed {
    nonce: [u8; NONCE],
    ciphertext: Vec<u8>,
    aad: String,
}

enum Kdf {
    Sha512,
    Sha1,
}

/// Reads a FreeOTP 2 backup with `password`.
pub fn read(bytes: &[u8], password: Option<&str>) -> Result<Parsed, ImportError> {
    if bytes.len() > MAX_BACKUP {
        return Err(unsupported(
            FORMAT,
            format!(
                "it is {} bytes, more than the {} MiB a FreeOTP backup can hold",
                bytes.len(),
                MAX_BACKUP >> 20
            ),
        ));
    }
    let entries = java_map::read(bytes).map_err(|d| malformed(FORMAT, d))?;
    let master = entries
        .iter()
        .find(|e| e.key == MASTER)
        .ok_or_else(|| malformed(FORMAT, "it has no masterKey entry"))?;
    let raw: RawMasterKey = serde_json::from_str(&master.value)
        .map_err(|e| malformed(FORMAT, format!("its masterKey: {}", json_detail(&e))))?;
    let kdf = match raw.m_algorithm.to_ascii_lowercase().as_str() {
        "pbkdf2withhmacsha512" => Kdf::Sha512,
        "pbkdf2withhmacsha1" => Kdf::Sha1,
        _ => return Err(unsupported(FORMAT, "its master key uses an unknown KDF")),
    };
    if raw.m_iterations > MAX_ITERATIONS {
        return Err(unsupported(
            FORMAT,
            format!(
                "its key derivation asks for {} PBKDF2 iterations, more than this app's {MAX_ITERATIONS}: refused as too costly",
                raw.m_iterations
            ),
        ));
    }
    let iterations = u32::try_from(raw.m_iterations)
        .ok()
        .filter(|n| *n >= 1)
        .ok_or_else(|| malformed(FORMAT, "its PBKDF2 iteration count is below 1"))?;
    let salt = freeotp_plus::signed_bytes(&raw.m_salt)
        .ok_or_else(|| malformed(FORMAT, "its salt holds values outside -128..127"))?;
    if salt.len() != KEY {
        return Err(unsupported(
            FORMAT,
            "its master key is not AES-256 (the salt is not 32 bytes)",
        ));
    }
    let sealed_master = sealed(&raw.m_encrypted_key).map_err(|(unsupported_cipher, d)| {
        if unsupported_cipher {
            unsupported(FORMAT, format!("its master key: {d}"))
        } else {
            malformed(FORMAT, format!("its master key: {d}"))
        }
    })?;
    let password = password.ok_or(ImportError::NeedsPassword {
        format: FORMAT.name(),
    })?;
    let mut key = Zeroizing::new([0u8; KEY]);
    match kdf {
        Kdf::Sha512 => pbkdf2::pbkdf2_hmac::<sha2::Sha512>(
            password.as_bytes(),
            &salt,
            iterations,
            key.as_mut(),
        ),
        Kdf::Sha1 => {
            pbkdf2::pbkdf2_hmac::<sha1::Sha1>(password.as_bytes(), &salt, iterations, key.as_mut())
        }
    }
    let master_key = open(&key, &sealed_master).ok_or(ImportError::WrongPassword {
        format: FORMAT.name(),
    })?;
    let master_key: Zeroizing<[u8; KEY]> = Zeroizing::new(
        master_key
            .as_slice()
            .try_into()
            .map_err(|_| damaged(FORMAT, "its master key is not 32 bytes"))?,
    );
    Ok(Parsed {
        format: FORMAT,
        encrypted: true,
        entries: tokens(&entries, &master_key),
    })
}

/// Each token, in the file's order: its `<uuid>` entry with its `<uuid>-token`; a token
/// entry without its key, or a key without its token, is unusable.
fn tokens(entries: &[Entry], master: &[u8; KEY]) -> Vec<Candidate> {
    let find = |key: &str| entries.iter().find(|e| e.key == key);
    let mut out = Vec::new();
    for e in entries.iter().filter(|e| e.key != MASTER) {
        let n = out.len() + 1;
        if let Some(uuid) = e.key.strip_suffix(TOKEN_SUFFIX) {
            if find(uuid).is_none() {
                out.push(Candidate::new(
                    label(&e.value, n),
                    Err(Message::new("import-entry-no-key").into()),
                ));
            }
            continue;
        }
        let Some(token) = find(&format!("{}{TOKEN_SUFFIX}", e.key)) else {
            out.push(Candidate::new(
                format!("entry {n}"),
                Err(Message::new("import-entry-no-token").into()),
            ));
            continue;
        };
        let item = token_key(&e.value, master)
            .and_then(|k| freeotp_plus::token_with_key(&token.value, k.to_vec()));
        out.push(Candidate::new(label(&token.value, n), item));
    }
    out
}

/// `issuer:label` of a token's JSON, or `entry N`.
fn label(token: &str, n: usize) -> String {
    serde_json::from_str::<RawNames>(token)
        .ok()
        .and_then(|t| label_of(&t.issuer_ext, &t.label))
        .unwrap_or_else(|| format!("entry {n}"))
}

/// A token's secret, opened with the master key.
fn token_key(entry: &str, master: &[u8; KEY]) -> Result<Zeroizing<Vec<u8>>, Unusable> {
    let raw: RawKeyEntry = serde_json::from_str(entry)
        .map_err(|_| Unusable::detail("its key entry is not a JSON object with a key"))?;
    let raw: RawEncryptedKey = serde_json::from_str(&raw.key)
        .map_err(|_| Unusable::detail("its encrypted key is missing fields"))?;
    let sealed =
        sealed(&raw).map_err(|(_, d)| Unusable::detail(format!("its encrypted key: {d}")))?;
    open(master, &sealed).ok_or_else(|| Message::new("import-entry-key-damaged").into())
}

/// An encrypted key's parts, checked; the error says whether the cipher is one this app
/// does not read (true) or the fields are wrong (false).
fn sealed(raw: &RawEncryptedKey) -> Result<Sealed, (bool, String)> {
    if raw.m_cipher != CIPHER {
        return Err((true, "its cipher is not AES/GCM/NoPadding".into()));
    }
    let bytes = |v: &[i16], what: &str| {
        freeotp_plus::signed_bytes(v)
            .ok_or_else(|| (false, format!("its {what} holds values outside -128..127")))
    };
    let ciphertext = bytes(&raw.m_cipher_text, "ciphertext")?;
    if ciphertext.len() < TAG {
        return Err((false, "its ciphertext is shorter than a GCM tag".into()));
    }
    let params = bytes(&raw.m_parameters, "parameters")?;
    let nonce = gcm_nonce(&params)?;
    Ok(Sealed {
        nonce,
        ciphertext,
        aad: raw.m_token.clone(),
    })
}

/// The nonce from Java's encoded GCM parameters: DER `SEQUENCE { OCTET STRING, INTEGER }`
/// (the tag length in bytes, which must be 16; absent, Android's 16 is meant) or a bare
/// `OCTET STRING` (older Android); the nonce must be 12 bytes.
fn gcm_nonce(der: &[u8]) -> Result<[u8; NONCE], (bool, String)> {
    let bad = |d: &str| (false, format!("its GCM parameters {d}"));
    let (tag, body, rest) = der_item(der).ok_or_else(|| bad("are not DER"))?;
    if !rest.is_empty() {
        return Err(bad("have bytes after them"));
    }
    let nonce = match tag {
        0x04 => body,
        0x30 => {
            let (t, nonce, rest) = der_item(body).ok_or_else(|| bad("are not DER"))?;
            if t != 0x04 {
                return Err(bad("hold no nonce"));
            }
            if !rest.is_empty() {
                let (t, len, rest) = der_item(rest).ok_or_else(|| bad("are not DER"))?;
                if t != 0x02 || !rest.is_empty() {
                    return Err(bad("hold more than a nonce and a tag length"));
                }
                if len != [16] {
                    return Err((true, "its GCM tag is not 16 bytes".into()));
                }
            }
            nonce
        }
        _ => return Err(bad("are neither a sequence nor a nonce")),
    };
    nonce
        .try_into()
        .map_err(|_| (true, "its GCM nonce is not 12 bytes".to_string()))
}

/// One DER item: its tag, its content and what follows (short and one- or two-byte long
/// lengths only: GCM parameters are short).
fn der_item(der: &[u8]) -> Option<(u8, &[u8], &[u8])> {
    let (&tag, rest) = der.split_first()?;
    let (&first, rest) = rest.split_first()?;
    let (len, rest) = match first {
        0x00..=0x7F => (usize::from(first), rest),
        0x81 => (usize::from(*rest.first()?), rest.get(1..)?),
        0x82 => (
            usize::from(u16::from_be_bytes([*rest.first()?, *rest.get(1)?])),
            rest.get(2..)?,
        ),
        _ => return None,
    };
    let body = rest.get(..len)?;
    Some((tag, body, rest.get(len..)?))
}

/// AES-256-GCM with the key's algorithm name as associated data; `None` when the tag
/// does not match.
fn open(key: &[u8; KEY], sealed: &Sealed) -> Option<Zeroizing<Vec<u8>>> {
    Aes256Gcm::new(key.into())
        .decrypt(
            Nonce::from_slice(&sealed.nonce),
            Payload {
                msg: &sealed.ciphertext,
                aad: sealed.aad.as_bytes(),
            },
        )
        .ok()
        .map(Zeroizing::new)
}

#[cfg(test)]
#[path = "freeotp_backup_tests.rs"]
mod tests;
