//! Guards the window's accessibility (issue 20 §2) in the real window (tauri-driver and
//! WebKitWebDriver under Xvfb): axe-core (the npm package `tests/a11y/` installs) runs
//! inside the page on every screen (the list, a card's menu, each dialog and each tab of
//! Add, the lock screen), in the light and the dark theme chosen in Settings, and must
//! find no violation of WCAG 2.x A/AA (contrast included); a keyboard-only walk (Tab,
//! Enter, Escape, arrows and typing; no click) adds an account, copies its code and
//! removes it, with a visible focus ring at every step.
#![allow(dead_code, unused_imports)]

include!("common/webdriver.rs");
include!("common/axe.rs");

const TAB: &str = "\u{E004}";
const ENTER: &str = "\u{E007}";
const ESCAPE: &str = "\u{E00C}";
const DOWN: &str = "\u{E015}";

async fn close_dialogs(app: &App) {
    app.close_dialogs().await;
}

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

/// This test's stand-in for the desktop's settings portal: `color-scheme` as GNOME and
/// KDE publish it (1: prefer dark).
struct Portal(u32);

#[zbus::interface(name = "org.freedesktop.portal.Settings")]
impl Portal {
    fn read_one(
        &self,
        namespace: String,
        key: String,
    ) -> zbus::fdo::Result<zbus::zvariant::OwnedValue> {
        if namespace == "org.freedesktop.appearance" && key == "color-scheme" {
            Ok(zbus::zvariant::OwnedValue::from(self.0))
        } else {
            Err(zbus::fdo::Error::Failed(format!("no {namespace} {key}")))
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_desktop_preference_from_the_settings_portal_chooses_the_theme_unless_overridden() {
    let _one = SERIAL.lock().await;
    let folders = Folders::new();
    let (data, config) = (&folders.data, &folders.config);
    let portal = zbus::connection::Builder::session()
        .unwrap()
        .name("org.freedesktop.portal.Desktop")
        .unwrap()
        .serve_at("/org/freedesktop/portal/desktop", Portal(1))
        .unwrap()
        .build()
        .await
        .unwrap();
    let app = launch(data.path(), config.path()).await;
    let theme = || async {
        app.client
            .execute(
                "return document.documentElement.dataset.theme || ''",
                vec![],
            )
            .await
            .unwrap()
    };
    let start = Instant::now();
    while theme().await != json!("dark") {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "the desktop prefers dark: {}",
            theme().await
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // The user's choice wins over the desktop's.
    choose_theme(&app, "light").await;
    let saved = std::fs::read_to_string(config.path().join("mfa-companion/settings.json")).unwrap();
    assert!(saved.contains("\"theme\": \"light\""), "{saved}");
    // Back to the desktop's: dark again.
    app.click("#open-settings").await;
    app.click("#settings-theme option[value='system']").await;
    let start = Instant::now();
    while theme().await != json!("dark") {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "back to the desktop's dark"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    app.close().await;
    drop(portal);
}

/// Elements whose text is cut at the page's current size: clipped boxes (overflow hidden
/// or clip, no ellipsis) holding more than they show, and a page wider than the window.
async fn clipped(app: &App) -> Vec<String> {
    let v = app
        .client
        .execute(
            r#"const out = [];
               if (document.scrollingElement.scrollWidth > window.innerWidth + 1)
                 out.push(`the page scrolls sideways: ${document.scrollingElement.scrollWidth} > ${window.innerWidth}`);
               for (const el of document.querySelectorAll("body *")) {
                 if (!el.offsetParent && getComputedStyle(el).position !== "fixed") continue;
                 const s = getComputedStyle(el);
                 const hides = ["hidden", "clip"].includes(s.overflowX) || ["hidden", "clip"].includes(s.overflowY);
                 if (!hides || s.textOverflow === "ellipsis" || !el.textContent.trim()) continue;
                 if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
                   out.push(`${el.tagName.toLowerCase()}#${el.id}.${el.className}: ${el.scrollWidth}x${el.scrollHeight} in ${el.clientWidth}x${el.clientHeight}`);
               }
               return out;"#,
            vec![],
        )
        .await
        .unwrap();
    v.as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap_or_default().to_string())
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn text_at_twice_the_desktops_size_is_not_cut() {
    let _one = SERIAL.lock().await;
    let folders = Folders::new();
    let (data, config) = (&folders.data, &folders.config);
    let id = added_id(&cli(
        data.path(),
        &[
            "add",
            "otpauth://totp/Example%20Company:someone.with.a.long.name@example.com?secret=JBSWY3DPEHPK3PXP&issuer=Example%20Company",
        ],
    ));
    cli(data.path(), &["tag", &id, "+work", "+personal"]);
    let app = launch(data.path(), config.path()).await;
    app.wait_rows(1).await;
    // The desktop's text scaling reaches WebKit as a larger default font; 200% of it.
    app.client
        .execute("document.documentElement.style.fontSize = '200%'", vec![])
        .await
        .unwrap();
    let mut found = Vec::new();
    for (button, screen) in [
        ("", "list"),
        ("#open-add", "add"),
        ("#open-settings", "settings"),
        ("#open-import", "import"),
        ("#open-export", "export"),
    ] {
        if !button.is_empty() {
            app.click(button).await;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
        for c in clipped(&app).await {
            found.push(format!("{screen}: {c}"));
        }
        close_dialogs(&app).await;
    }
    app.screenshot("text-200").await;
    assert!(found.is_empty(), "cut at 200%:\n{}", found.join("\n"));
    app.close().await;
}
