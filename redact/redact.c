/* redact.c — redactor object and public entry points of the redaction stage:
 * type names, the keyed pseudonyms (BLAKE2b over the normalised value, key
 * kept in sodium_malloc'd memory), the scan driver (runs every detector,
 * drops matches inside earlier redaction tokens, merges overlaps into
 * sorted disjoint spans), rendering with offset remapping, and the cheap
 * FR/EN language guess. */
#include <glib/gi18n-lib.h>
#include "redact-private.h"
#include "cv-text.h"
#include "scan-words.h"

#include <sodium.h>
#include <string.h>
#include <time.h>

G_DEFINE_QUARK(cv-redact-error-quark, cv_redact_error)

#define CV_REDACT_KEY_LEN 32

struct _CvRedactor {
  CvRedactMode mode; /* label or pseudonym */
  guint8 *key;       /* CV_REDACT_KEY_LEN bytes, sodium_malloc'd, or NULL */
  const CvNameModel *model; /* name recogniser (shared, not owned) */
  gboolean timing; /* CV_REDACT_TIMING set at cv_redact_new(): phase times to stderr */
  CvLists *lists; /* per-collection lists (owned), or NULL */
};

/* The table of types, from cv-pii-types.h (context categories are not
 * needed here; scan-fields.c reads them from the same list). */
#define CV_CTX_NONE 0
static const struct {
  const char *name;  /* labels.jsonl name */
  const char *label; /* replacement token */
  char code;         /* pseudonym prefix: stable per type */
} types[] = {
#define CV_PII_TYPE(id, name, label, code, ctx, digits) { name, label, code },
#include "cv-pii-types.h"
#undef CV_PII_TYPE
};
G_STATIC_ASSERT(G_N_ELEMENTS(types) == CV_PII_N_TYPES);
/* the longest token, "[DATE-NAISSANCE-XXXXXX]", must fit the render margin */
#define RENDER_TOKEN_MAX 32

const char *
cv_redact_type_label(CvPiiType type)
{
  if ((guint)type >= CV_PII_N_TYPES)
    return NULL;
  return types[type].label;
}

const char *
cv_redact_type_name(CvPiiType type)
{
  if ((guint)type >= CV_PII_N_TYPES)
    return NULL;
  return types[type].name;
}

gboolean
cv_redact_type_from_name(const char *name, CvPiiType *out)
{
  if (!name)
    return FALSE;
  for (guint i = 0; i < CV_PII_N_TYPES; i++) {
    if (g_str_equal(name, types[i].name)) {
      if (out)
        *out = (CvPiiType)i;
      return TRUE;
    }
  }
  return FALSE;
}

CvRedactor *
cv_redact_new(CvRedactMode mode, const guint8 *pseudonym_key, gsize key_len,
              GError **error)
{
  CvRedactOptions o = { mode, pseudonym_key, key_len, NULL, 0, NULL, 0 };
  return cv_redact_new_full(&o, error);
}

CvRedactor *
cv_redact_new_full(const CvRedactOptions *options, GError **error)
{
  if (!options) {
    g_set_error(error, CV_REDACT_ERROR, CV_REDACT_ERROR_INVALID, _("no options"));
    return NULL;
  }
  CvRedactMode mode = options->mode;
  const guint8 *pseudonym_key = options->pseudonym_key;
  gsize key_len = options->key_len;
  if (mode != CV_REDACT_MODE_LABEL && mode != CV_REDACT_MODE_PSEUDONYM) {
    g_set_error(error, CV_REDACT_ERROR, CV_REDACT_ERROR_INVALID,
                _("unknown redaction mode %d"), (int)mode);
    return NULL;
  }
  if (mode == CV_REDACT_MODE_PSEUDONYM &&
      (pseudonym_key == NULL || key_len != CV_REDACT_KEY_LEN)) {
    g_set_error(error, CV_REDACT_ERROR, CV_REDACT_ERROR_INVALID,
                _("pseudonym mode needs a %d-byte key"), CV_REDACT_KEY_LEN);
    return NULL;
  }
  if (pseudonym_key && key_len != CV_REDACT_KEY_LEN) {
    g_set_error(error, CV_REDACT_ERROR, CV_REDACT_ERROR_INVALID,
                _("pseudonym key must be %d bytes"), CV_REDACT_KEY_LEN);
    return NULL;
  }
  if (sodium_init() < 0) {
    g_set_error(error, CV_REDACT_ERROR, CV_REDACT_ERROR_INVALID,
                _("libsodium could not be initialised"));
    return NULL;
  }
  GError *lerr = NULL;
  CvLists *lists = cv_lists_new(options->always, options->n_always,
                                options->never, options->n_never, &lerr);
  if (lerr) {
    g_propagate_error(error, lerr);
    return NULL;
  }
  CvRedactor *r = g_new0(CvRedactor, 1);
  r->mode = mode;
  r->lists = lists;
  r->model = cv_name_model_default();
  r->timing = g_getenv("CV_REDACT_TIMING") != NULL;
  if (pseudonym_key) {
    r->key = sodium_malloc(CV_REDACT_KEY_LEN);
    if (!r->key) {
      cv_lists_free(r->lists);
      g_free(r);
      g_set_error(error, CV_REDACT_ERROR, CV_REDACT_ERROR_INVALID,
                  _("cannot allocate protected memory for the key"));
      return NULL;
    }
    memcpy(r->key, pseudonym_key, CV_REDACT_KEY_LEN);
    sodium_mprotect_readonly(r->key);
  }
  return r;
}

gboolean
cv_redact_check_size(gsize len, GError **error)
{
  if (len > CV_REDACT_MAX_TEXT) {
    g_set_error(error, CV_REDACT_ERROR, CV_REDACT_ERROR_TOO_LARGE,
                _("text of %zu bytes exceeds the redaction limit of %u bytes"),
                (size_t)len, (guint)CV_REDACT_MAX_TEXT);
    return FALSE;
  }
  return TRUE;
}

void
cv_redact_use_model(CvRedactor *r, const CvNameModel *m)
{
  r->model = m;
}

void
cv_redact_free(CvRedactor *redactor)
{
  if (!redactor)
    return;
  if (redactor->key)
    sodium_free(redactor->key); /* wipes */
  cv_lists_free(redactor->lists);
  g_free(redactor);
}

/* ---- language ---------------------------------------------------------------- */

CvLang
cv_redact_detect_lang(const char *text, gsize len)
{
  return cv_text_guess_lang(text, len); /* one guess for redaction and index */
}

/* ---- scanning ------------------------------------------------------------------- */

void
cv_scan_add(CvScan *scan, CvPiiType type, gsize start, gsize end,
            float confidence, const char *detector)
{
  if (end <= start || end > scan->len)
    return;
  CvSpan sp = {type, start, end, confidence, detector};
  g_array_append_val(scan->cands, sp);
}

gsize
cv_redact_token_span(const char *text, gsize len)
{
  if (!text || len < 3 || text[0] != '[')
    return 0;
  gsize lim = MIN(len, (gsize)40);
  const char *close = NULL;
  for (gsize q = 1; q < lim; q++) {
    if (text[q] == ']') {
      close = text + q;
      break;
    }
    if (text[q] == '[' || text[q] == '\n')
      return 0;
  }
  if (!close)
    return 0;
  gsize inner = (gsize)(close - text - 1);
  for (guint t = 0; t < CV_PII_N_TYPES; t++) {
    gsize ll = strlen(types[t].label);
    if (inner < ll || memcmp(text + 1, types[t].label, ll) != 0)
      continue;
    gboolean ok = inner == ll;
    if (!ok && text[1 + ll] == '-') {
      ok = inner > ll + 1;
      for (gsize k = ll + 1; k < inner && ok; k++)
        ok = g_ascii_isxdigit(text[1 + k]);
    }
    if (ok)
      return inner + 2;
  }
  return 0;
}

/* Finds the redaction tokens already in the text ("[NAS]", "[PERSONNE-7F3A]")
 * so that redacting redacted text changes nothing. */
static void
find_tokens(CvScan *scan)
{
  const char *text = scan->text;
  const char *end = text + scan->len;
  const char *p = text;
  while (p < end) {
    const char *b = memchr(p, '[', (gsize)(end - p));
    if (!b)
      break;
    gsize tl = cv_redact_token_span(b, (gsize)(end - b));
    if (tl) {
      guint32 pr[2] = { (guint32)(b - text), (guint32)(b + tl - text) };
      g_array_append_vals(scan->protect, pr, 2);
      p = b + tl;
    } else {
      p = b + 1;
    }
  }
}

static gint
span_cmp(gconstpointer a, gconstpointer b)
{
  const CvSpan *x = a, *y = b;
  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end > y->end ? -1 : 1;
  return 0;
}

static gboolean
in_protected(const CvScan *scan, const CvSpan *sp, guint *cursor)
{
  const guint32 *pr = (const guint32 *)scan->protect->data;
  guint n = scan->protect->len / 2;
  while (*cursor < n && pr[2 * *cursor + 1] <= sp->start)
    (*cursor)++;
  return *cursor < n && pr[2 * *cursor] < sp->end;
}

/* Extends a span's end to a UTF-8 character boundary (defensive). */
static gsize
char_end(const char *text, gsize len, gsize pos)
{
  while (pos < len && ((guint8)text[pos] & 0xC0) == 0x80)
    pos++;
  return pos;
}

/* The initial's capital letter ending at @pos (exclusive, before its
 * '.'), one byte or two (È, Ł); returns its start or G_MAXSIZE. */
static gsize
initial_letter(const char *text, gsize pos)
{
  if (pos == 0)
    return G_MAXSIZE;
  gsize l = pos - 1;
  if ((guint8)text[l] >= 0x80 && (guint8)text[l] < 0xC0 && l > 0 &&
      (guint8)text[l - 1] >= 0xC3 && (guint8)text[l - 1] <= 0xC5)
    l--;
  else if (!g_ascii_isupper(text[l]))
    return G_MAXSIZE;
  if (l > 0 && (g_ascii_isalnum(text[l - 1]) || (guint8)text[l - 1] >= 0x80 ||
                text[l - 1] == '.'))
    return G_MAXSIZE;
  return l;
}

/* Initials before a name found go with it ("J.-F. Gagnon" found from "F.",
 * "Selon M.-È. Roy" found from "Roy", "K. J. Okafor"): returns where the
 * name starts.  A lone "M." stays (Monsieur, a title kept in French). */
static gsize
name_initials(const char *text, gsize start)
{
  for (int k = 0; k < 4; k++) {
    gsize l;
    if (start >= 3 && text[start - 1] == '-' && text[start - 2] == '.' &&
        (l = initial_letter(text, start - 2)) != G_MAXSIZE) {
      start = l; /* "J.-" before "F." */
      continue;
    }
    if (start >= 3 && text[start - 1] == ' ' && text[start - 2] == '.' &&
        (l = initial_letter(text, start - 2)) != G_MAXSIZE &&
        (text[l] != 'M' || (l >= 3 && text[l - 1] == '-')) &&
        (l == 0 || text[l - 1] == ' ' || text[l - 1] == '\n' ||
         text[l - 1] == '-' || text[l - 1] == '(')) {
      start = l; /* "K. " before "Okafor" */
      continue;
    }
    break;
  }
  return start;
}

/* A given name right before a found surname goes with it ("Victoria
 * Menon" when only "Menon" was found: the city's name is a given name
 * there): capitalised like a name, a given name of the gazetteer, no
 * context word but a place's. */
static gsize
given_before(const CvScan *scan, gsize start)
{
  const char *text = scan->text;
  if (start < 4 || text[start - 1] != ' ' ||
      !(cv_cls[(guint8)text[start]] & CV_C_UPPER))
    return start;
  gsize b = start - 1, a = b;
  while (a > 0 && b - a < 24 &&
         (cv_is_alpha_ascii(text[a - 1]) || (guint8)text[a - 1] >= 0x80 ||
          text[a - 1] == '-'))
    a--;
  if (a == b || (a > 0 && !strchr(" \n(\t", text[a - 1])))
    return start;
  Word w;
  if (!cv_word_at(text + a, text + b, &w) || w.e != text + b || !w.cap ||
      w.upper || w.fn < 3 ||
      !(cv_gazetteer_first(w.f, w.fn) ||
        (cv_name_model_lists(scan->model, w.s, w.e) & 1)) ||
      (w.cats & ~(guint32)(CV_CTX_GAZFIRST | CV_CTX_GAZLAST | CV_CTX_PROVINCE)))
    return start;
  for (gsize k = a + 1; k < b; k++)
    if ((cv_cls[(guint8)text[k]] & CV_C_UPPER) && text[k - 1] != '-')
      return start;
  return a;
}

static GArray *
merge_spans(CvScan *scan)
{
  GArray *c = scan->cands;
  g_array_sort(c, span_cmp);
  GArray *out = g_array_sized_new(FALSE, FALSE, sizeof(CvSpan), c->len);
  guint cursor = 0, never_cursor = 0;
  for (guint i = 0; i < c->len; i++) {
    CvSpan sp = g_array_index(c, CvSpan, i);
    if (in_protected(scan, &sp, &cursor))
      continue;
    /* within a "never" term of the collection (but an "always" term) */
    if (scan->never->len && sp.confidence < 1.0f &&
        cv_scan_in_never(scan, sp.start, sp.end, &never_cursor))
      continue;
    if (sp.type == CV_PII_PERSON && sp.confidence < CV_KEEP_CONF &&
        cv_scan_in_keep(scan, sp.start, sp.end))
      continue;
    sp.end = char_end(scan->text, scan->len, sp.end);
    if (sp.type == CV_PII_PERSON) {
      /* a name cut at the line's end by a hyphen, its end on the next line
       * in small letters ("Hasal Mad-" / "awi", OCR'd faxes; not "GPL-" /
       * "compatible") */
      const char *tx = scan->text;
      gsize q = sp.end;
      if (q + 3 < scan->len && tx[q] == '-' && tx[q + 1] == '\n' &&
          g_ascii_islower(tx[q + 2]) && q > 0 && g_ascii_islower(tx[q - 1])) {
        q += 2;
        while (q < scan->len && q - sp.end < 24 &&
               (g_ascii_isalpha(tx[q]) || (guint8)tx[q] >= 0x80 || tx[q] == '-'))
          q++;
        sp.end = char_end(tx, scan->len, q);
      }
      sp.start = name_initials(
          scan->text,
          cv_name_particles_before(scan, given_before(scan, sp.start)));
      /* a possessive's "'s" stays out ("[PERSONNE]'s mother") */
      const char *t = scan->text;
      if (sp.end - sp.start > 3 &&
          (t[sp.end - 1] == 's' || t[sp.end - 1] == 'S') && t[sp.end - 2] == '\'')
        sp.end -= 2;
      else if (sp.end - sp.start > 5 && t[sp.end - 1] == 's' &&
               (guint8)t[sp.end - 4] == 0xE2 && (guint8)t[sp.end - 3] == 0x80 &&
               (guint8)t[sp.end - 2] == 0x99)
        sp.end -= 4;
    }
    if (out->len > 0) {
      CvSpan *last = &g_array_index(out, CvSpan, out->len - 1);
      if (sp.start < last->end) {
        /* overlap: one span covering both; the type of the stronger one */
        gsize l_last = last->end - last->start, l_sp = sp.end - sp.start;
        gboolean take = sp.confidence > last->confidence + 0.05f ||
                        (sp.confidence >= last->confidence - 0.05f && l_sp > l_last);
        if (take) {
          last->type = sp.type;
          last->detector = sp.detector;
          last->confidence = sp.confidence;
        }
        if (sp.end > last->end)
          last->end = sp.end;
        continue;
      }
    }
    g_array_append_val(out, sp);
  }
  return out;
}

/* Thread CPU time (CV_REDACT_TIMING diagnostics only). */
static gint64
cpu_us(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

GArray *
cv_redact_scan(const CvRedactor *redactor, const char *text, gsize len,
               CvLang lang)
{
  GArray *spans;
  if (!text || len == 0)
    return g_array_new(FALSE, FALSE, sizeof(CvSpan));
  if (len > CV_REDACT_MAX_TEXT) {
    /* fail closed: one span over everything (callers should check sizes
     * with cv_redact_check_size() first) */
    spans = g_array_new(FALSE, FALSE, sizeof(CvSpan));
    CvSpan all = {CV_PII_PERSON, 0, len, 0.0f, "oversize"};
    g_array_append_val(spans, all);
    return spans;
  }
  CvScan scan = {0};
  guint hint = 0;
  scan.hint = &hint;
  scan.redactor = redactor;
  scan.model = redactor ? redactor->model : NULL;
  scan.lists = redactor ? redactor->lists : NULL;
  scan.never = g_array_new(FALSE, FALSE, sizeof(guint32));
  scan.text = text;
  scan.len = len;
  scan.lang = lang == CV_LANG_AUTO ? cv_redact_detect_lang(text, len) : lang;
  scan.cands = g_array_new(FALSE, FALSE, sizeof(CvSpan));
  scan.hits = g_array_sized_new(FALSE, FALSE, sizeof(CvCtxHit), len / 64 + 16);
  scan.protect = g_array_new(FALSE, FALSE, sizeof(guint32));
  scan.names =
      g_hash_table_new_full(g_str_hash, g_str_equal, cv_text_wipe_str, NULL);
  scan.capwords = g_array_sized_new(FALSE, FALSE, sizeof(guint32), len / 32 + 16);
  scan.keep = g_array_new(FALSE, FALSE, sizeof(guint32));
  scan.keep_late = g_array_new(FALSE, FALSE, sizeof(guint32));
  scan.marks = g_array_new(FALSE, FALSE, sizeof(guint32));
  scan.ca_addr = g_array_new(FALSE, FALSE, sizeof(guint32));

  static const struct {
    const char *name;
    void (*fn)(CvScan *);
  } phases[] = { { "tokens", find_tokens },
                 { "lists", cv_scan_lists },
                 { "words", cv_scan_words },
                 { "ocr-labels", cv_scan_ocr_labels },
                 { "keep", cv_scan_keep },
                 { "emails", cv_scan_emails },
                 { "ip", cv_scan_ip },
                 { "numbers", cv_scan_numbers },
                 { "addresses", cv_scan_addresses },
                 { "dob", cv_scan_dob },
                 { "fields", cv_scan_fields },
                 { "tables", cv_scan_tables },
                 { "names", cv_scan_names },
                 { "names-model", cv_scan_names_model },
                 { "mentions", cv_scan_name_mentions },
                 { "extend", cv_scan_extend_names } };
  gboolean timing = redactor && redactor->timing;
  for (gsize i = 0; i < G_N_ELEMENTS(phases); i++) {
    gint64 t0 = timing ? cpu_us() : 0;
    phases[i].fn(&scan);
    if (timing)
      g_printerr(_("%-10s %8.2f ms cpu\n"), phases[i].name,
                 (double)(cpu_us() - t0) / 1000.0);
  }
  gint64 t1 = timing ? cpu_us() : 0;
  spans = merge_spans(&scan);
  if (timing)
    g_printerr(_("%-10s %8.2f ms cpu (%u candidates, %u hits)\n"), "merge",
               (double)(cpu_us() - t1) / 1000.0, scan.cands->len, scan.hits->len);

  g_array_unref(scan.cands);
  g_array_unref(scan.hits);
  g_array_unref(scan.protect);
  g_hash_table_unref(scan.names);
  if (scan.lower_names)
    g_hash_table_unref(scan.lower_names);
  g_array_unref(scan.capwords);
  if (scan.cues)
    g_array_unref(scan.cues);
  if (scan.lines)
    g_array_unref(scan.lines);
  for (gsize k = 0; k < G_N_ELEMENTS(scan.punct); k++)
    if (scan.punct[k])
      g_array_unref(scan.punct[k]);
  g_array_unref(scan.keep);
  g_array_unref(scan.keep_late);
  g_array_unref(scan.never);
  g_array_unref(scan.marks);
  g_array_unref(scan.ca_addr);
  return spans;
}

/* ---- rendering ------------------------------------------------------------------ */

/* Normalised form of a value for pseudonyms: identifiers keep their letters
 * and digits (upper case); words are folded and single-spaced. */
static GString *
normalise(CvPiiType type, const char *s, gsize n)
{
  GString *g = g_string_sized_new(n + 1);
  g_string_append_c(g, types[type].code);
  g_string_append_c(g, ':');
  if (type == CV_PII_PERSON || type == CV_PII_ADDRESS || type == CV_PII_DOB ||
      type == CV_PII_EMAIL) {
    const char *p = s, *end = s + n;
    gboolean space = FALSE;
    while (p < end) {
      gsize cl;
      gboolean up;
      char f[8];
      if (cv_is_alnum_ascii(*p) || type == CV_PII_EMAIL) {
        if (space && g->len > 2)
          g_string_append_c(g, ' ');
        space = FALSE;
        g_string_append_c(g, g_ascii_tolower(*p));
        p++;
      } else if ((guint8)*p >= 0x80 && cv_letter_at(p, end, &cl, &up)) {
        gsize k = cv_fold(p, p + cl, f, sizeof f);
        if (space && g->len > 2)
          g_string_append_c(g, ' ');
        space = FALSE;
        if (k)
          g_string_append_len(g, f, (gssize)k);
        else
          g_string_append_len(g, p, (gssize)cl);
        p += cl;
      } else {
        space = TRUE;
        p++;
      }
    }
  } else {
    for (gsize i = 0; i < n; i++)
      if (cv_is_alnum_ascii(s[i]))
        g_string_append_c(g, g_ascii_toupper(s[i]));
    if (type == CV_PII_PHONE && g->len == 2 + 11 && g->str[2] == '1')
      g_string_erase(g, 2, 1);
  }
  return g;
}

/* Pseudonym mode: each word of a multi-word name found in the text → that
 * name's normal form, so that a later "Mme Roy" gets the token of "Julie
 * Roy" (the first full name holding the word wins).  NULL in label mode. */
static GHashTable *
people_of(const CvRedactor *r, const char *text, gsize len, const GArray *spans)
{
  if (!r || r->mode != CV_REDACT_MODE_PSEUDONYM || !r->key || !spans || !text)
    return NULL;
  GHashTable *people = g_hash_table_new_full(g_str_hash, g_str_equal,
                                             cv_text_wipe_str, cv_text_wipe_str);
  for (guint i = 0; i < spans->len; i++) {
    const CvSpan *sp = &g_array_index(spans, CvSpan, i);
    if (sp->type != CV_PII_PERSON || sp->end > len || sp->end <= sp->start)
      continue;
    GString *norm = normalise(sp->type, text + sp->start, sp->end - sp->start);
    if (strchr(norm->str + 2, ' ') != NULL) {
      char **words = g_strsplit(norm->str + 2, " ", -1);
      for (guint w = 0; words[w]; w++)
        if (strlen(words[w]) >= 2 && !g_hash_table_contains(people, words[w]))
          g_hash_table_insert(people, g_strdup(words[w]), g_strdup(norm->str));
      for (guint w = 0; words[w]; w++)
        sodium_memzero(words[w], strlen(words[w]));
      g_strfreev(words);
    }
    sodium_memzero(norm->str, norm->allocated_len);
    g_string_free(norm, TRUE);
  }
  return people;
}

static void
append_token(const CvRedactor *r, GString *out, CvPiiType type, const char *s,
             gsize n, GHashTable *people)
{
  g_string_append_c(out, '[');
  g_string_append(out, types[type].label);
  if (r && r->mode == CV_REDACT_MODE_PSEUDONYM && r->key) {
    GString *norm = normalise(type, s, n);
    const char *full = NULL;
    if (people && type == CV_PII_PERSON && strchr(norm->str + 2, ' ') == NULL)
      full = g_hash_table_lookup(people, norm->str + 2);
    const char *keyed = full ? full : norm->str;
    guint8 h[16];
    crypto_generichash(h, sizeof h, (const guint8 *)keyed, strlen(keyed),
                       r->key, CV_REDACT_KEY_LEN);
    sodium_memzero(norm->str, norm->allocated_len);
    g_string_free(norm, TRUE);
    static const char hex[] = "0123456789ABCDEF";
    g_string_append_c(out, '-');
    for (int i = 0; i < 3; i++) {
      g_string_append_c(out, hex[h[i] >> 4]);
      g_string_append_c(out, hex[h[i] & 15]);
    }
    sodium_memzero(h, sizeof h);
  }
  g_string_append_c(out, ']');
}

char *
cv_redact_render(const CvRedactor *redactor, const char *text, gsize len,
                 const GArray *spans, gsize *offsets, gsize n_offsets,
                 guint *counts, gsize *out_len)
{
  /* sized once: the longest token is "[DATE-NAISSANCE-XXXXXX]" (24 bytes) */
  gsize cap = len + 1 + (spans ? (gsize)spans->len * RENDER_TOKEN_MAX : 0);
  GString *out = g_string_sized_new(cap);
  gsize pos = 0;
  gsize oi = 0;
  guint n = spans ? spans->len : 0;
  if (!text)
    len = 0;
  GHashTable *people = people_of(redactor, text, len, spans);
  for (guint i = 0; i <= n; i++) {
    gsize s = len, e = len;
    const CvSpan *sp = NULL;
    if (i < n) {
      sp = &g_array_index(spans, CvSpan, i);
      s = sp->start;
      e = sp->end;
      if (s < pos || e > len || e <= s || (guint)sp->type >= CV_PII_N_TYPES)
        continue; /* not sorted/overlapping/out of range: ignore */
    }
    /* offsets before this span move by the current shift */
    while (offsets && oi < n_offsets && offsets[oi] < s) {
      if (offsets[oi] < pos) { /* unsorted: clamp */
        offsets[oi] = out->len;
      } else {
        offsets[oi] = out->len + (offsets[oi] - pos);
      }
      oi++;
    }
    g_string_append_len(out, text + pos, (gssize)(s - pos));
    if (!sp)
      break;
    /* offsets inside the span move to the start of its replacement */
    while (offsets && oi < n_offsets && offsets[oi] < e) {
      offsets[oi] = out->len;
      oi++;
    }
    append_token(redactor, out, sp->type, text + s, e - s, people);
    if (counts)
      counts[sp->type]++;
    pos = e;
  }
  while (offsets && oi < n_offsets) {
    offsets[oi] = out->len + (offsets[oi] >= len ? 0 : 0);
    oi++;
  }
  if (people)
    g_hash_table_unref(people);
  if (out_len)
    *out_len = out->len;
  return g_string_free(out, FALSE);
}

char *
cv_redact_text(const CvRedactor *redactor, const char *text, gsize len,
               CvLang lang, guint *counts, gsize *out_len)
{
  g_autoptr(GArray) spans = cv_redact_scan(redactor, text, len, lang);
  return cv_redact_render(redactor, text, len, spans, NULL, 0, counts, out_len);
}
