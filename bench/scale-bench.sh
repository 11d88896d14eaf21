#!/bin/sh
# scale-bench.sh — the store and its encrypted index from 10k to 1M chunks
# (issue #14, "scale"): ingest rate, size, memory and search latency at
# each checkpoint, through the public API with sync on and group commit.
#
# usage: bench/scale-bench.sh [BUILD_DIR] [N_CHUNKS] [WORK_DIR]
#   (defaults: build, 1000000, /tmp/caviar-scale-bench; run from the repo
#   root).  Needs ~1.2 GB for the generated text and ~1.6 GB for the store
#   at 1M chunks; the store is removed at the end, the text kept for
#   reruns (delete WORK_DIR when done).
#
# 1. Generates N French-like chunks (~1.1 KB each) and 1000 queries
#    (bench/search-gen.py, seed 42) unless already there.
# 2. build/tests/scale-bench writes them (10 chunks a document, 10
#    documents a batch, fdatasync each batch) and stops at 10k, 100k, 1M
#    (those <= N) to report: chunks/s and CPU ms a chunk over the last 10k
#    chunks, store size against the text (and the largest ratio seen while
#    writing), RSS, search latency (cv_store_search, k 10: results
#    decrypted) on 1 thread twice and on 8 threads at once.
set -eu
BUILD=${1:-build}
N=${2:-1000000}
WORK=${3:-/tmp/caviar-scale-bench}
HERE=$(cd "$(dirname "$0")" && pwd)
BIN=$(cd "$BUILD" && pwd)/tests/scale-bench
mkdir -p "$WORK"

echo "== machine"
uname -srm
grep -m1 'model name' /proc/cpuinfo || true
echo "cores: $(nproc)   load: $(cut -d' ' -f1-3 /proc/loadavg)"
df -h "$WORK" | tail -1

if [ ! -s "$WORK/chunks-$N.txt" ]; then
  echo "== generating $N chunks"
  python3 "$HERE/search-gen.py" "$N" "$WORK/chunks-$N.txt" "$WORK/queries-$N.txt" 1000 42
fi
wc -lc "$WORK/chunks-$N.txt"

AT=""
for c in 10000 100000 1000000 10000000; do
  [ "$c" -le "$N" ] && AT="$AT${AT:+,}$c"
done
[ -n "$AT" ] || AT=$N
rm -rf "$WORK/store"
/usr/bin/time -f "total: %e s elapsed, %U s user, %S s sys, %M KB peak RSS" \
  "$BIN" --dir "$WORK/store" --chunks "$WORK/chunks-$N.txt" \
  --queries "$WORK/queries-$N.txt" --at "$AT" --threads 8
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
