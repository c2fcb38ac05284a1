#!/usr/bin/env bash
# Writes a deterministic test input location; see data-samples/README.md.
# Usage: jobs/generate.sh --cases N --seed S --output DIR [--start 2023-01-01] [--as-of 2025-12-31] [--defects true|false]
# Relative paths in the arguments are relative to the caller's working directory.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [[ ! -d "$repo/target/classes" || ! -f "$repo/target/classpath.txt" ]]; then
  mvn -q -B -f "$repo/pom.xml" -DskipTests package
fi
exec java -cp "$repo/target/classes:$(cat "$repo/target/classpath.txt")" \
  nl.effectmeter.generate.GenerateMain "$@"
