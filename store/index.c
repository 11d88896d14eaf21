/* index.c — the encrypted BM25 keyword index of one collection.
 *
 * Design (mutable posting blocks, Xapian-like):
 *   'S'                       statistics: live chunks, total length, next
 *                             chunk number, documents
 *   'D' be32(block)           chunk table: 128 entries (raw document id,
 *                             chunk index, length in tokens) per record
 *   'R' H(doc id)             per document: its chunk numbers and the
 *                             distinct 2-byte prefixes of its term hashes
 *                             (to remove its postings; see R_PREFIX_LEN)
 *   'P' H(term) be32(first)   posting block: count, then packed varint
 *                             postings (chunk number delta, tf; see
 *                             get_posting) for up to BLOCK_MAX bytes,
 *                             first = the key's smallest chunk number
 *   'L' be32(first)           posting log record of one batch (first = its
 *                             first chunk number): term hashes and the
 *                             postings their tails gained
 * H is BLAKE2b keyed with the index key, truncated to 16 bytes: no term or
 * document appears in a RocksDB key.  Every value is a record of
 * record.h: XChaCha20-Poly1305 sealed under the encryption key with the
 * collection and the record's key as associated data (records cannot be
 * swapped), padded to a size class (multiples of 32 bytes up to 1 KiB,
 * then 12.5% steps; was powers of two, which made the index ~2x the text)
 * so exact list lengths do not show, with a format version byte (records
 * written before it are read too: an 'R' record of format 1 may hold one
 * of two older layouts, told apart by its length).  The keys
 * reveal, per term hash, only how many ~1 KB blocks it has, never which
 * document holds which term.
 *
 * Chunks get increasing numbers, so adding a document appends to the last
 * ("tail") block of each of its terms, kept in an in-process cache (when
 * the cache outgrows its limit, tails unused for a while are dropped and a
 * Bloom filter remembers which terms they were, so a new term never costs
 * a RocksDB lookup; a tail that cannot be found only means a new block).
 * A batch does not rewrite the tails it touched: it puts their new
 * postings into one sealed 'L' record (the posting log, see below), and
 * full blocks once; every LOG_MAX_BYTES of log, a batch "folds" it (puts
 * each changed tail once and deletes the log).  RocksDB memtable inserts
 * of rewritten tail blocks were most of the cost of writing (~4,000 per
 * batch of 10 documents) and of the store's size before compaction (6.9x
 * the text).  Cached tails are changed in place; a batch that is dropped
 * drops the cache (tails are read again, the log is folded again).  With
 * group commit (cv_index_batch_defer, used by cv_store_put_documents)
 * documents are tokenised at cv_index_batch_flush, on two threads, at most
 * WINDOW_BYTES of text at a time; a document indexes at most
 * max(DOC_TERMS_MIN, its bytes / DOC_TERMS_PER_BYTE) distinct terms, so
 * that a document of millions of distinct numbers has bounded memory and
 * index size.  Removing a document folds the log, then rewrites the blocks
 * holding its chunks.  Why not immutable segments merged later: appending
 * to tails keeps one block list per term (one iterator per query term)
 * with no merge scheduling.
 *
 * Searches (any thread) read committed blocks and log records from one
 * RocksDB snapshot (log records decrypted once and cached) and the chunk
 * table kept in memory (loaded on first use, updated on commit under a
 * read-write lock); scores are BM25 (k1 1.2, b 0.75) accumulated per chunk
 * and the best k kept with a heap.
 */
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include <sodium.h>

#include "index.h"
#include "record.h"
#include "tokenize.h"

#define HASH_LEN 16
#define RAW_ID_LEN 16
#define BLOCK_MAX 1000          /* encoded postings per block before sealing:
                                 * with its header, one 1 KiB size class */
#define DOCS_PER_BLOCK 128
#define DOC_ENTRY_LEN 24        /* raw id, chunk index, length */
#define DEAD 0xFFFFFFFFu        /* chunk index of a removed chunk */
#define TAIL_CACHE_MAX ((gsize)256 << 20) /* bytes of cached tail blocks */
#define TAIL_OVERHEAD 160       /* bytes of bookkeeping per cached tail */
#define EVICTED_BITS (1u << 23) /* Bloom filter of evicted terms: 1 MiB */
#define QUERY_TERMS_MAX 64
#define QUERY_BYTES_MAX 4096
#define K_MAX 1000
#define BM25_K1                                                                \
  1.5 /* 1.2 until 2026-12-05: BENCHMARKS.md, "Retrieval quality" */
#define BM25_B 0.75
/* The weight of a query term's prefix term (cv_term_prefix) against the
 * term's own. */
#define PREFIX_WEIGHT 0.3
/* A prefix term in more chunks than this share of the collection (and
 * than PREFIX_DF_MIN) is left out of a search. */
#define PREFIX_DF_SHARE 0.02
#define PREFIX_DF_MIN 1000

#define P_KEY_LEN (1 + HASH_LEN + 4)
#define R_KEY_LEN (1 + HASH_LEN)
#define R_PREFIX_LEN 2          /* bytes of each term hash kept in an 'R'
                                 * record (was HASH_LEN), sorted, distinct,
                                 * as varint deltas (~1.3 bytes a term):
                                 * removal scans the blocks of every term
                                 * with such a prefix, a superset, and drops
                                 * only postings of the removed chunks, so a
                                 * shared prefix costs extra reads, never a
                                 * wrong result */
#define D_KEY_LEN (1 + 4)
#define L_KEY_LEN (1 + 4)
/* plaintext of the posting log before it is folded into the blocks */
#define LOG_MAX_BYTES (8u << 20)
#define LOG_MAX_RECORDS 256             /* log records before a fold */
#define SLICE_BYTES (1u << 20)          /* text a thread tokenises at once */
#define WINDOW_BYTES (2u * SLICE_BYTES) /* text tokenised before merging */
#define DOC_TERMS_MIN 65536    /* distinct terms a document may index: */
#define DOC_TERMS_PER_BYTE 256 /* this many, or one per 256 bytes of text */
#define EVICT_AGE 256          /* batches a clean tail stays cached unused */
#define FILTER_MEMOS 8         /* filters whose decisions are kept */
#define FILTER_KEY_MAX 8192    /* longest filter key kept */

typedef struct {
  guint8 id[RAW_ID_LEN];
  guint32 chunk;                /* DEAD once removed */
  guint32 len;                  /* tokens */
} DocEntry;

typedef struct {
  guint64 n_chunks;             /* live chunks */
  guint64 total_len;            /* sum of live chunk lengths */
  guint32 next_docnum;          /* chunk numbers handed out */
  guint32 n_docs;               /* live documents */
} Stats;

typedef struct {
  guint8 h[HASH_LEN];           /* the term's hash: key of the cache */
  guint32 first;                /* key of the block */
  guint32 last;                 /* last chunk number in it */
  guint32 count;                /* postings; 0 = the term has no block */
  GByteArray *data;             /* varint (delta, tf) pairs */
  gboolean unfolded;            /* holds postings that are in the log, not
                                 * in its 'P' record (which is older or
                                 * missing); never evicted while so */
  guint32 used;                 /* batch number of its last append */
  guint32 flush;                /* serial of the flush that last touched it;
                                 * at that flush's first touch: */
  guint32 mark_count;           /* postings, */
  guint32 mark_len;             /* bytes of data, */
  guint32 mark_base;            /* last chunk (when mark_count > 0) */
  guint32 log_epoch;            /* epoch of @log_num (0: none) */
  guint32 log_num;              /* its number in the log's epoch */
} Tail;

/* The decisions of one filter by a document's first chunk: 0 not asked,
 * 1 accepted, 2 refused.  Shared by searches (relaxed atomic bytes: two
 * searches can only write the same decision); a search holds a reference,
 * so that growing it (a new array, the old one's decisions copied) never
 * frees the one another search reads. */
typedef struct {
  gint ref;
  gsize len;
  guint8 dec[];
} Decisions;

struct FilterMemo {
  char *key;
  Decisions *d;
  guint32 used; /* memo_clock at its last use */
};

static void
decisions_unref(Decisions *d)
{
  if (d && g_atomic_int_dec_and_test(&d->ref))
    g_free(d);
}

static void
filter_memo_free(struct FilterMemo *m)
{
  if (m == NULL)
    return;
  g_free(m->key);
  decisions_unref(m->d);
  g_free(m);
}

struct _CvIndex {
  rocksdb_t *db;
  rocksdb_column_family_handle_t *cf;
  char *collection;
  guint8 *keys;                 /* sodium_malloc: index key | enc key */
  GByteArray *ad_prefix;        /* "cvidx1" collection NUL */

  GMutex load_lock;             /* serialises the first load */
  gboolean loaded;
  GRWLock lock;                 /* guards stats and docs */
  Stats stats;                  /* committed */
  GArray *docs;                 /* DocEntry by chunk number, committed */
  GArray *inv;                  /* float by chunk number: 1 / (1 + the
                                 * BM25 length norm of the chunk), < 0 if
                                 * removed: a tf-1 posting scores w *
                                 * inv[chunk], no division */
  double inv_avgdl;             /* the average length @inv was made with
                                 * (remade past 0.5% of drift) */
  GMutex log_lock;              /* guards log_cache (searches) */
  GHashTable *log_cache;        /* be32 key of an 'L' record -> LogRec*,
                                 * decrypted and parsed once */
  GPtrArray *log_list;          /* LogRec*: the log as of sequence number
                                 * @log_list_seq (NULL: not known) */
  guint64 log_list_seq;

  /* Writer-only state (one writer thread). */
  GHashTable *tails; /* H(term) -> Tail*: last blocks,
                      * changed in place by the batch being
                      * built */
  gsize tails_bytes;
  gsize tails_max;              /* cache limit (TAIL_CACHE_MAX) */
  gboolean tails_complete;      /* a term neither cached nor in @evicted
                                 * has no posting block */
  guint8 *evicted;              /* Bloom filter (k = 3) of the terms
                                 * dropped from the cache */
  guint32 n_batches;            /* batches committed (ages tails) */
  gboolean writer_ready;        /* a log left by an earlier process has
                                 * been folded */
  GArray *log_keys;             /* guint32 first chunk of each 'L' record
                                 * in RocksDB (committed) */
  gsize log_bytes;              /* their plaintext bytes */
  gboolean fold_next;           /* the cache is full: fold next batch */
  guint32 epoch;                /* folds so far + 1: numbers the log's
                                 * terms are valid in */
  guint32 log_nterms;           /* terms numbered in this epoch */
  rocksdb_writeoptions_t *wopts; /* folds written on their own (sync) */
  CvIndexWriteFunc write_func;   /* ... or by this function */
  gpointer write_data;
  gboolean pending;             /* a batch is being built */
  Stats pending_stats;
  GArray *pending_docs;         /* DocEntry from docs->len on */
  GArray *pending_dead;         /* guint32 chunk numbers removed */
  GArray *pending_log_keys;     /* 'L' records put by this batch */
  gsize pending_log_bytes;
  gboolean pending_fold;        /* this batch deletes every 'L' record */
  guint32 flush_serial;         /* flushes so far */
  GPtrArray *touched;           /* Tail*: touched by the current flush */
  gboolean tails_modified;      /* the batch being built changed cached
                                 * tails in place (an abort drops them) */
  gboolean deferred;            /* cv_index_batch_defer: documents are
                                 * tokenised at the flush */
  CvNonces nonces;              /* drawn 64 at a time (writer only) */
  GPtrArray *deferred_docs;     /* DeferredDoc*, added since the flush */
  CvTokenCache *token_cache[2]; /* per tokenising thread: writer, helper */
  /* Filter decisions kept from one search to the next, by filter
   * (cv_index_search_keyed): a document's decision does not change while
   * its chunks live (chunk numbers are never reused; a removed chunk is
   * skipped before any filter), so a filter used again asks only about
   * documents added since. */
  GMutex memo_lock;
  struct FilterMemo *memos[FILTER_MEMOS];
  guint32 memo_clock;
};

static void deferred_doc_free(gpointer p);

static inline const guint8 *
index_key(CvIndex *index)
{
  return index->keys;
}

static inline const guint8 *
enc_key(CvIndex *index)
{
  return index->keys + 32;
}

/* --- small helpers --- */

static void
put_be32(guint8 *p, guint32 v)
{
  p[0] = v >> 24;
  p[1] = v >> 16;
  p[2] = v >> 8;
  p[3] = v;
}

static guint32
get_be32(const guint8 *p)
{
  return ((guint32)p[0] << 24) | ((guint32)p[1] << 16) | ((guint32)p[2] << 8) |
         p[3];
}

static void
put_le32(GByteArray *b, guint32 v)
{
  guint8 x[4] = { v, v >> 8, v >> 16, v >> 24 };
  g_byte_array_append(b, x, 4);
}

static void
put_le64(GByteArray *b, guint64 v)
{
  put_le32(b, (guint32)v);
  put_le32(b, (guint32)(v >> 32));
}

static guint32
get_le32(const guint8 *p)
{
  return (guint32)p[0] | ((guint32)p[1] << 8) | ((guint32)p[2] << 16) |
         ((guint32)p[3] << 24);
}

static guint64
get_le64(const guint8 *p)
{
  return (guint64)get_le32(p) | ((guint64)get_le32(p + 4) << 32);
}

static void
put_varint(GByteArray *b, guint32 v)
{
  guint8 x[5];
  guint n = 0;
  while (v >= 0x80) {
    x[n++] = (guint8)(v | 0x80);
    v >>= 7;
  }
  x[n++] = (guint8)v;
  g_byte_array_append(b, x, n);
}

/* Returns FALSE on truncated/overlong input. */
static inline gboolean
get_varint(const guint8 **p, const guint8 *end, guint32 *out)
{
  if (G_LIKELY(*p < end && **p < 0x80)) { /* most deltas: one byte */
    *out = *(*p)++;
    return TRUE;
  }
  guint32 v = 0;
  for (guint shift = 0; shift < 35; shift += 7) {
    if (*p >= end)
      return FALSE;
    guint8 b = *(*p)++;
    v |= (guint32)(b & 0x7f) << shift;
    if (!(b & 0x80)) {
      *out = v;
      return TRUE;
    }
  }
  return FALSE;
}

/* Postings.  First format: varint delta, varint tf.  Packed format (the
 * block's count has PACKED set): varint (delta << 1 | tf > 1), then
 * varint (tf - 2) only when tf > 1 (most postings have tf 1: one byte
 * instead of two for frequent terms). */
#define PACKED 0x80000000u

static inline gboolean
get_posting(const guint8 **p, const guint8 *end, gboolean packed,
            guint32 *delta, guint32 *tf)
{
  if (!packed)
    return get_varint(p, end, delta) && get_varint(p, end, tf);
  guint32 v;
  if (!get_varint(p, end, &v))
    return FALSE;
  *delta = v >> 1;
  if (!(v & 1)) {
    *tf = 1;
    return TRUE;
  }
  if (!get_varint(p, end, tf) || *tf > G_MAXUINT32 - 2)
    return FALSE;
  *tf += 2;
  return TRUE;
}

/* @delta < 2^31 (chunk numbers are kept below DOCNUM_MAX). */
static void
put_posting(GByteArray *b, guint32 delta, guint32 tf)
{
  put_varint(b, delta << 1 | (tf > 1));
  if (tf > 1)
    put_varint(b, tf - 2);
}

static gboolean
hex_to_raw(const char *hex, guint8 out[RAW_ID_LEN])
{
  return cv_unhex(hex, out, RAW_ID_LEN);
}

static void
raw_to_hex(const guint8 raw[RAW_ID_LEN], char out[CV_DOC_ID_LEN + 1])
{
  cv_hex(raw, RAW_ID_LEN, out);
}

static void
keyed_hash(CvIndex *index, const void *data, gsize len, guint8 out[HASH_LEN])
{
  crypto_generichash(out, HASH_LEN, data, len, index_key(index), 32);
}

/* --- sealing (record.h: padded to size classes, a version byte) --- */

/* Associated data of the record at @key: "cvidx1" collection NUL key. */
static gsize
make_ad(CvIndex *index, const guint8 *key, gsize key_len, guint8 *ad)
{
  memcpy(ad, index->ad_prefix->data, index->ad_prefix->len);
  memcpy(ad + index->ad_prefix->len, key, key_len);
  return index->ad_prefix->len + key_len;
}

/* Seals @plain for record @key (nonces from the writer's batch). */
static guint8 *
seal(CvIndex *index, const guint8 *key, gsize key_len, const guint8 *plain,
     gsize plain_len, gsize *out_len)
{
  guint8 ad[CV_RECORD_AD_MAX];
  gsize ad_len = make_ad(index, key, key_len, ad);
  return cv_record_seal_new(enc_key(index), ad, ad_len, plain, plain_len,
                            CV_PAD_CLASSES, &index->nonces, out_len);
}

/* Opens a record; the result is g_malloc'd (wipe it); *version (may be
 * NULL) gets its format (CV_RECORD_V1: written before the record layer). */
static guint8 *
unseal(CvIndex *index, const guint8 *key, gsize key_len, const guint8 *val,
       gsize val_len, gsize *plain_len, guint *version, GError **error)
{
  guint8 ad[CV_RECORD_AD_MAX];
  gsize ad_len = make_ad(index, key, key_len, ad);
  gsize cap = cv_record_max_pt(val_len);
  guint8 *buf = g_malloc(cap + 1);
  if (!cv_record_open(enc_key(index), ad, ad_len, val, val_len, CV_PAD_CLASSES,
                      buf, plain_len, version)) {
    cv_text_wipe_len(buf, cap + 1);
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_CORRUPT,
                _("index record fails authentication or is malformed"));
    return NULL;
  }
  return buf;
}

static void
batch_put_sealed(CvIndex *index, rocksdb_writebatch_t *batch,
                 const guint8 *key, gsize key_len, const guint8 *plain,
                 gsize plain_len)
{
  gsize n = 0;
  g_autofree guint8 *val = seal(index, key, key_len, plain, plain_len, &n);
  rocksdb_writebatch_put_cf(batch, index->cf, (const char *)key, key_len,
                            (const char *)val, n);
}

/* Reads and opens one record; NULL without error when absent. */
static guint8 *
get_record(CvIndex *index, const guint8 *key, gsize key_len, gsize *plain_len,
           guint *version, GError **error)
{
  rocksdb_readoptions_t *ro = rocksdb_readoptions_create();
  char *err = NULL;
  size_t vlen = 0;
  char *val = rocksdb_get_cf(index->db, ro, index->cf, (const char *)key,
                             key_len, &vlen, &err);
  rocksdb_readoptions_destroy(ro);
  if (err) {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_IO,
                _("reading the index: %s"), err);
    rocksdb_free(err);
    return NULL;
  }
  if (!val)
    return NULL;
  guint8 *plain = unseal(index, key, key_len, (const guint8 *)val, vlen,
                         plain_len, version, error);
  rocksdb_free(val);
  return plain;
}

/* --- records --- */

static void
stats_write(CvIndex *index, rocksdb_writebatch_t *batch, const Stats *s)
{
  g_autoptr(GByteArray) b = g_byte_array_new();
  put_le64(b, s->n_chunks);
  put_le64(b, s->total_len);
  put_le32(b, s->next_docnum);
  put_le32(b, s->n_docs);
  static const guint8 key[1] = { 'S' };
  batch_put_sealed(index, batch, key, 1, b->data, b->len);
}

static const DocEntry *
pending_entry(CvIndex *index, guint32 docnum)
{
  if (docnum < index->docs->len)
    return &g_array_index(index->docs, DocEntry, docnum);
  guint32 i = docnum - index->docs->len;
  if (index->pending_docs && i < index->pending_docs->len)
    return &g_array_index(index->pending_docs, DocEntry, i);
  return NULL;
}

static gboolean
pending_is_dead(CvIndex *index, guint32 docnum)
{
  for (guint i = 0; i < index->pending_dead->len; i++)
    if (g_array_index(index->pending_dead, guint32, i) == docnum)
      return TRUE;
  return FALSE;
}

/* Writes chunk table block @blk as the batch will leave it. */
static void
docs_block_write(CvIndex *index, rocksdb_writebatch_t *batch, guint32 blk)
{
  guint8 buf[DOCS_PER_BLOCK * DOC_ENTRY_LEN];
  memset(buf, 0, sizeof buf);
  for (guint i = 0; i < DOCS_PER_BLOCK; i++) {
    guint32 dn = blk * DOCS_PER_BLOCK + i;
    const DocEntry *e = pending_entry(index, dn);
    if (!e)
      break;
    guint8 *p = buf + i * DOC_ENTRY_LEN;
    memcpy(p, e->id, RAW_ID_LEN);
    guint32 chunk = pending_is_dead(index, dn) ? DEAD : e->chunk;
    p[16] = chunk;
    p[17] = chunk >> 8;
    p[18] = chunk >> 16;
    p[19] = chunk >> 24;
    p[20] = e->len;
    p[21] = e->len >> 8;
    p[22] = e->len >> 16;
    p[23] = e->len >> 24;
  }
  guint8 key[D_KEY_LEN] = { 'D' };
  put_be32(key + 1, blk);
  batch_put_sealed(index, batch, key, sizeof key, buf, sizeof buf);
}

static void
p_key(guint8 key[P_KEY_LEN], const guint8 hash[HASH_LEN], guint32 first)
{
  key[0] = 'P';
  memcpy(key + 1, hash, HASH_LEN);
  put_be32(key + 1 + HASH_LEN, first);
}

static void
block_write(CvIndex *index, rocksdb_writebatch_t *batch,
            const guint8 hash[HASH_LEN], const Tail *t)
{
  guint8 key[P_KEY_LEN];
  p_key(key, hash, t->first);
  g_autoptr(GByteArray) b = g_byte_array_sized_new(t->data->len + 4);
  put_le32(b, t->count | PACKED);
  g_byte_array_append(b, t->data->data, t->data->len);
  batch_put_sealed(index, batch, key, sizeof key, b->data, b->len);
  sodium_memzero(b->data, b->len);
}

/* Parses a posting block: fills @t (data copied). */
static gboolean
block_parse(const guint8 *plain, gsize len, guint32 first, Tail *t)
{
  if (len < 4)
    return FALSE;
  guint32 count = get_le32(plain);
  gboolean packed = (count & PACKED) != 0;
  count &= ~PACKED;
  const guint8 *p = plain + 4, *end = plain + len;
  guint32 dn = first;
  g_byte_array_set_size(t->data, 0);
  for (guint32 i = 0; i < count; i++) {
    guint32 delta, tf;
    if (!get_posting(&p, end, packed, &delta, &tf) || delta >= PACKED)
      return FALSE;
    dn += delta;
    if (!packed) /* re-encoded: a tail is always packed */
      put_posting(t->data, delta, tf);
  }
  t->first = first;
  t->count = count;
  t->last = dn;
  if (packed)
    g_byte_array_append(t->data, plain + 4, (guint)(len - 4));
  return TRUE;
}

static Tail *
tail_new(const guint8 h[HASH_LEN])
{
  Tail *t = g_new0(Tail, 1);
  memcpy(t->h, h, HASH_LEN);
  t->data = g_byte_array_new();
  return t;
}

static void
tail_free(gpointer p)
{
  Tail *t = p;
  if (!t)
    return;
  cv_text_wipe_byte_array(t->data);
  g_free(t);
}

static guint
hash16_hash(gconstpointer p)
{
  guint h;
  memcpy(&h, p, sizeof h); /* already a keyed hash: uniform */
  return h;
}

static gboolean
hash16_equal(gconstpointer a, gconstpointer b)
{
  return memcmp(a, b, HASH_LEN) == 0;
}

static GHashTable *
tail_table_new(void)
{
  return g_hash_table_new_full(hash16_hash, hash16_equal, NULL, tail_free);
}

/* --- the posting log ---
 *
 * A batch's postings go into the tails of their terms in memory and, in
 * RocksDB, into one sealed 'L' record (key 'L' be32(first chunk number of
 * the batch)) instead of into a rewritten tail block per term: rewriting
 * every touched tail at every batch was most of the cost of writing
 * (RocksDB inserts) and of the store's size before compaction.  When the
 * log reaches LOG_MAX_BYTES or LOG_MAX_RECORDS, a batch "folds" it: it puts
 * the tail block of every term with postings in the log and deletes the
 * log records, atomically.  A term's postings are then its 'P' blocks,
 * plus the postings of the log with a chunk number above the last one of
 * its blocks (a block filled since the last fold holds some of them
 * already).  Searches read both; a writer opening an index with a log
 * folds it first.
 *
 * The records between two folds (an "epoch") number their terms 0, 1, 2...
 * in order of first appearance: a record lists the hashes of the terms it
 * numbers first, then refers to every term by number, so that a frequent
 * term costs its 16-byte hash once per epoch, not once per batch (the log
 * was 0.77x the text with a hash per term per batch, 0.3x with numbers).
 * Plaintext: le32 first chunk, le32 first new number, le32 new terms, le32
 * entries; the new terms' hashes; per entry: varint number, varint count,
 * varint bytes, packed postings (the first one's chunk from the record's
 * first chunk): the postings the term's tail gained in the batch (those
 * written in a full block are not repeated). */

#define LOG_HEADER_LEN 16

/* A term numbered by a log record. */
typedef struct {
  const guint8 *h;
  guint32 num;
} LogName;

/* The postings of a term in a log record. */
typedef struct {
  guint32 num;
  guint32 count;
  const guint8 *p;
  guint32 len;
} LogEntry;

/* A parsed log record, shared by searches (reference counted). */
typedef struct {
  gint ref;
  guint8 nonce[24]; /* tells a record from a later one */
  guint32 lo;
  guint32 first_num; /* number of its first new term */
  guint8 *plain;
  gsize plain_len;
  LogName *names; /* sorted by hash */
  guint n_names;
  LogEntry *entries; /* sorted by number */
  guint n_entries;
} LogRec;

static void
log_rec_unref(gpointer p)
{
  LogRec *r = p;
  if (!r || !g_atomic_int_dec_and_test(&r->ref))
    return;
  cv_text_wipe_len(r->plain, r->plain_len);
  g_free(r->names);
  g_free(r->entries);
  g_free(r);
}

static int
cmp_log_name(const void *a, const void *b)
{
  return memcmp(((const LogName *)a)->h, ((const LogName *)b)->h, HASH_LEN);
}

static int
cmp_log_entry(const void *a, const void *b)
{
  guint32 x = ((const LogEntry *)a)->num, y = ((const LogEntry *)b)->num;
  return x < y ? -1 : x > y;
}

/* Parses a decrypted log record (takes @plain); NULL if malformed. */
static LogRec *
log_parse(guint8 *plain, gsize len)
{
  if (len < LOG_HEADER_LEN) {
    cv_text_wipe_len(plain, len);
    return NULL;
  }
  LogRec *r = g_new0(LogRec, 1);
  r->ref = 1;
  r->plain = plain;
  r->plain_len = len;
  r->lo = get_le32(plain);
  r->first_num = get_le32(plain + 4);
  guint32 n_new = get_le32(plain + 8), n = get_le32(plain + 12);
  const guint8 *p = plain + LOG_HEADER_LEN, *end = plain + len;
  gboolean ok = n_new <= (len - LOG_HEADER_LEN) / HASH_LEN &&
                n <= (len - LOG_HEADER_LEN) / 3 &&
                (guint64)r->first_num + n_new < G_MAXUINT32;
  if (ok) {
    r->names = g_new(LogName, n_new + 1);
    r->entries = g_new(LogEntry, n + 1);
    for (guint32 i = 0; i < n_new; i++) {
      r->names[i].h = p + (gsize)i * HASH_LEN;
      r->names[i].num = r->first_num + i;
    }
    p += (gsize)n_new * HASH_LEN;
  }
  for (guint32 i = 0; ok && i < n; i++) {
    LogEntry *e = &r->entries[i];
    ok = get_varint(&p, end, &e->num) && get_varint(&p, end, &e->count) &&
         get_varint(&p, end, &e->len) && e->count > 0 &&
         e->len <= (gsize)(end - p) && e->num < r->first_num + n_new;
    if (!ok)
      break;
    e->p = p;
    /* the postings must decode to exactly their bytes */
    const guint8 *q = p, *qend = p + e->len;
    guint64 dn = r->lo;
    for (guint32 j = 0; ok && j < e->count; j++) {
      guint32 delta, tf;
      ok = get_posting(&q, qend, TRUE, &delta, &tf);
      dn += delta;
    }
    ok = ok && q == qend && dn < DEAD;
    p += e->len;
  }
  ok = ok && p == end;
  if (!ok) {
    log_rec_unref(r);
    return NULL;
  }
  r->n_names = n_new;
  r->n_entries = n;
  qsort(r->names, n_new, sizeof *r->names, cmp_log_name);
  qsort(r->entries, n, sizeof *r->entries, cmp_log_entry);
  return r;
}

/* Checks that @recs (in key order) are the records of one epoch. */
static gboolean
log_epoch_check(GPtrArray *recs)
{
  guint32 next = 0;
  for (guint i = 0; i < recs->len; i++) {
    const LogRec *r = recs->pdata[i];
    if (r->first_num != next)
      return FALSE;
    next += r->n_names;
  }
  return TRUE;
}

/* The epoch number of term @h in @recs, or -1. */
static gint64
log_number(GPtrArray *recs, const guint8 h[HASH_LEN])
{
  LogName key = { h, 0 };
  for (guint i = 0; i < recs->len; i++) {
    const LogRec *r = recs->pdata[i];
    const LogName *n =
        bsearch(&key, r->names, r->n_names, sizeof *r->names, cmp_log_name);
    if (n)
      return n->num;
  }
  return -1;
}

static const LogEntry *
log_entry(const LogRec *r, guint32 num)
{
  LogEntry key = { num, 0, NULL, 0 };
  return bsearch(&key, r->entries, r->n_entries, sizeof *r->entries,
                 cmp_log_entry);
}

static void
l_key(guint8 key[L_KEY_LEN], guint32 lo)
{
  key[0] = 'L';
  put_be32(key + 1, lo);
}

/* Hash of a term for the tokeniser's cache (any thread). */
static void
cache_term_hash(const char *term, gsize len, guint8 out[CV_TERM_HASH_LEN],
                gpointer user_data)
{
  G_STATIC_ASSERT(CV_TERM_HASH_LEN == HASH_LEN);
  keyed_hash(user_data, term, len, out);
}

/* --- life cycle --- */

CvIndex *
cv_index_new(rocksdb_t *db, rocksdb_column_family_handle_t *cf,
             const char *collection, const guint8 *index_key_in,
             const guint8 *enc_key_in)
{
  g_return_val_if_fail(db && cf && collection && index_key_in && enc_key_in,
                       NULL);
  CvIndex *index = g_new0(CvIndex, 1);
  index->db = db;
  index->cf = cf;
  index->collection = g_strdup(collection);
  index->keys = sodium_malloc(64);
  if (!index->keys)
    g_error("index: sodium_malloc failed");
  memcpy(index->keys, index_key_in, 32);
  memcpy(index->keys + 32, enc_key_in, 32);
  index->ad_prefix = g_byte_array_new();
  g_byte_array_append(index->ad_prefix, (const guint8 *)"cvidx1", 6);
  g_byte_array_append(index->ad_prefix, (const guint8 *)collection,
                      (guint)strlen(collection) + 1);
  g_mutex_init(&index->load_lock);
  g_rw_lock_init(&index->lock);
  index->docs = g_array_new(FALSE, TRUE, sizeof(DocEntry));
  index->inv = g_array_new(FALSE, TRUE, sizeof(float));
  index->tails = tail_table_new();
  index->tails_max = TAIL_CACHE_MAX;
  index->evicted = g_malloc0(EVICTED_BITS / 8);
  index->pending_docs = g_array_new(FALSE, TRUE, sizeof(DocEntry));
  index->pending_dead = g_array_new(FALSE, FALSE, sizeof(guint32));
  index->log_keys = g_array_new(FALSE, FALSE, sizeof(guint32));
  index->pending_log_keys = g_array_new(FALSE, FALSE, sizeof(guint32));
  index->touched = g_ptr_array_new();
  g_mutex_init(&index->log_lock);
  g_mutex_init(&index->memo_lock);
  index->log_cache =
      g_hash_table_new_full(g_int_hash, g_int_equal, g_free, log_rec_unref);
  index->epoch = 1;
  index->wopts = rocksdb_writeoptions_create();
  rocksdb_writeoptions_set_sync(index->wopts, 1);
  index->deferred_docs = g_ptr_array_new_with_free_func(deferred_doc_free);
  index->token_cache[0] = cv_token_cache_new(cache_term_hash, index);
  index->token_cache[1] = cv_token_cache_new(cache_term_hash, index);
  return index;
}

void
cv_index_free(CvIndex *index)
{
  if (!index)
    return;
  g_free(index->collection);
  if (index->keys)
    sodium_free(index->keys);
  if (index->ad_prefix)
    g_byte_array_unref(index->ad_prefix);
  g_mutex_clear(&index->load_lock);
  g_rw_lock_clear(&index->lock);
  if (index->docs)
    g_array_unref(index->docs);
  if (index->inv)
    g_array_unref(index->inv);
  if (index->tails)
    g_hash_table_unref(index->tails);
  g_free(index->evicted);
  if (index->pending_docs)
    g_array_unref(index->pending_docs);
  if (index->pending_dead)
    g_array_unref(index->pending_dead);
  if (index->log_keys)
    g_array_unref(index->log_keys);
  if (index->pending_log_keys)
    g_array_unref(index->pending_log_keys);
  if (index->touched)
    g_ptr_array_unref(index->touched);
  g_mutex_clear(&index->log_lock);
  for (guint i = 0; i < FILTER_MEMOS; i++)
    filter_memo_free(index->memos[i]);
  g_mutex_clear(&index->memo_lock);
  if (index->log_cache)
    g_hash_table_unref(index->log_cache);
  if (index->log_list)
    g_ptr_array_unref(index->log_list);
  if (index->wopts)
    rocksdb_writeoptions_destroy(index->wopts);
  if (index->deferred_docs)
    g_ptr_array_unref(index->deferred_docs);
  cv_token_cache_free(index->token_cache[0]);
  cv_token_cache_free(index->token_cache[1]);
  g_free(index);
}

static double
stats_avgdl(const Stats *s)
{
  double avgdl = s->n_chunks ? (double)s->total_len / s->n_chunks : 1.0;
  return avgdl > 0 ? avgdl : 1.0;
}

static inline float
inv_of(const DocEntry *e, double avgdl)
{
  if (e->chunk == DEAD)
    return -1.0f;
  double norm = BM25_K1 * (1.0 - BM25_B + BM25_B * e->len / avgdl);
  return (float)(1.0 / (1.0 + norm));
}

/* Appends the scoring factors of docs[from..] (write lock held); remakes
 * them all when the average length drifted. */
static void
inv_update(CvIndex *index, guint from)
{
  double avgdl = stats_avgdl(&index->stats);
  if (fabs(avgdl - index->inv_avgdl) > 0.005 * index->inv_avgdl) {
    index->inv_avgdl = avgdl;
    from = 0;
  }
  g_array_set_size(index->inv, index->docs->len);
  float *inv = (float *)index->inv->data;
  const DocEntry *docs = (const DocEntry *)index->docs->data;
  for (guint i = from; i < index->docs->len; i++)
    inv[i] = inv_of(&docs[i], index->inv_avgdl);
}

/* Loads statistics and the chunk table (once). */
static gboolean
ensure_loaded(CvIndex *index, GError **error)
{
  if (g_atomic_int_get(&index->loaded))
    return TRUE;
  g_mutex_lock(&index->load_lock);
  gboolean ok = TRUE;
  if (!index->loaded) {
    Stats s = { 0 };
    gsize len = 0;
    static const guint8 skey[1] = { 'S' };
    GError *local = NULL;
    guint8 *plain = get_record(index, skey, 1, &len, NULL, &local);
    if (local) {
      g_propagate_error(error, local);
      ok = FALSE;
    } else if (plain) {
      if (len < 24) {
        g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_CORRUPT,
                    _("index statistics record is malformed"));
        ok = FALSE;
      } else {
        s.n_chunks = get_le64(plain);
        s.total_len = get_le64(plain + 8);
        s.next_docnum = get_le32(plain + 16);
        s.n_docs = get_le32(plain + 20);
      }
      cv_text_wipe_len(plain, len);
    }
    g_autoptr(GArray) docs = g_array_sized_new(FALSE, TRUE, sizeof(DocEntry),
                                               s.next_docnum);
    guint32 n_blocks = (s.next_docnum + DOCS_PER_BLOCK - 1) / DOCS_PER_BLOCK;
    for (guint32 blk = 0; ok && blk < n_blocks; blk++) {
      guint8 key[D_KEY_LEN] = { 'D' };
      put_be32(key + 1, blk);
      plain = get_record(index, key, sizeof key, &len, NULL, error);
      if (!plain || len != DOCS_PER_BLOCK * DOC_ENTRY_LEN) {
        if (plain)
          cv_text_wipe_len(plain, len);
        if (error && !*error)
          g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_CORRUPT,
                      _("index chunk table block %u is missing or malformed"),
                      blk);
        ok = FALSE;
        break;
      }
      for (guint i = 0; i < DOCS_PER_BLOCK && docs->len < s.next_docnum; i++) {
        const guint8 *p = plain + i * DOC_ENTRY_LEN;
        DocEntry e;
        memcpy(e.id, p, RAW_ID_LEN);
        e.chunk = get_le32(p + 16);
        e.len = get_le32(p + 20);
        g_array_append_val(docs, e);
      }
      cv_text_wipe_len(plain, len);
    }
    if (ok) {
      g_rw_lock_writer_lock(&index->lock);
      index->stats = s;
      g_array_set_size(index->docs, 0);
      g_array_append_vals(index->docs, docs->data, docs->len);
      index->inv_avgdl = stats_avgdl(&s);
      inv_update(index, 0);
      index->tails_complete = (s.next_docnum == 0);
      g_rw_lock_writer_unlock(&index->lock);
      g_atomic_int_set(&index->loaded, TRUE);
    }
  }
  g_mutex_unlock(&index->load_lock);
  return ok;
}

static void
begin_pending(CvIndex *index)
{
  if (!index->pending) {
    index->pending = TRUE;
    index->pending_stats = index->stats;
  }
}

static void
clear_pending(CvIndex *index)
{
  if (index->pending_docs->len)
    sodium_memzero(index->pending_docs->data,
                   index->pending_docs->len * sizeof(DocEntry));
  g_array_set_size(index->pending_docs, 0);
  g_array_set_size(index->pending_dead, 0);
  g_array_set_size(index->pending_log_keys, 0);
  index->pending_log_bytes = 0;
  index->pending_fold = FALSE;
  g_ptr_array_set_size(index->touched, 0);
  index->tails_modified = FALSE;
  index->pending = FALSE;
  index->deferred = FALSE;
  g_ptr_array_set_size(index->deferred_docs, 0);
}

/* Three 23-bit positions from the (uniform) term hash. */
static inline guint32
evicted_bit(const guint8 *hash, guint i)
{
  guint32 v;
  memcpy(&v, hash + 4 + 4 * i, sizeof v);
  return v & (EVICTED_BITS - 1);
}

static void
evicted_add(CvIndex *index, const guint8 *hash)
{
  for (guint i = 0; i < 3; i++) {
    guint32 b = evicted_bit(hash, i);
    index->evicted[b >> 3] |= (guint8)(1u << (b & 7));
  }
}

static gboolean
evicted_maybe(CvIndex *index, const guint8 *hash)
{
  for (guint i = 0; i < 3; i++) {
    guint32 b = evicted_bit(hash, i);
    if (!(index->evicted[b >> 3] & (1u << (b & 7))))
      return FALSE;
  }
  return TRUE;
}

void
cv_index_set_cache_limit(CvIndex *index, gsize bytes)
{
  g_return_if_fail(index);
  index->tails_max = bytes;
}

static inline gsize
tail_cost(const Tail *t)
{
  return t->data->len + TAIL_OVERHEAD;
}

/* Drops cached tails that hold nothing unfolded, those unused for
 * EVICT_AGE batches first; remembers which terms they were, so that new
 * terms still need no lookup in RocksDB. */
static void
evict_tails(CvIndex *index)
{
  for (guint pass = 0; pass < 2 && index->tails_bytes > index->tails_max / 2;
       pass++) {
    guint dropped = 0;
    GHashTableIter it;
    gpointer k, v;
    g_hash_table_iter_init(&it, index->tails);
    while (g_hash_table_iter_next(&it, &k, &v)) {
      Tail *t = v;
      if (t->unfolded || (pass == 0 && index->n_batches - t->used < EVICT_AGE))
        continue;
      evicted_add(index, k);
      index->tails_bytes -= tail_cost(t);
      g_hash_table_iter_remove(&it);
      dropped++;
    }
    g_debug("index: dropped %u cached tails (pass %u), %" G_GSIZE_FORMAT
            " bytes left",
            dropped, pass, index->tails_bytes);
  }
}

void
cv_index_batch_committed(CvIndex *index)
{
  if (!index)
    return;
  if (!index->pending) {
    index->deferred = FALSE;
    return;
  }
  /* deferred documents not flushed into the batch: a caller bug */
  g_warn_if_fail(index->deferred_docs->len == 0);
  g_rw_lock_writer_lock(&index->lock);
  for (guint i = 0; i < index->pending_dead->len; i++) {
    guint32 dn = g_array_index(index->pending_dead, guint32, i);
    if (dn < index->docs->len) {
      g_array_index(index->docs, DocEntry, dn).chunk = DEAD;
      g_array_index(index->inv, float, dn) = -1.0f;
    } else if (dn - index->docs->len < index->pending_docs->len)
      g_array_index(index->pending_docs, DocEntry, dn - index->docs->len)
          .chunk = DEAD;
  }
  guint from = index->docs->len;
  g_array_append_vals(index->docs, index->pending_docs->data,
                      index->pending_docs->len);
  index->stats = index->pending_stats;
  inv_update(index, from);
  g_rw_lock_writer_unlock(&index->lock);

  index->n_batches++;
  if (index->pending_fold) {
    g_array_set_size(index->log_keys, 0);
    index->log_bytes = 0;
    index->fold_next = FALSE;
  }
  g_array_append_vals(index->log_keys, index->pending_log_keys->data,
                      index->pending_log_keys->len);
  index->log_bytes += index->pending_log_bytes;
  if (index->tails_bytes > index->tails_max) {
    /* Tails with unfolded postings must stay: fold first. */
    if (index->log_keys->len == 0)
      evict_tails(index);
    else
      index->fold_next = TRUE;
  }
  clear_pending(index);
}

/* Forgets the writer's cache (after a batch that changed it in place was
 * dropped): tails are read again from RocksDB, and a log left there is
 * folded again by the next batch. */
static void
writer_reset(CvIndex *index)
{
  g_hash_table_remove_all(index->tails);
  index->tails_bytes = 0;
  index->tails_complete = FALSE;
  index->writer_ready = FALSE;
  index->fold_next = FALSE;
  index->epoch++;
  index->log_nterms = 0;
  g_array_set_size(index->log_keys, 0);
  index->log_bytes = 0;
}

void
cv_index_batch_aborted(CvIndex *index)
{
  if (!index)
    return;
  if (index->tails_modified)
    writer_reset(index);
  clear_pending(index);
}

/* --- adding --- */

/* Ends an index scan: turns a RocksDB read error into a GError (when the
 * scan had not failed already), frees the iterator and its options.
 * Returns @ok, or FALSE on a read error. */
static gboolean
iter_finish(rocksdb_iterator_t *it, rocksdb_readoptions_t *ro, gboolean ok,
            GError **error)
{
  char *err = NULL;
  rocksdb_iter_get_error(it, &err);
  if (err && ok) {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_IO,
                _("reading the index: %s"), err);
    ok = FALSE;
  }
  rocksdb_free(err);
  rocksdb_iter_destroy(it);
  rocksdb_readoptions_destroy(ro);
  return ok;
}

/* Last block of a term from RocksDB into @t (left empty when none). */
static gboolean
tail_load(CvIndex *index, const guint8 hash[HASH_LEN], Tail *t,
          GError **error)
{
  guint8 key[P_KEY_LEN];
  p_key(key, hash, 0xFFFFFFFFu);
  rocksdb_readoptions_t *ro = rocksdb_readoptions_create();
  rocksdb_iterator_t *it = rocksdb_create_iterator_cf(index->db, ro, index->cf);
  rocksdb_iter_seek_for_prev(it, (const char *)key, sizeof key);
  gboolean ok = TRUE;
  if (rocksdb_iter_valid(it)) {
    size_t klen = 0, vlen = 0;
    const char *k = rocksdb_iter_key(it, &klen);
    if (klen == P_KEY_LEN && memcmp(k, key, 1 + HASH_LEN) == 0) {
      const char *v = rocksdb_iter_value(it, &vlen);
      gsize plen = 0;
      guint8 *plain = unseal(index, (const guint8 *)k, klen, (const guint8 *)v,
                             vlen, &plen, NULL, error);
      if (!plain) {
        ok = FALSE;
      } else {
        if (!block_parse(plain, plen,
                         get_be32((const guint8 *)k + 1 + HASH_LEN), t)) {
          g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_CORRUPT,
                      _("index posting block is malformed"));
          ok = FALSE;
        }
        cv_text_wipe_len(plain, plen);
      }
    }
  }
  return iter_finish(it, ro, ok, error);
}

/* Puts @t into the cache in place of the term's entry. */
static void
cache_put(CvIndex *index, Tail *t)
{
  Tail *old = g_hash_table_lookup(index->tails, t->h);
  if (old)
    index->tails_bytes -= tail_cost(old);
  index->tails_bytes += tail_cost(t);
  g_hash_table_replace(index->tails, t->h, t);
  index->tails_modified = TRUE;
}

/* The tail of a term, from the cache or RocksDB, to append to; marks
 * where the current flush started appending (for its log record). */
static Tail *
tail_for_write(CvIndex *index, const guint8 hash[HASH_LEN], GError **error)
{
  Tail *t = g_hash_table_lookup(index->tails, hash);
  if (!t) {
    t = tail_new(hash);
    gboolean may_exist = !index->tails_complete || evicted_maybe(index, hash);
    if (may_exist && !tail_load(index, hash, t, error)) {
      tail_free(t);
      return NULL;
    }
    cache_put(index, t);
  }
  index->tails_modified = TRUE;
  t->used = index->n_batches + 1;
  if (t->flush != index->flush_serial) {
    t->flush = index->flush_serial;
    t->mark_count = t->count;
    t->mark_len = t->data->len;
    t->mark_base = t->last;
    g_ptr_array_add(index->touched, t);
  }
  return t;
}

/* Appends a posting, sealing the block into @batch when it is full. */
static void
tail_append(CvIndex *index, rocksdb_writebatch_t *batch,
            const guint8 hash[HASH_LEN], Tail *t, guint32 docnum, guint32 tf)
{
  if (t->count > 0 && t->data->len + 10 > BLOCK_MAX) {
    block_write(index, batch, hash, t);
    index->tails_bytes -= t->data->len;
    sodium_memzero(t->data->data, t->data->len);
    g_byte_array_set_size(t->data, 0);
    t->count = 0;
    t->mark_count = 0; /* the flush's postings so far are in the block */
    t->mark_len = 0;
  }
  if (t->count == 0) {
    t->first = docnum;
    t->last = docnum;
  }
  guint before = t->data->len;
  put_posting(t->data, docnum - t->last, tf);
  index->tails_bytes += t->data->len - before;
  t->last = docnum;
  t->count++;
}

/* Puts into @batch the tail block of every term with unfolded postings
 * (cached or of this batch) and deletes every log record: after @batch,
 * the 'P' blocks hold every posting. */
static void
fold_into(CvIndex *index, rocksdb_writebatch_t *batch)
{
  GHashTableIter it;
  gpointer v;
  g_hash_table_iter_init(&it, index->tails);
  while (g_hash_table_iter_next(&it, NULL, &v)) {
    Tail *t = v;
    if (t->unfolded && t->count > 0)
      block_write(index, batch, t->h, t);
    t->unfolded = FALSE;
  }
  index->tails_modified = TRUE;
  guint8 key[L_KEY_LEN];
  for (guint i = 0; i < index->log_keys->len; i++) {
    l_key(key, g_array_index(index->log_keys, guint32, i));
    rocksdb_writebatch_delete_cf(batch, index->cf, (const char *)key, sizeof key);
  }
  for (guint i = 0; i < index->pending_log_keys->len; i++) {
    l_key(key, g_array_index(index->pending_log_keys, guint32, i));
    rocksdb_writebatch_delete_cf(batch, index->cf, (const char *)key, sizeof key);
  }
  g_array_set_size(index->pending_log_keys, 0);
  index->pending_log_bytes = 0;
  index->pending_fold = TRUE;
  index->epoch++; /* numbers start again (an aborted batch resets all) */
  index->log_nterms = 0;
}

/* Ends a flush whose postings (from chunk @lo on) are in the tails it
 * touched: one log record of what each tail gained, or a fold when the
 * log would be full. */
static void
log_finish(CvIndex *index, rocksdb_writebatch_t *batch, guint32 lo)
{
  GPtrArray *touched = index->touched;
  gsize size = LOG_HEADER_LEN;
  guint n = 0, n_new = 0;
  for (guint i = 0; i < touched->len; i++) {
    Tail *t = touched->pdata[i];
    if (t->count > t->mark_count) {
      gboolean is_new = t->log_epoch != index->epoch;
      size += (is_new ? HASH_LEN : 0) + 15 + (t->data->len - t->mark_len);
      n++;
      n_new += is_new;
      t->unfolded = TRUE; /* its new postings are in no block */
    }
  }
  gboolean fold =
      index->fold_next ||
      index->log_keys->len + index->pending_log_keys->len + 1 > LOG_MAX_RECORDS ||
      index->log_bytes + index->pending_log_bytes + size > LOG_MAX_BYTES;
  if (fold) {
    fold_into(index, batch);
  } else if (n > 0) {
    g_autoptr(GByteArray) rec = g_byte_array_sized_new((guint)size);
    put_le32(rec, lo);
    put_le32(rec, index->log_nterms);
    put_le32(rec, n_new);
    put_le32(rec, n);
    for (guint i = 0; i < touched->len; i++) {
      Tail *t = touched->pdata[i];
      if (t->count > t->mark_count && t->log_epoch != index->epoch) {
        t->log_epoch = index->epoch;
        t->log_num = index->log_nterms++;
        g_byte_array_append(rec, t->h, HASH_LEN);
      }
    }
    g_autoptr(GByteArray) first = g_byte_array_new();
    for (guint i = 0; i < touched->len; i++) {
      const Tail *t = touched->pdata[i];
      if (t->count <= t->mark_count)
        continue;
      /* the gained postings, the first one's delta re-based on @lo */
      const guint8 *q = t->data->data + t->mark_len;
      const guint8 *end = t->data->data + t->data->len;
      guint32 delta = 0, tf = 1;
      if (!get_posting(&q, end, TRUE, &delta, &tf))
        g_assert_not_reached(); /* written by tail_append */
      guint32 dn = (t->mark_count ? t->mark_base : t->first) + delta;
      g_byte_array_set_size(first, 0);
      put_posting(first, dn - lo, tf);
      put_varint(rec, t->log_num);
      put_varint(rec, t->count - t->mark_count);
      put_varint(rec, first->len + (guint)(end - q));
      g_byte_array_append(rec, first->data, first->len);
      g_byte_array_append(rec, q, (guint)(end - q));
    }
    guint8 key[L_KEY_LEN];
    l_key(key, lo);
    batch_put_sealed(index, batch, key, sizeof key, rec->data, rec->len);
    g_array_append_val(index->pending_log_keys, lo);
    index->pending_log_bytes += rec->len;
    sodium_memzero(rec->data, rec->len);
  }
  g_ptr_array_set_size(touched, 0);
}

/* The terms of a slice of a document: an open-addressing table of their
 * hashes (keyed hashes are uniform: their first bytes are the slot) over
 * an array of terms in first-occurrence order, and their postings as
 * linked nodes of one array (no allocation per term or posting). */
typedef struct {
  guint8 h[HASH_LEN];
  guint32 head, tail; /* first and last node + 1 (0: none) */
} STerm;

typedef struct {
  guint32 dn, tf, next; /* next: node + 1, 0 = none */
} SNode;

typedef struct {
  GArray *terms;  /* STerm, first occurrence order */
  GArray *nodes;  /* SNode, chunk order per term */
  guint32 *slots; /* term + 1, 0 = empty */
  guint32 mask;
  guint32 docnum; /* chunk being tokenised */
} TermTable;

static TermTable *
term_table_new(void)
{
  TermTable *tt = g_new0(TermTable, 1);
  tt->terms = g_array_sized_new(FALSE, FALSE, sizeof(STerm), 256);
  tt->nodes = g_array_sized_new(FALSE, FALSE, sizeof(SNode), 1024);
  tt->mask = 511;
  tt->slots = g_new0(guint32, tt->mask + 1);
  return tt;
}

static void
term_table_free(TermTable *tt)
{
  if (!tt)
    return;
  if (tt->terms->len)
    sodium_memzero(tt->terms->data, tt->terms->len * sizeof(STerm));
  g_array_unref(tt->terms);
  g_array_unref(tt->nodes);
  g_free(tt->slots);
  g_free(tt);
}

static inline guint32
slot_of(const guint8 *h, guint32 mask)
{
  guint32 v;
  memcpy(&v, h, sizeof v);
  return v & mask;
}

static void
term_table_grow(TermTable *tt)
{
  guint32 mask = tt->mask * 2 + 1;
  guint32 *slots = g_new0(guint32, (gsize)mask + 1);
  for (guint32 i = 0; i < tt->terms->len; i++) {
    guint32 j = slot_of(g_array_index(tt->terms, STerm, i).h, mask);
    while (slots[j])
      j = (j + 1) & mask;
    slots[j] = i + 1;
  }
  g_free(tt->slots);
  tt->slots = slots;
  tt->mask = mask;
}

static void
count_term(const char *term, gsize len, const guint8 *h, gboolean extra,
           gpointer user_data)
{
  TermTable *tt = user_data;
  guint32 j = slot_of(h, tt->mask);
  STerm *t = NULL;
  while (tt->slots[j]) {
    STerm *c = &g_array_index(tt->terms, STerm, tt->slots[j] - 1);
    if (memcmp(c->h, h, HASH_LEN) == 0) {
      t = c;
      break;
    }
    j = (j + 1) & tt->mask;
  }
  if (!t) {
    if ((tt->terms->len + 1) * 2 > tt->mask + 1) {
      term_table_grow(tt);
      j = slot_of(h, tt->mask);
      while (tt->slots[j])
        j = (j + 1) & tt->mask;
    }
    STerm nt = { { 0 }, 0, 0 };
    memcpy(nt.h, h, HASH_LEN);
    g_array_append_val(tt->terms, nt);
    tt->slots[j] = tt->terms->len;
    t = &g_array_index(tt->terms, STerm, tt->terms->len - 1);
  }
  if (t->tail && g_array_index(tt->nodes, SNode, t->tail - 1).dn == tt->docnum) {
    g_array_index(tt->nodes, SNode, t->tail - 1).tf++;
    return;
  }
  SNode n = { tt->docnum, 1, 0 };
  g_array_append_val(tt->nodes, n);
  guint32 ni = tt->nodes->len;
  if (t->tail)
    g_array_index(tt->nodes, SNode, t->tail - 1).next = ni;
  else
    t->head = ni;
  t->tail = ni;
}

static guint8 *
r_key(CvIndex *index, const guint8 raw[RAW_ID_LEN], guint8 key[R_KEY_LEN])
{
  key[0] = 'R';
  guint8 tagged[RAW_ID_LEN + 4];
  memcpy(tagged, "doc:", 4);
  memcpy(tagged + 4, raw, RAW_ID_LEN);
  keyed_hash(index, tagged, sizeof tagged, key + 1);
  return key;
}

/* A document added since the last flush, tokenised at the flush. */
typedef struct {
  guint8 raw[RAW_ID_LEN];
  guint32 first;
  const CvChunk *chunks;        /* the caller's, alive until the flush */
  guint n_chunks;
  CvLang lang;
  guint32 *lens;                /* tokens per chunk */
  guint64 text_bytes;
  guint max_terms;  /* distinct terms it may index */
  GHashTable *seen; /* H(term) of the terms it indexes, when
                     * it has several slices */
  guint n_seen;
  guint64 n_capped; /* postings of terms past max_terms */
  guint n_capped_terms;
  guint8 *prefixes; /* bitmap of the 2-byte prefixes of the
                     * hashes of its terms (for 'R') */
} DeferredDoc;

static void
deferred_doc_free(gpointer p)
{
  DeferredDoc *d = p;
  g_free(d->lens);
  if (d->seen)
    g_hash_table_unref(d->seen);
  g_free(d->prefixes);
  sodium_memzero(d->raw, sizeof d->raw);
  g_free(d);
}

/* Chunks [c0, c1) of a document: the unit tokenised by one thread. */
typedef struct {
  DeferredDoc *doc;
  guint c0, c1;
  TermTable *terms; /* filled by slice_tokenize */
} Slice;

static void
slice_clear(Slice *s)
{
  term_table_free(s->terms);
  s->terms = NULL;
}

/* Tokenises and hashes the terms of a slice (any thread: reads only the
 * index key and the slice's chunks, writes only the slice and the
 * lengths of its chunks). */
static void
slice_tokenize(CvIndex *index, Slice *s, CvTokenCache *cache)
{
  DeferredDoc *d = s->doc;
  TermTable *tt = s->terms = term_table_new();
  for (guint i = s->c0; i < s->c1; i++) {
    tt->docnum = d->first + i;
    d->lens[i] =
        d->chunks[i].text
            ? cv_tokenize_document_hashed(d->chunks[i].text, d->chunks[i].len,
                                          d->lang, cache, count_term, tt)
            : 0;
  }
}

/* Whether @d indexes term @h: its first max_terms distinct terms only
 * (bounds the memory and the index size a document can take). */
static gboolean
doc_admits(DeferredDoc *d, const Slice *s, guint order_i, const guint8 *h)
{
  if (s->c0 == 0 && s->c1 == d->n_chunks) /* one slice: in order */
    return order_i < d->max_terms;
  if (g_hash_table_contains(d->seen, h))
    return TRUE;
  if (d->n_seen >= d->max_terms)
    return FALSE;
  g_hash_table_add(d->seen, g_memdup2(h, HASH_LEN));
  d->n_seen++;
  return TRUE;
}

/* Appends a tokenised slice's postings to its terms' tails (full blocks
 * are put into @batch) and to the log record being built. */
static gboolean
slice_merge(CvIndex *index, rocksdb_writebatch_t *batch, Slice *s, GError **error)
{
  DeferredDoc *d = s->doc;
  const SNode *nodes = (const SNode *)s->terms->nodes->data;
  for (guint i = 0; i < s->terms->terms->len; i++) {
    const STerm *term = &g_array_index(s->terms->terms, STerm, i);
    const guint8 *h = term->h;
    if (!doc_admits(d, s, i, h)) {
      for (guint32 n = term->head; n; n = nodes[n - 1].next)
        d->n_capped++;
      d->n_capped_terms++;
      continue;
    }
    Tail *t = tail_for_write(index, h, error);
    if (!t)
      return FALSE; /* the caller aborts the batch */
    for (guint32 n = term->head; n; n = nodes[n - 1].next)
      tail_append(index, batch, h, t, nodes[n - 1].dn, nodes[n - 1].tf);
    guint16 pre = (guint16)(h[0] << 8 | h[1]);
    d->prefixes[pre >> 3] |= (guint8)(1u << (pre & 7));
  }
  return TRUE;
}

/* Puts the 'R' record of a merged document: its chunks and the distinct
 * 2-byte prefixes of its terms' hashes, as varint deltas. */
static void
doc_record_put(CvIndex *index, rocksdb_writebatch_t *batch, const DeferredDoc *d)
{
  g_autoptr(GByteArray) rec = g_byte_array_new();
  put_le32(rec, d->first);
  put_le32(rec, d->n_chunks);
  guint count_at = rec->len;
  put_le32(rec, 0); /* the number of prefixes, below */
  guint32 n_prefixes = 0, prev = 0;
  for (guint32 byte = 0; byte < 65536 / 8; byte++) {
    guint8 bits = d->prefixes[byte];
    for (guint32 v = byte * 8; bits; v++, bits >>= 1)
      if (bits & 1) {
        put_varint(rec, n_prefixes ? v - prev : v);
        prev = v;
        n_prefixes++;
      }
  }
  rec->data[count_at] = (guint8)n_prefixes;
  rec->data[count_at + 1] = (guint8)(n_prefixes >> 8);
  rec->data[count_at + 2] = (guint8)(n_prefixes >> 16);
  rec->data[count_at + 3] = (guint8)(n_prefixes >> 24);
  guint8 rk[R_KEY_LEN];
  r_key(index, d->raw, rk);
  batch_put_sealed(index, batch, rk, sizeof rk, rec->data, rec->len);
  sodium_memzero(rec->data, rec->len);
}

/* Fills the chunk table entries and statistics of a tokenised document
 * (its entries were appended to pending_docs when it was added). */
static void
doc_lengths(CvIndex *index, const DeferredDoc *d)
{
  for (guint i = 0; i < d->n_chunks; i++) {
    guint32 dn = d->first + i;
    if (dn < index->docs->len ||
        dn - index->docs->len >= index->pending_docs->len)
      continue; /* cannot happen */
    g_array_index(index->pending_docs, DocEntry, dn - index->docs->len).len =
        d->lens[i];
    index->pending_stats.total_len += d->lens[i];
  }
}

typedef struct {
  CvIndex *index;
  Slice *slices;
  guint n; /* slices 1, 3, 5, ... of @slices */
} TokenizeJob;

static gpointer
tokenize_worker(gpointer data)
{
  TokenizeJob *job = data;
  for (guint i = 1; i < job->n; i += 2)
    slice_tokenize(job->index, &job->slices[i], job->index->token_cache[1]);
  return NULL;
}

/* Tokenises @slices on two threads (this one takes the even ones). */
static void
tokenize_slices(CvIndex *index, Slice *slices, guint n)
{
  TokenizeJob odd = { index, slices, n };
  GThread *helper =
      n >= 2 ? g_thread_try_new("cv-index", tokenize_worker, &odd, NULL) : NULL;
  for (guint i = 0; i < n; i += helper ? 2 : 1)
    slice_tokenize(index, &slices[i], index->token_cache[0]);
  if (helper)
    g_thread_join(helper);
}

/* Indexes the documents added since the last flush into @batch: tokenised
 * WINDOW_BYTES of text at a time (in slices of at most SLICE_BYTES, on two
 * threads), merged in chunk order, then the log record (or a fold), the
 * chunk table blocks and the statistics. */
static gboolean
index_flush(CvIndex *index, rocksdb_writebatch_t *batch, GError **error)
{
  GPtrArray *docs = index->deferred_docs;
  if (docs->len == 0)
    return TRUE;
  guint32 lo = ((DeferredDoc *)docs->pdata[0])->first;
  index->flush_serial++;
  g_ptr_array_set_size(index->touched, 0);
  g_autoptr(GArray) slices = g_array_new(FALSE, TRUE, sizeof(Slice));
  gboolean ok = TRUE;
  guint di = 0, ci = 0;
  while (ok && di < docs->len) {
    /* the next window of slices */
    gsize window = 0;
    g_array_set_size(slices, 0);
    while (di < docs->len && (slices->len == 0 || window < WINDOW_BYTES)) {
      DeferredDoc *d = docs->pdata[di];
      Slice s = { d, ci, ci, NULL };
      gsize bytes = 0;
      while (s.c1 < d->n_chunks &&
             (s.c1 == s.c0 || bytes + d->chunks[s.c1].len <= SLICE_BYTES))
        bytes += d->chunks[s.c1++].len;
      if (s.c0 == 0 && s.c1 < d->n_chunks && !d->seen)
        d->seen = g_hash_table_new_full(hash16_hash, hash16_equal, g_free, NULL);
      if (s.c1 > s.c0)
        g_array_append_val(slices, s);
      window += bytes;
      ci = s.c1;
      if (ci >= d->n_chunks) {
        di++;
        ci = 0;
      }
    }
    Slice *sl = (Slice *)slices->data;
    tokenize_slices(index, sl, slices->len);
    for (guint i = 0; i < slices->len; i++) {
      if (ok)
        ok = slice_merge(index, batch, &sl[i], error);
      slice_clear(&sl[i]);
    }
  }
  for (guint i = 0; ok && i < docs->len; i++) {
    DeferredDoc *d = docs->pdata[i];
    doc_lengths(index, d);
    doc_record_put(index, batch, d);
    if (d->n_capped_terms > 0) {
      char hex[CV_DOC_ID_LEN + 1];
      raw_to_hex(d->raw, hex);
      g_message("index: document %s has more than %u distinct terms: %u more "
                "(%" G_GUINT64_FORMAT " occurrences) are not indexed",
                hex, d->max_terms, d->n_capped_terms, d->n_capped);
    }
  }
  g_ptr_array_set_size(docs, 0);
  if (!ok)
    return FALSE; /* the caller aborts the batch */
  log_finish(index, batch, lo);
  guint32 end = index->pending_stats.next_docnum;
  if (end > lo)
    for (guint32 b = lo / DOCS_PER_BLOCK; b <= (end - 1) / DOCS_PER_BLOCK; b++)
      docs_block_write(index, batch, b);
  stats_write(index, batch, &index->pending_stats);
  return TRUE;
}

/* Reads every 'L' record (in key order: chunk order) into @recs. */
static gboolean
log_read_all(CvIndex *index, rocksdb_readoptions_t *ro, GPtrArray *recs,
             GArray *keys, GError **error)
{
  guint8 lower[1] = { 'L' }, upper[1] = { 'L' + 1 };
  rocksdb_readoptions_t *own = rocksdb_readoptions_create();
  if (!ro)
    ro = own;
  rocksdb_readoptions_set_iterate_upper_bound(ro, (const char *)upper, 1);
  rocksdb_iterator_t *it = rocksdb_create_iterator_cf(index->db, ro, index->cf);
  gboolean ok = TRUE;
  for (rocksdb_iter_seek(it, (const char *)lower, 1);
       ok && rocksdb_iter_valid(it); rocksdb_iter_next(it)) {
    size_t klen, vlen;
    const guint8 *k = (const guint8 *)rocksdb_iter_key(it, &klen);
    const guint8 *v = (const guint8 *)rocksdb_iter_value(it, &vlen);
    if (klen != L_KEY_LEN)
      continue;
    guint32 lo = get_be32(k + 1);
    if (keys)
      g_array_append_val(keys, lo);
    LogRec *r = NULL;
    g_mutex_lock(&index->log_lock);
    LogRec *c = g_hash_table_lookup(index->log_cache, &lo);
    if (c && vlen >= 24 && memcmp(c->nonce, v, 24) == 0) {
      g_atomic_int_inc(&c->ref);
      r = c;
    }
    g_mutex_unlock(&index->log_lock);
    if (!r) {
      gsize plen = 0;
      guint8 *plain = unseal(index, k, klen, v, vlen, &plen, NULL, error);
      if (!plain) {
        ok = FALSE;
        break;
      }
      r = log_parse(plain, plen);
      if (!r || r->lo != lo) {
        log_rec_unref(r);
        g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_CORRUPT,
                    _("index log record is malformed"));
        ok = FALSE;
        break;
      }
      memcpy(r->nonce, v, 24);
      g_atomic_int_inc(&r->ref);
      g_mutex_lock(&index->log_lock);
      g_hash_table_replace(index->log_cache, g_memdup2(&lo, sizeof lo), r);
      g_mutex_unlock(&index->log_lock);
    }
    g_ptr_array_add(recs, r);
  }
  ok = iter_finish(it, own, ok, error);
  if (ro != own)
    rocksdb_readoptions_set_iterate_upper_bound(ro, NULL, 0);
  if (ok && !log_epoch_check(recs)) {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_CORRUPT,
                _("index log records do not follow each other"));
    ok = FALSE;
  }
  if (ok) {
    /* drop cached records that are gone (folded) */
    g_mutex_lock(&index->log_lock);
    if (g_hash_table_size(index->log_cache) > recs->len) {
      GHashTableIter hit;
      gpointer hv;
      g_hash_table_iter_init(&hit, index->log_cache);
      while (g_hash_table_iter_next(&hit, NULL, &hv)) {
        gboolean live = FALSE;
        for (guint i = 0; !live && i < recs->len; i++)
          live = recs->pdata[i] == hv;
        if (!live)
          g_hash_table_iter_remove(&hit);
      }
    }
    g_mutex_unlock(&index->log_lock);
  }
  return ok;
}

void
cv_index_set_write_func(CvIndex *index, CvIndexWriteFunc func, gpointer user_data)
{
  g_return_if_fail(index);
  index->write_func = func;
  index->write_data = user_data;
}

/* Commits @batch on its own (a fold outside the caller's batches). */
static gboolean
write_own_batch(CvIndex *index, rocksdb_writebatch_t *batch, GError **error)
{
  char *err = NULL;
  if (index->write_func) {
    if (!index->write_func(batch, index->write_data, error)) {
      cv_index_batch_aborted(index);
      return FALSE;
    }
  } else {
    rocksdb_write(index->db, index->wopts, batch, &err);
  }
  if (err) {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_IO,
                _("writing the index: %s"), err);
    rocksdb_free(err);
    cv_index_batch_aborted(index);
    return FALSE;
  }
  cv_index_batch_committed(index);
  return TRUE;
}

/* Before the first write of this process: folds the log an earlier one
 * left (its postings are in no tail in memory), in a batch of its own. */
static gboolean
writer_prepare(CvIndex *index, GError **error)
{
  if (index->writer_ready)
    return TRUE;
  g_return_val_if_fail(!index->pending, FALSE);
  g_autoptr(GPtrArray) recs = g_ptr_array_new_with_free_func(log_rec_unref);
  g_array_set_size(index->log_keys, 0);
  index->log_bytes = 0;
  if (!log_read_all(index, NULL, recs, index->log_keys, error))
    return FALSE;
  if (recs->len == 0) {
    index->writer_ready = TRUE;
    return TRUE;
  }
  gboolean deferred = index->deferred; /* the caller's, kept */
  rocksdb_writebatch_t *batch = rocksdb_writebatch_create();
  begin_pending(index);
  index->flush_serial++;
  gboolean ok = TRUE;
  /* the hash of every number of the epoch */
  guint32 n_names = 0;
  for (guint i = 0; i < recs->len; i++)
    n_names += ((const LogRec *)recs->pdata[i])->n_names;
  g_autofree const guint8 **names = g_new0(const guint8 *, n_names + 1);
  for (guint i = 0; i < recs->len; i++) {
    const LogRec *r = recs->pdata[i];
    for (guint j = 0; j < r->n_names; j++)
      names[r->names[j].num] = r->names[j].h; /* < n_names: epoch_check */
  }
  for (guint i = 0; ok && i < recs->len; i++) {
    const LogRec *r = recs->pdata[i];
    for (guint j = 0; ok && j < r->n_entries; j++) {
      const LogEntry *e = &r->entries[j];
      Tail *t = tail_for_write(index, names[e->num], error);
      ok = t != NULL;
      const guint8 *p = e->p, *end = e->p + e->len;
      guint32 dn = r->lo;
      for (guint32 m = 0; ok && m < e->count; m++) {
        guint32 delta, tf;
        ok = get_posting(&p, end, TRUE, &delta, &tf); /* checked by parse */
        dn += delta;
        if (ok && (t->count == 0 || dn > t->last))
          tail_append(index, batch, t->h, t, dn, tf);
      }
      if (ok)
        t->unfolded = TRUE;
    }
  }
  if (ok) {
    fold_into(index, batch);
    ok = write_own_batch(index, batch, error);
  } else {
    cv_index_batch_aborted(index);
  }
  rocksdb_writebatch_destroy(batch);
  index->writer_ready = ok;
  index->deferred = deferred;
  return ok;
}

/* Folds the log in a batch of its own (before a removal, which rewrites
 * blocks from RocksDB and must find every posting there). */
static gboolean
fold_commit(CvIndex *index, GError **error)
{
  if (!writer_prepare(index, error))
    return FALSE;
  if (index->log_keys->len == 0)
    return TRUE;
  rocksdb_writebatch_t *batch = rocksdb_writebatch_create();
  begin_pending(index);
  fold_into(index, batch);
  gboolean ok = write_own_batch(index, batch, error);
  rocksdb_writebatch_destroy(batch);
  return ok;
}

gboolean
cv_index_fold(CvIndex *index, GError **error)
{
  g_return_val_if_fail(index && !index->pending, FALSE);
  return ensure_loaded(index, error) && fold_commit(index, error);
}

gboolean
cv_index_add_document(CvIndex *index, rocksdb_writebatch_t *batch,
                      const char *doc_id, const CvChunk *chunks, guint n_chunks,
                      const char *lang, GError **error)
{
  g_return_val_if_fail(index && batch && doc_id, FALSE);
  guint8 raw[RAW_ID_LEN];
  if (!hex_to_raw(doc_id, raw)) {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_INVALID,
                _("bad document id"));
    return FALSE;
  }
  if (!ensure_loaded(index, error))
    return FALSE;
  if (!index->pending && !writer_prepare(index, error))
    return FALSE;
  begin_pending(index);
  guint32 first = index->pending_stats.next_docnum;
  if ((guint64)first + n_chunks >= PACKED) { /* deltas fit 31 bits */
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_INVALID,
                _("index is full (%u chunks)"), first);
    return FALSE;
  }
  DeferredDoc *d = g_new0(DeferredDoc, 1);
  memcpy(d->raw, raw, RAW_ID_LEN);
  d->first = first;
  d->chunks = chunks;
  d->n_chunks = n_chunks;
  d->lang = cv_tokenize_lang(lang, n_chunks ? chunks[0].text : NULL,
                             n_chunks ? chunks[0].len : 0);
  d->lens = g_new0(guint32, n_chunks + 1);
  d->prefixes = g_malloc0(65536 / 8);
  for (guint i = 0; i < n_chunks; i++) {
    DocEntry e;
    memcpy(e.id, raw, RAW_ID_LEN);
    e.chunk = i;
    e.len = 0; /* doc_lengths */
    g_array_append_val(index->pending_docs, e);
    index->pending_stats.n_chunks++;
    d->text_bytes += chunks[i].text ? chunks[i].len : 0;
  }
  d->max_terms = (guint)MIN(
      G_MAXUINT, MAX(DOC_TERMS_MIN, d->text_bytes / DOC_TERMS_PER_BYTE));
  index->pending_stats.next_docnum = first + n_chunks;
  index->pending_stats.n_docs++;
  g_ptr_array_add(index->deferred_docs, d);
  /* Deferred: tokenised at the flush, on two threads; else now. */
  return index->deferred || index_flush(index, batch, error);
}

void
cv_index_batch_defer(CvIndex *index)
{
  g_return_if_fail(index);
  g_return_if_fail(!index->pending || index->deferred);
  index->deferred = TRUE;
}

gboolean
cv_index_batch_flush(CvIndex *index, rocksdb_writebatch_t *batch,
                     GError **error)
{
  g_return_val_if_fail(index && batch, FALSE);
  if (!index->deferred)
    return TRUE;
  return index_flush(index, batch, error);
}

/* --- removal --- */

gboolean
cv_index_remove_document(CvIndex *index, rocksdb_writebatch_t *batch,
                         const char *doc_id, GError **error)
{
  g_return_val_if_fail(index && batch && doc_id, FALSE);
  guint8 raw[RAW_ID_LEN];
  if (!hex_to_raw(doc_id, raw)) {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_INVALID,
                _("bad document id"));
    return FALSE;
  }
  if (!ensure_loaded(index, error))
    return FALSE;
  if (index->deferred ||
      (index->pending && (index->tails_modified || index->pending_docs->len > 0 ||
                          index->log_keys->len > 0))) {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_INVALID,
                _("index: removal in a batch that also adds documents"));
    return FALSE;
  }
  /* Removal reads the blocks from RocksDB: fold the log first. */
  if (!index->pending && !fold_commit(index, error))
    return FALSE;
  guint8 rk[R_KEY_LEN];
  r_key(index, raw, rk);
  gsize rlen = 0;
  guint rversion = CV_RECORD_VERSION;
  guint8 *rec = get_record(index, rk, sizeof rk, &rlen, &rversion, error);
  if (!rec)
    return error == NULL || *error == NULL; /* not indexed: nothing to do */
  gboolean ok = TRUE;
  guint32 first = rlen >= 12 ? get_le32(rec) : 0;
  guint32 n = rlen >= 12 ? get_le32(rec + 4) : 0;
  guint32 n_terms = rlen >= 12 ? get_le32(rec + 8) : 0;
  /* Term hashes: distinct R_PREFIX_LEN-byte prefixes as varint deltas.
   * Records written before the record layer (format 1) may also hold
   * whole hashes or 4-byte prefixes (two earlier layouts), told apart by
   * their length (deltas take at most 3 bytes a term); a record of format
   * 2 always holds deltas. */
  gsize plen_term = R_PREFIX_LEN;
  gboolean deltas = TRUE;
  if (rversion == CV_RECORD_V1 && rlen >= 12 && n_terms > 0 &&
      rlen - 12 == (gsize)n_terms * HASH_LEN) {
    plen_term = HASH_LEN;
    deltas = FALSE;
  } else if (rversion == CV_RECORD_V1 && rlen >= 12 && n_terms > 0 &&
             rlen - 12 == (gsize)n_terms * 4) {
    plen_term = 4;
    deltas = FALSE;
  }
  g_autoptr(GByteArray) terms = g_byte_array_new();
  gboolean bad = rlen < 12 || (guint64)first + n >= DEAD;
  if (!bad && !deltas) {
    g_byte_array_append(terms, rec + 12, (guint)(n_terms * plen_term));
  } else if (!bad) {
    const guint8 *p = rec + 12, *end = rec + rlen;
    guint32 v = 0;
    for (guint32 i = 0; !bad && i < n_terms; i++) {
      guint32 d;
      if (!get_varint(&p, end, &d) || (guint64)v + d > 0xFFFF) {
        bad = TRUE;
        break;
      }
      v += d;
      guint8 be[2] = { (guint8)(v >> 8), (guint8)v };
      g_byte_array_append(terms, be, 2);
    }
  }
  if (bad) {
    cv_text_wipe_len(rec, rlen);
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_CORRUPT,
                _("index document record is malformed"));
    return FALSE;
  }
  begin_pending(index);
  guint32 lo = first, hi = first + n;
  g_autoptr(GByteArray) kept = g_byte_array_new();
  for (guint32 ti = 0; ok && ti < n_terms; ti++) {
    const guint8 *prefix = terms->data + ti * plen_term;
    guint8 lower[P_KEY_LEN], upper[P_KEY_LEN + 1];
    lower[0] = 'P';
    memset(lower + 1, 0, P_KEY_LEN - 1);
    memcpy(lower + 1, prefix, plen_term);
    memset(upper, 0xFF, sizeof upper);
    memcpy(upper, lower, 1 + plen_term);
    rocksdb_readoptions_t *ro = rocksdb_readoptions_create();
    rocksdb_readoptions_set_iterate_upper_bound(ro, (const char *)upper,
                                                sizeof upper);
    rocksdb_iterator_t *it = rocksdb_create_iterator_cf(index->db, ro, index->cf);
    /* The blocks of one term are consecutive; @last is the last block
     * left of term @cur_h (put into the cache on the change of term and at
     * the end; an aborted batch drops the cache). */
    guint8 cur_h[HASH_LEN];
    gboolean have_cur = FALSE;
    Tail *last = NULL;
    for (rocksdb_iter_seek(it, (const char *)lower, sizeof lower);
         ok && rocksdb_iter_valid(it); rocksdb_iter_next(it)) {
      size_t klen, vlen;
      const guint8 *k = (const guint8 *)rocksdb_iter_key(it, &klen);
      const guint8 *v = (const guint8 *)rocksdb_iter_value(it, &vlen);
      if (klen != P_KEY_LEN || k[0] != 'P')
        continue;
      const guint8 *h = k + 1;
      if (!have_cur || memcmp(cur_h, h, HASH_LEN) != 0) {
        if (have_cur)
          cache_put(index, last);
        memcpy(cur_h, h, HASH_LEN);
        have_cur = TRUE;
        last = tail_new(h);
      }
      gsize plen = 0;
      guint8 *plain = unseal(index, k, klen, v, vlen, &plen, NULL, error);
      if (!plain) {
        ok = FALSE;
        break;
      }
      guint32 kfirst = get_be32(k + 1 + HASH_LEN);
      guint32 count = plen >= 4 ? get_le32(plain) : 0;
      gboolean packed = (count & PACKED) != 0;
      count &= ~PACKED;
      const guint8 *p = plain + 4, *end = plain + plen;
      guint32 dn = kfirst, prev = kfirst, kept_count = 0;
      gboolean changed = FALSE;
      g_byte_array_set_size(kept, 0);
      for (guint32 i = 0; i < count; i++) {
        guint32 delta, tf;
        if (!get_posting(&p, end, packed, &delta, &tf) || delta >= PACKED) {
          g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_CORRUPT,
                      _("index posting block is malformed"));
          ok = FALSE;
          break;
        }
        dn += delta;
        if (dn >= lo && dn < hi) {
          changed = TRUE;
          continue;
        }
        put_posting(kept, dn - prev, tf);
        prev = dn;
        kept_count++;
      }
      cv_text_wipe_len(plain, plen);
      if (!ok)
        break;
      Tail cur = {
        .first = kfirst, .last = prev, .count = kept_count, .data = kept
      };
      if (changed) {
        if (kept_count == 0)
          rocksdb_writebatch_delete_cf(batch, index->cf, (const char *)k, klen);
        else
          block_write(index, batch, h, &cur);
      }
      if (kept_count > 0) {
        last->first = kfirst;
        last->last = prev;
        last->count = kept_count;
        g_byte_array_set_size(last->data, 0);
        g_byte_array_append(last->data, kept->data, kept->len);
      }
    }
    if (have_cur)
      cache_put(index, last); /* the removal's view of the term's tail */
    ok = iter_finish(it, ro, ok, error);
  }
  sodium_memzero(kept->data, kept->len);
  cv_text_wipe_len(rec, rlen);
  if (!ok)
    return FALSE;

  for (guint32 dn = lo; dn < hi; dn++) {
    const DocEntry *e = pending_entry(index, dn);
    if (!e || e->chunk == DEAD || pending_is_dead(index, dn))
      continue;
    g_array_append_val(index->pending_dead, dn);
    index->pending_stats.n_chunks--;
    index->pending_stats.total_len -= e->len;
  }
  if (index->pending_stats.n_docs > 0)
    index->pending_stats.n_docs--;
  if (n > 0)
    for (guint32 b = lo / DOCS_PER_BLOCK; b <= (hi - 1) / DOCS_PER_BLOCK; b++)
      docs_block_write(index, batch, b);
  rocksdb_writebatch_delete_cf(batch, index->cf, (const char *)rk, sizeof rk);
  stats_write(index, batch, &index->pending_stats);
  return TRUE;
}

/* --- search --- */

static void
collect_query_term(const char *term, gsize len, gboolean extra,
                   gpointer user_data)
{
  GHashTable *set = user_data;
  if (g_hash_table_size(set) < QUERY_TERMS_MAX)
    g_hash_table_add(set, g_strndup(term, len));
}

typedef struct {
  guint32 docnum;
  float score;
} Scored;

/* Min-heap on score (ties: the larger chunk number is "smaller", so that
 * earlier chunks win). */
static inline gboolean
scored_less(const Scored *a, const Scored *b)
{
  return a->score < b->score || (a->score == b->score && a->docnum > b->docnum);
}

static void
heap_sift_down(Scored *h, guint n, guint i)
{
  for (;;) {
    guint l = 2 * i + 1, r = l + 1, m = i;
    if (l < n && scored_less(&h[l], &h[m]))
      m = l;
    if (r < n && scored_less(&h[r], &h[m]))
      m = r;
    if (m == i)
      return;
    Scored t = h[i];
    h[i] = h[m];
    h[m] = t;
    i = m;
  }
}

static void
heap_sift_up(Scored *h, guint i)
{
  while (i > 0) {
    guint parent = (i - 1) / 2;
    if (!scored_less(&h[i], &h[parent]))
      return;
    Scored t = h[i];
    h[i] = h[parent];
    h[parent] = t;
    i = parent;
  }
}

static int
scored_cmp_desc(gconstpointer a, gconstpointer b)
{
  const Scored *x = a, *y = b;
  if (scored_less(x, y))
    return 1;
  if (scored_less(y, x))
    return -1;
  return 0;
}

typedef struct {
  guint8 *plain;                /* count | varint pairs (wiped on free) */
  gsize len;
  guint32 first;                /* chunk number in the key */
} Block;

static void
blocks_clear(GArray *blocks)
{
  for (guint i = 0; i < blocks->len; i++) {
    Block *b = &g_array_index(blocks, Block, i);
    cv_text_wipe_len(b->plain, b->len);
  }
  g_array_set_size(blocks, 0);
}

/* Last chunk number of a decrypted block; FALSE if malformed. */
static gboolean
block_last(const Block *b, guint32 *last)
{
  guint32 count = get_le32(b->plain);
  gboolean packed = (count & PACKED) != 0;
  count &= ~PACKED;
  const guint8 *p = b->plain + 4, *end = b->plain + b->len;
  guint32 dn = b->first;
  for (guint32 i = 0; i < count; i++) {
    guint32 delta, tf;
    if (!get_posting(&p, end, packed, &delta, &tf))
      return FALSE;
    dn += delta;
  }
  *last = dn;
  return TRUE;
}

/* Appends to @out the (chunk, tf) pairs of @h in the log records @logs
 * that come after chunk @after (the last one of the term's blocks; every
 * earlier one is in a block already). */
static void
log_postings(GPtrArray *logs, const guint8 h[HASH_LEN], gboolean any_block,
             guint32 after, GArray *out)
{
  gint64 num = log_number(logs, h);
  if (num < 0)
    return;
  for (guint i = 0; i < logs->len; i++) {
    const LogRec *r = logs->pdata[i];
    const LogEntry *e = log_entry(r, (guint32)num);
    if (!e)
      continue;
    const guint8 *p = e->p, *end = e->p + e->len;
    guint32 dn = r->lo;
    for (guint32 n = 0; n < e->count; n++) {
      guint32 delta, tf;
      if (!get_posting(&p, end, TRUE, &delta, &tf)) /* checked by parse */
        break;
      dn += delta;
      if (!any_block || dn > after) {
        guint32 pair[2] = { dn, tf };
        g_array_append_vals(out, pair, 2);
      }
    }
  }
}

/* Decrypts every posting block of @hash into @blocks; *count gets the
 * number of postings (the term's document frequency).  With @cap > 0,
 * stops once more than @cap postings were read (*count is then > @cap
 * and @blocks incomplete). */
static gboolean
read_blocks(CvIndex *index, const rocksdb_snapshot_t *snap,
            const guint8 hash[HASH_LEN], guint64 cap, GArray *blocks,
            guint64 *count, GError **error)
{
  guint8 lower[P_KEY_LEN], upper[P_KEY_LEN + 1];
  p_key(lower, hash, 0);
  p_key(upper, hash, 0xFFFFFFFFu);
  upper[P_KEY_LEN] = 0xFF;
  rocksdb_readoptions_t *ro = rocksdb_readoptions_create();
  rocksdb_readoptions_set_snapshot(ro, snap);
  rocksdb_readoptions_set_iterate_upper_bound(ro, (const char *)upper,
                                              sizeof upper);
  rocksdb_iterator_t *it = rocksdb_create_iterator_cf(index->db, ro, index->cf);
  gboolean ok = TRUE;
  *count = 0;
  for (rocksdb_iter_seek(it, (const char *)lower, sizeof lower);
       rocksdb_iter_valid(it); rocksdb_iter_next(it)) {
    size_t klen, vlen;
    const guint8 *k = (const guint8 *)rocksdb_iter_key(it, &klen);
    const guint8 *v = (const guint8 *)rocksdb_iter_value(it, &vlen);
    if (klen != P_KEY_LEN)
      continue;
    Block b = { NULL, 0, get_be32(k + 1 + HASH_LEN) };
    b.plain = unseal(index, k, klen, v, vlen, &b.len, NULL, error);
    if (!b.plain) {
      ok = FALSE;
      break;
    }
    if (b.len < 4) {
      cv_text_wipe_len(b.plain, b.len);
      g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_CORRUPT,
                  _("index posting block is malformed"));
      ok = FALSE;
      break;
    }
    *count += get_le32(b.plain) & ~PACKED;
    g_array_append_val(blocks, b);
    if (cap > 0 && *count > cap)
      break;
  }
  return iter_finish(it, ro, ok, error);
}

/* Per-thread scratch of searches: the score of every chunk (all zero
 * between searches: only the touched entries are reset) and the chunks
 * touched.  A new array of every chunk's score each query was an mmap,
 * page faults and a munmap with a TLB shootdown (4 MB at 1M chunks). */
typedef struct {
  float *acc;
  gsize acc_len;
  guint32 *touched;
  gsize touched_cap;
  guint8 *memo; /* filter decisions by a document's first chunk: 0 not
                   asked, 1 accepted, 2 refused (all 0 between searches) */
  gsize memo_len;
} SearchScratch;

static void
scratch_free(gpointer p)
{
  SearchScratch *s = p;
  g_free(s->acc);
  g_free(s->touched);
  g_free(s->memo);
  g_free(s);
}

static GPrivate scratch_key = G_PRIVATE_INIT(scratch_free);

static SearchScratch *
scratch_get(gsize n_docs)
{
  SearchScratch *s = g_private_get(&scratch_key);
  if (!s) {
    s = g_new0(SearchScratch, 1);
    g_private_set(&scratch_key, s);
  }
  if (s->acc_len < n_docs) {
    gsize len = MAX(n_docs, s->acc_len + s->acc_len / 4);
    s->acc = g_renew(float, s->acc, len);
    memset(s->acc + s->acc_len, 0, (len - s->acc_len) * sizeof(float));
    s->acc_len = len;
  }
  return s;
}

/* The scratch's filter memo, for @n_docs chunks. */
static guint8 *
scratch_memo(SearchScratch *s, gsize n_docs)
{
  if (s->memo_len < n_docs) {
    gsize len = MAX(n_docs, s->memo_len + s->memo_len / 4);
    s->memo = g_renew(guint8, s->memo, len);
    memset(s->memo + s->memo_len, 0, len - s->memo_len);
    s->memo_len = len;
  }
  return s->memo;
}

/* The decisions kept for the filter @key, at least @n long: a reference
 * (decisions_unref), or NULL when @key is too long to keep. */
static Decisions *
memo_for(CvIndex *index, const char *key, gsize n)
{
  if (strlen(key) > FILTER_KEY_MAX)
    return NULL;
  g_mutex_lock(&index->memo_lock);
  struct FilterMemo *m = NULL;
  guint slot = 0;
  for (guint i = 0; i < FILTER_MEMOS && m == NULL; i++) {
    struct FilterMemo *c = index->memos[i];
    if (c != NULL && strcmp(c->key, key) == 0)
      m = c;
    else if (c == NULL ||
             (index->memos[slot] != NULL && c->used < index->memos[slot]->used))
      slot = i; /* a free slot, else the least recently used */
  }
  if (m == NULL) {
    m = index->memos[slot];
    if (m != NULL) {
      g_free(m->key);
      decisions_unref(m->d);
    } else {
      m = index->memos[slot] = g_new0(struct FilterMemo, 1);
    }
    m->key = g_strdup(key);
    m->d = NULL;
  }
  m->used = ++index->memo_clock;
  if (m->d == NULL || m->d->len < n) {
    gsize old = m->d ? m->d->len : 0;
    gsize len = MAX(n, old + old / 4);
    Decisions *d = g_malloc0(sizeof(Decisions) + len);
    d->ref = 1;
    d->len = len;
    for (gsize i = 0; i < old; i++)
      d->dec[i] = __atomic_load_n(&m->d->dec[i], __ATOMIC_RELAXED);
    decisions_unref(m->d);
    m->d = d;
  }
  Decisions *d = m->d;
  g_atomic_int_inc(&d->ref);
  g_mutex_unlock(&index->memo_lock);
  return d;
}

void
cv_index_filter_forget(CvIndex *index, const char *key)
{
  g_mutex_lock(&index->memo_lock);
  for (guint i = 0; i < FILTER_MEMOS; i++) {
    struct FilterMemo *m = index->memos[i];
    if (m != NULL && strcmp(m->key, key) == 0) {
      filter_memo_free(m);
      index->memos[i] = NULL;
    }
  }
  g_mutex_unlock(&index->memo_lock);
}

GArray *
cv_index_search(CvIndex *index, const char *query, guint k, GError **error)
{
  return cv_index_search_keyed(index, query, k, NULL, NULL, NULL, NULL, NULL,
                               error);
}

GArray *
cv_index_search_filtered(CvIndex *index, const char *query, guint k,
                         CvIndexAcceptFunc accept, gpointer accept_data,
                         guint64 *total, double *max_score, GError **error)
{
  return cv_index_search_keyed(index, query, k, accept, accept_data, NULL,
                               total, max_score, error);
}

GArray *
cv_index_search_keyed(CvIndex *index, const char *query, guint k,
                      CvIndexAcceptFunc accept, gpointer accept_data,
                      const char *filter_key, guint64 *total, double *max_score,
                      GError **error)
{
  g_return_val_if_fail(index && query, NULL);
  if (total)
    *total = 0;
  if (max_score)
    *max_score = 0.0;
  gsize qlen = strlen(query);
  if (qlen > QUERY_BYTES_MAX) {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_INVALID,
                _("query longer than %u bytes"), QUERY_BYTES_MAX);
    return NULL;
  }
  if (k > K_MAX)
    k = K_MAX;
  if (!ensure_loaded(index, error))
    return NULL;
  GArray *hits = g_array_new(FALSE, TRUE, sizeof(CvIndexHit));
  if (k == 0)
    return hits;

  CvLang lang = cv_tokenize_lang(NULL, query, qlen);
  g_autoptr(GHashTable) terms =
      g_hash_table_new_full(g_str_hash, g_str_equal, cv_text_wipe_str, NULL);
  cv_tokenize(query, qlen, lang, collect_query_term, terms);
  if (g_hash_table_size(terms) == 0)
    return hits;
  /* The query's terms (weight 1), then their prefix terms (a set of
   * their own: two terms may share one). */
  g_autoptr(GPtrArray) qterms = g_ptr_array_new();
  g_autoptr(GHashTable) prefixes =
      g_hash_table_new_full(g_str_hash, g_str_equal, cv_text_wipe_str, NULL);
  guint n_full; /* qterms[i] is a prefix term when i >= n_full */
  {
    GHashTableIter ti;
    gpointer tk;
    g_hash_table_iter_init(&ti, terms);
    while (g_hash_table_iter_next(&ti, &tk, NULL)) {
      char pre[CV_PREFIX_MAX + 1];
      gsize pl = cv_term_prefix(tk, strlen(tk), pre);
      g_ptr_array_add(qterms, tk);
      if (pl)
        g_hash_table_add(prefixes, g_strndup(pre, pl));
      sodium_memzero(pre, sizeof pre);
    }
    n_full = qterms->len;
    g_hash_table_iter_init(&ti, prefixes);
    while (g_hash_table_iter_next(&ti, &tk, NULL))
      g_ptr_array_add(qterms, tk);
  }

  /* One snapshot for the blocks and the log: a fold between two reads
   * must not show a posting twice or not at all. */
  guint64 seq = rocksdb_get_latest_sequence_number(index->db);
  const rocksdb_snapshot_t *snap = rocksdb_create_snapshot(index->db);
  gboolean seq_known = rocksdb_get_latest_sequence_number(index->db) == seq;
  g_autoptr(GPtrArray) logs = g_ptr_array_new_with_free_func(log_rec_unref);
  /* Nothing written since the last scan of the log: the same records
   * (scanning the 'L' range costs a seek in every level, ~1 ms at 1M
   * chunks). */
  gboolean cached = FALSE;
  g_mutex_lock(&index->log_lock);
  if (seq_known && index->log_list && index->log_list_seq == seq) {
    for (guint i = 0; i < index->log_list->len; i++) {
      LogRec *r = index->log_list->pdata[i];
      g_atomic_int_inc(&r->ref);
      g_ptr_array_add(logs, r);
    }
    cached = TRUE;
  }
  g_mutex_unlock(&index->log_lock);
  if (!cached) {
    rocksdb_readoptions_t *ro = rocksdb_readoptions_create();
    rocksdb_readoptions_set_snapshot(ro, snap);
    gboolean read = log_read_all(index, ro, logs, NULL, error);
    rocksdb_readoptions_destroy(ro);
    if (!read) {
      rocksdb_release_snapshot(index->db, snap);
      g_array_unref(hits);
      return NULL;
    }
    if (seq_known) {
      GPtrArray *list = g_ptr_array_new_with_free_func(log_rec_unref);
      for (guint i = 0; i < logs->len; i++) {
        LogRec *r = logs->pdata[i];
        g_atomic_int_inc(&r->ref);
        g_ptr_array_add(list, r);
      }
      g_mutex_lock(&index->log_lock);
      if (index->log_list)
        g_ptr_array_unref(index->log_list);
      index->log_list = list;
      index->log_list_seq = seq;
      g_mutex_unlock(&index->log_lock);
    }
  }

  g_rw_lock_reader_lock(&index->lock);
  guint32 n_docs = index->docs->len;
  double n = (double)index->stats.n_chunks;
  const DocEntry *docs = (const DocEntry *)index->docs->data;
  const float *inv = (const float *)index->inv->data;
  SearchScratch *scratch = scratch_get(n_docs);
  float *acc = scratch->acc;
  guint32 *touched = scratch->touched; /* chunks with a score */
  gsize n_touched = 0;
  g_autoptr(GArray) blocks = g_array_new(FALSE, FALSE, sizeof(Block));
  g_autoptr(GArray) logged = g_array_new(FALSE, FALSE, sizeof(guint32));
  gboolean ok = TRUE;

  for (guint qi = 0; ok && qi < qterms->len; qi++) {
    const char *key = qterms->pdata[qi];
    double weight = qi < n_full ? 1.0 : PREFIX_WEIGHT;
    guint8 h[HASH_LEN];
    guint64 df = 0;
    keyed_hash(index, key, strlen(key), h);
    blocks_clear(blocks);
    g_array_set_size(logged, 0);
    /* A prefix term shared by many chunks weighs little and costs a long
     * posting list (and more candidates to filter): skipped. */
    guint64 cap =
        qi < n_full ? 0 : MAX(PREFIX_DF_MIN, (guint64)(n * PREFIX_DF_SHARE));
    if (!read_blocks(index, snap, h, cap, blocks, &df, error)) {
      ok = FALSE;
      break;
    }
    if (cap > 0 && df > cap)
      continue;
    guint32 after = 0;
    if (blocks->len > 0 &&
        !block_last(&g_array_index(blocks, Block, blocks->len - 1), &after)) {
      g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_CORRUPT,
                  _("index posting block is malformed"));
      ok = FALSE;
      break;
    }
    log_postings(logs, h, blocks->len > 0, after, logged);
    df += logged->len / 2;
    if (df == 0)
      continue;
    /* Postings of removed chunks are deleted with them, so the block
     * counts are the document frequency (clamped for robustness). */
    double dfc = MIN((double)df, n);
    double idf = log(1.0 + (n - dfc + 0.5) / (dfc + 0.5));
    double w = weight * idf * (BM25_K1 + 1.0);
    float wf = (float)w;
    if (max_score)
      *max_score += w; /* the bound of this term's share as tf grows */
    for (guint bi = 0; ok && bi <= blocks->len; bi++) {
      /* the blocks, then the postings from the log */
      const Block *b =
          bi < blocks->len ? &g_array_index(blocks, Block, bi) : NULL;
      guint32 count = b ? get_le32(b->plain) : logged->len / 2;
      gboolean packed = (count & PACKED) != 0;
      count &= ~PACKED;
      const guint8 *p = b ? b->plain + 4 : NULL,
                   *end = b ? b->plain + b->len : NULL;
      const guint32 *pairs = (const guint32 *)logged->data;
      guint32 dn = b ? b->first : 0;
      for (guint32 i = 0; i < count; i++) {
        guint32 delta, tf;
        if (!b) {
          dn = pairs[2 * i];
          tf = pairs[2 * i + 1];
        } else if (!get_posting(&p, end, packed, &delta, &tf)) {
          g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_CORRUPT,
                      _("index posting block is malformed"));
          ok = FALSE;
          break;
        } else {
          dn += delta;
        }
        if (dn >= n_docs || inv[dn] < 0.0f)
          continue;
        /* BM25: w tf / (tf + norm); inv = 1 / (1 + norm) */
        float sc = tf == 1 ? wf * inv[dn]
                           : (float)(w * tf / (tf + 1.0 / inv[dn] - 1.0));
        if (acc[dn] == 0.0f) {
          if (G_UNLIKELY(n_touched == scratch->touched_cap)) {
            scratch->touched_cap =
                scratch->touched_cap ? scratch->touched_cap * 2 : 1024;
            touched = scratch->touched =
                g_renew(guint32, touched, scratch->touched_cap);
          }
          touched[n_touched++] = dn;
        }
        acc[dn] += sc;
      }
    }
  }
  blocks_clear(blocks);

  if (ok) {
    guint cap = MIN(k, n_touched);
    g_autofree Scored *heap = g_new(Scored, cap + 1);
    guint hn = 0;
    guint64 matched = 0;
    /* One decision a document, kept by its first chunk (a document's
     * chunks have consecutive numbers): the chunks a query touches come
     * term by term, so one document's come back once per term. */
    /* With a @filter_key, the decisions are the filter's, kept between searches
     * (memo_for); else this search's, cleared after it. */
    Decisions *kept =
        accept && filter_key ? memo_for(index, filter_key, n_docs) : NULL;
    guint8 *memo = accept && !kept ? scratch_memo(scratch, n_docs) : NULL;
    for (guint i = 0; i < n_touched; i++) {
      Scored c = { touched[i], 0 };
      if (accept) {
        const DocEntry *de = &docs[c.docnum];
        guint32 first = c.docnum - MIN(de->chunk, c.docnum);
        if (memcmp(docs[first].id, de->id, RAW_ID_LEN) != 0)
          first = c.docnum; /* not expected: decide for this chunk */
        guint8 v = kept ? __atomic_load_n(&kept->dec[first], __ATOMIC_RELAXED)
                        : memo[first];
        if (v == 0) {
          v = accept(de->id, accept_data) ? 1 : 2;
          if (kept)
            __atomic_store_n(&kept->dec[first], v, __ATOMIC_RELAXED);
          else
            memo[first] = v;
        }
        if (v == 2)
          continue;
      }
      matched++;
      c.score = acc[c.docnum];
      if (hn < cap) {
        heap[hn] = c;
        heap_sift_up(heap, hn++);
      } else if (scored_less(&heap[0], &c)) {
        heap[0] = c;
        heap_sift_down(heap, hn, 0);
      }
    }
    if (memo)
      for (guint i = 0; i < n_touched; i++) {
        guint32 dn = touched[i];
        memo[dn - MIN(docs[dn].chunk, dn)] = 0;
        memo[dn] = 0;
      }
    decisions_unref(kept);
    qsort(heap, hn, sizeof(Scored), scored_cmp_desc);
    for (guint i = 0; i < hn; i++) {
      CvIndexHit hit;
      raw_to_hex(docs[heap[i].docnum].id, hit.doc_id);
      hit.chunk_index = docs[heap[i].docnum].chunk;
      hit.score = heap[i].score;
      g_array_append_val(hits, hit);
    }
    if (total)
      *total = matched;
  }
  g_rw_lock_reader_unlock(&index->lock);
  rocksdb_release_snapshot(index->db, snap);
  for (gsize i = 0; i < n_touched; i++)
    acc[touched[i]] = 0.0f;
  if (!ok) {
    g_array_unref(hits);
    return NULL;
  }
  return hits;
}

gboolean
cv_index_counts(CvIndex *index, guint64 *n_docs, guint64 *n_chunks, GError **error)
{
  if (!ensure_loaded(index, error))
    return FALSE;
  g_rw_lock_reader_lock(&index->lock);
  *n_docs = index->stats.n_docs;
  *n_chunks = index->stats.n_chunks;
  g_rw_lock_reader_unlock(&index->lock);
  return TRUE;
}

/* --- highlights --- */

typedef struct {
  GHashTable *terms; /* the query's terms */
  gboolean hit;
} TermProbe;

static void
collect_term(const char *term, gsize len, gboolean extra, gpointer user_data)
{
  g_hash_table_add(user_data, g_strndup(term, len));
}

static void
probe_term(const char *term, gsize len, gboolean extra, gpointer user_data)
{
  TermProbe *p = user_data;
  if (p->hit || len >= CV_TERM_MAX)
    return;
  char buf[CV_TERM_MAX + 1];
  memcpy(buf, term, len);
  buf[len] = '\0';
  if (g_hash_table_contains(p->terms, buf))
    p->hit = TRUE;
  sodium_memzero(buf, sizeof buf);
}

#define HIGHLIGHTS_MAX 64

GHashTable *
cv_index_query_terms(const char *query)
{
  GHashTable *terms =
      g_hash_table_new_full(g_str_hash, g_str_equal, cv_text_wipe_str, NULL);
  gsize len = strlen(query);
  cv_tokenize(query, len, cv_tokenize_lang(NULL, query, len), collect_term,
              terms);
  return terms;
}

GArray *
cv_index_highlights(GHashTable *terms, const char *text, gsize len,
                    const char *lang_tag)
{
  CvLang lang = cv_tokenize_lang(lang_tag ? lang_tag : "fr", NULL, 0);
  GArray *out = g_array_new(FALSE, FALSE, sizeof(guint));
  const char *p = text, *end = text + len;
  guint pos = 0;
  while (p < end && out->len < 2 * HIGHLIGHTS_MAX) {
    gunichar c = g_utf8_get_char_validated(p, end - p);
    if (c == (gunichar)-1 || c == (gunichar)-2) {
      p++;
      pos++;
      continue;
    }
    if (!g_unichar_isalnum(c)) {
      p = g_utf8_next_char(p);
      pos++;
      continue;
    }
    const char *w = p;
    guint wpos = pos;
    /* a word: letters, digits, and apostrophes or hyphens inside */
    while (p < end) {
      gunichar d = g_utf8_get_char_validated(p, end - p);
      if (d == (gunichar)-1 || d == (gunichar)-2)
        break;
      if (!g_unichar_isalnum(d) && !g_unichar_ismark(d) && d != '\'' &&
          d != 0x2019)
        break;
      p = g_utf8_next_char(p);
      pos++;
    }
    TermProbe probe = { terms, FALSE };
    cv_tokenize(w, (gsize)(p - w), lang, probe_term, &probe);
    if (probe.hit) {
      guint pair[2] = { wpos, pos };
      g_array_append_vals(out, pair, 2);
    }
  }
  return out;
}

/* --- verification --- */

int
cv_index_verify(CvIndex *index, CvVerifyFunc report, gpointer user_data)
{
  g_return_val_if_fail(index, -1);
  int problems = 0;
  rocksdb_readoptions_t *ro = rocksdb_readoptions_create();
  rocksdb_iterator_t *it = rocksdb_create_iterator_cf(index->db, ro, index->cf);
  for (rocksdb_iter_seek_to_first(it); rocksdb_iter_valid(it);
       rocksdb_iter_next(it)) {
    size_t klen, vlen;
    const guint8 *k = (const guint8 *)rocksdb_iter_key(it, &klen);
    const guint8 *v = (const guint8 *)rocksdb_iter_value(it, &vlen);
    /* Record names show the kind and a short key prefix, never content. */
    char name[32], hex[2 * 8 + 1];
    cv_hex(k + (klen > 0), klen > 1 ? MIN(klen - 1, 8) : 0, hex);
    g_snprintf(name, sizeof name, "index:%c:%s", klen ? (char)k[0] : '?', hex);
    gboolean known = klen > 0 && ((k[0] == 'P' && klen == P_KEY_LEN) ||
                                  (k[0] == 'R' && klen == R_KEY_LEN) ||
                                  (k[0] == 'D' && klen == D_KEY_LEN) ||
                                  (k[0] == 'L' && klen == L_KEY_LEN) ||
                                  (k[0] == 'S' && klen == 1));
    if (!known) {
      if (report)
        report(index->collection, name, "unknown index record", user_data);
      problems++;
      continue;
    }
    g_autoptr(GError) error = NULL;
    gsize plen = 0;
    guint8 *plain = unseal(index, k, klen, v, vlen, &plen, NULL, &error);
    if (!plain) {
      if (report)
        report(index->collection, name, error->message, user_data);
      problems++;
      continue;
    }
    if (k[0] == 'P') {
      Tail t = { .data = g_byte_array_new() };
      if (!block_parse(plain, plen, get_be32(k + 1 + HASH_LEN), &t)) {
        if (report)
          report(index->collection, name, "malformed posting block", user_data);
        problems++;
      }
      cv_text_wipe_byte_array(t.data);
    } else if (k[0] == 'L') {
      LogRec *r = log_parse(plain, plen); /* takes @plain */
      if (!r || r->lo != get_be32(k + 1)) {
        if (report)
          report(index->collection, name, "malformed log record", user_data);
        problems++;
      }
      log_rec_unref(r);
      continue;
    }
    cv_text_wipe_len(plain, plen);
  }
  char *err = NULL;
  rocksdb_iter_get_error(it, &err);
  if (err) {
    if (report)
      report(index->collection, "index", "read error", user_data);
    problems++;
    rocksdb_free(err);
  }
  rocksdb_iter_destroy(it);
  rocksdb_readoptions_destroy(ro);
  return problems;
}
