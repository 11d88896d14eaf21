#!/bin/sh
# backlog.sh — a public body's backlog end to end (issue #14): generates a
# reproducible mix (text PDFs of 1-200 pages, scanned PDFs, grey and bilevel
# TIFFs, DOCX, ODT, HTML, e-mail, plain text; sizes and proportions at the
# top of bench/backlog.py), ingests it with `caviar ingest -j N --timings`,
# times the bare tools (pdftotext, pdftoppm + tesseract) on the same files
# with the same parallelism, and prints pages/s, files/s, CPU per page by
# stage, peak RSS, store size against the redacted text, the ratios of the
# goals (whole mix vs bare tools; scans vs ocrmypdf --jobs N; bilevel TIFFs
# vs tesseract; short text PDFs vs pdftotext) and store-bench's figures.
#
#   bench/backlog.sh [-b BUILD_DIR] [--scale S] [-j N] [--work DIR]
#                    [--no-subsets] [--no-ocrmypdf] [--no-store-bench]
#
# --scale 1 = 100 files, ~450 pages (30 scanned); --scale 0.2 for a quick
# look.  Needs poppler-utils, img2pdf, libtiff-tools, tesseract-ocr(-fra),
# GNU time; ocrmypdf for its comparison (skipped without it).  The
# generated documents are synthetic (no real person) and live in a
# temporary directory removed at the end unless --work is given.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=$ROOT/build
if [ "${1:-}" = "-b" ]; then
  BUILD=$2
  shift 2
fi
case "$BUILD" in /*) ;; *) BUILD=$PWD/$BUILD ;; esac
ninja -C "$BUILD" tools/caviar tests/mkpdf tests/store-bench >/dev/null
exec python3 "$ROOT/bench/backlog.py" --build "$BUILD" "$@"
