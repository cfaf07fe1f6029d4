#!/usr/bin/env bash
# Shared-machine benchmark: words/s of the whole run on a corpus made from the seeds, with and
# without a competing busy process (one CPU-bound loop), for the default settings and for
# --threads 1. Prints medians over REPEATS runs and the ratio default / best under contention.
# With BASE_BIN=path/to/older/actorgraph the same runs are made with that binary too ("today").
#
# Usage: bash bench/contention.sh [REPEATS=3] [COPIES=10]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
REPEATS="${1:-3}"
COPIES="${2:-10}"
bench_setup contention
seed_corpus "$WORK/corpus" "$COPIES"
busy_pid=""
start_busy() { python3 -c 'while True: pass' & busy_pid=$!; sleep 0.5; }
stop_busy() { [ -n "$busy_pid" ] && kill "$busy_pid" 2>/dev/null; wait "$busy_pid" 2>/dev/null || true; busy_pid=""; }
trap stop_busy EXIT
run_one() { # name bin args...
  local name=$1 bin=$2; shift 2
  for r in $(seq 1 "$REPEATS"); do
    "$bin" "$@" run "$WORK/corpus" --out "$WORK/$name-$r" --force > /dev/null || [ $? -eq 1 ]
  done
}
bins=("current:$BIN")
[ -n "${BASE_BIN:-}" ] && bins+=("base:$BASE_BIN")
for b in "${bins[@]}"; do
  label=${b%%:*}; bin=${b#*:}
  run_one "$label-idle-default" "$bin"
  run_one "$label-idle-t1" "$bin" --threads 1
  start_busy
  run_one "$label-busy-default" "$bin"
  run_one "$label-busy-t1" "$bin" --threads 1
  stop_busy
done
python3 - "$WORK" "$REPEATS" "${BASE_BIN:+base}" <<'PY'
import json, statistics, sys, os
work, n = sys.argv[1], int(sys.argv[2])
labels = ["current"] + ([sys.argv[3]] if len(sys.argv) > 3 and sys.argv[3] else [])
def wps(name):
    runs = [json.load(open(f"{work}/{name}-{r}/run.json")) for r in range(1, n + 1)]
    return statistics.median(r["counts"]["words"] / r["timings_s"]["wall"] for r in runs)
words = json.load(open(f"{work}/current-idle-default-1/run.json"))["counts"]["words"]
print(f"corpus: {words} words; {n} runs each; median words/s of the whole run")
print(f"{'binary':<8} {'setting':<10} {'idle':>8} {'busy':>8}")
res = {}
for l in labels:
    for s in ["default", "t1"]:
        res[(l, s)] = (wps(f"{l}-idle-{s}"), wps(f"{l}-busy-{s}"))
        print(f"{l:<8} {('--threads 1' if s == 't1' else 'default'):<10} {res[(l, s)][0]:>8.0f} {res[(l, s)][1]:>8.0f}")
for l in labels:
    d, t = res[(l, "default")][1], res[(l, "t1")][1]
    print(f"{l}: with a busy neighbour, default / best = {d / max(d, t):.2f}")
if "base" in labels:
    print(f"idle default, current / base = {res[('current', 'default')][0] / res[('base', 'default')][0]:.2f}")
PY
