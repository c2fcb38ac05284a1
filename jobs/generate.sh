#!/usr/bin/env bash
# Writes a deterministic test input location; see data-samples/README.md.
# Usage: jobs/generate.sh --cases N --seed S --output DIR [--start 2023-01-01] [--as-of 2025-12-31] [--defects true|false]
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
if [[ ! -d target/classes || ! -f target/classpath.txt ]]; then
  mvn -q -B -DskipTests package
fi
exec java -cp "target/classes:$(cat target/classpath.txt)" nl.effectmeter.generate.GenerateMain "$@"
