//! `add --from-screen` and `add --from-clipboard`: the QR codes on the screen (or in a
//! clipboard image) through the import plan: the accounts found are listed (issuer,
//! account, type), duplicates and unusable ones named, other codes described, and the
//! user asked before anything is stored (`-y` adds them all). In a Wayland session the
//! screen comes through the desktop's screenshot portal, which may ask the user first.

use std::io::IsTerminal;

use super::{confirm, fail, out, say, tell, Failure};
use crate::i18n::Message;
use crate::import_export::{self, Format, Parsed};
use crate::screen;
use crate::storage::AccountStore;

pub(super) fn add_scanned(from_screen: bool, yes: bool) -> Result<(), Failure> {
    let scan = if from_screen {
        if crate::portal::on_wayland() {
            tell(Message::new("cli-scan-asking"));
        }
        screen::scan_screen()?
    } else {
        screen::scan_clipboard()?
    };
    for (n, of) in &scan.batches {
        say((if n < of {
            Message::new("cli-scan-batch-more")
        } else {
            Message::new("cli-scan-batch")
        })
        .arg("n", *n)
        .arg("of", *of))?;
    }
    for other in &scan.others {
        say(Message::new("cli-scan-not-an-account").arg("what", other.to_string()))?;
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
        say(Message::new("cli-scan-already-stored").arg("label", d.clone()))?;
    }
    for (label, reason) in &plan.unusable {
        say(Message::new("cli-scan-cannot-add")
            .arg("label", label.clone())
            .arg("reason", reason.text()))?;
    }
    let news = plan.usable();
    if news.is_empty() {
        return say(Message::new("cli-scan-nothing-new"));
    }
    say(Message::new("cli-scan-found").arg("count", news.len()))?;
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
            return Err(fail("cli.confirm", Message::new("cli-scan-needs-yes")));
        }
        if !confirm(Message::new("cli-backup-restore-question").arg("count", news.len()))? {
            return say(Message::new("cli-scan-nothing-added"));
        }
    }
    let added = import_export::apply(&plan, &store)?;
    for a in &added {
        say(Message::new("cli-accounts-added")
            .arg("label", a.label())
            .arg("id", a.id.clone()))?;
    }
    Ok(())
}
