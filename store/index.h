/* index.h — private to store/: the encrypted keyword (BM25) index.
 *
 * store.c owns the RocksDB handle and the keys; it calls these functions at
 * the points where a document is written, forgotten or verified, adding the
 * index's records to the same write batch so that a document and its
 * postings are committed (or lost) together.  The index column family is
 * opened by store.c and handed over here.
 */
#pragma once

#include <glib.h>
#include <rocksdb/c.h>

#include "cv-store.h"

typedef struct _CvIndex CvIndex;

/* @index_key: 32 bytes (keyed term hashes); @enc_key: 32 bytes (AEAD for
 * posting blocks and statistics).  Both are copied into sodium memory.
 * @collection: name bound into associated data. */
CvIndex *cv_index_new(rocksdb_t *db, rocksdb_column_family_handle_t *cf,
                      const char *collection, const guint8 *index_key,
                      const guint8 *enc_key);
void cv_index_free(CvIndex *index);

/* How the index writes a batch of its own (a fold of its posting log):
 * the store's write, which keeps free space on the file system.  Without
 * one, rocksdb_write with sync. */
typedef gboolean (*CvIndexWriteFunc)(rocksdb_writebatch_t *batch,
                                     gpointer user_data, GError **error);
void cv_index_set_write_func(CvIndex *index, CvIndexWriteFunc func,
                             gpointer user_data);

/* Adds the postings of a document's chunks to @batch (lang "fr"/"en"/NULL). */
gboolean cv_index_add_document(CvIndex *index, rocksdb_writebatch_t *batch,
                               const char *doc_id, const CvChunk *chunks,
                               guint n_chunks, const char *lang,
                               GError **error);
/* Group commit: after cv_index_batch_defer (before the first
 * cv_index_add_document of a batch), additions put each posting block they
 * touch, the chunk table and the statistics into the batch only once, in
 * cv_index_batch_flush, which must then be called after the last addition
 * and before @batch is written.  Not for batches that remove documents.
 * In that mode the documents are tokenised at the flush (on two threads):
 * the @chunks given to cv_index_add_document, and their text, must stay
 * valid until cv_index_batch_flush returns. */
void cv_index_batch_defer(CvIndex *index);
gboolean cv_index_batch_flush(CvIndex *index, rocksdb_writebatch_t *batch,
                              GError **error);
/* Folds the posting log into the posting blocks, in a synced batch of its
 * own (the log keeps each batch's postings until then; see index.c): for
 * a quiescent index (the store's close) and before a compaction.  Not
 * while a batch is being built. */
gboolean cv_index_fold(CvIndex *index, GError **error);
/* Called after @batch was written successfully (caches may commit). */
void cv_index_batch_committed(CvIndex *index);
/* Called when writing @batch failed (caches must roll back). */
void cv_index_batch_aborted(CvIndex *index);

/* Adds to @batch the removal of a document's postings. */
gboolean cv_index_remove_document(CvIndex *index, rocksdb_writebatch_t *batch,
                                  const char *doc_id, GError **error);

typedef struct {
  char doc_id[CV_DOC_ID_LEN + 1];
  guint chunk_index;
  double score;
} CvIndexHit;

/* Top @k hits for @query, best first (GArray of CvIndexHit). */
GArray *cv_index_search(CvIndex *index, const char *query, guint k,
                        GError **error);

/* Whether the chunks of the document with raw id @raw_id (16 bytes) may be
 * returned; called under the index's read lock, once per run of chunks of
 * one document among those the query matched. */
typedef gboolean (*CvIndexAcceptFunc)(const guint8 *raw_id, gpointer user_data);
/* The same, keeping only chunks @accept takes (NULL: all); *total (may be
 * NULL) gets the number of chunks that matched and were accepted,
 * *max_score (may be NULL) the score no chunk can reach: the sum over the
 * query's terms of idf (k1 + 1). */
GArray *cv_index_search_filtered(CvIndex *index, const char *query, guint k,
                                 CvIndexAcceptFunc accept, gpointer accept_data,
                                 guint64 *total, double *max_score,
                                 GError **error);

/* The same, the decisions of @accept kept under @key (NULL: not kept) for
 * the next searches with that key: @key must name everything @accept
 * decides on (a filter's canonical form), and what @accept says of a
 * document must not change while the document lives.  Searches with a
 * filter used before ask @accept only about documents added since. */
GArray *cv_index_search_keyed(CvIndex *index, const char *query, guint k,
                              CvIndexAcceptFunc accept, gpointer accept_data,
                              const char *key, guint64 *total,
                              double *max_score, GError **error);
/* Drops the decisions kept under @key (one of them may be wrong: @accept
 * failed during a search). */
void cv_index_filter_forget(CvIndex *index, const char *key);

/* Live documents and chunks of the collection (kept by the index: no
 * scan). */
gboolean cv_index_counts(CvIndex *index, guint64 *n_docs, guint64 *n_chunks,
                         GError **error);

/* The terms of @query as the index sees them (a set of strings). */
GHashTable *cv_index_query_terms(const char *query);
/* Offsets, in characters ([start, end) pairs of guint), of the words of
 * @text whose terms are in @terms (at most 64 words). */
GArray *cv_index_highlights(GHashTable *terms, const char *text, gsize len,
                            const char *lang);

/* Checks every index record's tag; reports problems like cv_store_verify.
 * Returns the number of problems. */
int cv_index_verify(CvIndex *index, CvVerifyFunc report, gpointer user_data);

/* Caps the writer's in-memory cache of tail posting blocks (default
 * 256 MiB); for tests of the eviction path. */
void cv_index_set_cache_limit(CvIndex *index, gsize bytes);
