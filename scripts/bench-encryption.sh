#!/usr/bin/env bash
# What encryption at rest costs: the same synthetic job (default 262,000 households, about 1M DTKS persons, seed 1,
# as bench-run.sh) run once on a plain warehouse and once on an encrypted one (duckdb.encryption_key_env), each on a
# fresh warehouse; prints the wall and CPU time, the ratio and the peak RSS (GNU time) of both.
#   scripts/bench-encryption.sh [HOUSEHOLDS]
# These machines cannot download DuckDB's httpfs extension, whose OpenSSL crypto production uses, so the encrypted
# run allows DuckDB's unsafe mbedtls module. padan itself never does that: both runs go through
# id.padan.cli.EncryptionBench, a main class of the test sources (not in the jar) that sets force_mbedtls_unsafe for
# the encrypted job only and warns about it loudly. The figure is therefore mbedtls's cost, not OpenSSL's.
# Output: bench-out/encryption/ (data, job files, warehouses, run logs) and a summary.
set -euo pipefail
project="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
households="${1:-262000}"
out="$project/bench-out/encryption"
data="$out/data"

command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
mkdir -p "$out"
(cd "$project" && mvn -B -q -DskipTests test-compile \
  org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.outputFile="$out/dependencies.txt" -Dmdep.includeScope=test) >&2
classpath="$project/target/test-classes:$project/target/classes:$(cat "$out/dependencies.txt")"
java_opts=(-Xmx2g)
if java --enable-native-access=ALL-UNNAMED -version >/dev/null 2>&1; then java_opts+=(--enable-native-access=ALL-UNNAMED); fi

if [ ! -f "$data/.households-$households" ]; then
  rm -rf "$data"
  java "${java_opts[@]}" -cp "$classpath" id.padan.cli.Padan synth --households "$households" --seed 1 \
    --regency 62.03 --out "$data" >/dev/null
  touch "$data/.households-$households"
fi
sed -e 's/^name: bench-ingest/name: bench-plain/' -e 's#warehouse/bench.duckdb#warehouse/plain.duckdb#' \
  -e 's#^output: out#output: out-plain#' "$project/scripts/bench-job.yaml" > "$out/plain.yaml"
sed -e 's/^name: bench-ingest/name: bench-encrypted/' -e 's#warehouse/bench.duckdb#warehouse/encrypted.duckdb#' \
  -e 's#^output: out#output: out-encrypted#' \
  -e 's#temp_directory: warehouse/tmp}#temp_directory: warehouse/tmp, encryption_key_env: PADAN_BENCH_KEY}#' \
  "$project/scripts/bench-job.yaml" > "$out/encrypted.yaml"
grep -q encryption_key_env "$out/encrypted.yaml" || { echo "bench-job.yaml changed: no place for the key" >&2; exit 2; }
PADAN_BENCH_KEY="$(head -c 32 /dev/urandom | base64)"
export PADAN_BENCH_KEY

for kind in plain encrypted; do
  rm -rf "$out/warehouse/$kind.duckdb"* "$out/out-$kind"
  /usr/bin/time -f "%e %U %S %M" -o "$out/time-$kind.txt" \
    java "${java_opts[@]}" -cp "$classpath" id.padan.cli.EncryptionBench "$out/$kind.yaml" > "$out/run-$kind.log" 2>&1 \
    || { echo "the $kind run failed; see $out/run-$kind.log" >&2; tail -5 "$out/run-$kind.log" >&2; exit 1; }
  grep -m1 "UNSAFE CRYPTO" "$out/run-$kind.log" >&2 || true
done

read -r plain_wall plain_user plain_sys plain_rss < "$out/time-plain.txt"
read -r enc_wall enc_user enc_sys enc_rss < "$out/time-encrypted.txt"
persons=$(( $(wc -l < "$data/dtks_62.03.txt") - 1 ))
printf 'households %d (%d DTKS persons), whole job raw files to worklists, fresh warehouse each\n' "$households" "$persons"
printf '%-10s %8.1f s wall %8.1f s CPU %8d MB peak RSS %8d MB warehouse\n' \
  plain "$plain_wall" "$(echo "$plain_user + $plain_sys" | bc)" $((plain_rss / 1024)) \
  $(( $(stat -c %s "$out/warehouse/plain.duckdb") / 1048576 ))
printf '%-10s %8.1f s wall %8.1f s CPU %8d MB peak RSS %8d MB warehouse\n' \
  encrypted "$enc_wall" "$(echo "$enc_user + $enc_sys" | bc)" $((enc_rss / 1024)) \
  $(( $(stat -c %s "$out/warehouse/encrypted.duckdb") / 1048576 ))
printf 'ratio encrypted/plain: %.2f wall, %.2f CPU (DuckDB mbedtls module, not OpenSSL)\n' \
  "$(echo "$enc_wall / $plain_wall" | bc -l)" \
  "$(echo "($enc_user + $enc_sys) / ($plain_user + $plain_sys)" | bc -l)"
