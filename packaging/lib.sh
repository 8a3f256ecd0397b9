# Helpers of package.sh (sourced; it sets `work` and SOURCE_DATE_EPOCH).

# The Tauri CLI, whose bundler builds the packages: npm's @tauri-apps/cli, a prebuilt
# binary (installing tauri-cli with cargo would compile it for many minutes). Pinned to
# the tauri crate's minor version; kept in the build folder. Prints its path.
TAURI_CLI_VERSION=2.12.6
tauri_cli() {
  local tools="target/tools/tauri-cli-$TAURI_CLI_VERSION"
  if [ ! -x "$tools/node_modules/.bin/tauri" ]; then
    mkdir -p "$tools"
    npm install --prefix "$tools" --no-save --no-audit --no-fund --loglevel=error \
      "@tauri-apps/cli@$TAURI_CLI_VERSION" >&2
  fi
  printf '%s\n' "$PWD/$tools/node_modules/.bin/tauri"
}

# The Debian dependencies of the given executables, as dpkg-shlibdeps finds them from
# the shared libraries they link (it wants a debian/control, so one is made up).
shlib_depends() {
  local dir f args=()
  dir=$(mktemp -d)
  mkdir "$dir/debian"
  printf 'Source: mfa-companion\n\nPackage: mfa-companion\nArchitecture: any\n' >"$dir/debian/control"
  for f in "$@"; do args+=("-e$(realpath "$f")"); done
  (cd "$dir" && dpkg-shlibdeps -O "${args[@]}" 2>/dev/null) | sed -n 's/^shlibs:Depends=//p'
  rm -rf "$dir"
}

# Re-packs the bundler's .deb ($1) into $2 so that the same input gives the same bytes,
# and as Debian's tools would have made it: modes 0755/0644, root owners, files in
# sorted order with SOURCE_DATE_EPOCH as their time, md5sums sorted, Installed-Size as
# dpkg-gencontrol counts it, each dependency once (the bundler adds WebKit and GTK again
# without versions), xz with one thread (the bundler's gzip makes it twice as big).
repack_deb() {
  local raw=$1 out=$2 root="$work/deb-root" size
  rm -rf "$root"
  dpkg-deb -R "$raw" "$root"
  find "$root" -type d -exec chmod 0755 {} +
  find "$root" -type f -exec chmod 0644 {} +
  chmod 0755 "$root"/usr/bin/*
  (cd "$root" && find usr -type f -print0 | LC_ALL=C sort -z | xargs -0 md5sum) \
    >"$root/DEBIAN/md5sums"
  size=$(cd "$root" && find usr \( -type f -printf '%s\n' \) -o \( -type d -printf '1\n' \) |
    awk '{ s += int(($1 + 1023) / 1024) } END { print s }')
  sed -i "s/^Installed-Size: .*/Installed-Size: $size/" "$root/DEBIAN/control"
  awk 'BEGIN { FS = ": " }
    /^Depends: / {
      n = split($2, dep, ", "); out = ""
      for (i = 1; i <= n; i++) {
        name = dep[i]; sub(/ .*/, "", name)
        if (!(name in seen)) { seen[name] = 1; out = out (out == "" ? "" : ", ") dep[i] }
      }
      print "Depends: " out; next
    }
    { print }' "$root/DEBIAN/control" >"$root/DEBIAN/control.new"
  mv "$root/DEBIAN/control.new" "$root/DEBIAN/control"
  find "$root" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
  rm -f "$out"
  dpkg-deb --root-owner-group --threads-max=1 -Zxz -z9 --build "$root" "$out" >/dev/null
}
