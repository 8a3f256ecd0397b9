//! Bitwarden's CSV export (File > Export vault > `.csv`, personal or organisation vault):
//! a header row, then one row per item. The columns read are `name`, `login_uri`,
//! `login_username` and `login_totp` (any order; the others, passwords included, are
//! skipped). `login_totp` is read as in the JSON export ([`super::bitwarden`]): an
//! `otpauth://` URI, `steam://SECRET`, or a bare base32 secret (a 6-digit, 30-second SHA1
//! TOTP named after the item and its username). The issuer is the item's name, else the
//! host of `login_uri`. Rows without a TOTP (passwords, notes, cards) are reported as
//! unusable with [`no_totp`], so the import says how many there were.
//!
//! The CSV is split by `csv-core` into one buffer that is zeroized afterwards: passwords
//! and secrets are not copied anywhere else.

use csv_core::{ReadRecordResult, Reader};
use zeroize::Zeroizing;

use super::{bitwarden, malformed, Candidate, Format, ImportError, Unusable};
use crate::i18n::Message;

const FORMAT: Format = Format::BitwardenCsv;

/// The reason given for a row without a TOTP.
pub fn no_totp() -> Unusable {
    Message::new("import-entry-no-totp-row").into()
}

/// The columns this reader uses, found in the header row.
struct Columns {
    name: Option<usize>,
    uri: Option<usize>,
    username: Option<usize>,
    totp: usize,
}

/// Reads a Bitwarden CSV export.
pub fn read(text: &str) -> Result<Vec<Candidate>, ImportError> {
    let mut input = text.trim_start_matches('\u{feff}').as_bytes();
    let mut reader = Reader::new();
    // A record's fields are never longer than the input they come from.
    let mut out = Zeroizing::new(vec![0u8; input.len() + 1]);
    let mut ends = vec![0usize; 16];
    let mut columns: Option<Columns> = None;
    let mut entries = Vec::new();
    let mut row = 0usize;
    loop {
        let (mut len, mut count) = (0, 0);
        let done = loop {
            let (result, read, wrote, ended) =
                reader.read_record(input, &mut out[len..], &mut ends[count..]);
            input = &input[read..];
            len += wrote;
            count += ended;
            match result {
                ReadRecordResult::InputEmpty => continue,
                ReadRecordResult::OutputFull => return Err(malformed(FORMAT, "a row is too long")),
                ReadRecordResult::OutputEndsFull => {
                    if ends.len() >= 4096 {
                        return Err(malformed(FORMAT, "a row has too many columns"));
                    }
                    ends.resize(ends.len() * 2, 0);
                }
                ReadRecordResult::Record => break false,
                ReadRecordResult::End => break true,
            }
        };
        if done {
            break;
        }
        let mut fields = Vec::with_capacity(count);
        let mut start = 0;
        for &end in &ends[..count] {
            let field = out
                .get(start..end)
                .and_then(|b| std::str::from_utf8(b).ok())
                .ok_or_else(|| malformed(FORMAT, "a field is not UTF-8 text"))?;
            fields.push(field);
            start = end;
        }
        if fields.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        match &columns {
            None => columns = Some(header(&fields)?),
            Some(c) => {
                entries.push(entry(row, c, &fields));
                row += 1;
            }
        }
    }
    if columns.is_none() {
        return Err(malformed(FORMAT, "no header row"));
    }
    Ok(entries)
}

fn header(fields: &[&str]) -> Result<Columns, ImportError> {
    let find = |name: &str| fields.iter().position(|f| f.trim() == name);
    Ok(Columns {
        name: find("name"),
        uri: find("login_uri"),
        username: find("login_username"),
        totp: find("login_totp")
            .ok_or_else(|| malformed(FORMAT, "the header row has no login_totp column"))?,
    })
}

fn entry(row: usize, c: &Columns, fields: &[&str]) -> Candidate {
    let get = |i: Option<usize>| i.and_then(|i| fields.get(i)).map_or("", |f| f.trim());
    let totp = get(Some(c.totp));
    let mut name = get(c.name).to_string();
    if name.is_empty() {
        // Bitwarden keeps several URIs in one field, one per line: the first one names it.
        let first = get(c.uri).lines().next().unwrap_or("");
        if let Some(host) = url::Url::parse(first.trim())
            .ok()
            .and_then(|u| u.host_str().map(str::to_string))
        {
            name = host;
        }
    }
    if totp.is_empty() {
        let label = if name.is_empty() {
            format!("item {}", row + 1)
        } else {
            name
        };
        return Candidate::new(label, Err(no_totp()));
    }
    bitwarden::entry(row, &name, get(c.username), totp)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::otp::code_at;

    const HEADER: &str =
        "folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\n";

    #[test]
    fn bare_secrets_uris_and_steam_are_read_from_login_totp() {
        let text = format!(
            "{HEADER},,login,ACME Co,,,0,https://acme.example,ann@example.com,pw,GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ\n\
             ,,login,Bank,,,0,,bob,pw,otpauth://totp/Bank:bob?secret=JBSWY3DPEHPK3PXP&digits=8\n\
             Games,,login,Steam,,,0,,erin,pw,steam://63BEDWCQZKTQWPESARIERL5DTTQFCJTK\n"
        );
        let all = read(&text).unwrap();
        let labels: Vec<&str> = all.iter().map(|c| c.label.as_str()).collect();
        assert_eq!(
            labels,
            ["ACME Co:ann@example.com", "Bank:bob", "Steam:erin"]
        );
        let acme = all[0].item.as_ref().unwrap();
        assert_eq!(code_at(&acme.params, &acme.secret, 59).code, "287082");
        assert_eq!(all[1].item.as_ref().unwrap().params.digits(), 8);
        assert_eq!(all[2].item.as_ref().unwrap().params.digits(), 5);
    }

    #[test]
    fn rows_without_totp_are_counted_as_unusable_with_the_reason() {
        let text = format!(
            "{HEADER},,login,Mail,,,0,,me,hunter2,\n,,note,A note,\"line 1\nline, 2\",,0,,,,\n"
        );
        let all = read(&text).unwrap();
        assert_eq!(all.len(), 2);
        for c in &all {
            assert_eq!(
                c.item.as_ref().err().map(ToString::to_string),
                Some(no_totp().to_string())
            );
        }
        assert_eq!(all[1].label, "A note");
    }

    #[test]
    fn columns_are_found_by_name_in_any_order_and_quoted_fields_are_unquoted() {
        let text =
            "login_totp,login_username,name\r\n\"JBSWY3DPEHPK3PXP\",\"a, b\",\"X \"\"Y\"\"\"\r\n";
        let all = read(text).unwrap();
        assert_eq!(all[0].label, "X \"Y\":a, b");
    }

    #[test]
    fn an_item_without_name_is_named_by_its_uri_host() {
        let text =
            "name,login_uri,login_username,login_totp\n,https://forge.example/login,dave,JBSWY3DPEHPK3PXP\n";
        assert_eq!(read(text).unwrap()[0].label, "forge.example:dave");
    }

    #[test]
    fn a_csv_without_login_totp_is_malformed_and_quotes_nothing() {
        let e = read("name,secret\nA,JBSWY3DPEHPK3PXP\n").err().unwrap();
        assert!(matches!(e, ImportError::Malformed { .. }), "{e}");
        assert!(e.to_string().contains("login_totp"), "{e}");
        assert!(!e.to_string().contains("JBSW"), "{e}");
        assert!(read("").is_err());
    }
}
