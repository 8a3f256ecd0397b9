//! Unit tests of `authenticator_plus.rs`: rows become accounts (TOTP, HOTP, Battle.net,
//! categories as tags), the encrypted database opens with its password only, a damaged
//! or cut file and a zip with neither file are refused clearly, the export's
//! password-protected `Accounts.txt` reads as a list, and detection.

use super::*;
use crate::import_export::sqlcipher::tests::{encrypt, plain};
use crate::import_export::zip_file::tests::zip_of;
use crate::import_export::{detect, read as read_any};
use crate::otp::code_at;

const SCHEMA: &str = "CREATE TABLE accounts (_id INTEGER PRIMARY KEY, email TEXT NOT NULL,
    secret TEXT NOT NULL, counter INTEGER DEFAULT 0, type INTEGER, issuer TEXT,
    original_name TEXT, position INTEGER, category TEXT);
  CREATE TABLE category (_id INTEGER PRIMARY KEY, name TEXT, position INTEGER);
  INSERT INTO category (name) VALUES ('All Accounts'), ('Work');";

const ROWS: &str = "INSERT INTO accounts (email, secret, counter, type, issuer, original_name, category) VALUES
    ('ann@example.com', 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', 0, 0, 'ACME Co', 'ACME Co:ann@example.com', 'Work'),
    ('dave', 'MZXXEZ3FFVUG65DQFVZWKY3SMV2C2MBR', 42, 1, '', 'Forge:dave', 'All Accounts'),
    ('US-1234-5678-9012', '3132333435363738393031323334353637383930', 0, 2, '', NULL, NULL),
    ('x', 'JBSWY3DPEHPK3PXP', 0, 5, 'Odd', NULL, NULL),
    ('y', 'not hex', 0, 2, '', NULL, NULL);";

fn database() -> Vec<u8> {
    plain(&format!("{SCHEMA} {ROWS}"))
}

fn encrypted() -> Vec<u8> {
    encrypt(&database(), "correct horse", [0x11; 16])
}

#[test]
fn rows_become_accounts_with_issuers_types_and_category_tags() {
    let all = read_plain(&database()).unwrap();
    assert_eq!(all.len(), 5);
    assert_eq!(all[0].label, "ACME Co:ann@example.com");
    assert_eq!(all[0].tags, ["Work"]);
    let a = all[0].item.as_ref().unwrap();
    assert_eq!(code_at(&a.params, &a.secret, 1_700_000_000).code, "921300");
    // No issuer column: the prefix of original_name; "All Accounts" is no tag.
    assert_eq!(all[1].label, "Forge:dave");
    assert!(all[1].tags.is_empty());
    let f = all[1].item.as_ref().unwrap();
    assert_eq!(code_at(&f.params, &f.secret, 0).code, "424317");
    // Battle.net: a hex secret, 8 digits.
    assert_eq!(all[2].label, "Battle.net:US-1234-5678-9012");
    let b = all[2].item.as_ref().unwrap();
    assert_eq!(code_at(&b.params, &b.secret, 59).code, "94287082");
    assert!(all[3]
        .item
        .as_ref()
        .err()
        .unwrap()
        .to_string()
        .contains("type 5"));
    assert!(all[4]
        .item
        .as_ref()
        .err()
        .unwrap()
        .to_string()
        .contains("not hex"));
}

#[test]
fn the_encrypted_backup_needs_its_password_and_names_a_wrong_one() {
    let enc = encrypted();
    let e = read(&enc, None).err().unwrap();
    assert!(matches!(e, ImportError::NeedsPassword { .. }), "{e}");
    let e = read(&enc, Some("wrong horse")).err().unwrap();
    assert!(matches!(e, ImportError::WrongPassword { .. }), "{e}");
    assert_eq!(
        e.to_string(),
        "wrong password for this authenticator-plus file: nothing was imported; try again"
    );
    let p = read(&enc, Some("correct horse")).unwrap();
    assert!(p.encrypted);
    assert_eq!(p.entries.len(), 5);
    assert_eq!(p.entries[0].tags, ["Work"]);
}

#[test]
fn a_garbled_page_or_a_cut_file_is_refused_clearly() {
    let mut enc = encrypted();
    let last = enc.len() - 600;
    enc[last] ^= 0x80;
    let e = read(&enc, Some("correct horse")).err().unwrap();
    assert!(matches!(e, ImportError::Damaged { .. }), "{e}");
    assert!(e.to_string().contains("integrity check"), "{e}");
    let enc = encrypted();
    let e = read(&enc[..enc.len() - 100], Some("correct horse"))
        .err()
        .unwrap();
    assert!(e.to_string().contains("cut short"), "{e}");
    let e = read(b"short", Some("correct horse")).err().unwrap();
    assert!(matches!(e, ImportError::Malformed { .. }), "{e}");
    assert!(e.to_string().contains("authenticator-plus"), "{e}");
}

#[test]
fn decrypted_pages_that_are_not_the_app_s_database_are_damage() {
    let other = encrypt(
        &plain("CREATE TABLE t (a); INSERT INTO t VALUES (1);"),
        "correct horse",
        [3; 16],
    );
    let e = read(&other, Some("correct horse")).err().unwrap();
    assert!(matches!(e, ImportError::Damaged { .. }), "{e}");
    assert!(e.to_string().contains("no accounts table"), "{e}");
}

#[test]
fn a_zip_holding_the_backup_is_recognised_and_read() {
    let z = zip_of(&[("authplus.db", &encrypted())]);
    assert_eq!(detect(&z).unwrap(), Format::AuthenticatorPlus);
    let p = read_any(&z, Format::AuthenticatorPlus, Some("correct horse")).unwrap();
    assert_eq!(p.entries.len(), 5);
    let e = read(&z, Some("wrong horse")).err().unwrap();
    assert!(matches!(e, ImportError::WrongPassword { .. }), "{e}");
}

#[test]
fn a_zip_with_neither_file_is_refused_naming_both_members() {
    let z = zip_of(&[("accounts.json", b"otpauth://totp/A?secret=JBSWY3DPEHPK3PXP")]);
    let e = read(&z, Some("correct horse")).err().unwrap();
    assert!(matches!(e, ImportError::Malformed { .. }), "{e}");
    assert!(e.to_string().contains("authplus.db"), "{e}");
    assert!(e.to_string().contains("Accounts.txt"), "{e}");
}

const LIST: &str = "otpauth://totp/ACME%20Co:ann%40example.com?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=ACME%20Co
otpauth://hotp/Forge:dave?secret=MZXXEZ3FFVUG65DQFVZWKY3SMV2C2MBR&counter=42&issuer=Forge
otpauth://totp/Broken:x?secret=1
";

/// The export's zip: an HTML page and `list` named `txt`, both under AES-256 with
/// `password`.
fn export_zip(txt: &str, list: &str, password: &str) -> Vec<u8> {
    use std::io::Write;
    use zip::write::SimpleFileOptions;
    let options = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .with_aes_encryption(zip::AesMode::Aes256, password);
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    w.start_file("Accounts.html", options).unwrap();
    w.write_all(b"<html><body><img src=\"data:image/png;base64,AAAA\"></body></html>")
        .unwrap();
    w.start_file(txt, options).unwrap();
    w.write_all(list.as_bytes()).unwrap();
    w.finish().unwrap().into_inner()
}

#[test]
fn the_export_zip_is_recognised_and_its_list_read_with_the_password() {
    let z = export_zip("Accounts.txt", LIST, "correct horse");
    assert_eq!(detect(&z).unwrap(), Format::AuthenticatorPlus);
    let p = read_any(&z, Format::AuthenticatorPlus, Some("correct horse")).unwrap();
    assert!(p.encrypted);
    assert_eq!(p.format, Format::AuthenticatorPlus);
    let labels: Vec<&str> = p.entries.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(labels, ["ACME Co:ann@example.com", "Forge:dave", "line 3"]);
    let a = p.entries[0].item.as_ref().unwrap();
    assert_eq!(code_at(&a.params, &a.secret, 1_700_000_000).code, "921300");
    assert!(p.entries[2].item.is_err());
    // In a folder too.
    let z = export_zip("export/Accounts.txt", LIST, "correct horse");
    assert_eq!(detect(&z).unwrap(), Format::AuthenticatorPlus);
    assert_eq!(read(&z, Some("correct horse")).unwrap().entries.len(), 3);
}

#[test]
fn the_export_zip_needs_its_password_and_names_a_wrong_one() {
    let z = export_zip("Accounts.txt", LIST, "correct horse");
    let e = read(&z, None).err().unwrap();
    assert!(matches!(e, ImportError::NeedsPassword { .. }), "{e}");
    let e = read(&z, Some("wrong horse")).err().unwrap();
    assert_eq!(
        e.to_string(),
        "wrong password for this authenticator-plus file: nothing was imported; try again"
    );
}

#[test]
fn an_export_list_without_links_is_damage_when_encrypted_and_malformed_when_not() {
    // The password opens it (AES's MAC holds) but the list holds no link.
    let z = export_zip(EXPORT_MEMBER, "hello\n", "correct horse");
    let e = read(&z, Some("correct horse")).err().unwrap();
    assert!(matches!(e, ImportError::Damaged { .. }), "{e}");
    let plain = zip_of(&[(EXPORT_MEMBER, b"hello\n")]);
    let e = read(&plain, None).err().unwrap();
    assert!(matches!(e, ImportError::Malformed { .. }), "{e}");
    // An unencrypted list (the zip re-made without a password) still reads.
    let plain = zip_of(&[(EXPORT_MEMBER, LIST.as_bytes())]);
    let p = read(&plain, None).unwrap();
    assert!(!p.encrypted);
    assert_eq!(p.entries.len(), 3);
}

#[test]
fn the_bare_backup_is_not_guessed_but_a_plain_one_reads_without_password() {
    assert!(detect(&encrypted()).is_err());
    let p = read(&database(), None).unwrap();
    assert!(!p.encrypted);
    assert_eq!(p.entries[1].label, "Forge:dave");
}
