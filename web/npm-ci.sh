#!/usr/bin/env bash
# Installs the pages' front-end packages (web/package-lock.json: the NL Design System CSS and,
# for the browser tests, axe-core) into web/node_modules with `npm ci`, unless that exact lock
# file is already installed. Maven runs it before it copies the style sheets into
# target/classes/web/nlds (generate-resources); nothing is fetched at run time.
#   web/npm-ci.sh
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$here"
stamp=node_modules/.effectmeter-lock.sha256
if [[ -f $stamp ]] && sha256sum --status -c "$stamp" 2>/dev/null; then
  exit 0
fi
command -v npm > /dev/null || { echo "web/npm-ci.sh: npm is missing (apt-get install nodejs npm)" >&2; exit 1; }
npm ci --no-audit --no-fund --loglevel=error
sha256sum package-lock.json > "$stamp"
