#!/usr/bin/env bash
# Whole-process benchmarks of the analysis commands, on one generated NDJSON file, in one run:
#   validate      cep validate --format json (the reading and validation the analysis commands share)
#   indicators    cep indicators (by family and year, the default table)
#   indicators4   cep indicators --by departement,family,age-band,period --period quarter (a table of thousands of
#                 cells: the secondary suppression's worst case of the command line)
#   network       cep network --format json
# Each is run REPS times, the four in turn, through the ./cep launcher, under /usr/bin/time -v; the median wall time,
# records per second and the median peak resident memory are printed.
# Then, with MEMORY=N (pathways, 0 for none), the memory of Indicators alone on N generated pathways, under a small
# heap: org.cepkit.bench.AnalysisMemory with -Xmx24m (by family and year) and -Xmx64m (the four-dimension table).
#
#   cep-bench/run-analysis-benchmarks.sh [PATHWAYS [REPS]]                 # defaults: 1000000 5
#   MEMORY=5000000 cep-bench/run-analysis-benchmarks.sh 1000000 3
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
pathways="${1:-1000000}"
reps="${2:-5}"
memory="${MEMORY:-0}"
cep_jar="$root/cep-cli/target/cep.jar"
bench_jar="$root/cep-bench/target/cep-bench.jar"
work="${BENCH_DIR:-$(mktemp -d)}"

if [ ! -f "$cep_jar" ] || [ ! -f "$bench_jar" ]; then
  (cd "$root" && mvn -B -q -DskipTests package)
fi

data="$work/analysis-$pathways.ndjson"
[ -s "$data" ] || java -jar "$cep_jar" generate --pathways "$pathways" --seed 42 --invalid-rate 0.05 > "$data" 2>/dev/null
lines=$(grep -c . "$data")
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -n 1); load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "input: $data, $lines records ($pathways pathways, seed 42, 5% invalid), $(du -h "$data" | cut -f1)"

timed() { # runs "$@" once under /usr/bin/time -v; prints "wall-seconds peak-KiB"
  local log
  log=$(mktemp)
  /usr/bin/time -v "$@" > /dev/null 2> "$log" || true
  awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]}
              /Maximum resident set size/ {m = $2} END {printf "%.2f %d\n", s, m}' "$log"
  rm -f "$log"
}

median() { sort -g | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2] + a[NR/2+1]) / 2}'; }

names=(validate indicators indicators4 network)
run_one() {
  case "$1" in
    validate) timed "$root/cep" validate --format json --today 2026-01-01 "$data" ;;
    indicators) timed "$root/cep" indicators --today 2026-01-01 "$data" ;;
    indicators4) timed "$root/cep" indicators --today 2026-01-01 --by departement,family,age-band,period \
      --period quarter "$data" ;;
    network) timed "$root/cep" network --today 2026-01-01 --format json "$data" ;;
  esac
}
declare -A walls rss
for _ in $(seq "$reps"); do
  for name in "${names[@]}"; do
    read -r wall peak < <(run_one "$name")
    walls[$name]="${walls[$name]:-}$wall "
    rss[$name]="${rss[$name]:-}$peak "
  done
done
for name in "${names[@]}"; do
  wall=$(printf '%s\n' ${walls[$name]} | median)
  peak=$(printf '%s\n' ${rss[$name]} | median)
  printf '%-11s median %6.2f s (%s) %8.0f records/s, peak RSS %4.0f MiB\n' "$name" "$wall" "${walls[$name]}" \
    "$(echo "$lines / $wall" | bc -l)" "$(echo "$peak / 1024" | bc -l)"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

if [ "$memory" -gt 0 ]; then
  big="$work/analysis-$memory.ndjson"
  [ -s "$big" ] || java -jar "$cep_jar" generate --pathways "$memory" --seed 7 > "$big" 2>/dev/null
  echo "memory: $big, $(du -h "$big" | cut -f1); load: $(cut -d' ' -f1-3 /proc/loadavg)"
  java -Xmx24m -cp "$bench_jar" org.cepkit.bench.AnalysisMemory "$big" indicators family,period year
  java -Xmx64m -cp "$bench_jar" org.cepkit.bench.AnalysisMemory "$big" indicators \
    departement,family,age-band,period quarter
fi
