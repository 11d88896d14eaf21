/* maint.c — store maintenance: forgetting documents so their bytes leave
 * every file (delete batch, flush, forced bottommost compaction), purging
 * expired documents, verifying every record, statistics, and the key
 * operations (fingerprint, rotation, passphrase). */
#include <glib/gi18n-lib.h>
#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "store-private.h"

/* ---------- flush and compaction ---------- */

gboolean
cv_store_flush_all(CvStore *store, GError **error)
{
  rocksdb_flushoptions_t *fo = rocksdb_flushoptions_create();
  rocksdb_flushoptions_set_wait(fo, 1);
  gboolean ok = TRUE;
  GHashTableIter it;
  gpointer cf;
  for (int i = 0; ok && i < CF_COUNT; i++) {
    char *err = NULL;
    rocksdb_flush_cf(store->db, fo, store->cf[i], &err);
    ok = cv_store_check_rocks(err, CV_STORE_ERROR_IO, "flushing the store", error);
  }
  g_hash_table_iter_init(&it, store->extra_cfs);
  while (ok && g_hash_table_iter_next(&it, NULL, &cf)) {
    char *err = NULL;
    rocksdb_flush_cf(store->db, fo, cf, &err);
    ok = cv_store_check_rocks(err, CV_STORE_ERROR_IO, "flushing the store", error);
  }
  rocksdb_flushoptions_destroy(fo);
  return ok;
}

/* Compacts [start, limit) of @cf (NULL: whole family) down to the
 * bottommost level, rewriting even bottommost files, so deleted values
 * are dropped. */
static void
compact_handle(CvStore *store, rocksdb_column_family_handle_t *cf,
               const guint8 *start, gsize start_len, const guint8 *limit,
               gsize limit_len)
{
  rocksdb_compactoptions_t *co = rocksdb_compactoptions_create();
  rocksdb_compactoptions_set_bottommost_level_compaction(co, 2 /* kForce */);
  rocksdb_compactoptions_set_exclusive_manual_compaction(co, 1);
  rocksdb_compact_range_cf_opt(store->db, cf, co,
                               (const char *)start, start_len,
                               (const char *)limit, limit_len);
  rocksdb_compactoptions_destroy(co);
}

static void
compact_cf(CvStore *store, int cf, const guint8 *start, gsize start_len,
           const guint8 *limit, gsize limit_len)
{
  compact_handle(store, store->cf[cf], start, start_len, limit, limit_len);
}

gboolean
cv_store_flush_and_compact(CvStore *store, GError **error)
{
  if (!cv_store_fold_indexes(store, error) || !cv_store_flush_all(store, error))
    return FALSE;
  for (int i = 0; i < CF_COUNT; i++)
    compact_cf(store, i, NULL, 0, NULL, 0);
  GHashTableIter it;
  gpointer cf;
  g_hash_table_iter_init(&it, store->extra_cfs);
  while (g_hash_table_iter_next(&it, NULL, &cf))
    compact_handle(store, cf, NULL, 0, NULL, 0);
  return TRUE;
}

/* ---------- forget ---------- */

/* Adds to @batch the removal of the source record of document @did when it
 * still names @did (a newer version of the same path keeps its own).  A
 * document whose metadata no longer decrypts has none to remove. */
static gboolean
forget_source_record(CvCollection *coll, const guint8 *did,
                     rocksdb_writebatch_t *batch, GError **error)
{
  CvStore *store = coll->store;
  g_autoptr(CvDocRecord) rec = cv_doc_record_load(coll, did, NULL);
  guint8 key[1 + CV_CID_LEN + CV_DID_LEN];
  gsize klen = rec != NULL && rec->info.source_key != NULL
                   ? cv_key_source(coll->cid, rec->info.source_key, key)
                   : 0;
  if (klen == 0)
    return TRUE;
  char *err = NULL;
  size_t vlen = 0;
  char *val = rocksdb_get_cf(store->db, store->ropts, store->cf[CF_KEYS],
                             (const char *)key, klen, &vlen, &err);
  if (!cv_store_check_rocks(err, CV_STORE_ERROR_IO, "reading the store", error))
    return FALSE;
  if (val != NULL && vlen == CV_DID_LEN && memcmp(val, did, CV_DID_LEN) == 0)
    rocksdb_writebatch_delete_cf(batch, store->cf[CF_KEYS], (const char *)key,
                                 klen);
  rocksdb_free(val);
  return TRUE;
}

/* Adds the removal of every record of document @did to @batch. Returns
 * FALSE with NOT_FOUND if there is none. */
static gboolean
forget_batch(CvCollection *coll, const guint8 *did, rocksdb_writebatch_t *batch,
             GError **error)
{
  CvStore *store = coll->store;
  guint8 key[1 + CV_CID_LEN + CV_DID_LEN + 4];
  char hex[CV_DOC_ID_LEN + 1];
  cv_hex(did, CV_DID_LEN, hex);
  guint found = 0;

  gsize klen = cv_key_doc(coll, did, key);
  char *err = NULL;
  size_t vlen = 0;
  char *val = rocksdb_get_cf(store->db, store->ropts, store->cf[CF_META],
                             (const char *)key, klen, &vlen, &err);
  if (!cv_store_check_rocks(err, CV_STORE_ERROR_IO, "reading the store", error))
    return FALSE;
  if (val != NULL) {
    found++;
    rocksdb_free(val);
    rocksdb_writebatch_delete_cf(batch, store->cf[CF_META], (const char *)key, klen);
    if (!forget_source_record(coll, did, batch, error))
      return FALSE;
  }
  klen = cv_key_dk(coll->cid, did, key);
  val = rocksdb_get_cf(store->db, store->ropts, store->cf[CF_KEYS],
                       (const char *)key, klen, &vlen, &err);
  if (!cv_store_check_rocks(err, CV_STORE_ERROR_IO, "reading the store", error))
    return FALSE;
  if (val != NULL) {
    found++;
    rocksdb_free(val);
    rocksdb_writebatch_delete_cf(batch, store->cf[CF_KEYS], (const char *)key, klen);
  }
  guint8 prefix[CV_CID_LEN + CV_DID_LEN];
  gsize plen = cv_key_doc(coll, did, prefix);
  g_autoptr(CvIter) iter = cv_iter_new(store, CF_CHUNKS, prefix, plen);
  for (; rocksdb_iter_valid(iter->it); rocksdb_iter_next(iter->it)) {
    size_t len = 0;
    const char *k = rocksdb_iter_key(iter->it, &len);
    rocksdb_writebatch_delete_cf(batch, store->cf[CF_CHUNKS], k, len);
    found++;
  }
  if (!cv_iter_check(iter, error))
    return FALSE;
  if (found == 0) {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_NOT_FOUND,
                _("no document %s in collection %s"), hex, coll->name);
    return FALSE;
  }
  return coll->index == NULL
      || cv_index_remove_document(coll->index, batch, hex, error);
}

static gboolean
write_forget(CvCollection *coll, rocksdb_writebatch_t *batch, GError **error)
{
  gboolean ok = cv_store_write_batch(coll->store, batch, error);
  if (coll->index != NULL) {
    if (ok)
      cv_index_batch_committed(coll->index);
    else
      cv_index_batch_aborted(coll->index);
  }
  return ok;
}

/* Removes every record of @doc_id in one batch (no compaction). */
static gboolean
forget_one(CvCollection *coll, const char *doc_id, guint8 *did, GError **error)
{
  CvStore *store = coll->store;
  if (store->read_only) {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_INVALID,
                _("store %s is opened read-only"), store->dir);
    return FALSE;
  }
  if (!cv_parse_doc_id(doc_id, did, error))
    return FALSE;
  rocksdb_writebatch_t *batch = rocksdb_writebatch_create();
  gboolean ok = forget_batch(coll, did, batch, error);
  if (ok)
    ok = write_forget(coll, batch, error);
  if (ok)
    cv_store_meta_forget(coll, did);
  else if (coll->index != NULL)
    cv_index_batch_aborted(coll->index);
  rocksdb_writebatch_destroy(batch);
  return ok;
}

gboolean
cv_store_forget(CvCollection *coll, const char *doc_id, GError **error)
{
  CvStore *store = coll->store;
  guint8 did[CV_DID_LEN];
  if (!forget_one(coll, doc_id, did, error))
    return FALSE;

  /* Flush so the WAL holding the document becomes obsolete (and is
   * deleted: no recycling, no archive), then rewrite the files holding its
   * ranges.  The index's blocks are keyed by term: compact it whole. */
  if (!cv_store_flush_all(store, error))
    return FALSE;
  guint8 start[1 + CV_CID_LEN + CV_DID_LEN], limit[1 + CV_CID_LEN + CV_DID_LEN + 1];
  gsize len = cv_key_doc(coll, did, start);
  memcpy(limit, start, len);
  limit[len] = 0xff;  /* past every chunk key (idx is 4 bytes) */
  compact_cf(store, CF_META, start, len, limit, len + 1);
  compact_cf(store, CF_CHUNKS, start, len, limit, len + 1);
  len = cv_key_dk(coll->cid, did, start);
  memcpy(limit, start, len);
  limit[len] = 0xff;
  compact_cf(store, CF_KEYS, start, len, limit, len + 1);
  if (cv_store_index_cf(coll) != NULL)
    compact_handle(store, cv_store_index_cf(coll), NULL, 0, NULL, 0);
  return TRUE;
}

gboolean
cv_store_forget_deferred(CvCollection *coll, const char *doc_id,
                         GError **error)
{
  guint8 did[CV_DID_LEN];
  return forget_one(coll, doc_id, did, error);
}

gboolean
cv_store_compact(CvStore *store, GError **error)
{
  if (store->read_only) {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_INVALID,
                _("store %s is opened read-only"), store->dir);
    return FALSE;
  }
  return cv_store_flush_and_compact(store, error);
}

/* ---------- purge ---------- */

typedef struct {
  CvStore *store;
  GPtrArray *colls;      /* CvCollection* (owned by store) */
} CollList;

static gboolean
collect_coll(const guint8 *cid, const char *name, gpointer user_data)
{
  CollList *l = user_data;
  if (name == NULL)
    return TRUE;
  CvCollection *coll = cv_store_collection(l->store, name, NULL);
  if (coll != NULL)
    g_ptr_array_add(l->colls, coll);
  return TRUE;
}

typedef struct {
  gint64 now;
  gint64 retention;
  GArray *expired;   /* guint8[CV_DID_LEN] */
} ExpiryScan;

static gboolean
is_expired(const ExpiryScan *e, const CvDocInfo *info)
{
  return (info->expires_at > 0 && info->expires_at <= e->now)
      || (e->retention > 0 && info->ingested_at > 0
          && info->ingested_at <= e->now - e->retention);
}

/* Collects the expired documents of @coll.  A document whose metadata
 * cannot be read is skipped with a warning (its id only), so one damaged
 * record does not stop retention for the others. */
static gboolean
scan_collection_expiry(CvCollection *coll, ExpiryScan *e, GError **error)
{
  g_autoptr(CvIter) iter = cv_iter_new(coll->store, CF_META, coll->cid, CV_CID_LEN);
  for (; rocksdb_iter_valid(iter->it); rocksdb_iter_next(iter->it)) {
    size_t klen = 0;
    const guint8 *key = (const guint8 *)rocksdb_iter_key(iter->it, &klen);
    if (klen != CV_CID_LEN + CV_DID_LEN)
      continue;
    GError *local = NULL;
    g_autoptr(CvDocRecord) rec = cv_doc_record_load(coll, key + CV_CID_LEN, &local);
    if (rec == NULL) {
      g_message(_("purge: collection %s: %s: skipped (run `caviar verify`)"),
                coll->name, local->message);
      g_clear_error(&local);
      continue;
    }
    if (is_expired(e, &rec->info))
      g_array_append_vals(e->expired, key + CV_CID_LEN, 1);
  }
  return cv_iter_check(iter, error);
}

gboolean
cv_store_purge(CvStore *store, guint *n_forgotten, GError **error)
{
  if (store->read_only) {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_INVALID,
                _("store %s is opened read-only"), store->dir);
    return FALSE;
  }
  g_autoptr(GPtrArray) colls = g_ptr_array_new();
  CollList l = { store, colls };
  if (!cv_store_foreach_collection_record(store, collect_coll, &l, error))
    return FALSE;
  guint n = 0;
  for (guint c = 0; c < colls->len; c++) {
    CvCollection *coll = colls->pdata[c];
    g_autoptr(GArray) expired = g_array_new(FALSE, FALSE, CV_DID_LEN);
    ExpiryScan e = { g_get_real_time() / G_USEC_PER_SEC, 0, expired };
    if (!cv_store_collection_get_retention(coll, &e.retention, error)
        || !scan_collection_expiry(coll, &e, error))
      return FALSE;
    for (guint i = 0; i < expired->len; i++) {
      rocksdb_writebatch_t *batch = rocksdb_writebatch_create();
      gboolean ok = forget_batch(coll, (const guint8 *)expired->data + i * CV_DID_LEN,
                                 batch, error);
      if (ok)
        ok = write_forget(coll, batch, error);
      else if (coll->index != NULL)
        cv_index_batch_aborted(coll->index);
      rocksdb_writebatch_destroy(batch);
      if (!ok)
        return FALSE;
      n++;
    }
  }
  if (n_forgotten != NULL)
    *n_forgotten = n;
  return cv_store_flush_and_compact(store, error);
}

/* ---------- stats ---------- */

static guint64
dir_bytes(const char *dir, int depth)
{
  guint64 total = 0;
  g_autoptr(GDir) d = g_dir_open(dir, 0, NULL);
  const char *name;
  while (d != NULL && (name = g_dir_read_name(d)) != NULL) {
    g_autofree char *path = g_build_filename(dir, name, NULL);
    struct stat st;
    if (lstat(path, &st) != 0)
      continue;
    if (S_ISREG(st.st_mode))
      total += (guint64)st.st_size;
    else if (S_ISDIR(st.st_mode) && depth < 4)
      total += dir_bytes(path, depth + 1);
  }
  return total;
}

static gboolean
stats_did(CvCollection *coll, const guint8 *did, CvStoreStats *stats,
          GError **error)
{
  g_autoptr(CvDocRecord) rec = cv_doc_record_load(coll, did, error);
  if (rec == NULL)
    return FALSE;
  stats->n_documents++;
  stats->n_chunks += rec->n_chunks;
  stats->text_bytes += rec->text_bytes;
  return TRUE;
}

/* Approximate bytes of @coll's records in SST files: its key ranges in
 * the keys, meta and chunks families, and its whole index family.  Data
 * still in memtables/WAL only is not counted. */
static guint64
collection_bytes(CvCollection *coll)
{
  CvStore *store = coll->store;
  guint64 total = 0;
  guint8 start[1 + CV_CID_LEN], limit[1 + CV_CID_LEN];
  static const int cfs[] = { CF_META, CF_CHUNKS, CF_KEYS };
  for (guint i = 0; i < G_N_ELEMENTS(cfs); i++) {
    gsize len;
    if (cfs[i] == CF_KEYS) {  /* "K" cid ... */
      start[0] = 'K';
      memcpy(start + 1, coll->cid, CV_CID_LEN);
      len = 1 + CV_CID_LEN;
    } else {
      memcpy(start, coll->cid, CV_CID_LEN);
      len = CV_CID_LEN;
    }
    memcpy(limit, start, len);
    gssize j = (gssize)len - 1;
    while (j >= 0 && limit[j] == 0xff)
      limit[j--] = 0;
    if (j < 0)
      continue;
    limit[j]++;
    const char *starts[1] = { (const char *)start };
    const char *limits[1] = { (const char *)limit };
    size_t start_lens[1] = { len }, limit_lens[1] = { len };
    uint64_t size = 0;
    char *err = NULL;
    rocksdb_approximate_sizes_cf(store->db, store->cf[cfs[i]], 1, starts,
                                 start_lens, limits, limit_lens, &size, &err);
    if (err != NULL)
      rocksdb_free(err);
    else
      total += size;
  }
  rocksdb_column_family_handle_t *icf = cv_store_index_cf(coll);
  if (icf != NULL) {
    char *v = rocksdb_property_value_cf(store->db, icf,
                                        "rocksdb.total-sst-files-size");
    if (v != NULL)
      total += g_ascii_strtoull(v, NULL, 10);
    rocksdb_free(v);
  }
  return total;
}

typedef struct {
  CvCollection *coll;
  CvStoreStats *stats;
} StatsRun;

static gboolean
stats_cb(const guint8 *did, gpointer user_data, GError **error)
{
  StatsRun *run = user_data;
  return stats_did(run->coll, did, run->stats, error);
}

gboolean
cv_store_stats(CvCollection *coll, CvStoreStats *stats, GError **error)
{
  CvStoreStats s = { 0 };
  StatsRun run = { coll, &s };
  if (!cv_store_foreach_did(coll, stats_cb, &run, error))
    return FALSE;
  s.disk_bytes = dir_bytes(coll->store->dir, 0);
  s.collection_bytes = collection_bytes(coll);
  *stats = s;
  return TRUE;
}

/* ---------- verify ---------- */

typedef struct {
  CvStore *store;
  CvVerifyFunc report;
  gpointer user_data;
  int problems;
  GHashTable *colls;     /* cid (16 bytes, GBytes) -> CvCollection* */
  GHashTable *docs;      /* cid||did (GBytes) with valid metadata */
  GHashTable *dks;       /* cid||did (GBytes) with a key record */
} Verify;

static void
problem(Verify *v, const char *collection, const char *record,
        const char *what)
{
  v->problems++;
  if (v->report != NULL)
    v->report(collection, record, what, v->user_data);
}

static void
cid_label(Verify *v, const guint8 *cid, char *out, gsize out_len)
{
  g_autoptr(GBytes) b = g_bytes_new(cid, CV_CID_LEN);
  CvCollection *coll = g_hash_table_lookup(v->colls, b);
  char hex[2 * CV_CID_LEN + 1];
  if (coll != NULL) {
    g_strlcpy(out, coll->name, out_len);
  } else {
    cv_hex(cid, CV_CID_LEN, hex);
    g_snprintf(out, out_len, "collection-id:%s", hex);
  }
}

static void
iter_problem(Verify *v, CvIter *iter, int cf)
{
  char *err = NULL;
  rocksdb_iter_get_error(iter->it, &err);
  if (err != NULL) {
    g_autofree char *rec = g_strdup_printf("column family %s", cv_store_cf_names[cf]);
    g_autofree char *what = g_strdup_printf("read error: %s", err);
    problem(v, "(store)", rec, what);
    rocksdb_free(err);
  }
}

static gboolean
verify_coll_record(const guint8 *cid, const char *name, gpointer user_data)
{
  Verify *v = user_data;
  if (cid == NULL) {
    problem(v, "(store)", "collection record", "malformed key");
    return TRUE;
  }
  if (name == NULL) {
    char hex[2 * CV_CID_LEN + 1];
    cv_hex(cid, CV_CID_LEN, hex);
    g_autofree char *label = g_strdup_printf("collection-id:%s", hex);
    problem(v, label, "collection record", "fails authentication");
    return TRUE;
  }
  GError *local = NULL;
  CvCollection *coll = cv_store_collection(v->store, name, &local);
  if (coll == NULL || memcmp(coll->cid, cid, CV_CID_LEN) != 0) {
    problem(v, name, "collection record", "name does not match its id");
    g_clear_error(&local);
    return TRUE;
  }
  g_hash_table_insert(v->colls, g_bytes_new(cid, CV_CID_LEN), coll);
  gint64 retention = 0;
  if (!cv_store_collection_get_retention(coll, &retention, &local)) {
    problem(v, name, "retention record", "fails authentication or unreadable");
    g_clear_error(&local);
  }
  GPtrArray *lists = cv_store_collection_get_lists(coll, &local);
  if (lists == NULL) {
    problem(v, name, "lists record", "fails authentication or unreadable");
    g_clear_error(&local);
  } else {
    g_ptr_array_unref(lists);
  }
  return TRUE;
}

/* A source record names a document of a known collection that exists. */
static void
verify_source_record(Verify *v, const guint8 *key, const guint8 *val, gsize vlen)
{
  char label[CV_MAX_NAME_LEN + 64];
  cid_label(v, key + 1, label, sizeof label);
  g_autoptr(GBytes) cidb = g_bytes_new(key + 1, CV_CID_LEN);
  CvCollection *coll = g_hash_table_lookup(v->colls, cidb);
  if (coll == NULL) {
    problem(v, label, "source record", "belongs to no known collection");
    return;
  }
  if (vlen != CV_DID_LEN) {
    problem(v, label, "source record", "bad length");
    return;
  }
  char hex[CV_DOC_ID_LEN + 1];
  cv_hex(val, CV_DID_LEN, hex);
  GError *local = NULL;
  if (!cv_store_has_document(coll, hex, &local)) {
    g_autofree char *rec = g_strdup_printf("source record of document %s", hex);
    problem(v, label, rec, local ? local->message : "names a missing document");
    g_clear_error(&local);
  }
}

static void
verify_keys(Verify *v)
{
  CvStore *store = v->store;
  g_autoptr(CvIter) iter = cv_iter_new(store, CF_KEYS, (const guint8 *)"", 0);
  rocksdb_iter_seek_to_first(iter->it);
  for (; rocksdb_iter_valid(iter->it); rocksdb_iter_next(iter->it)) {
    size_t klen = 0, vlen = 0;
    const guint8 *key = (const guint8 *)rocksdb_iter_key(iter->it, &klen);
    const guint8 *val = (const guint8 *)rocksdb_iter_value(iter->it, &vlen);
    char label[CV_MAX_NAME_LEN + 64];
    if (klen == 0) {
      problem(v, "(store)", "key record", "empty key");
      continue;
    }
    if (klen == 1 && key[0] == 'S')
      continue;  /* the header: authenticated when the store was opened */
    if ((key[0] == 'C' || key[0] == 'R' || key[0] == 'L') &&
        klen == 1 + CV_CID_LEN)
      continue;  /* checked by verify_coll_record */
    if (key[0] == 'N' && klen == 1 + CV_CID_LEN + CV_DID_LEN) {
      verify_source_record(v, key, val, vlen);
      continue;
    }
    if (key[0] != 'K' || klen != 1 + CV_CID_LEN + CV_DID_LEN) {
      problem(v, "(store)", "key record", "unknown record type or malformed key");
      continue;
    }
    char hex[CV_DOC_ID_LEN + 1];
    cv_hex(key + 1 + CV_CID_LEN, CV_DID_LEN, hex);
    g_autofree char *rec = g_strdup_printf("document %s key", hex);
    cid_label(v, key + 1, label, sizeof label);
    g_autoptr(GBytes) cidb = g_bytes_new(key + 1, CV_CID_LEN);
    CvCollection *coll = g_hash_table_lookup(v->colls, cidb);
    if (coll == NULL) {
      problem(v, label, rec, "belongs to no known collection");
      continue;
    }
    guint8 ad[64], dk[CV_KEY_LEN];
    guint32 version = vlen >= 4 ? cv_get_be32(val) : 0;
    if (vlen < 4 || !cv_record_holds(vlen - 4, CV_KEY_LEN) ||
        version != store->kek_version) {
      problem(v, label, rec, "bad length or unknown key-encryption key version");
      continue;
    }
    if (!cv_record_open_exact(
            coll->secrets->kek, ad,
            cv_ad_dk(coll->cid, key + 1 + CV_CID_LEN, version, ad), val + 4,
            vlen - 4, dk, CV_KEY_LEN)) {
      problem(v, label, rec, "fails authentication");
      continue;
    }
    sodium_memzero(dk, sizeof dk);
    g_hash_table_add(v->dks, g_bytes_new(key + 1, CV_CID_LEN + CV_DID_LEN));
  }
  iter_problem(v, iter, CF_KEYS);
}

static void
verify_document(Verify *v, CvCollection *coll, const guint8 *did)
{
  char hex[CV_DOC_ID_LEN + 1];
  cv_hex(did, CV_DID_LEN, hex);
  g_autofree char *rec_label = g_strdup_printf("document %s", hex);
  GError *local = NULL;
  g_autoptr(CvDocRecord) rec = cv_doc_record_load(coll, did, &local);
  if (rec == NULL) {
    /* messages name the record, never its content */
    problem(v, coll->name, rec_label, local->message);
    g_clear_error(&local);
    return;
  }
  guint8 prefix[CV_CID_LEN + CV_DID_LEN];
  gsize plen = cv_key_doc(coll, did, prefix);
  g_autoptr(CvIter) iter = cv_iter_new(v->store, CF_CHUNKS, prefix, plen);
  guint expected = 0, seen = 0;
  guint64 text_bytes = 0;
  for (; rocksdb_iter_valid(iter->it); rocksdb_iter_next(iter->it)) {
    size_t klen = 0, vlen = 0;
    const guint8 *key = (const guint8 *)rocksdb_iter_key(iter->it, &klen);
    const guint8 *val = (const guint8 *)rocksdb_iter_value(iter->it, &vlen);
    seen++;
    if (klen != plen + 4) {
      problem(v, coll->name, rec_label, "malformed chunk key");
      continue;
    }
    guint idx = cv_get_be32(key + plen);
    g_autofree char *chunk_label = g_strdup_printf("document %s chunk %u", hex, idx);
    if (idx >= rec->n_chunks) {
      problem(v, coll->name, chunk_label, "index beyond the document's chunk count");
      continue;
    }
    if (idx != expected) {
      g_autofree char *what = g_strdup_printf("chunks %u to %u missing", expected,
                                              idx - 1);
      problem(v, coll->name, rec_label, what);
    }
    expected = idx + 1;
    CvChunk chunk;
    char *text = NULL;
    if (!cv_chunk_decrypt(coll, did, rec, idx, val, vlen, &chunk, &text, &local)) {
      problem(v, coll->name, chunk_label, "fails authentication");
      g_clear_error(&local);
      continue;
    }
    text_bytes += chunk.len;
    cv_text_wipe_len(text, chunk.len);
  }
  iter_problem(v, iter, CF_CHUNKS);
  if (expected < rec->n_chunks) {
    g_autofree char *what = g_strdup_printf("chunks %u to %u of %u missing",
                                            expected, rec->n_chunks - 1,
                                            rec->n_chunks);
    problem(v, coll->name, rec_label, what);
  } else if (seen == rec->n_chunks && text_bytes != rec->text_bytes) {
    problem(v, coll->name, rec_label, "text size differs from its metadata");
  }
  g_hash_table_add(v->docs, g_bytes_new(prefix, plen));
}

static void
verify_meta(Verify *v)
{
  g_autoptr(CvIter) iter = cv_iter_new(v->store, CF_META, (const guint8 *)"", 0);
  rocksdb_iter_seek_to_first(iter->it);
  for (; rocksdb_iter_valid(iter->it); rocksdb_iter_next(iter->it)) {
    size_t klen = 0;
    const guint8 *key = (const guint8 *)rocksdb_iter_key(iter->it, &klen);
    char label[CV_MAX_NAME_LEN + 64];
    if (klen != CV_CID_LEN + CV_DID_LEN) {
      problem(v, "(store)", "metadata record", "malformed key");
      continue;
    }
    cid_label(v, key, label, sizeof label);
    g_autoptr(GBytes) cidb = g_bytes_new(key, CV_CID_LEN);
    CvCollection *coll = g_hash_table_lookup(v->colls, cidb);
    if (coll == NULL) {
      char hex[CV_DOC_ID_LEN + 1];
      cv_hex(key + CV_CID_LEN, CV_DID_LEN, hex);
      g_autofree char *rec = g_strdup_printf("document %s", hex);
      problem(v, label, rec, "belongs to no known collection");
      continue;
    }
    verify_document(v, coll, key + CV_CID_LEN);
  }
  iter_problem(v, iter, CF_META);
}

/* Chunks and keys whose document has no metadata. */
static void
verify_orphans(Verify *v)
{
  g_autoptr(CvIter) iter = cv_iter_new(v->store, CF_CHUNKS, (const guint8 *)"", 0);
  rocksdb_iter_seek_to_first(iter->it);
  guint8 last[CV_CID_LEN + CV_DID_LEN] = { 0 };
  gboolean have_last = FALSE;
  for (; rocksdb_iter_valid(iter->it); rocksdb_iter_next(iter->it)) {
    size_t klen = 0;
    const guint8 *key = (const guint8 *)rocksdb_iter_key(iter->it, &klen);
    if (klen != CV_CID_LEN + CV_DID_LEN + 4) {
      problem(v, "(store)", "chunk record", "malformed key");
      continue;
    }
    if (have_last && memcmp(last, key, sizeof last) == 0)
      continue;
    memcpy(last, key, sizeof last);
    have_last = TRUE;
    g_autoptr(GBytes) b = g_bytes_new(key, sizeof last);
    if (!g_hash_table_contains(v->docs, b)) {
      char label[CV_MAX_NAME_LEN + 64], hex[CV_DOC_ID_LEN + 1];
      cid_label(v, key, label, sizeof label);
      cv_hex(key + CV_CID_LEN, CV_DID_LEN, hex);
      g_autofree char *rec = g_strdup_printf("document %s chunks", hex);
      problem(v, label, rec, "chunks without a readable metadata record");
    }
  }
  iter_problem(v, iter, CF_CHUNKS);

  GHashTableIter it;
  gpointer k;
  g_hash_table_iter_init(&it, v->dks);
  while (g_hash_table_iter_next(&it, &k, NULL)) {
    if (g_hash_table_contains(v->docs, k))
      continue;
    const guint8 *p = g_bytes_get_data(k, NULL);
    char label[CV_MAX_NAME_LEN + 64], hex[CV_DOC_ID_LEN + 1];
    cid_label(v, p, label, sizeof label);
    cv_hex(p + CV_CID_LEN, CV_DID_LEN, hex);
    g_autofree char *rec = g_strdup_printf("document %s key", hex);
    problem(v, label, rec, "key record without a document");
  }
}

int
cv_store_verify(CvStore *store, CvVerifyFunc report, gpointer user_data,
                GError **error)
{
  Verify v = { store, report, user_data, 0, NULL, NULL, NULL };
  v.colls = g_hash_table_new_full(g_bytes_hash, g_bytes_equal,
                                  (GDestroyNotify)g_bytes_unref, NULL);
  v.docs = g_hash_table_new_full(g_bytes_hash, g_bytes_equal,
                                 (GDestroyNotify)g_bytes_unref, NULL);
  v.dks = g_hash_table_new_full(g_bytes_hash, g_bytes_equal,
                                (GDestroyNotify)g_bytes_unref, NULL);
  GError *local = NULL;
  if (!cv_store_foreach_collection_record(store, verify_coll_record, &v, &local)) {
    g_autofree char *what = g_strdup_printf("read error: %s", local->message);
    problem(&v, "(store)", "collection records", what);
    g_clear_error(&local);
  }
  verify_keys(&v);
  verify_meta(&v);
  verify_orphans(&v);
  GHashTableIter it;
  gpointer coll;
  g_hash_table_iter_init(&it, v.colls);
  while (g_hash_table_iter_next(&it, NULL, &coll)) {
    CvIndex *index = g_atomic_pointer_get(&((CvCollection *)coll)->index);
    if (index != NULL)
      v.problems += cv_index_verify(index, report, user_data);
  }
  g_hash_table_destroy(v.colls);
  g_hash_table_destroy(v.docs);
  g_hash_table_destroy(v.dks);
  (void)error;
  return v.problems;
}

/* ---------- keys ---------- */

char *
cv_store_key_fingerprint(CvStore *store)
{
  guint8 fp[16];
  char hex[2 * sizeof fp + 1];
  static const char msg[] = "caviar/fingerprint/1";
  g_mutex_lock(&store->lock);
  cv_store_secrets_open(store);
  crypto_generichash(fp, sizeof fp, (const guchar *)msg, sizeof msg - 1,
                     store->secrets->master, CV_KEY_LEN);
  cv_store_secrets_close(store);
  g_mutex_unlock(&store->lock);
  cv_hex(fp, sizeof fp, hex);
  /* groups of 4 for reading aloud */
  GString *out = g_string_new(NULL);
  for (gsize i = 0; i < 2 * sizeof fp; i += 4) {
    if (i > 0)
      g_string_append_c(out, ':');
    g_string_append_len(out, hex + i, 4);
  }
  return g_string_free(out, FALSE);
}

char *
cv_store_passphrase_read(const char *env_name, const char *prompt,
                         GError **error)
{
  return cv_keyfile_read_passphrase(env_name, prompt, error);
}

void
cv_store_passphrase_free(char *passphrase)
{
  cv_keyfile_passphrase_free(passphrase);
}

const char *
cv_store_key_path(CvStore *store)
{
  return store->keyfile->path;
}

gboolean
cv_store_key_has_passphrase(CvStore *store)
{
  return store->keyfile->wrapped;
}

gboolean
cv_store_key_is_credential(CvStore *store)
{
  return store->keyfile->from_credential;
}

guint
cv_store_key_version(CvStore *store)
{
  return store->kek_version;
}

static gboolean
key_writable(CvStore *store, GError **error)
{
  if (store->read_only) {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_INVALID,
                _("store %s is opened read-only"), store->dir);
    return FALSE;
  }
  if (store->keyfile->from_credential) {
    g_set_error(
        error, CV_STORE_ERROR, CV_STORE_ERROR_KEY,
        _("the master key is a systemd credential (%s), which cannot be "
          "rewritten: run this with the key file the credential was "
          "made from, outside the service"),
        store->keyfile->path);
    return FALSE;
  }
  return TRUE;
}

gboolean
cv_store_key_set_passphrase(CvStore *store, const char *passphrase,
                            GError **error)
{
  if (!key_writable(store, error))
    return FALSE;
  if (!cv_keyfile_set_passphrase(store->keyfile, passphrase, error))
    return FALSE;
  return cv_keyfile_write(store->keyfile->path, store->keyfile,
                          store->keyfile->master, error);
}

gboolean
cv_store_key_rotate(CvStore *store, GError **error)
{
  if (!key_writable(store, error))
    return FALSE;
  CvStoreSecrets *old = sodium_malloc(sizeof *old);
  guint8 *new_master = sodium_malloc(CV_KEY_LEN);
  if (old == NULL || new_master == NULL) {
    sodium_free(old);
    sodium_free(new_master);
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_KEY,
                _("cannot allocate secure memory"));
    return FALSE;
  }
  randombytes_buf(new_master, CV_KEY_LEN);
  g_autofree char *pending = g_strconcat(store->keyfile->path, ".new", NULL);
  guint32 old_version = store->kek_version;
  gboolean ok = TRUE;
  rocksdb_writebatch_t *batch = rocksdb_writebatch_create();

  /* 1. the new master key, beside the current one, same protection */
  unlink(pending);
  ok = cv_keyfile_write(pending, store->keyfile, new_master, error);

  /* 2. new KEK; re-wrap every document key; new header; one batch */
  g_mutex_lock(&store->lock);
  cv_store_secrets_open(store);
  memcpy(old, store->secrets, sizeof *old);
  randombytes_buf(store->secrets->kek, CV_KEY_LEN);
  memcpy(store->secrets->master, new_master, CV_KEY_LEN);
  cv_store_derive_wrap(store->secrets);
  store->kek_version = old_version + 1;
  if (ok) {
    g_autoptr(CvIter) iter = cv_iter_new(store, CF_KEYS, (const guint8 *)"K", 1);
    for (; ok && rocksdb_iter_valid(iter->it); rocksdb_iter_next(iter->it)) {
      size_t klen = 0, vlen = 0;
      const guint8 *key = (const guint8 *)rocksdb_iter_key(iter->it, &klen);
      const guint8 *val = (const guint8 *)rocksdb_iter_value(iter->it, &vlen);
      guint8 kek_c[CV_KEY_LEN], dk[CV_KEY_LEN], ad[64];
      guint8 out[4 + CV_KEY_LEN + CV_SEAL_OVERHEAD];
      if (klen != 1 + CV_CID_LEN + CV_DID_LEN || vlen < 4 ||
          !cv_record_holds(vlen - 4, CV_KEY_LEN) ||
          cv_get_be32(val) != old_version) {
        ok = FALSE;
      } else {
        const guint8 *cid = key + 1, *did = key + 1 + CV_CID_LEN;
        cv_derive_coll_kek(old->kek, cid, kek_c);
        ok = cv_record_open_exact(kek_c, ad, cv_ad_dk(cid, did, old_version, ad),
                                  val + 4, vlen - 4, dk, CV_KEY_LEN);
        if (ok) {
          cv_derive_coll_kek(store->secrets->kek, cid, kek_c);
          cv_put_be32(out, store->kek_version);
          /* rewrapped as a record of the current format */
          cv_record_seal(kek_c, ad, cv_ad_dk(cid, did, store->kek_version, ad),
                         dk, CV_KEY_LEN, CV_PAD_NONE, NULL, out + 4);
          rocksdb_writebatch_put_cf(batch, store->cf[CF_KEYS], (const char *)key,
                                    klen, (const char *)out, sizeof out);
        }
      }
      sodium_memzero(dk, sizeof dk);
      sodium_memzero(kek_c, sizeof kek_c);
      if (!ok)
        g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_CORRUPT,
                    _("a document key record is damaged: nothing rotated (run "
                      "`caviar verify`)"));
    }
    if (ok)
      ok = cv_iter_check(iter, error);
  }
  if (ok) {
    cv_store_header_put(store, batch);
    rocksdb_writeoptions_t *wo = rocksdb_writeoptions_create();
    rocksdb_writeoptions_set_sync(wo, 1);
    char *err = NULL;
    ok = cv_store_check_space(store, batch, FALSE, error);
    if (ok)
      rocksdb_write(store->db, wo, batch, &err);
    rocksdb_writeoptions_destroy(wo);
    ok = ok && cv_store_check_rocks(err, CV_STORE_ERROR_IO,
                                    "writing to the store", error);
  }
  if (!ok) {
    memcpy(store->secrets, old, sizeof *old);
    store->kek_version = old_version;
    unlink(pending);
  }
  cv_store_secrets_close(store);
  g_mutex_unlock(&store->lock);
  rocksdb_writebatch_destroy(batch);

  /* 3. the new key replaces the old one */
  if (ok && rename(pending, store->keyfile->path) != 0) {
    int e = errno;
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_KEY,
                _("the store was re-keyed but %s could not replace %s (%s): "
                  "rename it by hand, the old key no longer opens the store"),
                pending, store->keyfile->path, g_strerror(e));
    ok = FALSE;
  }
  if (ok) {
    memcpy(store->keyfile->master, new_master, CV_KEY_LEN);
    /* per-collection KEKs follow */
    g_mutex_lock(&store->lock);
    cv_store_secrets_open(store);
    GHashTableIter it;
    gpointer value;
    g_hash_table_iter_init(&it, store->collections);
    while (g_hash_table_iter_next(&it, NULL, &value)) {
      CvCollection *coll = value;
      sodium_mprotect_readwrite(coll->secrets);
      cv_derive_coll_kek(store->secrets->kek, coll->cid, coll->secrets->kek);
      sodium_mprotect_readonly(coll->secrets);
    }
    cv_store_secrets_close(store);
    g_mutex_unlock(&store->lock);
  }
  sodium_free(old);
  sodium_free(new_master);
  /* 4. old wrapped keys and header leave the WAL and the SST files */
  if (ok)
    ok = cv_store_flush_and_compact(store, error);
  return ok;
}
