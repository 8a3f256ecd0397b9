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
    if args.len() > 1 {
        return mfa_companion::cli::run(args);
    }
    mfa_companion::desktop::run()
}
