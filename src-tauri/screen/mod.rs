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
    #[error("{}", self.english())]
    NoDisplay {
        /// the connection's words
        detail: String,
    },
    /// The capture itself failed.
    #[error("{}", self.english())]
    Capture {
        /// what failed
        detail: String,
    },
    /// Wayland: the user refused or cancelled the desktop's screenshot request.
    #[error("{}", self.english())]
    Cancelled,
    /// Wayland: no screenshot portal answers on the session bus.
    #[error("{}", self.english())]
    NoPortal {
        /// what the bus answered
        detail: String,
    },
    /// The clipboard holds no image.
    #[error("{}", self.english())]
    NoClipboardImage,
    /// No QR code anywhere in the picture.
    #[error("{}", self.english())]
    NoQrCode {
        /// "screen" or "the clipboard image"
        where_: &'static str,
    },
    /// Codes were seen but none could be read.
    #[error("{}", self.english())]
    Unreadable {
        /// "screen" or "the clipboard image"
        where_: &'static str,
    },
    /// Every code read holds something other than an account.
    #[error("{}", self.english())]
    NotOtpauth {
        /// "screen" or "the clipboard image"
        where_: &'static str,
        /// what each one holds, described
        what: Vec<Other>,
    },
}

use crate::i18n::Localized as _;

/// Where a scan looked, in the language of the message: `where_` is "screen" or "the
/// clipboard image".
fn where_message(where_: &str) -> crate::i18n::Message {
    use crate::i18n::Message;
    if where_ == "screen" {
        Message::new("screen-on-screen")
    } else {
        Message::new("screen-on-clipboard")
    }
}

/// `a; b; c` in the message's language (`what` is never empty: a scan that found no
/// account found something else).
fn list(what: &[Other]) -> crate::i18n::Message {
    use crate::i18n::Message;
    let mut rev = what.iter().rev();
    let last = rev
        .next()
        .map_or_else(|| Other::Text { chars: 0 }.message(), |o| o.message());
    rev.fold(last, |rest, o| {
        Message::new("screen-other-list")
            .nested("first", o.message())
            .nested("rest", rest)
    })
}

impl crate::i18n::Localized for ScreenError {
    fn message(&self) -> crate::i18n::Message {
        use crate::i18n::Message;
        match self {
            ScreenError::NoDisplay { detail } => {
                Message::new("screen-no-display").arg("detail", detail.clone())
            }
            ScreenError::Capture { detail } => {
                Message::new("screen-capture").arg("detail", detail.clone())
            }
            ScreenError::Cancelled => Message::new("screen-cancelled"),
            ScreenError::NoPortal { detail } => {
                Message::new("screen-no-portal").arg("detail", detail.clone())
            }
            ScreenError::NoClipboardImage => Message::new("screen-no-clipboard-image"),
            ScreenError::NoQrCode { where_ } => {
                Message::new("screen-no-qr-code").nested("where", where_message(where_))
            }
            ScreenError::Unreadable { where_ } => {
                Message::new("screen-unreadable").nested("where", where_message(where_))
            }
            ScreenError::NotOtpauth { where_, what } => Message::new("screen-not-an-account")
                .nested("where", where_message(where_))
                .nested("what", list(what)),
        }
    }
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
    fn text(&self) -> String {
        self.message().text()
    }
}

/// What a scan found.
pub struct Scan {
    /// The accounts (or why one cannot be used), in the order found.
    pub found: Vec<Candidate>,
    /// What the other codes hold, described ("a web address (example.com)").
    pub others: Vec<Other>,
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
                Err(error) => scan.others.push(Other::DamagedExport { error }),
            }
        } else if lower.starts_with("otpauth:") {
            let c = match otpauth::parse(t) {
                Ok(a) => Candidate::new("a QR code".into(), Ok(a)),
                Err(e) => Candidate::new("a QR code".into(), Err(e.into())),
            };
            scan.found.push(c);
        } else {
            scan.others.push(describe(t));
        }
    }
    scan
}

/// What a QR code that holds no account holds, described without its text. `Display`
/// in English; [`Localized::message`](crate::i18n::Localized::message) for people.
#[derive(Debug)]
pub enum Other {
    /// A web address, by its host.
    Web {
        /// the host ("?" when it has none)
        host: String,
    },
    /// Another link, by its scheme.
    Link {
        /// the scheme, without the colon
        scheme: String,
    },
    /// Other text, by its length only (it may be private).
    Text {
        /// its length in characters
        chars: usize,
    },
    /// A Google Authenticator export that does not read.
    DamagedExport {
        /// why
        error: crate::import_export::ImportError,
    },
}

impl crate::i18n::Localized for Other {
    fn message(&self) -> crate::i18n::Message {
        use crate::i18n::Message;
        match self {
            Other::Web { host } => Message::new("screen-other-web").arg("host", host.clone()),
            Other::Link { scheme } => {
                Message::new("screen-other-link").arg("scheme", scheme.clone())
            }
            Other::Text { chars } => Message::new("screen-other-text").arg("count", *chars),
            Other::DamagedExport { error } => {
                Message::new("screen-other-damaged-export").nested("error", error.message())
            }
        }
    }
}

impl std::fmt::Display for Other {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        crate::i18n::english(self, f)
    }
}

/// A short description of a code that is not an account: a web address by its host, other
/// text by its length only (it may be private).
pub fn describe(text: &str) -> Other {
    match url::Url::parse(text) {
        Ok(u) if matches!(u.scheme(), "http" | "https") => Other::Web {
            host: u.host_str().unwrap_or("?").to_string(),
        },
        Ok(u) => Other::Link {
            scheme: u.scheme().to_string(),
        },
        Err(_) => Other::Text {
            chars: text.chars().count(),
        },
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
        let others: Vec<String> = s.others.iter().map(ToString::to_string).collect();
        assert_eq!(
            others,
            ["a web address (example.com)", "text (11 characters)"]
        );
        assert!(!others.concat().contains("token"));
    }

    #[test]
    fn a_page_of_only_web_links_says_what_it_holds_and_adds_nothing() {
        let page = decode::tests::page("https://example.org/", 400, 400, (20, 20), 4, true);
        match scan(page, "screen") {
            Err(ScreenError::NotOtpauth { what, .. }) => {
                assert_eq!(what[0].to_string(), "a web address (example.org)");
                assert_eq!(what.len(), 1);
            }
            other => panic!("{:?}", other.map(|s| s.found.len())),
        }
        let blank = GrayImage::from_pixel(100, 100, image::Luma([255]));
        let e = scan(blank, "screen").err().unwrap();
        assert_eq!(e.code(), "screen.no_qr_code");
        assert!(e.to_string().contains("zoom the page in"), "{e}");
    }

    #[test]
    fn what_a_scan_found_instead_reads_as_it_always_did_in_english() {
        let e = ScreenError::NotOtpauth {
            where_: "the clipboard image",
            what: vec![
                describe("https://example.org/x"),
                describe("mailto:ann@example.org"),
                describe("x"),
            ],
        };
        assert_eq!(
            e.to_string(),
            "the QR code(s) on the clipboard image hold no account: a web address (example.org); a mailto: link; text (1 character)"
        );
        let e = ScreenError::NoQrCode { where_: "screen" };
        assert!(
            e.to_string().starts_with("no QR code found on screen: "),
            "{e}"
        );
    }
}
