/* workers.h — a pool of sandboxed extractor processes (tools/ only).
 *
 * Untrusted bytes are parsed (libmagic, Poppler, libxml2, GMime, libzip,
 * Leptonica, Tesseract) only in child processes started as
 * `caviar extract-worker`: they hold no key and no store handle.  The parent
 * sends a file's bytes over a pipe and reads back the serialized document
 * (cv_ingest_document_serialize); a worker that crashes or overruns its time
 * limit is killed and replaced, and only that file fails.
 */
#pragma once

#include <glib.h>

#include "cv-ingest.h"
#include "cv-pipeline.h"

typedef struct _CvWorkerPool CvWorkerPool;

enum { CV_JOB_CPU_DETECT, CV_JOB_CPU_EXTRACT, CV_JOB_CPU_OCR, CV_JOB_CPU_N };

typedef struct {
  char *path;        /* for messages and metadata (owned) */
  GBytes *bytes;     /* file content (owned; dropped once sent) */
  guint64 n_bytes;   /* its size */
  CvDocument *doc;   /* result on success */
  GError *error;     /* result on failure */
  gpointer user_data;
  /* CPU time the workers spent on it (ns, every thread; both tries when
   * a text worker handed it to an OCR worker): detection, reading, OCR.
   * Zero for a file that failed. */
  guint64 cpu_ns[CV_JOB_CPU_N];
} CvJob;

void cv_job_free(CvJob *job);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CvJob, cv_job_free)

/* Starts @n_workers threads, each driving one worker process (spawned on
 * first use).  @timeout_s bounds one file's extraction (0: no bound). */
CvWorkerPool *cv_worker_pool_new(const CvIngestOptions *options,
                                 guint n_workers, guint timeout_s);
/* The same, with jobs also (or only: @broker->only) sent through the
 * broker of @broker (url NULL: none) to `caviar worker`s; a file over
 * @broker->max_job_bytes is extracted here even then. */
CvWorkerPool *cv_worker_pool_new_full(const CvIngestOptions *options,
                                      guint n_workers, guint timeout_s,
                                      const CvBrokerOptions *broker);
/* Jobs worth keeping queued in the pool (2 per local worker, plus the
 * broker's in-flight window). */
guint cv_worker_pool_capacity(CvWorkerPool *pool);
/* The broker's jobs so far (st->enabled FALSE without a broker). */
void cv_worker_pool_broker_stats(CvWorkerPool *pool, CvBrokerStats *st);
/* Queues a job (the pool takes ownership). */
/* Called from a pool thread while a local OCR worker reads @job: @done
 * of its @total pages recognised.  Set before the first push. */
typedef void (*CvJobProgressFunc)(CvJob *job, guint done, guint total,
                                  gpointer user_data);
void cv_worker_pool_set_progress(CvWorkerPool *pool, CvJobProgressFunc func,
                                 gpointer user_data);
void cv_worker_pool_push(CvWorkerPool *pool, CvJob *job);
/* Waits for the next finished job, in completion order. */
CvJob *cv_worker_pool_pop(CvWorkerPool *pool);
/* The next finished job if one is ready, else NULL. */
CvJob *cv_worker_pool_try_pop(CvWorkerPool *pool);
/* Stops the threads and the worker processes. */
void cv_worker_pool_free(CvWorkerPool *pool);
