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
 * H is BLAKE2b keyed with the index key, truncated to 16 bytes: no term or
 * document appears in a RocksDB key.  Every value is XChaCha20-Poly1305
 * sealed under the encryption key with the collection and the record's key
 * as associated data (records cannot be swapped), after padding to a size
 * class (multiples of 32 bytes up to 1 KiB, then 12.5% steps; was powers
 * of two, which made the index ~2x the text) so exact list lengths do not
 * show.  The keys
 * reveal, per term hash, only how many ~1 KB blocks it has, never which
 * document holds which term.
 *
 * Chunks get increasing numbers, so adding a document appends to the last
 * ("tail") block of each of its terms: a read-modify-write served from an
 * in-process cache of tail blocks (when the cache outgrows its limit it is
 * dropped and a Bloom filter remembers which terms it held, so a new term
 * never costs a RocksDB lookup; a tail that cannot be found only means a
 * new block).  Changes of the batch being built live in a pending overlay
 * that moves into the cache on commit and is dropped on abort.  With group
 * commit (cv_index_batch_defer, used by cv_store_put_documents) a block
 * touched by several documents of the batch is put into it once, at
 * cv_index_batch_flush, instead of once per document: RocksDB memtable
 * inserts of rewritten tail blocks were most of the write cost.  Removing a
 * document rewrites the blocks holding its chunks.  Why not immutable
 * segments merged later: appending to tails keeps one block list per term
 * (one iterator per query term) with no merge scheduling, and measured
 * ~1.2 ms of CPU per chunk to build (BENCHMARKS.md).
 *
 * Searches (any thread) read committed blocks straight from RocksDB and the
 * chunk table kept in memory (loaded on first use, updated on commit under a
 * read-write lock); scores are BM25 (k1 1.2, b 0.75) accumulated per chunk
 * and the best k kept with a heap.
 */
#include <math.h>
#include <string.h>

#include <sodium.h>

#include "index.h"
#include "tokenize.h"

#define HASH_LEN 16
#define RAW_ID_LEN 16
#define BLOCK_MAX 1000          /* encoded postings per block before sealing:
                                 * with its header, one 1 KiB size class */
#define DOCS_PER_BLOCK 128
#define DOC_ENTRY_LEN 24        /* raw id, chunk index, length */
#define DEAD 0xFFFFFFFFu        /* chunk index of a removed chunk */
#define PAD_MIN 32              /* smallest size class and step up to 1 KiB */
#define TAIL_CACHE_MAX ((gsize)256 << 20) /* bytes of cached tail blocks */
#define TAIL_OVERHEAD 160       /* bytes of bookkeeping per cached tail */
#define EVICTED_BITS (1u << 23) /* Bloom filter of evicted terms: 1 MiB */
#define QUERY_TERMS_MAX 64
#define QUERY_BYTES_MAX 4096
#define K_MAX 1000
#define BM25_K1 1.2
#define BM25_B 0.75

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
  guint32 first;                /* key of the block */
  guint32 last;                 /* last chunk number in it */
  guint32 count;                /* postings; 0 = the term has no block */
  GByteArray *data;             /* varint (delta, tf) pairs */
  gboolean dirty;               /* changed since last put in the batch
                                 * (deferred mode) */
} Tail;

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
  GArray *lens;                 /* guint32 length by chunk number (DEAD if
                                 * removed): compact, for scoring */

  /* Writer-only state (one writer thread). */
  GHashTable *tails;            /* H(term) -> Tail*, committed cache */
  gsize tails_bytes;
  gsize tails_max;              /* cache limit (TAIL_CACHE_MAX) */
  gboolean tails_complete;      /* a term neither cached nor in @evicted
                                 * has no posting block */
  guint8 *evicted;              /* Bloom filter (k = 3) of the terms
                                 * dropped from the cache */
  gboolean pending;             /* a batch is being built */
  Stats pending_stats;
  GHashTable *pending_tails;    /* H(term) -> Tail*, this batch */
  GArray *pending_docs;         /* DocEntry from docs->len on */
  GArray *pending_dead;         /* guint32 chunk numbers removed */
  gboolean deferred;            /* cv_index_batch_defer: blocks, chunk table
                                 * and statistics are put at flush */
  gboolean deferred_dirty;      /* something to put at flush */
  guint32 deferred_lo;          /* first chunk number added deferred */
  guint8 nonces[24 * 64];       /* random nonces drawn 64 at a time (one
                                 * getrandom call instead of one a record;
                                 * writer only) */
  guint n_nonces;               /* unused nonces left at the end */
  GPtrArray *deferred_docs;     /* DeferredDoc*, added since the flush */
  CvTokenCache *token_cache[2]; /* per tokenising thread: writer, helper */
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
  if (!hex || strlen(hex) != CV_DOC_ID_LEN)
    return FALSE;
  for (guint i = 0; i < RAW_ID_LEN; i++) {
    int hi = g_ascii_xdigit_value(hex[2 * i]);
    int lo = g_ascii_xdigit_value(hex[2 * i + 1]);
    if (hi < 0 || lo < 0)
      return FALSE;
    out[i] = (guint8)(hi << 4 | lo);
  }
  return TRUE;
}

static void
raw_to_hex(const guint8 raw[RAW_ID_LEN], char out[CV_DOC_ID_LEN + 1])
{
  static const char digits[] = "0123456789abcdef";
  for (guint i = 0; i < RAW_ID_LEN; i++) {
    out[2 * i] = digits[raw[i] >> 4];
    out[2 * i + 1] = digits[raw[i] & 15];
  }
  out[CV_DOC_ID_LEN] = '\0';
}

static void
keyed_hash(CvIndex *index, const void *data, gsize len, guint8 out[HASH_LEN])
{
  crypto_generichash(out, HASH_LEN, data, len, index_key(index), 32);
}

static void
wipe_free(gpointer p)
{
  if (p) {
    sodium_memzero(p, strlen(p));
    g_free(p);
  }
}

static void
wipe_byte_array(GByteArray *b)
{
  if (b) {
    sodium_memzero(b->data, b->len);
    g_byte_array_unref(b);
  }
}

/* --- sealing --- */

static gsize
pad_class(gsize len)
{
  /* Size classes: multiples of 32 bytes up to 1 KiB (posting blocks), then
   * eight steps per power of two (at most 12.5% of padding). */
  gsize need = len + 1;
  if (need <= PAD_MIN)
    return PAD_MIN;
  if (need <= 1024)
    return (need + PAD_MIN - 1) / PAD_MIN * PAD_MIN;
  gsize p = 1024;
  while (p * 2 < need)
    p <<= 1;
  gsize step = p / 8;
  return (need + step - 1) / step * step;
}

static void
make_ad(CvIndex *index, const guint8 *key, gsize key_len, GByteArray *ad)
{
  g_byte_array_set_size(ad, 0);
  g_byte_array_append(ad, index->ad_prefix->data, index->ad_prefix->len);
  g_byte_array_append(ad, key, (guint)key_len);
}

/* Pads and encrypts @plain for record @key: nonce | ciphertext | tag. */
static guint8 *
seal(CvIndex *index, const guint8 *key, gsize key_len, const guint8 *plain,
     gsize plain_len, gsize *out_len)
{
  /* ISO/IEC 7816-4 padding (0x80 then zeros), as sodium_pad does; written
   * out because sodium_pad's constant-time loop was 8% of indexing time and
   * lengths are not secret from this process. */
  gsize padded_len = pad_class(plain_len);
  guint8 *buf = g_malloc(padded_len);
  memcpy(buf, plain, plain_len);
  buf[plain_len] = 0x80;
  memset(buf + plain_len + 1, 0, padded_len - plain_len - 1);
  gsize used = padded_len;
  gsize n = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + used +
            crypto_aead_xchacha20poly1305_ietf_ABYTES;
  guint8 *out = g_malloc(n);
  G_STATIC_ASSERT(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES == 24);
  if (index->n_nonces == 0) {
    randombytes_buf(index->nonces, sizeof index->nonces);
    index->n_nonces = sizeof index->nonces / 24;
  }
  index->n_nonces--;
  memcpy(out, index->nonces + 24 * index->n_nonces, 24);
  g_autoptr(GByteArray) ad = g_byte_array_new();
  make_ad(index, key, key_len, ad);
  unsigned long long clen = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(
      out + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, &clen, buf, used,
      ad->data, ad->len, NULL, out, enc_key(index));
  sodium_memzero(buf, padded_len);
  g_free(buf);
  *out_len = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + clen;
  return out;
}

/* Decrypts and unpads a record; the result is g_malloc'd (wipe it). */
static guint8 *
unseal(CvIndex *index, const guint8 *key, gsize key_len, const guint8 *val,
       gsize val_len, gsize *plain_len, GError **error)
{
  const gsize nb = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
  const gsize ab = crypto_aead_xchacha20poly1305_ietf_ABYTES;
  if (val_len < nb + ab + 1) {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_CORRUPT,
                "index record too short");
    return NULL;
  }
  gsize padded_len = val_len - nb - ab;
  guint8 *buf = g_malloc(padded_len);
  g_autoptr(GByteArray) ad = g_byte_array_new();
  make_ad(index, key, key_len, ad);
  unsigned long long mlen = 0;
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(
          buf, &mlen, NULL, val + nb, val_len - nb, ad->data, ad->len, val,
          enc_key(index)) != 0) {
    g_free(buf);
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_CORRUPT,
                "index record failed authentication");
    return NULL;
  }
  gsize unpadded = (gsize)mlen;
  while (unpadded > 0 && buf[unpadded - 1] == 0)
    unpadded--;
  if (unpadded == 0 || buf[--unpadded] != 0x80) {
    sodium_memzero(buf, padded_len);
    g_free(buf);
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_CORRUPT,
                "index record has bad padding");
    return NULL;
  }
  *plain_len = unpadded;
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
           GError **error)
{
  rocksdb_readoptions_t *ro = rocksdb_readoptions_create();
  char *err = NULL;
  size_t vlen = 0;
  char *val = rocksdb_get_cf(index->db, ro, index->cf, (const char *)key,
                             key_len, &vlen, &err);
  rocksdb_readoptions_destroy(ro);
  if (err) {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_IO,
                "reading the index: %s", err);
    rocksdb_free(err);
    return NULL;
  }
  if (!val)
    return NULL;
  guint8 *plain = unseal(index, key, key_len, (const guint8 *)val, vlen,
                         plain_len, error);
  rocksdb_free(val);
  return plain;
}

static void
free_plain(guint8 *plain, gsize len)
{
  if (plain) {
    sodium_memzero(plain, len);
    g_free(plain);
  }
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
tail_new(void)
{
  Tail *t = g_new0(Tail, 1);
  t->data = g_byte_array_new();
  return t;
}

static void
tail_free(gpointer p)
{
  Tail *t = p;
  if (!t)
    return;
  wipe_byte_array(t->data);
  g_free(t);
}

static Tail *
tail_copy(const Tail *src)
{
  Tail *t = tail_new();
  t->first = src->first;
  t->last = src->last;
  t->count = src->count;
  g_byte_array_append(t->data, src->data->data, src->data->len);
  return t;
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
  return g_hash_table_new_full(hash16_hash, hash16_equal, g_free, tail_free);
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
  index->lens = g_array_new(FALSE, TRUE, sizeof(guint32));
  index->tails = tail_table_new();
  index->tails_max = TAIL_CACHE_MAX;
  index->evicted = g_malloc0(EVICTED_BITS / 8);
  index->pending_tails = tail_table_new();
  index->pending_docs = g_array_new(FALSE, TRUE, sizeof(DocEntry));
  index->pending_dead = g_array_new(FALSE, FALSE, sizeof(guint32));
  index->deferred_docs = g_ptr_array_new_with_free_func(deferred_doc_free);
  index->token_cache[0] = cv_token_cache_new();
  index->token_cache[1] = cv_token_cache_new();
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
  if (index->lens)
    g_array_unref(index->lens);
  if (index->tails)
    g_hash_table_unref(index->tails);
  g_free(index->evicted);
  if (index->pending_tails)
    g_hash_table_unref(index->pending_tails);
  if (index->pending_docs)
    g_array_unref(index->pending_docs);
  if (index->pending_dead)
    g_array_unref(index->pending_dead);
  if (index->deferred_docs)
    g_ptr_array_unref(index->deferred_docs);
  cv_token_cache_free(index->token_cache[0]);
  cv_token_cache_free(index->token_cache[1]);
  g_free(index);
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
    guint8 *plain = get_record(index, skey, 1, &len, &local);
    if (local) {
      g_propagate_error(error, local);
      ok = FALSE;
    } else if (plain) {
      if (len < 24) {
        g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_CORRUPT,
                    "index statistics record is malformed");
        ok = FALSE;
      } else {
        s.n_chunks = get_le64(plain);
        s.total_len = get_le64(plain + 8);
        s.next_docnum = get_le32(plain + 16);
        s.n_docs = get_le32(plain + 20);
      }
      free_plain(plain, len);
    }
    g_autoptr(GArray) docs = g_array_sized_new(FALSE, TRUE, sizeof(DocEntry),
                                               s.next_docnum);
    guint32 n_blocks = (s.next_docnum + DOCS_PER_BLOCK - 1) / DOCS_PER_BLOCK;
    for (guint32 blk = 0; ok && blk < n_blocks; blk++) {
      guint8 key[D_KEY_LEN] = { 'D' };
      put_be32(key + 1, blk);
      plain = get_record(index, key, sizeof key, &len, error);
      if (!plain || len != DOCS_PER_BLOCK * DOC_ENTRY_LEN) {
        if (plain)
          free_plain(plain, len);
        if (error && !*error)
          g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_CORRUPT,
                      "index chunk table block %u is missing or malformed",
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
      free_plain(plain, len);
    }
    if (ok) {
      g_rw_lock_writer_lock(&index->lock);
      index->stats = s;
      g_array_set_size(index->docs, 0);
      g_array_append_vals(index->docs, docs->data, docs->len);
      g_array_set_size(index->lens, 0);
      for (guint i = 0; i < docs->len; i++) {
        const DocEntry *e = &g_array_index(docs, DocEntry, i);
        guint32 l = e->chunk == DEAD ? DEAD : MIN(e->len, DEAD - 1);
        g_array_append_val(index->lens, l);
      }
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
  g_hash_table_remove_all(index->pending_tails);
  if (index->pending_docs->len)
    sodium_memzero(index->pending_docs->data,
                   index->pending_docs->len * sizeof(DocEntry));
  g_array_set_size(index->pending_docs, 0);
  g_array_set_size(index->pending_dead, 0);
  index->pending = FALSE;
  index->deferred = FALSE;
  index->deferred_dirty = FALSE;
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

void
cv_index_batch_committed(CvIndex *index)
{
  if (!index)
    return;
  if (!index->pending) {
    index->deferred = FALSE;
    return;
  }
  /* deferred postings not flushed into the batch: a caller bug */
  g_warn_if_fail(!index->deferred_dirty);
  g_rw_lock_writer_lock(&index->lock);
  for (guint i = 0; i < index->pending_dead->len; i++) {
    guint32 dn = g_array_index(index->pending_dead, guint32, i);
    if (dn < index->docs->len) {
      g_array_index(index->docs, DocEntry, dn).chunk = DEAD;
      g_array_index(index->lens, guint32, dn) = DEAD;
    } else if (dn - index->docs->len < index->pending_docs->len)
      g_array_index(index->pending_docs, DocEntry, dn - index->docs->len)
          .chunk = DEAD;
  }
  g_array_append_vals(index->docs, index->pending_docs->data,
                      index->pending_docs->len);
  for (guint i = 0; i < index->pending_docs->len; i++) {
    const DocEntry *e = &g_array_index(index->pending_docs, DocEntry, i);
    guint32 l = e->chunk == DEAD ? DEAD : MIN(e->len, DEAD - 1);
    g_array_append_val(index->lens, l);
  }
  index->stats = index->pending_stats;
  g_rw_lock_writer_unlock(&index->lock);

  GHashTableIter it;
  gpointer k, v;
  g_hash_table_iter_init(&it, index->pending_tails);
  while (g_hash_table_iter_next(&it, &k, &v)) {
    Tail *old = g_hash_table_lookup(index->tails, k);
    if (old)
      index->tails_bytes -= old->data->len + TAIL_OVERHEAD;
    index->tails_bytes += ((Tail *)v)->data->len + TAIL_OVERHEAD;
    g_hash_table_iter_steal(&it);
    g_hash_table_replace(index->tails, k, v);
  }
  if (index->tails_bytes > index->tails_max) {
    /* Drop the cache; remember which terms it held so that new terms
     * still need no lookup in RocksDB. */
    g_debug("index: dropping %u cached tails (%" G_GSIZE_FORMAT " bytes)",
            g_hash_table_size(index->tails), index->tails_bytes);
    g_hash_table_iter_init(&it, index->tails);
    while (g_hash_table_iter_next(&it, &k, NULL))
      evicted_add(index, k);
    g_hash_table_remove_all(index->tails);
    index->tails_bytes = 0;
  }
  clear_pending(index);
}

void
cv_index_batch_aborted(CvIndex *index)
{
  if (index)
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
                "reading the index: %s", err);
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
      guint8 *plain = unseal(index, (const guint8 *)k, klen,
                             (const guint8 *)v, vlen, &plen, error);
      if (!plain) {
        ok = FALSE;
      } else {
        if (!block_parse(plain, plen, get_be32((const guint8 *)k + 1 + HASH_LEN),
                         t)) {
          g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_CORRUPT,
                      "index posting block is malformed");
          ok = FALSE;
        }
        free_plain(plain, plen);
      }
    }
  }
  return iter_finish(it, ro, ok, error);
}

/* The pending tail of a term, created from the cache or RocksDB. */
static Tail *
tail_for_write(CvIndex *index, const guint8 hash[HASH_LEN], GError **error)
{
  Tail *t = g_hash_table_lookup(index->pending_tails, hash);
  if (t)
    return t;
  Tail *c = g_hash_table_lookup(index->tails, hash);
  if (c) {
    t = tail_copy(c);
  } else {
    t = tail_new();
    gboolean may_exist = !index->tails_complete || evicted_maybe(index, hash);
    if (may_exist && !tail_load(index, hash, t, error)) {
      tail_free(t);
      return NULL;
    }
  }
  g_hash_table_insert(index->pending_tails, g_memdup2(hash, HASH_LEN), t);
  return t;
}

/* Appends a posting, sealing the block into @batch when it is full. */
static void
tail_append(CvIndex *index, rocksdb_writebatch_t *batch,
            const guint8 hash[HASH_LEN], Tail *t, guint32 docnum, guint32 tf)
{
  if (t->count > 0 && t->data->len + 10 > BLOCK_MAX) {
    block_write(index, batch, hash, t);
    sodium_memzero(t->data->data, t->data->len);
    g_byte_array_set_size(t->data, 0);
    t->count = 0;
  }
  if (t->count == 0) {
    t->first = docnum;
    t->last = docnum;
  }
  put_posting(t->data, docnum - t->last, tf);
  t->last = docnum;
  t->count++;
}

/* A term of the document being added: its hash (computed once per
 * document) and its postings, (chunk number, tf) pairs in chunk order. */
typedef struct {
  guint8 h[HASH_LEN];
  GArray *list;
} DocTerm;

typedef struct {
  CvIndex *index;
  GHashTable *terms;  /* term (wiped on free) -> DocTerm* */
  GPtrArray *order;   /* DocTerm*, first occurrence order */
  guint32 docnum;     /* chunk being tokenised */
} DocTerms;

static void
doc_term_free(gpointer p)
{
  DocTerm *t = p;
  g_array_unref(t->list);
  g_free(t);
}

static void
count_term(const char *term, gsize len, gboolean extra, gpointer user_data)
{
  DocTerms *dt = user_data;
  char key[CV_TERM_MAX * 2 + 1];
  if (len >= sizeof key)
    return;
  memcpy(key, term, len);
  key[len] = '\0';
  DocTerm *t = g_hash_table_lookup(dt->terms, key);
  if (!t) {
    t = g_new(DocTerm, 1);
    keyed_hash(dt->index, key, len, t->h);
    t->list = g_array_new(FALSE, FALSE, sizeof(guint32));
    g_hash_table_insert(dt->terms, g_strdup(key), t);
    g_ptr_array_add(dt->order, t);
  }
  guint n = t->list->len;
  if (n >= 2 && g_array_index(t->list, guint32, n - 2) == dt->docnum) {
    g_array_index(t->list, guint32, n - 1)++;
  } else {
    guint32 pair[2] = { dt->docnum, 1 };
    g_array_append_vals(t->list, pair, 2);
  }
  sodium_memzero(key, len);
}

static int
cmp_u16(const void *a, const void *b)
{
  return (int)*(const guint16 *)a - (int)*(const guint16 *)b;
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

/* A document added in deferred mode, tokenised at the flush. */
typedef struct {
  guint8 raw[RAW_ID_LEN];
  guint32 first;
  const CvChunk *chunks;        /* the caller's, alive until the flush */
  guint n_chunks;
  CvLang lang;
  GHashTable *terms;            /* DocTerms, filled by doc_tokenize */
  GPtrArray *order;
  guint32 *lens;                /* tokens per chunk */
} DeferredDoc;

static void
deferred_doc_free(gpointer p)
{
  DeferredDoc *d = p;
  if (d->terms)
    g_hash_table_unref(d->terms);
  if (d->order)
    g_ptr_array_unref(d->order);
  g_free(d->lens);
  sodium_memzero(d->raw, sizeof d->raw);
  g_free(d);
}

/* Tokenises and hashes the terms of a document (any thread: reads only the
 * index key). */
static void
doc_tokenize(CvIndex *index, DeferredDoc *d, CvTokenCache *cache)
{
  d->terms =
      g_hash_table_new_full(g_str_hash, g_str_equal, wipe_free, doc_term_free);
  d->order = g_ptr_array_new();
  d->lens = g_new0(guint32, d->n_chunks + 1);
  DocTerms dt = { index, d->terms, d->order, d->first };
  for (guint i = 0; i < d->n_chunks; i++) {
    dt.docnum = d->first + i;
    d->lens[i] =
        d->chunks[i].text
            ? cv_tokenize_document_cached(d->chunks[i].text, d->chunks[i].len,
                                          d->lang, cache, count_term, &dt)
            : 0;
  }
}

/* Appends a tokenised document's postings to its terms' tails (put into
 * @batch now, or marked dirty in deferred mode) and puts its 'R' record. */
static gboolean
doc_merge(CvIndex *index, rocksdb_writebatch_t *batch, const DeferredDoc *d,
          GError **error)
{
  GPtrArray *order = d->order;
  g_autoptr(GByteArray) rec = g_byte_array_new();
  put_le32(rec, d->first);
  put_le32(rec, d->n_chunks);
  g_autofree guint16 *prefixes = g_new(guint16, order->len + 1);
  for (guint i = 0; i < order->len; i++) {
    const DocTerm *term = order->pdata[i];
    const guint8 *h = term->h;
    GArray *list = term->list;
    Tail *t = tail_for_write(index, h, error);
    if (!t)
      return FALSE; /* the caller aborts the batch */
    for (guint j = 0; j + 1 < list->len; j += 2)
      tail_append(index, batch, h, t, g_array_index(list, guint32, j),
                  g_array_index(list, guint32, j + 1));
    if (index->deferred)
      t->dirty = TRUE;
    else
      block_write(index, batch, h, t);
    prefixes[i] = (guint16)(h[0] << 8 | h[1]);
  }
  qsort(prefixes, order->len, sizeof *prefixes, cmp_u16);
  guint n_prefixes = 0;
  for (guint i = 0; i < order->len; i++)
    if (n_prefixes == 0 || prefixes[i] != prefixes[n_prefixes - 1])
      prefixes[n_prefixes++] = prefixes[i];
  put_le32(rec, n_prefixes);
  for (guint i = 0; i < n_prefixes; i++)
    put_varint(rec, i ? (guint32)(prefixes[i] - prefixes[i - 1])
                      : prefixes[0]);
  sodium_memzero(prefixes, (order->len + 1) * sizeof *prefixes);
  guint8 rk[R_KEY_LEN];
  r_key(index, d->raw, rk);
  batch_put_sealed(index, batch, rk, sizeof rk, rec->data, rec->len);
  return TRUE;
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

gboolean
cv_index_add_document(CvIndex *index, rocksdb_writebatch_t *batch,
                      const char *doc_id, const CvChunk *chunks, guint n_chunks,
                      const char *lang, GError **error)
{
  g_return_val_if_fail(index && batch && doc_id, FALSE);
  guint8 raw[RAW_ID_LEN];
  if (!hex_to_raw(doc_id, raw)) {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_INVALID,
                "bad document id");
    return FALSE;
  }
  if (!ensure_loaded(index, error))
    return FALSE;
  begin_pending(index);
  guint32 first = index->pending_stats.next_docnum;
  if ((guint64)first + n_chunks >= PACKED) { /* deltas fit 31 bits */
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_INVALID,
                "index is full (%u chunks)", first);
    return FALSE;
  }
  DeferredDoc *d = g_new0(DeferredDoc, 1);
  memcpy(d->raw, raw, RAW_ID_LEN);
  d->first = first;
  d->chunks = chunks;
  d->n_chunks = n_chunks;
  d->lang = cv_tokenize_lang(lang, n_chunks ? chunks[0].text : NULL,
                             n_chunks ? chunks[0].len : 0);
  for (guint i = 0; i < n_chunks; i++) {
    DocEntry e;
    memcpy(e.id, raw, RAW_ID_LEN);
    e.chunk = i;
    e.len = 0; /* doc_lengths */
    g_array_append_val(index->pending_docs, e);
    index->pending_stats.n_chunks++;
  }
  index->pending_stats.next_docnum = first + n_chunks;
  index->pending_stats.n_docs++;

  if (index->deferred) {
    /* tokenised at the flush, on two threads */
    g_ptr_array_add(index->deferred_docs, d);
    if (!index->deferred_dirty) {
      index->deferred_dirty = TRUE;
      index->deferred_lo = first;
    }
    return TRUE;
  }
  doc_tokenize(index, d, index->token_cache[0]);
  doc_lengths(index, d);
  gboolean ok = doc_merge(index, batch, d, error);
  deferred_doc_free(d);
  if (!ok)
    return FALSE;
  if (n_chunks > 0) {
    guint32 b0 = first / DOCS_PER_BLOCK;
    guint32 b1 = (first + n_chunks - 1) / DOCS_PER_BLOCK;
    for (guint32 b = b0; b <= b1; b++)
      docs_block_write(index, batch, b);
  }
  stats_write(index, batch, &index->pending_stats);
  return TRUE;
}

typedef struct {
  CvIndex *index;
  guint start;                  /* documents start, start + 2, ... */
} TokenizeJob;

static gpointer
tokenize_worker(gpointer data)
{
  TokenizeJob *job = data;
  GPtrArray *docs = job->index->deferred_docs;
  for (guint i = job->start; i < docs->len; i += 2)
    doc_tokenize(job->index, docs->pdata[i], job->index->token_cache[1]);
  return NULL;
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
  if (!index->deferred || !index->deferred_dirty)
    return TRUE;
  /* Tokenising and hashing is most of the work and needs no shared state:
   * a second thread takes every other document. */
  GPtrArray *docs = index->deferred_docs;
  TokenizeJob odd = { index, 1 };
  GThread *helper = docs->len >= 2
                        ? g_thread_try_new("cv-index", tokenize_worker, &odd,
                                           NULL)
                        : NULL;
  if (helper) {
    for (guint i = 0; i < docs->len; i += 2)
      doc_tokenize(index, docs->pdata[i], index->token_cache[0]);
    g_thread_join(helper);
  } else {
    for (guint i = 0; i < docs->len; i++)
      doc_tokenize(index, docs->pdata[i], index->token_cache[0]);
  }
  gboolean ok = TRUE;
  for (guint i = 0; ok && i < docs->len; i++) {
    doc_lengths(index, docs->pdata[i]);
    ok = doc_merge(index, batch, docs->pdata[i], error);
  }
  g_ptr_array_set_size(docs, 0);
  if (!ok)
    return FALSE; /* the caller aborts the batch */
  GHashTableIter it;
  gpointer k, v;
  g_hash_table_iter_init(&it, index->pending_tails);
  while (g_hash_table_iter_next(&it, &k, &v)) {
    Tail *t = v;
    if (t->dirty) {
      block_write(index, batch, k, t);
      t->dirty = FALSE;
    }
  }
  guint32 end = index->pending_stats.next_docnum;
  if (end > index->deferred_lo)
    for (guint32 b = index->deferred_lo / DOCS_PER_BLOCK;
         b <= (end - 1) / DOCS_PER_BLOCK; b++)
      docs_block_write(index, batch, b);
  stats_write(index, batch, &index->pending_stats);
  index->deferred_dirty = FALSE;
  return TRUE;
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
                "bad document id");
    return FALSE;
  }
  if (!ensure_loaded(index, error))
    return FALSE;
  if (index->deferred ||
      (index->pending && g_hash_table_size(index->pending_tails) > 0)) {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_INVALID,
                "index: removal in a batch that also adds documents");
    return FALSE;
  }
  guint8 rk[R_KEY_LEN];
  r_key(index, raw, rk);
  gsize rlen = 0;
  guint8 *rec = get_record(index, rk, sizeof rk, &rlen, error);
  if (!rec)
    return error == NULL || *error == NULL; /* not indexed: nothing to do */
  gboolean ok = TRUE;
  guint32 first = rlen >= 12 ? get_le32(rec) : 0;
  guint32 n = rlen >= 12 ? get_le32(rec + 4) : 0;
  guint32 n_terms = rlen >= 12 ? get_le32(rec + 8) : 0;
  /* Term hashes: whole (first format), 4-byte prefixes, or distinct
   * R_PREFIX_LEN-byte prefixes as varint deltas; told apart by length
   * (deltas take at most 3 bytes a term). */
  gsize plen_term = R_PREFIX_LEN;
  gboolean deltas = TRUE;
  if (rlen >= 12 && n_terms > 0 && rlen - 12 == (gsize)n_terms * HASH_LEN) {
    plen_term = HASH_LEN;
    deltas = FALSE;
  } else if (rlen >= 12 && n_terms > 0 && rlen - 12 == (gsize)n_terms * 4) {
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
    free_plain(rec, rlen);
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_CORRUPT,
                "index document record is malformed");
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
     * left of term @cur_h (recorded as its pending tail on the change of
     * term and at the end). */
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
          g_hash_table_replace(index->pending_tails,
                               g_memdup2(cur_h, HASH_LEN), last);
        memcpy(cur_h, h, HASH_LEN);
        have_cur = TRUE;
        last = tail_new();
      }
      gsize plen = 0;
      guint8 *plain = unseal(index, k, klen, v, vlen, &plen, error);
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
                      "index posting block is malformed");
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
      free_plain(plain, plen);
      if (!ok)
        break;
      Tail cur = { kfirst, prev, kept_count, kept, FALSE };
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
      g_hash_table_replace(index->pending_tails, g_memdup2(cur_h, HASH_LEN),
                           last);
    ok = iter_finish(it, ro, ok, error);
  }
  sodium_memzero(kept->data, kept->len);
  free_plain(rec, rlen);
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
    free_plain(b->plain, b->len);
  }
  g_array_set_size(blocks, 0);
}

/* Decrypts every posting block of @hash into @blocks; *count gets the
 * number of postings (the term's document frequency). */
static gboolean
read_blocks(CvIndex *index, const guint8 hash[HASH_LEN], GArray *blocks,
            guint64 *count, GError **error)
{
  guint8 lower[P_KEY_LEN], upper[P_KEY_LEN + 1];
  p_key(lower, hash, 0);
  p_key(upper, hash, 0xFFFFFFFFu);
  upper[P_KEY_LEN] = 0xFF;
  rocksdb_readoptions_t *ro = rocksdb_readoptions_create();
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
    b.plain = unseal(index, k, klen, v, vlen, &b.len, error);
    if (!b.plain) {
      ok = FALSE;
      break;
    }
    if (b.len < 4) {
      free_plain(b.plain, b.len);
      g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_CORRUPT,
                  "index posting block is malformed");
      ok = FALSE;
      break;
    }
    *count += get_le32(b.plain) & ~PACKED;
    g_array_append_val(blocks, b);
  }
  return iter_finish(it, ro, ok, error);
}

GArray *
cv_index_search(CvIndex *index, const char *query, guint k, GError **error)
{
  g_return_val_if_fail(index && query, NULL);
  gsize qlen = strlen(query);
  if (qlen > QUERY_BYTES_MAX) {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_INVALID,
                "query longer than %u bytes", QUERY_BYTES_MAX);
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
      g_hash_table_new_full(g_str_hash, g_str_equal, wipe_free, NULL);
  cv_tokenize(query, qlen, lang, collect_query_term, terms);
  if (g_hash_table_size(terms) == 0)
    return hits;

  g_rw_lock_reader_lock(&index->lock);
  guint32 n_docs = index->docs->len;
  double n = (double)index->stats.n_chunks;
  double avgdl = index->stats.n_chunks
                     ? (double)index->stats.total_len / index->stats.n_chunks
                     : 1.0;
  if (avgdl <= 0)
    avgdl = 1.0;
  const DocEntry *docs = (const DocEntry *)index->docs->data;
  const guint32 *lens = (const guint32 *)index->lens->data;
  float *acc = n_docs ? g_new0(float, n_docs) : NULL;
  g_autofree guint32 *touched = NULL; /* chunks with a score */
  guint n_touched = 0, touched_cap = 0;
  g_autoptr(GArray) blocks = g_array_new(FALSE, FALSE, sizeof(Block));
  gboolean ok = TRUE;
  /* norm(len) = k1 (1 - b + b len / avgdl) = na + nb len */
  const double na = BM25_K1 * (1.0 - BM25_B), nb = BM25_K1 * BM25_B / avgdl;

  GHashTableIter it;
  gpointer key;
  g_hash_table_iter_init(&it, terms);
  while (ok && g_hash_table_iter_next(&it, &key, NULL)) {
    guint8 h[HASH_LEN];
    guint64 df = 0;
    keyed_hash(index, key, strlen(key), h);
    blocks_clear(blocks);
    if (!read_blocks(index, h, blocks, &df, error)) {
      ok = FALSE;
      break;
    }
    if (df == 0)
      continue;
    /* Postings of removed chunks are deleted with them, so the block
     * counts are the document frequency (clamped for robustness). */
    double dfc = MIN((double)df, n);
    double idf = log(1.0 + (n - dfc + 0.5) / (dfc + 0.5));
    double w = idf * (BM25_K1 + 1.0);
    for (guint bi = 0; ok && bi < blocks->len; bi++) {
      const Block *b = &g_array_index(blocks, Block, bi);
      guint32 count = get_le32(b->plain);
      gboolean packed = (count & PACKED) != 0;
      count &= ~PACKED;
      const guint8 *p = b->plain + 4, *end = b->plain + b->len;
      guint32 dn = b->first;
      for (guint32 i = 0; i < count; i++) {
        guint32 delta, tf;
        if (!get_posting(&p, end, packed, &delta, &tf)) {
          g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_CORRUPT,
                      "index posting block is malformed");
          ok = FALSE;
          break;
        }
        dn += delta;
        if (dn >= n_docs || lens[dn] == DEAD)
          continue;
        double ftf = tf;
        float sc = (float)(w * ftf / (ftf + na + nb * lens[dn]));
        if (acc[dn] == 0.0f) {
          if (G_UNLIKELY(n_touched == touched_cap)) {
            touched_cap = touched_cap ? touched_cap * 2 : 1024;
            touched = g_renew(guint32, touched, touched_cap);
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
    for (guint i = 0; i < n_touched; i++) {
      Scored c = { touched[i], 0 };
      c.score = acc[c.docnum];
      if (hn < cap) {
        heap[hn] = c;
        heap_sift_up(heap, hn++);
      } else if (scored_less(&heap[0], &c)) {
        heap[0] = c;
        heap_sift_down(heap, hn, 0);
      }
    }
    qsort(heap, hn, sizeof(Scored), scored_cmp_desc);
    for (guint i = 0; i < hn; i++) {
      CvIndexHit hit;
      raw_to_hex(docs[heap[i].docnum].id, hit.doc_id);
      hit.chunk_index = docs[heap[i].docnum].chunk;
      hit.score = heap[i].score;
      g_array_append_val(hits, hit);
    }
  }
  g_rw_lock_reader_unlock(&index->lock);
  g_free(acc);
  if (!ok) {
    g_array_unref(hits);
    return NULL;
  }
  return hits;
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
    char name[32];
    g_autofree char *hex = NULL;
    GString *hs = g_string_new(NULL);
    for (size_t i = 1; i < klen && i < 9; i++)
      g_string_append_printf(hs, "%02x", k[i]);
    hex = g_string_free(hs, FALSE);
    g_snprintf(name, sizeof name, "index:%c:%s", klen ? (char)k[0] : '?', hex);
    gboolean known = klen > 0 && ((k[0] == 'P' && klen == P_KEY_LEN) ||
                                  (k[0] == 'R' && klen == R_KEY_LEN) ||
                                  (k[0] == 'D' && klen == D_KEY_LEN) ||
                                  (k[0] == 'S' && klen == 1));
    if (!known) {
      if (report)
        report(index->collection, name, "unknown index record", user_data);
      problems++;
      continue;
    }
    g_autoptr(GError) error = NULL;
    gsize plen = 0;
    guint8 *plain = unseal(index, k, klen, v, vlen, &plen, &error);
    if (!plain) {
      if (report)
        report(index->collection, name, error->message, user_data);
      problems++;
      continue;
    }
    if (k[0] == 'P') {
      Tail t = { 0, 0, 0, g_byte_array_new(), FALSE };
      if (!block_parse(plain, plen, get_be32(k + 1 + HASH_LEN), &t)) {
        if (report)
          report(index->collection, name, "malformed posting block", user_data);
        problems++;
      }
      wipe_byte_array(t.data);
    }
    free_plain(plain, plen);
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
