//! The message catalogues: one Fluent file per language and part of the app under
//! `i18n/locales/<lang>/` (`ui.ftl` the window's words, `desktop.ftl` the tray's, the
//! desktop search's and notifications'), built into the binary. [`lang`] is the language
//! in use: the Settings' choice, else `LC_ALL`, `LC_MESSAGES` or `LANG` (`pt_BR.UTF-8` →
//! Brazilian Portuguese, `de_AT` → German), else English. [`t`] and [`tr`] format a
//! message (plurals by CLDR rules), falling back to English and then to the id;
//! [`ui`] hands the window its catalogue as a small syntax tree that `ui/i18n.js`
//! evaluates. Error codes and `--json` output never go through here.

pub mod catalogue;
mod message;

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub use catalogue::{ui, UiCatalogue};
pub use message::{english, Localized, Message};

/// The languages shipped, by BCP 47 tag; the first is the fallback.
pub const LANGUAGES: [&str; 5] = ["en", "pt-BR", "es", "de", "fr"];

/// The catalogue files of one language: (part, Fluent source). `ui` is the window's,
/// `desktop` the tray's, desktop search's, notifications' and packaging's, `errors`
/// every error's message (shown by the window, the CLI and notifications), `cli` the
/// command line's messages and `help` its `--help` and man pages.
pub(crate) fn sources(lang: &str) -> [(&'static str, &'static str); 5] {
    match lang {
        "pt-BR" => [
            ("ui", include_str!("locales/pt-BR/ui.ftl")),
            ("desktop", include_str!("locales/pt-BR/desktop.ftl")),
            ("errors", include_str!("locales/pt-BR/errors.ftl")),
            ("cli", include_str!("locales/pt-BR/cli.ftl")),
            ("help", include_str!("locales/pt-BR/help.ftl")),
        ],
        "es" => [
            ("ui", include_str!("locales/es/ui.ftl")),
            ("desktop", include_str!("locales/es/desktop.ftl")),
            ("errors", include_str!("locales/es/errors.ftl")),
            ("cli", include_str!("locales/es/cli.ftl")),
            ("help", include_str!("locales/es/help.ftl")),
        ],
        "de" => [
            ("ui", include_str!("locales/de/ui.ftl")),
            ("desktop", include_str!("locales/de/desktop.ftl")),
            ("errors", include_str!("locales/de/errors.ftl")),
            ("cli", include_str!("locales/de/cli.ftl")),
            ("help", include_str!("locales/de/help.ftl")),
        ],
        "fr" => [
            ("ui", include_str!("locales/fr/ui.ftl")),
            ("desktop", include_str!("locales/fr/desktop.ftl")),
            ("errors", include_str!("locales/fr/errors.ftl")),
            ("cli", include_str!("locales/fr/cli.ftl")),
            ("help", include_str!("locales/fr/help.ftl")),
        ],
        _ => [
            ("ui", include_str!("locales/en/ui.ftl")),
            ("desktop", include_str!("locales/en/desktop.ftl")),
            ("errors", include_str!("locales/en/errors.ftl")),
            ("cli", include_str!("locales/en/cli.ftl")),
            ("help", include_str!("locales/en/help.ftl")),
        ],
    }
}

/// The shipped language a locale name asks for (`pt_BR.UTF-8`, `de`, `fr-CA`), if any.
pub fn supported(locale: &str) -> Option<&'static str> {
    let name = locale
        .split(['.', '@'])
        .next()
        .unwrap_or("")
        .replace('_', "-");
    let primary = name.split('-').next().unwrap_or("").to_ascii_lowercase();
    match primary.as_str() {
        "en" => Some("en"),
        // The one Portuguese shipped, for Portugal too rather than English.
        "pt" => Some("pt-BR"),
        "es" => Some("es"),
        "de" => Some("de"),
        "fr" => Some("fr"),
        _ => None,
    }
}

/// The language of this process: the setting (when set and shipped), else the first of
/// `LC_ALL`, `LC_MESSAGES`, `LANG` that is set (a shipped language, or English for
/// any other, `C` and `POSIX` included).
pub fn negotiate(setting: &str, env: impl Fn(&str) -> Option<String>) -> &'static str {
    if let Some(lang) = supported(setting) {
        return lang;
    }
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Some(value) = env(var).filter(|v| !v.is_empty()) {
            return supported(&value).unwrap_or("en");
        }
    }
    "en"
}

/// The language in use (decided once per process).
pub fn lang() -> &'static str {
    static LANG: OnceLock<&'static str> = OnceLock::new();
    LANG.get_or_init(|| {
        negotiate(&crate::settings::Settings::load().language, |v| {
            std::env::var(v).ok()
        })
    })
}

fn bundle_for(lang: &'static str) -> FluentBundle<FluentResource> {
    let id: unic_langid::LanguageIdentifier = lang.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Plain text out: no bidi isolation marks around placeables (terminals, tray menus).
    bundle.set_use_isolating(false);
    for (_, source) in sources(lang) {
        if let Ok(resource) = FluentResource::try_new(source.to_string()) {
            let _ = bundle.add_resource(resource);
        }
    }
    bundle
}

fn own_bundle() -> &'static FluentBundle<FluentResource> {
    static BUNDLE: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    BUNDLE.get_or_init(|| bundle_for(lang()))
}

fn english_bundle() -> &'static FluentBundle<FluentResource> {
    static BUNDLE: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    BUNDLE.get_or_init(|| bundle_for("en"))
}

fn fluent_args<'a>(args: &[(&'a str, FluentValue<'a>)]) -> FluentArgs<'a> {
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        fluent.set(*name, value.clone());
    }
    fluent
}

fn format_in(
    bundle: &FluentBundle<FluentResource>,
    id: &str,
    args: Option<&FluentArgs>,
) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    errors.is_empty().then(|| text.into_owned())
}

/// Message `id` with `args` in the language in use; English when the catalogue lacks
/// it, the id itself when English does too.
pub fn tr(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let fluent = fluent_args(args);
    format_in(own_bundle(), id, Some(&fluent))
        .or_else(|| format_in(english_bundle(), id, Some(&fluent)))
        .unwrap_or_else(|| id.to_string())
}

/// Message `id` with `args` in English whatever the language (logs, `Display`); the id
/// itself when English lacks it. Does not decide the language (no settings read).
pub fn tr_en(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    format_in(english_bundle(), id, Some(&fluent_args(args))).unwrap_or_else(|| id.to_string())
}

/// Message `id` (no variables) in the language in use.
pub fn t(id: &str) -> String {
    tr(id, &[])
}

#[cfg(test)]
mod tests;
