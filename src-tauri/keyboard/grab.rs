//! Holding global shortcuts on X11 for the resident agent: each shortcut is grabbed on
//! the root window (with and without Caps Lock and Num Lock), and one thread sleeps in
//! the X connection until a grabbed key is pressed; it then runs the shortcut's action
//! on a thread of its own. Nothing wakes on a timer (a polling crate would). A changed
//! setting or keyboard map re-grabs: [`Grabs::rebind`] wakes the thread with a client
//! message to its own hidden window.

use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use x11rb::connection::Connection;
use x11rb::protocol::xproto::{
    ClientMessageEvent, ConnectionExt, CreateWindowAux, EventMask, GrabMode, ModMask, WindowClass,
};
use x11rb::protocol::{ErrorKind, Event};
use x11rb::rust_connection::{ReplyError, RustConnection};

use super::shortcut::{mask, Shortcut};
use super::x11::{connect, x11_err, Keymap};
use super::KeyboardError;

/// What a shortcut does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Bring up the window with the search focused.
    Show,
    /// Type the current code into the focused window.
    Type,
}

type Bindings = Vec<(Shortcut, Action)>;
type Outcome = Vec<KeyboardError>;

/// The grabbing thread's handle: dropping it leaves the thread (and the grabs) running
/// for the life of the process.
pub struct Grabs {
    conn: Arc<RustConnection>,
    window: u32,
    wanted: Arc<Mutex<(Bindings, Option<mpsc::Sender<Outcome>>)>>,
}

const LOCKS: [u16; 4] = [0, mask::LOCK, mask::NUM_LOCK, mask::LOCK | mask::NUM_LOCK];

/// Grabs `bindings` and starts the thread that runs `on` for each press. Returns the
/// handle and the shortcuts that could not be grabbed (taken by another program, or a
/// key the keyboard lacks); those are left out, the others work.
pub fn start(
    bindings: Bindings,
    on: impl Fn(Action) + Send + Sync + 'static,
) -> Result<(Grabs, Outcome), KeyboardError> {
    let (conn, screen) = connect()?;
    let conn = Arc::new(conn);
    let root = conn.setup().roots[screen].root;
    let f = x11_err("a window for the shortcuts");
    let window = conn.generate_id().map_err(|e| f(&e))?;
    conn.create_window(
        0,
        window,
        root,
        -1,
        -1,
        1,
        1,
        0,
        WindowClass::INPUT_ONLY,
        0,
        &CreateWindowAux::new(),
    )
    .map_err(|e| f(&e))?
    .check()
    .map_err(|e| f(&e))?;
    let (tx, rx) = mpsc::channel();
    let wanted = Arc::new(Mutex::new((bindings, Some(tx))));
    let grabs = Grabs {
        conn: conn.clone(),
        window,
        wanted: wanted.clone(),
    };
    let on = Arc::new(on);
    std::thread::Builder::new()
        .name("shortcuts".into())
        .spawn(move || serve(&conn, root, window, &wanted, on))
        .map_err(|e| KeyboardError::X11 {
            what: "a thread for the shortcuts",
            detail: e.to_string(),
        })?;
    let outcome = rx.recv_timeout(Duration::from_secs(5)).unwrap_or_default();
    Ok((grabs, outcome))
}

impl Grabs {
    /// Replaces the grabbed shortcuts; returns the ones that could not be grabbed.
    pub fn rebind(&self, bindings: Bindings) -> Result<Outcome, KeyboardError> {
        let (tx, rx) = mpsc::channel();
        if let Ok(mut w) = self.wanted.lock() {
            *w = (bindings, Some(tx));
        }
        let f = x11_err("waking the shortcuts");
        let event = ClientMessageEvent::new(32, self.window, x11rb::NONE, [0u32; 5]);
        self.conn
            .send_event(false, self.window, EventMask::NO_EVENT, event)
            .map_err(|e| f(&e))?;
        self.conn.flush().map_err(|e| f(&e))?;
        rx.recv_timeout(Duration::from_secs(5)).map_err(|e| f(&e))
    }
}

/// Grabs every binding; the key codes grabbed (for matching presses) and the failures.
fn grab_all(
    conn: &RustConnection,
    root: u32,
    bindings: &Bindings,
) -> (Vec<(u8, u16, Action)>, Outcome) {
    let _ = conn.ungrab_key(0u8, root, ModMask::ANY);
    let map = match Keymap::read(conn) {
        Ok(m) => m,
        Err(e) => return (Vec::new(), vec![e]),
    };
    let (mut held, mut failed) = (Vec::new(), Vec::new());
    for &(shortcut, action) in bindings {
        let Some((code, _)) = map.find(shortcut.keysym) else {
            failed.push(KeyboardError::NoKey {
                what: super::MissingKey::ShortcutKey,
            });
            continue;
        };
        let mut taken = false;
        for extra in LOCKS {
            let sent = conn.grab_key(
                false,
                root,
                ModMask::from(shortcut.mods | extra),
                code,
                GrabMode::ASYNC,
                GrabMode::ASYNC,
            );
            match sent.map(|c| c.check()) {
                Ok(Ok(())) => {}
                Ok(Err(ReplyError::X11Error(e))) if e.error_kind == ErrorKind::Access => {
                    taken = true
                }
                Ok(Err(e)) => failed.push(x11_err("a key grab")(&e)),
                Err(e) => failed.push(x11_err("a key grab")(&e)),
            }
        }
        if taken {
            for extra in LOCKS {
                let _ = conn.ungrab_key(code, root, ModMask::from(shortcut.mods | extra));
            }
            failed.push(KeyboardError::Taken {
                shortcut: shortcut.to_string(),
            });
        } else {
            held.push((code, shortcut.mods, action));
        }
    }
    let _ = conn.flush();
    (held, failed)
}

fn serve(
    conn: &RustConnection,
    root: u32,
    window: u32,
    wanted: &Mutex<(Bindings, Option<mpsc::Sender<Outcome>>)>,
    on: Arc<dyn Fn(Action) + Send + Sync>,
) {
    let regrab = || {
        let (bindings, reply) = match wanted.lock() {
            Ok(mut w) => (w.0.clone(), w.1.take()),
            Err(_) => return Vec::new(),
        };
        let (held, failed) = grab_all(conn, root, &bindings);
        for e in &failed {
            log::warn!("shortcuts: {e}");
        }
        match reply {
            Some(tx) => {
                let _ = tx.send(failed);
            }
            None => drop(failed),
        }
        held
    };
    let mut held = regrab();
    loop {
        match conn.wait_for_event() {
            Ok(Event::KeyPress(e)) => {
                let mods = u16::from(e.state) & !(mask::LOCK | mask::NUM_LOCK) & 0xff;
                if let Some(&(_, _, action)) =
                    held.iter().find(|(c, m, _)| *c == e.detail && *m == mods)
                {
                    log::info!("shortcuts: {action:?} pressed");
                    let on = on.clone();
                    std::thread::spawn(move || on(action));
                }
            }
            Ok(Event::ClientMessage(e)) if e.window == window => held = regrab(),
            Ok(Event::MappingNotify(_)) => held = regrab(),
            Ok(_) => {}
            Err(e) => {
                log::warn!("shortcuts: the X connection ended ({e}); no shortcuts until restart");
                return;
            }
        }
    }
}
