//! `add --from-screen` and `add --from-clipboard`: the QR codes on the screen (or in a
//! clipboard image) through the import plan: the accounts found are listed (issuer,
//! account, type), duplicates and unusable ones named, other codes described, and the
//! user asked before anything is stored (`-y` adds them all). In a Wayland session the
//! screen comes through the desktop's screenshot portal, which may ask the user first.

use std::io::IsTerminal;

use super::{confirm, fail, out, Failure};
use crate::import_export::{self, Format, Parsed};
use crate::screen;
use crate::storage::AccountStore;

pub(super) fn add_scanned(from_screen: bool, yes: bool) -> Result<(), Failure> {
    let scan = if from_screen {
        if crate::portal::on_wayland() {
            eprintln!("note: asking the desktop for a screenshot (it may ask you to allow it)");
        }
        screen::scan_screen()?
    } else {
        screen::scan_clipboard()?
    };
    for (n, of) in &scan.batches {
        out(format!(
            "Google Authenticator export: batch {n} of {of} scanned{}",
            if n < of {
                "; show the next code and scan again for the rest"
            } else {
                ""
            }
        ))?;
    }
    for other in &scan.others {
        out(format!("skipped a QR code holding {other}: not an account"))?;
    }
    let store = AccountStore::open_default()?;
    let existing = import_export::existing_secrets(&store)?;
    let parsed = Parsed {
        format: Format::QrImage,
        encrypted: false,
        entries: scan.found,
    };
    let plan = import_export::plan(parsed, &existing);
    for d in &plan.duplicates {
        out(format!("already stored: {d}"))?;
    }
    for (label, reason) in &plan.unusable {
        out(format!("cannot add {label}: {reason}"))?;
    }
    let news = plan.usable();
    if news.is_empty() {
        return out("nothing new to add");
    }
    out(format!("found {} account(s):", news.len()))?;
    for a in &news {
        let name = match (a.issuer.is_empty(), a.account.is_empty()) {
            (true, _) => a.account.clone(),
            (false, true) => a.issuer.clone(),
            _ => format!("{} ({})", a.issuer, a.account),
        };
        out(format!(
            "  {name}, {}",
            a.params.kind().as_str().to_uppercase()
        ))?;
    }
    if !yes {
        if !std::io::stdin().is_terminal() {
            return Err(fail(
                "cli.confirm",
                "nothing was added: confirm on a terminal, or pass -y to add them all",
            ));
        }
        if !confirm(&format!("Add {} account(s)?", news.len()))? {
            return out("nothing was added");
        }
    }
    let added = import_export::apply(&plan, &store)?;
    for a in &added {
        out(format!("added {} (id {})", a.label(), a.id))?;
    }
    Ok(())
}
