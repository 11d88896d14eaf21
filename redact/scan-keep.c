/* scan-keep.c — owns the regions that are never a person even though they
 * hold a person's name: organisations and places named after people
 * ("Pharmacie Jean Coutu", "Aréna Maurice-Richard", "Centre de services
 * scolaire Marguerite-Bourgeoys", "Maurice Richard Arena", "Gagnon
 * Construction inc."), streets named without a civic number ("boulevard
 * René-Lévesque", "Queen Mary Road") and hyphenated place names
 * ("Saint-Jean-sur-Richelieu", "Rivière-du-Loup").
 *
 * A region starts at an organisation or street word (CV_CTX_ORG, a French
 * street type) and runs over the capitalised words after it, or ends at an
 * organisation tail word (CV_CTX_ORGTAIL, an English street type) and runs
 * back over the capitalised words before it.  PERSON candidates of the
 * weaker detectors (gazetteer, model, mentions: confidence below
 * CV_KEEP_CONF) that touch a region are dropped; a title or a label still
 * wins ("Mme Julie Roy" in any context). */
#include "redact-private.h"
#include "scan-words.h"

#include <string.h>

/* End of the word at @p (letters, inner hyphens and apostrophes, '.'
 * after one capital: "B."). */
static const char *
word_end(const char *p, const char *end)
{
  const char *q = p;
  while (q < end) {
    gsize cl;
    gboolean up;
    if (cv_letter_at(q, end, &cl, &up)) {
      q += cl;
    } else if ((*q == '-' || *q == '\'') && q + 1 < end && q > p &&
               cv_letter_at(q + 1, end, &cl, &up)) {
      q++;
    } else if (end - q >= 3 && (guint8)q[0] == 0xE2 && (guint8)q[1] == 0x80 &&
               (guint8)q[2] == 0x99 && q > p && q + 3 < end) {
      q += 3;
    } else {
      break;
    }
  }
  if (q - p <= 2 && q < end && *q == '.')
    q++;
  return q;
}

static gboolean
particle(const char *p, const char *e)
{
  static const char *const parts[] = { "de",  "du",  "des", "la", "le",
                                       "les", "d",   "l",   "of", "the",
                                       "et",  "and", "sur", "en", "aux" };
  gsize n = (gsize)(e - p);
  for (gsize i = 0; i < G_N_ELEMENTS(parts); i++)
    if (n == strlen(parts[i]) && memcmp(p, parts[i], n) == 0)
      return TRUE;
  return FALSE;
}

static void
keep(CvScan *scan, gsize s, gsize e)
{
  if (e <= s)
    return;
  guint32 pr[2] = { (guint32)s, (guint32)e };
  g_array_append_vals(scan->keep, pr, 2);
}

/* Is [p, e) a person's role or title ("councillor", "directrice")? */
static gboolean
role_word(const char *p, const char *e)
{
  Word w;
  return cv_word_at(p, e, &w) && w.e == e &&
         (w.cats & (CV_CTX_ROLE | CV_CTX_TITLE)) != 0;
}

/* Forward from a head word ending at @p: particles and capitalised words
 * on the same line (at most 6 words).  Returns the end of the last
 * capitalised word, or NULL. */
static const char *
after_head(const char *p, const char *end)
{
  const char *last = NULL;
  int words = 0;
  gboolean adj = FALSE;
  while (p < end && words < 6) {
    const char *q = p;
    while (q < end && (*q == ' ' || (guint8)*q == 0xC2 || (guint8)*q == 0xA0))
      q++;
    if (q == p && !(q < end && (*q == '\'' || (guint8)*q == 0xE2)))
      break;
    q += cv_apostrophe_len(q, end);
    if (q >= end)
      break;
    const char *we = word_end(q, end);
    if (we == q)
      break;
    if (cv_cap_at(q, end)) {
      last = we;
      words++;
    } else if (words == 0 && !adj && !particle(q, we) && we - q >= 5 && we < end &&
               *we == ' ' && cv_cap_at(we + 1, end) && !role_word(q, we)) {
      adj = TRUE; /* one adjective after the head: "Centre hospitalier
                   * Pierre-Le Gardeur", "École secondaire Louis-Riel"; no
                   * person's role: "District councillor Anselm Hill" */
    } else if (!particle(q, we) || words > 3) {
      break;
    }
    p = we;
  }
  return last;
}

/* Back from a tail word starting at @p: capitalised words before it on the
 * same line (at most 4, initials allowed).  Returns the start, or NULL. */
static const char *
before_tail(const char *text, const char *p)
{
  const char *first = NULL;
  const char *q = p;
  for (int words = 0; words < 4; words++) {
    const char *b = q;
    while (b > text && b[-1] == ' ')
      b--;
    if (b == q || b == text)
      break;
    const char *ws = b;
    while (ws > text && ws[-1] != ' ' && ws[-1] != '\n' && ws[-1] != '\t' &&
           b - ws < 40)
      ws--;
    /* "Batshaw Youth and Family Centres": a conjunction between two
     * capitalised words of the name */
    if (first && ((b - ws == 3 && memcmp(ws, "and", 3) == 0) ||
                  (b - ws == 2 && memcmp(ws, "et", 2) == 0) ||
                  (b - ws == 1 && *ws == '&'))) {
      q = ws;
      continue;
    }
    if (!cv_cap_at(ws, b))
      break;
    gboolean ok = TRUE;
    for (const char *r = ws; r < b && ok; r++)
      ok = !cv_is_digit(*r) && *r != ',' && *r != ':' && *r != ';' && *r != '(';
    if (!ok)
      break;
    first = ws;
    q = ws;
  }
  return first;
}

/* Is [g, t) + the tail word [t, te) a person whose surname is a place or
 * building word ("Vikram Church", "Marjorie Hall"), not a place named
 * after one ("St. Mary Church", "the Douglas Hall", "Grace Church of
 * ...")?  One given name of the lists (no saint's name) opens it at a
 * clause's start or after a lower-case word, the tail word is one of a
 * few building words that are surnames too (the lists hold "College"),
 * and no capitalised word or "of" / "de" follows. */
gboolean
cv_scan_surname_tail(const CvScan *scan, const char *g, const char *t,
                     const char *te)
{
  static const char *const saints[] = {
    "mary",     "grace", "christ", "trinity", "john",    "paul",    "peter",
    "andrew",   "james", "george", "patrick", "joseph",  "michael", "anne",
    "emmanuel", "luke",  "mark",   "matthew", "stephen", "jude"
  };
  const char *text = scan->text;
  const char *end = text + scan->len;
  if (!scan->model || t - g < 3 || t[-1] != ' ')
    return FALSE;
  Word gw, tw;
  if (!cv_word_at(g, t - 1, &gw) || gw.e != t - 1 || !gw.cap || gw.fn < 2 ||
      !cv_word_at(t, end, &tw) || tw.e != te || tw.upper != gw.upper)
    return FALSE;
  if (!(cv_gazetteer_first(gw.f, gw.fn) ||
        (cv_name_model_lists(scan->model, gw.s, gw.e) & 1)) ||
      (gw.cats & (CV_CTX_STOPNAME | CV_CTX_ORG | CV_CTX_ORGTAIL)))
    return FALSE;
  /* (building and place words that are English surnames too) */
  static const char *const tails[] = { "church", "hall",   "house",  "park",
                                       "lake",   "bridge", "tower",  "temple",
                                       "chapel", "lodge",  "market", "field" };
  if (!cv_word_in(&tw, tails, G_N_ELEMENTS(tails)) ||
      cv_word_in(&gw, saints, G_N_ELEMENTS(saints)))
    return FALSE;
  /* before: a line start, a sentence's end, a lower-case word that is not
   * an article or a preposition of place */
  const char *b = g;
  while (b > text && b[-1] == ' ')
    b--;
  if (b > text && b[-1] != '\n' && b[-1] != '.' && b[-1] != ':' &&
      b[-1] != ',' && b[-1] != '>' && b[-1] != '(') {
    const char *ps = b;
    while (ps > text && ps[-1] != ' ' && ps[-1] != '\n' && b - ps < 20)
      ps--;
    Word pw;
    /* (a name in capitals in a line of capitals: "ATTENDU QUE ROSE
     * CHURCH", "Plainte de MINH TUẤN CHURCH") */
    if (!cv_word_at(ps, b, &pw) || (pw.cap && !(gw.upper && pw.upper)))
      return FALSE;
    static const char *const places[] = {
      "the", "at", "in",   "to",   "la", "le",  "au",    "du",    "des",
      "a",   "l",  "near", "from", "st", "ste", "saint", "sainte"
    };
    /* ("de" / "of" before a place's name, not before a name in capitals:
     * "Plainte de MINH TUẤN CHURCH") */
    static const char *const of[] = { "de", "of" };
    if (cv_word_in(&pw, places, G_N_ELEMENTS(places)) ||
        (!gw.upper && cv_word_in(&pw, of, G_N_ELEMENTS(of))))
      return FALSE;
  }
  /* after: nothing that goes on with the place's name */
  const char *a = te;
  if (a < end && *a == ' ') {
    const char *n = a + 1;
    if (n < end && cv_cap_at(n, end))
      return FALSE;
    if ((end - n >= 3 && memcmp(n, "of ", 3) == 0) ||
        (end - n >= 3 && memcmp(n, "de ", 3) == 0))
      return FALSE;
  } else if (a < end && (*a == '\'' || *a == '-')) {
    return FALSE;
  }
  return TRUE;
}

/* A hyphenated compound that names a place: a lower-case inner part
 * ("Saint-Jean-sur-Richelieu", "Rivière-du-Loup") or a place prefix
 * ("Mont-Laurier", "Saint-Lambert", "Sept-Îles", "Val-d'Or"). */
static gboolean
place_compound(const char *s, const char *e)
{
  const char *dash = memchr(s, '-', (gsize)(e - s));
  if (!dash)
    return FALSE;
  char f[24];
  gsize fn = cv_fold(s, dash, f, sizeof f);
  /* (not Saint-/St- alone, nor Petit-/Grand-: "St-Pierre", "Saint-Fleur",
   * "Petit-Clair" are surnames) */
  static const char *const prefixes[] = {
    "mont", "lac",   "riviere", "pointe", "ile",   "iles",    "notre",
    "val",  "port",  "fort",    "cap",    "baie",  "trois",   "sept",
    "deux", "haute", "bas",     "basse",  "vieux", "vieille", "cote",
    "pont", "anse",  "chute",   "chutes"
  };
  for (gsize i = 0; i < G_N_ELEMENTS(prefixes); i++)
    if (fn == strlen(prefixes[i]) && memcmp(f, prefixes[i], fn) == 0)
      return TRUE;
  int parts = 1;
  for (const char *q = s; q < e; q++)
    parts += *q == '-';
  if (parts >= 3 && (fn == 5 || fn == 6 || fn == 2 || fn == 3) &&
      (memcmp(f, "saint", MIN(fn, (gsize)5)) == 0 || memcmp(f, "st", 2) == 0))
    return TRUE; /* Saint-Jean-Baptiste, St-Jean-Port-Joli */
  for (const char *q = dash; q < e;) {
    const char *ps = q + 1;
    const char *pe = ps;
    while (pe < e && *pe != '-')
      pe++;
    if (pe > ps && !cv_cap_at(ps, pe) &&
        (particle(ps, pe) || (pe - ps == 2 && ps[1] == '\'')))
      return TRUE;
    q = pe;
  }
  return FALSE;
}

/* Is the word at @p a place after a verb of residence: "je demeure a
 * Alma", "j'habite à Laval", "i live in Alma for 3 years", "she lived in
 * Durban" (a town that is also a given name)? */
static gboolean
after_residence(const char *text, const char *p)
{
  static const char *const verbs[] = { "live",     "lives",   "lived",
                                       "living",   "demeure", "habite",
                                       "habitent", "reside",  "resides" };
  const char *q = p;
  if (q - text < 8 || q[-1] != ' ')
    return FALSE;
  if (q[-2] == 'n' && q[-3] == 'i' && q[-4] == ' ')
    q -= 4; /* " in " */
  else if (q[-2] == 'a' && q[-3] == ' ')
    q -= 3; /* " a " (unaccented) */
  else if ((guint8)q[-2] == 0xA0 && (guint8)q[-3] == 0xC3 && q[-4] == ' ')
    q -= 4; /* " à " */
  else
    return FALSE;
  const char *b = q;
  while (b > text && q - b < 9 && cv_is_alpha_ascii(b[-1]))
    b--;
  gsize n = (gsize)(q - b);
  if (n < 4 || n > 8 || (b > text && cv_is_alpha_ascii(b[-1])))
    return FALSE;
  for (gsize k = 0; k < G_N_ELEMENTS(verbs); k++)
    if (strlen(verbs[k]) == n && g_ascii_strncasecmp(b, verbs[k], n) == 0)
      return TRUE;
  return FALSE;
}

/* Is the hyphenated word at @p a French verb with its subject pronoun
 * after it, opening a question ("Peut-on", "Doit-il", "Passera-t-elle",
 * "Est-ce")?
 * The pronoun is in lower case ("Sung-Il" is a name). */
static gboolean
verb_pronoun(const char *p, const char *end)
{
  const char *q = p, *dash = NULL;
  while (q < end && q - p < 24 &&
         (cv_is_alpha_ascii(*q) || (guint8)*q >= 0x80 || *q == '-')) {
    if (*q == '-')
      dash = q;
    q++;
  }
  if (dash != NULL && dash > p + 2 && q - dash >= 3 &&
      !(q < end && (cv_is_alnum_ascii(*q) || *q == '\''))) {
    static const char *const subj[] = { "on",   "il",   "elle", "ils", "elles",
                                        "nous", "vous", "je",   "tu",  "ce" };
    gsize sn = (gsize)(q - dash - 1);
    for (gsize k = 0; k < G_N_ELEMENTS(subj); k++)
      if (strlen(subj[k]) == sn && memcmp(dash + 1, subj[k], sn) == 0)
        return TRUE;
  }
  return FALSE;
}

/* Is the capitalised word at @p a letter's place before its date, opening
 * a line ("Lévis, April 3, 2022", "Gatineau, le 12 mars 2024", "Rimouski,
 * 2024-03-01")? */
static gboolean
dateline(const char *text, const char *p, const char *end)
{
  const char *b = p;
  while (b > text && (b[-1] == ' ' || b[-1] == '\t'))
    b--;
  if (b > text && b[-1] != '\n')
    return FALSE;
  /* (cheap first: a comma and a blank on the line, a digit or a letter
   * after them) */
  const char *c = memchr(p, ',', (gsize)MIN(end - p, 64));
  if (!c || end - c < 4 || c[1] != ' ' || !g_ascii_isalnum(c[2]))
    return FALSE;
  const char *e = word_end(p, end);
  /* (a place of two to four words: "Mile End, le 17/01/2025", "Sainte
   * Anne des Monts, 3 mars 2024") */
  int words = 1;
  for (int k = 0; k < 3 && e < end && *e == ' '; k++, words++) {
    const char *ne = word_end(e + 1, end);
    if (ne == e + 1 ||
        !(g_ascii_isupper(e[1]) || (guint8)e[1] >= 0xC3 || particle(e + 1, ne)))
      return FALSE;
    e = ne;
  }
  if (end - e < 4 || e[0] != ',' || e[1] != ' ')
    return FALSE;
  const char *t = e + 2;
  if (end - t > 3 && memcmp(t, "le ", 3) == 0)
    t += 3;
  const char *le = memchr(t, '\n', (gsize)(end - t));
  if (!le)
    le = end;
  const char *de = cv_parse_date(t, le);
  /* (more than one word: the date ends the line, "Jean Roy, le 3 mars a
   * appelé" is a person) */
  if (de && words > 1) {
    while (de < le && (*de == ' ' || *de == '.' || *de == '\r'))
      de++;
    return de == le;
  }
  return de != NULL;
}

/* Does a Canadian postal code ("J4L 3E4", "G2X7C8") start at @p? */
static gboolean
postal_code_at(const char *p, const char *end)
{
  if (end - p < 6 || !g_ascii_isupper(p[0]) || !cv_is_digit(p[1]) ||
      !g_ascii_isupper(p[2]))
    return FALSE;
  const char *q = p + 3;
  if (*q == ' ' || *q == '-')
    q++;
  return end - q >= 3 && cv_is_digit(q[0]) && g_ascii_isupper(q[1]) &&
         cv_is_digit(q[2]) && (end - q == 3 || !cv_is_alnum_ascii(q[3]));
}

/* Is there a postal code after the province's word at @p, cheap test:
 * the word's letters, then "), " or ", " or blanks, then the code? */
static gboolean
postal_after_province(const char *p, const char *end)
{
  const char *a = p;
  while (a < end && a - p < 24 &&
         (g_ascii_isalpha(*a) || (guint8)*a >= 0x80 || *a == '-'))
    a++;
  if (a < end && (*a == ')' || *a == '.'))
    a++;
  if (a < end && *a == ',')
    a++;
  while (a < end && *a == ' ')
    a++;
  return postal_code_at(a, end);
}

static const char *city_before(const char *text, const char *pv, const char *end);

/* Is the word at @p in a place before its province and postal code,
 * read forward: one to four words on the line to "QC", "(Québec)"... and a
 * postal code ("Candiac, QC  J4L3E4").  For the words of the names
 * found, met again: "Gregersen Candiac" is someone, the Candiac of an
 * address's last line is a place. */
gboolean
cv_place_before_province(const char *text, const char *p, const char *end)
{
  const char *q = p;
  for (int k = 0; k < 4; k++) {
    const char *e = word_end(q, end);
    if (e == q)
      return FALSE;
    const char *r = e;
    while (r < end && *r == ' ')
      r++;
    const char *pe = r;
    if (r < end && (*r == ',' || *r == '('))
      pe = cv_skip_hspace(r + 1, end);
    if (pe > e && pe < end && g_ascii_isupper(*pe) &&
        postal_after_province(pe, end))
      return city_before(text, pe, end) != NULL;
    if (r == e || r >= end)
      return FALSE;
    const char *ne = word_end(r, end);
    if (ne == r ||
        !(g_ascii_isupper(*r) || (guint8)*r >= 0xC3 || particle(r, ne)))
      return FALSE;
    q = r;
  }
  return FALSE;
}

/* The place before a province and its postal code, an address's last
 * line ("Candiac, QC  J4L3E4", "Matane (Québec), G2X 7C8", "Mont
 * Saint-Hilaire QC J3H 1A1"), found from the province's word at @pv (a
 * capitalised word): one to four words back on the line, opening it or
 * after a comma.  Returns the place's start, or NULL. */
static const char *
city_before(const char *text, const char *pv, const char *end)
{
  if (!postal_after_province(pv, end))
    return NULL; /* (cheap first) */
  Word pw;
  if (!cv_word_at(pv, end, &pw) || !cv_province_word(&pw))
    return NULL;
  if (pw.e < end && *pw.e == '.')
    pw.e++;
  gboolean paren = pv > text && pv[-1] == '(';
  if (paren != (pw.e < end && *pw.e == ')'))
    return NULL;
  const char *q = pv - paren;
  while (q > text && q[-1] == ' ')
    q--;
  if (q > text && q[-1] == ',' && !paren)
    q--;
  while (q > text && q[-1] == ' ')
    q--;
  /* back over the place's words: capitalised, or particles ("Saint-Jean
   * sur Richelieu", "Mont de la Salette") */
  const char *start = NULL;
  for (int k = 0; k < 4 && q > text; k++) {
    const char *ws = q;
    while (ws > text && ws[-1] != ' ' && ws[-1] != '\n' && ws[-1] != ',' &&
           q - ws < 40)
      ws--;
    if (ws == q || word_end(ws, end) != q)
      return NULL;
    if (!(g_ascii_isupper(*ws) || (guint8)*ws >= 0xC3 || particle(ws, q)))
      return NULL;
    if (g_ascii_isupper(*ws) || (guint8)*ws >= 0xC3)
      start = ws;
    const char *b = ws;
    while (b > text && b[-1] == ' ')
      b--;
    if (b == text || b[-1] == '\n' || b[-1] == ',')
      return start;
    q = b;
  }
  return NULL;
}

/* Is the capitalised word at @p no person, whatever the name model reads
 * in it: an auxiliary opening a question, before a pronoun or a
 * determiner ("Can I withdraw my request?", "May I ask", "Will you call
 * me back?", "Can someone call me", "Could the bank...": "Can",
 * "May" and "Will" are given names too); "Bill" before a bill's number
 * ("Bill 96", "Bill C-11": a law)? */
static gboolean
not_a_name(const char *text, const char *p, const char *end)
{
  static const struct {
    char w[7];
    guint8 n;
  } aux[] = { { "can", 3 },  { "could", 5 }, { "may", 3 },   { "might", 5 },
              { "will", 4 }, { "would", 5 }, { "shall", 5 }, { "should", 6 },
              { "must", 4 }, { "do", 2 },    { "does", 4 },  { "did", 3 },
              { "is", 2 },   { "are", 3 },   { "was", 3 },   { "were", 4 },
              { "have", 4 }, { "has", 3 },   { "had", 3 } };
  static const struct {
    char w[10];
    guint8 n;
  } pron[] = { { "i", 1 },         { "you", 3 },     { "we", 2 },
               { "he", 2 },        { "she", 3 },     { "they", 4 },
               { "it", 2 },        { "someone", 7 }, { "somebody", 8 },
               { "anyone", 6 },    { "anybody", 7 }, { "everyone", 8 },
               { "everybody", 9 }, { "nobody", 6 },  { "there", 5 },
               { "this", 4 },      { "that", 4 },    { "these", 5 },
               { "those", 5 },     { "my", 2 },      { "your", 4 },
               { "our", 3 },       { "their", 5 },   { "the", 3 } };
  if (*p == 'B')
    return end - p >= 6 && memcmp(p, "Bill ", 5) == 0 &&
           (cv_is_digit(p[5]) || ((p[5] == 'C' || p[5] == 'S') && end - p >= 8 &&
                                  p[6] == '-' && cv_is_digit(p[7])));
  /* (cheap first: the auxiliaries' initials) */
  if (!strchr("CMWSDIAH", *p))
    return FALSE;
  const char *we = p;
  while (we < end && we - p < 7 && cv_is_alpha_ascii(*we))
    we++;
  gsize n = (gsize)(we - p);
  if (we >= end || *we != ' ' || n < 2 || n > 6)
    return FALSE;
  gboolean is_aux = FALSE;
  for (gsize k = 0; k < G_N_ELEMENTS(aux) && !is_aux; k++)
    is_aux = aux[k].n == n && g_ascii_strncasecmp(p, aux[k].w, n) == 0;
  if (!is_aux)
    return FALSE;
  /* a question: the auxiliary opens a sentence, a pronoun follows */
  const char *b = p;
  while (b > text && (b[-1] == ' ' || b[-1] == '\t' || b[-1] == '"' ||
                      b[-1] == '>')) /* (and an e-mail's quote marks) */
    b--;
  if (!(b == text || b[-1] == '\n' || b[-1] == '.' || b[-1] == '?' ||
        b[-1] == '!' || b[-1] == ':'))
    return FALSE;
  const char *r = we + 1, *re = r;
  while (re < end && re - r < 10 && cv_is_alpha_ascii(*re))
    re++;
  gsize rn = (gsize)(re - r);
  if (rn == 0 || (re < end && cv_is_alpha_ascii(*re)))
    return FALSE;
  for (gsize k = 0; k < G_N_ELEMENTS(pron); k++)
    if (pron[k].n == rn && g_ascii_strncasecmp(r, pron[k].w, rn) == 0)
      return TRUE;
  return FALSE;
}

static gint
pair_cmp(gconstpointer a, gconstpointer b, gpointer data)
{
  (void)data;
  guint32 x = *(const guint32 *)a, y = *(const guint32 *)b;
  return x < y ? -1 : x > y;
}

/* Merges the @nb sorted regions @b into the sorted keep regions: one
 * linear pass, keep's runs between them copied whole. */
static void
keep_merge_sorted(CvScan *scan, const guint32 *b, guint nb)
{
  if (nb == 0)
    return;
  const guint32 *a = (const guint32 *)scan->keep->data;
  guint n = scan->keep->len / 2, i = 0;
  GArray *out = g_array_sized_new(FALSE, FALSE, sizeof(guint32), 2 * (n + nb));
  g_array_set_size(out, 2 * (n + nb));
  guint32 *o = (guint32 *)out->data;
  for (guint j = 0; j < nb; j++) {
    guint i2 = i;
    while (i2 < n && a[2 * i2] <= b[2 * j])
      i2++;
    memcpy(o, a + 2 * i, (gsize)(i2 - i) * 2 * sizeof(guint32));
    o += 2 * (i2 - i);
    i = i2;
    *o++ = b[2 * j];
    *o++ = b[2 * j + 1];
  }
  memcpy(o, a + 2 * i, (gsize)(n - i) * 2 * sizeof(guint32));
  g_array_unref(scan->keep);
  scan->keep = out;
}

/* A day's abbreviation before a month's and a day's number, as programs
 * print dates ("Date:   Fri Oct 13 22:12:14 2023 -0400", "Thu, 12 Oct"):
 * a date, not a person (Thu, Sun are given names too).  Its end or NULL. */
static const char *
weekday_date(const char *s, const char *end)
{
  static const char days[][4] = { "Mon", "Tue", "Wed", "Thu",
                                  "Fri", "Sat", "Sun" };
  if (end - s < 8 || cv_is_alpha_ascii(s[3]))
    return NULL;
  gsize k = 0;
  while (k < G_N_ELEMENTS(days) && memcmp(s, days[k], 3) != 0)
    k++;
  if (k == G_N_ELEMENTS(days))
    return NULL;
  const char *q = s + 3;
  if (*q == ',')
    q++;
  if (*q != ' ')
    return NULL;
  Word w;
  if (cv_is_digit(q[1])) { /* "Thu, 12 Oct 2023" */
    q++;
    while (q < end && cv_is_digit(*q))
      q++;
    return q + 1 < end && *q == ' ' && cv_word_at(q + 1, end, &w) &&
                   (w.cats & CV_CTX_MONTH)
               ? s + 3
               : NULL;
  }
  return cv_word_at(q + 1, end, &w) && (w.cats & CV_CTX_MONTH) &&
                 w.e + 1 < end && *w.e == ' ' && cv_is_digit(w.e[1])
             ? s + 3
             : NULL;
}

void
cv_scan_keep(CvScan *scan)
{
  const char *text = scan->text;
  const char *end = text + scan->len;
  const CvCtxHit *h = (const CvCtxHit *)scan->hits->data;
  gsize done = 0;
  for (guint i = 0; i < scan->hits->len; i++) {
    if (h[i].start < done)
      continue;
    guint32 c = h[i].cats;
    if (c & (CV_CTX_ORG | CV_CTX_STREET_FR)) {
      const char *e = after_head(text + h[i].end, end);
      if (e) {
        /* a word that is both ("University", "College"): the capitalised
         * words before it too ("Douglas Mental Health University
         * Institute") */
        const char *s =
            (c & CV_CTX_ORGTAIL) ? before_tail(text, text + h[i].start) : NULL;
        gsize ks = s ? (gsize)(s - text) : h[i].start;
        keep(scan, MAX(ks, done), (gsize)(e - text)); /* (in text order) */
        done = (gsize)(e - text);
        continue;
      }
    }
    /* chains named after their founder, with no head word: "chez Jean
     * Coutu", "un café au Tim Hortons" */
    if ((c & CV_CTX_GAZFIRST) && h[i].end - h[i].start <= 4) {
      static const struct {
        const char *first, *rest;
      } chains[] = { { "Jean", " Coutu" }, { "Tim", " Horton" } };
      for (gsize k = 0; k < G_N_ELEMENTS(chains); k++) {
        gsize fl = strlen(chains[k].first), rl = strlen(chains[k].rest);
        if (h[i].end - h[i].start == fl &&
            memcmp(text + h[i].start, chains[k].first, fl) == 0 &&
            (gsize)(end - text) - h[i].end >= rl &&
            memcmp(text + h[i].end, chains[k].rest, rl) == 0) {
          const char *e = word_end(text + h[i].end + 1, end);
          keep(scan, MAX(h[i].start, done), (gsize)(e - text));
          done = (gsize)(e - text);
        }
      }
    }
    /* (a piece joined to the next by a hyphen ends no name: "Marie
     * St-Onge" is no street "Marie St") */
    if ((c & (CV_CTX_ORGTAIL | CV_CTX_STREET_EN)) &&
        !(text + h[i].end < end && text[h[i].end] == '-')) {
      const char *s = before_tail(text, text + h[i].start);
      /* (a possessive after "at" is someone's home: "at Rania's place";
       * "Laval's house prices" stays) */
      if (s && h[i].start >= 3 && text[h[i].start - 1] == ' ' &&
          text[h[i].start - 2] == 's' && text[h[i].start - 3] == '\'' &&
          s - text >= 4 && memcmp(s - 4, " at ", 4) == 0)
        s = NULL;
      if (s && (c & CV_CTX_ORGTAIL)) {
        /* (the word right before the tail: "ATTENDU QUE ROSE CHURCH") */
        const char *g = text + h[i].start - 1;
        while (g > s && g[-1] != ' ')
          g--;
        if (cv_scan_surname_tail(scan, g, text + h[i].start, text + h[i].end))
          s = NULL; /* "Vikram Church left at 8:10" */
      }
      if (s) {
        keep(scan, (gsize)(s - text), h[i].end);
        done = h[i].end;
      }
    }
  }
  /* hyphenated place names: capitalised words with a hyphen (in text
   * order: merged with the regions above, also in text order) */
  g_autoptr(GArray) comp = g_array_new(FALSE, FALSE, sizeof(guint32));
  const guint32 *cw = (const guint32 *)scan->capwords->data;
  guint n = scan->capwords->len / 2;
  gboolean unsorted = FALSE;
  for (guint i = 0; i < n; i++) {
    const char *s = text + cw[2 * i];
    /* (a province's code, or "Québec", "Qc", "Ontario": cheap first) */
    const char *cb =
        (*s == 'Q' || *s == 'O' ||
         (end - s >= 3 && g_ascii_isupper(s[1]) && !g_ascii_isalpha(s[2])))
            ? city_before(text, s, end)
            : NULL;
    if (cb) {
      guint32 pr[2] = { (guint32)(cb - text), (guint32)(s - text) };
      unsorted |=
          comp->len > 0 && g_array_index(comp, guint32, comp->len - 2) > pr[0];
      g_array_append_vals(comp, pr, 2);
    }
    if (cw[2 * i + 1] != CV_KEY_ANY) {
      if (after_residence(text, s) || not_a_name(text, s, end) ||
          dateline(text, s, end) || weekday_date(s, end)) {
        guint32 pr[2] = { (guint32)(s - text),
                          (guint32)(word_end(s, end) - text) };
        g_array_append_vals(comp, pr, 2);
      }
      continue; /* not a compound */
    }
    const char *e = word_end(s, end);
    /* (not_a_name: its words are never joined ones) */
    if (after_residence(text, s) || verb_pronoun(s, end) ||
        place_compound(s, e) || dateline(text, s, end)) {
      guint32 pr[2] = { (guint32)(s - text), (guint32)(e - text) };
      g_array_append_vals(comp, pr, 2);
    }
  }
  if (unsorted) /* (a place found back from its province) */
    g_qsort_with_data(comp->data, (gint)(comp->len / 2), 2 * sizeof(guint32),
                      pair_cmp, NULL);
  keep_merge_sorted(scan, (const guint32 *)comp->data, comp->len / 2);
}

/* The first of the sorted regions @a whose start is >= @s. */
static guint
regions_lower_bound(const GArray *a, gsize s)
{
  const guint32 *k = (const guint32 *)a->data;
  guint lo = 0, hi = a->len / 2;
  while (lo < hi) {
    guint mid = lo + (hi - lo) / 2;
    if (k[2 * mid] < s)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

void
cv_scan_keep_insert(CvScan *scan, gsize s, gsize e)
{
  guint32 pr[2] = { (guint32)s, (guint32)e };
  guint n = scan->keep->len / 2;
  if (n == 0 || g_array_index(scan->keep, guint32, 2 * (n - 1)) <= s) {
    g_array_append_vals(scan->keep, pr, 2); /* (in text order: at the end) */
    return;
  }
  /* into the middle: the late array, small, merged once it outgrows the
   * square root of keep's size (each insertion then costs about that) */
  g_array_insert_vals(scan->keep_late,
                      2 * regions_lower_bound(scan->keep_late, s), pr, 2);
  guint late = scan->keep_late->len / 2;
  if (late < 64 || (guint64)late * late < n)
    return;
  keep_merge_sorted(scan, (const guint32 *)scan->keep_late->data, late);
  g_array_set_size(scan->keep_late, 0);
}

void
cv_scan_keep_add_all(CvScan *scan, GArray *pairs)
{
  g_qsort_with_data(pairs->data, (gint)(pairs->len / 2), 2 * sizeof(guint32),
                    pair_cmp, NULL);
  keep_merge_sorted(scan, (const guint32 *)pairs->data, pairs->len / 2);
}

static gboolean
in_sorted_regions(const GArray *regions, gsize s, gsize e)
{
  const guint32 *k = (const guint32 *)regions->data;
  /* the first region whose start is >= e */
  guint lo = regions_lower_bound(regions, e);
  /* regions before it that end after s (regions are short: look back a few) */
  for (guint j = lo, steps = 0; j > 0 && steps < 8; j--, steps++)
    if (k[2 * (j - 1) + 1] > s)
      return TRUE;
  return FALSE;
}

gboolean
cv_scan_in_keep(const CvScan *scan, gsize s, gsize e)
{
  return in_sorted_regions(scan->keep, s, e) ||
         (scan->keep_late->len > 0 && in_sorted_regions(scan->keep_late, s, e));
}
