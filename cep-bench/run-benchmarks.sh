#!/usr/bin/env bash
# Whole-process benchmarks of cepkit, all on the same generated NDJSON, in one run:
#   1. cep validate through the ./cep launcher (full validation: JSON format, code lists, COG, every rule),
#      JSON report to /dev/null;
#   2. ajv 8 (node) validating the same lines, streamed, against cepkit's published schemas, dates asserted by
#      ajv-formats 3 (installed with npm into a scratch folder, never into the build);
#   3. networknt json-schema-validator 3 validating the same lines against cepkit's published schema;
#   4. bare Jackson 3 parsing of the same lines into trees (the ceiling).
# Each is run REPS times, the four in turn; the median wall time is reported with records per second and the
# ratios.
# Then 1,000,000 pathways are validated by ./cep with its own options and a heap of 64 MB (-Xmx64m, with a young
# generation of 16 MB that fits in it) and the summary count is checked.
#
#   cep-bench/run-benchmarks.sh [PATHWAYS [REPS [BIG]]]      # defaults: 200000 5 1000000
#   PEERS="cep ajv" cep-bench/run-benchmarks.sh 1000000 3 0   # only some of the peers, no -Xmx64m run
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
pathways="${1:-200000}"
reps="${2:-5}"
big="${3:-1000000}"
cep_jar="$root/cep-cli/target/cep.jar"
bench_jar="$root/cep-bench/target/cep-bench.jar"
work="${BENCH_DIR:-$(mktemp -d)}"

if [ ! -f "$cep_jar" ] || [ ! -f "$bench_jar" ]; then
  (cd "$root" && mvn -B -q -DskipTests package)
fi

# ajv and ajv-formats, pinned, into a scratch folder of this run
ajv="$work/ajv"
if [ ! -d "$ajv/node_modules/ajv" ]; then
  mkdir -p "$ajv"
  (cd "$ajv" && npm install --silent --no-audit --no-fund --no-save ajv@8.20.0 ajv-formats@3.0.1 >/dev/null)
fi
cp "$root/cep-bench/ajv/validate.mjs" "$ajv/validate.mjs"

data="$work/bench-$pathways.ndjson"
java -jar "$cep_jar" generate --pathways "$pathways" --seed 42 --invalid-rate 0.05 --today 2026-01-01 > "$data" 2>/dev/null
lines=$(grep -c . "$data")
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -n 1)"
echo "input: $data, $lines records ($pathways pathways, seed 42, 5% invalid), $(du -h "$data" | cut -f1)"

seconds() { # runs "$@" once, prints its wall time in seconds
  local start end
  start=$(date +%s.%N)
  "$@" > /dev/null 2>&1 || [ $? -eq 1 ]
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}

median() { sort -g | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2] + a[NR/2+1]) / 2}'; }

# The three are run in turn, repetition after repetition, so that a machine that slows down or speeds up during
# the run (a shared 2-core VM does) weighs on all three alike.
read -r -a names <<< "${PEERS:-cep ajv networknt jackson}"
declare -A times result
run_one() { # name: runs it once, prints its wall time
  case "$1" in
    cep) seconds "$root/cep" validate --format json --today 2026-01-01 "$data" ;;
    ajv) seconds node "$ajv/validate.mjs" "$root/schema/v1" "$data" ;;
    networknt) seconds java -cp "$bench_jar" org.cepkit.bench.NetworkntBaseline "$data" ;;
    jackson) seconds java -cp "$bench_jar" org.cepkit.bench.JacksonBaseline "$data" ;;
  esac
}
for _ in $(seq "$reps"); do
  for name in "${names[@]}"; do
    times[$name]="${times[$name]:-}$(run_one "$name") "
  done
done
for name in "${names[@]}"; do
  result[$name]=$(printf '%s\n' ${times[$name]} | median)
  printf '%-10s median %6.2f s  (%s)  %8.0f records/s\n' "$name" "${result[$name]}" "${times[$name]}" \
    "$(echo "$lines / ${result[$name]}" | bc -l)"
done

for peer in ajv networknt jackson; do
  if [ -n "${result[cep]:-}" ] && [ -n "${result[$peer]:-}" ]; then
    echo "ratio: cep throughput / $peer throughput = $(echo "${result[$peer]} / ${result[cep]}" | bc -l | cut -c1-5)"
  fi
done

if [ "$big" -gt 0 ]; then
  bigdata="$work/bench-$big.ndjson"
  java -jar "$cep_jar" generate --pathways "$big" --seed 7 --invalid-rate 0.01 --today 2026-01-01 > "$bigdata" 2>/dev/null
  biglines=$(grep -c . "$bigdata")
  start=$(date +%s.%N)
  summary=$(CEP_JAVA_EXTRA_OPTS="-Xmx64m -Xmn16m" "$root/cep" validate --format json \
    --today 2026-01-01 "$bigdata" | head -n 1 || true)
  end=$(date +%s.%N)
  echo "-Xmx64m: $biglines lines in $(echo "$end - $start" | bc -l | cut -c1-6) s; $summary"
  counted=$(echo "$summary" | sed -E 's/.*"records": ([0-9]+).*/\1/')
  if [ "$counted" = "$biglines" ]; then echo "-Xmx64m: every line counted"; else echo "-Xmx64m: COUNT MISMATCH ($counted vs $biglines)"; fi
fi
