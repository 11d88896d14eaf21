#!/usr/bin/env python3
"""test-interrupt.py — caviar ingest's progress line, Ctrl-C and totals.

- --progress=always shows "[N/M files] ... pages/s" on standard error even
  when it is not a terminal; --progress=never and auto (not a terminal)
  show none; --progress=bad is a usage error.
- Inside one scanned document, the line gives the OCR pages done of its
  total as the worker reads them.
- One SIGINT in the middle of 3000 files: exit 130, the total printed,
  stored + already stored + failed + not processed = files, every stored
  document in the store (list), `caviar verify` clean.
- Two SIGINTs while a 900-page PDF is being extracted: exit 130 at once
  (well before the document would be done), and the store still verifies
  with nothing half-stored.
- A missing input counts as one failed file: the total adds up.
Usage: test-interrupt.py CAVIAR MKPDF
"""
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time

CAVIAR = os.path.abspath(sys.argv[1])
MKPDF = os.path.abspath(sys.argv[2])
failures = 0


def check(cond, what):
    global failures
    print(("ok    " if cond else "FAIL  ") + what, flush=True)
    if not cond:
        failures += 1


tmp = tempfile.mkdtemp(prefix="caviar-int-")
env = {k: v for k, v in os.environ.items() if not k.startswith("CAVIAR_")}
env.update(LANG="C.UTF-8", CAVIAR_STORE=os.path.join(tmp, "store"),
           CAVIAR_KEY_FILE=os.path.join(tmp, "master.key"),
           XDG_CONFIG_HOME=os.path.join(tmp, "config"))


def run(args, **kw):
    return subprocess.run([CAVIAR] + args, env=env, capture_output=True,
                          text=True, timeout=600, **kw)


TOTAL = re.compile(r"total: (\d+) files?: (\d+) stored.*?, (\d+) already stored, "
                   r"(\d+) failed")
NOT_PROCESSED = re.compile(r"interrupted: (\d+) files? not processed")


def adds_up(out):
    m = TOTAL.search(out)
    if not m:
        return False, "no total"
    files, stored, already, failed = map(int, m.groups())
    n = NOT_PROCESSED.search(out)
    skipped = int(n.group(1)) if n else 0
    return stored + already + failed + skipped == files, m.group(0)


small = os.path.join(tmp, "small")
os.makedirs(small)
for i in range(3000):
    with open(os.path.join(small, "f%04d.txt" % i), "w") as f:
        f.write("Document %d : Julie Tremblay, NAS 046 454 286, dossier %d.\n" % (i, i))

# progress line
few = os.path.join(tmp, "few")
os.makedirs(few)
for i in range(3):
    with open(os.path.join(few, "p%d.txt" % i), "w") as f:
        f.write("Note %d du comité.\n" % i)
r = run(["ingest", "--dry-run", "--progress=always", few])
check(re.search(r"\[3/3 files\] \d+ pages, [\d.]+ pages/s", r.stderr) is not None,
      "--progress=always: a progress line off a terminal (%r)" % r.stderr[-80:])
r = run(["ingest", "--dry-run", "--progress=never", few])
check("files]" not in r.stderr, "--progress=never: no progress line")
r = run(["ingest", "--dry-run", few])
check("files]" not in r.stderr, "auto, not a terminal: no progress line")
# inside one OCR document: pages done of its total, reported by the worker
# as it reads them (a scan of 3 pages, one OCR thread: one page at a time)
scantxt = os.path.join(tmp, "scan.txt")
with open(scantxt, "w", encoding="utf-8") as f:
    f.write("\f".join("Page %d du dossier.\nLe comité a étudié la demande "
                      "numéro %d." % (i, i) for i in range(1, 4)))
scan = os.path.join(tmp, "scan.pdf")
subprocess.run([MKPDF, "--scan", scantxt, scan], check=True)
r = run(["ingest", "--dry-run", "--progress=always", "-j", "1", scan])
pages = [int(m) for m in re.findall(r"scan\.pdf: OCR, page (\d+) of 3", r.stderr)]
check(r.returncode == 0 and pages and pages[-1] == 3 and pages == sorted(pages),
      "the progress line follows the pages of one OCR document (%s)" % pages)
r = run(["ingest", "--dry-run", "--progress=never", "-j", "1", scan])
check("OCR, page" not in r.stderr, "--progress=never: no page progress")
r = run(["ingest", "--progress=sometimes", few])
check(r.returncode == 2, "--progress=sometimes is a usage error")

# a missing input is one failed file
r = run(["ingest", few, os.path.join(tmp, "absent.pdf")])
ok, total = adds_up(r.stdout)
check(r.returncode == 1 and ok and "4 files" in total,
      "a missing input: %s" % total)

# one Ctrl-C in the middle of 3000 files
p = subprocess.Popen([CAVIAR, "ingest", "-j", "1", small], env=env,
                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
lines = []
while len(lines) < 50:
    line = p.stdout.readline()
    if not line:
        break
    lines.append(line)
p.send_signal(signal.SIGINT)
out, err = p.communicate(timeout=300)
out = "".join(lines) + out
check(p.returncode == 130, "Ctrl-C: exit 130 (%s)" % p.returncode)
check("interrupted" in err, "Ctrl-C: says it is finishing")
ok, total = adds_up(out)
check(ok, "Ctrl-C: the total adds up (%s)" % total)
check(NOT_PROCESSED.search(out) is not None, "Ctrl-C: files not processed counted")
m = TOTAL.search(out)
stored = int(m.group(2)) if m else -1
listed = json.loads(run(["list", "-q", "--json"]).stdout or "[]")
check(len(listed) == stored + 3,
      "every file said stored is in the store (%d listed = %d + 3 before)"
      % (len(listed), stored))
r = run(["verify"])
check(r.returncode == 0, "verify after Ctrl-C: %s" % r.stdout.strip())

# two Ctrl-C while a long PDF is extracted: out at once
txt = os.path.join(tmp, "big.txt")
with open(txt, "w") as f:
    for i in range(40000):
        f.write("Ligne %d du procès-verbal, Julie Tremblay a pris la parole.\n" % i)
big = os.path.join(tmp, "big")
os.makedirs(big)
subprocess.run([MKPDF, txt, os.path.join(big, "proces-verbal.pdf")], check=True)
start = time.monotonic()
r0 = run(["ingest", "--dry-run", big])
full = time.monotonic() - start
p = subprocess.Popen([CAVIAR, "ingest", big], env=env, stdout=subprocess.PIPE,
                     stderr=subprocess.PIPE, text=True)
time.sleep(min(0.8, full / 4))
start = time.monotonic()
p.send_signal(signal.SIGINT)
time.sleep(0.1)
p.send_signal(signal.SIGINT)
out, err = p.communicate(timeout=120)
took = time.monotonic() - start
check(p.returncode == 130, "second Ctrl-C: exit 130 (%s)" % p.returncode)
check("interrupted again" in err or took < full / 2,
      "second Ctrl-C: out at once (%.2f s; the file takes %.2f s)" % (took, full))
r = run(["verify"])
check(r.returncode == 0, "verify after a second Ctrl-C: %s" % r.stdout.strip())
listed2 = json.loads(run(["list", "-q", "--json"]).stdout or "[]")
check(len(listed2) in (len(listed), len(listed) + 1),
      "the PDF is stored whole or not at all (%d -> %d documents)"
      % (len(listed), len(listed2)))

subprocess.run(["rm", "-rf", tmp])
print("%d failure(s)" % failures)
sys.exit(1 if failures else 0)
