#!/usr/bin/env bash
# Installs (when missing) and starts what the tests need: PostgreSQL 15, MariaDB 10.11, Redis, Chromium, aiosmtpd,
# python3-icalendar, python3-dkim, LibreOffice Writer and pdftotext (an independent reader of the DOCX files we write),
# nginx (the reverse proxy of deploy/, started by the tests themselves; the package's own service stays off).
# Idempotent; runs as root (CI and the development machines do). Prints the PostgreSQL connection for the tests.
set -euo pipefail

missing=()
command -v pg_ctlcluster >/dev/null 2>&1 && [[ -d /usr/lib/postgresql ]] || missing+=(postgresql)
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
command -v mariadbd >/dev/null 2>&1 || [[ -x /usr/sbin/mariadbd ]] || missing+=(mariadb-server)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
/usr/bin/python3 -c 'import aiosmtpd' >/dev/null 2>&1 || missing+=(python3-aiosmtpd)
/usr/bin/python3 -c 'import icalendar' >/dev/null 2>&1 || missing+=(python3-icalendar)
/usr/bin/python3 -c 'import dkim' >/dev/null 2>&1 || missing+=(python3-dkim)
command -v libreoffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v nginx >/dev/null 2>&1 || [[ -x /usr/sbin/nginx ]] || missing+=(nginx)
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

# MariaDB (MySQL provider): Debian's server, started without systemd; a user that creates and drops its test databases.
if ! mysqladmin ping --silent >/dev/null 2>&1; then
  service mariadb start >/dev/null
fi
for _ in $(seq 1 30); do
  mysqladmin ping --silent >/dev/null 2>&1 && break
  sleep 1
done
mysql -uroot <<'SQL'
CREATE USER IF NOT EXISTS 'kpss_test'@'localhost' IDENTIFIED BY 'kpss_test';
CREATE USER IF NOT EXISTS 'kpss_test'@'127.0.0.1' IDENTIFIED BY 'kpss_test';
GRANT ALL PRIVILEGES ON `kpss\_t\_%`.* TO 'kpss_test'@'localhost';
GRANT ALL PRIVILEGES ON `kpss\_t\_%`.* TO 'kpss_test'@'127.0.0.1';
GRANT ALL PRIVILEGES ON `kpss\_bench%`.* TO 'kpss_test'@'127.0.0.1';
FLUSH PRIVILEGES;
SQL

# Redis: Hangfire's storage when the database is MySQL/MariaDB. A throw-away server for the tests on its own port.
if ! redis-cli -p 6390 ping >/dev/null 2>&1; then
  redis-server --port 6390 --bind 127.0.0.1 --save '' --appendonly no --daemonize yes >/dev/null
fi
for _ in $(seq 1 20); do
  redis-cli -p 6390 ping >/dev/null 2>&1 && break
  sleep 0.5
done
