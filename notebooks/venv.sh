# Sourced by run-notebooks.sh, fuzz-api.sh, test-clients.sh and browser-test.sh: makes the pinned
# virtualenv of requirements.txt ($EFFECTMETER_NOTEBOOK_VENV, default notebooks/.venv) and sets
# $venv to it. Installs only when requirements.txt changed since the last install; nothing is
# downloaded at run time after that. Scripts that start at the same time (run-against-sample.sh
# runs the fuzzer beside the notebooks) take turns: the first makes and fills the virtualenv while
# holding a lock on this folder, the others wait for it and then find it ready.
venv_here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
venv=${EFFECTMETER_NOTEBOOK_VENV:-$venv_here/.venv}
exec {venv_lock}< "$venv_here"
flock "$venv_lock"
if [[ ! -x $venv/bin/python ]]; then
  python3 -m venv "$venv"
fi
if ! (cd "$venv_here" && sha256sum --status -c "$venv/requirements.sha256" 2>/dev/null); then
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$venv_here/requirements.txt"
  (cd "$venv_here" && sha256sum requirements.txt > "$venv/requirements.sha256")
fi
exec {venv_lock}<&-
