#!/usr/bin/env bash
# Serves a warehouse over HTTP: jobs/serve.sh --warehouse DIR [--port 7070] [--settings FILE]
# Builds the API jar first when needed. Paths are taken from where you call it.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [[ ! -f "$root/target/effectmeter-api.jar" ]]; then
  echo "Building Effectmeter (first run only)..." >&2
  (cd "$root" && mvn -q -B -DskipTests package) >&2
fi
exec java ${EFFECTMETER_API_JAVA_OPTS:--Xmx1g} -jar "$root/target/effectmeter-api.jar" "$@"
