#!/usr/bin/env python3
"""search-ideas.py — ranking ideas for `caviar search`, each measured alone.

A re-implementation of the index's BM25 in Python over the index's own
terms (`tests/search-harness terms [doc]` prints them: same tokeniser,
stemmer, stop words, elisions, accent variants), on chunks cut like
caviar's (~1200 bytes at line ends).  With caviar's settings it gives the
same figures as bench/search-eval.py on retrieval-dev (the FAQ set's
chunks are cut a little differently).  Each idea is a variant of the
scoring, reported on the fixed halves of search-eval.py ("dev": even
lines, "val": odd lines) and on all, for each set given.

usage: bench/search-ideas.py [--harness build/tests/search-harness]
           [--set NAME=DOCS_DIR,QUERIES.jsonl ...]
Default sets: retrieval-dev (../shared/corpus/retrieval-dev) and, when
made (bench/faq-set.py /tmp/caviar-faq), faq (/tmp/caviar-faq).
"""
import argparse
import json
import math
import os
import re
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
HALVES = ("dev", "val")


class Terms:
    def __init__(self, harness, doc):
        self.p = subprocess.Popen([harness, "terms"] + (["doc"] if doc else []),
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  text=True)

    def __call__(self, text):
        self.p.stdin.write(text.replace("\n", " ") + "\n")
        self.p.stdin.flush()
        return self.p.stdout.readline().split()


def chunks_of(text, size=1200):
    out, cur = [], ""
    for line in text.split("\n"):
        if len(cur) + len(line) + 1 > size and cur:
            out.append(cur)
            cur = ""
        cur += line + "\n"
    if cur.strip():
        out.append(cur)
    return out


class Corpus:
    def __init__(self, docs, queries, tdoc, tq):
        self.chunks = []  # (file, terms with '*' on extra ones)
        for f in sorted(os.listdir(docs)):
            for c in chunks_of(open(os.path.join(docs, f), encoding="utf-8").read()):
                self.chunks.append((f, tdoc(c)))
        self.qs = []
        lines = [l for l in open(queries, encoding="utf-8") if l.strip()]
        for i, l in enumerate(lines):
            q = json.loads(l)
            self.qs.append((q["q"], tq(q["q"]), q["file"], HALVES[i % 2]))
        self.n = len(self.chunks)
        self.lens = [sum(1 for t in ts if not t.endswith("*")) for _, ts in self.chunks]
        self.avg = sum(self.lens) / self.n
        self.tf = []
        self.df = {}
        self.pos = []
        for _, ts in self.chunks:
            d, pos, p = {}, {}, -1
            for t in ts:
                extra = t.endswith("*")
                t = t.rstrip("*")
                if not extra:
                    p += 1
                d[t] = d.get(t, 0) + 1
                pos.setdefault(t, []).append(p)
            self.tf.append(d)
            self.pos.append(pos)
            for t in d:
                self.df[t] = self.df.get(t, 0) + 1

    def idf(self, t):
        d = self.df.get(t, 0)
        return math.log(1 + (self.n - d + .5) / (d + .5)) if d else 0.0

    def bm25(self, weighted, k1, b):
        """weighted: {term: weight} -> a score per chunk"""
        s = [0.0] * self.n
        for t, w in weighted.items():
            if t not in self.df:
                continue
            idf = self.idf(t)
            for i in range(self.n):
                f = self.tf[i].get(t)
                if f:
                    s[i] += w * idf * f * (k1 + 1) / (
                        f + k1 * (1 - b + b * self.lens[i] / self.avg))
        return s


def prefix(t, n=5):
    return "~" + t[:n] if len(t) > n else None


def query_weights(qt, use_prefix, pw=0.3):
    w = {t: 1.0 for t in qt}
    if use_prefix:
        for t in qt:
            p = prefix(t)
            if p:
                w[p] = pw
    return w


def min_span(pos, qts):
    lists = [pos[q] for q in set(qts) if q in pos]
    if len(lists) < 2:
        return None, len(lists)
    ev = sorted((p, i) for i, ps in enumerate(lists) for p in ps)
    need, cnt, best, j = len(lists), {}, None, 0
    for i in range(len(ev)):
        cnt[ev[i][1]] = cnt.get(ev[i][1], 0) + 1
        while len(cnt) == need:
            span = ev[i][0] - ev[j][0] + 1
            best = span if best is None or span < best else best
            cnt[ev[j][1]] -= 1
            if cnt[ev[j][1]] == 0:
                del cnt[ev[j][1]]
            j += 1
    return best, need


# --- the ideas: (name, function(corpus, query terms, query text) -> scores)

def plain(k1=1.5, b=0.75, use_prefix=True):
    return lambda c, qt, q: c.bm25(query_weights(qt, use_prefix), k1, b)


def with_proximity(beta):
    def f(c, qt, q):
        s = plain()(c, qt, q)
        for i in range(c.n):
            if s[i] > 0:
                span, m = min_span(c.pos[i], qt)
                if span:
                    s[i] += beta * m / span
        return s
    return f


def with_doc_fusion(alpha):
    def f(c, qt, q):
        s = plain()(c, qt, q)
        by = {}
        for i in range(c.n):
            by.setdefault(c.chunks[i][0], []).append(s[i])
        return [s[i] + alpha * (sum(by[c.chunks[i][0]]) - s[i]) for i in range(c.n)]
    return f


def with_rm3(m, nterms, lam):
    def f(c, qt, q):
        s = plain()(c, qt, q)
        top = [i for i in sorted(range(c.n), key=lambda i: -s[i])[:m] if s[i] > 0]
        if not top:
            return s
        tot = sum(s[i] for i in top)
        w = {}
        for i in top:
            L = sum(c.tf[i].values())
            for t, n in c.tf[i].items():
                if t not in qt and not t.startswith("~"):
                    w[t] = w.get(t, 0) + s[i] / tot * n / L * c.idf(t)
        exp = sorted(w, key=lambda t: -w[t])[:nterms]
        s2 = c.bm25({t: 1.0 for t in exp}, 1.5, 0.75)
        return [(1 - lam) * a + lam * x for a, x in zip(s, s2)]
    return f


QUESTION_VERBS = {"dois", "doit", "doivent", "peux", "peut", "puis", "pass",
                  "faut", "exist", "pouvez", "pourr", "devez"}


def without_question_verbs(c, qt, q):
    return plain()(c, [t for t in qt if t not in QUESTION_VERBS], q)


IDEAS = [
    ("main before (k1 1.2, no prefix terms)", plain(1.2, 0.75, False)),
    ("k1 1.5 alone", plain(1.5, 0.75, False)),
    ("k1 2.0 alone", plain(2.0, 0.75, False)),
    ("b 0.5 alone (k1 1.2)", plain(1.2, 0.5, False)),
    ("prefix terms alone (k1 1.2)", plain(1.2, 0.75, True)),
    ("KEPT: k1 1.5 + prefix terms", plain()),
    ("kept + proximity 0.5 m/span", with_proximity(0.5)),
    ("kept + proximity 2 m/span", with_proximity(2.0)),
    ("kept + doc fusion 0.1", with_doc_fusion(0.1)),
    ("kept + doc fusion 0.3", with_doc_fusion(0.3)),
    ("kept + RM3 (3 chunks, 10 terms, 0.2)", with_rm3(3, 10, 0.2)),
    ("kept + RM3 (10 chunks, 20 terms, 0.3)", with_rm3(10, 20, 0.3)),
    ("kept - question verbs (doit, peut...)", without_question_verbs),
]


def evaluate(c, fn):
    ranks = {}
    for q, qt, target, half in c.qs:
        s = fn(c, qt, q)
        files = []
        for i in sorted(range(c.n), key=lambda i: -s[i]):
            if s[i] <= 0 or len(files) >= 10:
                break
            if c.chunks[i][0] not in files:
                files.append(c.chunks[i][0])
        r = files.index(target) + 1 if target in files else 0
        for h in (half, "all"):
            ranks.setdefault(h, []).append(r)
    return {h: (sum(1 <= r <= 5 for r in rs) / len(rs),
                sum(1.0 / r for r in rs if r) / len(rs)) for h, rs in ranks.items()}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--harness", default=os.path.join(root, "build", "tests", "search-harness"))
    ap.add_argument("--set", action="append", default=[])
    args = ap.parse_args()
    sets = []
    for s in args.set:
        name, paths = s.split("=", 1)
        sets.append((name,) + tuple(paths.split(",", 1)))
    if not sets:
        dev = os.path.join(root, "..", "shared", "corpus", "retrieval-dev")
        if os.path.isdir(dev):
            sets.append(("retrieval-dev", os.path.join(dev, "docs"),
                         os.path.join(dev, "queries.jsonl")))
        if os.path.isdir("/tmp/caviar-faq"):
            sets.append(("faq", "/tmp/caviar-faq/docs", "/tmp/caviar-faq/queries.jsonl"))
    if not sets:
        print("no question set: skipped")
        return 77
    tdoc, tq = Terms(args.harness, True), Terms(args.harness, False)
    corpora = [(n, Corpus(d, q, tdoc, tq)) for n, d, q in sets]
    head = "| idea | " + " | ".join("%s %s R@5 / MRR" % (n, h) for n, _ in corpora
                                    for h in HALVES + ("all",)) + " |"
    print(head)
    print("|" + "---|" * (1 + 3 * len(corpora)))
    for name, fn in IDEAS:
        cells = []
        for _, c in corpora:
            m = evaluate(c, fn)
            cells += ["%.3f / %.3f" % m[h] for h in HALVES + ("all",)]
        print("| %s | %s |" % (name, " | ".join(cells)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
