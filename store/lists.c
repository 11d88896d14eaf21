/* lists.c — the per-collection lists of always- and never-redacted terms
 * (cv_store_collection_get_lists / set_lists).
 *
 * One record per collection, "L" cid in the keys family, sealed under the
 * collection's lists key (KL = kdf(CR, 7), store-private.h) with the
 * record type and cid as associated data, padded to a size class: the
 * terms (names of people, often) never reach the disk in clear, and their
 * exact total length does not show.
 *
 * Plaintext: "CVL" 1 | count (u32 BE) | per term: type (u8, 255 = never)
 * | length (u8) | UTF-8 bytes.  Every length is checked when read.
 */
#include <glib/gi18n-lib.h>
#include <string.h>

#include "cv-redact.h"
#include "cv-text.h"
#include "store-private.h"

#define AD_LISTS "caviar/lists/1"
#define LISTS_MAGIC "CVL\1"
#define NEVER_BYTE 255

G_STATIC_ASSERT(CV_STORE_LISTS_MAX_TERMS == CV_REDACT_MAX_TERMS);
G_STATIC_ASSERT(CV_STORE_LIST_TERM_MAX == CV_REDACT_TERM_MAX_BYTES);
G_STATIC_ASSERT(CV_STORE_LIST_TERM_MAX < 256);
G_STATIC_ASSERT(CV_PII_N_TYPES < NEVER_BYTE);

/* Largest plaintext: both lists full of the longest terms. */
#define LISTS_MAX_PT                                                           \
  (4 + 4 + (gsize)2 * CV_STORE_LISTS_MAX_TERMS * (2 + CV_STORE_LIST_TERM_MAX))

static gsize
lists_key_ad(const CvCollection *coll, guint8 *key, guint8 *ad)
{
  key[0] = 'L';
  memcpy(key + 1, coll->cid, CV_CID_LEN);
  memcpy(ad, AD_LISTS, sizeof AD_LISTS - 1);
  memcpy(ad + sizeof AD_LISTS - 1, coll->cid, CV_CID_LEN);
  return sizeof AD_LISTS - 1 + CV_CID_LEN;
}

void
cv_store_list_term_free(CvListTerm *t)
{
  if (t == NULL)
    return;
  cv_text_wipe_str(t->term);
  g_free(t);
}

/* NULL and @error unless @t is a term the record can hold. */
static gboolean
term_check(const CvListTerm *t, GError **error)
{
  gsize len = t && t->term ? strlen(t->term) : 0;
  if (len == 0 || len > CV_STORE_LIST_TERM_MAX ||
      !g_utf8_validate(t->term, (gssize)len, NULL)) {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_INVALID,
                _("a list term must be 1 to %d bytes of UTF-8"),
                CV_STORE_LIST_TERM_MAX);
    return FALSE;
  }
  if (t->type != CV_STORE_LIST_NEVER &&
      (t->type < 0 || t->type >= CV_PII_N_TYPES)) {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_INVALID,
                _("unknown identifier type %d for a list term"), t->type);
    return FALSE;
  }
  return TRUE;
}

gboolean
cv_store_collection_set_lists(CvCollection *coll, const CvListTerm *const *terms,
                              guint n, GError **error)
{
  CvStore *store = coll->store;
  if (store->read_only) {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_INVALID,
                _("store %s is opened read-only"), store->dir);
    return FALSE;
  }
  guint n_always = 0, n_never = 0;
  gsize pt_len = 8;
  for (guint i = 0; i < n; i++) {
    if (!term_check(terms[i], error))
      return FALSE;
    if (terms[i]->type == CV_STORE_LIST_NEVER)
      n_never++;
    else
      n_always++;
    pt_len += 2 + strlen(terms[i]->term);
  }
  if (n_always > CV_STORE_LISTS_MAX_TERMS || n_never > CV_STORE_LISTS_MAX_TERMS) {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_INVALID,
                _("at most %d terms a list"), CV_STORE_LISTS_MAX_TERMS);
    return FALSE;
  }
  guint8 key[1 + CV_CID_LEN], ad[sizeof AD_LISTS + CV_CID_LEN];
  gsize ad_len = lists_key_ad(coll, key, ad);
  rocksdb_writebatch_t *batch = rocksdb_writebatch_create();
  cv_store_collection_record_ensure(coll, batch);
  if (n == 0) {
    rocksdb_writebatch_delete_cf(batch, store->cf[CF_KEYS], (const char *)key,
                                 sizeof key);
  } else {
    guint8 *pt = g_malloc(pt_len);
    memcpy(pt, LISTS_MAGIC, 4);
    cv_put_be32(pt + 4, n);
    gsize off = 8;
    for (guint i = 0; i < n; i++) {
      gsize len = strlen(terms[i]->term);
      pt[off++] = terms[i]->type == CV_STORE_LIST_NEVER ? NEVER_BYTE
                                                        : (guint8)terms[i]->type;
      pt[off++] = (guint8)len;
      memcpy(pt + off, terms[i]->term, len);
      off += len;
    }
    gsize rec_len = 0;
    guint8 *rec = cv_record_seal_new(coll->secrets->lists, ad, ad_len, pt,
                                     pt_len, CV_PAD_CLASSES, NULL, &rec_len);
    sodium_memzero(pt, pt_len);
    g_free(pt);
    rocksdb_writebatch_put_cf(batch, store->cf[CF_KEYS], (const char *)key,
                              sizeof key, (const char *)rec, rec_len);
    g_free(rec);
  }
  gboolean ok = cv_store_write_batch(store, batch, error);
  rocksdb_writebatch_destroy(batch);
  if (ok) {
    cv_store_collection_record_written(coll);
    g_atomic_int_inc(&coll->lists_gen);
  }
  return ok;
}

/* Parses the plaintext of the record; FALSE if malformed. */
static gboolean
lists_parse(const guint8 *pt, gsize len, GPtrArray *out)
{
  if (len < 8 || memcmp(pt, LISTS_MAGIC, 4) != 0)
    return FALSE;
  guint32 n = cv_get_be32(pt + 4);
  if (n > 2u * CV_STORE_LISTS_MAX_TERMS)
    return FALSE;
  gsize off = 8;
  for (guint32 i = 0; i < n; i++) {
    if (len - off < 2)
      return FALSE;
    guint8 type = pt[off], tl = pt[off + 1];
    off += 2;
    if (tl == 0 || tl > CV_STORE_LIST_TERM_MAX || len - off < tl ||
        (type != NEVER_BYTE && type >= CV_PII_N_TYPES) ||
        !g_utf8_validate((const char *)pt + off, tl, NULL) ||
        memchr(pt + off, '\0', tl) != NULL)
      return FALSE;
    CvListTerm *t = g_new0(CvListTerm, 1);
    t->term = g_strndup((const char *)pt + off, tl);
    t->type = type == NEVER_BYTE ? CV_STORE_LIST_NEVER : type;
    g_ptr_array_add(out, t);
    off += tl;
  }
  return off == len;
}

GPtrArray *
cv_store_collection_get_lists(CvCollection *coll, GError **error)
{
  CvStore *store = coll->store;
  guint8 key[1 + CV_CID_LEN], ad[sizeof AD_LISTS + CV_CID_LEN];
  gsize ad_len = lists_key_ad(coll, key, ad);
  char *err = NULL;
  size_t len = 0;
  char *val = rocksdb_get_cf(store->db, store->ropts, store->cf[CF_KEYS],
                             (const char *)key, sizeof key, &len, &err);
  if (!cv_store_check_rocks(err, CV_STORE_ERROR_IO, "reading the store", error))
    return NULL;
  GPtrArray *out =
      g_ptr_array_new_with_free_func((GDestroyNotify)cv_store_list_term_free);
  if (val == NULL)
    return out;
  gboolean ok = FALSE;
  if (len >= CV_RECORD_OVERHEAD &&
      cv_record_max_pt(len) <= cv_record_len(LISTS_MAX_PT, CV_PAD_CLASSES)) {
    gsize max = cv_record_max_pt(len), pt_len = 0;
    guint8 *pt = g_malloc(max ? max : 1);
    ok = cv_record_open(coll->secrets->lists, ad, ad_len, (const guint8 *)val,
                        len, CV_PAD_CLASSES, pt, &pt_len, NULL) &&
         lists_parse(pt, pt_len, out);
    sodium_memzero(pt, max);
    g_free(pt);
  }
  rocksdb_free(val);
  if (!ok) {
    g_ptr_array_unref(out);
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_CORRUPT,
                _("collection %s: lists record fails authentication"),
                coll->name);
    return NULL;
  }
  return out;
}

guint
cv_store_collection_lists_generation(CvCollection *coll)
{
  return (guint)g_atomic_int_get(&coll->lists_gen);
}
