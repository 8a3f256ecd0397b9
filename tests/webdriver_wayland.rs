//! The window's "Scan screen" in a Wayland session (issue 15 §1): the test runs itself
//! again inside `.ci/wayland-session.sh` (a headless sway whose background shows a QR
//! code, xdg-desktop-portal with its wlr backend, no X server), where the real window
//! (GTK's Wayland backend, through tauri-driver and WebKitWebDriver) steps aside, takes
//! the screen through the Screenshot portal, lists the account and adds it with the
//! CLI's code. Skipped, saying why, only where sway or the portals are not installed.
#![allow(dead_code, unused_imports)]

include!("common/webdriver.rs");

#[path = "common/onscreen.rs"]
mod onscreen;

const ACME: &str = "otpauth://totp/Acme:ana?secret=JBSWY3DPEHPK3PXP&issuer=Acme";
const INNER: &str = "inside_a_wayland_session_the_window_scans_the_screen_through_the_portal";

#[test]
fn the_windows_scan_screen_reads_a_wayland_screen() {
    let dir = tempfile::tempdir().unwrap();
    let png = dir.path().join("qr.png");
    onscreen::qr_png(ACME, 6, &png);
    let out =
        Command::new(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".ci/wayland-session.sh"))
            .arg("--bg")
            .arg(&png)
            .arg("--")
            .arg(std::env::current_exe().unwrap())
            .args(["--ignored", "--exact", INNER, "--nocapture"])
            .output()
            .unwrap();
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    if out.status.code() == Some(77) {
        eprintln!("skipped: no Wayland test session here: {stderr}");
        return;
    }
    assert!(
        out.status.success() && stdout.contains("1 passed"),
        "{stdout}\n{stderr}"
    );
}

/// Run by the test above inside the session; fails anywhere else.
#[tokio::test(flavor = "multi_thread")]
#[ignore = "run inside .ci/wayland-session.sh by the_windows_scan_screen_reads_a_wayland_screen"]
async fn inside_a_wayland_session_the_window_scans_the_screen_through_the_portal() {
    assert!(
        std::env::var_os("WAYLAND_DISPLAY").is_some() && std::env::var_os("DISPLAY").is_none(),
        "not inside .ci/wayland-session.sh"
    );
    let folders = Folders::new();
    let app = launch_env(
        folders.data.path(),
        folders.config.path(),
        &[("GDK_BACKEND", "wayland")],
    )
    .await;
    app.click("#open-add").await;
    app.click("#tab-scan").await;
    app.click("#scan-screen").await;
    // The window is away while the portal takes the picture: WebDriver waits meanwhile.
    tokio::time::sleep(Duration::from_secs(3)).await;
    tokio::time::timeout(
        Duration::from_secs(60),
        app.wait_text("#scan-note", "Found 1 account to add."),
    )
    .await
    .expect("WebKitWebDriver answers once the window is back");
    let found = app.text("#scan-results").await;
    assert!(found.contains("Acme:ana (TOTP)"), "{found}");
    app.click("#scan-add").await;
    app.wait_rows(1).await;
    let code = cli(folders.data.path(), &["code", "acme"]);
    let want = {
        let parsed = mfa_companion::otpauth::parse(ACME).unwrap();
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs();
        [now, now.saturating_sub(30)]
            .map(|t| mfa_companion::otp::code_at(&parsed.params, &parsed.secret, t).code)
    };
    assert!(
        want.contains(&code.trim().to_string()),
        "{code} vs {want:?}"
    );
    app.close().await;
}
