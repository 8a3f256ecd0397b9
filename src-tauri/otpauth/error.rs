//! Why an `otpauth://` URI was refused ([`UriError`], naming the part for the UI's
//! inline messages) and its words from the catalogue (`errors.ftl`). Never the secret.

use crate::otp::{ParamsError, SecretError};

use super::{MAX_NAME_CHARS, MAX_URI_LEN};

/// What is wrong with a URI, naming the part. Never contains the secret.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UriError {
    /// Longer than [`MAX_URI_LEN`].
    #[error("{}", self.english())]
    TooLong {
        /// its length
        len: usize,
    },
    /// Does not start with `otpauth://`.
    #[error("{}", self.english())]
    Scheme,
    /// The type after `otpauth://` is not totp, hotp or steam.
    #[error("{}", self.english())]
    Type {
        /// the type given (not secret)
        found: String,
    },
    /// A part is not valid percent-encoded UTF-8.
    #[error("{}", self.english())]
    Encoding {
        /// `label` or the parameter's name
        part: String,
    },
    /// A parameter appears twice.
    #[error("{}", self.english())]
    Duplicate {
        /// its name
        name: String,
    },
    /// No `secret` parameter.
    #[error("{}", self.english())]
    MissingSecret,
    /// The secret is not usable base32.
    #[error("{}", self.english())]
    Secret(#[from] SecretError),
    /// Unknown `algorithm`.
    #[error("{}", self.english())]
    Algorithm {
        /// the value given
        found: String,
    },
    /// `digits` is not a number or out of range.
    #[error("{}", self.english())]
    Digits {
        /// the value given
        found: String,
    },
    /// `period` is not a number or out of range.
    #[error("{}", self.english())]
    Period {
        /// the value given
        found: String,
    },
    /// HOTP without `counter`.
    #[error("{}", self.english())]
    MissingCounter,
    /// `counter` is not a whole number.
    #[error("{}", self.english())]
    Counter {
        /// the value given
        found: String,
    },
    /// An issuer or account name that is too long or holds control characters.
    #[error("{}", self.english())]
    Name {
        /// `issuer` or `account name`
        part: &'static str,
        /// what is wrong
        problem: NameProblem,
    },
    /// Parameters that are valid alone but not together (for example Steam with SHA256).
    #[error("{}", self.english())]
    Params(ParamsError),
}

/// What is wrong with an issuer or account name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameProblem {
    /// More than [`MAX_NAME_CHARS`] characters.
    TooLong,
    /// Holds control characters.
    Control,
}

use crate::i18n::Localized as _;

impl crate::i18n::Localized for UriError {
    fn message(&self) -> crate::i18n::Message {
        use crate::i18n::Message;
        match self {
            UriError::TooLong { len } => Message::new("uri-too-long")
                .arg("len", *len)
                .arg("max", MAX_URI_LEN),
            UriError::Scheme => Message::new("uri-scheme"),
            UriError::Type { found } => Message::new("uri-type").arg("found", format!("{found:?}")),
            UriError::Encoding { part } => {
                // The label, a parameter's name, or the value of the parameter `part`.
                let kind = match part.as_str() {
                    "label" => "label",
                    "parameter name" => "name",
                    _ => "value",
                };
                Message::new("uri-encoding")
                    .arg("kind", kind)
                    .arg("part", part.clone())
            }
            UriError::Duplicate { name } => {
                Message::new("uri-duplicate").arg("name", format!("{name:?}"))
            }
            UriError::MissingSecret => Message::new("uri-missing-secret"),
            UriError::Secret(e) => Message::new("uri-secret").nested("reason", e.message()),
            UriError::Algorithm { found } => {
                Message::new("uri-algorithm").arg("found", format!("{found:?}"))
            }
            UriError::Digits { found } => {
                Message::new("uri-digits").arg("found", format!("{found:?}"))
            }
            UriError::Period { found } => {
                Message::new("uri-period").arg("found", format!("{found:?}"))
            }
            UriError::MissingCounter => Message::new("uri-missing-counter"),
            UriError::Counter { found } => {
                Message::new("uri-counter").arg("found", format!("{found:?}"))
            }
            UriError::Name { part, problem } => {
                // `issuer` or `account` selects the words in the catalogue.
                let part = if *part == "issuer" {
                    "issuer"
                } else {
                    "account"
                };
                match problem {
                    NameProblem::TooLong => Message::new("uri-name-too-long")
                        .arg("part", part)
                        .arg("max", MAX_NAME_CHARS),
                    NameProblem::Control => Message::new("uri-name-control").arg("part", part),
                }
            }
            UriError::Params(e) => e.message(),
        }
    }
}

impl UriError {
    /// The part of the URI this error is about, for inline messages in the UI.
    pub fn part(&self) -> &'static str {
        match self {
            UriError::TooLong { .. } => "uri",
            UriError::Scheme => "scheme",
            UriError::Type { .. } => "type",
            UriError::Encoding { .. } | UriError::Duplicate { .. } => "uri",
            UriError::MissingSecret | UriError::Secret(_) => "secret",
            UriError::Algorithm { .. } => "algorithm",
            UriError::Digits { .. } => "digits",
            UriError::Period { .. } => "period",
            UriError::MissingCounter | UriError::Counter { .. } => "counter",
            UriError::Name { part, .. } => {
                if *part == "issuer" {
                    "issuer"
                } else {
                    "account"
                }
            }
            UriError::Params(_) => "parameters",
        }
    }
}
