/* tokenize.c — the index's tokeniser: Unicode words, case folding, French
 * elision stripping, FR+EN stop words, Snowball stemming (one pair of
 * stemmers per thread, since libstemmer reuses its output buffer), accent
 * folding after stemming, hyphenated words as parts and whole, redaction
 * tokens skipped.  Used for documents and queries alike, so both sides
 * always produce the same terms.
 */
#include <string.h>

#include <libstemmer.h>
#include <sodium.h>

#include "cv-redact.h" /* the grammar of redaction tokens */
#include "cv-text.h"   /* accent folding, language guess (one owner) */
#include "record.h"
#include "tokenize.h"

#define WORD_MAX 256  /* bytes of a raw word; longer runs are skipped */
#define PARTS_MAX 8   /* hyphenated parts kept per word */
#define REDACTION_MAX 48

/* Compared after lowercasing and accent folding.  French and English
 * together: a query's language is guessed, so both lists apply. */
static const char *const stop_words[] = {
  /* French */
  "a", "afin", "ai", "aie", "ainsi", "alors", "as", "au", "aucun", "aucune",
  "aupres", "aussi", "autre", "autres", "aux", "avaient", "avait", "avant",
  "avec", "avez", "avoir", "avons", "c", "ca", "ce", "ceci", "cela", "celle",
  "celles", "celui", "ces", "cet", "cette", "ceux", "chaque", "chez",
  "comme", "comment", "d", "dans", "de", "des", "donc", "dont", "du", "elle",
  "elles", "en", "entre", "es", "est", "et", "etaient", "etait", "etant",
  "ete", "etes", "etre", "eu", "eux", "fait", "faut", "il", "ils", "j", "je",
  "l", "la", "le", "les", "leur", "leurs", "lors", "lorsqu", "lorsque", "lui",
  "m", "ma", "mais", "me", "meme", "memes", "mes", "moi", "mon", "n", "ne",
  "ni", "nos", "notre", "nous", "on", "ont", "ou", "par", "parce", "pas",
  "peu", "peut", "peuvent", "plus", "pour", "pourquoi", "puis", "qu",
  "quand", "que", "quel", "quelle", "quelles", "quels", "qui", "quoi", "s",
  "sa", "sans", "se", "selon", "ses", "si", "soit", "son", "sont", "sous",
  "suis", "sur", "t", "ta", "te", "tes", "toi", "ton", "tous", "tout",
  "toute", "toutes", "tres", "tu", "un", "une", "unes", "uns", "vos",
  "votre", "vous", "y",
  /* English */
  "about", "after", "all", "also", "am", "an", "and", "any", "are", "at",
  "be", "been", "being", "but", "by", "can", "could", "did", "do", "does",
  "for", "from", "had", "has", "have", "he", "her", "him", "his", "how", "i",
  "if", "in", "into", "is", "it", "its", "may", "me", "must", "my", "no",
  "not", "of", "or", "our", "shall", "she", "should", "so", "such", "than",
  "that", "the", "their", "them", "then", "there", "these", "they", "this",
  "those", "to", "us", "was", "we", "were", "what", "when", "where", "which",
  "who", "whom", "why", "will", "with", "would", "you", "your",
};

static const char *const elisions[] = {
  "l", "d", "qu", "j", "n", "s", "t", "m", "c", "jusqu", "lorsqu", "puisqu",
  "quoiqu",
};

static GHashTable *stop_set; /* folded stop word -> itself */
static GHashTable *elision_set;

static GHashTable *
make_set(const char *const *words, gsize n)
{
  GHashTable *set = g_hash_table_new(g_str_hash, g_str_equal);
  for (gsize i = 0; i < n; i++)
    g_hash_table_add(set, (gpointer)words[i]);
  return set;
}

static void
init_sets(void)
{
  static gsize once = 0;
  if (g_once_init_enter(&once)) {
    stop_set = make_set(stop_words, G_N_ELEMENTS(stop_words));
    elision_set = make_set(elisions, G_N_ELEMENTS(elisions));
    g_once_init_leave(&once, 1);
  }
}

/* --- per-thread stemmers --- */

typedef struct {
  struct sb_stemmer *stemmer[CV_LANG_EN + 1]; /* indexed by CvLang (FR, EN) */
} Stemmers;

static void
stemmers_free(gpointer data)
{
  Stemmers *s = data;
  for (guint i = 0; i < G_N_ELEMENTS(s->stemmer); i++)
    if (s->stemmer[i])
      sb_stemmer_delete(s->stemmer[i]);
  g_free(s);
}

static GPrivate stemmers_key = G_PRIVATE_INIT(stemmers_free);

static struct sb_stemmer *
get_stemmer(CvLang lang)
{
  Stemmers *s = g_private_get(&stemmers_key);
  if (!s) {
    s = g_new0(Stemmers, 1);
    s->stemmer[CV_LANG_FR] = sb_stemmer_new("french", "UTF_8");
    s->stemmer[CV_LANG_EN] = sb_stemmer_new("english", "UTF_8");
    g_private_set(&stemmers_key, s);
  }
  return s->stemmer[lang == CV_LANG_EN ? CV_LANG_EN : CV_LANG_FR];
}

/* --- character classes --- */

static inline gboolean
is_apostrophe(gunichar c)
{
  return c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC;
}

static inline gboolean
is_hyphen(gunichar c)
{
  return c == '-' || c == 0x2010 || c == 0x2011;
}

static inline gboolean
is_word_char(gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalnum((char)c);
  return g_unichar_isalnum(c) || g_unichar_type(c) == G_UNICODE_NON_SPACING_MARK;
}

/* Decodes one character at @p (< @end); *len gets its byte length.
 * Invalid bytes decode as U+FFFD of length 1. */
static inline gunichar
next_char(const char *p, const char *end, guint *len)
{
  guchar b = (guchar)*p;
  if (b < 0x80) {
    *len = 1;
    return b;
  }
  gunichar c = g_utf8_get_char_validated(p, end - p);
  if (c == (gunichar)-1 || c == (gunichar)-2) {
    *len = 1;
    return 0xFFFD;
  }
  *len = (guint)(g_utf8_next_char(p) - p);
  return c;
}

/* Accent folding: cv-text.h (the redaction stage owns it). */
#define fold_accents cv_text_fold_accents

typedef struct {
  const char *p;
  gsize len;
} Piece;

/* --- word cache --- */

/* What one lowercase word piece gives: its term (if any) and, for
 * documents, the extra term of its unaccented form (if different). */
typedef struct {
  guint16 key_len, term_len, alt_len; /* 0: no term / no extra term */
  guint8 pre_len, apre_len;         /* prefix terms of term and alt (0: none, or
                                       alt's is the same as term's) */
  guint8 hash[4][CV_TERM_HASH_LEN]; /* of term, alt, their prefix terms */
  char text[]; /* key NUL term NUL alt NUL pre NUL apre NUL */
} WordEntry;

struct _CvTokenCache {
  struct sb_stemmer *stemmer[2]; /* French, English */
  GHashTable *words[2];          /* piece -> WordEntry*, French, English */
  CvTermHashFunc hash;
  gpointer hash_data;
};

static void
word_entry_free(gpointer p)
{
  WordEntry *e = p;
  cv_text_wipe_len(e, sizeof *e + (gsize)e->key_len + e->term_len + e->alt_len +
                          e->pre_len + e->apre_len + 5);
}

CvTokenCache *
cv_token_cache_new(CvTermHashFunc hash, gpointer hash_data)
{
  CvTokenCache *c = g_new0(CvTokenCache, 1);
  c->hash = hash;
  c->hash_data = hash_data;
  c->stemmer[0] = sb_stemmer_new("french", "UTF_8");
  c->stemmer[1] = sb_stemmer_new("english", "UTF_8");
  for (guint i = 0; i < 2; i++)
    c->words[i] =
        g_hash_table_new_full(g_str_hash, g_str_equal, NULL, word_entry_free);
  return c;
}

void
cv_token_cache_free(CvTokenCache *cache)
{
  if (!cache)
    return;
  for (guint i = 0; i < 2; i++) {
    if (cache->stemmer[i])
      sb_stemmer_delete(cache->stemmer[i]);
    g_hash_table_unref(cache->words[i]);
  }
  g_free(cache);
}

typedef struct {
  CvLang lang;
  gboolean document;  /* also emit the stem of the unaccented form */
  CvTermFunc func;
  CvHashedTermFunc hfunc; /* instead of @func, with the cache's hashes */
  gpointer user_data;
  guint n_terms;
  GString *fold;   /* scratch */
  GString *term;   /* scratch */
  GArray *pieces;  /* scratch: Piece */
  CvTokenCache *cache; /* NULL: no memo, thread-local stemmers */
} Ctx;

static struct sb_stemmer *
ctx_stemmer(Ctx *ctx)
{
  if (ctx->cache)
    return ctx->cache->stemmer[ctx->lang == CV_LANG_EN];
  return get_stemmer(ctx->lang);
}

/* Stop-word check, stemming and folding of one lowercase word piece. */
static gboolean
make_term(const char *piece, gsize len, struct sb_stemmer *stemmer,
          GString *fold, GString *term)
{
  if (len == 0 || len > CV_TERM_MAX)
    return FALSE;
  g_string_truncate(fold, 0);
  fold_accents(piece, len, fold);
  if (fold->len == 0)
    return FALSE;
  if (fold->len == 1 && !g_ascii_isdigit(fold->str[0]))
    return FALSE;
  if (g_hash_table_contains(stop_set, fold->str))
    return FALSE;
  const sb_symbol *stem = NULL;
  int stem_len = 0;
  if (stemmer) {
    stem = sb_stemmer_stem(stemmer, (const sb_symbol *)piece, (int)len);
    stem_len = sb_stemmer_length(stemmer);
  }
  g_string_truncate(term, 0);
  if (stem && stem_len > 0)
    fold_accents((const char *)stem, (gsize)stem_len, term);
  else
    g_string_append(term, fold->str);
  return term->len > 0;
}

/* The extra term of an accented piece whose term is in ctx->term (the
 * stem of its unaccented form), into ctx->term; FALSE if there is none.
 * Queries are often typed without accents, and Snowball stems "donnee"
 * and "donnée" differently: documents also index the stem of the folded
 * word when it differs (not counted in the length). */
static gboolean
make_alt(Ctx *ctx, gsize len)
{
  if (ctx->fold->len == len)
    return FALSE;
  char folded[CV_TERM_MAX * 2 + 1], accented[CV_TERM_MAX * 2 + 1];
  gsize fl = MIN(ctx->fold->len, sizeof folded - 1);
  gsize al = MIN(ctx->term->len, sizeof accented - 1);
  memcpy(folded, ctx->fold->str, fl);
  folded[fl] = '\0';
  memcpy(accented, ctx->term->str, al);
  accented[al] = '\0';
  gboolean ok = make_term(folded, fl, ctx_stemmer(ctx), ctx->fold, ctx->term) &&
                strcmp(ctx->term->str, accented) != 0;
  sodium_memzero(folded, fl);
  sodium_memzero(accented, al);
  return ok;
}

/* The memo of @piece in ctx->cache, computed on a miss. */
static const WordEntry *
cached_word(Ctx *ctx, const char *piece, gsize len)
{
  char key[CV_TERM_MAX + 1];
  memcpy(key, piece, len); /* len <= CV_TERM_MAX: checked by the caller */
  key[len] = '\0';
  GHashTable *words = ctx->cache->words[ctx->lang == CV_LANG_EN];
  WordEntry *e = g_hash_table_lookup(words, key);
  if (e) {
    sodium_memzero(key, len);
    return e;
  }
  gsize term_len = 0, alt_len = 0;
  char term[CV_TERM_MAX * 2 + 1];
  if (make_term(piece, len, ctx_stemmer(ctx), ctx->fold, ctx->term)) {
    term_len = MIN(ctx->term->len, sizeof term - 1);
    memcpy(term, ctx->term->str, term_len);
    if (make_alt(ctx, len))
      alt_len = ctx->term->len;
  }
  char pre[CV_PREFIX_MAX + 1], apre[CV_PREFIX_MAX + 1];
  gsize pre_len = term_len ? cv_term_prefix(term, term_len, pre) : 0;
  gsize apre_len = alt_len ? cv_term_prefix(ctx->term->str, alt_len, apre) : 0;
  if (apre_len && apre_len == pre_len && memcmp(pre, apre, pre_len) == 0)
    apre_len = 0;
  if (g_hash_table_size(words) >= CV_TOKEN_CACHE_WORDS)
    g_hash_table_remove_all(words);
  e = g_malloc(sizeof *e + len + term_len + alt_len + pre_len + apre_len + 5);
  e->key_len = (guint16)len;
  e->term_len = (guint16)term_len;
  e->alt_len = (guint16)alt_len;
  e->pre_len = (guint8)pre_len;
  e->apre_len = (guint8)apre_len;
  char *t = e->text;
  memcpy(t, key, len + 1);
  t += len + 1;
  const char *parts[4] = { term, ctx->term->str, pre, apre };
  const gsize lens[4] = { term_len, alt_len, pre_len, apre_len };
  memset(e->hash, 0, sizeof e->hash);
  for (guint i = 0; i < 4; i++) {
    if (lens[i])
      memcpy(t, parts[i], lens[i]);
    t[lens[i]] = '\0';
    if (ctx->cache->hash && lens[i])
      ctx->cache->hash(t, lens[i], e->hash[i], ctx->cache->hash_data);
    t += lens[i] + 1;
  }
  sodium_memzero(pre, sizeof pre);
  sodium_memzero(apre, sizeof apre);
  g_hash_table_insert(words, e->text, e);
  sodium_memzero(key, len);
  sodium_memzero(term, term_len);
  return e;
}

static void
emit(Ctx *ctx, const char *piece, gsize len, gboolean extra)
{
  if (ctx->cache) {
    if (len == 0 || len > CV_TERM_MAX)
      return;
    const WordEntry *e = cached_word(ctx, piece, len);
    if (!e->term_len)
      return;
    /* term, its prefix term, alt, its prefix term: as below */
    const char *term = e->text + e->key_len + 1;
    const char *alt = term + e->term_len + 1;
    const char *pre = alt + e->alt_len + 1;
    const char *apre = pre + e->pre_len + 1;
    const char *out[4] = { term, pre, alt, apre };
    const gsize lens[4] = { e->term_len, e->pre_len, e->alt_len, e->apre_len };
    const guint hi[4] = { 0, 2, 1, 3 };
    for (guint i = 0; i < 4; i++) {
      if (!lens[i])
        continue;
      gboolean x = i > 0 || extra;
      if (ctx->hfunc)
        ctx->hfunc(out[i], lens[i], e->hash[hi[i]], x, ctx->user_data);
      else
        ctx->func(out[i], lens[i], x, ctx->user_data);
    }
    if (!extra)
      ctx->n_terms++;
    return;
  }
  if (!make_term(piece, len, ctx_stemmer(ctx), ctx->fold, ctx->term))
    return;
  ctx->func(ctx->term->str, ctx->term->len, extra, ctx->user_data);
  if (!extra)
    ctx->n_terms++;
  if (!ctx->document)
    return;
  char pre[CV_PREFIX_MAX + 1], apre[CV_PREFIX_MAX + 1];
  gsize pre_len = cv_term_prefix(ctx->term->str, ctx->term->len, pre);
  if (pre_len)
    ctx->func(pre, pre_len, TRUE, ctx->user_data);
  if (make_alt(ctx, len)) {
    ctx->func(ctx->term->str, ctx->term->len, TRUE, ctx->user_data);
    gsize apre_len = cv_term_prefix(ctx->term->str, ctx->term->len, apre);
    if (apre_len && !(apre_len == pre_len && memcmp(pre, apre, pre_len) == 0))
      ctx->func(apre, apre_len, TRUE, ctx->user_data);
    sodium_memzero(apre, sizeof apre);
  }
  sodium_memzero(pre, sizeof pre);
}

/* Splits a lowercase hyphen-free part at apostrophes, dropping a leading
 * elision and an English possessive/contraction tail; appends the kept
 * pieces to @pieces as offsets into @part. */
static void
split_apostrophes(const char *part, gsize len, CvLang lang, GArray *pieces)
{
  const char *p = part, *end = part + len, *start = part;
  guint first = pieces->len;
  while (p <= end) {
    guint clen = 0;
    gunichar c = p < end ? next_char(p, end, &clen) : 0;
    if (p == end || is_apostrophe(c)) {
      Piece piece = { start, (gsize)(p - start) };
      if (piece.len > 0)
        g_array_append_val(pieces, piece);
      if (p == end)
        break;
      p += clen;
      start = p;
      continue;
    }
    p += clen;
  }
  guint n = pieces->len - first;
  if (n >= 2) {
    Piece *lead = &g_array_index(pieces, Piece, first);
    char buf[16];
    if (lead->len < sizeof buf) {
      memcpy(buf, lead->p, lead->len);
      buf[lead->len] = '\0';
      if (g_hash_table_contains(elision_set, buf)) {
        g_array_remove_index(pieces, first);
        n--;
      }
    }
  }
  if (n >= 2 && lang == CV_LANG_EN) {
    Piece *tail = &g_array_index(pieces, Piece, pieces->len - 1);
    if ((tail->len == 1 && (tail->p[0] == 's' || tail->p[0] == 't')) ||
        (tail->len == 2 && (memcmp(tail->p, "ll", 2) == 0 ||
                            memcmp(tail->p, "re", 2) == 0 ||
                            memcmp(tail->p, "ve", 2) == 0)))
      g_array_remove_index(pieces, pieces->len - 1);
  }
}

static void
process_word(Ctx *ctx, const char *word, gsize len)
{
  if (len > WORD_MAX)
    return;
  g_autofree char *lower = NULL;
  char abuf[WORD_MAX + 1];
  const char *w;
  gsize wlen;
  gboolean ascii = TRUE;
  for (gsize i = 0; i < len; i++)
    if ((guchar)word[i] >= 0x80) {
      ascii = FALSE;
      break;
    }
  if (ascii) {
    for (gsize i = 0; i < len; i++)
      abuf[i] = g_ascii_tolower(word[i]);
    abuf[len] = '\0';
    w = abuf;
    wlen = len;
  } else {
    lower = g_utf8_strdown(word, len);
    w = lower;
    wlen = strlen(lower);
  }

  /* Hyphenated parts. */
  Piece parts[PARTS_MAX];
  guint n_parts = 0;
  const char *p = w, *end = w + wlen, *start = w;
  while (p <= end && n_parts < PARTS_MAX) {
    guint clen = 0;
    gunichar c = p < end ? next_char(p, end, &clen) : 0;
    if (p == end || is_hyphen(c)) {
      if (p > start)
        parts[n_parts++] = (Piece){ start, (gsize)(p - start) };
      if (p == end)
        break;
      p += clen;
      start = p;
      continue;
    }
    p += clen;
  }

  GArray *pieces = ctx->pieces;
  g_array_set_size(pieces, 0);
  for (guint i = 0; i < n_parts; i++)
    split_apostrophes(parts[i].p, parts[i].len, ctx->lang, pieces);
  /* The joined form is built from the pieces that gave terms, so that
   * "qu'est-ce" or "peut-on" add nothing. */
  char joined[WORD_MAX + 1];
  gsize jl = 0;
  guint n_kept = 0;
  for (guint i = 0; i < pieces->len; i++) {
    Piece *pc = &g_array_index(pieces, Piece, i);
    guint before = ctx->n_terms;
    emit(ctx, pc->p, pc->len, FALSE);
    if (ctx->n_terms > before) {
      n_kept++;
      memcpy(joined + jl, pc->p, pc->len);
      jl += pc->len;
    }
  }
  if (n_parts >= 2 && n_kept >= 2) {
    joined[jl] = '\0';
    emit(ctx, joined, jl, TRUE);
  }
  /* Words of the text: wipe the copies. */
  sodium_memzero(joined, jl);
  if (lower)
    sodium_memzero(lower, wlen);
  else
    sodium_memzero(abuf, len);
}

/* If @p starts a redaction token "[UPPER-AND-DIGITS]", returns its end. */
static const char *
skip_redaction(const char *p, const char *end)
{
  const char *q = p + 1;
  gboolean letter = FALSE;
  while (q < end && q - p <= REDACTION_MAX) {
    char c = *q;
    if (c == ']')
      return letter ? q + 1 : NULL;
    if (g_ascii_isupper(c))
      letter = TRUE;
    else if (!(g_ascii_isdigit(c) || c == '-' || c == '_'))
      return NULL;
    q++;
  }
  return NULL;
}

static guint
tokenize(const char *text, gsize len, CvLang lang, gboolean document,
         CvTokenCache *cache, CvTermFunc func, CvHashedTermFunc hfunc,
         gpointer user_data)
{
  init_sets();
  Ctx ctx = { lang,
              document,
              func,
              hfunc,
              user_data,
              0,
              g_string_sized_new(64),
              g_string_sized_new(64),
              g_array_sized_new(FALSE, FALSE, sizeof(Piece), 8),
              cache };
  const char *p = text, *end = text + len;
  while (p < end) {
    if (*p == '[') {
      /* the redactor's own tokens ("[TÉLÉPHONE]", "[PERSONNE-7F3A2B]"),
       * then other upper-case bracket tokens */
      gsize tl = cv_redact_token_span(p, (gsize)(end - p));
      const char *after = tl ? p + tl : skip_redaction(p, end);
      if (after) {
        p = after;
        continue;
      }
    }
    guint clen;
    gunichar c = next_char(p, end, &clen);
    if (!is_word_char(c)) {
      p += clen;
      continue;
    }
    const char *start = p;
    p += clen;
    while (p < end) {
      c = next_char(p, end, &clen);
      if (is_word_char(c)) {
        p += clen;
        continue;
      }
      if ((is_apostrophe(c) || is_hyphen(c)) && p + clen < end) {
        guint nlen;
        gunichar n = next_char(p + clen, end, &nlen);
        if (is_word_char(n)) {
          p += clen + nlen;
          continue;
        }
      }
      break;
    }
    process_word(&ctx, start, (gsize)(p - start));
  }
  sodium_memzero(ctx.fold->str, ctx.fold->allocated_len);
  sodium_memzero(ctx.term->str, ctx.term->allocated_len);
  g_string_free(ctx.fold, TRUE);
  g_string_free(ctx.term, TRUE);
  g_array_unref(ctx.pieces);
  return ctx.n_terms;
}

guint
cv_tokenize(const char *text, gsize len, CvLang lang, CvTermFunc func,
            gpointer user_data)
{
  return tokenize(text, len, lang, FALSE, NULL, func, NULL, user_data);
}

guint
cv_tokenize_document(const char *text, gsize len, CvLang lang,
                     CvTermFunc func, gpointer user_data)
{
  return tokenize(text, len, lang, TRUE, NULL, func, NULL, user_data);
}

guint
cv_tokenize_document_cached(const char *text, gsize len, CvLang lang,
                            CvTokenCache *cache, CvTermFunc func,
                            gpointer user_data)
{
  g_return_val_if_fail(cache, 0);
  return tokenize(text, len, lang, TRUE, cache, func, NULL, user_data);
}

guint
cv_tokenize_document_hashed(const char *text, gsize len, CvLang lang,
                            CvTokenCache *cache, CvHashedTermFunc func,
                            gpointer user_data)
{
  g_return_val_if_fail(cache && cache->hash, 0);
  return tokenize(text, len, lang, TRUE, cache, NULL, func, user_data);
}

gsize
cv_term_prefix(const char *term, gsize len, char out[CV_PREFIX_MAX + 1])
{
  const char *p = term, *end = term + len;
  for (guint i = 0; i < CV_PREFIX_CHARS; i++) {
    if (p >= end)
      return 0;
    p = g_utf8_find_next_char(p, end);
    if (p == NULL)
      return 0;
  }
  if (p >= end) /* not longer than the prefix */
    return 0;
  gsize n = (gsize)(p - term);
  out[0] = '~';
  memcpy(out + 1, term, n);
  out[n + 1] = '\0';
  return n + 1;
}

/* --- language --- */

CvLang
cv_tokenize_lang(const char *lang, const char *text, gsize len)
{
  if (lang && g_ascii_strncasecmp(lang, "en", 2) == 0)
    return CV_LANG_EN;
  if (lang && g_ascii_strncasecmp(lang, "fr", 2) == 0)
    return CV_LANG_FR;
  return cv_text_guess_lang(text, len); /* the redaction stage's guess */
}

static void
collect_one(const char *term, gsize len, gboolean extra, gpointer user_data)
{
  char **out = user_data;
  if (!*out)
    *out = g_strndup(term, len);
}

char *
cv_tokenize_word(const char *word, CvLang lang)
{
  char *out = NULL;
  cv_tokenize(word, strlen(word), lang, collect_one, &out);
  return out;
}
