//! Guards `type` in a Wayland session (issue 15 §4) on a real headless sway
//! (`.ci/wayland-session.sh`, no X server at all): foot terminals stand in for a
//! browser's sign-in page (their title names the site; they have the focus and write
//! every character their keyboard gives to a file), and the CLI finds the focused window
//! through sway's foreign-toplevel protocol and types through its virtual-keyboard one.
//! The code the title names is typed, a named account's too, Steam's letters as well;
//! with no window focused, with the app's own window focused
//! (a foot with its app_id, either the program's name or Tauri's identifier) or a title
//! naming no account, nothing is typed. Skipped, saying why, only where sway,
//! the portals or foot are not installed (`.ci/deps.sh` installs them).

mod common;

use std::path::Path;
use std::process::Command;

const ACME: &str = "otpauth://totp/Acme:ana?secret=JBSWY3DPEHPK3PXP&issuer=Acme";
const STEAM: &str = "otpauth://totp/Steam:me?secret=63BEDWCQZKTQWPESARIERL5DTTQFCJTK&encoder=steam";

/// Runs inside the session: `$0` the CLI, `$1` a folder for the windows' files, `$2` and
/// `$3` the accounts (with `typed` and `cli` of [`common::TYPING_SH`]). Each step prints one
/// line the test reads.
const SCRIPT: &str = r#"set -u
command -v foot >/dev/null || { echo "foot is not installed" >&2; exit 77; }
bin=$0 dir=$1
export SWAYSOCK=$(ls "$(dirname "$WAYLAND_DISPLAY")"/sway-ipc.*.sock | head -n 1)
# A foot window titled $1 (app_id $2) whose terminal writes each character typed into
# $dir/$3 at once; returns when it has the focus and listens.
window() {
  foot --title "$1" --app-id "$2" sh -c 'stty -icanon -echo; exec cat > "$0"' "$dir/$3" \
    >/dev/null 2>&1 &
  for i in $(seq 200); do
    if [ -e "$dir/$3" ] && swaymsg -t get_tree -r \
      | jq -e --arg t "$1" '[recurse(.nodes[]?) | select(.focused and .name == $t)] | length == 1' \
      >/dev/null; then
      return 0
    fi
    sleep 0.1
  done
  echo "the window $1 never had the focus" >&2
  exit 1
}
"$bin" add "$2" >/dev/null 2>&1 && "$bin" add "$3" >/dev/null 2>&1 || exit 1

# No window at all: nothing focused, nothing typed.
cli type acme
echo "none: rc=$rc $said"

window "Sign in to Acme — Mozilla Firefox" org.mozilla.firefox acme
before=$("$bin" code acme)
cli type
echo "title: rc=$rc $said; typed $(typed acme 6); codes $before $("$bin" code acme)"

: > "$dir/acme"
before=$("$bin" code acme)
cli type acme
echo "named: rc=$rc $said; typed $(typed acme 6); codes $before $("$bin" code acme)"

: > "$dir/acme"
before=$("$bin" code steam)
cli type steam
echo "steam: rc=$rc $said; typed $(typed acme 5); codes $before $("$bin" code steam)"

window "MFA Companion" mfa-companion-desktop own
cli type acme
sleep 0.5
echo "own: rc=$rc $said; typed [$(cat "$dir/own")]"

# Tauri's identifier, the app_id GTK gives a window of a GtkApplication; its title names
# Acme, and still nothing is typed.
window "Acme — MFA Companion" io.github.mfa-companion own2
cli type
sleep 0.5
echo "own2: rc=$rc $said; typed [$(cat "$dir/own2")]"

window "Inbox — Thunderbird" thunderbird mail
cli type
sleep 0.5
echo "other: rc=$rc $said; typed [$(cat "$dir/mail")]"
"#;

#[test]
fn type_fills_the_focused_wayland_window_with_the_code_its_title_names() {
    let dir = tempfile::tempdir().unwrap();
    let script = common::typing_script(SCRIPT);
    let out = Command::new(Path::new(env!("CARGO_MANIFEST_DIR")).join(".ci/wayland-session.sh"))
        .args(["--", "sh", "-c", &script, common::BIN])
        .arg(dir.path())
        .args([ACME, STEAM])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    if out.status.code() == Some(77) {
        eprintln!("skipped: no Wayland test session here: {stderr}");
        return;
    }
    assert!(out.status.success(), "{stdout}\n{stderr}");
    eprintln!("{stdout}");

    // Nothing focused: refused, as on X11 (nothing is typed blind).
    let none = common::line(&stdout, "none");
    assert!(
        none.contains("[keyboard.no_title]") && !none.starts_with("rc=0"),
        "{none}"
    );

    // The title names Acme: its code; named: whatever the title; Steam: capital letters.
    common::assert_typed(&stdout, "title", "Acme:ana");
    common::assert_typed(&stdout, "named", "Acme:ana");
    common::assert_typed(&stdout, "steam", "Steam:me");

    // The app's own window (its app_id): refused, nothing typed.
    let own = common::line(&stdout, "own");
    assert!(
        own.contains("[keyboard.own_window]") && !own.starts_with("rc=0"),
        "{own}"
    );
    assert!(own.ends_with("typed []"), "{own}");
    let own2 = common::line(&stdout, "own2");
    assert!(
        own2.contains("[keyboard.own_window]") && own2.ends_with("typed []"),
        "{own2}"
    );

    // A title naming no account: the quick search instead (its window may not be built
    // here), nothing typed.
    let other = common::line(&stdout, "other");
    assert!(
        other.contains(
            "no account's issuer is in the focused window's title: opening the quick search"
        ),
        "{other}"
    );
    assert!(other.ends_with("typed []"), "{other}");
}
