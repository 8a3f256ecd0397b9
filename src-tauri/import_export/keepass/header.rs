//! The outer KDBX header, read by us before any byte reaches the `keepass` crate: the
//! version, and the key-derivation costs a file asks for, refused past [`Limits`] so a
//! hostile file cannot make the import allocate gigabytes or compute for hours.
//!
//! Layout (KeePass' `KdbxFile.Read`, KeePassXC's `Kdbx3Reader`/`Kdbx4Reader`): 4 bytes
//! `03 D9 A2 9A`, 4 bytes `67 FB 4B B5` (KDBX 2.x+), u16 minor and u16 major version (all
//! little-endian), then fields `id: u8, size: u16 (3.x) | u32 (4.x), data` up to id 0.
//! KDBX 3.x carries the AES-KDF rounds in field 6 (u64); KDBX 4.x carries the KDF in
//! field 11 as a VariantDictionary: u16 version `0x0100`, then items `type: u8, key
//! length: i32, key, value length: i32, value` up to type 0. `$UUID` names the KDF; AES-KDF
//! has `R` (u64 rounds), Argon2d/Argon2id have `M` (u64 bytes), `I` (u64 iterations), `P`
//! (u32 lanes).

/// The first eight bytes of every KDBX 2.x-4.x file.
pub const MAGIC: [u8; 8] = [0x03, 0xD9, 0xA2, 0x9A, 0x67, 0xFB, 0x4B, 0xB5];

const AES_KDF: [u8; 16] = [
    0xC9, 0xD9, 0xF3, 0x9A, 0x62, 0x8A, 0x44, 0x60, 0xBF, 0x74, 0x0D, 0x08, 0xC1, 0x8A, 0x4F, 0xEA,
];
const ARGON2D: [u8; 16] = [
    0xEF, 0x63, 0x6D, 0xDF, 0x8C, 0x29, 0x44, 0x4B, 0x91, 0xF7, 0xA9, 0xA4, 0x03, 0xE3, 0x0A, 0x0C,
];
const ARGON2ID: [u8; 16] = [
    0x9E, 0x29, 0x8B, 0x19, 0x56, 0xDB, 0x47, 0x73, 0xB2, 0x3D, 0xFC, 0x3E, 0xC6, 0xF0, 0xA1, 0xE6,
];

/// The most a file may ask of the key derivation. KeePassXC's defaults are Argon2 with
/// 64 MiB, 2 lanes and as many passes as take one second (about 10-40 on a laptop), or
/// AES-KDF with rounds for one second (some millions to tens of millions); its "5 s"
/// settings stay well inside these. Past them a file is refused before any derivation.
#[derive(Clone, Copy)]
pub struct Limits {
    /// Argon2 memory, bytes.
    pub argon2_memory: u64,
    /// Argon2 passes.
    pub argon2_iterations: u64,
    /// Argon2 lanes.
    pub argon2_parallelism: u64,
    /// Argon2 memory times passes: the work, in bytes touched.
    pub argon2_work: u64,
    /// AES-KDF rounds.
    pub aes_rounds: u64,
}

const GIB: u64 = 1024 * 1024 * 1024;

/// The limits imports use: 1 GiB, 1,000 passes, 64 lanes, 64 GiB of memory passes (a
/// few tens of seconds at most) and 100 million AES rounds.
pub const LIMITS: Limits = Limits {
    argon2_memory: GIB,
    argon2_iterations: 1_000,
    argon2_parallelism: 64,
    argon2_work: 64 * GIB,
    aes_rounds: 100_000_000,
};

/// What the header says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Header {
    /// 3 or 4.
    pub major: u16,
    /// Where the header ends (the payload starts).
    pub end: usize,
}

/// Why a header is refused. The texts name fields and limits, never content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HeaderError {
    /// Not a KDBX 3/4 header, or cut short: the detail says what.
    Malformed(String),
    /// A version this app does not read.
    Version(String),
    /// The KDF asks for more than [`Limits`].
    TooCostly(String),
}

struct Cursor<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Cursor<'a> {
    fn take(&mut self, n: usize, what: &str) -> Result<&'a [u8], HeaderError> {
        let end = self.at.checked_add(n).filter(|e| *e <= self.bytes.len());
        let end = end
            .ok_or_else(|| HeaderError::Malformed(format!("the header is cut short in {what}")))?;
        let part = &self.bytes[self.at..end];
        self.at = end;
        Ok(part)
    }
    fn u8(&mut self, what: &str) -> Result<u8, HeaderError> {
        Ok(self.take(1, what)?[0])
    }
    fn u16(&mut self, what: &str) -> Result<u16, HeaderError> {
        let b = self.take(2, what)?;
        Ok(u16::from_le_bytes([b[0], b[1]]))
    }
    fn u32(&mut self, what: &str) -> Result<u32, HeaderError> {
        let b = self.take(4, what)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
}

fn le(bytes: &[u8]) -> Option<u64> {
    match bytes.len() {
        4 => Some(u64::from(u32::from_le_bytes(bytes.try_into().ok()?))),
        8 => Some(u64::from_le_bytes(bytes.try_into().ok()?)),
        _ => None,
    }
}

/// Reads the outer header and checks its KDF against `limits`.
pub fn check(bytes: &[u8], limits: &Limits) -> Result<Header, HeaderError> {
    if !bytes.starts_with(&MAGIC[..4]) {
        return Err(HeaderError::Malformed("no KDBX signature".into()));
    }
    let mut c = Cursor { bytes, at: 4 };
    let second = c.u32("the signature")?;
    match second {
        0xB54B_FB67 => {}
        0xB54B_FB65 => {
            return Err(HeaderError::Version(
                "it is a KeePass 1 (.kdb) database: open it in KeePassXC and save it as .kdbx"
                    .into(),
            ))
        }
        _ => {
            return Err(HeaderError::Version(
                "it is a pre-release KeePass 2 database".into(),
            ))
        }
    }
    let _minor = c.u16("the version")?;
    let major = c.u16("the version")?;
    if major != 3 && major != 4 {
        return Err(HeaderError::Version(format!(
            "KDBX version {major} (this app reads 3.1 and 4.x)"
        )));
    }
    let mut kdf_seen = false;
    loop {
        let id = c.u8("a field id")?;
        let size = if major == 3 {
            usize::from(c.u16("a field size")?)
        } else {
            usize::try_from(c.u32("a field size")?).unwrap_or(usize::MAX)
        };
        let data = c.take(size, "a field")?;
        // The numbers the keepass crate reads at a fixed width: refused when their field
        // has another size (fuzzing found its reader panics on a short one).
        let width = match (major, id) {
            (_, 3) | (3, 10) => Some(4),
            (3, 6) => Some(8),
            _ => None,
        };
        if width.is_some_and(|w| w != data.len()) {
            return Err(HeaderError::Malformed(format!(
                "header field {id} holds {} bytes where a {}-byte number belongs",
                data.len(),
                width.unwrap_or(0)
            )));
        }
        match (major, id) {
            (_, 0) => break,
            (3, 6) => {
                let rounds = le(data).ok_or_else(|| {
                    HeaderError::Malformed("the AES-KDF rounds field has the wrong size".into())
                })?;
                aes_rounds(rounds, limits)?;
                kdf_seen = true;
            }
            (4, 11) => {
                dictionary(data, "the key derivation parameters")?;
                kdf(data, limits)?;
                kdf_seen = true;
            }
            // The public custom data: another VariantDictionary the reader parses.
            (4, 12) => dictionary(data, "the public custom data")?,
            _ => {}
        }
    }
    if !kdf_seen {
        return Err(HeaderError::Malformed(
            "the header names no key derivation".into(),
        ));
    }
    Ok(Header { major, end: c.at })
}

fn aes_rounds(rounds: u64, limits: &Limits) -> Result<(), HeaderError> {
    if rounds > limits.aes_rounds {
        return Err(HeaderError::TooCostly(format!(
            "its AES-KDF asks for {rounds} rounds; this app derives at most {}",
            limits.aes_rounds
        )));
    }
    Ok(())
}

/// Checks that a KDBX 4 VariantDictionary is well formed before the `keepass` crate
/// reads it: a known version, and every item's value the size its type says (`0x04`
/// UInt32 and `0x0C` Int32: 4 bytes, `0x05` UInt64 and `0x0D` Int64: 8, `0x08` Bool: 1;
/// `0x18` String and `0x42` ByteArray: any), up to the end marker.
fn dictionary(data: &[u8], what: &str) -> Result<(), HeaderError> {
    let bad = |why: &str| HeaderError::Malformed(format!("{what} {why}"));
    let mut c = Cursor { bytes: data, at: 0 };
    if c.u16(what)? >> 8 != 1 {
        return Err(bad("have an unknown version"));
    }
    loop {
        let kind = c.u8(what)?;
        if kind == 0 {
            return Ok(());
        }
        let len = usize::try_from(c.u32(what)?).unwrap_or(usize::MAX);
        c.take(len, what)?;
        let len = usize::try_from(c.u32(what)?).unwrap_or(usize::MAX);
        c.take(len, what)?;
        let want = match kind {
            0x04 | 0x0C => Some(4),
            0x05 | 0x0D => Some(8),
            0x08 => Some(1),
            0x18 | 0x42 => None,
            _ => return Err(bad(&format!("hold an item of unknown type {kind:#04x}"))),
        };
        if want.is_some_and(|w| w != len) {
            return Err(bad(&format!(
                "hold a {len}-byte value where its type {kind:#04x} says {} bytes",
                want.unwrap_or(0)
            )));
        }
    }
}

/// Checks a KDBX 4 KDF VariantDictionary.
fn kdf(data: &[u8], limits: &Limits) -> Result<(), HeaderError> {
    let bad = |what: &str| HeaderError::Malformed(format!("the key derivation parameters {what}"));
    let mut c = Cursor { bytes: data, at: 0 };
    if c.u16("the KDF parameters")? >> 8 != 1 {
        return Err(bad("have an unknown version"));
    }
    let (mut uuid, mut rounds, mut memory, mut iterations, mut lanes) =
        (None, None, None, None, None);
    loop {
        let kind = c.u8("the KDF parameters")?;
        if kind == 0 {
            break;
        }
        let len = usize::try_from(c.u32("the KDF parameters")?).unwrap_or(usize::MAX);
        let key = c.take(len, "the KDF parameters")?;
        let len = usize::try_from(c.u32("the KDF parameters")?).unwrap_or(usize::MAX);
        let value = c.take(len, "the KDF parameters")?;
        let number = || le(value).ok_or_else(|| bad("hold a number of the wrong size"));
        match key {
            b"$UUID" => uuid = Some(value),
            b"R" => rounds = Some(number()?),
            b"M" => memory = Some(number()?),
            b"I" => iterations = Some(number()?),
            b"P" => lanes = Some(number()?),
            _ => {}
        }
    }
    let uuid = uuid.ok_or_else(|| bad("name no KDF"))?;
    if uuid == AES_KDF {
        return aes_rounds(
            rounds.ok_or_else(|| bad("lack the AES-KDF rounds"))?,
            limits,
        );
    }
    if uuid != ARGON2D && uuid != ARGON2ID {
        return Err(HeaderError::Version(
            "its key derivation is neither AES-KDF nor Argon2".into(),
        ));
    }
    let (Some(memory), Some(iterations), Some(lanes)) = (memory, iterations, lanes) else {
        return Err(bad("lack Argon2's memory, iterations or parallelism"));
    };
    let too = |what: String| Err(HeaderError::TooCostly(what));
    if memory > limits.argon2_memory {
        return too(format!(
            "its Argon2 asks for {} MiB of memory; this app allows at most {} MiB",
            memory / (1024 * 1024),
            limits.argon2_memory / (1024 * 1024)
        ));
    }
    if iterations > limits.argon2_iterations {
        return too(format!(
            "its Argon2 asks for {iterations} iterations; this app allows at most {}",
            limits.argon2_iterations
        ));
    }
    if lanes == 0 || lanes > limits.argon2_parallelism {
        return too(format!(
            "its Argon2 asks for {lanes} lanes; this app allows 1 to {}",
            limits.argon2_parallelism
        ));
    }
    if memory.saturating_mul(iterations) > limits.argon2_work {
        return too(format!(
            "its Argon2 asks for {iterations} passes over {} MiB; this app allows at most {} GiB of passes",
            memory / (1024 * 1024),
            limits.argon2_work / GIB
        ));
    }
    Ok(())
}
