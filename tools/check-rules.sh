#!/bin/bash
# check-rules.sh — the house rules of CONTRIBUTING.md, checked by a program
# instead of by memory.  Run by .ci/run and by `meson test rules`.
#
#   tools/check-rules.sh [BUILD_DIR]     check the tree (and BUILD_DIR's objects)
#   tools/check-rules.sh --self-test     plant one violation of each rule in a
#                                        scratch directory and fail unless every
#                                        check catches its own
#
# Rules:
#  banned    no sprintf strcpy strcat strtok atoi atol gets tmpnam mktemp
#  format    lines changed since the commit in .ci/format-base follow
#            .clang-format (older lines are left as they are)
#  unused    functions whose result is a security decision (listed in
#            tools/rules/warn-unused.txt) are declared G_GNUC_WARN_UNUSED_RESULT
#  globals   no writable global or static data in the objects but those in
#            tools/rules/globals.allow, each with how it is synchronised
#  po        po/fr.po (when present) is complete: no untranslated or fuzzy entry
# Exit status: 0 all checks pass, 1 a rule is broken (each violation printed
# as FILE:LINE: rule: what), 2 usage error.
set -u

top=$(cd "$(dirname "$0")/.." && pwd)
fail=0

say() { printf '%s\n' "$*" >&2; }
violation() { say "$1"; fail=1; }

# --- banned functions ----------------------------------------------------
BANNED='\b(sprintf|vsprintf|strcpy|strcat|strtok|atoi|atol|atoll|gets|tmpnam|mktemp)[[:space:]]*\('
check_banned() { # FILES...
  local hits
  hits=$(grep -HnE "$BANNED" "$@" 2>/dev/null | grep -vE ':[[:space:]]*(\*|//|/\*)')
  if [ -n "$hits" ]; then
    while IFS= read -r h; do
      violation "$h  <- banned: use g_snprintf, g_strlcpy, g_ascii_strtoll, g_mkstemp..."
    done <<<"$hits"
  fi
}

# --- formatting of changed lines -----------------------------------------
check_format() { # REPO_DIR BASE
  local repo=$1 base=$2 out
  if ! command -v clang-format-diff >/dev/null 2>&1; then
    say "check-rules: format: clang-format-diff not installed, skipped"
    return
  fi
  if ! git -C "$repo" rev-parse -q --verify "$base^{commit}" >/dev/null; then
    say "check-rules: format: base $base not in this clone's history, skipped"
    return
  fi
  out=$(cd "$repo" && git diff -U0 --no-color "$base" -- '*.c' '*.h' \
        ':!redact/names-data.c' | clang-format-diff -p1 -style=file)
  if [ -n "$out" ]; then
    violation "format: lines changed since $base differ from .clang-format:"
    say "$out" | head -60
    say "(fix with: git clang-format --extensions c,h $base)"
  fi
}

# --- G_GNUC_WARN_UNUSED_RESULT on security decisions ---------------------
check_unused() { # LIST HEADERS...
  local list=$1; shift
  local fn decl
  while read -r fn _; do
    case "$fn" in ''|'#'*) continue ;; esac
    # The declaration: from the line naming the function to its ';'.
    decl=$(awk -v fn="$fn" '
      !found && $0 ~ "(^|[ *])" fn "\\(" && $0 !~ /^[ \t]*(\*|\/\*)/ { found=1 }
      found { printf "%s ", $0; if ($0 ~ /;/) exit }' "$@")
    if [ -z "$decl" ]; then
      violation "unused: $fn (listed in $list) is declared in no header"
    elif ! grep -q 'G_GNUC_WARN_UNUSED_RESULT' <<<"$decl"; then
      violation "unused: $fn must be declared G_GNUC_WARN_UNUSED_RESULT (its result is a security decision)"
    fi
  done <"$list"
}

# --- mutable globals -------------------------------------------------------
# Prints "OBJECT SYMBOL" for every object symbol in a writable section.
writable_symbols() { # OBJECTS/ARCHIVES...
  objdump -t "$@" 2>/dev/null | awk '
    /file format/ { obj=$1; sub(/:$/, "", obj); n=split(obj, p, "/"); obj=p[n]; next }
    / O / {
      sec=$(NF-2)
      if (sec==".data" || sec==".bss" || sec==".data.rel" ||
          sec==".data.rel.local" || sec==".tdata" || sec==".tbss") {
        sym=$NF; sub(/\.[0-9]+$/, "", sym); print obj, sym
      }
    }' | sort -u
}
check_globals() { # ALLOW OBJECTS...
  local allow=$1; shift
  local obj sym
  while read -r obj sym; do
    if ! grep -qE "^$obj[[:space:]]+$sym([[:space:]]|$)" "$allow"; then
      violation "globals: $obj: '$sym' is writable global data; make it const, local, or list it in $allow with how it is synchronised"
    fi
  done < <(writable_symbols "$@")
}

# --- French catalogue ------------------------------------------------------
check_po() { # PO
  local po=$1 st
  [ -f "$po" ] || return
  if ! command -v msgfmt >/dev/null 2>&1; then
    violation "po: msgfmt not installed (apt-get install gettext)"
    return
  fi
  if ! st=$(msgfmt --check --statistics -o /dev/null "$po" 2>&1); then
    violation "po: $po: $st"
    return
  fi
  case "$st" in
    *untranslated*|*fuzzy*) violation "po: $po is not complete: $st" ;;
  esac
}

self_test() {
  local tmp rc
  tmp=$(mktemp -d) || exit 2
  trap 'rm -rf "$tmp"' EXIT
  # banned
  printf 'void f(char *d, const char *s) { strcpy(d, s); }\n' >"$tmp/banned.c"
  fail=0; check_banned "$tmp/banned.c" 2>/dev/null
  [ $fail = 1 ] || { say "self-test: banned did not catch strcpy"; exit 1; }
  printf '/* strcpy(d, s) is banned */\nint g(void);\n' >"$tmp/ok.c"
  fail=0; check_banned "$tmp/ok.c" 2>/dev/null
  [ $fail = 0 ] || { say "self-test: banned flagged a comment"; exit 1; }
  # unused
  printf 'cv_secret_open\n' >"$tmp/list"
  printf 'gboolean cv_secret_open(const guint8 *ct,\n                        gsize len);\n' >"$tmp/a.h"
  fail=0; check_unused "$tmp/list" "$tmp/a.h" 2>/dev/null
  [ $fail = 1 ] || { say "self-test: unused did not catch a missing attribute"; exit 1; }
  printf 'gboolean cv_secret_open(const guint8 *ct,\n                        gsize len) G_GNUC_WARN_UNUSED_RESULT;\n' >"$tmp/a.h"
  fail=0; check_unused "$tmp/list" "$tmp/a.h" 2>/dev/null
  [ $fail = 0 ] || { say "self-test: unused rejected a correct declaration"; exit 1; }
  # globals
  if command -v cc >/dev/null && command -v objdump >/dev/null; then
    printf 'static int counter;\nint bump(void) { return ++counter; }\nstatic const char *const names[] = { "a" };\nconst char *name(void) { return names[0]; }\n' >"$tmp/g.c"
    cc -c -O2 -fPIC -o "$tmp/g.c.o" "$tmp/g.c"
    printf '# none\n' >"$tmp/allow"
    fail=0; check_globals "$tmp/allow" "$tmp/g.c.o" 2>/dev/null
    [ $fail = 1 ] || { say "self-test: globals did not catch 'counter'"; exit 1; }
    printf 'g.c.o counter  test\n' >"$tmp/allow"
    fail=0; check_globals "$tmp/allow" "$tmp/g.c.o" 2>/dev/null
    [ $fail = 0 ] || { say "self-test: globals flagged an allowed or const symbol"; exit 1; }
  fi
  # format: a scratch repository with a badly formatted change
  if command -v git >/dev/null && command -v clang-format-diff >/dev/null; then
    (cd "$tmp" && mkdir repo && cd repo && git init -q && cp "$top/.clang-format" . &&
     printf 'int\nf(void)\n{\n  return 0;\n}\n' >f.c && git add . &&
     git -c user.name=t -c user.email=t@t commit -qm base &&
     printf 'int\nf(void)\n{\n  return 0;\n}\nint   g( void ){return 1;}\n' >f.c &&
     git -c user.name=t -c user.email=t@t commit -qam change)
    fail=0; check_format "$tmp/repo" HEAD~1 2>/dev/null
    [ $fail = 1 ] || { say "self-test: format did not catch a badly formatted line"; exit 1; }
    fail=0; check_format "$tmp/repo" HEAD 2>/dev/null
    [ $fail = 0 ] || { say "self-test: format flagged an unchanged tree"; exit 1; }
  fi
  # po
  if command -v msgfmt >/dev/null; then
    printf 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "stored"\nmsgstr ""\n' >"$tmp/fr.po"
    fail=0; check_po "$tmp/fr.po" 2>/dev/null
    [ $fail = 1 ] || { say "self-test: po did not catch an untranslated entry"; exit 1; }
  fi
  say "check-rules: self-test passed (each check caught its planted violation)"
  exit 0
}

case "${1:-}" in
  --self-test) self_test ;;
  -h|--help) sed -n '2,23p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
esac

build=${1:-}
cd "$top" || exit 2
if git rev-parse -q --verify HEAD >/dev/null 2>&1; then
  mapfile -t sources < <(git ls-files '*.c' '*.h')
else
  mapfile -t sources < <(find ingest ocr redact store tools tests bench -name '*.[ch]')
fi
check_banned "${sources[@]}"
base=$(sed -n 's/^\([0-9a-f]\{7,40\}\).*/\1/p' .ci/format-base 2>/dev/null | head -1)
[ -n "$base" ] && check_format "$top" "$base"
mapfile -t headers < <(printf '%s\n' "${sources[@]}" | grep '\.h$')
check_unused tools/rules/warn-unused.txt "${headers[@]}"
if [ -n "$build" ]; then
  mapfile -t objs < <(find "$build/ingest" "$build/ocr" "$build/redact" "$build/store" "$build/tools" \
                        \( -name '*.a' -o -path '*caviar.p/*.o' \) 2>/dev/null)
  [ ${#objs[@]} -gt 0 ] && check_globals tools/rules/globals.allow "${objs[@]}"
fi
check_po po/fr.po
if [ $fail = 0 ]; then
  say "check-rules: banned functions, formatting of changed lines, unused results, globals, catalogue: ok"
fi
exit $fail
