#!/usr/bin/env bash
# Serves a warehouse over HTTP: jobs/serve.sh --warehouse DIR [--port 7070] [--settings FILE]
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ! -f target/effectmeter-api.jar ]]; then
  mvn -q -B -DskipTests package
fi
exec java -jar target/effectmeter-api.jar "$@"
