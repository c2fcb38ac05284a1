#!/usr/bin/env bash
# Fuzzes a running API with schemathesis against its own /openapi.json, bounded in examples and
# time, with every check: no 5xx, every answer's status, content type and body as the document
# says, a request the document calls valid is answered and one it calls invalid refused, 405 for
# methods a route does not answer, and no Java stack trace or class name in any body.
#
#   notebooks/fuzz-api.sh http://127.0.0.1:7070
#
# EFFECTMETER_FUZZ_EXAMPLES (default 25 per operation), EFFECTMETER_FUZZ_SECONDS (hard limit,
# default 300), EFFECTMETER_FUZZ_SEED (default fixed, so that a failure can be replayed) and
# EFFECTMETER_FUZZ_OUT (reports; default a new temporary folder) tune it. Ends with
# "fuzz: N passed, M failed": one test per API operation plus one for the bodies.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
base=${1:?usage: notebooks/fuzz-api.sh BASE_URL, e.g. http://127.0.0.1:7070}
base=${base%/}
source "$here/venv.sh"

out=${EFFECTMETER_FUZZ_OUT:-$(mktemp -d -t effectmeter-fuzz.XXXXXX)}
mkdir -p "$out"
out=$(cd "$out" && pwd)
"$venv/bin/python" "$here/fuzz_api.py" config "$base" > "$out/schemathesis.toml"

started=$SECONDS
status=0
# --max-time would repeat fuzzing until the budget is spent; the examples bound the work and
# timeout(1) the time. Run from $out: schemathesis keeps its crash cache in the working folder.
cd "$out"
timeout --kill-after=10 "${EFFECTMETER_FUZZ_SECONDS:-300}" \
  "$venv/bin/schemathesis" --no-color --config-file "$out/schemathesis.toml" run "$base/openapi.json" \
    --checks all \
    --phases examples,coverage,fuzzing,stateful \
    --max-examples "${EFFECTMETER_FUZZ_EXAMPLES:-25}" \
    --seed "${EFFECTMETER_FUZZ_SEED:-20261201}" \
    --workers 2 --request-timeout 10 --max-failures 50 \
    --report junit,har --report-dir "$out" > "$out/schemathesis.log" 2>&1 || status=$?
echo "schemathesis: $((SECONDS - started)) s, exit $status; log and reports in $out"
if ((status != 0)); then
  grep -v '^\s*$' "$out/schemathesis.log" | tail -n 60 | sed 's/^/    /'
fi
"$venv/bin/python" "$here/fuzz_api.py" report "$out" "$status"
