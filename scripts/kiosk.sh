#!/usr/bin/env bash
# Sets up and runs the kiosk on the demo hospital: builds Banzhen, creates the
# database (first run only) and starts it. Extra arguments go to `banzhen`.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v cargo >/dev/null; then
  echo "Rust is needed: see https://rustup.rs, then run this again." >&2
  exit 1
fi
if ! command -v cc >/dev/null; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq && $sudo apt-get install -y -qq build-essential pkg-config
fi
cargo build --release --locked
./target/release/banzhen setup
exec ./target/release/banzhen "$@"
