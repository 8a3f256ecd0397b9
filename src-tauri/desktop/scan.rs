//! Scanning the screen or a clipboard image from the window (Add, "Screen" tab, and
//! Ctrl+V): the accounts found are shown by name and type for the user to pick, with
//! those already stored and those unusable named; the picked ones are stored. Tauri-free:
//! the scan is [`crate::screen`]. What was found stays in this process's memory (never
//! in the webview: it gets names, not secrets) until it is added or a new scan replaces it.

use std::sync::Mutex;

use serde::Serialize;

use super::view::{CodeRow, Codebook};
use crate::account::Source;
use crate::error::{Coded, ErrorReport};
use crate::i18n::Localized as _;
use crate::import_export::{self, Candidate, Format, Parsed};
use crate::screen;

/// The accounts of the last scan that can be added.
static FOUND: Mutex<Vec<Candidate>> = Mutex::new(Vec::new());

/// One account found, as the window shows it (no secret).
#[derive(Debug, Clone, Serialize)]
pub struct ScanItem {
    /// Its place among those that can be added (`None` for the others).
    pub index: Option<usize>,
    /// `issuer:account`
    pub label: String,
    /// `TOTP`, `HOTP` or `STEAM`, when known
    pub kind: Option<String>,
    /// why it is not offered: already stored, or cannot be used
    pub reason: Option<String>,
}

/// What a scan found.
#[derive(Debug, Clone, Serialize)]
pub struct ScanView {
    /// Accounts, those that can be added first.
    pub items: Vec<ScanItem>,
    /// Other codes, described ("a web address (example.com)").
    pub others: Vec<String>,
    /// Google Authenticator export batches: (this one, of how many).
    pub batches: Vec<(i32, i32)>,
}

impl Codebook {
    /// Scans the screen (`from_screen`) or the clipboard's image and keeps what can be
    /// added for [`Codebook::add_scanned`].
    pub fn scan(&self, from_screen: bool) -> Result<ScanView, ErrorReport> {
        let scan = if from_screen {
            screen::scan_screen()
        } else {
            screen::scan_clipboard()
        }
        .map_err(|e| e.report())?;
        let store = self.store_ref()?;
        let existing = import_export::existing_secrets(store).map_err(|e| e.report())?;
        let parsed = Parsed {
            format: Format::QrImage,
            encrypted: false,
            entries: scan.found,
        };
        let plan = import_export::plan(parsed, &existing);
        let mut items: Vec<ScanItem> = plan
            .new
            .iter()
            .enumerate()
            .map(|(i, c)| ScanItem {
                index: Some(i),
                label: c.label.clone(),
                kind: c
                    .item
                    .as_ref()
                    .ok()
                    .map(|a| a.params.kind().as_str().to_uppercase()),
                reason: None,
            })
            .collect();
        items.extend(plan.duplicates.iter().map(|d| ScanItem {
            index: None,
            label: d.clone(),
            kind: None,
            reason: Some(crate::i18n::Message::new("import-reason-duplicate").text()),
        }));
        items.extend(plan.unusable.iter().map(|(label, why)| ScanItem {
            index: None,
            label: label.clone(),
            kind: None,
            reason: Some(why.text()),
        }));
        *FOUND.lock().unwrap_or_else(|p| p.into_inner()) = plan.new;
        Ok(ScanView {
            items,
            others: scan.others.iter().map(|o| o.message().text()).collect(),
            batches: scan.batches,
        })
    }

    /// Stores the accounts of the last scan at `picks` (indexes from [`ScanItem`]).
    pub fn add_scanned(&self, picks: &[usize]) -> Result<Vec<CodeRow>, ErrorReport> {
        let found = std::mem::take(&mut *FOUND.lock().unwrap_or_else(|p| p.into_inner()));
        let chosen: Vec<Candidate> = found
            .into_iter()
            .enumerate()
            .filter(|(i, _)| picks.contains(i))
            .map(|(_, c)| c)
            .collect();
        if chosen.is_empty() {
            return Err(ErrorReport::localized(
                "screen.nothing_picked",
                crate::i18n::Message::new("window-nothing-picked"),
            ));
        }
        self.add_found(chosen, Source::Uri)
    }
}
