#!/usr/bin/env bash
# Install kg into ./.venv and run the main job on the embedded store:
# ingest the example article, answer a question, write the HTML picture of the answer.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e .
KG=.venv/bin/kg
export KG_DATA_DIR=${KG_DATA_DIR:-.kg}
$KG ingest examples/alibaba-qwq-32b.de.txt
$KG ask "who competes with DeepSeek" --html answer.html
echo "Wrote answer.html (open it in a browser; it works offline)."
