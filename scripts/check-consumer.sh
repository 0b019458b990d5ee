#!/usr/bin/env bash
# A newcomer's path from the README to a project of their own: `mvn install -DskipTests` puts cepkit's artifacts in
# the local Maven repository, then examples/consumer (a project outside the build, with the BOM, cep-json and
# cep-analysis as dependencies) compiles the README's Java examples and runs them on the module path and on the
# class path (mvn verify there). The artifacts installed are removed afterwards when the repository had none
# before, so that no later build of a single module picks up stale ones.
#
# Usage: scripts/check-consumer.sh   (from a clone; after mvn verify it takes about a minute)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=${CEPKIT_LOCAL_REPOSITORY:-$HOME/.m2/repository}   # where mvn install puts them (settings.xml may say otherwise)
if [ ! -d "$repo/org/cepkit" ]; then
  trap 'rm -rf "$repo/org/cepkit"' EXIT
fi
mvn -B -q install -DskipTests
out=$(mvn -B -f examples/consumer/pom.xml verify)
echo "$out" | grep "cepkit README examples" || { echo "$out" >&2; exit 1; }
[ "$(echo "$out" | grep -c "every example does what the README says")" -eq 2 ] || { echo "$out" >&2; exit 1; }
rm -rf examples/consumer/target
