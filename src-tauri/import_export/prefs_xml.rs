//! Android `SharedPreferences` files (`shared_prefs/*.xml`), where Authy, Battle.net
//! Authenticator and FreeOTP keep their accounts: a `<map>` root whose children are
//! `<string name="...">text</string>`, `<int name="..." value="..."/>`, `<boolean>`,
//! `<long>`, `<set>` and so on. [`strings`] returns the top-level `<string>` entries
//! (values zeroized on drop); [`names`] returns only the entries' names, for detection
//! (no value is copied). A file cut short (the `<map>` never closed) is refused.

use quick_xml::escape::{escape, unescape};
use quick_xml::events::Event;
use quick_xml::Reader;
use zeroize::Zeroizing;

use super::{malformed, Format, ImportError};

/// Most entries read from one file.
const MAX_ENTRIES: usize = 100_000;

/// One `<string>` preference. No `Debug`: its value may be a secret.
pub(crate) struct Pref {
    /// Its `name` attribute.
    pub name: String,
    /// Its text, unescaped.
    pub value: Zeroizing<String>,
}

/// What went wrong, never quoting the content.
#[derive(Debug)]
pub(crate) struct XmlError(pub &'static str);

fn parse(text: &str, keep_values: bool) -> Result<(Vec<String>, Vec<Pref>), XmlError> {
    let mut reader = Reader::from_str(text.trim_start_matches('\u{feff}'));
    let mut depth = 0usize;
    let mut seen_map = false;
    let mut closed = false;
    let mut names = Vec::new();
    let mut prefs = Vec::new();
    // The current top-level `<string>`: its name and escaped text so far.
    let mut current: Option<(String, Zeroizing<String>)> = None;
    loop {
        let event = reader
            .read_event()
            .map_err(|_| XmlError("not well-formed XML"))?;
        match event {
            Event::Start(ref e) | Event::Empty(ref e) => {
                if closed {
                    return Err(XmlError("content after the closing </map>"));
                }
                let empty = matches!(event, Event::Empty(_));
                let tag = e.name();
                if depth == 0 {
                    if tag.as_ref() != "map" {
                        return Err(XmlError("the root element is not <map>"));
                    }
                    seen_map = true;
                    if empty {
                        closed = true;
                    } else {
                        depth = 1;
                    }
                    continue;
                }
                if depth == 1 {
                    let mut name = String::new();
                    for attr in e.attributes() {
                        let attr = attr.map_err(|_| XmlError("an attribute is not well-formed"))?;
                        if attr.key.as_ref() == "name" {
                            name = attr
                                .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                                .map_err(|_| XmlError("an entry name is not well-formed"))?
                                .into_owned();
                        }
                    }
                    if names.len() == MAX_ENTRIES {
                        return Err(XmlError("over 100,000 entries"));
                    }
                    if tag.as_ref() == "string" && keep_values {
                        if empty {
                            prefs.push(Pref {
                                name: name.clone(),
                                value: Zeroizing::new(String::new()),
                            });
                        } else {
                            current = Some((name.clone(), Zeroizing::new(String::new())));
                        }
                    }
                    names.push(name);
                }
                if !empty {
                    depth += 1;
                }
            }
            Event::End(_) => {
                depth = depth.saturating_sub(1);
                if depth == 1 {
                    if let Some((name, raw)) = current.take() {
                        let value = unescape(&raw)
                            .map_err(|_| XmlError("a value holds an unknown entity"))?;
                        prefs.push(Pref {
                            name,
                            value: Zeroizing::new(value.into_owned()),
                        });
                    }
                } else if depth == 0 {
                    closed = true;
                }
            }
            Event::Text(t) => {
                if let Some((_, raw)) = current.as_mut() {
                    raw.push_str(&t.into_inner());
                }
            }
            Event::CData(t) => {
                if let Some((_, raw)) = current.as_mut() {
                    raw.push_str(&escape(t.into_inner()));
                }
            }
            Event::GeneralRef(r) => {
                if let Some((_, raw)) = current.as_mut() {
                    raw.push('&');
                    raw.push_str(&r);
                    raw.push(';');
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !seen_map {
        return Err(XmlError("no <map> element"));
    }
    if !closed {
        return Err(XmlError("the file is cut short (<map> is not closed)"));
    }
    Ok((names, prefs))
}

/// The top-level `<string>` entries of a preferences file, in file order.
pub(crate) fn strings(text: &str, format: Format) -> Result<Vec<Pref>, ImportError> {
    parse(text, true)
        .map(|(_, prefs)| prefs)
        .map_err(|e| malformed(format, format!("not an Android preferences file: {}", e.0)))
}

/// The names of a preferences file's entries, or `None` when it is not one.
pub(crate) fn names(text: &str) -> Option<Vec<String>> {
    parse(text, false).ok().map(|(names, _)| names)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn string_entries_are_unescaped_and_others_only_named() {
        let xml = r#"<?xml version='1.0' encoding='utf-8' standalone='yes' ?>
<map>
    <int name="count" value="2" />
    <string name="a">[{&quot;x&quot;:&quot;a &amp; b&quot;}]</string>
    <set name="s"><string>inner</string></set>
    <string name="empty"></string>
    <string name="e2" />
</map>"#;
        let prefs = strings(xml, Format::Authy).unwrap();
        let got: Vec<(&str, &str)> = prefs
            .iter()
            .map(|p| (p.name.as_str(), p.value.as_str()))
            .collect();
        assert_eq!(
            got,
            [("a", r#"[{"x":"a & b"}]"#), ("empty", ""), ("e2", "")]
        );
        assert_eq!(names(xml).unwrap(), ["count", "a", "s", "empty", "e2"]);
    }

    #[test]
    fn cut_short_or_foreign_xml_is_refused_naming_the_format() {
        for bad in [
            "<map><string name=\"a\">b</string>",
            "<other/>",
            "",
            "<map><string name=\"a\">b</map>",
        ] {
            let e = strings(bad, Format::BattleNet).err().unwrap();
            assert!(e.to_string().contains("battle-net"), "{e}");
            assert!(names(bad).is_none());
        }
    }
}
