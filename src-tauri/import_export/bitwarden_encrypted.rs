//! Bitwarden JSON exports as a whole: the plain export (read by `bitwarden.rs`) and the
//! password-protected encrypted export ("JSON (Encrypted)", "Password protected"), which
//! this file owns:
//!
//! `{"encrypted": true, "passwordProtected": true, "salt", "kdfType", "kdfIterations",
//! "kdfMemory", "kdfParallelism", "encKeyValidation_DO_NOT_EDIT", "data"}`.
//!
//! - Key: `kdfType` 0 is PBKDF2-HMAC-SHA256(password, salt as UTF-8 text, iterations, 32
//!   bytes); 1 is Argon2id(password, SHA-256(salt text), `kdfIterations` passes,
//!   `kdfMemory` MiB, `kdfParallelism` lanes, 32 bytes). The costs are bounded
//!   ([`MAX_PBKDF2_ITERATIONS`]; for Argon2 the KeePass import's limits: 1 GiB, 1,000
//!   passes, 64 lanes, 64 GiB of memory passes) and refused past them before any
//!   derivation.
//! - The key is stretched by HKDF-Expand (SHA-256) with info `enc` and `mac` into an
//!   encryption and a MAC key (32 bytes each).
//! - `encKeyValidation_DO_NOT_EDIT` and `data` are EncStrings of type 2:
//!   `2.` base64(IV, 16 bytes) `|` base64(AES-256-CBC, PKCS#7) `|` base64(HMAC-SHA256 over
//!   IV || ciphertext). The validation string opening proves the password (else
//!   [`ImportError::WrongPassword`]); `data` is the plain export's JSON.
//!
//! An export encrypted with the account's own key (`"encrypted": true` without
//! `passwordProtected`) cannot be opened outside Bitwarden: `bitwarden.rs` refuses it with
//! what to do.

use cbc::cipher::block_padding::Pkcs7;
use cbc::cipher::{BlockModeDecrypt, KeyIvInit};
use data_encoding::BASE64;
use hmac::{Hmac, Mac};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use super::keepass::header::Limits;
use super::{bitwarden, damaged, decrypted, from_json, malformed, Format, ImportError, Parsed};

const FORMAT: Format = Format::Bitwarden;

/// The most PBKDF2 iterations a file may ask for (Bitwarden's default is 600,000).
pub const MAX_PBKDF2_ITERATIONS: u64 = 10_000_000;
/// The most Argon2 may cost: the KeePass import's limits (1 GiB, 1,000 passes, 64 lanes,
/// 64 GiB of memory passes); Bitwarden itself allows up to 1 GiB and 16 lanes.
const ARGON2_LIMITS: Limits = super::keepass::header::LIMITS;

/// The top level of an export; `items` and the rest are skipped unread.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawProtected {
    #[serde(default)]
    password_protected: bool,
    salt: Option<String>,
    kdf_type: Option<u64>,
    kdf_iterations: Option<u64>,
    kdf_memory: Option<u64>,
    kdf_parallelism: Option<u64>,
    #[serde(rename = "encKeyValidation_DO_NOT_EDIT")]
    validation: Option<String>,
    data: Option<String>,
}

/// The key derivation a file asks for, within the bounds.
enum Kdf {
    Pbkdf2 { iterations: u32 },
    Argon2id { params: argon2::Params },
}

/// The stretched key: AES-256 and HMAC-SHA256 keys. Zeroized on drop; no `Debug`.
struct Keys {
    enc: Zeroizing<[u8; 32]>,
    mac: Zeroizing<[u8; 32]>,
}

/// Reads a Bitwarden JSON export, plain or password-protected (then `password` is needed).
pub fn read(text: &str, password: Option<&str>) -> Result<Parsed, ImportError> {
    let raw: RawProtected = from_json(FORMAT, text)?;
    if !raw.password_protected {
        return Ok(Parsed {
            format: FORMAT,
            encrypted: false,
            entries: bitwarden::read(text)?,
        });
    }
    let missing = |field: &str| malformed(FORMAT, format!("missing field {field}"));
    let salt = raw.salt.as_deref().ok_or_else(|| missing("salt"))?;
    let validation = raw
        .validation
        .as_deref()
        .ok_or_else(|| missing("encKeyValidation_DO_NOT_EDIT"))?;
    let data = raw.data.as_deref().ok_or_else(|| missing("data"))?;
    let kdf = kdf(&raw)?;
    let password = password.ok_or(ImportError::NeedsPassword {
        format: FORMAT.name(),
    })?;
    let keys = derive(password, salt, &kdf)?;
    // The validation string first: it tells a wrong password from a damaged file.
    open(&keys, validation, "encKeyValidation_DO_NOT_EDIT")?.ok_or(ImportError::WrongPassword {
        format: FORMAT.name(),
    })?;
    let plain = open(&keys, data, "data")?
        .ok_or_else(|| damaged(FORMAT, "the data does not match its MAC"))?;
    let text = std::str::from_utf8(&plain)
        .map_err(|_| damaged(FORMAT, "the decrypted data is not UTF-8 text"))?;
    Ok(Parsed {
        format: FORMAT,
        encrypted: true,
        entries: bitwarden::read(text).map_err(decrypted)?,
    })
}

/// The file's KDF, refused past the bounds (before any derivation).
fn kdf(raw: &RawProtected) -> Result<Kdf, ImportError> {
    let too_costly = |what: String| ImportError::Unsupported {
        format: FORMAT.name(),
        detail: format!("its key derivation asks for {what}: a wrong or hostile file?"),
    };
    let iterations = raw
        .kdf_iterations
        .ok_or_else(|| malformed(FORMAT, "missing field kdfIterations"))?;
    if iterations == 0 {
        return Err(malformed(FORMAT, "kdfIterations is 0"));
    }
    match raw.kdf_type {
        Some(0) => {
            if iterations > MAX_PBKDF2_ITERATIONS {
                return Err(too_costly(format!(
                    "{iterations} PBKDF2 iterations, more than this app's {MAX_PBKDF2_ITERATIONS}"
                )));
            }
            let iterations = u32::try_from(iterations)
                .map_err(|_| malformed(FORMAT, "kdfIterations is out of range"))?;
            Ok(Kdf::Pbkdf2 { iterations })
        }
        Some(1) => {
            let (Some(memory), Some(lanes)) = (raw.kdf_memory, raw.kdf_parallelism) else {
                return Err(malformed(
                    FORMAT,
                    "an Argon2id export lacks kdfMemory or kdfParallelism",
                ));
            };
            let l = ARGON2_LIMITS;
            let bytes = memory.saturating_mul(1024 * 1024);
            if bytes > l.argon2_memory {
                return Err(too_costly(format!(
                    "{memory} MiB of Argon2 memory, more than this app's {} MiB",
                    l.argon2_memory >> 20
                )));
            }
            if iterations > l.argon2_iterations {
                return Err(too_costly(format!(
                    "{iterations} Argon2 passes, more than this app's {}",
                    l.argon2_iterations
                )));
            }
            if lanes > l.argon2_parallelism {
                return Err(too_costly(format!(
                    "{lanes} Argon2 lanes, more than this app's {}",
                    l.argon2_parallelism
                )));
            }
            if bytes.saturating_mul(iterations) > l.argon2_work {
                return Err(too_costly(format!(
                    "{memory} MiB times {iterations} Argon2 passes, more work than this app's {} GiB",
                    l.argon2_work >> 30
                )));
            }
            // Within the bounds, so these conversions cannot fail.
            let as_u32 = |v: u64| u32::try_from(v).unwrap_or(u32::MAX);
            let params = argon2::Params::new(
                as_u32(memory * 1024),
                as_u32(iterations),
                as_u32(lanes),
                Some(32),
            )
            .map_err(|_| malformed(FORMAT, "invalid Argon2 parameters"))?;
            Ok(Kdf::Argon2id { params })
        }
        Some(_) => Err(ImportError::Unsupported {
            format: FORMAT.name(),
            detail:
                "it uses an unknown key derivation (kdfType): export again with PBKDF2 or Argon2id"
                    .into(),
        }),
        None => Err(malformed(FORMAT, "missing field kdfType")),
    }
}

/// The password's key, stretched into the encryption and MAC keys.
fn derive(password: &str, salt: &str, kdf: &Kdf) -> Result<Keys, ImportError> {
    let mut key = Zeroizing::new([0u8; 32]);
    match kdf {
        Kdf::Pbkdf2 { iterations } => {
            pbkdf2::pbkdf2_hmac::<Sha256>(
                password.as_bytes(),
                salt.as_bytes(),
                *iterations,
                key.as_mut(),
            );
        }
        Kdf::Argon2id { params } => {
            let salt = Sha256::digest(salt.as_bytes());
            argon2::Argon2::new(
                argon2::Algorithm::Argon2id,
                argon2::Version::V0x13,
                params.clone(),
            )
            .hash_password_into(password.as_bytes(), &salt, key.as_mut())
            .map_err(|_| malformed(FORMAT, "invalid Argon2 parameters"))?;
        }
    }
    let hkdf = hkdf::Hkdf::<sha2_hkdf::Sha256>::from_prk(key.as_ref())
        .map_err(|_| malformed(FORMAT, "the derived key is too short"))?;
    let mut keys = Keys {
        enc: Zeroizing::new([0u8; 32]),
        mac: Zeroizing::new([0u8; 32]),
    };
    hkdf.expand(b"enc", keys.enc.as_mut())
        .and_then(|()| hkdf.expand(b"mac", keys.mac.as_mut()))
        .map_err(|_| malformed(FORMAT, "the key cannot be stretched"))?;
    Ok(keys)
}

/// Opens an EncString of type 2: the plaintext, `None` when its MAC does not match these
/// keys, or an error when it is not a type-2 EncString. `what` names the field.
fn open(keys: &Keys, enc: &str, what: &str) -> Result<Option<Zeroizing<Vec<u8>>>, ImportError> {
    let body = enc.trim().strip_prefix("2.").ok_or_else(|| {
        ImportError::Unsupported {
            format: FORMAT.name(),
            detail: format!("{what} is not an AES-CBC + HMAC EncString (type 2): export again with a password from a current Bitwarden"),
        }
    })?;
    let parts: Vec<&str> = body.split('|').collect();
    let [iv, ciphertext, mac] = parts.as_slice() else {
        return Err(malformed(
            FORMAT,
            format!("{what} does not have three parts"),
        ));
    };
    let b64 = |part: &str| {
        BASE64
            .decode(part.as_bytes())
            .map_err(|_| malformed(FORMAT, format!("{what} is not base64")))
    };
    let (iv, ciphertext, mac) = (b64(iv)?, b64(ciphertext)?, b64(mac)?);
    if iv.len() != 16 || mac.len() != 32 || ciphertext.is_empty() || ciphertext.len() % 16 != 0 {
        return Err(malformed(
            FORMAT,
            format!("{what} has parts of the wrong length"),
        ));
    }
    let mut check = <Hmac<Sha256> as Mac>::new_from_slice(keys.mac.as_ref())
        .map_err(|_| malformed(FORMAT, "the MAC key has the wrong length"))?;
    check.update(&iv);
    check.update(&ciphertext);
    if check.verify_slice(&mac).is_err() {
        return Ok(None);
    }
    let mut buf = Zeroizing::new(ciphertext);
    let decryptor = cbc::Decryptor::<aes::Aes256>::new_from_slices(keys.enc.as_ref(), &iv)
        .map_err(|_| malformed(FORMAT, "the key or IV has the wrong length"))?;
    let len = decryptor
        .decrypt_padded::<Pkcs7>(buf.as_mut_slice())
        .map_err(|_| damaged(FORMAT, format!("{what} has a bad padding")))?
        .len();
    buf.truncate(len);
    Ok(Some(buf))
}

#[cfg(test)]
mod tests {
    use super::*;
    use cbc::cipher::BlockModeEncrypt;

    const PLAIN: &str = r#"{"encrypted":false,"items":[{"name":"ACME","login":{"username":"ann","totp":"JBSWY3DPEHPK3PXP"}}]}"#;

    fn seal(keys: &Keys, plain: &[u8]) -> String {
        let iv = [0x3C; 16];
        let body = cbc::Encryptor::<aes::Aes256>::new_from_slices(keys.enc.as_ref(), &iv)
            .unwrap()
            .encrypt_padded_vec::<Pkcs7>(plain);
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(keys.mac.as_ref()).unwrap();
        mac.update(&iv);
        mac.update(&body);
        let mac = mac.finalize().into_bytes();
        format!(
            "2.{}|{}|{}",
            BASE64.encode(&iv),
            BASE64.encode(&body),
            BASE64.encode(&mac)
        )
    }

    fn export(password: &str, kdf_fields: &str, kdf: &Kdf, data: &[u8]) -> String {
        let keys = derive(password, "c2FsdHNhbHQ=", kdf).unwrap();
        format!(
            r#"{{"encrypted":true,"passwordProtected":true,"salt":"c2FsdHNhbHQ=",{kdf_fields},"encKeyValidation_DO_NOT_EDIT":"{}","data":"{}"}}"#,
            seal(&keys, b"2d0b6c3e-7a5f-4f1e-9a43-3c2f8f6c0d11"),
            seal(&keys, data)
        )
    }

    fn pbkdf2_export(password: &str, data: &[u8]) -> String {
        let fields = r#""kdfType":0,"kdfIterations":1000,"kdfMemory":null,"kdfParallelism":null"#;
        export(password, fields, &Kdf::Pbkdf2 { iterations: 1000 }, data)
    }

    fn labels(parsed: &Parsed) -> Vec<&str> {
        parsed.entries.iter().map(|c| c.label.as_str()).collect()
    }

    #[test]
    fn pbkdf2_and_argon2id_exports_open_with_the_password() {
        let parsed = read(&pbkdf2_export("pw", PLAIN.as_bytes()), Some("pw")).unwrap();
        assert!(parsed.encrypted);
        assert_eq!(labels(&parsed), ["ACME:ann"]);
        let params = argon2::Params::new(8 * 1024, 2, 1, Some(32)).unwrap();
        let fields = r#""kdfType":1,"kdfIterations":2,"kdfMemory":8,"kdfParallelism":1"#;
        let text = export("pw", fields, &Kdf::Argon2id { params }, PLAIN.as_bytes());
        assert_eq!(labels(&read(&text, Some("pw")).unwrap()), ["ACME:ann"]);
    }

    #[test]
    fn a_wrong_password_is_told_by_the_validation_string() {
        let text = pbkdf2_export("pw", PLAIN.as_bytes());
        let e = read(&text, Some("nope")).err().unwrap();
        assert!(matches!(e, ImportError::WrongPassword { .. }), "{e}");
        assert!(e.to_string().contains("bitwarden"), "{e}");
        assert!(matches!(
            read(&text, None),
            Err(ImportError::NeedsPassword { .. })
        ));
    }

    #[test]
    fn tampered_data_with_the_right_password_is_damaged() {
        let text = pbkdf2_export("pw", PLAIN.as_bytes());
        let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
        let data = v["data"].as_str().unwrap().to_string();
        let mut parts: Vec<String> = data.split('|').map(str::to_string).collect();
        let mut body = BASE64.decode(parts[1].as_bytes()).unwrap();
        body[0] ^= 1;
        parts[1] = BASE64.encode(&body);
        v["data"] = parts.join("|").into();
        let e = read(&v.to_string(), Some("pw")).err().unwrap();
        assert!(matches!(e, ImportError::Damaged { .. }), "{e}");
    }

    #[test]
    fn hostile_kdf_parameters_are_refused_before_deriving() {
        let base = r#"{"encrypted":true,"passwordProtected":true,"salt":"s","encKeyValidation_DO_NOT_EDIT":"2.a|b|c","data":"2.a|b|c","#;
        for (kdf, what) in [
            (r#""kdfType":0,"kdfIterations":4000000000"#, "PBKDF2"),
            (
                r#""kdfType":1,"kdfIterations":3,"kdfMemory":1048576,"kdfParallelism":4"#,
                "MiB",
            ),
            (
                r#""kdfType":1,"kdfIterations":100000,"kdfMemory":64,"kdfParallelism":4"#,
                "passes",
            ),
            (
                r#""kdfType":1,"kdfIterations":3,"kdfMemory":64,"kdfParallelism":100000"#,
                "lanes",
            ),
            (
                r#""kdfType":1,"kdfIterations":1000,"kdfMemory":1024,"kdfParallelism":4"#,
                "work",
            ),
        ] {
            let started = std::time::Instant::now();
            let e = read(&format!("{base}{kdf}}}"), Some("pw")).err().unwrap();
            assert!(started.elapsed().as_secs() < 2, "{what}");
            assert!(matches!(e, ImportError::Unsupported { .. }), "{e}");
            assert!(e.to_string().contains(what), "{e}");
        }
    }

    #[test]
    fn broken_fields_are_malformed_and_quote_nothing() {
        let text = pbkdf2_export("pw", PLAIN.as_bytes());
        let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
        v["data"] = "2.AAAA|BBBB".into();
        let e = read(&v.to_string(), Some("pw")).err().unwrap();
        assert!(matches!(e, ImportError::Malformed { .. }), "{e}");
        v.as_object_mut().unwrap().remove("salt");
        let e = read(&v.to_string(), Some("pw")).err().unwrap();
        assert!(e.to_string().contains("salt"), "{e}");
    }

    #[test]
    fn an_account_key_export_is_refused_with_what_to_do() {
        let text = r#"{"encrypted":true,"encKeyValidation_DO_NOT_EDIT":"2.a|b|c","folders":[],"items":[]}"#;
        let e = read(text, Some("pw")).err().unwrap();
        assert!(matches!(e, ImportError::Unsupported { .. }), "{e}");
        assert!(
            e.to_string().contains("export again with a password"),
            "{e}"
        );
    }
}
