//! axe-core on every screen, in both themes, and on the lock screen.

use super::*;

/// Every screen of the window, audited.
async fn audit_screens(app: &App, id: &str, theme: &str, found: &mut Vec<String>) {
    audit(app, &format!("{theme} list"), found).await;
    app.click(&format!("li[data-id='{id}'] button.more")).await;
    audit(app, &format!("{theme} card menu"), found).await;
    press(app, ESCAPE).await;
    app.click("#open-add").await;
    for tab in ["uri", "qr", "scan", "manual"] {
        app.click(&format!("#tab-{tab}")).await;
        audit(app, &format!("{theme} add, {tab} tab"), found).await;
    }
    close_dialogs(app).await;
    for (button, screen) in [
        ("#open-import", "import"),
        ("#open-export", "export"),
        ("#open-settings", "settings"),
        ("#open-servers", "servers"),
        ("#open-enroll", "enrollment"),
    ] {
        app.click(button).await;
        audit(app, &format!("{theme} {screen}"), found).await;
        close_dialogs(app).await;
    }
    for action in ["tags", "recovery", "qr", "remove"] {
        app.card_action(id, action).await;
        audit(app, &format!("{theme} {action} dialog"), found).await;
        close_dialogs(app).await;
    }
}
#[tokio::test(flavor = "multi_thread")]
async fn every_screen_passes_axe_core_in_the_light_and_the_dark_theme() {
    let _one = SERIAL.lock().await;
    let folders = Folders::new();
    let (data, config) = (&folders.data, &folders.config);
    let id = added_id(&cli(
        data.path(),
        &[
            "add",
            "otpauth://totp/Alpha:ann?secret=JBSWY3DPEHPK3PXP&issuer=Alpha",
        ],
    ));
    cli(
        data.path(),
        &[
            "add",
            "otpauth://hotp/Beta:bo?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Beta&counter=3",
        ],
    );
    cli(data.path(), &["tag", "alpha", "+work"]);
    cli(data.path(), &["pin", "alpha"]);
    let app = launch(data.path(), config.path()).await;
    app.wait_rows(2).await;
    let mut found = Vec::new();
    for theme in ["light", "dark"] {
        choose_theme(&app, theme).await;
        let bg = app
            .client
            .execute(
                "return getComputedStyle(document.body).backgroundColor",
                vec![],
            )
            .await
            .unwrap();
        let want = if theme == "dark" {
            "rgb(22, 24, 31)"
        } else {
            "rgb(246, 247, 251)"
        };
        assert_eq!(bg, json!(want), "{theme} theme's background");
        audit_screens(&app, &id, theme, &mut found).await;
        app.screenshot(&format!("theme-{theme}")).await;
    }
    assert!(
        found.is_empty(),
        "axe-core violations:\n{}",
        found.join("\n")
    );
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_lock_screen_passes_axe_core() {
    let _one = SERIAL.lock().await;
    let folders = Folders::new();
    let (data, config) = (&folders.data, &folders.config);
    cli(
        data.path(),
        &[
            "add",
            "otpauth://totp/Locked:me?secret=JBSWY3DPEHPK3PXP&issuer=Locked",
        ],
    );
    let enable = Command::new(BIN)
        .args(["lock", "enable", "--idle-minutes", "5"])
        .env("XDG_DATA_HOME", data.path())
        .stdin(Stdio::piped())
        .spawn();
    let mut child = enable.unwrap();
    std::io::Write::write_all(child.stdin.as_mut().unwrap(), b"pw-a11y\n").unwrap();
    let _ = child.wait();
    struct Off<'a>(&'a std::path::Path);
    impl Drop for Off<'_> {
        fn drop(&mut self) {
            let mut c = Command::new(BIN)
                .args(["lock", "disable"])
                .env("XDG_DATA_HOME", self.0)
                .stdin(Stdio::piped())
                .spawn()
                .unwrap();
            let _ = std::io::Write::write_all(c.stdin.as_mut().unwrap(), b"pw-a11y\n");
            let _ = c.wait();
        }
    }
    let _off = Off(data.path());
    cli(data.path(), &["lock", "now"]);
    let app = launch(data.path(), config.path()).await;
    app.wait_text("#lock-title", "locked").await;
    let mut found = Vec::new();
    audit(&app, "lock screen", &mut found).await;
    assert!(
        found.is_empty(),
        "axe-core violations:\n{}",
        found.join("\n")
    );
    app.close().await;
}
