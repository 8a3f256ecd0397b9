//! Why an enrollment stopped ([`EnrollError`]: the code, the cause as a catalogue
//! message, the pending record kept for `--resume`, in English for `Display` and in the
//! user's language for reports), and the parts' errors on the way ([`Failure`]).

use crate::error::{Coded, ErrorReport};
use crate::i18n::Message;
use crate::identity::IdentityError;
use crate::storage::{FileError, StorageError, VaultError};

/// Why an enrollment stopped. The pending record (if any) is kept for `--resume`.
pub struct EnrollError {
    /// What failed: the code, and the message in the language in use (without what to
    /// do with the pending enrollment, which [`Coded::text`] and `Display` add).
    pub report: ErrorReport,
    /// The pending enrollment left behind, if any.
    pub pending: Option<String>,
    /// What failed, as a catalogue message.
    cause: Message,
    /// Whether the failure left nothing stored (the record was dropped).
    nothing_stored: bool,
}

impl EnrollError {
    pub(super) fn new(code: &'static str, cause: Message, pending: Option<String>) -> Self {
        Self::built(code, cause, false, pending)
    }

    pub(super) fn built(
        code: &'static str,
        cause: Message,
        nothing_stored: bool,
        pending: Option<String>,
    ) -> Self {
        let mut e = EnrollError {
            report: ErrorReport {
                code,
                message: String::new(),
            },
            pending,
            cause,
            nothing_stored,
        };
        e.report.message = e.words(false, false);
        e
    }

    /// The message in English or in the language in use, with what to do with the
    /// pending enrollment when `pending`.
    fn words(&self, english: bool, pending: bool) -> String {
        let say = |m: Message| if english { m.english() } else { m.text() };
        let mut text = say(self.cause.clone());
        if self.nothing_stored {
            let error = text.trim_end_matches('.').to_owned();
            text = say(Message::new("enroll-nothing-stored").arg("error", error));
        }
        match &self.pending {
            Some(id) if pending => say(Message::new("enroll-kept")
                .arg("error", text.trim_end_matches('.').to_owned())
                .arg("id", id.clone())),
            _ => text,
        }
    }
}

impl std::fmt::Debug for EnrollError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EnrollError")
            .field("code", &self.report.code)
            .field("message", &self.words(true, false))
            .field("pending", &self.pending)
            .finish()
    }
}

impl std::fmt::Display for EnrollError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.words(true, true))
    }
}

impl Coded for EnrollError {
    fn code(&self) -> &'static str {
        self.report.code
    }
    fn text(&self) -> String {
        self.words(false, true)
    }
}

/// Errors from the parts, with their codes.
pub(super) enum Failure {
    Identity(IdentityError),
    Other(&'static str, Message),
}

impl Failure {
    /// A report from elsewhere (its message already in the language in use).
    pub(super) fn report(r: ErrorReport) -> Self {
        Failure::Other(r.code, Message::as_is(r.message))
    }

    /// A coded error whose words are in the catalogue.
    pub(super) fn coded<E: Coded + crate::i18n::Localized>(e: &E) -> Self {
        Failure::Other(e.code(), e.message())
    }
}

impl From<IdentityError> for Failure {
    fn from(e: IdentityError) -> Self {
        Failure::Identity(e)
    }
}
impl From<StorageError> for Failure {
    fn from(e: StorageError) -> Self {
        Failure::coded(&e)
    }
}
impl From<VaultError> for Failure {
    fn from(e: VaultError) -> Self {
        Failure::coded(&e)
    }
}
impl From<FileError> for Failure {
    fn from(e: FileError) -> Self {
        Failure::coded(&e)
    }
}
