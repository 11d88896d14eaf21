/* scan-words.c — owns the word reader shared by the word detectors
 * (scan-*.c): a word with its folded form and context categories, spaces,
 * name particles and words, the name reader, skip of titles, line ends. */
#define _GNU_SOURCE 1
#include "scan-words.h"

#include <string.h>

/* ---- words ----------------------------------------------------------------- */

/* Reads the word at @p (no leading space skipped).  Returns FALSE if no
 * word starts there. */
gboolean
cv_word_at(const char *p, const char *end, Word *w)
{
  gsize cl;
  gboolean up;
  w->s = p;
  w->digit = FALSE;
  if (p < end && cv_is_digit(*p)) {
    /* ordinals: 1re, 2e, 3rd, 21st, 1er */
    const char *q = p;
    while (q < end && cv_is_digit(*q) && q - p < 3)
      q++;
    const char *r = q;
    while (r < end && cv_is_alpha_ascii(*r) && r - q < 3)
      r++;
    if (r == q || (r < end && cv_is_alnum_ascii(*r)))
      return FALSE;
    w->e = r;
    w->digit = TRUE;
    w->cap = FALSE;
    w->upper = FALSE;
    w->fn = cv_fold(p, r, w->f, sizeof w->f);
    w->cats = 0;
    return TRUE;
  }
  if (p >= end || !cv_letter_at(p, end, &cl, &up))
    return FALSE;
  w->cap = up;
  w->upper = up;
  const char *q = p;
  for (;;) {
    for (;;) {
      if (q < end && cv_letter_at(q, end, &cl, &up)) {
        if (!up)
          w->upper = FALSE;
        q += cl;
      } else if (q < end && *q == '|' && q > p) {
        q++; /* OCR: "|" for "l" inside a word */
        w->upper = FALSE;
      } else {
        break;
      }
    }
    gsize jl = cv_name_joiner_len(q, end);
    if (jl && q + jl < end && cv_letter_at(q + jl, end, &cl, &up)) {
      q += jl;
      continue;
    }
    break;
  }
  w->e = q;
  w->fn = cv_fold(p, q, w->f, sizeof w->f);
  w->cats = w->fn ? cv_ctx_lookup(w->f, w->fn, &w->value) : 0;
  return TRUE;
}

/* Skips horizontal space (not line breaks); returns the new position. */
const char *
cv_skip_hspace(const char *p, const char *end)
{
  gsize l;
  while (p < end && (l = cv_hspace_len(p, end)) != 0)
    p += l;
  return p;
}

/* Can a capitalised word start at @p?  (cheap test before cv_word_at) */
gboolean
cv_maybe_cap(const char *p, const char *end)
{
  guint8 c = (guint8)*p;
  if (c >= 'A' && c <= 'Z')
    return TRUE;
  if (c == 0xC3)
    return p + 1 < end && (guint8)p[1] < 0xA0;
  gsize cl;
  int x = cv_text_ext_index((const guint8 *)p, (gsize)(end - p), &cl);
  return x >= 0 && (cv_text_ext_fold[x] & 0x80);
}

gboolean
cv_is_particle_word(const Word *w)
{
  if (w->cap && !w->upper)
    return FALSE;
  if (w->cats & CV_CTX_PARTICLE)
    return TRUE;
  /* l'Église, d'Youville */
  if (w->fn >= 3 && (w->f[0] == 'l' || w->f[0] == 'd') && w->f[1] == '\'')
    return TRUE;
  return w->fn == 1 && (w->f[0] == 'a'); /* "à" folded */
}

/* A particle inside a person name: the lower-case ones, and the capitalised
 * "De", "Des", "Du", "Van", "Von", "Da", "Di", "Del", "Dos", "El", "Ben"
 * (not "Le"/"La": "Jean Roy La Presse"). */
gboolean
cv_name_particle(const Word *w)
{
  if (cv_is_particle_word(w))
    return TRUE;
  if (!(w->cats & CV_CTX_PARTICLE) || w->upper)
    return FALSE;
  return !(w->fn == 2 && w->f[0] == 'l');
}

gboolean
cv_word_in(const Word *w, const char *const *list, gsize n)
{
  for (gsize k = 0; k < n; k++)
    if (w->fn == strlen(list[k]) && memcmp(w->f, list[k], w->fn) == 0)
      return TRUE;
  return FALSE;
}

gboolean
cv_opens_with_any(const char *p, const char *end, const char *const *list, gsize n)
{
  if (p >= end)
    return FALSE;
  for (gsize k = 0; k < n; k++) {
    if (list[k][0] != *p)
      continue;
    gsize l = strlen(list[k]);
    if ((gsize)(end - p) >= l && memcmp(p, list[k], l) == 0)
      return TRUE;
  }
  return FALSE;
}
