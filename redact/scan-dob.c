/* scan-dob.c — owns the dates of birth (only where a context word marks
 * them) and the date parser shared with the tables. */
#define _GNU_SOURCE 1
#include "scan-words.h"

#include <string.h>

/* ---- dates of birth ------------------------------------------------------- */

static gboolean
read_num(const char **pp, const char *end, int mind, int maxd, int *v)
{
  const char *p = *pp;
  int n = 0, x = 0, real = 0;
  while (p < end && n < maxd) {
    int d;
    if (cv_is_digit(*p)) {
      d = *p - '0';
      real++;
    } else if (n > 0 || (p + 1 < end && cv_is_digit(p[1]))) {
      /* OCR look-alikes inside a number: l976, 2O05 */
      switch (*p) {
      case 'O':
      case 'o':
        d = 0;
        break;
      case 'l':
      case 'I':
      case '|':
        d = 1;
        break;
      case 'S':
        d = 5;
        break;
      case 'B':
        d = 8;
        break;
      default:
        d = -1;
      }
      if (d < 0)
        break;
    } else {
      break;
    }
    x = x * 10 + d;
    p++;
    n++;
  }
  if (n < mind || real == 0 || real + 1 < n || (p < end && cv_is_digit(*p)))
    return FALSE;
  *v = x;
  *pp = p;
  return TRUE;
}

/* A month cut short and dotted where the table has no such abbreviation
 * ("avri.", "octo.", "sept.", "déc."): its number or 0. */
static int
month_prefix(const Word *w)
{
  static const char *const months[] = {
    "janvier", "fevrier",  "mars",      "avril",   "mai",      "juin",
    "juillet", "aout",     "septembre", "octobre", "novembre", "decembre",
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"
  };
  if (w->fn < 3 || w->fn > 5 || w->e >= w->s + 8 || *w->e != '.')
    return 0;
  for (gsize i = 0; i < G_N_ELEMENTS(months); i++)
    if (strlen(months[i]) > w->fn && memcmp(months[i], w->f, w->fn) == 0)
      return (int)(i % 12) + 1;
  return 0;
}

/* A month in Roman numerals, in capitals ("IX", "XII"): its number or 0. */
static int
month_roman(const Word *w)
{
  static const char *const roman[] = { "I",   "II",   "III", "IV", "V",  "VI",
                                       "VII", "VIII", "IX",  "X",  "XI", "XII" };
  gsize n = (gsize)(w->e - w->s);
  if (!w->upper || n > 4)
    return 0;
  for (gsize i = 0; i < G_N_ELEMENTS(roman); i++)
    if (strlen(roman[i]) == n && memcmp(roman[i], w->s, n) == 0)
      return (int)i + 1;
  return 0;
}

static gboolean
month_at(const char **pp, const char *end, int *m)
{
  Word w;
  if (!cv_word_at(*pp, end, &w) || w.digit)
    return FALSE;
  if (!(w.cats & CV_CTX_MONTH)) {
    if ((*m = month_roman(&w))) {
      *pp = w.e; /* "16 IX 1957", registers' months */
      return TRUE;
    }
    if (w.e >= end || !(*m = month_prefix(&w)))
      return FALSE;
    *pp = w.e + 1;
    return TRUE;
  }
  *m = w.value;
  const char *p = w.e;
  if (p < end && *p == '.')
    p++;
  *pp = p;
  return TRUE;
}

/* Skips spaces and at most one line break (dates split by OCR/wrapping). */
static const char *
skip_ws1(const char *p, const char *end)
{
  p = cv_skip_hspace(p, end);
  if (p < end && *p == '\r')
    p++;
  if (p < end && *p == '\n')
    p = cv_skip_hspace(p + 1, end);
  return p;
}

static gboolean
month_at_p(const char *p, const char *end)
{
  int m;
  return month_at(&p, end, &m);
}

/* After a day number read up to @r, @t after the spaces: a stray mark OCR
 * made of a speck before the month ("16.\ndécembre", "10\n* décembre") and
 * the spaces after it (one line break in all).  Returns @t without one. */
static const char *
skip_mark(const char *r, const char *t, const char *end)
{
  if (t + 1 >= end || strchr(".,*'|`~", *t) == NULL || *t == '\0')
    return t;
  if (t[1] != ' ' && t[1] != '\n' && t[1] != '\r')
    return t;
  if (memchr(r, '\n', (gsize)(t - r)) != NULL)
    return cv_skip_hspace(t + 1, end);
  return skip_ws1(t + 1, end);
}

/* Parses a date at @p; returns its end or NULL. */
const char *
cv_parse_date(const char *p, const char *end)
{
  const char *q = p;
  int a, b, c, m;
  if (end - q >= 4 && (q[0] == 'l' || q[0] == 'I' || q[0] == '|') &&
      q[1] == 'e' && q[2] == 'r' && (q[3] == ' ' || (guint8)q[3] == 0xC2)) {
    /* OCR: "ler avril 1967" for "1er avril 1967" */
    const char *t = skip_ws1(q + 3, end);
    if (t > q + 3 && month_at(&t, end, &m)) {
      if (t < end && *t == ',')
        t++;
      const char *u = skip_ws1(t, end);
      if (read_num(&u, end, 4, 4, &c))
        return u;
    }
    return NULL;
  }
  if (q < end && cv_is_digit(*q)) {
    /* numeric: YYYY-MM-DD, DD/MM/YYYY, DD-MM-YYYY, DD.MM.YYYY */
    const char *r = q;
    if (read_num(&r, end, 4, 4, &a) && r < end &&
        (*r == '-' || *r == '/' || *r == '.')) {
      char sep = *r++;
      if (r + 1 < end && *r == ' ' && cv_is_digit(r[1]))
        r++; /* OCR: "1979- 02-16" */
      if (read_num(&r, end, 1, 2, &b) && r < end && *r == sep) {
        r++;
        if (r + 1 < end && *r == ' ' && cv_is_digit(r[1]))
          r++;
        if (read_num(&r, end, 1, 2, &c) && a >= 1880 && a <= 2100 && b >= 1 &&
            b <= 12 && c >= 1 && c <= 31)
          return r;
      }
    }
    /* YYYY-MON-DD: "1992-SEPT-27", "1978-FÉVR-26" */
    r = q;
    if (read_num(&r, end, 4, 4, &a) && a >= 1880 && a <= 2100 && r < end &&
        (*r == '-' || *r == '/' || *r == ' ')) {
      char sep = *r++;
      if (month_at(&r, end, &m) && r < end && *r == sep) {
        r++;
        if (read_num(&r, end, 1, 2, &c) && c >= 1 && c <= 31)
          return r;
      }
    }
    r = q;
    if (read_num(&r, end, 1, 2, &a) && r < end &&
        (*r == '-' || *r == '/' || *r == '.')) {
      char sep = *r++;
      if (read_num(&r, end, 1, 2, &b) && r < end && *r == sep) {
        r++;
        if (read_num(&r, end, 2, 4, &c) && a >= 1 && a <= 31 && b >= 1 &&
            b <= 31 && (a <= 12 || b <= 12))
          return r;
      }
    }
    /* D MONTH YYYY, 1er MONTH YYYY */
    r = q;
    if (read_num(&r, end, 1, 2, &a) || (r = q, FALSE)) {
      gboolean ordinal = FALSE;
      if (r + 1 < end && r[0] == 'e' && r[1] == 'r')
        r += 2;
      else if (r + 1 < end &&
               (r[0] == 's' || r[0] == 'n' || r[0] == 'r' || r[0] == 't') &&
               cv_is_alpha_ascii(r[1]) &&
               !(r + 2 < end && cv_is_alpha_ascii(r[2])))
        r += 2, ordinal = TRUE;
      const char *t = skip_ws1(r, end);
      if (ordinal && t > r && end - t > 3 && t[0] == 'o' && t[1] == 'f' &&
          t[2] == ' ')
        t = cv_skip_hspace(t + 3, end); /* "the 5th of May, 1990" */
      gboolean dashed = FALSE;
      if (t == r && r < end && (*r == '-' || *r == '/' || *r == '.')) {
        t = r + 1; /* 08-Nov-1976 */
        dashed = *r == '-';
      }
      if (t > r && !month_at_p(t, end))
        t = skip_mark(r, skip_ws1(r, end), end);
      if ((t > r) && month_at(&t, end, &m)) {
        const char *y2 = t;
        if (t < end && (*t == '-' || *t == '/'))
          t++;
        if (t < end && *t == ',')
          t++;
        const char *u = skip_ws1(t, end);
        if (read_num(&u, end, 4, 4, &c) && a >= 1 && a <= 31)
          return u;
        /* a year of two digits, dashes around the month: "02-APR-99" */
        u = y2 + 1;
        if (dashed && y2 < end && *y2 == '-' && read_num(&u, end, 2, 2, &c) &&
            a >= 1 && a <= 31)
          return u;
      }
    }
    return NULL;
  }
  /* MONTH D, YYYY */
  const char *r = q;
  if (month_at(&r, end, &m)) {
    if (r + 1 < end && *r == ',' && r[1] == ' ')
      r++; /* OCR: a speck read as a comma after the month ("December, 27,
            * 1995"); the day and year below must follow */
    const char *t = skip_ws1(r, end);
    if (t > r && read_num(&t, end, 1, 2, &a)) {
      if (t + 1 < end && cv_is_alpha_ascii(t[0]) && cv_is_alpha_ascii(t[1]))
        t += 2;
      /* the comma, or a period OCR read for it ("June 6. 1968"), one
       * blank before it as OCR spaces a speck ("June 6 , 1968") */
      if (t + 1 < end && *t == ' ' && (t[1] == ',' || t[1] == '.'))
        t++;
      gboolean comma = t < end && *t == ',';
      if (t < end && (*t == ',' || *t == '.'))
        t++;
      const char *u = skip_ws1(t, end);
      if (comma && u < end && *u == '\n')
        u = skip_ws1(u, end); /* "June 6," / blank line / "1941": OCR's
                               * paragraph break after the comma */
      if (read_num(&u, end, 4, 4, &c) && a >= 1 && a <= 31)
        return u;
    }
    /* MONTH YYYY is not precise enough for a birth date: keep it */
  }
  return NULL;
}

/* A birth date whose one separator OCR lost, right after a birth-date
 * word: "0611/1952" (DDMM/YYYY), "06/111952" (DD/MMYYYY), "06111952"
 * (DDMMYYYY), with a valid day, month and a year 1900-2099; or written
 * without separators year first ("19320815").  Its end or
 * NULL.  (Only after such a word: alone it could be any number.) */
static const char *
dob_lost_separator(const char *p, const char *end)
{
  char d[8];
  int n = 0, seps = 0;
  const char *q = p;
  while (q < end && n < 8) {
    if (cv_is_digit(*q))
      d[n++] = *q;
    else if ((*q == '/' || *q == '-' || *q == '.') && n > 0 && seps == 0 &&
             q + 1 < end && cv_is_digit(q[1]))
      seps++;
    else
      break;
    q++;
  }
  if (n != 8 || seps > 1 || (q < end && cv_is_alnum_ascii(*q)))
    return NULL;
  int day = (d[0] - '0') * 10 + (d[1] - '0');
  int mon = (d[2] - '0') * 10 + (d[3] - '0');
  int year = (d[4] - '0') * 1000 + (d[5] - '0') * 100 + (d[6] - '0') * 10 +
             (d[7] - '0');
  if (day >= 1 && day <= 31 && mon >= 1 && mon <= 12 && year >= 1900 &&
      year <= 2099)
    return q;
  /* the year first, no separator: "19320815", "DDN 20070123" */
  return seps == 0 ? cv_parse_date_ymd8(p, end) : NULL;
}

/* A whole date without separators, year first ("19320815"): its end or
 * NULL. */
const char *
cv_parse_date_ymd8(const char *p, const char *end)
{
  const char *q = p;
  while (q < end && q - p < 9 && cv_is_digit(*q))
    q++;
  if (q - p != 8 || (q < end && cv_is_alnum_ascii(*q)))
    return NULL;
  int year = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 +
             (p[3] - '0');
  int mon = (p[4] - '0') * 10 + (p[5] - '0');
  int day = (p[6] - '0') * 10 + (p[7] - '0');
  if (year < 1900 || year > 2099 || mon < 1 || mon > 12 || day < 1 || day > 31)
    return NULL;
  return q;
}

/* After a birth-date word only: a day, a month's name and a two-digit
 * year ("né le 4 mai 84", "c'est le 1er mars 79", "4 May 84", "Feb 25
 * '91"; alone such a
 * date could be any year's).  Its end or NULL. */
static const char *
dob_short_year(const char *p, const char *end)
{
  const char *r = p;
  int a, m, y;
  if (r < end && cv_is_alpha_ascii(*r)) {
    /* the month first: "Feb 25 '91", "May 2, 73" */
    if (!month_at(&r, end, &m))
      return NULL;
    const char *t = cv_skip_hspace(r, end);
    if (t == r || !read_num(&t, end, 1, 2, &a) || a < 1 || a > 31)
      return NULL;
    if (t < end && *t == ',')
      t++;
    const char *u = cv_skip_hspace(t, end);
    if (u < end && *u == '\'')
      u++;
    if (u == t || !read_num(&u, end, 2, 2, &y) ||
        (u < end && cv_is_alnum_ascii(*u)))
      return NULL;
    return u;
  }
  if (!read_num(&r, end, 1, 2, &a) || a < 1 || a > 31)
    return NULL;
  if (r + 1 < end && r[0] == 'e' && r[1] == 'r')
    r += 2;
  /* (or joined by hyphens, slashes or dots: "30-Sep-55", "18/jul/41") */
  char sep = r < end && (*r == '-' || *r == '/' || *r == '.') ? *r : 0;
  const char *t = sep ? r + 1 : cv_skip_hspace(r, end);
  if (t == r || !month_at(&t, end, &m))
    return NULL;
  const char *u;
  if (sep) {
    if (t >= end || *t != sep)
      return NULL;
    u = t + 1;
  } else {
    u = cv_skip_hspace(t, end);
    if (u < end && *u == '\'')
      u++; /* "mai '84" */
    if (u == t)
      return NULL;
  }
  if (!read_num(&u, end, 2, 2, &y) || (u < end && cv_is_alnum_ascii(*u)))
    return NULL;
  return u;
}

/* After a birth-date word only: a numeric date with spaces between its
 * parts ("27 10 1950", "1950 10 27"; alone it could be any numbers).  Its
 * end or NULL. */
static const char *
dob_spaced(const char *p, const char *end)
{
  const char *r = p;
  int a, b, c;
  if (read_num(&r, end, 4, 4, &a)) {
    if (a < 1880 || a > 2100 || r + 1 >= end || *r != ' ')
      return NULL;
    r++;
    if (!read_num(&r, end, 1, 2, &b) || r + 1 >= end || *r != ' ')
      return NULL;
    r++;
    if (!read_num(&r, end, 1, 2, &c) || b < 1 || b > 12 || c < 1 || c > 31)
      return NULL;
  } else {
    r = p;
    if (!read_num(&r, end, 1, 2, &a) || r + 1 >= end || *r != ' ')
      return NULL;
    r++;
    if (!read_num(&r, end, 1, 2, &b) || r + 1 >= end || *r != ' ')
      return NULL;
    r++;
    if (!read_num(&r, end, 4, 4, &c) || a < 1 || a > 31 || b < 1 || b > 31 ||
        (a > 12 && b > 12) || c < 1880 || c > 2100)
      return NULL;
  }
  if (r < end && (cv_is_alnum_ascii(*r) || *r == '-' || *r == '/'))
    return NULL;
  return r;
}

/* TRUE if the word "le" follows @p after blanks holding at most two line
 * breaks (at least one blank). */
static gboolean
le_follows(const char *p, const char *end)
{
  const char *q = p;
  int newlines = 0;
  while (q < end && q - p < 8 &&
         (*q == ' ' || *q == '\t' || *q == '\r' || *q == '\n')) {
    if (*q == '\n' && ++newlines > 2)
      return FALSE;
    q++;
  }
  return q > p && end - q >= 3 && q[0] == 'l' && q[1] == 'e' &&
         (q[2] == ' ' || q[2] == '\n');
}

/* A birth date within 60 bytes after a label ending at @p, on its line or
 * the next (or the one after a blank line); positions before @scanned were
 * tried by an earlier label.  Returns where the search stopped. */
static const char *
dob_after(CvScan *scan, const char *p, gsize scanned, gsize *done)
{
  const char *text = scan->text;
  const char *end = text + scan->len;
  const char *stop = p + 60 < end ? p + 60 : end;
  int newlines = 0;
  const char *last_nl = NULL;
  if (p < text + scanned)
    p = text + scanned; /* positions already tried by an earlier hit */
  while (p < stop) {
    if (*p == '\n') {
      /* the next line, or the one after a blank line (OCR, layout) */
      gboolean blank = last_nl && cv_skip_hspace(last_nl + 1, p) == p;
      if (++newlines > 1 && !(newlines == 2 && blank))
        break;
      last_nl = p;
    }
    if ((cv_is_digit(*p) || cv_is_alpha_ascii(*p)) && !cv_alnum_before(text, p)) {
      const char *de = cv_parse_date(p, end);
      if (!de && cv_is_digit(*p))
        de = dob_lost_separator(p, end);
      if (!de && cv_is_digit(*p))
        de = dob_spaced(p, end);
      if (!de)
        de = dob_short_year(p, end);
      if (de) {
        cv_scan_add(scan, CV_PII_DOB, (gsize)(p - text), (gsize)(de - text),
                    0.9f, "dob-context");
        *done = (gsize)(de - text);
        return de;
      }
    }
    p++;
  }
  return p;
}

/* "D.O.B.", "d.o.b", "D.N." (the word scanner reads single letters) */
static void
scan_dotted_dob(CvScan *scan)
{
  const char *text = scan->text;
  const char *end = text + scan->len;
  gsize done = 0;
  const GArray *dots = cv_scan_marks(scan, CV_MARK_DOT);
  const char *p = text;
  for (guint di = 0; di < dots->len && p + 5 <= end; di++) {
    const char *o = text + g_array_index(dots, guint32, di);
    if (o < p)
      continue;
    if (o + 4 > end)
      break;
    p = o + 1;
    /* "b. 1994-02-25", "b. 25 April 1954": born, a date right after */
    /* (in a field, after a colon, a comma or a bracket: "a. 2024-01-01
     * report; b. 2024-02-01" is a list) */
    const char *bb = o - 1;
    while (bb > text && bb[-1] == ' ')
      bb--;
    if (o > text && o[-1] == 'b' && !cv_alnum_before(text, o - 1) &&
        o + 3 < end && o[1] == ' ' && cv_is_alnum_ascii(o[2]) && bb < o - 1 &&
        bb > text && strchr(":,(", bb[-1]) != NULL && (gsize)(o - text) >= done) {
      const char *de = cv_parse_date(o + 2, end);
      if (de) {
        cv_scan_add(scan, CV_PII_DOB, (gsize)(o + 2 - text), (gsize)(de - text),
                    0.85f, "dob-born");
        done = (gsize)(de - text);
        p = de;
      }
      continue;
    }
    /* a line "b. 1963-05-06" of a record, the date alone on it (not the
     * second item of a list "a. … / b. …") */
    if (o > text && o[-1] == 'b' && (o - 1 == text || o[-2] == '\n') &&
        o + 3 < end && o[1] == ' ' && cv_is_digit(o[2]) &&
        (gsize)(o - text) >= done) {
      const char *de = cv_parse_date(o + 2, end);
      const char *pl = o - 1; /* the line before */
      if (pl > text)
        pl--;
      while (pl > text && pl[-1] != '\n')
        pl--;
      gboolean list = o - 1 > text && (pl[0] == 'a' || pl[0] == 'A') &&
                      (pl[1] == '.' || pl[1] == ')');
      if (de && !list && (de == end || *de == '\n' || *de == '\r')) {
        cv_scan_add(scan, CV_PII_DOB, (gsize)(o + 2 - text), (gsize)(de - text),
                    0.85f, "dob-born");
        done = (gsize)(de - text);
        p = de;
      }
      continue;
    }
    if (o == text || (o[-1] | 0x20) != 'd' || cv_alnum_before(text, o - 1))
      continue;
    const char *le; /* the label's end */
    if ((o[1] | 0x20) == 'o' && o[2] == '.' && (o[3] | 0x20) == 'b' &&
        !(o + 4 < end && cv_is_alnum_ascii(o[4])))
      le = o + 4; /* D.O.B. */
    else if ((o[1] | 0x20) == 'n' && o[2] == '.' &&
             !(o + 3 < end && cv_is_alnum_ascii(o[3])))
      le = o + 3; /* D.N. (date de naissance) */
    else
      continue;
    if ((gsize)(o - text) < done)
      continue;
    p = dob_after(scan, le, done, &done);
  }
}

/* A life's span in a memorial or a death notice ("In loving memory of …
 * / 1976-11-28 – 2019-03-26", "À la mémoire de … (24 janvier 1941 – 3
 * février)"): the date before the dash is a birth date, when a word of
 * mourning comes in the 200 bytes before it. */
static void
scan_lifespans(CvScan *scan)
{
  static const char *const mourning[] = { "emory",
                                          "\xc3\xa9moire",
                                          "moire ",
                                          "c\xc3\xa8s",
                                          "ceased",
                                          "bituar",
                                          "crolog",
                                          "un\xc3\xa9r",
                                          "uneral",
                                          "emoriam",
                                          "d\xc3\xa9"
                                          "c\xc3\xa9"
                                          "d" };
  const char *text = scan->text, *end = text + scan->len;
  for (const char *p = text; p + 6 < end;) {
    const char *d = memchr(p, 0xe2, (gsize)(end - p));
    if (!d)
      break;
    p = d + 1;
    if (end - d < 3 || (guint8)d[1] != 0x80 || (guint8)d[2] != 0x93)
      continue;
    p = d + 3;
    if (d - text < 8 || d[-1] != ' ' || d + 4 >= end || d[3] != ' ' ||
        !cv_is_alnum_ascii(d[4]))
      continue;
    /* the date ending before " – ": tried from each word start within 24
     * bytes (after a blank, a line break or a bracket) */
    const char *ds = NULL, *de = NULL;
    for (const char *s = d - 2; s > text && d - s < 24; s--) {
      if (!(s[-1] == ' ' || s[-1] == '\n' || s[-1] == '(') ||
          !cv_is_alnum_ascii(*s))
        continue;
      const char *e = cv_parse_date(s, d - 1);
      if (e == d - 1) {
        ds = s;
        de = e;
      }
    }
    if (!ds)
      continue;
    const char *b = ds - text > 200 ? ds - 200 : text;
    gboolean mourn = FALSE;
    for (gsize k = 0; k < G_N_ELEMENTS(mourning) && !mourn; k++)
      mourn =
          memmem(b, (gsize)(ds - b), mourning[k], strlen(mourning[k])) != NULL;
    if (mourn)
      cv_scan_add(scan, CV_PII_DOB, (gsize)(ds - text), (gsize)(de - text),
                  0.85f, "dob-lifespan");
  }
}

/* A birthday in Québec French, "fête": "ma date de fête c'est le 6
 * juillet 1991", "sa fête est le 3 mars" (not "la fête nationale, le 24
 * juin"). */
static void
scan_fete(CvScan *scan)
{
  const char *text = scan->text, *end = text + scan->len;
  gsize done = 0;
  /* (from the bytes 0xAA, memchr's pace: "ê" is C3 AA) */
  for (const char *x = memchr(text, 0xaa, scan->len); x;
       x = x + 1 < end ? memchr(x + 1, 0xaa, (gsize)(end - x - 1)) : NULL) {
    const char *f = x - 2;
    if (x - text < 2 || end - x < 3 || f[0] != 'f' || (guint8)x[-1] != 0xc3 ||
        x[1] != 't' || x[2] != 'e')
      continue;
    const char *a = f + 5;
    gboolean date_de =
        f - text >= 8 && g_ascii_strncasecmp(f - 8, "date de ", 8) == 0;
    gboolean est = (end - a >= 10 && memcmp(a, " c'est le ", 10) == 0) ||
                   (end - a >= 12 && memcmp(a,
                                            " c\xe2\x80\x99"
                                            "est le ",
                                            12) == 0) ||
                   (end - a >= 8 && memcmp(a, " est le ", 8) == 0);
    if ((date_de || est) && (gsize)(a - text) >= done)
      dob_after(scan, a, done, &done);
  }
}

/* A date in brackets after an age that follows a name or a label ("-
 * Gilbert, 12 ans (2011-02-10)", "Tarek, 7 years old (2017-04-30)", "Âge :
 * 14 yrs (03/04/2006)"): the birth date that the age was counted from.
 * From each '('. */
static void
scan_age_dates(CvScan *scan)
{
  static const char *const units[] = { "ans",      "an",  "years old", "years",
                                       "year old", "yrs", "yo",        "y.o." };
  const char *text = scan->text, *end = text + scan->len;
  const GArray *parens = cv_scan_marks(scan, CV_MARK_PAREN);
  for (guint mi = 0; mi < parens->len; mi++) {
    const char *o = text + g_array_index(parens, guint32, mi);
    if (o - text < 5 || end - o < 7 || o[-1] != ' ' || !cv_is_digit(o[1]))
      continue;
    const char *u = NULL;
    for (gsize k = 0; k < G_N_ELEMENTS(units) && !u; k++) {
      gsize ul = strlen(units[k]);
      if ((gsize)(o - 1 - text) > ul + 1 &&
          g_ascii_strncasecmp(o - 1 - ul, units[k], ul) == 0 &&
          o[-2 - (gssize)ul] == ' ' && cv_is_digit(o[-3 - (gssize)ul]))
        u = o - 2 - ul;
    }
    if (!u)
      continue;
    /* (the age follows a person's name or a field: "Gilbert, 12 ans", "Âge
     * : 12 ans"; not "un contrat de 5 ans (2020-01-01)") */
    const char *b = u;
    while (b > text && cv_is_digit(b[-1]))
      b--;
    while (b > text && (b[-1] == ' ' || b[-1] == '\t'))
      b--;
    if (b > text && !strchr(",;:|\n", b[-1]))
      continue;
    const char *de = cv_parse_date(o + 1, end);
    if (de && de < end && *de == ')')
      cv_scan_add(scan, CV_PII_DOB, (gsize)(o + 1 - text), (gsize)(de - text),
                  0.85f, "dob-age");
  }
}

void
cv_scan_dob(CvScan *scan)
{
  scan_dotted_dob(scan);
  scan_age_dates(scan);
  scan_lifespans(scan);
  scan_fete(scan);
  const char *text = scan->text;
  const char *end = text + scan->len;
  const CvCtxHit *h = (const CvCtxHit *)scan->hits->data;
  gsize done = 0, scanned = 0;
  for (guint i = 0; i < scan->hits->len; i++) {
    if (!(h[i].cats & CV_CTX_DOB) || h[i].end < done)
      continue;
    const char *w = text + h[i].start;
    gsize wl = h[i].end - h[i].start;
    /* "ne"/"nee" only with the accent (né, née), never the negation "ne";
     * "nee le" too (OCR lost the accent; no French word), also when OCR
     * broke the line or the paragraph between them */
    if (wl <= 4 && (w[0] == 'n' || w[0] == 'N') &&
        memchr(w, 0xC3, wl) == NULL && !(wl == 3 && le_follows(w + 3, end)))
      continue;
    const char *p = dob_after(scan, text + h[i].end, scanned, &done);
    if ((gsize)(p - text) > scanned)
      scanned = (gsize)(p - text); /* every position before p was tried */
  }
}
