//! A bounded reader for the one Java serialization shape FreeOTP 2's backup is (the Java
//! Object Serialization Stream Protocol): a `java.util.HashMap` of strings to strings, as
//! `ObjectOutputStream.writeObject` writes it, and nothing else.
//!
//! ```text
//! AC ED 00 05                    magic, version 5
//! 73 72                          TC_OBJECT, TC_CLASSDESC
//!   "java.util.HashMap"          u16 length + modified UTF-8
//!   serialVersionUID             u64 (HashMap's fixed one)
//!   03                           SC_SERIALIZABLE | SC_WRITE_METHOD
//!   fields                       u16 count, each a primitive type code and a name
//!   78 70                        TC_ENDBLOCKDATA (no annotation), TC_NULL (no superclass)
//! the fields' values             their sizes by type
//! 77 08 capacity size            TC_BLOCKDATA: two i32 written by HashMap.writeObject
//! size × (key, value)            each TC_STRING (u16 length), TC_LONGSTRING (u64 length)
//!                                or TC_REFERENCE to a string met before
//! 78                             TC_ENDBLOCKDATA
//! ```
//!
//! The fields differ between Android versions (OpenJDK's HashMap has `loadFactor` and
//! `threshold`; Android 6 and older only `loadFactor`): any primitive fields are read
//! past. Anything else (other classes, object fields, other type codes, trailing bytes,
//! a key twice) is refused with what was found, never quoting the content. Lengths are
//! checked against what is left before anything is allocated.

use zeroize::Zeroizing;

/// The stream's first bytes: magic `0xACED`, version 5.
pub(crate) const MAGIC: [u8; 4] = [0xAC, 0xED, 0x00, 0x05];

const CLASS: &str = "java.util.HashMap";
const SERIAL_VERSION_UID: u64 = 362_498_820_763_181_265;
const FLAGS: u8 = 0x02 | 0x01;
const TC_NULL: u8 = 0x70;
const TC_REFERENCE: u8 = 0x71;
const TC_CLASSDESC: u8 = 0x72;
const TC_OBJECT: u8 = 0x73;
const TC_STRING: u8 = 0x74;
const TC_BLOCKDATA: u8 = 0x77;
const TC_ENDBLOCKDATA: u8 = 0x78;
const TC_LONGSTRING: u8 = 0x7C;
const BASE_HANDLE: u32 = 0x7E_0000;
/// Handles taken before the first string: the class descriptor and the map.
const FIRST_STRING_HANDLE: u32 = 2;
const MAX_FIELDS: u16 = 16;
/// More entries than any FreeOTP backup holds (three per token).
pub(crate) const MAX_ENTRIES: usize = 30_000;

/// One entry; the value may hold secrets' wrapping, so it is zeroized.
pub(crate) struct Entry {
    pub key: String,
    pub value: Zeroizing<String>,
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
    /// Every string read so far, by handle (less [`FIRST_STRING_HANDLE`]).
    strings: Vec<Zeroizing<String>>,
}

/// Reads the map's entries in the stream's order, or what is wrong.
pub(crate) fn read(bytes: &[u8]) -> Result<Vec<Entry>, String> {
    let mut r = Reader {
        bytes,
        at: 0,
        strings: Vec::new(),
    };
    if r.take(4)? != MAGIC {
        return Err("it does not start with a Java serialization header".into());
    }
    r.expect(TC_OBJECT, "an object")?;
    r.expect(TC_CLASSDESC, "a class description")?;
    let len = r.u16()? as usize;
    let class = r.utf(len)?;
    if class.as_str() != CLASS {
        return Err("the object is not a java.util.HashMap".into());
    }
    if r.u64()? != SERIAL_VERSION_UID || r.u8()? != FLAGS {
        return Err("the HashMap's class description is not the one Java writes".into());
    }
    let fields = r.u16()?;
    if fields > MAX_FIELDS {
        return Err("the HashMap's class description has too many fields".into());
    }
    let mut values = 0usize;
    for _ in 0..fields {
        values += match r.u8()? {
            b'B' | b'Z' => 1,
            b'C' | b'S' => 2,
            b'F' | b'I' => 4,
            b'D' | b'J' => 8,
            _ => return Err("the HashMap has a field that is not a number".into()),
        };
        let len = r.u16()? as usize;
        r.take(len)?;
    }
    r.expect(TC_ENDBLOCKDATA, "the end of the class description")?;
    r.expect(TC_NULL, "no superclass")?;
    r.take(values)?;
    r.expect(TC_BLOCKDATA, "the HashMap's sizes")?;
    r.expect(8, "the HashMap's sizes")?;
    let _capacity = r.u32()?;
    let size = usize::try_from(r.u32()?).unwrap_or(usize::MAX);
    if size > MAX_ENTRIES {
        return Err(format!("the map claims {size} entries"));
    }
    let mut entries: Vec<Entry> = Vec::with_capacity(size.min(1024));
    for _ in 0..size {
        let key = r.string()?;
        let value = r.string()?;
        if entries.iter().any(|e| e.key == *key) {
            return Err("a key appears twice in the map".into());
        }
        entries.push(Entry {
            key: key.to_string(),
            value,
        });
    }
    r.expect(TC_ENDBLOCKDATA, "the end of the map")?;
    if r.at != bytes.len() {
        return Err("bytes follow the map".into());
    }
    Ok(entries)
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Result<&[u8], String> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.bytes.len());
        let end = end.ok_or("it is cut short")?;
        let out = &self.bytes[self.at..end];
        self.at = end;
        Ok(out)
    }

    fn u8(&mut self) -> Result<u8, String> {
        Ok(self.take(1)?[0])
    }

    fn u16(&mut self) -> Result<u16, String> {
        let b = self.take(2)?;
        Ok(u16::from_be_bytes([b[0], b[1]]))
    }

    fn u32(&mut self) -> Result<u32, String> {
        let b = self.take(4)?;
        Ok(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn u64(&mut self) -> Result<u64, String> {
        let hi = u64::from(self.u32()?);
        Ok(hi << 32 | u64::from(self.u32()?))
    }

    fn expect(&mut self, byte: u8, what: &str) -> Result<(), String> {
        match self.u8()? {
            b if b == byte => Ok(()),
            _ => Err(format!("where {what} should be, something else was found")),
        }
    }

    /// A string object: new (it takes the next handle) or a reference to one read before.
    fn string(&mut self) -> Result<Zeroizing<String>, String> {
        let len = match self.u8()? {
            TC_STRING => self.u16()? as usize,
            TC_LONGSTRING => usize::try_from(self.u64()?).unwrap_or(usize::MAX),
            TC_REFERENCE => {
                let handle = self.u32()?;
                let index = handle
                    .checked_sub(BASE_HANDLE + FIRST_STRING_HANDLE)
                    .and_then(|i| self.strings.get(i as usize));
                return index
                    .cloned()
                    .ok_or_else(|| "a reference that is not to a string read before".into());
            }
            _ => return Err("the map holds something other than strings".into()),
        };
        let s = self.utf(len)?;
        self.strings.push(s.clone());
        Ok(s)
    }

    /// `len` bytes of Java's modified UTF-8 (NUL as `C0 80`, characters past U+FFFF as
    /// two encoded surrogates).
    fn utf(&mut self, len: usize) -> Result<Zeroizing<String>, String> {
        let bytes = self.take(len)?;
        let bad = || "a string is not valid modified UTF-8".to_string();
        let mut units: Zeroizing<Vec<u16>> = Zeroizing::new(Vec::with_capacity(len));
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            let cont = |k: usize| {
                bytes
                    .get(i + k)
                    .filter(|c| *c & 0xC0 == 0x80)
                    .map(|c| u16::from(c & 0x3F))
            };
            let (unit, n) = match b {
                0x01..=0x7F => (u16::from(b), 1),
                0xC0..=0xDF => (u16::from(b & 0x1F) << 6 | cont(1).ok_or_else(bad)?, 2),
                0xE0..=0xEF => {
                    let (c1, c2) = (cont(1).ok_or_else(bad)?, cont(2).ok_or_else(bad)?);
                    (u16::from(b & 0x0F) << 12 | c1 << 6 | c2, 3)
                }
                _ => return Err(bad()),
            };
            units.push(unit);
            i += n;
        }
        String::from_utf16(&units)
            .map(Zeroizing::new)
            .map_err(|_| bad())
    }
}
