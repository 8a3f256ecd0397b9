//! Shared by the CLI tests: the real binary, a fresh data folder per test, and the real
//! keychain of the private test session; tests run one at a time and clean up after
//! themselves.
#![allow(dead_code)]

pub mod desk;
pub mod desktop;
pub mod onscreen;
pub mod textfield;
pub mod wl_field;

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

pub const BIN: &str = env!("CARGO_BIN_EXE_mfa-companion");

/// Shell functions of the typing tests' session scripts (which set `bin`, the CLI, and
/// `dir`, the windows' folder): `typed FILE N`, what `$dir/FILE` holds once it is N
/// characters long (or after 5 s); `cli ARGS…`, the CLI's words on one line in `$said`,
/// its status in `$rc`.
pub const TYPING_SH: &str = r#"
typed() {
  for i in $(seq 50); do
    [ "$(wc -c < "$dir/$1")" -ge "$2" ] && break
    sleep 0.1
  done
  cat "$dir/$1"
}
cli() {
  said=$("$bin" "$@" 2>&1); rc=$?
  said=$(printf '%s' "$said" | tr '\n' ' ')
}
"#;

/// The line of a session script's `stdout` that starts with `tag: `.
pub fn line<'a>(stdout: &'a str, tag: &str) -> &'a str {
    stdout
        .lines()
        .find_map(|l| l.strip_prefix(&format!("{tag}: ")))
        .unwrap_or_else(|| panic!("no {tag} line in {stdout}"))
}

/// A typing step's line: it succeeded, said whom it typed for, and the window holds one
/// of the codes from just before and just after (a period may end in between); the
/// CLI's own words hold no code.
pub fn assert_typed(stdout: &str, tag: &str, label: &str) {
    let l = line(stdout, tag);
    let (said, rest) = l.split_once("; typed ").unwrap_or_else(|| panic!("{l}"));
    let (typed, codes) = rest.split_once("; codes ").unwrap_or_else(|| panic!("{l}"));
    let codes: Vec<&str> = codes.split_whitespace().collect();
    assert!(said.starts_with("rc=0 "), "{tag}: {l}");
    assert!(said.contains(&format!("typed the code of {label}")), "{l}");
    assert!(
        codes.contains(&typed),
        "{tag}: typed {typed:?}, codes {codes:?}"
    );
    for c in codes {
        assert!(!said.contains(c), "{tag}: the CLI printed the code: {l}");
    }
}

/// `script` (a session script of the typing tests) with [`TYPING_SH`] defined first.
pub fn typing_script(script: &str) -> String {
    match script.split_once('\n') {
        Some((first, rest)) => format!("{first}\n{TYPING_SH}{rest}"),
        None => format!("{TYPING_SH}{script}"),
    }
}

/// The tests share one session keychain while each has its own data folder, so another
/// test's items would look like orphans to `doctor`: they run one at a time and each
/// removes what it added, even when it fails.
static SERIAL: std::sync::Mutex<()> = std::sync::Mutex::new(());

pub struct Env {
    pub dir: tempfile::TempDir,
    /// `None` for a second folder made under the lock another `Env` holds.
    _serial: Option<std::sync::MutexGuard<'static, ()>>,
}

impl Drop for Env {
    fn drop(&mut self) {
        self.cleanup();
    }
}

impl Env {
    pub fn new() -> Self {
        let serial = SERIAL
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        Self {
            dir: tempfile::tempdir().unwrap(),
            _serial: Some(serial),
        }
    }

    /// A second data folder (same session keychain) while this one holds the lock.
    pub fn another(&self) -> Self {
        Self {
            dir: tempfile::tempdir().unwrap(),
            _serial: None,
        }
    }

    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::new(BIN);
        c.args(args).env("XDG_DATA_HOME", self.dir.path());
        c
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.run_stdin(args, "")
    }

    pub fn run_stdin(&self, args: &[&str], input: &str) -> Output {
        feed(self.cmd(args), input)
    }

    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    pub fn data(&self) -> &Path {
        self.dir.path()
    }

    pub fn list(&self) -> Vec<Value> {
        serde_json::from_str::<Value>(&self.ok(&["list", "--json"]))
            .unwrap()
            .as_array()
            .unwrap()
            .clone()
    }

    /// Removes everything this test put in the shared session keychain.
    pub fn cleanup(&self) {
        let out = self.run(&["list", "--json"]);
        let list: Value = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
        for a in list.as_array().into_iter().flatten() {
            if let Some(id) = a["id"].as_str() {
                let _ = self.run(&["remove", id, "--yes"]);
            }
        }
    }
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Runs `cmd` with `input` on its stdin, capturing stdout and stderr.
pub fn feed(mut cmd: Command, input: &str) -> Output {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // A command that fails before reading stdin closes it: that is not a test error.
    let written = child.stdin.take().unwrap().write_all(input.as_bytes());
    if let Err(e) = written {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
    }
    child.wait_with_output().unwrap()
}
