//! Which account a window's title asks for: "Sign in to GitHub — Mozilla Firefox" →
//! the account whose issuer is GitHub. The issuer must appear in the title as whole
//! words (any case); when several accounts match, the longest issuer wins if it is the
//! only one that long and belongs to one account (so "Google Cloud" beats "Google");
//! otherwise the choice is the user's (the quick search opens). [`run`] is the whole
//! flow the agent's Ctrl+Alt+T and the CLI's `type` share, on X11 and on Wayland.

use zeroize::Zeroizing;

use crate::account::Account;
use crate::error::{Coded, ErrorReport};

/// What [`run`] did.
#[derive(Debug)]
pub enum Typed {
    /// The code of this account was typed.
    Code(Account),
    /// Nothing typed: the title names no account or several; the caller opens the quick
    /// search. The message says which.
    Search(String),
}

/// Types the current code of `given` (or of the account the focused window's title
/// names) into the focused window: through XTEST on X11, through the compositor's
/// foreign-toplevel and virtual-keyboard protocols in a Wayland session, through KWin's
/// scripting and fake input on KDE Plasma (refused where none of these is offered:
/// GNOME). `code_of` computes the code (for HOTP, advancing the counter) only once
/// everything else is settled. Refused when the focused window's
/// title cannot be read or the window is this app's own.
pub fn run(
    accounts: &[Account],
    given: Option<&Account>,
    code_of: impl FnOnce(&Account) -> Result<Zeroizing<String>, ErrorReport>,
) -> Result<Typed, ErrorReport> {
    let report = |e: super::KeyboardError| e.report();
    if super::on_wayland() && super::kwin::running() {
        let focused = super::kwin::focused().map_err(report)?;
        let account = match choose(accounts, given, &focused)? {
            Ok(a) => a,
            Err(search) => return Ok(search),
        };
        let mut typist = super::kwin::Typist::connect().map_err(report)?;
        let code = code_of(account)?;
        typist.type_text(&code).map_err(report)?;
        return Ok(Typed::Code(account.clone()));
    }
    if super::on_wayland() {
        let mut session = super::wayland::Session::connect().map_err(report)?;
        let focused = session.focused().map_err(report)?;
        let account = match choose(accounts, given, &focused)? {
            Ok(a) => a,
            Err(search) => return Ok(search),
        };
        let code = code_of(account)?;
        session.type_text(&code).map_err(report)?;
        return Ok(Typed::Code(account.clone()));
    }
    let (conn, screen) = super::x11::connect().map_err(report)?;
    let focused = super::x11::focused(&conn, screen).map_err(report)?;
    let account = match choose(accounts, given, &focused)? {
        Ok(a) => a,
        Err(search) => return Ok(search),
    };
    let code = code_of(account)?;
    super::x11::type_text(&conn, screen, &code).map_err(report)?;
    Ok(Typed::Code(account.clone()))
}

/// The account to type for `focused`: `given`, else the one its title names
/// (`Err(Typed::Search)` when it names none or several); refused for this app's own
/// window.
fn choose<'a>(
    accounts: &'a [Account],
    given: Option<&'a Account>,
    focused: &super::Focused,
) -> Result<Result<&'a Account, Typed>, ErrorReport> {
    if focused.ours {
        return Err(super::KeyboardError::OwnWindow.report());
    }
    Ok(match given {
        Some(a) => Ok(a),
        None => match pick(accounts, &focused.title) {
            Pick::One(a) => Ok(a),
            Pick::None => Err(Typed::Search(
                "no account's issuer is in the focused window's title".into(),
            )),
            Pick::Several(names) => Err(Typed::Search(format!(
                "the focused window's title fits {} accounts",
                names.len()
            ))),
        },
    })
}

/// What a title picks.
#[derive(Debug, PartialEq, Eq)]
pub enum Pick<'a> {
    /// Exactly one account.
    One(&'a Account),
    /// No account's issuer is in the title.
    None,
    /// Several accounts fit equally (their names, for the message).
    Several(Vec<String>),
}

/// `needle` in `hay` as whole words (ASCII case-insensitive; word characters are
/// letters and digits).
fn has_words(hay: &str, needle: &str) -> bool {
    let (hay, needle) = (hay.to_lowercase(), needle.trim().to_lowercase());
    if needle.is_empty() {
        return false;
    }
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    hay.match_indices(&needle).any(|(at, _)| {
        !word(hay[..at].chars().next_back()) && !word(hay[at + needle.len()..].chars().next())
    })
}

/// The account `title` asks for.
pub fn pick<'a>(accounts: &'a [Account], title: &str) -> Pick<'a> {
    let matches: Vec<&Account> = accounts
        .iter()
        .filter(|a| has_words(title, &a.issuer))
        .collect();
    let longest = matches.iter().map(|a| a.issuer.trim().len()).max();
    let best: Vec<&Account> = matches
        .iter()
        .copied()
        .filter(|a| Some(a.issuer.trim().len()) == longest)
        .collect();
    match best.as_slice() {
        [] => Pick::None,
        [one] => Pick::One(one),
        many => Pick::Several(many.iter().map(|a| a.label()).collect()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn account(issuer: &str, name: &str) -> Account {
        Account {
            id: format!("{issuer}-{name}"),
            issuer: issuer.into(),
            account: name.into(),
            params: crate::otp::OtpParams::default_totp(),
            created: 0,
            source: crate::account::Source::Uri,
        }
    }

    #[test]
    fn a_browser_title_picks_the_account_whose_issuer_it_names() {
        let list = [
            account("GitHub", "ann"),
            account("GitLab", "ann"),
            account("Hub", "x"),
        ];
        match pick(&list, "Sign in to GitHub · GitHub — Mozilla Firefox") {
            Pick::One(a) => assert_eq!(a.issuer, "GitHub"),
            other => panic!("{other:?}"),
        }
        assert_eq!(pick(&list, "Inbox — Thunderbird"), Pick::None);
        // "Hub" is not a word of "GitHub".
        assert_eq!(pick(&[account("Hub", "x")], "GitHub"), Pick::None);
    }

    #[test]
    fn the_longest_issuer_wins_and_a_tie_is_left_to_the_user() {
        let list = [account("Google", "a"), account("Google Cloud", "b")];
        match pick(&list, "Google Cloud console - Chromium") {
            Pick::One(a) => assert_eq!(a.issuer, "Google Cloud"),
            other => panic!("{other:?}"),
        }
        let two = [account("GitHub", "work"), account("GitHub", "home")];
        match pick(&two, "GitHub") {
            Pick::Several(names) => assert_eq!(names.len(), 2),
            other => panic!("{other:?}"),
        }
    }
}
