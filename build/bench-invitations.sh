#!/usr/bin/env bash
# Benchmark: invitations for a 500-member meeting (enqueue time, delivery rate to a local SMTP server), on SQLite and
# PostgreSQL. Needs what the tests need (build/test-deps.sh). Record the figures in docs/benchmarks.md.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash build/test-deps.sh
export KPSS_TEST_PG="Host=127.0.0.1;Port=5432;Username=kpss_test;Password=kpss_test"
dotnet build Kpss.Platform.sln -c Release -v quiet -nologo
for db in sqlite postgres; do
  dotnet run --project build/Kpss.Benchmarks -c Release --no-build -- "$db" "${1:-500}" "${2:-3}"
done
