#!/usr/bin/env bash
# Shards 1/N .. N/N (default 3) of the seeds × COPIES (default 20), merged, against one run over
# all of it: every table must be byte-identical (run.json and manifest.json aside: they name the
# runs). Exit 1 on any difference.
# Usage: bash bench/shard-merge.sh [N=3] [COPIES=20]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
N="${1:-3}"
COPIES="${2:-20}"
bench_setup shard-merge
seed_corpus "$WORK/corpus" "$COPIES"
"$BIN" run "$WORK/corpus" --out "$WORK/one" --force > /dev/null 2>&1 || [ $? -eq 1 ]
shards=()
for k in $(seq 1 "$N"); do
  "$BIN" run "$WORK/corpus" --shard "$k/$N" --out "$WORK/shard-$k" --force > /dev/null 2>&1 || [ $? -eq 1 ]
  shards+=("$WORK/shard-$k")
done
"$BIN" merge "${shards[@]}" --out "$WORK/merged" --force > /dev/null
diffs=0
for f in "$WORK"/one/*.csv "$WORK"/one/graph.gexf "$WORK"/one/report.html; do
  name=$(basename "$f")
  if cmp -s "$f" "$WORK/merged/$name"; then echo "identical: $name"; else echo "DIFFERS:   $name"; diffs=$((diffs + 1)); fi
done
echo "summary: $N shards of $(ls "$WORK/corpus" | wc -l) files merged; $diffs tables differ from one run"
[ "$diffs" -eq 0 ]
