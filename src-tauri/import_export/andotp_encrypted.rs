//! andOTP backups as a whole: the plain JSON (read by `andotp.rs`) and the two kinds of
//! encrypted backup (`otp_accounts_*.json.aes`) andOTP has written, which this file owns.
//!
//! - Current (andOTP 0.6.3 and later): `iterations` (u32, big-endian) `|| salt (12
//!   bytes) || nonce (12 bytes) || ciphertext || tag (16 bytes)`; the key is
//!   PBKDF2-HMAC-SHA1(password as UTF-8, salt, iterations, 32 bytes) and the cipher
//!   AES-256-GCM. andOTP picks 140,000 to 160,000 iterations.
//! - Old (before 0.6.3): `nonce (12 bytes) || ciphertext || tag`, under the key
//!   SHA-256(password).
//!
//! The plaintext is the plain JSON backup. The old kind has no header, so neither kind can
//! be told from the other: the cheap old kind is tried first, then the header's cost is
//! checked and the current kind tried. A count past [`MAX_ITERATIONS`] (or 0) is never
//! derived: such a file can only be an old backup the password did not open, so the
//! answer is at once [`ImportError::WrongPassword`]. Detection ([`looks_encrypted`])
//! recognises the current kind only (binary, with a plausible iteration count); old
//! backups need `--format andotp`.

use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use super::{andotp, decrypted, malformed, Format, ImportError, Parsed};

const FORMAT: Format = Format::AndOtp;

/// The most PBKDF2 iterations a file may ask for (andOTP uses about 150,000).
pub const MAX_ITERATIONS: u32 = 10_000_000;

const SALT: usize = 12;
const NONCE: usize = 12;
const TAG: usize = 16;
const HEADER: usize = 4 + SALT;

/// Whether `bytes` looks like a current encrypted andOTP backup: not text, long enough,
/// and starting with an iteration count within [`MAX_ITERATIONS`].
pub fn looks_encrypted(bytes: &[u8]) -> bool {
    bytes.len() >= HEADER + NONCE + TAG
        && std::str::from_utf8(bytes).is_err()
        && iterations(bytes).is_some_and(|n| (1..=MAX_ITERATIONS).contains(&n))
}

fn iterations(bytes: &[u8]) -> Option<u32> {
    Some(u32::from_be_bytes(bytes.get(..4)?.try_into().ok()?))
}

/// Whether `bytes` is andOTP's plain JSON rather than an encrypted backup.
fn is_plain(bytes: &[u8]) -> bool {
    std::str::from_utf8(bytes).is_ok_and(|t| {
        let t = t.trim_start_matches('\u{feff}').trim_start();
        t.starts_with('[') || t.starts_with('{')
    })
}

/// Reads an andOTP backup, plain or encrypted; `password` is needed when it is encrypted.
pub fn read(bytes: &[u8], password: Option<&str>) -> Result<Parsed, ImportError> {
    if is_plain(bytes) {
        let text = std::str::from_utf8(bytes).map_err(|_| malformed(FORMAT, "not UTF-8 text"))?;
        return Ok(Parsed {
            format: FORMAT,
            encrypted: false,
            entries: andotp::read(text.trim_start_matches('\u{feff}'))?,
        });
    }
    if bytes.len() < NONCE + TAG {
        return Err(malformed(
            FORMAT,
            "too short to be an encrypted andOTP backup",
        ));
    }
    let password = password.ok_or(ImportError::NeedsPassword {
        format: FORMAT.name(),
    })?;
    let plain = decrypt(bytes, password)?;
    let text = std::str::from_utf8(&plain)
        .map_err(|_| super::damaged(FORMAT, "the decrypted backup is not UTF-8 text"))?;
    Ok(Parsed {
        format: FORMAT,
        encrypted: true,
        entries: andotp::read(text).map_err(decrypted)?,
    })
}

/// Opens either kind; [`ImportError::WrongPassword`] when the password opens neither.
fn decrypt(bytes: &[u8], password: &str) -> Result<Zeroizing<Vec<u8>>, ImportError> {
    let old_key = Zeroizing::new(<[u8; 32]>::from(Sha256::digest(password.as_bytes())));
    if let Some(plain) = open(&old_key, bytes) {
        return Ok(plain);
    }
    let wrong = ImportError::WrongPassword {
        format: FORMAT.name(),
    };
    if bytes.len() < HEADER + NONCE + TAG {
        return Err(wrong);
    }
    // Past the bound the first bytes are no current header (andOTP writes at most 160,000
    // iterations) but an old backup's nonce, which the password did not open: nothing is
    // derived.
    let Some(n) = iterations(bytes).filter(|n| (1..=MAX_ITERATIONS).contains(n)) else {
        return Err(wrong);
    };
    let mut key = Zeroizing::new([0u8; 32]);
    pbkdf2::pbkdf2_hmac::<sha1::Sha1>(password.as_bytes(), &bytes[4..HEADER], n, key.as_mut());
    open(&key, &bytes[HEADER..]).ok_or(wrong)
}

/// AES-256-GCM: `nonce || ciphertext || tag` under `key`, or `None` when it does not open.
fn open(key: &[u8; 32], sealed: &[u8]) -> Option<Zeroizing<Vec<u8>>> {
    let (nonce, body) = sealed.split_at_checked(NONCE)?;
    if body.len() < TAG {
        return None;
    }
    Aes256Gcm::new(key.into())
        .decrypt(Nonce::from_slice(nonce), body)
        .ok()
        .map(Zeroizing::new)
}

#[cfg(test)]
mod tests {
    use super::*;

    const JSON: &str = r#"[{"secret":"JBSWY3DPEHPK3PXP","issuer":"ACME","label":"ann","digits":6,"type":"TOTP","algorithm":"SHA1","period":30}]"#;

    fn seal(key: &[u8; 32], nonce: [u8; 12], plain: &[u8]) -> Vec<u8> {
        let mut out = nonce.to_vec();
        let body = Aes256Gcm::new(key.into())
            .encrypt(Nonce::from_slice(&nonce), plain)
            .unwrap();
        out.extend_from_slice(&body);
        out
    }

    fn current(password: &str, iterations: u32, plain: &[u8]) -> Vec<u8> {
        let salt = [7u8; SALT];
        let mut key = [0u8; 32];
        pbkdf2::pbkdf2_hmac::<sha1::Sha1>(password.as_bytes(), &salt, iterations, &mut key);
        let mut out = iterations.to_be_bytes().to_vec();
        out.extend_from_slice(&salt);
        out.extend_from_slice(&seal(&key, [0xA5; 12], plain));
        out
    }

    fn old(password: &str, plain: &[u8]) -> Vec<u8> {
        let key: [u8; 32] = Sha256::digest(password.as_bytes()).into();
        seal(&key, [0xA5; 12], plain)
    }

    fn labels(parsed: &Parsed) -> Vec<&str> {
        parsed.entries.iter().map(|c| c.label.as_str()).collect()
    }

    #[test]
    fn both_kinds_of_encrypted_backup_open_with_the_password() {
        for bytes in [
            current("pw", 1000, JSON.as_bytes()),
            old("pw", JSON.as_bytes()),
        ] {
            let parsed = read(&bytes, Some("pw")).unwrap();
            assert!(parsed.encrypted);
            assert_eq!(labels(&parsed), ["ACME:ann"]);
        }
        assert!(looks_encrypted(&current("pw", 1000, JSON.as_bytes())));
    }

    #[test]
    fn a_wrong_password_or_a_tampered_file_is_the_wrong_password_error() {
        let bytes = current("pw", 1000, JSON.as_bytes());
        let e = read(&bytes, Some("nope")).err().unwrap();
        assert!(matches!(e, ImportError::WrongPassword { .. }), "{e}");
        assert!(e.to_string().contains("andotp"), "{e}");
        let mut tampered = bytes.clone();
        let last = tampered.len() - 20;
        tampered[last] ^= 1;
        let e = read(&tampered, Some("pw")).err().unwrap();
        assert!(matches!(e, ImportError::WrongPassword { .. }), "{e}");
        assert!(matches!(
            read(&bytes, None),
            Err(ImportError::NeedsPassword { .. })
        ));
    }

    #[test]
    fn a_hostile_iteration_count_is_refused_without_deriving() {
        // 4 billion PBKDF2 iterations would take hours: the answer must be immediate, and
        // such a header can only be an old backup's nonce, so the password is wrong.
        let mut bytes = current("pw", 1000, JSON.as_bytes());
        for n in [u32::MAX, MAX_ITERATIONS + 1, 0] {
            bytes[..4].copy_from_slice(&n.to_be_bytes());
            let started = std::time::Instant::now();
            let e = read(&bytes, Some("pw")).err().unwrap();
            assert!(started.elapsed().as_millis() < 500, "{n}");
            assert!(matches!(e, ImportError::WrongPassword { .. }), "{e}");
            assert!(!looks_encrypted(&bytes));
        }
    }

    #[test]
    fn a_truncated_backup_is_refused_clearly() {
        let bytes = current("pw", 1000, JSON.as_bytes());
        for cut in [3, 20, 40] {
            let e = read(&bytes[..cut], Some("pw")).err().unwrap();
            assert!(
                matches!(
                    e,
                    ImportError::Malformed { .. } | ImportError::WrongPassword { .. }
                ),
                "{cut}: {e}"
            );
        }
    }

    #[test]
    fn a_decrypted_payload_that_is_not_a_backup_is_damaged() {
        let bytes = old("pw", br#"{"not":"a list"}"#);
        let e = read(&bytes, Some("pw")).err().unwrap();
        assert!(matches!(e, ImportError::Damaged { .. }), "{e}");
    }

    #[test]
    fn plain_backups_still_read_without_a_password() {
        let parsed = read(JSON.as_bytes(), None).unwrap();
        assert!(!parsed.encrypted);
        assert_eq!(labels(&parsed), ["ACME:ann"]);
    }
}
