#!/usr/bin/env python3
"""Score a run's links against a hand-written expectation file (gold/dev-links/expected.csv).

Each expectation names a mention by its document, its text and which occurrence of that text in
the document it is, and what it should link to: a registry id (alternatives joined by '|'),
'=NAME' (one provisional or registry actor shared by every mention of the class NAME: the test of
'one actor, one id') or 'none' (no actor at all: a credit, a byline, a seat used as a place, a
generic phrase). A run's mention answers an expectation when its span overlaps the expected one.

    python3 scripts/links-dev.py gold/dev-links OUT
"""
import csv, json, sys
from collections import defaultdict

gold_dir, run = sys.argv[1], sys.argv[2]
texts = {}
for line in open(f"{gold_dir}/paragraphs.jsonl", encoding="utf-8"):
    d = json.loads(line)
    texts[d["id"]] = d["text"]
mentions = defaultdict(list)
for m in csv.DictReader(open(f"{run}/mentions.csv", encoding="utf-8-sig")):
    mentions[m["doc_id"]].append(m)

def span(doc, text, occurrence):
    at = -1
    for _ in range(occurrence):
        at = texts[doc].find(text, at + 1)
        if at < 0:
            raise SystemExit(f"{doc}: '{text}' has no occurrence {occurrence}")
    return at, at + len(text)

def answer(doc, s, e):
    best = None
    for m in mentions[doc]:
        o = min(e, int(m["end"])) - max(s, int(m["start"]))
        if o > 0 and (best is None or o > best[0]):
            best = (o, m)
    return best[1] if best else None

right = wrong = missed = noise = 0
classes = defaultdict(list)
covered = set()
for g in csv.DictReader(open(f"{gold_dir}/expected.csv", encoding="utf-8")):
    s, e = span(g["doc_id"], g["text"], int(g["occurrence"]))
    m = answer(g["doc_id"], s, e)
    got = m["actor_id"] if m else ""
    if m:
        covered.add((g["doc_id"], m["start"], m["end"]))
    want = g["expect"]
    where = f'{g["doc_id"]} {g["text"]!r}'
    if want == "none":
        if got:
            noise += 1
            print(f"noise    {where}: {got}")
    elif want.startswith("="):
        classes[(g["doc_id"], want)].append((where, got))
    elif got in want.split("|"):
        right += 1
    elif got and not got.startswith("prov:"):
        wrong += 1
        print(f"wrong    {where}: {got} (want {want})")
    else:
        missed += 1
        print(f"missed   {where}: {got or 'no actor'} (want {want})")
splits = 0
for (doc, name), rows in sorted(classes.items()):
    ids = {got for _, got in rows}
    if len(ids) > 1 or "" in ids:
        splits += 1
        print(f"split    {doc} {name}: " + "; ".join(f"{w.split(' ', 1)[1]} -> {got or 'no actor'}" for w, got in rows))
others = sorted({(d, m["text"], m["actor_id"]) for d, ms in mentions.items() for m in ms if m["actor_id"].startswith("prov:") and (d, m["start"], m["end"]) not in covered})
for d, t, a in others:
    print(f"extra    {d} {t!r}: {a}")
total = right + wrong + missed
print(f"registry expectations {total}: right {right}, wrong {wrong}, missed {missed}; "
      f"classes {len(classes)}: split {splits}; not-actors linked {noise}; provisional actors outside the expectations {len(others)}")
