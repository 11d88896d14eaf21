/* store-private.h — private to store/: the CvStore and CvCollection
 * structures, the record layout and helpers shared by store.c (open,
 * collections, documents) and maint.c (forget, purge, verify, stats, keys).
 *
 * Key hierarchy
 *   M    master key (key file, see keyfile.h)
 *   Kw   = kdf(M, "cvmaster")             wraps the store header
 *   header (keys CF, "S") = seal_Kw(R || kek_version || KEK)
 *   R    random root secret of the store (stable: document ids, index and
 *        pseudonym keys do not change when keys are rotated)
 *   KEK  random key-encryption key, versioned, replaced by key rotation
 *   CR   = BLAKE2b(key=R, "caviar/collection/1" || name)   per collection
 *   cid  = kdf(CR, 1, "cvcollid") (16 bytes, the collection's key prefix)
 *   doc-id key, index key, index encryption key, pseudonym key, path key:
 *        kdf(CR, 2..6, distinct contexts)
 *   Kn   = kdf(R, 1, "cvnames_") encrypts collection names and retention
 *   KEKc = BLAKE2b(key=KEK, "caviar/kek/1" || cid)  per collection, per KEK
 *   DK   random per document, stored only as seal_KEKc(DK)
 *
 * Records (RocksDB keys carry no plaintext)
 *   keys   "S"                  header (above)
 *          "C" cid              seal_Kn(name)
 *          "R" cid              seal_Kn(retention seconds, int64 BE)
 *          "L" cid              seal_KL(lists), padded to a size class
 *                               (KL = kdf(CR, 7, "cvlists_"); lists.c)
 *          "K" cid did          kek_version(4) || seal_KEKc(DK)
 *          "N" cid H(path)      did: the latest document stored from that
 *                               path (H = cv_store_path_key, keyed)
 *   meta   cid did              seal_DK(GVariant of CvDocInfo + counts)
 *   chunks cid did idx(4 BE)    seal_DK(first_page(4) last_page(4) text)
 *   index-<cid hex>  one family per collection, records owned by index.c
 * seal = a record of record.h (format version byte, nonce(24),
 * XChaCha20-Poly1305 ciphertext; values written before it have no version
 * byte and are still read); associated data names the record type, the
 * payload's version 1, cid, did, and for chunks the index and the chunk
 * count; for wrapped keys the KEK version.
 *
 * Threads: one writer thread (put, forget, purge, rotate, passwd); reads
 * (get_info, foreach_*, search, has_document, stats, verify) may run
 * concurrently from several threads on one CvStore, but not concurrently
 * with cv_store_key_rotate.
 */
#pragma once

#include <glib.h>
#include <rocksdb/c.h>
#include <sodium.h>

#include "cv-store.h"
#include "index.h"
#include "keyfile.h"
#include "record.h"

#define CV_KEY_LEN 32
#define CV_CID_LEN 16
#define CV_DID_LEN 16
/* What sealing adds to a value (record.h: version, nonce, tag). */
#define CV_SEAL_OVERHEAD CV_RECORD_OVERHEAD

/* Caps on what a document may hold. */
#define CV_MAX_CHUNKS 1000000u
#define CV_MAX_CHUNK_BYTES (16u << 20)
#define CV_MAX_DOC_BYTES (G_GUINT64_CONSTANT(512) << 20)
#define CV_MAX_META_BYTES (1u << 20)
#define CV_MAX_NAME_LEN 256

/* Visits the document ids of @coll in id order (its metadata records):
 * @func returns FALSE to stop, or sets its error to fail the visit. */
typedef gboolean (*CvDidFunc)(const guint8 *did, gpointer user_data,
                              GError **error);
gboolean cv_store_foreach_did(CvCollection *coll, CvDidFunc func,
                              gpointer user_data, GError **error);

/* RocksDB sizes (store.c, open_rocks). */
#define CV_STORE_WAL_MAX (G_GUINT64_CONSTANT(32) << 20)
#define CV_STORE_MEMTABLE_MAX ((gsize)64 << 20)
#define CV_STORE_BLOCK_CACHE ((gsize)32 << 20)

/* Document keys in use at once (a batch, a search's results) held in
 * slots of one sodium_malloc region; more fall back to sodium_malloc. */
#define CV_KEY_SLOTS 256

/* Document keys in use at once, held in slots of one sodium_malloc region
 * (reference-counted: a document record read from the store may outlive
 * it). */
typedef struct {
  gint ref;
  GMutex lock;   /* @used */
  guint8 *slots; /* CV_KEY_SLOTS keys */
  guint64 used[CV_KEY_SLOTS / 64];
} CvKeyPool;

/* Base column families; each collection's index has its own family,
 * "index-<collection id hex>", created on its first write. */
enum { CF_DEFAULT, CF_KEYS, CF_META, CF_CHUNKS, CF_COUNT };

/* Secrets of the store, one sodium_malloc block, no-access when idle. */
typedef struct {
  guint8 master[CV_KEY_LEN]; /* M */
  guint8 wrap[CV_KEY_LEN];   /* Kw */
  guint8 root[CV_KEY_LEN];   /* R */
  guint8 kek[CV_KEY_LEN];    /* KEK */
  guint8 names[CV_KEY_LEN];  /* Kn */
} CvStoreSecrets;

/* Secrets of a collection, one sodium_malloc block, read-only. */
typedef struct {
  guint8 docid[CV_KEY_LEN];
  guint8 index[CV_KEY_LEN];
  guint8 index_enc[CV_KEY_LEN];
  guint8 pseudonym[CV_KEY_LEN];
  guint8 path[CV_KEY_LEN];  /* keys cv_store_path_key */
  guint8 kek[CV_KEY_LEN];   /* KEKc */
  guint8 lists[CV_KEY_LEN]; /* seals the "L" record (lists.c) */
} CvCollSecrets;

struct _CvStore {
  char *dir;
  gboolean read_only;
  gboolean sync;
  guint64 min_free; /* bytes kept free when adding (check_space) */
  rocksdb_t *db;
  rocksdb_options_t *options;
  rocksdb_options_t *cf_options;  /* every family (no compression) */
  rocksdb_cache_t *block_cache;   /* shared by every family */
  rocksdb_block_based_table_options_t *table_options;
  rocksdb_options_t *chunk_options; /* the chunks family: larger blocks */
  rocksdb_block_based_table_options_t *chunk_table_options;
  rocksdb_column_family_handle_t *cf[CF_COUNT];
  GHashTable *extra_cfs;     /* name -> handle: index families, others */
  rocksdb_writeoptions_t *wopts;
  rocksdb_readoptions_t *ropts;
  CvKeyFile *keyfile;        /* protection of the key file (for rotate/passwd) */
  CvStoreSecrets *secrets;   /* sodium_malloc */
  guint32 kek_version;
  GMutex lock;               /* collections table, secrets access */
  GHashTable *collections;   /* name -> CvCollection* */
  CvKeyPool *keys;           /* document keys in use */
  guint64 index_cpu_ns;      /* writer thread: CPU spent indexing */
};

struct _CvCollection {
  CvStore *store;
  char *name;
  guint8 cid[CV_CID_LEN];
  char cid_hex[2 * CV_CID_LEN + 1];
  CvCollSecrets *secrets;    /* sodium_malloc, read-only */
  CvIndex *index;            /* NULL until its index family exists */
  gboolean persisted;        /* its "C" record is known to exist */
  /* What search filters look at, per document (store.c): raw id -> its
   * source, MIME type, language and ingestion time, loaded on demand.
   * An entry goes when its document is forgotten. */
  GRWLock meta_lock;
  GHashTable *meta_cache;
  guint meta_gen; /* forgets so far (meta_lock) */
  gint lists_gen; /* sets of its lists in this process (atomic) */
};

/* Drops the filter metadata of a forgotten document (store.c). */
void cv_store_meta_forget(CvCollection *coll, const guint8 *did);

/* --- helpers (store.c) --- */

/* Converts a RocksDB errptr into @error (frees it); FALSE if there was one. */
gboolean cv_store_check_rocks(char *err, int code, const char *what,
                              GError **error);

/* A document key's memory (CV_KEY_LEN bytes, sodium_malloc'd: guarded,
 * locked, not dumped), NULL if none; wiped and given back by
 * cv_store_key_free.  Any thread.  One sodium_malloc a key (mmap,
 * mprotect, mlock, then munmap and a TLB shootdown on every core) was most
 * of the time of a search decrypting ten results. */
guint8 *cv_store_key_new(CvKeyPool *pool);
void cv_store_key_free(CvKeyPool *pool, guint8 *key);
CvKeyPool *cv_key_pool_ref(CvKeyPool *pool);
void cv_key_pool_unref(CvKeyPool *pool);

void cv_store_secrets_open(CvStore *store);   /* readable */
void cv_store_secrets_close(CvStore *store);  /* no access */
/* Derives the per-collection KEK for @kek and @cid. */
void cv_derive_coll_kek(const guint8 *kek, const guint8 *cid, guint8 *out);

/* Parses a hex document id into 16 bytes; FALSE (with @error) if bad. */
gboolean cv_parse_doc_id(const char *doc_id, guint8 *did, GError **error);

/* A decrypted document: its key and metadata. */
typedef struct {
  CvKeyPool *keys; /* a reference, for @dk */
  guint8 *dk;      /* cv_store_key_new */
  CvDocInfo info;
  guint n_chunks;
  guint64 text_bytes;
  char *strings[7];         /* source, mime, encoding, lang, source_key,
                               origin_key, replaces behind info */
  char *redactions;         /* behind info.redactions */
} CvDocRecord;
void cv_doc_record_free(CvDocRecord *rec);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CvDocRecord, cv_doc_record_free)
/* Loads and decrypts a document's key and metadata (NOT_FOUND, CORRUPT). */
CvDocRecord *cv_doc_record_load(CvCollection *coll, const guint8 *did,
                                GError **error);
/* Decrypts one chunk value; @text gets a NUL-terminated g_malloc buffer. */
gboolean cv_chunk_decrypt(CvCollection *coll, const guint8 *did,
                          const CvDocRecord *rec, guint idx, const guint8 *val,
                          gsize len, CvChunk *chunk, char **text, GError **error);

/* Key builders. */
gsize cv_key_doc(const CvCollection *coll, const guint8 *did, guint8 *out);
gsize cv_key_chunk(const CvCollection *coll, const guint8 *did, guint32 idx,
                   guint8 *out);
gsize cv_key_dk(const guint8 *cid, const guint8 *did, guint8 *out);
/* "N" cid H(path): the source record of a path key (hex, from
 * cv_store_path_key); 0 if @path_key is not one. */
gsize cv_key_source(const guint8 *cid, const char *path_key, guint8 *out);
/* Associated data of a wrapped document key. */
gsize cv_ad_dk(const guint8 *cid, const guint8 *did, guint32 kek_version,
               guint8 *out);

/* Adds @coll's "C" record to @batch unless it is known to exist. */
void cv_store_collection_record_ensure(CvCollection *coll,
                                       rocksdb_writebatch_t *batch);
/* Marks it written (after @batch was). */
void cv_store_collection_record_written(CvCollection *coll);

/* Collection by its cid (from a "C" record), NULL if unknown. */
CvCollection *cv_store_collection_by_cid(CvStore *store, const guint8 *cid,
                                         GError **error);

/* Writes @batch with the store's write options, if the file system keeps
 * enough free space after it (@growing: store->min_free, else a small
 * floor); else CV_STORE_ERROR_IO "no space left ...", nothing written. */
gboolean cv_store_write_batch(CvStore *store, rocksdb_writebatch_t *batch,
                              GError **error);
gboolean cv_store_check_space(CvStore *store, rocksdb_writebatch_t *batch,
                              gboolean growing, GError **error);
gboolean cv_store_write_batch_checked(CvStore *store, rocksdb_writebatch_t *batch,
                                      gboolean growing, GError **error);
/* Adds the store header (R, KEK under Kw, kek_version) to @batch. */
void cv_store_header_put(CvStore *store, rocksdb_writebatch_t *batch);
void cv_store_derive_wrap(CvStoreSecrets *s);

/* Visits the "C" records: (cid, name); name NULL if it does not decrypt,
 * cid NULL if the record key is malformed. */
typedef gboolean (*CvCollRecordFunc)(const guint8 *cid, const char *name,
                                     gpointer user_data);
gboolean cv_store_foreach_collection_record(CvStore *store,
                                            CvCollRecordFunc func,
                                            gpointer user_data,
                                            GError **error);

/* Iterator over the keys starting with @prefix (bounds kept alive here). */
typedef struct {
  rocksdb_iterator_t *it;
  rocksdb_readoptions_t *ro;
  guint8 upper[64];
} CvIter;
CvIter *cv_iter_new(CvStore *store, int cf, const guint8 *prefix, gsize len);
void cv_iter_free(CvIter *iter);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CvIter, cv_iter_free)
gboolean cv_iter_check(CvIter *iter, GError **error);
guint32 cv_get_be32(const guint8 *p);
void cv_put_be32(guint8 *p, guint32 v);

/* Folds the posting log of every open collection's index (store.c). */
gboolean cv_store_fold_indexes(CvStore *store, GError **error);
/* Flushes every memtable, so the WAL holding them is deleted (maint.c). */
gboolean cv_store_flush_all(CvStore *store, GError **error);
/* Flushes every memtable (so the WAL holding them is deleted) and compacts
 * every column family to the bottommost level (maint.c). */
gboolean cv_store_flush_and_compact(CvStore *store, GError **error);

/* The index family of @coll, NULL if it has none yet. */
rocksdb_column_family_handle_t *cv_store_index_cf(CvCollection *coll);

/* Names of the column families, indexed by CF_*. */
extern const char *const cv_store_cf_names[CF_COUNT];
