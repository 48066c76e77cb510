#!/usr/bin/env bash
# Benchmark: invitations for a 500-member meeting (enqueue time, first message's delay, delivery rate to a local SMTP
# server) and the host's cold start, on SQLite, PostgreSQL and MariaDB. Needs what the tests need (build/test-deps.sh). Record the figures in docs/benchmarks.md.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash build/test-deps.sh
export KPSS_TEST_PG="Host=127.0.0.1;Port=5432;Username=kpss_test;Password=kpss_test"
export KPSS_TEST_MYSQL="Server=127.0.0.1;Port=3306;User ID=kpss_test;Password=kpss_test"
export KPSS_TEST_REDIS="127.0.0.1:6390"
dotnet build Kpss.Platform.sln -c Release -v quiet -nologo
for db in ${KPSS_BENCH_DBS:-sqlite postgres mysql}; do
  dotnet run --project build/Kpss.Benchmarks -c Release --no-build -- "$db" "${1:-500}" "${2:-3}"
done
