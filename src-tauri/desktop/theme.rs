//! Light or dark: the user's choice in Settings, else the desktop's preference as the
//! XDG settings portal gives it (`org.freedesktop.appearance` `color-scheme`: 1 prefers
//! dark, 2 light; GNOME and KDE set it), else what WebKit's `prefers-color-scheme`
//! reports. The choice reaches both the page (`data-theme`) and GTK (the window's frame).

use std::time::Duration;

use serde::Serialize;

use crate::error::ErrorReport;
use crate::settings::{self, Theme};

/// What the page applies: `"light"`, `"dark"`, or `None` (the webview's own
/// `prefers-color-scheme`).
#[derive(Debug, Clone, Serialize)]
pub struct ThemeView {
    /// the setting
    pub setting: Theme,
    /// the colours in force, when known
    pub effective: Option<&'static str>,
}

/// The desktop's preference from the settings portal; `None` when no portal answers
/// (within 300 ms) or it has no preference.
async fn portal_prefers_dark() -> Option<bool> {
    let ask = async {
        let conn = zbus::Connection::session().await.ok()?;
        let reply = conn
            .call_method(
                Some("org.freedesktop.portal.Desktop"),
                "/org/freedesktop/portal/desktop",
                Some("org.freedesktop.portal.Settings"),
                "ReadOne",
                &("org.freedesktop.appearance", "color-scheme"),
            )
            .await
            .ok()?;
        let value: zbus::zvariant::OwnedValue = reply.body().deserialize().ok()?;
        let scheme = u32::try_from(&value).ok()?;
        match scheme {
            1 => Some(true),
            2 => Some(false),
            _ => None,
        }
    };
    tokio::time::timeout(Duration::from_millis(300), ask)
        .await
        .ok()
        .flatten()
}

async fn view(setting: Theme) -> ThemeView {
    let effective = match setting {
        Theme::Light => Some("light"),
        Theme::Dark => Some("dark"),
        Theme::System => portal_prefers_dark()
            .await
            .map(|dark| if dark { "dark" } else { "light" }),
    };
    ThemeView { setting, effective }
}

fn apply(window: &tauri::WebviewWindow, v: &ThemeView) {
    let gtk = match v.effective {
        Some("dark") => Some(tauri::Theme::Dark),
        Some(_) => Some(tauri::Theme::Light),
        None => None,
    };
    let _ = window.set_theme(gtk);
}

/// The theme in force, applied to the window's frame too (the page asks as it loads).
#[tauri::command]
pub async fn theme(window: tauri::WebviewWindow) -> ThemeView {
    let v = view(settings::Settings::load().theme).await;
    apply(&window, &v);
    v
}

/// Chooses light, dark or the desktop's preference, and applies it.
#[tauri::command]
pub async fn set_theme(
    window: tauri::WebviewWindow,
    theme: String,
) -> Result<ThemeView, ErrorReport> {
    let theme = Theme::parse(&theme)?;
    settings::update(|s| s.theme = theme)?;
    let v = view(theme).await;
    apply(&window, &v);
    Ok(v)
}
