#!/usr/bin/env bash
# The vault at scale, end to end on the release binary with hyperfine: importing 1,000
# accounts into an empty data folder, `list` and `code` with 1,000 accounts stored.
# Needs a Secret Service: run it inside `.ci/session.sh` (./test.sh does) or a desktop.
# Goals on the 2-core reference machine: import of 1,000 at most 2 s, `list` at most
# 50 ms, `code` no slower than with one account (benches/cli-code.sh).
# Usage: benches/vault.sh [--quick]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=20
[ "${1:-}" = "--quick" ] && runs=8
cargo build --release --quiet
bin="$PWD/target/release/mfa-companion"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# 1,000 distinct accounts (secrets made from the index: they only need to differ).
python3 - "$work/accounts.txt" <<'PY'
import base64, sys
with open(sys.argv[1], "w") as f:
    for i in range(1000):
        secret = base64.b32encode(f"bench-secret-{i:06d}".encode()).decode().rstrip("=")
        f.write(f"otpauth://totp/Issuer{i:04d}:user{i}@example.com?secret={secret}&issuer=Issuer{i:04d}\n")
PY
json="$work/result.json"
median() {
  python3 - "$json" "$1" "$2" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
ms = lambda s: f"{s * 1000:.1f} ms"
print(f"figure: {sys.argv[2]} ({len(r['times'])} runs): median {ms(r['median'])}, "
      f"min {ms(r['min'])}, max {ms(r['max'])} (goal: {sys.argv[3]})")
PY
}
export XDG_DATA_HOME="$work/import"
hyperfine --shell=none --runs "$(( runs < 10 ? runs : 10 ))" --export-json "$json" \
  --prepare "rm -rf $work/import" "$bin import $work/accounts.txt" >/dev/null
median "import of 1,000 accounts into an empty folder" "at most 2 s"
count=$("$bin" list --json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
[ "$count" = 1000 ] || { echo "expected 1000 accounts after the import, found $count" >&2; exit 1; }
hyperfine --shell=none --warmup 3 --runs "$runs" --export-json "$json" "$bin list" >/dev/null
median "mfa-companion list with 1,000 accounts" "at most 50 ms"
hyperfine --shell=none --warmup 3 --runs "$runs" --export-json "$json" "$bin code Issuer0500" >/dev/null
median "mfa-companion code with 1,000 accounts" "no slower than with one account"
hyperfine --shell=none --warmup 1 --runs "$(( runs < 10 ? runs : 10 ))" --export-json "$json" \
  "$bin rename Issuer0500 --account renamed" >/dev/null
median "a change (rename) with 1,000 accounts: one verified vault write" "no goal; for scale"
ls -l "$XDG_DATA_HOME/mfa-companion/accounts.vault" | awk '{print "figure: vault file with 1,000 accounts: " $5 " bytes"}'
