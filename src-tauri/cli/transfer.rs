//! `import` and `export`: moving accounts in from other apps and out to them or to a
//! backup. Passwords come from a prompt or, with `--password-stdin`, from the first line
//! of stdin; they are never arguments. Reading a file and writing an encrypted export
//! show progress on a terminal when the key derivation is slow (`progress.rs`).

use std::io::{self, BufRead, IsTerminal, Read};
use std::path::{Path, PathBuf};

use clap::Args;
use serde_json::json;
use zeroize::Zeroizing;

use super::{confirm, fail, out, say, tell, Failure};
use crate::i18n::{t, Message};
use crate::import_export::export::{self, ExportFormat};
use crate::import_export::{self, Format, ImportError, Parsed, Password};
use crate::otp;
use crate::storage::AccountStore;

const IMPORT_FORMATS: [&str; 30] = [
    "otpauth",
    "google",
    "aegis",
    "2fas",
    "bitwarden",
    "andotp",
    "freeotp-plus",
    "ente",
    "backup",
    "qr-image",
    "keepass",
    "proton-authenticator",
    "authenticator-pro",
    "steam",
    "bitwarden-csv",
    "lastpass",
    "google-authenticator-db",
    "microsoft-authenticator",
    "authenticator-pro-db",
    "authy",
    "battle-net",
    "freeotp-xml",
    "duo",
    "totp-authenticator-xml",
    "1password",
    "proton-pass",
    "raivo",
    "totp-authenticator",
    "freeotp-backup",
    "authenticator-plus",
];

// `import` arguments.
#[derive(Args)]
pub(super) struct ImportArgs {
    file: PathBuf,
    #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(IMPORT_FORMATS))]
    format: Option<String>,
    #[arg(long)]
    dry_run: bool,
    #[arg(long)]
    password_stdin: bool,
    #[arg(long)]
    json: bool,
}

// `export` arguments.
#[derive(Args)]
pub(super) struct ExportArgs {
    #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(ExportFormat::ALL.map(ExportFormat::name)))]
    format: String,
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    #[arg(long)]
    password_stdin: bool,
    #[arg(long, short = 'y')]
    yes: bool,
}

pub(super) fn stdin_line() -> Result<Password, Failure> {
    let mut line = Zeroizing::new(String::new());
    io::stdin().lock().read_line(&mut line).map_err(|e| {
        fail(
            "io.stdin",
            Message::new("cli-transfer-password-stdin-unreadable").arg("error", e.to_string()),
        )
    })?;
    let trimmed = Zeroizing::new(line.trim_end_matches(['\n', '\r']).to_string());
    if trimmed.is_empty() {
        return Err(fail(
            "cli.password",
            Message::new("cli-transfer-password-stdin-empty"),
        ));
    }
    Ok(trimmed)
}

pub(super) fn prompt(question: &str) -> Result<Password, Failure> {
    rpassword::prompt_password(question)
        .map(Zeroizing::new)
        .map_err(|e| {
            fail(
                "cli.password",
                Message::new("cli-transfer-cannot-ask").arg("error", e.to_string()),
            )
        })
}

pub(super) fn read_input(path: &Path) -> Result<Zeroizing<Vec<u8>>, Failure> {
    let mut bytes = Zeroizing::new(Vec::new());
    if path == Path::new("-") {
        io::stdin()
            .take(import_export::MAX_FILE as u64 + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| {
                fail(
                    "io.stdin",
                    Message::new("cli-mod-stdin").arg("error", e.to_string()),
                )
            })?;
    } else {
        let unreadable = |e: io::Error| {
            fail(
                "import.io",
                Message::new("cli-transfer-unreadable")
                    .arg("path", path.display().to_string())
                    .arg("error", e.to_string()),
            )
        };
        let size = std::fs::metadata(path).map_err(unreadable)?.len();
        if size > import_export::MAX_FILE as u64 {
            return Err(ImportError::TooLarge {
                size: usize::try_from(size).unwrap_or(usize::MAX),
            }
            .into());
        }
        *bytes = std::fs::read(path).map_err(unreadable)?;
    }
    Ok(bytes)
}

/// Reads the file, asking for its password when it turns out to be encrypted.
fn parse(args: &ImportArgs, bytes: &[u8]) -> Result<Parsed, Failure> {
    let format = match &args.format {
        Some(name) => Format::from_name(name).ok_or(ImportError::UnknownFormat)?,
        None => import_export::detect(bytes)?,
    };
    let given = if args.password_stdin {
        Some(stdin_line()?)
    } else {
        None
    };
    match read_showing_progress(bytes, format, given.as_deref().map(|s| s.as_str())) {
        Err(ImportError::NeedsPassword { format: name }) if given.is_none() => {
            if !io::stdin().is_terminal() || args.file == Path::new("-") {
                return Err(ImportError::NeedsPassword { format: name }.into());
            }
            let password = prompt(
                &Message::new("cli-transfer-file-password")
                    .arg("format", name)
                    .text(),
            )?;
            Ok(read_showing_progress(bytes, format, Some(&password))?)
        }
        other => Ok(other?),
    }
}

/// [`import_export::read`], with progress on a terminal when it is slow: with a
/// password, the key derivation is what takes the time.
fn read_showing_progress(
    bytes: &[u8],
    format: Format,
    password: Option<&str>,
) -> Result<Parsed, ImportError> {
    let what = match password {
        Some(_) => Message::new("cli-transfer-deriving"),
        None => Message::new("cli-transfer-reading"),
    }
    .arg("format", format.name())
    .text();
    super::progress::run(&what, || import_export::read(bytes, format, password))
}

pub(super) fn import(args: ImportArgs) -> Result<(), Failure> {
    if args.password_stdin && args.file == Path::new("-") {
        return Err(fail(
            "cli.usage",
            Message::new("cli-transfer-password-stdin-path"),
        ));
    }
    let bytes = read_input(&args.file)?;
    let parsed = parse(&args, &bytes)?;
    let (format, encrypted) = (parsed.format, parsed.encrypted);
    let store = AccountStore::open_default()?;
    let existing = import_export::existing_secrets(&store)?;
    let plan = import_export::plan(parsed, &existing);
    let imported = if args.dry_run {
        Vec::new()
    } else {
        import_export::apply(&plan, &store)?
    };
    let recovery: usize = plan
        .new
        .iter()
        .filter_map(|c| c.recovery.as_ref())
        .map(|r| r.codes.len())
        .sum();
    if args.json {
        let new: Vec<_> = if args.dry_run {
            plan.new.iter().map(|c| json!({"label": c.label})).collect()
        } else {
            imported
                .iter()
                .map(|a| json!({"id": a.id, "label": a.label()}))
                .collect()
        };
        let unusable: Vec<_> = plan
            .unusable
            .iter()
            .map(|(label, reason)| json!({"label": label, "reason": reason.to_string()}))
            .collect();
        return out(json!({
            "format": format.name(),
            "encrypted": encrypted,
            "dry_run": args.dry_run,
            "imported": new,
            "recovery_codes": recovery,
            "duplicates": plan.duplicates,
            "unusable": unusable,
        })
        .to_string());
    }
    let total = plan.new.len() + plan.duplicates.len() + plan.unusable.len();
    say((if encrypted {
        Message::new("cli-transfer-read-encrypted")
    } else {
        Message::new("cli-transfer-read")
    })
    .arg("count", total)
    .arg("format", format.name()))?;
    if args.dry_run {
        for c in &plan.new {
            say(Message::new("cli-transfer-would-import").arg("label", c.label.clone()))?;
        }
    } else {
        for a in &imported {
            say(Message::new("cli-transfer-imported")
                .arg("label", a.label())
                .arg("id", a.id.clone()))?;
        }
        if recovery > 0 {
            say(Message::new("cli-transfer-recovery-restored").arg("count", recovery))?;
        }
    }
    for d in &plan.duplicates {
        say(Message::new("cli-transfer-skipped").arg("label", d.clone()))?;
    }
    for (label, reason) in &plan.unusable {
        say(Message::new("cli-transfer-unusable")
            .arg("label", label.clone())
            .arg("reason", reason.text()))?;
    }
    let n = if args.dry_run {
        plan.new.len()
    } else {
        imported.len()
    };
    say((if args.dry_run {
        Message::new("cli-transfer-summary-dry-run")
    } else {
        Message::new("cli-transfer-summary")
    })
    .arg("count", n)
    .arg("duplicates", plan.duplicates.len())
    .arg("unusable", plan.unusable.len()))
}

pub(super) fn export_cmd(args: ExportArgs) -> Result<(), Failure> {
    let format = ExportFormat::from_name(&args.format)
        .ok_or_else(|| fail("cli.usage", Message::new("cli-transfer-unknown-format")))?;
    if args.out.is_none() && format != ExportFormat::Otpauth {
        return Err(fail(
            "cli.usage",
            Message::new("cli-transfer-out-needed").arg("format", format.name()),
        ));
    }
    let store = AccountStore::open_default()?;
    let count = store.list()?.len();
    let target = args
        .out
        .as_ref()
        .map_or_else(|| t("cli-transfer-stdout"), |p| p.display().to_string());
    if !args.yes {
        if args.password_stdin || !io::stdin().is_terminal() {
            return Err(fail(
                "cli.confirm",
                Message::new("cli-transfer-export-needs-yes"),
            ));
        }
        let question = Message::new("cli-transfer-export-question")
            .arg("count", count)
            .arg("target", target)
            .arg("format", format.name());
        if !confirm(question)? {
            return Err(fail(
                "cli.cancelled",
                Message::new("cli-transfer-nothing-exported"),
            ));
        }
    }
    let password = if !format.encrypted() {
        tell(Message::new("cli-transfer-plain-warning").arg("format", format.name()));
        None
    } else if args.password_stdin {
        Some(stdin_line()?)
    } else {
        let first = prompt(&t("cli-transfer-export-password"))?;
        let again = prompt(&t("cli-transfer-export-password-again"))?;
        if first != again {
            return Err(fail(
                "cli.password",
                Message::new("cli-transfer-passwords-differ"),
            ));
        }
        if first.is_empty() {
            return Err(fail(
                "cli.password",
                Message::new("cli-transfer-password-empty"),
            ));
        }
        Some(first)
    };
    let items = export::gather(&store)?;
    let what = Message::new("cli-transfer-writing")
        .arg("format", format.name())
        .text();
    let rendered = super::progress::run(&what, || {
        export::render(
            format,
            &items,
            password.as_deref().map(|s| s.as_str()),
            otp::unix_now(),
        )
    })?;
    for (label, reason) in &rendered.skipped {
        tell(
            Message::new("cli-transfer-left-out")
                .arg("label", label.clone())
                .arg("reason", reason.clone()),
        );
    }
    let Some(path) = &args.out else {
        for f in &rendered.files {
            super::out(String::from_utf8_lossy(f).trim_end())?;
        }
        return Ok(());
    };
    let paths = rendered.write_to(path)?;
    let shown: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    say(Message::new("cli-transfer-exported")
        .arg("count", rendered.exported)
        .arg("format", format.name())
        .arg("files", shown.join(", ")))
}
