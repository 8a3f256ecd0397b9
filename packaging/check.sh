#!/usr/bin/env bash
# Tests the packages package.sh built (it runs this with --check; test.sh runs that):
# contents, the validators and lintian, an install (for real as root, else into a
# throw-away root), the installed programs and man pages, the removal (the user's data
# stays), and a second build from a copy of the sources in another folder, whose .deb
# must be byte-identical.
# Usage: packaging/check.sh DEB RPM
set -euo pipefail
deb=$1 rpm=$2
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }

echo "==> contents"
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|; s|/$||' | grep -v '^/$' | sort >"$tmp/deb.list"
rpm -qpl "$rpm" 2>/dev/null | sort >"$tmp/rpm.list"
expected=(
  /usr/bin/mfa-companion
  /usr/bin/mfa-companion-desktop
  /usr/share/applications/mfa-companion.desktop
  /usr/share/metainfo/io.github.MfaCompanion.metainfo.xml
  /usr/share/icons/hicolor/scalable/apps/io.github.MfaCompanion.svg
  /usr/share/man/man1/mfa-companion.1.gz
  /usr/share/man/man1/mfa-companion-desktop.1.gz
  /usr/share/man/man1/mfa-companion-code.1.gz
  /usr/share/man/man1/mfa-companion-server-add.1.gz
  /usr/share/bash-completion/completions/mfa-companion
  /usr/share/zsh/vendor-completions/_mfa-companion
  /usr/share/fish/vendor_completions.d/mfa-companion.fish
  /usr/share/doc/mfa-companion/copyright
  /usr/share/dbus-1/services/io.github.MfaCompanion.service
  /usr/share/gnome-shell/search-providers/io.github.MfaCompanion.search-provider.ini
  /usr/share/krunner/dbusplugins/io.github.MfaCompanion.desktop
  /usr/share/applications/io.github.MfaCompanion.Typing.desktop
)
for size in 32 48 64 128 256 512; do
  expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/io.github.MfaCompanion.png")
done
for path in "${expected[@]}"; do
  grep -qx "$path" "$tmp/deb.list" || fail "the .deb lacks $path"
  grep -qx "$path" "$tmp/rpm.list" || fail "the .rpm lacks $path"
done
grep -qx /usr/share/doc/mfa-companion/changelog.gz "$tmp/deb.list" || fail "the .deb lacks its changelog"
# The two packages install the same files (the .rpm has no Debian changelog).
deb_files=$(dpkg-deb -c "$deb" | awk '$1 ~ /^-/ {print substr($6, 2)}' | grep -v changelog.gz | sort)
rpm_files=$(rpm -qp --qf '[%{FILEMODES:perms} %{FILENAMES}\n]' "$rpm" 2>/dev/null | awk '$1 ~ /^-/ {print $2}' | sort)
if [ "$deb_files" = "$rpm_files" ]; then pass "the .deb and the .rpm install the same $(wc -l <<<"$deb_files") files"
else fail "the .deb and the .rpm install different files:"; diff <(echo "$deb_files") <(echo "$rpm_files") >&2 || true; fi
echo "    $(wc -l <"$tmp/deb.list") paths in the .deb"

size=$(stat -c %s "$deb")
echo "figure: .deb size $size bytes ($(awk -v s="$size" 'BEGIN { printf "%.1f", s / 1048576 }') MiB; goal <= 10 MiB), .rpm $(stat -c %s "$rpm") bytes"

echo "==> unpacked"
root="$tmp/root"
dpkg-deb -x "$deb" "$root"
if readelf -d "$root/usr/bin/mfa-companion" | grep -qi webkit; then
  fail "the CLI links WebKit"
else
  pass "the CLI does not link WebKit"
fi
if grep -rl --null -e "$PWD" -e "$HOME/" "$root/usr/bin" >/dev/null 2>&1; then
  fail "an executable holds a build path ($PWD or $HOME)"
else
  pass "the executables hold no build path"
fi

echo "==> desktop-file-validate"
for entry in mfa-companion.desktop io.github.MfaCompanion.Typing.desktop; do
  if out=$(desktop-file-validate "$root/usr/share/applications/$entry" 2>&1) && [ -z "$out" ]; then
    pass "$entry is valid (no hints either)"
  else
    fail "desktop-file-validate $entry: $out"
  fi
done
# KWin lets the program an entry's Exec names type (KDE Plasma on Wayland): that is the
# installed CLI, by its absolute path.
grep -qx 'Exec=/usr/bin/mfa-companion type' "$root/usr/share/applications/io.github.MfaCompanion.Typing.desktop" \
  && pass "the typing entry names /usr/bin/mfa-companion" \
  || fail "the typing entry does not name /usr/bin/mfa-companion"
for exe in $(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$root/usr/share/applications/mfa-companion.desktop" | sort -u); do
  [ -x "$root/usr/bin/$exe" ] || fail "the desktop file runs $exe, which the package does not install"
done

# The window's X11 class is what the desktop file says, so docks group it with its entry.
wmclass=$(sed -n 's/^StartupWMClass=//p' "$root/usr/share/applications/mfa-companion.desktop")
cat >"$tmp/wmclass.sh" <<EOF
"$root/usr/bin/mfa-companion-desktop" & pid=\$!
for i in \$(seq 1 60); do
  id=\$(xdotool search --name '^MFA Companion\$' 2>/dev/null | head -n 1)
  [ -n "\$id" ] && break
  sleep 0.5
done
xprop -id "\$id" WM_CLASS
kill \$pid
EOF
shown=$(timeout 90 .ci/session.sh --x -- bash "$tmp/wmclass.sh" 2>/dev/null | sed -n 's/^WM_CLASS(STRING) = "\([^"]*\)".*/\1/p')
if [ -n "$wmclass" ] && [ "$shown" = "$wmclass" ]; then
  pass "StartupWMClass=$wmclass is the window's WM_CLASS"
else
  fail "StartupWMClass is '$wmclass' but the window's WM_CLASS is '${shown:-not seen}'"
fi

echo "==> appstreamcli validate"
out=$(appstreamcli validate --no-net --explain "$root/usr/share/metainfo/io.github.MfaCompanion.metainfo.xml" 2>&1) || true
if grep -qE '^(E|W):' <<<"$out"; then fail "appstreamcli: $out"; else pass "AppStream metainfo: no errors or warnings"; fi

echo "==> lintian"
lintian_out=$(lintian --fail-on none --tag-display-limit 0 "$deb" 2>&1 || true)
echo "$lintian_out" | sed 's/^/    /'
if grep -qE '^(E|W):' <<<"$lintian_out"; then fail "lintian reports errors or warnings"; else pass "lintian: no errors or warnings"; fi

echo "==> installed"
version=$(dpkg-deb -f "$deb" Version)
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
  # The user's data must survive the package's removal.
  home="$tmp/home"
  mkdir -p "$home/.local/share/mfa-companion"
  echo keep >"$home/.local/share/mfa-companion/accounts.vault"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$deb" >"$tmp/apt.log" 2>&1 ||
    { cat "$tmp/apt.log" >&2; fail "apt-get install ./$deb"; }
  bin=/usr/bin mandir=/usr/share/man
else
  echo "    (not root: running from the unpacked tree instead of installing)"
  bin="$root/usr/bin" mandir="$root/usr/share/man"
fi
got=$("$bin/mfa-companion" --version)
[[ "$got" == "mfa-companion $version (commit "* ]] && pass "installed: $got" || fail "--version says '$got'"
"$bin/mfa-companion-desktop" --version >/dev/null || fail "mfa-companion-desktop --version"
"$bin/mfa-companion" completions bash | grep -q "complete .*mfa-companion" || fail "completions bash"
page=$(MANPATH="$mandir" MANWIDTH=80 man -P cat mfa-companion 2>"$tmp/man.err")
grep -q "EXIT STATUS" <<<"$page" && grep -q "mfa-companion-code" <<<"$page" &&
  pass "man mfa-companion ($(wc -l <<<"$page") lines)" || fail "man mfa-companion: $(cat "$tmp/man.err")"
MANPATH="$mandir" man -P cat mfa-companion-server-add 2>/dev/null | grep -q -- "--url" ||
  fail "man mfa-companion-server-add"
if [ -s "$tmp/man.err" ]; then fail "man warns: $(cat "$tmp/man.err")"; fi
bash -c ". '$root/usr/share/bash-completion/completions/mfa-companion' && complete -p mfa-companion" >/dev/null ||
  fail "the bash completion does not load"

if [ "$bin" = /usr/bin ]; then
  apt-get remove -y -qq --purge mfa-companion >"$tmp/apt.log" 2>&1 || { cat "$tmp/apt.log" >&2; fail "apt-get remove"; }
  [ ! -e /usr/bin/mfa-companion ] && [ ! -e /usr/share/applications/mfa-companion.desktop ] &&
    pass "removed: the package's files are gone" || fail "files left after removal"
  [ "$(cat "$home/.local/share/mfa-companion/accounts.vault")" = keep ] &&
    pass "removed: the user's data is kept" || fail "the user's data was touched"
fi

echo "==> reproducible: a second build from a copy of the sources in another folder"
copy=target/package-rebuild/src
mkdir -p "$copy"
# Everything but its own build folder is replaced (that one is kept only to save time).
find "$copy" -mindepth 1 -maxdepth 1 ! -name target -exec rm -rf {} +
git ls-files -z -co --exclude-standard | while IFS= read -r -d '' f; do
  [ -e "$f" ] && printf '%s\0' "$f"
done | xargs -0 cp --parents -t "$copy"
first=$(sha256sum "$deb" | cut -d' ' -f1)
(cd "$copy" && ./package.sh >"../package.log" 2>&1) || { cat target/package-rebuild/package.log >&2; fail "the second build"; }
second=$(sha256sum "$copy/$deb" 2>/dev/null | cut -d' ' -f1)
if [ "$first" = "$second" ]; then
  pass "two builds from $(pwd) and $(cd "$copy" && pwd) gave the same .deb (sha256 $first)"
else
  fail "two builds gave different .deb files: $first and ${second:-none}"
  command -v diffoscope >/dev/null && diffoscope "$deb" "$copy/$deb" | head -60 >&2
fi

if [ "$failures" -gt 0 ]; then echo "$failures package check(s) failed" >&2; exit 1; fi
echo "all package checks passed"
