#!/usr/bin/env bash
# Benchmark: a plan of 1,000 activities (10 priorities × 5 goals × 5 measures × 4 activities, money and indicators):
# its coordinators' page, its JSON, its DOCX and a save of one measure, against a real host process, on SQLite,
# PostgreSQL and MariaDB (KPSS_BENCH_DBS to choose). Needs what the tests need (build/test-deps.sh). Record the figures
# in docs/benchmarks.md. Run it alone: the figures are wall time on a 2-core machine.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash build/test-deps.sh >/dev/null
export KPSS_TEST_PG="Host=127.0.0.1;Port=5432;Username=kpss_test;Password=kpss_test"
export KPSS_TEST_MYSQL="Server=127.0.0.1;Port=3306;User ID=kpss_test;Password=kpss_test"
export KPSS_TEST_REDIS="127.0.0.1:6390"
dotnet build Kpss.Platform.sln -c Release -v quiet -nologo
for db in ${KPSS_BENCH_DBS:-sqlite postgres mysql}; do
  dotnet run --project build/Kpss.Benchmarks -c Release --no-build -- plans "$db" "${1:-10}"
done
