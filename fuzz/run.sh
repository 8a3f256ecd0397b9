#!/usr/bin/env bash
# Runs every fuzz target (or the ones named) for SECONDS each, one after another, and
# reports executions and crashes per target. Crashes land in fuzz/artifacts/<target>/.
# Needs cargo-fuzz (`cargo install cargo-fuzz`); the stable toolchain is used with
# RUSTC_BOOTSTRAP=1 for the sanitizer flags cargo-fuzz passes.
# Usage: fuzz/run.sh SECONDS [TARGET...]
set -euo pipefail
cd "$(dirname "$0")"
secs=${1:?usage: fuzz/run.sh SECONDS [TARGET...]}; shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || mapfile -t targets < <(cargo fuzz list)
export RUSTC_BOOTSTRAP=1
cargo fuzz build --release
mkdir -p logs corpus
status=0
for t in "${targets[@]}"; do
  mkdir -p "corpus/$t"
  # Seed each corpus with the project's fixtures (copied, never committed).
  cp -n ../tests/fixtures/import/*.{txt,json,2fas,kdbx,maFile,csv,aes,authpro,db,db3,xml,1pux,zip,bin} ../icons/32x32.png "corpus/$t/" 2>/dev/null || true
  log="logs/$t.log"
  set +e
  cargo fuzz run --release "$t" "corpus/$t" -- -max_total_time="$secs" -rss_limit_mb=2048 \
    -max_len=262144 -print_final_stats=1 >"$log" 2>&1
  rc=$?
  set -e
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  crashes=$(ls "artifacts/$t" 2>/dev/null | grep -c -E '^(crash|oom|timeout|leak)-' || true)
  echo "fuzz: $t: ${secs}s, ${execs:-?} executions, ${crashes} crashes (exit $rc)"
  [ "$rc" = 0 ] && [ "$crashes" = 0 ] || status=1
done
exit "$status"
