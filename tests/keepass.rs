//! KeePass through the CLI binary, over the real keychain of the private test session:
//! the pykeepass fixtures import with their groups as tags, notes and the password entry
//! counted; `export --format keepass` imports back to the same codes, tags and notes; and
//! KeePassXC itself (`keepassxc-cli show --totp`, when installed: CI installs it) opens our
//! export with the password and computes the same codes as we do.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::Value;

mod common;
use common::{stderr, Env};

const T: u64 = 1_700_000_000;

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import")
}

fn find<'a>(list: &'a [Value], issuer: &str) -> &'a Value {
    list.iter()
        .find(|a| a["issuer"] == issuer)
        .unwrap_or_else(|| panic!("{issuer} is not listed: {list:?}"))
}

/// Tags, sorted ignoring case (the order the list shows is not what is tested here).
fn tags(list: &[Value], issuer: &str) -> Vec<String> {
    let mut t: Vec<String> = find(list, issuer)["tags"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap().to_string())
        .collect();
    t.sort_by_key(|s| s.to_lowercase());
    t
}

/// `issuer -> code at T` (HOTP: the counter instead; reading a code would advance it).
fn codes(env: &Env) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = env
        .list()
        .iter()
        .map(|a| {
            let issuer = a["issuer"].as_str().unwrap().to_string();
            if a["kind"] == "hotp" {
                return (issuer, format!("counter {}", a["counter"]));
            }
            let id = a["id"].as_str().unwrap();
            let code = env.ok(&["code", id, "--at", &T.to_string()]);
            (issuer, code.trim().to_string())
        })
        .collect();
    out.sort();
    out
}

fn import(env: &Env, file: &Path, password: &str) -> Value {
    let out = env.run_stdin(
        &[
            "import",
            file.to_str().unwrap(),
            "--password-stdin",
            "--json",
        ],
        password,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn kdbx_fixtures_import_with_groups_as_tags_notes_and_password_entries_counted() {
    for file in ["keepass-kdbx4.kdbx", "keepass-kdbx3.kdbx"] {
        let env = Env::new();
        let path = fixtures().join(file);
        let report = import(&env, &path, "correct horse\n");
        assert_eq!(report["format"], "keepass", "{file}");
        assert_eq!(report["encrypted"], true);
        assert_eq!(report["imported"].as_array().unwrap().len(), 5, "{file}");
        let unusable = report["unusable"].as_array().unwrap();
        assert_eq!(unusable.len(), 1, "{file}: {unusable:?}");
        assert_eq!(unusable[0]["label"], "Just a password");
        assert!(unusable[0]["reason"].as_str().unwrap().contains("no TOTP"));
        let list = env.list();
        assert_eq!(tags(&list, "ACME Co"), Vec::<String>::new(), "{file}");
        assert_eq!(tags(&list, "Bank"), ["money", "Work"], "{file}");
        assert_eq!(tags(&list, "Cloud"), ["Servers"], "{file}");
        assert_eq!(tags(&list, "Forge"), ["Servers"], "{file}");
        assert_eq!(tags(&list, "Steam"), ["Games"], "{file}");
        assert_eq!(
            find(&list, "ACME Co")["note"],
            "recovery: ask the front desk"
        );
        assert_eq!(find(&list, "Steam")["kind"], "steam");
        assert_eq!(find(&list, "Forge")["counter"], 42);
        assert!(!list.iter().any(|a| a["issuer"] == "Deleted"), "{file}");
    }
    // The text report names the password entry and why; a wrong password stores nothing.
    let env = Env::new();
    let path = fixtures().join("keepass-kdbx4.kdbx");
    let out = env.run_stdin(
        &[
            "import",
            path.to_str().unwrap(),
            "--password-stdin",
            "--dry-run",
        ],
        "correct horse\n",
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("could not import Just a password: no TOTP in this entry"),
        "{text}"
    );
    let out = env.run_stdin(
        &["import", path.to_str().unwrap(), "--password-stdin"],
        "wrong horse\n",
    );
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("wrong password for this keepass file"),
        "{}",
        stderr(&out)
    );
    assert!(env.list().is_empty());
}

#[test]
fn a_keepass_export_imports_back_and_keepassxc_computes_the_same_codes() {
    let source = Env::new();
    let list = fixtures().join("otpauth-list.txt");
    source.ok(&["import", list.to_str().unwrap()]);
    source.ok(&["tag", "bank", "+Work", "+Money"]);
    source.ok(&["tag", "cloud", "+work"]);
    source.ok(&["note", "acme", "spare key in the safe"]);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("export.kdbx");
    let out = source.run_stdin(
        &[
            "export",
            "--format",
            "keepass",
            "--out",
            file.to_str().unwrap(),
            "--password-stdin",
            "--yes",
        ],
        "export pass\n",
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let written = std::fs::read(&file).unwrap();
    assert!(written.starts_with(b"\x03\xd9\xa2\x9a\x67\xfb\x4b\xb5"));
    assert!(!String::from_utf8_lossy(&written).contains("GEZDGNBV"));

    let target = source.another();
    let report = import(&target, &file, "export pass\n");
    assert_eq!(report["format"], "keepass");
    assert_eq!(report["imported"].as_array().unwrap().len(), 5);
    assert_eq!(codes(&target), codes(&source));
    let back = target.list();
    // The first tag is the group, the rest entry tags: all come back as they were.
    assert_eq!(tags(&back, "Bank"), ["Money", "Work"]);
    assert_eq!(tags(&back, "Cloud"), ["work"]);
    assert_eq!(find(&back, "ACME Co")["note"], "spare key in the safe");
    assert_eq!(find(&back, "Steam")["kind"], "steam");

    let Some(cli) = keepassxc_cli() else {
        println!("SKIPPED the KeePassXC check: keepassxc-cli is not installed (apt-get install keepassxc)");
        return;
    };
    let ours = source.list();
    for issuer in ["ACME Co", "Bank", "Cloud", "Steam"] {
        let account = find(&ours, issuer);
        let id = account["id"].as_str().unwrap().to_string();
        // The entry sits in the group of its first tag, as the list shows them.
        let path = match account["tags"][0].as_str() {
            Some(group) => format!("{group}/{issuer}"),
            None => issuer.to_string(),
        };
        let ours_at = |t: u64| {
            source
                .ok(&["code", &id, "--at", &t.to_string()])
                .trim()
                .to_string()
        };
        let before = now();
        let theirs = keepassxc_totp(&cli, &file, &path);
        let after = now();
        assert!(
            theirs == ours_at(before) || theirs == ours_at(after),
            "{issuer}: KeePassXC says {theirs:?}"
        );
    }
}

fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

fn keepassxc_cli() -> Option<PathBuf> {
    std::env::var_os("PATH")?
        .to_str()?
        .split(':')
        .map(|d| Path::new(d).join("keepassxc-cli"))
        .find(|p| p.is_file())
}

/// The current code KeePassXC computes for the entry at `path` (password on stdin).
fn keepassxc_totp(cli: &Path, file: &Path, path: &str) -> String {
    use std::io::Write;
    let mut child = Command::new(cli)
        .args(["show", "--quiet", "--totp"])
        .arg(file)
        .arg(path)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"export pass\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "keepassxc-cli {path}: {}",
        stderr(&out)
    );
    // With --totp, the code is the last line.
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .last()
        .unwrap_or("")
        .trim()
        .to_string()
}
