//! Guards `add --from-screen` and `add --from-clipboard` (issue 15 §1–2) on a real X
//! server (the test session's Xvfb): this test puts QR codes on the screen in windows of
//! its own (x11rb) or an image on the real clipboard (arboard), then runs the CLI.
//! Accounts found are added with the right codes, light-on-dark and several codes at once
//! are read, a web link is described and skipped, a Google Authenticator export says
//! which batch it is, nothing on screen is a clear error, and without -y off a terminal
//! nothing is added.

mod common;

use std::sync::Mutex;

use common::onscreen::{on_clipboard, show};
use common::Env;
use mfa_companion::import_export::google;
use mfa_companion::otpauth;

/// One test at a time: they share the screen.
static SCREEN: Mutex<()> = Mutex::new(());

const ACME: &str = "otpauth://totp/Acme:ana?secret=JBSWY3DPEHPK3PXP&issuer=Acme";
const BETA: &str =
    "otpauth://totp/Beta:bo?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Beta&digits=8";

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn add_from(env: &Env, args: &[&str]) -> (bool, String, String) {
    let mut all = vec!["add"];
    all.extend_from_slice(args);
    let out = env.run(&all);
    (
        out.status.success(),
        text(&out.stdout),
        common::stderr(&out),
    )
}

/// The code the CLI shows for `account` at `t`, and the code of `uri` at `t`.
fn codes_agree(env: &Env, account: &str, uri: &str) {
    let t = "1700000000";
    let shown = env.ok(&["code", account, "--at", t]);
    let parsed = otpauth::parse(uri).unwrap();
    let want = mfa_companion::otp::code_at(&parsed.params, &parsed.secret, 1_700_000_000).code;
    assert_eq!(shown.trim(), want, "{account}");
}

#[test]
fn a_qr_code_on_screen_is_listed_then_added_with_its_code() {
    let _one = SCREEN.lock().unwrap_or_else(|p| p.into_inner());
    let env = Env::new();
    let _shown = show(&[(ACME, 300, 200, 4, false)]);
    // Off a terminal and without -y: listed, nothing added.
    let (ok, out, err) = add_from(&env, &["--from-screen"]);
    assert!(!ok && err.contains("[cli.confirm]"), "{out}{err}");
    assert!(
        out.contains("found 1 account(s):") && out.contains("Acme (ana), TOTP"),
        "{out}"
    );
    assert!(env.list().is_empty());
    let (ok, out, err) = add_from(&env, &["--from-screen", "-y"]);
    assert!(ok, "{err}");
    assert!(out.contains("added Acme:ana"), "{out}");
    codes_agree(&env, "acme", ACME);
    // Scanned again: named as already stored, nothing added.
    let (ok, out, _) = add_from(&env, &["--from-screen", "-y"]);
    assert!(
        ok && out.contains("already stored: Acme:ana") && out.contains("nothing new"),
        "{out}"
    );
    assert_eq!(env.list().len(), 1);
}

#[test]
fn several_codes_light_on_dark_and_a_web_link_are_told_apart() {
    let _one = SCREEN.lock().unwrap_or_else(|p| p.into_inner());
    let env = Env::new();
    let _shown = show(&[
        (ACME, 40, 40, 3, false),
        (BETA, 500, 60, 3, true),
        ("https://example.com/welcome", 300, 600, 3, false),
    ]);
    let (ok, out, err) = add_from(&env, &["--from-screen", "-y"]);
    assert!(ok, "{err}");
    assert!(
        out.contains("skipped a QR code holding a web address (example.com)"),
        "{out}"
    );
    assert!(
        out.contains("added Acme:ana") && out.contains("added Beta:bo"),
        "{out}"
    );
    codes_agree(&env, "beta", BETA);
}

#[test]
fn a_google_authenticator_export_says_which_batch_was_scanned() {
    let _one = SCREEN.lock().unwrap_or_else(|p| p.into_inner());
    let env = Env::new();
    let accounts: Vec<_> = (0..12)
        .map(|i| {
            otpauth::parse(&format!(
                "otpauth://totp/Team:user{i}?secret=JBSWY3DPEHPK3PX{}&issuer=Team",
                (b'A' + i as u8) as char
            ))
            .unwrap()
        })
        .collect();
    let refs: Vec<_> = accounts.iter().collect();
    let batches = google::encode_batches(&refs, 7);
    assert_eq!(batches.len(), 2);
    let _shown = show(&[(&batches[0], 100, 100, 3, false)]);
    let (ok, out, err) = add_from(&env, &["--from-screen", "-y"]);
    assert!(ok, "{err}");
    assert!(
        out.contains("batch 1 of 2 scanned; show the next code"),
        "{out}"
    );
    let first = env.list().len();
    assert!((1..12).contains(&first), "{first} of 12 in the first part");
    // The site shows the second part: the rest come, and the batch is said complete.
    drop(_shown);
    let _shown = show(&[(&batches[1], 300, 120, 3, false)]);
    let (ok, out, err) = add_from(&env, &["--from-screen", "-y"]);
    assert!(ok, "{err}");
    assert!(out.contains("batch 2 of 2"), "{out}");
    assert_eq!(env.list().len(), 12);
}

/// A 4K screen of its own (Xvfb on a free display), ended when dropped.
struct Screen4k(std::process::Child, String);

impl Drop for Screen4k {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn screen_4k() -> Screen4k {
    for n in 140..200 {
        if std::path::Path::new(&format!("/tmp/.X11-unix/X{n}")).exists() {
            continue;
        }
        let display = format!(":{n}");
        let child = std::process::Command::new("Xvfb")
            .args([
                display.as_str(),
                "-screen",
                "0",
                "3840x2160x24",
                "-nolisten",
                "tcp",
                // No reset when the last client leaves: the wait below is a client.
                "-noreset",
            ])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("Xvfb is installed (README test command)");
        let start = std::time::Instant::now();
        while x11rb::connect(Some(&display)).is_err() {
            assert!(
                start.elapsed() < std::time::Duration::from_secs(10),
                "Xvfb {display}"
            );
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        return Screen4k(child, display);
    }
    panic!("no free X display number");
}

#[test]
fn a_small_code_among_other_content_on_a_4k_screen_is_found() {
    let _one = SCREEN.lock().unwrap_or_else(|p| p.into_inner());
    let env = Env::new();
    let screen = screen_4k();
    let small = "otpauth://totp/Tiny:t?secret=JBSWY3DPEHPK3PXP&issuer=Tiny";
    let (modules, _) = common::onscreen::modules(small);
    // About 150 pixels wide with its quiet zone, far from the corner, beside a larger
    // code of a web link (other content that holds a QR code too).
    let scale = (150 / (modules + 8)).max(1);
    let _shown = common::onscreen::show_on(
        Some(&screen.1),
        &[
            (small, 2900, 1700, scale, false),
            ("https://example.com/welcome", 400, 300, 6, false),
        ],
    );
    let out = env
        .cmd(&["add", "--from-screen", "-y"])
        .env("DISPLAY", &screen.1)
        .output()
        .unwrap();
    let (stdout, stderr) = (text(&out.stdout), common::stderr(&out));
    assert!(out.status.success(), "{stdout}{stderr}");
    assert!(stdout.contains("added Tiny:t"), "{stdout}");
    assert!(
        stdout.contains("example.com"),
        "the link is described: {stdout}"
    );
    codes_agree(&env, "tiny", small);
}

#[test]
fn an_empty_screen_and_an_empty_clipboard_are_clear_errors() {
    let _one = SCREEN.lock().unwrap_or_else(|p| p.into_inner());
    let env = Env::new();
    let (ok, _, err) = add_from(&env, &["--from-screen", "-y"]);
    assert!(!ok && err.contains("[screen.no_qr_code]"), "{err}");
    assert!(err.contains("no QR code found on screen"), "{err}");
    let mut clip = arboard::Clipboard::new().unwrap();
    clip.set_text("not an image").unwrap();
    let (ok, _, err) = add_from(&env, &["--from-clipboard", "-y"]);
    assert!(!ok && err.contains("[screen.no_clipboard_image]"), "{err}");
    assert!(env.list().is_empty());
}

#[test]
fn a_screenshot_on_the_clipboard_is_added() {
    let _one = SCREEN.lock().unwrap_or_else(|p| p.into_inner());
    let env = Env::new();
    // The clipboard is served by this process while `clip` lives.
    let clip = on_clipboard(ACME, 5);
    let (ok, out, err) = add_from(&env, &["--from-clipboard", "-y"]);
    assert!(ok, "{err}");
    assert!(out.contains("added Acme:ana"), "{out}");
    codes_agree(&env, "acme", ACME);
    drop(clip);
}
