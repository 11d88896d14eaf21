/* cmd-store.c — the store's maintenance commands: `caviar list`, `stats`,
 * `verify`, `forget`, `purge` and `key show|rotate|passwd`.  Thin: options,
 * calls into cv-store.h, output (text or --json).  Output names documents
 * by id, source path and metadata only, never their text. */
#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include <json-glib/json-glib.h>
#include <sodium.h>

#include "cli.h"

/* ---------- shared ---------- */

static char *
format_date(gint64 t)
{
  if (t <= 0)
    return g_strdup("-");
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc(t);
  return dt ? g_date_time_format(dt, "%Y-%m-%d %H:%M") : g_strdup("?");
}

static char *
format_bytes(guint64 n)
{
  return g_format_size_full(n, G_FORMAT_SIZE_IEC_UNITS);
}

/* Collections to act on: --all-collections or --collection. */
static char **
pick_collections(CvStore *store, CvCliCommon *common, gboolean all,
                 GError **error)
{
  if (all)
    return cv_store_list_collections(store, error);
  char **names = g_new0(char *, 2);
  names[0] = g_strdup(common->collection);
  return names;
}

/* Common epilogue of a command's options context. */
static GOptionContext *
new_context(const char *params, const char *summary, const char *description,
            GOptionEntry *entries, CvCliCommon *common, gboolean with_json)
{
  GOptionContext *ctx = g_option_context_new(params);
  g_option_context_set_summary(ctx, summary);
  if (description != NULL)
    g_option_context_set_description(ctx, description);
  if (entries != NULL)
    g_option_context_add_main_entries(ctx, entries, GETTEXT_PACKAGE);
  cv_cli_add_common(ctx, common, with_json);
  return ctx;
}

/* ---------- list ---------- */

typedef struct {
  CvCli *cli;
  JsonBuilder *json;
  const char *collection;
  guint n;
} ListRun;

static gboolean
list_doc(const char *doc_id, const CvDocInfo *info, gpointer user_data)
{
  ListRun *run = user_data;
  run->n++;
  if (run->json != NULL) {
    JsonBuilder *b = run->json;
    json_builder_begin_object(b);
    json_builder_set_member_name(b, "collection");
    json_builder_add_string_value(b, run->collection);
    json_builder_set_member_name(b, "id");
    json_builder_add_string_value(b, doc_id);
    json_builder_set_member_name(b, "source");
    g_autofree char *source = cv_pipeline_escape_name(info->source);
    json_builder_add_string_value(b, source);
    json_builder_set_member_name(b, "replaces");
    if (info->replaces != NULL)
      json_builder_add_string_value(b, info->replaces);
    else
      json_builder_add_null_value(b);
    json_builder_set_member_name(b, "type");
    json_builder_add_string_value(b, info->mime ? info->mime : "");
    json_builder_set_member_name(b, "lang");
    json_builder_add_string_value(b, info->lang ? info->lang : "");
    json_builder_set_member_name(b, "pages");
    json_builder_add_int_value(b, info->n_pages);
    json_builder_set_member_name(b, "ocr_pages");
    json_builder_add_int_value(b, info->n_ocr_pages);
    json_builder_set_member_name(b, "chunks");
    json_builder_add_int_value(b, info->n_chunks);
    json_builder_set_member_name(b, "bytes");
    json_builder_add_int_value(b, (gint64)info->n_bytes);
    json_builder_set_member_name(b, "ingested_at");
    json_builder_add_int_value(b, info->ingested_at);
    json_builder_set_member_name(b, "expires_at");
    json_builder_add_int_value(b, info->expires_at);
    json_builder_set_member_name(b, "redactions");
    g_autoptr(JsonNode) red = info->redactions
        ? json_from_string(info->redactions, NULL) : NULL;
    if (red != NULL && JSON_NODE_HOLDS_OBJECT(red))
      json_builder_add_value(b, g_steal_pointer(&red));
    else
      json_builder_add_null_value(b);
    json_builder_end_object(b);
    return TRUE;
  }
  CvCli *cli = run->cli;
  g_autofree char *date = format_date(info->ingested_at);
  g_autofree char *source =
      info->source ? cv_pipeline_escape_name(info->source) : g_strdup("-");
  g_autofree char *mime = cv_pipeline_escape_name(info->mime ? info->mime : "-");
  fprintf(cli->out, "%s  %-16s  %-28s %5u %6u  %s", doc_id, date, mime,
          info->n_pages, info->n_chunks, source);
  if (info->replaces != NULL)
    fprintf(cli->out, _("  (replaces %.12s)"), info->replaces);
  fputc('\n', cli->out);
  return !cv_cli_stopped(cli);
}

int
cv_cmd_list(CvCli *cli, int argc, char **argv)
{
  CvCliCommon common = { 0 };
  gboolean all = FALSE;
  GOptionEntry entries[] = {
    { "all-collections", 'a', 0, G_OPTION_ARG_NONE, &all,
      N_("List every collection, not just --collection"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) ctx = new_context(
      NULL,
      N_("Lists the documents of a collection: id, ingestion date (UTC), "
         "type, pages,\nchunks and source path (one line each, or a JSON array "
         "with --json,\nwhich adds language, OCR pages, size, expiry and "
         "redaction counts)."),
      N_("The id is what `caviar forget` takes."), entries, &common, TRUE);
  int ret = CV_EXIT_USAGE;
  g_autoptr(GError) error = NULL;
  g_autoptr(CvOwner) owner = NULL;
  CvStore *store = NULL;
  g_auto(GStrv) names = NULL;
  g_autoptr(JsonBuilder) json = NULL;
  gboolean reading = FALSE;

  if (!cv_cli_parse(cli, ctx, &argc, &argv))
    goto out;
  if (!cv_cli_no_operands(cli, argc, argv))
    goto out;
  owner = cv_cli_open(cli, &common, CV_CLI_READ, &ret);
  if (owner == NULL)
    goto out;
  store = cv_owner_store(owner);
  cv_owner_read_begin(owner);
  reading = TRUE;
  if ((names = pick_collections(store, &common, all, &error)) == NULL) {
    cv_cli_error(cli, "%s", error->message);
    goto out;
  }
  if (common.json) {
    json = json_builder_new();
    json_builder_begin_array(json);
  } else if (!common.quiet) {
    fprintf(cli->out, "%-32s  %-16s  %-28s %5s %6s  %s\n", C_("column", "ID"),
            C_("column", "INGESTED"), C_("column", "TYPE"), C_("column", "PAGES"),
            C_("column", "CHUNKS"), C_("column", "SOURCE"));
  }
  ret = CV_EXIT_OK;
  for (guint i = 0; names[i] != NULL; i++) {
    ListRun run = { cli, json, names[i], 0 };
    CvCollection *coll = cv_store_collection(store, names[i], &error);
    if (coll == NULL || !cv_store_foreach_document(coll, list_doc, &run, &error)) {
      cv_cli_fail(cli, names[i], error->message);
      g_clear_error(&error);
      ret = CV_EXIT_FAIL;
    }
  }
  if (json != NULL) {
    json_builder_end_array(json);
    cv_cli_print_json(cli, json, TRUE);
  }
out:
  if (reading)
    cv_owner_read_end(owner);
  cv_cli_common_clear(&common);
  return ret;
}

/* ---------- stats ---------- */

int
cv_cmd_stats(CvCli *cli, int argc, char **argv)
{
  CvCliCommon common = { 0 };
  gboolean one = FALSE;
  GOptionEntry entries[] = { { "only", 0, 0, G_OPTION_ARG_NONE, &one,
                               N_("Only the collection given by --collection"),
                               NULL },
                             { NULL } };
  g_autoptr(GOptionContext) ctx = new_context(
      NULL,
      N_("Per collection: documents, chunks, redacted text bytes and its "
         "records' size in\nthe store's table files (approximate; what is only "
         "in the write-ahead log\nis not counted until `caviar purge` or "
         "RocksDB flushes it); and the size of\nthe whole store directory."),
      NULL, entries, &common, TRUE);
  int ret = CV_EXIT_USAGE;
  g_autoptr(GError) error = NULL;
  g_autoptr(CvOwner) owner = NULL;
  CvStore *store = NULL;
  g_auto(GStrv) names = NULL;
  g_autoptr(JsonBuilder) b = json_builder_new();
  gboolean reading = FALSE;

  if (!cv_cli_parse(cli, ctx, &argc, &argv))
    goto out;
  if (!cv_cli_no_operands(cli, argc, argv))
    goto out;
  owner = cv_cli_open(cli, &common, CV_CLI_READ, &ret);
  if (owner == NULL)
    goto out;
  store = cv_owner_store(owner);
  cv_owner_read_begin(owner);
  reading = TRUE;
  if ((names = pick_collections(store, &common, !one, &error)) == NULL) {
    cv_cli_error(cli, "%s", error->message);
    goto out;
  }
  ret = CV_EXIT_OK;
  CvStoreStats total = { 0 };
  json_builder_begin_object(b);
  json_builder_set_member_name(b, "collections");
  json_builder_begin_array(b);
  if (!common.json)
    fprintf(cli->out, "%-24s %10s %10s %12s %12s\n", C_("column", "COLLECTION"),
            C_("column", "DOCUMENTS"), C_("column", "CHUNKS"),
            C_("column", "TEXT"), C_("column", "ON DISK"));
  for (guint i = 0; names[i] != NULL; i++) {
    CvStoreStats s;
    CvCollection *coll = cv_store_collection(store, names[i], &error);
    if (coll == NULL || !cv_store_stats(coll, &s, &error)) {
      cv_cli_fail(cli, names[i], error->message);
      g_clear_error(&error);
      ret = CV_EXIT_FAIL;
      continue;
    }
    total.n_documents += s.n_documents;
    total.n_chunks += s.n_chunks;
    total.text_bytes += s.text_bytes;
    total.disk_bytes = s.disk_bytes;
    json_builder_begin_object(b);
    json_builder_set_member_name(b, "name");
    json_builder_add_string_value(b, names[i]);
    json_builder_set_member_name(b, "documents");
    json_builder_add_int_value(b, (gint64)s.n_documents);
    json_builder_set_member_name(b, "chunks");
    json_builder_add_int_value(b, (gint64)s.n_chunks);
    json_builder_set_member_name(b, "text_bytes");
    json_builder_add_int_value(b, (gint64)s.text_bytes);
    json_builder_set_member_name(b, "disk_bytes");
    json_builder_add_int_value(b, (gint64)s.collection_bytes);
    json_builder_end_object(b);
    if (!common.json) {
      g_autofree char *text = format_bytes(s.text_bytes);
      g_autofree char *disk = format_bytes(s.collection_bytes);
      fprintf(cli->out,
              "%-24s %10" G_GUINT64_FORMAT " %10" G_GUINT64_FORMAT
              " %12s %12s\n",
              names[i], s.n_documents, s.n_chunks, text, disk);
    }
  }
  json_builder_end_array(b);
  json_builder_set_member_name(b, "documents");
  json_builder_add_int_value(b, (gint64)total.n_documents);
  json_builder_set_member_name(b, "chunks");
  json_builder_add_int_value(b, (gint64)total.n_chunks);
  json_builder_set_member_name(b, "text_bytes");
  json_builder_add_int_value(b, (gint64)total.text_bytes);
  json_builder_set_member_name(b, "disk_bytes");
  json_builder_add_int_value(b, (gint64)total.disk_bytes);
  json_builder_end_object(b);
  if (common.json) {
    cv_cli_print_json(cli, b, TRUE);
  } else {
    g_autofree char *text = format_bytes(total.text_bytes);
    g_autofree char *disk = format_bytes(total.disk_bytes);
    fprintf(cli->out,
            "%-24s %10" G_GUINT64_FORMAT " %10" G_GUINT64_FORMAT " %12s\n",
            C_("column", "(all)"), total.n_documents, total.n_chunks, text);
    fprintf(cli->out, _("store directory on disk: %s"), disk);
    if (total.text_bytes > 0)
      fprintf(cli->out, _(" (%.2fx the text)"),
              (double)total.disk_bytes / (double)total.text_bytes);
    fprintf(cli->out, "\n");
  }
out:
  if (reading)
    cv_owner_read_end(owner);
  cv_cli_common_clear(&common);
  return ret;
}

/* ---------- verify ---------- */

typedef struct {
  CvCli *cli;
  guint n;
} VerifyRun;

static void
verify_report(const char *collection, const char *record, const char *problem,
              gpointer user_data)
{
  VerifyRun *run = user_data;
  run->n++;
  g_autofree char *where = g_strdup_printf("%s: %s", collection, record);
  cv_cli_fail(run->cli, where, problem);
}

int
cv_cmd_verify(CvCli *cli, int argc, char **argv)
{
  CvCliCommon common = { 0 };
  g_autoptr(GOptionContext) ctx = new_context(
      NULL,
      N_("Reads every record of every collection, checks every "
         "authentication tag,\nthat each document has all its chunks in order, "
         "and the index against the\nchunks.  Each problem is printed on "
         "stderr as `caviar: COLLECTION: RECORD: problem`\n(never any text).  "
         "Exit status 1 if there is any problem."),
      N_("The store is opened read-only: it can run while another process "
         "writes.\nWhile a service holds the store, it runs there and its "
         "writers wait for it."),
      NULL, &common, FALSE);
  int ret = CV_EXIT_USAGE;
  g_autoptr(GError) error = NULL;
  g_autoptr(CvOwner) owner = NULL;

  if (!cv_cli_parse(cli, ctx, &argc, &argv))
    goto out;
  if (!cv_cli_no_operands(cli, argc, argv))
    goto out;
  owner = cv_cli_open(cli, &common, CV_CLI_READ, &ret);
  if (owner == NULL)
    goto out;
  ret = CV_EXIT_FAIL;
  VerifyRun run = { cli, 0 };
  /* one consistent view: no writer may add or remove records between its
   * passes (metadata, then chunks, then keys) */
  cv_owner_write_begin(owner);
  cv_owner_read_begin(owner);
  int problems =
      cv_store_verify(cv_owner_store(owner), verify_report, &run, &error);
  cv_owner_read_end(owner);
  cv_owner_write_end(owner);
  if (problems < 0) {
    cv_cli_error(cli, "%s", error ? error->message : "verification failed");
    goto out;
  }
  if (!common.quiet)
    fprintf(cli->out,
            g_dngettext(GETTEXT_PACKAGE, "%d problem found\n",
                        "%d problems found\n", problems),
            problems);
  ret = problems == 0 ? CV_EXIT_OK : CV_EXIT_FAIL;
out:
  cv_cli_common_clear(&common);
  return ret;
}

/* ---------- forget ---------- */

/* `--source PATH` matches a document through the keyed hashes of its
 * metadata (no path is stored in clear): PATH made absolute (with the
 * caller's working directory) against the path the file was read from, or
 * PATH as typed against its path under the ingested root or drop folder
 * ("dossiers/a.pdf", "sub/a.pdf").  Documents stored before those hashes
 * existed are matched on their stored path, as before. */
typedef struct {
  const char *typed;     /* normalised */
  const char *canonical; /* absolute */
  char typed_key[CV_DOC_ID_LEN + 1];
  char canonical_key[CV_DOC_ID_LEN + 1];
  GPtrArray *ids;
} SourceMatch;

static gboolean
match_source(const char *doc_id, const CvDocInfo *info, gpointer user_data)
{
  SourceMatch *m = user_data;
  gboolean hit;
  if (info->source_key != NULL || info->origin_key != NULL)
    hit = g_strcmp0(info->origin_key, m->canonical_key) == 0 ||
          g_strcmp0(info->source_key, m->typed_key) == 0;
  else
    hit = info->source != NULL && (strcmp(info->source, m->typed) == 0 ||
                                   strcmp(info->source, m->canonical) == 0);
  if (hit)
    g_ptr_array_add(m->ids, g_strdup(doc_id));
  return TRUE;
}

/* "./a//b/" -> "a/b" */
static char *
normalise_typed(const char *path)
{
  g_auto(GStrv) parts = g_strsplit(path, "/", -1);
  g_autoptr(GPtrArray) kept = g_ptr_array_new();
  for (guint i = 0; parts[i]; i++)
    if (*parts[i] != '\0' && strcmp(parts[i], ".") != 0)
      g_ptr_array_add(kept, parts[i]);
  g_ptr_array_add(kept, NULL);
  g_autofree char *joined = g_strjoinv("/", (char **)kept->pdata);
  return path[0] == '/' ? g_strconcat("/", joined, NULL)
                        : g_steal_pointer(&joined);
}

int
cv_cmd_forget(CvCli *cli, int argc, char **argv)
{
  CvCliCommon common = { 0 };
  g_auto(GStrv) sources = NULL;
  GOptionEntry entries[] = {
    { "source", 's', 0, G_OPTION_ARG_FILENAME_ARRAY, &sources,
      N_("Forget the documents ingested from PATH (repeatable)"), N_("PATH") },
    { NULL }
  };
  g_autoptr(GOptionContext) ctx = new_context(
      N_("[DOC...]"),
      N_("Removes documents (chunks, metadata, key, index entries) "
         "from a collection\nand erases them from disk: the memtables are "
         "flushed so the write-ahead log\nholding them is deleted, and the "
         "files holding them are rewritten.\nDOC is an id from `caviar list`; "
         "PATH the file's path as ingested (absolute,\nor relative to here) or "
         "its path under the ingested folder (dossiers/a.pdf)."),
      N_("Once it returns, no search or API call returns those documents.\n"
         "Copies of the store made before (backups) still hold the documents: "
         "`caviar key rotate`\nmakes such copies unreadable."),
      entries, &common, FALSE);
  int ret = CV_EXIT_USAGE;
  g_autoptr(GError) error = NULL;
  g_autoptr(CvOwner) owner = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func(g_free);
  g_autoptr(GPtrArray) shown = g_ptr_array_new_with_free_func(g_free);
  CvCollection *coll = NULL;

  if (!cv_cli_parse(cli, ctx, &argc, &argv))
    goto out;
  if (argc < 2 && (sources == NULL || sources[0] == NULL)) {
    fprintf(cli->err, _("caviar forget: give document ids or --source PATH\n"
                        "Try 'caviar help forget'.\n"));
    goto out;
  }
  owner = cv_cli_open(cli, &common, CV_CLI_WRITE, &ret);
  if (owner == NULL)
    goto out;
  coll = cv_store_collection(cv_owner_store(owner), common.collection, &error);
  if (coll == NULL) {
    cv_cli_error(cli, "%s", error->message);
    ret = CV_EXIT_FAIL;
    goto out;
  }
  ret = CV_EXIT_OK;
  for (int i = 1; i < argc; i++) {
    g_ptr_array_add(ids, g_strdup(argv[i]));
    g_ptr_array_add(shown, cv_pipeline_escape_name(argv[i]));
  }
  /* which documents the paths name (read as the other readers do) */
  cv_owner_read_begin(owner);
  for (guint i = 0; sources != NULL && sources[i] != NULL; i++) {
    g_autofree char *typed = normalise_typed(sources[i]);
    g_autofree char *canonical = g_canonicalize_filename(sources[i], cli->cwd);
    g_autofree char *name = cv_pipeline_escape_name(sources[i]);
    g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func(g_free);
    SourceMatch m = { typed, canonical, "", "", found };
    cv_store_path_key(coll, typed, m.typed_key);
    cv_store_path_key(coll, canonical, m.canonical_key);
    if (!cv_store_foreach_document(coll, match_source, &m, &error)) {
      cv_cli_fail(cli, name, error->message);
      g_clear_error(&error);
      ret = CV_EXIT_FAIL;
      continue;
    }
    if (found->len == 0) {
      cv_cli_fail(cli, name, _("no document of this collection comes from it"));
      ret = CV_EXIT_FAIL;
      continue;
    }
    for (guint j = 0; j < found->len; j++) {
      g_ptr_array_add(ids, g_strdup(found->pdata[j]));
      g_ptr_array_add(shown, g_strdup(name));
    }
  }
  cv_owner_read_end(owner);

  /* Gone from every reader at once: the readers wait while they go. */
  guint n = 0;
  cv_owner_write_begin(owner);
  cv_owner_exclude_begin(owner);
  for (guint i = 0; i < ids->len; i++) {
    if (!cv_store_forget_deferred(coll, ids->pdata[i], &error)) {
      if (g_error_matches(error, CV_STORE_ERROR, CV_STORE_ERROR_NOT_FOUND) &&
          i >= (guint)argc - 1) {
        g_clear_error(&error); /* named twice, by --source */
        continue;
      }
      cv_cli_fail(cli, shown->pdata[i], error->message);
      g_clear_error(&error);
      ret = CV_EXIT_FAIL;
      continue;
    }
    n++;
  }
  cv_owner_exclude_end(owner);
  /* one compaction for all: their bytes leave the store's files */
  if (n > 0 && !cv_store_compact(cv_owner_store(owner), &error)) {
    cv_cli_error(cli,
                 _("documents forgotten but not yet erased from disk (run "
                   "`caviar purge`): %s"),
                 error->message);
    g_clear_error(&error);
    ret = CV_EXIT_FAIL;
  }
  cv_owner_write_end(owner);
  if (!common.quiet)
    fprintf(cli->out,
            g_dngettext(GETTEXT_PACKAGE, "forgot %u document\n",
                        "forgot %u documents\n", n),
            n);
out:
  cv_cli_common_clear(&common);
  return ret;
}

/* ---------- purge ---------- */

static gboolean
set_retention(CvOwner *owner, CvCollection *coll, gint64 days, GError **error)
{
  cv_owner_write_begin(owner);
  gboolean ok = cv_store_collection_set_retention(coll, days * 86400, error);
  cv_owner_write_end(owner);
  return ok;
}

int
cv_cmd_purge(CvCli *cli, int argc, char **argv)
{
  CvCliCommon common = { 0 };
  gint64 retention_days = -1;
  gboolean show = FALSE;
  GOptionEntry entries[] = {
    { "set-retention", 0, 0, G_OPTION_ARG_INT64, &retention_days,
      N_("First set --collection's retention: documents ingested more than "
         "DAYS "
         "days ago expire (0 = keep forever)"),
      N_("DAYS") },
    { "show-retention", 0, 0, G_OPTION_ARG_NONE, &show,
      N_("Print --collection's retention and exit"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) ctx = new_context(
      NULL,
      N_("Forgets every expired document (its own expiry date, or older than "
         "its\ncollection's retention), then compacts the whole store so no "
         "deleted record\nremains in its files."),
      NULL, entries, &common, FALSE);
  int ret = CV_EXIT_USAGE;
  g_autoptr(GError) error = NULL;
  g_autoptr(CvOwner) owner = NULL;
  CvStore *store = NULL;

  if (!cv_cli_parse(cli, ctx, &argc, &argv))
    goto out;
  if (!cv_cli_no_operands(cli, argc, argv))
    goto out;
  if (retention_days < -1 || retention_days > 1000 * 366) {
    fprintf(cli->err,
            _("caviar purge: --set-retention takes 0 to 366000 days\n"));
    goto out;
  }
  owner = cv_cli_open(cli, &common, show ? CV_CLI_READ : CV_CLI_WRITE, &ret);
  if (owner == NULL)
    goto out;
  ret = CV_EXIT_FAIL;
  store = cv_owner_store(owner);
  if (show || retention_days >= 0) {
    CvCollection *coll = cv_store_collection(store, common.collection, &error);
    gint64 seconds = 0;
    if (coll == NULL ||
        (retention_days >= 0 &&
         !set_retention(owner, coll, retention_days, &error)) ||
        !cv_store_collection_get_retention(coll, &seconds, &error)) {
      cv_cli_fail(cli, common.collection, error->message);
      goto out;
    }
    if (!common.quiet) {
      if (seconds == 0)
        fprintf(cli->out, _("%s: documents are kept until forgotten\n"),
                common.collection);
      else
        fprintf(cli->out, _("%s: documents expire %lld days after ingestion\n"),
                common.collection, (long long)(seconds / 86400));
    }
    if (show) {
      ret = CV_EXIT_OK;
      goto out;
    }
  }
  guint n = 0;
  /* documents disappear: readers wait for the whole purge */
  cv_owner_write_begin(owner);
  cv_owner_exclude_begin(owner);
  gboolean purged = cv_store_purge(store, &n, &error);
  cv_owner_exclude_end(owner);
  cv_owner_write_end(owner);
  if (!purged) {
    cv_cli_error(cli, "%s", error->message);
    goto out;
  }
  if (!common.quiet)
    fprintf(cli->out,
            g_dngettext(GETTEXT_PACKAGE,
                        "forgot %u expired document; store compacted\n",
                        "forgot %u expired documents; store compacted\n", n),
            n);
  ret = CV_EXIT_OK;
out:
  cv_cli_common_clear(&common);
  return ret;
}

/* ---------- key ---------- */

static int
key_show(CvCli *cli, CvStore *store, CvCliCommon *common)
{
  g_autofree char *fp = cv_store_key_fingerprint(store);
  const char *protection =
      cv_store_key_is_credential(store)    ? _("systemd credential")
      : cv_store_key_has_passphrase(store) ? _("passphrase")
                                           : _("none (file mode 0600)");
  if (common->json) {
    g_autoptr(JsonBuilder) b = json_builder_new();
    json_builder_begin_object(b);
    json_builder_set_member_name(b, "fingerprint");
    json_builder_add_string_value(b, fp);
    json_builder_set_member_name(b, "key_file");
    json_builder_add_string_value(b, cv_store_key_path(store));
    json_builder_set_member_name(b, "passphrase");
    json_builder_add_boolean_value(b, cv_store_key_has_passphrase(store));
    json_builder_set_member_name(b, "credential");
    json_builder_add_boolean_value(b, cv_store_key_is_credential(store));
    json_builder_set_member_name(b, "kek_version");
    json_builder_add_int_value(b, cv_store_key_version(store));
    json_builder_end_object(b);
    cv_cli_print_json(cli, b, TRUE);
  } else {
    fprintf(cli->out,
            _("fingerprint: %s\nkey file:    %s\nprotection:  %s\n"
              "key-encryption key version: %u\n"),
            fp, cv_store_key_path(store), protection,
            cv_store_key_version(store));
  }
  return CV_EXIT_OK;
}

/* The new passphrase: $CAVIAR_NEW_PASSPHRASE (the client's, remote), else
 * asked twice on the terminal (not through the service: it has none). */
static char *
new_passphrase(CvCli *cli, GError **error)
{
  const char *env = cv_cli_getenv(cli, "CAVIAR_NEW_PASSPHRASE");
  if (cli->remote && env == NULL) {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_INVALID,
                _("a service holds the store: give the new passphrase in "
                  "$CAVIAR_NEW_PASSPHRASE (it cannot ask on your terminal)"));
    return NULL;
  }
  if (cli->remote) {
    /* the client's value, in memory cv_store_passphrase_free wipes */
    gsize len = strlen(env);
    char *pass = len <= 1024 ? sodium_malloc(len + 1) : NULL;
    if (pass == NULL) {
      g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_INVALID,
                  _("passphrase longer than 1024 bytes"));
      return NULL;
    }
    memcpy(pass, env, len + 1);
    return pass;
  }
  char *pass = cv_store_passphrase_read("CAVIAR_NEW_PASSPHRASE",
                                        "New passphrase: ", error);
  if (pass == NULL || g_getenv("CAVIAR_NEW_PASSPHRASE") != NULL)
    return pass;
  char *again = cv_store_passphrase_read("CAVIAR_NEW_PASSPHRASE",
                                         "Same passphrase again: ", error);
  gboolean same = again != NULL && strcmp(pass, again) == 0;
  if (again != NULL && !same)
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_INVALID,
                _("the passphrases differ: nothing changed"));
  cv_store_passphrase_free(again);
  if (!same) {
    cv_store_passphrase_free(pass);
    return NULL;
  }
  return pass;
}

static int
key_passwd(CvCli *cli, CvStore *store, gboolean remove, GError **error)
{
  if (remove)
    return cv_store_key_set_passphrase(store, NULL, error) ? CV_EXIT_OK : CV_EXIT_FAIL;
  char *pass = new_passphrase(cli, error);
  if (pass == NULL)
    return CV_EXIT_FAIL;
  gboolean ok = TRUE;
  if (strlen(pass) < 8) {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_INVALID,
                _("passphrase shorter than 8 characters: nothing changed"));
    ok = FALSE;
  }
  if (ok)
    ok = cv_store_key_set_passphrase(store, pass, error);
  cv_store_passphrase_free(pass);
  return ok ? CV_EXIT_OK : CV_EXIT_FAIL;
}

int
cv_cmd_key(CvCli *cli, int argc, char **argv)
{
  CvCliCommon common = { 0 };
  gboolean remove = FALSE;
  GOptionEntry entries[] = {
    { "remove", 0, 0, G_OPTION_ARG_NONE,
      &remove, N_("passwd: remove the passphrase (the key file becomes the raw key, mode 0600)"),
      NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) ctx = new_context(
      N_("show|rotate|passwd"),
      N_("show    the master key's fingerprint (never the key), key file, "
         "protection,\n        and key-encryption key version\n"
         "rotate  new key-encryption key (every document key is re-wrapped; no "
         "chunk is\n        re-encrypted) and new master key written to the "
         "key "
         "file; the old\n        keys are destroyed: copies of the store made "
         "before (backups) can no\n        longer be read, with the old key "
         "file "
         "or the new one\n"
         "passwd  protect the master key with a passphrase (Argon2id), change "
         "it, or\n        --remove it; the new one is read from "
         "$CAVIAR_NEW_PASSPHRASE or\n        asked twice on the terminal"),
      N_("A passphrase-protected key file is opened with $CAVIAR_PASSPHRASE or "
         "a "
         "prompt.\nWhen $CREDENTIALS_DIRECTORY/caviar-master-key exists "
         "(systemd "
         "LoadCredential=),\nit is the master key, and rotate/passwd are "
         "refused."),
      entries, &common, TRUE);
  int ret = CV_EXIT_USAGE;
  g_autoptr(GError) error = NULL;
  g_autoptr(CvOwner) owner = NULL;
  CvStore *store = NULL;

  if (!cv_cli_parse(cli, ctx, &argc, &argv))
    goto out;
  if (argc != 2 || (strcmp(argv[1], "show") != 0 && strcmp(argv[1], "rotate") != 0
                    && strcmp(argv[1], "passwd") != 0)) {
    fprintf(cli->err, _("caviar key: expected show, rotate or passwd\n"
                        "Try 'caviar help key'.\n"));
    goto out;
  }
  if (remove && strcmp(argv[1], "passwd") != 0) {
    fprintf(cli->err, _("caviar key: --remove goes with passwd\n"));
    goto out;
  }
  gboolean show = strcmp(argv[1], "show") == 0;
  owner = cv_cli_open(cli, &common, show ? CV_CLI_READ : CV_CLI_WRITE, &ret);
  if (owner == NULL)
    goto out;
  ret = CV_EXIT_FAIL;
  store = cv_owner_store(owner);
  if (show) {
    ret = key_show(cli, store, &common);
  } else if (strcmp(argv[1], "rotate") == 0) {
    /* keys change under every reader: none may be inside */
    cv_owner_write_begin(owner);
    cv_owner_exclude_begin(owner);
    gboolean rotated = cv_store_key_rotate(store, &error);
    cv_owner_exclude_end(owner);
    cv_owner_write_end(owner);
    if (!rotated) {
      cv_cli_error(cli, "%s", error->message);
      goto out;
    }
    g_autofree char *fp = cv_store_key_fingerprint(store);
    if (!common.quiet)
      fprintf(
          cli->out,
          _("rotated: key-encryption key version %u, new master key %s in %s\n"
            "Copies of the store made before can no longer be read; back up "
            "the new key file.\n"),
          cv_store_key_version(store), fp, cv_store_key_path(store));
    ret = CV_EXIT_OK;
  } else {
    cv_owner_write_begin(owner);
    ret = key_passwd(cli, store, remove, &error);
    cv_owner_write_end(owner);
    if (ret != CV_EXIT_OK)
      cv_cli_error(cli, "%s", error->message);
    else if (!common.quiet)
      fprintf(cli->out,
              remove ? "passphrase removed from %s\n"
                     : "%s is now protected by the passphrase\n",
              cv_store_key_path(store));
  }
out:
  cv_cli_common_clear(&common);
  return ret;
}
