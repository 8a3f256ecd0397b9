//! Tests of `freeotp_backup.rs` and `java_map.rs`: backups written here by hand (Java
//! serialization, Gson-shaped JSON, PBKDF2 and AES-GCM as FreeOTP 2 uses them).

use super::*;
use crate::import_export::detect;
use crate::otp::code_at;

const PW: &str = "correct horse";
const SALT: [u8; 32] = [0x5A; 32];

/// Java's modified UTF-8 of `s` (NUL as C0 80, surrogates encoded one by one).
fn mutf8(s: &str) -> Vec<u8> {
    let mut out = Vec::new();
    for u in s.encode_utf16() {
        match u {
            0x01..=0x7F => out.push(u as u8),
            0x00 | 0x80..=0x7FF => out.extend([0xC0 | (u >> 6) as u8, 0x80 | (u & 0x3F) as u8]),
            _ => out.extend([
                0xE0 | (u >> 12) as u8,
                0x80 | ((u >> 6) & 0x3F) as u8,
                0x80 | (u & 0x3F) as u8,
            ]),
        }
    }
    out
}

fn utf(out: &mut Vec<u8>, s: &str) {
    let b = mutf8(s);
    out.extend((b.len() as u16).to_be_bytes());
    out.extend(b);
}

/// A serialized HashMap with the given primitive fields, claiming `size` entries, whose
/// entries are `body`.
fn stream(fields: &[(u8, &str, usize)], size: u32, body: &[u8]) -> Vec<u8> {
    let mut out = java_map::MAGIC.to_vec();
    out.extend([0x73, 0x72]);
    utf(&mut out, "java.util.HashMap");
    out.extend(362_498_820_763_181_265u64.to_be_bytes());
    out.push(0x03);
    out.extend((fields.len() as u16).to_be_bytes());
    for (code, name, _) in fields {
        out.push(*code);
        utf(&mut out, name);
    }
    out.extend([0x78, 0x70]);
    for (_, _, size) in fields {
        out.extend(vec![0u8; *size]);
    }
    out.extend([0x77, 0x08]);
    out.extend(16u32.to_be_bytes());
    out.extend(size.to_be_bytes());
    out.extend(body);
    out.push(0x78);
    out
}

/// Entries as TC_STRING objects.
fn strings(entries: &[(&str, &str)]) -> Vec<u8> {
    let mut out = Vec::new();
    for (k, v) in entries {
        for s in [k, v] {
            out.push(0x74);
            utf(&mut out, s);
        }
    }
    out
}

fn java_map_with(entries: &[(&str, &str)], fields: &[(u8, &str, usize)]) -> Vec<u8> {
    stream(fields, entries.len() as u32, &strings(entries))
}

const OPENJDK: [(u8, &str, usize); 2] = [(b'F', "loadFactor", 4), (b'I', "threshold", 4)];

fn java_map(entries: &[(&str, &str)]) -> Vec<u8> {
    java_map_with(entries, &OPENJDK)
}

fn signed(bytes: &[u8]) -> serde_json::Value {
    bytes.iter().map(|b| *b as i8).collect::<Vec<i8>>().into()
}

/// Current Android's GCM parameters: SEQUENCE { OCTET STRING nonce, INTEGER 16 }.
fn params(nonce: &[u8; 12]) -> Vec<u8> {
    let mut der = vec![0x30, 17, 0x04, 12];
    der.extend(nonce);
    der.extend([0x02, 0x01, 16]);
    der
}

/// Gson's JSON of an EncryptedKey: `plain` sealed under `key`, `token` the AAD.
fn wrap(key: &[u8; 32], nonce: [u8; 12], params: Vec<u8>, token: &str, plain: &[u8]) -> String {
    let ct = Aes256Gcm::new(key.into())
        .encrypt(
            Nonce::from_slice(&nonce),
            Payload {
                msg: plain,
                aad: token.as_bytes(),
            },
        )
        .unwrap();
    serde_json::json!({"mCipher": CIPHER, "mCipherText": signed(&ct),
        "mParameters": signed(&params), "mToken": token})
    .to_string()
}

const MASTER_KEY: [u8; 32] = [0x33; 32];

fn master_json(iterations: i64) -> String {
    let mut pw = [0u8; 32];
    pbkdf2::pbkdf2_hmac::<sha2::Sha512>(PW.as_bytes(), &SALT, iterations as u32, &mut pw);
    let ek: serde_json::Value =
        serde_json::from_str(&wrap(&pw, [1; 12], params(&[1; 12]), "AES", &MASTER_KEY)).unwrap();
    serde_json::json!({"mAlgorithm": "PBKDF2withHmacSHA512", "mEncryptedKey": ek,
        "mIterations": iterations, "mSalt": signed(&SALT)})
    .to_string()
}

/// A token's `<uuid>` entry.
fn key_entry(secret: &[u8], algo: &str, params_of: fn(&[u8; 12]) -> Vec<u8>) -> String {
    let nonce = [secret.len() as u8; 12];
    let wrapped = wrap(&MASTER_KEY, nonce, params_of(&nonce), algo, secret);
    serde_json::json!({ "key": wrapped }).to_string()
}

const ACME: &str = r#"{"algo":"SHA1","digits":6,"issuerExt":"ACME Co","label":"ann@example.com","period":30,"type":"TOTP"}"#;
const NO_ALGO: &str = r#"{"issuerExt":"Old","label":"noalgo","type":"TOTP"}"#;
const FORGE: &str =
    r#"{"algo":"SHA1","counter":42,"digits":6,"issuerExt":"Forge","label":"dave","type":"HOTP"}"#;
const STEAM: &str = r#"{"issuerExt":"Steam","label":"erin","type":"TOTP"}"#;
const SECRET: &[u8] = b"12345678901234567890";

fn backup(iterations: i64) -> Vec<u8> {
    let master = master_json(iterations);
    let (k1, k2, k3, k4) = (
        key_entry(SECRET, "HmacSHA1", params),
        key_entry(SECRET, "HmacSHA1", params),
        key_entry(b"forge-hotp-secret-01", "HmacSHA1", params),
        key_entry(b"steam-secret-steam!!", "HmacSHA1", params),
    );
    java_map(&[
        ("masterKey", &master),
        ("a", &k1),
        ("a-token", ACME),
        ("b-token", NO_ALGO),
        ("b", &k2),
        ("c", &k3),
        ("c-token", FORGE),
        ("d", &k4),
        ("d-token", STEAM),
    ])
}

fn codes(parsed: &Parsed, time: u64) -> Vec<(String, String)> {
    parsed
        .entries
        .iter()
        .map(|c| {
            let a = c.item.as_ref().unwrap();
            (c.label.clone(), code_at(&a.params, &a.secret, time).code)
        })
        .collect()
}

#[test]
fn a_backup_opens_with_its_password_and_gives_each_token() {
    let bytes = backup(1000);
    assert_eq!(detect(&bytes).unwrap(), Format::FreeOtpBackup);
    let parsed = read(&bytes, Some(PW)).unwrap();
    assert!(parsed.encrypted);
    let got = codes(&parsed, 59);
    // RFC 6238's SHA1 vector at 59 s (94287082), to 6 digits; a token without `algo` is
    // SHA1 too.
    assert_eq!(got[0], ("ACME Co:ann@example.com".into(), "287082".into()));
    assert_eq!(got[1], ("Old:noalgo".into(), "287082".into()));
    assert_eq!(got[2].0, "Forge:dave");
    let steam = parsed.entries[3].item.as_ref().unwrap();
    assert_eq!(code_at(&steam.params, &steam.secret, 59).code.len(), 5);
    assert!(got[3]
        .1
        .chars()
        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()));
}

#[test]
fn a_wrong_or_missing_password_stores_nothing_and_says_so() {
    let bytes = backup(1000);
    let err = read(&bytes, Some("Correct horse")).err().unwrap();
    assert!(matches!(err, ImportError::WrongPassword { .. }), "{err}");
    assert_eq!(
        err.to_string(),
        "wrong password for this freeotp-backup file: nothing was imported; try again"
    );
    assert!(matches!(
        read(&bytes, None),
        Err(ImportError::NeedsPassword { .. })
    ));
}

#[test]
fn iterations_past_the_bound_are_refused_before_deriving() {
    let too_many = java_map(&[(
        "masterKey",
        &master_json(1000).replace("\"mIterations\":1000", "\"mIterations\":10000001"),
    )]);
    let err = read(&too_many, Some(PW)).err().unwrap();
    assert!(matches!(err, ImportError::Unsupported { .. }), "{err}");
    assert!(err.to_string().contains("too costly"), "{err}");
    let none = java_map(&[(
        "masterKey",
        &master_json(1000).replace("\"mIterations\":1000", "\"mIterations\":0"),
    )]);
    assert!(matches!(
        read(&none, Some(PW)),
        Err(ImportError::Malformed { .. })
    ));
    // The app's own 100,000 are within the bound.
    let app = java_map(&[(
        "masterKey",
        &master_json(1000).replace("\"mIterations\":1000", "\"mIterations\":100000"),
    )]);
    assert!(matches!(
        read(&app, Some(PW)),
        Err(ImportError::WrongPassword { .. })
    ));
}

#[test]
fn truncated_or_garbled_streams_give_clear_errors_and_never_panic() {
    let bytes = backup(1);
    for cut in 0..bytes.len() {
        let err = read(&bytes[..cut], Some(PW)).err().unwrap();
        assert!(err.to_string().contains("freeotp-backup"), "{cut}: {err}");
    }
    let mut trailing = bytes.clone();
    trailing.push(0);
    let err = read(&trailing, Some(PW)).err().unwrap();
    assert!(err.to_string().contains("bytes follow the map"), "{err}");
    let mut other_class = bytes.clone();
    other_class[8] = b'X';
    assert!(matches!(
        read(&other_class, Some(PW)),
        Err(ImportError::Malformed { .. })
    ));
    // A null value where a string should be.
    let mut body = strings(&[("masterKey", "x")]);
    body.truncate(body.len() - 4);
    body.push(0x70);
    let null = stream(&OPENJDK, 1, &body);
    let err = read(&null, Some(PW)).err().unwrap();
    assert!(err.to_string().contains("other than strings"), "{err}");
    // A huge claimed size allocates nothing.
    let mut huge = java_map(&[]);
    let at = huge.len() - 5;
    huge[at..at + 4].copy_from_slice(&u32::MAX.to_be_bytes());
    assert!(matches!(
        read(&huge, None),
        Err(ImportError::Malformed { .. })
    ));
    // An object field (a class name to resolve) is refused.
    let obj = java_map_with(&[], &[(b'L', "x", 0)]);
    assert!(read(&obj, None)
        .err()
        .unwrap()
        .to_string()
        .contains("not a number"));
    assert!(matches!(
        read(&java_map(&[("a", "b")]), Some(PW)),
        Err(ImportError::Malformed { .. })
    ));
    let too_big = vec![0xAC; MAX_BACKUP + 1];
    assert!(matches!(
        read(&too_big, None),
        Err(ImportError::Unsupported { .. })
    ));
}

#[test]
fn older_android_shapes_are_read() {
    // Android 6's HashMap serializes only loadFactor; older Android encodes the GCM
    // parameters as a bare OCTET STRING; a repeated string is a back reference.
    let bare = |n: &[u8; 12]| {
        let mut der = vec![0x04, 12];
        der.extend(n);
        der
    };
    let master = master_json(10);
    let k = key_entry(SECRET, "HmacSHA1", bare);
    let mut bytes = java_map_with(
        &[("masterKey", &master), ("u", &k), ("u-token", ACME)],
        &[(b'F', "loadFactor", 4)],
    );
    let parsed = read(&bytes, Some(PW)).unwrap();
    assert_eq!(codes(&parsed, 59)[0].1, "287082");
    // Names in modified UTF-8: a NUL, an accent and a character past U+FFFF.
    let token = ACME.replace("ann@example.com", "ann\u{e9}\u{1F511}");
    bytes = java_map(&[("masterKey", &master), ("u", &k), ("u-token", &token)]);
    let parsed = read(&bytes, Some(PW)).unwrap();
    assert_eq!(parsed.entries[0].label, "ACME Co:ann\u{e9}\u{1F511}");
    // A key written as a back reference to a string met before (handles: the class
    // description 0x7E0000, the map 0x7E0001, then each new string).
    let mut body = strings(&[("masterKey", &master), ("u", &k)]);
    body.extend([0x71, 0x00, 0x7E, 0x00, 0x04, 0x74, 0x00, 0x01, b'x']);
    let with_ref = stream(&OPENJDK, 3, &body);
    let err = read(&with_ref, Some(PW)).err().unwrap();
    assert!(err.to_string().contains("twice"), "{err}");
    // Values written as back references (the same strings written twice): 2 is
    // `masterKey`, 5 the key entry, 7 the token.
    let mut body = strings(&[("masterKey", &master), ("u", &k), ("u-token", ACME)]);
    body.extend([0x74, 0x00, 0x01, b'v', 0x71, 0x00, 0x7E, 0x00, 0x05]);
    body.extend([0x74, 0x00, 0x07]);
    body.extend(b"v-token");
    body.extend([0x71, 0x00, 0x7E, 0x00, 0x07]);
    let parsed = read(&stream(&OPENJDK, 5, &body), Some(PW)).unwrap();
    assert_eq!(
        codes(&parsed, 59)[1],
        ("ACME Co:ann@example.com".into(), "287082".into())
    );
    // A reference to the map itself is refused.
    let mut body = strings(&[("masterKey", &master)]);
    body.extend([0x74, 0x00, 0x01, b'v', 0x71, 0x00, 0x7E, 0x00, 0x01]);
    let err = read(&stream(&OPENJDK, 2, &body), Some(PW)).err().unwrap();
    assert!(err.to_string().contains("reference"), "{err}");
}

#[test]
fn a_damaged_token_is_unusable_and_the_others_still_come() {
    let master = master_json(10);
    let good = key_entry(SECRET, "HmacSHA1", params);
    // Sealed with another AAD than it names: the tag fails.
    let bad = key_entry(SECRET, "HmacSHA1", params).replace("HmacSHA1", "HmacSHA256");
    let long_tag = |n: &[u8; 12]| {
        let mut der = params(n);
        der[18] = 12;
        der
    };
    let odd = key_entry(SECRET, "HmacSHA1", long_tag);
    let bytes = java_map(&[
        ("masterKey", &master),
        ("x", &bad),
        ("x-token", ACME),
        ("y", &good),
        ("y-token", NO_ALGO),
        ("z-token", FORGE),
        ("w", &odd),
        ("w-token", STEAM),
        ("v", &good),
    ]);
    let parsed = read(&bytes, Some(PW)).unwrap();
    let items: Vec<(&str, Result<(), String>)> = parsed
        .entries
        .iter()
        .map(|c| {
            let item = c.item.as_ref().map(|_| ()).map_err(ToString::to_string);
            (c.label.as_str(), item)
        })
        .collect();
    assert_eq!(items.len(), 5);
    assert!(items[0].1.as_ref().unwrap_err().contains("does not open"));
    assert_eq!(items[0].0, "ACME Co:ann@example.com");
    assert!(items[1].1.is_ok());
    assert!(items[2].1.as_ref().unwrap_err().contains("key is missing"));
    assert!(items[3].1.as_ref().unwrap_err().contains("tag is not 16"));
    assert!(items[4]
        .1
        .as_ref()
        .unwrap_err()
        .contains("fields are missing"));
}
