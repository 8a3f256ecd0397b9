//! `icon` and `icons`: which logo an account shows (the one its issuer matches in the
//! bundled set, another icon of the set, or its letter avatar), and what the set holds.

use std::path::Path;

use super::{locale, out, say, Failure};
use crate::i18n::Message;
use crate::issuer_icons::{image, set, Icon};
use crate::storage::icons::IconChoice;
use crate::storage::{AccountStore, StorageError};

/// Prints, sets (`NAME`: a slug, title or "letter"; `--file`: an image of the user's) or
/// forgets (`--auto`) the icon of one account. An image is checked before the store is
/// touched.
pub(super) fn icon(
    query: &str,
    name: Option<&str>,
    file: Option<&Path>,
    auto: bool,
) -> Result<(), Failure> {
    let image = file
        .map(image::from_file)
        .transpose()
        .map_err(StorageError::from)?;
    let store = AccountStore::open_default()?;
    let account = store.find(query)?;
    if let Some(checked) = image {
        store.set_icon(&account.id, Some(IconChoice::from(checked)))?;
    } else if auto || name.is_some() {
        let choice = name.map(IconChoice::parse).transpose()?;
        store.set_icon(&account.id, choice)?;
    }
    let chosen = store.organised()?.icons.remove(&account.id);
    let shown = Icon::shown(chosen.as_ref(), &account.issuer, &account.account);
    let how = match (&chosen, &shown) {
        (Some(_), _) => Message::new("cli-icons-chosen"),
        (None, Icon::Set { .. }) => Message::new("cli-icons-matched"),
        (None, _) => Message::new("cli-icons-none-matches"),
    };
    let what = match &shown {
        Icon::Set { slug, title, .. } => format!("{title} ({slug})"),
        Icon::Image { mime, data } => Message::new("cli-icons-image")
            .arg(
                "kind",
                if mime == "image/svg+xml" {
                    "SVG"
                } else {
                    "PNG"
                },
            )
            .arg("bytes", locale::number((data.len() * 3 / 4) as u64))
            .text(),
        Icon::Letter { letter, .. } => Message::new("cli-icons-letter")
            .arg("letter", letter.to_string())
            .text(),
    };
    say(Message::new("cli-icons-shows")
        .arg("label", account.label())
        .arg("id", account.id.clone())
        .arg("what", what)
        .nested("how", how))
}

/// Lists the bundled set's icons whose slug, title or alias contains `query`.
pub(super) fn icons(query: Option<&str>) -> Result<(), Failure> {
    let want = query.map(set::key).unwrap_or_default();
    let lines: Vec<String> = set::all()
        .iter()
        .filter(|e| {
            want.is_empty()
                || std::iter::once(&e.slug)
                    .chain(std::iter::once(&e.title))
                    .chain(e.aka.iter())
                    .any(|n| set::key(n).contains(&want))
        })
        .map(|e| format!("{:<20} {}", e.slug, e.title))
        .collect();
    if lines.is_empty() {
        return say(Message::new("cli-icons-no-match")
            .arg("query", format!("{:?}", query.unwrap_or_default())));
    }
    out(lines.join("\n"))
}
