#!/usr/bin/env python3
"""faq-set.py — a second French validation set for bench/search-eval.py.

Builds OUT/docs/*.txt and OUT/queries.jsonl from the French Debian FAQ
(Debian package debian-faq-fr, GPL-2+:
/usr/share/doc/debian/FAQ/debian-faq.fr.txt.gz): each numbered section
whose heading is a question ("9.5. Puis-je mettre à jour automatiquement
le système ?") gives a query (the heading) and a document (the section's
text without its heading: the answer only, as in retrieval-dev).  Cross
references quote other sections' headings (« Quelles autres
documentations... »): they are cut to "Section N.M" so that no other
answer holds a question word for word.  Sections whose answer is shorter
than 80 characters are left out.

usage: bench/faq-set.py OUT [FAQ.txt.gz]
"""
import gzip
import json
import os
import re
import sys

SRC = "/usr/share/doc/debian/FAQ/debian-faq.fr.txt.gz"


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = sys.argv[1]
    src = sys.argv[2] if len(sys.argv) > 2 else SRC
    if not os.path.exists(src):
        print("no %s (apt-get install debian-faq-fr): skipped" % src)
        return 77
    text = gzip.open(src, "rt", encoding="utf-8").read().replace("\u00a0", " ")
    # the body starts at the first chapter heading after the contents
    body = text[text.index("\nChapitre 1."):]
    head = re.compile(r"^(\d+\.\d+(?:\.\d+)?)\. (.*)$")
    sections = []  # [number, heading lines, body lines]
    cur = None
    for line in body.split("\n"):
        m = head.match(line)
        if m:
            cur = [m.group(1), [m.group(2)], [], True]
            sections.append(cur)
            continue
        if cur is None:
            continue
        if line.startswith("Chapitre "):
            cur = None
            continue
        if cur[3] and line.strip() and not line.startswith(" "):
            cur[1].append(line.strip())  # heading continued
            continue
        if line.strip():
            cur[3] = False
        cur[2].append(line)
    os.makedirs(os.path.join(out, "docs"), exist_ok=True)
    n = 0
    with open(os.path.join(out, "queries.jsonl"), "w", encoding="utf-8") as qf:
        for num, hl, bl, _ in sections:
            q = " ".join(hl).strip()
            if not q.endswith("?") or num.count(".") != 1:
                continue
            answer = "\n".join(l.strip() for l in bl).strip()
            answer = re.sub(r"(Section \d+(?:\.\d+)*), « [^»]*»", r"\1",
                            answer, flags=re.S)
            answer = re.sub(r"\n{3,}", "\n\n", answer)
            if len(answer) < 80:
                continue
            name = "faq-%s.txt" % num.replace(".", "-")
            with open(os.path.join(out, "docs", name), "w",
                      encoding="utf-8") as f:
                f.write(answer + "\n")
            qf.write(json.dumps({"q": q, "file": name}, ensure_ascii=False)
                     + "\n")
            n += 1
    print("%d questions in %s" % (n, out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
