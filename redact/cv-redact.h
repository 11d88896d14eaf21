/* cv-redact.h — public API of the redaction stage.
 *
 * Finds personal identifiers (French and English, Québec/Canada) in UTF-8
 * text and replaces them.  A CvRedactor is immutable once built and may be
 * shared by any number of threads.  Nothing here writes anywhere: values
 * found are never logged, only counted.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Identifier types: one line each in cv-pii-types.h (name, replacement
 * label, pseudonym prefix, context category).  The names returned by
 * cv_redact_type_name() are the ones used in labels.jsonl (SIN, PERSON...). */
typedef enum {
#define CV_PII_TYPE(id, name, label, code, ctx, digits) CV_PII_##id,
#include "cv-pii-types.h"
#undef CV_PII_TYPE
  CV_PII_N_TYPES
} CvPiiType;

typedef enum {
  CV_REDACT_MODE_LABEL = 0, /* "[NAS]", "[PERSONNE]": one token per type */
  CV_REDACT_MODE_PSEUDONYM, /* "[PERSONNE-7F3A]": keyed, stable per value */
} CvRedactMode;

typedef enum {
  CV_LANG_AUTO = 0,
  CV_LANG_FR,
  CV_LANG_EN,
} CvLang;

/* One identifier found in a text.  Offsets are byte offsets into the text
 * given to cv_redact_scan(), end exclusive. */
typedef struct {
  CvPiiType type;
  gsize start;
  gsize end;
  float confidence;     /* 0..1 */
  const char *detector; /* static string naming the rule, e.g. "sin-luhn" */
} CvSpan;

typedef struct _CvRedactor CvRedactor;

#define CV_REDACT_ERROR (cv_redact_error_quark())
GQuark cv_redact_error_quark(void);
typedef enum {
  CV_REDACT_ERROR_INVALID,   /* bad option or key */
  CV_REDACT_ERROR_TOO_LARGE, /* text longer than CV_REDACT_MAX_TEXT */
} CvRedactError;

/* Longest text cv_redact_scan() examines (1 GiB).  A longer text is not
 * scanned: it comes back as one span covering everything (fails closed). */
#define CV_REDACT_MAX_TEXT (1u << 30)

/* FALSE (and CV_REDACT_ERROR_TOO_LARGE) if @len exceeds CV_REDACT_MAX_TEXT. */
gboolean cv_redact_check_size(gsize len, GError **error);

/* Type name as in labels.jsonl ("SIN"); NULL for an out-of-range value. */
/* Replacement label of a type ("NAS", "TÉLÉPHONE"); NULL if out of range. */
const char *cv_redact_type_label(CvPiiType type);
const char *cv_redact_type_name(CvPiiType type);
/* Parses a type name; returns FALSE if unknown. */
gboolean cv_redact_type_from_name(const char *name, CvPiiType *out);

/* The grammar of redaction tokens: if @text (@len bytes) starts with a
 * token written by cv_redact_render() ("[NAS]", "[TÉLÉPHONE]",
 * "[PERSONNE-7F3A2B]"), returns its length in bytes, else 0. */
gsize cv_redact_token_span(const char *text, gsize len);

/* Builds a redactor.  @pseudonym_key (32 bytes, may be NULL in label mode)
 * keys the pseudonyms; the caller keeps ownership and may wipe it after the
 * call (the redactor keeps its own copy in sodium-guarded memory). */
CvRedactor *cv_redact_new(CvRedactMode mode, const guint8 *pseudonym_key,
                          gsize key_len, GError **error);
/* Per-collection lists (cv_redact_new_full()).  Terms are matched as whole
 * words, case- and accent-insensitively ("Projet Kraken" matches "PROJET
 * KRAKEN" and "projet  kraken", not "Krakenstein"); a term has at most
 * CV_REDACT_TERM_MAX_WORDS words and CV_REDACT_TERM_MAX_BYTES bytes, a list
 * at most CV_REDACT_MAX_TERMS terms. */
#define CV_REDACT_TERM_MAX_WORDS 8
#define CV_REDACT_TERM_MAX_BYTES 128
#define CV_REDACT_MAX_TERMS 100000

typedef struct {
  const char *term; /* UTF-8: a client's name, a project code */
  CvPiiType type;   /* what it is replaced by ("[PERSONNE]"...) */
} CvRedactTerm;

typedef struct {
  CvRedactMode mode;
  const guint8 *pseudonym_key; /* 32 bytes in pseudonym mode (copied) */
  gsize key_len;
  const CvRedactTerm *always; /* always redacted, whatever the detectors say */
  gsize n_always;
  const char *const *never; /* never redacted (the body's own staff, officials in
                             * their public role): a detector's span that lies within
                             * such a term is dropped; "always" wins over "never" */
  gsize n_never;
} CvRedactOptions;

/* Builds a redactor with lists.  The terms are copied: the caller may free
 * them after the call.  The redactor is immutable and thread-safe like the
 * one of cv_redact_new().  Errors: CV_REDACT_ERROR_INVALID (bad key, empty
 * or oversized term, unknown type, too many terms). */
CvRedactor *cv_redact_new_full(const CvRedactOptions *options, GError **error);

void cv_redact_free(CvRedactor *redactor);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CvRedactor, cv_redact_free)

/* Guesses the language of @text (CV_LANG_FR or CV_LANG_EN, never AUTO). */
CvLang cv_redact_detect_lang(const char *text, gsize len);

/* Finds identifiers.  Returns a GArray of CvSpan sorted by start, not
 * overlapping.  Linear in @len.  @text must be valid UTF-8. */
GArray *cv_redact_scan(const CvRedactor *redactor, const char *text, gsize len,
                       CvLang lang);

/* Builds the redacted text from @text and the @spans of cv_redact_scan().
 * @offsets (may be NULL) holds @n_offsets byte offsets into @text, sorted;
 * they are rewritten in place to the matching offsets in the result (an
 * offset inside a span moves to the start of its replacement).  @counts
 * (may be NULL, CV_PII_N_TYPES entries) is incremented per type.
 * Returns a newly allocated NUL-terminated string; @out_len gets its length. */
char *cv_redact_render(const CvRedactor *redactor, const char *text, gsize len,
                       const GArray *spans, gsize *offsets, gsize n_offsets,
                       guint *counts, gsize *out_len);

/* Convenience: scan + render. */
char *cv_redact_text(const CvRedactor *redactor, const char *text, gsize len,
                     CvLang lang, guint *counts, gsize *out_len);

G_END_DECLS
