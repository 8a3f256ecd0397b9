//! A message not yet put into words: a catalogue id with its variables, formatted in the
//! language in use for people ([`Message::text`]) and in English for logs and
//! `Display` ([`Message::english`]). Errors implement [`Localized`] and take their
//! `Display` from [`english`], so their words live only in the catalogues; a variable
//! may itself be a message (an error inside an error), formatted in the same language.

use std::fmt;

use fluent_bundle::types::FluentNumber;
use fluent_bundle::FluentValue;

/// One variable of a message. (Not a `FluentValue`, which may hold a custom type that is
/// not `Sync`: errors carrying messages must cross threads and awaits.)
#[derive(Clone)]
enum Arg {
    /// Text as it is (names, paths, a parser's technical detail).
    Text(String),
    /// A number (plural selection by its value).
    Number(FluentNumber),
    /// Another message, formatted in the same language as the outer one.
    Nested(Message),
}

/// A catalogue id and its variables. Never holds a secret: its variables are names,
/// counts, paths and technical details, as error messages always were.
#[derive(Clone)]
pub struct Message {
    id: &'static str,
    args: Vec<(&'static str, Arg)>,
}

impl Message {
    /// Message `id` without variables yet.
    pub fn new(id: &'static str) -> Self {
        Self {
            id,
            args: Vec::new(),
        }
    }

    /// Text that is not ours (an OS error, a parser's technical detail), shown as it is.
    pub fn as_is(text: impl Into<String>) -> Self {
        Self::new("as-is").arg("text", text.into())
    }

    /// Adds variable `name` (a number, or text shown as it is).
    pub fn arg(mut self, name: &'static str, value: impl Into<FluentValue<'static>>) -> Self {
        let arg = match value.into() {
            FluentValue::Number(n) => Arg::Number(n),
            FluentValue::String(text) => Arg::Text(text.into_owned()),
            _ => Arg::Text(String::new()),
        };
        self.args.push((name, arg));
        self
    }

    /// Adds variable `name` that is itself a message.
    pub fn nested(mut self, name: &'static str, message: Message) -> Self {
        self.args.push((name, Arg::Nested(message)));
        self
    }

    /// The catalogue id.
    pub fn id(&self) -> &'static str {
        self.id
    }

    fn format(&self, english: bool) -> String {
        let args: Vec<(&str, FluentValue<'_>)> = self
            .args
            .iter()
            .map(|(name, arg)| {
                let value = match arg {
                    Arg::Text(text) => FluentValue::from(text.as_str()),
                    Arg::Number(n) => FluentValue::Number(n.clone()),
                    Arg::Nested(m) => FluentValue::from(m.format(english)),
                };
                (*name, value)
            })
            .collect();
        if english {
            super::tr_en(self.id, &args)
        } else {
            super::tr(self.id, &args)
        }
    }

    /// In the language in use (what the window, the CLI and notifications show).
    pub fn text(&self) -> String {
        self.format(false)
    }

    /// In English (logs, `Display`, `--json` never carries it: it carries codes).
    pub fn english(&self) -> String {
        self.format(true)
    }
}

/// A value (an error, mostly) whose words are a catalogue message.
///
/// An error enum keeps `thiserror` (for `From` and `source`) and says on each variant
/// `#[error("{}", self.english())]` (transparent variants stay transparent); its
/// `Coded::text` returns `self.message().text()`.
pub trait Localized {
    /// The message that says what this is and what to do.
    fn message(&self) -> Message;

    /// The message in English (for `Display` and logs).
    fn english(&self) -> String {
        self.message().english()
    }
}

/// `Display` in English for a [`Localized`] value, for a hand-written `Display`.
pub fn english<T: Localized + ?Sized>(value: &T, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    f.write_str(&value.english())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn messages_cross_threads_and_awaits() {
        // Errors hold messages; the window's async commands need them Send and Sync.
        assert_send_sync::<Message>();
    }

    #[test]
    fn numbers_choose_the_plural_and_nested_messages_share_the_language() {
        let one = Message::new("secret-too-long")
            .arg("bytes", 1)
            .arg("max", 1024);
        assert_eq!(
            one.english(),
            "the secret is too long (1 bytes; at most 1024)"
        );
        let outer = Message::new("as-is").nested("text", one);
        assert_eq!(
            outer.english(),
            "the secret is too long (1 bytes; at most 1024)"
        );
    }
}
