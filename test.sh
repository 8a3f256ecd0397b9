#!/usr/bin/env bash
# The test command: installs what it needs (idempotently), then runs every check:
# formatting, clippy, the core tests without WebKit or a keychain, then everything else
# (real keychain, CLI end to end, WebDriver in the real window) in a private session.
set -euo pipefail
cd "$(dirname "$0")"
. .ci/deps.sh
deps_test
# The tests read the app's English; those about another language ask for it.
export LC_ALL=C.UTF-8

echo "==> cargo fmt --check"
cargo fmt --all -- --check
echo "==> cargo clippy (desktop and core-only builds)"
cargo clippy --workspace --all-targets -- -D warnings
cargo clippy --no-default-features --lib --bins --tests -- -D warnings
echo "==> the window's catalogues (tests/i18n/check_ui.mjs)"
node tests/i18n/check_ui.mjs
echo "==> identity sandbox (its own contract tests over HTTP)"
cargo test -p identity-sandbox
echo "==> core tests (no WebKit, no keychain)"
cargo test --no-default-features --lib --test otp_vectors --test uri_roundtrip
# tests/screen_wayland.rs starts its own headless Wayland session with the portals
# (.ci/wayland-session.sh) from inside this one.
echo "==> everything else, in a private D-Bus session with gnome-keyring under Xvfb"
mkdir -p test-artifacts
.ci/session.sh --x -- cargo test --all-targets
echo "==> benchmarks (figures only; each line names its goal)"
bench_log=$(mktemp)
if ! cargo bench --no-default-features --bench codes -- --warm-up-time 1 --measurement-time 3 \
  >"$bench_log" 2>&1; then
  cat "$bench_log" >&2; echo "the codes bench failed (its whole output is above)" >&2; exit 1
fi
grep -E "^figure|time:" "$bench_log" || true
if ! cargo bench --no-default-features --bench imports -- --quick >"$bench_log" 2>&1; then
  cat "$bench_log" >&2; echo "the imports bench failed (its whole output is above)" >&2; exit 1
fi
grep -E "^figure" "$bench_log" || true
rm -f "$bench_log"
.ci/session.sh -- benches/cli-code.sh --quick
.ci/session.sh -- benches/vault.sh --quick
# The CLI vault.sh has just built (no second build of the crate).
MFA_BIN="${CARGO_TARGET_DIR:-$PWD/target}/release/mfa-companion" \
  .ci/session.sh -- benches/imports.sh --quick
.ci/session.sh --x -- benches/agent.sh --quick
.ci/session.sh --x -- benches/desktop.sh --runs 1
benches/screen.sh --quick
echo "==> packages (package.sh --check: build, validate, lint, install, run, remove, rebuild)"
./package.sh --check
