//! Adding an account in the window: by link, by QR image file, and the form's errors.

use super::*;

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
