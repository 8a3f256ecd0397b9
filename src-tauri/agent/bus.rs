//! The resident agent on the session bus: its own interface
//! `io.github.MfaCompanion.Agent` at `/io/github/MfaCompanion` (what the CLI and the
//! window ask it), and the client side of it.
//!
//! | method | what |
//! |---|---|
//! | `Ping() → s` | the agent's version |
//! | `Code(s folder, s query) → (s code, t remaining, t period)` | an account's current code |
//! | `Copy(s folder, s query) → s name` | copies it, as the tray does |
//! | `OpenWindow(b search)` | opens the window (search focused) |
//! | `Quit()` | ends the agent |
//!
//! `folder` is the caller's data folder: the agent answers only for its own (another
//! folder gets `agent.folder`, and the CLI then reads the vault itself). Errors are
//! `org.freedesktop.DBus.Error.Failed` with the message `<stable code>: <message>`. The
//! interface has no properties, and no method returns a secret.

use std::path::Path;
use std::sync::Arc;

use zbus::proxy::MethodFlags;

use super::core::{display_name, off_runtime, Core};
use crate::error::ErrorReport;
use crate::i18n::Message;

/// The agent's well-known name.
pub const NAME: &str = "io.github.MfaCompanion";
/// The path of [`NAME`]'s own interface.
pub const PATH: &str = "/io/github/MfaCompanion";
/// The agent's own interface.
pub const INTERFACE: &str = "io.github.MfaCompanion.Agent";

/// `io.github.MfaCompanion.Agent`.
pub struct AgentObject {
    /// the agent's state
    pub core: Arc<Core>,
}

fn failed(e: ErrorReport) -> zbus::fdo::Error {
    zbus::fdo::Error::Failed(format!("{}: {}", e.code, e.message))
}

fn same_folder(core: &Core, folder: &str) -> Result<(), ErrorReport> {
    if Path::new(folder) == core.dir() {
        Ok(())
    } else {
        Err(ErrorReport::localized(
            "agent.folder",
            Message::new("agent-other-folder"),
        ))
    }
}

fn lost() -> zbus::fdo::Error {
    zbus::fdo::Error::Failed("agent.failed: the request was lost".into())
}

#[zbus::interface(name = "io.github.MfaCompanion.Agent")]
impl AgentObject {
    fn ping(&self) -> String {
        env!("CARGO_PKG_VERSION").to_string()
    }

    async fn code(&self, folder: String, query: String) -> zbus::fdo::Result<(String, u64, u64)> {
        let core = self.core.clone();
        off_runtime(move || {
            same_folder(&core, &folder)?;
            let (account, code) = core.code(&query)?;
            log::debug!("agent: code for account {}", account.id);
            Ok((
                code.code.clone(),
                u64::from(code.remaining.unwrap_or(0)),
                u64::from(code.period.unwrap_or(0)),
            ))
        })
        .await
        .ok_or_else(lost)?
        .map_err(failed)
    }

    async fn copy(&self, folder: String, query: String) -> zbus::fdo::Result<String> {
        let core = self.core.clone();
        off_runtime(move || {
            same_folder(&core, &folder)?;
            let account = core.find(&query)?;
            core.copy(&account.id).map(|a| display_name(&a))
        })
        .await
        .ok_or_else(lost)?
        .map_err(failed)
    }

    async fn open_window(&self, search: bool) -> zbus::fdo::Result<()> {
        let core = self.core.clone();
        off_runtime(move || core.open_window(search))
            .await
            .ok_or_else(lost)?
            .map_err(failed)
    }

    /// Grabs the shortcuts of the settings again; the problems as `code: message`.
    async fn reload_shortcuts(&self) -> zbus::fdo::Result<Vec<String>> {
        let core = self.core.clone();
        let problems = off_runtime(move || core.reload_shortcuts())
            .await
            .ok_or_else(lost)?;
        Ok(problems
            .into_iter()
            .map(|e| format!("{}: {}", e.code, e.message))
            .collect())
    }

    fn quit(&self) {
        self.core.quit();
    }
}

/// A code as the agent gives it.
pub struct AgentCode {
    /// the digits (no secret: what the user types)
    pub code: zeroize::Zeroizing<String>,
    /// seconds left in its period (0 for HOTP)
    pub remaining: u64,
    /// the period (0 for HOTP)
    pub period: u64,
}

/// How long the CLI waits for the agent before reading the vault itself (a stopped or
/// hung agent must not hang the CLI).
const WAIT: std::time::Duration = std::time::Duration::from_secs(3);

/// Calls `method` on a running agent without starting one (no D-Bus activation).
/// `None` when no agent runs (or no session bus is there, or it did not answer within
/// [`WAIT`]).
///
/// A runtime on this thread alone: zbus's blocking API would start a multi-threaded one,
/// whose threads cost a short-lived CLI more than the call itself.
fn call<B, R>(method: &'static str, body: B) -> Option<Result<R, ErrorReport>>
where
    B: serde::Serialize + zbus::zvariant::DynamicType,
    R: for<'d> zbus::zvariant::DynamicDeserialize<'d>,
{
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .ok()?;
    runtime.block_on(async {
        tokio::time::timeout(WAIT, call_async::<B, R>(method, &body))
            .await
            .ok()
            .flatten()
    })
}

async fn call_async<B, R>(method: &str, body: &B) -> Option<Result<R, ErrorReport>>
where
    B: serde::Serialize + zbus::zvariant::DynamicType,
    R: for<'d> zbus::zvariant::DynamicDeserialize<'d>,
{
    let conn = zbus::Connection::session().await.ok()?;
    let proxy = zbus::proxy::Builder::<zbus::Proxy<'_>>::new(&conn)
        .destination(NAME)
        .and_then(|b| b.path(PATH))
        .and_then(|b| b.interface(INTERFACE))
        .ok()?
        .cache_properties(zbus::proxy::CacheProperties::No)
        .build()
        .await
        .ok()?;
    let reply = proxy
        .call_with_flags::<_, B, R>(method, MethodFlags::NoAutoStart.into(), body)
        .await;
    match reply {
        Ok(Some(reply)) => Some(Ok(reply)),
        Ok(None) => None,
        Err(zbus::Error::MethodError(name, detail, _))
            if name.as_str() == "org.freedesktop.DBus.Error.Failed" =>
        {
            Some(Err(parse_failure(detail.as_deref().unwrap_or(""))))
        }
        Err(zbus::Error::Variant(e)) => Some(Err(ErrorReport::localized(
            "agent.failed",
            Message::new("agent-unreadable-answer").arg("error", e.to_string()),
        ))),
        // Not running (ServiceUnknown, NameHasNoOwner), or an older agent.
        Err(_) => None,
    }
}

/// Turns `code: message` back into a report (the code becomes `'static` for the
/// life of this short process).
fn parse_failure(detail: &str) -> ErrorReport {
    match detail.split_once(": ") {
        Some((code, message)) if !code.contains(' ') => ErrorReport {
            code: Box::leak(code.to_string().into_boxed_str()),
            message: message.to_string(),
        },
        _ => ErrorReport {
            code: "agent.failed",
            message: detail.to_string(),
        },
    }
}

/// The current code of `query` from a running agent serving `dir`; `None` when no
/// agent runs or it serves another folder (read the vault directly then).
pub fn code(dir: &Path, query: &str) -> Option<Result<AgentCode, ErrorReport>> {
    let folder = dir.to_string_lossy().into_owned();
    match call::<_, (String, u64, u64)>("Code", (folder, query.to_string()))? {
        Ok((code, remaining, period)) => Some(Ok(AgentCode {
            code: zeroize::Zeroizing::new(code),
            remaining,
            period,
        })),
        Err(e) if e.code == "agent.folder" => None,
        Err(e) => Some(Err(e)),
    }
}

/// Asks a running agent to open the window; false when none runs.
pub fn open_window(search: bool) -> bool {
    matches!(call::<_, ()>("OpenWindow", (search,)), Some(Ok(())))
}

/// Asks a running agent to grab the shortcuts of the settings again: `None` when no
/// agent runs, else the problems (a shortcut taken by another program, no X display).
pub fn reload_shortcuts() -> Option<Vec<ErrorReport>> {
    match call::<_, Vec<String>>("ReloadShortcuts", ())? {
        Ok(problems) => Some(problems.iter().map(|p| parse_failure(p)).collect()),
        Err(e) => Some(vec![e]),
    }
}

/// True when an agent owns [`NAME`].
pub fn running() -> bool {
    matches!(call::<_, String>("Ping", ()), Some(Ok(_)))
}

/// Asks a running agent to end; false when none runs.
pub fn quit() -> bool {
    matches!(call::<_, ()>("Quit", ()), Some(Ok(())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_agent_failure_keeps_its_stable_code() {
        let e = parse_failure("account.not_found: no account matches \"x\"");
        assert_eq!(e.code, "account.not_found");
        assert_eq!(e.message, "no account matches \"x\"");
        assert_eq!(parse_failure("odd text: here").code, "agent.failed");
    }
}
