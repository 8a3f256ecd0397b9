//! The command-line interface (clap), in the same binary as the desktop app. Parses
//! arguments, calls the core, prints results; exit status 0 on success, 1 with a
//! one-line `error: MESSAGE [CODE]` on stderr otherwise, 2 for usage errors.
//! Secrets are read from stdin (never from arguments) and never printed.

mod accounts;
mod agent;
mod backup;
mod docs;
mod doctor;
mod enroll;
mod icons;
mod keyboard;
mod locale;
mod lock;
mod progress;
mod recovery;
mod scan;
mod servers;
mod signin;
mod transfer;

use std::ffi::OsString;
use std::io::{self, BufRead, Read, Write};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use zeroize::Zeroizing;

use crate::error::{Coded, ErrorReport};
use crate::i18n::Message;

/// What `--version` prints after the name: the version and the commit it was built from.
pub const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (",
    env!("MFA_COMPANION_COMMIT_LABEL"),
    ")"
);

/// Command-line arguments.
/// No `Debug` here or on [`Command`]: some commands carry a recovery code or a passcode.
#[derive(Parser)]
#[command(
    name = "mfa-companion",
    version = VERSION,
    about = "Authenticator codes from the OS keychain; with no command, opens the desktop window"
)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Add accounts from otpauth:// URIs (argument, or `-` for one per line on stdin),
    /// or by hand with --issuer/--account and the secret on stdin.
    Add(accounts::AddArgs),
    /// List accounts (no secrets, no codes).
    List {
        /// Print a JSON array (with each account's `tags`, `pinned` and, when the vault
        /// can be opened, `note`).
        #[arg(long)]
        json: bool,
        /// Only the accounts with this tag (case does not matter).
        #[arg(long, value_name = "TAG")]
        tag: Option<String>,
    },
    /// Print the current code of an account. For HOTP, advances the counter first.
    Code {
        /// Id, issuer:account, or a unique case-insensitive substring of either.
        account: String,
        /// Unix time to compute the code for (time-based accounts only).
        #[arg(long, value_name = "UNIX_SECONDS")]
        at: Option<u64>,
        /// Print {"code", "remaining", "period"}.
        #[arg(long)]
        json: bool,
    },
    /// Remove an account and its secret.
    Remove {
        /// Id, issuer:account, or a unique case-insensitive substring of either.
        account: String,
        /// Do not ask for confirmation.
        #[arg(long, short = 'y')]
        yes: bool,
    },
    /// Change an account's issuer and/or name.
    Rename {
        /// Id, issuer:account, or a unique case-insensitive substring of either.
        account: String,
        /// New issuer.
        #[arg(long)]
        issuer: Option<String>,
        /// New account name.
        #[arg(long = "account", value_name = "NAME")]
        name: Option<String>,
    },
    /// Server profiles for enrollment (tokens go to the OS keychain).
    Server {
        #[command(subcommand)]
        cmd: servers::ServerCmd,
    },
    /// Print a server's MFA status for the profile's user.
    Status {
        /// The server profile.
        #[arg(long)]
        server: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
        /// Seconds to wait for the server.
        #[arg(long, default_value_t = 30, value_name = "SECS")]
        timeout: u64,
    },
    /// Sign in to a profile's Lerian Auth plugin: the password is asked for (or read from
    /// stdin's first line) and never stored; an MFA challenge is answered with this app's
    /// code for the account enrolled with the profile, or --recovery, or --method.
    Login(signin::LoginArgs),
    /// Print a valid access token of a signed-in profile (refreshed first when it expires
    /// within 60 s), for scripts: `curl -H "Authorization: Bearer $(mfa-companion token --server work)"`.
    Token {
        /// The server profile.
        #[arg(long)]
        server: String,
        /// Seconds to wait for the server (when a refresh is due).
        #[arg(long, default_value_t = 30, value_name = "SECS")]
        timeout: u64,
    },
    /// Sign out: end the session on the server and forget its tokens.
    Logout {
        /// The server profile.
        #[arg(long)]
        server: String,
        /// Seconds to wait for the server.
        #[arg(long, default_value_t = 30, value_name = "SECS")]
        timeout: u64,
    },
    /// Automatic, verified, encrypted backups after every change.
    Backup {
        #[command(subcommand)]
        cmd: backup::BackupCmd,
    },
    /// The opt-in app lock: the vault's key under a password instead of in the keychain.
    Lock {
        #[command(subcommand)]
        cmd: lock::LockCmd,
    },
    /// Open the app lock (password from a hidden prompt, or one line of stdin).
    Unlock,
    /// The resident agent: tray, quick copy, desktop search; `--autostart on|off`
    /// starts it at login.
    Agent(agent::AgentArgs),
    /// Type an account's current code into the focused window (as the agent's
    /// Ctrl+Alt+T shortcut does); without ACCOUNT, the one whose issuer the window's
    /// title names ("Sign in to GitHub" → GitHub), else the quick search opens. X11 only.
    Type(keyboard::TypeArgs),
    /// Bring up the window (a running one is raised); --search focuses its search field,
    /// for a shortcut bound in the desktop's keyboard settings.
    Show {
        /// Focus the search field (Enter copies the first match).
        #[arg(long)]
        search: bool,
    },
    /// Pin an account to the top of the window and the tray menu.
    Pin {
        /// Id, issuer:account, or a unique case-insensitive substring of either.
        account: String,
    },
    /// Unpin an account.
    Unpin {
        /// Id, issuer:account, or a unique case-insensitive substring of either.
        account: String,
    },
    /// Set, show or clear an account's note (kept encrypted in the vault).
    Note {
        /// Id, issuer:account, or a unique case-insensitive substring of either.
        account: String,
        /// The new note (up to 1000 characters); without it, the note is printed.
        text: Option<String>,
        /// Remove the note.
        #[arg(long, conflicts_with = "text")]
        clear: bool,
    },
    /// Add and remove an account's tags (`+work -home`; a bare name adds); with no
    /// change, print its tags.
    Tag {
        /// Id, issuer:account, or a unique case-insensitive substring of either.
        account: String,
        /// `+TAG` or `TAG` adds a tag, `-TAG` removes one.
        #[arg(allow_hyphen_values = true, value_name = "+TAG|-TAG")]
        changes: Vec<String>,
    },
    /// Print or choose the icon an account shows: NAME is an icon of the bundled set (by
    /// slug or title, see `icons`) or "letter"; --auto goes back to the one its issuer
    /// matches.
    Icon {
        /// Id, issuer:account, or a unique case-insensitive substring of either.
        account: String,
        /// An icon of the bundled set, or "letter".
        #[arg(conflicts_with_all = ["auto", "file"])]
        name: Option<String>,
        /// An image of your own: a PNG or JPEG (fitted into 64 pixels) or an SVG without
        /// scripts or outside references, at most 1 MB.
        #[arg(long, value_name = "IMAGE", conflicts_with = "auto")]
        file: Option<std::path::PathBuf>,
        /// Forget the choice: show the icon the issuer matches.
        #[arg(long)]
        auto: bool,
    },
    /// List the bundled issuer icons (simple-icons, CC0) whose name contains QUERY.
    Icons {
        /// Part of a slug, title or alias.
        query: Option<String>,
    },
    /// Enroll this device with a server: setup, store, verify, enable, status.
    Enroll(enroll::EnrollArgs),
    /// Recovery codes in the offline, encrypted vault.
    Recovery {
        #[command(subcommand)]
        cmd: recovery::RecoveryCmd,
    },
    /// Import accounts from another app's export, a QR image, an otpauth list or a
    /// backup. The format is recognised from the content; duplicates are skipped.
    Import(transfer::ImportArgs),
    /// Export every account with its secret: to another app, QR codes or a backup.
    Export(transfer::ExportArgs),
    /// Check the keychain (a real round trip), the data folder and the clock.
    Doctor {
        /// Re-create accounts from keychain items whose metadata was lost.
        #[arg(long)]
        repair: bool,
    },
    /// Print a shell completion script (bash, zsh, fish, elvish or powershell).
    Completions(docs::CompletionsArgs),
    /// Write the man pages, completions and desktop-integration files a package
    /// installs (for package.sh).
    #[command(hide = true)]
    PackageFiles(docs::PackageFilesArgs),
}

/// A CLI failure: a coded error, or a plain message with its own code.
struct Failure(ErrorReport);

impl<E: Coded> From<E> for Failure {
    fn from(e: E) -> Self {
        Failure(e.report())
    }
}

/// A failure whose message is a catalogue message (`cli.ftl`), in the language in use.
fn fail(code: &'static str, message: Message) -> Failure {
    Failure(ErrorReport::localized(code, message))
}

/// A failure that passes on a technical detail as it is (a parser's or the system's
/// words, not ours).
fn fail_detail(code: &'static str, detail: impl Into<String>) -> Failure {
    Failure(ErrorReport {
        code,
        message: detail.into(),
    })
}

/// Runs the CLI with the given arguments (including the program name).
pub fn run(args: Vec<OsString>) -> ExitCode {
    crate::logging::init_from_env();
    crate::storage::on_change(crate::backups::after_change);
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    match execute(cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure(report)) => {
            let message = report.message.replace('\n', " ");
            eprintln!(
                "{}",
                Message::new("cli-mod-error")
                    .arg("message", message)
                    .arg("code", report.code)
                    .text()
            );
            // Scripts can tell "locked" from any other failure.
            ExitCode::from(if report.code == "app.locked" { 3 } else { 1 })
        }
    }
}

fn execute(command: Command) -> Result<(), Failure> {
    match command {
        Command::Add(args) => accounts::add(args),
        Command::List { json, tag } => accounts::list(json, tag.as_deref()),
        Command::Code { account, at, json } => accounts::code(&account, at, json),
        Command::Remove { account, yes } => accounts::remove(&account, yes),
        Command::Rename {
            account,
            issuer,
            name,
        } => accounts::rename(&account, issuer, name),
        Command::Type(args) => keyboard::type_cmd(args),
        Command::Show { search } => keyboard::show(search),
        Command::Pin { account } => accounts::pin(&account, true),
        Command::Unpin { account } => accounts::pin(&account, false),
        Command::Tag { account, changes } => accounts::tag(&account, &changes),
        Command::Icon {
            account,
            name,
            file,
            auto,
        } => icons::icon(&account, name.as_deref(), file.as_deref(), auto),
        Command::Icons { query } => icons::icons(query.as_deref()),
        Command::Note {
            account,
            text,
            clear,
        } => accounts::note(&account, text.as_deref(), clear),
        Command::Doctor { repair } => doctor::doctor(repair),
        Command::Server { cmd } => servers::server(cmd),
        Command::Status {
            server,
            json,
            timeout,
        } => servers::status(&server, json, timeout),
        Command::Enroll(args) => enroll::enroll_cmd(args),
        Command::Login(args) => signin::login(args),
        Command::Token { server, timeout } => signin::token(&server, timeout),
        Command::Logout { server, timeout } => signin::logout(&server, timeout),
        Command::Recovery { cmd } => recovery::recovery(cmd),
        Command::Backup { cmd } => backup::backup_cmd(cmd),
        Command::Lock { cmd } => lock::lock_cmd(cmd),
        Command::Unlock => lock::unlock(),
        Command::Agent(args) => agent::agent(args),
        Command::Import(args) => transfer::import(args),
        Command::Export(args) => transfer::export_cmd(args),
        Command::Completions(args) => docs::completions(args),
        Command::PackageFiles(args) => docs::package_files(args),
    }
}

fn out(line: impl AsRef<str>) -> Result<(), Failure> {
    let mut stdout = io::stdout().lock();
    writeln!(stdout, "{}", line.as_ref())
        .and_then(|_| stdout.flush())
        .map_err(|e| {
            fail(
                "io.stdout",
                Message::new("cli-mod-stdout").arg("error", e.to_string()),
            )
        })
}

/// Prints a catalogue message on stdout, in the language in use.
fn say(message: Message) -> Result<(), Failure> {
    out(message.text())
}

/// Prints a catalogue message (a warning, a note) on stderr, in the language in use.
fn tell(message: Message) {
    eprintln!("{}", message.text());
}

fn read_stdin() -> Result<Zeroizing<String>, Failure> {
    let mut text = Zeroizing::new(String::new());
    io::stdin().read_to_string(&mut text).map_err(|e| {
        fail(
            "io.stdin",
            Message::new("cli-mod-stdin").arg("error", e.to_string()),
        )
    })?;
    Ok(text)
}

/// Whether `answer` says yes: `y`/`yes` in every language, or the language's own
/// (`cli-mod-confirm-yes`, words separated by spaces: `s sim`, `j ja`, `o oui`).
fn is_yes(answer: &str, words: &str) -> bool {
    let answer = answer.trim().to_lowercase();
    !answer.is_empty()
        && ["y", "yes"]
            .into_iter()
            .chain(words.split_whitespace())
            .any(|w| w.to_lowercase() == answer)
}

fn confirm(question: Message) -> Result<bool, Failure> {
    eprint!(
        "{} {} ",
        question.text(),
        crate::i18n::t("cli-mod-confirm-hint")
    );
    let mut answer = String::new();
    io::stdin()
        .lock()
        .read_line(&mut answer)
        .map_err(|e| fail_detail("io.stdin", e.to_string()))?;
    Ok(is_yes(&answer, &crate::i18n::t("cli-mod-confirm-yes")))
}

#[cfg(test)]
mod tests {
    use super::is_yes;

    #[test]
    fn yes_is_y_or_yes_or_the_languages_own_word() {
        for a in ["y", "Y", "yes", "YES\n", " y "] {
            assert!(is_yes(a, ""), "{a}");
        }
        for a in ["s", "sim", "Sim"] {
            assert!(is_yes(a, "s sim"), "{a}");
        }
        for a in ["sí", "SÍ", "si"] {
            assert!(is_yes(a, "s sí si"), "{a}");
        }
        assert!(is_yes("ja", "j ja") && is_yes("o", "o oui") && is_yes("Oui", "o oui"));
        for a in ["", "n", "no", "nein", "s"] {
            assert!(!is_yes(a, ""), "{a:?}");
        }
        assert!(!is_yes("oui", "j ja"));
    }
}
