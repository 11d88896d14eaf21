#!/usr/bin/env python3
"""search-eval.py — retrieval quality of `caviar search` on a question set.

Ingests DOCS_DIR into a temporary store with `caviar ingest`, runs each
query of QUERIES.jsonl ({"q", "file"}) through `caviar search --json -k 10`
and reports document-level recall@1/5/10 and MRR (a result's source maps
back to its file; several chunks of one file count once, at the best rank).
The SQLite FTS5 baseline (bench/search-fts5-eval.py) runs on the same set.

The questions are split, once and for all, in two halves by their line in
QUERIES.jsonl: "dev" the even lines (0, 2, 4...), "val" the odd ones.  A
ranking idea is tuned on the dev half of ../shared/corpus/retrieval-dev
and kept only if it helps the val half (and bench/faq-set.py's set, which
no setting was tuned on); the figures of both halves and of all are
printed, for caviar and FTS5.

usage: bench/search-eval.py [--caviar PATH] [--verbose] [DOCS_DIR QUERIES.jsonl]
Defaults: ../shared/corpus/retrieval-dev, $CAVIAR_BIN or build/tools/caviar.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)


HALVES = ("dev", "val")


def report(name, ranks):
    """Prints recall@1/5/10 and MRR of each half, then of all."""
    for half in HALVES + ("all",):
        rs = [r for h, r in ranks if half in (h, "all")]
        n = len(rs)
        if n == 0:
            continue
        print("%s %s: queries %d  recall@1 %.3f  recall@5 %.3f  recall@10 %.3f  MRR %.3f"
              % (name, half, n, sum(r == 1 for r in rs) / n,
                 sum(1 <= r <= 5 for r in rs) / n,
                 sum(1 <= r <= 10 for r in rs) / n,
                 sum(1.0 / r for r in rs if r) / n))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--caviar", default=os.environ.get("CAVIAR_BIN",
                                                       os.path.join(root, "build", "tools", "caviar")))
    ap.add_argument("--verbose", "-v", action="store_true")
    ap.add_argument("docs", nargs="?", default=os.path.join(root, "..", "shared", "corpus",
                                                            "retrieval-dev", "docs"))
    ap.add_argument("queries", nargs="?", default=os.path.join(root, "..", "shared", "corpus",
                                                               "retrieval-dev", "queries.jsonl"))
    args = ap.parse_args()
    if not os.path.isdir(args.docs):
        print("no %s: skipped" % args.docs)
        return 77
    with tempfile.TemporaryDirectory(prefix="caviar-eval-") as tmp:
        env = dict(os.environ, CAVIAR_STORE=os.path.join(tmp, "store"),
                   CAVIAR_KEY_FILE=os.path.join(tmp, "key"),
                   XDG_CONFIG_HOME=os.path.join(tmp, "config"))
        env.pop("CAVIAR_CONFIG", None)
        r = subprocess.run([args.caviar, "ingest", "-q", "--collection", "eval", args.docs],
                           env=env, capture_output=True, text=True)
        if r.returncode != 0:
            print("caviar ingest failed: %s" % r.stderr.strip()[-500:], file=sys.stderr)
            return 1
        ranks = []  # (half, rank)
        lines = [l for l in open(args.queries, encoding="utf-8") if l.strip()]
        for i, line in enumerate(lines):
            q = json.loads(line)
            out = subprocess.run([args.caviar, "search", "--json", "-k", "10",
                                  "--collection", "eval", "--", q["q"]],
                                 env=env, capture_output=True, text=True)
            if out.returncode != 0:
                print("caviar search failed: %s" % out.stderr.strip(), file=sys.stderr)
                return 1
            files = []
            for hit in json.loads(out.stdout)["results"]:
                f = os.path.basename(hit["source"] or "")
                if f not in files:
                    files.append(f)
            target = os.path.basename(q["file"])
            rank = files.index(target) + 1 if target in files else 0
            ranks.append((HALVES[i % 2], rank))
            if args.verbose:
                print("%2d  %s  %s  [%s]" % (rank, HALVES[i % 2], q["q"], target))
    report("caviar", ranks)
    subprocess.run([sys.executable, os.path.join(here, "search-fts5-eval.py"),
                    args.docs, args.queries])
    return 0


if __name__ == "__main__":
    sys.exit(main())
