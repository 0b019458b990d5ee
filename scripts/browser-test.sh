#!/usr/bin/env bash
# The page of `cep serve` in a real browser, and its report logic: Debian's chromium, headless, driven by
# playwright-core (pinned in cep-server/src/test/browser/package-lock.json), under node's test runner.
# Installs chromium (apt-get, as root) and the npm packages when absent; builds cep-cli/target/cep.jar when absent.
#   bash scripts/browser-test.sh
# Screenshots of the page, in French and English, are left in cep-server/target/browser/.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
browser="$root/cep-server/src/test/browser"

install() {
  if [ "$(id -u)" -ne 0 ]; then
    echo "browser-test: $* missing, and only root can install it (apt-get install -y $*)" >&2
    exit 2
  fi
  echo "browser-test: installing $* (apt-get)…" >&2
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@" >/dev/null; then
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@" >/dev/null
  fi
}

command -v chromium >/dev/null 2>&1 || install chromium
command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || install nodejs npm

if [ ! -f "$root/cep-cli/target/cep.jar" ]; then
  (cd "$root" && mvn -B -q -pl cep-cli -am -DskipTests package)
fi

cd "$browser"
if [ ! -d node_modules/playwright-core ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
CEP_JAR="$root/cep-cli/target/cep.jar" node --test --test-concurrency=1 report.test.mjs page.test.mjs
