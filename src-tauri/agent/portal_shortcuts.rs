//! The agent's quick-search shortcut in a Wayland session, where no client may grab keys:
//! the desktop's GlobalShortcuts portal (`org.freedesktop.portal.GlobalShortcuts`), where
//! the desktop offers it (KDE Plasma, recent GNOME; not sway's xdg-desktop-portal-wlr).
//! One portal session binds the shortcut "show" with the settings' `shortcut_show` as the
//! preferred trigger, in the XDG shortcuts syntax (`CTRL+ALT+m`), and, where this session
//! lets the agent type (KDE Plasma, [`crate::keyboard::kwin`]), "type" with
//! `shortcut_type`; the desktop may ask the user to confirm or change them and keeps the
//! bindings as its own from then on. An activation of "show" opens the quick search, one
//! of "type" types the code the focused window asks for. Where no portal offers the
//! interface, or it refuses, the log says to bind `mfa-companion show --search` in the
//! desktop's keyboard settings, and the agent goes on without it.
//!
//! The calls are made on zbus here rather than through `ashpd`, for what Plasma 5.27
//! (Debian 12, Ubuntu 24.04) needs: its backend registers a session's shortcuts from
//! `CreateSession`'s options (an early form of the interface; `BindShortcuts` there only
//! opens System Settings), and names their owner after the session's token. So the
//! shortcut is offered in both calls, `BindShortcuts` is skipped when `CreateSession`
//! already answers with it bound, and the session token is always the same, so that the
//! keys the user picks in the desktop's settings are kept from one start to the next.

use std::collections::HashMap;
use std::sync::{Mutex, Weak};

use futures_util::StreamExt;
use zbus::zvariant::{OwnedObjectPath, OwnedValue, Value};

use super::core::Core;
use crate::error::ErrorReport;
use crate::i18n::Message;
use crate::keyboard::grab::Action;
use crate::keyboard::Shortcut;
use crate::portal;

/// The shortcuts' ids in the portal session.
const SHOW: &str = "show";
const TYPE: &str = "type";

/// A shortcut to ask the portal for: what it does, and the settings' key for it (`None`
/// lets the desktop choose).
pub struct Wanted {
    /// What its activation does.
    pub action: Action,
    /// The preferred key.
    pub preferred: Option<Shortcut>,
}

impl Wanted {
    fn id(&self) -> &'static str {
        match self.action {
            Action::Show => SHOW,
            Action::Type => TYPE,
        }
    }

    fn description(&self) -> &'static str {
        match self.action {
            Action::Show => "Bring up MFA Companion's quick search",
            Action::Type => "Type the code the focused window asks for (MFA Companion)",
        }
    }
}

/// What the desktop's users are told to do where the agent holds no shortcut.
pub const BIND_YOURSELF: &str =
    "bind `mfa-companion show --search` to a shortcut in the desktop's keyboard settings";

/// [`BIND_YOURSELF`] for people, in the language in use.
pub fn bind_yourself() -> Message {
    Message::new("agent-bind-yourself")
}

/// How the portal answered, for [`status`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum State {
    /// Not asked yet, or no answer yet (the desktop may be asking the user).
    Asking,
    /// Bound; the desktop's description of the trigger ("Ctrl+Alt+M"), possibly empty.
    Bound(String),
    /// No portal offers GlobalShortcuts on the session bus.
    NotOffered,
    /// The portal refused or failed (its words).
    Failed(String),
}

static STATE: Mutex<State> = Mutex::new(State::Asking);

fn set(state: State) {
    if let Ok(mut s) = STATE.lock() {
        *s = state;
    }
}

/// How the portal answered so far.
pub fn state() -> State {
    STATE.lock().map(|s| s.clone()).unwrap_or(State::Asking)
}

/// Asks the portal for the `wanted` shortcuts on a thread of its own, which then waits
/// for activations.
pub fn start(core: Weak<Core>, wanted: Vec<Wanted>) {
    set(State::Asking);
    let spawned = std::thread::Builder::new()
        .name("shortcuts-portal".into())
        .spawn(move || {
            let runtime = match tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
            {
                Ok(r) => r,
                Err(e) => {
                    log::warn!("shortcuts: no runtime for the portal ({e}); {BIND_YOURSELF}");
                    set(State::Failed(e.to_string()));
                    return;
                }
            };
            runtime.block_on(serve(core, wanted));
        });
    if let Err(e) = spawned {
        log::warn!("shortcuts: no thread for the portal ({e}); {BIND_YOURSELF}");
        set(State::Failed(e.to_string()));
    }
}

async fn serve(core: Weak<Core>, wanted: Vec<Wanted>) {
    let bound = bind(&wanted).await;
    let (mut activated, session, described) = match bound {
        Ok(b) => b,
        Err(Failure::Bus(e)) if portal::zbus_missing(&e) => {
            log::info!("shortcuts: the desktop offers no GlobalShortcuts portal; {BIND_YOURSELF}");
            set(State::NotOffered);
            return;
        }
        Err(e) => {
            log::warn!("shortcuts: the desktop's GlobalShortcuts portal did not bind the quick search ({e}); {BIND_YOURSELF}");
            set(State::Failed(e.to_string()));
            return;
        }
    };
    for (id, trigger) in &described {
        let what = if *id == TYPE {
            "typing"
        } else {
            "the quick search"
        };
        log::info!("shortcuts: the desktop binds {what} to {trigger:?} (GlobalShortcuts portal)");
    }
    let Some((_, show)) = described.iter().find(|(id, _)| *id == SHOW) else {
        log::warn!("shortcuts: the desktop did not bind the quick search (the user may have declined); {BIND_YOURSELF}");
        set(State::Failed("not bound".into()));
        return;
    };
    set(State::Bound(show.clone()));
    while let Some(signal) = activated.next().await {
        let Ok((from, id, _time, _options)) =
            signal
                .body()
                .deserialize::<(OwnedObjectPath, String, u64, HashMap<String, OwnedValue>)>()
        else {
            continue;
        };
        let Some(action) = wanted.iter().find(|w| w.id() == id).map(|w| w.action) else {
            continue;
        };
        if from != session {
            continue;
        }
        let core = core.clone();
        // Off this runtime: opening the window starts a process, typing waits.
        std::thread::spawn(move || {
            if let Some(core) = core.upgrade() {
                super::shortcuts::run(&core, action);
            }
        });
    }
}

/// Why the portal bound nothing.
#[derive(Debug, thiserror::Error)]
enum Failure {
    /// The bus call failed (no portal on the bus among others: [`portal::zbus_missing`]).
    #[error("{0}")]
    Bus(#[from] zbus::Error),
    /// The portal answered a request with a failure (1: the user cancelled, 2: other).
    #[error("the portal answered {0}")]
    Refused(u32),
    /// The request's answer never came (the portal left the bus).
    #[error("the portal left without answering")]
    NoAnswer,
}

const DESKTOP: &str = "org.freedesktop.portal.Desktop";
const DESKTOP_PATH: &str = "/org/freedesktop/portal/desktop";
const INTERFACE: &str = "org.freedesktop.portal.GlobalShortcuts";
/// The session's token: always the same (see the module's header).
const SESSION_TOKEN: &str = "mfa_companion";
/// The two requests' tokens (one of each per connection).
const CREATE: &str = "mfa_companion_create";
const BIND: &str = "mfa_companion_bind";

type Options<'a> = HashMap<&'static str, Value<'a>>;

/// A session with the `wanted` shortcuts offered (and bound where needed): the stream of
/// the portal's `Activated` signals (asked for before binding, so that none is missed),
/// the session's path, and the desktop's description of each bound shortcut's trigger.
async fn bind(
    wanted: &[Wanted],
) -> Result<
    (
        zbus::proxy::SignalStream<'static>,
        OwnedObjectPath,
        Vec<(&'static str, String)>,
    ),
    Failure,
> {
    let conn = zbus::Connection::session().await?;
    let portal = proxy(&conn, DESKTOP_PATH, INTERFACE).await?;
    let activated = portal.receive_signal("Activated").await?;
    // The shortcuts as the interface's `a(sa{sv})`.
    let shortcuts = || {
        wanted
            .iter()
            .map(|w| {
                let mut info: Options = HashMap::new();
                info.insert("description", Value::from(w.description()));
                if let Some(t) = &w.preferred {
                    info.insert("preferred_trigger", Value::from(t.portal_trigger()));
                }
                (w.id(), info)
            })
            .collect::<Vec<_>>()
    };
    let token = |t: &'static str| -> Options { HashMap::from([("handle_token", Value::from(t))]) };

    let mut options = token(CREATE);
    options.insert("session_handle_token", Value::from(SESSION_TOKEN));
    options.insert("shortcuts", Value::from(shortcuts()));
    let created = request(&conn, &portal, CREATE, "CreateSession", &(options,)).await?;
    let session = created
        .get("session_handle")
        .and_then(|v| String::try_from(v.try_clone().ok()?).ok())
        .and_then(|p| OwnedObjectPath::try_from(p).ok())
        .ok_or(Failure::NoAnswer)?;
    let listed = bound_triggers(&created, wanted);
    if listed.len() == wanted.len() {
        return Ok((activated, session, listed));
    }
    let body = (&session, shortcuts(), "", token(BIND));
    let bound = request(&conn, &portal, BIND, "BindShortcuts", &body).await?;
    Ok((activated, session, bound_triggers(&bound, wanted)))
}

/// The trigger descriptions of the `wanted` shortcuts a request's answer lists.
fn bound_triggers(
    results: &HashMap<String, OwnedValue>,
    wanted: &[Wanted],
) -> Vec<(&'static str, String)> {
    type Listed = Vec<(String, HashMap<String, OwnedValue>)>;
    let Some(listed) = results
        .get("shortcuts")
        .and_then(|v| v.try_clone().ok())
        .and_then(|v| Listed::try_from(v).ok())
    else {
        return Vec::new();
    };
    wanted
        .iter()
        .filter_map(|w| {
            let (_, info) = listed.iter().find(|(id, _)| id == w.id())?;
            let trigger = info
                .get("trigger_description")
                .and_then(|v| String::try_from(v.try_clone().ok()?).ok())
                .unwrap_or_default();
            Some((w.id(), trigger))
        })
        .collect()
}

async fn proxy(
    conn: &zbus::Connection,
    path: &str,
    interface: &'static str,
) -> zbus::Result<zbus::Proxy<'static>> {
    zbus::proxy::Builder::<zbus::Proxy<'static>>::new(conn)
        .destination(DESKTOP)?
        .path(path.to_owned())?
        .interface(interface)?
        .cache_properties(zbus::proxy::CacheProperties::No)
        .build()
        .await
}

/// Calls `method` of `portal` with `body`, whose options name `token` as their
/// `handle_token`, and waits for its request's `Response`; the results on success.
async fn request<B>(
    conn: &zbus::Connection,
    portal: &zbus::Proxy<'_>,
    token: &str,
    method: &str,
    body: &B,
) -> Result<HashMap<String, OwnedValue>, Failure>
where
    B: serde::Serialize + zbus::zvariant::DynamicType,
{
    // The request's path is known before the call (`…/request/SENDER/TOKEN`), so its
    // answer is listened for first.
    let sender = conn
        .unique_name()
        .map(|n| n.trim_start_matches(':').replace('.', "_"))
        .ok_or(Failure::NoAnswer)?;
    let path = format!("{DESKTOP_PATH}/request/{sender}/{token}");
    let mut answers = proxy(conn, &path, "org.freedesktop.portal.Request")
        .await?
        .receive_signal("Response")
        .await?;
    let _handle: OwnedObjectPath = portal.call(method, body).await?;
    let answer = answers.next().await.ok_or(Failure::NoAnswer)?;
    let (code, results) = answer
        .body()
        .deserialize::<(u32, HashMap<String, OwnedValue>)>()
        .map_err(Failure::Bus)?;
    match code {
        0 => Ok(results),
        n => Err(Failure::Refused(n)),
    }
}

/// What `ReloadShortcuts` says in a Wayland session: the desktop holds the shortcut (its
/// settings change it), or what to do where it holds none.
pub fn status() -> ErrorReport {
    match state() {
        State::Bound(trigger) => ErrorReport::localized(
            "keyboard.desktop_shortcut",
            if trigger.is_empty() {
                Message::new("agent-desktop-shortcut")
            } else {
                Message::new("agent-desktop-shortcut-bound").arg("trigger", trigger)
            },
        ),
        _ => ErrorReport::localized(
            "keyboard.no_display",
            Message::new("agent-no-shortcuts-wayland").nested("hint", bind_yourself()),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_status_names_the_desktops_shortcut_or_what_to_bind() {
        set(State::Bound("Ctrl+Alt+M".into()));
        let held = status();
        assert_eq!(held.code, "keyboard.desktop_shortcut");
        assert!(held.message.contains("(Ctrl+Alt+M)"), "{}", held.message);
        set(State::NotOffered);
        let none = status();
        assert_eq!(none.code, "keyboard.no_display");
        assert!(none.message.contains("show --search"), "{}", none.message);
        set(State::Asking);
    }
}
