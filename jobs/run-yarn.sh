#!/usr/bin/env bash
# Runs the indicator job on YARN, driver in the cluster (cluster mode); needs SPARK_HOME and
# HADOOP_CONF_DIR (or YARN_CONF_DIR) of the cluster.
#   jobs/run-yarn.sh [spark-submit options] -- --input hdfs://... --warehouse hdfs://... --as-of YYYY-MM-DD [--settings FILE]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/launch.sh"

if [[ -z ${HADOOP_CONF_DIR:-}${YARN_CONF_DIR:-} ]]; then
  echo "run-yarn.sh: set HADOOP_CONF_DIR (or YARN_CONF_DIR) to the cluster's Hadoop configuration" >&2
  exit 2
fi
split_args "$@"
ship_settings
submit \
  --master yarn --deploy-mode cluster --name effectmeter-indicators \
  --driver-memory 4g --executor-memory 4g --executor-cores 2 \
  --conf spark.dynamicAllocation.enabled=true \
  --conf spark.dynamicAllocation.shuffleTracking.enabled=true \
  --conf spark.dynamicAllocation.maxExecutors=10
