#!/usr/bin/env bash
# Event locations against the hand-written `location` column of gold/seeds-events.csv: among the
# gold events that name a place and that the run codes (same sentence, source, target and quad
# class), how many get that place; among those that name none, how many get one anyway.
#   bench/location.sh [RUN_DIR]   (default: a fresh run over seeds/)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${ACTORGRAPH:-target/release/actorgraph}
run=${1:-}
if [ -z "$run" ]; then
  run=$(mktemp -d)
  trap 'rm -rf "$run"' EXIT
  "$bin" run seeds -o "$run" --force > /dev/null 2>&1
fi
python3 - "$run" gold/seeds-events.csv <<'PY'
import csv, importlib.util, sys
run, gold_path = sys.argv[1], sys.argv[2]
# The quad class of a code, as the confidence calibration computes it.
spec = importlib.util.spec_from_file_location("calibrate", "scripts/calibrate-confidence.py")
calibrate = importlib.util.module_from_spec(spec)
spec.loader.exec_module(calibrate)
quad = calibrate.quad
pred = {}
for e in csv.DictReader(open(f"{run}/events.csv", encoding="utf-8-sig")):
    if e["negated"] == "true" or e["modality"] != "asserted":
        continue
    pred.setdefault((e["doc_id"], e["sentence"], e["source"], e["target"], quad(e["code"])), e["location"])
named = right = coded_named = none = invented = 0
for g in csv.DictReader(open(gold_path, encoding="utf-8-sig")):
    k = (g["doc_id"], g["sentence"], g["source"], g["target"], quad(g["code"]))
    loc = g["location"].strip()
    if loc:
        named += 1
    if k not in pred:
        continue
    if loc:
        coded_named += 1
        ok = pred[k].lower() == loc.lower()
        right += ok
        if not ok:
            print(f"  wrong: {k[0][:3]} s{k[1]} {k[2]}->{k[3]}: gold {loc!r}, run {pred[k]!r}")
    else:
        none += 1
        if pred[k]:
            invented += 1
            print(f"  invented: {k[0][:3]} s{k[1]} {k[2]}->{k[3]}: run {pred[k]!r}")
print(f"gold events naming a place: {named}; coded by the run: {coded_named}; right place: {right} ({right / max(coded_named, 1):.2f})")
print(f"coded gold events naming none: {none}; given a place anyway: {invented} ({invented / max(none, 1):.2f})")
PY
