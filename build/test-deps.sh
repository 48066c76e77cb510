#!/usr/bin/env bash
# Installs (when missing) and starts what the tests need: PostgreSQL 15, Chromium, aiosmtpd, python3-icalendar.
# Idempotent; runs as root (CI and the development machines do). Prints the PostgreSQL connection for the tests.
set -euo pipefail

missing=()
command -v pg_ctlcluster >/dev/null 2>&1 && [[ -d /usr/lib/postgresql ]] || missing+=(postgresql)
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
/usr/bin/python3 -c 'import aiosmtpd' >/dev/null 2>&1 || missing+=(python3-aiosmtpd)
/usr/bin/python3 -c 'import icalendar' >/dev/null 2>&1 || missing+=(python3-icalendar)
if ((${#missing[@]})); then
  echo "Installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# PostgreSQL: the Debian cluster, started if it is down; a role the tests use over TCP with a password.
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main"' | grep -q .; then
  pg_createcluster "$version" main >/dev/null
fi
if ! pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $4}' | grep -q online; then
  pg_ctlcluster "$version" main start
fi
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p 5432 && break
  sleep 1
done
pg_isready -h 127.0.0.1 -p 5432 >/dev/null
su postgres -c "psql -q -v ON_ERROR_STOP=1" <<'SQL'
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kpss_test') THEN
    CREATE ROLE kpss_test LOGIN CREATEDB PASSWORD 'kpss_test';
  END IF;
END $$;
SQL
