use super::*;

fn png(width: u32, height: u32) -> Vec<u8> {
    let picture = image::RgbaImage::from_fn(width, height, |x, y| {
        image::Rgba([(x % 256) as u8, (y % 256) as u8, 90, 255])
    });
    let mut out = Cursor::new(Vec::new());
    image::DynamicImage::ImageRgba8(picture)
        .write_to(&mut out, image::ImageFormat::Png)
        .unwrap();
    out.into_inner()
}

fn dimensions(bytes: &[u8]) -> (u32, u32) {
    let p = image::load_from_memory_with_format(bytes, image::ImageFormat::Png).unwrap();
    (p.width(), p.height())
}

fn refused(svg_text: &str) -> String {
    match check(svg_text.as_bytes()) {
        Err(IconImageError::UnsafeSvg { reason }) => reason,
        other => panic!("{svg_text}: {other:?}"),
    }
}

const SVG_NS: &str =
    r#"xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink""#;

#[test]
fn a_large_png_is_fitted_into_64_pixels_and_keeps_its_shape() {
    let checked = check(&png(640, 320)).unwrap();
    assert_eq!(checked.mime, "image/png");
    assert_eq!(dimensions(&checked.bytes), (64, 32));
    let small = check(&png(16, 16)).unwrap();
    assert_eq!(dimensions(&small.bytes), (16, 16));
}

#[test]
fn a_jpeg_becomes_a_png() {
    let picture = image::RgbImage::from_pixel(100, 100, image::Rgb([200, 10, 10]));
    let mut jpeg = Cursor::new(Vec::new());
    image::DynamicImage::ImageRgb8(picture)
        .write_to(&mut jpeg, image::ImageFormat::Jpeg)
        .unwrap();
    let checked = check(jpeg.get_ref()).unwrap();
    assert_eq!(checked.mime, "image/png");
    assert_eq!(dimensions(&checked.bytes), (64, 64));
}

#[test]
fn a_plain_logo_svg_is_kept_as_written() {
    let text = format!(
        r##"<?xml version="1.0" encoding="UTF-8"?>
<!-- drawn by hand -->
<svg {SVG_NS} xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" viewBox="0 0 24 24">
  <title>Acme &amp; Co</title>
  <defs><linearGradient id="g"><stop offset="0" stop-color="#f00"/></linearGradient>
    <path id="p" d="M0 0h24v24H0z"/></defs>
  <style>.a {{ fill: url(#g); }}</style>
  <use xlink:href="#p" class="a" style="fill: url('#g')"/>
  <inkscape:namedview inkscape:zoom="2"/>
  <image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>
</svg>"##
    );
    let checked = check(text.as_bytes()).unwrap();
    assert_eq!(checked.mime, "image/svg+xml");
    assert_eq!(checked.bytes, text.as_bytes());
}

#[test]
fn an_svg_that_runs_or_fetches_anything_is_refused_with_the_reason() {
    let wrap = |inner: &str| format!("<svg {SVG_NS}>{inner}</svg>");
    assert!(refused(&wrap("<script>alert(1)</script>")).contains("<script>"));
    assert!(refused(&format!(r#"<svg {SVG_NS} onload="alert(1)"/>"#)).contains("onload"));
    assert!(refused(&wrap(r#"<image href="https://evil.example/t.png"/>"#)).contains("outside"));
    assert!(refused(&wrap(r#"<use xlink:href="other.svg#a"/>"#)).contains("outside"));
    assert!(refused(&wrap(
        r#"<a href="java&#115;cript:alert(1)"><path d="M0 0"/></a>"#
    ))
    .contains("<a>"));
    assert!(refused(&wrap(
        r#"<path d="M0 0" fill="url(https://evil.example/#g)"/>"#
    ))
    .contains("fill"));
    assert!(refused(&wrap(
        r#"<path d="M0 0" style="fill:url(//evil.example/x)"/>"#
    ))
    .contains("style"));
    assert!(refused(&wrap(
        "<style>@import url(https://evil.example/a.css);</style>"
    ))
    .contains("imports"));
    assert!(refused(&wrap(r"<style>.a{background:\75 rl(x)}</style>")).contains("escapes"));
    assert!(refused(&wrap("<foreignObject><p>hi</p></foreignObject>")).contains("foreignobject"));
    assert!(refused(&wrap(r#"<set attributeName="href" to="javascript:x"/>"#)).contains("<set>"));
    assert!(refused(&format!(
        r#"<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg {SVG_NS}>&x;</svg>"#
    ))
    .contains("DOCTYPE"));
    assert!(refused(&format!(
        r#"<?xml-stylesheet href="https://evil.example/a.css"?><svg {SVG_NS}/>"#
    ))
    .contains("processing instruction"));
    assert!(refused(r#"<html><svg/></html>"#).contains("root element"));
    assert!(refused(&format!("<svg {SVG_NS}><g></svg>")).contains("well-formed"));
    let deep = format!(
        "<svg {SVG_NS}>{}{}</svg>",
        "<g>".repeat(100),
        "</g>".repeat(100)
    );
    assert!(refused(&deep).contains("nested"));
}

#[test]
fn an_image_over_the_limits_is_refused_before_it_is_decoded() {
    let big_svg = format!("<svg {SVG_NS}>{}</svg>", "<g/>".repeat(MAX_SVG / 4));
    assert!(matches!(
        check(big_svg.as_bytes()),
        Err(IconImageError::TooLarge { limit, .. }) if limit == MAX_SVG as u64
    ));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.svg");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(20 * 1024 * 1024).unwrap();
    assert_eq!(
        from_file(&path),
        Err(IconImageError::TooLarge {
            size: 20 * 1024 * 1024,
            limit: MAX_FILE
        })
    );
    let message = from_file(&path).unwrap_err().to_string();
    assert!(
        message.contains("too large") && message.contains("20971520"),
        "{message}"
    );
}

#[test]
fn what_is_not_an_image_says_so() {
    assert_eq!(check(b"hello, world"), Err(IconImageError::NotAnImage));
    assert_eq!(check(&[0, 159, 146, 150]), Err(IconImageError::NotAnImage));
    let mut cut = png(80, 80);
    cut.truncate(60);
    assert!(matches!(
        check(&cut),
        Err(IconImageError::Undecodable { .. })
    ));
    assert!(matches!(
        from_file(Path::new("/no/such/logo.png")),
        Err(IconImageError::Unreadable { .. })
    ));
}

#[test]
fn a_stored_image_must_be_what_its_media_type_says() {
    let png_data = BASE64.encode(&png(8, 8));
    assert_eq!(
        check_base64("image/png", &png_data).unwrap().mime,
        "image/png"
    );
    assert_eq!(
        check_base64("image/svg+xml", &png_data),
        Err(IconImageError::NotAnImage)
    );
    let svg_data = BASE64.encode(format!("<svg {SVG_NS}/>").as_bytes());
    assert_eq!(
        check_base64("image/svg+xml", &svg_data).unwrap().mime,
        "image/svg+xml"
    );
    assert_eq!(
        check_base64("image/png", "***"),
        Err(IconImageError::NotAnImage)
    );
}
