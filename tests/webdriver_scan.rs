//! Scanning from the real window (tauri-driver and WebKitWebDriver under Xvfb, as
//! `tests/webdriver/`): a QR code shown on the screen by this test is found by the Add
//! dialog's "Scan screen" (the window steps aside for the picture), picked and added with
//! the CLI's code; Ctrl+V with a screenshot on the clipboard opens the Screen tab and
//! names the same account as already stored; a second launch with `--scan` (the tray's
//! "Scan screen…") scans at once. The accounts found pass axe-core (`common/axe.rs`).
#![allow(dead_code, unused_imports)]

include!("common/webdriver.rs");
include!("common/axe.rs");

#[path = "common/onscreen.rs"]
mod onscreen;

const ACME: &str = "otpauth://totp/Acme:ana?secret=JBSWY3DPEHPK3PXP&issuer=Acme";

#[tokio::test(flavor = "multi_thread")]
async fn a_code_on_screen_is_scanned_picked_and_added_and_a_pasted_one_is_known() {
    let _one = SERIAL.lock().await;
    let folders = Folders::new();
    let shown = onscreen::show(&[(ACME, 700, 500, 4, false)]);
    let app = launch(folders.data.path(), folders.config.path()).await;
    app.click("#open-add").await;
    app.click("#tab-scan").await;
    // No screenshot here: WebKitWebDriver's snapshot of this window can wait forever
    // (seen after the window stepped aside, and under load with the test's QR window
    // shown), which would hang the suite.
    app.click("#scan-screen").await;
    app.wait_text("#scan-note", "Found 1 account to add.").await;
    let found = app.text("#scan-results").await;
    assert!(found.contains("Acme:ana (TOTP)"), "{found}");
    // The found accounts to pick from pass axe-core (issue 20 §2).
    let mut violations = Vec::new();
    audit(&app, "scan results", &mut violations).await;
    assert!(violations.is_empty(), "axe-core: {}", violations.join("\n"));
    app.click("#scan-add").await;
    app.wait_rows(1).await;
    drop(shown);

    // A screenshot on the clipboard, pasted with Ctrl+V outside any text field.
    let clip = onscreen::on_clipboard(ACME, 4);
    app.client
        .execute(
            "document.activeElement && document.activeElement.blur()",
            vec![],
        )
        .await
        .unwrap();
    app.el("body")
        .await
        .send_keys("\u{E009}v\u{E000}")
        .await
        .unwrap();
    app.wait_text("#scan-note", "Nothing new to add.").await;
    let found = app.text("#scan-results").await;
    assert!(found.contains("Acme:ana: already stored"), "{found}");
    assert_eq!(app.rows().await, 1);
    drop(clip);

    // A second launch with --scan (what the tray's "Scan screen…" runs) reaches this
    // window: the Screen tab scans at once and finds the code now on screen.
    app.close_dialogs().await;
    let beta = "otpauth://totp/Beta:bo?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Beta";
    let _shown = onscreen::show(&[(beta, 600, 400, 4, false)]);
    let status = Command::new(DESKTOP)
        .arg("--scan")
        .env("XDG_DATA_HOME", folders.data.path())
        .env("XDG_CONFIG_HOME", folders.config.path())
        .status()
        .unwrap();
    assert!(status.success(), "the second launch hands over and exits");
    // No WebDriver call while the window steps aside for the picture (WebKitWebDriver
    // does not answer one made across the hide and show): X says when it is back.
    window_back_after_scan().await;
    tokio::time::timeout(
        Duration::from_secs(60),
        app.wait_text("#scan-note", "Found 1 account to add."),
    )
    .await
    .expect("WebKitWebDriver answers once the window is back");
    let found = app.text("#scan-results").await;
    assert!(found.contains("Beta:bo (TOTP)"), "{found}");
    app.close().await;
}

/// Whether the app's window is mapped (X's view, not WebDriver's).
fn window_visible() -> bool {
    Command::new("xdotool")
        .args([
            "search",
            "--onlyvisible",
            "--classname",
            "mfa-companion-desktop",
        ])
        .output()
        .is_ok_and(|o| !o.stdout.is_empty())
}

/// Waits until the window has stepped aside for the picture (at least 300 ms: seen
/// unless the scan began before the first look) and is shown again, then a little more.
async fn window_back_after_scan() {
    let start = Instant::now();
    while window_visible() && start.elapsed() < Duration::from_secs(10) {
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    while !window_visible() {
        assert!(
            start.elapsed() < Duration::from_secs(90),
            "the window does not come back after the scan"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    tokio::time::sleep(Duration::from_millis(700)).await;
}
