//! `login`, `token` and `logout`: signing in to a profile's Lerian Auth plugin, printing
//! a valid access token for scripts, and signing out. The password is read from stdin
//! (its first line) when stdin is not a terminal, or asked for without echo; it is never
//! stored or printed.

use std::io::{self, BufRead, IsTerminal, Write};

use clap::{Args, ValueEnum};
use zeroize::Zeroizing;

use super::servers::{runtime, timeouts};
use super::{fail, out, Failure};
use crate::backups::names::civil;
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
        let read_err = |e: io::Error| fail("io.stdin", format!("cannot read stdin: {e}"));
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
    let (_, _, _, h, m, s) = civil(unix);
    let left = unix.saturating_sub(unix_now());
    let rel = if left >= 120 {
        format!("in {} min", left / 60)
    } else {
        format!("in {left} s")
    };
    format!("{h:02}:{m:02}:{s:02} UTC, {rel}")
}

fn report(done: &SignedIn) -> Result<(), Failure> {
    match &done.answered {
        Some(Answered::AppCode { account, retried }) => out(format!(
            "answered the MFA challenge with your code for {account}{}",
            if *retried {
                " (the first was refused at a step boundary; the next one was accepted)"
            } else {
                ""
            }
        ))?,
        Some(Answered::Recovery {
            account,
            left,
            total,
        }) => {
            out(format!(
                "answered the MFA challenge with a recovery code of {account}: it is now marked used; {left} of {total} remain"
            ))?;
            if *left <= 2 {
                eprintln!(
                    "warning: only {left} unused recovery code(s) left for {account}: get new ones from the server and add them (`mfa-companion recovery add`)"
                );
            }
        }
        Some(Answered::Passcode { via }) => out(format!(
            "answered the MFA challenge with the passcode sent by {via}"
        ))?,
        None => {}
    }
    out(format!(
        "signed in to {} as {} until {}; the session is in the OS keychain",
        done.server,
        done.session.who.describe(),
        until(done.session.expires_at)
    ))
}

pub(super) fn login(args: LoginArgs) -> Result<(), Failure> {
    let store = AccountStore::open_default()?;
    let profile = Profiles::open(store.dir()).get(&args.server)?;
    let signin = SignIn::new(&store, profile.clone(), timeouts(args.timeout))?;
    let input = Input {
        piped: !io::stdin().is_terminal(),
    };
    let who = profile.login.clone().unwrap_or_default();
    let password = input.line(&format!("Password for {who} at {}: ", profile.name), true)?;
    if password.is_empty() {
        return Err(fail(
            "signin.no_password",
            "no password given: type it, or pipe it as the first line of stdin",
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
        eprintln!(
            "warning: this computer's clock is {} s {} the server's: the code is computed with the server's time",
            offset.abs(),
            if offset > 0 { "behind" } else { "ahead of" }
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
                    &format!("Passcode the server sent by {}: ", ty.wire()),
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
    out(token.expose())
}

pub(super) fn logout(server: &str, secs: u64) -> Result<(), Failure> {
    let store = AccountStore::open_default()?;
    let profile = Profiles::open(store.dir()).get(server)?;
    match runtime()?.block_on(signin::logout(&store, &profile, timeouts(secs)))? {
        None => out(format!("not signed in to {server}: nothing to do")),
        Some(None) => out(format!(
            "signed out of {server}: the server ended the session and its tokens are forgotten"
        )),
        Some(Some(e)) => {
            out(format!(
                "signed out of {server}: its tokens are forgotten here"
            ))?;
            eprintln!(
                "warning: the server could not be told, so the session may stay valid there until it expires ({e})"
            );
            Ok(())
        }
    }
}

/// `server list` detail for a profile that signs in: who and until when, or "signed out".
pub(super) fn session_line(store: &AccountStore, name: &str) -> String {
    match signin::session_of(store, name) {
        Ok(Some(s)) => format!("signed in as {}", s.who.describe()),
        Ok(None) => "signed out".into(),
        Err(e) => format!("session unreadable ({e})"),
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
