#!/usr/bin/env bash
# The engine's own floor, to read benches/desktop.sh against: a bare C WebKitGTK window
# (benches/webkit-floor.c: no Tauri, no Rust, 50 plain rows, the app's window size, with
# the engine defaults the app sets, see src-tauri/desktop_main.rs) measured the same way:
#   - PSS of the whole tree (UI, web and network processes) 5 s after start;
#   - idle CPU over 60 s with nothing changing, and with one visible line changing each second.
#   - with --intervals "MS ...", the idle CPU with the line changing every MS milliseconds
#     instead, and the CPU time each repaint costs (on a machine where that cost grows with
#     the idle time before it, fewer repaints barely lower the total).
# Needs a display: run it inside `.ci/session.sh --x`. Needs gcc and libwebkit2gtk-4.1-dev.
# Usage: benches/webkit-floor.sh [--runs N] [--intervals "MS ..."]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=1 intervals=""
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --intervals) intervals="$2"; shift 2 ;;
    *) echo "usage: $0 [--runs N] [--intervals \"MS ...\"]" >&2; exit 2 ;;
  esac
done
out=target/webkit-floor
mkdir -p "$out"
# shellcheck disable=SC2046
gcc -O2 -o "$out/webkit-floor" benches/webkit-floor.c $(pkg-config --cflags --libs webkit2gtk-4.1)
# The app's engine defaults (src-tauri/desktop_main.rs); FLOOR_ENGINE_DEFAULTS=0 leaves out
# all but compositing, to compare with WebKit's own.
export WEBKIT_DISABLE_COMPOSITING_MODE=1
if [ "${FLOOR_ENGINE_DEFAULTS:-1}" != 0 ]; then export JSC_useJIT=0 Malloc=1; fi

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

for run in $(seq "$runs"); do
  for ms in $intervals; do
    "$out/webkit-floor" tick "$ms" >/dev/null 2>&1 &
    pid=$!
    sleep 5
    t0=$(cpu_ticks "$pid"); sleep 24; t1=$(cpu_ticks "$pid")
    python3 -c "t = ($t1 - $t0) / $(getconf CLK_TCK); print(f'figure: bare window, a line changing every $ms ms, run $run: idle CPU {t / 24 * 100:.2f}% of a core, {t * 1000 / (24000 / $ms):.1f} ms of CPU per repaint')"
    kill "$pid"; wait "$pid" 2>/dev/null || true
  done
done
