//! The `mfa-companion` binary: with a subcommand it is the CLI and opens no window;
//! with none it opens the desktop window.

// No console window on Windows release builds of the desktop app.
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
    #[cfg(feature = "desktop")]
    {
        mfa_companion::desktop::run()
    }
    #[cfg(not(feature = "desktop"))]
    {
        eprintln!("error: this build has no desktop window (built without the `desktop` feature); run `mfa-companion --help` for the CLI");
        ExitCode::from(2)
    }
}
