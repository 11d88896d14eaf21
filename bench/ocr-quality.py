#!/usr/bin/python3
"""ocr-quality.py — content kept and identifiers leaked on a labelled scan
corpus (bench/ocr-degrade.py), with the CPU time of the OCR, for caviar and
for OCRmyPDF, and each leak sorted by cause.

  bench/ocr-quality.py CORPUS [--build BUILD] [--ocrmypdf] [--jobs N]
                       [--show] [--save DIR] [--rescore NAME] [--json]

caviar: `BUILD/tests/bench-ingest --dump -t 1` extracts every document in one
process (the ingest path: detection, PDF rendering at 300 dpi, OCR; no worker
sandbox), timed with getrusage (user+sys, children included); each text is
then redacted by `BUILD/tools/caviar redact` (the same engine `caviar eval`
runs).  --ocrmypdf: `ocrmypdf --clean --deskew -l fra+eng --jobs N --sidecar`
on each file (images too), CPU of the whole process tree; its text goes
through the same redaction.

Scores (the definitions of `caviar eval`: case-folded alphanumerics,
separators ignored):
  leaked        a labelled identifier survives the redaction (8+ characters:
                with at most one character changed);
  content words share of the words of the content sentences found;
  sentences     share of the content sentences found whole (at most one
                character changed in 25);
  decoys        non-personal look-alikes kept.
Leak causes (needs CORPUS/text/, the typed text, from --dump-text):
  redactor      the value leaks from the typed text too: a redaction miss;
  ocr-value     OCR misread the value itself (it survives only with a changed
                character, so no pattern can match it);
  ocr-context   the value was read exactly but a label or the line around it
                was misread (the typed text is redacted): --show prints both
                lines so they can be routed (OCR or redaction).
"""
import argparse
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def squash(s):
    s = unicodedata.normalize("NFD", s.casefold())
    return "".join(c for c in s if c.isalnum())


def occurs(hay, needle, max_diff):
    m = len(needle)
    if m == 0 or m > len(hay):
        return False
    if max_diff == 0:
        return needle in hay
    # a substitution anywhere: one of the halves is intact
    half = m // 2
    for part, off in ((needle[:half], 0), (needle[half:], half)):
        start = hay.find(part)
        while start >= 0:
            i = start - off
            if 0 <= i <= len(hay) - m:
                if sum(a != b for a, b in zip(hay[i:i + m], needle)) <= max_diff:
                    return True
            start = hay.find(part, start + 1)
    return False


def leaks(hay, value):
    return occurs(hay, squash(value), 1 if len(value) >= 8 else 0)


def cpu_children():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def redact(caviar, text):
    p = subprocess.run([caviar, "redact"], input=text.encode(), capture_output=True, check=True)
    return p.stdout.decode()


def extract_caviar(build, files):
    bench = os.path.join(build, "tests", "bench-ingest")
    c0 = cpu_children()
    p = subprocess.run([bench, "--dump", "-t", "1"] + files, capture_output=True, check=False)
    cpu = cpu_children() - c0
    out = p.stdout.decode("utf-8", "replace")
    texts, pages = {}, {}
    # blocks: "PATH\tmime\t...\tN pages (K OCR)\t...\n[\twarning...]\n-----\nTEXT\n-----\n"
    pos = 0
    for f in files:
        head = out.find(f + "\t", pos)
        if head < 0:
            texts[f] = ""
            continue
        line = out[head:out.find("\n", head)]
        m = re.search(r"\t(\d+) pages", line)
        pages[f] = int(m.group(1)) if m else 0
        if "\tERROR\t" in line:
            texts[f] = ""
            pos = head + len(line)
            continue
        s = out.find("-----\n", head) + 6
        e = out.find("\n-----\n", s)
        texts[f] = out[s:e]
        pos = e + 7
    return texts, pages, cpu


def extract_ocrmypdf(files, jobs):
    texts, cpu = {}, 0.0
    tmp = tempfile.mkdtemp(prefix="ocr-quality-")
    try:
        for f in files:
            side = os.path.join(tmp, "side.txt")
            c0 = cpu_children()
            subprocess.run(["ocrmypdf", "--clean", "--deskew", "-l", "fra+eng", "--jobs", str(jobs),
                            "--sidecar", side, "--output-type", "none", "-q", f, "-"],
                           stdout=subprocess.DEVNULL, check=False,
                           env=dict(os.environ, OMP_THREAD_LIMIT="1"))
            cpu += cpu_children() - c0
            texts[f] = open(side, encoding="utf-8").read() if os.path.exists(side) else ""
    finally:
        shutil.rmtree(tmp)
    return texts, cpu


def score(labels, corpus, texts, caviar, show, save=None, name=""):
    tot = dict(pii=0, leaked=0, words=0, words_kept=0, sents=0, sents_kept=0, decoys=0, decoys_kept=0)
    causes = {"redactor": [], "ocr-value": [], "ocr-context": []}
    per_format = {}
    for d in labels:
        path = os.path.join(corpus, d["file"])
        ocr = texts.get(path, "")
        red = redact(caviar, ocr) if ocr else ""
        if save:
            base = os.path.splitext(os.path.basename(path))[0]
            with open(os.path.join(save, base + "." + name + ".txt"), "w", encoding="utf-8") as f:
                f.write(ocr)
        hay, ocr_hay = squash(red), squash(ocr)
        gt_file = os.path.join(corpus, "text", os.path.splitext(os.path.basename(path))[0] + ".txt")
        gt = open(gt_file, encoding="utf-8").read() if os.path.exists(gt_file) else None
        gt_hay = squash(redact(caviar, gt)) if gt is not None else None
        pf = per_format.setdefault(d["format"], dict(docs=0, pii=0, leaked=0, words=0, words_kept=0))
        pf["docs"] += 1
        for p in d["pii"]:
            tot["pii"] += 1
            pf["pii"] += 1
            if not leaks(hay, p["value"]):
                continue
            tot["leaked"] += 1
            pf["leaked"] += 1
            if gt_hay is not None and leaks(gt_hay, p["value"]):
                cause = "redactor"
            elif squash(p["value"]) not in ocr_hay:
                cause = "ocr-value"
            else:
                cause = "ocr-context"
            causes[cause].append((d["file"], p["type"], p["value"], ocr, gt))
        for s in d["content"]:
            ws = [w for w in re.split(r"[^\w]+", s) if w]
            tot["sents"] += 1
            ss = squash(s)
            tot["sents_kept"] += occurs(hay, ss, len(ss) // 25)
            for w in ws:
                tot["words"] += 1
                pf["words"] += 1
                k = squash(w) in hay
                tot["words_kept"] += k
                pf["words_kept"] += k
        for v in d["decoys"]:
            tot["decoys"] += 1
            tot["decoys_kept"] += squash(v) in hay
    return tot, causes, per_format


def context_line(text, value):
    """The line of @text holding @value (approximately), for --show."""
    if not text:
        return "(no text)"
    sv = squash(value)
    best = None
    for line in text.split("\n"):
        sl = squash(line)
        if sv in sl:
            return line.strip()
        if best is None and sv[:4] and sv[:4] in sl:
            best = line.strip()
    return best or "(not found)"


def report(title, tot, causes, per_format, cpu, pages, show):
    pct = lambda a, b: 100.0 * a / b if b else 0.0
    print("## %s" % title)
    print("content words kept  %d/%d = %.1f%%" % (tot["words_kept"], tot["words"], pct(tot["words_kept"], tot["words"])))
    print("content sentences   %d/%d = %.1f%%" % (tot["sents_kept"], tot["sents"], pct(tot["sents_kept"], tot["sents"])))
    print("identifiers leaked  %d/%d = %.1f%%  (redactor %d, ocr-value %d, ocr-context %d)"
          % (tot["leaked"], tot["pii"], pct(tot["leaked"], tot["pii"]), len(causes["redactor"]),
             len(causes["ocr-value"]), len(causes["ocr-context"])))
    print("decoys kept         %d/%d = %.1f%%" % (tot["decoys_kept"], tot["decoys"], pct(tot["decoys_kept"], tot["decoys"])))
    if cpu is not None:
        print("cpu                 %.1f s for %d pages = %.2f s/page" % (cpu, pages, cpu / max(pages, 1)))
    for fmt in sorted(per_format):
        f = per_format[fmt]
        print("  %-14s docs %2d  leaked %2d/%-3d  content words %.1f%%"
              % (fmt, f["docs"], f["leaked"], f["pii"], pct(f["words_kept"], f["words"])))
    if show:
        for cause, items in causes.items():
            for file, typ, value, ocr, gt in items:
                print("  leak %-11s %-11s %s: %r" % (cause, typ, os.path.basename(file), value))
                print("      ocr:   %s" % context_line(ocr, value))
                if gt is not None:
                    print("      typed: %s" % context_line(gt, value))
    print()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--ocrmypdf", action="store_true", help="also run ocrmypdf --clean --deskew")
    ap.add_argument("--only-ocrmypdf", action="store_true")
    ap.add_argument("--jobs", type=int, default=2, help="ocrmypdf --jobs (default 2)")
    ap.add_argument("--show", action="store_true", help="print every leak with its OCR and typed lines")
    ap.add_argument("--save", help="write each OCR text to DIR (synthetic corpus only)")
    ap.add_argument("--rescore", metavar="NAME",
                    help="no OCR: redact and score the texts an earlier --save wrote to the --save "
                         "DIR under NAME (caviar or ocrmypdf), e.g. after a change to the redactor")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    build = os.path.abspath(a.build)
    caviar = os.path.join(build, "tools", "caviar")
    labels = [json.loads(l) for l in open(os.path.join(a.corpus, "labels.jsonl"), encoding="utf-8")]
    files = [os.path.join(a.corpus, d["file"]) for d in labels]
    if a.save:
        os.makedirs(a.save, exist_ok=True)
    results = {}
    if a.rescore:
        if not a.save:
            sys.exit("ocr-quality: --rescore needs --save DIR")
        texts = {}
        for f in files:
            base = os.path.splitext(os.path.basename(f))[0]
            saved = os.path.join(a.save, base + "." + a.rescore + ".txt")
            texts[f] = open(saved, encoding="utf-8").read() if os.path.exists(saved) else ""
        tot, causes, pf = score(labels, a.corpus, texts, caviar, a.show)
        report("%s texts from %s, redacted by %s" % (a.rescore, a.save, caviar), tot, causes, pf,
               None, 0, a.show)
        return
    if not a.only_ocrmypdf:
        texts, pages, cpu = extract_caviar(build, files)
        npages = sum(pages.values())
        tot, causes, pf = score(labels, a.corpus, texts, caviar, a.show, a.save, "caviar")
        report("caviar (%s)" % build, tot, causes, pf, cpu, npages, a.show)
        results["caviar"] = dict(tot, cpu_s=cpu, pages=npages,
                                 causes={k: len(v) for k, v in causes.items()})
    if a.ocrmypdf or a.only_ocrmypdf:
        texts, cpu = extract_ocrmypdf(files, a.jobs)
        npages = len(files)  # one page each (ocr-degrade.py)
        tot, causes, pf = score(labels, a.corpus, texts, caviar, a.show, a.save, "ocrmypdf")
        report("ocrmypdf --clean --deskew --jobs %d" % a.jobs, tot, causes, pf, cpu, npages, a.show)
        results["ocrmypdf"] = dict(tot, cpu_s=cpu, pages=npages,
                                   causes={k: len(v) for k, v in causes.items()})
    if "caviar" in results and "ocrmypdf" in results:
        print("CPU ratio ocrmypdf / caviar: %.2fx" % (results["ocrmypdf"]["cpu_s"] / max(results["caviar"]["cpu_s"], 1e-9)))
    if a.json:
        print(json.dumps(results))


if __name__ == "__main__":
    main()
