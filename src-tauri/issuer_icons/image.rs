//! A logo of the user's own, from an image file or another app's export: checked and
//! made small before it is kept. A PNG or JPEG is decoded within bounds and re-encoded as
//! a 64×64 PNG (so nothing but pixels survives); an SVG is kept as written only when it
//! holds no script, no event handler, no animation and no reference outside itself.
//! Anything else is refused with the reason, and nothing is stored.

use std::io::{Cursor, Read};
use std::path::Path;

use data_encoding::BASE64;
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

/// The largest file read at all (a 20 MB "logo" is refused before it is read).
pub const MAX_FILE: u64 = 1024 * 1024;
/// The largest SVG kept as it is (logos are a few kB).
pub const MAX_SVG: usize = 128 * 1024;
/// The side of the square a raster image is fitted into.
pub const SIDE: u32 = 64;
/// The largest raster image decoded, per side.
const MAX_SIDE: u32 = 8192;
/// Elements and nesting an SVG may have: bounds on the work one file can cause.
const MAX_ELEMENTS: usize = 20_000;
const MAX_DEPTH: usize = 64;

/// Why an image is refused.
#[non_exhaustive]
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum IconImageError {
    /// The file cannot be read.
    #[error("{}", self.english())]
    Unreadable {
        /// the file's name
        path: String,
        /// the system's reason
        reason: String,
    },
    /// The file or the SVG is over the size limit.
    #[error("{}", self.english())]
    TooLarge {
        /// its size in bytes
        size: u64,
        /// the limit in bytes
        limit: u64,
    },
    /// Neither PNG, JPEG nor SVG.
    #[error("{}", self.english())]
    NotAnImage,
    /// A PNG or JPEG that cannot be decoded (or is too large in pixels).
    #[error("{}", self.english())]
    Undecodable {
        /// what the decoder said
        detail: String,
    },
    /// An SVG that holds something a logo must not.
    #[error("{}", self.english())]
    UnsafeSvg {
        /// what it holds
        reason: String,
    },
}

use crate::i18n::Localized as _;

impl crate::i18n::Localized for IconImageError {
    fn message(&self) -> crate::i18n::Message {
        use crate::i18n::Message;
        match self {
            IconImageError::Unreadable { path, reason } => Message::new("icon-unreadable")
                .arg("path", path.clone())
                .arg("reason", reason.clone()),
            IconImageError::TooLarge { size, limit } => Message::new("icon-too-large")
                .arg("size", *size)
                .arg("limit", *limit),
            IconImageError::NotAnImage => Message::new("icon-not-an-image"),
            IconImageError::Undecodable { detail } => {
                Message::new("icon-undecodable").arg("detail", detail.clone())
            }
            IconImageError::UnsafeSvg { reason } => {
                Message::new("icon-unsafe-svg").arg("reason", reason.clone())
            }
        }
    }
}

/// A checked image: its media type and its bytes, ready to keep.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked {
    /// "image/png" or "image/svg+xml"
    pub mime: &'static str,
    /// the PNG (64×64 at most) or the SVG text
    pub bytes: Vec<u8>,
}

impl Checked {
    /// The bytes as standard base64 (how the vault and exports keep them).
    pub fn base64(&self) -> String {
        BASE64.encode(&self.bytes)
    }
}

/// Reads and checks an image file, refusing a file over [`MAX_FILE`] before reading it.
pub fn from_file(path: &Path) -> Result<Checked, IconImageError> {
    let unreadable = |e: std::io::Error| IconImageError::Unreadable {
        path: path.display().to_string(),
        reason: e.to_string(),
    };
    let file = std::fs::File::open(path).map_err(unreadable)?;
    let size = file.metadata().map_err(unreadable)?.len();
    if size > MAX_FILE {
        return Err(IconImageError::TooLarge {
            size,
            limit: MAX_FILE,
        });
    }
    let mut bytes = Vec::new();
    file.take(MAX_FILE + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    check(&bytes)
}

/// Checks image bytes of any kind: PNG or JPEG (by their signatures) become a small PNG,
/// an SVG is checked as it is.
pub fn check(bytes: &[u8]) -> Result<Checked, IconImageError> {
    if bytes.len() as u64 > MAX_FILE {
        return Err(IconImageError::TooLarge {
            size: bytes.len() as u64,
            limit: MAX_FILE,
        });
    }
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") || bytes.starts_with(&[0xff, 0xd8, 0xff]) {
        return raster(bytes);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| IconImageError::NotAnImage)?;
    let head = text.trim_start_matches('\u{feff}').trim_start();
    if head.starts_with('<') && text.contains("<svg") {
        return svg(text);
    }
    Err(IconImageError::NotAnImage)
}

/// Checks a stored or imported image given as base64 with its media type.
pub fn check_base64(mime: &str, data: &str) -> Result<Checked, IconImageError> {
    if data.len() as u64 > MAX_FILE * 4 / 3 + 4 {
        return Err(IconImageError::TooLarge {
            size: data.len() as u64 * 3 / 4,
            limit: MAX_FILE,
        });
    }
    let bytes = BASE64
        .decode(data.trim().as_bytes())
        .map_err(|_| IconImageError::NotAnImage)?;
    let checked = check(&bytes)?;
    let claimed_svg = mime.eq_ignore_ascii_case("image/svg+xml");
    if claimed_svg != (checked.mime == "image/svg+xml") {
        return Err(IconImageError::NotAnImage);
    }
    Ok(checked)
}

/// Decodes a PNG or JPEG within bounds and fits it into a [`SIDE`]-pixel PNG.
fn raster(bytes: &[u8]) -> Result<Checked, IconImageError> {
    let undecodable = |e: image::ImageError| IconImageError::Undecodable {
        detail: e.to_string(),
    };
    let mut reader = image::ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| IconImageError::Undecodable {
            detail: e.to_string(),
        })?;
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(256 * 1024 * 1024);
    reader.limits(limits);
    let picture = reader.decode().map_err(undecodable)?;
    let small = if picture.width() > SIDE || picture.height() > SIDE {
        picture.thumbnail(SIDE, SIDE)
    } else {
        picture
    };
    let mut out = Cursor::new(Vec::new());
    image::DynamicImage::ImageRgba8(small.to_rgba8())
        .write_to(&mut out, image::ImageFormat::Png)
        .map_err(undecodable)?;
    Ok(Checked {
        mime: "image/png",
        bytes: out.into_inner(),
    })
}

/// Elements a logo never needs and that could run or fetch something.
const REFUSED_ELEMENTS: &[&str] = &[
    "script",
    "foreignobject",
    "iframe",
    "object",
    "embed",
    "audio",
    "video",
    "canvas",
    "handler",
    "listener",
    "a",
    "set",
    "animate",
    "animatemotion",
    "animatetransform",
    "animatecolor",
    "discard",
];

/// Checks an SVG's text, element by element.
fn svg(text: &str) -> Result<Checked, IconImageError> {
    if text.len() > MAX_SVG {
        return Err(IconImageError::TooLarge {
            size: text.len() as u64,
            limit: MAX_SVG as u64,
        });
    }
    let refuse = |reason: String| Err(IconImageError::UnsafeSvg { reason });
    let mut reader = Reader::from_str(text);
    let (mut depth, mut elements, mut root_seen) = (0usize, 0usize, false);
    let mut in_style = false;
    loop {
        let event = match reader.read_event() {
            Ok(e) => e,
            Err(e) => return refuse(format!("it is not well-formed XML ({e})")),
        };
        match event {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let empty = matches!(event, Event::Empty(_));
                elements += 1;
                if elements > MAX_ELEMENTS || depth >= MAX_DEPTH {
                    return refuse("it has too many or too deeply nested elements".into());
                }
                let name = e.local_name().into_inner().to_ascii_lowercase();
                if !root_seen && name != "svg" {
                    return refuse(format!("its root element is <{name}>, not <svg>"));
                }
                root_seen = true;
                if REFUSED_ELEMENTS.contains(&name.as_str()) {
                    return refuse(format!("it holds a <{name}> element"));
                }
                attributes(e, &name).map_err(|reason| IconImageError::UnsafeSvg { reason })?;
                if !empty {
                    depth += 1;
                    in_style = name == "style";
                }
            }
            Event::End(_) => {
                depth = depth.saturating_sub(1);
                in_style = false;
            }
            Event::Text(t) if in_style => {
                css(&t).map_err(|reason| IconImageError::UnsafeSvg { reason })?;
            }
            Event::CData(t) if in_style => {
                css(&t).map_err(|reason| IconImageError::UnsafeSvg { reason })?;
            }
            Event::GeneralRef(_) if in_style => {
                return refuse("its style uses character references".into());
            }
            Event::DocType(_) => {
                return refuse("it has a DOCTYPE, which can define entities".into());
            }
            Event::PI(_) => {
                return refuse("it has a processing instruction (such as a style sheet)".into())
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !root_seen {
        return refuse("it has no <svg> element".into());
    }
    Ok(Checked {
        mime: "image/svg+xml",
        bytes: text.as_bytes().to_vec(),
    })
}

/// Checks one element's attributes: no event handler, no reference outside the file.
fn attributes(e: &BytesStart<'_>, element: &str) -> Result<(), String> {
    for attr in e.attributes() {
        let attr = attr.map_err(|e| format!("it has a malformed attribute ({e})"))?;
        let key = attr.key.local_name().into_inner().to_ascii_lowercase();
        let value = attr
            .normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .map_err(|e| format!("it has a malformed attribute value ({e})"))?;
        let value = value.trim().to_ascii_lowercase();
        if key.starts_with("on") {
            return Err(format!("it has an event handler ({key})"));
        }
        if key == "href" || key == "src" {
            let embedded_picture = matches!(element, "image" | "feimage")
                && (value.starts_with("data:image/png;")
                    || value.starts_with("data:image/jpeg;")
                    || value.starts_with("data:image/gif;"));
            if !value.starts_with('#') && !embedded_picture {
                return Err(format!(
                    "<{element}> refers to something outside the file ({key})"
                ));
            }
        }
        if key == "style" {
            css(&value)?;
        } else if value.contains("url(") && !only_local_urls(&value) {
            return Err(format!(
                "the attribute {key} refers to something outside the file"
            ));
        }
        if value.contains("javascript:") {
            return Err(format!("the attribute {key} holds a javascript: link"));
        }
    }
    Ok(())
}

/// Checks style text: no import, no escape, no url() but to the file's own parts.
fn css(text: &str) -> Result<(), String> {
    let text = text.to_ascii_lowercase();
    if text.contains("@import") || text.contains("expression(") || text.contains('\\') {
        return Err("its style imports or escapes something".into());
    }
    if !only_local_urls(&text) {
        return Err("its style refers to something outside the file".into());
    }
    Ok(())
}

/// True when every `url(` in `text` points into the file (`url(#id)`).
fn only_local_urls(text: &str) -> bool {
    text.split("url(").skip(1).all(|rest| {
        rest.trim_start()
            .trim_start_matches(['"', '\''])
            .starts_with('#')
    })
}

#[cfg(test)]
mod tests;
