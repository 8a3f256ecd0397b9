//! `login`, `token` and `logout`: signing in to a profile's Lerian Auth plugin, printing
//! a valid access token for scripts, and signing out. The password is read from stdin
//! (its first line) when stdin is not a terminal, or asked for without echo; it is never
//! stored or printed.

use std::io::{self, BufRead, IsTerminal, Write};

use clap::{Args, ValueEnum};
use zeroize::Zeroizing;

use super::servers::{runtime, timeouts};
use super::{fail, locale, say, tell, Failure};
use crate::error::Coded;
use crate::i18n::Message;
use crate::identity::MfaType;
use crate::otp::unix_now;
use crate::signin::{self, Answered, Begun, Method, SignIn, SignedIn};
use crate::storage::{AccountStore, Profiles};

/// How to answer an email/SMS challenge.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub(super) enum SentVia {
    Email,
    Sms,
}

// `login` arguments. No `Debug`: they may carry a passcode.
#[derive(Args)]
pub(super) struct LoginArgs {
    #[arg(long)]
    server: String,
    #[arg(long, conflicts_with = "method")]
    recovery: bool,
    #[arg(long, value_enum)]
    method: Option<SentVia>,
    #[arg(long, requires = "method")]
    passcode: Option<String>,
    #[arg(long)]
    remember_device: bool,
    #[arg(long, default_value_t = 30, value_name = "SECS")]
    timeout: u64,
}

/// Lines typed or piped in: the password first, then a passcode if one is needed.
struct Input {
    piped: bool,
}

impl Input {
    fn line(&self, prompt: &str, secret: bool) -> Result<Zeroizing<String>, Failure> {
        let read_err = |e: io::Error| {
            fail(
                "io.stdin",
                Message::new("cli-mod-stdin").arg("error", e.to_string()),
            )
        };
        let text = if !self.piped && secret {
            Zeroizing::new(rpassword::prompt_password(prompt).map_err(read_err)?)
        } else {
            if !self.piped {
                eprint!("{prompt}");
                let _ = io::stderr().flush();
            }
            let mut line = Zeroizing::new(String::new());
            io::stdin().lock().read_line(&mut line).map_err(read_err)?;
            line
        };
        Ok(Zeroizing::new(
            text.trim_end_matches(['\r', '\n']).to_owned(),
        ))
    }
}

/// "14:05:09 UTC, in 59 min".
fn until(unix: u64) -> String {
    let left = unix.saturating_sub(unix_now());
    (if left >= 120 {
        Message::new("cli-signin-until-minutes")
    } else {
        Message::new("cli-signin-until-seconds")
    })
    .arg("time", locale::utc_time(unix))
    .arg("count", if left >= 120 { left / 60 } else { left })
    .text()
}

fn report(done: &SignedIn) -> Result<(), Failure> {
    match &done.answered {
        Some(Answered::AppCode { account, retried }) => say((if *retried {
            Message::new("cli-signin-answered-code-retried")
        } else {
            Message::new("cli-signin-answered-code")
        })
        .arg("account", account.clone()))?,
        Some(Answered::Recovery {
            account,
            left,
            total,
        }) => {
            say(Message::new("cli-signin-answered-recovery")
                .arg("account", account.clone())
                .arg("left", *left)
                .arg("total", *total))?;
            if *left <= 2 {
                tell(
                    Message::new("cli-signin-recovery-low")
                        .arg("count", *left)
                        .arg("account", account.clone()),
                );
            }
        }
        Some(Answered::Passcode { via }) => {
            say(Message::new("cli-signin-answered-passcode").arg("via", via.to_string()))?
        }
        None => {}
    }
    say(Message::new("cli-signin-signed-in")
        .arg("server", done.server.clone())
        .arg("who", done.session.who.describe())
        .arg("until", until(done.session.expires_at)))
}

pub(super) fn login(args: LoginArgs) -> Result<(), Failure> {
    let store = AccountStore::open_default()?;
    let profile = Profiles::open(store.dir()).get(&args.server)?;
    let signin = SignIn::new(&store, profile.clone(), timeouts(args.timeout))?;
    let input = Input {
        piped: !io::stdin().is_terminal(),
    };
    let who = profile.login.clone().unwrap_or_default();
    let password = input.line(
        &Message::new("cli-signin-password-prompt")
            .arg("who", who)
            .arg("server", profile.name.clone())
            .text(),
        true,
    )?;
    if password.is_empty() {
        return Err(fail(
            "signin.no_password",
            Message::new("cli-signin-no-password"),
        ));
    }
    let rt = runtime()?;
    let begun = rt.block_on(signin.password(&password));
    drop(password);
    let challenge = match begun? {
        Begun::SignedIn(done) => return report(&done),
        Begun::Challenge(c) => c,
    };
    if let Some(offset) = challenge.drift {
        tell(
            (if offset > 0 {
                Message::new("cli-signin-clock-behind")
            } else {
                Message::new("cli-signin-clock-ahead")
            })
            .arg("seconds", offset.unsigned_abs()),
        );
    }
    let method = match (args.recovery, args.method) {
        (true, _) => Method::Recovery,
        (false, Some(SentVia::Email)) => Method::Sent(MfaType::Email),
        (false, Some(SentVia::Sms)) => Method::Sent(MfaType::Sms),
        (false, None) => Method::App,
    };
    let passcode = match method {
        Method::Sent(ty) => {
            rt.block_on(signin.send_passcode(&challenge, ty))?;
            match args.passcode {
                Some(p) => Zeroizing::new(p),
                None => input.line(
                    &Message::new("cli-signin-passcode-prompt")
                        .arg("via", ty.wire())
                        .text(),
                    false,
                )?,
            }
        }
        _ => Zeroizing::new(String::new()),
    };
    let done = rt.block_on(signin.answer(
        &challenge,
        method,
        Some(passcode.as_str()),
        args.remember_device,
    ))?;
    report(&done)
}

pub(super) fn token(server: &str, secs: u64) -> Result<(), Failure> {
    let store = AccountStore::open_default()?;
    let profile = Profiles::open(store.dir()).get(server)?;
    let (token, _) = runtime()?.block_on(signin::access_token(
        &store,
        &profile,
        timeouts(secs),
        false,
    ))?;
    super::out(token.expose())
}

pub(super) fn logout(server: &str, secs: u64) -> Result<(), Failure> {
    let store = AccountStore::open_default()?;
    let profile = Profiles::open(store.dir()).get(server)?;
    match runtime()?.block_on(signin::logout(&store, &profile, timeouts(secs)))? {
        None => say(Message::new("cli-signin-not-signed-in").arg("server", server.to_string())),
        Some(None) => say(Message::new("cli-signin-signed-out").arg("server", server.to_string())),
        Some(Some(e)) => {
            say(Message::new("cli-signin-signed-out-here").arg("server", server.to_string()))?;
            tell(Message::new("cli-signin-server-not-told").arg("error", e.text()));
            Ok(())
        }
    }
}

/// `server list` detail for a profile that signs in: who and until when, or "signed out".
pub(super) fn session_line(store: &AccountStore, name: &str) -> String {
    match signin::session_of(store, name) {
        Ok(Some(s)) => Message::new("cli-signin-session-signed-in")
            .arg("who", s.who.describe())
            .text(),
        Ok(None) => crate::i18n::t("cli-signin-session-signed-out"),
        Err(e) => Message::new("cli-signin-session-unreadable")
            .arg("error", e.text())
            .text(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expiry_is_shown_in_utc_with_the_time_left() {
        let t = until(unix_now() + 3600);
        assert!(
            t.ends_with("UTC, in 60 min") || t.ends_with("UTC, in 59 min"),
            "{t}"
        );
        assert!(until(unix_now() + 30).ends_with(" s"));
    }
}
