#!/usr/bin/env python3
"""Split WikiGold into a training half and a held-out half, article by article.

Why: the NER issue allows WikiGold into training only if another out-of-domain test takes its
place. Alternate articles go to each half (article 0, 2, 4, ... train; 1, 3, 5, ... test), so
both halves cover the same mix of topics and the held-out half shares no article with training.
The training half is written in IOB2 (what `actorgraph train` reads with CoNLL-2003), the test
half keeps WikiGold's IOB1 (evaluate with `--scheme iob1`).

Usage: split-wikigold.py WIKIGOLD_IOB1 TRAIN_OUT_IOB2 TEST_OUT_IOB1
"""
import sys


def articles(path):
    """Yield articles as lists of sentences, each a list of (token, tag)."""
    article, sentence = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("-DOCSTART-"):
                if sentence:
                    article.append(sentence)
                    sentence = []
                if article:
                    yield article
                article = []
            elif not line.strip():
                if sentence:
                    article.append(sentence)
                    sentence = []
            else:
                token, tag = line.rsplit(" ", 1)
                sentence.append((token, tag))
    if sentence:
        article.append(sentence)
    if article:
        yield article


def iob1_to_iob2(sentence):
    """IOB1 starts a name with I- unless it follows a name of its type; IOB2 always with B-."""
    out, prev = [], "O"
    for token, tag in sentence:
        if tag.startswith("I-") and (prev == "O" or prev[2:] != tag[2:]):
            tag = "B-" + tag[2:]
        out.append((token, tag))
        prev = tag
    return out


def write(path, docs, convert):
    entities = 0
    with open(path, "w", encoding="utf-8") as f:
        for article in docs:
            f.write("-DOCSTART- O\n\n")
            for sentence in article:
                if convert:
                    sentence = iob1_to_iob2(sentence)
                for token, tag in sentence:
                    f.write(f"{token} {tag}\n")
                f.write("\n")
            entities += sum(
                1
                for s in article
                for i, (_, t) in enumerate(iob1_to_iob2(s))
                if t.startswith("B-")
            )
    return entities


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    docs = list(articles(sys.argv[1]))
    train = [a for i, a in enumerate(docs) if i % 2 == 0]
    test = [a for i, a in enumerate(docs) if i % 2 == 1]
    n_train = write(sys.argv[2], train, convert=True)
    n_test = write(sys.argv[3], test, convert=False)
    print(
        f"{len(docs)} articles: train {len(train)} ({n_train} entities), "
        f"test {len(test)} ({n_test} entities)",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
