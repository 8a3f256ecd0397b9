//! The KeePass reader against the fixtures pykeepass wrote (KDBX 4.0 and 3.1), the
//! header bounds against crafted headers, and the writer through the reader.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use super::header::{self, HeaderError, Limits, LIMITS};
use super::*;
use crate::otp::code_at;

fn fixture(name: &str) -> Vec<u8> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import");
    std::fs::read(dir.join(name)).unwrap()
}

fn expected() -> serde_json::Value {
    serde_json::from_slice(&fixture("expected.json")).unwrap()
}

const FILES: [&str; 2] = ["keepass-kdbx4.kdbx", "keepass-kdbx3.kdbx"];

#[test]
fn both_fixtures_give_the_accounts_codes_tags_and_notes() {
    let exp = expected();
    let t = exp["time"].as_u64().unwrap();
    for file in FILES {
        let parsed = read(&fixture(file), Some("correct horse")).unwrap();
        assert!(parsed.encrypted);
        let got: Vec<(String, String, Vec<String>)> = parsed
            .entries
            .iter()
            .filter_map(|c| c.item.as_ref().ok().map(|a| (c, a)))
            .map(|(c, a)| {
                (
                    c.label.clone(),
                    code_at(&a.params, &a.secret, t).code,
                    c.tags.clone(),
                )
            })
            .collect();
        let want: Vec<(String, String)> = exp["files"][file]["entries"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                (
                    e["label"].as_str().unwrap().into(),
                    e["code"].as_str().unwrap().into(),
                )
            })
            .collect();
        let got_codes: Vec<(String, String)> =
            got.iter().map(|(l, c, _)| (l.clone(), c.clone())).collect();
        assert_eq!(got_codes, want, "{file}");
        let tags: Vec<Vec<String>> = got.iter().map(|(_, _, t)| t.clone()).collect();
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert_eq!(
            tags,
            vec![
                s(&[]),
                s(&["Work", "money"]),
                s(&["Servers"]),
                s(&["Servers"]),
                s(&["Games"])
            ],
            "{file}: the innermost group, then the entry's own tags"
        );
        let acme = &parsed.entries[0];
        assert_eq!(
            acme.note.as_deref().map(String::as_str),
            Some("recovery: ask the front desk")
        );
        // The password entry is counted as unusable, with the reason; the recycle bin's
        // TOTP entry is not there at all.
        let unusable: Vec<(&str, String)> = parsed
            .entries
            .iter()
            .filter_map(|c| {
                c.item
                    .as_ref()
                    .err()
                    .map(|r| (c.label.as_str(), r.to_string()))
            })
            .collect();
        assert_eq!(
            unusable,
            vec![("Just a password", no_totp().to_string())],
            "{file}"
        );
        assert!(!parsed.entries.iter().any(|c| c.label.contains("Deleted")));
        let steam = parsed
            .entries
            .iter()
            .find(|c| c.label == "Steam:erin")
            .unwrap();
        assert_eq!(
            steam.item.as_ref().unwrap().params.kind(),
            crate::otp::Kind::Steam
        );
    }
}

#[test]
fn a_wrong_or_missing_password_is_said_so() {
    for file in FILES {
        let bytes = fixture(file);
        let err = read(&bytes, Some("wrong horse")).err().unwrap();
        assert!(
            matches!(err, ImportError::WrongPassword { format: "keepass" }),
            "{file}: {err}"
        );
        assert!(matches!(
            read(&bytes, None),
            Err(ImportError::NeedsPassword { .. })
        ));
    }
}

#[test]
fn cut_files_are_errors_that_quote_nothing() {
    for file in FILES {
        let bytes = fixture(file);
        for cut in [
            4,
            11,
            40,
            150,
            bytes.len() / 2,
            bytes.len() - 7,
            bytes.len() - 1,
        ] {
            let err = read(&bytes[..cut], Some("correct horse"))
                .err()
                .unwrap_or_else(|| panic!("{file} cut at {cut} was read"));
            let msg = err.to_string();
            assert!(!msg.contains("GEZD") && !msg.contains("otpauth"), "{msg}");
            assert!(
                matches!(
                    err,
                    ImportError::Malformed { .. } | ImportError::Damaged { .. }
                ),
                "{file} cut at {cut}: {msg}"
            );
        }
    }
}

/// A KDBX 4 header whose KDF dictionary holds `items` (`type, key, value`).
fn kdbx4_header(items: &[(u8, &str, Vec<u8>)]) -> Vec<u8> {
    let mut dict = vec![0x00, 0x01];
    for (kind, key, value) in items {
        dict.push(*kind);
        dict.extend_from_slice(&(key.len() as u32).to_le_bytes());
        dict.extend_from_slice(key.as_bytes());
        dict.extend_from_slice(&(value.len() as u32).to_le_bytes());
        dict.extend_from_slice(value);
    }
    dict.push(0);
    let mut h = header::MAGIC.to_vec();
    h.extend_from_slice(&[0x00, 0x00, 0x04, 0x00]);
    let mut field = |id: u8, data: &[u8]| {
        h.push(id);
        h.extend_from_slice(&(data.len() as u32).to_le_bytes());
        h.extend_from_slice(data);
    };
    field(2, &[0x31; 16]);
    field(11, &dict);
    field(0, b"\r\n\r\n");
    h.extend_from_slice(&[0u8; 200]);
    h
}

const ARGON2D: [u8; 16] = [
    0xEF, 0x63, 0x6D, 0xDF, 0x8C, 0x29, 0x44, 0x4B, 0x91, 0xF7, 0xA9, 0xA4, 0x03, 0xE3, 0x0A, 0x0C,
];

fn argon2(memory: u64, iterations: u64, lanes: u32) -> Vec<u8> {
    kdbx4_header(&[
        (0x42, "$UUID", ARGON2D.to_vec()),
        (0x05, "M", memory.to_le_bytes().to_vec()),
        (0x05, "I", iterations.to_le_bytes().to_vec()),
        (0x04, "P", lanes.to_le_bytes().to_vec()),
        (0x42, "S", vec![7; 32]),
    ])
}

#[test]
fn hostile_kdf_parameters_are_refused_before_any_derivation() {
    let gib = 1024 * 1024 * 1024u64;
    for (bytes, what) in [
        (argon2(2 * gib, 2, 2), "memory"),
        (argon2(u64::MAX, 2, 2), "memory"),
        (argon2(64 << 20, 1_000_000, 2), "iterations"),
        (argon2(64 << 20, 2, 0), "lanes"),
        (argon2(64 << 20, 2, u32::MAX), "lanes"),
        (argon2(gib, 900, 2), "passes"),
    ] {
        let start = Instant::now();
        let err = read(&bytes, Some("x")).err().unwrap();
        assert!(
            start.elapsed() < Duration::from_secs(1),
            "{what}: it derived"
        );
        assert!(
            matches!(err, ImportError::Unsupported { .. }),
            "{what}: {err}"
        );
        assert!(err.to_string().contains(what), "{what}: {err}");
    }
    // AES-KDF in a KDBX 4 dictionary, and in a KDBX 3.1 header field.
    let aes = kdbx4_header(&[
        (
            0x42,
            "$UUID",
            vec![
                0xC9, 0xD9, 0xF3, 0x9A, 0x62, 0x8A, 0x44, 0x60, 0xBF, 0x74, 0x0D, 0x08, 0xC1, 0x8A,
                0x4F, 0xEA,
            ],
        ),
        (0x05, "R", (LIMITS.aes_rounds + 1).to_le_bytes().to_vec()),
    ]);
    assert!(matches!(
        header::check(&aes, &LIMITS),
        Err(HeaderError::TooCostly(_))
    ));
    let mut v3 = header::MAGIC.to_vec();
    v3.extend_from_slice(&[0x01, 0x00, 0x03, 0x00, 6, 8, 0]);
    v3.extend_from_slice(&u64::MAX.to_le_bytes());
    v3.extend_from_slice(&[0, 4, 0, 13, 10, 13, 10]);
    let err = read(&v3, Some("x")).err().unwrap();
    assert!(err.to_string().contains("rounds"), "{err}");
    // Sane parameters pass the check (and then fail later, as this file has no body).
    assert!(header::check(&argon2(64 << 20, 10, 2), &LIMITS).is_ok());
    // Bad dictionaries are malformed, not panics.
    assert!(matches!(
        header::check(&kdbx4_header(&[(0x05, "M", vec![1, 2, 3])]), &LIMITS),
        Err(HeaderError::Malformed(_))
    ));
    // Found by fuzzing: a UInt64 item holding 4 bytes made the keepass crate panic; the
    // dictionary is refused first (the KDF's own and the public custom data's).
    let short = kdbx4_header(&[
        (0x42, "$UUID", ARGON2D.to_vec()),
        (0x05, "M", (64u32 << 20).to_le_bytes().to_vec()),
        (0x05, "I", 2u64.to_le_bytes().to_vec()),
        (0x04, "P", 2u32.to_le_bytes().to_vec()),
    ]);
    let err = header::check(&short, &LIMITS).err().unwrap();
    assert!(
        matches!(&err, HeaderError::Malformed(m) if m.contains("4-byte value")),
        "{err:?}"
    );
    assert!(read(&short, Some("x")).is_err());
    let mut custom = argon2(1 << 20, 2, 2);
    let end = custom.len() - 200 - 9;
    let mut field12 = vec![12u8];
    let dict = [0x00, 0x01, 0x0D, 1, 0, 0, 0, b'x', 2, 0, 0, 0, 1, 2, 0];
    field12.extend_from_slice(&(dict.len() as u32).to_le_bytes());
    field12.extend_from_slice(&dict);
    custom.splice(end..end, field12);
    let err = header::check(&custom, &LIMITS).err().unwrap();
    assert!(
        matches!(&err, HeaderError::Malformed(m) if m.contains("public custom data")),
        "{err:?}"
    );
    // The fuzzer's own inputs (kept in tests/vectors/fuzz/): refused, no panic.
    for found in [
        &include_bytes!("../../../tests/vectors/fuzz/keepass-variant-size.kdbx")[..],
        &include_bytes!("../../../tests/vectors/fuzz/keepass-kdbx3-field-size.kdbx")[..],
    ] {
        assert!(matches!(
            header::check(found, &LIMITS),
            Err(HeaderError::Malformed(_))
        ));
        assert!(read(found, Some("x")).is_err());
    }
    let mut huge_len = argon2(1 << 20, 2, 2);
    huge_len[13..17].copy_from_slice(&u32::MAX.to_le_bytes());
    assert!(header::check(&huge_len, &LIMITS).is_err());
}

#[test]
fn the_real_fixtures_are_held_to_the_limits_too() {
    // The KDBX 4 fixture asks for 1 MiB: with a limit below that it is refused.
    let tight = Limits {
        argon2_memory: 512 * 1024,
        ..LIMITS
    };
    let err = read_with(&fixture(FILES[0]), Some("correct horse"), &tight)
        .err()
        .unwrap();
    assert!(err.to_string().contains("memory"), "{err}");
    let tight = Limits {
        aes_rounds: 999,
        ..LIMITS
    };
    let err = read_with(&fixture(FILES[1]), Some("correct horse"), &tight)
        .err()
        .unwrap();
    assert!(err.to_string().contains("rounds"), "{err}");
    assert_eq!(header::check(&fixture(FILES[1]), &LIMITS).unwrap().major, 3);
}

#[test]
fn what_we_write_reads_back_with_tags_notes_and_steam_in_keepassxc_form() {
    let parsed = crate::import_export::otpauth_list::read(
        "otpauth://totp/ACME%20Co:ann?secret=JBSWY3DPEHPK3PXP&algorithm=SHA256&digits=8&period=60\n\
         otpauth://steam/Steam:erin?secret=63BEDWCQZKTQWPESARIERL5DTTQFCJTK\n\
         otpauth://hotp/Forge:dave?secret=GEZDGNBVGY3TQOJQ&counter=42\n\
         otpauth://totp/:solo?secret=GEZDGNBVGY3TQOJQ\n",
    )
    .unwrap();
    let accounts: Vec<UriAccount> = parsed.into_iter().map(|c| c.item.ok().unwrap()).collect();
    let tags = [
        vec!["Work".to_string(), "money".to_string()],
        vec!["games".to_string()],
        vec!["work".to_string()],
        vec![],
    ];
    let notes = ["a note", "", "", "line 1\nline 2"];
    let entries: Vec<Entry> = accounts
        .iter()
        .zip(&tags)
        .zip(notes)
        .map(|((a, t), n)| Entry {
            account: a,
            tags: t,
            note: n,
        })
        .collect();
    let fast = write::WriteKdf {
        memory: 1 << 20,
        iterations: 2,
        parallelism: 1,
    };
    let bytes = write(&entries, "pw", fast).unwrap();
    assert_eq!(
        crate::import_export::detect(&bytes).unwrap(),
        Format::KeePass
    );
    assert!(!String::from_utf8_lossy(&bytes).contains("JBSWY3DP"));
    let back = read(&bytes, Some("pw")).unwrap();
    let mut got: Vec<(UriAccount, Vec<String>, String)> = back
        .entries
        .into_iter()
        .map(|c| {
            (
                c.item.ok().unwrap(),
                c.tags,
                c.note.map(|n| n.to_string()).unwrap_or_default(),
            )
        })
        .collect();
    got.sort_by(|a, b| a.0.account.cmp(&b.0.account));
    let mut want: Vec<(UriAccount, Vec<String>, String)> = accounts
        .iter()
        .cloned()
        .zip(tags.iter().cloned())
        .zip(notes.iter().map(|n| n.to_string()))
        .map(|((a, t), n)| (a, t, n))
        .collect();
    want.sort_by(|a, b| a.0.account.cmp(&b.0.account));
    // "work" joins the group "Work" made first (names compare ignoring case).
    want[1].1 = vec!["Work".into()];
    assert_eq!(got.len(), 4);
    for (g, w) in got.iter().zip(&want) {
        assert_eq!(g.0, w.0);
        assert_eq!(g.1, w.1, "{}", w.0.account);
        assert_eq!(g.2, w.2);
    }
    let steam = write::otp_uri(&accounts[1]);
    assert!(
        steam.starts_with("otpauth://totp/Steam:erin?"),
        "{}",
        steam.as_str()
    );
    assert!(steam.ends_with("&period=30&digits=5&encoder=steam"));
}

#[test]
fn keeotp_and_legacy_settings_are_read() {
    let a = from_otp(
        "key=JBSWY3DPEHPK3PXP&step=60&size=8&otpHashMode=Sha256",
        "Site",
        "me",
    )
    .unwrap();
    assert_eq!((a.issuer.as_str(), a.account.as_str()), ("Site", "me"));
    assert_eq!(a.params.period(), Some(60));
    assert_eq!(a.params.digits(), 8);
    let b = legacy("JBSWY3DPEHPK3PXP", Some("30;8"), "T", "u").unwrap();
    assert_eq!(b.params.digits(), 8);
    assert!(legacy("JBSWY3DPEHPK3PXP", Some("x;6"), "T", "u").is_err());
    assert!(from_otp("nonsense", "T", "u").is_err());
    let c = from_otp("otpauth://totp/?secret=JBSWY3DPEHPK3PXP", "Title", "user").unwrap();
    assert_eq!((c.issuer.as_str(), c.account.as_str()), ("Title", "user"));
}
