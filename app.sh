#!/usr/bin/env bash
# The app command: installs what building and running need (idempotently), builds the
# release binary, and opens the desktop window. Arguments are passed on, so
# `./app.sh list` runs the CLI instead.
set -euo pipefail
cd "$(dirname "$0")"
. .ci/deps.sh
deps_app
cargo build --release
exec target/release/mfa-companion "$@"
