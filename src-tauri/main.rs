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

use mfa_companion::i18n::Message;

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

/// Prints `error: MESSAGE [CODE]` as the CLI does, in the language in use.
fn error_line(code: &str, message: Message) {
    eprintln!(
        "{}",
        mfa_companion::i18n::tr(
            "cli-mod-error",
            &[("message", message.text().into()), ("code", code.into())]
        )
    );
}

fn start_failed(path: &std::path::Path, err: &std::io::Error) -> Message {
    Message::new("cli-desktop-start")
        .arg("path", path.display().to_string())
        .arg("error", err.to_string())
}

fn open_window() -> ExitCode {
    let Some(path) = desktop_path() else {
        error_line(
            "desktop.missing",
            Message::new("cli-desktop-missing").arg("file", DESKTOP),
        );
        return ExitCode::from(2);
    };
    let mut command = Command::new(&path);
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        // Replaces this process; returns only on failure.
        let err = command.exec();
        error_line("desktop.start", start_failed(&path, &err));
        ExitCode::from(1)
    }
    #[cfg(not(unix))]
    {
        match command.status() {
            Ok(s) if s.success() => ExitCode::SUCCESS,
            Ok(_) => ExitCode::from(1),
            Err(err) => {
                error_line("desktop.start", start_failed(&path, &err));
                ExitCode::from(1)
            }
        }
    }
}
