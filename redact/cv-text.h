/* cv-text.h — text primitives with one owner, shared by the redaction
 * stage and the index's tokeniser (store/tokenize.c): accent and case
 * folding, and the French/English guess.  Internal: not installed, not
 * part of the public API of cv-redact.h. */
#pragma once

#include <glib.h>
#include <sodium.h>
#include <string.h>

#include "cv-redact.h" /* CvLang */

G_BEGIN_DECLS

/* --- wiping what held document text or keys (one owner for redact/,
 * store/ and tools/; ingest/ has its own in normalize.c, being below
 * redact/ in the pipeline) --- */

/* Wipes @len bytes at @p, then g_free (NULL accepted). */
static inline void
cv_text_wipe_len(gpointer p, gsize len)
{
  if (p == NULL)
    return;
  sodium_memzero(p, len);
  g_free(p);
}

/* Wipes a NUL-terminated string, then g_free (a GDestroyNotify). */
static inline void
cv_text_wipe_str(gpointer s)
{
  if (s != NULL)
    cv_text_wipe_len(s, strlen(s));
}

/* Wipes a GByteArray's bytes, then drops it (a GDestroyNotify). */
static inline void
cv_text_wipe_byte_array(gpointer array)
{
  GByteArray *b = array;
  if (b == NULL)
    return;
  sodium_memzero(b->data, b->len);
  g_byte_array_unref(b);
}

/* The Latin-1 letters U+00C0..U+00FF (UTF-8 C3 80..C3 BF) that decompose
 * into an ASCII letter and marks: that letter, case kept; 0 for the others
 * (Æ Ð × Ø Þ ß æ ð ÷ ø þ). */
extern const char cv_text_latin1_base[64];

/* Folds the Latin-1 letter C3 @c1 (0x80..0xBF) for look-ups: lower-case
 * ASCII, Æ æ as "ae", Ð ð → d, Ø ø → o, Þ þ → t, ß → s.  Writes one or
 * two bytes to @out and returns their count; 0 for × and ÷. */
static inline gsize
cv_text_fold_latin1(guint8 c1, char *out)
{
  char b = cv_text_latin1_base[(c1 - 0x80) & 63];
  if (b) {
    out[0] = (char)(b | 0x20);
    return 1;
  }
  switch (c1 | 0x20) {
  case 0xA6: /* Æ æ */
    out[0] = 'a';
    out[1] = 'e';
    return 2;
  case 0xB0: /* Ð ð */
    out[0] = 'd';
    return 1;
  case 0xB8: /* Ø ø */
    out[0] = 'o';
    return 1;
  case 0xBE: /* Þ þ */
    out[0] = 't';
    return 1;
  case 0xBF: /* ß (0x9F) */
    if (c1 == 0x9F) {
      out[0] = 's';
      return 1;
    }
    return 0;
  default:
    return 0;
  }
}

/* The letters of Latin Extended-A and -B and of the IPA block
 * (U+0100-U+02AF, entries 0-431: "ə", "ɛ") and of Latin Extended
 * Additional (U+1E00-U+1EFF, Vietnamese; entries 432-687): the ASCII letter
 * each is written from (low seven bits, 0 for none) and 0x80 for a capital
 * ("Ģederts", "Celmiņš", "Đoàn", "Huệ"). */
extern const guint8 cv_text_ext_fold[688];

/* The entry of cv_text_ext_fold for the UTF-8 letter at @u (@n bytes
 * readable), -1 if it is none of them; *@clen gets its length. */
static inline int
cv_text_ext_index(const guint8 *u, gsize n, gsize *clen)
{
  if (n >= 2 && u[0] >= 0xC4 && u[0] <= 0xCA && (u[1] & 0xC0) == 0x80) {
    guint cp = (guint)(u[0] & 0x1F) << 6 | (u[1] & 0x3F);
    *clen = 2;
    return cp < 0x2B0 ? (int)(cp - 0x100) : -1;
  }
  if (n >= 3 && u[0] == 0xE1 && u[1] >= 0xB8 && u[1] <= 0xBB &&
      (u[2] & 0xC0) == 0x80) {
    *clen = 3;
    return 432 + (int)((guint)(u[1] - 0xB8) << 6 | (u[2] & 0x3F));
  }
  return -1;
}

/* Folds the letter of @clen bytes at @u for look-ups: ASCII lower-cased,
 * Latin-1 through cv_text_fold_latin1(), Œ œ as "oe", the letters of
 * cv_text_ext_fold to their ASCII letter.  Returns the bytes written to
 * @out (one or two), 0 for a letter it does not fold. */
static inline gsize
cv_text_fold_letter(const guint8 *u, gsize clen, char *out)
{
  if (clen == 1) {
    out[0] = (char)(u[0] >= 'A' && u[0] <= 'Z' ? u[0] + 32 : u[0]);
    return 1;
  }
  if (clen == 2 && u[0] == 0xC3)
    return cv_text_fold_latin1(u[1], out);
  if (clen == 2 && u[0] == 0xC5 && (u[1] == 0x92 || u[1] == 0x93)) {
    out[0] = 'o';
    out[1] = 'e';
    return 2;
  }
  gsize cl;
  int x = cv_text_ext_index(u, clen, &cl);
  if (x >= 0 && cl == clen && (cv_text_ext_fold[x] & 0x7F)) {
    out[0] = (char)(cv_text_ext_fold[x] & 0x7F);
    return 1;
  }
  return 0;
}

/* Appends @s (lower-case UTF-8, @len bytes) to @out without diacritics,
 * as the index's terms are written: Latin-1 letters through the table
 * above, anything else through NFD (marks dropped; œ → oe, æ → ae,
 * ß → ss; letters without a decomposition kept). */
void cv_text_fold_accents(const char *s, gsize len, GString *out);

/* French or English (never CV_LANG_AUTO): votes of frequent function words
 * among the ASCII words of the first 4 KiB; French when undecided. */
CvLang cv_text_guess_lang(const char *text, gsize len);

G_END_DECLS
