//! The lock screen, and Settings' verified backups.

use super::*;

/// Runs the CLI with `input` on stdin; the output, whatever the exit status.
fn cli_stdin(data: &std::path::Path, args: &[&str], input: &str) -> std::process::Output {
    let mut child = Command::new(BIN)
        .args(args)
        .env("XDG_DATA_HOME", data)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(child.stdin.as_mut().unwrap(), input.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

/// Turns the app lock off again when the test ends, even when it fails: enabling it took
/// the vault key, which every test's folder shares, out of the session keychain.
struct LockOff<'a>(&'a std::path::Path, &'a str);

impl Drop for LockOff<'_> {
    fn drop(&mut self) {
        let _ = cli_stdin(self.0, &["lock", "disable"], &format!("{}\n", self.1));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_lock_screen_hides_every_code_and_the_password_opens_it() {
    let _one = SERIAL.lock().await;
    let folders = Folders::new();
    let (data, config) = (&folders.data, &folders.config);
    let id = added_id(&cli(
        data.path(),
        &[
            "add",
            "otpauth://totp/Locked:me?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Locked",
        ],
    ));
    let out = cli_stdin(
        data.path(),
        &["lock", "enable", "--idle-minutes", "5"],
        "pw-window\n",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let _off = LockOff(data.path(), "pw-window");
    cli(data.path(), &["lock", "now"]);

    let app = launch(data.path(), config.path()).await;
    app.wait_text("#lock-title", "locked").await;
    assert_eq!(app.rows().await, 0, "rows shown while locked");
    let page = app.client.source().await.unwrap();
    assert!(
        !page.contains("Locked"),
        "an account name is in the locked page"
    );

    // A wrong password is said, and nothing opens.
    app.type_into("#lock-password", "wrong").await;
    app.click("#lock-screen button").await;
    app.wait_text("#lock-error", "wrong password").await;
    assert_eq!(app.rows().await, 0);

    // The right one shows the codes, the same as the CLI's.
    app.type_into("#lock-password", "pw-window").await;
    app.click("#lock-screen button").await;
    app.el(&format!("li[data-id='{id}']")).await;
    shows_the_clis_code(&app, data.path(), &id).await;
    app.screenshot("unlocked").await;

    // `lock now` elsewhere closes the window's view within its 5-second check.
    cli(data.path(), &["lock", "now"]);
    let start = Instant::now();
    while app.rows().await > 0 {
        assert!(
            start.elapsed() < Duration::from_secs(8),
            "codes still shown after lock now"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    app.wait_text("#lock-title", "locked").await;
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn settings_turn_on_verified_backups_that_follow_each_change() {
    let _one = SERIAL.lock().await;
    let folders = Folders::new();
    let (data, config) = (&folders.data, &folders.config);
    cli(
        data.path(),
        &[
            "add",
            "otpauth://totp/Backed:up?secret=JBSWY3DPEHPK3PXP&issuer=Backed",
        ],
    );
    let target = tempfile::tempdir().unwrap();
    let dir = target.path().join("synced");
    let app = launch(data.path(), config.path()).await;
    app.click("#open-settings").await;
    app.wait_text("#backup-state", "Off.").await;
    app.type_into("#backup-dir", dir.to_str().unwrap()).await;
    app.type_into("#backup-keep", "3").await;
    app.type_into("#backup-password", "backup pw").await;
    app.type_into("#backup-password2", "other").await;
    app.click("#backup-save").await;
    app.wait_text("#backup-error", "differ").await;
    app.type_into("#backup-password2", "backup pw").await;
    app.click("#backup-save").await;
    app.wait_text("#backup-state", "Last verified backup").await;
    assert!(app.text("#backup-state").await.contains("(1 account)."));
    app.screenshot("backups-on").await;
    let files = || {
        std::fs::read_dir(&dir)
            .map(|r| r.filter_map(Result::ok).count())
            .unwrap_or(0)
    };
    assert_eq!(files(), 1);
    // A change made elsewhere brings a new backup, without the window.
    cli(
        data.path(),
        &[
            "add",
            "otpauth://totp/Second:one?secret=JBSWY3DPEHPK3PXQ&issuer=Second",
        ],
    );
    let start = Instant::now();
    while files() < 2 {
        assert!(
            start.elapsed() < Duration::from_secs(15),
            "no backup after the change"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    app.click("#backup-off").await;
    app.wait_text("#backup-state", "Off.").await;
    assert_eq!(files(), 2, "turning backups off keeps the files");
    app.close().await;
}
