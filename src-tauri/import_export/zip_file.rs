//! Zip archives that carry an export (1Password's `.1pux`, Proton Pass's `.zip`, Raivo
//! OTP's password-protected zip): recognising a zip by its magic, listing its members for
//! detection, and reading one member within bounds, so that a zip bomb fails fast: at most
//! [`MAX_MEMBERS`] members, a member's declared size checked before reading and its
//! unpacked bytes cut at [`MAX_UNPACKED`]. Encrypted members (WinZip AES or ZipCrypto) are
//! opened with the user's password; the bytes read are zeroized on drop.

use std::io::{Cursor, Read};

use zeroize::Zeroizing;
use zip::result::ZipError;
use zip::ZipArchive;

use super::{damaged, malformed, Format, ImportError};

/// Most members an archive may list (the exports read hold a handful).
pub(crate) const MAX_MEMBERS: usize = 10_000;

/// Most bytes one member may unpack to (as [`super::MAX_FILE`]).
pub(crate) const MAX_UNPACKED: u64 = super::MAX_FILE as u64;

/// Whether `bytes` start like a zip archive (a local file header, or an empty archive).
pub(crate) fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06")
}

/// An archive opened from memory.
pub(crate) type Archive<'a> = ZipArchive<Cursor<&'a [u8]>>;

/// Opens `bytes` as a zip archive for `format`, refusing one with too many members.
pub(crate) fn open(bytes: &[u8], format: Format) -> Result<Archive<'_>, ImportError> {
    if !is_zip(bytes) {
        return Err(malformed(format, "not a zip archive"));
    }
    let archive = ZipArchive::new(Cursor::new(bytes))
        .map_err(|_| malformed(format, "the zip archive is cut short or damaged"))?;
    if archive.len() > MAX_MEMBERS {
        return Err(malformed(
            format,
            format!(
                "the zip archive lists {} members (at most {MAX_MEMBERS} are read)",
                archive.len()
            ),
        ));
    }
    Ok(archive)
}

/// The member names of a zip archive, for detection (`None` when it is not one).
pub(crate) fn member_names(bytes: &[u8]) -> Option<Vec<String>> {
    if !is_zip(bytes) {
        return None;
    }
    let archive = ZipArchive::new(Cursor::new(bytes)).ok()?;
    if archive.len() > MAX_MEMBERS {
        return None;
    }
    Some(
        archive
            .file_names()
            .filter_map(Result::ok)
            .map(|n| n.into_owned())
            .collect(),
    )
}

/// Whether the member `name` is encrypted (`None` when there is no such member).
pub(crate) fn is_encrypted(archive: &mut Archive<'_>, name: &str) -> Option<bool> {
    let index = archive.index_for_name(name)?;
    archive.by_index_raw(index).ok().map(|f| f.encrypted())
}

/// Reads the member `name` (`None` when there is none), decrypting it with `password`
/// when it is encrypted: without one, [`ImportError::NeedsPassword`]; a password that does
/// not open it, [`ImportError::WrongPassword`].
pub(crate) fn read_member(
    archive: &mut Archive<'_>,
    name: &str,
    format: Format,
    password: Option<&str>,
) -> Result<Option<Zeroizing<Vec<u8>>>, ImportError> {
    let Some(encrypted) = is_encrypted(archive, name) else {
        return Ok(None);
    };
    let wrong = || ImportError::WrongPassword {
        format: format.name(),
    };
    let file = match (encrypted, password) {
        (false, _) => archive.by_name(name),
        (true, None) => {
            return Err(ImportError::NeedsPassword {
                format: format.name(),
            })
        }
        (true, Some(p)) => archive.by_name_decrypt(name, p.as_bytes()),
    };
    let file = match file {
        Ok(f) => f,
        Err(ZipError::InvalidPassword) => return Err(wrong()),
        Err(ZipError::UnsupportedArchive(what)) => {
            return Err(super::unsupported(
                format,
                format!("its zip archive uses a feature not read here ({what})"),
            ))
        }
        Err(_) => return Err(damaged(format, "a zip member cannot be read")),
    };
    if file.size() > MAX_UNPACKED {
        return Err(malformed(
            format,
            "a zip member unpacks to more than 64 MiB (a zip bomb?)",
        ));
    }
    let mut out = Zeroizing::new(Vec::new());
    let read = file.take(MAX_UNPACKED + 1).read_to_end(&mut out);
    match read {
        // A checksum or MAC that fails under a password that passed the quick check is a
        // wrong password (ZipCrypto's check is one byte, AES's two).
        Err(_) if encrypted => return Err(wrong()),
        Err(_) => return Err(damaged(format, "a zip member is damaged")),
        Ok(_) => {}
    }
    if out.len() as u64 > MAX_UNPACKED {
        return Err(malformed(
            format,
            "a zip member unpacks to more than 64 MiB (a zip bomb?)",
        ));
    }
    Ok(Some(out))
}

/// A member's bytes as UTF-8 text, or [`ImportError::Malformed`].
pub(crate) fn text(bytes: &[u8], format: Format) -> Result<&str, ImportError> {
    std::str::from_utf8(bytes)
        .map(|t| t.trim_start_matches('\u{feff}'))
        .map_err(|_| malformed(format, "the export inside the zip is not UTF-8 text"))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::io::Write;
    use zip::write::SimpleFileOptions;

    /// A zip of `members` (name, content), deflated.
    pub(crate) fn zip_of(members: &[(&str, &[u8])]) -> Vec<u8> {
        let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for (name, content) in members {
            w.start_file(
                *name,
                SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated),
            )
            .unwrap();
            w.write_all(content).unwrap();
        }
        w.finish().unwrap().into_inner()
    }

    #[test]
    fn a_zip_bomb_member_fails_fast_on_its_unpacked_size() {
        // 80 MiB of zeros deflate to about 80 KiB.
        let zeros = vec![0u8; 80 * 1024 * 1024];
        let bomb = zip_of(&[("export.data", &zeros)]);
        drop(zeros);
        assert!(bomb.len() < 1024 * 1024);
        let mut a = open(&bomb, Format::OnePassword).unwrap();
        let e = read_member(&mut a, "export.data", Format::OnePassword, None)
            .err()
            .unwrap();
        assert!(e.to_string().contains("more than 64 MiB"), "{e}");
    }

    #[test]
    fn a_zip_listing_too_many_members_is_refused_before_any_is_read() {
        let names: Vec<String> = (0..=MAX_MEMBERS).map(|i| format!("{i}")).collect();
        let members: Vec<(&str, &[u8])> = names.iter().map(|n| (n.as_str(), &b""[..])).collect();
        let z = zip_of(&members);
        let e = open(&z, Format::ProtonPass).err().unwrap();
        assert!(e.to_string().contains("members"), "{e}");
        assert!(member_names(&z).is_none());
    }

    #[test]
    fn truncated_and_foreign_bytes_are_not_zips() {
        let z = zip_of(&[("a.json", b"{}")]);
        for cut in [2, z.len() / 2, z.len() - 5] {
            let e = open(&z[..cut], Format::ProtonPass).err().unwrap();
            assert!(matches!(e, ImportError::Malformed { .. }), "{e}");
            assert!(e.to_string().contains("proton-pass"), "{e}");
        }
        assert!(open(b"{\"a\":1}", Format::Raivo).is_err());
        assert_eq!(member_names(&z).unwrap(), ["a.json"]);
        assert!(member_names(b"PK\x03\x04junk").is_none());
    }

    #[test]
    fn a_missing_member_is_none() {
        let z = zip_of(&[("a.json", b"{}")]);
        let mut a = open(&z, Format::Raivo).unwrap();
        assert!(read_member(&mut a, "b.json", Format::Raivo, None)
            .unwrap()
            .is_none());
    }
}
