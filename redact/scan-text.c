/* scan-text.c — owns the person-name rules: titles, form labels,
 * greetings, relatives, signature blocks, bullet and copy lines, display
 * names of e-mail addresses, "TREMBLAY, Marie", the gazetteer, then the
 * other mentions of the names found (the trained recogniser is
 * names-model.c). */
#define _GNU_SOURCE 1
#include "scan-words.h"

#include <string.h>

/* ---- person names ------------------------------------------------------------ */

#define NAME_STOP                                                              \
  (CV_CTX_STOPNAME | CV_CTX_MONTH | CV_CTX_STREET_FR | CV_CTX_STREET_EN |      \
   CV_CTX_TITLE | CV_CTX_LABEL | CV_CTX_GREET | CV_CTX_CLOSE | CV_CTX_ROLE)

/* A capitalised word that can be part of a name. */
gboolean
cv_name_word_ok(const Word *w)
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

gboolean
cv_word_may_name(const CvScan *scan, const Word *w)
{
  return !cv_name_model_in_dict(scan->model, w->s, w->e) ||
         (cv_name_model_lists(scan->model, w->s, w->e) & 3) ||
         cv_gazetteer_first(w->f, w->fn) || cv_gazetteer_last(w->f, w->fn);
}

/* Is [s, e) an Arabic surname with its article ("al-Hashimi",
 * "el-Khoury", "ibn-Rushd"): two or three lower-case letters of an
 * article, a hyphen, a capital? */
static gboolean
article_surname(const char *s, const char *e)
{
  static const char *const arts[] = { "al",  "el",  "ad",  "ar",  "as",
                                      "az",  "an",  "at",  "ash", "ibn",
                                      "bin", "ben", "abu", "bou" };
  gsize al = 0;
  while (s + al < e && al < 4 && g_ascii_islower(s[al]))
    al++;
  if (al < 2 || al > 3 || e - s < (gssize)al + 2 || s[al] != '-' ||
      !g_ascii_isupper(s[al + 1]))
    return FALSE;
  for (gsize k = 0; k < G_N_ELEMENTS(arts); k++)
    if (strlen(arts[k]) == al && memcmp(s, arts[k], al) == 0)
      return TRUE;
  return FALSE;
}

/* Reads up to @maxw name words from @p (same line).  Returns the end of the
 * name or NULL; *nw gets the number of words, *gaz whether one is in the
 * gazetteer. */
const char *
cv_read_name_x(const char *p, const char *end, int maxw, int *nw, gboolean *gaz,
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
  if (!cv_maybe_cap(p, end)) {
    /* "van der Berg": only a lower-case particle may start a name (cheap
     * test on its letters first: da de di do du el van von ...) */
    Word w0;
    if (end - p < 4 || (*p != 'd' && *p != 'v' && *p != 'b') ||
        !cv_is_alpha_ascii(p[1]) || (p[2] != ' ' && p[3] != ' ') ||
        (p[0] == 'd' && (p[1] == 'e' || p[1] == 'u')) ||
        !cv_word_at(p, end, &w0) || !(w0.cats & CV_CTX_PARTICLE))
      return NULL; /* (French "de", "du", "des" start no name: "l'attention de X") */
  }
  while (n < maxw) {
    const char *t = (n == 0) ? q : cv_skip_hspace(q, end);
    if (n == 1 && t == q && q < end && (*q == '\n' || *q == '\r')) {
      /* OCR/wrapping: "Jean-François\nPaquette," (one word per line end) */
      const char *u = q;
      if (*u == '\r')
        u++;
      if (u < end && *u == '\n') {
        u = cv_skip_hspace(u + 1, end);
        Word w2;
        if (cv_word_at(u, end, &w2) && cv_name_word_ok(&w2) && w2.fn >= 2 &&
            w2.e < end &&
            (*w2.e == ',' || *w2.e == '.' || *w2.e == ';' || *w2.e == ')')) {
          q = last = w2.e;
          n++;
          real = TRUE;
          break;
        }
      }
    }
    if (n > 0 && t > q &&
        (memchr(q, '\t', (gsize)(t - q)) ||
         (t - q >= 3 && q[0] == ' ' && q[1] == ' ' && q[2] == ' ')))
      break; /* a TAB or a column gap ends the cell: "Maëlle   LAST NAME:" */
    if (n > 0 && t == q) {
      if (!comma_used && q + 1 < end && *q == ',' && (q[1] == ' ')) {
        comma_used = TRUE;
        t = cv_skip_hspace(q + 1, end);
      } else {
        break;
      }
    }
    if (t - q > 4)
      break;
    Word w;
    if (!cv_word_at(t, end, &w))
      break;
    /* initial: "J.", "Đ.", "Š." (one letter, of any alphabet we fold) */
    if (w.cap && (w.e - w.s == 1 || (w.fn == 1 && w.e - w.s <= 4)) &&
        w.e < end && *w.e == '.') {
      q = last = w.e + 1;
      /* compound initials: "J.-F. Gagnon", "M.-È. Roy" */
      Word w2;
      if (end - q >= 3 && *q == '-' && cv_word_at(q + 1, end, &w2) && w2.cap &&
          w2.fn == 1 && w2.e - w2.s <= 2 && w2.e < end && *w2.e == '.')
        q = last = w2.e + 1;
      n++;
      /* after an initial, a capitalised common or place word is the
       * surname ("S. Ottawa", "A. Page") */
      static const char *const function_words[] = {
        "for",   "the",  "and",   "with",  "from",    "this",  "that",  "these",
        "those", "when", "where", "which", "what",    "while", "there", "then",
        "pour",  "avec", "dans",  "sur",   "les",     "des",   "une",   "par",
        "mais",  "donc", "puis",  "alors", "ensuite", "voir",  "see",   "note",
        "all",   "not",  "but",   "you",   "she",     "they",  "his",   "her",
        "our",   "your", "its",   "who",   "how",     "why",   "if",    "unless"
      };
      Word s2;
      const char *u = cv_skip_hspace(q, end);
      if (u > q && u - q <= 2 && n < maxw && cv_word_at(u, end, &s2) &&
          s2.cap && !s2.upper && !s2.digit && s2.fn >= 3 &&
          (s2.cats & NAME_STOP) == CV_CTX_STOPNAME &&
          !(s2.cats & (CV_CTX_ORG | CV_CTX_ORGTAIL | CV_CTX_PROVINCE)) &&
          !cv_word_in(&s2, function_words, G_N_ELEMENTS(function_words))) {
        q = last = s2.e;
        n++;
        real = TRUE;
        break;
      }
      continue;
    }
    if (n > 0 && w.upper && w.fn >= 4 && w.fn <= 6) {
      /* "Maëlle LAST NAME: Okafor": a label word and its noun end the name */
      static const char *const lead_words[] = { "first", "last", "given",
                                                "middle", "family" };
      gboolean lw = FALSE;
      for (gsize k = 0; k < G_N_ELEMENTS(lead_words) && !lw; k++)
        lw = w.fn == strlen(lead_words[k]) &&
             memcmp(w.f, lead_words[k], w.fn) == 0;
      Word m;
      const char *u = cv_skip_hspace(w.e, end);
      if (lw && u > w.e && cv_word_at(u, end, &m) && (m.cats & CV_CTX_LABEL))
        break;
    }
    /* an Arabic surname with its article: "Houda al-Hashimi" */
    gboolean article = !w.cap && !w.digit && article_surname(w.s, w.e);
    if (cv_name_word_ok(&w) || article ||
        (street_ok && w.cap && !w.digit && w.fn > 0 &&
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
      const char *u = cv_skip_hspace(w.e, end);
      if (u > w.e && u - w.e <= 2 && cv_word_at(u, end, &m) &&
          cv_name_word_ok(&m)) {
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
        "maire",       "mairesse",    "juge",         "depute",
        "deputee",     "ministre",    "president",    "presidente",
        "directeur",   "directrice",  "cure",         "commissaire",
        "recteur",     "rectrice",    "doyen",        "doyenne",
        "consul",      "general",     "generale",     "capitaine",
        "lieutenant",  "sergent",     "colonel",      "professeur",
        "professeure", "prefet",      "senateur",     "senatrice",
        "gouverneur",  "roi",         "reine",        "prince",
        "princesse",   "comte",       "comtesse",     "duc",
        "duchesse",    "baron",       "baronne",      "marquis",
        "docteur",     "notaire",     "bourgmestre",  "delegue",
        "deleguee",    "secretaire",  "tresorier",    "tresoriere",
        "protecteur",  "protectrice", "verificateur", "verificatrice"
      };
      Word m;
      const char *u = cv_skip_hspace(w.e, end);
      if (u > w.e && cv_word_at(u, end, &m))
        for (gsize k = 0; k < G_N_ELEMENTS(offices) && le_la; k++)
          if (m.fn == strlen(offices[k]) && memcmp(m.f, offices[k], m.fn) == 0)
            le_la = FALSE;
      if (!le_la)
        break;
    }
    if (n == 0 && lead < 2 && (w.cats & CV_CTX_PARTICLE) &&
        (cv_name_particle(&w) || le_la)) {
      /* a surname that starts with its particles: "Nom : De Serres",
       * "Mrs. Van Houtte", "DE SERRES", "Ms. van der Berg" */
      Word m;
      const char *u = cv_skip_hspace(w.e, end);
      if (u > w.e && u - w.e <= 2 && cv_word_at(u, end, &m) &&
          ((cv_name_word_ok(&m) && m.cap) ||
           (lead == 0 && (m.cats & CV_CTX_PARTICLE)))) {
        q = u;
        lead++;
        continue;
      }
      /* "M. La Rue", "Mme Le Chemin": a street word as such a surname */
      if (le_la && u > w.e && u - w.e <= 2 && cv_word_at(u, end, &m) && m.cap &&
          !m.upper && (m.cats & (CV_CTX_STREET_FR | CV_CTX_STREET_EN)) &&
          !(m.cats & (NAME_STOP & ~(CV_CTX_STREET_FR | CV_CTX_STREET_EN |
                                    CV_CTX_STOPNAME)))) {
        q = u;
        lead++;
        street_ok = TRUE;
        continue;
      }
    }
    if (n > 0 && cv_name_particle(&w)) {
      /* "Des Rosiers", "van der Berg", "De Serres": up to two particles */
      Word m;
      const char *u = cv_skip_hspace(w.e, end);
      /* ("à" joins a given name only, "Marie à Pierre"; a place is where
       * the person is: "Samira Haddad à Granby") */
      if (w.fn == 1 && w.f[0] == 'a' && u > w.e && cv_word_at(u, end, &m) &&
          (cv_word_is_place(&m) || !cv_gazetteer_first(m.f, m.fn)))
        break;
      if (u > w.e && u - w.e <= 2 && cv_word_at(u, end, &m)) {
        if (cv_name_word_ok(&m)) {
          q = w.e;
          continue;
        }
        Word m2;
        const char *u2 = cv_skip_hspace(m.e, end);
        if (cv_name_particle(&m) && !m.cap && u2 > m.e && u2 - m.e <= 2 &&
            cv_word_at(u2, end, &m2) && cv_name_word_ok(&m2)) {
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

static void add_name_x(CvScan *scan, const char *s, const char *e, float conf,
                       const char *det, gboolean remember);

void
cv_add_name(CvScan *scan, const char *s, const char *e, float conf,
            const char *det)
{
  add_name_x(scan, s, e, conf, det, TRUE);
}

/* Does the surname Le or He end at @a: the text's end, a comma, a period,
 * a semicolon, a bracket, a line break, or for Le "et"/"and" ("Widline Le
 * et", "Lihua He, le conseil"; not "Marie Le Blanc", "Kevin He said")? */
static gboolean
le_he_ends(const char *a, const char *end, gboolean le)
{
  if (a >= end || strchr(",.;<)\n", *a) != NULL)
    return TRUE;
  return le && a + 3 < end && *a == ' ' &&
         ((a[1] == 'e' && a[2] == 't' && a[3] == ' ') ||
          (a + 4 < end && a[1] == 'a' && a[2] == 'n' && a[3] == 'd' &&
           a[4] == ' '));
}

/* A place's name right after a given name out of the dictionaries, then
 * a lower-case word or a sentence's end: a surname ("Kahentinetha Ottawa
 * called", "Karonhiio Ottawa (who...)"; Ottawa, Laval, Paris are
 * surnames in Québec).  Not a day ("Kevin Monday morning"), not a word of
 * the dictionaries ("Julie Please"), not before a comma that lists a
 * place ("Marie, Ottawa,") nor a capitalised word. */
static gboolean
place_surname(const CvScan *scan, const Word *g, const Word *w)
{
  static const char *const days[] = {
    "lundi",     "mardi",  "mercredi", "jeudi",     "vendredi", "samedi",
    "dimanche",  "monday", "tuesday",  "wednesday", "thursday", "friday",
    "saturday",  "sunday", "today",    "tomorrow",  "tonight",  "noel",
    "christmas", "easter", "paques",   "aujourd"
  };
  const char *end = scan->text + scan->len;
  if (!scan->model || w->upper || g->upper || w->fn < 3 ||
      cv_word_in(w, days, G_N_ELEMENTS(days)) ||
      cv_name_model_in_dict(scan->model, g->s, g->e) ||
      cv_name_model_in_dict(scan->model, w->s, w->e) ||
      !(cv_gazetteer_first(g->f, g->fn) ||
        (cv_name_model_lists(scan->model, g->s, g->e) & 1)))
    return FALSE;
  const char *a = w->e;
  if (a >= end || *a == '\n' || *a == '.' || *a == ';' || *a == '!' || *a == '?')
    return TRUE;
  if (*a == ' ' && a + 1 < end)
    return (cv_cls[(guint8)a[1]] & CV_C_LOWER) || a[1] == '(';
  return FALSE;
}

/* A name found of one word or whose last word is a given name, followed
 * after one space
 * by a capitalised word on its line: that word is the surname even when
 * it is also a common, street or label word ("Sharita Love", "Lakiesha
 * Alley", "Antono Person", "Irish Head"), unless it is a month, a day, an
 * organisation or closing word, or starts a street or a kept region.
 * Returns the name's new end. */
static const char *
surname_after_given(const CvScan *scan, const char *s, const char *e)
{
  const char *text = scan->text;
  const char *end = text + scan->len;
  if (end - e < 3 || *e != ' ' || !cv_maybe_cap(e + 1, end))
    return e;
  const char *ls = e;
  while (ls > s && ls[-1] != ' ')
    ls--;
  Word g, w;
  if (!cv_word_at(ls, e, &g) || g.e != e || g.fn < 2 || !g.cap)
    return e;
  /* (a name of one word, or one ending with a known given name) */
  if (ls != s && !cv_gazetteer_first(g.f, g.fn) &&
      !(scan->model && (cv_name_model_lists(scan->model, ls, e) & 1)))
    return e;
  if (!cv_word_at(e + 1, end, &w) || w.digit || w.fn < 2 || !w.cap ||
      w.upper != g.upper)
    return e;
  /* "Vikram Church left": a building word as the surname */
  gboolean tail = (w.cats & CV_CTX_ORGTAIL) &&
                  !(w.cats & (CV_CTX_MONTH | CV_CTX_ORG | CV_CTX_GREET |
                              CV_CTX_CLOSE | CV_CTX_TITLE | CV_CTX_PARTICLE)) &&
                  cv_scan_surname_tail(scan, ls, w.s, w.e);
  if (tail)
    return w.e;
  /* the Vietnamese and Chinese surnames Le and He ("Widline Le et",
   * "Hanh Le <hanh.le@...>", "Lihua He, le conseil"), not a particle
   * before a name ("Marie Le Blanc") nor the pronoun ("Kevin He said") */
  if (w.fn == 2 && !w.upper && (w.f[0] == 'l' || w.f[0] == 'h') &&
      w.f[1] == 'e' && !g.upper) {
    return le_he_ends(w.e, end, w.f[0] == 'l') ? w.e : e;
  }
  if (w.cats & (CV_CTX_MONTH | CV_CTX_ORG | CV_CTX_ORGTAIL | CV_CTX_GREET |
                CV_CTX_CLOSE | CV_CTX_TITLE | CV_CTX_PARTICLE))
    return e;
  /* (a stop word that is also a surname of the lists goes: "Tiffany
   * Page", "Normand Page"; not "Marie Page 3" nor "Julie Page:") */
  if ((w.cats & CV_CTX_STOPNAME) &&
      !(w.cats &
        (CV_CTX_LABEL | CV_CTX_STREET_FR | CV_CTX_STREET_EN | CV_CTX_ROLE)) &&
      !(scan->model && !w.upper &&
        (cv_name_model_lists(scan->model, w.s, w.e) & 2)) &&
      !place_surname(scan, &g, &w))
    return e;
  /* "Marie Street 12", "Jean Coutu Pharmacy", "Julie Phone:" */
  const char *a = w.e;
  if (a < end && (*a == ':' || *a == '-'))
    return e;
  if (end - a >= 2 && *a == ' ' && cv_is_digit(a[1]))
    return e;
  Word nx;
  if (end - a >= 2 && *a == ' ' && cv_word_at(a + 1, end, &nx) &&
      (nx.cats & CV_CTX_ORGTAIL))
    return e;
  if (cv_scan_in_keep(scan, (gsize)(e + 1 - text), (gsize)(w.e - text)))
    return e;
  return w.e;
}

/* A month that is a given name right before a name found ("with Jun Xu",
 * "April Okafor called"): returns the name's new start.  Not after a
 * word that makes it a date ("in May", "depuis Avril", "le Juin"). */
static const char *
month_given_before(const CvScan *scan, const char *s)
{
  static const char *const before[] = {
    "in",     "on",     "since",  "until", "by",    "of",   "from", "to",
    "during", "last",   "next",   "this",  "early", "late", "mid",  "en",
    "de",     "depuis", "le",     "du",    "jusqu", "au",   "fin",  "debut",
    "mois",   "the",    "before", "after", "avant", "apres"
  };
  const char *text = scan->text;
  if (s - text < 4 || s[-1] != ' ')
    return s;
  const char *b = s - 1;
  while (b > text && s - 1 - b < 12 && cv_is_alpha_ascii(b[-1]))
    b--;
  Word m;
  if (!cv_word_at(b, s, &m) || m.e != s - 1 || !m.cap || m.upper ||
      !(m.cats & CV_CTX_MONTH) ||
      !(cv_name_model_lists(scan->model, m.s, m.e) & 1))
    return s;
  if (b > text && (cv_is_digit(b[-1]) || (b - text >= 2 && cv_is_digit(b[-2]))))
    return s; /* "3 May Tremblay" */
  const char *pe = b;
  while (pe > text && (pe[-1] == ' ' || pe[-1] == '\''))
    pe--;
  const char *ps = pe;
  while (ps > text && pe - ps < 8 && cv_is_alpha_ascii(ps[-1]))
    ps--;
  char f[8];
  gsize n = (gsize)(pe - ps);
  if (n > 0 && n < sizeof f) {
    for (gsize k = 0; k < n; k++)
      f[k] = g_ascii_tolower(ps[k]);
    for (gsize k = 0; k < G_N_ELEMENTS(before); k++)
      if (strlen(before[k]) == n && memcmp(before[k], f, n) == 0)
        return s;
  }
  return b;
}

/* A French elision before a lower-case word: "C'est", "J'appelle",
 * "D'accord", "L'agent", "Qu'il" (not "D'Amico", "L'Heureux", "O'Brien",
 * nor "N'dri", an Ivorian name). */
static gboolean
elided_word(const Word *w)
{
  const char *p = w->s;
  const char *e = w->e;
  if (e - p >= 3 && (p[0] == 'Q' || p[0] == 'q') && p[1] == 'u')
    p++;
  if (e - p < 3 || !strchr("CcDdJjLlSsTtu", p[0]))
    return FALSE;
  p++;
  if (*p == '\'')
    p++;
  else if (e - p >= 3 && (guint8)p[0] == 0xE2 && (guint8)p[1] == 0x80 &&
           (guint8)p[2] == 0x99)
    p += 3;
  else
    return FALSE;
  if (p >= e)
    return FALSE;
  if (cv_cls[(guint8)*p] & CV_C_LOWER)
    return TRUE;
  /* à..ÿ (C3 A0..C3 BF): "J'écris", "L'été" */
  return e - p >= 2 && (guint8)p[0] == 0xC3 && (guint8)p[1] >= 0xA0;
}

/* A lone possessive before a lower-case word: "Caller: My sister Aisha",
 * "Client : Ma fille appelle" (not "Ma Li", "Son Heung-min"). */
static gboolean
possessive_before_noun(const CvScan *scan, const char *s, const char *e)
{
  static const char *const poss[] = { "my",  "his", "her", "their", "mon",
                                      "ma",  "mes", "ton", "ta",    "tes",
                                      "son", "sa",  "ses", "leur",  "leurs" };
  const char *end = scan->text + scan->len;
  Word w;
  if (!cv_word_at(s, e, &w) || w.e != e || w.fn > 5)
    return FALSE;
  gboolean hit = FALSE;
  for (gsize k = 0; k < G_N_ELEMENTS(poss) && !hit; k++)
    hit = strlen(poss[k]) == w.fn && memcmp(poss[k], w.f, w.fn) == 0;
  const char *n = cv_skip_hspace(e, end);
  return hit && n > e && n < end && (cv_cls[(guint8)*n] & CV_C_LOWER);
}

/* A name written in lower case ("jessica: salut"): its other lower-case
 * mentions are looked for too (the capitalised words' pass does not see
 * them), once it was found with a name's context (@strong) or twice, near
 * where it was found (a chat, a thread: LOWER_NEAR bytes around). */
#define LOWER_NEAR 2048
#define LOWER_AT 16
typedef struct {
  guint score;
  guint n; /* places where it was found (the first ones) */
  guint32 at[LOWER_AT];
} LowerName;

static void
note_lower_name(CvScan *scan, const Word *w, gboolean strong)
{
  if (scan->lower_names == NULL)
    scan->lower_names =
        g_hash_table_new_full(g_str_hash, g_str_equal, cv_text_wipe_str, g_free);
  char buf[CV_REDACT_MAX_WORD + 1];
  gsize n = (gsize)(w->e - w->s);
  if (n > CV_REDACT_MAX_WORD)
    return;
  memcpy(buf, w->s, n);
  buf[n] = 0;
  LowerName *ln = g_hash_table_lookup(scan->lower_names, buf);
  if (ln == NULL && g_hash_table_size(scan->lower_names) < 256) {
    ln = g_new0(LowerName, 1);
    g_hash_table_insert(scan->lower_names, g_strdup(buf), ln);
  }
  if (ln != NULL) {
    ln->score += strong ? 2 : 1;
    if (ln->n < LOWER_AT)
      ln->at[ln->n++] = (guint32)(w->s - scan->text);
  }
  sodium_memzero(buf, sizeof buf);
}

/* A closing alone on its line above a signature: a capitalised dictionary
 * word that is no given name of the lists, a comma, the line's end and a
 * line after it ("Best,\nSarah", "Warmly,", "Amitiés,"; not "Normand,"
 * opening a letter, nor "Sarah,"). */
static gboolean
closing_line(const CvScan *scan, const char *s, const char *e)
{
  const char *text = scan->text, *end = text + scan->len;
  if (e >= end || *e != ',' || (s > text && s[-1] != '\n'))
    return FALSE;
  const char *r = e + 1;
  while (r < end && (*r == ' ' || *r == '\r'))
    r++;
  if (r >= end || *r != '\n' || r + 1 >= end || r[1] == '\n')
    return FALSE;
  Word w;
  return cv_word_at(s, e, &w) && w.e == e && w.cap && !w.upper &&
         cv_name_model_in_dict(scan->model, s, e) &&
         !(cv_name_model_lists(scan->model, s, e) & 1);
}

/* A PERSON candidate; with @remember its words count as names found (their
 * other mentions in the text are redacted too). */
static void
add_name_x(CvScan *scan, const char *s, const char *e, float conf,
           const char *det, gboolean remember)
{
  /* "Client : Qu'il attende": an elided word is no part of a name; nor
   * the AM / PM of a time before it ("at 9:12 AM Olumide Bankole") */
  for (;;) {
    Word w;
    if (s >= e || !cv_word_at(s, e, &w))
      break;
    gboolean ampm = w.e - w.s == 2 && (w.s[0] == 'A' || w.s[0] == 'P') &&
                    w.s[1] == 'M' && w.s - scan->text >= 2 && w.s[-1] == ' ' &&
                    cv_is_digit(w.s[-2]);
    if (!ampm && !elided_word(&w))
      break;
    s = cv_skip_hspace(w.e, e);
  }
  if (s >= e || possessive_before_noun(scan, s, e) || closing_line(scan, s, e))
    return;
  {
    Word w; /* "Né le 3 mai 1950", "Né·e le": born, not a name */
    if (cv_word_at(s, e, &w) && w.e == e && (w.cats & CV_CTX_DOB) &&
        w.fn <= 3 && memchr(w.s, 0xC3, (gsize)(w.e - w.s)))
      return;
  }
  /* a question's auxiliary before the name is no part of it ("Q: Was
   * [Hicham Bird] aware", "Did [Kwame Mensah] call?") */
  {
    static const char *const aux[] = { "was",  "were",  "is",     "are",
                                       "did",  "does",  "do",     "has",
                                       "have", "had",   "can",    "could",
                                       "will", "would", "should", "shall",
                                       "may",  "might", "must" };
    Word a;
    /* (the '?' within 160 bytes on the line: bounded, a name is added
     * for every candidate) */
    const char *tend = scan->text + scan->len;
    const char *lim = tend - e > 160 ? e + 160 : tend;
    const char *le = memchr(e, '\n', (gsize)(lim - e));
    if (cv_word_at(s, e, &a) && a.cap && !a.upper && a.e + 1 < e &&
        *a.e == ' ' && cv_word_in(&a, aux, G_N_ELEMENTS(aux)) &&
        memchr(e, '?', (gsize)((le ? le : lim) - e)) != NULL)
      s = a.e + 1; /* (a question: "Will Smith called." keeps its Will) */
  }
  e = surname_after_given(scan, s, e);
  s = month_given_before(scan, s);
  if (conf < CV_KEEP_CONF &&
      cv_scan_in_keep(scan, (gsize)(s - scan->text), (gsize)(e - scan->text)))
    return; /* "Pharmacie Jean Coutu", "Maurice Richard Arena" */
  cv_scan_add(scan, CV_PII_PERSON, (gsize)(s - scan->text),
              (gsize)(e - scan->text), conf, det);
  /* remember its words for the other mentions (a lower-case word found
   * alone and weakly, twice at least) */
  const char *end = e;
  const char *p = s;
  gboolean given = FALSE; /* the name opened with a known given name */
  while (p < end) {
    Word w;
    if (cv_word_at(p, end, &w) && !w.digit) {
      if (p == s)
        given = w.cap && !w.upper && cv_gazetteer_first(w.f, w.fn);
      if (remember && w.fn >= 2 && cv_name_word_ok(&w) &&
          !(w.cats & CV_CTX_PARTICLE))
        g_hash_table_add(scan->names, g_strndup(w.f, w.fn));
      else if (remember && given && p > s && w.e == end && w.fn >= 3 &&
               w.fn < CV_REDACT_MAX_WORD && w.cap && !w.upper &&
               (w.cats & NAME_STOP) == CV_CTX_STOPNAME)
        /* a surname that is also a common word after a given name
         * ("Lucie Page"): its other mentions go with more care (the
         * '\1' marks it, see weak_mention()) */
        g_hash_table_add(scan->names, g_strdup_printf("\1%.*s", (int)w.fn, w.f));
      else if (w.fn >= 3 && !w.cap && !(w.cats & NAME_STOP) &&
               cv_is_alpha_ascii(*w.s))
        note_lower_name(scan, &w, remember);
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
    const char *q = cv_skip_hspace(p, end);
    /* (the pronoun "I": "Agent: Can I get your number?") */
    gboolean pron_i =
        q < end && *q == 'I' && (q + 1 >= end || q[1] == ' ' || q[1] == '\'');
    if (q == p || q >= end || (!(cv_cls[(guint8)*q] & CV_C_LOWER) && !pron_i))
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

const char *
cv_skip_title(const char *p, const char *end)
{
  Word w;
  if (p >= end || !cv_maybe_cap(p, end))
    return p;
  if (cv_word_at(p, end, &w) && w.cap && (w.cats & CV_CTX_TITLE)) {
    const char *q = w.e;
    if (q < end && *q == '.')
      q++;
    const char *r = cv_skip_hspace(q, end);
    if (r > q)
      return r;
  }
  return p;
}

/* End of the line at @p: its '\n', or at most 512 bytes on (bounded, so
 * that a megabyte-long line costs no more than a short one). */
const char *
cv_line_end(const char *p, const char *end)
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
  const char *le = cv_line_end(cell, end);
  if (le >= end || *le != '\n' || !memchr(ls, '\t', (gsize)(le - ls)))
    return; /* not a tab-separated header row */
  const char *row = le + 1;
  for (int n = 0; n < 50 && row < end; n++) {
    const char *re = cv_line_end(row, end);
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
    const char *t0 = cv_skip_hspace(c, ce);
    const char *ne = cv_read_name(t0, ce, 4, &nw, &gaz, TRUE);
    if (!ne || nw < 1 || cv_skip_hspace(ne, ce) < ce)
      return; /* the column stops being names */
    cv_add_name(scan, t0, ne, 0.8f, "name-table-column");
    if (re >= end || *re != '\n')
      return;
    row = re + 1;
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
  const char *le = cv_line_end(p, end);
  if (cv_skip_hspace(p, le) < le || le >= end)
    return FALSE;
  int found = 0;
  const char *row = le + 1;
  for (int k = 0; k < 60 && row < end; k++) {
    const char *re = cv_line_end(row, end);
    const char *b = cv_skip_hspace(row, re);
    if (b < re && (*b == '-' || *b == '*'))
      b++;
    else if (re - b >= 3 && (guint8)b[0] == 0xE2 && (guint8)b[1] == 0x80 &&
             ((guint8)b[2] == 0xA2 || (guint8)b[2] == 0x93 ||
              (guint8)b[2] == 0x94))
      b += 3;
    else
      break;
    const char *t = cv_skip_hspace(b, re);
    if (t == b)
      break;
    t = cv_skip_title(t, re);
    int nw;
    gboolean gaz;
    const char *ne = cv_read_name(t, re, 5, &nw, &gaz, TRUE);
    if (ne && nw >= 2) {
      const char *a = cv_skip_hspace(ne, re);
      if (a >= re || *a == ',' || *a == '(' || *a == ';' ||
          (re - a >= 3 && (guint8)a[0] == 0xE2 && (guint8)a[1] == 0x80)) {
        cv_add_name(scan, t, ne, 0.85f, "name-bullet-list");
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
  /* in a long paragraph the line start is out of reach: only a signature
   * after a label's colon or a sentence's end can be read ("… deux
   * semaines. Réf. : Lesa B., travailleuse sociale. …") */
  gboolean inside = ls > text && ls[-1] != '\n';
  const char *p = cv_skip_hspace(ls, role);
  gboolean bullet = TRUE;
  if (inside)
    bullet = FALSE;
  else if (p < role && (*p == '-' || *p == '*' || *p == '>'))
    p++;
  else if (role - p >= 3 && (guint8)p[0] == 0xE2 && (guint8)p[1] == 0x80 &&
           ((guint8)p[2] == 0x94 || (guint8)p[2] == 0x93 || (guint8)p[2] == 0xA2))
    p += 3; /* — – • */
  else
    bullet = FALSE;
  const char *t = cv_skip_hspace(p, role);
  if (bullet && t == p)
    return;
  if (!bullet) {
    /* no bullet: the name opens its line or follows a label's colon or a
     * sentence's end ("Réf. : Satine M., travailleuse sociale", "Ref.:
     * Sherril Wood, social worker"), and has two words or more (below) */
    const char *seg = t;
    for (const char *r = c - 1; r > t; r--)
      if ((r[-1] == ':' || r[-1] == ';' ||
           (r[-1] == '.' && !(r - 2 >= t && (cv_cls[(guint8)r[-2]] & CV_C_UPPER) &&
                              (r - 3 < t || r[-3] == ' ')))) &&
          *r == ' ') {
        seg = r;
        break;
      }
    if (inside && seg == t)
      return;
    t = cv_skip_hspace(seg, role);
  }
  t = cv_skip_title(t, role);
  int nw;
  gboolean gaz;
  const char *ne = cv_read_name(t, role, 5, &nw, &gaz, TRUE);
  if (!ne || nw < 1)
    return;
  const char *q = cv_skip_hspace(ne, role);
  if (q >= role || *q != ',')
    return;
  q = cv_skip_hspace(q + 1, role);
  int words = 0;
  while (q < role) {
    Word w;
    if (!cv_word_at(q, role, &w) || w.digit ||
        (w.cap && !(w.cats & CV_CTX_ROLE)) || ++words > 3)
      return;
    q = cv_skip_hspace(w.e, role);
  }
  if (!bullet && nw < 2)
    return; /* "Montréal, conseillère" */
  /* one word alone must look like a name: a capitalised word or an initial */
  if (nw == 1 && !gaz) {
    Word w;
    if (!cv_word_at(t, ne, &w) || !w.cap)
      return;
  }
  cv_add_name(scan, t, ne, 0.85f, "name-role-line");
}

/* Is [t, b) a display name in lower case before its address at @addr:
 * two to four words, no context word, one of them (two letters or more)
 * inside the address's user name ("To: mylan xu <mylan.xu@…>", "jingting
 * xu <jxu@…>")? */
static gboolean
lower_display_name(const CvScan *scan, const char *t, const char *b,
                   const char *addr)
{
  const char *end = scan->text + scan->len;
  const char *at = memchr(addr, '@', (gsize)MIN(end - addr, 64));
  if (!at || at - addr < 2)
    return FALSE;
  char user[64];
  gsize un = cv_fold(addr, at, user, sizeof user);
  int n = 0, inside = 0;
  const char *q = t;
  while (q < b) {
    Word w;
    if (!cv_word_at(q, b, &w) || w.cap || w.digit || w.fn < 2 ||
        (w.cats & ~(guint32)(CV_CTX_GAZFIRST | CV_CTX_GAZLAST | CV_CTX_PARTICLE)))
      return FALSE;
    if (un >= w.fn && memmem(user, un, w.f, w.fn) != NULL)
      inside++;
    n++;
    q = cv_skip_hspace(w.e, b);
    if (q == w.e && q < b)
      return FALSE;
  }
  return n >= 2 && n <= 4 && inside > 0;
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
    while (f > text && b - f < 80 && f[-1] != '\n' && f[-1] != ':' &&
           f[-1] != ';' && f[-1] != '<' && f[-1] != '>' && f[-1] != '\t')
      f--;
    if (b - f >= 80)
      continue;
    const char *t = cv_skip_hspace(f, b);
    if (t < b && *t == '"')
      t++;
    t = cv_skip_title(t, b);
    int nw;
    gboolean gaz;
    const char *ne = cv_read_name(t, b, 5, &nw, &gaz, TRUE);
    if (!(ne && ne == b && nw >= 2) && lower_display_name(scan, t, b, lt + 1)) {
      cv_add_name(scan, t, b, 0.8f, "name-display-lower");
      continue;
    }
    if (!(ne && ne == b && nw >= 2)) {
      /* the name after a reply's date: "Le 20 mars 2023 à 7 h 40, Prudent
       * Amirault <amirault.prudent@…> a écrit" */
      const char *c = b;
      while (c > t && !(c[-1] == ' ' && c - 1 > t && c[-2] == ','))
        c--;
      if (c == t)
        continue;
      t = c;
      ne = cv_read_name(t, b, 4, &nw, &gaz, FALSE);
      if (!(ne && ne == b && nw >= 2))
        continue;
    }
    cv_add_name(scan, t, ne, 0.85f, "name-display");
  }
}

/* Names after a copy line at a line start, colon or not: "c. c. Marie Roy",
 * "c.c. M. Jean Gagnon, Luc Roy", "cc Marie Roy" (the "cc :" form is a
 * label).  @p is just after the "c. c." / "cc". */
static void
copy_line(CvScan *scan, const char *p)
{
  const char *end = scan->text + scan->len;
  const char *le = cv_line_end(p, end);
  const char *t = cv_skip_hspace(p, le);
  if (t == p || t >= le)
    return;
  for (int k = 0; k < 8 && t < le; k++) {
    t = cv_skip_title(t, le);
    int nw;
    gboolean gaz;
    const char *ne = cv_read_name(t, le, 5, &nw, &gaz, FALSE);
    if (!ne || nw < 2)
      return;
    cv_add_name(scan, t, ne, 0.85f, "name-copy");
    t = cv_skip_hspace(ne, le);
    if (t < le && (*t == ',' || *t == ';'))
      t = cv_skip_hspace(t + 1, le);
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
  /* "c. c." and "c.c.": from each '.' (cv_scan_marks), a 'c' before it at
   * a line start */
  const GArray *dots = cv_scan_marks(scan, CV_MARK_DOT);
  for (guint di = 0; di < dots->len; di++) {
    const char *d = text + g_array_index(dots, guint32, di);
    if (d == text)
      continue;
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
    if ((w[0] | 0x20) == 'c' && (w[1] | 0x20) == 'c' && w + 2 < end &&
        w[2] == ' ' && at_line_start(text, w))
      copy_line(scan, w + 2);
  }
}

/* The locals every name rule starts with: the text, the hit's word
 * [ws, we), and what cv_read_name() returns. */
#define NAME_RULE_LOCALS                                                       \
  const char *text = scan->text;                                               \
  const char *end G_GNUC_UNUSED = text + scan->len;                            \
  const char *ws G_GNUC_UNUSED = text + h->start;                              \
  const char *we G_GNUC_UNUSED = text + h->end;                                \
  int nw G_GNUC_UNUSED;                                                        \
  gboolean gaz G_GNUC_UNUSED

/* Rule "speaker-paren": a speaker's role and their name in parentheses
 * before the colon of a transcript line ("Préposé (Tekahionwake) :",
 * "[14:11] Agent (Quang Vo): "): one or two capitalised words, one out of
 * the dictionaries or in the name lists ("Agent (Bilingue) :" stays). */
static gboolean
name_rule_speaker_paren(CvScan *scan, const CvCtxHit *h)
{
  NAME_RULE_LOCALS;
  if (end - we < 5 || we[0] != ' ' || we[1] != '(')
    return FALSE;
  const char *t = we + 2;
  const char *ne = cv_read_name(t, end, 2, &nw, &gaz, FALSE);
  if (!ne || ne >= end || *ne != ')')
    return FALSE;
  const char *c = cv_skip_hspace(ne + 1, end);
  if (c >= end || *c != ':')
    return FALSE;
  gboolean known = gaz;
  for (const char *p = t; !known && p < ne;) {
    Word w;
    if (!cv_word_at(p, ne, &w) || w.e <= p)
      break;
    if (scan->model && ((cv_name_model_lists(scan->model, w.s, w.e) & 3) ||
                        !cv_name_model_in_dict(scan->model, w.s, w.e)))
      known = TRUE;
    p = cv_skip_hspace(w.e, ne);
  }
  if (!known)
    return FALSE;
  cv_add_name(scan, t, ne, 0.8f, "name-speaker");
  return TRUE;
}

/* "m" in lower case, a transcript's "monsieur" ("un message pour m vallée
 * concernant", "la voisine de m parent euh", "ici m jacques fontaine de
 * la pharmacie"): after a word that takes a person, one or two lower-case
 * words that are no verb's object ("pour m le directeur" stays), the first
 * out of the dictionaries or in the name lists. */
static void
lower_m_title(CvScan *scan, const CvCtxHit *h)
{
  static const char *const takes[] = { "pour",    "de",       "a",    "avec",
                                       "chez",    "ici",      "par",  "voir",
                                       "appeler", "rappeler", "est",  "et",
                                       "ou",      "que",      "finis" };
  static const char *const objects[] = {
    "le",  "la",  "les", "l",    "un", "une", "des", "du",  "de",  "d",
    "son", "sa",  "ses", "et",   "ou", "a",   "au",  "aux", "en",  "y",
    "qui", "que", "est", "sera", "va", "ne",  "se",  "s",   "par", "pour"
  };
  const char *text = scan->text, *end = text + scan->len;
  const char *ws = text + h->start, *we = text + h->end;
  if (*ws != 'm' || we + 3 >= end || ws - text < 3 || ws[-1] != ' ')
    return;
  const char *t = we;
  if (*t == '.')
    t++;
  if (*t != ' ' || !(cv_cls[(guint8)t[1]] & CV_C_LOWER))
    return;
  t++;
  /* the word before */
  const char *be = ws - 1, *bs = be;
  while (bs > text && be - bs < 12 &&
         (cv_is_alpha_ascii(bs[-1]) || (guint8)bs[-1] >= 0x80))
    bs--;
  Word b, w1, w2;
  if (!cv_word_at(bs, be, &b) || b.e != be ||
      !cv_word_in(&b, takes, G_N_ELEMENTS(takes)))
    return;
  if (!cv_word_at(t, end, &w1) || w1.s != t || w1.digit || w1.fn < 2 ||
      (w1.cats & ~(guint32)(CV_CTX_GAZFIRST | CV_CTX_GAZLAST)) ||
      cv_word_in(&w1, objects, G_N_ELEMENTS(objects)))
    return;
  gboolean d1 = cv_name_model_in_dict(scan->model, w1.s, w1.e);
  guint l1 = cv_name_model_lists(scan->model, w1.s, w1.e);
  /* (a dictionary word, as "parent", "hall", before what goes on with the
   * message: "de m parent euh", "pour m hall concernant") */
  static const char *const goes_on[] = { "euh", "concernant", "au", "a",
                                         "qui", "pour",       "de", "du",
                                         "et",  "about",      "re", "um",
                                         "son", "sa",         "ses" };
  Word nx;
  gboolean then =
      w1.e >= end || *w1.e == ',' || *w1.e == '.' || *w1.e == '\n' ||
      (*w1.e == ' ' && cv_word_at(w1.e + 1, end, &nx) && nx.s == w1.e + 1 &&
       cv_word_in(&nx, goes_on, G_N_ELEMENTS(goes_on)));
  if (d1 && !(l1 & 3) && !(w1.cats & (CV_CTX_GAZFIRST | CV_CTX_GAZLAST)) && !then)
    return;
  const char *ne = w1.e;
  /* a surname after a given name: "m jacques fontaine" */
  if ((l1 & 1 || (w1.cats & CV_CTX_GAZFIRST)) && ne + 2 < end && *ne == ' ' &&
      cv_word_at(ne + 1, end, &w2) && w2.s == ne + 1 && !w2.cap && !w2.digit &&
      w2.fn >= 2 && !(w2.cats & ~(guint32)(CV_CTX_GAZFIRST | CV_CTX_GAZLAST)) &&
      !cv_word_in(&w2, objects, G_N_ELEMENTS(objects)) &&
      (!cv_name_model_in_dict(scan->model, w2.s, w2.e) ||
       (cv_name_model_lists(scan->model, w2.s, w2.e) & 2) ||
       (w2.cats & CV_CTX_GAZLAST)))
    ne = w2.e;
  cv_add_name(scan, t, ne, 0.75f, "name-title-m");
}

/* Rule "title": a title ("M.", "Dre", "Monsieur") and the name after it. */
/* A ticket's or a manifest's passenger, "SURNAME/GIVEN TITLE" as airlines
 * write it ("2. DOKKO/SEOYOUNG MS", "CASGRAIN/ELIANEMURIELLE MME"): the
 * title in capitals after the pair.  Both words are names; the words after
 * the title are not. */
static gboolean
passenger_name(CvScan *scan, const CvCtxHit *h)
{
  NAME_RULE_LOCALS;
  if (h->start < 6 || !(cv_cls[(guint8)ws[0]] & CV_C_UPPER) ||
      !(cv_cls[(guint8)ws[1]] & CV_C_UPPER || h->end - h->start == 1) ||
      ws[-1] != ' ')
    return FALSE;
  const char *ge = ws - 1, *gs = ge, *ss;
  while (gs > text && ge - gs < 40 &&
         ((cv_cls[(guint8)gs[-1]] & CV_C_UPPER) || (guint8)gs[-1] >= 0x80 ||
          gs[-1] == '-' || gs[-1] == ' '))
    gs--;
  if (gs == text || gs[-1] != '/' || ge - gs < 2 || gs[0] == ' ')
    return FALSE;
  ss = gs - 1;
  const char *se = ss;
  while (ss > text && se - ss < 40 &&
         ((cv_cls[(guint8)ss[-1]] & CV_C_UPPER) || (guint8)ss[-1] >= 0x80 ||
          ss[-1] == '-' || ss[-1] == '\''))
    ss--;
  if (se - ss < 2 ||
      (ss > text && !(ss[-1] == ' ' || ss[-1] == '\n' || ss[-1] == '\t')))
    return FALSE;
  /* (a list's line: its number before, a column gap or the line's end
   * after the title) */
  const char *ls = ss;
  while (ls > text && ss - ls < 8 &&
         (ls[-1] == ' ' || ls[-1] == '.' || ls[-1] == ')' || cv_is_digit(ls[-1])))
    ls--;
  if (ls > text && ls[-1] != '\n')
    return FALSE;
  if (!(we >= end || *we == '\n' || *we == '\r' ||
        (end - we >= 2 && we[0] == ' ' && we[1] == ' ')))
    return FALSE;
  Word a, b;
  if (!cv_word_at(ss, se, &a) || !a.upper || !cv_word_at(gs, ge, &b) || !b.upper)
    return FALSE;
  cv_add_name(scan, ss, se, 0.85f, "name-passenger");
  cv_add_name(scan, gs, ge, 0.85f, "name-passenger");
  return TRUE;
}

static gboolean
name_rule_title(CvScan *scan, const CvCtxHit *h)
{
  NAME_RULE_LOCALS;
  if ((h->cats & CV_CTX_TITLE) && passenger_name(scan, h))
    return TRUE;
  if ((h->cats & CV_CTX_TITLE) && h->end - h->start == 1 && scan->model)
    lower_m_title(scan, h);
  if ((h->cats & CV_CTX_TITLE) && h->end - h->start >= 2 &&
      h->end - h->start <= 4 && we + 2 < end) {
    /* a lower-case name after a short title, in notes typed without
     * capitals: "dr. wong", "mme tremblay", "Dr. wong", "mr. john smith".
     * A word out of the dictionary, or a dictionary word that a second
     * name word follows (a given name, then a surname out of the
     * dictionary or in the gazetteer): "the dr. said it", "dr. and mrs.",
     * "mme la présidente" stay */
    const char *q = we;
    if (*q == '.')
      q++;
    else if (h->end - h->start == 2 && (ws[0] == 'm' || ws[0] == 'M') &&
             (ws[1] == 'e' || ws[1] == 'E'))
      q = end; /* "Me" (Maître) without its period: "call me back" */
    const char *t = q < end && *q == ' ' ? q + 1 : q;
    Word w1, w2;
    /* (a title in capitals before a lower-case word is none: "PR go/66368") */
    gboolean caps_title = (cv_cls[(guint8)ws[0]] & CV_C_UPPER) &&
                          (cv_cls[(guint8)ws[1]] & CV_C_UPPER);
    if (!caps_title && t > q && t < end && (cv_cls[(guint8)*t] & CV_C_LOWER) &&
        cv_word_at(t, end, &w1) && !w1.digit && w1.fn >= 2 &&
        !(w1.cats & NAME_STOP)) {
      gboolean d1 = cv_name_model_in_dict(scan->model, w1.s, w1.e);
      const char *ne = NULL;
      const char *u = w1.e + 1;
      gboolean two =
          w1.e + 1 < end && *w1.e == ' ' && (cv_cls[(guint8)*u] & CV_C_LOWER) &&
          cv_word_at(u, end, &w2) && !w2.digit && w2.fn >= 2 &&
          !(w2.cats & NAME_STOP) &&
          (d1 ? cv_gazetteer_first(w1.f, w1.fn) : TRUE) &&
          (!cv_name_model_in_dict(scan->model, w2.s, w2.e) ||
           (cv_gazetteer_first(w1.f, w1.fn) && cv_gazetteer_last(w2.f, w2.fn)));
      /* (after a title that is only ever a person's, "mme", "mrs", "ms",
       * "mr", "mlle" — not "ms", a troff package too — a dictionary word
       * is a surname too: "mme cook", "mrs hogan", "mme sauvage") */
      static const char *const social[] = { "mme", "mrs", "mr", "mlle" };
      char tf[8];
      gsize tn = cv_fold(ws, we, tf, sizeof tf);
      const char *bt = ws;
      while (bt > text && bt[-1] == ' ')
        bt--;
      gboolean person_title = cv_folded_in(tf, tn, social, G_N_ELEMENTS(social)) &&
                              !(bt > text && cv_is_digit(bt[-1]));
      /* (not a verb: "mme fait le suivi", "mr said the file") */
      static const char *const objects[] = {
        "le",    "la",   "les",  "l",    "un",  "une",  "des",  "du",  "de",
        "son",   "sa",   "ses",  "leur", "the", "a",    "an",   "his", "her",
        "their", "it",   "que",  "qu",   "to",  "that", "this", "ce",  "cette",
        "avec",  "with", "pour", "for",  "me",  "him",  "them", "us",  "y",
        "en",    "lui",  "nous", "vous", "you"
      };
      Word wn;
      if (person_title && d1 && w1.e + 1 < end && *w1.e == ' ' &&
          cv_word_at(w1.e + 1, end, &wn) &&
          cv_word_in(&wn, objects, G_N_ELEMENTS(objects)))
        person_title = FALSE;
      if (two)
        ne = w2.e;
      else if (!d1 || person_title ||
               (cv_gazetteer_last(w1.f, w1.fn) &&
                !cv_gazetteer_first(w1.f, w1.fn)))
        ne = w1.e; /* "mrs. smith", "mme cook" (not "dr. said") */
      if (ne)
        cv_add_name(scan, t, ne, 0.8f, "name-title");
    }
  }
  /* (and "madame", "monsieur" in lower case before a capitalised name:
   * "Bonjour madame Lord,") */
  gboolean long_title = !(h->flags & CV_WORD_CAP) && h->end - h->start >= 6 &&
                        (g_ascii_strncasecmp(ws, "madame", 6) == 0 ||
                         g_ascii_strncasecmp(ws, "monsieur", 8) == 0 ||
                         g_ascii_strncasecmp(ws, "mademoiselle", 12) == 0);
  /* (and a short title in lower case before a capitalised name, in notes:
   * "vu m. Desfrênes ds bureau", "vu mme Ben Hamida"; not after a number,
   * "5 m. Desjardins", nor "me", "let me Google it", nor in "11:30 a.m.
   * Officers are") */
  gboolean short_title = FALSE;
  if ((h->cats & CV_CTX_TITLE) && !(h->flags & CV_WORD_CAP) && !long_title &&
      we + 2 < end && h->end - h->start <= 4 &&
      (cv_cls[(guint8)ws[0]] & CV_C_LOWER)) {
    static const char *const lows[] = { "m",   "mme", "mlle", "mr",
                                        "mrs", "ms",  "dr",   "dre" };
    char tf[8];
    gsize tn = cv_fold(ws, we, tf, sizeof tf);
    const char *bt = ws;
    while (bt > text && bt[-1] == ' ')
      bt--;
    const char *t = we + (*we == '.');
    short_title =
        (ws == text || ws[-1] == ' ' || ws[-1] == '\n' || ws[-1] == '(') &&
        cv_folded_in(tf, tn, lows, G_N_ELEMENTS(lows)) &&
        (tn > 1 || *we == '.') && !(bt > text && cv_is_digit(bt[-1])) &&
        t + 1 < end && *t == ' ' && cv_maybe_cap(t + 1, end);
  }
  if ((h->cats & CV_CTX_TITLE) &&
      ((h->flags & CV_WORD_CAP) || long_title || short_title)) {
    const char *q = we;
    gsize wl = h->end - h->start;
    gboolean dot = q < end && *q == '.';
    if (wl == 1 && !dot)
      return FALSE; /* "M" alone */
    if (dot)
      q++;
    const char *t = cv_skip_hspace(q, end);
    if (t == q)
      return FALSE;
    t = cv_skip_title(t, end); /* "M. Dr Tremblay" */
    const char *ne = cv_read_name_x(t, end, 4, &nw, &gaz, FALSE, TRUE);
    if (!ne && end - t > 4 && t[0] == 'd' && (t[1] == 'e' || t[1] == 'u') &&
        t[2] == ' ' && cv_maybe_cap(t + 3, end)) {
      /* a particle after a title: "Selon Me de Hečko", "M. du Tremblay"
       * (which starts no name elsewhere: "l'attention de X") */
      ne = cv_read_name_x(t + 3, end, 3, &nw, &gaz, FALSE, TRUE);
    }
    if (!ne && end - t > 7 && memcmp(t, "de la ", 6) == 0 &&
        cv_maybe_cap(t + 6, end)) /* "Mme de la Cruz" */
      ne = cv_read_name_x(t + 6, end, 3, &nw, &gaz, FALSE, TRUE);
    if (ne && nw >= 1) {
      /* in English "M." is no title but an initial ("Referred by M.
       * Vaillancourt"): it goes with the name */
      const char *ns = wl == 1 && dot && scan->lang == CV_LANG_EN ? ws : t;
      cv_add_name(scan, ns, ne, 0.9f, "name-title");
      return TRUE;
    }
    /* a surname that is also a common word the rules stop at ("Monsieur
     * Page", "Mr. King", "Mme Lundi"): after a title it is a name; a word
     * that ends firms' names too when no other capitalised word follows
     * ("Ms. Church asked", "Dr. Park called"; not "M. Hall Building") */
    Word w;
    if (!ne && cv_word_at(t, end, &w) && w.cap && !w.digit && w.fn >= 2 &&
        (w.cats & CV_CTX_STOPNAME) &&
        !(w.cats & (CV_CTX_TITLE | CV_CTX_LABEL | CV_CTX_MONTH | CV_CTX_GREET |
                    CV_CTX_CLOSE | CV_CTX_ROLE | CV_CTX_ORG | CV_CTX_PARTICLE)) &&
        (!(w.cats & CV_CTX_ORGTAIL) || w.upper ||
         !(w.e + 1 < end && *w.e == ' ' && cv_maybe_cap(w.e + 1, end)))) {
      cv_add_name(scan, t, w.e, 0.9f, "name-title");
      return TRUE;
    }
    /* the surnames Le and He alone after a title, then a punctuation
     * ("proposé par Mme Le, appuyé", "Mr. He."); "Madame Le Blanc" is
     * read above */
    /* (or a lower-case word: the article "Le" never follows a title so,
     * "Mme Le sera avisée", "M. Le est en congé", "Mr. Le mentioned") */
    if (!ne && end - t >= 3 && (t[0] == 'L' || t[0] == 'H') && t[1] == 'e' &&
        (t + 2 == end || strchr(",.;?)\n", t[2]) != NULL ||
         (t[2] == ' ' && t + 3 < end && (cv_cls[(guint8)t[3]] & CV_C_LOWER)))) {
      cv_add_name(scan, t, t + 2, 0.9f, "name-title");
      return TRUE;
    }
  }
  return FALSE;
}

/* Rule "label-cell": a header cell of a table whose column holds names (never ends the rules). */
static gboolean
name_rule_label_cell(CvScan *scan, const CvCtxHit *h)
{
  NAME_RULE_LOCALS;
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
  return FALSE;
}

/* Words that may stand between a label and its ':' ("Nom de famille :",
 * "Name of the applicant:"), and the ordinary words that may not
 * ("Nom de l'organisme :"). */
static const char *const label_fill[] = { "de",
                                          "du",
                                          "la",
                                          "le",
                                          "famille",
                                          "complet",
                                          "complete",
                                          "usuel",
                                          "legal",
                                          "of",
                                          "the",
                                          "full",
                                          "first",
                                          "last",
                                          "given",
                                          "middle",
                                          "family",
                                          "requerant",
                                          "requerante",
                                          "client",
                                          "cliente",
                                          "demandeur",
                                          "demanderesse",
                                          "e",
                                          "s",
                                          "et",
                                          "and",
                                          "prenom",
                                          "prenoms",
                                          "nom",
                                          "noms",
                                          "name",
                                          "names",
                                          "du",
                                          "l'usager",
                                          "usager",
                                          "patient",
                                          "patiente",
                                          "applicant",
                                          "employe",
                                          "employee",
                                          "beneficiaire",
                                          "titulaire",
                                          "contact",
                                          "personne",
                                          "person",
                                          "a",
                                          "joindre",
                                          "mandataire",
                                          "representant",
                                          "representante",
                                          "signataire",
                                          "conjoint",
                                          "conjointe",
                                          "jeune",
                                          "fille",
                                          "maiden",
                                          "en",
                                          "lettres",
                                          "moulees",
                                          "print",
                                          "or",
                                          "ou",
                                          "x",
                                          "surname",
                                          "destinataire",
                                          "plaignant",
                                          "plaignante",
                                          "etudiant",
                                          "etudiante",
                                          "eleve",
                                          "student",
                                          "proprietaire",
                                          "owner",
                                          "locataire",
                                          "tenant",
                                          "carte",
                                          "card",
                                          "compte",
                                          "account",
                                          "bail",
                                          "lease",
                                          "par",
                                          "by",
                                          "social",
                                          "sociale",
                                          "traitant",
                                          "traitante",
                                          "legal",
                                          "legale" };
static const char *const label_deny[] = {
  "organisme", "compagnie",    "company",       "organization", "organisation",
  "employeur", "employer",     "etablissement", "ecole",        "ministere",
  "ville",     "municipalite", "fichier",       "programme",    "produit",
  "product",   "formulaire",   "service",       "direction",    "societe",
  "firme",     "cabinet",      "bureau",        "unite",        "equipe",
  "groupe",    "projet",       "association",   "syndicat",     "fournisseur",
  "supplier",  "vendor",       "medicament",    "drug",         "animal",
  "chien",     "navire",       "vehicule",      "vehicle",      "modele",
  "model",     "marque",       "brand",         "pays",         "country"
};

/* May the word @w stand between a label and its separator?  (@unknown
 * counts the ordinary lower-case words allowed: two at most.) */
static gboolean
label_word_ok(Word *w, int *unknown)
{
  gboolean ok = cv_word_in(w, label_fill, G_N_ELEMENTS(label_fill));
  /* "l'entreprise": judge the word after the elision */
  const char *ap = memchr(w->f, '\'', w->fn);
  if (ap && !ok) {
    gsize off = (gsize)(ap + 1 - w->f);
    memmove(w->f, ap + 1, w->fn - off);
    w->fn -= off;
    w->cats = cv_ctx_lookup(w->f, w->fn, NULL);
    ok = cv_word_in(w, label_fill, G_N_ELEMENTS(label_fill));
  }
  if (!ok && !w->cap && *unknown < 2 && !(w->cats & CV_CTX_STOPNAME) &&
      !(w->cats &
        (CV_CTX_NEG | CV_CTX_STREET_FR | CV_CTX_STREET_EN | cv_pii_ctx_mask))) {
    /* "Personne rencontrée :", "Nom de la personne visée :" */
    ok = !cv_word_in(w, label_deny, G_N_ELEMENTS(label_deny));
    (*unknown)++;
  }
  return ok;
}

/* The separator after the label word ending at @we, on the same line
 * (at most 40 bytes on): ':', a TAB, '|', ';', a column gap or a dash
 * between spaces, with only label words before it.  Returns the
 * separator (*@after: the end of it) or NULL; *@bad tells that the words
 * after the label are no label's; *@q gets where the reading stopped. */
static const char *
label_separator(const CvScan *scan, const CvCtxHit *h, const char **after,
                gboolean *bad, const char **qout)
{
  const char *end = scan->text + scan->len;
  const char *we = cv_inclusive_suffix(scan->text + h->end, end);
  const char *q = we;
  const char *le = cv_line_end(q, end);
  const char *lim = q + 40 < le ? q + 40 : le;
  const char *colon = NULL;
  int unknown = 0; /* ordinary words between the label and ':' */
  *bad = FALSE;
  *after = NULL;
  {
    /* cheap test first: a ':', a tab, or (capitalised labels) a column
     * gap ahead; or the label alone on its line */
    gsize span = (gsize)(lim - q);
    gboolean field = lim >= le || memchr(q, ':', span) ||
                     memchr(q, '\t', span) || memchr(q, '|', span) ||
                     memchr(q, ';', span) || memchr(q, 0xE2, span) ||
                     (span >= 3 && q[0] == ' ' && q[1] == '-' && q[2] == ' ');
    if (!field && (h->flags & CV_WORD_CAP))
      for (const char *r = q; r + 2 < lim && !field; r++)
        field = r[0] == ' ' && r[1] == ' ' && r[2] == ' ';
    if (!field)
      *bad = TRUE;
  }
  while (q < lim && !*bad) {
    if (*q == ':' || *q == '\t' || *q == '|' || *q == ';' ||
        (*q == ' ' && q + 1 < lim && q[1] == ' ' && q + 2 < lim && q[2] == ' ')) {
      colon = q; /* ':', '|', ';' or a column gap (tables, PDF layout) */
      *after = q + 1;
      break;
    }
    if (lim - q >= 3 && (guint8)q[0] == 0xE2 && (guint8)q[1] == 0x80 &&
        ((guint8)q[2] == 0x94 || (guint8)q[2] == 0x93) && q > we &&
        (q[-1] == ' ' || q[-1] == ')') && q + 3 < end && q[3] == ' ') {
      /* "NOM DE FAMILLE — RAMÍREZ" (em or en dash between spaces) */
      colon = q;
      *after = q + 3;
      break;
    }
    if (*q == '-' && q > we && q[-1] == ' ' && q + 1 < lim && q[1] == ' ') {
      /* "Nom complet - Dorcéus, Woodly" (a hyphen between spaces) */
      colon = q;
      *after = q + 1;
      break;
    }
    if (cv_is_digit(*q) || *q == '.' || *q == '?' || *q == '!') {
      *bad = TRUE;
      break;
    }
    Word w;
    if (cv_word_at(q, end, &w) && !w.digit) {
      if (!label_word_ok(&w, &unknown)) {
        *bad = TRUE;
        break;
      }
      q = w.e;
      continue;
    }
    q++;
  }
  *qout = q;
  return colon;
}

/* The end of a name field's value at @t when the whole field (to the line
 * end, a TAB, '|', ';' or a column gap) is one to four capitalised words,
 * lower-case particles between them ("Un Alley", "Flurin House", "Hiền Mai
 * Mahabeer", "Willemine ten Pas"): after a name label the value is the
 * name whatever its words are in the dictionary, a month or a street
 * word.  NULL otherwise ("Nom : inconnu", "Name: see below", "Agent:
 * Copying fees will be charged"). */
/* Does the field's next part at @r, after a comma, open a way to reach
 * the person (a phone, a civic number, an e-mail: "Accompagnateur :
 * Jameson Sincère, +1 418 929 9452")? */
static gboolean
contact_after(const char *r, const char *end)
{
  if (r >= end)
    return FALSE;
  if (cv_is_digit(*r) ||
      ((*r == '+' || *r == '(') && end - r > 1 && cv_is_digit(r[1])))
    return TRUE;
  for (const char *q = r; q < end && q - r < 64; q++) {
    if (*q == '@')
      return q > r;
    if (*q == ' ' || *q == '\n' || *q == ',')
      return FALSE;
  }
  return FALSE;
}

static const char *
field_name_end(const char *t, const char *end)
{
  static const char *const particles[] = { "de",  "du",  "des", "van", "von",
                                           "ten", "ter", "el",  "da",  "di",
                                           "do",  "dos", "le",  "la",  "bin",
                                           "ibn", "al",  "y" };
  const char *q = t, *last = NULL;
  int words = 0;
  gboolean comma = FALSE, first_upper = FALSE;
  while (q < end && words < 5) {
    const char *w = q;
    gsize cl;
    gboolean up = FALSE;
    if (!cv_letter_at(w, end, &cl, &up))
      break;
    gboolean cap = up;
    while (q < end && q - w < 40) {
      if (cv_letter_at(q, end, &cl, &up))
        q += cl;
      else if ((*q == '-' || *q == '\'') && q + 1 < end &&
               cv_letter_at(q + 1, end, &cl, &up))
        q++;
      else
        break;
    }
    if (q - w >= 40)
      return NULL;
    if (q < end && *q == '.' && q - w <= 2 && cap)
      q++; /* an initial */
    if (!cap) {
      gboolean part = FALSE;
      for (gsize k = 0; k < G_N_ELEMENTS(particles) && !part; k++)
        part = strlen(particles[k]) == (gsize)(q - w) &&
               memcmp(w, particles[k], (gsize)(q - w)) == 0;
      if (!part || words == 0)
        return NULL;
    } else {
      if (words == 0) {
        /* all capitals, two letters or more */
        first_upper = q - w >= 2;
        for (const char *c = w; c < q && first_upper; c += cl)
          first_upper = cv_letter_at(c, q, &cl, &up) && up;
      }
      words++;
      last = q;
    }
    /* the field goes on after one space; it ends at the line end, a TAB,
     * '|', ';', a column gap or a closing comma/period */
    if (q < end && *q == ' ' && q + 1 < end && q[1] != ' ' && q[1] != '\t' &&
        q[1] != '|' && q[1] != ';') {
      q++;
      continue;
    }
    if (words == 1 && first_upper && !comma && q + 2 < end && *q == ',' &&
        q[1] == ' ' && q[2] != ' ') {
      comma = TRUE; /* "LAKE, Henrieto", "VANDEVELDE, Anh Mai" */
      q += 2;
      continue;
    }
    const char *r = q;
    if (r < end && (*r == ',' || *r == '.'))
      r++;
    while (r < end && (*r == ' ' || *r == '\r'))
      r++;
    if (r >= end || *r == '\n' || *r == '\t' || *r == '|' || *r == ';' ||
        (r - q >= 3 && r[-1] == ' ' && r[-2] == ' ') ||
        (q < end && *q == ',' && r > q + 1 && contact_after(r, end)))
      return words >= 1 && words <= 4 && last == q ? last : NULL;
    return NULL;
  }
  return NULL;
}

/* Does a word of the field [@t, @fe) vouch for a name: a capitalised word
 * that is no context word ("Oui", "Merci", "Thanks", "Bonjour") and is in
 * no dictionary or in the name lists ("Alley" beside "Un" does not, "Hàm"
 * does; "Fine", "Yes" alone do not)? */
static gboolean
field_vouched(const CvScan *scan, const char *t, const char *fe)
{
  const char *q = t;
  while (q < fe) {
    Word w;
    if (!cv_word_at(q, fe, &w)) {
      q++;
      continue;
    }
    if (w.cap && w.fn >= 2 && !elided_word(&w) &&
        !(w.cats & NAME_STOP & ~CV_CTX_STREET_EN & ~CV_CTX_STREET_FR &
          ~CV_CTX_MONTH) &&
        (!cv_name_model_in_dict(scan->model, w.s, w.e) ||
         (cv_name_model_lists(scan->model, w.s, w.e) & 3) ||
         cv_gazetteer_first(w.f, w.fn) || cv_gazetteer_last(w.f, w.fn)))
      return TRUE;
    q = w.e > q ? w.e : q + 1;
  }
  return FALSE;
}

/* A French verb and its subject inverted ("Pouvez-vous", "Avez-vous",
 * "Est-il", "Voulez-vous", "Pourrais-tu"), which no name is. */
static gboolean
inverted_verb(const char *s, const char *e)
{
  static const char *const subj[] = { "-vous", "-tu",   "-il",     "-elle",
                                      "-on",   "-nous", "-ils",    "-elles",
                                      "-je",   "-t-il", "-t-elle", "-t-on" };
  for (gsize i = 0; i < G_N_ELEMENTS(subj); i++) {
    gsize n = strlen(subj[i]);
    if ((gsize)(e - s) > n + 1 && g_ascii_strncasecmp(e - n, subj[i], n) == 0)
      return TRUE;
  }
  return FALSE;
}

/* The name after a label's separator (@after), and the names listed after
 * it ("Présents : Marie Tremblay, Jean Gagnon et Luc Roy"). */
static gboolean
label_value(CvScan *scan, const char *after, gboolean strong)
{
  const char *end = scan->text + scan->len;
  int nw;
  gboolean gaz;
  const char *t = cv_skip_hspace(after, end);
  if (t < end && *t == ':')
    t = cv_skip_hspace(t + 1, end);
  t = cv_skip_title(t, end);
  /* "Opposed: None.", "Abstention : aucune", "Nom : personne" */
  static const char *const nobody[] = { "none",   "nobody",   "aucun",
                                        "aucune", "personne", "nil",
                                        "nul",    "nulle",    "unanimous",
                                        "unanime" };
  Word vw;
  if (cv_word_at(t, end, &vw) &&
      (cv_word_in(&vw, nobody, G_N_ELEMENTS(nobody)) ||
       (vw.cats & CV_CTX_LABEL))) /* a header: "Nom, prénom | Surnom" */
    return FALSE;
  const char *ne = cv_read_name_x(t, end, 5, &nw, &gaz, TRUE, TRUE);
  /* (a table's header row: "Heure | Nom | Visite | Organisation",
   * "Nom<TAB>Objet", one word of the dictionaries in the cell after the
   * label's) */
  if (after > scan->text &&
      (after[-1] == '|' || after[-1] == '\t' || after[-1] == ';') &&
      cv_word_at(t, end, &vw)) {
    const char *na = vw.e;
    while (na < end && *na == ' ')
      na++;
    if ((na >= end || *na == '|' || *na == '\t' || *na == ';' || *na == '\n' ||
         *na == '\r') &&
        cv_name_model_in_dict(scan->model, t, vw.e) &&
        !(cv_name_model_lists(scan->model, t, vw.e) & 3))
      return FALSE;
  }
  if (ne && nw == 1 && (sentence_after(scan, t, ne) || inverted_verb(t, ne)))
    ne = NULL; /* "Agent: Copying fees will be charged...", "AGENT :
                * Pouvez-vous me donner..." */
  if (ne && nw == 1 && !strong && !field_vouched(scan, t, ne))
    ne = NULL; /* a reply after a speaker: "Client : Oui", "Client: Fine" */
  const char *fe = field_name_end(t, end);
  if (fe != NULL && (!ne || fe > ne) && !strong && !field_vouched(scan, t, fe))
    fe = NULL; /* after a role, a reply: "Client : Oui", "Client: Thank You";
                * after "Nom :" / "Name:", any capitalised words ("Name:
                * Page") */
  if (fe != NULL && (!ne || fe > ne)) {
    /* the whole field: "Nom : Un Alley", "Name: Flurin House" */
    cv_add_name(scan, t, fe, 0.9f, "name-label-field");
    return TRUE;
  }
  if (!ne || nw < 1)
    return FALSE;
  cv_add_name(scan, t, ne, 0.9f, "name-label");
  for (int more = 0; more < 12; more++) {
    const char *r = cv_skip_hspace(ne, end);
    if (r < end && (*r == ',' || *r == ';'))
      r = cv_skip_hspace(r + 1, end);
    else if (end - r > 2 && r > ne && r[0] == '/' && r[1] == ' ')
      r = cv_skip_hspace(r + 1, end); /* "Children: Flolya / Sady" */
    else if (end - r > 3 && (memcmp(r, "et ", 3) == 0))
      r += 3;
    else if (end - r > 4 && memcmp(r, "and ", 4) == 0)
      r += 4;
    else
      break;
    r = cv_skip_title(r, end);
    const char *ne2 = cv_read_name(r, end, 4, &nw, &gaz, FALSE);
    if (!ne2 || nw < 1)
      break;
    cv_add_name(scan, r, ne2, 0.85f, "name-label-list");
    ne = ne2;
  }
  return TRUE;
}

/* A name in lower case filling the rest of the line after "Nom :" /
 * "Name:" (web forms: "Name: dune farrar"): one to four words of letters,
 * at least one out of the dictionary or in a name list ("Nom : inconnu",
 * "Name: see below", "Name: n/a" stay). */
static gboolean
label_lower_value(CvScan *scan, const char *after)
{
  const char *end = scan->text + scan->len;
  const char *t = cv_skip_hspace(after, end), *p = t, *last = NULL;
  gboolean strong = FALSE;
  for (int n = 0; n < 4; n++) {
    gsize cl;
    gboolean up = FALSE;
    if (p >= end || !cv_letter_at(p, end, &cl, &up) || up)
      return FALSE;
    const char *e = p;
    while (e < end && e - p < 40) {
      if (cv_letter_at(e, end, &cl, &up) && !up)
        e += cl;
      else if ((*e == '-' || *e == '\'') && e + 1 < end &&
               cv_letter_at(e + 1, end, &cl, &up) && !up)
        e++;
      else
        break;
    }
    if (e - p >= 40)
      return FALSE;
    char f[CV_REDACT_MAX_WORD];
    gsize fn = cv_fold(p, e, f, sizeof f);
    guint16 v;
    if (!fn || (fn >= 2 && (cv_ctx_lookup(f, fn, &v) & CV_CTX_STOPNAME) &&
                !(cv_ctx_lookup(f, fn, &v) & CV_CTX_PARTICLE)))
      return FALSE;
    if (fn >= 2 && !cv_name_model_in_dict(scan->model, p, e))
      strong = TRUE;
    last = e;
    if (e >= end || *e == '\n' || *e == '\r')
      break;
    if (*e != ' ' || n == 3)
      return FALSE;
    p = e + 1;
  }
  if (!last || !strong)
    return FALSE;
  cv_add_name(scan, t, last, 0.85f, "name-label-lower");
  return TRUE;
}

/* A label alone on its line (@ws: its first word; @le: the line end), the
 * name alone on the next one ("FIRST NAME" too). */
static gboolean
label_next_line(CvScan *scan, const char *ws, const char *le)
{
  const char *text = scan->text;
  const char *end = text + scan->len;
  int nw;
  gboolean gaz;
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
  if (ls != text && ls[-1] != '\n')
    return FALSE;
  const char *t = cv_skip_hspace(le + 1, end);
  const char *ne = cv_read_name(t, end, 4, &nw, &gaz, TRUE);
  if (!ne || nw < 1)
    return FALSE;
  const char *r = cv_skip_hspace(ne, end);
  if (r < end && *r != '\n' && *r != '\r')
    return FALSE;
  cv_add_name(scan, t, ne, 0.8f, "name-label-next-line");
  return TRUE;
}

/* Rule "label-keyed": a name's key in data (JSON, logs, key=value) and
 * its quoted or bare value: "nom": "Nagalingam", "first_name": "Prudent",
 * name="Ève-Médora Vendredi", prenom=Luc.  The key runs over letters and
 * '_' around the label word; the value is one to five words of letters. */
static gboolean
name_rule_label_keyed(CvScan *scan, const CvCtxHit *h)
{
  static const char *const keys[] = {
    "nom",          "prenom",       "name",          "first_name",
    "firstname",    "last_name",    "lastname",      "full_name",
    "fullname",     "given_name",   "family_name",   "surname",
    "nom_famille",  "nom_complet",  "prenom_usuel",  "middle_name",
    "display_name", "displayname",  "customer_name", "contact_name",
    "client_name",  "patient_name", "nom_client",    "nom_usager",
    "nom_patient",  "nom_contact",  "author_name",   "employee_name",
    "nom_employe",  "names",        "noms",          "prenoms"
  };
  const char *text = scan->text;
  const char *end = text + scan->len;
  const char *ks = text + h->start, *ke = text + h->end;
  /* (cheap first: a quote or '=' right after the word or its key) */
  const char *a = ke;
  while (a < end && a - ks < 24 && (g_ascii_isalpha(*a) || *a == '_'))
    a++;
  /* (an INI file's "prenom = Cormac": blanks before the '=') */
  const char *ka = a;
  while (ka < end && ka - a < 8 && *ka == ' ')
    ka++;
  if (ka < end && *ka == '=' && ka > a && ka + 1 < end && ka[1] == ' ')
    a = ka;
  if (a >= end || (*a != '"' && *a != '='))
    return FALSE;
  while (ks > text && ke - ks < 24 && (g_ascii_isalpha(ks[-1]) || ks[-1] == '_'))
    ks--;
  if (ks > text && ks[-1] != '"' && ks[-1] != ' ' && ks[-1] != '{' &&
      ks[-1] != ',' && ks[-1] != '\n' && ks[-1] != '\t')
    return FALSE;
  char f[32];
  gsize fn = (gsize)(a - ks);
  while (fn > 0 && ks[fn - 1] == ' ')
    fn--;
  if (fn >= sizeof f)
    return FALSE;
  for (gsize k = 0; k < fn; k++)
    f[k] = g_ascii_tolower(ks[k]);
  if (!cv_folded_in(f, fn, keys, G_N_ELEMENTS(keys)))
    return FALSE;
  /* "key": "value", key="value", key=value */
  gboolean quoted_key = *a == '"';
  if (quoted_key && !(ks > text && ks[-1] == '"'))
    return FALSE;
  const char *v = a + quoted_key;
  while (v < end && *v == ' ')
    v++;
  if (v >= end || (*v != ':' && *v != '='))
    return FALSE;
  v++;
  while (v < end && *v == ' ')
    v++;
  gboolean quoted = v < end && *v == '"';
  v += quoted;
  const char *ve = v;
  int words = 0;
  gboolean in_word = FALSE;
  while (ve < end && ve - v < 64) {
    gsize cl;
    gboolean up;
    if (cv_letter_at(ve, end, &cl, &up)) {
      words += !in_word;
      in_word = TRUE;
      ve += cl;
    } else if (in_word && (*ve == '-' || *ve == '\'' || *ve == '.')) {
      ve++;
    } else if (*ve == ' ' && quoted) {
      in_word = FALSE;
      ve++;
    } else if (*ve == ',' && quoted && in_word) {
      in_word = FALSE; /* "Roy, Luc" */
      ve++;
    } else {
      break;
    }
  }
  if (quoted ? (ve >= end || *ve != '"') : ve < end && !strchr(" \t\n\r,;&", *ve))
    return FALSE;
  while (ve > v && (ve[-1] == ' ' || ve[-1] == ','))
    ve--;
  if (words < 1 || words > 5 || ve - v < 2)
    return FALSE;
  /* (a bare "name" names things too: {"name": "caviar"}; a person's
   * name is capitalised there) */
  static const char *const things[] = { "name", "names", "display_name",
                                        "displayname" };
  if (cv_folded_in(f, fn, things, G_N_ELEMENTS(things)) && !cv_cap_at(v, ve))
    return FALSE;
  cv_add_name(scan, v, ve, 0.9f, "name-label-keyed");
  return TRUE;
}

/* Does the label of a name at @ws (its separator at @colon) name an
 * organisation's: "Employer's name:", "Company name:", "Nom de l'employeur
 * :", "Nom de l'entreprise :"? */
static gboolean
org_name_label(const char *text, const char *ws, const char *colon)
{
  static const char *const orgs[] = {
    "employer",  "company",    "business",  "organization", "organisation",
    "employeur", "entreprise", "organisme", "compagnie",    "etablissement"
  };
  const char *b = ws;
  if (b - text >= 2 && b[-1] == ' ') {
    b--;
    while (b > text && ws - b < 24 && (cv_is_alpha_ascii(b[-1]) || b[-1] == '\''))
      b--;
  }
  if (colon - b > 40 || colon <= b)
    return FALSE;
  char f[48];
  gsize fn = cv_fold(b, colon, f, sizeof f - 1);
  if (fn == 0)
    return FALSE;
  f[fn] = 0;
  for (gsize k = 0; k < G_N_ELEMENTS(orgs); k++)
    if (strstr(f, orgs[k]))
      return TRUE;
  return FALSE;
}

/* Rule "label-field": a label and its field ("Nom :", "Présents :" and a
 * list, a bullet list, the name alone on the next line; "Facturé à :" too,
 * not the invoice word "Facture"). */
static gboolean
name_rule_label_field(CvScan *scan, const CvCtxHit *h)
{
  const char *text = scan->text;
  const char *end = text + scan->len;
  const char *ws = text + h->start;
  if (!(h->cats & CV_CTX_LABEL) &&
      !(h->end - h->start == 8 && (ws[0] == 'F' || ws[0] == 'f') &&
        memcmp(ws + 1, "actur\xc3\xa9", 7) == 0))
    return FALSE;
  const char *after, *q;
  gboolean bad;
  const char *colon = label_separator(scan, h, &after, &bad, &q);
  if (colon && !bad && *colon == ':' && bullet_list(scan, after))
    return TRUE;
  /* "Nom :", "Name:", and a vote's dissenters ("Opposed: Page.",
   * "Abstention : Leblanc"): any capitalised words after them */
  static const char *const votes[] = { "opposed", "abstained", "abstention",
                                       "abstentions", "dissidents" };
  Word lw;
  gboolean strong =
      (h->end - h->start == 3 && g_ascii_strncasecmp(ws, "nom", 3) == 0) ||
      (h->end - h->start == 4 && g_ascii_strncasecmp(ws, "name", 4) == 0) ||
      (cv_word_at(ws, end, &lw) && cv_word_in(&lw, votes, G_N_ELEMENTS(votes)));
  if (colon && !bad && ws - text >= 3 && ws[-1] == ' ') {
    /* the label's own qualifier is no name: "Lucchese    [First] name:" */
    static const char *const quals[] = { "first",  "last",   "given",
                                         "family", "middle", "full",
                                         "maiden", "legal",  "preferred" };
    const char *qs = ws - 1;
    while (qs > text && ws - qs < 12 && cv_is_alpha_ascii(qs[-1]))
      qs--;
    Word qw;
    if (cv_word_at(qs, ws, &qw) && qw.e == ws - 1 &&
        cv_word_in(&qw, quals, G_N_ELEMENTS(quals)))
      cv_scan_keep_insert(scan, (gsize)(qs - text), h->end);
  }
  if (colon && !bad && org_name_label(text, ws, colon))
    return TRUE; /* "Employer's name: Carberry Auto Body" */
  if (colon && !bad && label_value(scan, after, strong))
    return TRUE;
  if (colon && !bad && *colon == ':' && strong && label_lower_value(scan, after))
    return TRUE;
  const char *le = cv_line_end(text + h->end, end);
  if (!colon && !bad && q >= le && le < end && *le == '\n')
    return label_next_line(scan, ws, le);
  return FALSE;
}

/* Rule "label-inline": a label word and a name after it without a colon ("le
 * requérant Jean Tremblay"). */
static gboolean
name_rule_label_inline(CvScan *scan, const CvCtxHit *h)
{
  NAME_RULE_LOCALS;
  if (h->cats & CV_CTX_LABEL) {
    /* "le requérant Jean Tremblay", "Le locataire, Jean Tremblay," (no
     * colon): two name words */
    const char *w0 = we < end && *we == ',' ? we + 1 : we;
    const char *t = cv_skip_hspace(w0, end);
    if (w0 > we && t == w0 + 1 && t < end && cv_cls[(guint8)*t] & CV_C_LOWER)
      cv_scan_naming_after(scan, t, TRUE, TRUE); /* "Le propriétaire, ivette
                                                    cowart, n'a pas" */
    if (t > w0 && t - w0 <= 2 && end - t > 4 && *t == 'd' && t[1] == 'e' &&
        t[2] == ' ' && h->end - h->start == 9 &&
        memcmp(ws + 1, "ttention", 8) == 0) {
      w0 = t + 2; /* "à l'attention de Marie Roy" */
      t = cv_skip_hspace(w0, end);
    }
    if (t > w0 && t - w0 <= 2) {
      const char *t2 = cv_skip_title(t, end);
      const char *ne = cv_read_name(t2, end, 4, &nw, &gaz, FALSE);
      /* (one given name whose surname is also a common or street word:
       * "La requérante, Lakiesha Alley") */
      if (ne && nw == 1 && t2 == t && surname_after_given(scan, t2, ne) > ne)
        nw = 2;
      if (ne && (nw >= 2 || t2 > t)) {
        cv_add_name(scan, t2, ne, 0.75f, "name-label-inline");
        return TRUE;
      }
    }
  }
  return FALSE;
}

static const char *word_ending_at(const char *text, const char *q, Word *w);

/* Rule "role-signature": a job title starting a line, under a line made of a
 * name (never ends the rules). */
static gboolean
name_rule_role_signature(CvScan *scan, const CvCtxHit *h)
{
  NAME_RULE_LOCALS;
  if (h->cats & CV_CTX_ROLE) {
    /* "Marie Tremblay\nDirectrice ...": a job title starting a line
     * after a line made only of name words */
    const char *ls = ws;
    while (ls > text && (ls[-1] == ' ' || ls[-1] == '\t'))
      ls--;
    if (!(h->flags & CV_WORD_CAP) && !(ls < ws && ls > text && ls[-1] != '\n'))
      return FALSE;
    /* (or second on its line, after a capitalised word: "Office clerk",
     * "Senior analyst") */
    if (ls > text && ls[-1] != '\n' && ls < ws) {
      const char *as = ls;
      while (as > text && ls - as < 40 &&
             (cv_is_alpha_ascii(as[-1]) || (guint8)as[-1] >= 0x80 ||
              as[-1] == '-'))
        as--;
      Word a;
      if (as < ls && as > text && as[-1] == '\n' && cv_maybe_cap(as, ls) &&
          word_ending_at(text, ls, &a) == as && a.cap && !a.digit)
        ls = as;
    }
    if (ls > text && ls[-1] == '\n') {
      const char *pe = ls - 1; /* the '\n' ending the previous line */
      if (pe > text && pe[-1] == '\r')
        pe--;
      const char *ps = pe;
      while (ps > text && ps[-1] != '\n' && pe - ps < 80)
        ps--;
      const char *t = cv_skip_hspace(ps, pe);
      const char *t2 = cv_skip_title(t, pe);
      const char *ne = cv_read_name(t2, pe, 4, &nw, &gaz, FALSE);
      if (ne && nw >= 2) {
        const char *r = cv_skip_hspace(ne, pe);
        if (r < pe && *r == ',')
          r = cv_skip_hspace(r + 1, pe);
        if (r >= pe)
          cv_add_name(scan, t2, ne, 0.75f, "name-signature-role");
      }
    }
  }
  return FALSE;
}

/* Rule "role-field": a job title opening a line as a field's label and
 * the name filling the rest of the line ("Secretary: Jun Park", "Trésorière
 * - Kim Lake", "Chair: April Stone"): two to four capitalised words, each a
 * name of the lists or out of the dictionaries, one in the name lists; a
 * month or street word counts when it is also a name of the lists
 * ("Secretary: Human Resources", "Chair: Board Meeting" stay). */
static gboolean
name_rule_role_field(CvScan *scan, const CvCtxHit *h)
{
  NAME_RULE_LOCALS;
  if (!(h->flags & CV_WORD_CAP))
    return FALSE;
  const char *ls = ws;
  while (ls > text &&
         (ls[-1] == ' ' || ls[-1] == '\t' || ls[-1] == '-' || ls[-1] == '*'))
    ls--;
  if (ls > text && ls[-1] != '\n')
    return FALSE;
  we = cv_inclusive_suffix(we, end);
  const char *t = cv_skip_hspace(we, end);
  if (t < end && *t == ':')
    t++;
  else if (t > we && t < end && *t == '-')
    t++;
  else if (t > we && end - t >= 3 && (guint8)t[0] == 0xE2 &&
           (guint8)t[1] == 0x80 && ((guint8)t[2] == 0x93 || (guint8)t[2] == 0x94))
    t += 3; /* – — */
  else
    return FALSE;
  t = cv_skip_hspace(t, end);
  const char *fe = field_name_end(t, end);
  if (!fe)
    return FALSE;
  /* the street types a place's name ends with ("Coordinator: Park Avenue") */
  static const char *const types[] = {
    "street",  "st",      "road",    "rd",       "drive",     "dr",    "lane",
    "way",     "court",   "avenue",  "ave",      "boulevard", "blvd",  "place",
    "parkway", "highway", "terrace", "crescent", "circle",    "square"
  };
  int words = 0;
  gboolean given = FALSE, listed = FALSE;
  for (const char *q = t; q < fe;) {
    Word w;
    if (!cv_word_at(q, fe, &w)) {
      q++;
      continue;
    }
    q = w.e > q ? w.e : q + 1;
    if (!w.cap)
      continue; /* a particle */
    guint ml = cv_name_model_lists(scan->model, w.s, w.e);
    gboolean dict = cv_name_model_in_dict(scan->model, w.s, w.e);
    gboolean named = cv_gazetteer_first(w.f, w.fn) ||
                     cv_gazetteer_last(w.f, w.fn) || (ml & 3);
    guint32 bad = w.cats & (NAME_STOP | CV_CTX_ORG | CV_CTX_ORGTAIL);
    if (words == 0) {
      /* a given name opens the field ("Jun", a month, counts) */
      given = !dict && (cv_gazetteer_first(w.f, w.fn) || (ml & 1));
      if (given)
        bad &= ~(CV_CTX_MONTH | CV_CTX_STOPNAME);
    } else if (named) {
      bad &= ~(CV_CTX_MONTH | CV_CTX_STREET_EN | CV_CTX_STREET_FR |
               CV_CTX_STOPNAME | CV_CTX_ORGTAIL);
    } else if (given && w.e == fe &&
               (w.cats & (CV_CTX_STREET_EN | CV_CTX_ORGTAIL)) &&
               !(w.cats & ~(CV_CTX_STREET_EN | CV_CTX_ORGTAIL | CV_CTX_STOPNAME |
                            CV_CTX_GAZFIRST | CV_CTX_GAZLAST))) {
      /* the surname after a given name is a street or place word ("Kim
       * Lake", "Jun Park"), not a street type */
      if (cv_word_in(&w, types, G_N_ELEMENTS(types)))
        return FALSE;
      bad = 0;
      named = TRUE;
    }
    if (bad || w.fn < 2 || (!named && dict))
      return FALSE;
    listed |= named;
    words++;
  }
  if (words < 2 || words > 4 || !listed)
    return FALSE;
  cv_add_name(scan, t, fe, 0.85f, "name-role-field");
  return TRUE;
}

static const char *month_word(const CvScan *scan, const char *p);

/* A greeting opening a line and a lower-case name alone before a comma
 * that ends it ("Salut roodly,", "hey heather,"): a word out of the
 * dictionaries or in the name lists, no context word ("Hi all,",
 * "Bonjour madame," stay). */
static gboolean
greeting_lower_name(CvScan *scan, const char *t)
{
  const char *end = scan->text + scan->len;
  if (t >= end || !(cv_cls[(guint8)*t] & CV_C_LOWER))
    return FALSE;
  Word w;
  /* (a month's name is a given name there: "salut jun,", "hi june,") */
  if (!cv_word_at(t, end, &w) || w.e - t < 3 || w.e >= end || *w.e != ',' ||
      (w.cats != 0 && (!(w.cats & CV_CTX_MONTH) ||
                       (w.cats & ~(guint32)(CV_CTX_MONTH | CV_CTX_STOPNAME)))))
    return FALSE;
  /* (the message may go on, on the line: "hey duc, ran into youssef"
   * for a given name of the lists; "hi all, the…", "hey guys, …" stay) */
  const char *r = cv_skip_hspace(w.e + 1, end);
  if (r < end && *r != '\n' && *r != '\r' &&
      !(scan->model && (cv_gazetteer_first(w.f, w.fn) ||
                        (cv_name_model_lists(scan->model, t, w.e) & 1))))
    return FALSE;
  if (!scan->model ||
      (!(w.cats & CV_CTX_MONTH) && cv_name_model_in_dict(scan->model, t, w.e) &&
       !(cv_name_model_lists(scan->model, t, w.e) & 3)))
    return FALSE;
  cv_add_name(scan, t, w.e, 0.8f, "name-greeting-lower");
  return TRUE;
}

/* Rule "greeting": a greeting and the name after it ("Bonjour Marie,", "Dear Mr. Roy"). */
static gboolean
name_rule_greeting(CvScan *scan, const CvCtxHit *h)
{
  NAME_RULE_LOCALS;
  if ((h->cats & CV_CTX_GREET) && we < end && *we == ' ' &&
      at_line_start(text, ws) && greeting_lower_name(scan, we + 1))
    return TRUE;
  if ((h->cats & CV_CTX_GREET) && (h->flags & CV_WORD_CAP)) {
    const char *q = we;
    if (q < end && *q == ',')
      q++;
    const char *t = cv_skip_hspace(q, end);
    if (t > q) {
      const char *t2 = cv_skip_title(t, end);
      const char *ne = cv_read_name(t2, end, 4, &nw, &gaz, FALSE);
      if (ne && nw >= 1) {
        cv_add_name(scan, t2, ne, 0.85f, "name-greeting");
        return TRUE;
      }
      /* a month's name alone before the greeting's comma: "Salut Jun,",
       * "Hi April," */
      const char *mw = t2 == t ? month_word(scan, t) : NULL;
      if (mw && mw < end && *mw == ',' &&
          cv_skip_hspace(mw + 1, end) == cv_line_end(mw + 1, end)) {
        cv_add_name(scan, t, mw, 0.85f, "name-greeting");
        return TRUE;
      }
    }
  }
  return FALSE;
}

/* Is the hit a word for a relative or a naming word ("fils",
 * "conjoint", "husband", "nommé", "named", "m'appelle")? */
static gboolean
kin_word(const CvScan *scan, const CvCtxHit *h)
{
  static const char *const kin[] = {
    "conjoint",    "conjointe",    "epoux",        "epouse",
    "spouse",      "husband",      "wife",         "partner",
    "partenaire",  "fils",         "fille",        "pere",
    "mere",        "father",       "mother",       "frere",
    "soeur",       "brother",      "sister",       "daughter",
    "child",       "enfant",       "nomme",        "nommee",
    "prenomme",    "prenommee",    "named",        "appelle",
    "collegue",    "colleague",    "voisin",       "voisine",
    "neighbour",   "neighbor",     "son",          "kid",
    "stepson",     "stepdaughter", "grandson",     "granddaughter",
    "nephew",      "niece",        "neveu",        "uncle",
    "aunt",        "oncle",        "tante",        "boyfriend",
    "girlfriend",  "roommate",     "colocataire",  "ex",
    "prepose",     "preposee",     "clerk",        "intervenante",
    "intervenant", "educatrice",   "educateur",    "ami",
    "amie",        "friend",       "copain",       "copine",
    "chum",        "mom",          "dad",          "maman",
    "papa",        "garcon",       "enfants",      "children",
    "kids",        "proprio",      "proprietaire", "locateur",
    "landlord",    "concierge",    "blonde"
  };
  char f[CV_REDACT_MAX_WORD];
  gsize fn = cv_fold(scan->text + h->start, scan->text + h->end, f, sizeof f);
  for (gsize k = 0; fn && k < G_N_ELEMENTS(kin); k++)
    if (kin[k][0] == f[0] && fn == strlen(kin[k]) && memcmp(f, kin[k], fn) == 0)
      return TRUE;
  return FALSE;
}

/* Is the hit "nommé(e)", "prénommé(e)" or "named"? */
static gboolean
naming_verb(const CvScan *scan, const CvCtxHit *h)
{
  char f[16];
  gsize fn = cv_fold(scan->text + h->start, scan->text + h->end, f, sizeof f);
  return (fn == 5 && (memcmp(f, "nomme", 5) == 0 || memcmp(f, "named", 5) == 0)) ||
         (fn == 6 && memcmp(f, "nommee", 6) == 0) ||
         (fn == 8 && memcmp(f, "prenomme", 8) == 0) ||
         (fn == 9 && memcmp(f, "prenommee", 9) == 0);
}

/* Is the word before @w, one space before, an English possessive ("her
 * son", "my son"; the French "son" is a possessive itself), or also a
 * French one when @fr ("mon ex")? */
static gboolean
after_possessive(const CvScan *scan, const char *w, gboolean fr)
{
  static const struct {
    char s[6];
    guint8 n;
  } poss[] = { { "my", 2 },    { "his", 3 },   { "her", 3 },   { "our", 3 },
               { "your", 4 },  { "their", 5 }, { "whose", 5 }, { "mon", 3 },
               { "ma", 2 },    { "son", 3 },   { "sa", 2 },    { "notre", 5 },
               { "votre", 5 }, { "leur", 4 },  { "ton", 3 },   { "ta", 2 } };
  const char *text = scan->text;
  if (w - text < 3 || w[-1] != ' ')
    return FALSE;
  const char *b = w - 1, *a = b;
  while (a > text && b - a < 6 && cv_is_alpha_ascii(a[-1]))
    a--;
  if (a > text && cv_is_alpha_ascii(a[-1]))
    return FALSE;
  gsize n = (gsize)(b - a);
  if (n < 2 || n > 5)
    return FALSE;
  char lw[6];
  for (gsize k = 0; k < n; k++)
    lw[k] = g_ascii_tolower(a[k]);
  for (gsize k = 0; k < (fr ? G_N_ELEMENTS(poss) : 7); k++)
    if (poss[k].n == n && memcmp(lw, poss[k].s, n) == 0)
      return TRUE;
  return FALSE;
}

/* A lower-case name before a possessive and a relative, introduced by
 * "c'est", "c" or "it's" ("c esmira bonhomme mon voisin qui a les clés",
 * "its jihane hinds my neighbour"): from the possessive before the
 * relative at @ws, one to three words back to the opener; at least one
 * out of the dictionary or in a name list. */
static void
kin_apposition(CvScan *scan, const char *ws)
{
  const char *text = scan->text;
  const char *p = ws;
  if (p - text < 4 || p[-1] != ' ')
    return;
  p--;
  const char *pe = p;
  while (p > text && pe - p < 6 && cv_is_alpha_ascii(p[-1]))
    p--;
  if (p == pe || p - text < 2 || p[-1] != ' ')
    return; /* the possessive (checked by the caller) */
  const char *we[4], *wb[4];
  int n = 0;
  gboolean strong = FALSE;
  const char *q = p - 1; /* the space before the possessive */
  while (n < 4) {
    const char *e = q, *b = q;
    while (b > text &&
           ((guint8)b[-1] >= 0x80 || cv_is_alpha_ascii(b[-1]) ||
            b[-1] == '\'' || b[-1] == '-') &&
           e - b < 40)
      b--;
    if (b == e || e - b >= 40)
      return;
    gsize bn = (gsize)(e - b);
    gboolean opener =
        (bn == 1 && (*b == 'c' || *b == 'C')) ||
        (bn == 3 && g_ascii_strncasecmp(b, "its", 3) == 0) ||
        (bn == 4 && (g_ascii_strncasecmp(b, "it's", 4) == 0 ||
                     g_ascii_strncasecmp(b, "cest", 4) == 0)) ||
        (bn == 5 && g_ascii_strncasecmp(b, "c'est", 5) == 0) ||
        (bn == 6 && (g_ascii_strncasecmp(b, "it\xe2\x80\x99s", 6) == 0)) ||
        (bn == 7 && (g_ascii_strncasecmp(b,
                                         "c\xe2\x80\x99"
                                         "est",
                                         7) == 0));
    if (opener) {
      if (n == 0 || !(b == text || b[-1] == ' ' || b[-1] == '\n'))
        return;
      break;
    }
    if (n == 3)
      return;
    wb[n] = b;
    we[n] = e;
    n++;
    if (b - text < 2 || b[-1] != ' ')
      return;
    q = b - 1;
  }
  /* the words, once the opener is found (most relatives have none): a
   * name word has letters, no elision, no capital (the capitalised ones
   * are the other rules'), and is no context word */
  for (int k = 0; k < n; k++) {
    const char *b = wb[k], *e = we[k];
    gsize cl;
    gboolean up = FALSE;
    if (!cv_letter_at(b, e, &cl, &up) || up || memchr(b, '\'', (gsize)(e - b)))
      return;
    char f[CV_REDACT_MAX_WORD];
    gsize fn = cv_fold(b, e, f, sizeof f);
    guint16 v;
    guint32 cats = fn ? cv_ctx_lookup(f, fn, &v) : 0;
    /* (nor a preposition or an adverb: "c'est chez sa soeur", "it's
     * just my brother") */
    static const char *const small[] = {
      "chez",  "pour",  "avec",  "sans",   "vers",  "par",   "pas",  "plus",
      "aussi", "comme", "juste", "encore", "with",  "for",   "from", "not",
      "also",  "just",  "only",  "like",   "maybe", "still", "even", "really"
    };
    if (!fn || fn < 2 ||
        (cats & ~(guint32)(CV_CTX_PARTICLE | CV_CTX_MONTH | CV_CTX_STOPNAME)) ||
        (cats && !(cats & (CV_CTX_PARTICLE | CV_CTX_MONTH))) ||
        cv_folded_in(f, fn, small, G_N_ELEMENTS(small)))
      return;
    if (cats)
      continue; /* "hương mai knutson", "evdokija el kadijević" */
    if (!cv_name_model_in_dict(scan->model, b, e) ||
        (cv_name_model_lists(scan->model, b, e) & 3))
      strong = TRUE;
  }
  if (n && strong)
    cv_add_name(scan, wb[n - 1], we[0], 0.75f, "name-apposition");
}

/* A lower-case name right after a relative ("ma fille nio est malade",
 * "my ex oisin igov stopped paying"): its first word has 3+ letters and
 * no elision ("mon conjoint m'a dit", "my son's"); the words are read by
 * cv_scan_naming_after() (one out of the dictionary or in a name list). */
static void
kin_lower_name(CvScan *scan, const char *t)
{
  const char *end = scan->text + scan->len;
  gsize cl;
  gboolean up = FALSE;
  if (t >= end || !cv_letter_at(t, end, &cl, &up) || up)
    return;
  const char *e = t;
  int letters = 0;
  while (e < end && cv_letter_at(e, end, &cl, &up)) {
    e += cl;
    letters++;
  }
  if (letters < 3 || (e < end && (*e == '\'' || cv_is_digit(*e))))
    return;
  cv_scan_naming_after(scan, t, TRUE, FALSE);
}

/* A capitalised month name at @p (not in capitals): its end, else NULL. */
static const char *
month_word(const CvScan *scan, const char *p)
{
  const char *end = scan->text + scan->len;
  Word w;
  if (!cv_word_at(p, end, &w) || !w.cap || w.upper || !(w.cats & CV_CTX_MONTH))
    return NULL;
  return w.e;
}

/* Does a clause go on after the word ending at @e: a lower-case word, or
 * ',', '.', ')' and the like; not a digit (a date: "June 3"), not another
 * capitalised word? */
static gboolean
word_then_clause(const CvScan *scan, const char *e)
{
  const char *end = scan->text + scan->len;
  if (e >= end)
    return TRUE;
  if (*e == ',' || *e == '.' || *e == ';' || *e == ')' || *e == '!' ||
      *e == '?' || *e == '\n')
    return TRUE;
  const char *q = cv_skip_hspace(e, end);
  if (q == e || q >= end)
    return q >= end;
  return (cv_cls[(guint8)*q] & CV_C_LOWER) != 0 ||
         ((guint8)*q >= 0xC3 && (guint8)q[1] >= 0xA0);
}

/* Rule "relative": a relative or a role and the name after it ("son fils Kevin", "témoin : Luc Roy"). */
/* A name read in a text in capitals ends before a dictionary word that is
 * no name ("SA FILLE TIHANE | PASSERA CHERCHER LES PAPIERS"): its new end
 * (@nw updated), or @ne. */
static const char *
caps_name_end(const CvScan *scan, const char *s, const char *ne, int *nw)
{
  int k = 0;
  for (const char *p = s; p < ne; k++) {
    Word w;
    if (!cv_word_at(p, ne, &w) || !w.upper || w.fn < 2)
      return ne;
    if (k > 0 && cv_name_model_in_dict(scan->model, w.s, w.e) &&
        !(cv_name_model_lists(scan->model, w.s, w.e) & 3)) {
      const char *e = p;
      while (e > s && e[-1] == ' ')
        e--;
      *nw = k;
      return e;
    }
    p = w.e;
    while (p < ne && *p == ' ')
      p++;
  }
  return ne;
}

/* The other names of a list after relatives in the plural ("ses
 * petits-enfants Zéphirine, Victoria et Lunie", "her sons Kwame and
 * Kofi"): after the first name ending at @e, ", " or " et " / " and "
 * and one or two capitalised words, no place's, organisation's or stop
 * word unless a given name of the lists, up to six. */
static void
kin_list_rest(CvScan *scan, const CvCtxHit *h, const char *e)
{
  const char *text = scan->text, *end = text + scan->len;
  const char *ws = text + h->start, *we = text + h->end;
  if (we - ws < 4 || !(we[-1] == 's' || we[-1] == 'x'))
    return;
  for (int k = 0; k < 6 && end - e > 3; k++) {
    const char *t;
    gboolean last = FALSE;
    if (e[0] == ',' && e[1] == ' ')
      t = e + 2;
    else if (e[0] == ' ' && end - e > 5 &&
             ((e[1] == 'e' && e[2] == 't' && e[3] == ' ') ||
              (e[1] == 'a' && e[2] == 'n' && e[3] == 'd' && e[4] == ' ')))
      t = e + (e[1] == 'e' ? 4 : 5), last = TRUE;
    else
      return;
    if (!last && end - t > 4 && t[0] == 'e' && t[1] == 't' && t[2] == ' ')
      t += 3, last = TRUE; /* (", et Lunie") */
    const char *ne = t;
    for (int n = 0; n < 2; n++) {
      Word w;
      if (!cv_word_at(ne, end, &w) || w.s != ne || !w.cap || w.digit || w.fn < 2 ||
          (w.cats & (CV_CTX_ORG | CV_CTX_ORGTAIL | CV_CTX_MONTH | CV_CTX_TITLE)) ||
          (!cv_gazetteer_first(w.f, w.fn) &&
           (cv_word_is_place(&w) ||
            (w.cats & (CV_CTX_PROVINCE | CV_CTX_STOPNAME)))))
        break;
      ne = w.e;
      if (ne + 1 >= end || *ne != ' ' || !cv_maybe_cap(ne + 1, end))
        break;
      ne++;
    }
    while (ne > t && ne[-1] == ' ')
      ne--;
    if (ne == t)
      return;
    cv_add_name(scan, t, ne, 0.75f, "name-relative-list");
    if (last)
      return;
    e = ne;
  }
}

static gboolean
name_rule_relative(CvScan *scan, const CvCtxHit *h)
{
  NAME_RULE_LOCALS;
  if ((h->cats & CV_CTX_REL) && h->value != 1) { /* 1: naming_phrases */
    if ((h->value == 2 || h->value == 3) &&
        !after_possessive(scan, ws, h->value == 3))
      return FALSE;
    const char *q = we;
    /* an elder's or a younger's word after it ("Sa fille aînée, Justyne",
     * "Her eldest daughter, Bita") */
    {
      static const char *const ranks[] = { "ainee",    "aine",      "cadette",
                                           "cadet",    "benjamine", "eldest",
                                           "youngest", "oldest",    "older",
                                           "younger" };
      Word r;
      if (q + 1 < end && *q == ' ' && cv_word_at(q + 1, end, &r) && !r.cap &&
          r.e < end && *r.e == ',' && cv_word_in(&r, ranks, G_N_ELEMENTS(ranks)))
        q = r.e;
    }
    /* a trade's second word before the name ("la travailleuse sociale
     * Fleurette Pelière", "l'intervenante jeunesse Ana Roy") */
    {
      static const char *const trades[] = {
        "sociale",   "social",      "familiale",     "familial",
        "scolaire",  "jeunesse",    "communautaire", "principale",
        "principal", "pivot",       "clinique",      "autorisee",
        "autorise",  "responsable", "attitree",      "attitre"
      };
      Word r;
      if (q + 1 < end && *q == ' ' && cv_word_at(q + 1, end, &r) && !r.cap &&
          r.e + 1 < end && *r.e == ' ' && cv_maybe_cap(r.e + 1, end) &&
          cv_word_in(&r, trades, G_N_ELEMENTS(trades)))
        q = r.e;
    }
    if (q < end && (*q == ',' || *q == ':'))
      q++;
    const char *t = cv_skip_hspace(q, end);
    /* (cheap tests first: most relatives are followed by a capital and
     * not preceded by a possessive) */
    gboolean low = t == we + 1 && t < end &&
                   ((cv_cls[(guint8)*t] & CV_C_LOWER) || (guint8)*t >= 0xC3);
    gboolean poss = after_possessive(scan, ws, TRUE);
    gsize wl = h->end - h->start; /* ("by", "par": no relative) */
    gboolean maybe_kin = wl > 3 ||
                         (wl == 2 && g_ascii_strncasecmp(ws, "ex", 2) == 0) ||
                         (wl == 3 && (g_ascii_strncasecmp(ws, "son", 3) == 0 ||
                                      g_ascii_strncasecmp(ws, "kid", 3) == 0 ||
                                      g_ascii_strncasecmp(ws, "ami", 3) == 0 ||
                                      g_ascii_strncasecmp(ws, "mom", 3) == 0 ||
                                      g_ascii_strncasecmp(ws, "dad", 3) == 0));
    if ((low || poss) && maybe_kin && kin_word(scan, h)) {
      /* (not after "nommé" / "named": things are named too, "un paquet
       * nommé xyz", "a directory named foo-version") */
      if (low && !naming_verb(scan, h))
        kin_lower_name(scan, t);
      if (poss)
        kin_apposition(scan, ws);
    }
    if (t > q || (q > we)) {
      const char *t2 = cv_skip_title(t, end);
      const char *ne = cv_read_name(t2, end, 4, &nw, &gaz, FALSE);
      if (ne && nw >= 2)
        ne = caps_name_end(scan, t2, ne, &nw);
      if (ne && (nw >= 2 || (nw == 1 && gaz) || t2 > t)) {
        cv_add_name(scan, t2, ne, 0.8f, "name-relative");
        kin_list_rest(scan, h, ne);
        return TRUE;
      }
      /* one word: a name if it is no dictionary word or is in the name
       * lists ("ma collègue Bakhtiyor", "mon conjoint Pompiliu"); after a
       * relative or a naming word, even a word of the dictionary or a
       * month ("son fils Summer", "my husband June", "nommé Iris") */
      const char *we1 = ne ? ne : month_word(scan, t2);
      gboolean kin = we1 && kin_word(scan, h);
      /* (after a plural, a word of the dictionaries is an adjective: "les
       * enfants Québécois") */
      gsize hl = h->end - h->start;
      gboolean plural =
          kin && ((hl == 7 && g_ascii_strncasecmp(ws, "enfants", 7) == 0) ||
                  (hl == 8 && g_ascii_strncasecmp(ws, "children", 8) == 0) ||
                  (hl == 4 && g_ascii_strncasecmp(ws, "kids", 4) == 0));
      if (we1 && (ne ? nw == 1 : TRUE) &&
          ((ne && (cv_name_model_lists(scan->model, t2, we1) & 3)) ||
           (kin && ne && !cv_name_model_in_dict(scan->model, t2, we1)) ||
           (kin && !plural && word_then_clause(scan, we1)))) {
        cv_add_name(scan, t2, we1, 0.75f, "name-relative-one");
        if (kin)
          kin_list_rest(scan, h, we1);
        return TRUE;
      }
    }
  }
  return FALSE;
}

/* Rule "closing": a closing and the signature under it (never ends the rules). */
static gboolean
name_rule_closing(CvScan *scan, const CvCtxHit *h)
{
  NAME_RULE_LOCALS;
  if (h->cats & CV_CTX_CLOSE) {
    /* signature: the next non-empty lines made only of name words */
    const char *q = cv_line_end(we, end);
    for (int line = 0; line < 3 && q < end && *q == '\n'; line++) {
      q++; /* past '\n' */
      const char *le = cv_line_end(q, end);
      if (le < end && *le != '\n')
        break; /* a very long line is no signature */
      const char *t = cv_skip_hspace(q, end);
      if (t >= le || (t + 1 == le && *t == '\r')) {
        q = le;
        line--;
        if (le - we > 300)
          break;
        continue;
      }
      const char *ne = cv_read_name(t, end, 4, &nw, &gaz, FALSE);
      /* a month's name alone under a closing is a given name: "Cheers,\nJun",
       * "Merci,\nAvril" */
      const char *mw = ne ? NULL : month_word(scan, t);
      if (mw && cv_skip_hspace(mw, end) >= le) {
        cv_add_name(scan, t, mw, 0.75f, "name-signature");
        break;
      }
      /* one word alone on its line: a given name out of the dictionaries
       * or in the name lists ("Cheers,\nAdaeze") */
      if (ne &&
          (nw >= 2 ||
           (nw == 1 && ne - t >= 3 && (cv_cls[(guint8)*t] & CV_C_UPPER) &&
            (cv_cls[(guint8)t[1]] & CV_C_LOWER) &&
            ((cv_name_model_lists(scan->model, t, ne) & 3) ||
             (scan->model && !cv_name_model_in_dict(scan->model, t, ne)))))) {
        const char *r = cv_skip_hspace(ne, end);
        if (r < end && *r == ',')
          r = cv_skip_hspace(r + 1, end);
        if (r >= le || *r == '\r') {
          cv_add_name(scan, t, ne, 0.75f, "name-signature");
          break;
        }
      }
      q = le;
    }
  }
  return FALSE;
}

/* A family named by its surname: "la famille Tremblay-Nguyen", "the
 * Okafor family" (capitalised name words; "la famille d'accueil", "the
 * family Court", "Family Services" stay). */
static void
family_names(CvScan *scan)
{
  const char *text = scan->text, *end = text + scan->len;
  const GArray *found = cv_scan_cues(scan);
  CvCue cue;
  for (guint ci = 0;
       cv_cue_next(found, &ci, CV_CUE_FAMILY, CV_CUE_FAMILY + 4, &cue);) {
    const char *f = text + cue.off;
    if (end - f > 8 && memcmp(f + 1, "amille ", 7) == 0) {
      const char *t = f + 8;
      int nw;
      gboolean gaz;
      const char *ne = cv_read_name_x(t, end, 2, &nw, &gaz, FALSE, FALSE);
      Word x;
      if (ne && nw >= 1 && cv_word_at(t, ne, &x) &&
          (!cv_name_model_in_dict(scan->model, t, ne) ||
           cv_gazetteer_last(x.f, x.fn)))
        cv_add_name(scan, t, ne, 0.8f, "name-family");
    } else if (end - f >= 6 && memcmp(f, "family", 6) == 0 &&
               (end - f == 6 || !g_ascii_isalnum(f[6])) && f - text >= 6 &&
               f[-1] == ' ') {
      /* the one or two name words before it, after "the" */
      const char *b = f - 1, *s = NULL;
      for (int k = 0; k < 2; k++) {
        const char *a = b;
        while (a > text && a[-1] != ' ' && a[-1] != '\n' && b - a < 40)
          a--;
        Word x;
        if (a == b || !cv_word_at(a, b, &x) || x.e != b || !cv_name_word_ok(&x) ||
            (cv_name_model_in_dict(scan->model, a, b) &&
             !cv_gazetteer_last(x.f, x.fn)))
          break; /* (a dictionary word only if a surname: "the Smith family") */
        s = a;
        if (a - text < 5 || a[-1] != ' ')
          break;
        b = a - 1;
        if (g_ascii_strncasecmp(b - 3, "the", 3) == 0)
          break;
      }
      if (s != NULL && s - text >= 4 && g_ascii_strncasecmp(s - 4, "the ", 4) == 0)
        cv_add_name(scan, s, f - 1, 0.8f, "name-family");
    }
  }
}

/* Does the last non-blank line before the line of @s end a sentence? */
static gboolean
sentence_before(const char *text, const char *s)
{
  const char *p = s;
  while (p > text && p[-1] != '\n')
    p--;
  while (p > text &&
         (p[-1] == '\n' || p[-1] == '\r' || p[-1] == ' ' || p[-1] == '\t'))
    p--;
  return p > text && strchr(".!?)", p[-1]) != NULL;
}

/* Is the line of @s after a blank line? */
static gboolean
blank_before(const char *text, const char *s)
{
  const char *p = s;
  while (p > text && p[-1] != '\n')
    p--;
  if (p == text)
    return FALSE;
  p--; /* the '\n' */
  while (p > text && (p[-1] == ' ' || p[-1] == '\t' || p[-1] == '\r'))
    p--;
  return p > text && p[-1] == '\n';
}

/* A message signed with a given name alone on its last line, with no
 * closing before it ("…Montant remboursé : 845 $.\nNormand"): the word is
 * capitalised, a known given name out of the dictionaries, and the line
 * before ends a sentence. */
static void
last_line_signature(CvScan *scan)
{
  const char *text = scan->text;
  const char *e = text + scan->len;
  while (e > text &&
         (e[-1] == '\n' || e[-1] == '\r' || e[-1] == ' ' || e[-1] == '\t'))
    e--;
  const char *s = e;
  while (s > text && s[-1] != '\n' && e - s <= 40)
    s--;
  if (s == text || s[-1] != '\n')
    return; /* the whole text, or a long last line */
  s = cv_skip_hspace(s, e);
  if (s < e && (*s == '/' || *s == '-'))
    s = cv_skip_hspace(s + 1, e); /* "/E. Mousseau", "-Rachida" */
  /* initials and a surname, whatever the surname: "É. Gentil", "J.-P.
   * Roy" */
  const char *ie = s;
  Word w;
  while (ie < e && cv_word_at(ie, e, &w) && w.cap && w.fn == 1 && w.e < e &&
         *w.e == '.') {
    ie = w.e + 1;
    if (ie < e && *ie == '-')
      ie++;
    ie = cv_skip_hspace(ie, e);
  }
  if (ie > s && cv_word_at(ie, e, &w) && w.cap && !w.upper && !w.digit &&
      w.fn >= 2 && w.e == e &&
      !(w.cats & (NAME_STOP | CV_CTX_ORG | CV_CTX_ORGTAIL))) {
    if (sentence_before(text, s))
      cv_add_name(scan, s, w.e, 0.75f, "name-signature");
    return;
  }
  if (!cv_word_at(s, e, &w) || w.upper || w.digit || w.fn < 3)
    return;
  const char *r = w.e;
  if (r < e && (*r == ',' || *r == '.'))
    r++;
  gboolean dict = cv_name_model_in_dict(scan->model, w.s, w.e);
  guint lists = cv_name_model_lists(scan->model, w.s, w.e);
  if (r != e ||
      (w.cats & (NAME_STOP | CV_CTX_ORG | CV_CTX_ORGTAIL | CV_CTX_PROVINCE)) ||
      (w.cap && dict && !(cv_gazetteer_first(w.f, w.fn) && (lists & 1))) ||
      (!w.cap && (w.cats || (dict && !(lists & 1)) || !blank_before(text, s))))
    return; /* (a dictionary word only if a list's given name: "Normand";
             * a word out of the dictionaries too: "Shanipiap"; in lower
             * case, after a blank line: "rachida") */
  if (sentence_before(text, s))
    cv_add_name(scan, w.s, w.e, 0.75f, "name-signature");
}

/* Is the line before the one at @ls a mailing mention in capitals after a
 * blank line ("PERSONNEL ET CONFIDENTIEL", "PRIVATE AND CONFIDENTIAL",
 * "PAR COURRIEL")? */
static gboolean
mention_before(const char *text, const char *ls)
{
  if (ls - text < 2)
    return FALSE;
  const char *pe = ls - 1, *ps = pe;
  while (ps > text && ps[-1] != '\n' && pe - ps < 48)
    ps--;
  if (ps > text && ps[-1] != '\n')
    return FALSE;
  int letters = 0;
  for (const char *q = ps; q < pe; q++) {
    if (cv_cls[(guint8)*q] & CV_C_UPPER)
      letters++;
    else if (!(*q == ' ' || *q == '\r' || (guint8)*q >= 0x80 || *q == '\''))
      return FALSE;
  }
  if (letters < 6 || !blank_before(text, ps))
    return FALSE;
  /* (a mailing mention's words, not any header in capitals) */
  static const char *const words[] = { "CONFIDENTI", "PERSONNEL", "PERSONAL",
                                       "PRIVATE",    "COURRIEL",  "RECOMMAND",
                                       "REGISTERED", "MAIL" };
  for (gsize k = 0; k < G_N_ELEMENTS(words); k++)
    if (g_strstr_len(ps, pe - ps, words[k]) != NULL)
      return TRUE;
  return FALSE;
}

/* Is [t, le) a name's line in an address block that the name reader
 * stopped short of ("Wanqing Hon", "WANQING HON": an abbreviation's word
 * last): two or three capitalised words, the first a given name of the
 * lists or out of the dictionaries, none an organisation's, a street's or
 * a place's. */
static gboolean
block_name_line(const CvScan *scan, const char *t, const char *le)
{
  int n = 0;
  const char *q = t;
  while (q < le) {
    Word w;
    if (!cv_word_at(q, le, &w) || w.s != q || !w.cap || w.digit || w.fn < 2 ||
        cv_word_is_place(&w) ||
        (w.cats & (CV_CTX_ORG | CV_CTX_ORGTAIL | CV_CTX_STREET_FR |
                   CV_CTX_STREET_EN | CV_CTX_LABEL | CV_CTX_MONTH | CV_CTX_PROVINCE |
                   CV_CTX_GREET | CV_CTX_CLOSE | (n == 0 ? CV_CTX_TITLE : 0))))
      return FALSE;
    if (n == 0 && !cv_gazetteer_first(w.f, w.fn) &&
        !(cv_name_model_lists(scan->model, w.s, w.e) & 1) &&
        cv_name_model_in_dict(scan->model, w.s, w.e))
      return FALSE;
    n++;
    q = w.e;
    if (q < le && *q != ' ')
      return FALSE;
    q = cv_skip_hspace(q, le);
  }
  return n >= 2 && n <= 3;
}

/* The name on the line above an address opening its line, an address
 * block's first line ("Lorette Larivée\n5-722 rue Marchand\nMatane
 * (Québec), G2X 7C8"): two to four name words, the whole line, at the
 * text's start or after a blank line. */
static void
address_block_names(CvScan *scan)
{
  const char *text = scan->text;
  guint n = scan->cands->len; /* (names are added after them) */
  for (guint i = 0; i < n; i++) {
    const CvSpan *sp = &g_array_index(scan->cands, CvSpan, i);
    if (sp->type != CV_PII_ADDRESS || sp->start < 4 ||
        !cv_is_digit(text[sp->start]) || text[sp->start - 1] != '\n')
      continue;
    const char *le = text + sp->start - 1;
    const char *ls = le;
    while (ls > text && ls[-1] != '\n' && le - ls < 64)
      ls--;
    if (ls > text && (ls[-1] != '\n' ||
                      (!blank_before(text, ls) && !mention_before(text, ls))))
      continue;
    while (le > ls && (le[-1] == '\r' || le[-1] == ' '))
      le--;
    int nw;
    gboolean gaz;
    const char *t = cv_skip_hspace(ls, le);
    const char *ne = cv_read_name(t, le, 4, &nw, &gaz, TRUE);
    if (ne && nw >= 2 && cv_skip_hspace(ne, le) == le) {
      cv_add_name(scan, t, ne, 0.75f, "name-address-block");
      continue;
    }
    t = cv_skip_title(t, le);
    if (block_name_line(scan, t, le))
      cv_add_name(scan, t, le, 0.75f, "name-address-block");
  }
}

/* Reads a name of one to four words in any case at @p, up to a colon
 * after a blank on the same line ("beryl postlethwaite :", "Amsellem,
 * Yael :"):
 * no context word, one word at least out of the dictionaries or in the
 * name lists.  Returns the name's end or NULL. */
static const char *
name_before_colon(const CvScan *scan, const char *p, const char *le)
{
  const char *q = p, *ne = NULL;
  int n = 0, maybe = 0;
  gboolean comma = FALSE;
  while (q < le && n < 4) {
    Word w;
    if (!cv_word_at(q, le, &w) || w.digit || w.fn < 2 ||
        (w.cats & ~(guint32)(CV_CTX_GAZFIRST | CV_CTX_GAZLAST)))
      return NULL;
    /* (out of the dictionaries, or a listed name capitalised: not
     * "lunch :") */
    maybe += !cv_name_model_in_dict(scan->model, w.s, w.e) ||
             (w.cap && (cv_name_model_lists(scan->model, w.s, w.e) & 3));
    n++;
    ne = w.e;
    q = w.e;
    if (q < le && *q == ',' && !comma) {
      comma = TRUE;
      q++;
    }
    q = cv_skip_hspace(q, le);
    if (q < le && *q == ':')
      return maybe > 0 && q > ne && q[-1] == ' ' ? ne : NULL;
  }
  return NULL;
}

/* Notes kept per room or per bed, a name after the room's word in lower
 * case ("ch. 505 — beryl postlethwaite : a bien dormi", "* room 12 -
 * Amsellem, Yael : agitée"),
 * and residents named with their surname in brackets ("- Clarina (Maillé)
 * : refuse son déjeuner"). */
static void
room_notes(CvScan *scan)
{
  static const char *const rooms[] = { "ch",  "chambre", "room", "rm",
                                       "lit", "bed",     "chbre" };
  const GArray *lines = cv_scan_lines(scan);
  for (guint i = 0; i < lines->len; i++) {
    const char *p, *le;
    cv_line_of(scan, lines, i, &p, &le);
    while (p < le && (*p == ' ' || *p == '\t'))
      p++;
    if (p < le && (*p == '-' || *p == '*'))
      p = cv_skip_hspace(p + 1, le);
    else if (le - p >= 3 && (guint8)p[0] == 0xE2 && (guint8)p[1] == 0x80 &&
             (guint8)p[2] == 0xA2)
      p = cv_skip_hspace(p + 3, le);
    /* (cheap first: a room's word in lower case and a number, or a
     * bracket soon) */
    if (le - p < 6)
      continue;
    if ((*p == 'c' || *p == 'r' || *p == 'l' || *p == 'b')) {
      const char *d = p;
      while (d < le && d - p < 8 && g_ascii_islower(*d))
        d++;
      if (d < le && *d == '.')
        d++;
      d = cv_skip_hspace(d, le);
      if (d >= le || !cv_is_digit(*d))
        continue;
    } else if (!g_ascii_isupper(*p) || !memchr(p, '(', MIN(le - p, 40))) {
      continue;
    }
    Word w;
    if (!cv_word_at(p, le, &w))
      continue;
    const char *q = w.e;
    if (!w.cap && q < le && *q == '.')
      q++;
    if (!w.cap && cv_word_in(&w, rooms, G_N_ELEMENTS(rooms))) {
      /* "ch. 505 —" */
      if (q < le && *q == '.')
        q++;
      q = cv_skip_hspace(q, le);
      if (q >= le || !cv_is_digit(*q))
        continue;
      while (q < le && (cv_is_alnum_ascii(*q) || *q == '-'))
        q++;
      q = cv_skip_hspace(q, le);
      if (le - q >= 3 && (guint8)q[0] == 0xE2 && (guint8)q[1] == 0x80 &&
          ((guint8)q[2] == 0x94 || (guint8)q[2] == 0x93))
        q += 3;
      else if (q < le && (*q == '-' || *q == ':'))
        q++;
      else
        continue;
      const char *t = cv_skip_hspace(q, le);
      const char *ne = name_before_colon(scan, t, le);
      if (ne)
        cv_add_name(scan, t, ne, 0.8f, "name-room-note");
      continue;
    }
    /* "Clarina (Maillé) :" */
    if (!w.cap || w.upper || q >= le || *q != ' ' || q + 1 >= le || q[1] != '(')
      continue;
    Word s;
    if (!cv_word_at(q + 2, le, &s) || !s.cap || s.e >= le || *s.e != ')')
      continue;
    const char *c = cv_skip_hspace(s.e + 1, le);
    if (c >= le || *c != ':' ||
        (w.cats & ~(guint32)(CV_CTX_GAZFIRST | CV_CTX_GAZLAST)) ||
        (s.cats & ~(guint32)(CV_CTX_GAZFIRST | CV_CTX_GAZLAST)) ||
        !(cv_word_may_name(scan, &w) || cv_word_may_name(scan, &s)))
      continue;
    cv_add_name(scan, w.s, w.e, 0.8f, "name-room-note");
    cv_add_name(scan, s.s, s.e, 0.8f, "name-room-note");
  }
}

/* The signature under an e-mail's delimiter line "--" (or "-- "): the
 * next non-empty line when it is a name, alone or before a comma
 * ("--\nRoodly Célestin\nCounsellor, …", "-- \nAdaeze, TS"). */
static void
dash_signatures(CvScan *scan)
{
  const char *text = scan->text, *end = text + scan->len;
  /* (line by line: a line's first bytes, cheaper than a search) */
  const GArray *lines = cv_scan_lines(scan);
  for (guint li = 0; li < lines->len; li++) {
    const char *d, *dle;
    cv_line_of(scan, lines, li, &d, &dle);
    if (end - d < 3 || d[0] != '-' || d[1] != '-')
      continue;
    const char *q = cv_skip_hspace(d + 2, end);
    if (q < end && *q == '\r')
      q++;
    if (q >= end || *q != '\n')
      continue;
    q++;
    while (q < end && *q == '\n')
      q++; /* (blank lines) */
    const char *le = cv_line_end(q, end);
    const char *t = cv_skip_hspace(q, le);
    int nw;
    gboolean gaz;
    const char *ne = cv_read_name(t, le, 4, &nw, &gaz, FALSE);
    if (!ne || nw < 1)
      continue;
    const char *r = cv_skip_hspace(ne, le);
    if (r < le && *r != ',' && *r != '\r')
      continue;
    if (nw == 1 && !((cv_name_model_lists(scan->model, t, ne) & 3) ||
                     (scan->model && !cv_name_model_in_dict(scan->model, t, ne))))
      continue;
    cv_add_name(scan, t, ne, 0.75f, "name-signature");
  }
}

/* Is the word before @ws (one space) a French clause opener starting its
 * sentence ("Si", "Quand", "Lorsque", "Mais", "Donc", "Puis", "Alors",
 * "Comme", "Puisque", "Ensuite"), capitalised? */
static gboolean
clause_opener_before(const CvScan *scan, const char *ws)
{
  static const char *const openers[] = { "si",     "quand", "lorsque",
                                         "mais",   "donc",  "puis",
                                         "alors",  "comme", "puisque",
                                         "ensuite" };
  const char *text = scan->text;
  if (ws - text < 3 || ws[-1] != ' ')
    return FALSE;
  const char *bs = ws - 1;
  while (bs > text && ws - bs < 10 && cv_is_alpha_ascii(bs[-1]))
    bs--;
  if (!(cv_cls[(guint8)*bs] & CV_C_UPPER))
    return FALSE;
  const char *b = bs;
  while (b > text && (b[-1] == ' ' || b[-1] == '\t'))
    b--;
  if (b > text && b[-1] != '\n' && b[-1] != '.' && b[-1] != '!' && b[-1] != '?' &&
      b[-1] != ':' && b[-1] != '>' && b[-1] != '-' && b[-1] != '"')
    return FALSE;
  gsize n = (gsize)(ws - 1 - bs);
  for (gsize k = 0; k < G_N_ELEMENTS(openers); k++)
    if (strlen(openers[k]) == n && g_ascii_strncasecmp(bs, openers[k], n) == 0)
      return TRUE;
  return FALSE;
}

/* Rule "gaz-first": a known first name and a capitalised word after it; "TREMBLAY, Marie". */
static gboolean
name_rule_gaz_first(CvScan *scan, const CvCtxHit *h)
{
  NAME_RULE_LOCALS;
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
      while (bs > text && before - bs < 24 &&
             (cv_is_alpha_ascii(bs[-1]) || (guint8)bs[-1] >= 0x80 ||
              bs[-1] == '.'))
        bs--;
      Word pw;
      if (bs <= b && cv_word_at(bs, end, &pw) &&
          (pw.cats & (CV_CTX_STREET_FR | CV_CTX_STREET_EN)))
        blocked = TRUE;
      if (bs <= b && cv_word_at(bs, end, &pw) && pw.fn >= 2 &&
          ((pw.fn == 5 && memcmp(pw.f, "saint", 5) == 0) ||
           (pw.fn == 6 && memcmp(pw.f, "sainte", 6) == 0) ||
           (pw.fn == 2 && memcmp(pw.f, "st", 2) == 0)))
        blocked = TRUE;
    }
    if (!blocked) {
      const char *ne = cv_read_name(ws, end, 3, &nw, &gaz, FALSE);
      if (ne && nw >= 2) {
        cv_add_name(scan, ws, ne, 0.75f, "name-gazetteer");
        return TRUE;
      }
      /* "Si Pierre appelle", "Quand Marie arrive": a known given name
       * alone after a clause opener starting the sentence, a lower-case
       * word after it (the conjunction is a stop word, so the model sees
       * a dictionary word at a sentence's start) */
      if (ne && nw == 1 && ne == we && clause_opener_before(scan, ws) &&
          end - we >= 2 && we[0] == ' ' && (cv_cls[(guint8)we[1]] & CV_C_LOWER)) {
        cv_add_name(scan, ws, we, 0.7f, "name-after-opener");
        return TRUE;
      }
      /* "TREMBLAY, Marie" */
      if (ws - text >= 4 && ws[-1] == ' ' && ws[-2] == ',') {
        const char *b = ws - 2;
        const char *bs = b;
        while (bs > text && b - bs < 40 &&
               (cv_is_alpha_ascii(bs[-1]) || (guint8)bs[-1] >= 0x80 ||
                bs[-1] == '-'))
          bs--;
        Word pw;
        if (bs < b && cv_word_at(bs, end, &pw) && pw.e == b && pw.upper &&
            pw.fn >= 2 && cv_name_word_ok(&pw)) {
          const char *ne2 = cv_read_name(ws, end, 2, &nw, &gaz, FALSE);
          cv_add_name(scan, bs, ne2 ? ne2 : we, 0.8f, "name-caps-comma");
          return TRUE;
        }
      }
    }
  }
  return FALSE;
}

/* Rule "gaz-last": a capitalised word and a known surname after it; "TREMBLAY,
 * Marie" with a known surname. */
static gboolean
name_rule_gaz_last(CvScan *scan, const CvCtxHit *h)
{
  NAME_RULE_LOCALS;
  if ((h->cats & CV_CTX_GAZLAST)) {
    /* Capitalised word + known surname: "Mamadou Poirier" */
    const char *b = ws;
    if (b - text >= 3 && b[-1] == ' ') {
      const char *bs = b - 1;
      while (bs > text && b - bs < 30 &&
             (cv_is_alpha_ascii(bs[-1]) || (guint8)bs[-1] >= 0x80 ||
              bs[-1] == '-'))
        bs--;
      Word pw;
      if (bs < b - 1 && cv_word_at(bs, end, &pw) && pw.e == b - 1 &&
          cv_name_word_ok(&pw) && !cv_alnum_before(text, bs) &&
          !(bs > text + 1 && bs[-1] == ' ' &&
            (bs[-2] == '.' || bs[-2] == '!' || bs[-2] == '?')) &&
          bs > text && bs[-1] != '\n' && !(bs - text >= 2 && bs[-1] == '-') &&
          /* (in capitals, a dictionary word is no given name: "LES
           * DÉMARCHES DÉJÀ ENTREPRISES") */
          !(pw.upper && cv_name_model_in_dict(scan->model, bs, b - 1) &&
            !(cv_name_model_lists(scan->model, bs, b - 1) & 1))) {
        /* the previous word must not start a sentence or line */
        cv_add_name(scan, bs, we, 0.7f, "name-surname");
        return TRUE;
      }
      /* line start: only with a known first name (handled above) */
    }
    /* "TREMBLAY, Marie" with a known surname in capitals */
    if ((h->flags & CV_WORD_UPPER) && we + 2 < end && we[0] == ',' &&
        we[1] == ' ') {
      Word nw2;
      if (cv_word_at(we + 2, end, &nw2) && cv_name_word_ok(&nw2) && !nw2.upper) {
        cv_add_name(scan, ws, nw2.e, 0.8f, "name-caps-comma");
        return TRUE;
      }
    }
  }
  return FALSE;
}

/* Is the word @w a likely name word: no context word, and no dictionary
 * word unless it is in the name lists of @bits (1 first names, 2
 * surnames)? */
static gboolean
namelike(const CvScan *scan, const Word *w, guint bits)
{
  if (w->digit || w->fn < 2 || w->cats)
    return FALSE;
  return !cv_name_model_in_dict(scan->model, w->s, w->e) ||
         (cv_name_model_lists(scan->model, w->s, w->e) & bits);
}

/* A surname in capitals and a given name: "BHANDARI, Anilabh",
 * "ALTINTAŞ Bağatur" (list lines, "Mon nom est ..."), whatever the lists
 * say, when neither word is a context word or a dictionary word that is no
 * name; not after another word in capitals (headers). */
static void
caps_surnames(CvScan *scan)
{
  const char *text = scan->text;
  const char *end = text + scan->len;
  const guint32 *cw = (const guint32 *)scan->capwords->data;
  for (guint i = 0; i + 1 < scan->capwords->len; i += 2) {
    const char *p = text + cw[i];
    Word w, g;
    /* cheap tests first: a second capital, then ", X" or " X" after the
     * word */
    if (p + 2 >= end || (cv_cls[(guint8)p[1]] & CV_C_LOWER))
      continue;
    const char *r = p + 1;
    while (r < end && r - p < 40 &&
           (cv_is_alpha_ascii(*r) || (guint8)*r >= 0x80 || *r == '-'))
      r++;
    if (end - r < 3 || !(*r == ' ' || (*r == ',' && r[1] == ' ')))
      continue;
    r += *r == ',' ? 2 : 1;
    if (!(cv_cls[(guint8)*r] & CV_C_UPPER) && (guint8)*r < 0xC3)
      continue;
    if (!cv_word_at(p, end, &w) || !w.upper || w.e >= end - 2)
      continue;
    const char *q = w.e;
    gboolean comma = *q == ',';
    if (comma)
      q++;
    if (*q != ' ')
      continue;
    q++;
    if (!cv_word_at(q, end, &g) || !g.cap || g.upper || w.cats)
      continue;
    /* a given name that is also a word, after a surname in capitals and
     * its comma, closing the field: "MOUKALA, Parfait DOB", "LABRIE, Noël
     * v. PIAO" (not "URGENT, Merci") */
    gboolean word_given = FALSE;
    if (g.cats) {
      if (!comma || !namelike(scan, &w, 2) ||
          (g.cats &
           ~(guint32)(CV_CTX_STOPNAME | CV_CTX_GAZFIRST | CV_CTX_GAZLAST)) ||
          !(cv_name_model_lists(scan->model, g.s, g.e) & 1))
        continue;
      const char *z = cv_skip_hspace(g.e, end);
      Word zw;
      if (!(z >= end || strchr("\n\r|,(;", *z) ||
            (z > g.e && end - z >= 3 && (z[0] == 'v' || z[0] == 'c') &&
             z[1] == '.' && z[2] == ' ') ||
            (z > g.e && cv_word_at(z, end, &zw) && zw.upper && zw.fn >= 2)))
        continue;
      word_given = TRUE;
    }
    /* (a time's "AM, Jean Roy <jroy@…> wrote") */
    if (w.fn == 2 && (w.f[0] == 'a' || w.f[0] == 'p') && w.f[1] == 'm')
      continue;
    /* (an airport's code, its city and a time: "YUL Montréal-Trudeau
     * 07:15", "DSS Dakar 4:00 p.m.") */
    if (!comma && w.fn == 3) {
      const char *z = g.e;
      Word zw;
      while (z < end && *z == ' ' && cv_word_at(z + 1, end, &zw) && zw.cap &&
             !zw.digit && zw.e - z < 24)
        z = zw.e; /* "SAL San Salvador 10:45" */
      z = cv_skip_hspace(z, end);
      if (end - z >= 4 && cv_is_digit(z[0]) &&
          (z[1] == ':' || (cv_is_digit(z[1]) && z[2] == ':')))
        continue;
    }
    /* the word before, on the same line, is not in capitals */
    const char *b = p;
    while (b > text && (b[-1] == ' ' || b[-1] == '\t'))
      b--;
    /* both words name-like; inside a line, "SURNAME, Given" needs only one
     * of them ("au nom de SLEDGE, Iman", "The lessor, HANDY, Ivette"; not
     * "URGENT, Julie" opening a line) */
    gboolean nw1 = namelike(scan, &w, 2), nw2 = namelike(scan, &g, 1);
    if (!word_given && !(nw1 && nw2) &&
        !(comma && (nw1 || nw2) && b > text && b[-1] != '\n'))
      continue;
    if (b > text && b[-1] != '\n') {
      const char *bs = b;
      while (bs > text && (cv_is_alpha_ascii(bs[-1]) || (guint8)bs[-1] >= 0x80))
        bs--;
      Word pw;
      if (bs < b && cv_word_at(bs, end, &pw) && pw.upper && pw.fn >= 2)
        continue;
    }
    cv_add_name(scan, p, g.e, 0.8f,
                comma ? "name-caps-comma-any" : "name-caps-given");
  }
}

/* Can the capitalised word @w be a word of an inverted name: a name
 * word, no place, no organisation's word? */
static gboolean
inverted_word(const Word *w)
{
  return cv_name_word_ok(w) && !w->upper && w->fn >= 2 &&
         !(w->cats & (CV_CTX_ORG | CV_CTX_ORGTAIL | CV_CTX_PROVINCE)) &&
         !cv_word_is_place(w);
}

/* An inverted name heading its line or a line's segment: "Journal —
 * Laguë, Lisette (2023-AI-0066)", "NOTES - Okeke, Aimable", "* rm 717 -
 * Boutin, Mariève: agitée", "- Li, Li Na: date of birth": a surname, a
 * comma and one or two given names, after the line start, a dash, a
 * bullet or a colon, then the line's end, a bracket, a colon or a dash;
 * one word at least out of the dictionaries or in the name lists. */
static void
inverted_header_at(CvScan *scan, const char *p, const char *r)
{
  const char *text = scan->text;
  const char *end = text + scan->len;
  /* cheap tests first: ", " and a capital after the word, a dash, a
   * colon, a bullet or the line start before it */
  if (end - r < 3 || r[0] != ',' || r[1] != ' ' ||
      (!(cv_cls[(guint8)r[2]] & CV_C_UPPER) && (guint8)r[2] < 0xC3))
    return;
  const char *b = p;
  while (b > text && (b[-1] == ' ' || b[-1] == '\t'))
    b--;
  gboolean opens =
      b == text || b[-1] == '\n' ||
      (b < p && (b[-1] == ':' || b[-1] == '-' || b[-1] == '*' ||
                 (b - text >= 3 && (guint8)b[-3] == 0xE2 && (guint8)b[-2] == 0x80 &&
                  ((guint8)b[-1] == 0x93 || (guint8)b[-1] == 0x94 ||
                   (guint8)b[-1] == 0xA2))));
  if (!opens)
    return;
  Word w, g;
  if (!cv_word_at(p, end, &w) || w.e != r || !inverted_word(&w) ||
      !cv_word_at(r + 2, end, &g) || !inverted_word(&g))
    return;
  const char *ne = g.e;
  int may = cv_word_may_name(scan, &w) + cv_word_may_name(scan, &g);
  Word g2;
  if (ne + 1 < end && *ne == ' ' && cv_word_at(ne + 1, end, &g2) &&
      inverted_word(&g2)) {
    may += cv_word_may_name(scan, &g2);
    ne = g2.e;
  }
  const char *q = cv_skip_hspace(ne, end);
  /* (or an address after a comma: "Famille d'accueil : Gerbe, Ladislas,
   * 7995 av. Lacordaire") */
  gboolean closes =
      q >= end || *q == '\n' || *q == '\r' || *q == ':' ||
      (q == ne && end - q > 3 && q[0] == ',' && q[1] == ' ' && cv_is_digit(q[2])) ||
      (*q == '(' && q > ne) ||
      (q > ne && q + 1 < end && *q == '-' && q[1] == ' ') ||
      (q > ne && end - q >= 3 && (guint8)q[0] == 0xE2 && (guint8)q[1] == 0x80 &&
       ((guint8)q[2] == 0x94 || (guint8)q[2] == 0x93));
  if (closes && may > 0)
    cv_add_name(scan, p, ne, 0.8f, "name-inverted-header");
}

/* A word of a contact's name in lower case: no context word; @strong when
 * it is in no dictionary or in the name lists ("sanora vickers"), else a
 * dictionary word that may be one ("barras", "cherish"). */
static gboolean
lower_name_word(const CvScan *scan, const Word *w, gboolean *strong)
{
  if (!scan->model || w->cap || w->digit || w->fn < 2 || w->cats)
    return FALSE;
  *strong = !cv_name_model_in_dict(scan->model, w->s, w->e) ||
            (cv_name_model_lists(scan->model, w->s, w->e) & 3);
  return TRUE;
}

/* The word ending at @q (letters, inner hyphens and apostrophes, at most
 * 40 bytes): its start with @w read, or NULL. */
static const char *
word_ending_at(const char *text, const char *q, Word *w)
{
  const char *ws = q;
  while (ws > text && q - ws < 40 &&
         (cv_is_alpha_ascii(ws[-1]) || (guint8)ws[-1] >= 0x80 ||
          ws[-1] == '-' || ws[-1] == '\''))
    ws--;
  if (ws == q || !cv_word_at(ws, q, w) || w->e != q)
    return NULL;
  return ws;
}

/* Contacts: two to four name words right before a phone number in
 * parentheses, on one line ("— Karie Franks ((579) 541-4763)", "debby
 * barras (514-780-6718)", "Jean Roy (418 555-0101), Marie Roy (...)").
 * The phones are found before the names (phase "numbers"). */
static void
contact_names(CvScan *scan)
{
  const char *text = scan->text;
  guint n = scan->cands->len;
  for (guint i = 0; i < n; i++) {
    const CvSpan *c = &g_array_index(scan->cands, CvSpan, i);
    if (c->type != CV_PII_PHONE)
      continue;
    const char *p = text + c->start;
    /* "(514-...)", "((579) 365-8996)" */
    if (p > text && p[-1] == '(')
      p--;
    else if (*p != '(')
      continue;
    if (p - text < 3 || p[-1] != ' ')
      continue;
    const char *q = p - 1, *s = NULL;
    int nw = 0, nstrong = 0, nweak = 0;
    gboolean lower = FALSE, upper = FALSE;
    while (nw < 4) {
      Word w;
      const char *ws = word_ending_at(text, q, &w);
      if (!ws)
        break;
      gboolean strong = TRUE;
      gboolean ok =
          w.cap ? cv_name_word_ok(&w) : lower_name_word(scan, &w, &strong);
      if (!ok)
        break;
      nstrong += strong;
      nweak += !strong;
      lower |= !w.cap;
      upper |= w.cap;
      s = ws;
      nw++;
      if (ws - text < 2 || ws[-1] != ' ')
        break;
      q = ws - 1;
    }
    /* (one case for the whole name: "call Julie Roy" stops at "call") */
    if (nw < 2 || (lower && upper))
      continue;
    /* lower-case dictionary words ("cherish sutermeister", "debby barras"):
     * only beside a word out of the dictionary, and only when nothing but
     * a dash, a colon or the line start comes before the name ("— pera
     * swisher (...)"; not "the office (...)" nor "call jean (...)") */
    if (nweak) {
      const char *b = s;
      while (b > text && (b[-1] == ' ' || b[-1] == '\t'))
        b--;
      gboolean opens =
          b == text || b[-1] == '\n' || b[-1] == ':' ||
          (b - text >= 3 && (guint8)b[-3] == 0xE2 && (guint8)b[-2] == 0x80 &&
           ((guint8)b[-1] == 0x94 || (guint8)b[-1] == 0x93)) ||
          (b[-1] == '-' && b < s);
      if (!nstrong || !opens)
        continue;
    }
    cv_add_name(scan, s, p - 1, 0.8f, "name-contact");
  }
}

/* Can the capitalised word @w after a person's cue be a name: capitalised
 * like one, no context word, no place, out of the dictionaries or in the
 * name lists? */
static gboolean
cue_name_word(const CvScan *scan, const Word *w, gboolean any)
{
  /* (firms that bear their founder's name, alone) */
  static const char *const firms[] = { "desjardins", "bombardier", "molson",
                                       "saputo",     "videotron",  "rona" };
  return w->cap && !w->digit && w->fn >= 2 && cv_caps_like_name(w->s, w->e) &&
         !(w->cats & ~(guint32)(CV_CTX_GAZFIRST | CV_CTX_GAZLAST)) &&
         !cv_word_is_place(w) && (any || cv_word_may_name(scan, w)) &&
         !cv_word_in(w, firms, G_N_ELEMENTS(firms)) &&
         !cv_scan_in_keep(scan, (gsize)(w->s - scan->text),
                          (gsize)(w->e - scan->text));
}

/* A person's name after a cue that asks for one ("À vérifier auprès de
 * Macalintal lui-même", "c/o Bañez : 2879 chemin...", "fu w/ Rossignol
 * (CLSC)", "tell Heron its fine", "Merci à Anne-Delphina Couvreur"): one or
 * two capitalised words that can be names, not before an organisation's
 * tail word. */
static void
cue_person_names(CvScan *scan)
{
  const char *text = scan->text, *end = text + scan->len;
  const GArray *found = cv_scan_cues(scan);
  CvCue cue;
  for (guint ci = 0; cv_cue_next(found, &ci, CV_CUE_PERSON, CV_CUE_N, &cue);) {
    /* (after "c/o", in someone's care, any capitalised word: "c/o
     * Panier") */
    const char *cw = cv_cue_words[cue.index];
    gboolean any = (cw[0] == 'c' || cw[0] == 'C') && cw[1] == '/';
    const char *p = text + cue.off + strlen(cw);
    Word w;
    if (p >= end || !cv_cap_at(p, end) || !cv_word_at(p, end, &w) ||
        !cue_name_word(scan, &w, any))
      continue;
    const char *e = w.e;
    Word x;
    if (e + 1 < end && *e == ' ' && cv_cap_at(e + 1, end) &&
        cv_word_at(e + 1, end, &x)) {
      if (x.cats & (CV_CTX_ORG | CV_CTX_ORGTAIL | CV_CTX_STREET_EN))
        continue; /* "auprès de Gagnon Construction" */
      if (cue_name_word(scan, &x, FALSE))
        e = x.e;
    }
    cv_add_name(scan, p, e, 0.75f, "name-cue");
  }
}

/* A word of a full name after an elided d' (elided_full_names()):
 * capitalised like a name, at least @min letters, no context word or
 * place, out of the dictionaries or in the name list @list (1 first
 * names, 2 surnames). */
static gboolean
elided_name_word(const CvScan *scan, const Word *w, gsize min, guint list)
{
  return w->cap && !w->upper && w->fn >= min &&
         !(w->cats & ~(guint32)(CV_CTX_GAZFIRST | CV_CTX_GAZLAST)) &&
         cv_caps_like_name(w->s, w->e) && !cv_word_is_place(w) &&
         !(cv_name_model_in_dict(scan->model, w->s, w->e) &&
           !(cv_name_model_lists(scan->model, w->s, w->e) & list));
}

/* A given name and a surname after an elided "d'" ("reçue d'Evanthia
 * Radham devant", "la lettre d'Yijie Tantai concernant"): two capitalised
 * words, no context word or place, each out of the dictionaries or a name
 * of the lists (first, then last), no capitalised word after them ("d'Air
 * Canada", "d'Emploi Québec" stay).  From the capitalised words of the
 * word pass. */
static void
elided_full_names(CvScan *scan)
{
  const char *text = scan->text, *end = text + scan->len;
  const guint32 *cw = (const guint32 *)scan->capwords->data;
  guint n = scan->capwords->len / 2;
  for (guint i = 0; i < n; i++) {
    const char *s = text + cw[2 * i];
    /* the elision before it: "d'", "d’" */
    const char *d = NULL;
    if (s - text >= 2 && s[-1] == '\'')
      d = s - 2;
    else if (s - text >= 4 && (guint8)s[-3] == 0xE2 && (guint8)s[-2] == 0x80 &&
             (guint8)s[-1] == 0x99)
      d = s - 4;
    if (!d || (*d != 'd' && *d != 'D') || (d > text && d[-1] != ' '))
      continue;
    Word a, b, x;
    if (!cv_word_at(s, end, &a) || !elided_name_word(scan, &a, 3, 1) ||
        a.e + 2 >= end || *a.e != ' ' || !cv_cap_at(a.e + 1, end) ||
        !cv_word_at(a.e + 1, end, &b) || !elided_name_word(scan, &b, 2, 2))
      continue;
    if (b.e + 1 < end && *b.e == ' ' && cv_cap_at(b.e + 1, end) &&
        cv_word_at(b.e + 1, end, &x) && !(x.cats & CV_CTX_PARTICLE))
      continue;
    if (cv_scan_in_keep(scan, (gsize)(s - text), (gsize)(b.e - text)))
      continue;
    cv_add_name(scan, s, b.e, 0.7f, "name-elided");
  }
}

/* A citizen who speaks at a council's meeting, by name and street ("Tay
 * Wenyang, Brock Avenue South: asked about", "Aria Trivedi, rue
 * Principale : demande"): a line that opens with two or three name words,
 * one of them a name may be, then a comma and a street's name (a street's
 * word in it) up to a colon or the line's end. */
static void
street_resident_names(CvScan *scan)
{
  const char *text = scan->text;
  const GArray *lines = cv_scan_lines(scan);
  for (guint i = 0; i < lines->len; i++) {
    const char *p, *le;
    cv_line_of(scan, lines, i, &p, &le);
    if (le - p < 12 || !cv_cap_at(p, le))
      continue; /* (cheap first) */
    const char *c = memchr(p, ',', (gsize)MIN(le - p, 48));
    if (!c || c + 2 >= le || c[1] != ' ')
      continue;
    int nw = 0;
    gboolean gaz = FALSE;
    const char *ne = cv_read_name(p, c, 3, &nw, &gaz, FALSE);
    if (ne != c || nw < 2)
      continue;
    gboolean may = FALSE;
    for (const char *q = p; q < ne;) {
      Word w;
      if (!cv_word_at(q, ne, &w))
        break;
      may |= cv_word_may_name(scan, &w) && !cv_word_is_place(&w);
      q = cv_skip_hspace(w.e, ne);
    }
    if (!may)
      continue;
    /* the street: capitalised words, a street's word among them, then a
     * colon or the line's end */
    const char *q = c + 2;
    gboolean street = FALSE;
    int words = 0;
    while (q < le && words < 5) {
      Word w;
      if (!cv_word_at(q, le, &w) || w.digit)
        break;
      street |= (w.cats & (CV_CTX_STREET_FR | CV_CTX_STREET_EN)) != 0;
      words++;
      q = w.e;
      if (q < le && *q == '.')
        q++; /* "St. Patrick" */
      q = cv_skip_hspace(q, le);
      if (q >= le || *q == ':')
        break;
    }
    if (!street || !(q >= le || *q == ':') ||
        cv_scan_in_keep(scan, (gsize)(p - text), (gsize)(ne - text)))
      continue;
    cv_add_name(scan, p, ne, 0.75f, "name-resident");
  }
}

/* Numbered lists of persons, each with an organisation or a status after
 * a dash ("1. VERRIER, Prudent — Club Optimiste", "2) Yanic Tanneur -
 * absent"): two to four name words,
 * one of them a name of the lists or out of the dictionaries. */
static void
numbered_names(CvScan *scan)
{
  const GArray *lines = cv_scan_lines(scan);
  for (guint i = 0; i < lines->len; i++) {
    const char *p, *le;
    cv_line_of(scan, lines, i, &p, &le);
    if (le - p < 8 || !cv_is_digit(*p))
      continue; /* (cheap first) */
    const char *q = p;
    while (q < le && q - p < 3 && cv_is_digit(*q))
      q++;
    if (q + 2 >= le || (*q != '.' && *q != ')') || q[1] != ' ')
      continue;
    const char *t = q + 2;
    int nw;
    gboolean gaz;
    const char *ne = cv_read_name(t, le, 4, &nw, &gaz, TRUE);
    if (!ne || nw < 2)
      continue;
    const char *d = ne;
    while (d < le && *d == ' ')
      d++;
    if (!(d + 1 < le &&
          ((*d == '-' && d[1] == ' ') ||
           (le - d >= 4 && (guint8)d[0] == 0xE2 && (guint8)d[1] == 0x80 &&
            ((guint8)d[2] == 0x94 || (guint8)d[2] == 0x93)))))
      continue;
    int maybe = 0;
    for (const char *r = t; r < ne;) {
      Word w;
      if (!cv_word_at(r, ne, &w)) {
        r++;
        continue;
      }
      maybe += cv_word_may_name(scan, &w);
      r = w.e;
    }
    if (maybe > 0)
      cv_add_name(scan, t, ne, 0.8f, "name-numbered");
  }
}

/* Compound given names, "Ève-Kassandre", "Marc-Évérard", "Marie-Noëlle":
 * a capitalised hyphenated word whose first part is a given name of the
 * lists and whose second is a given name too or out of the dictionaries
 * ("Jean-Talon", "Saint-Jean" stay), with the surname after it or a
 * person's deed. */
static void
compound_given_names(CvScan *scan)
{
  const char *text = scan->text, *end = text + scan->len;
  const guint32 *cw = (const guint32 *)scan->capwords->data;
  guint n = scan->capwords->len / 2;
  for (guint i = 0; i < n; i++) {
    if (cw[2 * i + 1] != CV_KEY_ANY)
      continue; /* (the compounds only) */
    const char *s = text + cw[2 * i];
    const char *h = s;
    while (h < end && h - s < 20 && *h != '-' && *h != ' ' && *h != '\n')
      h++;
    if (h >= end || *h != '-' || h == s || h + 2 >= end || !cv_cap_at(h + 1, end))
      continue;
    Word a, b, w;
    if (!cv_word_at(s, h, &a) || a.e != h || a.fn < 3 ||
        !(cv_name_model_lists(scan->model, s, h) & 1) ||
        !cv_word_at(h + 1, end, &b) || b.fn < 3 || b.cats ||
        !cv_caps_like_name(b.s, b.e) || cv_word_is_place(&b) ||
        !((cv_name_model_lists(scan->model, b.s, b.e) & 1) ||
          !cv_name_model_in_dict(scan->model, b.s, b.e)) ||
        !cv_word_at(s, end, &w) || w.e != b.e ||
        (w.cats & ~(guint32)(CV_CTX_GAZFIRST | CV_CTX_GAZLAST)) ||
        cv_word_is_place(&w) ||
        cv_scan_in_keep(scan, (gsize)(s - text), (gsize)(w.e - text)))
      continue;
    const char *e = w.e;
    Word x;
    if (e + 1 < end && *e == ' ' && cv_cap_at(e + 1, end) &&
        cv_word_at(e + 1, end, &x) && cue_name_word(scan, &x, TRUE))
      e = x.e;
    /* a person's: with a surname, or before a deed only persons do
     * ("Ève-Kassandre says"); not after an organisation's or a street's
     * word ("la piscine Marie-Victorin Nord") */
    if (e == w.e && !cv_name_model_person_verb(text, scan->len, (gsize)(e - text)))
      continue;
    const char *pb = s;
    while (pb > text && pb[-1] == ' ')
      pb--;
    const char *ps = pb;
    while (ps > text && pb - ps < 24 &&
           (cv_is_alpha_ascii(ps[-1]) || (guint8)ps[-1] >= 0x80))
      ps--;
    Word pw;
    if (ps < pb && cv_word_at(ps, pb, &pw) && pw.e == pb &&
        (pw.cats & (CV_CTX_ORG | CV_CTX_STREET_FR | CV_CTX_STREET_EN)))
      continue;
    cv_add_name(scan, s, e, 0.75f, "name-compound-given");
  }
}

/* Are the parts of a hyphenated word all capitalised and none a place or
 * a context word ("Marie-Ève"; not "Rappelez-moi", "Montérégie-Centre")? */
static gboolean
owner_parts(const Word *w)
{
  const char *p = w->s;
  if (!memchr(p, '-', (gsize)(w->e - p)))
    return TRUE;
  while (p < w->e) {
    const char *q = p;
    while (q < w->e && *q != '-')
      q++;
    Word x;
    if (q == p || !cv_word_at(p, q, &x) || !x.cap || x.cats ||
        cv_word_is_place(&x))
      return FALSE;
    p = q + 1;
  }
  return TRUE;
}

/* Whose number it is: a capitalised word out of the dictionaries right
 * before a phone number, after a blank, a colon, "au" or "at" ("Appel
 * Qiaoling 438 403-1236", "cell de Styliani : (873) 546.7928", "call
 * Wilfort at 579 ..."), and a name word before it ("Fedna Wilfort 514
 * ..."): no context word, no place. */
static void
phone_owners(CvScan *scan)
{
  static const char *const links[] = { "au", "at", "a", "@" };
  const char *text = scan->text;
  guint n = scan->cands->len;
  for (guint i = 0; i < n; i++) {
    const CvSpan *c = &g_array_index(scan->cands, CvSpan, i);
    if (c->type != CV_PII_PHONE || c->start < 3)
      continue;
    const char *q = text + c->start;
    if (q[-1] == '(')
      q--;
    if (q[-1] != ' ')
      continue;
    while (q > text && (q[-1] == ' ' || q[-1] == ':'))
      q--;
    Word w;
    const char *ws = word_ending_at(text, q, &w);
    if (!ws)
      continue;
    /* "au", "at": back over it */
    if (!w.cap && cv_word_in(&w, links, G_N_ELEMENTS(links)) && ws - text > 2 &&
        ws[-1] == ' ' && !(ws = word_ending_at(text, ws - 1, &w)))
      continue;
    if (!w.cap || w.upper || w.fn < 3 ||
        (w.cats & ~(guint32)(CV_CTX_GAZFIRST | CV_CTX_GAZLAST)) ||
        cv_name_model_in_dict(scan->model, w.s, w.e) || cv_word_is_place(&w) ||
        !cv_caps_like_name(w.s, w.e) || !owner_parts(&w) ||
        cv_scan_in_keep(scan, (gsize)(w.s - text), (gsize)(w.e - text)))
      continue;
    const char *s = ws;
    /* the name word before it ("Fedna Wilfort") */
    if (ws - text >= 3 && ws[-1] == ' ') {
      const char *b = ws - 1, *a = b;
      while (a > text && b - a < 40 &&
             (cv_is_alpha_ascii(a[-1]) || (guint8)a[-1] >= 0x80 || a[-1] == '-'))
        a--;
      Word x;
      if (a < b && cv_word_at(a, b, &x) && x.e == b && cv_name_word_ok(&x) &&
          !x.upper && !(x.cats & ~(guint32)(CV_CTX_GAZFIRST | CV_CTX_GAZLAST)) &&
          cv_word_may_name(scan, &x) && !cv_word_is_place(&x))
        s = a;
    }
    cv_add_name(scan, s, w.e, 0.75f, "name-phone-owner");
  }
}

/* The name rules, in the order they are tried on each context hit; a
 * rule that finds a name ends the hit (the ones marked "never ends the
 * rules" only add names of other lines). */
static const struct {
  const char *name;
  guint32 cats; /* the hits it reads (a cheap test before the call) */
  gboolean (*fn)(CvScan *scan, const CvCtxHit *h);
} name_rules[] = {
  { "title", CV_CTX_TITLE, name_rule_title },
  { "speaker-paren", CV_CTX_ROLE | CV_CTX_LABEL | CV_CTX_REL,
    name_rule_speaker_paren },
  { "label-keyed", CV_CTX_LABEL, name_rule_label_keyed },
  { "label-cell", CV_CTX_LABEL, name_rule_label_cell },
  /* (and "Facturé à :", whose word is a CV_CTX_NEG one) */
  { "label-field", CV_CTX_LABEL | CV_CTX_NEG, name_rule_label_field },
  { "label-inline", CV_CTX_LABEL, name_rule_label_inline },
  { "role-signature", CV_CTX_ROLE, name_rule_role_signature },
  { "role-field", CV_CTX_ROLE, name_rule_role_field },
  { "greeting", CV_CTX_GREET, name_rule_greeting },
  { "relative", CV_CTX_REL, name_rule_relative },
  { "closing", CV_CTX_CLOSE, name_rule_closing },
  { "gaz-first", CV_CTX_GAZFIRST, name_rule_gaz_first },
  { "gaz-last", CV_CTX_GAZLAST, name_rule_gaz_last },
};

/* The author of notes heading a line: "Ozioma's notes: Bilingualism was
 * assessed", "Jean-Ludens's notes:", "Anna Roy's comments:": one or two
 * capitalised words at the line start, the possessive, a word for notes
 * and a colon; and whose home it is: "It's Ndella Ndzana's place.", "at
 * Baye's house," (one of the words out of the dictionaries or listed). */
static void
notes_owner_at(CvScan *scan, const char *p, const char *r)
{
  static const char *const notes[] = { "notes",   "note",       "comments",
                                       "comment", "remarks",    "observations",
                                       "summary", "impressions" };
  static const char *const homes[] = { "place", "house", "home", "apartment",
                                       "flat" };
  static const char *const opens[] = { "it's", "its", "at", "to", "from" };
  const char *text = scan->text;
  const char *end = text + scan->len;
  /* cheap tests first: the line start before, "'s " after */
  if (p > text && p[-1] != '\n' && p[-1] != ' ')
    return;
  gsize ap = end - r >= 3 && r[0] == '\'' ? 1
             : end - r >= 5 && (guint8)r[0] == 0xE2 && (guint8)r[1] == 0x80 &&
                     (guint8)r[2] == 0x99
                 ? 3
                 : 0;
  if (!ap || r[ap] != 's' || r[ap + 1] != ' ')
    return;
  Word w, nt;
  if (!cv_word_at(r + ap + 2, end, &nt) || nt.cap || nt.e >= end)
    return;
  gboolean note = *nt.e == ':' && cv_word_in(&nt, notes, G_N_ELEMENTS(notes));
  gboolean home = !note && strchr(".,;!?)", *nt.e) != NULL &&
                  cv_word_in(&nt, homes, G_N_ELEMENTS(homes));
  if (!note && !home)
    return;
  if (!cv_word_at(p, r, &w) || w.e != r || !cv_name_word_ok(&w) || w.upper ||
      (w.cats & (CV_CTX_ORG | CV_CTX_ORGTAIL)) || cv_word_is_place(&w))
    return;
  /* notes: the line start, or a given name before it at the line start;
   * a home: "it's", "at", "to", "from" before, or a given name between */
  const char *s = p;
  gboolean opened = FALSE;
  for (int k = 0; k < 2 && s > text && s[-1] == ' '; k++) {
    Word g;
    const char *gs = word_ending_at(text, s - 1, &g);
    if (!gs)
      return;
    if (home && cv_word_in(&g, opens, G_N_ELEMENTS(opens))) {
      opened = TRUE;
      break;
    }
    if (k == 1 || !cv_name_word_ok(&g) || g.upper ||
        (note && !(gs == text || gs[-1] == '\n')))
      return;
    s = gs;
    if (note)
      break;
  }
  if (home && !opened)
    return;
  /* (above the kept places' confidence: "Baye's place" reads as a place's
   * name to scan-keep.c) */
  cv_add_name(scan, s, r, note ? 0.8f : CV_KEEP_CONF,
              note ? "name-notes-owner" : "name-home-owner");
}

static gboolean appositive_may_name(const CvScan *scan, const char *p,
                                    const char *e);

/* One item of a list of persons with their spouses in parentheses at @p:
 * a capitalised given name, " (", two to five name words, ")"; returns the
 * item's end (after the ')') and *@ge the end of its given name, or NULL. */
static const char *
spouse_item(const CvScan *scan, const char *p, const char **ge)
{
  const char *end = scan->text + scan->len;
  Word w;
  if (!cv_word_at(p, end, &w) || !cv_name_word_ok(&w) || w.upper || w.fn < 2 ||
      (w.cats & (CV_CTX_ORG | CV_CTX_ORGTAIL)) || cv_word_is_place(&w) ||
      end - w.e < 6 || w.e[0] != ' ' || w.e[1] != '(')
    return NULL;
  int nw;
  gboolean gaz;
  const char *t = w.e + 2;
  const char *ne = cv_read_name(t, end, 5, &nw, &gaz, FALSE);
  if (!ne || nw < 2 || ne >= end || *ne != ')' ||
      !appositive_may_name(scan, t, ne))
    return NULL;
  *ge = w.e;
  return ne + 1;
}

/* A list of persons with their spouses in parentheses, as obituaries
 * write them: "his children Wilmot (Luo Wantong), Beathag (Louis
 * Lamarinho) and Avice (Mathyss du Sillon); ...", "ses enfants : Edmia
 * (Louis-Maxens Bobine), Aymerick (Albérine Roussonnet)": two items at
 * least, each given name and each name in parentheses. */
static void
spouse_list_at(CvScan *scan, const char *p, const char *r, const char **done)
{
  const char *text = scan->text;
  const char *end = text + scan->len;
  if (p < *done)
    return;
  /* cheap test first: " (" after the word */
  if (end - r < 6 || r[0] != ' ' || r[1] != '(')
    return;
  const char *starts[16], *ges[16], *ends[16];
  int n = 0;
  const char *q = p;
  while (n < 16) {
    const char *ie = spouse_item(scan, q, &ges[n]);
    if (!ie)
      break;
    starts[n] = q;
    ends[n++] = ie;
    if (end - ie >= 3 && ie[0] == ',' && ie[1] == ' ')
      q = ie + 2;
    else if (end - ie >= 5 && memcmp(ie, " et ", 4) == 0)
      q = ie + 4;
    else if (end - ie >= 6 && memcmp(ie, " and ", 5) == 0)
      q = ie + 5;
    else
      break;
  }
  if (n < 2)
    return;
  for (int k = 0; k < n; k++) {
    cv_add_name(scan, starts[k], ges[k], 0.8f, "name-spouse-list");
    cv_add_name(scan, ges[k] + 2, ends[k] - 1, 0.8f, "name-spouse-list");
  }
  *done = ends[n - 1];
}

/* Are the words of [s, e) a name's: capitalised, no context word but a
 * particle or a name of the gazetteer, no place, one at least out of the
 * dictionaries or in the name lists? */
static gboolean
name_run_ok(const CvScan *scan, const char *s, const char *e)
{
  int may = 0;
  for (const char *p = s; p < e;) {
    Word w;
    if (!cv_word_at(p, e, &w) || w.digit || w.fn < 2)
      return FALSE;
    if (w.cap) {
      if ((w.cats & ~(guint32)(CV_CTX_GAZFIRST | CV_CTX_GAZLAST)) ||
          cv_word_is_place(&w))
        return FALSE;
      may += cv_word_may_name(scan, &w);
    } else if (!cv_name_particle(&w))
      return FALSE;
    p = w.e;
    while (p < e && *p == ' ')
      p++;
  }
  return may > 0;
}

/* Where a name run ending with the capitalised word at @p starts: one
 * capitalised word before it on the line ("Kevin Roy, 7 ans") and the
 * particles between, or @p. */
static const char *
name_run_start(const CvScan *scan, const char *p)
{
  const char *text = scan->text, *s = p;
  for (int k = 0; k < 3 && s - text >= 3 && s[-1] == ' '; k++) {
    Word w;
    const char *ws = word_ending_at(text, s - 1, &w);
    if (!ws || w.digit || (!w.cap && !cv_name_particle(&w)))
      break;
    s = ws;
    if (w.cap)
      break;
  }
  return s;
}

/* Does a name's item open at @s: a line's start, after a bullet, a dash
 * after a time, an opening bracket, a comma, a colon, "et" or "and"? */
static gboolean
item_opens(const char *text, const char *s)
{
  const char *b = s;
  while (b > text && (b[-1] == ' ' || b[-1] == '\t'))
    b--;
  if (b == text || b[-1] == '\n' || b[-1] == '(' || b[-1] == ',' || b[-1] == ':')
    return TRUE;
  /* (a dash: "-", "*", or "—" / "–" of three bytes) */
  const char *d = b - 1;
  if (d - text >= 2 && ((guint8)*d == 0x94 || (guint8)*d == 0x93) &&
      (guint8)d[-1] == 0x80 && (guint8)d[-2] == 0xE2)
    d -= 2;
  else if (*d != '-' && *d != '*')
    d = NULL;
  if (d)
    return d == text || d[-1] == ' ' || d[-1] == '\n';
  return (b - text >= 3 && b[-1] == 't' && b[-2] == 'e' && b[-3] == ' ') ||
         (b - text >= 4 && b[-1] == 'd' && b[-2] == 'n' && b[-3] == 'a' &&
          b[-4] == ' ');
}

/* The name run ending at [p, r) (its words before @p too) when it opens
 * an item and reads as a name: added as @det's. */
static void
item_name_add(CvScan *scan, const char *p, const char *r, const char *det)
{
  const char *text = scan->text;
  const char *s = name_run_start(scan, p);
  if (!item_opens(text, s) || !name_run_ok(scan, s, r) ||
      cv_scan_in_keep(scan, (gsize)(s - text), (gsize)(r - text)))
    return;
  cv_add_name(scan, s, r, 0.8f, det);
}

/* A person's age after the name, as households are listed: "- Sarick, 13
 * years old", "Manirabizi, 17 ans", "Kevin Roy, 7 yrs" (the age ends its
 * item). */
static void
age_apposition_at(CvScan *scan, const char *p, const char *r)
{
  static const char *const units[] = { " ans",      " an",   " years old",
                                       " year old", " yrs",  " yo",
                                       " y.o.",     " mois", " months old",
                                       "-year-old", " years" };
  const char *text = scan->text, *end = text + scan->len;
  if (end - r < 6 || r[1] != ' ' || !cv_is_digit(r[2]))
    return;
  const char *d = r + 2;
  while (d < end && cv_is_digit(*d) && d - r < 6)
    d++;
  if (d - (r + 2) > 3)
    return;
  gsize ul = 0;
  for (gsize k = 0; k < G_N_ELEMENTS(units) && !ul; k++) {
    gsize n = strlen(units[k]);
    if ((gsize)(end - d) >= n && memcmp(d, units[k], n) == 0 &&
        (d + n == end || !cv_is_alpha_ascii(d[n])))
      ul = n;
  }
  if (!ul)
    return;
  const char *t = d + ul;
  if (t < end && !strchr(",.;)\n\r", *t) &&
      !(end - t >= 4 && (memcmp(t, " et ", 4) == 0 || memcmp(t, " and", 4) == 0)))
    return; /* ("Laval, 3 ans plus tard") */
  item_name_add(scan, p, r, "name-age");
}

/* Is the bracket at @o (the blank before it) after a word for a person,
 * up to two words before ("L'autre enfant impliqué (Narélie)", "the other
 * child involved (Tiryka)")?  For a bracket holding one word. */
static gboolean
bracket_after_person(const char *text, const char *o)
{
  static const char *const persons[] = {
    "enfant",    "enfants",     "child",        "children",   "kid",
    "jeune",     "youth",       "eleve",        "student",    "pupil",
    "client",    "cliente",     "patient",      "patiente",   "resident",
    "residente", "usager",      "usagere",      "victime",    "victim",
    "temoin",    "witness",     "plaignant",    "plaignante", "complainant",
    "suspect",   "suspecte",    "locataire",    "tenant",     "employe",
    "employee",  "travailleur", "travailleuse", "worker",     "benevole",
    "volunteer", "participant", "participante", "personne",   "person",
    "garcon",    "boy",         "girl",         "bebe",       "baby",
    "ami",       "amie",        "friend",       "collegue",   "colleague",
    "voisin",    "voisine",     "neighbour",    "neighbor",   "camarade",
    "classmate", "demandeur",   "demanderesse", "applicant",  "requerant",
    "requerante"
  };
  const char *q = o;
  for (int k = 0; k < 2 && q - text >= 2; k++) {
    Word w;
    const char *ws = word_ending_at(text, q, &w);
    if (!ws || w.digit)
      return FALSE;
    if ((w.cats & CV_CTX_REL) || cv_word_in(&w, persons, G_N_ELEMENTS(persons)))
      return TRUE;
    if (ws - text < 2 || ws[-1] != ' ')
      return FALSE;
    q = ws - 1;
  }
  return FALSE;
}

/* A name before its role in brackets, an item of a list ("Present: Ghisna
 * Achéus (mother), Ekleen Ogunyemi (teacher), Lilyne Chambinière (SET)"):
 * the role a relative or a job title, or capitals after a name of two
 * words.  TRUE if added. */
static gboolean
role_in_bracket(CvScan *scan, const char *p, const char *b)
{
  const char *text = scan->text, *end = text + scan->len;
  const char *be = b;
  while (be < end && be - b < 24 && *be != ')' && *be != '\n')
    be++;
  if (be >= end || *be != ')' || be == b)
    return FALSE;
  /* (cheap first: the name, or its words before @p, opens an item) */
  const char *s = p;
  if (!item_opens(text, s)) {
    s = name_run_start(scan, p);
    if (s == p || !item_opens(text, s))
      return FALSE;
  }
  const char *r = b - 2;
  Word w;
  gboolean role = cv_word_at(b, be, &w) && !w.digit &&
                  (w.cats & (CV_CTX_REL | CV_CTX_ROLE)) != 0;
  if (!role && s < p) {
    /* after a name of two words: an acronym of two to four capitals, or
     * one word in small letters ("(teacher)", "(SET)") */
    gsize n = (gsize)(be - b);
    role = n >= 2 && n <= 4;
    for (const char *c = b; c < be && role; c++)
      role = *c >= 'A' && *c <= 'Z';
    /* (then a word of the name out of the dictionaries: not "Red Cross
     * (closed)") */
    if (!role && cv_word_at(b, be, &w) && w.e == be && !w.digit && !w.cap) {
      const char *fe = memchr(s, ' ', (gsize)(p - s));
      role = (fe && !cv_name_model_in_dict(scan->model, s, fe)) ||
             !cv_name_model_in_dict(scan->model, p, r);
    }
  }
  if (!role || !name_run_ok(scan, s, r) ||
      cv_scan_in_keep(scan, (gsize)(s - text), (gsize)(r - text)))
    return FALSE;
  cv_add_name(scan, s, r, 0.8f, "name-role-bracket");
  return TRUE;
}

/* A given name and the initial of a surname in brackets, as workers sign
 * their notes ("Worker's notes (Tamazgha B.):", "(Sarianne H.)"); a
 * resident and a room after the name, as shelters and wards log them
 * ("10:02 - Luïka (ch. 2) demande", "Mélaurie (room 7) asks"). */
static void
bracket_name_at(CvScan *scan, const char *p, const char *r)
{
  const char *text = scan->text, *end = text + scan->len;
  if (end - r >= 4 && p - text >= 1 && p[-1] == '(' && r[0] == ' ' &&
      r[1] >= 'A' && r[1] <= 'Z' && r[2] == '.' && r[3] == ')') {
    if (name_run_ok(scan, p, r) &&
        !cv_scan_in_keep(scan, (gsize)(p - text), (gsize)(r - text)))
      cv_add_name(scan, p, r + 3, 0.8f, "name-initial-bracket");
    return;
  }
  if (end - r >= 5 && r[0] == ' ' && r[1] == '(' &&
      role_in_bracket(scan, p, r + 2))
    return;
  if (end - r < 8 || r[0] != ' ' || r[1] != '(')
    return;
  static const char *const rooms[] = { "ch. ", "chambre ", "room ", "rm ",
                                       "lit ", "bed ",     "ch ",   "app. " };
  const char *q = r + 2;
  gsize rl = 0;
  if (!strchr("cCrRlLbBaA", *q))
    return;
  for (gsize k = 0; k < G_N_ELEMENTS(rooms) && !rl; k++) {
    gsize n = strlen(rooms[k]);
    if ((gsize)(end - q) > n && g_ascii_strncasecmp(q, rooms[k], n) == 0 &&
        cv_is_alnum_ascii(q[n]))
      rl = n;
  }
  if (!rl)
    return;
  q += rl;
  const char *d = q;
  while (q < end && q - d < 6 && cv_is_alnum_ascii(*q))
    q++;
  if (q >= end || *q != ')' || !cv_is_digit(*d))
    return;
  item_name_add(scan, p, r, "name-room");
}

/* Two given names joined by "et" or "and" opening an item, both out of
 * the dictionaries ("11:52 - Nelleidy et Luïka ont regardé un film",
 * "Cynegifu and Mélaurie watched"). */
static void
name_pair_at(CvScan *scan, const char *p, const char *r)
{
  const char *text = scan->text, *end = text + scan->len;
  gsize cl = end - r >= 5 && memcmp(r, " et ", 4) == 0    ? 4
             : end - r >= 6 && memcmp(r, " and ", 5) == 0 ? 5
                                                          : 0;
  if (!cl || !cv_maybe_cap(r + cl, end) || r - p < 2 ||
      (cv_cls[(guint8)p[1]] & CV_C_UPPER) ||
      (cv_cls[(guint8)r[cl + 1]] & CV_C_UPPER))
    return; /* (not in capitals: "PNG and PNM support") */
  const char *q = r + cl, *qe = q;
  while (qe < end && qe - q < 40 &&
         (cv_is_alpha_ascii(*qe) || (guint8)*qe >= 0x80 || *qe == '-'))
    qe++;
  if (qe + 1 >= end || *qe != ' ' || !(cv_cls[(guint8)qe[1]] & CV_C_LOWER))
    return; /* (a lower-case word after it: its verb) */
  const char *b = p;
  while (b > text && b[-1] == ' ')
    b--;
  if (b > text && b[-1] == ',')
    return; /* (a list's end: "Consulting, Blackrock and Greatschools.") */
  if (!item_opens(text, p) || !name_run_ok(scan, p, r) ||
      !name_run_ok(scan, q, qe) || cv_name_model_in_dict(scan->model, p, r) ||
      cv_name_model_in_dict(scan->model, q, qe) ||
      cv_scan_in_keep(scan, (gsize)(p - text), (gsize)(qe - text)))
    return;
  cv_add_name(scan, p, r, 0.75f, "name-pair");
  cv_add_name(scan, q, qe, 0.75f, "name-pair");
}

/* The rules that start at a capitalised word, in one pass over them:
 * inverted names heading a line, the authors of notes, lists of persons
 * with their spouses, ages, rooms and initials in brackets; each gets the
 * word and its end. */
static void
capword_names(CvScan *scan)
{
  const char *text = scan->text;
  const char *end = text + scan->len;
  const guint32 *cw = (const guint32 *)scan->capwords->data;
  const char *done = text;
  for (guint i = 0; i + 1 < scan->capwords->len; i += 2) {
    const char *p = text + cw[i];
    const char *r = p + 1;
    while (r < end && r - p < 40 &&
           (cv_is_alpha_ascii(*r) || (guint8)*r >= 0x80 || *r == '-'))
      r++;
    if (r >= end)
      break;
    if (*r == ',') {
      inverted_header_at(scan, p, r);
      age_apposition_at(scan, p, r);
    } else if (*r == '\'' || (guint8)*r == 0xE2)
      notes_owner_at(scan, p, r);
    else if (*r == ' ') {
      if (end - r > 6 && r[1] == '(')
        spouse_list_at(scan, p, r, &done);
      if ((p > text && p[-1] == '(') || (end - r > 1 && r[1] == '('))
        bracket_name_at(scan, p, r);
      name_pair_at(scan, p, r);
    }
  }
}

/* Is the word one space before @w "the", "la", "le", "du", "au", or is @w
 * after "l'" ("the coordinator", "l'intervenante", "du délégué")? */
static gboolean
after_article(const CvScan *scan, const char *w)
{
  const char *text = scan->text;
  if (w - text >= 2 &&
      (w[-1] == '\'' || (w - text >= 4 && (guint8)w[-1] == 0x99 &&
                         (guint8)w[-2] == 0x80 && (guint8)w[-3] == 0xE2))) {
    const char *l = w[-1] == '\'' ? w - 2 : w - 4;
    return (*l == 'l' || *l == 'L') && (l == text || !cv_is_alpha_ascii(l[-1]));
  }
  if (w - text < 4 || w[-1] != ' ')
    return FALSE;
  Word a;
  const char *as = word_ending_at(text, w - 1, &a);
  return as && !a.digit &&
         ((a.fn == 3 && memcmp(a.f, "the", 3) == 0) ||
          (a.fn == 2 && (memcmp(a.f, "la", 2) == 0 || memcmp(a.f, "le", 2) == 0 ||
                         memcmp(a.f, "du", 2) == 0 || memcmp(a.f, "au", 2) == 0)));
}

/* Can the capitalised words of [p, e) be a name in apposition: no place,
 * no organisation's word, one of them at least out of the dictionaries or
 * in the name lists? */
static gboolean
appositive_may_name(const CvScan *scan, const char *p, const char *e)
{
  int may = 0;
  while (p < e) {
    Word w;
    if (!cv_word_at(p, e, &w))
      return FALSE;
    if (w.cap && w.fn >= 2) {
      if ((w.cats & (CV_CTX_ORG | CV_CTX_ORGTAIL)) || cv_word_is_place(&w))
        return FALSE;
      may += cv_word_may_name(scan, &w);
    }
    p = w.e;
    while (p < e && (*p == ' ' || *p == '.' || *p == '-'))
      p++;
  }
  return may > 0;
}

/* A job title after a possessive or an article and the name in apposition
 * after it, between commas ("When our coordinator, Sylvère Marteau, was on
 * leave", "le congé de notre coordonnatrice, Jayvee Couvreur, c'est", "la
 * travailleuse sociale, Amaruq Umingu, confirme"). */
static void
role_apposition(CvScan *scan, const CvCtxHit *h)
{
  const char *text = scan->text, *end = text + scan->len;
  const char *ws = text + h->start, *q = text + h->end;
  Word a;
  /* (the title's second word: "travailleuse sociale", "social worker") */
  if (q + 1 < end && *q == ' ' && cv_word_at(q + 1, end, &a) && !a.cap &&
      !a.digit && a.e < end && *a.e == ',')
    q = a.e;
  if (end - q < 4 || q[0] != ',' || q[1] != ' ')
    return;
  if (!after_possessive(scan, ws, TRUE) && !after_article(scan, ws)) {
    /* (an adjective between: "our new coordinator", "la nouvelle
     * directrice") */
    const char *ps;
    if (ws - text < 2 || ws[-1] != ' ' ||
        !(ps = word_ending_at(text, ws - 1, &a)) || a.cap || a.digit ||
        (!after_possessive(scan, ps, TRUE) && !after_article(scan, ps)))
      return;
  }
  const char *t = cv_skip_title(q + 2, end);
  int nw;
  gboolean gaz;
  const char *ne = cv_read_name(t, end, 4, &nw, &gaz, FALSE);
  if (!ne || ne >= end ||
      !(*ne == ',' || *ne == ';' || *ne == '.' || *ne == ')' || *ne == '\n' ||
        (*ne == ' ' && ne + 1 < end && ne[1] == '(')))
    return;
  if (appositive_may_name(scan, t, ne))
    cv_add_name(scan, t, ne, 0.8f, "name-role-apposition");
}

/* One to three capitalised words right before the comma at @c, on its
 * line, and no capitalised word before them but a title ("Centre Jean
 * Roy, fils de" stays): a name in apposition when appositive_may_name(). */
static void
apposed_before(CvScan *scan, const char *c, const char *detector)
{
  const char *text = scan->text;
  const char *s = NULL;
  const char *e = c;
  int nw = 0;
  while (nw < 3) {
    Word w;
    const char *b = word_ending_at(text, c, &w);
    if (!b || !cv_name_word_ok(&w) || w.fn < 2)
      break;
    s = b;
    nw++;
    if (b - text < 2 || b[-1] != ' ')
      break;
    c = b - 1;
  }
  if (!s)
    return;
  Word pw;
  const char *pb =
      s - text >= 2 && s[-1] == ' ' ? word_ending_at(text, s - 1, &pw) : NULL;
  if (pb && pw.cap && !(pw.cats & CV_CTX_TITLE))
    return;
  if (appositive_may_name(scan, s, e))
    cv_add_name(scan, s, e, 0.8f, detector);
}

/* The name before a relative's word in apposition ("- Kenide Couvreur,
 * mère de Charly", "Octavie Carle, fille de Jos", "Lysette Canard, the
 * mother of Hartley"): one to three capitalised words right before ", ",
 * then the relative (after "the", "la", "sa", "his"...) and "de", "du",
 * "des", "d'" or "of". */
static void
kin_of_names(CvScan *scan, const CvCtxHit *h)
{
  const char *text = scan->text, *end = text + scan->len;
  const char *ws = text + h->start, *we = text + h->end;
  /* cheap tests first: " de", " du", " d'", " of" after the word */
  if (end - we < 4 || we[0] != ' ')
    return;
  char c1 = (char)(we[1] | 0x20), c2 = (char)(we[2] | 0x20);
  gboolean of = (c1 == 'd' && (c2 == 'e' || c2 == 'u') &&
                 (we[3] == ' ' ||
                  (c2 == 'e' && we[3] == 's' && we + 4 < end && we[4] == ' '))) ||
                (c1 == 'd' && (we[2] == '\'' || (guint8)we[2] == 0xE2)) ||
                (c1 == 'o' && c2 == 'f' && we[3] == ' ');
  if (!of || ws - text < 4 || ws[-1] != ' ' || !kin_word(scan, h) ||
      naming_verb(scan, h))
    return;
  const char *c = ws - 1;
  if (c[-1] != ',') {
    Word art;
    const char *as = word_ending_at(text, c, &art);
    static const char *const arts[] = { "the", "la",  "le",    "sa",  "son",
                                        "his", "her", "their", "leur" };
    if (!as || art.cap || !cv_word_in(&art, arts, G_N_ELEMENTS(arts)) ||
        as - text < 3 || as[-1] != ' ' || as[-2] != ',')
      return;
    c = as - 1;
  }
  apposed_before(scan, c - 1, "name-kin-of");
}

/* The name before a birth's word in apposition ("IDENTIFICATION⏎Prudent
 * Arbour, né le 16-07-1974", "Zalfa Debs, born Nov. 21, 1929"): ", " then
 * "né(e)" and "le", "en", "à", or "born" and "on", "in" or a capital. */
static void
born_apposition(CvScan *scan, const CvCtxHit *h)
{
  const char *text = scan->text, *end = text + scan->len;
  const char *ws = text + h->start, *we = text + h->end;
  if (ws - text < 4 || ws[-1] != ' ' || ws[-2] != ',' || end - we < 4 ||
      we[0] != ' ')
    return;
  char f[8];
  gsize fn = cv_fold(ws, we, f, sizeof f);
  if (!((fn == 2 && memcmp(f, "ne", 2) == 0) ||
        (fn == 3 && memcmp(f, "nee", 3) == 0) ||
        (fn == 4 && memcmp(f, "born", 4) == 0)))
    return;
  Word nx;
  static const char *const after[] = { "le", "en", "a", "on", "in" };
  if (!cv_word_at(we + 1, end, &nx) ||
      !(nx.digit || (nx.cap && f[0] == 'b') ||
        (!nx.cap && cv_word_in(&nx, after, G_N_ELEMENTS(after)))))
    return;
  apposed_before(scan, ws - 2, "name-born");
}

void
cv_scan_names(CvScan *scan)
{
  const char *text = scan->text;
  const CvCtxHit *hits = (const CvCtxHit *)scan->hits->data;
  guint nh = scan->hits->len;
  gsize covered = 0; /* end of the last name found: hits inside are done */
  const char *role_done = text; /* role hits before this were tried */
  display_names(scan);
  contact_names(scan);
  phone_owners(scan);
  cue_person_names(scan);
  compound_given_names(scan);
  elided_full_names(scan);
  street_resident_names(scan);
  numbered_names(scan);
  copy_lines(scan);
  caps_surnames(scan);
  capword_names(scan);
  last_line_signature(scan);
  dash_signatures(scan);
  address_block_names(scan);
  room_notes(scan);
  family_names(scan);
  for (guint i = 0; i < nh; i++) {
    const CvCtxHit *h = &hits[i];
    const char *ws = text + h->start;
    if (scan->cands->len > 0) {
      const CvSpan *last =
          &g_array_index(scan->cands, CvSpan, scan->cands->len - 1);
      if (last->type == CV_PII_PERSON && last->end > covered &&
          last->start <= h->start)
        covered =
            last->end; /* (table columns add spans further on: not these) */
    }
    if ((h->cats & CV_CTX_ROLE) && ws >= role_done) {
      /* every job title of a line: a paragraph can hold several
       * signatures ("… Réf. : A. B., travailleuse sociale. … Réf. : C.
       * D., travailleuse sociale.") */
      role_done = ws + 1;
      role_line(scan, ws);
    }
    if (h->cats & CV_CTX_ROLE)
      role_apposition(scan, h);
    if (h->cats & CV_CTX_REL)
      kin_of_names(scan, h);
    if (h->cats & CV_CTX_DOB)
      born_apposition(scan, h);
    if (h->start < covered)
      continue;
    for (gsize r = 0; r < G_N_ELEMENTS(name_rules); r++)
      if ((h->cats & name_rules[r].cats) && name_rules[r].fn(scan, h))
        break;
  }
}

/* Is the word at [p, e) the name of a place or an organisation: right
 * after an organisation or street head on its line ("Université Laval",
 * "Pharmacie Brown", "Rue Brown") or right before a street type ("Laval
 * Avenue")?  A person's surname alone is not one of them. */
static gboolean
place_or_org_name(const char *text, const char *end, const char *p, const char *e)
{
  const guint32 head = CV_CTX_ORG | CV_CTX_STREET_FR | CV_CTX_STREET_EN;
  const char *b = p;
  while (b > text && p - b < 4 && b[-1] == ' ')
    b--;
  if (b < p && b > text) {
    const char *ws = b;
    while (ws > text && b - ws < 40 &&
           (cv_is_alpha_ascii(ws[-1]) || (guint8)ws[-1] >= 0x80))
      ws--;
    Word w;
    if (ws < b && cv_maybe_cap(ws, b) && cv_word_at(ws, b, &w) && w.e == b &&
        w.cap && (w.cats & head))
      return TRUE;
  }
  if (end - e >= 2 && *e == ' ') {
    Word nx;
    if (cv_maybe_cap(e + 1, end) && cv_word_at(e + 1, end, &nx) && nx.cap &&
        (nx.cats & (CV_CTX_STREET_FR | CV_CTX_STREET_EN)))
      return TRUE;
  }
  /* a place before its province and postal code ("Candiac, QC J4L 3E4") */
  return cv_place_before_province(text, p, end);
}

/* The other mentions of the names found written in lower case, spelled
 * the same, out of the dictionaries and in the name lists ("jessica",
 * "kevin"; not "rose", "contrib"). */
static void lower_mentions_in(CvScan *scan, const char *nm, gsize nl,
                              const char *p, const char *stop);

static void
lower_mentions(CvScan *scan)
{
  const char *text = scan->text;
  const char *end = text + scan->len;
  GHashTableIter it;
  gpointer key, val;
  g_hash_table_iter_init(&it, scan->lower_names);
  while (g_hash_table_iter_next(&it, &key, &val)) {
    const char *nm = key;
    const LowerName *ln = val;
    gsize nl = strlen(nm);
    if (ln->score < 2 || cv_name_model_in_dict(scan->model, nm, nm + nl) ||
        !((cv_name_model_lists(scan->model, nm, nm + nl) & 3) ||
          cv_gazetteer_first(nm, nl) || cv_gazetteer_last(nm, nl)))
      continue; /* (a known name only: not "contrib", "https") */
    guint32 at[LOWER_AT];
    guint n = ln->n;
    memcpy(at, ln->at, n * sizeof at[0]);
    for (guint i = 1; i < n; i++) /* (sorted: a few places) */
      for (guint j = i; j > 0 && at[j - 1] > at[j]; j--) {
        guint32 t = at[j];
        at[j] = at[j - 1];
        at[j - 1] = t;
      }
    const char *done = text;
    for (guint i = 0; i < n; i++) {
      const char *p = text + (at[i] > LOWER_NEAR ? at[i] - LOWER_NEAR : 0);
      const char *stop = (gsize)at[i] + LOWER_NEAR < scan->len
                             ? text + at[i] + LOWER_NEAR
                             : end;
      if (p < done)
        p = done;
      done = stop;
      lower_mentions_in(scan, nm, nl, p, stop);
    }
  }
}

/* The mentions of @nm in [p, stop). */
static void
lower_mentions_in(CvScan *scan, const char *nm, gsize nl, const char *p,
                  const char *stop)
{
  const char *text = scan->text;
  const char *end = text + scan->len;
  while (p < stop) {
    const char *hit = memmem(p, (gsize)(stop - p), nm, nl);
    if (hit == NULL)
      break;
    const char *he = hit + nl;
    p = he;
    if ((hit > text && (cv_is_alnum_ascii(hit[-1]) || (guint8)hit[-1] >= 0x80 ||
                        hit[-1] == '-' || hit[-1] == '\'' || hit[-1] == '@' ||
                        hit[-1] == '.' || hit[-1] == '/' || hit[-1] == '_')) ||
        (he < end && (cv_is_alnum_ascii(*he) || (guint8)*he >= 0x80 ||
                      *he == '-' || *he == '@' || *he == '_' ||
                      (*he == '.' && he + 1 < end && cv_is_alnum_ascii(he[1])))))
      continue; /* inside a word, an address or a file name */
    cv_scan_add(scan, CV_PII_PERSON, (gsize)(hit - text), (gsize)(he - text),
                0.7f, "name-mention");
  }
}

/* A name spelled out letter by letter after it was found ("Chinwe Okafor,
 * O-K-A-F-O-R"): three letters or more joined by hyphens that spell one
 * of the name words found. */
static void
spelled_mentions(CvScan *scan)
{
  const char *text = scan->text;
  const char *end = text + scan->len;
  const char *p = text;
  while (p + 4 < end) {
    const char *h = memchr(p + 1, '-', (gsize)(end - p - 1));
    if (h == NULL || h + 1 >= end)
      break;
    p = h + 1;
    if (!g_ascii_isupper(h[-1]) || !g_ascii_isupper(h[1]) ||
        (h - 1 > text && g_ascii_isalnum(h[-2])))
      continue; /* (only a run's first hyphen starts one) */
    char buf[CV_REDACT_MAX_WORD + 1];
    gsize n = 0;
    const char *q = h - 1;
    while (q < end && g_ascii_isupper(*q) && n < CV_REDACT_MAX_WORD &&
           (q + 1 >= end || !g_ascii_isalnum(q[1]))) {
      buf[n++] = g_ascii_tolower(*q);
      if (q + 2 < end && q[1] == '-' && g_ascii_isupper(q[2]))
        q += 2;
      else {
        q++;
        break;
      }
    }
    buf[n] = 0;
    if (n >= 3 && g_hash_table_contains(scan->names, buf))
      cv_scan_add(scan, CV_PII_PERSON, (gsize)(h - 1 - text), (gsize)(q - text),
                  0.8f, "name-spelled");
    sodium_memzero(buf, sizeof buf);
    p = q;
  }
}

/* The start of the word ending at @e (exclusive). */
static const char *
title_start(const char *text, const char *e)
{
  const char *b = e;
  while (b > text && (cv_is_alpha_ascii(b[-1]) || b[-1] == '.'))
    b--;
  return b;
}

/* Does a verb the pair shares open the text at @p ("Rachid and Soumaya
 * were", "Deepa et Nour sont")? */
static gboolean
verb_of_pair(const char *p, const char *end)
{
  static const char *const verbs[] = {
    "sont ", "ont ",    "se ",      "were ",   "are ",  "have ",
    "had ",  "both ",   "will ",    "came ",   "went ", "left ",
    "said ", "called ", "étaient ", "avaient "
  };
  return cv_opens_with_any(p, end, verbs, G_N_ELEMENTS(verbs));
}

/* May the capitalised word [p, e) join a name found beside it with "and"
 * / "et" ("Seen with Karonhiio and Soumaya")?  Out of the dictionaries or
 * in the name lists, no context word, in no organisation or place. */
static gboolean
conjoined_word(const CvScan *scan, const Word *w, gboolean loose)
{
  if (!w->cap || w->digit || w->fn < 2 || w->upper || cv_word_is_place(w) ||
      (w->cats & (NAME_STOP | CV_CTX_ORG | CV_CTX_ORGTAIL | CV_CTX_PROVINCE |
                  CV_CTX_PARTICLE)) ||
      cv_scan_in_keep(scan, (gsize)(w->s - scan->text),
                      (gsize)(w->e - scan->text)))
    return FALSE;
  if (loose || !cv_name_model_in_dict(scan->model, w->s, w->e))
    return TRUE;
  return (cv_name_model_lists(scan->model, w->s, w->e) & 1) ||
         cv_gazetteer_first(w->f, w->fn);
}

/* Does the clause end at @p, or go on with a word that follows a person's
 * name but not a thing's ("Vu avec Mamadou et Heather en équipe", "Seen
 * with Rachid and Grace at the CLSC")? */
static gboolean
clause_after_pair(const char *p, const char *end)
{
  static const char *const next[] = { " en ",
                                      " in ",
                                      " at ",
                                      " au ",
                                      " à ",
                                      " from ",
                                      " who ",
                                      " qui ",
                                      " today",
                                      " hier",
                                      " yesterday",
                                      " ce matin",
                                      " this morning",
                                      " ensemble",
                                      " together",
                                      " cet après-midi",
                                      " this afternoon" };
  if (p >= end || strchr(".,;!?\n\r)", *p))
    return TRUE;
  return cv_opens_with_any(p, end, next, G_N_ELEMENTS(next));
}

/* Names joined by "and" / "et" to a name found: "Seen with Karonhiio and
 * Soumaya.", "Deepa et Rachid sont venus": one capitalised word, the
 * clause ending or a verb the pair shares after it. */
static void
conjoined_names(CvScan *scan)
{
  const char *text = scan->text;
  const char *end = text + scan->len;
  guint n = scan->cands->len;
  for (guint i = 0; i < n; i++) {
    const CvSpan *sp = &g_array_index(scan->cands, CvSpan, i);
    if (sp->type != CV_PII_PERSON)
      continue;
    const char *e = text + sp->end, *s = text + sp->start;
    /* (a one-word name, not a surname after a title: "Mme Roy et Laval") */
    if (memchr(s, ' ', (gsize)(e - s)) ||
        (s - text >= 2 && s[-1] == ' ' &&
         cv_skip_title(title_start(text, s - 1), s) == s))
      continue;
    /* (a given name of the lists, or a name after a lower-case word:
     * "Consulting, Blackrock and Greatschools" are firms the model read
     * as names) */
    Word pw;
    gboolean after_lower =
        s - text >= 3 && s[-1] == ' ' && (cv_cls[(guint8)s[-2]] & CV_C_LOWER);
    /* (after a label's colon, the pair must share a verb: "Intervention :
     * X et Y se sont disputés"; "Partners: Blackrock and Greatschools."
     * stays) */
    gboolean after_colon = s - text >= 3 && s[-1] == ' ' && s[-2] == ':';
    gboolean listed =
        cv_word_at(s, e, &pw) && (cv_gazetteer_first(pw.f, pw.fn) ||
                                  (cv_name_model_lists(scan->model, s, e) & 1));
    if (!listed && !after_lower && !after_colon)
      continue;
    gboolean need_verb = !listed && !after_lower;
    /* after: "<name> and W" */
    const char *r = NULL;
    if (end - e > 5 && memcmp(e, " and ", 5) == 0)
      r = e + 5;
    else if (end - e > 4 && memcmp(e, " et ", 4) == 0)
      r = e + 4;
    /* (a dictionary word too, inside a sentence, the clause ending or a
     * word of persons after it: "Seen with Rachid and Heather.") */
    Word w;
    if (r && cv_word_at(r, end, &w) &&
        (conjoined_word(scan, &w, FALSE) ||
         (!need_verb && conjoined_word(scan, &w, TRUE) &&
          clause_after_pair(w.e, end))) &&
        ((!need_verb && clause_after_pair(w.e, end)) ||
         (*w.e == ' ' && verb_of_pair(w.e + 1, end)))) {
      gsize we = (gsize)(w.e - text);
      cv_scan_add(scan, CV_PII_PERSON, (gsize)(r - text), we, 0.7f,
                  "name-conjoined");
    }
    /* before: "W and <name>" (inside a sentence, or a word out of the
     * dictionaries) */
    const char *b = NULL;
    if (s - text > 6 && memcmp(s - 5, " and ", 5) == 0)
      b = s - 5;
    else if (s - text > 5 && memcmp(s - 4, " et ", 4) == 0)
      b = s - 4;
    if (b && !need_verb) {
      const char *ws = b;
      while (ws > text && b - ws < 40 &&
             (cv_is_alpha_ascii(ws[-1]) || (guint8)ws[-1] >= 0x80 ||
              ws[-1] == '-'))
        ws--;
      if (ws < b && cv_word_at(ws, end, &w) && w.e == b &&
          conjoined_word(scan, &w, FALSE)) {
        const char *pb = ws;
        while (pb > text && pb[-1] == ' ')
          pb--;
        gboolean start = pb == text || strchr(".!?:;\n\"(>", pb[-1]);
        if (!start || !cv_name_model_in_dict(scan->model, w.s, w.e))
          cv_scan_add(scan, CV_PII_PERSON, (gsize)(ws - text),
                      (gsize)(b - text), 0.7f, "name-conjoined");
      }
    }
  }
}

/* The verb after a sentence's first word, at @p (one space before it):
 * 2 when only a person does it ("Coulibaly answered", "Soumaya a
 * frappé"), 1 when a firm or a place may too ("said", "a dit"), else 0. */
static int
subject_verb(const char *p, const char *end)
{
  static const char *const human[] = {
    "answered ", "replied ", "asked ", "told ", "hit ", "punched ", "kicked ",
    "slapped ", "pushed ", "threatened ", "apologized", "apologised", "cried",
    "shouted", "yelled", "thanked ", "seconded ", "a frappé ", "a répondu ",
    "a demandé ", "a crié", "a pleuré", "a poussé ", "a menacé ", "a remercié ",
    "s'est excusé", "a giflé ", "a insulté ", "est arrivée ", "est partie ",
    /* a report's, a note's */
    "saignait ", "aurait glissé", "aurait chuté", "reportedly ",
    "had a nosebleed", "denies ", "nie ", "m'a dit ", "nous a dit ", "told me ",
    "told us ", "played ", "cried ", "fell ", "est tombée ", "est tombé ",
    /* a person's life */
    "habite ", "dort ", "pleure", "est reparti", "est revenu", "a déménagé",
    "est hospitalisé", "est enceinte", "se sent ", "a peur", "lives ",
    "sleeps ", "was hospitalized", "was admitted", "is pregnant", "feels ",
    "is afraid", "will bring ", "moved in"
  };
  static const char *const any[] = {
    "said ",      "says ",      "wants ",       "wanted ",     "left ",
    "arrived ",   "agreed ",    "refused ",     "declined ",   "complained ",
    "a dit ",     "dit ",       "a quitté ",    "a refusé ",   "est arrivé ",
    "est parti ", "a accepté ", "veut ",        "voulait ",    "a appelé ",
    "called ",    "provided ",  "declined ",    "refuse ",     "a fourni ",
    "a signé ",   "signed ",    "est arrivée ", "est partie ", "told ",
    "asked ",     "explained "
  };
  if (cv_opens_with_any(p, end, human, G_N_ELEMENTS(human)))
    return 2;
  return cv_opens_with_any(p, end, any, G_N_ELEMENTS(any)) ? 1 : 0;
}

/* A word no rule or the model took, opening a sentence, and a verb after
 * it that tells a person: "Coulibaly answered that", "Soumaya a frappé
 * Nour" (capitalised, out of the dictionaries, no context word, in no
 * organisation or place kept); after "said", "left" and the like (firms
 * and governments say and leave too: "Ottawa said") only a word of the
 * name lists. */
static void
subject_names(CvScan *scan)
{
  const char *text = scan->text;
  const char *end = text + scan->len;
  const guint32 *cw = (const guint32 *)scan->capwords->data;
  guint n = scan->capwords->len / 2;
  for (guint i = 0; i < n; i++) {
    const char *p = text + cw[2 * i];
    const char *b = p;
    while (b > text && b[-1] == ' ')
      b--;
    /* (after a comma too, for a verb only a person does: "je l'ai vue
     * tomber, Dung saignait du nez") */
    gboolean comma = b < p && b > text && b[-1] == ',';
    if (!(b == text || b[-1] == '\n' || comma ||
          (b < p && strchr(".!?;", b[-1]) != NULL)))
      continue;
    /* (cheaply first: the word's end, one space, a lower-case letter) */
    const char *we = p;
    while (we < end && we - p < 40 &&
           (cv_is_alpha_ascii(*we) || (guint8)*we >= 0x80 || *we == '-'))
      we++;
    if (we - p < 3 || we + 2 >= end || *we != ' ' ||
        !(cv_cls[(guint8)we[1]] & CV_C_LOWER))
      continue;
    Word w;
    if (!cv_word_at(p, end, &w) || !w.cap || w.upper || w.digit || w.fn < 3 ||
        w.cats != 0 || w.e + 2 >= end || *w.e != ' ' ||
        !(cv_cls[(guint8)w.e[1]] & CV_C_LOWER) || !scan->model)
      continue;
    int v = subject_verb(w.e + 1, end);
    if (v == 0 || (comma && v != 2) ||
        cv_scan_in_keep(scan, (gsize)(w.s - text), (gsize)(w.e - text)))
      continue;
    /* a dictionary word: a listed given name, before a verb only a person
     * does ("Faith played nicely", "Grace saignait") */
    if (cv_name_model_in_dict(scan->model, w.s, w.e) &&
        !(v == 2 && (cv_gazetteer_first(w.f, w.fn) ||
                     (cv_name_model_lists(scan->model, w.s, w.e) & 1))))
      continue;
    if (v == 1 && !(cv_gazetteer_first(w.f, w.fn) || cv_gazetteer_last(w.f, w.fn) ||
                    (cv_name_model_lists(scan->model, w.s, w.e) & 3)))
      continue;
    cv_add_name(scan, w.s, w.e, 0.7f, "name-subject");
  }
}

/* The same in lower case after a transcript's speaker ("caller: nipi hit
 * him at school", "Interlocutrice : widlyne l'a frappé"): a word out of
 * the dictionaries or a given name of the lists, opening what the speaker
 * says, before a verb only a person does (or "l'a" / "m'a" and a verb).
 * One pass over the colons. */
static void
lower_subject_names(CvScan *scan)
{
  const char *text = scan->text;
  const char *end = text + scan->len;
  if (!scan->model)
    return;
  const GArray *colons = cv_scan_marks(scan, CV_MARK_COLON);
  for (guint mi = 0; mi < colons->len; mi++) {
    const char *c = text + g_array_index(colons, guint32, mi);
    /* the speaker: one to three words opening the line */
    const char *ls = c;
    while (ls > text && ls[-1] != '\n' && c - ls < 40)
      ls--;
    if (ls > text && ls[-1] != '\n')
      continue;
    if (ls == c || (cv_cls[(guint8)*ls] & CV_C_DIGIT))
      continue;
    const char *p = cv_skip_hspace(c + 1, end);
    if (p == c + 1 || p >= end || !(*p >= 'a' && *p <= 'z'))
      continue;
    Word w;
    if (!cv_word_at(p, end, &w) || w.cap || w.fn < 3 || w.cats != 0 ||
        w.e + 3 >= end || *w.e != ' ')
      continue;
    const char *vp = w.e + 1;
    int v = subject_verb(vp, end);
    if (v == 0 && end - vp > 5 &&
        (memcmp(vp, "l'a ", 4) == 0 || memcmp(vp, "m'a ", 4) == 0))
      v = subject_verb(vp + 2, end) == 2 ? 2 : 0; /* "l'a frappé": "a frappé" */
    if (v != 2)
      continue;
    if (cv_name_model_in_dict(scan->model, w.s, w.e) &&
        !(cv_gazetteer_first(w.f, w.fn) ||
          (cv_name_model_lists(scan->model, w.s, w.e) & 1)))
      continue;
    cv_add_name(scan, w.s, w.e, 0.7f, "name-subject-lower");
  }
}

/* Initials with their periods at @p ("T.C.", "J.-P.P.", "M.-È.G."): two
 * to four capitals, each with its period, a hyphen allowed between.
 * Returns their end, or NULL. */
static const char *
dotted_initials(const char *p, const char *end)
{
  const char *q = p;
  int caps = 0;
  while (q < end && caps < 5) {
    gsize cl;
    gboolean up = FALSE;
    if (!cv_letter_at(q, end, &cl, &up) || !up || q + cl >= end || q[cl] != '.')
      break;
    q += cl + 1;
    caps++;
    if (q < end && *q == '-')
      q++;
  }
  return caps >= 2 && caps <= 4 && q[-1] == '.' ? q : NULL;
}

/* Initials in brackets after a word for a person, at @o the blank
 * before the bracket ("Un homme (T.C.) et une femme (J.-P.P.)", "A man
 * (S.M.)"; "(N.B.)" alone stays); from the one read of " (" of
 * paren_kin_names(). */
static void
initials_in_brackets(CvScan *scan, const char *o)
{
  static const char *const persons[] = {
    "homme",     "femme",     "man",        "woman",       "person",
    "personne",  "individu",  "individual", "enfant",      "child",
    "boy",       "girl",      "garcon",     "fille",       "jeune",
    "suspect",   "suspecte",  "temoin",     "witness",     "victime",
    "victim",    "client",    "cliente",    "usager",      "usagere",
    "employe",   "employee",  "conducteur", "conductrice", "driver",
    "passager",  "passagere", "passenger",  "voisin",      "voisine",
    "neighbour", "neighbor",  "patient",    "patiente",    "mineur",
    "mineure",   "minor",     "adolescent", "adolescente", "teen",
    "teenager",  "resident",  "residente",  "locataire",   "tenant",
    "mere",      "pere",      "mother",     "father",      "agent",
    "agente",    "officer",   "plaignant",  "plaignante",  "complainant",
    "requerant", "requerante"
  };
  const char *text = scan->text, *end = text + scan->len;
  const char *ie = dotted_initials(o + 2, end);
  if (!ie || ie >= end || *ie != ')')
    return;
  const char *a = o;
  while (a > text && o - a < 16 &&
         (cv_is_alpha_ascii(a[-1]) || (guint8)a[-1] >= 0x80))
    a--;
  Word w;
  if (a < o && cv_word_at(a, o, &w) && w.e == o &&
      cv_word_in(&w, persons, G_N_ELEMENTS(persons)))
    cv_scan_add(scan, CV_PII_PERSON, (gsize)(o + 2 - text), (gsize)(ie - text),
                0.75f, "name-initials-paren");
}

/* Notes signed or handled by initials ("— SL" alone on its line,
 * "Handled by: MJ", "Traité par : AMM"); the initials in brackets are
 * initials_in_brackets()'s. */
static void
initials_names(CvScan *scan)
{
  static const char *const by[] = { "by",    "par",    "initiales", "initials",
                                    "signe", "signed", "auteur",    "author" };
  const char *text = scan->text, *end = text + scan->len;
  /* signed: a dash and initials alone on a line; a label of who handled
   * the note and initials ending the line */
  const GArray *lines = cv_scan_lines(scan);
  for (guint li = 0; li < lines->len; li++) {
    const char *l, *le;
    cv_line_of(scan, lines, li, &l, &le);
    const char *t = le;
    while (t > l && (t[-1] == ' ' || t[-1] == '\r'))
      t--;
    /* the initials at the line's end: capitals, or dotted */
    const char *s = t;
    while (s > l && t - s < 4 && s[-1] >= 'A' && s[-1] <= 'Z')
      s--;
    gboolean ok = t - s >= 2 && t - s <= 3 && (s == l || s[-1] == ' ');
    if (ok) {
      const char *b = s;
      while (b > l && b[-1] == ' ')
        b--;
      const char *d = b;
      if (d - l >= 3 && (guint8)d[-3] == 0xE2 && (guint8)d[-2] == 0x80 &&
          ((guint8)d[-1] == 0x94 || (guint8)d[-1] == 0x93))
        d -= 3;
      else
        while (d > l && b - d < 2 && d[-1] == '-')
          d--;
      /* (a single hyphen is a list's bullet, "- QC", but on the text's
       * last line; a province's or a common abbreviation stays) */
      static const char *const abbrev[] = {
        "qc", "on", "bc", "ab",  "mb",  "sk", "ns", "nb", "pe",
        "nl", "yt", "nt", "nu",  "ok",  "us", "uk", "ca", "fr",
        "en", "ps", "na", "tbd", "fyi", "cc", "re", "pdf"
      };
      char f[4];
      for (gsize k = 0; k < (gsize)(t - s); k++)
        f[k] = g_ascii_tolower(s[k]);
      if (cv_folded_in(f, (gsize)(t - s), abbrev, G_N_ELEMENTS(abbrev)) ||
          (b - d == 1 && cv_skip_hspace(le, end) < end &&
           !(cv_skip_hspace(le, end) + 1 == end &&
             *cv_skip_hspace(le, end) == '\n')))
        d = b;
      if (d < b && cv_skip_hspace(l, d) == d) {
        cv_scan_add(scan, CV_PII_PERSON, (gsize)(s - text), (gsize)(t - text),
                    0.75f, "name-initials-signed");
      } else if (b > l && b[-1] == ':') {
        const char *c = b - 1;
        while (c > l && c[-1] == ' ')
          c--;
        const char *ws = c;
        while (ws > l && c - ws < 12 &&
               (cv_is_alpha_ascii(ws[-1]) || (guint8)ws[-1] >= 0x80))
          ws--;
        Word w;
        if (ws < c && cv_word_at(ws, c, &w) && w.e == c &&
            cv_word_in(&w, by, G_N_ELEMENTS(by)))
          cv_scan_add(scan, CV_PII_PERSON, (gsize)(s - text), (gsize)(t - text),
                      0.75f, "name-initials-signed");
      }
    }
  }
}

/* Given names that are also months' names, away from any date: "Mai"
 * (French months are written in lower case), "Avril", "Jun" (a month's
 * English abbreviation is written next to a day or a year): "menacé Mai
 * la semaine", "consent from Mai.", "Jun opened the meeting".  Not after
 * a word that takes a month ("en", "depuis", "since", "early"), a digit,
 * nor before a digit or "dernier"; not a heading ("Mai :"). */
static void
month_given_names(CvScan *scan)
{
  static const char *const names[] = { "mai", "avril", "jun" };
  static const char *const before[] = {
    "en",   "de",    "d",      "du",    "au",    "le",     "depuis", "debut",
    "fin",  "mi",    "mois",   "jusqu", "avant", "apres",  "des",    "dès",
    "in",   "since", "by",     "until", "of",    "early",  "late",   "mid",
    "next", "last",  "this",   "entre", "et",    "and",    "or",     "ou",
    "a",    "à",     "pour",   "for",   "vers",  "during", "durant", "pendant",
    "ce",   "cet",   "chaque", "each",  "every", "sur",    "on",     "par"
  };
  static const char *const after[] = { "dernier",   "derniere", "prochain",
                                       "prochaine", "passe",    "passee",
                                       "last",      "next",     "prochains" };
  const char *text = scan->text, *end = text + scan->len;
  const guint32 *cw = (const guint32 *)scan->capwords->data;
  guint n = scan->capwords->len / 2;
  for (guint i = 0; i < n; i++) {
    const char *p = text + cw[2 * i];
    char c0 = *p;
    if (c0 != 'M' && c0 != 'A' && c0 != 'J')
      continue;
    Word w;
    if (!cv_word_at(p, end, &w) || w.s != p || w.upper ||
        !(w.cats & CV_CTX_MONTH) || !cv_word_in(&w, names, G_N_ELEMENTS(names)))
      continue;
    /* before: not a digit, not a word taking a month */
    const char *b = p;
    while (b > text && b[-1] == ' ')
      b--;
    if (b > text && (cv_is_digit(b[-1]) || b[-1] == '-' || b[-1] == '/'))
      continue;
    gboolean start =
        b == text || b[-1] == '\n' || strchr(".!?;:", b[-1]) ||
        (b - text >= 3 && (guint8)b[-3] == 0xE2 && (guint8)b[-2] == 0x80 &&
         ((guint8)b[-1] == 0x94 || (guint8)b[-1] == 0x93));
    if (!start) {
      const char *a = b;
      while (a > text && b - a < 12 &&
             (cv_is_alpha_ascii(a[-1]) || (guint8)a[-1] >= 0x80))
        a--;
      Word pw;
      if (a == b || !cv_word_at(a, b, &pw) || pw.e != b ||
          cv_word_in(&pw, before, G_N_ELEMENTS(before)) || pw.cap)
        continue; /* (and a capitalised word before: "Lundi Mai 3") */
      /* ("from Jun to Aug"; "from Mai" is a person's: no English month) */
      static const char *const en_range[] = { "from", "to", "through" };
      if (w.f[0] == 'j' && cv_word_in(&pw, en_range, G_N_ELEMENTS(en_range)))
        continue;
    }
    /* after: no digit, no "dernier"; at a sentence's start a lower-case
     * word (a verb: "Mai refuses"), not a heading */
    const char *q = w.e;
    if (q < end && (*q == ':' || (*q == ' ' && q + 1 < end && q[1] == ':')))
      continue;
    const char *r = cv_skip_hspace(q, end);
    if (r < end && cv_is_digit(*r))
      continue;
    Word nw;
    gboolean next_word = r > q && r < end && cv_word_at(r, end, &nw) && nw.s == r;
    if (next_word && cv_word_in(&nw, after, G_N_ELEMENTS(after)))
      continue;
    if (start && !(next_word && !nw.cap && !nw.digit))
      continue;
    cv_add_name(scan, p, w.e, 0.7f, "name-month-given");
  }
}

/* Arabic surnames with their article after a capitalised given name:
 * "known Amine al-Hashimi?", "Farah al-Hashimi", "Nour el-Khoury" (the
 * article in lower case, a hyphen, a capital; the given name capitalised,
 * no context word).  "le al-Jazeera" stays: no given name before. */
static void
article_surnames(CvScan *scan)
{
  const char *text = scan->text, *end = text + scan->len;
  if (scan->len < 6)
    return;
  /* (memchr's NULL ends the loop before any arithmetic on it) */
  for (const char *h = text + 3; h && h + 2 < end;
       h = memchr(h + 1, '-', (gsize)(end - h - 1))) {
    if (*h != '-' || !g_ascii_isupper(h[1]))
      continue;
    const char *a = h;
    while (a > text && h - a < 4 && g_ascii_islower(a[-1]))
      a--;
    Word sw, gw;
    if (a - text < 3 || a[-1] != ' ' || !cv_word_at(a, end, &sw) || sw.s != a ||
        !article_surname(sw.s, sw.e))
      continue;
    const char *ge = a - 1, *gs = ge;
    while (gs > text && ge - gs < 24 &&
           (cv_is_alpha_ascii(gs[-1]) || (guint8)gs[-1] >= 0x80 || gs[-1] == '-'))
      gs--;
    if (gs == ge || !cv_word_at(gs, ge, &gw) || gw.s != gs || gw.e != ge ||
        !gw.cap || gw.upper || gw.fn < 2 || (gw.cats & NAME_STOP))
      continue;
    cv_add_name(scan, gs, sw.e, 0.75f, "name-article");
  }
}

/* A French month or season that is a surname after a given name:
 * "connaissez-vous Darline Décembre?", "que Rosaire Printemps.", "Jean-Claude
 * Décembre est" (French writes its months in lower case; "le 3 Décembre",
 * "Marie Décembre 2024" stay). */
static void
month_surnames(CvScan *scan)
{
  static const char *const months[] = { "janvier",  "fevrier",   "mars",
                                        "avril",    "juin",      "juillet",
                                        "aout",     "septembre", "octobre",
                                        "novembre", "decembre",  "printemps",
                                        "automne",  "hiver" };
  const char *text = scan->text, *end = text + scan->len;
  const guint32 *cw = (const guint32 *)scan->capwords->data;
  guint n = scan->capwords->len / 2;
  /* (the capitalised words' keys, cheaply first) */
  guint32 keys[G_N_ELEMENTS(months)];
  for (gsize k = 0; k < G_N_ELEMENTS(months); k++)
    keys[k] = cv_word_key(months[k], strlen(months[k]));
  for (guint i = 1; i < n; i++) {
    const char *p = text + cw[2 * i];
    if (p - text < 4 || p[-1] != ' ' || p[-2] == ' ')
      continue;
    gboolean key = FALSE;
    for (gsize k = 0; k < G_N_ELEMENTS(months) && !key; k++)
      key = cw[2 * i + 1] == keys[k];
    if (!key)
      continue;
    Word w, g;
    if (!cv_word_at(p, end, &w) || w.s != p || w.upper ||
        !cv_word_in(&w, months, G_N_ELEMENTS(months)))
      continue;
    const char *gs = text + cw[2 * (i - 1)];
    if (!cv_word_at(gs, end, &g) || g.e != p - 1 || g.upper || g.fn < 3 ||
        (g.cats & CV_CTX_MONTH) ||
        !(cv_gazetteer_first(g.f, g.fn) ||
          (cv_name_model_lists(scan->model, g.s, g.e) & 1)))
      continue;
    /* (no date: a digit before the given name or after the month) */
    const char *b = gs;
    while (b > text && b[-1] == ' ')
      b--;
    const char *r = cv_skip_hspace(w.e, end);
    if ((b > text && cv_is_digit(b[-1])) || (r < end && cv_is_digit(*r)))
      continue;
    cv_add_name(scan, gs, w.e, 0.75f, "name-month-surname");
    /* (its other mentions, with the care of a word-surname: "Est-ce que
     * Décembre vous a menacé?") */
    if (w.fn < CV_REDACT_MAX_WORD)
      g_hash_table_add(scan->names, g_strdup_printf("\1%.*s", (int)w.fn, w.f));
  }
}

/* Is the lower-case word @w a name of the lists (a given name, or a
 * surname out of the dictionaries)? */
static gboolean
listed_lower(const CvScan *scan, const Word *w)
{
  if (w->cap || w->digit || w->fn < 3 ||
      (w->cats & ~(guint32)(CV_CTX_GAZFIRST | CV_CTX_GAZLAST)))
    return FALSE;
  guint lists = cv_name_model_lists(scan->model, w->s, w->e);
  gboolean first = cv_gazetteer_first(w->f, w->fn) || (lists & 1);
  if (!first && !cv_gazetteer_last(w->f, w->fn) && !(lists & 2))
    return FALSE;
  return first || !cv_name_model_in_dict(scan->model, w->s, w->e);
}

/* Names typed in lower case in a note's clauses, between a word that
 * calls for a person and a verb or a day ("il dit que fraser l'a
 * menacé", "demande que colin soit vu", "she says nipi took her card",
 * "told her douglas can meet", "rappeler mishta lundi", "vu mishta
 * kawapit ce matin"): one word of the name lists (a second one too when
 * out of the dictionaries or listed). */
static void
lower_clause_names(CvScan *scan)
{
  /* what follows each cue of cv_cue_words[CV_CUE_CLAUSE…]: a day or a
   * time (TRUE), else a verb ("que ", "says ", "said ", "told her ",
   * "told him ", "rappeler ", "appeler ", "vu ", "revu ", "call ",
   * "called ", "saw ", "parlé avec ", "spoke to ", "spoke with ",
   * "talked to ", "l'appelait ", "officer ", "rappel par ") */
  static const gboolean day_after[] = { FALSE, FALSE, FALSE, FALSE, FALSE,
                                        TRUE,  TRUE,  TRUE,  TRUE,  TRUE,
                                        TRUE,  TRUE,  TRUE,  TRUE,  TRUE,
                                        TRUE,  TRUE,  FALSE, TRUE };
  G_STATIC_ASSERT(G_N_ELEMENTS(day_after) == CV_CUE_CLAUSE_END - CV_CUE_CLAUSE);
  static const char *const verbs[] = { "l'a ",
                                       "l\xe2\x80\x99"
                                       "a ",
                                       "m'a ",
                                       "soit ",
                                       "a ",
                                       "est ",
                                       "va ",
                                       "doit ",
                                       "veut ",
                                       "took ",
                                       "takes ",
                                       "can ",
                                       "will ",
                                       "has ",
                                       "is ",
                                       "was ",
                                       "had ",
                                       "would ",
                                       "wants ",
                                       "stole ",
                                       "hit ",
                                       "left ",
                                       "came ",
                                       "took ",
                                       "said ",
                                       "says ",
                                       "told " };
  static const char *const days[] = { "lundi",
                                      "mardi",
                                      "mercredi",
                                      "jeudi",
                                      "vendredi",
                                      "samedi",
                                      "dimanche",
                                      "ce matin",
                                      "cet apres",
                                      "cet après",
                                      "ce soir",
                                      "demain",
                                      "hier",
                                      "aujourd",
                                      "monday",
                                      "tuesday",
                                      "wednesday",
                                      "thursday",
                                      "friday",
                                      "saturday",
                                      "sunday",
                                      "this morning",
                                      "this afternoon",
                                      "today",
                                      "tomorrow",
                                      "yesterday",
                                      "tonight",
                                      "au 1",
                                      "au 2",
                                      "au 3",
                                      "au 4",
                                      "au 5",
                                      "au 6",
                                      "au 7",
                                      "au 8",
                                      "au 9",
                                      "au (",
                                      "au +",
                                      "at 1",
                                      "at 2",
                                      "at 3",
                                      "at 4",
                                      "at 5",
                                      "at 6",
                                      "at 7",
                                      "at 8",
                                      "at 9",
                                      "at (",
                                      "at +",
                                      "back",
                                      "asap",
                                      "re:",
                                      "re ",
                                      "about ",
                                      "au sujet",
                                      "concernant",
                                      "la semaine",
                                      "cette semaine",
                                      "last week",
                                      "this week",
                                      "the other day",
                                      "at the time",
                                      "back then",
                                      "\xc3\xa0 l'\xc3\xa9poque" };
  const char *text = scan->text, *end = text + scan->len;
  if (!scan->model)
    return;
  /* (the cues of the one read of the text, cv_scan_cues) */
  const GArray *found = cv_scan_cues(scan);
  CvCue cue;
  for (guint i = 0;
       cv_cue_next(found, &i, CV_CUE_CLAUSE, CV_CUE_CLAUSE_END, &cue);) {
    gsize ci = cue.index;
    gsize k = ci - CV_CUE_CLAUSE;
    const char *c = text + cue.off;
    if (c > text && c[-1] == '(')
      continue;
    gsize cl = strlen(cv_cue_words[ci]);
    const gboolean day = day_after[k];
    const char first = cv_cue_words[ci][0];
    const char *q = c + cl;
    Word w1, w2;
    /* (a word out of the dictionaries too, between a cue and a day or a
     * verb: "parlé avec kwabena la semaine"; after "officer", a surname
     * of the gazetteer: "officer hall said") */
    gsize l1;
    gboolean up1 = TRUE;
    if (q >= end || !cv_letter_at(q, end, &l1, &up1) || up1 ||
        !cv_word_at(q, end, &w1) ||
        !(listed_lower(scan, &w1) ||
          ((day || first == 'o') && !w1.cap && !w1.digit && w1.fn >= 3 &&
           !(w1.cats & ~(guint32)(CV_CTX_GAZFIRST | CV_CTX_GAZLAST)) &&
           (!cv_name_model_in_dict(scan->model, w1.s, w1.e) ||
            (first == 'o' && cv_gazetteer_last(w1.f, w1.fn))))))
      continue;
    /* (a name of the lists that ends the clause: "called maría: no
     * answer", "parlé avec dominyque, ok"; not "a program called
     * pcretest.") */
    if (day && listed_lower(scan, &w1) &&
        (w1.e >= end || strchr(":,;.\n", *w1.e) != NULL) &&
        (w1.e + 1 >= end || strchr(" \n", w1.e[1]) != NULL)) {
      cv_add_name(scan, w1.s, w1.e, 0.7f, "name-clause-lower");
      continue;
    }
    if (w1.e + 2 >= end || *w1.e != ' ')
      continue;
    const char *ne = w1.e, *a = w1.e + 1;
    if (day && (*a >= 'a' && *a <= 'z') && cv_word_at(a, end, &w2) && !w2.cap &&
        !w2.digit && w2.fn >= 3 &&
        !(w2.cats & ~(guint32)(CV_CTX_GAZFIRST | CV_CTX_GAZLAST)) &&
        !cv_opens_with_any(a, end, days, G_N_ELEMENTS(days)) &&
        (listed_lower(scan, &w2) ||
         !cv_name_model_in_dict(scan->model, w2.s, w2.e)) &&
        w2.e + 1 < end && *w2.e == ' ') {
      ne = w2.e; /* a surname: "vu mishta kawapit ce matin" */
      a = w2.e + 1;
    }
    if (!cv_opens_with_any(a, end, day ? days : verbs,
                           day ? G_N_ELEMENTS(days) : G_N_ELEMENTS(verbs)))
      continue;
    cv_add_name(scan, w1.s, ne, 0.7f, "name-clause-lower");
  }
}

/* A person followed by an age or a kinship in parentheses ("Marie (5
 * ans) fréquente", "Kwame (cousin) will call", "Saoirse (sa sœur) doit
 * appeler", "Tahmina Malhotra (père)", "nusrat (jeune)"): the one to
 * three name words before, each out of the dictionaries or a given name
 * of the lists, no context word. */
static void
paren_kin_names(CvScan *scan)
{
  static const char *const kin[] = {
    "mother",     "father",        "mere",       "pere",         "sister",
    "brother",    "soeur",         "frere",      "cousin",       "cousine",
    "son",        "daughter",      "fils",       "fille",        "aunt",
    "uncle",      "tante",         "oncle",      "grandmother",  "grandfather",
    "grand-mere", "grand-pere",    "spouse",     "conjoint",     "conjointe",
    "husband",    "wife",          "partner",    "friend",       "ami",
    "amie",       "neighbour",     "neighbor",   "voisin",       "voisine",
    "child",      "enfant",        "jeune",      "youth",        "landlord",
    "proprio",    "roommate",      "coloc",      "colocataire",  "mom",
    "dad",        "maman",         "papa",       "nephew",       "niece",
    "neveu",      "stepfather",    "stepmother", "beau-pere",    "belle-mere",
    "grandson",   "granddaughter", "petit-fils", "petite-fille", "boyfriend",
    "girlfriend", "chum",          "blonde",     "tuteur",       "tutrice",
    "guardian"
  };
  /* a colleague's role ("rhys (TS hôpital)", "malha (superviseure)",
   * "tsvetelina (hospital SW)"): one or two words */
  static const char *const roles[] = {
    "supervisor",   "superviseur", "superviseure",   "ts",
    "sw",           "msw",         "gestionnaire",   "manager",
    "interprete",   "interpreter", "educatrice",     "educateur",
    "intervenante", "intervenant", "caseworker",     "nurse",
    "infirmiere",   "infirmier",   "coordonnatrice", "coordinator"
  };
  static const char *const poss[] = { "sa",       "son",   "ses", "his",
                                      "her",      "their", "my",  "ma",
                                      "mon",      "la",    "le",  "the",
                                      "client's", "cousin" };
  const char *text = scan->text, *end = text + scan->len;
  if (!scan->model)
    return;
  /* (the " (" of the one read of the text, cv_scan_cues) */
  const GArray *found = cv_scan_cues(scan);
  CvCue cue;
  for (guint fi = 0;
       cv_cue_next(found, &fi, CV_CUE_PAREN, CV_CUE_PAREN + 1, &cue);) {
    const char *o = text + cue.off;
    const char *p = o + 2;
    if (o + 2 < end &&
        ((cv_cls[(guint8)o[2]] & CV_C_UPPER) || (guint8)o[2] >= 0xC3))
      initials_in_brackets(scan, o);
    /* inside: an age, or a kinship word (after a possessive) */
    const char *c = memchr(p, ')', (gsize)MIN(end - p, 32));
    if (!c || c == p)
      continue;
    gboolean ok = FALSE, bare = FALSE, role = FALSE;
    if (cv_is_digit(*p)) {
      const char *d = p;
      while (d < c && cv_is_digit(*d))
        d++;
      /* a bare age after a given name ("Hung (8) attends", "Niamh (11)
       * attends"): checked on the word below */
      bare = d == c && c - p <= 2;
      static const char *const ages[] = { " ans)", " an)",   " years", " yrs",
                                          " y/o",  " mois)", " months" };
      ok = d - p <= 3 && d < c && *d == ' ' &&
           cv_opens_with_any(d, end, ages, G_N_ELEMENTS(ages));
    } else {
      const char *q = p;
      for (int k = 0; k < 2 && q < c && !ok; k++) {
        Word w;
        if (!cv_word_at(q, c, &w) || w.s != q)
          break;
        Word w2;
        if (w.e == c && cv_word_in(&w, kin, G_N_ELEMENTS(kin)))
          ok = TRUE; /* (the cheap test first) */
        else if (k == 0 && cv_word_in(&w, poss, G_N_ELEMENTS(poss)) &&
                 w.e < c && *w.e == ' ')
          q = w.e + 1;
        else if (w.e == c && cv_word_in(&w, roles, G_N_ELEMENTS(roles)))
          ok = role = TRUE;
        else if (k == 0 && w.e < c && *w.e == ' ' && !w.digit &&
                 cv_word_at(w.e + 1, c, &w2) && w2.e == c && !w2.digit &&
                 (cv_word_in(&w, roles, G_N_ELEMENTS(roles)) ||
                  cv_word_in(&w2, roles, G_N_ELEMENTS(roles))))
          ok = role = TRUE; /* "(TS hôpital)", "(hospital SW)" */
        else
          break;
      }
    }
    if (bare) {
      /* one word, a given name of the lists out of the dictionaries */
      const char *a = o;
      while (a > text && o - a < 30 &&
             (cv_is_alpha_ascii(a[-1]) || (guint8)a[-1] >= 0x80 || a[-1] == '-'))
        a--;
      Word w;
      ok = a < o && cv_word_at(a, o, &w) && w.e == o && w.cap && !w.upper &&
           w.fn >= 3 &&
           !(w.cats & ~(guint32)(CV_CTX_GAZFIRST | CV_CTX_GAZLAST)) &&
           (cv_name_model_lists(scan->model, a, o) & 1) &&
           !cv_name_model_in_dict(scan->model, a, o);
    }
    if (!ok && o > text && p + 1 < c && (cv_cls[(guint8)p[0]] & CV_C_UPPER) &&
        ((cv_cls[(guint8)p[1]] & CV_C_LOWER) || (guint8)p[1] >= 0xC3)) {
      /* a relative's, a landlord's or a person's name in the brackets:
       * "proprio (Daneault) refuse", "landlord (Gentil) refuses",
       * "l'autre enfant impliqué (Kélien)": one or two capitalised words
       * that may be names (cheaply first: a capital then a small or
       * accented letter inside, not "(RLRQ, c. A-2.1)") */
      const char *a = o;
      while (a > text && o - a < 20 &&
             (cv_is_alpha_ascii(a[-1]) || (guint8)a[-1] >= 0x80 || a[-1] == '-'))
        a--;
      Word kw;
      if ((a < o && cv_word_at(a, o, &kw) && kw.e == o &&
           cv_word_in(&kw, kin, G_N_ELEMENTS(kin))) ||
          (!memchr(p, ' ', (gsize)(c - p)) && bracket_after_person(text, o))) {
        const char *q = p, *ie = NULL;
        for (int k = 0; k < 2 && q < c; k++) {
          Word w;
          if (!cv_word_at(q, c, &w) || w.s != q || !w.cap || w.upper ||
              w.digit || w.fn < 2 ||
              (w.cats & ~(guint32)(CV_CTX_GAZFIRST | CV_CTX_GAZLAST)) ||
              cv_word_is_place(&w) || !cv_word_may_name(scan, &w))
            break;
          /* (no place's compound: "Saint-Jérôme", "Lac-Mégantic") */
          const char *hy = memchr(w.s, '-', (gsize)(w.e - w.s));
          char hf[16];
          gsize hn = hy && hy - w.s < 16 ? cv_fold(w.s, hy, hf, sizeof hf) : 0;
          if (hn && (cv_ctx_lookup(hf, hn, NULL) & CV_CTX_ORG))
            break;
          if (w.e == c)
            ie = c;
          q = w.e < c && *w.e == ' ' ? w.e + 1 : c;
        }
        if (ie)
          cv_add_name(scan, p, ie, 0.75f, "name-paren-of-kin");
      }
      continue;
    }
    if (!ok)
      continue;
    /* before: one to three name words */
    const char *ne = o, *ns = NULL, *b = o;
    for (int k = 0; k < 3; k++) {
      const char *a = b;
      while (a > text && b - a < 30 &&
             (cv_is_alpha_ascii(a[-1]) || (guint8)a[-1] >= 0x80 ||
              a[-1] == '-' || a[-1] == '\''))
        a--;
      Word w;
      if (a == b || !cv_word_at(a, b, &w) || w.e != b || w.digit || w.fn < 2 ||
          w.upper || (w.cats & ~(guint32)(CV_CTX_GAZFIRST | CV_CTX_GAZLAST)) ||
          !cv_caps_like_name(a, b) ||
          (cv_name_model_in_dict(scan->model, a, b) &&
           !(cv_name_model_lists(scan->model, a, b) & 1)))
        break;
      /* (lower case only for the one word of a given name: "nusrat
       * (jeune)"; before a role, any one word out of the dictionaries:
       * "malha (superviseure)") */
      if (!w.cap && (k > 0 || !((cv_name_model_lists(scan->model, a, b) & 1) ||
                                (role && w.fn >= 3 &&
                                 !cv_name_model_in_dict(scan->model, a, b)))))
        break;
      ns = a;
      if (!w.cap || a - text < 2 || a[-1] != ' ')
        break;
      b = a - 1;
    }
    if (ns)
      cv_add_name(scan, ns, ne, 0.75f, "name-paren-kin");
  }
}

/* A relative named between commas after the word of kinship, in any case
 * ("Sa sœur, jovelyn, est au courant", "Brother, tehanetorens, is
 * aware"): one or two words, each out of the dictionaries or a given
 * name of the lists, no context word. */
static void
kin_appositions(CvScan *scan)
{
  const char *text = scan->text, *end = text + scan->len;
  const CvCtxHit *h = (const CvCtxHit *)scan->hits->data;
  if (!scan->model)
    return;
  for (guint i = 0; i < scan->hits->len; i++) {
    if (!(h[i].cats & CV_CTX_REL))
      continue;
    const char *p = text + h[i].end;
    if (end - p < 6 || p[0] != ',' || p[1] != ' ')
      continue;
    const char *s = p + 2, *q = s;
    int words = 0;
    while (words < 2 && q < end) {
      Word w;
      if (!cv_word_at(q, end, &w) || w.s != q || w.digit || w.upper ||
          w.fn < 3 || (w.cats & ~(guint32)(CV_CTX_GAZFIRST | CV_CTX_GAZLAST)) ||
          (cv_name_model_in_dict(scan->model, w.s, w.e) &&
           !(cv_name_model_lists(scan->model, w.s, w.e) & 1)))
        break;
      words++;
      q = w.e;
      if (q < end && *q == ' ')
        q++;
      else
        break;
    }
    if (words == 0 || q >= end || *q != ',')
      continue;
    cv_add_name(scan, s, q, 0.75f, "name-kin-apposition");
  }
}

/* Does the word at @p follow a French elision ("d'Émile", "qu'Anne",
 * "l'oncle d'Amalthée"; ' or ’)?  Returns the elided word's start (the
 * "d" of "d'"), else NULL.  "O'Brien" is none. */
static const char *
elision_before(const char *text, const char *p)
{
  const char *a;
  if (p - text >= 2 && p[-1] == '\'')
    a = p - 1;
  else if (p - text >= 4 && (guint8)p[-3] == 0xE2 && (guint8)p[-2] == 0x80 &&
           (guint8)p[-1] == 0x99)
    a = p - 3;
  else
    return NULL;
  const char *b = a;
  while (b > text && a - b < 7 && cv_is_alpha_ascii(b[-1]))
    b--;
  if (b > text && (cv_is_alpha_ascii(b[-1]) || (guint8)b[-1] >= 0x80))
    return NULL;
  static const char *const el[] = { "d", "qu", "l",     "j",      "s",     "n",
                                    "m", "t",  "jusqu", "lorsqu", "puisqu" };
  gsize n = (gsize)(a - b);
  for (gsize k = 0; k < G_N_ELEMENTS(el); k++)
    if (strlen(el[k]) == n && g_ascii_strncasecmp(b, el[k], n) == 0)
      return b;
  return NULL;
}

/* First mentions after an elision, where the words before tell a person:
 * "la blonde d'Émile", "le cousin d'Opemipo", "en présence d'Olive
 * Andre-Saint-Onge", "confirme qu'Amandin vit seul".  The word is
 * capitalised, out of the dictionaries or a given name of the lists, no
 * context word, in no organisation or place kept. */
static void
elided_names(CvScan *scan)
{
  static const char *const persons[] = {
    "conjoint", "conjointe", "blonde", "chum", "mere", "pere", "fils", "fille",
    "frere", "soeur", "cousin", "cousine", "oncle", "tante", "neveu", "niece",
    "ami", "amie", "voisin", "voisine", "passager", "passagere", "enfant",
    "enfants", "parents", "epoux", "epouse", "copain", "copine", "presence",
    "part", "nom", "temoignage", "version", "messages", "message", "courriel",
    "appel", "plainte", "signature", "consentement", "dossier", "demande",
    "notes", "visite", "grand-mere", "grand-pere", "petit-fils", "petite-fille",
    "beau-pere", "belle-mere", "employeur", "avocat", "avocate", "medecin",
    "ex", "garde", "tuteur", "tutrice", "famille", "collegue", "chambre",
    "auto", "voiture", "vehicule", "maison", "logement", "adresse", "telephone",
    "cellulaire", "date", "naissance", "nas", "aide", "peur", "nouvelles",
    "absence", "arrivee", "depart", "loyer", "transport", "suivi", "evaluation",
    "sante", "comportement", "signalement", "hospitalisation",
    /* what a file says of someone ("les besoins de Sakinah", "le cas de",
     * "au sujet de", "aucune nouvelle de", "l'état de") */
    "besoins", "cas", "situation", "sujet", "nouvelle", "etat"
  };
  const char *text = scan->text;
  const char *end = text + scan->len;
  const guint32 *cw = (const guint32 *)scan->capwords->data;
  guint n = scan->capwords->len / 2;
  /* after "de" (no elision), only relatives and fear: "le père de
   * Phuong", "peur de Jian" ("la visite de Laval" stays) */
  static const char *const kin[] = {
    "conjoint",   "conjointe",  "blonde",     "chum",        "mere",
    "pere",       "fils",       "fille",      "frere",       "soeur",
    "cousin",     "cousine",    "oncle",      "tante",       "neveu",
    "niece",      "ami",        "amie",       "voisin",      "voisine",
    "epoux",      "epouse",     "copain",     "copine",      "peur",
    "grand-mere", "grand-pere", "petit-fils", "petite-fille"
  };
  for (guint i = 0; i < n; i++) {
    const char *p = text + cw[2 * i];
    const char *b = elision_before(text, p);
    gboolean de = FALSE, par = FALSE;
    if (!b && p - text >= 5 && p[-1] == ' ' && p[-2] == 'e' && p[-3] == 'd' &&
        p[-4] == ' ') {
      b = p - 3;
      de = TRUE;
    } else if (!b && p - text >= 6 && p[-1] == ' ' && p[-2] == 'r' &&
               p[-3] == 'a' && p[-4] == 'p' && p[-5] == ' ') {
      b = p - 4;
      par = TRUE;
    }
    if (!b)
      continue;
    Word w;
    if (!cv_word_at(p, end, &w) || !w.cap || w.upper || w.fn < 3 ||
        (w.cats & (NAME_STOP | CV_CTX_ORG | CV_CTX_ORGTAIL | CV_CTX_PROVINCE |
                   CV_CTX_PARTICLE | CV_CTX_MONTH)) ||
        cv_scan_in_keep(scan, (gsize)(p - text), (gsize)(w.e - text)))
      continue;
    if (cv_word_is_place(&w))
      continue; /* "la demande de Longueuil", "le bureau d'Amqui" */
    gboolean dict = cv_name_model_in_dict(scan->model, w.s, w.e);
    gboolean given = cv_gazetteer_first(w.f, w.fn) ||
                     (cv_name_model_lists(scan->model, w.s, w.e) & 1);
    if (dict && !given)
      continue;
    gboolean ok = FALSE;
    if (par) {
      /* "signée par Tshiuetin", "rédigé par Awashish": a participle of
       * papers before "par", a word out of the dictionaries after it */
      static const char *const done[] = {
        "signe",      "signee",      "redige",     "redigee",     "envoye",
        "envoyee",    "transmis",    "transmise",  "prepare",     "preparee",
        "complete",   "completee",   "rempli",     "remplie",     "verifie",
        "verifiee",   "approuve",    "approuvee",  "refere",      "referee",
        "accompagne", "accompagnee", "represente", "representee", "ecrit",
        "ecrite",     "depose",      "deposee",    "recu",        "recue",
        "remis",      "remise",      "contacte",   "contactee"
      };
      const char *pe = b - 1, *ps = pe;
      while (ps > text && pe - ps < 24 &&
             (cv_is_alpha_ascii(ps[-1]) || (guint8)ps[-1] >= 0x80))
        ps--;
      Word pw;
      ok = !dict && ps < pe && cv_word_at(ps, pe, &pw) && pw.e == pe &&
           cv_word_in(&pw, done, G_N_ELEMENTS(done));
    } else if ((b[0] == 'q' || b[0] == 'Q') && b[1] == 'u') {
      /* "qu'Amandin vit seul": a lower-case word (a verb) after it */
      ok = w.e + 2 < end && *w.e == ' ' && (cv_cls[(guint8)w.e[1]] & CV_C_LOWER);
    } else if (b[0] == 'd' || b[0] == 'D') {
      /* "la blonde d'Émile": a word of persons before the "d'" */
      const char *pe = b;
      while (pe > text && pe[-1] == ' ')
        pe--;
      const char *ps = pe;
      while (ps > text && pe - ps < 24 &&
             (cv_is_alpha_ascii(ps[-1]) || (guint8)ps[-1] >= 0x80 ||
              ps[-1] == '-'))
        ps--;
      Word pw;
      /* (after "de", a word out of the dictionaries after any word of
       * persons: "appel de Tshiuetin"; a listed given name only after a
       * relative) */
      ok = pe < b && ps < pe && cv_word_at(ps, pe, &pw) && pw.e == pe &&
           ((de && dict) ? cv_word_in(&pw, kin, G_N_ELEMENTS(kin))
                         : cv_word_in(&pw, persons, G_N_ELEMENTS(persons)));
    }
    if (!ok)
      continue;
    /* the surname after it: "d'Olive Andre-Saint-Onge" */
    int nw;
    gboolean gaz;
    const char *ne = cv_read_name(p, end, 4, &nw, &gaz, FALSE);
    cv_add_name(scan, p, ne && ne > w.e ? ne : w.e, 0.7f, "name-elided");
  }
}

static const char *apposed_name(const CvScan *scan, const char *p,
                                const char *end);

/* Is [p, e) a name in the inverted order's other half: a capitalised
 * name word (in capitals too), no dictionary word unless of the name
 * lists, in no organisation or place kept? */
static gboolean
inverted_half(const CvScan *scan, const Word *w)
{
  if (!cv_name_word_ok(w) || w->fn < 2 || cv_word_is_place(w) ||
      (w->cats & (CV_CTX_ORG | CV_CTX_ORGTAIL | CV_CTX_PROVINCE | CV_CTX_MONTH |
                  CV_CTX_PARTICLE | CV_CTX_ROLE)) ||
      cv_scan_in_keep(scan, (gsize)(w->s - scan->text),
                      (gsize)(w->e - scan->text)))
    return FALSE;
  return cv_word_may_name(scan, w);
}

/* Does an item of a list or a line start at @p (the line's start past
 * bullets, a label's colon, a list's comma)? */
static gboolean
item_start(const char *text, const char *p)
{
  const char *b = p;
  while (b > text && (b[-1] == ' ' || b[-1] == '\t'))
    b--;
  if (b == text || b[-1] == '\n' || b[-1] == ':' || b[-1] == ',' || b[-1] == ';')
    return TRUE;
  /* a table's cell ("| Biyong, Achille |"), a field's value after "=",
   * "=>" or dot leaders ("Nom ....... Trac, Phong"), after a space */
  if (b < p && b - text >= 2 &&
      (b[-1] == '|' || b[-1] == '=' || (b[-1] == '>' && b[-2] == '=') ||
       (b[-1] == '.' && b[-2] == '.' && b - text >= 3 && b[-3] == '.')))
    return TRUE;
  /* bullets: "- ", "o ", "• ", "* ", "1. " */
  const char *c = b;
  while (c > text && c[-1] != '\n' && b - c < 6)
    c--;
  if (c > text && c[-1] != '\n')
    return FALSE;
  for (const char *q = c; q < b; q++)
    if (!(*q == ' ' || *q == '-' || *q == '*' || *q == 'o' || *q == '.' ||
          *q == ')' || cv_is_digit(*q) || (guint8)*q >= 0x80))
      return FALSE;
  return TRUE;
}

/* Does an item end at @p (the line's end, a parenthesis, a list's comma or
 * semicolon, a dash, a cell's bar, a full stop)? */
static gboolean
item_end(const char *p, const char *end)
{
  if (p >= end || *p == '\n' || *p == '\r' || *p == ',' || *p == ';' ||
      *p == '.' || *p == '|')
    return TRUE;
  return *p == ' ' && p + 1 < end &&
         (p[1] == '(' || p[1] == '|' || p[1] == '-' || (guint8)p[1] == 0xE2 ||
          p[1] == '\n' || p[1] == ' ' || p[1] == '<'); /* a column gap, an
                                                        * address */
}

/* Lower-case particles right before a found surname go with it when
 * nothing but a field's start, a list's separator or a title comes before
 * them ("Taxpayer: de Lorimier, Vincent", "M. van der Berg", "(di
 * Stefano)"); "la demande de Lorimier" keeps its preposition. */
gsize
cv_name_particles_before(const CvScan *scan, gsize start)
{
  static const char *const particles[] = { "de",  "du",  "des", "van",   "von",
                                           "da",  "di",  "del", "della", "der",
                                           "den", "dos", "das", "ter",   "ten",
                                           "al",  "el",  "ben", "bin",   "ibn",
                                           "abu" };
  static const char *const titles[] = { "m",  "mme", "mr", "mrs", "ms",
                                        "dr", "dre", "me", "mlle" };
  const char *text = scan->text;
  gsize s = start;
  /* a name in capitals takes its particles in capitals ("DE GUZMAN :") */
  guint8 cls = start + 1 < scan->len &&
                       (cv_cls[(guint8)text[start]] & CV_C_UPPER) &&
                       (cv_cls[(guint8)text[start + 1]] & CV_C_UPPER)
                   ? CV_C_UPPER
                   : CV_C_LOWER;
  gboolean capital = FALSE; /* a capitalised particle ("C. De Luca") */
  for (int k = 0; k < 3; k++) {
    if (s < 3 || text[s - 1] != ' ')
      break;
    gsize b = s - 1, a = b;
    while (a > 0 && b - a < 6 && (cv_cls[(guint8)text[a - 1]] & cls))
      a--;
    gboolean cap = cls == CV_C_LOWER && a > 0 && a < b &&
                   (cv_cls[(guint8)text[a - 1]] & CV_C_UPPER);
    if (cap)
      a--;
    Word w;
    if (a == b || (a > 0 && cv_is_alpha_ascii(text[a - 1])) ||
        !cv_word_at(text + a, text + b, &w) || w.e != text + b ||
        !cv_word_in(&w, particles, G_N_ELEMENTS(particles)))
      break;
    capital |= cap; /* (only for a particle taken: not "Mme" before "de") */
    s = a;
  }
  if (s == start)
    return start;
  /* what comes before the particles: an initial ("Z. de Ailleboust", "C.
   * De Luca": the initial goes too, name_initials()) */
  gsize b = s;
  if (b >= 3 && text[b - 1] == ' ' && text[b - 2] == '.' &&
      (cv_cls[(guint8)text[b - 3]] & CV_C_UPPER) &&
      (b == 3 || !cv_is_alnum_ascii(text[b - 4])) && text[b - 4] != '.')
    return s;
  if (capital)
    return start;
  while (b > 0 && (text[b - 1] == ' ' || text[b - 1] == '\t'))
    b--;
  if (b == 0 || text[b - 1] == '\n' || text[b - 1] == ':' ||
      text[b - 1] == '(' || text[b - 1] == ';')
    return s;
  gsize te = text[b - 1] == '.' ? b - 1 : b, ts = te;
  while (ts > 0 && te - ts < 5 && cv_is_alpha_ascii(text[ts - 1]))
    ts--;
  Word t;
  if (ts < te && (ts == 0 || !cv_is_alnum_ascii(text[ts - 1])) &&
      (cv_cls[(guint8)text[ts]] & CV_C_UPPER) &&
      cv_word_at(text + ts, text + te, &t) && t.e == text + te &&
      cv_word_in(&t, titles, G_N_ELEMENTS(titles)))
    return s;
  return start;
}

/* Is the item at @p a label's value ("Prestataire : Pierre-Louis, Lovely",
 * "Victime : Bell, Darren")? */
static gboolean
after_label_colon(const char *text, const char *p)
{
  const char *b = p;
  while (b > text && (b[-1] == ' ' || b[-1] == '\t'))
    b--;
  return b > text && b[-1] == ':';
}

/* Is [s, e) one side of a directory's "Surname, Given name": one to three
 * words, capitalised or in capitals, an article's surname ("al-Masri") or
 * a particle inside; no organisation, place, province, role or label. */
static gboolean
directory_side(const CvScan *scan, const char *s, const char *e, gboolean *named)
{
  int words = 0;
  for (const char *q = s; q < e;) {
    Word w;
    if (!cv_word_at(q, e, &w) || w.s != q || w.digit || ++words > 3)
      return FALSE;
    gboolean article = article_surname(w.s, w.e);
    if (!article && !(w.cats & CV_CTX_PARTICLE) &&
        (!w.cap || w.fn < 2 || cv_word_is_place(&w) ||
         (w.cats &
          (CV_CTX_ORG | CV_CTX_ORGTAIL | CV_CTX_PROVINCE | CV_CTX_ROLE |
           CV_CTX_LABEL | CV_CTX_TITLE | CV_CTX_STREET_FR | CV_CTX_STREET_EN))))
      return FALSE;
    /* (a word of the names, or out of the dictionaries: not "Finance,
     * Accounts Payable") */
    if (w.fn >= 2 && cv_word_may_name(scan, &w))
      *named = TRUE;
    q = w.e;
    if (q < e && *q == ' ')
      q++;
    else if (q < e)
      return FALSE;
  }
  return words > 0;
}

/* Is [s, e) "Surname, Given name" with both sides names of the lists or
 * out of the dictionaries ("Boissonneault, Wilbrod", "Zand, Sahar"; not
 * "Finance, Accounts Payable" nor "Montréal, Laval")? */
static gboolean
directory_pair(const CvScan *scan, const char *s, const char *e)
{
  /* (no part of a compound a place, a province or a body's: not "Ivan,
   * Hydro-Québec") */
  for (const char *q = s; q < e;) {
    const char *pe = q;
    while (pe < e && *pe != ' ' && *pe != '-' && *pe != ',')
      pe++;
    Word w;
    if (pe > q && cv_word_at(q, pe, &w) && w.s == q &&
        (cv_word_is_place(&w) || (w.cats & (CV_CTX_PROVINCE | CV_CTX_ORG |
                                            CV_CTX_ORGTAIL | CV_CTX_STOPNAME))))
      return FALSE;
    q = pe + 1;
  }
  const char *cm = memchr(s, ',', (gsize)(e - s));
  gboolean n1 = FALSE, n2 = FALSE;
  return cm && cm > s && cm + 2 < e && cm[1] == ' ' &&
         !memchr(cm + 1, ',', (gsize)(e - cm - 1)) &&
         directory_side(scan, s, cm, &n1) &&
         directory_side(scan, cm + 2, e, &n2) && n1 && n2 &&
         !cv_scan_in_keep(scan, (gsize)(s - scan->text), (gsize)(e - scan->text));
}

/* Names in a directory's order alone in a table's cell ("18:18 |
 * Boissonneault, Wilbrod | Mr. Miah", "| Legagneur, Wilbens (pour ...)
 * |") or as a record's first field after its label or an agenda's dash
 * ("Conductrice : BENDJELLOUL, CHAHRAZAD, permis", "Visite à domicile —
 * Cauchon, Blanche, 214, ..."): both sides names ("Driver : Mercure,
 * Valmont", a dictionary word, stays). */
static void
directory_cells(CvScan *scan)
{
  const GArray *lines = cv_scan_lines(scan);
  for (guint i = 0; i < lines->len; i++) {
    const char *ls, *le;
    cv_line_of(scan, lines, i, &ls, &le);
    const char *bar = memchr(ls, '|', (gsize)(le - ls));
    const char *colon = NULL;
    if (!bar) {
      /* a record's label: one or two words opening the line, a colon */
      const char *p = cv_skip_hspace(ls, le);
      const char *q = p;
      while (q < le && q - p < 24 &&
             (cv_is_alpha_ascii(*q) || (guint8)*q >= 0x80 || *q == ' '))
        q++;
      if (q > p && q < le && *q == ':' && cv_is_alpha_ascii(*p))
        colon = q;
      /* or an agenda's dash: "12 h 00  Visite à domicile — Cauchon,
       * Blanche, 214, boulevard Lanctôt" */
      if (!colon && le - ls > 12) {
        const char *lim = le - ls > 64 ? ls + 64 : le;
        for (const char *d = memchr(ls, 0xE2, (gsize)(lim - ls)); d && !colon;
             d = d + 1 < lim ? memchr(d + 1, 0xE2, (gsize)(lim - d - 1)) : NULL)
          if (d > ls && lim - d >= 4 && d[-1] == ' ' && (guint8)d[1] == 0x80 &&
              (guint8)d[2] == 0x94 && d[3] == ' ')
            colon = d + 2;
      }
      if (!colon)
        continue;
      const char *vs = cv_skip_hspace(colon + 1, le);
      /* the value's first field: up to ", " and a lower-case word or a
       * digit */
      const char *c1 = memchr(vs, ',', (gsize)(le - vs));
      const char *c2 = c1 ? memchr(c1 + 1, ',', (gsize)(le - c1 - 1)) : NULL;
      if (!c2 || c2 + 2 >= le || c2[1] != ' ' ||
          !((cv_cls[(guint8)c2[2]] & CV_C_LOWER) || cv_is_digit(c2[2])))
        continue;
      if (directory_pair(scan, vs, c2))
        cv_add_name(scan, vs, c2, 0.75f, "name-directory-field");
      continue;
    }
    for (const char *c = ls; c < le;) {
      const char *ce = memchr(c, '|', (gsize)(le - c));
      if (!ce)
        ce = le;
      const char *cs = cv_skip_hspace(c, ce), *cx = ce;
      /* (a relation after it: "(pour Moustapha Tshimanga)") */
      const char *pa = memchr(cs, '(', (gsize)(cx - cs));
      if (pa)
        cx = pa;
      while (cx > cs && (cx[-1] == ' ' || cx[-1] == '\t' || cx[-1] == '\r'))
        cx--;
      /* (a cell of its own: bars on both sides) */
      if (c > ls && ce < le && cx - cs >= 5 && directory_pair(scan, cs, cx))
        cv_add_name(scan, cs, cx, 0.75f, "name-directory-cell");
      c = ce + 1;
    }
  }
}

/* The recipients of a mail header in a directory's order ("À : Kumar,
 * Rajesh; al-Masri, Samira", "Cc: Le, Quang", "To: Wu, Jun <jwu@...>"):
 * on a line opened by To, À, Cc, Cci, Bcc, De, From, each entry between
 * semicolons that is "Surname, Given name" is a person, short surnames,
 * month-names and articles too. */
static void
header_recipients(CvScan *scan)
{
  static const char *const heads[] = { "to",  "a",  "cc",   "cci",
                                       "bcc", "de", "from", "copie" };
  const GArray *lines = cv_scan_lines(scan);
  for (guint i = 0; i < lines->len; i++) {
    const char *ls, *le;
    cv_line_of(scan, lines, i, &ls, &le);
    if (le - ls < 8 || !strchr("tTaAcCbBdDfF\xc3", *ls))
      continue;
    Word hw;
    if (!cv_word_at(ls, le, &hw) || hw.s != ls ||
        !cv_word_in(&hw, heads, G_N_ELEMENTS(heads)))
      continue;
    const char *c = cv_skip_hspace(hw.e, le);
    if (c >= le || *c != ':')
      continue;
    const char *p = cv_skip_hspace(c + 1, le);
    while (p < le) {
      const char *ee = memchr(p, ';', (gsize)(le - p));
      if (!ee)
        ee = le;
      /* (an address after it: "Wu, Jun <jwu@cisss.ca>") */
      const char *ve = memchr(p, '<', (gsize)(ee - p));
      if (!ve)
        ve = ee;
      while (ve > p && (ve[-1] == ' ' || ve[-1] == '\r'))
        ve--;
      const char *cm = memchr(p, ',', (gsize)(ve - p));
      gboolean named = FALSE;
      if (cm && cm > p && cm + 2 < ve && cm[1] == ' ' &&
          !memchr(cm + 1, ',', (gsize)(ve - cm - 1)) &&
          directory_side(scan, p, cm, &named) &&
          directory_side(scan, cm + 2, ve, &named) && named)
        cv_add_name(scan, p, ve, 0.75f, "name-recipient");
      p = ee < le ? cv_skip_hspace(ee + 1, le) : le;
    }
  }
}

/* A name in the inverted order of lists and captions, half found: "Cohen,
 * Ivan", "Côté-Morin, Théodore", "FLEURANT, FRANTZ", "- Masse, Nour
 * (grand-mère)": the other half joins the one-word name found, when the
 * pair is an item of its own. */
static void
inverted_names(CvScan *scan)
{
  const char *text = scan->text;
  const char *end = text + scan->len;
  guint n = scan->cands->len;
  for (guint i = 0; i < n; i++) {
    /* (a copy: the names added below may move the array) */
    const CvSpan spv = g_array_index(scan->cands, CvSpan, i);
    const CvSpan *sp = &spv;
    if (sp->type != CV_PII_PERSON || sp->confidence < 0.7f)
      continue;
    const char *s = text + sp->start, *e = text + sp->end;
    /* a spouse in parentheses after a name: "ses enfants Réjean Renaud
     * (Nathan Riviere), Hope Pelletier" (two words at least, no
     * organisation or place) */
    if (end - e > 5 && e[0] == ' ' && e[1] == '(' &&
        memchr(s, ' ', (gsize)(e - s))) {
      const char *ps = e + 2;
      const char *pe = apposed_name(scan, ps, end);
      if (pe && pe < end && *pe == ')' && memchr(ps, ' ', (gsize)(pe - ps)))
        cv_scan_add(scan, CV_PII_PERSON, (gsize)(ps - text), (gsize)(pe - text),
                    0.7f, "name-paren");
    }
    if (memchr(s, ',', (gsize)(e - s)))
      continue;
    gboolean one_word = memchr(s, ' ', (gsize)(e - s)) == NULL;
    Word w;
    /* found the surname: "Cohen, <Ivan>" after it (after a label, two
     * words and a given name of the dictionaries too: "Recipient: Nguyen
     * Thi, Nam   SIN", "Prestataire : Pierre-Louis, Lovely  NAS") */
    /* (past its particles: "Taxpayer: de Lorimier, Vincent") */
    const char *ss = text + cv_name_particles_before(scan, sp->start);
    gboolean labelled = after_label_colon(text, ss);
    if (end - e > 3 && e[0] == ',' && e[1] == ' ' && item_start(text, ss) &&
        (one_word || labelled) && cv_word_at(e + 2, end, &w) && w.s == e + 2 &&
        (inverted_half(scan, &w) ||
         (labelled && cv_name_word_ok(&w) && w.fn >= 2 && !w.upper &&
          !cv_word_is_place(&w) &&
          !(w.cats & (CV_CTX_ORG | CV_CTX_ORGTAIL | CV_CTX_PROVINCE |
                      CV_CTX_MONTH | CV_CTX_PARTICLE | CV_CTX_ROLE)))) &&
        item_end(w.e, end) &&
        (w.e >= end || *w.e != ',' ||
         (labelled && end - w.e > 2 && w.e[1] == ' ' &&
          (cv_cls[(guint8)w.e[2]] & CV_C_LOWER)))) /* ", tél." */
    {
      add_name_x(scan, text + sp->start, w.e, 0.7f, "name-inverted", FALSE);
      /* a known given name is a name for the other mentions ("Mbala,
       * Lachlan" ... "Lachlan nous dit"; not a list of languages,
       * "Dutch, Czech") */
      if (w.fn >= 2 && w.fn <= CV_REDACT_MAX_WORD && !w.upper &&
          (cv_gazetteer_first(w.f, w.fn) ||
           (cv_name_model_lists(scan->model, w.s, w.e) & 1) ||
           (!(w.cats & ~(guint32)(CV_CTX_GAZFIRST | CV_CTX_GAZLAST)) &&
            !cv_name_model_in_dict(scan->model, w.s, w.e))))
        g_hash_table_add(scan->names, g_strndup(w.f, w.fn));
    }
    /* (two given names only in a field or a cell: "Nom : Mach, Thi Cam",
     * "| CHU, CHI KEUNG |") */
    gboolean two_words = FALSE;
    if (!one_word) {
      const char *sp1 = memchr(s, ' ', (gsize)(e - s));
      two_words = !memchr(sp1 + 1, ' ', (gsize)(e - sp1 - 1));
      if (!two_words)
        continue;
    }
    /* found the given name: "<Cohen>, Ivan" before it */
    /* (a caption after it on a list's line, no list of places: "2)
     * Vollant, Kenny, staff member"; not "Paris, London, Kenny, and") */
    /* (or a record's next field, a date: "Gauvin, Maëva, Apr. 30, 1967") */
    gboolean caption = end - e > 4 && *e == ',' && e[1] == ' ' &&
                       ((cv_cls[(guint8)e[2]] & CV_C_LOWER) ||
                        cv_parse_date(e + 2, end) != NULL) &&
                       !(e[2] == 'a' && e[3] == 'n' && e[4] == 'd') &&
                       !(e[2] == 'e' && e[3] == 't' && e[4] == ' ') &&
                       !(e[2] == 'o' && (e[3] == 'r' || e[3] == 'u'));
    if (s - text > 3 && s[-1] == ' ' && s[-2] == ',' && item_end(e, end) &&
        (e >= end || *e != ',' || caption)) {
      const char *pe = s - 2, *ps = pe;
      while (ps > text && pe - ps < 40 &&
             (cv_is_alpha_ascii(ps[-1]) || (guint8)ps[-1] >= 0x80 ||
              ps[-1] == '-' || ps[-1] == '\''))
        ps--;
      /* (each part of a compound: "Côté-Morin") */
      gboolean ok = ps < pe && item_start(text, ps);
      if (ok && two_words) {
        const char *b = ps;
        while (b > text && (b[-1] == ' ' || b[-1] == '\t'))
          b--;
        ok = b == text || (b[-1] != ',' && b[-1] != ';' && b[-1] != ')' &&
                           !cv_is_digit(b[-1]));
      }
      if (ok && e < end && *e == ',') { /* the caption's case: a line's item */
        const char *b = ps;
        while (b > text && (b[-1] == ' ' || b[-1] == '\t'))
          b--;
        ok = b > text && b[-1] != ',' && b[-1] != ';';
      }
      /* (after a known given name, the surname half may be a word of the
       * dictionaries too: "Cohen, Ivan", "Street, Siobhan") */
      Word gw;
      gboolean given_known = cv_word_at(s, e, &gw) && gw.e == e &&
                             (cv_gazetteer_first(gw.f, gw.fn) ||
                              (cv_name_model_lists(scan->model, s, e) & 1));
      for (const char *q = ps; ok && q < pe;) {
        ok = cv_word_at(q, pe, &w) && w.s == q &&
             (inverted_half(scan, &w) ||
              (given_known && !two_words && cv_name_word_ok(&w) && w.fn >= 2 &&
               !cv_word_is_place(&w) &&
               !(w.cats & (CV_CTX_ORG | CV_CTX_ORGTAIL | CV_CTX_PROVINCE |
                           CV_CTX_MONTH | CV_CTX_PARTICLE | CV_CTX_ROLE))));
        q = ok ? w.e : pe;
        if (ok && q < pe)
          ok = *q++ == '-';
      }
      if (ok)
        add_name_x(scan, ps, text + sp->end, 0.7f, "name-inverted", FALSE);
    }
  }
}

/* Is the word [s, e) a person's role or relative, in an apposition ("le
 * concierge, Haven, est rentré", "Hamidou Nkrumah, le voisin")? */
static gboolean
apposition_role(const char *s, const char *e)
{
  static const char *const roles[] = {
    "concierge",    "voisin",         "voisine",      "proprietaire",
    "locataire",    "temoin",         "prepose",      "preposee",
    "gardien",      "gardienne",      "policier",     "policiere",
    "infirmier",    "infirmiere",     "intervenant",  "intervenante",
    "educateur",    "educatrice",     "enseignant",   "enseignante",
    "medecin",      "travailleur",    "travailleuse", "superviseur",
    "superviseure", "gerant",         "gerante",      "employe",
    "employee",     "plaignant",      "plaignante",   "conducteur",
    "conductrice",  "passager",       "passagere",    "chauffeur",
    "conjoint",     "conjointe",      "ami",          "amie",
    "cousin",       "cousine",        "oncle",        "tante",
    "frere",        "soeur",          "pere",         "mere",
    "fils",         "fille",          "landlord",     "tenant",
    "neighbour",    "neighbor",       "witness",      "nurse",
    "teacher",      "officer",        "driver",       "manager",
    "janitor",      "superintendent", "caretaker",    "worker",
    "coworker",     "friend",         "uncle",        "aunt",
    "brother",      "sister",         "father",       "mother",
    "son",          "daughter",       "husband",      "wife",
    "partner",      "boyfriend",      "girlfriend",   "chum",
    "blonde",       "client",         "cliente",      "victime",
    "victim",       "suspect",        "suspecte",     "agent",
    "agente"
  };
  Word w;
  return cv_word_at(s, e, &w) && w.e == e && !w.cap &&
         cv_word_in(&w, roles, G_N_ELEMENTS(roles));
}

/* Reads a run of one to three capitalised name words from @p, on one line;
 * returns its end or NULL.  A word of streets or a dictionary word may be
 * a surname here ("Siobhan Street"); no organisation, province, month,
 * title, label or role. */
static const char *
apposed_name(const CvScan *scan, const char *p, const char *end)
{
  const char *q = p;
  int n = 0;
  while (n < 3) {
    Word w;
    if (!cv_word_at(q, end, &w) || w.s != q || !w.cap || w.digit || w.upper ||
        w.fn < 2 ||
        (w.cats & (CV_CTX_ORG | CV_CTX_ORGTAIL | CV_CTX_PROVINCE |
                   CV_CTX_MONTH | CV_CTX_TITLE | CV_CTX_LABEL | CV_CTX_ROLE)) ||
        cv_scan_in_keep(scan, (gsize)(w.s - scan->text),
                        (gsize)(w.e - scan->text)))
      break;
    /* (a context word only after a name word: "Siobhan Street") */
    if (n == 0 && ((w.cats & NAME_STOP) || cv_word_is_place(&w)))
      break;
    n++;
    q = w.e;
    if (q + 1 < end && *q == ' ' && q[1] != ' ')
      q++;
    else
      break;
  }
  if (n == 0)
    return NULL;
  while (q > p && q[-1] == ' ')
    q--;
  return q;
}

/* Names in an apposition to a role or a relative, between commas: "le
 * concierge, Haven, est rentré", "Une témoin, Siobhan Street, a laissé",
 * and a name before ", le voisin" / ", conjoint de" ("(Hamidou Nkrumah, le
 * voisin)", "Quang Do, conjoint de Harpreet"). */
static void
role_appositions(CvScan *scan)
{
  static const char *const agents[] = {
    "agent",     "agente",    "officer",    "constable",   "sergent",
    "sergente",  "sergeant",  "inspecteur", "inspectrice", "inspector",
    "detective", "enqueteur", "enqueteuse", "caporal",     "corporal",
    "policier",  "policiere", "preposee",   "prepose"
  };
  static const char *const det[] = { "le",  "la",  "l",     "un",    "une",
                                     "the", "a",   "an",    "my",    "mon",
                                     "ma",  "son", "sa",    "notre", "our",
                                     "his", "her", "their", "leur",  "votre",
                                     "your" };
  const char *text = scan->text;
  const char *end = text + scan->len;
  const guint32 *cw = (const guint32 *)scan->capwords->data;
  guint n = scan->capwords->len / 2;
  for (guint i = 0; i < n; i++) {
    const char *p = text + cw[2 * i];
    if (p - text < 4)
      continue;
    /* (0) "l'agente Khan est arrivée", "the officer Wright said": a
     * capitalised word right after a police or counter role is a surname,
     * a dictionary word too; not a run that goes on with a capitalised
     * word ("l'agent Services Québec") */
    if (p[-1] == ' ' &&
        ((cv_cls[(guint8)p[-2]] & CV_C_LOWER) || (guint8)p[-2] >= 0x80)) {
      const char *rs = p - 1;
      while (rs > text && p - 1 - rs < 14 &&
             (cv_is_alpha_ascii(rs[-1]) || (guint8)rs[-1] >= 0x80))
        rs--;
      Word rw, nw;
      const char *ne;
      /* (cheaply first: the role's length and first letter) */
      if (p - 1 - rs >= 5 && p - 1 - rs <= 13 &&
          strchr("aAoOcCsSiIdDeEpP", *rs) != NULL &&
          (rs == text || !(cv_is_alpha_ascii(rs[-1]) || (guint8)rs[-1] >= 0x80)) &&
          cv_word_at(rs, p - 1, &rw) && rw.e == p - 1 &&
          cv_word_in(&rw, agents, G_N_ELEMENTS(agents)) &&
          (ne = apposed_name(scan, p, end)) != NULL &&
          !(ne + 1 < end && *ne == ' ' && cv_maybe_cap(ne + 1, end)) &&
          !(ne < end && (cv_is_digit(*ne) || *ne == '-')) &&
          cv_word_at(p, end, &nw) && !(nw.cats & CV_CTX_ORGTAIL) &&
          /* (a dictionary word alone: in a name list, or ending the
           * clause: "l'agente Wright.", not "an officer Training session") */
          (nw.e < ne || !cv_name_model_in_dict(scan->model, nw.s, nw.e) ||
           cv_name_model_lists(scan->model, nw.s, nw.e) ||
           cv_gazetteer_last(nw.f, nw.fn) || (ne < end && strchr(".,;:!?)", *ne)) ||
           (ne + 1 < end && *ne == ' ' && subject_verb(ne + 1, end)))) {
        cv_add_name(scan, p, ne, 0.75f, "name-agent");
        continue;
      }
    }
    /* (1) "<det> <role>, <Name>, " */
    if (p[-1] == ' ' && p[-2] == ',') {
      const char *re = p - 2, *rs = re;
      while (rs > text && re - rs < 20 &&
             (cv_is_alpha_ascii(rs[-1]) || (guint8)rs[-1] >= 0x80))
        rs--;
      Word dw;
      const char *de =
          rs > text && (rs[-1] == ' ' || rs[-1] == '\'') ? rs - 1 : NULL;
      const char *ds = de;
      while (ds && ds > text && de - ds < 6 && cv_is_alpha_ascii(ds[-1]))
        ds--;
      if (de && ds < de && re - rs >= 3 && (cv_cls[(guint8)*rs] & CV_C_LOWER) &&
          apposition_role(rs, re) && cv_word_at(ds, de, &dw) && dw.e == de &&
          cv_word_in(&dw, det, G_N_ELEMENTS(det))) {
        const char *ne = apposed_name(scan, p, end);
        if (ne && ne < end && (*ne == ',' || *ne == ')')) {
          cv_add_name(scan, p, ne, 0.75f, "name-apposition");
          continue;
        }
      }
    }
    /* (2) "<Name>, <det> <role>" / "<Name>, <role> de", the name opening
     * an item */
    gboolean start = p == text || p[-1] == '(' || p[-1] == '\n' ||
                     (p - text >= 2 && p[-1] == ' ' && strchr(",:;(\n.", p[-2]));
    if (!start)
      continue;
    /* (cheap test first: a comma and a small word on the line soon after) */
    const char *cm = memchr(p, ',', (gsize)MIN(end - p, 48));
    if (!cm || memchr(p, '\n', (gsize)(cm - p)) || cm + 3 >= end ||
        cm[1] != ' ' || !(cv_cls[(guint8)cm[2]] & CV_C_LOWER))
      continue;
    const char *ne = apposed_name(scan, p, end);
    /* (two words at least: "Laval, le voisin" is a place; or one out of
     * the dictionaries: "Mercanceau, la concierge,") */
    if (!ne || end - ne < 4 || ne[0] != ',' || ne[1] != ' ' ||
        (!memchr(p, ' ', (gsize)(ne - p)) &&
         (!name_run_ok(scan, p, ne) || cv_name_model_in_dict(scan->model, p, ne))))
      continue;
    const char *r = ne + 2;
    Word a, b2;
    if (!cv_word_at(r, end, &a) || a.s != r)
      continue;
    gboolean ok = FALSE;
    if (cv_word_in(&a, det, G_N_ELEMENTS(det)) && a.e < end && *a.e == ' ' &&
        cv_word_at(a.e + 1, end, &b2) && b2.s == a.e + 1)
      ok = apposition_role(b2.s, b2.e);
    else if (apposition_role(a.s, a.e) && end - a.e > 4 &&
             (memcmp(a.e, " de ", 4) == 0 || memcmp(a.e, " of ", 4) == 0 ||
              memcmp(a.e, " d'", 3) == 0))
      ok = TRUE;
    if (ok)
      cv_add_name(scan, p, ne, 0.75f, "name-apposition");
  }
}

/* Mentions in a chat's messages: "JOCELYNE: @alexandra can you check",
 * "[10:51] EI: @holly peux-tu", "cc @marc.roy": an '@' after a blank, then
 * a handle (a letter first; letters, digits, '.', '_', '-'), on a line
 * with a speaker's colon before it.  An '@' opening a line (no colon)
 * only before a handle out of the dictionaries ("@echo off", "@media"
 * stay); no domain ("@gmail.com"), no annotation ("@Override(", "@param {"). */
static void
at_mentions(CvScan *scan)
{
  static const char *const tld[] = { "com", "ca",  "org", "net", "fr",
                                     "io",  "edu", "gov", "qc",  "info" };
  const char *text = scan->text;
  const char *end = text + scan->len;
  const GArray *ats = cv_scan_marks(scan, CV_MARK_AT);
  for (guint mi = 0; mi < ats->len; mi++) {
    const char *at = text + g_array_index(ats, guint32, mi);
    if (at > text && at[-1] != ' ' && at[-1] != '\n' && at[-1] != '(')
      continue;
    const char *h = at + 1, *q = h;
    gsize cl;
    gboolean up;
    if (q >= end || !cv_letter_at(q, end, &cl, &up))
      continue;
    const char *dot = NULL;
    while (q < end && q - h < 40) {
      if (cv_letter_at(q, end, &cl, &up))
        q += cl;
      else if (cv_is_digit(*q) || *q == '_' || *q == '-')
        q++;
      else if (*q == '.' && q + 1 < end && cv_is_alnum_ascii(q[1])) {
        dot = q;
        q++;
      } else
        break;
    }
    if (q - h < 2 || q - h >= 40 ||
        (q < end && (*q == '@' || *q == '(' || *q == '{' || *q == '/' ||
                     *q == ':' || *q == '=')))
      continue;
    if (dot) {
      char f[8];
      gsize fn = (gsize)(q - dot - 1) < sizeof f
                     ? cv_fold(dot + 1, q, f, sizeof f)
                     : sizeof f;
      if (fn < sizeof f && cv_folded_in(f, fn, tld, G_N_ELEMENTS(tld)))
        continue; /* "@gmail.com" */
    }
    /* the line: a speaker's colon before the '@', or the '@' opens it */
    const char *l = at;
    while (l > text && l[-1] != '\n' && at - l < 160)
      l--;
    /* (the speaker: a capitalised word, or a time in brackets, before
     * the colon: "JOCELYNE: ", "Yvon (17:41): ", not "libc: Add @notoc") */
    gboolean speaker = FALSE, timed = *l == '[' || cv_is_digit(*l);
    for (const char *c = l; c + 1 < at && !speaker; c++) {
      if (!(*c == ':' && c[1] == ' ' && c - l >= 2))
        continue;
      const char *b = c;
      while (b > l && (cv_is_alnum_ascii(b[-1]) || (guint8)b[-1] >= 0x80 ||
                       b[-1] == '.' || b[-1] == '-'))
        b--;
      gboolean clock = (c[-1] == ')' || c[-1] == ']') && cv_is_digit(c[-2]);
      timed |= clock;
      speaker =
          clock ||
          (b < c && ((cv_cls[(guint8)*b] & CV_C_UPPER) || (guint8)*b >= 0xC3));
    }
    /* (a handle that is a dictionary word only in a timed chat: "[10:51]
     * EI: @holly", "Yvon (17:41): @marc", not "Also: @media screen") */
    gboolean dict = cv_name_model_in_dict(scan->model, h, dot ? dot : q);
    if (dict && cv_letter_at(h, end, &cl, &up) && up) {
      /* (a capitalised name found elsewhere in the text: "Héliodore
       * Latraverse 7:45 p.m." then "@Héliodore can you check"; "@test"
       * stays) */
      char f[CV_REDACT_MAX_WORD];
      gsize fn = cv_fold(h, dot ? dot : q, f, sizeof f - 1);
      if (fn > 0 && fn < sizeof f - 1) {
        f[fn] = '\0';
        dict = !g_hash_table_contains(scan->names, f);
      }
    }
    if (speaker && dict && !timed)
      continue;
    if (q + 1 < end && *q == ' ' && q[1] == '{')
      continue;
    if (!speaker) {
      if (cv_skip_hspace(l, at) != at || dict || !(q < end && *q == ' '))
        continue;
    }
    cv_scan_add(scan, CV_PII_PERSON, (gsize)(h - text), (gsize)(q - text),
                0.75f, "name-at-mention");
  }
}

/* Names typed in lower case in chats and messages, after thanks or a
 * verb that takes a person: "ok merci joy", "thx minh!", "appelle diane
 * au 367…", "call quintia at".  A word of three letters or more, out of
 * the dictionaries or a given name of the lists, no context word.  The
 * thanks and the verbs are context words: their hits, not another read
 * of the text. */
static void
chat_lower_names(CvScan *scan)
{
  static const char *const thanks[] = { "merci", "thanks", "thx", "thank" };
  static const char *const verbs[] = { "appelle", "call" };
  static const char *const after[] = { " que ", " qu'", " that ", " au ",
                                       " at ",  " to ", " de ",   " pour ",
                                       " for ", " si ", " if " };
  static const char *const stop[] = {
    "bcp",  "davance",  "bien",  "beaucoup",  "encore", "again",
    "all",  "tout",     "tous",  "you",       "vous",   "toi",
    "guys", "everyone", "mille", "infiniment"
  };
  const char *text = scan->text;
  const char *end = text + scan->len;
  const CvCtxHit *hits = (const CvCtxHit *)scan->hits->data;
  for (guint i = 0; i < scan->hits->len; i++) {
    const CvCtxHit *h = &hits[i];
    if (!(h->cats & (CV_CTX_CLOSE | CV_CTX_PHONE | CV_CTX_REL)))
      continue;
    const char *hs = text + h->start, *p = text + h->end;
    /* (cheap tests first: most hits are phone or relative words) */
    gsize hl = h->end - h->start;
    if (hl < 3 || hl > 7 || p + 4 >= end || *p != ' ' || !strchr("mMtTcCaA", *hs))
      continue;
    Word t;
    if (!cv_word_at(hs, p, &t) || t.e != p)
      continue;
    gboolean thx = cv_word_in(&t, thanks, G_N_ELEMENTS(thanks));
    if (!thx && !cv_word_in(&t, verbs, G_N_ELEMENTS(verbs)))
      continue;
    p++;
    if (t.fn == 5 && memcmp(t.f, "thank", 5) == 0) {
      if (end - p < 5 || memcmp(p, "you ", 4) != 0)
        continue;
      p += 4;
    }
    Word w;
    if (p >= end || !(cv_cls[(guint8)*p] & CV_C_LOWER) || !cv_word_at(p, end, &w))
      continue;
    guint32 cats = w.cats & ~(guint32)(CV_CTX_GAZFIRST | CV_CTX_GAZLAST);
    if (w.s != p || w.fn < 3 || w.digit ||
        (cats != 0 && (!(cats & CV_CTX_MONTH) ||
                       (cats & ~(guint32)(CV_CTX_MONTH | CV_CTX_STOPNAME)))) ||
        cv_word_in(&w, stop, G_N_ELEMENTS(stop)))
      continue;
    gboolean ok;
    if (thx)
      ok = w.e >= end || strchr("\n\r!.,?", *w.e) ||
           (*w.e == ' ' && w.e + 1 < end && strchr("\n!?", w.e[1]));
    else
      ok = cv_opens_with_any(w.e, end, after, G_N_ELEMENTS(after));
    if (!ok || (cv_name_model_in_dict(scan->model, w.s, w.e) &&
                !(cv_name_model_lists(scan->model, w.s, w.e) & 1) &&
                !cv_gazetteer_first(w.f, w.fn)))
      continue;
    cv_add_name(scan, w.s, w.e, 0.7f, "name-chat-lower");
  }
}

/* Does the text before @p end with @w (ASCII or UTF-8, case as given)? */
static gboolean
ends_with(const char *text, const char *p, const char *w)
{
  gsize n = strlen(w);
  return (gsize)(p - text) >= n && memcmp(p - n, w, n) == 0 &&
         ((gsize)(p - text) == n || !cv_is_alpha_ascii(p[-(gssize)n - 1]));
}

/* Names that phrases of calls and reports introduce: "Akosua à
 * l'appareil", "Rodrigo speaking", "Statement from Scott:", "un certain
 * Grenier", "a certain Page": one to three capitalised words (a dictionary
 * word too), no organisation, place, month or title. */
static void
introduced_names(CvScan *scan)
{
  /* (@colon: the name ends at a colon or a full stop: "Statement from
   * Scott:") */
  static const struct {
    const char *w;
    gboolean colon;
  } before[] = { { "Statement from ", TRUE },
                 { "statement from ", TRUE },
                 { "Message from ", TRUE },
                 { "message from ", TRUE },
                 { "Testimony of ", TRUE },
                 { "un certain ", FALSE },
                 { "une certaine ", FALSE },
                 { "a certain ", FALSE },
                 { "un d\xc3\xa9"
                   "nomm\xc3\xa9 ",
                   FALSE },
                 { "une d\xc3\xa9"
                   "nomm\xc3\xa9"
                   "e ",
                   FALSE },
                 { "D\xc3\xa9"
                   "claration de ",
                   FALSE },
                 { "d\xc3\xa9"
                   "claration de ",
                   FALSE } };
  const char *text = scan->text;
  const char *end = text + scan->len;
  const guint32 *cw = (const guint32 *)scan->capwords->data;
  guint n = scan->capwords->len / 2;
  for (guint i = 0; i < n; i++) {
    const char *p = text + cw[2 * i];
    if (p == text || p[-1] != ' ')
      continue;
    gboolean found = FALSE, colon = FALSE;
    /* (cheap test first: the two bytes before the space, as the phrases
     * end: "from", "of", "certain(e)", "dénommé(e)", "de") */
    if (p - text < 4)
      continue;
    guint8 c = (guint8)p[-2], c2 = (guint8)p[-3];
    if ((c == 'm' && c2 == 'o') || (c == 'f' && c2 == 'o') ||
        (c == 'n' && c2 == 'i') ||
        (c == 'e' && (c2 == 'n' || c2 == 0xA9 || c2 == 'd')) ||
        (c == 0xA9 && c2 == 0xC3))
      for (gsize k = 0; k < G_N_ELEMENTS(before) && !found; k++)
        if (ends_with(text, p, before[k].w)) {
          found = TRUE;
          colon = before[k].colon;
        }
    if (!found)
      continue;
    const char *ne = apposed_name(scan, p, end);
    if (ne && colon && !(ne < end && strchr(":.,", *ne)))
      ne = NULL;
    if (ne)
      cv_add_name(scan, p, ne, 0.75f, "name-introduced");
  }
  /* "<Name> à l'appareil", "<Name> speaking": one search for each phrase,
   * then the name run before it */
  /* (the phrases are cue words of the one read of the text, cv_scan_cues) */
  static const struct {
    guint cue;
    const char *pre;
  } behind[] = { { CV_CUE_APPAREIL, " \xc3\xa0 " }, { CV_CUE_SPEAKING, " " } };
  const GArray *found = cv_scan_cues(scan);
  for (gsize k = 0; k < G_N_ELEMENTS(behind); k++) {
    gsize pl = strlen(behind[k].pre);
    CvCue cue;
    for (guint fi = 0;
         cv_cue_next(found, &fi, behind[k].cue, behind[k].cue + 1, &cue);) {
      const char *a = text + cue.off;
      if ((gsize)(a - text) < pl + 1 || memcmp(a - pl, behind[k].pre, pl) != 0)
        continue;
      const char *h = a - pl;
      /* back over one to three capitalised words */
      const char *s = h, *first = NULL, *starts[3];
      int ns = 0;
      for (int w = 0; w < 3; w++) {
        const char *ws = s;
        while (ws > text && s - ws < 40 &&
               (cv_is_alpha_ascii(ws[-1]) || (guint8)ws[-1] >= 0x80 ||
                ws[-1] == '-'))
          ws--;
        if (ws == s || !cv_cap_at(ws, s))
          break;
        starts[ns++] = ws;
        if (ws - text < 2 || ws[-1] != ' ')
          break;
        s = ws - 1;
      }
      /* (the longest run that reads as a name: "Bonjour Akosua" is not) */
      for (int k2 = ns - 1; k2 >= 0 && !first; k2--)
        if (apposed_name(scan, starts[k2], end) == h)
          first = starts[k2];
      if (first)
        cv_add_name(scan, first, h, 0.75f, "name-introduced");
    }
  }
}

/* A caller who names themself in lower case before saying why they call:
 * "yeah hi it's phuong vu, calling about my card", "oui bonjour c'est
 * laura little, j'appelle pour mon fils": one to three lower-case words
 * after "it's" / "c'est" / "this is" / "ici", one at least out of the
 * dictionaries or in the name lists.  One memchr pass for the commas. */
static void
caller_names(CvScan *scan)
{
  static const char *const why[] = { ", calling", ", j'appelle",
                                     ", je vous appelle", ", i'm calling",
                                     ", im calling" };
  static const char *const intro[] = { "it's ",
                                       "its ",
                                       "c'est ",
                                       "this is ",
                                       "ici ",
                                       "it\xe2\x80\x99s ",
                                       "c\xe2\x80\x99"
                                       "est " };
  const char *text = scan->text;
  const char *end = text + scan->len;
  const GArray *commas = cv_scan_marks(scan, CV_MARK_COMMA);
  for (guint mi = 0; mi < commas->len; mi++) {
    const char *c = text + g_array_index(commas, guint32, mi);
    if (end - c < 9 || c[1] != ' ' || (c[2] != 'c' && c[2] != 'j' && c[2] != 'i'))
      continue;
    if (!cv_opens_with_any(c, end, why, G_N_ELEMENTS(why)))
      continue;
    /* back over one to three lower-case words */
    const char *s = c;
    int words = 0;
    gboolean vouched = FALSE;
    while (words < 3 && s > text) {
      const char *we = s, *ws = s;
      while (ws > text && we - ws < 24 &&
             ((cv_cls[(guint8)ws[-1]] & CV_C_LOWER) || (guint8)ws[-1] >= 0x80 ||
              ws[-1] == '-'))
        ws--;
      Word w;
      /* (no context word: "it's the office, calling", "c'est moi") */
      if (ws == we || !cv_word_at(ws, we, &w) || w.s != ws || w.e != we ||
          w.fn < 2 || (w.cats & ~(guint32)(CV_CTX_GAZFIRST | CV_CTX_GAZLAST)))
        break;
      vouched |= !cv_name_model_in_dict(scan->model, w.s, w.e) ||
                 (cv_name_model_lists(scan->model, w.s, w.e) & 3);
      words++;
      s = ws;
      /* the introducer right before: stop */
      gboolean at_intro = FALSE;
      for (gsize k = 0; k < G_N_ELEMENTS(intro) && !at_intro; k++)
        at_intro = ends_with(text, s, intro[k]);
      if (at_intro) {
        if (vouched)
          cv_add_name(scan, s, c, 0.75f, "name-caller");
        break;
      }
      if (s - text < 2 || s[-1] != ' ')
        break;
      s--;
    }
  }
}

/* Is the lower-case word at @p (its end in @w) a name word of a
 * transcript: letters, no context word but the gazetteer's? */
static gboolean
transcript_name_word(const char *p, const char *end, Word *w)
{
  return p < end && ((cv_cls[(guint8)*p] & CV_C_LOWER) || (guint8)*p >= 0xC3) &&
         cv_word_at(p, end, w) && w->s == p && !w->cap && !w->digit &&
         w->fn >= 2 && !(w->cats & ~(guint32)(CV_CTX_GAZFIRST | CV_CTX_GAZLAST));
}

/* Does a caller's name end at @p, before a word that goes on with the
 * message? */
static gboolean
intro_name_ends(const char *p, const char *end, const char *const *goes_on,
                gsize n)
{
  Word w;
  return p < end && *p == ' ' && cv_word_at(p + 1, end, &w) && w.s == p + 1 &&
         cv_word_in(&w, goes_on, n);
}

/* A caller who names themself in a transcript typed in lower case, before
 * what they say ("bonjour c'est kirsty gillespie du bureau de", "yes it's
 * patrice again", "c'est encore moi walid mon numéro", "this is mrs houda
 * hogan from", "ici m jacques fontaine de la pharmacie"): one to three
 * lower-case words after the introducer, then a word that goes on with
 * the message, one of them out of the dictionaries or in the name lists.
 * And whom a greeting names before the introducer ("salut dominic c'est",
 * "hi mirline it's").  From the cue words of the one read of the text. */
static void
intro_names(CvScan *scan)
{
  static const char *const self[] = { "encore moi ", "me again ", "moi ", "me " };
  static const char *const titles[] = { "m",  "mme",  "mr", "mrs",
                                        "ms", "mlle", "dr" };
  static const char *const goes_on[] = {
    "du",     "de",    "des",      "d",       "from", "j'appelle", "i'm",
    "im",     "again", "encore",   "a",       "son",  "sa",        "petit",
    "petite", "quick", "speaking", "calling", "pour", "mon",       "ma",
    "my",     "here",  "et",       "and",     "with", "avec",      "qui",
    "who",    "au",    "at",       "of",      "je",   "i",         "euh",
    "um",     "uh",    "just",     "juste",   "j'ai", "i've",      "i'd"
  };
  static const char *const greetings[] = { "bonjour", "salut",  "allo",
                                           "bonsoir", "coucou", "hi",
                                           "hey",     "hello" };
  const char *text = scan->text, *end = text + scan->len;
  if (!scan->model)
    return;
  const GArray *found = cv_scan_cues(scan);
  CvCue cue;
  for (guint fi = 0;
       cv_cue_next(found, &fi, CV_CUE_INTRO, CV_CUE_INTRO + 6, &cue);) {
    const char *c = text + cue.off;
    const char *p = c + strlen(cv_cue_words[cue.index]);
    /* the greeting's name before it: "salut dominic c'est" */
    if (c - text >= 4 && c[-1] == ' ') {
      const char *ge = c - 1, *gs = ge;
      while (gs > text && ge - gs < 24 &&
             ((cv_cls[(guint8)gs[-1]] & CV_C_LOWER) || (guint8)gs[-1] >= 0x80 ||
              gs[-1] == '-'))
        gs--;
      Word g, h;
      if (gs < ge && gs - text >= 3 && gs[-1] == ' ' &&
          transcript_name_word(gs, ge, &g) && g.e == ge) {
        const char *hs = gs - 1;
        while (hs > text && cv_is_alpha_ascii(hs[-1]))
          hs--;
        if (cv_word_at(hs, gs - 1, &h) && h.e == gs - 1 &&
            cv_word_in(&h, greetings, G_N_ELEMENTS(greetings)) &&
            (!cv_name_model_in_dict(scan->model, g.s, g.e) ||
             (cv_name_model_lists(scan->model, g.s, g.e) & 1)))
          cv_add_name(scan, g.s, g.e, 0.7f, "name-greeted");
      }
    }
    for (gsize k = 0; k < G_N_ELEMENTS(self); k++)
      if ((gsize)(end - p) > strlen(self[k]) &&
          memcmp(p, self[k], strlen(self[k])) == 0) {
        p += strlen(self[k]);
        break;
      }
    Word w;
    if (cv_word_at(p, end, &w) && w.s == p && !w.cap &&
        cv_word_in(&w, titles, G_N_ELEMENTS(titles))) {
      p = w.e;
      if (p < end && *p == '.')
        p++;
      if (p < end && *p == ' ')
        p++;
    }
    const char *s = p, *e = NULL;
    gboolean vouched = FALSE;
    for (int k = 0; k < 3; k++) {
      if (!transcript_name_word(p, end, &w) || (k == 0 && w.fn < 3))
        break;
      gboolean dict = cv_name_model_in_dict(scan->model, w.s, w.e);
      /* (the first word a given name, or out of the dictionaries: "it's
       * going well", "c'est tout." stay; or a dictionary word before a
       * surname out of them that ends the name: "c'est chérie norzéus
       * je") */
      if (k == 0 && dict && !(cv_name_model_lists(scan->model, w.s, w.e) & 1) &&
          !cv_gazetteer_first(w.f, w.fn)) {
        Word n2;
        if (!(w.e + 1 < end && *w.e == ' ' &&
              transcript_name_word(w.e + 1, end, &n2) &&
              !cv_name_model_in_dict(scan->model, n2.s, n2.e) &&
              intro_name_ends(n2.e, end, goes_on, G_N_ELEMENTS(goes_on))))
          break;
      }
      /* (and the next ones names too: "it's worth adding", "it's postinst
       * should," stay; a dictionary word only where the name ends: "it's
       * maxyme moineau i got") */
      if (k > 0 && dict && !(cv_name_model_lists(scan->model, w.s, w.e) & 3) &&
          !cv_gazetteer_last(w.f, w.fn) &&
          !intro_name_ends(w.e, end, goes_on, G_N_ELEMENTS(goes_on)))
        break;
      vouched |= !dict || (cv_name_model_lists(scan->model, w.s, w.e) & 3);
      p = w.e;
      /* what follows: punctuation, the line's end, or a word that goes on
       * (a dictionary word alone needs the word) */
      if (p >= end || *p == ',' || *p == '.' || *p == '!' || *p == '?' ||
          *p == '\n') {
        if (!(k == 0 && dict))
          e = p;
        break;
      }
      Word n;
      if (*p != ' ' || !cv_word_at(p + 1, end, &n) || n.s != p + 1)
        break;
      if (cv_word_in(&n, goes_on, G_N_ELEMENTS(goes_on))) {
        e = p;
        break;
      }
      p++;
    }
    if (e && vouched)
      cv_add_name(scan, s, e, 0.7f, "name-intro");
  }
}

/* A mention alone of a surname that is also a common word, found after a
 * given name earlier ("Lucie Page ... Page affirme", "told Page to"):
 * capitalised, not a heading's or a list's word ("Page 2", "Page :"),
 * not after a determiner ("la Page", "the Page"), followed by a lower-case
 * word or a sentence's punctuation. */
static gboolean
weak_mention(const char *text, const char *end, const Word *w)
{
  static const char *const dets[] = { "la",  "le",   "les",   "une",   "un",
                                      "the", "a",    "an",    "this",  "cette",
                                      "ce",  "de",   "du",    "des",   "ma",
                                      "mon", "sa",   "son",   "ses",   "my",
                                      "our", "your", "votre", "notre", "leur" };
  if (w->upper || !w->cap)
    return FALSE;
  const char *a = w->e;
  if (a < end && strchr(".,;!?)", *a) == NULL && *a != ' ')
    return FALSE;
  if (a + 1 < end && *a == ' ' && !(cv_cls[(guint8)a[1]] & CV_C_LOWER) &&
      (guint8)a[1] < 0x80)
    return FALSE; /* "Page 2", "Page :", "Page Suivante" */
  const char *b = w->s;
  while (b > text && w->s - b < 3 && b[-1] == ' ')
    b--;
  if (b > text && b < w->s && cv_is_digit(b[-1]))
    return FALSE; /* a date's or a count's: "le 3 Décembre" */
  if (b == w->s || b == text || !cv_is_alpha_ascii(b[-1]))
    return TRUE;
  const char *ps = b;
  while (ps > text && b - ps < 8 && cv_is_alpha_ascii(ps[-1]))
    ps--;
  char f[8];
  gsize n = (gsize)(b - ps);
  if (n == 0 || n >= sizeof f || (ps > text && cv_is_alnum_ascii(ps[-1])))
    return TRUE;
  for (gsize i = 0; i < n; i++)
    f[i] = g_ascii_tolower(ps[i]);
  return !cv_folded_in(f, n, dets, G_N_ELEMENTS(dets));
}

/* Two short capitalised names side by side, both in the name lists and
 * out of the dictionaries ("Yu Li", "Wu Jun", "An Vo"): Chinese and
 * Vietnamese names of one syllable each, which the model scores too low.
 * The first may be a short word ("An"), the second a month's name
 * ("Jun"), if the other is no word at all. */
static void
short_name_pairs(CvScan *scan)
{
  const char *text = scan->text, *end = text + scan->len;
  const guint32 *cw = (const guint32 *)scan->capwords->data;
  guint n = scan->capwords->len / 2;
  for (guint i = 0; i + 1 < n; i++) {
    const char *a = text + cw[2 * i];
    /* (cheap test first: a short word, the next capitalised word right
     * after its blank) */
    const char *b = text + cw[2 * i + 2];
    if (b - a < 3 || b - a > 5 || b[-1] != ' ')
      continue;
    Word w1, w2;
    if (!cv_word_at(a, end, &w1) || w1.upper || w1.digit || w1.fn > 3 ||
        w1.e + 1 >= end || *w1.e != ' ' || text + cw[2 * i + 2] != w1.e + 1 ||
        !cv_word_at(w1.e + 1, end, &w2) || w2.upper || w2.digit || w2.fn > 4 ||
        w2.fn < 2)
      continue;
    guint32 c1 = w1.cats & ~(guint32)(CV_CTX_GAZFIRST | CV_CTX_GAZLAST);
    guint32 c2 = w2.cats & ~(guint32)(CV_CTX_GAZFIRST | CV_CTX_GAZLAST);
    gboolean d1 = cv_name_model_in_dict(scan->model, w1.s, w1.e);
    gboolean d2 = cv_name_model_in_dict(scan->model, w2.s, w2.e);
    guint l1 = cv_name_model_lists(scan->model, w1.s, w1.e);
    guint l2 = cv_name_model_lists(scan->model, w2.s, w2.e);
    if (!(l1 & 3) || !(l2 & 3))
      continue;
    static const char *const little[] = { "in", "on", "at", "to", "of", "is",
                                          "it", "as", "by", "or", "if", "so",
                                          "no", "en", "au", "du", "de", "la",
                                          "le", "un", "et", "ou", "si", "do" };
    gboolean ok1 =
        (!c1 && !d1) || (c1 == CV_CTX_STOPNAME && w1.fn == 2 && !c2 && !d2 &&
                         !cv_word_in(&w1, little, G_N_ELEMENTS(little)));
    gboolean ok2 = (!c2 && !d2) || (c2 == CV_CTX_MONTH && !c1 && !d1);
    if (!ok1 || !ok2 || (w2.e < end && cv_is_alnum_ascii(*w2.e)))
      continue;
    cv_add_name(scan, w1.s, w2.e, 0.75f, "name-short-pair");
    i++;
  }
}

/* The Vietnamese and Chinese surnames Le and He after a given name out of
 * the dictionaries, then a comma, a period, a bracket, "et" or "and"
 * ("entre Widline Le et", "À : Hanh Le <hanh.le@...>", "appuyée par Lihua
 * He, le conseil"): the model reads them as an article or a pronoun and
 * lets the given name go too.  Not "Marie Le Blanc" (a particle before a
 * name), not "Kevin He said" (the pronoun). */
static void
le_he_surnames(CvScan *scan)
{
  const char *text = scan->text, *end = text + scan->len;
  for (int pass = 0; pass < 2; pass++) {
    /* (memchr over the capitals L and H, rarer than a blank) */
    const char cap = pass == 0 ? 'L' : 'H';
    for (const char *p = text + 1; p + 2 < end;) {
      const char *c = memchr(p, cap, (gsize)(end - p));
      if (!c || c + 2 >= end)
        break;
      p = c + 1;
      if (c[-1] != ' ' || c[1] != 'e')
        continue;
      const char *q = c - 1;
      const char *a = q + 3;
      if (!le_he_ends(a, end, q[1] == 'L') &&
          !(a + 1 < end && *a == ' ' && a[1] == '<'))
        continue;
      /* the given name before it */
      const char *ge = q, *gs = q;
      while (gs > text && q - gs < 40 &&
             (cv_is_alpha_ascii(gs[-1]) || (guint8)gs[-1] >= 0x80 ||
              gs[-1] == '-'))
        gs--;
      Word g;
      if (gs == ge || !cv_word_at(gs, ge, &g) || g.e != ge || !g.cap || g.upper ||
          g.fn < 3 || (g.cats & ~(guint32)(CV_CTX_GAZFIRST | CV_CTX_GAZLAST)) ||
          cv_name_model_in_dict(scan->model, gs, ge))
        continue;
      /* (not a sentence's first word: "Bonjour Le...") */
      const char *b = gs;
      while (b > text && b[-1] == ' ')
        b--;
      if (b == text || b[-1] == '\n' || b[-1] == '.' || b[-1] == '!' ||
          b[-1] == '?')
        if (!(cv_gazetteer_first(g.f, g.fn) ||
              (cv_name_model_lists(scan->model, gs, ge) & 1)))
          continue;
      cv_add_name(scan, gs, q + 3, 0.75f, "name-le-he");
    }
  }
}

/* Names inside a line typed in capitals, a report's or a note's header
 * ("RENCONTRE AVEC AMARU QUISPE LE 3 MAI", "VISIT WITH OYIZA BELLO"): after
 * a word that takes a person, the words out of the dictionaries or in the
 * name lists, up to another word.  After "de"/"of" two words at least (a
 * full name, not "BUREAU DE CHIBOUGAMAU"). */
static void
caps_line_names(CvScan *scan)
{
  static const char *const cues[] = {
    "avec",   "chez",    "with",   "pour",   "for", "concernant", "re",
    "by",     "par",     "de",     "du",     "of",  "m",          "mme",
    "mr",     "mrs",     "ms",     "dr",     "me",  "monsieur",   "madame",
    "client", "cliente", "usager", "usagere"
  };
  const GArray *lines = cv_scan_lines(scan);
  for (guint li = 0; li < lines->len; li++) {
    const char *l, *le;
    cv_line_of(scan, lines, li, &l, &le);
    guint up = 0, low = 0;
    for (const char *q = l; q < le && q - l < 200 && !low; q++) {
      up += *q >= 'A' && *q <= 'Z';
      low += *q >= 'a' && *q <= 'z';
    }
    if (low > 0 || up < 8 || le - l > 200) {
      continue;
    }
    gboolean cue = FALSE, strong = FALSE;
    const char *q = l;
    while (q < le) {
      Word w;
      if (!cv_word_at(q, le, &w)) {
        q++;
        continue;
      }
      if (w.digit) {
        cue = FALSE;
        q = w.e;
        continue;
      }
      if (cue) {
        /* the run of name words after the cue */
        const char *rs = w.s, *re = NULL, *r = w.s;
        int nw = 0;
        gboolean unknown = FALSE;
        while (r < le && nw < 4) {
          Word n;
          if (!cv_word_at(r, le, &n) || n.s != r || n.digit || n.fn < 2)
            break;
          guint32 cats = n.cats & ~(guint32)(CV_CTX_GAZFIRST | CV_CTX_GAZLAST);
          gboolean dict = cv_name_model_in_dict(scan->model, n.s, n.e);
          guint lists = cv_name_model_lists(scan->model, n.s, n.e);
          if (cats || (dict && !(lists & 3)))
            break;
          unknown |= !dict || (lists & 1);
          nw++;
          re = n.e;
          r = cv_skip_hspace(n.e, le);
          if (r == n.e)
            break;
        }
        if (re && unknown && (strong || nw >= 2))
          cv_add_name(scan, rs, re, 0.75f, "name-caps-line");
        if (re)
          w.e = re;
      }
      cue = cv_word_in(&w, cues, G_N_ELEMENTS(cues));
      strong = cue && !(w.fn <= 2 && (w.f[0] == 'd' || w.f[0] == 'o'));
      q = w.e > q ? w.e : q + 1;
    }
  }
}

/* A list of names after a line's label whose first item is a name found
 * ("Authorized pick-up: Marie Coutard, L. Javelle", "Comité : J.
 * Egurburu, Marsaili Ploughman, Anthonny Pignon"): the items after it,
 * each a name's shape up to the next comma, "et" / "and" or the line's
 * end, are names too.  Only when the whole rest of the line is such
 * items. */
static void
colon_list_names(CvScan *scan)
{
  const char *text = scan->text;
  const char *end = text + scan->len;
  guint n = scan->cands->len;
  for (guint i = 0; i < n; i++) {
    const CvSpan *sp = &g_array_index(scan->cands, CvSpan, i);
    if (sp->type != CV_PII_PERSON || sp->start < 3)
      continue;
    const char *s = text + sp->start, *e = text + sp->end;
    /* the first item right after a label's colon near the line's start */
    if (s[-1] != ' ' || s[-2] != ':' || e >= end || *e != ',')
      continue;
    const char *ls = s - 2;
    while (ls > text && ls[-1] != '\n' && s - ls < 48)
      ls--;
    if (ls > text && ls[-1] != '\n')
      continue;
    if (memchr(ls, ':', (gsize)(s - 2 - ls)) != NULL)
      continue; /* a time stamp's colon: a chat's message */
    const char *le = cv_line_end(e, end);
    const char *items[2 * 12];
    int ni = 0;
    const char *r = e;
    gboolean ok = TRUE;
    while (ok && r < le && ni < 2 * 12) {
      if (*r == ',')
        r = cv_skip_hspace(r + 1, le);
      else if (le - r > 4 && memcmp(r, " et ", 4) == 0)
        r += 4;
      else if (le - r > 5 && memcmp(r, " and ", 5) == 0)
        r += 5;
      else {
        ok = FALSE;
        break;
      }
      r = cv_skip_title(r, le);
      int nw;
      gboolean gaz;
      const char *ne = cv_read_name(r, le, 4, &nw, &gaz, FALSE);
      if (!ne || nw < 1 || (nw < 2 && !gaz)) {
        ok = FALSE;
        break;
      }
      items[ni++] = r;
      items[ni++] = ne;
      r = ne;
      if (r < le && *r == '.' && cv_skip_hspace(r + 1, le) == le)
        r = le;
      r = r < le && cv_skip_hspace(r, le) == le ? le : r;
    }
    if (!ok || r != le)
      continue;
    for (int k = 0; k < ni; k += 2)
      cv_add_name(scan, items[k], items[k + 1], 0.75f, "name-colon-list");
  }
}

/* The speakers of a WebVTT transcript (Teams, Zoom): "<v Obéline
 * Malette-Moraumont>Bonjour</v>", "<v Allouache, Louiza>".  The tag holds
 * the speaker's display name; a numbered or generic speaker ("<v Speaker
 * 2>", "<v Intervenant>") stays. */
static void
vtt_speakers(CvScan *scan)
{
  const char *text = scan->text;
  const char *end = text + scan->len;
  for (const char *p = memchr(text, '<', scan->len); p;
       p = p + 1 < end ? memchr(p + 1, '<', (gsize)(end - p - 1)) : NULL) {
    if (end - p < 5 || p[1] != 'v' || p[2] != ' ')
      continue;
    const char *s = p + 3, *e = s;
    while (e < end && e - s < 80 && *e != '>' && *e != '\n' && *e != '<')
      e++;
    if (e >= end || *e != '>' || e == s)
      continue;
    /* every word capitalised, no digit, one at least naming (out of the
     * dictionaries or in the name lists) */
    gboolean ok = TRUE, named = FALSE;
    for (const char *q = s; q < e && ok;) {
      Word w;
      if (*q == ' ' || *q == ',' || *q == '.' || *q == '-') {
        q++;
        continue;
      }
      if (!cv_word_at(q, e, &w) || w.s != q || w.digit) {
        ok = FALSE;
        break;
      }
      ok = w.cap || (w.cats & CV_CTX_PARTICLE);
      named |= w.cap && w.fn >= 2 &&
               !(w.cats & (NAME_STOP | CV_CTX_ORG | CV_CTX_ORGTAIL)) &&
               (!cv_name_model_in_dict(scan->model, w.s, w.e) ||
                (cv_name_model_lists(scan->model, w.s, w.e) & 3) ||
                cv_gazetteer_first(w.f, w.fn) || cv_gazetteer_last(w.f, w.fn));
      q = w.e > q ? w.e : q + 1;
    }
    if (ok && named)
      cv_add_name(scan, s, e, 0.85f, "name-vtt-speaker");
  }
}

void
cv_scan_name_mentions(CvScan *scan)
{
  vtt_speakers(scan);
  caps_line_names(scan);
  le_he_surnames(scan);
  short_name_pairs(scan);
  subject_names(scan);
  lower_subject_names(scan);
  lower_clause_names(scan);
  month_given_names(scan);
  month_surnames(scan);
  article_surnames(scan);
  initials_names(scan);
  paren_kin_names(scan);
  kin_appositions(scan);
  conjoined_names(scan);
  colon_list_names(scan);
  elided_names(scan);
  role_appositions(scan);
  inverted_names(scan);
  header_recipients(scan);
  directory_cells(scan);
  at_mentions(scan);
  chat_lower_names(scan);
  introduced_names(scan);
  caller_names(scan);
  intro_names(scan);
  if (scan->lower_names != NULL)
    lower_mentions(scan);
  if (g_hash_table_size(scan->names) == 0)
    return;
  spelled_mentions(scan);
  const char *text = scan->text;
  const char *end = text + scan->len;
  /* filter of the name words found, same key as the word pass */
  enum { BITS = 1 << 16 };
  guint64 *bloom = g_new0(guint64, BITS / 64);
  GHashTableIter it;
  gpointer key;
  g_hash_table_iter_init(&it, scan->names);
  while (g_hash_table_iter_next(&it, &key, NULL)) {
    const char *nk = *(const char *)key == '\1' ? (const char *)key + 1 : key;
    guint32 k = cv_word_key(nk, strlen(nk)) & (BITS - 1);
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
    /* (not inside "Jean-Louis" or "O'Brien"; after "d'" / "qu'" yes: "le
     * cousin d'Opemipo") */
    if (p > text && (p[-1] == '-' || p[-1] == '\'') &&
        !(p[-1] == '\'' && elision_before(text, p)))
      continue;
    Word w;
    if (!cv_word_at(p, end, &w) || w.fn < 2 || w.fn > CV_REDACT_MAX_WORD)
      continue;
    char buf[CV_REDACT_MAX_WORD + 1];
    memcpy(buf, w.f, w.fn);
    buf[w.fn] = 0;
    /* an English possessive or contraction: "Walid's not here" */
    if (w.fn > 3 && buf[w.fn - 2] == '\'' && buf[w.fn - 1] == 's' &&
        !g_hash_table_contains(scan->names, buf)) {
      buf[w.fn - 2] = 0;
      if (g_hash_table_contains(scan->names, buf))
        w.e -= (w.e[-2] == '\'') ? 2 : 4; /* ' or ’ (3 bytes) */
      else
        buf[w.fn - 2] = '\'';
    }
    gboolean found = g_hash_table_contains(scan->names, buf);
    if (!found && w.fn < CV_REDACT_MAX_WORD) {
      char wk[CV_REDACT_MAX_WORD + 2];
      wk[0] = '\1';
      memcpy(wk + 1, w.f, w.fn);
      wk[w.fn + 1] = 0;
      found =
          g_hash_table_contains(scan->names, wk) && weak_mention(text, end, &w);
    }
    if (found && !place_or_org_name(text, end, p, w.e)) {
      /* a surname of this document's people is theirs even in a firm's
       * name ("Leduc Avocats inc."); a given name in an organisation's
       * name is not ("Pharmacie Jean Coutu") */
      float conf = 0.7f;
      if (!cv_gazetteer_first(w.f, w.fn) &&
          cv_scan_in_keep(scan, (gsize)(p - text), (gsize)(w.e - text)))
        conf = CV_KEEP_CONF;
      cv_scan_add(scan, CV_PII_PERSON, (gsize)(p - text), (gsize)(w.e - text),
                  conf, "name-mention");
    }
  }
  g_free(bloom);
}
