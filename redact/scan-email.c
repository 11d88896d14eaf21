/* scan-email.c — owns the e-mail detector: from each '@', the local part
 * backwards (OCR splits tolerated) and the domain forwards. */
#define _GNU_SOURCE 1
#include "scan-words.h"

#include <string.h>

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

/* ---- spelled-out e-mail ("jdoe at gmail dot com") ------------------------ */

/* A spelled-out separator at @p: "at"/"arobas"/"arobase" (@kind 0) or
 * "dot"/"point" (@kind 1), in brackets ("(at)", "[point]", "[@]") or
 * between blanks; for a dot, a bare '.' between two characters of a name
 * too.  Returns its end (blanks after it skipped) or NULL. */
static const char *
spelled_sep(const char *p, const char *end, int kind)
{
  static const char *const at_words[] = { "at", "arobas", "arobase", "@" };
  static const char *const dot_words[] = { "dot",   "point",      ".",
                                           "tiret", "underscore", "dash",
                                           "hyphen" };
  if (kind == 1 && p + 1 < end && *p == '.' && domain_char(p[1]))
    return p + 1;
  const char *q = cv_skip_hspace(p, end);
  gboolean before = q > p;
  char close = 0;
  if (q < end && (*q == '(' || *q == '[' || *q == '{')) {
    close = *q == '(' ? ')' : *q == '[' ? ']' : '}';
    q = cv_skip_hspace(q + 1, end);
  }
  const char *w = q;
  /* (the longest word: "underscore") */
  while (q < end && q - w < 11 &&
         (cv_is_alpha_ascii(*q) || *q == '@' || *q == '.'))
    q++;
  gsize wl = (gsize)(q - w);
  const char *const *list = kind == 0 ? at_words : dot_words;
  gsize n = kind == 0 ? G_N_ELEMENTS(at_words) : G_N_ELEMENTS(dot_words);
  gboolean found = FALSE;
  for (gsize i = 0; i < n && !found; i++)
    found = strlen(list[i]) == wl && g_ascii_strncasecmp(w, list[i], wl) == 0;
  if (!found)
    return NULL;
  /* "tiret bas": an underscore */
  if (kind == 1 && wl == 5 && (*w | 0x20) == 't' && end - q > 4 &&
      g_ascii_strncasecmp(q, " bas", 4) == 0 && (end - q == 4 || q[4] == ' '))
    q += 4;
  if (close) {
    q = cv_skip_hspace(q, end);
    if (q >= end || *q != close)
      return NULL;
    q++;
  } else if (!before || wl == 1 || q >= end || *q != ' ') {
    return NULL; /* a bare word needs its blanks */
  }
  return cv_skip_hspace(q, end);
}

/* A domain's last label that is a top-level domain mail is sent to. */
static gboolean
tld_at(const char *p, const char *e)
{
  static const char *const tlds[] = { "com", "ca",   "org", "net", "fr",
                                      "qc",  "info", "edu", "gov", "gouv",
                                      "be",  "ch",   "uk",  "io",  "us" };
  gsize n = (gsize)(e - p);
  for (gsize i = 0; i < G_N_ELEMENTS(tlds); i++)
    if (strlen(tlds[i]) == n && g_ascii_strncasecmp(p, tlds[i], n) == 0)
      return TRUE;
  return FALSE;
}

/* From the end of a name part at @p: a spelled-out domain ("gmail dot
 * com", "gmail (point) com") ending in a known top-level domain, at least
 * one separator spelled out when the '@' was.  Its end or NULL. */
static const char *
spelled_domain(const char *p, const char *end, gboolean *spelled)
{
  const char *q = p, *last = NULL;
  gboolean any = FALSE;
  int labels = 0;
  while (q < end && labels < 6) {
    const char *ls = q;
    while (q < end && q - ls < 63 && domain_char(*q))
      q++;
    if (q - ls < 2)
      break;
    labels++;
    if (labels >= 2 && tld_at(ls, q)) {
      last = q;
      *spelled = any;
    }
    const char *n = spelled_sep(q, end, 1);
    if (!n)
      break;
    any = any || *q != '.';
    q = n;
  }
  return last;
}

/* "jdoe1977 at gmail dot com", "marie (point) roy (arobas) gmail (point)
 * com", "h.marchand [at] gmail.com": an address spelled out to fool
 * harvesters is an address all the same.  The '@' spelled out, then a
 * domain that ends in a known top-level domain. */
static const char *
spelled_at(CvScan *scan, const char *p)
{
  const char *text = scan->text;
  const char *end = text + scan->len;
  if (p <= text || p + 4 >= end || !local_char(p[-1]) || p[-1] == '.')
    return p;
  /* (cheap test first: "at", "arobas(e)" or '@' after the blanks and the
   * bracket, most words are not) */
  const char *k = p;
  while (k < end && k - p < 3 &&
         (*k == ' ' || *k == '[' || *k == '(' || *k == '{'))
    k++;
  if (k + 1 >= end ||
      !(*k == '@' ||
        ((*k | 0x20) == 'a' && ((k[1] | 0x20) == 't' || (k[1] | 0x20) == 'r'))))
    return p;
  const char *d = spelled_sep(p, end, 0);
  if (!d)
    return p;
  gboolean spelled = FALSE;
  const char *de = spelled_domain(d, end, &spelled);
  /* "works at acme.com": a bare "at" needs a spelled-out dot too */
  if (!de || (*cv_skip_hspace(p, end) != '(' && *cv_skip_hspace(p, end) != '[' &&
              *cv_skip_hspace(p, end) != '{' && !spelled))
    return p;
  /* the name part, backwards: "roy", "marie (point) roy", "h.marchand" */
  const char *l = p;
  for (int parts = 0; parts < 4; parts++) {
    const char *s = l;
    while (s > text && l - s < 64 && local_char(s[-1]) && s[-1] != '\'')
      s--;
    while (s < l && (*s == '.' || *s == '-' || ((guint8)*s & 0xC0) == 0x80))
      s++;
    if (s == l)
      break;
    l = s;
    /* a spelled-out dot before it joins another part */
    const char *prev = NULL;
    for (const char *b = l - 1; b > text + 1 && l - b <= 16; b--) {
      if (*b == '\n')
        break;
      if (!local_char(*b) && local_char(b[-1]) && spelled_sep(b, end, 1) == l) {
        prev = b;
        break;
      }
    }
    if (!prev)
      break;
    l = prev;
  }
  if (l == p)
    return p;
  cv_scan_add(scan, CV_PII_EMAIL, (gsize)(l - text), (gsize)(de - text), 0.9f,
              "email-spelled");
  return de;
}

/* The spelled-out '@': in brackets ("h.marchand [at] gmail.com",
 * "j.roy(at)videotron(dot)ca"), found from the brackets (memchr), or a
 * bare word ("jdoe at gmail dot com"), which needs a spelled-out dot after
 * it: found back from that dot's word (memmem). */
static void
scan_spelled(CvScan *scan)
{
  const char *text = scan->text;
  static const guint opens[] = { CV_MARK_PAREN, CV_MARK_BRACKET, CV_MARK_BRACE };
  for (int i = 0; i < 3; i++) {
    const char *p = text + 1;
    const GArray *mk = cv_scan_marks(scan, opens[i]);
    for (guint mi = 0; mi < mk->len; mi++) {
      const char *q = text + g_array_index(mk, guint32, mi);
      if (q < p)
        continue;
      /* (the blank before the bracket is where the marker starts) */
      const char *m = q[-1] == ' ' && q - 1 > text ? q - 1 : q;
      const char *r = spelled_at(scan, m);
      p = r > m ? r : q + 1;
    }
  }
  /* (French voicemails: "belkacem point o arobase outlook point com";
   * one read of the text for both words) */
  const GArray *found = cv_scan_cues(scan);
  const char *done = text;
  const char *p = text;
  G_STATIC_ASSERT(CV_CUE_POINT == CV_CUE_DOT + 1);
  CvCue cue;
  for (guint i = 0; cv_cue_next(found, &i, CV_CUE_DOT, CV_CUE_POINT + 1, &cue);) {
    const char *q = text + cue.off - 1;
    if (q < text || *q != ' ' || q < p)
      continue;
    p = q + 1;
    /* the bare marker, up to 80 bytes back on the line */
    for (const char *b = q - 1; b > done && q - b < 80 && *b != '\n'; b--) {
      if (*b != ' ')
        continue;
      const char *r = spelled_at(scan, b);
      if (r > b) {
        done = r;
        p = r > p ? r : p;
        break;
      }
    }
  }
}

void
cv_scan_emails(CvScan *scan)
{
  scan_spelled(scan);
  const char *text = scan->text;
  const char *end = text + scan->len;
  const char *p = text;
  const GArray *ats = cv_scan_marks(scan, CV_MARK_AT);
  for (guint mi = 0; mi < ats->len; mi++) {
    const char *at = text + g_array_index(ats, guint32, mi);
    if (at < p)
      continue;
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
