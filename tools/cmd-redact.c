/* cmd-redact.c — `caviar redact`: standard input to standard output with
 * the same redaction as ingestion, for developers and shell pipelines; and
 * `caviar redact FILE...`: any file ingest accepts, through the same
 * pipeline (detection, extraction, OCR, the sandboxed workers) into a
 * preview sink: printed, never stored. */
#include <stdio.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <gio/gio.h>
#include <json-glib/json-glib.h>
#include <sodium.h>

#include "cli.h"
#include "cv-redact.h"

#define MAX_STDIN_BYTES (256u * 1024 * 1024)

static GByteArray *
read_stdin(int fd, GError **error)
{
  GByteArray *buf = g_byte_array_new();
  guint8 chunk[65536];
  for (;;) {
    ssize_t n = read(fd, chunk, sizeof chunk);
    if (n == 0)
      break;
    if (n < 0) {
      g_set_error_literal(error, G_IO_ERROR, G_IO_ERROR_FAILED,
                          _("cannot read standard input"));
      break;
    }
    if (buf->len + (gsize)n > MAX_STDIN_BYTES) {
      g_set_error(error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
                  _("input larger than %u MiB"), MAX_STDIN_BYTES >> 20);
      break;
    }
    g_byte_array_append(buf, chunk, (guint)n);
  }
  sodium_memzero(chunk, sizeof chunk);
  if (error && *error) {
    sodium_memzero(buf->data, buf->len);
    g_byte_array_unref(buf);
    return NULL;
  }
  return buf;
}

/* ---- caviar redact FILE... ---- */

typedef struct {
  CvCli *cli;
  gboolean json;
  gboolean headers; /* several files: a "==> NAME <==" line before each */
  guint n_failed;
} FilesRun;

/* The preview sink's callback (the pipeline's thread): the redacted text,
 * or one JSON object, of one document; then it is wiped. */
static void
on_preview(CvItem *item, const char *text, gsize len, const GArray *chunks,
           gpointer data)
{
  FilesRun *run = data;
  CvCli *cli = run->cli;
  if (run->json) {
    g_autoptr(JsonBuilder) b = json_builder_new();
    json_builder_begin_object(b);
    json_builder_set_member_name(b, "file");
    json_builder_add_string_value(b, item->shown);
    json_builder_set_member_name(b, "mime");
    json_builder_add_string_value(b, cv_ingest_document_mime(item->doc));
    json_builder_set_member_name(b, "pages");
    json_builder_add_int_value(b, cv_ingest_document_n_pages(item->doc));
    json_builder_set_member_name(b, "lang");
    json_builder_add_string_value(b, item->red->lang == CV_LANG_FR ? "fr" : "en");
    json_builder_set_member_name(b, "text");
    g_autofree char *copy = g_strndup(text, len);
    json_builder_add_string_value(b, copy);
    sodium_memzero(copy, len);
    /* offsets into the extracted text (pages joined by '\f') */
    cv_pipeline_spans_json(b, item->red->spans);
    json_builder_set_member_name(b, "counts");
    cv_cli_add_counts(b, item->red->counts);
    json_builder_end_object(b);
    cv_cli_print_json(cli, b, FALSE);
  } else {
    if (run->headers)
      fprintf(cli->out, "==> %s <==\n", item->shown);
    fwrite(text, 1, len, cli->out);
    if (len > 0 && text[len - 1] != '\n')
      fputc('\n', cli->out);
  }
  fflush(cli->out);
}

static void
on_file_done(CvItem *item, gpointer data)
{
  FilesRun *run = data;
  if (item->status != CV_ITEM_STORED) {
    run->n_failed++;
    cv_cli_fail(run->cli, item->shown,
                item->failure ? item->failure->message
                              : cv_item_status_label(item->status));
  }
  for (guint i = 0; item->warnings && item->warnings[i]; i++)
    fprintf(run->cli->err, _("caviar: %s: warning: %s\n"), item->shown,
            item->warnings[i]);
  cv_item_free(item);
}

/* The collection whose pseudonym key and lists a preview uses, or NULL
 * (label mode without lists, or no store yet: then it has no lists).
 * FALSE when the store was needed and could not be read. */
static gboolean
preview_collection(CvCli *cli, CvCliCommon *common, CvRedactMode mode,
                   gboolean lists, CvOwner **owner, CvCollection **coll,
                   int *exit_code)
{
  g_autoptr(GError) error = NULL;
  *coll = NULL;
  gboolean pseudonyms = mode == CV_REDACT_MODE_PSEUDONYM;
  if (!pseudonyms && !lists)
    return TRUE;
  if (!pseudonyms && !cli->remote) {
    if (!cv_cli_resolve(cli, common, &error)) {
      cv_cli_error(cli, "%s", error->message);
      *exit_code = CV_EXIT_FAIL;
      return FALSE;
    }
    g_autofree char *current =
        g_build_filename(common->store_dir, "CURRENT", NULL);
    if (!g_file_test(current, G_FILE_TEST_EXISTS))
      return TRUE; /* no store, no lists */
  }
  *owner = cv_cli_open(cli, common, CV_CLI_READ, exit_code);
  if (*owner == NULL)
    return FALSE;
  *coll = cv_store_collection(cv_owner_store(*owner), common->collection, &error);
  if (*coll == NULL) {
    cv_cli_error(
        cli, pseudonyms ? _("pseudonyms need the collection's key: %s") : "%s",
        error->message);
    *exit_code = CV_EXIT_FAIL;
    return FALSE;
  }
  return TRUE;
}

CvSink *
cv_cli_preview_sink(CvCli *cli, CvCliCommon *common, CvRedactMode mode,
                    gboolean lists, CvPreviewFunc func, gpointer data,
                    CvOwner **owner, int *exit_code)
{
  g_autoptr(GError) error = NULL;
  CvCollection *coll = NULL;
  if (!preview_collection(cli, common, mode, lists, owner, &coll, exit_code))
    return NULL;
  if (*owner != NULL)
    cv_owner_read_begin(*owner);
  CvSink *sink = cv_sink_preview_new(coll, mode, func, data, &error);
  if (*owner != NULL)
    cv_owner_read_end(*owner);
  if (sink == NULL) {
    cv_cli_error(cli, "%s", error->message);
    *exit_code = CV_EXIT_FAIL;
  }
  return sink;
}

static int
redact_files(CvCli *cli, CvCliCommon *common, CvIngestSettings *set,
             gboolean lists, int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CvOwner) owner = NULL;
  int ret = CV_EXIT_USAGE;
  CvPipelineOptions po;
  CvStoreSinkOptions so;
  g_autoptr(GKeyFile) kf = cv_cli_config(cli, common, &error);
  if (error != NULL || !cv_ingest_settings_configure(set, kf, &error) ||
      !cv_ingest_settings_options(cli, set, &po, &so, &error)) {
    cv_cli_error(cli, "%s", error->message);
    return CV_EXIT_USAGE;
  }
  if (!cv_cli_resolve(cli, common, &error)) {
    cv_cli_error(cli, "%s", error->message);
    return CV_EXIT_USAGE;
  }
  FilesRun run = { .cli = cli, .json = common->json, .headers = argc > 2 };
  CvSink *sink = cv_cli_preview_sink(cli, common, so.mode, lists, on_preview,
                                     &run, &owner, &ret);
  if (sink == NULL)
    return ret;
  CvCliInputs *inputs = cv_cli_local_inputs();
  guint n = inputs->walk(inputs, argv + 1, (guint)argc - 1, cli->cwd);
  run.headers = run.headers || n > 1;
  guint jobs = po.workers;
  po.workers = MAX(1u, MIN(jobs, MAX(n, 1u)));
  po.ingest.ocr_threads = MAX(1u, jobs / po.workers);
  CvPipeline *pipeline = cv_pipeline_new(&po, sink, on_file_done, &run);
  CvItem *item;
  while (!cv_cli_stopped(cli) && (item = inputs->next(inputs)) != NULL)
    cv_pipeline_submit(pipeline, item);
  cv_pipeline_drain(pipeline);
  cv_pipeline_free(pipeline);
  inputs->free(inputs);
  return run.n_failed || fflush(cli->out) != 0 ? CV_EXIT_FAIL : CV_EXIT_OK;
}

int
cv_cmd_redact(CvCli *cli, int argc, char **argv)
{
  CvCliCommon common = { 0 };
  g_autofree char *mode_s = NULL, *lang_s = NULL;
  CvIngestSettings set = { .timeout_s = CV_INGEST_DEFAULT_TIMEOUT,
                           .max_bytes = CV_INGEST_DEFAULT_MAX_BYTES };
  GOptionEntry entries[] = {
    { "mode", 0, 0, G_OPTION_ARG_STRING, &mode_s,
      N_("label (default: [NAS]) or pseudonym ([NAS-7F3A], keyed by the "
         "collection's key: needs the store's key file)"),
      N_("MODE") },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &lang_s,
      N_("auto (default), fr or en"), N_("LANG") },
    { "jobs", 'j', 0, G_OPTION_ARG_INT, &set.jobs,
      N_("Files extracted in parallel (default: number of cores)"), N_("N") },
    { "ocr-lang", 0, 0, G_OPTION_ARG_STRING, &set.ocr_lang,
      N_("Tesseract languages (default fra+eng)"), N_("LANGS") },
    { "no-ocr", 0, 0, G_OPTION_ARG_NONE, &set.no_ocr,
      N_("Never run OCR (scans and images then fail)"), NULL },
    { "timeout", 0, 0, G_OPTION_ARG_INT, &set.timeout_s,
      N_("Seconds allowed to extract one file (default 1800, 0: none)"), N_("S") },
    { NULL }
  };
  g_autoptr(GOptionContext) ctx =
      g_option_context_new(N_("[FILE...] (or < IN > OUT)"));
  g_option_context_set_summary(
      ctx,
      N_("Prints each FILE (any type ingest accepts: the same detection,\n"
         "extraction, OCR and sandbox) or, without FILE, the UTF-8 text on\n"
         "standard input, redacted as ingest would store it.  Nothing is\n"
         "stored.  --json prints instead, for each, {\"text\", \"lang\",\n"
         "\"spans\": [{\"type\", \"start\", \"end\", \"confidence\", "
         "\"detector\"}],\n\"counts\"} (byte offsets into the extracted "
         "text or the input;\nthe values found are never printed), with "
         "\"file\", \"mime\", \"pages\" for a FILE."));
  g_option_context_add_main_entries(ctx, entries, GETTEXT_PACKAGE);
  cv_cli_add_common(ctx, &common, TRUE);
  int ret = CV_EXIT_USAGE;
  g_autoptr(GError) error = NULL;
  g_autoptr(CvOwner) owner = NULL;
  CvRedactor *redactor = NULL;
  GByteArray *input = NULL;
  g_autoptr(GArray) spans = NULL;
  g_autofree char *out_text = NULL;

  if (!cv_cli_parse(cli, ctx, &argc, &argv))
    goto out;
  /* -c NAME: that collection's lists (caviar lists), as ingest applies */
  gboolean lists = common.collection != NULL;
  if (argc > 1) {
    set.mode = g_steal_pointer(&mode_s);
    set.lang = g_steal_pointer(&lang_s);
    ret = redact_files(cli, &common, &set, lists, argc, argv);
    goto out;
  }
  CvLang lang = CV_LANG_AUTO;
  if (lang_s && g_str_equal(lang_s, "fr"))
    lang = CV_LANG_FR;
  else if (lang_s && g_str_equal(lang_s, "en"))
    lang = CV_LANG_EN;
  else if (lang_s && !g_str_equal(lang_s, "auto")) {
    fprintf(cli->err, _("caviar redact: --lang must be auto, fr or en\n"));
    goto out;
  }
  CvRedactMode mode = CV_REDACT_MODE_LABEL;
  if (mode_s && g_str_equal(mode_s, "pseudonym"))
    mode = CV_REDACT_MODE_PSEUDONYM;
  else if (mode_s && !g_str_equal(mode_s, "label")) {
    fprintf(cli->err, _("caviar redact: --mode must be label or pseudonym\n"));
    goto out;
  }

  ret = CV_EXIT_FAIL;
  CvCollection *coll = NULL;
  if (!preview_collection(cli, &common, mode, lists, &owner, &coll, &ret))
    goto out;
  if (owner != NULL)
    cv_owner_read_begin(owner);
  redactor = cv_pipeline_redactor_new(coll, mode, NULL, &error);
  if (owner != NULL)
    cv_owner_read_end(owner);
  if (redactor == NULL) {
    cv_cli_error(cli, "%s", error->message);
    goto out;
  }
  input = read_stdin(cli->in_fd, &error);
  if (input == NULL) {
    cv_cli_error(cli, "%s", error->message);
    goto out;
  }
  const char *text = (const char *)input->data;
  gsize len = input->len;
  if (!g_utf8_validate(text, (gssize)len, NULL)) {
    cv_cli_error(cli,
                 _("standard input is not valid UTF-8 (convert it first, e.g. "
                   "iconv -f windows-1252 -t utf-8)"));
    goto out;
  }
  if (lang == CV_LANG_AUTO)
    lang = cv_redact_detect_lang(text, len);
  spans = cv_redact_scan(redactor, text, len, lang);
  guint counts[CV_PII_N_TYPES] = { 0 };
  gsize out_len = 0;
  out_text = cv_redact_render(redactor, text, len, spans, NULL, 0, counts, &out_len);

  if (common.json) {
    g_autoptr(JsonBuilder) b = json_builder_new();
    json_builder_begin_object(b);
    json_builder_set_member_name(b, "text");
    json_builder_add_string_value(b, out_text);
    json_builder_set_member_name(b, "lang");
    json_builder_add_string_value(b, lang == CV_LANG_FR ? "fr" : "en");
    cv_pipeline_spans_json(b, spans);
    json_builder_set_member_name(b, "counts");
    cv_cli_add_counts(b, counts);
    json_builder_end_object(b);
    cv_cli_print_json(cli, b, FALSE);
  } else {
    fwrite(out_text, 1, out_len, cli->out);
  }
  sodium_memzero(out_text, out_len);
  ret = fflush(cli->out) == 0 ? CV_EXIT_OK : CV_EXIT_FAIL;
out:
  if (input) {
    sodium_memzero(input->data, input->len);
    g_byte_array_unref(input);
  }
  cv_redact_free(redactor);
  cv_ingest_settings_clear(&set);
  cv_cli_common_clear(&common);
  return ret;
}
