#!/usr/bin/env bash
# Scaffolds one migration of a DbContext for every provider (SQLite, PostgreSQL, MySQL/MariaDB).
#   build/add-migration.sh <project dir> <context stem> <MigrationName>
#   build/add-migration.sh host/Kpss.Host Platform AddSomething
# The context stem names the pair Sqlite/Postgres/MySql<Stem>DbContext; each gets Migrations/<Provider>/.
set -euo pipefail
cd "$(dirname "$0")/.."
[[ $# -eq 3 ]] || { echo "usage: $0 <project dir> <context stem> <MigrationName>" >&2; exit 2; }
project=$1 stem=$2 name=$3
export KPSS_EF_DESIGN=true   # build/EfDesign.props: the EF Core Design package, at design time only
dotnet tool restore >/dev/null
for provider in Sqlite Postgres MySql; do
  dotnet ef migrations add "$name" --project "$project" --startup-project "$project" \
    --context "${provider}${stem}DbContext" --output-dir "Migrations/$provider"
done
# The design build copied the shared abstractions next to the module; a module never ships them (the host has them).
for kernel in "Kpss.*.Abstractions.*" "Kpss.Modules.Primitives.*" "Kpss.Modules.Infrastructure.*"; do
  rm -f "$project"/bin/*/net10.0/$kernel host/Kpss.Host/bin/*/net10.0/modules/*/$kernel
done
