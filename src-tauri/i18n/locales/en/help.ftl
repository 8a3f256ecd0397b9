# The command line's --help and man pages: `help-<command path>` is a command's
# description, `help-<command path>--<argument>` an argument's (cli/help.rs).

