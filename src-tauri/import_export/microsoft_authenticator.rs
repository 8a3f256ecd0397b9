//! Microsoft Authenticator's internal database (Android, from a rooted phone:
//! `/data/data/com.azure.authenticator/databases/PhoneFactor`), a SQLite file whose
//! `accounts` table has one row per account: `name` (shown as the issuer), `username`,
//! `oath_secret_key` and `account_type`. Type 0 is a third-party TOTP account (base32
//! secret, SHA1, 6 digits, 30 s); type 1 a personal Microsoft account, whose secret is
//! base64 and whose codes have 8 digits. Other types (work or school accounts that only
//! approve sign-ins) carry no code secret and are listed as unusable with the reason, as
//! are accounts whose secret newer app versions keep only in `encrypted_oath_secret_key`
//! (sealed by a key in the phone's keystore, which does not leave the phone).
//! Opened in memory, read-only, by `sqlite_file.rs`.

use data_encoding::{BASE64, BASE64_NOPAD};
use zeroize::Zeroizing;

use super::sqlite_file::{self, Cell};
use super::{label_of, Candidate, Fields, Format, ImportError, SecretField};
use crate::i18n::Message;

const FORMAT: Format = Format::MicrosoftAuthenticator;

const COLUMNS: [&str; 5] = [
    "name",
    "username",
    "oath_secret_key",
    "account_type",
    "encrypted_oath_secret_key",
];

/// Reads a Microsoft Authenticator `PhoneFactor` file.
pub fn read(bytes: &[u8]) -> Result<Vec<Candidate>, ImportError> {
    let conn = sqlite_file::open(bytes, FORMAT)?;
    let rows = sqlite_file::rows(&conn, FORMAT, "accounts", &COLUMNS)?;
    Ok(rows
        .iter()
        .enumerate()
        .map(|(i, row)| entry(i, row))
        .collect())
}

/// A base64 secret, padded or not, spaces ignored.
fn base64_secret(text: &str) -> Option<Zeroizing<Vec<u8>>> {
    let clean: Zeroizing<String> =
        Zeroizing::new(text.chars().filter(|c| !c.is_whitespace()).collect());
    BASE64
        .decode(clean.as_bytes())
        .or_else(|_| BASE64_NOPAD.decode(clean.trim_end_matches('=').as_bytes()))
        .ok()
        .map(Zeroizing::new)
}

fn entry(i: usize, row: &[Cell]) -> Candidate {
    let label = format!("entry {}", i + 1);
    let [name, username, secret, kind, sealed] = row else {
        return Candidate::new(
            label,
            Err(Message::new("import-entry-missing-columns").into()),
        );
    };
    let (issuer, account, secret) = (name.text(), username.text(), secret.text());
    let labelled = label_of(issuer.trim(), account.trim()).unwrap_or(label);
    if secret.trim().is_empty() && !sealed.text().trim().is_empty() {
        return Candidate::new(labelled, Err(Message::new("import-entry-keystore").into()));
    }
    if secret.trim().is_empty() {
        return Candidate::new(
            labelled,
            Err(Message::new("import-entry-approve-only").into()),
        );
    }
    let fields = |secret, digits| Fields {
        kind: "totp",
        issuer: issuer.trim(),
        name: account.trim(),
        secret,
        algorithm: None,
        digits: Some(digits),
        period: None,
        counter: None,
    };
    let item = match kind.int() {
        Some(0) => fields(SecretField::Base32(&secret), 6).build(),
        Some(1) => match base64_secret(&secret) {
            Some(bytes) => fields(SecretField::Bytes(bytes.to_vec()), 8).build(),
            None => Err(Message::new("import-entry-microsoft-not-base64").into()),
        },
        Some(n) => Err(Message::new("import-entry-type-microsoft")
            .arg("type", n)
            .into()),
        None => Err(Message::new("import-entry-no-account-type").into()),
    };
    Candidate::new(labelled, item)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::otp::code_at;
    use rusqlite::{Connection, MAIN_DB};

    fn database(rows: &str) -> Vec<u8> {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(&format!(
            "CREATE TABLE accounts (_id INTEGER PRIMARY KEY, name TEXT, username TEXT, paws_url TEXT,
               oath_secret_key TEXT, oath_enabled INTEGER, account_type INTEGER, cid TEXT,
               encrypted_oath_secret_key TEXT);
             {rows}"
        ))
        .unwrap();
        conn.serialize(MAIN_DB).unwrap().to_vec()
    }

    #[test]
    fn totp_accounts_are_base32_and_microsoft_accounts_base64_with_eight_digits() {
        let db = database(
            "INSERT INTO accounts (name, username, oath_secret_key, account_type) VALUES
               ('ACME Co', 'ann@example.com', 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', 0),
               ('Microsoft', 'fred@outlook.com', 'MTIzNDU2Nzg5MDEyMzQ1Njc4OTA=', 1);",
        );
        let all = read(&db).unwrap();
        assert_eq!(all[0].label, "ACME Co:ann@example.com");
        let a = all[0].item.as_ref().unwrap();
        assert_eq!(code_at(&a.params, &a.secret, 1_700_000_000).code, "921300");
        let m = all[1].item.as_ref().unwrap();
        // RFC 6238's SHA1 vector at T = 59 s with the same key.
        assert_eq!(code_at(&m.params, &m.secret, 59).code, "94287082");
    }

    #[test]
    fn sign_in_only_accounts_and_bad_secrets_are_unusable_with_the_reason() {
        let db = database(
            "INSERT INTO accounts (name, username, oath_secret_key, account_type) VALUES
               ('Contoso', 'work@contoso.com', '', 2),
               ('Microsoft', 'x@outlook.com', '%%%', 1),
               ('Other', 'o', 'JBSWY3DPEHPK3PXP', 5);
             INSERT INTO accounts (name, username, oath_secret_key, account_type, encrypted_oath_secret_key)
               VALUES ('Sealed', 's', '', 0, 'AbCdEf==');",
        );
        let all = read(&db).unwrap();
        assert_eq!(all[0].label, "Contoso:work@contoso.com");
        assert!(all[0]
            .item
            .as_ref()
            .err()
            .unwrap()
            .to_string()
            .contains("no code secret"));
        assert!(all[1]
            .item
            .as_ref()
            .err()
            .unwrap()
            .to_string()
            .contains("base64"));
        assert!(all[2]
            .item
            .as_ref()
            .err()
            .unwrap()
            .to_string()
            .contains("type 5"));
        assert!(all[3]
            .item
            .as_ref()
            .err()
            .unwrap()
            .to_string()
            .contains("keystore"));
    }
}
