/* workers.c — the extractor process pool (parent side) and the
 * `caviar extract-worker` main loop (child side).
 *
 * Wire format, both directions, on the worker's stdin/stdout:
 *   frame := u32 little-endian length, then that many bytes.
 * Parent → worker: one options frame (GVariant OPTIONS_TYPE), then one frame
 * per file (its bytes).  Worker → parent: one frame per file: a status byte
 * (0 ok, 1 error, 2 needs OCR); after 0 and 2 the CPU time spent on the
 * file (CPU_TRAILER: u64 little-endian ns of detection, reading, OCR), then
 * the serialized document (0), or a u32 error code and a message (1).
 * Every length read is capped before anything is allocated.
 *
 * Two kinds of workers, so that documents without OCR never pay for
 * loading Tesseract (~0.5 s of CPU per worker; it must be loaded before
 * confinement, see ingest/preload.c): each pool thread sends a file to its
 * text worker first (OCR deferred); a file that turns out to need OCR
 * (status 2, at its first such page) goes again to the thread's OCR
 * worker, started the first time one is needed.  With --no-ocr there is
 * only the text kind.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <sodium.h>

#include "cv-text.h"
#include "cli.h"
#include "cv-ocr.h"
#include "sandbox.h"
#include "broker.h"
#include "workers.h"
#include "reasons.h"

#define OPTIONS_TYPE "(ssuuututtbub)"
#define MAX_ERROR_MESSAGE 4096
#define MAX_OPTIONS_FRAME 65536
/* Serialized documents: text cap plus per-page metadata, generously. */
#define RESPONSE_SLACK (64u * 1024 * 1024)
/* Exit status of a worker that could not confine itself. */
#define WORKER_EXIT_NO_SANDBOX 3
/* Exit status of a worker past its CPU time for a file (SIGXCPU). */
#define WORKER_EXIT_CPU 4
/* The protocol's reply descriptor in the worker. */
#define WORKER_OUT_FD 3
/* Bytes of CPU times after the status byte of replies 0 and 2. */
#define CPU_TRAILER (8 * CV_JOB_CPU_N)

#ifdef CV_SANDBOX_TEST_HOOK
/* tests/sandbox-attack.c, linked only into the test build `caviar-attack`:
 * runs the attack a file asks for, inside the confined worker. */
gboolean cv_sandbox_test_attack(GBytes *input, int out_fd, pid_t parent);
#endif

static const CvJob *const STOP_JOB = (const CvJob *)&STOP_JOB;

struct _CvWorkerPool {
  CvIngestOptions options;
  char *ocr_langs;
  char *pdf_password;
  guint timeout_s;
  GAsyncQueue *in;    /* local workers and the broker's thread take from it */
  GAsyncQueue *local; /* files too large for the broker */
  GAsyncQueue *out;
  GPtrArray *threads;
  guint n_local; /* threads on @in */
  char *exe;
  /* the broker (broker.url NULL: none) */
  CvBrokerOptions broker;
  char *broker_url;
  char *owner_id;
  GMutex stats_lock;
  CvBrokerStats stats;        /* under stats_lock */
  CvJobProgressFunc progress; /* cv_worker_pool_set_progress */
  gpointer progress_data;
};

void
cv_worker_pool_set_progress(CvWorkerPool *pool, CvJobProgressFunc func,
                            gpointer user_data)
{
  pool->progress = func;
  pool->progress_data = user_data;
}

void
cv_job_free(CvJob *job)
{
  if (job == NULL)
    return;
  g_free(job->path);
  g_clear_pointer(&job->bytes, g_bytes_unref);
  g_clear_pointer(&job->doc, cv_ingest_document_free);
  g_clear_error(&job->error);
  g_free(job);
}

/* ---- frame I/O with a deadline (monotonic µs, 0 = none) ---- */

static gboolean
wait_fd(int fd, short events, gint64 deadline, GError **error)
{
  for (;;) {
    int timeout = -1;
    if (deadline > 0) {
      gint64 left = deadline - g_get_monotonic_time();
      if (left <= 0) {
        g_set_error(error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT, _("timed out"));
        return FALSE;
      }
      timeout = (int)MIN(left / 1000 + 1, G_MAXINT);
    }
    struct pollfd p = { .fd = fd, .events = events };
    int r = poll(&p, 1, timeout);
    if (r > 0)
      return TRUE;
    if (r < 0 && errno != EINTR) {
      g_set_error(error, G_IO_ERROR, g_io_error_from_errno(errno),
                  _("poll: %s"), g_strerror(errno));
      return FALSE;
    }
  }
}

static gboolean
write_all(int fd, const void *data, gsize len, gint64 deadline, GError **error)
{
  const guint8 *p = data;
  while (len > 0) {
    if (!wait_fd(fd, POLLOUT, deadline, error))
      return FALSE;
    ssize_t n = write(fd, p, len);
    if (n < 0) {
      if (errno == EINTR || errno == EAGAIN)
        continue;
      g_set_error(error, G_IO_ERROR, g_io_error_from_errno(errno),
                  _("write: %s"), g_strerror(errno));
      return FALSE;
    }
    p += n;
    len -= (gsize)n;
  }
  return TRUE;
}

static gboolean
read_all(int fd, void *data, gsize len, gint64 deadline, GError **error)
{
  guint8 *p = data;
  while (len > 0) {
    if (!wait_fd(fd, POLLIN, deadline, error))
      return FALSE;
    ssize_t n = read(fd, p, len);
    if (n < 0) {
      if (errno == EINTR || errno == EAGAIN)
        continue;
      g_set_error(error, G_IO_ERROR, g_io_error_from_errno(errno),
                  _("read: %s"), g_strerror(errno));
      return FALSE;
    }
    if (n == 0) {
      g_set_error(error, G_IO_ERROR, G_IO_ERROR_CLOSED, _("end of stream"));
      return FALSE;
    }
    p += n;
    len -= (gsize)n;
  }
  return TRUE;
}

static gboolean
write_frame(int fd, const void *data, gsize len, gint64 deadline,
            GError **error)
{
  if (len > G_MAXUINT32) {
    g_set_error(error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
                _("frame too large"));
    return FALSE;
  }
  guint32 le = GUINT32_TO_LE((guint32)len);
  return write_all(fd, &le, sizeof le, deadline, error) &&
         write_all(fd, data, len, deadline, error);
}

/* Reads one frame of at most @max bytes into a sodium-wiped GBytes. */
static GBytes *
read_frame(int fd, gsize max, gint64 deadline, GError **error)
{
  guint32 le;
  if (!read_all(fd, &le, sizeof le, deadline, error))
    return NULL;
  gsize len = GUINT32_FROM_LE(le);
  if (len > max) {
    g_set_error(error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
                "frame of %" G_GSIZE_FORMAT " bytes exceeds the limit", len);
    return NULL;
  }
  GByteArray *array = g_byte_array_sized_new((guint)len);
  g_byte_array_set_size(array, (guint)len);
  if (!read_all(fd, array->data, len, deadline, error)) {
    cv_text_wipe_byte_array(array);
    return NULL;
  }
  return g_bytes_new_with_free_func(array->data, array->len,
                                    cv_text_wipe_byte_array, array);
}

/* ---- parent side ---- */

typedef struct {
  CvWorkerPool *pool;
  GPid pid;
  int to_child;
  int from_child;
  gboolean text_only; /* OCR deferred: replies "needs OCR" instead */
} WorkerProc;

/* What became of a job on one worker. */
typedef enum { JOB_DONE, JOB_NEEDS_OCR } JobOutcome;

static void
proc_stop(WorkerProc *w)
{
  if (w->pid <= 0)
    return;
  if (w->to_child >= 0)
    close(w->to_child);
  if (w->from_child >= 0)
    close(w->from_child);
  w->to_child = w->from_child = -1;
  /* A well-behaved worker exits on EOF; give it a moment, then kill. */
  int status = 0;
  for (int i = 0; i < 50; i++) {
    pid_t r = waitpid(w->pid, &status, WNOHANG);
    if (r == w->pid || r < 0)
      goto reaped;
    g_usleep(10000);
  }
  kill(w->pid, SIGKILL);
  waitpid(w->pid, &status, 0);
reaped:
  w->pid = 0;
}

static void
proc_kill(WorkerProc *w, char **why)
{
  int status = 0;
  /* A worker that died on its own (its pipe closed) may still be passing
   * on how: the reaper of its PID namespace exits as it did, within a few
   * milliseconds.  Give it half a second before killing. */
  gboolean reaped = FALSE;
  for (int i = 0; why != NULL && i < 50 && !reaped; i++) {
    pid_t r = waitpid(w->pid, &status, WNOHANG);
    reaped = r == w->pid || r < 0;
    if (!reaped)
      g_usleep(10000);
  }
  if (!reaped) {
    kill(w->pid, SIGKILL);
    waitpid(w->pid, &status, 0);
  }
  if (why != NULL && WIFSIGNALED(status) && WTERMSIG(status) == SIGSYS)
    *why = g_strdup("extractor broke the sandbox (a forbidden system call: "
                    "the file may be an attack on a parser)");
  else if (why != NULL &&
           ((WIFSIGNALED(status) && WTERMSIG(status) == SIGXCPU) ||
            (WIFEXITED(status) && WEXITSTATUS(status) == WORKER_EXIT_CPU)))
    *why = g_strdup("extractor used more CPU time than the file's time limit "
                    "allows (see --timeout)");
  else if (why != NULL && WIFSIGNALED(status) && WTERMSIG(status) != SIGKILL)
    *why = g_strdup_printf("extractor crashed (signal %d)", WTERMSIG(status));
  else if (why != NULL && WIFEXITED(status) &&
           WEXITSTATUS(status) == WORKER_EXIT_NO_SANDBOX)
    *why = g_strdup("the extractor cannot confine itself (seccomp "
                    "unavailable?): nothing is parsed without it");
  close(w->to_child);
  close(w->from_child);
  w->to_child = w->from_child = -1;
  w->pid = 0;
}

static gboolean
proc_start(WorkerProc *w, GError **error)
{
  CvWorkerPool *pool = w->pool;
  char *argv[] = { pool->exe, (char *)"extract-worker", NULL };
  /* Nothing of our environment (CAVIAR_PASSPHRASE, tokens, paths): only
   * fixed values.  OMP_THREAD_LIMIT=1: libgomp reads it when loaded (one
   * thread per OCR engine); TZ=UTC: glibc would otherwise look at
   * /etc/localtime on every localtime() (no file system in the worker). */
  char *envp[] = {
    (char *)"OMP_THREAD_LIMIT=1",
    (char *)"TZ=UTC",
#if defined(__SANITIZE_ADDRESS__)
    /* Sanitizer builds only: the leak checker would ptrace the worker at
     * exit, which the sandbox forbids. */
    (char *)"ASAN_OPTIONS=detect_leaks=0:abort_on_error=0",
#endif
    NULL,
  };
  int in_fd = -1, out_fd = -1;
  if (!g_spawn_async_with_pipes(
          NULL, argv, envp, G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDERR_TO_DEV_NULL,
          NULL, NULL, &w->pid, &in_fd, &out_fd, NULL, error))
    return FALSE;
  w->to_child = in_fd;
  w->from_child = out_fd;
  g_autoptr(GVariant) opts = g_variant_ref_sink(g_variant_new(
      OPTIONS_TYPE, pool->ocr_langs ? pool->ocr_langs : "",
      pool->pdf_password ? pool->pdf_password : "", pool->options.ocr_dpi,
      pool->options.ocr_threads, pool->options.ocr_page_timeout_s,
      pool->options.max_bytes, pool->options.max_pages,
      pool->options.max_page_pixels, (guint64)pool->options.max_text_bytes,
      pool->options.no_ocr, pool->timeout_s, w->text_only));
  gint64 deadline = g_get_monotonic_time() + 30 * G_USEC_PER_SEC;
  if (!write_frame(w->to_child, g_variant_get_data(opts),
                   g_variant_get_size(opts), deadline, error)) {
    proc_kill(w, NULL);
    return FALSE;
  }
  return TRUE;
}

static JobOutcome
run_on(WorkerProc *w, CvJob *job, gint64 deadline)
{
  CvWorkerPool *pool = w->pool;
  g_autoptr(GError) error = NULL;

  if (w->pid <= 0 && !proc_start(w, &error)) {
    g_set_error(&job->error, CV_INGEST_ERROR, CV_INGEST_ERROR_FAILED,
                _("cannot start the extractor: %s"), error->message);
    return JOB_DONE;
  }
  gsize size = 0;
  const void *data = g_bytes_get_data(job->bytes, &size);
  g_autoptr(GBytes) reply = NULL;
  if (write_frame(w->to_child, data, size, deadline, &error)) {
    for (;;) {
      reply = read_frame(w->from_child,
                         pool->options.max_text_bytes * 2 + RESPONSE_SLACK,
                         deadline, &error);
      gsize plen = 0;
      const guint8 *pp = reply ? g_bytes_get_data(reply, &plen) : NULL;
      if (pp == NULL || plen != 9 || pp[0] != 3)
        break;
      /* pages of an OCR document done so far (status 3) */
      guint32 done, total;
      memcpy(&done, pp + 1, 4);
      memcpy(&total, pp + 5, 4);
      done = GUINT32_FROM_LE(done);
      total = GUINT32_FROM_LE(total);
      if (pool->progress != NULL && done <= total)
        pool->progress(job, done, total, pool->progress_data);
      g_clear_pointer(&reply, g_bytes_unref);
    }
  }

  if (reply == NULL) {
    char *why = NULL;
    gboolean timed_out =
        g_error_matches(error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT);
    proc_kill(w, timed_out ? NULL : &why);
    if (timed_out)
      g_set_error(&job->error, CV_INGEST_ERROR, CV_INGEST_ERROR_TOO_LARGE,
                  _("extraction took longer than %u s (see --timeout)"),
                  pool->timeout_s);
    else {
      /* as a code (reasons.h), rendered where the failure is reported */
      g_autofree char *wire = cv_reason_encode(why ? why : "extractor died");
      g_set_error_literal(&job->error, CV_INGEST_ERROR, CV_INGEST_ERROR_FAILED,
                          wire ? wire : (why ? why : "extractor died"));
    }
    g_free(why);
    return JOB_DONE;
  }

  gsize len = 0;
  const guint8 *p = g_bytes_get_data(reply, &len);
  if (len >= 1 + CPU_TRAILER && (p[0] == 0 || p[0] == 2))
    for (guint i = 0; i < CV_JOB_CPU_N; i++) {
      guint64 ns;
      memcpy(&ns, p + 1 + 8 * i, 8);
      job->cpu_ns[i] += GUINT64_FROM_LE(ns);
    }
  if (len >= 1 + CPU_TRAILER && p[0] == 0) {
    g_autoptr(GBytes) body =
        g_bytes_new_from_bytes(reply, 1 + CPU_TRAILER, len - 1 - CPU_TRAILER);
    job->doc = cv_ingest_document_deserialize(body, &job->error);
    return JOB_DONE;
  }
  if (len == 1 + CPU_TRAILER && p[0] == 2 && w->text_only)
    return JOB_NEEDS_OCR;
  if (len >= 5 && p[0] == 1 && len - 5 <= MAX_ERROR_MESSAGE) {
    guint32 code;
    memcpy(&code, p + 1, 4);
    code = GUINT32_FROM_LE(code);
    if (code > CV_INGEST_ERROR_FAILED)
      code = CV_INGEST_ERROR_FAILED;
    g_autofree char *msg = g_strndup((const char *)p + 5, len - 5);
    g_set_error_literal(&job->error, CV_INGEST_ERROR, (int)code,
                        g_utf8_validate(msg, -1, NULL) ? msg
                                                       : "extraction failed");
    return JOB_DONE;
  }
  proc_kill(w, NULL);
  g_set_error(&job->error, CV_INGEST_ERROR, CV_INGEST_ERROR_FAILED,
              _("malformed reply from the extractor"));
  return JOB_DONE;
}

static void
run_job(WorkerProc *text, WorkerProc *ocr, CvJob *job)
{
  CvWorkerPool *pool = text->pool;
  /* The worker stops itself between pages at timeout_s with a clean error;
   * the parent kills it if a single step overruns that by a minute.  One
   * deadline for both tries. */
  gint64 deadline = pool->timeout_s
                        ? g_get_monotonic_time() +
                              (gint64)(pool->timeout_s + 60) * G_USEC_PER_SEC
                        : 0;
  if (run_on(text, job, deadline) == JOB_NEEDS_OCR)
    run_on(ocr, job, deadline);
  g_clear_pointer(&job->bytes, g_bytes_unref);
}

static void
pool_loop(CvWorkerPool *pool, GAsyncQueue *queue)
{
  /* With --no-ocr one kind does everything. */
  WorkerProc text = { .pool = pool,
                      .pid = 0,
                      .to_child = -1,
                      .from_child = -1,
                      .text_only = !pool->options.no_ocr };
  WorkerProc ocr = {
    .pool = pool, .pid = 0, .to_child = -1, .from_child = -1, .text_only = FALSE
  };
  for (;;) {
    CvJob *job = g_async_queue_pop(queue);
    if (job == STOP_JOB)
      break;
    run_job(&text, &ocr, job);
    g_async_queue_push(pool->out, job);
  }
  proc_stop(&text);
  proc_stop(&ocr);
}

static gpointer
pool_thread(gpointer data)
{
  CvWorkerPool *pool = data;
  pool_loop(pool, pool->in);
  return NULL;
}

static gpointer
local_thread(gpointer data)
{
  CvWorkerPool *pool = data;
  pool_loop(pool, pool->local);
  return NULL;
}

/* ---- the broker's side of the pool (owner) ---- */

#define DEFAULT_IN_FLIGHT 16
#define DEFAULT_JOB_TIMEOUT_S 600
#define DEFAULT_MAX_JOB_BYTES (64ull * 1024 * 1024)
#define PUBLISH_TIMEOUT_MS 30000
/* Reconnecting: 1 s after a loss, then twice as long each time, at most
 * 30 s.  The queue's length is asked every second (for the metrics). */
#define RECONNECT_FIRST_US (1 * G_USEC_PER_SEC)
#define RECONNECT_MAX_US (30 * G_USEC_PER_SEC)
#define QUEUED_EVERY_US (1 * G_USEC_PER_SEC)

typedef struct {
  CvJob *job;
  GBytes *sealed; /* kept until answered: sent again after a reconnect */
  gboolean published;
  gint64 deadline; /* monotonic µs */
} Sent;

static void
sent_free(Sent *s)
{
  g_clear_pointer(&s->sealed, g_bytes_unref);
  g_free(s);
}

/* Seals @job's bytes, how to answer and this owner's extraction options
 * (OCR languages, no OCR, PDF password, time limit) to the workers' key. */
static GBytes *
seal_job(CvWorkerPool *pool, CvJob *job, const guint8 *id,
         const CvBoxKeys *keys, const char *reply)
{
  CvBrokerJob bj = {
    .reply = (char *)reply,
    .has_options = TRUE,
    .timeout_s = pool->timeout_s,
    .attempts = pool->broker.attempts,
    .no_ocr = pool->options.no_ocr,
    .ocr_langs = pool->ocr_langs,
    .pdf_password = pool->pdf_password,
  };
  memcpy(bj.id, id, CV_BROKER_JOB_ID_LEN);
  memcpy(bj.owner_pk, keys->pk, crypto_box_PUBLICKEYBYTES);
  gsize n = 0;
  const guint8 *data = g_bytes_get_data(job->bytes, &n);
  return cv_broker_job_seal(&bj, data, n, pool->broker.worker_pk);
}

static void
stats_add(CvWorkerPool *pool, guint64 *field, guint64 n)
{
  g_mutex_lock(&pool->stats_lock);
  *field += n;
  g_mutex_unlock(&pool->stats_lock);
}

/* Fills the job of a result (CVR1 | id | status | payload) from @plain;
 * the job's key in @sent, or NULL if the result is not one we wait for. */
static Sent *
take_result(CvWorkerPool *pool, GHashTable *sent, GBytes *plain)
{
  gsize len = 0;
  const guint8 *p = g_bytes_get_data(plain, &len);
  gsize head = CV_BROKER_MAGIC_LEN + CV_BROKER_JOB_ID_LEN + 1;
  if (len < head || memcmp(p, "CVR1", CV_BROKER_MAGIC_LEN) != 0)
    return NULL;
  char hex[CV_BROKER_JOB_ID_LEN * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, p + CV_BROKER_MAGIC_LEN, CV_BROKER_JOB_ID_LEN);
  Sent *s = g_hash_table_lookup(sent, hex);
  if (s == NULL)
    return NULL; /* a duplicate, or a job of an earlier run */
  g_hash_table_steal(sent, hex);
  CvJob *job = s->job;
  guint8 status = p[head - 1];
  guint64 *outcome = &pool->stats.failed;
  if (status == CV_BROKER_RESULT_OK) {
    g_autoptr(GBytes) body = g_bytes_new_from_bytes(plain, head, len - head);
    job->doc = cv_ingest_document_deserialize(body, &job->error);
  } else if (status == CV_BROKER_RESULT_FAILED && len >= head + 4 &&
             len - head - 4 <= MAX_ERROR_MESSAGE) {
    guint32 code;
    memcpy(&code, p + head, 4);
    code = GUINT32_FROM_LE(code);
    if (code > CV_INGEST_ERROR_FAILED)
      code = CV_INGEST_ERROR_FAILED;
    g_autofree char *msg = g_strndup((const char *)p + head + 4, len - head - 4);
    g_set_error_literal(&job->error, CV_INGEST_ERROR, (int)code,
                        g_utf8_validate(msg, -1, NULL) ? msg
                                                       : "extraction failed");
  } else if (status == CV_BROKER_RESULT_QUARANTINED && len == head + 4) {
    guint32 n;
    memcpy(&n, p + head, 4);
    n = GUINT32_FROM_LE(n);
    g_set_error(&job->error, CV_INGEST_ERROR, CV_INGEST_ERROR_FAILED,
                g_dngettext(GETTEXT_PACKAGE,
                            "quarantined: %u worker took this file and did "
                            "not come back (it died on it: a crash, its "
                            "memory cap, a kill); not tried again",
                            "quarantined: %u workers took this file and none "
                            "came back (each died on it: a crash, its memory "
                            "cap, a kill); not tried again",
                            n),
                n);
    outcome = &pool->stats.quarantined;
  } else {
    g_set_error_literal(&job->error, CV_INGEST_ERROR, CV_INGEST_ERROR_FAILED,
                        _("malformed result from a worker"));
  }
  if (job->error == NULL) {
    outcome = &pool->stats.done;
    stats_add(pool, &pool->stats.pages, cv_ingest_document_n_pages(job->doc));
  }
  stats_add(pool, outcome, 1);
  return s;
}

static CvBroker *
owner_connect(CvWorkerPool *pool, const char *reply, GError **error)
{
  g_autoptr(CvBroker) b = cv_broker_connect(pool->broker_url, error);
  if (b == NULL ||
      !cv_broker_declare(b, CV_BROKER_JOBS_QUEUE, CV_BROKER_DELIVERY_LIMIT,
                         error) ||
      !cv_broker_declare(b, reply, 0, error))
    return NULL;
  cv_broker_set_max_body(b, pool->options.max_text_bytes * 2 + RESPONSE_SLACK);
  if (!cv_broker_consume(b, reply, pool->broker.in_flight * 2, error))
    return NULL;
  return g_steal_pointer(&b);
}

/* The connection is gone: say so once per loss, and when to try again. */
static void
owner_lost(CvWorkerPool *pool, CvBroker **b, GError **down, GError *why,
           gint64 *retry_at, gint64 *backoff)
{
  g_clear_pointer(b, cv_broker_free);
  if (*down == NULL)
    g_printerr(_("caviar: lost the broker: %s; reconnecting (the files it "
                 "confirmed stay in its queue)\n"),
               why->message);
  g_clear_error(down);
  *down = g_error_copy(why);
  *retry_at = g_get_monotonic_time() + *backoff;
  *backoff = MIN(*backoff * 2, (gint64)RECONNECT_MAX_US);
  g_mutex_lock(&pool->stats_lock);
  pool->stats.connected = FALSE;
  g_mutex_unlock(&pool->stats_lock);
}

static gpointer
broker_thread(gpointer data)
{
  CvWorkerPool *pool = data;
  /* This run's key pair: results are sealed to it, and a result of an
   * earlier run (still queued) no longer opens. */
  g_autoptr(CvBoxKeys) keys = cv_box_keys_new();
  g_autofree char *reply =
      g_strconcat(CV_BROKER_RESULTS_PREFIX, pool->owner_id, NULL);
  g_autoptr(GHashTable) sent = g_hash_table_new_full(
      g_str_hash, g_str_equal, g_free, (GDestroyNotify)sent_free);
  CvBroker *b = NULL;
  g_autoptr(GError) down = NULL; /* why we are not connected */
  gint64 retry_at = 0, backoff = RECONNECT_FIRST_US, queued_at = 0;
  gboolean stopping = FALSE, ever = FALSE;
  guint in_flight = pool->broker.in_flight;

  for (;;) {
    if (stopping && g_hash_table_size(sent) == 0)
      break;
    gint64 now = g_get_monotonic_time();
    if (b == NULL && now >= retry_at) {
      g_autoptr(GError) error = NULL;
      b = owner_connect(pool, reply, &error);
      if (b == NULL) {
        if (down == NULL)
          g_printerr(_("caviar: cannot reach the broker: %s; next try in "
                       "%u s\n"),
                     error->message, (guint)(backoff / G_USEC_PER_SEC));
        else
          g_printerr(_("caviar: the broker is still unreachable: %s; next "
                       "try in %u s\n"),
                     error->message, (guint)(backoff / G_USEC_PER_SEC));
        g_clear_error(&down);
        down = g_error_copy(error);
        retry_at = now + backoff;
        backoff = MIN(backoff * 2, (gint64)RECONNECT_MAX_US);
      } else {
        /* A new connection (a broker restart, a network cut).  A job the
         * broker confirmed is on its disk (durable queue, persistent
         * message): it is delivered again, not sent again (that would
         * double the work).  A job whose confirm never came is sent now;
         * a second result is dropped by job id. */
        guint unconfirmed = 0;
        GHashTableIter again;
        gpointer v;
        g_hash_table_iter_init(&again, sent);
        while (g_hash_table_iter_next(&again, NULL, &v))
          unconfirmed += !((Sent *)v)->published;
        if (ever)
          g_printerr(_("caviar: connected to the broker again; %u files "
                       "wait on it, %u not confirmed are sent again\n"),
                     g_hash_table_size(sent) - unconfirmed, unconfirmed);
        g_mutex_lock(&pool->stats_lock);
        pool->stats.connected = TRUE;
        if (ever)
          pool->stats.reconnects++;
        g_mutex_unlock(&pool->stats_lock);
        ever = TRUE;
        backoff = RECONNECT_FIRST_US;
        g_clear_error(&down);
      }
    }
    /* New jobs while the window has room. */
    while (!stopping && g_hash_table_size(sent) < in_flight) {
      CvJob *job = g_hash_table_size(sent) == 0
                       ? g_async_queue_timeout_pop(pool->in, 100 * 1000)
                       : g_async_queue_try_pop(pool->in);
      if (job == NULL)
        break;
      if (job == STOP_JOB) {
        stopping = TRUE;
        break;
      }
      if (job->n_bytes > pool->broker.max_job_bytes) {
        stats_add(pool, &pool->stats.local, 1);
        g_async_queue_push(pool->local, job);
        continue;
      }
      guint8 id[CV_BROKER_JOB_ID_LEN];
      randombytes_buf(id, sizeof id);
      Sent *s = g_new0(Sent, 1);
      s->job = job;
      s->sealed = seal_job(pool, job, id, keys, reply);
      g_clear_pointer(&job->bytes, g_bytes_unref);
      s->deadline = g_get_monotonic_time() +
                    (gint64)pool->broker.timeout_s * G_USEC_PER_SEC;
      char hex[CV_BROKER_JOB_ID_LEN * 2 + 1];
      sodium_bin2hex(hex, sizeof hex, id, sizeof id);
      g_hash_table_insert(sent, g_strdup(hex), s);
    }
    /* Publish what is not on the broker yet. */
    GHashTableIter it;
    gpointer key, value;
    g_hash_table_iter_init(&it, sent);
    while (b != NULL && g_hash_table_iter_next(&it, &key, &value)) {
      Sent *s = value;
      if (s->published)
        continue;
      gsize n = 0;
      const void *body = g_bytes_get_data(s->sealed, &n);
      g_autoptr(GError) error = NULL;
      if (cv_broker_publish(b, CV_BROKER_JOBS_QUEUE, body, n, PUBLISH_TIMEOUT_MS,
                            pool->broker.timeout_s, &error)) {
        s->published = TRUE;
      } else if (g_error_matches(error, CV_BROKER_ERROR, CV_BROKER_ERROR_REFUSED)) {
        s->job->error = g_error_copy(error);
        stats_add(pool, &pool->stats.failed, 1);
        g_async_queue_push(pool->out, s->job);
        s->job = NULL;
        g_hash_table_iter_remove(&it);
      } else {
        owner_lost(pool, &b, &down, error, &retry_at, &backoff);
      }
    }
    /* Results (idle too: reading is what answers the broker's
     * heartbeats, so that a long-lived owner keeps its connection). */
    if (b != NULL) {
      g_autoptr(GError) error = NULL;
      g_autoptr(CvBrokerMessage) m =
          cv_broker_next(b, g_hash_table_size(sent) > 0 ? 50 : 0, &error);
      if (m != NULL) {
        g_autoptr(GError) oerr = NULL;
        g_autoptr(GBytes) plain = cv_box_open(m->body, keys, &oerr);
        Sent *s = plain != NULL ? take_result(pool, sent, plain) : NULL;
        if (s != NULL) {
          g_async_queue_push(pool->out, s->job);
          s->job = NULL;
          sent_free(s);
        }
        /* Taken, or a duplicate, or not for this run: done with it. */
        if (!cv_broker_ack(b, m->tag, &error))
          owner_lost(pool, &b, &down, error, &retry_at, &backoff);
      } else if (error != NULL && !g_error_matches(error, CV_BROKER_ERROR,
                                                   CV_BROKER_ERROR_TOO_LARGE)) {
        owner_lost(pool, &b, &down, error, &retry_at, &backoff);
      }
    } else {
      g_usleep(50 * 1000);
    }
    /* The jobs waiting on the broker, for the metrics. */
    now = g_get_monotonic_time();
    if (b != NULL && now >= queued_at) {
      g_autoptr(GError) error = NULL;
      gint64 q = cv_broker_queued(b, CV_BROKER_JOBS_QUEUE, &error);
      if (error != NULL)
        owner_lost(pool, &b, &down, error, &retry_at, &backoff);
      g_mutex_lock(&pool->stats_lock);
      pool->stats.queued = q;
      g_mutex_unlock(&pool->stats_lock);
      queued_at = now + QUEUED_EVERY_US;
    }
    /* Deadlines. */
    g_hash_table_iter_init(&it, sent);
    while (g_hash_table_iter_next(&it, &key, &value)) {
      Sent *s = value;
      if (now < s->deadline)
        continue;
      if (down != NULL)
        g_set_error(&s->job->error, CV_INGEST_ERROR, CV_INGEST_ERROR_FAILED,
                    _("no worker returned this file within %u s: %s"),
                    pool->broker.timeout_s, down->message);
      else
        g_set_error(&s->job->error, CV_INGEST_ERROR, CV_INGEST_ERROR_FAILED,
                    _("no worker returned this file within %u s (is a "
                      "'caviar worker' running on %s?)"),
                    pool->broker.timeout_s, pool->broker_url);
      stats_add(pool, &pool->stats.failed, 1);
      g_async_queue_push(pool->out, s->job);
      s->job = NULL;
      g_hash_table_iter_remove(&it);
    }
    g_mutex_lock(&pool->stats_lock);
    pool->stats.in_flight = g_hash_table_size(sent);
    g_mutex_unlock(&pool->stats_lock);
  }
  cv_broker_free(b);
  return NULL;
}

CvWorkerPool *
cv_worker_pool_new(const CvIngestOptions *options, guint n_workers,
                   guint timeout_s)
{
  return cv_worker_pool_new_full(options, n_workers, timeout_s, NULL);
}

CvWorkerPool *
cv_worker_pool_new_full(const CvIngestOptions *options, guint n_workers,
                        guint timeout_s, const CvBrokerOptions *broker)
{
  CvWorkerPool *pool = g_new0(CvWorkerPool, 1);
  pool->options = *options;
  pool->ocr_langs = g_strdup(options->ocr_langs);
  pool->pdf_password = g_strdup(options->pdf_password);
  pool->options.ocr_langs = pool->ocr_langs;
  pool->options.pdf_password = pool->pdf_password;
  if (pool->options.max_text_bytes == 0)
    pool->options.max_text_bytes = 256u * 1024 * 1024;
  pool->timeout_s = timeout_s;
  pool->exe = g_file_read_link("/proc/self/exe", NULL);
  if (pool->exe == NULL)
    pool->exe = g_strdup("caviar");
  pool->in = g_async_queue_new();
  pool->local = g_async_queue_new();
  pool->out = g_async_queue_new();
  pool->threads = g_ptr_array_new();
  g_mutex_init(&pool->stats_lock);
  /* A worker that dies must not kill us with SIGPIPE. */
  signal(SIGPIPE, SIG_IGN);
  gboolean remote = broker != NULL && broker->url != NULL;
  pool->n_local = remote && broker->only ? 0 : MAX(n_workers, 1u);
  for (guint i = 0; i < pool->n_local; i++)
    g_ptr_array_add(pool->threads,
                    g_thread_new("caviar-worker", pool_thread, pool));
  if (remote) {
    pool->broker = *broker;
    pool->broker_url = g_strdup(broker->url);
    pool->owner_id = g_strdup(broker->owner_id ? broker->owner_id : "default");
    pool->broker.url = pool->broker_url;
    pool->broker.owner_id = pool->owner_id;
    if (pool->broker.in_flight == 0)
      pool->broker.in_flight = DEFAULT_IN_FLIGHT;
    if (pool->broker.timeout_s == 0)
      pool->broker.timeout_s = DEFAULT_JOB_TIMEOUT_S;
    if (pool->broker.max_job_bytes == 0)
      pool->broker.max_job_bytes = DEFAULT_MAX_JOB_BYTES;
    if (pool->broker.attempts == 0)
      pool->broker.attempts = CV_BROKER_DEFAULT_ATTEMPTS;
    pool->stats.enabled = TRUE;
    pool->stats.queued = -1;
    /* one local worker for files over the broker's cap (started on the
     * first such file), and the thread that talks to the broker */
    g_ptr_array_add(pool->threads,
                    g_thread_new("caviar-large", local_thread, pool));
    g_ptr_array_add(pool->threads,
                    g_thread_new("caviar-broker", broker_thread, pool));
  }
  return pool;
}

guint
cv_worker_pool_capacity(CvWorkerPool *pool)
{
  return 2 * pool->n_local + (pool->broker_url ? pool->broker.in_flight : 0);
}

void
cv_worker_pool_broker_stats(CvWorkerPool *pool, CvBrokerStats *st)
{
  g_mutex_lock(&pool->stats_lock);
  *st = pool->stats;
  g_mutex_unlock(&pool->stats_lock);
}

void
cv_worker_pool_push(CvWorkerPool *pool, CvJob *job)
{
  g_async_queue_push(pool->in, job);
}

CvJob *
cv_worker_pool_pop(CvWorkerPool *pool)
{
  return g_async_queue_pop(pool->out);
}

CvJob *
cv_worker_pool_try_pop(CvWorkerPool *pool)
{
  return g_async_queue_try_pop(pool->out);
}

void
cv_worker_pool_free(CvWorkerPool *pool)
{
  if (pool == NULL)
    return;
  /* one stop per thread on @in (the local ones, the broker's), one for
   * the thread of large files */
  for (guint i = 0; i < pool->n_local; i++)
    g_async_queue_push(pool->in, (gpointer)STOP_JOB);
  if (pool->broker_url != NULL) {
    g_async_queue_push(pool->in, (gpointer)STOP_JOB);
    g_async_queue_push(pool->local, (gpointer)STOP_JOB);
  }
  for (guint i = 0; i < pool->threads->len; i++)
    g_thread_join(g_ptr_array_index(pool->threads, i));
  g_ptr_array_unref(pool->threads);
  CvJob *job;
  while ((job = g_async_queue_try_pop(pool->out)) != NULL)
    cv_job_free(job);
  g_async_queue_unref(pool->in);
  g_async_queue_unref(pool->local);
  g_async_queue_unref(pool->out);
  g_free(pool->broker_url);
  g_free(pool->owner_id);
  g_mutex_clear(&pool->stats_lock);
  g_free(pool->ocr_langs);
  if (pool->pdf_password)
    sodium_memzero(pool->pdf_password, strlen(pool->pdf_password));
  g_free(pool->pdf_password);
  g_free(pool->exe);
  g_free(pool);
}

/* ---- child side: `caviar extract-worker` ---- */

/* The worker's stderr is /dev/null, and GLib's default log writer makes
 * system calls the sandbox forbids (it looks up the locale's charset in a
 * file, asks whether stderr is the journal's socket): messages of the
 * libraries (GLib's "cannot set scheduler settings", Poppler's warnings)
 * are dropped here.  They could quote document content anyway. */
/* SIGXCPU: the file's CPU time is up.  A handler, because the worker is
 * init of its PID namespace, where the default action does not apply. */
static void
on_sigxcpu(int sig)
{
  _exit(WORKER_EXIT_CPU);
}

static GLogWriterOutput
worker_log_writer(GLogLevelFlags level, const GLogField *fields, gsize n_fields,
                  gpointer user_data)
{
  return G_LOG_WRITER_HANDLED;
}

/* The reason goes as a code and values (reasons.h): this process has no
 * catalogue, the parent renders it in its language. */
static gboolean
send_error(int fd, const GError *error)
{
  guint32 code = GUINT32_TO_LE(error->domain == CV_INGEST_ERROR
                                   ? (guint32)error->code
                                   : (guint32)CV_INGEST_ERROR_FAILED);
  g_autofree char *wire = cv_reason_encode(error->message);
  const char *message = wire ? wire : error->message;
  gsize mlen = MIN(strlen(message), (gsize)MAX_ERROR_MESSAGE);
  g_autoptr(GByteArray) out = g_byte_array_new();
  guint8 status = 1;
  g_byte_array_append(out, &status, 1);
  g_byte_array_append(out, (const guint8 *)&code, 4);
  g_byte_array_append(out, (const guint8 *)message, (guint)mlen);
  return write_frame(fd, out->data, out->len, 0, NULL);
}

/* Per-page progress of an OCR document, to the parent (status 3): from
 * the OCR threads, one frame at a time. */
typedef struct {
  int fd;
  GMutex lock;
} ProgressOut;

static void
send_progress(guint done, guint total, gpointer data)
{
  ProgressOut *p = data;
  guint8 frame[9];
  guint32 d = GUINT32_TO_LE(done), t = GUINT32_TO_LE(total);
  frame[0] = 3;
  memcpy(frame + 1, &d, 4);
  memcpy(frame + 5, &t, 4);
  g_mutex_lock(&p->lock);
  write_frame(p->fd, frame, sizeof frame, 0, NULL);
  g_mutex_unlock(&p->lock);
}

/* CPU time of the whole worker (every thread), in ns. */
static gint64
process_cpu_ns(void)
{
  struct timespec ts;
  if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts) != 0)
    return 0;
  return (gint64)ts.tv_sec * G_GINT64_CONSTANT(1000000000) + ts.tv_nsec;
}

/* Writes the CPU_TRAILER of a file that took @total_ns: detection and OCR
 * as the extractor counted them, the rest is reading. */
static void
cpu_trailer(CvExtractor *ex, gint64 total_ns, guint8 *out)
{
  guint64 v[CV_JOB_CPU_N];
  cv_ingest_extractor_take_cpu(ex, &v[CV_JOB_CPU_DETECT], &v[CV_JOB_CPU_OCR]);
  guint64 total = (guint64)MAX(total_ns, 0);
  guint64 known = v[CV_JOB_CPU_DETECT] + v[CV_JOB_CPU_OCR];
  v[CV_JOB_CPU_EXTRACT] = total > known ? total - known : 0;
  for (guint i = 0; i < CV_JOB_CPU_N; i++) {
    guint64 le = GUINT64_TO_LE(v[i]);
    memcpy(out + 8 * i, &le, 8);
  }
}

int
cv_cmd_extract_worker(int argc, char **argv)
{
  if (argc != 1 || isatty(STDIN_FILENO)) {
    fprintf(stderr, _("caviar extract-worker: internal command, started by "
                      "'caviar ingest'\n"));
    return CV_EXIT_USAGE;
  }
  /* Keep the protocol on a private descriptor (3): libraries that print
   * to stdout must not corrupt it.  Then close everything inherited but
   * the pipes (0 in, 3 out) and stderr (/dev/null, set by the parent). */
  if (dup2(STDOUT_FILENO, WORKER_OUT_FD) != WORKER_OUT_FD)
    return CV_EXIT_FAIL;
  cv_sandbox_close_from(WORKER_OUT_FD + 1);
#ifdef CV_SANDBOX_TEST_HOOK
  pid_t parent = getppid(); /* caviar's, as seen before the PID namespace */
#endif
  cv_sandbox_enter_pid_namespace();
  cv_sandbox_prepare();
  int out_fd = WORKER_OUT_FD;
  fcntl(out_fd, F_SETFD, FD_CLOEXEC);
  int devnull = open("/dev/null", O_WRONLY | O_CLOEXEC);
  if (devnull < 0 || dup2(devnull, STDOUT_FILENO) < 0)
    return CV_EXIT_FAIL;
  close(devnull);
  int in_fd = STDIN_FILENO;

  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) opt_bytes = read_frame(in_fd, MAX_OPTIONS_FRAME, 0, &error);
  if (opt_bytes == NULL)
    return CV_EXIT_FAIL;
  g_autoptr(GVariant) opts = g_variant_ref_sink(g_variant_new_from_bytes(
      G_VARIANT_TYPE(OPTIONS_TYPE), opt_bytes, FALSE));
  if (!g_variant_is_normal_form(opts))
    return CV_EXIT_FAIL;
  const char *langs, *password;
  CvIngestOptions o = { 0 };
  guint64 max_text = 0;
  gboolean text_only = FALSE;
  g_variant_get(opts, OPTIONS_TYPE, &langs, &password, &o.ocr_dpi,
                &o.ocr_threads, &o.ocr_page_timeout_s, &o.max_bytes,
                &o.max_pages, &o.max_page_pixels, &max_text, &o.no_ocr,
                &o.timeout_s, &text_only);
  /* g_variant_get with "s" duplicates: take ownership. */
  g_autofree char *langs_owned = (char *)langs;
  g_autofree char *password_owned = (char *)password;
  o.ocr_langs = *langs ? langs : NULL;
  o.pdf_password = *password ? password : NULL;
  o.max_text_bytes = (gsize)max_text;
  guint cpu_budget_s = 0; /* per file; 0: none */
  if (o.timeout_s == 0)
    o.timeout_s = 365u * 86400; /* --timeout 0: no limit worth the name */
  else
    cpu_budget_s = (o.timeout_s + 60) * (MAX(o.ocr_threads, 1u) + 1);

  g_autoptr(CvExtractor) ex = cv_ingest_extractor_new(&o, &error);
  if (password_owned)
    sodium_memzero(password_owned, strlen(password_owned));
  if (ex == NULL)
    return CV_EXIT_FAIL;

  /* Tesseract opens its message sink on first use, and everything the
   * readers would load lazily (models, Poppler data, charsets, fonts) is
   * loaded now: after confinement there is no file system. */
  g_log_set_writer_func(worker_log_writer, NULL, NULL);
  signal(SIGXCPU, on_sigxcpu);
  g_get_charset(NULL); /* GLib reads charset.alias once, then caches */
  cv_ocr_process_init();
  if (text_only)
    cv_ingest_extractor_defer_ocr(ex);
  ProgressOut progress = { out_fd };
  g_mutex_init(&progress.lock);
  if (!text_only)
    cv_ingest_extractor_set_progress(ex, send_progress, &progress);
  cv_ingest_extractor_preload(ex);
  guint64 warm_detect, warm_ocr; /* preloading is no file's */
  cv_ingest_extractor_take_cpu(ex, &warm_detect, &warm_ocr);

  /* From here on the bytes are hostile.  8 GiB of address space leaves room
   * for a 300-DPI A0 page and the OCR models, not for a decompression bomb. */
  CvSandboxLimits limits = { 0 };
#if !defined(__SANITIZE_ADDRESS__)
  /* (AddressSanitizer reserves terabytes of shadow address space.) */
  limits.max_address_space = 8ull << 30;
#endif
  limits.max_open_files = 64;
  g_autoptr(GError) serr = NULL;
  if (!cv_sandbox_enter(&limits, NULL, &serr))
    return WORKER_EXIT_NO_SANDBOX;

  gsize max_in = o.max_bytes ? o.max_bytes : 512u * 1024 * 1024;
  for (;;) {
    g_autoptr(GError) ferr = NULL;
    g_autoptr(GBytes) input = read_frame(in_fd, max_in, 0, &ferr);
    if (input == NULL)
      break; /* EOF: the parent is done with us */
    if (cpu_budget_s > 0) {
      /* CPU time for this file (all threads): SIGXCPU ends the worker. */
      struct rusage ru;
      struct rlimit cpu = { RLIM_INFINITY, RLIM_INFINITY };
      if (getrusage(RUSAGE_SELF, &ru) == 0) {
        cpu.rlim_cur =
            (rlim_t)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec + 1 + cpu_budget_s);
        setrlimit(RLIMIT_CPU, &cpu);
      }
    }
#ifdef CV_SANDBOX_TEST_HOOK
    if (cv_sandbox_test_attack(input, out_fd, parent))
      continue;
#endif
    gint64 cpu0 = process_cpu_ns();
    g_autoptr(CvDocument) doc = cv_ingest_extract(ex, input, &ferr);
    g_clear_pointer(&input, g_bytes_unref);
    guint8 head[1 + CPU_TRAILER];
    cpu_trailer(ex, process_cpu_ns() - cpu0, head + 1);
    gboolean ok;
    if (cv_ingest_extractor_needs_ocr(ex)) {
      /* Left to an OCR worker; whatever was read is dropped. */
      head[0] = 2;
      ok = write_frame(out_fd, head, sizeof head, 0, NULL);
    } else if (doc == NULL) {
      ok = send_error(out_fd, ferr);
    } else {
      g_autoptr(GBytes) ser = cv_ingest_document_serialize(doc);
      gsize len = 0;
      const guint8 *data = g_bytes_get_data(ser, &len);
      g_autoptr(GByteArray) frame =
          g_byte_array_sized_new((guint)len + sizeof head);
      head[0] = 0;
      g_byte_array_append(frame, head, sizeof head);
      g_byte_array_append(frame, data, (guint)len);
      ok = write_frame(out_fd, frame->data, frame->len, 0, NULL);
      sodium_memzero(frame->data, frame->len);
    }
    if (!ok)
      break;
  }
  close(out_fd);
  return CV_EXIT_OK;
}
