//! The Key URI parser, both stages, and format-then-parse of what it accepts.
#![no_main]
use libfuzzer_sys::fuzz_target;
use mfa_companion::otpauth;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(a) = otpauth::parse(text) {
            let again = otpauth::format(&a.issuer, &a.account, &a.params, &a.secret);
            assert_eq!(otpauth::parse(&again).ok(), Some(a));
        }
    }
});
