//! Wayland through `wayland-client`, on compositors that offer the two protocols for
//! typing into other windows (wlroots ones: sway, Hyprland, river…): the focused window
//! from `zwlr_foreign_toplevel_manager_v1` (every toplevel's title, app_id and state; the
//! `activated` one has the focus) and typing from `zwp_virtual_keyboard_manager_v1` (a
//! keyboard of our own on the seat, whose keymap [`keymap`] writes with exactly the
//! characters to type, one key each, so no modifier is ever needed). Elsewhere (GNOME,
//! KDE) [`Session::connect`] refuses with [`KeyboardError::Wayland`]. Nothing typed is
//! logged.

use std::collections::HashMap;
use std::io::Write as _;
use std::os::fd::AsFd as _;
use std::time::{Duration, Instant};

use wayland_client::backend::ObjectId;
use wayland_client::globals::{registry_queue_init, GlobalList, GlobalListContents};
use wayland_client::protocol::{wl_keyboard, wl_registry, wl_seat};
use wayland_client::{delegate_noop, event_created_child, Connection, Dispatch, EventQueue};
use wayland_client::{Proxy, QueueHandle};
use wayland_protocols_misc::zwp_virtual_keyboard_v1::client::{
    zwp_virtual_keyboard_manager_v1::ZwpVirtualKeyboardManagerV1,
    zwp_virtual_keyboard_v1::ZwpVirtualKeyboardV1,
};
use wayland_protocols_wlr::foreign_toplevel::v1::client::{
    zwlr_foreign_toplevel_handle_v1::{self as handle, ZwlrForeignToplevelHandleV1},
    zwlr_foreign_toplevel_manager_v1::{self as manager, ZwlrForeignToplevelManagerV1},
};

use super::{wayland_failed as failed, Focused, KeyboardError, MissingKey};

/// How long to wait before typing. A Wayland client cannot see the physical keyboard, so
/// it cannot wait for the shortcut's keys to be let go as the X11 side does: it gives the
/// user this long instead. (Our virtual keyboard has modifier state of its own, so a
/// Ctrl still held does not turn the typed digits into shortcuts on wlroots either.)
const SETTLE: Duration = Duration::from_millis(400);

/// A pause between keys, so clients that read key repeat or batch events keep up.
const KEY_PAUSE: Duration = Duration::from_millis(4);

/// A toplevel's title and app_id as the compositor last said (applied on `done`).
#[derive(Default, Clone)]
struct Window {
    title: String,
    app_id: String,
    activated: bool,
}

/// What the compositor told us.
#[derive(Default)]
struct State {
    /// Each toplevel: what `done` applied, and what is pending until then.
    windows: HashMap<ObjectId, (Window, Window)>,
}

impl Dispatch<wl_registry::WlRegistry, GlobalListContents> for State {
    fn event(
        _: &mut Self,
        _: &wl_registry::WlRegistry,
        _: wl_registry::Event,
        _: &GlobalListContents,
        _: &Connection,
        _: &QueueHandle<Self>,
    ) {
    }
}

impl Dispatch<ZwlrForeignToplevelManagerV1, ()> for State {
    fn event(
        _: &mut Self,
        _: &ZwlrForeignToplevelManagerV1,
        _: manager::Event,
        _: &(),
        _: &Connection,
        _: &QueueHandle<Self>,
    ) {
        // `toplevel` creates the handle, whose own events fill `windows`; `finished`
        // leaves an empty list, which reads as "no focused window".
    }

    event_created_child!(State, ZwlrForeignToplevelManagerV1, [
        manager::EVT_TOPLEVEL_OPCODE => (ZwlrForeignToplevelHandleV1, ()),
    ]);
}

impl Dispatch<ZwlrForeignToplevelHandleV1, ()> for State {
    fn event(
        state: &mut Self,
        toplevel: &ZwlrForeignToplevelHandleV1,
        event: handle::Event,
        _: &(),
        _: &Connection,
        _: &QueueHandle<Self>,
    ) {
        let entry = state.windows.entry(toplevel.id()).or_default();
        match event {
            handle::Event::Title { title } => entry.1.title = title,
            handle::Event::AppId { app_id } => entry.1.app_id = app_id,
            handle::Event::State { state: raw } => {
                let activated = u32::from(handle::State::Activated);
                entry.1.activated = raw
                    .chunks_exact(4)
                    .any(|b| u32::from_ne_bytes([b[0], b[1], b[2], b[3]]) == activated);
            }
            handle::Event::Done => entry.0 = entry.1.clone(),
            handle::Event::Closed => {
                state.windows.remove(&toplevel.id());
                toplevel.destroy();
            }
            _ => {}
        }
    }
}

delegate_noop!(State: ignore wl_seat::WlSeat);
delegate_noop!(State: ZwpVirtualKeyboardManagerV1);
delegate_noop!(State: ZwpVirtualKeyboardV1);

/// A connection to the compositor holding the two protocols typing needs.
pub struct Session {
    queue: EventQueue<State>,
    state: State,
    globals: GlobalList,
    keyboards: ZwpVirtualKeyboardManagerV1,
}

impl Session {
    /// Connects and asks for every toplevel; [`KeyboardError::Wayland`] when the
    /// compositor lacks either protocol (GNOME, KDE).
    pub fn connect() -> Result<Session, KeyboardError> {
        let conn = Connection::connect_to_env().map_err(|e| failed("a connection")(&e))?;
        let (globals, mut queue) =
            registry_queue_init::<State>(&conn).map_err(|e| failed("its globals")(&e))?;
        let qh = queue.handle();
        let toplevels: Result<ZwlrForeignToplevelManagerV1, _> = globals.bind(&qh, 1..=3, ());
        let keyboards: Result<ZwpVirtualKeyboardManagerV1, _> = globals.bind(&qh, 1..=1, ());
        let (Ok(_toplevels), Ok(keyboards)) = (toplevels, keyboards) else {
            return Err(KeyboardError::Wayland);
        };
        let mut state = State::default();
        // The first round trip brings the toplevels, the second their titles and states.
        for _ in 0..2 {
            queue
                .roundtrip(&mut state)
                .map_err(|e| failed("the window list")(&e))?;
        }
        Ok(Session {
            queue,
            state,
            globals,
            keyboards,
        })
    }

    /// The focused (activated) toplevel; [`KeyboardError::NoTitle`] when none is, or
    /// its title is empty. Ours when its app_id names `mfa-companion`, as the X11 side
    /// reads `WM_CLASS`: GTK's app_id is the application's id (Tauri passes its
    /// identifier, `io.github.mfa-companion`), else the program's name
    /// (`mfa-companion-desktop`).
    pub fn focused(&self) -> Result<Focused, KeyboardError> {
        let window = self
            .state
            .windows
            .values()
            .map(|(done, _)| done)
            .find(|w| w.activated && !w.title.trim().is_empty())
            .ok_or(KeyboardError::NoTitle)?;
        Ok(Focused {
            title: window.title.clone(),
            ours: window.app_id.to_ascii_lowercase().contains("mfa-companion"),
        })
    }

    /// Types `text` (ASCII letters and digits) into the focused window through a
    /// virtual keyboard on the first seat, after [`SETTLE`].
    pub fn type_text(&mut self, text: &str) -> Result<(), KeyboardError> {
        let (map, keys) = keymap(text)?;
        let qh = self.queue.handle();
        let seat: wl_seat::WlSeat = self
            .globals
            .bind(&qh, 1..=5, ())
            .map_err(|e| failed("a seat")(&e))?;
        let keyboard = self.keyboards.create_virtual_keyboard(&seat, &qh, ());
        let mut file = tempfile::tempfile().map_err(|e| failed("a keymap file")(&e))?;
        file.write_all(map.as_bytes())
            .and_then(|()| file.write_all(&[0]))
            .map_err(|e| failed("a keymap file")(&e))?;
        let size = u32::try_from(map.len() + 1).unwrap_or(u32::MAX);
        let format = u32::from(wl_keyboard::KeymapFormat::XkbV1);
        keyboard.keymap(format, file.as_fd(), size);
        keyboard.modifiers(0, 0, 0, 0);
        self.roundtrip("the keymap")?;
        std::thread::sleep(SETTLE);
        let start = Instant::now();
        let now = || u32::try_from(start.elapsed().as_millis()).unwrap_or(u32::MAX);
        for code in keys {
            for pressed in [
                wl_keyboard::KeyState::Pressed,
                wl_keyboard::KeyState::Released,
            ] {
                keyboard.key(now(), code, u32::from(pressed));
                self.queue.flush().map_err(|e| failed("a key press")(&e))?;
                std::thread::sleep(KEY_PAUSE);
            }
        }
        // Every key has reached the compositor when this returns.
        self.roundtrip("the key presses")?;
        keyboard.destroy();
        // `release` exists from version 5; an older seat is simply left.
        if seat.version() >= 5 {
            seat.release();
        }
        self.roundtrip("the virtual keyboard")
    }

    fn roundtrip(&mut self, what: &'static str) -> Result<(), KeyboardError> {
        self.queue
            .roundtrip(&mut self.state)
            .map(|_| ())
            .map_err(|e| failed(what)(&e))
    }
}

/// Every character a code can hold: digits, then ASCII letters (Steam's included).
const KEYS: &str = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/// The same XKB keymap (text format v1) for every code, one key per character of
/// [`KEYS`] (so the keymap file says nothing about the code), and the evdev codes (the
/// XKB keycode minus 8) to press for `text`, in order. Only ASCII letters and digits:
/// anything else is refused before a key is pressed.
pub fn keymap(text: &str) -> Result<(String, Vec<u32>), KeyboardError> {
    let keys = text
        .chars()
        .map(|c| {
            // evdev code i + 1, XKB keycode i + 9.
            KEYS.find(c)
                .filter(|_| c.is_ascii_alphanumeric())
                .map(|i| u32::try_from(i).unwrap_or(0) + 1)
                .ok_or(KeyboardError::NoKey {
                    what: MissingKey::Character,
                })
        })
        .collect::<Result<Vec<u32>, _>>()?;
    let mut codes = String::new();
    let mut symbols = String::new();
    for (i, c) in KEYS.chars().enumerate() {
        codes.push_str(&format!("    <K{i}> = {};\n", i + 9));
        // Digits and ASCII letters are their own keysym names ("7", "q", "Q").
        symbols.push_str(&format!("    key <K{i}> {{ [ {c} ] }};\n"));
    }
    let map = format!(
        "xkb_keymap {{\n\
         xkb_keycodes \"mfa-companion\" {{\n    minimum = 8;\n    maximum = 255;\n{codes}}};\n\
         xkb_types \"mfa-companion\" {{\n    type \"ONE_LEVEL\" {{\n        modifiers = none;\n        \
         level_name[Level1] = \"Any\";\n    }};\n}};\n\
         xkb_compatibility \"mfa-companion\" {{\n}};\n\
         xkb_symbols \"mfa-companion\" {{\n{symbols}}};\n\
         }};\n"
    );
    Ok((map, keys))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_keymap_is_the_same_for_every_code_and_keys_follow_the_text() {
        let (map, keys) = keymap("2B2Bx9").unwrap();
        // '2' is K2, 'B' K11, 'x' K59, '9' K9: evdev code = index + 1.
        assert_eq!(keys, [3, 12, 3, 12, 60, 10]);
        assert_eq!(map, keymap("0").unwrap().0, "the keymap depends on no code");
        for line in [
            "<K0> = 9;",
            "<K61> = 70;",
            "key <K2> { [ 2 ] };",
            "key <K11> { [ B ] };",
            "key <K59> { [ x ] };",
            "type \"ONE_LEVEL\"",
        ] {
            assert!(map.contains(line), "{line} in {map}");
        }
        assert!(!map.contains("<K62>"), "{map}");
        assert!(matches!(
            keymap("12 34"),
            Err(KeyboardError::NoKey {
                what: MissingKey::Character
            })
        ));
    }
}
