#!/usr/bin/env bash
# Restores a backup made by ops/backup.sh. Stop the app first. The database is dropped and created again, then
# loaded from the dump; the data directory's files are put back. Usage: ops/restore.sh BACKUP_DIR
# Environment as for backup.sh (DB_HOST, DB_PORT, DB_NAME, DB_USER, DB_PASSWORD, PEERCERT_DATA_DIR, MARIADB_BIN).
# Start the app afterwards: Flyway finds the schema at the backup's version and migrates it if the jar is newer.
set -euo pipefail
backup=${1:?usage: ops/restore.sh BACKUP_DIR}
data_dir=${PEERCERT_DATA_DIR:-$HOME/.peercert}
client=${MARIADB_BIN:+$MARIADB_BIN/}mariadb
name=${DB_NAME:-peercert}
[[ $name =~ ^[A-Za-z0-9_]{1,64}$ ]] || { echo "Not a safe database name: $name" >&2; exit 2; }
(cd "$backup" && sha256sum --quiet -c SHA256SUMS) || { echo "$backup is damaged (checksums differ): nothing changed" >&2; exit 1; }
gzip -t "$backup/database.sql.gz" && tar -tzf "$backup/data-dir.tar.gz" > /dev/null
umask 077
options=$(mktemp)
trap 'rm -f "$options"' EXIT
printf '[client]\nhost=%s\nport=%s\nuser=%s\n' "${DB_HOST:-127.0.0.1}" "${DB_PORT:-3306}" "${DB_USER:-peercert}" > "$options"
if [ -n "${DB_PASSWORD:-}" ]; then printf 'password=%s\n' "$DB_PASSWORD" >> "$options"; fi
# a loopback-only server without TLS (the embedded one): DB_SKIP_SSL=true
if [ "${DB_SKIP_SSL:-false}" = true ]; then printf "skip-ssl\n" >> "$options"; fi
"$client" --defaults-extra-file="$options" -e "DROP DATABASE IF EXISTS \`$name\`; CREATE DATABASE \`$name\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
gunzip -c "$backup/database.sql.gz" | "$client" --defaults-extra-file="$options" --default-character-set=utf8mb4 "$name"
mkdir -p "$data_dir"
tar -C "$data_dir" -xzf "$backup/data-dir.tar.gz"
echo "Restored $backup into database $name and $data_dir"
