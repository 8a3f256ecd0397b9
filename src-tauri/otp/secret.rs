//! The shared secret of one account: lenient base32 in, zeroized on drop, never printed.
//!
//! `Secret` has no `Display`, no `Serialize`, and a `Debug` that shows only the length.
//! The only ways to reach the bytes are [`Secret::expose`] and [`Secret::to_base32`],
//! both of which name what they do at the call site.

use std::fmt;

use data_encoding::{Encoding, Specification};
use zeroize::{Zeroize, Zeroizing};

/// Secrets shorter than this (128 bits) are accepted with a warning (RFC 4226 §4 asks for
/// at least 128 bits, but real sites still issue 80-bit secrets).
pub const RECOMMENDED_MIN_BYTES: usize = 16;

/// Upper bound on a decoded secret. HMAC accepts any length, but nothing real is longer
/// than a SHA-512 block; refusing absurd sizes keeps a hostile input from costing memory.
pub const MAX_BYTES: usize = 1024;

/// Why a text is not a usable secret.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SecretError {
    /// Nothing left after removing spaces, dashes and padding.
    #[error("{}", self.english())]
    Empty,
    /// A character outside the base32 alphabet (A-Z, 2-7). The position is 1-based in
    /// the cleaned text; the character itself is not repeated, since it is part of a secret.
    #[error("{}", self.english())]
    InvalidCharacter {
        /// 1-based position in the secret after spaces, dashes and padding were removed.
        position: usize,
    },
    /// Decodes to more than [`MAX_BYTES`].
    #[error("{}", self.english())]
    TooLong {
        /// decoded length
        bytes: usize,
    },
}

use crate::i18n::Localized as _;

impl crate::i18n::Localized for SecretError {
    fn message(&self) -> crate::i18n::Message {
        use crate::i18n::Message;
        match self {
            SecretError::Empty => Message::new("secret-empty"),
            SecretError::InvalidCharacter { position } => {
                Message::new("secret-invalid-character").arg("position", *position)
            }
            SecretError::TooLong { bytes } => Message::new("secret-too-long")
                .arg("bytes", *bytes)
                .arg("max", MAX_BYTES),
        }
    }
}

/// The key shared with the server. Zeroized on drop.
#[derive(Clone, zeroize::ZeroizeOnDrop)]
pub struct Secret {
    bytes: Box<[u8]>,
}

/// Base32 (RFC 4648) without padding, not checking trailing bits: the strict encoding
/// rejects secrets that real issuers emit.
fn lenient_base32() -> Encoding {
    let mut spec = Specification::new();
    spec.symbols.push_str("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
    spec.check_trailing_bits = false;
    // A constant specification: encoding() only fails for malformed specifications.
    spec.encoding().expect("the base32 specification is valid")
}

impl Secret {
    /// Wraps raw key bytes. Fails only for an empty or oversized key.
    pub fn from_bytes(bytes: Vec<u8>) -> Result<Self, SecretError> {
        let bytes = Zeroizing::new(bytes);
        if bytes.is_empty() {
            return Err(SecretError::Empty);
        }
        if bytes.len() > MAX_BYTES {
            return Err(SecretError::TooLong { bytes: bytes.len() });
        }
        Ok(Self {
            bytes: bytes.as_slice().into(),
        })
    }

    /// Parses base32 the way people and issuers actually write it: any case, with spaces,
    /// dashes and `=` padding anywhere, and a length that is not a whole number of bytes
    /// (the leftover bits are ignored, as Google Authenticator does).
    pub fn from_base32(text: &str) -> Result<Self, SecretError> {
        let mut clean = Zeroizing::new(String::with_capacity(text.len()));
        for c in text.chars() {
            match c {
                ' ' | '\t' | '\r' | '\n' | '-' | '=' => {}
                c => clean.push(c.to_ascii_uppercase()),
            }
        }
        if clean.is_empty() {
            return Err(SecretError::Empty);
        }
        if let Some(i) = clean
            .chars()
            .position(|c| !matches!(c, 'A'..='Z' | '2'..='7'))
        {
            return Err(SecretError::InvalidCharacter { position: i + 1 });
        }
        // Unpadded base32 lengths are 0, 2, 4, 5 or 7 mod 8; a trailing character that
        // cannot complete a byte carries no key material, so drop it.
        let mut len = clean.len();
        while matches!(len % 8, 1 | 3 | 6) {
            len -= 1;
        }
        if len == 0 {
            return Err(SecretError::Empty);
        }
        let decoded = lenient_base32()
            .decode(&clean.as_bytes()[..len])
            .map_err(|e| SecretError::InvalidCharacter {
                position: e.position + 1,
            })?;
        Self::from_bytes(decoded)
    }

    /// The raw key. Call sites should keep what they derive from it short-lived.
    pub fn expose(&self) -> &[u8] {
        &self.bytes
    }

    /// Canonical base32: upper case, no padding. For the keychain and for export only.
    pub fn to_base32(&self) -> Zeroizing<String> {
        Zeroizing::new(lenient_base32().encode(&self.bytes))
    }

    /// Length of the key in bytes.
    pub fn len(&self) -> usize {
        self.bytes.len()
    }

    /// Always false: an empty secret cannot be constructed. Present for API symmetry.
    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    /// True when the key is shorter than the 128 bits RFC 4226 recommends.
    pub fn is_weak(&self) -> bool {
        self.bytes.len() < RECOMMENDED_MIN_BYTES
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Secret(<redacted, {} bytes>)", self.bytes.len())
    }
}

/// Constant-time in the contents (the length is not secret).
impl PartialEq for Secret {
    fn eq(&self, other: &Self) -> bool {
        if self.bytes.len() != other.bytes.len() {
            return false;
        }
        let mut diff = 0u8;
        for (a, b) in self.bytes.iter().zip(other.bytes.iter()) {
            diff |= a ^ b;
        }
        diff == 0
    }
}
impl Eq for Secret {}

impl Zeroize for Secret {
    fn zeroize(&mut self) {
        self.bytes.zeroize();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lenient_input_forms_decode_to_the_same_key() {
        let canonical = Secret::from_base32("JBSWY3DPEHPK3PXP").unwrap();
        for form in [
            "jbswy3dpehpk3pxp",
            "JBSW Y3DP EHPK 3PXP",
            "jbsw-y3dp-ehpk-3pxp",
            "JBSWY3DPEHPK3PXP======",
            " JBSWY3DPEHPK3PXP\n",
        ] {
            assert_eq!(Secret::from_base32(form).unwrap(), canonical, "{form:?}");
        }
        assert_eq!(canonical.expose(), b"Hello!\xde\xad\xbe\xef");
    }

    #[test]
    fn trailing_bits_and_odd_lengths_are_ignored_like_google_authenticator() {
        // 26 characters = 130 bits: 16 bytes and 2 leftover bits that need not be zero.
        let s = Secret::from_base32("GEZDGNBVGY3TQOJQGEZDGNBVGZ").unwrap();
        assert_eq!(s.len(), 16);
        // 9 characters: the 9th cannot complete a byte and is dropped.
        assert_eq!(Secret::from_base32("GEZDGNBVG").unwrap().len(), 5);
    }

    #[test]
    fn empty_and_invalid_inputs_are_typed_errors_that_do_not_echo_the_secret() {
        assert_eq!(Secret::from_base32(" -= "), Err(SecretError::Empty));
        assert_eq!(Secret::from_base32("A"), Err(SecretError::Empty));
        let err = Secret::from_base32("JBSWY3DP1HPK").unwrap_err();
        assert_eq!(err, SecretError::InvalidCharacter { position: 9 });
        assert!(!err.to_string().contains("JBSW"));
        assert!(matches!(
            Secret::from_bytes(vec![1; MAX_BYTES + 1]),
            Err(SecretError::TooLong { .. })
        ));
    }

    #[test]
    fn debug_output_never_contains_the_key() {
        let s = Secret::from_base32("JBSWY3DPEHPK3PXP").unwrap();
        let shown = format!("{s:?}");
        assert!(
            !shown.contains("JBSW") && !shown.contains("Hello"),
            "{shown}"
        );
        assert!(shown.contains("10 bytes"));
    }

    #[test]
    fn short_keys_are_accepted_but_flagged_weak() {
        assert!(Secret::from_base32("JBSWY3DPEHPK3PXP").unwrap().is_weak());
        assert!(!Secret::from_bytes(vec![7; 20]).unwrap().is_weak());
    }

    #[test]
    fn base32_round_trip_is_canonical() {
        let s = Secret::from_base32("jbsw y3dp ehpk 3pxp").unwrap();
        assert_eq!(s.to_base32().as_str(), "JBSWY3DPEHPK3PXP");
    }
}
