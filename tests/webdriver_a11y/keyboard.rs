//! The keyboard-only walk: add, copy, remove, with a visible focus ring.

use super::*;

/// The focused element as "tag#id.class[aria-label] text", and whether a focus ring shows.
async fn focused(app: &App) -> (String, bool) {
    let v = app
        .client
        .execute(
            r#"const e = document.activeElement; const s = getComputedStyle(e);
               return [`${e.tagName.toLowerCase()}#${e.id}.${e.className}[${e.getAttribute("aria-label") || ""}] ${(e.innerText || "").trim().slice(0, 40)}`,
                       s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0];"#,
            vec![],
        )
        .await
        .unwrap();
    (v[0].as_str().unwrap().to_string(), v[1] == json!(true))
}

/// Tabs until the focused element's description contains `want` (at most 40 presses),
/// checking the focus ring at each stop.
async fn tab_to(app: &App, want: &str) {
    for _ in 0..40 {
        press(app, TAB).await;
        let (now, ring) = focused(app).await;
        assert!(ring, "no visible focus ring on {now}");
        if now.contains(want) {
            return;
        }
    }
    panic!("Tab never reached {want}");
}

#[tokio::test(flavor = "multi_thread")]
async fn the_keyboard_alone_adds_an_account_copies_its_code_and_removes_it() {
    let _one = SERIAL.lock().await;
    let folders = Folders::new();
    let (data, config) = (&folders.data, &folders.config);
    let app = launch(data.path(), config.path()).await;
    // The window has the keyboard (Xvfb has no window manager to give it).
    let ids = Command::new("xdotool")
        .args(["search", "--classname", "mfa-companion-desktop"])
        .output()
        .unwrap();
    for id in String::from_utf8_lossy(&ids.stdout).lines() {
        let _ = Command::new("xdotool")
            .args(["windowfocus", "--sync", id])
            .status();
    }
    let has = app
        .client
        .execute("return document.hasFocus()", vec![])
        .await
        .unwrap();
    assert_eq!(has, json!(true), "the window has the keyboard focus");
    app.client
        .execute(
            "document.activeElement && document.activeElement.blur()",
            vec![],
        )
        .await
        .unwrap();
    tab_to(&app, "#open-add").await;
    press(&app, ENTER).await;
    let (now, _) = focused(&app).await;
    assert!(
        now.contains("#add-uri"),
        "Add opens on its link field, not {now}"
    );
    press(
        &app,
        "otpauth://totp/Keys:kim?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Keys",
    )
    .await;
    press(&app, ENTER).await;
    app.wait_rows(1).await;
    let open = app
        .client
        .execute(
            "return document.querySelectorAll('dialog[open]').length",
            vec![],
        )
        .await
        .unwrap();
    if open != json!(0) {
        press(&app, ESCAPE).await;
    }
    tab_to(&app, "Copy code").await;
    press(&app, ENTER).await;
    let code = cli(data.path(), &["code", "keys"]).trim().to_string();
    let start = Instant::now();
    loop {
        let copied = arboard::Clipboard::new()
            .ok()
            .and_then(|mut c| c.get_text().ok())
            .unwrap_or_default();
        if copied == code {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "Enter on the code copied {copied:?}, not {code:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // T on the code says the time left once, in the status line screen readers read out.
    press(&app, "t").await;
    let json: serde_json::Value =
        serde_json::from_str(&cli(data.path(), &["code", "keys", "--json"])).unwrap();
    let remaining = json["remaining"].as_i64().unwrap();
    let said = app.text("#status").await;
    let seconds: i64 = said
        .split_whitespace()
        .find_map(|w| w.parse().ok())
        .unwrap_or_else(|| panic!("no seconds in {said:?}"));
    assert!(
        said.starts_with("Keys kim: the code changes in") && (seconds - remaining).abs() <= 2,
        "T said {said:?}; the code has {remaining} s left"
    );
    tokio::time::sleep(Duration::from_millis(2100)).await;
    assert_eq!(
        app.text("#status").await,
        said,
        "not re-announced by itself"
    );
    tab_to(&app, "Actions for Keys").await;
    press(&app, ENTER).await;
    for _ in 0..12 {
        let (now, _) = focused(&app).await;
        if now.to_lowercase().contains("remove") {
            break;
        }
        press(&app, DOWN).await;
    }
    let (now, _) = focused(&app).await;
    assert!(
        now.to_lowercase().contains("remove"),
        "the menu's Remove is reached, not {now}"
    );
    press(&app, ENTER).await;
    app.el("#remove-dialog[open]").await;
    tab_to(&app, "#remove-confirm").await;
    press(&app, ENTER).await;
    let start = Instant::now();
    while app.rows().await > 0 {
        assert!(start.elapsed() < Duration::from_secs(10), "the card stays");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    app.screenshot("keyboard-walk").await;
    app.close().await;
}
