//! Google Authenticator's internal database (Android, from a rooted phone:
//! `/data/data/com.google.android.apps.authenticator2/databases/databases`), a SQLite
//! file whose `accounts` table has one row per account: `email` (the account name as
//! shown, often `Issuer:name`), `original_name`, `secret` (base32), `type` (0 TOTP,
//! 1 HOTP), `counter` (HOTP) and, since 2017, `issuer`. The app only makes SHA1,
//! 6-digit, 30-second codes, so the table has no other parameters. Opened in memory,
//! read-only, by `sqlite_file.rs`.

use super::sqlite_file::{self, Cell};
use super::{label_of, Candidate, Fields, Format, ImportError, SecretField};
use crate::i18n::Message;

const FORMAT: Format = Format::GoogleAuthenticatorDb;

const COLUMNS: [&str; 6] = [
    "email",
    "original_name",
    "secret",
    "type",
    "counter",
    "issuer",
];

/// Reads a Google Authenticator `databases` file.
pub fn read(bytes: &[u8]) -> Result<Vec<Candidate>, ImportError> {
    let conn = sqlite_file::open(bytes, FORMAT)?;
    let rows = sqlite_file::rows(&conn, FORMAT, "accounts", &COLUMNS)?;
    Ok(rows
        .iter()
        .enumerate()
        .map(|(i, row)| entry(i, row))
        .collect())
}

/// `Issuer:name` split in two, or `("", name)`.
pub(crate) fn split_label(label: &str) -> (&str, &str) {
    match label.split_once(':') {
        Some((issuer, name)) => (issuer.trim(), name.trim()),
        None => ("", label.trim()),
    }
}

fn entry(i: usize, row: &[Cell]) -> Candidate {
    let label = format!("entry {}", i + 1);
    let [email, original, secret, kind, counter, issuer] = row else {
        return Candidate::new(
            label,
            Err(Message::new("import-entry-missing-columns").into()),
        );
    };
    let email = email.text();
    let original = original.text();
    let shown = if email.trim().is_empty() {
        &original
    } else {
        &email
    };
    let (prefix, name) = split_label(shown);
    let issuer_column = issuer.text();
    let issuer = match issuer_column.trim() {
        "" => prefix,
        set => set,
    };
    let label = label_of(issuer, name).unwrap_or(label);
    let kind = match kind.int() {
        Some(0) => "totp",
        Some(1) => "hotp",
        Some(n) => {
            return Candidate::new(
                label,
                Err(Message::new("import-entry-type-google")
                    .arg("type", n)
                    .into()),
            )
        }
        None => return Candidate::new(label, Err(Message::new("import-entry-no-type").into())),
    };
    let counter = match counter.int() {
        Some(c) if c < 0 => {
            return Candidate::new(
                label,
                Err(Message::new("import-entry-negative-counter").into()),
            )
        }
        c => c.map(i64::unsigned_abs),
    };
    let secret = secret.text();
    let item = Fields {
        kind,
        issuer,
        name,
        secret: SecretField::Base32(&secret),
        algorithm: None,
        digits: None,
        period: None,
        counter,
    }
    .build();
    Candidate::new(label, item)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::otp::code_at;
    use rusqlite::{Connection, MAIN_DB};

    fn database(rows: &str) -> Vec<u8> {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(&format!(
            "CREATE TABLE accounts (_id INTEGER PRIMARY KEY, email TEXT NOT NULL, secret TEXT NOT NULL,
               counter INTEGER DEFAULT 0, type INTEGER, provider INTEGER DEFAULT 0, issuer TEXT DEFAULT NULL,
               original_name TEXT DEFAULT NULL);
             {rows}"
        ))
        .unwrap();
        conn.serialize(MAIN_DB).unwrap().to_vec()
    }

    #[test]
    fn totp_and_hotp_rows_become_accounts_with_the_issuer_and_name() {
        let db = database(
            "INSERT INTO accounts (email, secret, counter, type, issuer) VALUES
               ('ACME Co:ann@example.com', 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', 0, 0, 'ACME Co'),
               ('Forge:dave', 'MZXXEZ3FFVUG65DQFVZWKY3SMV2C2MBR', 42, 1, NULL);",
        );
        let all = read(&db).unwrap();
        assert_eq!(all[0].label, "ACME Co:ann@example.com");
        assert_eq!(all[1].label, "Forge:dave");
        let a = all[0].item.as_ref().unwrap();
        assert_eq!(code_at(&a.params, &a.secret, 1_700_000_000).code, "921300");
        let f = all[1].item.as_ref().unwrap();
        assert_eq!(code_at(&f.params, &f.secret, 0).code, "424317");
    }

    #[test]
    fn bad_secrets_and_unknown_types_are_unusable_not_fatal() {
        let db = database(
            "INSERT INTO accounts (email, secret, type) VALUES ('a', '!!!', 0), ('b', 'JBSWY3DPEHPK3PXP', 7),
               ('c', 'JBSWY3DPEHPK3PXP', 0);",
        );
        let all = read(&db).unwrap();
        assert!(all[0].item.is_err());
        assert_eq!(all[1].label, "b");
        assert!(all[1]
            .item
            .as_ref()
            .err()
            .unwrap()
            .to_string()
            .contains("type 7"));
        assert!(all[2].item.is_ok());
    }

    #[test]
    fn a_database_without_the_accounts_table_is_refused() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE other (x);").unwrap();
        let db = conn.serialize(MAIN_DB).unwrap().to_vec();
        let e = read(&db).err().unwrap();
        assert!(matches!(e, ImportError::Malformed { .. }), "{e}");
        assert!(e.to_string().contains("google-authenticator-db"), "{e}");
        assert!(e.to_string().contains("no accounts table"), "{e}");
    }
}
