//! Ente Auth exports, encrypted (JSON: Argon2id costs bounded before any derivation,
//! then libsodium's secretstream) and plain, with a password: fields of any shape or
//! length must not panic. Any input must give entries or a typed error, never a panic;
//! detection must not panic either.
#![no_main]
use libfuzzer_sys::fuzz_target;
use mfa_companion::import_export::{self, Format};

fuzz_target!(|data: &[u8]| {
    let _ = import_export::detect(data);
    let _ = import_export::read(data, Format::Ente, Some("pw"));
});
