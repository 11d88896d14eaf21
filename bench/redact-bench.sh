#!/bin/sh
# redact-bench.sh — throughput of the redaction stage (scan + render, one core).
# Usage: bench/redact-bench.sh [BUILD_DIR]   (default: build)
# Generates a 20 MB mixed FR/EN corpus and adversarial inputs of 5/10/20 MB
# (to show linearity) with bench/redact-gen.py, and runs cv-redact-tool -q.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build}
tool="$build/redact/cv-redact-tool"
[ -x "$tool" ] || { echo "build $tool first (ninja -C $build redact/cv-redact-tool)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for kind in mixed dense; do
  python3 "$here/redact-gen.py" $kind 20 > "$tmp/$kind"
  printf '%-16s %s\n' "$kind-20MB" "$("$tool" -q -r 3 < "$tmp/$kind")"
done
for kind in digits-dashes ats capwords digits-spaces titles longline closings births caps-comma colons labels; do
  for mb in 5 10 20; do
    python3 "$here/redact-gen.py" "$kind" "$mb" > "$tmp/adv"
    printf '%-16s %s\n' "$kind-${mb}MB" "$("$tool" -q < "$tmp/adv")"
  done
done
