#!/usr/bin/env bash
# An independent check of the published Table Schemas (schema/v1/tables/): tables that cepkit writes from generated
# records are validated by frictionless's JavaScript Table Schema library (npm tableschema, which cepkit did not
# write), with their primary and foreign keys; then tables with one wrong cell each must be rejected by it, so that
# the check cannot pass by accepting everything. tableschema is installed into a scratch folder, never into the build.
#
# Usage: scripts/check-tables.sh [PATHWAYS]   (after mvn verify, which builds cep-cli/target/cep.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=cep-cli/target/cep.jar
PATHWAYS=${1:-400}
if [ ! -f "$JAR" ]; then
  echo "check-tables: $JAR is missing; build it first (mvn -B verify)" >&2
  exit 2
fi
SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT

java -jar "$JAR" generate --pathways "$PATHWAYS" --seed 20261202 --invalid-rate 0 > "$SCRATCH/records.ndjson"
java -jar "$JAR" convert "$SCRATCH/records.ndjson" "$SCRATCH/tables"

mkdir -p "$SCRATCH/npm"
(cd "$SCRATCH/npm" && npm init -y > /dev/null && npm install --silent --no-audit --no-fund tableschema@1.12.6 > /dev/null)
NODE_PATH="$SCRATCH/npm/node_modules" node scripts/check-tables.js "$SCRATCH/tables" schema/v1/tables
