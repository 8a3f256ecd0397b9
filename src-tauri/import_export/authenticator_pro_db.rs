//! Authenticator Pro's (Stratum's) internal database (Android, from a rooted phone:
//! `/data/data/me.jmh.authenticatorpro/files/proauth.db3`, or Stratum's
//! `/data/data/com.stratumauth.app/databases/authenticator.db3`), a SQLite file whose
//! `authenticator` table has one row per account: `type` (1 HOTP, 2 TOTP, 3 mOTP,
//! 4 Steam, 5 Yandex, as in the app's backups), `issuer`, `username`, `secret`
//! (base32), `algorithm` (0 SHA1, 1 SHA256, 2 SHA512), `digits`, `period`, `counter`.
//! Categories (`category`: `id`, `name`; `authenticatorcategory`: `categoryId`,
//! `authenticatorSecret`) become tags. A database the app encrypted (SQLCipher, when a
//! password is set) is not SQLite to us and is refused: use the app's backup instead.

use super::authenticator_pro::{algorithm_name, kind_name};
use super::sqlite_file::{self, Cell};
use super::{label_of, Candidate, Fields, Format, ImportError, SecretField};
use crate::i18n::Message;

const FORMAT: Format = Format::AuthenticatorProDb;

const COLUMNS: [&str; 8] = [
    "type",
    "issuer",
    "username",
    "secret",
    "algorithm",
    "digits",
    "period",
    "counter",
];

/// Reads an Authenticator Pro (Stratum) database.
pub fn read(bytes: &[u8]) -> Result<Vec<Candidate>, ImportError> {
    let conn = sqlite_file::open(bytes, FORMAT)?;
    let rows = sqlite_file::rows(&conn, FORMAT, "authenticator", &COLUMNS)?;
    let tables = sqlite_file::tables(&conn, FORMAT)?;
    let (categories, bindings) = if tables.iter().any(|t| t == "category")
        && tables.iter().any(|t| t == "authenticatorcategory")
    {
        (
            sqlite_file::rows(&conn, FORMAT, "category", &["id", "name"])?,
            sqlite_file::rows(
                &conn,
                FORMAT,
                "authenticatorcategory",
                &["categoryId", "authenticatorSecret"],
            )?,
        )
    } else {
        (Vec::new(), Vec::new())
    };
    Ok(rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let mut c = entry(i, row);
            if let (Some(secret), true) = (row.get(3), c.item.is_ok()) {
                c.tags = tags(&secret.text(), &categories, &bindings);
            }
            c
        })
        .collect())
}

fn positive(cell: &Cell) -> Option<u64> {
    cell.int().and_then(|v| u64::try_from(v).ok())
}

fn entry(i: usize, row: &[Cell]) -> Candidate {
    let label = format!("entry {}", i + 1);
    let [kind, issuer, username, secret, algorithm, digits, period, counter] = row else {
        return Candidate::new(
            label,
            Err(Message::new("import-entry-missing-columns").into()),
        );
    };
    let Some(kind) = positive(kind) else {
        return Candidate::new(label, Err(Message::new("import-entry-no-type").into()));
    };
    let (issuer, username, secret) = (issuer.text(), username.text(), secret.text());
    let label = label_of(issuer.trim(), username.trim()).unwrap_or(label);
    let item = Fields {
        kind: kind_name(kind),
        issuer: issuer.trim(),
        name: username.trim(),
        secret: SecretField::Base32(&secret),
        algorithm: Some(algorithm_name(positive(algorithm).unwrap_or(0))),
        digits: positive(digits),
        period: positive(period).filter(|p| *p > 0),
        counter: positive(counter),
    }
    .build();
    Candidate::new(label, item)
}

/// The names of the categories holding the authenticator with this secret.
fn tags(secret: &str, categories: &[Vec<Cell>], bindings: &[Vec<Cell>]) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    for b in bindings {
        let [category, bound] = b.as_slice() else {
            continue;
        };
        if *bound.text() != *secret {
            continue;
        }
        let id = category.text();
        for c in categories {
            if let [cid, name] = c.as_slice() {
                let name = name.text().trim().to_string();
                if *cid.text() == *id && !name.is_empty() && !tags.contains(&name) {
                    tags.push(name);
                }
            }
        }
    }
    tags
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::otp::code_at;
    use rusqlite::{Connection, MAIN_DB};

    const SCHEMA: &str = "CREATE TABLE authenticator (secret TEXT PRIMARY KEY, type INTEGER, icon TEXT,
        issuer TEXT, username TEXT, pin TEXT, period INTEGER, digits INTEGER, algorithm INTEGER,
        counter INTEGER, ranking INTEGER, copyCount INTEGER);
      CREATE TABLE category (id TEXT PRIMARY KEY, name TEXT, ranking INTEGER);
      CREATE TABLE authenticatorcategory (categoryId TEXT, authenticatorSecret TEXT, ranking INTEGER);";

    fn database(rows: &str) -> Vec<u8> {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(&format!("{SCHEMA} {rows}")).unwrap();
        conn.serialize(MAIN_DB).unwrap().to_vec()
    }

    #[test]
    fn rows_keep_their_parameters_and_categories_become_tags() {
        let db = database(
            "INSERT INTO authenticator (secret, type, issuer, username, period, digits, algorithm, counter) VALUES
               ('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZA', 2, 'Bank', 'bob', 60, 8, 1, 0),
               ('MZXXEZ3FFVUG65DQFVZWKY3SMV2C2MBR', 1, 'Forge', 'dave', 30, 6, 0, 42);
             INSERT INTO category VALUES ('c1', 'Work', 0);
             INSERT INTO authenticatorcategory VALUES ('c1', 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZA', 0);",
        );
        let all = read(&db).unwrap();
        assert_eq!(all[0].label, "Bank:bob");
        assert_eq!(all[0].tags, ["Work"]);
        assert!(all[1].tags.is_empty());
        let b = all[0].item.as_ref().unwrap();
        assert_eq!(
            code_at(&b.params, &b.secret, 1_700_000_000).code,
            "77076628"
        );
        let f = all[1].item.as_ref().unwrap();
        assert_eq!(code_at(&f.params, &f.secret, 0).code, "424317");
    }

    #[test]
    fn yandex_motp_and_bad_secrets_are_unusable_with_the_reason() {
        let db = database(
            "INSERT INTO authenticator (secret, type, issuer, username, period, digits, algorithm) VALUES
               ('JBSWY3DPEHPK3PXP', 5, 'Yandex', 'y', 30, 8, 0),
               ('JBSWY3DPEHPK3PXQ', 3, 'M', 'm', 10, 6, 0),
               ('1!', 2, 'Bad', 'b', 30, 6, 0);",
        );
        let all = read(&db).unwrap();
        assert_eq!(all[0].label, "Yandex:y");
        assert!(all[0]
            .item
            .as_ref()
            .err()
            .unwrap()
            .to_string()
            .contains("YANDEX"));
        assert!(all[1]
            .item
            .as_ref()
            .err()
            .unwrap()
            .to_string()
            .contains("MOTP"));
        assert!(all[2].item.is_err());
    }

    #[test]
    fn an_encrypted_or_foreign_file_is_refused_naming_the_format() {
        let e = read(&[0x5A; 4096]).err().unwrap();
        assert!(e.to_string().contains("authenticator-pro-db"), "{e}");
        assert!(e.to_string().contains("SQLCipher"), "{e}");
    }
}
