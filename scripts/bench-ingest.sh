#!/usr/bin/env bash
# Benchmark of ingest + standardize: synthesizes ~1M DTKS persons with their recipient lists (fixed seed), then runs
# the job once on a fresh warehouse and reports wall time per step and peak RSS of the whole process.
#   scripts/bench-ingest.sh [HOUSEHOLDS]      (default 262000 households, about 1M persons)
# Output: bench-out/ingest/ (data, warehouse, job file) and a summary line per figure.
set -euo pipefail
project="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
households="${1:-262000}"
out="$project/bench-out/ingest"
data="$out/data"
padan="$project/scripts/padan"

command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
mkdir -p "$out"
if [ ! -f "$data/.households-$households" ]; then
  rm -rf "$data"
  /usr/bin/time -f "synth: %e s wall, %M KB peak RSS" "$padan" synth --households "$households" --seed 1 --regency 62.03 --out "$data"
  touch "$data/.households-$households"
fi

cp "$project/scripts/bench-job.yaml" "$out/bench-ingest.yaml"
rm -rf "$out/warehouse" "$out/out"
"$padan" --version >/dev/null   # build outside the timed run
/usr/bin/time -f "run: %e s wall, %U s user + %S s system CPU, %M KB peak RSS" -o "$out/time.txt" "$padan" run "$out/bench-ingest.yaml" --verbose 2>&1 \
  | tee "$out/run.log" | grep -E "Step: \[|total|run-" || true
cat "$out/time.txt"
persons=$(awk -F'|' 'NR>1' "$data/dtks_62.03.txt" | wc -l)
rows=$(grep -E '^\s+total' "$out/run.log" | awk '{print $2}')
echo "DTKS persons: $persons; all rows read: $rows"
ls -l "$out/warehouse/bench.duckdb" | awk '{printf "warehouse size: %.0f MB\n", $5/1048576}'
