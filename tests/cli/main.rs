//! Guards the CLI end to end: the real binary, a fresh data folder per test, and the real
//! keychain of the private test session. `accounts.rs`: add (argument, stdin, manual),
//! list (text and JSON), ambiguity, rename, remove, the errors for bad input; `codes.rs`:
//! code (TOTP at a fixed time, HOTP counter, Steam); `keychain.rs`: doctor, a missing,
//! locked or tampered keychain, repair from the previous vault.

use std::process::{Command, Stdio};

use serde_json::Value;

#[path = "../common/mod.rs"]
mod common;
use common::{stderr, Env, BIN};

/// RFC 6238 SHA1 seed "12345678901234567890" in base32.
const RFC_SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

mod accounts;
mod codes;
mod keychain;
