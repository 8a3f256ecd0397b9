//! Handing a code to the user outside the window's own page: the system clipboard
//! (cleared after the user's delay, only if it still holds that code), the desktop
//! notification that says so, the list of recently copied accounts (the tray menu's
//! fallback when nothing is pinned) and how often each was copied (the "most used"
//! order), and matching accounts against typed search terms
//! (the tray, GNOME Shell and KRunner). Used by the window and the resident agent alike,
//! so that a copy behaves the same wherever it is made. No `tauri` here.

pub mod clipboard;
pub mod matching;
pub mod notify;
pub mod recent;
pub mod usage;

pub use clipboard::Clipboard;
