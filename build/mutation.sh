#!/usr/bin/env bash
# Mutation testing (Stryker.NET, a local dotnet tool) of the code that carries the platform's promises: changes each
# line in small ways and runs the tests that cover it; a change no test notices ("survived") is a gap or an equivalent
# mutant. Not part of CI (tens of minutes per target on 2 cores): run it before resolving an issue that touches these
# files and record the outcome in docs/testing.md.
#   bash build/mutation.sh [target ...]     targets: rsvp reminders outbox import search tenancy (default: all)
# Reports: artifacts/mutation/<target>/reports/mutation-report.{json,html}; a summary with every survivor is printed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash build/test-deps.sh >/dev/null
export KPSS_TEST_DB=sqlite
dotnet tool restore >/dev/null
dotnet build Kpss.Platform.sln -v quiet -nologo >/dev/null

# target → test project | project under mutation | files (globs, relative to that project)
declare -A targets=(
  [rsvp]="tests/Kpss.Meetings.Tests|Kpss.Meetings.csproj|**/Services/RsvpTokens.cs"
  [reminders]="tests/Kpss.Meetings.Tests|Kpss.Meetings.csproj|**/Services/MeetingPlanner.cs **/UseCases/*.cs"
  [outbox]="tests/Kpss.Notifications.Tests|Kpss.Notifications.csproj|**/Outbox/*.cs"
  [import]="tests/Kpss.Catalogue.Tests|Kpss.Catalogue.csproj|**/Import/RegisterImport.cs **/Import/ImportJobs.cs"
  [search]="tests/Kpss.Catalogue.Tests|Kpss.Catalogue.csproj|**/Search/*.cs"
  [tenancy]="tests/Kpss.Host.Tests|Kpss.Modules.Abstractions.csproj|**/Data/KpssDbContext.cs **/Data/QueryFilters.cs **/Tenancy/*.cs **/Text/CzechText.cs"
)
# Tests that start the host as a separate process do not see the mutated assembly: left out, they would only cost time.
filter="FullyQualifiedName!~TwoHostsTests&FullyQualifiedName!~TwoSendersTests&FullyQualifiedName!~CrashTests"

chosen=("$@")
[[ ${#chosen[@]} -eq 0 ]] && chosen=(rsvp reminders outbox import search tenancy)
for target in "${chosen[@]}"; do
  spec=${targets[$target]:?unknown target $target (rsvp reminders outbox import search tenancy)}
  IFS='|' read -r tests project files <<<"$spec"
  out="$root/artifacts/mutation/$target"
  mkdir -p "$out"
  mutate=$(for f in $files; do printf '"%s",' "$f"; done)
  cat >"$out/stryker-config.json" <<JSON
{ "stryker-config": { "project": "$project", "mutate": [${mutate%,}], "coverage-analysis": "perTest",
  "test-case-filter": "$filter", "reporters": ["json", "html", "progress"], "concurrency": 2 } }
JSON
  echo "=== $target: $project, $files (tests: $tests) ==="
  (cd "$tests" && dotnet stryker -f "$out/stryker-config.json" -O "$out" >"$out/stryker.log" 2>&1) || { tail -20 "$out/stryker.log"; exit 1; }
  python3 - "$out/reports/mutation-report.json" <<'PY'
import json, sys, collections
report = json.load(open(sys.argv[1]))
for path, f in sorted(report["files"].items()):
    counts = collections.Counter(m["status"] for m in f["mutants"])
    if not counts.keys() - {"Ignored", "CompileError"}:
        continue
    detected = counts["Killed"] + counts["Timeout"]
    valid = detected + counts["Survived"] + counts["NoCoverage"]
    print(f"{path.split('/Kpss.')[-1]}: score {100 * detected / max(valid, 1):.0f} % (killed {counts['Killed']}, timeout {counts['Timeout']}, "
          f"survived {counts['Survived']}, no coverage {counts['NoCoverage']})")
    lines = f["source"].split("\n")
    for m in f["mutants"]:
        if m["status"] in ("Survived", "NoCoverage"):
            line = m["location"]["start"]["line"]
            print(f"  {m['status']} line {line}, {m['mutatorName']}: {lines[line - 1].strip()[:100]}  =>  {m.get('replacement', '')[:60]}")
PY
done
