//! The tray: a StatusNotifierItem (the freedesktop/KDE tray protocol, through `ksni`,
//! which speaks D-Bus itself: no GTK) registered with `org.kde.StatusNotifierWatcher`,
//! and its `com.canonical.dbusmenu` menu: the pinned accounts (or, when none is pinned,
//! the most recently copied, up to ten), each copying its current code; "Copy access
//! token: NAME" for each server profile signed in; "Search…"; "Open MFA Companion";
//! "Quit agent". The menu is rebuilt from the vault's public part
//! each time it is about to show, so it follows changes made elsewhere without any
//! timer. Labels and the tooltip name accounts; a code appears beside a name only when
//! the user turned "show codes in the tray menu" on.
//!
//! Where no tray host runs (GNOME without the AppIndicator extension) the item waits for
//! one to appear; search and the CLI work meanwhile.

use std::collections::HashMap;
use std::sync::Arc;

use ksni::menu::StandardItem;
use ksni::{Icon, MenuItem, ToolTip};

use super::core::{display_name, Core};
use crate::account::Account;
use crate::settings::Settings;

/// The tray item's state: the accounts its menu lists, read when the menu opens.
pub struct Tray {
    core: Arc<Core>,
    entries: Vec<(String, String)>,
    /// Server profiles signed in now (each gets "Copy access token").
    servers: Vec<String>,
    icons: Vec<Icon>,
}

impl Tray {
    /// A tray over the agent's state.
    pub fn new(core: Arc<Core>) -> Self {
        let mut tray = Tray {
            core,
            entries: Vec::new(),
            servers: Vec::new(),
            icons: icons(),
        };
        tray.refresh();
        tray
    }

    /// Re-reads the accounts the menu lists (and, if wanted, their codes). The tray's
    /// runtime is its own thread, which may wait for this.
    fn refresh(&mut self) {
        let accounts = self.core.menu_accounts().unwrap_or_default();
        let codes = if Settings::load().tray_show_codes {
            self.core
                .shown_codes(accounts.iter().map(|a| a.id.as_str()))
        } else {
            HashMap::new()
        };
        self.entries = accounts
            .iter()
            .map(|a| (a.id.clone(), label(a, codes.get(&a.id))))
            .collect();
        self.servers = self.core.signed_in_servers();
    }

    fn copy(&self, id: &str) {
        if let Err(e) = self.core.copy(id) {
            log::info!("tray: nothing copied: {e}");
        }
    }

    fn open_window(&self, search: bool) {
        if let Err(e) = self.core.open_window(search) {
            log::info!("tray: {e}");
        }
    }
}

/// A menu entry's label: the account's name, and its code if the user wants codes
/// (see [`Core::shown_codes`]).
fn label(account: &Account, code: Option<&String>) -> String {
    let mut label = display_name(account);
    if !account.issuer.is_empty() && !account.account.is_empty() {
        label.push_str(&format!(" ({})", account.account));
    }
    if let Some(code) = code {
        label.push_str(&format!(" — {code}"));
    }
    label
}

fn item(label: &str, activate: impl Fn(&mut Tray) + Send + 'static) -> MenuItem<Tray> {
    MenuItem::Standard(StandardItem {
        label: label.to_string(),
        activate: Box::new(activate),
        ..Default::default()
    })
}

impl ksni::Tray for Tray {
    fn id(&self) -> String {
        super::bus::NAME.to_string()
    }

    fn title(&self) -> String {
        "MFA Companion".into()
    }

    fn icon_name(&self) -> String {
        super::bus::NAME.to_string()
    }

    fn icon_pixmap(&self) -> Vec<Icon> {
        self.icons.clone()
    }

    fn tool_tip(&self) -> ToolTip {
        ToolTip {
            title: "MFA Companion".into(),
            description: crate::i18n::t("tray-tooltip"),
            ..Default::default()
        }
    }

    /// A left click opens the window.
    fn activate(&mut self, _x: i32, _y: i32) {
        self.open_window(false);
    }

    fn menu_about_to_show(&mut self) {
        self.refresh();
    }

    fn menu(&self) -> Vec<MenuItem<Self>> {
        let mut menu: Vec<MenuItem<Self>> = Vec::new();
        if self.entries.is_empty() {
            menu.push(MenuItem::Standard(StandardItem {
                label: crate::i18n::t("tray-empty"),
                enabled: false,
                ..Default::default()
            }));
        }
        for (id, label) in &self.entries {
            let id = id.clone();
            menu.push(item(label, move |tray: &mut Tray| tray.copy(&id)));
        }
        menu.push(MenuItem::Separator);
        for name in &self.servers {
            let name = name.clone();
            let label = crate::i18n::tr("tray-copy-token", &[("server", name.as_str().into())]);
            menu.push(item(&label, move |tray: &mut Tray| {
                if let Err(e) = tray.core.copy_access_token(&name) {
                    log::info!("tray: no token copied: {e}");
                }
            }));
        }
        if !self.servers.is_empty() {
            menu.push(MenuItem::Separator);
        }
        menu.push(item(&crate::i18n::t("tray-scan"), |tray: &mut Tray| {
            if let Err(e) = tray.core.scan_screen() {
                log::warn!("tray: {}", e.message);
            }
        }));
        menu.push(item(&crate::i18n::t("tray-search"), |tray: &mut Tray| {
            tray.open_window(true)
        }));
        menu.push(item(&crate::i18n::t("tray-open"), |tray: &mut Tray| {
            tray.open_window(false)
        }));
        menu.push(item(&crate::i18n::t("tray-quit"), |tray: &mut Tray| {
            tray.core.quit()
        }));
        menu
    }
}

/// The app's icon in two sizes, as ARGB32 in network byte order.
fn icons() -> Vec<Icon> {
    [
        &include_bytes!("../../icons/32x32.png")[..],
        &include_bytes!("../../icons/128x128.png")[..],
    ]
    .iter()
    .filter_map(|png| image::load_from_memory(png).ok())
    .map(|img| {
        let rgba = img.to_rgba8();
        let (width, height) = rgba.dimensions();
        let data = rgba
            .pixels()
            .flat_map(|p| [p[3], p[0], p[1], p[2]])
            .collect();
        Icon {
            width: i32::try_from(width).unwrap_or(0),
            height: i32::try_from(height).unwrap_or(0),
            data,
        }
    })
    .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_tray_icon_is_argb_in_two_sizes() {
        let icons = super::icons();
        assert_eq!(icons.iter().map(|i| i.width).collect::<Vec<_>>(), [32, 128]);
        for i in &icons {
            assert_eq!(i.data.len(), (i.width * i.height * 4) as usize);
        }
    }
}
