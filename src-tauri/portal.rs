//! The XDG desktop portals, for what a Wayland session allows only through them (the
//! screenshot of `add --from-screen`: [`crate::screen::portal`]; the agent's global
//! shortcut: [`crate::agent::shortcuts`]). Here: telling a Wayland session apart
//! ([`on_wayland`]), running a portal call from synchronous code (or from inside another
//! async runtime, as the window's commands are) on a thread and a tokio runtime of its own
//! ([`block_on`]), and telling "no portal answers on the session bus" apart from a portal
//! that answered with a failure ([`is_missing`]). The calls go through `ashpd` on zbus, but
//! for the GlobalShortcuts portal, which the agent calls on zbus itself.

use std::future::Future;
use std::time::Duration;

/// `true` in a Wayland session (`XDG_SESSION_TYPE=wayland` or `WAYLAND_DISPLAY` set): X
/// clients then neither see other programs' windows and keys nor type into them, and the
/// portals are the way to the screen and to global shortcuts.
pub fn on_wayland() -> bool {
    std::env::var("XDG_SESSION_TYPE").is_ok_and(|t| t == "wayland")
        || std::env::var_os("WAYLAND_DISPLAY").is_some_and(|d| !d.is_empty())
}

/// Runs `make()`'s future on a current-thread tokio runtime on a new thread and waits for
/// it, at most `limit`. `None` when the time ran out or the runtime could not start. Its
/// own thread, so that callers already inside a runtime (Tauri's async commands) do not
/// nest one runtime in another.
pub fn block_on<F, Fut, T>(limit: Duration, make: F) -> Option<T>
where
    F: FnOnce() -> Fut + Send,
    Fut: Future<Output = T>,
    T: Send,
{
    std::thread::scope(|s| {
        s.spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .ok()?;
            runtime.block_on(async { tokio::time::timeout(limit, make()).await.ok() })
        })
        .join()
        .ok()
        .flatten()
    })
}

/// The D-Bus errors that mean no portal (or not this interface of it) answers.
const MISSING: [&str; 5] = [
    "org.freedesktop.DBus.Error.ServiceUnknown",
    "org.freedesktop.DBus.Error.NameHasNoOwner",
    "org.freedesktop.DBus.Error.UnknownMethod",
    "org.freedesktop.DBus.Error.UnknownInterface",
    "org.freedesktop.DBus.Error.UnknownObject",
];

/// `true` when `e` says that no portal, or no portal with the interface asked for, is on
/// the session bus (or that there is no session bus at all), rather than that a portal
/// answered and failed.
pub fn is_missing(e: &ashpd::Error) -> bool {
    match e {
        ashpd::Error::PortalNotFound(_) => true,
        ashpd::Error::Zbus(z) | ashpd::Error::Portal(ashpd::PortalError::ZBus(z)) => {
            zbus_missing(z)
        }
        _ => false,
    }
}

/// [`is_missing`] for a portal called on zbus directly.
pub fn zbus_missing(e: &zbus::Error) -> bool {
    match e {
        zbus::Error::MethodError(name, _, _) => MISSING.contains(&name.as_str()),
        zbus::Error::FDO(fdo) => matches!(
            **fdo,
            zbus::fdo::Error::ServiceUnknown(_)
                | zbus::fdo::Error::NameHasNoOwner(_)
                | zbus::fdo::Error::UnknownMethod(_)
                | zbus::fdo::Error::UnknownInterface(_)
                | zbus::fdo::Error::UnknownObject(_)
        ),
        // No session bus to ask (none started, or its address is wrong).
        zbus::Error::InputOutput(_) | zbus::Error::Address(_) | zbus::Error::Handshake(_) => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_runtime_runs_on_its_own_thread_even_inside_another_and_times_out() {
        let outer = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let got = outer.block_on(async { block_on(Duration::from_secs(5), || async { 7 }) });
        assert_eq!(got, Some(7));
        let slow = block_on(Duration::from_millis(50), || async {
            tokio::time::sleep(Duration::from_secs(5)).await;
        });
        assert!(slow.is_none());
    }

    #[test]
    fn an_absent_service_is_missing_and_a_refusal_is_not() {
        let absent = ashpd::Error::Zbus(zbus::Error::FDO(Box::new(
            zbus::fdo::Error::ServiceUnknown("no portal".into()),
        )));
        assert!(is_missing(&absent));
        let refused = ashpd::Error::Portal(ashpd::PortalError::NotAllowed("no".into()));
        assert!(!is_missing(&refused));
        let cancelled = ashpd::Error::Response(ashpd::desktop::ResponseError::Cancelled);
        assert!(!is_missing(&cancelled));
    }
}
