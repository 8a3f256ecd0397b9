//! The icon the user chose for an account, when the one its issuer matches is wrong or
//! missing: another icon of the bundled set, an image of the user's own (checked by
//! [`crate::issuer_icons::image`]), or the letter avatar. Kept in the vault's
//! public part beside the tags (a logo is no secret), it goes with an account when the
//! account is removed. Which icon an account shows is [`crate::issuer_icons`]' concern.

use serde::{Deserialize, Serialize};

use super::{AccountStore, StorageError};
use crate::account::Account;
use crate::issuer_icons::{image, set};

/// A choice the user made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum IconChoice {
    /// An icon of the bundled set.
    Set {
        /// its slug ("github")
        slug: String,
    },
    /// The letter avatar, whatever the issuer matches.
    Letter,
    /// An image of the user's own: a PNG fitted into 64 pixels, or a checked SVG.
    Image {
        /// "image/png" or "image/svg+xml"
        mime: String,
        /// the image, standard base64
        data: String,
    },
}

impl IconChoice {
    /// Reads a name as the CLI and the window give it: "letter", or an icon of the set by
    /// slug, title or alias ("github", "GitHub").
    pub fn parse(raw: &str) -> Result<IconChoice, StorageError> {
        let name = raw.trim();
        if name.eq_ignore_ascii_case("letter") {
            return Ok(IconChoice::Letter);
        }
        set::by_slug(name)
            .or_else(|| set::by_name(name))
            .map(|e| IconChoice::Set {
                slug: e.slug.clone(),
            })
            .ok_or_else(|| StorageError::IconUnknown {
                name: name.chars().take(40).collect(),
            })
    }
}

impl From<image::Checked> for IconChoice {
    fn from(checked: image::Checked) -> IconChoice {
        IconChoice::Image {
            mime: checked.mime.to_string(),
            data: checked.base64(),
        }
    }
}

/// Whether this build can show `choice` (an import keeps only those): a slug of the set,
/// the letter, or an image that passes the checks again.
pub fn usable(choice: &IconChoice) -> bool {
    match choice {
        IconChoice::Set { slug } => set::by_slug(slug).is_some(),
        IconChoice::Letter => true,
        IconChoice::Image { mime, data } => image::check_base64(mime, data).is_ok(),
    }
}

impl AccountStore {
    /// Sets (or with `None` forgets) the icon chosen for one account; returns the account.
    /// A slug the bundled set does not have, or an image that fails the checks, is
    /// refused and nothing is written.
    pub fn set_icon(&self, id: &str, choice: Option<IconChoice>) -> Result<Account, StorageError> {
        match &choice {
            Some(IconChoice::Set { slug }) if set::by_slug(slug).is_none() => {
                return Err(StorageError::IconUnknown {
                    name: slug.chars().take(40).collect(),
                });
            }
            Some(IconChoice::Image { mime, data }) => {
                image::check_base64(mime, data)?;
            }
            _ => {}
        }
        self.update(|accounts, opened| {
            let account = super::write::by_id(accounts, id)?;
            match choice {
                Some(c) => opened.public.icons.insert(id.to_string(), c),
                None => opened.public.icons.remove(id),
            };
            Ok(account)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_choice_is_read_by_slug_title_or_letter_and_an_unknown_name_is_refused() {
        let slug = |raw: &str| match IconChoice::parse(raw) {
            Ok(IconChoice::Set { slug }) => slug,
            other => panic!("{raw}: {other:?}"),
        };
        assert_eq!(slug("github"), "github");
        assert_eq!(slug(" GitHub "), "github");
        assert_eq!(slug("Booking.com"), "bookingdotcom");
        assert_eq!(IconChoice::parse("Letter").ok(), Some(IconChoice::Letter));
        assert!(matches!(
            IconChoice::parse("no such brand"),
            Err(StorageError::IconUnknown { ref name }) if name == "no such brand"
        ));
    }

    #[test]
    fn a_choice_is_stored_as_a_tagged_object() {
        let json = serde_json::to_string(&IconChoice::Set {
            slug: "gitlab".into(),
        })
        .unwrap();
        assert_eq!(json, r#"{"kind":"set","slug":"gitlab"}"#);
        let back: IconChoice = serde_json::from_str(r#"{"kind":"letter"}"#).unwrap();
        assert_eq!(back, IconChoice::Letter);
        assert!(serde_json::from_str::<IconChoice>(r#"{"kind":"image","data":"x"}"#).is_err());
        assert!(serde_json::from_str::<IconChoice>(r#"{"kind":"url","href":"x"}"#).is_err());
    }
}
