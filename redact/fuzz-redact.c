/* fuzz-redact.c — libFuzzer entry of the redaction stage: any valid UTF-8
 * input must scan to sorted, disjoint, in-range spans and render (the
 * redactor has per-collection lists; the name model runs on every input). Built
 * only with -Dfuzzing=true; the corpus in tests/fuzz-redact-corpus/ is replayed by tests/test-redact.c. */
#include "cv-redact.h"

#include <string.h>

int LLVMFuzzerTestOneInput(const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput(const guint8 *data, size_t size)
{
  static CvRedactor *r;
  if (!r) {
    /* with per-collection lists, so that their matching is fuzzed too */
    static const CvRedactTerm always[] = { { "Projet Kraken", CV_PII_PERSON },
                                           { "zx-44", CV_PII_BANK_ACCOUNT } };
    static const char *const never[] = { "Marie Tremblay", "Lise" };
    CvRedactOptions o = { CV_REDACT_MODE_LABEL, NULL, 0, always, 2, never, 2 };
    r = cv_redact_new_full(&o, NULL);
  }
  if (size > 1u << 20 || !g_utf8_validate((const char *)data, (gssize)size, NULL))
    return 0;
  GArray *sp = cv_redact_scan(r, (const char *)data, size, CV_LANG_AUTO);
  gsize prev = 0;
  for (guint i = 0; i < sp->len; i++) {
    CvSpan *x = &g_array_index(sp, CvSpan, i);
    g_assert(x->start >= prev && x->end > x->start && x->end <= size);
    prev = x->end;
  }
  gsize ol;
  char *out = cv_redact_render(r, (const char *)data, size, sp, NULL, 0, NULL, &ol);
  g_assert(g_utf8_validate(out, (gssize)ol, NULL));
  g_free(out);
  g_array_unref(sp);
  return 0;
}
