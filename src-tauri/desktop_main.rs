//! The `mfa-companion-desktop` executable: the desktop window. `mfa-companion` with no
//! arguments starts it; given arguments, it runs the same CLI in-process.

// No console window on Windows release builds.
#![cfg_attr(
    all(not(debug_assertions), target_os = "windows"),
    windows_subsystem = "windows"
)]
#![forbid(unsafe_code)]

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // WebKitGTK's compositing mode costs start-up time and memory for a page this simple
    // (measured here: first paint 600 -> 280 ms, PSS 265 -> 205 MB for a stock window).
    // Set before any thread starts; the user's own setting wins.
    if std::env::var_os("WEBKIT_DISABLE_COMPOSITING_MODE").is_none() {
        std::env::set_var("WEBKIT_DISABLE_COMPOSITING_MODE", "1");
    }
    if args.len() > 1 {
        return mfa_companion::cli::run(args);
    }
    mfa_companion::desktop::run()
}
