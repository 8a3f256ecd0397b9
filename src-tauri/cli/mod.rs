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
mod help;
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

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
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

/// Command-line arguments. Their descriptions, in every language, are the help
/// catalogue's (`i18n/locales/<lang>/help.ftl`, applied by help.rs), not doc comments
/// (so none here becomes the root's description: `about = None`).
/// No `Debug` here or on [`Command`]: some commands carry a recovery code or a passcode.
#[derive(Parser)]
#[command(name = "mfa-companion", version = VERSION, about = None, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    Add(accounts::AddArgs),
    List {
        #[arg(long)]
        json: bool,
        #[arg(long, value_name = "TAG")]
        tag: Option<String>,
    },
    Code {
        account: String,
        #[arg(long, value_name = "UNIX_SECONDS")]
        at: Option<u64>,
        #[arg(long)]
        json: bool,
    },
    Remove {
        account: String,
        #[arg(long, short = 'y')]
        yes: bool,
    },
    Rename {
        account: String,
        #[arg(long)]
        issuer: Option<String>,
        #[arg(long = "account", value_name = "NAME")]
        name: Option<String>,
    },
    Server {
        #[command(subcommand)]
        cmd: servers::ServerCmd,
    },
    Status {
        #[arg(long)]
        server: String,
        #[arg(long)]
        json: bool,
        #[arg(long, default_value_t = 30, value_name = "SECS")]
        timeout: u64,
    },
    Login(signin::LoginArgs),
    Token {
        #[arg(long)]
        server: String,
        #[arg(long, default_value_t = 30, value_name = "SECS")]
        timeout: u64,
    },
    Logout {
        #[arg(long)]
        server: String,
        #[arg(long, default_value_t = 30, value_name = "SECS")]
        timeout: u64,
    },
    Backup {
        #[command(subcommand)]
        cmd: backup::BackupCmd,
    },
    Lock {
        #[command(subcommand)]
        cmd: lock::LockCmd,
    },
    Unlock,
    Agent(agent::AgentArgs),
    Type(keyboard::TypeArgs),
    Show {
        #[arg(long)]
        search: bool,
    },
    Pin {
        account: String,
    },
    Unpin {
        account: String,
    },
    Note {
        account: String,
        text: Option<String>,
        #[arg(long, conflicts_with = "text")]
        clear: bool,
    },
    Tag {
        account: String,
        #[arg(allow_hyphen_values = true, value_name = "+TAG|-TAG")]
        changes: Vec<String>,
    },
    Icon {
        account: String,
        #[arg(conflicts_with_all = ["auto", "file"])]
        name: Option<String>,
        #[arg(long, value_name = "IMAGE", conflicts_with = "auto")]
        file: Option<std::path::PathBuf>,
        #[arg(long)]
        auto: bool,
    },
    Icons {
        query: Option<String>,
    },
    Enroll(enroll::EnrollArgs),
    Recovery {
        #[command(subcommand)]
        cmd: recovery::RecoveryCmd,
    },
    Import(transfer::ImportArgs),
    Export(transfer::ExportArgs),
    Doctor {
        #[arg(long)]
        repair: bool,
    },
    Completions(docs::CompletionsArgs),
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
    // The words of --help (and of clap's errors) come from the help catalogue (help.rs).
    let localized = help::localized(Cli::command(), help::Words::InUse);
    let parsed = localized
        .try_get_matches_from(args)
        .and_then(|matches| Cli::from_arg_matches(&matches));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => {
            let use_stderr = e.use_stderr();
            help::print_error(e);
            return if use_stderr {
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
