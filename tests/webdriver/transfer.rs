//! Import (a preview to tick, the password asked) and export from the window.

use super::*;

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
