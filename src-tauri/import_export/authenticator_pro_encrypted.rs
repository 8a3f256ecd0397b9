//! Authenticator Pro (Stratum) backups as a whole: the plain JSON (read by
//! `authenticator_pro.rs`) and the two kinds of password-protected backup (`.authpro`),
//! which this file owns:
//!
//! - Current: `AUTHENTICATORPRO` (16 bytes) `|| salt (16 bytes) || IV (12 bytes) ||
//!   ciphertext || tag (16 bytes)`; the key is Argon2id(password as UTF-8, salt, 3 passes,
//!   64 MiB, 4 lanes, 32 bytes), the cipher AES-256-GCM.
//! - Legacy (before 2022): `AuthenticatorPro` (16 bytes) `|| salt (20 bytes) || IV (16
//!   bytes) || ciphertext`; the key is PBKDF2-HMAC-SHA1(password, salt, 64,000 iterations,
//!   32 bytes), the cipher AES-256-CBC with PKCS#7 padding (no MAC: a wrong password shows
//!   as a bad padding or a payload that is not JSON, both reported as the wrong password).
//!
//! The costs are fixed by the app, not read from the file, so a hostile file cannot raise
//! them. The plaintext is the plain backup's JSON.

use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
use cbc::cipher::block_padding::Pkcs7;
use cbc::cipher::{BlockModeDecrypt, KeyIvInit};
use zeroize::Zeroizing;

use super::authenticator_pro::{self, ENCRYPTED_MAGIC};
use super::{decrypted, malformed, Format, ImportError, Parsed};

const FORMAT: Format = Format::AuthenticatorPro;

const MAGIC: usize = 16;

/// The current kind's layout and Argon2id costs.
mod current {
    pub const SALT: usize = 16;
    pub const IV: usize = 12;
    pub const TAG: usize = 16;
    pub const MEMORY_KIB: u32 = 64 * 1024;
    pub const PASSES: u32 = 3;
    pub const LANES: u32 = 4;
}

/// The legacy kind's layout and PBKDF2 cost.
mod legacy {
    pub const SALT: usize = 20;
    pub const IV: usize = 16;
    pub const ITERATIONS: u32 = 64_000;
}

/// Reads an Authenticator Pro backup, plain or encrypted (then `password` is needed).
pub fn read(bytes: &[u8], password: Option<&str>) -> Result<Parsed, ImportError> {
    let legacy = if bytes.starts_with(ENCRYPTED_MAGIC[0]) {
        false
    } else if bytes.starts_with(ENCRYPTED_MAGIC[1]) {
        true
    } else {
        return Ok(Parsed {
            format: FORMAT,
            encrypted: false,
            entries: authenticator_pro::read(bytes)?,
        });
    };
    let body = &bytes[MAGIC..];
    let short = || malformed(FORMAT, "the encrypted backup is cut short");
    let wrong = || ImportError::WrongPassword {
        format: FORMAT.name(),
    };
    let (salt_len, iv_len, min_body) = if legacy {
        (legacy::SALT, legacy::IV, 16)
    } else {
        (current::SALT, current::IV, current::TAG)
    };
    let (salt, rest) = body.split_at_checked(salt_len).ok_or_else(short)?;
    let (iv, ciphertext) = rest.split_at_checked(iv_len).ok_or_else(short)?;
    if ciphertext.len() < min_body || (legacy && ciphertext.len() % 16 != 0) {
        return Err(short());
    }
    let password = password.ok_or(ImportError::NeedsPassword {
        format: FORMAT.name(),
    })?;
    let mut key = Zeroizing::new([0u8; 32]);
    let plain = if legacy {
        pbkdf2::pbkdf2_hmac::<sha1::Sha1>(
            password.as_bytes(),
            salt,
            legacy::ITERATIONS,
            key.as_mut(),
        );
        let mut buf = Zeroizing::new(ciphertext.to_vec());
        let len = cbc::Decryptor::<aes::Aes256>::new_from_slices(key.as_ref(), iv)
            .map_err(|_| short())?
            .decrypt_padded::<Pkcs7>(buf.as_mut_slice())
            .map_err(|_| wrong())?
            .len();
        buf.truncate(len);
        buf
    } else {
        let params = argon2::Params::new(
            current::MEMORY_KIB,
            current::PASSES,
            current::LANES,
            Some(32),
        )
        .map_err(|_| malformed(FORMAT, "invalid Argon2 parameters"))?;
        argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params)
            .hash_password_into(password.as_bytes(), salt, key.as_mut())
            .map_err(|_| malformed(FORMAT, "invalid Argon2 parameters"))?;
        Aes256Gcm::new(key.as_ref().into())
            .decrypt(Nonce::from_slice(iv), ciphertext)
            .map(Zeroizing::new)
            .map_err(|_| wrong())?
    };
    let entries = match authenticator_pro::read(&plain) {
        Ok(entries) => entries,
        // Without a MAC, garbage from a wrong key can pass the padding check.
        Err(ImportError::Malformed { .. }) if legacy => return Err(wrong()),
        Err(e) => return Err(decrypted(e)),
    };
    Ok(Parsed {
        format: FORMAT,
        encrypted: true,
        entries,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use cbc::cipher::BlockModeEncrypt;

    const JSON: &str = r#"{"Authenticators":[{"Type":2,"Issuer":"ACME","Username":"ann","Secret":"JBSWY3DPEHPK3PXP","Algorithm":0,"Digits":6,"Period":30}]}"#;

    fn current_backup(password: &str, plain: &[u8]) -> Vec<u8> {
        let (salt, iv) = ([1u8; current::SALT], [2u8; current::IV]);
        let params = argon2::Params::new(
            current::MEMORY_KIB,
            current::PASSES,
            current::LANES,
            Some(32),
        )
        .unwrap();
        let mut key = [0u8; 32];
        argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params)
            .hash_password_into(password.as_bytes(), &salt, &mut key)
            .unwrap();
        let body = Aes256Gcm::new(&key.into())
            .encrypt(Nonce::from_slice(&iv), plain)
            .unwrap();
        [ENCRYPTED_MAGIC[0], &salt, &iv, &body].concat()
    }

    fn legacy_backup(password: &str, plain: &[u8]) -> Vec<u8> {
        let (salt, iv) = ([3u8; legacy::SALT], [4u8; legacy::IV]);
        let mut key = [0u8; 32];
        pbkdf2::pbkdf2_hmac::<sha1::Sha1>(password.as_bytes(), &salt, legacy::ITERATIONS, &mut key);
        let body = cbc::Encryptor::<aes::Aes256>::new_from_slices(&key, &iv)
            .unwrap()
            .encrypt_padded_vec::<Pkcs7>(plain);
        [ENCRYPTED_MAGIC[1], &salt, &iv, &body].concat()
    }

    fn labels(parsed: &Parsed) -> Vec<&str> {
        parsed.entries.iter().map(|c| c.label.as_str()).collect()
    }

    #[test]
    fn current_and_legacy_backups_open_with_the_password() {
        for bytes in [
            current_backup("pw", JSON.as_bytes()),
            legacy_backup("pw", JSON.as_bytes()),
        ] {
            let parsed = read(&bytes, Some("pw")).unwrap();
            assert!(parsed.encrypted);
            assert_eq!(labels(&parsed), ["ACME:ann"]);
        }
    }

    #[test]
    fn a_wrong_password_or_a_tampered_backup_is_the_wrong_password_error() {
        for bytes in [
            current_backup("pw", JSON.as_bytes()),
            legacy_backup("pw", JSON.as_bytes()),
        ] {
            let e = read(&bytes, Some("nope")).err().unwrap();
            assert!(matches!(e, ImportError::WrongPassword { .. }), "{e}");
            assert!(e.to_string().contains("authenticator-pro"), "{e}");
            let mut tampered = bytes.clone();
            let last = tampered.len() - 1;
            tampered[last] ^= 0x55;
            let e = read(&tampered, Some("pw")).err().unwrap();
            assert!(matches!(e, ImportError::WrongPassword { .. }), "{e}");
            assert!(matches!(
                read(&bytes, None),
                Err(ImportError::NeedsPassword { .. })
            ));
        }
    }

    #[test]
    fn a_truncated_header_is_refused_before_asking_for_the_password() {
        for magic in ENCRYPTED_MAGIC {
            let mut bytes = magic.to_vec();
            bytes.extend_from_slice(&[0x8a; 30]);
            let e = read(&bytes, None).err().unwrap();
            assert!(matches!(e, ImportError::Malformed { .. }), "{e}");
            assert!(e.to_string().contains("cut short"), "{e}");
        }
    }

    #[test]
    fn a_current_backup_holding_no_backup_is_damaged() {
        let bytes = current_backup("pw", b"[1,2,3]");
        let e = read(&bytes, Some("pw")).err().unwrap();
        assert!(matches!(e, ImportError::Damaged { .. }), "{e}");
    }
}
