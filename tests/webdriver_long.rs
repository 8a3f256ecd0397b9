//! A long list in the real window (tauri-driver and WebKitWebDriver under Xvfb, as
//! `tests/webdriver/`): with hundreds of accounts only the items near the view take
//! part in layout (ui/listwindow.js), yet every account keeps its list item (named and
//! counted for screen readers), the scroll bar spans the whole list, scrolling does not
//! jump (nor when the last seconds of a period show on the cards), and a card far down is
//! reached by scrolling, by the search and by the keyboard.
#![allow(dead_code, unused_imports)]

include!("common/webdriver.rs");

const ACCOUNTS: usize = 300;

/// The list as the page has it: items in the DOM, shown (not filtered out), in layout,
/// the first in-layout item's aria-setsize, and the page's scroll height and position.
async fn list_state(app: &App) -> serde_json::Value {
    app.client
        .execute(
            "const all = [...document.querySelectorAll('#accounts li.account')];
             const shown = all.filter((li) => !li.hidden);
             const laid = shown.filter((li) => getComputedStyle(li).display !== 'none');
             return { all: all.length, shown: shown.length, laid: laid.length,
                      setsize: laid.length ? laid[0].getAttribute('aria-setsize') : null,
                      height: document.documentElement.scrollHeight, y: window.scrollY };",
            vec![],
        )
        .await
        .unwrap()
}

/// The id of the item in the middle of the view, once two frames have passed.
async fn middle_item(app: &App) -> String {
    app.client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             requestAnimationFrame(() => requestAnimationFrame(() => {
               const e = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
               const li = e && e.closest('li.account');
               done(li ? li.dataset.id : '');
             }));",
            vec![],
        )
        .await
        .unwrap()
        .as_str()
        .unwrap_or_default()
        .to_string()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_long_list_lays_out_only_what_is_near_the_view_and_reaches_every_card() {
    let _one = SERIAL.lock().await;
    let folders = Folders::new();
    let (data, config) = (&folders.data, &folders.config);
    let list = folders.data.path().join("long.txt");
    let uris: Vec<String> = (0..ACCOUNTS)
        .map(|i| {
            let (a, b) = (
                (b'A' + (i / 26 % 26) as u8) as char,
                (b'A' + (i % 26) as u8) as char,
            );
            let c = (b'A' + (i / 676) as u8) as char;
            format!(
                "otpauth://totp/Long{i:03}:u{i}?secret=JBSWY3DP{c}HPK{a}{b}XP&issuer=Long{i:03}&period=10"
            )
        })
        .collect();
    std::fs::write(&list, uris.join("\n")).unwrap();
    cli(data.path(), &["import", list.to_str().unwrap()]);
    let app = launch(data.path(), config.path()).await;
    app.wait_rows(ACCOUNTS).await;

    // Every account has its item; few are laid out; the scroll bar spans them all.
    let s = list_state(&app).await;
    assert_eq!(s["all"], ACCOUNTS, "{s}");
    let laid = s["laid"].as_u64().unwrap();
    assert!(
        laid > 5 && laid < 120,
        "{laid} items in layout of {ACCOUNTS}: {s}"
    );
    assert_eq!(s["setsize"], ACCOUNTS.to_string(), "{s}");
    let height = s["height"].as_u64().unwrap();
    assert!(
        height > ACCOUNTS as u64 * 62,
        "the page is {height} px high: {s}"
    );
    app.screenshot("long-list-top").await;

    // Scrolled to the middle, the item there stays there (no jump as the window moves).
    app.client
        .execute("window.scrollTo(0, arguments[0])", vec![json!(height / 2)])
        .await
        .unwrap();
    let middle = middle_item(&app).await;
    assert!(!middle.is_empty(), "an account in the middle of the view");
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(
        middle_item(&app).await,
        middle,
        "the view moved under the user"
    );
    assert_eq!(list_state(&app).await["y"], height / 2);

    // Scrolled to the end, the last account is a card with the CLI's code.
    app.client
        .execute(
            "window.scrollTo(0, document.documentElement.scrollHeight)",
            vec![],
        )
        .await
        .unwrap();
    // (10-second periods: the last card may come in with an earlier period's code, and
    // must show the CLI's within moments; its seconds show in half of each period.)
    let last = format!("Long{:03}", ACCOUNTS - 1);
    let start = Instant::now();
    loop {
        let code = app
            .el("#accounts li:last-child button.code")
            .await
            .attr("data-code")
            .await
            .unwrap()
            .unwrap_or_default();
        let want = cli(
            data.path(),
            &["code", &last, "--at", &unix_now().to_string()],
        );
        if code == want.trim() {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(3),
            "the last card shows {code}, the CLI {want}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    // ... and in view: the room kept for the items out of layout was right.
    let gap = app
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             requestAnimationFrame(() => requestAnimationFrame(() => {
               const r = document.querySelector('#accounts li:last-child').getBoundingClientRect();
               done([r.top, r.bottom, innerHeight]);
             }));",
            vec![],
        )
        .await
        .unwrap();
    let (top, bottom, view) = (
        gap[0].as_f64().unwrap(),
        gap[1].as_f64().unwrap(),
        gap[2].as_f64().unwrap(),
    );
    assert!(
        top >= 0.0 && bottom <= view + 1.0,
        "the last card is at {top}..{bottom} of a {view} px view"
    );
    app.screenshot("long-list-end").await;

    // From the top, the search finds a far one; cleared, the whole list is back with the
    // same few items in layout.
    app.client
        .execute("window.scrollTo(0, 0)", vec![])
        .await
        .unwrap();
    app.type_into("#search", "Long250").await;
    app.wait_rows(1).await;
    app.el("#accounts li:not([hidden]) button.code").await;
    let s = list_state(&app).await;
    assert_eq!(
        (s["shown"].as_u64(), s["laid"].as_u64()),
        (Some(1), Some(1)),
        "{s}"
    );
    app.el("#search")
        .await
        .send_keys(&"\u{E003}".repeat("Long250".len()))
        .await
        .unwrap();
    app.wait_rows(ACCOUNTS).await;
    let s = list_state(&app).await;
    assert!(s["laid"].as_u64().unwrap() < 120, "{s}");

    // The keyboard: Tab from a card walks on through the list, past what was laid out at
    // first, without the focus leaving the list.
    app.client
        .execute("window.scrollTo(0, 0)", vec![])
        .await
        .unwrap();
    app.client
        .execute(
            "document.querySelector('#accounts li:first-child button.code').focus()",
            vec![],
        )
        .await
        .unwrap();
    let tabs_per_card = app
        .client
        .execute(
            "return document.querySelectorAll('#accounts li:first-child button').length;",
            vec![],
        )
        .await
        .unwrap()
        .as_u64()
        .unwrap();
    for _ in 0..(150 * tabs_per_card) {
        let e = app.client.active_element().await.unwrap();
        e.send_keys("\u{E004}").await.unwrap();
    }
    let focused = app
        .client
        .execute(
            "const li = document.activeElement.closest('li.account');
             return li ? [...li.parentElement.children].indexOf(li) : -1;",
            vec![],
        )
        .await
        .unwrap()
        .as_i64()
        .unwrap();
    assert_eq!(
        focused, 150,
        "150 cards on from the first, the focus is on item {focused}"
    );
    app.close().await;
}
