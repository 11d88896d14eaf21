#!/bin/sh
# hostile-bench.sh — every hostile file through `caviar ingest` (sandboxed
# worker), one run per file: outcome, CPU seconds (user+sys of caviar and
# its worker) and peak RSS (the larger of the two, from wait4 via
# /usr/bin/time).  Generates its own hostile files; adds the PDFs of
# ../shared/corpus/third-party when present.  Prints a Markdown table.
#   bench/hostile-bench.sh build/tools/caviar [OUTDIR]
set -eu
CAVIAR=$(realpath "$1")
OUT=${2:-$(mktemp -d /tmp/caviar-hostile-XXXXXX)}
SRC=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$OUT/files"
head -c 32 /dev/urandom > "$OUT/key"
chmod 600 "$OUT/key"

python3 - "$OUT/files" <<'PY'
import io, os, struct, sys, zipfile, zlib
d = sys.argv[1]
def w(name, data):
    with open(os.path.join(d, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
def rep(first, unit, total):
    n = (total - len(first)) // len(unit) + 1
    return first + unit * n
w("zalgo-2MB.txt", rep("a", "\u0301\u0316", 1 << 20))
w("nfd-2MB.txt", rep("", "e\u0301", 700000))
w("tibetan-2MB.txt", rep("a", "\u0f73", 700000))
w("digits-64MB.txt", ("123 456 789 012 " * 64 + "\n") * (64 * 1024 * 1024 // 1025))
w("html-deep-20000.html", "<html><body>" + "<div>" * 20000 + "Texte profond" + "</div>" * 20000 + "</body></html>")
s = "From: a@example.org\nTo: b@example.org\nSubject: deep\nMIME-Version: 1.0\n"
for i in range(10000):
    s += 'Content-Type: multipart/mixed; boundary="b%d"\n\n--b%d\n' % (i, i)
s += "Content-Type: text/plain\n\nLe corps du message profond.\n"
for i in reversed(range(10000)):
    s += "--b%d--\n" % i
w("mime-deep-10000.eml", s)
w("mail-koi8r.eml", "From: a@example.org\nTo: b@example.org\nSubject: koi8\nMIME-Version: 1.0\n"
  "Content-Type: text/plain; charset=koi8-r\nContent-Transfer-Encoding: 8bit\n\n".encode() +
  "Привет, мир.\n".encode("koi8-r"))
w("mail-rare-charset.eml", "From: a@example.org\nTo: b@example.org\nSubject: rare\nMIME-Version: 1.0\n"
  "Content-Type: text/plain; charset=x-mac-ukrainian\nContent-Transfer-Encoding: 8bit\n\n".encode() +
  "Privit, svite.\n".encode())
# DOCX: an 80 MiB entry in a few KB (zip bomb), and an external entity
def docx(name, document):
    b = io.BytesIO()
    z = zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED)
    z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    z.writestr("word/document.xml", document)
    z.close()
    w(name, b.getvalue())
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
docx("docx-bomb-80MB.docx", "<w:document %s><w:body><w:p><w:r><w:t>" % W + " " * (80 << 20) + "</w:t></w:r></w:p></w:body></w:document>")
docx("docx-xxe.docx", '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document %s><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>' % W)
# PNG whose header claims 100000 x 100000 pixels (decompression bomb)
def chunk(t, b):
    return struct.pack(">I", len(b)) + t + b + struct.pack(">I", zlib.crc32(t + b) & 0xffffffff)
raw = zlib.compress(b"\0" * 4096)
w("png-100000x100000.png", b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 100000, 100000, 8, 0, 0, 0, 0)) + chunk(b"IDAT", raw) + chunk(b"IEND", b""))
# PDF of 6000 empty pages (over the 5000-page cap)
objs = ["<</Type/Catalog/Pages 2 0 R>>", "<</Type/Pages/Kids[%s]/Count 6000>>" % " ".join("%d 0 R" % (i + 3) for i in range(6000))]
objs += ["<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>"] * 6000
pdf = b"%PDF-1.4\n"
offs = []
for i, o in enumerate(objs):
    offs.append(len(pdf))
    pdf += b"%d 0 obj%s endobj\n" % (i + 1, o.encode())
x = len(pdf)
pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offs)
pdf += b"trailer<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
w("pdf-6000-pages.pdf", pdf)
PY

if [ -d "$SRC/../shared/corpus/third-party" ]; then
  cp "$SRC"/../shared/corpus/third-party/*.pdf "$OUT/files/"
fi

echo "| file | outcome | CPU s | peak RSS MiB |"
echo "|---|---|---:|---:|"
for f in "$OUT"/files/*; do
  name=$(basename "$f")
  rm -rf "$OUT/store"
  /usr/bin/time -f "%U %S %M" -o "$OUT/time" "$CAVIAR" ingest --timeout 600 \
    --max-bytes 200000000 --store "$OUT/store" --key-file "$OUT/key" "$f" \
    > "$OUT/out" 2> "$OUT/err" || true
  outcome=$(grep -v "^total:" "$OUT/out" | sed "s|^$f: ||; s|stored [0-9a-f]*  |stored: |; s|; redacted.*||" | head -1)
  fail=$(grep "^caviar: $f: " "$OUT/err" | grep -v warning | sed "s|^caviar: $f: ||" | head -1)
  warn=$(grep -c "^caviar: $f: warning" "$OUT/err" || true)
  [ -n "$fail" ] && outcome="failed: $fail"
  [ "$warn" -gt 0 ] && outcome="$outcome ($warn warning(s))"
  set -- $(tail -1 "$OUT/time")
  cpu=$(awk -v u="$1" -v s="$2" 'BEGIN { printf "%.2f", u + s }')
  printf '| %s | %s | %s | %d |\n' "$name" "$outcome" "$cpu" $(( $3 / 1024 ))
done
