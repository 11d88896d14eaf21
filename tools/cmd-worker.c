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
  guint8 id[CV_BROKER_JOB_ID_LEN];
  guint8 owner_pk[crypto_box_PUBLICKEYBYTES];
  char *reply;
  gint64 started;
  gboolean redelivered; /* another worker had it first */
} Task;

static void
task_free(gpointer data)
{
  Task *t = data;
  g_free(t->reply);
  g_free(t);
}

/* Result plaintext: CVR1 | id | status | payload (wiped by the caller). */
static GByteArray *
result_plain(const Task *t, CvJob *job)
{
  GByteArray *out = g_byte_array_new();
  g_byte_array_append(out, (const guint8 *)"CVR1", CV_BROKER_MAGIC_LEN);
  g_byte_array_append(out, t->id, CV_BROKER_JOB_ID_LEN);
  if (job->doc != NULL) {
    guint8 status = 0;
    g_autoptr(GBytes) ser = cv_ingest_document_serialize(job->doc);
    gsize n = 0;
    const guint8 *data = g_bytes_get_data(ser, &n);
    g_byte_array_append(out, &status, 1);
    g_byte_array_append(out, data, (guint)n);
  } else {
    guint8 status = 1;
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

/* Opens and checks a job: a CvJob for the pool and its Task, or NULL. */
static CvJob *
open_job(CvBrokerMessage *m, const CvBoxKeys *keys, Task **task, GError **error)
{
  g_autoptr(GBytes) plain = cv_box_open(m->body, keys, error);
  if (plain == NULL)
    return NULL;
  gsize len = 0;
  const guint8 *p = g_bytes_get_data(plain, &len);
  gsize head =
      CV_BROKER_MAGIC_LEN + CV_BROKER_JOB_ID_LEN + crypto_box_PUBLICKEYBYTES + 1;
  if (len < head || memcmp(p, "CVJ1", CV_BROKER_MAGIC_LEN) != 0 ||
      len < head + p[head - 1]) {
    g_set_error(error, CV_BROKER_ERROR, CV_BROKER_ERROR_PROTOCOL,
                _("a malformed job"));
    return NULL;
  }
  gsize qlen = p[head - 1];
  g_autofree char *reply = g_strndup((const char *)p + head, qlen);
  if (strlen(reply) != qlen ||
      !g_str_has_prefix(reply, CV_BROKER_RESULTS_PREFIX)) {
    g_set_error(error, CV_BROKER_ERROR, CV_BROKER_ERROR_PROTOCOL,
                _("a job without a caviar.results.* reply queue"));
    return NULL;
  }
  Task *t = g_new0(Task, 1);
  t->tag = m->tag;
  t->redelivered = m->redelivered;
  memcpy(t->id, p + CV_BROKER_MAGIC_LEN, CV_BROKER_JOB_ID_LEN);
  memcpy(t->owner_pk, p + CV_BROKER_MAGIC_LEN + CV_BROKER_JOB_ID_LEN,
         crypto_box_PUBLICKEYBYTES);
  t->reply = g_steal_pointer(&reply);
  t->started = g_get_monotonic_time();
  CvJob *job = g_new0(CvJob, 1);
  char hex[CV_BROKER_JOB_ID_LEN * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, t->id, CV_BROKER_JOB_ID_LEN);
  job->path = g_strdup(hex);
  job->bytes = g_bytes_new_from_bytes(plain, head + qlen, len - head - qlen);
  job->n_bytes = len - head - qlen;
  job->user_data = t;
  *task = t;
  return job;
}

/* Seals and publishes @job's result, then acks its job.  FALSE when the
 * connection is lost (the job is then delivered again to someone). */
static gboolean
answer(CvCli *cli, CvBroker *b, CvJob *job, GError **error)
{
  Task *t = job->user_data;
  g_autoptr(GByteArray) plain = result_plain(t, job);
  g_autoptr(GBytes) sealed = cv_box_seal(plain->data, plain->len, t->owner_pk);
  sodium_memzero(plain->data, plain->len);
  gsize n = 0;
  const void *body = g_bytes_get_data(sealed, &n);
  g_autoptr(GError) local = NULL;
  guint ms = (guint)MIN((g_get_monotonic_time() - t->started) / 1000,
                        (gint64)G_MAXUINT);
  if (!cv_broker_publish(b, t->reply, body, n, RESULT_TIMEOUT_MS, 0, &local)) {
    if (!g_error_matches(local, CV_BROKER_ERROR, CV_BROKER_ERROR_REFUSED)) {
      g_propagate_error(error, g_steal_pointer(&local));
      return FALSE;
    }
    /* The owner's queue is gone: nobody waits for this result. */
    fprintf(cli->err, "caviar worker: job %s: %s (dropped)\n", job->path,
            local->message);
    return cv_broker_reject(b, t->tag, FALSE, error);
  }
  if (!cv_broker_ack(b, t->tag, error))
    return FALSE;
  /* the job id only: no name, no content */
  const char *again = t->redelivered ? _(" (delivered again)") : "";
  if (job->doc != NULL)
    fprintf(cli->err, _("caviar worker: job %s: %u pages, %u ms%s\n"),
            job->path, cv_ingest_document_n_pages(job->doc), ms, again);
  else {
    g_autofree char *why =
        cv_reason_render(job->error ? job->error->message : "?");
    fprintf(cli->err, _("caviar worker: job %s: failed (%s), %u ms%s\n"),
            job->path, why, ms, again);
  }
  return TRUE;
}

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
      N_("Tesseract languages (default fra+eng)"), "LANGS" },
    { "no-ocr", 0, 0, G_OPTION_ARG_NONE, &no_ocr,
      N_("Never run OCR (scans and images then fail)"), NULL },
    { "timeout", 0, 0, G_OPTION_ARG_INT, &timeout_s,
      N_("Seconds allowed to extract one file (default 1800, 0: none)"), "S" },
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
         "as 'caviar ingest', and returns each document sealed to the owner.\n"
         "No store, no store key.  The broker's password comes from\n"
         "$CAVIAR_BROKER_PASSWORD, $CAVIAR_BROKER_PASSWORD_FILE or the\n"
         "credential broker-password, never from the command line.  Start and\n"
         "stop workers at any time: a job is acknowledged only once its "
         "result\n"
         "is on the broker."));
  g_option_context_add_main_entries(ctx, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain(ctx, GETTEXT_PACKAGE);
  int ret = CV_EXIT_USAGE;
  CvWorkerPool *pool = NULL;
  CvBroker *b = NULL;
  g_autoptr(GHashTable) tasks = NULL;
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
  if (jobs < 1 || jobs > 256 || timeout_s < 0 || max_bytes <= 0) {
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
  b = cv_broker_connect(url, &error);
  if (b == NULL || !cv_broker_declare(b, CV_BROKER_JOBS_QUEUE,
                                      CV_BROKER_DELIVERY_LIMIT, &error)) {
    fprintf(cli->err, "caviar worker: %s\n", error->message);
    goto out;
  }
  cv_broker_set_max_body(b, (gsize)max_bytes + JOB_OVERHEAD);
  if (!cv_broker_consume(b, CV_BROKER_JOBS_QUEUE, (guint)jobs, &error)) {
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

  CvIngestOptions io = { .ocr_langs = ocr_lang,
                         .no_ocr = no_ocr,
                         .ocr_threads = 1,
                         .max_bytes = (guint64)max_bytes };
  pool = cv_worker_pool_new(&io, (guint)jobs, (guint)timeout_s);
  tasks = g_hash_table_new_full(g_int64_hash, g_int64_equal, NULL, task_free);
  fprintf(cli->err, _("caviar worker: waiting for jobs on %s\n"),
          cv_broker_url(b));
  guint busy = 0;
  for (;;) {
    struct signalfd_siginfo si;
    if (sfd >= 0 && read(sfd, &si, sizeof si) == (ssize_t)sizeof si) {
      fprintf(cli->err, "%s\n",
              _("caviar worker: stopping; jobs not answered go back to the "
                "queue"));
      ret = CV_EXIT_OK;
      break;
    }
    g_autoptr(CvBrokerMessage) m = cv_broker_next(b, busy > 0 ? 20 : 200, &error);
    if (m == NULL && error != NULL &&
        g_error_matches(error, CV_BROKER_ERROR, CV_BROKER_ERROR_TOO_LARGE)) {
      fprintf(cli->err, "caviar worker: %s\n", error->message);
      g_clear_error(&error);
    } else if (m == NULL && error != NULL) {
      fprintf(cli->err, _("caviar worker: lost the broker: %s\n"),
              error->message);
      break;
    }
    if (m != NULL) {
      Task *t = NULL;
      g_autoptr(GError) jerr = NULL;
      CvJob *job = open_job(m, keys, &t, &jerr);
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
        if (!cv_broker_reject(b, m->tag, FALSE, &error)) {
          fprintf(cli->err, _("caviar worker: lost the broker: %s\n"),
                  error->message);
          break;
        }
        continue;
      }
      g_hash_table_insert(tasks, &t->tag, t);
      cv_worker_pool_push(pool, job);
      busy++;
    }
    CvJob *done;
    gboolean lost = FALSE;
    while (!lost && (done = cv_worker_pool_try_pop(pool)) != NULL) {
      busy--;
      lost = !answer(cli, b, done, &error);
      Task *t = done->user_data;
      g_hash_table_remove(tasks, &t->tag);
      done->user_data = NULL;
      cv_job_free(done);
    }
    if (lost) {
      fprintf(cli->err, _("caviar worker: lost the broker: %s\n"),
              error->message);
      break;
    }
  }
out:
  /* Unanswered jobs: the broker gives them to another worker once our
   * connection is gone. */
  cv_broker_free(b);
  cv_worker_pool_free(pool);
  if (sfd >= 0)
    close(sfd);
  g_free(url);
  g_free(key_file);
  g_free(ocr_lang);
  return ret;
}
