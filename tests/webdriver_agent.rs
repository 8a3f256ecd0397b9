//! The window's side of the resident agent, in the real window (tauri-driver and
//! WebKitWebDriver under Xvfb, as `tests/webdriver/`): the Pin button moves a card
//! first and pins the account in the vault (the tray menu's source); Settings writes
//! "show codes in the tray menu", and "start the agent at login" writes the autostart
//! entry and starts the agent, then removes the entry. Tags and a note edited in a card's
//! dialog show as chips, narrow the list from the tag bar and the search, and reach the
//! CLI.
//! Privacy mode hides every code and a click shows one; the chosen order and the pins
//! survive a restart. Screenshots go to `test-artifacts/`.
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
    app.card_action(&beta, "pin").await;
    app.wait_text("#accounts li:first-child .issuer", "Beta")
        .await;
    app.el(&format!("li[data-id='{beta}'] .pinned-mark")).await;
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
    app.card_action(&beta, "pin").await;
    app.wait_text("#accounts li:first-child .issuer", "Alpha")
        .await;
    assert!(pinned(data.path()).is_empty());
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn tags_edited_in_a_card_filter_the_list_and_reach_the_cli() {
    let _one = SERIAL.lock().await;
    let folders = Folders::new();
    let (data, config) = (&folders.data, &folders.config);
    let add = |name: &str, secret: &str| {
        added_id(&cli(
            data.path(),
            &[
                "add",
                &format!("otpauth://totp/{name}:a?secret={secret}&issuer={name}"),
            ],
        ))
    };
    let alpha = add("Alpha", "JBSWY3DPEHPK3PXP");
    let beta = add("Beta", "JBSWY3DPEHPK3PXQ");
    let gamma = add("Gamma", "JBSWY3DPEHPK3PXR");
    cli(data.path(), &["tag", "gamma", "+home"]);
    let app = launch(data.path(), config.path()).await;
    app.wait_text(&format!("li[data-id='{gamma}'] .tags"), "home")
        .await;

    app.card_action(&alpha, "tags").await;
    app.type_into("#tags-input", "work, Travel").await;
    app.type_into("#note-input", "printed codes in the safe")
        .await;
    app.click("#tags-form button[type='submit']").await;
    app.wait_text(&format!("li[data-id='{alpha}'] .tags"), "Travel")
        .await;
    assert!(
        cli(data.path(), &["tag", "alpha"]).contains("Travel, work"),
        "the vault has the window's tags"
    );
    assert_eq!(
        cli(data.path(), &["note", "alpha"]),
        "printed codes in the safe\n"
    );

    // The bar lists every tag in use; one chip narrows the list, "All" widens it again.
    app.click("#tag-filter button[data-tag='work']").await;
    app.wait_rows(1).await;
    assert_eq!(
        app.text("#accounts li:not([hidden]) .issuer").await,
        "Alpha"
    );
    app.screenshot("tags").await;
    app.click("#tag-filter button[data-tag='']").await;
    app.wait_rows(3).await;
    // The search finds tags too.
    app.type_into("#search", "home").await;
    app.wait_rows(1).await;
    assert_eq!(
        app.text("#accounts li:not([hidden]) .issuer").await,
        "Gamma"
    );
    // ... and notes.
    app.type_into("#search", "safe").await;
    app.wait_rows(1).await;
    assert_eq!(
        app.text("#accounts li:not([hidden]) .issuer").await,
        "Alpha"
    );
    // Esc clears the search, as a person would.
    app.el("#search")
        .await
        .send_keys(&Key::Escape.to_string())
        .await
        .unwrap();
    app.wait_rows(3).await;

    // A bad tag is refused in the dialog and nothing changes.
    app.card_action(&beta, "tags").await;
    app.type_into("#tags-input", "ok, -bad").await;
    app.click("#tags-form button[type='submit']").await;
    app.wait_text("#tags-error", "starts with + or -").await;
    assert!(cli(data.path(), &["tag", "beta"]).contains("has no tags"));
    app.close().await;
}

/// The texts of every element matching `css`, in page order.
/// The code buttons' texts, in list order.
async fn code_texts(app: &App) -> Vec<String> {
    texts_of(app, "#accounts button.code").await
}

#[tokio::test(flavor = "multi_thread")]
async fn privacy_mode_hides_every_code_and_a_click_shows_and_copies_one() {
    let _one = SERIAL.lock().await;
    let folders = Folders::new();
    let (data, config) = (&folders.data, &folders.config);
    let alpha = added_id(&cli(
        data.path(),
        &[
            "add",
            "otpauth://totp/Alpha:a?secret=JBSWY3DPEHPK3PXP&issuer=Alpha",
        ],
    ));
    cli(
        data.path(),
        &[
            "add",
            "otpauth://totp/Beta:b?secret=JBSWY3DPEHPK3PXQ&issuer=Beta",
        ],
    );
    let app = launch(data.path(), config.path()).await;
    app.wait_text("#accounts li:first-child .issuer", "Alpha")
        .await;
    let dots = "••• •••".to_string();
    assert!(
        !code_texts(&app).await.contains(&dots),
        "codes show at first"
    );

    app.click("#open-settings").await;
    app.click("#settings-hide-codes").await;
    let settings = config.path().join("mfa-companion/settings.json");
    let start = Instant::now();
    while !std::fs::read_to_string(&settings).is_ok_and(|t| t.contains("\"hide_codes\": true")) {
        assert!(
            start.elapsed() < Duration::from_secs(15),
            "the setting was not saved"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    app.click("#settings-dialog .dialog-head button").await;
    let start = Instant::now();
    while code_texts(&app).await != vec![dots.clone(), dots.clone()] {
        assert!(
            start.elapsed() < Duration::from_secs(15),
            "codes still show: {:?}",
            code_texts(&app).await
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    app.screenshot("privacy-hidden").await;

    // A click shows that one code (and copies it); the other stays hidden.
    app.click(&format!("li[data-id='{alpha}'] button.code"))
        .await;
    app.wait_text("#toast", "Copied Alpha").await;
    let texts = code_texts(&app).await;
    let shown = app
        .el(&format!("li[data-id='{alpha}'] button.code"))
        .await
        .attr("data-code")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(texts[0].replace(' ', ""), shown, "{texts:?}");
    assert_eq!(texts[1], dots);
    app.screenshot("privacy-one-shown").await;
    app.close().await;
}

/// The cards' issuers, in list order.
#[tokio::test(flavor = "multi_thread")]
async fn the_chosen_order_and_pins_survive_a_restart() {
    let _one = SERIAL.lock().await;
    let folders = Folders::new();
    let (data, config) = (&folders.data, &folders.config);
    let mut ids = Vec::new();
    for (name, secret) in [
        ("Zeta", "JBSWY3DPEHPK3PXP"),
        ("alpha", "JBSWY3DPEHPK3PXQ"),
        ("Mid", "JBSWY3DPEHPK3PXR"),
    ] {
        ids.push(added_id(&cli(
            data.path(),
            &[
                "add",
                &format!("otpauth://totp/{name}:a?secret={secret}&issuer={name}"),
            ],
        )));
    }
    let app = launch(data.path(), config.path()).await;
    wait_issuers(&app, &["Zeta", "alpha", "Mid"]).await;
    app.el("#sort")
        .await
        .select_by_value("issuer")
        .await
        .unwrap();
    wait_issuers(&app, &["alpha", "Mid", "Zeta"]).await;
    app.card_action(&ids[0], "pin").await;
    wait_issuers(&app, &["Zeta", "alpha", "Mid"]).await;
    app.screenshot("sorted").await;
    app.close().await;

    let app = launch(data.path(), config.path()).await;
    wait_issuers(&app, &["Zeta", "alpha", "Mid"]).await;
    app.el(&format!("li[data-id='{}'] .pinned-mark", ids[0]))
        .await;
    let chosen = app.el("#sort").await.prop("value").await.unwrap();
    assert_eq!(chosen.as_deref(), Some("issuer"));
    // Unpinned, Zeta takes its place by issuer again.
    app.card_action(&ids[0], "pin").await;
    wait_issuers(&app, &["alpha", "Mid", "Zeta"]).await;
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn codes_hide_while_the_window_is_in_the_background_and_show_on_its_return() {
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
    let settings = config.path().join("mfa-companion");
    std::fs::create_dir_all(&settings).unwrap();
    std::fs::write(
        settings.join("settings.json"),
        r#"{"hide_after_away_secs": 1}"#,
    )
    .unwrap();
    let app = launch(data.path(), config.path()).await;
    app.wait_text("#accounts li:first-child .issuer", "Alpha")
        .await;
    let dots = "••• •••".to_string();
    let wait_codes = |hidden: bool| {
        let app = &app;
        let dots = dots.clone();
        async move {
            let start = Instant::now();
            while (code_texts(app).await == vec![dots.clone()]) != hidden {
                assert!(
                    start.elapsed() < Duration::from_secs(10),
                    "codes {} hidden: {:?}",
                    if hidden { "never" } else { "still" },
                    code_texts(app).await
                );
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        }
    };
    wait_codes(false).await;
    // The window loses the focus (another window in front), then gets it back.
    let event = |name: &str| format!("window.dispatchEvent(new Event('{name}'))");
    app.client.execute(&event("blur"), vec![]).await.unwrap();
    wait_codes(true).await;
    app.screenshot("away-hidden").await;
    app.client.execute(&event("focus"), vec![]).await.unwrap();
    wait_codes(false).await;

    app.click("#open-settings").await;
    let away = app.el("#settings-away").await.prop("value").await.unwrap();
    assert_eq!(away.as_deref(), Some("1"));
    app.close().await;
}
