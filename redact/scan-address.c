/* scan-address.c — owns the street-address detector: civic number, unit,
 * French and English street types, the rest of the line through city,
 * province and postal code. */
#define _GNU_SOURCE 1
#include "scan-words.h"

#include <string.h>

/* ---- street addresses ---------------------------------------------------- */

static gboolean
is_direction(const Word *w)
{
  static const char *const dirs[] = { "est",   "ouest", "nord", "sud",  "e",
                                      "o",     "n",     "s",    "east", "west",
                                      "north", "south", "w",    "ne",   "nw",
                                      "se",    "sw",    "no" };
  if (!w->cap)
    return FALSE;
  for (gsize i = 0; i < G_N_ELEMENTS(dirs); i++)
    if (w->fn == strlen(dirs[i]) && memcmp(w->f, dirs[i], w->fn) == 0)
      return TRUE;
  return FALSE;
}

/* A province's name or code, capitalised ("QC", "Québec", "Ont."). */
gboolean
cv_province_word(const Word *w)
{
  static const char *const prov[] = { "qc",
                                      "quebec",
                                      "on",
                                      "ont",
                                      "ontario",
                                      "bc",
                                      "ab",
                                      "alberta",
                                      "mb",
                                      "manitoba",
                                      "sk",
                                      "saskatchewan",
                                      "ns",
                                      "nb",
                                      "pe",
                                      "pei",
                                      "nl",
                                      "yt",
                                      "nt",
                                      "nu",
                                      "pq",
                                      "canada",
                                      "nouveau-brunswick",
                                      "new",
                                      "brunswick",
                                      "nouvelle-ecosse",
                                      "nova",
                                      "scotia",
                                      "colombie-britannique",
                                      "british",
                                      "columbia",
                                      "terre-neuve-et-labrador" };
  if (!w->cap)
    return FALSE;
  if (w->fn == 2 && !w->upper && !(w->f[0] == 'q' && w->f[1] == 'c'))
    return FALSE;
  for (gsize i = 0; i < G_N_ELEMENTS(prov); i++)
    if (w->fn == strlen(prov[i]) && memcmp(w->f, prov[i], w->fn) == 0)
      return TRUE;
  return FALSE;
}

/* A Canadian postal code typed in lower case right after a street ("2488
 * Victoria Avenue h4j1p4", "chemin de la Grande-Côte j7v 9l0 pis"): the
 * letters Canada Post uses, no look-alike. */
static gboolean
lower_postal_at(const char *p, const char *end, const char **out)
{
  const char *q = p;
  for (int k = 0; k < 6; k++) {
    if (k == 3 && q < end && (*q == ' ' || *q == '-'))
      q++;
    if (q >= end)
      return FALSE;
    if (k & 1 ? !cv_is_digit(*q)
              : !(*q >= 'a' && *q <= 'z' &&
                  strchr(k == 0 ? "abceghjklmnprstvxy" : "abceghjklmnprstvwxyz",
                         *q) != NULL))
      return FALSE;
    q++;
  }
  if (q < end && cv_is_alnum_ascii(*q))
    return FALSE;
  *out = q;
  return TRUE;
}

static gboolean
postal_at(const char *p, const char *end, const char **out)
{
  if (p < end && *p >= 'a' && *p <= 'z')
    return lower_postal_at(p, end, out);
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

/* After a street: unit, city, province and postal code on the same line.
 * A Canadian address (a province or a Canadian postal code after the
 * city) ends after its unit: the city and the province stay, as in a
 * postal block, and the postal code is set in @pc_s / @pc_e (NULL if
 * none) for a postal-code span of its own ("1765, avenue Laurier Est,
 * Rivière-du-Loup, J8Y 9A7"). */
static const char *
address_tail(const char *p, const char *end, const char **pc_s,
             const char **pc_e, gboolean *ca)
{
  const char *best = p;
  *pc_s = *pc_e = NULL;
  const char *q = p;
  /* unit: ", app. 5" / " #12" / ", bureau 200" */
  {
    const char *r = q;
    if (r < end && *r == ',')
      r++;
    r = cv_skip_hspace(r, end);
    if (r > q && end - r > 4 && (guint8)r[0] == 0xe2 && (guint8)r[1] == 0x80 &&
        ((guint8)r[2] == 0x93 || (guint8)r[2] == 0x94) && r[3] == ' ')
      r += 4; /* a dash before the unit: "rue des Érables – unité 1005A" */
    Word w;
    if (r < end && *r == '#') {
      r++;
      if (end - r > 1 && *r == ' ' && cv_is_digit(r[1]))
        r++; /* ("# 16") */
      const char *ds = r;
      while (r < end && cv_is_alnum_ascii(*r) && r - ds < 6)
        r++;
      if (r > ds)
        best = q = r;
    } else if (cv_word_at(r, end, &w) &&
               ((w.cats & CV_CTX_UNIT) ||
                /* (a "local" with its period: "rue des Tilleuls loc. 8";
                 * "Loc" alone is a name) */
                (w.fn == 3 && memcmp(w.f, "loc", 3) == 0 && w.e < end &&
                 *w.e == '.'))) {
      r = w.e;
      if (r < end && *r == '.')
        r++;
      r = cv_skip_hspace(r, end);
      const char *ds = r;
      while (r < end && cv_is_alnum_ascii(*r) && r - ds < 6)
        r++;
      if (r > ds && cv_is_digit(*ds))
        best = q = r;
    }
  }
  /* city, province, postal code */
  const char *unit_end = best;
  /* "… West in Longueuil with", "…, unit 419, à Uashat, déclare": a city
   * told by a preposition of place, which stays */
  {
    const char *r = q;
    if (r < end && *r == ',')
      r++;
    r = cv_skip_hspace(r, end);
    static const char *const in[] = { "in ", "à ", "a ", "au " };
    for (gsize k = 0; r > q && k < G_N_ELEMENTS(in); k++) {
      gsize n = strlen(in[k]);
      /* (a city in lower case and a Canadian postal code after it, as
       * voicemails are transcribed: "in kuujjuaq g4x 3k8", "à brossard
       * h9g7t4") */
      if ((gsize)(end - r) > n + 1 && memcmp(r, in[k], n) == 0 &&
          !cv_cap_at(r + n, end)) {
        const char *c = r + n;
        for (int m = 0; m < 3 && c < end; m++) {
          Word cw;
          if (!cv_word_at(c, end, &cw) || cw.cap || cw.digit || cw.e - c > 30)
            break;
          const char *d = cv_skip_hspace(cw.e, end);
          const char *pe;
          if (d > cw.e &&
              (lower_postal_at(d, end, &pe) || postal_at(d, end, &pe))) {
            *pc_s = d;
            *pc_e = pe;
            *ca = TRUE;
            return unit_end;
          }
          if (d == cw.e)
            break;
          c = d;
        }
      }
      if ((gsize)(end - r) > n + 1 && memcmp(r, in[k], n) == 0 &&
          cv_cap_at(r + n, end)) {
        /* (not "in London NW1 6XE": a code after the city is another
         * country's tail) */
        const char *c = r + n;
        for (int m = 0; m < 4; m++) {
          Word cw;
          if (!cv_word_at(c, end, &cw) || !cw.cap || cw.digit)
            break;
          c = cw.e;
          const char *d = cv_skip_hspace(c, end);
          if (d == c)
            break;
          c = d;
        }
        gboolean code = FALSE;
        for (const char *d = c;
             d < end && d - c < 4 && !code && *d != '\n' && *d != ' '; d++)
          code = cv_is_digit(*d);
        if (code)
          break;
        *ca = TRUE;
        return unit_end;
      }
    }
  }
  gboolean saw_prov = FALSE, saw_postal = FALSE;
  int words = 0;
  const char *stop = q + 120 < end ? q + 120 : end;
  int segs = 0; /* commas crossed after a city's word */
  gboolean unit2 = FALSE;
  while (q < stop) {
    const char *r = cv_skip_hspace(q, end);
    if (r < end && (*r == ',' || *r == '(' || *r == ')')) {
      if (*r == ',' && words > 0)
        segs++;
      q = r + 1;
      continue;
    }
    const char *pe;
    if (r < end && postal_at(r, end, &pe)) {
      best = q = pe;
      saw_postal = TRUE;
      *pc_s = r;
      *pc_e = pe;
      break;
    }
    Word w;
    if (!cv_word_at(r, end, &w) || w.digit)
      break;
    if (cv_province_word(&w)) {
      saw_prov = TRUE;
      best = q = w.e;
      if (q < end && *q == ')')
        best = ++q;
      continue;
    }
    if (w.cats & CV_CTX_UNIT)
      unit2 = TRUE; /* (a second unit: "Suite 697 Apt. 397, Mora") */
    if (w.cap && !(w.cats & (CV_CTX_PHONE | CV_CTX_EMAILCTX | CV_CTX_LABEL))) {
      if (++words > 5)
        break;
      q = w.e;
      continue;
    }
    if (cv_is_particle_word(&w) && words > 0) {
      q = w.e;
      continue;
    }
    break;
  }
  if (saw_prov || saw_postal) {
    *ca = TRUE;
    return unit_end;
  }
  /* a city and no postcode after it: the city stays as a Canadian one
   * does ("au 8-10989 rue des Pins, Terrebonne, c'est toujours bon ?");
   * a postcode after it is the international tail's (scan-fields.c) */
  const char *r = cv_skip_hspace(q, end);
  if (words > 0 && words <= 4 && !unit2 && (r >= end || !cv_is_digit(*r)) &&
      (segs == 0 || (segs == 1 && q > p && q[-1] == ',')))
    *ca = TRUE; /* (one city; "Beauwelz, Belgium": a country, the tail's) */
  return unit_end;
}

/* "app. 12, 455 rue ..." / "Unit 4, 1250 Maple ...": the unit written
 * before the civic number on the same line. */
static const char *
unit_before(const char *text, const char *s)
{
  if (s - text >= 3 && s[-1] == '-' && cv_is_alpha_ascii(s[-2]) &&
      cv_is_digit(s[-3])) {
    /* a unit of digits and a letter before the number: "#12B-12499",
     * "1A-81, rue de la Fabrique" */
    const char *d = s - 2;
    while (d > text && cv_is_digit(d[-1]) && s - d < 7)
      d--;
    if (d > text && d[-1] == '#')
      d--;
    if (d == text || d[-1] == ' ' || d[-1] == '\n' || d[-1] == '"' || d[-1] == ',')
      return d;
  }
  if (s - text >= 2 && s[-1] == '/' && cv_is_digit(s[-2])) {
    /* the unit and the number, as Australia writes them: "4/158 Kelvin Road" */
    const char *d = s - 1;
    while (d > text && cv_is_digit(d[-1]) && s - d < 6)
      d--;
    if (s - d <= 5 && (d == text || d[-1] == ' ' || d[-1] == '\n'))
      return d;
  }
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
  /* a rural route: "RR 5, 849 rang du Bas-de-la-Rivière", "R.R. 2, 12 …" */
  if (k - ws == 2 && ws[0] == 'R' && ws[1] == 'R' && !cv_alnum_before(text, ws))
    return ws;
  if (k - ws == 1 && *ws == 'R' && ws - text >= 2 && ws[-1] == '.' &&
      ws[-2] == 'R' && !cv_alnum_before(text, ws - 2))
    return ws - 2;
  Word w;
  if (cv_word_at(ws, k, &w) && (w.cats & CV_CTX_UNIT))
    return ws;
  return s;
}

/* The word just before a civic number makes it something else: "Loi 25
 * place...", "article 12, place...", "C.P. 301", "chapitre 4 route...". */
static gboolean
civic_denied(const char *text, const char *s, const char *end)
{
  /* an amount's cents or a decimal ("Fee: CAD 40.88   Highway Traffic
   * Act") */
  if (s - text >= 2 && (s[-1] == '.' || s[-1] == ',') && cv_is_digit(s[-2]) &&
      end - s >= 3 && cv_is_digit(s[0]) && cv_is_digit(s[1]) &&
      !cv_is_digit(s[2])) {
    /* (a CSV row's comma after a phone is a field's end: "…-5937,495
     * promenade"; a decimal comma has a space or a sign before its
     * units) */
    const char *u = s - 1;
    while (u > text && cv_is_digit(u[-1]))
      u--;
    if (s[-1] == '.' || u == text || u[-1] == ' ' || u[-1] == '$')
      return TRUE;
  }
  const char *b = s;
  while (b > text && s - b < 3 && (b[-1] == ' ' || b[-1] == '.'))
    b--;
  const char *ws = b;
  while (ws > text && b - ws < 14 &&
         (cv_is_alpha_ascii(ws[-1]) || (guint8)ws[-1] >= 0x80))
    ws--;
  if (ws == b)
    return FALSE;
  char f[16];
  gsize fn = cv_fold(ws, b, f, sizeof f);
  /* "c" with no period, in lower case, after a lower-case word, is a
   * chat's "c'est" ("ma nouvelle adresse c 12423 rue Sherbrooke"); "RLRQ,
   * c. A-2.1", "L.R.Q. c 12" stay chapters */
  if (fn == 1 && *ws == 'c' && b == s - 1 && ws - text >= 3 && ws[-1] == ' ' &&
      (cv_cls[(guint8)ws[-2]] & CV_C_LOWER))
    return FALSE;
  static const char *const deny[] = {
    "loi",     "article",   "art",     "articles", "chapitre",   "chap",
    "c",       "reglement", "section", "alinea",   "paragraphe", "par",
    "page",    "p",         "pp",      "no",       "numero",     "number",
    "dossier", "file",      "bill",    "projet",   "box",        "cp",
    "postale", "case",      "chapter", "act",      "rule",       "regle",
    "annexe",  "schedule",  "version", "tome",     "volume",     "vol",
    "etape",   "step",      "point",   "item",     "question",   "ligne",
    "line",    "case"
  };
  /* (an address's "adresse postale 531 boulevard Industriel"; a box's
   * "case postale 123" stays) */
  if (fn == 7 && memcmp(f, "postale", 7) == 0 && ws - text >= 8 &&
      g_ascii_strncasecmp(ws - 8, "adresse ", 8) == 0)
    return FALSE;
  for (gsize i = 0; i < G_N_ELEMENTS(deny); i++)
    if (fn == strlen(deny[i]) && memcmp(f, deny[i], fn) == 0) {
      /* (a deed's "portant le numéro 844 rue des Peupliers": a French
       * street type right after the number) */
      if (strcmp(deny[i], "no") == 0 || strcmp(deny[i], "numero") == 0 ||
          strcmp(deny[i], "number") == 0) {
        const char *q = s;
        while (q < end && q - s < 6 && cv_is_digit(*q))
          q++;
        Word w;
        if (q + 1 < end && *q == ' ' && cv_word_at(q + 1, end, &w) &&
            (w.cats & CV_CTX_STREET_FR))
          return FALSE;
      }
      return TRUE;
    }
  return FALSE;
}

/* Cheap test: could a French street type ("rue", "boul.", "côte"...) or a
 * capitalised word start at @p? */
static gboolean
street_word_maybe(const char *p, const char *end)
{
  if (p + 1 >= end)
    return FALSE;
  if (cv_maybe_cap(p, end) || cv_is_digit(*p))
    return TRUE;
  /* (a name in lower case before an English type: "51 elm avenue") */
  if (*p >= 'a' && *p <= 'z' && p[1] >= 'a' && p[1] <= 'z')
    return TRUE;
  /* rue avenue boulevard bd blvd chemin rang route rte montée côte place
   * croissant impasse allée promenade carré terrasse voie square sentier
   * autoroute quai esplanade passage/parc circuit descente */
  static const char pairs[] =
      "ruavbobdblchrarortmocoplcrimalprcatevosqseauquespacide";
  char a = *p, b = p[1];
  if ((guint8)b >= 0x80)
    return a == 'c' || a == 'm' || a == 'a' || a == 'r';
  for (gsize i = 0; i + 1 < sizeof pairs; i += 2)
    if (pairs[i] == a && pairs[i + 1] == b)
      return TRUE;
  return FALSE;
}

/* May @n, in lower case, be a word of a street's name typed in lower case
 * ("857 rue champlain", "4386 victoria avenue", "rue marie-anne est")?
 * Letters only, two or more, no function word ("2 blocks down the
 * street", "rue est fermée depuis"). */
static gboolean
lower_street_word(const Word *n)
{
  static const char *const fw[] = {
    "the", "a", "an", "of", "to", "on", "in", "at", "from", "down", "up",
    "near", "by", "my", "his", "her", "our", "your", "their", "this", "that",
    "and", "or", "for", "since", "with", "is", "was", "are", "le", "la", "les",
    "un", "une", "et", "ou", "pour", "avec", "depuis", "pis", "mais", "dans",
    "sur", "chez", "qui", "que", "je", "il", "elle", "est", "sont", "au", "aux",
    "ma", "mon", "mes", "ton", "sa", "son", "ses", "ce", "cette", "i", "we",
    "he", "she", "it", "they", "where",
    /* measures before a noun that is a street type too ("a 10 minute
     * drive", "2 lane road", "5 km route") */
    "hour", "hours", "minute", "minutes", "min", "mile", "miles", "km", "day",
    "days", "week", "weeks", "year", "years", "block", "blocks", "lane",
    "lanes", "way", "foot", "feet", "meter", "metre", "meters", "heure",
    "heures", "jour", "jours", "ans", "voie", "voies"
  };
  if (n->cap || n->digit || n->fn < 2 || n->cats & CV_CTX_MONTH)
    return FALSE;
  for (const char *c = n->s; c < n->e; c++)
    if (cv_is_digit(*c))
      return FALSE;
  return !cv_word_in(n, fw, G_N_ELEMENTS(fw));
}

/* Is a street read in lower case, [@s, @e), surely an address: a comma or
 * a semicolon right after it, or "au", "at", "to", "à" or a unit before
 * the number? */
static gboolean
lower_address_sure(const char *text, const char *s, const char *e, const char *end)
{
  if (e < end && (*e == ',' || *e == ';'))
    return TRUE;
  const char *b = s;
  while (b > text && b[-1] == ' ')
    b--;
  if (b > text && b[-1] == ',')
    return TRUE; /* "unit 3, 51 elm avenue" */
  const char *a = b;
  while (a > text && b - a < 6 &&
         (g_ascii_isalpha(a[-1]) || (guint8)a[-1] >= 0x80))
    a--;
  gsize n = (gsize)(b - a);
  /* the word address a few words before: "mon adresse cest 122, ch.
   * saint-joseph", "my address is 6-32 elm street" */
  for (const char *q = b; q > text && b - q < 24 && q[-1] != '\n'; q--)
    if (q - text >= 6 && (g_ascii_strncasecmp(q - 6, "dresse", 6) == 0 ||
                          g_ascii_strncasecmp(q - 6, "ddress", 6) == 0))
      return TRUE;
  /* a unit and its number before it: "i live at unit 8 641 somerled
   * avenue" */
  if (n == 0 && b > text && cv_is_digit(b[-1])) {
    const char *d = b;
    while (d > text && b - d < 5 &&
           (cv_is_digit(d[-1]) || cv_is_alpha_ascii(d[-1])))
      d--;
    const char *u = d;
    while (u > text && u[-1] == ' ' && d - u < 2)
      u--;
    const char *us = u;
    while (us > text && u - us < 12 && g_ascii_isalpha(us[-1]))
      us--;
    static const char *const units[] = { "unit",    "apt",         "app",
                                         "suite",   "appartement", "apartment",
                                         "logement" };
    for (gsize k = 0; us < u && k < G_N_ELEMENTS(units); k++)
      if (strlen(units[k]) == (gsize)(u - us) &&
          g_ascii_strncasecmp(us, units[k], (gsize)(u - us)) == 0)
        return TRUE;
  }
  return (n == 2 && (g_ascii_strncasecmp(a, "au", 2) == 0 ||
                     g_ascii_strncasecmp(a, "at", 2) == 0 ||
                     g_ascii_strncasecmp(a, "to", 2) == 0)) ||
         (n == 2 && (guint8)a[0] == 0xC3 && (guint8)a[1] == 0xA0) ||
         (n == 4 && g_ascii_strncasecmp(a, "into", 4) == 0);
}

/* A French street type that names nothing else in English or French
 * ("rue", "boulevard", "chemin"; not "place", "route", "private",
 * "passage", "square"): the type before a name typed in lower case. */
static gboolean
fr_type_plain(const Word *w)
{
  static const char *const types[] = {
    "rue",       "avenue", "av",      "boulevard", "boul", "bd",
    "chemin",    "ch",     "rang",    "montee",    "cote", "ruelle",
    "croissant", "allee",  "impasse", "autoroute"
  };
  return cv_word_in(w, types, G_N_ELEMENTS(types));
}

/* Is one of the next four words on the line, after @p, a plain English
 * street type in lower case ("51 elm avenue")?  A cheap test before the
 * words are read. */
static gboolean
en_type_near(const char *p, const char *end)
{
  static const char *const t[] = { "street",   "avenue",  "road",  "ave",
                                   "blvd",     "st",      "rd",    "boulevard",
                                   "crescent", "terrace", "drive", "lane",
                                   "court" };
  const char *q = p;
  for (int k = 0; k < 4 && q < end; k++) {
    while (q < end && *q == ' ')
      q++;
    const char *a = q;
    while (q < end && *q >= 'a' && *q <= 'z')
      q++;
    gsize n = (gsize)(q - a);
    if (n == 0)
      return FALSE;
    for (gsize i = 0; i < G_N_ELEMENTS(t); i++)
      if (t[i][0] == *a && strlen(t[i]) == n && memcmp(t[i], a, n) == 0)
        return TRUE;
    if (q < end && *q != ' ')
      return FALSE; /* (a comma, a digit, the line's end: no type after) */
  }
  return FALSE;
}

/* An English street type that names nothing else ("street", "avenue",
 * "road"; not "drive", "lane", "court", "way", "place"): the type after a
 * name typed in lower case. */
static gboolean
en_type_plain(const Word *w)
{
  static const char *const types[] = { "street",    "st",   "avenue",
                                       "ave",       "road", "rd",
                                       "boulevard", "blvd", "crescent",
                                       "terrace" };
  return cv_word_in(w, types, G_N_ELEMENTS(types));
}

/* TRUE if @n (read at @t) is a particle joined by a hyphen to a capitalised
 * word, the space OCR read as a hyphen: "des-Érables". */
static gboolean
joined_particle(const char *t, const Word *n)
{
  if (n->cap || n->digit)
    return FALSE;
  const char *h = memchr(t, '-', (gsize)(n->e - t));
  Word pw;
  return h != NULL && h + 1 < n->e && cv_maybe_cap(h + 1, n->e) &&
         cv_word_at(t, h, &pw) && pw.e == h && cv_is_particle_word(&pw);
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
    if (cv_alnum_before(text, s) ||
        (s - text >= 2 && s[-1] == ':' && cv_is_digit(s[-2]))) {
      /* (nor the minutes of a time: "at 18:54, Westmount Park") */
      while (p < end && cv_is_alnum_ascii(*p))
        p++;
      continue;
    }
    /* civic number: 1-6 digits, optional unit-civic "3-1150", letter */
    const char *q = s;
    while (q < end && q - s < 7 &&
           (cv_is_digit(*q) ||
            ((*q == 'O' || *q == 'l' || *q == 'I' || *q == '|') &&
                     q + 1 < end && !cv_is_alpha_ascii(q[1])
                 ? TRUE
                 : (*q == 'O' || *q == 'l') && q + 1 < end && cv_is_digit(q[1]))))
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
    /* (a letter in lower case too, "10247b decarie boulevard"; not an
     * ordinal's "e": "3e avenue") */
    if (q < end &&
        ((*q >= 'A' && *q <= 'Z') || (*q >= 'a' && *q <= 'h' && *q != 'e')) &&
        (q + 1 >= end || !cv_is_alnum_ascii(q[1])))
      q++;
    else if (q + 2 < end && *q == '-' &&
             ((q[1] >= 'A' && q[1] <= 'Z') || (q[1] >= 'a' && q[1] <= 'h')) &&
             !cv_is_alnum_ascii(q[2]))
      q += 2; /* "1450-B boul. Saint-Laurent", "8501-b boulevard taschereau" */
    else if (end - q >= 5 && *q == ' ' &&
             (memcmp(q + 1, "bis", 3) == 0 || memcmp(q + 1, "ter", 3) == 0) &&
             (q[4] == ',' || q[4] == ' '))
      q += 4; /* France's repeated numbers: "27 bis, avenue Jean-Jaurès" */
    gboolean dot = FALSE;
    if (q < end && (*q == ',' || *q == ';')) /* ';': OCR's comma */
      q++;
    else if (q + 2 < end && *q == '.' && q[1] == ' ' && g_ascii_islower(q[2]))
      q++, dot = TRUE; /* '.': OCR's comma, before a street type in lower
                        * case (then no name in lower case: "En 2021.
                        * boulevard des idées") */
    const char *ws = cv_skip_hspace(q, end);
    if (ws == q && !(q > s && (q[-1] == ',' || q[-1] == ';')))
      continue;
    /* "6045 -rue Racine": a speck OCR read as a hyphen before a French
     * street type in lower case (checked below) */
    gboolean dash =
        ws > q && ws + 1 < end && *ws == '-' && g_ascii_islower(ws[1]);
    if (dash)
      ws++;
    /* Montréal's numbered avenues: "6780 de la 25e Avenue", "455 de la
     * 3e Rue" (read from the ordinal, English order) */
    if (end - ws > 7 && ws[0] == 'd' && ws[1] == 'e' && ws[2] == ' ' &&
        ws[3] == 'l' && ws[4] == 'a' && ws[5] == ' ' && cv_is_digit(ws[6]))
      ws += 6;
    /* an adjective before the type: "3368, Grande Allée Est", "12 Petite
     * rue Saint-Jean", "45 Vieux chemin de Chambly" (the type is read) */
    {
      static const char *const adj[] = { "grande", "grand",   "petite", "petit",
                                         "vieux",  "vieille", "haute",  "basse" };
      Word a, t;
      const char *u;
      if (cv_word_at(ws, end, &a) && a.cap && !a.upper &&
          cv_word_in(&a, adj, G_N_ELEMENTS(adj)) && a.e < end && *a.e == ' ' &&
          (u = a.e + 1) < end && cv_word_at(u, end, &t) && !t.digit &&
          (t.cats & CV_CTX_STREET_FR) && t.e + 1 < end && *t.e == ' ' &&
          cv_is_alpha_ascii(t.e[1]))
        ws = u; /* (a name after the type: "61 Grand Boulevard, Rawdon" is
                 * English order, the city after it) */
    }
    Word w;
    if (!street_word_maybe(ws, end) || !cv_word_at(ws, end, &w))
      continue;
    const char *street_end = NULL;
    gboolean joined = FALSE, en_lower = FALSE, en_loose_type = FALSE;
    static const char *const en_loose[] = { "drive", "lane", "court" };
    int fr_lower = 0;
    if (!(w.cats & CV_CTX_STREET_FR) && !w.digit) {
      /* OCR read the space after the type as a hyphen:
       * "boulevard-Saint-Joseph" */
      const char *h = memchr(ws, '-', (gsize)(w.e - ws));
      Word t;
      if (h != NULL && h + 1 < w.e && cv_maybe_cap(h + 1, w.e) &&
          cv_word_at(ws, h, &t) && t.e == h && !t.digit &&
          (t.cats & CV_CTX_STREET_FR)) {
        w = t;
        joined = TRUE;
      }
    }
    if (dash && !((w.cats & CV_CTX_STREET_FR) && !w.digit))
      continue;
    if ((w.cats & CV_CTX_STREET_FR) && !w.digit) {
      /* French order: type then name */
      const char *r = joined ? w.e + 1 : w.e;
      if (r < end && *r == '.')
        r++;
      static const char *const dirs[] = { "est", "ouest", "nord", "sud" };
      int names = 0, lower = 0;
      for (int k = 0; k < 7; k++) {
        const char *t = cv_skip_hspace(r, end);
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
        if (!cv_word_at(t, end, &n))
          break;
        if (n.cap || n.digit) {
          if ((n.cats & (CV_CTX_PHONE | CV_CTX_EMAILCTX)) && names > 0)
            break;
          names++;
          r = n.e;
          if (is_direction(&n) && r < end && *r == '.')
            r++;
          /* (a direction ends the name: "avenue Champlain Sud à Laval") */
          if (is_direction(&n) && names > 1)
            break;
          continue;
        }
        /* "rue Principale à Lévis": the city after "à" is no part of the
         * street's name (its decoy stays) */
        if (names > 0 && n.fn == 1 && n.f[0] == 'a')
          break;
        if (cv_is_particle_word(&n)) {
          /* must be followed by a name word */
          Word m;
          const char *u = cv_skip_hspace(n.e, end);
          if (n.fn >= 3 && n.f[1] == '\'') { /* l'Église */
            names++;
            r = n.e;
            continue;
          }
          if (cv_word_at(u, end, &m) && (m.cap || cv_is_particle_word(&m))) {
            r = n.e;
            continue;
          }
          /* a title or common noun in lower case between the particle and
           * a name, as France writes them: "avenue du général Leclerc",
           * "rue des lieutenants Thomazo", "boulevard du maréchal Foch" */
          if (u > n.e && cv_word_at(u, end, &m) && !m.cap && !m.digit &&
              m.e - m.s <= 16 && m.e < end && *m.e == ' ') {
            Word o;
            const char *v = cv_skip_hspace(m.e, end);
            if (cv_word_at(v, end, &o) && o.cap && !o.digit &&
                !(o.cats & (CV_CTX_PHONE | CV_CTX_EMAILCTX | CV_CTX_MONTH |
                            CV_CTX_STOPNAME))) {
              names++;
              r = o.e;
              k++;
              continue;
            }
          }
          /* typed in lower case: "11964 rue de la fabrique" */
          if (u > n.e && lower == names && !dot && !w.cap &&
              fr_type_plain(&w) && cv_word_at(u, end, &m) && !m.cap &&
              !m.digit && lower_street_word(&m)) {
            r = n.e;
            continue;
          }
        }
        if (joined_particle(t, &n)) { /* OCR: "rue des-Érables" */
          names++;
          r = n.e;
          continue;
        }
        /* a name typed in lower case, the type in lower case too: "857 rue
         * champlain", "10-68 rue principale nord," (up to three words, a
         * direction after them: "rue jarry ouest") */
        if (lower == names && lower < 3 && !dot && !(w.cap) &&
            fr_type_plain(&w) && !joined_particle(t, &n) &&
            !(n.cats & CV_CTX_UNIT) && /* "rue king est app. 16" */
            (lower_street_word(&n) ||
             (lower > 0 && cv_word_in(&n, dirs, G_N_ELEMENTS(dirs))))) {
          names++;
          lower++;
          r = n.e;
          continue;
        }
        break;
      }
      if (names > 0)
        street_end = r;
      fr_lower = lower;
    } else if (!w.cap && !w.digit && !dot && en_type_near(w.e, end) &&
               lower_street_word(&w)) {
      en_lower = TRUE;
      /* English order in lower case: "4386 victoria avenue", "93
       * beaconsfield boulevard" (one to three words, then a street type) */
      const char *r = w.e;
      for (int k = 0; k < 3; k++) {
        Word n;
        const char *t = cv_skip_hspace(r, end);
        if (t == r || !cv_word_at(t, end, &n) || n.cap || n.digit)
          break;
        /* ("drive", "lane", "court" name other things: only after "au",
         * "at", "to" or the word address, below) */
        gboolean loose = !en_type_plain(&n) && (n.cats & CV_CTX_STREET_EN) &&
                         cv_word_in(&n, en_loose, G_N_ELEMENTS(en_loose));
        if ((n.cats & CV_CTX_STREET_EN) && (en_type_plain(&n) || loose)) {
          en_loose_type = loose;
          r = n.e;
          if (r < end && *r == '.')
            r++;
          /* a direction in lower case too: "712b sherbrooke street west" */
          const char *u = cv_skip_hspace(r, end);
          Word dn;
          if (u > r && cv_word_at(u, end, &dn) && !dn.cap) {
            dn.cap = TRUE;
            if (is_direction(&dn) && dn.fn >= 3)
              r = dn.e;
          }
          street_end = r;
          break;
        }
        if (!lower_street_word(&n))
          break;
        r = n.e;
      }
    } else if (w.cap || w.digit) {
      /* English order: name words then type */
      const char *r = ws;
      for (int k = 0; k < 5; k++) {
        Word n;
        const char *t = cv_skip_hspace(r, end);
        if (k > 0 && t == r)
          break;
        if (!cv_word_at(t, end, &n) || !(n.cap || n.digit))
          break;
        if (k > 0 && (n.cats & CV_CTX_STREET_EN)) {
          r = n.e;
          if (r < end && *r == '.')
            r++;
          /* optional direction */
          const char *u = cv_skip_hspace(r, end);
          Word dn;
          if (u > r && cv_word_at(u, end, &dn) && is_direction(&dn)) {
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
        /* "5831 Birchwood: Crescent": a speck read as a colon or
         * semicolon before the street type */
        Word ty;
        if (r + 2 < end && (*r == ':' || *r == ';') && r[1] == ' ' &&
            cv_word_at(r + 2, end, &ty) && ty.cap && (ty.cats & CV_CTX_STREET_EN))
          r++;
      }
    }
    if (!street_end || civic_denied(text, s, end))
      continue;
    /* a name in lower case only where an address is sure: a comma after
     * it (unit, postcode, city) or a word of place before the number
     * ("rendu au 857 rue champlain", "moved to 4386 victoria avenue,";
     * "Voir 3 rue des écoles." stays) */
    if ((fr_lower || en_lower) && !lower_address_sure(text, s, street_end, end))
      continue;
    /* (a comma after "3 test drive," is not enough, nor one digit: "at 2
     * hard drive models") */
    if (en_loose_type && (!lower_address_sure(text, s, s, end) ||
                          s + 1 >= end || !cv_is_digit(s[1])))
      continue;
    const char *pc_s, *pc_e;
    gboolean ca = FALSE;
    const char *tail = address_tail(street_end, end, &pc_s, &pc_e, &ca);
    /* ("address-street-ca": the city after it stays; scan-fields.c
     * address_tails() leaves it) */
    gsize as = (gsize)(unit_before(text, s) - text);
    cv_scan_add(scan, CV_PII_ADDRESS, as, (gsize)(tail - text), 0.9f,
                ca ? "address-street-ca" : "address-street");
    if (ca) {
      guint32 iv[2] = { (guint32)as, (guint32)(tail - text) };
      g_array_append_vals(scan->ca_addr, iv, 2);
    }
    if (pc_s) {
      cv_scan_add(scan, CV_PII_POSTAL_CODE, (gsize)(pc_s - text),
                  (gsize)(pc_e - text), 0.9f, "postal-address");
      tail = pc_e;
    }
    p = tail > p ? tail : p;
  }
}
