/* names-model.c — owns the trained person-name recogniser: a per-token
 * linear classifier (averaged perceptron, trained by
 * redact/model/train-names.py) over hashed features of the token and its
 * neighbours (folded word, affixes, shape, what separates it from its
 * neighbours, membership in the French/English dictionaries, the name
 * gazetteer and the context-word table).
 *
 * The model (weights and a Bloom filter of the dictionaries) is built into
 * the library (names-model.bin, embedded at build time), parsed once, and
 * shared read-only by every redactor and thread.
 *
 * One pass over the words of the text keeps a window of five tokens; only
 * candidates are scored: capitalised words, and lower-case words that are
 * in no dictionary.  Runs of tokens scored as names (with initials and
 * particles between them) become PERSON candidates. */
#define _GNU_SOURCE 1
#include <glib/gi18n-lib.h>
#include "redact-private.h"
#include "cv-text.h"
#include "scan-words.h"

#include <string.h>

#define MODEL_MAGIC "CVNM0002"

struct _CvNameModel {
  guint32 wbits;      /* log2 of the number of weights */
  guint32 bbits;      /* log2 of the Bloom filter's bits */
  gint32 threshold;   /* score above which a token is a name */
  gint32 dict_margin; /* more for a dictionary word alone (not a known name) */
  guint32 nbits;      /* log2 of the name-list filter's bits */
  gint16 *w;          /* weights (scaled) */
  guint64 *bloom;     /* dictionary words (folded) */
  guint64 *names;     /* name lists: first names, surnames, name parts */
};

/* ---- loading -------------------------------------------------------------- */

static guint32
rd32(const guint8 *p)
{
  return (guint32)p[0] | (guint32)p[1] << 8 | (guint32)p[2] << 16 |
         (guint32)p[3] << 24;
}

CvNameModel *
cv_name_model_load(const guint8 *data, gsize len, GError **error)
{
  if (len < 28 || memcmp(data, MODEL_MAGIC, 8) != 0) {
    g_set_error(error, CV_REDACT_ERROR, CV_REDACT_ERROR_INVALID,
                _("not a name model"));
    return NULL;
  }
  guint32 wbits = rd32(data + 8), bbits = rd32(data + 12);
  gint32 thr = (gint32)rd32(data + 16);
  gint32 margin = (gint32)rd32(data + 20);
  guint32 nbits = rd32(data + 24);
  if (wbits < 8 || wbits > 22 || bbits < 6 || bbits > 26 || nbits < 6 ||
      nbits > 26) {
    g_set_error(error, CV_REDACT_ERROR, CV_REDACT_ERROR_INVALID,
                _("bad name model sizes"));
    return NULL;
  }
  gsize nw = (gsize)1 << wbits, nb = ((gsize)1 << bbits) / 64,
        nn = ((gsize)1 << nbits) / 64;
  if (len != 28 + nw * 2 + nb * 8 + nn * 8) {
    g_set_error(error, CV_REDACT_ERROR, CV_REDACT_ERROR_INVALID,
                _("truncated name model"));
    return NULL;
  }
  CvNameModel *m = g_new0(CvNameModel, 1);
  m->wbits = wbits;
  m->bbits = bbits;
  m->nbits = nbits;
  m->threshold = thr;
  m->dict_margin = margin;
  m->w = g_new(gint16, nw);
  const guint8 *p = data + 28;
  for (gsize i = 0; i < nw; i++, p += 2)
    m->w[i] = (gint16)((guint16)p[0] | (guint16)p[1] << 8);
  guint64 *filters[2] = { m->bloom = g_new(guint64, nb),
                          m->names = g_new(guint64, nn) };
  gsize sizes[2] = { nb, nn };
  for (int f = 0; f < 2; f++)
    for (gsize i = 0; i < sizes[f]; i++, p += 8) {
      guint64 x = 0;
      for (int k = 7; k >= 0; k--)
        x = x << 8 | p[k];
      filters[f][i] = x;
    }
  return m;
}

void
cv_name_model_free(CvNameModel *m)
{
  if (!m)
    return;
  g_free(m->w);
  g_free(m->bloom);
  g_free(m->names);
  g_free(m);
}

extern const guint8 cv_names_model_data[];
extern const gsize cv_names_model_size;

static gpointer
load_default(gpointer unused)
{
  (void)unused;
  return cv_name_model_load(cv_names_model_data, cv_names_model_size, NULL);
}

const CvNameModel *
cv_name_model_default(void)
{
  static GOnce once = G_ONCE_INIT;
  g_once(&once, load_default, NULL);
  return once.retval;
}

/* ---- tokens ---------------------------------------------------------------- */

/* Kinds of the gap before a token (what separates it from the previous). */
enum {
  GAP_SP = 0,
  GAP_COMMA,
  GAP_COLON,
  GAP_SENT,
  GAP_NL,
  GAP_PARA,
  GAP_OPEN,
  GAP_OTHER
};
/* Shapes. */
enum {
  SH_LOWER = 0,
  SH_CAP,
  SH_UPPER,
  SH_MIXED,
  SH_DIGIT,
  SH_INITIAL,
  SH_NONE
};

typedef struct {
  guint32 s, e; /* bytes of the token */
  guint64 h;    /* hash of the folded form */
  guint32 pre3, suf3,
      suf2;     /* first three / last three / last two folded bytes */
  guint8 shape; /* SH_* */
  guint8 len;   /* folded length, capped at 15 */
  guint8 gap;   /* GAP_* before the token */
  guint8 dict;  /* folded form in the dictionaries */
  guint8 gaz;   /* 1 first name, 2 surname (gazetteer) */
  guint8 ctx;   /* context class (CTXC_*) */
  guint8 cand;  /* scored */
  guint8 hyph;  /* has an inner hyphen or apostrophe */
  guint8 title; /* between two capitalised context words ("Patient Care Unit") */
  guint8 nl; /* name lists (name_lists()); 0 for lower-case dictionary words */
  guint8 after; /* right after a relative, label or greeting word */
  guint8 label; /* right before a label word ("LAST NAME:") or a code */
  guint8 code;  /* a short code's letters ("C" of "C-11", "PL" of "PL-123") */
} Tok;

enum {
  CTXC_NONE = 0,
  CTXC_STOP,
  CTXC_TITLE,
  CTXC_LABEL,
  CTXC_STREET,
  CTXC_MONTH,
  CTXC_PARTICLE,
  CTXC_REL,
  CTXC_GREET,
  CTXC_ROLE,
  CTXC_OTHER
};

static guint8
ctx_class(guint32 cats)
{
  if (cats & CV_CTX_TITLE)
    return CTXC_TITLE;
  if (cats & CV_CTX_GREET)
    return CTXC_GREET;
  if (cats & CV_CTX_MONTH)
    return CTXC_MONTH;
  if (cats & (CV_CTX_STREET_FR | CV_CTX_STREET_EN))
    return CTXC_STREET;
  if (cats & CV_CTX_PARTICLE)
    return CTXC_PARTICLE;
  if (cats & CV_CTX_LABEL)
    return CTXC_LABEL;
  if (cats & CV_CTX_REL)
    return CTXC_REL;
  if (cats & CV_CTX_ROLE)
    return CTXC_ROLE;
  if (cats & CV_CTX_STOPNAME)
    return CTXC_STOP;
  if (cats)
    return CTXC_OTHER;
  return CTXC_NONE;
}

/* Folded byte(s) of one letter (cv-text.h): ASCII lower-cased, Latin-1
 * letters without accents, œ/æ as two letters; 0 for other letters, kept
 * as their UTF-8 bytes (see read_tok()). */
#define model_fold(u, cl, out) cv_text_fold_letter(u, cl, (char *)(out))

/* Length of the letter at @p (0 if none): ASCII letters, and the code
 * points U+00C0-U+024F (but × ÷), U+0370-U+1FFF. */
static inline gsize
letter_len(const char *p, const char *end, gboolean *upper)
{
  guint8 c = (guint8)*p;
  if (c < 0x80) {
    *upper = (cv_cls[c] & CV_C_UPPER) != 0;
    return (cv_cls[c] & (CV_C_UPPER | CV_C_LOWER)) ? 1 : 0;
  }
  if (end - p >= 2 && (c & 0xE0) == 0xC0 && ((guint8)p[1] & 0xC0) == 0x80) {
    guint32 cp = (guint32)(c & 0x1F) << 6 | ((guint8)p[1] & 0x3F);
    if (cp >= 0xC0 && cp != 0xD7 && cp != 0xF7) {
      if (cp < 0xE0)
        *upper = cp != 0xDF;
      else if (cp >= 0x100 && cp < 0x2B0)
        *upper = (cv_text_ext_fold[cp - 0x100] & 0x80) != 0;
      else
        *upper = FALSE;
      return 2;
    }
    return 0;
  }
  if (end - p >= 3 && (c & 0xF0) == 0xE0 && ((guint8)p[1] & 0xC0) == 0x80 &&
      ((guint8)p[2] & 0xC0) == 0x80) {
    guint32 cp = (guint32)(c & 0x0F) << 12 |
                 (guint32)((guint8)p[1] & 0x3F) << 6 | ((guint8)p[2] & 0x3F);
    if (cp < 0x2000) {
      *upper = cp >= 0x1E00 && cp < 0x1F00 &&
               (cv_text_ext_fold[432 + cp - 0x1E00] & 0x80);
      return 3;
    }
  }
  return 0;
}

#define FNV_OFF 1469598103934665603ull
#define FNV_PRIME 1099511628211ull

#define fold_hash cv_word_hash

/* The dictionary filter: three bits in one 64-bit word (one cache line
 * read a word). */
static inline gboolean
bloom_in(const guint64 *bl, guint32 bits, guint64 h)
{
  guint64 wmask = ((guint64)1 << (bits - 6)) - 1;
  guint64 w = bl[h & wmask];
  guint64 b = ((guint64)1 << ((h >> 32) & 63)) |
              ((guint64)1 << ((h >> 38) & 63)) |
              ((guint64)1 << ((h >> 44) & 63));
  return (w & b) == b;
}

static inline gboolean
bloom_has(const CvNameModel *m, guint64 h)
{
  return bloom_in(m->bloom, m->bbits, h);
}

/* The name lists a folded word (hash @h) is in: bit 0 first names, bit 1
 * surnames, bit 2 name parts of either kind (the same as
 * redact/model/train-names.py name_key()). */
static inline guint8
name_lists(const CvNameModel *m, guint64 h)
{
  guint8 r = 0;
  for (guint k = 1; k <= 3; k++) {
    guint64 x =
        (h ^ ((guint64)k * 0x9E3779B97F4A7C15ull)) * 0xBF58476D1CE4E5B9ull;
    x ^= x >> 31;
    if (bloom_in(m->names, m->nbits, x))
      r |= (guint8)(1u << (k - 1));
  }
  return r;
}

/* Reads the token at @p (a letter or digit); fills @t (not the context
 * fields).  Returns its end. */
static const char *
read_tok(const char *text, const char *p, const char *end, Tok *t, guint8 *fold,
         gsize *fn)
{
  const char *q = p;
  gsize n = 0;
  gboolean any_up = FALSE, any_low = FALSE, first_up = FALSE, digit = FALSE,
           hyph = FALSE;
  int letters = 0;
  for (;;) {
    gboolean up = FALSE;
    gsize cl;
    /* fast path: a run of ASCII letters (folded here, hashed below) */
    {
      const char *r = q;
      const char *lim = end - q > 64 ? q + 64 : end;
      guint acc = 0;
      while (r < lim) {
        guint8 k = cv_cls[(guint8)*r];
        if (!(k & (CV_C_UPPER | CV_C_LOWER)))
          break;
        acc |= k;
        fold[n++] = (guint8)*r | 0x20;
        r++;
      }
      if (r > q) {
        if (letters == 0)
          first_up = (cv_cls[(guint8)*q] & CV_C_UPPER) != 0;
        letters += (int)(r - q);
        any_up |= (acc & CV_C_UPPER) != 0;
        any_low |= (acc & CV_C_LOWER) != 0;
        q = r;
      }
    }
    if (q - p > 64)
      break;
    if (q < end && cv_is_digit(*q)) {
      digit = TRUE;
      cl = 1;
    } else if (q < end && (cl = letter_len(q, end, &up)) != 0) {
      if (letters == 0)
        first_up = up;
      letters++;
      if (up)
        any_up = TRUE;
      else
        any_low = TRUE;
    } else {
      /* inner joiner: - ' ’ followed by a letter */
      gsize jl = cv_name_joiner_len(q, end);
      gboolean u2;
      if (jl && q > p && q + jl < end && letter_len(q + jl, end, &u2)) {
        fold[n++] = *q == '-' ? '-' : '\'';
        hyph = TRUE;
        q += jl;
        continue;
      }
      break;
    }
    guint8 tmp[3];
    gsize k = model_fold((const guint8 *)q, cl, tmp);
    if (k == 0) {
      memcpy(tmp, q, cl);
      k = cl;
    }
    for (gsize j = 0; j < k; j++)
      fold[n++] = tmp[j];
    q += cl;
    if (q - p > 64)
      break;
  }
  (void)text;
  t->s = 0;
  t->h = fold_hash(fold, n);
  t->len = (guint8)MIN(n, (gsize)15);
  t->hyph = hyph;
  if (digit)
    t->shape = SH_DIGIT;
  else if (letters == 1 && first_up && q < end && *q == '.')
    t->shape = SH_INITIAL;
  else if (!any_up)
    t->shape = SH_LOWER;
  else if (!any_low)
    t->shape = letters == 1 ? SH_CAP : SH_UPPER;
  else if (first_up)
    t->shape = SH_CAP;
  else
    t->shape = SH_MIXED;
  *fn = MIN(n, (gsize)32);
  return q;
}

/* End of the run of ASCII letters starting at @p (at most @lim), eight
 * bytes at a time; *@up and *@low tell whether it holds capitals and
 * lower-case letters. */
static inline const char *
ascii_letters_end(const char *p, const char *lim, gboolean *up, gboolean *low)
{
  const guint64 ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
  const guint64 b5 = ones * 0x20;
  const char *q = p;
  guint64 caps = 0, smalls = 0;
  while (lim - q >= 8) {
    guint64 x;
    memcpy(&x, q, 8);
    x = GUINT64_FROM_LE(x);
    /* a letter: (x | 0x20) in 'a'..'z' and the high bit clear */
    guint64 y = (x | b5) & ~highs;
    guint64 ge = (y + ones * (0x80 - 'a')) & highs;
    guint64 gt = (y + ones * (0x80 - 'z' - 1)) & highs;
    guint64 let = ge & ~gt & ~x & highs;
    if (let != highs) {
      guint k = (guint)__builtin_ctzll(~let & highs) >> 3;
      guint64 m = k ? (~(guint64)0 >> (64 - 8 * k)) : 0;
      caps |= ~x & b5 & m;
      smalls |= x & b5 & m;
      q += k;
      *up = caps != 0;
      *low = smalls != 0;
      return q;
    }
    caps |= ~x & b5;
    smalls |= x & b5;
    q += 8;
  }
  guint acc = 0;
  while (q < lim && cv_is_alpha_ascii(*q))
    acc |= cv_cls[(guint8)*q++];
  *up = caps != 0 || (acc & CV_C_UPPER);
  *low = smalls != 0 || (acc & CV_C_LOWER);
  return q;
}

/* Hash of the @n bytes at @p (ASCII letters or digits), each OR'ed with
 * @orb (0x20: capitals folded): fold_hash() of the folded bytes, read
 * straight from the text (@end: no load crosses it). */
static inline guint64
text_hash(const char *p, gsize n, const char *end, guint8 orb)
{
  const guint64 o = 0x0101010101010101ull * orb;
  guint64 h = FNV_OFF ^ (guint64)n;
  gsize i = 0;
  for (; i + 8 <= n; i += 8) {
    guint64 x;
    memcpy(&x, p + i, 8);
    x = GUINT64_FROM_LE(x) | o;
    h = (h ^ x) * 0x9E3779B97F4A7C15ull;
    h ^= h >> 31;
  }
  if (i < n) {
    gsize r = n - i;
    guint64 m = ~(guint64)0 >> (64 - 8 * r), x = 0;
    if (end - (p + i) >= 8) {
      memcpy(&x, p + i, 8);
      x = GUINT64_FROM_LE(x);
    } else {
      for (gsize k = 0; k < r; k++)
        x |= (guint64)(guint8)p[i + k] << (8 * k);
    }
    x = (x | o) & m;
    h = (h ^ x) * 0x9E3779B97F4A7C15ull;
    h ^= h >> 31;
  }
  return h * FNV_PRIME;
}

/* Does the byte at @q (or the end) end a plain token: not a letter, a
 * digit, a non-ASCII byte, nor a joiner ("-", "'") before a letter? */
static inline gboolean
plain_end(const char *q, const char *end)
{
  if (q >= end)
    return TRUE;
  guint8 c = (guint8)*q;
  if (c >= 0x80 || (cv_cls[c] & (CV_C_UPPER | CV_C_LOWER | CV_C_DIGIT)))
    return FALSE;
  if ((c == '-' || c == '\'') && q + 1 < end &&
      (cv_is_alpha_ascii(q[1]) || (guint8)q[1] >= 0x80))
    return FALSE;
  return TRUE;
}

/* Gap class of the bytes [a, b) between two tokens. */
static inline guint8
gap_class(const char *a, const char *b)
{
  if (b - a == 1 && *a == ' ')
    return GAP_SP; /* the common case */
  int nl = 0;
  guint8 g = GAP_SP;
  for (const char *q = a; q < b; q++) {
    switch (*q) {
    case '\n':
      nl++;
      break;
    case '.':
    case '!':
    case '?':
      if (g < GAP_SENT || g == GAP_OPEN)
        g = GAP_SENT;
      break;
    case ':':
      if (g < GAP_COLON || g == GAP_OPEN)
        g = GAP_COLON;
      break;
    case ',':
    case ';':
      if (g < GAP_COMMA)
        g = GAP_COMMA;
      break;
    case '(':
    case '"':
    case '<':
    case '[':
    case '>':
    case '-':
    case '*':
      if (g == GAP_SP)
        g = GAP_OPEN;
      break;
    case ' ':
    case '\t':
    case '\r':
      break;
    default:
      if ((guint8)*q < 0x80 && g == GAP_SP)
        g = GAP_OTHER;
    }
  }
  if (nl >= 2)
    return GAP_PARA;
  if (nl == 1)
    return GAP_NL;
  return g;
}

gboolean
cv_name_model_in_dict(const CvNameModel *m, const char *p, const char *end)
{
  if (!m || p >= end)
    return FALSE;
  Tok t;
  guint8 fold[160];
  gsize fn = 0;
  read_tok(p, p, end, &t, fold, &fn);
  return fn > 0 && t.shape != SH_DIGIT && bloom_has(m, t.h);
}

guint
cv_name_model_lists(const CvNameModel *m, const char *p, const char *end)
{
  if (!m || p >= end)
    return 0;
  Tok t;
  guint8 fold[160];
  gsize fn = 0;
  read_tok(p, p, end, &t, fold, &fn);
  return fn > 0 && t.shape != SH_DIGIT ? name_lists(m, t.h) : 0;
}

/* ---- features ----------------------------------------------------------- */

static inline guint32
fidx(const CvNameModel *m, guint32 tmpl, guint64 v)
{
  guint64 h = v * 0x9E3779B97F4A7C15ull + (guint64)tmpl * 0xC2B2AE3D27D4EB4Full;
  h ^= h >> 29;
  h *= 0xBF58476D1CE4E5B9ull;
  h ^= h >> 32;
  return (guint32)(h & (((guint64)1 << m->wbits) - 1));
}

static inline guint64
small(const Tok *t)
{
  if (!t)
    return 0xFFFF;
  return (guint64)t->shape | (guint64)t->dict << 3 | (guint64)t->gaz << 4 |
         (guint64)t->ctx << 6 | (guint64)t->nl << 10;
}

static inline guint64
ident(const Tok *t)
{
  return t ? t->h : 0x5EED;
}

#define N_FEATS 26

/* Feature indices of token @t with neighbours (NULL at the ends). */
static guint
features(const CvNameModel *m, const Tok *p2, const Tok *p1, const Tok *t,
         const Tok *n1, const Tok *n2, CvLang lang, guint32 *f)
{
  guint k = 0;
  guint64 lenb = t->len <= 2 ? 0 : t->len <= 4 ? 1 : t->len <= 7 ? 2 : 3;
  guint64 gap_after = n1 ? n1->gap : GAP_PARA;
  f[k++] = fidx(m, 1, 0);
  f[k++] = fidx(m, 2, t->h);
  f[k++] = fidx(m, 3, t->suf3);
  f[k++] = fidx(m, 4, t->suf2);
  f[k++] = fidx(m, 5, t->pre3);
  f[k++] = fidx(m, 6, small(t) | lenb << 12 | (guint64)t->hyph << 14);
  f[k++] = fidx(m, 7, ident(p1));
  f[k++] = fidx(m, 8, ident(n1));
  f[k++] = fidx(m, 9, ident(p2));
  f[k++] = fidx(m, 10, ident(n2));
  f[k++] = fidx(m, 11, small(p1) << 16 | small(t));
  f[k++] = fidx(m, 12, small(n1) << 16 | small(t));
  f[k++] = fidx(m, 13, (guint64)t->gap << 8 | t->shape << 4 | t->dict);
  f[k++] = fidx(m, 14, gap_after << 8 | (n1 ? n1->shape : 7) << 4 | t->shape);
  f[k++] = fidx(m, 15, ident(p1) ^ ((guint64)t->shape << 56));
  f[k++] = fidx(m, 16, ident(n1) ^ ((guint64)t->shape << 56));
  f[k++] = fidx(m, 17, (guint64)t->ctx << 8 | t->shape << 4 | t->dict);
  f[k++] = fidx(m, 18, small(p2) << 16 | small(p1));
  f[k++] = fidx(m, 19, small(n1) << 16 | small(n2));
  f[k++] = fidx(m, 20, ident(p2) * 31 + ident(p1));
  f[k++] =
      fidx(m, 21,
           (guint64)lang << 8 | t->shape << 4 | t->dict << 2 | (t->gaz ? 1 : 0));
  f[k++] =
      fidx(m, 22, (guint64)t->gap << 16 | (p1 ? p1->gap : 9) << 8 | t->shape);
  f[k++] = fidx(m, 23,
                (guint64)(p1 ? p1->ctx : 15) << 8 | (n1 ? n1->ctx : 15) << 4 |
                    t->shape);
  f[k++] = fidx(m, 24, ident(n1) * 31 + ident(n2));
  /* the name lists: the word's, and its neighbours' */
  f[k++] = fidx(m, 25,
                (guint64)t->nl | (guint64)t->shape << 3 | (guint64)t->dict << 6 |
                    (guint64)(t->gaz ? 1 : 0) << 7 | (guint64)lenb << 8);
  f[k++] = fidx(m, 26,
                (guint64)(p1 ? p1->nl : 8) | (guint64)(n1 ? n1->nl : 8) << 4 |
                    (guint64)t->nl << 8 | (guint64)t->shape << 12);
  return k;
}

/* ---- the pass ------------------------------------------------------------------- */

/* Words of file names that no dictionary holds: extensions, formats and
 * the tags of scans and versions ("text-pdf-010-fr.pdf", "scan-ocr-v2").
 * Read only for lower-case words missing from the dictionaries. */
gboolean
cv_file_word(const guint8 *f, gsize n)
{
  static const char *const words[] = {
    "pdf", "docx", "odt", "ods", "odp", "rtf", "htm", "html", "eml", "mbox",
    "xls", "xlsx", "csv", "tsv", "pptx", "ppt", "png", "jpg", "jpeg", "tif",
    "tiff", "gif", "bmp", "heic", "webp", "zip", "json", "xml", "txt", "ocr",
    "img", "eng", "fra", "scn", "msg", "doc", "md", "svg", "tgz", "dpi",
    /* URL schemes ("<https://fsf.org/>" lost "https" as a name) */
    "http", "https", "www", "ftp", "ftps", "sftp", "mailto", "smtp",
    /* words of notes the dictionaries lack ("wants a callback") */
    "callback", "voicemail", "username", "password", "website", "login",
    /* "I" contracted in lower case (the dictionaries hold "I'm" only
     * capitalised): "and i'm calling" */
    "i'm", "i'll", "i've", "i'd", "im", "ive"
  };
  if (n < 2 || n > 9)
    return FALSE;
  for (gsize i = 0; i < G_N_ELEMENTS(words); i++)
    if (strlen(words[i]) == n && memcmp(words[i], f, n) == 0)
      return TRUE;
  return FALSE;
}

static void
fill_context(const CvNameModel *m, Tok *t, const guint8 *fold, gsize fn)
{
  t->dict = 0;
  t->gaz = 0;
  t->ctx = CTXC_NONE;
  t->cand = 0;
  t->nl = 0;
  if (t->shape == SH_DIGIT || fn == 0)
    return;
  /* (lower-case words of one or two letters are function words: never
   * scored, counted as dictionary words without a look-up) */
  t->dict = (t->shape == SH_LOWER && fn < 3) ? 1 : bloom_has(m, t->h);
  if (!t->dict && t->shape == SH_LOWER && cv_file_word(fold, fn))
    t->dict = 1;
  /* French elision: "L'attribution", "d'Arcy" are judged on the word after
   * the apostrophe */
  if (!t->dict && t->hyph && fn > 3) {
    gsize el = fold[1] == '\''                                 ? 2
               : (fn > 4 && fold[2] == '\'' && fold[0] == 'q') ? 3
                                                               : 0;
    if (el && strchr("ldjnsctm", fold[0]) &&
        (fn - el < 3 || /* "Qu'il", "Qu'on": a function word after it */
         bloom_has(m, fold_hash(fold + el, fn - el))))
      t->dict = 1;
  }
  /* a lower-case compound of dictionary words ("energy-efficiency",
   * "porte-parole") is a dictionary word */
  if (!t->dict && t->hyph && t->shape == SH_LOWER && memchr(fold, '-', fn)) {
    gboolean all = TRUE;
    for (gsize a = 0; a < fn && all;) {
      gsize b = a;
      while (b < fn && fold[b] != '-')
        b++;
      all = b - a >= 2 && (bloom_has(m, fold_hash(fold + a, b - a)) ||
                           cv_file_word(fold + a, b - a));
      a = b + 1;
    }
    t->dict = all;
  }
  /* only the words that may be scored are looked up in the context and
   * name tables (a lower-case dictionary word never is: the cost of the
   * pass stays with the capitalised and the unknown words) */
  if (t->shape == SH_LOWER && (t->dict || fn < 3))
    return;
  if (t->shape == SH_INITIAL)
    return;
  if (fn <= CV_REDACT_MAX_WORD) {
    guint32 cats = 0;
    guint8 gaz = 0;
    /* (t->h is the hash of these bytes unless the token was cut at 32) */
    cv_ctx_lookup_all_h((const char *)fold, fn,
                        fn < 32 ? t->h : fold_hash(fold, fn), &cats, &gaz);
    t->ctx = ctx_class(cats);
    t->gaz = gaz;
  }
  /* context words (titles, labels, job titles, months, stop words) are
   * never scored: the rules own them */
  if (t->ctx != CTXC_NONE && t->ctx != CTXC_STREET)
    return;
  /* a word in Greek, Cyrillic, Armenian, Hebrew or Arabic letters
   * (U+0380-U+06FF): the model has never seen one, it is not scored
   * ("Привет, комитет.") */
  for (gsize i = 0; i < fn; i++)
    if (fold[i] >= 0xCE && fold[i] <= 0xDB)
      return;
  if (t->shape == SH_LOWER)
    t->cand = t->ctx == CTXC_NONE;
  else if (t->shape == SH_CAP || t->shape == SH_UPPER || t->shape == SH_MIXED)
    t->cand = fn >= 2;
  if (t->cand) {
    /* (the name lists: candidates only, the cost stays with them; an
     * English possessive is looked up without its "'s": "Tremblay's") */
    t->nl = fn > 4 && fold[fn - 2] == '\'' && fold[fn - 1] == 's'
                ? name_lists(m, fold_hash(fold, fn - 2))
                : name_lists(m, t->h);
    t->pre3 = 0;
    for (gsize j = 0; j < 3 && j < fn; j++)
      t->pre3 = t->pre3 << 8 | fold[j];
    t->suf3 = t->suf2 = 0;
    for (gsize j = fn >= 3 ? fn - 3 : 0; j < fn; j++)
      t->suf3 = t->suf3 << 8 | fold[j];
    for (gsize j = fn >= 2 ? fn - 2 : 0; j < fn; j++)
      t->suf2 = t->suf2 << 8 | fold[j];
  }
}

/* Calls @emit for each candidate token of @text with its features.  Used
 * by the scan (score) and by the training tool (dump). */
typedef void (*TokFunc)(const Tok *t, const guint32 *f, guint nf, gpointer data);

/* Reads the token at @p (a letter, a digit, or a redaction token of
 * @tl bytes) into @t (all but its offsets and gap); returns its end.
 * Plain ASCII words and numbers are read straight from the text (hashed
 * eight bytes at a time); the rest goes through read_tok(). */
static inline const char *
read_token(const CvNameModel *m, const char *p, const char *end, gsize tl,
           Tok *t, guint8 *fold, int *plain, gsize *fl)
{
  memset(t, 0, sizeof *t);
  if (tl) {
    const char *q = p + tl;
    const char *r = p;
    while (r < q && *r != '-') /* the label, not the pseudonym */
      r++;
    t->h = fold_hash((const guint8 *)p, (gsize)MIN(r - p, 64));
    t->shape = SH_NONE;
    return q;
  }
  guint8 c = (guint8)*p;
  const char *lim = end - p > 32 ? p + 32 : end;
  if (cv_cls[c] & (CV_C_UPPER | CV_C_LOWER)) {
    gboolean up, low;
    const char *q = ascii_letters_end(p, lim, &up, &low);
    if (q < lim && plain_end(q, end)) {
      gsize n = (gsize)(q - p);
      t->len = (guint8)MIN(n, (gsize)15);
      if (!up) {
        /* a plain lower-case word: its own folded form */
        t->h = text_hash(p, n, end, 0);
        t->shape = SH_LOWER;
        t->dict = n < 3 || bloom_has(m, t->h);
        if (!t->dict)
          fill_context(m, t, (const guint8 *)p, n);
        /* (the context reader's plain word too: not before "-" or "'") */
        *plain = q >= end || (*q != '-' && *q != '\'') ? 1 : 0;
        return q;
      }
      t->h = text_hash(p, n, end, 0x20);
      gboolean first_up = (cv_cls[c] & CV_C_UPPER) != 0;
      if (n == 1 && first_up && q < end && *q == '.')
        t->shape = SH_INITIAL;
      else if (!low)
        t->shape = n == 1 ? SH_CAP : SH_UPPER;
      else
        t->shape = first_up ? SH_CAP : SH_MIXED;
      for (gsize i = 0; i < n; i++)
        fold[i] = (guint8)p[i] | 0x20;
      fill_context(m, t, fold, n);
      /* (a capitalised word the context reader may take as it is: 3, or
       * 4 in capitals) */
      if (first_up && *q != '-' && *q != '\'')
        *plain = low ? 3 : 4;
      return q;
    }
  } else if (cv_is_digit(c)) {
    const char *q = p + 1;
    while (q < lim && cv_is_digit(*q))
      q++;
    if (q < lim && plain_end(q, end)) {
      gsize n = (gsize)(q - p);
      t->len = (guint8)MIN(n, (gsize)15);
      t->h = text_hash(p, n, end, 0);
      t->shape = SH_DIGIT;
      *plain = 2; /* (nothing for the context reader) */
      return q;
    }
  }
  if ((guint8)(c - 'a') < 26 || c == 0xC3) {
    /* a lower-case word with Latin-1 accents ("été", "réception"):
     * folded as it is read */
    const char *q = p;
    gsize n = 0;
    char f1[2];
    while (q < lim) {
      guint8 b = (guint8)*q;
      if ((guint8)(b - 'a') < 26) {
        fold[n++] = b;
        q++;
      } else if (b == 0xC3 && lim - q >= 2 && (guint8)q[1] >= 0xA0 &&
                 (guint8)q[1] <= 0xBF &&
                 cv_text_fold_latin1((guint8)q[1], f1) == 1) {
        fold[n++] = (guint8)f1[0];
        q += 2;
      } else {
        break;
      }
    }
    if (q < lim && n > 0 && (guint8)*q < 0x80 &&
        !(cv_cls[(guint8)*q] & (CV_C_UPPER | CV_C_LOWER | CV_C_DIGIT)) &&
        *q != '-' && *q != '\'') {
      t->h = fold_hash(fold, n);
      t->len = (guint8)MIN(n, (gsize)15);
      t->shape = SH_LOWER;
      fill_context(m, t, fold, n);
      *plain = 5; /* (folded: the context reader looks @fold up) */
      *fl = n;
      return q;
    }
  }
  gsize flen;
  const char *q = read_tok(p, p, end, t, fold, &flen);
  fill_context(m, t, fold, flen);
  return q;
}

#define WIN 8 /* a power of two; five tokens are used */

/* Scores token @i of the window (its neighbours: up to two each side of
 * the @n tokens read) if it is a candidate. */
static inline void
score_at(const CvNameModel *m, const Tok *win, guint i, guint n, CvLang lang,
         TokFunc fn, gpointer data)
{
  const Tok *c = &win[i & (WIN - 1)];
  if (!c->cand)
    return;
  const Tok *p1 = i >= 1 ? &win[(i - 1) & (WIN - 1)] : NULL;
  const Tok *p2 = i >= 2 ? &win[(i - 2) & (WIN - 1)] : NULL;
  const Tok *n1 = i + 1 < n ? &win[(i + 1) & (WIN - 1)] : NULL;
  /* "My son went home", "My mother called": the English possessive that
   * opens a sentence before a lower-case word is not the Vietnamese given
   * name Mỹ (written with its accent, or before a capitalised name: "My
   * Nguyen", still scored) */
  if (c->shape == SH_CAP && c->e - c->s == 2 && n1 && n1->shape == SH_LOWER &&
      n1->gap == GAP_SP && (!p1 || c->gap >= GAP_SENT) &&
      c->h == cv_word_hash((const guint8 *)"my", 2))
    return;
  /* "I'm", "I'd", "I've", "I'll": the English "I", not a name, though the
   * name it introduces is ("I'm Maciej Borkowski"); "O'Brien" is scored */
  if (c->hyph && c->shape == SH_CAP && (c->len == 3 || c->len == 4) &&
      (c->h == cv_word_hash((const guint8 *)"i'm", 3) ||
       c->h == cv_word_hash((const guint8 *)"i'd", 3) ||
       c->h == cv_word_hash((const guint8 *)"i've", 4) ||
       c->h == cv_word_hash((const guint8 *)"i'll", 4)))
    return;
  const Tok *n2 = i + 2 < n ? &win[(i + 2) & (WIN - 1)] : NULL;
  guint32 f[N_FEATS + 1];
  guint nf = features(m, p2, p1, c, n1, n2, lang, f);
  Tok cc = *c;
  /* right after a relative, a label or a greeting ("son fils Summer",
   * "nommé Guy", "Hi Dawn"): a word alone is no weaker for being a
   * dictionary word */
  cc.after =
      p1 &&
      (p1->ctx == CTXC_REL || p1->ctx == CTXC_LABEL || p1->ctx == CTXC_GREET) &&
      (c->gap == GAP_SP || c->gap == GAP_COLON || c->gap == GAP_COMMA);
  cc.label = n1 && ((n1->ctx == CTXC_LABEL && n1->gap == GAP_SP) || n1->code);
  cc.title = p1 && n1 && !p1->cand && !n1->cand && p1->shape == SH_CAP &&
             n1->shape == SH_CAP && p1->ctx != CTXC_TITLE && c->gap == GAP_SP &&
             n1->gap == GAP_SP;
  fn(&cc, f, nf, data);
}

/* End of the run of lower-case ASCII letters at @p (before @lim), eight
 * bytes at a time. */
static inline const char *
lower_end(const char *p, const char *lim)
{
  const guint64 ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
  while (lim - p >= 8) {
    guint64 x;
    memcpy(&x, p, 8);
    x = GUINT64_FROM_LE(x);
    guint64 y = x & ~highs;
    guint64 ge = (y + ones * (0x80 - 'a')) & highs;
    guint64 gt = (y + ones * (0x80 - 'z' - 1)) & highs;
    guint64 let = ge & ~gt & ~x & highs;
    if (let != highs)
      return p + (__builtin_ctzll(~let & highs) >> 3);
    p += 8;
  }
  while (p < lim && (guint8)(*p - 'a') < 26)
    p++;
  return p;
}

/* The walk over the tokens of @text: each candidate is scored with its
 * two neighbours on each side (@fn gets its features).  With @scan, the
 * context-word reader (context.c) runs on the same bytes as they are read:
 * one read of the text for both. */
static void
walk(const CvNameModel *m, CvScan *scan, const char *text, gsize len,
     CvLang lang, TokFunc fn, gpointer data)
{
  const char *end = text + len;
  const char *p = text;
  const char *pc = text; /* where the context-word reader is (with @scan) */
  const guint64 *pass = scan ? cv_ctx_begin() : NULL;
  const char *prev_end = text;
  Tok win[WIN];
  guint n = 0; /* tokens read; token n - 3 is scored after token n - 1 */
  guint8 fold[160];
  for (;;) {
    gsize tl = 0;
    while (p < end) {
      guint8 c = (guint8)*p;
      if (c < 0x80) {
        if (cv_cls[c] & (CV_C_UPPER | CV_C_LOWER | CV_C_DIGIT))
          break;
        /* a redaction token is a token of its own kind ("[PERSONNE]") */
        if (c == '[' && (tl = cv_redact_token_span(p, (gsize)(end - p))) != 0)
          break;
      } else {
        gboolean up;
        if (letter_len(p, end, &up))
          break;
      }
      p++;
    }
    if (p >= end)
      break;
    Tok *t = &win[n & (WIN - 1)];
    const char *q;
    guint8 c = (guint8)*p;
    if (!tl && (guint8)(c - 'a') < 26 &&
        (q = lower_end(p + 1, end - p > 32 ? p + 32 : end)) < end &&
        q - p < 32 && (guint8)*q < 0x80 &&
        !(cv_cls[(guint8)*q] & (CV_C_UPPER | CV_C_LOWER | CV_C_DIGIT)) &&
        *q != '-' && *q != '\'') {
      /* the common case: a plain lower-case ASCII word, its own folded
       * form (the context reader's plain word too) */
      gsize wl = (gsize)(q - p);
      t->h = text_hash(p, wl, end, 0);
      t->len = (guint8)MIN(wl, (gsize)15);
      t->shape = SH_LOWER;
      t->hyph = 0;
      t->gaz = 0;
      t->ctx = CTXC_NONE;
      t->cand = 0;
      t->nl = 0;
      t->dict = wl < 3 || bloom_has(m, t->h);
      if (!t->dict)
        fill_context(m, t, (const guint8 *)p, wl);
      if (scan) {
        if (pc <= p) {
          if (cv_ctx_plain_maybe(pass, p, wl))
            cv_ctx_plain_lookup(scan, p, q, t->h);
          pc = q;
        } else if (pc < q) {
          pc = cv_ctx_words(scan, pc, q);
        }
      }
    } else {
      int plain = 0;
      gsize fl = 0;
      q = read_token(m, p, end, tl, t, fold, &plain, &fl);
      /* the context words of the same bytes (between tokens there is
       * nothing the context reader would read) */
      if (scan) {
        if (plain == 5 && pc <= p) {
          cv_ctx_folded_word(scan, p, q, (const char *)fold, fl, t->h);
          pc = q;
        } else if (plain >= 3 && pc <= p) {
          pc = cv_ctx_cap_word(scan, p, q, (const char *)fold, t->h, plain == 4);
        } else if (plain && pc <= p) {
          if (plain == 1 && cv_ctx_plain_maybe(pass, p, (gsize)(q - p)))
            cv_ctx_plain_lookup(scan, p, q, t->h);
          pc = q;
        } else if (pc < q) {
          pc = cv_ctx_words(scan, pc > p ? pc : p, q);
        }
      }
    }
    t->gap = gap_class(prev_end, p);
    t->s = (guint32)(p - text);
    t->e = (guint32)(q - text);
    t->code = q - p <= 3 && end - q >= 2 && *q == '-' && cv_is_digit(q[1]) &&
              (cv_cls[(guint8)*p] & CV_C_UPPER);
    /* the capitals of a code ("TAL-105475-22", "GBOX-2003"): never a name,
     * though "Tal" is a given name ("scan-jean-roy-2024.pdf" keeps its
     * name) */
    if (end - q >= 2 && *q == '-' && cv_is_digit(q[1]) && t->shape == SH_UPPER)
      t->cand = 0;
    prev_end = q;
    p = q;
    n++;
    if (n >= 3)
      score_at(m, win, n - 3, n, lang, fn, data);
  }
  for (guint i = n >= 2 ? n - 2 : 0; i < n; i++)
    score_at(m, win, i, n, lang, fn, data);
}

static inline gint32
score(const CvNameModel *m, const guint32 *f, guint nf)
{
  gint32 s = 0;
  for (guint i = 0; i < nf; i++)
    s += m->w[f[i]];
  return s;
}

/* Can the names ending at @a and starting at @b be one: only spaces, a
 * hyphen, initials ("J.") or lower-case particles between them on the
 * same line? */
static gboolean
joinable(const char *text, gsize a, gsize b)
{
  if (b < a || b - a > 24)
    return FALSE;
  const char *p = text + a, *q = text + b;
  if (b - a >= 3 && memmem(p, b - a, "   ", 3))
    return FALSE; /* a column gap: two cells */
  while (p < q) {
    if (*p == ' ' || *p == '-' || (guint8)*p == 0xC2 || (guint8)*p == 0xA0) {
      p++;
      continue;
    }
    if (cv_cls[(guint8)*p] & CV_C_UPPER && p + 1 < q && p[1] == '.') {
      p += 2;
      continue;
    }
    if (cv_cls[(guint8)*p] & CV_C_UPPER && p + 1 < q && p[1] == ' ') {
      p += 2; /* an initial without its dot between two names: "Juliusz A
               * Kwiatkowski" */
      continue;
    }
    /* a particle, any case ("de", "Le", "VAN") */
    const char *w = p;
    while (p < q && cv_is_alpha_ascii(*p))
      p++;
    gsize wl = (gsize)(p - w);
    if (wl == 0 || wl > 3 || (p < q && *p != ' '))
      return FALSE;
    char f[4];
    for (gsize k = 0; k < wl; k++)
      f[k] = (char)(w[k] | 0x20);
    guint16 v;
    if (!(cv_ctx_lookup(f, wl, &v) & CV_CTX_PARTICLE))
      return FALSE;
  }
  return TRUE;
}

/* The lower-case word one space before (@dir < 0) or after @pos, if it is
 * a known given name or surname that is no context word ("richmond
 * olivier", "horacio barre": dictionary words the model does not score
 * in lower case); returns the new edge or @pos. */
/* Are the folded letters @f (@fn) spelled like a name: a vowel, no run of
 * four consonants ("anagnostopoulos"; not "dpkg", "tmpfs", "sockaddr")? */
static gboolean
name_letters(const char *f, gsize fn)
{
  int run = 0, vowels = 0;
  for (gsize i = 0; i < fn; i++) {
    if (!g_ascii_isalpha(f[i]))
      return FALSE;
    if (strchr("aeiouy", f[i])) {
      vowels++;
      run = 0;
    } else if (++run >= 4) {
      return FALSE;
    }
  }
  return vowels > 0;
}

static gsize
lower_name_next(const CvNameModel *m, const char *text, gsize len, gsize pos,
                int dir)
{
  const char *end = text + len;
  const char *a, *b;
  if (dir > 0) {
    if (pos + 2 >= len || text[pos] != ' ')
      return pos;
    a = text + pos + 1;
    b = a;
    while (b < end && b - a < 32 &&
           ((cv_cls[(guint8)*b] & CV_C_LOWER) || (guint8)*b >= 0x80))
      b++;
  } else {
    if (pos < 3 || text[pos - 1] != ' ')
      return pos;
    b = text + pos - 1;
    a = b;
    while (a > text && b - a < 32 &&
           ((cv_cls[(guint8)a[-1]] & CV_C_LOWER) || (guint8)a[-1] >= 0x80))
      a--;
    if (a > text && cv_alnum_before(text, a))
      return pos;
  }
  if (b - a < 3 || (b < end && cv_is_alnum_ascii(*b)))
    return pos;
  char f[CV_REDACT_MAX_WORD];
  gsize fn = cv_fold(a, b, f, sizeof f);
  if (fn == 0)
    return pos;
  guint32 cats;
  guint8 gaz;
  cv_ctx_lookup_all(f, fn, &cats, &gaz);
  /* (before it, a word out of the dictionaries is its given name too:
   * "voisin d'en haut marites cruz") */
  gboolean unknown = dir < 0 && fn >= 4 && !cats &&
                     !cv_name_model_in_dict(m, a, b) &&
                     (cv_name_model_lists(m, text + pos, end) & 3);
  /* (after the name found, a word out of the dictionaries is its
   * surname: "annulé par styliani anagnostopoulos") */
  if (dir > 0 && fn >= 4 && !cats && !cv_name_model_in_dict(m, a, b) &&
      name_letters(f, fn) &&
      (b >= end || *b == ' ' || *b == '\n' || *b == ',' ||
       (*b == '.' && (b + 1 >= end || b[1] == ' ' || b[1] == '\n'))))
    unknown = TRUE; /* (not "sudo dpkg -i", "sockaddr_un", "doesn't") */
  if (cats || (!gaz && !unknown && !(cv_name_model_lists(m, a, b) & 3)))
    return pos;
  /* an auxiliary after a name is its verb, whatever the lists hold ("liam
   * will email", "liam can come": Will and Can are given names too) */
  static const char *const aux[] = { "will",   "can", "could", "would",
                                     "shall",  "may", "might", "must",
                                     "should", "did", "does" };
  for (gsize k = 0; dir > 0 && k < G_N_ELEMENTS(aux); k++)
    if (strlen(aux[k]) == fn && memcmp(aux[k], f, fn) == 0)
      return pos;
  /* nor the sentence's verb or adverb, even when a surname of the lists
   * ("marites cruz fait du bruit", "shannon kelly never answers") */
  static const char *const verbs[] = { "fait",  "est",   "va",     "dit",
                                       "veut",  "vient", "sera",   "etait",
                                       "avait", "never", "always", "just",
                                       "also",  "still", "keeps",  "says",
                                       "said",  "has",   "was",    "is" };
  for (gsize k = 0; dir > 0 && k < G_N_ELEMENTS(verbs); k++)
    if (strlen(verbs[k]) == fn && memcmp(verbs[k], f, fn) == 0)
      return pos;
  return dir > 0 ? (gsize)(b - text) : (gsize)(a - text);
}

/* Does the folded word @f (@fn bytes) start with one of @stems (French
 * verbs by their stems: "envoyé", "donnerai", "accompagne")? */
static gboolean
folded_has_stem(const char *f, gsize fn, const char *const *stems, gsize n)
{
  for (gsize k = 0; k < n; k++) {
    gsize l = strlen(stems[k]);
    if (fn >= l && memcmp(f, stems[k], l) == 0)
      return TRUE;
  }
  return FALSE;
}

/* Is the preposition folded @f (at [@ps, ...)) the one of a recipient,
 * after a verb of giving or telling, or a message's noun, at most four
 * words back in the clause ("laissé un message à Wapachee", "donné les
 * clés à", "Email sent to", "a voicemail for", "un message pour")? "à",
 * "to", "for" and "pour" are places' and firms' too ("habite à
 * Kahnawake", "I work for Socrata"): only then a person's. */
static gboolean
recipient_before(const char *text, const char *ps, const char *f, gsize fn)
{
  static const char *const give_fr[] = {
    "envoy",     "renvoy",   "donn",   "remis",    "remet",    "remett",
    "demand",    "dit",      "dis",    "dire",     "parl",     "ecri",
    "expliqu",   "telephon", "repond", "transmis", "transmet", "transmett",
    "offr",      "montr",    "confi",  "annonc",   "message",  "courriel",
    "communiqu", "divulgu",  "revel",  "expedi",   "prete",    "preta",
    "rembours",  "cles",     "lettre"
  };
  static const char *const give_en[] = {
    "sent",      "send",       "sends",      "sending",  "gave",
    "give",      "given",      "gives",      "handed",   "hand",
    "spoke",     "speak",      "talked",     "talk",     "talking",
    "explained", "explain",    "said",       "wrote",    "write",
    "written",   "replied",    "reply",      "mailed",   "emailed",
    "showed",    "shown",      "lent",       "paid",     "owes",
    "owed",      "apologized", "apologised", "listened", "introduced",
    "message",   "email",      "letter",     "keys",     "disclosed",
    "disclose",  "released",   "reveal",     "revealed", "forwarded"
  };
  static const char *const for_en[] = {
    "voicemail", "message",    "messages", "note",        "appointment",
    "rent",      "cheque",     "check",    "letter",      "gift",
    "ride",      "form",       "forms",    "referral",    "prescription",
    "waiting",   "waited",     "looking",  "asked",       "asking",
    "worried",   "afraid",     "babysit",  "babysitting", "covering",
    "rendez",    "formulaire", "inquiet",  "inquiete",    "peur",
    "cadeau",    "place",      "messages", "billet",      "transport"
  };
  /* "of", "on", "from", "chez": after a word of persons, of news, of a
   * message, of a home ("the mother of Sakinah", "Update on Piyush",
   * "Call from Wahiba", "Visite à domicile chez Nhung"; "the City of
   * Laval", "chez Costco" stay) */
  static const char *const of_en[] = {
    "mother",      "father",    "son",      "daughter",  "wife",
    "husband",     "sister",    "brother",  "needs",     "case",
    "file",        "landlord",  "lawyer",   "doctor",    "custody",
    "name",        "statement", "family",   "friend",    "neighbour",
    "neighbor",    "cousin",    "aunt",     "uncle",     "grandmother",
    "grandfather", "guardian",  "teacher",  "caregiver", "partner",
    "girlfriend",  "boyfriend", "children", "kids",      "parents",
    "behaviour",   "behavior",  "health",   "safety",    "whereabouts",
    "wellbeing"
  };
  static const char *const on_en[] = {
    "update", "updates",  "notes",     "note",    "report",  "info",  "news",
    "check",  "checking", "follow-up", "details", "waiting", "waited"
  };
  static const char *const from_en[] = {
    "back",    "call",      "message",   "email",   "letter",    "note",
    "text",    "reply",     "word",      "request", "complaint", "visit",
    "update",  "news",      "voicemail", "calls",   "messages",  "texts",
    "letters", "statement", "consent"
  };
  static const char *const chez_fr[] = {
    "domicile", "visite",   "passe",    "passee",    "habite",
    "vit",      "reste",    "dort",     "heberge",   "hebergee",
    "demeure",  "couche",   "couchee",  "retourne",  "retournee",
    "refugie",  "refugiee", "demenage", "demenagee", "soir",
    "nuit",     "week-end", "fin",      "rendu",     "rendue"
  };
  /* "at" after a deed aimed at someone ("shouted at Duc", "stared at
   * Widlyne"; "arrived at Dorval" stays) */
  static const char *const at_en[] = {
    "shouted", "yelled",   "screamed",  "swore",    "sworn",   "laughed",
    "stared",  "glared",   "snapped",   "waved",    "smiled",  "pointed",
    "lashed",  "lunged",   "spat",      "cursed",   "winked",  "grinned",
    "shout",   "yell",     "scream",    "swear",    "laugh",   "stare",
    "yelling", "shouting", "screaming", "swearing", "staring", "laughing"
  };
  static const struct {
    const char *prep;
    const char *const *list;
    gsize n;
    gboolean stems;
  } preps[] = {
    { "at", at_en, G_N_ELEMENTS(at_en), FALSE },
    { "a", give_fr, G_N_ELEMENTS(give_fr), TRUE },
    { "to", give_en, G_N_ELEMENTS(give_en), FALSE },
    { "for", for_en, G_N_ELEMENTS(for_en), FALSE },
    { "pour", for_en, G_N_ELEMENTS(for_en), FALSE },
    { "of", of_en, G_N_ELEMENTS(of_en), FALSE },
    { "on", on_en, G_N_ELEMENTS(on_en), FALSE },
    { "from", from_en, G_N_ELEMENTS(from_en), FALSE },
    { "chez", chez_fr, G_N_ELEMENTS(chez_fr), FALSE },
  };
  /* "par" after a past participle: the agent ("rappelé par Walid",
   * "accompagnée par Nipi", "vu par Jun") */
  if (fn == 3 && memcmp(f, "par", 3) == 0) {
    static const char *const part_u[] = {
      "vu",      "vue",      "revu",    "revue",    "recu",      "recue",
      "entendu", "entendue", "suivi",   "suivie",   "pris",      "prise",
      "joint",   "jointe",   "rejoint", "rejointe", "accueilli", "accueillie",
      "lu",      "battu",    "battue"
    };
    const char *qe = ps;
    if (qe - text < 3 || qe[-1] != ' ')
      return FALSE;
    qe--;
    const char *qs = qe;
    while (qs > text && qe - qs < 20 &&
           (cv_is_alpha_ascii(qs[-1]) || (guint8)qs[-1] >= 0x80))
      qs--;
    char g[24];
    gsize gn = cv_fold(qs, qe, g, sizeof g);
    if (gn < 2 || (gn >= 4 && memcmp(g, "pass", 4) == 0))
      return FALSE; /* (a way: "passé par Rimouski") */
    /* "é", "ée", "és", "ées" in the text (not a noun's folded "e") */
    const char *x = qe;
    if (x - qs > 3 && x[-1] == 's')
      x--;
    if (x - qs > 3 && x[-1] == 'e')
      x--;
    if (x - qs > 3 && (guint8)x[-2] == 0xC3 && (guint8)x[-1] == 0xA9)
      return TRUE;
    return cv_folded_in(g, gn, part_u, G_N_ELEMENTS(part_u));
  }
  const char *const *list = NULL;
  gsize n = 0;
  gboolean stems = FALSE;
  for (gsize k = 0; k < G_N_ELEMENTS(preps) && !list; k++)
    if (strlen(preps[k].prep) == fn && memcmp(preps[k].prep, f, fn) == 0) {
      list = preps[k].list;
      n = preps[k].n;
      stems = preps[k].stems;
    }
  if (!list)
    return FALSE;
  const char *qe = ps;
  gboolean hit = FALSE;
  for (int w = 0; w < 4; w++) {
    /* the word before: one space (an elision's apostrophe too), letters */
    if (qe - text < 2 || (qe[-1] != ' ' && qe[-1] != '\''))
      break;
    qe--;
    const char *qs = qe;
    while (qs > text && qe - qs < 20 &&
           (cv_is_alpha_ascii(qs[-1]) || (guint8)qs[-1] >= 0x80 || qs[-1] == '-'))
      qs--;
    if (qs == qe)
      break;
    char g[24];
    gsize gn = cv_fold(qs, qe, g, sizeof g);
    /* a copy goes to firms as often ("Copie envoyée à Desjardins", "A
     * copy is sent to Pharmaprix") */
    if ((gn == 4 && memcmp(g, "copy", 4) == 0) ||
        (gn >= 5 && memcmp(g, "copie", 5) == 0))
      return FALSE;
    /* French stems by their start ("envoyé", "donnerai"); English and
     * nouns whole */
    if (!hit && gn > 0)
      hit = stems ? folded_has_stem(g, gn, list, n)
                  : cv_folded_in(g, gn, list, n);
    qe = qs;
  }
  return hit;
}

/* Does the next word after @e read as a verb of which the word before
 * is the subject: an auxiliary, a clitic pronoun, an adverb, a common
 * irregular past, or an English word ending in -s or -ed, a French one in
 * -e ("Diabo saw it too", "Flamand l'a vue", "Azoulay aurait déjà",
 * "Kwon leaves", "Mwangi envoie", "Alasua usually interprets")? */
static gboolean
verb_next(const char *text, gsize len, gsize e)
{
  static const char *const words[] = {
    /* French */
    "a", "aurait", "avait", "est", "etait", "sera", "serait", "se", "ne", "me",
    "lui", "leur", "y", "va", "vient", "doit", "peut", "veut", "fait", "dit",
    "part", "reste", "sait", "croit", "semble", "nie", "aussi", "toujours",
    "jamais", "encore", "deja",
    /* English */
    "is", "was", "has", "had", "will", "would", "can", "could", "did", "does",
    "should", "might", "must", "still", "also", "never", "always", "usually",
    "often", "just", "then", "again", "already", "finally", "later", "saw",
    "said", "told", "came", "went", "left", "took", "gave", "got", "made",
    "ran", "sent", "brought", "thought", "felt", "kept", "met", "paid", "knew",
    "wrote", "spoke", "found", "lost", "heard"
  };
  if (e + 2 >= len || text[e] != ' ')
    return FALSE;
  const char *p = text + e + 1, *end = text + len;
  gsize cl;
  gboolean up = FALSE;
  if (!cv_letter_at(p, end, &cl, &up) || up)
    return FALSE;
  /* an elided clitic: "l'a", "s'est", "n'a", "m'a" */
  if (end - p > 2 && strchr("lsnm", *p) &&
      (p[1] == '\'' || ((guint8)p[1] == 0xE2 && end - p > 4)))
    return TRUE;
  const char *q = p;
  while (q < end && q - p < 24 &&
         (cv_is_alpha_ascii(*q) || (guint8)*q >= 0x80 || *q == '\''))
    q++;
  char f[32];
  gsize fn = cv_fold(p, q, f, sizeof f);
  if (fn == 0 || (q < end && (cv_is_digit(*q) || *q == '-')))
    return FALSE;
  if (cv_folded_in(f, fn, words, G_N_ELEMENTS(words)))
    return TRUE;
  if (fn >= 4 && f[fn - 1] == 's' && f[fn - 2] != 's' && f[fn - 2] != 'u')
    return TRUE; /* "leaves", "complains" (not "business", "plus") */
  if (fn >= 5 && f[fn - 2] == 'e' && f[fn - 1] == 'd')
    return TRUE; /* "walked" */
  /* French imperfect ("travaillait", "habitaient"; not "portrait") */
  static const char *const ait_nouns[] = { "portrait", "extrait",  "souhait",
                                           "attrait",  "bienfait", "parfait",
                                           "retrait",  "abstrait", "distrait",
                                           "trait",    "lait",     "fait" };
  if ((fn >= 6 && memcmp(f + fn - 3, "ait", 3) == 0 &&
       !cv_folded_in(f, fn, ait_nouns, G_N_ELEMENTS(ait_nouns))) ||
      (fn >= 7 && memcmp(f + fn - 5, "aient", 5) == 0))
    return TRUE;
  /* French present in -e ("rappelle", "accepte", "préfère"), not a
   * participle in -ée (folded "ee") */
  return fn >= 5 && f[fn - 1] == 'e' && f[fn - 2] != 'e' &&
         !(q - p > 2 && (guint8)q[-2] == 0xC3);
}

/* Is [s, e) shaped like a name: a capital, then small letters, each part
 * after a hyphen or an apostrophe of two letters or more and capitalised
 * ("Marie-Soleil", "O'Neil"; not "Follow-up", "GnuTLS", "D-Bus",
 * "Wno-psabi"); "Mc"/"Mac" before a capital too ("McAllister")? */
static gboolean
name_shape(const char *text, gsize s, gsize e)
{
  gsize part = 0;
  gboolean want_cap = TRUE;
  for (gsize k = s; k < e;) {
    gsize cl;
    gboolean up = FALSE;
    if (text[k] == '-' || text[k] == '\'') {
      if (part < 2 && !(text[k] == '\'' && part == 1))
        return FALSE;
      part = 0;
      want_cap = TRUE;
      k++;
      continue;
    }
    if (!cv_letter_at(text + k, text + e, &cl, &up))
      return FALSE;
    if (up != want_cap && !(up && part >= 2 && part <= 3 &&
                            (memcmp(text + k - part, "Mc", 2) == 0 ||
                             (part == 3 && memcmp(text + k - 3, "Mac", 3) == 0))))
      return FALSE;
    want_cap = FALSE;
    part++;
    k += cl;
  }
  return part >= 2;
}

/* Does a verb of speech or a deed only persons do follow @e ("Coulibaly
 * answered that", "Waneek dit que", "Ayodele est venue au bureau",
 * "Shkuan s'est présenté", "Kwabena came to the office")?  Not what firms
 * do as often ("a confirmé", "refuse", "demande"). */
static gboolean
person_verb_after(const char *text, gsize len, gsize e)
{
  static const char *const verbs[] = { " said ",
                                       " says ",
                                       " answered ",
                                       " asked ",
                                       " replied ",
                                       " told ",
                                       " explained ",
                                       " stated ",
                                       " confirmed ",
                                       " reported ",
                                       " added ",
                                       " called ",
                                       " came ",
                                       " went ",
                                       " mentioned ",
                                       " cried ",
                                       " phoned ",
                                       " showed up",
                                       " is on it",
                                       " will call",
                                       " still refuses",
                                       " refuses ",
                                       " left without",
                                       " and I ",
                                       " dit ",
                                       " affirme ",
                                       " explique ",
                                       " répond ",
                                       " raconte ",
                                       " rapporte ",
                                       " déclare ",
                                       " ajoute ",
                                       " mentionne ",
                                       " pleure ",
                                       " et moi ",
                                       " a dit ",
                                       " a appelé ",
                                       " a téléphoné ",
                                       " a rappelé ",
                                       " a mentionné ",
                                       " a expliqué ",
                                       " a raconté ",
                                       " a pleuré ",
                                       " a crié ",
                                       " est venu",
                                       " est arrivé",
                                       " est parti",
                                       " est revenu",
                                       " s'est ",
                                       " s'en occupe",
                                       " s\xe2\x80\x99"
                                       "en occupe",
                                       " refuse toujours",
                                       " a oublié",
                                       " doit appeler",
                                       " rappellera",
                                       " s\xe2\x80\x99"
                                       "est ",
                                       " est malade",
                                       " is sick",
                                       " veut que son",
                                       " wants his",
                                       " wants her",
                                       " n'a pas retourné",
                                       " n\xe2\x80\x99"
                                       "a pas retourné" };
  for (gsize k = 0; k < G_N_ELEMENTS(verbs); k++) {
    gsize n = strlen(verbs[k]);
    if (len - e >= n && memcmp(text + e, verbs[k], n) == 0)
      return TRUE;
  }
  return FALSE;
}

gboolean
cv_name_model_person_verb(const char *text, gsize len, gsize e)
{
  return person_verb_after(text, len, e);
}

/* Does [s, ...) open a list item, after a bullet at the line's start
 * ("- Sanaa refuse", "* Li Na left", "• Kervens a rappelé")?  A
 * changelog's items open so too ("* Objdump has a new option"): only a
 * person's verb makes a name there. */
static gboolean
bullet_start(const char *text, gsize s)
{
  gsize b = s;
  while (b > 0 && text[b - 1] == ' ')
    b--;
  if (b == s || b == 0)
    return FALSE;
  gsize l = b;
  if (text[l - 1] == '-' || text[l - 1] == '*')
    l--;
  else if (l >= 3 && (guint8)text[l - 3] == 0xE2 &&
           (guint8)text[l - 2] == 0x80 && (guint8)text[l - 1] == 0xA2)
    l -= 3;
  else
    return FALSE;
  while (l > 0 && text[l - 1] == ' ')
    l--;
  return l == 0 || text[l - 1] == '\n';
}

/* Does [s, ...) open a sentence, a line or a clause after a semicolon, a
 * colon or a dash ("2025-07-05 — Azoulay aurait", "7. Varia — Diem
 * rappelle", "; Steeve préfère")? */
static gboolean
sentence_start(const char *text, gsize s)
{
  gsize b = s;
  while (b > 0 && text[b - 1] == ' ')
    b--;
  if (b == 0 || text[b - 1] == '\n')
    return TRUE;
  if (b == s)
    return FALSE;
  if (strchr(".!?;:", text[b - 1]) != NULL)
    return TRUE;
  if (bullet_start(text, s))
    return TRUE;
  if (b < 2)
    return FALSE;
  /* a dash between spaces: "—", "–", " - " */
  return (b >= 4 && (guint8)text[b - 3] == 0xE2 && (guint8)text[b - 2] == 0x80 &&
          ((guint8)text[b - 1] == 0x94 || (guint8)text[b - 1] == 0x93) &&
          text[b - 4] == ' ') ||
         (text[b - 1] == '-' && text[b - 2] == ' ');
}

/* Is [s, e) someone's home: " at " before, a possessive and a word of
 * home or time after ("at Rania's place", "is at Hagop's since noon";
 * "at Costco's entrance" is none)? */
static gboolean
at_home(const char *text, gsize len, gsize s, gsize e)
{
  static const char *const home[] = { " place",     " house", " home",
                                      " apartment", " since", " tonight",
                                      " until",     " for" };
  if (s < 4 || memcmp(text + s - 4, " at ", 4) != 0)
    return FALSE;
  gsize ae = e;
  if (!(e - s > 2 && text[e - 2] == '\'' && (text[e - 1] == 's'))) {
    if (e + 2 >= len || text[e] != '\'' || text[e + 1] != 's')
      return FALSE;
    ae = e + 2;
  }
  for (gsize k = 0; k < G_N_ELEMENTS(home); k++) {
    gsize n = strlen(home[k]);
    if (len - ae > n && memcmp(text + ae, home[k], n) == 0 &&
        !cv_is_alpha_ascii(text[ae + n]))
      return TRUE;
  }
  return FALSE;
}

/* Is the folded word @f a verb whose object is a person ("accompagne
 * Wapachee", "informé", "met Akosua"; opening a note: "Appeler Ilunga",
 * "Reached Piyush by phone")?  French by their stems. */
static gboolean
object_verb(const char *f, gsize fn)
{
  static const char *const obj_fr[] = { "accompagn", "rencontr", "inform",
                                        "rappel",    "convoqu",  "remerci",
                                        "felicit",   "interrog", "rejoin",
                                        "appeler",   "relanc",   "revoir",
                                        "voir" };
  static const char *const obj_en[] = {
    "met",      "phoned",   "visited",     "accompanied", "told",
    "informed", "reminded", "thanked",     "interviewed", "texted",
    "notified", "saw",      "accompanies", "meets",       "visits",
    "reached",  "remind",   "ask",         "tell",        "meet",
    "phone",    "seen",     "vu",          "revu",        "emailed",
    "e-mailed"
  };
  return folded_has_stem(f, fn, obj_fr, G_N_ELEMENTS(obj_fr)) ||
         cv_folded_in(f, fn, obj_en, G_N_ELEMENTS(obj_en));
}

/* Does a recipient's preposition come right before [s, ...) ("un message
 * à Wapachee")? */
static gboolean
recipient_at(const CvScan *scan, gsize s)
{
  const char *text = scan->text;
  if (s < 3 || text[s - 1] != ' ')
    return FALSE;
  const char *pe = text + s - 1, *ps = pe;
  while (ps > text && pe - ps < 16 && ps[-1] != ' ' && ps[-1] != '\n' &&
         ps[-1] != '\'')
    ps--;
  char f[16];
  gsize fn = cv_fold(ps, pe, f, sizeof f);
  if (fn == 0)
    return FALSE;
  if (recipient_before(text, ps, f, fn))
    return TRUE;
  /* or a verb whose object is a person */
  return object_verb(f, fn);
}

typedef struct {
  const CvNameModel *m;
  CvScan *scan;
  GArray *marks; /* guint32 triples (start, end, flags) of tokens scored as
                  * names; flags: 1 weak, 2 strong, 4 opener, 8 faint,
                  * 16 companion */
} ScoreCtx;

/* Is the token [s, e) a word of prose: a space before it, and a space,
 * the end or a punctuation mark after it (not a part of "Jack@host",
 * "Jack/Lewis")? */
static gboolean
faint_bounds(const CvScan *scan, guint32 s, guint32 e)
{
  if (!scan || s == 0 || scan->text[s - 1] != ' ')
    return FALSE;
  return e >= scan->len || strchr(" .,;:!?\n)", scan->text[e]) != NULL;
}

static void
score_one(const Tok *t, const guint32 *f, guint nf, gpointer data)
{
  ScoreCtx *c = data;
  gint32 sc = score(c->m, f, nf);
  /* a dictionary word inside a title-case phrase of context words
   * ("Patient Care Unit"): never a name alone */
  if (t->title && t->dict)
    return;
  /* a dictionary word right before a label word ("LAST NAME:", "Full
   * name") is the label's; before a code ("Bill C-11"), the code's */
  if (t->label && t->dict)
    return;
  /* faint: a capitalised word scored under the threshold; a name only
   * where a clause or a list vouches for it.  An unknown word scored a
   * little under it; or a name of the gazetteer that is a dictionary word
   * too, opening a sentence before a deed only persons do ("Mathieu a
   * appelé hier", "Morales said that"), scored not far under it */
  if (sc <= c->m->threshold && !t->title && !t->label && t->shape == SH_CAP &&
      t->len >= 3 &&
      (!t->dict ? ((faint_bounds(c->scan, t->s, t->e) &&
                    (sc > c->m->threshold - c->m->dict_margin / 2 ||
                     recipient_at(c->scan, t->s))) ||
                   (c->scan && at_home(c->scan->text, c->scan->len, t->s, t->e)) ||
                   (c->scan && sentence_start(c->scan->text, t->s) &&
                    name_shape(c->scan->text, t->s, t->e) &&
                    (person_verb_after(c->scan->text, c->scan->len, t->e) ||
                     (sc > c->m->threshold - c->m->dict_margin / 2 &&
                      !bullet_start(c->scan->text, t->s) &&
                      verb_next(c->scan->text, c->scan->len, t->e)))) ||
                   /* (a clause after a comma: "Can't come tomorrow,
                    * Marcellin is sick") */
                   (c->scan && t->s >= 2 && c->scan->text[t->s - 1] == ' ' &&
                    c->scan->text[t->s - 2] == ',' &&
                    name_shape(c->scan->text, t->s, t->e) &&
                    person_verb_after(c->scan->text, c->scan->len, t->e)))
                : (t->gaz && sc > c->m->threshold - c->m->dict_margin &&
                   c->scan && sentence_start(c->scan->text, t->s) &&
                   name_shape(c->scan->text, t->s, t->e) &&
                   person_verb_after(c->scan->text, c->scan->len, t->e)))) {
    guint32 se[3] = { t->s, t->e, 1u | 8u };
    g_array_append_vals(c->marks, se, 3);
    return;
  }
  /* companion: a capitalised word inside a sentence, scored a little under
   * the threshold (a surname that is a dictionary word, "Moineau"); a name
   * only joined to a word scored as one ("avisé Sangwoo Dokgo", "told
   * Btissam Mouline") */
  if (sc <= c->m->threshold && sc > c->m->threshold - c->m->dict_margin &&
      !t->title && !t->label && t->shape == SH_CAP && t->len >= 3 && c->scan &&
      faint_bounds(c->scan, t->s, t->e) && !sentence_start(c->scan->text, t->s)) {
    guint32 se[3] = { t->s, t->e, 1u | 16u };
    g_array_append_vals(c->marks, se, 3);
    return;
  }
  if (sc > c->m->threshold) {
    /* weak alone: a dictionary word, or an unknown word, scored close to
     * the threshold (kept only next to another name token) */
    gboolean weak =
        t->dict ? sc <= c->m->threshold + c->m->dict_margin
                : !t->gaz && sc <= c->m->threshold + c->m->dict_margin * 5 / 8;
    /* inside a title-case phrase of context words: a name only if strong */
    if (t->title && sc <= c->m->threshold + c->m->dict_margin * 3 / 2)
      weak = TRUE;
    if (t->after && !t->title)
      weak = FALSE;
    gboolean strong = sc > c->m->threshold + c->m->dict_margin * 3 / 2;
    /* a dictionary word that is no first name, opening a line or a cell
     * ("Soutien Laurentides | 2024-03-01"): not the start of a name */
    gboolean opener =
        t->dict && !(t->nl & 1) && !t->gaz &&
        (t->gap == GAP_NL || t->gap == GAP_PARA || t->gap == GAP_OTHER);
    guint32 se[3] = {
      t->s, t->e, (guint32)weak | (guint32)strong << 1 | (guint32)opener << 2
    };
    g_array_append_vals(c->marks, se, 3);
  }
}

/* Is [s, e) in capitals (no lower-case ASCII letter) and followed, after
 * one space (and at most four other words in capitals), by a digit? */
static gboolean
caps_before_number(const char *text, gsize len, gsize s, gsize e)
{
  for (gsize k = s; k < e; k++)
    if (cv_cls[(guint8)text[k]] & CV_C_LOWER)
      return FALSE;
  /* (other words in capitals may come between: "GBOX BARC 2003") */
  for (int w = 0; w < 4 && e + 1 < len && text[e] == ' '; w++) {
    if (cv_is_digit(text[e + 1]))
      return TRUE;
    gsize k = e + 1;
    while (k < len && (cv_cls[(guint8)text[k]] & CV_C_UPPER))
      k++;
    if (k - e < 3)
      return FALSE;
    e = k;
  }
  return FALSE;
}

/* The word pass (phase "words"): one read of the text for the context
 * words (context.c) and the model's tokens, scored as they come; the
 * tokens scored as names wait in scan->marks for cv_scan_names_model(). */
void
cv_scan_words(CvScan *scan)
{
  const CvNameModel *m = scan->model;
  cv_ctx_begin();
  if (!m) {
    cv_ctx_scan(scan);
    return;
  }
  ScoreCtx c = { m, scan, scan->marks };
  walk(m, scan, scan->text, scan->len, scan->lang, score_one, &c);
}

/* A one-word name the model found, capitalised and in no dictionary
 * ("Fatoumata", "Tekahionwake"; not "Rose", "Page"): strong
 * enough for its other mentions ("Karim et Fatoumata se sont disputés;
 * Fatoumata a frappé Karim"), which the model may score lower. */
static gboolean
known_name_alone(const CvNameModel *m, const char *text, gsize s, gsize e)
{
  if (e - s < 3 || !(cv_cls[(guint8)text[s]] & CV_C_UPPER) ||
      !(cv_cls[(guint8)text[s + 1]] & CV_C_LOWER))
    return FALSE;
  for (gsize k = s; k < e; k++)
    if (text[k] == ' ')
      return FALSE;
  return !cv_name_model_in_dict(m, text + s, text + e);
}

/* Is [a, b) what separates the items of a list of names: ", ", " et ",
 * " and ", ", et ", ", and ", " & "? */
static gboolean
list_sep(const char *text, gsize a, gsize b)
{
  static const char *const seps[] = { ", ",    " et ",   " and ",
                                      ", et ", ", and ", " & " };
  for (gsize k = 0; k < G_N_ELEMENTS(seps); k++) {
    gsize n = strlen(seps[k]);
    if (b - a == n && memcmp(text + a, seps[k], n) == 0)
      return TRUE;
  }
  return FALSE;
}

/* A word the model scored weakly, alone, in a list with a name it found
 * ("Les enfants Nusrat, Shanipiap et Tarek", "Seen with Rachid and
 * Amine"): a capitalised word, no context word (month, street, title,
 * label...), and a dictionary word only inside a sentence ("Quick, ..."
 * at a sentence start stays). */
static gboolean
weak_in_list(const CvScan *scan, const guint32 *mk, guint n, guint i)
{
  const char *text = scan->text;
  gsize s = mk[3 * i], e = mk[3 * i + 1];
  if (!(cv_cls[(guint8)text[s]] & CV_C_UPPER) || e - s < 2 ||
      (cv_cls[(guint8)text[s + 1]] & CV_C_UPPER))
    return FALSE;
  Word w;
  if (!cv_word_at(text + s, text + scan->len, &w) || w.e != text + e ||
      (w.cats &
       (CV_CTX_STOPNAME | CV_CTX_MONTH | CV_CTX_STREET_FR | CV_CTX_STREET_EN |
        CV_CTX_TITLE | CV_CTX_LABEL | CV_CTX_GREET | CV_CTX_CLOSE |
        CV_CTX_ROLE | CV_CTX_ORG | CV_CTX_ORGTAIL | CV_CTX_PROVINCE)))
    return FALSE;
  if (cv_name_model_in_dict(scan->model, text + s, text + e)) {
    if (!(cv_name_model_lists(scan->model, text + s, text + e) & 3))
      return FALSE; /* "Hoffman, Lucid and Loveland Technologies" */
    gsize b = s;
    while (b > 0 && text[b - 1] == ' ')
      b--;
    if (b == 0 || strchr(".!?:;\n([\"", text[b - 1]) != NULL)
      return FALSE;
  }
  /* a known name found in the list; and a true list,
   * with "et" / "and" ("Kristen Rocher of Butler-Peters, Panjiva's" is
   * none) */
  gboolean found = FALSE, conj = FALSE;
  guint lo = i, hi = i;
  while (lo > 0 && i - lo < 8 && list_sep(text, mk[3 * (lo - 1) + 1], mk[3 * lo]))
    lo--;
  while (hi + 1 < n && hi - i < 8 &&
         list_sep(text, mk[3 * hi + 1], mk[3 * (hi + 1)]))
    hi++;
  for (guint k = lo; k <= hi; k++) {
    if (k > lo && (text[mk[3 * (k - 1) + 1]] == ' ' ||
                   mk[3 * k] - mk[3 * (k - 1) + 1] > 2))
      conj = TRUE;
    /* (a name of the lists out of the dictionaries: "Red, Green, Blue and
     * Yellow" has none) */
    if (k != i && !(mk[3 * k + 2] & 1) &&
        (cv_name_model_lists(scan->model, text + mk[3 * k], text + mk[3 * k + 1]) &
         3) &&
        !cv_name_model_in_dict(scan->model, text + mk[3 * k],
                               text + mk[3 * k + 1]))
      found = TRUE;
  }
  return found && conj;
}

/* Does a thing only a person has follow the possessive ending at @e
 * ("Nadège's health card", "Bo's card doesn't", "Moussa's passport";
 * "Costco's entrance", "Canada's economy" stay)? */
static gboolean
personal_after(const char *text, gsize len, gsize e)
{
  static const char *const things[] = {
    " card",       " health card", " passport",  " cell",        " mother",
    " father",     " mom",         " dad",       " wife",        " husband",
    " son",        " daughter",    " brother",   " sister",      " boyfriend",
    " girlfriend", " doctor",      " apartment", " birthday",    " SIN",
    " medication", " children",    " kids",      " baby",        " friend",
    " cousin",     " uncle",       " aunt",      " grandmother", " grandfather",
    " caseworker", " bedroom",     ", "
  };
  for (gsize k = 0; k < G_N_ELEMENTS(things); k++) {
    gsize n = strlen(things[k]);
    if (len - e >= n && memcmp(text + e, things[k], n) == 0 &&
        (n == 2 || len - e == n || !cv_is_alpha_ascii(text[e + n])))
      return TRUE;
  }
  return FALSE;
}

/* A word the model scored weakly, alone inside a clause: capitalised, out
 * of the dictionaries, no context word, after a lower-case word that is no
 * preposition of place, and before the clause's end or a lower-case word
 * ("il cherche encore Ngozi.", "Fritznel dit que Waneek a perdu";
 * "habite à Kahnawake", "near Mashteuiatsh" stay). */
static gboolean
weak_in_clause(const CvScan *scan, gsize s, gsize e)
{
  static const char *const places[] = {
    "a", "au", "aux", "en", "de", "des", "du", "dans", "vers", "sur", "at",
    "in", "to", "into", "near", "from", "of", "on", "pres", "chez", "par",
    "via", "the", "la", "le", "les", "l", "d", "an", "un", "une", "style",
    "visit", "city", "ville", "region", "town", "moved", "demenage", "habite",
    "lives", "live", "reserve", "communaute", "community", "nation", "first",
    "quartier", "secteur",
    /* a firm's or a thing's owner and client ("her Allianz resignation",
     * "I work for Socrata", "to support Zonability") */
    "her", "his", "their", "our", "my", "your", "its", "sa", "ses", "leur",
    "notre", "votre", "for", "pour", "support", "serving", "joined", "brand",
    /* software and systems by their names ("type Unix", "le paquet Xorg") */
    "type", "compatible", "systeme", "systemes", "projet", "project", "logiciel",
    "logiciels", "paquet", "paquets", "package", "packages", "version",
    "distribution", "plateforme", "platform", "application", "software",
    "utilitaires", "serveur", "server", "navigateur", "browser", "outil", "tool",
    "format", "fichier", "file", "langage", "language", "noyau", "kernel",
    "programme", "program", "using", "utilisez", "installe", "installer",
    "commande", "command", "module", "pilote", "driver", "ordinateurs", "ici",
    "here", "there", "partout", "around", "toward", "towards",
    /* (lists are weak_in_list's) */
    "and", "et", "or", "ou", "nor", "ni",
    /* an adjective's place ("very Unique", "plus Fragile") */
    "very", "more", "most", "tres", "plus", "moins"
  };
  const char *text = scan->text;
  const char *end = text + scan->len;
  if (e - s < 3 || !(cv_cls[(guint8)text[s]] & CV_C_UPPER) ||
      (cv_cls[(guint8)text[s + 1]] & CV_C_UPPER))
    return FALSE;
  /* (a name of the gazetteer that is a dictionary word too, "Florence",
   * "Mathieu", "Morales": inside a clause only, not opening a sentence with
   * any verb after it: "Pierre angulaire du plan") */
  gboolean dict_given = cv_name_model_in_dict(scan->model, text + s, text + e);
  Word w;
  if (!cv_word_at(text + s, end, &w) || w.e != text + e || w.fn < 3 ||
      (w.cats & (CV_CTX_STOPNAME | CV_CTX_MONTH | CV_CTX_STREET_FR |
                 CV_CTX_STREET_EN | CV_CTX_TITLE | CV_CTX_LABEL | CV_CTX_GREET |
                 CV_CTX_CLOSE | CV_CTX_ROLE | CV_CTX_ORG | CV_CTX_ORGTAIL |
                 CV_CTX_PROVINCE | CV_CTX_PARTICLE)) ||
      (dict_given && !cv_gazetteer_first(w.f, w.fn) &&
       !cv_gazetteer_last(w.f, w.fn)) ||
      cv_word_is_place(&w) || cv_scan_in_keep(scan, s, e))
    return FALSE;
  /* countries and peoples out of the name lists ("Switzerland",
   * "Tunisian", "Salvadorean", "Kazakhstan", "Vatican") */
  if (!(cv_name_model_lists(scan->model, text + s, text + e) & 3) &&
      !cv_gazetteer_first(w.f, w.fn) && !cv_gazetteer_last(w.f, w.fn)) {
    static const char *const tails[] = { "land", "lands", "stan",  "ian",
                                         "ean",  "ese",   "ish",   "ican",
                                         "ians", "eans",  "landic" };
    for (gsize k = 0; k < G_N_ELEMENTS(tails); k++) {
      gsize tl = strlen(tails[k]);
      if (w.fn > tl + 2 && memcmp(w.f + w.fn - tl, tails[k], tl) == 0)
        return FALSE;
    }
  }
  /* (a possessive is a firm's as often as a person's, but someone's
   * home is a person's: "at Rania's place") */
  if (at_home(text, scan->len, s, e))
    return TRUE;
  if (e - s > 2 &&
      (text[e - 2] == '\'' || (e - s > 4 && (guint8)text[e - 4] == 0xE2)) &&
      (text[e - 1] == 's' || text[e - 1] == 'S'))
    return personal_after(text, scan->len, e) && name_shape(text, s, e - 2);
  if (e + 2 < scan->len && text[e] == '\'' && text[e + 1] == 's' &&
      personal_after(text, scan->len, e + 2))
    return name_shape(text, s, e);
  if (e < scan->len && text[e] == '\'')
    return FALSE;
  /* at a sentence's start, a speech verb after it ("Coulibaly answered
   * that", "Waneek dit que") */
  if (sentence_start(text, s)) {
    return name_shape(text, s, e) && (person_verb_after(text, scan->len, e) ||
                                      (!dict_given && !bullet_start(text, s) &&
                                       verb_next(text, scan->len, e)));
  }
  /* a clause after a comma, a person's deed after it ("Can't come
   * tomorrow, Marcellin is sick", "demain, Obed est malade") */
  if (s >= 2 && text[s - 1] == ' ' && text[s - 2] == ',' && !dict_given)
    return name_shape(text, s, e) && person_verb_after(text, scan->len, e);
  /* before: one space, then a lower-case word */
  /* (an accented letter too: "rencontré Tshiuetin", "informé Roodly") */
  /* (or a title's abbreviation in lower case: "vu m. Ekotto") */
  if (s < 3 || text[s - 1] != ' ' ||
      !((cv_cls[(guint8)text[s - 2]] & CV_C_LOWER) || (guint8)text[s - 2] >= 0x80 ||
        (text[s - 2] == '.' && (cv_cls[(guint8)text[s - 3]] & CV_C_LOWER))))
    return FALSE;
  const char *pe = text + s - 1, *ps = pe;
  while (ps > text && pe - ps < 16 && text[ps - text - 1] != ' ' &&
         text[ps - text - 1] != '\n' && text[ps - text - 1] != '\'')
    ps--;
  char f[24];
  gsize fn = cv_fold(ps, pe, f, sizeof f);
  gsize cl;
  gboolean up = TRUE;
  if (fn == 0 || !cv_letter_at(ps, pe, &cl, &up))
    return FALSE;
  /* (a capitalised word before: only a verb opening a note, "Appeler
   * Ilunga au sujet du loyer", "Reached Piyush by phone") */
  if (up && !(sentence_start(text, (gsize)(ps - text)) && object_verb(f, fn)))
    return FALSE;
  /* a title typed in lower case in a jotted note vouches for it: "md: dr
   * Tassy (Hôpital Chauveau)", "vu m. Ekotto @ 9 h 26" */
  {
    static const char *const titles[] = { "dr",  "dre", "m",  "mr",
                                          "mme", "mrs", "ms", "mlle" };
    gsize tn = fn > 1 && f[fn - 1] == '.' ? fn - 1 : fn;
    gboolean title = !up && cv_folded_in(f, tn, titles, G_N_ELEMENTS(titles));
    if (title || text[s - 2] == '.')
      return title; /* (no other abbreviation: "voir p. 12") */
  }
  /* (but "from" after a message's word: "a call back from Mirlande
   * only", "a letter from Ngozi"; "à", "to", "for" after a verb of giving
   * or telling: "laissé un message à Wapachee", "Email sent to Akosua") */
  gboolean sender = recipient_before(text, ps, f, fn);
  /* (and "et"/"and" after a pronoun: "mais lui et Vollant, ils", "he
   * and Iserhoff don't") */
  if (!sender && ((fn == 2 && memcmp(f, "et", 2) == 0) ||
                  (fn == 3 && memcmp(f, "and", 3) == 0))) {
    static const char *const pron[] = { "lui", "elle", "moi",  "toi",
                                        "he",  "she",  "him",  "her",
                                        "me",  "i",    "nous", "we" };
    const char *qe = ps - 1, *qs = qe;
    while (qs > text && qe - qs < 6 && cv_is_alpha_ascii(qs[-1]))
      qs--;
    char g[8];
    gsize gn = ps - text >= 2 && ps[-1] == ' ' && qs < qe
                   ? cv_fold(qs, qe, g, sizeof g)
                   : 0;
    sender = cv_folded_in(g, gn, pron, G_N_ELEMENTS(pron));
  }
  for (gsize k = 0; k < G_N_ELEMENTS(places) && !sender; k++)
    if (strlen(places[k]) == fn && memcmp(places[k], f, fn) == 0)
      return FALSE;
  /* after: the clause's end, or a lower-case word */
  if (e >= scan->len)
    return TRUE;
  char a = text[e];
  if (a == '.' || a == ',' || a == ';' || a == '!' || a == '?' || a == '\n' ||
      (a == ':' && sender) ||
      (sender && a == ' ' && e + 1 < scan->len && text[e + 1] == ':'))
    return TRUE; /* ("Montant remis à Sanaa : 1 164 $") */
  if (a != ' ' || e + 1 >= scan->len)
    return FALSE;
  /* (a note's time after it: "saw Kettani @ 9:12 a.m.") */
  if (text[e + 1] == '@' && e + 3 < scan->len && text[e + 2] == ' ' &&
      cv_is_digit(text[e + 3]))
    return TRUE;
  /* (an accented letter too: "accompagne Wapachee à l'audience") */
  gsize nl;
  gboolean nup = FALSE;
  return cv_letter_at(text + e + 1, end, &nl, &nup) && !nup;
}

/* Is [s, e) a known place after a preposition of place ("à
 * Rouyn-Noranda", "in Gatineau", "from Longueuil", "The Mayor of
 * Lévis")? */
static gboolean
place_after_preposition(const CvScan *scan, gsize s, gsize e)
{
  static const char *const preps[] = { "a",    "au",   "in",   "at",
                                       "to",   "de",   "from", "near",
                                       "vers", "pour", "of" };
  /* (a town's name after its kind: "the Town of Hudson", "la Ville de
   * Laval", any name) */
  static const char *const towns[] = {
    "town",     "city",    "village",       "municipality", "township",
    "county",   "borough", "ville",         "municipalite", "canton",
    "paroisse", "cite",    "arrondissement"
  };
  const char *text = scan->text;
  Word w, p, t;
  if (!cv_word_at(text + s, text + scan->len, &w) || w.e != text + e || s < 3 ||
      text[s - 1] != ' ')
    return FALSE;
  const char *b = text + s - 1, *a = b;
  while (a > text && b - a < 6 &&
         (cv_is_alpha_ascii(a[-1]) || (guint8)a[-1] >= 0x80))
    a--;
  if (!(a < b && cv_word_at(a, b, &p) && p.e == b && !p.cap &&
        cv_word_in(&p, preps, G_N_ELEMENTS(preps))))
    return FALSE;
  if (cv_word_is_place(&w))
    return TRUE;
  /* the word before the preposition */
  const char *tb = a - 1, *ta = tb;
  if (a - text < 2 || *tb != ' ')
    return FALSE;
  while (ta > text && tb - ta < 16 &&
         (cv_is_alpha_ascii(ta[-1]) || (guint8)ta[-1] >= 0x80))
    ta--;
  static const char *const of[] = { "of", "de" };
  return cv_word_in(&p, of, G_N_ELEMENTS(of)) && cv_word_at(ta, tb, &t) &&
         t.e == tb && cv_word_in(&t, towns, G_N_ELEMENTS(towns));
}

/* Is [s, e) one word in capitals right after a file's or a reference's
 * label and its colon ("Booking reference: NBZEYQ", "No de dossier :
 * QXRT")?  A code, not a name. */
static gboolean
code_after_file_label(const CvScan *scan, gsize s, gsize e)
{
  const char *text = scan->text;
  Word w;
  if (!cv_word_at(text + s, text + e, &w) || !w.upper || w.fn < 4 || s < 3)
    return FALSE;
  const char *c = text + s - 1;
  while (c > text && text + s - c < 4 && (*c == ' ' || *c == '	'))
    c--;
  return *c == ':' && cv_ctx_dist_before(scan, (gsize)(c - text), 32,
                                         CV_CTX_NEG) != G_MAXSIZE;
}

/* Is [s, e) a run of words in capitals that are all ordinary words of
 * the dictionaries, none in the name lists: a form's or a notice's prose
 * in capitals ("MAY BE FILED BEFORE", "NE PAS SONNER"), not "NOËL
 * MELOCHE"? */
static gboolean
caps_words_run(const CvScan *scan, gsize s, gsize e)
{
  const char *text = scan->text;
  /* (cheap test first: a second capital) */
  if (e - s < 2 ||
      ((guint8)text[s] < 0x80 && !(cv_cls[(guint8)text[s + 1]] & CV_C_UPPER)))
    return FALSE;
  for (const char *q = text + s; q < text + e;) {
    Word w;
    if (!cv_word_at(q, text + e, &w) || w.e <= q) {
      q++;
      continue;
    }
    if (!w.upper || w.digit || !cv_name_model_in_dict(scan->model, w.s, w.e) ||
        (cv_name_model_lists(scan->model, w.s, w.e) & 3) ||
        cv_gazetteer_first(w.f, w.fn) || cv_gazetteer_last(w.f, w.fn))
      return FALSE;
    q = w.e;
  }
  return TRUE;
}

/* Is [s, e) one word of the places' list?  The model alone never takes a
 * town for a person: "Laval" or "Granby" as a surname needs a title, a
 * label or a given name, which the rules see. */
static gboolean
model_place_alone(const CvScan *scan, gsize s, gsize e)
{
  const char *text = scan->text;
  Word w, p;
  if (!cv_word_at(text + s, text + scan->len, &w) || w.e != text + e ||
      !cv_word_is_place(&w))
    return FALSE;
  /* (a particle's surname stays a name: "DE MALARTIC, Lohann") */
  if (s > 1 && text[s - 1] == ' ') {
    gsize a = s - 1;
    while (a > 0 && s - a < 5 && cv_is_alpha_ascii(text[a - 1]))
      a--;
    if (cv_word_at(text + a, text + s - 1, &p) && p.e == text + s - 1 &&
        cv_name_particle(&p))
      return FALSE;
  }
  return TRUE;
}

/* Is the word at @s the place after a job title opening a signature's
 * line ("Conseillère, Gatineau", "Analyst, Montreal office")? */
static gboolean
after_role_comma(const CvScan *scan, gsize s)
{
  const char *text = scan->text;
  if (s < 4 || text[s - 1] != ' ' || text[s - 2] != ',')
    return FALSE;
  gsize b = s - 2, ws = b;
  while (ws > 0 && b - ws < 40 && text[ws - 1] != ' ' && text[ws - 1] != '\n')
    ws--;
  if (ws > 0 && text[ws - 1] != '\n')
    return FALSE;
  Word w;
  return cv_word_at(text + ws, text + b, &w) && w.e == text + b && w.cap &&
         (w.cats & CV_CTX_ROLE);
}

/* Is [s, e) an auxiliary opening a question, a pronoun after it ("has
 * been lost, Can I request", "Will you send")?  Can, Will and May are
 * given names too; a name is never followed by "I" or "you" so. */
static gboolean
aux_question(const CvScan *scan, gsize s, gsize e)
{
  static const char *const aux[] = { "can",  "could", "will",  "would",
                                     "may",  "might", "shall", "should",
                                     "must", "did",   "does",  "do" };
  static const char *const pron[] = { "i", "you", "we", "he", "she", "they" };
  const char *text = scan->text;
  const char *end = text + scan->len;
  Word w, p;
  return cv_word_at(text + s, end, &w) && w.e == text + e &&
         cv_word_in(&w, aux, G_N_ELEMENTS(aux)) && e + 1 < scan->len &&
         text[e] == ' ' && cv_word_at(text + e + 1, end, &p) &&
         cv_word_in(&p, pron, G_N_ELEMENTS(pron)) &&
         (p.e >= end || *p.e == ' ' || *p.e == '?');
}

/* Is @w an organisation's word in the plural, in "-s" or "-ies"
 * ("Hospitals", "Pharmacies")? */
static gboolean
org_plural(const Word *w)
{
  const guint32 org = CV_CTX_ORG | CV_CTX_ORGTAIL | CV_CTX_STOPNAME;
  if (w->fn > 3 && w->f[w->fn - 1] == 's' &&
      (cv_ctx_lookup(w->f, w->fn - 1, NULL) & org))
    return TRUE;
  char f[CV_REDACT_MAX_WORD];
  if (w->fn < 5 || w->fn > sizeof f || memcmp(w->f + w->fn - 3, "ies", 3) != 0)
    return FALSE;
  memcpy(f, w->f, w->fn - 3);
  f[w->fn - 3] = 'y';
  return (cv_ctx_lookup(f, w->fn - 2, NULL) & org) != 0;
}

/* Is the run [i, j) of marks a given name the model scored and a
 * capitalised companion (or faint word: @flag) beside it, one space
 * apart, inside a sentence: a word in lower case before, no capitalised
 * word after ("avisé Sangwoo Dokgo par texto"; not "the Lost Update
 * Problem", "Oracle Solaris Studio C")? */
static gboolean
companion_pair(const CvScan *scan, const guint32 *mk, guint i, guint j,
               guint32 flag)
{
  const char *text = scan->text;
  gsize len = scan->len;
  if (j != i + 2 || !((mk[3 * i + 2] ^ mk[3 * i + 5]) & flag))
    return FALSE;
  gsize s = mk[3 * i], e = mk[3 * i + 1], s2 = mk[3 * i + 3], e2 = mk[3 * i + 4];
  if (s2 != e + 1 || text[e] != ' ' || !name_shape(text, s, e) ||
      !name_shape(text, s2, e2))
    return FALSE;
  /* (the name scored out of the dictionaries; a companion first only if
   * it is a first name of the lists or out of them too: "voisin de
   * Prudent Arbour", "réfère à Véronia Rabouin") */
  gboolean first = (mk[3 * i + 2] & flag) != 0;
  gboolean dict1 = cv_name_model_in_dict(scan->model, text + s, text + e);
  gboolean dict2 = cv_name_model_in_dict(scan->model, text + s2, text + e2);
  if (first ? dict2 ||
                  (dict1 &&
                   !(cv_name_model_lists(scan->model, text + s, text + e) & 1))
            : dict1)
    return FALSE;
  /* a word in lower case before, no preposition of place unless both
   * words are out of the dictionaries ("à Thetford Mines", "in Baie
   * Comeau" stay) */
  static const char *const at[] = { "a",  "au",   "aux",  "en", "dans", "vers",
                                    "in", "at",   "from", "to", "near", "into",
                                    "of", "pres", "sur",  "on" };
  Word pw;
  if (s < 2 || text[s - 1] != ' ')
    return FALSE;
  gsize b = s - 1;
  while (b > 0 && text[b - 1] != ' ' && text[b - 1] != '\n' && s - b < 40)
    b--;
  /* (where a person is sent or comes from as well: "réfère à Véronia
   * Rabouin"; "in Bremen Ohlenhof" stays) */
  static const char *const to[] = { "a", "to", "from", "of" };
  if (!cv_word_at(text + b, text + s - 1, &pw) || pw.cap || pw.digit ||
      pw.e != text + s - 1 ||
      (cv_word_in(&pw, at, G_N_ELEMENTS(at)) &&
       (dict1 || dict2 || !cv_word_in(&pw, to, G_N_ELEMENTS(to)))))
    return FALSE;
  /* the companion no organisation's word, even plural ("Shriners
   * Hospitals") */
  Word cw;
  if (!(first ? cv_word_at(text + s, text + e, &cw)
              : cv_word_at(text + s2, text + e2, &cw)) ||
      (cw.cats & (CV_CTX_ORG | CV_CTX_ORGTAIL | CV_CTX_STREET_FR |
                  CV_CTX_STREET_EN | CV_CTX_PROVINCE)) ||
      org_plural(&cw))
    return FALSE;
  /* no capitalised word after */
  return !(e2 + 1 < len && text[e2] == ' ' &&
           cv_cap_at(text + e2 + 1, text + len));
}

/* Runs of tokens scored as names become PERSON candidates. */
void
cv_scan_names_model(CvScan *scan)
{
  const CvNameModel *m = scan->model;
  if (!m)
    return;
  ScoreCtx c = { m, scan, scan->marks };
  const guint32 *mk = (const guint32 *)c.marks->data;
  guint n = c.marks->len / 3;
  for (guint i = 0; i < n;) {
    /* one name: marked tokens joined by spaces, initials and particles */
    gsize s = mk[3 * i], e = mk[3 * i + 1];
    guint j = i + 1;
    while (j < n && joinable(scan->text, e, mk[3 * j]))
      e = mk[3 * j++ + 1];
    if (j > i + 1 && (mk[3 * i + 2] & 5) == 5) {
      i++; /* a weak opener: the name starts after it */
      continue;
    }
    /* a companion only as the surname of a pair (else the run ends
     * before it, or the word is passed) */
    guint real = 0, comp = j;
    for (guint k = i; k < j; k++) {
      if (!(mk[3 * k + 2] & 16))
        real++;
      else if (comp == j)
        comp = k;
    }
    if (comp < j && !companion_pair(scan, mk, i, j, 16)) {
      if (comp == i) {
        i++;
        continue;
      }
      j = comp;
      e = mk[3 * (j - 1) + 1];
      real = j - i;
    }
    if (caps_before_number(scan->text, scan->len, s, e)) {
      i = j; /* "Réf GBOX BARC 2003": a code, not a name */
      continue;
    }
    /* a word alone, weakly scored ("Patient Care Unit"): no */
    if (cv_cls[(guint8)scan->text[s]] & CV_C_LOWER) {
      gsize s2 = lower_name_next(m, scan->text, scan->len, s, -1);
      gsize e2 = lower_name_next(m, scan->text, scan->len, e, 1);
      if (s2 != s || e2 != e) {
        s = s2;
        e = e2;
        cv_scan_add_name(scan, s, e, 0.7f, "name-model", TRUE);
        i = j;
        continue;
      }
    }
    /* (only a full name's words count for the other mentions: one word
     * alone is too weak to redact it everywhere) */
    if (j == i + 1 && aux_question(scan, s, e)) {
      i = j; /* "Can I request you to block it" */
      continue;
    }
    if (j == i + 1 && after_role_comma(scan, s)) {
      i = j; /* "Conseillère, Gatineau": a signature's place */
      continue;
    }
    if (j == i + 1 && code_after_file_label(scan, s, e)) {
      i = j; /* "Booking reference: NBZEYQ" */
      continue;
    }
    if (caps_words_run(scan, s, e)) {
      i = j; /* "THE TAX BILL IS PAYABLE", "NE PAS SONNER" */
      continue;
    }
    if (j == i + 1 && model_place_alone(scan, s, e)) {
      i = j; /* "Lieu de délivrance : Rouyn-Noranda", "district: Magog" */
      continue;
    }
    if (j == i + 1 && place_after_preposition(scan, s, e)) {
      i = j; /* "la visite chez Svetlana Ivanov à Rouyn-Noranda" */
      continue;
    }
    /* faint words alone: only what a clause or a list vouches for; a run
     * of faint words only: no */
    gboolean faint = FALSE, firm = FALSE;
    for (guint k = i; k < j; k++) {
      faint |= (mk[3 * k + 2] & 8) != 0;
      firm |= !(mk[3 * k + 2] & 1);
    }
    gboolean all_faint = faint && !firm;
    /* (a faint word beside a word scored as a name, as a companion is:
     * "réfère à Véronia Rabouin de") */
    if (all_faint && companion_pair(scan, mk, i, j, 8))
      all_faint = FALSE;
    if (all_faint && real > 1) {
      i = j;
      continue;
    }
    if (!(j == i + 1 && (mk[3 * i + 2] & 1)) || weak_in_list(scan, mk, n, i) ||
        weak_in_clause(scan, s, e))
      cv_scan_add_name(scan, s, e, 0.7f, "name-model",
                       !all_faint && (j > i + 1 || (mk[3 * i + 2] & 2) ||
                                      known_name_alone(m, scan->text, s, e)));
    i = j;
  }
}

/* ---- training dump --------------------------------------------------------------- */

static void
dump_one(const Tok *t, const guint32 *f, guint nf, gpointer data)
{
  GString *out = data;
  g_string_append_printf(out, "%u %u", t->s, t->e);
  for (guint i = 0; i < nf; i++)
    g_string_append_printf(out, " %u", f[i]);
  g_string_append_c(out, '\n');
}

char *
cv_name_model_dump(const CvNameModel *m, const char *text, gsize len, CvLang lang)
{
  GString *out = g_string_new(NULL);
  walk(m, NULL, text, len,
       lang == CV_LANG_AUTO ? cv_redact_detect_lang(text, len) : lang, dump_one,
       out);
  return g_string_free(out, FALSE);
}
