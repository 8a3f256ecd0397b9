//! Authenticator Plus backups: a bare `authplus.db` (SQLCipher 3, or plain SQLite), or a
//! zip holding one, or the Export's zip holding `Accounts.txt` (read as an otpauth
//! list), with and without a password. Any input must give entries or a typed
//! error, never a panic nor an allocation past the page bound; detection must not panic.
//! An input of whole 1024-byte pages costs one 64,000-round PBKDF2 with the password.
#![no_main]
use libfuzzer_sys::fuzz_target;
use mfa_companion::import_export::{self, Format};

fuzz_target!(|data: &[u8]| {
    let _ = import_export::detect(data);
    let _ = import_export::read(data, Format::AuthenticatorPlus, None);
    let _ = import_export::read(data, Format::AuthenticatorPlus, Some("correct horse"));
});
