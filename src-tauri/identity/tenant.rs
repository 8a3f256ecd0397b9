//! Tenant-scoped TOTP client: `POST /v1/users/me/mfa/totp` and (the sandbox's choice,
//! CONTRACTS.md section 3) `POST /v1/users/me/mfa/totp/verify`, with `X-Tenant-ID`.

use reqwest::header::{HeaderMap, HeaderValue};
use reqwest::Method;
use serde_json::{json, Value};

use super::error::Reason;
use super::http::{Http, Reply};
use super::{
    check_status, req_str, req_true, totp_account, Answer, IdentityError, MfaType, SetupResult,
};
use crate::i18n::Message;

/// A tenant API client for one tenant.
pub struct Tenant {
    http: Http,
    tenant: String,
    profile: String,
}

impl Tenant {
    /// A client for `tenant` (a UUID) on `http`'s server; `profile` names the account.
    pub fn new(http: Http, tenant: String, profile: &str) -> Self {
        Tenant {
            http,
            tenant,
            profile: profile.to_owned(),
        }
    }

    async fn post(&self, path: &str, body: Option<Value>) -> Result<Reply, IdentityError> {
        let mut headers = HeaderMap::new();
        let tenant =
            HeaderValue::from_str(&self.tenant).map_err(|_| IdentityError::BadProfile {
                reason: Reason::new(Message::new("identity-profile-tenant-header")),
            })?;
        headers.insert("X-Tenant-ID", tenant);
        check_status(
            self.http
                .call(Method::POST, path, headers, body.as_ref())
                .await?,
        )
    }

    /// Enroll: the enrollment id, the secret and its otpauth URI.
    pub async fn setup(&self, ty: MfaType) -> Result<Answer<SetupResult>, IdentityError> {
        if ty != MfaType::Totp {
            return Err(IdentityError::WrongType {
                family: super::Family::Tenant,
                given: ty.wire().into(),
            });
        }
        let path = "v1/users/me/mfa/totp";
        let url = format!("{}{path}", self.http.base());
        let reply = self.post(path, None).await?;
        let b = &reply.body;
        let id = req_str(&url, b, "id")?.to_owned();
        let secret = req_str(&url, b, "secret")?;
        let uri = req_str(&url, b, "qr_uri")?;
        Ok(Answer {
            value: SetupResult {
                totp: Some(totp_account(&url, secret, Some(uri), &self.profile, "me")?),
                recovery_codes: Vec::new(),
                enrollment_id: Some(id),
                note: None,
            },
            server_time: reply.date,
        })
    }

    /// Confirms the enrollment with a code.
    pub async fn verify(&self, code: &str) -> Result<Answer<()>, IdentityError> {
        let path = "v1/users/me/mfa/totp/verify";
        let reply = self.post(path, Some(json!({ "code": code }))).await?;
        let url = format!("{}{path}", self.http.base());
        req_true(&url, &reply.body, "verified")?;
        Ok(Answer {
            value: (),
            server_time: reply.date,
        })
    }
}
