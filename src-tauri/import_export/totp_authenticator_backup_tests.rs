//! Unit tests of `totp_authenticator_backup.rs`: a backup opens with its password or the
//! app's default one, a wrong password and damaged data are told, and detection.

use super::*;
use crate::otp::code_at;
use cbc::cipher::BlockModeEncrypt;

const ACCOUNTS: &str = r#"[{"name":"ann@example.com","issuer":"ACME Co","key":"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ","base":32,"digits":6},{"name":"hex","issuer":"H","key":"3132333435363738393031323334353637383930","base":16}]"#;

fn seal(password: &str, plain: &[u8]) -> String {
    let key: [u8; 32] = Sha256::digest(password.as_bytes()).into();
    let sealed = cbc::Encryptor::<aes::Aes256>::new_from_slices(&key, &[0u8; 16])
        .unwrap()
        .encrypt_padded_vec::<Pkcs7>(plain);
    BASE64.encode(&sealed)
}

fn backup(password: &str) -> String {
    let object = serde_json::json!({ ACCOUNTS: "1700000000" }).to_string();
    seal(password, object.as_bytes())
}

#[test]
fn a_backup_opens_with_its_password_and_gives_the_accounts() {
    let parsed = read(&backup("pw"), Some("pw")).unwrap();
    assert!(parsed.encrypted);
    let labels: Vec<&str> = parsed.entries.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(labels, ["ACME Co:ann@example.com", "H:hex"]);
    for c in &parsed.entries {
        let a = c.item.as_ref().unwrap();
        assert_eq!(code_at(&a.params, &a.secret, 1_700_000_000).code, "921300");
    }
}

#[test]
fn a_backup_without_a_password_opens_with_the_apps_default() {
    let text = backup(DEFAULT_PASSWORD);
    assert_eq!(read(&text, None).unwrap().entries.len(), 2);
    assert_eq!(read(&text, Some("anything")).unwrap().entries.len(), 2);
}

#[test]
fn a_wrong_password_is_refused_naming_the_format() {
    let text = backup("pw");
    let e = read(&text, Some("nope")).err().unwrap();
    assert_eq!(
        e.to_string(),
        "wrong password for this totp-authenticator file: nothing was imported; try again"
    );
    assert!(matches!(
        read(&text, None),
        Err(ImportError::NeedsPassword { .. })
    ));
}

#[test]
fn tampered_or_truncated_data_is_refused_and_quotes_nothing() {
    let text = backup("pw");
    let mut sealed = BASE64.decode(text.as_bytes()).unwrap();
    let last = sealed.len() - 1;
    sealed[last] ^= 0x55;
    let e = read(&BASE64.encode(&sealed), Some("pw")).err().unwrap();
    assert!(matches!(e, ImportError::WrongPassword { .. }), "{e}");
    for cut in [3, text.len() / 2, text.len() - 1] {
        let e = read(&text[..cut], Some("pw")).err().unwrap();
        assert!(!e.to_string().contains("GEZD"), "{e}");
        assert!(e.to_string().contains("totp-authenticator"), "{e}");
    }
    // The right password, but no list of accounts inside.
    let e = read(&seal("pw", br#"{"x":"1"}"#), Some("pw"))
        .err()
        .unwrap();
    assert!(matches!(e, ImportError::Damaged { .. }), "{e}");
}

#[test]
fn a_list_of_strings_as_in_the_preferences_is_read_too() {
    let inner: Vec<serde_json::Value> = serde_json::from_str(ACCOUNTS).unwrap();
    let strings: Vec<String> = inner.iter().map(|v| v.to_string()).collect();
    let list = serde_json::to_string(&strings).unwrap();
    let object = serde_json::json!({ list: "1700000000" }).to_string();
    let parsed = read(&seal("pw", object.as_bytes()), Some("pw")).unwrap();
    assert_eq!(parsed.entries.len(), 2);
}

#[test]
fn detection_takes_base64_ciphertext_and_nothing_else() {
    assert!(looks_like_backup(&backup("pw")));
    let wrapped: String = backup("pw")
        .as_bytes()
        .chunks(76)
        .map(|l| format!("{}\n", std::str::from_utf8(l).unwrap()))
        .collect();
    assert!(looks_like_backup(&wrapped));
    assert!(!looks_like_backup(
        "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
    ));
    assert!(!looks_like_backup(
        "otpauth://totp/A:a?secret=JBSWY3DPEHPK3PXP"
    ));
    assert!(!looks_like_backup("hello"));
}
