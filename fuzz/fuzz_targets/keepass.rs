//! KeePass KDBX: our header check (with every KDF cost from the input), then the whole
//! read with a fixed password under small KDF limits (so a run never waits on a costly
//! derivation). Any input must give entries or a typed error, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;
use mfa_companion::import_export::keepass::{self, header};

const SMALL: header::Limits = header::Limits {
    argon2_memory: 1024 * 1024,
    argon2_iterations: 4,
    argon2_parallelism: 2,
    argon2_work: 4 * 1024 * 1024,
    aes_rounds: 10_000,
};

fuzz_target!(|data: &[u8]| {
    let _ = header::check(data, &header::LIMITS);
    let _ = keepass::read_with(data, Some("correct horse"), &SMALL);
});
