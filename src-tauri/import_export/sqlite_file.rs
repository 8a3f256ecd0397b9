//! Reading other apps' internal SQLite databases (Google Authenticator's `databases`,
//! Microsoft Authenticator's `PhoneFactor`, Authenticator Pro's `proauth.db3`): the file
//! is checked (SQLite magic, page size, length matching the header's page count, so a
//! copy cut short is refused rather than read in part), then deserialized into an
//! in-memory, read-only SQLite connection (never written to disk, no shelling out), and
//! the readers fetch rows by column name as [`Cell`]s. Also recognises which app's
//! database a file is, from the tables it holds ([`detect`]).
//!
//! A database left in WAL mode is read from its main file only: entries still in the
//! `-wal` file beside it are not seen (the help says to copy the app's data with the app
//! closed). SQLite's own copy of the file is freed, not zeroized, when the connection
//! closes; ours is zeroized.

use rusqlite::config::DbConfig;
use rusqlite::types::ValueRef;
use rusqlite::{Connection, MAIN_DB};
use zeroize::Zeroizing;

use super::{malformed, Format, ImportError};

/// The first 16 bytes of every SQLite 3 database.
pub const MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// Most rows read from one table: far more than any authenticator holds.
const MAX_ROWS: usize = 100_000;

/// One value of a row. No `Debug`: text columns hold secrets.
pub(crate) enum Cell {
    /// NULL, or a column the table does not have.
    Null,
    /// An integer (a real is truncated to one).
    Int(i64),
    /// Text (or a blob that is UTF-8).
    Text(Zeroizing<String>),
}

impl Cell {
    /// The text, or "" for NULL (numbers are written out).
    pub(crate) fn text(&self) -> Zeroizing<String> {
        match self {
            Cell::Null => Zeroizing::new(String::new()),
            Cell::Int(i) => Zeroizing::new(i.to_string()),
            Cell::Text(t) => t.clone(),
        }
    }

    /// The integer (text holding one is parsed), or `None`.
    pub(crate) fn int(&self) -> Option<i64> {
        match self {
            Cell::Null => None,
            Cell::Int(i) => Some(*i),
            Cell::Text(t) => t.trim().parse().ok(),
        }
    }
}

/// Whether `bytes` starts like a SQLite database.
pub fn is_sqlite(bytes: &[u8]) -> bool {
    bytes.starts_with(MAGIC)
}

/// Checks the header against the file's length: the page size is a power of two
/// from 512 to 65536, the length a whole number of pages, and (when the header's page
/// count is valid) exactly that many pages.
fn check_header(bytes: &[u8], format: Format) -> Result<(), ImportError> {
    if !is_sqlite(bytes) {
        return Err(malformed(format, "not a SQLite database (no SQLite header; an app that encrypts its database, e.g. with SQLCipher, cannot be read: use its backup or export instead)"));
    }
    let header = bytes
        .get(..100)
        .ok_or_else(|| malformed(format, "the database is cut short (no full header)"))?;
    let be16 = |i: usize| u16::from_be_bytes([header[i], header[i + 1]]);
    let be32 =
        |i: usize| u32::from_be_bytes([header[i], header[i + 1], header[i + 2], header[i + 3]]);
    let page = match be16(16) {
        1 => 65_536usize,
        p if p >= 512 && p.is_power_of_two() => usize::from(p),
        _ => {
            return Err(malformed(
                format,
                "the SQLite header has an invalid page size",
            ))
        }
    };
    if !bytes.len().is_multiple_of(page) {
        return Err(malformed(
            format,
            "the database is cut short (not a whole number of pages)",
        ));
    }
    let pages = usize::try_from(be32(28)).unwrap_or(usize::MAX);
    // The page count is valid when the change counter matches "version valid for".
    if be32(24) == be32(92) && pages != 0 && pages.saturating_mul(page) != bytes.len() {
        return Err(malformed(
            format,
            "the database is cut short (fewer pages than its header says)",
        ));
    }
    Ok(())
}

/// Opens `bytes` as a read-only, in-memory database.
pub(crate) fn open(bytes: &[u8], format: Format) -> Result<Connection, ImportError> {
    check_header(bytes, format)?;
    let mut copy = Zeroizing::new(bytes.to_vec());
    // WAL mode (file format versions 2) cannot be used in memory: read it as rollback.
    if copy[18] == 2 || copy[19] == 2 {
        copy[18] = 1;
        copy[19] = 1;
    }
    let unreadable = |_| malformed(format, "the SQLite database cannot be read (damaged?)");
    let mut conn = Connection::open_in_memory().map_err(unreadable)?;
    conn.deserialize_read_exact(MAIN_DB, &copy[..], copy.len(), true)
        .map_err(unreadable)?;
    // A crafted file: defensive mode (no writes to the schema or shadow tables), the
    // schema's views and triggers run no functions of ours, and b-tree cells are checked
    // against their page before use.
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_DEFENSIVE, true)
        .map_err(unreadable)?;
    conn.pragma_update(None, "trusted_schema", "OFF")
        .map_err(unreadable)?;
    conn.pragma_update(None, "cell_size_check", "ON")
        .map_err(unreadable)?;
    conn.pragma_update(None, "query_only", "ON")
        .map_err(unreadable)?;
    Ok(conn)
}

/// The names of the database's tables (not views), lower-cased.
pub(crate) fn tables(conn: &Connection, format: Format) -> Result<Vec<String>, ImportError> {
    let damaged = |_| {
        malformed(
            format,
            "the SQLite database's schema cannot be read (damaged?)",
        )
    };
    let mut stmt = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
        .map_err(damaged)?;
    let names = stmt
        .query_map([], |r| r.get::<_, String>(0))
        .map_err(damaged)?
        .collect::<Result<Vec<_>, _>>()
        .map_err(damaged)?;
    Ok(names.into_iter().map(|n| n.to_ascii_lowercase()).collect())
}

/// The rows of `table` (which must exist), each with `columns` in that order; a column
/// the table lacks reads as [`Cell::Null`]. Names are ours, never the file's.
pub(crate) fn rows(
    conn: &Connection,
    format: Format,
    table: &str,
    columns: &[&str],
) -> Result<Vec<Vec<Cell>>, ImportError> {
    let damaged = |_| {
        malformed(
            format,
            format!("the {table} table cannot be read (damaged?)"),
        )
    };
    if !tables(conn, format)?.iter().any(|t| t == table) {
        return Err(malformed(format, format!("it has no {table} table")));
    }
    let present: Vec<String> = {
        let mut stmt = conn
            .prepare(&format!("SELECT name FROM pragma_table_info('{table}')"))
            .map_err(damaged)?;
        let names = stmt
            .query_map([], |r| r.get::<_, String>(0))
            .map_err(damaged)?
            .collect::<Result<Vec<_>, _>>()
            .map_err(damaged)?;
        names.into_iter().map(|n| n.to_ascii_lowercase()).collect()
    };
    let select: Vec<String> = columns
        .iter()
        .map(|c| {
            if present.iter().any(|p| p.eq_ignore_ascii_case(c)) {
                format!("\"{c}\"")
            } else {
                "NULL".to_string()
            }
        })
        .collect();
    let sql = format!(
        "SELECT {} FROM \"{table}\" LIMIT {}",
        select.join(", "),
        MAX_ROWS + 1
    );
    let mut stmt = conn.prepare(&sql).map_err(damaged)?;
    let mut out = Vec::new();
    let mut rows = stmt.query([]).map_err(damaged)?;
    while let Some(row) = rows.next().map_err(damaged)? {
        if out.len() == MAX_ROWS {
            return Err(malformed(
                format,
                format!("its {table} table has over {MAX_ROWS} rows"),
            ));
        }
        let mut cells = Vec::with_capacity(columns.len());
        for i in 0..columns.len() {
            cells.push(match row.get_ref(i).map_err(damaged)? {
                ValueRef::Null => Cell::Null,
                ValueRef::Integer(v) => Cell::Int(v),
                // Saturating float-to-int: a real column is read as its whole part.
                ValueRef::Real(v) => Cell::Int(v as i64),
                ValueRef::Text(t) | ValueRef::Blob(t) => match std::str::from_utf8(t) {
                    Ok(s) => Cell::Text(Zeroizing::new(s.to_string())),
                    Err(_) => Cell::Null,
                },
            });
        }
        out.push(cells);
    }
    Ok(out)
}

/// Which app's database `bytes` is, from its tables; `None` when it is not SQLite or
/// its tables match no reader.
pub(crate) fn detect(bytes: &[u8]) -> Option<Format> {
    if !is_sqlite(bytes) {
        return None;
    }
    let conn = open(bytes, Format::GoogleAuthenticatorDb).ok()?;
    let tables = tables(&conn, Format::GoogleAuthenticatorDb).ok()?;
    let has = |t: &str| tables.iter().any(|n| n == t);
    if has("authenticator") {
        return Some(Format::AuthenticatorProDb);
    }
    if !has("accounts") {
        return None;
    }
    let columns: Vec<String> = conn
        .prepare("SELECT name FROM pragma_table_info('accounts')")
        .ok()?
        .query_map([], |r| r.get::<_, String>(0))
        .ok()?
        .filter_map(Result::ok)
        .map(|n| n.to_ascii_lowercase())
        .collect();
    if columns
        .iter()
        .any(|c| c == "oath_secret_key" || c == "encrypted_oath_secret_key")
    {
        Some(Format::MicrosoftAuthenticator)
    } else if columns.iter().any(|c| c == "secret") {
        Some(Format::GoogleAuthenticatorDb)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn database(sql: &str) -> Vec<u8> {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(sql).unwrap();
        conn.serialize(MAIN_DB).unwrap().to_vec()
    }

    #[test]
    fn rows_read_by_name_with_absent_columns_as_null() {
        let db = database("CREATE TABLE t (a INTEGER, b TEXT); INSERT INTO t VALUES (7, 'x');");
        let conn = open(&db, Format::GoogleAuthenticatorDb).unwrap();
        let rows = rows(&conn, Format::GoogleAuthenticatorDb, "t", &["b", "zz", "a"]).unwrap();
        assert_eq!(*rows[0][0].text(), "x");
        assert!(matches!(rows[0][1], Cell::Null));
        assert_eq!(rows[0][2].int(), Some(7));
    }

    #[test]
    fn a_database_cut_short_or_not_sqlite_is_refused_naming_the_format() {
        let db = database("CREATE TABLE t (a); INSERT INTO t VALUES (randomblob(9000));");
        for part in [&db[..50], &db[..db.len() - 3], &db[..db.len() / 2]] {
            let e = open(part, Format::MicrosoftAuthenticator).err().unwrap();
            assert!(e.to_string().contains("microsoft-authenticator"), "{e}");
            assert!(e.to_string().contains("cut short"), "{e}");
        }
        let e = open(b"{\"not\": \"sqlite\"}", Format::GoogleAuthenticatorDb)
            .err()
            .unwrap();
        assert!(e.to_string().contains("not a SQLite database"), "{e}");
    }

    #[test]
    fn the_database_opened_cannot_be_written() {
        let db = database("CREATE TABLE t (a);");
        let conn = open(&db, Format::GoogleAuthenticatorDb).unwrap();
        assert!(conn.execute("INSERT INTO t VALUES (1)", []).is_err());
    }

    #[test]
    fn a_wal_mode_database_is_read_from_its_main_file() {
        let mut db =
            database("CREATE TABLE accounts (secret TEXT); INSERT INTO accounts VALUES ('A');");
        db[18] = 2;
        db[19] = 2;
        assert_eq!(detect(&db), Some(Format::GoogleAuthenticatorDb));
    }
}
