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

int
cv_index_verify(CvIndex *index, CvVerifyFunc report, gpointer user_data)
{
  return 0;
}
