/* cmd-ingest.c — `caviar ingest PATH...`: walk the paths, read each file,
 * skip content already stored, extract it in a sandboxed worker, redact the
 * whole text, chunk it and write it to the store as one batch. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <json-glib/json-glib.h>
#include <sodium.h>

#include "cli.h"
#include "pipeline.h"
#include "workers.h"

#define DEFAULT_MAX_BYTES (512ull * 1024 * 1024)
#define MAX_WALK_DEPTH 64

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
} IngestArgs;

typedef struct {
  IngestArgs *args;
  CvCollection *coll;
  CvRedactor *redactor;
  CvLang lang;
  GHashTable *seen; /* doc ids of this run → first path */
  guint n_files, n_stored, n_existing, n_failed;
  guint64 n_chunks, n_pages;
  guint totals[CV_PII_N_TYPES];
} Run;

/* ---- file discovery ---- */

static int
compare_names(gconstpointer a, gconstpointer b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static void
walk(const char *path, int depth, GPtrArray *files, Run *run)
{
  struct stat st;
  if (stat(path, &st) != 0) {
    cv_cli_fail(path, g_strerror(errno));
    run->n_failed++;
    return;
  }
  if (S_ISREG(st.st_mode)) {
    g_ptr_array_add(files, g_strdup(path));
    return;
  }
  if (!S_ISDIR(st.st_mode)) {
    cv_cli_fail(path, "not a regular file or directory");
    run->n_failed++;
    return;
  }
  if (depth >= MAX_WALK_DEPTH) {
    cv_cli_fail(path, "directories nested too deep");
    run->n_failed++;
    return;
  }
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open(path, 0, &error);
  if (dir == NULL) {
    cv_cli_fail(path, error->message);
    run->n_failed++;
    return;
  }
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func(g_free);
  const char *name;
  while ((name = g_dir_read_name(dir)) != NULL)
    g_ptr_array_add(names, g_strdup(name));
  g_ptr_array_sort(names, compare_names);
  for (guint i = 0; i < names->len; i++) {
    g_autofree char *child =
        g_build_filename(path, g_ptr_array_index(names, i), NULL);
    /* Links inside a tree are not followed: they could loop or lead out. */
    if (g_file_test(child, G_FILE_TEST_IS_SYMLINK))
      continue;
    walk(child, depth + 1, files, run);
  }
}

/* Reads a whole regular file, refusing more than @max bytes. */
static GBytes *
read_file(const char *path, guint64 max, GError **error)
{
  int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) {
    g_set_error_literal(error, G_FILE_ERROR, g_file_error_from_errno(errno),
                        g_strerror(errno));
    return NULL;
  }
  struct stat st;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    close(fd);
    g_set_error_literal(error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                        "not a regular file");
    return NULL;
  }
  if ((guint64)st.st_size > max) {
    close(fd);
    g_set_error(error, G_FILE_ERROR, G_FILE_ERROR_FAILED,
                "file too large (%" G_GUINT64_FORMAT " bytes, limit %" G_GUINT64_FORMAT
                "; see --max-bytes)",
                (guint64)st.st_size, max);
    return NULL;
  }
  gsize size = (gsize)st.st_size;
  guint8 *buf = g_malloc(size ? size : 1);
  gsize got = 0;
  while (got < size) {
    ssize_t n = read(fd, buf + got, size - got);
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0)
      break;
    got += (gsize)n;
  }
  close(fd);
  if (got != size) {
    g_free(buf);
    g_set_error_literal(error, G_FILE_ERROR, G_FILE_ERROR_IO,
                        "file changed while being read");
    return NULL;
  }
  return g_bytes_new_take(buf, size);
}

/* ---- reporting ---- */

static void
report_simple(Run *run, const char *path, const char *status,
              const char *doc_id, const char *error)
{
  if (run->args->common.json) {
    g_autoptr(JsonBuilder) b = json_builder_new();
    json_builder_begin_object(b);
    json_builder_set_member_name(b, "path");
    json_builder_add_string_value(b, path);
    json_builder_set_member_name(b, "status");
    json_builder_add_string_value(b, status);
    if (doc_id) {
      json_builder_set_member_name(b, "doc");
      json_builder_add_string_value(b, doc_id);
    }
    if (error) {
      json_builder_set_member_name(b, "error");
      json_builder_add_string_value(b, error);
    }
    json_builder_end_object(b);
    cv_cli_print_json(b, FALSE);
  } else if (!run->args->common.quiet && error == NULL) {
    printf("%s: %s\n", path, status);
  }
  if (error != NULL)
    cv_cli_fail(path, error);
}

static void
report_stored(Run *run, const char *path, const char *doc_id,
              const CvDocument *doc, const CvRedacted *red, guint n_ocr)
{
  guint n_pages = cv_ingest_document_n_pages(doc);
  if (run->args->common.json) {
    g_autoptr(JsonBuilder) b = json_builder_new();
    json_builder_begin_object(b);
    json_builder_set_member_name(b, "path");
    json_builder_add_string_value(b, path);
    json_builder_set_member_name(b, "status");
    json_builder_add_string_value(b, "stored");
    json_builder_set_member_name(b, "doc");
    json_builder_add_string_value(b, doc_id);
    json_builder_set_member_name(b, "type");
    json_builder_add_string_value(b, cv_ingest_document_mime(doc));
    json_builder_set_member_name(b, "pages");
    json_builder_add_int_value(b, n_pages);
    json_builder_set_member_name(b, "ocr_pages");
    json_builder_add_int_value(b, n_ocr);
    json_builder_set_member_name(b, "chunks");
    json_builder_add_int_value(b, red->chunks->len);
    json_builder_set_member_name(b, "lang");
    json_builder_add_string_value(b, red->lang == CV_LANG_FR ? "fr" : "en");
    json_builder_set_member_name(b, "redacted");
    cv_cli_add_counts(b, red->counts);
    json_builder_end_object(b);
    cv_cli_print_json(b, FALSE);
  } else if (!run->args->common.quiet) {
    g_autofree char *counts = cv_pipeline_counts_text(red->counts);
    g_autofree char *ocr = n_ocr ? g_strdup_printf(", %u OCR", n_ocr) : g_strdup("");
    printf("%s: stored %.12s  %s, %u page%s%s, %u chunk%s; redacted: %s\n", path,
           doc_id, cv_ingest_document_mime(doc), n_pages, n_pages == 1 ? "" : "s",
           ocr, red->chunks->len, red->chunks->len == 1 ? "" : "s", counts);
  }
  const char *const *warnings = cv_ingest_document_warnings(doc);
  for (guint i = 0; warnings && warnings[i]; i++)
    if (!run->args->common.quiet)
      fprintf(stderr, "caviar: %s: warning: %s\n", path, warnings[i]);
}

/* ---- finished extractions, committed in groups ---- */

#define MAX_GROUP 64 /* documents per write batch (group commit) */

/* A document redacted and chunked, ready for the store. */
typedef struct {
  CvJob *job;         /* borrowed */
  CvRedacted *red;
  CvChunk *chunks;
  char *counts;
  CvDocInfo info;
  guint n_ocr;
} Prepared;

static void
prepared_clear(Prepared *p)
{
  cv_redacted_free(p->red);
  g_free(p->chunks);
  g_free(p->counts);
}

static gboolean
prepare(Run *run, CvJob *job, Prepared *p, GError **error)
{
  CvDocument *doc = job->doc;
  p->job = job;
  p->red = cv_pipeline_redact(run->redactor, doc, run->lang, CV_CHUNK_TARGET,
                              error);
  if (p->red == NULL)
    return FALSE;
  guint n_pages = cv_ingest_document_n_pages(doc);
  for (guint i = 0; i < n_pages; i++)
    if (cv_ingest_document_page_source(doc, i) == CV_PAGE_OCR)
      p->n_ocr++;
  p->chunks = g_new0(CvChunk, MAX(p->red->chunks->len, 1u));
  for (guint i = 0; i < p->red->chunks->len; i++) {
    const CvChunkSpan *s = &g_array_index(p->red->chunks, CvChunkSpan, i);
    p->chunks[i] = (CvChunk){ p->red->text + s->start, s->end - s->start,
                              s->first_page, s->last_page };
  }
  p->counts = cv_pipeline_counts_json(p->red->counts);
  gint64 now = g_get_real_time() / G_USEC_PER_SEC;
  p->info = (CvDocInfo){
    .source = job->path,
    .mime = cv_ingest_document_mime(doc),
    .encoding = cv_ingest_document_encoding(doc),
    .lang = p->red->lang == CV_LANG_FR ? "fr" : "en",
    .n_pages = n_pages,
    .n_ocr_pages = p->n_ocr,
    .n_bytes = job->n_bytes,
    .ingested_at = now,
    .expires_at = run->args->expire_days > 0
                      ? now + (gint64)run->args->expire_days * 86400
                      : 0,
    .redactions = p->counts,
  };
  return TRUE;
}

static void
account_stored(Run *run, Prepared *p)
{
  run->n_stored++;
  run->n_chunks += p->red->chunks->len;
  run->n_pages += p->info.n_pages;
  for (int t = 0; t < CV_PII_N_TYPES; t++)
    run->totals[t] += p->red->counts[t];
  report_stored(run, p->job->path, p->job->user_data, p->job->doc, p->red,
                p->n_ocr);
}

/* Redacts, chunks and stores @jobs: one atomic batch (one fsync) for the
 * group; if it fails, each document is retried alone so that one bad
 * document does not take the others with it. */
static void
store_jobs(Run *run, GPtrArray *jobs)
{
  g_autoptr(GArray) prepared = g_array_new(FALSE, TRUE, sizeof(Prepared));
  g_array_set_clear_func(prepared, (GDestroyNotify)prepared_clear);
  for (guint i = 0; i < jobs->len; i++) {
    CvJob *job = g_ptr_array_index(jobs, i);
    if (job->doc == NULL) {
      run->n_failed++;
      report_simple(run, job->path, "failed", NULL, job->error->message);
      continue;
    }
    Prepared p = { 0 };
    g_autoptr(GError) perr = NULL;
    if (!prepare(run, job, &p, &perr)) {
      prepared_clear(&p);
      run->n_failed++;
      report_simple(run, job->path, "failed", NULL, perr->message);
      continue;
    }
    g_array_append_val(prepared, p);
  }
  if (prepared->len == 0)
    return;

  g_autofree CvStoreDocument *docs = g_new0(CvStoreDocument, prepared->len);
  for (guint i = 0; i < prepared->len; i++) {
    Prepared *p = &g_array_index(prepared, Prepared, i);
    docs[i] = (CvStoreDocument){ p->job->user_data, &p->info, p->chunks,
                                 p->red->chunks->len };
  }
  g_autoptr(GError) error = NULL;
  if (cv_store_put_documents(run->coll, docs, prepared->len, &error)) {
    for (guint i = 0; i < prepared->len; i++)
      account_stored(run, &g_array_index(prepared, Prepared, i));
    return;
  }
  for (guint i = 0; i < prepared->len; i++) {
    Prepared *p = &g_array_index(prepared, Prepared, i);
    g_autoptr(GError) one = NULL;
    if (prepared->len > 1 &&
        cv_store_put_documents(run->coll, &docs[i], 1, &one)) {
      account_stored(run, p);
    } else {
      run->n_failed++;
      report_simple(run, p->job->path, "failed", NULL,
                    one ? one->message : error->message);
    }
  }
}

/* ---- command ---- */

static void
free_job(gpointer data)
{
  CvJob *job = data;
  g_free(job->user_data);
  cv_job_free(job);
}

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

/* [ingest] group of the config file, for options not given. */
static gboolean
apply_config(IngestArgs *args, GKeyFile *kf, GError **error)
{
  const char *g = "ingest";
  if (!g_key_file_has_group(kf, g))
    return TRUE;
  g_autoptr(GError) local = NULL;
#define CONF_STR(field, key)                                                   \
  if (args->field == NULL && g_key_file_has_key(kf, g, key, NULL))             \
    args->field = g_key_file_get_string(kf, g, key, NULL);
#define CONF_INT(field, key, unset)                                            \
  if (args->field == (unset) && g_key_file_has_key(kf, g, key, NULL)) {        \
    args->field = g_key_file_get_integer(kf, g, key, &local);                  \
    if (local) {                                                               \
      g_propagate_prefixed_error(error, g_steal_pointer(&local), "%s: ", key); \
      return FALSE;                                                            \
    }                                                                          \
  }
  CONF_STR(ocr_lang, "ocr-lang")
  CONF_STR(pdf_password_file, "pdf-password-file")
  CONF_STR(mode, "mode")
  CONF_STR(lang, "lang")
  CONF_INT(jobs, "jobs", 0)
  CONF_INT(timeout_s, "timeout", 1800)
#undef CONF_STR
#undef CONF_INT
  if (!args->no_ocr && g_key_file_has_key(kf, g, "no-ocr", NULL)) {
    args->no_ocr = g_key_file_get_boolean(kf, g, "no-ocr", &local);
    if (local) {
      g_propagate_prefixed_error(error, g_steal_pointer(&local), "no-ocr: ");
      return FALSE;
    }
  }
  return TRUE;
}

int
cv_cmd_ingest(int argc, char **argv)
{
  IngestArgs args = { .jobs = 0, .timeout_s = 1800, .max_bytes = DEFAULT_MAX_BYTES };
  GOptionEntry entries[] = {
    { "jobs", 'j', 0, G_OPTION_ARG_INT, &args.jobs,
      "Files extracted in parallel (default: number of cores)", "N" },
    { "ocr-lang", 0, 0, G_OPTION_ARG_STRING, &args.ocr_lang,
      "Tesseract languages (default fra+eng)", "LANGS" },
    { "no-ocr", 0, 0, G_OPTION_ARG_NONE, &args.no_ocr,
      "Never run OCR (scans and images then fail)", NULL },
    { "pdf-password-file", 0, 0, G_OPTION_ARG_FILENAME, &args.pdf_password_file,
      "File holding the password of encrypted PDFs (or $CAVIAR_PDF_PASSWORD)",
      "FILE" },
    { "mode", 0, 0, G_OPTION_ARG_STRING, &args.mode,
      "Replacement: label ([NAS]) or pseudonym ([NAS-7F3A]); default label",
      "MODE" },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &args.lang,
      "Document language for redaction: auto, fr or en (default auto)", "LANG" },
    { "timeout", 0, 0, G_OPTION_ARG_INT, &args.timeout_s,
      "Seconds allowed to extract one file (default 1800, 0: none)", "S" },
    { "expire-after", 0, 0, G_OPTION_ARG_INT, &args.expire_days,
      "Retention: 'caviar purge' forgets these documents after DAYS days",
      "DAYS" },
    { "max-bytes", 0, 0, G_OPTION_ARG_INT64, &args.max_bytes,
      "Largest file accepted, in bytes (default 512 MiB)", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) ctx = g_option_context_new("PATH...");
  g_option_context_set_summary(
      ctx, "Extracts the text of each file (directories are walked), redacts\n"
           "personal identifiers, and stores the text encrypted, in chunks.\n"
           "Content already stored in the collection is skipped.");
  g_option_context_set_description(
      ctx, "Config file: an [ingest] group may set jobs, ocr-lang, no-ocr,\n"
           "pdf-password-file, mode, lang and timeout (options win); a [store]\n"
           "group may set dir, key-file and collection.\n"
           "Parsers of untrusted files run in separate worker processes that\n"
           "hold no key.  Prints one line per file and a total; --json prints\n"
           "one JSON object per file and a final {\"total\": ...} object.\n"
           "Exit status: 0 all files stored or already stored, 1 some failed,\n"
           "2 usage error.");
  g_option_context_add_main_entries(ctx, entries, NULL);
  cv_cli_add_common(ctx, &args.common, TRUE);
  int ret = CV_EXIT_USAGE;
  Run run = { .args = &args };
  CvStore *store = NULL;
  CvWorkerPool *pool = NULL;
  g_autofree char *password = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func(g_free);
  g_autoptr(GError) error = NULL;

  if (!cv_cli_parse(ctx, &argc, &argv))
    goto out;
  if (argc < 2) {
    fprintf(stderr, "caviar ingest: no PATH given\nTry 'caviar help ingest'.\n");
    goto out;
  }
  {
    g_autoptr(GKeyFile) kf = cv_cli_config(&args.common, &error);
    if (error != NULL) {
      cv_cli_error("%s", error->message);
      goto out;
    }
    if (kf != NULL && !apply_config(&args, kf, &error)) {
      cv_cli_error("config: %s", error->message);
      goto out;
    }
  }
  CvRedactMode mode = CV_REDACT_MODE_LABEL;
  if (args.mode && g_str_equal(args.mode, "pseudonym"))
    mode = CV_REDACT_MODE_PSEUDONYM;
  else if (args.mode && !g_str_equal(args.mode, "label")) {
    fprintf(stderr, "caviar ingest: --mode must be label or pseudonym\n");
    goto out;
  }
  if (!parse_lang(args.lang, &run.lang)) {
    fprintf(stderr, "caviar ingest: --lang must be auto, fr or en\n");
    goto out;
  }
  if (args.jobs < 0 || args.jobs > 256 || args.timeout_s < 0 ||
      args.max_bytes <= 0 || args.expire_days < 0) {
    fprintf(stderr, "caviar ingest: --jobs, --timeout, --expire-after and "
                    "--max-bytes need sensible positive values\n");
    goto out;
  }
  if (args.pdf_password_file) {
    password = read_password_file(args.pdf_password_file, &error);
    if (password == NULL) {
      cv_cli_fail(args.pdf_password_file, error->message);
      goto out;
    }
  } else if (g_getenv("CAVIAR_PDF_PASSWORD")) {
    password = g_strdup(g_getenv("CAVIAR_PDF_PASSWORD"));
  }

  ret = CV_EXIT_FAIL;
  store = cv_cli_open_store(&args.common, TRUE, FALSE, &error);
  if (store == NULL) {
    cv_cli_error("%s", error->message);
    goto out;
  }
  run.coll = cv_store_collection(store, args.common.collection, &error);
  if (run.coll == NULL) {
    cv_cli_error("%s", error->message);
    goto out;
  }
  run.redactor = cv_redact_new(mode, cv_store_collection_pseudonym_key(run.coll),
                               32, &error);
  if (run.redactor == NULL) {
    cv_cli_error("%s", error->message);
    goto out;
  }
  run.seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);

  for (int i = 1; i < argc; i++)
    walk(argv[i], 0, files, &run);

  CvIngestOptions opts = {
    .ocr_langs = args.ocr_lang,
    .pdf_password = password,
    .max_bytes = (guint64)args.max_bytes,
    .no_ocr = args.no_ocr,
  };
  /* -j N threads of work: one worker process per file in parallel; when
   * there are fewer files than N, each worker OCRs pages of its document
   * on several threads instead (a 500-page scan still uses every core). */
  guint jobs = args.jobs > 0 ? (guint)args.jobs : g_get_num_processors();
  guint n_workers = MAX(1u, MIN(jobs, MAX(files->len, 1u)));
  opts.ocr_threads = MAX(1u, jobs / n_workers);
  pool = cv_worker_pool_new(&opts, n_workers, (guint)args.timeout_s);

  gboolean progress = !args.common.quiet && !args.common.json &&
                      isatty(STDERR_FILENO) && files->len > 1;
  guint in_flight = 0, next = 0, done = 0;
  while (next < files->len || in_flight > 0) {
    /* Keep every worker busy, with at most one file waiting per worker. */
    while (next < files->len && in_flight < 2 * n_workers) {
      const char *path = g_ptr_array_index(files, next++);
      run.n_files++;
      g_autoptr(GError) ferr = NULL;
      g_autoptr(GBytes) bytes = read_file(path, (guint64)args.max_bytes, &ferr);
      if (bytes == NULL) {
        run.n_failed++;
        report_simple(&run, path, "failed", NULL, ferr->message);
        done++;
        continue;
      }
      char doc_id[CV_DOC_ID_LEN + 1];
      cv_store_document_id(run.coll, bytes, doc_id);
      const char *first = g_hash_table_lookup(run.seen, doc_id);
      if (first != NULL || cv_store_has_document(run.coll, doc_id, NULL)) {
        run.n_existing++;
        report_simple(&run, path, "already stored", doc_id, NULL);
        done++;
        continue;
      }
      g_hash_table_insert(run.seen, g_strdup(doc_id), g_strdup(path));
      CvJob *job = g_new0(CvJob, 1);
      job->path = g_strdup(path);
      job->n_bytes = g_bytes_get_size(bytes);
      job->bytes = g_steal_pointer(&bytes);
      job->user_data = g_strdup(doc_id);
      cv_worker_pool_push(pool, job);
      in_flight++;
    }
    if (in_flight == 0)
      break;
    /* Wait for one document, then take whatever else is ready. */
    g_autoptr(GPtrArray) group = g_ptr_array_new_with_free_func(free_job);
    g_ptr_array_add(group, cv_worker_pool_pop(pool));
    CvJob *more;
    while (group->len < MAX_GROUP && (more = cv_worker_pool_try_pop(pool)))
      g_ptr_array_add(group, more);
    in_flight -= group->len;
    done += group->len;
    if (progress)
      fprintf(stderr, "\r\033[K[%u/%u] ", done, files->len);
    store_jobs(&run, group);
  }
  if (progress)
    fprintf(stderr, "\r\033[K");

  guint total_ids = cv_pipeline_counts_total(run.totals);
  if (args.common.json) {
    g_autoptr(JsonBuilder) b = json_builder_new();
    json_builder_begin_object(b);
    json_builder_set_member_name(b, "total");
    json_builder_begin_object(b);
    json_builder_set_member_name(b, "files");
    json_builder_add_int_value(b, run.n_files);
    json_builder_set_member_name(b, "stored");
    json_builder_add_int_value(b, run.n_stored);
    json_builder_set_member_name(b, "already_stored");
    json_builder_add_int_value(b, run.n_existing);
    json_builder_set_member_name(b, "failed");
    json_builder_add_int_value(b, run.n_failed);
    json_builder_set_member_name(b, "chunks");
    json_builder_add_int_value(b, (gint64)run.n_chunks);
    json_builder_set_member_name(b, "redacted");
    cv_cli_add_counts(b, run.totals);
    json_builder_end_object(b);
    json_builder_end_object(b);
    cv_cli_print_json(b, FALSE);
  } else if (!args.common.quiet) {
    g_autofree char *counts = cv_pipeline_counts_text(run.totals);
    printf("total: %u file%s: %u stored, %u already stored, %u failed; %" G_GUINT64_FORMAT
           " pages, %" G_GUINT64_FORMAT " chunks; %u identifiers redacted (%s)\n",
           run.n_files, run.n_files == 1 ? "" : "s", run.n_stored, run.n_existing,
           run.n_failed, run.n_pages, run.n_chunks, total_ids, counts);
  }
  ret = run.n_failed ? CV_EXIT_FAIL : CV_EXIT_OK;

out:
  cv_worker_pool_free(pool);
  cv_redact_free(run.redactor);
  g_clear_pointer(&run.seen, g_hash_table_unref);
  cv_store_close(store);
  if (password)
    sodium_memzero(password, strlen(password));
  g_free(args.ocr_lang);
  g_free(args.pdf_password_file);
  g_free(args.mode);
  g_free(args.lang);
  cv_cli_common_clear(&args.common);
  return ret;
}
