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

# Class-data sharing: the first successful local run after a build writes an archive of the classes it
# loaded (about 180 MB; ~20 s more at exit), later runs map it instead of loading and
# verifying them again, which saves 5-10 s of each run's start (BENCHMARKS.md). A rebuilt jar
# makes the archive stale; it is then written again. EFFECTMETER_CDS=false turns it off.
cds=()
archive="$root/target/effectmeter-job.jsa"
writing=""
if [[ "${EFFECTMETER_CDS:-true}" == true ]]; then
  if [[ -f "$archive" && "$archive" -nt "$root/target/effectmeter-job.jar" && "$archive" -nt "$root/target/classpath.txt" ]]; then
    cds=(-XX:SharedArchiveFile="$archive" -Xlog:cds=off -Xlog:cds+dynamic=off)
  else
    # Written under a name of this run's own and moved into place whole: runs side by side
    # never read a half-written archive.
    writing="$archive.$$"
    cds=(-XX:ArchiveClassesAtExit="$writing" -Xlog:cds=off -Xlog:cds+dynamic=off)
  fi
fi

# A tiny local input (under 256 KiB, such as the tests' small input) is nearly all start-up and
# query planning: the client compiler alone does that with about 40% less CPU than with C2's compile
# threads beside it (BENCHMARKS.md, "Fixed costs"). From the sample's size (0.9 MB, 30,000 cells)
# up, disclosure control's search and audit outweigh that, and C2 makes the whole run faster
# (BENCHMARKS.md, "The client compiler and the sample"), so larger inputs keep both compilers.
compiler=()
input=""
for ((i = 0; i < ${#args[@]} - 1; i++)); do
  if [[ "${args[i]}" == --input ]]; then input="${args[i + 1]}"; fi
done
if [[ -z "${EFFECTMETER_JAVA_OPTS:-}" && -n "$input" && -d "$input" ]] \
  && (($(du -sb "$input" | cut -f1) < 256 * 1024)); then
  compiler=(-XX:TieredStopAtLevel=1)
fi
# Local runs use the throughput collector (ParallelGC) rather than G1, unless EFFECTMETER_JAVA_OPTS
# chooses a collector (-XX:+Use...GC): the sample takes 2-8 s less, 1M cases 12% less time and
# 4.5 GiB less memory, 10M cases about as long with 2 GiB less (BENCHMARKS.md, "Test suite, session
# 40" and "The throughput collector at 1M and 10M"). Runs through spark-submit keep the cluster's.
collector=(-XX:+UseParallelGC)
if [[ " ${EFFECTMETER_JAVA_OPTS:-} " =~ [[:space:]]-XX:\+Use[A-Za-z0-9]+GC[[:space:]] ]]; then
  collector=()
fi

run=(java ${EFFECTMETER_JAVA_OPTS:--Xmx8g} "${compiler[@]}" "${collector[@]}" "${cds[@]}" $(cat "$here/java17-opts")
  -Dlog4j2.configurationFile="$here/log4j2.properties"
  -cp "$root/target/effectmeter-job.jar:$(cat "$root/target/classpath.txt")"
  nl.effectmeter.job.IndicatorJob "${args[@]}")
if [[ -z "$writing" ]]; then
  exec "${run[@]}"
fi
trap 'rm -f "$writing"' EXIT
# Stopped (Ctrl-C, a killed build): the JVM still writes the archive as it exits; bash waits for it
# and then removes the half-made file instead of leaving 180 MB behind.
trap 'exit 130' INT
trap 'exit 143' TERM
status=0
"${run[@]}" || status=$?
# Only a run that went all the way has loaded every class the next one needs.
if [[ $status -eq 0 && -s "$writing" ]]; then mv -f "$writing" "$archive"; fi
exit "$status"
