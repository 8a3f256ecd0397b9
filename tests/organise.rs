//! Guards the user's own organising through the real CLI: tags (`tag ACCOUNT +a -b`,
//! `list --tag`, tags and pins in `list --json`, invalid tags refused with nothing
//! changed, gone with their account), notes (`note`, `note` in `list --json`, kept
//! encrypted) and issuer icons (`icon` matched, chosen, refused, back to automatic, an
//! image file of the user's taken and a hostile or huge one refused; `icons` lists the
//! bundled set), all three travelling through an Aegis export and our backup.

use serde_json::Value;

mod common;
use common::{stderr, Env};

const SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

fn add(env: &Env, label: &str) {
    env.ok(&["add", &format!("otpauth://totp/{label}?secret={SECRET}")]);
}

fn tags_of(list: &[Value], issuer: &str) -> Vec<String> {
    let account = list
        .iter()
        .find(|a| a["issuer"] == issuer)
        .unwrap_or_else(|| panic!("{issuer} is not listed"));
    account["tags"]
        .as_array()
        .expect("tags is a list")
        .iter()
        .map(|t| t.as_str().expect("a tag is a string").to_string())
        .collect()
}

fn issuers(list: &[Value]) -> Vec<String> {
    list.iter()
        .map(|a| a["issuer"].as_str().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn tags_are_added_removed_and_filter_the_list() {
    let env = Env::new();
    add(&env, "Acme:ann");
    add(&env, "Bank:ann");
    add(&env, "Chat:ann");

    let out = env.ok(&["tag", "acme", "+Work", "home"]);
    assert!(
        out.contains("Acme:ann") && out.contains("home, Work"),
        "{out}"
    );
    // `-TAG` is a value, not an option; case does not make a second tag.
    let out = env.ok(&["tag", "bank", "+work", "-nothing", "+Money"]);
    assert!(out.contains("Money, work"), "{out}");
    env.ok(&["tag", "acme", "-HOME", "+WORK"]);

    let list = env.list();
    assert_eq!(tags_of(&list, "Acme"), vec!["Work"]);
    assert_eq!(tags_of(&list, "Bank"), vec!["Money", "work"]);
    assert_eq!(tags_of(&list, "Chat"), Vec::<String>::new());

    let work: Vec<Value> =
        serde_json::from_str(&env.ok(&["list", "--json", "--tag", "WORK"])).unwrap();
    assert_eq!(issuers(&work), vec!["Acme", "Bank"]);
    let text = env.ok(&["list", "--tag", "money"]);
    assert!(
        text.contains("Bank:ann") && text.contains("[Money, work]") && !text.contains("Acme"),
        "{text}"
    );
    let none = env.ok(&["list", "--tag", "travel"]);
    assert!(none.contains("no account has the tag"), "{none}");

    // With no change, `tag` prints the tags.
    assert!(env.ok(&["tag", "chat"]).contains("has no tags"));
    assert!(env.ok(&["tag", "bank"]).contains("Money, work"));
}

#[test]
fn an_invalid_tag_is_refused_and_changes_nothing() {
    let env = Env::new();
    add(&env, "Acme:ann");
    env.ok(&["tag", "acme", "+work"]);
    for bad in ["+", "+a\u{1}b", &format!("+{}", "x".repeat(41)), "+-x"] {
        let out = env.run(&["tag", "acme", "+home", bad]);
        assert_eq!(out.status.code(), Some(1), "{bad:?} was accepted");
        let err = stderr(&out);
        assert!(err.contains("[account.tag_invalid]"), "{bad:?}: {err}");
        assert_eq!(tags_of(&env.list(), "Acme"), vec!["work"], "{bad:?}");
    }
}

#[test]
fn pins_and_tags_show_in_list_json_and_go_with_a_removed_account() {
    let env = Env::new();
    add(&env, "Acme:ann");
    add(&env, "Bank:ann");
    env.ok(&["tag", "acme", "+work"]);
    env.ok(&["tag", "bank", "+work"]);
    env.ok(&["pin", "bank"]);
    let list = env.list();
    let pinned: Vec<bool> = list.iter().map(|a| a["pinned"] == true).collect();
    assert_eq!(
        (issuers(&list), pinned),
        (vec!["Acme".into(), "Bank".into()], vec![false, true])
    );

    let id = list[0]["id"].as_str().unwrap().to_string();
    env.ok(&["remove", "acme", "--yes"]);
    // Same issuer and name again: a new account with a new id and no tags of the old one.
    add(&env, "Acme:ann");
    let list = env.list();
    assert_ne!(list[1]["id"].as_str(), Some(id.as_str()));
    assert_eq!(tags_of(&list, "Acme"), Vec::<String>::new());
    let work: Vec<Value> =
        serde_json::from_str(&env.ok(&["list", "--json", "--tag", "work"])).unwrap();
    assert_eq!(issuers(&work), vec!["Bank"]);
    // The vault's readable part holds no tag of the removed id.
    let vault = std::fs::read(env.data().join("mfa-companion/accounts.vault")).unwrap();
    assert!(!vault.windows(id.len()).any(|w| w == id.as_bytes()));
}

#[test]
fn tags_notes_and_icons_travel_through_an_aegis_export_and_our_backup() {
    let source = Env::new();
    add(&source, "Acme:ann");
    add(&source, "Bank:ann");
    add(&source, "Corp:ann");
    let logo = tempfile::tempdir().unwrap();
    let logo = write_png(logo.path(), 120, 80);
    source.ok(&["icon", "corp", "--file", logo.to_str().unwrap()]);
    source.ok(&["tag", "acme", "+Work", "+home"]);
    source.ok(&["tag", "bank", "+work"]);
    source.ok(&["note", "acme", "spare key in the safe"]);
    source.ok(&["icon", "acme", "gitlab"]);
    let dir = tempfile::tempdir().unwrap();
    for (format, name) in [
        ("aegis-encrypted", "aegis.json"),
        ("backup", "all.mfabackup"),
    ] {
        let file = dir.path().join(name);
        let out = source.run_stdin(
            &[
                "export",
                "--format",
                format,
                "--out",
                file.to_str().unwrap(),
                "--password-stdin",
                "--yes",
            ],
            "pass\n",
        );
        assert!(out.status.success(), "{format}: {}", stderr(&out));
        let target = source.another();
        let out = target.run_stdin(
            &["import", file.to_str().unwrap(), "--password-stdin"],
            "pass\n",
        );
        assert!(out.status.success(), "{format}: {}", stderr(&out));
        let list = target.list();
        assert_eq!(tags_of(&list, "Acme"), vec!["home", "Work"], "{format}");
        // Aegis has one group per name whatever its case: the first spelling wins.
        let bank = if format == "backup" { "work" } else { "Work" };
        assert_eq!(tags_of(&list, "Bank"), vec![bank], "{format}");
        let notes: Vec<&Value> = list.iter().map(|a| &a["note"]).collect();
        assert_eq!(
            notes,
            [
                &Value::from("spare key in the safe"),
                &Value::Null,
                &Value::Null
            ],
            "{format}"
        );
        assert_eq!(icon_of(&list, "Acme"), "gitlab", "{format}");
        assert_eq!(icon_of(&list, "Corp"), "image", "{format}");
        assert_eq!(icon_of(&list, "Bank"), "letter", "{format}");
    }
}

#[test]
fn a_note_is_set_shown_cleared_and_kept_encrypted() {
    let env = Env::new();
    add(&env, "Acme:ann");
    assert!(env.ok(&["note", "acme"]).contains("has no note"));
    let out = env.ok(&["note", "acme", "  codes printed,\nin the safe  "]);
    assert!(out.contains("note saved"), "{out}");
    assert_eq!(env.ok(&["note", "acme"]), "codes printed,\nin the safe\n");
    assert_eq!(env.list()[0]["note"], "codes printed,\nin the safe");
    // The vault file holds it only encrypted.
    let vault = std::fs::read(env.data().join("mfa-companion/accounts.vault")).unwrap();
    assert!(!vault.windows(6).any(|w| w == b"in the"));

    let bad = env.run(&["note", "acme", "a\u{7}b"]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(
        stderr(&bad).contains("[account.note_invalid]"),
        "{}",
        stderr(&bad)
    );
    assert_eq!(env.list()[0]["note"], "codes printed,\nin the safe");

    assert!(env
        .ok(&["note", "acme", "--clear"])
        .contains("note removed"));
    assert_eq!(env.list()[0]["note"], Value::Null);
}

fn icon_of(list: &[Value], issuer: &str) -> String {
    let account = list.iter().find(|a| a["issuer"] == issuer).unwrap();
    account["icon"]
        .as_str()
        .expect("icon is a string")
        .to_string()
}

#[test]
fn an_icon_is_matched_chosen_refused_and_set_back_to_automatic() {
    let env = Env::new();
    add(&env, "GitHub:ann");
    add(&env, "Acme:ann");
    let list = env.list();
    assert_eq!(icon_of(&list, "GitHub"), "github");
    assert_eq!(icon_of(&list, "Acme"), "letter");
    let said = env.ok(&["icon", "github"]);
    assert!(
        said.contains("GitHub (github): matched by its issuer"),
        "{said}"
    );

    let said = env.ok(&["icon", "acme", "GitLab"]);
    assert!(said.contains("GitLab (gitlab): chosen"), "{said}");
    env.ok(&["icon", "github", "letter"]);
    let list = env.list();
    assert_eq!(icon_of(&list, "Acme"), "gitlab");
    assert_eq!(icon_of(&list, "GitHub"), "letter");

    // An unknown name is refused and the choice stays.
    let out = env.run(&["icon", "acme", "no such brand"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("[account.icon_unknown]"), "{err}");
    assert_eq!(icon_of(&env.list(), "Acme"), "gitlab");

    env.ok(&["icon", "acme", "--auto"]);
    env.ok(&["icon", "github", "--auto"]);
    let list = env.list();
    assert_eq!(icon_of(&list, "Acme"), "letter");
    assert_eq!(icon_of(&list, "GitHub"), "github");
}

#[test]
fn icons_lists_the_bundled_set_by_part_of_a_name() {
    let env = Env::new();
    let all = env.ok(&["icons"]);
    assert!(all.lines().count() > 100, "{all}");
    let git = env.ok(&["icons", "git"]);
    assert!(git.lines().any(|l| l.starts_with("github ")), "{git}");
    assert!(git.lines().any(|l| l.starts_with("gitlab ")), "{git}");
    assert!(!git.lines().any(|l| l.starts_with("google ")), "{git}");
    let none = env.ok(&["icons", "zzzz-no-such"]);
    assert!(
        none.contains("no icon in the bundled set matches"),
        "{none}"
    );
}

/// Writes a `width`×`height` PNG into `dir` and returns its path.
fn write_png(dir: &std::path::Path, width: u32, height: u32) -> std::path::PathBuf {
    let path = dir.join(format!("logo-{width}x{height}.png"));
    image::RgbaImage::from_fn(width, height, |x, _| {
        image::Rgba([(x % 255) as u8, 80, 160, 255])
    })
    .save(&path)
    .unwrap();
    path
}

#[test]
fn an_image_file_becomes_the_icon_and_a_hostile_or_huge_one_is_refused_with_nothing_changed() {
    let env = Env::new();
    add(&env, "Acme:ann");
    let dir = tempfile::tempdir().unwrap();
    let png = write_png(dir.path(), 300, 300);
    let said = env.ok(&["icon", "acme", "--file", png.to_str().unwrap()]);
    assert!(said.contains("an image of yours (PNG"), "{said}");
    assert_eq!(icon_of(&env.list(), "Acme"), "image");

    let ns = r#"xmlns="http://www.w3.org/2000/svg""#;
    let huge = dir.path().join("huge.svg");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(20 * 1024 * 1024)
        .unwrap();
    for (name, body, reason) in [
        (
            "script.svg",
            format!("<svg {ns}><script>alert(1)</script></svg>"),
            "<script>",
        ),
        (
            "href.svg",
            format!(r#"<svg {ns}><image href="https://tracker.example/p.png"/></svg>"#),
            "outside the file",
        ),
        (
            "notes.txt",
            "just some text".to_string(),
            "not a PNG, JPEG or SVG",
        ),
    ] {
        std::fs::write(dir.path().join(name), body).unwrap();
        let out = env.run(&[
            "icon",
            "acme",
            "--file",
            dir.path().join(name).to_str().unwrap(),
        ]);
        assert!(!out.status.success(), "{name} was taken");
        let err = stderr(&out);
        assert!(
            err.contains("[account.icon_image_refused]"),
            "{name}: {err}"
        );
        assert!(err.contains(reason), "{name}: {err}");
        assert_eq!(
            icon_of(&env.list(), "Acme"),
            "image",
            "{name} changed the icon"
        );
    }
    let out = env.run(&["icon", "acme", "--file", huge.to_str().unwrap()]);
    let err = stderr(&out);
    assert!(!out.status.success() && err.contains("too large"), "{err}");
    assert_eq!(icon_of(&env.list(), "Acme"), "image");
}
