//! No password or token in any file, output or trace log.

use super::*;

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
