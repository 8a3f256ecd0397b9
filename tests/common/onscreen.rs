//! QR codes put on the test session's X screen, each in a window of its own (x11rb,
//! override-redirect, the code drawn into the window's background pixmap so the server
//! paints it), shown until the returned value is dropped. For the screen-scan tests.
#![allow(dead_code)]

use x11rb::connection::Connection;
use x11rb::protocol::xproto::{ConnectionExt, CreateWindowAux, ImageFormat, WindowClass};
use x11rb::rust_connection::RustConnection;
use x11rb::wrapper::ConnectionExt as _;

/// QR codes shown on the screen until dropped (their windows close with the connection).
pub struct Shown {
    _conn: RustConnection,
}

/// `text` as QR modules: (size, dark?) per module.
pub fn modules(text: &str) -> (u32, Vec<bool>) {
    let code = qrcode::QrCode::new(text.as_bytes()).unwrap();
    let n = code.width() as u32;
    let dark = code
        .to_colors()
        .iter()
        .map(|c| *c == qrcode::Color::Dark)
        .collect();
    (n, dark)
}

/// `text` as a black-on-white QR code PNG at `path`, `scale` pixels per module, with a
/// four-module quiet zone (a picture for a Wayland background or clipboard).
pub fn qr_png(text: &str, scale: u32, path: &std::path::Path) {
    let (size, dark) = modules(text);
    let side = (size + 8) * scale;
    let img = image::GrayImage::from_fn(side, side, |px, py| {
        let (mx, my) = (px / scale, py / scale);
        let inside = (4..size + 4).contains(&mx) && (4..size + 4).contains(&my);
        let is_dark = inside && dark[((my - 4) * size + (mx - 4)) as usize];
        image::Luma([if is_dark { 0 } else { 255 }])
    });
    img.save(path).unwrap();
}

/// Shows each `(text, x, y, scale, light_on_dark)` as a QR code in a window of its own.
pub fn show(codes: &[(&str, i16, i16, u32, bool)]) -> Shown {
    show_on(None, codes)
}

/// [`show`] on the X display `display` (`None`: `$DISPLAY`).
pub fn show_on(display: Option<&str>, codes: &[(&str, i16, i16, u32, bool)]) -> Shown {
    let (conn, n) = x11rb::connect(display).expect("the test session has an X display");
    let screen = conn.setup().roots[n].clone();
    for &(text, x, y, scale, inverted) in codes {
        let (size, dark) = modules(text);
        let side = (size + 8) * scale;
        let mut data = Vec::with_capacity((side * side * 4) as usize);
        for py in 0..side {
            for px in 0..side {
                let (mx, my) = (px / scale, py / scale);
                let inside = (4..size + 4).contains(&mx) && (4..size + 4).contains(&my);
                let is_dark = inside && dark[((my - 4) * size + (mx - 4)) as usize];
                let v = if is_dark != inverted { 0u8 } else { 255u8 };
                data.extend_from_slice(&[v, v, v, 0]);
            }
        }
        let side16 = side as u16;
        let pixmap = conn.generate_id().unwrap();
        conn.create_pixmap(screen.root_depth, pixmap, screen.root, side16, side16)
            .unwrap();
        let gc = conn.generate_id().unwrap();
        conn.create_gc(gc, pixmap, &Default::default()).unwrap();
        // Rows in chunks, under the request size limit.
        let rows_per = (200_000 / (side * 4)).max(1);
        let mut row = 0;
        while row < side {
            let rows = rows_per.min(side - row);
            let from = (row * side * 4) as usize;
            let to = ((row + rows) * side * 4) as usize;
            conn.put_image(
                ImageFormat::Z_PIXMAP,
                pixmap,
                gc,
                side16,
                rows as u16,
                0,
                row as i16,
                0,
                screen.root_depth,
                &data[from..to],
            )
            .unwrap();
            row += rows;
        }
        let win = conn.generate_id().unwrap();
        let aux = CreateWindowAux::new()
            .background_pixmap(pixmap)
            .override_redirect(1);
        conn.create_window(
            screen.root_depth,
            win,
            screen.root,
            x,
            y,
            side16,
            side16,
            0,
            WindowClass::INPUT_OUTPUT,
            0,
            &aux,
        )
        .unwrap();
        conn.map_window(win).unwrap();
    }
    conn.sync().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(200));
    Shown { _conn: conn }
}

/// `text` as a QR code image (black on white, a 4-module quiet zone, `scale` pixels per
/// module), RGBA: (side, pixels).
pub fn rgba(text: &str, scale: u32) -> (u32, Vec<u8>) {
    let (size, dark) = modules(text);
    let side = (size + 8) * scale;
    let mut out = Vec::with_capacity((side * side * 4) as usize);
    for py in 0..side {
        for px in 0..side {
            let (mx, my) = (px / scale, py / scale);
            let inside = (4..size + 4).contains(&mx) && (4..size + 4).contains(&my);
            let v = if inside && dark[((my - 4) * size + (mx - 4)) as usize] {
                0
            } else {
                255
            };
            out.extend_from_slice(&[v, v, v, 255]);
        }
    }
    (side, out)
}

/// Puts `text`'s QR code on the clipboard as an image; it is served while the returned
/// clipboard lives.
pub fn on_clipboard(text: &str, scale: u32) -> arboard::Clipboard {
    let (side, pixels) = rgba(text, scale);
    let mut clip = arboard::Clipboard::new().unwrap();
    clip.set_image(arboard::ImageData {
        width: side as usize,
        height: side as usize,
        bytes: pixels.into(),
    })
    .unwrap();
    clip
}
