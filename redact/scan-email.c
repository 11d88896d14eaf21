/* scan-email.c — owns the e-mail detector: from each '@', the local part
 * backwards (OCR splits tolerated) and the domain forwards. */
#define _GNU_SOURCE 1
#include "scan-words.h"

#include <string.h>

/* ---- e-mail ------------------------------------------------------------- */

static inline gboolean
local_char(char c)
{
  guint8 u = (guint8)c;
  /* accented letters (UTF-8 lead bytes C3-C5 and continuation bytes) too */
  return cv_is_alnum_ascii(c) || c == '.' || c == '_' || c == '%' || c == '+' ||
         c == '-' || c == '\'' || c == '|' || (u >= 0xC3 && u <= 0xC5) ||
         (u >= 0x80 && u <= 0xBF);
}

static inline gboolean
domain_char(char c)
{
  return cv_is_alnum_ascii(c) || c == '-' || c == '|';
}

void
cv_scan_emails(CvScan *scan)
{
  const char *text = scan->text;
  const char *end = text + scan->len;
  const char *p = text;
  while (p < end) {
    const char *at = memchr(p, '@', (gsize)(end - p));
    if (!at)
      break;
    p = at + 1;
    /* local part, backwards (an OCR space before '@' is tolerated) */
    const char *l = at;
    if (l > text && l[-1] == ' ' && l - 1 > text && local_char(l[-2]))
      l--;
    const char *lend = l;
    while (l > text && lend - l < 64 && local_char(l[-1]))
      l--;
    /* OCR splits "first. .last@": take the first part too */
    if (l < lend && *l == '.' && l > text) {
      const char *b = l;
      int k = 0;
      while (b > text && k < 3 && (b[-1] == ' ' || b[-1] == '.')) {
        b--;
        k++;
      }
      if (k > 0 && b > text && cv_is_alnum_ascii(b[-1]) && b[-1] != '.') {
        const char *b2 = b;
        while (b2 > text && b - b2 < 64 && local_char(b2[-1]))
          b2--;
        l = b2;
      }
    }
    /* OCR: "first . last@", "first. last@" */
    for (int round = 0; round < 2 && l > text + 2; round++) {
      const char *b = l;
      int sp = 0;
      while (b > text && sp < 2 && b[-1] == ' ') {
        b--;
        sp++;
      }
      if (!(b > text && b[-1] == '.') || (sp == 0 && round == 0 && *l != '.'))
        break;
      b--;
      while (b > text && b[-1] == ' ' && sp < 4) {
        b--;
        sp++;
      }
      if (sp == 0 || !(b > text && cv_is_alnum_ascii(b[-1])))
        break;
      const char *b2 = b;
      while (b2 > text && b - b2 < 64 && local_char(b2[-1]) && b2[-1] != '.')
        b2--;
      l = b2;
    }
    /* never start inside a character (a continuation byte of ’ or NBSP) */
    while (l < lend && ((guint8)*l & 0xC0) == 0x80)
      l++;
    while (l < lend && (*l == '.' || *l == '-' || *l == '\''))
      l++;
    if (l == lend)
      continue;
    /* domain, forwards */
    const char *d = at + 1;
    if (d < end && *d == ' ' && d + 1 < end && domain_char(d[1]))
      d++;
    const char *q = d, *last_end = NULL;
    int labels = 0;
    gboolean tld_alpha = FALSE;
    while (q < end && q - d < 255) {
      const char *ls = q;
      gboolean alpha = TRUE;
      while (q < end && q - ls < 63 && domain_char(*q)) {
        if (!cv_is_alpha_ascii(*q))
          alpha = FALSE;
        q++;
      }
      if (q == ls)
        break;
      labels++;
      tld_alpha = alpha && q - ls >= 2;
      if (labels >= 2 && tld_alpha)
        last_end = q;
      if (q + 1 < end && *q == '.' && domain_char(q[1]))
        q++;
      else
        break;
    }
    if (!last_end)
      continue;
    cv_scan_add(scan, CV_PII_EMAIL, (gsize)(l - text), (gsize)(last_end - text),
                0.97f, "email");
    p = last_end;
  }
}
