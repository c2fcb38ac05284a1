#!/usr/bin/env bash
# Issue 10's comparison: the indicator job against an independent DuckDB implementation of the
# same catalogue (bench/duckdb/catalogue.sql), back to back on the same generated input.
#   bench/compare-duckdb.sh [CASES ...]          default: 1000000 10000000
# For each size: generate once (jobs/generate.sh --seed $SEED --defects false: clean rows, as the
# reference reads them without validation), run the job from JVM start to published run, then
# DuckDB from process start to its Parquet file, each under GNU time (wall time, peak RSS); then
# cross-check the job's `ok` rows against DuckDB's values (bench/crosscheck.py).
# Prints the markdown table with the machine, the load average and the command, and where the
# job's time went step by step (bench/steps.py); keeps both with the logs in
# target/bench/compare-<UTC time>/ and writes them into BENCHMARKS.md between its two marker lines
# (bench/update_benchmarks.py; WRITE_BENCHMARKS=false leaves BENCHMARKS.md alone).
# Environment: EFFECTMETER_JAVA_OPTS (default -Xmx10g, as bench/job-bench.sh), SEED (default 7),
# DUCKDB_THREADS (default: all cores), DUCKDB_MEMORY_LIMIT (default 8GB, spilling to the scratch
# folder beyond it), CROSSCHECK (default true), SCRATCH (default a temporary folder, removed).
# The only download is the first `pip install -r bench/requirements.txt` into target/bench-venv.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install -y time" >&2; exit 1; }
sizes=("$@"); ((${#sizes[@]})) || sizes=(1000000 10000000)
seed=${SEED:-7}
java_opts=${EFFECTMETER_JAVA_OPTS:--Xmx10g}
memory_limit=${DUCKDB_MEMORY_LIMIT:-8GB}
crosscheck=${CROSSCHECK:-true}
if [[ -n "${SCRATCH:-}" ]]; then scratch=$SCRATCH; mkdir -p "$scratch"
else scratch=$(mktemp -d -t effectmeter-compare.XXXXXX); trap 'rm -rf "$scratch"' EXIT; fi
out="target/bench/compare-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"

venv=target/bench-venv
if [[ ! -x "$venv/bin/python" ]] || ! "$venv/bin/python" -c 'import duckdb' 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q -r bench/requirements.txt
fi
py="$venv/bin/python"
[[ -f target/effectmeter-job.jar && -f target/classpath.txt ]] || mvn -q -B -DskipTests -Dnotebooks.skip package

seconds() { # GNU time's h:mm:ss or m:ss.ss -> seconds
  awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }' <<<"$1"
}
wall_of() { grep 'Elapsed (wall clock)' "$1" | awk '{print $NF}'; }
rss_of() { grep 'Maximum resident set size' "$1" | awk '{printf "%.1f GiB", $NF / 1048576}'; }
load() { cut -d' ' -f1-3 /proc/loadavg | sed 's/ / \/ /g'; }
thousands() { sed -E ':a;s/^([0-9]+)([0-9]{3})/\1,\2/;ta' <<<"$1"; }
fmt() { awk '{ s = $1; if (s >= 60) printf "%d min %04.1f s", s / 60, s - 60 * int(s / 60); else printf "%.1f s", s }' <<<"$1"; }

{
  echo "Command: \`bench/compare-duckdb.sh ${sizes[*]}\` (seed $seed, job \`$java_opts\`, DuckDB memory_limit $memory_limit, threads ${DUCKDB_THREADS:-all})"
  echo
  echo "Machine: \`nproc\` $(nproc); $(free -g | awk '/^Mem:/ {print $2}') GiB RAM ($(free -g | awk '/^Mem:/ {print $7}') GiB available at start);" \
       "CPU $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//');" \
       "$(java -version 2>&1 | head -1); DuckDB $("$py" -c 'import duckdb; print(duckdb.__version__)');" \
       "started $(date -u '+%Y-%m-%d %H:%M UTC'), load average (1/5/15 min) $(load)"
  echo
  echo "| cases | job (start to published run) | DuckDB | ratio | job peak RSS | DuckDB peak RSS | load avg before job / before DuckDB | cross-check (ok rows) |"
  echo "|---|---|---|---|---|---|---|---|"
} | tee "$out/table.md"

for n in "${sizes[@]}"; do
  in="$scratch/in-$n"; wh="$scratch/wh-$n"; ref="$scratch/ref-$n.parquet"
  rm -rf "$in" "$wh" "$ref"
  jobs/generate.sh --cases "$n" --seed "$seed" --output "$in" --defects false > "$out/generate-$n.log" 2>&1 \
    || { tail -n 20 "$out/generate-$n.log" >&2; exit 1; }

  load_job=$(cut -d' ' -f1 /proc/loadavg)
  EFFECTMETER_JAVA_OPTS=$java_opts /usr/bin/time -v \
    jobs/run-indicators.sh --input "$in" --warehouse "$wh" --as-of 2025-12-31 \
    > "$out/job-$n.log" 2>&1 || { tail -n 30 "$out/job-$n.log" >&2; exit 1; }

  load_duck=$(cut -d' ' -f1 /proc/loadavg)
  duck_args=(--input "$in" --as-of 2025-12-31 --output "$ref" --memory-limit "$memory_limit" --temp-dir "$scratch/duckdb-tmp")
  [[ -n "${DUCKDB_THREADS:-}" ]] && duck_args+=(--threads "$DUCKDB_THREADS")
  /usr/bin/time -v "$py" bench/duckdb_reference.py "${duck_args[@]}" > "$out/duckdb-$n.log" 2>&1 \
    || { tail -n 30 "$out/duckdb-$n.log" >&2; exit 1; }

  job_s=$(seconds "$(wall_of "$out/job-$n.log")"); duck_s=$(seconds "$(wall_of "$out/duckdb-$n.log")")
  ratio=$(awk -v a="$job_s" -v b="$duck_s" 'BEGIN { printf "%.1f×", a / b }')
  check="not run"
  if [[ "$crosscheck" == true ]]; then
    if "$py" bench/crosscheck.py --warehouse "$wh" --reference "$ref" > "$out/crosscheck-$n.log" 2>&1; then
      check="agree: $(thousands "$(grep -o '^AGREE: [0-9]* ok rows' "$out/crosscheck-$n.log" | awk '{print $2}')")"
    else
      check="**disagree** (see crosscheck-$n.log)"
    fi
  fi
  printf '| %s | %s | %s | %s | %s | %s | %s / %s | %s |\n' "$(thousands "$n")" "$(fmt "$job_s")" "$(fmt "$duck_s")" \
    "$ratio" "$(rss_of "$out/job-$n.log")" "$(rss_of "$out/duckdb-$n.log")" "$load_job" "$load_duck" "$check" | tee -a "$out/table.md"
  rm -rf "$in" "$wh" "$ref" "$scratch/duckdb-tmp"
done
echo
echo "Load average at the end: $(load). Logs and this table: $out/" | tee -a "$out/table.md"
steps=()
for n in "${sizes[@]}"; do steps+=("$(thousands "$n") cases=$out/job-$n.log"); done
{
  echo "Where the job's time went (its progress log, \`bench/steps.py\`):"
  echo
  "$py" bench/steps.py "${steps[@]}"
} > "$out/steps.md"
cat "$out/steps.md"
if [[ "${WRITE_BENCHMARKS:-true}" == true ]]; then
  "$py" bench/update_benchmarks.py BENCHMARKS.md "$out/table.md" "$out/steps.md"
  echo "Written into BENCHMARKS.md (WRITE_BENCHMARKS=false to leave it alone)."
fi
