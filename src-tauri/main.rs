//! The `mfa-companion` command. With a subcommand it is the CLI and opens no window;
//! with none it opens the desktop window: through the resident agent when one runs,
//! otherwise by executing `mfa-companion-desktop`, which is installed beside it.
//!
//! Why two executables: a process that links WebKitGTK pays about 30 ms of relocations
//! at start-up before `main` runs, whatever it then does. Keeping WebKit out of this
//! binary keeps `mfa-companion code` near the cost of its keychain read.

#![forbid(unsafe_code)]

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::{Command, ExitCode};

/// The desktop executable's file name.
const DESKTOP: &str = if cfg!(windows) {
    "mfa-companion-desktop.exe"
} else {
    "mfa-companion-desktop"
};

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    if args.len() > 1 {
        return mfa_companion::cli::run(args);
    }
    // With the resident agent running, it opens the window (and the window's process
    // ends when it is closed, as always).
    if mfa_companion::agent::bus::open_window(false) {
        return ExitCode::SUCCESS;
    }
    open_window()
}

fn desktop_path() -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let sibling = exe.parent()?.join(DESKTOP);
    sibling.is_file().then_some(sibling)
}

fn open_window() -> ExitCode {
    let Some(path) = desktop_path() else {
        eprintln!(
            "error: the desktop window ({DESKTOP}) is not installed beside this binary: build it with `cargo build` (feature `desktop`), or use the CLI: `mfa-companion --help` [desktop.missing]"
        );
        return ExitCode::from(2);
    };
    let mut command = Command::new(&path);
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        // Replaces this process; returns only on failure.
        let err = command.exec();
        eprintln!(
            "error: could not start {}: {err} [desktop.start]",
            path.display()
        );
        ExitCode::from(1)
    }
    #[cfg(not(unix))]
    {
        match command.status() {
            Ok(s) if s.success() => ExitCode::SUCCESS,
            Ok(_) => ExitCode::from(1),
            Err(err) => {
                eprintln!(
                    "error: could not start {}: {err} [desktop.start]",
                    path.display()
                );
                ExitCode::from(1)
            }
        }
    }
}
