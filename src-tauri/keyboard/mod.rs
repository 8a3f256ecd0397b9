//! The keyboard side of the desktop: global shortcuts ([`shortcut`] reads them, [`grab`]
//! holds them on X11 for the resident agent) and typing a code into the focused window
//! ([`autotype`] picks the account from the window's title; [`x11`] reads the focused
//! window and types through the XTEST extension, [`wayland`] does both on wlroots
//! compositors through their foreign-toplevel and virtual-keyboard protocols, [`kwin`] on
//! KDE Plasma through KWin's scripting and fake-input protocol). Tauri-free:
//! the agent (Ctrl+Alt+M, Ctrl+Alt+T) and the CLI (`type`, `show --search`) use it.
//!
//! Wayland: no grab here (the compositor allows none); the agent asks the desktop's
//! GlobalShortcuts portal for the quick search's shortcut where it offers one, and the
//! errors say to bind `mfa-companion show --search` (and on wlroots `mfa-companion type`)
//! in the desktop's own shortcut settings. Where the compositor offers no typing (GNOME)
//! `type` says to copy the code from the quick search instead.

pub mod autotype;
pub mod grab;
pub mod kwin;
pub mod shortcut;
pub mod wayland;
pub mod x11;

pub use shortcut::Shortcut;

use crate::error::Coded;

/// The focused window as far as typing cares.
#[derive(Debug)]
pub struct Focused {
    /// Its title.
    pub title: String,
    /// It is this app's window (X11: its `WM_CLASS`, Wayland: its app_id names
    /// `mfa-companion`).
    pub ours: bool,
}

/// What can go wrong with a shortcut or with typing. Never holds a code.
#[non_exhaustive]
#[derive(Debug, thiserror::Error)]
pub enum KeyboardError {
    /// A shortcut the user wrote cannot be used.
    #[error("{}", self.english())]
    BadShortcut {
        /// the shortcut as written (at most 40 characters)
        shortcut: String,
        /// why
        why: ShortcutProblem,
    },
    /// No X display.
    #[error("{}", self.english())]
    NoDisplay {
        /// the connection's words
        detail: String,
    },
    /// A Wayland session whose compositor offers no typing into other windows (no
    /// foreign-toplevel or virtual-keyboard protocol, and not KWin: GNOME).
    #[error("{}", self.english())]
    Wayland,
    /// KWin offers this program no fake input: no installed desktop entry names it.
    #[error("{}", self.english())]
    KwinNotAllowed,
    /// The Wayland compositor refused something.
    #[error("{}", self.english())]
    WaylandFailed {
        /// what was asked
        what: &'static str,
        /// the connection's words
        detail: String,
    },
    /// The X server refused something.
    #[error("{}", self.english())]
    X11 {
        /// what was asked
        what: &'static str,
        /// the server's words
        detail: String,
    },
    /// Another program holds the shortcut.
    #[error("{}", self.english())]
    Taken {
        /// the shortcut, canonical
        shortcut: String,
    },
    /// The focused window's title cannot be read (no window focused, or one without a
    /// title): nothing is typed blind.
    #[error("{}", self.english())]
    NoTitle,
    /// The focused window is this app's own.
    #[error("{}", self.english())]
    OwnWindow,
    /// The keys of the shortcut are still held, so typed digits would arrive as shortcuts.
    #[error("{}", self.english())]
    KeysHeld,
    /// The keyboard layout has no key for a character of the code.
    #[error("{}", self.english())]
    NoKey {
        /// a digit, a letter, Shift…
        what: MissingKey,
    },
}

/// Why a shortcut the user wrote cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShortcutProblem {
    /// Nothing after the last `+`.
    NoKey,
    /// A modifier that is not one (as written, at most 40 characters).
    NotModifier(String),
    /// A modifier named twice.
    Twice(String),
    /// None of Ctrl, Alt and Super.
    NeedsModifier,
    /// A key this app does not grab.
    UnknownKey(String),
}

/// The key the keyboard layout lacks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MissingKey {
    /// A digit of the code.
    Digit,
    /// A letter of the code.
    Letter,
    /// A character of the code that is neither.
    Character,
    /// Shift.
    Shift,
    /// The shortcut's own key.
    ShortcutKey,
}

use crate::i18n::Localized as _;

impl crate::i18n::Localized for KeyboardError {
    fn message(&self) -> crate::i18n::Message {
        use crate::i18n::Message;
        match self {
            KeyboardError::BadShortcut { shortcut, why } => {
                let why = match why {
                    ShortcutProblem::NoKey => Message::new("keyboard-shortcut-no-key"),
                    ShortcutProblem::NotModifier(m) => {
                        Message::new("keyboard-shortcut-not-modifier").arg("name", format!("{m:?}"))
                    }
                    ShortcutProblem::Twice(m) => {
                        Message::new("keyboard-shortcut-twice").arg("name", m.clone())
                    }
                    ShortcutProblem::NeedsModifier => {
                        Message::new("keyboard-shortcut-needs-modifier")
                    }
                    ShortcutProblem::UnknownKey(k) => {
                        Message::new("keyboard-shortcut-unknown-key").arg("key", format!("{k:?}"))
                    }
                };
                Message::new("keyboard-bad-shortcut")
                    .arg("shortcut", format!("{shortcut:?}"))
                    .nested("why", why)
            }
            KeyboardError::NoDisplay { detail } => {
                Message::new("keyboard-no-display").arg("detail", detail.clone())
            }
            KeyboardError::Wayland => Message::new("keyboard-wayland"),
            KeyboardError::KwinNotAllowed => Message::new("keyboard-kwin-not-allowed"),
            KeyboardError::WaylandFailed { what, detail } => {
                Message::new("keyboard-wayland-failed")
                    .arg("what", *what)
                    .arg("detail", detail.clone())
            }
            KeyboardError::X11 { what, detail } => Message::new("keyboard-x11")
                .arg("what", *what)
                .arg("detail", detail.clone()),
            KeyboardError::Taken { shortcut } => {
                Message::new("keyboard-taken").arg("shortcut", shortcut.clone())
            }
            KeyboardError::NoTitle => Message::new("keyboard-no-title"),
            KeyboardError::OwnWindow => Message::new("keyboard-own-window"),
            KeyboardError::KeysHeld => Message::new("keyboard-keys-held"),
            KeyboardError::NoKey { what } => {
                let what = match what {
                    MissingKey::Digit => Message::new("keyboard-key-digit"),
                    MissingKey::Letter => Message::new("keyboard-key-letter"),
                    MissingKey::Character => Message::new("keyboard-key-character"),
                    MissingKey::Shift => Message::new("keyboard-key-shift"),
                    MissingKey::ShortcutKey => Message::new("keyboard-key-shortcut"),
                };
                Message::new("keyboard-no-key").nested("what", what)
            }
        }
    }
}

impl Coded for KeyboardError {
    fn code(&self) -> &'static str {
        match self {
            KeyboardError::BadShortcut { .. } => "keyboard.shortcut",
            KeyboardError::NoDisplay { .. } | KeyboardError::Wayland => "keyboard.no_display",
            KeyboardError::X11 { .. } => "keyboard.x11",
            KeyboardError::WaylandFailed { .. } => "keyboard.wayland",
            KeyboardError::KwinNotAllowed => "keyboard.not_allowed",
            KeyboardError::Taken { .. } => "keyboard.taken",
            KeyboardError::NoTitle => "keyboard.no_title",
            KeyboardError::OwnWindow => "keyboard.own_window",
            KeyboardError::KeysHeld => "keyboard.keys_held",
            KeyboardError::NoKey { .. } => "keyboard.no_key",
        }
    }
    fn text(&self) -> String {
        self.message().text()
    }
}

/// [`KeyboardError::WaylandFailed`] for `what`, from the connection's (or the bus's) words.
fn wayland_failed<E: std::fmt::Display>(what: &'static str) -> impl Fn(E) -> KeyboardError {
    move |e| KeyboardError::WaylandFailed {
        what,
        detail: e.to_string(),
    }
}

/// `true` in a Wayland session, where an X client neither sees other programs' keys nor
/// types into them (typing goes through [`wayland`] there).
pub use crate::portal::on_wayland;
