//! Guards signing in (issue 16) end to end over real HTTP: the CLI binary against the
//! sandbox's Auth plugin and Identity API, with the real keychain of the private test
//! session. Here the harness; sign in without MFA, enroll with no pasted token, sign out,
//! refresh after expiry and after a refused token in `flows.rs`; the challenge answered by
//! this app's code, an emailed passcode and recovery codes (each spent once, marked used
//! before it leaves) in `challenge.rs`; every failure with its code and nothing stored in
//! `failures.rs`; no password in any file, output or trace log in `secrets.rs`.

#[path = "../common/mod.rs"]
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

mod challenge;
mod failures;
mod flows;
mod secrets;
