#!/usr/bin/env bash
# Runs every test: installs and starts what they need (build/test-deps.sh), builds once, then runs all test projects on
# SQLite, then the integration tests again on PostgreSQL and on MariaDB (MySQL provider, Hangfire on Redis), those two
# passes side by side. Extra arguments go to each `dotnet test` (e.g. --filter ...).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
start=$(date +%s)

bash build/test-deps.sh
export KPSS_TEST_PG="Host=127.0.0.1;Port=5432;Username=kpss_test;Password=kpss_test"
export KPSS_TEST_MYSQL="Server=127.0.0.1;Port=3306;User ID=kpss_test;Password=kpss_test"
export KPSS_TEST_REDIS="127.0.0.1:6390"

echo "=== Build ==="
dotnet build Kpss.Platform.sln -c Release -v quiet -nologo

status=0
echo
echo "=== All tests, database: SQLite ==="
KPSS_TEST_DB=sqlite dotnet test Kpss.Platform.sln -c Release --no-build --nologo "$@" || status=1

# The integration tests again on PostgreSQL and on MariaDB. The two passes share nothing (own databases, SMTP servers,
# ports, Redis prefixes), so they run side by side, each one test project at a time (two test processes on two cores;
# all eight at once overloaded the machine and ran slower); each pass's output is shown whole after both ended.
integration=(tests/Kpss.Host.Tests tests/Kpss.Notifications.Tests tests/Kpss.Meetings.Tests tests/Kpss.Catalogue.Tests)
logs=$(mktemp -d)
pass() { # <KPSS_TEST_DB> [dotnet test arguments]: every integration project in turn; fails if any failed
  local db=$1 failed=0
  shift
  for project in "${integration[@]}"; do
    KPSS_TEST_DB=$db dotnet test "$project" -c Release --no-build --nologo "$@" || failed=1
  done
  return $failed
}
# TwoHostsTests and TwoSendersTests ran on PostgreSQL in the SQLite pass already (several hosts never share a SQLite file).
pass postgres --filter "FullyQualifiedName!~TwoHostsTests&FullyQualifiedName!~TwoSendersTests" "$@" >"$logs/postgres.log" 2>&1 &
postgres=$!
pass mysql "$@" >"$logs/mysql.log" 2>&1 &
mysql=$!
wait $postgres || status=1
wait $mysql || status=1
echo
echo "=== Integration tests, database: PostgreSQL ==="
cat "$logs/postgres.log"
echo
echo "=== Integration tests, database: MariaDB (MySQL provider; Hangfire on Redis) ==="
cat "$logs/mysql.log"
rm -rf "$logs"

echo
echo "Tests took $(( $(date +%s) - start )) s; $([[ $status == 0 ]] && echo 'all passed' || echo 'FAILURES above')."
exit $status
