//! A slow key derivation shows progress on a terminal, and only there: `import` of an
//! Aegis vault whose first password slot has a high scrypt cost, run under a
//! pseudo-terminal (util-linux `script`), shows "deriving the key for this aegis file…"
//! on stderr; with stderr sent to a file, nothing of it appears anywhere.

use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

mod common;
use common::{Env, BIN};

const PROGRESS: &str = "deriving the key for this aegis file…";

/// The Aegis fixture with a second password slot put first, as Aegis writes a separate
/// backup password: scrypt N = 2^17, r = 8, p = 4 (128 MiB, within the reader's bounds),
/// under a password that is not the one given (its wrapped key is random: it never
/// opens). The reader derives its key first (the slow part), then opens the fixture's
/// own slot with "correct horse".
fn slow_vault(dir: &Path) -> std::path::PathBuf {
    let fixture =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import/aegis-encrypted.json");
    let mut vault: Value = serde_json::from_slice(&std::fs::read(fixture).unwrap()).unwrap();
    let slots = vault["header"]["slots"].as_array_mut().unwrap();
    let mut backup = slots[0].clone();
    backup["uuid"] = json!("00000000-0000-4000-8000-0000000000bb");
    backup["key"] = json!("5a".repeat(32));
    backup["n"] = json!(1u64 << 17);
    backup["p"] = json!(4);
    backup["salt"] = json!("11".repeat(32));
    backup["is_backup"] = json!(true);
    slots.insert(0, backup);
    let path = dir.join("slow-aegis.json");
    std::fs::write(&path, serde_json::to_vec_pretty(&vault).unwrap()).unwrap();
    path
}

/// Runs `shell` (a `sh` command line) under a pseudo-terminal: what the terminal showed
/// (stdout and stderr, unless redirected) and how long it took.
fn on_terminal(env: &Env, shell: &str) -> (Output, Duration) {
    let start = Instant::now();
    let out = Command::new("script")
        .args(["-qec", shell, "/dev/null"])
        .env("XDG_DATA_HOME", env.data())
        .stdin(Stdio::null())
        .output()
        .unwrap();
    (out, start.elapsed())
}

fn quote(p: &Path) -> String {
    format!("'{}'", p.display().to_string().replace('\'', r"'\''"))
}

#[test]
fn a_slow_derivation_shows_progress_on_a_terminal_and_nowhere_else() {
    if Command::new("script").arg("--version").output().is_err() {
        eprintln!("skipped: util-linux `script` is not installed");
        return;
    }
    let env = Env::new();
    let vault = slow_vault(env.data());
    let import = format!(
        "printf 'correct horse\\n' | {} import {} --password-stdin --dry-run",
        quote(Path::new(BIN)),
        quote(&vault)
    );

    let (out, took) = on_terminal(&env, &import);
    let shown = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(out.status.success(), "{shown}");
    assert!(
        shown.contains("would import ACME Co:ann@example.com"),
        "{shown}"
    );
    assert!(shown.contains(PROGRESS), "took {took:?}: {shown:?}");
    // Rewritten in place, then blanked before the report.
    let line = shown.find(PROGRESS).unwrap();
    assert_eq!(&shown[line - 1..line], "\r", "{shown:?}");
    assert!(
        shown.find("would import").unwrap() > shown.rfind(PROGRESS).unwrap(),
        "{shown:?}"
    );
    assert!(!shown.contains("correct horse"), "{shown:?}");

    // stderr not a terminal (stdout still is): no progress, on either.
    let errors = env.data().join("stderr.txt");
    let (out, took) = on_terminal(&env, &format!("{import} 2>{}", quote(&errors)));
    let shown = String::from_utf8_lossy(&out.stdout).into_owned();
    let logged = std::fs::read_to_string(&errors).unwrap();
    assert!(out.status.success(), "{shown}{logged}");
    assert!(
        shown.contains("would import ACME Co:ann@example.com"),
        "{shown}"
    );
    assert!(took > Duration::from_millis(300), "{took:?}");
    assert!(!shown.contains("deriving"), "{shown:?}");
    assert!(!logged.contains("deriving"), "{logged:?}");
    assert!(env.list().is_empty());
}
