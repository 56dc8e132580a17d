#!/usr/bin/env bash
# Sets up and runs the hub for many kiosks on this machine: installs
# PostgreSQL from Debian's packages, creates the role and database (first run
# only), builds Banzhen, migrates, loads the demo hospital's departments,
# creates the first admin account (printing its password once), and serves
# the kiosk API, the staff console and the calling displays.
#
#   scripts/hub.sh                      # serve on 127.0.0.1:8470
#   BANZHEN_HUB_LISTEN=0.0.0.0:8470 scripts/hub.sh   # serve the hospital's LAN
#   BANZHEN_HUB_TLS_CERT=hub.pem BANZHEN_HUB_TLS_KEY=hub.key scripts/hub.sh   # over HTTPS
#
# The database URL is kept in ~/.config/banzhen/hub.env (readable by you only).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v cargo >/dev/null; then
  echo "Rust is needed: see https://rustup.rs, then run this again." >&2
  exit 1
fi
if [ "$(id -u)" -eq 0 ]; then
  sudo=""; as_postgres=(runuser -u postgres --)
else
  sudo="sudo"; as_postgres=(sudo -u postgres)
fi
need=()
for pkg in build-essential pkg-config cmake libclang-dev libasound2-dev espeak-ng postgresql; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if ((${#need[@]})); then
  $sudo apt-get update -qq && $sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
fi

# Debian's cluster: started by systemd where it runs, by pg_ctlcluster where it does not.
cluster=$(pg_lsclusters --no-header | awk 'NR==1 {print $1" "$2}')
if [ -z "$cluster" ]; then
  version=$(ls /usr/lib/postgresql | sort -n | tail -1)
  $sudo pg_createcluster "$version" main
  cluster="$version main"
fi
if ! pg_lsclusters --no-header | awk 'NR==1 {print $4}' | grep -q online; then
  # shellcheck disable=SC2086
  $sudo pg_ctlcluster $cluster start
fi
port=$(pg_lsclusters --no-header | awk 'NR==1 {print $3}')

config="${XDG_CONFIG_HOME:-$HOME/.config}/banzhen"
mkdir -p "$config"
env_file="$config/hub.env"
if [ ! -s "$env_file" ]; then
  password=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
  "${as_postgres[@]}" psql -q -p "$port" -v ON_ERROR_STOP=1 <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'banzhen') THEN
    CREATE ROLE banzhen LOGIN PASSWORD '$password';
  ELSE
    ALTER ROLE banzhen PASSWORD '$password';
  END IF;
END \$\$;
SQL
  if ! "${as_postgres[@]}" psql -p "$port" -tAc "SELECT 1 FROM pg_database WHERE datname = 'banzhen'" | grep -q 1; then
    "${as_postgres[@]}" createdb -p "$port" -O banzhen banzhen
  fi
  (umask 077; echo "BANZHEN_HUB_DATABASE=postgres://banzhen:$password@127.0.0.1:$port/banzhen" > "$env_file")
fi
set -a; . "$env_file"; set +a

cargo build --release --locked
bin="${CARGO_TARGET_DIR:-target}/release/banzhen"
"$bin" hub migrate
"$bin" hub load
listen="${BANZHEN_HUB_LISTEN:-127.0.0.1:8470}"
if [ ! -e "$config/admin-created" ]; then
  echo "The first console account (write the password down; it is shown only now):"
  "$bin" hub staff-add admin --role admin
  touch "$config/admin-created"
fi
scheme=http; [ -n "${BANZHEN_HUB_TLS_CERT:-}" ] && scheme=https
echo "Staff console: $scheme://$listen/console   Calling display: $scheme://$listen/display"
echo "Add a kiosk:   $bin hub kiosk-add NAME   (then on the kiosk: banzhen join $scheme://$listen TOKEN)"
tls=()
if [ -n "${BANZHEN_HUB_TLS_CERT:-}" ]; then
  tls=(--tls-cert "$BANZHEN_HUB_TLS_CERT" --tls-key "${BANZHEN_HUB_TLS_KEY:?BANZHEN_HUB_TLS_KEY is needed with the certificate}")
fi
exec "$bin" hub serve --listen "$listen" "${tls[@]}" "$@"
