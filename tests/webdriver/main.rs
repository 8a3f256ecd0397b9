//! End to end in the real window: tauri-driver + WebKitWebDriver drive the app under Xvfb
//! (see `.ci/session.sh`), one module a part of the window: the codes (`codes.rs`: the
//! same code as the CLI, another data folder's accounts not shown, the countdown, search,
//! copy and the clipboard's automatic clearing, HOTP "next code"), adding (`adding.rs`: by
//! link, with the inline error for a bad one, and by QR image file; the form's errors, the
//! keyboard, 200 % zoom), import and export (`transfer.rs`), the lock screen and verified
//! backups (`lock.rs`). Enrollment is in `tests/webdriver_enroll.rs`. Each test saves a
//! screenshot to `test-artifacts/`.

include!("../common/webdriver.rs");

mod adding;
mod codes;
mod lock;
mod transfer;

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
