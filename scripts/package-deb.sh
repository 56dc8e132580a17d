#!/usr/bin/env bash
# Builds a Debian package of the kiosk: target/banzhen_VERSION_ARCH.deb with
# the binary, the systemd unit and a postinst that creates the unprivileged
# `banzhen` user. Needs only dpkg-deb (part of Debian's dpkg).
set -euo pipefail
cd "$(dirname "$0")/.."
# whisper.cpp tunes itself to the build machine's CPU by default; a package
# runs on other kiosks, so it is built for any x86-64 (or ARM) CPU, in its
# own target folder so the setting cannot leak into other builds.
export GGML_NATIVE=OFF
export CARGO_TARGET_DIR=target/portable
cargo build --release --locked
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)
arch=$(dpkg --print-architecture)
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
chmod 0755 "$root"
install -Dm0755 target/portable/release/banzhen "$root/usr/bin/banzhen"
install -d "$root/lib/systemd/system"
sed 's#/usr/local/bin/banzhen#/usr/bin/banzhen#' assets/deploy/banzhen.service > "$root/lib/systemd/system/banzhen.service"
chmod 0644 "$root/lib/systemd/system/banzhen.service"
install -Dm0644 README.md "$root/usr/share/doc/banzhen/README.md"
install -Dm0644 assets/fonts/wqy-microhei-COPYRIGHT.txt "$root/usr/share/doc/banzhen/copyright-fonts"
install -d "$root/DEBIAN"
cat > "$root/DEBIAN/control" <<CONTROL
Package: banzhen
Version: $version
Architecture: $arch
Maintainer: Banzhen developers
Depends: libc6, libxkbcommon-x11-0, libxcursor1, libxrandr2, libxi6
Section: misc
Priority: optional
Description: Offline hospital guidance kiosk (伴诊)
 Triage in Chinese and English, directions, queue numbers and staff tools,
 running entirely on the kiosk.
CONTROL
cat > "$root/DEBIAN/postinst" <<'POSTINST'
#!/bin/sh
set -e
if ! getent passwd banzhen >/dev/null; then
  useradd --system --home /var/lib/banzhen --shell /usr/sbin/nologin banzhen
fi
if [ -d /run/systemd/system ]; then
  systemctl daemon-reload || true
fi
POSTINST
chmod 0755 "$root/DEBIAN/postinst"
out="target/banzhen_${version}_${arch}.deb"
dpkg-deb --build --root-owner-group "$root" "$out"
echo "$out"
