//! What locks the app besides `lock now` and the idle time: the screen locking (the
//! session's `org.freedesktop.ScreenSaver` or `org.gnome.ScreenSaver` `ActiveChanged(true)`,
//! logind's `Session.Lock`) and the machine going to sleep (logind's
//! `PrepareForSleep(true)`). One thread per signal blocks on the bus (no polling) and,
//! when it comes, sends `LOCK` to the agent's own socket. A bus that is not there (no
//! system bus in a container) only means that trigger is missing.

use std::io::Write;
use std::os::unix::net::UnixStream;

use zbus::blocking::{Connection, MessageIterator};
use zbus::message::Type;
use zbus::MatchRule;

use super::socket_path;

/// A signal that locks the app, and whether it carries a boolean that must be true.
struct Trigger {
    system_bus: bool,
    interface: &'static str,
    member: &'static str,
    needs_true: bool,
}

const TRIGGERS: [Trigger; 4] = [
    Trigger {
        system_bus: false,
        interface: "org.freedesktop.ScreenSaver",
        member: "ActiveChanged",
        needs_true: true,
    },
    Trigger {
        system_bus: false,
        interface: "org.gnome.ScreenSaver",
        member: "ActiveChanged",
        needs_true: true,
    },
    Trigger {
        system_bus: true,
        interface: "org.freedesktop.login1.Session",
        member: "Lock",
        needs_true: false,
    },
    Trigger {
        system_bus: true,
        interface: "org.freedesktop.login1.Manager",
        member: "PrepareForSleep",
        needs_true: true,
    },
];

/// Starts one watching thread per trigger.
pub fn spawn() {
    for t in &TRIGGERS {
        std::thread::spawn(move || {
            if let Err(e) = watch(t) {
                log::info!("agent: not watching {}.{}: {e}", t.interface, t.member);
            }
        });
    }
}

fn watch(t: &Trigger) -> zbus::Result<()> {
    let conn = if t.system_bus {
        Connection::system()?
    } else {
        Connection::session()?
    };
    let rule = MatchRule::builder()
        .msg_type(Type::Signal)
        .interface(t.interface)?
        .member(t.member)?
        .build();
    for msg in MessageIterator::for_match_rule(rule, &conn, Some(8))? {
        let Ok(msg) = msg else { continue };
        if t.needs_true && !msg.body().deserialize::<bool>().unwrap_or(false) {
            continue;
        }
        log::info!("agent: {}.{}: locking", t.interface, t.member);
        if let Ok(mut s) = UnixStream::connect(socket_path()) {
            let _ = s.write_all(b"LOCK\n");
        }
    }
    Ok(())
}
