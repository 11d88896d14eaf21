#!/bin/bash
# ocr-bench.sh — OCR throughput and accuracy of caviar's OCR stage (ocr/)
# against the bare `tesseract` command and OCRmyPDF, on the same 300-dpi
# scanned pages of the dev corpus, in the same run.  Results go to stdout;
# BENCHMARKS.md records a run.
#
#   bench/ocr-bench.sh [BUILD_DIR] [--memory] [--instructions] [--only]
# (--only: just the --memory / --instructions sections)
#
# Pages: the 4 "pdf-scan" PDFs of ../shared/corpus/dev rendered with
# `pdftoppm -r 300 -gray` (8 pages), plus the corpus's PNG, JPEG and TIFF
# scans (12 files, 16 pages, 300 dpi; TIFFs split one page a file):
# 24 pages of 2550x3300 pixels, repeated REPEAT times (default 2) for the
# throughput runs.
#   1. caviar engine: build/ocr/ocr-bench, T = 1 and 2 threads, each owning
#      one engine initialised once (what ingest/ does); orientation on.
#   2. bare engine: `tesseract LIST out -l fra+eng` (one process reads a list
#      of images: models loaded once), OMP_THREAD_LIMIT=1; 1 process, then 2
#      processes on half the list each.
#   3. OCRmyPDF (if installed): `ocrmypdf --jobs 2 --sidecar out.txt -l
#      fra+eng --force-ocr in.pdf /dev/null` over the pdf-scan PDFs merged
#      into one PDF of 8*REPEAT pages; and the same with --output-type none;
#      against caviar's whole path on the same PDF (tests/bench-ingest -t 2:
#      rendering, cleaning, OCR); wall clock and CPU time.
#   4. accuracy: labelled identifiers and content sentences of each dev
#      document found in caviar's and tesseract's text (bench/ocr-score.py).
# With --memory: 500 pages (MEMORY_PAGES) with 2 threads, peak RSS (flat
# memory check).
# With --instructions: instructions executed for one grey page and one
# bilevel page (valgrind), caviar vs tesseract, engine start-up subtracted:
# a per-page cost comparison that other load on the machine cannot skew
# (page faults and the kernel's time are not in it: see the CPU times).
#
# The page images and tesseract's outputs are public dev-corpus material,
# written to a temporary directory removed on exit.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=build
MEMORY=0
INSTR=0
MAIN=1
for a in "$@"; do
  case "$a" in
    --memory) MEMORY=1 ;;
    --instructions) INSTR=1 ;;
    --only) MAIN=0 ;;
    *) BUILD=$a ;;
  esac
done
case "$BUILD" in /*) ;; *) BUILD=$ROOT/$BUILD ;; esac
REPEAT=${REPEAT:-2}
CORPUS=${CAVIAR_CORPUS:-$ROOT/../shared/corpus/dev}
LABELS=$CORPUS/labels.jsonl
if [ ! -f "$LABELS" ]; then
  echo "ocr-bench: no dev corpus at $CORPUS (set CAVIAR_CORPUS)" >&2
  exit 77
fi
for t in tesseract pdftoppm pdfunite python3 tiffsplit bc; do
  command -v $t >/dev/null || { echo "ocr-bench: $t is missing" >&2; exit 1; }
done
ninja -C "$BUILD" ocr/ocr-bench >/dev/null
BENCH=$BUILD/ocr/ocr-bench
export OMP_THREAD_LIMIT=1
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

echo "# machine: $(getconf _NPROCESSORS_ONLN) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GiB"
echo "# $(tesseract --version 2>&1 | head -1), $(tesseract --version 2>&1 | sed -n 2p | sed 's/^ *//')"
echo "# load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

# --- pages ---------------------------------------------------------------
SCANS=$(python3 - "$LABELS" <<'PY'
import json, sys
for line in open(sys.argv[1]):
    d = json.loads(line)
    if d["format"] == "pdf-scan":
        print(d["file"])
PY
)
IMAGES=$(python3 - "$LABELS" <<'PY'
import json, sys
for line in open(sys.argv[1]):
    d = json.loads(line)
    if d["format"] in ("png", "jpg", "tiff"):
        print(d["file"])
PY
)
t0=$(date +%s.%N)
npdfpages=0
for f in $SCANS; do
  b=$(basename "$f" .pdf)
  pdftoppm -r 300 -gray "$CORPUS/$f" "$WORK/$b"
done
t1=$(date +%s.%N)
PGMS=$(ls "$WORK"/*.pgm)
npdfpages=$(echo "$PGMS" | wc -l)
render_s=$(echo "$t1 - $t0" | bc -l)
printf '# rendered %d pdf-scan pages at 300 dpi in %.2f s (%.3f s/page, 1 thread)\n' \
  "$npdfpages" "$render_s" "$(echo "$render_s / $npdfpages" | bc -l)"
PAGES=""
for p in $PGMS; do PAGES="$PAGES $p"; done
# Multi-page TIFFs one page a file: tesseract's list mode reads only the
# first frame of each entry (a run before 2026-12 counted the other pages
# for caviar only, which made the bare engine look faster).
for f in $IMAGES; do
  case "$f" in
    *.tif|*.tiff)
      b=$(basename "$f" .tiff)
      tiffsplit "$CORPUS/$f" "$WORK/$b-" >/dev/null
      for t in "$WORK/$b"-*.tif; do PAGES="$PAGES $t"; done ;;
    *) PAGES="$PAGES $CORPUS/$f" ;;
  esac
done
# one line per image file for tesseract's list mode, REPEAT times
: > "$WORK/list.txt"
for r in $(seq "$REPEAT"); do for p in $PAGES; do echo "$p" >> "$WORK/list.txt"; done; done
nfiles=$(wc -l < "$WORK/list.txt")
half=$(( (nfiles + 1) / 2 ))
head -n "$half" "$WORK/list.txt" > "$WORK/list-a.txt"
tail -n +"$((half + 1))" "$WORK/list.txt" > "$WORK/list-b.txt"

now() { date +%s.%N; }
rate() { echo "$1 / $2" | bc -l; }

# --- 1. caviar engine -------------------------------------------------------
if [ "$MAIN" = 1 ]; then
echo
echo "## throughput (pages/s, wall clock, model loading included)"
declare -A R
for t in 1 2; do
  line=$("$BENCH" -t "$t" -r "$REPEAT" $PAGES 2>&1 >/dev/null | tail -1)
  echo "caviar ocr-bench -t $t: $line"
  R[caviar$t]=$(echo "$line" | sed -n 's/.* pages_per_s=\([0-9.]*\).*/\1/p')
  R[cavcpu$t]=$(echo "$line" | sed -n 's/.* cpu_s_per_page=\([0-9.]*\).*/\1/p')
  npages=$(echo "$line" | sed -n 's/^pages=\([0-9]*\).*/\1/p')
done
line=$("$BENCH" -t 1 -r "$REPEAT" --no-orientation $PAGES 2>&1 >/dev/null | tail -1)
echo "caviar ocr-bench -t 1 --no-orientation: $line"

# --- 2. bare tesseract --------------------------------------------------------
# --dpi 300: the PGM pages carry no resolution (the other images say 300);
# without it tesseract estimates one (~410) and runs differently sized
# morphology.  ingest/ passes the rendering resolution the same way.
s=$(now)
/usr/bin/time -f "%U %S" -o "$WORK/time1" tesseract "$WORK/list.txt" "$WORK/tess1" --dpi 300 -l fra+eng >/dev/null 2>&1
e=$(now)
R[tess1]=$(rate "$npages" "$(echo "$e - $s" | bc -l)")
cpu=$(awk '{print $1 + $2}' "$WORK/time1")
printf 'tesseract LIST (1 process): pages=%d wall_s=%.2f pages_per_s=%.3f cpu_s=%.2f cpu_s_per_page=%.3f\n' \
  "$npages" "$(echo "$e - $s" | bc -l)" "${R[tess1]}" "$cpu" "$(echo "$cpu / $npages" | bc -l)"
R[tesscpu]=$(echo "$cpu / $npages" | bc -l)
s=$(now)
tesseract "$WORK/list-a.txt" "$WORK/tess2a" --dpi 300 -l fra+eng >/dev/null 2>&1 &
tesseract "$WORK/list-b.txt" "$WORK/tess2b" --dpi 300 -l fra+eng >/dev/null 2>&1 &
wait
e=$(now)
R[tess2]=$(rate "$npages" "$(echo "$e - $s" | bc -l)")
printf 'tesseract LIST (2 processes): pages=%d wall_s=%.2f pages_per_s=%.3f\n' "$npages" "$(echo "$e - $s" | bc -l)" "${R[tess2]}"

# --- 3. OCRmyPDF ------------------------------------------------------------
if command -v ocrmypdf >/dev/null; then
  src=""
  for r in $(seq "$REPEAT"); do for f in $SCANS; do src="$src $CORPUS/$f"; done; done
  # shellcheck disable=SC2086
  pdfunite $src "$WORK/scans.pdf"
  nscan=$(( npdfpages * REPEAT ))
  # CPU = user + sys of the process and the children it waited for
  # (tesseract, unpaper, ghostscript for OCRmyPDF).
  s=$(now)
  /usr/bin/time -f "%U %S" -o "$WORK/tomp" ocrmypdf --jobs 2 --sidecar "$WORK/side.txt" -l fra+eng --force-ocr -q "$WORK/scans.pdf" "$WORK/ocrmypdf-out.pdf"
  e=$(now)
  R[omp]=$(rate "$nscan" "$(echo "$e - $s" | bc -l)")
  R[ompcpu]=$(awk '{print $1 + $2}' "$WORK/tomp")
  printf 'ocrmypdf --jobs 2 (PDF/A output): pages=%d wall_s=%.2f pages_per_s=%.3f cpu_s=%.2f\n' "$nscan" "$(echo "$e - $s" | bc -l)" "${R[omp]}" "${R[ompcpu]}"
  s=$(now)
  /usr/bin/time -f "%U %S" -o "$WORK/tompn" ocrmypdf --jobs 2 --sidecar "$WORK/side2.txt" -l fra+eng --force-ocr --output-type none -q "$WORK/scans.pdf" -
  e=$(now)
  R[ompn]=$(rate "$nscan" "$(echo "$e - $s" | bc -l)")
  R[ompncpu]=$(awk '{print $1 + $2}' "$WORK/tompn")
  printf 'ocrmypdf --jobs 2 --output-type none: pages=%d wall_s=%.2f pages_per_s=%.3f cpu_s=%.2f\n' "$nscan" "$(echo "$e - $s" | bc -l)" "${R[ompn]}" "${R[ompncpu]}"
  # caviar's own path on the same PDF: detection, rendering (cairo, 300
  # dpi), cleaning, OCR; one extractor, 2 OCR threads (what ingest runs)
  ninja -C "$BUILD" tests/bench-ingest >/dev/null
  s=$(now)
  /usr/bin/time -f "%U %S" -o "$WORK/tcav" "$BUILD/tests/bench-ingest" -q -t 2 "$WORK/scans.pdf" >/dev/null
  e=$(now)
  R[cavpdf]=$(rate "$nscan" "$(echo "$e - $s" | bc -l)")
  R[cavpdfcpu]=$(awk '{print $1 + $2}' "$WORK/tcav")
  printf 'caviar bench-ingest -t 2 on the same PDF: pages=%d wall_s=%.2f pages_per_s=%.3f cpu_s=%.2f\n' "$nscan" "$(echo "$e - $s" | bc -l)" "${R[cavpdf]}" "${R[cavpdfcpu]}"
fi

echo
echo "## ratios"
printf 'caviar 1 thread / bare tesseract 1 process: %.2f pages/s ratio (wall %+.1f%% per page, CPU %+.1f%% per page)\n' \
  "$(echo "${R[caviar1]} / ${R[tess1]}" | bc -l)" "$(echo "(${R[tess1]} / ${R[caviar1]} - 1) * 100" | bc -l)" \
  "$(echo "(${R[cavcpu1]} / ${R[tesscpu]} - 1) * 100" | bc -l)"
printf 'caviar 2 threads / bare tesseract 2 processes: %.2f\n' "$(echo "${R[caviar2]} / ${R[tess2]}" | bc -l)"
if [ -n "${R[omp]:-}" ]; then
  printf 'caviar (pdf-scan PDF, 2 threads) / ocrmypdf --jobs 2, pages/s: %.2f (PDF/A), %.2f (output none)\n' \
    "$(echo "${R[cavpdf]} / ${R[omp]}" | bc -l)" "$(echo "${R[cavpdf]} / ${R[ompn]}" | bc -l)"
  printf 'same, by CPU time (ocrmypdf CPU / caviar CPU): %.2f (PDF/A), %.2f (output none)\n' \
    "$(echo "${R[ompcpu]} / ${R[cavpdfcpu]}" | bc -l)" "$(echo "${R[ompncpu]} / ${R[cavpdfcpu]}" | bc -l)"
fi

# --- 4. accuracy ------------------------------------------------------------
echo
echo "## accuracy on the dev scans (labelled identifiers and content sentences)"
{
  for f in $SCANS; do
    b=$(basename "$f" .pdf)
    echo "=== $(basename "$f")"
    "$BENCH" --print "$WORK/$b"-*.pgm 2>/dev/null
    echo
  done
  for f in $IMAGES; do
    echo "=== $(basename "$f")"
    "$BENCH" --print "$CORPUS/$f" 2>/dev/null
    echo
  done
} > "$WORK/caviar.txt"
{
  for f in $SCANS; do
    b=$(basename "$f" .pdf)
    echo "=== $(basename "$f")"
    for p in "$WORK/$b"-*.pgm; do tesseract "$p" - --dpi 300 -l fra+eng 2>/dev/null; done
  done
  for f in $IMAGES; do
    echo "=== $(basename "$f")"
    tesseract "$CORPUS/$f" - --dpi 300 -l fra+eng 2>/dev/null
  done
} > "$WORK/tesseract.txt"
echo "### caviar"
python3 "$ROOT/bench/ocr-score.py" "$LABELS" < "$WORK/caviar.txt"
echo "### tesseract command"
python3 "$ROOT/bench/ocr-score.py" "$LABELS" < "$WORK/tesseract.txt"
if [ -f "$WORK/side.txt" ]; then
  # the sidecar covers the merged PDF: score its first copy of each document
  counts=""
  for f in $SCANS; do counts="$counts $(basename "$f")=$(pdfinfo "$CORPUS/$f" | awk '/^Pages:/ {print $2}')"; done
  # shellcheck disable=SC2086
  python3 - "$WORK/side.txt" $counts > "$WORK/omp.txt" <<'PY'
import sys
pages = open(sys.argv[1], encoding="utf-8").read().split("\f")
i = 0
for arg in sys.argv[2:]:
    name, n = arg.split("=")
    print("=== " + name)
    print("\n".join(pages[i:i + int(n)]))
    i += int(n)
PY
  echo "### ocrmypdf (pdf-scan documents only)"
  python3 "$ROOT/bench/ocr-score.py" "$LABELS" < "$WORK/omp.txt" | grep -E 'pdf|TOTAL'
fi

fi # MAIN

# --- instructions -------------------------------------------------------------
if [ "$INSTR" = 1 ] && command -v valgrind >/dev/null; then
  echo
  echo "## instructions per page (valgrind, start-up subtracted)"
  cg() { valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null "$@" 2>&1 \
           | awk '/I +refs/ {gsub(",", "", $NF); print $NF}'; }
  grey=$(echo $PGMS | awk '{print $NF}')
  bilevel=""
  for f in $IMAGES; do case "$f" in *.tiff) bilevel=$CORPUS/$f ;; esac; done
  # a blank page: the cost of starting each program
  python3 - "$WORK/blank.pgm" <<'PY'
import sys
open(sys.argv[1], "wb").write(b"P5 64 64 255\n" + b"\xff" * 64 * 64)
PY
  tb=$(cg tesseract "$WORK/blank.pgm" "$WORK/ib" --dpi 300 -l fra+eng)
  cb=$(cg "$BENCH" "$WORK/blank.pgm")
  for page in "$grey" "$bilevel"; do
    tp=$(cg tesseract "$page" "$WORK/ip" --dpi 300 -l fra+eng)
    # the bilevel TIFF has a title page first: both programs read all pages
    cp=$(cg "$BENCH" "$page")
    cn=$(cg "$BENCH" --no-cleaning "$page")
    printf '%s: tesseract %.2f G, caviar %.2f G (%+.1f%%), caviar --no-cleaning %.2f G (%+.1f%%)\n' \
      "$(basename "$page")" "$(echo "($tp - $tb) / 10^9" | bc -l)" "$(echo "($cp - $cb) / 10^9" | bc -l)" \
      "$(echo "(($cp - $cb) / ($tp - $tb) - 1) * 100" | bc -l)" "$(echo "($cn - $cb) / 10^9" | bc -l)" \
      "$(echo "(($cn - $cb) / ($tp - $tb) - 1) * 100" | bc -l)"
  done
fi

# --- memory -----------------------------------------------------------------
if [ "$MEMORY" = 1 ]; then
  echo
  mp=${MEMORY_PAGES:-500}
  echo "## memory: $mp pages, 2 threads (peak RSS; compare with the 24-page runs above)"
  r=$(( (mp + 23) / 24 ))
  "$BENCH" -t 2 -r "$r" $PAGES 2>&1 >/dev/null | tail -1
fi
echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
