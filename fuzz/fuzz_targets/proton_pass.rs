//! Proton Pass exports (zip or JSON).
//! Any input must give entries or a typed error, never a panic (nor an unbounded
//! allocation from a zip's declared sizes); detection must not panic either.
#![no_main]
use libfuzzer_sys::fuzz_target;
use mfa_companion::import_export::{self, Format};

fuzz_target!(|data: &[u8]| {
    let _ = import_export::detect(data);
    let _ = import_export::read(data, Format::ProtonPass, None);
});
