//! Guards the Aegis reader and writer: plain and encrypted vaults, groups as tags, notes,
//! and the bundled logos an export of ours carries coming back as the chosen icons.

use super::*;
use crate::otpauth;

fn tags_read(text: &str, password: Option<&str>) -> Vec<Vec<String>> {
    read(text, password)
        .unwrap()
        .entries
        .into_iter()
        .map(|c| c.tags)
        .collect()
}

#[test]
fn groups_of_version_3_and_the_group_of_version_2_are_read_as_tags() {
    let v3 = r#"{"version":1,"header":{"slots":null,"params":null},"db":{"version":3,
        "groups":[{"uuid":"g1","name":"Work"},{"uuid":"g2","name":"home"}],
        "entries":[
          {"type":"totp","name":"a","issuer":"A","info":{"secret":"JBSWY3DPEHPK3PXP"},"groups":["g2","g1","gone"]},
          {"type":"totp","name":"b","issuer":"B","info":{"secret":"JBSWY3DPEHPK3PXQ"}}]}}"#;
    assert_eq!(
        tags_read(v3, None),
        vec![vec!["home".to_string(), "Work".to_string()], vec![]]
    );
    let v2 = r#"{"version":1,"header":{"slots":null,"params":null},"db":{"version":2,
        "entries":[{"type":"totp","name":"a","issuer":"A","info":{"secret":"JBSWY3DPEHPK3PXP"},"group":"Bank"},
                   {"type":"totp","name":"b","issuer":"B","info":{"secret":"JBSWY3DPEHPK3PXQ"},"group":null}]}}"#;
    assert_eq!(tags_read(v2, None), vec![vec!["Bank".to_string()], vec![]]);
}

#[test]
fn tags_written_as_groups_come_back_with_their_accounts() {
    let a = otpauth::parse("otpauth://totp/A:a?secret=JBSWY3DPEHPK3PXP").unwrap();
    let b = otpauth::parse("otpauth://totp/B:b?secret=JBSWY3DPEHPK3PXQ").unwrap();
    let (ta, tb) = (
        vec!["home".to_string(), "Work".to_string()],
        vec!["work".to_string()],
    );
    let entry = |account, tags, note| Entry {
        account,
        tags,
        note,
        icon: None,
    };
    let file = write_encrypted(&[entry(&a, &ta, "spare key"), entry(&b, &tb, "")], "pw").unwrap();
    let text = String::from_utf8(file).unwrap();
    // One group for "Work" and "work": the first spelling.
    assert_eq!(
        tags_read(&text, Some("pw")),
        vec![ta.clone(), vec!["Work".to_string()]]
    );
    let notes: Vec<Option<String>> = read(&text, Some("pw"))
        .unwrap()
        .entries
        .into_iter()
        .map(|c| c.note.map(|n| n.to_string()))
        .collect();
    assert_eq!(notes, vec![Some("spare key".to_string()), None]);
}

#[test]
fn a_chosen_logo_written_as_the_entrys_svg_comes_back_and_a_matched_one_stays_automatic() {
    use crate::issuer_icons::set;
    let github = otpauth::parse("otpauth://totp/GitHub:a?secret=JBSWY3DPEHPK3PXP").unwrap();
    let acme = otpauth::parse("otpauth://totp/Acme:b?secret=JBSWY3DPEHPK3PXQ").unwrap();
    let plain = otpauth::parse("otpauth://totp/Plain:c?secret=JBSWY3DPEHPK3PXR").unwrap();
    let entry = |account, icon| Entry {
        account,
        tags: &[],
        note: "",
        icon,
    };
    let file = write_encrypted(
        &[
            entry(&github, set::by_slug("github")),
            entry(&acme, set::by_slug("gitlab")),
            entry(&plain, None),
        ],
        "pw",
    )
    .unwrap();
    let icons: Vec<Option<IconChoice>> = read(std::str::from_utf8(&file).unwrap(), Some("pw"))
        .unwrap()
        .entries
        .into_iter()
        .map(|c| c.icon)
        .collect();
    assert_eq!(
        icons,
        vec![
            None,
            Some(IconChoice::Set {
                slug: "gitlab".into()
            }),
            None
        ]
    );
}

#[test]
fn an_icon_that_is_not_one_of_ours_is_not_kept() {
    let svg = BASE64.encode(b"<svg><path d=\"M0 0h24v24H0z\"/></svg>");
    let text = format!(
        r#"{{"version":1,"header":{{"slots":null,"params":null}},"db":{{"version":3,"entries":[
          {{"type":"totp","name":"a","issuer":"A","info":{{"secret":"JBSWY3DPEHPK3PXP"}},"icon":"{svg}","icon_mime":"image/svg+xml"}},
          {{"type":"totp","name":"b","issuer":"B","info":{{"secret":"JBSWY3DPEHPK3PXQ"}},"icon":"not base64!","icon_mime":"image/svg+xml"}},
          {{"type":"totp","name":"c","issuer":"C","info":{{"secret":"JBSWY3DPEHPK3PXR"}},"icon":"{svg}","icon_mime":"image/png"}}]}}}}"#
    );
    let parsed = read(&text, None).unwrap();
    assert_eq!(parsed.entries.len(), 3);
    assert!(parsed
        .entries
        .iter()
        .all(|c| c.icon.is_none() && c.item.is_ok()));
}
