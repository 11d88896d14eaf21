/* scan-text.c — owns the detectors that read words: e-mail addresses,
 * street addresses (civic number, unit, French and English street types,
 * the rest of the line through city, province and postal code), dates of
 * birth (only where a context word marks them), and person names (titles,
 * form labels, greetings, relatives, signature blocks, "TREMBLAY, Marie",
 * the gazetteer), then the other mentions of the names found.
 *
 * All detectors are triggered by a cheap test ('@', a digit, a context hit)
 * and read a bounded window from there. */
#define _GNU_SOURCE 1
#include "redact-private.h"

#include <string.h>

/* ---- words ----------------------------------------------------------------- */

typedef struct {
  const char *s;      /* first byte */
  const char *e;      /* end */
  char f[CV_REDACT_MAX_WORD]; /* folded */
  gsize fn;           /* folded length, 0 if not foldable */
  guint32 cats;       /* context categories */
  guint16 value;      /* month number */
  gboolean cap;       /* starts with a capital */
  gboolean upper;     /* all capitals */
  gboolean digit;     /* starts with a digit (ordinal "3e", "1st") */
} Word;

/* Reads the word at @p (no leading space skipped).  Returns FALSE if no
 * word starts there. */
static gboolean
word_at(const char *p, const char *end, Word *w)
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
    gsize jl = 0;
    if (q < end && (*q == '-' || *q == '\''))
      jl = 1;
    else if (end - q >= 3 && (guint8)q[0] == 0xE2 && (guint8)q[1] == 0x80 &&
             (guint8)q[2] == 0x99)
      jl = 3;
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
static const char *
skip_hspace(const char *p, const char *end)
{
  gsize l;
  while (p < end && (l = cv_hspace_len(p, end)) != 0)
    p += l;
  return p;
}

/* Can a capitalised word start at @p?  (cheap test before word_at) */
static inline gboolean
maybe_cap(const char *p, const char *end)
{
  guint8 c = (guint8)*p;
  if (c >= 'A' && c <= 'Z')
    return TRUE;
  return (c == 0xC3 && p + 1 < end && (guint8)p[1] < 0xA0) || c == 0xC4 || c == 0xC5;
}

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

/* ---- street addresses ---------------------------------------------------- */

static gboolean
is_direction(const Word *w)
{
  static const char *const dirs[] = {"est", "ouest", "nord", "sud", "e", "o",
                                     "n", "s", "east", "west", "north", "south",
                                     "w", "ne", "nw", "se", "sw", "no"};
  if (!w->cap)
    return FALSE;
  for (gsize i = 0; i < G_N_ELEMENTS(dirs); i++)
    if (w->fn == strlen(dirs[i]) && memcmp(w->f, dirs[i], w->fn) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_particle_word(const Word *w)
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
static gboolean
name_particle(const Word *w)
{
  if (is_particle_word(w))
    return TRUE;
  if (!(w->cats & CV_CTX_PARTICLE) || w->upper)
    return FALSE;
  return !(w->fn == 2 && w->f[0] == 'l');
}

static gboolean
province_word(const Word *w)
{
  static const char *const prov[] = {
    "qc", "quebec", "on", "ont", "ontario", "bc", "ab", "alberta", "mb",
    "manitoba", "sk", "saskatchewan", "ns", "nb", "pe", "pei", "nl", "yt",
    "nt", "nu", "pq", "canada", "nouveau-brunswick", "new", "brunswick",
    "nouvelle-ecosse", "nova", "scotia", "colombie-britannique", "british",
    "columbia", "terre-neuve-et-labrador"};
  if (!w->cap)
    return FALSE;
  if (w->fn == 2 && !w->upper && !(w->f[0] == 'q' && w->f[1] == 'c'))
    return FALSE;
  for (gsize i = 0; i < G_N_ELEMENTS(prov); i++)
    if (w->fn == strlen(prov[i]) && memcmp(w->f, prov[i], w->fn) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
postal_at(const char *p, const char *end, const char **out)
{
  /* A1A 1A1 (loose: OCR look-alikes allowed, checked by the postal scanner) */
  const char *q = p;
  int k = 0;
  while (q < end && k < 6) {
    if (k == 3) {
      gsize hl = cv_hspace_len(q, end);
      if (hl)
        q += hl;
      else if (*q == '-')
        q++;
    }
    if (q >= end || !cv_is_alnum_ascii(*q))
      return FALSE;
    /* letters at 0, 2, 4 and digits at 1, 3, 5 (OCR look-alikes allowed) */
    if ((k & 1) ? !(cv_is_digit(*q) || strchr("OolISBZ", *q))
                : !((*q >= 'A' && *q <= 'Z') || strchr("0581", *q)))
      return FALSE;
    q++;
    k++;
  }
  if (k != 6 || (q < end && cv_is_alnum_ascii(*q)))
    return FALSE;
  if (!cv_is_alpha_ascii(*p))
    return FALSE;
  *out = q;
  return TRUE;
}

/* After a street: unit, city, province and postal code on the same line. */
static const char *
address_tail(const char *p, const char *end)
{
  const char *best = p;
  const char *q = p;
  /* unit: ", app. 5" / " #12" / ", bureau 200" */
  {
    const char *r = q;
    if (r < end && *r == ',')
      r++;
    r = skip_hspace(r, end);
    Word w;
    if (r < end && *r == '#') {
      r++;
      const char *ds = r;
      while (r < end && cv_is_alnum_ascii(*r) && r - ds < 6)
        r++;
      if (r > ds)
        best = q = r;
    } else if (word_at(r, end, &w) && (w.cats & CV_CTX_UNIT)) {
      r = w.e;
      if (r < end && *r == '.')
        r++;
      r = skip_hspace(r, end);
      const char *ds = r;
      while (r < end && cv_is_alnum_ascii(*r) && r - ds < 6)
        r++;
      if (r > ds && cv_is_digit(*ds))
        best = q = r;
    }
  }
  /* city, province, postal code */
  gboolean saw_prov = FALSE, saw_postal = FALSE;
  int words = 0;
  const char *stop = q + 120 < end ? q + 120 : end;
  while (q < stop) {
    const char *r = skip_hspace(q, end);
    if (r < end && (*r == ',' || *r == '(' || *r == ')')) {
      q = r + 1;
      continue;
    }
    const char *pe;
    if (r < end && postal_at(r, end, &pe)) {
      best = q = pe;
      saw_postal = TRUE;
      break;
    }
    Word w;
    if (!word_at(r, end, &w) || w.digit)
      break;
    if (province_word(&w)) {
      saw_prov = TRUE;
      best = q = w.e;
      if (q < end && *q == ')')
        best = ++q;
      continue;
    }
    if (w.cap && !(w.cats & (CV_CTX_PHONE | CV_CTX_EMAILCTX | CV_CTX_LABEL))) {
      if (++words > 5)
        break;
      q = w.e;
      continue;
    }
    if (is_particle_word(&w) && words > 0) {
      q = w.e;
      continue;
    }
    break;
  }
  if (saw_prov || saw_postal)
    return best;
  /* city alone up to the end of the line */
  const char *r = skip_hspace(q, end);
  if (words > 0 && words <= 4 && (r >= end || *r == '\n' || *r == '\r'))
    return q;
  return best;
}

/* "app. 12, 455 rue ..." / "Unit 4, 1250 Maple ...": the unit written
 * before the civic number on the same line. */
static const char *
unit_before(const char *text, const char *s)
{
  const char *b = s;
  while (b > text && s - b < 3 && (b[-1] == ' ' || b[-1] == ','))
    b--;
  const char *ds = b;
  while (ds > text && b - ds < 6 && cv_is_alnum_ascii(ds[-1]))
    ds--;
  if (ds == b || !cv_is_digit(*ds))
    return s;
  const char *k = ds;
  if (k > text && k[-1] == '#')
    return k - 1;
  while (k > text && ds - k < 3 && (k[-1] == ' ' || k[-1] == '.'))
    k--;
  const char *ws = k;
  while (ws > text && k - ws < 14 && cv_is_alpha_ascii(ws[-1]))
    ws--;
  if (ws == k)
    return s;
  Word w;
  if (word_at(ws, k, &w) && (w.cats & CV_CTX_UNIT))
    return ws;
  return s;
}

/* The word just before a civic number makes it something else: "Loi 25
 * place...", "article 12, place...", "C.P. 301", "chapitre 4 route...". */
static gboolean
civic_denied(const char *text, const char *s)
{
  const char *b = s;
  while (b > text && s - b < 3 && (b[-1] == ' ' || b[-1] == '.'))
    b--;
  const char *ws = b;
  while (ws > text && b - ws < 14 && (cv_is_alpha_ascii(ws[-1]) || (guint8)ws[-1] >= 0x80))
    ws--;
  if (ws == b)
    return FALSE;
  char f[16];
  gsize fn = cv_fold(ws, b, f, sizeof f);
  static const char *const deny[] = {
    "loi", "article", "art", "articles", "chapitre", "chap", "c", "reglement", "section",
    "alinea", "paragraphe", "par", "page", "p", "pp", "no", "numero", "number", "dossier",
    "file", "bill", "projet", "box", "cp", "postale", "case", "chapter", "act", "rule",
    "regle", "annexe", "schedule", "version", "tome", "volume", "vol", "etape", "step",
    "point", "item", "question", "ligne", "line", "case"};
  for (gsize i = 0; i < G_N_ELEMENTS(deny); i++)
    if (fn == strlen(deny[i]) && memcmp(f, deny[i], fn) == 0)
      return TRUE;
  return FALSE;
}

/* Cheap test: could a French street type ("rue", "boul.", "côte"...) or a
 * capitalised word start at @p? */
static gboolean
street_word_maybe(const char *p, const char *end)
{
  if (p + 1 >= end)
    return FALSE;
  if (maybe_cap(p, end) || cv_is_digit(*p))
    return TRUE;
  /* rue avenue boulevard bd blvd chemin rang route rte montée côte place
   * croissant impasse allée promenade carré terrasse voie square sentier
   * autoroute quai esplanade passage/parc circuit descente */
  static const char pairs[] = "ruavbobdblchrarortmocoplcrimalprcatevosqseauquespacide";
  char a = *p, b = p[1];
  if ((guint8)b >= 0x80)
    return a == 'c' || a == 'm' || a == 'a' || a == 'r';
  for (gsize i = 0; i + 1 < sizeof pairs; i += 2)
    if (pairs[i] == a && pairs[i + 1] == b)
      return TRUE;
  return FALSE;
}

void
cv_scan_addresses(CvScan *scan)
{
  const char *text = scan->text;
  const char *end = text + scan->len;
  const char *p = text;
  while (p < end) {
    p = cv_skip_to_digit(p, end);
    if (p >= end)
      break;
    const char *s = p;
    /* OCR look-alikes before the first digit: "l2O4" */
    while (s > text && p - s < 2 && (s[-1] == 'l' || s[-1] == 'I' || s[-1] == 'O'))
      s--;
    if (cv_alnum_before(text, s)) {
      while (p < end && cv_is_alnum_ascii(*p))
        p++;
      continue;
    }
    /* civic number: 1-6 digits, optional unit-civic "3-1150", letter */
    const char *q = s;
    while (q < end && q - s < 7 &&
           (cv_is_digit(*q) || ((*q == 'O' || *q == 'l' || *q == 'I' || *q == '|') &&
                                q + 1 < end && !cv_is_alpha_ascii(q[1]) ? TRUE :
                                (*q == 'O' || *q == 'l') && q + 1 < end && cv_is_digit(q[1]))))
      q++;
    if (q - s > 6 || (q < end && cv_is_digit(*q))) {
      while (p < end && cv_is_digit(*p))
        p++;
      continue;
    }
    if (q <= p) { /* look-alikes that did not reach the digit: no civic number */
      p++;
      continue;
    }
    p = q;
    if (q + 1 < end && *q == '-' && cv_is_digit(q[1])) {
      const char *r = q + 1;
      while (r < end && cv_is_digit(*r) && r - q < 7)
        r++;
      q = r;
    }
    if (q < end && *q >= 'A' && *q <= 'Z' && (q + 1 >= end || !cv_is_alnum_ascii(q[1])))
      q++;
    if (q < end && *q == ',')
      q++;
    const char *ws = skip_hspace(q, end);
    if (ws == q && !(q > s && q[-1] == ','))
      continue;
    Word w;
    if (!street_word_maybe(ws, end) || !word_at(ws, end, &w))
      continue;
    const char *street_end = NULL;
    if ((w.cats & CV_CTX_STREET_FR) && !w.digit) {
      /* French order: type then name */
      const char *r = w.e;
      if (r < end && *r == '.')
        r++;
      int names = 0;
      for (int k = 0; k < 7; k++) {
        const char *t = skip_hspace(r, end);
        if (t == r && !(k == 0 && r > w.e))
          break;
        Word n;
        if (k == 0 && t > r && t < end && cv_is_digit(*t)) {
          /* a numbered road: "route 132", "rang 4", "Highway 7" */
          const char *d = t;
          while (d < end && cv_is_digit(*d) && d - t < 5)
            d++;
          if (d - t <= 4 && (d >= end || !cv_is_alnum_ascii(*d))) {
            names++;
            r = d;
            continue;
          }
        }
        if (!word_at(t, end, &n))
          break;
        if (n.cap || n.digit) {
          if ((n.cats & (CV_CTX_PHONE | CV_CTX_EMAILCTX)) && names > 0)
            break;
          names++;
          r = n.e;
          if (is_direction(&n) && r < end && *r == '.')
            r++;
          continue;
        }
        if (is_particle_word(&n)) {
          /* must be followed by a name word */
          Word m;
          const char *u = skip_hspace(n.e, end);
          if (n.fn >= 3 && n.f[1] == '\'') { /* l'Église */
            names++;
            r = n.e;
            continue;
          }
          if (word_at(u, end, &m) && (m.cap || is_particle_word(&m))) {
            r = n.e;
            continue;
          }
        }
        break;
      }
      if (names > 0)
        street_end = r;
    } else if (w.cap || w.digit) {
      /* English order: name words then type */
      const char *r = ws;
      for (int k = 0; k < 5; k++) {
        Word n;
        const char *t = skip_hspace(r, end);
        if (k > 0 && t == r)
          break;
        if (!word_at(t, end, &n) || !(n.cap || n.digit))
          break;
        if (k > 0 && (n.cats & CV_CTX_STREET_EN)) {
          r = n.e;
          if (r < end && *r == '.')
            r++;
          /* optional direction */
          const char *u = skip_hspace(r, end);
          Word dn;
          if (u > r && word_at(u, end, &dn) && is_direction(&dn)) {
            r = dn.e;
            if (r < end && *r == '.')
              r++;
          }
          street_end = r;
          break;
        }
        r = n.e;
        if (r < end && *r == '.' && n.e - n.s <= 3) /* "St. Catherine" */
          r++;
      }
    }
    if (!street_end || civic_denied(text, s))
      continue;
    const char *tail = address_tail(street_end, end);
    cv_scan_add(scan, CV_PII_ADDRESS, (gsize)(unit_before(text, s) - text),
                (gsize)(tail - text), 0.9f, "address-street");
    p = tail > p ? tail : p;
  }
}

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
      case 'O': case 'o': d = 0; break;
      case 'l': case 'I': case '|': d = 1; break;
      case 'S': d = 5; break;
      case 'B': d = 8; break;
      default: d = -1;
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

static gboolean
month_at(const char **pp, const char *end, int *m)
{
  Word w;
  if (!word_at(*pp, end, &w) || w.digit || !(w.cats & CV_CTX_MONTH))
    return FALSE;
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
  p = skip_hspace(p, end);
  if (p < end && *p == '\r')
    p++;
  if (p < end && *p == '\n')
    p = skip_hspace(p + 1, end);
  return p;
}

/* Parses a date at @p; returns its end or NULL. */
static const char *
parse_date(const char *p, const char *end)
{
  const char *q = p;
  int a, b, c, m;
  if (end - q >= 4 && (q[0] == 'l' || q[0] == 'I' || q[0] == '|') && q[1] == 'e' &&
      q[2] == 'r' && (q[3] == ' ' || (guint8)q[3] == 0xC2)) {
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
    if (read_num(&r, end, 4, 4, &a) && r < end && (*r == '-' || *r == '/' || *r == '.')) {
      char sep = *r++;
      if (read_num(&r, end, 1, 2, &b) && r < end && *r == sep) {
        r++;
        if (read_num(&r, end, 1, 2, &c) && a >= 1880 && a <= 2100 && b >= 1 &&
            b <= 12 && c >= 1 && c <= 31)
          return r;
      }
    }
    r = q;
    if (read_num(&r, end, 1, 2, &a) && r < end && (*r == '-' || *r == '/' || *r == '.')) {
      char sep = *r++;
      if (read_num(&r, end, 1, 2, &b) && r < end && *r == sep) {
        r++;
        if (read_num(&r, end, 2, 4, &c) && a >= 1 && a <= 31 && b >= 1 && b <= 31 &&
            (a <= 12 || b <= 12))
          return r;
      }
    }
    /* D MONTH YYYY, 1er MONTH YYYY */
    r = q;
    if (read_num(&r, end, 1, 2, &a) || (r = q, FALSE)) {
      if (r + 1 < end && r[0] == 'e' && r[1] == 'r')
        r += 2;
      else if (r + 1 < end && (r[0] == 's' || r[0] == 'n' || r[0] == 'r' || r[0] == 't') &&
               cv_is_alpha_ascii(r[1]) && !(r + 2 < end && cv_is_alpha_ascii(r[2])))
        r += 2;
      const char *t = skip_ws1(r, end);
      if (t == r && r < end && (*r == '-' || *r == '/' || *r == '.'))
        t = r + 1; /* 08-Nov-1976 */
      if ((t > r) && month_at(&t, end, &m)) {
        if (t < end && (*t == '-' || *t == '/'))
          t++;
        if (t < end && *t == ',')
          t++;
        const char *u = skip_ws1(t, end);
        if (read_num(&u, end, 4, 4, &c) && a >= 1 && a <= 31)
          return u;
      }
    }
    return NULL;
  }
  /* MONTH D, YYYY */
  const char *r = q;
  if (month_at(&r, end, &m)) {
    const char *t = skip_ws1(r, end);
    if (t > r && read_num(&t, end, 1, 2, &a)) {
      if (t + 1 < end && cv_is_alpha_ascii(t[0]) && cv_is_alpha_ascii(t[1]))
        t += 2;
      if (t < end && *t == ',')
        t++;
      const char *u = skip_ws1(t, end);
      if (read_num(&u, end, 4, 4, &c) && a >= 1 && a <= 31)
        return u;
    }
    /* MONTH YYYY is not precise enough for a birth date: keep it */
  }
  return NULL;
}

void
cv_scan_dob(CvScan *scan)
{
  const char *text = scan->text;
  const char *end = text + scan->len;
  const CvCtxHit *h = (const CvCtxHit *)scan->hits->data;
  gsize done = 0, scanned = 0;
  for (guint i = 0; i < scan->hits->len; i++) {
    if (!(h[i].cats & CV_CTX_DOB) || h[i].end < done)
      continue;
    const char *w = text + h[i].start;
    gsize wl = h[i].end - h[i].start;
    /* "ne"/"nee" only with the accent (né, née), never the negation "ne" */
    if (wl <= 4 && (w[0] == 'n' || w[0] == 'N') && memchr(w, 0xC3, wl) == NULL)
      continue;
    const char *p = text + h[i].end;
    const char *stop = p + 60 < end ? p + 60 : end;
    int newlines = 0;
    const char *last_nl = NULL;
    if (p < text + scanned)
      p = text + scanned; /* positions already tried by an earlier hit */
    while (p < stop) {
      if (*p == '\n') {
        /* the next line, or the one after a blank line (OCR, layout) */
        gboolean blank = last_nl && skip_hspace(last_nl + 1, p) == p;
        if (++newlines > 1 && !(newlines == 2 && blank))
          break;
        last_nl = p;
      }
      if ((cv_is_digit(*p) || cv_is_alpha_ascii(*p)) && !cv_alnum_before(text, p)) {
        const char *de = parse_date(p, end);
        if (de) {
          cv_scan_add(scan, CV_PII_DOB, (gsize)(p - text), (gsize)(de - text), 0.9f,
                      "dob-context");
          done = (gsize)(de - text);
          p = de;
          break;
        }
      }
      p++;
    }
    if ((gsize)(p - text) > scanned)
      scanned = (gsize)(p - text); /* every position before p was tried */
  }
}

/* ---- person names ------------------------------------------------------------ */

#define NAME_STOP                                                              \
  (CV_CTX_STOPNAME | CV_CTX_MONTH | CV_CTX_STREET_FR | CV_CTX_STREET_EN |      \
   CV_CTX_TITLE | CV_CTX_LABEL | CV_CTX_GREET | CV_CTX_CLOSE | CV_CTX_ROLE)

/* A capitalised word that can be part of a name. */
static gboolean
name_word_ok(const Word *w)
{
  if (w->digit || !w->cap || w->fn == 0)
    return FALSE;
  if (w->cats & (NAME_STOP & ~(CV_CTX_STREET_FR | CV_CTX_STREET_EN)))
    return FALSE;
  /* street words that are also surnames (Côté) */
  if ((w->cats & (CV_CTX_STREET_FR | CV_CTX_STREET_EN)) &&
      !cv_gazetteer_last(w->f, w->fn))
    return FALSE;
  return TRUE;
}

/* Reads up to @maxw name words from @p (same line).  Returns the end of the
 * name or NULL; *nw gets the number of words, *gaz whether one is in the
 * gazetteer. */
static const char *
read_name_x(const char *p, const char *end, int maxw, int *nw, gboolean *gaz,
            gboolean allow_comma, gboolean le_ok)
{
  const char *q = p, *last = NULL;
  int n = 0;
  gboolean real = FALSE; /* a word that is not an initial */
  int lead = 0;          /* particles before the first name word */
  gboolean comma_used = !allow_comma;
  gboolean street_ok = FALSE; /* the word after "Le"/"La" may be a street word */
  *gaz = FALSE;
  *nw = 0;
  if (p >= end)
    return NULL;
  if (!maybe_cap(p, end)) {
    /* "van der Berg": only a lower-case particle may start a name (cheap
     * test on its letters first: da de di do du el van von ...) */
    Word w0;
    if (end - p < 4 || (*p != 'd' && *p != 'v' && *p != 'b') || !cv_is_alpha_ascii(p[1]) ||
        (p[2] != ' ' && p[3] != ' ') || (p[0] == 'd' && (p[1] == 'e' || p[1] == 'u')) ||
        !word_at(p, end, &w0) || !(w0.cats & CV_CTX_PARTICLE))
      return NULL; /* (French "de", "du", "des" start no name: "l'attention de X") */
  }
  while (n < maxw) {
    const char *t = (n == 0) ? q : skip_hspace(q, end);
    if (n == 1 && t == q && q < end && (*q == '\n' || *q == '\r')) {
      /* OCR/wrapping: "Jean-François\nPaquette," (one word per line end) */
      const char *u = q;
      if (*u == '\r')
        u++;
      if (u < end && *u == '\n') {
        u = skip_hspace(u + 1, end);
        Word w2;
        if (word_at(u, end, &w2) && name_word_ok(&w2) &&
            w2.e < end && (*w2.e == ',' || *w2.e == '.' || *w2.e == ';' || *w2.e == ')')) {
          q = last = w2.e;
          n++;
          real = TRUE;
          break;
        }
      }
    }
    if (n > 0 && t > q && (memchr(q, '\t', (gsize)(t - q)) ||
                           (t - q >= 3 && q[0] == ' ' && q[1] == ' ' && q[2] == ' ')))
      break; /* a TAB or a column gap ends the cell: "Maëlle   LAST NAME:" */
    if (n > 0 && t == q) {
      if (!comma_used && q + 1 < end && *q == ',' && (q[1] == ' ')) {
        comma_used = TRUE;
        t = skip_hspace(q + 1, end);
      } else {
        break;
      }
    }
    if (t - q > 4)
      break;
    Word w;
    if (!word_at(t, end, &w))
      break;
    /* initial: "J." */
    if (w.cap && w.e - w.s == 1 && w.e < end && *w.e == '.') {
      q = last = w.e + 1;
      n++;
      continue;
    }
    if (n > 0 && w.upper && w.fn >= 4 && w.fn <= 6) {
      /* "Maëlle LAST NAME: Okafor": a label word and its noun end the name */
      static const char *const lead_words[] = {"first", "last", "given", "middle",
                                               "family"};
      gboolean lw = FALSE;
      for (gsize k = 0; k < G_N_ELEMENTS(lead_words) && !lw; k++)
        lw = w.fn == strlen(lead_words[k]) && memcmp(w.f, lead_words[k], w.fn) == 0;
      Word m;
      const char *u = skip_hspace(w.e, end);
      if (lw && u > w.e && word_at(u, end, &m) && (m.cats & CV_CTX_LABEL))
        break;
    }
    if (name_word_ok(&w) || (street_ok && w.cap && !w.digit && w.fn > 0 &&
                             (w.cats & (CV_CTX_STREET_FR | CV_CTX_STREET_EN)) &&
                             !(w.cats & (NAME_STOP & ~(CV_CTX_STREET_FR | CV_CTX_STREET_EN |
                                                      CV_CTX_STOPNAME))))) {
      street_ok = FALSE;
      real = TRUE;
      if (w.fn && (cv_gazetteer_first(w.f, w.fn) || cv_gazetteer_last(w.f, w.fn)))
        *gaz = TRUE;
      q = last = w.e;
      n++;
      continue;
    }
    if (n == 0 && w.cap && !w.digit && (w.cats & CV_CTX_MONTH) &&
        !(w.cats & (CV_CTX_TITLE | CV_CTX_LABEL | CV_CTX_GREET | CV_CTX_CLOSE))) {
      /* "Mme June Smith": a month name is a first name when a name follows */
      Word m;
      const char *u = skip_hspace(w.e, end);
      if (u > w.e && u - w.e <= 2 && word_at(u, end, &m) && name_word_ok(&m)) {
        q = last = w.e;
        n++;
        real = TRUE;
        continue;
      }
    }
    /* "Madame Le Blanc", "Nom : La Rue": after a title or a label, a
     * capitalised Le/La starts a surname (lower-case "la Ministre" is a
     * function, and starts nothing) */
    gboolean le_la = le_ok && lead == 0 && w.cap && !w.upper && w.fn == 2 &&
                     w.f[0] == 'l' && (w.f[1] == 'e' || w.f[1] == 'a');
    if (le_la) {
      /* "Monsieur Le Maire": a function, capitalised */
      static const char *const offices[] = {
        "maire", "mairesse", "juge", "depute", "deputee", "ministre", "president",
        "presidente", "directeur", "directrice", "cure", "commissaire", "recteur",
        "rectrice", "doyen", "doyenne", "consul", "general", "generale", "capitaine",
        "lieutenant", "sergent", "colonel", "professeur", "professeure", "prefet",
        "senateur", "senatrice", "gouverneur", "roi", "reine", "prince", "princesse",
        "comte", "comtesse", "duc", "duchesse", "baron", "baronne", "marquis", "docteur",
        "notaire", "bourgmestre", "delegue", "deleguee", "secretaire", "tresorier",
        "tresoriere", "protecteur", "protectrice", "verificateur", "verificatrice"};
      Word m;
      const char *u = skip_hspace(w.e, end);
      if (u > w.e && word_at(u, end, &m))
        for (gsize k = 0; k < G_N_ELEMENTS(offices) && le_la; k++)
          if (m.fn == strlen(offices[k]) && memcmp(m.f, offices[k], m.fn) == 0)
            le_la = FALSE;
      if (!le_la)
        break;
    }
    if (n == 0 && lead < 2 && (w.cats & CV_CTX_PARTICLE) && (name_particle(&w) || le_la)) {
      /* a surname that starts with its particles: "Nom : De Serres",
       * "Mrs. Van Houtte", "DE SERRES", "Ms. van der Berg" */
      Word m;
      const char *u = skip_hspace(w.e, end);
      if (u > w.e && u - w.e <= 2 && word_at(u, end, &m) &&
          ((name_word_ok(&m) && m.cap) || (lead == 0 && (m.cats & CV_CTX_PARTICLE)))) {
        q = u;
        lead++;
        continue;
      }
      /* "M. La Rue", "Mme Le Chemin": a street word as such a surname */
      if (le_la && u > w.e && u - w.e <= 2 && word_at(u, end, &m) && m.cap && !m.upper &&
          (m.cats & (CV_CTX_STREET_FR | CV_CTX_STREET_EN)) &&
          !(m.cats & (NAME_STOP & ~(CV_CTX_STREET_FR | CV_CTX_STREET_EN | CV_CTX_STOPNAME)))) {
        q = u;
        lead++;
        street_ok = TRUE;
        continue;
      }
    }
    if (n > 0 && name_particle(&w)) {
      /* "Des Rosiers", "van der Berg", "De Serres": up to two particles */
      Word m;
      const char *u = skip_hspace(w.e, end);
      if (u > w.e && u - w.e <= 2 && word_at(u, end, &m)) {
        if (name_word_ok(&m)) {
          q = w.e;
          continue;
        }
        Word m2;
        const char *u2 = skip_hspace(m.e, end);
        if (name_particle(&m) && !m.cap && u2 > m.e && u2 - m.e <= 2 &&
            word_at(u2, end, &m2) && name_word_ok(&m2)) {
          q = m.e;
          continue;
        }
      }
    }
    break;
  }
  *nw = n;
  if (n > 0 && !real)
    return NULL; /* initials alone: "C.P. 1957", "P.O. Box" */
  return last;
}

#define read_name(p, end, maxw, nw, gaz, allow_comma)                          \
  read_name_x(p, end, maxw, nw, gaz, allow_comma, FALSE)

static void add_name_x(CvScan *scan, const char *s, const char *e, float conf,
                       const char *det, gboolean remember);

static void
add_name(CvScan *scan, const char *s, const char *e, float conf,
         const char *det)
{
  add_name_x(scan, s, e, conf, det, TRUE);
}

/* A PERSON candidate; with @remember its words count as names found (their
 * other mentions in the text are redacted too). */
static void
add_name_x(CvScan *scan, const char *s, const char *e, float conf,
           const char *det, gboolean remember)
{
  if (conf < CV_KEEP_CONF &&
      cv_scan_in_keep(scan, (gsize)(s - scan->text), (gsize)(e - scan->text)))
    return; /* "Pharmacie Jean Coutu", "Maurice Richard Arena" */
  cv_scan_add(scan, CV_PII_PERSON, (gsize)(s - scan->text), (gsize)(e - scan->text),
              conf, det);
  if (!remember)
    return;
  /* remember its words for the other mentions */
  const char *end = e;
  const char *p = s;
  while (p < end) {
    Word w;
    if (word_at(p, end, &w) && !w.digit) {
      if (w.fn >= 2 && name_word_ok(&w) && !(w.cats & CV_CTX_PARTICLE))
        g_hash_table_add(scan->names, g_strndup(w.f, w.fn));
      p = w.e > p ? w.e : p + 1;
    } else {
      p++;
    }
  }
}

/* A one-word "name" that is a dictionary word followed on its line by two
 * lower-case words: the start of a sentence, not a name ("Agent: Copying
 * fees will be charged", "Caller: Thanks for calling"). */
static gboolean
sentence_after(const CvScan *scan, const char *s, const char *e)
{
  const char *end = scan->text + scan->len;
  const char *p = e;
  for (int k = 0; k < 2; k++) {
    const char *q = skip_hspace(p, end);
    if (q == p || q >= end || !(cv_cls[(guint8)*q] & CV_C_LOWER))
      return FALSE;
    while (q < end && (cv_is_alpha_ascii(*q) || (guint8)*q >= 0x80))
      q++;
    p = q;
  }
  return cv_name_model_in_dict(scan->model, s, e);
}

void
cv_scan_add_name(CvScan *scan, gsize s, gsize e, float conf, const char *det,
                 gboolean remember)
{
  if (e > scan->len || e <= s)
    return;
  add_name_x(scan, scan->text + s, scan->text + e, conf, det, remember);
}

static const char *
skip_title(const char *p, const char *end)
{
  Word w;
  if (p >= end || !maybe_cap(p, end))
    return p;
  if (word_at(p, end, &w) && w.cap && (w.cats & CV_CTX_TITLE)) {
    const char *q = w.e;
    if (q < end && *q == '.')
      q++;
    const char *r = skip_hspace(q, end);
    if (r > q)
      return r;
  }
  return p;
}

/* End of the line at @p: its '\n', or at most 512 bytes on (bounded, so
 * that a megabyte-long line costs no more than a short one). */
static const char *
line_end(const char *p, const char *end)
{
  gsize n = MIN((gsize)(end - p), (gsize)512);
  const char *nl = memchr(p, '\n', n);
  return nl ? nl : p + n;
}

/* A table whose header row has a name column ("Nom<TAB>Prénom<TAB>NAS"):
 * the cells below it, row after row, while they read as names.  @cell is
 * the start of the header cell, @ls the start of its line. */
static void
table_column(CvScan *scan, const char *ls, const char *cell)
{
  const char *text = scan->text;
  const char *end = text + scan->len;
  guint col = 0;
  for (const char *r = ls; r < cell; r++)
    if (*r == '\t')
      col++;
  const char *le = line_end(cell, end);
  if (le >= end || *le != '\n' || !memchr(ls, '\t', (gsize)(le - ls)))
    return; /* not a tab-separated header row */
  const char *row = le + 1;
  for (int n = 0; n < 50 && row < end; n++) {
    const char *re = line_end(row, end);
    /* cell number col of this row */
    const char *c = row;
    for (guint k = 0; k < col && c < re; k++) {
      const char *tab = memchr(c, '\t', (gsize)(re - c));
      if (!tab) {
        c = re;
        break;
      }
      c = tab + 1;
    }
    if (c >= re)
      return;
    const char *ce = memchr(c, '\t', (gsize)(re - c));
    if (!ce)
      ce = re;
    int nw;
    gboolean gaz;
    const char *t0 = skip_hspace(c, ce);
    const char *ne = read_name(t0, ce, 4, &nw, &gaz, TRUE);
    if (!ne || nw < 1 || skip_hspace(ne, ce) < ce)
      return; /* the column stops being names */
    add_name(scan, t0, ne, 0.8f, "name-table-column");
    if (re >= end || *re != '\n')
      return;
    row = re + 1;
  }
}

/* ---- tables with a header row ------------------------------------------------ */

/* "Nom | Prénom | DDN | NAS", "Last name;First name;DOB", tab-separated cells,
 * columns aligned with runs of spaces: a header row whose cells are short
 * labels, some of them a name, birth-date or address column, then rows of
 * the same shape; the header's label applies to the cells below it until a
 * blank line or two lines of another shape. */

enum { TCOL_NONE = 0, TCOL_NAME, TCOL_DOB, TCOL_ADDR, TCOL_OTHER, TCOL_ID };
/* TCOL_ID + a CvPiiType: a column of identifiers of that type */
#define TABLE_MAX_COLS 16

typedef struct {
  const char *s, *e; /* trimmed cell */
} Cell;

/* Splits [p, e) on @delim (0: runs of two or more spaces) into at most
 * TABLE_MAX_COLS trimmed cells; returns their number (0 if more). */
static int
split_cells(const char *p, const char *e, char delim, Cell *cells)
{
  int n = 0;
  const char *c = p;
  for (;;) {
    const char *q = c;
    const char *next;
    if (delim) {
      while (q < e && *q != delim)
        q++;
      next = q < e ? q + 1 : NULL;
    } else {
      while (q < e && !(*q == ' ' && q + 1 < e && q[1] == ' ') && *q != '\t')
        q++;
      next = q;
      while (next < e && (*next == ' ' || *next == '\t'))
        next++;
      if (next >= e)
        next = NULL;
    }
    if (n >= TABLE_MAX_COLS)
      return 0;
    const char *s = skip_hspace(c, q);
    const char *t = q;
    while (t > s) {
      if (t[-1] == ' ' || t[-1] == '\t' || t[-1] == '\r')
        t--;
      else if (t - s >= 2 && (guint8)t[-2] == 0xC2 && (guint8)t[-1] == 0xA0)
        t -= 2;
      else
        break;
    }
    cells[n].s = s;
    cells[n].e = t;
    n++;
    if (!next)
      break;
    c = next;
  }
  return n;
}

/* The column a header cell names, from its folded text without what is
 * between parentheses ("Prénom(s)", "Né(e) le"). */
static int
header_kind(const Cell *c)
{
  char f[48], g[48];
  gsize n = (gsize)(c->e - c->s);
  if (n == 0 || n > 40)
    return -1;
  gsize fn = cv_fold(c->s, c->e, f, sizeof f);
  if (fn == 0)
    return -1;
  gsize k = 0;
  int paren = 0;
  for (gsize i = 0; i < fn; i++) {
    char ch = f[i];
    if (ch == '(') { paren++; continue; }
    if (ch == ')') { if (paren) paren--; continue; }
    if (paren)
      continue;
    if (cv_is_digit(ch))
      return -1; /* a value, not a label */
    if (ch == '.' || ch == ':' || ch == '#' || ch == '*')
      continue;
    if (ch == ' ' || ch == '_' || ch == '-' || ch == '/') {
      if (k > 0 && g[k - 1] != ' ')
        g[k++] = ' ';
      continue;
    }
    g[k++] = ch;
  }
  while (k > 0 && g[k - 1] == ' ')
    k--;
  g[k] = '\0';
  static const char *const names[] = {
    "nom", "prenom", "prenoms", "nom de famille", "prenom usuel", "nom complet",
    "nom et prenom", "prenom et nom", "name", "first name", "last name", "given name",
    "given names", "family name", "surname", "full name", "first", "last",
    "participant", "participante", "employe", "employee", "beneficiaire",
    "beneficiary", "titulaire", "locataire", "tenant", "patient", "patiente",
    "client", "cliente", "membre", "member", "nom du participant", "nom de l'employe",
    "employee name", "participant name", "nom usuel", "middle name", "second prenom"};
  static const char *const dobs[] = {
    "date de naissance", "ddn", "dob", "date of birth", "birth date", "birthdate",
    "naissance", "ne le", "nee le", "born", "date naiss", "d d n", "date naissance",
    "ne", "nee", "birthday", "date de naiss"};
  static const char *const addrs[] = {
    "adresse", "address", "adresse postale", "home address", "adresse du domicile",
    "domicile", "street address", "mailing address", "adresse personnelle",
    "residential address", "adresse residentielle"};
  if (k == 0)
    return TCOL_NONE;
  for (gsize i = 0; i < G_N_ELEMENTS(names); i++)
    if (names[i][0] == g[0] && strcmp(g, names[i]) == 0)
      return TCOL_NAME;
  for (gsize i = 0; i < G_N_ELEMENTS(dobs); i++)
    if (dobs[i][0] == g[0] && strcmp(g, dobs[i]) == 0)
      return TCOL_DOB;
  for (gsize i = 0; i < G_N_ELEMENTS(addrs); i++)
    if (addrs[i][0] == g[0] && strcmp(g, addrs[i]) == 0)
      return TCOL_ADDR;
  /* other usual column labels (tables written one cell per line) */
  static const char *const others[] = {
    "nas", "sin", "telephone", "tel", "phone", "code postal", "postal code", "courriel",
    "email", "e mail", "ramq", "nam", "permis", "passeport", "passport", "sexe", "sex",
    "genre", "gender", "ville", "city", "province", "poste", "fonction", "titre", "title",
    "role", "statut", "status", "no", "numero", "id", "matricule", "dossier", "date", "age",
    "cellulaire", "cell", "mobile", "courriel personnel", "no de dossier", "salaire",
    "montant", "amount", "signature", "cp", "zip", "telephone cellulaire", "nas sin",
    "numero d'assurance sociale", "social insurance number", "health card", "carte ramq"};
  /* identifier columns: the cells below are redacted whatever their shape */
  static const struct {
    const char *label;
    int type;
  } ids[] = {
    {"nas", CV_PII_SIN}, {"sin", CV_PII_SIN}, {"nas sin", CV_PII_SIN},
    {"numero d'assurance sociale", CV_PII_SIN}, {"social insurance number", CV_PII_SIN},
    {"telephone", CV_PII_PHONE}, {"tel", CV_PII_PHONE}, {"phone", CV_PII_PHONE},
    {"cellulaire", CV_PII_PHONE}, {"cell", CV_PII_PHONE}, {"mobile", CV_PII_PHONE},
    {"telephone cellulaire", CV_PII_PHONE}, {"phone number", CV_PII_PHONE},
    {"courriel", CV_PII_EMAIL}, {"email", CV_PII_EMAIL}, {"e mail", CV_PII_EMAIL},
    {"courriel personnel", CV_PII_EMAIL}, {"ramq", CV_PII_RAMQ}, {"nam", CV_PII_RAMQ},
    {"health card", CV_PII_RAMQ}, {"carte ramq", CV_PII_RAMQ}, {"permis", CV_PII_DRIVER_LICENSE},
    {"passeport", CV_PII_PASSPORT}, {"passport", CV_PII_PASSPORT},
    {"code postal", CV_PII_POSTAL_CODE}, {"postal code", CV_PII_POSTAL_CODE},
    {"carte", CV_PII_CREDIT_CARD}, {"card", CV_PII_CREDIT_CARD},
    {"carte de credit", CV_PII_CREDIT_CARD}, {"credit card", CV_PII_CREDIT_CARD},
    {"compte", CV_PII_BANK_ACCOUNT}, {"account", CV_PII_BANK_ACCOUNT},
    {"iban", CV_PII_IBAN}};
  for (gsize i = 0; i < G_N_ELEMENTS(ids); i++)
    if (ids[i].label[0] == g[0] && strcmp(g, ids[i].label) == 0)
      return TCOL_ID + ids[i].type;
  for (gsize i = 0; i < G_N_ELEMENTS(others); i++)
    if (others[i][0] == g[0] && strcmp(g, others[i]) == 0)
      return TCOL_OTHER;
  return TCOL_NONE;
}

/* A table cell under a name column: one to five name words (capitalised,
 * or particles between them), nothing else. */
static gboolean
cell_is_name(const Cell *c)
{
  const char *p = c->s;
  int n = 0, real = 0;
  if (c->e - c->s < 2 || c->e - c->s > 64)
    return FALSE;
  while (p < c->e) {
    Word w;
    if (!word_at(p, c->e, &w) || w.digit)
      return FALSE;
    if (name_word_ok(&w))
      real++;
    else if (!(w.cats & CV_CTX_PARTICLE) && !(w.e - w.s == 1 && w.cap))
      return FALSE;
    n++;
    p = w.e;
    if (p < c->e && (*p == '.' || *p == ','))
      p++;
    p = skip_hspace(p, c->e);
    if (n > 5)
      return FALSE;
  }
  return real > 0;
}

static void table_cell(CvScan *scan, const Cell *c, int kind);

static const char *
table_rows(CvScan *scan, const char *row, char delim, const int *kinds, int ncols)
{
  const char *text = scan->text;
  const char *end = text + scan->len;
  int odd = 0, blank_run = 0;
  gboolean open_row = FALSE; /* the last row ended with the delimiter */
  for (int r = 0; r < 1000 && row < end; r++) {
    const char *re = line_end(row, end);
    const char *rs = skip_hspace(row, re);
    Cell cells[TABLE_MAX_COLS];
    if (rs >= re || (rs + 1 == re && *rs == '\r')) {
      /* a blank line ends the table unless a row of the same shape follows
       * (PDF layout and OCR put blank lines between rows) */
      if (re >= end || blank_run++ > 0)
        return row;
      const char *nx = re + 1;
      const char *ne = line_end(nx, end);
      int m = split_cells(nx, ne, delim, cells);
      if (m < 2 && delim && open_row && ne < end) {
        /* a row wrapped by OCR: "... | 1-514-234-6994 |", blank, "G7A 5T8" */
        const char *n2 = ne + 1;
        m = split_cells(n2, line_end(n2, end), delim, cells);
      }
      if (m < 2 || (!delim && m != ncols))
        return row;
      row = nx;
      continue;
    }
    blank_run = 0;
    {
      const char *t = re;
      while (t > rs && (t[-1] == ' ' || t[-1] == '\r'))
        t--;
      open_row = delim && t > rs && t[-1] == delim;
    }
    int n = split_cells(row, re, delim, cells);
    if (n < 2) {
      if (++odd > 1)
        return row;
    } else {
      odd = 0;
      if (!delim && n != ncols) {
        /* aligned columns: cells only where the count matches */
      } else {
        for (int k = 0; k < n && k < ncols; k++)
          table_cell(scan, &cells[k], kinds[k]);
      }
    }
    if (re >= end)
      return row;
    row = re + 1;
  }
  return row;
}

/* Applies the column kinds to one cell. */
static void
table_cell(CvScan *scan, const Cell *c, int kind)
{
  const char *text = scan->text;
  if (c->s >= c->e)
    return;
  if (kind == TCOL_NAME && cell_is_name(c)) {
    add_name(scan, c->s, c->e, 0.85f, "name-table");
  } else if (kind == TCOL_DOB) {
    const char *de = parse_date(c->s, c->e);
    if (de)
      cv_scan_add(scan, CV_PII_DOB, (gsize)(c->s - text), (gsize)(de - text), 0.9f,
                  "dob-table");
  } else if (kind >= TCOL_ID && kind < TCOL_ID + CV_PII_N_TYPES) {
    /* fails closed: any value with a digit (an '@' for e-mail) */
    gboolean ok = FALSE;
    for (const char *q = c->s; q < c->e && !ok; q++)
      ok = kind == TCOL_ID + CV_PII_EMAIL ? *q == '@' : cv_is_digit(*q);
    if (ok && c->e - c->s <= 64)
      cv_scan_add(scan, (CvPiiType)(kind - TCOL_ID), (gsize)(c->s - text),
                  (gsize)(c->e - text), 0.85f, "id-table");
  } else if (kind == TCOL_ADDR && c->e - c->s >= 6) {
    gboolean digit = FALSE;
    for (const char *q = c->s; q < c->e && !digit; q++)
      digit = cv_is_digit(*q);
    if (digit)
      cv_scan_add(scan, CV_PII_ADDRESS, (gsize)(c->s - text), (gsize)(c->e - text), 0.8f,
                  "address-table");
  }
}

/* A table written one cell per line (DOCX/ODT tables as extracted): three
 * or more header lines that are all column labels, then the cells, row
 * after row, until a blank or a long line.  Returns the end of what it
 * read (the start when it is no such table). */
static const char *
table_vertical(CvScan *scan, const char *ls)
{
  const char *end = scan->text + scan->len;
  int kinds[TABLE_MAX_COLS];
  int ncols = 0, useful = 0;
  const char *p = ls;
  while (p < end && ncols < TABLE_MAX_COLS) {
    const char *le = line_end(p, end);
    Cell c = {skip_hspace(p, le), le};
    while (c.e > c.s && (c.e[-1] == ' ' || c.e[-1] == '\r' || c.e[-1] == '\t'))
      c.e--;
    int kd = c.s < c.e ? header_kind(&c) : -1;
    if (kd <= 0)
      break;
    kinds[ncols++] = kd;
    if (kd == TCOL_NAME || kd == TCOL_DOB || kd == TCOL_ADDR || kd >= TCOL_ID)
      useful++;
    if (le >= end)
      return ls;
    p = le + 1;
  }
  if (ncols < 3 || useful == 0)
    return ls;
  for (int k = 0; p < end && k < 4000; k++) {
    const char *le = line_end(p, end);
    Cell c = {skip_hspace(p, le), le};
    while (c.e > c.s && (c.e[-1] == ' ' || c.e[-1] == '\r' || c.e[-1] == '\t'))
      c.e--;
    if (c.s >= c.e || c.e - c.s > 80)
      break;
    table_cell(scan, &c, kinds[k % ncols]);
    if (le >= end)
      break;
    p = le + 1;
  }
  return p;
}

void
cv_scan_tables(CvScan *scan)
{
  const char *text = scan->text;
  const char *end = text + scan->len;
  const CvCtxHit *hits = (const CvCtxHit *)scan->hits->data;
  const char *done = text; /* lines before this were examined */
  for (guint i = 0; i < scan->hits->len; i++) {
    const CvCtxHit *h = &hits[i];
    if (!(h->cats & (CV_CTX_LABEL | CV_CTX_DOB | CV_CTX_ADDRLABEL | CV_CTX_SIN |
                     CV_CTX_PHONE | CV_CTX_EMAILCTX)))
      continue;
    if (!(h->flags & CV_WORD_CAP) && h->end - h->start < 4 &&
        !(h->end < scan->len && (text[h->end] == ',' || text[h->end] == ';' ||
                                 text[h->end] == '\t' || text[h->end] == '|')))
      continue; /* "to", "ne", "de": a header word is capitalised, longer,
                 * or glued to a delimiter ("nom,nas,tel") */
    const char *w = text + h->start;
    if (w < done)
      continue;
    {
      /* cheap test: the word sits in a short cell, a delimiter or the line
       * start close before it and a delimiter or the line end close after
       * (prose lines fail here) */
      const char *b = w, *a = text + h->end;
      while (a < end && a - w < 24 && *a != '\n' && *a != '\t' && *a != '|' && *a != ';' &&
             *a != ',' && !(*a == ' ' && a + 1 < end && a[1] == ' '))
        a++;
      if (a - w >= 24)
        continue;
      while (b > text && w - b < 24 && b[-1] != '\n' && b[-1] != '\t' && b[-1] != '|' &&
             b[-1] != ';' && b[-1] != ',' && !(b[-1] == ' ' && b - 1 > text && b[-2] == ' '))
        b--;
      if (w - b >= 24)
        continue;
      /* and that cell is a column label itself */
      Cell hc = {b, a};
      while (hc.s < hc.e && (*hc.s == ' ' || *hc.s == '\t'))
        hc.s++;
      while (hc.e > hc.s && (hc.e[-1] == ' ' || hc.e[-1] == '\r'))
        hc.e--;
      if (header_kind(&hc) <= 0)
        continue;
    }
    const char *ls = w;
    while (ls > text && ls[-1] != '\n' && w - ls < 256)
      ls--;
    if (ls > text && ls[-1] != '\n')
      continue;
    const char *le = line_end(w, end);
    done = le;
    if (le - ls > 512)
      continue;
    {
      const char *ve = table_vertical(scan, ls);
      if (ve > ls) {
        done = ve;
        continue;
      }
    }
    char delim = 0;
    int ncomma = 0, nsemi = 0, gap = 0;
    gboolean tab = FALSE, pipe = FALSE;
    for (const char *q = ls; q < le; q++) {
      switch (*q) {
      case '\t': tab = TRUE; break;
      case '|': pipe = TRUE; break;
      case ';': nsemi++; break;
      case ',': ncomma++; break;
      case ' ': if (q + 1 < le && q[1] == ' ') gap = 1; break;
      default: break;
      }
    }
    if (tab)
      delim = '\t';
    else if (pipe)
      delim = '|';
    else if (nsemi >= 1)
      delim = ';';
    else if (ncomma >= 2)
      delim = ',';
    else if (!gap)
      continue;
    Cell cells[TABLE_MAX_COLS];
    int n = split_cells(ls, le, delim, cells);
    if (n < 2)
      continue;
    int kinds[TABLE_MAX_COLS];
    int useful = 0, labels = 0;
    for (int k = 0; k < n; k++) {
      int kd = header_kind(&cells[k]);
      if (kd < 0 && cells[k].s < cells[k].e)
        goto next_hit; /* a cell with digits or too long: not a header */
      kinds[k] = kd < 0 ? TCOL_NONE : kd;
      if (kd > 0 && kd != TCOL_OTHER)
        useful++;
      if (cells[k].s < cells[k].e)
        labels++;
    }
    if (useful == 0 || labels < 2)
      continue;
    if (le < end) {
      /* rows read are not tried as headers again (a file of header-like
       * lines would otherwise be read again from each of them) */
      const char *stop = table_rows(scan, le + 1, delim, kinds, n);
      if (stop > done)
        done = stop;
    }
  next_hit:;
  }
}

/* "Présents :" or "Attendees:" ending its line, then bullet lines, one
 * person each: "- Marie Roy", "* TREMBLAY, Luc (secrétaire)", "• Dr Ana
 * Lima, présidente".  @p is just after the ':'.  Returns TRUE if it was
 * such a list. */
static gboolean
bullet_list(CvScan *scan, const char *p)
{
  const char *end = scan->text + scan->len;
  const char *le = line_end(p, end);
  if (skip_hspace(p, le) < le || le >= end)
    return FALSE;
  int found = 0;
  const char *row = le + 1;
  for (int k = 0; k < 60 && row < end; k++) {
    const char *re = line_end(row, end);
    const char *b = skip_hspace(row, re);
    if (b < re && (*b == '-' || *b == '*'))
      b++;
    else if (re - b >= 3 && (guint8)b[0] == 0xE2 && (guint8)b[1] == 0x80 &&
             ((guint8)b[2] == 0xA2 || (guint8)b[2] == 0x93 || (guint8)b[2] == 0x94))
      b += 3;
    else
      break;
    const char *t = skip_hspace(b, re);
    if (t == b)
      break;
    t = skip_title(t, re);
    int nw;
    gboolean gaz;
    const char *ne = read_name(t, re, 5, &nw, &gaz, TRUE);
    if (ne && nw >= 2) {
      const char *a = skip_hspace(ne, re);
      if (a >= re || *a == ',' || *a == '(' || *a == ';' ||
          (re - a >= 3 && (guint8)a[0] == 0xE2 && (guint8)a[1] == 0x80)) {
        add_name(scan, t, ne, 0.85f, "name-bullet-list");
        found++;
      }
    }
    if (re >= end)
      break;
    row = re + 1;
  }
  return found > 0;
}

/* A list item or a signature: "- Amadou Ahmadi, président", "— G. Paquin,
 * préposée aux renseignements", "- DUPONT, Thi Lan, legal counsel": a
 * bullet or dash at the line start, a name, a comma, then only lower-case
 * words up to the job title at @role. */
static void
role_line(CvScan *scan, const char *role)
{
  const char *text = scan->text;
  /* cheap test: a comma shortly before the job title */
  const char *c = role;
  while (c > text && role - c < 48 && c[-1] != ',' && c[-1] != '\n')
    c--;
  if (c == text || c[-1] != ',')
    return;
  const char *ls = role;
  while (ls > text && ls[-1] != '\n' && role - ls < 160)
    ls--;
  if (ls > text && ls[-1] != '\n')
    return;
  const char *p = skip_hspace(ls, role);
  if (p < role && (*p == '-' || *p == '*' || *p == '>'))
    p++;
  else if (role - p >= 3 && (guint8)p[0] == 0xE2 && (guint8)p[1] == 0x80 &&
           ((guint8)p[2] == 0x94 || (guint8)p[2] == 0x93 || (guint8)p[2] == 0xA2))
    p += 3; /* — – • */
  else
    return;
  const char *t = skip_hspace(p, role);
  if (t == p)
    return;
  t = skip_title(t, role);
  int nw;
  gboolean gaz;
  const char *ne = read_name(t, role, 5, &nw, &gaz, TRUE);
  if (!ne || nw < 1)
    return;
  const char *q = skip_hspace(ne, role);
  if (q >= role || *q != ',')
    return;
  q = skip_hspace(q + 1, role);
  int words = 0;
  while (q < role) {
    Word w;
    if (!word_at(q, role, &w) || w.digit || (w.cap && !(w.cats & CV_CTX_ROLE)) || ++words > 3)
      return;
    q = skip_hspace(w.e, role);
  }
  /* one word alone must look like a name: a capitalised word or an initial */
  if (nw == 1 && !gaz) {
    Word w;
    if (!word_at(t, ne, &w) || !w.cap)
      return;
  }
  add_name(scan, t, ne, 0.85f, "name-role-line");
}

/* The display name of an address: "De : Bogdan Van Houtte <bvh@x.ca>",
 * "Hye-Jin Adeyemi <h@x.ca>", "TREMBLAY, Marie <m@x.ca>": a name that
 * ends right before '<' and starts the field (line start, ':' ',' ';'). */
static void
display_names(CvScan *scan)
{
  const char *text = scan->text;
  guint n = scan->cands->len;
  for (guint i = 0; i < n; i++) {
    const CvSpan sp = g_array_index(scan->cands, CvSpan, i);
    if (sp.type != CV_PII_EMAIL || sp.start < 3 || text[sp.start - 1] != '<')
      continue;
    const char *lt = text + sp.start - 1;
    const char *b = lt;
    while (b > text && (b[-1] == ' ' || b[-1] == '"' || b[-1] == '\t'))
      b--;
    const char *f = b; /* start of the field */
    while (f > text && b - f < 80 && f[-1] != '\n' && f[-1] != ':' && f[-1] != ';' &&
           f[-1] != '<' && f[-1] != '>' && f[-1] != '\t')
      f--;
    if (b - f >= 80)
      continue;
    const char *t = skip_hspace(f, b);
    if (t < b && *t == '"')
      t++;
    t = skip_title(t, b);
    int nw;
    gboolean gaz;
    const char *ne = read_name(t, b, 5, &nw, &gaz, TRUE);
    if (ne && ne == b && nw >= 2)
      add_name(scan, t, ne, 0.85f, "name-display");
  }
}

/* Names after a copy line at a line start, colon or not: "c. c. Marie Roy",
 * "c.c. M. Jean Gagnon, Luc Roy", "cc Marie Roy" (the "cc :" form is a
 * label).  @p is just after the "c. c." / "cc". */
static void
copy_line(CvScan *scan, const char *p)
{
  const char *end = scan->text + scan->len;
  const char *le = line_end(p, end);
  const char *t = skip_hspace(p, le);
  if (t == p || t >= le)
    return;
  for (int k = 0; k < 8 && t < le; k++) {
    t = skip_title(t, le);
    int nw;
    gboolean gaz;
    const char *ne = read_name(t, le, 5, &nw, &gaz, FALSE);
    if (!ne || nw < 2)
      return;
    add_name(scan, t, ne, 0.85f, "name-copy");
    t = skip_hspace(ne, le);
    if (t < le && (*t == ',' || *t == ';'))
      t = skip_hspace(t + 1, le);
    else if (le - t > 3 && memcmp(t, "et ", 3) == 0)
      t += 3;
    else if (le - t > 4 && memcmp(t, "and ", 4) == 0)
      t += 4;
    else
      return;
  }
}

static gboolean
at_line_start(const char *text, const char *f)
{
  while (f > text && (f[-1] == ' ' || f[-1] == '\t'))
    f--;
  return f == text || f[-1] == '\n';
}

static void
copy_lines(CvScan *scan)
{
  const char *text = scan->text;
  const char *end = text + scan->len;
  /* "c. c." and "c.c.": from each '.' (memchr), a 'c' before it at a
   * line start */
  const char *p = text + 1;
  while (p < end) {
    const char *d = memchr(p, '.', (gsize)(end - p));
    if (!d)
      break;
    p = d + 1;
    const char *f = d - 1;
    if ((*f != 'c' && *f != 'C') || end - f < 4 || !at_line_start(text, f))
      continue;
    gsize l = 0;
    if (f[2] == ' ' && end - f > 4 && f[3] == 'c' && f[4] == '.')
      l = 5;
    else if (f[2] == 'c' && f[3] == '.')
      l = 4;
    if (l)
      copy_line(scan, f + l);
  }
  /* "cc Marie Roy": a context hit */
  const CvCtxHit *h = (const CvCtxHit *)scan->hits->data;
  for (guint i = 0; i < scan->hits->len; i++) {
    if (h[i].end - h[i].start != 2 || !(h[i].cats & CV_CTX_LABEL))
      continue;
    const char *w = text + h[i].start;
    if ((w[0] | 0x20) == 'c' && (w[1] | 0x20) == 'c' && w + 2 < end && w[2] == ' ' &&
        at_line_start(text, w))
      copy_line(scan, w + 2);
  }
}

void
cv_scan_names(CvScan *scan)
{
  const char *text = scan->text;
  const char *end = text + scan->len;
  const CvCtxHit *hits = (const CvCtxHit *)scan->hits->data;
  guint nh = scan->hits->len;
  gsize covered = 0; /* end of the last name found: hits inside are done */
  const char *role_done = text; /* lines before this were tried by role_line */
  display_names(scan);
  copy_lines(scan);
  for (guint i = 0; i < nh; i++) {
    const CvCtxHit *h = &hits[i];
    const char *ws = text + h->start, *we = text + h->end;
    int nw;
    gboolean gaz;
    if (scan->cands->len > 0) {
      const CvSpan *last = &g_array_index(scan->cands, CvSpan, scan->cands->len - 1);
      if (last->type == CV_PII_PERSON && last->end > covered && last->start <= h->start)
        covered = last->end; /* (table columns add spans further on: not these) */
    }
    if ((h->cats & CV_CTX_ROLE) && ws >= role_done) {
      role_done = line_end(ws, end);
      role_line(scan, ws);
    }
    if (h->start < covered)
      continue;

    if ((h->cats & CV_CTX_TITLE) && (h->flags & CV_WORD_CAP)) {
      const char *q = we;
      gsize wl = h->end - h->start;
      gboolean dot = q < end && *q == '.';
      if (wl == 1 && !dot)
        goto next_rule; /* "M" alone */
      if (dot)
        q++;
      const char *t = skip_hspace(q, end);
      if (t == q)
        goto next_rule;
      t = skip_title(t, end); /* "M. Dr Tremblay" */
      const char *ne = read_name_x(t, end, 4, &nw, &gaz, FALSE, TRUE);
      if (ne && nw >= 1) {
        add_name(scan, t, ne, 0.9f, "name-title");
        continue;
      }
    }
  next_rule:
    if ((h->cats & CV_CTX_LABEL) && (h->flags & CV_WORD_CAP)) {
      /* a header cell: at a line start or after a tab, ended by a tab or
       * the line end ("Nom<TAB>Prénom<TAB>NAS") */
      const char *b = ws;
      while (b > text && (b[-1] == ' '))
        b--;
      if (b == text || b[-1] == '\n' || b[-1] == '\t') {
        const char *a = we;
        while (a < end && a - we < 30 && *a != '\t' && *a != '\n' && *a != ':')
          a++;
        if (a < end && (*a == '\t' || *a == '\n')) {
          const char *ls = b;
          while (ls > text && ls[-1] != '\n' && b - ls < 512)
            ls--;
          table_column(scan, ls, b);
        }
      }
    }
    if ((h->cats & CV_CTX_LABEL) ||
        (h->end - h->start == 8 && (ws[0] == 'F' || ws[0] == 'f') &&
         memcmp(ws + 1, "actur\xc3\xa9", 7) == 0)) {
      /* label words up to ':' on the same line ("Facturé à :" too, not
       * the invoice word "Facture") */
      const char *q = we;
      const char *le = line_end(q, end);
      const char *lim = q + 40 < le ? q + 40 : le;
      const char *colon = NULL;
      gboolean bad = FALSE;
      int unknown = 0; /* ordinary words between the label and ':' */
      /* cheap test first: no ':', tab or column gap ahead, no field */
      {
        /* cheap test first: a ':', a tab, or (capitalised labels) a column
         * gap ahead; or the label alone on its line */
        gsize span = (gsize)(lim - q);
        gboolean field = lim >= le || memchr(q, ':', span) || memchr(q, '\t', span) ||
                         memchr(q, '|', span) || memchr(q, ';', span) ||
                         memchr(q, 0xE2, span);
        if (!field && (h->flags & CV_WORD_CAP))
          for (const char *r = q; r + 2 < lim && !field; r++)
            field = r[0] == ' ' && r[1] == ' ' && r[2] == ' ';
        if (!field)
          bad = TRUE;
      }
      const char *after = NULL; /* end of the separator */
      while (q < lim && !bad) {
        if (*q == ':' || *q == '\t' || *q == '|' || *q == ';' ||
            (*q == ' ' && q + 1 < lim && q[1] == ' ' && q + 2 < lim && q[2] == ' ')) {
          colon = q; /* ':', '|', ';' or a column gap (tables, PDF layout) */
          after = q + 1;
          break;
        }
        if (lim - q >= 3 && (guint8)q[0] == 0xE2 && (guint8)q[1] == 0x80 &&
            ((guint8)q[2] == 0x94 || (guint8)q[2] == 0x93) && q > we &&
            (q[-1] == ' ' || q[-1] == ')') && q + 3 < end && q[3] == ' ') {
          colon = q; /* "NOM DE FAMILLE — RAMÍREZ" (em or en dash between spaces) */
          after = q + 3;
          break;
        }
        if (cv_is_digit(*q) || *q == '.' || *q == '?' || *q == '!') {
          bad = TRUE;
          break;
        }
        Word w;
        if (word_at(q, end, &w) && !w.digit) {
          static const char *const fill[] = {
            "de", "du", "la", "le", "famille", "complet", "complete", "usuel",
            "legal", "of", "the", "full", "first", "last", "given", "middle",
            "family", "requerant", "requerante", "client", "cliente",
            "demandeur", "demanderesse", "e", "s", "et", "and", "prenom",
            "prenoms", "nom", "noms", "name", "names", "du", "l'usager", "usager",
            "patient", "patiente", "applicant", "employe", "employee",
            "beneficiaire", "titulaire", "contact", "personne", "person",
            "a", "joindre", "mandataire", "representant", "representante",
            "signataire", "conjoint", "conjointe", "jeune", "fille", "maiden",
            "en", "lettres", "moulees", "print", "or", "ou", "x", "surname",
            "destinataire", "plaignant", "plaignante", "etudiant", "etudiante",
            "eleve", "student", "proprietaire", "owner", "locataire", "tenant",
            "carte", "card", "compte", "account", "bail", "lease", "par", "by",
            "social", "sociale", "traitant", "traitante", "legal", "legale"};
          gboolean ok = FALSE;
          for (gsize k = 0; k < G_N_ELEMENTS(fill) && !ok; k++)
            ok = w.fn == strlen(fill[k]) && memcmp(w.f, fill[k], w.fn) == 0;
          /* "l'entreprise": judge the word after the elision */
          const char *ap = memchr(w.f, '\'', w.fn);
          if (ap && !ok) {
            gsize off = (gsize)(ap + 1 - w.f);
            memmove(w.f, ap + 1, w.fn - off);
            w.fn -= off;
            w.cats = cv_ctx_lookup(w.f, w.fn, NULL);
            for (gsize k = 0; k < G_N_ELEMENTS(fill) && !ok; k++)
              ok = w.fn == strlen(fill[k]) && memcmp(w.f, fill[k], w.fn) == 0;
          }
          if (!ok && !w.cap && unknown < 2 && !(w.cats & CV_CTX_STOPNAME) &&
              !(w.cats & (CV_CTX_NEG | CV_CTX_STREET_FR | CV_CTX_STREET_EN |
                          cv_pii_ctx_mask))) {
            /* "Personne rencontrée :", "Nom de la personne visée :" */
            static const char *const deny[] = {
              "organisme", "compagnie", "company", "organization", "organisation",
              "employeur", "employer", "etablissement", "ecole", "ministere", "ville",
              "municipalite", "fichier", "programme", "produit", "product", "formulaire",
              "service", "direction", "societe", "firme", "cabinet", "bureau", "unite",
              "equipe", "groupe", "projet", "association", "syndicat", "fournisseur",
              "supplier", "vendor", "medicament", "drug", "animal", "chien", "navire",
              "vehicule", "vehicle", "modele", "model", "marque", "brand", "pays", "country"};
            ok = TRUE;
            for (gsize k = 0; k < G_N_ELEMENTS(deny) && ok; k++)
              ok = !(w.fn == strlen(deny[k]) && memcmp(w.f, deny[k], w.fn) == 0);
            unknown++;
          }
          if (!ok) {
            bad = TRUE;
            break;
          }
          q = w.e;
          continue;
        }
        q++;
      }
      if (colon && !bad && *colon == ':' && bullet_list(scan, after))
        continue;
      if (colon && !bad) {
        const char *t = skip_hspace(after, end);
        if (t < end && *t == ':')
          t = skip_hspace(t + 1, end);
        t = skip_title(t, end);
        const char *ne = read_name_x(t, end, 5, &nw, &gaz, TRUE, TRUE);
        if (ne && nw == 1 && sentence_after(scan, t, ne))
          ne = NULL; /* "Agent: Copying fees will be charged..." */
        if (ne && nw >= 1) {
          add_name(scan, t, ne, 0.9f, "name-label");
          /* a list: "Présents : Marie Tremblay, Jean Gagnon et Luc Roy" */
          for (int more = 0; more < 12; more++) {
            const char *r = skip_hspace(ne, end);
            if (r < end && (*r == ',' || *r == ';'))
              r = skip_hspace(r + 1, end);
            else if (end - r > 3 && (memcmp(r, "et ", 3) == 0))
              r += 3;
            else if (end - r > 4 && memcmp(r, "and ", 4) == 0)
              r += 4;
            else
              break;
            r = skip_title(r, end);
            const char *ne2 = read_name(r, end, 4, &nw, &gaz, FALSE);
            if (!ne2 || nw < 1)
              break;
            add_name(scan, r, ne2, 0.85f, "name-label-list");
            ne = ne2;
          }
          continue;
        }
      }
      /* label alone on its line, the name alone on the next one */
      if (!colon && !bad && q >= le && le < end && *le == '\n') {
        const char *ls = ws;
        while (ls > text && (ls[-1] == ' ' || ls[-1] == '\t'))
          ls--;
        if (ls > text && ls[-1] != '\n' && ls < ws) {
          /* "FIRST NAME", "Given name", "Full name" alone on the line */
          const char *b = ls;
          while (b > text && cv_is_alpha_ascii(b[-1]) && ls - b < 7)
            b--;
          char lw[8];
          gsize ln = (gsize)(ls - b);
          for (gsize k = 0; k < ln && k < sizeof lw - 1; k++)
            lw[k] = g_ascii_tolower(b[k]);
          lw[MIN(ln, sizeof lw - 1)] = 0;
          if ((b == text || b[-1] == '\n' || b[-1] == ' ' || b[-1] == '\t') &&
              (g_str_equal(lw, "first") || g_str_equal(lw, "last") ||
               g_str_equal(lw, "given") || g_str_equal(lw, "middle") ||
               g_str_equal(lw, "family") || g_str_equal(lw, "full") ||
               g_str_equal(lw, "legal"))) {
            ls = b;
            while (ls > text && (ls[-1] == ' ' || ls[-1] == '\t'))
              ls--;
          }
        }
        if (ls == text || ls[-1] == '\n') {
          const char *t = skip_hspace(le + 1, end);
          const char *ne = read_name(t, end, 4, &nw, &gaz, TRUE);
          if (ne && nw >= 1) {
            const char *r = skip_hspace(ne, end);
            if (r >= end || *r == '\n' || *r == '\r') {
              add_name(scan, t, ne, 0.8f, "name-label-next-line");
              continue;
            }
          }
        }
      }
    }
    if (h->cats & CV_CTX_LABEL) {
      /* "le requérant Jean Tremblay", "Le locataire, Jean Tremblay," (no
       * colon): two name words */
      const char *w0 = we < end && *we == ',' ? we + 1 : we;
      const char *t = skip_hspace(w0, end);
      if (t > w0 && t - w0 <= 2 && end - t > 4 && *t == 'd' && t[1] == 'e' && t[2] == ' ' &&
          h->end - h->start == 9 && memcmp(ws + 1, "ttention", 8) == 0) {
        w0 = t + 2; /* "à l'attention de Marie Roy" */
        t = skip_hspace(w0, end);
      }
      if (t > w0 && t - w0 <= 2) {
        const char *t2 = skip_title(t, end);
        const char *ne = read_name(t2, end, 4, &nw, &gaz, FALSE);
        if (ne && (nw >= 2 || t2 > t)) {
          add_name(scan, t2, ne, 0.75f, "name-label-inline");
          continue;
        }
      }
    }
    if ((h->cats & CV_CTX_ROLE) && (h->flags & CV_WORD_CAP)) {
      /* "Marie Tremblay\nDirectrice ...": a job title starting a line
       * after a line made only of name words */
      const char *ls = ws;
      while (ls > text && (ls[-1] == ' ' || ls[-1] == '\t'))
        ls--;
      if (ls > text && ls[-1] == '\n') {
        const char *pe = ls - 1; /* the '\n' ending the previous line */
        if (pe > text && pe[-1] == '\r')
          pe--;
        const char *ps = pe;
        while (ps > text && ps[-1] != '\n' && pe - ps < 80)
          ps--;
        const char *t = skip_hspace(ps, pe);
        const char *t2 = skip_title(t, pe);
        const char *ne = read_name(t2, pe, 4, &nw, &gaz, FALSE);
        if (ne && nw >= 2) {
          const char *r = skip_hspace(ne, pe);
          if (r < pe && *r == ',')
            r = skip_hspace(r + 1, pe);
          if (r >= pe)
            add_name(scan, t2, ne, 0.75f, "name-signature-role");
        }
      }
    }
    if ((h->cats & CV_CTX_GREET) && (h->flags & CV_WORD_CAP)) {
      const char *q = we;
      if (q < end && *q == ',')
        q++;
      const char *t = skip_hspace(q, end);
      if (t > q) {
        const char *t2 = skip_title(t, end);
        const char *ne = read_name(t2, end, 4, &nw, &gaz, FALSE);
        if (ne && nw >= 1) {
          add_name(scan, t2, ne, 0.85f, "name-greeting");
          continue;
        }
      }
    }
    if (h->cats & CV_CTX_REL) {
      const char *q = we;
      if (q < end && (*q == ',' || *q == ':'))
        q++;
      const char *t = skip_hspace(q, end);
      if (t > q || (q > we)) {
        const char *t2 = skip_title(t, end);
        const char *ne = read_name(t2, end, 4, &nw, &gaz, FALSE);
        if (ne && (nw >= 2 || (nw == 1 && gaz) || t2 > t)) {
          add_name(scan, t2, ne, 0.8f, "name-relative");
          continue;
        }
      }
    }
    if (h->cats & CV_CTX_CLOSE) {
      /* signature: the next non-empty lines made only of name words */
      const char *q = line_end(we, end);
      for (int line = 0; line < 3 && q < end && *q == '\n'; line++) {
        q++; /* past '\n' */
        const char *le = line_end(q, end);
        if (le < end && *le != '\n')
          break; /* a very long line is no signature */
        const char *t = skip_hspace(q, end);
        if (t >= le || (t + 1 == le && *t == '\r')) {
          q = le;
          line--;
          if (le - we > 300)
            break;
          continue;
        }
        const char *ne = read_name(t, end, 4, &nw, &gaz, FALSE);
        if (ne && nw >= 2) {
          const char *r = skip_hspace(ne, end);
          if (r < end && *r == ',')
            r = skip_hspace(r + 1, end);
          if (r >= le || *r == '\r') {
            add_name(scan, t, ne, 0.75f, "name-signature");
            break;
          }
        }
        q = le;
      }
    }
    if (h->cats & CV_CTX_GAZFIRST) {
      /* a known first name followed by a capitalised name word */
      const char *before = ws;
      /* not after a street type or Saint: "rue Jean Talon" */
      gboolean blocked = FALSE;
      if (before > text + 1) {
        const char *b = before - 1;
        while (b > text && before - b < 3 && (*b == ' '))
          b--;
        const char *bs = b + 1;
        while (bs > text && before - bs < 24 && (cv_is_alpha_ascii(bs[-1]) ||
                                                 (guint8)bs[-1] >= 0x80 || bs[-1] == '.'))
          bs--;
        Word pw;
        if (bs <= b && word_at(bs, end, &pw) &&
            (pw.cats & (CV_CTX_STREET_FR | CV_CTX_STREET_EN)))
          blocked = TRUE;
        if (bs <= b && word_at(bs, end, &pw) && pw.fn >= 2 &&
            ((pw.fn == 5 && memcmp(pw.f, "saint", 5) == 0) ||
             (pw.fn == 6 && memcmp(pw.f, "sainte", 6) == 0) ||
             (pw.fn == 2 && memcmp(pw.f, "st", 2) == 0)))
          blocked = TRUE;
      }
      if (!blocked) {
        const char *ne = read_name(ws, end, 3, &nw, &gaz, FALSE);
        if (ne && nw >= 2) {
          add_name(scan, ws, ne, 0.75f, "name-gazetteer");
          continue;
        }
        /* "TREMBLAY, Marie" */
        if (ws - text >= 4 && ws[-1] == ' ' && ws[-2] == ',') {
          const char *b = ws - 2;
          const char *bs = b;
          while (bs > text && b - bs < 40 && (cv_is_alpha_ascii(bs[-1]) ||
                                              (guint8)bs[-1] >= 0x80 || bs[-1] == '-'))
            bs--;
          Word pw;
          if (bs < b && word_at(bs, end, &pw) && pw.e == b && pw.upper &&
              pw.fn >= 2 && name_word_ok(&pw)) {
            const char *ne2 = read_name(ws, end, 2, &nw, &gaz, FALSE);
            add_name(scan, bs, ne2 ? ne2 : we, 0.8f, "name-caps-comma");
            continue;
          }
        }
      }
    }
    if ((h->cats & CV_CTX_GAZLAST)) {
      /* Capitalised word + known surname: "Mamadou Poirier" */
      const char *b = ws;
      if (b - text >= 3 && b[-1] == ' ') {
        const char *bs = b - 1;
        while (bs > text && b - bs < 30 && (cv_is_alpha_ascii(bs[-1]) ||
                                            (guint8)bs[-1] >= 0x80 || bs[-1] == '-'))
          bs--;
        Word pw;
        if (bs < b - 1 && word_at(bs, end, &pw) && pw.e == b - 1 &&
            name_word_ok(&pw) && !cv_alnum_before(text, bs) &&
            !(bs > text + 1 && bs[-1] == ' ' && (bs[-2] == '.' || bs[-2] == '!' || bs[-2] == '?')) &&
            bs > text && bs[-1] != '\n' && !(bs - text >= 2 && bs[-1] == '-')) {
          /* the previous word must not start a sentence or line */
          add_name(scan, bs, we, 0.7f, "name-surname");
          continue;
        }
        /* line start: only with a known first name (handled above) */
      }
      /* "TREMBLAY, Marie" with a known surname in capitals */
      if ((h->flags & CV_WORD_UPPER) && we + 2 < end && we[0] == ',' && we[1] == ' ') {
        Word nw2;
        if (word_at(we + 2, end, &nw2) && name_word_ok(&nw2) && !nw2.upper) {
          add_name(scan, ws, nw2.e, 0.8f, "name-caps-comma");
          continue;
        }
      }
    }
  }
}

void
cv_scan_name_mentions(CvScan *scan)
{
  if (g_hash_table_size(scan->names) == 0)
    return;
  const char *text = scan->text;
  const char *end = text + scan->len;
  /* filter of the name words found, same key as the word pass */
  enum { BITS = 1 << 16 };
  guint64 *bloom = g_new0(guint64, BITS / 64);
  GHashTableIter it;
  gpointer key;
  g_hash_table_iter_init(&it, scan->names);
  while (g_hash_table_iter_next(&it, &key, NULL)) {
    guint32 k = cv_word_key(key, strlen(key)) & (BITS - 1);
    bloom[k >> 6] |= (guint64)1 << (k & 63);
  }
  const guint32 *cw = (const guint32 *)scan->capwords->data;
  guint n = scan->capwords->len / 2;
  for (guint i = 0; i < n; i++) {
    guint32 k = cw[2 * i + 1];
    if (k != CV_KEY_ANY) {
      k &= BITS - 1;
      if (!((bloom[k >> 6] >> (k & 63)) & 1))
        continue;
    }
    const char *p = text + cw[2 * i];
    if (p > text && (p[-1] == '-' || p[-1] == '\'') )
      continue;
    Word w;
    if (!word_at(p, end, &w) || w.fn < 2 || w.fn > CV_REDACT_MAX_WORD)
      continue;
    char buf[CV_REDACT_MAX_WORD + 1];
    memcpy(buf, w.f, w.fn);
    buf[w.fn] = 0;
    if (g_hash_table_contains(scan->names, buf)) {
      /* a surname of this document's people is theirs even in a firm's
       * name ("Leduc Avocats inc."); a given name in an organisation's
       * name is not ("Pharmacie Jean Coutu") */
      float conf = 0.7f;
      if (!cv_gazetteer_first(w.f, w.fn) &&
          cv_scan_in_keep(scan, (gsize)(p - text), (gsize)(w.e - text)))
        conf = CV_KEEP_CONF;
      cv_scan_add(scan, CV_PII_PERSON, (gsize)(p - text), (gsize)(w.e - text), conf,
                  "name-mention");
    }
  }
  g_free(bloom);
}
