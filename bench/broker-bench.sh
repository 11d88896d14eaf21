#!/bin/sh
# broker-bench.sh — scanned pages/s: local workers (-j 2) against two
# `caviar worker -j 1` processes through RabbitMQ (-j 0 --broker), on the
# same machine.  Needs a running broker ($CAVIAR_BROKER) and a worker key
# pair: KEY (from `caviar key worker-keys --out KEY`).  SCANS: a folder of
# page images (tests/mkpdf + pdftoppm -r 200 -png make them).
# Usage: bench/broker-bench.sh CAVIAR KEY SCANS
set -eu
C=$1 KEY=$2 SCANS=$3
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export CAVIAR_WORKER_PUBLIC_KEY=$KEY.pub
n=$(ls "$SCANS" | wc -l)
for mode in local broker; do
  export CAVIAR_STORE=$T/$mode/store CAVIAR_KEY_FILE=$T/$mode/master.key
  if [ $mode = local ]; then
    s=$(date +%s.%N); env -u CAVIAR_BROKER "$C" ingest -q -j 2 "$SCANS"; e=$(date +%s.%N)
  else
    "$C" worker --worker-key "$KEY" 2>"$T/w1.log" & p1=$!
    "$C" worker --worker-key "$KEY" 2>"$T/w2.log" & p2=$!
    sleep 1
    s=$(date +%s.%N); "$C" ingest -q -j 0 "$SCANS"; e=$(date +%s.%N)
    kill $p1 $p2; wait $p1 $p2 || true
  fi
  echo "$mode: $(echo "$e - $s" | bc) s for $n pages"
done
