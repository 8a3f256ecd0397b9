//! Identity clients: one module per API family ([`lerian`], [`flashback`], [`tenant`])
//! behind one interface, [`Client`], that the enrollment flow drives. [`http`] holds the
//! transport rules (HTTPS, timeouts, size cap, redirects). Server errors keep the
//! server's own code, title and message and add what the user should do next.
//!
//! Also here: [`profile`] (the server profile model), [`error`] (what clients report),
//! [`fields`] (reading answers), and [`auth`], the sign-in client of the Lerian Auth
//! plugin (password grant, MFA challenge, refresh, userinfo, logout).

pub mod auth;
pub mod error;
pub(crate) mod fields;
pub mod flashback;
pub mod http;
pub mod lerian;
pub mod profile;
pub mod tenant;

use std::time::SystemTime;

use serde::Serialize;
use zeroize::Zeroizing;

use crate::otp::Secret;
use crate::otpauth::UriAccount;

pub(crate) use error::clean;
pub use error::{IdentityError, NotOffered, Reason, ServerError};

use crate::i18n::Message;
pub(crate) use fields::*;
pub use http::Timeouts;
pub use profile::{Family, MfaType, Profile};

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
        let missing = |what: Message| IdentityError::BadProfile {
            reason: Reason::new(what.arg("name", profile.name.clone())),
        };
        Ok(match profile.api {
            Family::Lerian => Client::Lerian(
                lerian::Lerian::new(
                    http,
                    profile
                        .user
                        .clone()
                        .ok_or_else(|| missing(Message::new("identity-profile-no-user")))?,
                    &profile.name,
                )
                .with_country(profile.country.clone()),
            ),
            Family::Flashback => Client::Flashback(flashback::Flashback::new(
                http,
                profile
                    .email
                    .clone()
                    .ok_or_else(|| missing(Message::new("identity-profile-no-email")))?,
                &profile.name,
            )),
            Family::Tenant => Client::Tenant(tenant::Tenant::new(
                http,
                profile
                    .tenant
                    .clone()
                    .ok_or_else(|| missing(Message::new("identity-profile-no-tenant")))?,
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
                what: NotOffered::EnableStep,
            }),
        }
    }

    /// The user's MFA status.
    pub async fn status(&self) -> Result<Answer<Status>, IdentityError> {
        match self {
            Client::Lerian(c) => c.status().await,
            Client::Flashback(c) => c.status().await,
            Client::Tenant(_) => Err(IdentityError::Unsupported {
                what: NotOffered::StatusCall,
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn tokens_are_one_line_and_not_empty() {
        assert!(Token::new("  abc  ").is_ok());
        assert!(Token::new("").is_err());
        assert!(Token::new("a b").is_err());
        assert!(Token::new("a\nb").is_err());
    }
}
