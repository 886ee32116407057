#!/usr/bin/env bash
# A week of nightly runs of one job that reads an inbox, on the committed sample data:
#   night 1  the DTKS export, the 2026-T1 lists and the reference lists arrive
#   night 2  nothing arrives: the run must do nothing
#   night 3  the 2026-T2 KIP list and the complaints arrive, the 2026-T2 PKH list is still being copied, and a
#            corrupt file arrives
#   night 4  the PKH list is complete (.done marker); the run is killed with SIGKILL in each step in turn and
#            restarted until it completes
#   nights 5-7 nothing new
# Then it checks that the cases equal those of one clean run of a job naming the same files, that no file was
# loaded twice, and prints what 'padan status' tells.
#   scripts/simulate-week.sh            (work folder: bench-out/week/)
set -euo pipefail
project="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
padan="$project/scripts/padan"
week="$project/bench-out/week"
rm -rf "$week"
mkdir -p "$week/inbox" "$week/jobs" "$week/data"
cp "$project"/sample-data/*.csv "$project"/sample-data/*.txt "$week/data/"
"$padan" --version >/dev/null

cat > "$week/jobs/week.yaml" <<'YAML'
name: week
regency: "62.03"
root: ..
warehouse: ../work/week.duckdb
output: ../out/week
inbox:
  folder: ../inbox
  settle_seconds: 300
  files:
    - {kind: dtks, pattern: "dtks_62.03*.txt"}
    - {kind: recipients, program: PKH, pattern: "pkh_{year}_t{tahap}.csv"}
    - {kind: recipients, program: KIP, pattern: "kip_{year}_t{tahap}.csv"}
    - {kind: complaints, pattern: "pengaduan_*.csv"}
    - {kind: deaths, pattern: "kematian_*.csv"}
    - {kind: civil_servants, pattern: "pns*.csv"}
    - {kind: population, pattern: "penduduk_*.csv"}
periods:
  2026-T1: {reference_date: 2026-03-31}
  2026-T2: {reference_date: 2026-09-30, previous: 2026-T1}
programs:
  PKH: {decile_limit: 4, monthly_aid: 250000}
  KIP: {decile_limit: 4, min_age: 6, max_age: 21, final_class: 12, monthly_aid: 75000}
YAML
sed -e 's/^name: sample-kapuas/name: clean/' -e 's#\.\./sample-data/#../data/#' -e 's#\.\./work/sample-kapuas#../work/clean#' \
    -e 's#\.\./out/sample-kapuas#../out/clean#' -e 's#^root: \.\.#root: ..#' -e 's#temp_directory: \.\./work/tmp#temp_directory: ../work/tmp#' \
    "$project/jobs/sample-kapuas.yaml" > "$week/jobs/clean.yaml"

arrive() {  # arrive FILE [fresh]: copy a file into the inbox, settled unless "fresh"
  cp "$week/data/$1" "$week/inbox/$1"
  [ "${2:-}" = fresh ] || touch -d '1 hour ago' "$week/inbox/$1"
}
night() {
  echo "== night $1: $2"
  "$padan" run "$week/jobs/week.yaml" | sed 's/^/   /'
}

arrive dtks_62.03.txt; arrive pkh_2026_t1.csv; arrive kip_2026_t1.csv
arrive kematian_dukcapil.csv; arrive pns.csv; arrive penduduk_desa.csv
night 1 "the DTKS export, the 2026-T1 lists and the reference lists"
night 2 "nothing new"
arrive kip_2026_t2.csv; arrive pengaduan_puskesos.csv; arrive pkh_2026_t2.csv fresh
printf 'PK\003\004 not a csv\000\001' > "$week/inbox/pengaduan_rusak.csv"; touch -d '1 hour ago' "$week/inbox/pengaduan_rusak.csv"
night 3 "the T2 KIP list and complaints; the PKH list still copying; a corrupt file"

echo "== night 4: the PKH list is complete; the run is killed in each step in turn"
touch "$week/inbox/pkh_2026_t2.csv.done"
for step in ingest standardize link flag cases worklists; do
  log="$week/night4-$step.log"
  "$padan" run "$week/jobs/week.yaml" --verbose > "$log" 2>&1 &
  pid=$!
  until grep -q "Executing step: \[$step\]" "$log" 2>/dev/null || ! kill -0 $pid 2>/dev/null; do sleep 0.05; done
  sleep 0.2
  java_pid=$(pgrep -f "padan.jar run $week/jobs/week.yaml" | head -1 || true)
  if [ -n "$java_pid" ]; then kill -9 "$java_pid"; fi
  wait $pid 2>/dev/null || true
  echo "   killed in step $step: $(grep -E 'restarting|starting' "$log" | head -1)"
done
"$padan" run "$week/jobs/week.yaml" | sed 's/^/   /'
for n in 5 6 7; do night $n "nothing new"; done

echo "== one clean run of a job naming the same files"
"$padan" run "$week/jobs/clean.yaml" > "$week/clean.log"
tail -1 "$week/clean.log"

echo "== checks"
last=$(ls -d "$week"/out/week/run-* | sort | tail -1)
key() { python3 -c '
import csv, sys
for r in csv.DictReader(open(sys.argv[1], encoding="utf-8")):
    print("|".join([r["case_id"], r["flag"], r["source_file"], r["source_row"], r["priority"], r["reason"]]))
' "$1" | sort; }
if diff <(key "$last/cases.csv") <(key "$week/out/clean/run-0001/cases.csv") > "$week/cases.diff"; then
  echo "   cases of the last night ($(basename "$last")) equal those of one clean run: $(( $(wc -l < "$last/cases.csv") - 1 )) cases"
else
  echo "   CASES DIFFER from one clean run: see $week/cases.diff"; exit 1
fi
[ -f "$week/inbox/failed/pengaduan_rusak.csv.reason.txt" ] && echo "   the corrupt file is in failed/: $(head -1 "$week/inbox/failed/pengaduan_rusak.csv.reason.txt")"
left=$(find "$week/inbox" -maxdepth 1 -type f | wc -l)
echo "   files left in the inbox: $left; archived: $(find "$week/inbox/archive" -type f ! -name '*.done' | wc -l)"
cat > "$week/Twice.java" <<'JAVA'
import java.sql.*;
public class Twice {
    public static void main(String[] a) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + a[0]);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*), count(DISTINCT sha256),"
                     + " (SELECT count(*) FROM person_std) = (SELECT sum(rows_loaded) FROM imports"
                     + "   WHERE kind <> 'population' AND superseded_in_run IS NULL) FROM imports")) {
            rs.next();
            System.out.println("   imports: " + rs.getLong(1) + " loads of " + rs.getLong(2) + " distinct contents;"
                    + " person rows = rows loaded: " + rs.getBoolean(3));
            if (rs.getLong(1) != rs.getLong(2) || !rs.getBoolean(3)) {
                System.exit(1);
            }
        }
    }
}
JAVA
java -cp "$project/target/padan.jar" "$week/Twice.java" "$week/work/week.duckdb" || { echo "   A FILE WAS LOADED TWICE"; exit 1; }
echo "== padan status"
"$padan" status "$week/jobs/week.yaml" --runs 20 | sed 's/^/   /' || true
