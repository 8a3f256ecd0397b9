//! The window's issuer icons: the bundled set's paths for the slugs on screen, the set's
//! list for the icon picker, and the user's choice for one account (a logo of the set,
//! the letter, or an image file of the user's, read and checked here, never by the
//! page). Thin wrappers over [`crate::issuer_icons`] and [`crate::storage::icons`].

use std::collections::HashMap;

use serde::Serialize;
use tauri::State;

use super::view::Codebook;
use crate::error::{Coded, ErrorReport};
use crate::issuer_icons::{image, set};
use crate::storage::icons::IconChoice;
use crate::storage::StorageError;

/// One icon of the set, as the picker lists it.
#[derive(Debug, Clone, Serialize)]
pub struct SetIcon {
    /// the value to choose it by
    pub slug: &'static str,
    /// the brand's name
    pub title: &'static str,
}

/// The SVG paths of the bundled issuer icons named (the rows carry only their slugs);
/// unknown slugs are left out.
#[tauri::command]
pub fn issuer_icon_paths(slugs: Vec<String>) -> HashMap<String, &'static str> {
    slugs
        .into_iter()
        .take(set::all().len())
        .filter_map(|s| set::by_slug(&s).map(|e| (s, e.path.as_str())))
        .collect()
}

/// Every icon of the set, sorted by title, for the picker.
#[tauri::command]
pub fn issuer_icon_list() -> Vec<SetIcon> {
    let mut all: Vec<SetIcon> = set::all()
        .iter()
        .map(|e| SetIcon {
            slug: &e.slug,
            title: &e.title,
        })
        .collect();
    all.sort_by_key(|i| i.title.to_lowercase());
    all
}

/// Chooses an account's icon: a slug of the set or "letter"; `None` goes back to the
/// icon its issuer matches.
#[tauri::command]
pub fn set_account_icon(
    book: State<'_, Codebook>,
    id: String,
    icon: Option<String>,
) -> Result<(), ErrorReport> {
    let choice = icon.as_deref().map(IconChoice::parse).transpose();
    let choice = choice.map_err(|e| e.report())?;
    let store = book.store_ref()?;
    store
        .set_icon(&id, choice)
        .map(|_| ())
        .map_err(|e| e.report())
}

/// Makes an image file of the user's an account's icon. The file is read and checked in
/// Rust (size, kind, a safe SVG); a refused one changes nothing and says why.
#[tauri::command]
pub fn set_account_icon_file(
    book: State<'_, Codebook>,
    id: String,
    path: String,
) -> Result<(), ErrorReport> {
    let checked = image::from_file(&super::transfer::expand(&path))
        .map_err(|e| StorageError::from(e).report())?;
    let store = book.store_ref()?;
    store
        .set_icon(&id, Some(IconChoice::from(checked)))
        .map(|_| ())
        .map_err(|e| e.report())
}
