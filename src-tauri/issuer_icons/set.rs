//! The icon set bundled with the app (`icons/issuers/issuers.json`, generated from
//! simple-icons by `icons/issuers/update.py`) and how an issuer finds its icon in it:
//! by slug, title or alias, by the name a domain carries ("accounts.google.com"), or
//! by its first word ("GitHub Enterprise"). Read once, on first use.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Deserialize;

const JSON: &str = include_str!("../../icons/issuers/issuers.json");

/// One icon of the set.
#[derive(Debug, Deserialize)]
pub struct Entry {
    /// simple-icons' identifier ("github")
    pub slug: String,
    /// the brand's name ("GitHub")
    pub title: String,
    /// the brand colour, six hex digits
    pub hex: String,
    /// other names the brand goes by
    #[serde(default)]
    pub aka: Vec<String>,
    /// one SVG path on a 24x24 grid
    pub path: String,
}

#[derive(Deserialize)]
struct File {
    icons: Vec<Entry>,
}

struct Set {
    icons: Vec<Entry>,
    by_key: HashMap<String, usize>,
}

/// Names people give an issuer that neither the slug nor the set's aliases cover.
const MORE_ALIASES: &[(&str, &str)] = &[
    ("twitter", "x"),
    ("googleaccount", "google"),
    ("googleworkspace", "google"),
    ("gsuite", "google"),
    ("gcp", "googlecloud"),
    ("battlenet", "battledotnet"),
    ("blizzard", "battledotnet"),
    ("tutanota", "tuta"),
    ("gog", "gogdotcom"),
    ("playstationnetwork", "playstation"),
    ("psn", "playstation"),
    ("protonmail", "protonmail"),
    ("hetznercloud", "hetzner"),
    ("meta", "facebook"),
];

fn set() -> &'static Set {
    static SET: OnceLock<Set> = OnceLock::new();
    SET.get_or_init(|| {
        // The file is part of the build; a broken one is a build mistake that the unit
        // test `the_bundled_set_parses_and_every_icon_is_one_path` catches.
        let icons = serde_json::from_str::<File>(JSON)
            .map(|f| f.icons)
            .unwrap_or_default();
        let mut by_key = HashMap::new();
        for (i, e) in icons.iter().enumerate() {
            for name in std::iter::once(&e.slug)
                .chain(std::iter::once(&e.title))
                .chain(e.aka.iter())
            {
                by_key.entry(key(name)).or_insert(i);
            }
        }
        for (alias, slug) in MORE_ALIASES {
            if let Some(i) = icons.iter().position(|e| e.slug == *slug) {
                by_key.entry((*alias).to_string()).or_insert(i);
            }
        }
        Set { icons, by_key }
    })
}

/// Lower case letters and digits only: "Booking.com" and "booking com" are one key.
pub fn key(name: &str) -> String {
    name.chars()
        .flat_map(char::to_lowercase)
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// The name a domain or address carries: "accounts.google.com" -> "google",
/// "https://id.example.co.uk/login" -> "example"; `None` when `s` is not one.
fn domain_name(s: &str) -> Option<&str> {
    let s = s.trim();
    let s = s.split_once("://").map_or(s, |(_, rest)| rest);
    let host = s.split(['/', ':', '?']).next()?;
    if host.contains(char::is_whitespace) || !host.contains('.') {
        return None;
    }
    let labels: Vec<&str> = host.split('.').filter(|l| !l.is_empty()).collect();
    let n = labels.len();
    if n < 2 {
        return None;
    }
    let second = labels[n - 2];
    let shared = ["co", "com", "org", "net", "ac", "gov", "edu"];
    if n >= 3 && shared.contains(&second) && labels[n - 1].len() == 2 {
        Some(labels[n - 3])
    } else {
        Some(second)
    }
}

/// The set's icon for an issuer name, if one matches.
pub fn find(issuer: &str) -> Option<&'static Entry> {
    let set = set();
    let get = |k: &str| set.by_key.get(k).map(|i| &set.icons[*i]);
    let whole = key(issuer);
    if whole.is_empty() {
        return None;
    }
    if let Some(e) = get(&whole) {
        return Some(e);
    }
    if let Some(e) = domain_name(issuer).and_then(|d| get(&key(d))) {
        return Some(e);
    }
    let first = issuer
        .split(|c: char| c.is_whitespace() || matches!(c, '-' | '_' | ':' | '(' | ','))
        .map(key)
        .find(|w| !w.is_empty())?;
    (first.chars().count() >= 3 && first != whole)
        .then(|| get(&first))
        .flatten()
}

/// The icon with this slug.
pub fn by_slug(slug: &str) -> Option<&'static Entry> {
    set().icons.iter().find(|e| e.slug == slug)
}

/// The icon whose slug, title or alias is `name` (any case and punctuation).
pub fn by_name(name: &str) -> Option<&'static Entry> {
    let set = set();
    set.by_key.get(&key(name)).map(|i| &set.icons[*i])
}

/// The icon whose path is `d` (an SVG this app wrote, coming back from an export).
pub fn by_path(d: &str) -> Option<&'static Entry> {
    set().icons.iter().find(|e| e.path == d)
}

/// Every icon of the set, in slug order.
pub fn all() -> &'static [Entry] {
    &set().icons
}

/// For an account with no issuer: the name in its address ("alice@gmail.com" -> gmail).
pub fn find_by_address(account: &str) -> Option<&'static Entry> {
    let (_, domain) = account.rsplit_once('@')?;
    find(domain_name(domain)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_set_parses_and_every_icon_is_one_path() {
        let file: File = serde_json::from_str(JSON).unwrap();
        assert!(file.icons.len() > 100);
        for e in &file.icons {
            assert_eq!(e.hex.len(), 6, "{}", e.slug);
            assert!(e.hex.chars().all(|c| c.is_ascii_hexdigit()), "{}", e.slug);
            assert!(!e.path.is_empty(), "{}", e.slug);
            // Path data only: no markup can ride along into the page.
            assert!(
                e.path
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || " .,-+".contains(c)),
                "{}",
                e.slug
            );
        }
    }

    #[test]
    fn issuers_find_their_icon_by_name_alias_domain_or_first_word() {
        let slug = |s: &str| find(s).map(|e| e.slug.as_str());
        assert_eq!(slug("GitHub"), Some("github"));
        assert_eq!(slug("github"), Some("github"));
        assert_eq!(slug("GitHub Enterprise"), Some("github"));
        assert_eq!(slug("Booking.com"), Some("bookingdotcom"));
        assert_eq!(slug("accounts.google.com"), Some("google"));
        assert_eq!(slug("https://id.gitlab.co.uk/users"), Some("gitlab"));
        assert_eq!(slug("gitlab.com"), Some("gitlab"));
        assert_eq!(slug("Twitter"), Some("x"));
        assert_eq!(slug("Battle.net"), Some("battledotnet"));
        assert_eq!(slug("Acme Corp"), None);
        assert_eq!(slug(""), None);
        assert_eq!(slug("  "), None);
        // Short first words match nothing on their own.
        assert_eq!(slug("X Ray Lab"), None);
    }

    #[test]
    fn an_account_without_issuer_finds_its_icon_by_its_address() {
        assert_eq!(
            find_by_address("alice@gmail.com").map(|e| e.slug.as_str()),
            Some("gmail")
        );
        assert!(find_by_address("alice").is_none());
        assert!(find_by_address("alice@acme.example").is_none());
    }
}
