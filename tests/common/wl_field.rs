//! A stand-in for a browser's sign-in page on a Wayland compositor (KWin, sway): a plain
//! white xdg-shell window with a chosen title and app_id that keeps every character typed
//! into it while it has the keyboard focus, read from its wl_keyboard through the keymap
//! the compositor sends (xkbcommon, Shift and the rest applied) as any Wayland client
//! reads them. `run` never returns: it is meant for a child process the test kills.
#![allow(dead_code)]

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::os::fd::{AsFd, OwnedFd};
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};

use wayland_client::globals::{registry_queue_init, GlobalList, GlobalListContents};
use wayland_client::protocol::wl_keyboard::{self, KeyState, KeymapFormat};
use wayland_client::protocol::{
    wl_buffer, wl_compositor, wl_registry, wl_seat, wl_shm, wl_shm_pool, wl_surface,
};
use wayland_client::{delegate_noop, Connection, Dispatch, Proxy, QueueHandle, WEnum};
use wayland_protocols::xdg::shell::client::{xdg_surface, xdg_toplevel, xdg_wm_base};
use xkbcommon::xkb;

const WIDTH: i32 = 300;
const HEIGHT: i32 = 120;

struct Field {
    out: PathBuf,
    surface: wl_surface::WlSurface,
    buffer: wl_buffer::WlBuffer,
    keyboard: Option<wl_keyboard::WlKeyboard>,
    xkb: Option<xkb::State>,
    /// Configured and given its buffer; between wl_keyboard.enter and leave; the active
    /// window (xdg_toplevel's `activated` state); `out` created.
    mapped: bool,
    focused: bool,
    activated: bool,
    created: bool,
}

/// Shows a window titled `title` with app_id `app_id` on the compositor of WAYLAND_DISPLAY
/// and appends every character typed into it (while it has the keyboard focus) to `out`,
/// translated through the keymap the compositor sends (xkbcommon, with Shift etc. applied).
/// Creates `out` (empty) once the window is mapped and has received the keyboard focus
/// (wl_keyboard.enter), so a caller can wait for the file to exist. Runs until the process
/// is killed. On a seat with no keyboard yet (a headless sway with no input device has
/// none until a virtual keyboard comes) no enter can come: there `out` is created once the
/// window is mapped and activated (xdg_toplevel), the focus a keyboard will have.
pub fn run(title: &str, app_id: &str, out: &Path) -> ! {
    let conn = Connection::connect_to_env()
        .unwrap_or_else(|e| panic!("wl_field: no Wayland compositor (WAYLAND_DISPLAY): {e}"));
    let (globals, mut queue) = registry_queue_init::<Field>(&conn)
        .unwrap_or_else(|e| panic!("wl_field: cannot list the compositor's globals: {e}"));
    let qh = queue.handle();
    let compositor: wl_compositor::WlCompositor = bind(&globals, &qh, 4, "wl_compositor");
    let shm: wl_shm::WlShm = bind(&globals, &qh, 1, "wl_shm");
    let wm_base: xdg_wm_base::XdgWmBase = bind(&globals, &qh, 2, "xdg_wm_base");
    let _seat: wl_seat::WlSeat = bind(&globals, &qh, 7, "wl_seat");

    // A white XRGB8888 buffer in an unlinked temporary file the compositor maps.
    let (stride, size) = (WIDTH * 4, WIDTH * 4 * HEIGHT);
    let mut pixels = tempfile::tempfile().expect("wl_field: cannot create the pixels' file");
    pixels
        .write_all(&vec![0xff; size as usize])
        .expect("wl_field: cannot write the pixels");
    let pool = shm.create_pool(pixels.as_fd(), size, &qh, ());
    let buffer = pool.create_buffer(0, WIDTH, HEIGHT, stride, wl_shm::Format::Xrgb8888, &qh, ());
    pool.destroy();

    let surface = compositor.create_surface(&qh, ());
    let xdg = wm_base.get_xdg_surface(&surface, &qh, ());
    let toplevel = xdg.get_toplevel(&qh, ());
    toplevel.set_title(title.to_owned());
    toplevel.set_app_id(app_id.to_owned());
    // This first commit, with no buffer, asks for the configure that maps the window.
    surface.commit();

    let mut field = Field {
        out: out.to_owned(),
        surface,
        buffer,
        keyboard: None,
        xkb: None,
        mapped: false,
        focused: false,
        activated: false,
        created: false,
    };
    loop {
        queue
            .blocking_dispatch(&mut field)
            .unwrap_or_else(|e| panic!("wl_field: the Wayland connection failed: {e}"));
    }
}

impl Field {
    fn maybe_create_out(&mut self) {
        let focused = self.focused || (self.activated && self.keyboard.is_none());
        if self.mapped && focused && !self.created {
            File::create(&self.out)
                .unwrap_or_else(|e| panic!("wl_field: cannot create {}: {e}", self.out.display()));
            self.created = true;
        }
    }

    fn append(&self, text: &str) {
        let file = OpenOptions::new().create(true).append(true).open(&self.out);
        file.and_then(|mut file| file.write_all(text.as_bytes()).and_then(|()| file.flush()))
            .unwrap_or_else(|e| panic!("wl_field: cannot write to {}: {e}", self.out.display()));
    }
}

/// The compositor's global `name`, in a version up to `max`.
fn bind<I>(globals: &GlobalList, qh: &QueueHandle<Field>, max: u32, name: &str) -> I
where
    I: Proxy + 'static,
    Field: Dispatch<I, ()>,
{
    globals.bind(qh, 1..=max, ()).unwrap_or_else(|e| {
        panic!("wl_field: the compositor lacks {name} (version 1 to {max}): {e}")
    })
}

/// The keyboard's state in the keymap the compositor sent: `size` bytes of `fd`, read at
/// offset 0 (pread) since the fd may be one the compositor shares with other clients.
fn keymap(fd: OwnedFd, size: u32) -> xkb::State {
    let mut text = vec![0; size as usize];
    File::from(fd)
        .read_exact_at(&mut text, 0)
        .unwrap_or_else(|e| panic!("wl_field: cannot read the keymap ({size} bytes): {e}"));
    let text = String::from_utf8(text).expect("wl_field: the keymap is not UTF-8");
    let text = text.trim_end_matches('\0').to_owned();
    let context = xkb::Context::new(xkb::CONTEXT_NO_FLAGS);
    let flags = (xkb::KEYMAP_FORMAT_TEXT_V1, xkb::KEYMAP_COMPILE_NO_FLAGS);
    let keymap = xkb::Keymap::new_from_string(&context, text, flags.0, flags.1)
        .expect("wl_field: xkbcommon cannot compile the compositor's keymap");
    xkb::State::new(&keymap)
}

impl Dispatch<wl_registry::WlRegistry, GlobalListContents> for Field {
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

delegate_noop!(Field: wl_compositor::WlCompositor);
delegate_noop!(Field: wl_shm_pool::WlShmPool);
delegate_noop!(Field: ignore wl_shm::WlShm);
delegate_noop!(Field: ignore wl_buffer::WlBuffer);
delegate_noop!(Field: ignore wl_surface::WlSurface);

/// `impl Dispatch<$interface, ()> for Field`, its event handled by `$body`.
macro_rules! on_event {
    ($interface:ty, |$field:ident, $proxy:ident, $event:ident, $qh:ident| $body:block) => {
        impl Dispatch<$interface, ()> for Field {
            fn event(
                $field: &mut Self,
                $proxy: &$interface,
                $event: <$interface as Proxy>::Event,
                _: &(),
                _: &Connection,
                $qh: &QueueHandle<Self>,
            ) $body
        }
    };
}

on_event!(xdg_wm_base::XdgWmBase, |_field, wm_base, event, _qh| {
    if let xdg_wm_base::Event::Ping { serial } = event {
        wm_base.pong(serial);
    }
});

on_event!(xdg_surface::XdgSurface, |field, xdg, event, _qh| {
    if let xdg_surface::Event::Configure { serial } = event {
        xdg.ack_configure(serial);
        field.surface.attach(Some(&field.buffer), 0, 0);
        field.surface.damage(0, 0, WIDTH, HEIGHT);
        field.surface.commit();
        field.mapped = true;
        field.maybe_create_out();
    }
});

on_event!(xdg_toplevel::XdgToplevel, |field, _toplevel, event, _qh| {
    // Its states, u32s in native byte order; xdg_surface.configure follows.
    if let xdg_toplevel::Event::Configure { states, .. } = event {
        let activated = (xdg_toplevel::State::Activated as u32).to_ne_bytes();
        field.activated = states.chunks_exact(4).any(|state| state == activated);
    }
});

on_event!(wl_seat::WlSeat, |field, seat, event, qh| {
    if let wl_seat::Event::Capabilities { capabilities } = event {
        let caps = capabilities
            .into_result()
            .unwrap_or(wl_seat::Capability::empty());
        if caps.contains(wl_seat::Capability::Keyboard) && field.keyboard.is_none() {
            field.keyboard = Some(seat.get_keyboard(qh, ()));
        }
    }
});

on_event!(wl_keyboard::WlKeyboard, |field, _keyboard, event, _qh| {
    match event {
        wl_keyboard::Event::Keymap {
            format: WEnum::Value(KeymapFormat::XkbV1),
            fd,
            size,
        } => {
            field.xkb = Some(keymap(fd, size));
        }
        wl_keyboard::Event::Enter { .. } => {
            field.focused = true;
            field.maybe_create_out();
        }
        wl_keyboard::Event::Leave { .. } => field.focused = false,
        wl_keyboard::Event::Modifiers {
            mods_depressed,
            mods_latched,
            mods_locked,
            group,
            ..
        } => {
            if let Some(state) = field.xkb.as_mut() {
                state.update_mask(mods_depressed, mods_latched, mods_locked, 0, 0, group);
            }
        }
        wl_keyboard::Event::Key {
            key,
            state: WEnum::Value(KeyState::Pressed),
            ..
        } => {
            let Some(state) = field.xkb.as_ref() else {
                return;
            };
            let text = state.key_get_utf8(xkb::Keycode::new(key + 8));
            if !text.is_empty() && field.focused {
                field.append(&text);
            }
        }
        _ => {}
    }
});
