//! Guards our backup format: round trips with recovery codes, tags, notes and icons;
//! wrong passwords, changed headers, cut files and hostile costs refused.

use super::*;

/// A cheap cost for tests (the format stores whatever cost was used).
const TEST_COST: Cost = Cost {
    m_kib: 64,
    t: 1,
    p: 1,
};

fn sample() -> UriAccount {
    otpauth::parse("otpauth://hotp/ACME:ann?secret=JBSWY3DPEHPK3PXP&counter=7&digits=8").unwrap()
}

#[test]
fn a_backup_round_trips_with_its_recovery_codes_tags_note_and_icon() {
    let a = sample();
    let tags = vec!["home".to_string(), "Work".to_string()];
    let rec = RecoveryCodes {
        server: Some("work".into()),
        codes: vec![StoredCode {
            code: Zeroizing::new("abcd-efgh".into()),
            used_at: Some(5),
            note: None,
        }],
    };
    let file = write(
        &[Item {
            account: &a,
            recovery: Some(&rec),
            tags: &tags,
            note: Some("in the safe"),
            icon: Some(&IconChoice::Set {
                slug: "gitlab".into(),
            }),
        }],
        "pw",
        TEST_COST,
        1,
    )
    .unwrap();
    assert!(!file.windows(16).any(|w| w == b"JBSWY3DPEHPK3PXP"));
    let parsed = read(&file, Some("pw")).unwrap();
    let c = &parsed.entries[0];
    assert_eq!(c.item.as_ref().unwrap(), &a);
    let r = c.recovery.as_ref().unwrap();
    assert_eq!(r.server.as_deref(), Some("work"));
    assert_eq!(r.codes[0].code.as_str(), "abcd-efgh");
    assert_eq!(r.codes[0].used_at, Some(5));
    assert_eq!(c.tags, tags);
    assert_eq!(c.note.as_deref().map(String::as_str), Some("in the safe"));
    assert_eq!(
        c.icon,
        Some(IconChoice::Set {
            slug: "gitlab".into()
        })
    );
}

#[test]
fn a_wrong_password_a_changed_header_and_a_cut_file_are_refused() {
    let a = sample();
    let file = write(
        &[Item {
            account: &a,
            recovery: None,
            tags: &[],
            note: None,
            icon: None,
        }],
        "pw",
        TEST_COST,
        1,
    )
    .unwrap();
    assert!(matches!(
        read(&file, Some("nope")),
        Err(ImportError::WrongPassword { .. })
    ));
    assert!(matches!(
        read(&file, None),
        Err(ImportError::NeedsPassword { .. })
    ));
    // The header is authenticated: a changed salt byte fails like a wrong password.
    let mut changed = file.clone();
    changed[30] ^= 1;
    assert!(matches!(
        read(&changed, Some("pw")),
        Err(ImportError::WrongPassword { .. })
    ));
    assert!(matches!(
        read(&file[..40], Some("pw")),
        Err(ImportError::Malformed { .. })
    ));
    let mut newer = file.clone();
    newer[9] = 2;
    assert!(matches!(
        read(&newer, Some("pw")),
        Err(ImportError::Unsupported { .. })
    ));
}

#[test]
fn a_hostile_cost_is_refused_before_any_work() {
    let a = sample();
    let mut file = write(
        &[Item {
            account: &a,
            recovery: None,
            tags: &[],
            note: None,
            icon: None,
        }],
        "pw",
        TEST_COST,
        1,
    )
    .unwrap();
    file[12..16].copy_from_slice(&u32::MAX.to_be_bytes());
    assert!(matches!(
        read(&file, Some("pw")),
        Err(ImportError::Unsupported { .. })
    ));
}
