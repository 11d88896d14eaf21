#!/bin/sh
# e2e-bench.sh — end-to-end `caviar ingest` throughput (extraction in worker
# processes, redaction, chunking, encryption, RocksDB with sync on).
#   bench/e2e-bench.sh [BUILD_DIR] [N_FILES]
# 1. N small generated letters (default 2000): documents/s (group commit).
# 2. ../shared/corpus/dev when present: the 48 documents of 12 formats.
set -eu
BUILD=${1:-build}
N=${2:-2000}
CAVIAR="$BUILD/tools/caviar"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CAVIAR_STORE="$work/store" CAVIAR_KEY_FILE="$work/key"

python3 - "$work/letters" "$N" <<'PY'
import os, sys
out, n = sys.argv[1], int(sys.argv[2])
os.makedirs(out)
for i in range(n):
    with open(os.path.join(out, "lettre-%05d.txt" % i), "w") as f:
        f.write("Québec, le 3 mars 2024\n\nMonsieur Jean Tremblay\n"
                "Objet : dossier 2024-%03d-%05d\n\n"
                "La demande d'accès vise les procès-verbaux du comité numéro %d. "
                "Joignez-nous au 514-872-%04d.\n" % (i % 1000, i, i, i % 10000))
PY
t0=$(date +%s.%N)
"$CAVIAR" ingest -q "$work/letters" 2>/dev/null
t1=$(date +%s.%N)
python3 -c "import sys; n=int(sys.argv[1]); dt=float(sys.argv[3])-float(sys.argv[2]); print('small letters: %d files in %.2f s = %.0f files/s' % (n, dt, n/dt))" "$N" "$t0" "$t1"

if [ -d ../shared/corpus/dev/docs ]; then
  t0=$(date +%s.%N)
  "$CAVIAR" ingest -q --collection dev ../shared/corpus/dev/docs 2>/dev/null
  t1=$(date +%s.%N)
  pages=$("$CAVIAR" list --collection dev --json | python3 -c "import json,sys; d=json.load(sys.stdin); docs=d['documents'] if isinstance(d,dict) else d; print(sum(x.get('pages',0) for x in docs))" 2>/dev/null || echo "?")
  python3 -c "import sys; dt=float(sys.argv[2])-float(sys.argv[1]); print('dev corpus: 48 files (%s pages, 20 of them OCR) in %.2f s' % (sys.argv[3], dt))" "$t0" "$t1" "$pages"
fi
