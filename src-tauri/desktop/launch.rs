//! How a launch asks the window to start: show the codes, focus the search field or
//! open the Add dialog; from the first launch's arguments or a second launch's.

use std::sync::atomic::{AtomicU8, Ordering};

/// What the window does once it shows: just show itself, focus the search field
/// (`--search`: the tray's "Search…", the desktop search's "more") or open the Add
/// dialog (`--add`: the desktop file's "Add account" action).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Start {
    /// Show the codes.
    Show = 0,
    /// Focus the search field.
    Search = 1,
    /// Open the Add dialog.
    Add = 2,
    /// Scan the screen for QR codes (the Add dialog's Screen tab).
    Scan = 3,
}

impl Start {
    /// The start request among a launch's arguments (the program name excluded), or
    /// `None` when they are something else (the CLI).
    pub fn from_args<S: AsRef<std::ffi::OsStr>>(args: &[S]) -> Option<Start> {
        match args {
            [] => Some(Start::Show),
            [one] if one.as_ref() == "--search" => Some(Start::Search),
            [one] if one.as_ref() == "--add" => Some(Start::Add),
            [one] if one.as_ref() == "--scan" => Some(Start::Scan),
            _ => None,
        }
    }

    fn from_u8(value: u8) -> Start {
        match value {
            1 => Start::Search,
            2 => Start::Add,
            3 => Start::Scan,
            _ => Start::Show,
        }
    }
}

/// The first launch's [`Start`], acted on when the page is ready.
static START: AtomicU8 = AtomicU8::new(0);

pub(super) fn act_on(window: &tauri::WebviewWindow, start: Start) {
    let script = match start {
        Start::Show => return,
        Start::Search => "window.focusSearch && window.focusSearch()",
        Start::Add => "window.openAdd && window.openAdd()",
        Start::Scan => "window.openScan && window.openScan()",
    };
    let _ = window.eval(script);
}

/// Records the first launch's request.
pub(super) fn set(start: Start) {
    START.store(start as u8, Ordering::Relaxed);
}

/// Takes the first launch's request (once; later calls give [`Start::Show`]).
pub(super) fn take() -> Start {
    Start::from_u8(START.swap(Start::Show as u8, Ordering::Relaxed))
}

#[cfg(test)]
mod tests {
    use super::Start;

    #[test]
    fn launch_arguments_choose_what_the_window_does_or_leave_them_to_the_cli() {
        let none: [&str; 0] = [];
        assert_eq!(Start::from_args(&none), Some(Start::Show));
        assert_eq!(Start::from_args(&["--search"]), Some(Start::Search));
        assert_eq!(Start::from_args(&["--add"]), Some(Start::Add));
        assert_eq!(Start::from_args(&["--scan"]), Some(Start::Scan));
        assert_eq!(Start::from_args(&["list"]), None);
        assert_eq!(Start::from_args(&["--add", "x"]), None);
        for start in [Start::Show, Start::Search, Start::Add, Start::Scan] {
            assert_eq!(Start::from_u8(start as u8), start);
        }
    }
}
