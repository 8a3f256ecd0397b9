//! `mfa-companion agent`: runs the resident agent, or turns starting it at login on or
//! off. The agent itself is [`crate::agent`].

use clap::{Args, ValueEnum};

use super::{out, Failure};

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
        return out(if crate::agent::bus::quit() {
            "the agent was asked to stop"
        } else {
            "no agent runs"
        });
    }
    match args.autostart {
        Some(setting) => {
            let on = setting == OnOff::On;
            let path = crate::agent::install::set_autostart(on).map_err(Failure)?;
            if on {
                out(format!(
                    "the agent starts at login ({}); start it now with `mfa-companion agent &`",
                    path.display()
                ))
            } else {
                out(format!(
                    "the agent no longer starts at login ({} removed)",
                    path.display()
                ))
            }
        }
        None => crate::agent::run().map_err(Failure),
    }
}
