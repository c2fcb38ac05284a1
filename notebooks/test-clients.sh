#!/usr/bin/env bash
# Reads a served run with real clients (pysdmx, pyarrow through fsspec, polars, python-odata) and
# compares what they read with the JSON answers and the published files (clients_test.py). Ends
# with "clients: N passed, M failed" and fails when a check fails.
#   EFFECTMETER_API=http://127.0.0.1:7070/api/v1 EFFECTMETER_WAREHOUSE=/tmp/wh notebooks/test-clients.sh
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
: "${EFFECTMETER_API:?the API base URL, e.g. http://127.0.0.1:7070/api/v1}"
: "${EFFECTMETER_WAREHOUSE:?the warehouse the API serves}"
source "$here/venv.sh"
"$venv/bin/python" "$here/clients_test.py"
