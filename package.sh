#!/usr/bin/env bash
# Builds the packages with Tauri's bundler:
#   dist/mfa-companion_<version>_amd64.deb   (Debian 12 and later, Ubuntu 22.04 and later)
#   dist/mfa-companion-<version>-1.x86_64.rpm (Fedora, openSUSE)
# installing what it needs first (idempotently), like the other scripts.
#
# Usage: ./package.sh            build the packages
#        ./package.sh --check    build, then test them (packaging/check.sh): contents,
#                                desktop-file-validate, appstreamcli, lintian, install,
#                                run, remove, and a second build from another folder
#                                that must give a byte-identical .deb
#
# Reproducible: the time stamps come from SOURCE_DATE_EPOCH (default: the last commit's
# time), the .deb is re-packed in sorted order with root owners and one xz thread, and
# the binaries carry no build path (README, "Install").
set -euo pipefail
cd "$(dirname "$0")"
. .ci/deps.sh
. packaging/lib.sh
deps_package

check=false
case "${1:-}" in
  --check) check=true ;;
  "") ;;
  *) echo "usage: ./package.sh [--check]" >&2; exit 2 ;;
esac

export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}"
export TZ=UTC LC_ALL=C.UTF-8
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
deb="dist/mfa-companion_${version}_amd64.deb"
rpm="dist/mfa-companion-${version}-1.x86_64.rpm"
work=target/package

echo "==> building the release binaries (commit ${MFA_COMPANION_COMMIT:-unknown}, SOURCE_DATE_EPOCH=$SOURCE_DATE_EPOCH)"
cargo build --release --locked --bins

echo "==> the Tauri CLI (its bundler)"
tauri=$(tauri_cli)

echo "==> staging the files beside the executables"
rm -rf "$work"
stage="$work/stage/usr"
mkdir -p "$stage" dist
target/release/mfa-companion package-files "$stage" >/dev/null
gzip -9n "$stage"/share/man/man1/*.1
for size in 32 48 64 128 256 512; do
  dir="$stage/share/icons/hicolor/${size}x${size}/apps"
  mkdir -p "$dir"
  rsvg-convert -w "$size" -h "$size" icons/icon.svg -o "$dir/io.github.MfaCompanion.png"
done
install -Dm644 icons/icon.svg "$stage/share/icons/hicolor/scalable/apps/io.github.MfaCompanion.svg"
install -Dm644 packaging/io.github.MfaCompanion.metainfo.xml \
  "$stage/share/metainfo/io.github.MfaCompanion.metainfo.xml"
install -Dm644 packaging/copyright "$stage/share/doc/mfa-companion/copyright"

echo "==> dependencies (dpkg-shlibdeps)"
debian_depends=$(shlib_depends target/release/mfa-companion target/release/mfa-companion-desktop)
echo "    Depends: $debian_depends"

# What the bundler adds to tauri.conf.json for the packages (merged by --config).
json_list() { # "a, b (>= 1)" -> ["a","b (>= 1)"]
  local IFS=$'\n' out="" item
  for item in $(printf '%s' "$1" | sed 's/, /\n/g'); do out+="${out:+,}\"$item\""; done
  printf '[%s]' "$out"
}
cat >"$work/tauri.package.json" <<EOF
{
  "productName": "mfa-companion",
  "bundle": {
    "active": true,
    "icon": [],
    "publisher": "The MFA Companion developers <mfa-companion@users.noreply.github.com>",
    "homepage": "https://github.com/mfa-companion/mfa-companion",
    "category": "Utility",
    "license": "MIT OR Apache-2.0",
    "shortDescription": "desktop authenticator with device enrollment and recovery codes",
    "longDescription": "MFA Companion shows the one-time codes (TOTP, HOTP, Steam) of your accounts,\nenrolls this device against your organization's identity server and keeps\nthe recovery codes it gives, offline and encrypted. Secrets live in one\nencrypted vault whose key is in the system keychain (Secret Service).\n\nIt has a window, a command line that does everything the window does, and\na light resident agent for the tray and the GNOME and KDE desktop search.",
    "linux": {
      "deb": {
        "section": "utils",
        "priority": "optional",
        "depends": $(json_list "$debian_depends"),
        "recommends": ["gnome-keyring | libkf5wallet-bin | keepassxc"],
        "changelog": "packaging/changelog",
        "desktopTemplate": "packaging/mfa-companion.desktop",
        "files": { "/usr/share": "$work/stage/usr/share" }
      },
      "rpm": {
        "release": "1",
        "compression": { "type": "zstd", "level": 19 },
        "depends": ["webkit2gtk4.1", "gtk3"],
        "recommends": ["gnome-keyring"],
        "desktopTemplate": "packaging/mfa-companion.desktop",
        "files": { "/usr/share": "$work/stage/usr/share" }
      }
    }
  }
}
EOF

echo "==> bundling (.deb and .rpm)"
"$tauri" bundle --ci --no-sign --no-binary-patching --bundles deb,rpm \
  --config "$work/tauri.package.json" >"$work/bundle.log" 2>&1 || {
  cat "$work/bundle.log" >&2; echo "error: the Tauri bundler failed (its output is above)" >&2; exit 1
}

echo "==> re-packing the .deb reproducibly"
repack_deb "target/release/bundle/deb/mfa-companion_${version}_amd64.deb" "$deb"
cp "target/release/bundle/rpm/mfa-companion-${version}-1.x86_64.rpm" "$rpm"

for f in "$deb" "$rpm"; do
  printf '    %s  %s bytes  sha256 %s\n' "$f" "$(stat -c %s "$f")" "$(sha256sum "$f" | cut -c1-16)"
done

if $check; then
  packaging/check.sh "$deb" "$rpm"
fi
