//! `mfa-companion type [ACCOUNT]` (the code typed into the focused window, as the
//! agent's Ctrl+Alt+T does) and `mfa-companion show [--search]` (the window brought up,
//! for a shortcut bound in the desktop's own settings, e.g. on Wayland).

use zeroize::Zeroizing;

use super::{fail, tell, Failure};
use crate::i18n::Message;
use crate::keyboard::autotype::{self, Typed};
use crate::otp;
use crate::storage::AccountStore;

// Arguments of `type`.
#[derive(clap::Args)]
pub struct TypeArgs {
    account: Option<String>,
    #[arg(long, default_value_t = 0, value_name = "SECS")]
    delay: u64,
}

/// `type`: types the code; opens the quick search when the title names no account or
/// several.
pub(super) fn type_cmd(args: TypeArgs) -> Result<(), Failure> {
    if args.delay > 60 {
        return Err(fail("cli.usage", Message::new("cli-keyboard-delay")));
    }
    let store = AccountStore::open_default()?;
    let given = args.account.as_deref().map(|q| store.find(q)).transpose()?;
    let accounts = if given.is_some() {
        Vec::new()
    } else {
        store.list()?
    };
    std::thread::sleep(std::time::Duration::from_secs(args.delay));
    if crate::keyboard::on_wayland() && crate::keyboard::kwin::running() {
        // KWin lets this program type only once a desktop entry names it.
        match crate::agent::install::integrate_typing() {
            Ok(true) => crate::keyboard::kwin::entry_written(),
            Ok(false) => {}
            Err(e) => log::warn!("type: {}", e.message),
        }
    }
    let typed = autotype::run(&accounts, given.as_ref(), |a| {
        store
            .code(a, otp::unix_now())
            .map(|c| Zeroizing::new(c.code.clone()))
            .map_err(|e| crate::error::Coded::report(&e))
    })
    .map_err(Failure)?;
    match typed {
        Typed::Code(a) => {
            tell(Message::new("cli-keyboard-typed").arg("label", a.label()));
            Ok(())
        }
        Typed::Search(why) => {
            tell(Message::new("cli-keyboard-searching").arg("why", why.to_string()));
            show(true)
        }
    }
}

/// `show`: brings up the window (a running one is raised), with the search focused if
/// `search`.
pub(super) fn show(search: bool) -> Result<(), Failure> {
    let args: &[&str] = if search { &["--search"] } else { &[] };
    crate::agent::spawn_sibling("mfa-companion-desktop", args).map_err(|e| {
        fail(
            "app.window",
            Message::new("cli-keyboard-window").arg("error", e.to_string()),
        )
    })
}
