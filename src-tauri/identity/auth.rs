//! The Lerian Auth plugin's sign-in calls (CONTRACTS.md §4): the password grant (tokens,
//! or an MFA challenge), asking for an email/SMS passcode, answering the challenge with
//! a passcode or a recovery code, refresh, userinfo and logout. This module speaks the
//! wire format only; `signin` decides what to answer and keeps the session.
//!
//! Tokens are opaque (never parsed); every one is a [`Token`] (zeroized, no `Debug`).
//! A token answer is told from a challenge by its fields, as the contract advises:
//! `accessToken` present = tokens; `mfaToken` and no `accessToken` = challenge.

use reqwest::header::{HeaderMap, AUTHORIZATION};
use reqwest::Method;
use serde::Serialize;
use serde_json::Value;
use zeroize::Zeroizing;

use super::error::{NotOffered, Reason};
use super::http::{self, Http, Reply};
use super::{check_status, opt_str, req_str, Answer, IdentityError, MfaType, Timeouts, Token};
use crate::i18n::Message;

/// The tokens of a signed-in session.
pub struct Tokens {
    /// The bearer access token.
    pub access: Token,
    /// The refresh token.
    pub refresh: Token,
    /// The OIDC identity token, if the server sent one.
    pub id_token: Option<Token>,
    /// Seconds the access token lives, from the answer.
    pub expires_in: u64,
}

/// What the password grant answered.
pub enum Grant {
    /// Signed in.
    Tokens(Tokens),
    /// MFA is on: answer the challenge carrying this short-lived token.
    Challenge {
        /// The challenge's token (valid a couple of minutes at most).
        mfa_token: Token,
        /// The methods the server named, if it did (not documented; may be empty).
        methods: Vec<String>,
    },
}

/// What answers a challenge: a passcode or a recovery code, never both.
pub enum Proof<'a> {
    /// A passcode (the app's TOTP code or one received by email/SMS).
    Passcode(&'a str),
    /// A stored recovery code.
    Recovery(&'a str),
}

/// Who is signed in (OIDC claims from userinfo).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserInfo {
    /// The user id (`sub`): the `{id}` of the Identity API.
    pub sub: String,
    /// The email, if given.
    pub email: Option<String>,
    /// The display name, if given.
    pub name: Option<String>,
    /// The username, if given.
    pub username: Option<String>,
}

/// A client of one Auth plugin base URL.
pub struct Auth {
    http: Http,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PasswordGrant<'a> {
    grant_type: &'a str,
    username: &'a str,
    password: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Verify<'a> {
    mfa_token: &'a str,
    mfa_type: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    passcode: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    recovery_code: Option<&'a str>,
    remember_device: bool,
}

/// JSON text of a body holding a secret, zeroized when dropped.
fn secret_json(body: &impl Serialize) -> Result<Zeroizing<Vec<u8>>, IdentityError> {
    serde_json::to_vec(body)
        .map(Zeroizing::new)
        .map_err(|e| IdentityError::Unsupported {
            what: NotOffered::Encoding {
                detail: e.to_string(),
            },
        })
}

impl Auth {
    /// A client for the Auth plugin at `base` (https, or http for loopback).
    pub fn new(base: &str, timeouts: Timeouts) -> Result<Self, IdentityError> {
        Ok(Auth {
            http: Http::anonymous(base, timeouts)?,
        })
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.http.base())
    }

    async fn post_secret(&self, path: &str, body: &impl Serialize) -> Result<Reply, IdentityError> {
        let bytes = secret_json(body)?;
        let reply = self
            .http
            .send(
                Method::POST,
                path,
                HeaderMap::new(),
                Some(("application/json", bytes)),
            )
            .await?;
        check_status(reply)
    }

    /// The password grant: tokens, or a challenge when the user has MFA on.
    pub async fn password(
        &self,
        username: &str,
        password: &str,
    ) -> Result<Answer<Grant>, IdentityError> {
        let path = "v1/login/oauth/access_token";
        let body = PasswordGrant {
            grant_type: "password",
            username,
            password,
        };
        let reply = self.post_secret(path, &body).await?;
        let url = self.url(path);
        let has = |k: &str| reply.body.get(k).is_some_and(|v| !v.is_null());
        let value = if has("accessToken") {
            Grant::Tokens(tokens(&url, &reply.body)?)
        } else if has("mfaToken") {
            Grant::Challenge {
                mfa_token: token(&url, &reply.body, "mfaToken")?,
                methods: super::str_list(&reply.body, "mfaMethods")
                    .into_iter()
                    .chain(super::str_list(&reply.body, "methods"))
                    .collect(),
            }
        } else {
            return Err(IdentityError::Malformed {
                url,
                detail: Reason::new(Message::new("identity-answer-no-token")),
            });
        };
        Ok(Answer {
            value,
            server_time: reply.date,
        })
    }

    /// Asks the server to send a passcode by email or SMS for this challenge.
    pub async fn challenge(&self, mfa_token: &Token, ty: MfaType) -> Result<(), IdentityError> {
        #[derive(Serialize)]
        #[serde(rename_all = "camelCase")]
        struct Challenge<'a> {
            mfa_token: &'a str,
            mfa_type: &'a str,
        }
        let body = Challenge {
            mfa_token: mfa_token.expose(),
            mfa_type: ty.wire(),
        };
        self.post_secret("v1/login/mfa/challenge", &body).await?;
        Ok(())
    }

    /// Answers a challenge; `ty` is the method enrolled (`app` for a recovery code).
    pub async fn verify(
        &self,
        mfa_token: &Token,
        ty: MfaType,
        proof: Proof<'_>,
        remember_device: bool,
    ) -> Result<Tokens, IdentityError> {
        let (passcode, recovery_code) = match proof {
            Proof::Passcode(p) => (Some(p), None),
            Proof::Recovery(r) => (None, Some(r)),
        };
        let body = Verify {
            mfa_token: mfa_token.expose(),
            mfa_type: ty.wire(),
            passcode,
            recovery_code,
            remember_device,
        };
        let path = "v1/login/mfa/verify";
        let reply = self.post_secret(path, &body).await?;
        tokens(&self.url(path), &reply.body)
    }

    /// Trades a refresh token for new tokens (keep the newest refresh token returned).
    pub async fn refresh(&self, refresh: &Token) -> Result<Tokens, IdentityError> {
        #[derive(Serialize)]
        #[serde(rename_all = "camelCase")]
        struct Refresh<'a> {
            refresh_token: &'a str,
        }
        let path = "v1/login/oauth/refresh_token";
        let body = Refresh {
            refresh_token: refresh.expose(),
        };
        let reply = self.post_secret(path, &body).await?;
        tokens(&self.url(path), &reply.body)
    }

    /// Who the access token belongs to.
    pub async fn userinfo(&self, access: &Token) -> Result<UserInfo, IdentityError> {
        let path = "v1/userinfo";
        let mut headers = HeaderMap::new();
        headers.insert(AUTHORIZATION, http::bearer(access)?);
        let reply = check_status(self.http.call(Method::GET, path, headers, None).await?)?;
        let url = self.url(path);
        Ok(UserInfo {
            sub: req_str(&url, &reply.body, "sub")?.to_owned(),
            email: opt_str(&reply.body, "email"),
            name: opt_str(&reply.body, "name"),
            username: opt_str(&reply.body, "preferredUsername"),
        })
    }

    /// Ends the session on the server (`hint`: the session's idToken, or its access
    /// token when no idToken came). Form-encoded, as the contract says.
    pub async fn logout(&self, hint: &Token) -> Result<(), IdentityError> {
        let form = [("id_token_hint", hint.expose())];
        let reply = self
            .http
            .call_form(Method::POST, "v1/logout", HeaderMap::new(), &form)
            .await?;
        check_status(reply).map(|_| ())
    }
}

fn token(url: &str, v: &Value, field: &str) -> Result<Token, IdentityError> {
    Token::new(req_str(url, v, field)?).map_err(|_| IdentityError::Malformed {
        url: url.to_owned(),
        detail: Reason::new(
            Message::new("identity-answer-bad-token").arg("field", format!("{field:?}")),
        ),
    })
}

/// Reads a token response (`OAuth2Token`).
fn tokens(url: &str, v: &Value) -> Result<Tokens, IdentityError> {
    let expires_in = v
        .get("expiresIn")
        .and_then(|e| {
            e.as_u64()
                .or_else(|| e.as_str().and_then(|s| s.parse().ok()))
        })
        .ok_or_else(|| IdentityError::Malformed {
            url: url.to_owned(),
            detail: Reason::new(Message::new("identity-answer-expires")),
        })?;
    let id_token = match v.get("idToken") {
        Some(Value::String(s)) if !s.trim().is_empty() => Some(token(url, v, "idToken")?),
        _ => None,
    };
    Ok(Tokens {
        access: token(url, v, "accessToken")?,
        refresh: token(url, v, "refreshToken")?,
        id_token,
        expires_in,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_token_answer_needs_every_required_field_and_tolerates_extra_ones() {
        let u = "https://auth.example.com/v1/login/oauth/access_token";
        let ok = json!({"accessToken": "a", "tokenType": "Bearer", "expiresIn": 60,
            "refreshToken": "r", "scope": "openid", "extra": 1});
        let t = tokens(u, &ok).unwrap();
        assert_eq!((t.access.expose(), t.refresh.expose()), ("a", "r"));
        assert_eq!(t.expires_in, 60);
        assert!(t.id_token.is_none());
        for missing in ["accessToken", "refreshToken", "expiresIn"] {
            let mut v = ok.clone();
            v.as_object_mut().unwrap().remove(missing);
            let e = tokens(u, &v).err().unwrap();
            assert!(e.to_string().contains(missing), "{e}");
            assert!(!e.to_string().contains("\"a\""), "{e}");
        }
        let mut v = ok;
        v["accessToken"] = json!("two words");
        assert!(tokens(u, &v).is_err());
    }

    #[test]
    fn the_verify_body_carries_a_passcode_or_a_recovery_code_never_both() {
        let body = |proof| {
            let (passcode, recovery_code) = match proof {
                Proof::Passcode(p) => (Some(p), None),
                Proof::Recovery(r) => (None, Some(r)),
            };
            let v = Verify {
                mfa_token: "m",
                mfa_type: "app",
                passcode,
                recovery_code,
                remember_device: true,
            };
            serde_json::from_slice::<Value>(&secret_json(&v).unwrap()).unwrap()
        };
        let p = body(Proof::Passcode("123456"));
        assert_eq!(p["passcode"], "123456");
        assert!(p.get("recoveryCode").is_none());
        assert_eq!(p["rememberDevice"], true);
        let r = body(Proof::Recovery("abc-def"));
        assert_eq!(r["recoveryCode"], "abc-def");
        assert!(r.get("passcode").is_none());
        assert_eq!(r["mfaToken"], "m");
    }
}
