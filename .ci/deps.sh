#!/usr/bin/env bash
# Installs what building, running and testing need, idempotently (Debian 12).
# Usage: source .ci/deps.sh; deps_app | deps_test
set -euo pipefail

_sudo() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

_apt_install() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "==> installing Debian packages: ${missing[*]}"
    _sudo apt-get update -qq
    _sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

_rust() {
  if ! command -v cargo >/dev/null 2>&1; then
    [ -f "$HOME/.cargo/env" ] && . "$HOME/.cargo/env"
  fi
  if ! command -v cargo >/dev/null 2>&1; then
    echo "error: cargo not found: install Rust (https://rustup.rs) and run this again" >&2
    exit 1
  fi
}

# Build and run the desktop app.
deps_app() {
  # `mfa-companion --version` names the commit it was built from (src-tauri/build.rs).
  MFA_COMPANION_COMMIT="${MFA_COMPANION_COMMIT-$(git rev-parse --short=12 HEAD 2>/dev/null || true)}"
  export MFA_COMPANION_COMMIT
  # The binaries carry no path of this machine: the crates' sources and this folder are
  # written as /cargo and . (panic locations), so two builds from two folders give the
  # same bytes (README, "Install"). Every script builds with the same flags, so they
  # share one build folder.
  RUSTFLAGS="--remap-path-prefix=${CARGO_HOME:-$HOME/.cargo}=/cargo --remap-path-prefix=$PWD=."
  export RUSTFLAGS
  _apt_install build-essential pkg-config libwebkit2gtk-4.1-dev libssl-dev \
    gnome-keyring dbus-daemon dbus-x11 ca-certificates
  _rust
}

# Everything the test command needs on top: X server, WebDriver, keyring tools, bench tools,
# keepassxc (its keepassxc-cli checks our KeePass export: tests/keepass.rs; 19 MB), and a
# headless Wayland session with the screenshot portal (.ci/wayland-session.sh for
# tests/screen_wayland.rs: sway, its swaybg, PipeWire, xdg-desktop-portal with the wlr
# backend, which runs grim, and the gtk one for the Access dialog the front end wants;
# wl-clipboard's wl-copy puts a picture on the Wayland clipboard for the paste test; foot,
# a Wayland terminal, is the window tests/keyboard_wayland.rs types into, and jq reads
# sway's window tree there; xdg-desktop-portal-kde, with kglobalaccel5, is KDE Plasma's
# GlobalShortcuts portal that tests/agent_wayland.rs binds the quick search with;
# kwin-wayland and qtwayland5 make the headless KDE Plasma session of .ci/kwin-session.sh,
# where tests/keyboard_kwin.rs types).
deps_test() {
  deps_app
  _apt_install xvfb xauth xdotool webkit2gtk-driver libsecret-tools hyperfine keepassxc
  _apt_install sway swaybg grim pipewire xdg-desktop-portal xdg-desktop-portal-wlr \
    xdg-desktop-portal-gtk wl-clipboard foot jq xdg-desktop-portal-kde kwin-wayland qtwayland5
  if ! command -v tauri-driver >/dev/null 2>&1 && [ ! -x "$HOME/.cargo/bin/tauri-driver" ]; then
    echo "==> installing tauri-driver"
    cargo install tauri-driver --version '^2' --locked
  fi
  # axe-core, which tests/webdriver_a11y/ runs inside the window (tests/a11y/).
  if ! command -v npm >/dev/null 2>&1; then
    _apt_install nodejs npm
  fi
  if [ ! -f tests/a11y/node_modules/axe-core/axe.min.js ]; then
    echo "==> installing axe-core (tests/a11y)"
    npm ci --prefix tests/a11y --no-audit --no-fund --silent
  fi
  export PATH="$HOME/.cargo/bin:$PATH"
}

# What package.sh needs on top of building: dpkg-shlibdeps, the icon renderer, xz, Node.js
# for the Tauri CLI, and the checkers its --check runs.
deps_package() {
  deps_app
  _apt_install dpkg-dev librsvg2-bin xz-utils gzip lintian desktop-file-utils appstream \
    rpm man-db xvfb xauth xdotool x11-utils gnome-keyring dbus-daemon
  if ! command -v npm >/dev/null 2>&1; then
    _apt_install nodejs npm
  fi
}
