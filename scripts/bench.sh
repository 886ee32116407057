#!/usr/bin/env bash
# The benchmark suite: synthetic data at fixed sizes and seeds, one whole run (raw files to worklists) per size on a
# fresh warehouse under GNU time, and per size: wall time per step, total wall, peak RSS, warehouse size on disk,
# persons/s over the whole run and pairs/s of the link step.
#   scripts/bench.sh [--threads 1,2] [SIZE...]
# SIZE (default: 100k 1m 5m):
#   100k  1 regency (62.03),    26,200 households, seed 1: about 100k DTKS persons   (job in the `regency:` form)
#   1m    1 regency (62.03),   262,000 households, seed 1: about 1M DTKS persons
#   500k  5 regencies (62.01-62.05), 26,200 households each, seed 1: about 500k       (job in the `regencies:` form)
#   5m    5 regencies (62.01-62.05), 262,000 households each, seed 1: about 5M DTKS persons
# --threads 1,2  runs each several-regency size (5m when no size is given) once per value of partitions.threads and
#                prints the wall-time ratio of the first value against each other one.
# Data is generated once per size into bench-out/bench/data-SIZE/ and reused (a .done-* marker names what is in it);
# each run gets a fresh bench-out/bench/run-SIZE[-tN]/ (warehouse, outputs, run.log, time.txt).
# Output: a table on stdout, bench-out/bench/results.csv (one row per run; the rows of runs not redone stay),
# bench-out/bench/steps.csv (one row per run and step) and bench-out/bench/steps.svg (each run's step times as a bar
# split by step; drawn by awk, nothing to install).
# A run that fails is reported with status `failed` and the script exits 1 at the end; the other sizes still run.
# Environment: BENCH_MEMORY (DuckDB memory_limit of the single-regency sizes, default 2GB, as bench-run.sh),
# BENCH_MEMORY_MULTI (default 12GB), BENCH_DUCKDB_THREADS (default 2).
set -euo pipefail
project="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
padan="$project/scripts/padan"
bench="$project/bench-out/bench"
memory="${BENCH_MEMORY:-2GB}"
memory_multi="${BENCH_MEMORY_MULTI:-12GB}"
duckdb_threads="${BENCH_DUCKDB_THREADS:-2}"

threads_list=""
sizes=()
while [ $# -gt 0 ]; do
  case "$1" in
    --threads) threads_list="${2:?--threads needs a list such as 1,2}"; shift 2 ;;
    --threads=*) threads_list="${1#--threads=}"; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    100k|1m|500k|5m) sizes+=("$1"); shift ;;
    *) echo "bench.sh: unknown size or option '$1' (sizes: 100k 1m 500k 5m; option: --threads 1,2)" >&2; exit 2 ;;
  esac
done
if [ ${#sizes[@]} -eq 0 ]; then
  if [ -n "$threads_list" ]; then sizes=(5m); else sizes=(100k 1m 5m); fi
fi
command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
mkdir -p "$bench"
"$padan" --version >/dev/null   # build outside the timed runs

# size -> "households regency,regency,..."
spec() {
  case "$1" in
    100k) echo "26200 62.03" ;;
    1m)   echo "262000 62.03" ;;
    500k) echo "26200 62.01,62.02,62.03,62.04,62.05" ;;
    5m)   echo "262000 62.01,62.02,62.03,62.04,62.05" ;;
  esac
}

# Synthesizes a size once; the marker names households and regencies, so a changed definition regenerates.
generate() {
  local size="$1" households="$2" codes="$3" data="$bench/data-$1"
  local marker="$data/.done-$households-${codes//,/_}"
  if [ ! -f "$marker" ]; then
    rm -rf "$data"
    echo "== $size: synthesizing $households households x regencies $codes (seed 1)"
    /usr/bin/time -f "synth $size: %e s wall, %M KB peak RSS" "$padan" synth --households "$households" --seed 1 \
      --regency "$codes" --out "$data" >/dev/null
    touch "$marker"
  fi
}

# Writes the job of a run; paths are relative to bench-out/bench/, where the job file lives.
job_file() {
  local size="$1" codes="$2" threads="$3" run="$4" job="$bench/$4.yaml"
  if [[ "$codes" == *,* ]]; then
    # the job synth wrote for the set, moved under bench-out/bench/ and pointed at this run's warehouse
    sed -E -e "s#^name: .*#name: bench-$run#" \
      -e "s#^partitions: .*#partitions: {threads: $threads}#" \
      -e "s#^warehouse: .*#warehouse: $run/warehouse/bench.duckdb#" \
      -e "s#^output: .*#output: $run/out#" \
      -e "s#^duckdb: .*#duckdb: {memory_limit: $memory_multi, temp_directory: $run/warehouse/tmp, threads: $duckdb_threads}#" \
      -e "s#path: #path: data-$size/#" -e "1s/^# Written by padan synth:/# scripts\/bench.sh, from the job padan synth wrote for/" \
      "$bench/data-$size/job.yaml" > "$job"
  else
    local d="data-$size"
    cat > "$job" <<YAML
# scripts/bench.sh: size $size, one regency
name: bench-$run
regency: "$codes"
warehouse: $run/warehouse/bench.duckdb
output: $run/out
duckdb: {memory_limit: $memory, temp_directory: $run/warehouse/tmp, threads: $duckdb_threads}
sources:
  - {id: dtks, kind: dtks, path: $d/dtks_$codes.txt}
  - {id: pkh-t1, kind: recipients, program: PKH, period: 2026-T1, path: $d/pkh_2026_t1.csv}
  - {id: pkh-t2, kind: recipients, program: PKH, period: 2026-T2, path: $d/pkh_2026_t2.csv}
  - {id: kip-t1, kind: recipients, program: KIP, period: 2026-T1, path: $d/kip_2026_t1.csv}
  - {id: kip-t2, kind: recipients, program: KIP, period: 2026-T2, path: $d/kip_2026_t2.csv}
  - {id: pengaduan, kind: complaints, path: $d/pengaduan_puskesos.csv}
  - {id: kematian, kind: deaths, path: $d/kematian_dukcapil.csv}
  - {id: pns, kind: civil_servants, path: $d/pns.csv}
  - {id: penduduk, kind: population, path: $d/penduduk_desa.csv}
periods:
  2026-T1: {reference_date: 2026-03-31}
  2026-T2: {reference_date: 2026-09-30, previous: 2026-T1}
YAML
  fi
  echo "$job"
}

# Spring Batch prints "Step: [link] executed in 1m2s345ms": each step's name and milliseconds.
step_times() {
  sed -nE 's/.*Step: \[([^]]+)\] executed in ([0-9hms]+).*/\1 \2/p' "$1" | awk '{
    t = $2; ms = 0
    # awk regexes match leftmost-longest, so "5ms" is one token, not "5m" and "s"
    while (match(t, /^[0-9]+(ms|h|m|s)/)) {
      tok = substr(t, 1, RLENGTH); t = substr(t, RLENGTH + 1)
      if (tok ~ /ms$/) ms += tok + 0; else if (tok ~ /h$/) ms += tok * 3600000
      else if (tok ~ /m$/) ms += tok * 60000; else ms += tok * 1000
    }
    printf "%s %.3f\n", $1, ms / 1000 }'
}

results="$bench/results.csv"
steps_csv="$bench/steps.csv"
# this invocation's rows; merged at the end with the rows of runs it did not redo, so that `bench.sh 5m` after
# `bench.sh 100k 1m` keeps the figures of both
new_results="$bench/.results.new"
new_steps="$bench/.steps.new"
: > "$new_results"
: > "$new_steps"
failed=0

run_size() {
  local size="$1" threads="$2" households codes
  read -r households codes <<< "$(spec "$size")"
  generate "$size" "$households" "$codes"
  local run="run-$size"
  [ -n "$threads_list" ] && [[ "$codes" == *,* ]] && run="run-$size-t$threads"
  local job; job="$(job_file "$size" "$codes" "$threads" "$run")"
  local dir="$bench/$run"
  rm -rf "$dir"
  mkdir -p "$dir"
  echo "== $size${threads:+ (partitions.threads $threads)}: padan run $(basename "$job")"
  local status=ok
  /usr/bin/time -f "%e %U %S %M" -o "$dir/time.txt" "$padan" run "$job" --verbose > "$dir/run.log" 2>&1 || status=failed
  if [ "$status" = failed ]; then
    failed=1
    echo "   the run failed; last lines of $dir/run.log:"
    tail -5 "$dir/run.log" | sed 's/^/   | /'
  fi
  local wall user sys rss
  read -r wall user sys rss < <(tail -1 "$dir/time.txt" | grep -E '^[0-9.]+ [0-9.]+ [0-9.]+ [0-9]+$' || echo "0 0 0 0")
  local persons=0 code
  for code in ${codes//,/ }; do
    local f="$bench/data-$size/dtks_$code.txt"
    [[ "$codes" == *,* ]] && f="$bench/data-$size/$code/dtks_$code.txt"
    persons=$(( persons + $(wc -l < "$f") - 1 ))
  done
  local warehouse_kb=0
  [ -d "$dir/warehouse" ] && warehouse_kb=$(du -sk "$dir/warehouse" | cut -f1)
  step_times "$dir/run.log" > "$dir/steps.txt"
  awk -v run="${run#run-}" '{ print run "," $1 "," $2 }' "$dir/steps.txt" >> "$new_steps"
  local link_s pairs
  link_s=$(awk '$1 == "link" { s += $2 } END { printf "%.3f", s }' "$dir/steps.txt")
  pairs=$(sed -nE 's/.*(link|dedupe): blocking rule .* added ([0-9]+) pairs.*/\2/p' "$dir/run.log" | awk '{ s += $1 } END { print s + 0 }')
  local steps; steps=$(awk '{ printf "%s%s=%s", (NR > 1 ? ";" : ""), $1, $2 }' "$dir/steps.txt")
  awk -v run="${run#run-}" -v size="$size" -v codes="${codes//,/ }" -v hh="$households" -v persons="$persons" -v threads="${threads:-}" \
      -v status="$status" -v wall="$wall" -v user="$user" -v sys="$sys" -v rss="$rss" -v wkb="$warehouse_kb" \
      -v link="$link_s" -v pairs="$pairs" -v steps="$steps" 'BEGIN {
    printf "%s,%s,%s,%s,%d,%s,%s,%.2f,%.2f,%.0f,%.0f,%.0f,%.2f,%d,%.0f,%s\n", run, size, codes, hh, persons, threads, status,
      wall, user + sys, rss / 1024, wkb / 1024, (status == "ok" && wall > 0 ? persons / wall : 0), link, pairs,
      (link > 0 ? pairs / link : 0), steps }' >> "$new_results"
}

for size in "${sizes[@]}"; do
  read -r _ codes <<< "$(spec "$size")"
  if [ -n "$threads_list" ] && [[ "$codes" == *,* ]]; then
    for t in ${threads_list//,/ }; do run_size "$size" "$t"; done
  elif [[ "$codes" == *,* ]]; then
    run_size "$size" 2
  else
    run_size "$size" ""
  fi
done

merge() { # merge FILE NEW HEADER: rows of NEW, after the rows of FILE whose run (column 1) NEW does not have
  { echo "$3"
    [ -f "$1" ] && awk -F, 'NR == FNR { redo[$1] = 1; next } FNR > 1 && !($1 in redo)' "$2" "$1"
    cat "$2"; } > "$1.tmp"
  mv "$1.tmp" "$1"
  rm -f "$2"
}
merge "$results" "$new_results" "run,size,regencies,households_per_regency,persons,partition_threads,status,total_wall_s,cpu_s,peak_rss_mb,warehouse_mb,persons_per_s,link_s,link_pairs,link_pairs_per_s,steps"
merge "$steps_csv" "$new_steps" "run,step,wall_s"

echo
column -s, -t < <(cut -d, -f1,5,7,8,10,11,12,13,14,15 "$results")
echo
awk -F, 'NR > 1 { n = split($16, s, ";"); line = ""; for (i = 1; i <= n; i++) { split(s[i], kv, "="); line = line sprintf(" %s %.1fs", kv[1], kv[2]) }
  printf "%-8s%s\n", $1, line }' "$results"

if [ -n "$threads_list" ]; then
  # wall time of the first thread count against each other, per several-regency size
  awk -F, 'NR > 1 && $1 ~ /-t[0-9]+$/ && $7 == "ok" { s = $2; wall[s, $6] = $8; if (!(s in first)) { first[s] = $6; order[++n] = s } ts[s] = ts[s] " " $6 }
    END { for (i = 1; i <= n; i++) { s = order[i]; k = split(ts[s], t, " ")
      for (j = 2; j <= k; j++) printf "%s: partitions.threads %s -> %s: wall %.1f s -> %.1f s, speed-up %.2fx\n", s, first[s], t[j], wall[s, first[s]], wall[s, t[j]], wall[s, first[s]] / wall[s, t[j]] } }' "$results"
fi

# the chart: one bar per run, its length the run's total wall time on a log scale (sizes differ 50x), split into
# its steps in proportion, with the seconds written beside it
awk -F, '
  NR > 1 { run = $1; if (!(run in total)) { order[++n] = run } total[run] += $3; step[run, ++k[run]] = $2; secs[run, k[run]] = $3
           if (!($2 in color)) { color[$2] = ++colors; names[colors] = $2 } }
  END {
    palette = "#4e79a7 #f28e2b #e15759 #76b7b2 #59a14f #edc948 #b07aa1 #ff9da7 #9c755f #bab0ac"; split(palette, pal, " ")
    w = 900; left = 110; right = 150; barh = 26; gap = 14; top = 40
    h = top + n * (barh + gap) + 40 + 20 * int((colors + 3) / 4)
    max = 0; for (r in total) if (total[r] > max) max = total[r]
    lmax = log(max + 1) / log(10)
    printf "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">\n", w, h
    printf "<text x=\"%d\" y=\"20\" font-size=\"14\">padan: wall time of the steps per run (bar length on a log scale), split by step</text>\n", left
    for (i = 1; i <= n; i++) {
      r = order[i]; y = top + (i - 1) * (barh + gap)
      len = (w - left - right) * (log(total[r] + 1) / log(10)) / (lmax > 0 ? lmax : 1)
      printf "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>\n", left - 8, y + barh * 0.68, r
      x = left
      for (j = 1; j <= k[r]; j++) {
        sw = (total[r] > 0 ? len * secs[r, j] / total[r] : 0)
        printf "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s %s: %.1f s</title></rect>\n", x, y, sw, barh, pal[(color[step[r, j]] - 1) % 10 + 1], r, step[r, j], secs[r, j]
        if (sw > 38) printf "<text x=\"%.1f\" y=\"%d\" fill=\"white\" font-size=\"10\">%.0fs</text>\n", x + 3, y + barh * 0.68, secs[r, j]
        x += sw
      }
      printf "<text x=\"%.1f\" y=\"%d\">%.1f s in steps</text>\n", x + 6, y + barh * 0.68, total[r]
    }
    ly = top + n * (barh + gap) + 10
    for (c = 1; c <= colors; c++) {
      lx = left + ((c - 1) % 4) * 170; yy = ly + 20 * int((c - 1) / 4)
      printf "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/><text x=\"%d\" y=\"%d\">%s</text>\n", lx, yy, pal[(c - 1) % 10 + 1], lx + 18, yy + 10, names[c]
    }
    print "</svg>"
  }' "$steps_csv" > "$bench/steps.svg"
echo
echo "results: $results, $steps_csv, $bench/steps.svg"
exit "$failed"
