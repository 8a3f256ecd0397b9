//! `identity-sandbox`: serves the three identity API families and the Lerian Auth
//! plugin (sign-in) on 127.0.0.1.

use std::io::Write;
use std::path::PathBuf;

use clap::Parser;
use identity_sandbox::config::{
    AuthUser, Config, FlashbackUser, LerianUser, Tenant, DEMO_EMAIL, DEMO_LERIAN_USER,
    DEMO_PASSWORD, DEMO_TENANT, DEMO_TOKEN, DEMO_USERNAME,
};

/// A local identity server for trying and testing MFA Companion (never for production).
#[derive(Parser)]
#[command(version)]
struct Args {
    /// Port on 127.0.0.1 (0 picks a free one).
    #[arg(long, default_value_t = 8080)]
    port: u16,
    /// JSON config file (identities and faults); see sandbox/README.md.
    #[arg(long)]
    config: Option<PathBuf>,
    /// Add a Lerian user: ID:TOKEN.
    #[arg(long, value_name = "ID:TOKEN")]
    lerian_user: Vec<String>,
    /// Add a tenant: TENANT_ID:TOKEN.
    #[arg(long, value_name = "TENANT_ID:TOKEN")]
    tenant: Vec<String>,
    /// Add a Flashback user: EMAIL:TOKEN.
    #[arg(long, value_name = "EMAIL:TOKEN")]
    flashback: Vec<String>,
    /// Add a sign-in identity (Auth plugin): USERNAME:PASSWORD:USER_ID.
    #[arg(long, value_name = "USERNAME:PASSWORD:USER_ID")]
    auth_user: Vec<String>,
    /// Lifetime of access (and id) tokens, seconds (default 300).
    #[arg(long, value_name = "SECS")]
    access_ttl: Option<u64>,
    /// Lifetime of a login challenge's mfaToken, seconds (default 120).
    #[arg(long, value_name = "SECS")]
    mfa_token_ttl: Option<u64>,
    /// Move the server's clock by this many seconds.
    #[arg(long, allow_hyphen_values = true, default_value_t = 0)]
    clock_offset: i64,
    /// Wait this long before answering every call.
    #[arg(long, default_value_t = 0)]
    delay_ms: u64,
    /// Answer call N (1-based) with a 500; repeatable.
    #[arg(long, value_name = "N")]
    fail_nth: Vec<u64>,
    /// Drop the connection of call N; repeatable.
    #[arg(long, value_name = "N")]
    drop_nth: Vec<u64>,
    /// Never answer call N; repeatable.
    #[arg(long, value_name = "N")]
    stall_nth: Vec<u64>,
    /// Misbehave on every call.
    #[arg(long, value_parser = ["huge-body", "redirect", "html-502", "missing-fields", "wrong-content-type"])]
    misbehave: Option<String>,
}

fn split(s: &str) -> Result<(String, String), String> {
    s.split_once(':')
        .map(|(a, b)| (a.to_owned(), b.to_owned()))
        .ok_or_else(|| format!("expected VALUE:TOKEN, got {s:?}"))
}

/// `USERNAME:PASSWORD:USER_ID` (the password may contain `:`).
fn auth_user(s: &str) -> Result<AuthUser, String> {
    let bad = || "expected USERNAME:PASSWORD:USER_ID".to_owned();
    let (username, rest) = s.split_once(':').ok_or_else(bad)?;
    let (password, user) = rest.rsplit_once(':').ok_or_else(bad)?;
    Ok(AuthUser {
        username: username.to_owned(),
        password: password.to_owned(),
        user: user.to_owned(),
        email: String::new(),
        name: String::new(),
    })
}

fn config(a: &Args) -> Result<Config, String> {
    let mut c = match &a.config {
        Some(p) => {
            let text = std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))?;
            serde_json::from_str::<Config>(&text).map_err(|e| format!("{}: {e}", p.display()))?
        }
        None => Config::default(),
    };
    for x in &a.lerian_user {
        let (user, token) = split(x)?;
        c.lerian.push(LerianUser { user, token });
    }
    for x in &a.tenant {
        let (tenant, token) = split(x)?;
        c.tenant.push(Tenant { tenant, token });
    }
    for x in &a.flashback {
        let (email, token) = split(x)?;
        c.flashback.push(FlashbackUser {
            email,
            token,
            enforced: false,
        });
    }
    for x in &a.auth_user {
        c.auth.push(auth_user(x)?);
    }
    if let Some(t) = a.access_ttl {
        c.auth_ttl.access_secs = t;
    }
    if let Some(t) = a.mfa_token_ttl {
        c.auth_ttl.mfa_token_secs = t;
    }
    let f = &mut c.faults;
    if a.clock_offset != 0 {
        f.clock_offset_secs = a.clock_offset;
    }
    if a.delay_ms != 0 {
        f.delay_ms = a.delay_ms;
    }
    f.fail_nth.extend(&a.fail_nth);
    f.drop_nth.extend(&a.drop_nth);
    f.stall_nth.extend(&a.stall_nth);
    if a.misbehave.is_some() {
        f.misbehave.clone_from(&a.misbehave);
    }
    Ok(c.with_defaults())
}

#[tokio::main]
async fn main() {
    let args = Args::parse();
    let cfg = match config(&args) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("identity-sandbox: {e}");
            std::process::exit(2);
        }
    };
    let listener = match tokio::net::TcpListener::bind(("127.0.0.1", args.port)).await {
        Ok(l) => l,
        Err(e) => {
            eprintln!(
                "identity-sandbox: cannot listen on 127.0.0.1:{}: {e}",
                args.port
            );
            std::process::exit(1);
        }
    };
    let addr = listener
        .local_addr()
        .expect("a bound listener has an address");
    let base = format!("http://{addr}");
    let token = |t: &str| {
        if t == DEMO_TOKEN {
            format!("token {t}")
        } else {
            "token from config".into()
        }
    };
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "identity-sandbox listening on {base}");
    for u in &cfg.lerian {
        let _ = writeln!(
            out,
            "  Lerian Identity  {base}  user {}  {}",
            u.user,
            token(&u.token)
        );
    }
    for t in &cfg.tenant {
        let _ = writeln!(
            out,
            "  Tenant TOTP API  {base}  tenant {}  {}",
            t.tenant,
            token(&t.token)
        );
    }
    for f in &cfg.flashback {
        let _ = writeln!(
            out,
            "  Flashback        {base}  email {}  {}",
            f.email,
            token(&f.token)
        );
    }
    for u in &cfg.auth {
        let password = if u.username == DEMO_USERNAME && u.password == DEMO_PASSWORD {
            format!("password {DEMO_PASSWORD}")
        } else {
            "password from config".into()
        };
        let _ = writeln!(
            out,
            "  Lerian Auth      {base}/auth  username {}  {password}  (user {})",
            u.username, u.user
        );
    }
    let _ = writeln!(
        out,
        "  (demo identities: {DEMO_LERIAN_USER}, {DEMO_TENANT}, {DEMO_EMAIL})"
    );
    let _ = out.flush();
    drop(out);
    let sandbox = identity_sandbox::Sandbox::new(cfg);
    tokio::select! {
        r = identity_sandbox::serve(listener, sandbox) => {
            if let Err(e) = r {
                eprintln!("identity-sandbox: {e}");
                std::process::exit(1);
            }
        }
        _ = tokio::signal::ctrl_c() => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auth_user_flag_keeps_colons_in_the_password() {
        let u = auth_user("ann:pa:ss:11111111-2222-4333-8444-555555555555").unwrap();
        assert_eq!(
            (u.username.as_str(), u.password.as_str(), u.user.as_str()),
            ("ann", "pa:ss", "11111111-2222-4333-8444-555555555555")
        );
        assert_eq!(u.email(), "ann@example.com");
        assert!(auth_user("ann:nouser").is_err());
    }
}
