#!/usr/bin/env bash
# Runs the platform on http://localhost:5080: SQLite in data/kpss.db, mail as .eml files in data/outbox/, demo accounts
# (printed in the log). Builds the solution first, which puts the kraj plugins where the host loads them from.
# Extra arguments go to the host, e.g. build/run.sh --urls http://0.0.0.0:8080  or  build/run.sh migrate
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
dotnet build Kpss.Platform.sln -v quiet -nologo
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
export ASPNETCORE_URLS=${ASPNETCORE_URLS:-http://localhost:5080}
export Storage__DataPath=${Storage__DataPath:-$root/data}
exec dotnet run --no-build --project host/Kpss.Host --no-launch-profile -- "$@"
