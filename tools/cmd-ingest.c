/* cmd-ingest.c — `caviar ingest PATH...`: walks the paths (here, or in
 * the client when a service holds the store) and runs every file through
 * the pipeline (tools/pipeline/cv-pipeline.h) into the store: content
 * already stored is skipped, a changed file replaces its previous version,
 * one line per file and a total. */
#include <glib/gi18n-lib.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <sodium.h>

#include <glib/gi18n-lib.h>

#include "broker.h"
#include "cli.h"

typedef struct {
  CvCliCommon common;
  int jobs;
  char *ocr_lang;
  char *pdf_password_file;
  char *mode;
  char *lang;
  int timeout_s;
  gboolean no_ocr;
  gint64 max_bytes;
  int expire_days;
  gboolean keep_versions;
  gboolean timings;
  gboolean dry_run;
  char *progress; /* auto | always | never */
  char *broker;
  char *worker_public_key;
  int broker_timeout_s;
  int broker_in_flight;
  gint64 broker_max_job_bytes;
  int broker_attempts;
} IngestArgs;

typedef struct {
  CvCli *cli;
  IngestArgs *args;
  guint n_expected;
  gboolean progress;
  gboolean tty; /* the progress line is redrawn in place, else plain lines */
  /* written by the pipeline's thread, read after it drained */
  guint n_files, n_stored, n_existing, n_failed, n_replaced;
  guint64 n_chunks, n_pages;
  guint totals[CV_PII_N_TYPES];
  /* --timings: CPU per stage, read from the pipeline once drained */
  guint64 cpu_ns[CV_STAGE_N], cpu_pages;
  guint n_cancelled;
  CvPipeline *pipeline; /* for the broker's counts (set before any file) */
  gint64 started;       /* monotonic µs */
  /* pages of the OCR document being read (a worker thread reports them):
   * @lock guards them, the counters above and the output */
  GMutex lock;
  gboolean page_progress;
  gconstpointer cur_item;
  char *cur_name;
  guint cur_done, cur_total;
  gint64 cur_shown; /* monotonic µs of the last line about it */
} Run;

/* ---- Ctrl-C (standalone runs) ----
 * SIGINT and SIGTERM are blocked in every thread (and in the worker
 * processes, which finish the document they hold); one thread waits for
 * them.  The first cancels the pipeline: files not started come back
 * CANCELLED, those being extracted or committed finish (a document is
 * stored whole or not at all), the total is printed, exit 130.  The
 * second exits at once. */
typedef struct {
  CvPipeline *volatile pipeline; /* NULL: nothing to finish, exit at once */
  volatile gint interrupted;     /* signals received */
  sigset_t set;
  pthread_t self;
  volatile gint started;
} Interrupt;

static gpointer
interrupt_thread(gpointer data)
{
  Interrupt *in = data;
  in->self = pthread_self();
  g_atomic_int_set(&in->started, 1);
  for (;;) {
    int sig = 0;
    if (sigwait(&in->set, &sig) != 0)
      continue;
    if (sig == SIGUSR2) /* the command is done */
      return NULL;
    /* an ordinary thread (sigwait): it may translate and print */
    if (g_atomic_int_add(&in->interrupted, 1) > 0 || in->pipeline == NULL) {
      fputs(_("\ncaviar: interrupted again: exiting now\n"), stderr);
      fflush(stderr);
      _exit(CV_EXIT_INTERRUPTED);
    }
    fputs(_("\ncaviar: interrupted: finishing the files being read (Ctrl-C "
            "again to stop at once)\n"),
          stderr);
    fflush(stderr);
    CvPipeline *p = in->pipeline;
    if (p != NULL)
      cv_pipeline_cancel(p);
  }
}

/* ---- the progress line (on the pipeline's thread) ---- */

static void
interrupt_start(Interrupt *in, GThread **thread, sigset_t *old)
{
  sigemptyset(&in->set);
  sigaddset(&in->set, SIGINT);
  sigaddset(&in->set, SIGTERM);
  sigaddset(&in->set, SIGUSR2);
  pthread_sigmask(SIG_BLOCK, &in->set, old);
  *thread = g_thread_new("caviar-interrupt", interrupt_thread, in);
}

static void
interrupt_stop(Interrupt *in, GThread *thread, const sigset_t *old)
{
  if (thread == NULL)
    return;
  in->pipeline = NULL;
  while (!g_atomic_int_get(&in->started))
    g_usleep(1000);
  pthread_kill(in->self, SIGUSR2);
  g_thread_join(thread);
  pthread_sigmask(SIG_SETMASK, old, NULL);
}

static void
progress_line(Run *run)
{
  CvCli *cli = run->cli;
  double secs = (g_get_monotonic_time() - run->started) / 1e6;
  double rate = secs > 0 ? (double)run->n_pages / secs : 0;
  guint left =
      run->n_expected > run->n_files ? run->n_expected - run->n_files : 0;
  g_autofree char *eta = NULL;
  if (run->n_files > 0 && left > 0) {
    guint s = (guint)(secs / run->n_files * left + 0.5);
    eta = g_strdup_printf(_(", about %u:%02u left"), s / 60, s % 60);
  }
  /* TRANSLATORS: progress line: files done/expected, pages, pages per
   * second, time left */
  fprintf(cli->err, _("[%u/%u files] %llu pages, %.1f pages/s%s"), run->n_files,
          run->n_expected, (unsigned long long)run->n_pages, rate,
          eta ? eta : "");
  CvBrokerStats bs = { 0 };
  if (run->pipeline != NULL)
    cv_pipeline_broker_stats(run->pipeline, &bs);
  if (bs.enabled) {
    /* TRANSLATORS: after the progress line: jobs of the broker's workers
     * waiting in its queue (every owner's), sent and not returned,
     * returned, failed or quarantined */
    fprintf(cli->err,
            _("; broker: %lld queued, %u in flight, %llu done, %llu "
              "failed"),
            (long long)MAX(bs.queued, 0), bs.in_flight,
            (unsigned long long)bs.done,
            (unsigned long long)(bs.failed + bs.quarantined));
    if (!bs.connected)
      fputs(_(" (unreachable, reconnecting)"), cli->err);
  }
  if (run->cur_item != NULL && run->cur_total > 0)
    /* TRANSLATORS: progress inside the document being read by OCR */
    fprintf(cli->err, _("; %s: OCR, page %u of %u"), run->cur_name,
            run->cur_done, run->cur_total);
  if (!run->tty)
    fputc('\n', cli->err);
  fflush(cli->err);
}

/* ---- reporting (on the pipeline's thread) ---- */

static void
report_json(Run *run, const CvItem *item, const char *status)
{
  g_autoptr(JsonBuilder) b = json_builder_new();
  json_builder_begin_object(b);
  json_builder_set_member_name(b, "path");
  json_builder_add_string_value(b, item->shown);
  json_builder_set_member_name(b, "status");
  json_builder_add_string_value(b, status);
  if (item->doc_id[0] != '\0' && item->status != CV_ITEM_FAILED &&
      item->status != CV_ITEM_RETRY) {
    json_builder_set_member_name(b, "doc");
    json_builder_add_string_value(b, item->doc_id);
  }
  if (item->status == CV_ITEM_STORED) {
    json_builder_set_member_name(b, "type");
    json_builder_add_string_value(b, item->mime);
    json_builder_set_member_name(b, "pages");
    json_builder_add_int_value(b, item->n_pages);
    json_builder_set_member_name(b, "ocr_pages");
    json_builder_add_int_value(b, item->n_ocr_pages);
    json_builder_set_member_name(b, "chunks");
    json_builder_add_int_value(b, item->n_chunks);
    json_builder_set_member_name(b, "lang");
    json_builder_add_string_value(b, item->lang == CV_LANG_FR ? "fr" : "en");
    json_builder_set_member_name(b, "redacted");
    cv_cli_add_counts(b, item->counts);
    if (item->replaced[0] != '\0') {
      json_builder_set_member_name(b, "replaced");
      json_builder_add_string_value(b, item->replaced);
    }
  }
  if (item->failure != NULL) {
    json_builder_set_member_name(b, "error");
    json_builder_add_string_value(b, item->failure->message);
  }
  json_builder_end_object(b);
  cv_cli_print_json(run->cli, b, FALSE);
}

static void
report(Run *run, const CvItem *item)
{
  CvCli *cli = run->cli;
  gboolean failed =
      item->status != CV_ITEM_STORED && item->status != CV_ITEM_ALREADY;
  const char *status = failed ? "failed" : cv_item_status_name(item->status);
  if (run->progress && run->tty)
    fprintf(cli->err, "\r\033[K");
  if (run->args->common.json) {
    report_json(run, item, status);
  } else if (!run->args->common.quiet && item->status == CV_ITEM_STORED &&
             run->args->dry_run) {
    g_autofree char *counts = cv_pipeline_counts_text(item->counts);
    g_autofree char *pages = g_strdup_printf(
        g_dngettext(GETTEXT_PACKAGE, "%u page", "%u pages", item->n_pages),
        item->n_pages);
    g_autofree char *chunks = g_strdup_printf(
        g_dngettext(GETTEXT_PACKAGE, "%u chunk", "%u chunks", item->n_chunks),
        item->n_chunks);
    /* TRANSLATORS: file: would be stored  TYPE, N pages, N chunks; would
     * redact: TYPE N, ... */
    fprintf(cli->out, _("%s: would be stored  %s, %s, %s; would redact: %s\n"),
            item->shown, item->mime, pages, chunks, counts);
  } else if (!run->args->common.quiet && item->status == CV_ITEM_STORED) {
    g_autofree char *counts = cv_pipeline_counts_text(item->counts);
    g_autofree char *ocr =
        item->n_ocr_pages ? g_strdup_printf(_(", %u OCR"), item->n_ocr_pages)
                          : g_strdup("");
    g_autofree char *replaced =
        item->replaced[0]
            ? g_strdup_printf(_(" (replaces %.12s)"), item->replaced)
            : g_strdup("");
    g_autofree char *pages = g_strdup_printf(
        g_dngettext(GETTEXT_PACKAGE, "%u page", "%u pages", item->n_pages),
        item->n_pages);
    g_autofree char *chunks = g_strdup_printf(
        g_dngettext(GETTEXT_PACKAGE, "%u chunk", "%u chunks", item->n_chunks),
        item->n_chunks);
    /* TRANSLATORS: file: stored DOC-ID (replaces ID)  TYPE, N pages, N OCR,
     * N chunks; redacted: TYPE N, ... */
    fprintf(cli->out, _("%s: stored %.12s%s  %s, %s%s, %s; redacted: %s\n"),
            item->shown, item->doc_id, replaced, item->mime, pages, ocr, chunks,
            counts);
  } else if (!run->args->common.quiet && !failed) {
    /* TRANSLATORS: file: outcome */
    fprintf(cli->out, _("%s: %s\n"), item->shown,
            cv_item_status_label(item->status));
  }
  if (failed)
    cv_cli_fail(cli, item->shown,
                item->failure ? item->failure->message
                              : cv_item_status_label(item->status));
  for (guint i = 0; item->warnings && item->warnings[i]; i++)
    if (!run->args->common.quiet)
      fprintf(cli->err, _("caviar: %s: warning: %s\n"), item->shown,
              item->warnings[i]);
  fflush(cli->out);
  if (run->progress)
    progress_line(run);
}

/* --dry-run: the document was extracted, redacted and chunked; its text
 * is dropped (on_done reports it). */
static void
on_dry_run(CvItem *item, const char *text, gsize len, const GArray *chunks,
           gpointer data)
{
}

/* A worker's OCR progress inside one document (a pool thread): the
 * progress line says which page, redrawn at most 10 times a second on a
 * terminal, a line a second otherwise. */
static void
on_pages(CvItem *item, guint done, guint total, gpointer data)
{
  Run *run = data;
  g_mutex_lock(&run->lock);
  gint64 now = g_get_monotonic_time();
  if (run->cur_item != item) {
    g_free(run->cur_name);
    run->cur_name = g_strdup(item->shown);
    run->cur_item = item;
    run->cur_shown = 0;
  }
  run->cur_done = MAX(run->cur_done, done);
  run->cur_total = total;
  if (now - run->cur_shown >= (run->tty ? 100000 : G_USEC_PER_SEC) ||
      done == total) {
    run->cur_shown = now;
    if (run->tty)
      fputs("\r\033[K", run->cli->err);
    progress_line(run);
  }
  g_mutex_unlock(&run->lock);
}

static void on_done_locked(CvItem *item, Run *run);

static void
on_done(CvItem *item, gpointer data)
{
  Run *run = data;
  g_mutex_lock(&run->lock);
  if (run->cur_item == item) {
    run->cur_item = NULL;
    run->cur_done = run->cur_total = 0;
  }
  on_done_locked(item, run);
  g_mutex_unlock(&run->lock);
}

static void
on_done_locked(CvItem *item, Run *run)
{
  run->n_files++;
  switch (item->status) {
  case CV_ITEM_STORED:
    run->n_stored++;
    run->n_chunks += item->n_chunks;
    run->n_pages += item->n_pages;
    run->n_replaced += item->replaced[0] != '\0';
    for (int t = 0; t < CV_PII_N_TYPES; t++)
      run->totals[t] += item->counts[t];
    break;
  case CV_ITEM_ALREADY:
    run->n_existing++;
    break;
  case CV_ITEM_CANCELLED:
    run->n_cancelled++;
    break;
  default:
    run->n_failed++;
    break;
  }
  if (item->status == CV_ITEM_CANCELLED) {
    /* not processed (Ctrl-C): counted in the total, no line */
    cv_item_free(item);
    if (run->progress)
      progress_line(run);
    return;
  }
  report(run, item);
  cv_item_free(item);
}

/* ---- options (shared with the service's watcher) ---- */

static gboolean
parse_lang(const char *s, CvLang *out)
{
  if (s == NULL || g_str_equal(s, "auto"))
    *out = CV_LANG_AUTO;
  else if (g_str_equal(s, "fr"))
    *out = CV_LANG_FR;
  else if (g_str_equal(s, "en"))
    *out = CV_LANG_EN;
  else
    return FALSE;
  return TRUE;
}

static char *
read_password_file(const char *path, GError **error)
{
  g_autofree char *contents = NULL;
  gsize len = 0;
  if (!g_file_get_contents(path, &contents, &len, error))
    return NULL;
  char *nl = memchr(contents, '\n', len);
  char *pw = g_strndup(contents, nl ? (gsize)(nl - contents) : len);
  sodium_memzero(contents, len);
  return pw;
}

gboolean
cv_ingest_settings_configure(CvIngestSettings *set, GKeyFile *kf, GError **error)
{
  const char *g = "ingest";
  if (kf == NULL || !g_key_file_has_group(kf, g))
    return TRUE;
  g_autoptr(GError) local = NULL;
#define CONF_STR(field, key)                                                   \
  if (set->field == NULL && g_key_file_has_key(kf, g, key, NULL))              \
    set->field = g_key_file_get_string(kf, g, key, NULL);
#define CONF_INT(field, key, unset, getter)                                    \
  if (set->field == (unset) && g_key_file_has_key(kf, g, key, NULL)) {         \
    set->field = getter(kf, g, key, &local);                                   \
    if (local) {                                                               \
      g_propagate_prefixed_error(error, g_steal_pointer(&local),               \
                                 "config [ingest] %s: ", key);                 \
      return FALSE;                                                            \
    }                                                                          \
  }
  CONF_STR(ocr_lang, "ocr-lang")
  CONF_STR(pdf_password_file, "pdf-password-file")
  CONF_STR(mode, "mode")
  CONF_STR(lang, "lang")
  CONF_INT(jobs, "jobs", 0, g_key_file_get_integer)
  CONF_INT(timeout_s, "timeout", CV_INGEST_DEFAULT_TIMEOUT, g_key_file_get_integer)
  CONF_INT(max_bytes, "max-bytes", CV_INGEST_DEFAULT_MAX_BYTES,
           g_key_file_get_int64)
  CONF_INT(expire_days, "expire-after", 0, g_key_file_get_integer)
#undef CONF_STR
#undef CONF_INT
  if (!set->no_ocr && g_key_file_has_key(kf, g, "no-ocr", NULL)) {
    set->no_ocr = g_key_file_get_boolean(kf, g, "no-ocr", &local);
    if (local) {
      g_propagate_prefixed_error(error, g_steal_pointer(&local),
                                 "config [ingest] no-ocr: ");
      return FALSE;
    }
  }
  return TRUE;
}

gboolean
cv_ingest_settings_options(CvCli *cli, CvIngestSettings *set,
                           CvPipelineOptions *po, CvStoreSinkOptions *so,
                           GError **error)
{
  CvRedactMode mode = CV_REDACT_MODE_LABEL;
  CvLang lang = CV_LANG_AUTO;
  if (set->mode && g_str_equal(set->mode, "pseudonym"))
    mode = CV_REDACT_MODE_PSEUDONYM;
  else if (set->mode && !g_str_equal(set->mode, "label")) {
    g_set_error(error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                _("--mode must be label or pseudonym"));
    return FALSE;
  }
  if (!parse_lang(set->lang, &lang)) {
    g_set_error(error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                _("--lang must be auto, fr or en"));
    return FALSE;
  }
  if (set->jobs < 0 || set->jobs > 256 || set->timeout_s < 0 ||
      set->max_bytes <= 0 || set->expire_days < 0) {
    g_set_error(error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                _("--jobs, --timeout, --expire-after and --max-bytes need "
                  "sensible positive values"));
    return FALSE;
  }
  g_clear_pointer(&set->password, g_free);
  if (set->pdf_password_file && cli->remote) {
    g_set_error(error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                _("a service holds the store: it does not read files named by "
                  "clients; give the PDF password in $CAVIAR_PDF_PASSWORD"));
    return FALSE;
  } else if (set->pdf_password_file) {
    set->password = read_password_file(set->pdf_password_file, error);
    if (set->password == NULL) {
      g_prefix_error(error, "%s: ", set->pdf_password_file);
      return FALSE;
    }
  } else if (cv_cli_getenv(cli, "CAVIAR_PDF_PASSWORD")) {
    set->password = g_strdup(cv_cli_getenv(cli, "CAVIAR_PDF_PASSWORD"));
  }
  *po = (CvPipelineOptions){
    .ingest = { .ocr_langs = set->ocr_lang,
                .pdf_password = set->password,
                .no_ocr = set->no_ocr,
                .ocr_threads = 1 },
    .workers = set->jobs > 0 ? (guint)set->jobs : g_get_num_processors(),
    .timeout_s = (guint)set->timeout_s,
    .max_bytes = (guint64)set->max_bytes,
    .lang = lang,
    .redact_names = TRUE,
  };
  *so = (CvStoreSinkOptions){ .collection = NULL,
                              .mode = mode,
                              .expire_days = (guint)set->expire_days };
  return TRUE;
}

void
cv_ingest_settings_clear(CvIngestSettings *set)
{
  g_clear_pointer(&set->ocr_lang, g_free);
  g_clear_pointer(&set->pdf_password_file, g_free);
  g_clear_pointer(&set->mode, g_free);
  g_clear_pointer(&set->lang, g_free);
  if (set->password)
    sodium_memzero(set->password, strlen(set->password));
  g_clear_pointer(&set->password, g_free);
}

/* ---- the broker ---- */

/* Fills @bo from the options: the broker is reachable and has the jobs
 * queue (checked now, for one clear error instead of one per file). */
static gboolean
broker_options(CvCli *cli, IngestArgs *args, CvBrokerOptions *bo,
               guint timeout_s, GError **error)
{
  const char *pub = args->worker_public_key;
  if (pub == NULL)
    pub = cv_cli_getenv(cli, "CAVIAR_WORKER_PUBLIC_KEY");
  if (pub == NULL) {
    g_set_error(error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, "%s",
                _("--broker needs the workers' public key: "
                  "--worker-public-key KEY or $CAVIAR_WORKER_PUBLIC_KEY"));
    return FALSE;
  }
  if (args->broker_timeout_s < 0 || args->broker_in_flight < 0 ||
      args->broker_in_flight > 4096 || args->broker_max_job_bytes < 0 ||
      args->broker_attempts < 0 ||
      args->broker_attempts > CV_BROKER_DELIVERY_LIMIT) {
    g_set_error(error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, "%s",
                _("--broker-timeout, --broker-in-flight, "
                  "--broker-max-job-bytes and --broker-attempts need "
                  "sensible positive values (attempts: 1 to 5)"));
    return FALSE;
  }
  if (!cv_box_public_parse(pub, bo->worker_pk, error))
    return FALSE;
  g_autoptr(CvBroker) b = cv_broker_connect(args->broker, error);
  if (b == NULL || !cv_broker_declare(b, CV_BROKER_JOBS_QUEUE,
                                      CV_BROKER_DELIVERY_LIMIT, error))
    return FALSE;
  bo->url = args->broker;
  bo->only = args->jobs == 0;
  bo->max_job_bytes = (guint64)args->broker_max_job_bytes;
  bo->attempts = (guint)args->broker_attempts;
  bo->in_flight = (guint)args->broker_in_flight;
  bo->timeout_s = args->broker_timeout_s > 0 ? (guint)args->broker_timeout_s
                  : timeout_s > 0            ? timeout_s + 120
                                             : 0;
  return TRUE;
}

/* ---- command ---- */

static void
print_total(Run *run)
{
  CvCli *cli = run->cli;
  if (run->args->common.json) {
    g_autoptr(JsonBuilder) b = json_builder_new();
    json_builder_begin_object(b);
    json_builder_set_member_name(b, "total");
    json_builder_begin_object(b);
    json_builder_set_member_name(b, "files");
    json_builder_add_int_value(b, run->n_files);
    json_builder_set_member_name(b, "stored");
    json_builder_add_int_value(b, run->n_stored);
    json_builder_set_member_name(b, "already_stored");
    json_builder_add_int_value(b, run->n_existing);
    json_builder_set_member_name(b, "failed");
    json_builder_add_int_value(b, run->n_failed);
    json_builder_set_member_name(b, "not_processed");
    json_builder_add_int_value(b, run->n_cancelled);
    json_builder_set_member_name(b, "replaced");
    json_builder_add_int_value(b, run->n_replaced);
    json_builder_set_member_name(b, "chunks");
    json_builder_add_int_value(b, (gint64)run->n_chunks);
    json_builder_set_member_name(b, "redacted");
    cv_cli_add_counts(b, run->totals);
    if (run->args->timings) {
      /* "cpu_us": {"detect": 3800, ..., "pages": 12}: microseconds */
      json_builder_set_member_name(b, "cpu_us");
      json_builder_begin_object(b);
      for (guint s = 0; s < CV_STAGE_N; s++) {
        json_builder_set_member_name(b, cv_stage_name((CvStage)s));
        json_builder_add_int_value(b, (gint64)(run->cpu_ns[s] / 1000));
      }
      json_builder_set_member_name(b, "pages");
      json_builder_add_int_value(b, (gint64)run->cpu_pages);
      json_builder_end_object(b);
    }
    json_builder_end_object(b);
    json_builder_end_object(b);
    cv_cli_print_json(cli, b, FALSE);
  } else if (!run->args->common.quiet) {
    g_autofree char *counts = cv_pipeline_counts_text(run->totals);
    g_autofree char *replaced =
        run->n_replaced
            ? g_strdup_printf(g_dngettext(GETTEXT_PACKAGE,
                                          " (%u replacing a previous version)",
                                          " (%u replacing a previous version)",
                                          run->n_replaced),
                              run->n_replaced)
            : g_strdup("");
    g_autofree char *files = g_strdup_printf(
        g_dngettext(GETTEXT_PACKAGE, "%u file", "%u files", run->n_files),
        run->n_files);
    guint n_ids = cv_pipeline_counts_total(run->totals);
    g_autofree char *ids =
        g_strdup_printf(g_dngettext(GETTEXT_PACKAGE, "%u identifier redacted",
                                    "%u identifiers redacted", n_ids),
                        n_ids);
    /* every input counts once: a path that could not be read is a failed
     * file, so stored + already stored + failed = files */
    if (run->args->dry_run) {
      /* TRANSLATORS: dry run: N files: N would be stored, N failed; ... */
      fprintf(cli->out,
              _("dry run, nothing stored: %s: %u would be stored, %u failed; "
                "%llu pages, %llu chunks; %s (%s)\n"),
              files, run->n_stored, run->n_failed,
              (unsigned long long)run->n_pages,
              (unsigned long long)run->n_chunks, ids, counts);
      return;
    }
    /* TRANSLATORS: total: N files: N stored (N replacing...), N already
     * stored, N failed; N pages, N chunks; N identifiers redacted (TYPE N) */
    fprintf(cli->out,
            _("total: %s: %u stored%s, %u already stored, %u failed; "
              "%llu pages, %llu chunks; %s (%s)\n"),
            files, run->n_stored, replaced, run->n_existing, run->n_failed,
            (unsigned long long)run->n_pages, (unsigned long long)run->n_chunks,
            ids, counts);
    if (run->n_cancelled > 0)
      fprintf(cli->out,
              g_dngettext(GETTEXT_PACKAGE,
                          "interrupted: %u file not processed (counted in "
                          "the files above)\n",
                          "interrupted: %u files not processed (counted in "
                          "the files above)\n",
                          run->n_cancelled),
              run->n_cancelled);
  }
  if (run->args->timings && !run->args->common.json) {
    const guint64 *c = run->cpu_ns;
    double pages = (double)MAX(run->cpu_pages, 1);
    guint64 sum = 0;
    for (guint s = 0; s < CV_STAGE_N; s++)
      sum += c[s];
    /* TRANSLATORS: CPU seconds per stage of ingest --timings; the stage
       names are those of the JSON output, keep them */
    fprintf(cli->out,
            _("CPU time by stage (s): detect %.3f, extract %.3f, ocr %.3f, "
              "redact %.3f, chunk %.3f, store %.3f, index %.3f; total %.3f "
              "for %u pages (%.4f s a page)\n"),
            c[CV_STAGE_DETECT] / 1e9, c[CV_STAGE_EXTRACT] / 1e9,
            c[CV_STAGE_OCR] / 1e9, c[CV_STAGE_REDACT] / 1e9,
            c[CV_STAGE_CHUNK] / 1e9, c[CV_STAGE_STORE] / 1e9,
            c[CV_STAGE_INDEX] / 1e9, sum / 1e9,
            (guint)MIN(run->cpu_pages, G_MAXUINT), sum / 1e9 / pages);
  }
}

int
cv_cmd_ingest(CvCli *cli, int argc, char **argv)
{
  IngestArgs args = { .jobs = -1,
                      .timeout_s = CV_INGEST_DEFAULT_TIMEOUT,
                      .max_bytes = CV_INGEST_DEFAULT_MAX_BYTES };
  GOptionEntry entries[] = {
    { "jobs", 'j', 0, G_OPTION_ARG_INT, &args.jobs,
      N_("Files extracted in parallel (default: number of cores)"), N_("N") },
    { "ocr-lang", 0, 0, G_OPTION_ARG_STRING, &args.ocr_lang,
      N_("Tesseract languages (default fra+eng)"), N_("LANGS") },
    { "no-ocr", 0, 0, G_OPTION_ARG_NONE, &args.no_ocr,
      N_("Never run OCR (scans and images then fail)"), NULL },
    { "pdf-password-file", 0, 0, G_OPTION_ARG_FILENAME,
      &args.pdf_password_file, N_("File holding the password of encrypted PDFs (or $CAVIAR_PDF_PASSWORD)"),
      N_("FILE") },
    { "mode", 0, 0, G_OPTION_ARG_STRING, &args.mode,
      N_("Replacement: label ([NAS]) or pseudonym ([NAS-7F3A]); default label"),
      N_("MODE") },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &args.lang,
      N_("Document language for redaction: auto, fr or en (default auto)"),
      N_("LANG") },
    { "timeout", 0, 0, G_OPTION_ARG_INT, &args.timeout_s,
      N_("Seconds allowed to extract one file (default 1800, 0: none)"), N_("S") },
    { "expire-after", 0, 0, G_OPTION_ARG_INT, &args.expire_days,
      N_("Retention: 'caviar purge' forgets these documents after DAYS days"),
      N_("DAYS") },
    { "max-bytes", 0, 0, G_OPTION_ARG_INT64, &args.max_bytes,
      N_("Largest file accepted, in bytes (default 512 MiB)"), N_("N") },
    { "broker", 0, 0, G_OPTION_ARG_STRING, &args.broker,
      N_("Also extract on 'caviar worker's through this RabbitMQ broker "
         "(amqp:// or amqps://, default $CAVIAR_BROKER); -j 0: only there"),
      "URL" },
    { "worker-public-key", 0, 0, G_OPTION_ARG_STRING, &args.worker_public_key,
      N_("The workers' public key (hex, or FILE.pub of 'caviar key "
         "worker-keys'; "
         "default $CAVIAR_WORKER_PUBLIC_KEY)"),
      "KEY" },
    { "broker-timeout", 0, 0, G_OPTION_ARG_INT, &args.broker_timeout_s,
      N_("Seconds a file may stay with the broker's workers (default: "
         "--timeout "
         "+ 120)"),
      "S" },
    { "broker-in-flight", 0, 0, G_OPTION_ARG_INT, &args.broker_in_flight,
      N_("Files sent to the broker and not yet returned (default 16)"), "N" },
    { "broker-max-job-bytes", 0, 0, G_OPTION_ARG_INT64, &args.broker_max_job_bytes,
      N_("Larger files are extracted here, not sent (default 64 MiB)"), "N" },
    { "broker-attempts", 0, 0, G_OPTION_ARG_INT, &args.broker_attempts,
      N_("Workers that may die on one file before it is quarantined "
         "(default 3, at most 5)"),
      "N" },
    { "keep-versions", 0, 0, G_OPTION_ARG_NONE, &args.keep_versions,
      N_("A changed file is stored beside its previous version instead of "
         "replacing it"),
      NULL },
    { "timings", 0, 0, G_OPTION_ARG_NONE, &args.timings,
      N_("Print the CPU time spent in each stage (detect, extract, ocr, "
         "redact, chunk, store, index) after the total"),
      NULL },
    { "progress", 0, 0, G_OPTION_ARG_STRING, &args.progress,
      N_("A progress line on standard error (files, pages, pages/s, time "
         "left): auto (on a terminal, the default), always or never"),
      N_("WHEN") },
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &args.dry_run,
      N_("Extract and redact as usual, print what would be stored, store "
         "nothing (the store is not opened: content already stored is not "
         "told apart)"),
      NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) ctx = g_option_context_new(N_("PATH..."));
  g_option_context_set_summary(
      ctx,
      N_("Extracts the text of each file (directories are walked), redacts\n"
         "personal identifiers, and stores the text encrypted, in chunks.\n"
         "Content already stored in the collection is skipped; a file whose\n"
         "content changed since it was stored from the same path (under the\n"
         "same folder name) replaces its previous version."));
  g_option_context_set_description(
      ctx,
      N_("Config file: an [ingest] group may set jobs, ocr-lang, no-ocr,\n"
         "pdf-password-file, mode, lang, timeout, max-bytes and expire-after\n"
         "(options win); a [store] group may set dir, key-file and "
         "collection.\n"
         "Parsers of untrusted files run in separate worker processes that\n"
         "hold no key.  File names are stored and printed redacted, relative\n"
         "to the folder given (dossiers/a.pdf).  Prints one line per file and\n"
         "a total; --json prints one JSON object per file and a final\n"
         "{\"total\": ...} object.  While a service holds the store, the "
         "files\n"
         "are opened here and their descriptors passed to it.\n"
         "Exit status: 0 all files stored or already stored, 1 some failed,\n"
         "2 usage error."));
  g_option_context_add_main_entries(ctx, entries, GETTEXT_PACKAGE);
  cv_cli_add_common(ctx, &args.common, TRUE);
  int ret = CV_EXIT_USAGE;
  Run run = { .cli = cli, .args = &args };
  g_mutex_init(&run.lock);
  g_autoptr(CvOwner) owner = NULL;
  CvPipeline *pipeline = NULL;
  CvCliInputs *local_inputs = NULL;
  CvIngestSettings set = { 0 };
  g_autoptr(GError) error = NULL;
  Interrupt intr = { 0 };
  GThread *intr_thread = NULL;
  sigset_t old_mask;
  g_autofree char *owner_id = NULL;

  if (!cv_cli_parse(cli, ctx, &argc, &argv))
    goto out;
  if (argc < 2) {
    fprintf(cli->err,
            _("caviar ingest: no PATH given\nTry 'caviar help ingest'.\n"));
    goto out;
  }
  set = (CvIngestSettings){
    .jobs = MAX(args.jobs, 0),
    .ocr_lang = g_steal_pointer(&args.ocr_lang),
    .pdf_password_file = g_steal_pointer(&args.pdf_password_file),
    .mode = g_steal_pointer(&args.mode),
    .lang = g_steal_pointer(&args.lang),
    .timeout_s = args.timeout_s,
    .no_ocr = args.no_ocr,
    .max_bytes = args.max_bytes,
    .expire_days = args.expire_days,
  };
  {
    g_autoptr(GKeyFile) kf = cv_cli_config(cli, &args.common, &error);
    if (error != NULL) {
      cv_cli_error(cli, "%s", error->message);
      goto out;
    }
    if (!cv_ingest_settings_configure(&set, kf, &error)) {
      cv_cli_error(cli, "%s", error->message);
      goto out;
    }
  }
  CvPipelineOptions po;
  CvStoreSinkOptions so;
  if (!cv_ingest_settings_options(cli, &set, &po, &so, &error)) {
    fprintf(cli->err, _("caviar ingest: %s\n"), error->message);
    goto out;
  }
  if (args.progress != NULL && !g_str_equal(args.progress, "auto") &&
      !g_str_equal(args.progress, "always") &&
      !g_str_equal(args.progress, "never")) {
    fprintf(cli->err,
            _("caviar ingest: --progress must be auto, always or never\n"));
    goto out;
  }
  /* standalone: Ctrl-C finishes cleanly (from here on, before any thread
   * of the store or the pipeline starts: they inherit the mask) */
  if (!cli->remote)
    interrupt_start(&intr, &intr_thread, &old_mask);
  if (args.broker == NULL && cv_cli_getenv(cli, "CAVIAR_BROKER") != NULL &&
      *cv_cli_getenv(cli, "CAVIAR_BROKER") != '\0')
    args.broker = g_strdup(cv_cli_getenv(cli, "CAVIAR_BROKER"));
  if (args.broker != NULL &&
      !broker_options(cli, &args, &po.broker, po.timeout_s, &error)) {
    fprintf(cli->err, "caviar ingest: %s\n", error->message);
    goto out;
  }
  CvSink *sink = NULL;
  if (args.dry_run) {
    if (!cv_cli_resolve(cli, &args.common, &error)) {
      cv_cli_error(cli, "%s", error->message);
      goto out;
    }
    sink = cv_cli_preview_sink(cli, &args.common, so.mode, TRUE, on_dry_run,
                               &run, &owner, &ret);
    if (sink == NULL)
      goto out;
  } else {
    owner = cv_cli_open(cli, &args.common, CV_CLI_CREATE, &ret);
    if (owner == NULL)
      goto out;
    /* the results queue is the store's: caviar.results.<hash of its path> */
    if (args.broker != NULL) {
      owner_id = cv_broker_owner_id(cv_owner_dir(owner));
      po.broker.owner_id = owner_id;
    }
    so.collection = args.common.collection;
    sink = cv_sink_store_new(owner, &so, &error);
    if (sink == NULL) {
      cv_cli_error(cli, "%s", error->message);
      ret = CV_EXIT_FAIL;
      goto out;
    }
  }
  ret = CV_EXIT_FAIL;

  CvCliInputs *inputs = cli->inputs;
  if (inputs == NULL)
    inputs = local_inputs = cv_cli_local_inputs();
  run.n_expected = inputs->walk(inputs, argv + 1, (guint)argc - 1, cli->cwd);
  /* -j N threads of work: one worker process per file in parallel; when
   * there are fewer files than N, each worker OCRs pages of its document
   * on several threads instead (a 500-page scan still uses every core). */
  guint jobs = po.workers;
  po.workers = MAX(1u, MIN(jobs, MAX(run.n_expected, 1u)));
  po.ingest.ocr_threads = MAX(1u, jobs / po.workers);
  gboolean always = g_strcmp0(args.progress, "always") == 0;
  gboolean never = g_strcmp0(args.progress, "never") == 0;
  run.progress = !never && !args.common.json &&
                 (always || (!args.common.quiet && isatty(fileno(cli->err)) &&
                             run.n_expected > 1));
  run.tty = isatty(fileno(cli->err));
  /* a long scan alone has a progress line too: its pages */
  run.page_progress = !never && !args.common.json &&
                      (always || (!args.common.quiet && run.tty));
  if (run.page_progress) {
    po.progress = on_pages;
    po.progress_data = &run;
  }
  run.started = g_get_monotonic_time();
  pipeline = cv_pipeline_new(&po, sink, on_done, &run);
  run.pipeline = pipeline;
  intr.pipeline = pipeline;
  if (g_atomic_int_get(&intr.interrupted))
    cv_pipeline_cancel(pipeline);
  CvItem *item;
  while (!cv_cli_stopped(cli) && !g_atomic_int_get(&intr.interrupted) &&
         (item = inputs->next(inputs)) != NULL) {
    item->keep_versions = args.keep_versions;
    cv_pipeline_submit(pipeline, item);
  }
  if (cv_cli_stopped(cli))
    cv_pipeline_cancel(pipeline);
  cv_pipeline_drain(pipeline);
  cv_pipeline_cpu(pipeline, run.cpu_ns, &run.cpu_pages);
  if (run.progress && run.tty)
    fprintf(cli->err, "\r\033[K");
  /* replaced versions leave the store's files */
  if (!args.dry_run &&
      !cv_sink_store_compact(cv_pipeline_sink(pipeline), &error)) {
    cv_cli_error(cli,
                 _("replaced documents are gone but not yet erased from disk "
                   "(run `caviar purge`): %s"),
                 error->message);
    g_clear_error(&error);
    run.n_failed++;
  }
  print_total(&run);
  ret = g_atomic_int_get(&intr.interrupted)   ? CV_EXIT_INTERRUPTED
        : run.n_failed || cv_cli_stopped(cli) ? CV_EXIT_FAIL
                                              : CV_EXIT_OK;

out:
  interrupt_stop(&intr, intr_thread, &old_mask);
  cv_pipeline_free(pipeline);
  g_free(run.cur_name);
  g_mutex_clear(&run.lock);
  if (local_inputs)
    local_inputs->free(local_inputs);
  cv_ingest_settings_clear(&set);
  g_free(args.ocr_lang);
  g_free(args.pdf_password_file);
  g_free(args.mode);
  g_free(args.lang);
  g_free(args.progress);
  g_free(args.broker);
  g_free(args.worker_public_key);
  cv_cli_common_clear(&args.common);
  return ret;
}
