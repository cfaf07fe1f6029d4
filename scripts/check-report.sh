#!/usr/bin/env bash
# Checks report.html in a real browser (not part of `make test`: a browser is not a given on a
# user's machine). Installs Debian's Chromium and playwright-core (npm) if missing, then:
#   1. opens the seeds run's report, clicks the most mentioned actor and one of its ties, and
#      saves screenshots (bench/out/report-check/seeds/*.png);
#   2. builds a 2,000-article corpus from the seeds (400 dated copies of each article, JSONL),
#      runs actorgraph on it, and measures how long its report takes to open and draw;
#   3. does the same for a synthetic run of 2,000 actors and 20,000 ties (bench/synthetic-run.py).
# Usage: bash scripts/check-report.sh [ARTICLES=2000]
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-2000}"
BIN=target/release/actorgraph
[ -x "$BIN" ] || cargo build --release
command -v chromium >/dev/null || { apt-get install -y chromium || { apt-get update && apt-get install -y chromium; }; }
if [ ! -d bench/.browser/node_modules/playwright-core ]; then
  mkdir -p bench/.browser && echo '{"name": "report-check", "private": true}' > bench/.browser/package.json && (cd bench/.browser && npm install --silent playwright-core@1)
fi
OUT=bench/out/report-check
rm -rf "$OUT"; mkdir -p "$OUT/seeds" "$OUT/big"
"$BIN" run seeds -o "$OUT/seeds-run" --force > /dev/null
cp bench/report-check.mjs bench/.browser/   # node resolves playwright-core from the script's folder
ROOT=$PWD
(cd bench/.browser && node report-check.mjs "$ROOT/$OUT/seeds-run/report.html" "$ROOT/$OUT/seeds")
python3 - "$N" "$OUT/big/corpus.jsonl" <<'PY'
import json, os, sys, datetime
n, path = int(sys.argv[1]), sys.argv[2]
seeds = sorted(f for f in os.listdir("seeds") if f.endswith(".txt"))
texts = [open(os.path.join("seeds", f), encoding="utf-8").read() for f in seeds]
start = datetime.date(2019, 1, 1)
with open(path, "w", encoding="utf-8") as out:
    for i in range(n):
        t = texts[i % len(texts)]
        day = start + datetime.timedelta(days=(i * 7) % 1400)
        out.write(json.dumps({"id": f"a{i:05d}", "date": day.isoformat(), "text": f"Copy {i} of the article.\n{t}"}, ensure_ascii=False) + "\n")
PY
/usr/bin/time -f "%e s, %M KB" "$BIN" run "$OUT/big/corpus.jsonl" -o "$OUT/big/run" --force --max-file-mb 64 | tail -3
(cd bench/.browser && node report-check.mjs "$ROOT/$OUT/big/run/report.html" "$ROOT/$OUT/big")
# 3. A synthetic run with 2,000 distinct actors and 20,000 ties (the seeds never give that many).
python3 bench/synthetic-run.py "$OUT/synthetic-run" 2000 20000
"$BIN" report "$OUT/synthetic-run"
mkdir -p "$OUT/synthetic"
(cd bench/.browser && node report-check.mjs "$ROOT/$OUT/synthetic-run/report.html" "$ROOT/$OUT/synthetic")
