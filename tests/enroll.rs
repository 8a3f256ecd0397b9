//! Guards enrollment end to end over real HTTP: the CLI binary against the identity
//! sandbox (started in this process on a free port), with the real keychain of the
//! private test session. Covers the happy path of each API family, the documented
//! errors, resume after a kill right after setup and right after verify, network
//! failures, clock drift, the hostile servers, and that no token, secret or recovery
//! code reaches stdout, stderr or the log.

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

#[test]
fn lerian_app_enrollment_stores_account_and_codes_then_enables() {
    let env = Env::new(Config::default());
    env.lerian();
    assert!(env
        .ok(&["status", "--server", "work"])
        .contains("MFA not enabled"));
    let out = env.ok(&["enroll", "--server", "work"]);
    assert!(
        out.contains("10 recovery codes saved in the vault"),
        "{out}"
    );
    assert!(
        out.contains("verify: the server accepted the passcode"),
        "{out}"
    );
    assert!(
        out.contains("recovery code 1 of 10 was sent and is marked used"),
        "{out}"
    );
    assert!(
        out.contains("status: MFA enabled; preferred app; methods app"),
        "{out}"
    );

    let accounts = env.accounts();
    assert_eq!(accounts.len(), 1);
    assert_eq!(accounts[0]["issuer"], "Lerian");
    assert_eq!(accounts[0]["source"]["type"], "enrollment");
    assert_eq!(accounts[0]["source"]["server"], "work");
    assert_eq!(
        env.recovery_counts("work"),
        serde_json::json!({"unused": 9, "used": 1})
    );
    let shown = env.ok(&["recovery", "show", "Lerian"]);
    assert!(
        shown.contains("sent to server work by the enable step"),
        "{shown}"
    );
    assert_eq!(shown.lines().filter(|l| l.contains("unused")).count(), 9);

    let status: Value =
        serde_json::from_str(&env.ok(&["status", "--server", "work", "--json"])).unwrap();
    assert_eq!(status["status"]["enabled"], true);
    assert_eq!(status["status"]["methods"], serde_json::json!(["app"]));
    assert!(!env.ok(&["list"]).contains("pending"));
    let doctor = env.ok(&["doctor"]);
    assert!(
        doctor.contains("each with its secret; recovery codes for 1;"),
        "{doctor}"
    );

    // A flipped byte in the vault is reported as damage, and the file is kept as it was.
    let path = env.dir.path().join("mfa-companion/accounts.vault");
    let mut bytes = std::fs::read(&path).unwrap();
    let last = bytes.len() - 1;
    bytes[last] ^= 0x40;
    std::fs::write(&path, &bytes).unwrap();
    let err = env.fails(&["recovery", "list", "work"], "vault.damaged");
    assert!(err.contains("doctor --repair"), "{err}");
    env.fails(&["recovery", "use", "work"], "vault.damaged");
    assert_eq!(std::fs::read(&path).unwrap(), bytes);
    env.fails(&["doctor"], "doctor.problems");
}

#[test]
fn flashback_google_auth_enrollment_verifies_and_reads_status() {
    let env = Env::new(Config::default());
    env.add_server(
        "fb",
        "flashback",
        &["--email", "user@example.com"],
        "demo-token",
    );
    let out = env.ok(&["enroll", "--server", "fb"]);
    assert!(out.contains("8 recovery codes saved"), "{out}");
    assert!(
        out.contains("status: MFA enabled; preferred GOOGLE_AUTH"),
        "{out}"
    );
    assert_eq!(env.accounts().len(), 1);
    assert_eq!(
        env.recovery_counts("fb"),
        serde_json::json!({"unused": 8, "used": 0})
    );
}

#[test]
fn tenant_enrollment_verifies_and_a_second_one_gets_409_and_stores_nothing() {
    let env = Env::new(Config::default());
    // The header is compared without case.
    env.add_server(
        "ten",
        "tenant",
        &["--tenant", &DEMO_TENANT.to_uppercase()],
        "demo-token",
    );
    let out = env.ok(&["enroll", "--server", "ten"]);
    assert!(
        out.contains("verify: the server accepted the passcode"),
        "{out}"
    );
    assert_eq!(env.accounts().len(), 1);
    let err = env.fails(&["enroll", "--server", "ten"], "identity.already_enabled");
    assert!(
        err.contains("409") && err.contains("TOTP already enrolled"),
        "{err}"
    );
    assert!(err.contains("Nothing was stored locally"), "{err}");
    assert_eq!(env.accounts().len(), 1);
    assert!(!env.ok(&["list"]).contains("pending"));
}

#[test]
fn lerian_email_enrollment_takes_the_passcode_the_user_received() {
    let env = Env::new(Config::default());
    env.lerian();
    // No passcode on stdin: it stops after storing the setup.
    let err = env.fails(
        &["enroll", "--server", "work", "--type", "email"],
        "enroll.no_passcode",
    );
    assert!(err.contains("--resume"), "{err}");
    assert!(env.ok(&["list"]).contains("setup stored, verify next"));
    assert_eq!(
        env.recovery_counts("work").get("unused"),
        Some(&Value::from(10))
    );
    let code = env.sandbox.state().outbox[DEMO_LERIAN_USER].clone();
    let out = env.ok(&["enroll", "--resume", "--passcode", &code]);
    assert!(
        out.contains("status: MFA enabled; preferred email; methods email"),
        "{out}"
    );
    assert_eq!(
        env.recovery_counts("work"),
        serde_json::json!({"unused": 9, "used": 1})
    );
}

#[test]
fn already_enabled_ends_clearly_and_keeps_the_first_enrollment() {
    let env = Env::new(Config::default());
    env.lerian();
    env.ok(&["enroll", "--server", "work"]);
    let err = env.fails(&["enroll", "--server", "work"], "identity.already_enabled");
    assert!(err.contains("MFA is already enabled for this user: the server answered 400 IDE-0040 MFA Already Enabled"), "{err}");
    assert_eq!(env.accounts().len(), 1);
    assert_eq!(
        env.recovery_counts("work"),
        serde_json::json!({"unused": 9, "used": 1})
    );
}

#[test]
fn server_refusals_keep_the_servers_code_title_and_message() {
    let mut config = Config::default();
    config.lerian.push(LerianUser {
        user: "0b9a8f6e-1111-4222-8333-444455556666".into(),
        token: "other-token".into(),
    });
    let env = Env::new(config);
    // Unknown user (IDE-1003).
    env.add_server(
        "ghost",
        "lerian",
        &["--user", "00000000-0000-4000-8000-000000000000"],
        "demo-token",
    );
    let err = env.fails(&["enroll", "--server", "ghost"], "identity.unknown_user");
    assert!(err.contains("IDE-1003 User ID Not Found"), "{err}");
    assert!(env.accounts().is_empty());
    // A token the server does not know (401).
    env.add_server(
        "badtoken",
        "lerian",
        &["--user", DEMO_LERIAN_USER],
        "wrong-token",
    );
    env.fails(&["status", "--server", "badtoken"], "identity.unauthorized");
    // Another user's id with our token (403).
    env.add_server(
        "other",
        "lerian",
        &["--user", "0b9a8f6e-1111-4222-8333-444455556666"],
        "demo-token",
    );
    env.fails(&["status", "--server", "other"], "identity.forbidden");
    // The tenant API: a tenant that is not the token's.
    env.add_server(
        "wrongten",
        "tenant",
        &["--tenant", "00000000-0000-4000-8000-000000000000"],
        "demo-token",
    );
    let err = env.fails(
        &["enroll", "--server", "wrongten"],
        "identity.tenant_mismatch",
    );
    assert!(err.contains("403 tenant_mismatch"), "{err}");
    // Flashback: its envelope's error text.
    env.add_server(
        "fbbad",
        "flashback",
        &["--email", "user@example.com"],
        "nope",
    );
    let err = env.fails(&["status", "--server", "fbbad"], "identity.unauthorized");
    assert!(err.contains("401: Unauthorized"), "{err}");
    // A type the family does not have is refused before any call.
    let before = env.calls();
    env.fails(
        &["enroll", "--server", "fbbad", "--type", "sms"],
        "identity.bad_type",
    );
    assert_eq!(env.calls(), before);
    // A wrong passcode (IDE-0041) keeps the pending enrollment.
    env.lerian();
    let err = env.fails(
        &[
            "enroll",
            "--server",
            "work",
            "--type",
            "sms",
            "--passcode",
            "000000x",
        ],
        "identity.passcode_rejected",
    );
    assert!(err.contains("IDE-0041 Invalid MFA Passcode"), "{err}");
    assert!(env
        .ok(&["list"])
        .contains("last attempt failed: identity.passcode_rejected"));
    env.ok(&["enroll", "--discard"]);
    assert!(!env.ok(&["list"]).contains("pending"));
}

#[test]
fn killed_right_after_setup_resumes_to_enabled() {
    let env = Env::new(stalled(&[2, 3]));
    env.lerian();
    env.kill_at_call(&["enroll", "--server", "work"], 2);
    let list = env.ok(&["list"]);
    assert!(list.contains("setup stored, verify next"), "{list}");
    assert_eq!(
        env.accounts().len(),
        1,
        "the account was stored before verify"
    );
    assert_eq!(
        env.recovery_counts("work"),
        serde_json::json!({"unused": 10, "used": 0})
    );
    // While one process drives it (stalled at verify), another cannot.
    let mut first = env.cmd(&["enroll", "--resume"]).spawn().unwrap();
    let start = Instant::now();
    while env.calls() < 3 {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "the resume never called verify"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    env.fails(&["enroll", "--resume"], "enroll.busy");
    first.kill().unwrap();
    first.wait().unwrap();
    let out = env.ok(&["enroll", "--resume"]);
    assert!(out.contains("status: MFA enabled"), "{out}");
    assert_eq!(
        env.recovery_counts("work"),
        serde_json::json!({"unused": 9, "used": 1})
    );
    assert!(!env.ok(&["list"]).contains("pending"));
}

#[test]
fn killed_right_after_verify_resumes_with_the_recorded_code() {
    let env = Env::new(stalled(&[3]));
    env.lerian();
    env.kill_at_call(&["enroll", "--server", "work"], 3);
    let list = env.ok(&["list"]);
    assert!(list.contains("verified, enable next"), "{list}");
    // The code was recorded as used before it was sent.
    assert_eq!(
        env.recovery_counts("work"),
        serde_json::json!({"unused": 9, "used": 1})
    );
    let out = env.ok(&["enroll", "--resume"]);
    assert!(out.contains("recovery code 1 of 10"), "{out}");
    assert!(out.contains("status: MFA enabled"), "{out}");
    assert_eq!(
        env.recovery_counts("work"),
        serde_json::json!({"unused": 9, "used": 1})
    );
}

#[test]
fn a_500_or_a_dropped_connection_leaves_a_resumable_enrollment() {
    let mut c = Config::default();
    c.faults.fail_nth = vec![2];
    c.faults.drop_nth = vec![3];
    let env = Env::new(c);
    env.lerian();
    let err = env.fails(&["enroll", "--server", "work"], "identity.server_failed");
    assert!(err.contains("IDE-0006"), "{err}");
    let err = env.fails(&["enroll", "--resume"], "identity.connect");
    assert!(err.contains("enroll --resume"), "{err}");
    let out = env.ok(&["enroll", "--resume"]);
    assert!(out.contains("status: MFA enabled"), "{out}");
}

#[test]
fn clock_drift_is_reported_and_the_servers_time_is_used() {
    let mut c = Config::default();
    c.faults.clock_offset_secs = 600;
    let env = Env::new(c);
    env.lerian();
    let out = env.run(&["enroll", "--server", "work"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    assert!(
        err.contains("clock is 600 s behind the server's")
            || err.contains("clock is 599 s")
            || err.contains("clock is 601 s"),
        "{err}"
    );
    assert!(text(&out.stdout).contains("status: MFA enabled"));
}

#[test]
fn hostile_servers_give_clear_errors_within_the_timeout() {
    for (mode, code) in [
        ("huge-body", "identity.too_large"),
        ("redirect", "identity.redirect"),
        ("html-502", "identity.not_json"),
        ("missing-fields", "identity.malformed"),
        ("wrong-content-type", "identity.not_json"),
    ] {
        let mut c = Config::default();
        c.faults.misbehave = Some(mode.into());
        let env = Env::new(c);
        env.lerian();
        let err = env.fails(&["enroll", "--server", "work", "--timeout", "5"], code);
        if mode == "html-502" {
            assert!(err.contains("HTTP 502 with text/html"), "{err}");
        }
        assert!(env.accounts().is_empty(), "{mode}: nothing may be stored");
        if mode == "html-502" {
            // A gateway error is worth retrying: the enrollment stays pending.
            assert!(env.ok(&["list"]).contains("setup not finished"), "{mode}");
            env.ok(&["enroll", "--discard"]);
        }
        assert!(!env.ok(&["list"]).contains("pending"), "{mode}");
    }
    // A server that never answers.
    let env = Env::new(stalled(&[1]));
    env.lerian();
    let start = Instant::now();
    let err = env.fails(
        &["status", "--server", "work", "--timeout", "2"],
        "identity.timeout",
    );
    assert!(
        start.elapsed() < Duration::from_secs(10),
        "took {:?}",
        start.elapsed()
    );
    assert!(err.contains("did not answer within 2 s"), "{err}");
    // Plain http to a host that is not loopback is refused before anything is stored.
    let out = env.run_with(
        env.cmd(&[
            "server",
            "add",
            "plain",
            "--api",
            "lerian",
            "--url",
            "http://id.example.com",
            "--user",
            DEMO_LERIAN_USER,
        ]),
        "demo-token\n",
    );
    assert!(
        text(&out.stderr).contains("[identity.insecure_url]"),
        "{}",
        text(&out.stderr)
    );
    assert!(!env.ok(&["server", "list"]).contains("plain"));
}

#[test]
fn no_token_secret_or_recovery_code_reaches_output_or_log() {
    let token = "tok-5ecret-9f8e7d6c5b4a";
    let mut config = Config::default();
    config.lerian.push(LerianUser {
        user: DEMO_LERIAN_USER.into(),
        token: token.into(),
    });
    config
        .flashback
        .push(identity_sandbox::config::FlashbackUser {
            email: "user@example.com".into(),
            token: token.into(),
            enforced: false,
        });
    let env = Env::new(config);
    let log = env.dir.path().join("trace.log");
    let mut seen = String::new();
    let mut run = |args: &[&str], input: &str| {
        let mut c = env.cmd(args);
        c.env("MFA_COMPANION_LOG", "trace")
            .env("MFA_COMPANION_LOG_FILE", &log);
        let out = env.run_with(c, input);
        assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
        seen.push_str(&text(&out.stdout));
        seen.push_str(&text(&out.stderr));
    };
    let url = env.url.clone();
    run(
        &[
            "server",
            "add",
            "work",
            "--api",
            "lerian",
            "--url",
            &url,
            "--user",
            DEMO_LERIAN_USER,
        ],
        token,
    );
    run(
        &[
            "server",
            "add",
            "fb",
            "--api",
            "flashback",
            "--url",
            &url,
            "--email",
            "user@example.com",
        ],
        token,
    );
    run(&["enroll", "--server", "work"], "");
    run(&["enroll", "--server", "fb"], "");
    run(&["status", "--server", "work", "--json"], "");
    run(&["recovery", "list", "work"], "");
    run(&["list"], "");
    let logged = std::fs::read_to_string(&log).unwrap();
    assert!(logged.contains("identity: POST"), "the log is on: {logged}");
    seen.push_str(&logged);
    let issued = env.sandbox.state().issued.clone();
    assert!(issued.len() >= 20, "secrets and codes were issued");
    assert!(!seen.contains(token), "the token leaked");
    for s in &issued {
        assert!(
            !seen.contains(s.as_str()),
            "an issued secret or code leaked"
        );
        assert!(
            !seen.to_lowercase().contains(&s.to_lowercase()),
            "an issued secret or code leaked"
        );
    }
}
