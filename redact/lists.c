/* lists.c — owns the per-collection lists of a redactor: terms always
 * redacted (a client's name, a project code) and terms never redacted (the
 * body's own staff, officials in their public role).
 *
 * Terms are folded once, when the redactor is built (words lower-cased,
 * accents removed, single spaces), and kept in a hash table keyed by their
 * first word.  The scan reads the text's words once; at a word that starts
 * some term, the following words are compared (at most
 * CV_REDACT_TERM_MAX_WORDS): linear in the text. */
#include <glib/gi18n-lib.h>
#include "redact-private.h"

#include <sodium.h>
#include <string.h>

typedef struct {
  char *folded; /* words, single spaces */
  guint n_words;
  gint type; /* CvPiiType, or -1 for a "never" term */
} Term;

struct _CvLists {
  GHashTable *first; /* first folded word -> GPtrArray of Term* (owned by terms) */
  GPtrArray *terms; /* Term* */
};

static void
term_free(gpointer p)
{
  Term *t = p;
  g_free(t->folded);
  g_free(t);
}

/* Reads the word at or after @p: letters and digits with inner '-', '\''.
 * Returns its start (or @end) and sets *we. */
static const char *
next_word(const char *p, const char *end, const char **we)
{
  gsize cl;
  gboolean up;
  while (p < end && !cv_is_alnum_ascii(*p) &&
         !((guint8)*p >= 0xC0 && cv_letter_at(p, end, &cl, &up)))
    p++;
  const char *q = p;
  while (q < end) {
    if (cv_is_alnum_ascii(*q)) {
      q++;
    } else if ((guint8)*q >= 0xC0 && cv_letter_at(q, end, &cl, &up)) {
      q += cl;
    } else if ((guint8)*q >= 0xC0) {
      /* other scripts: a letter of unknown case, taken whole */
      gsize n = (guint8)*q >= 0xF0 ? 4 : (guint8)*q >= 0xE0 ? 3 : 2;
      if ((gsize)(end - q) < n || (n == 3 && (guint8)q[0] == 0xE2))
        break; /* punctuation (U+2000..U+2FFF) ends a word */
      q += n;
    } else if ((*q == '-' || *q == '\'') && q > p && q + 1 < end &&
               cv_is_alnum_ascii(q[1])) {
      q++;
    } else {
      break;
    }
  }
  *we = q;
  return p;
}

/* Folds one word into @out (NUL-terminated); FALSE if too long. */
static gboolean
fold_word(const char *s, const char *e, char *out, gsize size)
{
  gsize n = cv_fold(s, e, out, size - 1);
  if (n == 0) {
    /* letters cv_fold does not know: lower-case ASCII, other bytes kept */
    if ((gsize)(e - s) >= size)
      return FALSE;
    for (n = 0; s + n < e; n++)
      out[n] = g_ascii_tolower(s[n]);
  }
  out[n] = '\0';
  return TRUE;
}

static gboolean
add_term(CvLists *l, const char *term, gint type, GError **error)
{
  gsize len = term ? strlen(term) : 0;
  if (len == 0 || len > CV_REDACT_TERM_MAX_BYTES ||
      !g_utf8_validate(term, (gssize)len, NULL)) {
    g_set_error(error, CV_REDACT_ERROR, CV_REDACT_ERROR_INVALID,
                _("a list term must be 1 to %d bytes of UTF-8"),
                CV_REDACT_TERM_MAX_BYTES);
    return FALSE;
  }
  GString *f = g_string_new(NULL);
  char first[CV_REDACT_TERM_MAX_BYTES * 2 + 2] = "";
  guint nw = 0;
  const char *p = term, *end = term + len;
  for (;;) {
    const char *we;
    const char *ws = next_word(p, end, &we);
    if (ws >= end || we == ws)
      break;
    char w[CV_REDACT_TERM_MAX_BYTES * 2 + 2];
    if (!fold_word(ws, we, w, sizeof w) || ++nw > CV_REDACT_TERM_MAX_WORDS) {
      g_string_free(f, TRUE);
      g_set_error(error, CV_REDACT_ERROR, CV_REDACT_ERROR_INVALID,
                  _("a list term has at most %d words"),
                  CV_REDACT_TERM_MAX_WORDS);
      return FALSE;
    }
    if (nw == 1)
      g_strlcpy(first, w, sizeof first);
    if (f->len)
      g_string_append_c(f, ' ');
    g_string_append(f, w);
    p = we;
  }
  if (nw == 0) {
    g_string_free(f, TRUE);
    g_set_error(error, CV_REDACT_ERROR, CV_REDACT_ERROR_INVALID,
                _("a list term needs a letter or a digit"));
    return FALSE;
  }
  Term *t = g_new0(Term, 1);
  t->folded = g_string_free(f, FALSE);
  t->n_words = nw;
  t->type = type;
  g_ptr_array_add(l->terms, t);
  GPtrArray *bucket = g_hash_table_lookup(l->first, first);
  if (!bucket) {
    bucket = g_ptr_array_new();
    g_hash_table_insert(l->first, g_strdup(first), bucket);
  }
  g_ptr_array_add(bucket, t);
  return TRUE;
}

CvLists *
cv_lists_new(const CvRedactTerm *always, gsize n_always,
             const char *const *never, gsize n_never, GError **error)
{
  if (n_always > CV_REDACT_MAX_TERMS || n_never > CV_REDACT_MAX_TERMS ||
      (n_always && !always) || (n_never && !never)) {
    g_set_error(error, CV_REDACT_ERROR, CV_REDACT_ERROR_INVALID,
                _("at most %d terms a list"), CV_REDACT_MAX_TERMS);
    return NULL;
  }
  if (n_always + n_never == 0)
    return NULL; /* no lists: nothing to do */
  CvLists *l = g_new0(CvLists, 1);
  l->first = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
                                   (GDestroyNotify)g_ptr_array_unref);
  l->terms = g_ptr_array_new_with_free_func(term_free);
  for (gsize i = 0; i < n_always; i++) {
    if ((guint)always[i].type >= CV_PII_N_TYPES) {
      g_set_error(error, CV_REDACT_ERROR, CV_REDACT_ERROR_INVALID,
                  _("unknown identifier type %d for a list term"),
                  (int)always[i].type);
      cv_lists_free(l);
      return NULL;
    }
    if (!add_term(l, always[i].term, (gint)always[i].type, error)) {
      cv_lists_free(l);
      return NULL;
    }
  }
  for (gsize i = 0; i < n_never; i++) {
    if (!add_term(l, never[i], -1, error)) {
      cv_lists_free(l);
      return NULL;
    }
  }
  return l;
}

void
cv_lists_free(CvLists *l)
{
  if (!l)
    return;
  g_hash_table_unref(l->first);
  g_ptr_array_unref(l->terms);
  g_free(l);
}

/* Does @t match the words starting at @ws?  Sets *me to the match end. */
static gboolean
term_at(const Term *t, const char *ws, const char *we, const char *end,
        const char **me)
{
  const char *tf = t->folded;
  const char *s = ws, *e = we;
  for (guint k = 0; k < t->n_words; k++) {
    if (k > 0) {
      s = next_word(e, end, &e);
      if (s >= end || e == s)
        return FALSE;
      /* words of one term stay on one line */
      if (memchr(*me, '\n', (gsize)(s - *me)))
        return FALSE;
    }
    char w[CV_REDACT_TERM_MAX_BYTES * 2 + 2];
    if ((gsize)(e - s) > CV_REDACT_TERM_MAX_BYTES ||
        !fold_word(s, e, w, sizeof w))
      return FALSE;
    const char *sp = strchr(tf, ' ');
    gsize tl = sp ? (gsize)(sp - tf) : strlen(tf);
    if (strlen(w) != tl || memcmp(w, tf, tl) != 0)
      return FALSE;
    tf += tl + (sp ? 1 : 0);
    *me = e;
  }
  return TRUE;
}

void
cv_scan_lists(CvScan *scan)
{
  const CvLists *l = scan->lists;
  if (!l)
    return;
  const char *text = scan->text, *end = text + scan->len;
  const char *p = text;
  while (p < end) {
    const char *we;
    const char *ws = next_word(p, end, &we);
    if (ws >= end || we == ws)
      break;
    p = we;
    char w[CV_REDACT_TERM_MAX_BYTES * 2 + 2];
    if ((gsize)(we - ws) > CV_REDACT_TERM_MAX_BYTES ||
        !fold_word(ws, we, w, sizeof w))
      continue;
    GPtrArray *bucket = g_hash_table_lookup(l->first, w);
    if (!bucket)
      continue;
    /* the longest term that matches here */
    const Term *best = NULL;
    const char *best_end = NULL;
    for (guint i = 0; i < bucket->len; i++) {
      const Term *t = bucket->pdata[i];
      const char *me = we;
      if (term_at(t, ws, we, end, &me) &&
          (!best || me > best_end || (me == best_end && t->type >= 0))) {
        best = t;
        best_end = me;
      }
    }
    sodium_memzero(w, sizeof w);
    if (!best)
      continue;
    gsize s = (gsize)(ws - text), e = (gsize)(best_end - text);
    p = best_end;
    if (best->type >= 0) {
      cv_scan_add(scan, (CvPiiType)best->type, s, e, 1.0f, "list-always");
    } else {
      guint32 pr[2] = { (guint32)s, (guint32)e };
      g_array_append_vals(scan->never, pr, 2);
    }
  }
}

gboolean
cv_scan_in_never(const CvScan *scan, gsize s, gsize e, guint *cursor)
{
  const guint32 *pr = (const guint32 *)scan->never->data;
  guint n = scan->never->len / 2;
  while (*cursor < n && pr[2 * *cursor + 1] <= s)
    (*cursor)++;
  return *cursor < n && pr[2 * *cursor] <= s && e <= pr[2 * *cursor + 1];
}
