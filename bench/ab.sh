#!/usr/bin/env bash
# Wall time of two builds of the binary on the same corpus (the seeds × COPIES), runs
# interleaved A B A B ... so a busy neighbour slows both alike; prints the medians and B/A.
#   bench/ab.sh BIN_A BIN_B [REPEATS=5] [COPIES=20]
# e.g. a worktree of an earlier commit built into its own target dir as BIN_A.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
A=$1 B=$2 REPEATS=${3:-5} COPIES=${4:-20}
bench_setup ab
seed_corpus "$WORK/corpus" "$COPIES"
for r in $(seq 1 "$REPEATS"); do
  for side in A B; do
    bin=$A; [ "$side" = B ] && bin=$B
    /usr/bin/time -f "%e %M" -o "$WORK/$side-$r" "$bin" run "$WORK/corpus" --out "$WORK/out-$side" --force > /dev/null 2>&1 || [ $? -eq 1 ]
  done
done
python3 - "$WORK" "$REPEATS" "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2)" <<'PY'
import statistics, sys
w, n, cpu = sys.argv[1], int(sys.argv[2]), sys.argv[3].strip()
def med(side, k):
    return statistics.median(float(open(f"{w}/{side}-{r}").read().split()[k]) for r in range(1, n + 1))
a, b = med("A", 0), med("B", 0)
print(f"CPU: {cpu}; {n} interleaved runs each")
print(f"A: median wall {a:.2f} s, peak RSS {med('A', 1) / 1024:.0f} MB")
print(f"B: median wall {b:.2f} s, peak RSS {med('B', 1) / 1024:.0f} MB")
print(f"B/A wall: {b / a:.3f}")
PY
