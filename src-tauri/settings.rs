//! The window's settings: `settings.json` in the config folder
//! (`$XDG_CONFIG_HOME/mfa-companion/`). Missing or unreadable settings fall back to the
//! defaults (and say so on stderr); the app never fails to start over them. The window's
//! Settings dialog changes them; writes are atomic.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::error::ErrorReport;

/// The range accepted for [`Settings::clipboard_clear_secs`].
pub const CLEAR_RANGE: std::ops::RangeInclusive<u64> = 1..=3600;

/// What can be set.
#[derive(Debug, Clone, Deserialize, Serialize)]
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
    fn path() -> Option<PathBuf> {
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

/// Changes the clipboard delay and saves it; returns the settings now in force.
pub fn set_clipboard_clear(secs: u64) -> Result<Settings, ErrorReport> {
    if !CLEAR_RANGE.contains(&secs) {
        return Err(ErrorReport {
            code: "settings.range",
            message: format!(
                "choose between {} and {} seconds",
                CLEAR_RANGE.start(),
                CLEAR_RANGE.end()
            ),
        });
    }
    let mut settings = Settings::load();
    settings.clipboard_clear_secs = secs;
    let path = Settings::path().ok_or(ErrorReport {
        code: "settings.io",
        message: "no config folder: set XDG_CONFIG_HOME or HOME".into(),
    })?;
    let io = |e: std::io::Error| ErrorReport {
        code: "settings.io",
        message: format!("cannot save {}: {e}", path.display()),
    };
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(io)?;
    }
    let mut json =
        serde_json::to_vec_pretty(&settings).map_err(|e| io(std::io::Error::other(e)))?;
    json.push(b'\n');
    crate::storage::write_atomic(&path, &json).map_err(io)?;
    Ok(settings)
}
