//! OTP math: the algorithms (RFC 4226 HOTP, RFC 6238 TOTP, Steam Guard), their
//! validated parameters, and code generation. Knows nothing of storage, URIs or UI.
//!
//! Built on the RustCrypto `hmac`/`sha1`/`sha2` crates rather than `totp-rs`, whose
//! checks (period 0 panics, strict base32, 128-bit minimum) do not fit real-world
//! secrets; `totp-rs` stays as a dev-dependency to cross-check our codes.

mod secret;

use std::fmt;
use std::time::{SystemTime, UNIX_EPOCH};

use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};

pub use secret::{Secret, SecretError, MAX_BYTES, RECOMMENDED_MIN_BYTES};

/// The HMAC hash function.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Algorithm {
    /// HMAC-SHA-1, the default of every authenticator.
    #[default]
    #[serde(rename = "SHA1")]
    Sha1,
    /// HMAC-SHA-256.
    #[serde(rename = "SHA256")]
    Sha256,
    /// HMAC-SHA-512.
    #[serde(rename = "SHA512")]
    Sha512,
}

impl Algorithm {
    /// All supported algorithms, in the order they are usually listed.
    pub const ALL: [Algorithm; 3] = [Algorithm::Sha1, Algorithm::Sha256, Algorithm::Sha512];

    /// The name used in otpauth URIs and JSON (`SHA1`, `SHA256`, `SHA512`).
    pub fn as_str(self) -> &'static str {
        match self {
            Algorithm::Sha1 => "SHA1",
            Algorithm::Sha256 => "SHA256",
            Algorithm::Sha512 => "SHA512",
        }
    }

    /// Parses `SHA1`/`SHA256`/`SHA512`, case-insensitively, with or without a dash.
    pub fn parse(text: &str) -> Option<Self> {
        match text.to_ascii_uppercase().replace('-', "").as_str() {
            "SHA1" => Some(Algorithm::Sha1),
            "SHA256" => Some(Algorithm::Sha256),
            "SHA512" => Some(Algorithm::Sha512),
            _ => None,
        }
    }
}

impl fmt::Display for Algorithm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How the moving factor is chosen and the code rendered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Time-based (RFC 6238), decimal digits.
    Totp,
    /// Counter-based (RFC 4226), decimal digits.
    Hotp,
    /// Steam Guard: TOTP with SHA-1, 30 s, rendered as 5 characters of Steam's alphabet.
    Steam,
}

impl Kind {
    /// `totp`, `hotp` or `steam`.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Totp => "totp",
            Kind::Hotp => "hotp",
            Kind::Steam => "steam",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Digits allowed for decimal codes.
pub const DIGITS: std::ops::RangeInclusive<u8> = 6..=8;
/// Periods allowed for time-based codes, in seconds.
pub const PERIODS: std::ops::RangeInclusive<u32> = 1..=3600;
/// Characters of a Steam Guard code.
pub const STEAM_DIGITS: u8 = 5;
const STEAM_ALPHABET: &[u8; 26] = b"23456789BCDFGHJKMNPQRTVWXY";

/// Why a set of OTP parameters is not usable.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParamsError {
    /// Digits outside 6-8 (or not 5 for Steam).
    #[error("{}", self.english())]
    Digits {
        /// what was asked for
        digits: u32,
    },
    /// Period outside 1-3600 s.
    #[error("{}", self.english())]
    Period {
        /// what was asked for
        period: u64,
    },
    /// Steam Guard codes are always SHA-1, 5 characters.
    #[error("{}", self.english())]
    Steam,
}

use crate::i18n::Localized as _;

impl crate::i18n::Localized for ParamsError {
    fn message(&self) -> crate::i18n::Message {
        use crate::i18n::Message;
        match self {
            ParamsError::Digits { digits } => Message::new("params-digits").arg("digits", *digits),
            // As text: a u64 beyond 2^53 would lose digits as a Fluent number.
            ParamsError::Period { period } => {
                Message::new("params-period").arg("period", period.to_string())
            }
            ParamsError::Steam => Message::new("params-steam"),
        }
    }
}

/// Validated parameters of one account: construct with [`OtpParams::totp`],
/// [`OtpParams::hotp`] or [`OtpParams::steam`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct OtpParams {
    kind: Kind,
    algorithm: Algorithm,
    digits: u8,
    /// Seconds per step (TOTP, Steam); 0 is never stored.
    period: u32,
    /// Next counter to use (HOTP only).
    counter: u64,
}

impl OtpParams {
    /// TOTP with the given hash, 6-8 digits and a period of 1-3600 s.
    pub fn totp(algorithm: Algorithm, digits: u32, period: u64) -> Result<Self, ParamsError> {
        Ok(Self {
            kind: Kind::Totp,
            algorithm,
            digits: check_digits(digits)?,
            period: check_period(period)?,
            counter: 0,
        })
    }

    /// HOTP with the given hash, 6-8 digits, and the next counter to use.
    pub fn hotp(algorithm: Algorithm, digits: u32, counter: u64) -> Result<Self, ParamsError> {
        Ok(Self {
            kind: Kind::Hotp,
            algorithm,
            digits: check_digits(digits)?,
            period: 0,
            counter,
        })
    }

    /// Steam Guard with the given period (Steam itself uses 30 s).
    pub fn steam(period: u64) -> Result<Self, ParamsError> {
        Ok(Self {
            kind: Kind::Steam,
            algorithm: Algorithm::Sha1,
            digits: STEAM_DIGITS,
            period: check_period(period)?,
            counter: 0,
        })
    }

    /// The defaults of the Key URI format: TOTP, SHA1, 6 digits, 30 s.
    pub fn default_totp() -> Self {
        Self {
            kind: Kind::Totp,
            algorithm: Algorithm::Sha1,
            digits: 6,
            period: 30,
            counter: 0,
        }
    }

    /// TOTP, HOTP or Steam.
    pub fn kind(&self) -> Kind {
        self.kind
    }
    /// The HMAC hash.
    pub fn algorithm(&self) -> Algorithm {
        self.algorithm
    }
    /// Length of a code.
    pub fn digits(&self) -> u8 {
        self.digits
    }
    /// Seconds per step, for time-based kinds; `None` for HOTP.
    pub fn period(&self) -> Option<u32> {
        (self.kind != Kind::Hotp).then_some(self.period)
    }
    /// The next counter, for HOTP; `None` for time-based kinds.
    pub fn counter(&self) -> Option<u64> {
        (self.kind == Kind::Hotp).then_some(self.counter)
    }

    /// The same HOTP parameters with the counter moved on by one. `None` when the
    /// counter is exhausted (it never is in practice) or the kind is time-based.
    pub fn advanced(&self) -> Option<Self> {
        if self.kind != Kind::Hotp {
            return None;
        }
        Some(Self {
            counter: self.counter.checked_add(1)?,
            ..*self
        })
    }

    /// The time step for a Unix time (TOTP, Steam).
    fn step(&self, unix_time: u64) -> u64 {
        unix_time / u64::from(self.period.max(1))
    }

    /// Seconds left in the period that contains `unix_time` (1..=period); `None` for HOTP.
    pub fn remaining_at(&self, unix_time: u64) -> Option<u32> {
        let period = u64::from(self.period().filter(|p| *p > 0)?);
        Some((period - unix_time % period) as u32)
    }
}

fn check_digits(digits: u32) -> Result<u8, ParamsError> {
    u8::try_from(digits)
        .ok()
        .filter(|d| DIGITS.contains(d))
        .ok_or(ParamsError::Digits { digits })
}

fn check_period(period: u64) -> Result<u32, ParamsError> {
    u32::try_from(period)
        .ok()
        .filter(|p| PERIODS.contains(p))
        .ok_or(ParamsError::Period { period })
}

/// The RFC 4226 §5.3 dynamic truncation of `HMAC(key, counter)` to 31 bits.
pub fn truncated_hmac(algorithm: Algorithm, key: &[u8], counter: u64) -> u32 {
    fn run<M: Mac + hmac::digest::KeyInit>(key: &[u8], msg: &[u8; 8]) -> u32 {
        // HMAC takes keys of any length, so this constructor cannot fail.
        let mut mac = <M as hmac::digest::KeyInit>::new_from_slice(key)
            .expect("HMAC accepts keys of any length");
        mac.update(msg);
        let digest = mac.finalize().into_bytes();
        let offset = usize::from(digest[digest.len() - 1] & 0x0f);
        let word = [
            digest[offset],
            digest[offset + 1],
            digest[offset + 2],
            digest[offset + 3],
        ];
        u32::from_be_bytes(word) & 0x7fff_ffff
    }
    let msg = counter.to_be_bytes();
    match algorithm {
        Algorithm::Sha1 => run::<Hmac<sha1::Sha1>>(key, &msg),
        Algorithm::Sha256 => run::<Hmac<sha2::Sha256>>(key, &msg),
        Algorithm::Sha512 => run::<Hmac<sha2::Sha512>>(key, &msg),
    }
}

/// Renders a truncated HMAC value as a code of the given kind and length.
fn render(kind: Kind, digits: u8, value: u32) -> String {
    match kind {
        Kind::Steam => {
            let mut v = value as usize;
            let mut out = String::with_capacity(usize::from(digits));
            for _ in 0..digits {
                out.push(char::from(STEAM_ALPHABET[v % STEAM_ALPHABET.len()]));
                v /= STEAM_ALPHABET.len();
            }
            out
        }
        Kind::Totp | Kind::Hotp => {
            let modulus = 10u32.pow(u32::from(digits));
            format!("{:0width$}", value % modulus, width = usize::from(digits))
        }
    }
}

/// The code for an explicit moving factor: the counter for HOTP, the time step otherwise.
pub fn code_for_factor(params: &OtpParams, secret: &Secret, factor: u64) -> String {
    let value = truncated_hmac(params.algorithm, secret.expose(), factor);
    render(params.kind, params.digits, value)
}

/// The current Unix time in seconds. A clock before 1970 reads as 0.
pub fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// A displayable code with its validity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Code {
    /// The code itself.
    pub code: String,
    /// Seconds until it changes (time-based), `None` for HOTP.
    pub remaining: Option<u32>,
    /// The period (time-based), `None` for HOTP.
    pub period: Option<u32>,
}

/// Time-based code at `unix_time` (TOTP, Steam); for HOTP, the code of the stored
/// counter (callers that show it must advance and save the counter first: see storage).
pub fn code_at(params: &OtpParams, secret: &Secret, unix_time: u64) -> Code {
    match params.kind {
        Kind::Hotp => Code {
            code: code_for_factor(params, secret, params.counter),
            remaining: None,
            period: None,
        },
        Kind::Totp | Kind::Steam => Code {
            code: code_for_factor(params, secret, params.step(unix_time)),
            remaining: params.remaining_at(unix_time),
            period: params.period(),
        },
    }
}

/// [`code_at`] the current time.
pub fn code_now(params: &OtpParams, secret: &Secret) -> Code {
    code_at(params, secret, unix_now())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ascii_secret(s: &str) -> Secret {
        Secret::from_bytes(s.as_bytes().to_vec()).unwrap()
    }

    #[test]
    fn parameter_ranges_are_enforced_with_typed_errors() {
        assert_eq!(
            OtpParams::totp(Algorithm::Sha1, 5, 30),
            Err(ParamsError::Digits { digits: 5 })
        );
        assert_eq!(
            OtpParams::totp(Algorithm::Sha1, 9, 30),
            Err(ParamsError::Digits { digits: 9 })
        );
        assert_eq!(
            OtpParams::totp(Algorithm::Sha1, 6, 0),
            Err(ParamsError::Period { period: 0 })
        );
        assert_eq!(
            OtpParams::totp(Algorithm::Sha1, 6, 3601),
            Err(ParamsError::Period { period: 3601 })
        );
        assert!(OtpParams::totp(Algorithm::Sha512, 7, 1).is_ok());
        assert!(OtpParams::totp(Algorithm::Sha256, 8, 3600).is_ok());
        assert_eq!(OtpParams::steam(0), Err(ParamsError::Period { period: 0 }));
    }

    #[test]
    fn remaining_counts_down_to_one_within_each_period() {
        let p = OtpParams::totp(Algorithm::Sha1, 6, 30).unwrap();
        assert_eq!(p.remaining_at(0), Some(30));
        assert_eq!(p.remaining_at(29), Some(1));
        assert_eq!(p.remaining_at(30), Some(30));
        let h = OtpParams::hotp(Algorithm::Sha1, 6, 3).unwrap();
        assert_eq!(h.remaining_at(10), None);
    }

    #[test]
    fn a_period_of_one_second_changes_the_code_every_second() {
        let p = OtpParams::totp(Algorithm::Sha1, 6, 1).unwrap();
        let s = ascii_secret("12345678901234567890");
        // RFC 6238 with a 1 s period is RFC 4226 with counter = time.
        assert_eq!(code_at(&p, &s, 0).code, "755224");
        assert_eq!(code_at(&p, &s, 1).code, "287082");
    }

    #[test]
    fn seven_digit_codes_keep_leading_zeros() {
        let p = OtpParams::totp(Algorithm::Sha1, 7, 30).unwrap();
        let s = ascii_secret("12345678901234567890");
        // RFC 6238 vector at t=1111111109 is 07081804 (8 digits); 7 digits is its tail.
        assert_eq!(code_at(&p, &s, 1_111_111_109).code, "7081804");
        let p8 = OtpParams::totp(Algorithm::Sha1, 8, 30).unwrap();
        assert_eq!(code_at(&p8, &s, 1_111_111_109).code, "07081804");
    }

    #[test]
    fn hotp_advances_only_by_explicit_call() {
        let p = OtpParams::hotp(Algorithm::Sha1, 6, 0).unwrap();
        let next = p.advanced().unwrap();
        assert_eq!(next.counter(), Some(1));
        assert_eq!(
            OtpParams::hotp(Algorithm::Sha1, 6, u64::MAX)
                .unwrap()
                .advanced(),
            None
        );
        assert_eq!(OtpParams::default_totp().advanced(), None);
    }
}
