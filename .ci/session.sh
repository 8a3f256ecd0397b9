#!/usr/bin/env bash
# Runs a command inside a private, throw-away desktop session: fresh XDG folders, its
# own D-Bus session bus, gnome-keyring unlocked non-interactively with a throw-away
# password, and (with --x) an Xvfb display. Nothing of the user's own keyring is touched.
# Usage: .ci/session.sh [--x] -- COMMAND [ARGS...]
set -euo pipefail
want_x=0
while [ $# -gt 0 ]; do
  case "$1" in
    --x) want_x=1; shift ;;
    --) shift; break ;;
    *) break ;;
  esac
done

if [ -z "${MFA_SESSION_INNER:-}" ]; then
  root=$(mktemp -d /tmp/mfa-session.XXXXXX)
  mkdir -p "$root"/{data,config,cache,state,runtime}
  chmod 700 "$root/runtime"
  trap 'rm -rf "$root"' EXIT
  export XDG_DATA_HOME="$root/data" XDG_CONFIG_HOME="$root/config" \
    XDG_CACHE_HOME="$root/cache" XDG_STATE_HOME="$root/state" XDG_RUNTIME_DIR="$root/runtime"
  args=()
  [ "$want_x" = 1 ] && args+=(--x)
  # dbus-run-session ends the bus (and gnome-keyring with it) when the command exits.
  MFA_SESSION_INNER=1 dbus-run-session --config-file="$(dirname "$0")/dbus-session.conf" \
    -- "$0" "${args[@]}" -- "$@"
  exit $?
fi

# No accessibility bus on this private session (it would only print warnings).
export NO_AT_BRIDGE=1

# Inside the session bus: a fresh login keyring, created unlocked with a throw-away
# password (a keyring left from an earlier run with another password would prompt).
printf '%s' "mfa-companion-test-session" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
gnome-keyring-daemon --start --components=secrets >/dev/null

if [ "$want_x" = 1 ]; then
  # An X11 session even when started from a Wayland desktop (the app asks the Wayland
  # portals when it sees one).
  unset WAYLAND_DISPLAY
  export XDG_SESSION_TYPE=x11
  # -noreset keeps the server up between clients; -nolisten tcp: local only.
  exec xvfb-run -a -s "-screen 0 1280x1024x24 -nolisten tcp -noreset" "$@"
fi
exec "$@"
