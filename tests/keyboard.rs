//! Guards `type` and the agent's global shortcuts (issue 15 §3–4) on a real X server
//! (the test session's Xvfb): a window of this test stands in for a browser's sign-in
//! page (its title names the site, it has the input focus and keeps the characters its
//! key events carry), the CLI and the agent type into it through XTEST, and `xdotool`
//! presses the shortcuts as a user would. The window's own side (Ctrl+Alt+M bringing up
//! the search, the app's window refused as a target) is in `tests/webdriver_keyboard.rs`.

mod common;

use common::desk::{assert_no_code_or_secret, now, Desk, SECRET};
use common::desktop::{bus, call};
use common::textfield;
use common::Env;

const STEAM: &str = "otpauth://totp/Steam:me?secret=63BEDWCQZKTQWPESARIERL5DTTQFCJTK&encoder=steam";

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// The codes of `account` from just before to just after `run` (a step may end between).
fn codes_around(env: &Env, account: &str, run: impl FnOnce()) -> Vec<String> {
    let at = |t: u64| {
        env.ok(&["code", account, "--at", &t.to_string()])
            .trim()
            .to_string()
    };
    let before = at(now());
    run();
    vec![before, at(now())]
}

#[test]
fn type_fills_the_focused_sign_in_field_with_the_code_its_title_names() {
    let env = Env::new();
    env.ok(&[
        "add",
        &format!("otpauth://totp/GitHub:alice?secret={SECRET}&issuer=GitHub"),
    ]);
    env.ok(&[
        "add",
        &format!("otpauth://totp/GitLab:bob?secret={SECRET}&issuer=GitLab&digits=8"),
    ]);
    env.ok(&["add", STEAM]);
    let field = textfield::open("Sign in to GitHub · GitHub — Mozilla Firefox", "Navigator");
    let mut out = None;
    let codes = codes_around(&env, "github", || out = Some(env.run(&["type"])));
    let out = out.unwrap();
    assert!(out.status.success(), "{}", common::stderr(&out));
    assert!(common::stderr(&out).contains("typed the code of GitHub:alice"));
    let typed = field.wait_len(6);
    assert!(codes.contains(&typed), "typed {typed:?}, codes {codes:?}");
    // Nothing of the code on the terminal.
    assert_no_code_or_secret(
        "the output",
        &(text(&out.stdout) + &common::stderr(&out)),
        &codes,
    );

    // Named: typed whatever the title says; 8 digits.
    field.clear();
    let codes = codes_around(&env, "gitlab", || drop(env.ok(&["type", "gitlab"])));
    let typed = field.wait_len(8);
    assert!(codes.contains(&typed), "typed {typed:?}, codes {codes:?}");

    // A Steam code: capital letters, typed with Shift.
    field.clear();
    let codes = codes_around(&env, "steam", || drop(env.ok(&["type", "steam"])));
    let typed = field.wait_len(5);
    assert!(codes.contains(&typed), "typed {typed:?}, codes {codes:?}");
    assert!(typed
        .chars()
        .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase()));
}

#[test]
fn type_refuses_the_apps_own_window_and_a_window_without_a_title() {
    let env = Env::new();
    env.ok(&[
        "add",
        &format!("otpauth://totp/GitHub:alice?secret={SECRET}&issuer=GitHub"),
    ]);
    let own = textfield::open("MFA Companion", "mfa-companion-desktop");
    let out = env.run(&["type", "github"]);
    assert!(!out.status.success());
    assert!(
        common::stderr(&out).contains("[keyboard.own_window]"),
        "{}",
        common::stderr(&out)
    );
    drop(own);
    let untitled = textfield::open("", "some-app");
    let out = env.run(&["type", "github"]);
    assert!(
        common::stderr(&out).contains("[keyboard.no_title]"),
        "{}",
        common::stderr(&out)
    );
    std::thread::sleep(std::time::Duration::from_millis(200));
    assert_eq!(untitled.text(), "", "nothing is typed blind");
    // A delay past a minute is a mistake, refused.
    let out = env.run(&["type", "--delay", "61"]);
    assert!(common::stderr(&out).contains("[cli.usage]"));
}

#[test]
fn the_agents_ctrl_alt_t_types_the_code_and_a_changed_shortcut_is_grabbed_again() {
    let desk = Desk::new();
    desk.add(&format!(
        "otpauth://totp/GitHub:alice?secret={SECRET}&issuer=GitHub"
    ));
    let agent = desk.agent();
    let field = textfield::open("GitHub - Sign in", "Navigator");
    let codes = codes_around(&desk.env, "github", || textfield::press("ctrl+alt+t"));
    let typed = field.wait_len(6);
    assert!(codes.contains(&typed), "typed {typed:?}, codes {codes:?}");

    // Another shortcut in the settings: the old one stops, the new one types.
    desk.settings(r#"{"clipboard_clear_secs": 3, "shortcut_type": "Super+F9"}"#);
    let problems: Vec<String> = call(
        bus(),
        "/io/github/MfaCompanion",
        "io.github.MfaCompanion.Agent",
        "ReloadShortcuts",
        &(),
    )
    .unwrap();
    assert!(problems.is_empty(), "{problems:?}");
    field.clear();
    textfield::press("ctrl+alt+t");
    std::thread::sleep(std::time::Duration::from_millis(500));
    assert_eq!(field.text(), "", "the old shortcut is released");
    let codes = codes_around(&desk.env, "github", || textfield::press("super+F9"));
    let typed = field.wait_len(6);
    assert!(codes.contains(&typed), "typed {typed:?}, codes {codes:?}");

    // A shortcut another program holds is reported, not silently lost.
    let (other, n) = x11rb::connect(None).unwrap();
    {
        use x11rb::connection::Connection;
        use x11rb::protocol::xproto::{ConnectionExt, GrabMode, ModMask};
        let root = other.setup().roots[n].root;
        // F10's keycode on Xvfb's default map.
        let map = other.get_keyboard_mapping(8, 248).unwrap().reply().unwrap();
        let per = usize::from(map.keysyms_per_keycode);
        let code = map
            .keysyms
            .chunks(per)
            .position(|s| s[0] == 0xffc7)
            .unwrap() as u8
            + 8;
        other
            .grab_key(
                false,
                root,
                ModMask::M4,
                code,
                GrabMode::ASYNC,
                GrabMode::ASYNC,
            )
            .unwrap()
            .check()
            .unwrap();
    }
    desk.settings(r#"{"clipboard_clear_secs": 3, "shortcut_type": "Super+F10"}"#);
    let problems: Vec<String> = call(
        bus(),
        "/io/github/MfaCompanion",
        "io.github.MfaCompanion.Agent",
        "ReloadShortcuts",
        &(),
    )
    .unwrap();
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("keyboard.taken: Super+F10 is taken")),
        "{problems:?}"
    );
    drop(other);
    drop(agent);
    let log = std::fs::read_to_string(desk.log()).unwrap_or_default();
    assert!(log.contains("typed the code of account"), "{log}");
    assert_no_code_or_secret("the agent's log", &log, &codes);
}
