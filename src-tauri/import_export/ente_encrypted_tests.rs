//! Unit tests of `ente_encrypted.rs`: an export sealed by libsodium opens, a wrong
//! password and tampered data are told, hostile Argon2 costs are refused before deriving.

use super::*;

/// Made with libsodium (PyNaCl: `argon2id.kdf` with 64 KiB and 2 passes, then
/// secretstream push with TAG_FINAL) for the password "pw": one account, ACME:ann.
const EXPORT: &str = r#"{"version": 1, "kdfParams": {"memLimit": 65536, "opsLimit": 2, "salt": "AAECAwQFBgcICQoLDA0ODw=="}, "encryptedData": "zRCMq6YvUdW0h8FJZ0err+7eA1EaQx0mjLvOZuF+5zazU1QgPrjKicHWzPKMlwOqUdqaHgSngjG6OqpjoIkwlgaojgMIZ8zGQv6BByA=", "encryptionNonce": "IZyyc4DM+gTj2IZEMtHHcCHcJDLRKgE9"}"#;

fn with(field: &str, value: serde_json::Value) -> String {
    let mut v: serde_json::Value = serde_json::from_str(EXPORT).unwrap();
    match field.split_once('.') {
        Some((outer, inner)) => v[outer][inner] = value,
        None => v[field] = value,
    }
    v.to_string()
}

#[test]
fn an_export_sealed_by_libsodium_opens_with_the_password() {
    let parsed = read(EXPORT, Some("pw")).unwrap();
    assert!(parsed.encrypted);
    assert_eq!(parsed.entries.len(), 1);
    assert_eq!(parsed.entries[0].label, "ACME:ann");
    assert!(parsed.entries[0].item.is_ok());
}

#[test]
fn the_plain_text_export_still_reads_without_a_password() {
    let parsed = read("otpauth://totp/A:a?secret=JBSWY3DPEHPK3PXP\n", None).unwrap();
    assert!(!parsed.encrypted);
    assert_eq!(parsed.entries[0].label, "A:a");
}

#[test]
fn a_wrong_password_is_refused_naming_ente() {
    let e = read(EXPORT, Some("nope")).err().unwrap();
    assert!(matches!(e, ImportError::WrongPassword { .. }), "{e}");
    assert_eq!(
        e.to_string(),
        "wrong password for this ente file: nothing was imported; try again"
    );
    assert!(matches!(
        read(EXPORT, None),
        Err(ImportError::NeedsPassword { .. })
    ));
}

#[test]
fn tampered_data_or_nonce_does_not_open() {
    let v: serde_json::Value = serde_json::from_str(EXPORT).unwrap();
    let mut data = BASE64
        .decode(v["encryptedData"].as_str().unwrap().as_bytes())
        .unwrap();
    data[5] ^= 1;
    let e = read(
        &with("encryptedData", BASE64.encode(&data).into()),
        Some("pw"),
    )
    .err()
    .unwrap();
    // Without the MAC nothing tells a damaged file from a wrong password.
    assert!(matches!(e, ImportError::WrongPassword { .. }), "{e}");
    let mut nonce = BASE64
        .decode(v["encryptionNonce"].as_str().unwrap().as_bytes())
        .unwrap();
    nonce[20] ^= 1;
    let e = read(
        &with("encryptionNonce", BASE64.encode(&nonce).into()),
        Some("pw"),
    )
    .err()
    .unwrap();
    assert!(matches!(e, ImportError::WrongPassword { .. }), "{e}");
}

#[test]
fn hostile_kdf_parameters_are_refused_before_deriving() {
    for (field, value, what) in [
        ("kdfParams.memLimit", serde_json::json!(1u64 << 40), "MiB"),
        (
            "kdfParams.opsLimit",
            serde_json::json!(1_000_000u64),
            "passes",
        ),
        ("kdfParams.memLimit", serde_json::json!(u64::MAX), "memory"),
    ] {
        let started = std::time::Instant::now();
        let e = read(&with(field, value), Some("pw")).err().unwrap();
        assert!(started.elapsed().as_secs() < 2, "{what}");
        assert!(matches!(e, ImportError::Unsupported { .. }), "{e}");
        assert!(e.to_string().contains(what), "{e}");
    }
    // Each within the bounds, together too much work.
    let mut v: serde_json::Value = serde_json::from_str(EXPORT).unwrap();
    v["kdfParams"]["memLimit"] = (1u64 << 30).into();
    v["kdfParams"]["opsLimit"] = 1000.into();
    let e = read(&v.to_string(), Some("pw")).err().unwrap();
    assert!(e.to_string().contains("more work"), "{e}");
    let e = read(&with("kdfParams.opsLimit", 0.into()), Some("pw"))
        .err()
        .unwrap();
    assert!(matches!(e, ImportError::Malformed { .. }), "{e}");
}

#[test]
fn truncated_or_broken_fields_are_malformed_and_quote_nothing() {
    for cut in [1, EXPORT.len() / 2, EXPORT.len() - 2] {
        let e = read(&EXPORT[..cut], Some("pw")).err().unwrap();
        assert!(matches!(e, ImportError::Malformed { .. }), "{e}");
        assert!(!e.to_string().contains("zRCM"), "{e}");
    }
    let e = read(&with("encryptionNonce", "AAAA".into()), Some("pw"))
        .err()
        .unwrap();
    assert!(e.to_string().contains("24 bytes"), "{e}");
    let e = read(&with("encryptedData", "!!".into()), Some("pw"))
        .err()
        .unwrap();
    assert!(e.to_string().contains("not base64"), "{e}");
    let e = read(&with("version", 2.into()), Some("pw")).err().unwrap();
    assert!(matches!(e, ImportError::Unsupported { .. }), "{e}");
}
