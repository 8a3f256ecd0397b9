//! FreeOTP 2 backups (a Java-serialized HashMap of JSON strings, PBKDF2 and AES-GCM): any
//! stream, lengths, references, JSON, DER parameters or ciphertext must not panic. Any
//! input must give entries or a typed error, never a panic; detection must not panic
//! either. (Iterations are bounded by the reader; a fuzzed file asking many is slow, not
//! wrong.)
#![no_main]
use libfuzzer_sys::fuzz_target;
use mfa_companion::import_export::{self, Format};

fuzz_target!(|data: &[u8]| {
    let _ = import_export::detect(data);
    let _ = import_export::read(data, Format::FreeOtpBackup, Some("pw"));
    let _ = import_export::read(data, Format::FreeOtpBackup, None);
});
