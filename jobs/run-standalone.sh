#!/usr/bin/env bash
# Runs the indicator job on a Spark standalone cluster, driver on this machine (client mode).
#   jobs/run-standalone.sh spark://HOST:7077 [spark-submit options] -- --input DIR --warehouse DIR --as-of YYYY-MM-DD [--settings FILE]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/launch.sh"

master=${1:?"usage: $0 spark://HOST:PORT [spark-submit options] -- JOB-ARGS"}
shift
split_args "$@"
submit \
  --master "$master" --deploy-mode client \
  --driver-memory 2g --executor-memory 2g --executor-cores 1 \
  --conf spark.scheduler.minRegisteredResourcesRatio=1.0 \
  --conf spark.scheduler.maxRegisteredResourcesWaitingTime=60s
