/* tokenize.h — private to store/: the index's tokeniser (French/English).
 *
 * Text is cut into Unicode words; each word is case-folded, French
 * elisions (l' d' qu' ... with ' or U+2019) are stripped, stop words
 * dropped, the rest stemmed with Snowball (per-thread stemmers) and
 * accent-folded.  Hyphenated words give their parts and the joined whole.
 * Redaction tokens ("[NAS]", "[PERSONNE-7F3A]") are skipped.
 */
#pragma once

#include <glib.h>

/* CvLang (CV_LANG_FR, CV_LANG_EN) is the redaction stage's: one owner. */
#include "cv-redact.h"

#define CV_TERM_MAX 64 /* bytes; longer words are not indexed */

/* Called once per indexed term (not NUL-terminated; valid during the
 * call only).  @extra is TRUE for the joined form of a hyphenated word,
 * which does not count towards the document length. */
typedef void (*CvTermFunc)(const char *term, gsize len, gboolean extra,
                           gpointer user_data);

/* "fr"/"en" (or a longer tag starting with them) when given, else a guess
 * from stop words in @text (French when undecided). */
CvLang cv_tokenize_lang(const char *lang, const char *text, gsize len);

/* Tokenises @text (UTF-8; invalid bytes act as separators).  Returns the
 * number of terms emitted with @extra FALSE (the document length). */
guint cv_tokenize(const char *text, gsize len, CvLang lang, CvTermFunc func,
                  gpointer user_data);

/* Same for document text: also emits, as extra terms, the stems of the
 * unaccented forms of accented words where they differ, so that queries
 * typed without accents still match, and the prefix term of each term
 * (cv_term_prefix) after it. */
guint cv_tokenize_document(const char *text, gsize len, CvLang lang,
                           CvTermFunc func, gpointer user_data);

/* Memo of the tokeniser's per-word work (stop-word check, stemming,
 * accent folding) for document text: the words of a document are mostly
 * the same few thousand, and stemming was a quarter of indexing.  Holds
 * its own stemmers; use one cache from one thread at a time.  At most
 * CV_TOKEN_CACHE_WORDS words per language (then emptied); the words are
 * text of documents, wiped when dropped. */
typedef struct _CvTokenCache CvTokenCache;
#define CV_TOKEN_CACHE_WORDS 65536
#define CV_TERM_HASH_LEN 16
/* Computes the hash of a term (the index's keyed hash), memoised with it. */
typedef void (*CvTermHashFunc)(const char *term, gsize len,
                               guint8 out[CV_TERM_HASH_LEN], gpointer user_data);
/* @hash (may be NULL) and @hash_data: for cv_tokenize_document_hashed. */
CvTokenCache *cv_token_cache_new(CvTermHashFunc hash, gpointer hash_data);
void cv_token_cache_free(CvTokenCache *cache);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CvTokenCache, cv_token_cache_free)

/* cv_tokenize_document through @cache: the same terms, in the same order. */
guint cv_tokenize_document_cached(const char *text, gsize len, CvLang lang,
                                  CvTokenCache *cache, CvTermFunc func,
                                  gpointer user_data);

/* The same, giving each term's hash (from the cache's CvTermHashFunc). */
typedef void (*CvHashedTermFunc)(const char *term, gsize len, const guint8 *hash,
                                 gboolean extra, gpointer user_data);
guint cv_tokenize_document_hashed(const char *text, gsize len, CvLang lang,
                                  CvTokenCache *cache, CvHashedTermFunc func,
                                  gpointer user_data);

/* The prefix term of a term longer than CV_PREFIX_CHARS characters:
 * '~' (which no term holds) and its first CV_PREFIX_CHARS characters, so
 * that words of one family that Snowball stems apart still meet
 * ("communiquer"/"communicable": communiqu/communic -> ~commu,
 * "publique"/"public" -> ~publi).  Documents index it as an extra term,
 * searches give it a fraction of a term's weight (BENCHMARKS.md,
 * "Retrieval quality").  Writes it NUL-terminated to @out and returns its
 * length, or 0 when the term is not longer than that. */
#define CV_PREFIX_CHARS 5
#define CV_PREFIX_MAX (1 + CV_PREFIX_CHARS * 4)
gsize cv_term_prefix(const char *term, gsize len, char out[CV_PREFIX_MAX + 1]);

/* Stem + fold of one already-lowercased word, for tests: returns a newly
 * allocated term or NULL when the word is a stop word / not indexed. */
char *cv_tokenize_word(const char *word, CvLang lang);
