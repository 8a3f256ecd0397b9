# The command line's messages: what it prints and asks (cli/). Error codes, --json
# output and the words scripts type back (y/N answers aside) never change.

