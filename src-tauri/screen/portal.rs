//! The screen in a Wayland session, where no client may read other programs' windows: the
//! XDG desktop portal's Screenshot (`org.freedesktop.portal.Screenshot`, through `ashpd`),
//! asked for the whole screen without its dialog (non-interactive), though the desktop
//! may still ask the user to allow it. The portal, not this app, writes the picture to a
//! file and answers with its `file://` URI: the file is read into memory (at most
//! [`MAX_FILE`] bytes) and deleted at once, before it is even decoded; the PNG is then
//! decoded into the same grayscale picture the X11 capture makes ([`super::capture`]),
//! and the file's bytes and the decoded colour pixels are zeroized. A refused or
//! cancelled request is `screen.cancelled`; no portal on the session bus is
//! `screen.no_portal`, whose message says to paste a screenshot or import an image.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

use ashpd::desktop::screenshot::Screenshot;
use ashpd::desktop::ResponseError;
use image::{DynamicImage, GrayImage};
use zeroize::{Zeroize, Zeroizing};

use super::capture::{luma, MAX_SIDE};
use super::ScreenError;
use crate::portal;

/// The largest screenshot file read (bytes): a PNG of an 8K screen stays well below.
pub const MAX_FILE: u64 = 128 << 20;

/// How long the portal may take, its question to the user included.
const WAIT: Duration = Duration::from_secs(120);

/// The whole screen, through the portal, in grayscale.
pub fn screenshot() -> Result<GrayImage, ScreenError> {
    let uri = portal::block_on(WAIT, || async {
        let conn = zbus::Connection::session().await?;
        Screenshot::request()
            .interactive(false)
            .modal(true)
            .connection(Some(conn))
            .send()
            .await?
            .response()
    })
    .ok_or_else(|| ScreenError::Capture {
        detail: "the desktop's screenshot portal did not answer in time".into(),
    })?
    .map_err(|e| from_portal(&e))?;
    let path = file_of(uri.uri().as_str())?;
    let bytes = take_file(&path)?;
    decode(&bytes)
}

/// The error for what the portal (or the bus) answered.
fn from_portal(e: &ashpd::Error) -> ScreenError {
    if portal::is_missing(e) {
        return ScreenError::NoPortal {
            detail: e.to_string(),
        };
    }
    match e {
        ashpd::Error::Response(ResponseError::Cancelled)
        | ashpd::Error::Portal(ashpd::PortalError::Cancelled(_))
        | ashpd::Error::Portal(ashpd::PortalError::NotAllowed(_)) => ScreenError::Cancelled,
        ashpd::Error::Response(ResponseError::Other) => ScreenError::Capture {
            detail: "the desktop's screenshot portal took no screenshot".into(),
        },
        other => ScreenError::Capture {
            detail: format!("the desktop's screenshot portal: {other}"),
        },
    }
}

/// The local file a `file://` URI names.
fn file_of(uri: &str) -> Result<PathBuf, ScreenError> {
    let bad = || ScreenError::Capture {
        detail: "the screenshot portal answered with something other than a local file".into(),
    };
    let url = url::Url::parse(uri).map_err(|_| bad())?;
    if url.scheme() != "file" {
        return Err(bad());
    }
    url.to_file_path().map_err(|()| bad())
}

/// The bytes of the screenshot file at `path` (a regular file of at most [`MAX_FILE`]
/// bytes), which is deleted whether or not it could be read.
fn take_file(path: &Path) -> Result<Zeroizing<Vec<u8>>, ScreenError> {
    let failed = |what: &str| ScreenError::Capture {
        detail: format!("the screenshot file {what}"),
    };
    // Not followed if it is a link: only a file the portal wrote is read and deleted.
    let meta = std::fs::symlink_metadata(path).map_err(|e| failed(&format!("is gone ({e})")))?;
    if !meta.file_type().is_file() {
        return Err(failed("is not a regular file"));
    }
    let read = (|| {
        let file =
            std::fs::File::open(path).map_err(|e| failed(&format!("cannot be read ({e})")))?;
        let mut bytes = Zeroizing::new(Vec::new());
        file.take(MAX_FILE + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| failed(&format!("cannot be read ({e})")))?;
        if bytes.len() as u64 > MAX_FILE {
            return Err(failed(&format!("is larger than {MAX_FILE} bytes")));
        }
        Ok(bytes)
    })();
    let removed = std::fs::remove_file(path);
    let bytes = read?;
    removed.map_err(|e| failed(&format!("cannot be deleted ({e})")))?;
    Ok(bytes)
}

/// The screenshot (PNG, or JPEG) in grayscale; the colour pixels are zeroized.
fn decode(bytes: &[u8]) -> Result<GrayImage, ScreenError> {
    let failed = |detail: String| ScreenError::Capture { detail };
    let mut reader = image::ImageReader::new(std::io::Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| failed(format!("the screenshot cannot be read ({e})")))?;
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    reader.limits(limits);
    let img = reader
        .decode()
        .map_err(|e| failed(format!("the screenshot cannot be decoded ({e})")))?;
    let (w, h) = (img.width(), img.height());
    if w == 0 || h == 0 {
        return Err(failed(format!("the screenshot is {w}x{h} pixels")));
    }
    let mut gray = GrayImage::new(w, h);
    match img {
        DynamicImage::ImageRgba8(buf) => {
            let raw = Zeroizing::new(buf.into_raw());
            for (px, out) in raw.chunks_exact(4).zip(gray.iter_mut()) {
                *out = luma(px[0], px[1], px[2]);
            }
        }
        DynamicImage::ImageRgb8(buf) => {
            let raw = Zeroizing::new(buf.into_raw());
            for (px, out) in raw.chunks_exact(3).zip(gray.iter_mut()) {
                *out = luma(px[0], px[1], px[2]);
            }
        }
        other => {
            let raw = Zeroizing::new(other.to_rgb8().into_raw());
            wipe(other);
            for (px, out) in raw.chunks_exact(3).zip(gray.iter_mut()) {
                *out = luma(px[0], px[1], px[2]);
            }
        }
    }
    Ok(gray)
}

/// Zeroizes the pixels of a decoded picture of any other layout.
fn wipe(img: DynamicImage) {
    match img {
        DynamicImage::ImageLuma8(b) => b.into_raw().zeroize(),
        DynamicImage::ImageLumaA8(b) => b.into_raw().zeroize(),
        DynamicImage::ImageRgb8(b) => b.into_raw().zeroize(),
        DynamicImage::ImageRgba8(b) => b.into_raw().zeroize(),
        DynamicImage::ImageLuma16(b) => b.into_raw().zeroize(),
        DynamicImage::ImageLumaA16(b) => b.into_raw().zeroize(),
        DynamicImage::ImageRgb16(b) => b.into_raw().zeroize(),
        DynamicImage::ImageRgba16(b) => b.into_raw().zeroize(),
        DynamicImage::ImageRgb32F(b) => b.into_raw().zeroize(),
        DynamicImage::ImageRgba32F(b) => b.into_raw().zeroize(),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Coded;

    fn png(gray: &GrayImage, rgba: bool) -> Vec<u8> {
        let img = if rgba {
            DynamicImage::ImageRgba8(DynamicImage::ImageLuma8(gray.clone()).to_rgba8())
        } else {
            DynamicImage::ImageLuma8(gray.clone())
        };
        let mut out = std::io::Cursor::new(Vec::new());
        img.write_to(&mut out, image::ImageFormat::Png).unwrap();
        out.into_inner()
    }

    #[test]
    fn only_local_file_uris_are_taken() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("Screenshot 1.png");
        let uri = url::Url::from_file_path(&p).unwrap();
        assert_eq!(file_of(uri.as_str()).unwrap(), p);
        for bad in [
            "https://example.com/a.png",
            "file://host.example/a.png",
            "nonsense",
        ] {
            let e = file_of(bad).err().unwrap();
            assert_eq!(e.code(), "screen.capture_failed", "{bad}");
        }
    }

    #[test]
    fn the_file_is_read_then_deleted_and_too_large_ones_are_deleted_unread() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("shot.png");
        std::fs::write(&p, b"picture").unwrap();
        assert_eq!(&take_file(&p).unwrap()[..], b"picture");
        assert!(!p.exists());
        let e = take_file(&p).err().unwrap();
        assert!(e.to_string().contains("is gone"), "{e}");

        let big = std::fs::File::create(&p).unwrap();
        big.set_len(MAX_FILE + 1).unwrap();
        let e = take_file(&p).err().unwrap();
        assert!(e.to_string().contains("larger than"), "{e}");
        assert!(!p.exists());

        // A folder (or a link) is neither read nor deleted.
        let e = take_file(dir.path()).err().unwrap();
        assert!(e.to_string().contains("not a regular file"), "{e}");
        assert!(dir.path().exists());
    }

    #[test]
    fn a_png_screenshot_becomes_the_grayscale_picture_and_its_codes_are_read() {
        let page = super::super::decode::tests::page(
            "otpauth://totp/Acme:ana?secret=JBSWY3DPEHPK3PXP&issuer=Acme",
            400,
            300,
            (30, 40),
            4,
            false,
        );
        for rgba in [false, true] {
            let gray = decode(&png(&page, rgba)).unwrap();
            assert_eq!(gray, page, "rgba {rgba}");
            let scan = super::super::scan(gray, "screen").unwrap();
            assert_eq!(scan.found[0].label, "Acme:ana");
        }
        let e = decode(b"not a picture").err().unwrap();
        assert_eq!(e.code(), "screen.capture_failed");
        let huge = GrayImage::new(MAX_SIDE + 1, 1);
        let e = decode(&png(&huge, false)).err().unwrap();
        assert!(e.to_string().contains("cannot be decoded"), "{e}");
    }

    #[test]
    fn a_refusal_and_a_missing_portal_are_told_apart() {
        let cancelled = from_portal(&ashpd::Error::Response(ResponseError::Cancelled));
        assert_eq!(cancelled.code(), "screen.cancelled");
        let missing = from_portal(&ashpd::Error::Zbus(zbus::Error::FDO(Box::new(
            zbus::fdo::Error::ServiceUnknown("no portal".into()),
        ))));
        assert_eq!(missing.code(), "screen.no_portal");
        assert!(
            missing.to_string().contains("--from-clipboard"),
            "{missing}"
        );
        let other = from_portal(&ashpd::Error::Response(ResponseError::Other));
        assert_eq!(other.code(), "screen.capture_failed");
    }
}
