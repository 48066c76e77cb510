#!/usr/bin/env bash
# Benchmark of the public catalogue with wrk: the demo catalogue (~6,000 services, about the national register), search
# page and JSON API against /health/ping (one trivial query to the same database: the floor cost of any database-backed
# answer), on SQLite, PostgreSQL and MariaDB. 32 connections. Record the output in docs/benchmarks.md.
#   build/bench-catalogue.sh [seconds per run]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
seconds=${1:-15}
bash build/test-deps.sh
command -v wrk >/dev/null || { export DEBIAN_FRONTEND=noninteractive; apt-get install -y -qq wrk >/dev/null; }
dotnet build Kpss.Platform.sln -c Release -v quiet -nologo >/dev/null
port=5199
host_dll=$root/host/Kpss.Host/bin/Release/net10.0/Kpss.Host.dll

run() { # name url
  local out rps p50 p99 bad
  out=$(wrk -t2 -c32 -d"${seconds}s" --latency "$2")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  # wrk counts answers that are not 2xx/3xx (a 429 of the abuse limits is fast and would flatter the figure).
  bad=$(awk '/Non-2xx or 3xx responses/ {print $5}' <<<"$out")
  echo "| $db | $1 | $rps | $p50 | $p99 | ${bad:-0} |"
  echo "$rps" > "/tmp/kpss-bench-$1"
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(. /etc/os-release; echo "$PRETTY_NAME"), $(dotnet --version)"
echo "| database | endpoint | requests/s | p50 | p99 | non-2xx |"
echo "|---|---|---|---|---|---|"
for db in ${KPSS_BENCH_DBS:-sqlite postgres mysql}; do
  data=$(mktemp -d)
  env=(ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS=http://127.0.0.1:$port Storage__DataPath=$data Demo__Enabled=true
       Logging__LogLevel__Default=Warning Scheduler__Enabled=false
       # One wrk client is one address: at 300 requests a minute the abuse limit would answer 429 in microseconds and
       # the figures would measure the limiter. Raised for the run; the non-2xx column shows every answer was a 2xx.
       RateLimits__PublicApiPerMinute=1000000000)
  if [[ $db == postgres ]]; then
    name=kpss_bench_$$
    env+=(Database__Provider=Postgres "Database__ConnectionString=Host=127.0.0.1;Port=5432;Username=kpss_test;Password=kpss_test;Database=$name")
  elif [[ $db == mysql ]]; then
    name=kpss_bench_$$
    env+=(Database__Provider=MySql "Database__ConnectionString=Server=127.0.0.1;Port=3306;User ID=kpss_test;Password=kpss_test;Database=$name"
          Scheduler__Redis=127.0.0.1:6390)
  fi
  (cd host/Kpss.Host && exec env "${env[@]}" dotnet "$host_dll" >"$data/host.log" 2>&1) &
  pid=$!
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 1; done
  base=http://127.0.0.1:$port
  # Warm-up: every endpoint until the JIT has settled (tiered compilation), then the measured runs.
  for url in "$base/health/ping" "$base/jihocesky/katalog?q=pecovatelska" "$base/api/kraje/jihocesky/katalog?q=pecovatelska" \
             "$base/api/kraje/jihomoravsky/katalog?q=senior&forma=terenni&strana=2" "$base/api/kraje/stredocesky/katalog/sit?den=2026-01-01"; do
    wrk -t2 -c32 -d5s "$url" >/dev/null
  done
  run ping "$base/health/ping"
  run search-page "$base/jihocesky/katalog?q=pecovatelska"
  run search-api "$base/api/kraje/jihocesky/katalog?q=pecovatelska"
  run search-api-filtered "$base/api/kraje/jihomoravsky/katalog?q=senior&forma=terenni&strana=2"
  # The network of the largest kraj of the demo (Středočeský) on a day, from its history: what an action plan reads.
  run network-on-a-day "$base/api/kraje/stredocesky/katalog/sit?den=2026-01-01"
  ping=$(cat /tmp/kpss-bench-ping)
  for e in search-page search-api search-api-filtered network-on-a-day; do
    echo "|  | $e / ping | $(awk -v a="$(cat /tmp/kpss-bench-$e)" -v b="$ping" 'BEGIN {printf "%.0f %%", 100*a/b}') | | | |"
  done
  kill "$pid"; wait "$pid" 2>/dev/null || true
  if [[ $db == postgres ]]; then su postgres -c "psql -q -c 'DROP DATABASE IF EXISTS $name WITH (FORCE)'"; fi
  if [[ $db == mysql ]]; then mysql -uroot -e "DROP DATABASE IF EXISTS $name"; fi
  rm -rf "$data"
done
