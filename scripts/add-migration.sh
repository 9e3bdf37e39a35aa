#!/usr/bin/env bash
# Adds one migration to BOTH streams (SQLite and PostgreSQL) for a module context.
#   scripts/add-migration.sh <Module> <MigrationName>     e.g. scripts/add-migration.sh Organization AddHallPhone
#   scripts/add-migration.sh --all <MigrationName>        every module (first migration of a new schema)
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 2 ] || { echo "usage: $0 <Module>|--all <MigrationName>" >&2; exit 2; }
modules=("$1")
[ "$1" = "--all" ] && modules=(Organization Identity Calendar Catalog Guidance Queue Appointments Hotline Workforce ContractLedger Cases Evaluation Licenses Assistance)
dotnet tool restore >/dev/null
dotnet build src/OneWindow.Migrations.Sqlite -v q -nologo >/dev/null
dotnet build src/OneWindow.Migrations.Postgres -v q -nologo >/dev/null
for module in "${modules[@]}"; do
  for provider in Sqlite Postgres; do
    project="src/OneWindow.Migrations.$provider"
    echo "== $module on $provider"
    dotnet ef migrations add "$2" \
      --project "$project" --startup-project "$project" \
      --context "${module}DbContext" --output-dir "$module"
  done
done
