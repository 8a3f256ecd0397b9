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
    /// Adds the seeds' identities (with `demo-token`) to those configured.
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
        self
    }
}
