#!/usr/bin/env bash
# Privacy benchmark: times disclosure control (pattern search and audit) on the cells of a real
# run, without the Spark steps. First dump a run's cells:
#   EFFECTMETER_JAVA_OPTS="-Xmx10g -Deffectmeter.cells.dump=/tmp/cells.tsv" \
#     jobs/run-indicators.sh --input DIR --warehouse DIR --as-of 2025-12-31
# then: bench/privacy-bench.sh /tmp/cells.tsv FIRST_MONTH LAST_MONTH [REPEATS]
#   e.g. bench/privacy-bench.sh /tmp/cells.tsv 2023-01 2025-12
# The dump holds unsuppressed numbers: keep it on the data team's machine.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
[[ $# -ge 3 ]] || { sed -n 2,9p "$0" >&2; exit 2; }
mvn -q -B -DskipTests package
mvn -q -B test-compile
exec java ${EFFECTMETER_JAVA_OPTS:--Xmx6g} \
  -Dlog4j2.configurationFile="$root/jobs/log4j2.properties" \
  -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" \
  nl.effectmeter.bench.PrivacyBench "$@"
