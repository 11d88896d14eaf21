/* store-noindex.c — benchmark only: an index.h implementation that indexes
 * nothing, linked into `store-bench-noindex` so the cost of the store's own
 * write path (encryption, records, RocksDB) can be told apart from the
 * index's.  Never linked into caviar or the tests. */
#include "index.h"

struct _CvIndex {
  int unused;
};

CvIndex *
cv_index_new(rocksdb_t *db, rocksdb_column_family_handle_t *cf,
             const char *collection, const guint8 *index_key,
             const guint8 *enc_key)
{
  return g_new0(CvIndex, 1);
}

void
cv_index_free(CvIndex *index)
{
  g_free(index);
}

void
cv_index_set_write_func(CvIndex *index, CvIndexWriteFunc func, gpointer user_data)
{
}

gboolean
cv_index_add_document(CvIndex *index, rocksdb_writebatch_t *batch,
                      const char *doc_id, const CvChunk *chunks, guint n_chunks,
                      const char *lang, GError **error)
{
  return TRUE;
}

void
cv_index_batch_defer(CvIndex *index)
{
}

gboolean
cv_index_batch_flush(CvIndex *index, rocksdb_writebatch_t *batch,
                     GError **error)
{
  return TRUE;
}

gboolean
cv_index_fold(CvIndex *index, GError **error)
{
  return TRUE;
}

void
cv_index_batch_committed(CvIndex *index)
{
}

void
cv_index_batch_aborted(CvIndex *index)
{
}

gboolean
cv_index_remove_document(CvIndex *index, rocksdb_writebatch_t *batch,
                         const char *doc_id, GError **error)
{
  return TRUE;
}

GArray *
cv_index_search(CvIndex *index, const char *query, guint k, GError **error)
{
  return g_array_new(FALSE, TRUE, sizeof(CvIndexHit));
}

GArray *
cv_index_search_filtered(CvIndex *index, const char *query, guint k,
                         CvIndexAcceptFunc accept, gpointer accept_data,
                         guint64 *total, double *max_score, GError **error)
{
  return g_array_new(FALSE, TRUE, sizeof(CvIndexHit));
}

GArray *
cv_index_search_keyed(CvIndex *index, const char *query, guint k,
                      CvIndexAcceptFunc accept, gpointer accept_data,
                      const char *key, guint64 *total, double *max_score,
                      GError **error)
{
  return g_array_new(FALSE, TRUE, sizeof(CvIndexHit));
}

void
cv_index_filter_forget(CvIndex *index, const char *key)
{
}

gboolean
cv_index_counts(CvIndex *index, guint64 *n_docs, guint64 *n_chunks, GError **error)
{
  *n_docs = *n_chunks = 0;
  return TRUE;
}

GHashTable *
cv_index_query_terms(const char *query)
{
  return g_hash_table_new(g_str_hash, g_str_equal);
}

GArray *
cv_index_highlights(GHashTable *terms, const char *text, gsize len,
                    const char *lang)
{
  return g_array_new(FALSE, FALSE, sizeof(guint));
}

int
cv_index_verify(CvIndex *index, CvVerifyFunc report, gpointer user_data)
{
  return 0;
}
