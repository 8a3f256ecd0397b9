//! Battle.net Authenticator's internal preferences (Android, from a rooted phone), one
//! account each, in two generations:
//! - the old Battle.net Mobile Authenticator: `/data/data/com.blizzard.bma/shared_prefs/
//!   com.blizzard.bma.AUTH_STORE.xml`, string `com.blizzard.bma.AUTH_STORE.HASH`: 57
//!   bytes in hex which, XOR'd with a fixed 57-byte mask, are ASCII: the secret in hex
//!   (40 characters) then the serial (17, e.g. `US-1234-5678-9012`);
//! - the Battle.net app: `/data/data/com.blizzard.messenger/shared_prefs/
//!   com.blizzard.messenger.authenticator_preferences.xml`, strings
//!   `com.blizzard.messenger.AUTHENTICATOR_DEVICE_SECRET` and `..._SERIAL`, each hex that
//!   XOR'd with the same mask (from its start) is the secret in hex, or the serial.
//!
//! The codes are TOTP, SHA1, 8 digits, 30 seconds; the account is named after the serial
//! under the issuer `Battle.net`. The mask is an obfuscation, not encryption.

use zeroize::Zeroizing;

use super::prefs_xml;
use super::{malformed, Candidate, Fields, Format, ImportError, SecretField};
use crate::i18n::Message;

const FORMAT: Format = Format::BattleNet;

/// The old app's single entry.
pub const OLD_HASH: &str = "com.blizzard.bma.AUTH_STORE.HASH";
/// The current app's secret entry.
pub const DEVICE_SECRET: &str = "com.blizzard.messenger.AUTHENTICATOR_DEVICE_SECRET";
/// The current app's serial entry.
pub const SERIAL: &str = "com.blizzard.messenger.AUTHENTICATOR_SERIAL";

/// The fixed XOR mask both apps apply.
const MASK: [u8; 57] = [
    0x39, 0x8e, 0x27, 0xfc, 0x50, 0x27, 0x6a, 0x65, 0x60, 0x65, 0xb0, 0xe5, 0x25, 0xf4, 0xc0, 0x6c,
    0x04, 0xc6, 0x10, 0x75, 0x28, 0x6b, 0x8e, 0x7a, 0xed, 0xa5, 0x9d, 0xa9, 0x81, 0x3b, 0x5d, 0xd6,
    0xc8, 0x0d, 0x2f, 0xb3, 0x80, 0x68, 0x77, 0x3f, 0xa5, 0x9b, 0xa4, 0x7c, 0x17, 0xca, 0x6c, 0x64,
    0x79, 0x01, 0x5c, 0x1d, 0x5b, 0x8b, 0x8f, 0x6b, 0x9a,
];

/// Hex XOR'd with the mask, as text; `None` when it is not hex, longer than the mask,
/// or not ASCII once unmasked.
fn unmask(hex: &str) -> Option<Zeroizing<String>> {
    let clean = hex.trim();
    let bytes = Zeroizing::new(
        data_encoding::HEXLOWER_PERMISSIVE
            .decode(clean.as_bytes())
            .ok()?,
    );
    if bytes.len() > MASK.len() {
        return None;
    }
    let plain: Zeroizing<Vec<u8>> =
        Zeroizing::new(bytes.iter().zip(MASK).map(|(b, m)| b ^ m).collect());
    if !plain.is_ascii() {
        return None;
    }
    String::from_utf8(plain.to_vec()).ok().map(Zeroizing::new)
}

/// An account from the unmasked secret (hex) and serial.
fn account(secret_hex: &str, serial: &str) -> Candidate {
    let serial = serial.trim();
    let secret = match data_encoding::HEXLOWER_PERMISSIVE.decode(secret_hex.trim().as_bytes()) {
        Ok(bytes) => bytes,
        Err(_) => {
            return Candidate::new(
                format!("Battle.net:{serial}"),
                Err(Message::new("import-entry-unmasked-not-hex").into()),
            )
        }
    };
    let item = Fields {
        kind: "totp",
        issuer: "Battle.net",
        name: serial,
        secret: SecretField::Bytes(secret),
        algorithm: None,
        digits: Some(8),
        period: None,
        counter: None,
    }
    .build();
    Candidate::new(format!("Battle.net:{serial}"), item)
}

/// Reads a Battle.net Authenticator preferences file (old or current app).
pub fn read(text: &str) -> Result<Vec<Candidate>, ImportError> {
    let prefs = prefs_xml::strings(text, FORMAT)?;
    let get = |name: &str| prefs.iter().find(|p| p.name == name).map(|p| &p.value);
    if let Some(secret) = get(DEVICE_SECRET) {
        let serial = match get(SERIAL).filter(|s| !s.trim().is_empty()) {
            None => Zeroizing::new(String::new()),
            Some(s) => {
                unmask(s).ok_or_else(|| malformed(FORMAT, "the serial is not masked hex"))?
            }
        };
        let secret = unmask(secret)
            .ok_or_else(|| malformed(FORMAT, "the device secret is not masked hex"))?;
        return Ok(vec![account(&secret, &serial)]);
    }
    if let Some(hash) = get(OLD_HASH) {
        let plain = unmask(hash)
            .ok_or_else(|| malformed(FORMAT, "the authenticator hash is not masked hex"))?;
        let (secret, serial) = plain.split_at_checked(40).ok_or_else(|| {
            malformed(
                FORMAT,
                "the authenticator hash is too short for a secret and a serial",
            )
        })?;
        return Ok(vec![account(secret, serial)]);
    }
    Err(malformed(
        FORMAT,
        format!("it has neither {DEVICE_SECRET} nor {OLD_HASH}"),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::otp::code_at;

    fn mask(plain: &str) -> String {
        data_encoding::HEXLOWER.encode(
            &plain
                .bytes()
                .zip(MASK)
                .map(|(b, m)| b ^ m)
                .collect::<Vec<u8>>(),
        )
    }

    fn prefs(entries: &[(&str, String)]) -> String {
        let body: String = entries
            .iter()
            .map(|(k, v)| format!("    <string name=\"{k}\">{v}</string>\n"))
            .collect();
        format!("<?xml version='1.0' encoding='utf-8' standalone='yes' ?>\n<map>\n{body}</map>\n")
    }

    // RFC 6238's SHA1 key ("12345678901234567890") in hex.
    const KEY: &str = "3132333435363738393031323334353637383930";

    #[test]
    fn the_current_app_s_masked_secret_and_serial_give_eight_digit_codes() {
        let text = prefs(&[
            (SERIAL, mask("US-1234-5678-9012")),
            (DEVICE_SECRET, mask(KEY)),
        ]);
        let all = read(&text).unwrap();
        assert_eq!(all[0].label, "Battle.net:US-1234-5678-9012");
        let a = all[0].item.as_ref().unwrap();
        assert_eq!(code_at(&a.params, &a.secret, 59).code, "94287082");
    }

    #[test]
    fn the_old_app_s_hash_holds_secret_then_serial() {
        let text = prefs(&[(OLD_HASH, mask(&format!("{KEY}EU-1111-2222-3333")))]);
        let all = read(&text).unwrap();
        assert_eq!(all[0].label, "Battle.net:EU-1111-2222-3333");
        let a = all[0].item.as_ref().unwrap();
        assert_eq!(code_at(&a.params, &a.secret, 59).code, "94287082");
    }

    #[test]
    fn a_secret_that_is_not_hex_once_unmasked_is_unusable_and_garbage_refused() {
        let text = prefs(&[(SERIAL, mask("US-1")), (DEVICE_SECRET, mask("zz"))]);
        assert!(read(&text).unwrap()[0].item.is_err());
        let text = prefs(&[(DEVICE_SECRET, "not hex".into())]);
        let e = read(&text).err().unwrap();
        assert!(e.to_string().contains("battle-net"), "{e}");
        let e = read("<map><string name=\"x\">1</string></map>")
            .err()
            .unwrap();
        assert!(e.to_string().contains(OLD_HASH), "{e}");
    }
}
