//! Guards the window's side of the global shortcuts (issue 15 §3–4) in the real window
//! (tauri-driver and WebKitWebDriver under Xvfb) with the real agent holding the
//! shortcuts: `xdotool key ctrl+alt+m` brings the window up with its search focused; a
//! search and Enter copy the first match and hide the window; `type` refuses the app's
//! own window as its target and types nothing; Ctrl+Alt+T over a window whose title
//! names no account opens the quick search instead of typing.
#![allow(dead_code, unused_imports)]

include!("common/webdriver.rs");

#[path = "common/textfield.rs"]
mod textfield;

/// The page's focused element's id, and whether the page is shown.
async fn focus_state(app: &App) -> (String, String) {
    let v = app
        .client
        .execute(
            "return [document.activeElement ? document.activeElement.id : '', document.visibilityState]",
            vec![],
        )
        .await
        .unwrap();
    (
        v[0].as_str().unwrap_or("").to_string(),
        v[1].as_str().unwrap_or("").to_string(),
    )
}

async fn wait_focus(app: &App, want: (&str, &str)) {
    let start = Instant::now();
    loop {
        let got = focus_state(app).await;
        if (got.0.as_str(), got.1.as_str()) == want {
            return;
        }
        assert!(
            start.elapsed() < Duration::from_secs(15),
            "wanted {want:?}, the page has {got:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn blur(app: &App) {
    app.client
        .execute(
            "document.activeElement && document.activeElement.blur()",
            vec![],
        )
        .await
        .unwrap();
}

/// The X id of the app's window (found by its class).
fn app_window() -> String {
    let out = Command::new("xdotool")
        .args(["search", "--classname", "mfa-companion-desktop"])
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .last()
        .unwrap_or_default()
        .to_string()
}

#[tokio::test(flavor = "multi_thread")]
async fn ctrl_alt_m_brings_up_the_quick_search_and_type_never_fills_the_apps_own_window() {
    let _one = SERIAL.lock().await;
    let folders = Folders::new();
    let (data, config) = (&folders.data, &folders.config);
    cli(
        data.path(),
        &[
            "add",
            "otpauth://totp/Alpha:a?secret=JBSWY3DPEHPK3PXP&issuer=Alpha",
        ],
    );
    cli(
        data.path(),
        &[
            "add",
            "otpauth://totp/Beta:b?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Beta",
        ],
    );
    let app = launch(data.path(), config.path()).await;
    app.wait_rows(2).await;
    let mut agent = Command::new(BIN)
        .arg("agent")
        .env("XDG_DATA_HOME", data.path())
        .env("XDG_CONFIG_HOME", config.path())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let bus = zbus::Connection::session().await.unwrap();
    let start = Instant::now();
    while bus
        .call_method(
            Some("io.github.MfaCompanion"),
            "/io/github/MfaCompanion",
            Some("io.github.MfaCompanion.Agent"),
            "Ping",
            &(),
        )
        .await
        .is_err()
    {
        assert!(
            start.elapsed() < Duration::from_secs(15),
            "the agent did not start"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }

    // Another application has the focus; the shortcut brings up the search.
    let mail = textfield::open("Inbox — Thunderbird", "Mail");
    blur(&app).await;
    textfield::press("ctrl+alt+m");
    wait_focus(&app, ("search", "visible")).await;
    // Enter copies the first match and the window steps aside.
    app.el("#search").await.send_keys("beta").await.unwrap();
    app.el("#search").await.send_keys("\u{E007}").await.unwrap();
    wait_focus(&app, ("search", "hidden")).await;
    let beta = cli(data.path(), &["code", "beta"]).trim().to_string();
    let copied = arboard::Clipboard::new()
        .unwrap()
        .get_text()
        .unwrap_or_default();
    assert_eq!(copied, beta, "Enter copied Beta's code");

    // Up again; with the app's own window focused, `type` refuses and types nothing.
    textfield::press("ctrl+alt+m");
    wait_focus(&app, ("search", "visible")).await;
    let window = app_window();
    assert!(!window.is_empty(), "the app's window is found by its class");
    Command::new("xdotool")
        .args(["windowfocus", "--sync", &window])
        .status()
        .unwrap();
    let out = Command::new(BIN)
        .args(["type", "beta"])
        .env("XDG_DATA_HOME", data.path())
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("[keyboard.own_window]"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    tokio::time::sleep(Duration::from_millis(300)).await;
    let value = app
        .client
        .execute("return document.getElementById('search').value", vec![])
        .await
        .unwrap();
    assert_eq!(value, json!(""), "nothing typed into the app's own window");

    // Ctrl+Alt+T over a window naming no account: the quick search opens, nothing typed.
    mail.focus();
    blur(&app).await;
    textfield::press("ctrl+alt+t");
    wait_focus(&app, ("search", "visible")).await;
    assert_eq!(mail.text(), "", "nothing typed into the mail window");

    // Changed in Settings: a shortcut that would steal a plain key is refused; another
    // is saved, the agent takes it over at once, and it works.
    app.click("#open-settings").await;
    app.wait_text("#shortcuts-state", "The agent holds them.")
        .await;
    app.type_into("#shortcut-show", "M").await;
    app.click("#shortcuts-save").await;
    app.wait_text("#shortcuts-error", "needs Ctrl, Alt or Super")
        .await;
    app.type_into("#shortcut-show", "super+f8").await;
    app.click("#shortcuts-save").await;
    app.wait_text("#shortcuts-state", "Saved. The agent holds them.")
        .await;
    let saved = std::fs::read_to_string(config.path().join("mfa-companion/settings.json")).unwrap();
    assert!(saved.contains("\"shortcut_show\": \"Super+F8\""), "{saved}");
    app.screenshot("settings-shortcuts").await;
    app.client
        .execute("document.getElementById('settings-dialog').close()", vec![])
        .await
        .unwrap();
    mail.focus();
    blur(&app).await;
    textfield::press("super+F8");
    wait_focus(&app, ("search", "visible")).await;

    let _ = Command::new(BIN)
        .args(["agent", "--quit"])
        .env("XDG_DATA_HOME", data.path())
        .status();
    let _ = agent.wait();
    app.close().await;
}
