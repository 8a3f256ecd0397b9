//! The paper backup: one self-contained HTML page to print (no script, no network, CSS
//! inline, each QR code an inline SVG) with, per account, its QR code (the Key URI), its
//! names and parameters, its secret in groups of four, its note and its recovery codes.
//! `@page` and break rules keep an account on one page, on A4 and Letter alike. THE PAGE
//! HOLDS EVERY SECRET IN THE CLEAR; every name in it is HTML-escaped.

use std::fmt::Write as _;

use zeroize::Zeroizing;

use super::Item;
use crate::otp::Kind;
use crate::otpauth;

/// The page's style: print first (black on white, mm sizes), readable on screen too.
const STYLE: &str = "\
@page { margin: 14mm 12mm; }
* { box-sizing: border-box; }
html { background: #fff; color: #000; }
body { font: 10.5pt/1.35 system-ui, sans-serif; max-width: 186mm; margin: 0 auto; padding: 4mm 0; }
h1 { font-size: 16pt; margin: 0 0 2mm; }
.meta { margin: 0 0 3mm; color: #333; }
.warning { border: 0.8mm solid #000; padding: 3mm 4mm; margin: 0 0 5mm; font-weight: 600; break-inside: avoid; page-break-inside: avoid; }
.account { display: flex; gap: 5mm; align-items: flex-start; border: 0.3mm solid #777; border-radius: 2mm; padding: 4mm; margin: 0 0 4mm; break-inside: avoid; page-break-inside: avoid; }
.qr { flex: 0 0 42mm; }
.qr svg { display: block; width: 42mm; height: 42mm; }
.text { flex: 1 1 auto; min-width: 0; }
h2 { font-size: 13pt; margin: 0; overflow-wrap: anywhere; }
.name { margin: 0 0 2mm; overflow-wrap: anywhere; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.5mm 3mm; margin: 0; }
dt { color: #333; }
dd { margin: 0; overflow-wrap: anywhere; }
.secret { font: 600 11.5pt/1.4 ui-monospace, monospace; word-spacing: 0.35em; }
.recovery { margin: 1mm 0 0; padding: 0; list-style: none; columns: 2; font-family: ui-monospace, monospace; }
.recovery .used { color: #555; text-decoration: line-through; }
.note { white-space: pre-wrap; }
footer { margin-top: 4mm; font-size: 9pt; color: #333; }
@media print { body { padding: 0; } }
";

/// Appends `text` with `& < > " '` escaped, for element text and quoted attribute values.
fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// A base32 secret in groups of four, separated by spaces.
pub(crate) fn grouped(secret: &str) -> Zeroizing<String> {
    let mut out = Zeroizing::new(String::with_capacity(secret.len() + secret.len() / 4));
    for (i, c) in secret.chars().enumerate() {
        if i > 0 && i % 4 == 0 {
            out.push(' ');
        }
        out.push(c);
    }
    out
}

/// The QR code of `text` as inline SVG (one unit per module, a 4-module quiet zone),
/// drawn by the `qrcode` crate; the XML declaration and namespace (a URL) are left out,
/// which inline SVG in HTML does not need.
pub(crate) fn qr_svg(text: &str) -> Result<Zeroizing<String>, String> {
    let code = qrcode::QrCode::new(text.as_bytes()).map_err(|e| e.to_string())?;
    let svg = Zeroizing::new(
        code.render::<qrcode::render::svg::Color<'_>>()
            .module_dimensions(1, 1)
            .quiet_zone(true)
            .build(),
    );
    let start = svg.find("<svg").ok_or("the QR code has no <svg> element")?;
    Ok(Zeroizing::new(svg[start..].replacen(
        r#" xmlns="http://www.w3.org/2000/svg""#,
        "",
        1,
    )))
}

/// What the account's codes are: "TOTP · SHA1 · 6 digits · every 30 s".
fn kind_line(a: &otpauth::UriAccount) -> String {
    let p = &a.params;
    match p.kind() {
        Kind::Steam => "Steam Guard · 5 characters · every 30 s".to_string(),
        Kind::Hotp => format!(
            "HOTP (counter) · {} · {} digits · next counter {}",
            p.algorithm().as_str(),
            p.digits(),
            p.counter().unwrap_or(0)
        ),
        Kind::Totp => format!(
            "TOTP · {} · {} digits · every {} s",
            p.algorithm().as_str(),
            p.digits(),
            p.period().unwrap_or(30)
        ),
    }
}

/// The page for `items`, written at `now` (Unix seconds).
pub fn render(items: &[Item], now: u64) -> Result<Zeroizing<Vec<u8>>, String> {
    let (y, m, d, ..) = crate::backups::names::civil(now);
    let mut page = Zeroizing::new(String::with_capacity(16 * 1024 + items.len() * 12 * 1024));
    let n = items.len();
    let _ = write!(
        page,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
<meta name=\"referrer\" content=\"no-referrer\">\n\
<title>MFA Companion paper backup ({y:04}-{m:02}-{d:02})</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n\
<header>\n<h1>MFA Companion paper backup</h1>\n\
<p class=\"meta\">{n} account{s}, written {y:04}-{m:02}-{d:02}. Print it, then delete this file.</p>\n\
<p class=\"warning\" role=\"alert\">This page holds every secret in the clear: anyone who sees it, \
or a photo or copy of it, can make your codes. Keep the printout somewhere safe (a safe, a locked \
drawer), do not keep this file, and do not print on a shared or networked printer you do not trust. \
To restore an account, scan its QR code with an authenticator app or type its secret.</p>\n</header>\n<main>\n",
        s = if n == 1 { "" } else { "s" },
    );
    for item in items {
        let a = &item.uri;
        let uri = otpauth::format(&a.issuer, &a.account, &a.params, &a.secret);
        let svg = qr_svg(&uri)?;
        let title = if a.issuer.is_empty() {
            &a.account
        } else {
            &a.issuer
        };
        page.push_str("<section class=\"account\" data-otpauth=\"");
        escape_into(&mut page, &uri);
        page.push_str("\">\n<div class=\"qr\" role=\"img\" aria-label=\"QR code of ");
        escape_into(&mut page, &item.account.label());
        page.push_str("\">");
        page.push_str(&svg);
        page.push_str("</div>\n<div class=\"text\">\n<h2>");
        escape_into(&mut page, title);
        page.push_str("</h2>\n<p class=\"name\">");
        if !a.issuer.is_empty() {
            escape_into(&mut page, &a.account);
        }
        page.push_str("</p>\n<dl>\n<dt>Codes</dt><dd>");
        escape_into(&mut page, &kind_line(a));
        page.push_str("</dd>\n<dt>Secret</dt><dd class=\"secret\">");
        page.push_str(&grouped(&a.secret.to_base32()));
        page.push_str("</dd>\n");
        if !item.tags.is_empty() {
            page.push_str("<dt>Tags</dt><dd>");
            escape_into(&mut page, &item.tags.join(", "));
            page.push_str("</dd>\n");
        }
        if let Some(note) = item.note.as_deref().filter(|n| !n.trim().is_empty()) {
            page.push_str("<dt>Note</dt><dd class=\"note\">");
            escape_into(&mut page, note);
            page.push_str("</dd>\n");
        }
        if let Some(r) = &item.recovery {
            let unused = r.codes.iter().filter(|c| c.used_at.is_none()).count();
            let _ = write!(
                page,
                "<dt>Recovery codes</dt><dd>{unused} of {} unused{}\n<ul class=\"recovery\">\n",
                r.codes.len(),
                if unused < r.codes.len() {
                    " (used ones struck through)"
                } else {
                    ""
                }
            );
            for c in &r.codes {
                page.push_str(if c.used_at.is_some() {
                    "<li class=\"used\">"
                } else {
                    "<li>"
                });
                escape_into(&mut page, &c.code);
                page.push_str("</li>\n");
            }
            page.push_str("</ul></dd>\n");
        }
        page.push_str("</dl>\n</div>\n</section>\n");
    }
    page.push_str(
        "</main>\n<footer>Written by MFA Companion. Each QR code is the account's otpauth:// link; \
the secret is base32 (spaces are only for reading).</footer>\n</body>\n</html>\n",
    );
    let mut out = Zeroizing::new(Vec::with_capacity(page.len()));
    out.extend_from_slice(page.as_bytes());
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_escaped_and_secrets_grouped_by_four() {
        let mut escaped = String::new();
        escape_into(&mut escaped, r#"<b>"A&B's"</b>"#);
        assert_eq!(escaped, "&lt;b&gt;&quot;A&amp;B&#39;s&quot;&lt;/b&gt;");
        assert_eq!(grouped("JBSWY3DPEHPK3PXP").as_str(), "JBSW Y3DP EHPK 3PXP");
        assert_eq!(grouped("ABCDEF").as_str(), "ABCD EF");
        let svg = qr_svg("otpauth://totp/A:a?secret=JBSWY3DPEHPK3PXP").unwrap();
        assert!(
            svg.starts_with("<svg ") && !svg.contains("http"),
            "{}",
            *svg
        );
    }
}
