/* names.c — file names as they may leave the process: escaped (any bytes
 * to printable UTF-8, so that a new line in a name cannot forge a line of
 * output nor an invalid byte break JSON) and redacted by the same engine
 * as the text (a file named after a person or holding a SIN is personal
 * data too). */
#include <string.h>

#include "cv-pipeline.h"

#define NAME_MAX_BYTES 4096 /* longer names are cut (with "...") */

/* Code points that would let a name move the cursor or reorder text. */
static gboolean
unsafe_char(gunichar c)
{
  return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == 0x2028 ||
         c == 0x2029 || (c >= 0x202a && c <= 0x202e) ||
         (c >= 0x2066 && c <= 0x2069) || c == 0xfeff;
}

char *
cv_pipeline_escape_name(const char *name)
{
  GString *s = g_string_sized_new(64);
  const char *p = name ? name : "";
  const char *end = p + strlen(p);
  while (p < end) {
    if (s->len >= NAME_MAX_BYTES) {
      g_string_append(s, "...");
      break;
    }
    gunichar c = g_utf8_get_char_validated(p, end - p);
    if (c == (gunichar)-1 || c == (gunichar)-2) {
      g_string_append_printf(s, "\\x%02X", (guchar)*p);
      p++;
      continue;
    }
    const char *next = g_utf8_next_char(p);
    if (c == '\n')
      g_string_append(s, "\\n");
    else if (c == '\t')
      g_string_append(s, "\\t");
    else if (c == '\r')
      g_string_append(s, "\\r");
    else if (c < 0x80 && unsafe_char(c))
      g_string_append_printf(s, "\\x%02X", (guint)c);
    else if (unsafe_char(c))
      g_string_append_printf(s, "\\u%04X", (guint)c);
    else
      g_string_append_len(s, p, next - p);
    p = next;
  }
  return g_string_free(s, FALSE);
}

static gboolean
luhn_ok(const int *d, guint n)
{
  guint sum = 0;
  for (guint i = 0; i < n; i++) {
    int x = d[n - 1 - i];
    if (i % 2 == 1) {
      x *= 2;
      if (x > 9)
        x -= 9;
    }
    sum += (guint)x;
  }
  return sum % 10 == 0;
}

/* Luhn-valid 9-digit numbers (3-3-3, separated by nothing, a space, a
 * dash or a dot) not inside a longer run of digits: SINs, which a file
 * name gives without the context ("NAS", "SIN") the text scanner wants. */
static void
add_sin_spans(const char *s, gsize len, GArray *spans)
{
  for (gsize i = 0; i < len; i++) {
    if (!g_ascii_isdigit(s[i]) || (i > 0 && g_ascii_isdigit(s[i - 1])))
      continue;
    int d[9];
    guint n = 0;
    gsize j = i;
    while (j < len && n < 9) {
      if (g_ascii_isdigit(s[j])) {
        d[n++] = s[j] - '0';
        j++;
      } else if ((n == 3 || n == 6) &&
                 (s[j] == ' ' || s[j] == '-' || s[j] == '.') && j + 1 < len &&
                 g_ascii_isdigit(s[j + 1])) {
        j++;
      } else {
        break;
      }
    }
    if (n != 9 || (j < len && g_ascii_isdigit(s[j])) || !luhn_ok(d, 9))
      continue;
    /* keep the spans sorted and disjoint: skip one inside a found span */
    gboolean inside = FALSE;
    guint at = spans->len;
    for (guint k = 0; k < spans->len; k++) {
      const CvSpan *o = &g_array_index(spans, CvSpan, k);
      if (o->start < j && i < o->end)
        inside = TRUE;
      if (at == spans->len && o->start >= j)
        at = k;
    }
    if (!inside) {
      CvSpan sp = { CV_PII_SIN, i, j, 1.0f, "file-name-sin" };
      g_array_insert_val(spans, at, sp);
    }
    i = j - 1;
  }
}

char *
cv_pipeline_redact_name(const CvRedactor *redactor, const char *path)
{
  g_autofree char *esc = cv_pipeline_escape_name(path);
  gsize len = strlen(esc);
  /* Each component a line of its own, '_' a space, and a '-' before a
   * letter too (in a file name it parts words: "text-pdf-010-fr.pdf",
   * "jean-roy-plainte.pdf" are read word by word, a hyphenated given name
   * stays a name in two words): the same length, so the spans found apply
   * to @esc as is. */
  g_autofree char *scan = g_strdup(esc);
  for (gsize i = 0; i < len; i++)
    if (scan[i] == '/')
      scan[i] = '\n';
    else if (scan[i] == '_')
      scan[i] = ' ';
    else if (scan[i] == '-' && i > 0 && i + 1 < len &&
             (g_ascii_isalnum(esc[i - 1]) || (guchar)esc[i - 1] >= 0x80) &&
             (g_ascii_isalpha(esc[i + 1]) || (guchar)esc[i + 1] >= 0x80))
      scan[i] = ' ';
  CvLang lang = cv_redact_detect_lang(scan, len);
  g_autoptr(GArray) spans = cv_redact_scan(redactor, scan, len, lang);
  add_sin_spans(esc, len, spans);
  gsize out_len = 0;
  return cv_redact_render(redactor, esc, len, spans, NULL, 0, NULL, &out_len);
}
