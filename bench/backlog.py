#!/usr/bin/env python3
"""backlog.py — a public body's backlog, end to end (issue #14).  Run it
through bench/backlog.sh (which builds what it needs).

1. Generates a reproducible mix (seeded; python3 stdlib, tests/mkpdf,
   pdftoppm, img2pdf, tiffcp) into WORK/mix:

     per 100 files at --scale 1      kind         pages a file (cycled)
     35  text PDFs (tests/mkpdf)     text-pdf     1 2 1 3 1 5 2 1 8 1 12 2 1 20 3 1 40 2 1 200
                                                  (<= 3 pages: short letters, ~500 characters
                                                  a page; longer: full pages, ~2.5 KB)
     12  scanned PDFs, 300 dpi grey JPEG          1 2 1 3 1 2
      4  TIFFs, 300 dpi grey (LZW)                1 2 1 1
      4  TIFFs, 300 dpi bilevel (CCITT G4)        1 1 2 1
     12  DOCX, 5 ODT (zip + XML)                  1 (caviar counts one page)
     10  HTML, 8 e-mails (RFC 822, some multipart), 10 plain text (UTF-8, some Latin-1)

   so a fifth of the files are scans; at --scale 1 about 450 pages, 30 of them
   scanned.  Every document carries identifiers (names, SIN, phones, e-mails,
   addresses, dates of birth) among ordinary prose, French or English.
2. Ingests WORK/mix with `caviar ingest -j N --timings --json` into a new
   store: wall, CPU (user + sys of caviar and its workers), peak RSS of the
   largest process (GNU time) and of the whole tree (sampled every 50 ms),
   pages/s, files/s, CPU per page by stage, store size against the redacted
   text before and after compaction (`caviar stats`, `caviar purge`).
3. The bare tools on the same files with the same parallelism N: `pdftotext`
   per text PDF; `pdftoppm -r 300 -gray` then `tesseract` (fra+eng,
   OMP_THREAD_LIMIT=1, one process per lane reading a list of pages: models
   loaded once a lane, as caviar loads one engine per worker) for the scanned
   PDFs and TIFFs.  DOCX/ODT/HTML/e-mail/text have no bare tool: their whole
   cost counts as caviar's overhead.  Ratio = caviar / bare.
4. Subsets, each a fresh store: the scanned files against `ocrmypdf --jobs N`
   (one run a scanned PDF, --output-type none, --sidecar) and bare
   tesseract; the bilevel TIFFs against bare tesseract; the short text PDFs
   (<= 3 pages) against pdftotext.
5. `store-bench --sync`: store + index of 1-KB chunks/s, size after
   compaction.
"""
import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import zipfile

TEXT_PDF_PAGES = [1, 2, 1, 3, 1, 5, 2, 1, 8, 1, 12, 2, 1, 20, 3, 1, 40, 2, 1, 200]
SCAN_PDF_PAGES = [1, 2, 1, 3, 1, 2]
TIFF_GREY_PAGES = [1, 2, 1, 1]
TIFF_BILEVEL_PAGES = [1, 1, 2, 1]
MIX = [  # kind, files per 100 at --scale 1
    ("text-pdf", 35), ("scan-pdf", 12), ("tiff-grey", 4), ("tiff-bilevel", 4),
    ("docx", 12), ("odt", 5), ("html", 10), ("eml", 8), ("txt", 10),
]

FIRST = ["Jean", "Marie", "Luc", "Sophie", "Pierre", "Isabelle", "François",
         "Nathalie", "Michel", "Julie", "André", "Chantal", "Yves", "Geneviève",
         "Robert", "Karine", "John", "Emily", "David", "Sarah"]
LAST = ["Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin",
        "Lavoie", "Fortin", "Gagné", "Ouellet", "Pelletier", "Bélanger", "Lévesque",
        "Bergeron", "Leblanc", "Paquette", "Girard", "Simard", "Boucher"]
STREETS = ["rue Saint-Denis", "boulevard René-Lévesque", "avenue du Parc",
           "rue Sherbrooke Est", "chemin Sainte-Foy", "rue King Ouest"]
CITIES = [("Montréal", "H2X 3K8"), ("Québec", "G1R 4P5"), ("Sherbrooke", "J1H 5N4"),
          ("Gatineau", "J8X 3X7"), ("Trois-Rivières", "G9A 5H3")]
FR = ["La demande d'accès vise les procès-verbaux du comité consultatif.",
      "Le délai de réponse prévu par la loi est de vingt jours.",
      "Le conseil municipal a adopté le règlement sur la gestion des matières résiduelles.",
      "Les documents demandés contiennent des renseignements personnels protégés.",
      "La subvention pour la rénovation de l'école primaire a été approuvée.",
      "Le bureau régional a transmis le dossier à la direction des affaires juridiques.",
      "Une révision de la décision peut être demandée à la Commission d'accès à l'information.",
      "Le rapport annuel présente les résultats du programme d'aide aux organismes.",
      "La plainte concerne le déneigement des trottoirs du secteur nord.",
      "Les soumissions reçues ont été analysées par le comité de sélection."]
EN = ["The access request concerns the minutes of the advisory committee.",
      "The statutory response time is twenty days from receipt.",
      "The council adopted the by-law on residual materials management.",
      "The requested records contain protected personal information.",
      "The grant for the renovation of the elementary school was approved.",
      "The regional office forwarded the file to the legal affairs branch.",
      "A review of the decision may be requested from the information commission.",
      "The annual report presents the results of the community support program.",
      "The complaint concerns snow removal on the sidewalks of the north sector.",
      "The bids received were analysed by the selection committee."]


def sin(rng):
    while True:
        d = [rng.randrange(1, 8)] + [rng.randrange(10) for _ in range(7)]
        s = 0
        for i, x in enumerate(d):
            y = x * 2 if i % 2 else x
            s += y - 9 if y > 9 else y
        c = (10 - s % 10) % 10
        n = "".join(map(str, d + [c]))
        return "%s %s %s" % (n[:3], n[3:6], n[6:])


def person(rng):
    return "%s %s" % (rng.choice(FIRST), rng.choice(LAST))


def pii_line(rng, fr):
    p = person(rng)
    city, pc = rng.choice(CITIES)
    k = rng.randrange(6)
    if k == 0:
        return ("%s, NAS %s, a déposé la demande." if fr else
                "%s, SIN %s, filed the request.") % (p, sin(rng))
    if k == 1:
        return ("Joindre %s au 514-%03d-%04d." if fr else "Call %s at 514-%03d-%04d.") % (
            p, rng.randrange(200, 999), rng.randrange(10000))
    if k == 2:
        u = p.split()[0].lower().replace("ç", "c").replace("é", "e").replace("è", "e")
        return ("Courriel : %s.%d@exemple.qc.ca" if fr else "E-mail: %s.%d@example.ca") % (
            u, rng.randrange(100))
    if k == 3:
        return "%s, %d, %s, %s (Québec) %s" % (p, rng.randrange(10, 9999),
                                               rng.choice(STREETS), city, pc)
    if k == 4:
        return ("%s, né le %d mars 19%02d." if fr else "%s, born March %d, 19%02d.") % (
            p, rng.randrange(1, 28), rng.randrange(40, 99))
    return ("Signé : %s, greffier." if fr else "Signed: %s, clerk.") % p


def paragraph(rng, fr, sentences):
    pool = FR if fr else EN
    return " ".join(rng.choice(pool) for _ in range(sentences))


def page_text(rng, fr, size):
    """About @size bytes of prose and identifiers, in paragraphs."""
    out, n = [], 0
    while n < size:
        para = paragraph(rng, fr, rng.randrange(2, 5))
        if rng.random() < 0.5:
            para += " " + pii_line(rng, fr)
        out.append(para)
        n += len(para)
    return "\n\n".join(out)


def doc_text(rng, fr, size):
    return page_text(rng, fr, size)


def cycle(lst, n):
    return [lst[i % len(lst)] for i in range(n)]


def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)


def gen_docx(path, text):
    from xml.sax.saxutils import escape
    paras = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % escape(p)
                    for p in text.split("\n\n"))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml",
                   '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % paras)


def gen_odt(path, text):
    from xml.sax.saxutils import escape
    paras = "".join("<text:p>%s</text:p>" % escape(p) for p in text.split("\n\n"))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text",
                   compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/manifest.xml",
                   '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                   '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                   '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
        z.writestr("content.xml",
                   '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
                   'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:text>%s</office:text></office:body></office:document-content>' % paras)


def gen_html(path, text, title):
    from xml.sax.saxutils import escape
    body = "".join("<p>%s</p>\n" % escape(p) for p in text.split("\n\n"))
    with open(path, "w", encoding="utf-8") as f:
        f.write('<!DOCTYPE html>\n<html lang="fr"><head><meta charset="utf-8"><title>%s</title>'
                "<style>p{margin:0}</style></head>\n<body><nav><a href=\"/\">Accueil</a></nav>\n"
                "<h1>%s</h1>\n%s<footer>Gouvernement du Québec</footer></body></html>\n"
                % (escape(title), escape(title), body))


def gen_eml(path, rng, text, i):
    sender, to = person(rng), person(rng)
    head = ("From: %s <%s@exemple.qc.ca>\nTo: %s <%s@exemple.qc.ca>\n"
            "Subject: Dossier 2024-%04d\nDate: Mon, 4 Mar 2024 10:%02d:00 -0500\n"
            "Message-ID: <%d.backlog@exemple.qc.ca>\nMIME-Version: 1.0\n"
            % (sender, sender.split()[0].lower(), to, to.split()[0].lower(), i, i % 60, i))
    if i % 2:
        from xml.sax.saxutils import escape
        html = "".join("<p>%s</p>" % escape(p) for p in text.split("\n\n"))
        body = ('Content-Type: multipart/alternative; boundary="b%d"\n\n--b%d\n'
                "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n%s\n"
                "--b%d\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
                "<html><body>%s</body></html>\n--b%d--\n" % (i, i, text, i, html, i))
    else:
        body = "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n%s\n" % text
    with open(path, "w", encoding="utf-8") as f:
        f.write(head + body)


def generate(out, scale, mkpdf, seed=14):
    """Writes the mix into @out; returns {path: (kind, pages)}."""
    rng = random.Random(seed)
    os.makedirs(out)
    tmp = tempfile.mkdtemp(prefix="backlog-gen-")
    files = {}
    for kind, per100 in MIX:
        n = max(1, round(per100 * scale))
        if kind == "text-pdf":
            counts = cycle(TEXT_PDF_PAGES, n)
        elif kind == "scan-pdf":
            counts = cycle(SCAN_PDF_PAGES, n)
        elif kind == "tiff-grey":
            counts = cycle(TIFF_GREY_PAGES, n)
        elif kind == "tiff-bilevel":
            counts = cycle(TIFF_BILEVEL_PAGES, n)
        else:
            counts = [1] * n
        for i, pages in enumerate(counts):
            fr = rng.random() < 0.7
            lang = "fr" if fr else "en"
            base = os.path.join(out, "%s-%03d-%s" % (kind, i, lang))
            if kind in ("text-pdf", "scan-pdf", "tiff-grey", "tiff-bilevel"):
                size = 500 if (kind == "text-pdf" and pages <= 3) or kind != "text-pdf" else 2500
                src = os.path.join(tmp, "src.txt")
                with open(src, "w", encoding="utf-8") as f:
                    f.write("\f".join(page_text(rng, fr, size) for _ in range(pages)))
                pdf = base + ".pdf" if kind == "text-pdf" else os.path.join(tmp, "src.pdf")
                run([mkpdf, src, pdf])
                if kind == "scan-pdf":
                    run(["pdftoppm", "-r", "300", "-gray", "-jpeg", "-jpegopt", "quality=80",
                         pdf, os.path.join(tmp, "pg")])
                    imgs = sorted(os.path.join(tmp, x) for x in os.listdir(tmp) if x.startswith("pg"))
                    run(["img2pdf", "--pagesize", "Letter", "-o", base + ".pdf"] + imgs)
                    for x in imgs:
                        os.unlink(x)
                elif kind.startswith("tiff"):
                    mono = kind == "tiff-bilevel"
                    run(["pdftoppm", "-r", "300", "-mono" if mono else "-gray", "-tiff",
                         "-tiffcompression", "packbits" if mono else "lzw", pdf,
                         os.path.join(tmp, "pg")])
                    imgs = sorted(os.path.join(tmp, x) for x in os.listdir(tmp) if x.startswith("pg"))
                    run(["tiffcp", "-c", "g4" if mono else "lzw"] + imgs + [base + ".tiff"])
                    for x in imgs:
                        os.unlink(x)
                path = base + (".tiff" if kind.startswith("tiff") else ".pdf")
            elif kind == "docx":
                path = base + ".docx"
                gen_docx(path, doc_text(rng, fr, rng.randrange(2000, 8000)))
            elif kind == "odt":
                path = base + ".odt"
                gen_odt(path, doc_text(rng, fr, rng.randrange(2000, 8000)))
            elif kind == "html":
                path = base + ".html"
                gen_html(path, doc_text(rng, fr, rng.randrange(2000, 10000)),
                         "Procès-verbal %d" % i if fr else "Minutes %d" % i)
            elif kind == "eml":
                path = base + ".eml"
                gen_eml(path, rng, doc_text(rng, fr, rng.randrange(600, 3000)), i)
            else:
                path = base + ".txt"
                t = doc_text(rng, fr, rng.randrange(1000, 20000))
                enc = "latin-1" if i % 3 == 2 and fr else "utf-8"
                with open(path, "wb") as f:
                    f.write(t.encode(enc, "replace"))
            files[path] = (kind, pages)
    shutil.rmtree(tmp)
    return files


# ---------------------------------------------------------------- measuring

class TreeRss(threading.Thread):
    """Largest sum of RSS over a process and its descendants, sampled."""

    def __init__(self, pid):
        super().__init__(daemon=True)
        self.pid, self.peak, self.stop = pid, 0, False

    def sample(self):
        kids, rss = {}, {}
        for d in os.listdir("/proc"):
            if not d.isdigit():
                continue
            try:
                with open("/proc/%s/stat" % d) as f:
                    st = f.read()
                parts = st[st.rindex(")") + 2:].split()
                kids.setdefault(int(parts[1]), []).append(int(d))
                rss[int(d)] = int(parts[21]) * os.sysconf("SC_PAGE_SIZE")
            except (OSError, ValueError, IndexError):
                pass
        total, todo = 0, [self.pid]
        while todo:
            p = todo.pop()
            total += rss.get(p, 0)
            todo.extend(kids.get(p, []))
        return total

    def run(self):
        while not self.stop:
            self.peak = max(self.peak, self.sample())
            time.sleep(0.05)


def timed(cmd, env=None, stdout=subprocess.PIPE):
    """Runs @cmd under GNU time: (wall s, cpu s, max RSS KiB of the largest
    process, tree RSS peak bytes, stdout)."""
    tf = tempfile.NamedTemporaryFile(prefix="backlog-time-", delete=False)
    tf.close()
    t0 = time.monotonic()
    p = subprocess.Popen(["/usr/bin/time", "-o", tf.name, "-f", "%U %S %M"] + cmd,
                         env=env, stdout=stdout, stderr=subprocess.PIPE, text=True)
    rs = TreeRss(p.pid)
    rs.start()
    out, err = p.communicate()
    wall = time.monotonic() - t0
    rs.stop = True
    rs.join()
    with open(tf.name) as f:
        last = f.read().strip().splitlines()[-1].split()
    os.unlink(tf.name)
    if p.returncode != 0:
        sys.stderr.write(err[-2000:])
        raise SystemExit("backlog: %s failed (%d)" % (cmd[0], p.returncode))
    return wall, float(last[0]) + float(last[1]), int(last[2]), rs.peak, out


def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def pool(tasks, n):
    """Runs shell-free commands on @n lanes; returns wall seconds."""
    lock = threading.Lock()
    todo = list(tasks)

    def lane():
        while True:
            with lock:
                if not todo:
                    return
                cmd, env = todo.pop(0)
            subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)

    t0 = time.monotonic()
    th = [threading.Thread(target=lane) for _ in range(n)]
    for t in th:
        t.start()
    for t in th:
        t.join()
    return time.monotonic() - t0


def bare(files, work, n):
    """pdftotext / pdftoppm + tesseract on @files with @n lanes: (wall, cpu)."""
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    imgdir = os.path.join(work, "bare-img")
    shutil.rmtree(imgdir, ignore_errors=True)
    os.makedirs(imgdir)
    c0 = children_cpu()
    first = []
    pages = []
    for i, (path, (kind, _)) in enumerate(sorted(files.items())):
        size = os.path.getsize(path)
        if kind == "text-pdf":
            first.append((size, ["pdftotext", "-q", path, os.devnull]))
        elif kind == "scan-pdf":
            prefix = os.path.join(imgdir, "s%04d" % i)
            first.append((size, ["pdftoppm", "-r", "300", "-gray", path, prefix]))
        elif kind.startswith("tiff"):
            pages.append(path)
    # largest first: a 200-page PDF does not end up alone at the end
    first.sort(key=lambda t: -t[0])
    wall = pool([(cmd, env) for _, cmd in first], n)
    pages += sorted(os.path.join(imgdir, x) for x in os.listdir(imgdir))
    lanes = []
    for k in range(n):
        part = pages[k::n]
        if not part:
            continue
        lst = os.path.join(work, "bare-list-%d.txt" % k)
        with open(lst, "w") as f:
            f.write("\n".join(part) + "\n")
        lanes.append((["tesseract", lst, "stdout", "-l", "fra+eng"], env))
    wall += pool(lanes, n)
    cpu = children_cpu() - c0
    shutil.rmtree(imgdir)
    return wall, cpu


def store_bytes(store):
    """Bytes of the store's files but RocksDB's info logs (LOG, LOG.old.*:
    one more each time a command opens the store)."""
    n = 0
    for d, _, names in os.walk(store):
        n += sum(os.path.getsize(os.path.join(d, x)) for x in names if not x.startswith("LOG"))
    return n


def caviar_run(caviar, work, name, paths, jobs):
    """A fresh store; ingest @paths: a dict of figures."""
    store = os.path.join(work, "store-" + name)
    shutil.rmtree(store, ignore_errors=True)
    env = dict(os.environ, CAVIAR_STORE=store, CAVIAR_KEY_FILE=os.path.join(work, "key"))
    env.pop("CAVIAR_CONFIG", None)
    wall, cpu, rss, tree, out = timed(
        [caviar, "ingest", "-j", str(jobs), "--timings", "--json"] + paths, env=env)
    lines = [json.loads(x) for x in out.splitlines() if x.strip()]
    total = lines[-1]["total"]
    per = [x for x in lines[:-1] if "status" in x]
    stats = json.loads(subprocess.run([caviar, "stats", "--json"], env=env, check=True,
                                      capture_output=True, text=True).stdout)
    before = store_bytes(store)
    subprocess.run([caviar, "purge", "-q"], env=env, check=True, capture_output=True)
    after = json.loads(subprocess.run([caviar, "stats", "--json"], env=env, check=True,
                                      capture_output=True, text=True).stdout)
    compacted = store_bytes(store)
    shutil.rmtree(store)
    return {
        "wall": wall, "cpu": cpu, "rss_kib": rss, "tree_rss": tree,
        "files": total["files"], "failed": total["failed"],
        "pages": sum(x.get("pages", 0) for x in per),
        "ocr_pages": sum(x.get("ocr_pages", 0) for x in per),
        "chunks": total["chunks"], "stages_us": total.get("cpu_us", {}),
        "text_bytes": stats["text_bytes"], "disk_before": before,
        "disk_after": compacted,
        "records_after": sum(c["disk_bytes"] for c in after["collections"]),
    }


def ocrmypdf_run(pdfs, work, jobs):
    c0 = children_cpu()
    t0 = time.monotonic()
    for p in pdfs:
        subprocess.run(["ocrmypdf", "--jobs", str(jobs), "-l", "fra+eng", "--force-ocr",
                        "--output-type", "none", "--sidecar", os.path.join(work, "side.txt"),
                        p, "-"], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
    return time.monotonic() - t0, children_cpu() - c0


# ---------------------------------------------------------------- report

def show_run(title, r, pages_kind=None):
    print("\n## %s" % title)
    print("files %d (failed %d), pages %d (OCR %d), chunks %d" % (
        r["files"], r["failed"], r["pages"], r["ocr_pages"], r["chunks"]))
    print("wall %.2f s, CPU %.2f s: %.1f pages/s, %.2f files/s, %.4f CPU s a page" % (
        r["wall"], r["cpu"], r["pages"] / r["wall"], r["files"] / r["wall"],
        r["cpu"] / max(r["pages"], 1)))
    print("peak RSS: largest process %.0f MiB, whole tree %.0f MiB" % (
        r["rss_kib"] / 1024, r["tree_rss"] / 2**20))
    st = r["stages_us"]
    if st:
        pages = max(st.get("pages", r["pages"]), 1)
        names = ["detect", "extract", "ocr", "redact", "chunk", "store", "index"]
        s = sum(st.get(k, 0) for k in names) / 1e6
        print("CPU s by stage (ms a page):  " + ", ".join(
            "%s %.2f (%.3f)" % (k, st.get(k, 0) / 1e6, st.get(k, 0) / 1e3 / pages) for k in names))
        if r["ocr_pages"]:
            print("OCR CPU a scanned page: %.3f s" % (st.get("ocr", 0) / 1e6 / r["ocr_pages"]))
        print("stages %.2f s of %.2f s CPU; the rest (%.2f s): worker start-up (OCR engines), "
              "reading files, RocksDB background threads, process start" % (s, r["cpu"], r["cpu"] - s))
    tb = max(r["text_bytes"], 1)
    print("store: %d bytes of redacted text; the store's files (WAL, MANIFEST, OPTIONS "
          "included, not RocksDB's info LOGs) %d bytes after ingest (%.2fx), %d after compaction (%.2fx); the "
          "collection's records (chunks, metadata, index) after compaction %d bytes (%.2fx)" % (
              r["text_bytes"], r["disk_before"], r["disk_before"] / tb, r["disk_after"],
              r["disk_after"] / tb, r["records_after"], r["records_after"] / tb))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--build", default="build")
    ap.add_argument("--scale", type=float, default=1.0, help="100 files a unit (default 1)")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count())
    ap.add_argument("--work", help="keep the mix and outputs here (default: temporary)")
    ap.add_argument("--no-subsets", action="store_true")
    ap.add_argument("--no-ocrmypdf", action="store_true")
    ap.add_argument("--no-store-bench", action="store_true")
    a = ap.parse_args()
    caviar = os.path.join(a.build, "tools", "caviar")
    mkpdf = os.path.join(a.build, "tests", "mkpdf")
    for t in ["pdftotext", "pdftoppm", "img2pdf", "tiffcp", "tesseract", "/usr/bin/time"]:
        if shutil.which(t) is None:
            raise SystemExit("backlog: %s is missing (tools/install-deps.sh --extra)" % t)
    work = a.work or tempfile.mkdtemp(prefix="caviar-backlog-")
    os.makedirs(work, exist_ok=True)
    mix = os.path.join(work, "mix")
    shutil.rmtree(mix, ignore_errors=True)
    try:
        load = open("/proc/loadavg").read().split()[:3]
        print("# machine: %d cores, %s; load average before: %s" % (
            os.cpu_count(), open("/proc/cpuinfo").read().split("model name")[1].split("\n")[0].strip(" \t:"),
            " ".join(load)))
        print("# caviar ingest -j %d, scale %g, %s" % (
            a.jobs, a.scale, subprocess.run(["tesseract", "--version"], capture_output=True,
                                             text=True).stdout.splitlines()[0]))
        t0 = time.monotonic()
        files = generate(mix, a.scale, mkpdf)
        by = {}
        for kind, pages in files.values():
            f, p = by.get(kind, (0, 0))
            by[kind] = (f + 1, p + pages)
        print("# mix generated in %.1f s: %d files, %d MB; " % (
            time.monotonic() - t0, len(files),
            sum(os.path.getsize(p) for p in files) / 1e6) +
            ", ".join("%s %d/%dp" % (k, f, p) for k, (f, p) in by.items()))

        r = caviar_run(caviar, work, "mix", [mix], a.jobs)
        show_run("the whole mix: caviar ingest -j %d" % a.jobs, r)
        bw, bc = bare(files, work, a.jobs)
        print("bare tools (pdftotext; pdftoppm + tesseract), %d lanes: wall %.2f s, CPU %.2f s" % (
            a.jobs, bw, bc))
        print("RATIO caviar / bare tools: wall %.2fx, CPU %.2fx (goal <= 1.15x)" % (
            r["wall"] / bw, r["cpu"] / bc))
        st = sum(v for k, v in r["stages_us"].items() if k != "pages") / 1e6
        print("caviar's stages alone (no worker start-up, RocksDB background): %.2f s CPU = %.2fx "
              "the bare tools' CPU (which includes their own start-up: a pdftotext a file, a "
              "tesseract a lane)" % (st, st / bc))

        if not a.no_subsets:
            def subset(name, kinds, pred=lambda pages: True):
                sel = {p: v for p, v in files.items() if v[0] in kinds and pred(v[1])}
                d = os.path.join(work, "subset-" + name)
                shutil.rmtree(d, ignore_errors=True)
                os.makedirs(d)
                for p in sel:
                    os.link(p, os.path.join(d, os.path.basename(p)))
                return d, sel

            d, sel = subset("scans", ("scan-pdf", "tiff-grey", "tiff-bilevel"))
            r = caviar_run(caviar, work, "scans", [d], a.jobs)
            show_run("scanned files only (PDF, grey and bilevel TIFF)", r)
            bw, bc = bare(sel, work, a.jobs)
            print("bare pdftoppm + tesseract: wall %.2f s, CPU %.2f s; caviar/bare wall %.2fx, "
                  "CPU %.2fx" % (bw, bc, r["wall"] / bw, r["cpu"] / bc))
            pdfs = sorted(p for p, v in sel.items() if v[0] == "scan-pdf")
            if not a.no_ocrmypdf and shutil.which("ocrmypdf") and pdfs:
                d2, sel2 = subset("scanpdf", ("scan-pdf",))
                r2 = caviar_run(caviar, work, "scanpdf", [d2], a.jobs)
                ow, oc = ocrmypdf_run(pdfs, work, a.jobs)
                pg = r2["pages"]
                print("scanned PDFs (%d files, %d pages): caviar wall %.2f s CPU %.2f s; "
                      "ocrmypdf --jobs %d (a run a file) wall %.2f s CPU %.2f s" % (
                          len(pdfs), pg, r2["wall"], r2["cpu"], a.jobs, ow, oc))
                print("RATIO caviar pages/s / ocrmypdf pages/s: wall %.2fx, CPU %.2fx (goal >= 2.5x)" % (
                    ow / r2["wall"], oc / r2["cpu"]))

            d, sel = subset("bilevel", ("tiff-bilevel",))
            r = caviar_run(caviar, work, "bilevel", [d], a.jobs)
            show_run("bilevel TIFFs only", r)
            bw, bc = bare(sel, work, a.jobs)
            st = r["stages_us"]
            print("bare tesseract: wall %.2f s, CPU %.2f s (%.3f s a page); caviar OCR stage "
                  "%.3f s a page, whole run %.3f s a page" % (
                      bw, bc, bc / max(r["pages"], 1), st.get("ocr", 0) / 1e6 / max(r["pages"], 1),
                      r["cpu"] / max(r["pages"], 1)))
            print("RATIO bilevel: caviar OCR stage / bare CPU %.2fx, whole run / bare CPU %.2fx "
                  "(goal <= 1.15x)" % (st.get("ocr", 0) / 1e6 / bc, r["cpu"] / bc))

            d, sel = subset("short", ("text-pdf",), lambda pages: pages <= 3)
            r = caviar_run(caviar, work, "short", [d], a.jobs)
            show_run("short text PDFs (<= 3 pages of ~500 characters)", r)
            bw, bc = bare(sel, work, a.jobs)
            print("bare pdftotext (one process a file): wall %.2f s, CPU %.2f s" % (bw, bc))
            print("RATIO caviar pages/s / pdftotext pages/s: wall %.2fx, CPU %.2fx (goal >= 0.9x)" % (
                bw / r["wall"], bc / r["cpu"]))

        if not a.no_store_bench:
            sb = os.path.join(a.build, "tests", "store-bench")
            for batch in (10, 64):
                out = subprocess.run([sb, "--docs", "1000", "--sync", "--batch", str(batch)],
                                     capture_output=True, text=True, check=True)
                print("\n## store-bench --docs 1000 --sync --batch %d (10 chunks of 1 KB a document)" % batch)
                print(out.stdout.strip() + ("\n" + out.stderr.strip() if out.stderr.strip() else ""))
        print("\n# load average after: %s" % " ".join(open("/proc/loadavg").read().split()[:3]))
    finally:
        if not a.work:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
