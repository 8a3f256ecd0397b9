//! End to end in the real window: tauri-driver + WebKitWebDriver drive the app under Xvfb
//! (see `.ci/session.sh`). Guards:
//! the same code as the CLI; another data folder's accounts not shown; add by
//! link (with the inline error for a bad one) and by QR image file; search, copy and the
//! clipboard's automatic clearing; HOTP "next code"; the lock screen. Enrollment is in
//! `tests/webdriver_enroll.rs`. Each test saves a screenshot to `test-artifacts/`.

include!("common/webdriver.rs");

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

/// Checks that the window shows the code the CLI prints for `id`, comparing away from a
/// period boundary so that both read the same period.
async fn shows_the_clis_code(app: &App, data: &std::path::Path, id: &str) {
    let mut tries = 0;
    loop {
        let (code, left) = shown(&app.client, id).await;
        if left < 3 {
            tokio::time::sleep(Duration::from_secs(left + 1)).await;
            continue;
        }
        let from_cli = cli(data, &["code", id]).trim().to_string();
        if code == from_cli {
            return;
        }
        tries += 1;
        assert!(tries < 3, "window shows {code:?}, CLI prints {from_cli:?}");
    }
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
async fn adding_by_link_and_by_qr_image_shows_the_right_codes_and_a_bad_link_is_explained() {
    let _one = SERIAL.lock().await;
    let folders = Folders::new();
    let (data, config) = (&folders.data, &folders.config);
    let app = launch(data.path(), config.path()).await;
    assert!(
        app.el("#empty")
            .await
            .attr("hidden")
            .await
            .unwrap()
            .is_none(),
        "the empty state shows"
    );
    app.click("#empty-add").await;
    app.type_into(
        "#add-uri",
        "otpauth://totp/Bad:x?secret=JBSWY3DPEHPK3PXP&digits=12",
    )
    .await;
    app.click("#add-uri-submit").await;
    let err = app.wait_text("#add-uri-error", "digits").await;
    assert_eq!(
        app.el("#add-uri-error")
            .await
            .attr("data-code")
            .await
            .unwrap()
            .as_deref(),
        Some("uri.digits"),
        "{err}"
    );
    app.type_into(
        "#add-uri",
        "otpauth://totp/Linked:alice?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Linked",
    )
    .await;
    app.click("#add-uri-submit").await;
    app.wait_text("#accounts", "Linked").await;

    // A QR image file, decoded in Rust.
    app.add_qr_file(
        data.path(),
        "qr.png",
        "otpauth://totp/Scanned:bob?secret=JBSWY3DPEHPK3PXP&issuer=Scanned",
    )
    .await;
    app.wait_text("#accounts", "Scanned").await;
    assert_eq!(app.rows().await, 2);

    // A Google Authenticator export QR code adds its accounts; its link, pasted again,
    // finds them stored already.
    let fixtures = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import");
    let migration = std::fs::read_to_string(fixtures.join("google-migration.txt")).unwrap();
    let first = migration.lines().next().unwrap();
    app.add_qr_file(data.path(), "migration.png", first).await;
    app.wait_text("#accounts", "ACME Co").await;
    assert_eq!(app.rows().await, 3);
    app.click("#open-add").await;
    app.click("#tab-uri").await;
    app.type_into("#add-uri", first).await;
    app.click("#add-uri-submit").await;
    app.wait_text("#add-uri-error", "already stored").await;
    app.client
        .execute("document.getElementById('add-dialog').close()", vec![])
        .await
        .unwrap();

    // Each row's code is the core's code at that moment.
    let list: serde_json::Value =
        serde_json::from_str(&cli(data.path(), &["list", "--json"])).unwrap();
    for a in list.as_array().unwrap() {
        let id = a["id"].as_str().unwrap();
        let (code, left) = shown(&app.client, id).await;
        if left >= 3 {
            assert_eq!(
                code,
                cli(data.path(), &["code", id]).trim(),
                "{}",
                a["issuer"]
            );
        }
    }
    app.screenshot("added").await;
    app.close().await;
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

#[tokio::test(flavor = "multi_thread")]
async fn the_form_explains_each_bad_field_and_the_window_works_by_keyboard_and_at_200_percent() {
    let _one = SERIAL.lock().await;
    let folders = Folders::new();
    let (data, config) = (&folders.data, &folders.config);
    let app = launch(data.path(), config.path()).await;
    app.click("#open-add").await;
    app.click("#tab-manual").await;
    // Only the fields the chosen type uses are shown.
    for (kind, want) in [
        ("hotp", [true, true, false, true]),
        ("steam", [false, false, true, false]),
        ("totp", [true, true, true, false]),
    ] {
        app.el("#m-kind").await.select_by_value(kind).await.unwrap();
        let shown = app
            .client
            .execute(
                "return ['m-algorithm', 'm-digits', 'm-period', 'm-counter']
                   .map((id) => document.getElementById(id).getClientRects().length > 0);",
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(
            shown,
            json!(want),
            "{kind}: algorithm, digits, period, counter"
        );
    }
    app.type_into("#m-issuer", "Form").await;
    app.type_into("#m-account", "me").await;
    app.type_into("#m-secret", "not base32!").await;
    app.click("#manual-submit").await;
    app.wait_text(".field-error[data-for='secret.invalid']", "base32")
        .await;
    let invalid = app
        .el("#m-secret")
        .await
        .attr("aria-invalid")
        .await
        .unwrap();
    assert_eq!(invalid.as_deref(), Some("true"));
    app.type_into("#m-secret", "JBSWY3DPEHPK3PXP").await;
    app.type_into("#m-digits", "9").await;
    app.click("#manual-submit").await;
    app.wait_text(".field-error[data-for='params.digits']", "digits")
        .await;
    app.screenshot("form-errors").await;
    app.type_into("#m-digits", "8").await;
    app.click("#manual-submit").await;
    app.wait_text("#accounts", "Form").await;
    let list = cli(data.path(), &["list", "--json"]);
    assert!(list.contains("\"digits\": 8"), "{list}");

    // Keyboard only: the code is a button; Enter on it copies.
    app.client
        .execute(
            "document.querySelector('li.account button.code').focus()",
            vec![],
        )
        .await
        .unwrap();
    app.client
        .active_element()
        .await
        .unwrap()
        .send_keys(&Key::Enter.to_string())
        .await
        .unwrap();
    app.wait_text("#toast", "Copied Form me").await;

    // At 200% zoom nothing needs horizontal scrolling.
    let fits = app
        .client
        .execute(
            "document.documentElement.style.zoom = '2';
             return document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1;",
            vec![],
        )
        .await
        .unwrap();
    app.screenshot("zoom-200").await;
    assert_eq!(fits, json!(true), "the layout overflows at 200%");
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn importing_shows_a_preview_to_tick_asks_for_the_password_and_export_writes_a_backup() {
    let _one = SERIAL.lock().await;
    let folders = Folders::new();
    let (data, config) = (&folders.data, &folders.config);
    let fixtures = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import");
    let app = launch(data.path(), config.path()).await;

    // From the empty state: an encrypted Aegis file asks for its password.
    app.click("#empty-import").await;
    let aegis = fixtures.join("aegis-encrypted.json");
    app.type_into("#import-path", aegis.to_str().unwrap()).await;
    app.click("#import-read").await;
    app.wait_text("#import-error", "encrypted").await;
    app.type_into("#import-password", "wrong horse").await;
    app.click("#import-read").await;
    app.wait_text("#import-error", "wrong password").await;
    app.type_into("#import-password", "correct horse").await;
    app.click("#import-read").await;
    let summary = app
        .wait_text("#import-summary", "5 new, 0 already stored, 1 that cannot")
        .await;
    assert!(summary.contains("encrypted aegis"), "{summary}");
    assert!(app.text("#import-rows").await.contains("YANDEX"));
    // Untick Bank:bob, import the other four.
    app.client
        .execute(
            "document.querySelector(\"input[aria-label='Import Bank:bob']\").click()",
            vec![],
        )
        .await
        .unwrap();
    app.click("#import-commit").await;
    app.wait_text("#toast", "Imported 4 accounts").await;
    app.wait_text("#accounts", "Forge").await;
    assert_eq!(app.rows().await, 4);
    app.screenshot("imported").await;
    let listed = cli(data.path(), &["list", "--json"]);
    assert!(
        !listed.contains("\"Bank\""),
        "the unticked entry was not imported"
    );

    // The same file again: everything ticked before is a duplicate now.
    app.click("#open-import").await;
    app.type_into("#import-path", aegis.to_str().unwrap()).await;
    app.click("#import-read").await;
    app.wait_text("#import-error", "encrypted").await;
    app.type_into("#import-password", "correct horse").await;
    app.click("#import-read").await;
    app.wait_text("#import-summary", "1 new, 4 already stored")
        .await;
    app.click("#import-back").await;
    app.client
        .execute("document.getElementById('import-dialog').close()", vec![])
        .await
        .unwrap();

    // Export an encrypted backup; the passwords must match.
    let out = data.path().join("window.backup");
    app.click("#open-export").await;
    app.type_into("#export-password", "pw one").await;
    app.type_into("#export-password2", "pw two").await;
    app.type_into("#export-path", out.to_str().unwrap()).await;
    app.click("#export-submit").await;
    app.wait_text("#export-error", "differ").await;
    app.type_into("#export-password2", "pw one").await;
    app.click("#export-submit").await;
    app.wait_text("#export-result", "Exported 4 accounts").await;
    app.close().await;

    // The backup opens with that password and holds the four accounts.
    let bytes = std::fs::read(&out).unwrap();
    let parsed = mfa_companion::import_export::read(
        &bytes,
        mfa_companion::import_export::Format::Backup,
        Some("pw one"),
    )
    .unwrap();
    assert_eq!(parsed.entries.len(), 4);
}

/// Runs the CLI with `input` on stdin; the output, whatever the exit status.
fn cli_stdin(data: &std::path::Path, args: &[&str], input: &str) -> std::process::Output {
    let mut child = Command::new(BIN)
        .args(args)
        .env("XDG_DATA_HOME", data)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(child.stdin.as_mut().unwrap(), input.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

/// Turns the app lock off again when the test ends, even when it fails: enabling it took
/// the vault key, which every test's folder shares, out of the session keychain.
struct LockOff<'a>(&'a std::path::Path, &'a str);

impl Drop for LockOff<'_> {
    fn drop(&mut self) {
        let _ = cli_stdin(self.0, &["lock", "disable"], &format!("{}\n", self.1));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_lock_screen_hides_every_code_and_the_password_opens_it() {
    let _one = SERIAL.lock().await;
    let folders = Folders::new();
    let (data, config) = (&folders.data, &folders.config);
    let id = added_id(&cli(
        data.path(),
        &[
            "add",
            "otpauth://totp/Locked:me?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Locked",
        ],
    ));
    let out = cli_stdin(
        data.path(),
        &["lock", "enable", "--idle-minutes", "5"],
        "pw-window\n",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let _off = LockOff(data.path(), "pw-window");
    cli(data.path(), &["lock", "now"]);

    let app = launch(data.path(), config.path()).await;
    app.wait_text("#lock-title", "locked").await;
    assert_eq!(app.rows().await, 0, "rows shown while locked");
    let page = app.client.source().await.unwrap();
    assert!(
        !page.contains("Locked"),
        "an account name is in the locked page"
    );

    // A wrong password is said, and nothing opens.
    app.type_into("#lock-password", "wrong").await;
    app.click("#lock-screen button").await;
    app.wait_text("#lock-error", "wrong password").await;
    assert_eq!(app.rows().await, 0);

    // The right one shows the codes, the same as the CLI's.
    app.type_into("#lock-password", "pw-window").await;
    app.click("#lock-screen button").await;
    app.el(&format!("li[data-id='{id}']")).await;
    shows_the_clis_code(&app, data.path(), &id).await;
    app.screenshot("unlocked").await;

    // `lock now` elsewhere closes the window's view within its 5-second check.
    cli(data.path(), &["lock", "now"]);
    let start = Instant::now();
    while app.rows().await > 0 {
        assert!(
            start.elapsed() < Duration::from_secs(8),
            "codes still shown after lock now"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    app.wait_text("#lock-title", "locked").await;
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn settings_turn_on_verified_backups_that_follow_each_change() {
    let _one = SERIAL.lock().await;
    let folders = Folders::new();
    let (data, config) = (&folders.data, &folders.config);
    cli(
        data.path(),
        &[
            "add",
            "otpauth://totp/Backed:up?secret=JBSWY3DPEHPK3PXP&issuer=Backed",
        ],
    );
    let target = tempfile::tempdir().unwrap();
    let dir = target.path().join("synced");
    let app = launch(data.path(), config.path()).await;
    app.click("#open-settings").await;
    app.wait_text("#backup-state", "Off.").await;
    app.type_into("#backup-dir", dir.to_str().unwrap()).await;
    app.type_into("#backup-keep", "3").await;
    app.type_into("#backup-password", "backup pw").await;
    app.type_into("#backup-password2", "other").await;
    app.click("#backup-save").await;
    app.wait_text("#backup-error", "differ").await;
    app.type_into("#backup-password2", "backup pw").await;
    app.click("#backup-save").await;
    app.wait_text("#backup-state", "Last verified backup").await;
    assert!(app.text("#backup-state").await.contains("(1 account)."));
    app.screenshot("backups-on").await;
    let files = || {
        std::fs::read_dir(&dir)
            .map(|r| r.filter_map(Result::ok).count())
            .unwrap_or(0)
    };
    assert_eq!(files(), 1);
    // A change made elsewhere brings a new backup, without the window.
    cli(
        data.path(),
        &[
            "add",
            "otpauth://totp/Second:one?secret=JBSWY3DPEHPK3PXQ&issuer=Second",
        ],
    );
    let start = Instant::now();
    while files() < 2 {
        assert!(
            start.elapsed() < Duration::from_secs(15),
            "no backup after the change"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    app.click("#backup-off").await;
    app.wait_text("#backup-state", "Off.").await;
    assert_eq!(files(), 2, "turning backups off keeps the files");
    app.close().await;
}
