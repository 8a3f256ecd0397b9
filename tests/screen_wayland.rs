//! Guards `add --from-screen` in a Wayland session (issue 15 §1): a real headless sway
//! shows a QR code (its output background), and the CLI gets the screen through the real
//! xdg-desktop-portal and xdg-desktop-portal-wlr (`.ci/wayland-session.sh`, a private bus
//! and keyring of its own). The account is added with the right code, and the portal's
//! file is gone afterwards. A picture put on the Wayland clipboard (wl-copy, through
//! sway's data-control) is read by `add --from-clipboard` with no X server at all.
//! Without a portal on the bus the scan says what to do instead.
//! The session test is skipped, saying why, only where sway or the portals are not
//! installed (`.ci/deps.sh` installs them).

mod common;

use std::path::Path;
use std::process::Command;

use common::onscreen::qr_png;
use mfa_companion::otpauth;

const ACME: &str = "otpauth://totp/Acme:ana?secret=JBSWY3DPEHPK3PXP&issuer=Acme";
const AT: &str = "1700000000";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// Runs `sh -c SCRIPT BIN ARG` in a headless Wayland session (with `bg` as the screen's
/// picture): its stdout and stderr after it succeeded, or `None` (said) where no session
/// can run here.
fn in_session(bg: Option<&Path>, script: &str, arg: &Path) -> Option<(String, String)> {
    let mut cmd = Command::new(root().join(".ci/wayland-session.sh"));
    if let Some(bg) = bg {
        cmd.arg("--bg").arg(bg);
    }
    let out = cmd
        .args(["--", "sh", "-c", script, common::BIN])
        .arg(arg)
        .output()
        .unwrap();
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    if out.status.code() == Some(77) {
        eprintln!("skipped: no Wayland test session here: {stderr}");
        return None;
    }
    assert!(out.status.success(), "{stdout}\n{stderr}");
    Some((stdout, stderr))
}

/// The script printed `added Acme:ana` and `code: ` with Acme's code at [`AT`].
fn assert_acme_added(stdout: &str, stderr: &str) {
    assert!(stdout.contains("added Acme:ana"), "{stdout}\n{stderr}");
    let parsed = otpauth::parse(ACME).unwrap();
    let want = mfa_companion::otp::code_at(&parsed.params, &parsed.secret, 1_700_000_000).code;
    assert!(
        stdout.contains(&format!("code: {want}")),
        "{stdout}\n{stderr}"
    );
}

#[test]
fn a_qr_code_on_a_wayland_screen_is_added_through_the_screenshot_portal() {
    let dir = tempfile::tempdir().unwrap();
    let png = dir.path().join("qr.png");
    qr_png(ACME, 6, &png);
    // xdg-desktop-portal-wlr 0.7 has grim write the screenshot here.
    let portal_file = "/tmp/out.png";
    // The background may be drawn a moment late on a busy machine: a few tries.
    let script = format!(
        r#"set -e
for try in 1 2 3 4 5; do
  if "$0" add --from-screen -y 2>"$1"; then break; fi
  cat "$1" >&2
  grep -q 'screen.no_qr_code' "$1" && [ "$try" -lt 5 ] || exit 1
  sleep 1
done
echo "code: $("$0" code acme --at {AT})"
if [ -e {portal_file} ]; then echo "portal file left"; fi"#
    );
    let Some((stdout, stderr)) = in_session(Some(&png), &script, &dir.path().join("err")) else {
        return;
    };
    assert_acme_added(&stdout, &stderr);
    assert!(!stdout.contains("portal file left"), "{stdout}");
}

#[test]
fn without_a_portal_on_the_bus_the_scan_says_to_paste_or_import_instead() {
    let data = tempfile::tempdir().unwrap();
    // A private bus with no service activation: nothing answers for the portal.
    let out = Command::new("dbus-run-session")
        .arg(format!(
            "--config-file={}",
            root().join(".ci/dbus-session.conf").display()
        ))
        .args(["--", common::BIN, "add", "--from-screen", "-y"])
        .env("WAYLAND_DISPLAY", "wayland-mfa-test-none")
        .env("XDG_SESSION_TYPE", "wayland")
        .env_remove("DISPLAY")
        .env("XDG_DATA_HOME", data.path())
        .output()
        .unwrap();
    let err = text(&out.stderr);
    assert!(!out.status.success());
    assert!(err.contains("[screen.no_portal]"), "{err}");
    assert!(
        err.contains("--from-clipboard") && err.contains("import FILE"),
        "{err}"
    );
}

#[test]
fn a_qr_code_on_the_wayland_clipboard_is_added_without_an_x_server() {
    let dir = tempfile::tempdir().unwrap();
    let png = dir.path().join("qr.png");
    qr_png(ACME, 5, &png);
    // wl-copy serves the picture from the background until the session ends.
    let script = format!(
        r#"set -e
command -v wl-copy >/dev/null || {{ echo "wl-copy is not installed" >&2; exit 77; }}
wl-copy --type image/png < "$1"
[ -z "${{DISPLAY:-}}" ] || {{ echo "DISPLAY is set" >&2; exit 1; }}
"$0" add --from-clipboard -y
echo "code: $("$0" code acme --at {AT})""#
    );
    let Some((stdout, stderr)) = in_session(None, &script, &png) else {
        return;
    };
    assert_acme_added(&stdout, &stderr);
}
