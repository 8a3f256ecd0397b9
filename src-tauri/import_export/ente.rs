//! Ente Auth's plain-text export ("Export codes" -> "Plain text"): one `otpauth://` URI
//! per line. Ente adds its own parameters (`codeDisplay`, a JSON blob of display
//! settings, sometimes `tags`), writes the algorithm in lower case, and uses
//! `otpauth://steam/` for Steam. The Key URI parser ignores unknown parameters and reads
//! the rest, so this is an otpauth list with Ente's name on its errors; the `tags` of
//! `codeDisplay` are read as the account's tags.

use super::{otpauth_list, Candidate, Format, ImportError};

/// The `tags` in a line's `codeDisplay` parameter (percent-encoded JSON); none when it
/// is missing or not readable (the account still imports).
pub(crate) fn tags_of(line: &str) -> Vec<String> {
    #[derive(serde::Deserialize)]
    struct Display {
        #[serde(default)]
        tags: Vec<String>,
    }
    let query = line.split_once('?').map_or("", |(_, q)| q);
    query
        .split('&')
        .find_map(|p| p.strip_prefix("codeDisplay="))
        .and_then(|v| percent_encoding::percent_decode_str(v).decode_utf8().ok())
        .and_then(|json| serde_json::from_str::<Display>(&json).ok())
        .map(|d| d.tags)
        .unwrap_or_default()
}

/// Reads an Ente Auth plain-text export.
pub fn read(text: &str) -> Result<Vec<Candidate>, ImportError> {
    otpauth_list::read_as(text, Format::Ente)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_display_tags_are_read_and_a_bad_blob_is_ignored() {
        let text = "otpauth://totp/A:a?secret=JBSWY3DPEHPK3PXP&codeDisplay=%7B%22pinned%22%3Afalse%2C%22tags%22%3A%5B%22Work%22%2C%22home%22%5D%7D\n\
                    otpauth://totp/B:b?secret=JBSWY3DPEHPK3PXQ&codeDisplay=%7Bnot-json\n";
        let tags: Vec<Vec<String>> = read(text).unwrap().into_iter().map(|c| c.tags).collect();
        assert_eq!(
            tags,
            vec![vec!["Work".to_string(), "home".to_string()], vec![]]
        );
    }
}
