#!/bin/sh
# giant-bench.sh — memory, time and store size of `caviar ingest` on giant
# single-document inputs (issue #14, "bounded memory on giant inputs").
#   bench/giant-bench.sh [BUILD_DIR] [OUTDIR]
# Generates (deterministic, seed 14):
#   digits-16M.txt  16 MiB of random digit groups (1-9 digits, 12 a line):
#                   millions of distinct terms
#   digits-64M.txt  64 MiB of the same
#   prose-46M.txt   46 MB of ordinary French-like prose (bench/search-gen.py)
# then, for each, one `caviar ingest` into a new store (sync on, default
# options) and prints: wall and CPU seconds (user+sys of caviar and its
# worker), peak RSS of the caviar process (VmHWM, the process that holds
# the keys) and of the worker, the store's size on disk right after the
# command and against the text, and the time of the next command on the same
# store (`caviar ingest` of one small letter: what an earlier command's
# compaction backlog costs the next one).
set -eu
BUILD=${1:-build}
CAVIAR=$(realpath "$BUILD/tools/caviar")
OUT=${2:-$(mktemp -d /tmp/caviar-giant-XXXXXX)}
SRC=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$OUT/in"

python3 - "$OUT/in" <<'PY'
import os, random, sys
d = sys.argv[1]
def digits(name, size):
    p = os.path.join(d, name)
    if os.path.exists(p) and os.path.getsize(p) >= size:
        return
    rng = random.Random(14)
    with open(p, "w") as f:
        n = 0
        while n < size:
            line = " ".join(str(rng.randrange(10 ** rng.randint(1, 9)))
                            for _ in range(12)) + "\n"
            f.write(line)
            n += len(line)
digits("digits-16M.txt", 16 << 20)
digits("digits-64M.txt", 64 << 20)
PY
if [ ! -s "$OUT/in/prose-46M.txt" ]; then
  # ~270 bytes a chunk line: 170,000 lines, one paragraph each
  python3 "$SRC/search-gen.py" 40000 "$OUT/in/prose.chunks" "$OUT/in/prose.q" 1 14 >/dev/null
  python3 - "$OUT/in/prose.chunks" "$OUT/in/prose-46M.txt" <<'PY'
import sys
src, dst = sys.argv[1], sys.argv[2]
lines = open(src, encoding="utf-8").read().split("\n")
with open(dst, "w", encoding="utf-8") as f:
    n = 0
    i = 0
    while n < 46_000_000:
        para = lines[i % len(lines)].strip()
        i += 1
        if not para:
            continue
        f.write(para + "\n\n")
        n += len(para.encode()) + 2
PY
  rm -f "$OUT/in/prose.chunks" "$OUT/in/prose.q"
fi

printf 'Québec, le 3 mars 2024\n\nObjet : dossier 2024-117-03412\n\nLa demande vise les procès-verbaux.\n' > "$OUT/in/letter.txt"

# Peak RSS (VmHWM) of the caviar process and of its extract workers, by
# polling /proc every 50 ms while the command runs.
run() {
  # run CMD... (under /usr/bin/time); prints "caviar_hwm_kb worker_hwm_kb"
  "$@" >/dev/null 2>"$OUT/err" &
  pid=$!
  top=0; wtop=0
  while kill -0 $pid 2>/dev/null; do
    for c in $(pgrep -P $pid 2>/dev/null); do    # caviar, under time
      h=$(awk '/^VmHWM/ {print $2}' /proc/$c/status 2>/dev/null || echo 0)
      [ -n "$h" ] && [ "$h" -gt "$top" ] && top=$h
      for w in $(pgrep -P $c 2>/dev/null); do   # workers (reaper, child)
        for g in $w $(pgrep -P $w 2>/dev/null); do
          h=$(awk '/^VmHWM/ {print $2}' /proc/$g/status 2>/dev/null || echo 0)
          [ -n "$h" ] && [ "$h" -gt "$wtop" ] && wtop=$h
        done
      done
    done
    sleep 0.05
  done
  wait $pid || { echo "command failed:" >&2; cat "$OUT/err" >&2; }
  echo "$top $wtop"
}

printf '| input | text MB | wall s | CPU s | caviar peak RSS MiB | worker peak MiB | store MB after | x text | next command s |\n'
printf '|---|---:|---:|---:|---:|---:|---:|---:|---:|\n'
for f in digits-16M.txt digits-64M.txt prose-46M.txt; do
  in="$OUT/in/$f"
  st="$OUT/store-$f"
  rm -rf "$st" "$OUT/key-$f"
  head -c 32 /dev/urandom > "$OUT/key-$f"; chmod 600 "$OUT/key-$f"
  export CAVIAR_STORE="$st" CAVIAR_KEY_FILE="$OUT/key-$f"
  t0=$(date +%s.%N)
  peaks=$(run /usr/bin/time -f "%U %S" -o "$OUT/time" "$CAVIAR" ingest -q "$in")
  t1=$(date +%s.%N)
  cpu=$(awk '{print $1 + $2}' "$OUT/time")
  size=$(du -sb "$st" | cut -f1)
  t2=$(date +%s.%N)
  "$CAVIAR" ingest -q "$OUT/in/letter.txt" >/dev/null 2>&1 || true
  t3=$(date +%s.%N)
  text=$(stat -c %s "$in")
  python3 -c "
import sys
a = sys.argv
wall = float(a[3]) - float(a[2]); nxt = float(a[9]) - float(a[8])
print('| %s | %.1f | %.1f | %.1f | %.0f | %.0f | %.1f | %.2f | %.2f |' % (a[1], int(a[7]) / 1e6, wall, float(a[4]),
      int(a[5]) / 1024, int(a[6]) / 1024, int(a[10]) / 1e6, int(a[10]) / int(a[7]), nxt))
" "$f" "$t0" "$t1" "$cpu" $peaks "$text" "$t2" "$t3" "$size"
  rm -rf "$st" "$OUT/key-$f"
done
echo "inputs kept in $OUT/in"
