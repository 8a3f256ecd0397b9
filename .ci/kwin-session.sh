#!/usr/bin/env bash
# Runs a command inside a private, throw-away KDE Plasma Wayland session: .ci/session.sh's
# fresh XDG folders, own D-Bus session bus and unlocked throw-away keyring, plus KWin
# (kwin_wayland, headless: --virtual, software rendering, no input devices), which also
# serves its scripting interface and kglobalaccel on that bus, and xdg-desktop-portal with
# KDE's backend (xdg-desktop-portal-kde: GlobalShortcuts). The command runs with
# WAYLAND_DISPLAY set to KWin's socket, XDG_CURRENT_DESKTOP=KDE and DISPLAY unset;
# everything started here is stopped when it ends. Nothing of the user's own session is
# touched.
# kwin_wayland carries a file capability (cap_sys_resource) that containers often refuse
# to grant ("Operation not permitted"): a copy without it runs instead, from the
# session's private runtime folder.
# --layout L gives the session that keyboard layout (Plasma's kxkbrc; default us).
# Usage: .ci/kwin-session.sh [--layout L] -- COMMAND [ARGS...]
# Exits 77 (and says why) when KWin or the portals are not installed.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
layout=us
while [ $# -gt 0 ]; do
  case "$1" in
    --layout) layout=$2; shift 2 ;;
    --) shift; break ;;
    *) break ;;
  esac
done
kde_portal=/usr/lib/x86_64-linux-gnu/libexec/xdg-desktop-portal-kde

if [ -z "${MFA_KWIN_INNER:-}" ]; then
  for need in kwin_wayland dbus-run-session gnome-keyring-daemon \
    /usr/libexec/xdg-desktop-portal "$kde_portal"; do
    if ! command -v "$need" >/dev/null 2>&1; then
      echo "kwin-session: $need is not installed (.ci/deps.sh deps_test installs it)" >&2
      exit 77
    fi
  done
  unset MFA_SESSION_INNER DISPLAY WAYLAND_DISPLAY
  MFA_KWIN_INNER=1 exec "$here/session.sh" -- "$0" --layout "$layout" -- "$@"
fi

# Inside session.sh: XDG_RUNTIME_DIR and XDG_DATA_HOME are fresh and private.
export XDG_CURRENT_DESKTOP=KDE XDG_SESSION_TYPE=wayland KDE_FULL_SESSION=true
unset DISPLAY
log="$XDG_RUNTIME_DIR/kwin-session.log"
name=kwin-session
. "$here/session-lib.sh"

# The keyboard layout, where Plasma keeps it.
mkdir -p "$XDG_CONFIG_HOME"
printf '[Layout]\nLayoutList=%s\nUse=true\n' "$layout" >"$XDG_CONFIG_HOME/kxkbrc"

kwin="$XDG_RUNTIME_DIR/kwin_wayland"
cp "$(command -v kwin_wayland)" "$kwin"
QT_QPA_PLATFORM=wayland KWIN_COMPOSE=Q "$kwin" --virtual --socket mfa-kwin \
  --width 1280 --height 1024 --no-lockscreen >>"$log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do
  [ -S "$XDG_RUNTIME_DIR/mfa-kwin" ] && break
  sleep 0.1
done
[ -S "$XDG_RUNTIME_DIR/mfa-kwin" ] || fail "KWin did not start"
export WAYLAND_DISPLAY=mfa-kwin
wait_name org.kde.KWin
wait_name org.kde.kglobalaccel

# The portal front end with KDE's backend only (no D-Bus activation on this bus).
QT_QPA_PLATFORM=wayland "$kde_portal" >>"$log" 2>&1 &
pids+=($!)
wait_name org.freedesktop.impl.portal.desktop.kde
portals="$XDG_RUNTIME_DIR/portals"
mkdir -p "$portals"
cp /usr/share/xdg-desktop-portal/portals/kde.portal "$portals/"
XDG_DESKTOP_PORTAL_DIR="$portals" /usr/libexec/xdg-desktop-portal -v >>"$log" 2>&1 &
pids+=($!)
wait_name org.freedesktop.portal.Desktop

status=0
"$@" || status=$?
exit "$status"
