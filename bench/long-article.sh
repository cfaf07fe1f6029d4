#!/usr/bin/env bash
# Peak memory (RSS) and wall time of `run` over one very long "article" of SIZE_MB (default 12):
# a file of one word with no spaces, and a file of normal text (the seeds repeated). The issue's
# target: each at most 1 GB peak, whatever the size under --max-file-mb (an article is read in
# parts of at most input::PART_CHARS characters, and a batch holds at most BATCH_CHARS).
# Usage: bash bench/long-article.sh [SIZE_MB=12] [MODEL_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE="${1:-12}"
MODEL="${2:-models/ner-minilm-conll}"
BIN=target/release/actorgraph
[ -x "$BIN" ] || cargo build --release
W=bench/out/long-article; rm -rf "$W"; mkdir -p "$W/oneword" "$W/normal"
python3 - "$W" "$SIZE" <<'PY'
import glob, sys
w, mb = sys.argv[1], float(sys.argv[2])
n = int(mb * 1e6)
open(f"{w}/oneword/oneword.txt", "w").write("a" * n)
seeds = "\n\n".join(open(p, encoding="utf-8").read() for p in sorted(glob.glob("seeds/*.txt")))
text = (seeds + "\n\n") * (n // len(seeds.encode()) + 1)
open(f"{w}/normal/normal.txt", "w", encoding="utf-8").write(text.encode()[:n].decode("utf-8", "ignore"))
PY
for kind in oneword normal; do
  /usr/bin/time -f "%M %e" -o "$W/time-$kind" "$BIN" run "$W/$kind" --out "$W/out-$kind" --model "$MODEL" --force --max-file-mb 16 > /dev/null || [ $? -eq 1 ]
done
python3 - "$W" "$SIZE" <<'PY'
import json, sys
w, mb = sys.argv[1], sys.argv[2]
for kind in ("oneword", "normal"):
    kb, s = [float(x) for x in open(f"{w}/time-{kind}").read().split()[-2:]]
    c = json.load(open(f"{w}/out-{kind}/run.json"))["counts"]
    print(f"{mb} MB {kind:>7}: peak RSS {kb/1024:,.0f} MB (target <= 1024), {s:.1f} s, {c['documents_ok']} parts, {c['words']} words")
PY
