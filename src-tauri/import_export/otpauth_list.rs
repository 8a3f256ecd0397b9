//! Plain otpauth lists: one `otpauth://` URI per line, blank lines and `#` comments
//! allowed. A line may also be a Google Authenticator `otpauth-migration://` URI, whose
//! accounts are read by [`super::google`]. Each bad line is reported with its number and
//! the reason; the rest import.

use super::{google, Candidate, Format, ImportError, Unusable};
use crate::i18n::{Localized as _, Message};
use crate::otpauth;

/// Reads a list of URIs.
pub fn read(text: &str) -> Result<Vec<Candidate>, ImportError> {
    read_as(text, Format::OtpauthList)
}

/// Reads a list of URIs, naming `format` in errors (Ente's export is such a list).
pub(crate) fn read_as(text: &str, format: Format) -> Result<Vec<Candidate>, ImportError> {
    let mut out = Vec::new();
    let mut uris = 0;
    for (n, line) in text.trim_start_matches('\u{feff}').lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let lower = line.get(..20).unwrap_or(line).to_ascii_lowercase();
        let label = format!("line {}", n + 1);
        if lower.starts_with("otpauth-migration:") {
            uris += 1;
            match google::read_uri(line) {
                Ok(entries) => out.extend(entries),
                Err(e) => out.push(Candidate::new(label, Err(e.message().into()))),
            }
        } else if lower.starts_with("otpauth:") {
            uris += 1;
            let mut c = Candidate::new(label, otpauth::parse(line).map_err(Unusable::from));
            if format == Format::Ente {
                c.tags = super::ente::tags_of(line);
            }
            out.push(c);
        } else {
            out.push(Candidate::new(
                label,
                Err(Message::new("import-entry-not-otpauth").into()),
            ));
        }
    }
    if uris == 0 {
        return Err(ImportError::Malformed {
            format: format.name(),
            detail: "no otpauth:// line".into(),
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_and_blank_lines_are_skipped_and_bad_lines_reported_by_number() {
        let text = "# exported\n\notpauth://totp/ACME:ann?secret=JBSWY3DPEHPK3PXP\nhello\notpauth://totp/B:b?secret=1\n";
        let c = read(text).unwrap();
        assert_eq!(c.len(), 3);
        assert_eq!(c[0].label, "ACME:ann");
        assert!(c[0].item.is_ok());
        assert_eq!(c[1].label, "line 4");
        assert!(c[1]
            .item
            .as_ref()
            .err()
            .unwrap()
            .to_string()
            .contains("otpauth"));
        assert_eq!(c[2].label, "line 5");
        assert!(c[2].item.is_err());
    }

    #[test]
    fn text_without_any_uri_is_malformed() {
        assert!(matches!(
            read("hello\nworld\n"),
            Err(ImportError::Malformed { .. })
        ));
    }
}
