//! The exports to other apps through the CLI binary, over the real keychain of the
//! private test session: each is written by `export`, then read back by our own importer
//! of that format into a fresh data folder, with the same accounts, parameters and codes,
//! and the tags and notes the format carries. Plain exports warn on stderr.

use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::Value;

mod common;
use common::{stderr, Env};

const T: u64 = 1_700_000_000;

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import")
}

/// Five accounts (TOTP SHA1/SHA256/SHA512, 6/7/8 digits, 30/60 s, HOTP at 42, Steam)
/// with tags, a note and recovery codes for one.
fn source() -> Env {
    let env = Env::new();
    let list = fixtures().join("otpauth-list.txt");
    env.ok(&["import", list.to_str().unwrap()]);
    env.ok(&["tag", "bank", "+Work", "+Money"]);
    env.ok(&["tag", "cloud", "+Servers"]);
    env.ok(&["tag", "steam", "+Games"]);
    env.ok(&["note", "acme", "spare key in the safe"]);
    let out = env.run_stdin(&["recovery", "add", "Bank:bob"], "aaaa-1111\nbbbb-2222\n");
    assert!(out.status.success(), "{}", stderr(&out));
    env.ok(&["recovery", "use", "Bank:bob", "aaaa-1111"]);
    env
}

/// Every account as listed, without what a new store assigns (id, time, source), with
/// its code at `T` (HOTP: none; reading it would advance the counter). Sorted by issuer.
fn accounts(env: &Env) -> Vec<Value> {
    let mut list: Vec<Value> = env
        .list()
        .into_iter()
        .map(|mut a| {
            let id = a["id"].as_str().unwrap().to_string();
            let code = if a["kind"] == "hotp" {
                String::new()
            } else {
                env.ok(&["code", &id, "--at", &T.to_string()])
                    .trim()
                    .to_string()
            };
            let fields = a.as_object_mut().unwrap();
            for volatile in ["id", "created", "source", "pinned"] {
                fields.remove(volatile);
            }
            fields.insert("code".into(), code.into());
            a
        })
        .collect();
    list.sort_by(|a, b| a["issuer"].as_str().cmp(&b["issuer"].as_str()));
    list
}

/// What comes back from a format that keeps only `tags` tags and, unless `notes`, no note.
fn expected(source: &[Value], tags: usize, notes: bool) -> Vec<Value> {
    source
        .iter()
        .cloned()
        .map(|mut a| {
            let kept: Vec<Value> = a["tags"]
                .as_array()
                .unwrap()
                .iter()
                .take(tags)
                .cloned()
                .collect();
            a["tags"] = kept.into();
            if !notes {
                a["note"] = Value::Null;
            }
            a
        })
        .collect()
}

fn export(env: &Env, format: &str, file: &Path, password: Option<&str>) -> Output {
    let mut args = vec![
        "export",
        "--format",
        format,
        "--out",
        file.to_str().unwrap(),
    ];
    args.push("--yes");
    let out = match password {
        Some(p) => {
            args.push("--password-stdin");
            env.run_stdin(&args, &format!("{p}\n"))
        }
        None => env.run(&args),
    };
    assert!(out.status.success(), "{format}: {}", stderr(&out));
    assert!(
        !String::from_utf8_lossy(&out.stdout).contains("GEZDGNBV"),
        "{format}: a secret on stdout"
    );
    let warned = stderr(&out).contains("plain text");
    assert_eq!(warned, password.is_none(), "{format}: {}", stderr(&out));
    out
}

/// Imports `file` as `format` into a fresh data folder; the report.
fn import(target: &Env, file: &Path, format: &str, password: Option<&str>) -> Value {
    let mut args = vec![
        "import",
        file.to_str().unwrap(),
        "--format",
        format,
        "--json",
    ];
    if password.is_some() {
        args.push("--password-stdin");
    }
    let out = target.run_stdin(&args, &format!("{}\n", password.unwrap_or("")));
    assert!(out.status.success(), "{format}: {}", stderr(&out));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn a_plain_aegis_export_imports_back_with_groups_notes_and_codes() {
    let source = source();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("aegis.json");
    export(&source, "aegis", &file, None);
    let vault: Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    assert!(vault["header"]["slots"].is_null(), "{vault}");
    assert_eq!(vault["db"]["version"], 3);
    let groups: Vec<&str> = vault["db"]["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["name"].as_str().unwrap())
        .collect();
    assert_eq!(groups, ["Money", "Work", "Servers", "Games"]);

    let target = source.another();
    let report = import(&target, &file, "aegis", None);
    assert_eq!(report["encrypted"], false);
    assert_eq!(report["imported"].as_array().unwrap().len(), 5);
    let want = accounts(&source);
    assert_eq!(accounts(&target), want);
    // Detected from the content too.
    let again = source.another();
    let out = again.run(&["import", file.to_str().unwrap(), "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(accounts(&again), want);
}

#[test]
fn a_2fas_export_plain_and_encrypted_imports_back_with_groups_and_codes() {
    let source = source();
    let want = expected(&accounts(&source), 1, false);
    let dir = tempfile::tempdir().unwrap();
    for (format, password) in [("2fas", None), ("2fas-encrypted", Some("export pass"))] {
        let file = dir.path().join(format!("{format}.2fas"));
        export(&source, format, &file, password);
        let written: Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
        assert_eq!(written["schemaVersion"], 4);
        let groups: Vec<&str> = written["groups"]
            .as_array()
            .unwrap()
            .iter()
            .map(|g| g["name"].as_str().unwrap())
            .collect();
        assert_eq!(groups, ["Money", "Servers", "Games"], "{format}");
        if password.is_some() {
            assert_eq!(written["services"], serde_json::json!([]));
            let sealed = written["servicesEncrypted"].as_str().unwrap();
            assert_eq!(sealed.split(':').count(), 3);
            let reference = written["reference"].as_str().unwrap();
            // The same salt as the services, its own IV.
            assert_eq!(
                sealed.split(':').nth(1),
                reference.split(':').nth(1),
                "{format}"
            );
            assert!(!std::fs::read_to_string(&file).unwrap().contains("GEZDGNBV"));
        }

        let target = source.another();
        let report = import(&target, &file, "2fas", password);
        assert_eq!(report["encrypted"], password.is_some(), "{format}");
        assert_eq!(report["imported"].as_array().unwrap().len(), 5, "{format}");
        assert_eq!(accounts(&target), want, "{format}");
        // Recognised from the content too.
        let again = source.another();
        let out = again.run_stdin(
            &["import", file.to_str().unwrap(), "--password-stdin"],
            &format!("{}\n", password.unwrap_or("unused")),
        );
        assert!(out.status.success(), "{format}: {}", stderr(&out));
        assert_eq!(accounts(&again), want, "{format}");
    }
}

#[test]
fn a_bitwarden_export_imports_back_with_folders_notes_and_codes() {
    let source = source();
    let want = expected(&accounts(&source), 1, true);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bitwarden.json");
    export(&source, "bitwarden", &file, None);
    let written: Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    assert_eq!(written["encrypted"], false);
    let items = written["items"].as_array().unwrap();
    assert_eq!(items.len(), 5);
    let steam = items.iter().find(|i| i["name"] == "Steam").unwrap();
    assert_eq!(
        steam["login"]["totp"],
        "steam://63BEDWCQZKTQWPESARIERL5DTTQFCJTK"
    );
    assert_eq!(steam["login"]["username"], "erin");
    let acme = items.iter().find(|i| i["name"] == "ACME Co").unwrap();
    assert!(acme["login"]["totp"]
        .as_str()
        .unwrap()
        .starts_with("otpauth://totp/"));
    assert_eq!(acme["notes"], "spare key in the safe");

    let target = source.another();
    let report = import(&target, &file, "bitwarden", None);
    assert_eq!(report["imported"].as_array().unwrap().len(), 5);
    assert_eq!(accounts(&target), want);
    let again = source.another();
    let out = again.run(&["import", file.to_str().unwrap(), "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(accounts(&again), want);
}

/// `&amp;` and the other escapes back to text.
fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The text between `start` and the next `end` after it.
fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let from = text.find(start).unwrap_or_else(|| panic!("no {start}")) + start.len();
    let len = text[from..].find(end).unwrap();
    &text[from..from + len]
}

/// Draws an inline SVG QR code of the paper page (`M{x} {y}h{w}v{h}H{x}V{y}` rectangles
/// in module units) at 4 pixels a module and decodes it.
fn decode_svg(svg: &str) -> String {
    let view: Vec<usize> = between(svg, "viewBox=\"", "\"")
        .split(' ')
        .map(|n| n.parse().unwrap())
        .collect();
    let (w, h) = (view[2], view[3]);
    let mut dark = vec![false; w * h];
    let path = between(svg, " d=\"", "\"");
    for rect in path.split('M').filter(|r| !r.is_empty()) {
        let nums: Vec<usize> = rect
            .split(|c: char| !c.is_ascii_digit())
            .filter(|n| !n.is_empty())
            .map(|n| n.parse().unwrap())
            .collect();
        let (x, y, rw, rh) = (nums[0], nums[1], nums[2], nums[3]);
        for yy in y..y + rh {
            for xx in x..x + rw {
                dark[yy * w + xx] = true;
            }
        }
    }
    const SCALE: usize = 4;
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(w * SCALE, h * SCALE, |x, y| {
        if dark[(y / SCALE) * w + x / SCALE] {
            0
        } else {
            255
        }
    });
    let grids = img.detect_grids();
    assert_eq!(grids.len(), 1);
    grids[0].decode().unwrap().1
}

#[test]
fn a_paper_backup_is_one_printable_page_whose_qr_codes_import_back() {
    let source = source();
    // A name with markup in it is shown as text, never as markup.
    source.ok(&[
        "add",
        "otpauth://totp/%3Cb%3EEvil%20%26%20Co:x%22y?secret=JBSWY3DPEHPK3PXP&issuer=%3Cb%3EEvil%20%26%20Co",
    ]);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("paper.html");
    let out = export(&source, "paper", &file, None);
    assert!(stderr(&out).contains("paper export"), "{}", stderr(&out));
    let page = std::fs::read_to_string(&file).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"));
    let lower = page.to_lowercase();
    for banned in [
        "<script", "http://", "https://", "src=", "href=", "@import", "url(",
    ] {
        assert!(!lower.contains(banned), "the page holds {banned:?}");
    }
    assert!(page.contains("@page") && page.contains("break-inside: avoid"));
    assert!(page.contains("holds every secret in the clear"));
    assert!(page.contains("&lt;b&gt;Evil &amp; Co"), "escaped issuer");
    assert!(page.contains("x&quot;y"), "escaped account name");
    assert!(!page.contains("<b>Evil"));

    let sections: Vec<&str> = page.split("<section class=\"account\"").skip(1).collect();
    assert_eq!(sections.len(), 6);
    let mut uris = String::new();
    for s in &sections {
        let uri = unescape(between(s, "data-otpauth=\"", "\""));
        let svg = between(s, "<svg", "</svg>");
        assert_eq!(decode_svg(svg), uri);
        // The secret in groups of four, as the URI has it.
        let secret = between(&uri, "secret=", "&");
        let grouped: Vec<String> = secret
            .as_bytes()
            .chunks(4)
            .map(|c| String::from_utf8(c.to_vec()).unwrap())
            .collect();
        let shown = between(s, "<dd class=\"secret\">", "</dd>");
        assert_eq!(shown, grouped.join(" "));
        uris.push_str(&uri);
        uris.push('\n');
    }
    let acme = sections
        .iter()
        .find(|s| s.contains("<h2>ACME Co</h2>"))
        .unwrap();
    assert!(acme.contains("GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ"));
    assert!(acme.contains("spare key in the safe"));
    let bank = sections
        .iter()
        .find(|s| s.contains("<h2>Bank</h2>"))
        .unwrap();
    assert!(bank.contains("1 of 2 unused"), "{bank}");
    assert!(bank.contains("<li class=\"used\">aaaa-1111</li>"), "{bank}");
    assert!(bank.contains("<li>bbbb-2222</li>"), "{bank}");

    // The QR codes, scanned, give back every account with its codes.
    let list = dir.path().join("scanned.txt");
    std::fs::write(&list, uris).unwrap();
    let target = source.another();
    let report = import(&target, &list, "otpauth", None);
    assert_eq!(report["imported"].as_array().unwrap().len(), 6);
    assert_eq!(accounts(&target), expected(&accounts(&source), 0, false));
}
