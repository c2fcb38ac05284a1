#!/usr/bin/env bash
# The pages in Chromium: drives Debian's chromium with chromium-driver (apt packages, installed by
# .ci/run; nothing downloads a browser) through Selenium (pinned in requirements.txt) against a
# served run, checks the pages against the API's JSON, runs axe-core from web/node_modules, and
# writes a screenshot of each page to $EFFECTMETER_SCREENSHOTS (default target/browser).
# Prints `browser: N passed, M failed`.
#   notebooks/browser-test.sh http://127.0.0.1:7070
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
base=${1:?usage: browser-test.sh BASE_URL}
source "$here/venv.sh"
for tool in chromium chromedriver; do
  command -v "$tool" > /dev/null || { echo "browser: $tool is missing (apt-get install -y chromium chromium-driver)"; echo "browser: 0 passed, 1 failed"; exit 1; }
done
axe=$root/web/node_modules/axe-core/axe.min.js
[[ -f $axe ]] || "$root/web/npm-ci.sh"
# Selenium Manager stays offline: the browser and its driver are the installed ones.
SE_OFFLINE=true "$venv/bin/python" "$here/browser-test.py" "$base" "$axe" \
  "${EFFECTMETER_SCREENSHOTS:-$root/target/browser}"
