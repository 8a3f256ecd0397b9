//! The agent: a small process without WebKit that lives in the user's session.
//!
//! Started as `mfa-companion agent` (at login, by D-Bus activation, or by hand) it is
//! the resident agent ([`resident`]): `io.github.MfaCompanion` on the session bus, with
//! the tray ([`tray`]), the global shortcuts ([`shortcuts`]; on Wayland through the
//! desktop's portal, [`portal_shortcuts`]), the desktop search ([`search`]), its own interface for the CLI
//! and the window ([`bus`]) and quick copy ([`core`]); [`install`] writes the files that
//! start it.
//!
//! Its other duty, also done alone by `mfa-companion agent --keys-only` (what `unlock`
//! starts when no resident agent runs): while the app lock is open it holds each vault's
//! data key in memory (locked against swapping, zeroized when dropped) and hands it to
//! the CLI and the window of the same user, until `mfa-companion lock now`, its idle
//! timeout, the screen locking, the machine going to sleep (see `triggers`), or its
//! end. It never writes a key anywhere.
//!
//! It listens on `$XDG_RUNTIME_DIR/mfa-companion/agent.sock` (a 0700 folder; without
//! `XDG_RUNTIME_DIR`, `/tmp/mfa-companion-<uid>/`), one request per connection, one line
//! each way:
//!
//! | request | answer |
//! |---|---|
//! | `PING` | `PONG` |
//! | `GET <folder>` | `KEY <base64>` or `LOCKED` |
//! | `PUT <folder> <idle seconds> <base64>` | `OK` |
//! | `LOCK` | `OK` (every key forgotten) |
//! | `QUIT` | `OK` (the agent exits) |
//!
//! `<folder>` is the data folder, base64 of its path. Idle, the agent sleeps in
//! `accept`; a timer thread wakes only at the next key's expiry.

pub mod bus;
pub mod client;
mod core;
mod deadline;
pub mod install;
mod keys;
mod portal_shortcuts;
mod resident;
mod search;
mod shortcuts;
mod tray;
mod triggers;

use std::path::PathBuf;

use crate::i18n::{Localized, Message};
use crate::identity::Reason;

pub use resident::run;

/// Runs the key agent alone (`agent --keys-only`) until it holds no key any more.
pub fn serve_keys() -> Result<(), AgentError> {
    keys::serve(None)
}

/// What the agent or a client of it can report. Never holds a key.
#[non_exhaustive]
#[derive(Debug, thiserror::Error)]
pub enum AgentError {
    /// The socket could not be created, reached or used.
    #[error("{}", self.english())]
    Io {
        /// what was being done: `write`, `read`, `create`, `protect` or `listen` (a
        /// selector of the message `agent-io`)
        action: &'static str,
        /// the socket or its folder
        path: PathBuf,
        /// the OS error
        source: std::io::Error,
    },
    /// The agent answered something this version does not understand.
    #[error("{}", self.english())]
    Protocol,
    /// The agent did not start.
    #[error("{}", self.english())]
    NotStarted {
        /// what happened
        detail: Reason,
    },
}

impl Localized for AgentError {
    fn message(&self) -> Message {
        match self {
            AgentError::Io {
                action,
                path,
                source,
            } => Message::new("agent-io")
                .arg("action", *action)
                .arg("path", path.display().to_string())
                .arg("error", source.to_string()),
            AgentError::Protocol => Message::new("agent-protocol"),
            AgentError::NotStarted { detail } => {
                Message::new("agent-not-started").nested("detail", detail.message())
            }
        }
    }
}

/// The executable `name` installed beside this one (the CLI and the window's).
pub fn sibling(name: &str) -> std::io::Result<PathBuf> {
    Ok(std::env::current_exe()?.with_file_name(name))
}

/// Starts the sibling executable `name` with `args` in the background (no stdin, no
/// output) and reaps it when it ends (a thread sleeps in `wait` until then). The error
/// says what could not be started.
pub(crate) fn spawn_sibling(name: &str, args: &[&str]) -> Result<(), String> {
    let path = sibling(name).map_err(|e| format!("cannot tell where this program is: {e}"))?;
    let mut child = std::process::Command::new(&path)
        .args(args)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .map_err(|e| format!("{}: {e}", path.display()))?;
    std::thread::spawn(move || child.wait());
    Ok(())
}

/// The agent's socket.
pub fn socket_path() -> PathBuf {
    runtime_dir().join("agent.sock")
}

/// The agent's private folder.
pub fn runtime_dir() -> PathBuf {
    match std::env::var_os("XDG_RUNTIME_DIR") {
        Some(d) if !d.is_empty() => PathBuf::from(d).join("mfa-companion"),
        _ => std::env::temp_dir().join(format!("mfa-companion-{}", uid())),
    }
}

fn uid() -> u32 {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        std::fs::metadata("/proc/self")
            .map(|m| m.uid())
            .unwrap_or(0)
    }
    #[cfg(not(unix))]
    {
        0
    }
}

fn encode_dir(dir: &std::path::Path) -> String {
    data_encoding::BASE64.encode(dir.as_os_str().as_encoded_bytes())
}
