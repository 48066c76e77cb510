#!/usr/bin/env bash
# Scaffolds one migration of a DbContext for both providers (SQLite and PostgreSQL).
#   build/add-migration.sh <project dir> <context stem> <MigrationName>
#   build/add-migration.sh host/Kpss.Host Platform AddSomething
# The context stem names the pair Sqlite<Stem>DbContext / Postgres<Stem>DbContext; each gets Migrations/<Provider>/.
set -euo pipefail
cd "$(dirname "$0")/.."
[[ $# -eq 3 ]] || { echo "usage: $0 <project dir> <context stem> <MigrationName>" >&2; exit 2; }
project=$1 stem=$2 name=$3
export KPSS_EF_DESIGN=true   # build/EfDesign.props: the EF design assembly without its unrestorable package
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --project "$project" --startup-project "$project" \
    --context "${provider}${stem}DbContext" --output-dir "Migrations/$provider"
done
# The design build copied the shared abstractions next to the module; a module never ships them (the host has them).
rm -f "$project"/bin/*/net10.0/Kpss.*.Abstractions.* host/Kpss.Host/bin/*/net10.0/modules/*/Kpss.*.Abstractions.*
