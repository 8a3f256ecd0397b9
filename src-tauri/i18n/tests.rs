//! The catalogues checked against each other and against the code: every language has
//! the same messages with the same variables, every message used in the code exists,
//! and no message is left unused.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use super::*;

/// Message id → its `$variables`, per part, from the Fluent sources of `lang`.
fn ids(lang: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for (part, source) in sources(lang) {
        let resource = fluent_syntax::parser::parse(source)
            .unwrap_or_else(|(_, e)| panic!("{lang}/{part}.ftl does not parse: {e:?}"));
        for entry in resource.body {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                let text = format!("{:?}", m.value);
                let vars = text
                    .split("VariableReference { id: Identifier { name: \"")
                    .skip(1)
                    .filter_map(|s| s.split('"').next())
                    .map(str::to_string)
                    .collect();
                let id = format!("{part}:{}", m.id.name);
                assert!(out.insert(id.clone(), vars).is_none(), "{lang}: {id} twice");
            }
        }
    }
    out
}

#[test]
fn no_message_id_is_in_two_parts() {
    // The parts of a language share one Fluent bundle: a second `x = ` would be lost.
    let mut seen = BTreeMap::new();
    for key in ids("en").keys() {
        let (part, id) = key.split_once(':').unwrap();
        if let Some(other) = seen.insert(id.to_string(), part.to_string()) {
            panic!("{id} is in both {other}.ftl and {part}.ftl");
        }
    }
}

#[test]
fn every_language_has_the_same_messages_with_the_same_variables() {
    let en = ids("en");
    assert!(!en.is_empty());
    for lang in &LANGUAGES[1..] {
        let other = ids(lang);
        let missing: Vec<_> = en.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        assert!(extra.is_empty(), "{lang} has unknown {extra:?}");
        for (id, vars) in &en {
            assert_eq!(&other[id], vars, "{lang}: {id}'s variables");
        }
    }
}

fn files(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, ext, out);
        } else if path.extension().is_some_and(|e| e == ext) {
            out.push(path);
        }
    }
}

/// The ids a piece of code asks for: `t("id"`, `tr("id"`, `Message::new("id"`,
/// `data-i18n="id"` and the ids of `data-i18n-attr="attr:id;..."`.
fn used_in(text: &str) -> Vec<String> {
    let mut ids = Vec::new();
    for marker in ["t(\"", "tr(\"", "Message::new(\"", "data-i18n=\""] {
        let mut rest = text;
        while let Some(at) = rest.find(marker) {
            // A call of t/tr itself, not of createElement( or insert(.
            let before = rest[..at].chars().next_back();
            let word = before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.');
            let after = &rest[at + marker.len()..];
            if !word || !marker.starts_with('t') {
                if let Some(id) = after.split('"').next() {
                    ids.push(id.to_string());
                }
            }
            rest = after;
        }
    }
    for piece in text.split("data-i18n-attr=\"").skip(1) {
        for pair in piece.split('"').next().unwrap_or("").split(';') {
            if let Some((_, id)) = pair.split_once(':') {
                ids.push(id.trim().to_string());
            }
        }
    }
    ids.retain(|id| {
        !id.is_empty()
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    });
    ids
}

#[test]
fn every_message_the_code_asks_for_exists_and_none_is_unused() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let en = ids("en");
    let mut used = BTreeSet::new();
    let mut code = Vec::new();
    files(&root.join("ui"), "js", &mut code);
    files(&root.join("ui"), "html", &mut code);
    let mut ui_text = String::new();
    for path in &code {
        let text = std::fs::read_to_string(path).unwrap();
        ui_text.push_str(&text);
        for id in used_in(&text) {
            assert!(
                en.contains_key(&format!("ui:{id}")),
                "{}: no ui message {id}",
                path.display()
            );
            used.insert(format!("ui:{id}"));
        }
    }
    let mut rust = Vec::new();
    files(&root.join("src-tauri"), "rs", &mut rust);
    for path in &rust {
        if path.ends_with("i18n/tests.rs") {
            continue;
        }
        for id in used_in(&std::fs::read_to_string(path).unwrap()) {
            let parts = ["desktop", "ui", "errors", "cli"];
            let known: Vec<_> = parts
                .iter()
                .map(|part| format!("{part}:{id}"))
                .filter(|key| en.contains_key(key))
                .collect();
            used.extend(known);
        }
        // A `Message::new("id")` names a catalogue message for sure (`t("` may be
        // another function's call).
        let text = std::fs::read_to_string(path).unwrap();
        for piece in text.split("Message::new(\"").skip(1) {
            let id = piece.split('"').next().unwrap_or("");
            let known = ["errors", "cli", "desktop", "ui"]
                .iter()
                .any(|part| en.contains_key(&format!("{part}:{id}")));
            assert!(known, "{}: no message {id}", path.display());
        }
    }
    // The app-grid entry's and AppStream's messages are used by packaging/ (the test
    // below holds them equal).
    // Ids the page picks from a table (`["app", "enroll-method-app"]`) count as used.
    for id in en.keys() {
        if let Some(bare) = id.strip_prefix("ui:") {
            if ui_text.contains(&format!("\"{bare}\"")) {
                used.insert(id.clone());
            }
        }
    }
    let unused: Vec<_> = en
        .keys()
        .filter(|k| !used.contains(*k) && !k.starts_with("desktop:app-") && !k.starts_with("help:"))
        .collect();
    assert!(unused.is_empty(), "messages nobody uses: {unused:?}");
}

#[test]
fn the_language_follows_the_setting_then_lc_all_lc_messages_and_lang() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |v: &str| {
            pairs
                .iter()
                .find(|(k, _)| *k == v)
                .map(|(_, x)| x.to_string())
        }
    };
    assert_eq!(negotiate("", env(&[("LANG", "pt_BR.UTF-8")])), "pt-BR");
    assert_eq!(negotiate("", env(&[("LANG", "pt_PT.UTF-8")])), "pt-BR");
    assert_eq!(
        negotiate("", env(&[("LC_ALL", "de_AT.UTF-8"), ("LANG", "fr_FR")])),
        "de"
    );
    assert_eq!(
        negotiate("", env(&[("LC_MESSAGES", "es_MX"), ("LANG", "fr_FR")])),
        "es"
    );
    assert_eq!(negotiate("", env(&[("LANG", "C")])), "en");
    assert_eq!(negotiate("", env(&[("LANG", "ja_JP.UTF-8")])), "en");
    assert_eq!(negotiate("", env(&[])), "en");
    assert_eq!(negotiate("fr", env(&[("LANG", "de_DE")])), "fr");
    assert_eq!(negotiate("xx", env(&[("LANG", "de_DE")])), "de");
}

#[test]
fn the_windows_catalogue_keeps_variables_and_plural_selections() {
    let tree = catalogue::messages(
        "n = { $count ->\n    [one] { $count } account\n   *[other] { $count } accounts\n}\nhi = Hello, { $name }!\n",
    );
    assert_eq!(
        tree["hi"],
        serde_json::json!(["Hello, ", {"var": "name"}, "!"])
    );
    let n = &tree["n"][0];
    assert_eq!(n["select"], "count");
    assert_eq!(n["default"], "other");
    assert_eq!(
        n["variants"]["one"],
        serde_json::json!([{"var": "count"}, " account"])
    );
}

#[test]
fn plurals_follow_each_languages_rules() {
    let fmt = |lang: &'static str, n: i64| {
        let source = "n = { $n ->\n    [one] one\n   *[other] other\n}\n";
        let r = FluentResource::try_new(source.to_string()).unwrap();
        let mut b2 = FluentBundle::new_concurrent(vec![lang.parse().unwrap()]);
        b2.set_use_isolating(false);
        b2.add_resource(r).unwrap();
        let mut args = FluentArgs::new();
        args.set("n", n);
        let mut errors = Vec::new();
        let p = b2.get_message("n").unwrap().value().unwrap();
        b2.format_pattern(p, Some(&args), &mut errors).into_owned()
    };
    assert_eq!(fmt("en", 1), "one");
    assert_eq!(fmt("en", 0), "other");
    // French counts 0 as singular; Portuguese (Brazil) too.
    assert_eq!(fmt("fr", 0), "one");
    assert_eq!(fmt("pt-BR", 0), "one");
    assert_eq!(fmt("de", 0), "other");
    assert_eq!(fmt("es", 2), "other");
}

/// Message `id` of `lang`'s catalogues, formatted without arguments.
fn message(lang: &'static str, id: &str) -> String {
    let bundle = bundle_for(lang);
    format_in(&bundle, id, None).unwrap_or_else(|| panic!("{lang}: no {id}"))
}

#[test]
fn the_desktop_entry_and_appstream_summary_say_what_the_catalogues_say() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("packaging");
    let desktop = std::fs::read_to_string(root.join("mfa-companion.desktop")).unwrap();
    let metainfo =
        std::fs::read_to_string(root.join("io.github.MfaCompanion.metainfo.xml")).unwrap();
    for lang in LANGUAGES {
        let suffix = if lang == "en" {
            String::new()
        } else {
            format!("[{}]", lang.replace('-', "_"))
        };
        for (key, id) in [
            ("GenericName", "app-generic-name"),
            ("Comment", "app-comment"),
        ] {
            let line = format!("\n{key}{suffix}={}\n", message(lang, id));
            assert!(desktop.contains(&line), "{lang}: {line:?}");
        }
        for id in ["app-action-add", "app-action-search"] {
            let line = format!("\nName{suffix}={}\n", message(lang, id));
            assert!(desktop.contains(&line), "{lang}: {line:?}");
        }
        let attr = if lang == "en" {
            String::new()
        } else {
            format!(" xml:lang=\"{lang}\"")
        };
        let summary = format!("<summary{attr}>{}</summary>", message(lang, "app-summary"));
        assert!(metainfo.contains(&summary), "{lang}: {summary}");
    }
}
