#!/usr/bin/env bash
# Job benchmark: generates N cases (default 1 million and 10 million), runs the indicator job
# locally (in-process Spark, local[*]) from start to published run, and reports wall time and
# peak resident memory of each run. Scratch data goes to a temporary folder, removed afterwards.
#   bench/job-bench.sh [CASES ...]            e.g. bench/job-bench.sh 1000000 10000000
# Heap: EFFECTMETER_JAVA_OPTS (default -Xmx10g, so the whole process stays within 16 GiB).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install -y time" >&2; exit 1; }
sizes=("$@"); ((${#sizes[@]})) || sizes=(1000000 10000000)
scratch=$(mktemp -d -t effectmeter-bench.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
mvn -q -B -DskipTests package

printf '| cases | input size | wall time (start to published run) | peak RSS | indicator rows | signals | disclosure control (pattern + audit) | suppressed: primary / secondary (share of base) |\n|---|---|---|---|---|---|---|---|\n'
for n in "${sizes[@]}"; do
  jobs/generate.sh --cases "$n" --seed 7 --output "$scratch/in-$n" > /dev/null
  EFFECTMETER_JAVA_OPTS=${EFFECTMETER_JAVA_OPTS:--Xmx10g} /usr/bin/time -v \
    jobs/run-indicators.sh --input "$scratch/in-$n" --warehouse "$scratch/wh-$n" --as-of 2025-12-31 \
    > "$scratch/run-$n.log" 2>&1 || { tail -n 30 "$scratch/run-$n.log"; exit 1; }
  wall=$(grep 'Elapsed (wall clock)' "$scratch/run-$n.log" | awk '{print $NF}')
  rss=$(grep 'Maximum resident set size' "$scratch/run-$n.log" | awk '{printf "%.1f GiB", $NF/1048576}')
  rows=$(grep -E '^  indicators ' "$scratch/run-$n.log" | awk '{print $2}')
  signals=$(grep -E '^  signals ' "$scratch/run-$n.log" | awk '{print $2}')
  privacy=$(grep -oE 'pattern [0-9]+ ms, audit (with [0-9]+ earlier runs? )?[0-9]+ ms' "$scratch/run-$n.log" | awk '{printf "%.1f s + %.1f s", $2/1000, $(NF-1)/1000}')
  loss=$(grep -o '([0-9,]* for their own small base, [0-9,]* to protect them: [0-9.]*% of the base)' "$scratch/run-$n.log" \
    | sed -E 's/\(([0-9,]*) for their own small base, ([0-9,]*) to protect them: ([0-9.]*)% of the base\)/\1 \/ \2 (\3%)/')
  printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$n" "$(du -sh "$scratch/in-$n" | cut -f1)" "$wall" "$rss" "$rows" "$signals" "$privacy" "$loss"
  rm -rf "$scratch/in-$n" "$scratch/wh-$n"
done
