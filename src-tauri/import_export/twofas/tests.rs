//! Guards the 2FAS reader and writer: groups read as tags, and written backups (plain
//! and encrypted, with the `reference`) reading back with their groups.

use super::write::REFERENCE;
use super::*;
use crate::otpauth::UriAccount;

#[test]
fn a_service_s_group_is_read_as_a_tag() {
    let text = r#"{"schemaVersion":4,"groups":[{"id":"g1","name":"Work","isExpanded":true}],
        "services":[
          {"name":"A","secret":"JBSWY3DPEHPK3PXP","groupId":"g1","otp":{"account":"a"}},
          {"name":"B","secret":"JBSWY3DPEHPK3PXQ","groupId":"missing"},
          {"name":"C","secret":"JBSWY3DPEHPK3PXR","groupId":null}]}"#;
    let tags: Vec<Vec<String>> = read(text, None)
        .unwrap()
        .entries
        .into_iter()
        .map(|c| c.tags)
        .collect();
    assert_eq!(tags, vec![vec!["Work".to_string()], vec![], vec![]]);
}

#[test]
fn a_written_backup_reads_back_plain_and_encrypted_with_its_groups() {
    let a = crate::otpauth::parse(
        "otpauth://totp/A:a?secret=JBSWY3DPEHPK3PXP&algorithm=SHA512&digits=8&period=60",
    )
    .unwrap();
    let h = crate::otpauth::parse("otpauth://hotp/H:h?secret=JBSWY3DPEHPK3PXQ&counter=7").unwrap();
    let s = crate::otpauth::parse("otpauth://steam/Steam:s?secret=JBSWY3DPEHPK3PXR").unwrap();
    let entries = [
        Entry {
            account: &a,
            group: Some("Work"),
        },
        Entry {
            account: &h,
            group: Some("work"),
        },
        Entry {
            account: &s,
            group: None,
        },
    ];
    for password in [None, Some("pw")] {
        let file = write(&entries, password, 1_700_000_000).unwrap();
        let text = std::str::from_utf8(&file).unwrap();
        assert_eq!(text.contains("JBSWY3DP"), password.is_none());
        let parsed = read(text, password).unwrap();
        assert_eq!(parsed.encrypted, password.is_some());
        let back: Vec<(UriAccount, Vec<String>)> = parsed
            .entries
            .into_iter()
            .map(|c| (c.item.unwrap(), c.tags))
            .collect();
        assert_eq!(back[0], (a.clone(), vec!["Work".to_string()]));
        assert_eq!(back[1], (h.clone(), vec!["Work".to_string()]));
        assert_eq!(back[2], (s.clone(), vec![]));
    }
    // The reference decrypts, under the same password, to 2FAS' fixed text.
    let file = write(&entries, Some("pw"), 0).unwrap();
    let v: serde_json::Value = serde_json::from_slice(&file).unwrap();
    let reference = decrypt(v["reference"].as_str().unwrap(), "pw").unwrap();
    assert_eq!(reference.as_slice(), REFERENCE.as_bytes());
    assert_eq!(v["services"], serde_json::json!([]));
    assert!(matches!(
        read(std::str::from_utf8(&file).unwrap(), Some("nope")),
        Err(ImportError::WrongPassword { .. })
    ));
}
