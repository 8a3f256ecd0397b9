//! Stand-ins for the desktop around the resident agent, shared by `tests/agent.rs` and
//! `benches/agent.rs`: a tray host's `org.kde.StatusNotifierWatcher`, a notification
//! server, calls to the agent's D-Bus objects and its tray menu, the X window's close
//! button, and the process tree.
#![allow(dead_code)]

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use zbus::blocking::Connection;
use zbus::zvariant::{OwnedValue, Value};

/// The agent's well-known name.
pub const NAME: &str = "io.github.MfaCompanion";

pub fn bus() -> &'static Connection {
    static BUS: std::sync::OnceLock<Connection> = std::sync::OnceLock::new();
    BUS.get_or_init(|| Connection::session().unwrap())
}

pub fn call<B, R>(
    conn: &Connection,
    path: &str,
    iface: &str,
    method: &str,
    body: &B,
) -> zbus::Result<R>
where
    B: serde::Serialize + zbus::zvariant::DynamicType,
    R: for<'d> zbus::zvariant::DynamicDeserialize<'d>,
{
    call_at(conn, NAME, path, iface, method, body)
}

pub fn call_at<B, R>(
    conn: &Connection,
    dest: &str,
    path: &str,
    iface: &str,
    method: &str,
    body: &B,
) -> zbus::Result<R>
where
    B: serde::Serialize + zbus::zvariant::DynamicType,
    R: for<'d> zbus::zvariant::DynamicDeserialize<'d>,
{
    conn.call_method(Some(dest), path, Some(iface), method, body)?
        .body()
        .deserialize::<R>()
}

/// What the test's notification server received.
#[derive(Default, Clone)]
pub struct Seen {
    pub notifications: Arc<Mutex<Vec<(String, String)>>>,
    pub items: Arc<Mutex<Vec<String>>>,
}

pub struct Notifications(pub Seen);

#[zbus::interface(name = "org.freedesktop.Notifications")]
impl Notifications {
    #[allow(clippy::too_many_arguments)]
    fn notify(
        &self,
        _app: String,
        _replaces: u32,
        _icon: String,
        summary: String,
        body: String,
        _actions: Vec<String>,
        _hints: HashMap<String, OwnedValue>,
        _timeout: i32,
    ) -> u32 {
        let mut seen = self.0.notifications.lock().unwrap();
        seen.push((summary, body));
        u32::try_from(seen.len()).unwrap()
    }

    fn get_capabilities(&self) -> Vec<String> {
        vec!["body".into()]
    }
}

pub struct Watcher(pub Seen);

#[zbus::interface(name = "org.kde.StatusNotifierWatcher")]
impl Watcher {
    fn register_status_notifier_item(
        &self,
        service: String,
        #[zbus(header)] header: zbus::message::Header<'_>,
    ) {
        // A bus name, or (without one) an object path on the sender's connection.
        let name = if service.starts_with('/') {
            header.sender().map(|s| s.to_string()).unwrap_or_default()
        } else {
            service
        };
        self.0.items.lock().unwrap().push(name);
    }

    fn register_status_notifier_host(&self, _service: String) {}

    #[zbus(property)]
    fn registered_status_notifier_items(&self) -> Vec<String> {
        self.0.items.lock().unwrap().clone()
    }

    #[zbus(property)]
    fn is_status_notifier_host_registered(&self) -> bool {
        true
    }

    #[zbus(property)]
    fn protocol_version(&self) -> i32 {
        0
    }
}

/// Owns the tray watcher's and the notification server's names for the test's life.
pub fn desktop_services() -> (Connection, Seen) {
    let seen = Seen::default();
    let conn = zbus::blocking::connection::Builder::session()
        .unwrap()
        .name("org.kde.StatusNotifierWatcher")
        .unwrap()
        .name("org.freedesktop.Notifications")
        .unwrap()
        .serve_at("/StatusNotifierWatcher", Watcher(seen.clone()))
        .unwrap()
        .serve_at(
            "/org/freedesktop/Notifications",
            Notifications(seen.clone()),
        )
        .unwrap()
        .build()
        .unwrap();
    (conn, seen)
}

pub type Layout = (i32, HashMap<String, OwnedValue>, Vec<OwnedValue>);

/// The tray menu's items as (id, label, enabled), after `AboutToShow` as a host does.
pub fn menu(item: &str) -> Vec<(i32, String, bool)> {
    let _: bool = call_at(
        bus(),
        item,
        "/MenuBar",
        "com.canonical.dbusmenu",
        "AboutToShow",
        &(0i32,),
    )
    .unwrap();
    let (_, (_, _, children)): (u32, Layout) = call_at(
        bus(),
        item,
        "/MenuBar",
        "com.canonical.dbusmenu",
        "GetLayout",
        &(0i32, -1i32, Vec::<String>::new()),
    )
    .unwrap();
    children
        .into_iter()
        .map(|c| {
            let (id, props, _): Layout = c.try_into().unwrap();
            let text = |k: &str| props.get(k).and_then(|v| String::try_from(v.clone()).ok());
            let enabled = props
                .get("enabled")
                .and_then(|v| bool::try_from(v.clone()).ok())
                .unwrap_or(true);
            (id, text("label").unwrap_or_default(), enabled)
        })
        .collect()
}

pub fn click(item: &str, id: i32) {
    try_click(item, id).unwrap();
}

pub fn try_click(item: &str, id: i32) -> zbus::Result<()> {
    call_at(
        bus(),
        item,
        "/MenuBar",
        "com.canonical.dbusmenu",
        "Event",
        &(id, "clicked", Value::I32(0), 0u32),
    )
}

/// The processes whose parent is `pid`.
pub fn children_of(pid: u32) -> Vec<u32> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir("/proc").unwrap().flatten() {
        let Ok(p) = entry.file_name().to_string_lossy().parse::<u32>() else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(format!("/proc/{p}/stat")) else {
            continue;
        };
        // pid (comm) state ppid ...: comm may hold spaces, so split after its ')'.
        let fields: Vec<&str> = stat
            .rsplit_once(')')
            .map(|(_, r)| r)
            .unwrap_or("")
            .split_whitespace()
            .collect();
        if fields.get(1).and_then(|f| f.parse::<u32>().ok()) == Some(pid) && fields[0] != "Z" {
            found.push(p);
        }
    }
    found
}

pub fn alive(pid: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|s| {
        s.rsplit_once(')')
            .is_some_and(|(_, r)| !r.trim_start().starts_with('Z'))
    })
}

pub fn comm(pid: u32) -> String {
    std::fs::read_to_string(format!("/proc/{pid}/comm"))
        .unwrap_or_default()
        .trim()
        .to_string()
}

/// The mapped X window titled `title`, if one is.
fn find_window(
    conn: &impl x11rb::connection::Connection,
    screen: usize,
    title: &str,
) -> Option<u32> {
    use x11rb::protocol::xproto::{ConnectionExt as _, MapState};
    let root = conn.setup().roots[screen].root;
    let atom = |n: &str| {
        conn.intern_atom(false, n.as_bytes())
            .ok()?
            .reply()
            .ok()
            .map(|r| r.atom)
    };
    let (net_name, utf8) = (atom("_NET_WM_NAME")?, atom("UTF8_STRING")?);
    let tree = conn.query_tree(root).ok()?.reply().ok()?;
    tree.children.into_iter().find(|w| {
        let named = conn
            .get_property(false, *w, net_name, utf8, 0, 256)
            .ok()
            .and_then(|c| c.reply().ok())
            .is_some_and(|p| p.value == title.as_bytes());
        named
            && conn
                .get_window_attributes(*w)
                .ok()
                .and_then(|c| c.reply().ok())
                .is_some_and(|a| a.map_state == MapState::VIEWABLE)
    })
}

/// True when a window titled `title` is on screen.
pub fn window_shown(title: &str) -> bool {
    x11rb::connect(None).is_ok_and(|(conn, screen)| find_window(&conn, screen, title).is_some())
}

/// Asks the X window titled `title` to close, as a window manager's close button does
/// (`WM_DELETE_WINDOW`); false while no such window is on screen.
pub fn close_window(title: &str) -> bool {
    use x11rb::connection::Connection as _;
    use x11rb::protocol::xproto::{ClientMessageEvent, ConnectionExt as _, EventMask};
    let Ok((conn, screen)) = x11rb::connect(None) else {
        return false;
    };
    let Some(w) = find_window(&conn, screen, title) else {
        return false;
    };
    let atom = |n: &str| {
        conn.intern_atom(false, n.as_bytes())
            .unwrap()
            .reply()
            .unwrap()
            .atom
    };
    let event = ClientMessageEvent::new(
        32,
        w,
        atom("WM_PROTOCOLS"),
        [atom("WM_DELETE_WINDOW"), 0, 0, 0, 0],
    );
    conn.send_event(false, w, EventMask::NO_EVENT, event)
        .unwrap();
    conn.flush().unwrap();
    true
}

/// Closes the window titled `title` as a person would: asks (`WM_DELETE_WINDOW`), and
/// asks again every two seconds until `ended()` says its processes are gone, for at most
/// `limit`. Under Xvfb with no window manager, about one request in eight sent within
/// the first second after the window is mapped gets no `delete-event` from GTK (seen
/// with gdb: main loop idle, no grab held; a later request closes it). True once ended.
pub fn close_until(
    title: &str,
    limit: std::time::Duration,
    mut ended: impl FnMut() -> bool,
) -> bool {
    let start = std::time::Instant::now();
    let mut asked: Option<std::time::Instant> = None;
    while start.elapsed() < limit {
        if ended() {
            return true;
        }
        if asked.is_none_or(|at| at.elapsed() >= std::time::Duration::from_secs(2))
            && close_window(title)
        {
            asked = Some(std::time::Instant::now());
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    ended()
}
