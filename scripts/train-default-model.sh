#!/usr/bin/env bash
# Retrain the shipped model models/ner-minilm-conll (the documented command behind MODEL_CARD.md).
# Needs the CoNLL-2003 and WikiGold files (not in this repo) under DATA, by default
# ../shared/data. About 30 minutes on 2 idle cores.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${DATA:-../shared/data}"
OUT="${OUT:-models/ner-minilm-conll}"
[ -f "$DATA/conll2003/train.iob2" ] || { echo "error: $DATA/conll2003/train.iob2 not found; set DATA=folder with conll2003/" >&2; exit 2; }
[ -f "$DATA/wikigold/wikigold.conll.txt" ] || { echo "error: $DATA/wikigold/wikigold.conll.txt not found; set DATA=folder with wikigold/" >&2; exit 2; }
bash scripts/fetch-base-model.sh
cargo build --release
# Version 3: CoNLL-2003 train + dev, and the even-numbered half of WikiGold's articles twice
# (scripts/split-wikigold.py); the odd half is the out-of-domain test that replaces WikiGold.
mkdir -p .cache
cat "$DATA/conll2003/train.iob2" <(echo) "$DATA/conll2003/dev.iob2" > .cache/conll-train-dev.iob2
python3 scripts/split-wikigold.py "$DATA/wikigold/wikigold.conll.txt" .cache/wikigold-train.iob2 .cache/wikigold-test.iob1
cat .cache/wikigold-train.iob2 .cache/wikigold-train.iob2 > .cache/wikigold-train-2x.iob2
RUST_LOG=actorgraph=info target/release/actorgraph train \
  --base .cache/base/minilm-l6 \
  --train .cache/conll-train-dev.iob2 .cache/wikigold-train-2x.iob2 --scheme iob2 \
  --dev "$DATA/conll2003/dev.iob2" \
  --out "$OUT" --epochs 4 --batch 8 --lr 1e-4 --window-pieces 126 --seed 13
for p in int8 f32; do
  target/release/actorgraph eval --model "$OUT" --gold .cache/wikigold-test.iob1 --scheme iob1 --precision "$p"
done
# The parser head on the frozen encoder (UD English EWT, CC BY-SA 4.0: see MODEL_CARD.md):
# about 15 minutes on 2 idle cores; the best epoch by dev LAS is written into the folder.
EWT="$DATA/ud-english-ewt"
if [ -f "$EWT/en_ewt-ud-train.conllu" ]; then
  RUST_LOG=actorgraph=info target/release/actorgraph train-parser --model "$OUT" \
    --train "$EWT/en_ewt-ud-train.conllu" --dev "$EWT/en_ewt-ud-dev.conllu" --epochs 14 --seed 13
  cp "$EWT/LICENSE.txt" "$OUT/LICENSE-UD-EWT.txt"
  for p in int8 f32; do
    target/release/actorgraph eval parse --model "$OUT" --gold "$EWT/en_ewt-ud-test.conllu" --precision "$p"
  done
else
  echo "note: $EWT/en_ewt-ud-train.conllu not found; the model has no parser head" >&2
fi
