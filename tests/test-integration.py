#!/usr/bin/env python3
"""test-integration.py — end to end through the built `caviar` binary.

Generates a small mixed French/English corpus (UTF-8 text, Windows-1252
text and text PDFs made with tests/mkpdf) with planted identifiers, ingests
it, exports it, and checks that:
  - no planted identifier survives in the export, ordinary sentences do;
  - no document text nor identifier appears in any file under the store
    directory (SST, WAL, MANIFEST, LOG, OPTIONS) nor in the temp directory;
  - re-ingesting is a no-op ("already stored");
  - a wrong key is refused; collections stay apart;
  - exit codes: 0 ok, 1 a file failed (with "caviar: PATH: reason"), 2 usage.
Usage: test-integration.py CAVIAR MKPDF
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

CAVIAR, MKPDF = sys.argv[1], sys.argv[2]
failures = 0


def check(cond, what):
    global failures
    print(("ok    " if cond else "FAIL  ") + what)
    if not cond:
        failures += 1


FILLER_FR = "".join(
    "\nParagraphe %d. Les inspecteurs ont examiné la charpente, les fondations et "
    "la ventilation de chaque étage, puis ils ont consigné leurs observations dans "
    "le registre municipal afin que le conseil puisse établir les priorités de la "
    "prochaine saison de travaux.\n" % i for i in range(1, 5))

# Planted identifiers: valid SINs (Luhn), NANP phones, emails.
DOCS = [
    ("fr-lettre.txt", "utf-8", "fr",
     "Québec, le 2 juin 2025\n\nObjet : dossier 2025-117-03412\n\n"
     "Le comité de révision a étudié la demande de subvention pour la rénovation du chalet.\n"
     "Votre numéro d'assurance sociale 046 454 286 a été vérifié.\n"
     "Joignez-nous au 514-872-1234 ou à lucie.gagnon@courriel.example.\n",
     ["046 454 286", "514-872-1234", "lucie.gagnon@courriel.example"],
     ["Le comité de révision a étudié la demande de subvention pour la rénovation du chalet."]),
    ("en-letter.txt", "utf-8", "en",
     "Dear applicant,\n\nThe review board examined the grant request for the community garden.\n"
     "Your SIN 130 692 544 was confirmed. Call (418) 643-2211 or write to p.wong@mail.example.\n",
     ["130 692 544", "(418) 643-2211", "p.wong@mail.example"],
     ["The review board examined the grant request for the community garden."]),
    ("fr-ancien.txt", "cp1252", "fr",
     "Note au dossier : l'entrepôt municipal sera fermé pour l'inventaire annuel.\n"
     "NAS : 193 456 787 — téléphone : 819 555 2231 — courriel : r.cote@exemple.ca\n",
     ["193 456 787", "819 555 2231", "r.cote@exemple.ca"],
     ["l'entrepôt municipal sera fermé pour l'inventaire annuel."]),
    ("fr-rapport.pdf", "pdf", "fr",
     "Rapport d'inspection\n\nLa toiture de l'immeuble patrimonial exige des travaux urgents.\n"
     "Propriétaire joint au 450 679 2200 ou à inspection.b@exemple.org.\n"
     + FILLER_FR +
     "\fPage deux : le numéro d'assurance sociale 287 654 321 figure au registre.\n"
     "Les travaux débuteront au printemps selon le calendrier approuvé.\n" + FILLER_FR,
     ["450 679 2200", "inspection.b@exemple.org", "287 654 321"],
     ["La toiture de l'immeuble patrimonial exige des travaux urgents.",
      "Les travaux débuteront au printemps selon le calendrier approuvé."]),
    ("en-report.pdf", "pdf", "en",
     "Inspection summary\n\nThe bridge deck requires resurfacing before the winter season.\n"
     "Contact the engineer at 1-613-555-0187 or eng.lead@agency.example.\n"
     "Claimant SIN: 527 665 053.\n",
     ["1-613-555-0187", "eng.lead@agency.example", "527 665 053"],
     ["The bridge deck requires resurfacing before the winter season."]),
]


def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    t = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            x = x - 9 if x > 9 else x
        t += x
    return t % 10 == 0


def squash(s):
    return re.sub(r"[\W_]+", "", s.casefold())


def run(args, env, stdin=None):
    return subprocess.run([CAVIAR] + args, env=env, input=stdin,
                          capture_output=True, timeout=600)


def main():
    for _, _, _, _, ids, _ in DOCS:
        for v in ids:
            if re.fullmatch(r"[\d ]{11}", v):
                assert luhn_ok(v), v  # the fixture itself must be valid

    top = tempfile.mkdtemp(prefix="caviar-it-")
    try:
        corpus = os.path.join(top, "corpus")
        store = os.path.join(top, "store")
        tmp = os.path.join(top, "tmp")
        os.makedirs(corpus)
        os.makedirs(tmp)
        src = os.path.join(top, "src")
        os.makedirs(src)
        for name, enc, _, text, _, _ in DOCS:
            path = os.path.join(corpus, name)
            if enc == "pdf":
                txt = os.path.join(src, name + ".txt")
                with open(txt, "w", encoding="utf-8") as f:
                    f.write(text)
                subprocess.run([MKPDF, txt, path], check=True)
            else:
                with open(path, "wb") as f:
                    f.write(text.encode(enc))
        shutil.rmtree(src)  # plaintext sources are not part of what we scan
        with open(os.path.join(corpus, "blob.bin"), "wb") as f:
            f.write(b"\x7fELF\x02\x01\x01" + bytes(range(256)) * 8)

        env = dict(os.environ)
        env.update({"CAVIAR_STORE": store,
                    "CAVIAR_KEY_FILE": os.path.join(top, "key", "master.key"),
                    "TMPDIR": tmp, "XDG_CONFIG_HOME": os.path.join(top, "cfg"),
                    "XDG_DATA_HOME": os.path.join(top, "data")})

        r = run(["ingest", "--no-ocr", corpus], env)
        err = r.stderr.decode()
        out = r.stdout.decode()
        check(r.returncode == 1, "ingest exits 1 when one file fails (got %d)" % r.returncode)
        check(re.search(r"^caviar: .*blob\.bin: unsupported type ", err, re.M) is not None,
              "unsupported file reported as 'caviar: PATH: unsupported type ...'")
        check("created a new master key" in err, "key creation announced")
        check(out.count(": stored ") == len(DOCS), "every document stored")
        check(re.search(r"^total: 6 files: 5 stored, 0 already stored, 1 failed", out, re.M)
              is not None, "total line")
        key_mode = os.stat(env["CAVIAR_KEY_FILE"]).st_mode & 0o777
        check(key_mode == 0o600, "key file mode 0600 (got %o)" % key_mode)

        r = run(["ingest", "--no-ocr", "--json", os.path.join(corpus, "fr-lettre.txt")], env)
        lines = [json.loads(l) for l in r.stdout.decode().splitlines() if l.strip()]
        check(r.returncode == 0 and lines[0]["status"] == "already stored",
              "re-ingest is a no-op that says already stored")

        r = run(["export", "--jsonl"], env)
        check(r.returncode == 0, "export exits 0")
        rows = [json.loads(l) for l in r.stdout.decode().splitlines()]
        fields = {"collection", "doc", "chunk", "source", "pages", "text"}
        check(rows and all(fields <= set(x) for x in rows), "export rows carry the documented fields")
        by_source = {}
        for x in rows:
            by_source.setdefault(os.path.basename(x["source"]), []).append(x)
        check(len(by_source) == len(DOCS), "every document exported (%d)" % len(by_source))
        for name, enc, _, _, ids, sentences in DOCS:
            text = "\n".join(x["text"] for x in sorted(by_source.get(name, []),
                                                        key=lambda x: x["chunk"]))
            flat = squash(text)
            for v in ids:
                check(squash(v) not in flat, "%s: identifier redacted (%s...)" % (name, v[:3]))
            for s in sentences:
                check(squash(s) in flat, "%s: sentence kept" % name)
        pdf_rows = sorted(by_source.get("fr-rapport.pdf", []), key=lambda x: x["chunk"])
        check(len(pdf_rows) >= 2, "a two-page PDF gives several chunks (%d)" % len(pdf_rows))
        check(pdf_rows and pdf_rows[0]["pages"][0] == 1 and pdf_rows[-1]["pages"][1] == 2,
              "chunks run from page 1 to page 2")
        p2 = [x["pages"] for x in pdf_rows if "Page deux" in x["text"]]
        p1 = [x["pages"] for x in pdf_rows if "toiture" in x["text"]]
        check(p2 and p2[0][1] == 2 and p1 and p1[0][0] == 1,
              "each chunk knows its pages (page-1 text %s, page-2 text %s)" % (p1, p2))

        # Nothing in clear at rest: store directory and temp directory.
        needles = []
        for _, _, _, text, ids, sentences in DOCS:
            for v in ids:
                needles += [v.encode(), re.sub(r"\D", "", v).encode() if "@" not in v else v.encode()]
            for s in sentences:
                needles.append(s.encode("utf-8")[:40])
        needles = [n for n in needles if len(n) >= 6]
        leaks = []
        for root in (store, tmp):
            for dirpath, _, files in os.walk(root):
                for fn in files:
                    with open(os.path.join(dirpath, fn), "rb") as f:
                        data = f.read()
                    leaks += [(fn, n[:4]) for n in needles if n in data]
        check(not leaks, "no plaintext under the store or temp directory %s" % leaks[:3])
        check(sorted(os.listdir(tmp)) == [], "no temporary files left")

        # Wrong key: refused, no output.
        env2 = dict(env)
        env2["CAVIAR_KEY_FILE"] = os.path.join(top, "other.key")
        with open(env2["CAVIAR_KEY_FILE"], "wb") as f:
            f.write(os.urandom(32))
        os.chmod(env2["CAVIAR_KEY_FILE"], 0o600)
        r = run(["export", "--jsonl"], env2)
        check(r.returncode != 0 and r.stdout == b"" and b"key" in r.stderr.lower(),
              "wrong key refused with a clear error, no output")

        # Collections stay apart.
        r = run(["ingest", "--no-ocr", "--collection", "autre",
                 os.path.join(corpus, "en-letter.txt")], env)
        check(r.returncode == 0 and b": stored " in r.stdout,
              "same bytes stored again in another collection")
        r = run(["export", "--collection", "autre"], env)
        rows_b = [json.loads(l) for l in r.stdout.decode().splitlines()]
        check(len({x["doc"] for x in rows_b}) == 1, "collection 'autre' holds only its document")
        check(not ({x["doc"] for x in rows_b} & {x["doc"] for x in rows}),
              "document ids differ across collections")

        # --timings: CPU time per stage, within what the processes used.
        import resource
        ru0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        r = run(["ingest", "--no-ocr", "--timings", "--json", "--collection", "timed",
                 corpus], env)
        ru1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        lines = [json.loads(l) for l in r.stdout.decode().splitlines()]
        cpu = lines[-1]["total"].get("cpu_us", {})
        stages = ["detect", "extract", "ocr", "redact", "chunk", "store", "index"]
        check(sorted(cpu) == sorted(stages + ["pages"]) and
              all(isinstance(v, int) and v >= 0 for v in cpu.values()),
              "--timings --json: cpu_us of the 7 stages and pages (%s)" % cpu)
        check(cpu.get("pages") == sum(x.get("pages", 0) for x in lines[:-1]),
              "--timings counts the pages of the documents stored")
        check(cpu.get("ocr") == 0 and all(cpu.get(k, 0) > 0 for k in
                                          ("detect", "extract", "redact", "store", "index")),
              "--timings: no OCR with --no-ocr; every other stage did some work")
        used = (ru1.ru_utime + ru1.ru_stime - ru0.ru_utime - ru0.ru_stime) * 1e6
        check(sum(cpu.get(k, 0) for k in stages) <= used,
              "the stages' CPU time is within the processes' (%d <= %d us)" % (
                  sum(cpu.get(k, 0) for k in stages), used))
        r = run(["ingest", "-q", "--no-ocr", "--timings", "--collection", "timed2",
                 os.path.join(corpus, "fr-lettre.txt")], env)
        check(r.returncode == 0 and re.search(
            rb"^CPU time by stage \(s\): detect [\d.]+, extract .* index [\d.]+; total [\d.]+ "
            rb"for 1 pages", r.stdout, re.M) is not None,
              "--timings prints one line of CPU seconds by stage, even with -q")

        # redact filter and usage errors.
        r = run(["redact"], env, stdin="Mon NAS est 046 454 286.\n".encode())
        check(r.returncode == 0 and b"046" not in r.stdout and b"Mon NAS" in r.stdout,
              "caviar redact filters stdin")
        check(run(["ingest"], env).returncode == 2, "missing PATH is a usage error (2)")
        check(run(["frobnicate"], env).returncode == 2, "unknown command is a usage error (2)")
        check(run(["ingest", "--bogus", corpus], env).returncode == 2, "unknown option is a usage error (2)")
        r = run(["ingest", os.path.join(top, "missing.txt")], env)
        check(r.returncode == 1 and b"missing.txt" in r.stderr, "missing file fails with its path")
        check(run(["--version"], env).stdout.startswith(b"caviar "), "--version")
        check(run(["help", "ingest"], env).returncode == 0, "help ingest")
    finally:
        shutil.rmtree(top, ignore_errors=True)

    print("%d failed" % failures)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
