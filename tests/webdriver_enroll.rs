//! Enrollment end to end in the real window (tauri-driver and WebKitWebDriver under
//! Xvfb, as `tests/webdriver/`), with the identity sandbox running in this process:
//! the wizard to "enabled" for each API family, with recovery codes revealed and marked
//! used and a server error's message; resume after the app is killed mid-enrollment.
//! axe-core (`common/axe.rs`) checks every step shown on the way: the servers list and
//! form, each family's result, the recovery codes revealed, the error, the unfinished
//! enrollment offered again (issue 20 §2). Each test saves a screenshot to
//! `test-artifacts/`.
#![allow(dead_code, unused_imports)]

include!("common/webdriver.rs");
include!("common/axe.rs");

fn add_server(data: &std::path::Path, args: &[&str]) {
    use std::io::Write;
    let mut child = Command::new(BIN)
        .args(["server", "add"])
        .args(args)
        .env("XDG_DATA_HOME", data)
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"demo-token\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn the_enrollment_wizard_reaches_enabled_for_each_api_family() {
    let _one = SERIAL.lock().await;
    // axe-core's findings on every screen on the way, asserted at the end.
    let mut found = Vec::new();
    let folders = Folders::new();
    let (data, config) = (&folders.data, &folders.config);
    let (url, _sandbox) =
        identity_sandbox::start_in_background(identity_sandbox::Config::default()).unwrap();
    add_server(
        data.path(),
        &[
            "fb",
            "--api",
            "flashback",
            "--url",
            &url,
            "--email",
            "user@example.com",
        ],
    );
    add_server(
        data.path(),
        &[
            "ten",
            "--api",
            "tenant",
            "--url",
            &url,
            "--tenant",
            "2489e9ad-2ee2-8e00-8ec9-32d5f69181c0",
        ],
    );
    add_server(
        data.path(),
        &[
            "ghost",
            "--api",
            "lerian",
            "--url",
            &url,
            "--user",
            "00000000-0000-4000-8000-000000000000",
        ],
    );
    let app = launch(data.path(), config.path()).await;

    // A Lerian profile made in the servers view (the token typed into a password field).
    app.click("#open-servers").await;
    app.type_into("#s-name", "work").await;
    app.type_into("#s-url", &url).await;
    app.type_into("#s-who", "019c96a0-0c21-71f9-a487-66a1258278a1")
        .await;
    app.type_into("#s-token", "demo-token").await;
    app.click("#server-submit").await;
    app.wait_text("#servers-list", "work").await;
    app.wait_text(
        "li.server[data-name='work'] .server-status",
        "MFA not enabled",
    )
    .await;
    app.client
        .execute("document.getElementById('servers-dialog').close()", vec![])
        .await
        .unwrap();

    for (server, want) in [
        ("work", "MFA enabled (app)"),
        ("fb", "MFA enabled (GOOGLE_AUTH)"),
        ("ten", "Done."),
    ] {
        app.click("#open-enroll").await;
        app.el("#enroll-server")
            .await
            .select_by_value(server)
            .await
            .unwrap();
        app.click("#enroll-start").await;
        app.wait_text("#enroll-status", want).await;
        audit(&app, &format!("enrolled with {server}"), &mut found).await;
        let steps = app.text("#enroll-steps").await;
        assert!(
            steps.contains("Verify: the server accepted the passcode"),
            "{server}: {steps}"
        );
        if server == "work" {
            assert!(
                steps.contains("Enable: MFA enabled with recovery code 1 of 10"),
                "{steps}"
            );
            app.screenshot("enroll-lerian").await;
            // Recovery codes: counts, reveal, mark one used.
            app.click("#enroll-show-codes").await;
            app.wait_text("#recovery-counts", "9 unused, 1 used").await;
            app.click("#recovery-reveal").await;
            app.wait_text("#recovery-list", "sent to server work by the enable step")
                .await;
            app.click("#recovery-list li.unused button.mark-used").await;
            app.wait_text("#recovery-counts", "8 unused, 2 used").await;
            audit(&app, "recovery codes revealed", &mut found).await;
            app.screenshot("recovery").await;
            app.client
                .execute("document.getElementById('recovery-dialog').close()", vec![])
                .await
                .unwrap();
        }
        app.client
            .execute("document.getElementById('enroll-dialog').close()", vec![])
            .await
            .unwrap();
    }
    assert_eq!(app.rows().await, 3, "one account per TOTP enrollment");
    app.screenshot("main-after-enroll").await;
    // The card's menu counts the account's unused recovery codes.
    app.click("#accounts li:first-child button.more").await;
    app.wait_text("#card-menu", "Recovery codes (8 unused)")
        .await;
    app.client
        .active_element()
        .await
        .unwrap()
        .send_keys(&Key::Escape.to_string())
        .await
        .unwrap();

    // A server error shows the server's own words.
    app.click("#open-enroll").await;
    app.el("#enroll-server")
        .await
        .select_by_value("ghost")
        .await
        .unwrap();
    app.click("#enroll-start").await;
    let err = app.wait_text("#enroll-error", "IDE-1003").await;
    assert!(err.contains("User ID Not Found"), "{err}");
    audit(&app, "enrollment error", &mut found).await;
    app.screenshot("enroll-error").await;
    app.client
        .execute("document.getElementById('enroll-dialog').close()", vec![])
        .await
        .unwrap();

    // Editing that profile: the corrected user id with the stored token kept reads that
    // user's status; a token typed in replaces the stored one.
    let ghost = "li.server[data-name='ghost']";
    app.click("#open-servers").await;
    app.wait_text(&format!("{ghost} .server-status"), "IDE-1003")
        .await;
    audit(&app, "servers with statuses", &mut found).await;
    app.click(&format!("{ghost} button[aria-label='Edit server ghost']"))
        .await;
    app.wait_text("#server-form-title", "Edit server ghost")
        .await;
    audit(&app, "server form (edit)", &mut found).await;
    let locked = app
        .client
        .execute(
            "return [document.getElementById('s-name').readOnly, document.getElementById('s-api').disabled, document.getElementById('s-token').value]",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        locked,
        json!([true, true, ""]),
        "name and API stay, no token shown"
    );
    app.type_into("#s-who", "019c96a0-0c21-71f9-a487-66a1258278a1")
        .await;
    app.click("#server-submit").await;
    app.wait_text(&format!("{ghost} .server-status"), "MFA enabled (app)")
        .await;
    app.wait_text("#server-form-title", "Add a server").await;
    let servers: serde_json::Value =
        serde_json::from_str(&cli(data.path(), &["server", "list", "--json"])).unwrap();
    let edited = servers
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == "ghost")
        .unwrap();
    assert_eq!(edited["user"], "019c96a0-0c21-71f9-a487-66a1258278a1");
    app.click(&format!("{ghost} button[aria-label='Edit server ghost']"))
        .await;
    app.type_into("#s-token", "not-the-demo-token").await;
    app.click("#server-submit").await;
    app.wait_text(
        &format!("{ghost} .server-status"),
        "did not accept the token",
    )
    .await;
    app.screenshot("server-edited").await;
    assert!(
        found.is_empty(),
        "axe-core violations on the enrollment screens:\n{}",
        found.join("\n")
    );
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn an_enrollment_interrupted_by_killing_the_app_resumes_in_the_window() {
    let _one = SERIAL.lock().await;
    let folders = Folders::new();
    let (data, config) = (&folders.data, &folders.config);
    let mut c = identity_sandbox::Config::default();
    c.faults.stall_nth = vec![2];
    let (url, sandbox) = identity_sandbox::start_in_background(c).unwrap();
    add_server(
        data.path(),
        &[
            "work",
            "--api",
            "lerian",
            "--url",
            &url,
            "--user",
            "019c96a0-0c21-71f9-a487-66a1258278a1",
        ],
    );
    let app = launch(data.path(), config.path()).await;
    app.click("#open-enroll").await;
    app.click("#enroll-start").await;
    let start = Instant::now();
    while sandbox.calls.load(std::sync::atomic::Ordering::SeqCst) < 2 {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "verify never came"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // Kill the app mid-enrollment (ending the session kills it).
    drop(app);
    let _ = Command::new("pkill").args(["-9", "-f", DESKTOP]).status();
    tokio::time::sleep(Duration::from_millis(500)).await;
    let app = launch(data.path(), config.path()).await;
    let pending = app.wait_text("#pending", "unfinished").await;
    assert!(pending.contains("setup stored, verify next"), "{pending}");
    let mut found = Vec::new();
    audit(&app, "unfinished enrollment offered", &mut found).await;
    assert!(found.is_empty(), "axe-core: {}", found.join("\n"));
    app.screenshot("pending").await;
    app.click("#pending .pending-item button.primary").await;
    app.wait_text("#enroll-status", "MFA enabled (app)").await;
    app.client
        .execute("document.getElementById('enroll-dialog').close()", vec![])
        .await
        .unwrap();
    let start = Instant::now();
    while app
        .el("#pending")
        .await
        .attr("hidden")
        .await
        .unwrap()
        .is_none()
    {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "the pending item stays"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    app.close().await;
}
