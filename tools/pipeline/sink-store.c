/* sink-store.c — the store as a pipeline's destination.
 *
 * admit: the content id (keyed hash of the bytes) is the journal: a file
 * whose content is stored is ALREADY, whatever its name or how often it is
 * dropped, so a crash between "stored" and whatever the caller does with
 * the file next (move, delete) never yields a duplicate.
 *
 * commit, under the owner's write lock: content stored meanwhile (another
 * pipeline of the same service) is ALREADY; a new content whose source
 * path (keyed hash) already names a document replaces it: the old one is
 * forgotten first, then the group is written (one batch, one fsync), both
 * inside the owner's exclusive section so that no reader sees both or
 * neither.  A crash between the two loses only the old version, which the
 * file still in place re-creates as the new one.  Store errors are RETRY:
 * the file is fine, the destination is not (a full disk).
 */
#include <glib/gi18n-lib.h>
#include <string.h>

#include "cv-pipeline.h"

typedef struct {
  CvCollection *coll;
  CvRedactor *redactor;
  guint lists_gen; /* of the lists @redactor was built with */
} SinkColl;

typedef struct {
  CvSink parent;
  CvOwner *owner;
  char *collection;
  CvRedactMode mode;
  guint expire_days;
  GMutex lock;       /* @colls, @replaced */
  GHashTable *colls; /* name -> SinkColl* */
  guint replaced;    /* documents replaced since the last compaction */
} StoreSink;

static void
sink_coll_free(gpointer data)
{
  SinkColl *c = data;
  cv_redact_free(c->redactor);
  g_free(c);
}

/* The collection of @item with its redactor, rebuilt when the
 * collection's lists changed (`caviar lists` through the service: the next
 * file has them).  Only the pipeline's thread calls it, and it uses a
 * redactor before its next call: the one replaced here is not in use. */
static SinkColl *
sink_coll(StoreSink *s, CvItem *item, GError **error)
{
  const char *name = item->collection ? item->collection : s->collection;
  g_mutex_lock(&s->lock);
  SinkColl *c = g_hash_table_lookup(s->colls, name);
  if (c != NULL && cv_store_collection_lists_generation(c->coll) != c->lists_gen) {
    guint gen = 0;
    cv_owner_read_begin(s->owner);
    CvRedactor *r = cv_pipeline_redactor_new(c->coll, s->mode, &gen, error);
    cv_owner_read_end(s->owner);
    if (r == NULL) {
      g_mutex_unlock(&s->lock);
      return NULL;
    }
    cv_redact_free(c->redactor);
    c->redactor = r;
    c->lists_gen = gen;
  }
  if (c == NULL) {
    CvCollection *coll =
        cv_store_collection(cv_owner_store(s->owner), name, error);
    guint gen = 0;
    CvRedactor *r = NULL;
    if (coll != NULL) {
      cv_owner_read_begin(s->owner);
      r = cv_pipeline_redactor_new(coll, s->mode, &gen, error);
      cv_owner_read_end(s->owner);
    }
    if (r != NULL) {
      c = g_new0(SinkColl, 1);
      c->coll = coll;
      c->redactor = r;
      c->lists_gen = gen;
      g_hash_table_insert(s->colls, g_strdup(name), c);
    }
  }
  g_mutex_unlock(&s->lock);
  return c;
}

static const CvRedactor *
store_redactor(CvSink *sink, CvItem *item, GError **error)
{
  SinkColl *c = sink_coll((StoreSink *)sink, item, error);
  return c ? c->redactor : NULL;
}

static CvItemStatus
store_admit(CvSink *sink, CvItem *item, GBytes *content, GError **error)
{
  StoreSink *s = (StoreSink *)sink;
  SinkColl *c = sink_coll(s, item, error);
  if (c == NULL)
    return CV_ITEM_RETRY;
  cv_store_document_id(c->coll, content, item->doc_id);
  cv_owner_read_begin(s->owner);
  GError *local = NULL;
  gboolean has = cv_store_has_document(c->coll, item->doc_id, &local);
  cv_owner_read_end(s->owner);
  if (local != NULL) {
    g_propagate_error(error, local);
    return CV_ITEM_RETRY;
  }
  return has ? CV_ITEM_ALREADY : CV_ITEM_PENDING;
}

/* RETRY for what the store could not do (I/O, space), FAILED for what is
 * wrong with the document itself. */
static CvItemStatus
status_of(const GError *error)
{
  if (error->domain == CV_STORE_ERROR && error->code == CV_STORE_ERROR_INVALID)
    return CV_ITEM_FAILED;
  return CV_ITEM_RETRY;
}

typedef struct {
  CvItem *item;
  CvChunk *chunks;
  char *counts;
  char source_key[CV_DOC_ID_LEN + 1];
  char origin_key[CV_DOC_ID_LEN + 1];
  CvDocInfo info;
} Prepared;

static void
prepared_clear(Prepared *p)
{
  g_free(p->chunks);
  g_free(p->counts);
}

static void
prepare(StoreSink *s, SinkColl *c, CvItem *item, Prepared *p)
{
  CvRedacted *red = item->red;
  p->item = item;
  p->chunks = g_new0(CvChunk, MAX(red->chunks->len, 1u));
  for (guint i = 0; i < red->chunks->len; i++) {
    const CvChunkSpan *sp = &g_array_index(red->chunks, CvChunkSpan, i);
    p->chunks[i] = (CvChunk){ red->text + sp->start, sp->end - sp->start,
                              sp->first_page, sp->last_page };
  }
  p->counts = cv_pipeline_counts_json(red->counts);
  if (item->source != NULL)
    cv_store_path_key(c->coll, item->source, p->source_key);
  if (item->origin != NULL)
    cv_store_path_key(c->coll, item->origin, p->origin_key);
  gint64 now = g_get_real_time() / G_USEC_PER_SEC;
  p->info = (CvDocInfo){
    .source = item->shown,
    .mime = item->mime,
    .encoding = cv_ingest_document_encoding(item->doc),
    .lang = red->lang == CV_LANG_FR ? "fr" : "en",
    .n_pages = item->n_pages,
    .n_ocr_pages = item->n_ocr_pages,
    .n_bytes = (guint64)item->st.st_size,
    .ingested_at = now,
    .expires_at = s->expire_days ? now + (gint64)s->expire_days * 86400 : 0,
    .redactions = p->counts,
  };
}

/* Commits the items of one collection; the owner's write lock is held. */
static void
commit_coll(StoreSink *s, SinkColl *c, GPtrArray *items)
{
  g_autoptr(GArray) prep = g_array_new(FALSE, TRUE, sizeof(Prepared));
  g_array_set_clear_func(prep, (GDestroyNotify)prepared_clear);
  g_autoptr(GHashTable) ids = g_hash_table_new(g_str_hash, g_str_equal);
  for (guint i = 0; i < items->len; i++) {
    CvItem *item = g_ptr_array_index(items, i);
    GError *error = NULL;
    /* stored meanwhile (another pipeline), or twice in this group */
    if (g_hash_table_contains(ids, item->doc_id) ||
        cv_store_has_document(c->coll, item->doc_id, &error)) {
      item->status = CV_ITEM_ALREADY;
      continue;
    }
    if (error != NULL) {
      cv_item_fail(item, CV_ITEM_RETRY, error);
      g_error_free(error);
      continue;
    }
    g_hash_table_add(ids, item->doc_id);
    Prepared p = { 0 };
    prepare(s, c, item, &p);
    g_array_append_val(prep, p);
  }
  if (prep->len == 0)
    return;
  /* info points into its own Prepared: set once the array no longer moves */
  for (guint i = 0; i < prep->len; i++) {
    Prepared *p = &g_array_index(prep, Prepared, i);
    p->info.source_key = p->item->source ? p->source_key : NULL;
    p->info.origin_key = p->item->origin ? p->origin_key : NULL;
  }

  /* The documents these replace: the latest from the same source path. */
  guint n_replace = 0;
  for (guint i = 0; i < prep->len; i++) {
    Prepared *p = &g_array_index(prep, Prepared, i);
    GError *error = NULL;
    char old[CV_DOC_ID_LEN + 1];
    if (p->info.source_key == NULL || p->item->keep_versions ||
        !cv_store_find_source(c->coll, p->info.source_key, old, &error)) {
      if (error != NULL) {
        cv_item_fail(p->item, CV_ITEM_RETRY, error);
        g_error_free(error);
      }
      continue;
    }
    if (strcmp(old, p->item->doc_id) == 0)
      continue;
    g_strlcpy(p->item->replaced, old, sizeof p->item->replaced);
    p->info.replaces = p->item->replaced;
    n_replace++;
  }
  if (n_replace > 0)
    cv_owner_exclude_begin(s->owner);
  for (guint i = 0; i < prep->len && n_replace > 0; i++) {
    Prepared *p = &g_array_index(prep, Prepared, i);
    GError *error = NULL;
    if (p->info.replaces == NULL ||
        cv_store_forget_deferred(c->coll, p->info.replaces, &error))
      continue;
    if (g_error_matches(error, CV_STORE_ERROR, CV_STORE_ERROR_NOT_FOUND)) {
      /* gone already (two new versions in one group) */
      p->item->replaced[0] = '\0';
      p->info.replaces = NULL;
    } else {
      cv_item_fail(p->item, CV_ITEM_RETRY, error);
    }
    g_error_free(error);
  }

  /* One batch for the group; if it fails, each document alone so that one
   * bad document does not take the others with it. */
  g_autofree CvStoreDocument *docs = g_new0(CvStoreDocument, prep->len);
  g_autofree Prepared **which = g_new0(Prepared *, prep->len);
  guint n = 0;
  for (guint i = 0; i < prep->len; i++) {
    Prepared *p = &g_array_index(prep, Prepared, i);
    if (p->item->status != CV_ITEM_PENDING)
      continue;
    which[n] = p;
    docs[n++] = (CvStoreDocument){ p->item->doc_id, &p->info, p->chunks,
                                   p->item->red->chunks->len };
  }
  GError *error = NULL;
  if (n > 0 && cv_store_put_documents(c->coll, docs, n, &error)) {
    for (guint i = 0; i < n; i++)
      which[i]->item->status = CV_ITEM_STORED;
  } else if (n > 0) {
    for (guint i = 0; i < n; i++) {
      GError *one = NULL;
      if (n > 1 && cv_store_put_documents(c->coll, &docs[i], 1, &one)) {
        which[i]->item->status = CV_ITEM_STORED;
        continue;
      }
      const GError *why = one ? one : error;
      cv_item_fail(which[i]->item, status_of(why), why);
      g_clear_error(&one);
    }
  }
  g_clear_error(&error);
  if (n_replace > 0) {
    cv_owner_exclude_end(s->owner);
    g_mutex_lock(&s->lock);
    s->replaced += n_replace;
    g_mutex_unlock(&s->lock);
  }
}

static void
store_commit(CvSink *sink, CvItem **items, guint n)
{
  StoreSink *s = (StoreSink *)sink;
  /* group by collection, in order of first appearance */
  g_autoptr(GHashTable) groups = g_hash_table_new_full(
      g_direct_hash, g_direct_equal, NULL, (GDestroyNotify)g_ptr_array_unref);
  g_autoptr(GPtrArray) order = g_ptr_array_new();
  for (guint i = 0; i < n; i++) {
    GError *error = NULL;
    SinkColl *c = sink_coll(s, items[i], &error);
    if (c == NULL) {
      cv_item_fail(items[i], CV_ITEM_RETRY, error);
      g_error_free(error);
      continue;
    }
    GPtrArray *g = g_hash_table_lookup(groups, c);
    if (g == NULL) {
      g = g_ptr_array_new();
      g_hash_table_insert(groups, c, g);
      g_ptr_array_add(order, c);
    }
    g_ptr_array_add(g, items[i]);
  }
  cv_owner_write_begin(s->owner);
  CvStore *store = cv_owner_store(s->owner);
  guint64 indexed = cv_store_index_cpu_ns(store);
  for (guint i = 0; i < order->len; i++) {
    SinkColl *c = g_ptr_array_index(order, i);
    commit_coll(s, c, g_hash_table_lookup(groups, c));
  }
  s->parent.index_cpu_ns += cv_store_index_cpu_ns(store) - indexed;
  cv_owner_write_end(s->owner);
}

static void
store_free(CvSink *sink)
{
  StoreSink *s = (StoreSink *)sink;
  g_hash_table_unref(s->colls);
  cv_owner_unref(s->owner);
  g_free(s->collection);
  g_mutex_clear(&s->lock);
  g_free(s);
}

static const CvSinkClass store_class = {
  store_admit,
  store_redactor,
  store_commit,
  store_free,
};

CvSink *
cv_sink_store_new(CvOwner *owner, const CvStoreSinkOptions *options,
                  GError **error)
{
  if (cv_owner_read_only(owner)) {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_INVALID,
                _("store %s is opened read-only"), cv_owner_dir(owner));
    return NULL;
  }
  StoreSink *s = g_new0(StoreSink, 1);
  s->parent.klass = &store_class;
  s->owner = cv_owner_ref(owner);
  s->collection = g_strdup(options->collection ? options->collection : "default");
  s->mode = options->mode;
  s->expire_days = options->expire_days;
  g_mutex_init(&s->lock);
  s->colls =
      g_hash_table_new_full(g_str_hash, g_str_equal, g_free, sink_coll_free);
  return &s->parent;
}

gboolean
cv_sink_store_compact(CvSink *sink, GError **error)
{
  g_return_val_if_fail(sink->klass == &store_class, FALSE);
  StoreSink *s = (StoreSink *)sink;
  g_mutex_lock(&s->lock);
  guint n = s->replaced;
  s->replaced = 0;
  g_mutex_unlock(&s->lock);
  if (n == 0)
    return TRUE;
  cv_owner_write_begin(s->owner);
  gboolean ok = cv_store_compact(cv_owner_store(s->owner), error);
  cv_owner_write_end(s->owner);
  if (!ok) {
    g_mutex_lock(&s->lock);
    s->replaced += n;
    g_mutex_unlock(&s->lock);
  }
  return ok;
}
