#!/usr/bin/env bash
# API benchmark: start-up time, resident memory, and wrk throughput/latency of a dashboard query and
# a scorecard next to the trivial /health route, all on 127.0.0.1 in one run.
#
#   bench/api-bench.sh [--warehouse DIR] [--cases 1000000] [--seed 1]
#                      [--threads 2] [--connections 50] [--duration 20s] [--warmup 10s]
#                      [--max-load 1.5] [--load-wait 600] [--results FILE]
#
# Without --warehouse a warehouse is built in a temp folder from
# `jobs/generate.sh --cases N --seed S` and `jobs/run-indicators.sh --as-of 2025-12-31`, and deleted
# at the end. Before the server starts the script waits (checking every 20 s, up to --load-wait
# seconds) for the 1-minute load average to fall below --max-load, and records the load it got.
# The server runs with jobs/serve.sh's JVM options (EFFECTMETER_API_JAVA_OPTS, default -Xmx1g).
# Results (markdown) go to stdout and to --results (default target/bench/api-<UTC time>.md).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
warehouse=""
cases=1000000
seed=1
threads=2
connections=50
duration=20s
warmup=10s
max_load=1.5
load_wait=600
results=""
while (($#)); do
  case "$1" in
    --warehouse) warehouse="$(cd "${2:?}" && pwd)"; shift 2 ;;
    --cases) cases="${2:?}"; shift 2 ;;
    --seed) seed="${2:?}"; shift 2 ;;
    --threads) threads="${2:?}"; shift 2 ;;
    --connections) connections="${2:?}"; shift 2 ;;
    --duration) duration="${2:?}"; shift 2 ;;
    --warmup) warmup="${2:?}"; shift 2 ;;
    --max-load) max_load="${2:?}"; shift 2 ;;
    --load-wait) load_wait="${2:?}"; shift 2 ;;
    --results) results="${2:?}"; shift 2 ;;
    -h | --help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "Unknown argument: $1" >&2; exit 2 ;;
  esac
done
[[ -n "$results" ]] || results="$root/target/bench/api-$(date -u +%Y%m%dT%H%M%SZ).md"
mkdir -p "$(dirname "$results")"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get update && apt-get install -y wrk" >&2; exit 1; }
command -v curl >/dev/null || { echo "curl is missing" >&2; exit 1; }

log() { echo "[api-bench $(date +%H:%M:%S)] $*" >&2; }
load1() { cut -d' ' -f1 /proc/loadavg; }

work="$(mktemp -d /tmp/effectmeter-api-bench.XXXXXX)"
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [[ ! -f "$root/target/effectmeter-api.jar" ]]; then
  log "building the jars"
  (cd "$root" && mvn -B -q -DskipTests package) >&2
fi

if [[ -z "$warehouse" ]]; then
  log "generating $cases cases (seed $seed) and publishing a warehouse in $work"
  "$root/jobs/generate.sh" --cases "$cases" --seed "$seed" --output "$work/input" >&2
  "$root/jobs/run-indicators.sh" --input "$work/input" --warehouse "$work/warehouse" \
    --as-of 2025-12-31 >&2
  rm -rf "$work/input"
  warehouse="$work/warehouse"
fi
run_id="$(tr -d '[:space:]' <"$warehouse/CURRENT")"
indicators_size="$(du -sh "$warehouse/runs/$run_id/indicators" | cut -f1)"

# A free loopback port: ask the kernel for one.
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null ||
  shuf -i 20000-60000 -n 1)"
base="http://127.0.0.1:$port"

waited=0
while awk -v l="$(load1)" -v m="$max_load" 'BEGIN{exit !(l>=m)}' && ((waited < load_wait)); do
  log "load average $(load1) >= $max_load; waiting 20 s ($waited/$load_wait s)"
  sleep 20
  waited=$((waited + 20))
done
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"

# Start-up: process start until /ready answers 200 (run loaded, server listening).
log "starting the API on $base (warehouse $warehouse, run $run_id)"
start_ns="$(date +%s%N)"
"$root/jobs/serve.sh" --warehouse "$warehouse" --port "$port" >"$work/server.log" 2>&1 &
server_pid=$! # serve.sh execs java, so this is the JVM's pid
ready=""
for _ in $(seq 1 1200); do
  if [[ "$(curl -s -o /dev/null -w '%{http_code}' "$base/ready" || true)" == 200 ]]; then
    ready=1
    break
  fi
  kill -0 "$server_pid" 2>/dev/null || break
  sleep 0.05
done
if [[ -z "$ready" ]]; then
  log "the API did not become ready; its log:"
  cat "$work/server.log" >&2
  exit 1
fi
startup_ms=$((($(date +%s%N) - start_ns) / 1000000))
log "ready after $startup_ms ms"

rss() { awk '/^VmRSS/ {r = $2} /^VmHWM/ {h = $2} END {printf "RSS %.0f MiB (peak %.0f MiB)", r / 1024, h / 1024}' "/proc/$server_pid/status"; }
rss_ready="$(rss)"

# The routes. The dashboard query: one indicator, one breakdown, one year, ~100 rows.
dashboard="/api/v1/observations?indicator=outcome_achievement_rate&breakdown=organisation,regulation,municipality&granularity=year&period=2025&organisation=UWV&regulation=WIA&regulation=WW"
scorecard="/api/v1/scorecards/UWV?period=2025"
names=("trivial (/health)" "dashboard (110 rows)" "dashboard, gzip" "scorecard (UWV, 2025)")
paths=("/health" "$dashboard" "$dashboard" "$scorecard")
headers=("" "" "Accept-Encoding: gzip" "")

for path in "/health" "$dashboard" "$scorecard"; do
  code="$(curl -s -o "$work/body" -w '%{http_code}' "$base$path")"
  [[ "$code" == 200 ]] || { log "$path answered $code: $(head -c 500 "$work/body")"; exit 1; }
done
rows="$(curl -s "$base$dashboard" | grep -o '"total":[0-9]*' | head -1 | cut -d: -f2)"
dashboard_bytes="$(curl -s "$base$dashboard" | wc -c)"
dashboard_gzip_bytes="$(curl -s -H 'Accept-Encoding: gzip' "$base$dashboard" | wc -c)"
scorecard_bytes="$(curl -s "$base$scorecard" | wc -c)"
log "dashboard query: $rows rows, $dashboard_bytes bytes ($dashboard_gzip_bytes gzipped); scorecard $scorecard_bytes bytes"

wrk_run() { # wrk_run DURATION PATH HEADER OUT
  local args=(-t"$threads" -c"$connections" -d"$1" --latency --timeout 5s)
  [[ -z "$3" ]] || args+=(-H "$3")
  wrk "${args[@]}" "$base$2" >"$4"
}

log "warming up ($warmup per route)"
for i in "${!paths[@]}"; do
  wrk_run "$warmup" "${paths[$i]}" "${headers[$i]}" "$work/warmup-$i.txt"
done
rss_warm="$(rss)"

load_measure="$(cut -d' ' -f1-3 /proc/loadavg)"
rps=()
for i in "${!paths[@]}"; do
  log "measuring ${names[$i]} ($duration, $connections connections, $threads threads)"
  wrk_run "$duration" "${paths[$i]}" "${headers[$i]}" "$work/wrk-$i.txt"
done
rss_after="$(rss)"
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

# Latency in ms from wrk's "50%  1.23ms" lines (units us, ms, s).
latency_ms() {
  awk -v p="$1%" '$1 == p {
    v = $2; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v);
    if (u == "us") v /= 1000; else if (u == "s") v *= 1000; else if (u == "m") v *= 60000;
    printf "%.2f", v }' "$2"
}

{
  echo "## API benchmark $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo
  echo "- warehouse: \`$warehouse\` (run \`$run_id\`, indicators table $indicators_size)"
  echo "- machine: $(nproc) cores, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo), $(free -h | awk '/Mem:/ {print $2}') RAM;" \
    "$(java -version 2>&1 | head -1); JVM options: ${EFFECTMETER_API_JAVA_OPTS:--Xmx1g}"
  echo "- wrk -t$threads -c$connections -d$duration --latency, after a $warmup warm-up per route; wrk and the server share the same cores"
  echo "- load average (1/5/15 min): $load_before before start-up, $load_measure before measuring, $load_after after"
  echo "- start-up (process start to /ready 200): $startup_ms ms"
  echo "- resident memory: at ready: $rss_ready; after warm-up: $rss_warm; after the load: $rss_after"
  echo "- dashboard query (\`$dashboard\`): $rows rows, $dashboard_bytes bytes JSON, $dashboard_gzip_bytes gzipped"
  echo "- scorecard (\`$scorecard\`): $scorecard_bytes bytes JSON"
  echo
  echo "| route | req/s | p50 (ms) | p99 (ms) | req/s vs trivial | non-2xx | socket errors |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
  trivial_rps=""
  for i in "${!paths[@]}"; do
    f="$work/wrk-$i.txt"
    r="$(awk '/^Requests\/sec/ {printf "%.0f", $2}' "$f")"
    [[ -n "$trivial_rps" ]] || trivial_rps="$r"
    non2xx="$(awk '/Non-2xx or 3xx/ {print $NF}' "$f")"
    errors="$(awk -F'Socket errors: ' 'NF > 1 {print $2}' "$f")"
    echo "| ${names[$i]} | $r | $(latency_ms 50 "$f") | $(latency_ms 99 "$f") |" \
      "$(awk -v a="$r" -v b="$trivial_rps" 'BEGIN{printf "%.0f%%", 100*a/b}') | ${non2xx:-0} | ${errors:-none} |"
  done
  echo
  echo "<details><summary>raw wrk output</summary>"
  echo
  echo '```'
  for i in "${!paths[@]}"; do
    echo "### ${names[$i]}${headers[$i]:+ (-H '${headers[$i]}')}"
    cat "$work/wrk-$i.txt"
  done
  echo '```'
  echo
  echo "</details>"
} | tee "$results"

if grep -q 'Non-2xx or 3xx' "$work"/wrk-*.txt; then
  log "some answers were not 2xx: see the raw output"
  exit 1
fi
log "results written to $results"
