#!/usr/bin/env bash
# Submits the indicator job with spark-submit: the spark-submit options come first, then "--",
# then the job's arguments.
#   jobs/submit.sh [spark-submit options] -- --input DIR --warehouse DIR --as-of YYYY-MM-DD [--settings FILE] [--run-id ID]
#
# spark-submit is "$SPARK_HOME/bin/spark-submit" when SPARK_HOME holds a Spark distribution;
# otherwise Spark's SparkSubmit run from this build (target/classpath.txt) with Spark's Java 17
# module flags (jobs/java17-opts), and --driver-memory sizes that JVM. The job jar is
# $EFFECTMETER_JOB_JAR, by default target/effectmeter-job.jar.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")

spark_opts=()
job_args=()
separator=""
for arg in "$@"; do
  if [[ -z $separator && $arg == "--" ]]; then
    separator=yes
  elif [[ -z $separator ]]; then
    spark_opts+=("$arg")
  else
    job_args+=("$arg")
  fi
done
if [[ -z $separator || ${#job_args[@]} -eq 0 ]]; then
  echo "submit.sh: expected [spark-submit options] -- --input DIR --warehouse DIR --as-of YYYY-MM-DD [--settings FILE]" >&2
  exit 2
fi

# One time zone on the driver and the executors, so a run gives the same numbers wherever it runs;
# the caller's options come after these and win.
submit_args=(
  --class nl.effectmeter.job.IndicatorJob
  --conf spark.driver.extraJavaOptions=-Duser.timezone=UTC
  --conf spark.executor.extraJavaOptions=-Duser.timezone=UTC
  "${spark_opts[@]}"
  "${EFFECTMETER_JOB_JAR:-$root/target/effectmeter-job.jar}"
  "${job_args[@]}"
)

if [[ -n "${SPARK_HOME:-}" && -x "$SPARK_HOME/bin/spark-submit" ]]; then
  exec "$SPARK_HOME/bin/spark-submit" "${submit_args[@]}"
fi

if [[ ! -f $root/target/classpath.txt ]]; then
  echo "submit.sh: cannot find $root/target/classpath.txt: run 'mvn -B -q -DskipTests package' first, or set SPARK_HOME to a Spark 4.2 distribution" >&2
  exit 2
fi
driver_memory=2g
for ((i = 0; i < ${#spark_opts[@]}; i++)); do
  case ${spark_opts[i]} in
    --driver-memory) driver_memory=${spark_opts[i + 1]:-$driver_memory} ;;
    --driver-memory=*) driver_memory=${spark_opts[i]#--driver-memory=} ;;
  esac
done

# shellcheck disable=SC2046 # java17-opts is a list of flags
exec java "-Xmx$driver_memory" $(cat "$here/java17-opts") -Duser.timezone=UTC \
  -Dlog4j2.configurationFile="$here/log4j2.properties" \
  -cp "$(cat "$root/target/classpath.txt")" org.apache.spark.deploy.SparkSubmit "${submit_args[@]}"
