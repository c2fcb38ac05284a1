#!/usr/bin/env bash
# spark-submit, wherever Spark comes from: "$SPARK_HOME/bin/spark-submit" when SPARK_HOME holds a Spark
# distribution; otherwise Spark's SparkSubmit run from this project's build (target/classpath.txt)
# with Spark's Java 17 module flags, read from the spark.java.opts property of pom.xml (one copy).
# Arguments are spark-submit's, unchanged. In the second form --driver-memory sizes this JVM (-Xmx).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

if [[ -n "${SPARK_HOME:-}" && -x "$SPARK_HOME/bin/spark-submit" ]]; then
  exec "$SPARK_HOME/bin/spark-submit" "$@"
fi

classpath_file=$root/target/classpath.txt
if [[ ! -f $classpath_file ]]; then
  echo "submit.sh: cannot find $classpath_file: run 'mvn -B -q -DskipTests package' first, or set SPARK_HOME to a Spark 4.2 distribution" >&2
  exit 2
fi
java_opts=$(sed -n 's:.*<spark.java.opts>\(.*\)</spark.java.opts>.*:\1:p' "$root/pom.xml")
if [[ -z $java_opts ]]; then
  echo "submit.sh: cannot read the spark.java.opts property from $root/pom.xml" >&2
  exit 2
fi

driver_memory=2g
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  case ${args[i]} in
    --driver-memory) driver_memory=${args[i + 1]:-$driver_memory} ;;
    --driver-memory=*) driver_memory=${args[i]#--driver-memory=} ;;
  esac
done

# shellcheck disable=SC2086 # java_opts is a list of flags
exec java "-Xmx$driver_memory" $java_opts -Duser.timezone=UTC \
  -cp "$(cat "$classpath_file")" org.apache.spark.deploy.SparkSubmit "$@"
