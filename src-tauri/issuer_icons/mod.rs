//! Issuer icons: the logo each account shows, from the icon set bundled with the app
//! ([`set`]: a subset of simple-icons, CC0, never fetched at run time), or, when no icon
//! matches, a letter avatar in a colour derived from the issuer's name.

pub mod image;
pub mod set;

use serde::Serialize;

use crate::storage::icons::IconChoice;

/// What a card shows beside its names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Icon {
    /// An icon of the bundled set: the page asks for its path once (`issuer_icon_paths`).
    Set {
        /// the set's identifier ("github")
        slug: String,
        /// the brand's name, for the icon's accessible label
        title: String,
        /// the brand colour, six hex digits
        hex: String,
        /// the colour is too light for a light tile: draw it on a dark one
        dark_tile: bool,
    },
    /// An image of the user's own (checked when it was chosen).
    Image {
        /// "image/png" or "image/svg+xml"
        mime: String,
        /// the image, standard base64
        data: String,
    },
    /// No icon matches: the name's first letter on a colour of its own.
    Letter {
        /// one letter or digit, upper case; "?" for an account with no name
        letter: String,
        /// the colour's hue, 0-359, the same for the same name on every start
        hue: u16,
    },
}

impl Icon {
    /// The icon for an account: its issuer's, else (no issuer) its address's domain's,
    /// else a letter avatar.
    pub fn for_account(issuer: &str, account: &str) -> Icon {
        let found = if issuer.trim().is_empty() {
            set::find_by_address(account)
        } else {
            set::find(issuer)
        };
        match found {
            Some(e) => Icon::of(e),
            None => Icon::letter(if issuer.trim().is_empty() {
                account
            } else {
                issuer
            }),
        }
    }

    /// The icon an account shows: the one the user chose, if any (a slug that has left
    /// the set falls back to the match), else [`Icon::for_account`].
    pub fn shown(choice: Option<&IconChoice>, issuer: &str, account: &str) -> Icon {
        match choice {
            Some(IconChoice::Set { slug }) => {
                set::by_slug(slug).map_or_else(|| Icon::for_account(issuer, account), Icon::of)
            }
            Some(IconChoice::Letter) => Icon::letter(if issuer.trim().is_empty() {
                account
            } else {
                issuer
            }),
            Some(IconChoice::Image { mime, data }) => Icon::Image {
                mime: mime.clone(),
                data: data.clone(),
            },
            None => Icon::for_account(issuer, account),
        }
    }

    /// The slug shown, "image" or "letter" (what `list --json` says).
    pub fn name(&self) -> &str {
        match self {
            Icon::Set { slug, .. } => slug,
            Icon::Image { .. } => "image",
            Icon::Letter { .. } => "letter",
        }
    }

    /// The set's icon `e`.
    pub fn of(e: &set::Entry) -> Icon {
        Icon::Set {
            slug: e.slug.clone(),
            title: e.title.clone(),
            hex: e.hex.clone(),
            dark_tile: light(&e.hex),
        }
    }

    /// A letter avatar for `name`.
    pub fn letter(name: &str) -> Icon {
        let letter = name
            .chars()
            .find(|c| c.is_alphanumeric())
            .map_or_else(|| "?".to_string(), |c| c.to_uppercase().collect());
        Icon::Letter {
            letter,
            hue: hue(&set::key(name)),
        }
    }
}

/// A standalone SVG of the set's icon `e` in its brand colour (what an Aegis export
/// carries as the entry's icon).
pub fn svg(e: &set::Entry) -> String {
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><title>{}</title><path fill="#{}" d="{}"/></svg>"##,
        e.title.replace('&', "&amp;").replace('<', "&lt;"),
        e.hex,
        e.path
    )
}

/// The set's icon an SVG shows, when it is one [`svg`] wrote (its one path is the
/// icon's path); anything else is `None`.
pub fn recognise_svg(bytes: &[u8]) -> Option<&'static set::Entry> {
    let text = std::str::from_utf8(bytes).ok()?;
    let mut paths = text.split(" d=\"").skip(1);
    let d = paths.next()?.split('"').next()?;
    if paths.next().is_some() {
        return None;
    }
    set::by_path(d)
}

/// A stable hue for a name (FNV-1a), so a name keeps its colour.
fn hue(key: &str) -> u16 {
    let mut h: u32 = 0x811c_9dc5;
    for b in key.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    (h % 360) as u16
}

/// True for a colour light enough to vanish on white (relative luminance above 0.7).
fn light(hex: &str) -> bool {
    let channel = |i: usize| {
        let v = hex
            .get(i..i + 2)
            .and_then(|h| u8::from_str_radix(h, 16).ok())
            .map_or(0.0, |v| f64::from(v) / 255.0);
        if v <= 0.040_45 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4) > 0.7
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_known_issuer_gets_its_icon_and_an_unknown_one_a_letter() {
        assert!(matches!(
            Icon::for_account("GitHub", "alice"),
            Icon::Set { ref slug, .. } if slug == "github"
        ));
        let Icon::Letter { letter, hue } = Icon::for_account("acme corp", "bob") else {
            panic!("a letter avatar");
        };
        assert_eq!(letter, "A");
        assert!(hue < 360);
        assert_eq!(
            Icon::for_account("Acme Corp", "x"),
            Icon::letter("acme corp")
        );
        assert_ne!(Icon::letter("Acme"), Icon::letter("Globex"));
    }

    #[test]
    fn an_account_without_issuer_uses_its_address_then_its_own_first_letter() {
        assert!(matches!(
            Icon::for_account("", "alice@gmail.com"),
            Icon::Set { ref slug, .. } if slug == "gmail"
        ));
        assert!(matches!(
            Icon::for_account(" ", "zoe@example.org"),
            Icon::Letter { ref letter, .. } if letter == "Z"
        ));
        assert!(matches!(
            Icon::for_account("", ""),
            Icon::Letter { ref letter, .. } if letter == "?"
        ));
        assert!(matches!(
            Icon::letter("élan"),
            Icon::Letter { ref letter, .. } if letter == "É"
        ));
    }

    #[test]
    fn the_users_choice_wins_over_the_match() {
        let gitlab = IconChoice::Set {
            slug: "gitlab".into(),
        };
        assert_eq!(Icon::shown(Some(&gitlab), "GitHub", "a").name(), "gitlab");
        assert_eq!(
            Icon::shown(Some(&IconChoice::Letter), "GitHub", "a"),
            Icon::letter("GitHub")
        );
        assert_eq!(Icon::shown(None, "GitHub", "a").name(), "github");
        let gone = IconChoice::Set {
            slug: "not-in-the-set".into(),
        };
        assert_eq!(Icon::shown(Some(&gone), "GitHub", "a").name(), "github");
    }

    #[test]
    fn an_svg_written_for_an_icon_is_recognised_and_others_are_not() {
        let github = set::by_slug("github").unwrap();
        let text = svg(github);
        assert!(text.starts_with("<svg") && text.contains("#181717"));
        assert_eq!(
            recognise_svg(text.as_bytes()).map(|e| e.slug.as_str()),
            Some("github")
        );
        assert!(recognise_svg(b"<svg><path d=\"M0 0h24v24H0z\"/></svg>").is_none());
        let two = text.replace("</svg>", &format!("<path d=\"{}\"/></svg>", github.path));
        assert!(recognise_svg(two.as_bytes()).is_none());
        assert!(recognise_svg(&[0xff, 0xfe]).is_none());
    }

    #[test]
    fn light_brand_colours_get_a_dark_tile() {
        assert!(light("FFFC00"));
        assert!(light("FFFFFF"));
        assert!(!light("181717"));
        assert!(!light("4285F4"));
    }
}
