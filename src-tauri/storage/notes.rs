//! Notes: a line or a few of the user's own text per account ("backup phone has it",
//! "recovery sheet in the safe"). They may say more than a name does, so they live in the
//! vault's encrypted part beside the secrets (reading them needs the data key, like a
//! code), are zeroized on drop, and go with an account when it is removed.

use std::collections::BTreeMap;

use zeroize::Zeroizing;

use super::{AccountStore, NoteProblem, StorageError};

/// The longest note, in characters.
pub const MAX_NOTE_CHARS: usize = 1000;

/// A note's text. No `Debug`.
pub type Note = Zeroizing<String>;

/// Checks a note as typed: trimmed; empty means no note. Line breaks and tabs are kept,
/// other control characters refused.
pub fn validate_note(raw: &str) -> Result<Option<Note>, StorageError> {
    let note = raw.trim();
    let problem = if note.chars().count() > MAX_NOTE_CHARS {
        NoteProblem::TooLong
    } else if note
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        NoteProblem::Control
    } else if note.is_empty() {
        return Ok(None);
    } else {
        return Ok(Some(Zeroizing::new(note.to_string())));
    };
    Err(StorageError::Note { problem })
}

/// A note as an import carries it: other control characters dropped, cut to
/// [`MAX_NOTE_CHARS`], trimmed; `None` when nothing is left. An import does not fail over
/// a note.
pub fn imported(raw: &str) -> Option<Note> {
    let cleaned: String = raw
        .chars()
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .take(MAX_NOTE_CHARS)
        .collect();
    validate_note(&Zeroizing::new(cleaned)).ok().flatten()
}

impl AccountStore {
    /// Every account's note by account id (needs the data key: the notes are encrypted).
    pub fn notes(&self) -> Result<BTreeMap<String, Note>, StorageError> {
        Ok(self.open_vault()?.private.notes)
    }

    /// Sets (or with `None` or an empty text, removes) one account's note; returns the
    /// note as stored.
    pub fn set_note(&self, id: &str, note: Option<&str>) -> Result<Option<Note>, StorageError> {
        let note = note.map(validate_note).transpose()?.flatten();
        self.update(|accounts, opened| {
            super::write::by_id(accounts, id)?;
            match &note {
                Some(n) => {
                    opened.private.notes.insert(id.to_string(), n.clone());
                }
                None => {
                    opened.private.notes.remove(id);
                }
            }
            Ok(note)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_are_trimmed_keep_line_breaks_and_refuse_other_controls() {
        let kept = validate_note("  spare key\n\tin the safe  ")
            .unwrap()
            .unwrap();
        assert_eq!(kept.as_str(), "spare key\n\tin the safe");
        assert!(validate_note("   ").unwrap().is_none());
        assert!(validate_note("a\u{7}b").is_err());
        assert!(validate_note(&"x".repeat(MAX_NOTE_CHARS + 1)).is_err());
        assert!(validate_note(&"x".repeat(MAX_NOTE_CHARS))
            .unwrap()
            .is_some());
    }

    #[test]
    fn an_imported_note_is_cleaned_and_cut_instead_of_refused() {
        let long = format!("a\u{7}b{}", "x".repeat(2 * MAX_NOTE_CHARS));
        let note = imported(&long).unwrap();
        assert!(note.starts_with("abx"));
        assert_eq!(note.chars().count(), MAX_NOTE_CHARS);
        assert!(imported(" \u{1} ").is_none());
    }
}
