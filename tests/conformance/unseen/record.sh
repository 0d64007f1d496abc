#!/usr/bin/env bash
# Records expected.json for one topic folder with the shared recorder (real CPython and Pyodide).
# usage: bash tests/conformance/unseen/record.sh TOPIC [record.py options and name filters...]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
topic="${1:?usage: record.sh TOPIC [options...]}"; shift
shared="$(cd "$here/../../../../shared/conformance" && pwd)"
dir="$here/$topic"
[ -d "$dir/corpus" ] || { echo "no $dir/corpus" >&2; exit 2; }
# record.py works on the folder it sits in; give it one that holds this topic's corpus.
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
cp "$shared/record.py" "$shared/record_pyodide.mjs" "$work/"
ln -s "$dir/corpus" "$work/corpus"
[ -f "$dir/expected.json" ] && cp "$dir/expected.json" "$work/expected.json"
export PYODIDE_DIR="${PYODIDE_DIR:-$here/../../../node_modules/pyodide}"
python3 "$work/record.py" "$@"
cp "$work/expected.json" "$dir/expected.json"
