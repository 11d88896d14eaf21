/* pipeline.c — the pipeline's thread: reads each submitted file, asks the
 * sink whether it is new, sends new ones to the extractor processes (the
 * CvWorkerPool of tools/workers.h), redacts and chunks what comes back and
 * commits it to the sink in groups (one write batch, one fsync for up to
 * MAX_GROUP documents: group commit).
 *
 * Flow control: at most 2 files per worker are read and in the workers
 * (their bytes are the memory that counts), and submitters block while
 * `queue` items wait: memory stays flat however many files arrive.  The
 * same content twice in flight is extracted once: the second copy waits
 * ("parked") for the first one's outcome.
 */
#include <errno.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <sodium.h>

#include "cv-text.h"
#include "cv-pipeline.h"
#include "reasons.h"
#include "workers.h"

#define DEFAULT_MAX_BYTES (512ull * 1024 * 1024)
#define DEFAULT_QUEUE 64
#define MAX_GROUP 64        /* documents per write batch */
#define POLL_US (10 * 1000) /* idle wait for new items while extracting */

struct _CvPipeline {
  CvPipelineOptions options;
  CvSink *sink;
  CvItemFunc done;
  gpointer done_data;
  CvWorkerPool *pool;
  guint workers;
  GThread *thread;

  GMutex lock; /* guards the fields below */
  GCond changed;
  GQueue queue;  /* submitted, not started */
  guint pending; /* submitted, not finished */
  gboolean cancelled;
  gboolean stopping;
  guint64 cpu_ns[CV_STAGE_N]; /* per stage, items finished so far */
  guint64 cpu_pages;          /* their pages */

  /* pipeline thread only */
  GHashTable *in_flight; /* doc id -> GPtrArray of parked duplicates */
};

/* ---------- items ---------- */

CvItem *
cv_item_new(void)
{
  CvItem *item = g_new0(CvItem, 1);
  item->fd = -1;
  return item;
}

void
cv_item_free(CvItem *item)
{
  if (item == NULL)
    return;
  if (item->fd >= 0)
    close(item->fd);
  g_clear_error(&item->error);
  g_clear_error(&item->failure);
  g_free(item->source);
  g_free(item->origin);
  g_free(item->collection);
  g_free(item->shown);
  g_free(item->mime);
  g_strfreev(item->warnings);
  g_clear_pointer(&item->doc, cv_ingest_document_free);
  g_clear_pointer(&item->red, cv_redacted_free);
  if (item->user_destroy != NULL)
    item->user_destroy(item->user_data);
  g_free(item);
}

void
cv_item_fail(CvItem *item, CvItemStatus status, const GError *error)
{
  item->status = status;
  g_clear_error(&item->failure);
  item->failure = g_error_copy(error);
}

const char *
cv_item_status_name(CvItemStatus status)
{
  switch (status) {
  case CV_ITEM_STORED:
    return "stored";
  case CV_ITEM_ALREADY:
    return "already stored";
  case CV_ITEM_FAILED:
    return "failed";
  case CV_ITEM_RETRY:
    return "retry";
  case CV_ITEM_CANCELLED:
    return "cancelled";
  case CV_ITEM_PENDING:
  default:
    return "pending";
  }
}

const char *
cv_item_status_label(CvItemStatus status)
{
  switch (status) {
  case CV_ITEM_STORED:
    return _("stored");
  case CV_ITEM_ALREADY:
    return _("already stored");
  case CV_ITEM_FAILED:
    return _("failed");
  case CV_ITEM_RETRY:
    return _("retry");
  case CV_ITEM_CANCELLED:
    return _("cancelled");
  case CV_ITEM_PENDING:
  default:
    return _("pending");
  }
}

void
cv_sink_free(CvSink *sink)
{
  if (sink != NULL && sink->klass->free != NULL)
    sink->klass->free(sink);
}

/* ---------- redaction and chunking ---------- */

static gint64
thread_cpu_ns(void)
{
  struct timespec ts;
  if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) != 0)
    return 0;
  return (gint64)ts.tv_sec * G_GINT64_CONSTANT(1000000000) + ts.tv_nsec;
}

static guint64
cpu_since(gint64 t0)
{
  return (guint64)MAX(thread_cpu_ns() - t0, 0);
}

CvRedacted *
cv_pipeline_redact(const CvRedactor *redactor, const CvDocument *doc,
                   CvLang lang, gsize chunk_target, GError **error)
{
  gsize len = 0;
  const char *text = cv_ingest_document_text(doc, &len);
  if (!cv_redact_check_size(len, error))
    return NULL;
  guint n_pages = cv_ingest_document_n_pages(doc);
  gint64 t0 = thread_cpu_ns();
  CvRedacted *r = g_new0(CvRedacted, 1);
  r->lang = lang != CV_LANG_AUTO ? lang : cv_redact_detect_lang(text, len);

  g_autofree gsize *offsets = g_new(gsize, n_pages + 1);
  for (guint i = 0; i <= n_pages; i++)
    offsets[i] = i < n_pages ? cv_ingest_document_page_offset(doc, i) : len;

  r->spans = cv_redact_scan(redactor, text, len, r->lang);
  r->text = cv_redact_render(redactor, text, len, r->spans, offsets,
                             n_pages + 1, r->counts, &r->len);
  r->cpu_redact_ns = cpu_since(t0);
  t0 = thread_cpu_ns();
  r->chunks = cv_ingest_chunk(r->text, r->len, offsets, n_pages, chunk_target);
  r->cpu_chunk_ns = cpu_since(t0);
  return r;
}

void
cv_redacted_free(CvRedacted *r)
{
  if (r == NULL)
    return;
  if (r->text != NULL)
    sodium_memzero(r->text, r->len);
  g_free(r->text);
  g_clear_pointer(&r->chunks, g_array_unref);
  g_clear_pointer(&r->spans, g_array_unref);
  g_free(r);
}

char *
cv_pipeline_counts_json(const guint *counts)
{
  g_autoptr(JsonBuilder) b = json_builder_new();
  json_builder_begin_object(b);
  for (int t = 0; t < CV_PII_N_TYPES; t++) {
    if (counts[t] == 0)
      continue;
    json_builder_set_member_name(b, cv_redact_type_name((CvPiiType)t));
    json_builder_add_int_value(b, counts[t]);
  }
  json_builder_end_object(b);
  g_autoptr(JsonNode) root = json_builder_get_root(b);
  return json_to_string(root, FALSE);
}

/* "spans": [{"type", "start", "end", "confidence", "detector"}]: where,
 * never what. */
void
cv_pipeline_spans_json(JsonBuilder *b, const GArray *spans)
{
  json_builder_set_member_name(b, "spans");
  json_builder_begin_array(b);
  for (guint i = 0; spans != NULL && i < spans->len; i++) {
    const CvSpan *sp = &g_array_index(spans, CvSpan, i);
    json_builder_begin_object(b);
    json_builder_set_member_name(b, "type");
    json_builder_add_string_value(b, cv_redact_type_name(sp->type));
    json_builder_set_member_name(b, "start");
    json_builder_add_int_value(b, (gint64)sp->start);
    json_builder_set_member_name(b, "end");
    json_builder_add_int_value(b, (gint64)sp->end);
    json_builder_set_member_name(b, "confidence");
    json_builder_add_double_value(b, sp->confidence);
    json_builder_set_member_name(b, "detector");
    json_builder_add_string_value(b, sp->detector ? sp->detector : "");
    json_builder_end_object(b);
  }
  json_builder_end_array(b);
}

char *
cv_pipeline_counts_text(const guint *counts)
{
  GString *s = g_string_new(NULL);
  /* in French, the types as the redaction labels name them (NAS,
   * PERSONNE...); in English, as labels.jsonl does (SIN, PERSON...) */
  /* TRANSLATORS: the language code of this catalogue */
  gboolean french = g_str_equal(C_("language of the messages", "en"), "fr");
  for (int t = 0; t < CV_PII_N_TYPES; t++) {
    if (counts[t] == 0)
      continue;
    g_string_append_printf(s, "%s%s %u", s->len ? ", " : "",
                           french ? cv_redact_type_label((CvPiiType)t)
                                  : cv_redact_type_name((CvPiiType)t),
                           counts[t]);
  }
  if (s->len == 0)
    g_string_append(s, _("none"));
  return g_string_free(s, FALSE);
}

guint
cv_pipeline_counts_total(const guint *counts)
{
  guint total = 0;
  for (int t = 0; t < CV_PII_N_TYPES; t++)
    total += counts[t];
  return total;
}

/* ---------- the pipeline's thread ---------- */

static void
finish(CvPipeline *p, CvItem *item)
{
  if (item->fd >= 0) {
    close(item->fd);
    item->fd = -1;
  }
  g_clear_pointer(&item->doc, cv_ingest_document_free);
  g_clear_pointer(&item->red, cv_redacted_free);
  item->ms = (g_get_monotonic_time() - item->started) / 1000;
  p->done(item, p->done_data);
  g_mutex_lock(&p->lock);
  p->pending--;
  g_cond_broadcast(&p->changed);
  g_mutex_unlock(&p->lock);
}

static void
fail(CvItem *item, CvItemStatus status, int code, const char *message)
{
  item->status = status;
  g_clear_error(&item->failure);
  g_set_error_literal(&item->failure, CV_PIPELINE_ERROR, code, message);
}

/* Reads the whole file behind item->fd, refusing more than @max bytes and
 * a file that changes while it is read (RETRY: still being written). */
static GBytes *
read_item(CvItem *item, guint64 max)
{
  if (fstat(item->fd, &item->st) != 0) {
    fail(item, CV_ITEM_FAILED, CV_PIPELINE_ERROR_INPUT, g_strerror(errno));
    return NULL;
  }
  if ((guint64)item->st.st_size > max) {
    g_autofree char *msg = g_strdup_printf(
        _("file too large (%llu bytes, limit %llu; see "
          "--max-bytes)"),
        (unsigned long long)item->st.st_size, (unsigned long long)max);
    fail(item, CV_ITEM_FAILED, CV_PIPELINE_ERROR_INPUT, msg);
    return NULL;
  }
  gsize size = (gsize)item->st.st_size;
  GByteArray *buf = g_byte_array_sized_new(size ? (guint)size : 1);
  g_byte_array_set_size(buf, (guint)size);
  gsize got = 0;
  while (got < size) {
    ssize_t n = pread(item->fd, buf->data + got, size - got, (off_t)got);
    if (n < 0 && (errno == EINTR || errno == EAGAIN))
      continue;
    if (n < 0) {
      int e = errno;
      cv_text_wipe_byte_array(buf);
      fail(item, CV_ITEM_FAILED, CV_PIPELINE_ERROR_INPUT, g_strerror(e));
      return NULL;
    }
    if (n == 0)
      break;
    got += (gsize)n;
  }
  /* one byte more: a file that grew is caught too */
  guint8 extra;
  ssize_t more;
  do
    more = pread(item->fd, &extra, 1, (off_t)got);
  while (more < 0 && errno == EINTR);
  struct stat after;
  if (got != size || more > 0 || fstat(item->fd, &after) != 0 ||
      after.st_size != item->st.st_size ||
      after.st_mtim.tv_sec != item->st.st_mtim.tv_sec ||
      after.st_mtim.tv_nsec != item->st.st_mtim.tv_nsec) {
    cv_text_wipe_byte_array(buf);
    fail(item, CV_ITEM_RETRY, CV_PIPELINE_ERROR_INPUT,
         _("file changed while being read"));
    return NULL;
  }
  return g_bytes_new_with_free_func(buf->data, buf->len,
                                    cv_text_wipe_byte_array, buf);
}

/* Starts an item: TRUE if it went to the workers, FALSE if it is finished
 * (or parked behind the same content). */
static gboolean
front(CvPipeline *p, CvItem *item)
{
  item->started = g_get_monotonic_time();
  GError *error = NULL;
  const CvRedactor *redactor = p->sink->klass->redactor(p->sink, item, &error);
  if (redactor != NULL && p->options.redact_names)
    item->shown = cv_pipeline_redact_name(redactor, item->source);
  else
    item->shown = cv_pipeline_escape_name(item->source);
  if (redactor == NULL) {
    item->status = CV_ITEM_RETRY;
    item->failure = error;
    finish(p, item);
    return FALSE;
  }
  if (item->error != NULL) {
    cv_item_fail(item, CV_ITEM_FAILED, item->error);
    finish(p, item);
    return FALSE;
  }
  g_mutex_lock(&p->lock);
  gboolean cancelled = p->cancelled;
  g_mutex_unlock(&p->lock);
  if (cancelled || item->fd < 0) {
    if (item->fd < 0)
      fail(item, CV_ITEM_FAILED, CV_PIPELINE_ERROR_INPUT, "not opened");
    else
      item->status = CV_ITEM_CANCELLED;
    finish(p, item);
    return FALSE;
  }
  g_autoptr(GBytes) bytes = read_item(item, p->options.max_bytes);
  close(item->fd);
  item->fd = -1;
  if (bytes == NULL) {
    finish(p, item);
    return FALSE;
  }
  item->status = p->sink->klass->admit(p->sink, item, bytes, &error);
  if (item->status != CV_ITEM_PENDING) {
    if (error != NULL) {
      g_clear_error(&item->failure);
      item->failure = error;
    }
    finish(p, item);
    return FALSE;
  }
  if (item->doc_id[0] != '\0') {
    GPtrArray *parked = g_hash_table_lookup(p->in_flight, item->doc_id);
    if (parked != NULL) {
      g_ptr_array_add(parked, item);
      return FALSE;
    }
    g_hash_table_insert(p->in_flight, g_strdup(item->doc_id), g_ptr_array_new());
  }
  CvJob *job = g_new0(CvJob, 1);
  job->path = g_strdup(item->shown);
  job->n_bytes = g_bytes_get_size(bytes);
  job->bytes = g_steal_pointer(&bytes);
  job->user_data = item;
  cv_worker_pool_push(p->pool, job);
  return TRUE;
}

/* Finishes @item and the duplicates parked behind it. */
static void
finish_with_parked(CvPipeline *p, CvItem *item)
{
  GPtrArray *parked = NULL;
  char *key = NULL;
  if (item->doc_id[0] != '\0')
    g_hash_table_steal_extended(p->in_flight, item->doc_id, (gpointer *)&key,
                                (gpointer *)&parked);
  g_free(key);
  CvItemStatus status = item->status;
  GError *why = item->failure ? g_error_copy(item->failure) : NULL;
  finish(p, item);
  for (guint i = 0; parked != NULL && i < parked->len; i++) {
    CvItem *dup = g_ptr_array_index(parked, i);
    if (status == CV_ITEM_STORED || status == CV_ITEM_ALREADY) {
      dup->status = CV_ITEM_ALREADY;
    } else {
      dup->status = status;
      if (why != NULL)
        dup->failure = g_error_copy(why);
    }
    finish(p, dup);
  }
  g_clear_error(&why);
  if (parked != NULL)
    g_ptr_array_unref(parked);
}

/* Redacts and chunks the extracted documents of @jobs, commits them as a
 * group, finishes their items. */
static void
back(CvPipeline *p, GPtrArray *jobs)
{
  g_autoptr(GPtrArray) ready = g_ptr_array_new();
  g_autoptr(GPtrArray) all = g_ptr_array_new();
  guint64 cpu[CV_STAGE_N] = { 0 }, pages = 0;
  for (guint i = 0; i < jobs->len; i++) {
    CvJob *job = g_ptr_array_index(jobs, i);
    CvItem *item = job->user_data;
    g_ptr_array_add(all, item);
    cpu[CV_STAGE_DETECT] += job->cpu_ns[CV_JOB_CPU_DETECT];
    cpu[CV_STAGE_EXTRACT] += job->cpu_ns[CV_JOB_CPU_EXTRACT];
    cpu[CV_STAGE_OCR] += job->cpu_ns[CV_JOB_CPU_OCR];
    if (job->doc == NULL) {
      /* the worker's reason, as a code: in our language (reasons.h) */
      g_autoptr(GError) why = g_error_copy(job->error);
      g_free(why->message);
      why->message = cv_reason_render(job->error->message);
      cv_item_fail(item, CV_ITEM_FAILED, why);
      continue;
    }
    item->doc = g_steal_pointer(&job->doc);
    CvDocument *doc = item->doc;
    GError *error = NULL;
    const CvRedactor *r = p->sink->klass->redactor(p->sink, item, &error);
    if (r != NULL)
      item->red =
          cv_pipeline_redact(r, doc, p->options.lang, CV_CHUNK_TARGET, &error);
    if (item->red == NULL) {
      item->status = r ? CV_ITEM_FAILED : CV_ITEM_RETRY;
      item->failure = error;
      continue;
    }
    item->mime = g_strdup(cv_ingest_document_mime(doc));
    item->n_pages = cv_ingest_document_n_pages(doc);
    for (guint pg = 0; pg < item->n_pages; pg++)
      if (cv_ingest_document_page_source(doc, pg) == CV_PAGE_OCR)
        item->n_ocr_pages++;
    item->warnings = g_strdupv((char **)cv_ingest_document_warnings(doc));
    memcpy(item->counts, item->red->counts, sizeof item->counts);
    item->lang = item->red->lang;
    item->n_chunks = item->red->chunks->len;
    cpu[CV_STAGE_REDACT] += item->red->cpu_redact_ns;
    cpu[CV_STAGE_CHUNK] += item->red->cpu_chunk_ns;
    pages += item->n_pages;
    g_ptr_array_add(ready, item);
  }
  if (ready->len > 0) {
    guint64 indexed = p->sink->index_cpu_ns;
    gint64 t0 = thread_cpu_ns();
    p->sink->klass->commit(p->sink, (CvItem **)ready->pdata, ready->len);
    guint64 commit = cpu_since(t0);
    guint64 index = p->sink->index_cpu_ns - indexed;
    cpu[CV_STAGE_INDEX] += index;
    cpu[CV_STAGE_STORE] += commit > index ? commit - index : 0;
  }
  g_mutex_lock(&p->lock);
  for (guint s = 0; s < CV_STAGE_N; s++)
    p->cpu_ns[s] += cpu[s];
  p->cpu_pages += pages;
  g_mutex_unlock(&p->lock);
  for (guint i = 0; i < all->len; i++) {
    CvItem *item = g_ptr_array_index(all, i);
    if (item->status == CV_ITEM_PENDING) /* a sink that set nothing */
      fail(item, CV_ITEM_FAILED, CV_PIPELINE_ERROR_INPUT, "not committed");
    finish_with_parked(p, item);
  }
}

static gpointer
drive(gpointer data)
{
  CvPipeline *p = data;
  /* this thread renders the reasons: in the language asked for */
  if (p->options.messages != (locale_t)0)
    uselocale(p->options.messages);
  guint in_flight = 0, cap = MAX(cv_worker_pool_capacity(p->pool), 1u);
  for (;;) {
    /* Start items while there is room. */
    while (in_flight < cap) {
      g_mutex_lock(&p->lock);
      if (p->queue.length == 0 && in_flight == 0)
        while (p->queue.length == 0 && !p->stopping)
          g_cond_wait(&p->changed, &p->lock);
      else if (p->queue.length == 0)
        g_cond_wait_until(&p->changed, &p->lock,
                          g_get_monotonic_time() + POLL_US);
      CvItem *item = g_queue_pop_head(&p->queue);
      gboolean stop = item == NULL && p->stopping && in_flight == 0;
      if (item != NULL)
        g_cond_broadcast(&p->changed); /* room for a submitter */
      g_mutex_unlock(&p->lock);
      if (stop)
        return NULL;
      if (item == NULL)
        break;
      if (front(p, item))
        in_flight++;
    }
    if (in_flight == 0)
      continue;
    /* Collect what the workers finished: wait only when full. */
    CvJob *job = in_flight >= cap ? cv_worker_pool_pop(p->pool)
                                  : cv_worker_pool_try_pop(p->pool);
    if (job == NULL)
      continue;
    g_autoptr(GPtrArray) group =
        g_ptr_array_new_with_free_func((GDestroyNotify)cv_job_free);
    g_ptr_array_add(group, job);
    while (group->len < MAX_GROUP &&
           (job = cv_worker_pool_try_pop(p->pool)) != NULL)
      g_ptr_array_add(group, job);
    in_flight -= group->len;
    back(p, group);
  }
}

/* A worker's per-page progress (a pool thread): to the caller's callback
 * with the item behind the job. */
static void
job_progress(CvJob *job, guint done, guint total, gpointer data)
{
  CvPipeline *p = data;
  p->options.progress(job->user_data, done, total, p->options.progress_data);
}

CvPipeline *
cv_pipeline_new(const CvPipelineOptions *options, CvSink *sink, CvItemFunc done,
                gpointer user_data)
{
  CvPipeline *p = g_new0(CvPipeline, 1);
  p->options = *options;
  if (p->options.max_bytes == 0)
    p->options.max_bytes = DEFAULT_MAX_BYTES;
  if (p->options.queue == 0)
    p->options.queue = DEFAULT_QUEUE;
  p->options.ingest.max_bytes = p->options.max_bytes;
  p->workers = options->workers ? options->workers : g_get_num_processors();
  p->sink = sink;
  p->done = done;
  p->done_data = user_data;
  g_mutex_init(&p->lock);
  g_cond_init(&p->changed);
  g_queue_init(&p->queue);
  p->in_flight = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  p->pool = cv_worker_pool_new_full(&p->options.ingest, p->workers,
                                    p->options.timeout_s, &p->options.broker);
  if (p->options.progress != NULL)
    cv_worker_pool_set_progress(p->pool, job_progress, p);
  /* the strings of the broker's options were the caller's: the pool has
   * its copies */
  p->options.broker.url = NULL;
  p->options.broker.owner_id = NULL;
  p->thread = g_thread_new("caviar-pipeline", drive, p);
  return p;
}

CvSink *
cv_pipeline_sink(CvPipeline *pipeline)
{
  return pipeline->sink;
}

void
cv_pipeline_submit(CvPipeline *p, CvItem *item)
{
  g_mutex_lock(&p->lock);
  p->pending++;
  while (p->queue.length >= p->options.queue && !p->cancelled)
    g_cond_wait(&p->changed, &p->lock);
  g_queue_push_tail(&p->queue, item);
  g_cond_broadcast(&p->changed);
  g_mutex_unlock(&p->lock);
}

void
cv_pipeline_drain(CvPipeline *p)
{
  g_mutex_lock(&p->lock);
  while (p->pending > 0)
    g_cond_wait(&p->changed, &p->lock);
  g_mutex_unlock(&p->lock);
}

void
cv_pipeline_cancel(CvPipeline *p)
{
  g_mutex_lock(&p->lock);
  p->cancelled = TRUE;
  g_cond_broadcast(&p->changed);
  g_mutex_unlock(&p->lock);
}

guint
cv_pipeline_pending(CvPipeline *p)
{
  g_mutex_lock(&p->lock);
  guint n = p->pending;
  g_mutex_unlock(&p->lock);
  return n;
}

const char *
cv_stage_name(CvStage stage)
{
  static const char *const names[CV_STAGE_N] = {
    "detect", "extract", "ocr", "redact", "chunk", "store", "index",
  };
  return (guint)stage < CV_STAGE_N ? names[stage] : "?";
}

void
cv_pipeline_cpu(CvPipeline *p, guint64 cpu_ns[CV_STAGE_N], guint64 *pages)
{
  g_mutex_lock(&p->lock);
  memcpy(cpu_ns, p->cpu_ns, sizeof p->cpu_ns);
  if (pages != NULL)
    *pages = p->cpu_pages;
  g_mutex_unlock(&p->lock);
}

void
cv_pipeline_broker_stats(CvPipeline *p, CvBrokerStats *st)
{
  cv_worker_pool_broker_stats(p->pool, st);
}

void
cv_pipeline_free(CvPipeline *p)
{
  if (p == NULL)
    return;
  cv_pipeline_drain(p);
  g_mutex_lock(&p->lock);
  p->stopping = TRUE;
  g_cond_broadcast(&p->changed);
  g_mutex_unlock(&p->lock);
  g_thread_join(p->thread);
  cv_worker_pool_free(p->pool);
  cv_sink_free(p->sink);
  g_hash_table_unref(p->in_flight);
  g_mutex_clear(&p->lock);
  g_cond_clear(&p->changed);
  g_free(p);
}
