#!/bin/sh
# check-po.sh SRCDIR — the French catalogue is valid and complete:
# msgfmt --check passes, every source file that translates is listed in
# po/POTFILES.in, and every message of the sources (extracted afresh) has a
# French translation that is neither missing nor fuzzy.
set -eu
src=$1
for tool in msgfmt xgettext msgcmp; do
  command -v $tool >/dev/null || { echo "SKIP: $tool missing (gettext)"; exit 77; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

msgfmt --check --statistics -o /dev/null "$src/po/fr.po" 2>"$tmp/stats" || fail=1
cat "$tmp/stats"
if grep -Eq 'fuzzy|untranslated' "$tmp/stats"; then
  echo "FAIL: po/fr.po has fuzzy or untranslated messages"
  fail=1
fi

for f in $(cd "$src" && grep -rlE '(^|[^A-Za-z0-9_])(N?_|C_|NC_|g_dngettext)\(' \
             --include='*.c' tools store redact ingest ocr | sort); do
  if ! grep -qx "$f" "$src/po/POTFILES.in"; then
    echo "FAIL: $f translates messages but is not in po/POTFILES.in"
    fail=1
  fi
done

# the keywords of meson's glib preset
(cd "$src" && xgettext --from-code=UTF-8 --language=C \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format \
  --flag=NC_:2:pass-c-format --flag=g_dngettext:2:pass-c-format \
  -f po/POTFILES.in -o "$tmp/caviar.pot" 2>"$tmp/xgettext.log") || {
  cat "$tmp/xgettext.log"; exit 1; }
if ! msgcmp "$src/po/fr.po" "$tmp/caviar.pot" 2>"$tmp/msgcmp.log"; then
  echo "FAIL: messages of the sources without a French translation" \
       "(ninja caviar-update-po, then translate them in po/fr.po):"
  head -40 "$tmp/msgcmp.log"
  fail=1
fi
n=$(grep -c '^msgid ' "$tmp/caviar.pot")
echo "$n messages in the sources, all translated: $([ $fail = 0 ] && echo yes || echo no)"
exit $fail
