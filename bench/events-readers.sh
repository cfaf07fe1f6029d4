#!/usr/bin/env bash
# Events: the three verb readers (--events-engine shallow | parse | hybrid) on every English gold
# set (and the two Spanish wire sets, which the Spanish reader codes whatever the flag says),
# quad-level precision / recall, and how many of the sentences of tests/events.rs (the
# shallow rules' acceptance suite) each reader codes exactly as the shallow rules do.
#
#   bench/events-readers.sh            (needs target/release/actorgraph and python3)
set -euo pipefail
bin=${ACTORGRAPH:-target/release/actorgraph}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '%-14s %-8s %s\n' set reader 'quad: precision recall f1 gold predicted correct'
for reader in shallow parse hybrid; do
  for set in held-en held-en-long held-en-wire held-en-news dev-en dev-en-long dev-en-long2 dev-en-long3 dev-en-long4 dev-en-long5 dev-en-wire dev-en-world dev-en-world2 dev-en-world3 dev-en-world4 dev-en-long6 dev-en-world5 dev-en-world6 dev-en-mixed7 dev-en-long7 dev-en-world7 dev-en-mixed8 dev-en-long8 dev-en-world8 dev-en-long9 dev-en-world9 dev-en-pages dev-en-world10 dev-en-long10 seeds es-wire dev-es-long dev-es-long2 dev-es-long3 dev-es-long4 dev-es-long5 dev-es-pages dev-es-world1; do
    if [ "$set" = seeds ]; then input=seeds gold=gold/seeds-events.csv; else input=gold/$set/paragraphs.jsonl gold=gold/$set/events.csv; fi
    "$bin" run "$input" -o "$tmp/$set-$reader" --force --events-engine "$reader" >/dev/null 2>&1
    printf '%-14s %-8s %s\n' "$set" "$reader" "$("$bin" eval events --gold "$gold" --run "$tmp/$set-$reader" | awk '$1=="quad"{print $2, $3, $4, $5, $6, $7}')"
  done
done
# The acceptance sentences, one document each.
python3 - "$tmp/acc.jsonl" <<'PY'
import json, re, sys
src = open("tests/events.rs", encoding="utf-8").read()
seen = []
for s in re.findall(r'code(?:_with|_tagged|_opts)?\(\s*"((?:[^"\\]|\\.)*)"', src):
    if s not in seen:
        seen.append(s)
with open(sys.argv[1], "w", encoding="utf-8") as f:
    for i, s in enumerate(seen):
        f.write(json.dumps({"id": f"s{i:03d}", "text": s}) + "\n")
PY
for reader in shallow parse hybrid; do
  "$bin" run "$tmp/acc.jsonl" -o "$tmp/acc-$reader" --force --events-engine "$reader" >/dev/null 2>&1
done
python3 - "$tmp" <<'PY'
import csv, collections, sys
tmp = sys.argv[1]
def load(reader):
    d = collections.defaultdict(set)
    for r in csv.DictReader(open(f"{tmp}/acc-{reader}/events.csv", encoding="utf-8")):
        d[r["doc_id"]].add((r["source"], r["target"], r["code"][:2], r["negated"], r["modality"]))
    return d
n = sum(1 for _ in open(f"{tmp}/acc.jsonl", encoding="utf-8"))
shallow = load("shallow")
for reader in ("parse", "hybrid"):
    other = load(reader)
    same = sum(1 for i in range(n) if shallow.get(f"s{i:03d}", set()) == other.get(f"s{i:03d}", set()))
    print(f"acceptance sentences coded as the shallow rules do ({reader}): {same} of {n}")
PY
