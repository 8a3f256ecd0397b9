#!/usr/bin/env bash
# The resident agent's figures (benches/agent.rs, on release binaries): PSS with 50
# accounts, wake-ups and CPU while idle, tray click to clipboard, `code` through the
# agent, and the session's PSS before, while and after the window is open. With
# --compare, also the resident memory of KeePassXC and OTPClient measured in the same
# run (installed from Debian's packages if missing), as floors for the goals.
# Run inside `.ci/session.sh --x` (./test.sh does, with --quick: a 10 s idle window).
# Usage: benches/agent.sh [--quick] [--compare]
set -euo pipefail
cd "$(dirname "$0")/.."
idle=60 compare=0
for arg in "$@"; do
  case "$arg" in
    --quick) idle=10 ;;
    --compare) compare=1 ;;
    *) echo "usage: benches/agent.sh [--quick] [--compare]" >&2; exit 2 ;;
  esac
done
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! AGENT_BENCH_IDLE_SECS=$idle cargo bench --quiet --bench agent >"$log" 2>&1; then
  cat "$log" >&2; echo "the agent bench failed (its whole output is above)" >&2; exit 1
fi
grep '^figure' "$log"

# PSS of a process and its descendants, in MB.
tree_pss() {
  python3 - "$1" <<'PY'
import os, sys
root = int(sys.argv[1]); pids = [root]; i = 0
while i < len(pids):
    for p in os.listdir("/proc"):
        if p.isdigit():
            try:
                stat = open(f"/proc/{p}/stat").read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(stat[1]) == pids[i]:
                pids.append(int(p))
    i += 1
kb = 0
for p in pids:
    try:
        kb += next(int(l.split()[1]) for l in open(f"/proc/{p}/smaps_rollup") if l.startswith("Pss:"))
    except (OSError, StopIteration):
        pass
print(f"{kb / 1024:.1f}")
PY
}

if [ "$compare" = 1 ]; then
  . .ci/deps.sh
  _apt_install keepassxc otpclient
  home=$(mktemp -d)
  for app in keepassxc otpclient; do
    HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" "$app" >/dev/null 2>&1 &
    pid=$!
    sleep 10
    echo "figure: $app resident (PSS of its process tree, started with no database, 10 s after start): $(tree_pss "$pid") MB"
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$home"
fi
