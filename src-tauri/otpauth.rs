//! `otpauth://` Key URIs: parsing in two stages ([`RawUri`], then [`UriAccount`]) and
//! formatting back. Owns nothing else: storage, import files and UI call into it.
//!
//! Follows the Key URI format in `shared/api/CONTRACTS.md`: `otpauth://TYPE/LABEL?PARAMS`,
//! `LABEL = issuer:account` (the colon may be `%3A`), defaults SHA1 / 6 digits / 30 s,
//! `counter` required for HOTP, the `issuer` parameter preferred over a differing label
//! prefix. Steam accounts arrive as `otpauth://steam/...` or as TOTP with `encoder=steam`.

use std::fmt;

use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use zeroize::Zeroizing;

use crate::otp::{Algorithm, Kind, OtpParams, ParamsError, Secret};

mod error;
pub use error::{NameProblem, UriError};

/// Longest URI accepted (4 KiB): far above any real one, small enough to refuse junk early.
pub const MAX_URI_LEN: usize = 4096;
/// Longest issuer or account name accepted, in characters.
pub const MAX_NAME_CHARS: usize = 256;

/// Stage one: the URI split into its parts and percent-decoded, nothing validated.
/// Holds the secret text, so it zeroizes its parameter values on drop.
pub struct RawUri {
    /// The type segment, lower-cased (`totp`, `hotp`, `steam`, or anything else).
    pub otp_type: String,
    /// The decoded label.
    pub label: String,
    /// Decoded `(name, value)` pairs in order; names lower-cased.
    params: Vec<(String, Zeroizing<String>)>,
}

impl fmt::Debug for RawUri {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<&str> = self.params.iter().map(|(n, _)| n.as_str()).collect();
        f.debug_struct("RawUri")
            .field("otp_type", &self.otp_type)
            .field("label", &self.label)
            .field("param_names", &names)
            .finish()
    }
}

fn decode(part: &str, text: &str, plus_is_space: bool) -> Result<String, UriError> {
    let spaced;
    let text = if plus_is_space && text.contains('+') {
        spaced = text.replace('+', " ");
        spaced.as_str()
    } else {
        text
    };
    percent_decode_str(text)
        .decode_utf8()
        .map(|s| s.into_owned())
        .map_err(|_| UriError::Encoding {
            part: part.to_string(),
        })
}

impl RawUri {
    /// Splits `otpauth://TYPE/LABEL?QUERY` and decodes each part.
    pub fn parse(uri: &str) -> Result<Self, UriError> {
        let uri = uri.trim();
        if uri.len() > MAX_URI_LEN {
            return Err(UriError::TooLong { len: uri.len() });
        }
        const SCHEME: &str = "otpauth://";
        let rest = match uri.get(..SCHEME.len()) {
            Some(head) if head.eq_ignore_ascii_case(SCHEME) => &uri[SCHEME.len()..],
            _ => return Err(UriError::Scheme),
        };
        let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
        let query = query.split_once('#').map_or(query, |(q, _)| q);
        let (otp_type, label) = path.split_once('/').unwrap_or((path, ""));
        let otp_type = otp_type.to_ascii_lowercase();
        let label = decode("label", label, false)?;
        let mut params: Vec<(String, Zeroizing<String>)> = Vec::new();
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            let name = decode("parameter name", name, true)?.to_ascii_lowercase();
            let value = Zeroizing::new(decode(&name, value, true)?);
            if params.iter().any(|(n, _)| *n == name) {
                return Err(UriError::Duplicate { name });
            }
            params.push((name, value));
        }
        Ok(Self {
            otp_type,
            label,
            params,
        })
    }

    /// The decoded value of a parameter.
    pub fn param(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// Stage two: checks every parameter and builds the account.
    pub fn validate(&self) -> Result<UriAccount, UriError> {
        let steam_encoder = self
            .param("encoder")
            .is_some_and(|e| e.eq_ignore_ascii_case("steam"));
        let kind = match self.otp_type.as_str() {
            "totp" if steam_encoder => Kind::Steam,
            "totp" => Kind::Totp,
            "hotp" => Kind::Hotp,
            "steam" => Kind::Steam,
            other => {
                return Err(UriError::Type {
                    found: other.chars().take(32).collect(),
                })
            }
        };
        let secret = Secret::from_base32(self.param("secret").ok_or(UriError::MissingSecret)?)?;
        let algorithm = match self.param("algorithm") {
            None => Algorithm::Sha1,
            Some(a) => Algorithm::parse(a).ok_or_else(|| UriError::Algorithm {
                found: a.chars().take(32).collect(),
            })?,
        };
        let number = |name: &str, default: u64| -> Result<u64, String> {
            match self.param(name) {
                None => Ok(default),
                Some(v) => v
                    .trim()
                    .parse::<u64>()
                    .map_err(|_| v.chars().take(32).collect()),
            }
        };
        let digits_text = || {
            self.param("digits")
                .unwrap_or("")
                .chars()
                .take(32)
                .collect()
        };
        let period_text = || {
            self.param("period")
                .unwrap_or("")
                .chars()
                .take(32)
                .collect()
        };
        let params = match kind {
            Kind::Totp => {
                let digits = number("digits", 6).map_err(|found| UriError::Digits { found })?;
                let period = number("period", 30).map_err(|found| UriError::Period { found })?;
                let digits = u32::try_from(digits).unwrap_or(u32::MAX);
                OtpParams::totp(algorithm, digits, period).map_err(|e| match e {
                    ParamsError::Digits { .. } => UriError::Digits {
                        found: digits_text(),
                    },
                    ParamsError::Period { .. } => UriError::Period {
                        found: period_text(),
                    },
                    other => UriError::Params(other),
                })?
            }
            Kind::Hotp => {
                let digits = number("digits", 6).map_err(|found| UriError::Digits { found })?;
                let counter = match self.param("counter") {
                    None => return Err(UriError::MissingCounter),
                    Some(c) => c.trim().parse::<u64>().map_err(|_| UriError::Counter {
                        found: c.chars().take(32).collect(),
                    })?,
                };
                let digits = u32::try_from(digits).unwrap_or(u32::MAX);
                OtpParams::hotp(algorithm, digits, counter).map_err(|_| UriError::Digits {
                    found: digits_text(),
                })?
            }
            Kind::Steam => {
                if algorithm != Algorithm::Sha1 {
                    return Err(UriError::Params(ParamsError::Steam));
                }
                let period = number("period", 30).map_err(|found| UriError::Period { found })?;
                OtpParams::steam(period).map_err(|_| UriError::Period {
                    found: period_text(),
                })?
            }
        };
        let (issuer, account) = split_label(&self.label, self.param("issuer"));
        Ok(UriAccount {
            issuer: validate_name("issuer", issuer)?,
            account: validate_name("account name", account)?,
            params,
            secret,
        })
    }
}

/// Splits a label into issuer and account, preferring the `issuer` parameter.
fn split_label<'a>(label: &'a str, issuer_param: Option<&'a str>) -> (&'a str, &'a str) {
    let issuer_param = issuer_param.map(str::trim).filter(|i| !i.is_empty());
    if let Some(issuer) = issuer_param {
        // An issuer containing ':' would split wrongly; strip it as a whole first.
        if let Some(account) = label
            .strip_prefix(issuer)
            .and_then(|rest| rest.strip_prefix(':'))
        {
            return (issuer, account);
        }
        let account = label.split_once(':').map_or(label, |(_, a)| a);
        return (issuer, account);
    }
    match label.split_once(':') {
        Some((prefix, account)) => (prefix, account),
        None => ("", label),
    }
}

/// Checks an issuer or account name (from a URI or typed by hand): trimmed, no control
/// characters, at most 256 characters.
pub fn validate_name(part: &'static str, name: &str) -> Result<String, UriError> {
    let name = name.trim();
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(UriError::Name {
            part,
            problem: NameProblem::TooLong,
        });
    }
    if name.chars().any(char::is_control) {
        return Err(UriError::Name {
            part,
            problem: NameProblem::Control,
        });
    }
    Ok(name.to_string())
}

/// A validated account as carried by a Key URI.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UriAccount {
    /// Who issued it (may be empty).
    pub issuer: String,
    /// The account name (may be empty).
    pub account: String,
    /// Kind, algorithm, digits, period or counter.
    pub params: OtpParams,
    /// The shared secret.
    pub secret: Secret,
}

/// Parses and validates in one call.
pub fn parse(uri: &str) -> Result<UriAccount, UriError> {
    RawUri::parse(uri)?.validate()
}

/// Characters kept literal in a label or value: RFC 3986 unreserved.
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Formats a Key URI. The result contains the secret: zeroized on drop.
pub fn format(
    issuer: &str,
    account: &str,
    params: &OtpParams,
    secret: &Secret,
) -> Zeroizing<String> {
    let kind = match params.kind() {
        Kind::Totp => "totp",
        Kind::Hotp => "hotp",
        Kind::Steam => "steam",
    };
    let enc = |s: &str| utf8_percent_encode(s, COMPONENT).to_string();
    let label = if issuer.is_empty() {
        if account.contains(':') {
            // A leading ':' keeps an empty issuer from swallowing the account's colon.
            format!(":{}", enc(account))
        } else {
            enc(account)
        }
    } else {
        format!("{}:{}", enc(issuer), enc(account))
    };
    let mut uri = Zeroizing::new(format!("otpauth://{kind}/{label}?secret="));
    uri.push_str(&secret.to_base32());
    if !issuer.is_empty() {
        uri.push_str("&issuer=");
        uri.push_str(&enc(issuer));
    }
    match params.kind() {
        Kind::Steam => {
            if let Some(p) = params.period().filter(|p| *p != 30) {
                uri.push_str(&format!("&period={p}"));
            }
        }
        Kind::Totp | Kind::Hotp => {
            uri.push_str(&format!(
                "&algorithm={}&digits={}",
                params.algorithm(),
                params.digits()
            ));
            if let Some(p) = params.period() {
                uri.push_str(&format!("&period={p}"));
            }
            if let Some(c) = params.counter() {
                uri.push_str(&format!("&counter={c}"));
            }
        }
    }
    uri
}

#[cfg(test)]
#[path = "otpauth_tests.rs"]
mod tests;
