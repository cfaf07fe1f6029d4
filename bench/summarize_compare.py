"""Table of bench/compare.sh: reads the run folders and python.json under bench/out/compare.
Usage: python3 bench/summarize_compare.py WORKDIR SPACY_F1 OURS_F1"""
import json, statistics, sys
w, spacy_f1, ours_f1 = sys.argv[1], sys.argv[2] or "n/a", sys.argv[3] or "n/a"
py = json.load(open(f"{w}/python.json"))
runs = [json.load(open(f"{w}/run-{r}/run.json")) for r in (1, 2, 3)]
rss = statistics.median(int(open(f"{w}/rss-{r}").read().split()[-1]) / 1024 for r in (1, 2, 3))
words = py["words"]
wall = statistics.median(r["timings_s"]["wall"] for r in runs)
ner = statistics.median(r["timings_s"]["stages"]["ner_s"] for r in runs)
c = runs[0]["counts"]
# MiniLM-L6 (H=384, 6 layers, FFN 1536): 2 x 10.6 M weights per piece, plus attention.
cfg = json.load(open(runs[0]["model"] + "/config.json"))
H, L, F = cfg["hidden_size"], cfg["num_hidden_layers"], cfg["intermediate_size"]
avg_len = c["pieces"] / max(c["windows"], 1)
flops_per_piece = L * (2 * (4 * H * H + 2 * H * F) + 4 * avg_len * H)
useful = flops_per_piece * c["pieces"] / ner / 1e9
padded = flops_per_piece * c["padded_pieces"] / ner / 1e9
peak = py["matmul_gflops"]
ours = words / wall
print(f"corpus: {py['documents']} documents, {words:,} words (whitespace), {py['threads']} threads; actorgraph: median of 3 runs")
print(f"{'system':<40} {'words/s':>10} {'vs HF':>7} {'CoNLL dev F1':>13}")
print(f"{'actorgraph run (whole pipeline)':<40} {ours:>10,.0f} {ours/py['hf_words_per_s']:>6.2f}x {ours_f1:>13}")
print(f"{'actorgraph NER stage only':<40} {words/ner:>10,.0f} {words/ner/py['hf_words_per_s']:>6.2f}x")
print(f"{'HF transformers pipeline, same weights':<40} {py['hf_words_per_s']:>10,.0f} {1:>6.2f}x")
for b in (64, 8):
    k = f"hf_direct_b{b}_words_per_s"
    if k in py:
        print(f"{'same weights, direct torch, batch ' + str(b):<40} {py[k]:>10,.0f} {py[k]/py['hf_words_per_s']:>6.2f}x   (actorgraph run = {ours/py[k]:.2f}x this)")
print(f"{'spaCy en_core_web_sm':<40} {py['spacy_words_per_s']:>10,.0f} {py['spacy_words_per_s']/py['hf_words_per_s']:>6.2f}x {spacy_f1:>13}")
print(f"matmul peak (fp32, 2048^3): {peak:.1f} GFLOP/s; NER stage: {useful:.1f} GFLOP/s useful = {useful/peak:.0%} of peak"
      f" ({padded:.1f} GFLOP/s counting padding; padding {1 - c['pieces']/c['padded_pieces']:.1%})")
st = {k: statistics.median(r["timings_s"]["stages"][k] for r in runs) for k in runs[0]["timings_s"]["stages"]}
other = wall - st["ner_s"]
print(f"beyond NER (read, clean, link, relate, write): {other:.2f} s = {other/wall:.1%} of wall; peak RSS {rss:,.0f} MB")
