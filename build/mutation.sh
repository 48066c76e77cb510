#!/usr/bin/env bash
# Mutation testing (Stryker.NET, a local dotnet tool) of the code that carries the platform's promises: changes each
# line in small ways and runs the tests that cover it; a change no test notices ("survived") is a gap or an equivalent
# mutant. Not part of CI (tens of minutes per target on 2 cores): run it before resolving an issue that touches these
# files and record the outcome in docs/testing.md.
#   bash build/mutation.sh [target ...]     targets: rsvp reminders outbox import search tenancy dbcontext czechtext authorization scopes plans planlife planitems plancomments validity actionplans rounds (default: all but the narrow validity, actionplans and the plans parts)
#   KPSS_TEST_DB=postgres|mysql bash build/mutation.sh outbox    the tests on that database (default sqlite): the
#                                                                 claim statements differ per provider
# Reports: artifacts/mutation/<target>-<db>/reports/mutation-report.{json,html}; a summary with every survivor is printed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash build/test-deps.sh >/dev/null
export KPSS_TEST_DB=${KPSS_TEST_DB:-sqlite}
export KPSS_TEST_PG="Host=127.0.0.1;Port=5432;Username=kpss_test;Password=kpss_test"
export KPSS_TEST_MYSQL="Server=127.0.0.1;Port=3306;User ID=kpss_test;Password=kpss_test"
export KPSS_TEST_REDIS="127.0.0.1:6390"
dotnet tool restore >/dev/null
dotnet build Kpss.Platform.sln -v quiet -nologo >/dev/null

# target → test projects (the module's own, and those whose tests go through it) | project under mutation | files
# (globs, relative to that project)
declare -A targets=(
  [rsvp]="Meetings|modules/Meetings/Kpss.Meetings/Kpss.Meetings.csproj|**/Shared/RsvpTokens.cs"
  [reminders]="Meetings|modules/Meetings/Kpss.Meetings/Kpss.Meetings.csproj|**/Shared/MeetingNotices.cs **/Shared/MeetingInput.cs **/Domain/MeetingReminders.cs **/UseCases/*Meeting/*.cs **/UseCases/InviteGuests/*.cs **/UseCases/AnswerInvitation/*.cs"
  [outbox]="Notifications Meetings|modules/Notifications/Kpss.Notifications/Kpss.Notifications.csproj|**/Jobs/*.cs **/Provides/NotificationOutbox.cs"
  [import]="Catalogue|modules/Catalogue/Kpss.Catalogue/Kpss.Catalogue.csproj|**/UseCases/ImportRegister/RegisterImport.cs **/UseCases/ImportRegister/ImportJobs.cs"
  [search]="Catalogue|modules/Catalogue/Kpss.Catalogue/Kpss.Catalogue.csproj|**/Shared/CatalogueSearch.cs **/UseCases/SearchCatalogue/*.cs"
  [tenancy]="Host Catalogue|modules/Kpss.Modules.Abstractions/Kpss.Modules.Abstractions.csproj|**/Tenancy/*.cs"
  [dbcontext]="Host Catalogue|modules/Kpss.Modules.Infrastructure/Kpss.Modules.Infrastructure.csproj|**/Data/KpssDbContext.cs"
  [czechtext]="Host Catalogue|modules/Kpss.Modules.Primitives/Kpss.Modules.Primitives.csproj|**/CzechText.cs"
  # Plans' rules (issue 24): the way of a plan (lifecycle), its strategic part, its comments; and, narrower, a plan's
  # validity and the completeness that gates comments and approval.
  [plans]="Plans|modules/Plans/Kpss.Plans/Kpss.Plans.csproj|**/Domain/PlanValidity.cs **/Shared/PlanReader.cs **/Shared/ItemRules.cs **/Shared/PlanWrites.cs **/UseCases/OpenComments/OpenComments.cs **/UseCases/EndComments/EndComments.cs **/UseCases/ApprovePlan/ApprovePlan.cs **/UseCases/AmendPlan/AmendPlan.cs **/UseCases/AddItem/AddItem.cs **/UseCases/ChangeItem/ChangeItem.cs **/UseCases/CommentOnPlan/CommentOnPlan.cs **/UseCases/AnswerComment/AnswerComment.cs **/UseCases/PublishSettlement/PublishSettlement.cs"
  [validity]="Plans|modules/Plans/Kpss.Plans/Kpss.Plans.csproj|**/Domain/PlanValidity.cs"
  # The same files in three parts that each fit a sitting on 2 cores (the whole `plans` did not finish in 2 h):
  [planlife]="Plans|modules/Plans/Kpss.Plans/Kpss.Plans.csproj|**/Domain/PlanValidity.cs **/Shared/PlanWrites.cs **/UseCases/OpenComments/OpenComments.cs **/UseCases/EndComments/EndComments.cs **/UseCases/ApprovePlan/ApprovePlan.cs **/UseCases/AmendPlan/AmendPlan.cs"
  [planitems]="Plans|modules/Plans/Kpss.Plans/Kpss.Plans.csproj|**/Shared/PlanReader.cs **/Shared/ItemRules.cs **/UseCases/AddItem/AddItem.cs **/UseCases/ChangeItem/ChangeItem.cs"
  [plancomments]="Plans|modules/Plans/Kpss.Plans/Kpss.Plans.csproj|**/UseCases/CommentOnPlan/CommentOnPlan.cs **/UseCases/AnswerComment/AnswerComment.cs **/UseCases/PublishSettlement/PublishSettlement.cs"
  [actionplans]="Plans|modules/Plans/Kpss.Plans/Kpss.Plans.csproj|**/Shared/ParentYear.cs **/Domain/ApprovalDue.cs **/UseCases/CarryOverItem/CarryOverItem.cs"
  # Evaluation (issue 25): a round's records from a year of an approved edition, and a record's values checked.
  [rounds]="Evaluation|modules/Evaluation/Kpss.Evaluation/Kpss.Evaluation.csproj|**/Shared/RoundSource.cs **/Shared/RecordRules.cs **/UseCases/OpenRound/OpenRound.cs **/UseCases/FillRecord/FillRecord.cs"
  # Who may call what: the kraj policies, the request's kraj, the API key's sign-in (the host) …
  [authorization]="Host|host/Kpss.Host/Kpss.Host.csproj|**/Platform/Identity/KrajScopeAuthorization.cs **/Platform/Tenancy/TenantMiddleware.cs **/UseCases/ManageApiTokens/ApiTokenAuthentication.cs"
  # … and the roles' scopes (KpssScopes; RoleScopes.cs holds only the scope sources' interface) and a narrowed
  # coordinator's processes (the shared kernel).
  [scopes]="Host Meetings Plans|modules/Kpss.Modules.Abstractions/Kpss.Modules.Abstractions.csproj|**/Security/Security.cs **/Security/ProcessScope.cs"
)
# Tests that start the host as a separate process do not see the mutated assembly: left out, they would only cost time.
filter="FullyQualifiedName!~TwoHostsTests&FullyQualifiedName!~TwoSendersTests&FullyQualifiedName!~CrashTests"
# KPSS_MUTATION_FILTER narrows the tests further (e.g. to the sweeps for the authorization target).
[[ -n ${KPSS_MUTATION_FILTER:-} ]] && filter="$filter&($KPSS_MUTATION_FILTER)"

chosen=("$@")
[[ ${#chosen[@]} -eq 0 ]] && chosen=(rsvp reminders outbox import search tenancy dbcontext czechtext authorization scopes plans rounds)
for target in "${chosen[@]}"; do
  spec=${targets[$target]:?unknown target $target (rsvp reminders outbox import search tenancy dbcontext czechtext authorization scopes plans planlife planitems plancomments validity actionplans rounds)}
  IFS='|' read -r tests project files <<<"$spec"
  out="$root/artifacts/mutation/$target-$KPSS_TEST_DB"
  mkdir -p "$out"
  mutate=$(for f in $files; do printf '"%s",' "$f"; done)
  testProjects=$(for t in $tests; do printf '"%s",' "$root/tests/Kpss.$t.Tests/Kpss.$t.Tests.csproj"; done)
  cat >"$out/stryker-config.json" <<JSON
{ "stryker-config": { "project": "$(basename "$project")", "test-projects": [${testProjects%,}], "mutate": [${mutate%,}],
  "coverage-analysis": "perTest", "test-case-filter": "$filter", "reporters": ["json", "html", "progress"], "concurrency": 2 } }
JSON
  echo "=== $target: $project, $files (tests: $tests; database: $KPSS_TEST_DB) ==="
  # Run from the project under mutation, with the test projects named (Stryker's "source project context").
  (cd "$(dirname "$project")" && dotnet stryker -f "$out/stryker-config.json" -O "$out" >"$out/stryker.log" 2>&1) || { tail -20 "$out/stryker.log"; exit 1; }
  mkdir -p "$root/docs/mutation"
  python3 - "$out/reports/mutation-report.json" <<'PY' | tee "$root/docs/mutation/$target-$KPSS_TEST_DB-$(date +%Y-%m-%d).txt"
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
