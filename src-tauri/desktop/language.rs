//! The window's language: its catalogue for `ui/i18n.js`, and the Settings choice
//! (saved; the window restarts in it). The catalogues are [`crate::i18n`].

use crate::error::ErrorReport;
use crate::i18n::{self, UiCatalogue};
use crate::settings;

/// The window's messages in the language in use.
#[tauri::command]
pub fn ui_messages() -> UiCatalogue {
    i18n::ui()
}

/// Chooses the language (`""`: the desktop's) and restarts the window in it.
#[tauri::command]
pub fn set_language(app: tauri::AppHandle, language: String) -> Result<(), ErrorReport> {
    if !language.is_empty() && i18n::supported(&language).is_none() {
        return Err(ErrorReport::localized(
            "settings.value",
            i18n::Message::new("window-no-language")
                .arg("language", format!("{language:?}"))
                .arg("languages", i18n::LANGUAGES.join(", ")),
        ));
    }
    let canonical = i18n::supported(&language).unwrap_or("").to_string();
    settings::update(|s| s.language = canonical)?;
    app.restart()
}
