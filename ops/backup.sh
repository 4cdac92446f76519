#!/usr/bin/env bash
# Backs up PeerCert: a consistent dump of the database (taken while the app runs: --single-transaction) and an
# archive of the data directory. Usage: ops/backup.sh DEST_DIR   -> DEST_DIR/peercert-<UTC time>/
# Environment: DB_HOST (127.0.0.1), DB_PORT (3306), DB_NAME (peercert), DB_USER (peercert), DB_PASSWORD (asked
# for by the client when unset), PEERCERT_DATA_DIR (~/.peercert), MARIADB_BIN (folder of mariadb-dump; else PATH).
# The embedded database's own files (mariadb/, mariadb-server/) are left out: the dump is the database backup.
# The signing keystore is a secret kept outside the data directory: back it up separately.
set -euo pipefail
dest=${1:?usage: ops/backup.sh DEST_DIR}
data_dir=${PEERCERT_DATA_DIR:-$HOME/.peercert}
dump=${MARIADB_BIN:+$MARIADB_BIN/}mariadb-dump
umask 077
target="$dest/peercert-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$target"
options=$(mktemp)
trap 'rm -f "$options"' EXIT
# the password goes in a 0600 option file, never on the command line (ps would show it)
printf '[client]\nhost=%s\nport=%s\nuser=%s\n' "${DB_HOST:-127.0.0.1}" "${DB_PORT:-3306}" "${DB_USER:-peercert}" > "$options"
if [ -n "${DB_PASSWORD:-}" ]; then printf 'password=%s\n' "$DB_PASSWORD" >> "$options"; fi
# a loopback-only server without TLS (the embedded one): DB_SKIP_SSL=true
if [ "${DB_SKIP_SSL:-false}" = true ]; then printf "skip-ssl\n" >> "$options"; fi
"$dump" --defaults-extra-file="$options" --single-transaction --routines --triggers --hex-blob \
  --default-character-set=utf8mb4 "${DB_NAME:-peercert}" | gzip > "$target/database.sql.gz"
if [ -d "$data_dir" ]; then
  tar -C "$data_dir" --exclude=./mariadb --exclude=./mariadb-server -czf "$target/data-dir.tar.gz" .
else
  tar -czf "$target/data-dir.tar.gz" --files-from /dev/null
fi
(cd "$target" && sha256sum database.sql.gz data-dir.tar.gz > SHA256SUMS)
echo "$target"
