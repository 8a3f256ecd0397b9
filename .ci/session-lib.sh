# Shared by the desktop sessions of the tests (.ci/wayland-session.sh, .ci/kwin-session.sh),
# sourced inside .ci/session.sh's private session after `name` (the script's name, for
# messages) and `log` (its log file) are set: the processes it starts (`pids`, all
# stopped when the script ends, then `cleanup` if the script defines it), `fail` (says
# why, shows the log, exits 1) and `wait_name` (waits for a D-Bus name).
pids=()
stop() {
  local p
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  if declare -F cleanup >/dev/null; then cleanup; fi
}
trap stop EXIT
fail() {
  echo "$name: $1; its log:" >&2
  cat "$log" >&2 || true
  exit 1
}
# Waits up to 10 s for a D-Bus name on the session bus.
wait_name() {
  local i
  for i in $(seq 100); do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
      org.freedesktop.DBus.NameHasOwner "string:$1" 2>/dev/null | grep -q "boolean true"; then
      return 0
    fi
    sleep 0.1
  done
  fail "$1 did not appear on the session bus"
}
