# Shared by the cluster launchers (sourced, not run): splits "SPARK-SUBMIT-OPTIONS -- JOB-ARGS",
# names the job, and submits it through jobs/submit.sh.

jobs_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
main_class=nl.effectmeter.job.IndicatorJob

# Settings every run gets, wherever it runs: one time zone on the driver and the executors.
common_conf=(
  --conf spark.sql.session.timeZone=UTC
  --conf spark.driver.extraJavaOptions=-Duser.timezone=UTC
  --conf spark.executor.extraJavaOptions=-Duser.timezone=UTC
)

# split_args ARGS...: fills spark_opts (before "--") and job_args (after it); fails without "--".
split_args() {
  spark_opts=()
  job_args=()
  local seen=""
  for arg in "$@"; do
    if [[ -z $seen && $arg == "--" ]]; then
      seen=yes
    elif [[ -z $seen ]]; then
      spark_opts+=("$arg")
    else
      job_args+=("$arg")
    fi
  done
  if [[ -z $seen || ${#job_args[@]} -eq 0 ]]; then
    echo "$(basename "$0"): expected '-- --input DIR --warehouse DIR --as-of YYYY-MM-DD [--settings FILE]' after the Spark options" >&2
    exit 2
  fi
}

# ship_settings: for a driver that runs in the cluster, sends --settings FILE along with
# spark-submit --files and points the job at the copy in the driver's working directory.
ship_settings() {
  local i
  for ((i = 0; i < ${#job_args[@]}; i++)); do
    if [[ ${job_args[i]} == "--settings" && -n ${job_args[i + 1]:-} ]]; then
      spark_opts+=(--files "${job_args[i + 1]}")
      job_args[i + 1]=$(basename "${job_args[i + 1]}")
    fi
  done
}

# submit JAR: runs spark-submit with the defaults, the caller's Spark options (later ones win),
# the job jar and the job's arguments.
submit() {
  local jar=$1
  shift
  exec "$jobs_dir/submit.sh" --class "$main_class" "${common_conf[@]}" "$@" "${spark_opts[@]}" \
    "$jar" "${job_args[@]}"
}
