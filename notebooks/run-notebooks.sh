#!/usr/bin/env bash
# Executes every notebook (or the ones named) top to bottom in a pinned virtualenv and fails when
# a cell fails or a notebook is committed with outputs. The executed copies and their figures go
# to $EFFECTMETER_NOTEBOOK_OUT (default: a new temporary folder), never into the repository.
#
#   notebooks/run-notebooks.sh [NOTEBOOK.ipynb ...]
#
# The notebooks read EFFECTMETER_WAREHOUSE (../warehouse), EFFECTMETER_INPUT (../data-samples)
# and EFFECTMETER_API (http://127.0.0.1:7070/api/v1); notebook 2 needs the API server running.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$here"

source "$here/venv.sh"

if [[ $# -gt 0 ]]; then
  notebooks=("$@")
else
  notebooks=([0-9]*.ipynb)
fi

# Notebooks are committed without outputs: reviewable diffs, no stale numbers.
"$venv/bin/python" - "${notebooks[@]}" <<'PY'
import sys
import nbformat

dirty = []
for path in sys.argv[1:]:
    notebook = nbformat.read(path, as_version=4)
    for index, cell in enumerate(notebook.cells):
        if cell.cell_type == "code" and (cell.outputs or cell.execution_count is not None):
            dirty.append(f"{path}: cell {index} has outputs")
if dirty:
    sys.exit("Notebooks must be committed without outputs (clear them before committing):\n  " + "\n  ".join(dirty))
PY

out=${EFFECTMETER_NOTEBOOK_OUT:-$(mktemp -d -t effectmeter-notebooks.XXXXXX)}
mkdir -p "$out"
export EFFECTMETER_FIGURES=${EFFECTMETER_FIGURES:-$out/figures}
export MPLBACKEND=Agg

passed=0
failed=0
for notebook in "${notebooks[@]}"; do
  started=$SECONDS
  if "$venv/bin/jupyter" nbconvert --execute --to notebook --output-dir "$out" \
      --ExecutePreprocessor.timeout=600 --log-level=WARN "$notebook" 2> "$out/${notebook%.ipynb}.log"; then
    echo "PASS $notebook ($((SECONDS - started)) s)"
    passed=$((passed + 1))
  else
    echo "FAIL $notebook ($((SECONDS - started)) s); the failing cell:"
    grep -v 'Kernel is running over TCP' "$out/${notebook%.ipynb}.log" | sed 's/\x1b\[[0-9;]*m//g' | tail -n 25 | sed 's/^/    /'
    failed=$((failed + 1))
  fi
done
echo "executed notebooks and figures: $out"
echo "notebooks: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
