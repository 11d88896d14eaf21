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
# an admin token for the review page, made once (shown once by caviar:
# kept in .demo/, beside the demo's key)
if [ ! -s "$top/.demo/admin-token" ]; then
  (umask 077 && "$CAVIAR" token create --admin -q >"$top/.demo/admin-token")
fi
cat <<MSG

The store under .demo/ holds only ciphertext; the text above was decrypted
with .demo/master.key.  Try: build/tools/caviar help
(set CAVIAR_STORE and CAVIAR_KEY_FILE as above to use this demo store).

Review page (try a file and see what would be redacted, store it or not,
list, search and forget documents):
  CAVIAR_STORE=.demo/store CAVIAR_KEY_FILE=.demo/master.key $CAVIAR serve
then open  http://127.0.0.1:8750/ui/  in a browser on this machine and sign
in with the token in .demo/admin-token (cat .demo/admin-token).
MSG
