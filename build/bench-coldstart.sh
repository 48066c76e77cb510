#!/usr/bin/env bash
# Cold start: from starting the host process to the first healthy /health, on SQLite, Production settings, no demo
# data; median of N starts (default 5) on a new database (migrations included) and on an existing one, for the plain
# Release build and for the published (ReadyToRun) host of build/publish.sh. Record the figures in docs/benchmarks.md.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
runs=${1:-5}
port=${KPSS_BENCH_PORT:-5097}
bash build/publish.sh artifacts/kpss >/dev/null
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT

start_once() { # <host dir> <new|existing>: prints milliseconds to a healthy /health
  [[ $2 == new ]] && rm -rf "$data"/*
  local started=$(date +%s%N)
  (cd "$1" && ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS=http://127.0.0.1:$port Storage__DataPath="$data" \
    Database__ConnectionString="Data Source=$data/kpss.db" Logging__LogLevel__Default=Warning exec dotnet Kpss.Host.dll >"$data.log" 2>&1) &
  local pid=$!
  for _ in $(seq 1 1500); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.02; done
  local ready=$(date +%s%N)
  kill $pid; wait $pid 2>/dev/null || true
  echo $(( (ready - started) / 1000000 ))
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }

echo "machine: $(nproc) cores; $(dotnet --list-runtimes | grep NETCore.App | tail -1)"
for build in "Release build:host/Kpss.Host/bin/Release/net10.0" "published, ReadyToRun:artifacts/kpss"; do
  name=${build%%:*}; dir=${build#*:}
  new=$(for _ in $(seq 1 "$runs"); do start_once "$dir" new; done | median)
  existing=$(for _ in $(seq 1 "$runs"); do start_once "$dir" existing; done | median)
  echo "$name: new database $new ms, existing database $existing ms (median of $runs)"
done
