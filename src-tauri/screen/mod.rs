//! Adding accounts from the screen or the clipboard: [`capture`] takes the picture (the
//! whole X11 screen, or an image on the clipboard; in a Wayland session the screen comes
//! through the desktop's Screenshot portal, [`portal`]), [`decode`] finds every QR code in it,
//! and [`read`] turns their texts into accounts for the import plan: `otpauth://` links
//! and Google Authenticator export codes (`otpauth-migration://`, with the batch they
//! belong to, "2 of 3"), while any other code is described (a web address, text) and
//! never added. This app never writes the picture to disk (on Wayland the portal does:
//! that file is read and deleted at once) and zeroizes it once decoded.
//! Tauri-free: the CLI (`add --from-screen`, `--from-clipboard`) and the window use it.

pub mod capture;
pub mod decode;
pub mod portal;

use image::GrayImage;

use crate::error::Coded;
use crate::import_export::{google, Candidate};
use crate::otpauth;

/// Why nothing could be taken from the screen or the clipboard.
#[non_exhaustive]
#[derive(Debug, thiserror::Error)]
pub enum ScreenError {
    /// No X display to capture (`$DISPLAY` unset or refused) and no Wayland session.
    #[error("cannot reach the screen ({detail}): scanning needs an X11 or a Wayland session; or save the QR code as an image and import it (`import FILE`, or Import in the window)")]
    NoDisplay {
        /// the connection's words
        detail: String,
    },
    /// The capture itself failed.
    #[error("the screen could not be captured ({detail})")]
    Capture {
        /// what failed
        detail: String,
    },
    /// Wayland: the user refused or cancelled the desktop's screenshot request.
    #[error("the screenshot was refused or cancelled: allow MFA Companion to take a screenshot when the desktop asks (or in its privacy settings); or copy a screenshot of the QR code and paste it (Ctrl+V in the window, `add --from-clipboard`)")]
    Cancelled,
    /// Wayland: no screenshot portal answers on the session bus.
    #[error("cannot capture the screen in this Wayland session: the desktop offers no screenshot portal (org.freedesktop.portal.Screenshot: install xdg-desktop-portal and the desktop's backend) ({detail}); copy a screenshot of the QR code and paste it instead (Ctrl+V in the window, `add --from-clipboard`), or save it as an image and import it (`import FILE`)")]
    NoPortal {
        /// what the bus answered
        detail: String,
    },
    /// The clipboard holds no image.
    #[error("the clipboard holds no image: copy a screenshot of the QR code first")]
    NoClipboardImage,
    /// No QR code anywhere in the picture.
    #[error("no QR code found on {where_}: zoom the page in so the code is larger, or use an image file")]
    NoQrCode {
        /// "screen" or "the clipboard image"
        where_: &'static str,
    },
    /// Codes were seen but none could be read.
    #[error("a QR code was seen on {where_} but could not be read: zoom the page in, or use an image file")]
    Unreadable {
        /// "screen" or "the clipboard image"
        where_: &'static str,
    },
    /// Every code read holds something other than an account.
    #[error("the QR code(s) on {where_} hold no account: {}", what.join("; "))]
    NotOtpauth {
        /// "screen" or "the clipboard image"
        where_: &'static str,
        /// what each one holds, described
        what: Vec<String>,
    },
}

impl Coded for ScreenError {
    fn code(&self) -> &'static str {
        match self {
            ScreenError::NoDisplay { .. } => "screen.no_display",
            ScreenError::Capture { .. } => "screen.capture_failed",
            ScreenError::Cancelled => "screen.cancelled",
            ScreenError::NoPortal { .. } => "screen.no_portal",
            ScreenError::NoClipboardImage => "screen.no_clipboard_image",
            ScreenError::NoQrCode { .. } => "screen.no_qr_code",
            ScreenError::Unreadable { .. } => "screen.unreadable",
            ScreenError::NotOtpauth { .. } => "screen.not_an_account",
        }
    }
}

/// What a scan found.
pub struct Scan {
    /// The accounts (or why one cannot be used), in the order found.
    pub found: Vec<Candidate>,
    /// What the other codes hold, described ("a web address (example.com)").
    pub others: Vec<String>,
    /// Google Authenticator export batches seen: (this one, of how many), from 1.
    pub batches: Vec<(i32, i32)>,
}

/// Scans the whole screen (on Wayland, the desktop's screenshot portal may ask the user).
pub fn scan_screen() -> Result<Scan, ScreenError> {
    scan(capture::screen()?, "screen")
}

/// Scans the image on the clipboard.
pub fn scan_clipboard() -> Result<Scan, ScreenError> {
    scan(capture::clipboard_image()?, "the clipboard image")
}

/// Decodes `gray` (zeroized on the way) and reads what its codes hold.
pub fn scan(gray: GrayImage, where_: &'static str) -> Result<Scan, ScreenError> {
    let (texts, unreadable) = decode::find_codes(gray);
    if texts.is_empty() {
        return Err(if unreadable {
            ScreenError::Unreadable { where_ }
        } else {
            ScreenError::NoQrCode { where_ }
        });
    }
    let scan = read(&texts);
    if scan.found.is_empty() {
        return Err(ScreenError::NotOtpauth {
            where_,
            what: scan.others,
        });
    }
    Ok(scan)
}

/// What the texts of QR codes hold.
pub fn read(texts: &[String]) -> Scan {
    let mut scan = Scan {
        found: Vec::new(),
        others: Vec::new(),
        batches: Vec::new(),
    };
    for t in texts {
        let lower = t.get(..20).unwrap_or(t).to_ascii_lowercase();
        if lower.starts_with("otpauth-migration:") {
            match google::read_uri(t) {
                Ok(entries) => {
                    scan.found.extend(entries);
                    if let Some(b) = google::batch_of(t) {
                        scan.batches.push(b);
                    }
                }
                Err(e) => scan
                    .others
                    .push(format!("a damaged Google Authenticator export ({e})")),
            }
        } else if lower.starts_with("otpauth:") {
            let c = match otpauth::parse(t) {
                Ok(a) => Candidate::new("a QR code".into(), Ok(a)),
                Err(e) => Candidate::new("a QR code".into(), Err(e.to_string())),
            };
            scan.found.push(c);
        } else {
            scan.others.push(describe(t));
        }
    }
    scan
}

/// A short description of a code that is not an account: a web address by its host, other
/// text by its length only (it may be private).
pub fn describe(text: &str) -> String {
    match url::Url::parse(text) {
        Ok(u) if matches!(u.scheme(), "http" | "https") => {
            format!("a web address ({})", u.host_str().unwrap_or("?"))
        }
        Ok(u) => format!("a {}: link", u.scheme()),
        Err(_) => format!("text ({} characters)", text.chars().count()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_read_as_accounts_exports_or_described_without_their_text() {
        let texts = vec![
            "otpauth://totp/Acme:ana?secret=JBSWY3DPEHPK3PXP&issuer=Acme".to_owned(),
            "https://example.com/private?token=abc".to_owned(),
            "hello there".to_owned(),
            "otpauth://totp/Bad?secret=!!".to_owned(),
        ];
        let s = read(&texts);
        assert_eq!(s.found.len(), 2);
        assert_eq!(s.found[0].label, "Acme:ana");
        assert!(s.found[1].item.is_err());
        assert_eq!(
            s.others,
            ["a web address (example.com)", "text (11 characters)"]
        );
        assert!(!s.others.concat().contains("token"));
    }

    #[test]
    fn a_page_of_only_web_links_says_what_it_holds_and_adds_nothing() {
        let page = decode::tests::page("https://example.org/", 400, 400, (20, 20), 4, true);
        match scan(page, "screen") {
            Err(ScreenError::NotOtpauth { what, .. }) => {
                assert_eq!(what, ["a web address (example.org)"]);
            }
            other => panic!("{:?}", other.map(|s| s.found.len())),
        }
        let blank = GrayImage::from_pixel(100, 100, image::Luma([255]));
        let e = scan(blank, "screen").err().unwrap();
        assert_eq!(e.code(), "screen.no_qr_code");
        assert!(e.to_string().contains("zoom the page in"), "{e}");
    }
}
