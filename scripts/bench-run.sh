#!/usr/bin/env bash
# Benchmark of the whole run, raw files to cases: synthesizes a regency (fixed seed; default 262,000 households,
# about 1M DTKS persons, with two periods of PKH and KIP lists, complaints and reference lists), runs the job once
# on a fresh warehouse and reports wall time per step, total wall and CPU time and peak RSS (GNU time).
#   scripts/bench-run.sh [HOUSEHOLDS]
# Output: bench-out/run/ (data, warehouse, job file, outputs) and a summary line per figure.
set -euo pipefail
project="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
households="${1:-262000}"
out="$project/bench-out/run"
data="$out/data"
padan="$project/scripts/padan"

command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
mkdir -p "$out"
if [ ! -f "$data/.households-$households" ]; then
  rm -rf "$data"
  "$padan" synth --households "$households" --seed 1 --regency 62.03 --out "$data" >/dev/null
  touch "$data/.households-$households"
fi
sed -e 's/^name: bench-ingest/name: bench-run/' -e 's#warehouse/bench.duckdb#warehouse/bench-run.duckdb#' \
  "$project/scripts/bench-job.yaml" > "$out/bench-run.yaml"
rm -rf "$out/warehouse" "$out/out"
"$padan" --version >/dev/null   # build outside the timed run
/usr/bin/time -f "run: %e s wall, %U s user + %S s system CPU, %M KB peak RSS" -o "$out/time.txt" "$padan" run "$out/bench-run.yaml" --verbose 2>&1 \
  | tee "$out/run.log" | grep -E "Step: \[|total|run-|outputs:" || true
cat "$out/time.txt"
for f in dtks_62.03.txt pkh_2026_t1.csv pkh_2026_t2.csv kip_2026_t1.csv kip_2026_t2.csv pengaduan_puskesos.csv; do
  printf '%-24s %10d rows\n' "$f" "$(( $(wc -l < "$data/$f") - 1 ))"
done
