//! The server profile model: the API families ([`Family`]), their MFA types ([`MfaType`])
//! and a profile ([`Profile`]: where to enroll and sign in, and as whom) with the checks
//! each family needs. Storage keeps profiles; the keychain keeps their tokens.

use serde::{Deserialize, Serialize};

use super::error::Reason;
use super::{http, IdentityError};
use crate::i18n::Message;

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
    /// The Lerian Auth plugin's base URL, for profiles that sign in (CONTRACTS.md §4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_url: Option<String>,
    /// The username that signs in (never the password: that is asked for each time).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub login: Option<String>,
}

impl Profile {
    /// Checks the fields a family needs; returns the profile unchanged.
    pub fn validated(self) -> Result<Self, IdentityError> {
        let bad = |reason: Message| IdentityError::BadProfile {
            reason: Reason::new(reason),
        };
        let name_ok = !self.name.is_empty()
            && self.name.len() <= 64
            && self
                .name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c));
        if !name_ok {
            return Err(bad(
                Message::new("identity-profile-name").arg("name", format!("{:?}", self.name))
            ));
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
                return Err(bad(
                    Message::new("identity-profile-country").arg("country", format!("{c:?}"))
                ));
            }
        }
        match (&self.auth_url, &self.login) {
            (None, None) => {}
            (Some(_), Some(_)) if self.api != Family::Lerian => {
                return Err(bad(Message::new("identity-profile-signin-lerian")))
            }
            (Some(a), Some(l)) => {
                http::check_base_url(a)?;
                if l.trim().is_empty() || l.len() > 256 || l.contains(char::is_control) {
                    return Err(bad(
                        Message::new("identity-profile-login").arg("login", format!("{l:?}"))
                    ));
                }
            }
            (None, Some(_)) => {
                return Err(bad(Message::new("identity-profile-login-needs-auth-url")))
            }
            (Some(_), None) => {
                return Err(bad(Message::new("identity-profile-auth-url-needs-login")))
            }
        }
        match self.api {
            Family::Lerian => match self.user.as_deref() {
                Some(u) if uuid(u) => {}
                Some(u) => {
                    return Err(bad(
                        Message::new("identity-profile-user").arg("user", format!("{u:?}"))
                    ))
                }
                // Signing in reads the user id from the server (userinfo's `sub`).
                None if self.login.is_some() => {}
                None => return Err(bad(Message::new("identity-profile-lerian-needs-user"))),
            },
            Family::Tenant => match self.tenant.as_deref() {
                Some(t) if uuid(t) => {}
                Some(t) => {
                    return Err(bad(
                        Message::new("identity-profile-tenant").arg("tenant", format!("{t:?}"))
                    ))
                }
                None => return Err(bad(Message::new("identity-profile-tenant-needed"))),
            },
            Family::Flashback => match self.email.as_deref() {
                Some(e) if e.contains('@') && !e.contains(char::is_whitespace) => {}
                Some(e) => {
                    return Err(bad(
                        Message::new("identity-profile-email").arg("email", format!("{e:?}"))
                    ))
                }
                None => return Err(bad(Message::new("identity-profile-email-needed"))),
            },
        }
        Ok(self)
    }

    /// Whether the profile signs in (Lerian Auth) instead of holding a pasted token.
    pub fn signs_in(&self) -> bool {
        self.login.is_some() && self.auth_url.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
            auth_url: None,
            login: None,
        };
        assert!(base.clone().validated().is_err());
        let mut p = base.clone();
        p.user = Some("not-a-uuid".into());
        assert!(p.validated().is_err());
        let mut p = base.clone();
        p.api = Family::Flashback;
        p.email = Some("a@b".into());
        assert!(p.validated().is_ok());
        let mut p = base.clone();
        p.name = "bad name".into();
        assert!(p.validated().is_err());
        // A profile that signs in needs both URLs and a username, and no user id yet.
        let mut p = base.clone();
        p.auth_url = Some("https://auth.example.com".into());
        assert!(p.clone().validated().is_err());
        p.login = Some("john".into());
        assert!(p.clone().validated().unwrap().signs_in());
        p.auth_url = Some("http://auth.example.com".into());
        assert!(matches!(
            p.validated(),
            Err(IdentityError::InsecureUrl { .. })
        ));
        let mut p = base;
        p.login = Some("john".into());
        assert!(p.validated().is_err());
    }
}
