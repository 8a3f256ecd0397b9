//! Guards the Aegis reader and writer: plain and encrypted vaults, groups as tags, notes,
//! the bundled logos an export of ours carries coming back as the chosen icons, and other
//! apps' icon images kept only when they pass the image checks.

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
fn a_plain_vault_has_no_slots_and_reads_back_with_groups_notes_and_parameters() {
    let a = otpauth::parse(
        "otpauth://totp/A:a?secret=JBSWY3DPEHPK3PXP&algorithm=SHA256&digits=8&period=60",
    )
    .unwrap();
    let h = otpauth::parse("otpauth://hotp/H:h?secret=JBSWY3DPEHPK3PXQ&counter=42").unwrap();
    let tags = vec!["Work".to_string()];
    let entries = [
        Entry {
            account: &a,
            tags: &tags,
            note: "spare key",
            icon: None,
        },
        Entry {
            account: &h,
            tags: &[],
            note: "",
            icon: None,
        },
    ];
    let file = write_plain(&entries).unwrap();
    let text = std::str::from_utf8(&file).unwrap();
    let value: serde_json::Value = serde_json::from_str(text).unwrap();
    assert_eq!(value["version"], 1);
    assert!(value["header"]["slots"].is_null() && value["header"]["params"].is_null());
    assert_eq!(value["db"]["version"], 3);
    assert_eq!(
        value["db"]["entries"][0]["info"]["secret"],
        "JBSWY3DPEHPK3PXP"
    );
    let parsed = read(text, None).unwrap();
    assert!(!parsed.encrypted);
    let back: Vec<_> = parsed
        .entries
        .into_iter()
        .map(|c| (c.item.unwrap(), c.tags, c.note.map(|n| n.to_string())))
        .collect();
    assert_eq!(back[0].0.params, a.params);
    assert_eq!(back[0].0.secret.to_base32(), a.secret.to_base32());
    assert_eq!(back[0].1, tags);
    assert_eq!(back[0].2.as_deref(), Some("spare key"));
    assert_eq!(back[1].0.params, h.params);
    assert_eq!(
        (back[1].0.issuer.as_str(), back[1].0.account.as_str()),
        ("H", "h")
    );
}

#[test]
fn a_chosen_logo_written_as_the_entrys_svg_comes_back_and_a_matched_one_stays_automatic() {
    use crate::issuer_icons::set;
    let github = otpauth::parse("otpauth://totp/GitHub:a?secret=JBSWY3DPEHPK3PXP").unwrap();
    let acme = otpauth::parse("otpauth://totp/Acme:b?secret=JBSWY3DPEHPK3PXQ").unwrap();
    let plain = otpauth::parse("otpauth://totp/Plain:c?secret=JBSWY3DPEHPK3PXR").unwrap();
    let entry = |account, slug: Option<&str>| Entry {
        account,
        tags: &[],
        note: "",
        icon: slug.and_then(set::by_slug).map(|e| IconFile {
            mime: "image/svg+xml".into(),
            bytes: crate::issuer_icons::svg(e).into_bytes(),
        }),
    };
    let file = write_encrypted(
        &[
            entry(&github, Some("github")),
            entry(&acme, Some("gitlab")),
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
fn another_apps_icon_is_kept_when_it_passes_the_image_checks_and_dropped_when_not() {
    let plain_svg = b"<svg xmlns=\"http://www.w3.org/2000/svg\"><path d=\"M0 0h24v24H0z\"/></svg>";
    let svg = BASE64.encode(plain_svg);
    let hostile = BASE64.encode(b"<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"x()\"/>");
    let mut png = std::io::Cursor::new(Vec::new());
    image::DynamicImage::ImageRgba8(image::RgbaImage::from_pixel(
        200,
        100,
        image::Rgba([1, 2, 3, 255]),
    ))
    .write_to(&mut png, image::ImageFormat::Png)
    .unwrap();
    let png = BASE64.encode(png.get_ref());
    let entry = |n: &str, icon: &str, mime: &str| {
        format!(
            r#"{{"type":"totp","name":"{n}","issuer":"{n}","info":{{"secret":"JBSWY3DPEHPK3PXP"}},"icon":"{icon}","icon_mime":"{mime}"}}"#
        )
    };
    let entries = [
        entry("a", &svg, "image/svg+xml"),
        entry("b", "not base64!", "image/svg+xml"),
        entry("c", &svg, "image/png"),
        entry("d", &hostile, "image/svg+xml"),
        entry("e", &png, "image/png"),
    ];
    let text = format!(
        r#"{{"version":1,"header":{{"slots":null,"params":null}},"db":{{"version":3,"entries":[{}]}}}}"#,
        entries.join(",")
    );
    let parsed = read(&text, None).unwrap();
    assert!(parsed.entries.iter().all(|c| c.item.is_ok()));
    let icons: Vec<Option<IconChoice>> = parsed.entries.into_iter().map(|c| c.icon).collect();
    assert_eq!(
        icons[0],
        Some(IconChoice::Image {
            mime: "image/svg+xml".into(),
            data: svg.clone()
        })
    );
    assert_eq!(icons[1..4], [None, None, None]);
    let Some(IconChoice::Image { mime, data }) = &icons[4] else {
        panic!("the PNG is kept: {:?}", icons[4]);
    };
    assert_eq!(mime, "image/png");
    let small = image::load_from_memory(&BASE64.decode(data.as_bytes()).unwrap()).unwrap();
    assert_eq!((small.width(), small.height()), (64, 32));
}

#[test]
fn an_image_of_the_users_goes_out_and_comes_back_through_an_aegis_export() {
    let acme = otpauth::parse("otpauth://totp/Acme:b?secret=JBSWY3DPEHPK3PXQ").unwrap();
    let svg = b"<svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"4\"/></svg>".to_vec();
    let file = write_encrypted(
        &[Entry {
            account: &acme,
            tags: &[],
            note: "",
            icon: Some(IconFile {
                mime: "image/svg+xml".into(),
                bytes: svg.clone(),
            }),
        }],
        "pw",
    )
    .unwrap();
    let back = read(std::str::from_utf8(&file).unwrap(), Some("pw")).unwrap();
    assert_eq!(
        back.entries[0].icon,
        Some(IconChoice::Image {
            mime: "image/svg+xml".into(),
            data: BASE64.encode(&svg)
        })
    );
}
