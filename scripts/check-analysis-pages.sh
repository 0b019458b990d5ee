#!/usr/bin/env bash
# Renders the HTML pages of cep indicators and cep network, and the SVG of cep network, in headless Chromium, in
# French and English, from examples/analysis.ndjson: fails if a page's script reports an error or tries to load
# anything, and leaves a PNG of each page for a person to look at.
# Installs Debian's chromium (apt-get, as root) when it is absent; ./cep builds cep-cli/target/cep.jar when needed.
#   bash scripts/check-analysis-pages.sh [OUT_DIR]       (default: target/analysis-pages)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$root/target/analysis-pages}"
mkdir -p "$out"
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "check-analysis-pages: chromium missing, and only root can install it (apt-get install -y chromium)" >&2
    exit 2
  fi
  echo "check-analysis-pages: installing chromium (apt-get)…" >&2
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium >/dev/null; then
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium >/dev/null
  fi
fi
data="$root/examples/analysis.ndjson"
cep="$root/cep"

"$cep" indicators --format html --by family,age-band "$data" > "$out/indicators-fr.html" 2>/dev/null
"$cep" indicators --format html --lang en --by region,mode "$data" > "$out/indicators-en.html" 2>/dev/null
"$cep" network --format html --territory DEPARTEMENT:31 "$data" > "$out/network-fr.html" 2>/dev/null
"$cep" network --format html --lang en --territory REGION:76 "$data" > "$out/network-en.html" 2>/dev/null
"$cep" network --format svg --territory DEPARTEMENT:31 "$data" > "$out/network-31.svg" 2>/dev/null
printf '<!DOCTYPE html><html><body style="margin:0"><img src="network-31.svg"></body></html>\n' > "$out/network-svg.html"

failed=0
for page in indicators-fr indicators-en network-fr network-en network-svg; do
  profile="$(mktemp -d)"
  log="$out/$page.log"
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --user-data-dir="$profile" --enable-logging=stderr --v=0 \
    --window-size=1400,1600 --virtual-time-budget=5000 --screenshot="$out/$page.png" "file://$out/$page.html" \
    2> "$log" || true
  rm -rf "$profile"
  if [ ! -s "$out/$page.png" ]; then
    echo "FAIL $page: no screenshot" >&2; failed=$((failed + 1)); continue
  fi
  if grep -E 'Uncaught|Refused to (load|connect|execute)|Content Security Policy' "$log" >&2; then
    echo "FAIL $page: a script error or a blocked request (see $log)" >&2; failed=$((failed + 1)); continue
  fi
  echo "ok   $page -> $out/$page.png"
done
echo "$((5 - failed)) passed, $failed failed"
[ "$failed" -eq 0 ]
