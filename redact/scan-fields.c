/* scan-fields.c — owns the rules that fail closed on strong context:
 *
 * - fields: after a label for a phone, address, date of birth, card,
 *   account, SIN, health number, licence or passport ("Phone:", "Adresse
 *   :", "DOB", "Passport no."), the value is redacted whatever its shape
 *   up to the end of the field (line end, TAB, column gap, '|', ';'), on the
 *   same line or alone on the next one: international phones, foreign
 *   addresses, any date format;
 * - phones written with a country code ("+44 20 7946 0958", "0044 7700
 *   900123") anywhere;
 * - addresses after "I live at", "habite au", "ship to NAME,": to the end
 *   of the sentence when they hold a number;
 * - no partial leaks: initials, particles and given names right next to a
 *   person's name go with it (cv_scan_extend_names, run last).
 *
 * Every rule starts from a context hit or a '+' and reads a bounded
 * window. */
#define _GNU_SOURCE 1 /* memmem */
#include "redact-private.h"
#include "scan-words.h"

#include <string.h>

#define FIELD_MAX 96 /* longest value read after a label */

/* Per type: the category of its labels and the digits its field needs. */
static const struct {
  guint32 cat;
  guint digits;
} pii_fields[] = {
#define CV_PII_TYPE(id, name, label, code, ctx, digits) { ctx, digits },
#include "cv-pii-types.h"
#undef CV_PII_TYPE
};
G_STATIC_ASSERT(G_N_ELEMENTS(pii_fields) == CV_PII_N_TYPES);

const guint32 cv_pii_ctx_mask = 0
#define CV_PII_TYPE(id, name, label, code, ctx, digits) | (ctx)
#include "cv-pii-types.h"
#undef CV_PII_TYPE
    ;

static const char *
skip_sp(const char *p, const char *end)
{
  gsize l;
  while (p < end && (l = cv_hspace_len(p, end)) != 0)
    p += l;
  return p;
}

/* End of the field starting at @p: line end, TAB, a column gap, '|',
 * ';' or a parenthesis the value did not open (the label's: "Huong
 * Marchand (DDN : 1987-08-14) est arrivée"), at most FIELD_MAX bytes;
 * trailing spaces and '.' ',' trimmed. */
static const char *
field_end(const char *p, const char *end)
{
  const char *q = p;
  int depth = 0;
  while (q < end && q - p < FIELD_MAX && *q != '\n' && *q != '\r' &&
         *q != '\t' && *q != '|' && *q != ';' &&
         !(*q == ' ' && q + 2 < end && q[1] == ' ' && q[2] == ' ')) {
    if (*q == '(')
      depth++;
    else if (*q == ')' && depth-- == 0)
      break;
    q++;
  }
  while (q > p && (q[-1] == ' ' || q[-1] == '.' || q[-1] == ',' || q[-1] == ')'))
    q--;
  return q;
}

/* End of a sentence-bounded value at @p: the field end, or an earlier '.'
 * followed by a space and a word that is not a number (not after an
 * abbreviation of one or two letters: "Av.", "St."). */
static const char *
sentence_end(const char *p, const char *end)
{
  const char *fe = field_end(p, end);
  for (const char *q = p; q < fe; q++) {
    if (*q != '.' || q + 1 >= end || q[1] != ' ')
      continue;
    const char *w = q;
    while (w > p && cv_is_alpha_ascii(w[-1]))
      w--;
    static const char *const abbr[] = {
      "av",  "ave", "st", "ste",  "ul",   "rd", "dr", "apt", "app",
      "no",  "ch",  "bd", "boul", "blvd", "mt", "ft", "pl",  "sq",
      "rte", "n",   "s",  "e",    "o",    "w",  "c",  "p"
    };
    gsize wl = (gsize)(q - w);
    gboolean ab = FALSE;
    /* (dotted ones too: "C.P. 123", "P.O. Box 12") */
    if (wl >= 1 && wl <= 4 &&
        (w == p || w[-1] == ' ' || w[-1] == ',' || w[-1] == '.'))
      for (gsize k = 0; k < G_N_ELEMENTS(abbr) && !ab; k++)
        ab = wl == strlen(abbr[k]) && g_ascii_strncasecmp(w, abbr[k], wl) == 0;
    if (ab)
      continue; /* "Av. Paulista", "Ul. Marszałkowska" */
    return q;
  }
  return fe;
}

/* A transcript's answer to a question ending at @p ("…, et votre adresse
 * ?" then "[09:16] jessica: 88 rue principale, granby"): the next line
 * past its speaker (a prefix of at most five words before ': '), else
 * NULL when the question does not end its line. */
static const char *
answer_value(const char *p, const char *end)
{
  p = skip_sp(p, end);
  if (p >= end || (*p != '\n' && *p != '\r'))
    return NULL;
  while (p < end && (*p == '\n' || *p == '\r' || *p == ' ' || *p == '\t'))
    p++;
  const char *le = p;
  while (le < end && *le != '\n' && le - p < 64)
    le++;
  int spaces = 0;
  for (const char *r = p; r + 1 < le; r++) {
    if (*r == ' ' && ++spaces > 5)
      break;
    if (*r == ':' && r > p && r[-1] != ' ' && (r[1] == ' ' || r[1] == '\t')) {
      const char *v = skip_sp(r + 1, end);
      return v < end && *v != '\n' ? v : NULL;
    }
    if (*r == ' ' && r[1] == ':' && r + 2 < le && r[2] == ' ') {
      const char *v = skip_sp(r + 2, end); /* "Client : …" */
      return v < end && *v != '\n' ? v : NULL;
    }
  }
  return NULL;
}

/* Is the label [s, e) one of a health card, a SIN or a passport, whose
 * number may follow its words with no colon ("health card number 1234
 * 567 890 AB"; not "dossier 2019-02-62558")? */
static gboolean
number_label(const char *s, const char *e)
{
  static const char *const labels[] = { "health",   "maladie",   "ohip",
                                        "ramq",     "hin",       "medicare",
                                        "passport", "passeport", "sin",
                                        "nas" };
  char f[16];
  gsize fn = e > s ? cv_fold(s, e, f, sizeof f) : 0;
  return cv_folded_in(f, fn, labels, G_N_ELEMENTS(labels));
}

/* Are the words of [p, e) only "card", "number", "no"... (what comes
 * between a card's label and its number)? */
static gboolean
fill_words_only(const char *p, const char *e)
{
  static const char *const fill[] = { "card", "carte", "number", "numero",
                                      "no",   "num",   "is",     "est" };
  while (p < e) {
    while (p < e && !cv_is_alpha_ascii(*p) && (guint8)*p < 0x80)
      p++;
    const char *ws = p;
    while (p < e && (cv_is_alpha_ascii(*p) || (guint8)*p >= 0x80))
      p++;
    if (p == ws)
      break;
    char f[16];
    gsize fn = cv_fold(ws, p, f, sizeof f);
    if (!cv_folded_in(f, fn, fill, G_N_ELEMENTS(fill)))
      return FALSE;
  }
  return TRUE;
}

/* The value after the label ending at @we: past fill words ("number",
 * "no", "de", "#") to ':' or '=' on the line, then the rest of the line, or
 * the next line when the label ends its line.  NULL if no field. */
static const char *
field_value(const CvScan *scan, const char *lstart, const char *we,
            gboolean need_colon)
{
  const char *text = scan->text, *end = text + scan->len;
  const char *q = we;
  int words = 0;
  while (q < end && q - we < 32) {
    q = skip_sp(q, end);
    if (q >= end)
      return NULL;
    if (*q == ':' || *q == '=' || (*q == '#' && !need_colon)) {
      q = skip_sp(q + 1, end);
      if (q < end && (*q == '\n' || *q == '\r')) {
        while (q < end && (*q == '\n' || *q == '\r' || *q == ' ' || *q == '\t'))
          q++;
      }
      return q < end ? q : NULL;
    }
    if (*q == '\n' || *q == '\r') {
      /* a label alone on its line (nothing before it but a bullet): the
       * value is the next line */
      const char *ls = lstart;
      while (ls > text && ls[-1] != '\n')
        ls--;
      for (const char *r = ls; r < lstart; r++)
        if (!(*r == ' ' || *r == '\t' || *r == '-' || *r == '*'))
          return NULL;
      if (words > 0 || (q > we && q[-1] == '.'))
        return NULL;
      while (q < end && (*q == '\n' || *q == '\r' || *q == ' ' || *q == '\t'))
        q++;
      return q < end ? q : NULL;
    }
    if (*q == '?' && !need_colon)
      return answer_value(q + 1, end); /* "votre adresse ?" / "Client : …" */
    /* a long number right after the label's words stands for the colon
     * ("health card number 1234 567 890 AB", "carte d'assurance maladie
     * 1234 567 890"; not "renewal in 2024") */
    if (!need_colon && cv_is_digit(*q) && number_label(lstart, we) &&
        fill_words_only(we, q)) {
      const char *r = q;
      guint nd = 0;
      while (r < end && r - q < 24 && *r != '\n' &&
             (cv_is_digit(*r) || *r == ' ' || *r == '-'))
        nd += cv_is_digit(*r++);
      return nd >= 8 ? q : NULL;
    }
    if (*q == '.' && q + 1 < end && (q[1] == '\n' || q[1] == '\r'))
      return NULL; /* the end of a sentence, not "Tél." */
    if (*q == '.' || *q == '\'' || *q == '(' || *q == ')' || *q == '/' ||
        *q == '-') {
      q++;
      continue;
    }
    if ((guint8)*q == 0xC2 && q + 1 < end && (guint8)q[1] == 0xB0) { /* n° */
      q += 2;
      continue;
    }
    const char *ws = q;
    while (q < end && (cv_is_alpha_ascii(*q) || (guint8)*q >= 0x80))
      q++;
    if (q == ws || ++words > 4)
      return NULL;
    /* "my zip code is 35350", "mon NAS est 046 454 286": the verb stands
     * for the colon when a number follows it */
    if (!need_colon && q - ws <= 3 && q < end && *q == ' ') {
      char f[4];
      gsize fn = cv_fold(ws, q, f, sizeof f);
      const char *n = skip_sp(q, end);
      if (((fn == 2 && memcmp(f, "is", 2) == 0) ||
           (fn == 3 && (memcmp(f, "was", 3) == 0 || memcmp(f, "est", 3) == 0))) &&
          n < end && (cv_is_digit(*n) || *n == '+' || *n == '(')) {
        return n;
      }
      /* "my iban is gb42nawi0445...": a token led by letters with digits */
      if (fn == 2 && n < end && cv_is_alpha_ascii(*n)) {
        const char *r = n;
        guint d = 0;
        while (r < end && cv_is_alnum_ascii(*r) && r - n < 40)
          d += cv_is_digit(*r++);
        if (d >= 6 && cv_is_digit(n[2]))
          return n;
      }
    }
  }
  return NULL;
}

/* The end of an extension glued to a number ("x769", "X0135"), else @p. */
static const char *
extension_end(const char *p, const char *end)
{
  if (p + 1 < end && (*p == 'x' || *p == 'X') && cv_is_digit(p[1])) {
    const char *q = p + 1;
    while (q < end && q - p <= 6 && cv_is_digit(*q))
      q++;
    if (q - p <= 6 && !(q < end && cv_is_alnum_ascii(*q)))
      return q;
  }
  return p;
}

static gboolean
phone_shaped(const char *s, const char *e)
{
  guint d = 0;
  /* a date is no phone number: 1990-05-12, 12/05/1990 */
  if (e - s == 10 &&
      ((s[4] == '-' && s[7] == '-') || (s[4] == '/' && s[7] == '/') ||
       (s[2] == '/' && s[5] == '/') || (s[2] == '-' && s[5] == '-') ||
       (s[2] == '.' && s[5] == '.') || (s[4] == '.' && s[7] == '.')))
    return FALSE;
  for (const char *p = s; p < e; p++) {
    if (cv_is_digit(*p))
      d++;
    else if (!(*p == ' ' || *p == '-' || *p == '.' || *p == '(' || *p == ')' ||
               *p == '+' || *p == '/' || (guint8)*p == 0xC2 ||
               (guint8)*p == 0xA0 || *p == 'x' || *p == 'X'))
      return FALSE;
  }
  return d >= 6 && d <= 16;
}

/* An identifier value: tokens of letters and digits joined by single
 * separators, from the first token with a digit (words before it are
 * skipped: "card 4111...", "no. A123"), up to a word ("has expired").
 * Returns its end (and *start), or NULL with fewer than @min_digits. */
static const char *
id_value(const char *s, const char *e, guint min_digits, const char **start)
{
  const char *q = s, *first = NULL, *last = NULL;
  guint d = 0;
  int skipped = 0;
  while (q < e) {
    const char *ts = q;
    guint td = 0, low = 0;
    while (q < e && cv_is_alnum_ascii(*q)) {
      td += cv_is_digit(*q);
      low += (cv_cls[(guint8)*q] & CV_C_LOWER) != 0;
      q++;
    }
    if (q == ts)
      break;
    gsize tl = (gsize)(q - ts);
    gboolean word = td == 0 && (low >= 2 || tl >= 4);
    if (!first) {
      if (td == 0) {
        if (++skipped > 3)
          return NULL;
      } else {
        first = ts;
      }
    } else if (word) {
      break;
    }
    if (first) {
      d += td;
      last = q;
    }
    if (q < e && (*q == ' ' || *q == '-' || *q == '.' || *q == '/' || *q == ':') &&
        q + 1 < e && cv_is_alnum_ascii(q[1]))
      q++;
    else
      break;
  }
  if (!first || d < min_digits)
    return NULL;
  *start = first;
  return last;
}

/* Is the identifier value [s, e) an amount ("Deposit: CAD 430.00",
 * "1,250.00") or a business's program account ("Employer's account
 * number: 123456789RP0001": nine digits, two capitals, four digits)? */
static gboolean
amount_or_program(const char *s, const char *e)
{
  gsize n = (gsize)(e - s);
  if (n >= 15 && n <= 17 && cv_count_digits(s, s + 9) == 9) {
    const char *q = s + 9 + (s[9] == ' ');
    if (q + 2 <= e && g_ascii_isupper(q[0]) && g_ascii_isupper(q[1])) {
      q += 2 + (q + 2 < e && q[2] == ' ');
      if (e - q == 4 && cv_count_digits(q, e) == 4)
        return TRUE;
    }
  }
  /* an amount: groups of three after up to three digits, or up to six
   * digits, then a decimal mark and two cents */
  if (n < 4 || !(e[-3] == '.' || e[-3] == ',') || !cv_is_digit(e[-2]) ||
      !cv_is_digit(e[-1]))
    return FALSE;
  const char *q = s;
  while (q < e - 3 && cv_is_digit(*q))
    q++;
  if (q == s || q - s > 6 || (q < e - 3 && q - s > 3))
    return FALSE;
  while (q < e - 3) {
    if (!(*q == ',' || *q == ' ') || e - 3 - q < 4 ||
        cv_count_digits(q + 1, q + 4) != 3)
      return FALSE;
    q += 4;
  }
  return q == e - 3;
}

/* The end of a URL-encoded form's value at @v, read up to @fe: the next
 * '&' (url_form_fields reads the pairs). */
static const char *
form_pair_end(const char *v, const char *fe)
{
  const char *amp = memchr(v, '&', (gsize)(fe - v));
  return amp ? amp : fe;
}

static gboolean ca_address_in(const CvScan *scan, gsize s, gsize e);

static void
field_at(CvScan *scan, const CvCtxHit *h)
{
  const char *text = scan->text, *end = text + scan->len;
  guint32 c = h->cats;
  if (c & CV_CTX_NEG)
    return; /* "numéro de dossier", "file number" */
  if (end - text - h->end >= 2 && text[h->end] == '-' &&
      cv_is_digit(text[h->end + 1]))
    return; /* a file number's prefix: "Claim no.: SIN-2023-095315" */
  const char *v = field_value(scan, text + h->start, text + h->end, FALSE);
  if (!v)
    return;
  const char *fe = field_end(v, end);
  if (fe <= v)
    return;
  gsize s = (gsize)(v - text);
  if (c & CV_CTX_PHONE) {
    /* the phone number: the first run of phone characters */
    const char *q = v;
    while (q < fe && (cv_is_digit(*q) || strchr(" -.()+/", *q)))
      q++;
    while (q > v && (q[-1] == ' ' || q[-1] == '-' || q[-1] == '.' || q[-1] == '('))
      q--;
    if (q > v && cv_is_digit(q[-1]))
      q = extension_end(q, fe);
    /* a toll-free number (1 800, 833 ... 888) is an organisation's line:
     * "Téléphone sans frais : 1 877 767-8773" */
    char dg[4];
    guint nd = 0, all = 0;
    for (const char *r = v; r < q; r++) {
      if (!cv_is_digit(*r))
        continue;
      if (all++ == 0 && *r == '1' && cv_count_digits(v, q) == 11)
        continue;
      if (nd < sizeof dg)
        dg[nd++] = *r;
    }
    gboolean toll = nd >= 3 && (all == 10 || all == 11) && dg[0] == '8' &&
                    ((dg[1] == '0' && dg[2] == '0') ||
                     (dg[1] >= '3' && dg[1] <= '8' && dg[2] == dg[1]));
    /* (a date opening the value: "Work notes:\n2024-03-24 20:45") */
    gboolean date = q - v >= 10 && cv_is_digit(v[0]) && cv_is_digit(v[1]) &&
                    cv_is_digit(v[2]) && cv_is_digit(v[3]) &&
                    (v[4] == '-' || v[4] == '/') && cv_is_digit(v[5]) &&
                    cv_is_digit(v[6]) && v[7] == v[4];
    if (phone_shaped(v, q) && !toll && !date)
      cv_scan_add(scan, CV_PII_PHONE, s, (gsize)(q - text), 0.85f, "phone-field");
    return;
  }
  if (c & (CV_CTX_DOB | CV_CTX_ADDRLABEL))
    fe = sentence_end(v, end); /* "Adresse : 12 rue X, Laval. Le dossier..." */
  if (text[h->end] == '=')
    fe = form_pair_end(v, fe);
  if (c & CV_CTX_DOB) {
    /* (a whole date ends the value: "1987-03-03 (37 ans)") */
    const char *de = cv_parse_date(v, end);
    if (de != NULL && de < fe)
      fe = de;
    if (fe - v <= 40 && cv_count_digits(v, fe) >= 2)
      cv_scan_add(scan, CV_PII_DOB, s, (gsize)(fe - text), 0.85f, "dob-field");
    return;
  }
  if (c & CV_CTX_ADDRLABEL) {
    gsize cl;
    gboolean caps = FALSE;
    if (!cv_letter_at(v, end, &cl, &caps))
      caps = FALSE;
    /* starts with a civic number or a capitalised name ("Hauptstrasse 12",
     * "Flat 3"), not "voir la section 4" */
    gboolean answer =
        memchr(text + h->end, '?', (gsize)(v - text - h->end)) != NULL;
    /* a Canadian street address the address scanner read: its span, the
     * city kept and the postal code apart ("Adresse : 267, montée des
     * Pionniers Ouest, Repentigny H0G 4L5") */
    if (ca_address_in(scan, s, (gsize)(fe - text)))
      return;
    if (cv_is_digit(*v) ||
        (!answer && (*v == '#' || (caps && cv_count_digits(v, fe) > 0))))
      cv_scan_add(scan, CV_PII_ADDRESS, s, (gsize)(fe - text), 0.85f,
                  "address-field"); /* (an answer: a civic number first) */
    return;
  }
  /* identifier fields: cv-pii-types.h says which label category and how
   * many digits */
  for (guint t = 0; t < CV_PII_N_TYPES; t++) {
    if (!pii_fields[t].digits || !(c & pii_fields[t].cat))
      continue;
    const char *vs;
    const char *ve = id_value(v, fe, pii_fields[t].digits, &vs);
    CvPiiType type = (CvPiiType)t;
    /* "carte d'assurance maladie : BOUR 3502 1218": four capitals before
     * eight digits make the health card (not "VISA 4007 0707 …") */
    if (ve && type == CV_PII_CREDIT_CARD && cv_count_digits(vs, ve) == 8) {
      const char *b = vs > text && vs[-1] == ' ' ? vs - 1 : vs;
      if (b - text >= 4 && g_ascii_isupper(b[-1]) && g_ascii_isupper(b[-2]) &&
          g_ascii_isupper(b[-3]) && g_ascii_isupper(b[-4]) &&
          (b - text == 4 || !g_ascii_isalnum(b[-5]))) {
        type = CV_PII_RAMQ;
        vs = b - 4;
      }
    }
    if (ve && !amount_or_program(vs, ve))
      cv_scan_add(scan, type, (gsize)(vs - text), (gsize)(ve - text), 0.85f,
                  "id-field");
    return;
  }
}

/* Where the address after "I live at" ends before @se: at a lower-case word
 * that opens another part of the sentence ("at 12 Main Street since the
 * fall", "au 45, rue X depuis mai", "with my sister"), else @se.  (Words
 * of addresses — "rue", "de", "in", "apt" — are none of them.) */
static const char *
clause_stop(const char *q, const char *se)
{
  static const char *const stops[] = {
    "since",  "depuis",    "with",     "avec",     "for",        "pour",
    "but",    "mais",      "because",  "car",      "parce",      "when",
    "quand",  "while",     "pendant",  "until",    "jusqu",      "who",
    "qui",    "which",     "que",      "ago",      "now",        "today",
    "hier",   "yesterday", "tomorrow", "demain",   "maintenant", "alone",
    "seul",   "seule",     "together", "ensemble", "if",         "si",
    "so",     "donc",      "then",     "puis",     "from",       "during",
    "durant", "avant",     "before",   "after",    "apres",      "per",
    "every",  "chaque",    "tous",     "all",      "my",         "mon",
    "ma",     "mes",       "our",      "notre",    "nos",        "his",
    "her",    "their",     "son",      "sa",       "ses",        "leur",
    "is",     "est",       "was",      "etait",    "has",        "have",
    "ont",    "will",      "would",    "can",      "may"
  };
  const char *p = q;
  while (p < se) {
    while (p < se && !cv_is_alpha_ascii(*p) && !((guint8)*p >= 0xC3))
      p++;
    const char *w = p;
    while (p < se && (cv_is_alpha_ascii(*p) || (guint8)*p >= 0x80))
      p++;
    if (p == w || !(cv_cls[(guint8)*w] & CV_C_LOWER) || p - w > 12)
      continue;
    char f[16];
    gsize fn = cv_fold(w, p, f, sizeof f);
    for (gsize k = 0; fn && k < G_N_ELEMENTS(stops); k++)
      if (strlen(stops[k]) == fn && memcmp(f, stops[k], fn) == 0) {
        const char *e = w;
        while (e > q && (e[-1] == ' ' || e[-1] == ',' || e[-1] == '\t'))
          e--;
        return e > q ? e : se;
      }
  }
  return se;
}

/* The first interval of the Canadian addresses the address scanner read
 * (its start and end) that overlaps [@s, @e), or NULL. */
static const guint32 *
ca_address_overlap(const CvScan *scan, gsize s, gsize e)
{
  /* (binary search: the first interval ending after @s) */
  const guint32 *iv = (const guint32 *)scan->ca_addr->data;
  guint n = scan->ca_addr->len / 2, lo = 0, hi = n;
  while (lo < hi) {
    guint mid = lo + (hi - lo) / 2;
    if (iv[2 * mid + 1] <= s)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < n && iv[2 * lo] < e ? iv + 2 * lo : NULL;
}

/* Does a Canadian street address of the address scanner (whose city
 * stays: "address-street-ca") overlap [@s, @e)? */
static gboolean
ca_address_in(const CvScan *scan, gsize s, gsize e)
{
  return ca_address_overlap(scan, s, e) != NULL;
}

/* "I live at 12 Oak St, London NW1 6XE", "habite au 45, rue X",
 * "resides at", "ship the parcel to NAME, 25 Orchard Road, Singapore
 * 238879": the rest of the sentence when it holds a number. */
static void
live_at(CvScan *scan, const CvCtxHit *h)
{
  const char *text = scan->text, *end = text + scan->len;
  const char *q = skip_sp(text + h->end, end);
  /* at / in / au / à / on */
  const char *w = q;
  while (q < end && q - w < 3 && cv_is_alpha_ascii(*q))
    q++;
  gsize wl = (gsize)(q - w);
  if (!((wl == 2 && (memcmp(w, "at", 2) == 0 || memcmp(w, "au", 2) == 0 ||
                     memcmp(w, "on", 2) == 0)) ||
        (wl == 0 && end - q >= 2 && (guint8)q[0] == 0xC3 && (guint8)q[1] == 0xA0)))
    return;
  if (wl == 0)
    q += 2;
  q = skip_sp(q, end);
  if (q >= end || !(cv_is_digit(*q) || (cv_cls[(guint8)*q] & CV_C_UPPER)))
    return;
  const char *se = sentence_end(q, end);
  if (cv_count_digits(q, se) == 0 || se - q < 6)
    return;
  /* an address: a civic number first, or parts separated by commas
   * ("Ul. Marszałkowska 178, 00-624 Warszawa"), not "à Laval depuis 2020" */
  if (!cv_is_digit(*q) && !memchr(q, ',', (gsize)(se - q)))
    return;
  se = clause_stop(q, se);
  if (ca_address_in(scan, (gsize)(q - text), (gsize)(se - text)))
    return; /* (the address scanner's, its city kept) */
  cv_scan_add(scan, CV_PII_ADDRESS, (gsize)(q - text), (gsize)(se - text), 0.8f,
              "address-live-at");
}

/* A unit after an address, on its line or alone on the next one (", Apt.
 * 656", "\n Suite 501", ", bureau 300", ", Flat 3"): its end, else @p. */
static const char *
unit_after(const char *p, const char *end)
{
  const char *q = p;
  gboolean nl = FALSE;
  while (q < end && q - p < 8 &&
         (*q == ' ' || *q == ',' || *q == '\t' || (*q == '\n' && !nl) ||
          *q == '\r' || (nl && *q == '>'))) { /* e-mail quotes: "\n>Apt." */
    if (*q == '\n')
      nl = TRUE;
    q++;
  }
  if (!nl && q > p && q + 4 < end && q[-1] == ' ' &&
      ((guint8)q[0] == 0xe2 && (guint8)q[1] == 0x80 &&
       ((guint8)q[2] == 0x93 || (guint8)q[2] == 0x94)) &&
      q[3] == ' ')
    q += 4; /* a dash before the unit: "rue des Érables – unité 1005A" */
  const char *w = q;
  while (q < end && q - w < 13 && cv_is_alpha_ascii(*q))
    q++;
  char f[16];
  gsize fn = cv_fold(w, q, f, sizeof f);
  guint16 v;
  if (!fn || q - w > 12 || !(cv_ctx_lookup(f, fn, &v) & CV_CTX_UNIT))
    return p;
  if (q < end && *q == '.')
    q++;
  q = skip_sp(q, end);
  if (q < end && *q == '#')
    q++;
  const char *t = q;
  guint d = 0;
  while (q < end && q - t < 8 && (cv_is_alnum_ascii(*q) || *q == '-')) {
    d += cv_is_digit(*q);
    q++;
  }
  if (d == 0 || (q < end && cv_is_alnum_ascii(*q)))
    return p;
  return q;
}

/* The postcode in the lines of a postal block after a street line
 * ("Brønderslev" / "Denmark 35018", "Toronto" / ", ON" / " 82269"): up to
 * three short lines of capitalised words, codes and digit groups; the
 * groups that hold digits are postcodes, the city, region and country
 * words are places and stay. */
static void
block_postcodes(CvScan *scan, const char *p)
{
  const char *text = scan->text, *end = text + scan->len;
  const char *q = p;
  while (q < end && (*q == ' ' || *q == ',' || *q == '.'))
    q++;
  if (q < end && *q != '\n' && *q != '\r')
    return; /* the street line goes on */
  gsize pend_s[3], pend_e[3];
  guint npend = 0;
  for (int line = 0; line < 3 && q < end; line++) {
    if (*q == '\r')
      q++;
    if (q >= end || *q != '\n')
      break;
    q++;
    const char *ls = q;
    const char *cs[2] = { NULL, NULL }, *ce[2] = { NULL, NULL };
    guint digits = 0, dgroups = 0, items = 0;
    gboolean ok = TRUE;
    while (q < end && *q != '\n' && *q != '\r' && ok) {
      if (q - ls > 48) {
        ok = FALSE;
        break;
      }
      if (*q == ' ' || *q == '\t' || *q == ',' || *q == '(' || *q == ')' ||
          *q == '-') {
        q++;
        continue;
      }
      const char *ts = q;
      guint td = 0;
      if (cv_is_digit(*q) || cv_cap_at(q, end)) {
        while (q < end && (cv_is_alnum_ascii(*q) || (guint8)*q >= 0x80 ||
                           *q == '\'' || *q == '.'))
          td += cv_is_digit(*q++);
      } else {
        ok = FALSE;
        break;
      }
      if (q == ts)
        ok = FALSE;
      items++;
      if (td) {
        digits += td;
        if (dgroups < 2) {
          cs[dgroups] = ts;
          ce[dgroups] = q;
        }
        dgroups++;
      }
    }
    if (!ok || items > 5 || digits > 9 || dgroups > 2)
      break;                    /* (nine: a ZIP+4 code, "MA 02105-5831") */
    if (items == dgroups + 1) { /* one place word: "Brønderslev" */
      pend_s[npend] = (gsize)(ls - text);
      pend_e[npend++] = (gsize)(q - text);
    }
    if (dgroups) {
      /* the place lines of a block that ends with its postcode */
      for (guint k = 0; k < npend; k++)
        cv_scan_keep_insert(scan, pend_s[k], pend_e[k]);
      npend = 0;
    }
    for (guint k = 0; k < dgroups; k++)
      cv_scan_add(scan, CV_PII_POSTAL_CODE, (gsize)(cs[k] - text),
                  (gsize)(ce[k] - text), 0.75f, "postcode-block");
  }
}

static const char *postcode_city_after(const char *p, const char *end,
                                       gboolean whole_line);
static const char *street_postcode_city(CvScan *scan, const char *h,
                                        const char *p);

/* After a street address found by the address scanner: the rest of the
 * field on that line when it reads as city, region and postcode
 * (capitalised words, codes, numbers; "London NW1 6XE", "10115 Berlin",
 * "Sydney NSW 2000", "São Paulo, SP 01310-100"). */
static void
address_tails(CvScan *scan, guint from)
{
  const char *text = scan->text, *end = text + scan->len;
  guint n = scan->cands->len;
  for (guint i = from; i < n; i++) {
    CvSpan sp = g_array_index(scan->cands, CvSpan, i);
    if (sp.type != CV_PII_ADDRESS || ca_address_in(scan, sp.start, sp.end))
      continue; /* (a Canadian address's city stays) */
    const char *p = text + sp.end;
    if (end - p >= 2 && p[0] == ',' && p[1] != ' ' && p[1] != '\n')
      continue; /* (a CSV row's cell: the city and fee are other columns) */
    for (int k = 0; k < 2; k++)
      p = unit_after(p, end);
    const char *last = p;
    for (int seg = 0; seg < 4 && p < end; seg++) {
      const char *q = p;
      if (q < end && *q == ',')
        q++;
      q = skip_sp(q, end);
      if (q == p && seg == 0 && !(q < end && *q == ','))
        break;
      /* a segment: capitalised words, upper-case codes, digit groups */
      const char *r = q;
      int items = 0;
      while (r < end && items < 5) {
        const char *ws = r;
        gboolean digit = cv_is_digit(*r);
        gsize cl;
        gboolean up = FALSE;
        if (!digit && !cv_letter_at(r, end, &cl, &up))
          up = FALSE;
        if (!digit && !up)
          break;
        while (r < end &&
               (cv_is_alnum_ascii(*r) || (guint8)*r >= 0x80 || *r == '-' ||
                (*r == '\'' && r + 1 < end && cv_is_alpha_ascii(r[1]))))
          r++;
        if (r == ws)
          break;
        if (!digit && r - ws <= 5 && r + 2 < end && *r == '.' && r[1] == ' ' &&
            (cv_cap_at(r + 2, end) || cv_is_digit(r[2])))
          r++; /* a district's or a unit's abbreviation: "Col. Centro",
                * "Brgy. Malate", "Int. 11" */
        if (digit && cv_count_digits(ws, r) > 7 && !(r - ws == 10 && ws[5] == '-'))
          break; /* (a ZIP+4 code is one: "07179-5845") */
        items++;
        last = r;
        const char *t = skip_sp(r, end);
        if (t == r || t >= end || *t == ',' || *t == '\n')
          break;
        r = t;
      }
      if (items == 0)
        break;
      p = last;
    }
    /* the postcode and city on the next line, then the country:
     * "1894 Nelson Mandela Drive" / "Pietersburg 805" / "South Africa" */
    const char *pl = postcode_city_after(last, end, TRUE);
    if (pl)
      last = pl;
    else
      block_postcodes(scan, last);
    if (last > text + sp.end)
      cv_scan_add(scan, CV_PII_ADDRESS, sp.start, (gsize)(last - text),
                  sp.confidence, "address-tail");
  }
}

/* The small words inside a street's name ("Rue de la Brasserie 211", "Via
 * della Posta 4", "Rua Vinte e Cinco", "Travessa do Carmo, 185"). */
static const char *const street_particles[] = {
  "de",    "la",    "du",  "des", "del", "della", "di",
  "da",    "do",    "dos", "das", "dei", "e",     "delle",
  "degli", "dalla", "y",   "van", "der", "von",   "le"
};

/* Street-first addresses (Europe, Latin America, Japan): "Hauptstrasse
 * 12, 10115 Berlin", "Ul. Marszałkowska 178, 00-624 Warszawa", "Calle
 * Mayor 90, 28013 Madrid", "Keizersgracht 379, 1015 CJ Amsterdam",
 * "329-38 Shibuya, Tokyo 150-0002", "Hauptstrasse 272, Suite 27": one to
 * three capitalised words that are no context words and a house number,
 * then after a comma a postcode (four digits or more) or a unit.  From
 * each ", " followed by a digit or a capital (bounded look-back). */
static gboolean
postcode_segment(const char *p, const char *end, const char **out)
{
  const char *q = p, *last = NULL;
  int run = 0, best = 0, words = 0;
  gboolean unit = FALSE;
  while (q < end && q - p < 48 && *q != '\n' && *q != ';' &&
         !(*q == '.' && (q + 1 >= end || q[1] == ' ' || q[1] == '\n'))) {
    if (cv_is_digit(*q)) {
      run++;
      best = MAX(best, run);
    } else {
      run = 0;
    }
    if (q == p || q[-1] == ' ') {
      /* a lower-case word after the postcode ends the city: "12, 8001
       * Zürich please" */
      if (best >= 4 && (cv_cls[(guint8)*q] & CV_C_LOWER))
        break;
      if (words == 0 && (cv_cls[(guint8)*q] & CV_C_UPPER)) {
        char f[16];
        const char *we = q;
        while (we < end && cv_is_alpha_ascii(*we) && we - q < 12)
          we++;
        gsize fn = cv_fold(q, we, f, sizeof f);
        guint16 v;
        unit = fn && (cv_ctx_lookup(f, fn, &v) & CV_CTX_UNIT);
      }
      words++;
    }
    q++;
    if (cv_is_alnum_ascii(q[-1]) || (guint8)q[-1] >= 0x80)
      last = q;
  }
  if (!last || (best < 4 && !(unit && best >= 1)))
    return FALSE;
  *out = last;
  return TRUE;
}

static void
street_first(CvScan *scan)
{
  const char *text = scan->text, *end = text + scan->len;
  const char *p = text;
  const char *done = text;
  const GArray *commas = cv_scan_marks(scan, CV_MARK_COMMA);
  for (guint mi = 0; mi < commas->len; mi++) {
    const char *c = text + g_array_index(commas, guint32, mi);
    if (c < p)
      continue;
    p = c + 1;
    if (c < done || c - text < 4 || !cv_is_digit(c[-1]) || c + 2 >= end ||
        c[1] != ' ')
      continue;
    /* the house number before the comma: 1-4 digits (or 329-38) */
    const char *n = c;
    while (n > text && c - n < 8 && (cv_is_digit(n[-1]) || n[-1] == '-'))
      n--;
    if (c - n > 7 || n == text || (n[-1] != ' '))
      continue;
    const char *ps;
    const char *se;
    if (!postcode_segment(c + 2, end, &se))
      continue;
    /* number first ("329-38 Shibuya, Tokyo 150-0002"): the number starts a
     * field and a capitalised word follows it; else capitalised words
     * before the number */
    const char *w = n - 1; /* the space before the number */
    const char *s = NULL;
    int words = 0;
    while (words < 3) {
      const char *we = w;
      const char *ws = we;
      while (ws > text && we - ws < 40 &&
             (cv_is_alpha_ascii(ws[-1]) || (guint8)ws[-1] >= 0x80 ||
              ws[-1] == '.' || ws[-1] == '-'))
        ws--;
      if (ws == we)
        break;
      gsize cl;
      gboolean up;
      if (!cv_letter_at(ws, we, &cl, &up))
        break;
      if (!up) {
        /* a particle inside the street's name, a capitalised word before
         * it: "Rue de la Brasserie 211", "Via della Posta 4" */
        Word pw;
        if (!s || !cv_word_at(ws, we, &pw) || pw.e != we ||
            !cv_word_in(&pw, street_particles, G_N_ELEMENTS(street_particles)) ||
            ws == text || ws[-1] != ' ' || ws - text < 2 ||
            !g_ascii_isalpha(ws[-2]))
          break;
        w = ws - 1;
        continue;
      }
      char f[CV_REDACT_MAX_WORD];
      const char *fe = we > ws && we[-1] == '.' ? we - 1 : we;
      gsize fn = cv_fold(ws, fe, f, sizeof f);
      guint16 v;
      guint32 cats = fn ? cv_ctx_lookup(f, fn, &v) : 0;
      if ((cats & ~(CV_CTX_STREET_FR | CV_CTX_STREET_EN | CV_CTX_GAZFIRST |
                    CV_CTX_GAZLAST)) &&
          !(cats & (CV_CTX_STREET_FR | CV_CTX_STREET_EN)))
        break; /* "Article 12, 2024", "Loi 25, 2021" */
      s = ws;
      words++;
      if (ws == text || ws[-1] != ' ')
        break;
      w = ws - 1;
      if (w > text && (w[-1] == ',' || w[-1] == ':'))
        break;
    }
    if (!s)
      continue;
    (void)ps;
    cv_scan_add(scan, CV_PII_ADDRESS, (gsize)(s - text), (gsize)(se - text),
                0.8f, "address-street-first");
    done = se;
  }
}

/* "+44 20 7946 0958", "+81 3-5759-9700", "0044 7700 900477": a country
 * code makes a phone number of any grouping (9 to 15 digits). */
static void
intl_phones(CvScan *scan)
{
  const char *text = scan->text, *end = text + scan->len;
  const char *p = text;
  const GArray *pluses = cv_scan_marks(scan, CV_MARK_PLUS);
  for (guint mi = 0; mi < pluses->len; mi++) {
    const char *plus = text + g_array_index(pluses, guint32, mi);
    if (plus < p)
      continue;
    p = plus + 1;
    if (plus > text && cv_is_alnum_ascii(plus[-1]))
      continue;
    const char *q = plus + 1;
    if (q >= end || !cv_is_digit(*q) || *q == '0')
      continue;
    guint d = 0;
    const char *last = q;
    while (q < end && d <= 15) {
      if (cv_is_digit(*q)) {
        d++;
        last = ++q;
      } else if ((*q == ' ' || *q == '-' || *q == '.' || *q == '(' || *q == ')') &&
                 q + 1 < end &&
                 (cv_is_digit(q[1]) || q[1] == '(' || q[1] == '0' ||
                  (*q == ')' && q[1] == ' ' && q + 2 < end && cv_is_digit(q[2])))) {
        q++; /* (and a bracket then a blank: "+55 (11) 96533-2002") */
      } else {
        break;
      }
    }
    last = extension_end(last, end);
    if (d >= 8 && d <= 15 && !(last < end && cv_is_alnum_ascii(*last)))
      cv_scan_add(scan, CV_PII_PHONE, (gsize)(plus - text),
                  (gsize)(last - text), 0.85f, "phone-intl");
    p = last > p ? last : p;
  }
  /* 00 + country code, after a space or a line start */
  for (const char *r = text; r + 6 < end;) {
    const char *z = memchr(r, '0', (gsize)(end - r - 6));
    if (!z)
      break;
    r = z + 1;
    if (z[1] != '0' || !cv_is_digit(z[2]) || z[2] == '0' ||
        (z > text && z[-1] != ' ' && z[-1] != '\n' && z[-1] != ':'))
      continue;
    const char *q = z;
    guint d = 0;
    const char *last = q;
    int groups = 0;
    while (q < end && d <= 16) {
      if (cv_is_digit(*q)) {
        d++;
        last = ++q;
      } else if (*q == ' ' && q + 1 < end && cv_is_digit(q[1])) {
        groups++;
        q++;
      } else {
        break;
      }
    }
    if (d >= 11 && d <= 16 && groups >= 2 &&
        !(last < end && cv_is_alnum_ascii(*last)))
      cv_scan_add(scan, CV_PII_PHONE, (gsize)(z - text), (gsize)(last - text),
                  0.8f, "phone-intl-00");
    r = last > r ? last : r;
  }
}

/* Street names of other countries, by their type word: a suffix of a
 * compound ("Hauptstrasse", "Søndergade", "Kiannonkatu", "Magasinsgatan",
 * "Keizersgracht"), a type written first ("Via Franscini", "Calle Mayor",
 * "Rua Augusta", "Avenue Louise") or after ("Erzsébet tér", "Király
 * u."); folded forms. */
typedef struct {
  const char *s;
  guint8 n;
} StreetWord;
#define SW(x)                                                                  \
  {                                                                            \
    x, sizeof x - 1                                                            \
  }
static const StreetWord street_suffixes[] = {
  SW("strasse"), SW("gasse"), SW("weg"),    SW("allee"),  SW("platz"),
  SW("damm"),    SW("vej"),   SW("gade"),   SW("gatan"),  SW("gata"),
  SW("vagen"),   SW("veien"), SW("vegen"),  SW("gate"),   SW("katu"),
  SW("tie"),     SW("kuja"),  SW("straat"), SW("gracht"), SW("laan"),
  SW("plein"),   SW("utca"),  SW("ulica"),  SW("steig"),  SW("braut"),
};
static const StreetWord street_types_first[] = {
  SW("via"),       SW("viale"),   SW("piazza"),  SW("corso"),    SW("calle"),
  SW("avenida"),   SW("avda"),    SW("rua"),     SW("carrer"),   SW("paseo"),
  SW("camino"),    SW("ulica"),   SW("ul"),      SW("aleja"),    SW("rambla"),
  SW("largo"),     SW("praca"),   SW("strada"),  SW("rue"),      SW("avenue"),
  SW("boulevard"), SW("chemin"),  SW("place"),   SW("travessa"), SW("avinguda"),
  SW("carrera"),   SW("calzada"), SW("alameda"), SW("estrada"),  SW("beco"),
  SW("ladeira"),
};
static const StreetWord street_types_after[] = {
  SW("ter"),   SW("utca"),  SW("u"),       SW("ut"),  SW("krt"),
  SW("korut"), SW("sokak"), SW("caddesi"), SW("cad"),
};
/* Words that name no street between two numbers ("at 3 Bill 96.", "in
 * 2019 Section 4."): numbering words, connectives, days, time units. */
static const StreetWord numbered_not[] = {
  SW("bill"),      SW("chapter"),    SW("section"),    SW("article"),
  SW("art"),       SW("room"),       SW("page"),       SW("level"),
  SW("floor"),     SW("grade"),      SW("part"),       SW("step"),
  SW("phase"),     SW("title"),      SW("schedule"),   SW("annex"),
  SW("appendix"),  SW("table"),      SW("figure"),     SW("fig"),
  SW("loi"),       SW("chapitre"),   SW("projet"),     SW("reglement"),
  SW("no"),        SW("number"),     SW("numero"),     SW("item"),
  SW("rule"),      SW("question"),   SW("route"),      SW("highway"),
  SW("exit"),      SW("gate"),       SW("platform"),   SW("terminal"),
  SW("bus"),       SW("line"),       SW("ligne"),      SW("year"),
  SW("years"),     SW("ans"),        SW("day"),        SW("days"),
  SW("jours"),     SW("week"),       SW("weeks"),      SW("hour"),
  SW("hours"),     SW("heures"),     SW("minutes"),    SW("am"),
  SW("pm"),        SW("h"),          SW("and"),        SW("or"),
  SW("to"),        SW("et"),         SW("ou"),         SW("au"),
  SW("of"),        SW("in"),         SW("x"),          SW("by"),
  SW("vs"),        SW("monday"),     SW("tuesday"),    SW("wednesday"),
  SW("thursday"),  SW("friday"),     SW("saturday"),   SW("sunday"),
  SW("lundi"),     SW("mardi"),      SW("mercredi"),   SW("jeudi"),
  SW("vendredi"),  SW("samedi"),     SW("dimanche"),   SW("team"),
  SW("score"),     SW("win"),        SW("lost"),       SW("won"),
  SW("cad"),       SW("usd"),        SW("eur"),        SW("gbp"),
  SW("dollar"),    SW("dollars"),    SW("cents"),      SW("euros"),
  SW("francs"),    SW("pounds"),     SW("livres"),     SW("kg"),
  SW("km"),        SW("lb"),         SW("lbs"),        SW("items"),
  SW("units"),     SW("pieces"),     SW("people"),     SW("persons"),
  SW("personnes"), SW("times"),      SW("fois"),       SW("points"),
  SW("percent"),   SW("windows"),    SW("release"),    SW("edition"),
  SW("flight"),    SW("station"),    SW("building"),   SW("lot"),
  SW("model"),     SW("type"),       SW("class"),      SW("form"),
  SW("series"),    SW("group"),      SW("regulation"), SW("ward"),
  SW("zone"),      SW("sector"),     SW("block"),      SW("code"),
  SW("order"),     SW("invoice"),    SW("batch"),      SW("ticket"),
  SW("case"),      SW("claim"),      SW("policy"),     SW("contract"),
  SW("plan"),      SW("project"),    SW("budget"),     SW("fund"),
  SW("vote"),      SW("motion"),     SW("resolution"), SW("decree"),
  SW("decision"),  SW("population"), SW("total"),      SW("since"),
};
#undef SW

static gboolean
word_in(const char *f, gsize fn, const StreetWord *list, gsize n)
{
  for (gsize i = 0; i < n; i++)
    if (list[i].n == fn && memcmp(list[i].s, f, fn) == 0)
      return TRUE;
  return FALSE;
}

/* A foreign address written number first, its postcode and city after it
 * ("36 Calle de Alcalá\n28014 Madrid, España", "12 Rua Augusta,
 * 1100-048 Lisboa"): a house number opening a line or a field, a type
 * word of another country, the street's words, then a postcode of four or
 * five digits and a capitalised word.  Found from the capitalised type
 * word after a number (the capitalised words' list: no other read). */
static void
foreign_civic(CvScan *scan)
{
  static const StreetWord types[] = {
    { "calle", 5 },    { "avenida", 7 },  { "avda", 4 },    { "rua", 3 },
    { "paseo", 5 },    { "camino", 6 },   { "carrera", 7 }, { "rambla", 6 },
    { "largo", 5 },    { "praca", 5 },    { "strada", 6 },  { "corso", 5 },
    { "viale", 5 },    { "piazza", 6 },   { "ulica", 5 },   { "carrer", 6 },
    { "travessa", 8 }, { "avinguda", 8 }, { "plaza", 5 },   { "calzada", 7 }
  };
  const char *text = scan->text, *end = text + scan->len;
  const guint32 *cw = (const guint32 *)scan->capwords->data;
  guint n = scan->capwords->len / 2;
  for (guint i = 0; i < n; i++) {
    const char *t = text + cw[2 * i];
    /* (cheap first: a digit and a blank before the word) */
    if (t - text < 3 || t[-1] != ' ' || !cv_is_digit(t[-2]))
      continue;
    const char *num = t - 1;
    while (num > text && t - 1 - num < 5 && cv_is_digit(num[-1]))
      num--;
    const char *b = num;
    while (b > text && b[-1] == ' ')
      b--;
    if (b > text && b[-1] != '\n' && b[-1] != ',' && b[-1] != ':')
      continue;
    Word w;
    if (!cv_word_at(t, end, &w) || !w.cap ||
        !word_in(w.f, w.fn, types, G_N_ELEMENTS(types)))
      continue;
    /* the street's words, to the line's end or a comma */
    const char *q = w.e, *se = w.e;
    for (int k = 0; k < 6 && q < end && *q == ' '; k++) {
      Word x;
      if (!cv_word_at(q + 1, end, &x) || x.digit)
        break;
      se = q = x.e;
    }
    if (se == w.e)
      continue;
    const char *r = se;
    if (r < end && *r == ',')
      r++;
    while (r < end && (*r == ' ' || *r == '\n' || *r == '\r'))
      r++;
    const char *d = r;
    while (d < end && cv_is_digit(*d) && d - r < 6)
      d++;
    if (d < end && *d == '-' && d - r == 4) /* "1100-048" */
      for (d++; d < end && cv_is_digit(*d) && d - r < 8;)
        d++;
    if (d - r < 4 || d + 2 >= end || d[0] != ' ' || !cv_cap_at(d + 1, end))
      continue;
    cv_scan_add(scan, CV_PII_ADDRESS, (gsize)(num - text), (gsize)(se - text),
                0.85f, "address-foreign-civic");
  }
}

static gboolean
street_compound(const char *f, gsize fn)
{
  if (fn < 6)
    return FALSE;
  /* (the last letters of the suffixes first: most words end otherwise) */
  switch (f[fn - 1]) {
  case 'e':
  case 'g':
  case 'z':
  case 'm':
  case 'j':
  case 'n':
  case 'a':
  case 'u':
  case 't':
    break;
  case 'i': /* (Icelandic, apart: few words end so) */
    return fn >= 10 && memcmp(f + fn - 7, "straeti", 7) == 0;
  case 'r':
    return fn >= 8 && memcmp(f + fn - 5, "vegur", 5) == 0;
  default:
    return FALSE;
  }
  for (gsize i = 0; i < G_N_ELEMENTS(street_suffixes); i++) {
    gsize sl = street_suffixes[i].n;
    if (fn >= sl + 3 && f[fn - 1] == street_suffixes[i].s[sl - 1] &&
        memcmp(f + fn - sl, street_suffixes[i].s, sl) == 0)
      return TRUE;
  }
  return FALSE;
}

/* Does the number at @d stand where an address starts: first on its line
 * (past indentation and quote marks), after a colon, after "at", "to",
 * "in", "on", "of" or "is", or after a word and a comma ("Corelogic, 0896
 * 69 Farnell Street"; not "June 12, 2024 …": a digit before the comma)? */
static gboolean
address_anchor(const char *text, const char *d)
{
  if (d == text)
    return TRUE;
  if (d[-1] != ' ' && d[-1] != '\t' && d[-1] != '\n' && d[-1] != '>')
    return FALSE;
  const char *ls = d;
  while (ls > text && ls[-1] != '\n' && d - ls < 8 &&
         (ls[-1] == ' ' || ls[-1] == '\t' || ls[-1] == '>' || ls[-1] == '?' ||
          ls[-1] == '*' || ls[-1] == '-' || ls[-1] == '|'))
    ls--;
  if (ls == text || ls[-1] == '\n')
    return TRUE;
  const char *b = d;
  while (b > text && (b[-1] == ' ' || b[-1] == '\t') && d - b < 4)
    b--;
  if (b == text || b[-1] == ':')
    return TRUE;
  if (b[-1] == ',')
    return b - 1 > text &&
           (cv_is_alpha_ascii(b[-2]) || (guint8)b[-2] >= 0x80 || b[-2] == '.');
  if (b == d || b - text < 2 || !cv_is_alpha_ascii(b[-1]) ||
      !cv_is_alpha_ascii(b[-2]) ||
      (b - text > 2 && (cv_is_alnum_ascii(b[-3]) || (guint8)b[-3] >= 0x80)))
    return FALSE;
  char w0 = g_ascii_tolower(b[-2]), w1 = g_ascii_tolower(b[-1]);
  return (w0 == 'a' && w1 == 't') || (w0 == 't' && w1 == 'o') ||
         (w0 == 'i' && (w1 == 'n' || w1 == 's')) ||
         (w0 == 'o' && (w1 == 'n' || w1 == 'f'));
}

/* The word ending at @we (letters, '-', a final '.'), its start or NULL;
 * folded into @f (without the dot). */
static const char *
word_before(const char *text, const char *we, char *f, gsize fsize, gsize *fn)
{
  const char *ws = we;
  while (ws > text && we - ws < 40 &&
         (cv_is_alpha_ascii(ws[-1]) || (guint8)ws[-1] >= 0x80 ||
          ws[-1] == '-' || (ws == we && ws[-1] == '.')))
    ws--;
  const char *fe = we > ws && we[-1] == '.' ? we - 1 : we;
  if (fe <= ws || ((guint8)*ws < 0x80 && !cv_is_alpha_ascii(*ws)))
    return NULL;
  *fn = cv_fold(ws, fe, f, fsize);
  return *fn ? ws : NULL;
}

static gboolean at_ci(const char *p, const char *end, const char *s);

/* A word of a street name read forward from @p ("Příční", "ul.", "C/",
 * "Vinte", "tee"): its end, or @p when there is none or it names no
 * street (numbering words, months, file and unit words). */
static const char *
numbered_word(const char *p, const char *end, gboolean *up, gboolean *type)
{
  const char *q = p;
  while (q < end && q - p < 40 &&
         (cv_is_alpha_ascii(*q) || (guint8)*q >= 0x80 ||
          (q > p && (*q == '-' || *q == '\'')) || (*q == '/' && q - p == 1)))
    q++;
  if (q == p || !(cv_is_alpha_ascii(*p) || (guint8)*p >= 0x80))
    return p;
  char f[CV_REDACT_MAX_WORD];
  const char *fe = q > p && q[-1] == '/' ? q - 1 : q;
  gsize fn = cv_fold(p, fe, f, sizeof f);
  guint16 v;
  if (!fn || word_in(f, fn, numbered_not, G_N_ELEMENTS(numbered_not)) ||
      (cv_ctx_lookup(f, fn, &v) & (CV_CTX_MONTH | CV_CTX_NEG | CV_CTX_VERSION |
                                   CV_CTX_UNIT | CV_CTX_POSTAL)))
    return p;
  *up = cv_cap_at(p, end);
  *type = (fn == 1 && f[0] == 'c' && q[-1] == '/') ||
          word_in(f, fn, street_types_first, G_N_ELEMENTS(street_types_first));
  if (q < end && *q == '.')
    q++; /* "ul.", "u.", "Avda." */
  return q;
}

/* The house number ending a street name at @p ("1429", "62.", "12a")
 * where a clause or line ends, or before a street type (" St.", " street",
 * which stays: @typed): its end, else @p. */
static const char *
numbered_tail(const char *p, const char *end, gboolean *typed)
{
  const char *q = p;
  while (q < end && cv_is_digit(*q) && q - p < 5)
    q++;
  if (q == p || q - p > 4 || (q < end && cv_is_digit(*q)))
    return p;
  if (q < end && cv_is_alpha_ascii(*q) &&
      !(q + 1 < end && (cv_is_alnum_ascii(q[1]) || (guint8)q[1] >= 0x80)))
    q++; /* "12a" */
  *typed = FALSE;
  if (q + 3 < end && q[0] == ' ' && (q[1] == 's' || q[1] == 'S')) {
    const char *t = q + 2;
    if (at_ci(t, end, "treet")) {
      t += 5;
    } else if (*t == 't' || *t == 'T') {
      t++;
    } else {
      t = NULL;
    }
    if (t && (t == end || !(cv_is_alnum_ascii(*t) || (guint8)*t >= 0x80))) {
      *typed = TRUE; /* the type word names no one: it stays */
      return q;
    }
  }
  if (q < end && (cv_is_alnum_ascii(*q) || (guint8)*q >= 0x80 || *q == '%' ||
                  *q == '$' || *q == '/' || *q == '-'))
    return p;
  const char *r = q;
  if (r < end && *r == '.')
    r++;
  if (r == end || *r == '\n' || *r == '\r' ||
      (r > q && (*r == ' ' || *r == '\t')))
    return r > q && (r == end || *r == '\n' || *r == '\r') ? r : q;
  if (r == q && (*r == ',' || *r == ';' || *r == ')' || *r == '?' || *r == '!'))
    return q;
  return p;
}

/* "lives on Grössgstötten 50 street": the house number at @d, a street
 * type after it, the name back to "on", "at", "to" (one to five words). */
static void
street_typed_after(CvScan *scan, const char *d)
{
  const char *text = scan->text, *end = text + scan->len;
  gboolean typed = FALSE;
  const char *stop = numbered_tail(d, end, &typed);
  if (stop == d || !typed || d - text < 3 || d[-1] != ' ')
    return;
  const char *w = d - 1, *start = NULL;
  for (int k = 0; k < 6 && w > text; k++) {
    const char *b = w;
    while (b > text && b[-1] != ' ' && b[-1] != '\n' && w - b < 40)
      b--;
    if (b == w)
      break;
    if (k > 0 && w - b == 2 && address_anchor(text, w + 1)) {
      start = w + 1;
      break;
    }
    gboolean up = FALSE, type = FALSE;
    if (numbered_word(b, end, &up, &type) != w)
      break;
    if (!up && !type && w - b > 4)
      break;
    if (b == text || b[-1] != ' ')
      break;
    w = b - 1;
  }
  if (start && cv_cap_at(start, end))
    cv_scan_add(scan, CV_PII_ADDRESS, (gsize)(start - text),
                (gsize)(stop - text), 0.75f, "address-numbered");
}

/* Streets named before their house number, the way most of Europe writes
 * them, with no type word to find them by: a building number first
 * ("at 077 Příční 1429", "6614 Luite tee 87", "at 10963 Rua Vinte e Cinco
 * de Setembro 1257") where an address starts, or a street type after the
 * number ("lives on Grössgstötten 50 street"). One to five words (seven
 * after a type), the first capitalised or a type ("rue", "ul."), lower-case
 * ones short (particles) unless a type opened the name; the number must end
 * the clause or the line ("at 3 Bill 96 was", "in 2019 Section 4." stay). */
static void
street_numbered(CvScan *scan, const char *s, const char *p)
{
  const char *text = scan->text, *end = text + scan->len;
  {
    if (p - s > 6 || p + 2 >= end || *p != ' ')
      return;
    if (p - s <= 4 && (p[1] == 's' || p[1] == 'S') &&
        (p[2] == 't' || p[2] == 'T') && !cv_alnum_before(text, s))
      street_typed_after(scan, s); /* no building number */
    if (!address_anchor(text, s) || cv_alnum_before(text, s))
      return;
    /* the words after the building number */
    const char *q = p + 1;
    gboolean first_type = FALSE, ok = FALSE;
    for (int k = 0; k < (first_type ? 7 : 5) && q < end; k++) {
      gboolean up = FALSE, type = FALSE;
      const char *we = numbered_word(q, end, &up, &type);
      if (we == q)
        break;
      if (k == 0) {
        if ((!up || we - q < 3) && !type)
          break;
        first_type = type;
        /* a neutral citation, "2019 QCCA 12", "2021 CSC 3", "2020 QCTAQ
         * 0145": a year, a tribunal's code in capitals, a number */
        if (!type && p - s == 4 && (s[0] == '1' || s[0] == '2') &&
            we - q <= 8 && we < end && *we == ' ') {
          gboolean caps = TRUE;
          for (const char *c = q; c < we && caps; c++)
            caps = (*c >= 'A' && *c <= 'Z') || cv_is_digit(*c);
          if (caps)
            break;
        }
      } else if (!up && !first_type && we - q > 4) {
        break;
      }
      q = we;
      if (q + 1 < end && *q == ' ' && cv_is_digit(q[1])) {
        ok = TRUE;
        break;
      }
      if (q >= end || *q != ' ')
        break;
      q++;
    }
    if (!ok)
      return;
    gboolean typed = FALSE;
    const char *d2 = q + 1;
    const char *stop = numbered_tail(d2, end, &typed);
    if (stop == d2)
      return;
    cv_scan_add(scan, CV_PII_ADDRESS, (gsize)(s - text), (gsize)(stop - text),
                0.75f, "address-numbered");
  }
}

/* A postcode after a place in prose, "in Bjert 6091 in its mission", "from
 * Quinta de São Tiago 3610-114.", "in ÖVERTURINGEN 840 24": the digit run
 * at @s (ending at @p) in a postcode shape (NNNN, NNNNN, NNN NN,
 * NNNN-NNN, NN-NNN; not a year 1800-2099), after one to four place words
 * (the first capitalised) that follow "in", "at", "from", "near" or "to",
 * where the clause ends or goes on with "in" or "for"; not after a
 * province ("in Quebec 15000 in 2020"). */
static void
postcode_prose(CvScan *scan, const char *s, const char *p)
{
  const char *text = scan->text, *end = text + scan->len;
  gsize nd = (gsize)(p - s);
  if (nd < 2 || nd > 5 || s - text < 6 || s[-1] != ' ' ||
      !(cv_is_alpha_ascii(s[-2]) || (guint8)s[-2] >= 0x80))
    return;
  const char *e = p;
  if (nd == 3 && p + 3 <= end && *p == ' ' && cv_is_digit(p[1]) &&
      cv_is_digit(p[2]))
    e = p + 3; /* "840 24" */
  else if ((nd == 4 || nd == 2) && p + 4 <= end && *p == '-' &&
           cv_is_digit(p[1]) && cv_is_digit(p[2]) && cv_is_digit(p[3]))
    e = p + 4; /* "3610-114", "53-320" */
  else if (nd < 4)
    return;
  if (e == p && nd == 4) {
    int y = (s[0] - '0') * 10 + (s[1] - '0');
    if (y >= 18 && y <= 20)
      return; /* a year */
  }
  if (e < end && (cv_is_alnum_ascii(*e) || (guint8)*e >= 0x80 || *e == '-' ||
                  *e == '/' || *e == '%' || *e == '$'))
    return;
  /* the clause ends, or goes on with "in", "and", "for" */
  const char *r = e;
  if (r < end && *r == ' ') {
    r++;
    if (!(at_ci(r, end, "in ") || at_ci(r, end, "for ")))
      return;
  } else if (r < end && !(*r == '.' || *r == ',' || *r == ';' || *r == '!' ||
                          *r == '?' || *r == ')' || *r == '\n' || *r == '\r')) {
    return;
  }
  /* back over the place words to the preposition */
  const char *w = s - 1, *first = NULL;
  for (int k = 0; k < 5 && w > text; k++) {
    const char *b = w;
    while (b > text && b[-1] != ' ' && b[-1] != '\n' && w - b < 40)
      b--;
    if (b == w)
      return;
    gsize wl = (gsize)(w - b);
    if (k > 0 && wl <= 4 && (b == text || b[-1] == ' ')) {
      char f[5];
      gsize fn = cv_fold(b, w, f, sizeof f);
      if ((fn == 2 && (memcmp(f, "in", 2) == 0 || memcmp(f, "at", 2) == 0 ||
                       memcmp(f, "to", 2) == 0)) ||
          (fn == 4 && (memcmp(f, "from", 4) == 0 || memcmp(f, "near", 4) == 0)))
        break;
    }
    gboolean up = FALSE, type = FALSE;
    if (numbered_word(b, end, &up, &type) != w)
      return;
    char g[CV_REDACT_MAX_WORD];
    gsize gn = cv_fold(b, w, g, sizeof g);
    guint16 v;
    if (gn && (cv_ctx_lookup(g, gn, &v) & CV_CTX_PROVINCE))
      return; /* "in Quebec 15000": Canada's codes have letters */
    if (!up && wl > 3)
      return; /* particles only ("de", "nad", "K") in lower case */
    if (up)
      first = b;
    if (k == 4 || b == text || b[-1] != ' ')
      return;
    w = b - 1;
  }
  if (!first || !cv_cap_at(w + 1, end))
    return;
  cv_scan_add(scan, CV_PII_POSTAL_CODE, (gsize)(s - text), (gsize)(e - text),
              0.7f, "postcode-prose");
}

/* A civic number and a street named without its type, as Montrealers
 * write them ("au 4567 de Lorimier", "le 6700 Sherbrooke Est", "du 1000
 * De La Gauchetière Ouest", "le locataire du 5555 Décarie"): after "au",
 * "du", "le" or "at", the number, then "de" and a capitalised name, or
 * capitalised words and a direction (Est, Ouest, Nord, Sud), or — after a
 * word of residence in the sentence — one capitalised word out of the
 * dictionaries and of the places.  Not a date ("du 15 Mai"), a
 * capitalised word of the dictionaries ("au 12 Avril", "au 3 Rapport"). */
static void
typeless_streets(CvScan *scan)
{
  static const char *const dirs[] = { "est",  "ouest", "nord",  "sud",
                                      "east", "west",  "north", "south" };
  static const char *const homes[] = {
    "habite",      "habitait", "demeure", "demeurait",    "reste",
    "restait",     "vit",      "vivait",  "loge",         "locataire",
    "locataires",  "logement", "proprio", "proprietaire", "lives",
    "lived",       "resides",  "tenant",  "tenants",      "apartment",
    "appartement", "adresse",  "address", "demenage",     "moved"
  };
  const char *text = scan->text, *end = text + scan->len;
  for (const char *p = text; p < end;) {
    p = cv_skip_to_digit(p, end);
    if (p >= end)
      break;
    const char *d = p;
    while (p < end && cv_is_digit(*p))
      p++;
    if (p - d > 5 || d - text < 4 || d[-1] != ' ' || p + 4 >= end || *p != ' ')
      continue;
    /* the word before: au, du, le, at */
    const char *b = d - 1;
    if (!((b - text >= 2 && (g_ascii_strncasecmp(b - 2, "au", 2) == 0 ||
                             g_ascii_strncasecmp(b - 2, "du", 2) == 0 ||
                             g_ascii_strncasecmp(b - 2, "le", 2) == 0 ||
                             g_ascii_strncasecmp(b - 2, "at", 2) == 0)) &&
          (b - text == 2 || !cv_is_alpha_ascii(b[-3]))))
      continue;
    const char *q = p + 1;
    gboolean de = FALSE;
    if (end - q > 4 && (q[0] == 'd' || q[0] == 'D') && q[1] == 'e' &&
        q[2] == ' ') {
      de = TRUE;
      q += 3;
    }
    /* capitalised words (and the particles "de", "la", "du", "des") */
    const char *se = NULL, *r = q;
    int words = 0;
    gboolean dir = FALSE, plain = TRUE, place = FALSE;
    while (r < end && words < 5) {
      Word w;
      if (!cv_word_at(r, end, &w) || w.s != r || !w.cap || w.digit || w.fn < 2)
        break;
      if ((w.cats & (CV_CTX_MONTH | CV_CTX_TITLE | CV_CTX_LABEL | CV_CTX_ORG |
                     CV_CTX_ORGTAIL | CV_CTX_UNIT)) ||
          (w.fn == 2 && (memcmp(w.f, "am", 2) == 0 || memcmp(w.f, "pm", 2) == 0)))
        break; /* (a time: "at 5 PM West") */
      if (words > 0 && cv_word_in(&w, dirs, G_N_ELEMENTS(dirs))) {
        dir = TRUE;
        se = w.e;
        break;
      }
      if (!(w.cats & CV_CTX_PARTICLE)) {
        place |= cv_word_is_place(&w);
        plain = plain && !cv_name_model_in_dict(scan->model, w.s, w.e) &&
                !cv_word_is_place(&w);
        se = w.e;
      }
      words++;
      if (w.e >= end || *w.e != ' ')
        break;
      r = w.e + 1;
    }
    if (!se || words == 0)
      continue;
    /* (two digits at least there: "le 4 Ouest", "le 3 de Rimouski") */
    gboolean ok = p - d >= 2 && (dir || (de && words <= 3 && !place));
    if (!ok && words == 1 && plain) {
      /* a word of residence earlier in the sentence */
      const char *a = b;
      while (a > text && b - a < 80 && !strchr(".!?\n", a[-1]))
        a--;
      for (const char *x = a; x < b && !ok;) {
        Word h;
        if (cv_word_at(x, b, &h) && h.e > x) {
          ok = cv_word_in(&h, homes, G_N_ELEMENTS(homes));
          x = h.e;
        } else {
          x++;
        }
      }
    }
    if (ok)
      cv_scan_add(scan, CV_PII_ADDRESS, (gsize)(d - text), (gsize)(se - text),
                  0.75f, "address-typeless");
    p = se;
  }
}

/* "239 đường Nguyễn Trãi, Phường 10", "12 phố Hàng Bạc": a house number
 * where an address starts, the Vietnamese type word, the street's
 * capitalised words, then the ward or the district after a comma
 * ("Phường 10", "Quận 3", "P. 4"). */
static void
street_vn(CvScan *scan, const char *s, const char *p)
{
  const char *text = scan->text, *end = text + scan->len;
  if (p - s > 4 || end - p < 8 || *p != ' ')
    return;
  const char *q = p + 1;
  if ((guint8)q[0] == 0xc4 && ((guint8)q[1] == 0x91 || (guint8)q[1] == 0x90) &&
      end - q >= 9 && memcmp(q + 2, "\xc6\xb0\xe1\xbb\x9dng", 7) == 0)
    q += 9; /* đường */
  else if ((q[0] == 'p' || q[0] == 'P') && q[1] == 'h' &&
           memcmp(q + 2, "\xe1\xbb\x91", 3) == 0)
    q += 5; /* phố */
  else
    return;
  if (cv_alnum_before(text, s) || !address_anchor(text, s))
    return;
  const char *se = NULL;
  for (int k = 0; k < 5 && q + 1 < end && *q == ' ' && cv_cap_at(q + 1, end);
       k++) {
    const char *w = ++q;
    while (q < end && q - w < 24 && (cv_is_alpha_ascii(*q) || (guint8)*q >= 0x80))
      q++;
    se = q;
  }
  if (!se)
    return;
  /* the ward, the district */
  for (int k = 0; k < 2 && se + 4 < end && se[0] == ',' && se[1] == ' '; k++) {
    const char *r = se + 2;
    if (end - r >= 9 && memcmp(r, "Ph\xc6\xb0\xe1\xbb\x9dng", 9) == 0)
      r += 9;
    else if (end - r >= 6 && memcmp(r, "Qu\xe1\xba\xadn", 6) == 0)
      r += 6;
    else if (end - r >= 2 && (r[0] == 'P' || r[0] == 'Q') && r[1] == '.')
      r += 2;
    else
      break;
    r = skip_sp(r, end);
    const char *d = r;
    while (r < end && cv_is_digit(*r) && r - d < 3)
      r++;
    if (r == d || (r < end && cv_is_alnum_ascii(*r)))
      break;
    se = r;
  }
  cv_scan_add(scan, CV_PII_ADDRESS, (gsize)(s - text), (gsize)(se - text), 0.8f,
              "address-vn");
}

/* "Søndergade 52", "Via Franscini 71", "Calle Mayor 90", "Erzsébet tér
 * 19.", "28245 Puruntie 82", "12 Kiannonkatu": a street of another country
 * and its house number, with no comma or postcode needed (units and the
 * city/postcode lines after it: address_tails). */
static void
street_name_number(CvScan *scan)
{
  const char *text = scan->text, *end = text + scan->len;
  const char *p = text;
  while (p < end) {
    p = cv_skip_to_digit(p, end);
    if (p >= end)
      break;
    const char *s = p;
    while (p < end && cv_is_digit(*p))
      p++;
    const char *ne = p;
    street_numbered(scan, s, ne);      /* "at 077 Příční 1429" */
    postcode_prose(scan, s, ne);       /* "in Bjert 6091 in" */
    street_postcode_city(scan, s, ne); /* "Pärna 33 46634 Rünga" */
    street_vn(scan, s, ne);            /* "239 đường Nguyễn Trãi" */
    if (ne - s > 5 || cv_alnum_before(text, s))
      continue;
    if (ne < end && cv_is_alpha_ascii(*ne) &&
        !(ne + 1 >= end || !cv_is_alnum_ascii(ne[1])))
      continue; /* "12abc" */
    if (ne < end && cv_is_alpha_ascii(*ne))
      ne++; /* "12a" */
    if (ne < end && (cv_is_digit(*ne) || *ne == '%' || *ne == '$'))
      continue;
    char f[CV_REDACT_MAX_WORD];
    gsize fn = 0;
    const char *start = NULL, *stop = ne;
    if (s - text >= 3 && s[-1] == ' ' &&
        (cv_is_alpha_ascii(s[-2]) || (guint8)s[-2] >= 0x80 || s[-2] == '.')) {
      /* the street before the number */
      const char *w1 = word_before(text, s - 1, f, sizeof f, &fn);
      if (w1 && street_compound(f, fn) && (cv_cap_at(w1, end) || s - w1 > 8))
        start = w1;
      else if (w1 &&
               word_in(f, fn, street_types_after,
                       G_N_ELEMENTS(street_types_after)) &&
               w1 - text >= 2 && w1[-1] == ' ') {
        char g[CV_REDACT_MAX_WORD];
        gsize gn;
        const char *w2 = word_before(text, w1 - 1, g, sizeof g, &gn);
        if (w2 && cv_cap_at(w2, end))
          start = w2;
      } else if (w1 && cv_cap_at(w1, end)) {
        /* a type first, then one to three capitalised words */
        const char *w = w1;
        for (int k = 0; k < 3 && w - text >= 2 && w[-1] == ' '; k++) {
          char g[CV_REDACT_MAX_WORD];
          gsize gn;
          const char *t = word_before(text, w - 1, g, sizeof g, &gn);
          if (!t)
            break;
          if (word_in(g, gn, street_types_first,
                      G_N_ELEMENTS(street_types_first))) {
            start = t;
            break;
          }
          /* (a particle between the type and the name: "Via della Spiga
           * 36", "rue du Lac 170") */
          static const StreetWord particles[] = {
            { "de", 2 },  { "du", 2 },    { "des", 3 },   { "della", 5 },
            { "del", 3 }, { "di", 2 },    { "da", 2 },    { "la", 2 },
            { "le", 2 },  { "dos", 3 },   { "das", 3 },   { "do", 2 },
            { "dei", 3 }, { "degli", 5 }, { "delle", 5 },
          };
          if (!cv_cap_at(t, end) &&
              !(k < 2 && word_in(g, gn, particles, G_N_ELEMENTS(particles))))
            break;
          w = t;
        }
      }
      if (start) {
        /* a building number before the street ("28245 Puruntie 82") at a
         * line or field start */
        const char *b = start;
        if (b - text >= 2 && b[-1] == ' ' && cv_is_digit(b[-2])) {
          const char *d = b - 1;
          while (d > text && cv_is_digit(d[-1]) && b - d < 8)
            d--;
          if (!cv_alnum_before(text, d) && address_anchor(text, d))
            start = d;
        }
      }
    }
    if (!start && ne < end && *ne == ' ' && ne + 1 < end &&
        cv_cap_at(ne + 1, end)) {
      /* number first: "12 Kiannonkatu" */
      const char *we = ne + 1;
      while (we < end &&
             (cv_is_alpha_ascii(*we) || (guint8)*we >= 0x80 || *we == '-') &&
             we - ne < 40)
        we++;
      fn = cv_fold(ne + 1, we, f, sizeof f);
      if (fn && street_compound(f, fn) &&
          !(we < end && (cv_is_alnum_ascii(*we) || *we == '\''))) {
        start = s;
        stop = we;
      }
    }
    if (!start)
      continue;
    if (stop < end && *stop == '.' && stop[-1] != '.' &&
        (stop + 1 >= end || stop[1] == '\n' || stop[1] == ' ') &&
        cv_is_digit(stop[-1]) && stop - s <= 3 && stop + 1 < end &&
        stop[1] == '\n')
      stop++; /* "Erzsébet tér 19." in a block */
    cv_scan_add(scan, CV_PII_ADDRESS, (gsize)(start - text),
                (gsize)(stop - text), 0.8f, "address-street-name");
    p = stop > p ? stop : p;
  }
}

/* A postcode of digits at @p: four or five digits, "2580-587", "88352-450",
 * "240 30"; three digits too with @short_ok ("Reykjavík 150", after a
 * place); never a year (1900-2039).  Its end, or NULL. */
static const char *
postcode_digits(const char *p, const char *end, gboolean short_ok)
{
  const char *q = p;
  while (q < end && cv_is_digit(*q) && q - p < 6)
    q++;
  gsize n = (gsize)(q - p);
  if (n == 3 && q + 3 <= end && *q == ' ' && cv_is_digit(q[1]) &&
      cv_is_digit(q[2]) && (q + 3 == end || !cv_is_alnum_ascii(q[3])))
    q += 3;
  else if ((n == 4 || n == 5) && q + 4 <= end && *q == '-' &&
           cv_is_digit(q[1]) && cv_is_digit(q[2]) && cv_is_digit(q[3]))
    q += 4;
  else if (n < 3 || n > 5 || (n == 3 && !short_ok))
    return NULL;
  else if (n == 4) {
    int y = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 +
            (p[3] - '0');
    if (y >= 1900 && y <= 2039)
      return NULL;
  }
  if (q < end && (cv_is_alnum_ascii(*q) || (guint8)*q >= 0x80 || *q == '-' ||
                  *q == '/' || *q == '%' || *q == '$' || *q == ':' ||
                  (*q == '.' && q + 1 < end && cv_is_digit(q[1]))))
    return NULL;
  return q;
}

/* One to @max place words on one line from @p ("Duruelo de la Sierra",
 * "PORSGRUNN", "South Africa"): capitalised words that are no context word
 * (no label, month or numbering word), lower-case particles between them.
 * The end of the last capitalised word, or NULL. */
static const char *
place_words(const char *p, const char *end, int max)
{
  const char *q = p, *last = NULL;
  int caps = 0;
  for (int k = 0; k < max + 3 && q < end; k++) {
    gboolean up = FALSE, type = FALSE;
    const char *we = numbered_word(q, end, &up, &type);
    if (we == q)
      break;
    Word w;
    if (!cv_word_at(q, end, &w))
      break;
    if (up) {
      if (w.cats & ~(CV_CTX_STREET_FR | CV_CTX_STREET_EN | CV_CTX_GAZFIRST |
                     CV_CTX_GAZLAST | CV_CTX_PROVINCE | CV_CTX_PARTICLE |
                     CV_CTX_STOPNAME)) /* (places are: "Canada", "South") */
        break;
      if (++caps > max)
        break;
      last = we;
      if (we[-1] == '.' && we - q > 4) {
        last = we - 1; /* a sentence ends: "Switzerland. I now live" */
        break;
      }
    } else if (!cv_is_particle_word(&w) || !last) {
      break;
    }
    if (we >= end || *we != ' ')
      break;
    q = we + 1;
  }
  return last;
}

/* Does a field end at @p: the line, the text, or a punctuation mark then a
 * space, a line break or the end (not ':' — "Phone: ...")? */
static gboolean
field_ends(const char *p, const char *end)
{
  p = skip_sp(p, end);
  if (p >= end || *p == '\n' || *p == '\r')
    return TRUE;
  if (!(*p == '.' || *p == ',' || *p == '?' || *p == '!' || *p == ';' ||
        *p == ')'))
    return FALSE;
  return p + 1 >= end || p[1] == ' ' || p[1] == '\n' || p[1] == '\r';
}

/* The postcode and the city in either order at @p ("46634 Rünga",
 * "Reichenbach 55776", "St Georges, QC 54256"): the end, or NULL. */
static const char *
postcode_city_at(const char *p, const char *end)
{
  if (p >= end)
    return NULL;
  if (cv_is_digit(*p)) {
    const char *pc = postcode_digits(p, end, FALSE);
    if (pc && pc < end && *pc == ' ')
      return place_words(pc + 1, end, 4);
    return NULL;
  }
  if (!cv_cap_at(p, end))
    return NULL;
  /* (cheap first: letters and spaces, then a space and a digit) */
  const char *x = p;
  while (x < end && x - p < 64 &&
         (cv_is_alpha_ascii(*x) || (guint8)*x >= 0x80 || *x == ' ' ||
          *x == '-' || *x == '\'' || *x == ','))
    x++;
  if (x >= end || !cv_is_digit(*x) || x[-1] != ' ')
    return NULL;
  Word fw; /* (a street is no city: "Calle Orizaba 123, Int. 11") */
  if (cv_word_at(p, end, &fw) && ((fw.cats & CV_CTX_STREET_FR) ||
                                  word_in(fw.f, fw.fn, street_types_first,
                                          G_N_ELEMENTS(street_types_first))))
    return NULL;
  const char *c = place_words(p, end, 3);
  if (!c)
    return NULL;
  if (c + 5 < end && *c == ',' && c[1] == ' ' &&
      (cv_cls[(guint8)c[2]] & CV_C_UPPER) &&
      (cv_cls[(guint8)c[3]] & CV_C_UPPER) && c[4] == ' ')
    c += 4; /* a state or region code: ", QC" */
  if (c + 1 < end && *c == ' ' && cv_is_digit(c[1]))
    return postcode_digits(c + 1, end, TRUE);
  return NULL;
}

/* After a street and its house number, at @p: the postcode and the city in
 * either order, on the same line or the next ("46634 Rünga", "Reichenbach
 * 55776", "\n8699 Somogyvámos", "\nBrusque 88352-450"), then perhaps the
 * country after a comma or on the next line ("Spain", "\nSouth Africa"):
 * the end of what was read, or NULL when no postcode and city follow.
 * With @whole_line the postcode line must end there. */
static const char *
postcode_city_after(const char *p, const char *end, gboolean whole_line)
{
  const char *q = p;
  gboolean nl = FALSE;
  while (q < end && q - p < 8 &&
         (*q == ' ' || *q == '\t' || *q == ',' || *q == '\r' ||
          (*q == '\n' && !nl) || (nl && *q == '>'))) {
    if (*q == '\n')
      nl = TRUE;
    q++;
  }
  if (q == p || q >= end || (whole_line && !nl))
    return NULL;
  const char *e = postcode_city_at(q, end);
  if (!e)
    return NULL;
  if (whole_line && !field_ends(e, end)) {
    /* (the country after a dash: "97261 Mérida - Mexique") */
    const char *c = e + 3 < end && e[0] == ' ' && e[1] == '-' && e[2] == ' '
                        ? place_words(e + 3, end, 3)
                        : NULL;
    return c && field_ends(c, end) ? e : NULL;
  }
  /* the country: after ", " on the line, or alone on the next line */
  const char *r = e;
  nl = FALSE;
  if (r + 2 < end && *r == ',' && r[1] == ' ')
    r += 2;
  else if (r < end &&
           (*r == '\n' || (*r == '\r' && r + 1 < end && r[1] == '\n'))) {
    r += *r == '\r' ? 2 : 1;
    r = skip_sp(r, end);
    nl = TRUE;
  } else if (r < end && *r == ' ') {
    r++;
  } else {
    return e;
  }
  const char *c = cv_cap_at(r, end) ? place_words(r, end, 3) : NULL;
  if (c && (nl ? field_ends(c, end)
               : field_ends(c, end) ||
                     (c + 1 < end && *c == ' ' && !cv_cap_at(c + 1, end) &&
                      !cv_is_digit(c[1]))))
    return c;
  return e;
}

/* "Pärna 33 46634 Rünga Estonia", "Fredbo allé 14 PORSGRUNN 3919",
 * "Koepenicker Str. 74 Reichenbach 55776", "Tiigi 34\n92162 Pärnselja",
 * "C/ Manuel Iradier 41 Adsubia 3786 Spain": a street of any country with
 * no type word known here, told by what follows its house number — a
 * postcode and a city (either order, same line or the next), then perhaps
 * the country; where an address starts (line start, colon, "at", "to",
 * "in", "is"...).  The street: one to four capitalised words (no context
 * words), lower-case particles and types ("allé", "út") between them.
 * For the digit run [h, p) of street_name_number()'s walk; the end of the
 * address added, or NULL. */
static const char *
street_postcode_city(CvScan *scan, const char *h, const char *p)
{
  const char *text = scan->text, *end = text + scan->len;
  if (p - h > 4 || h - text < 3 || h[-1] != ' ')
    return NULL;
  const char *he = p;
  if (he < end && cv_is_alpha_ascii(*he) &&
      (he + 1 >= end || !cv_is_alnum_ascii(he[1])))
    he++; /* "12a" */
  if (he < end && (cv_is_alnum_ascii(*he) || (guint8)*he >= 0x80))
    return NULL;
  const char *q = he;
  if (q < end && *q == '.')
    q++; /* "Nánási út 79. Apt. 990" */
  /* (cheap first: a digit or a capital must come next) */
  const char *x = q;
  while (x < end && x - q < 4 && (*x == ' ' || *x == ',' || *x == '\n'))
    x++;
  if (x >= end || !(cv_is_digit(*x) || (cv_cls[(guint8)*x] & CV_C_UPPER) ||
                    (guint8)*x >= 0x80))
    return NULL;
  if (cv_alnum_before(text, h))
    return NULL;
  q = unit_after(q, end);
  const char *e = postcode_city_after(q, end, FALSE);
  if (!e)
    return NULL;
  /* the street words before the number */
  const char *w = h, *start = NULL;
  for (int k = 0; k < 4 && w - text >= 2 && w[-1] == ' '; k++) {
    if (w - text >= 3 && w[-2] == '/' && w[-3] == 'C' &&
        (w - text == 3 || !cv_is_alnum_ascii(w[-4]))) {
      start = w - 3; /* "C/ Manuel Iradier 41" */
      break;
    }
    char f[CV_REDACT_MAX_WORD];
    gsize fn = 0;
    const char *t = word_before(text, w - 1, f, sizeof f, &fn);
    if (!t || (t > text && !(t[-1] == ' ' || t[-1] == '\n' || t[-1] == '\t' ||
                             t[-1] == '>')))
      break;
    if (word_in(f, fn, numbered_not, G_N_ELEMENTS(numbered_not)))
      break;
    Word wd;
    if (!cv_word_at(t, end, &wd))
      break;
    if (wd.cap && !wd.digit) {
      if (wd.cats & ~(CV_CTX_STREET_FR | CV_CTX_STREET_EN | CV_CTX_GAZFIRST |
                      CV_CTX_GAZLAST))
        break;
      start = t;
    } else if (!(cv_is_particle_word(&wd) ||
                 word_in(f, fn, street_types_after,
                         G_N_ELEMENTS(street_types_after)) ||
                 (fn >= 3 && fn <= 5 && memcmp(f, "alle", 4) == 0))) {
      break;
    }
    w = t;
  }
  if (!start || !address_anchor(text, start))
    return NULL;
  cv_scan_add(scan, CV_PII_ADDRESS, (gsize)(start - text), (gsize)(e - text),
              0.8f, "address-postcode-city");
  return e;
}

/* The postcode and city after a street's number or unit at @p, on the
 * same line after a comma or a space, or on the next line ("4592-015
 * Porto", "\n90458 Tanger"): their end (not the country's), or NULL. */
static const char *
postcode_city_next(const char *p, const char *end)
{
  const char *q = p;
  gboolean nl = FALSE;
  while (q < end && q - p < 6 &&
         (*q == ' ' || *q == ',' || *q == '\r' || (*q == '\n' && !nl))) {
    nl = nl || *q == '\n';
    q++;
  }
  if (q == p || q >= end || !cv_is_digit(*q))
    return NULL;
  return postcode_city_at(q, end);
}

/* A short unit between a house number and its postcode (", 1.º Dto.,",
 * ", r/c,", ", 3º esq.,", ", apto 402,"): the end of the piece before its
 * comma, or NULL. */
static const char *
unit_piece(const char *p, const char *end)
{
  if (p + 2 >= end || *p != ',' || p[1] != ' ')
    return NULL;
  const char *s = p + 2, *q = s;
  while (q < end && q - s <= 14 && *q != ',' && *q != '\n' && *q != '\r')
    q++;
  gboolean eol = q >= end || *q == '\n' || *q == '\r';
  if (!(eol || *q == ',') || q == s || q - s > 14 ||
      postcode_digits(s, end, FALSE))
    return NULL;
  guint letters = 0, digits = 0;
  for (const char *x = s; x < q; x++) {
    letters += cv_is_alpha_ascii(*x) != 0;
    digits += cv_is_digit(*x) != 0;
  }
  /* (ending the line, a number in it: "casa 2", not "Lisboa") */
  return letters > 0 && (!eol || digits > 0) ? q : NULL;
}

/* A street named without a number, then its building and floor ("rue
 * Gouraud, immeuble Saab, 4e étage", "Hamra Street, Building Khoury, 3rd
 * floor"), as Beirut and much of Africa write an address: from the comma
 * at @c, the building's word and name; the street's type and name before
 * the comma, where a line or a field starts or after "à", "at", "on".
 * The end of the address added, or NULL. */
static const char *
building_after(CvScan *scan, const char *c)
{
  static const char *const buildings[] = { "immeuble",  "batiment", "building",
                                           "residence", "edifice",  "bloc",
                                           "tour",      "villa",    "bldg",
                                           "imm",       "bat" };
  static const char *const floors[] = { "etage", "floor" };
  static const char *const before[] = { "a",       "au",       "at",     "on",
                                        "habite",  "habitent", "lives",  "live",
                                        "demeure", "reside",   "resides" };
  const char *text = scan->text, *end = text + scan->len;
  /* (cheap first: the letters the buildings' words open with) */
  if (!strchr("iIbBrRtTvVeE\xc3", c[2]))
    return NULL;
  Word bw;
  if (!cv_word_at(c + 2, end, &bw) ||
      !cv_word_in(&bw, buildings, G_N_ELEMENTS(buildings)))
    return NULL;
  /* the street before the comma */
  const char *w = c, *start = NULL;
  for (int k = 0; k < 6 && w > text; k++) {
    char f[CV_REDACT_MAX_WORD];
    gsize fn = 0;
    const char *t = word_before(text, w, f, sizeof f, &fn);
    Word wd;
    if (!t || !cv_word_at(t, end, &wd))
      return NULL;
    gboolean first =
        (wd.cats & CV_CTX_STREET_FR) ||
        word_in(f, fn, street_types_first, G_N_ELEMENTS(street_types_first));
    if ((k > 0 && first) || (k == 0 && !first && (wd.cats & CV_CTX_STREET_EN))) {
      start = first ? t : NULL;
      if (!start) {
        /* "Hamra Street": the name before an English type */
        const char *n = t;
        while (n - text >= 2 && n[-1] == ' ' && cv_cap_at(n, end)) {
          char g[CV_REDACT_MAX_WORD];
          gsize gn = 0;
          const char *u = word_before(text, n - 1, g, sizeof g, &gn);
          if (!u || !cv_cap_at(u, end))
            break;
          n = u;
          if (k++ >= 6)
            break;
        }
        start = n < t ? n : NULL;
      }
      break;
    }
    if (!(wd.cap && !wd.digit && !(wd.cats & ~(CV_CTX_GAZFIRST | CV_CTX_GAZLAST))) &&
        !(k > 0 && cv_is_particle_word(&wd)))
      return NULL;
    if (t == text || t[-1] != ' ')
      return NULL;
    w = t - 1;
  }
  if (!start)
    return NULL;
  gboolean anchored = start == text || start[-1] == '\n' || start[-1] == '\t';
  if (!anchored && start[-1] == ' ' && start - text >= 3) {
    char g[CV_REDACT_MAX_WORD];
    gsize gn = 0;
    const char *b = start - 1;
    while (b > text && b[-1] == ' ')
      b--;
    anchored =
        b[-1] == ':' || (word_before(text, b, g, sizeof g, &gn) &&
                         cv_folded_in(g, gn, before, G_N_ELEMENTS(before)));
  }
  if (!anchored)
    return NULL;
  /* the building's name */
  const char *q = bw.e, *be = NULL;
  if (q < end && *q == '.')
    q++; /* "imm. Nour" */
  for (int k = 0; k < 4 && q + 1 < end && *q == ' '; k++) {
    Word x;
    if (!cv_word_at(q + 1, end, &x) || !(x.cap || cv_is_particle_word(&x)))
      break;
    q = x.e;
    if (x.cap)
      be = q;
  }
  if (!be)
    return NULL;
  /* the floor: ", 4e étage", ", 3rd floor" */
  if (be + 4 < end && be[0] == ',' && be[1] == ' ' && cv_is_digit(be[2])) {
    Word o, fl;
    if (cv_word_at(be + 2, end, &o) && o.e + 1 < end && o.e[0] == ' ' &&
        cv_word_at(o.e + 1, end, &fl) &&
        cv_word_in(&fl, floors, G_N_ELEMENTS(floors)))
      be = fl.e;
  }
  cv_scan_add(scan, CV_PII_ADDRESS, (gsize)(start - text), (gsize)(be - text),
              0.8f, "address-building");
  return be;
}

/* Streets written with a comma beside their house number, as much of the
 * world writes them: "Rua de Santa Catarina, 25, 1.º Dto., 4592-015
 * Porto", "Kerkstraat, 44, 4133 Verviers", "Rue de la Loi, 16, 1000
 * Bruxelles" (a street of a type first or of a compound word, its number,
 * a unit, the postcode and the city; a French type needs the postcode);
 * "209, derb Sidi-Bouloukat", "villa no. 7, boulevard de la Liberté" (a
 * number where an address starts or after a building's word, then a
 * street's type in lower case and its name).  From each comma. */
static void
comma_streets(CvScan *scan)
{
  static const char *const lower_types[] = {
    "rue",     "avenue",  "av",    "boulevard", "bd",        "blvd",
    "chemin",  "impasse", "allee", "route",     "place",     "derb",
    "zanqa",   "calle",   "rua",   "travessa",  "avenida",   "strada",
    "via",     "ruelle",  "quai",  "cours",     "promenade", "square",
    "sentier", "rang",    "lane",  "road",      "street",    "cite"
  };
  static const char *const buildings[] = { "villa",  "lot",   "parcelle",
                                           "maison", "house", "plot",
                                           "bloc",   "block", "immeuble" };
  static const StreetWord fr_types[] = {
    { "rue", 3 },    { "avenue", 6 }, { "boulevard", 9 },
    { "chemin", 6 }, { "place", 5 },
  };
  const char *text = scan->text, *end = text + scan->len;
  const GArray *commas = cv_scan_marks(scan, CV_MARK_COMMA);
  const char *done = text;
  for (guint mi = 0; mi < commas->len; mi++) {
    const char *c = text + g_array_index(commas, guint32, mi);
    if (c < done || c + 3 >= end || c[1] != ' ' || c - text < 3)
      continue;
    if (cv_is_digit(c[2]) && !cv_is_digit(c[-1])) {
      /* a street, a comma, its number */
      const char *n = c + 2, *ne = n;
      while (ne < end && cv_is_digit(*ne) && ne - n < 5)
        ne++;
      gsize nd = (gsize)(ne - n);
      if (nd > 4)
        continue;
      if (ne + 1 < end && cv_is_alpha_ascii(*ne) && !cv_is_alnum_ascii(ne[1]))
        ne++; /* "25A" */
      if (!(ne >= end || *ne == ',' || *ne == '\n' || *ne == '\r' ||
            (*ne == '.' && (ne + 1 >= end || ne[1] == ' ' || ne[1] == '\n'))))
        continue;
      const char *w = c, *start = NULL;
      gboolean weak = FALSE;
      for (int k = 0; k < 7 && w > text; k++) {
        char f[CV_REDACT_MAX_WORD];
        gsize fn = 0;
        const char *t = word_before(text, w, f, sizeof f, &fn);
        if (!t)
          break;
        Word wd;
        if (!cv_word_at(t, end, &wd))
          break;
        if (word_in(f, fn, street_types_first, G_N_ELEMENTS(street_types_first)) ||
            (k == 0 && wd.cap && street_compound(f, fn))) {
          start = t;
          weak = word_in(f, fn, fr_types, G_N_ELEMENTS(fr_types)) ||
                 (nd == 4 && ((n[0] == '1' && n[1] == '9') ||
                              (n[0] == '2' && n[1] == '0')));
          break;
        }
        if (!(wd.cap && !wd.digit &&
              !(wd.cats & ~(CV_CTX_STREET_FR | CV_CTX_STREET_EN |
                            CV_CTX_GAZFIRST | CV_CTX_GAZLAST))) &&
            !(k > 0 && (cv_is_particle_word(&wd) ||
                        cv_word_in(&wd, street_particles,
                                   G_N_ELEMENTS(street_particles)))))
          break;
        if (t == text || t[-1] != ' ')
          break;
        w = t - 1;
      }
      if (!start || !cv_cap_at(start, end))
        continue;
      const char *stop = ne, *u = unit_piece(ne, end);
      const char *pc = postcode_city_next(u ? u : ne, end);
      if (pc)
        stop = pc;
      else if (weak && !u)
        continue;
      else if (u)
        stop = u; /* "Rua Augusta, 1355, ap. 1203, Campinas" */
      cv_scan_add(scan, CV_PII_ADDRESS, (gsize)(start - text),
                  (gsize)(stop - text), 0.8f, "address-comma-number");
      done = stop;
      continue;
    }
    const char *nc = c; /* the number's end: "102 bis," */
    if (c - text >= 6 &&
        (memcmp(c - 4, " bis", 4) == 0 || memcmp(c - 4, " ter", 4) == 0) &&
        cv_is_digit(c[-5]))
      nc = c - 4;
    if (!cv_is_digit(nc[-1])) {
      const char *be = building_after(scan, c);
      if (be)
        done = be;
      continue;
    }
    /* a number, a comma, a street typed in lower case */
    const char *n = nc;
    while (n > text && cv_is_digit(n[-1]) && nc - n < 5)
      n--;
    if (nc - n > 4 || cv_alnum_before(text, n))
      continue;
    Word tw;
    if (!cv_word_at(c + 2, end, &tw) || tw.cap ||
        !cv_word_in(&tw, lower_types, G_N_ELEMENTS(lower_types)))
      continue;
    const char *start = NULL;
    {
      /* a building's word and "no." before the number */
      const char *b = n;
      while (b > text && b[-1] == ' ' && n - b < 2)
        b--;
      const char *m = b;
      while (m > text && b - m < 4 &&
             (cv_is_alpha_ascii(m[-1]) || m[-1] == '.' || (guint8)m[-1] >= 0x80))
        m--;
      if (m < b && m - text >= 2 && m[-1] == ' ') {
        char f[8];
        gsize fn = cv_fold(m, b, f, sizeof f);
        if (fn >= 1 && f[0] == 'n' && b - m >= 2) { /* "no.", "No" */
          char g[CV_REDACT_MAX_WORD];
          gsize gn = 0;
          const char *t = word_before(text, m - 1, g, sizeof g, &gn);
          if (t && cv_folded_in(g, gn, buildings, G_N_ELEMENTS(buildings)))
            start = t;
        }
      }
    }
    if (!start && n - text >= 4 && n[-1] == ' ' && n[-2] == ',') {
      /* a rural route, a building or a unit before, after its comma: "R.R.
       * 3, 48, rang 369", "Bât. C, 60, rue de la Roquette", "Résidence Les
       * Tilleuls, 102 bis, rue …" */
      static const char *const before[] = { "rr",       "bat",       "bt",
                                            "batiment", "bloc",      "app",
                                            "apt",      "appt",      "unit",
                                            "suite",    "residence", "cite",
                                            "imm",      "immeuble",  "lot" };
      const char *pe = n - 2, *ps = pe;
      while (ps > text && pe - ps < 32 && ps[-1] != '\n' && ps[-1] != ':' &&
             ps[-1] != ',' && ps[-1] != '\t')
        ps--;
      while (ps < pe && *ps == ' ')
        ps++;
      /* (a rural route ends the piece: "addr R.R. 3", "devant le RR 2") */
      const char *r = pe;
      while (r > ps && cv_is_digit(r[-1]) && pe - r < 3)
        r--;
      if (r < pe && r - ps >= 3 && r[-1] == ' ') {
        if (r - ps >= 5 && memcmp(r - 5, "R.R.", 4) == 0 &&
            !cv_alnum_before(text, r - 5))
          ps = r - 5;
        else if (memcmp(r - 3, "RR", 2) == 0 && !cv_alnum_before(text, r - 3))
          ps = r - 3;
      }
      Word pw;
      gboolean rr = pe - ps >= 3 && ps[0] == 'R' &&
                    ((ps[1] == '.' && ps[2] == 'R') || ps[1] == 'R');
      if (ps < pe &&
          (rr || (cv_word_at(ps, pe, &pw) &&
                  cv_word_in(&pw, before, G_N_ELEMENTS(before)))) &&
          (rr || ps == text || ps[-1] == '\n' || ps[-1] == '\t' ||
           address_anchor(text, ps) || ps[-1] == ':' ||
           (ps[-1] == ' ' && ps - text >= 2 && ps[-2] == ':')))
        start = ps;
    }
    if (!start && !address_anchor(text, n))
      continue;
    if (!start)
      start = n;
    const char *q = tw.e, *se = NULL;
    for (int k = 0; k < 6 && q < end && *q == ' '; k++) {
      Word x;
      if (k == 0 && q + 1 < end && cv_is_digit(q[1])) {
        const char *d = q + 1; /* a numbered one: "rang 369", "route 252" */
        while (d < end && cv_is_digit(*d) && d - q < 6)
          d++;
        if (d - q <= 5 && !(d < end && cv_is_alnum_ascii(*d)))
          se = d;
        break;
      }
      if (!cv_word_at(q + 1, end, &x) || x.digit)
        break;
      if (x.cap &&
          !(x.cats & ~(CV_CTX_STREET_FR | CV_CTX_STREET_EN | CV_CTX_GAZFIRST |
                       CV_CTX_GAZLAST | CV_CTX_PARTICLE | CV_CTX_STOPNAME)))
        se = x.e;
      else if (!cv_is_particle_word(&x))
        break;
      q = x.e;
    }
    if (!se)
      continue;
    const char *pc = postcode_city_next(se, end);
    const char *stop = pc ? pc : se;
    cv_scan_add(scan, CV_PII_ADDRESS, (gsize)(start - text),
                (gsize)(stop - text), 0.8f, "address-number-comma");
    done = stop;
  }
}

/* Algeria's housing estates: "Cité 500 Logements, Bt E n° 50, 06000 Tizi
 * Ouzou", "Cité 1200 logts, bloc 4": the estate (its number of dwellings),
 * the building and the flat, then the postcode and city. */
static void
cite_logements(CvScan *scan, const Word *w)
{
  const char *text = scan->text, *end = text + scan->len;
  const char *q = w->e;
  if (q + 3 >= end || *q != ' ' || !cv_is_digit(q[1]))
    return;
  q++;
  while (q < end && cv_is_digit(*q) && q - w->e < 6)
    q++;
  Word l;
  if (q + 2 >= end || *q != ' ' || !cv_word_at(q + 1, end, &l) ||
      !(l.fn >= 4 && memcmp(l.f, "log", 3) == 0))
    return;
  const char *e = l.e;
  if (e < end && *e == '.')
    e++;
  /* the building and the flat: ", Bt E n° 50", ", bloc 4, appt 12" */
  for (int k = 0; k < 2 && e + 3 < end && e[0] == ',' && e[1] == ' '; k++) {
    const char *r = e + 2, *x = r;
    while (x < end && x - r < 16 && *x != ',' && *x != '\n')
      x++;
    Word b;
    if (x - r >= 16 || !cv_word_at(r, x, &b) || cv_count_digits(r, x) == 0 ||
        postcode_digits(r, end, FALSE))
      break;
    e = x;
  }
  const char *pc = postcode_city_next(e, end);
  cv_scan_add(scan, CV_PII_ADDRESS, (gsize)(w->s - text),
              (gsize)((pc ? pc : e) - text), 0.8f, "address-cite");
}

/* Streets of Colombian cities, numbered on a grid: "Calle 72 # 82-98",
 * "Carrera 15 No. 93-47", "Cra. 7 Bis # 45A-12": a type, the street's
 * number, "#" or "No.", the crossing street's number and the distance
 * from it.  From the capitalised words. */
static void
grid_streets(CvScan *scan)
{
  static const char *const types[] = {
    "calle", "carrera", "cra",         "cr",       "kr", "kra", "cl",
    "cll",   "avenida", "transversal", "diagonal", "tv", "dg",  "circular"
  };
  const char *text = scan->text, *end = text + scan->len;
  const guint32 *cw = (const guint32 *)scan->capwords->data;
  guint n = scan->capwords->len / 2;
  /* (the capitalised words' keys: one read of the word for those only) */
  guint32 keys[G_N_ELEMENTS(types) + 1];
  for (gsize k = 0; k < G_N_ELEMENTS(types); k++)
    keys[k] = cv_word_key(types[k], strlen(types[k]));
  keys[G_N_ELEMENTS(types)] = cv_word_key("cite", 4);
  for (guint i = 0; i < n; i++) {
    gsize k = 0;
    while (k < G_N_ELEMENTS(keys) && keys[k] != cw[2 * i + 1])
      k++;
    if (k == G_N_ELEMENTS(keys))
      continue;
    const char *t = text + cw[2 * i];
    Word w;
    if (!cv_word_at(t, end, &w))
      continue;
    if (w.fn == 4 && memcmp(w.f, "cite", 4) == 0) {
      cite_logements(scan, &w);
      continue;
    }
    if (!cv_word_in(&w, types, G_N_ELEMENTS(types)))
      continue;
    const char *q = w.e;
    if (q < end && *q == '.')
      q++;
    if (q + 1 >= end || *q != ' ' || !cv_is_digit(q[1]))
      continue;
    q++;
    for (int m = 0; m < 3 && q < end && cv_is_digit(*q); m++)
      q++;
    while (q < end && q - t < 40 && (cv_is_alpha_ascii(*q) || *q == ' ') &&
           !(q[0] == ' ' && q + 1 < end &&
             (q[1] == '#' || q[1] == 'N' || q[1] == 'n')))
      q++; /* "72A", " Bis", " Sur" */
    if (q + 2 >= end || *q != ' ')
      continue;
    q++;
    if (*q == '#') {
      q++;
    } else if ((*q == 'N' || *q == 'n') && q + 2 < end) {
      q++;
      if (*q == 'o' || *q == 'O')
        q++;
      else if (end - q >= 2 && (guint8)q[0] == 0xc2 &&
               ((guint8)q[1] == 0xb0 || (guint8)q[1] == 0xba))
        q += 2; /* "N°", "Nº" */
      else
        continue;
      if (q < end && *q == '.')
        q++;
    } else {
      continue;
    }
    q = skip_sp(q, end);
    const char *d = q;
    while (q < end && cv_is_digit(*q) && q - d < 4)
      q++;
    if (q == d)
      continue;
    if (q < end && cv_is_alpha_ascii(*q))
      q++;
    if (q + 1 >= end || *q != '-' || !cv_is_digit(q[1]))
      continue;
    q++;
    while (q < end && cv_is_digit(*q) && q - d < 12)
      q++;
    if (q < end && cv_is_alnum_ascii(*q))
      continue;
    cv_scan_add(scan, CV_PII_ADDRESS, (gsize)(t - text), (gsize)(q - text),
                0.8f, "address-grid");
  }
}

/* A user name made of a person's names at @p ("clochoux.liene",
 * "bile_shirow", "khuc.loan"): two or three runs of two letters or more
 * joined by '.' or '_', the last no file extension or domain ("notes.txt",
 * "bell.net").  Its end or NULL. */
static const char *
handle_at(const char *p, const char *end)
{
  static const char *const not_last[] = {
    "com", "net",  "org",   "ca",  "fr",   "pdf", "doc", "docx", "txt",
    "csv", "xls",  "xlsx",  "jpg", "jpeg", "png", "gif", "qc",   "gouv",
    "io",  "info", "json",  "xml", "html", "htm", "log", "zip",  "exe",
    "py",  "js",   "md",    "be",  "ch",   "uk",  "us",  "eu",   "de",
    "it",  "es",   "local", "lan", "int",  "edu", "gov", "mil",  "ma",
    "ht",  "sh",   "conf",  "ini", "yaml", "tmp", "bak", "mp3",  "wav"
  };
  const char *q = p, *ls = p;
  int parts = 0;
  for (;;) {
    const char *s = q;
    gsize cl;
    gboolean up;
    while (q < end && q - s < 24 && cv_letter_at(q, end, &cl, &up))
      q += cl;
    if (q - s < 2 || q - s >= 24)
      return NULL;
    parts++;
    ls = s;
    if (parts < 3 && q + 1 < end && (*q == '.' || *q == '_') &&
        cv_letter_at(q + 1, end, &cl, &up)) {
      q++;
      continue;
    }
    break;
  }
  if (parts < 2 || (q < end && (cv_is_alnum_ascii(*q) || *q == '@' ||
                                *q == '/' || (guint8)*q >= 0x80)))
    return NULL;
  char f[8];
  gsize fn = q - ls < 8 ? cv_fold(ls, q, f, sizeof f) : 0;
  if (fn && cv_folded_in(f, fn, not_last, G_N_ELEMENTS(not_last)))
    return NULL;
  if (p + 3 <= end && memcmp(p, "www", 3) == 0)
    return NULL;
  return q;
}

/* A mention of one word in lower case addressing a person in a chat
 * ("[12:44] Charbel Z. : @mpemshaw peux-tu rappeler"): four to twenty
 * letters then a blank and a lower-case word, the message's first word
 * after a speaker's colon; not a tool's keyword ("@param", "@here").  Its
 * end, else NULL. */
static const char *
mention_at(const CvScan *scan, const char *p, const char *end)
{
  static const char *const not_names[] = {
    "here",    "channel",  "everyone", "all",     "param",  "return",
    "returns", "throws",   "see",      "since",   "author", "deprecated",
    "todo",    "override", "link",     "media",   "import", "include",
    "define",  "version",  "brief",    "example", "team",   "admin"
  };
  const char *text = scan->text;
  const char *q = p;
  while (q < end && q - p < 24 && (cv_cls[(guint8)*q] & CV_C_LOWER))
    q++;
  if (q - p < 4 || q - p >= 24 || end - q < 3 || *q != ' ' ||
      !(cv_cls[(guint8)q[1]] & CV_C_LOWER))
    return NULL;
  const char *b = p - 1; /* the '@' */
  while (b > text && b[-1] == ' ')
    b--;
  if (b - text < 2 || b[-1] != ':')
    return NULL;
  Word w;
  if (!cv_word_at(p, q, &w) || w.e != q ||
      cv_word_in(&w, not_names, G_N_ELEMENTS(not_names)) ||
      cv_name_model_in_dict(scan->model, p, q))
    return NULL;
  return q;
}

/* The keys whose values are persons: a log's agent, a record's staff. */
static const char *const person_keys[] = {
  "agent",    "user",     "username",    "author",       "assignee",
  "owner",    "employee", "operator",    "created_by",   "updated_by",
  "reviewer", "clerk",    "officer",     "login",        "utilisateur",
  "agente",   "auteur",   "employe",     "preparer",     "caseworker",
  "worker",   "staff",    "intervenant", "intervenante", "requester",
  "patient",  "client",   "contact",     "usager",       "beneficiaire",
  "member",   "account"
};

/* Is one word of [s, e) capitalised and out of the dictionaries or a name
 * of the lists ("Mahnaz", "Ghania"; not "Project Alpha", "Suivi")? */
static gboolean
has_name_word(const CvScan *scan, const char *s, const char *e)
{
  for (const char *q = s; q < e;) {
    Word w;
    if (!cv_word_at(q, e, &w) || w.e <= q) {
      q++; /* (a blank, a hyphen or an initial's period between words) */
      continue;
    }
    if (w.cap && w.fn >= 2 &&
        (!cv_name_model_in_dict(scan->model, w.s, w.e) ||
         (cv_name_model_lists(scan->model, w.s, w.e) & 3)))
      return TRUE;
    q = w.e;
  }
  return FALSE;
}

/* The person's name filling a quoted value ("user": "Kaiwen Li", "agent":
 * "Mae dela Cruz"): two to five words in capitals or particles up to the
 * closing quote, one of them a name of the lists or out of the
 * dictionaries ("user": "System Administrator" stays).  Its end, else
 * NULL. */
static const char *
quoted_name_end(const CvScan *scan, const char *p, const char *end)
{
  int words = 0;
  gboolean named = FALSE;
  const char *q = p;
  while (q < end && q - p < 64) {
    Word w;
    if (!cv_word_at(q, end, &w) || w.s != q || w.digit || w.fn < 2)
      return NULL;
    if (w.cap) {
      if (w.cats & (CV_CTX_ORG | CV_CTX_ORGTAIL | CV_CTX_MONTH))
        return NULL;
      if ((cv_name_model_lists(scan->model, w.s, w.e) & 3) ||
          !cv_name_model_in_dict(scan->model, w.s, w.e))
        named = TRUE;
    } else if (!(w.cats & CV_CTX_PARTICLE) &&
               !(w.fn == 4 && memcmp(w.f, "dela", 4) == 0)) {
      return NULL;
    }
    words++;
    q = w.e;
    if (q < end && *q == '"')
      return words >= 2 && words <= 5 && named ? q : NULL;
    if (q >= end || (*q != ' ' && *q != '-'))
      return NULL;
    q++;
  }
  return NULL;
}

/* A person signed with a credential after a comma, as nurses and
 * physicians sign charts and vaccination records: "Exaucé Mumbere, RN",
 * "Onkar Gosal, inf.", "H. Hadji, RN": one to three capitalised words
 * (initials allowed) before the comma, back to a cell's, a line's or a
 * clause's start or a small word, one of them a name word. */
static void
credential_names(CvScan *scan)
{
  static const char *const creds[] = { "RN",     "RPN",  "LPN",  "NP",
                                       "M.D.",   "inf.", "IPS",  "Ph.D.",
                                       "pharm.", "t.s.", "erg.", "B.Sc.N." };
  const char *text = scan->text, *end = text + scan->len;
  const GArray *commas = cv_scan_marks(scan, CV_MARK_COMMA);
  for (guint mi = 0; mi < commas->len; mi++) {
    const char *c = text + g_array_index(commas, guint32, mi);
    if (end - c < 4 || c[1] != ' ' || c - text < 3 ||
        !(c[2] == 'R' || c[2] == 'L' || c[2] == 'N' || c[2] == 'M' ||
          c[2] == 'i' || c[2] == 'I' || c[2] == 'P' || c[2] == 'p' ||
          c[2] == 't' || c[2] == 'e' || c[2] == 'B'))
      continue;
    gboolean cred = FALSE;
    for (gsize k = 0; k < G_N_ELEMENTS(creds) && !cred; k++) {
      gsize n = strlen(creds[k]);
      cred = (gsize)(end - c - 2) >= n && memcmp(c + 2, creds[k], n) == 0 &&
             (c + 2 + n >= end || !cv_is_alnum_ascii(c[2 + n]));
    }
    if (!cred)
      continue;
    /* the words before */
    const char *s = c;
    for (int k = 0; k < 3; k++) {
      const char *we = s, *ws = we;
      if (k > 0) {
        if (ws - text < 2 || ws[-1] != ' ' || ws[-2] == ' ')
          break;
        we = --ws;
      }
      while (ws > text && we - ws < 30 &&
             (cv_is_alpha_ascii(ws[-1]) || (guint8)ws[-1] >= 0x80 ||
              ws[-1] == '-' || ws[-1] == '.'))
        ws--;
      Word w;
      if (ws == we || !cv_word_at(ws, we, &w) || !w.cap ||
          (w.cats & ~(guint32)(CV_CTX_STOPNAME | CV_CTX_GAZFIRST |
                               CV_CTX_GAZLAST | CV_CTX_PARTICLE)))
        break;
      s = ws;
    }
    if (s == c || !has_name_word(scan, s, c) ||
        cv_scan_in_keep(scan, (gsize)(s - text), (gsize)(c - text)))
      continue;
    cv_add_name(scan, s, c, 0.8f, "name-credential");
  }
}

/* A user id of a directory: two to 32 letters, digits, '.', '_' or '-',
 * two letters at least ("skyriazi", "eulalievilouin"); its end or NULL. */
static const char *
uid_value(const char *p, const char *end)
{
  const char *q = p;
  int letters = 0;
  while (q < end && q - p <= 32 &&
         (cv_is_alnum_ascii(*q) || *q == '.' || *q == '_' || *q == '-')) {
    letters += cv_is_alpha_ascii(*q) != 0;
    q++;
  }
  return q - p >= 2 && q - p <= 32 && letters >= 2 ? q : NULL;
}

/* A directory export's (LDIF) person: "uid: skyriazi", "sn: De
 * Rocardière", and the ids and names of a "dn:" line ("dn:
 * uid=adupre,ou=Personnel,dc=…", "dn: cn=Ariane Dupré,ou=…") — the colon
 * @c after a key opening its line.  TRUE if it was one. */
static gboolean
ldif_line(CvScan *scan, const char *c)
{
  const char *text = scan->text, *end = text + scan->len;
  const char *ls = c;
  while (ls > text && c - ls < 12 && ls[-1] != '\n')
    ls--;
  if (ls > text && ls[-1] != '\n')
    return FALSE;
  gsize kl = (gsize)(c - ls);
  const char *v = skip_sp(c + 1, end);
  const char *le = cv_line_end(v, end);
  if (kl == 3 && memcmp(ls, "uid", 3) == 0) {
    const char *ue = uid_value(v, le);
    if (ue && ue == le)
      cv_scan_add(scan, CV_PII_PERSON, (gsize)(v - text), (gsize)(ue - text),
                  0.85f, "name-ldif");
    return TRUE;
  }
  if ((kl == 2 && memcmp(ls, "sn", 2) == 0) ||
      (kl == 9 && memcmp(ls, "givenName", 9) == 0) ||
      (kl == 11 && memcmp(ls, "displayName", 11) == 0)) {
    if (le > v && le - v <= 64 && has_name_word(scan, v, le))
      cv_add_name(scan, v, le, 0.85f, "name-ldif");
    return TRUE;
  }
  if (!(kl == 2 && memcmp(ls, "dn", 2) == 0))
    return FALSE;
  /* the distinguished name's parts */
  for (const char *a = v; a < le;) {
    const char *ae = memchr(a, ',', (gsize)(le - a));
    if (!ae)
      ae = le;
    if (ae - a > 4 && g_ascii_strncasecmp(a, "uid=", 4) == 0) {
      const char *ue = uid_value(a + 4, ae);
      if (ue == ae)
        cv_scan_add(scan, CV_PII_PERSON, (gsize)(a + 4 - text),
                    (gsize)(ae - text), 0.85f, "name-ldif");
    } else if (ae - a > 3 && g_ascii_strncasecmp(a, "cn=", 3) == 0 &&
               memchr(a + 3, ' ', (gsize)(ae - a - 3)) && ae - a <= 64 &&
               has_name_word(scan, a + 3, ae)) {
      cv_add_name(scan, a + 3, ae, 0.85f, "name-ldif");
    }
    a = ae + 1;
  }
  return TRUE;
}

/* User names that are a person's names: a chat's speaker ("[17 h 05]
 * clochoux.liene : salut", "10:57 bile_shirow: ok"), a mention
 * ("@miggeon.liesine"), a log's agent or user ("\"agent\":
 * \"bogudan.kryinski\"", "user=khuc.loan"). */
static void
handle_names(CvScan *scan)
{
  const char *text = scan->text, *end = text + scan->len;
  const GArray *colons = cv_scan_marks(scan, CV_MARK_COLON);
  for (guint mi = 0; mi < colons->len; mi++) {
    const char *c = text + g_array_index(colons, guint32, mi);
    if (c - text < 3)
      continue;
    if ((c[-1] == 'n' || c[-1] == 'd' || c[-1] == 'e') && ldif_line(scan, c))
      continue;
    if (c[-1] == '"' && c + 3 < end) {
      /* "key": "value" */
      const char *ke = c - 1, *ks = ke;
      while (ks > text && ke - ks < 16 && ks[-1] != '"')
        ks--;
      char f[16];
      gsize fn = ks < ke && ke - ks < 16 ? cv_fold(ks, ke, f, sizeof f) : 0;
      static const char *const dob_keys[] = { "birthdate",     "dateofbirth",
                                              "date_of_birth", "birth_date",
                                              "datenaissance", "date_naissance" };
      if (fn && cv_folded_in(f, fn, dob_keys, G_N_ELEMENTS(dob_keys))) {
        /* a record's birth date in camel case: "birthDate": "1947-06-26" */
        const char *v = skip_sp(c + 1, end);
        const char *ve = v < end && *v == '"'
                             ? memchr(v + 1, '"', (gsize)MIN(end - v - 1, 32))
                             : NULL;
        if (ve && cv_count_digits(v + 1, ve) >= 4)
          cv_scan_add(scan, CV_PII_DOB, (gsize)(v + 1 - text),
                      (gsize)(ve - text), 0.9f, "dob-json");
        continue;
      }
      if (fn && ((fn == 6 && memcmp(f, "family", 6) == 0) ||
                 (fn == 5 && memcmp(f, "given", 5) == 0))) {
        /* a record's name parts (FHIR's HumanName): "family": "Du
         * Jarry", "given": ["Sébastien", "Marc"] */
        const char *v = skip_sp(c + 1, end);
        gboolean list = v < end && *v == '[';
        for (int k = 0; k < 4 && v < end; k++) {
          if (list)
            v = skip_sp(v + (k == 0 ? 1 : 0), end);
          if (v >= end || *v != '"')
            break;
          const char *ve = memchr(v + 1, '"', (gsize)MIN(end - v - 1, 64));
          if (!ve)
            break;
          if (ve > v + 1 && cv_cap_at(v + 1, ve))
            cv_add_name(scan, v + 1, ve, 0.85f, "name-json-parts");
          v = skip_sp(ve + 1, end);
          if (!list || v >= end || *v != ',')
            break;
          v++;
        }
        continue;
      }
      if (!fn || !cv_folded_in(f, fn, person_keys, G_N_ELEMENTS(person_keys)))
        continue;
      const char *v = skip_sp(c + 1, end);
      if (v >= end || *v != '"')
        continue;
      const char *he = handle_at(v + 1, end);
      if (he && he < end && *he == '"')
        cv_scan_add(scan, CV_PII_PERSON, (gsize)(v + 1 - text),
                    (gsize)(he - text), 0.8f, "name-handle");
      else if ((he = quoted_name_end(scan, v + 1, end)))
        cv_add_name(scan, v + 1, he, 0.8f, "name-json-user");
      continue;
    }
    {
      /* a calendar's attendee: "ATTENDEE;CN=Dassa Bouani:mailto:" */
      const char *eq = c - 1;
      while (eq > text && c - eq < 60 && *eq != '=' && *eq != '\n' &&
             *eq != ';' && *eq != ':')
        eq--;
      if (*eq == '=' && eq - text >= 2 && eq[-1] == 'N' && eq[-2] == 'C' &&
          c + 7 < end && memcmp(c + 1, "mailto", 6) == 0) {
        const char *ns = eq + 1, *ne = c;
        if (ns < ne && *ns == '"')
          ns++;
        if (ne > ns && ne[-1] == '"')
          ne--;
        if (ne > ns && cv_cap_at(ns, end) && !memchr(ns, '@', (gsize)(ne - ns)))
          cv_add_name(scan, ns, ne, 0.85f, "name-attendee");
        continue;
      }
    }
    /* a speaker: the handle follows a time stamp ("[17 h 05] ", "10:57 ") */
    const char *he = c;
    if (he[-1] == ' ')
      he--;
    const char *hs = he;
    while (hs > text && he - hs < 50 && hs[-1] != ' ' && hs[-1] != '\n' &&
           hs[-1] != ']' && hs[-1] != '\t')
      hs--;
    if (hs == he || handle_at(hs, end) != he)
      continue;
    const char *b = hs;
    if (b > text && b[-1] == ' ')
      b--;
    if (b == text || !(b[-1] == ']' || b[-1] == ')' ||
                       (b < hs && cv_is_digit(b[-1]) && b - text >= 3 &&
                        (b[-3] == ':' || b[-3] == 'h'))))
      continue;
    cv_scan_add(scan, CV_PII_PERSON, (gsize)(hs - text), (gsize)(he - text),
                0.8f, "name-handle");
  }
  const GArray *ats = cv_scan_marks(scan, CV_MARK_AT);
  for (guint mi = 0; mi < ats->len; mi++) {
    const char *a = text + g_array_index(ats, guint32, mi);
    if (a > text && (cv_is_alnum_ascii(a[-1]) || (guint8)a[-1] >= 0x80 ||
                     a[-1] == '.' || a[-1] == '_' || a[-1] == '-'))
      continue; /* (an e-mail's) */
    const char *ls = a;
    while (ls > text && (ls[-1] == ' ' || ls[-1] == '\t'))
      ls--;
    if (ls == text || ls[-1] == '\n')
      continue; /* (a decorator: "@contextlib.contextmanager") */
    const char *he = handle_at(a + 1, end);
    if (!he)
      he = mention_at(scan, a + 1, end);
    if (he)
      cv_scan_add(scan, CV_PII_PERSON, (gsize)(a + 1 - text),
                  (gsize)(he - text), 0.8f, "name-handle");
  }
}

/* A vCard's names: "FN:Évangéliste Gallois" (the formatted name, the
 * line's rest) and "N:Gallois;Évangéliste;;Mr.;" (surname, given and
 * other names; the prefix and suffix stay), their parameters allowed
 * ("FN;CHARSET=UTF-8:").  From each colon, the line opening with the
 * property in capitals. */
static void
vcard_names(CvScan *scan)
{
  const char *text = scan->text, *end = text + scan->len;
  const GArray *colons = cv_scan_marks(scan, CV_MARK_COLON);
  for (guint mi = 0; mi < colons->len; mi++) {
    const char *c = text + g_array_index(colons, guint32, mi);
    const char *ls = c;
    while (ls > text && c - ls < 48 && ls[-1] != '\n')
      ls--;
    if (c - ls < 1 || (ls > text && ls[-1] != '\n'))
      continue;
    gboolean fn = c - ls >= 2 && ls[0] == 'F' && ls[1] == 'N' &&
                  (ls + 2 == c || ls[2] == ';');
    gboolean n = ls[0] == 'N' && (ls + 1 == c || ls[1] == ';');
    if (!fn && !n)
      continue;
    const char *le = cv_line_end(c, end);
    while (le > c && (le[-1] == '\r' || le[-1] == ' '))
      le--;
    if (le - c < 3 || le - c > 120)
      continue;
    if (fn) {
      if (cv_maybe_cap(c + 1, le) && !memchr(c, '@', (gsize)(le - c)))
        cv_add_name(scan, c + 1, le, 0.85f, "name-vcard");
      continue;
    }
    /* (the structured name has its five fields: four semicolons) */
    int semis = 0;
    for (const char *q = c; q < le; q++)
      semis += *q == ';';
    if (semis < 4)
      continue;
    const char *p = c + 1;
    for (int field = 0; field < 3 && p < le; field++) {
      const char *fe = memchr(p, ';', (gsize)(le - p));
      if (!fe)
        fe = le;
      /* (a particle may open it: "de la Fontaine") */
      const char *cap = p;
      while (cap < fe && !(cv_cls[(guint8)*cap] & (CV_C_UPPER | CV_C_DIGIT)) &&
             (guint8)*cap < 0xC3)
        cap++;
      if (cap < fe && cv_maybe_cap(cap, fe) && (cap == p || cap[-1] == ' ') &&
          cv_count_digits(p, fe) == 0)
        cv_add_name(scan, p, fe, 0.85f, "name-vcard");
      p = fe + 1;
    }
  }
}

/* From each '(': a phone of another country written with its code in
 * brackets and two groups of four ("(509) 3890 7793", Haiti's); a given
 * name and the initial of the surname before a phone in brackets ("Lusisa
 * K. (438 740-4118)", a schedule's or a list's). */
static void
paren_phones_names(CvScan *scan)
{
  const char *text = scan->text, *end = text + scan->len;
  const GArray *parens = cv_scan_marks(scan, CV_MARK_PAREN);
  for (guint mi = 0; mi < parens->len; mi++) {
    const char *o = text + g_array_index(parens, guint32, mi);
    if (end - o < 6 || !cv_is_digit(o[1]))
      continue;
    if (end - o >= 15 && o[4] == ')' && o[5] == ' ' &&
        cv_count_digits(o + 1, o + 4) == 3 &&
        cv_count_digits(o + 6, o + 10) == 4 && (o[10] == ' ' || o[10] == '-') &&
        cv_count_digits(o + 11, o + 15) == 4 &&
        !(o + 15 < end && cv_is_alnum_ascii(o[15])) && !cv_alnum_before(text, o))
      cv_scan_add(scan, CV_PII_PHONE, (gsize)(o - text), (gsize)(o + 15 - text),
                  0.8f, "phone-paren-4-4");
    /* "Given K. (" */
    if (o - text < 6 || o[-1] != ' ' || o[-2] != '.' ||
        !(cv_cls[(guint8)o[-3]] & CV_C_UPPER) || o[-4] != ' ')
      continue;
    const char *we = o - 4, *ws = we;
    gsize cl;
    gboolean up;
    while (ws > text && we - ws < 30 &&
           (cv_is_alpha_ascii(ws[-1]) || (guint8)ws[-1] >= 0x80 || ws[-1] == '-'))
      ws--;
    Word w;
    if (ws == we || !cv_letter_at(ws, we, &cl, &up) || !up ||
        !cv_word_at(ws, we, &w) || w.e != we || w.upper || w.cats ||
        cv_name_model_in_dict(scan->model, w.s, w.e))
      continue;
    /* (the digits in the bracket make a phone: seven at least) */
    const char *c = memchr(o, ')', (gsize)MIN(end - o, 24));
    if (!c || cv_count_digits(o, c) < 7)
      continue;
    cv_add_name(scan, ws, o - 2, 0.8f, "name-initial-phone");
  }
}

/* The other party of a bank transfer on a statement's line ("Virement
 * Interac à Xiaoting Tjong   243,70 $", "Virement de Lubomila K.",
 * "Transfer to Kofi Mensah"): one to four capitalised words or initials
 * after "à", "de", "to", "from", up to the amount's gap or the line's end. */
static void
transfer_names(CvScan *scan)
{
  static const char *const preps[] = { "a", "de", "to", "from", "du" };
  const char *text = scan->text, *end = text + scan->len;
  const guint32 *cw = (const guint32 *)scan->capwords->data;
  guint n = scan->capwords->len / 2;
  const guint32 k1 = cv_word_key("virement", 8), k2 = cv_word_key("transfer", 8);
  for (guint i = 0; i < n; i++) {
    if (cw[2 * i + 1] != k1 && cw[2 * i + 1] != k2)
      continue;
    const char *q = text + cw[2 * i];
    Word w;
    if (!cv_word_at(q, end, &w))
      continue;
    q = w.e;
    Word x;
    if (q + 1 < end && *q == ' ' && cv_word_at(q + 1, end, &x) && x.fn == 7 &&
        memcmp(x.f, "interac", 7) == 0)
      q = x.e;
    /* (its direction between: "Virement reçu de", "Transfer sent to") */
    static const char *const dirs[] = { "recu", "envoye", "received", "sent" };
    if (q + 1 < end && *q == ' ' && cv_word_at(q + 1, end, &x) &&
        cv_word_in(&x, dirs, G_N_ELEMENTS(dirs)))
      q = x.e;
    if (q + 1 >= end || *q != ' ' || !cv_word_at(q + 1, end, &x) ||
        !cv_word_in(&x, preps, G_N_ELEMENTS(preps)))
      continue;
    q = x.e;
    const char *ns = NULL, *ne = NULL;
    for (int k = 0; k < 4 && q + 1 < end && *q == ' '; k++) {
      Word y;
      if (!cv_word_at(q + 1, end, &y) || !y.cap || y.digit ||
          (y.cats & ~(CV_CTX_GAZFIRST | CV_CTX_GAZLAST | CV_CTX_PARTICLE)))
        break;
      if (!ns)
        ns = y.s;
      q = y.e;
      if (q < end && *q == '.' && y.e - y.s <= 2)
        q++; /* an initial: "Lubomila K." */
      ne = q;
    }
    /* (the name ends the line or comes before the amount's gap) */
    if (ns && (ne >= end || *ne == '\n' || *ne == '\r' || *ne == '\t' ||
               (ne + 1 < end && ne[0] == ' ' && (ne[1] == ' ' || ne[1] == '|'))))
      cv_add_name(scan, ns, ne, 0.8f, "name-transfer");
  }
}

/* The names of a register's or a roster's lines: "#82  TASARI, MALAL    #28
 * CARRSTEAD, GILBWIN" (a sheet's players, surname and given name in
 * capitals after their number); "Ernso Dorlussaint / Rolie Chaberand —
 * 1-873-819-9593", "Mikely Jobèzin et famille — mjob…" (a condolence
 * book's or a funeral register's signers, before the dash of their
 * contact); "— n. ilunwanze" (a note's signature in small letters). */
static gboolean
caps_name_words(const char *p, const char *end, const char **e)
{
  const char *q = p;
  int words = 0;
  for (;;) {
    Word w;
    if (!cv_word_at(q, end, &w) || !w.upper || w.fn < 2 || w.digit ||
        ((w.cats & ~(CV_CTX_GAZFIRST | CV_CTX_GAZLAST | CV_CTX_PARTICLE)) &&
         !cv_is_particle_word(&w)))
      break;
    words++;
    q = w.e;
    if (q + 1 < end && *q == ' ' && (cv_cls[(guint8)q[1]] & CV_C_UPPER))
      q++;
    else
      break;
  }
  if (q > p && q[-1] == ' ')
    q--;
  *e = q;
  return words >= 1 && words <= 3;
}

/* One to @max capitalised name words from @p (Title case or capitals,
 * particles between them, no context word's): TRUE and *@e their end.
 * With @whole, a word that is neither fails them all ("Procureur
 * général"); without, the words before it count. */
static gboolean
name_words(const char *p, const char *end, int max, gboolean whole,
           const char **e)
{
  const char *q = p;
  int words = 0;
  while (q < end && words <= max) {
    Word w;
    if (!cv_word_at(q, end, &w) || w.digit || w.fn < 2) {
      if (whole)
        return FALSE;
      break;
    }
    if (w.cap && !(w.cats & ~(CV_CTX_GAZFIRST | CV_CTX_GAZLAST | CV_CTX_PARTICLE)))
      words++;
    else if (!(cv_is_particle_word(&w) && q > p)) {
      if (whole)
        return FALSE;
      break;
    }
    *e = q = w.e;
    if (q + 1 < end && *q == ' ' &&
        (cv_is_alpha_ascii(q[1]) || (guint8)q[1] >= 0xc3))
      q++;
    else
      break;
  }
  return words >= 1 && words <= max;
}

/* The person in a markup's element named for a name ("<nom>Kapoor</nom>",
 * "<firstName>Ghania</firstName>", "<prenom>Chao</prenom>"): the element's
 * text up to its closing tag, capitalised, on its line.  From the
 * capitalised words. */
static void
element_names(CvScan *scan)
{
  static const char *const tags[] = {
    "nom",        "prenom",    "name",       "surname",      "lastname",
    "firstname",  "givenname", "familyname", "last_name",    "first_name",
    "given_name", "fullname",  "full_name",  "nom_famille",  "nomfamille",
    "middlename", "usager",    "patient",    "beneficiaire", "client"
  };
  const char *text = scan->text, *end = text + scan->len;
  const guint32 *cw = (const guint32 *)scan->capwords->data;
  guint n = scan->capwords->len / 2;
  for (guint i = 0; i < n; i++) {
    const char *v = text + cw[2 * i];
    if (v - text >= 3 && v[-1] == '=' && v[-2] == 'N' && v[-3] == 'C') {
      /* a calendar's attendee among its parameters: "ATTENDEE;CN=Soleil
       * Cénat;ROLE=REQ-PARTICIPANT" */
      const char *ve = v;
      while (ve < end && ve - v < 64 && *ve != ';' && *ve != ':' &&
             *ve != '\n' && *ve != '"')
        ve++;
      if (ve < end && *ve == ';' && ve - v >= 3 &&
          cv_count_digits(v, ve) == 0 && !memchr(v, '@', (gsize)(ve - v)))
        cv_add_name(scan, v, ve, 0.85f, "name-attendee");
      continue;
    }
    if (v - text >= 3 && v[-1] == '"' && v[-2] == '=') {
      /* an attribute's or a log's key="Value": agent="Dimitrios M." */
      char kf[16];
      gsize kn = 0;
      const char *ve = v;
      while (ve < end && ve - v < 64 && *ve != '"' && *ve != '\n')
        ve++;
      const char *e = NULL;
      if (word_before(text, v - 2, kf, sizeof kf, &kn) &&
          cv_folded_in(kf, kn, person_keys, G_N_ELEMENTS(person_keys)) &&
          ve < end && *ve == '"' && name_words(v, ve, 4, TRUE, &e) && e == ve)
        cv_add_name(scan, v, ve, 0.8f, "name-attribute");
      continue;
    }
    if (v - text < 4 || v[-1] != '>')
      continue;
    const char *o = v - 2;
    while (o > text && v - o < 16 && *o != '<' && *o != '>' && *o != ' ')
      o--;
    if (*o != '<' || o + 2 >= v)
      continue;
    char f[16];
    gsize fn = cv_fold(o + 1, v - 1, f, sizeof f);
    if (!fn || !cv_folded_in(f, fn, tags, G_N_ELEMENTS(tags)))
      continue;
    const char *ve = v;
    while (ve < end && ve - v < 80 && *ve != '<' && *ve != '\n')
      ve++;
    const char *e = NULL;
    if (ve >= end || *ve != '<' || ve + 1 >= end || ve[1] != '/' ||
        !name_words(v, ve, 4, TRUE, &e) || e != ve)
      continue;
    /* (a project's or a service's "<name>Project Alpha</name>": one word
     * out of the dictionaries or a name of the lists) */
    if (has_name_word(scan, v, ve))
      cv_add_name(scan, v, ve, 0.85f, "name-element");
  }
}

/* The start of the last word of [s, e). */
static const char *
last_word_start(const char *s, const char *e)
{
  const char *b = e;
  while (b > s && b[-1] != ' ')
    b--;
  return b;
}

/* The person named right before a birth date's label ("SUSPECT: URSZULA
 * DROZD DOB 1988-04-10", "VICTIME: TONINO FIORANTE DDN 20000426",
 * "Passenger: Parfait Mba, born 07/14/1975"): two to four capitalised
 * words, no context word's, after a colon, a bracket or the line's start,
 * one of them out of the dictionaries or a name of the lists, then the
 * label and a date. */
static void
name_before_dob(CvScan *scan, const CvCtxHit *h)
{
  const char *text = scan->text, *end = text + scan->len;
  const char *w = text + h->start;
  if (!(h->flags & CV_WORD_CAP) && !(w[0] == 'b' || w[0] == 'n'))
    return; /* ("DOB", "DDN", "Né le", "born") */
  const char *ne = w;
  if (ne - text < 4 || ne[-1] != ' ')
    return;
  ne--;
  if (ne[-1] == ',')
    ne--;
  /* the words back to a colon, a bracket or the line's start */
  const char *ns = ne;
  int words = 0;
  while (ns > text && words < 5) {
    const char *b = ns;
    while (b > text && (cv_is_alpha_ascii(b[-1]) || (guint8)b[-1] >= 0x80 ||
                        b[-1] == '-' || b[-1] == '\''))
      b--;
    if (b == ns)
      break;
    words++;
    ns = b;
    if (b > text && b[-1] == ' ' && b - 1 > text &&
        (cv_is_alpha_ascii(b[-2]) || (guint8)b[-2] >= 0x80))
      ns = b - 1;
    else
      break;
  }
  while (ns < ne && *ns == ' ')
    ns++;
  if (words < 2 || words > 4 || ns == text)
    return;
  const char *lead = ns;
  while (lead > text && lead[-1] == ' ')
    lead--;
  if (lead > text && !strchr(":(\n\t|", lead[-1]))
    return;
  const char *e = NULL;
  /* (the name's last word capitalised: not a label's "Datc de naissance") */
  if (!name_words(ns, ne, 4, TRUE, &e) || e != ne ||
      !(cv_cls[(guint8)*last_word_start(ns, ne)] & CV_C_UPPER))
    return;
  gboolean named = has_name_word(scan, ns, ne);
  /* (a date after the label) */
  const char *d = text + h->end;
  while (d < end && d - (text + h->end) < 8 && !cv_is_digit(*d) && *d != '\n')
    d++;
  if (named && d < end && cv_is_digit(*d) &&
      (cv_parse_date(d, end) || cv_parse_date_ymd8(d, end)))
    cv_add_name(scan, ns, ne, 0.8f, "name-before-dob");
}

/* An affidavit's opening: "I, Sheng Miao, holder of …", "I, Ada Okafor,
 * declare": one to four capitalised words between the commas after "I"
 * opening a sentence or a line.  From the commas. */
static void
i_comma_names(CvScan *scan)
{
  const char *text = scan->text, *end = text + scan->len;
  const GArray *commas = cv_scan_marks(scan, CV_MARK_COMMA);
  for (guint ci = 0; ci < commas->len; ci++) {
    const char *c = text + g_array_index(commas, guint32, ci);
    if (c - text < 1 || c[-1] != 'I' || end - c < 4 || c[1] != ' ' ||
        (c - text >= 2 && !(c[-2] == '\n' || c[-2] == ' ' || c[-2] == '"')) ||
        (c - text >= 3 && c[-2] == ' ' && !strchr(".!?:", c[-3])))
      continue;
    const char *e = NULL;
    const char *le = cv_line_end(c, end);
    const char *q = c + 2;
    const char *ce = memchr(q, ',', (gsize)(le - q));
    if (!ce || ce - q > 60 || !name_words(q, ce, 4, TRUE, &e) || e != ce)
      continue;
    cv_add_name(scan, q, ce, 0.8f, "name-affidavit");
  }
}

/* A signature on its line after a dash, the signer's office after a comma
 * ("— Noël Mercure, agent de probation", "— M. Josanord, technicien en
 * administration", "— Annie Paiement, probation officer"): one to four
 * capitalised words (a title before them), no context word's, then a job's
 * word among the next two.  From the commas. */
static void
dash_signatures(CvScan *scan)
{
  const char *text = scan->text, *end = text + scan->len;
  const GArray *commas = cv_scan_marks(scan, CV_MARK_COMMA);
  for (guint ci = 0; ci < commas->len; ci++) {
    const char *c = text + g_array_index(commas, guint32, ci);
    if (end - c < 4 || c[1] != ' ')
      continue;
    const char *ls = c;
    while (ls > text && ls[-1] != '\n' && c - ls < 64)
      ls--;
    if (ls > text && ls[-1] != '\n')
      continue;
    const char *t = cv_skip_hspace(ls, c);
    if (c - t > 4 && (guint8)t[0] == 0xe2 && (guint8)t[1] == 0x80 &&
        (guint8)t[2] == 0x94 && t[3] == ' ')
      t += 4;
    else if (c - t > 3 && t[0] == '-' && t[1] == '-' && t[2] == ' ')
      t += 3;
    else
      continue;
    /* (words of the dictionaries or of the context table too: "Noël
     * Mercure", "Annie Paiement"; no organisation's) */
    const char *n0 = cv_skip_title(t, c);
    int words = 0;
    gboolean named = FALSE;
    const char *q0 = n0;
    while (q0 < c && words <= 4) {
      Word w;
      if (!cv_word_at(q0, c, &w) || w.s != q0 || w.digit ||
          !(w.cap || (words > 0 && cv_is_particle_word(&w))) ||
          (w.cats & (CV_CTX_ORG | CV_CTX_ORGTAIL | CV_CTX_LABEL | CV_CTX_MONTH)) ||
          cv_word_is_place(&w))
        break;
      /* (one a given name of the lists or out of the dictionaries: not
       * "Service Canada", "Montréal") */
      gboolean given = cv_gazetteer_first(w.f, w.fn) ||
                       (cv_name_model_lists(scan->model, w.s, w.e) & 1);
      if ((w.cats & CV_CTX_STOPNAME) && !given)
        break;
      named |= given || !cv_name_model_in_dict(scan->model, w.s, w.e);
      words++;
      q0 = w.e;
      if (q0 < c && *q0 == ' ')
        q0++;
    }
    if (q0 != c || words == 0 || words > 4 || !named)
      continue;
    gboolean job = FALSE;
    const char *q = c + 2;
    for (int k = 0; k < 2 && !job; k++) {
      Word w;
      if (!cv_word_at(q, end, &w) || w.s != q || w.cap)
        break;
      job = (w.cats & (CV_CTX_ROLE | CV_CTX_REL)) != 0;
      q = w.e;
      if (q >= end || *q != ' ')
        break;
      q++;
    }
    if (job)
      cv_add_name(scan, n0, c, 0.8f, "name-dash-signature");
  }
}

/* The author of a journal's entry: a line opening with its date and time,
 * a dash, then the author and a colon ("2022-06-21 3 h — Mahnaz : appelé
 * l'usager", "06/06/2024 1:46 a.m. — H. Ponte: identity check", "2025-01-26
 * 4 h — M. Malik : accès ajouté"): one to four capitalised words, an
 * initial or a title before them, no context word's, one of them out of
 * the dictionaries or a name of the lists (an entry's "— Suivi :" or "—
 * Note :" stays).  From the colons. */
static void
journal_authors(CvScan *scan)
{
  const char *text = scan->text;
  const GArray *colons = cv_scan_marks(scan, CV_MARK_COLON);
  for (guint ci = 0; ci < colons->len; ci++) {
    const char *c = text + g_array_index(colons, guint32, ci);
    const char *b = c > text && c[-1] == ' ' ? c - 1 : c;
    /* the dash: " — ", " – " or " - " within 60 bytes before */
    const char *ns = NULL, *ds = NULL;
    for (const char *x = b - 2; x > text && b - x < 60; x--) {
      if (*x == '\n')
        break;
      if (x[-1] == ' ' && x + 3 < b && (guint8)x[0] == 0xe2 &&
          (guint8)x[1] == 0x80 &&
          ((guint8)x[2] == 0x94 || (guint8)x[2] == 0x93) && x[3] == ' ') {
        ds = x - 1;
        ns = x + 4;
        break;
      }
      if (x[-1] == ' ' && *x == '-' && x[1] == ' ') {
        ds = x - 1;
        ns = x + 2;
        break;
      }
    }
    if (!ns || ns >= b)
      continue;
    /* the stamp before it: the line's start, a digit first, then digits,
     * separators and a clock's letters ("3 h", "10:52 p.m.") */
    const char *ls = ds;
    while (ls > text && ls[-1] != '\n' && ds - ls < 40 &&
           (cv_is_digit(ls[-1]) || strchr(" :/.-hHapmAPM", ls[-1])))
      ls--;
    if ((ls > text && ls[-1] != '\n') || ls == ds || !cv_is_digit(*ls) ||
        cv_count_digits(ls, ds) < 4)
      continue;
    const char *t = cv_skip_title(ns, b);
    gboolean strong = t > ns;
    const char *n0 = t;
    if (b - t > 3 && (cv_cls[(guint8)t[0]] & CV_C_UPPER) && t[1] == '.' &&
        t[2] == ' ') {
      t += 3; /* an initial: "H. Ponte" */
      strong = TRUE;
    }
    const char *e = NULL;
    if (!name_words(t, b, 4, TRUE, &e) || e != b)
      continue;
    if (strong || has_name_word(scan, t, b))
      cv_add_name(scan, n0, b, 0.8f, "name-journal-author");
  }
}

/* The agent after "par :" / "by:" in a form ("Proposé par : Bijou Mbala
 * Appuyé par : T. Roy", "Rédigé par : Chanceline Batelier, surveillante",
 * "Reviewed by: Ada Okafor"): an initial or two and one to four
 * capitalised words, no context word's ("Payé par : Visa", "Envoyé par :
 * Postes Canada" stay), up to the field's end. */
static void
agent_fields(CvScan *scan)
{
  const char *text = scan->text, *end = text + scan->len;
  /* (from the colons: "par :", "par:", "by:", in any case) */
  const GArray *colons = cv_scan_marks(scan, CV_MARK_COLON);
  for (guint ci = 0; ci < colons->len; ci++) {
    const char *c = text + g_array_index(colons, guint32, ci);
    const char *b = c > text && c[-1] == ' ' ? c - 1 : c;
    gboolean par = b - text >= 4 && b[-4] == ' ' &&
                   g_ascii_strncasecmp(b - 3, "par", 3) == 0;
    gboolean by = b - text >= 3 && b[-3] == ' ' &&
                  g_ascii_strncasecmp(b - 2, "by", 2) == 0;
    if (!par && !by)
      continue;
    const char *le = cv_line_end(c, end);
    const char *v = cv_skip_hspace(c + 1, le), *p = v;
    for (int i = 0; i < 2 && le - p >= 4 && (cv_cls[(guint8)*p] & CV_C_UPPER) &&
                    p[1] == '.' && p[2] == ' ';
         i++)
      p += 3; /* "T. Roy" */
    const char *e;
    if (p >= le || !name_words(p, le, 4, FALSE, &e))
      continue;
    const char *t = e;
    while (t < le && (*t == ' ' || *t == '\r'))
      t++;
    if (!(t == le || *t == ',' || *t == ';' || *t == '(' || *t == '\t' ||
          t - e >= 2 || (*t == '.' && t + 1 == le)))
      continue;
    cv_add_name(scan, v, e, 0.8f, "name-agent");
  }
}

/* A record's row opening with its person, surname first ("Ghaffari,
 * Golnaz<TAB>DOB 1952-03-15<TAB>1-450-…", "Tran, Van Quoc | 17-FEB-1980
 * | …"): one or two capitalised words, a comma, one to three, then a cell's
 * end (a TAB, a '|', a column gap), and a birth date's word or six digits
 * in the rest of the row (a list of towns has neither). */
static void
record_row(CvScan *scan, const char *ls, const char *le)
{
  const char *text = scan->text;
  const char *a, *b;
  /* (cheap first: a comma near the start, a cell's end after it) */
  const char *cm = memchr(ls, ',', (gsize)MIN(le - ls, 64));
  if (!cm || !(memchr(cm, '\t', (gsize)(le - cm)) ||
               memchr(cm, '|', (gsize)(le - cm)) ||
               memmem(cm, (gsize)(le - cm), "  ", 2)))
    return;
  if (!name_words(ls, le, 2, FALSE, &a) || a + 2 >= le || a[0] != ',' ||
      a[1] != ' ' || !name_words(a + 2, le, 3, FALSE, &b) || b >= le)
    return;
  const char *c = b;
  while (c < le && *c == ' ')
    c++;
  if (!(*b == '\t' || (c < le && *c == '|') || c - b >= 2))
    return;
  if (cv_count_digits(c, le) < 6 &&
      cv_ctx_dist_after(scan, (gsize)(c - text), (gsize)(le - c), CV_CTX_DOB) ==
          G_MAXSIZE)
    return;
  cv_add_name(scan, ls, a, 0.8f, "name-record-row");
  cv_add_name(scan, a + 2, b, 0.8f, "name-record-row");
}

static void
register_lines(CvScan *scan)
{
  const GArray *lines = cv_scan_lines(scan);
  for (guint li = 0; li < lines->len; li++) {
    const char *ls, *le;
    cv_line_of(scan, lines, li, &ls, &le);
    if (le - ls < 6)
      continue;
    if (*ls == '#') {
      for (const char *h = ls; h && h < le;
           h = memchr(h + 1, '#', (gsize)(le - h - 1))) {
        const char *q = h + 1, *a, *b;
        while (q < le && cv_is_digit(*q) && q - h < 4)
          q++;
        if (q == h + 1 || q >= le || *q != ' ')
          continue;
        q = cv_skip_hspace(q, le);
        if (caps_name_words(q, le, &a) && a + 2 < le && a[0] == ',' &&
            a[1] == ' ' && caps_name_words(a + 2, le, &b))
          cv_add_name(scan, q, b, 0.8f, "name-roster");
      }
      continue;
    }
    if ((guint8)ls[0] == 0xe2 && (guint8)ls[1] == 0x80 && (guint8)ls[2] == 0x94 &&
        ls[3] == ' ' && g_ascii_islower(ls[4]) && ls[5] == '.' && ls[6] == ' ') {
      /* "— n. ilunwanze": the line's end after one word */
      const char *q = ls + 7, *w = q;
      while (q < le && (g_ascii_islower(*q) || (guint8)*q >= 0x80 || *q == '-'))
        q++;
      if (q - w >= 3 && cv_skip_hspace(q, le) == le)
        cv_add_name(scan, ls + 4, q, 0.75f, "name-signature");
      continue;
    }
    if (!(cv_cls[(guint8)*ls] & CV_C_UPPER) && (guint8)*ls < 0xc3)
      continue;
    record_row(scan, ls, le);
    if (!(cv_cls[(guint8)*ls] & CV_C_UPPER))
      continue;
    /* "Name Surname / Name Surname — contact" */
    const char *dash = NULL;
    for (const char *q = memchr(ls, 0xe2, (gsize)(le - ls)); q && !dash;
         q = q + 1 < le ? memchr(q + 1, 0xe2, (gsize)(le - q - 1)) : NULL)
      if (q > ls && q + 3 < le && q[-1] == ' ' && (guint8)q[1] == 0x80 &&
          (guint8)q[2] == 0x94 && q[3] == ' ')
        dash = q - 1;
    if (!dash || dash - ls > 80 || dash + 6 > le)
      continue;
    /* (the contact: a phone, an e-mail, a civic number and its street) */
    const char *cd = dash + 5;
    while (cd < le && cv_is_digit(*cd) && cd - dash < 11)
      cd++;
    if (!(cv_count_digits(dash, le) >= 7 || memchr(dash, '@', (gsize)(le - dash)) ||
          (cd > dash + 5 && cd + 1 < le && cd[0] == ',' && cd[1] == ' ')))
      continue;
    const char *ps = ls;
    for (int k = 0; k < 3 && ps < dash; k++) {
      const char *pe = ps;
      int words = 0;
      gboolean ok = TRUE;
      while (pe < dash && ok) {
        Word w;
        if (!cv_word_at(pe, dash, &w) || !w.cap || w.digit || w.upper ||
            (w.cats & ~(CV_CTX_GAZFIRST | CV_CTX_GAZLAST | CV_CTX_PARTICLE)))
          ok = FALSE;
        else {
          words++;
          pe = w.e;
          if (pe + 1 < dash && *pe == ' ' && cv_maybe_cap(pe + 1, dash))
            pe++;
          else
            break;
        }
      }
      if (!ok || words < 1 || words > 3)
        break;
      if (words >= 2 || k > 0)
        cv_add_name(scan, ps, pe, 0.75f, "name-register");
      if (pe + 3 <= dash && pe[0] == ' ' && pe[1] == '/' && pe[2] == ' ')
        ps = pe + 3;
      else
        break;
    }
  }
}

/* Noël, a feast and a given name: a name before a surname ("Noël
 * Sexton", "Fourneau, Noël") or after a word for kin or a label ("her
 * brother Noël", "Parrain : Noël"); the feast elsewhere ("Joyeux Noël",
 * "le marché de Noël"). */
static void
noel_names(CvScan *scan)
{
  const char *text = scan->text, *end = text + scan->len;
  const guint32 *cw = (const guint32 *)scan->capwords->data;
  guint n = scan->capwords->len / 2;
  static const char *const kin[] = {
    "frere",       "soeur",    "fils",     "fille",   "pere",    "mere",
    "oncle",       "tante",    "cousin",   "cousine", "brother", "sister",
    "son",         "daughter", "father",   "mother",  "uncle",   "aunt",
    "husband",     "wife",     "conjoint", "epoux",   "parrain", "grand-pere",
    "grandfather", "neveu",    "nephew"
  };
  const guint32 key = cv_word_key("noel", 4);
  for (guint i = 0; i < n; i++) {
    if (cw[2 * i + 1] != key)
      continue;
    const char *t = text + cw[2 * i];
    Word w;
    if (!cv_word_at(t, end, &w) || w.upper)
      continue;
    /* a surname after it: capitalised, no context word, no word of the
     * dictionaries */
    Word s;
    if (w.e + 1 < end && *w.e == ' ' && cv_word_at(w.e + 1, end, &s) && s.cap &&
        !s.digit && !s.cats && !cv_name_model_in_dict(scan->model, s.s, s.e)) {
      cv_add_name(scan, t, s.e, 0.8f, "name-noel");
      continue;
    }
    /* kin or a label before it */
    const char *b = t;
    while (b > text && (b[-1] == ' ' || b[-1] == ':' || b[-1] == ','))
      b--;
    const char *a = b;
    while (a > text && b - a < 20 &&
           (cv_is_alpha_ascii(a[-1]) || (guint8)a[-1] >= 0x80))
      a--;
    Word k;
    gboolean colon = memchr(b, ':', (gsize)(t - b)) != NULL;
    if (a < b && cv_word_at(a, b, &k) && k.e == b &&
        ((colon && (k.cats & CV_CTX_LABEL)) ||
         cv_word_in(&k, kin, G_N_ELEMENTS(kin))) &&
        !(w.e < end && cv_is_alnum_ascii(*w.e)))
      cv_add_name(scan, t, w.e, 0.8f, "name-noel");
  }
}

/* A name word at @p for naming_phrases(): letters (any script), '-' and
 * '\'' inside; capitalised, or lower case when @lower; no context word,
 * and no dictionary word unless it is in a name list.  Its end or NULL. */
static const char *
naming_word(const CvScan *scan, const char *p, gboolean lower,
            gboolean after_initial, gboolean capweak, gboolean *weak)
{
  *weak = FALSE;
  const char *end = scan->text + scan->len;
  gsize cl;
  gboolean up = FALSE;
  if (p >= end || !cv_letter_at(p, end, &cl, &up) || (!up && !lower))
    return NULL;
  const gboolean cap = up;
  const char *e = p;
  while (e < end && e - p < 40) {
    if (cv_letter_at(e, end, &cl, &up))
      e += cl;
    else if ((*e == '-' || *e == '\'') && e + 1 < end &&
             cv_letter_at(e + 1, end, &cl, &up))
      e++;
    else
      break;
  }
  if (e - p < 2 || e - p >= 40 || (e < end && cv_is_digit(*e)))
    return NULL;
  char f[CV_REDACT_MAX_WORD];
  gsize fn = cv_fold(p, e, f, sizeof f);
  guint16 v;
  /* a month name can be a given name ("Ján" folds to "jan") */
  guint32 cats = fn ? cv_ctx_lookup(f, fn, &v) : 0;
  if (cats & CV_CTX_MONTH)
    cats &= ~(guint32)(CV_CTX_MONTH | CV_CTX_STOPNAME);
  if (!fn ||
      cv_scan_in_keep(scan, (gsize)(p - scan->text), (gsize)(e - scan->text)))
    return NULL;
  if (cats) {
    /* a particle inside a name is a weak word of it ("Hồng Vân", "họa mi",
     * "evdokija el kadijević"): it never makes a name alone, and ends one
     * only as dictionary words do */
    if ((cats & ~(guint32)(CV_CTX_PARTICLE | CV_CTX_STOPNAME)) ||
        !(cats & CV_CTX_PARTICLE) || fn > 3)
      return NULL;
    *weak = TRUE;
    return e;
  }
  if (after_initial && cap)
    return e; /* "Jildau S Bouts" */
  gboolean dict = cv_name_model_in_dict(scan->model, p, e);
  if (dict && cap && capweak && !cv_gazetteer_first(f, fn) &&
      !cv_gazetteer_last(f, fn)) {
    *weak = TRUE; /* (a name list holds "Legal" and "Aid" too) */
    return e;
  }
  if (dict && (!cap || !((cv_name_model_lists(scan->model, p, e) & 3) ||
                         cv_gazetteer_first(f, fn) || cv_gazetteer_last(f, fn)))) {
    /* "call me back", "name is Key" only capitalised; a lower-case
     * dictionary word only beside a word out of it ("borna jerković":
     * "borna" is a French verb form), which naming_after() checks */
    if (cap && !capweak)
      return NULL;
    *weak = TRUE;
  }
  return e;
}

/* Does a clause end at @p: '.', ',', ';', '?', '!', the end of the text,
 * or a space then '?', '!', ':' or ';' (French typography: "Est-ce bien
 * Amid Packard ?", "merci Chantelle !!")? */
static gboolean
clause_end(const char *p, const char *end)
{
  if (p >= end || *p == '.' || *p == ',' || *p == '?' || *p == '!' || *p == ';')
    return TRUE;
  if (*p == ' ' && p + 1 < end)
    p++;
  else if (end - p >= 3 && (guint8)p[0] == 0xC2 && (guint8)p[1] == 0xA0)
    p += 2; /* no-break space */
  else if (end - p >= 4 && (guint8)p[0] == 0xE2 && (guint8)p[1] == 0x80 &&
           (guint8)p[2] == 0xAF)
    p += 3; /* narrow no-break space */
  else
    return FALSE;
  return *p == '?' || *p == '!' || *p == ':' || *p == ';';
}

/* Is the word after @p (one space) a word that ends a name in lower case
 * and starts what is said of the person ("hi my name is zohra land and im
 * writing", "mon ex assetou cadet ne paie plus", "fionn head et je")?  Not
 * "my name is sarah please call". */
static gboolean
before_function_word(const char *p, const char *end)
{
  static const char *const fw[] = {
    "and ", "et ",   "ne ",  "n'",    "who ",  "qui ", "is ", "est ", "was ",
    "but ", "mais ", "pis ", "puis ", "from ", "i'm ", "im ", "je ",  "j'",
    "me ",  "m'",    "l'",   "lui ",  "se ",   "s'",   "i ",  "a "
  };
  if (p >= end || *p != ' ')
    return FALSE;
  p++;
  for (gsize k = 0; k < G_N_ELEMENTS(fw); k++) {
    gsize n = strlen(fw[k]);
    if ((gsize)(end - p) > n && memcmp(p, fw[k], n) == 0)
      return TRUE;
  }
  return FALSE;
}

/* An auxiliary or a common verb in lower case at @p, which a lower-case
 * name never runs into ("liam will email", "kenji a dit", "nadia est"). */
static gboolean
verb_after_name(const char *p, const char *end)
{
  static const char *const verbs[] = {
    "will", "would", "can", "could", "should", "may", "might", "must", "is",
    "was", "has", "had", "have", "does", "did", "says", "said", "wants",
    "called", "est", "a", "va", "sera", "peut", "doit", "veut", "dit", "avait",
    "etait", "sont", "ont",
    /* what a neighbour or a landlord does ("mon voisin patrice fait du
     * bruit", "mon proprio hunter veut rien savoir") */
    "fait", "faisait", "crie", "parle", "boit", "vient", "part", "reste", "vit",
    "habite", "travaille", "refuse", "menace", "frappe", "sort", "keeps",
    "makes", "yells", "lives", "works", "drinks", "hits", "comes", "goes",
    "parks", "plays", "smokes", "fume", "joue"
  };
  const char *e = p;
  while (e < end && e - p < 8 && g_ascii_isalpha(*e))
    e++;
  if (e == p || (e < end && (g_ascii_isalnum(*e) || (guint8)*e >= 0x80)))
    return FALSE;
  gsize n = (gsize)(e - p);
  for (gsize k = 0; k < G_N_ELEMENTS(verbs); k++)
    if (strlen(verbs[k]) == n && memcmp(verbs[k], p, n) == 0)
      return TRUE;
  return FALSE;
}

/* Lower-case dictionary words after a naming phrase or a relative that
 * the name lists vouch for: a given name, then a surname of 3+ letters,
 * ending the clause or running into a function word or a verb ("my ex
 * heather church has been", "je m'appelle douglas fraser pis", "my son
 * douglas.").  Not an auxiliary first ("my son will be"); not a word the
 * lists hold only as a surname ("my name is long and").  The end of the
 * name, else NULL. */
static const char *
listed_lower_name(const CvScan *scan, const char *p, const char *last, int words)
{
  const char *end = scan->text + scan->len;
  Word w1, w2;
  if (words < 1 || verb_after_name(p, end) || !cv_word_at(p, end, &w1) ||
      w1.cap || w1.fn < 3 ||
      !(cv_gazetteer_first(w1.f, w1.fn) ||
        (cv_name_model_lists(scan->model, w1.s, w1.e) & 1)))
    return NULL;
  if (words == 2) {
    if (w1.e >= end || *w1.e != ' ' || !cv_word_at(w1.e + 1, end, &w2) ||
        w2.e != last || w2.cap || w2.fn < 3 ||
        !(cv_gazetteer_last(w2.f, w2.fn) ||
          (cv_name_model_lists(scan->model, w2.s, w2.e) & 2)))
      return NULL;
  } else if (w1.e != last) {
    return NULL;
  }
  if (last >= end || *last == '.' || *last == ',' || *last == '?' ||
      *last == '!' || *last == ';' || *last == '\n' || *last == '\r' ||
      before_function_word(last, end) ||
      (*last == ' ' && verb_after_name(last + 1, end)))
    return last;
  return NULL;
}

/* One to three name words at @p (two before the end of the clause when
 * @clause): a PERSON candidate.  After the strongest introducers
 * (@capweak: "contactez Amen Vickers", "merci Myrtille Fleming !") a
 * capitalised dictionary word may lead a name that another word vouches
 * for. */
static void
naming_after_x(CvScan *scan, const char *p, gboolean lower, gboolean clause,
               gboolean capweak)
{
  const char *end = scan->text + scan->len;
  const char *q = p, *last = NULL, *last_strong = NULL, *ends[3] = { NULL };
  int words = 0;
  gboolean initial = FALSE, weak;
  if (!lower && end - q > 4 && q[0] == 'd' && (q[1] == 'e' || q[1] == 'u') &&
      q[2] == ' ' && cv_cls[(guint8)q[3]] & CV_C_UPPER)
    q += 3; /* a particle: "le témoignage de de Nettleton" */
  while (words < (clause ? 2 : 3)) {
    if (words > 0 && lower && verb_after_name(q, end))
      break; /* "her son liam will email" */
    const char *e = naming_word(scan, q, lower, initial, capweak, &weak);
    if (!e)
      break;
    words++;
    gsize cl;
    gboolean up = FALSE;
    if (!weak || (capweak && last_strong && last_strong == last &&
                  cv_letter_at(q, end, &cl, &up) && up))
      last_strong = e; /* (a capitalised word after a name word is its
                        * surname: "Shemeka Darling", "Hồng Ngọc Bloom") */
    last = e;
    ends[words - 1] = e;
    /* an initial between two words: "Ján M. Novák", "eric g. samoylova" */
    /* (not a word of one letter: "denis i think", "marie a dit") */
    initial = e + 3 < end && e[0] == ' ' && cv_is_alpha_ascii(e[1]) &&
              ((e[2] == ' ' && !strchr("iaAyY", e[1])) ||
               (e[2] == '.' && e[3] == ' '));
    if (initial)
      e += e[2] == '.' ? 3 : 2;
    if (e >= end || *e != ' ')
      break;
    q = e + 1;
  }
  if (!last_strong && capweak && words == 1 && last < end &&
      (*last == '?' || *last == '.' || *last == ',' || *last == '!')) {
    /* a known given name that is also a dictionary word, capitalised and
     * ending the clause after a call verb: "can I speak to Heather?",
     * "j'ai parlé à Rose." */
    Word w;
    if (cv_word_at(p, last, &w) && w.e == last && w.cap && !w.upper && w.fn >= 3 &&
        (cv_gazetteer_first(w.f, w.fn) ||
         (cv_name_model_lists(scan->model, w.s, w.e) & 1)) &&
        !(w.cats & (CV_CTX_STOPNAME | CV_CTX_MONTH | CV_CTX_ORG |
                    CV_CTX_ORGTAIL | CV_CTX_PROVINCE)))
      last_strong = last;
  }
  for (int k = MIN(words, 2); !last_strong && lower && k >= 1; k--)
    last_strong = listed_lower_name(scan, p, ends[k - 1], k);
  if (!last_strong)
    return; /* dictionary words alone: "my name is not", "calls me back" */
  /* dictionary words after the last other one go with the name only when
   * they end the clause ("je m'appelle nadia barras."; not "my name is
   * sarah please call") */
  const char *stop = last_strong;
  for (int k = 0; k < words && last != last_strong; k++) {
    const char *x = ends[k];
    if (x <= last_strong)
      continue;
    if (lower && before_function_word(ends[k - 1], end))
      break; /* ("douglas fraser pis j'appelle": "pis" is no name) */
    if (x >= end || *x == '.' || *x == ',' || *x == '?' || *x == '!' ||
        *x == ';' || *x == '\n' || *x == '\r' ||
        (lower && before_function_word(x, end))) {
      stop = x;
      break;
    }
  }
  last = stop;
  if (clause && !clause_end(last, end))
    return;
  cv_add_name(scan, p, last, 0.8f, "name-naming-phrase");
}

static void
naming_after(CvScan *scan, const char *p, gboolean lower, gboolean clause)
{
  naming_after_x(scan, p, lower, clause, FALSE);
}

void
cv_scan_naming_after(CvScan *scan, const char *p, gboolean lower, gboolean clause)
{
  naming_after(scan, p, lower, clause);
}

/* @s at @p, ASCII case ignored. */
static gboolean
at_ci(const char *p, const char *end, const char *s)
{
  gsize n = strlen(s);
  return (gsize)(end - p) >= n && g_ascii_strncasecmp(p, s, n) == 0;
}

/* The person who acts for another, before "au nom de" (@p: "au"):
 * "Message de Dyna Snow au nom de ...", "appel par Liyan Downs au nom
 * de ..." (one to three capitalised words after "de" or "par"). */
static void
by_before(CvScan *scan, const char *p)
{
  const char *text = scan->text;
  const char *b = p;
  for (int n = 0; n < 3; n++) {
    if (b - text < 2 || b[-1] != ' ')
      return;
    const char *e = b - 1, *a = e;
    while (a > text && e - a < 40 &&
           ((guint8)a[-1] >= 0x80 || cv_is_alpha_ascii(a[-1]) || a[-1] == '-'))
      a--;
    if (a == e || e - a >= 40)
      return;
    if ((e - a == 2 && memcmp(a, "de", 2) == 0) ||
        (e - a == 3 && memcmp(a, "par", 3) == 0)) {
      if (n > 0)
        naming_after_x(scan, b, FALSE, FALSE, TRUE);
      return;
    }
    b = a;
  }
}

/* The subject of "will call you back" / "vous rappellera" (@p: "will" or
 * "vous"): one to three capitalised words opening the clause ("Office:
 * Edris Askew will call you back", "Bureau : Patria vous rappellera"). */
static void
subject_before(CvScan *scan, const char *p)
{
  const char *text = scan->text, *end = text + scan->len;
  const char *b = p;
  for (int n = 0; n < 3; n++) {
    if (b - text < 2 || b[-1] != ' ')
      return;
    const char *e = b - 1, *a = e;
    while (a > text && e - a < 40 &&
           ((guint8)a[-1] >= 0x80 || cv_is_alpha_ascii(a[-1]) || a[-1] == '-'))
      a--;
    gsize cl;
    gboolean up = FALSE;
    if (a == e || e - a >= 40 || !cv_letter_at(a, end, &cl, &up) || !up)
      return;
    b = a;
    const char *o = b;
    while (o > text && o[-1] == ' ')
      o--;
    if (o == text || o[-1] == '\n' || o[-1] == ':' || o[-1] == '.' ||
        o[-1] == ',' || o[-1] == ';' || (guint8)o[-1] == 0x94) {
      naming_after_x(scan, b, FALSE, FALSE, TRUE);
      return;
    }
  }
}

/* The one or two capitalised words before @p (a space) after "it's",
 * "it is", "this is", "c'est": a caller naming themselves ("it's Khanh
 * speaking", "c'est Mishta qui parle"). */
static void
speaker_before(CvScan *scan, const char *p)
{
  const char *text = scan->text, *end = text + scan->len;
  const char *b = p;
  for (int n = 0; n < 2; n++) {
    const char *e = b, *a = e;
    while (a > text && e - a < 40 &&
           ((guint8)a[-1] >= 0x80 || cv_is_alpha_ascii(a[-1]) || a[-1] == '-'))
      a--;
    gsize cl;
    gboolean up = FALSE;
    if (a == e || e - a >= 40 || !cv_letter_at(a, end, &cl, &up) || !up ||
        a - text < 2 || a[-1] != ' ')
      return;
    b = a;
    static const char *const opener[] = { "it's ",
                                          "it\xe2\x80\x99"
                                          "s ",
                                          "it is ",
                                          "this is ",
                                          "c'est ",
                                          "c\xe2\x80\x99"
                                          "est " };
    for (gsize k = 0; k < G_N_ELEMENTS(opener); k++) {
      gsize ol = strlen(opener[k]);
      if ((gsize)(b - text) >= ol && at_ci(b - ol, end, opener[k]) &&
          (b - text == (gssize)ol || !cv_is_alpha_ascii(b[-(gssize)ol - 1]))) {
        naming_after_x(scan, b, FALSE, FALSE, TRUE);
        return;
      }
    }
    b = a - 1;
  }
  (void)end;
}

/* A capitalised dictionary word alone after a word that introduces a
 * person, when nothing else took it: "merci Marnie !!", "Bonjour, ici
 * Radia du service", "le témoignage de Tuba.", "j'ai parlé à Scarlet au
 * téléphone" (French verb forms and English words are given names too:
 * "marnie", "radia", "scarlet").  One word with no hyphen, no context
 * word, in no organisation or place, ending the clause (unless
 * @tail_only) or before one of @tails ("du", "au téléphone"). */
static void
dict_name_alone(CvScan *scan, const char *p, const char *const *tails,
                gsize ntails, gboolean tail_only)
{
  /* (words said to everyone: "Merci Beaucoup !", "Thanks Everyone!") */
  static const char *const plain[] = {
    "beaucoup", "encore", "infiniment", "mille", "bien", "tous", "toutes",
    "tout", "everyone", "everybody", "all", "again", "guys", "folks", "team",
    "much", "lots", "you", "equipe", "bonne", "madame", "monsieur",
    /* desks and departments one asks for ("can I speak to Security?") */
    "security", "reception", "accounting", "billing", "support", "sales",
    "management", "admin", "administration", "maintenance", "payroll", "legal",
    "finance", "housing", "intake", "dispatch", "someone", "anyone", "somebody",
    "anybody", "customer", "service", "services", "manager", "supervisor",
    "accueil", "comptabilite", "facturation", "quelqu'un", "personne"
  };
  const char *text = scan->text, *end = text + scan->len;
  Word w;
  if (!scan->model || !cv_word_at(p, end, &w) || !w.cap || w.upper || w.digit ||
      w.fn < 3 || w.cats != 0 || cv_word_in(&w, plain, G_N_ELEMENTS(plain)) ||
      memchr(w.s, '-', (gsize)(w.e - w.s)) ||
      !cv_name_model_in_dict(scan->model, w.s, w.e) ||
      cv_scan_in_keep(scan, (gsize)(w.s - text), (gsize)(w.e - text)))
    return;
  gboolean ok = !tail_only && clause_end(w.e, end);
  for (gsize k = 0; !ok && k < ntails; k++)
    ok = at_ci(w.e, end, tails[k]);
  if (ok)
    cv_add_name(scan, w.s, w.e, 0.75f, "name-intro-word");
}

/* A person named after a word that introduces one: "the testimony of
 * Barbee", "le témoignage de Moniko", "referred by Ching at ..." (one to
 * three name words); "according to Tera,", "selon Jovin,", "c'était
 * Nevada." (one or two words ending the clause: "selon Statistique
 * Canada" and "according to the report" stay). */
static void
intro_phrase(CvScan *scan, const CvCtxHit *h)
{
  const char *text = scan->text, *end = text + scan->len;
  const char *w = text + h->start, *e = text + h->end;
  char f[12];
  gsize fn = cv_fold(w, e, f, sizeof f);
  if (fn == 5 && memcmp(f, "etait", 5) == 0) {
    /* c'était / c’était */
    if (!((w - text >= 2 && w[-1] == '\'' && (w[-2] == 'c' || w[-2] == 'C')) ||
          (w - text >= 4 && (guint8)w[-1] == 0x99 && (guint8)w[-2] == 0x80 &&
           (guint8)w[-3] == 0xE2 && (w[-4] == 'c' || w[-4] == 'C'))))
      return;
    if (e < end && *e == ' ') {
      naming_after(scan, e + 1, FALSE, TRUE);
      dict_name_alone(scan, e + 1, NULL, 0, FALSE); /* "c'était Chuck." */
    }
    return;
  }
  if (fn == 5 && memcmp(f, "selon", 5) == 0) {
    if (e < end && *e == ' ') {
      naming_after(scan, e + 1, FALSE, TRUE);
      dict_name_alone(scan, e + 1, NULL, 0, FALSE); /* "Selon Kit, le" */
    }
    return;
  }
  if (fn == 9 && memcmp(f, "according", 9) == 0) {
    if (at_ci(e, end, " to ")) {
      naming_after(scan, e + 4, FALSE, TRUE);
      dict_name_alone(scan, e + 4, NULL, 0, FALSE);
    }
    return;
  }
  if (fn == 8 && memcmp(f, "speaking", 8) == 0) {
    /* "it's Khanh speaking", "this is Ana Ruiz speaking"; "Am I speaking
     * with Odis Merchant?" */
    if (w - text >= 2 && w[-1] == ' ')
      speaker_before(scan, w - 1);
    if (at_ci(e, end, " with "))
      naming_after_x(scan, e + 6, FALSE, TRUE, TRUE);
    else if (at_ci(e, end, " to "))
      naming_after_x(scan, e + 4, FALSE, TRUE, TRUE);
    return;
  }
  if (fn == 5 && memcmp(f, "parle", 5) == 0 && w - text >= 5 &&
      at_ci(w - 5, end, " qui ")) {
    /* "c'est Mishta qui parle" */
    speaker_before(scan, w - 5);
    return;
  }
  if ((fn == 5 && (memcmp(f, "parle", 5) == 0 || memcmp(f, "spoke", 5) == 0 ||
                   memcmp(f, "speak", 5) == 0)) ||
      (fn == 6 && (memcmp(f, "parler", 6) == 0 || memcmp(f, "talked", 6) == 0 ||
                   memcmp(f, "spoken", 6) == 0))) {
    /* "j'ai parlé à Hồng Mai au téléphone", "I talked to Rutha on the
     * phone", "spoke with Nand" (capitalised words only) */
    const char *r = NULL;
    if (at_ci(e, end, " to ") || at_ci(e, end, " a "))
      r = e + (e[1] == 'a' || e[1] == 'A' ? 3 : 4);
    else if (at_ci(e, end, " with "))
      r = e + 6;
    else if (at_ci(e, end, " avec "))
      r = e + 6;
    else if (at_ci(e, end, " \xc3\xa0 "))
      r = e + 4;
    if (r) {
      static const char *const tails[] = { " au t\xc3\xa9l\xc3\xa9phone",
                                           " au telephone", " on the phone",
                                           " over the phone" };
      naming_after_x(scan, r, FALSE, FALSE, TRUE);
      /* (a question after "speak to": "can I speak to Heather?") */
      gboolean ask = fn == 5 && memcmp(f, "speak", 5) == 0 && r[-2] == 'o';
      const char *qe = r;
      while (ask && qe < end && qe - r < 24 &&
             (cv_is_alpha_ascii(*qe) || (guint8)*qe >= 0x80))
        qe++;
      ask = ask && qe < end &&
            (*qe == '?' || (qe + 1 < end && *qe == ' ' && qe[1] == '?'));
      dict_name_alone(scan, r, tails, G_N_ELEMENTS(tails), !ask);
    }
    return;
  }
  if ((fn == 8 || fn == 9) && memcmp(f, "contact", 7) == 0) {
    /* "svp contactez Amen Vickers a la place", "Contacted Tsering by
     * phone", "j'ai contacté Marie Roy" */
    if (e < end && *e == ' ')
      naming_after_x(scan, e + 1, FALSE, FALSE, TRUE);
    return;
  }
  if (fn == 3 && memcmp(f, "ici", 3) == 0) {
    /* a caller or an agent who names themselves: "Bonjour, ici Aleya du
     * service à la clientèle" (after a comma or at a line start; "Il
     * habite ici Laval" stays) */
    const char *b = w;
    while (b > text && (b[-1] == ' ' || b[-1] == '\t'))
      b--;
    if (!(b == text || b[-1] == ',' || b[-1] == '\n' || b[-1] == ':' ||
          b[-1] == '!'))
      return;
    if (e < end && *e == ' ') {
      static const char *const tails[] = { " du ", " de ", " des " };
      naming_after_x(scan, e + 1, FALSE, FALSE, TRUE);
      dict_name_alone(scan, e + 1, tails, G_N_ELEMENTS(tails), FALSE);
    }
    return;
  }
  if (fn == 10 && memcmp(f, "rappellera", 10) == 0) {
    /* "Bureau : Patria vous rappellera avant midi." */
    if (w - text >= 5 && at_ci(w - 5, end, "vous "))
      subject_before(scan, w - 5);
    return;
  }
  if (fn == 3 && memcmp(f, "dit", 3) == 0) {
    /* reported speech: "Il dit que Iraida Clerc peut confirmer" */
    if (at_ci(e, end, " que "))
      naming_after_x(scan, e + 5, FALSE, FALSE, TRUE);
    return;
  }
  if (fn == 4 && memcmp(f, "bien", 4) == 0) {
    /* "Est-ce bien Amid Packard ?" (one or two words ending the clause) */
    if (w - text >= 7 && w[-1] == ' ' && at_ci(w - 7, end, "est-ce") &&
        e < end && *e == ' ')
      naming_after_x(scan, e + 1, FALSE, TRUE, TRUE);
    return;
  }
  const char *q = NULL;
  if (fn == 8 && memcmp(f, "referred", 8) == 0 && at_ci(e, end, " by "))
    q = e + 4;
  else if (at_ci(e, end, " of ") || at_ci(e, end, " de "))
    q = e + 4;
  else if (at_ci(e, end, " d'"))
    q = e + 3;
  if (q)
    naming_after(scan, q, FALSE, FALSE);
  if (q && ((fn == 9 && memcmp(f, "testimony", 9) == 0) ||
            (fn == 10 && memcmp(f, "temoignage", 10) == 0)))
    dict_name_alone(scan, q, NULL, 0, FALSE);
}

/* A person addressed by name at the end of an exclamation or a question,
 * at the '!' or '?' at @q: "Don't go to town, Mark!", "See you Monday,
 * Lori?", "Merci, Chantal !" (one capitalised word after a comma, in the
 * lists of given names, not a context word: "Welcome, Everyone!", "Go,
 * Canada!" stay). */
static void
vocative_at(CvScan *scan, const char *q)
{
  const char *text = scan->text, *end = text + scan->len;
  const char *e = q;
  if (e > text && e[-1] == ' ')
    e--; /* French typography: "Merci, Chantal !" */
  const char *a = e;
  while (a > text && e - a < 24 && cv_is_alpha_ascii(a[-1]))
    a--;
  /* (ASCII letters only: a name with accents is left to the model) */
  if (a == e || e - a >= 24 || e - a < 3 || a - text < 2 || a[-1] != ' ' ||
      a[-2] != ',' || !(*a >= 'A' && *a <= 'Z'))
    return;
  Word w;
  /* (a word's table categories hold no gazetteer bits: those are hits') */
  if (!cv_word_at(a, end, &w) || w.e != e || w.upper || w.cats != 0 ||
      !(cv_name_model_lists(scan->model, a, e) & 1))
    return;
  cv_add_name(scan, a, e, 0.75f, "name-vocative");
}

/* A person's relations and works: the nouns after "X's" that make X a
 * person ("Matej's address", "Dean's daughter", "Meza's song"); none a
 * firm has too (account, phone, office, partner). */
static const StreetWord personal_nouns[] = {
#define PN(x)                                                                  \
  {                                                                            \
    x, sizeof x - 1                                                            \
  }
  PN("address"),
  PN("daughter"),
  PN("son"),
  PN("wife"),
  PN("husband"),
  PN("mother"),
  PN("father"),
  PN("brother"),
  PN("sister"),
  PN("kid"),
  PN("kids"),
  PN("child"),
  PN("children"),
  PN("friend"),
  PN("parents"),
  PN("birthday"),
  PN("mom"),
  PN("dad"),
  PN("baby"),
  PN("spouse"),
  PN("song"),
  PN("songs"),
  PN("novel"),
  PN("boyfriend"),
  PN("girlfriend"),
  PN("grandmother"),
  PN("grandfather"),
  PN("uncle"),
  PN("aunt"),
  PN("cousin"),
  PN("killers"),
  PN("widow"),
  /* papers and things of a person's file ("Meziane's form", "Ernst's SIN",
   * "Annie's statement", "Delainey's vehicle") */
  PN("sin"),
  PN("nas"),
  PN("ssn"),
  PN("statement"),
  PN("form"),
  PN("forms"),
  PN("medication"),
  PN("medications"),
  PN("vehicle"),
  PN("car"),
  PN("bedroom"),
  PN("apartment"),
  PN("teacher"),
  PN("doctor"),
  PN("lawyer"),
  PN("landlord"),
  PN("neighbour"),
  PN("neighbor"),
  PN("dob"),
  PN("grandson"),
  PN("granddaughter"),
  PN("stepson"),
  PN("stepdaughter"),
  PN("nephew"),
  PN("niece"),
#undef PN
};

/* "Matej's address", "though Meza's song", "Dean's daughter": a
 * capitalised word before "'s" and a noun of a person's possessions or
 * relations is a person, when it is no context word, not in capitals, no
 * dictionary word unless a known given name, and in no organisation or
 * place.  One memchr pass for the apostrophe. */
static void
possessives(CvScan *scan)
{
  const char *text = scan->text, *end = text + scan->len;
  const char *p = text;
  while (p < end) {
    const char *ap = memchr(p, '\'', (gsize)(end - p));
    if (!ap)
      break;
    p = ap + 1;
    if (ap + 3 >= end || ap[1] != 's' || ap[2] != ' ' || ap - text < 2)
      continue;
    const char *e = ap, *a = ap;
    while (a > text && e - a < 32 &&
           (cv_is_alpha_ascii(a[-1]) || (guint8)a[-1] >= 0x80 || a[-1] == '-'))
      a--;
    if (a == e || !cv_cap_at(a, e) ||
        (a > text && (cv_is_digit(a[-1]) || a[-1] == '\'' || a[-1] == '@')))
      continue;
    const char *ns = ap + 3, *ne = ns;
    while (ne < end && ne - ns < 16 && cv_is_alpha_ascii(*ne))
      ne++;
    char f[16];
    if (ne == ns || ne - ns >= 16 || (ne < end && cv_is_alpha_ascii(*ne)))
      continue;
    gsize fn = cv_fold(ns, ne, f, sizeof f);
    /* (a noun in lower case, or an identifier's acronym: "Ernst's SIN") */
    if (!fn ||
        ((*ns < 'a' || *ns > 'z') && !(fn <= 3 && g_ascii_isupper(ns[1]))) ||
        !word_in(f, fn, personal_nouns, G_N_ELEMENTS(personal_nouns)))
      continue;
    char g[CV_REDACT_MAX_WORD];
    gsize gn = cv_fold(a, e, g, sizeof g);
    guint16 v;
    if (gn < 2 || e - a < 2 || !(cv_cls[(guint8)e[-1]] & CV_C_LOWER) ||
        cv_ctx_lookup(g, gn, &v) != 0)
      continue;
    if (cv_name_model_in_dict(scan->model, a, e) &&
        !(cv_name_model_lists(scan->model, a, e) & 1) &&
        !cv_gazetteer_first(g, gn))
      continue;
    if (cv_scan_in_keep(scan, (gsize)(a - text), (gsize)(e - text)))
      continue;
    cv_add_name(scan, a, e, 0.75f, "name-possessive");
  }
}

/* Is the word [a, e) a name word for initial_names(): no context word, and
 * no dictionary word unless in the name lists (@lists: the bits wanted)? */
static gboolean
initial_name_word(const CvScan *scan, const char *a, const char *e, guint lists)
{
  char f[CV_REDACT_MAX_WORD];
  gsize fn = cv_fold(a, e, f, sizeof f);
  guint16 v;
  if (fn < 2 || cv_ctx_lookup(f, fn, &v) != 0)
    return FALSE;
  return !cv_name_model_in_dict(scan->model, a, e) ||
         (cv_name_model_lists(scan->model, a, e) & lists) != 0;
}

/* A given name, an initial with its dot and a surname, all three in lower
 * case or all capitalised: "hyuuma t. maida", "bertram m. jørgensen",
 * "The Vide A. Persson version" — both words no context word and out of
 * the dictionary or in the name lists ("strain e. coli", "see p. 12",
 * "Appendix B. Table" stay).  From each dot of cv_scan_marks. */
static void
initial_names(CvScan *scan)
{
  const char *text = scan->text, *end = text + scan->len;
  const char *p = text;
  const GArray *dots = cv_scan_marks(scan, CV_MARK_DOT);
  for (guint di = 0; di < dots->len; di++) {
    const char *d = text + g_array_index(dots, guint32, di);
    if (d < p)
      continue;
    p = d + 1;
    if (d - text < 4 || d + 3 >= end || d[1] != ' ' || d[-2] != ' ' ||
        !cv_is_alpha_ascii(d[-1]))
      continue;
    gboolean low = (cv_cls[(guint8)d[-1]] & CV_C_LOWER) != 0;
    /* the surname after */
    const char *b = d + 2, *be = b;
    while (be < end && be - b < 32 &&
           (cv_is_alpha_ascii(*be) || (guint8)*be >= 0x80 || *be == '-'))
      be++;
    if (be - b < 2 || (be < end && (cv_is_digit(*be) || *be == '@')))
      continue;
    gsize cl;
    gboolean up = FALSE;
    if (!cv_letter_at(b, be, &cl, &up) || up == low)
      continue;
    /* the given name before */
    const char *ge = d - 2, *ga = ge;
    while (ga > text && ge - ga < 32 &&
           (cv_is_alpha_ascii(ga[-1]) || (guint8)ga[-1] >= 0x80 || ga[-1] == '-'))
      ga--;
    if (ge - ga < 2 ||
        (ga > text && (cv_is_alnum_ascii(ga[-1]) || ga[-1] == '\'')))
      continue;
    up = FALSE;
    if (!cv_letter_at(ga, ge, &cl, &up) || up == low)
      continue;
    if (!initial_name_word(scan, ga, ge, 1) || !initial_name_word(scan, b, be, 3))
      continue;
    cv_add_name(scan, ga, be, 0.75f, "name-initial");
    p = be;
  }
}

#define SPEAKERS_MAX 64

/* The start of the line holding @p; the start of the line after @p's
 * (or @end). */
static const char *
line_start(const char *text, const char *p)
{
  while (p > text && p[-1] != '\n')
    p--;
  return p;
}

static const char *
next_line(const char *p, const char *end)
{
  const char *nl = memchr(p, '\n', (gsize)(end - p));
  return nl ? nl + 1 : end;
}

/* Does the line at @p open with an initial, its dot, one or two
 * capitalised words and a comma ("É. Angers, Gaspésie")? */
static gboolean
initial_comma_line(const char *p, const char *end)
{
  gsize cl;
  gboolean up = FALSE;
  if (p >= end || !cv_letter_at(p, end, &cl, &up) || !up || p + cl + 2 >= end ||
      p[cl] != '.' || p[cl + 1] != ' ')
    return FALSE;
  const char *q = p + cl + 2;
  for (int k = 0; k < 2; k++) {
    Word w;
    if (!cv_cap_at(q, end) || !cv_word_at(q, end, &w))
      return FALSE;
    q = w.e;
    if (q < end && *q == ',')
      return TRUE;
    if (q >= end || *q != ' ')
      return FALSE;
    q++;
  }
  return FALSE;
}

/* Does a signature's role close the line after a name ending at @e: a
 * comma, then a role word ("greffière", "nurse") or an abbreviation of
 * one to four letters with its dots ("inf.", "T.S.", "é.s.")? */
static gboolean
role_after_comma(const char *e, const char *end)
{
  if (e + 2 >= end || *e != ',' || e[1] != ' ')
    return FALSE;
  const char *r = e + 2;
  const char *le = r;
  while (le < end && *le != '\n' && le - r < 40)
    le++;
  while (le > r && (le[-1] == ' ' || le[-1] == '\r'))
    le--;
  Word w;
  if (cv_word_at(r, le, &w) && w.e == le && (w.cats & CV_CTX_ROLE))
    return TRUE;
  /* an abbreviation: letters and dots, a dot last */
  int letters = 0;
  for (const char *k = r; k < le;) {
    gsize cl;
    gboolean up;
    if (*k == '.') {
      k++;
      continue;
    }
    if (!cv_letter_at(k, le, &cl, &up))
      return FALSE;
    letters++;
    k += cl;
  }
  return letters >= 2 && letters <= 4 && le[-1] == '.';
}

/* Is there, on the line of @d or the lines around it, an initial other
 * than "M." before a capitalised word, after a blank, a bullet or a slash
 * ("Z. Ouertani / M. Bakajika"; not an outline's "B. Budget")? */
static gboolean
other_initial_near(const char *text, const char *end, const char *d)
{
  const char *a = d, *z = d;
  for (int n = 0; n < 2 && a > text; n++) {
    a--;
    while (a > text && a[-1] != '\n' && d - a < 300)
      a--;
  }
  for (int n = 0; n < 2 && z < end; n++) {
    while (z < end && *z != '\n' && z - d < 300)
      z++;
    if (n == 0 && z < end)
      z++;
  }
  for (const char *k = a; k + 3 < z; k++)
    if (*k >= 'A' && *k <= 'Z' && *k != 'M' && k[1] == '.' && k[2] == ' ' &&
        cv_cap_at(k + 3, end) && k > text && strchr(" \t*-/(", k[-1]))
      return TRUE;
  return FALSE;
}

/* The word ending at @we, of letters and hyphens (no elision:
 * "l'enquêteuse" gives "enquêteuse"; at most 24 bytes), read into @w: its
 * start, or NULL. */
static const char *
plain_word_before(const char *text, const char *we, Word *w)
{
  const char *ws = we;
  while (ws > text && we - ws < 24 &&
         (cv_is_alpha_ascii(ws[-1]) || (guint8)ws[-1] >= 0x80 || ws[-1] == '-'))
    ws--;
  return ws < we && cv_word_at(ws, we, w) && w->e == we ? ws : NULL;
}

/* Does the label ending at @le name a person: its word ending there, or a
 * part of that word when it is a compound ("Greffière-audiencière",
 * "Call-taker"), a role, a label, a relative, a title, "par", "by" or a
 * panel?  @la receives the word's start (NULL when none). */
static gboolean
who_label(const char *text, const char *le, const char **la)
{
  static const char *const whos[] = { "par",    "by",        "panel",
                                      "comite", "committee", "jury" };
  const guint cats = CV_CTX_ROLE | CV_CTX_LABEL | CV_CTX_REL | CV_CTX_TITLE;
  const char *ws = le;
  while (ws > text && le - ws < 40 &&
         (cv_is_alpha_ascii(ws[-1]) || (guint8)ws[-1] >= 0x80 || ws[-1] == '-'))
    ws--;
  *la = ws < le ? ws : NULL;
  for (const char *a = ws; a < le;) {
    const char *e = a;
    while (e < le && *e != '-')
      e++;
    Word w;
    if (e > a && cv_word_at(a, e, &w) && w.e == e &&
        ((w.cats & cats) || cv_word_in(&w, whos, G_N_ELEMENTS(whos))))
      return TRUE;
    a = e + 1;
  }
  return FALSE;
}

/* A given name (of the lists or out of the dictionaries) and the initial
 * of the surname ("update
 * address for Isaïe V.: 6 boulevard …", "Victoria D., intervenante"): the
 * initial's dot then a colon, a comma, a bracket, a blank before a word
 * in lower case or the line's end; not "Washington D.C.", nor a given
 * name before a surname ("Pierre E. Trudeau", the other rules'). */
static void
given_initials(CvScan *scan)
{
  const char *text = scan->text, *end = text + scan->len;
  const GArray *dots = cv_scan_marks(scan, CV_MARK_DOT);
  for (guint di = 0; di < dots->len; di++) {
    const char *d = text + g_array_index(dots, guint32, di);
    if (d - text < 4 || d[-1] < 'A' || d[-1] > 'Z' || d[-2] != ' ')
      continue;
    const char *a = d + 1;
    if (!(a >= end || *a == ':' || *a == ',' || *a == ')' || *a == ';' ||
          *a == '\n' || *a == '\r' ||
          (*a == ' ' && a + 1 < end &&
           ((cv_cls[(guint8)a[1]] & CV_C_LOWER) || a[1] == '(' || a[1] == '-' ||
            a[1] == '\n'))))
      continue;
    const char *we = d - 2, *ws = we;
    while (ws > text && we - ws < 30 &&
           (cv_is_alpha_ascii(ws[-1]) || (guint8)ws[-1] >= 0x80 || ws[-1] == '-'))
      ws--;
    Word w;
    if (ws == we || !cv_word_at(ws, we, &w) || w.e != we || !w.cap || w.upper ||
        w.fn < 3 ||
        (w.cats & (CV_CTX_TITLE | CV_CTX_ORG | CV_CTX_ORGTAIL | CV_CTX_MONTH |
                   CV_CTX_STREET_FR | CV_CTX_STREET_EN | CV_CTX_LABEL)) ||
        cv_word_is_place(&w) ||
        !(cv_gazetteer_first(w.f, w.fn) ||
          (cv_name_model_lists(scan->model, w.s, w.e) & 1) ||
          (scan->model && !cv_name_model_in_dict(scan->model, w.s, w.e))))
      continue;
    /* (a street's direction: "boul. Henri-Bourassa E.") */
    char pf[16];
    gsize pn = 0;
    const char *pe = ws;
    while (pe > text && (pe[-1] == ' ' || pe[-1] == ','))
      pe--;
    if (pe < ws && word_before(text, pe, pf, sizeof pf, &pn) &&
        (cv_ctx_lookup(pf, pn, NULL) & (CV_CTX_STREET_FR | CV_CTX_STREET_EN)))
      continue;
    cv_add_name(scan, ws, d + 1, 0.75f, "name-given-initial");
  }
}

/* An initial and a surname, no given name: "Les notes de R. Flores",
 * "Infirmière : L. Hunter", "Officer: N. Bellefleur", "- T. Côté-Morin :".
 * The initial opens a line or follows a space, a colon or a parenthesis
 * (not "M.", a title; not inside "C.c.Q." or "p. 12"); the surname is
 * capitalised, no context word, out of the dictionaries or in the name
 * lists, each part of a compound ("Côté-Morin", "L'Heureux"). */
static void
initial_surnames(CvScan *scan)
{
  const char *text = scan->text, *end = text + scan->len;
  const char *p = text;
  const GArray *dots = cv_scan_marks(scan, CV_MARK_DOT);
  for (guint di = 0; di < dots->len; di++) {
    const char *d = text + g_array_index(dots, guint32, di);
    if (d < p)
      continue;
    p = d + 1;
    /* (an accented capital too: "É. Angers") */
    gboolean acc = d - text >= 2 && (guint8)d[-2] == 0xC3 &&
                   (guint8)d[-1] >= 0x80 && (guint8)d[-1] <= 0x9D &&
                   (guint8)d[-1] != 0x97;
    if (d - text < 1 || d + 3 >= end || d[1] != ' ' ||
        (!acc && (d[-1] < 'A' || d[-1] > 'Z')))
      continue;
    /* the name's start: the initial, or a compound one ("M.-D. Falcon") */
    const char *ns = acc ? d - 2 : d - 1;
    if (acc) {
      if (d - text >= 3 && !strchr(" \n\t(", d[-3]))
        continue;
    } else if (d - text >= 4 && d[-2] == '-' && d[-3] == '.' && d[-4] >= 'A' &&
               d[-4] <= 'Z' && (d - text == 4 || strchr(" \n\t(/", d[-5])))
      ns = d - 4;
    else if (d - text >= 2 && !strchr(" \n\t(", d[-2]))
      continue;
    /* (a second initial before: "J. P. Gagnon" is initial_names' or the
     * title rules') */
    if (ns == d - 1 && d - text >= 4 && d[-3] == '.' && d[-4] >= 'A' &&
        d[-4] <= 'Z' && (d - text == 4 || !cv_is_alpha_ascii(d[-5])))
      continue;
    /* "M." is a title, but in a list of initials ("Z. Ouertani / M.
     * Bakajika", "* M. Yim (présidence)" above "* Q. Bonheur") */
    gboolean title_m =
        ns == d - 1 && d[-1] == 'M' && !other_initial_near(text, end, d);
    const char *b = d + 2, *be = b;
    /* (a lower-case particle before the surname: "R. du Rouet", "L. van
     * der Berg") */
    gboolean particle = FALSE;
    for (int k = 0; k < 2; k++) {
      Word pw;
      if (b < end && (cv_cls[(guint8)*b] & CV_C_LOWER) &&
          cv_word_at(b, end, &pw) && pw.e + 1 < end && *pw.e == ' ' &&
          !pw.cap && (pw.cats & CV_CTX_PARTICLE) && pw.fn <= 3) {
        b = pw.e + 1;
        particle = TRUE;
      } else
        break;
    }
    /* (not "M. de Ailleboust": Monsieur) */
    if (particle && (!cv_cap_at(b, end) || (ns == d - 1 && d[-1] == 'M')))
      continue;
    be = b;
    while (be < end && be - b < 40 &&
           (cv_is_alpha_ascii(*be) || (guint8)*be >= 0x80 || *be == '-' ||
            (*be == '\'' && be > b && be + 1 < end && cv_is_alpha_ascii(be[1]))))
      be++;
    /* (a sentence's end after the surname: only after a title, below) */
    gboolean stop =
        be < end && *be == '.' &&
        (be + 1 >= end || be[1] == ' ' || be[1] == '\n' || be[1] == '\r');
    if (be - b < 2 ||
        (be < end && (cv_is_digit(*be) || *be == '@' || (*be == '.' && !stop))))
      continue;
    gsize cl;
    gboolean up = FALSE;
    gsize cl2;
    gboolean up2 = FALSE;
    /* (a capital, then a small letter: "Côté", not "BC"; "O'Mordha") */
    if (!cv_letter_at(b, be, &cl, &up) || !up || b + cl >= be)
      continue;
    if (b[cl] == '\'' && cl == 1 && b + 3 < be &&
        cv_letter_at(b + 2, be, &cl2, &up2) && up2)
      cl += 1 + cl2;
    if (b + cl >= be || !cv_letter_at(b + cl, be, &cl2, &up2) || up2)
      continue;
    /* (an outline's item opens a line: "B. Budget", "C. Rapport"; there a
     * dictionary word is none) */
    const char *ls = ns;
    while (ls > text && (ls[-1] == ' ' || ls[-1] == '\t' || ls[-1] == '-' ||
                         ls[-1] == '*' || ls[-1] == '('))
      ls--;
    gboolean opens = ls == text || ls[-1] == '\n';
    /* vouched for: a bullet's item with its role after ("* P. Marteau
     * (vice-chair)"), a signature after two dashes ("-- P. Cotton"), a
     * list's item after a slash ("M.-D. Falcon / P. Tassé"); a bullet's
     * item without a role: a name of the lists */
    gboolean bullet = opens && ls < ns - 1 && strchr("*-", ns[-2]) != NULL;
    /* (a list of initials and surnames with a comma after each, a line
     * above or below too: "É. Angers, Gaspésie\nR. McGillis, Mistissini";
     * an outline's items have no comma) */
    gboolean listed =
        opens && !bullet && ls == ns && initial_comma_line(ls, end) &&
        ((ls - text >= 2 && initial_comma_line(line_start(text, ls - 1), end)) ||
         initial_comma_line(next_line(ls, end), end));
    if (listed)
      title_m = FALSE;
    gboolean eol = be >= end || *be == '\n' || *be == '\r';
    /* (a signature's role after a comma: "M. Benlarbi, inf.", "N. Dazé,
     * greffière"; there "M." is an initial too) */
    gboolean signed_role = role_after_comma(be, end);
    if (title_m && !signed_role)
      continue;
    /* (a label's value, alone on its line or first of a list: "Pris par
     * : P. Chisel", "Panel: A. Thimble, O. Ojodipe") */
    const char *lb = ns;
    while (lb > text && (lb[-1] == ' ' || lb[-1] == '\t'))
      lb--;
    gboolean labelled = FALSE;
    gboolean field_end = eol || *be == ',' || *be == ';' ||
                         (be + 1 < end && *be == ' ' && be[1] == '(');
    /* (a later item of the label's list: "Comité : A. Brébette, W. Li") */
    if (field_end && lb == ns - 1 && lb - text >= 2 && lb[-1] == ',') {
      const char *c = lb - 1;
      /* (back to the label over the items, not over a sentence's end) */
      while (c > text && c[-1] != '\n' && c[-1] != ':' && c[-1] != ';' &&
             lb - c < 200 &&
             !(c[-1] == '.' && c - text >= 2 &&
               (cv_cls[(guint8)c[-2]] & CV_C_LOWER)))
        c--;
      if (c > text && c[-1] == ':')
        lb = c;
    }
    if (lb < ns && lb - text >= 3 && lb[-1] == ':' && field_end) {
      /* the label names a person ("Juge administrative : D. Bourrelier",
       * "Pris par : P. Chisel"; not "Section: A. Introduction") */
      const char *le = lb[-2] == ' ' ? lb - 2 : lb - 1;
      /* (the label's last word or the one before: "Juge administrative") */
      for (int k = 0; k < 2 && !labelled; k++) {
        const char *la;
        labelled = who_label(text, le, &la);
        if (!la || la - text < 2 || la[-1] != ' ')
          break;
        le = la - 1;
      }
    }
    /* (after a job title or a title: "à l'enquêteuse A. Marusiv") */
    Word rw;
    gboolean titled = ns - text >= 3 && ns[-1] == ' ' &&
                      plain_word_before(text, ns - 1, &rw) && !rw.digit &&
                      (rw.cats & (CV_CTX_ROLE | CV_CTX_TITLE));
    if (stop && !titled)
      continue;
    gboolean vouched =
        signed_role || listed || labelled || titled || particle ||
        (bullet && be + 1 < end && *be == ' ' && be[1] == '(') ||
        (bullet && eol && ns - ls >= 3 && ls[0] == '-' && ls[1] == '-') ||
        (ns - text >= 2 && ns[-1] == ' ' && ns[-2] == '/' &&
         (eol || (be + 1 < end && *be == ' ' && be[1] == '/')));
    guint lists = opens && !bullet ? 0 : 3;
    gboolean ok = TRUE;
    for (const char *q = b; ok && q < be;) {
      const char *qe = q;
      while (qe < be && *qe != '-')
        qe++;
      /* "L'Heureux": the part after the apostrophe */
      const char *qa = memchr(q, '\'', (gsize)(qe - q));
      const char *qs = qa && qa + 1 < qe ? qa + 1 : q;
      /* (a name of the lists that is a dictionary or context word too:
       * "Côté", "Hunter"; no particle: "de B. Le conflit") */
      char f[CV_REDACT_MAX_WORD];
      gsize fn = cv_fold(qs, qe, f, sizeof f);
      ok = initial_name_word(scan, qs, qe, lists) ||
           (vouched && fn >= 2 && cv_ctx_lookup(f, fn, NULL) == 0) ||
           (!opens && fn >= 3 && !(cv_ctx_lookup(f, fn, NULL) & CV_CTX_PARTICLE) &&
            ((cv_name_model_lists(scan->model, qs, qe) & 3) ||
             (cv_name_model_lists(scan->model, q, qe) & 3)));
      q = qe < be ? qe + 1 : be;
    }
    if (!ok || cv_scan_in_keep(scan, (gsize)(b - text), (gsize)(be - text)))
      continue;
    cv_add_name(scan, ns, be, 0.75f, "name-initial-surname");
    p = be;
  }
}

/* Does @ok hold for each part of the compound [a, e) ("marie-eve",
 * "follow-up")? */
static gboolean
each_part(const CvScan *scan, const char *a, const char *e,
          gboolean (*ok)(const CvScan *, const char *, const char *))
{
  while (a < e) {
    const char *z = memchr(a, '-', (gsize)(e - a));
    if (!z)
      z = e;
    if (!ok(scan, a, z))
      return FALSE;
    a = z + 1;
  }
  return TRUE;
}

/* Is [a, z) a given name of the lists? */
static gboolean
given_part(const CvScan *scan, const char *a, const char *z)
{
  char f[CV_REDACT_MAX_WORD];
  gsize fn = cv_fold(a, z, f, sizeof f);
  return fn >= 2 && (cv_gazetteer_first(f, fn) ||
                     (cv_name_model_lists(scan->model, a, z) & 1));
}

/* Is [a, z) a dictionary word that is no given name of the lists? */
static gboolean
plain_part(const CvScan *scan, const char *a, const char *z)
{
  return z - a >= 2 && cv_name_model_in_dict(scan->model, a, z) &&
         !(cv_name_model_lists(scan->model, a, z) & 1);
}

/* A user name made of a given name and a surname in lower case, a dot
 * between ("Escalated to fearghal.ulvercroft on", "assigné à
 * mahélie.laverdière"): the given name of the lists, the surname out of
 * the dictionaries or of the lists, no address or file name ("jean.txt",
 * "marie.tremblay@x.ca", "www.marie.ca").  From each dot. */
static void
dotted_user_names(CvScan *scan)
{
  /* (besides the extensions of cv_file_word(): domains, configuration
   * and system files) */
  static const char *const exts[] = {
    "log", "yml",  "yaml", "cfg",     "conf",    "ini",    "org",
    "com", "net",  "gov",  "edu",     "info",    "biz",    "qc",
    "ca",  "fr",   "io",   "service", "mak",     "passwd", "pem",
    "gpg", "key",  "crt",  "bak",     "tmp",     "orig",   "lock",
    "pid", "sock", "php",  "css",     "desktop", "cache",  "exe"
  };
  const char *text = scan->text, *end = text + scan->len;
  const GArray *dots = cv_scan_marks(scan, CV_MARK_DOT);
  for (guint di = 0; di < dots->len; di++) {
    const char *d = text + g_array_index(dots, guint32, di);
    if (d - text < 2 || d + 3 >= end || !(cv_cls[(guint8)d[-1]] & CV_C_LOWER) ||
        !((cv_cls[(guint8)d[1]] & CV_C_LOWER) || (guint8)d[1] >= 0xC3))
      continue;
    const char *a = d, *z = d + 1;
    while (a > text && d - a < 40 &&
           ((cv_cls[(guint8)a[-1]] & CV_C_LOWER) || (guint8)a[-1] >= 0x80 ||
            a[-1] == '-'))
      a--;
    while (z < end && z - d < 40 &&
           ((cv_cls[(guint8)*z] & CV_C_LOWER) || (guint8)*z >= 0x80 || *z == '-'))
      z++;
    /* (a word alone: a blank or a line's start before, a blank or a
     * sentence's mark after, no more dots or an address) */
    /* (or a given name and an initial: "Staff: sarah.h") */
    gboolean initial = z - d == 2;
    /* (or a log's quoted value: user="conrad.toupin") */
    gboolean quoted =
        a - text >= 3 && a[-1] == '"' && a[-2] == '=' && z < end && *z == '"';
    if (d - a < 3 || (z - d < 4 && !initial) ||
        (a > text && !strchr(" \t\n(", a[-1]) && !quoted) || *a == '-' ||
        z[-1] == '-' ||
        (z < end && !strchr(" \t\n,;:)!?", *z) && !quoted &&
         !(*z == '.' && (z + 1 >= end || strchr(" \n", z[1])))))
      continue;
    Word s2;
    if (initial) {
      /* (a field's value or a mention: "Staff: sarah.h", "@sarah.h"; not
       * a file, "tiff.h", nor "ex.g.") */
      if ((z < end && *z == '.') ||
          !((a - text >= 2 && a[-1] == ' ' && a[-2] == ':') ||
            (a > text && a[-1] == '@' &&
             (a - text < 2 || !cv_is_alnum_ascii(a[-2])))))
        continue;
      if (each_part(scan, a, d, given_part))
        cv_scan_add(scan, CV_PII_PERSON, (gsize)(a - text), (gsize)(z - text),
                    0.7f, "name-user");
      continue;
    }
    if (!cv_word_at(d + 1, z, &s2) || s2.e != z ||
        cv_word_in(&s2, exts, G_N_ELEMENTS(exts)) ||
        cv_file_word((const guint8 *)s2.f, s2.fn))
      continue;
    if (!each_part(scan, a, d, given_part) ||
        (cv_name_model_in_dict(scan->model, d + 1, z) &&
         !(cv_name_model_lists(scan->model, d + 1, z) & 2))) {
      /* the value of a person's key ("Staff: hiwot.gebre", "Agent :
       * levite.theriault"): a surname of the lists, or both parts out of
       * the dictionaries */
      const char *k = a;
      while (k > text && a - k < 3 && (k[-1] == ' ' || k[-1] == ':'))
        k--;
      char kf[16];
      gsize kn = 0;
      const char *ks = k < a && a[-1] == ' ' && memchr(k, ':', (gsize)(a - k))
                           ? word_before(text, k, kf, sizeof kf, &kn)
                       : quoted ? word_before(text, a - 2, kf, sizeof kf, &kn)
                                : NULL;
      if (!ks || !cv_folded_in(kf, kn, person_keys, G_N_ELEMENTS(person_keys)) ||
          !(((cv_name_model_lists(scan->model, d + 1, z) & 2) &&
             !cv_name_model_in_dict(scan->model, d + 1, z)) ||
            (!cv_name_model_in_dict(scan->model, a, d) &&
             !cv_name_model_in_dict(scan->model, d + 1, z))))
        continue;
    }
    cv_scan_add(scan, CV_PII_PERSON, (gsize)(a - text), (gsize)(z - text), 0.7f,
                "name-user");
  }
}

/* A chat's time stamp opening a line: "[18:16] ", "14:57 ", "26/07/2024,
 * 21:07 - ", "[2024-03-01 09:12] ": digits, separators and one "hh:mm" at
 * least, then a space.  Returns what follows it, or @p. */
static const char *
time_stamp(const char *p, const char *le)
{
  const char *q = p;
  gboolean clock = FALSE;
  char close = 0;
  if (q < le && (*q == '[' || *q == '(')) {
    close = *q == '[' ? ']' : ')'; /* "[14:02]", "(11 h 57)" */
    q++;
  }
  const char *d = q;
  while (
      q < le && q - d < 24 &&
      (cv_is_digit(*q) || strchr(":/.,- ", *q) != NULL ||
       ((*q == 'h' || *q == 'H') && q > d &&
        (cv_is_digit(q[-1]) || (q[-1] == ' ' && q - 1 > d && cv_is_digit(q[-2]))) &&
        /* (the clock's "h", not a name's capital: "15:58 Héritier") */
        (q + 1 >= le || !(cv_is_alpha_ascii(q[1]) || (guint8)q[1] >= 0x80))))) {
    if (*q == ':' && q > d && cv_is_digit(q[-1]) && q + 1 < le &&
        cv_is_digit(q[1]))
      clock = TRUE;
    /* the French clock: "11h26", "9 h 43" */
    if ((*q == 'h' || *q == 'H') && le - q >= 3 &&
        ((cv_is_digit(q[1]) && cv_is_digit(q[2])) ||
         (le - q >= 4 && q[1] == ' ' && cv_is_digit(q[2]) && cv_is_digit(q[3]))))
      clock = TRUE;
    q++;
  }
  if (!clock || q == d)
    return p;
  /* "9:40 AM" */
  if (le - q >= 2 && q > d && q[-1] == ' ' && strchr("AaPp", *q) &&
      (q[1] | 0x20) == 'm' && (le - q == 2 || !cv_is_alpha_ascii(q[2])))
    q += 2;
  if (q < le && close && *q == close)
    q++;
  else if (close == ')')
    return p;
  while (q < le && (*q == ' ' || *q == '-'))
    q++;
  /* "2024-03-24 20:45 — Parvir:" */
  if (le - q >= 4 && q > d && q[-1] == ' ' && (guint8)q[0] == 0xE2 &&
      (guint8)q[1] == 0x80 && ((guint8)q[2] == 0x94 || (guint8)q[2] == 0x93) &&
      q[3] == ' ')
    q += 4;
  return q > d && q[-1] == ' ' ? q : p;
}

/* Names typed in lower case inside a chat's message [p, le): a word out
 * of the dictionaries, no context word, no chat slang, after a word that
 * takes a person or before a verb ("peux-tu aller chercher abdelkader",
 * "bonne nuit widson", "pick up paulusie after school", "dis a yasmina
 * que", "give it to filomena pls", "kwame veut savoir", "adjoa est chez").
 * Capitalised words are the other rules'. */
static void
chat_mentions(CvScan *scan, const char *p, const char *le)
{
  static const char *const before[] = {
    "chercher", "cherche", "nuit",    "gn",    "np",   "merci", "thx",
    "thanks",   "dis",     "tell",    "ask",   "avec", "with",  "voir",
    "see",      "call",    "appelle", "texte", "text", "up",    "a",
    "to",       "pour",    "for",     "chez",  "tkt",  "bye",   "salut",
    "bonjour",  "hi",      "hey",     "allo",  "love", "w"
  };
  static const char *const strong_before[] = {
    "chez",    "avec", "with",  "dis",    "tell",  "ask",
    "appelle", "call", "merci", "thanks", "thx",   "salut",
    "bonjour", "hi",   "hey",   "w",      "texte", "text"
  };
  static const char *const strong_after[] = { "veut",   "wants",    "dit",
                                              "said",   "rappelle", "called",
                                              "got",    "forgot",   "texted",
                                              "emailed" };
  /* "le dossier de khelifi", "the file of nair" */
  static const char *const owned[] = { "dossier", "file",    "cas",  "case",
                                       "demande", "plainte", "mere", "pere" };
  static const char *const after[] = { "veut",   "est",   "is",   "wants",
                                       "va",     "was",   "has",  "dit",
                                       "said",   "a",     "sera", "will",
                                       "arrive", "comes", "came", "rappelle",
                                       "called", "calls", "m" };
  static const char *const slang[] = {
    "lol",  "mdr",    "ptdr",   "stp",   "svp",   "tkt",    "pls",   "plz",
    "thx",  "omg",    "btw",    "idk",   "jsp",   "bcp",    "dsl",   "slt",
    "okk",  "okay",   "wtf",    "brb",   "ttyl",  "tmrw",   "tmr",   "yeah",
    "yep",  "nope",   "ouais",  "pcq",   "jpp",   "jtm",    "xoxo",  "hihi",
    "haha", "hahaha", "hehe",   "allo",  "salut", "coucou", "fyi",   "asap",
    "lmk",  "cuz",    "gonna",  "wanna", "gotta", "kinda",  "dunno", "hbu",
    "wyd",  "ikr",    "smh",    "tbh",   "ngl",   "ofc",    "aight", "nvm",
    "chui", "jsuis",  "jvais",  "ptit",  "ptite", "qqn",    "qqch",  "tjrs",
    "mtn",  "cmt",    "koi",    "kan",   "ugh",   "pff",    "bah",   "ben",
    "pis",  "ouin",   "mouais", "genre", "toute", "tsé",    "tse"
  };
  const char *end = scan->text + scan->len;
  char prev[16], prev2[16];
  gsize pn = 0, pn2 = 0;
  const char *q = p;
  while (q < le) {
    while (q < le && !(cv_is_alpha_ascii(*q) || (guint8)*q >= 0x80))
      q++;
    const char *ws = q;
    while (q < le && (cv_is_alpha_ascii(*q) || (guint8)*q >= 0x80 ||
                      *q == '-' || *q == '\''))
      q++;
    if (q == ws)
      break;
    char f[24];
    gsize fn = cv_fold(ws, q, f, sizeof f);
    gboolean lower = (cv_cls[(guint8)*ws] & CV_C_LOWER) != 0;
    gboolean dict = lower && fn >= 3 && cv_name_model_in_dict(scan->model, ws, q);
    /* (a compound of words the dictionaries know, no given name among
     * them: "a follow-up call"; not "marie-soleil") */
    if (lower && !dict && fn >= 3 && memchr(ws, '-', (gsize)(q - ws)))
      dict = each_part(scan, ws, q, plain_part);
    /* a given name that is also a word ("benoît", "fang", "rose") only
     * after or before a word that takes a person */
    gboolean dict_name = dict && fn < sizeof f - 1 &&
                         (cv_gazetteer_first(f, fn) ||
                          (cv_name_model_lists(scan->model, ws, q) & 1));
    if (lower && fn >= 3 && fn < sizeof f - 1 &&
        !memchr(ws, '\'', (gsize)(q - ws)) &&
        !cv_folded_in(f, fn, slang, G_N_ELEMENTS(slang)) && (!dict || dict_name)) {
      Word w;
      gboolean ctx = cv_word_at(ws, end, &w) &&
                     (w.cats & ~(guint32)(CV_CTX_GAZFIRST | CV_CTX_GAZLAST)) != 0;
      gboolean cue =
          pn > 0 &&
          (dict ? cv_folded_in(prev, pn, strong_before,
                               G_N_ELEMENTS(strong_before))
                : (cv_folded_in(prev, pn, before, G_N_ELEMENTS(before)) ||
                   ((pn == 2 && memcmp(prev, "de", 2) == 0) &&
                    cv_folded_in(prev2, pn2, owned, G_N_ELEMENTS(owned)))));
      if (!cue && dict && q + 1 < le && *q == ' ') {
        /* "fang a rappelé", "benoît veut", "rose m'a dit" */
        const char *ns = q + 1, *ne = ns;
        while (ne < le && (cv_is_alpha_ascii(*ne) || (guint8)*ne >= 0x80))
          ne++;
        char g[16];
        gsize gn = ne > ns ? cv_fold(ns, ne, g, sizeof g) : 0;
        if (gn == 1 && g[0] == 'a' && ne + 1 < le && *ne == ' ') {
          const char *v = ne + 1, *ve = v;
          while (ve < le && (cv_is_alpha_ascii(*ve) || (guint8)*ve >= 0x80))
            ve++;
          static const char *const part[] = { "recu",  "vu",  "perdu", "venu",
                                              "voulu", "dit", "fait",  "pris",
                                              "ecrit", "mis", "appele" };
          char h[12];
          gsize hn = ve > v && ve - v < 12 ? cv_fold(v, ve, h, sizeof h) : 0;
          cue = (ve - v >= 4 && (guint8)ve[-2] == 0xC3 && (guint8)ve[-1] == 0xA9) ||
                (hn > 0 && cv_folded_in(h, hn, part, G_N_ELEMENTS(part)));
        } else {
          cue = gn > 0 &&
                (cv_folded_in(g, gn, strong_after, G_N_ELEMENTS(strong_after)) ||
                 (gn == 1 && g[0] == 'm' && ne < le && *ne == '\''));
        }
      } else if (!cue && q + 1 < le && *q == ' ') {
        const char *ns = q + 1, *ne = ns;
        while (ne < le && cv_is_alpha_ascii(*ne))
          ne++;
        char g[16];
        gsize gn = ne > ns ? cv_fold(ns, ne, g, sizeof g) : 0;
        cue = gn > 0 && cv_folded_in(g, gn, after, G_N_ELEMENTS(after)) &&
              !(gn == 1 && g[0] == 'm' && !(ne < le && *ne == '\'')); /* m'a */
      }
      static const char *const dets[] = { "la",   "le",    "les", "the", "an",
                                          "my",   "ma",    "mon", "une", "un",
                                          "ta",   "ton",   "sa",  "son", "this",
                                          "that", "cette", "de",  "du",  "des",
                                          "your", "his",   "her", "a" };
      if (cue && dict && pn > 0 &&
          cv_folded_in(prev, pn, dets, G_N_ELEMENTS(dets)))
        cue = FALSE; /* "la rose a fané" */
      guint16 pv;
      if (cue && !dict && pn > 0 &&
          (cv_ctx_lookup(prev, pn, &pv) & CV_CTX_STREET_FR))
        cue = FALSE; /* "fyi rue hochelaga is closed" */
      /* "m. charpentier de tel-jeunes a rappelé", "de la ville de gatineau
       * a rappelé": who called is before (not "le dossier de khelifi") */
      static const char *const of[] = { "de", "du", "of", "from" };
      if (cue && pn > 0 && cv_folded_in(prev, pn, of, G_N_ELEMENTS(of)) &&
          !cv_folded_in(prev2, pn2, owned, G_N_ELEMENTS(owned)))
        cue = FALSE;
      if (cue && !ctx)
        cv_add_name(scan, ws, q, 0.7f, "name-chat-lower");
    }
    pn2 = pn;
    if (pn2)
      memcpy(prev2, prev, pn2);
    pn = fn < sizeof prev ? fn : 0;
    if (pn)
      memcpy(prev, f, pn);
  }
}

/* Is [p, le) a clock alone: "5:45pm", "8:05 p.m.", "12 h 40", "7h20"? */
static gboolean
clock_to_eol(const char *p, const char *le)
{
  const char *q = p;
  while (q < le && q - p < 2 && cv_is_digit(*q))
    q++;
  if (q == p || q >= le)
    return FALSE;
  if (*q == ':' || *q == 'h')
    q++;
  else if (le - q >= 3 && q[0] == ' ' && q[1] == 'h' && q[2] == ' ')
    q += 3;
  else
    return FALSE;
  if (le - q < 2 || !cv_is_digit(q[0]) || !cv_is_digit(q[1]))
    return FALSE;
  q += 2;
  if (q < le && *q == ' ')
    q++;
  static const char *const ampm[] = { "am", "pm", "AM", "PM", "a.m.", "p.m." };
  for (gsize k = 0; k < G_N_ELEMENTS(ampm); k++) {
    gsize n = strlen(ampm[k]);
    if ((gsize)(le - q) >= n && memcmp(q, ampm[k], n) == 0) {
      q += n;
      break;
    }
  }
  while (q < le && (*q == ' ' || *q == '\r'))
    q++;
  return q == le;
}

/* "(10:29)" or "(10:29 PM)" at @p: the byte after it, else NULL. */
static const char *
paren_time(const char *p, const char *le)
{
  if (p >= le || *p != '(')
    return NULL;
  const char *q = p + 1, *d = q;
  while (q < le && q - d < 5 && (cv_is_digit(*q) || *q == ':'))
    q++;
  if (q - d < 4 || q[-3] != ':' || !cv_is_digit(*d))
    return NULL;
  if (le - q >= 3 && q[0] == ' ' && strchr("AaPp", q[1]) && (q[2] | 0x20) == 'm')
    q += 3;
  return q < le && *q == ')' ? q + 1 : NULL;
}

/* Is [p, e) a chat speaker's name: one to three words, a surname's
 * initial ("Ioannis A."), a comma between surname and given name
 * ("Gilbert, Luc"); no context word on the first but a name list's
 * ("Agent", "Moi" stay; "Richard Page" is one). */
static gboolean
speaker_words_x(const CvScan *scan, const char *p, const char *e,
                gboolean *named_out)
{
  /* (and the roles a transcript names its speakers by: "CALLER:",
   * "APPELANT (10:02) :", "Visiteur 14 h 05 :") */
  static const char *const nobody[] = {
    "moi",          "me",          "you",          "vous",
    "toi",          "bot",         "system",       "systeme",
    "admin",        "support",     "note",         "notes",
    "info",         "caller",      "appelant",     "appelante",
    "operator",     "operateur",   "operatrice",   "repartiteur",
    "repartitrice", "dispatcher",  "visiteur",     "visiteuse",
    "visitor",      "citoyen",     "citoyenne",    "citizen",
    "agent",        "agente",      "client",       "cliente",
    "usager",       "usagere",     "interviewer",  "enqueteur",
    "enqueteuse",   "officer",     "policier",     "policiere",
    "witness",      "temoin",      "juge",         "judge",
    "greffier",     "greffiere",   "avocat",       "avocate",
    "lawyer",       "counsel",     "interprete",   "interpreter",
    "patient",      "patiente",    "user",         "utilisateur",
    "utilisatrice", "demandeur",   "demandeuse",   "requerant",
    "requerante",   "plaignant",   "plaignante",   "locataire",
    "tenant",       "landlord",    "proprietaire", "infirmiere",
    "infirmier",    "nurse",       "medecin",      "doctor",
    "worker",       "intervenant", "intervenante", "moderator",
    "moderateur",   "moderatrice", "animateur",    "animatrice",
    "host",         "guest",       "invite",       "inconnu",
    "unknown",      "speaker",     "participant",  "participante",
    "employe",      "employee",    "prepose",      "preposee",
    "conseiller",   "conseillere", "rep"
  };
  int words = 0;
  gboolean named = FALSE;
  for (const char *q = p; q < e;) {
    Word w;
    if (words >= 3 || !cv_word_at(q, e, &w) || w.s != q || w.digit)
      return FALSE;
    gboolean initial = words > 0 && w.fn == 1 && w.cap && w.e < e && *w.e == '.';
    /* (a name among the words: an agenda's "10:00 Ouverture:", "[10:00]
     * Point a. :" are none; initials "YL" are) */
    named |= !initial && w.fn > 1 &&
             (!cv_name_model_in_dict(scan->model, w.s, w.e) ||
              (cv_name_model_lists(scan->model, w.s, w.e) & 1) ||
              (w.upper && w.fn <= 3));
    /* (a surname's particle first: "00:02:08 de Noyelles:") */
    gboolean particle = words == 0 && !w.cap && (w.cats & CV_CTX_PARTICLE) &&
                        w.e + 1 < e && *w.e == ' ' && cv_cap_at(w.e + 1, e);
    if (!initial && !particle &&
        ((words == 0 && (w.cats & ~(guint32)(CV_CTX_GAZFIRST | CV_CTX_GAZLAST))) ||
         (w.cats & (CV_CTX_ROLE | CV_CTX_LABEL | CV_CTX_TITLE | CV_CTX_MONTH)) ||
         cv_word_in(&w, nobody, G_N_ELEMENTS(nobody))))
      return FALSE;
    words++;
    q = w.e;
    if (q < e && *q == '.')
      q++;
    if (q < e && *q == ',' && words == 1)
      q++;
    const char *r = cv_skip_hspace(q, e);
    if (r == q && r < e)
      return FALSE;
    q = r;
  }
  *named_out = named;
  return words >= 1;
}

static gboolean
speaker_words(const CvScan *scan, const char *p, const char *e)
{
  gboolean named;
  return speaker_words_x(scan, p, e, &named) && named;
}

/* Does [p, e) open another line of @sp (guint32 pairs) than @self, the
 * same bytes? */
static gboolean
speaker_again(const char *text, const GArray *sp, guint self)
{
  const guint32 *v = &g_array_index(sp, guint32, 2 * self);
  for (guint j = 0; j < sp->len; j++) {
    const guint32 *w = &g_array_index(sp, guint32, 2 * j);
    if (j != self && w[1] - w[0] == v[1] - v[0] &&
        memcmp(text + w[0], text + v[0], v[1] - v[0]) == 0)
      return TRUE;
  }
  return FALSE;
}

/* The speakers of a chat with the time after the name ("Benoît (10:29):
 * salut", "karine nadeau (18:28): ngoc a appelé"): one to three words,
 * the time in brackets, a colon; twice in the text at least; not a role
 * ("Agent (10:02):", "Moi (9:15):"). */
static void
speaker_paren_time(CvScan *scan)
{
  const char *text = scan->text, *end = text + scan->len;
  GArray *sp = g_array_new(FALSE, FALSE, sizeof(guint32) * 2);
  GArray *unnamed = g_array_new(FALSE, FALSE, sizeof(guint32) * 2);
  /* (from the rarer "):", back to the bracket; the "):" are found in the
   * one read of the text, cv_scan_cues) */
  const GArray *found = cv_scan_cues(scan);
  CvCue cue;
  for (guint fi = 0;
       sp->len < 100000 && cv_cue_next(found, &fi, CV_CUE_CLOSE_COLON,
                                       CV_CUE_CLOSE_COLON + 1, &cue);) {
    const char *cb = text + cue.off;
    const char *o = cb;
    while (o > text && cb - o < 12 && *o != '(')
      o--;
    if (*o != '(' || o == text || o[-1] != ' ')
      continue;
    o--;
    const char *pe = paren_time(o + 1, cb + 1);
    if (pe != cb + 1)
      continue;
    const char *l = o;
    while (l > text && l[-1] != '\n' && o - l < 48)
      l--;
    if (l > text && l[-1] != '\n')
      continue;
    l = cv_skip_hspace(l, o);
    if (speaker_words(scan, l, o)) {
      guint32 v[2] = { (guint32)(l - text), (guint32)(o - text) };
      g_array_append_vals(sp, v, 1);
    }
  }
  /* "[2025-05-16 10:37] Danilo Manalo : lol bogdan est encore en retard",
   * "[18:21] Rodríguez, Luis : tao a appelé": after a time stamp, one to
   * three words and a colon */
  const GArray *lines = cv_scan_lines(scan);
  for (guint li = 0; li < lines->len && sp->len < 100000; li++) {
    const char *l, *le;
    cv_line_of(scan, lines, li, &l, &le);
    if (l < le && ((cv_cls[(guint8)*l] & CV_C_UPPER) || (guint8)*l >= 0xC3)) {
      /* the name first: "Won-jae (18 h 45) > tu as vu", "Tegid (14:10) :
       * yes", or alone before the time at the line's end, as chats are
       * copied ("Héliodore Latraverse  5:45pm") */
      const char *ne = NULL;
      const char *o = memchr(l, '(', (gsize)MIN(le - l, 48));
      if (o && o > l + 1 && o[-1] == ' ') {
        const char *t = time_stamp(o, le);
        if (t > o && t[-1] == ' ' && t < le && (*t == '>' || *t == ':'))
          ne = o - 1;
      } else if (!o) {
        const char *g = NULL;
        for (const char *x = l + 1, *xl = le - l > 48 ? l + 48 : le - 1;
             x < xl && !g; x++)
          if (x[0] == ' ' && x[1] == ' ')
            g = x;
        if (g && g > l && clock_to_eol(cv_skip_hspace(g, le), le))
          ne = g;
      }
      gboolean named = FALSE;
      if (ne && speaker_words_x(scan, l, ne, &named)) {
        guint32 v[2] = { (guint32)(l - text), (guint32)(ne - text) };
        g_array_append_vals(named ? sp : unnamed, v, 1);
      }
      continue;
    }
    if (l < le && *l != '[' && *l != ' ' && !cv_is_digit(*l))
      continue; /* (no time stamp: cheaply) */
    const char *l0 = cv_skip_hspace(l, le);
    const char *t = time_stamp(l0, le);
    if (t > l0) {
      const char *c = memchr(t, ':', (gsize)MIN(le - t, 48));
      const char *ce = c;
      while (ce && ce > t && ce[-1] == ' ')
        ce--;
      gboolean named = FALSE;
      if (c && c + 1 < le && c[1] == ' ' && ce > t &&
          speaker_words_x(scan, t, ce, &named)) {
        guint32 v[2] = { (guint32)(t - text), (guint32)(ce - text) };
        g_array_append_vals(named ? sp : unnamed, v, 1);
      }
    }
  }
  /* a speaker's words the dictionaries know ("DIVINE:", "Evens:") speak
   * twice at least among named speakers: a chat, not an agenda */
  guint named_n = sp->len;
  for (guint i = 0; named_n >= 2 && i < unnamed->len && unnamed->len < 1000; i++)
    if (speaker_again(text, unnamed, i))
      g_array_append_vals(sp, &g_array_index(unnamed, guint32, 2 * i), 1);
  g_array_free(unnamed, TRUE);
  for (guint i = 0; sp->len >= 2 && i < sp->len; i++) {
    const guint32 *v = &g_array_index(sp, guint32, 2 * i);
    /* (remembered: "@Héliodore" and "Héliodore" alone later; not
     * initials, "PC :", whose letters open file numbers too) */
    Word w0;
    if (cv_word_at(text + v[0], text + v[1], &w0) && w0.upper && w0.fn <= 3)
      cv_scan_add(scan, CV_PII_PERSON, v[0], v[1], 0.7f, "name-speaker-time");
    else
      cv_add_name(scan, text + v[0], text + v[1], 0.7f, "name-speaker-time");
    /* the message: the names typed in lower case in it ("ngoc a appelé") */
    const char *m = memchr(text + v[1], ':', (gsize)(end - text - v[1]));
    if (m) {
      const char *me = memchr(m, '\n', (gsize)(end - m));
      chat_mentions(scan, m + 1, me ? me : end);
    }
  }
  g_array_free(sp, TRUE);
}

/* The speakers of a transcript by their initials ("NT: You can also
 * call…" / "MK: I already spoke to…", "KC : Pour vérifier…"): two or
 * three capitals opening the line, a colon, speech (a letter or a
 * quote).  The same initials twice at least, in a dialogue (two
 * different speakers' labels at least); not an abbreviation that opens
 * lines ("NB:", "PS:", "RE:", "CC:", "Q:"/"R:"). */
static void
speaker_initials(CvScan *scan)
{
  static const char *const abbrev[] = {
    "nb",  "ps",  "cc",  "re",  "to",  "fw",  "fyi", "id",  "ok",  "no",
    "am",  "pm",  "qc",  "on",  "bc",  "ab",  "us",  "uk",  "en",  "fr",
    "nas", "sin", "dob", "ddn", "tel", "fax", "url", "pdf", "cv",  "et",
    "ou",  "de",  "la",  "le",  "ref", "obj", "att", "tbd", "tba", "eta",
    "pj",  "cci", "bcc", "fwd", "tr",  "rep", "qr",  "faq", "api", "nota",
    "is",  "it",  "an",  "as",  "at",  "be",  "by",  "do",  "go",  "he",
    "if",  "in",  "me",  "my",  "of",  "or",  "so",  "up",  "we",  "il",
    "je",  "tu",  "ce",  "ne",  "si",  "un",  "au",  "du",  "ma",  "mon",
    "ton", "son", "les", "des", "une", "the", "and", "for", "you", "are",
    "not", "but", "all", "any", "can", "has", "had", "her", "his", "our",
    "out", "see", "was", "who", "why", "how", "oui", "non", "est", "pas",
    "sur", "par", "que", "qui", "vos", "nos", "aux", "ces", "ses", "mes",
    "tes", "var", "dev", "log", "msg", "err", "src", "dst", "etc"
  };
  const char *text = scan->text;
  char lab[16][8];
  guint cnt[16], nlab = 0, others = 0, nstamp = 0;
  GArray *occ = g_array_new(FALSE, FALSE, sizeof(guint32) * 2);
  const GArray *lines = cv_scan_lines(scan);
  for (guint li = 0; li < lines->len; li++) {
    const char *l, *le;
    cv_line_of(scan, lines, li, &l, &le);
    /* (cheaply first: a capital, a blank or a time stamp's bracket or digit
     * opens the line) */
    if (l < le && !(*l >= 'A' && *l <= 'Z') && *l != '[' && *l != ' ' &&
        !cv_is_digit(*l) && (guint8)*l != 0xC3)
      continue;
    const char *l0 = cv_skip_hspace(l, le);
    const char *p = time_stamp(l0, le);
    gboolean stamped = p > l0;
    p = cv_skip_hspace(p, le);
    /* (capitals, accented ones too: "ÉL : Pouvez-vous") */
    const char *q = p;
    guint nl = 0;
    gboolean accent = FALSE;
    while (q < le && nl < 4) {
      if (*q >= 'A' && *q <= 'Z')
        q++;
      else if (q + 1 < le && (guint8)q[0] == 0xC3 && (guint8)q[1] >= 0x80 &&
               (guint8)q[1] <= 0x9E && (guint8)q[1] != 0x97) {
        q += 2;
        accent = TRUE;
      } else
        break;
      nl++;
    }
    const char *c = q < le && *q == ' ' ? q + 1 : q;
    /* a time after the label: "YL (10:18): c quoi" */
    const char *tq = c > q ? paren_time(c, le) : NULL;
    if (tq) {
      c = tq;
      stamped = TRUE;
    }
    const char *sp = c + 1 < le && *c == ':' ? cv_skip_hspace(c + 1, le) : NULL;
    gsize cl;
    gboolean up = FALSE;
    gboolean speech = sp && sp > c + 1 && sp < le &&
                      (cv_letter_at(sp, le, &cl, &up) || *sp == '"' ||
                       (guint8)*sp == 0xC2 || (guint8)*sp == 0xE2);
    /* (a reply that opens with a number, "IH: 579 553 9661, or", is the
     * same speaker's: counted only where the label speaks elsewhere) */
    gboolean reply = sp && sp > c + 1 && sp < le && cv_is_digit(*sp);
    if ((speech || reply) && nl >= 2 && nl <= 3 &&
        (q == le || !cv_is_alnum_ascii(*q))) {
      char f[4];
      for (gsize k = 0; k < (gsize)(q - p) && k < 3; k++)
        f[k] = g_ascii_tolower(p[k]);
      if (stamped || accent ||
          !cv_folded_in(f, (gsize)(q - p), abbrev, G_N_ELEMENTS(abbrev))) {
        guint k = 0;
        while (k < nlab && !(strlen(lab[k]) == (gsize)(q - p) &&
                             memcmp(lab[k], p, (gsize)(q - p)) == 0))
          k++;
        if (k == nlab && nlab < G_N_ELEMENTS(lab)) {
          memcpy(lab[k], p, (gsize)(q - p));
          lab[k][q - p] = '\0';
          cnt[k] = 0;
          nlab++;
        }
        if (k < nlab) {
          cnt[k] += speech;
          nstamp += stamped && speech;
          guint32 o[2] = { (guint32)(p - text), k };
          g_array_append_vals(occ, o, 1);
        }
      }
    } else if (p < le && (cv_cls[(guint8)*p] & CV_C_UPPER)) {
      /* another speaker's label: one to three words and a colon */
      const char *x = memchr(p, ':', (gsize)MIN(le - p, 40));
      if (x && x + 1 < le && x[1] == ' ' && x - p >= 2)
        others++;
    }
  }
  guint speakers = 0;
  for (guint k = 0; k < nlab; k++)
    speakers += cnt[k] >= 2;
  /* (in a chat, time-stamped twice, one other speaker is enough; in an
   * interview where two other speakers' labels speak twice or more, a
   * third who speaks once is a person too: "DS : Pour le dossier,") */
  if (speakers >= 1 && (speakers >= 2 || others >= (nstamp >= 2 ? 1u : 2u))) {
    guint least = speakers + others >= 4 ? 1 : 2;
    for (guint i = 0; i < occ->len; i++) {
      const guint32 *o = &g_array_index(occ, guint32, 2 * i);
      if (cnt[o[1]] >= least)
        cv_scan_add(scan, CV_PII_PERSON, o[0], o[0] + strlen(lab[o[1]]), 0.7f,
                    "name-speaker-initials");
    }
  }
  g_array_free(occ, TRUE);
}

/* The speakers of a dialogue or a transcript: "Ubul: What a wife." /
 * "Nicole: Remember me, Mary?" — lines opened by one word, a colon and
 * speech (a letter or a quote, no number).  With two such lines or more in
 * the text, the word is a person's name when it is no context word, not
 * in capitals, and no dictionary word unless a known given name ("Agent:",
 * "Client:", "Note:", "Subject:", "Re:", "Cc:" stay), and two such lines
 * at least read as names.  In a call's transcript (two lines spoken by a
 * role) or a chat (lines after time stamps), one is enough, and a chat's
 * speaker may be a dictionary word or in lower case ("[18:16] aimé: le
 * code", "14:57 Jun: lol").  At most SPEAKERS_MAX lines are looked at. */
static void
speaker_tags(CvScan *scan)
{
  const char *text = scan->text, *end = text + scan->len;
  const char *ts[SPEAKERS_MAX], *te[SPEAKERS_MAX];
  const char *tw[SPEAKERS_MAX]; /* the speaker's first word's end */
  const char *ms[SPEAKERS_MAX], *me[SPEAKERS_MAX]; /* the messages */
  gboolean spaced[SPEAKERS_MAX], stamped[SPEAKERS_MAX];
  guint n = 0, nstamped = 0;
  const char *l = text;
  while (l < end && n < SPEAKERS_MAX) {
    const char *nl = memchr(l, '\n', (gsize)(end - l));
    const char *le = nl ? nl : end;
    const char *p = l;
    while (p < le && (*p == ' ' || *p == '\t' || *p == '>'))
      p++;
    const char *p2 = time_stamp(p, le);
    gboolean st = p2 > p;
    p = p2;
    gsize cl;
    gboolean up = FALSE;
    if (p < le && cv_letter_at(p, le, &cl, &up) && (up || st)) {
      const char *q = p;
      while (q < le && q - p < 24 &&
             (cv_is_alpha_ascii(*q) || (guint8)*q >= 0x80 || (*q == '-' && q > p)))
        q++;
      const char *wq = q;
      /* a chat's speaker by both names: "15:58 Héritier Njoya: Bonjour" */
      if (st && up && q + 2 < le && q[0] == ' ' &&
          (cv_cls[(guint8)q[1]] & CV_C_UPPER)) {
        const char *r2 = q + 1;
        while (r2 < le && r2 - q < 24 &&
               (cv_is_alpha_ascii(*r2) || (guint8)*r2 >= 0x80 ||
                (*r2 == '-' && r2 > q + 1)))
          r2++;
        if (r2 > q + 2 && r2 + 1 < le &&
            (*r2 == ':' || (r2[0] == ' ' && r2[1] == ':')))
          q = r2;
      }
      /* a chat's speaker with the initial of a surname: "[14:23] rémi l. :",
       * "[11:13] marlon c.: yeah" */
      if (st && q > p && le - q > 4 && q[0] == ' ' && cv_is_alpha_ascii(q[1]) &&
          q[2] == '.' && (q[3] == ':' || (q[3] == ' ' && q[4] == ':')))
        q += 3;
      /* a speaker before the time of the message: "Nicknel 09:23: is her
       * DOB", "Benjun 11:46 AM: ty" (read as the lines without a time) */
      const char *tc = NULL;
      if (!st && up && le - q > 7 && *q == ' ' && cv_is_digit(q[1])) {
        const char *k = q + (cv_is_digit(q[2]) ? 3 : 2);
        if (le - k > 4 && *k == ':' && cv_is_digit(k[1]) && cv_is_digit(k[2])) {
          k += 3;
          if (le - k > 3 && k[0] == ' ' && strchr("AaPp", k[1]) &&
              (k[2] | 0x20) == 'm')
            k += 3;
          if (k < le && *k == ':')
            tc = k;
        }
      }
      /* (French typography: a space before the colon) */
      const char *c = tc                                       ? tc
                      : q + 1 < le && *q == ' ' && q[1] == ':' ? q + 1
                                                               : q;
      if (c + 2 < le && *c == ':') {
        const char *r = c + 1;
        while (r < le && r - c < 4 && (*r == ' ' || *r == '"'))
          r++;
        if (r < le && (cv_is_alpha_ascii(*r) || (guint8)*r >= 0x80) && r > c + 1) {
          ts[n] = p;
          ms[n] = r;
          me[n] = le;
          spaced[n] = c > q && !tc;
          stamped[n] = st;
          nstamped += st;
          tw[n] = wq;
          te[n++] = q;
        }
      }
    }
    if (!nl)
      break;
    l = nl + 1;
  }
  if (n < 2)
    return;
  /* a call's transcript: two lines at least spoken by a role ("AGENT :",
   * "CLIENT :", "Caller:"); there the other speakers are persons, one is
   * enough, a short word or a month's name too ("Shu : D'accord", "June:
   * Alright Mr. Vachon") */
  static const char *const roles[] = {
    "agent",         "agente",        "client",         "cliente",
    "caller",        "appelant",      "appelante",      "prepose",
    "preposee",      "interlocuteur", "interlocutrice", "operator",
    "operateur",     "operatrice",    "representative", "representant",
    "representante", "customer",      "conseiller",     "conseillere",
    "advisor",       "intervenant",   "intervenante",   "usager",
    "usagere",       "requerant",     "requerante",     "plaignant",
    "plaignante",    "complainant",   "dispatcher",     "repartiteur",
    "repartitrice"
  };
  /* who speaks in a chat without being a person */
  static const char *const nobody[] = {
    "me",       "moi",       "you",  "vous",   "toi",     "visitor",
    "visiteur", "visiteuse", "bot",  "system", "systeme", "admin",
    "support",  "auto",      "info", "note",   "notes",   "re",
    "fw",       "fwd",       "tr",   "http",   "https",   "www"
  };
  guint said_by_role = 0;
  for (guint i = 0; i < n; i++) {
    Word w;
    if (cv_word_at(ts[i], end, &w) && w.e == tw[i] &&
        cv_word_in(&w, roles, G_N_ELEMENTS(roles)))
      said_by_role++;
  }
  gboolean call = said_by_role >= 2;
  gboolean chat = nstamped >= 2;
  for (guint i = 0; chat && i < n; i++)
    if (stamped[i])
      chat_mentions(scan, ms[i], me[i]);
  const guint32 month = CV_CTX_MONTH | CV_CTX_STOPNAME;
  guint names = 0;
  for (guint i = 0; i < n; i++) {
    Word w;
    if (!cv_word_at(ts[i], end, &w) || w.e != tw[i])
      continue;
    /* in capitals: a chat's speaker, or one who speaks twice at least
     * ("[08:03] LAMINE: hey", "BIRD : Qui est-ce ?" ... "BIRD : Non"; a
     * form's "NOM :" is a label) */
    guint same = 0;
    for (guint k = 0; k < n; k++)
      same += te[k] - ts[k] == te[i] - ts[i] &&
              memcmp(ts[k], ts[i], (gsize)(te[i] - ts[i])) == 0;
    if (w.upper && !(chat && stamped[i]) && same < 2)
      continue;
    /* both names: no context word, one word of the names or out of the
     * dictionaries ("Héritier Njoya"; not "Service Client") */
    if (te[i] > tw[i] + 1 && *tw[i] == ' ' && te[i][-1] != '.') {
      Word w2;
      if (!cv_word_at(tw[i] + 1, end, &w2) || w2.e != te[i] ||
          (w2.cats & ~month) != 0 || (w.cats & ~month) != 0)
        continue;
      if (!cv_word_may_name(scan, &w) && !cv_word_may_name(scan, &w2))
        continue;
    }
    if (chat && stamped[i]) {
      /* a chat's speaker: any word but a role, a label or a machine */
      if (w.fn < 2 || cv_word_in(&w, nobody, G_N_ELEMENTS(nobody)) ||
          cv_word_in(&w, roles, G_N_ELEMENTS(roles)) || (w.cats & ~month) != 0)
        continue;
      /* (a dictionary word speaks twice at least: an agenda's "10:00
       * Ouverture: mot de bienvenue" is no chat) */
      if (cv_name_model_in_dict(scan->model, ts[i], tw[i]) &&
          !(cv_name_model_lists(scan->model, ts[i], tw[i]) & 1) && same < 2)
        continue;
    } else {
      /* (outside a call, "Montréal : fermé" is a form's line) */
      if (!w.cap || (spaced[i] && !call && !(w.upper && same >= 2)) ||
          w.fn < (call ? 2u : 3u) ||
          (w.cats != 0 &&
           !(call && (w.cats & CV_CTX_MONTH) && !(w.cats & ~month))))
        continue;
      gboolean given = (cv_name_model_lists(scan->model, ts[i], te[i]) & 1) != 0 ||
                       (call && (w.cats & CV_CTX_MONTH));
      if (!given && ((!call && w.fn < 4) ||
                     cv_name_model_in_dict(scan->model, ts[i], te[i])))
        continue;
    }
    ts[names] = ts[i];
    stamped[names] = stamped[i];
    tw[names] = tw[i];
    te[names++] = te[i];
  }
  /* a dialogue: two speaker lines at least that read as names */
  for (guint i = 0; i < names; i++)
    if (names >= 2 || call || (chat && stamped[i]))
      cv_add_name(scan, ts[i], te[i], 0.75f, "name-speaker");
}

/* The vocatives of the text: one memchr pass for '!', one for '?'. */
static void
vocatives(CvScan *scan)
{
  const char *text = scan->text, *end = text + scan->len;
  for (int pass = 0; pass < 2; pass++) {
    const char mark = pass == 0 ? '!' : '?';
    for (const char *q = memchr(text, mark, scan->len); q != NULL;
         q = q + 1 < end ? memchr(q + 1, mark, (gsize)(end - q - 1)) : NULL)
      vocative_at(scan, q);
  }
}

/* Is [s, e) one or two words that may stand for a person alone, in any
 * case: letters, hyphens and apostrophes; no context word (a month or a
 * given name of the gazetteer aside); each word out of the dictionaries or
 * a name of the gazetteer or the lists ("maria", "aimé", "yu", "Gen"; not
 * "bonne journée", "la direction", "tous"). */
static gboolean
bare_name_words(const CvScan *scan, const char *s, const char *e)
{
  int words = 0;
  for (const char *q = s; q < e;) {
    Word w;
    if (!cv_word_at(q, e, &w) || w.s != q || w.digit || w.fn < 2 || ++words > 2 ||
        (w.cats & (CV_CTX_STOPNAME | CV_CTX_TITLE | CV_CTX_LABEL |
                   CV_CTX_GREET | CV_CTX_CLOSE | CV_CTX_ROLE | CV_CTX_ORG |
                   CV_CTX_ORGTAIL | CV_CTX_PROVINCE | CV_CTX_REL)) ||
        cv_word_is_place(&w))
      return FALSE;
    if (!cv_word_may_name(scan, &w))
      return FALSE;
    q = w.e;
    if (q < e && *q == ' ')
      q++;
    else if (q < e)
      return FALSE;
  }
  return words > 0;
}

/* A message's greeting and its sign-off, whatever the case of the name:
 * "Salut yu,", "Bonjour rosaire," at a line's start; after a closing line
 * ("merci", "Thanks a lot", "Regards,"), a name alone on the last line of
 * the message ("maria", "aimé"), or after a dash ("— nathacha", "Bonne
 * soirée! — Gen").  From the greeting and closing words of the context
 * hits. */
static void
greeting_signoff(CvScan *scan)
{
  const char *text = scan->text, *end = text + scan->len;
  const CvCtxHit *h = (const CvCtxHit *)scan->hits->data;
  for (guint i = 0; i < scan->hits->len; i++) {
    if (!(h[i].cats & (CV_CTX_GREET | CV_CTX_CLOSE)))
      continue;
    const char *w = text + h[i].start, *we = text + h[i].end;
    const char *ls = w;
    while (ls > text && (ls[-1] == ' ' || ls[-1] == '\t'))
      ls--;
    if (ls > text && ls[-1] != '\n')
      continue;
    const char *le = cv_line_end(we, end);
    if (h[i].cats & CV_CTX_GREET) {
      /* "Salut yu," : one or two words, then a comma or '!' ending the line */
      if (we >= le || *we != ' ')
        continue;
      const char *ne = le;
      while (ne > we && (ne[-1] == ' ' || ne[-1] == '\r'))
        ne--;
      if (ne - we < 3 || (ne[-1] != ',' && ne[-1] != '!'))
        continue;
      ne--;
      if (bare_name_words(scan, we + 1, ne))
        cv_add_name(scan, we + 1, ne, 0.75f, "name-greeting");
      continue;
    }
    /* a closing line: short, the closing word first */
    if (le - w > 32)
      continue;
    /* the signature: the next line, or the one after a blank line */
    const char *n = le;
    if (n < end)
      n++;
    if (n < end && *n == '\n')
      n++;
    const char *ne = cv_line_end(n, end);
    const char *ns = cv_skip_hspace(n, ne);
    /* a dash before it */
    if (ne - ns > 4 && (guint8)ns[0] == 0xE2 && (guint8)ns[1] == 0x80 &&
        ((guint8)ns[2] == 0x94 || (guint8)ns[2] == 0x93) && ns[3] == ' ')
      ns += 4;
    else if (ne - ns > 3 && ns[0] == '-' && ns[1] == '-' && ns[2] == ' ')
      ns += 3;
    const char *nt = ne;
    while (nt > ns && (nt[-1] == ' ' || nt[-1] == '\r'))
      nt--;
    /* the message's last line: the text's end, a blank line or a quote
     * after it */
    const char *after = ne < end ? ne + 1 : end;
    if (after < end && *after != '\n' && *after != '>')
      continue;
    if (nt > ns && bare_name_words(scan, ns, nt))
      cv_add_name(scan, ns, nt, 0.75f, "name-signoff");
  }
  /* "— nathacha", "Bonne soirée! — Gen": a dash and one word ending the
   * text */
  const char *t = end;
  while (t > text && (t[-1] == '\n' || t[-1] == ' ' || t[-1] == '\r'))
    t--;
  const char *b = t;
  while (b > text && t - b < 40 && b[-1] != ' ' && b[-1] != '\n')
    b--;
  /* (the dash opens its line or follows a sentence's end: not a
   * signature's organisation, "préposé aux renseignements — Centraide") */
  const char *d = b - text >= 5 ? b - 5 : text;
  while (d > text && *d == ' ')
    d--;
  if (b - text >= 4 && b[-1] == ' ' && (guint8)b[-4] == 0xE2 &&
      (guint8)b[-3] == 0x80 && (guint8)b[-2] == 0x94 &&
      (b - 4 == text || *d == '\n' || *d == '!' || *d == '.') &&
      bare_name_words(scan, b, t))
    cv_add_name(scan, b, t, 0.75f, "name-signoff");
}

/* The answer to a question about a name, on the next line of a chat or a
 * transcript ("Can you confirm your full name?" / "[16:17] Visitor :
 * julie st-pierre"): after the time stamp and the speaker, a short reply
 * that ends its line, in any case. */
static void
answer_next_line(CvScan *scan, const char *p)
{
  const char *end = scan->text + scan->len;
  if (p >= end)
    return;
  const char *le = memchr(p, '\n', (gsize)(end - p));
  if (!le)
    le = end;
  if (le - p > 80)
    return;
  const char *q = time_stamp(cv_skip_hspace(p, le), le);
  q = cv_skip_hspace(q, le);
  /* the speaker: one word, a colon */
  const char *w = q;
  while (w < le && w - q < 24 && (cv_is_alpha_ascii(*w) || (guint8)*w >= 0x80))
    w++;
  const char *c = w < le && *w == ' ' ? w + 1 : w;
  if (w > q && c < le && *c == ':')
    q = cv_skip_hspace(c + 1, le);
  /* a short reply: four words at most, letters, hyphens and apostrophes;
   * its first sentence when more follows ("Citoyen : Chérif. Il reste au
   * 7526, rue Foch"; not an initial's period: "J. Roy") */
  int words = 0;
  for (const char *r = q; r < le; r++) {
    if (*r == '.' && r - q >= 2 && r[-1] != ' ' && r[-2] != ' ' && r + 1 < le &&
        r[1] == ' ') {
      le = r;
      break;
    }
    if (*r == ' ')
      continue;
    if (!(cv_is_alpha_ascii(*r) || (guint8)*r >= 0x80 || *r == '-' ||
          *r == '\'' || *r == '.'))
      return;
    if (r == q || r[-1] == ' ')
      words++;
  }
  if (words < 1 || words > 4)
    return;
  naming_after(scan, q, TRUE, FALSE);
  /* capitalised words, no context word, no word of a reply that is no
   * name: the name, whatever the model makes of it ("Chérif.", a word of
   * the dictionaries too) */
  static const char *const replies[] = {
    "oui",      "non",      "yes",    "no",     "yeah",     "sure", "ok",
    "okay",     "pardon",   "sorry",  "desole", "desolee",  "quoi", "what",
    "hein",     "bien",     "well",   "merci",  "thanks",   "allo", "hello",
    "hi",       "attendez", "wait",   "euh",    "um",       "uh",   "certainly",
    "bien sur", "comment",  "lequel", "which",  "pourquoi", "why",  "again"
  };
  const char *r = q, *ne = NULL;
  while (r < le) {
    Word x;
    if (!cv_word_at(r, le, &x) || x.s != r || !x.cap || x.digit || x.fn < 2 ||
        (x.cats & ~(guint32)(CV_CTX_GAZFIRST | CV_CTX_GAZLAST)) ||
        cv_word_in(&x, replies, G_N_ELEMENTS(replies)))
      return;
    ne = x.e;
    r = cv_skip_hspace(x.e, le);
    if (r == x.e && r < le)
      return;
  }
  if (ne)
    cv_add_name(scan, q, ne, 0.8f, "name-answer");
}

/* A name spelled surname first, the given name after a comma and its
 * label ("Client : STONE, prénom Jun.", "Caller: BELL, first name
 * Guerline"): both parts.  @w..@e is the label's word ("prénom", "name"
 * after "first "/"given "). */
static void
comma_given_name(CvScan *scan, const char *w, const char *e)
{
  const char *text = scan->text, *end = text + scan->len;
  char f[8];
  gsize fn = cv_fold(w, e, f, sizeof f);
  const char *l = w;
  if (fn == 4 && memcmp(f, "name", 4) == 0) {
    if (w - text < 6 || (g_ascii_strncasecmp(w - 6, "first ", 6) != 0 &&
                         g_ascii_strncasecmp(w - 6, "given ", 6) != 0))
      return;
    l = w - 6;
  } else if (!(fn == 6 && memcmp(f, "prenom", 6) == 0)) {
    return;
  }
  if (l - text < 4 || l[-1] != ' ' || l[-2] != ',' || e >= end || *e != ' ')
    return;
  /* the surname before the comma: one capitalised word (or two) */
  const char *b = l - 2, *a = b;
  while (a > text && b - a < 40 && a[-1] != ' ' && a[-1] != '\n' &&
         a[-1] != ':' && a[-1] != '\t')
    a--;
  Word x;
  if (a == b || !cv_word_at(a, b, &x) || x.e != b || !x.cap || x.digit ||
      x.fn < 2 ||
      (x.cats & (CV_CTX_STOPNAME | CV_CTX_MONTH | CV_CTX_TITLE | CV_CTX_LABEL |
                 CV_CTX_GREET | CV_CTX_ROLE | CV_CTX_ORG | CV_CTX_ORGTAIL)))
    return;
  cv_add_name(scan, a, b, 0.8f, "name-comma-given");
  naming_after_x(scan, e + 1, TRUE, FALSE, TRUE);
}

/* Names right after the words that introduce them, in any case: "my name
 * is Oksana", "mon nom est", "je m'appelle nadia bensalem", "everyone
 * calls me Ján", "What is your last name? Lindqvist", "says
 * Hartvigsson.": lower-case names too after "name is", "call(s) me",
 * "m'appelle"; one or two capitalised words ending the clause after
 * "says".  From the context hits of "name", "nom", "call(s)" and
 * "appelle", and one search for " says ". */
static void
naming_phrases(CvScan *scan)
{
  const char *text = scan->text, *end = text + scan->len;
  const CvCtxHit *h = (const CvCtxHit *)scan->hits->data;
  for (guint i = 0; i < scan->hits->len; i++) {
    gsize wl = h[i].end - h[i].start;
    if ((h[i].cats & CV_CTX_REL) && h[i].value == 1) {
      intro_phrase(scan, &h[i]);
      continue;
    }
    if ((h[i].cats & CV_CTX_PHONE) && (wl == 5 || wl == 7)) {
      /* whom to reach: "Reach Hồng Ngọc Bloom at 418 ...", "Joindre
       * Racquel Obi au 579 ..." (phone words of the context table) */
      const char *w = text + h[i].start, *e = text + h[i].end;
      if (e < end && *e == ' ' &&
          ((wl == 5 && g_ascii_strncasecmp(w, "reach", 5) == 0) ||
           (wl == 7 && g_ascii_strncasecmp(w, "joindre", 7) == 0)))
        naming_after_x(scan, e + 1, FALSE, FALSE, TRUE);
    }
    if ((h[i].cats & CV_CTX_CLOSE) && (wl == 5 || wl == 6)) {
      /* thanks to a named person: "merci Chantelle !!", "thanks Tawny!!"
       * (one or two name words ending the clause; "Merci beaucoup !",
       * "Thanks Canada Post for" stay) */
      const char *w = text + h[i].start, *e = text + h[i].end;
      if (e < end && *e == ' ' &&
          ((wl == 5 && g_ascii_strncasecmp(w, "merci", 5) == 0) ||
           (wl == 6 && g_ascii_strncasecmp(w, "thanks", 6) == 0))) {
        naming_after_x(scan, e + 1, FALSE, TRUE, TRUE);
        dict_name_alone(scan, e + 1, NULL, 0, FALSE);
      }
      continue;
    }
    if ((h[i].cats & CV_CTX_LABEL) && (wl == 4 || wl == 6 || wl == 7))
      comma_given_name(scan, text + h[i].start, text + h[i].end);
    if (wl < 3 || wl > 7 ||
        !(h[i].cats & (CV_CTX_LABEL | CV_CTX_PHONE | CV_CTX_REL)))
      continue;
    const char *w = text + h[i].start, *e = text + h[i].end;
    char c0 = g_ascii_tolower(*w);
    if (c0 != 'n' && c0 != 'c' && c0 != 'a')
      continue;
    char f[8];
    gsize fn = cv_fold(w, e, f, sizeof f);
    if ((fn == 4 && memcmp(f, "name", 4) == 0) ||
        (fn == 3 && memcmp(f, "nom", 3) == 0)) {
      if (at_ci(e, end, " is ") || at_ci(e, end, " est "))
        naming_after(scan, e + (e[1] == 'i' || e[1] == 'I' ? 4 : 5), TRUE, FALSE);
      else if (at_ci(e, end, "'s "))
        naming_after(scan, e + 3, TRUE, FALSE);
      else if (at_ci(e, end, "? "))
        naming_after(scan, e + 2, FALSE, FALSE);
      else if (at_ci(e, end, " ? "))
        naming_after(scan, e + 3, FALSE, FALSE);
      else if (fn == 3 && at_ci(e, end, " de ") && w - text >= 3 &&
               at_ci(w - 3, end, "au ")) {
        /* "au nom de Miša Roy", and who acts for her */
        naming_after_x(scan, e + 4, FALSE, FALSE, TRUE);
        by_before(scan, w - 3);
      } else {
        /* "name?", "nom complet ?", "nom de famille?" ending the line: the
         * answer on the next one */
        static const char *const mid[] = { "",        " complet", " de famille",
                                           " please", " svp",     " complete" };
        for (gsize k = 0; k < G_N_ELEMENTS(mid); k++) {
          gsize ml = strlen(mid[k]);
          if (ml > 0 && !at_ci(e, end, mid[k]))
            continue;
          const char *r = e + ml;
          if (r < end && *r == ' ')
            r++;
          if (r + 1 < end && *r == '?' && r[1] == '\n') {
            answer_next_line(scan, r + 2);
            break;
          }
        }
      }
    } else if ((fn == 4 && memcmp(f, "call", 4) == 0) ||
               (fn == 5 && memcmp(f, "calls", 5) == 0)) {
      if (at_ci(e, end, " me "))
        naming_after(scan, e + 4, TRUE, FALSE);
      else if (fn == 4 && at_ci(e, end, " you back") && w - text >= 5 &&
               at_ci(w - 5, end, "will "))
        subject_before(scan, w - 5);
    } else if (fn == 7 && memcmp(f, "appelle", 7) == 0 && w - text >= 2 &&
               (w[-1] == '\'' || (w - text >= 4 && (guint8)w[-1] == 0x99 &&
                                  (guint8)w[-2] == 0x80)) &&
               e < end && *e == ' ') {
      naming_after(scan, e + 1, TRUE, FALSE);
    } else if (fn == 7 && memcmp(f, "appelle", 7) == 0 &&
               at_ci(e, end, " pour ")) {
      naming_after_x(scan, e + 6, FALSE, FALSE,
                     TRUE); /* "qui appelle pour Kadidiatou Lake" */
    }
  }
  /* "it was Collen.", then " says " (cue words of the one read of the
   * text, cv_scan_cues) */
  const GArray *found = cv_scan_cues(scan);
  CvCue cue;
  for (guint fi = 0; cv_cue_next(found, &fi, CV_CUE_WAS, CV_CUE_WAS + 1, &cue);) {
    const char *w = text + cue.off;
    if (w + 4 < end && w - text >= 3 && w[-1] == ' ' && w[-2] == 't' &&
        (w[-3] == 'i' || w[-3] == 'I') &&
        (w - text == 3 || !cv_is_alpha_ascii(w[-4]))) {
      naming_after(scan, w + 4, FALSE, TRUE);
      dict_name_alone(scan, w + 4, NULL, 0, FALSE); /* "it was Marnie." */
    }
  }
  for (guint fi = 0;
       cv_cue_next(found, &fi, CV_CUE_CLAUSE + 1, CV_CUE_CLAUSE + 2, &cue);) {
    const char *s = text + cue.off; /* "says " */
    if (s - text >= 1 && s[-1] == ' ')
      naming_after_x(scan, s + 5, FALSE, FALSE, TRUE);
  }
}

/* ---- postal blocks ---------------------------------------------------------- */

/* A token of an address: a digit group ("46", "3610-114", "B0J"), a word
 * that can name a street or a place (capitalised, or of a script without
 * case), a particle or street type in lower case ("de", "rue", "u."), a
 * unit word ("Suite", "Apt.", "Box"), or anything else (a stop). */
enum { AT_STOP, AT_DIGIT, AT_CAP, AT_LOW, AT_UNIT };

typedef struct {
  const char *s, *e;
  int kind;
  gboolean comma; /* a comma before it */
} ATok;

static const char *
addr_tok(const char *p, const char *le, ATok *t)
{
  t->comma = FALSE;
  while (p < le &&
         (*p == ' ' || *p == '\t' || *p == ',' || *p == '(' || *p == ')')) {
    t->comma |= *p == ',';
    p++;
  }
  if (p >= le)
    return NULL;
  t->s = p;
  gsize cl;
  gboolean up = FALSE;
  if (cv_is_digit(*p) ||
      (cv_cls[(guint8)*p] & CV_C_UPPER && p + 1 < le && cv_is_digit(p[1]))) {
    guint d = 0;
    while (p < le &&
           (cv_is_alnum_ascii(*p) ||
            ((*p == '-' || *p == '/') && p + 1 < le && cv_is_alnum_ascii(p[1]))))
      d += cv_is_digit(*p++);
    t->e = p;
    t->kind = d ? AT_DIGIT : AT_STOP;
    return p;
  }
  if (!cv_letter_at(p, le, &cl, &up) && (guint8)*p < 0xC0) {
    t->e = p + 1;
    t->kind = AT_STOP;
    return t->e;
  }
  gboolean caseless = (guint8)*p >= 0xC0 && !cv_letter_at(p, le, &cl, &up);
  if ((guint8)*p >= 0xCB && (guint8)*p <= 0xDF)
    caseless = TRUE; /* Greek, Cyrillic...: case unknown here */
  while (p < le && (cv_is_alpha_ascii(*p) || (guint8)*p >= 0x80 ||
                    ((*p == '-' || *p == '\'') && p + 1 < le &&
                     (cv_is_alpha_ascii(p[1]) || (guint8)p[1] >= 0x80))))
    p++;
  char f[CV_REDACT_MAX_WORD];
  gsize fn = cv_fold(t->s, p, f, sizeof f);
  if (p < le && *p == '.' && p - t->s <= 6)
    p++; /* "St.", "u.", "Apt.", "Avda." */
  t->e = p;
  guint16 v;
  guint32 cats = fn ? cv_ctx_lookup(f, fn, &v) : 0;
  if (cats & CV_CTX_UNIT)
    t->kind = AT_UNIT;
  else if (up || caseless)
    t->kind = AT_CAP;
  else if ((cats & (CV_CTX_PARTICLE | CV_CTX_STREET_FR | CV_CTX_STREET_EN)) ||
           fn == 1 || (fn == 2 && memcmp(f, "ul", 2) == 0))
    t->kind = AT_LOW;
  else
    t->kind = AT_STOP;
  return p;
}

/* Start of the content of the line [ls, le): past indentation, quote
 * marks and bullets (">", "???", "*", "-", "|"). */
static const char *
line_content(const char *ls, const char *le)
{
  while (ls < le && (*ls == ' ' || *ls == '\t' || *ls == '>' || *ls == '?' ||
                     *ls == '*' || *ls == '-' || *ls == '|'))
    ls++;
  return ls;
}

static const char *
line_end_of(const char *p, const char *end)
{
  const char *q = memchr(p, '\n', (gsize)(end - p));
  q = q ? q : end;
  if (q > p && q[-1] == '\r')
    q--;
  return q;
}

/* The address part of the line [cs, le) that holds the unit word at @u:
 * the run of address tokens around it, from its first digit group, unit,
 * or word followed by a number before any unit ("20789 Allika 46",
 * "Mrs. Jane Roe Suite 541 6343 Skogstien 106" -> from "Suite"), to the
 * last complete segment after it.  Returns FALSE when the run holds no
 * number besides the unit's or no word. */
#define ADDR_TOKS 24
static gboolean
addr_run(const char *cs, const char *le, const char *u, const char **rs,
         const char **re)
{
  ATok tk[ADDR_TOKS];
  int n = 0, first = -1, ui = -1;
  const char *p = cs;
  if (u && u - cs > 200)
    p = u - 200;
  ATok t;
  while (p && (p = addr_tok(p, le, &t)) != NULL) {
    if (t.kind == AT_STOP) {
      if (u && t.s >= u) {
        if (t.e - t.s == 1 && strchr(".?!;", *t.s))
          p = NULL; /* the sentence ends with the address */
        break;
      }
      n = 0;
      ui = -1;
      continue;
    }
    if (n == ADDR_TOKS) {
      if (u && t.s >= u)
        break;
      memmove(tk, tk + 1, sizeof tk[0] * (ADDR_TOKS - 1));
      n--;
      if (ui >= 0)
        ui--;
    }
    if (u && t.s == u)
      ui = n;
    tk[n++] = t;
  }
  if (u && ui < 0)
    return FALSE;
  /* the start: a number, a unit, or a word with a number after it before
   * any unit */
  int lim = u ? ui : n;
  for (int i = 0; i <= lim && i < n; i++) {
    if (tk[i].kind == AT_DIGIT || tk[i].kind == AT_UNIT) {
      first = i;
      break;
    }
    if (tk[i].kind != AT_CAP)
      continue;
    for (int k = i + 1; k < n && k <= i + 3; k++) {
      if (tk[k].kind == AT_UNIT)
        break;
      if (tk[k].kind == AT_DIGIT) {
        first = i;
        break;
      }
    }
    if (first >= 0)
      break;
  }
  if (first < 0)
    return FALSE;
  /* the end: whole comma segments; a segment cut by a stop word or
   * ending in a lone lower-case word goes */
  int last = u ? ui + 1 : n - 1; /* the unit's number at least */
  if (u && (last >= n || tk[last].kind != AT_DIGIT))
    return FALSE;
  gboolean line_done = (p == NULL);
  for (int i = last + 1; i < n; i++) {
    gboolean seg_end = i + 1 >= n ? line_done : tk[i + 1].comma;
    if (seg_end && tk[i].kind != AT_LOW)
      last = i;
  }
  guint digits = 0, words = 0;
  for (int i = first; i <= last; i++) {
    if (u && (i == ui + 1 || i == ui))
      continue;
    digits += tk[i].kind == AT_DIGIT;
    words += tk[i].kind == AT_CAP || tk[i].kind == AT_UNIT;
  }
  if (!digits || !words)
    return FALSE;
  *rs = tk[first].s;
  *re = tk[last].e;
  if (*re > tk[last].s && (*re)[-1] == '.' && tk[last].kind != AT_UNIT &&
      (tk[last].kind == AT_DIGIT || *re == le))
    (*re)--;
  return TRUE;
}

/* A line of a postal block after the street: a unit ("Suite 501"), a
 * place ("Pärnu", ", ON", "Cyprus (Greek)") or the postcode line
 * ("Estonia 62488", "APO AA 42323", "Cyprus 36903? I am..."): at most five
 * tokens.  Returns 0 if not, 1 a place or unit, 2 a line that ends with a
 * postcode; *@le becomes the end of what belongs to the block. */
static int
block_line(const char *cs, const char **le, gboolean *unit, const char **pc)
{
  if (cs >= *le)
    return 0;
  ATok t;
  const char *p = cs, *last = cs;
  int n = 0, kind = 0;
  guint lastd = 0;
  while ((p = addr_tok(p, *le, &t)) != NULL) {
    if (t.kind == AT_STOP) {
      /* the postcode line goes on with the sentence */
      if (kind == AT_DIGIT && lastd >= 3 && lastd <= 8 && n >= 2 && !*unit)
        break;
      if (t.e - t.s == 1 && strchr(".?!", *t.s) && skip_sp(t.e, *le) == *le)
        break;
      return 0;
    }
    if (++n > 5 || t.s - cs > 48)
      return 0;
    if (t.e - t.s == 3 && cv_is_alpha_ascii(t.s[0]) && cv_is_digit(t.s[1]) &&
        cv_is_alpha_ascii(t.s[2]))
      return 0; /* "Gatineau (Québec) J8X 1C1": the Canadian block's city
                   stays, its postcode is found on its own */
    if (t.kind == AT_UNIT)
      *unit = TRUE;
    kind = t.kind;
    lastd = kind == AT_DIGIT ? cv_count_digits(t.s, t.e) : 0;
    last = t.e;
    *pc = t.s;
  }
  if (!n)
    return 0;
  while (last > cs && last[-1] == '.')
    last--;
  *le = last;
  return kind == AT_DIGIT && lastd >= 3 && lastd <= 8 && !*unit ? 2 : 1;
}

/* A postcode of digits right after its label, no colon between ("CEP
 * 08602-715", "ZIP 02105-5831", "PLZ 10115"). */
static void
postcode_after_label(CvScan *scan, const CvCtxHit *h)
{
  const char *text = scan->text, *end = text + scan->len;
  const char *p = text + h->end;
  if (p + 2 >= end || *p != ' ' || !cv_is_digit(p[1]))
    return;
  const char *q = p + 1;
  while (q < end && cv_is_digit(*q) && q - p < 7)
    q++;
  gsize nd = (gsize)(q - p - 1);
  if (nd >= 4 && nd <= 5 && q + 3 < end && *q == '-' && cv_is_digit(q[1]) &&
      cv_is_digit(q[2]) && cv_is_digit(q[3])) {
    q += 4;
    while (q < end && cv_is_digit(*q) && q - p < 12)
      q++; /* "08602-715", "02105-5831" */
  } else if (nd < 4 || nd > 5) {
    return;
  }
  if (q < end && (cv_is_alnum_ascii(*q) || *q == '-' || *q == '/'))
    return;
  cv_scan_add(scan, CV_PII_POSTAL_CODE, (gsize)(p + 1 - text),
              (gsize)(q - text), 0.8f, "postcode-label");
}

/* US military mail: "PSC 0413, Box 8144" / "APO AA 42323", "USNS Møller" /
 * "FPO AP 85844", "Unit 0822 Box 8858" / "DPO AE 13319": the routing line
 * (APO/FPO/DPO, AA/AE/AP, five digits) is the postcode and the line before
 * it, at most 40 bytes of one to four words and numbers, is the unit or
 * ship. */
static void
military_at(CvScan *scan, const char *s)
{
  const char *text = scan->text, *end = text + scan->len;
  if (s < text || s + 12 > end)
    return;
  char f[6];
  for (int k = 0; k < 6; k++)
    f[k] = g_ascii_tolower(s[k]);
  if (!((f[0] == 'a' || f[0] == 'f' || f[0] == 'd') && f[1] == 'p' && f[3] == ' ' &&
        f[4] == 'a' && (f[5] == 'a' || f[5] == 'e' || f[5] == 'p')) ||
      s[6] != ' ')
    return;
  const char *z = s + 7;
  if (cv_count_digits(z, z + 5) != 5 || (z + 5 < end && cv_is_alnum_ascii(z[5])))
    return;
  /* the routing line starts its line */
  const char *ls = s;
  while (ls > text && ls[-1] != '\n' && s - ls < 8)
    ls--;
  if (line_content(ls, s) != s)
    return;
  cv_scan_add(scan, CV_PII_POSTAL_CODE, (gsize)(s - text),
              (gsize)(z + 5 - text), 0.8f, "military-mail");
  if (ls == text)
    return;
  const char *pe = ls - 1, *pls = pe;
  if (pe > text && pe[-1] == '\r')
    pe--;
  while (pls > text && pls[-1] != '\n' && pe - pls < 80)
    pls--;
  /* the unit or ship: the address tokens at the end of the line before */
  const char *rs = NULL, *re = NULL;
  ATok t;
  const char *q = pls;
  int n = 0;
  while ((q = addr_tok(q, pe, &t)) != NULL) {
    if (t.kind == AT_STOP) {
      rs = NULL;
      n = 0;
      continue;
    }
    if (!rs)
      rs = t.s;
    re = t.e;
    n++;
  }
  if (rs && n <= 4 && re - rs <= 40)
    cv_scan_add(scan, CV_PII_ADDRESS, (gsize)(rs - text), (gsize)(re - text),
                0.8f, "military-mail");
}

static void
military_mail(CvScan *scan)
{
  const char *text = scan->text, *end = text + scan->len;
  /* the routing line starts a line: from each line start (cheaper than
   * two memmem passes) */
  const GArray *lines = cv_scan_lines(scan);
  for (guint li = 0; li < lines->len; li++) {
    const char *ls = text + g_array_index(lines, guint32, li);
    const char *lim = ls + 8 < end ? ls + 8 : end;
    const char *s = line_content(ls, lim);
    if (s + 12 <= end && (s[1] == 'P' || s[1] == 'p') &&
        (s[2] == 'O' || s[2] == 'o'))
      military_at(scan, s);
  }
}

/* A number before a street address that starts with its civic number
 * ("17151 2450 Crown St", "3369 24 Clarke Avenue": a building or unit
 * number first) goes with it. */
static void
address_number_before(CvScan *scan)
{
  const char *text = scan->text;
  guint n = scan->cands->len;
  for (guint i = 0; i < n; i++) {
    CvSpan sp = g_array_index(scan->cands, CvSpan, i);
    if (sp.type != CV_PII_ADDRESS || sp.start < 3 ||
        !cv_is_digit(text[sp.start]) || text[sp.start - 1] != ' ' ||
        !cv_is_digit(text[sp.start - 2]))
      continue;
    const char *q = text + sp.start - 2;
    while (q > text && cv_is_digit(q[-1]) && text + sp.start - q < 8)
      q--;
    gsize nd = (gsize)(text + sp.start - 1 - q);
    if (nd > 6 || (q > text && cv_is_alnum_ascii(q[-1])) ||
        (q > text + 1 && (q[-1] == ',' || q[-1] == '.' || q[-1] == '-' ||
                          q[-1] == '/' || q[-1] == ':')))
      continue;
    /* at the start of a line, after "at", "to", "is", "of", "in", "on",
     * or after a word and a comma */
    if (!address_anchor(text, q))
      continue;
    cv_scan_add(scan, CV_PII_ADDRESS, (gsize)(q - text), sp.end, sp.confidence,
                "address-number-first");
  }
}

/* Postal blocks around a unit: "20789 Allika 46" / " Suite 501" /
 * " Riisa" / " Estonia 62488", "692 Kuuse 53 Apt. 641, Grubbenvorst,
 * Netherlands 04020", "PSC 0413, Box 8144" / "APO AA 42323": the street
 * with its unit, and the postcode that closes the block; the city,
 * region and country lines are places and stay (as in block_postcodes;
 * on one line, the segments after the unit go with it). */
static void
postal_blocks(CvScan *scan)
{
  const char *text = scan->text, *end = text + scan->len;
  const CvCtxHit *h = (const CvCtxHit *)scan->hits->data;
  const char *done = text;
  const char *le = text; /* (the line's end, found once a line: a text of
                          * one line and many units is no quadratic read) */
  for (guint i = 0; i < scan->hits->len; i++) {
    if (!(h[i].cats & CV_CTX_UNIT))
      continue;
    const char *u = text + h[i].start;
    if (u < done || unit_after(u, end) == u)
      continue;
    const char *ls = u;
    while (ls > text && ls[-1] != '\n' && u - ls < 400)
      ls--;
    if (u >= le)
      le = line_end_of(u, end);
    const char *cs = line_content(ls, le);
    const char *rs = NULL, *re = NULL;
    if (cs == u && ls > text) {
      /* the unit alone: the street is the line before */
      const char *pe = ls - 1;
      if (pe > text && pe[-1] == '\r')
        pe--;
      const char *pls = pe;
      while (pls > text && pls[-1] != '\n' && pe - pls < 400)
        pls--;
      const char *pcs = line_content(pls, pe);
      const char *ue = unit_after(u, end);
      if (skip_sp(ue, le) != le || !addr_run(pcs, pe, NULL, &rs, &re) ||
          skip_sp(re, pe) < pe - 1)
        continue;
      re = ue;
    } else if (!addr_run(cs, le, u, &rs, &re)) {
      continue;
    }
    /* the lines of the block */
    const char *q = re;
    while (q < le && (*q == ' ' || *q == '.' || *q == ','))
      q++;
    if (q == le) {
      const char *bl = le, *be = re;
      gboolean blank = FALSE;
      int places = 0;
      for (int k = 0; k < 4 && bl < end; k++) {
        const char *nls = bl + (*bl == '\r') + 1;
        if (nls > end)
          break;
        const char *nle = line_end_of(nls, end);
        const char *ncs = line_content(nls, nle);
        if (ncs == nle) {
          if (blank)
            break;
          blank = TRUE;
          bl = nle;
          continue;
        }
        gboolean unit = FALSE;
        const char *ne = nle, *pc = NULL;
        int c = block_line(ncs, &ne, &unit, &pc);
        if (!c || (blank && c != 2))
          break;
        if (c == 2) {
          cv_scan_add(scan, CV_PII_POSTAL_CODE, (gsize)(pc - text),
                      (gsize)(ne - text), 0.75f, "postcode-block");
          break;
        }
        if (++places > 3)
          break;
        if (unit && places == 1)
          be = ne; /* "Suite 501" on its line; the places stay */
        bl = nle;
      }
      re = be;
    }
    /* (a Canadian street the address scanner read has its unit, and its
     * city stays as it does without one: "9929 chemin Roy, app. 12,
     * Joliette"; after "Address:", the whole field goes) */
    /* (the run may start with the words before the street's number:
     * "Voir 11293, boulevard Laurier, bureau 255, Beloeil" is the
     * Canadian street's too, and so is a phone's before it; "17031 2202
     * Rissik St Apt. 050 Coalville", a code first, is another country's
     * block) */
    const char *x = rs;
    while (x < re && cv_is_digit(*x))
      x++;
    gboolean code_first = x > rs && x + 1 < re && *x == ' ' && cv_is_digit(x[1]);
    if ((ca_address_in(scan, (gsize)(rs - text), (gsize)(rs - text) + 1) ||
         (!code_first &&
          ca_address_in(scan, (gsize)(rs - text), (gsize)(re - text)))))
      continue;
    cv_scan_add(scan, CV_PII_ADDRESS, (gsize)(rs - text), (gsize)(re - text),
                0.8f, "address-block");
    done = re;
  }
}

/* A form's place fields: "City: Gatineau   Postal code: ...", "Ville :
 * Granby", "Location: Atwater Market, Repentigny (Estrie)", "Lieu :
 * Promenades Saint-Bruno": their values are places, kept from the name
 * rules (up to the line's end, a TAB or a column gap). */
static void
place_fields(CvScan *scan)
{
  static const char *const labels[] = {
    "city", "ville", "town", "municipalite", "municipality", "lieu", "location",
    "region", "province", "pays", "country", "endroit",
    /* an employer's, a lodge's: "Employeur : Saputo — revenu annuel",
     * "Lodging: Mishtatau Outfitters, the North Shore" */
    "employeur", "employer", "emploi", "employment", "hebergement", "lodging"
  };
  const char *text = scan->text, *end = text + scan->len;
  const char *p = text;
  const GArray *colons = cv_scan_marks(scan, CV_MARK_COLON);
  for (guint mi = 0; mi < colons->len; mi++) {
    const char *c = text + g_array_index(colons, guint32, mi);
    if (c < p)
      continue;
    p = c + 1;
    /* the label: one word before the colon (a space allowed), at a line's
     * start or after a column gap */
    const char *b = c;
    if (b > text && b[-1] == ' ')
      b--;
    const char *a = b;
    while (a > text && b - a < 14 &&
           (cv_is_alpha_ascii(a[-1]) || (guint8)a[-1] >= 0x80))
      a--;
    /* (or inside a bracket: "(région : Outaouais)") */
    gboolean paren = a > text && a[-1] == '(';
    /* (after a dash between blanks too: "camionneur — employeur :") */
    gboolean dash = a - text >= 5 && a[-1] == ' ' && (guint8)a[-2] == 0x94 &&
                    (guint8)a[-3] == 0x80 && (guint8)a[-4] == 0xE2 &&
                    a[-5] == ' ';
    if (a == b || !(a == text || a[-1] == '\n' || a[-1] == '\t' || paren ||
                    dash || (a - text >= 2 && a[-1] == ' ' && a[-2] == ' ')))
      continue;
    char f[16];
    gsize fn = cv_fold(a, b, f, sizeof f);
    if (fn == 0 || !cv_folded_in(f, fn, labels, G_N_ELEMENTS(labels)))
      continue;
    const char *v = cv_skip_hspace(c + 1, end);
    const char *e = v;
    while (e < end && *e != '\n' && *e != '\t' && !(paren && *e == ')') &&
           !(*e == ' ' && e + 1 < end && e[1] == ' ') && e - v < 80 &&
           !(*e == ' ' && end - e >= 4 && (guint8)e[1] == 0xE2 &&
             (guint8)e[2] == 0x80 && (guint8)e[3] == 0x94))
      e++;
    /* (not where a person may stand: a known given name on its own,
     * "Location: 455 rue Roy, chez Marie Tremblay"; "Jean-Talon" is a
     * place's) */
    gboolean person = FALSE;
    for (const char *q = v; q < e && !person;) {
      Word w;
      if (!cv_word_at(q, e, &w)) {
        q++;
        continue;
      }
      /* (a given name then a capitalised word: "Alma (Outaouais)" is a
       * town) */
      person = w.cap && !w.upper && cv_gazetteer_first(w.f, w.fn) &&
               !(w.s > v && w.s[-1] == '-') && !(w.e < e && *w.e == '-') &&
               memchr(w.s, '-', (gsize)(w.e - w.s)) == NULL && w.e + 1 < e &&
               *w.e == ' ' && cv_maybe_cap(w.e + 1, e);
      q = w.e > q ? w.e : q + 1;
    }
    if (e > v && !person)
      cv_scan_keep_insert(scan, (gsize)(v - text), (gsize)(e - text));
    p = e;
  }
}

/* The places after a post office box ("P.O. Box 455, Stn Main,
 * Gatineau", "C.P. 2345, succ. Centre-ville, Montréal", "Case postale
 * 12, Rimouski"): up to three comma-separated parts of capitalised words
 * on the line, kept from the name rules. */
/* The number of the post office box whose cue is @cue: its digits (eight
 * at most) from *@start to the return. */
static const char *
po_box_digits(const char *text, const char *end, const CvCue *cue,
              const char **start)
{
  const char *p = text + cue->off + strlen(cv_cue_words[cue->index]);
  const char *q = p;
  while (q < end && q - p < 8 && cv_is_digit(*q))
    q++;
  *start = p;
  return q;
}

/* Where the post office box whose cue (index @k from CV_CUE_BOX) is at @c
 * starts: "P.O. Box", "PO Box", "C.P.", "CP", "case postale", "boîte
 * postale"; NULL for a "Box" or "postale" alone (an archive's "Box 12"). */
static const char *
po_box_start(const char *text, const char *c, guint k)
{
  static const char *const before[] = {
    "P.O. ", "PO ",           "P. O. ",        "case ",  "Case ",
    "CASE ", "bo\xc3\xaete ", "Bo\xc3\xaete ", "boite ", "Boite "
  };
  if (k == 1 || k == 2)
    return c;
  for (guint i = k == 0 ? 0 : 3; i < (k == 0 ? 3 : G_N_ELEMENTS(before)); i++) {
    gsize bl = strlen(before[i]);
    if ((gsize)(c - text) >= bl && memcmp(c - bl, before[i], bl) == 0 &&
        (c - bl == text || !cv_is_alnum_ascii(c[-(gssize)bl - 1])))
      return c - bl;
  }
  return NULL;
}

/* Is the post office box at @b an organisation's: a word of a public body
 * or a firm before it on its line or the line above ("Revenu Québec, C.P.
 * 3000", "Ministère de la Justice\nC.P. 1200")? */
static gboolean
po_box_of_body(const char *text, const char *b)
{
  static const char *const bodies[] = {
    "ministere",    "ministry",   "gouvernement", "government", "direction",
    "revenu",       "regie",      "agence",       "agency",     "societe",
    "secretariat",  "commission", "bureau",       "office",     "service",
    "services",     "department", "inc",          "ltee",       "ltd",
    "cisss",        "ciusss",     "tribunal",     "cour",       "court",
    "universite",   "university", "college",      "cegep",      "ville",
    "municipalite", "city",       "caisse",       "banque",     "bank"
  };
  /* (the line above counts for a box opening its line; a sentence's end
   * closes the search: "… forwarded to the right department. The driver
   * … of C.P. 75, Magog") */
  const char *a = b, *ls = b;
  while (ls > text && (ls[-1] == ' ' || ls[-1] == '\t'))
    ls--;
  int lines = ls == text || ls[-1] == '\n' ? 0 : 1;
  while (a > text && b - a < 120) {
    if (a[-1] == '\n' && ++lines > 1)
      break;
    if (a[-1] == ' ' && a - text >= 6 && a[-2] == '.' &&
        g_ascii_islower(a[-3]) && g_ascii_islower(a[-4]) &&
        g_ascii_islower(a[-5]) && g_ascii_islower(a[-6]))
      break;
    a--;
  }
  while (a < b) {
    while (a < b && !cv_is_alpha_ascii(*a) && (guint8)*a < 0x80)
      a++;
    const char *w = a;
    while (a < b && (cv_is_alpha_ascii(*a) || (guint8)*a >= 0x80))
      a++;
    char f[16];
    /* (a compound's part is no body: "succ. Centre-ville", "Bureau-chef") */
    gsize fn = a - w < 16 && !(w > text && w[-1] == '-') && !(a < b && *a == '-')
                   ? cv_fold(w, a, f, sizeof f)
                   : 0;
    if (fn && cv_folded_in(f, fn, bodies, G_N_ELEMENTS(bodies)))
      return TRUE;
  }
  return FALSE;
}

/* The post office of a box, written after its number, which Canada Post
 * puts on the box's line: ", succ. Bureau-chef", " STN A", ", Station
 * Main", " succursale Place-d'Armes".  Returns its end, @q when there is
 * none. */
static const char *
po_box_station(const char *q, const char *end)
{
  static const char *const words[] = { "succ", "succursale", "stn", "station" };
  const char *p = q;
  if (p < end && *p == ',')
    p++;
  if (p >= end || *p != ' ')
    return q;
  p++;
  Word w;
  if (!cv_word_at(p, end, &w) || !cv_word_in(&w, words, G_N_ELEMENTS(words)))
    return q;
  const char *v = w.e;
  if (v < end && *v == '.')
    v++;
  if (v >= end || *v != ' ')
    return q;
  v++;
  /* one word, capitalised or a letter ("A"), hyphens and apostrophes
   * inside ("Bureau-chef", "Place-d'Armes") */
  gsize cl;
  gboolean up = FALSE;
  if (!cv_letter_at(v, end, &cl, &up) || !up)
    return q;
  const char *e = v;
  while (e < end && (cv_is_alnum_ascii(*e) || (guint8)*e >= 0x80 ||
                     ((*e == '-' || *e == '\'') && e + 1 < end &&
                      (cv_is_alpha_ascii(e[1]) || (guint8)e[1] >= 0x80))))
    e++;
  return e - v <= 32 ? e : q;
}

/* The post office boxes themselves: where a person's mail goes, an
 * address ("CP 5351, Saint-Georges", "Contact: P.O. Box 8609"), unless a
 * body's.  After the address tails: the places after a box stay, as a
 * Canadian street address's city does. */
/* ---- the parties of a style of cause ------------------------------------ */

/* A party's words (name_words(), whole, four at most): their end, or
 * NULL. */
static const char *
party_words(const char *p, const char *end)
{
  const char *e;
  if (!name_words(p, end, 4, TRUE, &e))
    return NULL;
  return (cv_cls[(guint8)e[-1]] & (CV_C_UPPER | CV_C_LOWER | CV_C_HIGH)) ? e
                                                                         : NULL;
}

/* Is [@ls, @le) a party's line: its name alone, or a comma after it? */
static const char *
party_line(const char *ls, const char *le)
{
  const char *s = cv_skip_hspace(ls, le);
  const char *e = party_words(s, le);
  if (!e)
    return NULL;
  const char *t = e;
  if (t < le && (*t == ',' || *t == ';'))
    t++;
  while (t < le && (*t == ' ' || *t == '\r'))
    t++;
  return t == le ? e : NULL;
}

/* Is the line a party's role under its name ("Partie demanderesse
 * (locateur)", "Demanderesse", "Plaintiff", "Intimé")? */
static gboolean
party_role_line(const char *ls, const char *le)
{
  static const char *const roles[] = {
    "partie",    "demandeur",  "demanderesse", "defendeur", "defenderesse",
    "plaintiff", "defendant",  "appelant",     "appelante", "appellant",
    "intime",    "intimee",    "respondent",   "requerant", "requerante",
    "applicant", "petitioner", "accuse",       "accusee",   "mis",
    "mise",      "locateur",   "locatrice",    "locataire", "debiteur",
    "debitrice", "creancier",  "creanciere",   "plaignant", "plaignante"
  };
  Word w;
  const char *s = cv_skip_hspace(ls, le);
  if (s < le && *s == '(')
    s++;
  return cv_word_at(s, le, &w) && cv_word_in(&w, roles, G_N_ELEMENTS(roles));
}

/* The parties of a style of cause, persons unless an organisation's or the
 * Crown's words: on one line ("ZUO c. CORBEAU", "Tremblay v. Gagnon, 2019
 * QCCA 12") or stacked around a line "c." ("DÉMERISE BUFFET" / "Partie
 * demanderesse (locateur)" / "c." / "CLODOMIR MARCHAND" / "Partie
 * défenderesse"). */
static void
cause_parties(CvScan *scan)
{
  const char *text = scan->text, *end = text + scan->len;
  /* (from the dots: " c. ", " v. ", " vs. ") */
  const GArray *dots = cv_scan_marks(scan, CV_MARK_DOT);
  for (guint di = 0; di < dots->len; di++) {
    const char *o = text + g_array_index(dots, guint32, di), *x;
    if (end - o < 2 || o[1] != ' ' || o - text < 3)
      continue;
    if ((o[-1] == 'c' || o[-1] == 'v') && o[-2] == ' ')
      x = o - 2;
    else if (o[-1] == 's' && o[-2] == 'v' && o - text >= 4 && o[-3] == ' ')
      x = o - 3;
    else
      continue;
    /* the left party: its capitalised words back from the separator
     * (particles between them), not past a line or a word in lower case */
    const char *b = x, *start = NULL;
    for (int words = 0; words < 6; words++) {
      const char *ws = b;
      while (ws > text && (cv_is_alpha_ascii(ws[-1]) || (guint8)ws[-1] >= 0x80 ||
                           ws[-1] == '-' || ws[-1] == '\''))
        ws--;
      Word w;
      if (ws == b || !cv_word_at(ws, b, &w) || w.e != b ||
          !(w.cap || cv_is_particle_word(&w)))
        break;
      start = ws;
      if (ws - text < 2 || ws[-1] != ' ')
        break;
      b = ws - 1;
    }
    while (start && start < x) {
      Word w; /* (not from a particle: "affaire de Roy c. Gagnon") */
      if (!cv_word_at(start, x, &w) || w.cap)
        break;
      start = w.e < x ? w.e + 1 : NULL;
    }
    if (!start)
      continue;
    const char *r = o + 2; /* the right party */
    const char *re = party_words(r, end);
    if (party_words(start, x) != x || !re)
      continue;
    /* (the right party ends its clause: a line's end, a comma, a bracket,
     * a citation's year) */
    if (re < end && !(*re == '\n' || *re == '\r' || *re == ',' || *re == '(' ||
                      *re == ';' || *re == '.' ||
                      (*re == ' ' && re + 1 < end &&
                       (cv_is_digit(re[1]) || re[1] == '(' || re[1] == '['))))
      continue;
    cv_add_name(scan, start, x, 0.8f, "name-cause");
    cv_add_name(scan, r, re, 0.8f, "name-cause");
  }
  /* stacked: a line "c." between the parties */
  const GArray *lines = cv_scan_lines(scan);
  for (guint li = 1; li + 1 < lines->len; li++) {
    const char *ls, *le;
    cv_line_of(scan, lines, li, &ls, &le);
    const char *s = cv_skip_hspace(ls, le), *e = le;
    while (e > s && (e[-1] == ' ' || e[-1] == '\r'))
      e--;
    if (!(e - s == 2 &&
          (s[0] == 'c' || s[0] == 'C' || s[0] == 'v' || s[0] == 'V') &&
          s[1] == '.'))
      continue;
    for (int dir = -1; dir <= 1; dir += 2) {
      /* the party's line, past a blank line and its role's line */
      gint j = (gint)li;
      for (int step = 0; step < 4; step++) {
        j += dir;
        if (j < 0 || (guint)j >= lines->len)
          break;
        const char *as, *ae;
        cv_line_of(scan, lines, (guint)j, &as, &ae);
        if (cv_skip_hspace(as, ae) >= ae || party_role_line(as, ae))
          continue;
        const char *pe = party_line(as, ae);
        if (pe)
          cv_add_name(scan, cv_skip_hspace(as, ae), pe, 0.8f, "name-cause");
        break;
      }
    }
  }
}

/* ---- the answer to a question for a name --------------------------------- */

/* The words of a line asking for a name ("Your name please?", "Quel est
 * votre nom ?", "Who am I speaking with?", "À qui ai-je l'honneur ?"). */
static gboolean
asks_name(const char *ls, const char *le)
{
  static const char *const asks[] = { "name",     "nom",      "prenom",
                                      "names",    "noms",     "honneur",
                                      "speaking", "appareil", "surname" };
  /* (a person's: "the name of the street?", "le nom du programme ?" are
   * not) */
  static const char *const whose[] = { "your", "votre",  "vos",    "ton",
                                       "his",  "her",    "their",  "son",
                                       "sa",   "leur",   "last",   "first",
                                       "full", "family", "given",  "who",
                                       "qui",  "prenom", "surname" };
  /* (cheap first: "nom", "name", "honneur", "speaking", "appareil" in the
   * line's bytes) */
  gboolean maybe = FALSE;
  for (const char *q = ls; q + 3 <= le && !maybe; q++)
    maybe = ((q[0] | 0x20) == 'n' &&
             ((q[1] | 0x20) == 'o' || (q[1] | 0x20) == 'a') &&
             (q[2] | 0x20) == 'm') ||
            (le - q >= 7 &&
             (memcmp(q, "honneur", 7) == 0 || memcmp(q, "peaking", 7) == 0 ||
              memcmp(q, "ppareil", 7) == 0));
  if (!maybe)
    return FALSE;
  gboolean ask = FALSE, who = FALSE;
  for (const char *q = ls; q < le;) {
    Word w;
    while (q < le && !cv_is_alpha_ascii(*q) && (guint8)*q < 0xc3)
      q++;
    if (q >= le || !cv_word_at(q, le, &w))
      break;
    ask = ask || cv_word_in(&w, asks, G_N_ELEMENTS(asks));
    who = who || cv_word_in(&w, whose, G_N_ELEMENTS(whose));
    q = w.e > q ? w.e : q + 1;
  }
  return ask && who;
}

/* After a line asking for a name, the next turn's name: past its
 * speaker's tag ("CALLER:", "R.", "A:", "- ") and an opening ("It's",
 * "C'est", "Oui, c'est", "This is"), one to four capitalised words
 * ending the turn or its sentence ("CALLER: Clodomir Tisserand."). */
static void
name_answers(CvScan *scan)
{
  const char *text = scan->text, *end = text + scan->len;
  static const char *const opens[] = { "It's ",
                                       "It is ",
                                       "C'est ",
                                       "Oui, c'est ",
                                       "Yes, it's ",
                                       "This is ",
                                       "Moi, c'est ",
                                       "Moi c'est ",
                                       "C\xe2\x80\x99"
                                       "est " };
  for (const char *qm = memchr(text, '?', scan->len); qm;
       qm = qm + 1 < end ? memchr(qm + 1, '?', (gsize)(end - qm - 1)) : NULL) {
    const char *ls = qm;
    while (ls > text && ls[-1] != '\n' && qm - ls < 200)
      ls--;
    const char *le = cv_line_end(qm, end);
    if (le >= end || !asks_name(ls, qm))
      continue;
    /* the next line that holds something */
    const char *p = le + 1;
    while (p < end && (*p == '\n' || *p == '\r' || *p == ' '))
      p++;
    const char *ae = cv_line_end(p, end);
    /* the speaker's tag: a short run of letters and blanks then ':' */
    const char *c = p;
    while (c < ae && c - p < 24 &&
           (cv_is_alpha_ascii(*c) || *c == ' ' || (guint8)*c >= 0x80 || *c == '.'))
      c++;
    if (c < ae && *c == ':' && c > p)
      p = cv_skip_hspace(c + 1, ae);
    else if (ae - p >= 3 && (p[0] == 'R' || p[0] == 'A') && p[1] == '.' &&
             p[2] == ' ')
      p += 3;
    else if (ae - p >= 2 && p[0] == '-' && p[1] == ' ')
      p += 2;
    for (gsize k = 0; k < G_N_ELEMENTS(opens); k++) {
      gsize n = strlen(opens[k]);
      if ((gsize)(ae - p) > n && g_ascii_strncasecmp(p, opens[k], n) == 0) {
        p += n;
        break;
      }
    }
    const char *ne = party_words(p, ae);
    if (!ne)
      continue;
    const char *t = ne;
    if (!(t == ae || *t == '.' || *t == ',' || *t == '!' || *t == '\r' ||
          (ae - t >= 9 && memcmp(t, " speaking", 9) == 0) ||
          (ae - t >= 5 && memcmp(t, " here", 5) == 0)))
      continue;
    cv_add_name(scan, p, ne, 0.8f, "name-answer");
  }
}

/* A rural route alone, an address's word before it: "Votre adresse est
 * toujours le RR 5 ?", "address: \"RR 1\"" (not a nurse's "RR 18", a
 * respiratory rate). */
static void
rural_route_at(CvScan *scan, const char *r, const char *d)
{
  const char *text = scan->text, *end = text + scan->len, *q = d;
  while (q < end && cv_is_digit(*q) && q - d < 3)
    q++;
  if (q == d || q - d > 2 || (q < end && cv_is_alnum_ascii(*q)) ||
      cv_alnum_before(text, r))
    return;
  /* (or alone on its line in a mailing label, the province on the next:
   * "MR JUHA KINNUNEN\nRR 3\nRIVIÈRE-DU-LOUP QC  G5R 1A1") */
  const char *le = cv_line_end(q, end);
  gboolean label = FALSE;
  if ((r == text || r[-1] == '\n') && le < end &&
      cv_skip_hspace(q, le) >= le - (le > q && le[-1] == '\r')) {
    const char *ne = cv_line_end(le + 1, end);
    const char *w = le + 1;
    for (int k = 0; k < 8 && w < ne && !label; k++) {
      Word pw;
      w = cv_skip_hspace(w, ne);
      if (!cv_word_at(w, ne, &pw) || pw.e > ne)
        break;
      label = cv_province_word(&pw);
      w = pw.e;
      while (w < ne && !cv_is_alnum_ascii(*w) && (guint8)*w < 0xc3)
        w++;
    }
  }
  /* (or a place after its comma, no number after the place: "domicilié
   * au RR 2, Cowansville (Québec)"; not "RR 12, Sat 98 %") */
  Word pw;
  if (!label && end - q > 4 && q[0] == ',' && q[1] == ' ' && q - d == 1 &&
      cv_word_at(q + 2, end, &pw) && pw.cap && !pw.upper && pw.fn >= 3 &&
      !(pw.cats & ~(guint32)(CV_CTX_STOPNAME | CV_CTX_GAZFIRST |
                             CV_CTX_GAZLAST | CV_CTX_PROVINCE))) {
    const char *z = cv_skip_hspace(pw.e, end);
    label = !(z < end && cv_is_digit(*z));
  }
  if (!label && cv_ctx_dist_before(scan, (gsize)(r - text), 48,
                                   CV_CTX_ADDRLABEL) == G_MAXSIZE)
    return;
  cv_scan_add(scan, CV_PII_ADDRESS, (gsize)(r - text), (gsize)(q - text), 0.75f,
              "rural-route");
}

static void
rural_routes(CvScan *scan)
{
  const char *text = scan->text, *end = text + scan->len;
  /* "RR 5" among the capitalised words, "R.R. 2" among the dots */
  const guint32 key = cv_word_key("rr", 2);
  const guint32 *cw = (const guint32 *)scan->capwords->data;
  guint n = scan->capwords->len / 2;
  for (guint i = 0; i < n; i++) {
    const char *r = text + cw[2 * i];
    if (cw[2 * i + 1] == key && end - r >= 4 && r[0] == 'R' && r[1] == 'R' &&
        r[2] == ' ')
      rural_route_at(scan, r, r + 3);
  }
  const GArray *dots = cv_scan_marks(scan, CV_MARK_DOT);
  for (guint di = 0; di < dots->len; di++) {
    const char *o = text + g_array_index(dots, guint32, di);
    if (o - text >= 1 && end - o >= 5 && o[-1] == 'R' && o[1] == 'R' &&
        o[2] == '.' && o[3] == ' ')
      rural_route_at(scan, o - 1, o + 4);
  }
}

static void
po_box_at(CvScan *scan, const CvCue *cue)
{
  const char *text = scan->text, *end = text + scan->len;
  const char *c = text + cue->off, *p;
  const char *q = po_box_digits(text, end, cue, &p);
  if (q == p || q - p > 6 || (q - p < 3 && cue->index == CV_CUE_BOX + 2) ||
      (q < end && cv_is_alnum_ascii(*q)))
    return; /* ("CP" before fewer than three digits: "le CP 5") */
  const char *b = po_box_start(text, c, cue->index - CV_CUE_BOX);
  if (!b || po_box_of_body(text, b))
    return;
  cv_scan_add(scan, CV_PII_ADDRESS, (gsize)(b - text),
              (gsize)(po_box_station(q, end) - text), 0.8f, "po-box");
}

static void
po_boxes(CvScan *scan)
{
  const char *text = scan->text, *end = text + scan->len;
  const GArray *found = cv_scan_cues(scan);
  CvCue cue;
  for (guint i = 0; cv_cue_next(found, &i, CV_CUE_BOX, CV_CUE_CLAUSE, &cue);)
    po_box_at(scan, &cue);
  /* in capitals, as a mailing label prints it ("P.O. BOX 578"): among the
   * capitalised words, the cue "Box "'s length */
  const guint32 key = cv_word_key("box", 3);
  const guint32 *cw = (const guint32 *)scan->capwords->data;
  guint n = scan->capwords->len / 2;
  for (guint i = 0; i < n; i++) {
    const char *r = text + cw[2 * i];
    if (cw[2 * i + 1] != key || end - r < 5 || memcmp(r, "BOX ", 4) != 0)
      continue;
    CvCue bc = { (gsize)(r - text), CV_CUE_BOX };
    po_box_at(scan, &bc);
  }
}

/* The end of an address's value after its label: the line's, a cell's
 * (TAB, '|', ';', a column gap), a bracket ("Tehran 19687 (Iran)") or a
 * sentence's (". " then a capital after a word of five letters or more, a
 * digit or a bracket, not after "Kh." or "Brgy."); NULL past @lim. */
static const char *
address_value_end(const char *v, const char *end, const char *lim)
{
  const char *q = v;
  for (; q < end && q < lim; q++) {
    char ch = *q;
    if (ch == '\n' || ch == '\r' || ch == '\t' || ch == '|' || ch == ';' ||
        ch == '(' || (ch == ' ' && q + 1 < end && q[1] == ' '))
      return q;
    if (ch == '.' && (q + 1 >= end || q[1] == '\n' || q[1] == '\r'))
      return q;
    /* a dash between blanks: "…, Amos J2X 8K1 — depuis 2018" */
    if (ch == ' ' && end - q >= 5 && (guint8)q[1] == 0xE2 &&
        (guint8)q[2] == 0x80 &&
        ((guint8)q[3] == 0x94 || (guint8)q[3] == 0x93) && q[4] == ' ')
      return q;
    if (ch == '.' && q + 2 < end && q[1] == ' ') {
      gsize cl;
      gboolean up = FALSE;
      if (!cv_letter_at(q + 2, end, &cl, &up) || !up)
        continue;
      const char *w = q;
      while (w > v && (cv_is_alpha_ascii(w[-1]) || (guint8)w[-1] >= 0x80 ||
                       w[-1] == '-' || w[-1] == '\''))
        w--;
      if (q - w >= 5 || q[-1] == ')' || cv_is_digit(q[-1]))
        return q;
    }
  }
  return q >= end ? q : NULL;
}

/* Is the value [@v, @fe) a Canadian address the address scanner read: no
 * digit after its street but a Canadian postal code's ("4939 boulevard
 * Crémazie Est, Bois-des-Filion H7G 1K1"; not "88 Banchero St., Brgy.
 * Poblacion, Cebu City 6000")? */
static gboolean
ca_value(const CvScan *scan, const char *v, const char *fe)
{
  const char *text = scan->text;
  const guint32 *iv =
      ca_address_overlap(scan, (gsize)(v - text), (gsize)(fe - text));
  if (!iv)
    return FALSE;
  for (const char *q = text + iv[1]; q < fe; q++) {
    if (!cv_is_digit(*q))
      continue;
    /* (a postal code's digit: "H7G 1K1") */
    gboolean after = q < text + 2 || cv_is_alpha_ascii(q[-1]) ||
                     ((q[-1] == ' ' || q[-1] == '-') && cv_is_alpha_ascii(q[-2]));
    if (!after ||
        (q + 1 < fe && !cv_is_alpha_ascii(q[1]) && q[1] != ' ' && q[1] != '-'))
      return FALSE;
  }
  return TRUE;
}

/* After an address's label, a value of any shape up to the field's end:
 * "Adresse précédente ....... 88 Banchero St., Brgy. Poblacion, Cebu City
 * 6000, Philippines", "Address in the home country: No. 27, Kuche Nasim,
 * Kh. Valiasr, Tehran 19687 (Iran).", "Previous address => Cité des 200
 * logements, bât. B no 14, Oran 31000".  The value holds a number and
 * opens with a digit or a capital; a country after its last comma stays,
 * and so does a Canadian address's city (the address scanner read it);
 * "Adresse IP", "voir le dossier 12" and "same as above" stay. */
static void
address_label_values(CvScan *scan)
{
  /* (the words of other addresses, before or after the label) */
  static const char *const other[] = {
    "ip",        "courriel",  "electronique", "email",    "e-mail",  "mail",
    "web",       "url",       "mac",          "internet", "server",  "serveur",
    "listen",    "bind",      "memory",       "memoire",  "base",    "host",
    "proxy",     "gateway",   "network",      "reseau",   "bitcoin", "wallet",
    "ipv4",      "ipv6",      "hardware",     "ethernet", "local",   "remote",
    "multicast", "broadcast", "virtual",      "physique", "logique", "symbolic"
  };
  const char *text = scan->text, *end = text + scan->len;
  const CvCtxHit *h = (const CvCtxHit *)scan->hits->data;
  for (guint i = 0; i < scan->hits->len; i++) {
    if (!(h[i].cats & CV_CTX_ADDRLABEL))
      continue;
    char f[CV_REDACT_MAX_WORD];
    gsize fn = cv_fold(text + h[i].start, text + h[i].end, f, sizeof f);
    if (!(fn >= 3 &&
          (memcmp(f, "adr", 3) == 0 || (fn >= 4 && memcmp(f, "addr", 4) == 0) ||
           (fn == 8 && memcmp(f, "domicile", 8) == 0))) ||
        (h[i].start > 0 &&
         (text[h[i].start - 1] == '-' || text[h[i].start - 1] == '#')))
      continue; /* (not "#soutien-domicile") */
    {
      const char *be = text + h[i].start;
      while (be > text && be[-1] == ' ')
        be--;
      const char *bs = be;
      while (bs > text && be - bs < 16 &&
             (cv_is_alpha_ascii(bs[-1]) || bs[-1] == '-'))
        bs--;
      fn = bs < be ? cv_fold(bs, be, f, sizeof f) : 0;
      if (fn && cv_folded_in(f, fn, other, G_N_ELEMENTS(other)))
        continue; /* "IP address:", "Server address:" */
    }
    /* its qualifiers ("précédente", "in the home country", "dans le pays
     * d'origine"), then the separator */
    const char *p = text + h[i].end, *lab = p;
    gboolean ok = FALSE;
    for (int words = 0; words <= 6 && p < end && p - lab < 48;) {
      while (p < end && *p == ' ')
        p++;
      if (p >= end)
        break;
      if (*p == ':' || *p == '=' || *p == '\t' ||
          (*p == '-' && p + 1 < end && p[1] == '>') ||
          (*p == '.' && p + 1 < end && p[1] == '.')) {
        ok = TRUE;
        break;
      }
      const char *w = p;
      while (p < end &&
             (cv_is_alpha_ascii(*p) || (guint8)*p >= 0x80 || *p == '\'' ||
              (*p == '-' && p + 1 < end && cv_is_alpha_ascii(p[1]))))
        p++;
      if (p == w || p - w >= (gssize)sizeof f)
        break;
      fn = cv_fold(w, p, f, sizeof f);
      if (fn == 0 || cv_folded_in(f, fn, other, G_N_ELEMENTS(other)))
        break;
      words++;
    }
    if (!ok)
      continue;
    while (p < end && (*p == ':' || *p == '=' || *p == '>' || *p == '-' ||
                       *p == '.' || *p == ' ' || *p == '\t'))
      p++;
    const char *v = p;
    gsize cl;
    gboolean up = FALSE;
    Word vw;
    if (v >= end || !(cv_is_digit(*v) || (cv_letter_at(v, end, &cl, &up) && up) ||
                      (cv_word_at(v, end, &vw) &&
                       ((vw.cats & CV_CTX_STREET_FR) ||
                        word_in(vw.f, vw.fn, street_types_first,
                                G_N_ELEMENTS(street_types_first))))))
      continue; /* (a capital, a digit or a street's type: "rue du Liban") */
    const char *fe = address_value_end(v, end, v + 160);
    if (!fe)
      continue;
    if (v[-1] == '=')
      fe = form_pair_end(v, fe);
    if (fe < end && (*fe == '\n' || *fe == '\r')) {
      /* the postcode and city on the next line: "Col. Centro" /
       * "44349 Guadalajara" */
      const char *nx = fe;
      while (nx < end && (*nx == '\n' || *nx == '\r') && nx - fe < 2)
        nx++;
      nx = skip_sp(nx, end);
      const char *pc =
          nx < end && cv_is_digit(*nx) ? postcode_city_at(nx, end) : NULL;
      if (pc && pc - v < 200 && field_ends(pc, end))
        fe = pc;
    }
    /* (another identifier's label ends it: ". Cellulaire : ...") */
    gsize ld = cv_ctx_dist_after(scan, (gsize)(v - text), (gsize)(fe - v),
                                 cv_pii_ctx_mask & ~CV_CTX_ADDRLABEL);
    if (ld < (gsize)(fe - v))
      fe = v + ld;
    while (fe > v && (fe[-1] == ' ' || fe[-1] == ',' || fe[-1] == '.'))
      fe--;
    /* a country after the last comma stays (not a district: "Col.
     * Centro", "Brgy. Malate", "Phường 10") */
    for (const char *c = fe; c > v; c--) {
      if (c[-1] != ',')
        continue;
      const char *t = c;
      while (t < fe && !cv_is_digit(*t) && *t != '.')
        t++;
      if (t == fe && fe - c <= 32)
        fe = c - 1;
      break;
    }
    const char *d = v;
    while (d < fe && !cv_is_digit(*d))
      d++;
    /* (a word of three letters at least: a street's or a place's, not
     * "0.0.0.0:8080" nor "1A1zP1eP5QGefi2DMP") */
    gboolean word = FALSE;
    for (const char *x = v; x < fe && !word;) {
      const char *ws = x;
      while (x < fe && (cv_is_alpha_ascii(*x) || (guint8)*x >= 0x80))
        x++;
      word = x - ws >= 3 && (ws == v || !cv_is_alnum_ascii(ws[-1])) &&
             (x == fe || !cv_is_alnum_ascii(*x));
      if (x == ws)
        x++;
    }
    if (d == fe || !word || memchr(v, '@', (gsize)(fe - v)) ||
        ca_value(scan, v, fe) ||
        cv_ctx_dist_after(scan, (gsize)(v - text), (gsize)(fe - v), CV_CTX_NEG) <
            (gsize)(fe - v))
      continue;
    cv_scan_add(scan, CV_PII_ADDRESS, (gsize)(v - text), (gsize)(fe - text),
                0.75f, "address-label-value");
  }
}

static void
po_box_places(CvScan *scan)
{
  const char *text = scan->text, *end = text + scan->len;
  GArray *add = g_array_new(FALSE, FALSE, sizeof(guint32));
  const GArray *found = cv_scan_cues(scan);
  CvCue cue;
  for (guint i = 0; cv_cue_next(found, &i, CV_CUE_BOX, CV_CUE_CLAUSE, &cue);) {
    const char *p;
    const char *q = po_box_digits(text, end, &cue, &p);
    if (q == p)
      continue;
    for (int part = 0; part < 3 && q + 2 < end && *q == ',' && q[1] == ' ';
         part++) {
      const char *v = q + 2, *e = v;
      while (e < end && e - v < 40 && *e != ',' && *e != '\n' && *e != '(')
        e++;
      if (e == v || !(cv_cls[(guint8)*v] & CV_C_UPPER))
        break;
      /* (a postal code ends the places: "Gatineau QC J8X 3Y9") */
      const char *x = v;
      while (x < e && !cv_is_digit(*x))
        x++;
      while (x > v && x[-1] == ' ')
        x--;
      if (x > v) {
        guint32 pr[2] = { (guint32)(v - text), (guint32)(x - text) };
        g_array_append_vals(add, pr, 2);
      }
      if (x < e)
        break;
      q = e;
    }
  }
  cv_scan_keep_add_all(scan, add);
  g_array_free(add, TRUE);
}

/* A capital letter standing alone at @p (ASCII or accented, "É"): its
 * length, else 0. */
static gsize
spelled_letter(const char *p, const char *end)
{
  gsize cl;
  gboolean up = FALSE;
  if (!cv_letter_at(p, end, &cl, &up) || !up || cl > 2)
    return 0;
  const char *e = p + cl;
  if (e < end &&
      (cv_is_alnum_ascii(*e) || (guint8)*e >= 0x80 || *e == '.' || *e == '\''))
    return 0;
  return cl;
}

/* A name spelled out letter by letter after a question of spelling ("Can
 * you spell the last name?" then "C A U C H O N, like it sounds",
 * "épeler le nom" then "L I N D O R"): four capitals or more, one space
 * between them, with the question's word in the 300 bytes before.  From
 * the capitalised words of the one read of the text (a letter alone is
 * one). */
static void
spelled_names(CvScan *scan)
{
  static const char *const cues[] = { "peler", "pelez", "spell", "Spell" };
  /* (right before the letters: "the first name is S T É V E N S") */
  static const char *const near[] = { "name is ", "nom, c'est ", "nom c'est ",
                                      "nom est " };
  const char *text = scan->text, *end = text + scan->len;
  const guint32 *cw = (const guint32 *)scan->capwords->data;
  guint n = scan->capwords->len / 2;
  for (guint i = 0; i + 3 < n; i++) {
    const char *p = text + cw[2 * i];
    gsize l0 = spelled_letter(p, end);
    if (!l0 || p + 7 > end || cw[2 * i + 2] != cw[2 * i] + l0 + 1 ||
        (p > text && cv_is_alnum_ascii(p[-1])))
      continue;
    /* the run of capitals, one blank between them ("S T É V E N S") */
    guint j = i;
    gsize lj = l0;
    while (j + 1 < n && cw[2 * j + 2] == cw[2 * j] + lj + 1) {
      gsize ln = spelled_letter(text + cw[2 * j + 2], end);
      if (!ln)
        break;
      j++;
      lj = ln;
    }
    /* (j: the run's last letter) */
    const char *q = text + cw[2 * j];
    if (j - i < 3) {
      i = j;
      continue;
    }
    const char *b = p - text > 300 ? p - 300 : text;
    gboolean cue = FALSE;
    for (gsize k = 0; k < G_N_ELEMENTS(cues) && !cue; k++)
      cue = memmem(b, (gsize)(p - b), cues[k], 5) != NULL;
    for (gsize k = 0; k < G_N_ELEMENTS(near) && !cue; k++) {
      gsize nl = strlen(near[k]);
      cue = (gsize)(p - text) >= nl && memcmp(p - nl, near[k], nl) == 0;
    }
    if (cue)
      cv_scan_add(scan, CV_PII_PERSON, (gsize)(p - text),
                  (gsize)(q + lj - text), 0.75f, "name-spelled");
    i = j;
  }
}

/* Who a call goes to, between the call's word and the number: "Appel
 * Lua (579) 600-8450", "Call Bronwen +1 819 442 4544", "Rappel Qiaoling
 * 438 403-1236": one or two capitalised words that may be a name. */
static void
call_names(CvScan *scan)
{
  static const char *const calls[] = { "appel",    "call",    "rappel",
                                       "rappeler", "appeler", "callback" };
  const char *text = scan->text;
  guint n = scan->cands->len;
  for (guint i = 0; i < n; i++) {
    CvSpan sp = g_array_index(scan->cands, CvSpan, i);
    if (sp.type != CV_PII_PHONE || sp.start < 8 || text[sp.start - 1] != ' ')
      continue;
    const char *b = text + sp.start - 1, *ns = NULL;
    for (int k = 0; k < 3; k++) {
      const char *a = b;
      while (a > text && b - a < 32 &&
             (cv_is_alpha_ascii(a[-1]) || (guint8)a[-1] >= 0x80 || a[-1] == '-'))
        a--;
      Word w;
      if (a == b || !cv_word_at(a, b, &w) || w.e != b || w.s != a)
        break;
      if (cv_word_in(&w, calls, G_N_ELEMENTS(calls))) {
        if (k > 0 && w.cap)
          cv_add_name(scan, ns, text + sp.start - 1, 0.75f, "name-call");
        break;
      }
      /* (a name of the lists: not "Call Hydro 514 385-7252") */
      if (k == 2 || !w.cap || w.upper || w.fn < 2 || w.digit ||
          (w.cats & ~(guint32)(CV_CTX_GAZFIRST | CV_CTX_GAZLAST)) ||
          !((cv_name_model_lists(scan->model, a, b) & 3) ||
            cv_gazetteer_first(w.f, w.fn) || cv_gazetteer_last(w.f, w.fn)) ||
          a - text < 2 || a[-1] != ' ')
        break;
      ns = a;
      b = a - 1;
    }
  }
}

/* A role's line that names who holds it, in a call log's header:
 * "RÉPARTITEUR : ILUNGA", "RÉP. : MÉTELLUS", "Agent : Tremblay Roy" —
 * the role word (or its abbreviation), a colon, and one to three
 * capitalised words that end the line, each out of the dictionaries or in
 * the name lists, no context word ("AGENT : Bonjour", "Agent: OK" stay). */
static void
role_name_lines(CvScan *scan)
{
  static const char *const roles[] = {
    "repartiteur", "repartitrice", "rep",         "dispatcher",  "agent",
    "agente",      "prepose",      "preposee",    "operateur",   "operatrice",
    "operator",    "conseiller",   "conseillere", "intervenant", "intervenante",
    "redacteur",   "redactrice",   "responsable", "inspecteur",  "inspectrice",
    "enqueteur",   "enqueteuse",   "officer",     "caseworker",  "worker",
    "author",      "auteur"
  };
  const char *text = scan->text, *end = text + scan->len;
  /* (from the colons, rarer than the lines: the line's start at most 24
   * bytes before one) */
  const char *cp = text;
  const GArray *colons = cv_scan_marks(scan, CV_MARK_COLON);
  for (guint mi = 0; mi < colons->len; mi++) {
    const char *c = text + g_array_index(colons, guint32, mi);
    if (c < cp)
      continue;
    cp = c + 1;
    const char *l = c;
    while (l > text && l[-1] != '\n' && c - l <= 44)
      l--;
    if (l > text && l[-1] != '\n')
      continue;
    const char *nl = memchr(c, '\n', (gsize)(end - c));
    const char *le = nl ? nl : end;
    const char *next = nl ? nl + 1 : end;
    if (le - l >= 80) {
      cp = next;
      continue;
    }
    const char *p = time_stamp(cv_skip_hspace(l, c), c);
    Word r;
    if (!cv_word_at(p, c, &r) || !cv_word_in(&r, roles, G_N_ELEMENTS(roles))) {
      cp = next;
      continue;
    }
    const char *a = cv_inclusive_suffix(r.e, c);
    if (a < c && *a == '.')
      a++;
    /* (a complement in lower case: "Conseillère à l'adoption : Maïssa") */
    for (int k = 0; k < 3 && a < c && *a == ' '; k++) {
      const char *b = cv_skip_hspace(a, c), *z = b;
      while (z < c && ((cv_cls[(guint8)*z] & CV_C_LOWER) ||
                       (guint8)*z >= 0x80 || *z == '\''))
        z++;
      if (z == b)
        break;
      a = z;
    }
    if (cv_skip_hspace(a, c) != c) {
      cp = next;
      continue;
    }
    const char *v = cv_skip_hspace(c + 1, le), *q = v, *ve = NULL;
    int words = 0;
    gboolean ok = v < le;
    while (ok && q < le) {
      Word w;
      if (!cv_word_at(q, le, &w) || w.s != q || !w.cap || w.digit || w.fn < 3 ||
          (w.cats & ~(guint32)(CV_CTX_GAZFIRST | CV_CTX_GAZLAST)) ||
          (cv_name_model_in_dict(scan->model, w.s, w.e) &&
           !(cv_name_model_lists(scan->model, w.s, w.e) & 3))) {
        ok = FALSE;
        break;
      }
      words++;
      ve = w.e;
      q = cv_skip_hspace(w.e, le);
      if (q == w.e && q < le)
        ok = FALSE; /* a word glued to punctuation */
      else if (le - q >= 4 && (guint8)q[0] == 0xE2 && (guint8)q[1] == 0x80 &&
               (guint8)q[2] == 0x94 && q[3] == ' ')
        break; /* a dash before the time: "Wanjiru — 13h25" */
    }
    if (ok && ve && words <= 3)
      cv_add_name(scan, v, ve, 0.8f, "name-role-line");
    cp = next;
  }
}

/* Does the line at @l open with a list's bullet ("* ", "- ", "• ", "– ")?
 * Returns the byte after it and its spaces, or NULL. */
static const char *
bullet_at(const char *l, const char *le)
{
  const char *p = cv_skip_hspace(l, le);
  if (p < le && (*p == '*' || *p == '-'))
    p++;
  else if (le - p >= 3 && (guint8)p[0] == 0xE2 && (guint8)p[1] == 0x80 &&
           ((guint8)p[2] == 0xA2 || (guint8)p[2] == 0x93))
    p += 3;
  else
    return NULL;
  const char *q = cv_skip_hspace(p, le);
  return q > p ? q : NULL;
}

/* The name key of a list item ("* Ngozi: the fundraiser…", "- Adaeze :
 * la campagne…"): one or two capitalised words between the bullet and a
 * colon, each out of the dictionaries or in the name lists, no context
 * word, no place.  Returns the end of the name, or NULL. */
static const char *
bullet_name_key(const CvScan *scan, const char *l, const char *le,
                gboolean *inverted)
{
  const char *p = bullet_at(l, le);
  *inverted = FALSE;
  if (!p)
    return NULL;
  const char *q = p, *ne = NULL;
  gboolean comma = FALSE;
  for (int words = 0; q < le && words < 4; words++) {
    Word w;
    if (!cv_word_at(q, le, &w) || w.s != q || !w.cap || w.upper || w.digit)
      return NULL;
    guint lists = cv_name_model_lists(scan->model, w.s, w.e);
    /* (in an inverted name, a short name of the lists, "Li, Li Na", and a
     * month's that is a given name, "Luo, Jun") */
    guint32 allowed = CV_CTX_GAZFIRST | CV_CTX_GAZLAST |
                      (comma && (lists & 1) ? CV_CTX_MONTH | CV_CTX_STOPNAME : 0);
    if (w.fn < (comma || (lists & 3) ? 2 : 3) || (w.cats & ~allowed) ||
        cv_word_is_place(&w) || !cv_caps_like_name(w.s, w.e) ||
        (cv_name_model_in_dict(scan->model, w.s, w.e) && !(lists & 3)))
      return NULL;
    ne = w.e;
    q = w.e;
    /* an inverted name: "- Cloutier, Marc : né le", "- Luo, Jun — en
     * attente" */
    if (!comma && words == 0 && q + 1 < le && *q == ',' && q[1] == ' ') {
      comma = TRUE;
      q += 2;
      continue;
    }
    if (q < le && *q == ' ')
      q++;
    if (q < le && *q == ':') {
      *inverted = comma;
      return words < (comma ? 3 : 2) ? ne : NULL;
    }
    if (comma && le - q >= 4 && (guint8)q[0] == 0xE2 && (guint8)q[1] == 0x80 &&
        ((guint8)q[2] == 0x94 || (guint8)q[2] == 0x93) && q[3] == ' ') {
      *inverted = TRUE;
      return ne;
    }
    if (q == w.e)
      return NULL;
  }
  return NULL;
}

/* The items of a list keyed by a person's given name, a meeting's round
 * table ("* Ngozi: the fundraiser is going well." / "* Shanipiap: met
 * Nour…"): two keys at least in one run of bullet lines ("- Budget :",
 * "- Varia :" are no names). */
static void
bullet_name_lists(CvScan *scan)
{
  const char *keys[16], *kends[16];
  guint nk = 0;
  const GArray *lines = cv_scan_lines(scan);
  for (guint li = 0; li < lines->len; li++) {
    const char *l, *le;
    cv_line_of(scan, lines, li, &l, &le);
    gboolean item = le - l < 400 && bullet_at(l, le) != NULL;
    if (item && nk < G_N_ELEMENTS(keys)) {
      gboolean inverted = FALSE;
      const char *ke = bullet_name_key(scan, l, le, &inverted);
      if (ke && inverted) {
        cv_add_name(scan, bullet_at(l, le), ke, 0.8f, "name-list-key");
      } else if (ke) {
        keys[nk] = bullet_at(l, le);
        kends[nk++] = ke;
      }
    }
    if (!item) {
      /* the run ends: its keys are names if two at least */
      for (guint k = 0; nk >= 2 && k < nk; k++)
        cv_add_name(scan, keys[k], kends[k], 0.75f, "name-list-key");
      nk = 0;
    }
  }
  for (guint k = 0; nk >= 2 && k < nk; k++)
    cv_add_name(scan, keys[k], kends[k], 0.75f, "name-list-key");
}

/* The speakers of a chat exported with the name above each message,
 * then two blanks and the time ("Amine Salameh  10:57", "Ludmila K.
 * 15:38"): one to four capitalised words or initials, a gap, "h:mm",
 * the line's end; twice in the text at least. */
static void
chat_header_lines(CvScan *scan)
{
  const char *text = scan->text, *end = text + scan->len;
  const char *ns[SPEAKERS_MAX], *ne[SPEAKERS_MAX];
  guint n = 0;
  for (const char *l = text; l < end && n < SPEAKERS_MAX;) {
    const char *nl = memchr(l, '\n', (gsize)(end - l));
    const char *le = nl ? nl : end;
    const char *next = nl ? nl + 1 : end;
    const char *t = le;
    while (t > l && (t[-1] == ' ' || t[-1] == '\r'))
      t--;
    /* (a 12-hour clock's "AM"/"PM": "Houda T.  12:14 PM") */
    if (t - l > 4 && t[-3] == ' ' && (t[-1] == 'M' || t[-1] == 'm') &&
        strchr("AaPp", t[-2]) != NULL && cv_is_digit(t[-4]))
      t -= 3;
    /* the time at the end: h:mm or hh:mm */
    const char *d = t;
    while (d > l && t - d < 5 && (cv_is_digit(d[-1]) || d[-1] == ':'))
      d--;
    if (t - d < 4 || d - l < 4 || d[-1] != ' ' || d[-2] != ' ' ||
        !memchr(d, ':', (gsize)(t - d)) || t[-3] != ':') {
      l = next;
      continue;
    }
    const char *we = d - 2;
    while (we > l && we[-1] == ' ')
      we--;
    const char *l0 = l; /* (a thread's reply is indented: "    Claïka G.") */
    while (l0 < we && l0 - l < 8 && *l0 == ' ')
      l0++;
    int words = 0;
    gboolean named = FALSE;
    gboolean ok = we > l0 && cv_maybe_cap(l0, we);
    for (const char *q = l0; ok && q < we;) {
      Word w;
      if (!cv_word_at(q, we, &w) || w.s != q || !w.cap || w.digit ||
          (w.cats &
           ~(guint32)(CV_CTX_GAZFIRST | CV_CTX_GAZLAST | CV_CTX_STOPNAME))) {
        ok = FALSE;
        break;
      }
      /* (one word of a name at least: an agenda's "Pause  10:30" is none) */
      named |= w.fn > 1 && (!cv_name_model_in_dict(scan->model, w.s, w.e) ||
                            (cv_name_model_lists(scan->model, w.s, w.e) & 3));
      /* (a speaker's initials: "HT  12:14 PM") */
      named |= words == 0 && w.upper && w.fn >= 2 && w.fn <= 3 && w.e == we &&
               w.e - w.s == (gssize)w.fn;
      words++;
      q = w.e;
      if (q < we && *q == '.')
        q++;
      const char *r = cv_skip_hspace(q, we);
      if (r == q && r < we)
        ok = FALSE;
      q = r;
    }
    if (ok && named && words >= 1 && words <= 4) {
      ns[n] = l0;
      ne[n++] = we;
    }
    l = next;
  }
  if (n < 2)
    return;
  for (guint i = 0; i < n; i++) {
    cv_add_name(scan, ns[i], ne[i], 0.75f, "name-chat-header");
    /* the message under it, up to the next header: the names typed in
     * lower case in it ("lol denis is late again") */
    const char *ms = memchr(ne[i], '\n', (gsize)(end - ne[i]));
    if (!ms)
      continue;
    ms++;
    const char *stop = i + 1 < n ? ns[i + 1] : end;
    if (stop - ms > 2000)
      stop = ms + 2000;
    for (const char *l = ms; l < stop;) {
      const char *le = memchr(l, '\n', (gsize)(stop - l));
      chat_mentions(scan, l, le ? le : stop);
      l = le ? le + 1 : stop;
    }
  }
}

/* Who speaks on the phone: "bonjour, napess à l'appareil", "oui, c'est
 * Éric Roy à l'appareil": the one or two words before "à l'appareil",
 * in any case, out of the dictionaries or in the name lists. */
static void
on_the_phone(CvScan *scan)
{
  const char *text = scan->text;
  /* (the "l'appareil" and "l’appareil" opening a word are cues of the one
   * read of the text, cv_scan_cues) */
  const GArray *found = cv_scan_cues(scan);
  CvCue cue;
  for (guint fi = 0;
       cv_cue_next(found, &fi, CV_CUE_APPAREIL, CV_CUE_APPAREIL + 2, &cue);) {
    /* "à l'", "a l'", "à l’" before it */
    const char *b = text + cue.off;
    if (b - text >= 3 && b[-1] == ' ' && b[-2] == 'a')
      b -= 2;
    else if (b - text >= 4 && b[-1] == ' ' && (guint8)b[-2] == 0xA0 &&
             (guint8)b[-3] == 0xC3)
      b -= 3;
    else
      continue;
    if (b - text < 2 || b[-1] != ' ')
      continue;
    const char *ne = b - 1, *ns = ne;
    int words = 0;
    gboolean named = FALSE;
    for (; words < 2;) {
      const char *ws = ns;
      while (ws > text && ns - ws < 30 &&
             (cv_is_alpha_ascii(ws[-1]) || (guint8)ws[-1] >= 0x80 ||
              ws[-1] == '-'))
        ws--;
      Word w;
      if (ws == ns || !cv_word_at(ws, ns, &w) || w.e != ns ||
          (w.cats & ~(guint32)(CV_CTX_GAZFIRST | CV_CTX_GAZLAST)))
        break;
      gboolean dict = cv_name_model_in_dict(scan->model, w.s, w.e);
      if (dict && !(cv_name_model_lists(scan->model, w.s, w.e) & 3))
        break;
      named = TRUE;
      words++;
      ns = ws;
      if (ns - text < 2 || ns[-1] != ' ')
        break;
      const char *q = ns - 1;
      if (q > text && (q[-1] == ',' || q[-1] == '\'' || (guint8)q[-1] == 0x99))
        break;
      ns = q;
      if (words == 1 && !(cv_is_alpha_ascii(q[-1]) || (guint8)q[-1] >= 0x80))
        break;
    }
    while (ns < ne && *ns == ' ')
      ns++;
    /* (after a greeting's comma or "c'est"/"ici": "Parlez à l'appareil"
     * is an order) */
    const char *k = ns;
    while (k > text && k[-1] == ' ')
      k--;
    gboolean intro =
        k > text && (k[-1] == ',' || k[-1] == '\'' || (guint8)k[-1] == 0x99);
    if (!intro && k - text >= 3) {
      const char *kw = k;
      while (kw > text && k - kw < 8 && cv_is_alpha_ascii(kw[-1]))
        kw--;
      intro = (k - kw == 3 && g_ascii_strncasecmp(kw, "ici", 3) == 0) ||
              (k - kw == 3 && g_ascii_strncasecmp(kw, "moi", 3) == 0);
    }
    if (named && intro && ns < ne)
      cv_add_name(scan, ns, ne, 0.75f, "name-on-the-phone");
  }
}

/* The digit a folded word says ("deux", "five", "zéro", "oh"), or -1. */
static int
digit_word(const char *f, gsize fn)
{
  static const struct {
    const char *word;
    int value;
  } d[] = { { "zero", 0 },  { "oh", 0 },     { "un", 1 },   { "une", 1 },
            { "one", 1 },   { "deux", 2 },   { "two", 2 },  { "trois", 3 },
            { "three", 3 }, { "quatre", 4 }, { "four", 4 }, { "cinq", 5 },
            { "five", 5 },  { "six", 6 },    { "sept", 7 }, { "seven", 7 },
            { "huit", 8 },  { "eight", 8 },  { "neuf", 9 }, { "nine", 9 } };
  for (gsize k = 0; k < G_N_ELEMENTS(d); k++)
    if (strlen(d[k].word) == fn && memcmp(d[k].word, f, fn) == 0)
      return d[k].value;
  return -1;
}

/* A phone number spelled out in words after a phone word, as voicemails
 * are transcribed ("rappelez-moi au trois six sept six cinq zéro sept neuf
 * neuf neuf", "call me back at four five zero eight ..."): seven, ten or
 * eleven digit words in a row, within 48 bytes of the word. */
static void
spelled_phone(CvScan *scan, const CvCtxHit *h)
{
  const char *text = scan->text, *end = text + scan->len;
  const char *p = text + h->end;
  const char *lim = end - p > 48 ? p + 48 : end;
  const char *first = NULL, *last = NULL;
  int n = 0;
  while (p < end && (first || p < lim) && n <= 11) {
    while (p < end && (*p == ' ' || *p == ',' || *p == '-'))
      p++;
    Word w;
    if (p >= end || !cv_word_at(p, end, &w) || w.digit) {
      if (first)
        break;
      if (p < end && *p == '\n')
        return;
      p++;
      continue;
    }
    if (digit_word(w.f, w.fn) >= 0) {
      if (!first)
        first = p;
      last = w.e;
      n++;
    } else if (first) {
      break;
    }
    p = w.e;
  }
  if (n == 7 || n == 10 || n == 11)
    cv_scan_add(scan, CV_PII_PHONE, (gsize)(first - text), (gsize)(last - text),
                0.85f, "phone-spelled");
}

/* A phone number spelled out with no phone word before it, as a voicemail
 * is transcribed ("au cinq un quatre - quatre neuf zéro - cinq sept huit
 * trois", "five one four, five five five, ..."): seven, ten or eleven digit
 * words in a row from the digit word of hit @h (the context table marks
 * them, value 100 + digit), joined by blanks, a dash or a comma, not
 * counted in order ("un, deux, trois, quatre ...").  *@done: where the
 * last run ended. */
static void
spelled_phone_run(CvScan *scan, const CvCtxHit *h, gsize *done)
{
  const char *text = scan->text, *end = text + scan->len;
  if (h->start < *done)
    return;
  /* back to the run's first digit word ("un", "sept", "one" have no hit) */
  const char *s = text + h->start;
  for (int k = 0; k < 12; k++) {
    const char *q = s;
    while (q > text && s - q < 4 && (q[-1] == ' ' || q[-1] == '-' || q[-1] == ','))
      q--;
    const char *ws = q;
    while (ws > text && q - ws < 8 &&
           (cv_is_alpha_ascii(ws[-1]) || (guint8)ws[-1] >= 0x80))
      ws--;
    Word w;
    if (q == s || ws == q || (ws > text && cv_is_alnum_ascii(ws[-1])) ||
        !cv_word_at(ws, end, &w) || w.e != q || digit_word(w.f, w.fn) < 0)
      break;
    s = ws;
  }
  int dig[12];
  guint n = 0;
  const char *q = s, *last = s;
  while (q < end && n < G_N_ELEMENTS(dig)) {
    Word w;
    int d;
    if (!cv_word_at(q, end, &w) || w.digit || (d = digit_word(w.f, w.fn)) < 0 ||
        (n == 0 && w.fn == 2 && w.f[0] == 'o'))
      break;
    dig[n++] = d;
    last = q = w.e;
    const char *r = q;
    while (q < end && q - r < 4 && (*q == ' ' || *q == '-' || *q == ','))
      q++;
    if (q == r)
      break;
  }
  *done = (gsize)(last - text);
  gboolean counted = TRUE;
  for (guint k = 1; k < n && counted; k++)
    counted = dig[k] == dig[k - 1] + 1 || dig[k] == dig[k - 1] - 1;
  if ((n == 7 || n == 10 || n == 11) && !counted)
    cv_scan_add(scan, CV_PII_PHONE, (gsize)(s - text), *done, 0.85f,
                "phone-spelled");
}

/* Countries an address abroad ends with (folded; French and English). */
static const char *const countries[] = { "algerie",
                                         "algeria",
                                         "allemagne",
                                         "germany",
                                         "argentine",
                                         "argentina",
                                         "belgique",
                                         "belgium",
                                         "benin",
                                         "bresil",
                                         "brazil",
                                         "burkina faso",
                                         "burundi",
                                         "cameroun",
                                         "cameroon",
                                         "chili",
                                         "chile",
                                         "chine",
                                         "china",
                                         "colombie",
                                         "colombia",
                                         "coree du sud",
                                         "south korea",
                                         "cote d'ivoire",
                                         "cuba",
                                         "egypte",
                                         "egypt",
                                         "equateur",
                                         "ecuador",
                                         "espagne",
                                         "spain",
                                         "etats-unis",
                                         "united states",
                                         "usa",
                                         "ethiopie",
                                         "ethiopia",
                                         "france",
                                         "grece",
                                         "greece",
                                         "guatemala",
                                         "guinee",
                                         "guinea",
                                         "haiti",
                                         "honduras",
                                         "inde",
                                         "india",
                                         "iran",
                                         "irlande",
                                         "ireland",
                                         "italie",
                                         "italy",
                                         "japon",
                                         "japan",
                                         "liban",
                                         "lebanon",
                                         "mali",
                                         "maroc",
                                         "morocco",
                                         "mexique",
                                         "mexico",
                                         "nepal",
                                         "niger",
                                         "nigeria",
                                         "pakistan",
                                         "perou",
                                         "peru",
                                         "philippines",
                                         "pologne",
                                         "poland",
                                         "portugal",
                                         "rdc",
                                         "republique dominicaine",
                                         "dominican republic",
                                         "roumanie",
                                         "romania",
                                         "royaume-uni",
                                         "united kingdom",
                                         "uk",
                                         "russie",
                                         "russia",
                                         "rwanda",
                                         "salvador",
                                         "el salvador",
                                         "senegal",
                                         "sri lanka",
                                         "suisse",
                                         "switzerland",
                                         "syrie",
                                         "syria",
                                         "tunisie",
                                         "tunisia",
                                         "turquie",
                                         "turkey",
                                         "ukraine",
                                         "venezuela",
                                         "vietnam",
                                         "viet nam",
                                         "bangladesh",
                                         "cambodge",
                                         "cambodia",
                                         "congo",
                                         "ghana",
                                         "kenya",
                                         "madagascar",
                                         "togo",
                                         "jamaique",
                                         "jamaica",
                                         "iraq",
                                         "irak",
                                         "afghanistan",
                                         "chypre",
                                         "cyprus" };

/* Is a lower-case word of an address abroad at [w, ...) (a particle, a
 * unit, a street's type: "Cité des 200 Logements, bât. C n° 14", "Calle
 * 60 No. 491 x 57 y 59", "Route de Carrefour, impasse Delbeau #3")? */
static gboolean
abroad_word(const Word *w)
{
  static const char *const words[] = {
    "de",       "des",     "du",    "la",        "le",       "les",
    "del",      "da",      "do",    "dos",       "y",        "x",
    "e",        "bat",     "imm",   "app",       "apt",      "appt",
    "no",       "n",       "bis",   "ter",       "rue",      "av",
    "avenue",   "chemin",  "route", "impasse",   "road",     "street",
    "st",       "rd",      "ave",   "calle",     "rua",      "via",
    "piso",     "bloc",    "etage", "porte",     "lot",      "cite",
    "quartier", "secteur", "villa", "residence", "immeuble", "batiment",
    "boite",    "postale", "bp",    "cp",        "casilla",  "colonia",
    "col",      "carrera", "cra",   "sector",    "zona",     "barrio"
  };
  return w->digit || cv_word_in(w, words, G_N_ELEMENTS(words));
}

/* An address abroad in running text, told by its end — a postcode, a
 * city and a country ("… vit toujours à l'étranger : Résidence Al
 * Boustane, imm. 6, app. 11, 30050 Fès, Maroc", "moved back abroad: Cité
 * des 200 Logements, bât. C n° 14, 16050 Alger, Algérie", "No. 54/2,
 * Temple Road, 40000 Jaffna, Sri Lanka"): the segments before the
 * postcode back to a colon, a line's start or a word that is not an
 * address's; a number and an address's word (abroad_word()) among them.  The
 * address and the postcode are redacted; the city and the country stay. */
static void
abroad_addresses(CvScan *scan)
{
  const char *text = scan->text, *end = text + scan->len;
  const GArray *commas = cv_scan_marks(scan, CV_MARK_COMMA);
  for (guint mi = 0; mi < commas->len; mi++) {
    const char *m = text + g_array_index(commas, guint32, mi);
    /* cheap tests first: ", " and a digit after the comma */
    if (end - m < 12 || m - text < 6 || m[1] != ' ' || !cv_is_digit(m[2]))
      continue;
    const char *ps = m + 1;
    const char *pc = ps + 1, *pe = pc;
    int digits = 0;
    while (pe < end && (cv_is_digit(*pe) || *pe == '-') && pe - pc < 9)
      digits += cv_is_digit(*pe++);
    if (digits < 3 || digits > 7 || end - pe < 6 || *pe != ' ' ||
        !cv_cap_at(pe + 1, end))
      continue;
    /* the city, then ", " and the country */
    const char *c = pe + 1;
    while (c < end && c - pe < 40 && *c != ',' && *c != '\n')
      c++;
    if (end - c < 4 || c[0] != ',' || c[1] != ' ')
      continue;
    c += 2;
    const char *ce = c;
    while (ce < end && ce - c < 28 && *ce != ',' && *ce != '.' && *ce != '\n' &&
           *ce != ';' && *ce != '(' && *ce != ')')
      ce++;
    while (ce > c && ce[-1] == ' ')
      ce--;
    char f[32];
    gsize fn = cv_fold(c, ce, f, sizeof f);
    if (!fn || !cv_folded_in(f, fn, countries, G_N_ELEMENTS(countries)))
      continue;
    /* the segments before, from right to left */
    const char *as = ps - 1; /* the comma before the postcode */
    const char *start = NULL;
    gboolean digit = FALSE, typed = FALSE;
    for (int seg = 0; seg < 5; seg++) {
      const char *b = as;
      while (b > text && as - b < 60 && b[-1] != ',' && b[-1] != '\n' &&
             b[-1] != ':' && b[-1] != ';')
        b--;
      /* the words of the segment, right to left: stop at one that is no
       * address's (then the segment starts after it) */
      const char *q = as, *ss = as;
      gboolean stop = FALSE;
      while (q > b) {
        while (q > b &&
               (q[-1] == ' ' || q[-1] == '.' || q[-1] == '#' || q[-1] == '/' ||
                (guint8)q[-1] == 0xB0 || (guint8)q[-1] == 0xC2))
          q--;
        const char *we = q;
        while (q > b &&
               (cv_is_alnum_ascii(q[-1]) || (guint8)q[-1] >= 0x80 ||
                q[-1] == '-' || q[-1] == '\'') &&
               (guint8)q[-1] != 0xB0 && (guint8)q[-1] != 0xC2)
          q--;
        if (q == we)
          break;
        gboolean num = FALSE;
        for (const char *k = q; k < we; k++)
          num |= cv_is_digit(*k);
        Word w;
        if (!num && (!cv_word_at(q, we, &w) || (!w.cap && !abroad_word(&w)))) {
          stop = TRUE;
          break;
        }
        digit |= num;
        typed |= !num && abroad_word(&w);
        ss = q;
      }
      if (ss < as)
        start = ss;
      if (stop || b == text || b[-1] != ',' || ss > b + 1)
        break;
      as = b - 1;
    }
    /* (a number and an address's word: "En 2019, 1200 Montréalais,
     * France" is none) */
    if (!start || !digit || !typed)
      continue;
    const char *ae = ps - 1;
    cv_scan_add(scan, CV_PII_ADDRESS, (gsize)(start - text), (gsize)(ae - text),
                0.8f, "address-abroad");
    cv_scan_add(scan, CV_PII_POSTAL_CODE, (gsize)(pc - text),
                (gsize)(pe - text), 0.8f, "address-abroad");
  }
}

/* ---- values spoken out, as voicemails are transcribed ------------------- */

/* Is the folded word @f a number word ("huit", "trente-sept",
 * "soixante-dix-sept", "forty-four", "fifteenth", "premier")?  Each of
 * its parts between hyphens must be one. */
static gboolean
number_word(const char *f, gsize fn)
{
  static const char *const parts[] = {
    "zero",       "un",         "une",       "deux",      "trois",
    "quatre",     "cinq",       "six",       "sept",      "huit",
    "neuf",       "dix",        "onze",      "douze",     "treize",
    "quatorze",   "quinze",     "seize",     "vingt",     "vingts",
    "trente",     "quarante",   "cinquante", "soixante",  "cent",
    "cents",      "mille",      "premier",   "et",        "oh",
    "one",        "two",        "three",     "four",      "five",
    "seven",      "eight",      "nine",      "ten",       "eleven",
    "twelve",     "thirteen",   "fourteen",  "fifteen",   "sixteen",
    "seventeen",  "eighteen",   "nineteen",  "twenty",    "thirty",
    "forty",      "fifty",      "sixty",     "seventy",   "eighty",
    "ninety",     "hundred",    "thousand",  "first",     "second",
    "third",      "fourth",     "fifth",     "sixth",     "seventh",
    "eighth",     "ninth",      "tenth",     "eleventh",  "twelfth",
    "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth", "thirtieth"
  };
  gsize i = 0;
  while (i < fn) {
    gsize j = i;
    while (j < fn && f[j] != '-')
      j++;
    if (j == i || !cv_folded_in(f + i, j - i, parts, G_N_ELEMENTS(parts)) ||
        (j - i == 2 && memcmp(f + i, "et", 2) == 0 && (i == 0 || j == fn)))
      return FALSE;
    i = j + 1;
  }
  return fn > 0 && f[fn - 1] != '-';
}

/* The words of a transcribed voicemail after the label's word, up to a
 * word that says none of it: a SIN in nine digit words ("my sin is five
 * six five …"), a postal code letter by letter ("mon code postal c'est g
 * deux c six a trois"), a birth date in words ("le huit juin mille neuf
 * cent trente-sept", "december fifteenth nineteen ninety"), a civic
 * number in words and its street ("j'habite au soixante-dix-sept rang du
 * petit-bois", "i live at ten riverside drive"). */
static void
spoken_value(CvScan *scan, const CvCtxHit *h)
{
  static const char *const intro[] = { "c'est",
                                       "c\xe2\x80\x99"
                                       "est",
                                       "est",
                                       "is",
                                       "le",
                                       "au",
                                       "at",
                                       "code",
                                       "was",
                                       "de",
                                       "of",
                                       "number",
                                       "numero" };
  const char *text = scan->text, *end = text + scan->len;
  const char *p = text + h->end;
  /* (cheap first: a transcript is in small letters; a form's value opens
   * with a digit or a capital) */
  const char *f0 = p;
  while (f0 < end && (*f0 == ' ' || *f0 == ':'))
    f0++;
  if (f0 >= end || !g_ascii_islower(*f0))
    return;
  Word w;
  for (int k = 0; k < 4; k++) {
    while (p < end && (*p == ' ' || *p == ':'))
      p++;
    if (p >= end || !cv_word_at(p, end, &w) || w.digit ||
        !cv_word_in(&w, intro, G_N_ELEMENTS(intro)))
      break;
    p = w.e;
  }
  while (p < end && *p == ' ')
    p++;
  if (p >= end || !cv_word_at(p, end, &w) || w.digit || (w.upper && w.fn > 1))
    return;
  const char *first = p, *last = NULL;
  guint32 c = h->cats;
  if (c & CV_CTX_SIN) {
    int n = 0;
    while (p < end && n <= 9 && cv_word_at(p, end, &w) && !w.digit &&
           digit_word(w.f, w.fn) >= 0) {
      n++;
      last = w.e;
      p = w.e;
      while (p < end && (*p == ' ' || *p == ','))
        p++;
    }
    if (n == 9)
      cv_scan_add(scan, CV_PII_SIN, (gsize)(first - text), (gsize)(last - text),
                  0.85f, "sin-spoken");
    return;
  }
  if (c & CV_CTX_POSTAL) {
    int n = 0;
    while (p < end && n < 6 && cv_word_at(p, end, &w) && !w.digit) {
      gboolean ok = n % 2 == 0 ? w.fn == 1 && cv_is_alpha_ascii(*w.s)
                               : digit_word(w.f, w.fn) >= 0;
      if (!ok)
        break;
      n++;
      last = w.e;
      p = w.e;
      while (p < end && *p == ' ')
        p++;
    }
    if (n == 6)
      cv_scan_add(scan, CV_PII_POSTAL_CODE, (gsize)(first - text),
                  (gsize)(last - text), 0.85f, "postcode-spoken");
    return;
  }
  if (c & CV_CTX_DOB) {
    static const char *const ands[] = { "and", "et" };
    int nums = 0, months = 0;
    while (p < end && cv_word_at(p, end, &w) && !w.digit && !w.upper) {
      gboolean and = cv_word_in(&w, ands, G_N_ELEMENTS(ands));
      if (w.cats & CV_CTX_MONTH)
        months++;
      else if (!and&&number_word(w.f, w.fn))
        nums++;
      else if (!(and&&last))
        break;
      if (months > 1)
        break;
      if (!and)
        last = w.e;
      p = w.e;
      while (p < end && *p == ' ')
        p++;
    }
    if (months == 1 && nums >= 2 && last)
      cv_scan_add(scan, CV_PII_DOB, (gsize)(first - text), (gsize)(last - text),
                  0.85f, "dob-spoken");
    return;
  }
  if (!(c & CV_CTX_ADDRLABEL))
    return;
  /* the civic number in words, then its street */
  int nums = 0;
  while (p < end && cv_word_at(p, end, &w) && !w.digit && number_word(w.f, w.fn)) {
    nums++;
    p = w.e;
    while (p < end && *p == ' ')
      p++;
  }
  if (nums == 0 || nums > 4 || !cv_word_at(p, end, &w) || w.digit)
    return;
  const guint32 streets = CV_CTX_STREET_FR | CV_CTX_STREET_EN;
  if (w.cats & streets) {
    /* the type first: particles, one word, its side ("rue king ouest") */
    p = w.e;
    for (int k = 0; k < 4; k++) {
      Word x;
      if (p + 1 >= end || *p != ' ' || !cv_word_at(p + 1, end, &x) || x.digit)
        break;
      if (cv_is_particle_word(&x)) {
        p = x.e;
        continue;
      }
      if (x.cats & ~(CV_CTX_GAZFIRST | CV_CTX_GAZLAST | CV_CTX_STREET_FR |
                     CV_CTX_STREET_EN | CV_CTX_PARTICLE))
        break;
      last = x.e;
      p = x.e;
      static const char *const sides[] = { "nord",  "sud",   "est",  "ouest",
                                           "north", "south", "east", "west" };
      Word y;
      if (p + 1 < end && *p == ' ' && cv_word_at(p + 1, end, &y) &&
          cv_word_in(&y, sides, G_N_ELEMENTS(sides)))
        last = y.e;
      break;
    }
  } else {
    /* one or two words, then the type ("ten riverside drive") */
    for (int k = 0; k < 3 && p < end; k++) {
      Word x;
      if (!cv_word_at(p, end, &x) || x.digit)
        break;
      if (k > 0 && (x.cats & streets)) {
        last = x.e;
        break;
      }
      if (x.cats)
        break;
      p = x.e;
      if (p >= end || *p != ' ')
        break;
      p++;
    }
  }
  if (last)
    cv_scan_add(scan, CV_PII_ADDRESS, (gsize)(first - text),
                (gsize)(last - text), 0.8f, "address-spoken");
}

/* Labels written with dots, which the word scanner reads as single
 * letters: "N.A.S. : 272 421 597", "S.I.N.: …", "S.S.N. …"; their values
 * as the words' ("NAS : …"). */
static void
dotted_labels(CvScan *scan)
{
  static const char *const labels[] = { "N.A.S.", "S.I.N.", "S.S.N." };
  const char *text = scan->text, *end = text + scan->len;
  const GArray *dots = cv_scan_marks(scan, CV_MARK_DOT);
  for (guint di = 0; di < dots->len; di++) {
    const char *o = text + g_array_index(dots, guint32, di);
    if (o - text < 1 || end - o < 5 || o[2] != '.' || o[4] != '.' ||
        cv_alnum_before(text, o - 1))
      continue;
    for (gsize k = 0; k < G_N_ELEMENTS(labels); k++) {
      if (g_ascii_strncasecmp(o - 1, labels[k], 6) != 0 ||
          (o + 5 < end && cv_is_alnum_ascii(o[5])))
        continue;
      CvCtxHit h = { (guint32)(o - 1 - text), (guint32)(o + 5 - text),
                     CV_CTX_SIN, 0, CV_WORD_CAP | CV_WORD_UPPER };
      field_at(scan, &h);
      break;
    }
  }
}

/* The type a URL-encoded form's key names, or -1. */
static int
form_key_type(const char *k, gsize n)
{
  static const struct {
    const char *key;
    CvPiiType type;
  } keys[] = {
    { "email", CV_PII_EMAIL },
    { "e-mail", CV_PII_EMAIL },
    { "mail", CV_PII_EMAIL },
    { "courriel", CV_PII_EMAIL },
    { "phone", CV_PII_PHONE },
    { "tel", CV_PII_PHONE },
    { "telephone", CV_PII_PHONE },
    { "cell", CV_PII_PHONE },
    { "mobile", CV_PII_PHONE },
    { "cellulaire", CV_PII_PHONE },
    { "phone_number", CV_PII_PHONE },
    { "address", CV_PII_ADDRESS },
    { "adresse", CV_PII_ADDRESS },
    { "street", CV_PII_ADDRESS },
    { "address1", CV_PII_ADDRESS },
    { "address_line1", CV_PII_ADDRESS },
    { "birth_date", CV_PII_DOB },
    { "birthdate", CV_PII_DOB },
    { "date_of_birth", CV_PII_DOB },
    { "dob", CV_PII_DOB },
    { "date_naissance", CV_PII_DOB },
    { "ddn", CV_PII_DOB },
    { "sin", CV_PII_SIN },
    { "nas", CV_PII_SIN },
    { "ssn", CV_PII_SIN },
    { "postal_code", CV_PII_POSTAL_CODE },
    { "code_postal", CV_PII_POSTAL_CODE },
    { "postal", CV_PII_POSTAL_CODE },
    { "cp", CV_PII_POSTAL_CODE },
    { "codepostal", CV_PII_POSTAL_CODE },
    { "zip", CV_PII_POSTAL_CODE },
    { "last_name", CV_PII_PERSON },
    { "first_name", CV_PII_PERSON },
    { "lastname", CV_PII_PERSON },
    { "firstname", CV_PII_PERSON },
    { "full_name", CV_PII_PERSON },
    { "name", CV_PII_PERSON },
    { "nom", CV_PII_PERSON },
    { "prenom", CV_PII_PERSON },
    { "nom_complet", CV_PII_PERSON },
  };
  char f[24];
  if (n == 0 || n >= sizeof f)
    return -1;
  for (gsize i = 0; i < n; i++)
    f[i] = g_ascii_tolower(k[i]);
  for (gsize i = 0; i < G_N_ELEMENTS(keys); i++)
    if (strlen(keys[i].key) == n && memcmp(keys[i].key, f, n) == 0)
      return (int)keys[i].type;
  return -1;
}

/* Is a form's value [v, e) a name: a part at least capitalised, out of
 * the dictionaries or in the name lists ("Kamata", "jean+tremblay"; not
 * "report", "search")? */
static gboolean
form_name_value(const CvScan *scan, const char *v, const char *e)
{
  for (const char *q = v; q < e;) {
    Word w;
    if (!cv_word_at(q, e, &w) || w.e <= q) {
      q++;
      continue;
    }
    if (w.fn >= 2 && !(w.cats & (CV_CTX_ORG | CV_CTX_ORGTAIL)) &&
        (w.cap || !cv_name_model_in_dict(scan->model, w.s, w.e) ||
         (cv_name_model_lists(scan->model, w.s, w.e) & 3)))
      return TRUE;
    q = w.e;
  }
  return FALSE;
}

/* A civic address inside a form's free-text value, its blanks written
 * '+' ("message=voisin+au+693+rue+du+Moulin+fait+du+bruit",
 * "neighbour+at+222+Pine+Street+is"): a number, then capitalised words,
 * particles and a street's type at least, up to the first other word. */
static void
form_message_addresses(CvScan *scan, const char *v, const char *pe)
{
  static const char *const particles[] = { "de", "du", "des", "la", "le",
                                           "d'", "l'", "of",  "the" };
  const char *text = scan->text;
  for (const char *q = v; q < pe; q++) {
    if (!cv_is_digit(*q) || (q > v && q[-1] != '+' && q[-1] != '='))
      continue;
    const char *n = q;
    while (n < pe && cv_is_digit(*n) && n - q < 7)
      n++;
    if (n - q > 6 || n >= pe || cv_is_alpha_ascii(*n))
      continue;
    const char *r = n, *last = NULL;
    gboolean street = FALSE;
    for (int k = 0; k < 8 && r < pe; k++) {
      if (pe - r >= 3 && r[0] == '%' && r[1] == '2' && r[2] == 'C')
        r += 3; /* "%2C", a comma */
      if (r >= pe || *r != '+')
        break;
      Word w;
      if (!cv_word_at(r + 1, pe, &w) || w.s != r + 1 || w.digit)
        break;
      gboolean type = (w.cats & (CV_CTX_STREET_FR | CV_CTX_STREET_EN)) != 0;
      if (!w.cap && !type && !cv_word_in(&w, particles, G_N_ELEMENTS(particles)))
        break;
      street |= type;
      r = w.e;
      if (w.cap || type)
        last = r;
    }
    if (street && last)
      cv_scan_add(scan, CV_PII_ADDRESS, (gsize)(q - text), (gsize)(last - text),
                  0.8f, "address-form-message");
    q = r > q ? r - 1 : q;
  }
}

/* Web forms logged or exported URL-encoded ("last_name=Kamata&first_name=
 * Yasuhiro&email=kamata.y%40sympatico.ca&phone=+1+%28450%29+736-9359"):
 * the value of each pair whose key names a person, a way to reach them or
 * an identifier goes whole, as that type, since the scanners read neither
 * '+' for a blank nor "%40" for '@'.  From the '&'s; a run is the pairs
 * between blanks, two pairs at least. */
static void
url_form_fields(CvScan *scan)
{
  const char *text = scan->text, *end = text + scan->len;
  for (const char *a = memchr(text, '&', scan->len); a;
       a = a + 1 < end ? memchr(a + 1, '&', (gsize)(end - a - 1)) : NULL) {
    /* the run around it: no blank, at most 4 KB back */
    const char *rs = a;
    while (rs > text && a - rs < 4096 && !g_ascii_isspace(rs[-1]))
      rs--;
    const char *re = a;
    while (re < end && re - a < 4096 && !g_ascii_isspace(*re))
      re++;
    if (re - a >= 4096 || a - rs >= 4096) {
      a = re;
      continue;
    }
    /* (a request's path before its query: "GET /book?name=…") */
    const char *qm = memchr(rs, '?', (gsize)(a - rs));
    const char *p = qm ? qm + 1 : rs;
    int pairs = 0;
    for (const char *q = p; q < re && pairs < 2; q++)
      pairs += *q == '=';
    if (pairs >= 2) {
      while (p < re) {
        const char *pe = memchr(p, '&', (gsize)(re - p));
        pe = pe ? pe : re;
        const char *eq = memchr(p, '=', (gsize)(pe - p));
        int type = eq ? form_key_type(p, (gsize)(eq - p)) : -1;
        const char *v = eq ? eq + 1 : pe;
        gboolean digit = FALSE, at = FALSE;
        for (const char *q = v; q < pe; q++) {
          digit |= cv_is_digit(*q) && !(q >= v + 1 && q[-1] == '%') &&
                   !(q >= v + 2 && q[-2] == '%');
          at |= *q == '@' ||
                (pe - q >= 3 && q[0] == '%' && q[1] == '4' && q[2] == '0');
        }
        gsize vs = (gsize)(v - text), ve = (gsize)(pe - text);
        if (type < 0 && eq && pe - v >= 8)
          form_message_addresses(scan, v, pe);
        if (type == CV_PII_PERSON && pe - v >= 2 && !digit &&
            form_name_value(scan, v, pe))
          cv_add_name(scan, v, pe, 0.85f, "name-form-field");
        else if (type == CV_PII_EMAIL && at)
          cv_scan_add(scan, CV_PII_EMAIL, vs, ve, 0.9f, "email-form-field");
        else if (type >= 0 && type != CV_PII_PERSON && type != CV_PII_EMAIL &&
                 digit && pe - v >= 3)
          cv_scan_add(scan, (CvPiiType)type, vs, ve, 0.85f, "form-field");
        p = pe + 1;
      }
    }
    a = re;
    if (a >= end)
      break;
  }
}

void
cv_scan_fields(CvScan *scan)
{
  dotted_labels(scan);
  const CvCtxHit *h = (const CvCtxHit *)scan->hits->data;
  const char *text = scan->text;
  const guint32 field_cats = cv_pii_ctx_mask & ~(CV_CTX_EMAILCTX | CV_CTX_IP);
  gsize spelled = 0;
  for (guint i = 0; i < scan->hits->len; i++) {
    if (h[i].cats == 0 && h[i].value >= 100 && h[i].value <= 109)
      spelled_phone_run(scan, &h[i], &spelled);
    if (h[i].cats & field_cats)
      field_at(scan, &h[i]);
    if (h[i].cats & CV_CTX_PHONE)
      spelled_phone(scan, &h[i]);
    if (h[i].cats & (CV_CTX_SIN | CV_CTX_POSTAL | CV_CTX_DOB | CV_CTX_ADDRLABEL))
      spoken_value(scan, &h[i]);
    if (h[i].cats & CV_CTX_POSTAL)
      postcode_after_label(scan, &h[i]);
    if (h[i].cats & CV_CTX_DOB)
      name_before_dob(scan, &h[i]);
    if (h[i].cats & CV_CTX_ADDRLABEL) {
      const char *w = text + h[i].start;
      gsize wl = h[i].end - h[i].start;
      /* verbs of residence: live(s), habite, demeurant, résidant, resides */
      if ((wl >= 4 && (w[0] == 'l' || w[0] == 'h' || w[0] == 'r' || w[0] == 'd')))
        live_at(scan, &h[i]);
    }
  }
  place_fields(scan);
  po_box_places(scan);
  url_form_fields(scan);
  role_name_lines(scan);
  bullet_name_lists(scan);
  chat_header_lines(scan);
  handle_names(scan);
  credential_names(scan);
  vcard_names(scan);
  noel_names(scan);
  transfer_names(scan);
  register_lines(scan);
  agent_fields(scan);
  journal_authors(scan);
  element_names(scan);
  i_comma_names(scan);
  dash_signatures(scan);
  cause_parties(scan);
  name_answers(scan);
  paren_phones_names(scan);
  on_the_phone(scan);
  intl_phones(scan);
  street_first(scan);
  comma_streets(scan);
  grid_streets(scan);
  foreign_civic(scan);
  street_name_number(scan);
  typeless_streets(scan);
  address_tails(scan, 0);
  abroad_addresses(scan);
  guint later = scan->cands->len;
  postal_blocks(scan);
  military_mail(scan);
  address_number_before(scan);
  /* the tails of the addresses found since ("17224 Þverbraut 66, Gdańsk"
   * then ", Poland 52096") */
  address_tails(scan, later);
  po_boxes(scan);
  rural_routes(scan);
  address_label_values(scan);
  spelled_names(scan);
  call_names(scan);
  naming_phrases(scan);
  vocatives(scan);
  greeting_signoff(scan);
  speaker_tags(scan);
  speaker_initials(scan);
  speaker_paren_time(scan);
  possessives(scan);
  initial_names(scan);
  initial_surnames(scan);
  given_initials(scan);
  dotted_user_names(scan);
}

/* ---- labels misread by OCR ------------------------------------------------- */

/* The labels of identifiers (their context categories come from the
 * context table) that OCR damages in ways the word table cannot know:
 * "Bom" (born), "Te1éphone", "C0urriel", "lnsurance", "NA5". */
static const char *const ocr_labels[] = {
  "born",     "birth",       "naissance", "nas",      "sin",        "assurance",
  "sociale",  "social",      "insurance", "ramq",     "maladie",    "health",
  "permis",   "conduire",    "licence",   "license",  "driver",     "passeport",
  "passport", "telephone",   "tel",       "phone",    "cellulaire", "cell",
  "mobile",   "telecopieur", "fax",       "courriel", "email",      "adresse",
  "address",  "domicile",    "postal",    "dob",      "ddn",
};

#define OCR_LABEL_MAX 16
#define OCR_LABEL_CATS                                                          \
  (CV_CTX_SIN | CV_CTX_RAMQ | CV_CTX_LICENCE | CV_CTX_PASSPORT | CV_CTX_PHONE | \
   CV_CTX_DOB | CV_CTX_EMAILCTX | CV_CTX_ADDRLABEL | CV_CTX_POSTAL)

/* The form of a folded word with OCR's usual confusions undone: digits
 * and bars for letters, "rn" for "m", "cl" for "d", "vv" for "w", a first
 * "l" before a consonant for "i".  Returns its length, 0 if too long. */
static gsize
ocr_canon(const char *f, gsize n, char *out)
{
  gsize k = 0;
  for (gsize i = 0; i < n; i++) {
    char c = f[i];
    if (k >= OCR_LABEL_MAX)
      return 0;
    if (c == 'r' && i + 1 < n && f[i + 1] == 'n') {
      c = 'm';
      i++;
    } else if (c == 'c' && i + 1 < n && f[i + 1] == 'l') {
      c = 'd';
      i++;
    } else if (c == 'v' && i + 1 < n && f[i + 1] == 'v') {
      c = 'w';
      i++;
    } else if (c == '0') {
      c = 'o';
    } else if (c == '1' || c == '!' || c == '|') {
      c = 'l';
    } else if (c == '5') {
      c = 's';
    } else if (c == '8' || (c == 'b' && i > 0)) {
      c = i > 0 ? 'h' : 'b'; /* and an h for a b inside: "birtb" */
    } else if (c == 'l' && i == 0 && n > 1 && strchr("nrst", f[1])) {
      c = 'i';
    } else if (c == 'l' && i > 0 && i + 1 < n &&
               (f[i + 1] == 'r' || f[i + 1] == 's' || f[i + 1] == 't' ||
                f[i + 1] == 'n') &&
               strchr("bcdfghkmnprst", f[i - 1])) {
      c = 'i'; /* between consonants: "blrth" */
    }
    out[k++] = c;
  }
  return k;
}

/* The labels' OCR forms, computed once (read-only after). */
static struct {
  char canon[OCR_LABEL_MAX];
  guint8 cn;
  guint8 ln;
} ocr_label_forms[G_N_ELEMENTS(ocr_labels)];
static guint8 ocr_label_first[256]; /* first canonical letters */
static guint32 ocr_label_lens[256]; /* their canonical lengths (bits) */

static void
ocr_labels_init(void)
{
  static gsize once = 0;
  if (!g_once_init_enter(&once))
    return;
  for (gsize i = 0; i < G_N_ELEMENTS(ocr_labels); i++) {
    gsize ln = strlen(ocr_labels[i]);
    ocr_label_forms[i].ln = (guint8)ln;
    ocr_label_forms[i].cn =
        (guint8)ocr_canon(ocr_labels[i], ln, ocr_label_forms[i].canon);
    ocr_label_first[(guint8)ocr_label_forms[i].canon[0]] = 1;
    ocr_label_lens[(guint8)ocr_label_forms[i].canon[0]] |=
        1u << ocr_label_forms[i].cn;
  }
  g_once_init_leave(&once, 1);
}

/* Could the token at @s be a label, OCR undone?  (cheap test) */
static inline gboolean
ocr_label_maybe(const char *s, const char *e)
{
  if (e - s < 3 || e - s > OCR_LABEL_MAX)
    return FALSE;
  guint8 c = (guint8)*s;
  if (c >= 'A' && c <= 'Z')
    c += 32;
  return c >= 0x80 || ocr_label_first[c] || c == '1' || c == '0' || c == '5' ||
         c == '|';
}

/* A context hit for the label the token [s, e) was read for, if it is one
 * and not already a word of the table. */
static void
ocr_label_token(CvScan *scan, const char *s, const char *e, GArray *found)
{
  char f[OCR_LABEL_MAX + 1], c[OCR_LABEL_MAX + 1];
  if (!ocr_label_maybe(s, e))
    return;
  gsize fn = cv_fold(s, e, f, OCR_LABEL_MAX);
  if (fn < 3)
    return;
  /* an upper-case I inside a lower-case word is an l: "TéIéphone" */
  for (gsize i = 1; i < fn && i + 1 < (gsize)(e - s); i++)
    if (s[i] == 'I' && g_ascii_islower(s[i + 1]) && f[i] == 'i')
      f[i] = 'l';
  gsize cn = ocr_canon(f, fn, c);
  if (cn < 3 || !(ocr_label_lens[(guint8)c[0]] & (1u << cn)))
    return;
  for (gsize i = 0; i < G_N_ELEMENTS(ocr_labels); i++) {
    if (ocr_label_forms[i].cn != cn)
      continue;
    if (memcmp(ocr_label_forms[i].canon, c, cn) != 0) {
      /* one letter misread in a long label ("natssance"): at least eight
       * letters, the first one right */
      guint diff = 0;
      for (gsize k = 0; k < cn && diff < 2; k++)
        diff += ocr_label_forms[i].canon[k] != c[k];
      if (cn < 8 || diff != 1 || ocr_label_forms[i].canon[0] != c[0])
        continue;
    }
    const char *l = ocr_labels[i];
    gsize ln = ocr_label_forms[i].ln;
    if (ln == fn && memcmp(l, f, fn) == 0)
      return; /* read right: the word pass has it */
    guint16 value = 0;
    guint32 cats = cv_ctx_lookup(l, ln, &value) & OCR_LABEL_CATS;
    if (cats == 0 ||
        (cv_ctx_lookup(f, fn, NULL) & ~CV_CTX_GAZFIRST & ~CV_CTX_GAZLAST) != 0)
      return;
    CvCtxHit h = {
      (guint32)(s - scan->text), (guint32)(e - scan->text), cats, value,
      (guint16)((cv_cls[(guint8)*s] & CV_C_UPPER) ? CV_WORD_CAP : 0)
    };
    g_array_append_val(found, h);
    return;
  }
}

/* End of the token at @p: letters, digits and the bars and '!' OCR makes
 * of an l. */
static const char *
ocr_token_end(const char *p, const char *end)
{
  gsize cl;
  gboolean up;
  while (p < end) {
    if (cv_is_alnum_ascii(*p) || *p == '|' || *p == '!')
      p++;
    else if ((guint8)*p >= 0x80 && cv_letter_at(p, end, &cl, &up))
      p += cl;
    else
      break;
  }
  return p;
}

static int
hit_cmp(gconstpointer a, gconstpointer b)
{
  const CvCtxHit *x = a, *y = b;
  return x->start < y->start ? -1 : x->start > y->start;
}

/* Labels of identifiers as OCR misreads them, where labels are: the first
 * two words of a line and the word before a ':' or ';'.  Their hits join
 * the word pass's (kept in order); text without such damage costs one look
 * at each line start and colon. */
void
cv_scan_ocr_labels(CvScan *scan)
{
  ocr_labels_init();
  g_autoptr(GArray) found = g_array_new(FALSE, FALSE, sizeof(CvCtxHit));
  const GArray *lines = cv_scan_lines(scan);
  for (guint li = 0; li < lines->len; li++) {
    const char *line, *le;
    cv_line_of(scan, lines, li, &line, &le);
    /* the first two words */
    const char *p = cv_skip_hspace(line, le);
    for (int k = 0; k < 2 && p < le; k++) {
      const char *e = ocr_token_end(p, le);
      if (e == p)
        break;
      ocr_label_token(scan, p, e, found);
      p = cv_skip_hspace(e, le);
    }
    /* the word before each ':' or ';' (at most 4 a line) */
    const char *c1 = p < le ? memchr(p, ':', (gsize)(le - p)) : NULL;
    const char *c2 = p < le ? memchr(p, ';', (gsize)(le - p)) : NULL;
    for (int colons = 0; colons < 4 && (c1 != NULL || c2 != NULL); colons++) {
      const char *q;
      if (c2 == NULL || (c1 != NULL && c1 < c2)) {
        q = c1;
        c1 = memchr(q + 1, ':', (gsize)(le - q - 1));
      } else {
        q = c2;
        c2 = memchr(q + 1, ';', (gsize)(le - q - 1));
      }
      const char *e = q;
      while (e > line && (e[-1] == ' ' || e[-1] == '>'))
        e--;
      /* a format's hint between the label and its colon ("naissance
       * (JJ/MM/AAAA) :", "birth (DD/MM/YYYY):") */
      if (e > line && e[-1] == ')') {
        const char *o = e - 1;
        while (o > line && o[-1] != '(' && o[-1] != ')' && e - o < 24)
          o--;
        if (o > line && o[-1] == '(') {
          e = o - 1;
          while (e > line && e[-1] == ' ')
            e--;
        }
      }
      /* a speck read as a period or comma before the colon ("natssance. :") */
      if (e > line + 1 && (e[-1] == '.' || e[-1] == ',') &&
          cv_is_alpha_ascii(e[-2]))
        e--;
      const char *b = e;
      while (b > line &&
             (cv_is_alnum_ascii(b[-1]) || b[-1] == '|' || b[-1] == '!' ||
              (guint8)b[-1] >= 0x80) &&
             e - b <= OCR_LABEL_MAX)
        b--;
      if (b < e && (guint8)*b >= 0x80 && (((guint8)*b) & 0xC0) == 0x80)
        continue; /* cut inside a character: too long anyway */
      ocr_label_token(scan, b, e, found);
    }
  }
  if (found->len == 0)
    return;
  /* merge the (few) new hits into the sorted ones */
  g_array_sort(found, hit_cmp);
  GArray *old = scan->hits;
  GArray *merged =
      g_array_sized_new(FALSE, FALSE, sizeof(CvCtxHit), old->len + found->len);
  const CvCtxHit *a = (const CvCtxHit *)old->data;
  const CvCtxHit *b = (const CvCtxHit *)found->data;
  guint i = 0, j = 0;
  while (i < old->len || j < found->len) {
    if (j >= found->len || (i < old->len && a[i].start <= b[j].start))
      g_array_append_val(merged, a[i++]);
    else
      g_array_append_val(merged, b[j++]);
  }
  g_array_unref(old);
  scan->hits = merged;
  *scan->hint = 0;
}

/* ---- no partial leaks ------------------------------------------------------- */

static gboolean
initial_before(const char *text, const char *p, const char **out)
{
  /* "J. " or "J " before @p */
  const char *q = p;
  while (q > text && q[-1] == ' ' && p - q < 2)
    q--;
  if (q == p)
    return FALSE;
  if (q - text >= 2 && q[-1] == '.' && (cv_cls[(guint8)q[-2]] & CV_C_UPPER) &&
      q[-2] != 'M' && (q - 2 == text || !cv_alnum_before(text, q - 2))) {
    *out = q - 2;
    return TRUE;
  }
  return FALSE;
}

/* Extends PERSON candidates over the initials, particles and known given
 * names right next to them: "Marie C. [Roy]" → all of it. */
/* Does the particle [ws, ...) (folded @f, @fn bytes, capitalised or not)
 * right before a name go with it?  Capitalised ("Van", "Des", "DE") or a
 * foreign lower-case one ("van", "von", "da", "di", "del", "bin", "el"):
 * yes, but the French articles (Le, La, Les, Des, Du, De) opening a
 * sentence. */
static gboolean
particle_goes_with(const char *text, const char *ws, const char *f, gsize fn,
                   gboolean cap)
{
  gboolean french =
      (fn == 2 && (f[0] == 'l' || f[0] == 'd') &&
       (f[1] == 'e' || f[1] == 'a' || f[1] == 'u')) ||
      (fn == 3 && (f[0] == 'l' || f[0] == 'd') && f[1] == 'e' && f[2] == 's');
  if (!cap)
    return !french;
  const char *b = ws;
  while (b > text && (b[-1] == ' ' || b[-1] == '\t'))
    b--;
  gboolean opens = b == text || b[-1] == '.' || b[-1] == '!' || b[-1] == '?' ||
                   b[-1] == '\n' || b[-1] == ':' || b[-1] == '"';
  return !(french && opens);
}

/* Does the word at @ws open a sentence, a line or a field (after a
 * title, greeting or label word too: "Dear May Chen")? */
static gboolean
month_opens(const CvScan *scan, const char *ws)
{
  const char *text = scan->text, *end = text + scan->len;
  const char *b = ws;
  while (b > text && (b[-1] == ' ' || b[-1] == '\t'))
    b--;
  if (b == text || b[-1] == '\n' || b[-1] == '.' || b[-1] == '!' || b[-1] == '?' ||
      b[-1] == ':' || b[-1] == ',' || b[-1] == '(' || b[-1] == ';')
    return TRUE;
  const char *a = b;
  while (a > text && b - a < 24 &&
         (cv_is_alpha_ascii(a[-1]) || (guint8)a[-1] >= 0x80))
    a--;
  Word w;
  return a < b && cv_word_at(a, end, &w) && w.e == b &&
         (w.cats & (CV_CTX_TITLE | CV_CTX_GREET | CV_CTX_LABEL));
}

/* ---- lists of names --------------------------------------------------------- */

/* The separator of a list at @p (", ", ", and ", " and ", " or ", " et ",
 * " & "): its end, or NULL. */
static const char *
list_sep_at(const char *p, const char *end)
{
  const char *q = p;
  if (q < end && *q == ',')
    q++;
  if (q >= end || *q != ' ')
    return NULL;
  q++;
  /* "and ", "or ", "et ", "ou ", "& " */
  gsize cl = 0;
  if (end - q > 4 && q[0] == 'a' && q[1] == 'n' && q[2] == 'd' && q[3] == ' ')
    cl = 4;
  else if (end - q > 3 && q[2] == ' ' &&
           ((q[0] == 'o' && (q[1] == 'r' || q[1] == 'u')) ||
            (q[0] == 'e' && q[1] == 't')))
    cl = 3;
  else if (end - q > 2 && q[0] == '&' && q[1] == ' ')
    cl = 2;
  if (cl)
    return q + cl;
  return q > p + 1 ? q : NULL; /* ", " alone */
}

/* The list item (one word: letters of any script, '-') at @p, its end or
 * @p. */
static const char *
list_item_end(const char *p, const char *end)
{
  const char *q = p;
  while (q < end && q - p < 32 &&
         (cv_is_alpha_ascii(*q) || (guint8)*q >= 0x80 || (q > p && *q == '-')))
    q++;
  return q;
}

/* Does a PERSON candidate start at @s (bit map of the starts)? */
static inline gboolean
person_at(const guint8 *bits, gsize s)
{
  return (bits[s >> 3] >> (s & 7)) & 1;
}

#define NAME_LIST_MAX 12
/* Lists of one-word names: "They had 6: Romi, Erik, Amy and Shane",
 * "founders: Kónya, Becker and Vasquez", "silvana, adam, christopher":
 * in a list of three to NAME_LIST_MAX single words, when two items are
 * persons already, the others in the same case are too — unless a context
 * word, or a dictionary word that is no known given name. */
static void
name_lists(CvScan *scan)
{
  const char *text = scan->text, *end = text + scan->len;
  /* (cheap first: two one-word persons followed by a list separator) */
  guint listed = 0;
  for (guint i = 0; i < scan->cands->len && listed < 2; i++) {
    const CvSpan *sp = &g_array_index(scan->cands, CvSpan, i);
    if (sp->type == CV_PII_PERSON && sp->end < scan->len &&
        (text[sp->end] == ',' ||
         (text[sp->end] == ' ' && list_sep_at(text + sp->end, end))) &&
        list_item_end(text + sp->start, end) == text + sp->end)
      listed++;
  }
  if (listed < 2)
    return;
  /* the starts of the PERSON candidates: one bit a byte of text */
  guint8 *bits = g_malloc0(scan->len / 8 + 1);
  guint n0 = scan->cands->len;
  for (guint i = 0; i < n0; i++) {
    const CvSpan *sp = &g_array_index(scan->cands, CvSpan, i);
    if (sp->type == CV_PII_PERSON)
      bits[sp->start >> 3] |= (guint8)(1u << (sp->start & 7));
  }
  const char *seen_s = NULL, *seen_e = NULL;
  for (guint i = 0; i < n0; i++) {
    CvSpan sp = g_array_index(scan->cands, CvSpan, i);
    if (sp.type != CV_PII_PERSON || sp.end >= scan->len)
      continue;
    const char *s = text + sp.start, *e = text + sp.end;
    if ((s >= seen_s && s < seen_e) || list_item_end(s, end) != e ||
        !list_sep_at(e, end))
      continue; /* (a list read already is not read again) */
    /* back to the first item of the list */
    const char *first = s;
    for (int k = 0; k < NAME_LIST_MAX; k++) {
      const char *b = first;
      if (b - text < 3 || b[-1] != ' ')
        break;
      const char *pe = NULL;
      if (b[-2] == ',')
        pe = b - 2;
      else {
        /* "X and Y": the conjunction before */
        const char *c = b - 1, *cs = c;
        while (cs > text && cv_is_alpha_ascii(cs[-1]) && c - cs < 4)
          cs--;
        if (cs - text >= 2 && cs[-1] == ' ' && list_sep_at(cs - 1, end) == b)
          pe = cs[-2] == ',' ? cs - 2 : cs - 1;
      }
      if (!pe || pe == text)
        break;
      const char *ws = pe;
      while (ws > text && pe - ws < 32 &&
             (cv_is_alpha_ascii(ws[-1]) || (guint8)ws[-1] >= 0x80 ||
              ws[-1] == '-'))
        ws--;
      if (ws == pe || list_item_end(ws, end) != pe ||
          (ws > text && (cv_is_alnum_ascii(ws[-1]) || ws[-1] == '\'')))
        break;
      first = ws;
    }
    /* the items forward */
    const char *is[NAME_LIST_MAX], *ie[NAME_LIST_MAX];
    guint n = 0, persons = 0;
    const char *p = first;
    const char *last = NULL;
    for (;;) {
      /* (a longer list is read to its end once, then skipped whole) */
      const char *q = list_item_end(p, end);
      if (q == p)
        break;
      if (n < NAME_LIST_MAX) {
        is[n] = p;
        ie[n] = q;
        persons += person_at(bits, (gsize)(p - text));
      }
      n++;
      last = q;
      const char *r = list_sep_at(q, end);
      if (!r)
        break;
      p = r;
    }
    if (last) {
      seen_s = first;
      seen_e = last;
    }
    if (n < 3 || persons < 2 || n >= NAME_LIST_MAX)
      continue;
    /* the list ends its clause ("Amy and Shane." / "..., Donna" + EOL) */
    const char *t = skip_sp(ie[n - 1], end);
    if (t < end && !(*t == '.' || *t == ',' || *t == '!' || *t == '?' ||
                     *t == ';' || *t == '\n' || *t == '\r' || *t == ')'))
      continue;
    /* an item in a case the list's persons are written in */
    gboolean low_ok = FALSE, cap_ok = FALSE;
    for (guint k = 0; k < n; k++)
      if (person_at(bits, (gsize)(is[k] - text))) {
        if (cv_cls[(guint8)*is[k]] & CV_C_LOWER)
          low_ok = TRUE;
        else
          cap_ok = TRUE;
      }
    for (guint k = 0; k < n; k++) {
      gsize a = (gsize)(is[k] - text), b = (gsize)(ie[k] - text);
      if (person_at(bits, a))
        continue;
      Word w;
      if (!cv_word_at(is[k], end, &w) || w.e != ie[k] || w.cats != 0 ||
          w.upper || w.fn < 2 || !(w.cap ? cap_ok : low_ok))
        continue;
      if (cv_name_model_in_dict(scan->model, is[k], ie[k]) &&
          !(cv_name_model_lists(scan->model, is[k], ie[k]) & 1))
        continue;
      if (cv_scan_in_keep(scan, a, b))
        continue;
      cv_scan_add(scan, CV_PII_PERSON, a, b, 0.7f, "name-list");
      bits[a >> 3] |= (guint8)(1u << (a & 7)); /* (once) */
    }
  }
  g_free(bits);
}

/* A person's record on one line, its birth date between commas: after
 * the name or an identifier of the person ("HENNESSY Ralph, 8 oct. 1997,
 * (438) 997-2194", "permis T7428-851115-31, 15/11/1985, 438/808-0314"),
 * before another identifier; or ending the line of a relative's label
 * ("Spouse: MCGILLIVRAY Clay, 1948-05-04"; not "Rédigé par : agente
 * Lavoie, 19 juin 2025"). */
static void
dob_in_records(CvScan *scan, GArray *dates)
{
  const char *text = scan->text, *end = text + scan->len;
  /* the starts of the identifiers found (a phone, an e-mail, a card
   * number after a record's birth date), looked up once each */
  g_autoptr(GHashTable) starts = NULL;
  for (guint i = 0; i < scan->cands->len; i++) {
    const CvSpan *sp = &g_array_index(scan->cands, CvSpan, i);
    if (sp->type == CV_PII_DOB || sp->type == CV_PII_PERSON)
      continue;
    if (!starts)
      starts = g_hash_table_new(g_direct_hash, g_direct_equal);
    g_hash_table_add(starts, GSIZE_TO_POINTER(sp->start + 1));
  }
  for (guint i = 0; i < scan->cands->len; i++) {
    const CvSpan *sp = &g_array_index(scan->cands, CvSpan, i);
    if (sp->type == CV_PII_DOB || sp->type == CV_PII_EMAIL ||
        sp->type == CV_PII_ADDRESS)
      continue;
    const char *p = text + sp->end;
    if (end - p < 10 || p[0] != ',' || p[1] != ' ' || !cv_is_alnum_ascii(p[2]))
      continue;
    const char *ds = p + 2;
    const char *de = cv_parse_date(ds, end);
    if (!de)
      de = cv_parse_date_ymd8(ds, end);
    if (!de)
      continue;
    int run = 0, year = 0;
    for (const char *q = ds; q < de; q++) {
      run = cv_is_digit(*q) ? run + 1 : 0;
      year |= run >= 4;
    }
    /* (a year of two digits between two identifiers, or ending a
     * relative's line: "DÉRISIER Dieuvel, 30/12/40, 581.285.1243",
     * "Spouse = BĂLAN Nicoleta, 2-APR-99") */
    gboolean ok = de + 2 < end && de[0] == ',' && de[1] == ' ' && starts &&
                  g_hash_table_contains(
                      starts, GSIZE_TO_POINTER((gsize)(de + 2 - text) + 1));
    if (!ok && (de >= end || *de == '\n' || *de == '\r')) {
      /* the line's end: after an identifier, or a relative's name */
      ok = sp->type != CV_PII_PERSON && year;
      const char *ls = text + sp->start;
      while (!ok && ls > text && ls[-1] != '\n')
        ls--;
      static const char *const kin[] = {
        "spouse",  "conjoint", "conjointe", "mere",     "pere",    "enfant",
        "fils",    "fille",    "frere",     "soeur",    "fratrie", "mother",
        "father",  "child",    "son",       "daughter", "brother", "sister",
        "partner", "victime",  "victim",    "suspect",  "suspecte"
      };
      Word w;
      ok = ok ||
           (cv_word_at(cv_skip_hspace(ls, end), end, &w) &&
            cv_word_in(&w, kin, G_N_ELEMENTS(kin)) && w.e <= text + sp->start);
    }
    /* (not a signature's date: "Rédigé par Marc Côté, 12 mars 2024") */
    if (ok && sp->type == CV_PII_PERSON) {
      static const char *const by[] = { "par",      "by",      "signe",
                                        "signed",   "redige",  "prepare",
                                        "prepared", "written", "auteur",
                                        "author" };
      const char *be = text + sp->start;
      while (be > text && be[-1] == ' ')
        be--;
      const char *bs = be;
      while (bs > text && be - bs < 12 &&
             (cv_is_alpha_ascii(bs[-1]) || (guint8)bs[-1] >= 0x80))
        bs--;
      Word bw;
      if (bs < be && cv_word_at(bs, be, &bw) && bw.e == be &&
          cv_word_in(&bw, by, G_N_ELEMENTS(by)))
        ok = FALSE;
    }
    if (!ok)
      continue;
    guint32 se[2] = { (guint32)(ds - text), (guint32)(de - text) };
    g_array_append_vals(dates, se, 2);
  }
}

/* The whole date (a year of four digits) in parentheses at @p (" (" then
 * the date, a birth date's label allowed): its end (the ')'), *@ds its
 * start; or NULL. */
static const char *
paren_full_date(const char *p, const char *end, const char **dsp)
{
  if (end - p < 12 || p[0] != ' ' || p[1] != '(')
    return NULL;
  const char *ds = p + 2;
  /* (a birth date's label first: "(d.o.b. 14/08/1987)", "(DDN :") */
  static const char *const labels[] = { "d.o.b. ", "D.O.B. ", "dob ", "DOB ",
                                        "ddn ",    "DDN ",    "b. ",  "n. " };
  for (gsize k = 0; k < G_N_ELEMENTS(labels); k++) {
    gsize ln = strlen(labels[k]);
    if ((gsize)(end - ds) > ln + 8 && memcmp(ds, labels[k], ln) == 0) {
      ds += ln;
      break;
    }
  }
  if (ds > p + 2 && *ds == ':')
    ds++;
  while (ds < end && *ds == ' ')
    ds++;
  const char *de = cv_parse_date(ds, end);
  if (!de)
    de = cv_parse_date_ymd8(ds, end);
  if (de == NULL || de >= end || *de != ')')
    return NULL;
  int run = 0, year = 0;
  for (const char *q = ds; q < de; q++) {
    run = cv_is_digit(*q) ? run + 1 : 0;
    year |= run == 4;
  }
  if (!year)
    return NULL;
  *dsp = ds;
  return de;
}

/* The next items of a list of persons and their birth dates after the
 * item ending at @de (its ')'): ", " or " et "/" and " then one to four
 * capitalised name words and their date in parentheses ("Enfants à
 * charge : Abiram Dharmasuriya (26.03.2015), Mayurnathan Hettisekara (2
 * septembre 2021)."); each name and date go to @found (start, end,
 * type). */
static void
dob_list_items(const CvScan *scan, const char *de, GArray *found)
{
  const char *text = scan->text, *end = text + scan->len;
  for (int k = 0; k < 8; k++) {
    const char *t = de + 1;
    if (end - t >= 2 && (t[0] == ',' || t[0] == ';') && t[1] == ' ')
      t += 2;
    else if (end - t >= 4 && memcmp(t, " et ", 4) == 0)
      t += 4;
    else if (end - t >= 5 && memcmp(t, " and ", 5) == 0)
      t += 5;
    else
      return;
    int nw;
    gboolean gaz;
    const char *ne = cv_read_name(t, end, 4, &nw, &gaz, FALSE);
    const char *ds;
    if (!ne || nw < 1 || !(de = paren_full_date(ne, end, &ds)))
      return;
    for (const char *q = t; q < ne;) {
      Word w;
      if (!cv_word_at(q, ne, &w))
        break;
      if (w.cats & (CV_CTX_ORG | CV_CTX_ORGTAIL))
        return;
      q = w.e;
      while (q < ne && !cv_is_alpha_ascii(*q) && (guint8)*q < 0x80)
        q++;
    }
    guint32 v[6] = { (guint32)(t - text),  (guint32)(ne - text), CV_PII_PERSON,
                     (guint32)(ds - text), (guint32)(de - text), CV_PII_DOB };
    g_array_append_vals(found, v, 6);
  }
}

/* A whole date (a year of four digits) in parentheses right after a
 * person's name is their birth date: "Admission de Huong Marchand
 * (1987-08-14)", "Ilunga Kasongo (12 mars 1961)", "(20070123)"; so are
 * the next items of a list of the same shape (dob_list_items()). */
static void
dob_after_names(CvScan *scan)
{
  const char *text = scan->text, *end = text + scan->len;
  g_autoptr(GArray) dates = g_array_new(FALSE, FALSE, sizeof(guint32));
  g_autoptr(GArray) items = g_array_new(FALSE, FALSE, sizeof(guint32));
  dob_in_records(scan, dates);
  for (guint i = 0; i < scan->cands->len; i++) {
    const CvSpan *sp = &g_array_index(scan->cands, CvSpan, i);
    if (sp->type != CV_PII_PERSON)
      continue;
    const char *ds;
    const char *de = paren_full_date(text + sp->end, end, &ds);
    if (!de)
      continue;
    guint32 se[2] = { (guint32)(ds - text), (guint32)(de - text) };
    g_array_append_vals(dates, se, 2);
    dob_list_items(scan, de, items);
  }
  const guint32 *it = (const guint32 *)items->data;
  for (guint i = 0; i + 2 < items->len; i += 3)
    cv_scan_add(scan, (CvPiiType)it[i + 2], it[i], it[i + 1], 0.85f,
                it[i + 2] == CV_PII_PERSON ? "name-dob-list" : "dob-after-name");
  const guint32 *d = (const guint32 *)dates->data;
  for (guint i = 0; i + 1 < dates->len; i += 2)
    cv_scan_add(scan, CV_PII_DOB, d[i], d[i + 1], 0.9f, "dob-after-name");
}

/* The lead of a list's line: after blanks and a bullet ("- ", "* ", "•
 * ", "3. "), two to four capitalised words (particles between them) up to
 * the line's end or a separator (a dash, a comma, a bracket, a colon, a
 * TAB or a column gap); FALSE when the line is no such item.  *@kind is
 * the separator's first byte ('\n' at the line's end). */
static gboolean
list_line_lead(const char *ls, const char *le, const char **s, const char **e,
               char *kind)
{
  const char *p = cv_skip_hspace(ls, le);
  if (p >= le)
    return FALSE; /* (a blank line, or the text's last, unterminated) */
  if (le - p >= 2 && (*p == '-' || *p == '*') && p[1] == ' ')
    p += 2;
  else if (le - p >= 4 && (guint8)p[0] == 0xe2 && (guint8)p[1] == 0x80 &&
           (guint8)p[2] == 0xa2 && p[3] == ' ')
    p += 4;
  else if (cv_is_digit(*p)) {
    const char *d = p;
    while (d < le && cv_is_digit(*d) && d - p < 3)
      d++;
    if (d + 1 < le && (*d == '.' || *d == ')') && d[1] == ' ')
      p = d + 2;
    else
      return FALSE;
  }
  if (p >= le || (!(cv_cls[(guint8)*p] & CV_C_UPPER) && (guint8)*p < 0xc3))
    return FALSE; /* (cheap first: a capital opens the lead) */
  /* (and a word in small letters longer than a particle ends it: prose) */
  for (const char *r = p; r + 1 < le && r - p < 64; r++) {
    if (*r == '\t' || *r == ',' || *r == ':' || *r == '(' ||
        (*r == ' ' && (r[1] == ' ' || r[1] == '-' || (guint8)r[1] == 0xe2)))
      break;
    if (*r == ' ' && g_ascii_islower(r[1])) {
      const char *t = r + 1;
      while (t < le && g_ascii_islower(*t) && t - r <= 4)
        t++;
      if (t - r > 4)
        return FALSE;
    }
  }
  const char *q = p;
  int words = 0;
  while (q < le && words < 6) {
    Word w;
    if (!cv_word_at(q, le, &w) || w.digit || w.fn < 2)
      return FALSE;
    if (w.cap)
      words++;
    else if (!cv_is_particle_word(&w) || q == p)
      return FALSE;
    q = w.e;
    if (q + 1 < le && *q == ' ' && cv_is_alpha_ascii(q[1]))
      q++;
    else if (q + 1 < le && *q == ' ' && (guint8)q[1] >= 0x80 &&
             (guint8)q[1] != 0xe2)
      q++;
    else
      break;
  }
  if (words < 2 || words > 4 || q[-1] == ' ')
    return FALSE;
  const char *t = q;
  while (t < le && (*t == ' ' || *t == '\r'))
    t++;
  if (t == le)
    *kind = '\n';
  else if (*t == '\t' || t - q >= 2)
    *kind = '\t';
  else if (*t == ',' || *t == '(' || *t == ':' || *t == '-')
    *kind = *t;
  else if ((guint8)*t == 0xe2 && le - t >= 3 && (guint8)t[1] == 0x80 &&
           ((guint8)t[2] == 0x94 || (guint8)t[2] == 0x93))
    *kind = '-'; /* (an em or en dash) */
  else
    return FALSE;
  *s = p;
  *e = q;
  return TRUE;
}

#define LINE_LIST_MAX 64
/* Lists of persons one per line: an attendance list, a board's members
 * and their offices ("PALMYRE FAUCON — Vice-présidence" / "ARCADIUS
 * LEVIEUX — Trésorerie"), a roll of names.  In a run of three lines or
 * more whose leads have the same separator, when two leads and
 * a third of them are persons already, the others are too: unless a context word
 * (an organisation's, a street's, a role's) is among their words, or
 * every word is a dictionary word and no known name. */
static void
line_lists(CvScan *scan)
{
  const char *text = scan->text;
  guint lead_persons = 0;
  for (guint i = 0; i < scan->cands->len && lead_persons < 2; i++) {
    const CvSpan *sp = &g_array_index(scan->cands, CvSpan, i);
    if (sp->type != CV_PII_PERSON)
      continue;
    const char *b = text + sp->start;
    while (b > text &&
           (b[-1] == ' ' || b[-1] == '-' || b[-1] == '*' || b[-1] == '.' ||
            b[-1] == ')' || cv_is_digit(b[-1])) &&
           text + sp->start - b < 6)
      b--;
    if (b == text || b[-1] == '\n' || (guint8)b[-1] == 0xa2)
      lead_persons++;
  }
  if (lead_persons < 2)
    return;
  guint8 *bits = g_malloc0(scan->len / 8 + 1);
  guint n0 = scan->cands->len;
  for (guint i = 0; i < n0; i++) {
    const CvSpan *sp = &g_array_index(scan->cands, CvSpan, i);
    if (sp->type == CV_PII_PERSON)
      bits[sp->start >> 3] |= (guint8)(1u << (sp->start & 7));
  }
  const GArray *lines = cv_scan_lines(scan);
  const char *is[LINE_LIST_MAX], *ie[LINE_LIST_MAX];
  guint n = 0, persons = 0;
  char kind = 0;
  for (guint li = 0; li <= lines->len; li++) {
    const char *ls = NULL, *le = NULL, *a, *b;
    char k = 0;
    gboolean item = FALSE;
    gboolean lead = FALSE;
    if (li < lines->len) {
      cv_line_of(scan, lines, li, &ls, &le);
      lead = le - ls <= 160 && list_line_lead(ls, le, &a, &b, &k);
      item = lead && (n == 0 || k == kind) && n < LINE_LIST_MAX;
    }
    if (item) {
      is[n] = a;
      ie[n] = b;
      persons += person_at(bits, (gsize)(a - text));
      kind = k;
      n++;
      continue;
    }
    if (n >= 3 && persons >= 2 && 3 * persons >= n) {
      for (guint j = 0; j < n; j++) {
        if (person_at(bits, (gsize)(is[j] - text)))
          continue;
        gboolean ok = TRUE, named = FALSE;
        for (const char *q = is[j]; q < ie[j] && ok;) {
          Word w;
          if (!cv_word_at(q, ie[j], &w))
            break;
          if (w.cats & ~(CV_CTX_GAZFIRST | CV_CTX_GAZLAST | CV_CTX_PARTICLE))
            ok = cv_is_particle_word(&w);
          else if (w.cap &&
                   (w.cats || !cv_name_model_in_dict(scan->model, w.s, w.e) ||
                    (cv_name_model_lists(scan->model, w.s, w.e) & 3)))
            named = TRUE;
          q = w.e;
          while (q < ie[j] && *q == ' ')
            q++;
        }
        if (ok && named &&
            !cv_scan_in_keep(scan, (gsize)(is[j] - text), (gsize)(ie[j] - text)))
          cv_add_name(scan, is[j], ie[j], 0.75f, "name-line-list");
      }
    }
    n = persons = 0;
    /* (this line may open the next list) */
    if (lead) {
      is[0] = a;
      ie[0] = b;
      persons = person_at(bits, (gsize)(a - text));
      kind = k;
      n = 1;
    }
  }
  g_free(bits);
}

/* Is [@s, @e) written in capitals (letters, no small one)? */
static gboolean
caps_only(const char *s, const char *e)
{
  gboolean any = FALSE;
  for (const char *q = s; q < e;) {
    gsize cl;
    gboolean up;
    if (cv_letter_at(q, e, &cl, &up)) {
      if (!up)
        return FALSE;
      any = TRUE;
      q += cl;
    } else {
      q++;
    }
  }
  return any;
}

/* Is [@s, @e) a name written as a list's item: two to four capitalised
 * words (particles between), no context word but a stop word, no place,
 * each out of the dictionaries or in the name lists? */
static gboolean
slash_item_name(const CvScan *scan, const char *s, const char *e)
{
  int words = 0;
  const char *q = s;
  while (q < e) {
    Word w;
    if (!cv_word_at(q, e, &w) || w.digit || w.fn < 2 ||
        (w.cats & ~(guint32)(CV_CTX_STOPNAME | CV_CTX_GAZFIRST |
                             CV_CTX_GAZLAST | CV_CTX_PARTICLE)))
      return FALSE;
    if (w.cap) {
      if ((w.cats & CV_CTX_PARTICLE) || cv_word_is_place(&w))
        return FALSE;
      /* (the first a given name: not "Service Canada") */
      if (!cv_word_may_name(scan, &w) ||
          (words == 0 && cv_name_model_in_dict(scan->model, w.s, w.e) &&
           !(cv_name_model_lists(scan->model, w.s, w.e) & 1) &&
           !cv_gazetteer_first(w.f, w.fn)))
        return FALSE;
      words++;
    } else if (!(w.cats & CV_CTX_PARTICLE)) {
      return FALSE;
    }
    q = w.e;
    if (q < e && *q != ' ')
      return FALSE;
    while (q < e && *q == ' ')
      q++;
  }
  return words >= 2 && words <= 4;
}

/* Names paired with a slash on one line, as dockets and run sheets list
 * counsel and crews ("Counsel: Tigist Woldetsadik / Jomar Noel Aguinaldo",
 * "Crew: Peterosie Nappaaluk / Victor Pagé"): when one is a person found,
 * the other is too if it reads as a name and ends the line or meets the
 * next slash. */
static void
slash_pairs(CvScan *scan)
{
  const char *text = scan->text, *end = text + scan->len;
  guint n0 = scan->cands->len;
  for (guint i = 0; i < n0; i++) {
    const CvSpan sp = g_array_index(scan->cands, CvSpan, i);
    if (sp.type != CV_PII_PERSON)
      continue;
    const char *s = text + sp.start, *e = text + sp.end;
    if (end - e > 4 && memcmp(e, " / ", 3) == 0) {
      /* the item after */
      const char *a = e + 3, *b = a;
      while (b < end && b - a < 64 && *b != '\n' && *b != '\r' && *b != '/' &&
             *b != ',' && *b != ';' && *b != '(' && *b != '|')
        b++;
      const char *z = b;
      while (z > a && z[-1] == ' ')
        z--;
      if ((b >= end || *b == '\n' || *b == '\r' || (*b == '/' && b[-1] == ' ')) &&
          z > a && slash_item_name(scan, a, z) &&
          !cv_scan_in_keep(scan, (gsize)(a - text), (gsize)(z - text)))
        cv_add_name(scan, a, z, 0.75f, "name-slash-pair");
    }
    if (s - text > 4 && memcmp(s - 3, " / ", 3) == 0) {
      /* the item before, after a colon or the line's start */
      const char *z = s - 3, *a = z;
      while (a > text && z - a < 64 && a[-1] != '\n' && a[-1] != ':' &&
             a[-1] != '/' && a[-1] != ',' && a[-1] != ';' && a[-1] != '|')
        a--;
      while (a < z && *a == ' ')
        a++;
      if ((a == text || a[-1] == '\n' || a[-1] == ':' || a[-1] == ' ') &&
          z > a && slash_item_name(scan, a, z) &&
          !cv_scan_in_keep(scan, (gsize)(a - text), (gsize)(z - text)))
        cv_add_name(scan, a, z, 0.75f, "name-slash-pair");
    }
  }
}

void
cv_scan_extend_names(CvScan *scan)
{
  name_lists(scan);
  line_lists(scan);
  slash_pairs(scan);
  const char *text = scan->text, *end = text + scan->len;
  for (guint i = 0; i < scan->cands->len; i++) {
    CvSpan *sp = &g_array_index(scan->cands, CvSpan, i);
    if (sp->type != CV_PII_PERSON)
      continue;
    const char *s = text + sp->start;
    for (int k = 0; k < 4; k++) {
      const char *ns;
      if (initial_before(text, s, &ns)) {
        s = ns;
        continue;
      }
      if (s - text >= 5 && s[-1] == ' ' && (cv_cls[(guint8)s[-2]] & CV_C_UPPER) &&
          s[-2] != 'A' && s[-2] != 'I' && s[-3] == ' ') {
        /* a given name and an initial without its dot: "[Ravil G]
         * Yefimov" */
        const char *we = s - 3, *ws = we;
        while (ws > text && we - ws < 30 &&
               (cv_is_alpha_ascii(ws[-1]) || (guint8)ws[-1] >= 0x80 ||
                ws[-1] == '-'))
          ws--;
        gsize cl;
        gboolean up = FALSE;
        char f[CV_REDACT_MAX_WORD];
        gsize fn = ws < we ? cv_fold(ws, we, f, sizeof f) : 0;
        guint16 v;
        if (fn >= 3 && cv_letter_at(ws, we, &cl, &up) && up &&
            !(ws > text && (cv_is_digit(ws[-1]) || ws[-1] == '\'')) &&
            !cv_ctx_lookup(f, fn, &v) &&
            !(cv_name_model_in_dict(scan->model, ws, we) &&
              !(cv_name_model_lists(scan->model, ws, we) & 1)) &&
            !cv_scan_in_keep(scan, (gsize)(ws - text), sp->end)) {
          s = ws;
          continue;
        }
      }
      if (k == 0 && s - text >= 4 && s[-1] == ' ' && s[-2] == ',' &&
          caps_only(s, text + sp->end)) {
        /* a surname in capitals before its comma, the given name in
         * capitals found: "SINCÈRE, [REBECCA] (acquéreur)" */
        const char *we = s - 2, *ws = we;
        while (ws > text && we - ws < 30 &&
               (cv_is_alpha_ascii(ws[-1]) || (guint8)ws[-1] >= 0x80 ||
                ws[-1] == '-'))
          ws--;
        Word pw;
        /* (opening a cell, a clause or a list's item: "FEKIR, JAMAL,
         * MILLETTE, JEANNE-D'ARC" stays two persons' spans) */
        if (ws < we && !(ws > text && cv_is_alnum_ascii(ws[-1])) &&
            (ws == text || strchr("\n|;:(\t", ws[-1]) ||
             (ws - text >= 2 && ws[-1] == ' ' && strchr(";:|(-", ws[-2])) ||
             /* (a dash or an arrow: "— PIERRE-LOUIS, KERVENS → …") */
             (ws - text >= 4 && ws[-1] == ' ' && (guint8)ws[-4] == 0xE2 &&
              (((guint8)ws[-3] == 0x80 &&
                ((guint8)ws[-2] == 0x94 || (guint8)ws[-2] == 0x93)) ||
               ((guint8)ws[-3] == 0x86 && (guint8)ws[-2] == 0x92))) ||
             (ws - text >= 4 && memcmp(ws - 4, " et ", 4) == 0) ||
             (ws - text >= 5 && memcmp(ws - 5, " and ", 5) == 0)) &&
            cv_word_at(ws, we, &pw) && pw.e == we && pw.upper && pw.fn >= 2 &&
            !(pw.cats &
              ~(guint32)(CV_CTX_STOPNAME | CV_CTX_GAZFIRST | CV_CTX_GAZLAST)) &&
            cv_word_may_name(scan, &pw) &&
            !cv_scan_in_keep(scan, (gsize)(ws - text), sp->end)) {
          s = ws;
          break;
        }
      }
      /* a word before, on the same line, after one space */
      if (s - text < 3 || s[-1] != ' ')
        break;
      const char *we = s - 1;
      const char *ws = we;
      while (ws > text &&
             (cv_is_alpha_ascii(ws[-1]) || (guint8)ws[-1] >= 0x80 ||
              ws[-1] == '-') &&
             we - ws < 30)
        ws--;
      if (ws == we || (ws > text && (cv_is_digit(ws[-1]) || ws[-1] == '\'')))
        break;
      char f[CV_REDACT_MAX_WORD];
      gsize fn = cv_fold(ws, we, f, sizeof f);
      if (fn == 0)
        break;
      guint16 v;
      guint32 cats = cv_ctx_lookup(f, fn, &v);
      gboolean cap = (cv_cls[(guint8)*ws] & CV_C_UPPER) || ((guint8)*ws == 0xC3);
      if ((cats & CV_CTX_PARTICLE) && fn <= 3 &&
          particle_goes_with(text, ws, f, fn, cap)) {
        /* "Van Buriánek", "Des Lamoureux", "DE JONGE", "van Doorn" */
        s = ws;
        continue;
      }
      if ((cats & CV_CTX_PARTICLE) && fn <= 3 && !cap) {
        /* "de", "van": only if a known given name precedes it */
        const char *t = ws;
        if (t - text >= 2 && t[-1] == ' ') {
          const char *b = t - 1;
          while (b > text && (cv_is_alpha_ascii(b[-1]) || (guint8)b[-1] >= 0x80))
            b--;
          char g[CV_REDACT_MAX_WORD];
          gsize gn = cv_fold(b, t - 1, g, sizeof g);
          guint16 v2;
          if (gn && (cv_cls[(guint8)*b] & CV_C_UPPER) &&
              (cv_gazetteer_first(g, gn) ||
               (!cv_ctx_lookup(g, gn, &v2) &&
                (!cv_name_model_in_dict(scan->model, b, t - 1) ||
                 (cv_name_model_lists(scan->model, b, t - 1) & 1))))) {
            s = b;
            continue;
          }
        }
        break;
      }
      if (cap &&
          !(cats & (CV_CTX_STOPNAME | CV_CTX_TITLE | CV_CTX_LABEL | CV_CTX_GREET |
                    CV_CTX_MONTH | CV_CTX_ROLE | CV_CTX_REL | CV_CTX_CLOSE)) &&
          cv_gazetteer_first(f, fn) &&
          !cv_scan_in_keep(scan, (gsize)(ws - text), sp->end)) {
        /* a known given name right before: "Marie [Roy]" (not at a
         * sentence start: "Selon Roy" is no given name) */
        s = ws;
        continue;
      }
      const char *ob = ws;
      while (cap && k == 0 && ob > text && (ob[-1] == ' ' || ob[-1] == '\t'))
        ob--;
      if (cap && k == 0 && (ob == text || strchr("\n,(:;|", ob[-1])) &&
          (cats & ~(guint32)(CV_CTX_GAZFIRST | CV_CTX_GAZLAST)) == 0 &&
          fn >= 3 && !(cv_cls[(guint8)ws[1]] & CV_C_UPPER) &&
          (cv_cls[(guint8)s[0]] & CV_C_UPPER) &&
          (cv_cls[(guint8)s[1]] & CV_C_LOWER) &&
          !cv_name_model_in_dict(scan->model, ws, we) &&
          !cv_scan_in_keep(scan, (gsize)(ws - text), sp->end)) {
        /* a given name out of the dictionaries right before, opening an
         * item: "(mother), Ekleen [Ogunyemi] (teacher)" */
        s = ws;
        continue;
      }
      static const char *const short_words[] = {
        "in", "on", "at", "to", "of", "is", "it", "as", "by", "or", "if", "so",
        "no", "we", "he", "me", "my", "up", "en", "au", "du", "de", "la", "le",
        "un", "et", "ou", "si", "ne", "se", "ce", "sa", "ta", "ma", "il", "do"
      };
      if (cap && fn == 2 && we + 1 == s &&
          (cats & ~(guint32)(CV_CTX_GAZFIRST | CV_CTX_GAZLAST)) ==
              CV_CTX_STOPNAME &&
          (cv_name_model_lists(scan->model, ws, we) & 1) &&
          !cv_name_model_in_dict(scan->model, s, text + sp->end) &&
          (cv_name_model_lists(scan->model, s, text + sp->end) & 3) &&
          s + 1 < text + sp->end && !(cv_cls[(guint8)s[1]] & CV_C_UPPER) &&
          !cv_folded_in(f, fn, short_words, G_N_ELEMENTS(short_words)) &&
          !cv_scan_in_keep(scan, (gsize)(ws - text), sp->end)) {
        /* a two-letter given name that is also a short word, before a
         * surname found out of the dictionaries: "[An] Vo called" */
        s = ws;
        continue;
      }
      if (cap && (cats & CV_CTX_MONTH) && k == 0 && we + 1 == s &&
          (cv_name_model_lists(scan->model, ws, we) & 1) &&
          !cv_scan_in_keep(scan, (gsize)(ws - text), sp->end) &&
          month_opens(scan, ws)) {
        /* a month that is a given name, opening a sentence, a line or a
         * field before the name found: "[May] Chen called", "Nom : [June]
         * Smith" ("In May Chen wrote", "le 3 mai Chen" keep the month) */
        s = ws;
        continue;
      }
      break;
    }
    /* after: " C." initial; a capitalised word that is neither a context
     * word nor a dictionary word ("Tshiuetin [Mestokosho]") */
    const char *e = text + sp->end;
    /* OCR's 0 or 1 for an o or an l inside the last word, and the letters
     * after it: "Stella [Vent]0tta", "[MELANÇ]0N" */
    for (int k = 0; k < 3 && end - e >= 2 && (*e == '0' || *e == '1'); k++) {
      gsize cl;
      gboolean up;
      const char *q = e + 1;
      if (e == text || !(cv_is_alpha_ascii(e[-1]) || (guint8)e[-1] >= 0x80) ||
          !cv_letter_at(q, end, &cl, &up))
        break;
      while (q < end && cv_letter_at(q, end, &cl, &up))
        q += cl;
      e = q;
    }
    for (int k = 0; k < 2; k++) {
      if (end - e >= 3 && e[0] == ' ' && (cv_cls[(guint8)e[1]] & CV_C_UPPER) &&
          e[2] == '.' && (e + 3 >= end || !cv_is_alnum_ascii(e[3]))) {
        e += 3;
        continue;
      }
      if (end - e >= 5 && e[0] == ' ' && (cv_cls[(guint8)e[1]] & CV_C_UPPER) &&
          e[1] != 'A' && e[1] != 'I' && e[2] == ' ') {
        /* an initial without its dot and the surname after it: "Stephan
         * [M Urner]", "Kate [M Begum]" (not "À"/"A" or "I") */
        const char *ws = e + 3, *we = ws;
        gsize cl;
        gboolean up = FALSE;
        if (cv_letter_at(ws, end, &cl, &up) && up) {
          while (we < end && we - ws < 40 &&
                 (cv_letter_at(we, end, &cl, &up) || *we == '-'))
            we += cv_letter_at(we, end, &cl, &up) ? cl : 1;
          char f[CV_REDACT_MAX_WORD];
          gsize fn = cv_fold(ws, we, f, sizeof f);
          guint16 v;
          if (fn >= 3 && !cv_ctx_lookup(f, fn, &v) &&
              !(we < end && cv_is_digit(*we)) &&
              !cv_scan_in_keep(scan, (gsize)(ws - text), (gsize)(we - text))) {
            e = we;
            continue;
          }
        }
      }
      if (end - e < 3 || e[0] != ' ')
        break;
      const char *ws = e + 1, *we = ws;
      {
        /* a particle and a name word: "Qelmira du Tarnowsky" */
        const char *pe = ws;
        while (pe < end && pe - ws < 4 && cv_is_alpha_ascii(*pe))
          pe++;
        char pf[4];
        gsize pn = cv_fold(ws, pe, pf, sizeof pf);
        guint16 pv;
        if (pn >= 2 && pn <= 3 && pe + 2 < end && *pe == ' ' &&
            (cv_ctx_lookup(pf, pn, &pv) & CV_CTX_PARTICLE) &&
            !(cv_cls[(guint8)*ws] & CV_C_UPPER) &&
            (cv_cls[(guint8)pe[1]] & CV_C_UPPER)) {
          const char *ns = pe + 1, *ne2 = ns;
          while (ne2 < end && ne2 - ns < 40 &&
                 (cv_is_alpha_ascii(*ne2) || (guint8)*ne2 >= 0x80 || *ne2 == '-'))
            ne2++;
          char nf[CV_REDACT_MAX_WORD];
          gsize nn = cv_fold(ns, ne2, nf, sizeof nf);
          guint16 nv;
          if (nn >= 3 && !cv_ctx_lookup(nf, nn, &nv) &&
              !cv_name_model_in_dict(scan->model, ns, ne2) &&
              !cv_scan_in_keep(scan, (gsize)(ns - text), (gsize)(ne2 - text))) {
            e = ne2;
            continue;
          }
        }
      }
      {
        /* a short surname of Vietnamese, Chinese or Korean names ending
         * the name: "Thụy Nương Le,", "Long Quan Do —", "Lindsay Le," (a
         * particle elsewhere: "Marie Le Roux" is the particle's rule); a
         * given name there, never a month before a comma: "Hồ Mai," */
        static const char *const shorts[] = { "Le",
                                              "La",
                                              "Do",
                                              "To",
                                              "T\xc3\xb4",
                                              "L\xc3\xaa",
                                              "Vu",
                                              "V\xc5\xa9",
                                              "Ly",
                                              "Ho",
                                              "H\xe1\xbb\x93",
                                              "Ha",
                                              "Ma",
                                              "Yu",
                                              "Xu",
                                              "Wu",
                                              "Li",
                                              "Lu",
                                              "Ng",
                                              "Du",
                                              "Hu",
                                              "Mo",
                                              "Ko",
                                              "Oh",
                                              "Im",
                                              "Mai" };
        for (gsize k2 = 0; k2 < G_N_ELEMENTS(shorts); k2++) {
          gsize n2 = strlen(shorts[k2]);
          const char *x = ws + n2;
          if ((gsize)(end - ws) >= n2 && memcmp(ws, shorts[k2], n2) == 0 &&
              (x >= end || strchr(",.;:)\n\r", *x) ||
               (*x == ' ' && x + 1 < end && strchr("(-\xe2", x[1])))) {
            we = x;
            break;
          }
        }
        if (we > ws) {
          e = we;
          break;
        }
      }
      gsize cl;
      gboolean up;
      if (!cv_letter_at(ws, end, &cl, &up) || !up)
        break;
      while (we < end && we - ws < 40 &&
             (cv_letter_at(we, end, &cl, &up) || *we == '-'))
        we += cv_letter_at(we, end, &cl, &up) ? cl : 1;
      char f[CV_REDACT_MAX_WORD];
      gsize fn = cv_fold(ws, we, f, sizeof f);
      guint16 v;
      /* (a dictionary word too if it is a known surname and no number
       * follows: "Cahyo Page", "Faustina King") */
      /* (nor a word in capitals before a number: "GBOX BARC 2003") */
      if (fn < 3 || (we < end && cv_is_digit(*we)) || cv_ctx_lookup(f, fn, &v) ||
          (!(cv_cls[(guint8)ws[1]] & CV_C_LOWER) && we + 1 < end &&
           *we == ' ' && cv_is_digit(we[1])) ||
          (cv_name_model_in_dict(scan->model, ws, we) &&
           (!(cv_name_model_lists(scan->model, ws, we) & 2) ||
            /* (a surname in capitals after a name in small letters is one:
             * "Léandre PAGÉ") */
            (!(cv_cls[(guint8)ws[1]] & CV_C_LOWER) &&
             !(sp->end - sp->start >= 2 &&
               (cv_cls[(guint8)text[sp->start + 1]] & CV_C_LOWER) &&
               !cv_name_model_in_dict(scan->model, text + sp->start, text + sp->end) &&
               /* (not a label in capitals: "Maëlle LAST NAME:") */
               !(we < end &&
                 (*we == ':' || (we + 1 < end && *we == ' ' &&
                                 (cv_cls[(guint8)we[1]] & CV_C_UPPER)))))) ||
            (we + 1 < end && *we == ' ' && cv_is_digit(we[1])))) ||
          cv_scan_in_keep(scan, (gsize)(ws - text), (gsize)(we - text)))
        break;
      e = we;
    }
    sp->start = (gsize)(s - text);
    sp->end = (gsize)(e - text);
  }
  dob_after_names(scan);
}
