//! The sandbox's own TOTP (RFC 6238, HMAC-SHA1, 6 digits, 30 s), secrets and codes. Kept
//! separate from the client's OTP code on purpose.

use hmac::{Hmac, Mac};

/// A fresh random secret, base32 without padding (160 bits).
pub fn new_secret() -> String {
    data_encoding::BASE32_NOPAD.encode(&crate::random_bytes::<20>())
}

/// The 6-digit code for `secret` (base32) at Unix time `t`.
pub fn totp(secret: &str, t: u64) -> Option<String> {
    let key = data_encoding::BASE32_NOPAD
        .decode(secret.trim_end_matches('=').to_ascii_uppercase().as_bytes())
        .ok()?;
    let mut mac = Hmac::<sha1::Sha1>::new_from_slice(&key).ok()?;
    mac.update(&(t / 30).to_be_bytes());
    let h = mac.finalize().into_bytes();
    let off = (h[19] & 0x0f) as usize;
    let bin = u32::from_be_bytes([h[off] & 0x7f, h[off + 1], h[off + 2], h[off + 3]]);
    Some(format!("{:06}", bin % 1_000_000))
}

/// Whether `code` is right for `secret` at `t`, one step either side.
pub fn check(secret: &str, code: &str, t: u64) -> bool {
    [t.saturating_sub(30), t, t + 30]
        .iter()
        .any(|&at| totp(secret, at).as_deref() == Some(code))
}

/// `n` fresh recovery codes of the form `xxxxx-xxxxx` (lowercase letters and digits).
pub fn recovery_codes(n: usize) -> Vec<String> {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    (0..n)
        .map(|_| {
            let b = crate::random_bytes::<10>();
            let chars: String = b
                .iter()
                .map(|x| ALPHABET[*x as usize % ALPHABET.len()] as char)
                .collect();
            format!("{}-{}", &chars[..5], &chars[5..])
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc6238_sha1_vectors_hold() {
        // RFC 6238 appendix B key "12345678901234567890", last 6 digits of the 8-digit codes.
        let key = data_encoding::BASE32_NOPAD.encode(b"12345678901234567890");
        assert_eq!(totp(&key, 59).unwrap(), "287082");
        assert_eq!(totp(&key, 1111111109).unwrap(), "081804");
        assert_eq!(totp(&key, 2000000000).unwrap(), "279037");
    }

    #[test]
    fn check_accepts_one_step_either_side_only() {
        let s = new_secret();
        let t = 1_700_000_000;
        assert!(check(&s, &totp(&s, t - 30).unwrap(), t));
        assert!(check(&s, &totp(&s, t + 30).unwrap(), t));
        let far = totp(&s, t + 90).unwrap();
        if ![t - 30, t, t + 30]
            .iter()
            .any(|&x| totp(&s, x).unwrap() == far)
        {
            assert!(!check(&s, &far, t));
        }
    }
}
