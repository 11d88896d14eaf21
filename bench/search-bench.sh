#!/bin/sh
# search-bench.sh — speed of the encrypted index against SQLite FTS5.
#
# usage: bench/search-bench.sh [BUILD_DIR] [N_CHUNKS] [WORK_DIR]
#   (defaults: build, 100000, /tmp/caviar-search-bench; run from the repo root)
#
# 1. Generates N synthetic French-like chunks and 1000 queries
#    (bench/search-gen.py, seeded).
# 2. Builds the encrypted index of the chunks (10 chunks a document) with
#    tests/search-harness (store/index.c on its own RocksDB) and times it.
# 3. Single-query latency p50/p99 over the 1000 queries, k = 10, one thread,
#    then two threads at once.
# 4. The same chunks and queries in SQLite FTS5 (bench/search-fts5-bench.py).
# 5. HTTP: `caviar ingest` of HTTP_CHUNKS (default 10000) of the chunks into
#    a fresh store, `caviar serve`, then wrk with 8 connections for 20 s
#    (bench/search-wrk.lua).  Skipped if wrk or caviar is missing.
set -eu
BUILD=${1:-build}
N=${2:-100000}
WORK=${3:-/tmp/caviar-search-bench}
HTTP_CHUNKS=${HTTP_CHUNKS:-10000}
HERE=$(cd "$(dirname "$0")" && pwd)
CAVIAR=$(cd "$BUILD" && pwd)/tools/caviar
HARNESS=$(cd "$BUILD" && pwd)/tests/search-harness
mkdir -p "$WORK"

echo "== machine"
uname -srm
grep -m1 'model name' /proc/cpuinfo || true
echo "cores: $(nproc)   load: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== data"
if [ ! -s "$WORK/chunks-$N.txt" ]; then
  python3 "$HERE/search-gen.py" "$N" "$WORK/chunks-$N.txt" "$WORK/queries.txt" 1000
fi
wc -lc "$WORK/chunks-$N.txt" "$WORK/queries.txt"

echo "== caviar index build ($N chunks)"
rm -rf "$WORK/index-$N"
/usr/bin/time -f "time: %e s elapsed, %U s user, %S s sys, %M KB max RSS" \
  "$HARNESS" build "$WORK/index-$N" "$WORK/chunks-$N.txt" 10 2>&1 | grep -v ' chunks, '
du -sh "$WORK/index-$N"

echo "== caviar query latency (k=10)"
"$HARNESS" query "$WORK/index-$N" "$WORK/queries.txt" 10 1
"$HARNESS" query "$WORK/index-$N" "$WORK/queries.txt" 10 1
"$HARNESS" query "$WORK/index-$N" "$WORK/queries.txt" 10 2

echo "== SQLite FTS5 on the same chunks"
python3 "$HERE/search-fts5-bench.py" "$WORK/chunks-$N.txt" "$WORK/queries.txt" "$WORK/fts5-$N.db" 10

echo "== HTTP ($HTTP_CHUNKS chunks through caviar ingest, 8 connections)"
if ! command -v wrk >/dev/null || [ ! -x "$CAVIAR" ]; then
  echo "skipped: wrk or $CAVIAR missing"
  exit 0
fi
H="$WORK/http"
rm -rf "$H"
mkdir -p "$H/docs"
head -n "$HTTP_CHUNKS" "$WORK/chunks-$N.txt" |
  awk -v d="$H/docs" '{ f = sprintf("%s/d%05d.txt", d, int((NR-1)/100)); print > f; print "" > f }'
export CAVIAR_STORE="$H/store" CAVIAR_KEY_FILE="$H/master.key" XDG_CONFIG_HOME="$H/config"
unset CAVIAR_CONFIG || true
/usr/bin/time -f "ingest: %e s elapsed" "$CAVIAR" ingest -q --collection bench "$H/docs" || true
CAVIAR_TOKEN=$("$CAVIAR" token create -q --collection bench)
export CAVIAR_TOKEN CAVIAR_QUERIES="$WORK/queries.txt"
"$CAVIAR" serve --listen 127.0.0.1:0 --threads "${SERVE_THREADS:-4}" > "$H/serve.out" 2> "$H/serve.err" &
SERVE=$!
trap 'kill $SERVE 2>/dev/null || true' EXIT
i=0
while ! grep -q listening "$H/serve.out" && [ $i -lt 50 ]; do sleep 0.2; i=$((i+1)); done
URL=$(sed -n 's/.*listening on //p' "$H/serve.out")
wrk -t2 -c8 -d20s -s "$HERE/search-wrk.lua" --latency "$URL"
curl -s "$URL/metrics" | grep -E '^caviar_http_requests_total|^caviar_store_disk_bytes' || true
kill -TERM $SERVE
wait $SERVE || true
trap - EXIT
