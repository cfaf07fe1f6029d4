#!/usr/bin/env bash
# Benchmark of the pipeline on the seeds: words/s of the NER stage and of the whole run, and the
# share of each other stage, as medians over several runs. Prints a table; figures come from each
# run's run.json (stage timings) and /usr/bin/time (peak memory).
#
# Usage: bash bench/run.sh [REPEATS=5] [COPIES=20]
#   COPIES: how many times the seed articles are repeated (with a changed first line, so the
#   duplicate detector keeps them) to make a corpus of about COPIES × 8,300 words.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
REPEATS="${1:-5}"
COPIES="${2:-20}"
bench_setup seeds
seed_corpus "$WORK/corpus" "$COPIES"
for r in $(seq 1 "$REPEATS"); do
  /usr/bin/time -f "%M" -o "$WORK/rss-$r" "$BIN" run "$WORK/corpus" --out "$WORK/run-$r" --force > /dev/null || [ $? -eq 1 ]  # 1: some inputs skipped (listed in documents.csv)
done
python3 - "$WORK" "$REPEATS" <<'PY'
import json, statistics, sys
work, n = sys.argv[1], int(sys.argv[2])
runs = [json.load(open(f"{work}/run-{r}/run.json")) for r in range(1, n + 1)]
rss = [int(open(f"{work}/rss-{r}").read().split()[-1]) / 1024 for r in range(1, n + 1)]
med = lambda xs: statistics.median(xs)
words = runs[0]["counts"]["words"]
wall = [r["timings_s"]["wall"] for r in runs]
st = {k: [r["timings_s"]["stages"][k] for r in runs] for k in runs[0]["timings_s"]["stages"]}
ner = st["ner_s"]
c = runs[0]["counts"]
print(f"corpus: {c['documents_ok']} documents, {words} words; {n} runs; medians")
print(f"{'stage':<10} {'seconds':>9} {'share of wall':>14} {'vs NER':>8}")
for k, v in st.items():
    print(f"{k[:-2]:<10} {med(v):>9.3f} {med(v)/med(wall)*100:>13.1f}% {med(v)/med(ner)*100:>7.2f}%")
print(f"{'wall':<10} {med(wall):>9.3f}")
print(f"NER words/s:   {words/med(ner):,.0f}  (min {words/max(ner):,.0f}, max {words/min(ner):,.0f})")
print(f"total words/s: {words/med(wall):,.0f}")
print(f"padding: {1 - c['pieces']/c['padded_pieces']:.1%} of the pieces fed to the model")
print(f"peak RSS: {med(rss):,.0f} MB")
PY
