# Sourced by run-notebooks.sh and fuzz-api.sh: makes the pinned virtualenv of requirements.txt
# ($EFFECTMETER_NOTEBOOK_VENV, default notebooks/.venv) and sets $venv to it. Installs only when
# requirements.txt changed since the last install; nothing is downloaded at run time after that.
venv_here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
venv=${EFFECTMETER_NOTEBOOK_VENV:-$venv_here/.venv}
if [[ ! -x $venv/bin/python ]]; then
  python3 -m venv "$venv"
fi
if ! (cd "$venv_here" && sha256sum --status -c "$venv/requirements.sha256" 2>/dev/null); then
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$venv_here/requirements.txt"
  (cd "$venv_here" && sha256sum requirements.txt > "$venv/requirements.sha256")
fi
