#!/usr/bin/env bash
# The newcomer's first command: builds Effectmeter, runs the indicator job on the bundled sample
# (data-samples/, as of 2025-12-31) into ./warehouse, then serves it with the API on
# http://127.0.0.1:7070 and shows what a few example URLs return. Ctrl-C stops the API.
#   jobs/run-sample.sh [--port 7070]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
port=7070
if [[ ${1:-} == --port ]]; then port=${2:?--port needs a number}; fi
cd "$root"

echo "== Building (mvn -q -B -DskipTests package)"
mvn -q -B -DskipTests package

echo "== Running the indicator job on data-samples/"
jobs/run-indicators.sh --input data-samples --warehouse warehouse --as-of 2025-12-31

echo "== Serving ./warehouse on http://127.0.0.1:$port"
jobs/serve.sh --warehouse warehouse --port "$port" > warehouse/api.log 2>&1 &
api=$!
trap 'kill $api 2>/dev/null || true' EXIT INT TERM
for _ in $(seq 120); do
  curl -sf "http://127.0.0.1:$port/ready" > /dev/null && break
  kill -0 "$api" 2>/dev/null || { cat warehouse/api.log; exit 1; }
  sleep 0.5
done

show() {
  echo
  echo "\$ curl -s '$1'"
  { curl -s "$1" || true; } | head -c "${2:-600}"   # head stops reading early: not an error
  echo
}
base="http://127.0.0.1:$port/api/v1"
show "$base/observations?indicator=timely_decision_rate&breakdown=organisation,regulation&granularity=month&organisation=UWV&regulation=WIA&from=2025-06&to=2025-12&format=csv" 1200
show "$base/signals?organisation=UWV&regulation=WIA" 700
show "$base/scorecards/UWV?period=2025" 700
show "$base/feasibility-signals?kind=noodsignaal" 900
echo
echo "The API keeps serving until you press Ctrl-C. Try $base/indicators or $base/runs/current."
echo
echo "The scorecard pages: http://127.0.0.1:$port/ (UWV's WIA story: http://127.0.0.1:$port/trends/UWV/WIA)"
wait "$api"
