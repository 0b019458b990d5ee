#!/usr/bin/env bash
# Regenerates cepkit's embedded COG referential from the npm package @etalab/decoupage-administratif.
#
#   scripts/update-cog.sh [VERSION [YEAR]]     # defaults: 6.0.0 2026 (the package's README maps versions to years)
#
# Needs npm and Node.js 18+; the Maven build does not: the generated resource is checked in. A re-run with the
# same version writes a byte-identical file. A new edition writes a new cog-YEAR.txt; point
# org.cepkit.rules.territory.CogReferential at it and delete the old one.
set -euo pipefail

version="${1:-6.0.0}"
year="${2:-2026}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/cep-rules/src/main/resources/org/cepkit/rules/territory/cog-$year.txt"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "@etalab/decoupage-administratif@$version" >/dev/null)
tarball="$(ls "$work"/*.tgz)"
tar -xzf "$tarball" -C "$work"

mkdir -p "$(dirname "$out")"
node "$root/scripts/cog/build-cog.mjs" --package "$work/package" --tarball "$tarball" --edition "$year" --out "$out"
