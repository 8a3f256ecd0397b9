#!/usr/bin/env bash
# Screen-scan figures (issue 15 §6): capture and decode of a whole screen with one QR
# code on it, on Xvfb screens of 1920x1080 and 3840x2160 (their own displays, started
# here), printed apart with the peak memory. Goals on the 2-core reference machine:
# 1080p at most 150 ms and 4K at most 400 ms, capture and decode together (medians).
# Usage: benches/screen.sh [--quick]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=9
[ "${1:-}" = "--quick" ] && runs=3
cargo bench --no-default-features --bench screen --no-run --quiet 2>/dev/null
for size in 1920x1080 3840x2160; do
  xvfb-run -a -s "-screen 0 ${size}x24 -nolisten tcp" \
    cargo bench --no-default-features --quiet --bench screen -- --runs "$runs" 2>/dev/null |
    grep '^figure'
done
