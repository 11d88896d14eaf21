/* store.c — the encrypted store: opening RocksDB and the key hierarchy
 * (header record, wrong-key check), collections and their derived keys,
 * writing a document in one atomic batch, and every read path (info,
 * documents, chunks, search).  Layout and key hierarchy: store-private.h. */
#include <glib/gi18n-lib.h>
#include <errno.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <time.h>
#include <unistd.h>

#include "store-private.h"

G_DEFINE_QUARK(cv-store-error-quark, cv_store_error)

const char *const cv_store_cf_names[CF_COUNT] = {
  "default", "keys", "meta", "chunks",
};

#define HEADER_MAGIC "CVS1"
#define HEADER_KEY "S"
#define AD_HEADER "caviar/store/1"
#define AD_COLL "caviar/coll/1"
#define AD_RETENTION "caviar/retention/1"
#define AD_DK "caviar/dk/1"
#define AD_META "caviar/meta/1"
#define AD_CHUNK "caviar/chunk/1"
/* Version 1: source .. text bytes; version 2 adds source_key, origin_key
 * and replaces (both are read). */
#define META_FORMAT_V1 "(umsmsmsmsuutxxmsut)"
#define META_FORMAT "(umsmsmsmsuutxxmsutmsmsms)"
#define META_VERSION 2

/* ---------- small helpers ---------- */

gboolean
cv_store_check_rocks(char *err, int code, const char *what, GError **error)
{
  if (err == NULL)
    return TRUE;
  if (code == CV_STORE_ERROR_IO && g_str_has_prefix(err, "Corruption"))
    code = CV_STORE_ERROR_CORRUPT;
  g_set_error(error, CV_STORE_ERROR, code, "%s: %s", what, err);
  rocksdb_free(err);
  return FALSE;
}

gboolean
cv_parse_doc_id(const char *doc_id, guint8 *did, GError **error)
{
  if (!cv_unhex(doc_id, did, CV_DID_LEN)) {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_INVALID,
                _("not a document id (expected %d hex characters)"),
                CV_DOC_ID_LEN);
    return FALSE;
  }
  return TRUE;
}

void
cv_put_be32(guint8 *p, guint32 v)
{
  p[0] = (guint8)(v >> 24);
  p[1] = (guint8)(v >> 16);
  p[2] = (guint8)(v >> 8);
  p[3] = (guint8)v;
}

guint32
cv_get_be32(const guint8 *p)
{
  return ((guint32)p[0] << 24) | ((guint32)p[1] << 16) | ((guint32)p[2] << 8)
         | p[3];
}

gsize
cv_key_doc(const CvCollection *coll, const guint8 *did, guint8 *out)
{
  memcpy(out, coll->cid, CV_CID_LEN);
  memcpy(out + CV_CID_LEN, did, CV_DID_LEN);
  return CV_CID_LEN + CV_DID_LEN;
}

gsize
cv_key_chunk(const CvCollection *coll, const guint8 *did, guint32 idx,
             guint8 *out)
{
  gsize n = cv_key_doc(coll, did, out);
  cv_put_be32(out + n, idx);
  return n + 4;
}

gsize
cv_key_dk(const guint8 *cid, const guint8 *did, guint8 *out)
{
  out[0] = 'K';
  memcpy(out + 1, cid, CV_CID_LEN);
  memcpy(out + 1 + CV_CID_LEN, did, CV_DID_LEN);
  return 1 + CV_CID_LEN + CV_DID_LEN;
}

gsize
cv_key_source(const guint8 *cid, const char *path_key, guint8 *out)
{
  gsize bin_len = 0;
  out[0] = 'N';
  memcpy(out + 1, cid, CV_CID_LEN);
  if (path_key == NULL || strlen(path_key) != CV_DOC_ID_LEN ||
      sodium_hex2bin(out + 1 + CV_CID_LEN, CV_DID_LEN, path_key, CV_DOC_ID_LEN,
                     NULL, &bin_len, NULL) != 0 ||
      bin_len != CV_DID_LEN)
    return 0;
  return 1 + CV_CID_LEN + CV_DID_LEN;
}

gsize
cv_ad_dk(const guint8 *cid, const guint8 *did, guint32 kek_version,
         guint8 *out)
{
  gsize n = sizeof AD_DK - 1;
  memcpy(out, AD_DK, n);
  memcpy(out + n, cid, CV_CID_LEN);
  memcpy(out + n + CV_CID_LEN, did, CV_DID_LEN);
  cv_put_be32(out + n + CV_CID_LEN + CV_DID_LEN, kek_version);
  return n + CV_CID_LEN + CV_DID_LEN + 4;
}

static gsize
ad_doc(const char *tag, const CvCollection *coll, const guint8 *did,
       guint8 *out)
{
  gsize n = strlen(tag);
  memcpy(out, tag, n);
  memcpy(out + n, coll->cid, CV_CID_LEN);
  memcpy(out + n + CV_CID_LEN, did, CV_DID_LEN);
  return n + CV_CID_LEN + CV_DID_LEN;
}

static gsize
ad_chunk(const CvCollection *coll, const guint8 *did, guint32 idx, guint32 n,
         guint8 *out)
{
  gsize len = ad_doc(AD_CHUNK, coll, did, out);
  cv_put_be32(out + len, idx);
  cv_put_be32(out + len + 4, n);
  return len + 8;
}

void
cv_derive_coll_kek(const guint8 *kek, const guint8 *cid, guint8 *out)
{
  guint8 msg[sizeof "caviar/kek/1" - 1 + CV_CID_LEN];
  memcpy(msg, "caviar/kek/1", sizeof "caviar/kek/1" - 1);
  memcpy(msg + sizeof "caviar/kek/1" - 1, cid, CV_CID_LEN);
  crypto_generichash(out, CV_KEY_LEN, msg, sizeof msg, kek, CV_KEY_LEN);
}

static CvKeyPool *
key_pool_new(void)
{
  CvKeyPool *pool = g_new0(CvKeyPool, 1);
  pool->ref = 1;
  g_mutex_init(&pool->lock);
  pool->slots = sodium_malloc((gsize)CV_KEY_SLOTS * CV_KEY_LEN);
  return pool;
}

CvKeyPool *
cv_key_pool_ref(CvKeyPool *pool)
{
  g_atomic_int_inc(&pool->ref);
  return pool;
}

void
cv_key_pool_unref(CvKeyPool *pool)
{
  if (pool == NULL || !g_atomic_int_dec_and_test(&pool->ref))
    return;
  if (pool->slots != NULL)
    sodium_free(pool->slots);
  g_mutex_clear(&pool->lock);
  g_free(pool);
}

guint8 *
cv_store_key_new(CvKeyPool *pool)
{
  g_mutex_lock(&pool->lock);
  for (guint w = 0; pool->slots && w < G_N_ELEMENTS(pool->used); w++) {
    if (pool->used[w] == G_MAXUINT64)
      continue;
    guint b = (guint)__builtin_ctzll(~pool->used[w]);
    pool->used[w] |= G_GUINT64_CONSTANT(1) << b;
    g_mutex_unlock(&pool->lock);
    return pool->slots + (gsize)(w * 64 + b) * CV_KEY_LEN;
  }
  g_mutex_unlock(&pool->lock);
  return sodium_malloc(CV_KEY_LEN);
}

void
cv_store_key_free(CvKeyPool *pool, guint8 *key)
{
  if (key == NULL)
    return;
  guint8 *slots = pool->slots;
  if (slots == NULL || key < slots || key >= slots + CV_KEY_SLOTS * CV_KEY_LEN) {
    sodium_free(key);
    return;
  }
  sodium_memzero(key, CV_KEY_LEN);
  gsize i = (gsize)(key - slots) / CV_KEY_LEN;
  g_mutex_lock(&pool->lock);
  pool->used[i / 64] &= ~(G_GUINT64_CONSTANT(1) << (i % 64));
  g_mutex_unlock(&pool->lock);
}

void
cv_store_secrets_open(CvStore *store)
{
  sodium_mprotect_readwrite(store->secrets);
}

void
cv_store_secrets_close(CvStore *store)
{
  sodium_mprotect_noaccess(store->secrets);
}

void
cv_iter_free(CvIter *iter)
{
  if (iter == NULL)
    return;
  if (iter->it != NULL)
    rocksdb_iter_destroy(iter->it);
  if (iter->ro != NULL)
    rocksdb_readoptions_destroy(iter->ro);
  g_free(iter);
}
CvIter *
cv_iter_new(CvStore *store, int cf, const guint8 *prefix, gsize len)
{
  CvIter *iter = g_new0(CvIter, 1);
  iter->ro = rocksdb_readoptions_create();
  rocksdb_readoptions_set_verify_checksums(iter->ro, 1);
  g_assert(len <= sizeof iter->upper);
  /* Upper bound: the prefix incremented (none if it is all 0xff). */
  gssize i = (gssize)len - 1;
  memcpy(iter->upper, prefix, len);
  while (i >= 0 && iter->upper[i] == 0xff)
    i--;
  if (i >= 0) {
    iter->upper[i]++;
    rocksdb_readoptions_set_iterate_upper_bound(iter->ro, (const char *)iter->upper,
                                                (size_t)i + 1);
  }
  iter->it = rocksdb_create_iterator_cf(store->db, iter->ro, store->cf[cf]);
  rocksdb_iter_seek(iter->it, (const char *)prefix, len);
  return iter;
}

/* FALSE with @error if the iteration stopped on an error. */
gboolean
cv_iter_check(CvIter *iter, GError **error)
{
  char *err = NULL;
  rocksdb_iter_get_error(iter->it, &err);
  return cv_store_check_rocks(err, CV_STORE_ERROR_IO, "reading the store", error);
}

/* ---------- process hardening ---------- */

static void
harden_process(void)
{
  struct rlimit rl = { 0, 0 };
  setrlimit(RLIMIT_CORE, &rl);
  prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
}

/* ---------- header ---------- */

static gsize
header_ad(guint32 version, guint8 *out)
{
  memcpy(out, AD_HEADER, sizeof AD_HEADER - 1);
  cv_put_be32(out + sizeof AD_HEADER - 1, version);
  return sizeof AD_HEADER - 1 + 4;
}

void
cv_store_derive_wrap(CvStoreSecrets *s)
{
  crypto_kdf_derive_from_key(s->wrap, CV_KEY_LEN, 1, "cvmaster", s->master);
}

static void
derive_from_root(CvStoreSecrets *s)
{
  crypto_kdf_derive_from_key(s->names, CV_KEY_LEN, 1, "cvnames_", s->root);
}

void
cv_store_header_put(CvStore *store, rocksdb_writebatch_t *batch)
{
  guint8 pt[2 * CV_KEY_LEN];
  guint8 val[4 + 4 + sizeof pt + CV_SEAL_OVERHEAD];
  guint8 ad[sizeof AD_HEADER + 4];
  memcpy(pt, store->secrets->root, CV_KEY_LEN);
  memcpy(pt + CV_KEY_LEN, store->secrets->kek, CV_KEY_LEN);
  memcpy(val, HEADER_MAGIC, 4);
  cv_put_be32(val + 4, store->kek_version);
  cv_record_seal(store->secrets->wrap, ad, header_ad(store->kek_version, ad),
                 pt, sizeof pt, CV_PAD_NONE, NULL, val + 8);
  sodium_memzero(pt, sizeof pt);
  rocksdb_writebatch_put_cf(batch, store->cf[CF_KEYS], HEADER_KEY, 1,
                            (const char *)val, sizeof val);
}

/* RocksDB must never meet a full file system: the Debian build aborts on
 * a failed write-ahead-log append (an assertion in WritableFileWriter,
 * RocksDB PR #12448), and a failed flush turns the store read-only.  So a
 * batch is written only if, after it, the file system keeps
 * store->min_free bytes (adding documents: room for memtable flushes and
 * compactions) or CV_STORE_FLOOR_FREE (removals, keys: they free space).
 * The error says so plainly: the caller keeps its input and tries later. */
#define CV_STORE_FLOOR_FREE (4u << 20)

gboolean
cv_store_check_space(CvStore *store, rocksdb_writebatch_t *batch,
                     gboolean growing, GError **error)
{
  struct statvfs vfs;
  if (statvfs(store->dir, &vfs) != 0)
    return TRUE; /* cannot tell: let RocksDB try */
  size_t size = 0;
  rocksdb_writebatch_data(batch, &size);
  guint64 avail = (guint64)vfs.f_bavail * vfs.f_frsize;
  guint64 keep = growing ? store->min_free : CV_STORE_FLOOR_FREE;
  if (avail >= keep + 2 * (guint64)size)
    return TRUE;
  g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_IO,
              _("no space left for the store: %llu MiB free on the file "
                "system of %s, %llu MiB are kept free for its own work (free "
                "some space; nothing was written)"),
              (unsigned long long)(avail >> 20), store->dir,
              (unsigned long long)((keep + 2 * (guint64)size + 1048575) >> 20));
  return FALSE;
}

gboolean
cv_store_write_batch(CvStore *store, rocksdb_writebatch_t *batch,
                     GError **error)
{
  return cv_store_write_batch_checked(store, batch, FALSE, error);
}

gboolean
cv_store_write_batch_checked(CvStore *store, rocksdb_writebatch_t *batch,
                             gboolean growing, GError **error)
{
  if (!cv_store_check_space(store, batch, growing, error))
    return FALSE;
  char *err = NULL;
  rocksdb_write(store->db, store->wopts, batch, &err);
  return cv_store_check_rocks(err, CV_STORE_ERROR_IO, "writing to the store",
                              error);
}

/* Reads the header.  Returns 1 if it opened with store->secrets->wrap,
 * 0 if there is no header, -1 if the key is wrong, -2 on error. */
static int
header_load(CvStore *store, GError **error)
{
  char *err = NULL;
  size_t len = 0;
  char *val = rocksdb_get_cf(store->db, store->ropts, store->cf[CF_KEYS],
                             HEADER_KEY, 1, &len, &err);
  if (!cv_store_check_rocks(err, CV_STORE_ERROR_IO, "reading the store header",
                            error))
    return -2;
  if (val == NULL)
    return 0;
  guint8 pt[2 * CV_KEY_LEN];
  guint8 ad[sizeof AD_HEADER + 4];
  int ret;
  if (len < 8 || !cv_record_holds(len - 8, sizeof pt) ||
      memcmp(val, HEADER_MAGIC, 4) != 0) {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_CORRUPT,
                _("store %s: unknown or damaged header record"), store->dir);
    ret = -2;
  } else {
    guint32 version = cv_get_be32((const guint8 *)val + 4);
    if (cv_record_open_exact(store->secrets->wrap, ad, header_ad(version, ad),
                             (const guint8 *)val + 8, len - 8, pt, sizeof pt)) {
      memcpy(store->secrets->root, pt, CV_KEY_LEN);
      memcpy(store->secrets->kek, pt + CV_KEY_LEN, CV_KEY_LEN);
      store->kek_version = version;
      ret = 1;
    } else {
      ret = -1;
    }
  }
  sodium_memzero(pt, sizeof pt);
  rocksdb_free(val);
  return ret;
}

/* Is there any record besides a header?  (a store without header but with
 * data is damaged, not new) */
static gboolean
store_is_empty(CvStore *store)
{
  for (int cf = CF_KEYS; cf < CF_COUNT; cf++) {
    rocksdb_iterator_t *it = rocksdb_create_iterator_cf(store->db, store->ropts,
                                                        store->cf[cf]);
    rocksdb_iter_seek_to_first(it);
    gboolean any = rocksdb_iter_valid(it);
    rocksdb_iter_destroy(it);
    if (any)
      return FALSE;
  }
  return TRUE;
}

/* A crash during `key rotate` may leave the new key in KEYFILE.new with
 * the store already re-wrapped: finish the rotation. */
static gboolean
try_pending_rotation(CvStore *store, const char *passphrase, GError **error)
{
  if (store->keyfile->from_credential)
    return FALSE;
  g_autofree char *pending = g_strconcat(store->keyfile->path, ".new", NULL);
  if (!g_file_test(pending, G_FILE_TEST_IS_REGULAR))
    return FALSE;
  g_autoptr(CvKeyFile) kf = cv_keyfile_load(pending, FALSE, passphrase, NULL,
                                            NULL);
  if (kf == NULL)
    return FALSE;
  memcpy(store->secrets->master, kf->master, CV_KEY_LEN);
  cv_store_derive_wrap(store->secrets);
  if (header_load(store, NULL) != 1)
    return FALSE;
  if (rename(pending, store->keyfile->path) != 0) {
    int e = errno;
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_KEY,
                _("cannot finish the interrupted key rotation of %s: %s"),
                store->keyfile->path, g_strerror(e));
    return FALSE;
  }
  memcpy(store->keyfile->master, kf->master, CV_KEY_LEN);
  g_message(_("finished an interrupted key rotation of %s"),
            store->keyfile->path);
  return TRUE;
}

/* ---------- open / close ---------- */

gboolean
cv_store_fold_indexes(CvStore *store, GError **error)
{
  if (store->read_only || store->collections == NULL)
    return TRUE;
  g_mutex_lock(&store->lock);
  g_autoptr(GPtrArray) indexes = g_ptr_array_new();
  GHashTableIter it;
  gpointer value;
  g_hash_table_iter_init(&it, store->collections);
  while (g_hash_table_iter_next(&it, NULL, &value))
    if (((CvCollection *)value)->index != NULL)
      g_ptr_array_add(indexes, ((CvCollection *)value)->index);
  g_mutex_unlock(&store->lock);
  for (guint i = 0; i < indexes->len; i++)
    if (!cv_index_fold(indexes->pdata[i], error))
      return FALSE;
  return TRUE;
}

void
cv_store_close(CvStore *store)
{
  if (store == NULL)
    return;
  /* A closed store keeps no posting log and no write-ahead log: the next
   * process neither folds the one nor replays the other (a 600 MB WAL
   * once cost the next command a minute and 2 GB); the command that
   * wrote pays for its own writes (at most CV_STORE_MEMTABLE_MAX). */
  if (store->db != NULL && !store->read_only) {
    g_autoptr(GError) error = NULL;
    if (!cv_store_fold_indexes(store, &error) ||
        !cv_store_flush_all(store, &error))
      g_message(_("closing %s: %s"), store->dir, error->message);
  }
  if (store->collections != NULL)
    g_hash_table_destroy(store->collections);
  for (int i = 0; i < CF_COUNT; i++)
    if (store->cf[i] != NULL)
      rocksdb_column_family_handle_destroy(store->cf[i]);
  if (store->extra_cfs != NULL)
    g_hash_table_destroy(store->extra_cfs);
  if (store->cf_options != NULL)
    rocksdb_options_destroy(store->cf_options);
  if (store->chunk_options != NULL)
    rocksdb_options_destroy(store->chunk_options);
  if (store->db != NULL)
    rocksdb_close(store->db);
  if (store->options != NULL)
    rocksdb_options_destroy(store->options);
  if (store->table_options != NULL)
    rocksdb_block_based_options_destroy(store->table_options);
  if (store->chunk_table_options != NULL)
    rocksdb_block_based_options_destroy(store->chunk_table_options);
  if (store->block_cache != NULL)
    rocksdb_cache_destroy(store->block_cache);
  if (store->wopts != NULL)
    rocksdb_writeoptions_destroy(store->wopts);
  if (store->ropts != NULL)
    rocksdb_readoptions_destroy(store->ropts);
  if (store->secrets != NULL)
    sodium_free(store->secrets);
  cv_key_pool_unref(store->keys);
  cv_keyfile_free(store->keyfile);
  g_mutex_clear(&store->lock);
  g_free(store->dir);
  g_free(store);
}

static void collection_free(gpointer data);
static void meta_entry_free(gpointer p);
static guint raw_id_hash(gconstpointer p);
static gboolean raw_id_equal(gconstpointer a, gconstpointer b);

static gboolean
open_rocks(CvStore *store, GError **error)
{
  store->options = rocksdb_options_create();
  rocksdb_options_set_create_if_missing(store->options, !store->read_only);
  rocksdb_options_set_create_missing_column_families(store->options,
                                                     !store->read_only);
  rocksdb_options_set_info_log_level(store->options, 1 /* WARN */);
  rocksdb_options_set_keep_log_file_num(store->options, 2);
  rocksdb_options_set_max_log_file_size(store->options, 1 << 20);
  rocksdb_options_set_max_background_jobs(store->options, 2);
  rocksdb_options_set_recycle_log_file_num(store->options, 0);
  rocksdb_options_set_WAL_ttl_seconds(store->options, 0);
  rocksdb_options_set_WAL_size_limit_MB(store->options, 0);
  rocksdb_options_set_paranoid_checks(store->options, 1);
  /* A damaged write-ahead log must not lose writes silently (the default,
   * point-in-time recovery, stops replaying at the first bad record and
   * opens anyway: a flipped byte lost a document without a word).  This
   * mode refuses to open on any bad record and only tolerates an
   * incomplete last record, which a crash in the middle of a write leaves
   * (that write was never acknowledged). */
  rocksdb_options_set_wal_recovery_mode(store->options,
                                        0 /* kTolerateCorruptedTailRecords */);
  /* Every value is ciphertext: compression would not pay. */
  rocksdb_options_set_compression(store->options, rocksdb_no_compression);
  /* Space and memory bounded as the store grows, not only after a manual
   * compaction (issue #14: a 66 MB text left 623 MB, mostly a WAL that
   * the next command replayed for a minute).  The write-ahead log is kept
   * under CV_STORE_WAL_MAX (every family whose memtable holds its oldest
   * data is flushed past it), memtables under CV_STORE_MEMTABLE_MAX in all
   * (one budget for every family, the index has one per collection: a
   * long-running service stays within it; each family's under a quarter
   * of it), and levels sized from the last
   * one up, so that overwritten and deleted records leave the files as
   * compaction goes (space ~1.1x the live data instead of up to 2x+). */
  rocksdb_options_set_max_total_wal_size(store->options, CV_STORE_WAL_MAX);
  rocksdb_options_set_db_write_buffer_size(store->options, CV_STORE_MEMTABLE_MAX);
  rocksdb_options_set_write_buffer_size(store->options,
                                        CV_STORE_MEMTABLE_MAX / 4);
  rocksdb_options_set_level_compaction_dynamic_level_bytes(store->options, 1);
  /* A flush takes every family with data, so the log it frees is deleted
   * at once (flushed alone, the chunks' family left a WAL that the
   * others still held: the WAL and the chunks' first table, together). */
  rocksdb_options_set_atomic_flush(store->options, 1);
  rocksdb_options_set_target_file_size_base(store->options,
                                            CV_STORE_MEMTABLE_MAX / 4);
  rocksdb_options_set_max_bytes_for_level_base(store->options,
                                               CV_STORE_MEMTABLE_MAX / 4);
  /* Blocks read by searches (the posting blocks of frequent terms) stay
   * decoded in one cache for every family: with RocksDB's default 8 MiB
   * per table factory, a query at 1M chunks read most of its blocks
   * again from the page cache. */
  store->block_cache = rocksdb_cache_create_lru(CV_STORE_BLOCK_CACHE);
  store->table_options = rocksdb_block_based_options_create();
  rocksdb_block_based_options_set_block_cache(store->table_options,
                                              store->block_cache);
  /* Whole-key Bloom filters: a write asks whether each document exists
   * (a miss looked into every level). */
  rocksdb_block_based_options_set_filter_policy(
      store->table_options, rocksdb_filterpolicy_create_bloom_full(10));
  rocksdb_options_set_block_based_table_factory(store->options,
                                                store->table_options);
  /* Write out in 1 MiB steps rather than in bursts at each sync. */
  rocksdb_options_set_bytes_per_sync(store->options, 1 << 20);
  rocksdb_options_set_wal_bytes_per_sync(store->options, 1 << 20);
  store->cf_options = rocksdb_options_create_copy(store->options);
  /* Chunks (1 KiB sealed records under random keys, read one by one) in
   * 16 KiB blocks: a quarter of the index entries of 4 KiB blocks, and the
   * store 1.49x the text after compaction instead of 1.51x (store-bench,
   * 1,000 documents); the index families keep 4 KiB blocks for searches. */
  store->chunk_options = rocksdb_options_create_copy(store->options);
  store->chunk_table_options = rocksdb_block_based_options_create();
  rocksdb_block_based_options_set_block_cache(store->chunk_table_options,
                                              store->block_cache);
  rocksdb_block_based_options_set_filter_policy(
      store->chunk_table_options, rocksdb_filterpolicy_create_bloom_full(10));
  rocksdb_block_based_options_set_block_size(store->chunk_table_options,
                                             16 * 1024);
  rocksdb_options_set_block_based_table_factory(store->chunk_options,
                                                store->chunk_table_options);

  /* Base families, then every other one found (the per-collection index
   * families "index-<collection id>"): a read-write open must name all. */
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func(g_free);
  for (int i = 0; i < CF_COUNT; i++)
    g_ptr_array_add(names, g_strdup(cv_store_cf_names[i]));
  char *err = NULL;
  size_t n_listed = 0;
  char **listed = rocksdb_list_column_families(store->options, store->dir,
                                               &n_listed, &err);
  if (err != NULL) {
    rocksdb_free(err);  /* no store yet */
    err = NULL;
    rocksdb_free(listed);  /* malloc(0) even on failure */
  } else {
    for (size_t i = 0; i < n_listed; i++) {
      gboolean base = FALSE;
      for (int j = 0; j < CF_COUNT; j++)
        base = base || strcmp(listed[i], cv_store_cf_names[j]) == 0;
      if (!base)
        g_ptr_array_add(names, g_strdup(listed[i]));
    }
    rocksdb_list_column_families_destroy(listed, n_listed);
  }
  guint n = names->len;
  g_autofree const rocksdb_options_t **opts = g_new(const rocksdb_options_t *, n);
  g_autofree rocksdb_column_family_handle_t **handles =
      g_new0(rocksdb_column_family_handle_t *, n);
  for (guint i = 0; i < n; i++)
    opts[i] = strcmp(names->pdata[i], cv_store_cf_names[CF_CHUNKS]) == 0
                  ? store->chunk_options
                  : store->cf_options;
  if (store->read_only)
    store->db = rocksdb_open_for_read_only_column_families(
        store->options, store->dir, (int)n, (const char *const *)names->pdata,
        opts, handles, 0, &err);
  else
    store->db = rocksdb_open_column_families(
        store->options, store->dir, (int)n, (const char *const *)names->pdata,
        opts, handles, &err);
  if (err != NULL) {
    store->db = NULL;
    /* RocksDB's message when another process holds the LOCK file (flock
     * EWOULDBLOCK); not any message that contains "lock" ("block
     * checksum mismatch" is corruption). */
    if ((g_str_has_prefix(err, "IO error: While lock file: ") &&
         strstr(err, g_strerror(EWOULDBLOCK)) != NULL) ||
        g_str_has_prefix(err, "IO error: lock hold by current process")) {
      g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_IO,
                  _("store %s is in use by another process (%s)"), store->dir,
                  err);
      rocksdb_free(err);
      return FALSE;
    }
    if (g_str_has_prefix(err, "Corruption")) {
      g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_CORRUPT,
                  _("store %s is damaged and was not opened, so that nothing "
                    "in it is lost silently (%s); restore it from a backup"),
                  store->dir, err);
      rocksdb_free(err);
      return FALSE;
    }
    g_autofree char *what = g_strdup_printf("cannot open store %s", store->dir);
    return cv_store_check_rocks(err, CV_STORE_ERROR_IO, what, error);
  }
  for (guint i = 0; i < n; i++) {
    if (i < CF_COUNT)
      store->cf[i] = handles[i];
    else
      g_hash_table_insert(store->extra_cfs, g_strdup(names->pdata[i]), handles[i]);
  }
  store->wopts = rocksdb_writeoptions_create();
  rocksdb_writeoptions_set_sync(store->wopts, store->sync ? 1 : 0);
  store->ropts = rocksdb_readoptions_create();
  rocksdb_readoptions_set_verify_checksums(store->ropts, 1);
  return TRUE;
}

CvStore *
cv_store_open(const CvStoreOptions *options, gboolean *key_created,
              GError **error)
{
  if (sodium_init() < 0) {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_KEY,
                _("libsodium failed to initialise"));
    return NULL;
  }
  if (options == NULL || options->dir == NULL || *options->dir == '\0') {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_INVALID,
                _("no store directory given"));
    return NULL;
  }
  harden_process();

  g_autoptr(CvStore) store = g_new0(CvStore, 1);
  g_mutex_init(&store->lock);
  store->keys = key_pool_new();
  store->dir = g_strdup(options->dir);
  store->read_only = options->read_only;
  store->sync = options->sync;
  store->min_free =
      options->min_free ? options->min_free : CV_STORE_DEFAULT_MIN_FREE;
  store->collections = g_hash_table_new_full(g_str_hash, g_str_equal, NULL,
                                             collection_free);
  store->extra_cfs = g_hash_table_new_full(
      g_str_hash, g_str_equal, g_free,
      (GDestroyNotify)rocksdb_column_family_handle_destroy);
  store->secrets = sodium_malloc(sizeof(CvStoreSecrets));
  if (store->secrets == NULL) {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_KEY,
                _("cannot allocate secure memory"));
    return NULL;
  }

  g_autofree char *current = g_build_filename(store->dir, "CURRENT", NULL);
  gboolean exists = g_file_test(current, G_FILE_TEST_EXISTS);
  if (!exists && store->read_only) {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_NOT_FOUND,
                _("no store at %s"), store->dir);
    return NULL;
  }

  /* A new key is only made for a new store: a missing key file for an
   * existing store is a mistake to report, not to paper over. */
  gboolean created = FALSE;
  store->keyfile = cv_keyfile_load(options->key_file,
                                   options->create_key && !store->read_only
                                       && !exists,
                                   options->passphrase, &created, error);
  if (store->keyfile == NULL && exists && options->create_key
      && error != NULL && *error != NULL
      && options->key_file != NULL
      && !g_file_test(options->key_file, G_FILE_TEST_EXISTS)) {
    g_prefix_error(error, _("store %s exists but its key file is missing: "),
                   store->dir);
  }
  if (store->keyfile == NULL)
    return NULL;
  if (key_created != NULL)
    *key_created = created;
  memcpy(store->secrets->master, store->keyfile->master, CV_KEY_LEN);
  cv_store_derive_wrap(store->secrets);

  if (!exists && g_mkdir_with_parents(store->dir, 0700) != 0) {
    int e = errno;
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_IO,
                _("cannot create store directory %s: %s"), store->dir,
                g_strerror(e));
    return NULL;
  }
  if (!open_rocks(store, error))
    return NULL;

  int h = header_load(store, error);
  if (h == -2)
    return NULL;
  if (h == -1 && !try_pending_rotation(store, options->passphrase, error)) {
    if (error != NULL && *error != NULL)
      return NULL;
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_KEY,
                _("wrong key for store %s"), store->dir);
    return NULL;
  }
  if (h == 0) {
    if (!store_is_empty(store)) {
      g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_CORRUPT,
                  _("store %s has records but no header: damaged"), store->dir);
      return NULL;
    }
    if (store->read_only) {
      g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_NOT_FOUND,
                  _("store %s was never initialised"), store->dir);
      return NULL;
    }
    randombytes_buf(store->secrets->root, CV_KEY_LEN);
    randombytes_buf(store->secrets->kek, CV_KEY_LEN);
    store->kek_version = 1;
    rocksdb_writebatch_t *batch = rocksdb_writebatch_create();
    cv_store_header_put(store, batch);
    gboolean ok = cv_store_write_batch(store, batch, error);
    rocksdb_writebatch_destroy(batch);
    if (!ok)
      return NULL;
  }
  derive_from_root(store->secrets);
  cv_store_secrets_close(store);
  return g_steal_pointer(&store);
}

/* ---------- collections ---------- */

/* The index writes its folds through the store (free-space check). */
static gboolean
index_write(rocksdb_writebatch_t *batch, gpointer user_data, GError **error)
{
  return cv_store_write_batch(user_data, batch, error);
}

/* The index of @coll on @cf (its secrets readable). */
static CvIndex *
collection_index_new(CvCollection *coll, rocksdb_column_family_handle_t *cf)
{
  CvIndex *index = cv_index_new(coll->store->db, cf, coll->name,
                                coll->secrets->index, coll->secrets->index_enc);
  cv_index_set_write_func(index, index_write, coll->store);
  return index;
}

static void
collection_free(gpointer data)
{
  CvCollection *coll = data;
  if (coll == NULL)
    return;
  cv_index_free(coll->index);
  if (coll->meta_cache != NULL)
    g_hash_table_unref(coll->meta_cache);
  g_rw_lock_clear(&coll->meta_lock);
  if (coll->secrets != NULL)
    sodium_free(coll->secrets);
  g_free(coll->name);
  g_free(coll);
}

gboolean
cv_store_collection_name_check(const char *name, GError **error)
{
  gsize len = name ? strlen(name) : 0;
  gboolean ok = len > 0 && len <= CV_STORE_COLLECTION_NAME_MAX && *name != '.';
  for (const char *p = name; ok && *p; p++)
    if (!g_ascii_isalnum(*p) && *p != '-' && *p != '_' && *p != '.')
      ok = FALSE;
  if (!ok)
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_INVALID,
                _("invalid collection name '%s' (1 to %d letters, digits, "
                  "'-', '_' or '.', not starting with '.')"),
                name != NULL && g_utf8_validate(name, -1, NULL) &&
                        strlen(name) <= 256 && !strpbrk(name, "\n\r\t")
                    ? name
                    : "?",
                CV_STORE_COLLECTION_NAME_MAX);
  return ok;
}

/* Derives the secrets of @coll (called with store->lock held). */
static void
collection_derive(CvStore *store, CvCollection *coll)
{
  CvStoreSecrets *s = store->secrets;
  guint8 cr[CV_KEY_LEN];
  GString *msg = g_string_new("caviar/collection/1");
  g_string_append_c(msg, '\0');
  g_string_append(msg, coll->name);
  cv_store_secrets_open(store);
  crypto_generichash(cr, sizeof cr, (const guchar *)msg->str, msg->len,
                     s->root, CV_KEY_LEN);
  crypto_kdf_derive_from_key(coll->cid, CV_CID_LEN, 1, "cvcollid", cr);
  crypto_kdf_derive_from_key(coll->secrets->docid, CV_KEY_LEN, 2, "cvdocid_", cr);
  crypto_kdf_derive_from_key(coll->secrets->index, CV_KEY_LEN, 3, "cvindex_", cr);
  crypto_kdf_derive_from_key(coll->secrets->index_enc, CV_KEY_LEN, 4, "cvidxenc", cr);
  crypto_kdf_derive_from_key(coll->secrets->pseudonym, CV_KEY_LEN, 5, "cvpseudo", cr);
  crypto_kdf_derive_from_key(coll->secrets->path, CV_KEY_LEN, 6, "cvpath__", cr);
  crypto_kdf_derive_from_key(coll->secrets->lists, CV_KEY_LEN, 7, "cvlists_", cr);
  cv_derive_coll_kek(s->kek, coll->cid, coll->secrets->kek);
  cv_store_secrets_close(store);
  sodium_memzero(cr, sizeof cr);
  g_string_free(msg, TRUE);
  cv_hex(coll->cid, CV_CID_LEN, coll->cid_hex);
}

CvCollection *
cv_store_collection(CvStore *store, const char *name, GError **error)
{
  g_return_val_if_fail(store != NULL, NULL);
  if (!cv_store_collection_name_check(name, error))
    return NULL;
  g_mutex_lock(&store->lock);
  CvCollection *coll = g_hash_table_lookup(store->collections, name);
  if (coll == NULL) {
    coll = g_new0(CvCollection, 1);
    coll->store = store;
    coll->name = g_strdup(name);
    g_rw_lock_init(&coll->meta_lock);
    coll->meta_cache = g_hash_table_new_full(raw_id_hash, raw_id_equal, g_free,
                                             meta_entry_free);
    coll->secrets = sodium_malloc(sizeof(CvCollSecrets));
    if (coll->secrets == NULL) {
      g_mutex_unlock(&store->lock);
      collection_free(coll);
      g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_KEY,
                  _("cannot allocate secure memory"));
      return NULL;
    }
    collection_derive(store, coll);
    g_autofree char *cf_name = g_strconcat("index-", coll->cid_hex, NULL);
    rocksdb_column_family_handle_t *cf = g_hash_table_lookup(store->extra_cfs,
                                                             cf_name);
    if (cf != NULL)
      coll->index = collection_index_new(coll, cf);
    sodium_mprotect_readonly(coll->secrets);
    g_hash_table_insert(store->collections, coll->name, coll);
  }
  g_mutex_unlock(&store->lock);
  return coll;
}

/* Decrypts a "C" record's name into a new string. */
static char *
collection_record_name(CvStore *store, const guint8 *cid, const guint8 *val,
                       gsize len)
{
  if (len < CV_RECORD_V1_OVERHEAD || cv_record_max_pt(len) > CV_MAX_NAME_LEN + 1)
    return NULL;
  guint8 ad[sizeof AD_COLL + CV_CID_LEN];
  memcpy(ad, AD_COLL, sizeof AD_COLL - 1);
  memcpy(ad + sizeof AD_COLL - 1, cid, CV_CID_LEN);
  char *name = g_malloc0(cv_record_max_pt(len) + 1);
  gsize name_len = 0;
  g_mutex_lock(&store->lock);
  cv_store_secrets_open(store);
  gboolean ok =
      cv_record_open(store->secrets->names, ad, sizeof AD_COLL - 1 + CV_CID_LEN,
                     val, len, CV_PAD_NONE, (guint8 *)name, &name_len, NULL);
  if (ok)
    name[name_len] = '\0';
  cv_store_secrets_close(store);
  g_mutex_unlock(&store->lock);
  if (!ok) {
    g_free(name);
    return NULL;
  }
  return name;
}

static gboolean collection_persisted(CvCollection *coll, GError **error);

static void
collection_record_put(CvCollection *coll, rocksdb_writebatch_t *batch)
{
  CvStore *store = coll->store;
  gsize len = strlen(coll->name);
  guint8 key[1 + CV_CID_LEN];
  guint8 ad[sizeof AD_COLL + CV_CID_LEN];
  g_autofree guint8 *val = g_malloc(len + CV_SEAL_OVERHEAD);
  key[0] = 'C';
  memcpy(key + 1, coll->cid, CV_CID_LEN);
  memcpy(ad, AD_COLL, sizeof AD_COLL - 1);
  memcpy(ad + sizeof AD_COLL - 1, coll->cid, CV_CID_LEN);
  g_mutex_lock(&store->lock);
  cv_store_secrets_open(store);
  cv_record_seal(store->secrets->names, ad, sizeof AD_COLL - 1 + CV_CID_LEN,
                 coll->name, len, CV_PAD_NONE, NULL, val);
  cv_store_secrets_close(store);
  g_mutex_unlock(&store->lock);
  rocksdb_writebatch_put_cf(batch, store->cf[CF_KEYS], (const char *)key,
                            sizeof key, (const char *)val, len + CV_SEAL_OVERHEAD);
}

gboolean
cv_store_foreach_collection_record(CvStore *store, CvCollRecordFunc func,
                                   gpointer user_data, GError **error)
{
  g_autoptr(CvIter) iter = cv_iter_new(store, CF_KEYS, (const guint8 *)"C", 1);
  for (; rocksdb_iter_valid(iter->it); rocksdb_iter_next(iter->it)) {
    size_t klen = 0, vlen = 0;
    const guint8 *key = (const guint8 *)rocksdb_iter_key(iter->it, &klen);
    const guint8 *val = (const guint8 *)rocksdb_iter_value(iter->it, &vlen);
    if (klen != 1 + CV_CID_LEN) {
      if (!func(NULL, NULL, user_data))
        break;
      continue;
    }
    g_autofree char *name = collection_record_name(store, key + 1, val, vlen);
    if (!func(key + 1, name, user_data))
      break;
  }
  return cv_iter_check(iter, error);
}

static gint
compare_names(gconstpointer a, gconstpointer b)
{
  return g_strcmp0(*(const char *const *)a, *(const char *const *)b);
}

static gboolean
list_one(const guint8 *cid, const char *name, gpointer user_data)
{
  if (name != NULL)
    g_ptr_array_add(user_data, g_strdup(name));
  return TRUE;
}

char **
cv_store_list_collections(CvStore *store, GError **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func(g_free);
  if (!cv_store_foreach_collection_record(store, list_one, names, error))
    return NULL;
  g_ptr_array_sort(names, compare_names);
  g_ptr_array_add(names, NULL);
  return (char **)g_ptr_array_free(g_steal_pointer(&names), FALSE);
}

typedef struct {
  const guint8 *cid;
  char *name;
} FindCid;

static gboolean
find_cid(const guint8 *cid, const char *name, gpointer user_data)
{
  FindCid *f = user_data;
  if (cid != NULL && name != NULL && memcmp(cid, f->cid, CV_CID_LEN) == 0) {
    f->name = g_strdup(name);
    return FALSE;
  }
  return TRUE;
}

CvCollection *
cv_store_collection_by_cid(CvStore *store, const guint8 *cid, GError **error)
{
  FindCid f = { cid, NULL };
  if (!cv_store_foreach_collection_record(store, find_cid, &f, error))
    return NULL;
  if (f.name == NULL)
    return NULL;
  CvCollection *coll = cv_store_collection(store, f.name, error);
  g_free(f.name);
  return coll;
}

const guint8 *
cv_store_collection_pseudonym_key(CvCollection *coll)
{
  return coll->secrets->pseudonym;
}

const char *
cv_store_collection_name(CvCollection *coll)
{
  return coll->name;
}

void
cv_store_document_id(CvCollection *coll, GBytes *content,
                     char out[CV_DOC_ID_LEN + 1])
{
  guint8 did[CV_DID_LEN];
  gsize len = 0;
  const guint8 *data = g_bytes_get_data(content, &len);
  crypto_generichash(did, sizeof did, data, len, coll->secrets->docid,
                     CV_KEY_LEN);
  cv_hex(did, sizeof did, out);
}

void
cv_store_path_key(CvCollection *coll, const char *path,
                  char out[CV_DOC_ID_LEN + 1])
{
  guint8 h[CV_DID_LEN];
  crypto_generichash(h, sizeof h, (const guint8 *)path, strlen(path),
                     coll->secrets->path, CV_KEY_LEN);
  cv_hex(h, sizeof h, out);
}

gboolean
cv_store_find_source(CvCollection *coll, const char *source_key,
                     char doc_id[CV_DOC_ID_LEN + 1], GError **error)
{
  guint8 key[1 + CV_CID_LEN + CV_DID_LEN];
  gsize klen = cv_key_source(coll->cid, source_key, key);
  if (klen == 0) {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_INVALID,
                _("not a path key (expected %d hex characters)"), CV_DOC_ID_LEN);
    return FALSE;
  }
  char *err = NULL;
  size_t len = 0;
  char *val = rocksdb_get_cf(coll->store->db, coll->store->ropts,
                             coll->store->cf[CF_KEYS], (const char *)key, klen,
                             &len, &err);
  if (!cv_store_check_rocks(err, CV_STORE_ERROR_IO, "reading the store", error))
    return FALSE;
  gboolean found = val != NULL && len == CV_DID_LEN;
  if (found)
    cv_hex((const guint8 *)val, CV_DID_LEN, doc_id);
  rocksdb_free(val);
  return found;
}

gboolean
cv_store_has_document(CvCollection *coll, const char *doc_id, GError **error)
{
  guint8 did[CV_DID_LEN], key[CV_CID_LEN + CV_DID_LEN];
  if (!cv_parse_doc_id(doc_id, did, error))
    return FALSE;
  char *err = NULL;
  size_t len = 0;
  gsize klen = cv_key_doc(coll, did, key);
  char *val = rocksdb_get_cf(coll->store->db, coll->store->ropts,
                             coll->store->cf[CF_META], (const char *)key, klen,
                             &len, &err);
  if (!cv_store_check_rocks(err, CV_STORE_ERROR_IO, "reading the store", error))
    return FALSE;
  rocksdb_free(val);
  return val != NULL;
}

void
cv_store_collection_record_ensure(CvCollection *coll, rocksdb_writebatch_t *batch)
{
  if (!collection_persisted(coll, NULL))
    collection_record_put(coll, batch);
}

void
cv_store_collection_record_written(CvCollection *coll)
{
  coll->persisted = TRUE;
}

/* ---------- retention ---------- */

static gsize
retention_key_ad(const CvCollection *coll, guint8 *key, guint8 *ad)
{
  key[0] = 'R';
  memcpy(key + 1, coll->cid, CV_CID_LEN);
  memcpy(ad, AD_RETENTION, sizeof AD_RETENTION - 1);
  memcpy(ad + sizeof AD_RETENTION - 1, coll->cid, CV_CID_LEN);
  return sizeof AD_RETENTION - 1 + CV_CID_LEN;
}

gboolean
cv_store_collection_set_retention(CvCollection *coll, gint64 seconds,
                                  GError **error)
{
  CvStore *store = coll->store;
  if (store->read_only || seconds < 0) {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_INVALID,
                store->read_only ? "store opened read-only"
                                 : "negative retention");
    return FALSE;
  }
  guint8 key[1 + CV_CID_LEN], ad[sizeof AD_RETENTION + CV_CID_LEN];
  guint8 pt[8], val[8 + CV_SEAL_OVERHEAD];
  gsize ad_len = retention_key_ad(coll, key, ad);
  cv_put_be32(pt, (guint32)((guint64)seconds >> 32));
  cv_put_be32(pt + 4, (guint32)seconds);
  g_mutex_lock(&store->lock);
  cv_store_secrets_open(store);
  cv_record_seal(store->secrets->names, ad, ad_len, pt, sizeof pt, CV_PAD_NONE,
                 NULL, val);
  cv_store_secrets_close(store);
  g_mutex_unlock(&store->lock);
  rocksdb_writebatch_t *batch = rocksdb_writebatch_create();
  if (!coll->persisted)
    collection_record_put(coll, batch);
  if (seconds == 0)
    rocksdb_writebatch_delete_cf(batch, store->cf[CF_KEYS], (const char *)key,
                                 sizeof key);
  else
    rocksdb_writebatch_put_cf(batch, store->cf[CF_KEYS], (const char *)key,
                              sizeof key, (const char *)val, sizeof val);
  gboolean ok = cv_store_write_batch(store, batch, error);
  rocksdb_writebatch_destroy(batch);
  if (ok)
    coll->persisted = TRUE;
  return ok;
}

gboolean
cv_store_collection_get_retention(CvCollection *coll, gint64 *seconds,
                                  GError **error)
{
  CvStore *store = coll->store;
  guint8 key[1 + CV_CID_LEN], ad[sizeof AD_RETENTION + CV_CID_LEN], pt[8];
  gsize ad_len = retention_key_ad(coll, key, ad);
  char *err = NULL;
  size_t len = 0;
  char *val = rocksdb_get_cf(store->db, store->ropts, store->cf[CF_KEYS],
                             (const char *)key, sizeof key, &len, &err);
  if (!cv_store_check_rocks(err, CV_STORE_ERROR_IO, "reading the store", error))
    return FALSE;
  *seconds = 0;
  if (val == NULL)
    return TRUE;
  g_mutex_lock(&store->lock);
  cv_store_secrets_open(store);
  gboolean ok = cv_record_open_exact(store->secrets->names, ad, ad_len,
                                     (const guint8 *)val, len, pt, sizeof pt);
  cv_store_secrets_close(store);
  g_mutex_unlock(&store->lock);
  rocksdb_free(val);
  if (!ok) {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_CORRUPT,
                _("collection %s: retention record fails authentication"),
                coll->cid_hex);
    return FALSE;
  }
  *seconds = (gint64)(((guint64)cv_get_be32(pt) << 32) | cv_get_be32(pt + 4));
  return TRUE;
}

/* ---------- documents ---------- */

/* Creates the collection's index family on its first write. */
static gboolean
collection_ensure_index(CvCollection *coll, GError **error)
{
  CvStore *store = coll->store;
  if (coll->index != NULL)
    return TRUE;
  g_autofree char *cf_name = g_strconcat("index-", coll->cid_hex, NULL);
  char *err = NULL;
  g_mutex_lock(&store->lock);
  rocksdb_column_family_handle_t *cf =
      rocksdb_create_column_family(store->db, store->cf_options, cf_name, &err);
  if (err == NULL) {
    g_hash_table_insert(store->extra_cfs, g_strdup(cf_name), cf);
    sodium_mprotect_readwrite(coll->secrets);
    /* published atomically: reader threads test it without the lock */
    g_atomic_pointer_set(&coll->index, collection_index_new(coll, cf));
    sodium_mprotect_readonly(coll->secrets);
  }
  g_mutex_unlock(&store->lock);
  return cv_store_check_rocks(err, CV_STORE_ERROR_IO,
                              "creating the collection's index", error);
}

rocksdb_column_family_handle_t *
cv_store_index_cf(CvCollection *coll)
{
  g_autofree char *cf_name = g_strconcat("index-", coll->cid_hex, NULL);
  return g_hash_table_lookup(coll->store->extra_cfs, cf_name);
}

static gboolean
collection_persisted(CvCollection *coll, GError **error)
{
  if (coll->persisted)
    return TRUE;
  guint8 key[1 + CV_CID_LEN];
  key[0] = 'C';
  memcpy(key + 1, coll->cid, CV_CID_LEN);
  char *err = NULL;
  size_t len = 0;
  char *val = rocksdb_get_cf(coll->store->db, coll->store->ropts,
                             coll->store->cf[CF_KEYS], (const char *)key,
                             sizeof key, &len, &err);
  if (!cv_store_check_rocks(err, CV_STORE_ERROR_IO, "reading the store", NULL))
    return FALSE;
  coll->persisted = val != NULL;
  rocksdb_free(val);
  return coll->persisted;
}

/* CPU time of the calling thread, in ns. */
static gint64
thread_cpu_ns(void)
{
  struct timespec ts;
  if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) != 0)
    return 0;
  return (gint64)ts.tv_sec * G_GINT64_CONSTANT(1000000000) + ts.tv_nsec;
}

guint64
cv_store_index_cpu_ns(CvStore *store)
{
  g_return_val_if_fail(store != NULL, 0);
  return store->index_cpu_ns;
}

/* Checks one document and adds its records (key, metadata, chunks, index
 * postings) to @batch. */
static gboolean
document_to_batch(CvCollection *coll, const CvStoreDocument *doc,
                  rocksdb_writebatch_t *batch, GError **error)
{
  CvStore *store = coll->store;
  const char *doc_id = doc->doc_id;
  const CvDocInfo *info = doc->info;
  const CvChunk *chunks = doc->chunks;
  guint n_chunks = doc->n_chunks;
  guint8 did[CV_DID_LEN];
  if (!cv_parse_doc_id(doc_id, did, error))
    return FALSE;
  if (info == NULL || (n_chunks > 0 && chunks == NULL)) {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_INVALID,
                _("document %s: no metadata or chunks"), doc_id);
    return FALSE;
  }
  if (n_chunks > CV_MAX_CHUNKS) {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_INVALID,
                _("document %s: %u chunks, more than the cap of %u"), doc_id,
                n_chunks, CV_MAX_CHUNKS);
    return FALSE;
  }
  guint64 text_bytes = 0;
  gsize max_chunk = 0;
  for (guint i = 0; i < n_chunks; i++) {
    if (chunks[i].len > CV_MAX_CHUNK_BYTES
        || (chunks[i].len > 0 && chunks[i].text == NULL)) {
      g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_INVALID,
                  _("document %s: chunk %u has no text pointer or is larger "
                    "than %u bytes"),
                  doc_id, i, CV_MAX_CHUNK_BYTES);
      return FALSE;
    }
    text_bytes += chunks[i].len;
    max_chunk = MAX(max_chunk, chunks[i].len);
  }
  if (text_bytes > CV_MAX_DOC_BYTES) {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_INVALID,
                _("document %s: %llu bytes of text, more than the cap of %llu"),
                doc_id, (unsigned long long)text_bytes,
                (unsigned long long)CV_MAX_DOC_BYTES);
    return FALSE;
  }
  GError *local = NULL;
  if (cv_store_has_document(coll, doc_id, &local)) {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_INVALID,
                _("document %s is already stored"), doc_id);
    return FALSE;
  }
  if (local != NULL) {
    g_propagate_error(error, local);
    return FALSE;
  }
  g_autoptr(GVariant) v = g_variant_ref_sink(g_variant_new(
      META_FORMAT, META_VERSION, info->source, info->mime, info->encoding,
      info->lang, info->n_pages, info->n_ocr_pages, info->n_bytes,
      info->ingested_at, info->expires_at, info->redactions, n_chunks,
      text_bytes, info->source_key, info->origin_key, info->replaces));
  gsize meta_len = g_variant_get_size(v);
  if (meta_len > CV_MAX_META_BYTES) {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_INVALID,
                _("document %s: metadata larger than %u bytes"), doc_id,
                CV_MAX_META_BYTES);
    return FALSE;
  }
  guint8 *dk = cv_store_key_new(store->keys);
  if (dk == NULL) {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_KEY,
                _("cannot allocate secure memory"));
    return FALSE;
  }
  randombytes_buf(dk, CV_KEY_LEN);
  guint8 key[1 + CV_CID_LEN + CV_DID_LEN + 4];
  guint8 ad[64];

  /* wrapped document key */
  {
    guint8 val[4 + CV_KEY_LEN + CV_SEAL_OVERHEAD];
    gsize klen = cv_key_dk(coll->cid, did, key);
    cv_put_be32(val, store->kek_version);
    cv_record_seal(coll->secrets->kek, ad,
                   cv_ad_dk(coll->cid, did, store->kek_version, ad), dk,
                   CV_KEY_LEN, CV_PAD_NONE, NULL, val + 4);
    rocksdb_writebatch_put_cf(batch, store->cf[CF_KEYS], (const char *)key, klen,
                              (const char *)val, sizeof val);
  }
  /* metadata */
  {
    guint8 *pt = g_malloc(meta_len);
    guint8 *val = g_malloc(meta_len + CV_SEAL_OVERHEAD);
    g_variant_store(v, pt);
    gsize klen = cv_key_doc(coll, did, key);
    cv_record_seal(dk, ad, ad_doc(AD_META, coll, did, ad), pt, meta_len,
                   CV_PAD_NONE, NULL, val);
    rocksdb_writebatch_put_cf(batch, store->cf[CF_META], (const char *)key, klen,
                              (const char *)val, meta_len + CV_SEAL_OVERHEAD);
    cv_text_wipe_len(pt, meta_len);
    g_free(val);
  }
  /* chunks */
  {
    guint8 *pt = g_malloc(8 + max_chunk);
    guint8 *val = g_malloc(8 + max_chunk + CV_SEAL_OVERHEAD);
    for (guint i = 0; i < n_chunks; i++) {
      cv_put_be32(pt, chunks[i].first_page);
      cv_put_be32(pt + 4, chunks[i].last_page);
      if (chunks[i].len > 0)
        memcpy(pt + 8, chunks[i].text, chunks[i].len);
      gsize klen = cv_key_chunk(coll, did, i, key);
      cv_record_seal(dk, ad, ad_chunk(coll, did, i, n_chunks, ad), pt,
                     8 + chunks[i].len, CV_PAD_NONE, NULL, val);
      rocksdb_writebatch_put_cf(batch, store->cf[CF_CHUNKS], (const char *)key,
                                klen, (const char *)val,
                                8 + chunks[i].len + CV_SEAL_OVERHEAD);
    }
    cv_text_wipe_len(pt, 8 + max_chunk);
    g_free(val);
  }
  cv_store_key_free(store->keys, dk);
  /* source record: this document is now the one from that path */
  if (info->source_key != NULL) {
    gsize klen = cv_key_source(coll->cid, info->source_key, key);
    if (klen == 0) {
      g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_INVALID,
                  _("document %s: source_key is not a path key"), doc_id);
      return FALSE;
    }
    rocksdb_writebatch_put_cf(batch, store->cf[CF_KEYS], (const char *)key,
                              klen, (const char *)did, CV_DID_LEN);
  }
  gint64 t0 = thread_cpu_ns();
  gboolean ok = cv_index_add_document(coll->index, batch, doc_id, chunks,
                                      n_chunks, info->lang, error);
  store->index_cpu_ns += (guint64)MAX(thread_cpu_ns() - t0, 0);
  return ok;
}

gboolean
cv_store_put_documents(CvCollection *coll, const CvStoreDocument *docs,
                       guint n_docs, GError **error)
{
  CvStore *store = coll->store;
  if (store->read_only) {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_INVALID,
                _("store %s is opened read-only"), store->dir);
    return FALSE;
  }
  if (n_docs == 0)
    return TRUE;
  if (!collection_ensure_index(coll, error))
    return FALSE;
  /* one id twice in the same batch would interleave two documents */
  for (guint i = 0; i < n_docs; i++)
    for (guint j = 0; j < i; j++)
      if (docs[i].doc_id != NULL && docs[j].doc_id != NULL
          && g_ascii_strcasecmp(docs[i].doc_id, docs[j].doc_id) == 0) {
        g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_INVALID,
                    _("document %s given twice"), docs[i].doc_id);
        return FALSE;
      }
  rocksdb_writebatch_t *batch = rocksdb_writebatch_create();
  if (!collection_persisted(coll, NULL))
    collection_record_put(coll, batch);
  gboolean ok = TRUE;
  /* each posting block the batch touches is put once, at the flush */
  cv_index_batch_defer(coll->index);
  for (guint i = 0; ok && i < n_docs; i++)
    ok = document_to_batch(coll, &docs[i], batch, error);
  gint64 t0 = thread_cpu_ns();
  if (ok)
    ok = cv_index_batch_flush(coll->index, batch, error);
  store->index_cpu_ns += (guint64)MAX(thread_cpu_ns() - t0, 0);
  if (ok)
    ok = cv_store_write_batch_checked(store, batch, TRUE, error);
  if (ok) {
    t0 = thread_cpu_ns();
    cv_index_batch_committed(coll->index);
    store->index_cpu_ns += (guint64)MAX(thread_cpu_ns() - t0, 0);
    coll->persisted = TRUE;
  } else {
    cv_index_batch_aborted(coll->index);
  }
  /* The batch holds ciphertext only; clear it anyway before freeing. */
  rocksdb_writebatch_clear(batch);
  rocksdb_writebatch_destroy(batch);
  return ok;
}

gboolean
cv_store_put_document(CvCollection *coll, const char *doc_id,
                      const CvDocInfo *info, const CvChunk *chunks,
                      guint n_chunks, GError **error)
{
  CvStoreDocument doc = { doc_id, info, chunks, n_chunks };
  return cv_store_put_documents(coll, &doc, 1, error);
}

gboolean
cv_store_sync(CvStore *store, GError **error)
{
  if (store->read_only)
    return TRUE;
  char *err = NULL;
  rocksdb_flush_wal(store->db, 1, &err);
  return cv_store_check_rocks(err, CV_STORE_ERROR_IO, "syncing the store", error);
}

void
cv_doc_record_free(CvDocRecord *rec)
{
  if (rec == NULL)
    return;
  if (rec->keys != NULL) {
    cv_store_key_free(rec->keys, rec->dk);
    cv_key_pool_unref(rec->keys);
  }
  for (guint i = 0; i < G_N_ELEMENTS(rec->strings); i++)
    if (rec->strings[i] != NULL)
      cv_text_wipe_len(rec->strings[i], strlen(rec->strings[i]));
  if (rec->redactions != NULL)
    cv_text_wipe_len(rec->redactions, strlen(rec->redactions));
  g_free(rec);
}

static gboolean
doc_key_unwrap(CvCollection *coll, const guint8 *did, guint8 *dk,
               GError **error)
{
  CvStore *store = coll->store;
  guint8 key[1 + CV_CID_LEN + CV_DID_LEN], ad[64];
  char hex[2 * CV_DID_LEN + 1];
  char *err = NULL;
  size_t len = 0;
  gsize klen = cv_key_dk(coll->cid, did, key);
  char *val = rocksdb_get_cf(store->db, store->ropts, store->cf[CF_KEYS],
                             (const char *)key, klen, &len, &err);
  if (!cv_store_check_rocks(err, CV_STORE_ERROR_IO, "reading the store", error))
    return FALSE;
  cv_hex(did, CV_DID_LEN, hex);
  if (val == NULL) {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_CORRUPT,
                _("document %s: its key record is missing"), hex);
    return FALSE;
  }
  gboolean ok = FALSE;
  if (len >= 4 && cv_record_holds(len - 4, CV_KEY_LEN)) {
    guint32 version = cv_get_be32((const guint8 *)val);
    ok = version == store->kek_version &&
         cv_record_open_exact(coll->secrets->kek, ad,
                              cv_ad_dk(coll->cid, did, version, ad),
                              (const guint8 *)val + 4, len - 4, dk, CV_KEY_LEN);
  }
  rocksdb_free(val);
  if (!ok)
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_CORRUPT,
                _("document %s: its key record fails authentication"), hex);
  return ok;
}

CvDocRecord *
cv_doc_record_load(CvCollection *coll, const guint8 *did, GError **error)
{
  CvStore *store = coll->store;
  guint8 key[CV_CID_LEN + CV_DID_LEN], ad[64];
  char hex[2 * CV_DID_LEN + 1];
  cv_hex(did, CV_DID_LEN, hex);
  char *err = NULL;
  size_t len = 0;
  gsize klen = cv_key_doc(coll, did, key);
  char *val = rocksdb_get_cf(store->db, store->ropts, store->cf[CF_META],
                             (const char *)key, klen, &len, &err);
  if (!cv_store_check_rocks(err, CV_STORE_ERROR_IO, "reading the store", error))
    return NULL;
  if (val == NULL) {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_NOT_FOUND,
                _("no document %s in collection %s"), hex, coll->name);
    return NULL;
  }
  g_autoptr(CvDocRecord) rec = g_new0(CvDocRecord, 1);
  rec->keys = cv_key_pool_ref(store->keys);
  rec->dk = cv_store_key_new(store->keys);
  if (rec->dk == NULL || len < CV_RECORD_V1_OVERHEAD ||
      cv_record_max_pt(len) > CV_MAX_META_BYTES ||
      !doc_key_unwrap(coll, did, rec->dk, error)) {
    rocksdb_free(val);
    if (error != NULL && *error == NULL)
      g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_CORRUPT,
                  _("document %s: bad metadata record"), hex);
    return NULL;
  }
  gsize pt_len = 0;
  guint8 *pt = g_malloc(cv_record_max_pt(len) + 1);
  gboolean ok =
      cv_record_open(rec->dk, ad, ad_doc(AD_META, coll, did, ad),
                     (const guint8 *)val, len, CV_PAD_NONE, pt, &pt_len, NULL);
  rocksdb_free(val);
  if (!ok) {
    g_free(pt);
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_CORRUPT,
                _("document %s: metadata fails authentication"), hex);
    return NULL;
  }
  GBytes *bytes = g_bytes_new_with_free_func(pt, pt_len, g_free, pt);
  /* The version is the tuple's first member: 4 bytes at offset 0. */
  guint32 version = 0;
  if (pt_len >= 4)
    memcpy(&version, pt, 4);
  const char *format = version == 1 ? META_FORMAT_V1 : META_FORMAT;
  g_autoptr(GVariant) v = g_variant_ref_sink(
      g_variant_new_from_bytes(G_VARIANT_TYPE(format), bytes, FALSE));
  if (version == 1)
    g_variant_get(v, format, &version, &rec->strings[0], &rec->strings[1],
                  &rec->strings[2], &rec->strings[3], &rec->info.n_pages,
                  &rec->info.n_ocr_pages, &rec->info.n_bytes,
                  &rec->info.ingested_at, &rec->info.expires_at,
                  &rec->redactions, &rec->n_chunks, &rec->text_bytes);
  else
    g_variant_get(v, format, &version, &rec->strings[0], &rec->strings[1],
                  &rec->strings[2], &rec->strings[3], &rec->info.n_pages,
                  &rec->info.n_ocr_pages, &rec->info.n_bytes,
                  &rec->info.ingested_at, &rec->info.expires_at,
                  &rec->redactions, &rec->n_chunks, &rec->text_bytes,
                  &rec->strings[4], &rec->strings[5], &rec->strings[6]);
  g_variant_unref(g_steal_pointer(&v));
  sodium_memzero(pt, pt_len);
  g_bytes_unref(bytes);
  if ((version != 1 && version != META_VERSION) || rec->n_chunks > CV_MAX_CHUNKS) {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_CORRUPT,
                _("document %s: unknown metadata version"), hex);
    return NULL;
  }
  rec->info.source = rec->strings[0];
  rec->info.mime = rec->strings[1];
  rec->info.encoding = rec->strings[2];
  rec->info.lang = rec->strings[3];
  rec->info.redactions = rec->redactions;
  rec->info.n_chunks = rec->n_chunks;
  rec->info.source_key = rec->strings[4];
  rec->info.origin_key = rec->strings[5];
  rec->info.replaces = rec->strings[6];
  return g_steal_pointer(&rec);
}

struct _CvDocInfoHandle {
  CvDocRecord *rec;
};

CvDocInfoHandle *
cv_store_get_info(CvCollection *coll, const char *doc_id,
                  const CvDocInfo **info, GError **error)
{
  guint8 did[CV_DID_LEN];
  if (!cv_parse_doc_id(doc_id, did, error))
    return NULL;
  CvDocRecord *rec = cv_doc_record_load(coll, did, error);
  if (rec == NULL)
    return NULL;
  CvDocInfoHandle *h = g_new0(CvDocInfoHandle, 1);
  h->rec = rec;
  if (info != NULL)
    *info = &rec->info;
  return h;
}

guint
cv_store_doc_info_n_chunks(const CvDocInfoHandle *handle)
{
  return handle->rec->n_chunks;
}

void
cv_store_doc_info_free(CvDocInfoHandle *handle)
{
  if (handle == NULL)
    return;
  cv_doc_record_free(handle->rec);
  g_free(handle);
}

gboolean
cv_store_foreach_did(CvCollection *coll, CvDidFunc func, gpointer user_data,
                     GError **error)
{
  g_autoptr(CvIter) iter = cv_iter_new(coll->store, CF_META, coll->cid,
                                       CV_CID_LEN);
  for (; rocksdb_iter_valid(iter->it); rocksdb_iter_next(iter->it)) {
    size_t klen = 0;
    const guint8 *key = (const guint8 *)rocksdb_iter_key(iter->it, &klen);
    if (klen != CV_CID_LEN + CV_DID_LEN) {
      g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_CORRUPT,
                  _("collection %s: malformed metadata key"), coll->name);
      return FALSE;
    }
    guint8 did[CV_DID_LEN];
    memcpy(did, key + CV_CID_LEN, CV_DID_LEN);
    GError *local = NULL;
    gboolean more = func(did, user_data, &local);
    if (local != NULL) {
      g_propagate_error(error, local);
      return FALSE;
    }
    if (!more)
      return TRUE;
  }
  return cv_iter_check(iter, error);
}

typedef struct {
  CvCollection *coll;
  CvDocFunc doc_func;
  CvChunkFunc chunk_func;
  gpointer user_data;
} ForeachData;

static gboolean
foreach_doc_cb(const guint8 *did, gpointer user_data, GError **error)
{
  ForeachData *d = user_data;
  char hex[CV_DOC_ID_LEN + 1];
  cv_hex(did, CV_DID_LEN, hex);
  g_autoptr(CvDocRecord) rec = cv_doc_record_load(d->coll, did, error);
  if (rec == NULL)
    return FALSE;
  return d->doc_func(hex, &rec->info, d->user_data);
}

gboolean
cv_store_foreach_document(CvCollection *coll, CvDocFunc func,
                          gpointer user_data, GError **error)
{
  ForeachData d = { coll, func, NULL, user_data };
  return cv_store_foreach_did(coll, foreach_doc_cb, &d, error);
}

gboolean
cv_chunk_decrypt(CvCollection *coll, const guint8 *did, const CvDocRecord *rec,
                 guint idx, const guint8 *val, gsize len, CvChunk *chunk,
                 char **text, GError **error)
{
  guint8 ad[64];
  char hex[2 * CV_DID_LEN + 1];
  if (len < CV_RECORD_V1_OVERHEAD + 8 ||
      cv_record_max_pt(len) > 8 + CV_MAX_CHUNK_BYTES) {
    cv_hex(did, CV_DID_LEN, hex);
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_CORRUPT,
                _("document %s: chunk %u has a bad length"), hex, idx);
    return FALSE;
  }
  gsize pt_len = 0;
  guint8 *pt = g_malloc(cv_record_max_pt(len) + 1);
  if (!cv_record_open(rec->dk, ad, ad_chunk(coll, did, idx, rec->n_chunks, ad),
                      val, len, CV_PAD_NONE, pt, &pt_len, NULL) ||
      pt_len < 8) {
    g_free(pt);
    cv_hex(did, CV_DID_LEN, hex);
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_CORRUPT,
                _("document %s: chunk %u fails authentication"), hex, idx);
    return FALSE;
  }
  pt[pt_len] = '\0';
  chunk->first_page = cv_get_be32(pt);
  chunk->last_page = cv_get_be32(pt + 4);
  chunk->len = pt_len - 8;
  /* Text starts at pt + 8: move it to the front so @text is its buffer. */
  memmove(pt, pt + 8, pt_len - 8 + 1);
  sodium_memzero(pt + pt_len - 8, 8);
  chunk->text = (const char *)pt;
  *text = (char *)pt;
  return TRUE;
}

static gboolean
foreach_chunk_of(CvCollection *coll, const guint8 *did, CvChunkFunc func,
                 gpointer user_data, gboolean *stop, GError **error)
{
  g_autoptr(CvDocRecord) rec = cv_doc_record_load(coll, did, error);
  if (rec == NULL)
    return FALSE;
  char hex[CV_DOC_ID_LEN + 1];
  cv_hex(did, CV_DID_LEN, hex);
  guint8 prefix[CV_CID_LEN + CV_DID_LEN];
  gsize plen = cv_key_doc(coll, did, prefix);
  g_autoptr(CvIter) iter = cv_iter_new(coll->store, CF_CHUNKS, prefix, plen);
  guint expected = 0;
  for (; rocksdb_iter_valid(iter->it); rocksdb_iter_next(iter->it)) {
    size_t klen = 0, vlen = 0;
    const guint8 *key = (const guint8 *)rocksdb_iter_key(iter->it, &klen);
    const guint8 *val = (const guint8 *)rocksdb_iter_value(iter->it, &vlen);
    guint idx = klen == plen + 4 ? cv_get_be32(key + plen) : G_MAXUINT;
    if (idx != expected || idx >= rec->n_chunks) {
      g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_CORRUPT,
                  _("document %s: chunk %u missing or out of place"), hex,
                  expected);
      return FALSE;
    }
    CvChunk chunk;
    char *text = NULL;
    if (!cv_chunk_decrypt(coll, did, rec, idx, val, vlen, &chunk, &text, error))
      return FALSE;
    gboolean more = func(hex, &rec->info, idx, rec->n_chunks, &chunk, user_data);
    cv_text_wipe_len(text, chunk.len);
    expected++;
    if (!more) {
      *stop = TRUE;
      return TRUE;
    }
  }
  if (!cv_iter_check(iter, error))
    return FALSE;
  if (expected != rec->n_chunks) {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_CORRUPT,
                _("document %s: %u of %u chunks present"), hex, expected,
                rec->n_chunks);
    return FALSE;
  }
  return TRUE;
}

static gboolean
foreach_chunk_cb(const guint8 *did, gpointer user_data, GError **error)
{
  ForeachData *d = user_data;
  gboolean stop = FALSE;
  if (!foreach_chunk_of(d->coll, did, d->chunk_func, d->user_data, &stop, error))
    return FALSE;
  return !stop;
}

gboolean
cv_store_foreach_chunk(CvCollection *coll, const char *doc_id,
                       CvChunkFunc func, gpointer user_data, GError **error)
{
  if (doc_id != NULL) {
    guint8 did[CV_DID_LEN];
    gboolean stop = FALSE;
    if (!cv_parse_doc_id(doc_id, did, error))
      return FALSE;
    return foreach_chunk_of(coll, did, func, user_data, &stop, error);
  }
  ForeachData d = { coll, NULL, func, user_data };
  return cv_store_foreach_did(coll, foreach_chunk_cb, &d, error);
}

/* ---------- search ---------- */

gboolean
cv_store_counts(CvCollection *coll, guint64 *n_docs, guint64 *n_chunks,
                GError **error)
{
  CvIndex *index = g_atomic_pointer_get(&coll->index);
  *n_docs = *n_chunks = 0;
  return index == NULL || cv_index_counts(index, n_docs, n_chunks, error);
}

/* ---------- search filters ---------- */

#define META_CACHE_MAX (1u << 20) /* documents; then the cache starts over */

typedef struct {
  char *source, *mime, *lang;
  gint64 ingested_at;
} MetaEntry;

static void
meta_entry_free(gpointer p)
{
  MetaEntry *e = p;
  if (e->source)
    cv_text_wipe_len(e->source, strlen(e->source));
  g_free(e->mime);
  g_free(e->lang);
  g_free(e);
}

static guint
raw_id_hash(gconstpointer p)
{
  guint h;
  memcpy(&h, p, sizeof h);
  return h;
}

static gboolean
raw_id_equal(gconstpointer a, gconstpointer b)
{
  return memcmp(a, b, CV_DID_LEN) == 0;
}

void
cv_store_meta_forget(CvCollection *coll, const guint8 *did)
{
  g_rw_lock_writer_lock(&coll->meta_lock);
  coll->meta_gen++;
  if (coll->meta_cache)
    g_hash_table_remove(coll->meta_cache, did);
  g_rw_lock_writer_unlock(&coll->meta_lock);
}

const char *
cv_store_mime_short(const char *mime)
{
  static const struct {
    const char *mime, *name;
  } names[] = {
    { "application/pdf", "pdf" },
    { "text/plain", "text" },
    { "text/html", "html" },
    { "application/xhtml+xml", "html" },
    { "text/markdown", "markdown" },
    { "text/csv", "csv" },
    { "message/rfc822", "email" },
    { "application/vnd.ms-outlook", "email" },
    { "application/vnd.openxmlformats-officedocument.wordprocessingml."
      "document",
      "docx" },
    { "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "xlsx" },
    { "application/vnd.openxmlformats-officedocument.presentationml."
      "presentation",
      "pptx" },
    { "application/vnd.oasis.opendocument.text", "odt" },
    { "application/vnd.oasis.opendocument.spreadsheet", "ods" },
    { "application/rtf", "rtf" },
    { "text/rtf", "rtf" },
    { "application/xml", "xml" },
    { "text/xml", "xml" },
    { "application/zip", "zip" },
  };
  if (mime == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS(names); i++)
    if (g_ascii_strcasecmp(mime, names[i].mime) == 0)
      return names[i].name;
  if (g_ascii_strncasecmp(mime, "image/", 6) == 0)
    return "image";
  return mime;
}

typedef struct {
  CvCollection *coll;
  const CvSearchFilter *f;
  gboolean by_doc;
  guint8 doc[CV_DID_LEN];
  gboolean need_meta;
  GError *error;      /* the first failure to read a document */
  gboolean read_held; /* coll->meta_lock held for reading (accept_done) */
} AcceptCtx;

static gboolean
meta_matches(const MetaEntry *e, const CvSearchFilter *f)
{
  if (f->source_prefix &&
      !(e->source && g_str_has_prefix(e->source, f->source_prefix)))
    return FALSE;
  if (f->lang && g_ascii_strcasecmp(f->lang, e->lang ? e->lang : "") != 0)
    return FALSE;
  if (f->type) {
    const char *shorter = cv_store_mime_short(e->mime);
    if (!e->mime || (g_ascii_strcasecmp(f->type, e->mime) != 0 &&
                     g_ascii_strcasecmp(f->type, shorter) != 0))
      return FALSE;
  }
  if (f->has_after && !(e->ingested_at > f->ingested_after))
    return FALSE;
  if (f->has_before && !(e->ingested_at < f->ingested_before))
    return FALSE;
  return TRUE;
}

static gboolean
accept_doc(const guint8 *raw_id, gpointer user_data)
{
  AcceptCtx *a = user_data;
  if (a->by_doc && memcmp(raw_id, a->doc, CV_DID_LEN) != 0)
    return FALSE;
  if (!a->need_meta)
    return TRUE;
  CvCollection *coll = a->coll;
  /* Searches read the cache in parallel, and each holds the read lock
   * from its first call to accept_done: a lock and an unlock for each of
   * thousands of documents were a tenth of a filtered search's CPU, and
   * their shared cache line bounced between the searching threads. */
  if (!a->read_held) {
    g_rw_lock_reader_lock(&coll->meta_lock);
    a->read_held = TRUE;
  }
  MetaEntry *e = g_hash_table_lookup(coll->meta_cache, raw_id);
  if (e != NULL)
    return meta_matches(e, a->f);
  guint gen = coll->meta_gen;
  g_rw_lock_reader_unlock(&coll->meta_lock);
  a->read_held = FALSE;
  gboolean ok;
  GError *local = NULL;
  g_autoptr(CvDocRecord) rec = cv_doc_record_load(coll, raw_id, &local);
  if (rec == NULL) {
    /* forgotten meanwhile: not a result; anything else is reported */
    if (!g_error_matches(local, CV_STORE_ERROR, CV_STORE_ERROR_NOT_FOUND) &&
        a->error == NULL)
      a->error = g_steal_pointer(&local);
    g_clear_error(&local);
    return FALSE;
  }
  e = g_new0(MetaEntry, 1);
  e->source = g_strdup(rec->info.source);
  e->mime = g_strdup(rec->info.mime);
  e->lang = g_strdup(rec->info.lang);
  e->ingested_at = rec->info.ingested_at;
  ok = meta_matches(e, a->f);
  g_rw_lock_writer_lock(&coll->meta_lock);
  if (coll->meta_gen != gen) {
    /* a document was forgotten while this one was read: what was read
     * may be stale, keep it out of the cache */
    meta_entry_free(e);
  } else {
    if (g_hash_table_size(coll->meta_cache) >= META_CACHE_MAX)
      g_hash_table_remove_all(coll->meta_cache);
    g_hash_table_replace(coll->meta_cache, g_memdup2(raw_id, CV_DID_LEN), e);
  }
  g_rw_lock_writer_unlock(&coll->meta_lock);
  return ok;
}

/* The name of @f's decisions kept by the index between searches
 * (cv_index_search_keyed): a hash of every field, so that the sources and
 * document ids asked for are not kept in clear. */
static char *
filter_key(const CvSearchFilter *f)
{
  g_autoptr(GString) s = g_string_new("cvfilter1");
  const char *fields[] = { f->source_prefix, f->type, f->lang, f->doc };
  for (guint i = 0; i < G_N_ELEMENTS(fields); i++) {
    if (fields[i])
      g_string_append_printf(s, "|%zu:%s", strlen(fields[i]), fields[i]);
    else
      g_string_append(s, "|-");
  }
  g_string_append_printf(s, "|%d:%" G_GINT64_FORMAT "|%d:%" G_GINT64_FORMAT,
                         f->has_after, f->has_after ? f->ingested_after : 0,
                         f->has_before, f->has_before ? f->ingested_before : 0);
  guint8 h[crypto_generichash_BYTES];
  crypto_generichash(h, sizeof h, (const guint8 *)s->str, s->len, NULL, 0);
  sodium_memzero(s->str, s->len);
  char hex[crypto_generichash_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, h, sizeof h);
  return g_strdup(hex);
}

/* Ends a search's use of accept_doc. */
static void
accept_done(AcceptCtx *a)
{
  if (a->read_held)
    g_rw_lock_reader_unlock(&a->coll->meta_lock);
  a->read_held = FALSE;
}

/* ---------- highlights and titles ---------- */

/* The first line of @text with letters in it, at most 120 characters. */
static char *
title_of(const char *text, gsize len)
{
  const char *p = text, *end = text + len;
  while (p < end) {
    const char *nl = memchr(p, '\n', end - p);
    const char *le = nl ? nl : end;
    gboolean letters = FALSE;
    for (const char *q = p; q < le && !letters; q++)
      letters = g_ascii_isalpha(*q) || (guchar)*q >= 0x80;
    if (letters) {
      g_autofree char *line = g_utf8_make_valid(p, le - p);
      g_strstrip(line);
      char *t;
      if (g_utf8_strlen(line, -1) > 120) {
        t = g_utf8_substring(line, 0, 119);
        char *u = g_strconcat(t, "\u2026", NULL);
        sodium_memzero(t, strlen(t));
        g_free(t);
        t = u;
      } else {
        t = g_strdup(line);
      }
      sodium_memzero(line, strlen(line));
      return t;
    }
    p = le + 1;
  }
  return NULL;
}

/* Reads and decrypts chunk @idx of a document. */
static gboolean
read_chunk(CvCollection *coll, const guint8 *did, const char *doc_id,
           const CvDocRecord *rec, guint idx, CvChunk *chunk, char **text,
           gboolean *missing, GError **error)
{
  guint8 key[CV_CID_LEN + CV_DID_LEN + 4];
  gsize klen = cv_key_chunk(coll, did, idx, key);
  char *err = NULL;
  size_t vlen = 0;
  char *val = rocksdb_get_cf(coll->store->db, coll->store->ropts,
                             coll->store->cf[CF_CHUNKS], (const char *)key,
                             klen, &vlen, &err);
  *missing = FALSE;
  if (!cv_store_check_rocks(err, CV_STORE_ERROR_IO, "reading the store", error))
    return FALSE;
  if (val == NULL) {
    /* Forgotten by another thread since its metadata was read: skip. */
    GError *local = NULL;
    if (!cv_store_has_document(coll, doc_id, &local) && local == NULL) {
      *missing = TRUE;
      return FALSE;
    }
    g_clear_error(&local);
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_CORRUPT,
                "document %s: chunk %u missing", doc_id, idx);
    return FALSE;
  }
  gboolean ok = cv_chunk_decrypt(coll, did, rec, idx, (const guint8 *)val, vlen,
                                 chunk, text, error);
  rocksdb_free(val);
  return ok;
}

/* A result and the length of its text (which may hold NUL bytes), so the
 * whole text is wiped. */
typedef struct {
  CvSearchResult pub;   /* first: the array holds &pub */
  gsize text_len;
} SearchResult;

static void
search_result_free(gpointer data)
{
  SearchResult *r = data;
  if (r == NULL)
    return;
  cv_text_wipe_len(r->pub.text, r->text_len);
  g_free(r->pub.source);
  g_free(r->pub.mime);
  g_free(r->pub.lang);
  if (r->pub.title)
    cv_text_wipe_len(r->pub.title, strlen(r->pub.title));
  if (r->pub.highlights)
    g_array_unref(r->pub.highlights);
  g_free(r);
}

GPtrArray *
cv_store_search(CvCollection *coll, const char *query, guint k, GError **error)
{
  CvSearchOptions o = { .k = k };
  return cv_store_search_full(coll, query, &o, NULL, error);
}

GPtrArray *
cv_store_search_full(CvCollection *coll, const char *query,
                     const CvSearchOptions *o, guint64 *total, GError **error)
{
  if (total)
    *total = 0;
  const CvSearchFilter *f = o->filter;
  AcceptCtx actx = { coll, f, FALSE, { 0 }, FALSE, NULL, FALSE };
  if (f) {
    if (f->doc && !cv_parse_doc_id(f->doc, actx.doc, error))
      return NULL;
    actx.by_doc = f->doc != NULL;
    actx.need_meta =
        f->source_prefix || f->type || f->lang || f->has_after || f->has_before;
  }
  if (o->offset > CV_SEARCH_OFFSET_MAX) {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_INVALID,
                "offset larger than %u", CV_SEARCH_OFFSET_MAX);
    return NULL;
  }
  CvIndex *index = g_atomic_pointer_get(&coll->index);
  if (index == NULL)  /* nothing was ever written to it */
    return g_ptr_array_new_with_free_func(search_result_free);
  double max_score = 0.0;
  /* (a filter on one document only asks nothing of the metadata: not kept,
   * where each document would take a chunk table's worth of bytes) */
  g_autofree char *key = actx.need_meta ? filter_key(f) : NULL;
  g_autoptr(GArray) hits = cv_index_search_keyed(index, query, o->k + o->offset,
                                                 f ? accept_doc : NULL, &actx,
                                                 key, total, &max_score, error);
  accept_done(&actx);
  if (actx.error != NULL) {
    /* a document that could not be read was refused: not a decision to
     * keep */
    cv_index_filter_forget(index, key);
    if (hits != NULL)
      g_propagate_error(error, g_steal_pointer(&actx.error));
    g_clear_error(&actx.error);
    return NULL;
  }
  if (hits == NULL)
    return NULL;
  g_autoptr(GHashTable) query_terms =
      o->details ? cv_index_query_terms(query) : NULL;
  g_autoptr(GPtrArray) results = g_ptr_array_new_with_free_func(search_result_free);
  g_autoptr(GHashTable) docs = g_hash_table_new_full(
      g_str_hash, g_str_equal, g_free, (GDestroyNotify)cv_doc_record_free);
  g_autoptr(GHashTable) titles =
      g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = o->offset; i < hits->len; i++) {
    const CvIndexHit *hit = &g_array_index(hits, CvIndexHit, i);
    guint8 did[CV_DID_LEN];
    if (!cv_parse_doc_id(hit->doc_id, did, error))
      return NULL;
    CvDocRecord *rec = g_hash_table_lookup(docs, hit->doc_id);
    if (rec == NULL) {
      GError *local = NULL;
      rec = cv_doc_record_load(coll, did, &local);
      if (rec == NULL) {
        /* A hit on a forgotten document (index lagging): skip it. */
        if (g_error_matches(local, CV_STORE_ERROR, CV_STORE_ERROR_NOT_FOUND)) {
          g_clear_error(&local);
          continue;
        }
        g_propagate_error(error, local);
        return NULL;
      }
      g_hash_table_insert(docs, g_strdup(hit->doc_id), rec);
    }
    if (hit->chunk_index >= rec->n_chunks)
      continue;
    CvChunk chunk;
    char *text = NULL;
    gboolean missing = FALSE;
    if (!read_chunk(coll, did, hit->doc_id, rec, hit->chunk_index, &chunk,
                    &text, &missing, error)) {
      if (missing)
        continue;
      return NULL;
    }
    SearchResult *sr = g_new0(SearchResult, 1);
    CvSearchResult *r = &sr->pub;
    sr->text_len = chunk.len;
    g_strlcpy(r->doc_id, hit->doc_id, sizeof r->doc_id);
    r->chunk_index = hit->chunk_index;
    r->score = hit->score;
    r->score_norm = max_score > 0.0 ? MIN(1.0, hit->score / max_score) : 0.0;
    r->source = g_strdup(rec->info.source);
    r->first_page = chunk.first_page;
    r->last_page = chunk.last_page;
    r->text = text;
    r->mime = g_strdup(rec->info.mime);
    r->lang = g_strdup(rec->info.lang);
    r->ingested_at = rec->info.ingested_at;
    g_ptr_array_add(results, r);
    if (!o->details)
      continue;
    r->highlights =
        cv_index_highlights(query_terms, text, chunk.len, rec->info.lang);
    /* the title: the first line of the document with letters */
    if (!g_hash_table_contains(titles, hit->doc_id)) {
      char *title = NULL;
      if (hit->chunk_index == 0) {
        title = title_of(text, chunk.len);
      } else {
        CvChunk c0;
        char *t0 = NULL;
        gboolean gone = FALSE;
        if (read_chunk(coll, did, hit->doc_id, rec, 0, &c0, &t0, &gone, NULL)) {
          title = title_of(t0, c0.len);
          cv_text_wipe_len(t0, c0.len);
        }
      }
      g_hash_table_insert(titles, g_strdup(hit->doc_id), title);
    }
    const char *title = g_hash_table_lookup(titles, hit->doc_id);
    r->title = title ? g_strdup(title) : NULL;
  }
  GHashTableIter it;
  gpointer v;
  g_hash_table_iter_init(&it, titles);
  while (g_hash_table_iter_next(&it, NULL, &v))
    if (v)
      sodium_memzero(v, strlen(v));
  return g_steal_pointer(&results);
}
