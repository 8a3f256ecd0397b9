//! The window's side of the resident agent, in the real window (tauri-driver and
//! WebKitWebDriver under Xvfb, as `tests/webdriver.rs`): the Pin button moves a card
//! first and pins the account in the vault (the tray menu's source); Settings writes
//! "show codes in the tray menu", and "start the agent at login" writes the autostart
//! entry and starts the agent, then removes the entry. Screenshots go to
//! `test-artifacts/`.
#![allow(dead_code, unused_imports)]

include!("common/webdriver.rs");

fn pinned(data: &std::path::Path) -> Vec<String> {
    let list: serde_json::Value = serde_json::from_str(&cli(data, &["list", "--json"])).unwrap();
    list.as_array()
        .unwrap()
        .iter()
        .filter(|a| a["pinned"] == true)
        .map(|a| a["id"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn pinning_moves_a_card_first_and_settings_turn_the_agent_on() {
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
    let beta = added_id(&cli(
        data.path(),
        &[
            "add",
            "otpauth://totp/Beta:b?secret=JBSWY3DPEHPK3PXQ&issuer=Beta",
        ],
    ));
    let app = launch(data.path(), config.path()).await;
    app.wait_text("#accounts li:first-child .issuer", "Alpha")
        .await;
    app.click(&format!("li[data-id='{beta}'] button.pin")).await;
    app.wait_text("#accounts li:first-child .issuer", "Beta")
        .await;
    app.wait_text(&format!("li[data-id='{beta}'] button.pin"), "Unpin")
        .await;
    assert_eq!(pinned(data.path()), vec![beta.clone()]);
    app.screenshot("pinned").await;

    app.click("#open-settings").await;
    app.wait_text("#agent-state", "not running").await;
    app.click("#agent-tray-codes").await;
    let settings = config.path().join("mfa-companion/settings.json");
    let start = Instant::now();
    while !std::fs::read_to_string(&settings).is_ok_and(|t| t.contains("\"tray_show_codes\": true"))
    {
        assert!(
            start.elapsed() < Duration::from_secs(15),
            "the setting was not saved"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    app.click("#agent-autostart").await;
    app.wait_text("#agent-state", "is running").await;
    let entry = config
        .path()
        .join("autostart/io.github.MfaCompanion.Agent.desktop");
    assert!(
        std::fs::read_to_string(&entry).is_ok_and(|t| t.contains(" agent\n")),
        "the autostart entry starts the agent"
    );
    app.screenshot("settings-agent").await;
    app.click("#agent-autostart").await;
    let start = Instant::now();
    while entry.exists() {
        assert!(
            start.elapsed() < Duration::from_secs(15),
            "the entry stayed"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // The agent the window started goes too (it would outlive the test).
    cli(data.path(), &["agent", "--quit"]);
    app.click("#settings-dialog .dialog-head button").await;
    // Unpinned in the window, the card goes back to its place.
    app.click(&format!("li[data-id='{beta}'] button.pin")).await;
    app.wait_text("#accounts li:first-child .issuer", "Alpha")
        .await;
    assert!(pinned(data.path()).is_empty());
    app.close().await;
}
