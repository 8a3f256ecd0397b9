//! Guards the window's languages (issue 20 §1) in the real window (tauri-driver and
//! WebKitWebDriver under Xvfb): launched in a Brazilian Portuguese session
//! (`LC_ALL=pt_BR.UTF-8`) the page says `lang="pt-BR"`, every marked text and attribute
//! is the catalogue's Portuguese, and numbers follow Portuguese rules; the language
//! chosen in Settings (German here) wins over the session's. Screenshots go to `test-artifacts/` (the README's Portuguese one).
#![allow(dead_code, unused_imports)]

include!("common/webdriver.rs");

/// Message `id` of `lang`'s `ui.ftl`, when it is one line of plain text.
fn message(lang: &str, id: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join(format!("src-tauri/i18n/locales/{lang}/ui.ftl"));
    let text = std::fs::read_to_string(&path).unwrap();
    let prefix = format!("{id} = ");
    text.lines()
        .find_map(|l| l.strip_prefix(&prefix))
        .unwrap_or_else(|| panic!("{lang}: no {id}"))
        .trim()
        .to_string()
}

async fn js(app: &App, script: &str) -> serde_json::Value {
    app.client.execute(script, vec![]).await.unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_brazilian_session_gets_the_window_in_portuguese() {
    let _one = SERIAL.lock().await;
    let folders = Folders::new();
    let (data, config) = (&folders.data, &folders.config);
    cli(
        data.path(),
        &[
            "add",
            "otpauth://totp/Alpha:ann?secret=JBSWY3DPEHPK3PXP&issuer=Alpha",
        ],
    );
    let app = launch_env(data.path(), config.path(), &[("LC_ALL", "pt_BR.UTF-8")]).await;
    app.wait_rows(1).await;
    assert_eq!(
        js(&app, "return document.documentElement.lang").await,
        json!("pt-BR")
    );
    assert_eq!(app.text("#open-add").await, message("pt-BR", "header-add"));
    assert_ne!(message("pt-BR", "header-add"), message("en", "header-add"));
    assert_eq!(
        js(
            &app,
            "return document.getElementById('open-add').getAttribute('aria-label')"
        )
        .await,
        json!(message("pt-BR", "header-add-label"))
    );
    // Every marked element shows its Portuguese text: none is left with an id or empty.
    let untranslated = js(
        &app,
        r#"const cat = []; for (const el of document.querySelectorAll("[data-i18n]"))
             if (!el.textContent.trim() || el.textContent === el.dataset.i18n) cat.push(el.dataset.i18n);
           return cat;"#,
    )
    .await;
    assert_eq!(
        untranslated,
        json!([]),
        "marked elements without their text"
    );
    // Plurals and numbers: Portuguese counts 0 and 1 as singular; 1234 as 1.234.
    let formatted = js(
        &app,
        r#"return import("./i18n.js").then(m => [m.lang(), new Intl.NumberFormat(m.lang()).format(1234)]);"#,
    )
    .await;
    assert_eq!(formatted, json!(["pt-BR", "1.234"]));
    app.click("#open-settings").await;
    assert_eq!(
        app.text("#settings-title").await,
        message("pt-BR", "settings-title")
    );
    app.screenshot("language-pt-BR-settings").await;
    app.close_dialogs().await;
    app.screenshot("language-pt-BR").await;
    app.close().await;

    // German chosen in Settings wins over the session's Portuguese.
    std::fs::create_dir_all(config.path().join("mfa-companion")).unwrap();
    std::fs::write(
        config.path().join("mfa-companion/settings.json"),
        r#"{"language": "de"}"#,
    )
    .unwrap();
    let app = launch_env(data.path(), config.path(), &[("LC_ALL", "pt_BR.UTF-8")]).await;
    app.wait_rows(1).await;
    assert_eq!(
        js(&app, "return document.documentElement.lang").await,
        json!("de")
    );
    assert_eq!(app.text("#open-add").await, message("de", "header-add"));
    app.close().await;
}

/// The pids of running app windows (the desktop binary).
fn desktop_pids() -> Vec<u32> {
    let out = Command::new("pgrep")
        .args(["-f", DESKTOP])
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| l.trim().parse().ok())
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_language_chosen_in_settings_restarts_the_window_in_it() {
    let _one = SERIAL.lock().await;
    let folders = Folders::new();
    let (data, config) = (&folders.data, &folders.config);
    cli(
        data.path(),
        &[
            "add",
            "otpauth://totp/Alpha:ann?secret=JBSWY3DPEHPK3PXP&issuer=Alpha",
        ],
    );
    let app = launch_env(data.path(), config.path(), &[("LC_ALL", "C.UTF-8")]).await;
    app.wait_rows(1).await;
    assert_eq!(
        js(&app, "return document.documentElement.lang").await,
        json!("en")
    );
    let before = desktop_pids();
    assert_eq!(before.len(), 1, "one window runs: {before:?}");
    app.click("#open-settings").await;
    // Choosing French: the choice is saved and the window starts again (a new process).
    let _ = app
        .client
        .execute(
            r#"const s = document.getElementById("settings-language");
               s.value = "fr"; s.dispatchEvent(new Event("change"));"#,
            vec![],
        )
        .await;
    let start = Instant::now();
    let restarted = loop {
        let now = desktop_pids();
        if let [pid] = now[..] {
            if pid != before[0] {
                break pid;
            }
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "no new window process: before {before:?}, now {now:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    let settings =
        std::fs::read_to_string(config.path().join("mfa-companion/settings.json")).unwrap();
    let settings: serde_json::Value = serde_json::from_str(&settings).unwrap();
    assert_eq!(settings["language"], "fr");
    // The new process shows a window of its own (mapped, with the app's class).
    let start = Instant::now();
    while !Command::new("xdotool")
        .args(["search", "--onlyvisible", "--pid", &restarted.to_string()])
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
    {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "the restarted app shows no window"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    drop(app);
    let _ = Command::new("kill").arg(restarted.to_string()).status();
    // Opened again, the window is French (the setting wins over the session's English).
    let app = launch_env(data.path(), config.path(), &[("LC_ALL", "C.UTF-8")]).await;
    app.wait_rows(1).await;
    assert_eq!(
        js(&app, "return document.documentElement.lang").await,
        json!("fr")
    );
    assert_eq!(app.text("#open-add").await, message("fr", "header-add"));
    app.close().await;
}
