//! `server add|list|remove` and `status`: the server profiles side of the CLI (`enroll`
//! is in `enroll.rs`).

use std::io::{self, IsTerminal};
use std::time::Duration;

use clap::{Subcommand, ValueEnum};
use serde_json::json;
use zeroize::Zeroizing;

use super::{fail, fail_detail, out, read_stdin, say, tell, Failure};
use crate::error::Coded;
use crate::i18n::Message;
use crate::identity::{Client, Family, IdentityError, Profile, Timeouts, Token};
use crate::signin;
use crate::storage::{default_data_dir, AccountStore, Profiles};

#[derive(Debug, Clone, Copy, ValueEnum)]
pub(super) enum ApiArg {
    Lerian,
    Flashback,
    Tenant,
}

impl From<ApiArg> for Family {
    fn from(a: ApiArg) -> Self {
        match a {
            ApiArg::Lerian => Family::Lerian,
            ApiArg::Flashback => Family::Flashback,
            ApiArg::Tenant => Family::Tenant,
        }
    }
}

// `server` subcommands.
#[derive(Debug, Subcommand)]
pub(super) enum ServerCmd {
    Add {
        name: String,
        #[arg(long, value_enum)]
        api: ApiArg,
        #[arg(long)]
        url: String,
        #[arg(long)]
        user: Option<String>,
        #[arg(long)]
        tenant: Option<String>,
        #[arg(long)]
        email: Option<String>,
        #[arg(long)]
        country: Option<String>,
        #[arg(long, requires = "login")]
        auth_url: Option<String>,
        #[arg(long, requires = "auth_url")]
        login: Option<String>,
        #[arg(long)]
        replace: bool,
    },
    List {
        #[arg(long)]
        json: bool,
    },
    Remove {
        name: String,
    },
}

pub(super) fn runtime() -> Result<tokio::runtime::Runtime, Failure> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| {
            fail(
                "io.runtime",
                Message::new("cli-servers-runtime").arg("error", e.to_string()),
            )
        })
}

pub(super) fn timeouts(secs: u64) -> Timeouts {
    let total = Duration::from_secs(secs.max(1));
    Timeouts {
        connect: total.min(Duration::from_secs(10)),
        total,
    }
}

fn read_token(name: &str) -> Result<Token, Failure> {
    let text = if io::stdin().is_terminal() {
        Zeroizing::new(
            rpassword::prompt_password(
                Message::new("cli-servers-token-prompt")
                    .arg("name", name.to_string())
                    .text(),
            )
            .map_err(|e| {
                fail(
                    "io.stdin",
                    Message::new("cli-servers-token-unreadable").arg("error", e.to_string()),
                )
            })?,
        )
    } else {
        read_stdin()?
    };
    Ok(Token::new(&text)?)
}

pub(super) fn server(cmd: ServerCmd) -> Result<(), Failure> {
    let dir = default_data_dir()?;
    let profiles = Profiles::open(&dir);
    match cmd {
        ServerCmd::Add {
            name,
            api,
            url,
            user,
            tenant,
            email,
            country,
            auth_url,
            login,
            replace,
        } => {
            let profile = Profile {
                name: name.clone(),
                api: api.into(),
                url,
                user,
                tenant,
                email,
                country,
                auth_url,
                login,
            }
            .validated()?;
            let token = if profile.signs_in() {
                None
            } else {
                Some(read_token(&name)?)
            };
            let store = AccountStore::open_default()?;
            profiles.add(store.keychain()?, profile.clone(), token.as_ref(), replace)?;
            say((if profile.signs_in() {
                Message::new("cli-servers-saved-sign-in")
            } else {
                Message::new("cli-servers-saved-token")
            })
            .arg("name", profile.name.clone())
            .arg("api", profile.api.as_str())
            .arg("url", profile.url.clone()))
        }
        ServerCmd::List { json } => {
            let list = profiles.list()?;
            if json {
                let text = serde_json::to_string_pretty(&list)
                    .map_err(|e| fail_detail("io.json", e.to_string()))?;
                out(text)
            } else if list.is_empty() {
                say(Message::new("cli-servers-none-yet"))
            } else {
                let store = list
                    .iter()
                    .any(Profile::signs_in)
                    .then(AccountStore::open_default)
                    .transpose()?;
                for p in &list {
                    let mut who = p
                        .user
                        .clone()
                        .or(p.tenant.clone())
                        .or(p.email.clone())
                        .unwrap_or_default();
                    if let (Some(store), Some(login)) = (&store, &p.login) {
                        who = Message::new("cli-servers-list-login")
                            .arg("who", who)
                            .arg("login", login.clone())
                            .arg("session", super::signin::session_line(store, &p.name))
                            .text();
                    }
                    out(format!(
                        "{:<16} {:<9} {}  {}",
                        p.name,
                        p.api.as_str(),
                        p.url,
                        who.trim()
                    ))?;
                }
                Ok(())
            }
        }
        ServerCmd::Remove { name } => {
            let store = AccountStore::open_default()?;
            let leftover = profiles.remove(store.keychain()?, &name)?;
            say(Message::new("cli-servers-removed").arg("name", name))?;
            if let Some(e) = leftover {
                tell(Message::new("cli-servers-token-left").arg("error", e.text()));
            }
            Ok(())
        }
    }
}

/// The profile and an Identity client with its bearer (the pasted token, or the
/// signed-in session's access token; `force`: refresh the session first).
pub(super) fn connect(
    store: &AccountStore,
    name: &str,
    secs: u64,
    force: bool,
) -> Result<(Profile, Client), Failure> {
    let profile = Profiles::open(store.dir()).get(name)?;
    let client = runtime()?.block_on(signin::identity_client(
        store,
        &profile,
        timeouts(secs),
        force,
    ))?;
    Ok((profile, client))
}

/// Whether a failure of a signed-in profile's call is worth one refresh and a retry.
fn retry_signed_in(profile: &Profile, e: &IdentityError) -> bool {
    profile.signs_in() && signin::is_unauthorized(e)
}

/// The failure after the retry was refused too.
fn still_refused(profile: &Profile, e: IdentityError) -> Failure {
    if retry_signed_in(profile, &e) {
        Failure(
            signin::SignInError::SignedOut {
                name: profile.name.clone(),
                why: Message::new("cli-servers-refused-refreshed")
                    .arg("error", e.text())
                    .text(),
            }
            .report(),
        )
    } else {
        e.into()
    }
}

pub(super) fn status_line(s: &crate::identity::Status) -> String {
    let mut parts = vec![
        (if s.enabled {
            crate::i18n::t("cli-servers-mfa-enabled")
        } else {
            crate::i18n::t("cli-servers-mfa-not-enabled")
        }),
    ];
    if let Some(p) = &s.preferred {
        parts.push(
            Message::new("cli-servers-preferred")
                .arg("method", p.to_string())
                .text(),
        );
    }
    if !s.methods.is_empty() {
        parts.push(
            Message::new("cli-servers-methods")
                .arg("methods", s.methods.join(", "))
                .text(),
        );
    }
    if s.required == Some(true) {
        parts.push(crate::i18n::t("cli-servers-required"));
    }
    parts.join("; ")
}

pub(super) fn status(name: &str, json: bool, secs: u64) -> Result<(), Failure> {
    let store = AccountStore::open_default()?;
    let (profile, client) = connect(&store, name, secs, false)?;
    let status = match runtime()?.block_on(client.status()) {
        Ok(a) => a.value,
        Err(e) if retry_signed_in(&profile, &e) => {
            let (_, client) = connect(&store, name, secs, true)?;
            runtime()?
                .block_on(client.status())
                .map_err(|e| still_refused(&profile, e))?
                .value
        }
        Err(e) => return Err(e.into()),
    };
    if json {
        let v = json!({ "server": profile.name, "api": profile.api, "status": status });
        out(serde_json::to_string_pretty(&v).map_err(|e| fail_detail("io.json", e.to_string()))?)
    } else {
        out(format!(
            "{} ({}): {}",
            profile.name,
            profile.api.as_str(),
            status_line(&status)
        ))
    }
}
