# Shared by the cluster launchers (sourced, not run): splits "SPARK-SUBMIT-OPTIONS -- JOB-ARGS"
# and hands the job to jobs/submit.sh after the launcher's defaults.

jobs_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

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

# submit DEFAULT-OPTIONS...: the launcher's defaults, then the caller's Spark options (later ones
# win), then the job's arguments.
submit() {
  exec "$jobs_dir/submit.sh" "$@" "${spark_opts[@]}" -- "${job_args[@]}"
}
