#!/usr/bin/env python3
"""test-preview.py — previews that store nothing.

`caviar redact FILE...` on a generated text-layer PDF (tests/mkpdf), a
windows-1252 text file, an HTML page and a missing path: the redacted
text of each (same detection and extraction as ingest), --json with spans
whose offsets fall on the planted values of the extracted text, exit 1 for
the missing one; `caviar ingest --dry-run`: one line per file, a total that
adds up, exit 1; and after both, no store and no key were created.
Usage: test-preview.py CAVIAR MKPDF
"""
import json
import os
import subprocess
import sys
import tempfile

CAVIAR = os.path.abspath(sys.argv[1])
MKPDF = os.path.abspath(sys.argv[2])
failures = 0

SIN = "046 454 286"
NAME = "Julie Tremblay"


def check(cond, what):
    global failures
    print(("ok    " if cond else "FAIL  ") + what, flush=True)
    if not cond:
        failures += 1


tmp = tempfile.mkdtemp(prefix="caviar-preview-")
env = {k: v for k, v in os.environ.items() if not k.startswith("CAVIAR_")}
env.update(LANG="C.UTF-8", CAVIAR_STORE=os.path.join(tmp, "store"),
           CAVIAR_KEY_FILE=os.path.join(tmp, "master.key"),
           XDG_CONFIG_HOME=os.path.join(tmp, "config"))
docs = os.path.join(tmp, "docs")
os.makedirs(docs)
letter = ("Objet : demande d'accès\n"
          "Madame %s, NAS %s, nous avons reçu votre demande.\n"
          "Le comité se réunira le 3 mars.\n" % (NAME, SIN))
src = os.path.join(tmp, "lettre.txt")
with open(src, "w", encoding="utf-8") as f:
    f.write(letter)
subprocess.run([MKPDF, src, os.path.join(docs, "lettre.pdf")], check=True)
with open(os.path.join(docs, "note.txt"), "wb") as f:
    f.write(("Réunion : Monsieur Émile Bélanger, NAS %s, tél. 418 555-0199.\n"
             % SIN).encode("cp1252"))
with open(os.path.join(docs, "page.html"), "w", encoding="utf-8") as f:
    f.write("<html><body><p>Courriel : julie.tremblay@example.org</p>"
            "<p>NAS %s</p></body></html>" % SIN)
missing = os.path.join(tmp, "absent.pdf")


def run(args):
    r = subprocess.run([CAVIAR] + args, env=env, capture_output=True,
                       timeout=300)
    return r, r.stdout.decode("utf-8", "replace"), r.stderr.decode(
        "utf-8", "replace")


r, out, err = run(["redact", os.path.join(docs, "lettre.pdf")])
check(r.returncode == 0, "redact FILE.pdf exits 0 (%d: %s)" % (r.returncode, err.strip()))
check("[NAS]" in out and "[PERSONNE]" in out,
      "the PDF's text comes out with [NAS] and [PERSONNE]")
check(SIN not in out and "Tremblay" not in out, "neither the SIN nor the name")
check("comité se réunira" in out, "the rest of the text is kept")
check("==>" not in out, "one file: no header line")

r, out, err = run(["redact", docs, missing])
check(r.returncode == 1, "redact DIR MISSING exits 1")
check("absent.pdf" in err, "the missing file is named on stderr")
for name in ("lettre.pdf", "note.txt", "page.html"):
    check("==> docs/%s <==" % name in out, "header for docs/" + name)
check("Bélanger" not in out and SIN not in out and "example.org" not in out,
      "windows-1252 text and HTML redacted too (no name, SIN, e-mail)")
check("[COURRIEL]" in out, "the HTML page's e-mail is redacted")

r, out, err = run(["redact", "--json", os.path.join(docs, "lettre.pdf")])
check(r.returncode == 0, "redact --json exits 0")
try:
    obj = json.loads(out)
except ValueError:
    obj = {}
check(obj.get("mime") == "application/pdf" and obj.get("pages") == 1,
      "JSON has the type and pages (%s, %s)" % (obj.get("mime"), obj.get("pages")))
types = sorted({s["type"] for s in obj.get("spans", [])})
check("SIN" in types and "PERSON" in types, "JSON spans: %s" % types)
check(obj.get("counts", {}).get("SIN") == 1, "JSON counts one SIN")
check(all({"start", "end", "confidence", "detector"} <= set(s)
          for s in obj.get("spans", [])), "each span has offsets, confidence, detector")
check(SIN not in out and "Tremblay" not in out, "JSON never holds the values")
# the offsets are into the extracted text: the SIN's span covers as many
# bytes as the SIN (the PDF's text is the letter's)
sin_spans = [s for s in obj.get("spans", []) if s["type"] == "SIN"]
check(sin_spans and sin_spans[0]["end"] - sin_spans[0]["start"] == len(SIN),
      "the SIN's span is %d bytes long" % len(SIN))

r, out, err = run(["ingest", "--dry-run", docs, missing])
lines = [l for l in out.splitlines()
         if "would be stored" in l and not l.startswith("dry run")]
check(r.returncode == 1, "ingest --dry-run with a missing input exits 1")
check(len(lines) == 3, "one 'would be stored' line per file (%d)" % len(lines))
total = [l for l in out.splitlines() if l.startswith("dry run")]
check(total and "4 files: 3 would be stored, 1 failed" in total[0],
      "the dry run's total adds up: %s" % (total[0] if total else out))
check(SIN not in out + err and "Tremblay" not in out + err,
      "no identifier in the dry run's output")

r, out, err = run(["ingest", "--dry-run", "--json", docs])
objs = [json.loads(l) for l in out.splitlines() if l.strip()]
check(len(objs) == 4 and objs[-1].get("total", {}).get("stored") == 3,
      "--dry-run --json: 3 objects and a total")

check(not os.path.exists(os.path.join(tmp, "store")) and
      not os.path.exists(os.path.join(tmp, "master.key")),
      "nothing was stored: no store, no key created")

subprocess.run(["rm", "-rf", tmp])
print("%d failure(s)" % failures)
sys.exit(1 if failures else 0)
