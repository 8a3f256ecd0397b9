//! Ente Auth exports as a whole: the plain-text export (read by `ente.rs`) and the
//! encrypted export ("Export codes" -> "Ente Encrypted export"), which this file owns:
//!
//! `{"version": 1, "kdfParams": {"memLimit", "opsLimit", "salt"}, "encryptedData",
//! "encryptionNonce"}`, the byte fields in base64.
//!
//! - Key: libsodium's `crypto_pwhash` with Argon2id 1.3: Argon2id(password as UTF-8, salt
//!   (16 bytes), `opsLimit` passes, `memLimit` bytes of memory (`memLimit / 1024` KiB),
//!   1 lane, 32 bytes). The costs are bounded by the KeePass import's limits (1 GiB,
//!   1,000 passes, 64 GiB of memory passes; Ente asks for at most 1 GiB) and refused past
//!   them before any derivation.
//! - Cipher: libsodium's secretstream (`secretstream.rs`), `encryptionNonce` its 24-byte
//!   header, `encryptedData` one message holding the whole export (tagged
//!   as the stream's last, else the file is damaged). A MAC that does not
//!   match is [`ImportError::WrongPassword`]: nothing else tells the password.
//! - The plaintext is the plain-text export, read by `ente.rs`.

use data_encoding::BASE64;
use serde::Deserialize;
use zeroize::Zeroizing;

use super::keepass::header::Limits;
use super::secretstream::{self, HEADER};
use super::{damaged, decrypted, ente, from_json, malformed, Format, ImportError, Parsed};

const FORMAT: Format = Format::Ente;

/// The Argon2 bounds: the KeePass import's.
const LIMITS: Limits = super::keepass::header::LIMITS;
/// libsodium's smallest Argon2id memory (8 KiB) and passes (1).
const MIN_MEMORY: u64 = 8 * 1024;

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawExport {
    version: Option<u64>,
    kdf_params: RawKdf,
    encrypted_data: String,
    encryption_nonce: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawKdf {
    mem_limit: u64,
    ops_limit: u64,
    salt: String,
}

/// Whether `text` is an encrypted export (JSON) rather than the plain text one.
pub fn is_encrypted(text: &str) -> bool {
    text.trim_start_matches('\u{feff}')
        .trim_start()
        .starts_with('{')
}

/// Reads an Ente Auth export, plain text or encrypted (then `password` is needed).
pub fn read(text: &str, password: Option<&str>) -> Result<Parsed, ImportError> {
    if !is_encrypted(text) {
        return Ok(Parsed {
            format: FORMAT,
            encrypted: false,
            entries: ente::read(text)?,
        });
    }
    let raw: RawExport = from_json(FORMAT, text.trim_start_matches('\u{feff}'))?;
    if raw.version.is_some_and(|v| v != 1) {
        return Err(super::unsupported(
            FORMAT,
            "its export version is not 1, the one this app reads: export again as plain text",
        ));
    }
    let params = argon2_params(&raw.kdf_params)?;
    let b64 = |field: &str, value: &str| {
        BASE64
            .decode(value.trim().as_bytes())
            .map_err(|_| malformed(FORMAT, format!("{field} is not base64")))
    };
    let salt = b64("kdfParams.salt", &raw.kdf_params.salt)?;
    if salt.len() != 16 {
        return Err(malformed(FORMAT, "the salt is not 16 bytes"));
    }
    let header: [u8; HEADER] = b64("encryptionNonce", &raw.encryption_nonce)?
        .try_into()
        .map_err(|_| malformed(FORMAT, "encryptionNonce is not 24 bytes"))?;
    let sealed = b64("encryptedData", &raw.encrypted_data)?;
    if sealed.len() < secretstream::ABYTES {
        return Err(malformed(FORMAT, "encryptedData is too short"));
    }
    let password = password.ok_or(ImportError::NeedsPassword {
        format: FORMAT.name(),
    })?;
    let mut key = Zeroizing::new([0u8; 32]);
    argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params)
        .hash_password_into(password.as_bytes(), &salt, key.as_mut())
        .map_err(|_| malformed(FORMAT, "invalid Argon2 parameters"))?;
    let message =
        secretstream::open_first(&key, &header, &sealed).ok_or(ImportError::WrongPassword {
            format: FORMAT.name(),
        })?;
    if message.tag != secretstream::TAG_FINAL {
        // Ente seals the export as one message, the stream's last.
        return Err(damaged(
            FORMAT,
            "its encrypted data is not a whole stream (the message is not the last one)",
        ));
    }
    let plain = std::str::from_utf8(&message.plain)
        .map_err(|_| damaged(FORMAT, "the decrypted export is not UTF-8 text"))?;
    Ok(Parsed {
        format: FORMAT,
        encrypted: true,
        entries: ente::read(plain).map_err(decrypted)?,
    })
}

/// The Argon2id parameters the file asks for, refused past [`LIMITS`] before deriving.
fn argon2_params(kdf: &RawKdf) -> Result<argon2::Params, ImportError> {
    let too_costly = |what: String| ImportError::Unsupported {
        format: FORMAT.name(),
        detail: format!("its key derivation asks for {what}: refused as too costly"),
    };
    let (memory, passes) = (kdf.mem_limit, kdf.ops_limit);
    if memory > LIMITS.argon2_memory {
        return Err(too_costly(format!(
            "{} MiB of Argon2 memory, more than this app's {} MiB",
            memory >> 20,
            LIMITS.argon2_memory >> 20
        )));
    }
    if passes > LIMITS.argon2_iterations {
        return Err(too_costly(format!(
            "{passes} Argon2 passes, more than this app's {}",
            LIMITS.argon2_iterations
        )));
    }
    if memory.saturating_mul(passes) > LIMITS.argon2_work {
        return Err(too_costly(format!(
            "{} MiB times {passes} Argon2 passes, more work than this app's {} GiB",
            memory >> 20,
            LIMITS.argon2_work >> 30
        )));
    }
    if memory < MIN_MEMORY || passes < 1 {
        return Err(malformed(
            FORMAT,
            "its Argon2 memory or passes are below libsodium's least",
        ));
    }
    // Within the bounds, so these conversions cannot fail.
    let as_u32 = |v: u64| u32::try_from(v).unwrap_or(u32::MAX);
    argon2::Params::new(as_u32(memory / 1024), as_u32(passes), 1, Some(32))
        .map_err(|_| malformed(FORMAT, "invalid Argon2 parameters"))
}

#[cfg(test)]
#[path = "ente_encrypted_tests.rs"]
mod tests;
