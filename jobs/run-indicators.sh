#!/usr/bin/env bash
# Runs the indicator job: in-process Spark (local[*]) by default, or through spark-submit when
# --master is given. Builds the project first when needed.
#   jobs/run-indicators.sh --input DIR --warehouse DIR --as-of YYYY-MM-DD [--settings FILE] [--master URL]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"

master=""
args=()
while (($#)); do
  case "$1" in
    --master) master="${2:?--master needs a URL}"; shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done

if [[ ! -f "$root/target/effectmeter-job.jar" || ! -f "$root/target/classpath.txt" ]]; then
  echo "Building Effectmeter (first run only)..." >&2
  (cd "$root" && mvn -q -B -DskipTests package) >&2
fi

if [[ -n "$master" ]]; then
  exec "$here/submit.sh" --master "$master" -- "${args[@]}"
fi

exec java ${EFFECTMETER_JAVA_OPTS:--Xmx8g} $(cat "$here/java17-opts") \
  -Dlog4j2.configurationFile="$here/log4j2.properties" \
  -cp "$root/target/effectmeter-job.jar:$(cat "$root/target/classpath.txt")" \
  nl.effectmeter.job.IndicatorJob "${args[@]}"
