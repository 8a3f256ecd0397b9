#!/usr/bin/env bash
# Import end to end on the release CLI (issue 19 §7), with hyperfine: storing 1,000
# imported accounts (parse, plan, one vault write, the keychain's data key included)
# into an empty data folder and into one already holding 1,000 accounts, and the dry run
# of a 100,000-line otpauth list (`import --dry-run`, its report printed).
# The per-format and linearity figures are the Rust bench's (benches/imports/main.rs).
# Needs a Secret Service: run it inside `.ci/session.sh` (./test.sh does) or a desktop.
# Goals on the 2-core reference machine: storing 1,000 at most 2 s; the dry run of
# 100,000 lines at most 2 s.
# Usage: benches/imports.sh [--quick]; MFA_BIN=PATH times that CLI binary instead of
# building one (./test.sh passes the release binary benches/vault.sh has just built).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=10
[ "${1:-}" = "--quick" ] && runs=3
if [ -n "${MFA_BIN:-}" ]; then
  bin="$MFA_BIN"
else
  cargo build --release --quiet --no-default-features --bin mfa-companion
  bin="${CARGO_TARGET_DIR:-$PWD/target}/release/mfa-companion"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Distinct accounts (secrets made from the index: they only need to differ): the first
# 1,000, the next 1,000, and a list of 100,000.
python3 - "$work" <<'PY'
import base64, sys
def line(i):
    secret = base64.b32encode(f"bench-secret-{i:07d}".encode()).decode().rstrip("=")
    return f"otpauth://totp/Issuer{i:06d}:user{i}@example.com?secret={secret}&issuer=Issuer{i:06d}\n"
for name, lines in (("first.txt", range(1000)), ("second.txt", range(1000, 2000)),
                    ("list-100k.txt", range(100_000))):
    with open(f"{sys.argv[1]}/{name}", "w") as f:
        f.writelines(line(i) for i in lines)
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
count() {
  "$bin" list --json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))'
}

# Storing 1,000 into an empty data folder (the data key is made and stored in the keychain).
export XDG_DATA_HOME="$work/empty"
hyperfine --shell=none --warmup 1 --runs "$runs" --export-json "$json" \
  --prepare "rm -rf $work/empty" "$bin import $work/first.txt" >/dev/null
median "import storing 1,000 accounts into an empty data folder (keychain included)" "at most 2 s"
[ "$(count)" = 1000 ] || { echo "expected 1000 accounts after the import" >&2; exit 1; }

# Storing 1,000 more beside 1,000 stored: the folder is put back before each run (same
# path, same vault, the same data key in the keychain).
export XDG_DATA_HOME="$work/grow"
"$bin" import "$work/first.txt" >/dev/null
cp -a "$work/grow" "$work/grow.orig"
hyperfine --shell=none --warmup 1 --runs "$runs" --export-json "$json" \
  --prepare "sh -c 'rm -rf $work/grow && cp -a $work/grow.orig $work/grow'" \
  "$bin import $work/second.txt" >/dev/null
median "import storing 1,000 accounts beside 1,000 stored (keychain included)" "at most 2 s"
[ "$(count)" = 2000 ] || { echo "expected 2000 accounts after the import" >&2; exit 1; }

# The dry run of 100,000 lines, end to end (read, detect, parse, plan, print the report),
# against 1,000 stored accounts (the list's first 1,000: reported as duplicates).
rm -rf "$work/grow" && cp -a "$work/grow.orig" "$work/grow"
hyperfine --shell=none --warmup 1 --runs "$runs" --export-json "$json" \
  "$bin import --dry-run $work/list-100k.txt" >/dev/null
median "import --dry-run of a 100,000-line otpauth list, 1,000 stored (end to end)" "at most 2 s"
[ "$(count)" = 1000 ] || { echo "the dry run stored something" >&2; exit 1; }
