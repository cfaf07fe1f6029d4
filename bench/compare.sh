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
  /usr/bin/time -f "%M" -o "$W/rss-$r" "$BIN" --threads "$THREADS" run "$W/corpus" --out "$W/run-$r" --model "$MODEL" --force > /dev/null
done
bench/.venv/bin/python bench/compare.py "$W/corpus" "$MODEL" "$THREADS" > "$W/python.json"
SPACY_F1=""; OURS_F1=""
if [ -n "$DEV" ]; then
  SPACY_F1=$(bench/.venv/bin/python bench/spacy_conll.py "$DEV")
  OURS_F1=$("$BIN" eval --model "$MODEL" --gold "$DEV" | awk '$1=="micro"{print $4}')
fi
python3 - "$W" "$SPACY_F1" "$OURS_F1" <<'PY'
import json, statistics, sys
w, spacy_f1, ours_f1 = sys.argv[1], sys.argv[2] or "n/a", sys.argv[3] or "n/a"
py = json.load(open(f"{w}/python.json"))
runs = [json.load(open(f"{w}/run-{r}/run.json")) for r in (1, 2, 3)]
rss = statistics.median(int(open(f"{w}/rss-{r}").read()) / 1024 for r in (1, 2, 3))
words = py["words"]
wall = statistics.median(r["timings_s"]["wall"] for r in runs)
ner = statistics.median(r["timings_s"]["stages"]["ner_s"] for r in runs)
c = runs[0]["counts"]
# MiniLM-L6 (H=384, 6 layers, FFN 1536): 2 x 10.6 M weights per piece, plus attention.
cfg = json.load(open(runs[0]["model"] + "/config.json"))
H, L, F = cfg["hidden_size"], cfg["num_hidden_layers"], cfg["intermediate_size"]
avg_len = c["pieces"] / max(c["windows"], 1)
flops_per_piece = L * (2 * (4 * H * H + 2 * H * F) + 4 * avg_len * H)
useful = flops_per_piece * c["pieces"] / ner / 1e9
padded = flops_per_piece * c["padded_pieces"] / ner / 1e9
peak = py["matmul_gflops"]
ours = words / wall
print(f"corpus: {py['documents']} documents, {words:,} words (whitespace), {py['threads']} threads; actorgraph: median of 3 runs")
print(f"{'system':<34} {'words/s':>10} {'vs HF':>7} {'CoNLL dev F1':>13}")
print(f"{'actorgraph run (whole pipeline)':<34} {ours:>10,.0f} {ours/py['hf_words_per_s']:>6.2f}x {ours_f1:>13}")
print(f"{'actorgraph NER stage only':<34} {words/ner:>10,.0f} {words/ner/py['hf_words_per_s']:>6.2f}x")
print(f"{'HF transformers pipeline, same weights':<34} {py['hf_words_per_s']:>10,.0f} {1:>6.2f}x")
print(f"{'spaCy en_core_web_sm':<34} {py['spacy_words_per_s']:>10,.0f} {py['spacy_words_per_s']/py['hf_words_per_s']:>6.2f}x {spacy_f1:>13}")
print(f"matmul peak (fp32, 2048^3): {peak:.1f} GFLOP/s; NER stage: {useful:.1f} GFLOP/s useful = {useful/peak:.0%} of peak"
      f" ({padded:.1f} GFLOP/s counting padding; padding {1 - c['pieces']/c['padded_pieces']:.1%})")
st = {k: statistics.median(r["timings_s"]["stages"][k] for r in runs) for k in runs[0]["timings_s"]["stages"]}
other = wall - st["ner_s"]
print(f"beyond NER (read, clean, link, relate, write): {other:.2f} s = {other/wall:.1%} of wall; peak RSS {rss:,.0f} MB")
PY
