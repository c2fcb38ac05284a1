#!/usr/bin/env bash
# What CI runs: publishes the sample's previous month (previous-export.py, as of 2025-11-30) and
# then the sample run (data-samples, as of 2025-12-31) into a temporary warehouse, so the sample
# run has revisions and input checks against its predecessor (notebook 05), serves it with the
# API on a free port of 127.0.0.1, executes every notebook against
# both (run-notebooks.sh), reads it with real SDMX, Parquet and OData clients (test-clients.sh),
# fuzzes the API against its own OpenAPI document meanwhile (fuzz-api.sh), drives the pages in Chromium
# (browser-test.sh, screenshots in target/browser), renders docs/api.md's Vega-Lite example and
# checks its Grafana query (vegalite-test.sh, SVG in target/vegalite), and stops the API again.
# Fails when any of them fails; all always run.
#   notebooks/run-against-sample.sh
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
work=$(mktemp -d -t effectmeter-sample.XXXXXX)
api_pid=""
stop_api() {
  if [[ -n $api_pid ]]; then
    kill "$api_pid" 2>/dev/null || true
    wait "$api_pid" 2>/dev/null || true
  fi
}
trap stop_api EXIT

if [[ -z ${EFFECTMETER_SKIP_BUILD:-} ]]; then
  mvn -B -q -DskipTests package   # the job and API jars of this checkout, never stale ones
fi

# The sample's export of a month earlier, in which a batch of SVB's September cases had not
# arrived yet, is published first: the sample run then compares itself with it (revisions, input
# checks). The sample run answers to itself alone in disclosure control
# (disclosure.between_runs=off), so it is the very run the sample publishes in a warehouse of its
# own, whose numbers the other notebooks, the pages and the docs use; under the default it would
# answer to the first run too: 2.8 times as long, another status for about 900 values
# (BENCHMARKS.md, "The test suite's second sample run").
echo "publishing the sample's previous month and the sample run into $work/warehouse"
python3 notebooks/previous-export.py "$work/previous-input"
EFFECTMETER_JAVA_OPTS=${EFFECTMETER_JAVA_OPTS:--Xmx2g} jobs/run-indicators.sh \
  --input "$work/previous-input" --warehouse "$work/warehouse" --as-of 2025-11-30 > "$work/previous-job.log" 2>&1 \
  || { tail -n 40 "$work/previous-job.log"; exit 1; }
printf 'disclosure.between_runs=off\n' > "$work/sample.properties"
EFFECTMETER_JAVA_OPTS=${EFFECTMETER_JAVA_OPTS:--Xmx2g} jobs/run-indicators.sh \
  --input data-samples --warehouse "$work/warehouse" --as-of 2025-12-31 --settings "$work/sample.properties" \
  > "$work/job.log" 2>&1 || { tail -n 40 "$work/job.log"; exit 1; }

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
jobs/serve.sh --warehouse "$work/warehouse" --port "$port" > "$work/api.log" 2>&1 &
api_pid=$!
api=http://127.0.0.1:$port/api/v1
for _ in $(seq 120); do
  if curl -sf "$api/ready" > /dev/null || curl -sf "http://127.0.0.1:$port/ready" > /dev/null; then
    break
  fi
  if ! kill -0 "$api_pid" 2>/dev/null; then
    echo "the API server stopped:"; tail -n 40 "$work/api.log"; exit 1
  fi
  sleep 0.5
done
curl -sf "$api/runs/current" > /dev/null || { echo "the API does not serve the sample run:"; tail -n 40 "$work/api.log"; exit 1; }

status=0
# The fuzzer runs beside the others (all read the same API, none writes): its report follows theirs.
EFFECTMETER_FUZZ_OUT="$work/fuzz" notebooks/fuzz-api.sh "http://127.0.0.1:$port" > "$work/fuzz.log" 2>&1 &
fuzz_pid=$!
EFFECTMETER_WAREHOUSE="$work/warehouse" EFFECTMETER_INPUT="$root/data-samples" EFFECTMETER_API="$api" \
  EFFECTMETER_NOTEBOOK_OUT="$work/notebooks" notebooks/run-notebooks.sh || status=1
EFFECTMETER_API="$api" EFFECTMETER_WAREHOUSE="$work/warehouse" notebooks/test-clients.sh || status=1
EFFECTMETER_SCREENSHOTS="$root/target/browser" notebooks/browser-test.sh "http://127.0.0.1:$port" || status=1
EFFECTMETER_VEGALITE_OUT="$root/target/vegalite" notebooks/vegalite-test.sh "$api" || status=1
fuzz_status=0
wait "$fuzz_pid" || fuzz_status=$?
cat "$work/fuzz.log"
((fuzz_status == 0)) || status=1
if grep -q ' ERROR ' "$work/api.log"; then
  echo "the API logged errors while the notebooks and the fuzzer ran:"; grep -A 5 ' ERROR ' "$work/api.log" | head -n 40
  status=1
fi
stop_api
if ((status == 0)); then
  rm -rf "$work"   # a passing run leaves nothing behind
else
  echo "the warehouse, logs and executed notebooks are kept in $work"
fi
exit $status
