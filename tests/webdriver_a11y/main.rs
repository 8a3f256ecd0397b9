//! Guards the window's accessibility (issue 20 §2) in the real window (tauri-driver and
//! WebKitWebDriver under Xvfb). `screens.rs`: axe-core (the npm package `tests/a11y/`
//! installs) runs inside the page on every screen (the list, a card's menu, each dialog
//! and each tab of Add, the lock screen), in the light and the dark theme chosen in
//! Settings, and must find no violation of WCAG 2.x A/AA (contrast included).
//! `keyboard.rs`: a keyboard-only walk (Tab, Enter, Escape, arrows and typing; no click)
//! adds an account, copies its code and removes it, with a visible focus ring at every
//! step. `theme.rs`: the desktop's dark preference from the Settings portal.
//! `text_size.rs`: text at twice the desktop's size is not cut.

#![allow(dead_code, unused_imports)]

include!("../common/webdriver.rs");
include!("../common/axe.rs");

const TAB: &str = "\u{E004}";
const ENTER: &str = "\u{E007}";
const ESCAPE: &str = "\u{E00C}";
const DOWN: &str = "\u{E015}";

async fn close_dialogs(app: &App) {
    app.close_dialogs().await;
}

async fn choose_theme(app: &App, theme: &str) {
    app.click("#open-settings").await;
    app.click(&format!("#settings-theme option[value='{theme}']"))
        .await;
    let start = Instant::now();
    loop {
        let now = app
            .client
            .execute(
                "return document.documentElement.dataset.theme || ''",
                vec![],
            )
            .await
            .unwrap();
        if now == json!(theme) {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "the theme stays {now}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    close_dialogs(app).await;
}

/// Presses `key` in the focused element.
async fn press(app: &App, key: &str) {
    app.client
        .active_element()
        .await
        .unwrap()
        .send_keys(key)
        .await
        .unwrap();
}

mod keyboard;
mod screens;
mod text_size;
mod theme;
