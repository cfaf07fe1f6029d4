#!/usr/bin/env bash
# Linking time against registry size: the seeds corpus linked with the shipped registry, and with
# the shipped registry plus N generated actors (two-word person names and organisations with
# aliases and acronyms, all distinct). Prints the median link-stage seconds of each (run.json),
# and their ratio.
# Usage: bash bench/registry-scale.sh [N=100000] [REPEATS=3]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
N="${1:-100000}"
REPEATS="${2:-3}"
bench_setup registry-scale
mkdir -p "$WORK/big"
seed_corpus "$WORK/corpus" 4
cp actors/*.csv "$WORK/big/"
python3 - "$N" "$WORK/big/50-generated.csv" <<'PY'
import csv, sys
n, path = int(sys.argv[1]), sys.argv[2]
syl = ["ka", "lo", "mi", "ren", "tus", "vel", "dor", "qua", "nix", "zer", "bal", "tho", "ril", "mon", "sa", "gre"]
def word(k, parts=3):
    s = ""
    for _ in range(parts):
        s += syl[k % len(syl)]; k //= len(syl)
    return s.capitalize()
w = csv.writer(open(path, "w", newline="", encoding="utf-8"))
w.writerow(["id", "name", "kind", "country", "aliases", "notes"])
for i in range(n):
    if i % 2 == 0:
        # The first name encodes i, so every name is distinct.
        first, last = word(i, 5), word(i * 7919 + 13, 4)
        w.writerow([f"gen:p{i}", f"{first} {last}", "person", "", f"{first} {last[0]}.", ""])
    else:
        name = f"{word(i, 5)} {word(i * 104729 + 7, 3)} Council"
        w.writerow([f"gen:o{i}", name, "organization", "", f"Q{word(i, 2).upper()}{i}", ""])
PY
for r in $(seq 1 "$REPEATS"); do
  "$BIN" run "$WORK/corpus" -o "$WORK/small-$r" --force > /dev/null || [ $? -eq 1 ]
  "$BIN" run "$WORK/corpus" -o "$WORK/big-$r" --force --actors "$WORK/big" > /dev/null || [ $? -eq 1 ]
done
python3 - "$WORK" "$REPEATS" "$N" <<'PY'
import json, statistics, sys
work, n, big = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
link = lambda k: statistics.median(json.load(open(f"{work}/{k}-{r}/run.json"))["timings_s"]["stages"]["link_s"] for r in range(1, n + 1))
ner = statistics.median(json.load(open(f"{work}/small-{r}/run.json"))["timings_s"]["stages"]["ner_s"] for r in range(1, n + 1))
actors = lambda k: json.load(open(f"{work}/{k}-1/run.json"))["registry_actors"]
s, b = link("small"), link("big")
print(f"link stage, shipped registry ({actors('small')} actors): {s:.3f} s ({100 * s / ner:.1f} % of NER)")
print(f"link stage, + {big} generated ({actors('big')} actors): {b:.3f} s")
print(f"ratio: {b / s:.2f}x")
PY
