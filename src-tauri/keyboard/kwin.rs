//! Typing on KDE Plasma's Wayland session (KWin), which offers neither protocol of
//! [`super::wayland`]. The focused window comes from KWin's scripting interface on D-Bus
//! (`org.kde.kwin.Scripting`): a one-line script, loaded and started for the occasion,
//! hands the active window's caption and class to a D-Bus object of this process, then
//! is unloaded. The keys go through KWin's fake-input protocol
//! (`org_kde_kwin_fake_input`), which KWin offers only to a program an installed desktop
//! entry names (`Exec=` its absolute path, `X-KDE-Wayland-Interfaces=org_kde_kwin_fake_input`:
//! [`crate::agent::install::typing_entry`]); without it the error says so. Fake input
//! takes key codes, not characters, so each character's key (and whether it needs Shift)
//! is looked up in the layout the seat's keyboard reports (libxkbcommon): a digit is
//! typed right on AZERTY too. Nothing typed is logged.

use std::sync::mpsc;
use std::time::{Duration, Instant};

use wayland_client::globals::{registry_queue_init, GlobalListContents};
use wayland_client::protocol::{wl_keyboard, wl_registry, wl_seat};
use wayland_client::{delegate_noop, Connection, Dispatch, EventQueue, QueueHandle, WEnum};
use wayland_protocols_plasma::fake_input::client::org_kde_kwin_fake_input::OrgKdeKwinFakeInput;
use xkbcommon::xkb;

use super::{wayland_failed as failed, Focused, KeyboardError, MissingKey};

/// KWin's name on the session bus.
const KWIN: &str = "org.kde.KWin";
/// Where the script reports to, on this process's own connection.
const REPORT_PATH: &str = "/io/github/MfaCompanion/FocusReport";
const REPORT_INTERFACE: &str = "io.github.MfaCompanion.FocusReport";
/// How long KWin gets to run the script and call back.
const REPORT_WAIT: Duration = Duration::from_secs(3);
/// As in [`super::wayland`]: time for the user to let go of the shortcut's keys (fake
/// input shares the seat's modifiers), and a pause between keys.
const SETTLE: Duration = Duration::from_millis(400);
const KEY_PAUSE: Duration = Duration::from_millis(4);
/// Linux's key code for the left Shift.
const KEY_LEFTSHIFT: u32 = 42;

/// How long KWin may take to read a desktop entry written a moment ago (it looks at the
/// applications folders again at most every 1.5 s).
const NEW_ENTRY_GRACE: Duration = Duration::from_secs(5);

/// When [`entry_written`] was called, if it was.
static NEW_ENTRY: std::sync::Mutex<Option<Instant>> = std::sync::Mutex::new(None);

/// Says that the typing entry was just written: [`Typist::connect`] then waits a little
/// for KWin to read it rather than refusing at once.
pub fn entry_written() {
    if let Ok(mut at) = NEW_ENTRY.lock() {
        *at = Some(Instant::now());
    }
}

/// `true` when KWin runs this session (its name is on the session bus). Asked once per
/// process: a session does not change its compositor.
pub fn running() -> bool {
    static RUNNING: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *RUNNING.get_or_init(|| {
        let Ok(conn) = zbus::blocking::Connection::session() else {
            return false;
        };
        zbus::blocking::fdo::DBusProxy::new(&conn)
            .and_then(|p| p.name_has_owner(KWIN.try_into()?).map_err(Into::into))
            .unwrap_or(false)
    })
}

/// What the script said of the active window; only KWin (its unique name) is listened to.
struct Report {
    /// KWin's unique name, known once the connection is up (before the script runs).
    kwin: std::sync::Arc<std::sync::OnceLock<String>>,
    tx: mpsc::Sender<(String, String)>,
}

#[zbus::interface(name = "io.github.MfaCompanion.FocusReport")]
impl Report {
    fn active(
        &self,
        caption: String,
        class: String,
        #[zbus(header)] header: zbus::message::Header<'_>,
    ) {
        if header
            .sender()
            .is_some_and(|s| self.kwin.get().is_some_and(|k| s.as_str() == k))
        {
            let _ = self.tx.send((caption, class));
        }
    }
}

/// The script: KWin 5 calls the active window `activeClient`, KWin 6 `activeWindow`.
fn script(bus_name: &str) -> String {
    format!(
        "var w = workspace.activeWindow || workspace.activeClient;\n\
         callDBus({bus_name:?}, {REPORT_PATH:?}, {REPORT_INTERFACE:?}, \"Active\",\n\
         w ? String(w.caption) : \"\", w ? String(w.resourceClass) + \" \" + String(w.desktopFileName) : \"\");\n"
    )
}

/// The focused window's title, and whether it is this app's own (its class or desktop
/// file names `mfa-companion`).
pub fn focused() -> Result<Focused, KeyboardError> {
    let (tx, rx) = mpsc::channel();
    let kwin = std::sync::Arc::new(std::sync::OnceLock::new());
    let report = Report {
        kwin: kwin.clone(),
        tx,
    };
    let conn = zbus::blocking::connection::Builder::session()
        .and_then(|b| b.serve_at(REPORT_PATH, report))
        .and_then(|b| b.build())
        .map_err(failed("the session bus"))?;
    let owner = zbus::blocking::fdo::DBusProxy::new(&conn)
        .and_then(|p| Ok(p.get_name_owner(KWIN.try_into()?)?.to_string()))
        .map_err(failed("KWin on the session bus"))?;
    let _ = kwin.set(owner);
    let name = conn
        .unique_name()
        .map(|n| n.to_string())
        .ok_or_else(|| failed("the session bus")(zbus::Error::NameTaken))?;
    let plugin = format!("mfa-companion-focus-{}", std::process::id());
    // KWin reads the script from a file: a private one, holding nothing secret.
    let file = tempfile::Builder::new()
        .prefix("mfa-companion-focus")
        .suffix(".js")
        .tempfile()
        .and_then(|mut f| std::io::Write::write_all(&mut f, script(&name).as_bytes()).map(|()| f))
        .map_err(failed("a script file"))?;
    let scripting = zbus::blocking::Proxy::new(&conn, KWIN, "/Scripting", "org.kde.kwin.Scripting")
        .map_err(failed("KWin's scripting"))?;
    let path = file.path().to_string_lossy().into_owned();
    // A script of the same name left by an earlier run would keep this one from loading.
    let _: Result<bool, _> = scripting.call("unloadScript", &(plugin.as_str(),));
    let loaded: Result<i32, _> = scripting.call("loadScript", &(path, plugin.as_str()));
    loaded.map_err(failed("KWin's scripting"))?;
    let started: Result<(), _> = scripting.call("start", &());
    let report = started
        .map_err(failed("KWin's scripting"))
        .map(|()| rx.recv_timeout(REPORT_WAIT));
    let _: Result<bool, _> = scripting.call("unloadScript", &(plugin.as_str(),));
    let (title, class) = report?.map_err(|_| KeyboardError::NoTitle)?;
    if title.trim().is_empty() {
        return Err(KeyboardError::NoTitle);
    }
    // The program's name and Tauri's identifier (`io.github.mfa-companion`) both hold it.
    let ours = class.to_lowercase().contains("mfa-companion");
    Ok(Focused { title, ours })
}

/// What the compositor told us.
#[derive(Default)]
struct State {
    keymap: Option<String>,
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

impl Dispatch<wl_keyboard::WlKeyboard, ()> for State {
    fn event(
        state: &mut Self,
        _: &wl_keyboard::WlKeyboard,
        event: wl_keyboard::Event,
        _: &(),
        _: &Connection,
        _: &QueueHandle<Self>,
    ) {
        if let wl_keyboard::Event::Keymap { format, fd, size } = event {
            if format != WEnum::Value(wl_keyboard::KeymapFormat::XkbV1) {
                return;
            }
            let mut text = vec![0u8; usize::try_from(size).unwrap_or(0)];
            // At offset 0 without moving the file's offset: a compositor may hand every
            // client the same file.
            let read =
                std::os::unix::fs::FileExt::read_exact_at(&std::fs::File::from(fd), &mut text, 0);
            if read.is_ok() {
                let end = text.iter().position(|&b| b == 0).unwrap_or(text.len());
                state.keymap = String::from_utf8(text[..end].to_vec()).ok();
            }
        }
    }
}

delegate_noop!(State: ignore wl_seat::WlSeat);
delegate_noop!(State: OrgKdeKwinFakeInput);

/// KWin's fake input, with the seat's layout.
pub struct Typist {
    queue: EventQueue<State>,
    fake: OrgKdeKwinFakeInput,
    /// Each character the layout can type: its Linux key code, and whether Shift is needed.
    keys: Vec<(char, u32, bool)>,
}

impl Typist {
    /// Connects to KWin; [`KeyboardError::KwinNotAllowed`] when it offers this program no
    /// fake input (no desktop entry names it; after [`entry_written`], once KWin has had
    /// time to read the new entry).
    pub fn connect() -> Result<Typist, KeyboardError> {
        let written = NEW_ENTRY.lock().ok().and_then(|at| *at);
        loop {
            match Self::connect_once() {
                Err(KeyboardError::KwinNotAllowed)
                    if written.is_some_and(|at| at.elapsed() < NEW_ENTRY_GRACE) =>
                {
                    std::thread::sleep(Duration::from_millis(250));
                }
                done => return done,
            }
        }
    }

    fn connect_once() -> Result<Typist, KeyboardError> {
        let conn = Connection::connect_to_env().map_err(failed("a connection"))?;
        let (globals, mut queue) =
            registry_queue_init::<State>(&conn).map_err(failed("its globals"))?;
        let qh = queue.handle();
        let fake: OrgKdeKwinFakeInput = globals
            .bind(&qh, 4..=4, ())
            .map_err(|_| KeyboardError::KwinNotAllowed)?;
        let seat: wl_seat::WlSeat = globals.bind(&qh, 1..=7, ()).map_err(failed("the seat"))?;
        let keyboard = seat.get_keyboard(&qh, ());
        let mut state = State::default();
        let start = Instant::now();
        while state.keymap.is_none() && start.elapsed() < REPORT_WAIT {
            queue
                .roundtrip(&mut state)
                .map_err(failed("the keyboard's layout"))?;
        }
        keyboard.release();
        let text = state.keymap.take().ok_or(KeyboardError::WaylandFailed {
            what: "the keyboard's layout",
            detail: "the seat sent none".into(),
        })?;
        fake.authenticate(
            "MFA Companion".into(),
            "types a one-time code into the focused window".into(),
        );
        Ok(Typist {
            queue,
            fake,
            keys: layout_keys(&text)?,
        })
    }

    /// Types `text` into the focused window.
    pub fn type_text(&mut self, text: &str) -> Result<(), KeyboardError> {
        let mut plan = Vec::with_capacity(text.len());
        for c in text.chars() {
            let key = self
                .keys
                .iter()
                .find(|(k, _, _)| *k == c)
                .ok_or(KeyboardError::NoKey {
                    what: if c.is_ascii_digit() {
                        MissingKey::Digit
                    } else if c.is_alphabetic() {
                        MissingKey::Letter
                    } else {
                        MissingKey::Character
                    },
                })?;
            plan.push((key.1, key.2));
        }
        std::thread::sleep(SETTLE);
        let flush = |queue: &mut EventQueue<State>| {
            queue
                .flush()
                .map_err(failed("typing"))
                .map(|()| std::thread::sleep(KEY_PAUSE))
        };
        for (code, shift) in plan {
            if shift {
                self.fake.keyboard_key(KEY_LEFTSHIFT, 1);
            }
            self.fake.keyboard_key(code, 1);
            self.fake.keyboard_key(code, 0);
            if shift {
                self.fake.keyboard_key(KEY_LEFTSHIFT, 0);
            }
            flush(&mut self.queue)?;
        }
        let mut state = State::default();
        self.queue.roundtrip(&mut state).map_err(failed("typing"))?;
        Ok(())
    }
}

/// Every character the first layout of `keymap` types with no modifier or with Shift
/// alone: (character, Linux key code, Shift needed). A character on several keys keeps
/// its first one without Shift.
pub fn layout_keys(keymap: &str) -> Result<Vec<(char, u32, bool)>, KeyboardError> {
    let context = xkb::Context::new(xkb::CONTEXT_NO_FLAGS);
    let keymap = xkb::Keymap::new_from_string(
        &context,
        keymap.to_owned(),
        xkb::KEYMAP_FORMAT_TEXT_V1,
        xkb::KEYMAP_COMPILE_NO_FLAGS,
    )
    .ok_or(KeyboardError::WaylandFailed {
        what: "the keyboard's layout",
        detail: "libxkbcommon could not read it".into(),
    })?;
    let mut keys: Vec<(char, u32, bool)> = Vec::new();
    for level in 0..2u32 {
        keymap.key_for_each(|map, code| {
            let Some(evdev) = code.raw().checked_sub(8) else {
                return;
            };
            for sym in map.key_get_syms_by_level(code, 0, level) {
                let text = xkb::keysym_to_utf8(*sym);
                let mut chars = text.trim_end_matches('\0').chars();
                if let (Some(c), None) = (chars.next(), chars.next()) {
                    if !c.is_control() && !keys.iter().any(|(k, _, _)| *k == c) {
                        keys.push((c, evdev, level == 1));
                    }
                }
            }
        });
    }
    Ok(keys)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A keymap as a compositor sends it, from libxkbcommon's rules (`layout`).
    fn keymap(layout: &str) -> String {
        let context = xkb::Context::new(xkb::CONTEXT_NO_FLAGS);
        let map = xkb::Keymap::new_from_names(&context, "", "pc105", layout, "", None, 0)
            .expect("the xkb data of this machine has the layout");
        map.get_as_string(xkb::KEYMAP_FORMAT_TEXT_V1)
    }

    fn key(keys: &[(char, u32, bool)], c: char) -> Option<(u32, bool)> {
        keys.iter().find(|k| k.0 == c).map(|k| (k.1, k.2))
    }

    #[test]
    fn digits_and_capitals_find_their_keys_on_qwerty_and_azerty() {
        let us = layout_keys(&keymap("us")).unwrap();
        // KEY_1 is 2, KEY_0 is 11, KEY_A is 30; capitals need Shift.
        assert_eq!(key(&us, '1'), Some((2, false)));
        assert_eq!(key(&us, '0'), Some((11, false)));
        assert_eq!(key(&us, 'a'), Some((30, false)));
        assert_eq!(key(&us, 'A'), Some((30, true)));
        // AZERTY: the digits are on the same keys, with Shift; A is where Q is on QWERTY.
        let fr = layout_keys(&keymap("fr")).unwrap();
        assert_eq!(key(&fr, '1'), Some((2, true)));
        assert_eq!(key(&fr, 'A'), Some((16, true)));
    }

    #[test]
    fn the_script_reports_to_this_process_and_asks_both_kwin_versions() {
        let s = script(":1.42");
        assert!(
            s.contains("callDBus(\":1.42\", \"/io/github/MfaCompanion/FocusReport\""),
            "{s}"
        );
        assert!(
            s.contains("workspace.activeWindow || workspace.activeClient"),
            "{s}"
        );
    }
}
