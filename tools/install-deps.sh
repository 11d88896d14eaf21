#!/bin/sh
# install-deps.sh — installs the Debian 12 packages caviar builds, tests and
# benchmarks with.  Idempotent: does nothing when everything is present.
# Used by `make demo`, `make check` and .ci/run.
set -eu

# python3-jsonschema: tests/test-openapi.py validates live answers with it
# too; openssl: tests/test-http-tls.py makes its certificate; nodejs (18+:
# fetch): tests/test-retriever.py runs the JavaScript retriever.
PKGS="build-essential pkg-config meson ninja-build python3
libglib2.0-dev libpoppler-glib-dev libcairo2-dev
libtesseract-dev libleptonica-dev tesseract-ocr tesseract-ocr-fra tesseract-ocr-eng
libmagic-dev libsodium-dev librocksdb-dev libstemmer-dev
libjson-glib-dev libxml2-dev libgmime-3.0-dev libzip-dev libmicrohttpd-dev
libseccomp-dev libfontconfig-dev gettext locales
fonts-dejavu-core poppler-utils
python3-jsonschema openssl nodejs
librabbitmq-dev rabbitmq-server"
# (rabbitmq-server: the broker test, tests/test-broker.py, starts a private
# node of its own on other ports; the system service is not used)
# the review page driven in a headless browser (tests/test-browser.py)
PKGS="$PKGS chromium chromium-driver"

if [ "${1:-}" = "--extra" ]; then
  # sanitizers / fuzzing / benchmarks
  # (wfrench, wcanadian: word lists to retrain the name model, redact/model/README.md)
  PKGS="$PKGS clang clang-format libclang-rt-14-dev sqlite3 wrk hyperfine wfrench wcanadian"
  # the second French question set of the retrieval benchmarks (bench/faq-set.py)
  PKGS="$PKGS debian-faq-fr"
  # OCR benchmarks: degraded-scan generator (bench/ocr-degrade.py) and the
  # engines compared with (bench/ocr-quality.py, bench/ocr-bench.sh)
  PKGS="$PKGS python3-pil python3-numpy python3-img2pdf fonts-liberation2
ocrmypdf unpaper libtiff-tools"
  # bench/backlog.sh: scans made into PDFs and TIFFs, GNU time's peak RSS
  PKGS="$PKGS img2pdf time"
fi

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive

missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "caviar: installing:$missing" >&2
  $SUDO apt-get update -qq
  # shellcheck disable=SC2086
  $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

# The LangChain.js example's one dependency (@langchain/core, pinned in
# its package-lock.json) from the npm registry, for tests/test-retriever.py
# (which says it skips the LangChain check when it is absent).
LC="$(cd "$(dirname "$0")/.." && pwd)/docs/examples/langchain"
if [ -f "$LC/package-lock.json" ] && [ ! -d "$LC/node_modules/@langchain/core" ]; then
  if command -v npm >/dev/null 2>&1; then
    echo "caviar: installing @langchain/core for docs/examples/langchain (npm ci)" >&2
    (cd "$LC" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) ||
      echo "caviar: npm ci failed in $LC: the LangChain.js check will be skipped" >&2
  else
    echo "caviar: no npm: the LangChain.js check will be skipped" >&2
  fi
fi

# The French locale (messages in French, tests under LANG=fr_CA.UTF-8) and
# the English one beside it.
for loc in fr_CA en_CA; do
  if ! locale -a 2>/dev/null | grep -qix "$loc.utf8"; then
    echo "caviar: generating the $loc.UTF-8 locale" >&2
    $SUDO sed -i "s/^# *\($loc.UTF-8 UTF-8\)/\1/" /etc/locale.gen
    grep -q "^$loc.UTF-8 UTF-8" /etc/locale.gen ||
      echo "$loc.UTF-8 UTF-8" | $SUDO tee -a /etc/locale.gen >/dev/null
    $SUDO locale-gen >/dev/null
  fi
done
