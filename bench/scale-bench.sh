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
# 3. HTTP (when wrk is installed): `caviar serve` on the 1M-chunk store,
#    wrk with 8 connections for 30 s (bench/search-wrk.lua, the same
#    queries), serve's RSS before and after (memory flat?).
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
  --queries "$WORK/queries-$N.txt" --at "$AT" --threads 8 --keep
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

CAVIAR=$(cd "$BUILD" && pwd)/tools/caviar
if command -v wrk >/dev/null && [ -x "$CAVIAR" ]; then
  echo "== HTTP: caviar serve on the $N-chunk store, wrk 8 connections, 30 s"
  export CAVIAR_STORE="$WORK/store/store" CAVIAR_KEY_FILE="$WORK/store/master.key"
  export XDG_CONFIG_HOME="$WORK/config" CAVIAR_COLLECTION=scale
  unset CAVIAR_CONFIG || true
  CAVIAR_TOKEN=$("$CAVIAR" token create -q --collection scale)
  export CAVIAR_TOKEN CAVIAR_QUERIES="$WORK/queries-$N.txt"
  "$CAVIAR" serve --listen 127.0.0.1:0 --threads "${SERVE_THREADS:-4}" \
    > "$WORK/serve.out" 2> "$WORK/serve.err" &
  SERVE=$!
  trap 'kill $SERVE 2>/dev/null || true' EXIT
  i=0
  while ! grep -q listening "$WORK/serve.out" && [ $i -lt 100 ]; do sleep 0.2; i=$((i+1)); done
  URL=$(sed -n 's/.*listening on //p' "$WORK/serve.out")
  rss() { awk '/^VmRSS/ {print $2 " kB"}' /proc/$SERVE/status; }
  echo "serve RSS at start: $(rss)"
  wrk -t2 -c8 -d10s -s "$HERE/search-wrk.lua" "$URL" > /dev/null # warm-up
  echo "serve RSS after 10 s: $(rss)"
  wrk -t2 -c8 -d30s -s "$HERE/search-wrk.lua" --latency "$URL"
  echo "serve RSS after 40 s: $(rss), peak $(awk '/^VmHWM/ {print $2 " kB"}' /proc/$SERVE/status)"
  kill -TERM $SERVE
  wait $SERVE || true
  trap - EXIT
fi
rm -rf "$WORK/store" "$WORK/config"
