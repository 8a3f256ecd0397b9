//! Numbers, dates and times the command line prints for people, in the language in use
//! ([`crate::i18n::lang`]). Dates come from chrono's locale tables (`unstable-locales`,
//! glibc's `LC_TIME` data): German `06.12.2026 08:44:22`, French `06/12/2026 08:44:22`;
//! English keeps the unambiguous `2026-12-06 08:44:22`. Numbers get the language's
//! decimal mark and digit grouping (CLDR). `--json` never goes through here: it keeps
//! Unix seconds and plain numbers.

use std::fmt::Display;

use chrono::{DateTime, Local, Locale, TimeZone, Utc};

/// chrono's locale for a shipped language; `None` for English (ISO dates).
fn chrono_locale(lang: &str) -> Option<Locale> {
    match lang {
        "pt-BR" => Some(Locale::pt_BR),
        "es" => Some(Locale::es_ES),
        "de" => Some(Locale::de_DE),
        "fr" => Some(Locale::fr_FR),
        _ => None,
    }
}

fn at<Tz: TimeZone>(unix: u64, tz: &Tz) -> DateTime<Tz> {
    let utc = DateTime::<Utc>::from_timestamp(i64::try_from(unix).unwrap_or(i64::MAX), 0)
        .unwrap_or(DateTime::<Utc>::MAX_UTC);
    utc.with_timezone(tz)
}

/// `unix` as a date and time in `tz`, written the way `lang` writes them.
pub(crate) fn date_time_in<Tz: TimeZone>(lang: &str, unix: u64, tz: &Tz) -> String
where
    Tz::Offset: Display,
{
    let t = at(unix, tz);
    match chrono_locale(lang) {
        Some(locale) => t.format_localized("%x %X", locale).to_string(),
        None => t.format("%Y-%m-%d %H:%M:%S").to_string(),
    }
}

/// `unix` as a time of day in `tz`, written the way `lang` writes it (24-hour clock in
/// all five languages).
pub(crate) fn time_in<Tz: TimeZone>(lang: &str, unix: u64, tz: &Tz) -> String
where
    Tz::Offset: Display,
{
    let t = at(unix, tz);
    match chrono_locale(lang) {
        Some(locale) => t.format_localized("%X", locale).to_string(),
        None => t.format("%H:%M:%S").to_string(),
    }
}

/// A Unix time as a local date and time in the language in use.
pub(super) fn date_time(unix: u64) -> String {
    date_time_in(crate::i18n::lang(), unix, &Local)
}

/// A Unix time as a time of day in UTC, in the language in use.
pub(super) fn utc_time(unix: u64) -> String {
    time_in(crate::i18n::lang(), unix, &Utc)
}

/// The decimal mark, the group separator and the smallest number grouped, per
/// language (CLDR: Spanish groups from five digits on, French with a narrow no-break
/// space). English is written without groups, as the CLI always printed it.
fn separators(lang: &str) -> (char, Option<char>, u64) {
    match lang {
        "pt-BR" => (',', Some('.'), 1_000),
        "es" => (',', Some('.'), 10_000),
        "de" => (',', Some('.'), 1_000),
        "fr" => (',', Some('\u{202f}'), 1_000),
        _ => ('.', None, 0),
    }
}

fn group(digits: &str, sep: char) -> String {
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// A whole number as `lang` writes it (`12.345` in German).
pub(crate) fn number_in(lang: &str, n: u64) -> String {
    match separators(lang) {
        (_, Some(sep), from) if n >= from => group(&n.to_string(), sep),
        _ => n.to_string(),
    }
}

/// A number with `places` decimals as `lang` writes it (`0,5` in German).
pub(crate) fn decimal_in(lang: &str, x: f64, places: usize) -> String {
    let text = format!("{x:.places$}");
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let (mark, _, _) = separators(lang);
    let whole = whole
        .parse::<u64>()
        .map_or_else(|_| whole.to_string(), |n| number_in(lang, n));
    if fraction.is_empty() {
        whole
    } else {
        format!("{whole}{mark}{fraction}")
    }
}

/// A whole number in the language in use.
pub(super) fn number(n: u64) -> String {
    number_in(crate::i18n::lang(), n)
}

/// A number with `places` decimals in the language in use.
pub(super) fn decimal(x: f64, places: usize) -> String {
    decimal_in(crate::i18n::lang(), x, places)
}

#[cfg(test)]
mod tests {
    use super::*;

    // 2026-12-06 08:44:22 UTC
    const T: u64 = 1_796_546_662;

    #[test]
    fn dates_follow_the_language() {
        assert_eq!(date_time_in("en", T, &Utc), "2026-12-06 08:44:22");
        assert_eq!(date_time_in("de", T, &Utc), "06.12.2026 08:44:22");
        assert_eq!(date_time_in("fr", T, &Utc), "06/12/2026 08:44:22");
        assert_eq!(date_time_in("pt-BR", T, &Utc), "06/12/2026 08:44:22");
        assert_eq!(date_time_in("es", T, &Utc), "06/12/26 08:44:22");
        assert_eq!(time_in("de", T, &Utc), "08:44:22");
        assert_eq!(time_in("en", T, &Utc), "08:44:22");
    }

    #[test]
    fn numbers_follow_the_language() {
        assert_eq!(number_in("en", 12_345), "12345");
        assert_eq!(number_in("de", 12_345), "12.345");
        assert_eq!(number_in("de", 999), "999");
        assert_eq!(number_in("es", 1_234), "1234");
        assert_eq!(number_in("es", 12_345), "12.345");
        assert_eq!(number_in("fr", 1_234_567), "1\u{202f}234\u{202f}567");
        assert_eq!(decimal_in("en", 0.5, 1), "0.5");
        assert_eq!(decimal_in("de", 0.54, 1), "0,5");
        assert_eq!(decimal_in("pt-BR", 1234.25, 2), "1.234,25");
    }
}
