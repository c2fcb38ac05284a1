#!/usr/bin/env bash
# The dashboard examples of docs/api.md against a served run: renders the Vega-Lite spec exactly as
# the doc writes it (only its URL prefix replaced by API_BASE_URL) with vega-lite and vega from
# web/node_modules (web/package-lock.json, installed by web/npm-ci.sh; nothing downloads at run
# time), headless to SVG in $EFFECTMETER_VEGALITE_OUT (default target/vegalite), in the time zones
# of $EFFECTMETER_VEGALITE_TZ (default UTC,America/New_York,Asia/Tokyo), and checks the Grafana
# Infinity query's URL and JSON path. Prints `vegalite: N passed, M failed`.
#   notebooks/vegalite-test.sh http://127.0.0.1:7070/api/v1
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
api=${1:?usage: vegalite-test.sh API_BASE_URL}
command -v node > /dev/null || { echo "vegalite: node is missing (apt-get install nodejs npm)"; echo "vegalite: 0 passed, 1 failed"; exit 1; }
"$root/web/npm-ci.sh"   # a no-op when this lock file is installed
exec node "$here/vegalite-test.mjs" "$api" "${EFFECTMETER_VEGALITE_OUT:-$root/target/vegalite}"
