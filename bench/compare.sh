#!/usr/bin/env bash
# One run, same texts: actorgraph at int8 (the default) and f32 (words/s, NER FLOP/s, peak
# memory) vs the Hugging Face transformers pipeline on the same weights, the same weights called
# directly from torch, and spaCy en_core_web_sm, plus the machine's fp32 matmul peak. Corpus: the seeds repeated to >= 100,000 words plus generated long and short documents.
# Usage: bash bench/compare.sh [MODEL_DIR] [CONLL_DEV]   (CONLL_DEV optional: adds F1 beside speed)
set -euo pipefail
cd "$(dirname "$0")/.."
MODEL="${1:-models/ner-minilm-conll}"
DEV="${2:-}"
THREADS="${THREADS:-$(nproc)}"
bash bench/setup-python.sh
BIN=target/release/actorgraph
[ -x "$BIN" ] || cargo build --release
W=bench/out/compare; rm -rf "$W"; mkdir -p "$W/corpus"
python3 - "$W/corpus" <<'PY'
import glob, os, random, sys
out = sys.argv[1]
seeds = [open(p, encoding="utf-8").read() for p in sorted(glob.glob("seeds/*.txt"))]
n, words = 0, 0
while words < 100_000:
    for i, s in enumerate(seeds):
        open(os.path.join(out, f"seed{i}-copy{n}.txt"), "w").write(f"Copy {n}.\n{s}")
        words += len(s.split())
    n += 1
random.seed(1)
sents = [x.strip() + "." for s in seeds for x in s.replace("\n", " ").split(". ") if len(x.split()) > 5]
for k in range(40):  # short documents: one or two sentences
    open(os.path.join(out, f"short{k}.txt"), "w").write(" ".join(random.sample(sents, random.randint(1, 2))))
for k in range(3):  # long documents: about 5,000 words in one paragraph each
    open(os.path.join(out, f"long{k}.txt"), "w").write(" ".join(random.choices(sents, k=220)))
PY
PY=bench/.venv/bin/python
# actorgraph, 3 runs at each precision (int8 is the default), interleaved, each after a fresh
# measurement of the matmul peak (this shared machine's speed drifts from minute to minute).
for r in 1 2 3; do
  for p in int8 f32; do
    "$PY" bench/peak.py "$THREADS" > "$W/peak-$p-$r"
    /usr/bin/time -f "%M" -o "$W/rss-$p-$r" "$BIN" --threads "$THREADS" run "$W/corpus" --out "$W/run-$p-$r" --model "$MODEL" --precision "$p" --force > /dev/null || [ $? -eq 1 ]  # 1: some inputs skipped (listed in documents.csv)
  done
done
"$PY" bench/peak.py "$THREADS" > "$W/peak-python"
"$PY" bench/compare.py "$W/corpus" "$MODEL" "$THREADS" > "$W/python.json"
F1_SPACY=""; F1_INT8=""; F1_F32=""
if [ -n "$DEV" ]; then
  F1_SPACY=$("$PY" bench/spacy_conll.py "$DEV")
  F1_INT8=$("$BIN" eval --model "$MODEL" --gold "$DEV" --precision int8 | awk '$1=="micro"{print $4}')
  F1_F32=$("$BIN" eval --model "$MODEL" --gold "$DEV" --precision f32 | awk '$1=="micro"{print $4}')
fi
python3 bench/summarize_compare.py "$W" "$F1_SPACY" "$F1_INT8" "$F1_F32"
