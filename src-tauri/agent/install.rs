//! The files that tie the resident agent into the desktop, for one user:
//!
//! - the XDG autostart entry (`$XDG_CONFIG_HOME/autostart/io.github.MfaCompanion.Agent.desktop`),
//!   written and removed by `mfa-companion agent --autostart on|off` and the window's
//!   Settings;
//! - the D-Bus activation file (`$XDG_DATA_HOME/dbus-1/services/io.github.MfaCompanion.service`),
//!   so that a call to `io.github.MfaCompanion` starts the agent;
//! - KRunner's D-Bus plugin (`$XDG_DATA_HOME/krunner/dbusplugins/io.github.MfaCompanion.desktop`);
//! - the typing entry (`$XDG_DATA_HOME/applications/io.github.MfaCompanion.Typing.desktop`),
//!   hidden, which names this executable for KDE Plasma: KWin offers its fake input (typing
//!   a code, [`crate::keyboard::kwin`]) only to a program a desktop entry names;
//! - GNOME Shell's search provider (`io.github.MfaCompanion.search-provider.ini`). GNOME
//!   Shell reads these from the system's data folders only, so a package installs it;
//!   [`search_provider_ini`] gives its text.
//!
//! The agent writes the activation, KRunner and typing files for a binary run from outside
//! `/usr` and `/app` (a source checkout) when it starts, and `type` the typing entry on
//! KDE; a package ships them (the
//! `package-files` command writes them for package.sh).
//! Writes are atomic and skipped when the file already says the same.

use std::path::{Path, PathBuf};

use super::bus::NAME;
use super::search::KRUNNER_PATH;
use crate::error::ErrorReport;
use crate::i18n::Message;

/// The autostart entry's file name.
pub const AUTOSTART_FILE: &str = "io.github.MfaCompanion.Agent.desktop";

fn dirs() -> Result<directories::BaseDirs, ErrorReport> {
    directories::BaseDirs::new()
        .ok_or_else(|| ErrorReport::localized("agent.install", Message::new("agent-no-home")))
}

/// Where the autostart entry goes.
pub fn autostart_path() -> Result<PathBuf, ErrorReport> {
    Ok(dirs()?.config_dir().join("autostart").join(AUTOSTART_FILE))
}

/// Where the D-Bus activation file goes.
pub fn service_path() -> Result<PathBuf, ErrorReport> {
    Ok(dirs()?
        .data_dir()
        .join("dbus-1/services")
        .join(format!("{NAME}.service")))
}

/// Where KRunner's plugin file goes.
pub fn krunner_path() -> Result<PathBuf, ErrorReport> {
    Ok(dirs()?
        .data_dir()
        .join("krunner/dbusplugins")
        .join(format!("{NAME}.desktop")))
}

/// Where the typing entry goes (for this user).
pub fn typing_path() -> Result<PathBuf, ErrorReport> {
    Ok(dirs()?.data_dir().join("applications").join(TYPING_FILE))
}

/// The typing entry's file name.
pub const TYPING_FILE: &str = "io.github.MfaCompanion.Typing.desktop";

/// The command line that runs `exe` with `command` (`Exec=`), quoted for desktop entries.
fn exec_of(exe: &Path, command: &str) -> String {
    let text = exe.to_string_lossy();
    if text.contains(|c: char| c.is_whitespace() || c == '"' || c == '\\') {
        let escaped = text.replace('\\', "\\\\").replace('"', "\\\"");
        format!("\"{escaped}\" {command}")
    } else {
        format!("{text} {command}")
    }
}

/// The command line that starts the agent.
fn exec_line(exe: &Path) -> String {
    exec_of(exe, "agent")
}

/// The typing entry: hidden, naming `exe` (its absolute path, as KWin compares it with the
/// running program's) and the one Wayland interface KWin keeps for programs an entry names.
pub fn typing_entry(exe: &Path) -> String {
    format!(
        "[Desktop Entry]\nType=Application\nName=MFA Companion typing\n\
         Comment=Types a one-time code into the focused window\n\
         Exec={}\nIcon={NAME}\nNoDisplay=true\nTerminal=false\n\
         X-KDE-Wayland-Interfaces=org_kde_kwin_fake_input\n",
        exec_of(exe, "type")
    )
}

/// Writes the typing entry for this user unless the binary is a packaged one; `true`
/// when it was not there (or said something else) before.
pub fn integrate_typing() -> Result<bool, ErrorReport> {
    let exe = this_exe()?;
    if exe.starts_with("/usr") || exe.starts_with("/app") {
        return Ok(false);
    }
    write_if_new(&typing_path()?, &typing_entry(&exe))
}

/// The autostart entry.
pub fn autostart_entry(exe: &Path) -> String {
    format!(
        "[Desktop Entry]\nType=Application\nName=MFA Companion agent\n\
         Comment=One-time codes from the tray and the desktop search\n\
         Exec={}\nIcon={NAME}\nNoDisplay=true\nTerminal=false\n\
         X-GNOME-Autostart-enabled=true\n",
        exec_line(exe)
    )
}

/// The D-Bus activation file.
pub fn service_file(exe: &Path) -> String {
    format!("[D-BUS Service]\nName={NAME}\nExec={}\n", exec_line(exe))
}

/// KRunner's D-Bus plugin file.
pub fn krunner_file() -> String {
    format!(
        "[Desktop Entry]\nType=Service\nName=MFA Companion\nComment=Copy a one-time code\n\
         Icon={NAME}\nX-KDE-ServiceTypes=Plasma/Runner\nX-Plasma-API=DBus\n\
         X-Plasma-DBusRunner-Service={NAME}\nX-Plasma-DBusRunner-Path={KRUNNER_PATH}\n\
         X-KDE-PluginInfo-Name={NAME}\nX-KDE-PluginInfo-EnabledByDefault=true\n"
    )
}

/// The desktop file the .deb and .rpm install (`packaging/mfa-companion.desktop`; Tauri's
/// bundler names it after the package). A Flatpak renames it after its app id.
pub const DESKTOP_ID: &str = "mfa-companion.desktop";

/// GNOME Shell's search provider file (installed by a package beside the desktop file
/// [`DESKTOP_ID`]: GNOME Shell shows the provider only when that file exists).
pub fn search_provider_ini() -> String {
    format!(
        "[Shell Search Provider]\nDesktopId={DESKTOP_ID}\nBusName={NAME}\n\
         ObjectPath={}\nVersion=2\n",
        super::search::SEARCH_PATH
    )
}

fn write_if_changed(path: &Path, text: &str) -> Result<(), ErrorReport> {
    write_if_new(path, text).map(|_| ())
}

/// [`write_if_changed`], saying whether it wrote.
fn write_if_new(path: &Path, text: &str) -> Result<bool, ErrorReport> {
    if std::fs::read_to_string(path).is_ok_and(|old| old == text) {
        return Ok(false);
    }
    let io = |e: std::io::Error| {
        ErrorReport::localized(
            "agent.install",
            Message::new("agent-cannot-write")
                .arg("path", path.display().to_string())
                .arg("error", e.to_string()),
        )
    };
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(io)?;
    }
    crate::storage::write_atomic(path, text.as_bytes())
        .map_err(io)
        .map(|()| true)
}

fn this_exe() -> Result<PathBuf, ErrorReport> {
    // The agent lives in the CLI executable, installed beside the window's.
    super::sibling("mfa-companion").map_err(|e| {
        ErrorReport::localized(
            "agent.install",
            Message::new("agent-cannot-locate").arg("error", e.to_string()),
        )
    })
}

/// Turns starting the agent at login on or off; returns the entry's path.
pub fn set_autostart(on: bool) -> Result<PathBuf, ErrorReport> {
    let path = autostart_path()?;
    if on {
        write_if_changed(&path, &autostart_entry(&this_exe()?))?;
    } else if let Err(e) = std::fs::remove_file(&path) {
        if e.kind() != std::io::ErrorKind::NotFound {
            return Err(ErrorReport::localized(
                "agent.install",
                Message::new("agent-cannot-remove")
                    .arg("path", path.display().to_string())
                    .arg("error", e.to_string()),
            ));
        }
    }
    Ok(path)
}

/// True when the agent starts at login.
pub fn autostart_on() -> bool {
    autostart_path().is_ok_and(|p| p.is_file())
}

/// Writes the activation and KRunner files for this user unless the binary is a
/// packaged one (`/usr`, or a Flatpak's `/app`: the package ships them).
pub fn integrate() -> Result<(), ErrorReport> {
    let exe = this_exe()?;
    if exe.starts_with("/usr") || exe.starts_with("/app") {
        return Ok(());
    }
    write_if_changed(&service_path()?, &service_file(&exe))?;
    write_if_changed(&krunner_path()?, &krunner_file())?;
    write_if_changed(&typing_path()?, &typing_entry(&exe))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_start_the_agent_of_this_binary_even_from_a_path_with_spaces() {
        let plain = autostart_entry(Path::new("/opt/mfa/mfa-companion"));
        assert!(
            plain.contains("\nExec=/opt/mfa/mfa-companion agent\n"),
            "{plain}"
        );
        let spaced = service_file(Path::new("/home/a b/mfa-companion"));
        assert!(
            spaced.contains("\nExec=\"/home/a b/mfa-companion\" agent\n"),
            "{spaced}"
        );
        assert!(spaced.starts_with("[D-BUS Service]\nName=io.github.MfaCompanion\n"));
        let typing = typing_entry(Path::new("/usr/bin/mfa-companion"));
        assert!(
            typing.contains("\nExec=/usr/bin/mfa-companion type\n"),
            "{typing}"
        );
        assert!(typing.contains("\nX-KDE-Wayland-Interfaces=org_kde_kwin_fake_input\n"));
        assert!(typing.contains("\nNoDisplay=true\n"));
        assert!(krunner_file().contains("X-Plasma-DBusRunner-Path=/io/github/MfaCompanion/KRunner"));
        assert!(search_provider_ini().contains("ObjectPath=/io/github/MfaCompanion/SearchProvider"));
    }
}
