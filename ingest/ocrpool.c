/* ocrpool.c — owns the OCR of the pages of one document on a GThreadPool
 * and the extractor's set of OCR engines.
 *
 * The calling thread renders (or just numbers, for images) pages one by one
 * and pushes them; options.ocr_threads pool threads recognise them.  Each
 * recognition borrows an engine from the extractor (created lazily, at most
 * ocr_threads of them, kept for the next documents): an engine is never
 * used by two threads at once.  At most 2 x ocr_threads pages are in flight
 * (push blocks), which bounds memory to a few rendered pages whatever the
 * page count.  Results are stored by page index, so order is kept.
 */
#include "ingest-private.h"

#include <sodium.h>

struct _CvOcrBatch {
  CvExtractor *ex;       /* not owned */
  GThreadPool *pool;     /* ocr_threads threads, NULL until first push */
  GMutex lock;           /* guards everything below */
  GCond cond;            /* signalled when a page completes */
  guint in_flight;       /* pushed and not finished */
  guint max_in_flight;   /* 2 x ocr_threads */
  guint n;               /* pages */
  char **texts;          /* results by page, NULL until done */
  float *confidence;     /* results by page */
  GError **errors;       /* failures by page */
  gboolean no_engine;    /* an engine could not be created */
  gint done;             /* pages recognised (atomic; progress callback) */
};

typedef struct {
  CvOcrBatch *batch;     /* not owned */
  guint index;           /* page */
  guint8 *pixels;        /* owned grey image, or NULL */
  gsize pixels_len;      /* bytes of pixels */
  guint width, height;   /* pixels */
  gsize stride;          /* bytes a row */
  guint dpi;             /* of the render */
  GBytes *image;         /* encoded image when pixels is NULL */
} CvOcrJob;

CvOcrEngine *
cv_extractor_take_engine(CvExtractor *ex, GError **error)
{
  if (ex->ocr_deferred) {
    /* Safety net: the readers stop before they get here. */
    ex->ocr_needed = TRUE;
    g_set_error_literal(error, CV_INGEST_ERROR, CV_INGEST_ERROR_OCR,
                        "a page needs OCR (left to an extractor with OCR)");
    return NULL;
  }
  g_mutex_lock(&ex->engine_lock);
  for (;;) {
    if (ex->idle_engines->len > 0) {
      CvOcrEngine *e = g_ptr_array_steal_index(ex->idle_engines,
                                               ex->idle_engines->len - 1);
      g_mutex_unlock(&ex->engine_lock);
      return e;
    }
    if (ex->preloaded && ex->n_engines == 0) {
      /* The engines made before confinement failed; making one now would
       * open model files. */
      g_mutex_unlock(&ex->engine_lock);
      g_set_error_literal(error, CV_INGEST_ERROR, CV_INGEST_ERROR_OCR,
                          ex->engine_error ? ex->engine_error
                                           : "cannot start the OCR engine");
      return NULL;
    }
    if (ex->n_engines < ex->opt.ocr_threads && !ex->preloaded)
      break;
    g_cond_wait(&ex->engine_cond, &ex->engine_lock);
  }
  ex->n_engines++;
  g_mutex_unlock(&ex->engine_lock);

  CvOcrOptions oo;
  cv_ocr_options_init(&oo);
  oo.langs = ex->opt.ocr_langs;
  oo.page_timeout_s = ex->opt.ocr_page_timeout_s;
  oo.max_pixels = ex->opt.max_page_pixels;
  oo.max_pages = ex->opt.max_pages;
  g_autoptr(GError) err = NULL;
  CvOcrEngine *e = cv_ocr_engine_new(&oo, &err);
  if (e == NULL) {
    g_mutex_lock(&ex->engine_lock);
    ex->n_engines--;
    g_cond_signal(&ex->engine_cond);
    g_mutex_unlock(&ex->engine_lock);
    g_set_error(error, CV_INGEST_ERROR, CV_INGEST_ERROR_OCR,
                "cannot start the OCR engine: %s",
                err != NULL ? err->message : "unknown error");
  }
  return e;
}

void
cv_extractor_return_engine(CvExtractor *ex, CvOcrEngine *engine)
{
  if (engine == NULL)
    return;
  g_mutex_lock(&ex->engine_lock);
  g_ptr_array_add(ex->idle_engines, engine);
  g_cond_signal(&ex->engine_cond);
  g_mutex_unlock(&ex->engine_lock);
}

static void
job_free(CvOcrJob *job)
{
  if (job->pixels != NULL)
    cv_wipe_free_len(job->pixels, job->pixels_len);
  if (job->image != NULL)
    g_bytes_unref(job->image);
  g_free(job);
}

static void
ocr_worker(gpointer data, gpointer user_data)
{
  CvOcrJob *job = data;
  CvOcrBatch *batch = user_data;
  GError *err = NULL;
  float conf = -1.0f;
  char *text = NULL;
  gint64 t0 = cv_thread_cpu_ns();

  CvOcrEngine *engine = cv_extractor_take_engine(batch->ex, &err);
  if (engine != NULL) {
    GError *oerr = NULL;
    if (job->pixels != NULL)
      text = cv_ocr_recognize_grey(engine, job->pixels, job->width,
                                   job->height, job->stride, job->dpi, &conf,
                                   &oerr);
    else
      text = cv_ocr_recognize_image(engine, job->image, job->index, &conf,
                                    &oerr);
    cv_extractor_return_engine(batch->ex, engine);
    if (text == NULL) {
      gboolean cap = oerr != NULL && oerr->domain == CV_OCR_ERROR &&
                     oerr->code == CV_OCR_ERROR_TOO_LARGE;
      g_set_error(&err, CV_INGEST_ERROR,
                  cap ? CV_INGEST_ERROR_TOO_LARGE : CV_INGEST_ERROR_OCR,
                  "%s", oerr != NULL ? oerr->message : "OCR failed");
      g_clear_error(&oerr);
    }
  }
  guint index = job->index;
  job_free(job);
  __atomic_fetch_add(&batch->ex->cpu_ocr_ns, cv_thread_cpu_ns() - t0,
                     __ATOMIC_RELAXED);

  /* before the page counts as finished: the callback (it may write to a
   * pipe) is over when cv_ocr_batch_wait() returns */
  if (batch->ex->progress != NULL)
    batch->ex->progress((guint)g_atomic_int_add(&batch->done, 1) + 1, batch->n,
                        batch->ex->progress_data);
  g_mutex_lock(&batch->lock);
  if (engine == NULL)
    batch->no_engine = TRUE;
  batch->texts[index] = text;
  batch->confidence[index] = conf;
  batch->errors[index] = err;
  batch->in_flight--;
  g_cond_broadcast(&batch->cond);
  g_mutex_unlock(&batch->lock);
}

CvOcrBatch *
cv_ocr_batch_new(CvExtractor *ex, guint n_pages)
{
  CvOcrBatch *batch = g_new0(CvOcrBatch, 1);
  batch->ex = ex;
  g_mutex_init(&batch->lock);
  g_cond_init(&batch->cond);
  batch->max_in_flight = 2 * ex->opt.ocr_threads;
  batch->n = n_pages;
  batch->texts = g_new0(char *, n_pages + 1);
  batch->confidence = g_new0(float, n_pages + 1);
  batch->errors = g_new0(GError *, n_pages + 1);
  return batch;
}

void
cv_ocr_batch_push(CvOcrBatch *batch, guint index, guint8 *pixels,
                  guint width, guint height, gsize stride, guint dpi,
                  GBytes *image)
{
  g_return_if_fail(index < batch->n);
  CvOcrJob *job = g_new0(CvOcrJob, 1);
  job->batch = batch;
  job->index = index;
  job->pixels = pixels;
  job->pixels_len = stride * height;
  job->width = width;
  job->height = height;
  job->stride = stride;
  job->dpi = dpi;
  job->image = image != NULL ? g_bytes_ref(image) : NULL;

  if (batch->pool == NULL) {
    batch->pool = g_thread_pool_new(ocr_worker, batch,
                                    (gint)batch->ex->opt.ocr_threads, FALSE,
                                    NULL);
  }
  g_mutex_lock(&batch->lock);
  while (batch->in_flight >= batch->max_in_flight)
    g_cond_wait(&batch->cond, &batch->lock);
  batch->in_flight++;
  g_mutex_unlock(&batch->lock);
  if (batch->pool == NULL || !g_thread_pool_push(batch->pool, job, NULL)) {
    /* No thread available: run it here. */
    ocr_worker(job, batch);
  }
}

void
cv_ocr_batch_wait(CvOcrBatch *batch)
{
  g_mutex_lock(&batch->lock);
  while (batch->in_flight > 0)
    g_cond_wait(&batch->cond, &batch->lock);
  g_mutex_unlock(&batch->lock);
}

char *
cv_ocr_batch_take(CvOcrBatch *batch, guint index, float *confidence,
                  GError **error)
{
  g_return_val_if_fail(index < batch->n, NULL);
  g_mutex_lock(&batch->lock);
  char *text = g_steal_pointer(&batch->texts[index]);
  GError *err = g_steal_pointer(&batch->errors[index]);
  if (confidence != NULL)
    *confidence = batch->confidence[index];
  g_mutex_unlock(&batch->lock);
  if (text == NULL) {
    if (err != NULL)
      g_propagate_error(error, err);
    else
      g_set_error_literal(error, CV_INGEST_ERROR, CV_INGEST_ERROR_OCR,
                          "page was not recognised");
  } else if (err != NULL) {
    g_error_free(err);
  }
  return text;
}

gboolean
cv_ocr_batch_engine_failed(CvOcrBatch *batch)
{
  g_mutex_lock(&batch->lock);
  gboolean r = batch->no_engine;
  g_mutex_unlock(&batch->lock);
  return r;
}

void
cv_ocr_batch_free(CvOcrBatch *batch)
{
  if (batch == NULL)
    return;
  if (batch->pool != NULL)
    g_thread_pool_free(batch->pool, FALSE, TRUE); /* waits for the jobs */
  for (guint i = 0; i < batch->n; i++) {
    cv_wipe_free(batch->texts[i]);
    g_clear_error(&batch->errors[i]);
  }
  g_free(batch->texts);
  g_free(batch->confidence);
  g_free(batch->errors);
  g_mutex_clear(&batch->lock);
  g_cond_clear(&batch->cond);
  g_free(batch);
}
