//! X11 through `x11rb`: the window that has the keyboard focus (its title, and whether
//! it is this app's own), the keyboard map (which key, with or without Shift, gives a
//! character), and typing text with the XTEST extension: fake key presses the server
//! delivers to the focused window like real ones. Nothing typed is logged.

use std::time::{Duration, Instant};

use x11rb::connection::{Connection, RequestConnection};
use x11rb::protocol::xproto::{AtomEnum, ConnectionExt, Keycode, Window};
use x11rb::protocol::xtest::ConnectionExt as _;
use x11rb::rust_connection::RustConnection;

use super::{Focused, KeyboardError, MissingKey};

/// The longest wait for the user to let go of the shortcut's keys before typing.
const RELEASE_WAIT: Duration = Duration::from_secs(3);

/// The keysym of Shift (left).
const SHIFT_L: u32 = 0xffe1;

/// A connection to the X display, refused on Wayland.
pub fn connect() -> Result<(RustConnection, usize), KeyboardError> {
    if super::on_wayland() {
        return Err(KeyboardError::Wayland);
    }
    x11rb::connect(None).map_err(|e| KeyboardError::NoDisplay {
        detail: e.to_string(),
    })
}

pub(super) fn x11_err(what: &'static str) -> impl Fn(&dyn std::fmt::Display) -> KeyboardError {
    move |e| KeyboardError::X11 {
        what,
        detail: e.to_string(),
    }
}

fn atom(conn: &RustConnection, name: &str) -> Result<u32, KeyboardError> {
    let f = x11_err("an atom");
    Ok(conn
        .intern_atom(false, name.as_bytes())
        .map_err(|e| f(&e))?
        .reply()
        .map_err(|e| f(&e))?
        .atom)
}

fn property(
    conn: &RustConnection,
    window: Window,
    name: u32,
    kind: u32,
) -> Result<Vec<u8>, KeyboardError> {
    let f = x11_err("a window property");
    Ok(conn
        .get_property(false, window, name, kind, 0, 1024)
        .map_err(|e| f(&e))?
        .reply()
        .map_err(|e| f(&e))?
        .value)
}

/// The window with the keyboard focus: the window manager's `_NET_ACTIVE_WINDOW` when
/// there is one, else the X input focus; then up the window tree to the first window
/// with a title (`_NET_WM_NAME` or `WM_NAME`); ours when its `WM_CLASS` names
/// `mfa-companion`.
pub fn focused(conn: &RustConnection, screen: usize) -> Result<Focused, KeyboardError> {
    let root = conn.setup().roots[screen].root;
    let active = atom(conn, "_NET_ACTIVE_WINDOW")?;
    let from_wm = property(conn, root, active, AtomEnum::WINDOW.into())?;
    let mut window = match from_wm.get(..4) {
        Some(b) if b != [0, 0, 0, 0] => u32::from_ne_bytes([b[0], b[1], b[2], b[3]]),
        _ => {
            let f = x11_err("the input focus");
            conn.get_input_focus()
                .map_err(|e| f(&e))?
                .reply()
                .map_err(|e| f(&e))?
                .focus
        }
    };
    let (net_name, utf8) = (atom(conn, "_NET_WM_NAME")?, atom(conn, "UTF8_STRING")?);
    // 0 is None and 1 PointerRoot: no window has the focus.
    for _ in 0..32 {
        if window <= 1 || window == root {
            break;
        }
        let mut title = property(conn, window, net_name, utf8)?;
        if title.is_empty() {
            title = property(
                conn,
                window,
                AtomEnum::WM_NAME.into(),
                AtomEnum::STRING.into(),
            )?;
        }
        if !title.is_empty() {
            let class = property(
                conn,
                window,
                AtomEnum::WM_CLASS.into(),
                AtomEnum::STRING.into(),
            )?;
            let ours = String::from_utf8_lossy(&class)
                .to_ascii_lowercase()
                .contains("mfa-companion");
            return Ok(Focused {
                title: String::from_utf8_lossy(&title).into_owned(),
                ours,
            });
        }
        let f = x11_err("the window tree");
        window = conn
            .query_tree(window)
            .map_err(|e| f(&e))?
            .reply()
            .map_err(|e| f(&e))?
            .parent;
    }
    Err(KeyboardError::NoTitle)
}

/// The keyboard map: for a keysym, the keycode giving it and whether Shift is needed.
pub struct Keymap {
    min: u8,
    per: usize,
    syms: Vec<u32>,
}

impl Keymap {
    /// Reads the server's current map.
    pub fn read(conn: &RustConnection) -> Result<Keymap, KeyboardError> {
        let f = x11_err("the keyboard map");
        let setup = conn.setup();
        let (min, max) = (setup.min_keycode, setup.max_keycode);
        let reply = conn
            .get_keyboard_mapping(min, max - min + 1)
            .map_err(|e| f(&e))?
            .reply()
            .map_err(|e| f(&e))?;
        Ok(Keymap {
            min,
            per: usize::from(reply.keysyms_per_keycode).max(1),
            syms: reply.keysyms,
        })
    }

    /// The keycode giving `keysym` without modifiers (`false`) or with Shift (`true`).
    pub fn find(&self, keysym: u32) -> Option<(Keycode, bool)> {
        for level in 0..2 {
            for (i, syms) in self.syms.chunks(self.per).enumerate() {
                if syms.get(level) == Some(&keysym) {
                    let code = u8::try_from(i).ok()?.checked_add(self.min)?;
                    return Some((code, level == 1));
                }
            }
        }
        None
    }

    /// The keysyms of `code` (what a key press means, for readers of events).
    pub fn keysyms(&self, code: Keycode) -> &[u32] {
        let i = usize::from(code.saturating_sub(self.min)) * self.per;
        self.syms.get(i..i + self.per).unwrap_or(&[])
    }
}

/// Waits until no key is held (the shortcut that started the typing, above all), so the
/// typed characters are neither combined with Ctrl or Alt nor swallowed by the
/// shortcut's own grab.
fn wait_for_release(conn: &RustConnection) -> Result<(), KeyboardError> {
    let f = x11_err("the keyboard state");
    let start = Instant::now();
    loop {
        let keys = conn
            .query_keymap()
            .map_err(|e| f(&e))?
            .reply()
            .map_err(|e| f(&e))?
            .keys;
        if keys.iter().all(|&b| b == 0) {
            return Ok(());
        }
        if start.elapsed() > RELEASE_WAIT {
            return Err(KeyboardError::KeysHeld);
        }
        std::thread::sleep(Duration::from_millis(15));
    }
}

/// Types `text` (ASCII letters and digits) into the focused window through XTEST,
/// after the user has let go of every key.
pub fn type_text(conn: &RustConnection, screen: usize, text: &str) -> Result<(), KeyboardError> {
    let f = x11_err("XTEST typing");
    if conn
        .extension_information(x11rb::protocol::xtest::X11_EXTENSION_NAME)
        .map_err(|e| f(&e))?
        .is_none()
    {
        return Err(KeyboardError::X11 {
            what: "XTEST typing",
            detail: "the X server has no XTEST extension".into(),
        });
    }
    let map = Keymap::read(conn)?;
    let mut keys = Vec::with_capacity(text.len());
    for c in text.chars() {
        let what = if c.is_ascii_digit() {
            MissingKey::Digit
        } else {
            MissingKey::Letter
        };
        if !c.is_ascii_alphanumeric() {
            return Err(KeyboardError::NoKey {
                what: MissingKey::Character,
            });
        }
        keys.push(
            map.find(u32::from(c))
                .ok_or(KeyboardError::NoKey { what })?,
        );
    }
    let shift = map.find(SHIFT_L).map(|(code, _)| code);
    wait_for_release(conn)?;
    let root = conn.setup().roots[screen].root;
    let fake = |press: bool, code: Keycode| {
        let kind = if press {
            x11rb::protocol::xproto::KEY_PRESS_EVENT
        } else {
            x11rb::protocol::xproto::KEY_RELEASE_EVENT
        };
        conn.xtest_fake_input(kind, code, x11rb::CURRENT_TIME, root, 0, 0, 0)
            .map(|_| ())
            .map_err(|e| f(&e))
    };
    for (code, shifted) in keys {
        let shift = if shifted {
            Some(shift.ok_or(KeyboardError::NoKey {
                what: MissingKey::Shift,
            })?)
        } else {
            None
        };
        if let Some(s) = shift {
            fake(true, s)?;
        }
        fake(true, code)?;
        fake(false, code)?;
        if let Some(s) = shift {
            fake(false, s)?;
        }
    }
    // A round trip: every fake event has reached the server when this returns.
    conn.get_input_focus()
        .map_err(|e| f(&e))?
        .reply()
        .map_err(|e| f(&e))?;
    Ok(())
}
