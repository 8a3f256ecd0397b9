//! TOTP Authenticator backups (base64 of AES-256-CBC), with a password and without (the
//! app's default one is tried): any base64, padding or decrypted text must not panic.
//! Any input must give entries or a typed error, never a panic; detection must not
//! panic either.
#![no_main]
use libfuzzer_sys::fuzz_target;
use mfa_companion::import_export::{self, Format};

fuzz_target!(|data: &[u8]| {
    let _ = import_export::detect(data);
    let _ = import_export::read(data, Format::TotpAuthenticator, Some("pw"));
    let _ = import_export::read(data, Format::TotpAuthenticator, None);
});
