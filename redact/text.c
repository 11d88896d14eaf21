/* text.c — owns the text primitives of cv-text.h, shared by the redaction
 * stage (look-up folding, the language of a document) and the index's
 * tokeniser (terms without accents, the language of a document or a
 * query): one table of Latin-1 letters, one accent fold, one language
 * guess. */
#include "cv-text.h"

#include <sodium.h>
#include <string.h>

const char cv_text_latin1_base[64] = "AAAAAA\0CEEEEIIII\0NOOOOO\0\0UUUUY\0\0"
                                     "aaaaaa\0ceeeeiiii\0nooooo\0\0uuuuy\0y";

void
cv_text_fold_accents(const char *s, gsize len, GString *out)
{
  gboolean ascii = TRUE;
  for (gsize i = 0; i < len; i++)
    if ((guchar)s[i] >= 0x80) {
      ascii = FALSE;
      break;
    }
  if (ascii) {
    g_string_append_len(out, s, (gssize)len);
    return;
  }
  /* Fast path: ASCII plus Latin-1 letters that decompose to an ASCII
   * letter and marks (U+00C0-U+00FF, two bytes C3 xx), and œ; anything
   * else takes the NFD path below, which gives the same result for these. */
  gsize start = out->len;
  gboolean fast = TRUE;
  for (gsize i = 0; i < len && fast; i++) {
    guchar b = (guchar)s[i];
    if (b < 0x80) {
      g_string_append_c(out, (char)b);
    } else if (b == 0xC3 && i + 1 < len && (guchar)s[i + 1] >= 0x80 &&
               (guchar)s[i + 1] <= 0xBF &&
               cv_text_latin1_base[(guchar)s[i + 1] - 0x80]) {
      g_string_append_c(out, cv_text_latin1_base[(guchar)s[i + 1] - 0x80]);
      i++;
    } else if (b == 0xC5 && i + 1 < len && (guchar)s[i + 1] == 0x93) {
      g_string_append_len(out, "oe", 2);
      i++;
    } else {
      fast = FALSE;
    }
  }
  if (fast)
    return;
  sodium_memzero(out->str + start, out->len - start);
  g_string_truncate(out, start);
  char *nfd = g_utf8_normalize(s, (gssize)len, G_NORMALIZE_NFD);
  if (!nfd)
    return;
  gsize nfd_len = strlen(nfd);
  for (const char *p = nfd; *p; p = g_utf8_next_char(p)) {
    gunichar c = g_utf8_get_char(p);
    if (g_unichar_type(c) == G_UNICODE_NON_SPACING_MARK)
      continue;
    switch (c) {
    case 0x0153:
      g_string_append(out, "oe");
      break; /* œ */
    case 0x00E6:
      g_string_append(out, "ae");
      break; /* æ */
    case 0x00DF:
      g_string_append(out, "ss");
      break; /* ß */
    default:
      g_string_append_unichar(out, c);
    }
  }
  sodium_memzero(nfd, nfd_len);
  g_free(nfd);
}

/* Words that mark a language (lower case), sorted for bsearch. */
static const char *const fr_markers[] = {
  "au",  "aux",  "avec", "ce",  "cette", "d",    "dans", "des", "du",
  "est", "et",   "l",    "la",  "le",    "les",  "nous", "ou",  "par",
  "pas", "pour", "qu",   "que", "qui",   "sont", "sur",  "une", "vous",
};
static const char *const en_markers[] = {
  "an",   "and", "are",  "be",   "by",    "can",  "do",   "does", "for",
  "from", "how", "is",   "it",   "of",    "on",   "that", "the",  "this",
  "to",   "was", "were", "what", "which", "will", "with", "you",
};

static int
cmp_word(const void *a, const void *b)
{
  return strcmp((const char *)a, *(const char *const *)b);
}

static gboolean
marker(const char *const *list, gsize n, const char *w)
{
  return bsearch(w, list, n, sizeof *list, cmp_word) != NULL;
}

CvLang
cv_text_guess_lang(const char *text, gsize len)
{
  if (!text)
    return CV_LANG_FR;
  gsize n = MIN(len, (gsize)4096);
  guint fr = 0, en = 0;
  const char *p = text, *end = text + n;
  char buf[16];
  while (p < end) {
    while (p < end && !g_ascii_isalpha(*p))
      p++;
    const char *s = p;
    while (p < end && g_ascii_isalpha(*p))
      p++;
    gsize wl = (gsize)(p - s);
    if (wl == 0 || wl >= sizeof buf)
      continue;
    for (gsize i = 0; i < wl; i++)
      buf[i] = g_ascii_tolower(s[i]);
    buf[wl] = '\0';
    fr += marker(fr_markers, G_N_ELEMENTS(fr_markers), buf);
    en += marker(en_markers, G_N_ELEMENTS(en_markers), buf);
  }
  return en > fr ? CV_LANG_EN : CV_LANG_FR;
}
