//! Flashback client: `POST /mfa/setup`, `POST /mfa/verify-setup`, `GET /mfa/status`
//! (CONTRACTS.md section 2), in the `{"success", "data"|"message"|"error"}` envelope.

use reqwest::header::HeaderMap;
use reqwest::Method;
use serde_json::{json, Value};

use super::error::Reason;
use super::http::{Http, Reply};
use super::{
    check_status, opt_str, req_bool, str_array, str_list, totp_account, Answer, Family,
    IdentityError, MfaType, ServerError, SetupResult, Status,
};
use crate::i18n::Message;

/// A Flashback client for one user.
pub struct Flashback {
    http: Http,
    email: String,
    profile: String,
}

impl Flashback {
    /// A client for `email` on `http`'s server; `profile` names the account.
    pub fn new(http: Http, email: String, profile: &str) -> Self {
        Flashback {
            http,
            email,
            profile: profile.to_owned(),
        }
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.http.base())
    }

    /// Sends a call and opens the envelope: `success` must be true.
    async fn call(
        &self,
        method: Method,
        path: &str,
        body: Option<Value>,
    ) -> Result<Reply, IdentityError> {
        let reply = check_status(
            self.http
                .call(method, path, HeaderMap::new(), body.as_ref())
                .await?,
        )?;
        match reply.body.get("success").and_then(Value::as_bool) {
            Some(true) => Ok(reply),
            Some(false) => Err(IdentityError::Server(ServerError::from_body(
                reply.status,
                &reply.body,
            ))),
            None => Err(IdentityError::Malformed {
                url: self.url(path),
                detail: Reason::new(Message::new("identity-answer-no-success")),
            }),
        }
    }

    fn data<'a>(&self, path: &str, reply: &'a Reply) -> Result<&'a Value, IdentityError> {
        reply
            .body
            .get("data")
            .filter(|d| d.is_object())
            .ok_or_else(|| IdentityError::Malformed {
                url: self.url(path),
                detail: Reason::new(Message::new("identity-answer-no-data")),
            })
    }

    /// Setup: for GOOGLE_AUTH the secret and backup codes; for the others, what the
    /// server does next.
    pub async fn setup(&self, ty: MfaType) -> Result<Answer<SetupResult>, IdentityError> {
        if !matches!(
            ty,
            MfaType::GoogleAuth | MfaType::MagicLink | MfaType::Passkey
        ) {
            return Err(IdentityError::WrongType {
                family: Family::Flashback,
                given: ty.wire().into(),
            });
        }
        let path = "mfa/setup";
        let body = json!({ "mfaType": ty.wire(), "email": self.email });
        let reply = self.call(Method::POST, path, Some(body)).await?;
        let url = self.url(path);
        let data = self.data(path, &reply)?;
        let value = if ty == MfaType::GoogleAuth {
            let secret = super::req_str(&url, data, "secret")?;
            SetupResult {
                totp: Some(totp_account(
                    &url,
                    secret,
                    None,
                    &self.profile,
                    &self.email,
                )?),
                recovery_codes: str_array(&url, data, "backupCodes")?.unwrap_or_default(),
                enrollment_id: None,
                note: None,
            }
        } else {
            let said = data
                .get("message")
                .and_then(Value::as_str)
                .map(super::clean);
            let next = if ty == MfaType::Passkey {
                "finish the passkey in the Flashback web app in your browser (this app does not do WebAuthn)"
            } else {
                "open the link the server sent by email to finish"
            };
            SetupResult {
                totp: None,
                recovery_codes: Vec::new(),
                enrollment_id: None,
                note: Some(match said {
                    Some(s) => format!("{s}; {next}"),
                    None => next.to_owned(),
                }),
            }
        };
        Ok(Answer {
            value,
            server_time: reply.date,
        })
    }

    /// verify-setup with a code (enables MFA on success).
    pub async fn verify(&self, ty: MfaType, code: &str) -> Result<Answer<()>, IdentityError> {
        let body = json!({ "mfaType": ty.wire(), "code": code });
        let reply = self
            .call(Method::POST, "mfa/verify-setup", Some(body))
            .await?;
        Ok(Answer {
            value: (),
            server_time: reply.date,
        })
    }

    /// The user's MFA status.
    pub async fn status(&self) -> Result<Answer<Status>, IdentityError> {
        let path = "mfa/status";
        let reply = self.call(Method::GET, path, None).await?;
        let url = self.url(path);
        let d = self.data(path, &reply)?;
        Ok(Answer {
            value: Status {
                enabled: req_bool(&url, d, "isEnabled")?,
                preferred: opt_str(d, "primaryMethod"),
                methods: str_list(d, "enabledMethods"),
                required: d.get("isRequired").and_then(Value::as_bool),
            },
            server_time: reply.date,
        })
    }
}
