//! The sign-in challenge: this app's code (server clock ahead, a restored vault copy), an
//! emailed passcode, recovery codes.

use super::*;

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
