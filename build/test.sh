#!/usr/bin/env bash
# Runs every test: installs and starts what they need (build/test-deps.sh), builds once, then runs all test projects on
# SQLite and the integration tests again on PostgreSQL and on MariaDB (MySQL provider, Hangfire on Redis). Extra
# arguments go to each `dotnet test` (e.g. --filter ...).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
start=$(date +%s)

bash build/test-deps.sh
export KPSS_TEST_PG="Host=127.0.0.1;Port=5432;Username=kpss_test;Password=kpss_test"
export KPSS_TEST_MYSQL="Server=127.0.0.1;Port=3306;User ID=kpss_test;Password=kpss_test"
export KPSS_TEST_REDIS="127.0.0.1:6390"
# The tests start many short-lived hosts: the runtime's profile-guided tiering (instrumenting hot methods before
# rejitting them) costs more there than it returns. Off for the tests only (farm-bench, Meetings tests, 3 paired runs:
# CPU 0.79 of the default, wall 0.89); the platform itself keeps the runtime's defaults.
export DOTNET_TieredPGO=0

echo "=== Build ==="
dotnet build Kpss.Platform.sln -c Release -v quiet -nologo

status=0
echo
echo "=== All tests, database: SQLite ==="
KPSS_TEST_DB=sqlite dotnet test Kpss.Platform.sln -c Release --no-build --nologo "$@" || status=1

# The integration projects (tests/integration.slnf: Host, Notifications, Meetings, Catalogue, Plans,
# Evaluation) again on each server
# database, in one `dotnet test` each (the projects run side by side). Classes marked [Trait(Runs.Key, Runs.Once)] do
# not depend on the database (headers, limits, the proxy, the mail transport, the backup verb) and ran in the SQLite pass.
echo
echo "=== Integration tests, database: PostgreSQL ==="
# TwoHostsTests and TwoSendersTests ran on PostgreSQL in the SQLite pass already (several hosts never share a SQLite file).
KPSS_TEST_DB=postgres dotnet test tests/integration.slnf -c Release --no-build --nologo \
  --filter "Runs!=Once&FullyQualifiedName!~TwoHostsTests&FullyQualifiedName!~TwoSendersTests" "$@" || status=1

echo
echo "=== Integration tests, database: MariaDB (MySQL provider; Hangfire on Redis) ==="
KPSS_TEST_DB=mysql dotnet test tests/integration.slnf -c Release --no-build --nologo --filter "Runs!=Once" "$@" || status=1

echo
echo "Tests took $(( $(date +%s) - start )) s; $([[ $status == 0 ]] && echo 'all passed' || echo 'FAILURES above')."
exit $status
