#!/usr/bin/env bash
# One run, same texts: actorgraph (words/s, NER FLOP/s, peak memory) vs the Hugging Face
# transformers pipeline on the same weights vs spaCy en_core_web_sm, plus the machine's matmul
# peak. Corpus: the seeds repeated to >= 100,000 words plus generated long and short documents.
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
for r in 1 2 3; do
  /usr/bin/time -f "%M" -o "$W/rss-$r" "$BIN" --threads "$THREADS" run "$W/corpus" --out "$W/run-$r" --model "$MODEL" --force > /dev/null || [ $? -eq 1 ]  # 1: some inputs skipped (listed in documents.csv)
done
bench/.venv/bin/python bench/compare.py "$W/corpus" "$MODEL" "$THREADS" > "$W/python.json"
SPACY_F1=""; OURS_F1=""
if [ -n "$DEV" ]; then
  SPACY_F1=$(bench/.venv/bin/python bench/spacy_conll.py "$DEV")
  OURS_F1=$("$BIN" eval --model "$MODEL" --gold "$DEV" | awk '$1=="micro"{print $4}')
fi
python3 bench/summarize_compare.py "$W" "$SPACY_F1" "$OURS_F1"
