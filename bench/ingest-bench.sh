#!/bin/sh
# ingest-bench.sh — throughput of the extraction stage on text PDFs against
# `pdftotext` (poppler-utils) on the same files in the same run, and
# optionally peak memory / speed of OCR on a long scanned PDF.
#
# Usage: bench/ingest-bench.sh [-b BUILD_DIR] [-n RUNS] [-s SCANNED_PAGES]
#   -b  meson build directory (default: build)
#   -n  timed runs of each tool, interleaved (default 7); the median counts
#   -s  also OCR an N-page scanned PDF with 2 threads under /usr/bin/time -v
# Corpora: a 200-page synthetic text PDF (bench-ingest --make-pdf, cairo,
# DejaVu Sans) and, when ../shared is present, the dev corpus' text PDFs
# joined with pdfunite and repeated to 200 pages.
set -eu

BUILD=build
RUNS=7
SCANNED=0
while getopts b:n:s: opt; do
  case $opt in
    b) BUILD=$OPTARG ;;
    n) RUNS=$OPTARG ;;
    s) SCANNED=$OPTARG ;;
    *) echo "usage: $0 [-b BUILD_DIR] [-n RUNS] [-s SCANNED_PAGES]" >&2; exit 2 ;;
  esac
done

ROOT=$(cd "$(dirname "$0")/.." && pwd)
ninja -C "$BUILD" tests/bench-ingest >/dev/null
BIN=$BUILD/tests/bench-ingest
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
export OMP_THREAD_LIMIT=1

now() { date +%s.%N; }

# median of the numbers on stdin
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

# compare FILE PAGES LABEL
compare() {
  f=$1; pages=$2; label=$3
  pdftotext "$f" /dev/null; "$BIN" -q "$f" >/dev/null   # warm-up
  : >"$W/t_pdftotext"; : >"$W/t_ingest"
  i=0
  while [ $i -lt "$RUNS" ]; do
    t0=$(now); pdftotext "$f" /dev/null; t1=$(now)
    echo "$t1 - $t0" | bc -l >>"$W/t_pdftotext"
    t0=$(now); "$BIN" -q "$f" >/dev/null; t1=$(now)
    echo "$t1 - $t0" | bc -l >>"$W/t_ingest"
    i=$((i + 1))
  done
  tp=$(median <"$W/t_pdftotext"); ti=$(median <"$W/t_ingest")
  printf '%s: %s pages, median of %s runs\n' "$label" "$pages" "$RUNS"
  printf '  one process per run (includes start-up: ~0.1 s of dynamic linking for caviar)\n'
  printf '    pdftotext      %6.3f s  %7.1f pages/s\n' "$tp" "$(echo "$pages / $tp" | bc -l)"
  printf '    caviar ingest  %6.3f s  %7.1f pages/s\n' "$ti" "$(echo "$pages / $ti" | bc -l)"
  printf '    ratio ingest/pdftotext (speed): %.2fx\n' "$(echo "$tp / $ti" | bc -l)"
  # Steady state: caviar's extractor is long-lived (one per worker), so
  # compare $RUNS passes in one process with $RUNS pdftotext runs.
  t0=$(now)
  i=0
  while [ $i -lt "$RUNS" ]; do pdftotext "$f" /dev/null; i=$((i + 1)); done
  t1=$(now)
  tp=$(echo "$t1 - $t0" | bc -l)
  ti=$("$BIN" -q -r "$RUNS" "$f" | awk '/^total/ {print $6}')
  printf '  steady state (%s passes), wall clock\n' "$RUNS"
  printf '    pdftotext      %6.3f s  %7.1f pages/s\n' "$tp" "$(echo "$pages * $RUNS / $tp" | bc -l)"
  printf '    caviar ingest  %6.3f s  %7.1f pages/s\n' "$ti" "$(echo "$pages * $RUNS / $ti" | bc -l)"
  printf '    ratio ingest/pdftotext (speed): %.2fx\n' "$(echo "$tp / $ti" | bc -l)"
  # CPU time (user + sys) is steadier than wall clock on a shared machine.
  cp=$( { /usr/bin/time -f '%U %S' sh -c "i=0; while [ \$i -lt $RUNS ]; do pdftotext '$f' /dev/null; i=\$((i + 1)); done" >/dev/null; } 2>&1 | tail -1 | awk '{print $1 + $2}')
  ci=$( { /usr/bin/time -f '%U %S' "$BIN" -q -r "$RUNS" "$f" >/dev/null; } 2>&1 | tail -1 | awk '{print $1 + $2}')
  printf '  steady state (%s passes), CPU time user+sys\n' "$RUNS"
  printf '    pdftotext      %6.2f s  %7.1f pages/CPU-s\n' "$cp" "$(echo "$pages * $RUNS / $cp" | bc -l)"
  printf '    caviar ingest  %6.2f s  %7.1f pages/CPU-s\n' "$ci" "$(echo "$pages * $RUNS / $ci" | bc -l)"
  printf '    ratio ingest/pdftotext (speed): %.2fx\n' "$(echo "$cp / $ci" | bc -l)"
}

echo "machine: $(grep -c ^processor /proc/cpuinfo) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "poppler-utils $(pdftotext -v 2>&1 | head -1 | awk '{print $3}'), load average: $(cut -d' ' -f1-3 /proc/loadavg)"

"$BIN" --make-pdf 200 "$W/text200.pdf"
compare "$W/text200.pdf" 200 "synthetic text PDF"

DEV="$ROOT/../shared/corpus/dev/docs"
if [ -d "$DEV" ] && command -v pdfunite >/dev/null; then
  # the text PDFs of the dev corpus (labels.jsonl format "pdf-text")
  set -- $(grep '"pdf-text"' "$ROOT/../shared/corpus/dev/labels.jsonl" |
           sed 's/.*"file": "\([^"]*\)".*/\1/')
  if [ $# -gt 0 ]; then
    list=""
    i=0
    while [ $i -lt 25 ]; do
      for f in "$@"; do list="$list $ROOT/../shared/corpus/dev/$f"; done
      i=$((i + 1))
    done
    # shellcheck disable=SC2086
    pdfunite $list "$W/dev.pdf"
    pages=$(pdfinfo "$W/dev.pdf" | awk '/^Pages:/ {print $2}')
    compare "$W/dev.pdf" "$pages" "dev corpus text PDFs x25"
  fi
fi

if [ "$SCANNED" -gt 0 ]; then
  "$BIN" --make-pdf "$SCANNED" --scanned "$W/scan.pdf"
  echo "scanned PDF: $SCANNED pages (300 dpi grey images, no text layer), OCR 2 threads"
  /usr/bin/time -v "$BIN" -q --threads 2 "$W/scan.pdf" 2>"$W/time" | tail -1
  grep -E 'Maximum resident|Elapsed' "$W/time" | sed 's/^\t*/  /'
fi
