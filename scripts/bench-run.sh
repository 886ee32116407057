#!/usr/bin/env bash
# Benchmark of the whole run, raw files to cases: synthesizes a regency (fixed seed; default 262,000 households,
# about 1M DTKS persons, with two periods of PKH and KIP lists, complaints and reference lists), runs the job once
# on a fresh warehouse and reports wall time per step, total wall and CPU time and peak RSS (GNU time).
#   scripts/bench-run.sh [HOUSEHOLDS] [LIST_LOADS]
# LIST_LOADS (default 1) loads every PKH and KIP list and the complaints that many times (the copies differ only in
# the header's case, which changes the checksum), to reach list sizes larger than the synthetic regency's own, e.g.
# 4 loads of 1M persons' lists = about 2 x 235k PKH and 2 x 290k KIP rows. Every copy is a duplicate of its original,
# so the flag counts then mean nothing; the figures are about time and memory.
# Output: bench-out/run/ (data, warehouse, job file, outputs) and a summary line per figure.
set -euo pipefail
project="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
households="${1:-262000}"
loads="${2:-1}"
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
rm -f "$out/extra-sources.yaml"
touch "$out/extra-sources.yaml"
for ((k = 2; k <= loads; k++)); do
  for list in pkh_2026_t1 pkh_2026_t2 kip_2026_t1 kip_2026_t2 pengaduan_puskesos; do
    # the header lower-cased from its (k-1)th letter on still maps (headers match without regard to case), but each
    # copy's checksum differs, so every copy loads
    [ -f "$data/load${k}_$list.csv" ] || LC_ALL=C sed "1 s/[A-Z]/\\L&/$((k - 1))g" "$data/$list.csv" > "$data/load${k}_$list.csv"
  done
  cat >> "$out/extra-sources.yaml" <<YAML
  - {id: pkh-t1-$k, kind: recipients, program: PKH, period: 2026-T1, path: data/load${k}_pkh_2026_t1.csv}
  - {id: pkh-t2-$k, kind: recipients, program: PKH, period: 2026-T2, path: data/load${k}_pkh_2026_t2.csv}
  - {id: kip-t1-$k, kind: recipients, program: KIP, period: 2026-T1, path: data/load${k}_kip_2026_t1.csv}
  - {id: kip-t2-$k, kind: recipients, program: KIP, period: 2026-T2, path: data/load${k}_kip_2026_t2.csv}
  - {id: pengaduan-$k, kind: complaints, path: data/load${k}_pengaduan_puskesos.csv}
YAML
done
# the extra sources go at the end of the sources list, before periods:
awk -v extra="$out/extra-sources.yaml" '/^periods:/ { while ((getline line < extra) > 0) print line } { print }' \
  "$out/bench-run.yaml" > "$out/bench-run.yaml.new" && mv "$out/bench-run.yaml.new" "$out/bench-run.yaml"
rm -rf "$out/warehouse" "$out/out"
"$padan" --version >/dev/null   # build outside the timed run
/usr/bin/time -f "run: %e s wall, %U s user + %S s system CPU, %M KB peak RSS" -o "$out/time.txt" "$padan" run "$out/bench-run.yaml" --verbose 2>&1 \
  | tee "$out/run.log" | grep -E "Step: \[|total|run-|outputs:" || true
cat "$out/time.txt"
for f in dtks_62.03.txt pkh_2026_t1.csv pkh_2026_t2.csv kip_2026_t1.csv kip_2026_t2.csv pengaduan_puskesos.csv; do
  printf '%-24s %10d rows x %d load(s)\n' "$f" "$(( $(wc -l < "$data/$f") - 1 ))" "$([ "$f" = dtks_62.03.txt ] && echo 1 || echo "$loads")"
done
