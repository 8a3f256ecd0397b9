//! Why an import file's (or a scanned code's) entry cannot be used: a catalogue message,
//! shown in the language in use ([`Unusable::text`]) and in English by `Display` (logs,
//! `--json`). Never holds a secret: a reason names what is wrong, never the input.

use std::fmt;

use crate::i18n::{Localized, Message};
use crate::otp::{ParamsError, SecretError};
use crate::otpauth::UriError;

/// The reason an entry cannot be used.
#[derive(Clone)]
pub struct Unusable(Message);

impl Unusable {
    /// A reader's technical detail as it is (rare cases, not worth a translation).
    pub fn detail(text: impl Into<String>) -> Self {
        Unusable(Message::as_is(text))
    }

    /// In the language in use (the window, the CLI's lines).
    pub fn text(&self) -> String {
        self.0.text()
    }
}

impl Localized for Unusable {
    fn message(&self) -> Message {
        self.0.clone()
    }
}

/// In English (logs, `--json`).
impl fmt::Display for Unusable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        crate::i18n::english(self, f)
    }
}

/// The English text (a message has no `Debug` of its own).
impl fmt::Debug for Unusable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Unusable({:?})", self.english())
    }
}

/// A catalogue message saying why.
impl From<Message> for Unusable {
    fn from(message: Message) -> Self {
        Unusable(message)
    }
}

impl From<SecretError> for Unusable {
    fn from(e: SecretError) -> Self {
        Unusable(e.message())
    }
}

impl From<ParamsError> for Unusable {
    fn from(e: ParamsError) -> Self {
        Unusable(e.message())
    }
}

impl From<UriError> for Unusable {
    fn from(e: UriError) -> Self {
        Unusable(e.message())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_read_in_english_with_their_details_as_they_are() {
        let missing = Unusable::from(Message::new("import-entry-missing-fields"));
        assert_eq!(missing.to_string(), "the entry is missing fields");
        assert_eq!(
            format!("{missing:?}"),
            "Unusable(\"the entry is missing fields\")"
        );
        let detail = Unusable::detail("its GCM tag is not 16 bytes");
        assert_eq!(detail.to_string(), "its GCM tag is not 16 bytes");
        let uri = Unusable::from(UriError::MissingSecret);
        assert_eq!(uri.to_string(), UriError::MissingSecret.to_string());
    }
}
