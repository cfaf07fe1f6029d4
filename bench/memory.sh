#!/usr/bin/env bash
# Peak memory (RSS) of `run` over 200 and over 2,000 generated articles (sentences of the seeds
# shuffled into new articles), to check that memory does not grow with the size of the dump.
# Usage: bash bench/memory.sh [MODEL_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
MODEL="${1:-models/ner-minilm-conll}"
BIN=target/release/actorgraph
[ -x "$BIN" ] || cargo build --release
W=bench/out/memory; rm -rf "$W"; mkdir -p "$W"
for n in 200 2000; do
  python3 - "$W/c$n" "$n" <<'PY'
import glob, os, random, sys
out, n = sys.argv[1], int(sys.argv[2])
os.makedirs(out, exist_ok=True)
random.seed(n)
sents = [x.strip() + "." for p in sorted(glob.glob("seeds/*.txt")) for x in open(p, encoding="utf-8").read().replace("\n", " ").split(". ") if len(x.split()) > 5]
for k in range(n):
    # about 100 words: a headline and two short paragraphs
    paras = [" ".join(random.sample(sents, 2)) for _ in range(2)]
    open(os.path.join(out, f"a{k:05d}.txt"), "w").write(f"Article {k}\n\n" + "\n\n".join(paras))
PY
  /usr/bin/time -f "%M %e" -o "$W/time-$n" "$BIN" run "$W/c$n" --out "$W/out$n" --model "$MODEL" --force > /dev/null || [ $? -eq 1 ]  # 1: some inputs skipped (listed in documents.csv)
done
python3 - "$W" <<'PY'
import sys
w = sys.argv[1]
r = {n: [float(x) for x in open(f"{w}/time-{n}").read().split()[-2:]] for n in (200, 2000)}
for n, (kb, s) in r.items():
    print(f"{n:>5} articles: peak RSS {kb/1024:,.0f} MB, {s:.1f} s")
print(f"ratio 2000/200: {r[2000][0]/r[200][0]:.2f}x (target <= 1.5x)")
PY
