/* scan-numbers.c — owns the detectors of numeric and alphanumeric
 * identifiers: SIN/NAS, credit cards, Canadian bank accounts, NANP phone
 * numbers (with extensions), IPv4/IPv6, and the letter-led ones: RAMQ health
 * numbers, Québec driver's licences, passports, postal codes, IBAN.
 *
 * Digit runs are read once, left to right: a run is a list of digit groups
 * joined by short separators (spaces, no-break spaces, hyphens, dots,
 * parentheses, one line break).  Templates (3-3-3, 4-4-4-4, 3-3-4, 5-3-7...)
 * are tried at each group; the checksums and the context words decide.
 * Every loop advances; look-arounds are bounded, so the pass is linear. */
#include "redact-private.h"
#include "scan-words.h"

#include <sodium.h>
#include <string.h>

/* ---- check digits ------------------------------------------------------- */

gboolean
cv_luhn_ok(const char *d, gsize n)
{
  guint sum = 0;
  for (gsize i = 0; i < n; i++) {
    guint v = (guint)(d[n - 1 - i] - '0');
    if (v > 9)
      return FALSE;
    if (i & 1) {
      v *= 2;
      if (v > 9)
        v -= 9;
    }
    sum += v;
  }
  return n > 0 && sum % 10 == 0;
}

static guint
ebcdic(char c)
{
  if (c >= '0' && c <= '9')
    return 240u + (guint)(c - '0');
  if (c >= 'A' && c <= 'I')
    return 193u + (guint)(c - 'A');
  if (c >= 'J' && c <= 'R')
    return 209u + (guint)(c - 'J');
  if (c >= 'S' && c <= 'Z')
    return 226u + (guint)(c - 'S');
  return 0;
}

/* @nam: 12 chars AAAAYYMMDDXC (upper case, no separators). */
gboolean
cv_ramq_ok(const char *nam)
{
  static const guint w[14] = {1, 3, 7, 9, 1, 7, 1, 3, 4, 5, 7, 6, 9, 1};
  for (int i = 0; i < 4; i++)
    if (nam[i] < 'A' || nam[i] > 'Z')
      return FALSE;
  for (int i = 4; i < 12; i++)
    if (i != 10 && !cv_is_digit(nam[i]))
      return FALSE;
  int yy = (nam[4] - '0') * 10 + (nam[5] - '0');
  int mm = (nam[6] - '0') * 10 + (nam[7] - '0');
  char sex = 'M';
  if (mm > 50) {
    mm -= 50;
    sex = 'F';
  }
  if (mm < 1 || mm > 12)
    return FALSE;
  /* Try the two plausible centuries, most recent first. */
  for (int century = 20; century >= 18; century--) {
    char s[14];
    memcpy(s, nam, 3);
    s[3] = nam[3];
    s[4] = (char)('0' + century / 10);
    s[5] = (char)('0' + century % 10);
    s[6] = (char)('0' + yy / 10);
    s[7] = (char)('0' + yy % 10);
    s[8] = sex;
    s[9] = (char)('0' + mm / 10);
    s[10] = (char)('0' + mm % 10);
    s[11] = nam[8];
    s[12] = nam[9];
    s[13] = nam[10];
    guint sum = 0;
    for (int i = 0; i < 14; i++) {
      guint e = ebcdic(s[i]);
      if (e == 0)
        return FALSE;
      sum += e * w[i];
    }
    if (sum % 10 == (guint)(nam[11] - '0'))
      return TRUE;
  }
  return FALSE;
}

gboolean
cv_iban_ok(const char *iban, gsize n)
{
  if (n < 15 || n > 34)
    return FALSE;
  guint rem = 0;
  for (gsize k = 0; k < n; k++) {
    char c = iban[(k + 4) % n];
    if (cv_is_digit(c)) {
      rem = (rem * 10 + (guint)(c - '0')) % 97;
    } else if (c >= 'A' && c <= 'Z') {
      guint v = (guint)(c - 'A') + 10;
      rem = (rem * 100 + v) % 97;
    } else {
      return FALSE;
    }
  }
  return rem == 1;
}

/* ---- digit runs ---------------------------------------------------------- */

typedef struct {
  gsize s, e;         /* bytes of the group */
  guint8 nd;          /* characters (digits after OCR mapping) */
  guint8 nocr;        /* OCR look-alikes mapped to digits */
  guint16 doff;       /* offset in the run's digit buffer */
  char sep;           /* separator before: 0 first, ' ', '-', '.', ')', '\n' */
  gboolean dirty;     /* a letter or ',digit' follows: no template ends here */
} Group;

typedef struct {
  Group g[CV_REDACT_MAX_GROUPS];
  guint n;
  char dig[CV_REDACT_MAX_GROUPS * 24 + 1];
  gsize nd;
  gsize run_start; /* byte where the run starts (before any '(' or '+') */
  gboolean amount; /* a currency sign touches the run */
} Run;

static inline int
ocr_digit(guint8 c)
{
  switch (c) {
  case 'O': case 'o': case 'D': return '0';
  case 'l': case 'I': case '|': case 'i': return '1';
  case 'S': case 's': return '5';
  case 'B': return '8';
  case 'Z': return '2';
  case 'G':
  case 'b':
    return '6';
  default: return 0;
  }
}

/* Reads one group at @p; returns its end or @p if none. */
static const char *
read_group(const char *p, const char *end, Run *run, Group *g)
{
  const char *q = p;
  guint real = 0, ocr = 0;
  g->doff = (guint16)run->nd;
  while (q < end) {
    guint8 c = (guint8)*q;
    int d = 0;
    if (cv_is_digit(c)) {
      d = c;
      real++;
    } else if ((d = ocr_digit(c)) != 0) {
      /* a look-alike only between/next to digits, not starting a word */
      gboolean next_digit = q + 1 < end && cv_is_digit(q[1]);
      if (!(real > 0 || next_digit))
        break;
      /* '|' closing a field ("|106.31.73.20|"): no '1' */
      if (c == '|' && !next_digit)
        break;
      if (q + 1 < end && cv_is_alpha_ascii(q[1]) && !ocr_digit((guint8)q[1]))
        break;
      ocr++;
    } else {
      break;
    }
    if (run->nd < sizeof run->dig - 1 && real + ocr <= 24)
      run->dig[run->nd++] = (char)d;
    q++;
  }
  if (real == 0 || ocr > real || ocr > 2) {
    run->nd = g->doff;
    return p;
  }
  g->s = (gsize)p;
  g->e = (gsize)q;
  g->nd = (guint8)MIN(real + ocr, 255u);
  g->nocr = (guint8)ocr;
  g->dirty = FALSE;
  /* a letter glued to the digits ends no template, except the 'x' of an
   * extension ("3560x4587") */
  if (q < end && cv_is_alpha_ascii(*q) &&
      !((*q == 'x' || *q == 'X') && real >= 3 && q + 1 < end && cv_is_digit(q[1])))
    g->dirty = TRUE;
  if (q + 1 < end && *q == ',' && cv_is_digit(q[1]))
    g->dirty = TRUE;
  if (real + ocr > 24) {
    g->dirty = TRUE;
    run->nd = g->doff;
  }
  return q;
}

/* Reads a separator at @p; returns its end (== @p if none) and its kind. */
static const char *
read_sep(const char *p, const char *end, char *kind, gboolean *out_nl)
{
  const char *q = p;
  gboolean punct = FALSE, nl = FALSE, space = FALSE, paren = FALSE;
  int steps = 0;
  while (q < end && steps < 5) {
    if (*q == '\t')
      break; /* a TAB separates table cells: never inside a number */
    gsize hl = cv_hspace_len(q, end);
    if (hl) {
      if (space && *q == ' ' && q + 1 < end && q[1] == ' ')
        break; /* three spaces: a column gap */
      q += hl;
      space = TRUE;
    } else if (!punct && (*q == '-' || *q == '.' || *q == ')')) {
      if (*q == ')')
        paren = TRUE;
      *kind = *q;
      punct = TRUE;
      q++;
    } else if (!punct && end - q >= 3 && (guint8)q[0] == 0xE2 &&
               (guint8)q[1] == 0x80 && ((guint8)q[2] == 0x93 || (guint8)q[2] == 0x91)) {
      *kind = '-';
      punct = TRUE;
      q += 3;
    } else if (!punct && q == p && end - q >= 2 && (guint8)q[0] == 0xC2 &&
               (guint8)q[1] == 0xB0) {
      /* a speck OCR read as a degree sign right after the digits */
      *kind = '.';
      punct = TRUE;
      q += 2;
    } else if (!nl && (*q == '\n' || *q == '\r')) {
      if (*q == '\r' && q + 1 < end && q[1] == '\n')
        q++;
      q++;
      nl = TRUE;
    } else if (*q == '(' && !paren) {
      q++;
      paren = TRUE;
    } else {
      break;
    }
    steps++;
  }
  if (!punct)
    *kind = nl ? '\n' : ' ';
  if (q == p)
    *kind = 0;
  *out_nl = nl;
  return q;
}

/* Digits on the line starting at @p (up to a line break, TAB, letter or
 * column gap; at most 48 bytes looked at). */
static guint
line_digits(const char *p, const char *end)
{
  guint n = 0;
  for (const char *q = p; q < end && q - p < 48; q++) {
    if (cv_is_digit(*q))
      n++;
    else if (*q == '\n' || *q == '\r' || *q == '\t' || cv_is_alpha_ascii(*q) ||
             (*q == ' ' && q + 2 < end && q[1] == ' ' && q[2] == ' '))
      break;
  }
  return n;
}

static void
read_run(const char *text, const char *p, const char *end, Run *run,
         const char **out_end)
{
  run->n = 0;
  run->nd = 0;
  run->amount = FALSE;
  const char *q = p;
  char sep = 0;
  guint line_nd = 0;          /* digits of the run on the current line */
  gboolean line_punct = FALSE; /* '-' or '.' between groups on this line */
  gboolean line_all4 = TRUE;   /* groups of four on this line (a card) */
  while (run->n < CV_REDACT_MAX_GROUPS) {
    Group *g = &run->g[run->n];
    const char *ge = read_group(q, end, run, g);
    if (ge == q)
      break;
    g->sep = sep;
    run->n++;
    q = ge;
    line_nd += g->nd;
    if (g->nd != 4)
      line_all4 = FALSE;
    if (g->dirty)
      break;
    gboolean nl = FALSE;
    const char *se = read_sep(q, end, &sep, &nl);
    if (se == q || se >= end)
      break;
    /* the next group must start here */
    if (!cv_is_digit(*se) && !(ocr_digit((guint8)*se) && se + 1 < end &&
                               cv_is_digit(se[1])))
      break;
    if (nl) {
      /* A line break ends the number (table cells one per line: a date
       * then a SIN) unless the value clearly continues: a separator
       * dangling before the break ("514-555-" / "1234"), or two partial
       * lines that are each too short to be a value on their own. */
      guint next_nd = line_digits(se, end);
      gboolean dangling = sep == '-';
      gboolean card_wrap = line_all4 && !line_punct && line_nd >= 8 && line_nd <= 12 &&
                           next_nd <= 8;
      if (!dangling && !card_wrap && (line_punct || line_nd >= 9 || next_nd >= 9))
        break;
      line_nd = 0;
      line_punct = FALSE;
      line_all4 = TRUE;
    } else if (sep == '-' || sep == '.') {
      line_punct = TRUE;
    }
    q = se;
  }
  *out_end = q;
  if (run->n > 0) {
    /* skip the rest of an over-long run in one go */
    const char *r = q;
    if (run->n == CV_REDACT_MAX_GROUPS)
      while (r < end && (cv_is_digit(*r) || *r == '-' || *r == '.' || *r == ' '))
        r++;
    *out_end = r > q ? r : q;
    /* currency */
    const char *a = (const char *)run->g[run->n - 1].e;
    const char *b = a;
    while (b < end && b - a < 3 && (*b == ' ' || (guint8)*b == 0xC2 || (guint8)*b == 0xA0 ||
                                   (guint8)*b == 0xE2 || (guint8)*b == 0x80 || (guint8)*b == 0xAF))
      b++;
    if (b < end && (*b == '$' || (end - b >= 3 && (guint8)b[0] == 0xE2 &&
                                  (guint8)b[1] == 0x82 && (guint8)b[2] == 0xAC)))
      run->amount = TRUE;
    if (a < end && *a == ',' && a + 1 < end && cv_is_digit(a[1]))
      run->amount = TRUE;
    if (p > text && (p[-1] == '$' || (p - text >= 2 && p[-2] == '$')))
      run->amount = TRUE;
  }
}

/* ---- templates ----------------------------------------------------------- */

typedef struct {
  CvScan *scan;
  Run *run;
  const char *text;
  const char *end;
} Ctx;

static void
group_digits(const Run *run, guint i, guint k, char *out, gsize *n)
{
  gsize m = 0;
  for (guint j = i; j < i + k; j++)
    for (guint t = 0; t < run->g[j].nd && m < 40; t++)
      out[m++] = run->dig[run->g[j].doff + t];
  out[m] = 0;
  *n = m;
}

/* A separator OCR swaps for another inside a number (' ', '-', '.'). */
static gboolean
sep_ocr(char sep)
{
  return sep == ' ' || sep == '-' || sep == '.';
}

static gboolean
seps_same(const Run *run, guint i, guint k)
{
  for (guint j = i + 2; j < i + k; j++)
    if (run->g[j].sep != run->g[i + 1].sep && run->g[j].sep != '\n' &&
        run->g[i + 1].sep != '\n')
      return FALSE;
  return TRUE;
}

static guint
ocr_count(const Run *run, guint i, guint k)
{
  guint n = 0;
  for (guint j = i; j < i + k; j++)
    n += run->g[j].nocr;
  return n;
}

static gboolean
lens_are(const Run *run, guint i, const guint8 *lens, guint k)
{
  if (i + k > run->n)
    return FALSE;
  for (guint j = 0; j < k; j++) {
    if (run->g[i + j].nd != lens[j])
      return FALSE;
    if (run->g[i + j].dirty && j + 1 < k)
      return FALSE;
  }
  if (run->g[i + k - 1].dirty)
    return FALSE;
  return TRUE;
}

/* Canadian area codes (and the NANP non-geographic ones kept out). */
static gboolean
canadian_area(const char *d)
{
  static const char *const codes[] = {
    "204", "226", "236", "249", "250", "263", "289", "306", "343", "354", "365",
    "367", "368", "382", "403", "416", "418", "428", "431", "437", "438", "450",
    "468", "474", "506", "514", "519", "548", "579", "581", "584", "587", "604",
    "613", "639", "647", "672", "683", "705", "709", "742", "753", "778", "780",
    "782", "807", "819", "825", "867", "873", "879", "902", "905"};
  for (gsize i = 0; i < G_N_ELEMENTS(codes); i++)
    if (memcmp(d, codes[i], 3) == 0)
      return TRUE;
  return FALSE;
}

/* Area code and exchange start with 2-9.  (N11 codes are not assigned in
 * theory, but synthetic and OCR'd numbers use them: not a reason to keep
 * a number that is written like a phone number.) */
static gboolean
nanp_ok(const char *d)
{
  return d[0] >= '2' && d[3] >= '2';
}

/* 800, 833, 844, 855, 866, 877, 888: toll-free, an organisation's line. */
static gboolean
toll_free(const char *d)
{
  return d[0] == '8' && ((d[1] == '0' && d[2] == '0') ||
                         (d[1] >= '3' && d[1] <= '8' && d[2] == d[1]));
}

/* Extends a phone number over a following extension. */
static gsize
phone_extension(const char *text, const char *end, gsize pos)
{
  const char *p = text + pos;
  const char *q = p;
  while (q < end && q - p < 3 && (*q == ' ' || *q == ',' || *q == '\t'))
    q++;
  if (q < end && *q == '(')
    q++;
  const char *w = q;
  while (q < end && q - w < 10 && cv_is_alpha_ascii(*q))
    q++;
  gsize wl = (gsize)(q - w);
  char buf[12];
  if (wl == 0 && q < end && *q == '#') {
    q++;
  } else {
    if (wl == 0 || wl >= sizeof buf)
      return pos;
    for (gsize i = 0; i < wl; i++)
      buf[i] = g_ascii_tolower(w[i]);
    buf[wl] = 0;
    if (!(g_str_equal(buf, "poste") || g_str_equal(buf, "p") ||
          g_str_equal(buf, "ext") || g_str_equal(buf, "x") ||
          g_str_equal(buf, "extension") || g_str_equal(buf, "post")))
      return pos;
    if (q < end && *q == '.')
      q++;
  }
  while (q < end && (*q == ' ' || *q == ':' || (guint8)*q == 0xC2 || (guint8)*q == 0xA0))
    q++;
  const char *ds = q;
  while (q < end && q - ds < 7 && cv_is_digit(*q))
    q++;
  if (q == ds || q - ds > 6)
    return pos;
  if (q < end && *q == ')')
    q++;
  return (gsize)(q - text);
}

static gsize
group_start(const Ctx *c, guint i)
{
  return c->run->g[i].s - (gsize)c->text;
}

static gsize
group_end(const Ctx *c, guint i)
{
  return c->run->g[i].e - (gsize)c->text;
}

/* Is [s, e) alone in its cell: only horizontal space between it and a line
 * break, a TAB or the text's ends on both sides (bounded look-around)? */
static gboolean
alone_in_cell(const char *text, const char *end, gsize s, gsize e)
{
  const char *a = text + s;
  int k = 0;
  while (a > text && k < 8 && (a[-1] == ' ' || a[-1] == '\r')) {
    a--;
    k++;
  }
  if (a > text && a[-1] != '\n' && a[-1] != '\t')
    return FALSE;
  const char *b = text + e;
  k = 0;
  while (b < end && k < 8 && (*b == ' ' || *b == '\r')) {
    b++;
    k++;
  }
  return b >= end || *b == '\n' || *b == '\t';
}

/* The number rules: each tries one family of templates at group @i of
 * the run and returns the number of groups it used, or 0 if it does not
 * match (match_at() then tries the next).  Each starts with the same
 * locals. */
#define NUMBER_RULE_LOCALS                                                     \
  Run *run = c->run;                                                           \
  CvScan *scan G_GNUC_UNUSED = c->scan;                                        \
  char d[48] G_GNUC_UNUSED;                                                    \
  gsize n G_GNUC_UNUSED;                                                       \
  guint left G_GNUC_UNUSED = run->n - i;                                       \
  gsize s G_GNUC_UNUSED = group_start(c, i)

/* credit cards: 4-4-4-4(-3), 4-6-5, 4-4-4-x, solid 13-19 */
static guint
num_cards(Ctx *c, guint i)
{
  NUMBER_RULE_LOCALS;
  static const guint8 c4444[] = {4, 4, 4, 4}, c44443[] = {4, 4, 4, 4, 3},
                      c465[] = {4, 6, 5}, c4443[] = {4, 4, 4, 3},
                      c4442[] = {4, 4, 4, 2}, c4441[] = {4, 4, 4, 1};
  struct { const guint8 *l; guint k; } cards[] = {
    {c44443, 5}, {c4444, 4}, {c465, 3}, {c4443, 4}, {c4442, 4}, {c4441, 4}};
  for (gsize t = 0; t < G_N_ELEMENTS(cards); t++) {
    if (cards[t].k > left || !lens_are(run, i, cards[t].l, cards[t].k) ||
        !seps_same(run, i, cards[t].k))
      continue;
    group_digits(run, i, cards[t].k, d, &n);
    gboolean ctx = cv_ctx_dist_before(scan, s, 80, CV_CTX_CARD) != G_MAXSIZE;
    gboolean luhn = cv_luhn_ok(d, n) && ocr_count(run, i, cards[t].k) == 0;
    if (luhn || (ctx && n >= 15) || (n == 16 && ocr_count(run, i, 4) <= 2 && d[0] >= '2' && d[0] <= '6' && ctx)) {
      cv_scan_add(scan, CV_PII_CREDIT_CARD, s, group_end(c, i + cards[t].k - 1),
                  luhn ? 0.95f : 0.6f, luhn ? "card-luhn" : "card-context");
      return cards[t].k;
    }
    if (n == 16 && d[0] >= '2' && d[0] <= '6' && run->g[i + 1].sep != '.') {
      /* 16 digits in 4s that fail Luhn: a damaged card unless labelled
       * otherwise. */
      if (cv_ctx_dist_before(scan, s, 40, CV_CTX_NEG) == G_MAXSIZE) {
        cv_scan_add(scan, CV_PII_CREDIT_CARD, s,
                    group_end(c, i + cards[t].k - 1), 0.5f, "card-shape");
        return cards[t].k;
      }
    }
  }
  if (!run->g[i].dirty && run->g[i].nd >= 12 && run->g[i].nd <= 19) {
    group_digits(run, i, 1, d, &n);
    gboolean luhn = cv_luhn_ok(d, n) && run->g[i].nocr == 0;
    gboolean iin = (d[0] == '4') || (d[0] == '5' && d[1] >= '1' && d[1] <= '5') ||
                   (d[0] == '2' && d[1] >= '2' && d[1] <= '7') ||
                   (d[0] == '3' && (d[1] == '4' || d[1] == '7')) ||
                   (d[0] == '6' && (d[1] == '0' || d[1] == '4' || d[1] == '5'));
    gboolean ctx = cv_ctx_dist_before(scan, s, 80, CV_CTX_CARD) != G_MAXSIZE;
    gboolean neg = cv_ctx_dist_before(scan, s, 30, CV_CTX_NEG | CV_CTX_BANK) != G_MAXSIZE;
    /* a Luhn-valid number next to a card word is a card whatever else is
     * near ("the last billed amount for cc 4007070753690781") */
    gboolean near = cv_ctx_dist_before(scan, s, 24, CV_CTX_CARD) != G_MAXSIZE;
    if (n == 12 && !(near && luhn))
      ; /* twelve digits: only as a card next to a card word */
    /* (sixteen digits, Luhn-valid, a card network's first digits: a card
     * even after an amount's or a payment's words, "total CAD 534.81,
     * paid by 5310046692349258") */
    else if ((luhn && iin && (!neg || n == 16)) || (ctx && (luhn || iin)) ||
             (near && luhn)) {
      cv_scan_add(scan, CV_PII_CREDIT_CARD, s, group_end(c, i),
                  luhn ? 0.9f : 0.6f, "card-solid");
      return 1;
    }
  }
  return 0;
}

/* bank account: transit(5)-institution(3)-account(7..12) */
static guint
num_bank(Ctx *c, guint i)
{
  NUMBER_RULE_LOCALS;
  if (left >= 3 && run->g[i].nd == 5 && run->g[i + 1].nd == 3 &&
      run->g[i + 2].nd >= 7 && run->g[i + 2].nd <= 12 && !run->g[i + 2].dirty &&
      !run->g[i].dirty && !run->g[i + 1].dirty && run->g[i + 1].sep != '.') {
    cv_scan_add(scan, CV_PII_BANK_ACCOUNT, s, group_end(c, i + 2), 0.9f,
                "bank-tia");
    return 3;
  }

  if (left >= 3 && run->g[i].nd == 3 && run->g[i + 1].nd == 5 &&
      run->g[i + 2].nd >= 7 && run->g[i + 2].nd <= 12 && !run->g[i + 2].dirty &&
      !run->g[i].dirty && !run->g[i + 1].dirty && run->g[i + 1].sep != '.') {
    cv_scan_add(scan, CV_PII_BANK_ACCOUNT, s, group_end(c, i + 2), 0.85f,
                "bank-ita");
    return 3;
  }
  return 0;
}

/* phone numbers */
/* Does a person's own number word come right before @ps ("my number is
 * 579 463 8767", "mon numéro c'est le 1-450-…")?  It outweighs a file's
 * word further back ("corrected in the file my number is"). */
static gboolean
own_number_before(const char *text, gsize ps)
{
  static const char *const own[] = { "my number",     "mon numéro",
                                     "mon numero",    "my phone",
                                     "my cell",       "mon cell",
                                     "mon téléphone", "mon telephone",
                                     "my new number", "mon nouveau numéro" };
  gsize from = ps > 40 ? ps - 40 : 0;
  for (gsize k = 0; k < G_N_ELEMENTS(own); k++) {
    gsize n = strlen(own[k]);
    for (gsize a = from; a + n <= ps; a++)
      if (g_ascii_strncasecmp(text + a, own[k], n) == 0 &&
          (a == 0 || !cv_is_alpha_ascii(text[a - 1])))
        return TRUE;
  }
  return FALSE;
}

/* Is the word right before @ps (past a bracket) "au" or "at", where one
 * is reached ("fera le suivi avec Gervase au 450 281 8586": the file's
 * word is further back)? */
static gboolean
at_before(const char *text, gsize ps)
{
  gsize b = ps;
  if (b > 0 && (text[b - 1] == '(' || text[b - 1] == '+'))
    b--;
  if (b < 4 || text[b - 1] != ' ')
    return FALSE;
  const char *w = text + b - 3;
  return (g_ascii_strncasecmp(w, "au", 2) == 0 ||
          g_ascii_strncasecmp(w, "at", 2) == 0) &&
         (b == 3 || !cv_is_alpha_ascii(w[-1]));
}

/* Does a name of two capitalised words and a comma come right before @ps
 * ("Personne de référence : Shereen Akiki, 450-342-4046")?  The number is
 * that person's; the file's word before names the label. */
static gboolean
name_comma_before(const char *text, gsize ps)
{
  if (ps < 8 || text[ps - 1] != ' ' || text[ps - 2] != ',')
    return FALSE;
  const char *b = text + ps - 2;
  for (int k = 0; k < 2; k++) {
    const char *a = b;
    while (a > text && b - a < 24 &&
           (cv_is_alpha_ascii(a[-1]) || (guint8)a[-1] >= 0x80 || a[-1] == '-'))
      a--;
    Word w;
    if (b - a < 2 || !cv_word_at(a, b, &w) || w.e != b || !w.cap || w.upper ||
        (w.cats & (CV_CTX_NEG | CV_CTX_ORG | CV_CTX_ORGTAIL)) || a == text ||
        a[-1] != ' ')
      return FALSE;
    b = a - 1;
  }
  return TRUE;
}

static guint
num_phone(Ctx *c, guint i)
{
  NUMBER_RULE_LOCALS;
  /* the area code before a slash, the run after it: "514/245-1345" */
  if (i == 0 && left >= 2 && run->g[0].nd == 3 && run->g[1].nd == 4 &&
      !run->g[0].dirty && !run->g[1].dirty &&
      (run->g[1].sep == '-' || run->g[1].sep == ' ' || run->g[1].sep == '.') &&
      s >= 4 && c->text[s - 1] == '/' && cv_is_digit(c->text[s - 2]) &&
      cv_is_digit(c->text[s - 3]) && cv_is_digit(c->text[s - 4]) &&
      (s == 4 || !(cv_is_alnum_ascii(c->text[s - 5]) || c->text[s - 5] == '/' ||
                   c->text[s - 5] == '.' || c->text[s - 5] == '-'))) {
    memcpy(d, c->text + s - 4, 3);
    group_digits(run, 0, 2, d + 3, &n);
    if (n == 7 && nanp_ok(d) && !toll_free(d) &&
        (run->n == 2 || run->g[2].sep == '\n')) {
      gsize pe = phone_extension(c->text, c->end, group_end(c, 1));
      cv_scan_add(scan, CV_PII_PHONE, s - 4, pe, 0.85f, "phone-slash");
      return 2;
    }
  }
  {
    guint j = i;
    gboolean one = FALSE;
    if (run->g[j].nd == 1 && run->dig[run->g[j].doff] == '1' && left >= 2 &&
        !run->g[j].dirty) {
      one = TRUE;
      j++;
    }
    /* (3-3-2-2: "579 908 65 45", a Canadian area code's number read in
     * pairs) */
    static const guint8 p334[] = { 3, 3, 4 }, p37[] = { 3, 7 }, p10[] = { 10 },
                        p3322[] = { 3, 3, 2, 2 };
    struct {
      const guint8 *l;
      guint k;
    } phones[] = { { p334, 3 }, { p37, 2 }, { p10, 1 }, { p3322, 4 } };
    for (gsize t = 0; t < G_N_ELEMENTS(phones); t++) {
      guint k = phones[t].k;
      if (j + k > run->n || !lens_are(run, j, phones[t].l, k))
        continue;
      if (k == 3 && run->g[j + 1].sep == '.' && run->g[j + 2].sep != '.')
        continue;
      if (k == 4 && !(run->g[j + 1].sep == ' ' && run->g[j + 2].sep == ' ' &&
                      run->g[j + 3].sep == ' ' && !run->g[j + 3].dirty &&
                      (j + 4 >= run->n || run->g[j + 4].sep == '\n' ||
                       run->g[j + 4].sep == '.')))
        continue;
      group_digits(run, j, k, d, &n);
      if (n != 10 || (k == 4 && !canadian_area(d)))
        continue;
      gsize ps = one ? s : group_start(c, j);
      gboolean ctx = cv_ctx_dist_before(scan, ps, 60, CV_CTX_PHONE) != G_MAXSIZE;
      gboolean neg = cv_ctx_dist_before(scan, ps, 30, CV_CTX_NEG) != G_MAXSIZE &&
                     !own_number_before(c->text, ps) &&
                     !at_before(c->text, ps) && !name_comma_before(c->text, ps);
      gboolean ok = nanp_ok(d);
      if (toll_free(d))
        return (j - i) + k; /* kept: not a person's number */
      gboolean paren = ps > 0 && c->text[ps - 1] == '(';
      gboolean formatted = k == 3 || k == 4 || paren || one;
      if ((ok && formatted && (!neg || ctx)) ||
          (ok && k <= 2 && (ctx || (canadian_area(d) && !neg))) ||
          (ctx && (formatted || k <= 2) && !neg)) {
        if (paren)
          ps--;
        if (one && ps > 0 && c->text[ps - 1] == '+')
          ps--;
        gsize pe = group_end(c, j + k - 1);
        pe = phone_extension(c->text, c->end, pe);
        cv_scan_add(scan, CV_PII_PHONE, ps, pe, ok ? 0.9f : 0.6f,
                    ok ? "phone-nanp" : "phone-context");
        return (j - i) + k;
      }
    }
  }
  return 0;
}

/* phones in pairs: 06 12 34 56 78, 44-21-87-30 (a leading 0, or a
 * phone word before) */
static guint
num_phone_pairs(Ctx *c, guint i)
{
  NUMBER_RULE_LOCALS;
  if (left >= 4) {
    guint k = 0;
    while (k < 5 && i + k < run->n && run->g[i + k].nd == 2 &&
           (k == 0 || (run->g[i + k].sep == run->g[i + 1].sep &&
                       run->g[i + k].sep != '\n')) &&
           (!run->g[i + k].dirty || k >= 3))
      k++;
    if (k >= 4 && (i + k >= run->n || run->g[i + k].sep == '\n' ||
                   run->g[i + k].nd != 2)) {
      gboolean zero = run->dig[run->g[i].doff] == '0' && k == 5;
      if (zero || cv_ctx_dist_before(scan, s, 60, CV_CTX_PHONE) != G_MAXSIZE) {
        cv_scan_add(scan, CV_PII_PHONE, s, group_end(c, i + k - 1), 0.75f,
                    "phone-pairs");
        return k;
      }
    }
  }
  return 0;
}

/* SIN: 3-3-3 or 9 */
/* TRUE if a '(' opens between groups @i and @i + @k - 1: "286 (046 454
 * 286)" is a number and then another one, not one SIN. */
static gboolean
paren_between(const Ctx *c, guint i, guint k)
{
  const Run *run = c->run;
  for (guint j = i + 1; j < i + k && j < run->n; j++)
    if (memchr((const char *)run->g[j - 1].e, '(',
               run->g[j].s - run->g[j - 1].e) != NULL)
      return TRUE;
  return FALSE;
}

static guint
num_sin(Ctx *c, guint i)
{
  NUMBER_RULE_LOCALS;
  {
    static const guint8 s333[] = {3, 3, 3}, s9[] = {9};
    guint k = 0;
    gboolean mixed = FALSE;
    if (lens_are(run, i, s333, 3) && seps_same(run, i, 3) &&
        !paren_between(c, i, 3))
      k = 3;
    else if (lens_are(run, i, s9, 1))
      k = 1;
    else if (lens_are(run, i, s333, 3) && sep_ocr(run->g[i + 1].sep) &&
             sep_ocr(run->g[i + 2].sep)) {
      /* OCR changed one separator: "265.223 123"; after a SIN label only */
      k = 3;
      mixed = TRUE;
    }
    if (k) {
      group_digits(run, i, k, d, &n);
      gsize e = group_end(c, i + k - 1);
      gsize ctx_d = cv_ctx_dist_before(scan, s, 80, CV_CTX_SIN);
      gsize ctx_a = cv_ctx_dist_after(scan, e, 20, CV_CTX_SIN);
      gsize neg_d = cv_ctx_dist_before(scan, s, 40, CV_CTX_NEG | CV_CTX_PHONE | CV_CTX_BANK);
      gboolean ctx = ctx_d != G_MAXSIZE || ctx_a != G_MAXSIZE;
      gboolean neg = neg_d != G_MAXSIZE && (ctx_d == G_MAXSIZE || neg_d < ctx_d);
      gboolean valid = cv_luhn_ok(d, n) && d[0] != '0' && d[0] != '8' &&
                       ocr_count(run, i, k) == 0;
      /* a valid SIN alone in its cell (own line, or between TABs) is one
       * even next to a phone or account label: "Téléphone\n...\n193 844 123" */
      if (valid && neg && alone_in_cell(c->text, c->end, s, e) &&
          cv_ctx_dist_before(scan, s, 40, CV_CTX_NEG | CV_CTX_BANK) == G_MAXSIZE)
        neg = FALSE;
      /* right after a SIN label, fail closed (checksum or first digit
       * damaged, a phone label further back) */
      if (ctx_d != G_MAXSIZE && ctx_d <= 24)
        neg = FALSE;
      if (mixed && !(valid && ctx && !neg))
        return 0;
      if ((valid && !neg) || (ctx && !neg) || (valid && ctx)) {
        cv_scan_add(scan, CV_PII_SIN, s, e, valid ? (ctx ? 0.97f : 0.8f) : 0.6f,
                    valid ? "sin-luhn" : "sin-context");
        return k;
      }
    }
  }
  return 0;
}

/* US social security number: 3-2-4 with one separator ("123-45-6789",
 * "123 45 6789"), a whole number (not part of "500-17-012345-201").  After a
 * SIN/SSN word it is one whatever its digits; alone, only with hyphens and
 * the structure the SSA issues (area not 000, 666 or 9xx, group not 00,
 * serial not 0000) and no phone/account/negative word before it. */
static guint
num_ssn(Ctx *c, guint i)
{
  NUMBER_RULE_LOCALS;
  static const guint8 s324[] = { 3, 2, 4 };
  if (!lens_are(run, i, s324, 3) || ocr_count(run, i, 3) != 0)
    return 0;
  char sep = run->g[i + 1].sep;
  if ((sep != '-' && sep != ' ') || run->g[i + 2].sep != sep)
    return 0;
  if (i > 0 && run->g[i].sep == sep)
    return 0;
  if (i + 3 < run->n && run->g[i + 3].sep == sep)
    return 0;
  gsize e = group_end(c, i + 2);
  gsize ctx_d = cv_ctx_dist_before(scan, s, 80, CV_CTX_SIN);
  gsize ctx_a = cv_ctx_dist_after(scan, e, 20, CV_CTX_SIN);
  gsize neg_d =
      cv_ctx_dist_before(scan, s, 40, CV_CTX_NEG | CV_CTX_PHONE | CV_CTX_BANK);
  gboolean ctx = ctx_d != G_MAXSIZE || ctx_a != G_MAXSIZE;
  gboolean neg = neg_d != G_MAXSIZE && (ctx_d == G_MAXSIZE || neg_d < ctx_d);
  if (ctx && !neg) {
    cv_scan_add(scan, CV_PII_SIN, s, e, 0.9f, "ssn-context");
    return 3;
  }
  group_digits(run, i, 3, d, &n);
  gboolean valid = memcmp(d, "000", 3) != 0 && memcmp(d, "666", 3) != 0 &&
                   d[0] != '9' && memcmp(d + 3, "00", 2) != 0 &&
                   memcmp(d + 5, "0000", 4) != 0;
  if (sep == '-' && valid && !neg && neg_d == G_MAXSIZE) {
    cv_scan_add(scan, CV_PII_SIN, s, e, 0.6f, "ssn-shape");
    return 3;
  }
  return 0;
}

/* Do groups i..i+2 read as an ISO date, "2025-02-04" (a chat's or a
 * log's time stamp after a phone or a bank word: "Or call 1 (866)
 * 566-9882.\n[2024-04-03 09:26]", "mon chèque\n[2025-02-04 16:29]")? */
static gboolean
iso_date_groups(const Run *run, guint i)
{
  if (i + 2 >= run->n || run->g[i].nd != 4 || run->g[i + 1].nd != 2 ||
      run->g[i + 2].nd != 2 || run->g[i + 1].sep != '-' ||
      run->g[i + 2].sep != '-' || run->g[i].nocr || run->g[i + 1].nocr ||
      run->g[i + 2].nocr)
    return FALSE;
  const char *d = run->dig;
  int y = (d[run->g[i].doff] - '0') * 10 + (d[run->g[i].doff + 1] - '0');
  int m = (d[run->g[i + 1].doff] - '0') * 10 + (d[run->g[i + 1].doff + 1] - '0');
  int day =
      (d[run->g[i + 2].doff] - '0') * 10 + (d[run->g[i + 2].doff + 1] - '0');
  return (y == 19 || y == 20) && m >= 1 && m <= 12 && day >= 1 && day <= 31;
}

/* strong context, odd grouping (OCR spacing "259 6485 41") */
static guint
num_odd_groups(Ctx *c, guint i)
{
  NUMBER_RULE_LOCALS;
  if (left >= 4 && run->g[i].nd == 3 && !run->g[i].nocr &&
      memcmp(run->dig + run->g[i].doff, "011", 3) == 0 &&
      (s == 0 || c->text[s - 1] != '+')) {
    /* the international prefix dialled from North America, then the
     * country's number in its own groups: "011 33 7 92 04 11 77" */
    gsize tot = 0;
    guint k = 1;
    for (; i + k < run->n && k < 9; k++) {
      const Group *g = &run->g[i + k];
      if ((g->sep != ' ' && g->sep != '-' && g->sep != '.') || g->nocr ||
          tot + g->nd > 15)
        break;
      tot += g->nd;
      if (g->dirty) {
        k++;
        break;
      }
    }
    if (tot >= 8 && k >= 4 && !run->g[i].dirty &&
        cv_ctx_dist_before(scan, s, 60, CV_CTX_PHONE) != G_MAXSIZE) {
      cv_scan_add(scan, CV_PII_PHONE, s,
                  phone_extension(c->text, c->end, group_end(c, i + k - 1)),
                  0.6f, "phone-011");
      return k;
    }
  }
  if (left >= 2 && !run->g[i].dirty && !iso_date_groups(run, i)) {
    gsize tot = 0;
    for (guint k = 1; k <= 7 && i + k - 1 < run->n; k++) {
      const Group *g = &run->g[i + k - 1];
      if (k > 1 && (g->sep == '.' || paren_between(c, i + k - 2, 2)))
        break;
      tot += g->nd;
      if (tot > 19 || (g->dirty && k > 1))
        break;
      if (k < 2)
        continue;
      if (i + k < run->n && run->g[i + k].sep != '\n' && tot < 9)
        continue;
      gsize e = group_end(c, i + k - 1);
      if (tot == 9) {
        gsize sd = cv_ctx_dist_before(scan, s, 60, CV_CTX_SIN);
        gsize nd2 = cv_ctx_dist_before(scan, s, 40, CV_CTX_NEG);
        if (sd != G_MAXSIZE && (nd2 == G_MAXSIZE || sd < nd2)) {
          cv_scan_add(scan, CV_PII_SIN, s, e, 0.6f, "sin-context-groups");
          return k;
        }
      }
      gboolean plus = s > 0 && c->text[s - 1] == '+';
      if (tot == 10 ||
          (tot == 11 && (run->dig[run->g[i].doff] == '1' ||
                         run->dig[run->g[i].doff] == '0')) ||
          (plus && tot >= 9 && tot <= 13 && k >= 3 && i + k >= run->n)) {
        if (plus)
          s--;
        if (cv_ctx_dist_before(scan, s, 40, CV_CTX_PHONE) != G_MAXSIZE) {
          cv_scan_add(scan, CV_PII_PHONE, s, phone_extension(c->text, c->end, e), 0.6f,
                      "phone-context-groups");
          return k;
        }
      }
      if (tot >= 13 && tot <= 19 &&
          cv_ctx_dist_before(scan, s, 60, CV_CTX_CARD) != G_MAXSIZE) {
        cv_scan_add(scan, CV_PII_CREDIT_CARD, s, e, 0.6f, "card-context-groups");
        return k;
      }
    }
  }
  return 0;
}

/* The end of a CIDR prefix length after an address ending at @p ("/24"
 * after an IPv4, at most @max: 32 or 128), else @p. */
static const char *
cidr_end(const char *p, const char *end, int max)
{
  if (p + 1 >= end || *p != '/' || !cv_is_digit(p[1]))
    return p;
  const char *q = p + 1;
  int v = 0;
  while (q < end && cv_is_digit(*q) && q - p <= 3)
    v = v * 10 + (*q++ - '0');
  if (v > max ||
      (q < end && (cv_is_alnum_ascii(*q) || *q == '/' || (guint8)*q >= 0x80)))
    return p;
  return q;
}

/* IPv4 */
static guint
num_ipv4(Ctx *c, guint i)
{
  NUMBER_RULE_LOCALS;
  if (left >= 4) {
    gboolean ok = TRUE;
    /* a '|' opening a field, read as a look-alike '1': "|106.31.73.20|" */
    guint skip = run->g[i].nd >= 2 && run->g[i].nocr == 1 &&
                 c->text[s] == '|' && s + 1 < (gsize)(c->end - c->text) &&
                 cv_is_digit(c->text[s + 1]);
    for (guint j = i; j < i + 4 && ok; j++) {
      guint o = j == i ? skip : 0;
      if (run->g[j].nd - o > 3 || (run->g[j].nocr && !o) ||
          (j > i && run->g[j].sep != '.') || (j < i + 3 && run->g[j].dirty))
        ok = FALSE;
      else {
        int v = 0;
        for (guint t = o; t < run->g[j].nd; t++)
          v = v * 10 + (run->dig[run->g[j].doff + t] - '0');
        if (v > 255)
          ok = FALSE;
      }
    }
    if (ok && i + 4 < run->n && run->g[i + 4].sep == '.')
      ok = FALSE;
    if (ok && cv_ctx_dist_before(scan, s, 12, CV_CTX_VERSION) != G_MAXSIZE)
      ok = FALSE;
    if (ok) {
      /* with its prefix length: "10.0.0.0/8" */
      gsize e = group_end(c, i + 3);
      e = (gsize)(cidr_end(c->text + e, c->end, 32) - c->text);
      cv_scan_add(scan, CV_PII_IP_ADDRESS, s + skip, e, 0.9f, "ipv4");
      return 4;
    }
  }
  return 0;
}

/* Is the label right before @s (past ":", "#", "no", blanks) the word
 * "institution", "inst", "bank" or "banque" ("Transit 61994, bank 004,
 * account 57 772656")?  Returns the label's start, or G_MAXSIZE. */
static gsize
institution_label(const CvScan *scan, gsize s)
{
  static const char *const labels[] = { "institution", "inst", "bank", "banque" };
  const char *text = scan->text;
  gsize b = s;
  while (b > 0 && s - b < 6 && strchr(" :#.\t", text[b - 1]) != NULL)
    b--;
  if (b >= 2 && g_ascii_strncasecmp(text + b - 2, "no", 2) == 0 && text[b] == ' ')
    b -= 2;
  while (b > 0 && text[b - 1] == ' ')
    b--;
  gsize a = b;
  while (a > 0 && b - a < 12 && cv_is_alpha_ascii(text[a - 1]))
    a--;
  if (a > 0 && cv_is_alpha_ascii(text[a - 1]))
    return G_MAXSIZE;
  for (gsize k = 0; k < G_N_ELEMENTS(labels); k++)
    if (b - a == strlen(labels[k]) &&
        g_ascii_strncasecmp(text + a, labels[k], b - a) == 0)
      return a;
  return G_MAXSIZE;
}

/* labelled fields: transit (5), account (7..12), local phone (3-4),
 * long numbers after a SIN/card/bank label */
static guint
num_labelled(Ctx *c, guint i)
{
  NUMBER_RULE_LOCALS;
  if (!run->g[i].dirty && !iso_date_groups(run, i)) {
    guint nd = run->g[i].nd;
    gsize bank_d = cv_ctx_dist_before(scan, s, 40, CV_CTX_BANK);
    gsize neg_d = cv_ctx_dist_before(scan, s, 40, CV_CTX_NEG);
    gboolean bank = bank_d != G_MAXSIZE && (neg_d == G_MAXSIZE || bank_d < neg_d);
    if (bank && bank_d > 0) {
      /* (a line of its own label after the bank's: "Coordonnées bancaires
       * : 44049-010-868-1422" / "Date : 20230619") */
      const char *ls = scan->text + s, *lb = scan->text + (s - bank_d);
      while (ls > lb && ls[-1] != '\n')
        ls--;
      if (ls > lb && memchr(ls, ':', (gsize)(scan->text + s - ls)) != NULL)
        bank = FALSE;
    }
    /* (six digits right after the word: "account 490786", "compte
     * 027483") */
    if (bank && (nd == 5 || (nd >= 7 && nd <= 12) || (nd == 6 && bank_d <= 12))) {
      /* its check digits or branch after a hyphen go with it
       * ("compte 0012345-678") */
      guint k = left >= 2 && run->g[i + 1].sep == '-' &&
                        run->g[i + 1].s == run->g[i].e + 1 &&
                        run->g[i + 1].nd <= 5
                    ? 2
                    : 1;
      cv_scan_add(scan, CV_PII_BANK_ACCOUNT, s, group_end(c, i + k - 1), 0.8f,
                  "bank-label");
      return k;
    }
    /* an institution's number among a transit's and an account's
     * ("Transit : 21626 / Institution : 829 / Compte : 8154653"): with
     * the transit they point to the account's branch */
    /* (or written between them, slashes apart, under labels that say so:
     * "transit / institution / account: 90905 / 815 / 5548588") */
    const char *tx = scan->text;
    if (bank && nd == 3 && s >= 8 && s + 6 < scan->len &&
        memcmp(tx + s - 3, " / ", 3) == 0 && cv_is_digit(tx[s - 4]) &&
        memcmp(tx + s + 3, " / ", 3) == 0 && cv_is_digit(tx[s + 6]) &&
        institution_label(scan, s) == G_MAXSIZE &&
        cv_ctx_dist_before(scan, s, 60, CV_CTX_BANK) != G_MAXSIZE) {
      cv_scan_add(scan, CV_PII_BANK_ACCOUNT, s, s + 3, 0.7f, "bank-slashes");
      return 1;
    }
    gsize il;
    if (bank && nd == 3 && bank_d <= 16 &&
        (il = institution_label(scan, s)) != G_MAXSIZE &&
        (cv_ctx_dist_before(scan, il, 80, CV_CTX_BANK) != G_MAXSIZE ||
         cv_ctx_dist_after(scan, s + 3, 60, CV_CTX_BANK) != G_MAXSIZE)) {
      cv_scan_add(scan, CV_PII_BANK_ACCOUNT, s, s + 3, 0.7f, "bank-label");
      return 1;
    }
    /* account written in groups: 3-4, 4-3, 3-3-1 ... after a bank label */
    if (bank && left >= 2 && nd >= 2) {
      gsize tot = nd;
      for (guint k = 1; k < 4 && i + k < run->n; k++) {
        const Group *g = &run->g[i + k];
        if (g->sep == '.' || g->sep == '\n')
          break;
        tot += g->nd;
        if (tot > 12)
          break;
        gboolean last = i + k + 1 >= run->n || run->g[i + k + 1].sep == '.' ||
                        tot + run->g[i + k + 1].nd > 12;
        if (tot >= 7 && (last || g->dirty)) {
          cv_scan_add(scan, CV_PII_BANK_ACCOUNT, s, group_end(c, i + k), 0.7f,
                      "bank-label");
          return k + 1;
        }
        if (g->dirty)
          break;
      }
    }
    /* a passport in digits only (US, Mexico, India's kin: "Passport number
     * 123456789"), a solid group of 7 to 9 digits right after the word */
    if (nd >= 7 && nd <= 9 &&
        (left == 1 || run->g[i + 1].sep == '.' || run->g[i + 1].sep == '\n')) {
      gsize pp_d = cv_ctx_dist_before(scan, s, 20, CV_CTX_PASSPORT);
      if (pp_d != G_MAXSIZE && (neg_d == G_MAXSIZE || pp_d < neg_d)) {
        cv_scan_add(scan, CV_PII_PASSPORT, s, group_end(c, i), 0.8f,
                    "passport-digits");
        return 1;
      }
    }
    static const guint8 p34[] = {3, 4};
    if (lens_are(run, i, p34, 2) && run->g[i + 1].sep == '-' &&
        cv_ctx_dist_before(scan, s, 40, CV_CTX_PHONE) != G_MAXSIZE) {
      gsize pe = phone_extension(c->text, c->end, group_end(c, i + 1));
      cv_scan_add(scan, CV_PII_PHONE, s, pe, 0.7f, "phone-local");
      return 2;
    }
  }

  return 0;
}

/* A date in digits is no phone number: 12-05-2024, 2024.05.12. */
static gboolean
date_groups(const Run *run, guint i, guint k)
{
  if (k != 3 || run->g[i + 1].sep != run->g[i + 2].sep || run->g[i + 1].sep == ' ')
    return FALSE;
  guint a = run->g[i].nd, b = run->g[i + 1].nd, c = run->g[i + 2].nd;
  return (a <= 2 && b <= 2 && c == 4) || (a == 4 && b <= 2 && c <= 2);
}

/* Phone numbers of any country's grouping next to a phone word: "call me
 * on 9472 7916", "Tél. : 0688 872 49 99", "416 60 039 office", "(579)
 * 888-3058 fax", "001-518-640-0854 mobile": 7 to 15 digits in groups on
 * one line, a phone word at most 40 bytes before (no file word nearer) or
 * right after.  Dates, amounts and card-sized runs are left to their
 * rules. */
static guint
num_phone_words(Ctx *c, guint i)
{
  NUMBER_RULE_LOCALS;
  if (run->g[i].nd > 12)
    return 0;
  /* a file number led by a year: "2019-983-51924", "2024-3891" */
  const char *y = (const char *)run->g[i].s;
  if (run->g[i].nd == 4 && i + 1 < run->n && run->g[i + 1].sep == '-' &&
      ((y[0] == '1' && y[1] == '9') || (y[0] == '2' && y[1] == '0'))) {
    guint k = 1;
    while (i + k < run->n && run->g[i + k].sep == '-')
      k++;
    return k; /* all its groups: none of them starts a phone */
  }
  gsize ctx_d = cv_ctx_dist_before(scan, s, 40, CV_CTX_PHONE);
  gsize neg_d = cv_ctx_dist_before(scan, s, 40, CV_CTX_NEG);
  gboolean before = ctx_d != G_MAXSIZE && (neg_d == G_MAXSIZE || ctx_d < neg_d);
  gsize tot = 0;
  guint best = 0;
  for (guint k = 1; k <= 6 && i + k - 1 < run->n; k++) {
    const Group *g = &run->g[i + k - 1];
    if (k > 1 && (g->sep == '\n' || g->nd > 8))
      break;
    tot += g->nd;
    if (tot > 15)
      break;
    if (tot >= 7 && !date_groups(run, i, k) &&
        (i + k >= run->n || run->g[i + k].sep == '\n' || tot >= 9))
      best = k;
    if (g->dirty)
      break;
  }
  if (!best)
    return 0;
  gsize e = group_end(c, i + best - 1);
  gboolean after = FALSE;
  if (!before) {
    /* a phone word right after: "416 60 039 office", "-Office", "(fax)" */
    const char *q = c->text + e;
    while (q < c->end && q - (c->text + e) < 2 &&
           (*q == ' ' || *q == '-' || *q == '('))
      q++;
    const char *w = q;
    while (q < c->end && q - w < 12 && cv_is_alpha_ascii(*q))
      q++;
    char f[12];
    gsize fl = (gsize)(q - w);
    if (fl >= 3 && fl < sizeof f && q > c->text + e &&
        !(q < c->end && cv_is_alpha_ascii(*q))) {
      for (gsize k = 0; k < fl; k++)
        f[k] = g_ascii_tolower(w[k]);
      guint16 v;
      after = (cv_ctx_lookup(f, fl, &v) & CV_CTX_PHONE) != 0 ||
              (fl == 6 && memcmp(f, "office", 6) == 0) ||
              (fl == 4 && memcmp(f, "home", 4) == 0);
    }
  }
  if (!before && !after)
    return 0;
  if (s > 0 && c->text[s - 1] == '(')
    s--;
  if (s > 0 && c->text[s - 1] == '+')
    s--;
  cv_scan_add(scan, CV_PII_PHONE, s, phone_extension(c->text, c->end, e), 0.6f,
              "phone-words");
  return best;
}

static const struct {
  const char *name;
  guint (*fn)(Ctx *c, guint i);
} number_rules[] = {
  { "cards", num_cards },
  { "bank", num_bank },
  { "phone", num_phone },
  { "phone-pairs", num_phone_pairs },
  /* (before the SIN: "213.145.201.110" is a dotted 3-3-3 with a Luhn-valid
   * start one time in ten) */
  { "ipv4", num_ipv4 },
  { "sin", num_sin },
  { "ssn", num_ssn },
  { "odd-groups", num_odd_groups },
  { "labelled", num_labelled },
  { "phone-words", num_phone_words },
};

/* Tries the number rules at group @i in order; returns the number of
 * groups used (1 when none matches). */
static guint
match_at(Ctx *c, guint i)
{
  for (gsize r = 0; r < G_N_ELEMENTS(number_rules); r++) {
    guint k = number_rules[r].fn(c, i);
    if (k)
      return k;
  }
  return 1;
}

static const char *lower_ramq(CvScan *scan, const char *d);

static inline gboolean boundary_after(const char *p, const char *end);

/* A passport number right after its label, whatever its country's shape
 * ("Passeport no 98VM97810", "Passport No.: 26AG27851"): 6 to 12
 * capitals and digits, five digits and a letter at least, led by a digit
 * (the letter-led are cv_letter_id_at's, digits alone read_run's). */
static void
passports_after_label(CvScan *scan)
{
  static const char *const numero[] = { "no",     "n",      "num",
                                        "number", "numero", "nr" };
  const char *text = scan->text, *end = text + scan->len;
  const CvCtxHit *h = (const CvCtxHit *)scan->hits->data;
  for (guint i = 0; i < scan->hits->len; i++) {
    if (!(h[i].cats & CV_CTX_PASSPORT))
      continue;
    const char *p = text + h[i].end;
    /* blanks, a colon, '#', one word for "number" */
    for (int k = 0; k < 3 && p < end; k++) {
      while (p < end && (*p == ' ' || *p == ':' || *p == '#' || *p == '.' ||
                         (end - p >= 2 && (guint8)p[0] == 0xC2 &&
                          ((guint8)p[1] == 0xB0 || (guint8)p[1] == 0xBA))))
        p += (guint8)*p == 0xC2 ? 2 : 1; /* (and "°", "º") */
      Word w;
      if (k == 0 && p < end && cv_is_alpha_ascii(*p) &&
          cv_word_at(p, end, &w) && cv_word_in(&w, numero, G_N_ELEMENTS(numero)))
        p = w.e;
    }
    if (p >= end || !cv_is_digit(*p) || cv_alnum_before(text, p) ||
        p - text - h[i].end > 24)
      continue;
    const char *r = p;
    int digits = 0, letters = 0;
    while (r < end && r - p < 13 &&
           ((*r >= 'A' && *r <= 'Z') || cv_is_digit(*r))) {
      digits += cv_is_digit(*r);
      letters += !cv_is_digit(*r);
      r++;
    }
    if (r - p >= 6 && r - p <= 12 && digits >= 5 && letters >= 1 &&
        boundary_after(r, end))
      cv_scan_add(scan, CV_PII_PASSPORT, (gsize)(p - text), (gsize)(r - text),
                  0.8f, "passport-label");
  }
}

/* The plate after a label, from @p (past the label's word): fillers
 * skipped ("du camion", "no."), then capitals and digits, one group or
 * two (2 to 4 each, 5 to 8 in all), a letter and a digit at least; or the
 * same in small letters ("truck plate: flw 6067.") when no group of
 * letters is a word. */
static void
plate_value(CvScan *scan, const char *p)
{
  static const char *const filler[] = {
    "d'immatriculation", "immatriculation", "no", "n", "number", "numero", "nr",
    "de", "du", "vehicule", "vehicle", "license", "licence",
    /* "la plaque de son char c'est
     * P73 BKM", "the plate was" */
    "c'est",
    "c\xe2\x80\x99"
    "est",
    "est", "etait", "is", "was", "son", "sa", "his", "her", "char", "auto",
    "voiture", "car", "truck", "camion", "as", "comme",
    /* a province's: "une plaque ontarienne HZPR 652", "plaque du
     * Nouveau-Brunswick GPP 546" */
    "ontarienne", "ontarien", "quebecoise", "quebecois", "albertaine",
    "americaine", "ontario", "quebec", "alberta", "manitoba",
    "nouveau-brunswick", "new", "brunswick", "of", "from", "l'ontario"
  };
  const char *text = scan->text, *end = text + scan->len;
  for (int k = 0; k < 6 && p < end; k++) {
    while (p < end &&
           (*p == ' ' || *p == '\t' || *p == ':' || *p == '#' || *p == '.' ||
            (*p == '-' && p + 1 < end && p[1] == ' ') || /* "Plate # - 766 VCN" */
            (end - p >= 2 && (guint8)p[0] == 0xC2 &&
             ((guint8)p[1] == 0xB0 || (guint8)p[1] == 0xBA))))
      p += (guint8)*p == 0xC2 ? 2 : 1;
    Word w;
    /* (a filler in capitals too: "PLAQUE DU CAMION :") */
    if (p + 1 < end && cv_is_alpha_ascii(*p) && cv_word_at(p, end, &w) &&
        w.s == p && (w.upper || !(cv_cls[(guint8)p[1]] & CV_C_UPPER)) &&
        !(w.e < end && cv_is_digit(*w.e)) && /* "N61 BGV" is the plate */
        cv_word_in(&w, filler, G_N_ELEMENTS(filler)))
      p = w.e;
    else
      break;
  }
  /* (a label's longer words before its colon: "plaque de l'auto dans
   * l'entrée : 371 MVH") */
  if (p < end && *p >= 'a' && *p <= 'z') {
    const char *c = p;
    while (c < end && c - p < 40 && *c != ':' && *c != '\n' &&
           !cv_is_digit(*c) && !(*c >= 'A' && *c <= 'Z'))
      c++;
    if (c < end && *c == ':' && c - p < 40) {
      p = c + 1;
      while (p < end && (*p == ' ' || *p == '\t'))
        p++;
    }
  }
  if (p >= end || cv_alnum_before(text, p))
    return;
  /* one or two groups of capitals (or small letters) and digits */
  gboolean small = *p >= 'a' && *p <= 'z';
  if (!small && cv_is_digit(*p)) {
    const char *x = p;
    while (x < end && x - p < 10 && (cv_is_digit(*x) || *x == ' ' || *x == '-'))
      x++;
    small = x < end && *x >= 'a' && *x <= 'z';
  }
  const char *r = p, *last = NULL;
  int groups = 0, in = 0, total = 0, letters = 0, digits = 0;
  gboolean bad = FALSE;
  const char *gs[2] = { p, NULL };
  while (r < end) {
    if ((small ? (*r >= 'a' && *r <= 'z') : (*r >= 'A' && *r <= 'Z')) ||
        cv_is_digit(*r)) {
      letters += !cv_is_digit(*r);
      digits += cv_is_digit(*r);
      in++;
      total++;
      last = ++r;
      continue;
    }
    if (in == 0)
      break;
    groups++;
    /* (a group of five or more stands alone: "immatriculé FMW2954 en
     * direction") */
    if (groups == 1 && in > 4 && in <= 8 && *r == ' ')
      break;
    bad |= in < 2 || in > (groups == 1 && (*r == ' ' || *r == '-') ? 4 : 8);
    in = 0;
    if (groups == 1 && (*r == ' ' || *r == '-') && r + 1 < end &&
        ((small ? (r[1] >= 'a' && r[1] <= 'z') : (r[1] >= 'A' && r[1] <= 'Z')) ||
         cv_is_digit(r[1]))) {
      r++;
      gs[1] = r;
    } else
      break;
  }
  if (in > 0) {
    groups++;
    bad |= in < 2 || in > 8;
  }
  if (!last || bad || groups > 2 || total < 5 || total > 8 || letters == 0 ||
      digits == 0 || !boundary_after(last, end))
    return;
  /* (in small letters, no group of letters that is a word: "plate: the
   * 2nd") */
  for (int g = 0; small && g < 2 && gs[g]; g++) {
    Word w;
    if (cv_word_at(gs[g], end, &w) && !w.digit && w.e <= last &&
        (w.e == last || !cv_is_alnum_ascii(*w.e)) &&
        (w.cats || cv_name_model_in_dict(scan->model, w.s, w.e) || w.fn > 3))
      return;
  }
  cv_scan_add(scan, CV_PII_PLATE, (gsize)(p - text), (gsize)(last - text),
              0.85f, "plate-label");
}

/* Is the text at @p a Québec or Ontario plate's strict shape, alone (a
 * blank, a punctuation or the line's end after it): "334 ZLA", "KNR 604",
 * "N61 BGV", "366LXJ", "F066629", "ABCD 123"; not a model's "RAM 1500"? */
static gboolean
strict_plate_at(const char *p, const char *end)
{
  char sh[10];
  gsize n = 0;
  const char *q = p;
  gboolean sep = FALSE;
  while (q < end && n < sizeof sh - 1) {
    if (g_ascii_isupper(*q))
      sh[n++] = 'L';
    else if (cv_is_digit(*q))
      sh[n++] = 'D';
    else if (!sep && n > 0 && (*q == ' ' || *q == '-') && q + 1 < end &&
             (g_ascii_isupper(q[1]) || cv_is_digit(q[1])))
      sep = TRUE, sh[n++] = ' ';
    else
      break;
    q++;
  }
  if (q < end && g_ascii_isalnum(*q))
    return FALSE;
  sh[n] = '\0';
  static const char *const shapes[] = { "DDD LLL", "LLL DDD", "LDD LLL",
                                        "DDDLLL",  "LLLDDD",  "LDDLLL",
                                        "LDDDDDD", "LLLL DDD" };
  for (gsize k = 0; k < G_N_ELEMENTS(shapes); k++)
    if (strcmp(sh, shapes[k]) == 0)
      return TRUE;
  return FALSE;
}

/* The plates after their words ("plate FLP 8316", "plaque
 * d'immatriculation : RNK940", "Plate no. 632 PHP", "PLAQUE DU CAMION :
 * FNG 6778", "Véhicule : 693-LRS").  From the cue words of the one read
 * of the text, and from its capitalised words (labels in capitals, the
 * vehicle's label before a colon). */
static void
plates_after_label(CvScan *scan)
{
  const char *text = scan->text, *end = text + scan->len;
  /* a truck's word, its plate right after it in the strict shape
   * ("camion 334 ZLA", "camion F066629") */
  const CvCtxHit *th = (const CvCtxHit *)scan->hits->data;
  for (guint i = 0; i < scan->hits->len; i++) {
    const char *q = text + th[i].end;
    if (th[i].cats == 0 && th[i].value == 120 && end - q > 6 && *q == ' ' &&
        strict_plate_at(q + 1, end))
      plate_value(scan, q + 1);
  }
  const GArray *found = cv_scan_cues(scan);
  CvCue cue;
  for (guint fi = 0; cv_cue_next(found, &fi, CV_CUE_PLATE, CV_CUE_FAMILY, &cue);) {
    const char *p = text + cue.off + strlen(cv_cue_words[cue.index]);
    if (cue.index >= CV_CUE_PLATE + 4) {
      /* "immatriculation", "immatriculé(e)", "d'immatriculation" */
      static const char *const tails[] = { "ation",
                                           "\xc3\xa9"
                                           "e",
                                           "\xc3\xa9", "ee", "e" };
      gsize k = 0;
      while (k < G_N_ELEMENTS(tails) &&
             !((gsize)(end - p) >= strlen(tails[k]) &&
               memcmp(p, tails[k], strlen(tails[k])) == 0))
        k++;
      if (k == G_N_ELEMENTS(tails))
        continue;
      p += strlen(tails[k]);
    }
    if (p < end && (cv_is_alpha_ascii(*p) || (guint8)*p >= 0x80))
      continue; /* "plateau", "plaquette", "immatriculations" */
    plate_value(scan, p);
  }
  static const char *const labels[] = { "plaque", "plate", "vehicule",
                                        "vehicle", "veh" };
  guint32 keys[5]; /* (five hashes a scan) */
  for (int k = 0; k < 5; k++)
    keys[k] = cv_word_key(labels[k], strlen(labels[k]));
  const guint32 *cw = (const guint32 *)scan->capwords->data;
  guint n = scan->capwords->len / 2;
  for (guint i = 0; i < n; i++) {
    guint32 key = cw[2 * i + 1];
    if (key != keys[0] && key != keys[1] && key != keys[2] && key != keys[3] &&
        key != keys[4])
      continue;
    Word w;
    const char *t = text + cw[2 * i];
    if (!cv_word_at(t, end, &w) || w.s != t)
      continue;
    int k = 0;
    while (k < 5 &&
           !(strlen(labels[k]) == w.fn && memcmp(w.f, labels[k], w.fn) == 0))
      k++;
    if (k == 5 || (k < 2 && !w.upper))
      continue; /* ("Plaque", "Plate": the cues') */
    const char *q = w.e;
    if (k == 4) {
      /* a dispatch log's "VEH W44 EKX QC": in capitals, the plate next */
      if (!w.upper || q + 1 >= end || *q != ' ')
        continue;
    } else if (k >= 2) {
      /* the vehicle: a label's word, its colon after it (a bracket between:
       * "Véhicule (stationnement) : V88183") */
      while (q < end && (*q == ' ' || *q == '\t'))
        q++;
      if (q < end && *q == '(') {
        const char *c = memchr(q, ')', (gsize)MIN(end - q, 32));
        q = c ? c + 1 : q;
        while (q < end && (*q == ' ' || *q == '\t'))
          q++;
      }
      Word nw;
      gboolean caps_word = w.upper && cv_word_at(q, end, &nw) && nw.s == q &&
                           !nw.digit && nw.e - q > 4 &&
                           !(nw.e < end && cv_is_digit(*nw.e));
      if (q < end && q > w.e && ((*q >= 'A' && *q <= 'Z') || cv_is_digit(*q)) &&
          !caps_word && /* "VEHICLE DECLARED AT …:" */
          !(end - q >= 3 && memcmp(q, "ID ", 3) == 0) &&
          !(end - q >= 4 && memcmp(q, "VIN ", 4) == 0)) {
        /* the plate right after the capitalised word: "00:50 Véhicule
         * TFR834 stationné", "Vehicle CXA 614 parked" */
        plate_value(scan, q);
        continue;
      }
      /* (a few small words before the colon: "Vehicle on site: 192 WYT",
       * "Véhicule sur les lieux : PXH108") */
      /* (or a clause of them: "Vehicle declared at the controlled zone
       * gate: L039587", "Véhicule déclaré à l'accès de la zec : F117873") */
      const char *q0 = q;
      for (int k2 = 0; k2 < 8 && q < end && *q != ':' && q - q0 < 48; k2++) {
        Word sw;
        if (!cv_word_at(q, end, &sw) || (sw.cap && !(w.upper && sw.upper)) ||
            sw.digit || sw.e - q > 12)
          break;
        q = sw.e;
        if (q < end && (*q == '\'' || *q == '-'))
          q++; /* "l'", "d'" */
        q = cv_skip_hspace(q, end);
      }
      if (q >= end || *q != ':')
        continue;
    }
    plate_value(scan, q);
  }
  /* the vehicle's word in a sentence, its plate right after it in
   * capitals: "Le véhicule FPK0666 est au garage", "the vehicle B96 EAD" */
  /* (from the v's, memchr's pace: "véhicule ", "vehicle ") */
  for (const char *v = memchr(text, 'v', scan->len); v;
       v = v + 1 < end ? memchr(v + 1, 'v', (gsize)(end - v - 1)) : NULL) {
    gsize vl = end - v >= 10 && memcmp(v, "v\xc3\xa9hicule ", 10) == 0 ? 10
               : end - v >= 8 && memcmp(v, "vehicle ", 8) == 0         ? 8
                                                                       : 0;
    const char *q = v + vl;
    /* (not its other numbers: "the vehicle ID 12345", "VIN …") */
    if (vl > 0 && !cv_alnum_before(text, v) && q < end &&
        ((*q >= 'A' && *q <= 'Z') || cv_is_digit(*q)) &&
        !(end - q >= 3 && memcmp(q, "ID ", 3) == 0) &&
        !(end - q >= 4 && memcmp(q, "VIN ", 4) == 0))
      plate_value(scan, q);
  }
  /* "le véhicule de la victime (V78021)": a bracket after the vehicle's
   * word in the clause */
  const GArray *parens = cv_scan_marks(scan, CV_MARK_PAREN);
  for (guint mi = 0; mi < parens->len; mi++) {
    const char *o = text + g_array_index(parens, guint32, mi);
    if (o - text < 8 || o + 5 >= end ||
        !((o[1] >= 'A' && o[1] <= 'Z') || cv_is_digit(o[1])))
      continue;
    const char *b = o - text > 40 ? o - 40 : text;
    const char *v = NULL;
    for (const char *x = o - 6; x >= b && !v; x--)
      if (memcmp(x, "hicule", 6) == 0 || memcmp(x, "ehicle", 6) == 0)
        v = x;
    if (!v || memchr(v, '.', (gsize)(o - v)) || memchr(v, '\n', (gsize)(o - v)))
      continue;
    const char *c = memchr(o, ')', (gsize)MIN(end - o, 12));
    if (c)
      plate_value(scan, o + 1);
  }
}

void
cv_scan_numbers(CvScan *scan)
{
  const char *text = scan->text;
  const char *end = text + scan->len;
  const char *p = text;
  Run *run = g_new(Run, 1);
  Ctx c = {scan, run, text, end};
  while (p < end) {
    /* jump to the next digit */
    p = cv_skip_to_digit(p, end);
    if (p >= end)
      break;
    /* a digit glued to letters (A1B, B4153): the letter scanner's */
    const char *start = p;
    while (start > text && start > p - 2 && ocr_digit((guint8)start[-1]) &&
           !(start - 1 > text && cv_is_alpha_ascii(start[-2]) &&
             !ocr_digit((guint8)start[-2])))
      start--;
    if (start - text >= 3 && start[-1] == '-' &&
        (cv_cls[(guint8)start[-2]] & CV_C_UPPER) &&
        (cv_cls[(guint8)start[-3]] & CV_C_UPPER) &&
        !cv_alnum_before(text, start - 3) &&
        cv_ctx_dist_before(scan, (gsize)(start - text), 40,
                           CV_CTX_SIN | CV_CTX_CARD | CV_CTX_BANK) == G_MAXSIZE) {
      /* a file or case code: "QC-2023-004512", "PL-12345" */
      while (p < end && (cv_is_alnum_ascii(*p) ||
                         (*p == '-' && p + 1 < end && cv_is_digit(p[1]))))
        p++;
      continue;
    }
    {
      /* "ma carte soleil c'est boue-5808-1839": a health number typed in
       * lower case */
      const char *r = lower_ramq(scan, start);
      if (r) {
        p = r;
        continue;
      }
    }
    if (cv_alnum_before(text, start)) {
      /* inside a word: skip this digit run */
      while (p < end && cv_is_alnum_ascii(*p))
        p++;
      continue;
    }
    if (*start == '0' && end - start >= 15) {
      /* a Québec licence whose leading O was read as 0 by OCR:
       * "05046-211292-11", or with spaces after a licence label */
      static const int glen[3] = {5, 6, 2};
      const char *r = start, *sep1 = NULL;
      gboolean ok = TRUE;
      for (int g = 0; g < 3 && ok; g++) {
        for (int k = 0; k < glen[g] && ok; k++, r++)
          ok = r < end && cv_is_digit(*r);
        if (ok && g < 2) {
          ok = r < end && (*r == '-' || *r == ' ') && (!sep1 || *r == *sep1);
          if (ok && !sep1)
            sep1 = r;
          r++;
        }
      }
      gsize lic = ok ? cv_ctx_dist_before(scan, (gsize)(start - text), 60, CV_CTX_LICENCE)
                     : G_MAXSIZE;
      if (ok && (r >= end || !cv_is_alnum_ascii(*r)) &&
          (lic != G_MAXSIZE ||
           (*sep1 == '-' &&
            cv_ctx_dist_before(scan, (gsize)(start - text), 30, CV_CTX_NEG) == G_MAXSIZE))) {
        cv_scan_add(scan, CV_PII_DRIVER_LICENSE, (gsize)(start - text), (gsize)(r - text),
                    0.8f, "licence-ocr-zero");
        p = r;
        continue;
      }
    }
    const char *rend;
    read_run(text, start, end, run, &rend);
    if (run->n == 0) {
      p = start + 1 > p ? start + 1 : p + 1;
      continue;
    }
    if (!run->amount) {
      guint i = 0;
      while (i < run->n)
        i += match_at(&c, i);
    }
    p = rend > p ? rend : p + 1;
  }
  sodium_memzero(run, sizeof *run); /* digits of identifiers */
  g_free(run);
  passports_after_label(scan);
  plates_after_label(scan);
}

/* ---- letter-led identifiers -------------------------------------------- */

static gboolean
postal_first(char c)
{
  return strchr("ABCEGHJKLMNPRSTVXY", c) != NULL && c != 0;
}

static gboolean
postal_letter(char c)
{
  return c >= 'A' && c <= 'Z' && strchr("DFIOQU", c) == NULL;
}

static inline gboolean
boundary_after(const char *p, const char *end)
{
  if (p >= end)
    return TRUE;
  guint8 c = (guint8)*p;
  if (c >= 0x80) {
    gsize cl;
    gboolean up;
    return !cv_letter_at(p, end, &cl, &up);
  }
  return !cv_is_alnum_ascii(c);
}

/* Reads @n characters of the classes in @pat ('L' letter, 'D' digit, 'A'
 * either) from @p allowing one optional separator at the positions marked
 * in @seps; OCR look-alikes are mapped when @ocr.  Writes the upper-case
 * characters to @out.  Returns the end or NULL. */
static const char *
read_shape_nl(const char *p, const char *end, const char *pat, const char *seps,
              char *out, guint *nocr, gboolean ocr, gboolean nl_ok,
              gboolean lower_ok)
{
  gsize k = 0;
  *nocr = 0;
  for (const char *t = pat; *t; t++, k++) {
    if (seps[k] == '|' && p < end) {
      gsize hl = cv_hspace_len(p, end);
      if (hl)
        p += hl;
      else if (*p == '-' || *p == '.')
        p++;
      /* one line break between groups (OCR wrapped the value) */
      if (nl_ok && p < end && (*p == '\n' || *p == '\r')) {
        if (*p == '\r' && p + 1 < end && p[1] == '\n')
          p++;
        p++;
        nl_ok = FALSE;
        p += cv_hspace_len(p, end);
      }
    }
    if (p >= end)
      return NULL;
    char ch = *p;
    if (*t == 'D') {
      if (!cv_is_digit(ch)) {
        int d = ocr ? ocr_digit((guint8)ch) : 0;
        if (!d)
          return NULL;
        ch = (char)d;
        (*nocr)++;
      }
    } else if (*t == 'L') {
      if (!(ch >= 'A' && ch <= 'Z')) {
        if (ocr && ch == '0') ch = 'O', (*nocr)++;
        else if (ocr && ch == '5') ch = 'S', (*nocr)++;
        else if (ocr && ch == '8') ch = 'B', (*nocr)++;
        else if (ocr && ch == '1') ch = 'I', (*nocr)++;
        else if (lower_ok && ch >= 'a' && ch <= 'z')
          ch = (char)(ch - 'a' + 'A'), (*nocr)++;
        else
          return NULL;
      }
    } else { /* 'A' */
      if (!cv_is_digit(ch) && !(ch >= 'A' && ch <= 'Z'))
        return NULL;
    }
    out[k] = ch;
    p++;
  }
  out[k] = 0;
  return p;
}

static const char *
read_shape(const char *p, const char *end, const char *pat, const char *seps,
           char *out, guint *nocr, gboolean ocr)
{
  return read_shape_nl(p, end, pat, seps, out, nocr, ocr, FALSE, FALSE);
}

/* A RAMQ number typed in lower case whose digits start at @d ("my
 * medicare card is vacm 1302 0163", "carte soleil c'est boue-5808-1839",
 * "exag02091683"): four lower-case letters opening a word, eight digits
 * (the tenth may be a letter), a health-card word in the 80 bytes before
 * and a plausible month and day.  Its end or NULL. */
static const char *
lower_ramq(CvScan *scan, const char *d)
{
  const char *text = scan->text, *end = text + scan->len;
  const char *b = d;
  if (b - text >= 1 && (b[-1] == ' ' || b[-1] == '-'))
    b--;
  if (b - text < 4)
    return NULL;
  const char *l = b - 4;
  for (int k = 0; k < 4; k++)
    if (!(l[k] >= 'a' && l[k] <= 'z'))
      return NULL;
  if (cv_alnum_before(text, l) || (l > text && (guint8)l[-1] >= 0x80))
    return NULL;
  gsize s = (gsize)(l - text);
  if (cv_ctx_dist_before(scan, s, 80, CV_CTX_RAMQ) == G_MAXSIZE)
    return NULL;
  static const char pat[] = "LLLLDDDDDDAD";
  static const char seps[] = "    | | | | ";
  char out[16];
  guint nocr;
  const char *q =
      read_shape_nl(l, end, pat, seps, out, &nocr, FALSE, FALSE, TRUE);
  int mm = 0, dd = 0;
  if (q && boundary_after(q, end)) {
    mm = (out[6] - '0') * 10 + (out[7] - '0');
    dd = (out[8] - '0') * 10 + (out[9] - '0');
  }
  sodium_memzero(out, sizeof out); /* (on every path: part of a number) */
  if (mm > 50)
    mm -= 50;
  if (!(mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31))
    return NULL;
  cv_scan_add(scan, CV_PII_RAMQ, s, (gsize)(q - text), 0.8f, "ramq-lower");
  return q;
}

/* Does a postal-code shape at @s..@q end an address line: the line ends
 * after it and a street, address label or province word comes shortly
 * before ("45 Oak Street\nToronto J2A OR2")? */
static gboolean
addr_line_end(CvScan *scan, gsize s, const char *q)
{
  const char *end = scan->text + scan->len;
  while (q < end && (*q == ' ' || *q == '\t' || *q == '\r'))
    q++;
  if (q < end && *q != '\n')
    return FALSE;
  if (cv_ctx_dist_before(scan, s, 80, CV_CTX_ADDRLABEL) != G_MAXSIZE)
    return TRUE;
  /* this line or the one before starts with a civic number ("45 Oak St") */
  const char *text = scan->text;
  const char *ls = text + s;
  for (int line = 0; line < 2; line++) {
    while (ls > text && ls[-1] != '\n' && (text + s) - ls < 120)
      ls--;
    if (ls > text && ls[-1] != '\n')
      return FALSE; /* too long a look back */
    const char *r = ls;
    while (r < end && (*r == ' ' || *r == '\t'))
      r++;
    const char *d = r;
    while (r < end && cv_is_digit(*r) && r - d < 6)
      r++;
    if (r > d && r < end && *r == ' ' && r + 1 < end && cv_is_alpha_ascii(r[1]))
      return TRUE;
    if (ls == text)
      break;
    ls--; /* onto the '\n' ending the line before */
  }
  return FALSE;
}

/* OCR look-alike of a digit in an IBAN: O for 0, I or l for 1; else 0. */
static inline char
iban_ocr(char c)
{
  return c == 'O' ? '0' : (c == 'I' || c == 'l') ? '1' : 0;
}

static gboolean
province_before(const char *text, gsize pos)
{
  gsize from = pos > 40 ? pos - 40 : 0;
  for (gsize i = from; i + 2 <= pos; i++) {
    const char *q = text + i;
    if ((q[0] == 'Q' && (q[1] == 'C' || q[1] == 'c')) ||
        (q[0] == 'o' && i + 5 <= pos && memcmp(q, "ostal", 5) == 0) ||
        (q[0] == 'b' && i + 3 <= pos && q[1] == 'e' && q[2] == 'c') ||
        (q[0] == 'O' && q[1] == 'N') || (q[0] == 'P' && q[1] == 'Q'))
      return TRUE;
  }
  return FALSE;
}

/* Tries the letter-led identifiers at @p (an ASCII capital at a word
 * start).  Returns the end of the match or NULL.  Called by the word pass
 * (context.c); only the context hits before @p are used. */
const char *
cv_letter_id_at(CvScan *scan, const char *p)
{
  const char *text = scan->text;
  const char *end = text + scan->len;
  char out[40];
  guint nocr;
  {
    guint8 c0 = (guint8)*p;
    if (!(c0 >= 'A' && c0 <= 'Z'))
      return NULL;
    if (p + 1 >= end || cv_alnum_before(text, p))
      return NULL;
    /* every shape below has a digit (or a look-alike) or a capital second */
    {
      guint8 c1 = (guint8)p[1];
      if ((cv_cls[c1] & CV_C_LOWER) && c1 != 'l' && c1 != 'o' && c1 != 'i' && c1 != 's')
        return NULL;
      if (c1 >= 0x80 ||
          ((cv_cls[c1] & CV_C_SPACE) &&
           !(c1 == ' ' && p + 3 < end && cv_is_digit(p[2]) && p[3] == ' ')))
        return NULL; /* (but a postal code in a form's boxes: "J 9 M 9T9") */
    }
    gsize s = (gsize)(p - text);
    const char *q;
    gboolean isletter = c0 >= 'A' && c0 <= 'Z';

    /* IBAN: CCkk + up to 30 alphanumerics, in groups of 4 or solid */
    if (isletter && p + 4 < end && p[1] >= 'A' && p[1] <= 'Z' &&
        (cv_is_digit(p[2]) || iban_ocr(p[2])) && (cv_is_digit(p[3]) || iban_ocr(p[3]))) {
      char ib[40];
      gsize n = 0;
      const char *r = p, *last = p;
      while (r < end && n < 34) {
        if (cv_is_digit(*r) || (*r >= 'A' && *r <= 'Z') || (*r == 'l' && n >= 2)) {
          ib[n++] = *r++;
          last = r;
        } else if ((*r == ' ' || *r == '-') && r + 1 < end &&
                   (cv_is_digit(r[1]) || (r[1] >= 'A' && r[1] <= 'Z')) && n % 4 == 0) {
          r++;
        } else {
          break;
        }
      }
      if (n >= 15 && boundary_after(last, end)) {
        gboolean ok = cv_iban_ok(ib, n), ocr_ok = FALSE;
        if (!ok) {
          /* OCR look-alikes (O for 0, I/l for 1): first in the check digits
           * only, then everywhere after the country code; a mod-97 pass
           * after the substitution is strong evidence */
          for (int pass = 0; pass < 2 && !ocr_ok; pass++) {
            gsize lim = pass == 0 ? 4 : n;
            gboolean changed = FALSE;
            for (gsize k = 2; k < lim; k++)
              if (iban_ocr(ib[k])) {
                ib[k] = iban_ocr(ib[k]);
                changed = TRUE;
              }
            ocr_ok = changed && cv_iban_ok(ib, n);
          }
        }
        gboolean ctx = cv_ctx_dist_before(scan, s, 60, CV_CTX_IBAN | CV_CTX_BANK) != G_MAXSIZE;
        if (ok || ocr_ok || ctx) {
          cv_scan_add(scan, CV_PII_IBAN, s, (gsize)(last - text),
                      ok ? 0.97f : ocr_ok ? 0.9f : 0.6f,
                      ok ? "iban-mod97" : ocr_ok ? "iban-ocr-mod97" : "iban-context");
          sodium_memzero(ib, sizeof ib);
          return last;
        }
        sodium_memzero(ib, sizeof ib);
      }
    }

    /* RAMQ: AAAA YYMM DDXC with optional separators 4-4-4, 4-6-2 or
     * 4-2-2-2-2 ("ANAS 835622 77", "AUTV 70 10 14 95") */
    if (isletter) {
      static const char pat[] = "LLLLDDDDDDAD";
      static const char seps[] = "    | | | | ";
      gboolean label_only = FALSE;
      q = read_shape(p, end, pat, seps, out, &nocr, TRUE);
      if (!q) {
        /* "BOUS 5909" / "2313": a value OCR wrapped over a line end is
         * taken only with a valid check or a health-card label before */
        q = read_shape_nl(p, end, pat, seps, out, &nocr, TRUE, TRUE, FALSE);
        label_only = q != NULL;
      }
      if (!q) {
        /* "ALLi 84561116": OCR read a letter in lower case; taken only
         * with a health-card label before (never on its check alone) */
        q = read_shape_nl(p, end, pat, seps, out, &nocr, TRUE, FALSE, TRUE);
        label_only = q != NULL;
      }
      if (q && boundary_after(q, end) && nocr <= 2) {
        int mm = (out[6] - '0') * 10 + (out[7] - '0');
        int dd = (out[8] - '0') * 10 + (out[9] - '0');
        if (mm > 50)
          mm -= 50;
        gboolean plaus = mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31;
        gboolean ok = nocr == 0 && cv_ramq_ok(out);
        gboolean ctx = cv_ctx_dist_before(scan, s, 80, CV_CTX_RAMQ) != G_MAXSIZE;
        if (label_only)
          plaus = FALSE;
        if (ok || plaus || ctx) {
          cv_scan_add(scan, CV_PII_RAMQ, s, (gsize)(q - text),
                      ok ? 0.97f : 0.7f, ok ? "ramq-check" : "ramq-shape");
          return q;
        }
      }
    }

    /* UK National Insurance number: two letters, three pairs of digits, a
     * letter A-D ("QQ 12 34 56 C", "AB123456C"); the first letters are
     * never D, F, I, Q, U, V, nor the second O (HMRC; "QQ" is its
     * specimen prefix, taken too), nor the pairs BG, GB, NK, KN, TN, NT,
     * ZZ.  A social insurance number of another country: SIN */
    if (isletter) {
      static const char pat[] = "LLDDDDDDL";
      static const char seps[] = "  | | | |";
      q = read_shape(p, end, pat, seps, out, &nocr, FALSE);
      if (q && boundary_after(q, end) && out[8] >= 'A' && out[8] <= 'D' &&
          (out[0] == 'Q' ? out[1] == 'Q'
                         : strchr("DFIQUV", out[0]) == NULL &&
                               strchr("DFIOQUV", out[1]) == NULL) &&
          !(strncmp(out, "BG", 2) == 0 || strncmp(out, "GB", 2) == 0 ||
            strncmp(out, "NK", 2) == 0 || strncmp(out, "KN", 2) == 0 ||
            strncmp(out, "TN", 2) == 0 || strncmp(out, "NT", 2) == 0 ||
            strncmp(out, "ZZ", 2) == 0)) {
        cv_scan_add(scan, CV_PII_SIN, s, (gsize)(q - text), 0.85f, "nino-shape");
        return q;
      }
    }

    /* Québec driver's licence: A1234-567890-12 (and "H-2595-151155-63") */
    if (isletter) {
      static const char pat[] = "LDDDDDDDDDDDD";
      static const char seps[] = " |   |     | ";
      q = read_shape(p, end, pat, seps, out, &nocr, TRUE);
      if (q && boundary_after(q, end) && nocr <= 2) {
        cv_scan_add(scan, CV_PII_DRIVER_LICENSE, s, (gsize)(q - text), 0.9f,
                    "licence-shape");
        return q;
      }
    }

    /* other driver's licences (e.g. Ontario A1234-56789-01234): a letter
     * and 8-16 digits, only after a licence label */
    if (isletter && cv_is_digit(p[1]) &&
        cv_ctx_dist_before(scan, s, 60, CV_CTX_LICENCE) != G_MAXSIZE) {
      const char *r = p + 1, *last = NULL;
      int digits = 0, seps = 0;
      while (r < end && digits <= 16) {
        if (cv_is_digit(*r)) {
          digits++;
          last = ++r;
        } else if ((*r == '-' || *r == ' ') && r + 1 < end && cv_is_digit(r[1]) && seps < 3) {
          seps++;
          r++;
        } else {
          break;
        }
      }
      if (last && digits >= 8 && digits <= 16 && boundary_after(last, end)) {
        cv_scan_add(scan, CV_PII_DRIVER_LICENSE, s, (gsize)(last - text), 0.8f,
                    "licence-context");
        return last;
      }
    }

    /* passports: AB123456, A123456BC (with context) */
    if (isletter) {
      gsize pctx = cv_ctx_dist_before(scan, s, 80, CV_CTX_PASSPORT);
      if (pctx != G_MAXSIZE) {
        static const char pat1[] = "LLDDDDDD", seps1[] = "  |     ";
        static const char pat2[] = "LDDDDDDLL", seps2[] = "         ";
        q = read_shape(p, end, pat1, seps1, out, &nocr, TRUE);
        if (!(q && boundary_after(q, end)))
          q = read_shape(p, end, pat2, seps2, out, &nocr, TRUE);
        if (q && boundary_after(q, end) && nocr <= 2) {
          cv_scan_add(scan, CV_PII_PASSPORT, s, (gsize)(q - text), 0.85f,
                      "passport-context");
          return q;
        }
        /* other countries' formats (C01X00T47, A12345678, 12AB34567's
         * letter-led kin): 6-12 capitals and digits, five digits or more */
        const char *r = p;
        int digits = 0;
        while (r < end && r - p < 13 &&
               ((*r >= 'A' && *r <= 'Z') || cv_is_digit(*r)))
          digits += cv_is_digit(*r++);
        if (r - p >= 6 && r - p <= 12 && digits >= 5 && boundary_after(r, end)) {
          cv_scan_add(scan, CV_PII_PASSPORT, s, (gsize)(r - text), 0.8f,
                      "passport-any");
          return r;
        }
      }
    }

    /* postal code: A1A 1A1 */
    {
      static const char pat[] = "LDLDLD", seps[] = "   |  ";
      q = read_shape(p, end, pat, seps, out, &nocr, FALSE);
      gboolean strict = q && boundary_after(q, end) && postal_first(out[0]) &&
                        postal_letter(out[2]) && postal_letter(out[4]);
      if (!strict) {
        /* OCR look-alikes, a letter read in lower case ("J2s 8A4")
         * included, only after a province or ending an address line */
        q = read_shape_nl(p, end, pat, seps, out, &nocr, TRUE, FALSE, TRUE);
        if (q && boundary_after(q, end) && nocr <= 2 && postal_first(out[0]) &&
            postal_letter(out[2]) && postal_letter(out[4]) &&
            (province_before(text, s) || addr_line_end(scan, s, q)) && (q - p) <= 8 &&
            !(nocr > 0 && (q - p) == 6 && 0))
          strict = TRUE;
      }
      if (!strict) {
        /* spaced by hand or by a form's boxes: "G1S  4C1", "J 9 M 9T9" */
        const char *r = p;
        int k;
        for (k = 0; k < 6; k++) {
          for (int sp = 0; (k == 1 || k == 2 || k == 3) && r < end &&
                           *r == ' ' && sp < (k == 3 ? 2 : 1);
               sp++)
            r++; /* (the last group whole: not "A 1 B 2 C 3") */
          if (r >= end ||
              ((k & 1) ? !cv_is_digit(*r) : !(*r >= 'A' && *r <= 'Z')))
            break;
          out[k] = *r++;
        }
        if (k == 6 && boundary_after(r, end) && postal_first(out[0]) &&
            postal_letter(out[2]) && postal_letter(out[4])) {
          q = r;
          nocr = 0;
          strict = TRUE;
        }
      }
      if (strict) {
        /* "A1A1A1" glued to words would be a product code: require a
         * separator or a boundary, both checked; reject long alnum runs */
        cv_scan_add(scan, CV_PII_POSTAL_CODE, s, (gsize)(q - text), 0.9f,
                    nocr ? "postal-ocr" : "postal-shape");
        return q;
      }
    }
  }
  return NULL;
}

/* A Canadian postal code typed in lower case ("j2g 1a1", "h3a0b1") at @p
 * (a lower-case letter, a digit): after a word of place ("come see at j5w
 * 3r0", "venir voir au h7b6h4"), a postal-code label or a province, or
 * ending an address line ("88 rue principale, granby j2g 1a1").  Its end
 * or NULL.  Called by the word pass. */
const char *
cv_lower_postal_at(CvScan *scan, const char *p)
{
  const char *text = scan->text;
  const char *end = text + scan->len;
  if (p + 6 > end || cv_alnum_before(text, p))
    return NULL;
  char out[8];
  guint nocr;
  static const char pat[] = "LDLDLD", seps[] = "   |  ";
  const char *q =
      read_shape_nl(p, end, pat, seps, out, &nocr, FALSE, FALSE, TRUE);
  if (!q || !boundary_after(q, end) || !postal_first(out[0]) ||
      !postal_letter(out[2]) || !postal_letter(out[4]))
    return NULL;
  gsize s = (gsize)(p - text);
  /* after a word of place ("come see at j5w 3r0", "voir au h7b6h4"; not
   * glued with letters of hex digits only, "at e3b0c4" is a hash's
   * piece), or after a label or a province, or ending an address line
   * ("le modèle a1b 2c3" stays) */
  gboolean hex = q - p == 6 && out[0] <= 'F' && out[2] <= 'F' && out[4] <= 'F';
  const char *b = p;
  while (b > text && b[-1] == ' ')
    b--;
  const char *a = b;
  while (a > text && b - a < 6 &&
         (g_ascii_isalpha(a[-1]) || (guint8)a[-1] >= 0x80))
    a--;
  gsize wn = (gsize)(b - a);
  gboolean place =
      b < p && !hex &&
      ((wn == 2 && (g_ascii_strncasecmp(a, "at", 2) == 0 ||
                    g_ascii_strncasecmp(a, "au", 2) == 0 ||
                    g_ascii_strncasecmp(a, "in", 2) == 0 ||
                    g_ascii_strncasecmp(a, "to", 2) == 0 ||
                    ((guint8)a[0] == 0xC3 && (guint8)a[1] == 0xA0))) ||
       (wn == 4 && g_ascii_strncasecmp(a, "near", 4) == 0));
  /* (or after a city told by its preposition, in lower case as calls are
   * transcribed: "à saint-hyacinthe g3j 2s9", "in brossard h9g7t4") */
  for (int m = 0; !place && !hex && m < 3 && b > text; m++) {
    const char *we = b, *ws = b;
    while (ws > text && we - ws < 30 &&
           (g_ascii_islower(ws[-1]) || ws[-1] == '-' || (guint8)ws[-1] >= 0x80))
      ws--;
    if (ws == we || (ws > text && ws[-1] != ' '))
      break;
    gsize n = (gsize)(we - ws);
    if (m > 0 &&
        ((n == 2 && (memcmp(ws, "au", 2) == 0 || memcmp(ws, "in", 2) == 0 ||
                     ((guint8)ws[0] == 0xC3 && (guint8)ws[1] == 0xA0))) ||
         (n == 4 && memcmp(ws, "near", 4) == 0)))
      place = TRUE;
    b = ws;
    while (b > text && b[-1] == ' ')
      b--;
  }
  /* (or a markup's element for it, "<cp>h1k5v3</cp>", or in a list with
   * a postal code in capitals, "h7j 4r7, G7T5C4") */
  if (!place && p - text >= 4 && p[-1] == '>') {
    static const char *const tags[] = { "<cp>",         "<zip>",
                                        "<postal>",     "<codepostal>",
                                        "<postalcode>", "<code_postal>",
                                        "<postal_code>" };
    for (gsize k = 0; k < G_N_ELEMENTS(tags) && !place; k++) {
      gsize tl = strlen(tags[k]);
      place = (gsize)(p - text) >= tl &&
              g_ascii_strncasecmp(p - tl, tags[k], tl) == 0;
    }
  }
  if (!place && !hex && end - q >= 8 && q[0] == ',' && q[1] == ' ' &&
      postal_first(q[2]) && cv_is_digit(q[3]) && postal_letter(q[4])) {
    const char *r = q + 5;
    if (*r == ' ' || *r == '-')
      r++;
    place = end - r >= 3 && cv_is_digit(r[0]) && postal_letter(r[1]) &&
            cv_is_digit(r[2]) && (end - r == 3 || !cv_is_alnum_ascii(r[3]));
  }
  if (!place && cv_ctx_dist_before(scan, s, 40, CV_CTX_POSTAL) == G_MAXSIZE &&
      !province_before(text, s) && !addr_line_end(scan, s, q))
    return NULL;
  cv_scan_add(scan, CV_PII_POSTAL_CODE, s, (gsize)(q - text), 0.85f,
              "postal-lower");
  return q;
}

/* ---- IPv6 ----------------------------------------------------------------- */

static inline gboolean
is_hex(char c)
{
  return cv_is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* The end of a dotted-quad IPv4 address starting at @p (four groups of 1-3
 * digits, each at most 255), or NULL. */
static const char *
ipv4_tail(const char *p, const char *end)
{
  for (int k = 0; k < 4; k++) {
    if (k > 0) {
      if (p >= end || *p != '.')
        return NULL;
      p++;
    }
    int v = 0, nd = 0;
    while (p < end && cv_is_digit(*p) && nd < 4) {
      v = v * 10 + (*p - '0');
      p++;
      nd++;
    }
    if (nd == 0 || nd > 3 || v > 255)
      return NULL;
  }
  return p;
}

void
cv_scan_ip(CvScan *scan)
{
  const char *text = scan->text;
  const char *end = text + scan->len;
  const char *done = text;
  const char *p = text;
  const GArray *colons = cv_scan_marks(scan, CV_MARK_COLON);
  for (guint mi = 0; mi < colons->len; mi++) {
    const char *colon = text + g_array_index(colons, guint32, mi);
    if (colon < p)
      continue;
    p = colon + 1;
    if (colon < done)
      continue;
    /* back up over hex digits (max 4) */
    const char *s = colon;
    while (s > text && colon - s < 4 && is_hex(s[-1]))
      s--;
    if (s > text && cv_is_alnum_ascii(s[-1]))
      continue;
    if (s > text && s[-1] == ':') {
      /* a label glued by its colon ("IP:fe80:…", "IPv6:…") starts an
       * address; a hex group before it is part of one already read */
      const char *l = s - 1;
      gboolean label = FALSE;
      while (l > text && cv_is_alnum_ascii(l[-1]) && s - l < 24) {
        l--;
        label |= cv_is_alpha_ascii(*l) && !is_hex(*l);
      }
      if (!label)
        continue;
    }
    /* parse forward */
    const char *q = s;
    const char *lg = s; /* start of the last group */
    int groups = 0, dbl = 0, hexletters = 0;
    gboolean bad = FALSE;
    while (q < end && q - s < 45) {
      const char *g = q;
      lg = g;
      while (q < end && q - g < 5 && is_hex(*q)) {
        if (!cv_is_digit(*q))
          hexletters++;
        q++;
      }
      if (q - g > 4) {
        bad = TRUE;
        break;
      }
      if (q > g)
        groups++;
      if (q < end && *q == ':') {
        if (q + 1 < end && q[1] == ':') {
          dbl++;
          q += 2;
        } else {
          q++;
        }
        continue;
      }
      break;
    }
    /* an IPv4 address as the last 32 bits ("::ffff:192.0.2.128") */
    if (!bad && q < end && *q == '.' && q > lg) {
      const char *v = ipv4_tail(lg, end);
      if (v) {
        q = v;
        groups++;
      }
    }
    while (q > s && q[-1] == ':' && !(q - 2 >= s && q[-2] == ':'))
      q--;
    /* a full stop ends a sentence ("my IP is 2001:db8::1."), not a
     * version or an address going on ("1:2:3:4:5:6:7:8.9") */
    if (bad || dbl > 1 ||
        (q < end && (cv_is_alnum_ascii(*q) ||
                     (*q == '.' && q + 1 < end && cv_is_alnum_ascii(q[1])))))
      continue;
    gboolean ok = (dbl == 0 && groups == 8) || (dbl == 1 && groups >= 3 && groups <= 7);
    if (ok && dbl == 1 && hexletters == 0 && groups < 4)
      ok = FALSE; /* 10::12 style noise */
    if (!ok)
      continue;
    q = cidr_end(q, end, 128); /* "2001:db8:0:1::/64" */
    cv_scan_add(scan, CV_PII_IP_ADDRESS, (gsize)(s - text), (gsize)(q - text), 0.9f,
                "ipv6");
    done = q;
    p = q;
  }
}
