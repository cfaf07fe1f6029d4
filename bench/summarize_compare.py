"""Table of bench/compare.sh: reads the run folders, peak files and python.json under WORKDIR.
Usage: python3 bench/summarize_compare.py WORKDIR F1_SPACY F1_INT8 F1_F32"""
import json, statistics, sys

w = sys.argv[1]
f1 = {k: (v or "n/a") for k, v in zip(("spacy", "int8", "f32"), sys.argv[2:5])}
med = statistics.median
py = json.load(open(f"{w}/python.json"))
words = py["words"]
peak_of = lambda name: float(open(f"{w}/peak-{name}").read())


def runs(p):
    out = []
    for r in (1, 2, 3):
        j = json.load(open(f"{w}/run-{p}-{r}/run.json"))
        j["rss_mb"] = int(open(f"{w}/rss-{p}-{r}").read().split()[-1]) / 1024
        j["peak"] = peak_of(f"{p}-{r}")
        out.append(j)
    return out


def flops_per_piece(run):
    # Encoder FLOPs per word piece: 2 x the weights of each layer's linear maps (4 H^2 + 2 H F),
    # plus attention (Q.K^T and weights.V: 4 x window length x H), over L layers.
    cfg = json.load(open(run["model"] + "/config.json"))
    h, layers, f = cfg["hidden_size"], cfg["num_hidden_layers"], cfg["intermediate_size"]
    c = run["counts"]
    avg_len = c["pieces"] / max(c["windows"], 1)
    return layers * (2 * (4 * h * h + 2 * h * f) + 4 * avg_len * h)


R = {p: runs(p) for p in ("int8", "f32")}
hf = py["hf_words_per_s"]
wall = {p: med(r["timings_s"]["wall"] for r in R[p]) for p in R}
ner = {p: med(r["timings_s"]["stages"]["ner_s"] for r in R[p]) for p in R}
peaks = [r["peak"] for p in R for r in R[p]] + [peak_of("python")]
peak = max(peaks)

print(f"corpus: {py['documents']} documents, {words:,} words (whitespace), {py['threads']} threads;"
      f" actorgraph: median of 3 runs at each precision, interleaved")
print(f"{'system':<44} {'words/s':>9} {'vs HF':>7} {'CoNLL dev F1':>13}")
row = lambda name, wps, f="": print(f"{name:<44} {wps:>9,.0f} {wps / hf:>6.2f}x {f:>13}")
row("actorgraph run, int8 (default), whole run", words / wall["int8"], f1["int8"])
row("actorgraph run, int8, NER stage", words / ner["int8"])
row("actorgraph run, f32, whole run", words / wall["f32"], f1["f32"])
row("actorgraph run, f32, NER stage", words / ner["f32"])
row("HF transformers pipeline, same weights", hf, "")
for b in (64, 8):
    k = f"hf_direct_b{b}_words_per_s"
    if k in py:
        row(f"same weights, direct torch loop, batch {b}", py[k])
row("spaCy en_core_web_sm", py["spacy_words_per_s"], f1["spacy"])
best_direct = max(py.get("hf_direct_b64_words_per_s", 0), py.get("hf_direct_b8_words_per_s", 0))
if best_direct:
    print(f"actorgraph int8 run vs the faster direct torch loop: {words / wall['int8'] / best_direct:.2f}x;"
          f" f32 run: {words / wall['f32'] / best_direct:.2f}x")

print(f"\nfp32 matmul peak (2048^3, libtorch, measured before each run): median {med(peaks):.1f},"
      f" max {peak:.1f} GFLOP/s; ratios below use each run's own peak (median over runs) and the max")
for p in ("int8", "f32"):
    useful = [flops_per_piece(r) * r["counts"]["pieces"] / r["timings_s"]["stages"]["ner_s"] / 1e9 for r in R[p]]
    own = med(u / r["peak"] for u, r in zip(useful, R[p]))
    c = R[p][0]["counts"]
    print(f"NER stage {p:>4}: {med(useful):6.1f} GFLOP/s useful (padding excluded: {1 - c['pieces'] / c['padded_pieces']:.1%})"
          f" = {own:.0%} of its run's peak, {med(useful) / peak:.0%} of the max")
for p in ("int8", "f32"):
    other = wall[p] - ner[p]
    print(f"beyond NER ({p}): read, clean, link, relate, write {other:.2f} s = {other / wall[p]:.1%} of wall;"
          f" peak RSS {med(r['rss_mb'] for r in R[p]):,.0f} MB")
