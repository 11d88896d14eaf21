/* text.c — owns the decoding of plain-text files to UTF-8 and the text
 * reader (CSV, Markdown and the other text types read as text).
 *
 * Order of decisions: a BOM (UTF-8, UTF-16LE/BE, UTF-32LE/BE) wins; then
 * valid UTF-8; then BOM-less UTF-16 recognised by its NUL bytes; then a
 * declared charset other than UTF-8/ASCII/ISO-8859-1 via g_convert; then
 * Windows-1252 (a superset of the printable ISO-8859-1 range) with the five
 * bytes CP1252 leaves undefined mapped to U+FFFD.  Mostly-UTF-8 text with a
 * few broken sequences keeps its UTF-8 (broken bytes become U+FFFD).
 * Decoding never fails.  A form feed in a text file starts a new page.
 */
#include "ingest-private.h"

#include <string.h>

/* Windows-1252 0x80..0x9F; 0 = undefined. */
static const guint16 cp1252_high[32] = {
  0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
  0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

static char *
decode_cp1252(const guint8 *data, gsize len, gsize *out_len)
{
  GString *out = g_string_sized_new(len + len / 8 + 1);
  for (gsize i = 0; i < len; i++) {
    guint8 b = data[i];
    if (b == 0) {
      continue; /* NUL: dropped */
    } else if (b < 0x80) {
      g_string_append_c(out, (char)b);
    } else {
      gunichar c = b;
      if (b < 0xA0)
        c = cp1252_high[b - 0x80] ? cp1252_high[b - 0x80] : 0xFFFD;
      g_string_append_unichar(out, c);
    }
  }
  *out_len = out->len;
  return g_string_free(out, FALSE);
}

static char *
decode_utf16(const guint8 *data, gsize len, gboolean big_endian,
             gsize *out_len)
{
  GString *out = g_string_sized_new(len + 1);
  gsize i = 0;
  while (i + 1 < len) {
    guint16 u = big_endian ? (guint16)(data[i] << 8 | data[i + 1])
                           : (guint16)(data[i + 1] << 8 | data[i]);
    i += 2;
    gunichar c = u;
    if (u >= 0xD800 && u <= 0xDBFF) {
      if (i + 1 < len) {
        guint16 lo = big_endian ? (guint16)(data[i] << 8 | data[i + 1])
                                : (guint16)(data[i + 1] << 8 | data[i]);
        if (lo >= 0xDC00 && lo <= 0xDFFF) {
          c = 0x10000 + ((gunichar)(u - 0xD800) << 10) + (lo - 0xDC00);
          i += 2;
        } else {
          c = 0xFFFD;
        }
      } else {
        c = 0xFFFD;
      }
    } else if (u >= 0xDC00 && u <= 0xDFFF) {
      c = 0xFFFD;
    } else if (u == 0) {
      continue; /* NUL: dropped */
    }
    g_string_append_unichar(out, c);
  }
  if (i < len) /* odd trailing byte */
    g_string_append_unichar(out, 0xFFFD);
  *out_len = out->len;
  return g_string_free(out, FALSE);
}

static char *
decode_utf32(const guint8 *data, gsize len, gboolean big_endian,
             gsize *out_len)
{
  GString *out = g_string_sized_new(len / 2 + 1);
  gsize i = 0;
  for (; i + 3 < len; i += 4) {
    gunichar c = big_endian
                     ? ((gunichar)data[i] << 24 | (gunichar)data[i + 1] << 16 |
                        (gunichar)data[i + 2] << 8 | data[i + 3])
                     : ((gunichar)data[i + 3] << 24 | (gunichar)data[i + 2] << 16 |
                        (gunichar)data[i + 1] << 8 | data[i]);
    if (c == 0)
      continue;
    if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
      c = 0xFFFD;
    g_string_append_unichar(out, c);
  }
  if (i < len)
    g_string_append_unichar(out, 0xFFFD);
  *out_len = out->len;
  return g_string_free(out, FALSE);
}

/* UTF-8 with a few broken sequences: copy, broken bytes -> U+FFFD. */
static char *
decode_utf8_lossy(const guint8 *data, gsize len, gsize *out_len)
{
  GString *out = g_string_sized_new(len + 16);
  const char *p = (const char *)data;
  const char *end = p + len;
  while (p < end) {
    const char *bad;
    if (g_utf8_validate_len(p, end - p, &bad)) {
      g_string_append_len(out, p, end - p);
      break;
    }
    g_string_append_len(out, p, bad - p);
    if (*bad == '\0')
      p = bad + 1; /* NUL byte: dropped */
    else {
      g_string_append(out, "\xEF\xBF\xBD");
      p = bad + 1;
    }
  }
  *out_len = out->len;
  return g_string_free(out, FALSE);
}

/* Counts valid multi-byte UTF-8 sequences and invalid bytes. */
static void
utf8_census(const guint8 *data, gsize len, gsize *good_multi, gsize *bad)
{
  const char *p = (const char *)data;
  const char *end = p + len;
  *good_multi = 0;
  *bad = 0;
  while (p < end) {
    if ((guchar)*p < 0x80) {
      p++;
      continue;
    }
    gunichar c = g_utf8_get_char_validated(p, end - p);
    if (c == (gunichar)-1 || c == (gunichar)-2) {
      (*bad)++;
      p++;
    } else {
      (*good_multi)++;
      p = g_utf8_next_char(p);
    }
  }
}

/* BOM-less UTF-16: one of the two byte columns is mostly NUL. */
static int
guess_utf16(const guint8 *data, gsize len)
{
  if (len < 4 || len % 2 != 0)
    return 0;
  gsize n = MIN(len, 4096) / 2;
  gsize zero_even = 0, zero_odd = 0;
  for (gsize i = 0; i < n; i++) {
    zero_even += data[2 * i] == 0;
    zero_odd += data[2 * i + 1] == 0;
  }
  if (zero_odd * 10 >= n * 6 && zero_even * 10 < n)
    return 1; /* little-endian: high bytes (odd) are zero */
  if (zero_even * 10 >= n * 6 && zero_odd * 10 < n)
    return 2;
  return 0;
}

static gboolean
charset_is(const char *hint, const char *name)
{
  return hint != NULL && g_ascii_strcasecmp(hint, name) == 0;
}

char *
cv_text_decode(const guint8 *data, gsize len, const char *charset_hint,
               gsize *out_len)
{
  if (len >= 4 && data[0] == 0xFF && data[1] == 0xFE && data[2] == 0 &&
      data[3] == 0)
    return decode_utf32(data + 4, len - 4, FALSE, out_len);
  if (len >= 4 && data[0] == 0 && data[1] == 0 && data[2] == 0xFE &&
      data[3] == 0xFF)
    return decode_utf32(data + 4, len - 4, TRUE, out_len);
  if (len >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF)
    return decode_utf8_lossy(data + 3, len - 3, out_len);
  if (len >= 2 && data[0] == 0xFF && data[1] == 0xFE)
    return decode_utf16(data + 2, len - 2, FALSE, out_len);
  if (len >= 2 && data[0] == 0xFE && data[1] == 0xFF)
    return decode_utf16(data + 2, len - 2, TRUE, out_len);

  if (charset_is(charset_hint, "utf-16le"))
    return decode_utf16(data, len, FALSE, out_len);
  if (charset_is(charset_hint, "utf-16be"))
    return decode_utf16(data, len, TRUE, out_len);

  if (g_utf8_validate_len((const char *)data, len, NULL))
    return decode_utf8_lossy(data, len, out_len); /* drops NULs if any */

  int u16 = guess_utf16(data, len);
  if (u16 != 0)
    return decode_utf16(data, len, u16 == 2, out_len);

  /* A declared charset that is neither UTF-8 nor Latin-1-like. */
  if (charset_hint != NULL && !charset_is(charset_hint, "utf-8") &&
      !charset_is(charset_hint, "us-ascii") &&
      !charset_is(charset_hint, "iso-8859-1") &&
      !charset_is(charset_hint, "latin1") &&
      !charset_is(charset_hint, "windows-1252") &&
      !charset_is(charset_hint, "cp1252") &&
      !charset_is(charset_hint, "unknown-8bit") &&
      !charset_is(charset_hint, "binary")) {
    gsize written = 0;
    char *conv = g_convert((const char *)data, (gssize)len, "UTF-8",
                           charset_hint, NULL, &written, NULL);
    if (conv != NULL) {
      *out_len = written;
      return conv;
    }
  }

  gsize good = 0, bad = 0;
  utf8_census(data, len, &good, &bad);
  if (good > 0 && good >= bad * 4)
    return decode_utf8_lossy(data, len, out_len);
  return decode_cp1252(data, len, out_len);
}

gboolean
cv_read_text(CvExtractor *ex, CvDocBuilder *b, const guint8 *data, gsize len,
             const char *charset_hint, GError **error)
{
  gsize ulen = 0;
  g_auto(CvWipedStr) utf8 = cv_text_decode(data, len, charset_hint, &ulen);
  /* Form feeds split pages. */
  const char *p = utf8;
  const char *end = utf8 + ulen;
  for (;;) {
    const char *ff = memchr(p, '\f', end - p);
    const char *stop = ff != NULL ? ff : end;
    if (ff == NULL && p > utf8) {
      /* "...\f" then only whitespace: no trailing empty page */
      const char *q = p;
      while (q < end && g_ascii_isspace(*q))
        q++;
      if (q == end)
        break;
    }
    if (!cv_doc_builder_add_page(b, p, stop - p, CV_PAGE_TEXT, -1.0f, error))
      return FALSE;
    if (ff == NULL)
      break;
    p = ff + 1;
  }
  return TRUE;
}
