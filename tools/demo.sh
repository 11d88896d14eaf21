#!/bin/sh
# demo.sh — `make demo`: a store and key of its own under .demo/, the bundled
# samples ingested, then what the store holds, decrypted on the fly.
set -eu
CAVIAR=${1:-build/tools/caviar}
top=$(pwd)
export CAVIAR_STORE="$top/.demo/store"
export CAVIAR_KEY_FILE="$top/.demo/master.key"

say() { printf '\n\033[1m$ %s\033[0m\n' "$*"; }

echo "Demo store: $CAVIAR_STORE (key: $CAVIAR_KEY_FILE)"
say caviar ingest samples/
"$CAVIAR" ingest samples/
say caviar list
"$CAVIAR" list || true
say caviar export --text
"$CAVIAR" export --text
say caviar export --jsonl "(first line)"
"$CAVIAR" export --jsonl | head -n 1
say caviar verify
"$CAVIAR" verify || true
cat <<MSG

The store under .demo/ holds only ciphertext; the text above was decrypted
with .demo/master.key.  Try: build/tools/caviar help
(set CAVIAR_STORE and CAVIAR_KEY_FILE as above to use this demo store).
MSG
