//! A stand-in for a sign-in page on the test session's X screen: a window with a chosen
//! title and `WM_CLASS` that takes the input focus and keeps what is typed into it,
//! read from its key events with the server's keyboard map (the second keysym when
//! Shift is down) as any X client reads them. Key presses with Ctrl or Alt held are
//! shortcuts, not text, and are left out. Closed when dropped.
#![allow(dead_code)]

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use x11rb::connection::Connection;
use x11rb::protocol::xproto::{
    AtomEnum, ConnectionExt, CreateWindowAux, EventMask, InputFocus, MapState, PropMode,
    WindowClass,
};
use x11rb::protocol::Event;
use x11rb::rust_connection::RustConnection;
use x11rb::wrapper::ConnectionExt as _;

pub struct Field {
    conn: Arc<RustConnection>,
    pub window: u32,
    typed: Arc<Mutex<String>>,
}

/// Opens a 400×120 window titled `title` (empty: no title at all) of class `class`,
/// mapped and focused.
pub fn open(title: &str, class: &str) -> Field {
    let (conn, n) = x11rb::connect(None).expect("the test session has an X display");
    let conn = Arc::new(conn);
    let screen = conn.setup().roots[n].clone();
    let window = conn.generate_id().unwrap();
    conn.create_window(
        screen.root_depth,
        window,
        screen.root,
        20,
        20,
        400,
        120,
        0,
        WindowClass::INPUT_OUTPUT,
        0,
        &CreateWindowAux::new()
            .background_pixel(screen.white_pixel)
            .event_mask(EventMask::KEY_PRESS | EventMask::STRUCTURE_NOTIFY),
    )
    .unwrap();
    if !title.is_empty() {
        let utf8 = conn
            .intern_atom(false, b"UTF8_STRING")
            .unwrap()
            .reply()
            .unwrap()
            .atom;
        let net = conn
            .intern_atom(false, b"_NET_WM_NAME")
            .unwrap()
            .reply()
            .unwrap()
            .atom;
        conn.change_property8(PropMode::REPLACE, window, net, utf8, title.as_bytes())
            .unwrap();
        conn.change_property8(
            PropMode::REPLACE,
            window,
            AtomEnum::WM_NAME,
            AtomEnum::STRING,
            title.as_bytes(),
        )
        .unwrap();
    }
    let class_value = format!("{class}\0{class}\0");
    conn.change_property8(
        PropMode::REPLACE,
        window,
        AtomEnum::WM_CLASS,
        AtomEnum::STRING,
        class_value.as_bytes(),
    )
    .unwrap();
    conn.map_window(window).unwrap();
    conn.flush().unwrap();
    let start = Instant::now();
    while conn
        .get_window_attributes(window)
        .unwrap()
        .reply()
        .unwrap()
        .map_state
        != MapState::VIEWABLE
    {
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "the field window was not mapped"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    let field = Field {
        conn: conn.clone(),
        window,
        typed: Arc::new(Mutex::new(String::new())),
    };
    field.focus();
    let (min, max) = (conn.setup().min_keycode, conn.setup().max_keycode);
    let map = conn
        .get_keyboard_mapping(min, max - min + 1)
        .unwrap()
        .reply()
        .unwrap();
    let typed = field.typed.clone();
    std::thread::spawn(move || loop {
        match conn.wait_for_event() {
            Ok(Event::KeyPress(e)) => {
                let state = u16::from(e.state);
                if state & (4 | 8) != 0 {
                    continue;
                }
                let per = usize::from(map.keysyms_per_keycode);
                let level = usize::from(state & 1 != 0);
                let i = usize::from(e.detail - min) * per + level;
                if let Some(c) = map.keysyms.get(i).and_then(|&s| char::from_u32(s)) {
                    if c.is_ascii_alphanumeric() {
                        typed.lock().unwrap().push(c);
                    }
                }
            }
            Ok(Event::DestroyNotify(_)) | Err(_) => return,
            Ok(_) => {}
        }
    });
    field
}

impl Field {
    /// Gives this window the input focus.
    pub fn focus(&self) {
        self.conn
            .set_input_focus(InputFocus::PARENT, self.window, x11rb::CURRENT_TIME)
            .unwrap();
        self.conn.sync().unwrap();
    }

    /// What has been typed so far.
    pub fn text(&self) -> String {
        self.typed.lock().unwrap().clone()
    }

    /// Forgets what was typed.
    pub fn clear(&self) {
        self.typed.lock().unwrap().clear();
    }

    /// Waits (up to 10 s) until `len` characters have been typed; returns them.
    pub fn wait_len(&self, len: usize) -> String {
        let start = Instant::now();
        while self.text().len() < len && start.elapsed() < Duration::from_secs(10) {
            std::thread::sleep(Duration::from_millis(20));
        }
        // Anything more arriving late would be a bug: give it a moment to show.
        std::thread::sleep(Duration::from_millis(100));
        self.text()
    }
}

impl Drop for Field {
    fn drop(&mut self) {
        let _ = self.conn.destroy_window(self.window);
        let _ = self.conn.flush();
    }
}

/// Presses `combo` (`ctrl+alt+t`) as a user would, through `xdotool` (XTEST).
pub fn press(combo: &str) {
    let ok = std::process::Command::new("xdotool")
        .args(["key", "--clearmodifiers", combo])
        .status()
        .expect("xdotool is installed (README test command)")
        .success();
    assert!(ok, "xdotool key {combo}");
}
