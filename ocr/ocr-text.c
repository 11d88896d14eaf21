/* ocr-text.c — post-processing of Tesseract's page text that belongs to
 * OCR: trailing spaces and surplus blank lines dropped, paragraph breaks
 * (one blank line) kept, e-mail domains split by OCR mended, specks
 * inside numbers and dates OCR misread in one place mended.  Line-end
 * hyphens, ligatures, soft hyphens and Unicode normalisation (NFC) are
 * ingest/'s (ingest/normalize.c, which runs on every OCR page).
 *
 * The output is never longer than the input, so its buffer is sized once
 * and never reallocated: no stray copy of page text is left in freed heap.
 */
#include "ocr-private.h"

#include <string.h>

/* Removes blanks at the end of @out (before a newline is written). */
static void
trim_trailing_blanks(GString *out)
{
  while (out->len > 0 && (out->str[out->len - 1] == ' ' || out->str[out->len - 1] == '\t'))
    out->str[--out->len] = '\0';
  /* U+00A0 is two bytes: C2 A0 */
  while (out->len >= 2 && (guchar)out->str[out->len - 2] == 0xC2 &&
         (guchar)out->str[out->len - 1] == 0xA0) {
    out->len -= 2;
    out->str[out->len] = '\0';
    while (out->len > 0 && (out->str[out->len - 1] == ' ' || out->str[out->len - 1] == '\t'))
      out->str[--out->len] = '\0';
  }
}

/* Number of consecutive '\n' at the end of @out. */
static guint
trailing_newlines(const GString *out)
{
  guint n = 0;
  while (n < out->len && out->str[out->len - 1 - n] == '\n')
    n++;
  return n;
}

/* Top-level domains an e-mail address split by OCR is mended for. */
static const char *const email_tlds[] = {
  "ca", "com", "net",  "org", "qc",  "gouv",
  "gc", "fr",  "info", "edu", "biz", NULL,
};

static gboolean
is_label_char(char c)
{
  return g_ascii_isalnum(c) || c == '-' || c == '_';
}

/* A character OCR reads for the dot of a domain. */
static gboolean
is_dot_like(char c)
{
  return c == '.' || c == ',' || c == ':' || c == ';';
}

/* Length of a known top-level domain at @p followed by the end of the word,
 * else 0.  Lowercase only unless @any_case (after a space, "Ca" starts a
 * sentence). */
static gsize
tld_at(const char *p, const char *end, gboolean any_case)
{
  for (guint i = 0; email_tlds[i] != NULL; i++) {
    gsize n = strlen(email_tlds[i]);
    if ((gsize)(end - p) >= n &&
        (any_case ? g_ascii_strncasecmp(p, email_tlds[i], n)
                  : strncmp(p, email_tlds[i], n)) == 0 &&
        (p + n == end || !is_label_char(p[n])))
      return n;
  }
  return 0;
}

/* TRUE if a label, a dot and a label start at @p in @s. */
static gboolean
dotted_domain_at(const GString *s, gsize p)
{
  gsize q = p;
  while (q < s->len && is_label_char(s->str[q]))
    q++;
  return q > p && q + 1 < s->len && s->str[q] == '.' &&
         is_label_char(s->str[q + 1]);
}

/* TRUE if a domain, labels joined by dots and ending in a known top-level
 * domain, starts at @p in @s and ends the word. */
static gboolean
domain_tld_at(const GString *s, gsize p)
{
  gboolean dotted = FALSE;
  for (guint k = 0; k < 8; k++) {
    gsize q = p;
    while (q < s->len && is_label_char(s->str[q]))
      q++;
    if (q == p)
      return FALSE;
    if (dotted && tld_at(s->str + p, s->str + s->len, FALSE) == q - p &&
        (q + 1 >= s->len || s->str[q] != '.' || !is_label_char(s->str[q + 1])))
      return TRUE;
    if (q + 1 >= s->len || s->str[q] != '.' || !is_label_char(s->str[q + 1]))
      return FALSE;
    dotted = TRUE;
    p = q + 1;
  }
  return FALSE;
}

/* TRUE if the word that ends at @e in @s (at most 64 bytes) looks like the
 * local part of an address: letters or digits with a digit, '.' or '_' in
 * it ("simon61", "marie.roy"), not a word of prose. */
static gboolean
local_plausible(const GString *s, gsize e)
{
  gsize b = e;
  gboolean mark = FALSE;
  while (b > 0 && e - b < 64 &&
         (g_ascii_isalnum(s->str[b - 1]) || s->str[b - 1] == '.' ||
          s->str[b - 1] == '_' || s->str[b - 1] == '-')) {
    char c = s->str[b - 1];
    if (g_ascii_isdigit(c) || ((c == '.' || c == '_') && b < e))
      mark = TRUE;
    b--;
  }
  if (b > 0 && (guchar)s->str[b - 1] >= 0x80)
    return FALSE; /* a word with an accent: prose */
  return mark && b < e && g_ascii_isalnum(s->str[b]) &&
         g_ascii_isalnum(s->str[e - 1]);
}

/* Removes @n bytes at @at from @s. */
static void
cut(GString *s, gsize at, gsize n)
{
  g_string_erase(s, (gssize)at, (gssize)n);
}

/* Mends the domains of e-mail addresses that OCR split at a dot, the way
 * Tesseract reads low-resolution scans: "x@sympatico. ca" (space after the
 * dot), "x@out look.com" (space inside a label), "x@outlook com" (dot read
 * as a space), "x@hotmail, com" and "x@outlook:com" (dot misread),
 * "x(@sympatico.ca" (a bracket before the '@').  Only after an '@' that
 * follows a letter or digit, only within a line, and only when the result
 * ends in a known top-level domain; an '@' read twice between letters or
 * digits ("x@@bell.net") is made one.  The text never grows. */
static void
mend_emails(GString *s)
{
  for (gsize at = 1; at < s->len; at++) {
    if (s->str[at] != '@')
      continue;
    if (at >= 2 && (s->str[at - 1] == '(' || s->str[at - 1] == '{') &&
        g_ascii_isalnum(s->str[at - 2]) && dotted_domain_at(s, at + 1)) {
      /* "x(@domain.ca": a bracket OCR made of the '@''s loop */
      cut(s, at - 1, 1);
      at--;
    }
    /* "simon61 @bell.net": a blank OCR put before the '@', taken away
     * below only when the local part has a digit, '.' or '_' and the
     * domain ends in a known top-level domain */
    gboolean blank_before = at >= 2 && s->str[at - 1] == ' ' &&
                            g_ascii_isalnum(s->str[at - 2]) &&
                            at + 1 < s->len && g_ascii_isalnum(s->str[at + 1]);
    if (!g_ascii_isalnum(s->str[at - 1]) && !blank_before)
      continue;
    if (!blank_before && at + 2 < s->len && s->str[at + 1] == ' ' &&
        g_ascii_isalnum(s->str[at + 2]) && local_plausible(s, at) &&
        domain_tld_at(s, at + 2))
      cut(s, at + 1, 1); /* "simon61@ bell.net": a blank after the '@' */
    if (at + 2 < s->len && s->str[at + 1] == '@' &&
        g_ascii_isalnum(s->str[at + 2]))
      cut(s, at + 1, 1); /* "x@@domain": the '@' read twice */
    gsize p = at + 1;
    gboolean dotted = FALSE;
    for (;;) {
      const char *end = s->str + s->len;
      gsize q = p;
      while (q < s->len && is_label_char(s->str[q]))
        q++;
      if (q == p)
        break; /* no label */
      if (q + 1 < s->len && s->str[q] == '.' && is_label_char(s->str[q + 1])) {
        dotted = TRUE;
        p = q + 1;
        continue;
      }
      /* "label’tld", "label'tld": the dot read as an apostrophe */
      gsize al =
          q < s->len && s->str[q] == '\'' ? 1
          : (q + 2 < s->len && (guint8)s->str[q] == 0xE2 &&
             (guint8)s->str[q + 1] == 0x80 && (guint8)s->str[q + 2] == 0x99)
              ? 3
              : 0;
      if (al > 0 && tld_at(s->str + q + al, end, FALSE) > 0) {
        s->str[q] = '.';
        cut(s, q + 1, al - 1);
        break;
      }
      /* "label. tld", "label, tld", "label:tld", "label. .tld": the dot
       * misread, doubled or followed by blanks; one dot is left */
      gsize r = q + 1;
      while (r < s->len && s->str[r] == ' ')
        r++;
      /* "label .tld": blanks before the dot (one or two) */
      gboolean blank_dot = q < s->len && s->str[q] == ' ' && r - q <= 2 &&
                           r < s->len && s->str[r] == '.';
      if (q < s->len && (is_dot_like(s->str[q]) || blank_dot)) {
        gsize v = q + 1;
        while (v < s->len && v - q < 4 &&
               (s->str[v] == ' ' || is_dot_like(s->str[v])))
          v++;
        if ((v > q + 1 || s->str[q] != '.') &&
            tld_at(s->str + v, end, FALSE) > 0) {
          s->str[q] = '.';
          cut(s, q + 1, v - (q + 1));
          break;
        }
      }
      if (q < s->len && s->str[q] == ' ' && r == q + 1 && !dotted) {
        /* "out look.com", "out look. com": the next word goes on with a
         * label and a dot (then the blanks after the dot go, above) */
        gsize t = r;
        while (t < s->len && is_label_char(s->str[t]))
          t++;
        gsize d = t; /* "out look .com": a blank before the dot too */
        if (d + 1 < s->len && s->str[d] == ' ' && s->str[d + 1] == '.')
          d++;
        gsize u = d + 1;
        while (u < s->len && s->str[u] == ' ')
          u++;
        if (t > r && u < s->len && s->str[d] == '.' &&
            tld_at(s->str + u, end, u == d + 1) > 0) {
          cut(s, q, 1);
          dotted = TRUE;
          p = q;
          continue;
        }
        /* "outlook com": a space where the dot was */
        if (tld_at(s->str + r, end, FALSE) > 0)
          s->str[q] = '.';
      }
      break;
    }
    if (blank_before && local_plausible(s, at - 1) && domain_tld_at(s, at + 1)) {
      cut(s, at - 1, 1);
      at--;
    }
  }
}

/* Length of an opening or closing quotation mark at @p (curly double or
 * single, low double), 0 if none. */
static gsize
quote_len(const char *p, const char *end)
{
  if (end - p >= 3 && (guint8)p[0] == 0xE2 && (guint8)p[1] == 0x80 &&
      ((guint8)p[2] >= 0x98 && (guint8)p[2] <= 0x9E))
    return 3;
  return 0;
}

/* Mends the specks OCR reads inside a number split in groups: a quotation
 * mark glued to the next group after a space or hyphen ("581-428 “8240":
 * a speck of toner), and a comma read for the space of a 3-3-3 number
 * ("431, 874 650").  Only between digits, within a line, the whole number
 * bounded by non-digits; the text never grows. */
static void
mend_number_specks(GString *s)
{
  for (gsize i = 1; i + 1 < s->len; i++) {
    const char *p = s->str + i;
    const char *end = s->str + s->len;
    if ((p[0] == ' ' || p[0] == '-') && g_ascii_isdigit(p[-1])) {
      gsize ql = quote_len(p + 1, end);
      if (ql && p + 1 + ql < end && g_ascii_isdigit(p[1 + ql])) {
        cut(s, i + 1, ql);
        continue;
      }
    }
    /* "514 320:7503": a phone number's hyphen read as a colon (a time
     * has two digits after its colon, never four) */
    if (p[0] == ':' && i >= 8 && i + 5 <= s->len && g_ascii_isdigit(p[-1]) &&
        g_ascii_isdigit(p[-2]) && g_ascii_isdigit(p[-3]) &&
        (p[-4] == ' ' || p[-4] == '-') &&
        (p[-5] == ')' ? i >= 9 && p[-9] == '('
                      : g_ascii_isdigit(p[-5]) && g_ascii_isdigit(p[-6]) &&
                            g_ascii_isdigit(p[-7]) && !g_ascii_isalnum(p[-8]) &&
                            p[-8] != ':') &&
        g_ascii_isdigit(p[1]) && g_ascii_isdigit(p[2]) &&
        g_ascii_isdigit(p[3]) && g_ascii_isdigit(p[4]) &&
        (i + 5 == s->len || (!g_ascii_isalnum(p[5]) &&
                             !((p[5] == ':' || p[5] == '.' || p[5] == ',') &&
                               i + 6 < s->len && g_ascii_isdigit(p[6]))))) {
      s->str[i] = '-';
      continue;
    }
    /* "ddd, ddd ddd": exactly three groups of three */
    if (p[0] == ',' && p[1] == ' ' && i >= 3 && i + 9 <= s->len) {
      const char *a = p - 3;
      gboolean shape = g_ascii_isdigit(a[0]) && g_ascii_isdigit(a[1]) &&
                       g_ascii_isdigit(a[2]) && g_ascii_isdigit(p[2]) &&
                       g_ascii_isdigit(p[3]) && g_ascii_isdigit(p[4]) &&
                       (p[5] == ' ' || p[5] == '-') && g_ascii_isdigit(p[6]) &&
                       g_ascii_isdigit(p[7]) && g_ascii_isdigit(p[8]);
      gboolean before_ok =
          a == s->str ||
          (!g_ascii_isalnum(a[-1]) && a[-1] != ',' && a[-1] != '.' &&
           !(a[-1] == ' ' && a - 1 > s->str && g_ascii_isdigit(a[-2])));
      /* not a list or a longer number: no digit after a separator */
      const char *r = p + 9;
      if (r < end && (*r == ',' || *r == '.'))
        r++;
      while (r < end && *r == ' ' && r - p < 12)
        r++;
      gboolean after_ok =
          p + 9 >= end || (!g_ascii_isalnum(p[9]) &&
                           !(r > p + 9 && r < end && g_ascii_isdigit(*r)));
      if (shape && before_ok && after_ok)
        cut(s, i, 1);
    }
  }
}

static gboolean
is_speck(char c)
{
  return c == '.' || c == ',' || c == '\'' || c == '`';
}

/* Four capitals starting a word at @i of @s (a health number's letters;
 * the caller checks that @i + 4 is inside @s). */
static gboolean
caps4_at(const GString *s, gsize i)
{
  const char *p = s->str + i;
  if (i > 0 && g_ascii_isalnum(p[-1]))
    return FALSE;
  for (int k = 0; k < 4; k++)
    if (!(p[k] >= 'A' && p[k] <= 'Z'))
      return FALSE;
  return TRUE;
}

/* Does a number end at @j of @s: the end, or no letter or digit there, nor
 * a speck before a digit ("ABCD 1234 5678.9" goes on)? */
static gboolean
number_ends_at(const GString *s, gsize j)
{
  return j >= s->len || (!g_ascii_isalnum(s->str[j]) &&
                         !(is_speck(s->str[j]) && j + 1 < s->len &&
                           g_ascii_isdigit(s->str[j + 1])));
}

/* Mends a speck OCR read inside a Québec health number, four capitals and
 * eight digits in two groups of four ("NGUM 9512 27.05", "ALLS 4703
 * .1528"): one '.', ',', '\'' or '`' among the digits of a group, or
 * before the second group, goes.
 * Only that whole shape, bounded by non-alphanumerics, with one speck in
 * all (a speck after a group's last digit is punctuation and stays). */
static void
mend_ramq_specks(GString *s)
{
  for (gsize i = 0; i + 14 <= s->len; i++) {
    if (!caps4_at(s, i) || s->str[i + 4] != ' ')
      continue;
    gsize j = i + 5, speck = 0, slen = 1;
    gboolean ok = TRUE;
    for (int g = 0; g < 2 && ok; g++) {
      if (g > 0) {
        if (j >= s->len || s->str[j] != ' ') {
          ok = FALSE;
          break;
        }
        j++;
      }
      for (int n = 0; n < 4 && ok;) {
        if (j >= s->len) {
          ok = FALSE;
        } else if (g_ascii_isdigit(s->str[j])) {
          n++, j++;
        } else if (is_speck(s->str[j]) && speck == 0) {
          speck = j++;
        } else if (speck == 0 && quote_len(s->str + j, s->str + s->len) > 0) {
          /* "FOUK ‘8704 2029": a curly quote, before a group too */
          speck = j;
          slen = quote_len(s->str + j, s->str + s->len);
          j += slen;
        } else {
          ok = FALSE;
        }
      }
      /* "LEBA 9554. 2612": a speck after the first group */
      if (ok && g == 0 && j + 1 < s->len && is_speck(s->str[j]) &&
          s->str[j + 1] == ' ' && speck == 0)
        speck = j++;
    }
    /* not before the first digit: "ABCD .1234 5678" is no such misread */
    if (ok && (speck > i + 5 || (speck == i + 5 && slen > 1)) &&
        number_ends_at(s, j)) {
      cut(s, speck, slen);
      i = j - slen;
    }
  }
}

/* Mends a blank OCR put inside a health number written solid, four
 * capitals and eight digits ("CLOJ80611 713"): the one blank between two
 * digits goes.  Only that whole shape, bounded by non-alphanumerics. */
static void
mend_ramq_blank(GString *s)
{
  for (gsize i = 0; i + 13 <= s->len; i++) {
    if (!caps4_at(s, i) || !g_ascii_isdigit(s->str[i + 4]))
      continue;
    gsize j = i + 4, blank = 0;
    int n = 0;
    while (j < s->len && n < 8) {
      if (g_ascii_isdigit(s->str[j])) {
        n++, j++;
      } else if (s->str[j] == ' ' && blank == 0 && j + 1 < s->len &&
                 g_ascii_isdigit(s->str[j + 1])) {
        blank = j++;
      } else {
        break;
      }
    }
    if (n == 8 && blank != 0 && number_ends_at(s, j)) {
      cut(s, blank, 1);
      i = j - 2;
    }
  }
}

/* Mends a speck OCR read at the end of a line after a phone number's
 * area code, the number going on on the next line ("le 514 ." / "684-8895"):
 * the blank and the speck go.  Only a bounded group of three digits before,
 * and a bounded ddd-dddd or ddd dddd starting the next line. */
static void
mend_phone_wrap(GString *s)
{
  for (gsize i = 4; i + 11 <= s->len; i++) {
    const char *p = s->str + i;
    if (!(p[0] == ' ' && (p[1] == '.' || p[1] == ',') && p[2] == '\n'))
      continue;
    if (!(g_ascii_isdigit(p[-1]) && g_ascii_isdigit(p[-2]) &&
          g_ascii_isdigit(p[-3]) && (p[-4] == ' ' || p[-4] == '(')))
      continue;
    const char *n = p + 3;
    gboolean shape = g_ascii_isdigit(n[0]) && g_ascii_isdigit(n[1]) &&
                     g_ascii_isdigit(n[2]) && (n[3] == '-' || n[3] == ' ') &&
                     g_ascii_isdigit(n[4]) && g_ascii_isdigit(n[5]) &&
                     g_ascii_isdigit(n[6]) && g_ascii_isdigit(n[7]);
    gsize after = i + 11;
    if (shape &&
        (after >= s->len || (!g_ascii_isalnum(s->str[after]) &&
                             !(s->str[after] == '-' && after + 1 < s->len &&
                               g_ascii_isdigit(s->str[after + 1])))))
      cut(s, i, 2);
  }
}

/* Value of the @n digits at @p, -1 if one is not a digit. */
static int
digits_at(const char *p, int n)
{
  int v = 0;
  for (int k = 0; k < n; k++) {
    if (!g_ascii_isdigit(p[k]))
      return -1;
    v = v * 10 + (p[k] - '0');
  }
  return v;
}

static gboolean
is_date_sep(char c)
{
  return c == '-' || c == '/' || c == '.';
}

/* Is @p (ten bytes) a numeric date, year-month-day or day-month-year, with
 * two like separators and a plausible year, month and day? */
static gboolean
date10_ok(const char *p)
{
  int y, m, d;
  char s1, s2;
  if (is_date_sep(p[4])) { /* yyyy-mm-dd */
    s1 = p[4], s2 = p[7];
    y = digits_at(p, 4), m = digits_at(p + 5, 2), d = digits_at(p + 8, 2);
  } else { /* dd-mm-yyyy */
    s1 = p[2], s2 = p[5];
    d = digits_at(p, 2), m = digits_at(p + 3, 2), y = digits_at(p + 6, 4);
  }
  return is_date_sep(s1) && s1 == s2 && y >= 1900 && y <= 2099 && m >= 1 &&
         m <= 12 && d >= 1 && d <= 31;
}

/* No letter or digit just before @at nor at @after in @s. */
static gboolean
bounded(const GString *s, gsize at, gsize after)
{
  return (at == 0 || !g_ascii_isalnum(s->str[at - 1])) &&
         (after >= s->len || !g_ascii_isalnum(s->str[after]));
}

/* Mends a numeric date OCR misread in one place, the rest read right:
 * one separator read as a colon or a semicolon ("1952:11-16",
 * "23/01;1960": it becomes the other separator), or a blank inside a
 * group of digits ("1998-1 1-05": it goes).  Only ten-character dates
 * with like separators and a plausible year, month and day, bounded by
 * non-alphanumerics (a time "10:30" is never one).  The text never
 * grows. */
static void
mend_dates(GString *s)
{
  for (gsize i = 1; i + 1 < s->len; i++) {
    char c = s->str[i];
    char d[10];
    if (c == ':' || c == ';') {
      /* the colon at offset 2, 4, 5 or 7 of the date, the other
       * separator at 5, 7, 2 or 4 */
      static const gsize offs[] = { 2, 4, 5, 7 }, other[] = { 5, 7, 2, 4 };
      for (guint k = 0; k < G_N_ELEMENTS(offs); k++) {
        if (i < offs[k] || i - offs[k] + 10 > s->len)
          continue;
        gsize at = i - offs[k];
        memcpy(d, s->str + at, 10);
        d[offs[k]] = d[other[k]];
        if (bounded(s, at, at + 10) && date10_ok(d)) {
          s->str[i] = d[other[k]];
          break;
        }
      }
    } else if (c == ' ' && g_ascii_isdigit(s->str[i - 1]) &&
               g_ascii_isdigit(s->str[i + 1])) {
      /* eleven bytes from @at hold the date and this blank */
      for (gsize at = i > 9 ? i - 9 : 0; at < i; at++) {
        if (at + 11 > s->len)
          break;
        memcpy(d, s->str + at, i - at);
        memcpy(d + (i - at), s->str + i + 1, 10 - (i - at));
        if (bounded(s, at, at + 11) && date10_ok(d)) {
          cut(s, i, 1);
          break;
        }
      }
    }
  }
}

char *
cv_ocr_text_postprocess(const char *text)
{
  g_return_val_if_fail(text != NULL, NULL);
  gsize len = strlen(text);
  GString *out = g_string_sized_new(len + 1);

  const char *p = text;
  while (*p != '\0') {
    gunichar c = g_utf8_get_char(p);
    const char *next = g_utf8_next_char(p);
    if (c == '\n' || c == '\r' || c == '\f') {
      if (c == '\r' && *next == '\n')
        next++;
      trim_trailing_blanks(out);
      /* No leading blank lines, at most one blank line in a row. */
      if (out->len > 0 && trailing_newlines(out) < 2)
        g_string_append_c(out, '\n');
    } else {
      g_string_append_len(out, p, next - p);
    }
    p = next;
  }
  trim_trailing_blanks(out);
  while (out->len > 0 && out->str[out->len - 1] == '\n')
    out->str[--out->len] = '\0';
  mend_emails(out);
  mend_number_specks(out);
  mend_ramq_specks(out);
  mend_ramq_blank(out);
  mend_phone_wrap(out);
  mend_dates(out);
  g_assert(out->len <= len); /* no reallocation happened */
  return g_string_free(out, FALSE);
}
