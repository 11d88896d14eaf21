#!/usr/bin/env python3
"""search-eval.py — retrieval quality of `caviar search` on a question set.

Ingests DOCS_DIR into a temporary store with `caviar ingest`, runs each
query of QUERIES.jsonl ({"q", "file"}) through `caviar search --json -k 10`
and reports document-level recall@1/5/10 and MRR (a result's source maps
back to its file; several chunks of one file count once, at the best rank).
The SQLite FTS5 baseline (bench/search-fts5-eval.py) runs on the same set.

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
        n = r1 = r5 = r10 = mrr = 0
        for line in open(args.queries, encoding="utf-8"):
            if not line.strip():
                continue
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
            n += 1
            r1 += rank == 1
            r5 += 1 <= rank <= 5
            r10 += 1 <= rank <= 10
            mrr += 1.0 / rank if rank else 0.0
            if args.verbose:
                print("%2d  %s  [%s]" % (rank, q["q"], target))
    print("caviar: queries %d  recall@1 %.3f  recall@5 %.3f  recall@10 %.3f  MRR %.3f"
          % (n, r1 / n, r5 / n, r10 / n, mrr / n))
    subprocess.run([sys.executable, os.path.join(here, "search-fts5-eval.py"),
                    args.docs, args.queries])
    return 0


if __name__ == "__main__":
    sys.exit(main())
