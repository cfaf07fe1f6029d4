#!/usr/bin/env bash
# What the parse costs a run: the same corpus (the seeds repeated to >= 50,000 words) through the
# shipped model with its parser head and through a copy of the folder without it, interleaved,
# 3 runs each; prints each run's words/s and the parse and events stages' share of wall time
# (run.json), then the medians and the words/s ratio. Compare figures only within one run of
# this script (shared machines drift).
# Usage: bash bench/parse-cost.sh [MODEL_DIR] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
MODEL="${1:-models/ner-minilm-conll}"
RUNS="${2:-3}"
BIN=target/release/actorgraph
[ -x "$BIN" ] || cargo build --release
[ -f "$MODEL/parser.json" ] || { echo "error: $MODEL has no parser head (parser.json)" >&2; exit 2; }
W=bench/out/parse-cost; rm -rf "$W"; mkdir -p "$W/corpus" "$W/no-parser"
for f in "$MODEL"/*; do case "$(basename "$f")" in parser.*) ;; *) ln -s "$(realpath "$f")" "$W/no-parser/";; esac; done
python3 - "$W/corpus" <<'PY'
import glob, os, sys
seeds = [open(p, encoding="utf-8").read() for p in sorted(glob.glob("seeds/*.txt"))]
n, words = 0, 0
while words < 50_000:
    for i, s in enumerate(seeds):
        open(os.path.join(sys.argv[1], f"seed{i}-copy{n}.txt"), "w").write(f"Copy {n}.\n{s}")
        words += len(s.split())
    n += 1
PY
for r in $(seq "$RUNS"); do
  for m in parser no-parser; do
    dir="$MODEL"; [ "$m" = no-parser ] && dir="$W/no-parser"
    "$BIN" run "$W/corpus" --out "$W/run-$m-$r" --model "$dir" --force > /dev/null 2>&1 || [ $? -eq 1 ]
    python3 - "$W/run-$m-$r/run.json" "$m" <<'PY'
import json, sys
j = json.load(open(sys.argv[1]))
t = j["timings_s"]["stages"]
wall = j["timings_s"]["wall"]
words = j["counts"]["words"]
print(f"{sys.argv[2]:10} words/s {words / wall:8.0f}  parse {100 * t.get('parse_s', 0) / wall:5.1f} %  events {100 * t.get('events_s', 0) / wall:5.1f} %  wall {wall:6.1f} s")
PY
  done
done | tee "$W/runs.txt"
python3 - "$W/runs.txt" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
med = {m: statistics.median(float(r[2]) for r in rows if r[0] == m) for m in ("parser", "no-parser")}
share = statistics.median(float(r[4]) + float(r[7]) for r in rows if r[0] == "parser")
print(f"median words/s: with parser {med['parser']:.0f}, without {med['no-parser']:.0f}; ratio {med['parser'] / med['no-parser']:.3f}; parse + events {share:.1f} % of wall")
PY
