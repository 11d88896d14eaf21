#!/usr/bin/env python3
"""search-gen.py — synthetic chunks and queries for the search benchmark.

usage: search-gen.py N_CHUNKS CHUNKS.txt QUERIES.txt [N_QUERIES] [SEED]

Writes N_CHUNKS chunks, one a line (~170 words, French-like: real function
words at the head of a Zipf distribution, then real words from
../shared/corpus when present, then generated words, 80,000 in all), and
N_QUERIES queries of 2 to 6 content words.  Deterministic for a seed.
"""
import bisect
import itertools
import os
import random
import re
import sys

FUNCTION_WORDS = """de la le et les des à en un une du que est pour qui dans par
sur au pas plus ne ce il sont avec se ou son sa aux ses mais comme été être
fait cette leur tout nous vous elle ils on y a d l s n c qu j ont peut entre
lors dont sans sous ces après avant aussi doit tous toute selon cas afin lorsque""".split()

here = os.path.dirname(os.path.abspath(__file__))


def corpus_words():
    """Content words of the shared corpora, most frequent first."""
    counts = {}
    base = os.path.join(here, "..", "..", "shared", "corpus")
    for root, _, files in os.walk(base):
        for f in files:
            if not f.endswith(".txt"):
                continue
            try:
                text = open(os.path.join(root, f), encoding="utf-8").read()
            except (OSError, UnicodeDecodeError):
                continue
            for w in re.findall(r"[^\W\d_]{3,}", text.lower()):
                counts[w] = counts.get(w, 0) + 1
    fw = set(FUNCTION_WORDS)
    return [w for w, _ in sorted(counts.items(), key=lambda x: -x[1]) if w not in fw]


def synthetic_words(rng, n, taken):
    syll = ["ba", "ce", "di", "fo", "gu", "la", "me", "ni", "po", "ra", "se",
            "ti", "vo", "tra", "pre", "con", "ment", "tion", "eur", "ique",
            "al", "ois", "ier", "ance", "age", "é", "è", "ou", "an", "on"]
    out = []
    while len(out) < n:
        w = "".join(rng.choice(syll) for _ in range(rng.randint(2, 4)))
        if w not in taken:
            taken.add(w)
            out.append(w)
    return out


def main():
    n = int(sys.argv[1])
    chunks_path, queries_path = sys.argv[2], sys.argv[3]
    n_queries = int(sys.argv[4]) if len(sys.argv) > 4 else 1000
    rng = random.Random(int(sys.argv[5]) if len(sys.argv) > 5 else 42)
    vocab = FUNCTION_WORDS + corpus_words()[:20000]
    vocab += synthetic_words(rng, 80000 - len(vocab), set(vocab))
    weights = [1.0 / (r + 2) ** 1.05 for r in range(len(vocab))]
    cum = list(itertools.accumulate(weights))
    total = cum[-1]
    with open(chunks_path, "w", encoding="utf-8") as out:
        for _ in range(n):
            k = rng.randint(120, 220)
            words = [vocab[bisect.bisect(cum, rng.random() * total)] for _ in range(k)]
            # Sentences: capitalised starts and full stops.
            for i in range(0, k, rng.randint(12, 20)):
                words[i] = words[i].capitalize()
            out.write(" ".join(words) + ".\n")
    first_content = len(FUNCTION_WORDS)
    with open(queries_path, "w", encoding="utf-8") as out:
        for _ in range(n_queries):
            k = rng.randint(2, 6)
            # Content words, skewed to the frequent ones like real questions.
            q = [vocab[first_content + int(rng.paretovariate(0.6)) % 30000] for _ in range(k)]
            if rng.random() < 0.5:
                q.insert(0, rng.choice(["quel est", "comment", "qui peut", "quand"]))
            out.write(" ".join(q) + " ?\n")


if __name__ == "__main__":
    main()
