#!/usr/bin/env python3
"""Write tests/fixtures/seqeval/: a gold file in IOB1 (as WikiGold is), predictions with broken
sequences (I-X after O, I-X after B-Y), and seqeval's own numbers for them (default mode, after
the gold is converted to IOB2), so `cargo test` checks that `eval` agrees with seqeval.

Usage: python3 scripts/make-seqeval-fixture.py   (needs `pip install seqeval`)
"""
import json, random, os
from seqeval.metrics import classification_report, f1_score, precision_score, recall_score

random.seed(2026)
TYPES = ["PER", "ORG", "LOC", "MISC"]
out = os.path.join(os.path.dirname(__file__), "..", "tests", "fixtures", "seqeval")

def iob1_to_iob2(tags):
    res, prev = [], "O"
    for t in tags:
        if t == "O":
            res.append(t)
        else:
            kind = t[2:]
            starts = t.startswith("B-") or prev == "O" or prev[2:] != kind
            res.append(("B-" if starts else "I-") + kind)
        prev = t
    return res

gold_iob1, pred = [], []
for s in range(300):
    n = random.randint(1, 25)
    g = []
    while len(g) < n:
        if random.random() < 0.6:
            g.append("O")
        else:
            k = random.choice(TYPES)
            length = random.randint(1, 3)
            # IOB1: I- everywhere, B- only right after an entity of the same type.
            first = "B-" if g and g[-1] != "O" and g[-1][2:] == k else "I-"
            g += [first + k] + ["I-" + k] * (length - 1)
    g = g[:n]
    p = []
    for t in iob1_to_iob2(g):
        r = random.random()
        if r < 0.75:
            p.append(t)
        elif r < 0.85:
            p.append("O")
        elif r < 0.93:
            p.append("I-" + random.choice(TYPES))  # broken: I- that may follow O or another type
        else:
            p.append("B-" + random.choice(TYPES))
    gold_iob1.append(g)
    pred.append(p)

def write(path, seqs):
    with open(path, "w") as f:
        f.write("-DOCSTART- O\n\n")
        for i, s in enumerate(seqs):
            for j, t in enumerate(s):
                f.write(f"w{i}_{j} {t}\n")
            f.write("\n")

write(os.path.join(out, "gold.iob1"), gold_iob1)
write(os.path.join(out, "pred.conll"), pred)
gold2 = [iob1_to_iob2(g) for g in gold_iob1]
rep = classification_report(gold2, pred, output_dict=True, zero_division=0)
expected = {
    "micro": {"precision": precision_score(gold2, pred), "recall": recall_score(gold2, pred), "f1": f1_score(gold2, pred)},
    "types": {k: {"precision": v["precision"], "recall": v["recall"], "f1": v["f1-score"], "support": int(v["support"])} for k, v in rep.items() if k in TYPES},
}
with open(os.path.join(out, "expected.json"), "w") as f:
    json.dump(expected, f, indent=2, sort_keys=True)
print(json.dumps(expected["micro"]))
