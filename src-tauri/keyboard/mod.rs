//! The keyboard side of the desktop: global shortcuts ([`shortcut`] reads them, [`grab`]
//! holds them on X11 for the resident agent) and typing a code into the focused window
//! ([`autotype`] picks the account from the window's title, [`x11`] reads the focused
//! window and types through the XTEST extension). Tauri-free: the agent (Ctrl+Alt+M,
//! Ctrl+Alt+T) and the CLI (`type`, `show --search`) use it.
//!
//! Wayland: no grab and no typing here (the compositor allows neither to an X client);
//! the agent asks the desktop's GlobalShortcuts portal for the quick search's shortcut
//! where it offers one, and the errors say to bind `mfa-companion show --search` in the
//! desktop's own shortcut settings and copy the code instead of typing it.

pub mod autotype;
pub mod grab;
pub mod shortcut;
pub mod x11;

pub use shortcut::Shortcut;

use crate::error::Coded;

/// What can go wrong with a shortcut or with typing. Never holds a code.
#[non_exhaustive]
#[derive(Debug, thiserror::Error)]
pub enum KeyboardError {
    /// A shortcut the user wrote cannot be used.
    #[error("the shortcut {shortcut:?} cannot be used: {why}")]
    BadShortcut {
        /// the shortcut as written (at most 40 characters)
        shortcut: String,
        /// why
        why: String,
    },
    /// No X display (or a Wayland session, where X clients cannot type or grab).
    #[error("{detail}")]
    NoDisplay {
        /// what the user can do
        detail: String,
    },
    /// The X server refused something.
    #[error("the X server refused {what} ({detail})")]
    X11 {
        /// what was asked
        what: &'static str,
        /// the server's words
        detail: String,
    },
    /// Another program holds the shortcut.
    #[error("{shortcut} is taken by another program: choose another shortcut in Settings")]
    Taken {
        /// the shortcut, canonical
        shortcut: String,
    },
    /// The focused window's title cannot be read (no window focused, or one without a
    /// title): nothing is typed blind.
    #[error("no code typed: the focused window's title cannot be read; click into the field to fill, then try again")]
    NoTitle,
    /// The focused window is this app's own.
    #[error("no code typed: the focused window is MFA Companion's own; click into the field to fill first")]
    OwnWindow,
    /// The keys of the shortcut are still held, so typed digits would arrive as shortcuts.
    #[error("no code typed: the Ctrl, Alt, Shift or Super key stayed pressed; release them and try again")]
    KeysHeld,
    /// The keyboard layout has no key for a character of the code.
    #[error("no code typed: the keyboard layout has no key for {what}; copy the code instead")]
    NoKey {
        /// "a digit", "a letter"
        what: &'static str,
    },
}

impl Coded for KeyboardError {
    fn code(&self) -> &'static str {
        match self {
            KeyboardError::BadShortcut { .. } => "keyboard.shortcut",
            KeyboardError::NoDisplay { .. } => "keyboard.no_display",
            KeyboardError::X11 { .. } => "keyboard.x11",
            KeyboardError::Taken { .. } => "keyboard.taken",
            KeyboardError::NoTitle => "keyboard.no_title",
            KeyboardError::OwnWindow => "keyboard.own_window",
            KeyboardError::KeysHeld => "keyboard.keys_held",
            KeyboardError::NoKey { .. } => "keyboard.no_key",
        }
    }
}

/// `true` in a Wayland session, where an X client neither sees other programs' keys nor
/// types into them.
pub use crate::portal::on_wayland;
