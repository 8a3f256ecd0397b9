//! Finding every QR code in a picture of the screen: the picture as it is and inverted
//! (light-on-dark codes beside dark-on-light ones), then, only if neither read anything,
//! at half size for codes drawn large or through noise. A fixed number of passes over one bounded picture keeps the
//! time and memory bounded. Each pass's copy of the picture is zeroized after it.

use image::GrayImage;
use zeroize::Zeroize;

/// One decoding pass over `gray`; the texts of the codes read, and whether a code was
/// seen that could not be read.
fn pass(gray: GrayImage) -> (Vec<String>, bool) {
    let mut prepared = rqrr::PreparedImage::prepare(gray);
    let grids = prepared.detect_grids();
    let mut texts = Vec::new();
    let mut unreadable = false;
    for g in grids {
        match g.decode() {
            Ok((_, text)) => texts.push(text),
            Err(_) => unreadable = true,
        }
    }
    (texts, unreadable)
}

fn inverted(gray: &GrayImage) -> GrayImage {
    let mut out = gray.clone();
    for p in out.iter_mut() {
        *p = 255 - *p;
    }
    out
}

fn half(gray: &GrayImage) -> GrayImage {
    let (w, h) = (gray.width() / 2, gray.height() / 2);
    let mut out = GrayImage::new(w.max(1), h.max(1));
    for y in 0..h {
        for x in 0..w {
            let sum: u32 = [(0, 0), (1, 0), (0, 1), (1, 1)]
                .iter()
                .map(|(dx, dy)| u32::from(gray.get_pixel(2 * x + dx, 2 * y + dy).0[0]))
                .sum();
            out.put_pixel(x, y, image::Luma([(sum / 4) as u8]));
        }
    }
    out
}

fn wipe(img: GrayImage) {
    let mut raw = img.into_raw();
    raw.zeroize();
}

/// The texts of every QR code in `gray` (each once, in the order found), and whether a
/// code was seen that could not be read. `gray` is zeroized before this returns.
pub fn find_codes(gray: GrayImage) -> (Vec<String>, bool) {
    let mut unreadable = false;
    let passes: [&dyn Fn(&GrayImage) -> GrayImage; 3] = [&GrayImage::clone, &inverted, &half];
    let mut texts: Vec<String> = Vec::new();
    for (i, make) in passes.into_iter().enumerate() {
        // Half size only when the picture as it is and inverted gave nothing.
        if i == 2 && !texts.is_empty() {
            break;
        }
        let (found, bad) = pass(make(&gray));
        unreadable |= bad;
        for t in found {
            if !texts.contains(&t) {
                texts.push(t);
            }
        }
    }
    wipe(gray);
    (texts, unreadable)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// `text` as a QR code with `scale` pixels per module, placed at (x, y) on a
    /// `w`x`h` mid-gray page; `dark_on_light` false draws it light on dark.
    pub(crate) fn page(
        text: &str,
        w: u32,
        h: u32,
        at: (u32, u32),
        scale: u32,
        dark_on_light: bool,
    ) -> GrayImage {
        let code = qrcode::QrCode::new(text.as_bytes()).unwrap();
        let n = code.width() as u32;
        let colors = code.to_colors();
        let (ink, paper) = if dark_on_light { (0, 255) } else { (255, 0) };
        let mut img = GrayImage::from_pixel(w, h, image::Luma([128]));
        for my in 0..n + 8 {
            for mx in 0..n + 8 {
                let dark = mx >= 4
                    && my >= 4
                    && mx < n + 4
                    && my < n + 4
                    && colors[((my - 4) * n + (mx - 4)) as usize] == qrcode::Color::Dark;
                let v = if dark { ink } else { paper };
                for dy in 0..scale {
                    for dx in 0..scale {
                        img.put_pixel(
                            at.0 + mx * scale + dx,
                            at.1 + my * scale + dy,
                            image::Luma([v]),
                        );
                    }
                }
            }
        }
        img
    }

    const URI: &str = "otpauth://totp/Acme:ana?secret=JBSWY3DPEHPK3PXP&issuer=Acme";

    #[test]
    fn a_code_on_a_page_and_two_codes_at_once_are_read() {
        let (texts, bad) = find_codes(page(URI, 800, 600, (100, 80), 4, true));
        assert_eq!((texts, bad), (vec![URI.to_owned()], false));
        let mut two = page(URI, 900, 500, (20, 20), 3, true);
        let other = page("https://example.com/x", 300, 300, (0, 0), 3, true);
        image::imageops::replace(&mut two, &other, 500, 100);
        let (texts, _) = find_codes(two);
        assert_eq!(texts.len(), 2, "{texts:?}");
        assert!(texts.contains(&URI.to_owned()));
    }

    #[test]
    fn a_light_on_dark_code_is_read_by_the_inverted_pass() {
        let (texts, _) = find_codes(page(URI, 600, 600, (50, 50), 4, false));
        assert_eq!(texts, vec![URI.to_owned()]);
    }

    #[test]
    fn a_page_without_a_code_gives_nothing() {
        let (texts, bad) = find_codes(GrayImage::from_pixel(640, 480, image::Luma([200])));
        assert!(texts.is_empty() && !bad);
    }
}
