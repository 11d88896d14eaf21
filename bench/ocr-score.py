#!/usr/bin/env python3
"""ocr-score.py — accuracy of OCR text against the dev corpus labels.

Input (stdin): blocks "=== <path>\\n<text>" (as ocr-bench.sh produces), one per
document, pages joined by form feeds.  For every document found in
labels.jsonl it measures, on what the labels know of the page (the corpus has
no full ground truth for scans):
  - identifiers: share of the labelled PII values found verbatim (after
    whitespace folding) in the OCR text.  A value OCR garbles cannot be
    redacted by pattern: this is the figure that matters for leaks;
  - content words: share of the words of the labelled content sentences
    found, in order (longest common subsequence), in the OCR text;
  - decoys: share of the labelled non-PII look-alikes found verbatim.
Usage: ocr-score.py LABELS.jsonl < texts
"""
import json
import re
import sys
import unicodedata


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"\s+", " ", s).strip()


def words(s):
    return re.findall(r"\w+", norm(s).lower())


def lcs(a, b):
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def main():
    labels = {}
    for line in open(sys.argv[1], encoding="utf-8"):
        d = json.loads(line)
        labels[d["file"].split("/")[-1]] = d
    docs = {}
    cur = None
    for line in sys.stdin.read().replace("\f", "\n").split("\n"):
        if line.startswith("=== "):
            cur = line[4:].strip().split("/")[-1]
            docs[cur] = []
        elif cur is not None:
            docs[cur].append(line)
    tot = {"pii": [0, 0], "content": [0, 0], "decoys": [0, 0]}
    for name in sorted(docs):
        if name not in labels:
            continue
        d = labels[name]
        text = norm("\n".join(docs[name]).replace("\f", "\n"))
        pii = [p["value"] for p in d["pii"]]
        found = [v for v in pii if norm(v) in text]
        missed = [p["type"] for p in d["pii"] if norm(p["value"]) not in text]
        cw = [w for s in d.get("content", []) for w in words(s)]
        cfound = lcs(cw, words(text)) if cw else 0
        dec = d.get("decoys", [])
        dfound = [v for v in dec if norm(v) in text]
        tot["pii"][0] += len(found)
        tot["pii"][1] += len(pii)
        tot["content"][0] += cfound
        tot["content"][1] += len(cw)
        tot["decoys"][0] += len(dfound)
        tot["decoys"][1] += len(dec)
        print(f"{name:22} identifiers {len(found)}/{len(pii)}  content words "
              f"{cfound}/{len(cw)}  decoys {len(dfound)}/{len(dec)}"
              + (f"  missed: {', '.join(missed)}" if missed else ""))
    for k, (a, b) in tot.items():
        print(f"TOTAL {k}: {a}/{b} = {100.0 * a / b if b else 0:.1f}%")


if __name__ == "__main__":
    main()
