//! `import` and `export`: moving accounts in from other apps and out to them or to a
//! backup. Passwords come from a prompt or, with `--password-stdin`, from the first line
//! of stdin; they are never arguments. Reading a file and writing an encrypted export
//! show progress on a terminal when the key derivation is slow (`progress.rs`).

use std::io::{self, BufRead, IsTerminal, Read};
use std::path::{Path, PathBuf};

use clap::Args;
use serde_json::json;
use zeroize::Zeroizing;

use super::{confirm, fail, out, Failure};
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
            format!("cannot read the password from stdin: {e}"),
        )
    })?;
    let trimmed = Zeroizing::new(line.trim_end_matches(['\n', '\r']).to_string());
    if trimmed.is_empty() {
        return Err(fail("cli.password", "the password on stdin is empty"));
    }
    Ok(trimmed)
}

pub(super) fn prompt(question: &str) -> Result<Password, Failure> {
    rpassword::prompt_password(question)
        .map(Zeroizing::new)
        .map_err(|e| {
            fail(
                "cli.password",
                format!("cannot ask for the password ({e}): use --password-stdin"),
            )
        })
}

pub(super) fn read_input(path: &Path) -> Result<Zeroizing<Vec<u8>>, Failure> {
    let mut bytes = Zeroizing::new(Vec::new());
    if path == Path::new("-") {
        io::stdin()
            .take(import_export::MAX_FILE as u64 + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| fail("io.stdin", format!("cannot read stdin: {e}")))?;
    } else {
        let shown = path.display();
        let size = std::fs::metadata(path)
            .map_err(|e| fail("import.io", format!("cannot read {shown}: {e}")))?
            .len();
        if size > import_export::MAX_FILE as u64 {
            return Err(ImportError::TooLarge {
                size: usize::try_from(size).unwrap_or(usize::MAX),
            }
            .into());
        }
        *bytes = std::fs::read(path)
            .map_err(|e| fail("import.io", format!("cannot read {shown}: {e}")))?;
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
            let password = prompt(&format!("Password of the {name} file: "))?;
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
        Some(_) => format!("deriving the key for this {} file", format.name()),
        None => format!("reading this {} file", format.name()),
    };
    super::progress::run(&what, || import_export::read(bytes, format, password))
}

pub(super) fn import(args: ImportArgs) -> Result<(), Failure> {
    if args.password_stdin && args.file == Path::new("-") {
        return Err(fail(
            "cli.usage",
            "--password-stdin needs the file as a path, not `-`",
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
            .map(|(label, reason)| json!({"label": label, "reason": reason}))
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
    let kind = if encrypted { ", encrypted" } else { "" };
    let total = plan.new.len() + plan.duplicates.len() + plan.unusable.len();
    out(format!("read {total} entries ({}{kind})", format.name()))?;
    if args.dry_run {
        for c in &plan.new {
            out(format!("would import {}", c.label))?;
        }
    } else {
        for a in &imported {
            out(format!("imported {} (id {})", a.label(), a.id))?;
        }
        if recovery > 0 {
            out(format!("restored {recovery} recovery codes"))?;
        }
    }
    for d in &plan.duplicates {
        out(format!(
            "skipped {d}: already stored (same secret and issuer)"
        ))?;
    }
    for (label, reason) in &plan.unusable {
        out(format!("could not import {label}: {reason}"))?;
    }
    let n = if args.dry_run {
        plan.new.len()
    } else {
        imported.len()
    };
    out(format!(
        "{} {n}, skipped {} duplicates, {} could not be imported{}",
        if args.dry_run {
            "would import"
        } else {
            "imported"
        },
        plan.duplicates.len(),
        plan.unusable.len(),
        if args.dry_run {
            " (dry run: nothing was stored)"
        } else {
            ""
        }
    ))
}

pub(super) fn export_cmd(args: ExportArgs) -> Result<(), Failure> {
    let format = ExportFormat::from_name(&args.format)
        .ok_or_else(|| fail("cli.usage", "unknown export format"))?;
    if args.out.is_none() && format != ExportFormat::Otpauth {
        return Err(fail(
            "cli.usage",
            format!("--out FILE is needed for the {} format", format.name()),
        ));
    }
    let store = AccountStore::open_default()?;
    let count = store.list()?.len();
    let target = args.out.as_ref().map_or_else(
        || "standard output".to_string(),
        |p| p.display().to_string(),
    );
    if !args.yes {
        if args.password_stdin || !io::stdin().is_terminal() {
            return Err(fail(
                "cli.confirm",
                "an export holds every secret: pass --yes to confirm",
            ));
        }
        let question = format!(
            "Export {count} accounts with their secrets to {target} ({})?",
            format.name()
        );
        if !confirm(&question)? {
            return Err(fail("cli.cancelled", "nothing was exported"));
        }
    }
    let password = if !format.encrypted() {
        eprintln!(
            "warning: a {} export holds your secrets in plain text: anyone who reads it can make your codes. Move it to the other app, then delete it.",
            format.name()
        );
        None
    } else if args.password_stdin {
        Some(stdin_line()?)
    } else {
        let first = prompt("Password for the export: ")?;
        let again = prompt("The same password again: ")?;
        if first != again {
            return Err(fail(
                "cli.password",
                "the passwords differ; nothing was exported",
            ));
        }
        if first.is_empty() {
            return Err(fail(
                "cli.password",
                "the password is empty; nothing was exported",
            ));
        }
        Some(first)
    };
    let items = export::gather(&store)?;
    let what = format!("writing the {} export", format.name());
    let rendered = super::progress::run(&what, || {
        export::render(
            format,
            &items,
            password.as_deref().map(|s| s.as_str()),
            otp::unix_now(),
        )
    })?;
    for (label, reason) in &rendered.skipped {
        eprintln!("warning: {label} was left out: {reason}");
    }
    let Some(path) = &args.out else {
        for f in &rendered.files {
            super::out(String::from_utf8_lossy(f).trim_end())?;
        }
        return Ok(());
    };
    let paths = rendered.write_to(path)?;
    let shown: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    out(format!(
        "exported {} account{} ({}) to {}",
        rendered.exported,
        if rendered.exported == 1 { "" } else { "s" },
        format.name(),
        shown.join(", ")
    ))
}
