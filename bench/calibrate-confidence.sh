#!/usr/bin/env bash
# Fit the event confidence model on the development gold sets (seeds and every gold/dev-en*) and write
# lang/en/confidence.csv; print its reliability table on those and on the held-out sets
# (held-en, held-en-long, the Spanish seeds), which the fit never sees. Rebuild afterwards: the
# model is compiled into the binary.
#   bench/calibrate-confidence.sh [OUT_CSV=lang/en/confidence.csv]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${ACTORGRAPH:-target/release/actorgraph}
out=${1:-lang/en/confidence.csv}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
specs=()
fit=""
for set in dev-en dev-en-long dev-en-long2 dev-en-long3 dev-en-long4 dev-en-long5 dev-en-long6 dev-en-wire dev-en-world dev-en-world2 dev-en-world3 dev-en-world4 dev-en-world5 dev-en-world6 dev-en-mixed7 dev-en-long7 dev-en-world7 dev-en-mixed8; do
  fit+=" FIT:$set:gold/$set/paragraphs.jsonl:gold/$set/events.csv"
done
for spec in FIT:seeds:seeds:gold/seeds-events.csv $fit \
            HELD:held-en:gold/held-en/paragraphs.jsonl:gold/held-en/events.csv \
            HELD:held-en-long:gold/held-en-long/paragraphs.jsonl:gold/held-en-long/events.csv \
            HELD:es:gold/es/seeds-es.jsonl:gold/es/seeds-es-events.csv; do
  IFS=: read -r role name input gold <<< "$spec"
  "$bin" run "$input" -o "$tmp/$name" --force > /dev/null 2>&1 || [ $? -eq 1 ]
  specs+=("$role:$tmp/$name:$gold")
done
python3 scripts/calibrate-confidence.py "$out" "${specs[@]}"
