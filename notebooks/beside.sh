#!/usr/bin/env bash
# Runs the notebook phase (run-against-sample.sh) beside the integration tests: Maven starts it
# before them (pre-integration-test) and waits for it after them (post-integration-test), so the
# cluster test and the notebooks, clients, pages and fuzzer share the two cores instead of taking
# turns (BENCHMARKS.md, "Test suite, session 40").
#   notebooks/beside.sh start FOLDER   starts it in the background, its output into FOLDER/log
#   notebooks/beside.sh wait FOLDER    waits for it, prints its output, exits with its status
# A phase whose Maven build ended before the wait (a failed plugin, Ctrl-C) is stopped with it:
# a watchdog ends the phase's whole process group once the Maven process is gone.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
action=${1:?usage: beside.sh start|wait FOLDER}
folder=${2:?usage: beside.sh start|wait FOLDER}

case $action in
  start)
    rm -rf "$folder"
    mkdir -p "$folder"
    maven=$PPID   # exec-maven-plugin runs this script as a child of the Maven JVM
    # setsid: the phase and everything it starts (the API, the fuzzer, Chromium) form one process
    # group the watchdog can end; its exit status is written last, once its output is complete.
    setsid bash -c '
      "$1/run-against-sample.sh" > "$2/log" 2>&1 && status=0 || status=$?
      echo "$status" > "$2/status.tmp" && mv "$2/status.tmp" "$2/status"
    ' phase "$here" "$folder" < /dev/null > /dev/null 2>&1 &
    phase=$!
    (
      while kill -0 "$maven" 2>/dev/null && [[ ! -e $folder/status ]]; do sleep 2; done
      if [[ ! -e $folder/status ]]; then
        kill -TERM -- "-$phase" 2>/dev/null || true
      fi
    ) < /dev/null > /dev/null 2>&1 &
    echo "the notebook phase runs beside the integration tests; its output: $folder/log"
    ;;
  wait)
    [[ -d $folder ]] || { echo "no notebook phase was started in $folder"; exit 1; }
    until [[ -e $folder/status ]]; do sleep 1; done
    cat "$folder/log"
    exit "$(cat "$folder/status")"
    ;;
  *)
    echo "usage: beside.sh start|wait FOLDER"; exit 2
    ;;
esac
