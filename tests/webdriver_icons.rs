//! Issuer icons in the real window (tauri-driver and WebKitWebDriver under Xvfb, as
//! `tests/webdriver/`): a known issuer shows its logo from the bundled set in its brand
//! colour, an account with no issuer finds its logo by its address's domain, and an
//! unknown issuer gets a letter avatar; the card's dialog picks another icon of the set
//! (the CLI sees the choice) and goes back to automatic. An image file of the user's
//! becomes the icon (made 64 pixels wide); an SVG with a script or an outside reference,
//! and a 20 MB file, are refused in the dialog with the reason, and nothing the same
//! save would have changed is changed. Screenshots go to `test-artifacts/`.
#![allow(dead_code, unused_imports)]

include!("common/webdriver.rs");

/// The avatar of account `id`: its data-icon, its path's fill, its text; read in one
/// script, as the list may be rebuilt between two WebDriver calls.
async fn avatar(app: &App, id: &str) -> (String, Option<String>, String) {
    let css = format!("li[data-id='{id}'] .avatar");
    app.el(&css).await;
    let v = app
        .client
        .execute(
            "const a = document.querySelector(arguments[0]); if (!a) return ['', null, ''];
             const p = a.querySelector('svg path');
             return [a.dataset.icon || '', p ? p.getAttribute('fill') : null, a.innerText];",
            vec![json!(css)],
        )
        .await
        .unwrap();
    serde_json::from_value(v).unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn known_issuers_show_their_logo_and_unknown_ones_a_letter() {
    let _one = SERIAL.lock().await;
    let folders = Folders::new();
    let (data, config) = (&folders.data, &folders.config);
    let add = |uri: &str| added_id(&cli(data.path(), &["add", uri]));
    let github = add("otpauth://totp/GitHub:alice?secret=JBSWY3DPEHPK3PXP&issuer=GitHub");
    let acme = add("otpauth://totp/Acme%20Corp:bob?secret=JBSWY3DPEHPK3PXQ&issuer=Acme%20Corp");
    let gmail = add("otpauth://totp/carol%40gmail.com?secret=JBSWY3DPEHPK3PXR");
    let app = launch(data.path(), config.path()).await;
    app.wait_text("#accounts li:first-child .issuer", "GitHub")
        .await;

    let (kind, fill, _) = avatar(&app, &github).await;
    assert_eq!(kind, "github");
    assert_eq!(fill.as_deref(), Some("#181717"), "GitHub's brand colour");
    let (kind, fill, _) = avatar(&app, &gmail).await;
    assert_eq!(kind, "gmail", "found by the address's domain");
    assert!(fill.is_some());
    let (kind, fill, text) = avatar(&app, &acme).await;
    assert_eq!(kind, "letter");
    assert_eq!(fill, None);
    assert_eq!(text.trim(), "A");
    app.screenshot("icons").await;

    // Another icon of the set for Acme, from its card's dialog.
    app.card_action(&acme, "tags").await;
    app.el("#icon-select option[value='gitlab']").await;
    app.el("#icon-select")
        .await
        .select_by_value("gitlab")
        .await
        .unwrap();
    app.click("#tags-form button[type='submit']").await;
    let start = Instant::now();
    while avatar(&app, &acme).await.0 != "gitlab" {
        assert!(
            start.elapsed() < Duration::from_secs(15),
            "the chosen icon is not shown"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let list: serde_json::Value =
        serde_json::from_str(&cli(data.path(), &["list", "--json"])).unwrap();
    let icons: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["icon"].as_str().unwrap())
        .collect();
    assert!(icons.contains(&"gitlab"), "{icons:?}");
    app.screenshot("icon-chosen").await;

    // Back to automatic: the letter again.
    app.card_action(&acme, "tags").await;
    app.el("#icon-select")
        .await
        .select_by_value("")
        .await
        .unwrap();
    app.click("#tags-form button[type='submit']").await;
    let start = Instant::now();
    while avatar(&app, &acme).await.0 != "letter" {
        assert!(
            start.elapsed() < Duration::from_secs(15),
            "automatic is not shown"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    app.close().await;
}

/// Waits until account `id`'s avatar is of `kind`.
async fn wait_avatar(app: &App, id: &str, kind: &str) {
    let start = Instant::now();
    while avatar(app, id).await.0 != kind {
        assert!(
            start.elapsed() < Duration::from_secs(15),
            "the avatar never became {kind}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The account's icon and tags as `list --json` gives them.
fn icon_and_tags(data: &std::path::Path, issuer: &str) -> (String, serde_json::Value) {
    let list: serde_json::Value = serde_json::from_str(&cli(data, &["list", "--json"])).unwrap();
    let account = list
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["issuer"] == issuer)
        .unwrap()
        .clone();
    (
        account["icon"].as_str().unwrap().to_string(),
        account["tags"].clone(),
    )
}

/// Closes the dialog with Escape, as a user would after reading its error.
async fn close_by_escape(app: &App) {
    let focused = app.client.active_element().await.unwrap();
    focused.send_keys("\u{E00C}").await.unwrap();
    let start = Instant::now();
    while app
        .client
        .execute(
            "return document.getElementById('tags-dialog').open;",
            vec![],
        )
        .await
        .unwrap()
        == json!(true)
    {
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "Escape left the dialog open"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Opens the account's dialog, gives it an image file and tags, and saves; returns the
/// dialog's error text once the save has answered (empty when it was saved).
async fn save_image(app: &App, id: &str, file: &std::path::Path, tags: &str) -> String {
    app.card_action(id, "tags").await;
    app.type_into("#icon-file", file.to_str().unwrap()).await;
    app.type_into("#tags-input", tags).await;
    app.click("#tags-form button[type='submit']").await;
    let start = Instant::now();
    loop {
        let v = app
            .client
            .execute(
                "return [document.getElementById('tags-dialog').open,
                         document.getElementById('tags-error').innerText];",
                vec![],
            )
            .await
            .unwrap();
        let (open, error): (bool, String) = serde_json::from_value(v).unwrap();
        if !open || !error.is_empty() {
            return error;
        }
        assert!(
            start.elapsed() < Duration::from_secs(15),
            "the save never answered"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn an_image_file_becomes_the_icon_and_hostile_or_huge_ones_are_refused_in_the_dialog() {
    let _one = SERIAL.lock().await;
    let folders = Folders::new();
    let (data, config) = (&folders.data, &folders.config);
    let corp = added_id(&cli(
        data.path(),
        &[
            "add",
            "otpauth://totp/Corp:ann?secret=JBSWY3DPEHPK3PXP&issuer=Corp",
        ],
    ));
    let files = tempfile::tempdir().unwrap();
    let png = files.path().join("logo.png");
    image::RgbaImage::from_fn(300, 300, |x, y| {
        image::Rgba([(x % 255) as u8, (y % 255) as u8, 160, 255])
    })
    .save(&png)
    .unwrap();
    let app = launch(data.path(), config.path()).await;
    app.wait_text("#accounts li:first-child .issuer", "Corp")
        .await;
    assert_eq!(avatar(&app, &corp).await.0, "letter");

    let error = save_image(&app, &corp, &png, "mine").await;
    assert_eq!(error, "", "the PNG is refused");
    wait_avatar(&app, &corp, "image").await;
    let v = app
        .client
        .execute(
            "const i = document.querySelector(arguments[0]);
             return i ? [i.complete, i.naturalWidth, i.naturalHeight, i.src.slice(0, 22)] : null;",
            vec![json!(format!("li[data-id='{corp}'] .avatar img"))],
        )
        .await
        .unwrap();
    assert_eq!(
        v,
        json!([true, 64, 64, "data:image/png;base64,"]),
        "the card shows the image, fitted into 64 pixels"
    );
    assert_eq!(
        icon_and_tags(data.path(), "Corp"),
        ("image".into(), json!(["mine"]))
    );
    app.screenshot("icon-image").await;

    let ns = r#"xmlns="http://www.w3.org/2000/svg""#;
    let hostile = [
        (
            "script.svg",
            format!(r#"<svg {ns}><script>alert(1)</script><rect width="4" height="4"/></svg>"#),
            "<script>",
        ),
        (
            "outside.svg",
            format!(r#"<svg {ns}><image href="https://example.com/t.png" width="4"/></svg>"#),
            "outside the file",
        ),
    ];
    for (name, text, reason) in hostile {
        let file = files.path().join(name);
        std::fs::write(&file, text).unwrap();
        let error = save_image(&app, &corp, &file, "changed").await;
        assert!(error.contains(reason), "{name}: {error}");
        app.screenshot(&format!("icon-refused-{name}")).await;
        close_by_escape(&app).await;
        assert_eq!(
            icon_and_tags(data.path(), "Corp"),
            ("image".into(), json!(["mine"])),
            "{name}: nothing changed"
        );
    }
    let huge = files.path().join("huge.png");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(20 * 1024 * 1024)
        .unwrap();
    let error = save_image(&app, &corp, &huge, "changed").await;
    assert!(error.contains("too large"), "{error}");
    close_by_escape(&app).await;
    assert_eq!(
        icon_and_tags(data.path(), "Corp"),
        ("image".into(), json!(["mine"]))
    );
    assert_eq!(avatar(&app, &corp).await.0, "image");
    app.close().await;
}
