#!/usr/bin/env bash
# Whole-process throughput of cep validate on the same records in two forms, in turn, repetition after repetition:
#   ndjson  the generated NDJSON file;
#   csv     the same records converted by cep convert into a folder of CSV tables (UTF-8, ",");
#   csv1252 the same tables re-encoded as a spreadsheet writes them: ";" and Windows-1252.
# Each run writes the JSON report to /dev/null; the median wall time, records per second and peak RSS are reported.
# Then the memory of the join: the CSV folder validated with -Xmx64m, and its summary checked against the NDJSON's.
#
#   cep-bench/run-tables-benchmark.sh [PATHWAYS [REPS]]      # defaults: 100000 5
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
pathways="${1:-100000}"
reps="${2:-5}"
cep_jar="$root/cep-cli/target/cep.jar"
work="${BENCH_DIR:-$(mktemp -d)}"
[ -f "$cep_jar" ] || (cd "$root" && mvn -B -q -DskipTests package)

data="$work/records-$pathways.ndjson"
java -jar "$cep_jar" generate --pathways "$pathways" --seed 42 --invalid-rate 0.05 --today 2026-01-01 > "$data" 2>/dev/null
java -jar "$cep_jar" convert "$data" "$work/csv" 2>/dev/null || true
mkdir -p "$work/csv1252"
# as a spreadsheet in French writes them: ";" and Windows-1252
python3 - "$work/csv" "$work/csv1252" <<'PY'
import csv, pathlib, sys
for f in pathlib.Path(sys.argv[1]).glob("*.csv"):
    rows = list(csv.reader(f.open(encoding="utf-8", newline="")))
    with (pathlib.Path(sys.argv[2]) / f.name).open("w", encoding="cp1252", newline="") as out:
        csv.writer(out, delimiter=";").writerows(rows)
PY
lines=$(grep -c . "$data")
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -n 1); load before: $(uptime | sed 's/.*load/load/')"
echo "input: $lines records ($pathways pathways, seed 42, 5% invalid); NDJSON $(du -h "$data" | cut -f1)," \
  "CSV tables $(du -sh "$work/csv" | cut -f1)"

run() { # form: runs cep validate once on it, prints "seconds maxRSS-KiB"
  local target
  case "$1" in
    ndjson) target="$data" ;;
    csv) target="$work/csv" ;;
    csv1252) target="$work/csv1252" ;;
  esac
  /usr/bin/time -f "%e %M" -o "$work/time" "$root/cep" validate --format json --today 2026-01-01 "$target" \
    > /dev/null 2>&1 || [ $? -eq 1 ]
  tail -n 1 "$work/time"
}
median() { sort -g | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2] + a[NR/2+1]) / 2}'; }

forms=(ndjson csv csv1252)
declare -A times rss
for _ in $(seq "$reps"); do
  for form in "${forms[@]}"; do
    read -r s m < <(run "$form")
    times[$form]="${times[$form]:-}$s "
    rss[$form]="${rss[$form]:-}$m "
  done
done
for form in "${forms[@]}"; do
  t=$(printf '%s\n' ${times[$form]} | median)
  r=$(printf '%s\n' ${rss[$form]} | median)
  printf '%-8s median %6.2f s (%s) %8.0f records/s, peak RSS %4.0f MiB\n' "$form" "$t" "${times[$form]}" \
    "$(echo "$lines / $t" | bc -l)" "$(echo "$r / 1024" | bc -l)"
done
echo "load after: $(uptime | sed 's/.*load/load/')"

a=$(CEP_JAVA_EXTRA_OPTS="-Xmx64m -Xmn16m" "$root/cep" validate --format json --today 2026-01-01 "$data" | head -n 1 || true)
b=$(CEP_JAVA_EXTRA_OPTS="-Xmx64m -Xmn16m" "$root/cep" validate --format json --today 2026-01-01 "$work/csv" | head -n 1 || true)
echo "-Xmx64m ndjson: $a"
echo "-Xmx64m csv:    $b"
