/* chunk.c — owns cv_ingest_chunk(): cutting (redacted) text into spans of
 * about `target` bytes for the store.  Pure function: no allocation other
 * than the result, no global state, no logging.
 *
 * Spans never start or end with whitespace and never contain only
 * whitespace: the whitespace between two spans belongs to neither, and every
 * other byte of the text belongs to exactly one span, in order.  A span is
 * at most 2 x target bytes.  Cut points are chosen in the window
 * [start + target/2, start + 3*target/2] (extended to 2 x target when the
 * window has no candidate), closest to start + target, preferring in turn:
 * a paragraph break (blank line or '\f'), a line break, the end of a
 * sentence, any whitespace, and finally any UTF-8 character boundary.
 */
#include "cv-ingest.h"

enum { CUT_CHAR = 1, CUT_WORD, CUT_SENTENCE, CUT_LINE, CUT_PARAGRAPH };

static gboolean
is_space(char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}

/* U+00A0 (C2 A0) counts as a word separator, but not as "whitespace" for
 * trimming: it is part of values like "12 345". */

/* Quality of cutting right before byte @i (the span ends at @i, the next
 * one starts after the whitespace at @i). */
static int
cut_quality(const char *text, gsize len, gsize i)
{
  if (i >= len)
    return CUT_PARAGRAPH;
  guchar c = (guchar)text[i];
  if ((c & 0xC0) == 0x80)
    return 0; /* inside a UTF-8 sequence */
  if (!is_space((char)c))
    return i > 0 && is_space(text[i - 1]) ? 0 : CUT_CHAR;
  if (i > 0 && is_space(text[i - 1]))
    return 0; /* cut at the first whitespace of a run only */
  /* Look at the whole run of whitespace starting at i. */
  int newlines = 0;
  gboolean ff = FALSE;
  for (gsize j = i; j < len && is_space(text[j]); j++) {
    if (text[j] == '\n')
      newlines++;
    else if (text[j] == '\f')
      ff = TRUE;
  }
  if (ff || newlines >= 2)
    return CUT_PARAGRAPH;
  if (newlines == 1)
    return CUT_LINE;
  if (i > 0) {
    char p = text[i - 1];
    gsize k = i - 1;
    /* skip closing quotes/brackets after the punctuation */
    while (k > 0 && (p == '"' || p == ')' || p == '\'' || p == ']'))
      p = text[--k];
    if (p == '.' || p == '!' || p == '?' || p == ':' || p == ';')
      return CUT_SENTENCE;
    /* U+2026 horizontal ellipsis, U+00BB » */
    if (k >= 2 && (guchar)text[k - 2] == 0xE2 && (guchar)text[k - 1] == 0x80 &&
        (guchar)text[k] == 0xA6)
      return CUT_SENTENCE;
  }
  return CUT_WORD;
}

static guint
page_of(const gsize *offsets, guint n_pages, gsize pos)
{
  if (offsets == NULL || n_pages <= 1)
    return 1;
  /* largest i with offsets[i] <= pos */
  guint lo = 0, hi = n_pages - 1;
  while (lo < hi) {
    guint mid = lo + (hi - lo + 1) / 2;
    if (offsets[mid] <= pos)
      lo = mid;
    else
      hi = mid - 1;
  }
  return lo + 1;
}

static gsize
best_cut(const char *text, gsize len, gsize from, gsize to, gsize ideal,
         int *quality)
{
  gsize best = 0;
  int best_q = 0;
  gsize best_dist = G_MAXSIZE;
  for (gsize i = from; i <= to && i <= len; i++) {
    int q = cut_quality(text, len, i);
    if (q == 0 || q < best_q)
      continue;
    gsize dist = i > ideal ? i - ideal : ideal - i;
    if (q > best_q || dist < best_dist) {
      best = i;
      best_q = q;
      best_dist = dist;
    }
  }
  *quality = best_q;
  return best;
}

GArray *
cv_ingest_chunk(const char *text, gsize len, const gsize *page_offsets,
                guint n_pages, gsize target)
{
  GArray *spans = g_array_new(FALSE, FALSE, sizeof(CvChunkSpan));
  if (text == NULL || len == 0)
    return spans;
  if (target < 16)
    target = 16;

  gsize pos = 0;
  for (;;) {
    while (pos < len && is_space(text[pos]))
      pos++;
    if (pos >= len)
      break;
    gsize end;
    if (len - pos <= target + target / 4) {
      end = len;
    } else {
      int q = 0;
      gsize ideal = pos + target;
      end = best_cut(text, len, pos + target / 2, pos + target + target / 2,
                     ideal, &q);
      if (q < CUT_WORD) {
        int q2 = 0;
        gsize e2 = best_cut(text, len, pos + target / 2, pos + 2 * target,
                            ideal, &q2);
        if (q2 > q) {
          end = e2;
          q = q2;
        }
      }
      if (q == 0) {
        /* no boundary at all: back up to a character start */
        end = pos + target;
        while (end > pos + 1 && ((guchar)text[end] & 0xC0) == 0x80)
          end--;
      }
    }
    /* trim trailing whitespace */
    gsize stop = end;
    while (stop > pos && is_space(text[stop - 1]))
      stop--;
    CvChunkSpan s = {
      .start = pos,
      .end = stop,
      .first_page = page_of(page_offsets, n_pages, pos),
      .last_page = page_of(page_offsets, n_pages, stop - 1),
    };
    g_array_append_val(spans, s);
    pos = end;
  }
  return spans;
}
