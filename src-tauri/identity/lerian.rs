//! Lerian Identity client: `POST /v1/users/{id}/mfa/setup|verify|enable`,
//! `GET /v1/users/{id}/mfa` (CONTRACTS.md section 1).

use reqwest::header::HeaderMap;
use reqwest::Method;
use serde_json::{json, Value};

use super::error::Reason;
use super::http::Http;
use super::{
    check_status, opt_str, req_bool, req_true, str_array, str_list, totp_account, Answer, Family,
    IdentityError, MfaType, SetupResult, Status,
};
use crate::i18n::Message;
use crate::otp::Secret;

/// A Lerian Identity client for one user.
pub struct Lerian {
    http: Http,
    user: String,
    profile: String,
    country: Option<String>,
}

impl Lerian {
    /// A client for `user` (a UUID) on `http`'s server; `profile` names the account.
    pub fn new(http: Http, user: String, profile: &str) -> Self {
        Lerian {
            http,
            user: user.to_ascii_lowercase(),
            profile: profile.to_owned(),
            country: None,
        }
    }

    /// Sends `countryCode` with SMS verifies.
    pub fn with_country(mut self, country: Option<String>) -> Self {
        self.country = country;
        self
    }

    fn path(&self, tail: &str) -> String {
        format!("v1/users/{}/mfa{tail}", self.user)
    }

    fn url(&self, tail: &str) -> String {
        format!("{}{}", self.http.base(), self.path(tail))
    }

    async fn post(&self, tail: &str, body: Value) -> Result<super::http::Reply, IdentityError> {
        let reply = self
            .http
            .call(
                Method::POST,
                &self.path(tail),
                HeaderMap::new(),
                Some(&body),
            )
            .await?;
        check_status(reply)
    }

    fn check_type(ty: MfaType) -> Result<(), IdentityError> {
        match ty {
            MfaType::App | MfaType::Email | MfaType::Sms => Ok(()),
            other => Err(IdentityError::WrongType {
                family: Family::Lerian,
                given: other.wire().into(),
            }),
        }
    }

    /// Setup: the secret, the otpauth URL (app) and the recovery codes.
    pub async fn setup(&self, ty: MfaType) -> Result<Answer<SetupResult>, IdentityError> {
        Self::check_type(ty)?;
        let url = self.url("/setup");
        let reply = self.post("/setup", json!({ "mfaType": ty.wire() })).await?;
        let b = &reply.body;
        let codes = str_array(&url, b, "recoveryCodes")?
            .filter(|c| !c.is_empty())
            .ok_or_else(|| IdentityError::Malformed {
                url: url.clone(),
                detail: Reason::new(Message::new("identity-answer-no-recovery-codes")),
            })?;
        let totp = if ty == MfaType::App {
            let secret = super::req_str(&url, b, "secret")?;
            let uri = b.get("url").and_then(Value::as_str);
            Some(totp_account(&url, secret, uri, &self.profile, &self.user)?)
        } else {
            None
        };
        Ok(Answer {
            value: SetupResult {
                totp,
                recovery_codes: codes,
                enrollment_id: None,
                note: (ty != MfaType::App).then(|| {
                    format!(
                        "the server sends a passcode by {}",
                        if ty == MfaType::Sms { "SMS" } else { "email" }
                    )
                }),
            },
            server_time: reply.date,
        })
    }

    /// Verify a passcode.
    pub async fn verify(
        &self,
        ty: MfaType,
        passcode: &str,
        secret: Option<&Secret>,
    ) -> Result<Answer<()>, IdentityError> {
        Self::check_type(ty)?;
        let mut body = json!({ "passcode": passcode, "mfaType": ty.wire() });
        if let (MfaType::Sms, Some(c)) = (ty, &self.country) {
            body["countryCode"] = json!(c);
        }
        if let (MfaType::App, Some(s)) = (ty, secret) {
            body["secret"] = json!(s.to_base32().as_str());
        }
        let reply = self.post("/verify", body).await?;
        req_true(&self.url("/verify"), &reply.body, "verified")?;
        Ok(Answer {
            value: (),
            server_time: reply.date,
        })
    }

    /// Enable with one of the recovery codes setup issued.
    pub async fn enable(
        &self,
        ty: MfaType,
        recovery_code: &str,
        secret: Option<&Secret>,
    ) -> Result<Answer<()>, IdentityError> {
        Self::check_type(ty)?;
        let mut body = json!({ "recoveryCode": recovery_code, "mfaType": ty.wire() });
        if let (MfaType::App, Some(s)) = (ty, secret) {
            body["secret"] = json!(s.to_base32().as_str());
        }
        let reply = self.post("/enable", body).await?;
        req_true(&self.url("/enable"), &reply.body, "enabled")?;
        Ok(Answer {
            value: (),
            server_time: reply.date,
        })
    }

    /// The user's MFA status.
    pub async fn status(&self) -> Result<Answer<Status>, IdentityError> {
        let url = self.url("");
        let reply = check_status(
            self.http
                .call(Method::GET, &self.path(""), HeaderMap::new(), None)
                .await?,
        )?;
        let b = &reply.body;
        let mut methods = str_list(b, "methods");
        if methods.is_empty() {
            for (flag, name) in [
                ("totpEnabled", "app"),
                ("emailEnabled", "email"),
                ("smsEnabled", "sms"),
            ] {
                if b.get(flag).and_then(Value::as_bool) == Some(true) {
                    methods.push(name.into());
                }
            }
        }
        Ok(Answer {
            value: Status {
                enabled: req_bool(&url, b, "enabled")?,
                preferred: opt_str(b, "preferredType"),
                methods,
                required: None,
            },
            server_time: reply.date,
        })
    }
}
