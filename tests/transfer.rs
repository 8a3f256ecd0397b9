//! Import and export through the CLI binary, over the real keychain of the private test
//! session: every fixture imports with the right codes and a second import only skips
//! duplicates; dry runs and wrong passwords store nothing; a failure half-way leaves the
//! store as it was; every export format imports back to the same accounts and codes
//! (the backup with its recovery codes); no secret reaches the output.

use std::path::{Path, PathBuf};

use serde_json::Value;

mod common;
use common::{stderr, Env};

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import")
}

fn expected() -> Value {
    serde_json::from_slice(&std::fs::read(fixtures().join("expected.json")).unwrap()).unwrap()
}

/// `label -> code at the fixture time`, for every stored account.
fn codes(env: &Env, time: u64) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = env
        .list()
        .iter()
        .map(|a| {
            // As the app names it: `issuer:account`, or the account alone without issuer.
            let (issuer, account) = (
                a["issuer"].as_str().unwrap(),
                a["account"].as_str().unwrap(),
            );
            let label = if issuer.is_empty() {
                account.to_string()
            } else {
                format!("{issuer}:{account}")
            };
            let id = a["id"].as_str().unwrap();
            // HOTP codes are read without advancing: compute at the stored counter.
            let code = if a["kind"] == "hotp" {
                String::new()
            } else {
                env.ok(&["code", id, "--at", &time.to_string()])
                    .trim()
                    .to_string()
            };
            (label, code)
        })
        .collect();
    out.sort();
    out
}

fn want(exp: &Value, file: &str) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = exp["files"][file]["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let label = e["label"].as_str().unwrap().to_string();
            // Forge's account is the fixtures' HOTP one (its code is not compared).
            let code = if label.starts_with("Forge") {
                String::new()
            } else {
                e["code"].as_str().unwrap().to_string()
            };
            (label, code)
        })
        .collect();
    v.sort();
    v
}

fn import(env: &Env, file: &Path, extra: &[&str], password: &str) -> std::process::Output {
    let path = file.to_str().unwrap();
    let mut args = vec!["import", path, "--json"];
    args.extend_from_slice(extra);
    env.run_stdin(&args, password)
}

#[test]
fn every_fixture_imports_with_the_right_codes_and_a_second_import_skips_them() {
    let exp = expected();
    let time = exp["time"].as_u64().unwrap();
    for file in exp["files"].as_object().unwrap().keys() {
        let env = Env::new();
        let path = fixtures().join(file);
        // andOTP's old encrypted backups have no header, Authenticator Plus's bare
        // authplus.db is SQLCipher: they are named with --format.
        let args: &[&str] = match file.as_str() {
            "andotp-encrypted-old.json.aes" => &["--password-stdin", "--format", "andotp"],
            "authplus.db" => &["--password-stdin", "--format", "authenticator-plus"],
            _ => &["--password-stdin"],
        };
        let out = import(&env, &path, args, "correct horse\n");
        assert!(out.status.success(), "{file}: {}", stderr(&out));
        let report: Value = serde_json::from_slice(&out.stdout).unwrap();
        let n = exp["files"][file]["entries"].as_array().unwrap().len();
        assert_eq!(report["imported"].as_array().unwrap().len(), n, "{file}");
        assert_eq!(
            report["unusable"].as_array().unwrap().len() as u64,
            exp["files"][file]["unusable"].as_u64().unwrap(),
            "{file}"
        );
        assert_eq!(codes(&env, time), want(&exp, file), "{file}");
        if file == "otpauth-list.txt" {
            let forge = env
                .list()
                .into_iter()
                .find(|a| a["issuer"] == "Forge")
                .unwrap();
            assert_eq!(forge["counter"], 42);
            assert_eq!(env.ok(&["code", "Forge"]).trim(), "424317");
        }
        let again = import(&env, &path, args, "correct horse\n");
        let report: Value = serde_json::from_slice(&again.stdout).unwrap();
        assert!(report["imported"].as_array().unwrap().is_empty(), "{file}");
        assert_eq!(report["duplicates"].as_array().unwrap().len(), n, "{file}");
        assert_eq!(env.list().len(), n, "{file}");
    }
}

#[test]
fn a_dry_run_and_a_wrong_password_store_nothing() {
    let env = Env::new();
    let out = env.ok(&[
        "import",
        fixtures().join("aegis-plain.json").to_str().unwrap(),
        "--dry-run",
    ]);
    assert!(
        out.contains("would import ACME Co:ann@example.com"),
        "{out}"
    );
    assert!(out.contains("could not import entry 6: YANDEX"), "{out}");
    assert!(out.contains("nothing was stored"), "{out}");
    assert!(env.list().is_empty());
    for file in [
        "aegis-encrypted.json",
        "2fas-encrypted.2fas",
        "andotp-encrypted.json.aes",
        "bitwarden-encrypted-pbkdf2.json",
        "bitwarden-encrypted-argon2.json",
        "authenticator-pro-encrypted.authpro",
        "authenticator-pro-legacy.authpro",
        "authenticator-plus.zip",
        "authenticator-plus-export.zip",
    ] {
        let out = import(
            &env,
            &fixtures().join(file),
            &["--password-stdin"],
            "wrong\n",
        );
        assert!(!out.status.success());
        let err = stderr(&out);
        assert!(
            err.contains("wrong password") && err.contains("[import.wrong_password]"),
            "{err}"
        );
        assert!(env.list().is_empty());
    }
    // Without a password and without a terminal: asked for, not guessed.
    let out = env.run(&[
        "import",
        fixtures().join("aegis-encrypted.json").to_str().unwrap(),
    ]);
    assert!(
        stderr(&out).contains("[import.needs_password]"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn bad_files_are_clear_errors_and_lose_nothing() {
    let env = Env::new();
    env.ok(&["add", "otpauth://totp/Keep:me?secret=JBSWY3DPEHPK3PXP"]);
    let junk = env.data().join("junk.bin");
    std::fs::write(&junk, b"\x00\x01\x02 not a backup").unwrap();
    let out = env.run(&["import", junk.to_str().unwrap()]);
    assert!(
        stderr(&out).contains("[import.unknown_format]"),
        "{}",
        stderr(&out)
    );
    let cut = env.data().join("cut.json");
    let text = std::fs::read(fixtures().join("2fas-plain.2fas")).unwrap();
    std::fs::write(&cut, &text[..text.len() / 2]).unwrap();
    let out = env.run(&["import", cut.to_str().unwrap(), "--format", "2fas"]);
    assert!(
        stderr(&out).contains("[import.malformed]"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("cut short"), "{}", stderr(&out));
    assert_eq!(env.list().len(), 1);
}

#[test]
fn every_export_imports_back_to_the_same_accounts_and_codes() {
    let exp = expected();
    let time = exp["time"].as_u64().unwrap();
    let source = Env::new();
    let list = fixtures().join("otpauth-list.txt");
    source.ok(&["import", list.to_str().unwrap()]);
    // Recovery codes for one account: the backup carries them.
    let out = source.run_stdin(&["recovery", "add", "Bank:bob"], "aaaa-1111\nbbbb-2222\n");
    assert!(out.status.success(), "{}", stderr(&out));
    source.ok(&["recovery", "use", "Bank:bob", "aaaa-1111"]);
    let before = codes(&source, time);
    let out_dir = tempfile::tempdir().unwrap();
    let file = |name: &str| out_dir.path().join(name);

    // otpauth to stdout, with a plain-text warning.
    let plain = source.run(&["export", "--format", "otpauth", "--yes"]);
    assert!(plain.status.success(), "{}", stderr(&plain));
    assert!(stderr(&plain).contains("plain text"));
    std::fs::write(file("list.txt"), &plain.stdout).unwrap();
    for (format, name) in [
        ("backup", "all.mfabackup"),
        ("aegis-encrypted", "aegis.json"),
    ] {
        let out = source.run_stdin(
            &[
                "export",
                "--format",
                format,
                "--out",
                file(name).to_str().unwrap(),
                "--password-stdin",
                "--yes",
            ],
            "export pass\n",
        );
        assert!(out.status.success(), "{format}: {}", stderr(&out));
        let written = std::fs::read(file(name)).unwrap();
        assert!(
            !String::from_utf8_lossy(&written).contains("GEZDGNBVGY3TQOJQ"),
            "{format} holds a plaintext secret"
        );
        assert!(!String::from_utf8_lossy(&out.stdout).contains("GEZDGNBV"));
    }
    let qr = source.run(&[
        "export",
        "--format",
        "migration-qr",
        "--out",
        file("ga.png").to_str().unwrap(),
        "--yes",
    ]);
    assert!(qr.status.success(), "{}", stderr(&qr));
    // Google Authenticator has no Steam, 7 digits or 60 s periods: those are named.
    let warned = stderr(&qr);
    for left_out in ["Steam:erin", "Cloud:carol", "Bank:bob"] {
        assert!(warned.contains(left_out), "{warned}");
    }

    let check = |name: &str, want: &[(String, String)], password: &str| {
        let target = source.another();
        let out = import(&target, &file(name), &["--password-stdin"], password);
        assert!(out.status.success(), "{name}: {}", stderr(&out));
        assert_eq!(codes(&target, time), want, "{name}");
        target
    };
    check("list.txt", &before, "x\n");
    check("aegis.json", &before, "export pass\n");
    let restored = check("all.mfabackup", &before, "export pass\n");
    let counts: Value =
        serde_json::from_str(&restored.ok(&["recovery", "list", "Bank:bob", "--json"])).unwrap();
    assert_eq!(counts["unused"], 1);
    assert_eq!(counts["used"], 1);
    let google: Vec<(String, String)> = before
        .iter()
        .filter(|(l, _)| l.starts_with("ACME") || l.starts_with("Forge"))
        .cloned()
        .collect();
    check("ga.png", &google, "x\n");
}

#[test]
fn an_import_that_fails_half_way_leaves_the_store_as_it_was() {
    let source = Env::new();
    source.ok(&["add", "otpauth://totp/Src:a?secret=JBSWY3DPEHPK3PXP"]);
    let out = source.run_stdin(&["recovery", "add", "Src:a"], "cccc-3333\n");
    assert!(out.status.success(), "{}", stderr(&out));
    let backup = source.data().join("b.bin");
    let out = source.run_stdin(
        &[
            "export",
            "--format",
            "backup",
            "--out",
            backup.to_str().unwrap(),
            "--password-stdin",
            "-y",
        ],
        "pw\n",
    );
    assert!(out.status.success(), "{}", stderr(&out));

    let target = source.another();
    target.ok(&["add", "otpauth://totp/Keep:k?secret=GEZDGNBVGY3TQOJQ"]);
    // The vault cannot be swapped: the previous version's path is taken by a folder.
    let prev = target.data().join("mfa-companion/accounts.vault.prev");
    std::fs::create_dir_all(prev.join("blocker")).unwrap();
    let out = import(&target, &backup, &["--password-stdin"], "pw\n");
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("nothing was imported"),
        "{}",
        stderr(&out)
    );
    let left = target.list();
    assert_eq!(left.len(), 1, "{left:?}");
    assert_eq!(left[0]["issuer"], "Keep");
    std::fs::remove_dir_all(&prev).unwrap();
}
