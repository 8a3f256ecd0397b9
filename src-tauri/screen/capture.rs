//! Taking the picture: the whole X11 screen (every monitor: on X11 they share one root
//! window) through `GetImage` with `x11rb`, in a Wayland session the desktop's
//! screenshot portal ([`super::portal`]), or an image on the clipboard through
//! `arboard`. Both become a grayscale image at once; the raw pixels are zeroized as soon
//! as they are converted, and nothing is written to disk.

use image::GrayImage;
use x11rb::connection::Connection;
use x11rb::protocol::xproto::{ConnectionExt, ImageFormat, ImageOrder};
use zeroize::Zeroizing;

use super::ScreenError;

/// The largest side of a picture decoded (pixels): an 8K screen.
pub const MAX_SIDE: u32 = 8192;

/// Grayscale of one pixel (ITU-R BT.601 weights, integers).
pub(super) fn luma(r: u8, g: u8, b: u8) -> u8 {
    ((u32::from(r) * 299 + u32::from(g) * 587 + u32::from(b) * 114) / 1000) as u8
}

/// The whole screen in grayscale: through the portal in a Wayland session, else from X11.
pub fn screen() -> Result<GrayImage, ScreenError> {
    if crate::portal::on_wayland() {
        super::portal::screenshot()
    } else {
        x11_screen()
    }
}

/// The X11 screen named by `$DISPLAY`, in grayscale.
pub fn x11_screen() -> Result<GrayImage, ScreenError> {
    let (conn, n) = x11rb::connect(None).map_err(|e| ScreenError::NoDisplay {
        detail: e.to_string(),
    })?;
    let failed = |e: &dyn std::fmt::Display| ScreenError::Capture {
        detail: e.to_string(),
    };
    let setup = conn.setup();
    let screen = setup.roots.get(n).ok_or_else(|| ScreenError::Capture {
        detail: format!("the display has no screen {n}"),
    })?;
    let (w, h) = (screen.width_in_pixels, screen.height_in_pixels);
    if u32::from(w) > MAX_SIDE || u32::from(h) > MAX_SIDE {
        return Err(ScreenError::Capture {
            detail: format!("the screen is {w}x{h}, larger than this app reads"),
        });
    }
    let bpp = setup
        .pixmap_formats
        .iter()
        .find(|f| f.depth == screen.root_depth)
        .map(|f| f.bits_per_pixel);
    if bpp != Some(32) {
        return Err(ScreenError::Capture {
            detail: format!(
                "a {}-bit screen ({:?} bits per pixel) is not supported: use a 24- or 32-bit display",
                screen.root_depth, bpp
            ),
        });
    }
    let msb = setup.image_byte_order == ImageOrder::MSB_FIRST;
    let reply = conn
        .get_image(ImageFormat::Z_PIXMAP, screen.root, 0, 0, w, h, !0)
        .map_err(|e| failed(&e))?
        .reply()
        .map_err(|e| failed(&e))?;
    let data = Zeroizing::new(reply.data);
    let (w, h) = (u32::from(w), u32::from(h));
    if data.len() < (w * h * 4) as usize {
        return Err(ScreenError::Capture {
            detail: "the X server sent fewer pixels than the screen has".into(),
        });
    }
    let mut gray = GrayImage::new(w, h);
    for (px, out) in data.chunks_exact(4).zip(gray.iter_mut()) {
        // 32 bits per pixel: B G R X in LSB-first order, X R G B in MSB-first.
        *out = if msb {
            luma(px[1], px[2], px[3])
        } else {
            luma(px[2], px[1], px[0])
        };
    }
    Ok(gray)
}

/// The image on the clipboard, in grayscale.
pub fn clipboard_image() -> Result<GrayImage, ScreenError> {
    let mut clip = arboard::Clipboard::new().map_err(|e| ScreenError::NoDisplay {
        detail: e.to_string(),
    })?;
    let img = clip.get_image().map_err(|e| match e {
        arboard::Error::ContentNotAvailable => ScreenError::NoClipboardImage,
        other => ScreenError::Capture {
            detail: other.to_string(),
        },
    })?;
    let (w, h) = (img.width as u32, img.height as u32);
    if w == 0 || h == 0 || w > MAX_SIDE || h > MAX_SIDE {
        return Err(ScreenError::Capture {
            detail: format!("the clipboard image is {w}x{h} pixels"),
        });
    }
    let rgba = Zeroizing::new(img.bytes.into_owned());
    if rgba.len() < (w * h * 4) as usize {
        return Err(ScreenError::Capture {
            detail: "the clipboard image is cut short".into(),
        });
    }
    let mut gray = GrayImage::new(w, h);
    for (px, out) in rgba.chunks_exact(4).zip(gray.iter_mut()) {
        *out = luma(px[0], px[1], px[2]);
    }
    Ok(gray)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grayscale_weights_keep_black_white_and_order_green_over_red_over_blue() {
        assert_eq!(luma(0, 0, 0), 0);
        assert_eq!(luma(255, 255, 255), 255);
        assert!(luma(0, 255, 0) > luma(255, 0, 0) && luma(255, 0, 0) > luma(0, 0, 255));
    }
}
