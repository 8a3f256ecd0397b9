//! The codes in the window: the same as the CLI's, their countdown, search and copy.

use super::*;

#[tokio::test(flavor = "multi_thread")]
async fn the_window_shows_the_same_code_as_the_cli() {
    let _one = SERIAL.lock().await;
    let folders = Folders::new();
    let (data, config) = (&folders.data, &folders.config);
    let added = cli(
        data.path(),
        &["add", "otpauth://totp/WebDriver:check?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=WebDriver"],
    );
    let id = added_id(&added);
    // An account added under another data folder (its own vault, the same keychain) is
    // not shown here, and leaves nothing to warn about.
    let other = Folders::new();
    let elsewhere = &other.data;
    let orphan_id = added_id(&cli(
        elsewhere.path(),
        &["add", "otpauth://totp/Elsewhere:x?secret=JBSWY3DPEHPK3PXP"],
    ));
    let app = launch(data.path(), config.path()).await;
    let status = app.text("#status").await;
    assert!(!status.contains("keychain item"), "{status:?}");
    let rows = app
        .client
        .find_all(Locator::Css(&format!("li[data-id='{orphan_id}']")))
        .await
        .unwrap();
    assert!(rows.is_empty(), "another folder's account is listed");
    shows_the_clis_code(&app, data.path(), &id).await;
    app.screenshot("main-window").await;
    // The page runs with the window's engine defaults: no JavaScript JIT (so no JIT
    // worker threads) and the system allocator.
    let webs = web_processes();
    assert_eq!(webs.len(), 1, "web processes: {webs:?}");
    let environ = std::fs::read(format!("/proc/{}/environ", webs[0])).unwrap();
    let environ: Vec<&[u8]> = environ.split(|b| *b == 0).collect();
    for var in [
        &b"JSC_useJIT=0"[..],
        b"Malloc=1",
        b"WEBKIT_DISABLE_COMPOSITING_MODE=1",
    ] {
        assert!(
            environ.contains(&var),
            "{} not set",
            String::from_utf8_lossy(var)
        );
    }
    let threads: Vec<String> = std::fs::read_dir(format!("/proc/{}/task", webs[0]))
        .unwrap()
        .filter_map(|t| std::fs::read_to_string(t.ok()?.path().join("comm")).ok())
        .collect();
    assert!(threads.iter().all(|t| !t.contains("JIT")), "{threads:?}");
    // A second launch hands over to the first window and exits; its `--add` (the
    // desktop file's "Add account" action) opens the first window's Add dialog.
    let mut second = Command::new(DESKTOP)
        .arg("--add")
        .env("XDG_DATA_HOME", data.path())
        .env("XDG_CONFIG_HOME", config.path())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let start = Instant::now();
    let status = loop {
        if let Some(s) = second.try_wait().unwrap() {
            break s;
        }
        if start.elapsed() > Duration::from_secs(15) {
            let _ = second.kill();
            panic!("a second instance kept running");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert!(status.success(), "{status}");
    assert_eq!(app.rows().await, 1, "the first window is still there");
    let mut add_open = false;
    for _ in 0..50 {
        let open = app
            .client
            .execute("return document.getElementById('add-dialog').open", vec![])
            .await
            .unwrap();
        if open == json!(true) {
            add_open = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(add_open, "a second launch with --add opened the Add dialog");
    app.client
        .execute("document.getElementById('add-dialog').close()", vec![])
        .await
        .unwrap();
    // Resizing saves the window's size and position for the next run.
    app.client.set_window_size(480, 700).await.unwrap();
    tokio::time::sleep(Duration::from_millis(1500)).await;
    app.client.set_window_size(470, 690).await.unwrap();
    tokio::time::sleep(Duration::from_millis(500)).await;
    app.close().await;
    // The window's size and position were saved for the next run.
    let saved = walk(config.path())
        .into_iter()
        .any(|p| p.to_string_lossy().contains("window-state"));
    assert!(saved, "no window state under {}", config.path().display());
    // The next run opens at that size (and is shown, see `try_launch`).
    let app = launch(data.path(), config.path()).await;
    let (_, _, width, height) = app.client.get_window_rect().await.unwrap();
    assert_eq!((width, height), (470, 690), "the saved size is restored");
    app.close().await;
    cli(data.path(), &["remove", &id, "--yes"]);
    cli(elsewhere.path(), &["remove", &orphan_id, "--yes"]);
}

/// What one row's countdown shows: (seconds left, ring step, seconds text hidden,
/// seconds text, ring class, code).
async fn countdown(app: &App, id: &str) -> (u64, u64, bool, String, String, String) {
    let v = app
        .client
        .execute(
            "const li = document.querySelector(`li[data-id='${arguments[0]}']`);
             const s = li.querySelector('.remaining'), ring = li.querySelector('.ring');
             return [Number(s.dataset.remaining), Number(ring.dataset.step), s.hidden,
                     s.textContent, ring.querySelector('.arc').getAttribute('class'),
                     li.querySelector('.code').dataset.code];",
            vec![json!(id)],
        )
        .await
        .unwrap();
    (
        v[0].as_u64().unwrap(),
        v[1].as_u64().unwrap(),
        v[2].as_bool().unwrap(),
        v[3].as_str().unwrap().to_owned(),
        v[4].as_str().unwrap().to_owned(),
        v[5].as_str().unwrap().to_owned(),
    )
}

#[tokio::test(flavor = "multi_thread")]
async fn the_countdown_ring_steps_every_two_seconds_then_counts_the_last_five_and_the_code_turns_over(
) {
    let _one = SERIAL.lock().await;
    let folders = Folders::new();
    let (data, config) = (&folders.data, &folders.config);
    let id = added_id(&cli(
        data.path(),
        &[
            "add",
            "otpauth://totp/Countdown:ring?secret=JBSWY3DPEHPK3PXP&issuer=Countdown",
        ],
    ));
    let app = launch(data.path(), config.path()).await;
    app.el(&format!("li[data-id='{id}'] .ring")).await;
    // Watch one whole period: the early phase, the last five seconds, and the turn-over.
    let (mut early, mut late, mut turned) = (false, false, false);
    let (_, _, _, _, _, first_code) = countdown(&app, &id).await;
    // The card's height in each phase: the last seconds must not make it grow (the list
    // would move under the user twice a period).
    let card_height = || async {
        app.client
            .execute(
                "return document.querySelector(`li[data-id='${arguments[0]}']`).getBoundingClientRect().height;",
                vec![json!(id)],
            )
            .await
            .unwrap()
            .as_f64()
            .unwrap()
    };
    let mut heights = std::collections::BTreeSet::new();
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(33) && !(early && late && turned) {
        let (left, step, hidden, text, class, code) = countdown(&app, &id).await;
        heights.insert(card_height().await as u64);
        if left <= 5 && !late {
            app.screenshot("last-five-seconds").await;
        }
        if left > 5 {
            early = true;
            assert_eq!(
                step % 2,
                0,
                "the ring moves in 2-second steps (left {left}, step {step})"
            );
            assert!(step == left || step == left + 1, "left {left}, step {step}");
            assert!(hidden, "the seconds are hidden with {left} s left");
            assert_eq!(class, "arc");
        } else {
            late = true;
            assert_eq!(step, left, "the ring moves each second in the last five");
            assert!(!hidden, "the seconds are shown with {left} s left");
            assert_eq!(text, format!("{left} s"));
            assert_eq!(class, "arc low");
        }
        if late && code != first_code && left > 5 {
            // The new period's code, updated in place, is the CLI's.
            let from_cli = cli(data.path(), &["code", &id]).trim().to_string();
            assert_eq!(code, from_cli);
            turned = true;
        }
        tokio::time::sleep(Duration::from_millis(400)).await;
    }
    assert!(
        early && late && turned,
        "early {early}, last five {late}, turned over {turned}"
    );
    assert_eq!(
        heights.len(),
        1,
        "the card's heights over a period: {heights:?}"
    );
    app.close().await;
    cli(data.path(), &["remove", &id, "--yes"]);
}

#[tokio::test(flavor = "multi_thread")]
async fn search_copies_the_first_match_and_the_clipboard_is_cleared() {
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
            "otpauth://totp/Beta:b?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Beta",
        ],
    ));
    cli(data.path(), &["add", "otpauth://hotp/Counter:c?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&counter=0&issuer=Counter"]);
    let app = launch(data.path(), config.path()).await;
    assert_eq!(app.rows().await, 3);
    // The clipboard delay is set in the Settings dialog (out of range first) and saved.
    app.click("#open-settings").await;
    app.type_into("#settings-clear", "0").await;
    app.click("#settings-save").await;
    app.wait_text("#settings-error", "between 1 and 3600").await;
    app.type_into("#settings-clear", "3").await;
    app.click("#settings-save").await;
    app.wait_text("#toast", "cleared after 3 s").await;
    let saved = std::fs::read_to_string(config.path().join("mfa-companion/settings.json")).unwrap();
    assert!(saved.contains("\"clipboard_clear_secs\": 3"), "{saved}");
    // "/" focuses the search field.
    app.el("body").await.send_keys("/").await.unwrap();
    let search = app.el("#search").await;
    search.send_keys("bet").await.unwrap();
    assert_eq!(app.rows().await, 1);
    // Wait for a fresh period so the copied code is still current when we read it.
    let (_, left) = shown(&app.client, &beta).await;
    if left < 4 {
        tokio::time::sleep(Duration::from_secs(left + 1)).await;
    }
    search.send_keys(&Key::Enter.to_string()).await.unwrap();
    app.wait_text("#toast", "cleared in 3 s").await;
    let expected = cli(data.path(), &["code", &beta]).trim().to_string();
    let mut clipboard = arboard::Clipboard::new().unwrap();
    assert_eq!(clipboard.get_text().unwrap_or_default(), expected);
    tokio::time::sleep(Duration::from_secs(5)).await;
    assert_ne!(
        clipboard.get_text().unwrap_or_default(),
        expected,
        "the code was cleared"
    );
    // Esc clears the search.
    search.send_keys(&Key::Escape.to_string()).await.unwrap();
    assert_eq!(app.rows().await, 3);
    // HOTP: "next code" shows counter 0's code (RFC 4226) and saves the counter first.
    let hotp = app.el("li.account button.next").await;
    hotp.click().await.unwrap();
    app.wait_text("#accounts", "755 224").await;
    let list = cli(data.path(), &["list", "--json"]);
    assert!(list.contains("\"counter\": 1"), "{list}");
    app.screenshot("search-copy-hotp").await;
    app.close().await;
}
