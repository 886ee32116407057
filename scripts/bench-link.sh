#!/usr/bin/env bash
# Benchmark of the link stage and of the engine on FEBRL.
#   scripts/bench-link.sh [HOUSEHOLDS]      (default 262000 households, about 1M DTKS persons)
# 1. FEBRL 4 (5,000 x 5,000 linking) and FEBRL 3 (5,000 records deduplicated): wall time, precision, recall, F1,
#    blocking recall, via padan link and padan evaluate.
# 2. A synthetic regency of about 1M DTKS persons (seed 1) whose recipient lists are loaded twice (a byte-different
#    copy of each, so about 500k non-registry rows), run once on a fresh warehouse: wall time of the link step,
#    pairs compared per second, peak RSS of the whole run (GNU time), and precision/recall against the truth.
# Output: bench-out/link/ and one line per figure.
set -euo pipefail
project="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
households="${1:-262000}"
out="$project/bench-out/link"
data="$out/data"
padan="$project/scripts/padan"

command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
mkdir -p "$out"
"$padan" --version >/dev/null   # build outside the timed runs

echo "== FEBRL"
for config in febrl4-link febrl3-dedupe; do
  /usr/bin/time -f "$config: %e s wall, %M KB peak RSS" -o "$out/$config.time" \
    "$padan" link --config "$project/jobs/$config.yaml" > "$out/$config.log" 2>&1
  cat "$out/$config.time"
  grep -E "^compared" "$out/$config.log"
  "$padan" evaluate --config "$project/jobs/$config.yaml" | grep -vE "^precision-recall"
done

echo "== synthetic regency, $households households"
if [ ! -f "$data/.households-$households" ]; then
  rm -rf "$data"
  /usr/bin/time -f "synth: %e s wall, %M KB peak RSS" "$padan" synth --households "$households" --seed 1 --regency 62.03 --out "$data"
  touch "$data/.households-$households"
fi
for list in pkh_2026_t1 pkh_2026_t2 kip_2026_t1 kip_2026_t2; do
  # a lower-case header (headers match without regard to case) changes the checksum, so the same rows load again
  LC_ALL=C sed '1 s/[A-Z]/\L&/g' "$data/$list.csv" > "$data/copy_$list.csv"
done

cat > "$out/bench-link.yaml" <<YAML
name: bench-link
regency: "62.03"
warehouse: warehouse/bench.duckdb
output: out
duckdb: {memory_limit: 2GB, temp_directory: warehouse/tmp}
sources:
  - {id: dtks, kind: dtks, path: data/dtks_62.03.txt}
  - {id: pkh-t1, kind: recipients, program: PKH, period: 2026-T1, path: data/pkh_2026_t1.csv}
  - {id: pkh-t2, kind: recipients, program: PKH, period: 2026-T2, path: data/pkh_2026_t2.csv}
  - {id: kip-t1, kind: recipients, program: KIP, period: 2026-T1, path: data/kip_2026_t1.csv}
  - {id: kip-t2, kind: recipients, program: KIP, period: 2026-T2, path: data/kip_2026_t2.csv}
  - {id: copy-pkh-t1, kind: recipients, program: PKH, period: 2026-T1, path: data/copy_pkh_2026_t1.csv}
  - {id: copy-pkh-t2, kind: recipients, program: PKH, period: 2026-T2, path: data/copy_pkh_2026_t2.csv}
  - {id: copy-kip-t1, kind: recipients, program: KIP, period: 2026-T1, path: data/copy_kip_2026_t1.csv}
  - {id: copy-kip-t2, kind: recipients, program: KIP, period: 2026-T2, path: data/copy_kip_2026_t2.csv}
  - {id: pengaduan, kind: complaints, path: data/pengaduan_puskesos.csv}
  - {id: kematian, kind: deaths, path: data/kematian_dukcapil.csv}
  - {id: pns, kind: civil_servants, path: data/pns.csv}
periods:
  2026-T1: {reference_date: 2026-03-31}
  2026-T2: {reference_date: 2026-09-30, previous: 2026-T1}
YAML
rm -rf "$out/warehouse" "$out/out"
/usr/bin/time -f "run: %e s wall, %U s user + %S s system CPU, %M KB peak RSS" -o "$out/time.txt" \
  "$padan" run "$out/bench-link.yaml" --verbose > "$out/run.log" 2>&1 || { tail -20 "$out/run.log"; exit 1; }
grep -E "Step: \[" "$out/run.log" || true
cat "$out/time.txt"
link_ms=$(grep -E "Step: \[link\] executed in" "$out/run.log" | sed -E 's/.*executed in //' \
  | awk '{ s = 0; if (match($0, /[0-9]+m[0-9]/)) { split($0, a, "m"); s += a[1] * 60000; $0 = substr($0, index($0, "m") + 1) }
           if (match($0, /[0-9]+s/)) { s += substr($0, RSTART, RLENGTH - 1) * 1000; $0 = substr($0, RSTART + RLENGTH) }
           if (match($0, /[0-9]+ms/)) { s += substr($0, RSTART, RLENGTH - 2) }
           print s }')
pairs=$(grep -E "(link|dedupe): blocking rule .* added [0-9]+ pairs" "$out/run.log" | sed -E 's/.* added ([0-9]+) pairs/\1/' \
  | awk '{ s += $1 } END { print s }')
persons=$(awk 'NR > 1' "$data/dtks_62.03.txt" | wc -l)
others=$(grep -E "^  [a-z_]+\.csv +match" "$out/run.log" | awk '{ gsub(",", "", $3); gsub(",", "", $5); gsub(",", "", $7); s += $3 + $5 + $7 } END { print s }')
echo "DTKS persons: $persons; non-registry rows linked: $others"
grep -E "(link|dedupe): blocking rule" "$out/run.log" | sed -E 's/^[0-9:]+ /  /'
awk -v ms="$link_ms" -v pairs="$pairs" 'BEGIN { printf "link step: %.1f s wall; %d pairs compared (linking + within-list); %.0f pairs/s\n", ms / 1000, pairs, pairs / (ms / 1000) }'
"$padan" evaluate --job "$out/bench-link.yaml" --truth "$data/truth/links.csv" | grep -vE "^precision-recall"
