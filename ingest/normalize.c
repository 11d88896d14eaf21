/* normalize.c — owns the text normalisation applied to every extracted page
 * before the redaction stage sees it.
 *
 * One pass over the (possibly invalid) UTF-8 input, then NFC:
 *  - invalid sequences become U+FFFD;
 *  - CR LF and lone CR become LF; U+2028/U+2029 become LF; a form feed
 *    inside a page becomes LF (form feeds only separate pages);
 *  - control characters other than LF and TAB are removed (C0, DEL, C1);
 *  - no-break spaces U+00A0, U+202F, U+2007 all become U+00A0; the other
 *    Unicode spaces (U+2000..U+200A, U+205F, U+3000, U+1680) become ' ';
 *  - invisible format characters (soft hyphen U+00AD, U+200B, U+2060,
 *    U+FEFF, bidi marks and embeddings) are removed;
 *  - Latin ligatures U+FB00..U+FB06 are expanded (œ/æ are letters, kept);
 *  - in OCR text, a hyphen ('-', U+2010 or a soft hyphen) that ends a line
 *    between a letter and a lower-case letter is joined, and the line
 *    break moves to the space after the joined word, so lines stay lines
 *    ("la procé-\ndure suit" -> "la procédure\nsuit").  This is the only
 *    place that joins hyphens or expands ligatures: ocr/ leaves both here;
 *  - a run of more than CV_NORMALIZE_MAX_MARKS non-starters (combining
 *    marks, counted in the canonical decomposition) keeps its first
 *    CV_NORMALIZE_MAX_MARKS; the others are dropped and counted (the
 *    caller warns).  Real text stacks a handful (Vietnamese 2, Hebrew
 *    points 3-4, Tibetan stacks < 10); UAX #15's stream-safe format
 *    allows 30.  GLib's canonical ordering is quadratic in a run's length;
 *  - finally NFC, in windows: g_utf8_normalize() moves the rest of its
 *    buffer at each composition (quadratic in its input: 64 KiB of
 *    "e + U+0301" 23 ms, 2 MiB ~20 s), so the text is normalised in pieces
 *    of NFC_WINDOW bytes or more, cut just before a character that no
 *    normalisation crosses (a starter below U+0300, general punctuation,
 *    kana, CJK ideographs, Hangul syllables: none composes with what comes
 *    before it nor reorders).  A piece with no such character for
 *    NFC_WINDOW_MAX bytes is cut before any starter: only then can a
 *    composition across the cut (Hangul jamo, Indic two-part vowels) be
 *    missed.  Time is linear in the input whatever it holds.
 * Invalid input never stops the pass.  Intermediate buffers are wiped: they
 * hold document text.
 */
#include "ingest-private.h"

#include <sodium.h>
#include <string.h>

static const char *
ligature_expansion(gunichar c)
{
  switch (c) {
  case 0xFB00: return "ff";
  case 0xFB01: return "fi";
  case 0xFB02: return "fl";
  case 0xFB03: return "ffi";
  case 0xFB04: return "ffl";
  case 0xFB05: return "st"; /* long s + t */
  case 0xFB06: return "st";
  default: return NULL;
  }
}

#define NFC_WINDOW 4096
#define NFC_WINDOW_MAX 65536

/* TRUE if normalisation never crosses a cut just before @c. */
static gboolean
nfc_safe_boundary(gunichar c)
{
  return c < 0x300 || (c >= 0x2010 && c <= 0x20CF) ||
         (c >= 0x3041 && c <= 0x3096) || (c >= 0x30A1 && c <= 0x30FA) ||
         (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7A3);
}

/* The run of non-starters after @c, given the run before it. */
static guint
marks_after(gunichar c, guint run)
{
  gunichar d[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize n = g_unichar_fully_decompose(c, FALSE, d, G_N_ELEMENTS(d));
  for (gsize i = 0; i < n; i++)
    run = g_unichar_combining_class(d[i]) != 0 ? run + 1 : 0;
  return run;
}

/* NFC of valid UTF-8 @s, in windows (see above), appended to @res. */
static void
nfc_windows(const char *s, gsize len, GString *res)
{
  const char *end = s + len;
  while (s < end) {
    const char *cut = end;
    if ((gsize)(end - s) > NFC_WINDOW) {
      const char *q = s + NFC_WINDOW;
      while (q < end && ((guchar)*q & 0xC0) == 0x80)
        q++;
      const char *limit =
          (gsize)(end - s) > NFC_WINDOW_MAX ? s + NFC_WINDOW_MAX : end;
      cut = NULL;
      for (; q < limit; q = g_utf8_next_char(q))
        if (nfc_safe_boundary(g_utf8_get_char(q))) {
          cut = q;
          break;
        }
      for (; cut == NULL && q < end; q = g_utf8_next_char(q))
        if (marks_after(g_utf8_get_char(q), 1) == 0)
          cut = q; /* a starter that decomposes to starters only */
      if (cut == NULL)
        cut = end;
    }
    char *nfc = g_utf8_normalize(s, (gssize)(cut - s), G_NORMALIZE_NFC);
    if (nfc != NULL) {
      gsize n = strlen(nfc);
      cv_gstring_reserve_wiped(res, n);
      g_string_append_len(res, nfc, (gssize)n);
      sodium_memzero(nfc, n);
      g_free(nfc);
    }
    s = cut;
  }
}

/* Marker for an invalid byte (outside the Unicode range). */
#define CV_INVALID_BYTE ((gunichar)0x110000)

/* Decodes the character at @p (bytes up to @end); sets *next.  Invalid
 * input yields U+FFFD and advances one byte. */
static gunichar
next_char(const char *p, const char *end, const char **next)
{
  guchar b = (guchar)*p;
  if (b < 0x80) {
    *next = p + 1;
    return b;
  }
  gunichar c = g_utf8_get_char_validated(p, end - p);
  if (c == (gunichar)-1 || c == (gunichar)-2 || c == 0) {
    *next = p + 1;
    return CV_INVALID_BYTE;
  }
  *next = g_utf8_next_char(p);
  return c;
}

/* Last character appended to @out, 0 if none. */
static gunichar
last_char(const GString *out)
{
  if (out->len == 0)
    return 0;
  const char *prev = g_utf8_find_prev_char(out->str, out->str + out->len);
  if (prev == NULL)
    return 0;
  return g_utf8_get_char(prev);
}

/* In OCR text, at a line-end hyphen (@next just after it): if the line ends
 * right after it and the next line starts with a lower-case letter, returns
 * the position of that letter, else NULL. */
static const char *
hyphen_join_target(const GString *out, const char *next, const char *end)
{
  gunichar before = last_char(out);
  if (before == 0 || !g_unichar_isalpha(before))
    return NULL;
  const char *q = next;
  while (q < end && (*q == ' ' || *q == '\t'))
    q++;
  if (q < end && *q == '\r')
    q++;
  if (q >= end || *q != '\n')
    return NULL;
  q++;
  while (q < end && (*q == ' ' || *q == '\t'))
    q++;
  if (q >= end)
    return NULL;
  const char *after;
  gunichar c = next_char(q, end, &after);
  if (c == CV_INVALID_BYTE || !g_unichar_islower(c))
    return NULL;
  return q;
}

gboolean
cv_normalize_is_nfc_quick(const char *s, gsize len)
{
  const guchar *p = (const guchar *)s;
  const guchar *end = p + len;
  while (p < end) {
    if (*p < 0x80) {
      p++;
      continue;
    }
    gunichar c = g_utf8_get_char((const char *)p);
    if (!cv_normalize_nfc_stable(c))
      return FALSE;
    p = (const guchar *)g_utf8_next_char(p);
  }
  return TRUE;
}

char *
cv_normalize_text(const char *text, gsize len, gboolean ocr, gsize *out_len)
{
  return cv_normalize_text_full(text, len, ocr, out_len, NULL);
}

char *
cv_normalize_text_full(const char *text, gsize len, gboolean ocr,
                       gsize *out_len, guint64 *marks_dropped)
{
  GString *out = g_string_sized_new(len + 16);
  const char *p = text;
  const char *end = text + len;
  guint run = 0;       /* non-starters just appended */
  guint64 dropped = 0; /* marks beyond the cap */
  /* After a hyphen join, the line break that was removed is written at
   * the next space instead. */
  gboolean newline_pending = FALSE;

  while (p < end) {
    const char *next;
    guchar b = (guchar)*p;
    /* Fast path: printable ASCII. */
    if (b >= 0x20 && b < 0x7F && b != '-' && !(newline_pending && b == ' ')) {
      const char *q = p + 1;
      while (q < end && (guchar)*q >= 0x20 && (guchar)*q < 0x7F && *q != '-' &&
             !(newline_pending && *q == ' '))
        q++;
      g_string_append_len(out, p, q - p);
      p = q;
      run = 0;
      continue;
    }
    gunichar c = next_char(p, end, &next);
    const char *lig;
    /* The run of non-starters if @c is appended as it is. */
    guint after = 0;
    if (c >= 0x80 && c != CV_INVALID_BYTE) {
      after = marks_after(c, run);
      if (after > CV_NORMALIZE_MAX_MARKS) {
        dropped++;
        p = next;
        continue;
      }
    }
    gsize before_len = out->len;
    gboolean as_is = FALSE;
    if (c == ' ' && newline_pending) {
      g_string_append_c(out, '\n');
      newline_pending = FALSE;
      while (next < end && *next == ' ')
        next++;
    } else if (c == '\r') {
      if (next < end && *next == '\n')
        next++;
      g_string_append_c(out, '\n');
      newline_pending = FALSE;
    } else if (c == '\n' || c == '\t') {
      g_string_append_c(out, (char)c);
      if (c == '\n')
        newline_pending = FALSE;
    } else if (c == '\f' || c == 0x2028 || c == 0x2029 || c == 0x0085) {
      g_string_append_c(out, '\n');
      newline_pending = FALSE;
    } else if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
      /* control character: dropped */
    } else if (c == '-' || c == 0x2010 || c == 0x00AD) {
      const char *target = ocr ? hyphen_join_target(out, next, end) : NULL;
      if (target != NULL) {
        next = target;
        newline_pending = TRUE;
      } else if (c != 0x00AD) { /* a soft hyphen inside a line: invisible */
        g_string_append_len(out, p, next - p);
      }
    } else if (c == 0x00A0 || c == 0x202F || c == 0x2007) {
      g_string_append(out, "\xC2\xA0");
    } else if ((c >= 0x2000 && c <= 0x200A) || c == 0x205F || c == 0x3000 ||
               c == 0x1680) {
      g_string_append_c(out, ' ');
    } else if (c == 0x200B || c == 0x2060 || c == 0xFEFF || c == 0x200E ||
               c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
               (c >= 0x2066 && c <= 0x2069)) {
      /* invisible: dropped */
    } else if ((lig = ligature_expansion(c)) != NULL) {
      g_string_append(out, lig);
    } else if (c == CV_INVALID_BYTE) {
      g_string_append(out, "\xEF\xBF\xBD");
    } else {
      g_string_append_len(out, p, next - p);
      as_is = TRUE;
    }
    /* Whatever else was appended is a starter; what was dropped leaves
     * the run as it was (an invisible character must not split a run). */
    if (as_is)
      run = after;
    else if (out->len != before_len)
      run = 0;
    p = next;
  }

  /* NFC.  Text made only of code points below U+0300 (Latin, no
   * combining mark) and of U+2010..U+20CF (punctuation, currency) is
   * already NFC: skip the costly copy (tests/test-ingest.c checks this
   * claim against g_utf8_normalize for every such code point). */
  if (cv_normalize_is_nfc_quick(out->str, out->len)) {
    if (marks_dropped != NULL)
      *marks_dropped = dropped;
    *out_len = out->len;
    return g_string_free(out, FALSE);
  }
  if (marks_dropped != NULL)
    *marks_dropped = dropped;
  GString *res = g_string_sized_new(out->len + 16);
  nfc_windows(out->str, out->len, res);
  cv_gstring_wipe_free(out);
  *out_len = res->len;
  return g_string_free(res, FALSE);
}

/* --- table cells (html.c, office.c) --- */

void
cv_cell_tidy(GString *s, gsize start)
{
  gsize w = start;
  gboolean space = FALSE;
  for (gsize r = start; r < s->len; r++) {
    char c = s->str[r];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      space = TRUE;
      continue;
    }
    if (space && w > start)
      s->str[w++] = ' ';
    space = FALSE;
    s->str[w++] = c;
  }
  if (w < s->len)
    sodium_memzero(s->str + w, s->len - w);
  g_string_truncate(s, w);
}

/* --- wiping helpers --- */

void
cv_wipe_free(char *s)
{
  if (s == NULL)
    return;
  sodium_memzero(s, strlen(s));
  g_free(s);
}

void
cv_wipe_free_len(void *p, gsize len)
{
  if (p == NULL)
    return;
  sodium_memzero(p, len);
  g_free(p);
}

void
cv_gstring_reserve_wiped(GString *s, gsize extra)
{
  if (s->len + extra + 1 <= s->allocated_len)
    return;
  gsize cap = MAX(s->allocated_len, 64);
  while (cap < s->len + extra + 1)
    cap *= 2;
  char *fresh = g_malloc(cap);
  memcpy(fresh, s->str, s->len + 1);
  sodium_memzero(s->str, s->allocated_len);
  g_free(s->str);
  s->str = fresh;
  s->allocated_len = cap;
}

void
cv_gstring_wipe_free(GString *s)
{
  if (s == NULL)
    return;
  sodium_memzero(s->str, s->allocated_len);
  g_string_free(s, TRUE);
}
