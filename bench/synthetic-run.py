#!/usr/bin/env python3
"""Write the tables of a synthetic run with many actors and ties (default 2,000 actors, 20,000
ties, 5,000 events, dated documents) into DIR, for `actorgraph report DIR` and the browser check:
the seeds never give that many distinct actors.

Usage: python3 bench/synthetic-run.py DIR [ACTORS=2000] [TIES=20000]
"""
import csv, datetime, os, random, sys

out = sys.argv[1]
n_actors = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
n_ties = int(sys.argv[3]) if len(sys.argv) > 3 else 20000
os.makedirs(out, exist_ok=True)
random.seed(7)
start = datetime.date(2019, 1, 1)

def write(name, header, rows):
    w = csv.writer(open(os.path.join(out, name), "w", newline="", encoding="utf-8"), lineterminator="\r\n")
    w.writerow(header)
    w.writerows(rows)

kinds = ["person", "country", "organization", "group", "place"]
actors = [(f"a{i}", f"Actor {i}", random.choice(kinds)) for i in range(n_actors)]
docs = [(f"d{i}", f"d{i}.txt", "ok", "", 100, 3, 100, 100, 0, "", "eng", "", "", (start + datetime.timedelta(days=i % 900)).isoformat(), f"h{i}")
        for i in range(2000)]
write("documents.csv", ["doc_id", "path", "status", "reason", "chars", "mentions", "chars_raw", "chars_clean", "lines_dropped", "dropped_by",
                        "language", "title", "url", "date", "content_hash"], docs)
mentions = []
for i, (aid, name, _) in enumerate(actors):
    for k in range(1 + (n_actors - i) // 200):
        mentions.append((f"d{(i * 7 + k) % 2000}", k * 10, k * 10 + len(name), name, "PER", "0.9", k * 10, k * 10 + len(name), 0, "model", aid, "exact", "1.0000"))
write("mentions.csv", ["doc_id", "start", "end", "text", "label", "score", "clean_start", "clean_end", "sentence", "source", "actor_id",
                       "link_method", "link_score"], mentions)
count = {}
for m in mentions:
    count[m[10]] = count.get(m[10], 0) + 1
rows = sorted([(aid, name, kind, "", "registry" if i % 5 else "provisional", count[aid], count[aid]) for i, (aid, name, kind) in enumerate(actors)],
              key=lambda r: (-r[5], r[0]))
write("actors.csv", ["id", "name", "kind", "country", "source", "mentions", "documents"], rows)
write("candidates.csv", ["id", "name", "kind", "mentions", "documents", "example"], [(a[0], a[1], a[2], a[5], a[6], "An example.") for a in rows if a[4] == "provisional"])
seen, ties = set(), []
while len(ties) < n_ties:
    s, t = sorted(random.sample(range(n_actors), 2), key=lambda x: f"a{x}")
    q = random.choice([None, None, 1, 2, 3, 4])
    if (s, t, q) in seen:
        continue
    seen.add((s, t, q))
    d1 = (start + datetime.timedelta(days=random.randint(0, 800))).isoformat()
    d2 = (start + datetime.timedelta(days=random.randint(800, 900))).isoformat()
    if q is None:
        ties.append((f"a{s}", f"a{t}", f"Actor {s}", f"Actor {t}", "co-occurrence", "", "", random.randint(1, 50), "", 3, "d1", 0, "A met B.", d1, d2))
    else:
        ties.append((f"a{s}", f"a{t}", f"Actor {s}", f"Actor {t}", "quad", "", q, random.randint(1, 20), "-5.0" if q > 2 else "7.0", 2, "d1", 0, "A acted on B.", d1, d2))
write("relations.csv", ["source", "target", "source_name", "target_name", "relation", "code", "quad_class", "weight", "goldstein", "documents",
                        "first_doc", "first_sentence", "evidence", "first_date", "last_date"], ties)
events = []
for i in range(5000):
    s, t = random.sample(range(n_actors), 2)
    events.append((f"d{i % 2000}", docs[i % 2000][13], 0, f"a{s}", f"a{t}", f"Actor {s}", f"Actor {t}", "", "", "042", "Make a visit", 1, "1.9",
                   "visited", "false", "asserted", 0, 7, 0, 7, "", "A visited B."))
write("events.csv", ["doc_id", "date", "sentence", "source", "target", "source_name", "target_name", "source_cameo", "target_cameo", "code",
                     "code_name", "quad_class", "goldstein", "verb", "negated", "modality", "start", "end", "clean_start", "clean_end", "pattern",
                     "evidence"], events)
print(f"{out}: {n_actors} actors, {len(ties)} ties, {len(events)} events")
