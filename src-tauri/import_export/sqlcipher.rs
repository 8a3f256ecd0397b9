//! SQLCipher 3 databases (SQLCipher's version 3 defaults, which Authenticator Plus's
//! `authplus.db` uses), decrypted here in Rust into a plain SQLite image held in memory
//! and zeroized on drop, for `sqlite_file.rs` to open read-only. No C SQLCipher build:
//! rusqlite's SQLCipher feature would replace the plain bundled SQLite every other
//! database reader uses and add a vendored OpenSSL build, for one format; the page format
//! is small and fixed, and checking it here bounds the work (pages, one fixed KDF).
//!
//! The layout, with the version 3 defaults (nothing in the file says which are used, so
//! nothing here is read from the file but the salt: the KDF cost is fixed):
//! - the file is whole 1024-byte pages; the first 16 bytes of page 1 are the KDF salt
//!   (where a plain database has "SQLite format 3\0");
//! - key = PBKDF2-HMAC-SHA1(password, salt, 64,000 iterations, 32 bytes); MAC key =
//!   PBKDF2-HMAC-SHA1(key, salt XOR 0x3a, 2 iterations, 32 bytes);
//! - each page ends in a 48-byte reserve: a 16-byte IV, then a 20-byte HMAC-SHA1 over the
//!   page's ciphertext, its IV and its page number (4 bytes, little-endian), then padding;
//!   the rest of the page (page 1: from byte 16) is AES-256-CBC under the key, no padding.
//!
//! Every page's MAC is checked before it is decrypted: page 1's failing means the wrong
//! password (or a file that is not a SQLCipher 3 database: the two cannot be told apart),
//! a later page's failing means a damaged file.

use cbc::cipher::block_padding::NoPadding;
use cbc::cipher::{BlockModeDecrypt, KeyIvInit};
use hmac::{Hmac, Mac};
use sha1::Sha1;
use zeroize::Zeroizing;

use super::{damaged, malformed, sqlite_file, Format, ImportError};

/// SQLCipher 3's page size.
pub(crate) const PAGE: usize = 1024;
/// SQLCipher 3's PBKDF2-HMAC-SHA1 iterations for the key.
pub(crate) const ITERATIONS: u32 = 64_000;
/// PBKDF2 iterations for the MAC key (from the key).
const MAC_ITERATIONS: u32 = 2;
/// Length of the salt at the start of the file.
pub(crate) const SALT: usize = 16;
/// The bytes reserved at the end of each page: IV (16) and HMAC-SHA1 (20), rounded up to
/// whole AES blocks.
pub(crate) const RESERVE: usize = 48;
const IV: usize = 16;
const MAC: usize = 20;
/// Most pages read (16 MiB): an authenticator's database is a few pages.
pub(crate) const MAX_PAGES: usize = 16 * 1024;

/// The two keys derived from the password. Zeroized on drop; no `Debug`.
pub(crate) struct Keys {
    enc: Zeroizing<[u8; 32]>,
    mac: Zeroizing<[u8; 32]>,
}

impl Keys {
    /// Derives the keys from `password` and the file's `salt` (64,000 PBKDF2 rounds).
    pub(crate) fn derive(password: &str, salt: &[u8; SALT]) -> Keys {
        let mut enc = Zeroizing::new([0u8; 32]);
        pbkdf2::pbkdf2_hmac::<Sha1>(password.as_bytes(), salt, ITERATIONS, enc.as_mut());
        let mac_salt: Vec<u8> = salt.iter().map(|b| b ^ 0x3a).collect();
        let mut mac = Zeroizing::new([0u8; 32]);
        pbkdf2::pbkdf2_hmac::<Sha1>(enc.as_ref(), &mac_salt, MAC_ITERATIONS, mac.as_mut());
        Keys { enc, mac }
    }

    /// The MAC of page `number` (from 1): over its ciphertext and IV, then the number.
    fn mac(&self, number: u32, ciphertext_and_iv: &[u8]) -> Option<Hmac<Sha1>> {
        let mut m = <Hmac<Sha1> as Mac>::new_from_slice(self.mac.as_ref()).ok()?;
        m.update(ciphertext_and_iv);
        m.update(&number.to_le_bytes());
        Some(m)
    }
}

/// Checks that `bytes` can be a SQLCipher 3 database: whole pages, at least one, at most
/// [`MAX_PAGES`]. Returns the salt.
pub(crate) fn salt(bytes: &[u8], format: Format) -> Result<[u8; SALT], ImportError> {
    if bytes.len() < PAGE {
        return Err(malformed(
            format,
            "the encrypted database is shorter than one page",
        ));
    }
    if !bytes.len().is_multiple_of(PAGE) {
        return Err(malformed(
            format,
            "the encrypted database is cut short (not a whole number of 1024-byte pages)",
        ));
    }
    if bytes.len() / PAGE > MAX_PAGES {
        return Err(malformed(
            format,
            format!("the encrypted database has over {MAX_PAGES} pages"),
        ));
    }
    let mut salt = [0u8; SALT];
    salt.copy_from_slice(&bytes[..SALT]);
    Ok(salt)
}

/// Decrypts a SQLCipher 3 database with `password` into a plain SQLite image.
pub(crate) fn decrypt(
    bytes: &[u8],
    password: &str,
    format: Format,
) -> Result<Zeroizing<Vec<u8>>, ImportError> {
    let salt = salt(bytes, format)?;
    let keys = Keys::derive(password, &salt);
    decrypt_with(bytes, &keys, format)
}

/// Decrypts with keys already derived: page 1's MAC failing is
/// [`ImportError::WrongPassword`], a later page's [`ImportError::Damaged`].
pub(crate) fn decrypt_with(
    bytes: &[u8],
    keys: &Keys,
    format: Format,
) -> Result<Zeroizing<Vec<u8>>, ImportError> {
    salt(bytes, format)?;
    let mut out = Zeroizing::new(vec![0u8; bytes.len()]);
    for (i, (page, plain)) in bytes
        .chunks_exact(PAGE)
        .zip(out.chunks_exact_mut(PAGE))
        .enumerate()
    {
        let number = u32::try_from(i + 1).map_err(|_| malformed(format, "too many pages"))?;
        let start = if i == 0 { SALT } else { 0 };
        let end = PAGE - RESERVE;
        let (ciphertext, iv) = (&page[start..end], &page[end..end + IV]);
        let stored = &page[end + IV..end + IV + MAC];
        let fits = keys
            .mac(number, &page[start..end + IV])
            .is_some_and(|m| m.verify_slice(stored).is_ok());
        if !fits {
            return Err(if i == 0 {
                ImportError::WrongPassword {
                    format: format.name(),
                }
            } else {
                damaged(
                    format,
                    format!("page {number} of its database fails its integrity check"),
                )
            });
        }
        let target = &mut plain[start..end];
        target.copy_from_slice(ciphertext);
        cbc::Decryptor::<aes::Aes256>::new_from_slices(keys.enc.as_ref(), iv)
            .map_err(|_| malformed(format, "the key or IV has the wrong length"))?
            .decrypt_padded::<NoPadding>(target)
            .map_err(|_| damaged(format, "a page does not decrypt to whole blocks"))?;
    }
    out[..SALT].copy_from_slice(sqlite_file::MAGIC);
    Ok(out)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use cbc::cipher::BlockModeEncrypt;
    use rusqlite::{Connection, MAIN_DB};

    /// A plain SQLite database with SQLCipher 3's page size and reserve, from `sql`.
    pub(crate) fn plain(sql: &str) -> Vec<u8> {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(&format!("PRAGMA page_size = {PAGE}; VACUUM;"))
            .unwrap();
        // The reserve (header byte 20) is set in the empty file, with page 1's cell
        // content area moved below it, then the file is re-opened.
        let mut db = conn.serialize(MAIN_DB).unwrap().to_vec();
        db[20] = RESERVE as u8;
        db[105..107].copy_from_slice(&((PAGE - RESERVE) as u16).to_be_bytes());
        let mut conn = Connection::open_in_memory().unwrap();
        conn.deserialize_read_exact(MAIN_DB, &db[..], db.len(), false)
            .unwrap();
        conn.execute_batch(sql).unwrap();
        conn.serialize(MAIN_DB).unwrap().to_vec()
    }

    /// Encrypts a plain image the way SQLCipher 3 does (for the tests only; the fixture
    /// is written by the `sqlcipher` tool itself).
    pub(crate) fn encrypt(plain: &[u8], password: &str, salt: [u8; SALT]) -> Vec<u8> {
        assert_eq!(plain[20] as usize, RESERVE);
        let keys = Keys::derive(password, &salt);
        let mut out = plain.to_vec();
        for (i, page) in out.chunks_exact_mut(PAGE).enumerate() {
            let start = if i == 0 { SALT } else { 0 };
            let end = PAGE - RESERVE;
            let iv = [i as u8 ^ 0x5c; IV];
            cbc::Encryptor::<aes::Aes256>::new_from_slices(keys.enc.as_ref(), &iv)
                .unwrap()
                .encrypt_padded::<NoPadding>(&mut page[start..end], end - start)
                .unwrap();
            page[end..end + IV].copy_from_slice(&iv);
            let mac = keys
                .mac(i as u32 + 1, &page[start..end + IV])
                .unwrap()
                .finalize()
                .into_bytes();
            page[end + IV..end + IV + MAC].copy_from_slice(&mac);
        }
        out[..SALT].copy_from_slice(&salt);
        out
    }

    const F: Format = Format::AuthenticatorPlus;

    #[test]
    fn a_database_round_trips_and_the_wrong_password_is_named() {
        let db = plain("CREATE TABLE t (a); INSERT INTO t VALUES (randomblob(3000));");
        let enc = encrypt(&db, "pw", [7; SALT]);
        assert!(enc.len() >= 4 * PAGE);
        assert_eq!(*decrypt(&enc, "pw", F).unwrap(), db);
        let e = decrypt(&enc, "pW", F).err().unwrap();
        assert!(matches!(e, ImportError::WrongPassword { .. }), "{e}");
        assert!(e.to_string().contains("authenticator-plus"), "{e}");
    }

    #[test]
    fn a_garbled_later_page_is_damage_and_a_cut_file_is_refused() {
        let db = plain("CREATE TABLE t (a); INSERT INTO t VALUES (randomblob(3000));");
        let mut enc = encrypt(&db, "pw", [7; SALT]);
        let keys = Keys::derive("pw", &[7; SALT]);
        enc[2 * PAGE + 100] ^= 1;
        let e = decrypt_with(&enc, &keys, F).err().unwrap();
        assert!(matches!(e, ImportError::Damaged { .. }), "{e}");
        assert!(e.to_string().contains("page 3"), "{e}");
        for cut in [&enc[..PAGE - 1], &enc[..enc.len() - 5], &enc[..0]] {
            let e = decrypt_with(cut, &keys, F).err().unwrap();
            assert!(matches!(e, ImportError::Malformed { .. }), "{e}");
        }
    }
}
