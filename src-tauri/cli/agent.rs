//! `mfa-companion agent`: runs the resident agent, or turns starting it at login on or
//! off. The agent itself is [`crate::agent`].

use clap::{Args, ValueEnum};

use super::{say, Failure};
use crate::i18n::Message;

#[derive(Debug, Args)]
pub(super) struct AgentArgs {
    #[arg(long, value_enum, value_name = "on|off")]
    autostart: Option<OnOff>,
    #[arg(long, conflicts_with = "autostart")]
    quit: bool,
    #[arg(long, hide = true, conflicts_with_all = ["autostart", "quit"])]
    keys_only: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum OnOff {
    On,
    Off,
}

pub(super) fn agent(args: AgentArgs) -> Result<(), Failure> {
    if args.keys_only {
        crate::agent::serve_keys()?;
        return Ok(());
    }
    if args.quit {
        return say(if crate::agent::bus::quit() {
            Message::new("cli-agent-asked-to-stop")
        } else {
            Message::new("cli-agent-none-runs")
        });
    }
    match args.autostart {
        Some(setting) => {
            let on = setting == OnOff::On;
            let path = crate::agent::install::set_autostart(on).map_err(Failure)?;
            say((if on {
                Message::new("cli-agent-autostart-on")
            } else {
                Message::new("cli-agent-autostart-off")
            })
            .arg("path", path.display().to_string()))
        }
        None => crate::agent::run().map_err(Failure),
    }
}
