//! Authy tokens whose secret is stored only encrypted, under the Authy backups password
//! (Authy's internal token store, read by `authy.rs`): `encryptedSecret` is base64 of
//! AES-256-CBC with a zero IV and PKCS#7 padding, under the key PBKDF2-HMAC-SHA1(password,
//! `salt` as UTF-8 text, 1,000 iterations, 32 bytes); the plaintext is the base32 secret.
//! Nothing authenticates the ciphertext: a wrong password is told by the padding and by
//! the plaintext not being base32 text.

use cbc::cipher::block_padding::Pkcs7;
use cbc::cipher::{BlockModeDecrypt, KeyIvInit};
use data_encoding::BASE64;
use zeroize::Zeroizing;

/// PBKDF2 iterations Authy uses for these tokens.
pub(crate) const ITERATIONS: u32 = 1000;

/// Largest encrypted secret read, in bytes (a base32 secret of 1,024 bytes' key).
const MAX_CIPHERTEXT: usize = 4096;

/// The base32 secret, or `None` when this password does not decrypt the token (or the
/// token is damaged: the two cannot be told apart).
pub(crate) fn decrypt_secret(
    encrypted: &str,
    salt: &str,
    password: &str,
) -> Option<Zeroizing<String>> {
    let clean: String = encrypted.chars().filter(|c| !c.is_whitespace()).collect();
    let mut buf = Zeroizing::new(BASE64.decode(clean.as_bytes()).ok()?);
    if buf.is_empty() || buf.len() % 16 != 0 || buf.len() > MAX_CIPHERTEXT {
        return None;
    }
    let mut key = Zeroizing::new([0u8; 32]);
    pbkdf2::pbkdf2_hmac::<sha1::Sha1>(
        password.as_bytes(),
        salt.as_bytes(),
        ITERATIONS,
        key.as_mut(),
    );
    let len = cbc::Decryptor::<aes::Aes256>::new_from_slices(key.as_ref(), &[0u8; 16])
        .ok()?
        .decrypt_padded::<Pkcs7>(buf.as_mut_slice())
        .ok()?
        .len();
    buf.truncate(len);
    let base32 = |b: &u8| b.is_ascii_uppercase() || (b'2'..=b'7').contains(b) || *b == b'=';
    if buf.is_empty() || !buf.iter().all(base32) {
        return None;
    }
    String::from_utf8(buf.to_vec()).ok().map(Zeroizing::new)
}

/// Encrypts `secret` as Authy does (tests of this module and of `authy.rs`).
#[cfg(test)]
pub(crate) fn encrypt_secret(secret: &str, salt: &str, password: &str) -> String {
    use cbc::cipher::BlockModeEncrypt;
    let mut key = [0u8; 32];
    pbkdf2::pbkdf2_hmac::<sha1::Sha1>(password.as_bytes(), salt.as_bytes(), ITERATIONS, &mut key);
    let body = cbc::Encryptor::<aes::Aes256>::new_from_slices(&key, &[0u8; 16])
        .unwrap()
        .encrypt_padded_vec::<Pkcs7>(secret.as_bytes());
    BASE64.encode(&body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_right_password_gives_the_base32_secret_and_a_wrong_one_nothing() {
        let sealed = encrypt_secret("JBSWY3DPEHPK3PXP", "salty", "correct horse");
        assert_eq!(
            decrypt_secret(&sealed, "salty", "correct horse")
                .unwrap()
                .as_str(),
            "JBSWY3DPEHPK3PXP"
        );
        for pw in ["wrong horse", "Correct horse", ""] {
            assert!(decrypt_secret(&sealed, "salty", pw).is_none(), "{pw}");
        }
        assert!(decrypt_secret(&sealed, "other salt", "correct horse").is_none());
    }

    #[test]
    fn damaged_ciphertexts_decrypt_to_nothing_without_panicking() {
        let sealed = encrypt_secret("JBSWY3DPEHPK3PXP", "s", "pw");
        for bad in ["", "!!!", "QUJD", &sealed[..sealed.len() - 4]] {
            assert!(decrypt_secret(bad, "s", "pw").is_none(), "{bad}");
        }
    }
}
