//! libsodium's `crypto_secretstream_xchacha20poly1305`, the pull (decrypting) side for
//! the first message of a stream: what Ente Auth's encrypted export seals its text with
//! (`ente_encrypted.rs`). Written from libsodium's public documentation and its
//! description of the construction, on the RustCrypto `chacha20` and `poly1305` crates:
//!
//! - the 24-byte header gives a subkey HChaCha20(key, header[0..16]) and a 12-byte
//!   ChaCha20 nonce: counter 1 (u32, little-endian) `||` header[16..24];
//! - a message is `tag (1 byte, encrypted) || ciphertext || MAC (16 bytes)`;
//! - ChaCha20 block 0 gives the Poly1305 key; block 1 encrypts the tag byte (the rest of
//!   that block is keystream that the MAC covers); the message is encrypted from block 2;
//! - the MAC covers the additional data (none here) padded to 16, the 64-byte tag block,
//!   the ciphertext followed by `mlen mod 16` zero bytes (libsodium's padding), then the
//!   additional data's length and `64 + mlen` as u64 little-endian.
//!
//! Only the first message is opened; later messages (with the nonce and key updated)
//! are not needed for a file sealed as one message.

use chacha20::cipher::consts::U10;
use chacha20::cipher::{KeyIvInit, StreamCipher, StreamCipherSeek};
use chacha20::{hchacha, ChaCha20};
use poly1305::universal_hash::KeyInit;
use poly1305::Poly1305;
use zeroize::{Zeroize, Zeroizing};

/// The header's length.
pub const HEADER: usize = 24;
/// What a message adds to its plaintext: the tag byte and the MAC.
pub const ABYTES: usize = 1 + 16;
/// The tag of a stream's last message.
pub const TAG_FINAL: u8 = 3;

/// An opened message: its tag and plaintext. No `Debug`: the plaintext is secret.
pub struct Message {
    /// The message's tag (0 message, 1 push, 2 rekey, 3 final).
    pub tag: u8,
    /// The plaintext, zeroized on drop.
    pub plain: Zeroizing<Vec<u8>>,
}

/// Opens the first message of the stream that `header` starts, with `key`: `None` when
/// the MAC does not match (a wrong key, or damaged data) or `sealed` is too short.
pub fn open_first(key: &[u8; 32], header: &[u8; HEADER], sealed: &[u8]) -> Option<Message> {
    let mlen = sealed.len().checked_sub(ABYTES)?;
    let (head, rest) = sealed.split_first()?;
    let (ciphertext, mac) = rest.split_at(mlen);
    let mut sub = [0u8; 16];
    sub.copy_from_slice(&header[..16]);
    // HChaCha20: ten double rounds.
    let mut derived = hchacha::<U10>(key.into(), &sub.into());
    let mut subkey = Zeroizing::new([0u8; 32]);
    subkey.copy_from_slice(&derived);
    derived.as_mut_slice().zeroize();
    let mut nonce = [0u8; 12];
    nonce[..4].copy_from_slice(&1u32.to_le_bytes());
    nonce[4..].copy_from_slice(&header[16..]);
    let mut cipher = ChaCha20::new(subkey.as_ref().into(), &nonce.into());
    // Block 0: the Poly1305 key.
    let mut block = Zeroizing::new([0u8; 64]);
    cipher.apply_keystream(block.as_mut());
    let poly = Poly1305::new(poly1305::Key::from_slice(&block[..32]));
    // Block 1: the tag byte.
    block.fill(0);
    block[0] = *head;
    cipher.apply_keystream(block.as_mut());
    let tag = block[0];
    block[0] = *head;
    // Holds keystream (the tag block): zeroized on drop.
    let mut authed = Zeroizing::new(Vec::with_capacity(64 + 2 * mlen + 16));
    authed.extend_from_slice(block.as_ref());
    authed.extend_from_slice(ciphertext);
    let padded = authed.len() + mlen % 16;
    authed.resize(padded, 0);
    authed.extend_from_slice(&0u64.to_le_bytes());
    authed.extend_from_slice(&(64 + mlen as u64).to_le_bytes());
    let computed = poly.compute_unpadded(&authed);
    if !constant_time_eq(computed.as_slice(), mac) {
        return None;
    }
    // Block 2 on: the message.
    let mut plain = Zeroizing::new(ciphertext.to_vec());
    cipher.seek(128u64);
    cipher.apply_keystream(plain.as_mut_slice());
    Some(Message { tag, plain })
}

/// Compares two MACs without stopping at the first difference.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use data_encoding::HEXLOWER;

    // Made with libsodium (PyNaCl's crypto_secretstream_xchacha20poly1305_init_push and
    // push, TAG_FINAL) for the key 0x00..0x1f: "hello, secretstream" (19 bytes), with the
    // header libsodium chose.
    const KEY: [u8; 32] = {
        let mut k = [0u8; 32];
        let mut i = 0;
        while i < 32 {
            k[i] = i as u8;
            i += 1;
        }
        k
    };
    const HEADER_HEX: &str = "61a15df923c22cf807846216466504de2ad18df3705063f4";
    const SEALED: &str = "7f223a332279170f1d1e351b5110d79cdb815afdba680ed32a7b1cd04b4ce2487c14b274";

    fn header() -> [u8; HEADER] {
        HEXLOWER
            .decode(HEADER_HEX.as_bytes())
            .unwrap()
            .try_into()
            .unwrap()
    }

    #[test]
    fn a_message_sealed_by_libsodium_opens_with_its_tag() {
        let sealed = HEXLOWER.decode(SEALED.as_bytes()).unwrap();
        let m = open_first(&KEY, &header(), &sealed).unwrap();
        assert_eq!(m.tag, TAG_FINAL);
        assert_eq!(m.plain.as_slice(), b"hello, secretstream");
    }

    #[test]
    fn a_wrong_key_a_flipped_bit_or_a_cut_message_does_not_open() {
        let sealed = HEXLOWER.decode(SEALED.as_bytes()).unwrap();
        let mut other = KEY;
        other[0] ^= 1;
        assert!(open_first(&other, &header(), &sealed).is_none());
        for i in 0..sealed.len() {
            let mut bad = sealed.clone();
            bad[i] ^= 0x80;
            assert!(open_first(&KEY, &header(), &bad).is_none(), "byte {i}");
        }
        assert!(open_first(&KEY, &header(), &sealed[..sealed.len() - 1]).is_none());
        assert!(open_first(&KEY, &header(), &sealed[..ABYTES - 1]).is_none());
    }
}
