#!/usr/bin/env bash
# Runs the indicator job on Kubernetes, driver in a pod (cluster mode), from an image that holds
# the job jar and the settings (jobs/kubernetes/Dockerfile).
#   jobs/run-kubernetes.sh k8s://https://API-SERVER:443 IMAGE [spark-submit options] -- --input s3a://... --warehouse s3a://... --as-of YYYY-MM-DD [--settings /opt/effectmeter/effectmeter.properties]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/launch.sh"

usage="usage: $0 k8s://https://HOST:PORT IMAGE [spark-submit options] -- JOB-ARGS"
master=${1:?$usage}
image=${2:?$usage}
shift 2
split_args "$@"
export EFFECTMETER_JOB_JAR=${EFFECTMETER_JOB_JAR:-local:///opt/effectmeter/effectmeter-job.jar}
submit \
  --master "$master" --deploy-mode cluster --name effectmeter-indicators \
  --driver-memory 4g --executor-memory 4g --executor-cores 2 \
  --conf spark.executor.instances=3 \
  --conf spark.kubernetes.container.image="$image" \
  --conf spark.kubernetes.namespace="${EFFECTMETER_K8S_NAMESPACE:-effectmeter}" \
  --conf spark.kubernetes.authenticate.driver.serviceAccountName="${EFFECTMETER_K8S_SERVICE_ACCOUNT:-spark}"
