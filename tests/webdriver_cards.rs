//! The cards in the real window (tauri-driver and WebKitWebDriver under Xvfb, as
//! `tests/webdriver/`; the icons on them are `tests/webdriver_icons.rs`'). The card's
//! menu: opened by its ⋮ button and by Shift+F10, walked with the arrow keys, closed by
//! Escape with the focus back on the card; Remove asks first, the card goes, Undo brings it back, and
//! without Undo the account leaves the vault. Cards move by Alt+arrow keys, by the menu
//! and by drag and drop into the user's own order, which survives a restart; "most
//! copied first" follows the copies. Screenshots go to `test-artifacts/`.
#![allow(dead_code, unused_imports)]

include!("common/webdriver.rs");

async fn focused(app: &App) -> String {
    app.client
        .execute(
            "const e = document.activeElement; return (e.dataset.action || e.className || e.id || e.tagName);",
            vec![],
        )
        .await
        .unwrap()
        .as_str()
        .unwrap_or_default()
        .to_string()
}

/// Sends keys to the element that has the focus.
async fn press(app: &App, keys: &str) {
    let e = app.client.active_element().await.unwrap();
    e.send_keys(keys).await.unwrap();
}

async fn menu_open(app: &App) -> bool {
    app.client
        .execute(
            "return !document.getElementById('card-menu').hidden;",
            vec![],
        )
        .await
        .unwrap()
        .as_bool()
        .unwrap_or(false)
}

async fn wait_until_cli(data: &std::path::Path, what: &str, ok: impl Fn(&str) -> bool) {
    let start = Instant::now();
    while !ok(&cli(data, &["list"])) {
        assert!(start.elapsed() < Duration::from_secs(20), "{what}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_card_menu_works_by_mouse_and_keyboard_and_a_removal_can_be_undone() {
    let _one = SERIAL.lock().await;
    let folders = Folders::new();
    let (data, config) = (&folders.data, &folders.config);
    let add = |uri: &str| added_id(&cli(data.path(), &["add", uri]));
    let acme = add("otpauth://totp/Acme:ann?secret=JBSWY3DPEHPK3PXP&issuer=Acme");
    let beta = add("otpauth://totp/Beta:bob?secret=JBSWY3DPEHPK3PXQ&issuer=Beta");
    let app = launch(data.path(), config.path()).await;
    app.wait_text("#accounts li:first-child .issuer", "Acme")
        .await;
    // The card holds no action buttons of its own: the ⋮ button opens them.
    for gone in [
        "button.pin",
        "button.qr",
        "button.remove",
        "button.tags-edit",
    ] {
        assert!(
            app.client
                .find_all(Locator::Css(&format!("li.account {gone}")))
                .await
                .unwrap()
                .is_empty(),
            "{gone} is still on the card"
        );
    }
    app.click(&format!("li[data-id='{acme}'] button.more"))
        .await;
    assert!(menu_open(&app).await);
    let items = texts_of(&app, "#card-menu button").await;
    assert_eq!(
        items,
        vec![
            "Pin to the top",
            "Move down (Alt+↓)",
            "Tags, note and icon…",
            "Show QR code…",
            "Recovery codes…",
            "Remove…"
        ]
    );
    assert_eq!(focused(&app).await, "pin", "the first item has the focus");
    app.screenshot("card-menu").await;
    press(&app, "\u{E015}").await; // ArrowDown
    assert_eq!(focused(&app).await, "down");
    press(&app, "\u{E013}").await; // ArrowUp
    press(&app, "\u{E013}").await; // ArrowUp again: wraps to the last
    assert_eq!(focused(&app).await, "remove");
    press(&app, "\u{E00C}").await; // Escape
    assert!(!menu_open(&app).await);
    assert_eq!(
        focused(&app).await,
        "more",
        "the focus is back on the ⋮ button"
    );

    // Shift+F10 on the card's code button opens the same menu.
    let code = app.el(&format!("li[data-id='{beta}'] button.code")).await;
    code.send_keys("\u{E008}\u{E03A}\u{E000}").await.unwrap();
    assert!(menu_open(&app).await, "Shift+F10 opens the menu");
    assert_eq!(focused(&app).await, "pin");
    press(&app, "\u{E00C}").await;

    // Remove asks first; the card goes at once; Undo brings it back.
    app.card_action(&acme, "remove").await;
    app.wait_text("#remove-text", "Remove Acme ann?").await;
    app.click("#remove-confirm").await;
    let start = Instant::now();
    while app.rows().await != 1 {
        assert!(start.elapsed() < Duration::from_secs(15), "the card stays");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    app.wait_text("#toast", "Removed Acme ann").await;
    app.screenshot("removed-undo").await;
    app.click("#toast .toast-action").await;
    app.wait_text("#toast", "Acme ann is back").await;
    let start = Instant::now();
    while app.rows().await != 2 {
        assert!(
            start.elapsed() < Duration::from_secs(15),
            "Undo did not bring it back"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // Still there once the time for Undo is over.
    tokio::time::sleep(Duration::from_secs(9)).await;
    assert!(cli(data.path(), &["list"]).contains("Acme"));

    // Without Undo, it leaves the vault.
    app.card_action(&acme, "remove").await;
    app.click("#remove-confirm").await;
    wait_until_cli(data.path(), "the account is still in the vault", |l| {
        !l.contains("Acme") && l.contains("Beta")
    })
    .await;
    assert_eq!(app.rows().await, 1);
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn cards_move_by_keyboard_menu_and_drag_and_the_order_survives_a_restart() {
    let _one = SERIAL.lock().await;
    let folders = Folders::new();
    let (data, config) = (&folders.data, &folders.config);
    let add = |uri: &str| added_id(&cli(data.path(), &["add", uri]));
    let alpha = add("otpauth://totp/Alpha:a?secret=JBSWY3DPEHPK3PXP&issuer=Alpha");
    add("otpauth://totp/Beta:b?secret=JBSWY3DPEHPK3PXQ&issuer=Beta");
    let gamma = add("otpauth://totp/Gamma:c?secret=JBSWY3DPEHPK3PXR&issuer=Gamma");
    let app = launch(data.path(), config.path()).await;
    wait_issuers(&app, &["Alpha", "Beta", "Gamma"]).await;

    // Keyboard only: Alt+Up on Gamma's code button.
    app.client
        .execute(
            "document.querySelector(arguments[0]).focus()",
            vec![json!(format!("li[data-id='{gamma}'] button.code"))],
        )
        .await
        .unwrap();
    press(&app, "\u{E00A}\u{E013}\u{E000}").await; // Alt, ArrowUp, release
    wait_issuers(&app, &["Alpha", "Gamma", "Beta"]).await;
    assert_eq!(
        focused(&app).await,
        "code",
        "the focus stays on the moved card"
    );
    let chosen = app.el("#sort").await.prop("value").await.unwrap();
    assert_eq!(
        chosen.as_deref(),
        Some("custom"),
        "moving makes the order my own"
    );

    // The menu's Move down.
    app.card_action(&alpha, "down").await;
    wait_issuers(&app, &["Gamma", "Alpha", "Beta"]).await;

    // Drag and drop (the page's own drag events): Beta onto Gamma's upper half.
    app.client
        .execute(
            "const [from, to] = [...document.querySelectorAll('#accounts li')].filter(
               (li) => ['Beta', 'Gamma'].includes(li.querySelector('.issuer').textContent))
               .sort((a, b) => a.querySelector('.issuer').textContent === 'Beta' ? -1 : 1);
             const dt = new DataTransfer();
             const r = to.getBoundingClientRect();
             const at = { bubbles: true, cancelable: true, dataTransfer: dt,
                          clientX: r.left + 10, clientY: r.top + 2 };
             from.dispatchEvent(new DragEvent('dragstart', at));
             to.dispatchEvent(new DragEvent('dragover', at));
             to.dispatchEvent(new DragEvent('drop', at));
             from.dispatchEvent(new DragEvent('dragend', at));",
            vec![],
        )
        .await
        .unwrap();
    wait_issuers(&app, &["Beta", "Gamma", "Alpha"]).await;
    app.screenshot("moved").await;
    app.close().await;

    let app = launch(data.path(), config.path()).await;
    wait_issuers(&app, &["Beta", "Gamma", "Alpha"]).await;
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn most_copied_first_follows_the_copies() {
    let _one = SERIAL.lock().await;
    let folders = Folders::new();
    let (data, config) = (&folders.data, &folders.config);
    let add = |uri: &str| added_id(&cli(data.path(), &["add", uri]));
    add("otpauth://totp/Alpha:a?secret=JBSWY3DPEHPK3PXP&issuer=Alpha");
    let beta = add("otpauth://totp/Beta:b?secret=JBSWY3DPEHPK3PXQ&issuer=Beta");
    let gamma = add("otpauth://totp/Gamma:c?secret=JBSWY3DPEHPK3PXR&issuer=Gamma");
    let app = launch(data.path(), config.path()).await;
    wait_issuers(&app, &["Alpha", "Beta", "Gamma"]).await;
    for id in [&gamma, &gamma, &beta] {
        app.click(&format!("li[data-id='{id}'] button.code")).await;
        app.wait_text("#toast", "Copied").await;
        app.client
            .execute(
                "const t = document.getElementById('toast'); t.textContent = ''; t.hidden = true;",
                vec![],
            )
            .await
            .unwrap();
    }
    app.el("#sort")
        .await
        .select_by_value("most_used")
        .await
        .unwrap();
    wait_issuers(&app, &["Gamma", "Beta", "Alpha"]).await;
    app.close().await;
}

/// Scrolls the last list item into view.
async fn scroll_to_last(app: &App) {
    app.client
        .execute(
            "document.querySelector('#accounts li:last-child').scrollIntoView()",
            vec![],
        )
        .await
        .unwrap();
}

/// The code the last card shows (once it is a card).
async fn last_code(app: &App) -> Option<String> {
    app.el("#accounts li:last-child button.code")
        .await
        .attr("data-code")
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn with_many_accounts_far_cards_are_built_when_scrolled_to_or_found_with_current_codes() {
    let _one = SERIAL.lock().await;
    let folders = Folders::new();
    let (data, config) = (&folders.data, &folders.config);
    let list = folders.data.path().join("many.txt");
    // A secret of each one's own, and 10-second periods, so that a card showing an earlier
    // period's code is seen within the test.
    let uris: Vec<String> = (0..120u8)
        .map(|i| {
            let (a, b) = ((b'A' + i / 26) as char, (b'A' + i % 26) as char);
            format!(
                "otpauth://totp/Many{i:03}:u{i}?secret=JBSWY3DPEHPK{a}{b}XP&issuer=Many{i:03}&period=10"
            )
        })
        .collect();
    std::fs::write(&list, uris.join("\n")).unwrap();
    cli(data.path(), &["import", list.to_str().unwrap()]);
    let app = launch(data.path(), config.path()).await;
    app.wait_rows(120).await;
    let built = || async {
        app.client
            .execute(
                "return document.querySelectorAll('#accounts li.account:not(.placeholder)').length;",
                vec![],
            )
            .await
            .unwrap()
            .as_u64()
            .unwrap()
    };
    assert!(built().await < 120, "far cards wait to be built");
    // Scrolled to, the last one becomes a card with the CLI's code.
    scroll_to_last(&app).await;
    let code = last_code(&app).await.unwrap();
    let now = unix_now();
    let cli_codes: Vec<String> = [now, now + 1]
        .iter()
        .map(|t| {
            cli(data.path(), &["code", "Many119", "--at", &t.to_string()])
                .trim()
                .to_string()
        })
        .collect();
    assert!(cli_codes.contains(&code), "{code} vs {cli_codes:?}");
    // Found by the search from the top, a far card is built too.
    app.client
        .execute("window.scrollTo(0, 0)", vec![])
        .await
        .unwrap();
    app.type_into("#search", "Many100").await;
    app.wait_rows(1).await;
    app.el("#accounts li:not([hidden]) button.code").await;

    // A period ends while the last card (built) is off screen: scrolled to, it shows the
    // new period's code, not the one it was built with.
    app.el("#search")
        .await
        .send_keys(&"\u{E003}".repeat("Many100".len()))
        .await
        .unwrap();
    app.wait_rows(120).await;
    app.client
        .execute("window.scrollTo(0, 0)", vec![])
        .await
        .unwrap();
    let before = last_code(&app).await;
    tokio::time::sleep(Duration::from_secs(10 - unix_now() % 10 + 2)).await;
    scroll_to_last(&app).await;
    let start = Instant::now();
    loop {
        let shown = last_code(&app).await;
        let t = unix_now().to_string();
        let want = cli(data.path(), &["code", "Many119", "--at", &t]);
        if shown.as_deref() == Some(want.trim()) {
            assert_ne!(shown, before, "the code of the period before");
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "the card shows {shown:?}, the CLI {want}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    app.close().await;
}
