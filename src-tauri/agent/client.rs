//! Talking to the agent: ask for a key, hand it one, lock it, start it.

use std::io::{BufRead, BufReader, Write};
use std::os::unix::net::UnixStream;
use std::path::Path;
use std::time::{Duration, Instant};

use zeroize::Zeroizing;

use super::{encode_dir, socket_path, AgentError};
use crate::i18n::Message;
use crate::identity::Reason;
use crate::storage::vault::DataKey;

fn request(line: &str) -> Result<Option<Zeroizing<String>>, AgentError> {
    let path = socket_path();
    let mut stream = match UnixStream::connect(&path) {
        Ok(s) => s,
        // No agent: nobody holds a key.
        Err(_) => return Ok(None),
    };
    let io = |action| {
        let path = path.clone();
        move |source| AgentError::Io {
            action,
            path,
            source,
        }
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let mut msg = Zeroizing::new(String::with_capacity(line.len() + 1));
    msg.push_str(line);
    msg.push('\n');
    stream.write_all(msg.as_bytes()).map_err(io("write"))?;
    // Room for any answer: no reallocation leaves a copy of a key behind.
    let mut answer = Zeroizing::new(String::with_capacity(128));
    BufReader::new(stream)
        .read_line(&mut answer)
        .map_err(io("read"))?;
    Ok(Some(Zeroizing::new(answer.trim_end().to_string())))
}

/// True when an agent answers.
pub fn running() -> bool {
    matches!(request("PING"), Ok(Some(a)) if a.as_str() == "PONG")
}

/// The key the agent holds for the data folder `dir`, if any.
pub fn get(dir: &Path) -> Result<Option<DataKey>, AgentError> {
    let Some(answer) = request(&format!("GET {}", encode_dir(dir)))? else {
        return Ok(None);
    };
    if answer.as_str() == "LOCKED" {
        return Ok(None);
    }
    let b64 = answer.strip_prefix("KEY ").ok_or(AgentError::Protocol)?;
    let raw = Zeroizing::new(
        data_encoding::BASE64
            .decode(b64.as_bytes())
            .map_err(|_| AgentError::Protocol)?,
    );
    if raw.len() != 32 {
        return Err(AgentError::Protocol);
    }
    let mut key = Zeroizing::new([0u8; 32]);
    key.copy_from_slice(&raw);
    Ok(Some(key))
}

/// Hands the agent the key of `dir`, forgotten after `idle_secs` of disuse.
pub fn put(dir: &Path, key: &DataKey, idle_secs: u64) -> Result<(), AgentError> {
    let b64 = Zeroizing::new(data_encoding::BASE64.encode(key.as_ref()));
    let line = Zeroizing::new(format!(
        "PUT {} {idle_secs} {}",
        encode_dir(dir),
        b64.as_str()
    ));
    match request(&line)? {
        Some(a) if a.as_str() == "OK" => Ok(()),
        Some(_) => Err(AgentError::Protocol),
        None => Err(AgentError::NotStarted {
            detail: Reason::new(Message::new("agent-reason-not-running")),
        }),
    }
}

/// Makes the agent forget every key (nothing to do when none runs).
pub fn lock_all() -> Result<(), AgentError> {
    request("LOCK").map(|_| ())
}

/// Starts the resident agent (`mfa-companion agent`, beside this executable) in the
/// background; it exits at once if one runs already.
pub fn spawn_resident() -> Result<(), crate::error::ErrorReport> {
    super::spawn_sibling("mfa-companion", &["agent"]).map_err(|detail| {
        crate::error::ErrorReport::localized(
            "agent.start",
            Message::new("agent-start").arg("detail", detail),
        )
    })
}

/// Asks an agent started alone to stop, and waits (up to 2 s) until it has.
pub fn quit_and_wait() {
    let _ = request("QUIT");
    let start = Instant::now();
    while running() && start.elapsed() < Duration::from_secs(2) {
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// Starts the key agent (this executable, `agent --keys-only`) unless one answers, and waits until it
/// does.
pub fn ensure_running() -> Result<(), AgentError> {
    if running() {
        return Ok(());
    }
    super::spawn_sibling("mfa-companion", &["agent", "--keys-only"]).map_err(|detail| {
        AgentError::NotStarted {
            detail: Reason::detail(detail),
        }
    })?;
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(5) {
        if running() {
            return Ok(());
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    Err(AgentError::NotStarted {
        detail: Reason::new(Message::new("agent-no-answer").arg("secs", 5)),
    })
}
