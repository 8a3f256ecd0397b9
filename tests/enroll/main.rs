//! Guards enrollment end to end over real HTTP: the CLI binary against the identity
//! sandbox (started in this process on a free port), with the real keychain of the
//! private test session. Here the harness (a sandbox and a data folder per test); the
//! happy path of each API family in `families.rs`, the documented errors, clock drift and
//! the hostile servers in `errors.rs`, resume after a kill right after setup and right
//! after verify and after network failures in `resume.rs`, and that no token, secret or
//! recovery code reaches stdout, stderr or the log in `secrets.rs`.

use std::io::Write;
use std::process::{Child, Command, Output, Stdio};
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::{Duration, Instant};

use identity_sandbox::config::{Config, LerianUser, DEMO_LERIAN_USER, DEMO_TENANT};
use identity_sandbox::Sandbox;
use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_mfa-companion");

/// One test at a time: they share the session keychain.
static SERIAL: std::sync::Mutex<()> = std::sync::Mutex::new(());

struct Env {
    dir: tempfile::TempDir,
    url: String,
    sandbox: Arc<Sandbox>,
    _serial: std::sync::MutexGuard<'static, ()>,
}

impl Drop for Env {
    fn drop(&mut self) {
        let list: Value =
            serde_json::from_slice(&self.run(&["list", "--json"]).stdout).unwrap_or(Value::Null);
        for a in list.as_array().into_iter().flatten() {
            if let Some(id) = a["id"].as_str() {
                let _ = self.run(&["remove", id, "--yes"]);
            }
        }
        let servers: Value =
            serde_json::from_slice(&self.run(&["server", "list", "--json"]).stdout)
                .unwrap_or(Value::Null);
        for s in servers.as_array().into_iter().flatten() {
            if let Some(name) = s["name"].as_str() {
                let _ = self.run(&["server", "remove", name]);
            }
        }
    }
}

impl Env {
    fn new(config: Config) -> Self {
        let serial = SERIAL.lock().unwrap_or_else(|p| p.into_inner());
        let (url, sandbox) = identity_sandbox::start_in_background(config).unwrap();
        Env {
            dir: tempfile::tempdir().unwrap(),
            url,
            sandbox,
            _serial: serial,
        }
    }

    fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::new(BIN);
        c.args(args)
            .env("XDG_DATA_HOME", self.dir.path())
            .env_remove("MFA_COMPANION_LOG")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        c
    }

    fn run_with(&self, mut c: Command, input: &str) -> Output {
        let mut child = c.spawn().unwrap();
        // A command that fails before reading stdin closes it: that is not a test error.
        let written = child.stdin.take().unwrap().write_all(input.as_bytes());
        if let Err(e) = written {
            assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
        }
        child.wait_with_output().unwrap()
    }

    fn run(&self, args: &[&str]) -> Output {
        self.run_with(self.cmd(args), "")
    }

    fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "{args:?}: {}{}",
            text(&out.stdout),
            text(&out.stderr)
        );
        text(&out.stdout)
    }

    /// Fails with `code`; returns stderr.
    fn fails(&self, args: &[&str], code: &str) -> String {
        let out = self.run(args);
        let err = text(&out.stderr);
        assert!(
            !out.status.success(),
            "{args:?} should fail: {}",
            text(&out.stdout)
        );
        assert!(
            err.contains(&format!("[{code}]")),
            "{args:?}: expected [{code}], got: {err}"
        );
        err
    }

    fn add_server(&self, name: &str, api: &str, who: &[&str], token: &str) {
        let mut args = vec!["server", "add", name, "--api", api, "--url", &self.url];
        args.extend_from_slice(who);
        let out = self.run_with(self.cmd(&args), &format!("{token}\n"));
        assert!(out.status.success(), "{}", text(&out.stderr));
    }

    fn lerian(&self) {
        self.add_server(
            "work",
            "lerian",
            &["--user", DEMO_LERIAN_USER],
            "demo-token",
        );
    }

    fn accounts(&self) -> Vec<Value> {
        serde_json::from_str::<Value>(&self.ok(&["list", "--json"]))
            .unwrap()
            .as_array()
            .unwrap()
            .clone()
    }

    fn recovery_counts(&self, account: &str) -> Value {
        serde_json::from_str(&self.ok(&["recovery", "list", account, "--json"])).unwrap()
    }

    fn calls(&self) -> u64 {
        self.sandbox.calls.load(Ordering::SeqCst)
    }

    /// Starts `enroll`, waits until the sandbox has received call `n`, then kills it.
    fn kill_at_call(&self, args: &[&str], n: u64) {
        let mut child: Child = self.cmd(args).spawn().unwrap();
        let start = Instant::now();
        while self.calls() < n {
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "call {n} never came"
            );
            if let Some(status) = child.try_wait().unwrap() {
                panic!("enroll ended ({status}) before call {n}");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        child.kill().unwrap();
        child.wait().unwrap();
    }
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn stalled(calls: &[u64]) -> Config {
    let mut c = Config::default();
    c.faults.stall_nth = calls.to_vec();
    c
}

mod errors;
mod families;
mod resume;
mod secrets;
