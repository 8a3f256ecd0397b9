#!/usr/bin/env bash
# Runs a command inside a private, throw-away Wayland session: .ci/session.sh's fresh XDG
# folders, own D-Bus session bus and unlocked throw-away keyring, plus a headless sway
# (wlroots, software rendering, no input devices), PipeWire, and on that bus
# xdg-desktop-portal with xdg-desktop-portal-wlr (its Screenshot runs grim),
# and xdg-desktop-portal-gtk (the Access dialog, which xdg-desktop-portal 1.16 wants before
# it offers Screenshot at all; a host app's screenshot asks nothing). With --bg PNG the
# screen shows that picture, centred on white (sway's output background, drawn by swaybg).
# The command runs with WAYLAND_DISPLAY set and DISPLAY unset; everything started here is
# stopped when it ends. Nothing of the user's own session is touched.
# With --kde-shortcuts the desktop also offers the GlobalShortcuts portal as KDE Plasma does:
# xdg-desktop-portal-kde in front of kglobalaccel5, KDE's shortcut daemon. On Plasma KWin
# hands it the keys; here it listens to an Xvfb display of its own (its X11 key grabs),
# named in MFA_SHORTCUT_DISPLAY, where `xdotool key` presses the desktop's shortcuts.
# Usage: .ci/wayland-session.sh [--bg PNG] [--kde-shortcuts] -- COMMAND [ARGS...]
# Exits 77 (and says why) when sway or the portals are not installed.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bg=""
kde=""
while [ $# -gt 0 ]; do
  case "$1" in
    --bg) bg=$(realpath "$2"); shift 2 ;;
    --kde-shortcuts) kde=1; shift ;;
    --) shift; break ;;
    *) break ;;
  esac
done

if [ -z "${MFA_WAYLAND_INNER:-}" ]; then
  for need in sway swaybg grim pipewire dbus-run-session gnome-keyring-daemon \
    /usr/libexec/xdg-desktop-portal /usr/libexec/xdg-desktop-portal-wlr \
    /usr/libexec/xdg-desktop-portal-gtk; do
    if ! command -v "$need" >/dev/null 2>&1; then
      echo "wayland-session: $need is not installed (.ci/deps.sh deps_test installs it)" >&2
      exit 77
    fi
  done
  # A session of its own, even when called from inside another test session.
  unset MFA_SESSION_INNER DISPLAY WAYLAND_DISPLAY
  if [ -n "$kde" ]; then
    for need in Xvfb kglobalaccel5 /usr/lib/x86_64-linux-gnu/libexec/xdg-desktop-portal-kde; do
      if ! command -v "$need" >/dev/null 2>&1; then
        echo "wayland-session: $need is not installed (.ci/deps.sh deps_test installs it)" >&2
        exit 77
      fi
    done
  fi
  args=()
  [ -n "$bg" ] && args+=(--bg "$bg")
  [ -n "$kde" ] && args+=(--kde-shortcuts)
  MFA_WAYLAND_INNER=1 exec "$here/session.sh" -- "$0" "${args[@]}" -- "$@"
fi

# Inside session.sh: XDG_RUNTIME_DIR and XDG_CONFIG_HOME are fresh and private.
export XDG_CURRENT_DESKTOP=sway XDG_SESSION_TYPE=wayland
export WLR_BACKENDS=headless WLR_LIBINPUT_NO_DEVICES=1 WLR_RENDERER=pixman
log="$XDG_RUNTIME_DIR/wayland-session.log"
name=wayland-session
cleanup() { if [ -n "${sway_dir:-}" ]; then rm -rf "$sway_dir"; fi; }
. "$here/session-lib.sh"

# sway refuses to run as root: as root (CI), it runs as nobody in a folder of its own,
# and the others (root) reach its socket by its full path.
sway_dir=$(mktemp -d /tmp/mfa-sway.XXXXXX)
run_sway=(sway)
if [ "$(id -u)" -eq 0 ]; then
  chown nobody:nogroup "$sway_dir"
  run_sway=(setpriv --reuid=nobody --regid=nogroup --clear-groups --reset-env -- \
    env XDG_RUNTIME_DIR="$sway_dir" HOME="$sway_dir" WLR_BACKENDS=headless \
    WLR_LIBINPUT_NO_DEVICES=1 WLR_RENDERER=pixman PATH="$PATH" sway)
fi
if [ -n "$bg" ]; then
  cp "$bg" "$sway_dir/bg.png"
  chmod 644 "$sway_dir/bg.png"
fi
{
  echo "xwayland disable"
  echo "output * resolution 1280x1024"
  if [ -n "$bg" ]; then
    echo "output * bg $sway_dir/bg.png center #FFFFFF"
  else
    echo "output * bg #FFFFFF solid_color"
  fi
} >"$sway_dir/config"
chmod 644 "$sway_dir/config"

XDG_RUNTIME_DIR="$sway_dir" "${run_sway[@]}" -c "$sway_dir/config" >>"$log" 2>&1 &
pids+=($!)
socket=""
for _ in $(seq 100); do
  for s in "$sway_dir"/wayland-*; do
    [ -S "$s" ] && socket="$s" && break
  done
  [ -n "$socket" ] && break
  sleep 0.1
done
[ -n "$socket" ] || fail "sway did not start"
export WAYLAND_DISPLAY="$socket"
unset DISPLAY

# xdg-desktop-portal-wlr does not start without PipeWire (for its ScreenCast).
pipewire >>"$log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do
  [ -S "$XDG_RUNTIME_DIR/pipewire-0" ] && break
  sleep 0.1
done
[ -S "$XDG_RUNTIME_DIR/pipewire-0" ] || fail "pipewire did not start"

# No D-Bus activation on the private bus: the backends first, then the front end that
# finds them through their .portal files (wlr: UseIn=sway; gtk only for Access, as the
# fallback).
/usr/libexec/xdg-desktop-portal-wlr >>"$log" 2>&1 &
pids+=($!)
wait_name org.freedesktop.impl.portal.desktop.wlr
/usr/libexec/xdg-desktop-portal-gtk >>"$log" 2>&1 &
pids+=($!)
wait_name org.freedesktop.impl.portal.desktop.gtk
if [ -n "$kde" ]; then
  # KDE's own pieces on an X display of their own (see the header); the front end then
  # takes GlobalShortcuts from the kde backend, the rest from wlr as before.
  Xvfb -displayfd 3 -screen 0 640x480x24 -nolisten tcp 3>"$XDG_RUNTIME_DIR/kde-display" >>"$log" 2>&1 &
  pids+=($!)
  for _ in $(seq 100); do
    [ -s "$XDG_RUNTIME_DIR/kde-display" ] && break
    sleep 0.1
  done
  [ -s "$XDG_RUNTIME_DIR/kde-display" ] || fail "Xvfb did not start"
  export MFA_SHORTCUT_DISPLAY=":$(head -n1 "$XDG_RUNTIME_DIR/kde-display")"
  DISPLAY="$MFA_SHORTCUT_DISPLAY" QT_QPA_PLATFORM=xcb WAYLAND_DISPLAY= kglobalaccel5 >>"$log" 2>&1 &
  pids+=($!)
  wait_name org.kde.kglobalaccel
  # It offers GlobalShortcuts only where XDG_CURRENT_DESKTOP is exactly KDE.
  DISPLAY="$MFA_SHORTCUT_DISPLAY" QT_QPA_PLATFORM=xcb WAYLAND_DISPLAY= XDG_CURRENT_DESKTOP=KDE \
    /usr/lib/x86_64-linux-gnu/libexec/xdg-desktop-portal-kde >>"$log" 2>&1 &
  pids+=($!)
  wait_name org.freedesktop.impl.portal.desktop.kde
  export XDG_CURRENT_DESKTOP=sway:KDE
fi
# The front end reads the .portal files of just the backends started here, not every one
# installed on the machine (it would fall back to one that is not running).
portals="$XDG_RUNTIME_DIR/portals"
mkdir -p "$portals"
cp /usr/share/xdg-desktop-portal/portals/wlr.portal /usr/share/xdg-desktop-portal/portals/gtk.portal "$portals/"
[ -n "$kde" ] && cp /usr/share/xdg-desktop-portal/portals/kde.portal "$portals/"
XDG_DESKTOP_PORTAL_DIR="$portals" /usr/libexec/xdg-desktop-portal -v >>"$log" 2>&1 &
pids+=($!)
wait_name org.freedesktop.portal.Desktop
# swaybg draws the background a moment after sway starts it.
sleep 1

status=0
"$@" || status=$?
exit "$status"
