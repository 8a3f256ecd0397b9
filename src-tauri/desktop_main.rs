//! The `mfa-companion-desktop` executable: the desktop window. `mfa-companion` with no
//! arguments starts it; given arguments, it runs the same CLI in-process.

// No console window on Windows release builds.
#![cfg_attr(
    all(not(debug_assertions), target_os = "windows"),
    windows_subsystem = "windows"
)]
#![forbid(unsafe_code)]

use std::process::ExitCode;

/// WebKitGTK settings the window runs with unless the user set them, or set
/// `MFA_COMPANION_ENGINE_DEFAULTS=0` to run WebKit's own defaults (`Malloc` takes effect
/// whatever its value). README, "Performance", has the measurements.
const ENGINE_DEFAULTS: [(&str, &str); 3] = [
    // Compositing mode costs start-up time and memory for a page this simple (a stock
    // window: first paint 600 -> 280 ms, PSS 265 -> 205 MB).
    ("WEBKIT_DISABLE_COMPOSITING_MODE", "1"),
    // No JavaScript JIT: the page's few functions run fine in the interpreter, the JIT
    // compilers are a large part of an engine's attack surface, and without them the
    // tree takes about 5 MB less.
    ("JSC_useJIT", "0"),
    // The system allocator instead of WebKit's own (bmalloc/libpas), whose scavenger
    // returns and re-faults memory while the window idles: with both, about 10 MB less
    // and a lower idle CPU.
    ("Malloc", "1"),
];

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // Set before any thread starts, and inherited by WebKit's web and network processes;
    // the user's own setting of each wins.
    if std::env::var_os("MFA_COMPANION_ENGINE_DEFAULTS").is_none_or(|v| v != "0") {
        for (name, value) in ENGINE_DEFAULTS {
            if std::env::var_os(name).is_none() {
                std::env::set_var(name, value);
            }
        }
    }
    // No argument, `--search` (from the tray or the desktop search) or `--add` (the
    // desktop file's action) open the window; any other argument is the CLI.
    match mfa_companion::desktop::Start::from_args(args.get(1..).unwrap_or_default()) {
        Some(start) => mfa_companion::desktop::run(start),
        None => mfa_companion::cli::run(args),
    }
}
