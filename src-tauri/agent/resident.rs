//! `mfa-companion agent`: the resident agent's start and end. It claims
//! `io.github.MfaCompanion` on the session bus (a second start finds it taken, says so
//! and exits 0), serves its own interface, the desktop search and the key socket, and
//! shows the tray. Then the main thread sleeps until `Quit` (D-Bus or the tray menu) or
//! the end of the session bus.
//! Nothing runs on a timer while nobody calls it.

use std::sync::mpsc;
use std::sync::Arc;

use zbus::fdo::{RequestNameFlags, RequestNameReply};

use super::bus::{AgentObject, NAME, PATH};
use super::core::Core;
use super::search::{GnomeSearch, KRunner, KRUNNER_PATH, SEARCH_PATH};
use super::tray::Tray;
use crate::error::{Coded, ErrorReport};
use crate::i18n::Message;
use crate::storage::AccountStore;

fn bus_failed(e: zbus::Error) -> ErrorReport {
    ErrorReport::localized(
        "agent.bus",
        Message::new("agent-bus").arg("error", e.to_string()),
    )
}

/// Runs the resident agent until it is told to quit. Returns at once (success) when
/// another agent owns the name.
pub fn run() -> Result<(), ErrorReport> {
    let store = AccountStore::open_default().map_err(|e| e.report())?;
    let (quit_tx, quit_rx) = mpsc::channel();
    let core = Core::new(store, quit_tx);
    let conn = zbus::blocking::connection::Builder::session()
        .and_then(|b| b.serve_at(PATH, AgentObject { core: core.clone() }))
        .and_then(|b| b.serve_at(SEARCH_PATH, GnomeSearch { core: core.clone() }))
        .and_then(|b| b.serve_at(KRUNNER_PATH, KRunner { core: core.clone() }))
        .and_then(|b| b.build())
        .map_err(bus_failed)?;
    let reply = conn.request_name_with_flags(NAME, RequestNameFlags::DoNotQueue.into());
    match reply {
        Ok(RequestNameReply::PrimaryOwner | RequestNameReply::AlreadyOwner) => {}
        Ok(_) | Err(zbus::Error::NameTaken) => {
            println!("an MFA Companion agent runs already");
            return Ok(());
        }
        Err(e) => return Err(bus_failed(e)),
    }
    log::info!(
        "agent: {NAME} on the session bus, serving {}",
        core.dir().display()
    );
    if let Err(e) = super::install::integrate() {
        log::warn!("agent: {e}");
    }
    // The session ends (its bus goes away): so does the agent.
    {
        let conn = conn.clone();
        let core = Arc::downgrade(&core);
        std::thread::spawn(move || {
            conn.closed();
            log::info!("agent: the session bus closed");
            if let Some(c) = core.upgrade() {
                c.quit();
            }
        });
    }
    let on_lock = {
        let core = Arc::downgrade(&core);
        Box::new(move || {
            if let Some(c) = core.upgrade() {
                c.forget_key();
            }
        })
    };
    std::thread::spawn(move || {
        if let Err(e) = super::keys::serve(Some(on_lock)) {
            log::warn!("agent: no key socket: {e}");
        }
    });
    if let Some(grabs) = super::shortcuts::start(&core) {
        core.hold_shortcuts(grabs);
    }
    let tray = {
        use ksni::blocking::TrayMethods;
        Tray::new(core.clone()).assume_sni_available(true).spawn()
    };
    if let Err(e) = &tray {
        log::warn!("agent: no tray item: {e}");
    }
    // Sleeps until Quit.
    let _ = quit_rx.recv();
    log::info!("agent: quitting");
    if let Ok(handle) = tray {
        handle.shutdown().wait();
    }
    let _ = conn.release_name(NAME);
    let _ = std::fs::remove_file(super::socket_path());
    Ok(())
}
