//! Reading the JSON answers of identity servers: required and optional fields, lists of
//! codes, the TOTP account of a setup answer, and turning a refusal into an error. Every
//! failure names the field, never its value.

use serde_json::Value;
use zeroize::Zeroizing;

use super::error::Reason;
use super::{http, IdentityError, RecoveryCode, ServerError};
use crate::i18n::{Localized as _, Message};
use crate::otp::Secret;
use crate::otpauth::UriAccount;

/// Reads a required string field of a JSON object.
pub(crate) fn req_str<'a>(url: &str, v: &'a Value, field: &str) -> Result<&'a str, IdentityError> {
    v.get(field)
        .and_then(Value::as_str)
        .ok_or_else(|| IdentityError::Malformed {
            url: url.to_owned(),
            detail: Reason::new(
                Message::new("identity-answer-not-text").arg("field", format!("{field:?}")),
            ),
        })
}

/// Reads a required boolean field.
pub(crate) fn req_bool(url: &str, v: &Value, field: &str) -> Result<bool, IdentityError> {
    v.get(field)
        .and_then(Value::as_bool)
        .ok_or_else(|| IdentityError::Malformed {
            url: url.to_owned(),
            detail: Reason::new(
                Message::new("identity-answer-not-bool").arg("field", format!("{field:?}")),
            ),
        })
}

/// Requires a boolean field to be true (`verified`, `enabled`): a 200 saying `false`
/// is not an answer the contract has.
pub(crate) fn req_true(url: &str, v: &Value, field: &str) -> Result<(), IdentityError> {
    if req_bool(url, v, field)? {
        Ok(())
    } else {
        Err(IdentityError::Malformed {
            url: url.to_owned(),
            detail: Reason::new(
                Message::new("identity-answer-false").arg("field", field.to_owned()),
            ),
        })
    }
}

/// An optional text field.
pub(crate) fn opt_str(v: &Value, field: &str) -> Option<String> {
    v.get(field).and_then(Value::as_str).map(str::to_owned)
}

/// An optional list of texts (method names); empty when absent.
pub(crate) fn str_list(v: &Value, field: &str) -> Vec<String> {
    v.get(field)
        .and_then(Value::as_array)
        .map(|m| {
            m.iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

/// Reads an array of strings (recovery codes); `None` if absent.
pub(crate) fn str_array(
    url: &str,
    v: &Value,
    field: &str,
) -> Result<Option<Vec<RecoveryCode>>, IdentityError> {
    match v.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Array(items)) => items
            .iter()
            .map(|i| {
                i.as_str()
                    .map(|s| RecoveryCode(Zeroizing::new(s.trim().to_owned())))
                    .filter(|c| !c.0.is_empty())
                    .ok_or_else(|| IdentityError::Malformed {
                        url: url.to_owned(),
                        detail: Reason::new(
                            Message::new("identity-answer-not-code")
                                .arg("field", format!("{field:?}")),
                        ),
                    })
            })
            .collect::<Result<Vec<_>, _>>()
            .map(Some),
        Some(_) => Err(IdentityError::Malformed {
            url: url.to_owned(),
            detail: Reason::new(
                Message::new("identity-answer-not-list").arg("field", format!("{field:?}")),
            ),
        }),
    }
}

/// The TOTP account from a setup answer: the otpauth URI if the server sent one (checked
/// against the bare secret), else the bare secret with default parameters and the given
/// names.
pub(crate) fn totp_account(
    url: &str,
    secret: &str,
    uri: Option<&str>,
    issuer: &str,
    account: &str,
) -> Result<UriAccount, IdentityError> {
    let bare = Secret::from_base32(secret).map_err(|e| IdentityError::Malformed {
        url: url.to_owned(),
        detail: Reason::new(Message::new("identity-answer-secret").nested("error", e.message())),
    })?;
    let Some(uri) = uri else {
        return Ok(UriAccount {
            issuer: issuer.to_owned(),
            account: account.to_owned(),
            params: crate::otp::OtpParams::default_totp(),
            secret: bare,
        });
    };
    let parsed = crate::otpauth::parse(uri).map_err(|e| IdentityError::Malformed {
        url: url.to_owned(),
        detail: Reason::new(Message::new("identity-answer-uri").nested("error", e.message())),
    })?;
    if parsed.secret != bare {
        return Err(IdentityError::Malformed {
            url: url.to_owned(),
            detail: Reason::new(Message::new("identity-answer-secret-differs")),
        });
    }
    let mut a = parsed;
    if a.issuer.is_empty() {
        a.issuer = issuer.to_owned();
    }
    if a.account.is_empty() {
        a.account = account.to_owned();
    }
    Ok(a)
}

/// Turns a non-2xx reply into a [`ServerError`].
pub(crate) fn check_status(reply: http::Reply) -> Result<http::Reply, IdentityError> {
    if (200..300).contains(&reply.status) {
        Ok(reply)
    } else {
        Err(IdentityError::Server(ServerError::from_body(
            reply.status,
            &reply.body,
        )))
    }
}
