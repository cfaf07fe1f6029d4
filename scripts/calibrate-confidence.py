#!/usr/bin/env python3
"""Fit the event confidence model (lang/en/confidence.csv) on gold event files, and print its
reliability table on every gold set.

Each coded event (factual, as `eval events` scores them) gets the features the events stage
computes (src/events/confidence.rs; the two must agree) and a label: right when the gold has an
event in the same sentence with the same source, target and quad class (each gold event matched
once). A logistic model with L2 regularisation is fitted on the FIT sets only; the others are held
out and only measured.

Usage: python3 scripts/calibrate-confidence.py OUT_CSV FIT:RUN_DIR:GOLD_CSV ... HELD:RUN_DIR:GOLD_CSV ...
(bench/calibrate-confidence.sh runs the gold sets and calls it.)
"""
import csv, collections, math, sys

STRONG = {"exact", "alias", "folded", "acronym"}
FEATURES = ["bias", "reader_parse", "reader_shallow", "reader_noun", "pattern", "source_strong", "target_strong",
            "link_score", "actors_in_sentence", "sentence_length", "source_first", "gap"]
def quad(code):
    """Quad class of a CAMEO code (QuadClass::of_root); 0 outside CAMEO."""
    try:
        root = int(code[:2])
    except ValueError:
        return 0
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def features(e, mentions):
    ms = mentions.get((e["doc_id"], int(e["sentence"])), [])
    def best(actor):
        mine = [m for m in ms if m["actor_id"] == actor]
        strong = any(m["link_method"] in STRONG for m in mine)
        score = max((float(m["link_score"] or 0) for m in mine), default=0.0)
        first = min((int(m["clean_start"]) for m in mine), default=None)
        return strong, score, first
    s_strong, s_score, s_at = best(e["source"])
    t_strong, t_score, t_at = best(e["target"])
    both = s_at is not None and t_at is not None
    source_first = float(both and s_at < t_at)
    gap = min(abs(s_at - t_at), 200) / 200.0 if both else 1.0
    actors = len({m["actor_id"] for m in ms if m["actor_id"]})
    reader = e.get("reader", "")
    return [1.0, float(reader == "parse"), float(reader == "shallow"), float(reader == "noun"), float(bool(e["pattern"])),
            float(s_strong), float(t_strong), min(s_score, t_score), min(actors, 6) / 6.0,
            min(len(e["evidence"]), 300) / 300.0, source_first, gap]


def load(run, gold_path):
    mentions = collections.defaultdict(list)
    for m in csv.DictReader(open(f"{run}/mentions.csv", encoding="utf-8-sig")):
        mentions[(m["doc_id"], int(m["sentence"]))].append(m)
    gold = collections.Counter()
    docs = set()
    for g in csv.DictReader(open(gold_path, encoding="utf-8-sig")):
        gold[(g["doc_id"], int(g["sentence"]), g["source"], g["target"], quad(g["code"]))] += 1
        docs.add(g["doc_id"])
    rows = []
    for e in csv.DictReader(open(f"{run}/events.csv", encoding="utf-8-sig")):
        if e["negated"] == "true" or e["modality"] != "asserted" or e["doc_id"] not in docs:
            continue
        k = (e["doc_id"], int(e["sentence"]), e["source"], e["target"], quad(e["code"]))
        right = gold[k] > 0
        if right:
            gold[k] -= 1
        rows.append((features(e, mentions), float(right), float(e.get("confidence") or 0)))
    return rows


def fit(rows, l2=1.0, steps=4000, lr=0.5):
    w = [0.0] * len(FEATURES)
    n = len(rows)
    for _ in range(steps):
        grad = [l2 * wi / n if i else 0.0 for i, wi in enumerate(w)]
        for x, y, _ in rows:
            p = 1 / (1 + math.exp(-sum(a * b for a, b in zip(w, x))))
            for i, xi in enumerate(x):
                grad[i] += (p - y) * xi / n
        w = [wi - lr * g for wi, g in zip(w, grad)]
    return w


def table(name, rows, w):
    bins = [(0.0, 0.5), (0.5, 0.8), (0.8, 1.01)]
    out = []
    for lo, hi in bins:
        sel = [y for x, y, _ in rows if lo <= 1 / (1 + math.exp(-sum(a * b for a, b in zip(w, x)))) < hi]
        out.append(f"{len(sel):>4} {sum(sel) / len(sel):.2f}" if sel else "   0    -")
    total = sum(y for _, y, _ in rows)
    print(f"{name:<22} {len(rows):>5} {total / max(len(rows), 1):.2f} | " + " | ".join(out))


def main():
    out_csv, specs = sys.argv[1], sys.argv[2:]
    sets = []
    for spec in specs:
        role, run, gold = spec.split(":", 2)
        sets.append((role, run, load(run, gold)))
    train = [r for role, _, rows in sets if role == "FIT" for r in rows]
    w = fit(train)
    with open(out_csv, "w", encoding="utf-8", newline="") as f:
        f.write("# Event confidence: logistic weights over the features of src/events/confidence.rs, fitted by\n")
        f.write("# scripts/calibrate-confidence.py (bench/calibrate-confidence.sh) on the gold sets: "
                + ", ".join(run.rstrip("/").split("/")[-1] for role, run, _ in sets if role == "FIT") + "\n")
        f.write("feature,weight\n")
        for name, wi in zip(FEATURES, w):
            f.write(f"{name},{wi:.4f}\n")
    print("set                    events right | conf <0.5: n right | 0.5-0.8: n right | >=0.8: n right")
    for role, run, rows in sets:
        table(f"{role.lower()} {run.rstrip('/').split('/')[-1]}", rows, w)
    # The binary's own confidences (events.csv) against this fit: equal when it was built with
    # these weights and computes the same features.
    rows = [r for _, _, rs in sets for r in rs]
    diff = max(abs(round(1 / (1 + math.exp(-sum(a * b for a, b in zip(w, x)))), 2) - c) for x, _, c in rows)
    print(f"largest difference from the binary's events.csv confidence: {diff:.2f} (0.00-0.01 when built with this fit)")


if __name__ == "__main__":
    main()
