//! The command-line interface (clap), in the same binary as the desktop app. Parses
//! arguments, calls the core, prints results; exit status 0 on success, 1 with a
//! one-line `error: MESSAGE [CODE]` on stderr otherwise, 2 for usage errors.
//! Secrets are read from stdin (never from arguments) and never printed.

mod backup;
mod doctor;
mod lock;
mod recovery;
mod servers;
mod transfer;

use std::ffi::OsString;
use std::io::{self, BufRead, IsTerminal, Read, Write};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};
use serde_json::json;
use zeroize::Zeroizing;

use crate::account::{Account, Source};
use crate::error::{Coded, ErrorReport};
use crate::otp::{self, Algorithm, Kind, OtpParams, Secret};
use crate::otpauth::{self, UriAccount};
use crate::storage::AccountStore;

/// Command-line arguments.
/// No `Debug` here or on [`Command`]: some commands carry a recovery code or a passcode.
#[derive(Parser)]
#[command(
    name = "mfa-companion",
    version,
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
    Add(AddArgs),
    /// List accounts (no secrets, no codes).
    List {
        /// Print a JSON array.
        #[arg(long)]
        json: bool,
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
    /// Run the agent that holds the key while the app lock is open.
    #[command(hide = true)]
    Agent,
    /// Enroll this device with a server: setup, store, verify, enable, status.
    Enroll(servers::EnrollArgs),
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
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum KindArg {
    Totp,
    Hotp,
    Steam,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum AlgorithmArg {
    #[value(name = "SHA1", alias = "sha1")]
    Sha1,
    #[value(name = "SHA256", alias = "sha256")]
    Sha256,
    #[value(name = "SHA512", alias = "sha512")]
    Sha512,
}

#[derive(Debug, Args)]
struct AddArgs {
    /// An otpauth:// URI, or `-` to read URIs from stdin, one per line. Omit it to enter
    /// an account by hand (the secret is then read from stdin).
    uri: Option<String>,
    /// Issuer (manual entry).
    #[arg(long)]
    issuer: Option<String>,
    /// Account name (manual entry).
    #[arg(long = "account", value_name = "NAME")]
    name: Option<String>,
    /// totp (default), hotp or steam (manual entry).
    #[arg(long, value_enum, default_value = "totp")]
    kind: KindArg,
    /// HMAC algorithm (manual entry).
    #[arg(long, value_enum, default_value = "SHA1")]
    algorithm: AlgorithmArg,
    /// Code length, 6-8 (manual entry).
    #[arg(long, default_value_t = 6)]
    digits: u32,
    /// Seconds per code, 1-3600 (manual entry, totp and steam).
    #[arg(long, default_value_t = 30)]
    period: u64,
    /// Starting counter (manual entry, hotp).
    #[arg(long, default_value_t = 0)]
    counter: u64,
}

/// A CLI failure: a coded error, or a plain message with its own code.
struct Failure(ErrorReport);

impl<E: Coded> From<E> for Failure {
    fn from(e: E) -> Self {
        Failure(e.report())
    }
}

fn fail(code: &'static str, message: impl Into<String>) -> Failure {
    Failure(ErrorReport {
        code,
        message: message.into(),
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
            eprintln!("error: {message} [{}]", report.code);
            // Scripts can tell "locked" from any other failure.
            ExitCode::from(if report.code == "app.locked" { 3 } else { 1 })
        }
    }
}

fn execute(command: Command) -> Result<(), Failure> {
    match command {
        Command::Add(args) => add(args),
        Command::List { json } => list(json),
        Command::Code { account, at, json } => code(&account, at, json),
        Command::Remove { account, yes } => remove(&account, yes),
        Command::Rename {
            account,
            issuer,
            name,
        } => rename(&account, issuer, name),
        Command::Doctor { repair } => doctor::doctor(repair),
        Command::Server { cmd } => servers::server(cmd),
        Command::Status {
            server,
            json,
            timeout,
        } => servers::status(&server, json, timeout),
        Command::Enroll(args) => servers::enroll_cmd(args),
        Command::Recovery { cmd } => recovery::recovery(cmd),
        Command::Backup { cmd } => backup::backup_cmd(cmd),
        Command::Lock { cmd } => lock::lock_cmd(cmd),
        Command::Unlock => lock::unlock(),
        Command::Agent => lock::agent(),
        Command::Import(args) => transfer::import(args),
        Command::Export(args) => transfer::export_cmd(args),
    }
}

fn out(line: impl AsRef<str>) -> Result<(), Failure> {
    let mut stdout = io::stdout().lock();
    writeln!(stdout, "{}", line.as_ref())
        .and_then(|_| stdout.flush())
        .map_err(|e| fail("io.stdout", format!("cannot write to stdout: {e}")))
}

fn read_stdin() -> Result<Zeroizing<String>, Failure> {
    let mut text = Zeroizing::new(String::new());
    io::stdin()
        .read_to_string(&mut text)
        .map_err(|e| fail("io.stdin", format!("cannot read stdin: {e}")))?;
    Ok(text)
}

fn add(args: AddArgs) -> Result<(), Failure> {
    let manual = args.issuer.is_some() || args.name.is_some();
    let (entries, source) = match args.uri.as_deref() {
        Some(_) if manual => {
            return Err(fail(
                "cli.usage",
                "give either an otpauth URI or --issuer/--account, not both",
            ))
        }
        Some("-") => (uris_from_stdin()?, Source::Uri),
        Some(uri) => (vec![otpauth::parse(uri)?], Source::Uri),
        None if manual => (vec![manual_entry(&args)?], Source::Manual),
        None => {
            return Err(fail(
                "cli.usage",
                "nothing to add: give an otpauth URI, `-` to read URIs from stdin, or --issuer/--account with the secret on stdin",
            ))
        }
    };
    let store = AccountStore::open_default()?;
    let refs: Vec<&UriAccount> = entries.iter().collect();
    let added = store.add_many(&refs, source)?;
    for (entry, account) in entries.iter().zip(&added) {
        out(format!("added {} (id {})", account.label(), account.id))?;
        if entry.secret.is_weak() {
            eprintln!(
                "warning: the secret of {} is only {} bits; 128 or more is recommended",
                account.label(),
                entry.secret.len() * 8
            );
        }
    }
    Ok(())
}

/// Reads otpauth URIs from stdin, one per line; blank lines and `#` comments are skipped.
/// All lines are validated before anything is stored.
fn uris_from_stdin() -> Result<Vec<UriAccount>, Failure> {
    let text = read_stdin()?;
    let mut entries = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let entry = otpauth::parse(line).map_err(|e| {
            let mut r = e.report();
            r.message = format!("line {}: {}; nothing was added", n + 1, r.message);
            Failure(r)
        })?;
        entries.push(entry);
    }
    if entries.is_empty() {
        return Err(fail(
            "cli.usage",
            "no otpauth URI on stdin; nothing was added",
        ));
    }
    Ok(entries)
}

fn manual_entry(args: &AddArgs) -> Result<UriAccount, Failure> {
    let issuer = otpauth::validate_name("issuer", args.issuer.as_deref().unwrap_or(""))?;
    let account = otpauth::validate_name("account name", args.name.as_deref().unwrap_or(""))?;
    let algorithm = match args.algorithm {
        AlgorithmArg::Sha1 => Algorithm::Sha1,
        AlgorithmArg::Sha256 => Algorithm::Sha256,
        AlgorithmArg::Sha512 => Algorithm::Sha512,
    };
    let params = match args.kind {
        KindArg::Totp => OtpParams::totp(algorithm, args.digits, args.period)?,
        KindArg::Hotp => OtpParams::hotp(algorithm, args.digits, args.counter)?,
        KindArg::Steam => OtpParams::steam(args.period)?,
    };
    let secret_text = if io::stdin().is_terminal() {
        Zeroizing::new(
            rpassword::prompt_password("Secret (base32): ")
                .map_err(|e| fail("io.stdin", format!("cannot read the secret: {e}")))?,
        )
    } else {
        let mut line = Zeroizing::new(String::new());
        io::stdin().lock().read_line(&mut line).map_err(|e| {
            fail(
                "io.stdin",
                format!("cannot read the secret from stdin: {e}"),
            )
        })?;
        line
    };
    let secret = Secret::from_base32(&secret_text)?;
    Ok(UriAccount {
        issuer,
        account,
        params,
        secret,
    })
}

fn list(json: bool) -> Result<(), Failure> {
    let store = AccountStore::open_default()?;
    let dir = store.dir().to_path_buf();
    let accounts = store.list()?;
    if json {
        let records: Vec<_> = accounts.iter().map(Account::to_record).collect();
        let text =
            serde_json::to_string_pretty(&records).map_err(|e| fail("io.json", e.to_string()))?;
        out(text)?;
    } else if accounts.is_empty() {
        out("no accounts yet: add one with `mfa-companion add <otpauth URI>`")?;
    } else {
        for a in &accounts {
            let schedule = match (a.params.period(), a.params.counter()) {
                (_, Some(c)) => format!("counter {c}"),
                (Some(p), _) => format!("{p}s"),
                _ => String::new(),
            };
            out(format!(
                "{}  {:<5} {:<6} {}d {:<10} {}",
                a.id,
                a.params.kind().as_str(),
                a.params.algorithm().as_str(),
                a.params.digits(),
                schedule,
                a.label()
            ))?;
        }
    }
    for line in servers::pending_lines(&dir) {
        if json {
            eprintln!("note: {line}");
        } else {
            out(line)?;
        }
    }
    Ok(())
}

fn code(query: &str, at: Option<u64>, json: bool) -> Result<(), Failure> {
    let store = AccountStore::open_default()?;
    let account = store.find(query)?;
    if at.is_some() && account.params.kind() == Kind::Hotp {
        return Err(fail(
            "cli.usage",
            "--at does not apply to HOTP accounts (their codes follow a counter, not the clock)",
        ));
    }
    let code = store.code(&account, at.unwrap_or_else(otp::unix_now))?;
    if json {
        out(
            json!({"code": code.code, "remaining": code.remaining, "period": code.period})
                .to_string(),
        )
    } else {
        out(&code.code)
    }
}

fn confirm(question: &str) -> Result<bool, Failure> {
    eprint!("{question} [y/N] ");
    let mut answer = String::new();
    io::stdin()
        .lock()
        .read_line(&mut answer)
        .map_err(|e| fail("io.stdin", e.to_string()))?;
    Ok(matches!(answer.trim(), "y" | "Y" | "yes" | "YES"))
}

fn remove(query: &str, yes: bool) -> Result<(), Failure> {
    let store = AccountStore::open_default()?;
    let account = store.find(query)?;
    if !yes {
        if !io::stdin().is_terminal() {
            return Err(fail(
                "cli.confirm",
                format!(
                    "removing {} deletes its secret for good: pass --yes to confirm",
                    account.label()
                ),
            ));
        }
        if !confirm(&format!(
            "Remove {} (id {}) and delete its secret for good?",
            account.label(),
            account.id
        ))? {
            return Err(fail("cli.cancelled", "nothing was removed"));
        }
    }
    let removed = store.remove(&account.id)?;
    out(format!("removed {} (id {})", removed.label(), removed.id))?;
    let vault = crate::storage::Vault::open(store.dir());
    if let Some((unused, used)) = store
        .keychain()
        .ok()
        .and_then(|k| vault.read(k).ok())
        .and_then(|c| c.entry(&removed.id).map(|e| e.counts()))
    {
        eprintln!(
            "note: its {} recovery codes ({unused} unused) stay in the vault: `mfa-companion recovery show {}`",
            unused + used,
            removed.id
        );
    }
    Ok(())
}

fn rename(query: &str, issuer: Option<String>, name: Option<String>) -> Result<(), Failure> {
    if issuer.is_none() && name.is_none() {
        return Err(fail("cli.usage", "give --issuer and/or --account"));
    }
    let store = AccountStore::open_default()?;
    let account = store.find(query)?;
    let renamed = store.rename(&account.id, issuer.as_deref(), name.as_deref())?;
    out(format!(
        "renamed {} to {}",
        account.label(),
        renamed.label()
    ))
}
