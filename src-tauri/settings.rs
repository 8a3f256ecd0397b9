//! The user's settings: `settings.json` in the config folder
//! (`$XDG_CONFIG_HOME/mfa-companion/`), shared by the window, the resident agent and the
//! CLI. Missing or unreadable settings fall back to the defaults (and say so on stderr);
//! nothing fails to start over them. The window's Settings dialog changes them; writes
//! are atomic.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::error::ErrorReport;
use crate::i18n::Message;

/// The range accepted for [`Settings::clipboard_clear_secs`].
pub const CLEAR_RANGE: std::ops::RangeInclusive<u64> = 1..=3600;

/// The longest accepted [`Settings::hide_after_away_secs`].
pub const AWAY_MAX_SECS: u64 = 3600;

/// What can be set.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    /// Seconds after which a copied code is cleared from the clipboard (if still there).
    pub clipboard_clear_secs: u64,
    /// The tray menu shows each account's current code beside its name.
    pub tray_show_codes: bool,
    /// The desktop search (GNOME Shell, KRunner) shows each match's current code.
    pub search_show_codes: bool,
    /// Privacy mode: the window shows codes as dots until one is clicked (it is then
    /// shown for the rest of its period, at least 10 s, and copied).
    pub hide_codes: bool,
    /// Hide every code while the window has been in the background (not focused) for
    /// this many seconds; 0: never. At most [`AWAY_MAX_SECS`].
    pub hide_after_away_secs: u64,
    /// The order of the window's cards (pinned ones come first whatever it is).
    pub sort: SortOrder,
    /// The user's own order (account ids, moved by drag and drop or Alt+arrow keys),
    /// used while [`Settings::sort`] is [`SortOrder::Custom`]; accounts not in it follow
    /// in the order they were added.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub order: Vec<String>,
    /// The global shortcut that brings up the window with the search focused
    /// (`Ctrl+Alt+M`; empty: none). Held by the resident agent on X11.
    pub shortcut_show: String,
    /// The global shortcut that types the current code of the account the focused
    /// window's title names (`Ctrl+Alt+T`; empty: none).
    pub shortcut_type: String,
    /// Enter in the quick search (the window brought up by the shortcut or "Search…")
    /// copies the first match and hides the window.
    pub quick_search_hides: bool,
    /// Light or dark, or the desktop's preference.
    pub theme: Theme,
    /// The language of the window, the tray and notifications (`en`, `pt-BR`, `es`,
    /// `de`, `fr`); empty: the desktop's (`LC_ALL`, `LC_MESSAGES`, `LANG`).
    pub language: String,
}

/// The window's colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    /// The desktop's preference (the XDG settings portal's `color-scheme`, else what the
    /// webview reports).
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// Reads a theme by its name (`system`, `light`, `dark`).
    pub fn parse(name: &str) -> Result<Theme, ErrorReport> {
        serde_json::from_value(serde_json::Value::String(name.to_string())).map_err(|_| {
            ErrorReport::localized(
                "settings.value",
                Message::new("settings-theme-unknown").arg("name", format!("{name:?}")),
            )
        })
    }
}

/// How the window orders its cards.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SortOrder {
    /// In the order they were added.
    #[default]
    Added,
    /// By issuer, then account name (A to Z, ignoring case).
    Issuer,
    /// By account name, then issuer.
    Name,
    /// The newest first.
    Newest,
    /// The most recently copied first (the last 10 copies), then the rest as added.
    RecentlyUsed,
    /// The most often copied first (copies counted in the window, tray and search).
    MostUsed,
    /// The user's own order ([`Settings::order`]).
    Custom,
}

impl SortOrder {
    /// Reads an order by its name (`added`, `issuer`, `name`, `newest`, `recently_used`,
    /// `most_used`, `custom`).
    pub fn parse(name: &str) -> Result<SortOrder, ErrorReport> {
        serde_json::from_value(serde_json::Value::String(name.to_string())).map_err(|_| {
            ErrorReport::localized(
                "settings.value",
                Message::new("settings-sort").arg("name", format!("{name:?}")),
            )
        })
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            clipboard_clear_secs: 30,
            tray_show_codes: false,
            search_show_codes: false,
            hide_codes: false,
            hide_after_away_secs: 0,
            sort: SortOrder::Added,
            order: Vec::new(),
            shortcut_show: crate::keyboard::shortcut::DEFAULT_SHOW.into(),
            shortcut_type: crate::keyboard::shortcut::DEFAULT_TYPE.into(),
            quick_search_hides: true,
            theme: Theme::System,
            language: String::new(),
        }
    }
}

impl Settings {
    /// Where the settings are kept (`$XDG_CONFIG_HOME/mfa-companion/settings.json`).
    pub fn path() -> Option<PathBuf> {
        directories::ProjectDirs::from("", "", "mfa-companion")
            .map(|d| d.config_dir().join("settings.json"))
    }

    /// Reads the settings file, if any.
    pub fn load() -> Self {
        let Some(path) = Self::path() else {
            return Settings::default();
        };
        match std::fs::read_to_string(&path) {
            Ok(text) => serde_json::from_str::<Settings>(&text)
                .map(|mut s| {
                    s.clipboard_clear_secs = s
                        .clipboard_clear_secs
                        .clamp(*CLEAR_RANGE.start(), *CLEAR_RANGE.end());
                    s.hide_after_away_secs = s.hide_after_away_secs.min(AWAY_MAX_SECS);
                    s
                })
                .unwrap_or_else(|e| {
                    eprintln!(
                        "warning: {} is not valid ({e}); using the defaults",
                        path.display()
                    );
                    Settings::default()
                }),
            Err(_) => Settings::default(),
        }
    }

    /// Saves these settings (atomically).
    pub fn save(&self) -> Result<(), ErrorReport> {
        let path = Self::path().ok_or_else(|| {
            ErrorReport::localized("settings.io", Message::new("settings-no-config-folder"))
        })?;
        let io = |e: std::io::Error| {
            ErrorReport::localized(
                "settings.io",
                Message::new("settings-cannot-save")
                    .arg("path", path.display().to_string())
                    .arg("error", e.to_string()),
            )
        };
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(io)?;
        }
        let mut json = serde_json::to_vec_pretty(self).map_err(|e| io(std::io::Error::other(e)))?;
        json.push(b'\n');
        crate::storage::write_atomic(&path, &json).map_err(io)
    }
}

/// Changes the clipboard delay and saves it; returns the settings now in force.
pub fn set_clipboard_clear(secs: u64) -> Result<Settings, ErrorReport> {
    if !CLEAR_RANGE.contains(&secs) {
        return Err(ErrorReport::localized(
            "settings.range",
            Message::new("settings-clear-range")
                .arg("min", *CLEAR_RANGE.start())
                .arg("max", *CLEAR_RANGE.end()),
        ));
    }
    update(|s| s.clipboard_clear_secs = secs)
}

/// Changes the two global shortcuts (each `Ctrl+Alt+M`-like, or empty for none) and
/// saves them in their canonical spelling; returns the settings now in force. The
/// resident agent is told by its caller.
pub fn set_shortcuts(show: &str, type_: &str) -> Result<Settings, ErrorReport> {
    use crate::error::Coded;
    let canonical = |text: &str| -> Result<String, ErrorReport> {
        if text.trim().is_empty() {
            return Ok(String::new());
        }
        crate::keyboard::Shortcut::parse(text)
            .map(|s| s.to_string())
            .map_err(|e| e.report())
    };
    let (show, type_) = (canonical(show)?, canonical(type_)?);
    if !show.is_empty() && show == type_ {
        return Err(ErrorReport::localized(
            "keyboard.shortcut",
            Message::new("settings-shortcut-twice").arg("shortcut", show),
        ));
    }
    update(|s| {
        s.shortcut_show = show;
        s.shortcut_type = type_;
    })
}

/// Changes the settings with `change` and saves them; returns the settings now in force.
pub fn update(change: impl FnOnce(&mut Settings)) -> Result<Settings, ErrorReport> {
    let mut settings = Settings::load();
    change(&mut settings);
    settings.save()?;
    Ok(settings)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_written_by_an_older_version_read_with_the_new_fields_off() {
        let old: Settings = serde_json::from_str(r#"{"clipboard_clear_secs": 12}"#).unwrap();
        assert_eq!(old.clipboard_clear_secs, 12);
        assert!(!old.tray_show_codes && !old.search_show_codes && !old.hide_codes);
        assert_eq!(old.hide_after_away_secs, 0);
        assert_eq!(old.sort, SortOrder::Added);
        assert_eq!(old.shortcut_show, "Ctrl+Alt+M");
        assert_eq!(old.shortcut_type, "Ctrl+Alt+T");
        assert!(old.quick_search_hides);
    }

    #[test]
    fn sort_orders_read_by_name_and_an_unknown_one_is_refused() {
        assert_eq!(
            SortOrder::parse("recently_used").unwrap(),
            SortOrder::RecentlyUsed
        );
        assert_eq!(SortOrder::parse("issuer").unwrap(), SortOrder::Issuer);
        assert_eq!(SortOrder::parse("size").unwrap_err().code, "settings.value");
    }
}
