//! QR images: decode (PNG or JPEG, bounded so a decompression bomb fails fast) and
//! render (SVG). Decoding returns the texts of every QR code found; what they mean
//! (otpauth URIs) is for the caller's parser.

use std::io::Cursor;

/// Largest image file accepted, in bytes.
pub const MAX_FILE: usize = 32 * 1024 * 1024;
/// Largest width or height, in pixels.
pub const MAX_SIDE: u32 = 8192;
/// Largest decoder allocation, in bytes.
pub const MAX_ALLOC: u64 = 256 * 1024 * 1024;

/// Why an image gave no QR text.
#[non_exhaustive]
#[derive(Debug, thiserror::Error)]
pub enum QrError {
    /// The file is over [`MAX_FILE`].
    #[error("{}", self.english())]
    FileTooLarge {
        /// its size
        size: usize,
    },
    /// Dimensions or memory over the limits.
    #[error("{}", self.english())]
    ImageTooLarge {
        /// what limit was hit
        detail: String,
    },
    /// Not a PNG or JPEG, or damaged.
    #[error("{}", self.english())]
    NotAnImage {
        /// the decoder's words
        detail: String,
    },
    /// No QR code in the picture.
    #[error("{}", self.english())]
    NoQrCode,
    /// A QR code was found but could not be read.
    #[error("{}", self.english())]
    Unreadable {
        /// the decoder's words
        detail: String,
    },
}

use crate::i18n::Localized as _;

impl crate::i18n::Localized for QrError {
    fn message(&self) -> crate::i18n::Message {
        use crate::i18n::Message;
        match self {
            QrError::FileTooLarge { size } => Message::new("qr-file-too-large").arg("size", *size),
            QrError::ImageTooLarge { detail } => {
                Message::new("qr-image-too-large").arg("detail", detail.clone())
            }
            QrError::NotAnImage { detail } => {
                Message::new("qr-not-an-image").arg("detail", detail.clone())
            }
            QrError::NoQrCode => Message::new("qr-none"),
            QrError::Unreadable { detail } => {
                Message::new("qr-unreadable").arg("detail", detail.clone())
            }
        }
    }
}

/// The texts of every QR code in an image file (PNG or JPEG).
pub fn decode(bytes: &[u8]) -> Result<Vec<String>, QrError> {
    if bytes.len() > MAX_FILE {
        return Err(QrError::FileTooLarge { size: bytes.len() });
    }
    let mut reader = image::ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| QrError::NotAnImage {
            detail: e.to_string(),
        })?;
    if !matches!(
        reader.format(),
        Some(image::ImageFormat::Png | image::ImageFormat::Jpeg)
    ) {
        return Err(QrError::NotAnImage {
            detail: "only PNG and JPEG are read".into(),
        });
    }
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_ALLOC);
    reader.limits(limits);
    let img = reader.decode().map_err(|e| match e {
        image::ImageError::Limits(l) => QrError::ImageTooLarge {
            detail: l.to_string(),
        },
        other => QrError::NotAnImage {
            detail: other.to_string(),
        },
    })?;
    let gray = img.to_luma8();
    let mut prepared = rqrr::PreparedImage::prepare(gray);
    let grids = prepared.detect_grids();
    if grids.is_empty() {
        return Err(QrError::NoQrCode);
    }
    let mut texts = Vec::new();
    let mut last_error = None;
    for g in grids {
        match g.decode() {
            Ok((_, text)) => texts.push(text),
            Err(e) => last_error = Some(e.to_string()),
        }
    }
    if texts.is_empty() {
        return Err(QrError::Unreadable {
            detail: last_error.unwrap_or_default(),
        });
    }
    Ok(texts)
}

/// `text` as a QR code in SVG (black on white, with a quiet zone).
pub fn render_svg(text: &str) -> Result<String, String> {
    let code = qrcode::QrCode::new(text.as_bytes()).map_err(|e| e.to_string())?;
    Ok(code
        .render::<qrcode::render::svg::Color<'_>>()
        .min_dimensions(240, 240)
        .quiet_zone(true)
        .build())
}

/// `text` as a QR code in PNG (for tests and exports).
pub fn render_png(text: &str, scale: u32) -> Result<Vec<u8>, String> {
    let code = qrcode::QrCode::new(text.as_bytes()).map_err(|e| e.to_string())?;
    let img = code
        .render::<image::Luma<u8>>()
        .module_dimensions(scale, scale)
        .quiet_zone(true)
        .build();
    let mut out = Vec::new();
    img.write_to(&mut Cursor::new(&mut out), image::ImageFormat::Png)
        .map_err(|e| e.to_string())?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rendered_code_decodes_back_to_its_text() {
        let uri = "otpauth://totp/Acme:alice?secret=JBSWY3DPEHPK3PXP&issuer=Acme";
        let png = render_png(uri, 6).unwrap();
        assert_eq!(decode(&png).unwrap(), vec![uri.to_string()]);
        assert!(render_svg(uri).unwrap().starts_with("<?xml"));
    }

    #[test]
    fn a_huge_declared_image_fails_fast_on_the_limits() {
        // A valid PNG header declaring 100000 x 100000 pixels, with no data behind it.
        let mut png = Vec::new();
        {
            let img = image::GrayImage::new(1, 1);
            img.write_to(&mut Cursor::new(&mut png), image::ImageFormat::Png)
                .unwrap();
        }
        // IHDR width/height live at bytes 16..24; the CRC no longer matches, which the
        // limits check must still beat or report as damage, never allocate for.
        png[16..20].copy_from_slice(&100_000u32.to_be_bytes());
        png[20..24].copy_from_slice(&100_000u32.to_be_bytes());
        let err = decode(&png).unwrap_err();
        assert!(
            matches!(
                err,
                QrError::ImageTooLarge { .. } | QrError::NotAnImage { .. }
            ),
            "{err}"
        );
    }

    #[test]
    fn text_files_and_blank_images_are_clear_errors() {
        assert!(matches!(
            decode(b"otpauth://not-an-image"),
            Err(QrError::NotAnImage { .. })
        ));
        let mut png = Vec::new();
        image::GrayImage::from_pixel(64, 64, image::Luma([255]))
            .write_to(&mut Cursor::new(&mut png), image::ImageFormat::Png)
            .unwrap();
        assert!(matches!(decode(&png), Err(QrError::NoQrCode)));
    }
}
