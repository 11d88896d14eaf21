/* redact-private.h — internals shared by the redaction scanners: the scan
 * context (text, candidate spans, context-word hits), byte classes, word
 * folding, the context-word table and the gazetteer.  Not installed. */
#pragma once

#include "cv-redact.h"
#include "cv-text.h"

#include <string.h>

G_BEGIN_DECLS

/* Hard caps (the input controls these sizes). */
#define CV_REDACT_MAX_WORD 48       /* longest word folded for look-ups */
#define CV_REDACT_MAX_GROUPS 24     /* digit groups examined per run */

/* Context-word categories (bit mask; one word may carry several). */
enum {
  CV_CTX_SIN = 1u << 0,  /* nas, sin, "assurance sociale", social insurance */
  CV_CTX_RAMQ = 1u << 1, /* ramq, nam, assurance maladie, health */
  CV_CTX_LICENCE = 1u << 2,  /* permis, conduire, licence, driver */
  CV_CTX_PASSPORT = 1u << 3, /* passeport, passport */
  CV_CTX_PHONE = 1u << 4,    /* téléphone, tél, cell, phone, fax, appeler */
  CV_CTX_CARD = 1u << 5,     /* carte, card, visa, mastercard, crédit */
  CV_CTX_BANK = 1u << 6,     /* compte, account, transit, institution, banque */
  CV_CTX_DOB = 1u << 7,      /* naissance, né, birth, born, ddn, dob */
  CV_CTX_IBAN = 1u << 8,     /* iban */
  CV_CTX_NEG = 1u << 9, /* dossier, confirmation, référence, neq, facture, file */
  CV_CTX_TITLE = 1u << 10, /* M, Mme, Monsieur, Mr, Dr ... (capitalised) */
  CV_CTX_LABEL = 1u << 11, /* nom, prénom, name, applicant, destinataire ... */
  CV_CTX_GREET = 1u << 12, /* bonjour, dear, cher ... */
  CV_CTX_REL = 1u << 13,   /* conjoint, spouse, fils, témoin ... */
  CV_CTX_CLOSE = 1u << 14, /* sincerely, cordialement, salutations ... */
  CV_CTX_STOPNAME = 1u << 15,  /* never part of a person name */
  CV_CTX_STREET_FR = 1u << 16, /* rue, avenue, boulevard ... (type first) */
  CV_CTX_STREET_EN = 1u << 17, /* street, road, drive ... (type last) */
  CV_CTX_MONTH = 1u << 18,     /* month names (value = month number) */
  CV_CTX_PARTICLE = 1u << 19,  /* de, du, des, van, von, le, la ... */
  CV_CTX_IP = 1u << 20,        /* ip, adresse ip, address */
  CV_CTX_VERSION = 1u << 21,   /* version, v */
  CV_CTX_ADDRLABEL = 1u << 22, /* adresse, address, domicile */
  CV_CTX_UNIT = 1u << 23,      /* app, appartement, bureau, suite, unit, apt */
  CV_CTX_PROVINCE = 1u << 24,  /* qc, québec, on, ontario ... */
  CV_CTX_EMAILCTX = 1u << 25,  /* courriel, email */
  CV_CTX_ROLE = 1u << 26, /* job titles: directeur, analyst ... (signatures) */
  CV_CTX_ORG =
      1u << 27, /* pharmacie, aréna, école, hospital ... (name follows) */
  CV_CTX_ORGTAIL =
      1u << 28, /* inc, ltée, arena, hospital, college ... (name before) */
  CV_CTX_POSTAL = 1u << 29, /* zip, postcode, code postal, plz */
};

/* The context categories of every identifier type (cv-pii-types.h;
 * defined in scan-fields.c). */
extern const guint32 cv_pii_ctx_mask;

/* PERSON candidates below this confidence (gazetteer, model, mentions)
 * are dropped inside organisation/place/street names (scan-keep.c). */
#define CV_KEEP_CONF 0.85f

/* Hit-only categories: capitalised word in the first-name / surname list. */
#define CV_CTX_GAZFIRST (1u << 30)
#define CV_CTX_GAZLAST (1u << 31)

/* One context word found in the text. */
typedef struct {
  guint32 start;  /* byte offset of the word */
  guint32 end;    /* end of the word (exclusive) */
  guint32 cats;   /* CV_CTX_* bits */
  guint16 value;  /* month number for CV_CTX_MONTH */
  guint16 flags;  /* CV_WORD_* of the word as written */
} CvCtxHit;

enum {
  CV_WORD_CAP = 1u << 0,   /* first letter upper case */
  CV_WORD_UPPER = 1u << 1, /* all letters upper case */
};

typedef struct _CvNameModel CvNameModel;
typedef struct _CvLists CvLists;

/* State of one cv_redact_scan() call. */
typedef struct {
  const CvRedactor *redactor; /* the redactor (lists, model); may be NULL */
  const CvNameModel *model;   /* trained name recogniser, or NULL */
  const CvLists *lists;       /* per-collection lists, or NULL */
  GArray *never;          /* guint32 pairs (start, end): "never" terms found */
  const char *text;       /* the text scanned (not owned) */
  gsize len;              /* its length */
  CvLang lang;            /* language of the text */
  GArray *cands;          /* CvSpan candidates, unsorted, may overlap */
  GArray *hits;           /* CvCtxHit sorted by start */
  GArray *protect;        /* pairs of guint32 (start, end): redaction tokens */
  GHashTable *names;      /* folded name words found (owned strings) */
  GHashTable *lower_names; /* those found written in lower case (NULL: none) */
  guint *hint;            /* last answer of cv_ctx_lower_bound() */
  GArray *capwords;       /* guint32 pairs (start, key): capitalised words */
  GArray *cues;           /* guint64 (offset << 8 | cue): cv_scan_cues(), NULL
                           * until first asked */
  GArray *lines;          /* guint32 line starts: cv_scan_lines(), NULL until
                           * first asked */
  GArray *punct[8];       /* guint32 offsets of each byte of cv_scan_marks()
                           * (CV_MARK_*), found with the line starts */
  GArray *keep;      /* guint32 pairs (start, end), sorted: never a person */
  GArray *keep_late; /* the same, inserted into keep's middle after its phase:
                      * kept apart (sorted) and merged into keep in batches,
                      * so that late insertions stay linear */
  GArray *marks;     /* guint32 triples (start, end, flags): tokens the name
                      * model scored as names (phase "words") */
  GArray *ca_addr;   /* guint32 pairs (start, end), in text order: Canadian
                      * street addresses whose city stays (scan-address.c) */
} CvScan;

/* Byte classes. */
extern const guint8 cv_cls[256];
enum {
  CV_C_DIGIT = 1, CV_C_UPPER = 2, CV_C_LOWER = 4, CV_C_HIGH = 8, /* >= 0x80 */
  CV_C_SPACE = 16, /* ' ' '\t' '\n' '\r' '\f' '\v' */
};
#define cv_is_digit(c) ((guint)((guint8)(c) - (guint)'0') < 10u)
#define cv_is_alpha_ascii(c) (cv_cls[(guint8)(c)] & (CV_C_UPPER | CV_C_LOWER))
#define cv_is_alnum_ascii(c) (cv_cls[(guint8)(c)] & (CV_C_UPPER | CV_C_LOWER | CV_C_DIGIT))

/* Bytes of the apostrophe at @p: 1 for ', 3 for ’ (U+2019), else 0. */
static inline gsize
cv_apostrophe_len(const char *p, const char *end)
{
  if (p < end && *p == '\'')
    return 1;
  if (end - p >= 3 && (guint8)p[0] == 0xE2 && (guint8)p[1] == 0x80 &&
      (guint8)p[2] == 0x99)
    return 3;
  return 0;
}

/* Bytes of a joiner inside a name at @p: '-' or an apostrophe. */
static inline gsize
cv_name_joiner_len(const char *p, const char *end)
{
  return p < end && *p == '-' ? 1 : cv_apostrophe_len(p, end);
}

/* Latin-1 supplement and Latin Extended-A letters used in French names. */
static inline gboolean
cv_letter_at(const char *p, const char *end, gsize *clen, gboolean *upper)
{
  guint8 c = (guint8)*p;
  if (c < 0x80) {
    *clen = 1;
    if (cv_cls[c] & CV_C_UPPER) {
      *upper = TRUE;
      return TRUE;
    }
    *upper = FALSE;
    return (cv_cls[c] & CV_C_LOWER) != 0;
  }
  if (end - p < 2)
    return FALSE;
  guint8 c1 = (guint8)p[1];
  if (c == 0xC3 && c1 >= 0x80 && c1 <= 0xBF && c1 != 0x97 && c1 != 0xB7) {
    *clen = 2;
    *upper = c1 < 0xA0 && c1 != 0x9F;
    return TRUE;
  }
  /* Latin Extended-A/-B and Extended Additional (Vietnamese): the case
   * from the table of cv-text.h */
  gsize xl;
  int x = cv_text_ext_index((const guint8 *)p, (gsize)(end - p), &xl);
  if (x >= 0) {
    *clen = xl;
    *upper = (cv_text_ext_fold[x] & 0x80) != 0;
    return TRUE;
  }
  if (c >= 0xCB && c <= 0xDF && c1 >= 0x80 && c1 <= 0xBF) {
    /* other two-byte scripts: letters, case unknown */
    *clen = 2;
    *upper = FALSE;
    return c != 0xD7; /* keep it simple: treat as lower-case letters */
  }
  return FALSE;
}


/* First digit at or after @p (or @end): eight bytes at a time. */
static inline const char *
cv_skip_to_digit(const char *p, const char *end)
{
  const guint64 ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
  while (end - p >= 8) {
    guint64 x;
    memcpy(&x, p, 8);
    /* bytes 0x30..0x39: (x - '0') < 10 per byte, without borrows across
     * bytes for ASCII input; high bytes are excluded by ~x & highs */
    guint64 y = x & ~highs;                      /* low 7 bits */
    guint64 ge0 = (y + ones * (0x80 - 0x30)) & highs; /* y >= 0x30 */
    guint64 gt9 = (y + ones * (0x80 - 0x3A)) & highs; /* y >= 0x3A */
    guint64 m = ge0 & ~gt9 & ~x & highs;
    if (m)
      return p + (__builtin_ctzll(m) >> 3);
    p += 8;
  }
  while (p < end && !cv_is_digit(*p))
    p++;
  return p;
}

/* Hash of a folded word: 8 bytes at a time (little-endian, zero-padded);
 * the same as redact/model/train-names.py word_hash().  The name model
 * hashes every token with it, and the context-word table is indexed by
 * it. */
static inline guint64
cv_word_hash(const guint8 *f, gsize n)
{
  guint64 h = 1469598103934665603ull ^ (guint64)n;
  gsize i = 0;
  for (; i + 8 <= n; i += 8) {
    guint64 x;
    memcpy(&x, f + i, 8);
    x = GUINT64_FROM_LE(x);
    h = (h ^ x) * 0x9E3779B97F4A7C15ull;
    h ^= h >> 31;
  }
  if (i < n) {
    guint64 x = 0;
    for (gsize k = 0; k < n - i; k++)
      x |= (guint64)f[i + k] << (8 * k);
    h = (h ^ x) * 0x9E3779B97F4A7C15ull;
    h ^= h >> 31;
  }
  return h * 1099511628211ull;
}

/* Length of the no-break / thin space at @p (U+00A0, U+202F, U+2009,
 * U+2007), else 0. */
gsize cv_nbsp_len(const char *p, const char *end);
/* Length of a horizontal separator at @p: space, tab, or a no-break space. */
gsize cv_hspace_len(const char *p, const char *end);
/* Is the character ending just before @p a letter or digit? */
gboolean cv_alnum_before(const char *text, const char *p);
/* Folds the word [p, end) into @out (lower case ASCII, accents removed);
 * returns the folded length or 0 if it does not fit. */
gsize cv_fold(const char *p, const char *end, char *out, gsize out_size);

/* context.c: the context-word reader.  cv_ctx_scan() runs it over the
 * whole text; the name model's pass runs it token by token instead
 * (cv_ctx_words() on the bytes of each token, cv_ctx_plain_word() on a
 * plain lower-case ASCII word it has already measured), one read of the
 * text for both. */
void cv_ctx_scan(CvScan *scan);
/* Makes the tables ready (once per process); returns the context-word
 * filter (read-only), for cv_ctx_plain_maybe(). */
const guint64 *cv_ctx_begin(void);
/* Reads the context words that start in [p, q); returns where the reader
 * stopped (>= q: a word may go on past q). */
const char *cv_ctx_words(CvScan *scan, const char *p, const char *q);
/* The hits of the plain lower-case ASCII word [p, q) (at most
 * CV_REDACT_MAX_WORD bytes, followed by no letter, joiner or non-ASCII
 * byte) that passed cv_ctx_plain_maybe(). */
void cv_ctx_plain_lookup(CvScan *scan, const char *p, const char *q, guint64 h);
/* The context word of the lower-case word [p, q) with accents (folded in
 * @fold, @n bytes, hashed in @h, followed by no letter, joiner or
 * non-ASCII byte). */
void cv_ctx_folded_word(CvScan *scan, const char *p, const char *q,
                        const char *fold, gsize n, guint64 h);
/* The context words of the capitalised ASCII word [p, q) (folded in
 * @fold, hashed in @h, followed by no letter, joiner or non-ASCII byte);
 * returns where the reader goes on. */
const char *cv_ctx_cap_word(CvScan *scan, const char *p, const char *q,
                            const char *fold, guint64 h, gboolean all_up);

/* Filter keys of the context words: the first three folded letters and
 * the folded length (a word is folded and looked up only if its key is in
 * the filter of cv_ctx_begin()). */
#define CV_CTX_KEY_BITS 18
#define CV_CTX_PASS_BITS 15 /* the context-word filter: 4 KiB, stays in L1 */
static inline guint32
cv_ctx_key(guint8 a, guint8 b, guint8 c, gsize len)
{
  guint32 h = ((guint32)a * 31u + b) * 31u + c;
  h = h * 64u + (guint32)MIN(len, (gsize)63);
  h *= 2654435761u;
  return h >> (32 - CV_CTX_KEY_BITS);
}
/* Two probes from the same key (top bits, and a second multiplicative
 * hash of it). */
#define CV_CTX_PASS_KEY(k) ((k) >> (CV_CTX_KEY_BITS - CV_CTX_PASS_BITS))
#define CV_CTX_PASS_KEY2(k)                                                    \
  ((((k)*0x9E3779B1u) >> 7) & ((1u << CV_CTX_PASS_BITS) - 1))
static inline gboolean
cv_ctx_bloom_test(const guint64 *bl, guint32 k)
{
  return (bl[k >> 6] >> (k & 63)) & 1;
}
static inline gboolean
cv_ctx_pass_test(const guint64 *pass, guint32 k)
{
  return cv_ctx_bloom_test(pass, CV_CTX_PASS_KEY(k)) &&
         cv_ctx_bloom_test(pass, CV_CTX_PASS_KEY2(k));
}
/* May the plain lower-case ASCII word of @n bytes at @p be a context
 * word? */
static inline gboolean
cv_ctx_plain_maybe(const guint64 *pass, const char *p, gsize n)
{
  guint32 k = cv_ctx_key((guint8)p[0], n > 1 ? (guint8)(p[1] | 0x20) : 0,
                         n > 2 ? (guint8)(p[2] | 0x20) : 0, n);
  return cv_ctx_pass_test(pass, k);
}
/* scan-tables.c */
void cv_scan_tables(CvScan *scan);
/* First hit whose start is >= @pos (index into scan->hits). */
guint cv_ctx_lower_bound(const CvScan *scan, gsize pos);
/* Categories of hits ending in [from, to). */
guint32 cv_ctx_cats_in(const CvScan *scan, gsize from, gsize to);
/* Distance from @pos back to the nearest hit of @cats ending at or before
 * @pos within @window bytes, or G_MAXSIZE. */
gsize cv_ctx_dist_before(const CvScan *scan, gsize pos, gsize window,
                         guint32 cats);
/* Distance from @pos forward to the nearest hit of @cats starting at or
 * after @pos within @window bytes, or G_MAXSIZE. */
gsize cv_ctx_dist_after(const CvScan *scan, gsize pos, gsize window,
                        guint32 cats);
/* Looks up a folded word in the context table; 0 if unknown. */
guint32 cv_ctx_lookup(const char *folded, gsize len, guint16 *value);
/* Filter key of a folded word (first three bytes and length); the word
 * pass stores it for capitalised words (CV_KEY_ANY: compound, check it). */
#define CV_KEY_ANY 0xFFFFFFFFu
guint32 cv_word_key(const char *folded, gsize len);
gboolean cv_gazetteer_first(const char *folded, gsize len);
/* Context categories and gazetteer bits (1 first name, 2 surname) of a
 * folded word, in one look-up. */
void cv_ctx_lookup_all(const char *folded, gsize len, guint32 *cats, guint8 *gaz);
/* The same with the word's cv_word_hash() @h already known. */
void cv_ctx_lookup_all_h(const char *folded, gsize len, guint64 h,
                         guint32 *cats, guint8 *gaz);
gboolean cv_gazetteer_last(const char *folded, gsize len);

/* scan-fields.c: values after labels whatever their shape, international
 * phones, address tails; extension of names over initials and particles. */
void cv_scan_fields(CvScan *scan);
void cv_scan_ocr_labels(CvScan *scan);
void cv_scan_extend_names(CvScan *scan);

/* lists.c: per-collection lists (built at cv_redact_new_full(), read-only
 * afterwards).  NULL when both lists are empty. */
CvLists *cv_lists_new(const CvRedactTerm *always, gsize n_always,
                      const char *const *never, gsize n_never, GError **error);
void cv_lists_free(CvLists *l);
void cv_scan_lists(CvScan *scan);
/* Is [s, e) within a "never" term?  @cursor: 0, then kept between calls
 * made in increasing @s. */
gboolean cv_scan_in_never(const CvScan *scan, gsize s, gsize e, guint *cursor);

/* scan-keep.c: organisations, places and streets named after people. */
void cv_scan_keep(CvScan *scan);
/* Does [s, e) touch such a region? */
gboolean cv_scan_in_keep(const CvScan *scan, gsize s, gsize e);
/* [s, e) is a place, never a person (the city of a postal block, a
 * table's town column): into the sorted keep regions (scan-fields.c). */
void cv_scan_keep_insert(CvScan *scan, gsize s, gsize e);
/* Adds the regions @pairs (guint32 start, end; any order, sorted here) in
 * one merge. */
void cv_scan_keep_add_all(CvScan *scan, GArray *pairs);
/* A given name and a surname that is a place or building word ("Vikram
 * Church"): [g, t) the given name, [t, te) the word. */
gboolean cv_scan_surname_tail(const CvScan *scan, const char *g, const char *t,
                              const char *te);

/* One to three name words at @p read as a person (scan-fields.c): in
 * capitals, or also in lower case when @lower (then at least one word out
 * of the dictionary or in a name list); one or two words ending the clause
 * when @clause. */
void cv_scan_naming_after(CvScan *scan, const char *p, gboolean lower,
                          gboolean clause);

/* Candidates. */
void cv_scan_add(CvScan *scan, CvPiiType type, gsize start, gsize end,
                 float confidence, const char *detector);

/* scan-numbers.c: SIN, cards, IBAN, bank, phones, RAMQ, licences,
 * passports, postal codes, IPs. */
void cv_scan_numbers(CvScan *scan);
const char *cv_letter_id_at(CvScan *scan, const char *p);
const char *cv_lower_postal_at(CvScan *scan, const char *p);
void cv_scan_ip(CvScan *scan);

/* scan-email.c, scan-address.c, scan-dob.c, scan-text.c (names), scan-tables.c */
void cv_scan_emails(CvScan *scan);
void cv_scan_addresses(CvScan *scan);
void cv_scan_dob(CvScan *scan);
void cv_scan_names(CvScan *scan);
void cv_scan_name_mentions(CvScan *scan);

/* names-model.c: the trained name recogniser (a model is immutable and
 * may be shared by threads). */
CvNameModel *cv_name_model_load(const guint8 *data, gsize len, GError **error);
void cv_name_model_free(CvNameModel *m);
/* The model built into the library (parsed once), or NULL if it is bad. */
const CvNameModel *cv_name_model_default(void);
/* Training aid: one line per candidate token, "start end feature...". */
char *cv_name_model_dump(const CvNameModel *m, const char *text, gsize len,
                         CvLang lang);
void cv_scan_names_model(CvScan *scan);
/* The word pass: context words and the model's scores in one read. */
void cv_scan_words(CvScan *scan);
/* Is the word at @p a French or English dictionary word (any case)? */
gboolean cv_name_model_in_dict(const CvNameModel *m, const char *p,
                               const char *end);
/* Does a deed only persons do follow the name ending at @e ("says",
 * "a appelé", "est malade")? */
gboolean cv_name_model_person_verb(const char *text, gsize len, gsize e);
/* Is the folded word @f a word of file names no dictionary holds (an
 * extension, a format, a URL scheme: "docx", "https")? */
gboolean cv_file_word(const guint8 *f, gsize n);
/* The name lists the word at @p is in (bit 0 first names, 1 surnames, 2
 * name parts), 0 without a model. */
guint cv_name_model_lists(const CvNameModel *m, const char *p, const char *end);
/* Where a PERSON span starting at @start starts with the lower-case
 * particles before it ("Taxpayer: de Lorimier"), when only a field's
 * start, a list's separator or a title precedes them; @start otherwise. */
gsize cv_name_particles_before(const CvScan *scan, gsize start);
/* Tools only, before the redactor is used: scan with another model. */
void cv_redact_use_model(CvRedactor *r, const CvNameModel *m);

/* scan-text.c: a PERSON candidate; with @remember its words count as names
 * found (their other mentions are redacted too). */
void cv_scan_add_name(CvScan *scan, gsize s, gsize e, float conf,
                      const char *det, gboolean remember);

/* Check digits (exported for the tests through cv-redact.h wrappers). */
gboolean cv_luhn_ok(const char *digits, gsize n);
gboolean cv_ramq_ok(const char *nam12);
gboolean cv_iban_ok(const char *iban, gsize n);

/* names-data.c (generated) */
extern const char *const cv_names_first[];
extern const gsize cv_names_first_len;
extern const char *const cv_names_last[];
extern const gsize cv_names_last_len;

G_END_DECLS
