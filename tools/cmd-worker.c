/* cmd-worker.c — `caviar worker`: extraction for a store owner on another
 * machine, through a RabbitMQ broker; and `caviar key worker-keys`, the key
 * pair jobs are sealed to.
 *
 * A worker holds no store and no store key: it takes sealed jobs from the
 * durable queue caviar.jobs, opens them with its secret key, runs the
 * file's bytes through the same sandboxed extractor processes as local
 * ingest (the CvWorkerPool of workers.c), seals the serialized document to
 * the owner's public key named in the job, publishes it to the job's reply
 * queue and acknowledges the job only once the broker confirmed the
 * result: a worker killed at any point leaves the job to another one (the
 * owner drops a second result by job id).
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/signalfd.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <sodium.h>

#include "broker.h"
#include "cli.h"
#include "reasons.h"
#include "workers.h"

#define RESULT_TIMEOUT_MS 60000
#define JOB_OVERHEAD                                                           \
  (crypto_box_SEALBYTES + CV_BROKER_MAGIC_LEN + CV_BROKER_JOB_ID_LEN +         \
   crypto_box_PUBLICKEYBYTES + 1 + 255)

int
cv_cmd_worker_keys(CvCli *cli, int argc, char **argv)
{
  char *out = NULL;
  gboolean force = FALSE;
  g_autoptr(CvBoxKeys) keys = NULL;
  g_autoptr(GError) error = NULL;
  GOptionEntry entries[] = {
    { "out", 'o', 0, G_OPTION_ARG_FILENAME, &out,
      N_("Where to write the key pair (mode 0600); the public half goes to "
         "FILE.pub"),
      "FILE" },
    { "force", 0, 0, G_OPTION_ARG_NONE, &force, N_("Replace an existing FILE"),
      NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) ctx = g_option_context_new("worker-keys");
  g_option_context_set_summary(
      ctx,
      N_("Makes the X25519 key pair of `caviar worker`s: give FILE to the\n"
         "workers (systemd LoadCredential=worker-key:FILE), the public key\n"
         "(printed, and in FILE.pub) to the store owner (--worker-public-key\n"
         "or $CAVIAR_WORKER_PUBLIC_KEY).  Jobs are sealed to it: the broker\n"
         "and anyone without FILE see only ciphertext."));
  g_option_context_add_main_entries(ctx, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain(ctx, GETTEXT_PACKAGE);
  int ret = CV_EXIT_USAGE;
  if (!cv_cli_parse(cli, ctx, &argc, &argv))
    goto out;
  if (out == NULL || argc != 2) {
    fprintf(cli->err, "%s\n", _("caviar key worker-keys: --out FILE is needed"));
    goto out;
  }
  if (!force && g_file_test(out, G_FILE_TEST_EXISTS)) {
    fprintf(cli->err, _("caviar key: %s exists (--force replaces it)\n"), out);
    ret = CV_EXIT_FAIL;
    goto out;
  }
  ret = CV_EXIT_FAIL;
  keys = cv_box_keys_new();
  if (!cv_box_keys_save(keys, out, &error)) {
    fprintf(cli->err, "caviar key: %s\n", error->message);
    goto out;
  }
  char hex[crypto_box_PUBLICKEYBYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, keys->pk, sizeof keys->pk);
  fprintf(cli->out, "%s\n", hex);
  ret = CV_EXIT_OK;
out:
  g_free(out);
  return ret;
}

/* What a worker keeps about a job being extracted. */
typedef struct {
  guint64 tag;
  guint conn; /* the connection it came on (its tag means nothing on another) */
  guint8 id[CV_BROKER_JOB_ID_LEN];
  guint8 owner_pk[crypto_box_PUBLICKEYBYTES];
  char *reply;
  gint64 started;
  guint delivery;       /* 1: first */
  gboolean quarantined; /* not tried: too many workers died on it */
  struct _Pool *pool;   /* where it runs (NULL: quarantined) */
} Task;

static void
task_free(gpointer data)
{
  Task *t = data;
  g_free(t->reply);
  g_free(t);
}

/* Extractor pools by the owner's options (OCR languages, no OCR, PDF
 * password, time limit): the options go to the extractor processes when
 * they start.  An owner has one set; a few are kept. */
typedef struct _Pool {
  char *key; /* the options, the password as a hash */
  CvWorkerPool *pool;
  guint busy;
  gint64 used;
} Pool;
#define MAX_IDLE_POOLS 4

static void
pool_free(gpointer data)
{
  Pool *p = data;
  cv_worker_pool_free(p->pool);
  g_free(p->key);
  g_free(p);
}

/* Tesseract language names: letters, digits, _ and + between them. */
static gboolean
langs_ok(const char *langs)
{
  if (langs == NULL)
    return TRUE;
  if (*langs == '\0' || strlen(langs) > 128)
    return FALSE;
  for (const char *c = langs; *c; c++)
    if (!g_ascii_isalnum(*c) && *c != '_' && *c != '+')
      return FALSE;
  return TRUE;
}

typedef struct {
  CvIngestOptions base; /* the worker's own options */
  guint timeout_s;
  guint jobs;
  GPtrArray *pools; /* Pool */
} Pools;

/* The pool for @job's options, made on first use. */
static Pool *
pool_for(Pools *ps, const CvBrokerJob *job)
{
  CvIngestOptions io = ps->base;
  guint timeout_s = ps->timeout_s;
  if (job->has_options) {
    if (job->ocr_langs != NULL)
      io.ocr_langs = job->ocr_langs;
    io.no_ocr = io.no_ocr || job->no_ocr;
    io.pdf_password = job->pdf_password;
    /* the owner's limit, unless ours is shorter */
    if (job->timeout_s > 0 && (timeout_s == 0 || job->timeout_s < timeout_s))
      timeout_s = job->timeout_s;
  }
  char pw[crypto_generichash_BYTES * 2 + 1] = "";
  if (io.pdf_password != NULL) {
    guint8 h[crypto_generichash_BYTES];
    crypto_generichash(h, sizeof h, (const guint8 *)io.pdf_password,
                       strlen(io.pdf_password), NULL, 0);
    sodium_bin2hex(pw, sizeof pw, h, sizeof h);
  }
  g_autofree char *key = g_strdup_printf(
      "%s|%d|%u|%s", io.ocr_langs ? io.ocr_langs : "", io.no_ocr, timeout_s, pw);
  Pool *idle = NULL;
  guint n_idle = 0;
  for (guint i = 0; i < ps->pools->len; i++) {
    Pool *p = g_ptr_array_index(ps->pools, i);
    if (g_str_equal(p->key, key)) {
      p->used = g_get_monotonic_time();
      return p;
    }
    if (p->busy == 0) {
      n_idle++;
      if (idle == NULL || p->used < idle->used)
        idle = p;
    }
  }
  if (n_idle >= MAX_IDLE_POOLS)
    g_ptr_array_remove(ps->pools, idle);
  Pool *p = g_new0(Pool, 1);
  p->key = g_steal_pointer(&key);
  p->pool = cv_worker_pool_new(&io, ps->jobs, timeout_s);
  p->used = g_get_monotonic_time();
  g_ptr_array_add(ps->pools, p);
  return p;
}

/* Result plaintext: CVR1 | id | status | payload (wiped by the caller). */
static GByteArray *
result_plain(const Task *t, CvJob *job)
{
  GByteArray *out = g_byte_array_new();
  g_byte_array_append(out, (const guint8 *)"CVR1", CV_BROKER_MAGIC_LEN);
  g_byte_array_append(out, t->id, CV_BROKER_JOB_ID_LEN);
  if (t->quarantined) {
    guint8 status = CV_BROKER_RESULT_QUARANTINED;
    guint32 n = GUINT32_TO_LE(t->delivery - 1);
    g_byte_array_append(out, &status, 1);
    g_byte_array_append(out, (const guint8 *)&n, 4);
  } else if (job->doc != NULL) {
    guint8 status = CV_BROKER_RESULT_OK;
    g_autoptr(GBytes) ser = cv_ingest_document_serialize(job->doc);
    gsize n = 0;
    const guint8 *data = g_bytes_get_data(ser, &n);
    g_byte_array_append(out, &status, 1);
    g_byte_array_append(out, data, (guint)n);
  } else {
    guint8 status = CV_BROKER_RESULT_FAILED;
    guint32 code =
        GUINT32_TO_LE(job->error != NULL && job->error->domain == CV_INGEST_ERROR
                          ? (guint32)job->error->code
                          : (guint32)CV_INGEST_ERROR_FAILED);
    const char *msg = job->error ? job->error->message : "extraction failed";
    g_byte_array_append(out, &status, 1);
    g_byte_array_append(out, (const guint8 *)&code, 4);
    g_byte_array_append(out, (const guint8 *)msg, (guint)MIN(strlen(msg), 4096u));
  }
  return out;
}

/* Opens and checks a job: a CvJob and its Task, or NULL.  A job that
 * came back more often than its owner allows is not run: its Task is
 * marked quarantined and the CvJob has no bytes. */
static CvJob *
open_job(CvBrokerMessage *m, const CvBoxKeys *keys, Pools *ps, guint conn,
         Task **task, GError **error)
{
  g_autoptr(GBytes) plain = cv_box_open(m->body, keys, error);
  if (plain == NULL)
    return NULL;
  CvBrokerJob bj;
  g_autoptr(GBytes) file = cv_broker_job_parse(plain, &bj, error);
  if (file == NULL)
    return NULL;
  if (!langs_ok(bj.ocr_langs)) {
    cv_broker_job_clear(&bj);
    g_set_error(error, CV_BROKER_ERROR, CV_BROKER_ERROR_PROTOCOL,
                _("a job with invalid OCR languages"));
    return NULL;
  }
  Task *t = g_new0(Task, 1);
  t->tag = m->tag;
  t->conn = conn;
  t->delivery = m->delivery_count + 1;
  if (t->delivery == 1 && m->redelivered)
    t->delivery = 2; /* a classic queue: no count, only the flag */
  memcpy(t->id, bj.id, CV_BROKER_JOB_ID_LEN);
  memcpy(t->owner_pk, bj.owner_pk, crypto_box_PUBLICKEYBYTES);
  t->reply = g_steal_pointer(&bj.reply);
  t->started = g_get_monotonic_time();
  /* attempts deliveries were taken by workers that never answered */
  t->quarantined = m->delivery_count >= bj.attempts;
  CvJob *job = g_new0(CvJob, 1);
  char hex[CV_BROKER_JOB_ID_LEN * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, t->id, CV_BROKER_JOB_ID_LEN);
  job->path = g_strdup(hex);
  if (!t->quarantined) {
    job->n_bytes = g_bytes_get_size(file);
    job->bytes = g_steal_pointer(&file);
    t->pool = pool_for(ps, &bj);
  }
  cv_broker_job_clear(&bj);
  job->user_data = t;
  *task = t;
  return job;
}

/* Seals and publishes @job's result, then acks its job (if it came on
 * this connection: else the broker has already given it back, and the
 * owner drops the second result).  FALSE when the connection is lost. */
static gboolean
answer(CvCli *cli, CvBroker *b, guint conn, CvJob *job, GError **error)
{
  Task *t = job->user_data;
  g_autoptr(GByteArray) plain = result_plain(t, job);
  g_autoptr(GBytes) sealed = cv_box_seal(plain->data, plain->len, t->owner_pk);
  sodium_memzero(plain->data, plain->len);
  gsize n = 0;
  const void *body = g_bytes_get_data(sealed, &n);
  g_autoptr(GError) local = NULL;
  gint64 us = MAX(g_get_monotonic_time() - t->started, 1);
  guint ms = (guint)MIN(us / 1000, (gint64)G_MAXUINT);
  gboolean ours = t->conn == conn;
  if (!cv_broker_publish(b, t->reply, body, n, RESULT_TIMEOUT_MS, 0, &local)) {
    if (!g_error_matches(local, CV_BROKER_ERROR, CV_BROKER_ERROR_REFUSED)) {
      g_propagate_error(error, g_steal_pointer(&local));
      return FALSE;
    }
    /* The owner's queue is gone: nobody waits for this result. */
    fprintf(cli->err, "caviar worker: job %s: %s (dropped)\n", job->path,
            local->message);
    return !ours || cv_broker_reject(b, t->tag, FALSE, error);
  }
  if (ours && !cv_broker_ack(b, t->tag, error))
    return FALSE;
  /* the job id only: no name, no content */
  const char *again = t->delivery > 1 ? _(" (delivered again)") : "";
  if (t->quarantined)
    fprintf(cli->err,
            _("caviar worker: job %s: quarantined, delivery %u: the workers "
              "that took it before died on it; the owner is told, the file "
              "is not tried again\n"),
            job->path, t->delivery);
  else if (job->doc != NULL)
    fprintf(cli->err,
            _("caviar worker: job %s: %u pages, %u ms, %.2f pages/s%s\n"),
            job->path, cv_ingest_document_n_pages(job->doc), ms,
            cv_ingest_document_n_pages(job->doc) * 1e6 / (double)us, again);
  else {
    g_autofree char *why =
        cv_reason_render(job->error ? job->error->message : "?");
    fprintf(cli->err, _("caviar worker: job %s: failed (%s), %u ms%s\n"),
            job->path, why, ms, again);
  }
  return TRUE;
}

/* Connects, declares and consumes the jobs queue. */
static CvBroker *
worker_connect(const char *url, guint jobs, gint64 max_bytes, GError **error)
{
  g_autoptr(CvBroker) b = cv_broker_connect(url, error);
  if (b == NULL || !cv_broker_declare(b, CV_BROKER_JOBS_QUEUE,
                                      CV_BROKER_DELIVERY_LIMIT, error))
    return NULL;
  cv_broker_set_max_body(b, (gsize)max_bytes + JOB_OVERHEAD);
  if (!cv_broker_consume(b, CV_BROKER_JOBS_QUEUE, jobs, error))
    return NULL;
  return g_steal_pointer(&b);
}

#define RECONNECT_FIRST_US (1 * G_USEC_PER_SEC)
#define RECONNECT_MAX_US (30 * G_USEC_PER_SEC)

int
cv_cmd_worker(CvCli *cli, int argc, char **argv)
{
  char *url = NULL, *key_file = NULL, *ocr_lang = NULL;
  int jobs = 1, timeout_s = CV_INGEST_DEFAULT_TIMEOUT;
  gboolean no_ocr = FALSE;
  gint64 max_bytes = CV_INGEST_DEFAULT_MAX_BYTES;
  GOptionEntry entries[] = {
    { "broker", 0, 0, G_OPTION_ARG_STRING, &url,
      N_("amqp:// or amqps:// URL (default $CAVIAR_BROKER)"), "URL" },
    { "worker-key", 0, 0, G_OPTION_ARG_FILENAME, &key_file,
      N_("Key pair file from 'caviar key worker-keys' (default "
         "$CAVIAR_WORKER_KEY "
         "or the credential worker-key)"),
      "FILE" },
    { "jobs", 'j', 0, G_OPTION_ARG_INT, &jobs,
      N_("Files extracted in parallel (default 1)"), "N" },
    { "ocr-lang", 0, 0, G_OPTION_ARG_STRING, &ocr_lang,
      N_("Tesseract languages when the owner names none (default fra+eng)"),
      "LANGS" },
    { "no-ocr", 0, 0, G_OPTION_ARG_NONE, &no_ocr,
      N_("Never run OCR (scans and images then fail)"), NULL },
    { "timeout", 0, 0, G_OPTION_ARG_INT, &timeout_s,
      N_("Seconds allowed to extract one file (default 1800, 0: none; the "
         "owner's limit if shorter)"),
      "S" },
    { "max-bytes", 0, 0, G_OPTION_ARG_INT64, &max_bytes,
      N_("Largest file accepted, in bytes (default 512 MiB)"), "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) ctx = g_option_context_new(NULL);
  g_option_context_set_summary(
      ctx,
      N_("Extracts files for a store owner: takes sealed jobs from the "
         "broker's\n"
         "queue caviar.jobs, runs them in the same sandboxed extractor "
         "processes\n"
         "as 'caviar ingest', with the owner's OCR languages and limits, and\n"
         "returns each document sealed to the owner.\n"
         "No store, no store key.  The broker's password comes from\n"
         "$CAVIAR_BROKER_PASSWORD, $CAVIAR_BROKER_PASSWORD_FILE or the\n"
         "credential broker-password, never from the command line.  Start and\n"
         "stop workers at any time: a job is acknowledged only once its "
         "result\n"
         "is on the broker.  A lost broker is reached again (every 1 to 30 "
         "s)."));
  g_option_context_add_main_entries(ctx, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain(ctx, GETTEXT_PACKAGE);
  int ret = CV_EXIT_USAGE;
  CvBroker *b = NULL;
  Pools ps = { 0 };
  g_autoptr(GHashTable) tasks = NULL;
  GQueue ready = G_QUEUE_INIT; /* finished, not answered (no connection) */
  int sfd = -1;
  g_autoptr(GError) error = NULL;
  g_autoptr(CvBoxKeys) keys = NULL;
  if (!cv_cli_parse(cli, ctx, &argc, &argv) ||
      !cv_cli_no_operands(cli, argc, argv))
    goto out;
  if (url == NULL && g_getenv("CAVIAR_BROKER") != NULL)
    url = g_strdup(g_getenv("CAVIAR_BROKER"));
  if (key_file == NULL && g_getenv("CAVIAR_WORKER_KEY") != NULL)
    key_file = g_strdup(g_getenv("CAVIAR_WORKER_KEY"));
  if (key_file == NULL && g_getenv("CREDENTIALS_DIRECTORY") != NULL)
    key_file =
        g_build_filename(g_getenv("CREDENTIALS_DIRECTORY"), "worker-key", NULL);
  if (url == NULL || key_file == NULL) {
    fprintf(cli->err, "%s\n",
            _("caviar worker: --broker URL (or $CAVIAR_BROKER) and "
              "--worker-key FILE are needed"));
    goto out;
  }
  if (jobs < 1 || jobs > 256 || timeout_s < 0 || max_bytes <= 0 ||
      !langs_ok(ocr_lang)) {
    fprintf(cli->err, "%s\n",
            _("caviar worker: --jobs, --timeout and --max-bytes need "
              "sensible positive values"));
    goto out;
  }
  ret = CV_EXIT_FAIL;
  keys = cv_box_keys_load(key_file, &error);
  if (keys == NULL) {
    fprintf(cli->err, "caviar worker: %s\n", error->message);
    goto out;
  }
  /* The first connection must work (a wrong URL or password is told at
   * once); later losses are waited out. */
  b = worker_connect(url, (guint)jobs, max_bytes, &error);
  if (b == NULL) {
    fprintf(cli->err, "caviar worker: %s\n", error->message);
    goto out;
  }
  /* SIGTERM / SIGINT: stop (jobs not answered go back to the queue). */
  sigset_t mask;
  sigemptyset(&mask);
  sigaddset(&mask, SIGTERM);
  sigaddset(&mask, SIGINT);
  pthread_sigmask(SIG_BLOCK, &mask, NULL);
  sfd = signalfd(-1, &mask, SFD_CLOEXEC | SFD_NONBLOCK);

  ps.base = (CvIngestOptions){ .ocr_langs = ocr_lang,
                               .no_ocr = no_ocr,
                               .ocr_threads = 1,
                               .max_bytes = (guint64)max_bytes };
  ps.timeout_s = (guint)timeout_s;
  ps.jobs = (guint)jobs;
  ps.pools = g_ptr_array_new_with_free_func(pool_free);
  tasks = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, task_free);
  fprintf(cli->err, _("caviar worker: waiting for jobs on %s\n"),
          cv_broker_url(b));
  guint conn = 1;
  gint64 retry_at = 0, backoff = RECONNECT_FIRST_US;
  for (;;) {
    struct signalfd_siginfo si;
    if (sfd >= 0 && read(sfd, &si, sizeof si) == (ssize_t)sizeof si) {
      fprintf(cli->err, "%s\n",
              _("caviar worker: stopping; jobs not answered go back to the "
                "queue"));
      ret = CV_EXIT_OK;
      break;
    }
    if (b == NULL && g_get_monotonic_time() >= retry_at) {
      b = worker_connect(url, (guint)jobs, max_bytes, &error);
      if (b != NULL) {
        conn++;
        backoff = RECONNECT_FIRST_US;
        fprintf(cli->err,
                _("caviar worker: connected to %s again; waiting for jobs\n"),
                cv_broker_url(b));
      } else {
        fprintf(cli->err,
                _("caviar worker: the broker is still unreachable: %s; next "
                  "try in %u s\n"),
                error->message, (guint)(backoff / G_USEC_PER_SEC));
        g_clear_error(&error);
        retry_at = g_get_monotonic_time() + backoff;
        backoff = MIN(backoff * 2, (gint64)RECONNECT_MAX_US);
      }
    }
    g_autoptr(CvBrokerMessage) m = NULL;
    if (b != NULL)
      m = cv_broker_next(b, g_hash_table_size(tasks) > 0 ? 20 : 200, &error);
    else
      g_usleep(100 * 1000);
    if (m == NULL && error != NULL &&
        g_error_matches(error, CV_BROKER_ERROR, CV_BROKER_ERROR_TOO_LARGE)) {
      fprintf(cli->err, "caviar worker: %s\n", error->message);
      g_clear_error(&error);
    }
    if (m != NULL) {
      Task *t = NULL;
      g_autoptr(GError) jerr = NULL;
      CvJob *job = open_job(m, keys, &ps, conn, &t, &jerr);
      if (job == NULL &&
          g_error_matches(jerr, CV_BROKER_ERROR, CV_BROKER_ERROR_KEY)) {
        /* Not ours to read: give it back for a worker with the right key,
         * and stop rather than take every job. */
        fprintf(cli->err,
                _("caviar worker: a job is not sealed to the key of %s: is it "
                  "the key pair whose public half the owner uses? Stopping.\n"),
                key_file);
        cv_broker_reject(b, m->tag, TRUE, NULL);
        break;
      }
      if (job == NULL) {
        fprintf(cli->err, "caviar worker: %s (dropped)\n", jerr->message);
        cv_broker_reject(b, m->tag, FALSE, &error);
      } else {
        g_hash_table_insert(tasks, t, t);
        if (t->quarantined) {
          g_queue_push_tail(&ready, job);
        } else {
          /* before the work: the job id and its delivery, no name */
          fprintf(cli->err, _("caviar worker: job %s: started, delivery %u\n"),
                  job->path, t->delivery);
          t->pool->busy++;
          cv_worker_pool_push(t->pool->pool, job);
        }
      }
    }
    for (guint i = 0; i < ps.pools->len; i++) {
      Pool *p = g_ptr_array_index(ps.pools, i);
      CvJob *done;
      while ((done = cv_worker_pool_try_pop(p->pool)) != NULL) {
        p->busy--;
        g_queue_push_tail(&ready, done);
      }
    }
    CvJob *done;
    while (b != NULL && error == NULL &&
           (done = g_queue_pop_head(&ready)) != NULL) {
      gboolean sent = answer(cli, b, conn, done, &error);
      if (!sent) {
        g_queue_push_head(&ready, done); /* answered on the next connection */
        break;
      }
      g_hash_table_remove(tasks, done->user_data);
      done->user_data = NULL;
      cv_job_free(done);
    }
    if (b != NULL && error != NULL) {
      /* Jobs being extracted go on: their results are published on the
       * next connection, and the broker gives their jobs again (to us or
       * another worker): the owner keeps the first result. */
      fprintf(cli->err,
              _("caviar worker: lost the broker: %s; reconnecting (the jobs "
                "in hand go back to the queue)\n"),
              error->message);
      g_clear_error(&error);
      g_clear_pointer(&b, cv_broker_free);
      retry_at = g_get_monotonic_time() + backoff;
      backoff = MIN(backoff * 2, (gint64)RECONNECT_MAX_US);
    }
  }
out:
  /* Unanswered jobs: the broker gives them to another worker once our
   * connection is gone. */
  cv_broker_free(b);
  if (ps.pools != NULL)
    g_ptr_array_unref(ps.pools);
  g_queue_clear_full(&ready, (GDestroyNotify)cv_job_free);
  if (sfd >= 0)
    close(sfd);
  g_free(url);
  g_free(key_file);
  g_free(ocr_lang);
  return ret;
}
