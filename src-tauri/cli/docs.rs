//! What the CLI tells the system about itself, generated from the one CLI definition:
//! shell completions (`completions SHELL`), and for packagers (`package-files OUT`,
//! hidden) every file a package installs beside the executables: a man page per
//! command, bash, zsh and fish completions, and the agent's D-Bus activation, GNOME
//! Shell search provider and KRunner plugin files (their texts owned by
//! `agent::install`).

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use clap::{Args, CommandFactory};
use clap_complete::Shell;

use super::{fail, help, out, Cli, Failure, VERSION};
use crate::agent::bus::NAME;
use crate::agent::install;

// Arguments of `completions`.
#[derive(Args)]
pub struct CompletionsArgs {
    #[arg(value_enum)]
    shell: Shell,
}

// Arguments of `package-files`.
#[derive(Args)]
pub struct PackageFilesArgs {
    out: PathBuf,
    #[arg(long, default_value = "/usr/bin", value_name = "DIR")]
    bin_dir: PathBuf,
}

/// Prints a completion script for `shell` to stdout.
pub fn completions(args: CompletionsArgs) -> Result<(), Failure> {
    // Into memory first: clap_complete panics on a write error (a closed pipe).
    let script = completion(args.shell);
    let mut stdout = io::stdout().lock();
    stdout
        .write_all(&script)
        .and_then(|()| stdout.flush())
        .map_err(|e| {
            fail(
                "io.stdout",
                crate::i18n::Message::new("cli-mod-stdout").arg("error", e.to_string()),
            )
        })
}

fn completion(shell: Shell) -> Vec<u8> {
    let mut script = Vec::new();
    clap_complete::generate(
        shell,
        &mut english(Cli::command()),
        "mfa-companion",
        &mut script,
    );
    script
}

/// `cmd` built (its `help` subtree included, for completions) and worded in English
/// from the help catalogue: packages install one set of man pages and completions.
fn english(mut cmd: clap::Command) -> clap::Command {
    cmd.build();
    help::localized(cmd, help::Words::English)
}

/// Writes the man pages, completions and desktop-integration files under `out/share`
/// and prints each path.
pub fn package_files(args: PackageFilesArgs) -> Result<(), Failure> {
    let share = args.out.join("share");
    let mut written = Vec::new();
    for (name, text) in man_pages(&date_of_build()) {
        written.push(write(&share.join("man/man1").join(name), text.as_bytes())?);
    }
    for (shell, path) in [
        (Shell::Bash, "bash-completion/completions/mfa-companion"),
        (Shell::Zsh, "zsh/vendor-completions/_mfa-companion"),
        (Shell::Fish, "fish/vendor_completions.d/mfa-companion.fish"),
    ] {
        written.push(write(&share.join(path), &completion(shell))?);
    }
    let exe = args.bin_dir.join("mfa-companion");
    let integration = [
        (
            format!("dbus-1/services/{NAME}.service"),
            install::service_file(&exe),
        ),
        (
            format!("gnome-shell/search-providers/{NAME}.search-provider.ini"),
            install::search_provider_ini(),
        ),
        (
            format!("krunner/dbusplugins/{NAME}.desktop"),
            install::krunner_file(),
        ),
        (
            format!("applications/{}", install::TYPING_FILE),
            install::typing_entry(&exe),
        ),
    ];
    for (path, text) in integration {
        written.push(write(&share.join(path), text.as_bytes())?);
    }
    for path in written {
        out(path.display().to_string())?;
    }
    Ok(())
}

fn write(path: &Path, bytes: &[u8]) -> Result<PathBuf, Failure> {
    let io = |e: io::Error| {
        fail(
            "package.write",
            crate::i18n::Message::new("cli-docs-cannot-write")
                .arg("path", path.display().to_string())
                .arg("error", e.to_string()),
        )
    };
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(io)?;
    }
    std::fs::write(path, bytes).map_err(io)?;
    Ok(path.to_path_buf())
}

/// The man pages' date: `SOURCE_DATE_EPOCH`'s day when set (reproducible builds),
/// otherwise today's (UTC).
fn date_of_build() -> String {
    let unix = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<u64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs())
        });
    let (y, m, d, ..) = crate::backups::civil(unix);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Every man page as (file name, roff text): `mfa-companion.1` with the sections a
/// reader looks for (files, environment, exit status), and one per visible subcommand
/// (`mfa-companion-server-add.1`, …).
pub fn man_pages(date: &str) -> Vec<(String, String)> {
    let cmd = english(Cli::command().disable_help_subcommand(true));
    let mut pages = Vec::new();
    collect(&cmd, date, &mut pages);
    if let Some((_, root)) = pages.iter_mut().find(|(n, _)| n == "mfa-companion.1") {
        root.push_str(ROOT_SECTIONS);
    }
    pages.push(("mfa-companion-desktop.1".into(), desktop_page(date)));
    pages
}

/// The window's executable: what it takes and that the rest is `mfa-companion`'s.
fn desktop_page(date: &str) -> String {
    format!(
        r#".TH MFA\-COMPANION\-DESKTOP 1 "{date}" "MFA Companion {version}" "MFA Companion Manual"
.SH NAME
mfa\-companion\-desktop \- the MFA Companion window
.SH SYNOPSIS
\fBmfa\-companion\-desktop\fR [\fB\-\-search\fR | \fB\-\-add\fR]
.br
\fBmfa\-companion\-desktop\fR \fICOMMAND\fR ...
.SH DESCRIPTION
Opens the MFA Companion window: the accounts with their live codes, enrollment with
an identity server, recovery codes, import and export, settings. A second start brings
the open window forward instead of opening another.
.PP
With a command it runs the command line instead, exactly as
\fBmfa\-companion\fR(1) does; that program starts faster, as it does not load the
web engine.
.SH OPTIONS
.TP
\fB\-\-search\fR
Focus the search field once the window shows.
.TP
\fB\-\-add\fR
Open the Add dialog once the window shows.
.SH VERSION
{full}
.SH "SEE ALSO"
\fBmfa\-companion\fR(1)
"#,
        version = env!("CARGO_PKG_VERSION"),
        full = VERSION,
    )
}

fn collect(cmd: &clap::Command, date: &str, pages: &mut Vec<(String, String)>) {
    let man = clap_mangen::Man::new(cmd.clone())
        .date(date)
        .source(format!("MFA Companion {}", env!("CARGO_PKG_VERSION")))
        .manual("MFA Companion Manual");
    let mut text = Vec::new();
    // Rendering into memory cannot fail.
    if man.render(&mut text).is_ok() {
        pages.push((
            man.get_filename(),
            String::from_utf8_lossy(&text).into_owned(),
        ));
    }
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        collect(sub, date, pages);
    }
}

/// The root page's own sections, in roff.
const ROOT_SECTIONS: &str = r#".SH "EXIT STATUS"
0 on success; 1 on an error, printed on one line as \fBerror: MESSAGE [CODE]\fR with a
stable code; 2 on a usage error; 3 when the app lock is on and locked (run
\fBmfa\-companion unlock\fR).
.SH ENVIRONMENT
.TP
\fBXDG_DATA_HOME\fR, \fBXDG_CONFIG_HOME\fR, \fBXDG_STATE_HOME\fR
Where the vault, the settings and the recently copied list live (see FILES).
.TP
\fBMFA_COMPANION_LOG\fR
Turns diagnostic logging to stderr on: error, warn, info, debug or trace. Logs never
hold a secret, code, password or token.
.TP
\fBMFA_COMPANION_LOG_FILE\fR
Also appends the log to this file.
.SH FILES
.TP
\fI~/.local/share/mfa\-companion/accounts.vault\fR
The accounts, their secrets and recovery codes, encrypted; its key is in the keychain
(Secret Service), or under the app lock's password.
.TP
\fI~/.local/share/mfa\-companion/servers.json\fR
Server profiles for enrollment (no tokens: those are in the keychain).
.TP
\fI~/.config/mfa\-companion/settings.json\fR
Settings of the window and the agent.
.TP
\fI~/.config/autostart/io.github.MfaCompanion.Agent.desktop\fR
Starts the resident agent at login (while turned on).
.PP
Removing the package keeps all of these; \fBmfa\-companion export\fR saves the accounts
elsewhere first, and deleting \fI~/.local/share/mfa\-companion\fR and the keychain items
of service \fImfa\-companion\fR removes them.
.SH "SEE ALSO"
\fBmfa\-companion\-code\fR(1), \fBmfa\-companion\-add\fR(1),
\fBmfa\-companion\-enroll\fR(1), \fBmfa\-companion\-agent\fR(1), \fBsecret\-tool\fR(1)
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_visible_command_has_a_man_page_and_the_root_page_has_its_own_sections() {
        let pages = man_pages("2026-12-04");
        let names: Vec<&str> = pages.iter().map(|(n, _)| n.as_str()).collect();
        for name in [
            "mfa-companion.1",
            "mfa-companion-code.1",
            "mfa-companion-server-add.1",
            "mfa-companion-recovery-use.1",
            "mfa-companion-completions.1",
            "mfa-companion-desktop.1",
        ] {
            assert!(names.contains(&name), "{name} missing from {names:?}");
        }
        // Hidden commands stay out of the manual.
        assert!(!names.iter().any(|n| n.contains("package-files")));
        let root = &pages
            .iter()
            .find(|(n, _)| n == "mfa-companion.1")
            .unwrap()
            .1;
        for section in ["EXIT STATUS", "FILES", "ENVIRONMENT", "SEE ALSO"] {
            assert!(root.contains(section), "the root page lacks {section}");
        }
        assert!(pages.iter().all(|(_, text)| text.contains("2026-12-04")));
    }

    #[test]
    fn package_files_point_the_agent_files_at_the_installed_executable() {
        let dir = tempfile::tempdir().unwrap();
        let usr = dir.path().join("usr");
        package_files(PackageFilesArgs {
            out: usr.clone(),
            bin_dir: "/usr/bin".into(),
        })
        .map_err(|Failure(e)| e.message)
        .unwrap();
        let share = usr.join("share");
        let service =
            std::fs::read_to_string(share.join(format!("dbus-1/services/{NAME}.service"))).unwrap();
        assert!(
            service.contains("Exec=/usr/bin/mfa-companion agent"),
            "{service}"
        );
        let typing =
            std::fs::read_to_string(share.join("applications").join(install::TYPING_FILE)).unwrap();
        assert!(
            typing.contains("Exec=/usr/bin/mfa-companion type"),
            "{typing}"
        );
        let ini = std::fs::read_to_string(share.join(format!(
            "gnome-shell/search-providers/{NAME}.search-provider.ini"
        )))
        .unwrap();
        assert!(ini.contains(&format!("DesktopId={}", install::DESKTOP_ID)));
        for path in [
            "bash-completion/completions/mfa-companion",
            "zsh/vendor-completions/_mfa-companion",
            "fish/vendor_completions.d/mfa-companion.fish",
            "man/man1/mfa-companion.1",
            format!("krunner/dbusplugins/{NAME}.desktop").as_str(),
        ] {
            let text = std::fs::read_to_string(share.join(path)).unwrap();
            assert!(
                text.contains("mfa-companion") || text.contains("MFA Companion"),
                "{path}"
            );
        }
    }

    #[test]
    fn the_packaged_desktop_file_is_the_one_the_search_provider_names() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("packaging")
            .join(install::DESKTOP_ID);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(&format!("Icon={NAME}")), "{text}");
        assert!(text.contains("Exec=mfa-companion-desktop --add"), "{text}");
    }

    #[test]
    fn the_version_names_the_commit_it_was_built_from() {
        assert!(VERSION.starts_with(env!("CARGO_PKG_VERSION")));
        assert!(VERSION.contains("commit "), "{VERSION}");
    }
}
