//! Import and export from the window. Import is two calls: [`Transfers::preview`] reads
//! the file (in Rust: the webview only ever sees labels, kinds and reasons, never a
//! secret) and keeps the plan; [`Transfers::commit`] stores the entries the user ticked,
//! in one transaction. Export renders in Rust and writes the file atomically. Tauri-free.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::Serialize;

use super::view::Codebook;
use crate::error::{Coded, ErrorReport};
use crate::i18n::Message;
use crate::import_export::export::{self, ExportFormat};
use crate::import_export::{self, Format, ImportError, Plan};

fn report(code: &'static str, message: Message) -> ErrorReport {
    ErrorReport::localized(code, message)
}

/// A pending import: the plan of the last preview.
#[derive(Default)]
pub struct Transfers {
    pending: Mutex<Option<(u64, Plan)>>,
    counter: std::sync::atomic::AtomicU64,
}

/// One line of the preview.
#[derive(Serialize)]
pub struct PreviewRow {
    /// Index to pass back to commit (new entries only).
    pub index: Option<usize>,
    /// `issuer:account`, or `entry N`.
    pub label: String,
    /// `new`, `duplicate` or `unusable`.
    pub status: &'static str,
    /// `totp`, `hotp`, `steam` (new entries).
    pub kind: Option<&'static str>,
    /// Why it cannot be imported, or that it is stored already.
    pub reason: Option<String>,
    /// How many recovery codes come with it.
    pub recovery_codes: usize,
}

/// What a file holds.
#[derive(Serialize)]
pub struct Preview {
    /// Pass back to commit.
    pub token: u64,
    /// The format read.
    pub format: &'static str,
    /// Whether it was encrypted.
    pub encrypted: bool,
    /// Every entry.
    pub rows: Vec<PreviewRow>,
}

/// What an export wrote.
#[derive(Serialize)]
pub struct Exported {
    /// Accounts written.
    pub exported: usize,
    /// The files written.
    pub files: Vec<String>,
    /// `label: reason` of accounts the format cannot carry.
    pub skipped: Vec<String>,
}

/// `~/x` -> `$HOME/x`.
pub(super) fn expand(path: &str) -> PathBuf {
    match (path.trim().strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => Path::new(&home).join(rest),
        _ => PathBuf::from(path.trim()),
    }
}

impl Transfers {
    /// Reads an import file and keeps its plan. `format` empty means "recognise it";
    /// `password` empty means none (an encrypted file then answers
    /// `import.needs_password`).
    pub fn preview(
        &self,
        book: &Codebook,
        path: &str,
        format: &str,
        password: &str,
    ) -> Result<Preview, ErrorReport> {
        if path.trim().is_empty() {
            return Err(report(
                "import.no_file",
                Message::new("window-import-no-file"),
            ));
        }
        let path = expand(path);
        let size = std::fs::metadata(&path)
            .map_err(|e| {
                report(
                    "import.io",
                    Message::new("window-import-cannot-read")
                        .arg("path", path.display().to_string())
                        .arg("detail", e.to_string()),
                )
            })?
            .len();
        if size > import_export::MAX_FILE as u64 {
            return Err(ImportError::TooLarge {
                size: usize::try_from(size).unwrap_or(usize::MAX),
            }
            .report());
        }
        let bytes = zeroize::Zeroizing::new(std::fs::read(&path).map_err(|e| {
            report(
                "import.io",
                Message::new("window-import-cannot-read")
                    .arg("path", path.display().to_string())
                    .arg("detail", e.to_string()),
            )
        })?);
        let format = match format.trim() {
            "" => import_export::detect(&bytes).map_err(|e| e.report())?,
            name => Format::from_name(name).ok_or_else(|| ImportError::UnknownFormat.report())?,
        };
        let password = Some(password).filter(|p| !p.is_empty());
        let parsed = import_export::read(&bytes, format, password).map_err(|e| e.report())?;
        let encrypted = parsed.encrypted;
        let store = book.store_ref()?;
        let existing = import_export::existing_secrets(store).map_err(|e| e.report())?;
        let plan = import_export::plan(parsed, &existing);
        let mut rows: Vec<PreviewRow> = plan
            .new
            .iter()
            .enumerate()
            .map(|(i, c)| PreviewRow {
                index: Some(i),
                label: c.label.clone(),
                status: "new",
                kind: c.item.as_ref().ok().map(|a| a.params.kind().as_str()),
                reason: None,
                recovery_codes: c.recovery.as_ref().map_or(0, |r| r.codes.len()),
            })
            .collect();
        rows.extend(plan.duplicates.iter().map(|label| PreviewRow {
            index: None,
            label: label.clone(),
            status: "duplicate",
            kind: None,
            reason: Some(crate::i18n::Message::new("import-reason-same-account").text()),
            recovery_codes: 0,
        }));
        rows.extend(plan.unusable.iter().map(|(label, reason)| PreviewRow {
            index: None,
            label: label.clone(),
            status: "unusable",
            kind: None,
            reason: Some(reason.text()),
            recovery_codes: 0,
        }));
        let token = self
            .counter
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed)
            + 1;
        let format = plan.format.name();
        *self.pending.lock().unwrap_or_else(|p| p.into_inner()) = Some((token, plan));
        Ok(Preview {
            token,
            format,
            encrypted,
            rows,
        })
    }

    /// Stores the ticked entries of the last preview; returns how many were imported.
    pub fn commit(
        &self,
        book: &Codebook,
        token: u64,
        selected: &[usize],
    ) -> Result<usize, ErrorReport> {
        let taken = self
            .pending
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .take();
        let Some((held, mut plan)) = taken.filter(|(t, _)| *t == token) else {
            return Err(report("import.stale", Message::new("window-import-stale")));
        };
        let mut index = 0;
        plan.new.retain(|_| {
            index += 1;
            selected.contains(&(index - 1))
        });
        let store = book.store_ref()?;
        let added = import_export::apply(&plan, store);
        if added.is_err() {
            // Keep the preview so the user can try again.
            *self.pending.lock().unwrap_or_else(|p| p.into_inner()) = Some((held, plan));
        }
        added.map(|a| a.len()).map_err(|e| e.report())
    }

    /// Writes every account in `format` to `path` (encrypted formats need `password`).
    pub fn export(
        &self,
        book: &Codebook,
        format: &str,
        path: &str,
        password: &str,
    ) -> Result<Exported, ErrorReport> {
        let format = ExportFormat::from_name(format)
            .ok_or_else(|| report("export.format", Message::new("window-export-format")))?;
        if path.trim().is_empty() {
            return Err(report(
                "export.no_file",
                Message::new("window-export-no-file"),
            ));
        }
        let path = expand(path);
        let password = Some(password).filter(|p| !p.is_empty());
        let store = book.store_ref()?;
        let items = export::gather(store).map_err(|e| e.report())?;
        let rendered = export::render(format, &items, password, crate::otp::unix_now())
            .map_err(|e| e.report())?;
        let paths = rendered.write_to(&path).map_err(|e| e.report())?;
        Ok(Exported {
            exported: rendered.exported,
            files: paths.iter().map(|p| p.display().to_string()).collect(),
            skipped: rendered
                .skipped
                .iter()
                .map(|(l, r)| format!("{l}: {r}"))
                .collect(),
        })
    }
}
