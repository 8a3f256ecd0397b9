#!/usr/bin/env bash
# Times `mfa-companion code <ACCOUNT>` end to end (process start, metadata read, keychain
# read over D-Bus, print) with hyperfine, on the release binary, and reports the median.
# Needs a Secret Service: run it inside `.ci/session.sh` (./test.sh does) or a desktop.
# Goal on the 2-core reference machine: median at most 10 ms.
# Usage: benches/cli-code.sh [--quick]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=200
[ "${1:-}" = "--quick" ] && runs=60
cargo build --release --quiet
bin="$PWD/target/release/mfa-companion"
data=$(mktemp -d)
trap 'XDG_DATA_HOME="$data" "$bin" remove bench --yes >/dev/null 2>&1 || true; rm -rf "$data"' EXIT
export XDG_DATA_HOME="$data"
"$bin" add 'otpauth://totp/Bench:bench?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Bench' >/dev/null
"$bin" code bench >/dev/null   # fail early if the keychain is not there

json=$(mktemp)
hyperfine --shell=none --warmup 5 --runs "$runs" --export-json "$json" "$bin code bench" >/dev/null
python3 - "$json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
ms = lambda s: f"{s * 1000:.2f} ms"
print(f"figure: mfa-companion code (end to end, {len(r['times'])} runs): median {ms(r['median'])}, "
      f"mean {ms(r['mean'])} ± {ms(r['stddev'])}, min {ms(r['min'])}, max {ms(r['max'])} (goal: median at most 10 ms)")
PY
# For scale: the same binary printing its version (process start and dynamic linking only).
hyperfine --shell=none --warmup 5 --runs "$runs" --export-json "$json" "$bin --version" >/dev/null
python3 - "$json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
print(f"figure: mfa-companion --version (start-up only): median {r['median'] * 1000:.2f} ms")
PY
rm -f "$json"
