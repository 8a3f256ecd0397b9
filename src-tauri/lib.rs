//! MFA Companion: a desktop authenticator that keeps every secret in the OS keychain.
//!
//! Module map (one owner per concern):
//! - [`otp`]: OTP math (HOTP, TOTP, Steam), the `Secret` type.
//! - [`otpauth`]: `otpauth://` Key URI parsing and formatting.
//! - [`account`]: the account model and its JSON record.
//! - [`storage`]: the data folder, the one encrypted vault, the keychain.
//! - [`backups`]: automatic, verified backups after every change.
//! - [`agent`]: the resident agent (holds the data key while the app lock is open).
//! - [`identity`]: the identity API clients (Lerian, Flashback, tenant TOTP) and server profiles.
//! - [`enroll`]: the enrollment flow (setup, verify, enable) and its pending records.
//! - [`issuer_icons`]: each account's logo from the bundled set, or a letter avatar.
//! - [`i18n`]: the message catalogues (Fluent) and the language in use.
//! - [`keyboard`]: global shortcuts and typing a code into the focused window (X11).
//! - [`screen`]: adding accounts from QR codes on the screen or the clipboard.
//! - [`portal`]: the XDG desktop portals a Wayland session needs (screenshot, shortcuts).
//! - [`import_export`]: moving accounts in and out (QR images so far).
//! - [`error`]: `{code, message}` errors for the UI and CLI boundary.
//! - [`cli`]: the command-line interface (same binary).
//! - `desktop` (feature `desktop`): the Tauri window; the only module that imports tauri.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod account;
pub mod agent;
pub mod backups;
pub mod cli;
pub mod copy;
pub mod enroll;
pub mod error;
pub mod i18n;
pub mod identity;
pub mod import_export;
pub mod issuer_icons;
pub mod keyboard;
pub mod logging;
pub mod otp;
pub mod otpauth;
pub mod portal;
pub mod screen;
pub mod settings;
pub mod signin;
pub mod storage;

#[cfg(feature = "desktop")]
pub mod desktop;
