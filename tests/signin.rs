//! Guards signing in (issue 16) end to end over real HTTP: the CLI binary against the
//! sandbox's Auth plugin and Identity API, with the real keychain of the private test
//! session. Sign in without MFA, enroll with no pasted token, sign out, sign in answered
//! by this app's code and by recovery codes (each spent once, marked used before it
//! leaves), refresh after expiry, every failure with its code and nothing stored, and no
//! password in any file, output or trace log.

mod common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use common::Env;
use identity_sandbox::config::{AuthUser, Config, DEMO_LERIAN_USER};
use identity_sandbox::Sandbox;
use serde_json::Value;

const PASSWORD: &str = "pw-Unique-7c1e9a4f";

/// A sandbox with one sign-in user (password [`PASSWORD`]) and a data folder whose
/// profile `work` signs in at `URL/auth` (Identity at `URL`).
struct SignInEnv {
    env: Env,
    url: String,
    sandbox: Arc<Sandbox>,
}

impl Drop for SignInEnv {
    fn drop(&mut self) {
        // The profile's session lives in the shared session keychain: remove it.
        let _ = self.env.run(&["server", "remove", "work"]);
    }
}

fn config(tune: impl FnOnce(&mut Config)) -> Config {
    let mut c = Config::default();
    c.auth.push(AuthUser {
        username: "ana".into(),
        password: PASSWORD.into(),
        user: DEMO_LERIAN_USER.into(),
        email: "ana@example.com".into(),
        name: "Ana Lima".into(),
    });
    tune(&mut c);
    c
}

impl SignInEnv {
    fn new(tune: impl FnOnce(&mut Config)) -> Self {
        let env = Env::new();
        let (url, sandbox) = identity_sandbox::start_in_background(config(tune)).unwrap();
        let s = SignInEnv { env, url, sandbox };
        let auth = format!("{}/auth", s.url);
        let args = [
            "server",
            "add",
            "work",
            "--api",
            "lerian",
            "--url",
            &s.url,
            "--auth-url",
            &auth,
            "--login",
            "ana",
        ];
        // No token is asked for: stdin stays empty.
        let out = s.env.run(&args);
        assert!(out.status.success(), "{}", common::stderr(&out));
        assert!(text(&out.stdout).contains("mfa-companion login --server work"));
        s
    }

    fn run(&self, args: &[&str], input: &str) -> (bool, String, String) {
        let out = self.env.run_stdin(args, input);
        (
            out.status.success(),
            text(&out.stdout),
            common::stderr(&out),
        )
    }

    fn ok(&self, args: &[&str], input: &str) -> String {
        let (ok, out, err) = self.run(args, input);
        assert!(ok, "{args:?}: {out}{err}");
        out
    }

    /// Fails with `code`; returns stderr.
    fn fails(&self, args: &[&str], input: &str, code: &str) -> String {
        let (ok, out, err) = self.run(args, input);
        assert!(!ok, "{args:?} should fail: {out}");
        assert!(
            err.contains(&format!("[{code}]")),
            "{args:?}: expected [{code}]: {err}"
        );
        err
    }

    fn login(&self, extra: &[&str]) -> String {
        let mut args = vec!["login", "--server", "work"];
        args.extend_from_slice(extra);
        self.ok(&args, &format!("{PASSWORD}\n"))
    }

    fn enroll(&self) -> String {
        let out = self.ok(&["enroll", "--server", "work"], "");
        assert!(out.contains("enable: MFA enabled"), "{out}");
        self.env.list()[0]["id"].as_str().unwrap().to_owned()
    }

    /// The sandbox's counts of the user's recovery codes: (unspent, spent).
    fn server_recovery(&self) -> (u64, u64) {
        let (_, body) = http(
            &self.url,
            "GET",
            "/_sandbox/recovery?user=".to_owned() + DEMO_LERIAN_USER,
            None,
        );
        let v: Value = serde_json::from_str(&body).unwrap();
        (v["unspent"].as_u64().unwrap(), v["spent"].as_u64().unwrap())
    }

    fn vault_counts(&self, account: &str) -> (u64, u64) {
        let v: Value =
            serde_json::from_str(&self.ok(&["recovery", "list", account, "--json"], "")).unwrap();
        (v["unused"].as_u64().unwrap(), v["used"].as_u64().unwrap())
    }

    fn signed_out(&self) {
        self.fails(&["token", "--server", "work"], "", "signin.signed_out");
    }
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// One plain HTTP/1.1 request (`bearer` as the Authorization token); (status, body).
fn http(base: &str, method: &str, path: String, bearer: Option<&str>) -> (u16, String) {
    let host = base.trim_start_matches("http://");
    let mut s = TcpStream::connect(host).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let auth = bearer
        .map(|b| format!("Authorization: Bearer {b}\r\n"))
        .unwrap_or_default();
    write!(
        s,
        "{method} {path} HTTP/1.1\r\nHost: {host}\r\n{auth}Content-Length: 0\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut reply = String::new();
    s.read_to_string(&mut reply).unwrap();
    let status = reply[9..12].parse().unwrap();
    let body = reply.split_once("\r\n\r\n").map(|(_, b)| b).unwrap_or("");
    (status, body.to_owned())
}

fn identity_status(env: &SignInEnv, token: &str) -> u16 {
    let path = format!("/v1/users/{DEMO_LERIAN_USER}/mfa");
    http(&env.url, "GET", path, Some(token)).0
}

#[test]
fn sign_in_without_mfa_then_enroll_with_no_pasted_token_then_sign_out() {
    let s = SignInEnv::new(|_| {});
    s.signed_out();
    let out = s.login(&[]);
    assert!(
        out.contains("signed in to work as Ana Lima <ana@example.com> until"),
        "{out}"
    );
    // The user id came from userinfo; the list shows the session.
    let list = s.ok(&["server", "list"], "");
    assert!(
        list.contains(DEMO_LERIAN_USER) && list.contains("signed in as Ana Lima"),
        "{list}"
    );
    let token = s.ok(&["token", "--server", "work"], "").trim().to_owned();
    assert!(s.sandbox.state().issued_tokens.contains(&token));
    assert_eq!(identity_status(&s, &token), 200);
    // Enrollment and status use the session: no token was ever pasted.
    s.enroll();
    assert!(s
        .ok(&["status", "--server", "work"], "")
        .contains("MFA enabled"));
    let out = s.ok(&["logout", "--server", "work"], "");
    assert!(out.contains("the server ended the session"), "{out}");
    assert_eq!(identity_status(&s, &token), 401, "logout revoked the token");
    s.signed_out();
    s.fails(&["status", "--server", "work"], "", "signin.signed_out");
    assert!(s
        .ok(&["logout", "--server", "work"], "")
        .contains("not signed in"));
}

#[test]
fn the_challenge_is_answered_with_the_apps_own_code_and_then_by_recovery_codes_once_each() {
    let s = SignInEnv::new(|_| {});
    s.login(&[]);
    let account = s.enroll();
    s.ok(&["logout", "--server", "work"], "");
    let out = s.login(&[]);
    assert!(
        out.contains("answered the MFA challenge with your code for Lerian:"),
        "{out}"
    );
    assert!(out.contains("signed in to work as Ana Lima"), "{out}");
    // Recovery codes: the enable step spent one; each sign-in spends the next one.
    let (unused, used) = s.vault_counts(&account);
    let (_, spent) = s.server_recovery();
    assert_eq!((used, spent), (1, 1));
    for i in 1..=2 {
        let out = s.login(&["--recovery"]);
        assert!(
            out.contains(&format!("{} of {} remain", unused - i, unused + used)),
            "{out}"
        );
        assert_eq!(s.vault_counts(&account), (unused - i, used + i));
        assert_eq!(
            s.server_recovery().1,
            spent + i,
            "the server accepted a new code"
        );
    }
    let shown = s.ok(&["recovery", "show", &account], "");
    let spent_here = shown
        .lines()
        .filter(|l| l.contains("(spent to sign in to server work)"));
    assert_eq!(spent_here.count(), 2, "{shown}");
    // Two or fewer left: the sign-in says so.
    while s.vault_counts(&account).0 > 3 {
        s.ok(&["recovery", "use", &account], "");
    }
    let (ok, out, err) = s.run(
        &["login", "--server", "work", "--recovery"],
        &format!("{PASSWORD}\n"),
    );
    assert!(ok, "{err}");
    assert!(out.contains("2 of 10 remain"), "{out}");
    assert!(
        err.contains("warning: only 2 unused recovery code(s) left"),
        "{err}"
    );
}

#[test]
fn a_server_clock_two_minutes_ahead_is_followed_for_the_apps_code() {
    let s = SignInEnv::new(|c| c.faults.clock_offset_secs = 120);
    s.login(&[]);
    s.enroll();
    s.ok(&["logout", "--server", "work"], "");
    let (ok, out, err) = s.run(&["login", "--server", "work"], &format!("{PASSWORD}\n"));
    assert!(ok, "{err}");
    assert!(out.contains("with your code for Lerian:"), "{out}");
    assert!(err.contains("s behind the server's"), "{err}");
}

#[test]
fn a_restored_copy_of_the_vault_never_gets_a_replayed_code_accepted() {
    let s = SignInEnv::new(|_| {});
    s.login(&[]);
    let account = s.enroll();
    // A copy of the data folder (as a backup restored elsewhere would be).
    let copy = s.env.another();
    copy_dir(
        &s.env.data().join("mfa-companion"),
        &copy.data().join("mfa-companion"),
    );
    s.login(&["--recovery"]);
    let out = copy.run_stdin(
        &["login", "--server", "work", "--recovery"],
        &format!("{PASSWORD}\n"),
    );
    let err = common::stderr(&out);
    assert!(
        err.contains("[signin.recovery_rejected]") && err.contains("stays marked used"),
        "{err}"
    );
    // The refused code stays used, so the copy's next attempt spends a different one.
    let out = copy.run_stdin(
        &["login", "--server", "work", "--recovery"],
        &format!("{PASSWORD}\n"),
    );
    assert!(out.status.success(), "{}", common::stderr(&out));
    let v: Value =
        serde_json::from_slice(&copy.run(&["recovery", "list", &account, "--json"]).stdout)
            .unwrap();
    assert_eq!(v["used"], 3);
    let _ = copy.run(&["logout", "--server", "work"]);
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &to.join(e.file_name()));
        } else {
            std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
        }
    }
}

#[test]
fn an_expired_access_token_is_refreshed_and_the_old_one_is_refused() {
    let s = SignInEnv::new(|c| c.auth_ttl.access_secs = 2);
    s.login(&[]);
    let first = s.ok(&["token", "--server", "work"], "").trim().to_owned();
    std::thread::sleep(Duration::from_millis(2500));
    assert_eq!(identity_status(&s, &first), 401, "the old token expired");
    // Due within 60 s: refreshed before use.
    let second = s.ok(&["token", "--server", "work"], "").trim().to_owned();
    assert_ne!(first, second);
    assert_eq!(identity_status(&s, &second), 200);
    assert!(s
        .ok(&["status", "--server", "work"], "")
        .contains("MFA not enabled"));
    // A revoked session: the refresh is refused, the session forgotten.
    http(
        &s.url,
        "POST",
        format!("/_sandbox/revoke?user={DEMO_LERIAN_USER}"),
        None,
    );
    let err = s.fails(&["status", "--server", "work"], "", "signin.signed_out");
    assert!(err.contains("mfa-companion login --server work"), "{err}");
    s.signed_out();
}

#[test]
fn every_sign_in_failure_has_its_code_and_stores_nothing() {
    let wrong = SignInEnv::new(|_| {});
    let err = wrong.fails(
        &["login", "--server", "work"],
        "not-the-password\n",
        "signin.credentials_rejected",
    );
    assert!(err.contains("AUT-"), "the server's own code is kept: {err}");
    wrong.signed_out();
    drop(wrong);

    let s = SignInEnv::new(|c| c.auth_ttl.mfa_token_secs = 0);
    s.login(&[]);
    let account = s.enroll();
    s.ok(&["logout", "--server", "work"], "");
    s.fails(
        &["login", "--server", "work"],
        &format!("{PASSWORD}\n"),
        "signin.challenge_expired",
    );
    s.signed_out();
    drop(s);

    // No unused recovery code left: refused before anything is sent.
    let s = SignInEnv::new(|_| {});
    s.login(&[]);
    let account2 = s.enroll();
    assert_ne!(account, String::new());
    s.ok(&["logout", "--server", "work"], "");
    while s.vault_counts(&account2).0 > 0 {
        s.ok(&["recovery", "use", &account2], "");
    }
    s.fails(
        &["login", "--server", "work", "--recovery"],
        &format!("{PASSWORD}\n"),
        "signin.recovery_exhausted",
    );
    s.signed_out();
    drop(s);

    // Hostile and failing servers: each a clear error, no session stored.
    for (tune, code, secs) in [
        (
            Box::new(|c: &mut Config| c.faults.fail_nth = vec![1]) as Box<dyn FnOnce(&mut Config)>,
            "identity.server_failed",
            "30",
        ),
        (
            Box::new(|c: &mut Config| c.faults.misbehave = Some("html-502".into())),
            "identity.not_json",
            "30",
        ),
        (
            Box::new(|c: &mut Config| c.faults.misbehave = Some("huge-body".into())),
            "identity.too_large",
            "30",
        ),
        (
            Box::new(|c: &mut Config| c.faults.misbehave = Some("redirect".into())),
            "identity.redirect",
            "30",
        ),
        (
            Box::new(|c: &mut Config| c.faults.stall_nth = vec![1]),
            "identity.timeout",
            "2",
        ),
    ] {
        let s = SignInEnv::new(tune);
        s.fails(
            &["login", "--server", "work", "--timeout", secs],
            &format!("{PASSWORD}\n"),
            code,
        );
        s.signed_out();
    }
}

#[test]
fn no_password_or_token_is_in_any_file_output_or_trace_log() {
    let s = SignInEnv::new(|c| c.auth_ttl.access_secs = 2);
    let config_home = tempfile::tempdir().unwrap();
    let log = s.env.data().join("trace.log");
    let mut seen = String::new();
    let mut run = |args: &[&str], input: &str| {
        let mut c = s.env.cmd(args);
        c.env("MFA_COMPANION_LOG", "trace")
            .env("MFA_COMPANION_LOG_FILE", &log)
            .env("XDG_CONFIG_HOME", config_home.path())
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
        let mut child = c.spawn().unwrap();
        let _ = child.stdin.take().unwrap().write_all(input.as_bytes());
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", common::stderr(&out));
        seen.push_str(&text(&out.stdout));
        seen.push_str(&text(&out.stderr));
    };
    let pw = format!("{PASSWORD}\n");
    run(&["login", "--server", "work"], &pw);
    run(&["enroll", "--server", "work"], "");
    run(&["logout", "--server", "work"], "");
    run(&["login", "--server", "work"], &pw);
    std::thread::sleep(Duration::from_millis(2500));
    run(&["status", "--server", "work"], "");
    run(&["login", "--server", "work", "--recovery"], &pw);
    run(&["server", "list"], "");
    run(&["logout", "--server", "work"], "");
    let logged = std::fs::read_to_string(&log).unwrap();
    assert!(logged.contains("identity: POST"), "the log is on");
    seen.push_str(&logged);
    for dir in [s.env.data(), config_home.path()] {
        for_each_file(dir, &mut |p| {
            seen.push_str(&String::from_utf8_lossy(&std::fs::read(p).unwrap()))
        });
    }
    assert!(!seen.contains(PASSWORD), "the password leaked");
    let state = s.sandbox.state();
    assert!(state.issued_tokens.len() >= 6);
    for t in state.issued_tokens.iter().chain(state.issued.iter()) {
        assert!(
            !seen.contains(t.as_str()),
            "an issued token, secret or code leaked"
        );
    }
}

fn for_each_file(dir: &Path, f: &mut dyn FnMut(&Path)) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            for_each_file(&p, f);
        } else {
            f(&p);
        }
    }
}

#[test]
fn a_refused_access_token_gets_one_refresh_and_one_retry() {
    let s = SignInEnv::new(|_| {});
    s.login(&[]);
    let first = s.ok(&["token", "--server", "work"], "").trim().to_owned();
    let revoke = format!("/_sandbox/revoke-access?user={DEMO_LERIAN_USER}");
    http(&s.url, "POST", revoke.clone(), None);
    assert_eq!(identity_status(&s, &first), 401);
    // Still fresh by its expiry, refused by the server: refreshed once, then it works.
    assert!(s
        .ok(&["status", "--server", "work"], "")
        .contains("MFA not enabled"));
    let second = s.ok(&["token", "--server", "work"], "").trim().to_owned();
    assert_ne!(first, second, "the refreshed token was kept");
    http(&s.url, "POST", revoke, None);
    s.enroll();
}

#[test]
fn an_emailed_passcode_answers_the_challenge_and_remember_device_is_passed() {
    let s = SignInEnv::new(|_| {});
    s.login(&[]);
    s.fails(
        &["enroll", "--server", "work", "--type", "email"],
        "",
        "enroll.no_passcode",
    );
    let code = s.sandbox.state().outbox[DEMO_LERIAN_USER].clone();
    let out = s.ok(&["enroll", "--resume", "--passcode", &code], "");
    assert!(out.contains("methods email"), "{out}");
    s.ok(&["logout", "--server", "work"], "");

    let mut c = s.env.cmd(&[
        "login",
        "--server",
        "work",
        "--method",
        "email",
        "--remember-device",
    ]);
    c.stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let before = s.sandbox.calls.load(std::sync::atomic::Ordering::SeqCst);
    let mut child = c.spawn().unwrap();
    let mut stdin = child.stdin.take().unwrap();
    writeln!(stdin, "{PASSWORD}").unwrap();
    // The grant, then the challenge that sends the passcode: read it from the outbox.
    let start = std::time::Instant::now();
    while s.sandbox.calls.load(std::sync::atomic::Ordering::SeqCst) < before + 2 {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "no challenge came"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    std::thread::sleep(Duration::from_millis(100));
    let sent = s.sandbox.state().outbox[DEMO_LERIAN_USER].clone();
    writeln!(stdin, "{sent}").unwrap();
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{}", common::stderr(&out));
    assert!(
        stdout.contains("answered the MFA challenge with the passcode sent by email"),
        "{stdout}"
    );
    let (_, body) = http(
        &s.url,
        "GET",
        format!("/_sandbox/sessions?user={DEMO_LERIAN_USER}"),
        None,
    );
    let v: Value = serde_json::from_str(&body).unwrap();
    let newest = v["sessions"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(newest["rememberDevice"], true, "{v}");
}
