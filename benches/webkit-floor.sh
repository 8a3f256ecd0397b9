#!/usr/bin/env bash
# The engine's own floor, to read benches/desktop.sh against: a bare C WebKitGTK window
# (benches/webkit-floor.c: no Tauri, no Rust, 50 plain rows, the app's window size, with
# WEBKIT_DISABLE_COMPOSITING_MODE=1 as the app sets it) measured the same way:
#   - PSS of the whole tree (UI, web and network processes) 5 s after start;
#   - idle CPU over 60 s with nothing changing, and with one visible line changing each second.
# Needs a display: run it inside `.ci/session.sh --x`. Needs gcc and libwebkit2gtk-4.1-dev.
# Usage: benches/webkit-floor.sh [--runs N]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=1
[ "${1:-}" = --runs ] && runs=$2
out=target/webkit-floor
mkdir -p "$out"
# shellcheck disable=SC2046
gcc -O2 -o "$out/webkit-floor" benches/webkit-floor.c $(pkg-config --cflags --libs webkit2gtk-4.1)
export WEBKIT_DISABLE_COMPOSITING_MODE=1

tree_pids() { local p=$1; echo "$p"; for c in $(pgrep -P "$p" || true); do tree_pids "$c"; done; }
pss_kb() { local t=0 v; for p in $(tree_pids "$1"); do
    v=$(awk '/^Pss:/ {print $2}' "/proc/$p/smaps_rollup" 2>/dev/null || echo 0); t=$((t + ${v:-0})); done; echo "$t"; }
cpu_ticks() { local t=0 v; for p in $(tree_pids "$1"); do
    v=$(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0); t=$((t + ${v:-0})); done; echo "$t"; }

for run in $(seq "$runs"); do
  for mode in static tick; do
    "$out/webkit-floor" "$mode" >/dev/null 2>&1 &
    pid=$!
    sleep 5
    pss=$(pss_kb "$pid")
    t0=$(cpu_ticks "$pid"); sleep 60; t1=$(cpu_ticks "$pid")
    cpu=$(python3 -c "print(round(($t1 - $t0) / $(getconf CLK_TCK) / 60 * 100, 2))")
    echo "figure: bare WebKitGTK window ($mode), run $run: PSS $((pss / 1024)) MB, idle CPU ${cpu}% of a core"
    kill "$pid"; wait "$pid" 2>/dev/null || true
  done
done
