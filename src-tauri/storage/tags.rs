//! Tags: the user's own labels on accounts ("work", "home"), several per account. They
//! live in the vault's public part beside the pin list (readable without the key, like
//! the names, so `list --tag` works while the keychain is locked), and go with an
//! account when it is removed.
//!
//! A tag is kept as the user typed it (trimmed); two tags that differ only in case are
//! the same tag, and the first spelling stays.

use std::collections::BTreeMap;

use super::{AccountStore, StorageError, TagProblem};
use crate::account::Account;

/// What a listing shows beside each account, from one read of the public part.
#[derive(Debug, Default)]
pub struct Organised {
    /// pinned ids, in pin order
    pub pinned: Vec<String>,
    /// tags by account id
    pub tags: BTreeMap<String, Vec<String>>,
    /// the icon the user chose, by account id (see [`super::icons`])
    pub icons: BTreeMap<String, super::icons::IconChoice>,
}

/// The longest tag, in characters.
pub const MAX_TAG_CHARS: usize = 40;
/// The most tags one account can carry.
pub const MAX_TAGS: usize = 20;

/// Checks a tag as the user typed it and returns it trimmed.
pub fn validate_tag(raw: &str) -> Result<String, StorageError> {
    let tag = raw.trim();
    let problem = if tag.is_empty() {
        TagProblem::Empty
    } else if tag.chars().count() > MAX_TAG_CHARS {
        TagProblem::TooLong
    } else if tag.chars().any(char::is_control) {
        TagProblem::Control
    } else if tag.starts_with(['+', '-']) {
        TagProblem::Sign
    } else {
        return Ok(tag.to_string());
    };
    Err(StorageError::Tag {
        tag: tag.chars().take(MAX_TAG_CHARS).collect(),
        problem,
    })
}

/// Whether `tags` holds `tag`, ignoring case.
pub fn has_tag(tags: &[String], tag: &str) -> bool {
    let tag = tag.trim().to_lowercase();
    tags.iter().any(|t| t.to_lowercase() == tag)
}

/// `tags` with `add` added (unless there, in any case) and `remove` removed, sorted
/// case-insensitively.
pub fn changed(
    tags: &[String],
    add: &[String],
    remove: &[String],
) -> Result<Vec<String>, StorageError> {
    let mut out: Vec<String> = tags.to_vec();
    for raw in remove {
        let gone = validate_tag(raw)?.to_lowercase();
        out.retain(|t| t.to_lowercase() != gone);
    }
    for raw in add {
        let tag = validate_tag(raw)?;
        if !has_tag(&out, &tag) {
            out.push(tag);
        }
    }
    if out.len() > MAX_TAGS {
        return Err(StorageError::Tag {
            tag: String::new(),
            problem: TagProblem::TooMany,
        });
    }
    out.sort_by_key(|t| t.to_lowercase());
    Ok(out)
}

/// The valid tags among `raw` (an import's groups), deduplicated and sorted like
/// [`changed`], at most [`MAX_TAGS`]; invalid ones are dropped, not reported: an import
/// does not fail over a group name.
pub fn valid(raw: &[String]) -> Vec<String> {
    let ok: Vec<String> = raw.iter().filter_map(|t| validate_tag(t).ok()).collect();
    let mut out = Vec::new();
    for t in ok {
        if !has_tag(&out, &t) && out.len() < MAX_TAGS {
            out.push(t);
        }
    }
    out.sort_by_key(|t| t.to_lowercase());
    out
}

/// Stores `now` as the tags of `id` (an account without tags has no entry).
fn put(tags: &mut BTreeMap<String, Vec<String>>, id: &str, now: &[String]) {
    if now.is_empty() {
        tags.remove(id);
    } else {
        tags.insert(id.to_string(), now.to_vec());
    }
}

impl AccountStore {
    /// Every account's tags by account id (accounts without tags are absent). The public
    /// part only: no keychain.
    pub fn tags(&self) -> Result<BTreeMap<String, Vec<String>>, StorageError> {
        Ok(self.file.read_public()?.map(|p| p.tags).unwrap_or_default())
    }

    /// The pins, tags and chosen icons, from one read of the public part (a listing
    /// needs all three).
    pub fn organised(&self) -> Result<Organised, StorageError> {
        Ok(self
            .file
            .read_public()?
            .map(|p| Organised {
                pinned: p.pinned,
                tags: p.tags,
                icons: p.icons,
            })
            .unwrap_or_default())
    }

    /// Adds and removes tags of one account in one write; returns the account and its
    /// tags afterwards. Nothing is written when a tag is invalid.
    pub fn change_tags(
        &self,
        id: &str,
        add: &[String],
        remove: &[String],
    ) -> Result<(Account, Vec<String>), StorageError> {
        self.update(|accounts, opened| {
            let account = super::write::by_id(accounts, id)?;
            let tags = &mut opened.public.tags;
            let now = changed(
                tags.get(id).map(Vec::as_slice).unwrap_or_default(),
                add,
                remove,
            )?;
            put(tags, id, &now);
            Ok((account, now))
        })
    }

    /// Replaces one account's tags (the window's tag editor); returns them as stored.
    pub fn set_tags(&self, id: &str, tags: &[String]) -> Result<Vec<String>, StorageError> {
        self.update(|accounts, opened| {
            super::write::by_id(accounts, id)?;
            let now = changed(&[], tags, &[])?;
            put(&mut opened.public.tags, id, &now);
            Ok(now)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn tags_are_trimmed_deduplicated_ignoring_case_and_sorted() {
        let now = changed(
            &strings(&["Work"]),
            &strings(&[" home ", "work", "Banking"]),
            &[],
        )
        .expect("valid tags");
        assert_eq!(now, strings(&["Banking", "home", "Work"]));
    }

    #[test]
    fn removing_a_tag_ignores_case_and_a_missing_one_is_no_error() {
        let now = changed(
            &strings(&["Work", "home"]),
            &[],
            &strings(&["WORK", "travel"]),
        )
        .expect("valid tags");
        assert_eq!(now, strings(&["home"]));
    }

    #[test]
    fn invalid_tags_are_refused_with_what_is_wrong() {
        for (raw, problem, text) in [
            ("   ", TagProblem::Empty, "is empty"),
            (
                "a\u{7}b",
                TagProblem::Control,
                "contains control characters",
            ),
            ("-x", TagProblem::Sign, "starts with + or -"),
        ] {
            match validate_tag(raw) {
                Err(e @ StorageError::Tag { problem: p, .. }) => {
                    assert_eq!(p, problem, "{raw:?}");
                    assert!(e.to_string().contains(text), "{raw:?}: {e}")
                }
                other => panic!("{raw:?} was not refused: {other:?}"),
            }
        }
        let long = "x".repeat(MAX_TAG_CHARS + 1);
        assert!(validate_tag(&long).is_err());
        assert!(validate_tag(&"x".repeat(MAX_TAG_CHARS)).is_ok());
    }

    #[test]
    fn an_account_carries_at_most_twenty_tags() {
        let many: Vec<String> = (0..MAX_TAGS).map(|i| format!("t{i}")).collect();
        assert_eq!(
            changed(&[], &many, &[]).expect("twenty fit").len(),
            MAX_TAGS
        );
        assert!(changed(&many, &strings(&["one more"]), &[]).is_err());
        // Swapping one for another in the same change is fine.
        assert!(changed(&many, &strings(&["new"]), &strings(&["t0"])).is_ok());
    }
}
