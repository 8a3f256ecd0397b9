//! The one HTTP client every identity family uses, with the safety rules in one place:
//! HTTPS only (plain HTTP for loopback hosts), connect and total timeouts, a 1 MiB cap
//! on response bodies, redirects followed only within the same host, the Authorization
//! header marked sensitive, JSON content type checked, and the server's `Date` kept for
//! clock-drift checks.

use std::time::{Duration, SystemTime};

use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION, CONTENT_TYPE, DATE, LOCATION};
use reqwest::{Method, Url};
use serde_json::Value;
use zeroize::Zeroizing;

use super::error::Reason;
use super::{IdentityError, Token};
use crate::i18n::Message;

/// Largest response body read, in bytes.
pub const MAX_BODY: usize = 1024 * 1024;

/// Timeouts for every call.
#[derive(Debug, Clone, Copy)]
pub struct Timeouts {
    /// To open the connection (TCP and TLS).
    pub connect: Duration,
    /// For the whole call, body included.
    pub total: Duration,
}

impl Default for Timeouts {
    fn default() -> Self {
        Timeouts {
            connect: Duration::from_secs(10),
            total: Duration::from_secs(30),
        }
    }
}

/// A server's answer: status, JSON body (`Null` when there is none), server time.
/// No `Debug`: a setup body holds the secret and the recovery codes.
pub struct Reply {
    /// HTTP status.
    pub status: u16,
    /// The parsed body.
    pub body: Value,
    /// The `Date` header, if the server sent a valid one.
    pub date: Option<SystemTime>,
}

/// Checks a base URL: https, or http to a loopback host. Returns it parsed, with a
/// trailing slash so paths join below it.
pub fn check_base_url(text: &str) -> Result<Url, IdentityError> {
    let bad = |reason: Message| IdentityError::BadUrl {
        url: text.to_owned(),
        reason: Reason::new(reason),
    };
    let mut url = Url::parse(text.trim()).map_err(|e| IdentityError::BadUrl {
        url: text.to_owned(),
        reason: Reason::detail(e),
    })?;
    if !url.username().is_empty() || url.password().is_some() {
        return Err(bad(Message::new("identity-url-credentials")));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(bad(Message::new("identity-url-query")));
    }
    match url.scheme() {
        "https" => {}
        "http" if is_loopback(&url) => {}
        "http" => {
            return Err(IdentityError::InsecureUrl {
                url: text.to_owned(),
            })
        }
        other => {
            return Err(bad(
                Message::new("identity-url-scheme").arg("scheme", other.to_owned())
            ))
        }
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(bad(Message::new("identity-url-no-host")));
    }
    if !url.path().ends_with('/') {
        let path = format!("{}/", url.path());
        url.set_path(&path);
    }
    Ok(url)
}

/// The `Authorization` header for `token`, marked sensitive (never logged by the HTTP
/// stack).
pub fn bearer(token: &Token) -> Result<HeaderValue, IdentityError> {
    let text = Zeroizing::new(format!("Bearer {}", token.expose()));
    let mut value = HeaderValue::from_str(&text).map_err(|_| IdentityError::BadToken)?;
    value.set_sensitive(true);
    Ok(value)
}

fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

/// A client bound to one server.
pub struct Http {
    client: reqwest::Client,
    base: Url,
    auth: Option<HeaderValue>,
    timeouts: Timeouts,
}

impl Http {
    /// A client for `base` (checked with [`check_base_url`]) sending `token`.
    pub fn new(base: &str, token: &Token, timeouts: Timeouts) -> Result<Self, IdentityError> {
        let mut http = Http::anonymous(base, timeouts)?;
        http.auth = Some(bearer(token)?);
        Ok(http)
    }

    /// A client for `base` that sends no token of its own (the sign-in calls, which
    /// carry their credentials in the body or per call).
    pub fn anonymous(base: &str, timeouts: Timeouts) -> Result<Self, IdentityError> {
        let base = check_base_url(base)?;
        let host = base.host_str().unwrap_or_default().to_owned();
        let policy = reqwest::redirect::Policy::custom(move |attempt| {
            let same_host = attempt.url().host_str() == Some(host.as_str());
            let still_safe = attempt.url().scheme() == "https" || is_loopback(attempt.url());
            if same_host && still_safe && attempt.previous().len() < 5 {
                attempt.follow()
            } else {
                attempt.stop()
            }
        });
        let client = reqwest::Client::builder()
            .use_rustls_tls()
            .connect_timeout(timeouts.connect)
            .timeout(timeouts.total)
            .redirect(policy)
            .user_agent(concat!("mfa-companion/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| IdentityError::Connect {
                url: base.to_string(),
                detail: e.to_string(),
            })?;
        Ok(Http {
            client,
            base,
            auth: None,
            timeouts,
        })
    }

    /// The base URL.
    pub fn base(&self) -> &Url {
        &self.base
    }

    /// Sends one call; `path` is relative to the base URL (no leading slash).
    pub async fn call(
        &self,
        method: Method,
        path: &str,
        headers: HeaderMap,
        body: Option<&Value>,
    ) -> Result<Reply, IdentityError> {
        let body = body.map(|b| {
            (
                "application/json",
                Zeroizing::new(b.to_string().into_bytes()),
            )
        });
        self.send(method, path, headers, body).await
    }

    /// Sends one call with a form-encoded body (`application/x-www-form-urlencoded`).
    pub async fn call_form(
        &self,
        method: Method,
        path: &str,
        headers: HeaderMap,
        form: &[(&str, &str)],
    ) -> Result<Reply, IdentityError> {
        let body = {
            let mut text = url::form_urlencoded::Serializer::new(String::new());
            text.extend_pairs(form);
            Zeroizing::new(text.finish().into_bytes())
        };
        let ct = "application/x-www-form-urlencoded";
        self.send(method, path, headers, Some((ct, body))).await
    }

    /// Sends one call whose body is already encoded (`content type`, bytes). The bytes
    /// may hold a password: ours are zeroized after the request is built.
    pub async fn send(
        &self,
        method: Method,
        path: &str,
        headers: HeaderMap,
        body: Option<(&str, Zeroizing<Vec<u8>>)>,
    ) -> Result<Reply, IdentityError> {
        let url = self.base.join(path).map_err(|e| IdentityError::BadUrl {
            url: format!("{}{path}", self.base),
            reason: Reason::detail(e),
        })?;
        let shown = url.to_string();
        log::debug!("identity: {method} {shown}");
        let mut req = self
            .client
            .request(method, url)
            .headers(headers)
            .header(reqwest::header::ACCEPT, "application/json");
        if let Some(auth) = &self.auth {
            req = req.header(AUTHORIZATION, auth.clone());
        }
        if let Some((content_type, bytes)) = body {
            req = req.header(CONTENT_TYPE, content_type).body(bytes.to_vec());
        }
        let mut resp = req.send().await.map_err(|e| self.transport(&shown, e))?;
        let status = resp.status().as_u16();
        log::debug!("identity: {shown} -> {status}");
        if resp.status().is_redirection() {
            let to = resp
                .headers()
                .get(LOCATION)
                .and_then(|v| v.to_str().ok())
                .unwrap_or("(no Location)")
                .to_owned();
            return Err(IdentityError::Redirect { url: shown, to });
        }
        let date = resp
            .headers()
            .get(DATE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| httpdate::parse_http_date(v).ok());
        let content_type = resp
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_ascii_lowercase();
        if resp.content_length().is_some_and(|n| n > MAX_BODY as u64) {
            return Err(IdentityError::TooLarge { url: shown });
        }
        let mut bytes = Vec::new();
        while let Some(chunk) = resp.chunk().await.map_err(|e| self.transport(&shown, e))? {
            if bytes.len() + chunk.len() > MAX_BODY {
                return Err(IdentityError::TooLarge { url: shown });
            }
            bytes.extend_from_slice(&chunk);
        }
        let is_json = content_type.starts_with("application/json")
            || (content_type.starts_with("application/") && content_type.contains("+json"));
        let body = if bytes.iter().all(u8::is_ascii_whitespace) {
            Value::Null
        } else if !is_json {
            return Err(IdentityError::NotJson {
                url: shown,
                status,
                content_type: if content_type.is_empty() {
                    "no content type".into()
                } else {
                    content_type
                },
            });
        } else {
            serde_json::from_slice(&bytes).map_err(|e| IdentityError::Malformed {
                url: shown.clone(),
                detail: Reason::new(
                    Message::new("identity-answer-not-json").arg("error", e.to_string()),
                ),
            })?
        };
        Ok(Reply { status, body, date })
    }

    fn transport(&self, url: &str, e: reqwest::Error) -> IdentityError {
        if e.is_timeout() {
            IdentityError::Timeout {
                url: url.to_owned(),
                secs: self.timeouts.total.as_secs(),
            }
        } else {
            // Walk the source chain for the useful part (DNS, refused, TLS), never headers.
            let mut detail = e.to_string();
            let mut src = std::error::Error::source(&e);
            while let Some(s) = src {
                detail = s.to_string();
                src = s.source();
            }
            IdentityError::Connect {
                url: url.to_owned(),
                detail,
            }
        }
    }
}
