//! Guards the automatic backups end to end (real binary, real keychain, real files): a
//! verified backup appears after each change without the change waiting for it, the
//! newest N are kept, a backup restores into a fresh profile with the same accounts,
//! codes and recovery codes, a damaged or truncated backup is refused and changes
//! nothing, and a backup folder that fails (gone, or a full disk) never blocks or undoes
//! a change and is reported by `doctor`. A full disk under the vault itself is a clear
//! error that loses nothing. The full-disk tests mount small tmpfs folders (root, as in
//! CI and on the developers' machines).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use serde_json::Value;

mod common;
use common::{stderr, Env};

/// RFC 6238 SHA1 seed "12345678901234567890" in base32.
const RFC_SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
const PASSWORD: &str = "correct horse battery staple\n";

fn backups_in(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|r| r.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    v.retain(|p| p.extension().is_some_and(|e| e == "mfabackup"));
    v.sort();
    v
}

fn status(env: &Env) -> Value {
    std::fs::read_to_string(env.data().join("mfa-companion/backup-status.json"))
        .ok()
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or(Value::Null)
}

/// Waits until the last backup run recorded holds `accounts` accounts (ok) or failed.
fn wait_for(env: &Env, what: impl Fn(&Value) -> bool) -> Value {
    let start = Instant::now();
    loop {
        let s = status(env);
        if what(&s) {
            return s;
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "no backup run as expected; last status {s}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn add(env: &Env, issuer: &str) {
    env.ok(&[
        "add",
        &format!("otpauth://totp/{issuer}:me?secret={RFC_SECRET}&digits=8&issuer={issuer}"),
    ]);
}

fn configure(env: &Env, dir: &Path, keep: &str) {
    let out = env.run_stdin(
        &[
            "backup",
            "configure",
            "--dir",
            dir.to_str().unwrap(),
            "--keep",
            keep,
        ],
        PASSWORD,
    );
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn a_backup_follows_each_change_and_restores_into_a_fresh_profile() {
    let env = Env::new();
    let folder = tempfile::tempdir().unwrap();
    configure(&env, folder.path(), "2");
    add(&env, "One");
    let out = env.run_stdin(&["recovery", "add", "One"], "aaaa-1111 bbbb-2222\n");
    assert!(out.status.success(), "{}", stderr(&out));
    add(&env, "Two");
    // Two runs may follow the last change (one already under way reads it too): wait for
    // the one that recorded the newest file.
    let s = wait_for(&env, |s| {
        s["ok"] == true
            && s["accounts"] == 2
            && s["file"].as_str().map(PathBuf::from).as_ref() == backups_in(folder.path()).last()
    });
    // The run may still be pruning when it records; the newest 2 are kept.
    std::thread::sleep(Duration::from_millis(300));
    let files = backups_in(folder.path());
    assert_eq!(files.len(), 2, "{files:?}");
    assert_eq!(s["file"].as_str().map(PathBuf::from).as_ref(), files.last());
    let listed = env.ok(&["backup", "list"]);
    assert!(listed.contains("2 account(s)  verified"), "{listed}");

    let fresh = env.another();
    let out = fresh.run_stdin(
        &["backup", "restore", files[1].to_str().unwrap(), "--yes"],
        PASSWORD,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let labels: Vec<String> = fresh
        .list()
        .iter()
        .map(|a| a["issuer"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(labels, ["One", "Two"]);
    assert_eq!(fresh.ok(&["code", "Two", "--at", "59"]), "94287082\n");
    let shown = fresh.ok(&["recovery", "show", "One"]);
    assert!(
        shown.contains("aaaa-1111") && shown.contains("bbbb-2222"),
        "{shown}"
    );
    // Restoring again adds nothing and replaces nothing.
    let out = fresh.run_stdin(
        &["backup", "restore", files[1].to_str().unwrap(), "--yes"],
        PASSWORD,
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("0 account(s) to add"));
    let out = env.run_stdin(
        &["backup", "restore", files[1].to_str().unwrap()],
        "wrong\n",
    );
    assert!(
        stderr(&out).contains("[import.wrong_password]"),
        "{}",
        stderr(&out)
    );
    env.ok(&["backup", "disable"]);
}

#[test]
fn a_damaged_or_truncated_backup_is_refused_and_changes_nothing() {
    let env = Env::new();
    let folder = tempfile::tempdir().unwrap();
    configure(&env, folder.path(), "5");
    add(&env, "Saved");
    wait_for(&env, |s| s["ok"] == true && s["accounts"] == 1);
    let good = std::fs::read(backups_in(folder.path()).pop().unwrap()).unwrap();
    let target = env.another();
    add(&target, "Keep");
    let before = target.list();
    let bad = folder.path().join("bad.mfabackup");
    for (case, bytes, code) in [
        (
            "a flipped byte",
            {
                let mut b = good.clone();
                b[100] ^= 1;
                b
            },
            "import.wrong_password",
        ),
        (
            "truncated",
            good[..good.len() / 2].to_vec(),
            "import.wrong_password",
        ),
        ("cut in the header", good[..40].to_vec(), "import.malformed"),
        ("not a backup", b"hello".to_vec(), "import.malformed"),
    ] {
        std::fs::write(&bad, &bytes).unwrap();
        let out = target.run_stdin(
            &["backup", "restore", bad.to_str().unwrap(), "--yes"],
            PASSWORD,
        );
        assert_eq!(out.status.code(), Some(1), "{case}");
        assert!(stderr(&out).contains(code), "{case}: {}", stderr(&out));
        assert_eq!(target.list(), before, "{case} changed the profile");
    }
    env.ok(&["backup", "disable"]);
}

#[test]
fn a_backup_folder_that_fails_never_blocks_the_change_and_doctor_reports_it() {
    let env = Env::new();
    let folder = tempfile::tempdir().unwrap();
    let dir = folder.path().join("sync");
    configure(&env, &dir, "3");
    // The folder disappears (a USB disk unplugged): a file now stands in its place.
    std::fs::remove_dir_all(&dir).unwrap();
    std::fs::write(&dir, b"not a folder").unwrap();
    add(&env, "Safe");
    assert_eq!(env.list().len(), 1, "the change was made");
    let s = wait_for(&env, |s| s["ok"] == false);
    assert!(s["error"].as_str().unwrap().contains("[backup.io]"), "{s}");
    let out = env.run(&["doctor"]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("FAIL  backups: the last backup failed"),
        "{text}"
    );
    // Back in place, the next run writes it.
    std::fs::remove_file(&dir).unwrap();
    std::fs::create_dir(&dir).unwrap();
    let out = env.ok(&["backup", "now"]);
    assert!(out.contains("wrote and verified"), "{out}");
    env.ok(&["doctor"]);
    env.ok(&["backup", "disable"]);
}

/// A small tmpfs mounted at a fresh folder; unmounted on drop.
struct Tmpfs(tempfile::TempDir);

impl Tmpfs {
    fn new(size: &str) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir.path())
            .status()
            .is_ok_and(|s| s.success());
        assert!(
            ok,
            "mounting a tmpfs needs root (as in CI): run the tests as root"
        );
        Tmpfs(dir)
    }

    fn path(&self) -> &Path {
        self.0.path()
    }

    /// Fills the file system; returns the filler file.
    fn fill(&self) -> PathBuf {
        let filler = self.path().join("filler");
        let mut f = std::fs::File::create(&filler).unwrap();
        let block = vec![0u8; 4096];
        while std::io::Write::write_all(&mut f, &block).is_ok() {}
        let _ = f.sync_all();
        filler
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.0.path()).status();
    }
}

#[test]
fn a_full_disk_under_the_vault_or_the_backups_is_a_clear_error_and_loses_nothing() {
    let env = Env::new();
    // The data folder on a 256 KiB file system.
    let data = Tmpfs::new("256k");
    let env_data = |args: &[&str]| {
        let mut c = env.cmd(args);
        c.env("XDG_DATA_HOME", data.path());
        c
    };
    let run = |args: &[&str]| env_data(args).output().unwrap();
    for issuer in ["A", "B"] {
        let uri = format!("otpauth://totp/{issuer}:me?secret={RFC_SECRET}&digits=8");
        assert!(run(&["add", &uri]).status.success());
    }
    let vault = data.path().join("mfa-companion/accounts.vault");
    let before = std::fs::read(&vault).unwrap();
    let filler = data.fill();
    let out = run(&["add", &format!("otpauth://totp/C:me?secret={RFC_SECRET}")]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("No space left on device") && stderr(&out).contains("[vault.io]"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read(&vault).unwrap(), before, "the vault changed");
    let out = run(&["code", "B:me", "--at", "59"]);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "94287082\n");
    std::fs::remove_file(filler).unwrap();
    assert!(
        run(&["add", &format!("otpauth://totp/C:me?secret={RFC_SECRET}")])
            .status
            .success()
    );

    // The backups on a full 64 KiB file system: the change is made, the failure reported.
    let backups = Tmpfs::new("64k");
    let out = env_data(&[
        "backup",
        "configure",
        "--dir",
        backups.path().to_str().unwrap(),
    ])
    .stdin(std::process::Stdio::piped())
    .spawn()
    .and_then(|mut c| {
        std::io::Write::write_all(c.stdin.as_mut().unwrap(), PASSWORD.as_bytes())?;
        c.wait_with_output()
    })
    .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let filler = backups.fill();
    assert!(
        run(&["add", &format!("otpauth://totp/D:me?secret={RFC_SECRET}")])
            .status
            .success()
    );
    let status_path = data.path().join("mfa-companion/backup-status.json");
    let start = Instant::now();
    let status = loop {
        let s: Value = std::fs::read_to_string(&status_path)
            .ok()
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or(Value::Null);
        if s["ok"] == false {
            break s;
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "no failed run recorded: {s}"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(
        status["error"].as_str().unwrap().contains("[backup.io]"),
        "{status}"
    );
    let listed = String::from_utf8_lossy(&run(&["list"]).stdout).into_owned();
    assert_eq!(listed.lines().count(), 4, "{listed}");
    std::fs::remove_file(filler).unwrap();
    let out = run(&["backup", "now"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("wrote and verified"));
    for q in ["A:me", "B:me", "C:me", "D:me"] {
        assert!(run(&["remove", q, "--yes"]).status.success());
    }
    assert!(run(&["backup", "disable"]).status.success());
}

#[test]
fn doctor_repair_names_the_newest_verified_backup_when_no_previous_version_helps() {
    let env = Env::new();
    let folder = tempfile::tempdir().unwrap();
    add(&env, "Only");
    configure(&env, folder.path(), "3");
    wait_for(&env, |s| s["ok"] == true && s["accounts"] == 1);
    let newest = backups_in(folder.path()).pop().unwrap();
    // Both the vault and its previous version damaged.
    let data = env.data().join("mfa-companion");
    for name in ["accounts.vault", "accounts.vault.prev"] {
        let p = data.join(name);
        if let Ok(mut b) = std::fs::read(&p) {
            let last = b.len() - 1;
            b[last] ^= 1;
            std::fs::write(&p, b).unwrap();
        }
    }
    let out = env.run_stdin(&["doctor", "--repair"], "");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains(&format!("backup restore {}", newest.display())),
        "{text}"
    );
    // Following the advice brings the account back.
    std::fs::rename(data.join("accounts.vault"), data.join("damaged.vault")).unwrap();
    let out = env.run_stdin(
        &["backup", "restore", newest.to_str().unwrap(), "--yes"],
        PASSWORD,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(env.ok(&["code", "Only:me", "--at", "59"]), "94287082\n");
    env.ok(&["backup", "disable"]);
}
