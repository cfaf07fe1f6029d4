#!/usr/bin/env bash
# Kill -9 at random points of a run, KILLS times (default 20); every third kill waits for the
# commit journal and lands at a random moment of the rename phase (slowed by the test hook
# ACTORGRAPH_COMMIT_PAUSE_MS). After each kill:
#   1. the folder holds one complete set as its manifest.json names it (sizes and SHA-256), or a
#      commit journal the next command finishes (a kill between two renames);
#   2. the next command (`run --resume`) finishes any journal, and its tables are byte-identical
#      to a clean run's (run.json aside: it records timings and cache reuse).
# Prints one line per kill and a summary; exit 1 if any check failed.
# Usage: bash bench/kill-probe.sh [KILLS=20] [COPIES=4]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
KILLS="${1:-20}"
COPIES="${2:-4}"
bench_setup kill-probe
seed_corpus "$WORK/corpus" "$COPIES"
"$BIN" run "$WORK/corpus" --out "$WORK/ref" --force > /dev/null 2>&1 || [ $? -eq 1 ]
start=$(date +%s.%N)
"$BIN" run "$WORK/corpus" --out "$WORK/timing" --force > /dev/null 2>&1 || [ $? -eq 1 ]
dur=$(python3 -c "import time; print(time.time() - $start)")
check_set() { # DIR -> prints complete|journal|BROKEN
  python3 - "$1" <<'PY'
import hashlib, json, os, sys
d = sys.argv[1]
if os.path.exists(os.path.join(d, ".actorgraph-commit.json")):
    print("journal"); sys.exit()
try:
    m = json.load(open(os.path.join(d, "manifest.json")))
except FileNotFoundError:
    # killed before its first commit: no set at all, and no table either
    tables = [f for f in os.listdir(d) if f.endswith((".csv", ".gexf", ".html"))]
    print("empty" if not tables else "BROKEN: tables without a manifest"); sys.exit()
for name, s in m["files"].items():
    b = open(os.path.join(d, name), "rb").read()
    if len(b) != s["bytes"] or hashlib.sha256(b).hexdigest() != s["sha256"]:
        print(f"BROKEN: {name}"); sys.exit()
print("complete")
PY
}
fails=0; journals=0
for k in $(seq 1 "$KILLS"); do
  out="$WORK/out-$k"
  # Half the kills hit a folder holding an earlier complete set (from a smaller corpus).
  if [ $((k % 2)) -eq 0 ]; then
    mkdir -p "$WORK/half"; cp "$WORK"/corpus/*-1.txt "$WORK/half/"
    "$BIN" run "$WORK/half" --out "$out" --force > /dev/null 2>&1 || [ $? -eq 1 ]
  fi
  delay=$(python3 -c "import random; random.seed($k); print(round(random.uniform(0.3, $dur + 2.0), 2))")
  ACTORGRAPH_COMMIT_PAUSE_MS=150 "$BIN" run "$WORK/corpus" --out "$out" --force > /dev/null 2>&1 &
  pid=$!
  if [ $((k % 3)) -eq 0 ]; then
    # Aimed at the rename phase: once the journal appears, a random moment among the renames.
    for _ in $(seq 1 3000); do [ -e "$out/.actorgraph-commit.json" ] && break; sleep 0.01; done
    delay="rename+$(python3 -c "import random; random.seed($k); print(round(random.uniform(0.0, 1.5), 2))")"
    sleep "${delay#rename+}"
  else
    sleep "$delay"
  fi
  kill -9 "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  after=$(check_set "$out")
  [ "$after" = journal ] && journals=$((journals + 1))
  "$BIN" run "$WORK/corpus" --out "$out" --resume > /dev/null 2>&1 || [ $? -eq 1 ]
  resumed=$(check_set "$out")
  same=identical
  for f in "$WORK"/ref/*.csv "$WORK"/ref/graph.gexf "$WORK"/ref/report.html; do
    cmp -s "$f" "$out/$(basename "$f")" || { same="DIFFERS: $(basename "$f")"; break; }
  done
  echo "kill $k at ${delay}s: after the kill $after; after --resume $resumed, tables $same"
  case "$after$resumed$same" in *BROKEN*|*DIFFERS*) fails=$((fails + 1));; esac
done
echo "summary: $KILLS kills (run takes ${dur%.*} s), $journals in the rename phase, $fails failed checks"
[ "$fails" -eq 0 ]
