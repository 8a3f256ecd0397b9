//! Global shortcuts as the user writes them (`Ctrl+Alt+M`): parsing, the canonical
//! spelling the settings keep, and the X11 modifier mask and keysym a grab needs.

use std::fmt;

use super::{KeyboardError, ShortcutProblem};

/// The X11 modifier bits a shortcut may use.
pub mod mask {
    /// Shift.
    pub const SHIFT: u16 = 1;
    /// Control.
    pub const CONTROL: u16 = 4;
    /// Alt (Mod1 on every common layout).
    pub const ALT: u16 = 8;
    /// Super, the logo key (Mod4 on every common layout).
    pub const SUPER: u16 = 64;
    /// Caps Lock: ignored by a grab (grabbed with and without).
    pub const LOCK: u16 = 2;
    /// Num Lock (Mod2 on every common layout): ignored by a grab.
    pub const NUM_LOCK: u16 = 16;
}

/// A key with modifiers, e.g. Ctrl+Alt+M.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shortcut {
    /// The modifiers ([`mask`] bits).
    pub mods: u16,
    /// The key's X keysym (lower case for letters).
    pub keysym: u32,
}

/// The default shortcut that brings up the window with the search focused.
pub const DEFAULT_SHOW: &str = "Ctrl+Alt+M";
/// The default shortcut that types the current code into the focused window.
pub const DEFAULT_TYPE: &str = "Ctrl+Alt+T";

const NAMED: [(&str, u32); 8] = [
    ("Space", 0x20),
    ("Return", 0xff0d),
    ("Enter", 0xff0d),
    ("Tab", 0xff09),
    ("Insert", 0xff63),
    ("Home", 0xff50),
    ("End", 0xff57),
    ("Pause", 0xff13),
];

impl Shortcut {
    /// Reads `Ctrl+Alt+M`: modifiers (Ctrl or Control, Alt, Shift, Super, Meta or Win;
    /// any case) and one key: a letter, a digit, F1 to F24, or Space, Return, Tab,
    /// Insert, Home, End, Pause. At least one of Ctrl, Alt and Super is required, so that
    /// the shortcut cannot steal an ordinary key from every application.
    pub fn parse(text: &str) -> Result<Shortcut, KeyboardError> {
        let bad = |why: ShortcutProblem| KeyboardError::BadShortcut {
            shortcut: text.chars().take(40).collect(),
            why,
        };
        let parts: Vec<&str> = text.split('+').map(str::trim).collect();
        let (key, modifiers) = parts
            .split_last()
            .filter(|(k, _)| !k.is_empty())
            .ok_or_else(|| bad(ShortcutProblem::NoKey))?;
        let mut mods = 0;
        for m in modifiers {
            let bit = match m.to_ascii_lowercase().as_str() {
                "ctrl" | "control" => mask::CONTROL,
                "alt" => mask::ALT,
                "shift" => mask::SHIFT,
                "super" | "meta" | "win" => mask::SUPER,
                _ => {
                    return Err(bad(ShortcutProblem::NotModifier(
                        m.chars().take(40).collect(),
                    )))
                }
            };
            if mods & bit != 0 {
                return Err(bad(ShortcutProblem::Twice(m.to_string())));
            }
            mods |= bit;
        }
        if mods & (mask::CONTROL | mask::ALT | mask::SUPER) == 0 {
            return Err(bad(ShortcutProblem::NeedsModifier));
        }
        Ok(Shortcut {
            mods,
            keysym: keysym_of(key)
                .ok_or_else(|| bad(ShortcutProblem::UnknownKey(key.chars().take(40).collect())))?,
        })
    }
}

impl Shortcut {
    /// The spelling of the XDG shortcuts specification that the GlobalShortcuts portal
    /// takes as a preferred trigger: `CTRL+ALT+m`, `LOGO+SHIFT+F12`, `CTRL+space`
    /// (modifiers in capitals, the key by its xkb keysym name).
    pub fn portal_trigger(&self) -> String {
        let mut out = String::new();
        for (bit, name) in [
            (mask::CONTROL, "CTRL"),
            (mask::ALT, "ALT"),
            (mask::SHIFT, "SHIFT"),
            (mask::SUPER, "LOGO"),
        ] {
            if self.mods & bit != 0 {
                out.push_str(name);
                out.push('+');
            }
        }
        match self.keysym {
            0x30..=0x39 | 0x61..=0x7a => out.push(char::from(self.keysym as u8)),
            0x20 => out.push_str("space"),
            0xffbe..=0xffd5 => out.push_str(&format!("F{}", self.keysym - 0xffbe + 1)),
            sym => match NAMED.iter().find(|&&(_, s)| s == sym) {
                Some((name, _)) => out.push_str(name),
                None => out.push_str(&format!("0x{sym:x}")),
            },
        }
        out
    }
}

fn keysym_of(key: &str) -> Option<u32> {
    let mut chars = key.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c
            .is_ascii_alphanumeric()
            .then(|| u32::from(c.to_ascii_lowercase()));
    }
    if let Some(n) = key
        .strip_prefix(['F', 'f'])
        .and_then(|n| n.parse::<u32>().ok())
        .filter(|n| (1..=24).contains(n))
    {
        return Some(0xffbe + n - 1);
    }
    NAMED
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(key))
        .map(|&(_, sym)| sym)
}

impl fmt::Display for Shortcut {
    /// The canonical spelling: `Ctrl+Alt+Shift+Super+KEY`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (bit, name) in [
            (mask::CONTROL, "Ctrl"),
            (mask::ALT, "Alt"),
            (mask::SHIFT, "Shift"),
            (mask::SUPER, "Super"),
        ] {
            if self.mods & bit != 0 {
                write!(f, "{name}+")?;
            }
        }
        match self.keysym {
            0x30..=0x39 | 0x61..=0x7a => {
                write!(f, "{}", char::from(self.keysym as u8).to_ascii_uppercase())
            }
            0xffbe..=0xffd5 => write!(f, "F{}", self.keysym - 0xffbe + 1),
            sym => match NAMED.iter().find(|&&(_, s)| s == sym) {
                Some((name, _)) => f.write_str(name),
                None => write!(f, "0x{sym:x}"),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortcuts_read_in_any_case_and_print_canonically() {
        let s = Shortcut::parse("ctrl + alt + m").unwrap();
        assert_eq!(s.mods, mask::CONTROL | mask::ALT);
        assert_eq!(s.keysym, u32::from(b'm'));
        assert_eq!(s.to_string(), "Ctrl+Alt+M");
        assert_eq!(
            Shortcut::parse("Super+Shift+F12").unwrap().to_string(),
            "Shift+Super+F12"
        );
        assert_eq!(
            Shortcut::parse("Control+Space").unwrap().to_string(),
            "Ctrl+Space"
        );
        assert_eq!(
            Shortcut::parse(DEFAULT_TYPE).unwrap().keysym,
            u32::from(b't')
        );
        assert_eq!(Shortcut::parse("Alt+7").unwrap().keysym, 0x37);
    }

    #[test]
    fn the_portal_spelling_follows_the_xdg_shortcuts_syntax() {
        for (ours, portal) in [
            ("Ctrl+Alt+M", "CTRL+ALT+m"),
            ("super+shift+f12", "SHIFT+LOGO+F12"),
            ("Ctrl+Space", "CTRL+space"),
            ("Alt+Enter", "ALT+Return"),
            ("Ctrl+Alt+7", "CTRL+ALT+7"),
        ] {
            assert_eq!(Shortcut::parse(ours).unwrap().portal_trigger(), portal);
        }
    }

    #[test]
    fn shortcuts_that_would_steal_ordinary_keys_or_name_nothing_are_refused() {
        for bad in [
            "M",
            "Shift+M",
            "Ctrl+",
            "",
            "Ctrl+Hyper+M",
            "Ctrl+Ctrl+M",
            "Ctrl+F25",
            "Ctrl+é",
            "Ctrl+Alt+MM",
        ] {
            let e = Shortcut::parse(bad).unwrap_err();
            assert_eq!(crate::error::Coded::code(&e), "keyboard.shortcut", "{bad}");
        }
    }

    #[test]
    fn refusals_say_why_in_the_catalogues_english() {
        let said = |text: &str| Shortcut::parse(text).unwrap_err().to_string();
        assert_eq!(
            said("Ctrl+"),
            "the shortcut \"Ctrl+\" cannot be used: it names no key"
        );
        assert_eq!(
            said("Ctrl+Hyper+M"),
            "the shortcut \"Ctrl+Hyper+M\" cannot be used: \"Hyper\" is not a modifier (Ctrl, Alt, Shift, Super)"
        );
        assert_eq!(
            said("Ctrl+ctrl+M"),
            "the shortcut \"Ctrl+ctrl+M\" cannot be used: ctrl is named twice"
        );
        assert_eq!(
            said("Shift+M"),
            "the shortcut \"Shift+M\" cannot be used: it needs Ctrl, Alt or Super"
        );
        assert!(said("Ctrl+F25").ends_with(
            "\"F25\" is not a key this app grabs (a letter, a digit, F1 to F24, Space, Return, Tab, Insert, Home, End, Pause)"
        ));
        let no_key = KeyboardError::NoKey {
            what: super::super::MissingKey::Digit,
        };
        assert_eq!(
            no_key.to_string(),
            "no code typed: the keyboard layout has no key for a digit; copy the code instead"
        );
    }
}
