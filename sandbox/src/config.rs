//! Who the sandbox knows (bearer tokens, users, tenants, emails) and its test switches.
//! It always knows the seeds' own example identities (token `demo-token`); a config file
//! or flags add others.

use serde::Deserialize;

/// The token every default identity uses.
pub const DEMO_TOKEN: &str = "demo-token";
/// The Lerian user id from the seeds.
pub const DEMO_LERIAN_USER: &str = "019c96a0-0c21-71f9-a487-66a1258278a1";
/// The tenant id from the seeds.
pub const DEMO_TENANT: &str = "2489e9ad-2ee2-8e00-8ec9-32d5f69181c0";
/// The Flashback email from the seeds.
pub const DEMO_EMAIL: &str = "user@example.com";
/// The default sign-in (Auth plugin) username; it signs in as [`DEMO_LERIAN_USER`].
pub const DEMO_USERNAME: &str = "johndoe";
/// The default sign-in password.
pub const DEMO_PASSWORD: &str = "demo-password";

/// The sandbox's configuration (also the shape of `--config FILE`, JSON).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// Lerian users and their tokens.
    pub lerian: Vec<LerianUser>,
    /// Tenants of the tenant-scoped API and their tokens.
    pub tenant: Vec<Tenant>,
    /// Flashback users and their tokens.
    pub flashback: Vec<FlashbackUser>,
    /// Sign-in identities of the Lerian Auth plugin.
    pub auth: Vec<AuthUser>,
    /// Lifetimes of the Auth plugin's tokens.
    pub auth_ttl: AuthTtl,
    /// Test switches.
    pub faults: Faults,
}

/// A Lerian user.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LerianUser {
    /// The user id (a uuid).
    pub user: String,
    /// Its bearer token.
    pub token: String,
}

/// A tenant.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tenant {
    /// The tenant id (a uuid, compared case-insensitively).
    pub tenant: String,
    /// The bearer token of a user of this tenant.
    pub token: String,
}

/// A Flashback user.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FlashbackUser {
    /// The user's email.
    pub email: String,
    /// Its bearer token.
    pub token: String,
    /// MFA enforced by the organization: disable answers 403.
    #[serde(default)]
    pub enforced: bool,
}

/// A sign-in identity of the Lerian Auth plugin.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuthUser {
    /// The username of the password grant.
    pub username: String,
    /// Its password.
    pub password: String,
    /// The Lerian user id (a uuid) it signs in as: `sub` of userinfo, `{id}` of Identity.
    pub user: String,
    /// Its email (userinfo); empty: `USERNAME@example.com`.
    #[serde(default)]
    pub email: String,
    /// Its display name (userinfo); empty: the username.
    #[serde(default)]
    pub name: String,
}

impl AuthUser {
    /// The email userinfo reports.
    pub fn email(&self) -> String {
        if self.email.is_empty() {
            format!("{}@example.com", self.username)
        } else {
            self.email.clone()
        }
    }

    /// The name userinfo reports.
    pub fn name(&self) -> &str {
        if self.name.is_empty() {
            &self.username
        } else {
            &self.name
        }
    }
}

/// Lifetimes of the Auth plugin's tokens, in seconds.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct AuthTtl {
    /// Access (and id) tokens; the token response's `expiresIn`.
    pub access_secs: u64,
    /// Refresh tokens.
    pub refresh_secs: u64,
    /// The `mfaToken` of a login challenge.
    pub mfa_token_secs: u64,
}

impl Default for AuthTtl {
    fn default() -> Self {
        AuthTtl {
            access_secs: 300,
            refresh_secs: 86_400,
            mfa_token_secs: 120,
        }
    }
}

/// Test switches.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Faults {
    /// Seconds added to the server's clock (its `Date` header and passcode checks).
    pub clock_offset_secs: i64,
    /// Milliseconds to wait before answering every API call.
    pub delay_ms: u64,
    /// Call numbers (1-based, counting every API call) answered with a 500.
    pub fail_nth: Vec<u64>,
    /// Call numbers whose connection is dropped without an answer.
    pub drop_nth: Vec<u64>,
    /// Call numbers that are never answered (the connection stays open).
    pub stall_nth: Vec<u64>,
    /// Misbehave on every API call: `huge-body`, `redirect`, `html-502`, `missing-fields`,
    /// `wrong-content-type`.
    pub misbehave: Option<String>,
}

impl Config {
    /// Adds the seeds' identities (with `demo-token`) to those configured, and the
    /// sign-in identity `johndoe` / `demo-password`.
    pub fn with_defaults(mut self) -> Self {
        if !self.lerian.iter().any(|u| u.token == DEMO_TOKEN) {
            self.lerian.push(LerianUser {
                user: DEMO_LERIAN_USER.into(),
                token: DEMO_TOKEN.into(),
            });
        }
        if !self.tenant.iter().any(|t| t.token == DEMO_TOKEN) {
            self.tenant.push(Tenant {
                tenant: DEMO_TENANT.into(),
                token: DEMO_TOKEN.into(),
            });
        }
        if !self.flashback.iter().any(|f| f.token == DEMO_TOKEN) {
            self.flashback.push(FlashbackUser {
                email: DEMO_EMAIL.into(),
                token: DEMO_TOKEN.into(),
                enforced: false,
            });
        }
        if !self.auth.iter().any(|a| a.username == DEMO_USERNAME) {
            self.auth.push(AuthUser {
                username: DEMO_USERNAME.into(),
                password: DEMO_PASSWORD.into(),
                user: DEMO_LERIAN_USER.into(),
                email: "john.doe@example.com".into(),
                name: "John Doe".into(),
            });
        }
        self
    }
}
