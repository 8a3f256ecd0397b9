//! Identity clients: one module per API family ([`lerian`], [`flashback`], [`tenant`])
//! behind one interface, [`Client`], that the enrollment flow drives. [`http`] holds the
//! transport rules (HTTPS, timeouts, size cap, redirects). Server errors keep the
//! server's own code, title and message and add what the user should do next.
//!
//! The server profile model ([`Profile`]) lives here too; storage keeps profiles and
//! their tokens.

pub mod flashback;
pub mod http;
pub mod lerian;
pub mod tenant;

use std::fmt;
use std::time::SystemTime;

use serde::{Deserialize, Serialize};
use serde_json::Value;
use zeroize::Zeroizing;

use crate::otp::Secret;
use crate::otpauth::UriAccount;

pub use http::Timeouts;

/// The API family a server speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Family {
    /// Lerian Identity: setup, verify, enable, status.
    Lerian,
    /// Flashback: setup, verify-setup, status.
    Flashback,
    /// The tenant-scoped TOTP API: enroll, verify.
    Tenant,
}

impl Family {
    /// The name used on the command line and in files.
    pub fn as_str(self) -> &'static str {
        match self {
            Family::Lerian => "lerian",
            Family::Flashback => "flashback",
            Family::Tenant => "tenant",
        }
    }
}

/// A kind of second factor, per family.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum MfaType {
    /// Lerian `app` (TOTP).
    App,
    /// Lerian `email`: the server sends a passcode by email.
    Email,
    /// Lerian `sms`: the server sends a passcode by SMS.
    Sms,
    /// Flashback `GOOGLE_AUTH` (TOTP).
    GoogleAuth,
    /// Flashback `MAGIC_LINK`: not TOTP; the server sends a link.
    MagicLink,
    /// Flashback `PASSKEY`: not TOTP; WebAuthn, finished in a browser.
    Passkey,
    /// Tenant API TOTP.
    Totp,
}

impl MfaType {
    /// Parses `text` (as typed on the command line) for `family`; `None` picks the
    /// family's TOTP type.
    pub fn for_family(family: Family, text: Option<&str>) -> Result<Self, IdentityError> {
        let t = match (family, text.map(str::trim)) {
            (Family::Lerian, None) => MfaType::App,
            (Family::Flashback, None) => MfaType::GoogleAuth,
            (Family::Tenant, None) => MfaType::Totp,
            (Family::Lerian, Some(t)) => match t.to_ascii_lowercase().as_str() {
                "app" | "totp" => MfaType::App,
                "email" => MfaType::Email,
                "sms" => MfaType::Sms,
                _ => {
                    return Err(IdentityError::WrongType {
                        family,
                        given: t.into(),
                    })
                }
            },
            (Family::Flashback, Some(t)) => match t.to_ascii_uppercase().as_str() {
                "GOOGLE_AUTH" | "APP" | "TOTP" => MfaType::GoogleAuth,
                "MAGIC_LINK" => MfaType::MagicLink,
                "PASSKEY" => MfaType::Passkey,
                _ => {
                    return Err(IdentityError::WrongType {
                        family,
                        given: t.into(),
                    })
                }
            },
            (Family::Tenant, Some(t)) => match t.to_ascii_lowercase().as_str() {
                "totp" | "app" => MfaType::Totp,
                _ => {
                    return Err(IdentityError::WrongType {
                        family,
                        given: t.into(),
                    })
                }
            },
        };
        Ok(t)
    }

    /// The value sent on the wire.
    pub fn wire(self) -> &'static str {
        match self {
            MfaType::App => "app",
            MfaType::Email => "email",
            MfaType::Sms => "sms",
            MfaType::GoogleAuth => "GOOGLE_AUTH",
            MfaType::MagicLink => "MAGIC_LINK",
            MfaType::Passkey => "PASSKEY",
            MfaType::Totp => "totp",
        }
    }

    /// Whether the app computes the passcodes itself (a TOTP secret).
    pub fn is_totp(self) -> bool {
        matches!(self, MfaType::App | MfaType::GoogleAuth | MfaType::Totp)
    }
}

/// A server profile: where to enroll and as whom. The token is in the keychain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// The profile's name, chosen by the user.
    pub name: String,
    /// Its API family.
    pub api: Family,
    /// Base URL (https, or http for loopback).
    pub url: String,
    /// Lerian user id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// Tenant id (tenant API).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tenant: Option<String>,
    /// Email (Flashback).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The phone's country for SMS (Lerian `countryCode`, ISO 3166-1 alpha-2 like `BR`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}

impl Profile {
    /// Checks the fields a family needs; returns the profile unchanged.
    pub fn validated(self) -> Result<Self, IdentityError> {
        let bad = |reason: String| IdentityError::BadProfile { reason };
        let name_ok = !self.name.is_empty()
            && self.name.len() <= 64
            && self
                .name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c));
        if !name_ok {
            return Err(bad(format!(
                "the name {:?} must be 1-64 letters, digits, '-', '_' or '.'",
                self.name
            )));
        }
        http::check_base_url(&self.url)?;
        let uuid = |s: &str| {
            let parts: Vec<&str> = s.split('-').collect();
            parts.len() == 5
                && parts
                    .iter()
                    .zip([8, 4, 4, 4, 12])
                    .all(|(p, n)| p.len() == n && p.chars().all(|c| c.is_ascii_hexdigit()))
        };
        if let Some(c) = &self.country {
            if c.len() != 2 || !c.chars().all(|x| x.is_ascii_uppercase()) {
                return Err(bad(format!(
                    "--country {c:?} is not a two-letter ISO 3166-1 code such as BR"
                )));
            }
        }
        match self.api {
            Family::Lerian => match self.user.as_deref() {
                Some(u) if uuid(u) => {}
                Some(u) => return Err(bad(format!("--user {u:?} is not a user id (a UUID)"))),
                None => return Err(bad("a Lerian profile needs --user <USER_ID>".into())),
            },
            Family::Tenant => match self.tenant.as_deref() {
                Some(t) if uuid(t) => {}
                Some(t) => return Err(bad(format!("--tenant {t:?} is not a tenant id (a UUID)"))),
                None => return Err(bad("a tenant API profile needs --tenant <TENANT_ID>".into())),
            },
            Family::Flashback => match self.email.as_deref() {
                Some(e) if e.contains('@') && !e.contains(char::is_whitespace) => {}
                Some(e) => return Err(bad(format!("--email {e:?} is not an email address"))),
                None => return Err(bad("a Flashback profile needs --email <EMAIL>".into())),
            },
        }
        Ok(self)
    }
}

/// A bearer token. Zeroized on drop; no `Debug`, `Display` or `Serialize`.
pub struct Token(Zeroizing<String>);

impl Token {
    /// Wraps a token, trimming surrounding whitespace; empty or multi-line is refused.
    pub fn new(text: &str) -> Result<Self, IdentityError> {
        let t = text.trim();
        if t.is_empty() || t.contains(char::is_control) || t.contains(' ') {
            return Err(IdentityError::BadToken);
        }
        Ok(Token(Zeroizing::new(t.to_owned())))
    }

    /// The token itself, for the Authorization header and the keychain.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

/// A recovery (backup) code as received from a server. No `Debug` or `Display`.
pub struct RecoveryCode(pub Zeroizing<String>);

/// What setup returned.
pub struct SetupResult {
    /// The TOTP account (issuer, name, parameters and secret) for TOTP types.
    pub totp: Option<UriAccount>,
    /// Recovery or backup codes.
    pub recovery_codes: Vec<RecoveryCode>,
    /// The server's enrollment id (tenant API).
    pub enrollment_id: Option<String>,
    /// What the server does next for non-TOTP types (magic link, passkey).
    pub note: Option<String>,
}

/// The server's MFA status, normalized across families.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Status {
    /// MFA is on for the user.
    pub enabled: bool,
    /// The preferred or primary method.
    pub preferred: Option<String>,
    /// Methods that are enabled.
    pub methods: Vec<String>,
    /// MFA is required by the organization (Flashback).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
}

/// An answer with the server's clock (from its `Date` header).
pub struct Answer<T> {
    /// The value.
    pub value: T,
    /// The server's time, if it said.
    pub server_time: Option<SystemTime>,
}

/// An error answer from a server, in its own words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerError {
    /// HTTP status.
    pub status: u16,
    /// The server's machine-readable code (`IDE-0040`, `tenant_mismatch`), if any.
    pub code: Option<String>,
    /// The server's title, if any.
    pub title: Option<String>,
    /// The server's message.
    pub message: String,
}

impl ServerError {
    /// Reads an error body of any family: `{code,title,message}`, `{code,message}` or
    /// `{success:false,error}`. Text is cleaned of control characters and shortened.
    pub fn from_body(status: u16, body: &Value) -> Self {
        let text = |k: &str| body.get(k).and_then(Value::as_str).map(clean);
        ServerError {
            status,
            code: text("code"),
            title: text("title"),
            message: text("message")
                .or_else(|| text("error"))
                .unwrap_or_else(|| "(no message)".into()),
        }
    }

    /// What the user should do, for the codes we know; and the stable code.
    fn advice(&self) -> (&'static str, &'static str) {
        let code = self.code.as_deref().unwrap_or("");
        let msg = self.message.to_ascii_lowercase();
        match (code, self.status) {
            ("IDE-0040", _) | ("already_enrolled", _) | (_, 409) => (
                "identity.already_enabled",
                "MFA is already enabled for this user",
            ),
            _ if msg.contains("already enabled") => (
                "identity.already_enabled",
                "MFA is already enabled for this user",
            ),
            ("IDE-0041", _) | ("invalid_code", _) => (
                "identity.passcode_rejected",
                "the server rejected the passcode: check the clock (`mfa-companion doctor`) or the code you typed, then try again",
            ),
            _ if msg.contains("verification failed") => (
                "identity.passcode_rejected",
                "the server rejected the passcode: check the clock (`mfa-companion doctor`), then try again",
            ),
            ("IDE-0042", _) => (
                "identity.not_verified",
                "the server has not verified a passcode for this setup yet",
            ),
            ("IDE-0043", _) | ("not_found", _) => (
                "identity.setup_missing",
                "the server has no MFA setup in progress for this user: discard this enrollment and start again",
            ),
            ("IDE-0046", _) => (
                "identity.recovery_rejected",
                "the server did not accept the recovery code",
            ),
            ("IDE-1003", _) => (
                "identity.unknown_user",
                "the server does not know this user id: check the profile's --user",
            ),
            ("IDE-0003", _) => (
                "identity.bad_user_id",
                "the server says the user id is malformed: check the profile's --user",
            ),
            ("IDE-0044", _) => (
                "identity.bad_type",
                "the server does not offer this MFA type",
            ),
            ("IDE-0001" | "IDE-0004" | "IDE-0007", _) => (
                "identity.request_rejected",
                "the server did not accept the request's shape (this app and the server may speak different API versions)",
            ),
            ("tenant_mismatch", _) => (
                "identity.tenant_mismatch",
                "the profile's tenant id and the token belong to different tenants: check --tenant or the token",
            ),
            (_, 401) => (
                "identity.unauthorized",
                "the server did not accept the token: store a fresh one (Servers, Edit in the window; `mfa-companion server add` with the same name and --replace)",
            ),
            (_, 403) => ("identity.forbidden", "the server refused this for this user"),
            (_, 404) => ("identity.not_found", "the server has no such resource: check the profile's URL"),
            (_, s) if s >= 500 => (
                "identity.server_failed",
                "the server failed: try again later",
            ),
            _ => ("identity.server_error", "the server refused the request"),
        }
    }
}

fn clean(s: &str) -> String {
    let mut out: String = s
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(400)
        .collect();
    if s.chars().count() > 400 {
        out.push('…');
    }
    out
}

impl fmt::Display for ServerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (_, advice) = self.advice();
        write!(f, "{advice}: the server answered {}", self.status)?;
        if let Some(c) = &self.code {
            write!(f, " {c}")?;
        }
        if let Some(t) = &self.title {
            write!(f, " {t}")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Everything the identity clients can report. Messages never hold a token, secret or
/// recovery code.
#[non_exhaustive]
#[derive(Debug, thiserror::Error)]
pub enum IdentityError {
    /// A URL that is not usable.
    #[error("the server URL {url:?} is not usable: {reason}")]
    BadUrl {
        /// the URL as given
        url: String,
        /// why
        reason: String,
    },
    /// `http://` to a host that is not loopback.
    #[error("refusing plain http:// to {url}: tokens and secrets would cross the network unencrypted; use https:// (http is allowed only for 127.0.0.1, localhost and [::1])")]
    InsecureUrl {
        /// the URL as given
        url: String,
    },
    /// An empty or malformed token.
    #[error("the token is empty or malformed: paste the bearer token alone, on one line")]
    BadToken,
    /// A profile missing what its family needs.
    #[error("invalid server profile: {reason}")]
    BadProfile {
        /// what is wrong
        reason: String,
    },
    /// An MFA type the family does not have.
    #[error("{given:?} is not an MFA type of the {} API: use {}", family.as_str(), match family {
        Family::Lerian => "app, email or sms",
        Family::Flashback => "GOOGLE_AUTH, MAGIC_LINK or PASSKEY",
        Family::Tenant => "totp",
    })]
    WrongType {
        /// the family
        family: Family,
        /// what was asked for
        given: String,
    },
    /// The server could not be reached.
    #[error("cannot reach {url}: {detail}; check the URL and your network, then try again")]
    Connect {
        /// the URL called
        url: String,
        /// the transport's words
        detail: String,
    },
    /// No complete answer within the timeout.
    #[error("{url} did not answer within {secs} s; the server may be down or overloaded, try again later")]
    Timeout {
        /// the URL called
        url: String,
        /// the total timeout
        secs: u64,
    },
    /// A body over [`http::MAX_BODY`].
    #[error("{url} sent a response larger than 1 MiB, which no identity API needs: refusing to read it (is the URL right?)")]
    TooLarge {
        /// the URL called
        url: String,
    },
    /// A redirect to another host (or to plain http).
    #[error("{url} redirected to {to}, another host: refusing to send the token there; check the profile's URL")]
    Redirect {
        /// the URL called
        url: String,
        /// where it pointed
        to: String,
    },
    /// A body that is not JSON.
    #[error("{url} answered HTTP {status} with {content_type} instead of JSON: {}", if *status >= 500 { "the identity service or a proxy in front of it is failing, try again later" } else { "is the URL that of the identity API?" })]
    NotJson {
        /// the URL called
        url: String,
        /// the HTTP status
        status: u16,
        /// the content type received
        content_type: String,
    },
    /// JSON that does not have what the contract promises.
    #[error("{url} sent an answer this app does not understand: {detail}")]
    Malformed {
        /// the URL called
        url: String,
        /// what is wrong (never a value)
        detail: String,
    },
    /// An error answer from the server.
    #[error("{0}")]
    Server(ServerError),
    /// Something the family's API does not offer.
    #[error("{what}")]
    Unsupported {
        /// what and why
        what: String,
    },
}

impl IdentityError {
    /// The stable code.
    pub fn code(&self) -> &'static str {
        match self {
            IdentityError::BadUrl { .. } => "identity.bad_url",
            IdentityError::InsecureUrl { .. } => "identity.insecure_url",
            IdentityError::BadToken => "identity.bad_token",
            IdentityError::BadProfile { .. } => "identity.bad_profile",
            IdentityError::WrongType { .. } => "identity.bad_type",
            IdentityError::Connect { .. } => "identity.connect",
            IdentityError::Timeout { .. } => "identity.timeout",
            IdentityError::TooLarge { .. } => "identity.too_large",
            IdentityError::Redirect { .. } => "identity.redirect",
            IdentityError::NotJson { .. } => "identity.not_json",
            IdentityError::Malformed { .. } => "identity.malformed",
            IdentityError::Server(e) => e.advice().0,
            IdentityError::Unsupported { .. } => "identity.unsupported",
        }
    }

    /// Whether retrying later may help (network trouble, 5xx), as opposed to a refusal.
    pub fn is_transient(&self) -> bool {
        match self {
            IdentityError::Connect { .. } | IdentityError::Timeout { .. } => true,
            IdentityError::NotJson { status, .. } => *status >= 500,
            IdentityError::Server(e) => e.status >= 500,
            _ => false,
        }
    }
}

/// A connected client for one profile.
pub enum Client {
    /// Lerian Identity.
    Lerian(lerian::Lerian),
    /// Flashback.
    Flashback(flashback::Flashback),
    /// The tenant-scoped TOTP API.
    Tenant(tenant::Tenant),
}

impl Client {
    /// A client for `profile` sending `token`.
    pub fn new(
        profile: &Profile,
        token: &Token,
        timeouts: Timeouts,
    ) -> Result<Self, IdentityError> {
        let http = http::Http::new(&profile.url, token, timeouts)?;
        let missing = |what: &str| IdentityError::BadProfile {
            reason: format!("profile {} has no {what}", profile.name),
        };
        Ok(match profile.api {
            Family::Lerian => Client::Lerian(
                lerian::Lerian::new(
                    http,
                    profile.user.clone().ok_or_else(|| missing("user id"))?,
                    &profile.name,
                )
                .with_country(profile.country.clone()),
            ),
            Family::Flashback => Client::Flashback(flashback::Flashback::new(
                http,
                profile.email.clone().ok_or_else(|| missing("email"))?,
                &profile.name,
            )),
            Family::Tenant => Client::Tenant(tenant::Tenant::new(
                http,
                profile.tenant.clone().ok_or_else(|| missing("tenant id"))?,
                &profile.name,
            )),
        })
    }

    /// Starts enrollment of `ty`.
    pub async fn setup(&self, ty: MfaType) -> Result<Answer<SetupResult>, IdentityError> {
        match self {
            Client::Lerian(c) => c.setup(ty).await,
            Client::Flashback(c) => c.setup(ty).await,
            Client::Tenant(c) => c.setup(ty).await,
        }
    }

    /// Verifies a passcode (the TOTP `secret` is sent where the family wants it).
    pub async fn verify(
        &self,
        ty: MfaType,
        passcode: &str,
        secret: Option<&Secret>,
    ) -> Result<Answer<()>, IdentityError> {
        match self {
            Client::Lerian(c) => c.verify(ty, passcode, secret).await,
            Client::Flashback(c) => c.verify(ty, passcode).await,
            Client::Tenant(c) => c.verify(passcode).await,
        }
    }

    /// Whether this family has a separate enable step after verify.
    pub fn needs_enable(&self) -> bool {
        matches!(self, Client::Lerian(_))
    }

    /// Enables MFA with a recovery code (Lerian).
    pub async fn enable(
        &self,
        ty: MfaType,
        recovery_code: &str,
        secret: Option<&Secret>,
    ) -> Result<Answer<()>, IdentityError> {
        match self {
            Client::Lerian(c) => c.enable(ty, recovery_code, secret).await,
            _ => Err(IdentityError::Unsupported {
                what: "this API has no separate enable step".into(),
            }),
        }
    }

    /// The user's MFA status.
    pub async fn status(&self) -> Result<Answer<Status>, IdentityError> {
        match self {
            Client::Lerian(c) => c.status().await,
            Client::Flashback(c) => c.status().await,
            Client::Tenant(_) => Err(IdentityError::Unsupported {
                what: "the tenant-scoped TOTP API has no status call: its enrollment ends with a successful verify".into(),
            }),
        }
    }
}

/// Reads a required string field of a JSON object.
pub(crate) fn req_str<'a>(url: &str, v: &'a Value, field: &str) -> Result<&'a str, IdentityError> {
    v.get(field)
        .and_then(Value::as_str)
        .ok_or_else(|| IdentityError::Malformed {
            url: url.to_owned(),
            detail: format!("the field {field:?} is missing or not text"),
        })
}

/// Reads a required boolean field.
pub(crate) fn req_bool(url: &str, v: &Value, field: &str) -> Result<bool, IdentityError> {
    v.get(field)
        .and_then(Value::as_bool)
        .ok_or_else(|| IdentityError::Malformed {
            url: url.to_owned(),
            detail: format!("the field {field:?} is missing or not true/false"),
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
            detail: format!("it answered 200 with {field}: false"),
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
                        detail: format!("{field:?} holds something that is not a code"),
                    })
            })
            .collect::<Result<Vec<_>, _>>()
            .map(Some),
        Some(_) => Err(IdentityError::Malformed {
            url: url.to_owned(),
            detail: format!("{field:?} is not a list"),
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
        detail: format!("the secret is not valid base32 ({e})"),
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
        detail: format!("its otpauth URL is invalid ({e})"),
    })?;
    if parsed.secret != bare {
        return Err(IdentityError::Malformed {
            url: url.to_owned(),
            detail: "the secret and the otpauth URL's secret differ".into(),
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn server(status: u16, body: Value) -> IdentityError {
        IdentityError::Server(ServerError::from_body(status, &body))
    }

    #[test]
    fn every_documented_server_error_maps_to_a_stable_code_and_keeps_the_servers_words() {
        let lerian = |code: &str, status: u16| {
            server(
                status,
                json!({"code": code, "title": "T", "message": "server words"}),
            )
        };
        for (code, status, ours) in [
            ("IDE-0001", 400, "identity.request_rejected"),
            ("IDE-0003", 400, "identity.bad_user_id"),
            ("IDE-0004", 400, "identity.request_rejected"),
            ("IDE-0006", 500, "identity.server_failed"),
            ("IDE-0007", 400, "identity.request_rejected"),
            ("IDE-0040", 400, "identity.already_enabled"),
            ("IDE-0041", 400, "identity.passcode_rejected"),
            ("IDE-0042", 400, "identity.not_verified"),
            ("IDE-0043", 400, "identity.setup_missing"),
            ("IDE-0044", 400, "identity.bad_type"),
            ("IDE-0045", 500, "identity.server_failed"),
            ("IDE-0046", 400, "identity.recovery_rejected"),
            ("IDE-1003", 404, "identity.unknown_user"),
            ("IDE-9999", 400, "identity.server_error"),
        ] {
            let e = lerian(code, status);
            assert_eq!(e.code(), ours, "{code}");
            let text = e.to_string();
            assert!(
                text.contains(code) && text.contains("server words"),
                "{text}"
            );
        }
        let e = lerian("IDE-0040", 400).to_string();
        assert!(
            e.starts_with("MFA is already enabled for this user: "),
            "{e}"
        );
        let t = server(
            403,
            json!({"code": "tenant_mismatch", "message": "m", "notices": ["n"]}),
        );
        assert_eq!(t.code(), "identity.tenant_mismatch");
        assert_eq!(
            server(
                409,
                json!({"code": "x", "message": "TOTP already enrolled"})
            )
            .code(),
            "identity.already_enabled"
        );
        assert_eq!(
            server(401, json!({"code": "unauthenticated", "message": "m"})).code(),
            "identity.unauthorized"
        );
        let f = server(
            400,
            json!({"success": false, "error": "Invalid MFA type specified"}),
        );
        assert!(f.to_string().ends_with("Invalid MFA type specified"));
        let f = server(
            400,
            json!({"success": false, "error": "MFA setup verification failed"}),
        );
        assert_eq!(f.code(), "identity.passcode_rejected");
    }

    #[test]
    fn server_text_is_cleaned_and_bounded() {
        let long = "x".repeat(5000);
        let e = ServerError::from_body(400, &json!({"message": format!("a\u{1b}[31mb\n{long}")}));
        assert!(!e.message.contains('\u{1b}') && !e.message.contains('\n'));
        assert!(e.message.chars().count() <= 401);
    }

    #[test]
    fn only_https_or_loopback_http_base_urls_are_accepted() {
        for ok in [
            "https://id.example.com",
            "http://127.0.0.1:8080",
            "http://localhost:1/x",
            "http://[::1]:9/",
        ] {
            assert!(http::check_base_url(ok).is_ok(), "{ok}");
        }
        assert!(matches!(
            http::check_base_url("http://id.example.com"),
            Err(IdentityError::InsecureUrl { .. })
        ));
        assert!(matches!(
            http::check_base_url("http://127.0.0.1.example.com"),
            Err(IdentityError::InsecureUrl { .. })
        ));
        assert!(matches!(
            http::check_base_url("https://u:p@id.example.com"),
            Err(IdentityError::BadUrl { .. })
        ));
        assert!(matches!(
            http::check_base_url("ftp://x"),
            Err(IdentityError::BadUrl { .. })
        ));
        assert!(http::check_base_url("https://h/api")
            .unwrap()
            .as_str()
            .ends_with("/api/"));
    }

    #[test]
    fn profiles_need_what_their_family_needs() {
        let base = Profile {
            name: "w".into(),
            api: Family::Lerian,
            url: "https://h".into(),
            user: None,
            tenant: None,
            email: None,
            country: None,
        };
        assert!(base.clone().validated().is_err());
        let mut p = base.clone();
        p.user = Some("not-a-uuid".into());
        assert!(p.validated().is_err());
        let mut p = base.clone();
        p.api = Family::Flashback;
        p.email = Some("a@b".into());
        assert!(p.validated().is_ok());
        let mut p = base;
        p.name = "bad name".into();
        assert!(p.validated().is_err());
    }

    #[test]
    fn tokens_are_one_line_and_not_empty() {
        assert!(Token::new("  abc  ").is_ok());
        assert!(Token::new("").is_err());
        assert!(Token::new("a b").is_err());
        assert!(Token::new("a\nb").is_err());
    }
}
