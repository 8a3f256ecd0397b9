//! The window's settings: `settings.json` in the config folder
//! (`$XDG_CONFIG_HOME/mfa-companion/`). Missing or unreadable settings fall back to the
//! defaults (and say so on stderr); the app never fails to start over them.

use serde::Deserialize;

/// What can be set.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    /// Seconds after which a copied code is cleared from the clipboard (if still there).
    pub clipboard_clear_secs: u64,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            clipboard_clear_secs: 30,
        }
    }
}

impl Settings {
    /// Reads the settings file, if any.
    pub fn load() -> Self {
        let Some(dirs) = directories::ProjectDirs::from("", "", "mfa-companion") else {
            return Settings::default();
        };
        let path = dirs.config_dir().join("settings.json");
        match std::fs::read_to_string(&path) {
            Ok(text) => serde_json::from_str::<Settings>(&text)
                .map(|mut s| {
                    s.clipboard_clear_secs = s.clipboard_clear_secs.clamp(1, 3600);
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
}
