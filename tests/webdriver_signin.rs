//! Signing in from the real window (tauri-driver and WebKitWebDriver under Xvfb, as
//! `tests/webdriver/`) against the sandbox's Auth plugin: a profile that signs in is
//! made in the servers view with no token, signed in with a password (the field cleared
//! at once), used to enroll, signed out, then signed in again with the second factor
//! answered by this app's own code and by a recovery code. Screenshot `signin`.
#![allow(dead_code, unused_imports)]

include!("common/webdriver.rs");

const ROW: &str = "li.server[data-name='work']";

async fn sign_in(app: &App, method: &str) -> String {
    app.click(&format!(
        "{ROW} button[aria-label='Sign in to server work']"
    ))
    .await;
    app.wait_text("#signin-title", "Sign in to work").await;
    app.el("#signin-method")
        .await
        .select_by_value(method)
        .await
        .unwrap();
    app.type_into("#signin-password", identity_sandbox::config::DEMO_PASSWORD)
        .await;
    app.click("#signin-submit").await;
    let note = app
        .wait_text("#servers-note", "Signed in to work as John Doe")
        .await;
    let left = app
        .client
        .execute(
            "return [document.getElementById('signin-password').value, document.getElementById('signin-panel').hidden]",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        left,
        json!(["", true]),
        "the password is cleared, the panel closed"
    );
    app.wait_text(ROW, "Signed in as John Doe").await;
    note
}

async fn sign_out(app: &App) {
    app.click(&format!(
        "{ROW} button[aria-label='Sign out of server work']"
    ))
    .await;
    app.wait_text("#servers-note", "Signed out of work").await;
    app.wait_text(ROW, "Signed out").await;
}

async fn close(app: &App, dialog: &str) {
    app.client
        .execute(
            &format!("document.getElementById('{dialog}').close()"),
            vec![],
        )
        .await
        .unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn a_profile_signs_in_enrolls_and_signs_in_again_with_the_apps_own_code() {
    let _one = SERIAL.lock().await;
    let folders = Folders::new();
    let (url, _sandbox) =
        identity_sandbox::start_in_background(identity_sandbox::Config::default()).unwrap();
    let app = launch(folders.data.path(), folders.config.path()).await;

    // A Lerian profile that signs in: sign-in URL and username, no token, no user id.
    app.click("#open-servers").await;
    app.type_into("#s-name", "work").await;
    app.type_into("#s-url", &url).await;
    app.type_into("#s-auth-url", &format!("{url}/auth")).await;
    app.type_into("#s-login", identity_sandbox::config::DEMO_USERNAME)
        .await;
    app.click("#server-submit").await;
    app.wait_text(ROW, "Signed out · username johndoe").await;

    sign_in(&app, "app").await;
    // The user id came from the server; the status is read with the session's token.
    app.wait_text(ROW, "019c96a0-0c21-71f9-a487-66a1258278a1")
        .await;
    app.wait_text(&format!("{ROW} .server-status"), "MFA not enabled")
        .await;
    close(&app, "servers-dialog").await;

    app.click("#open-enroll").await;
    app.el("#enroll-server")
        .await
        .select_by_value("work")
        .await
        .unwrap();
    app.click("#enroll-start").await;
    app.wait_text("#enroll-status", "MFA enabled (app)").await;
    close(&app, "enroll-dialog").await;

    app.click("#open-servers").await;
    // The list is made anew on opening: wait for the new one (it knows MFA is on).
    app.wait_text(&format!("{ROW} .server-status"), "MFA enabled (app)")
        .await;
    sign_out(&app).await;
    let note = sign_in(&app, "app").await;
    assert!(
        note.contains("Answered the second factor with your code for Lerian:"),
        "{note}"
    );
    sign_out(&app).await;
    let note = sign_in(&app, "recovery").await;
    assert!(note.contains("Spent a recovery code of Lerian:"), "{note}");
    assert!(note.contains("8 of 10 left"), "{note}");
    app.client
        .execute(
            "document.getElementById('servers-title').scrollIntoView()",
            vec![],
        )
        .await
        .unwrap();
    app.screenshot("signin").await;

    // A wrong password: the server's refusal, with its code, and still signed out.
    sign_out(&app).await;
    app.click(&format!(
        "{ROW} button[aria-label='Sign in to server work']"
    ))
    .await;
    app.type_into("#signin-password", "not-the-password").await;
    app.screenshot("signin-panel").await;
    app.click("#signin-submit").await;
    let err = app
        .wait_text("#signin-error", "refused the username or password")
        .await;
    assert!(err.contains("AUT-1002"), "{err}");
    app.wait_text(ROW, "Signed out").await;
    app.close().await;
}
