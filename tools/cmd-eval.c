/* cmd-eval.c — `caviar eval LABELS.jsonl`: runs a labelled corpus through
 * the same extraction (sandboxed workers) and redaction as `caviar ingest`,
 * in memory, and reports per identifier type and per format: identifiers
 * leaked, decoys kept, content kept.
 *
 * labels.jsonl, one document a line (paths relative to the labels file):
 *   {"file": "docs/a.pdf", "lang": "fr", "format": "pdf-text",
 *    "pii": [{"type": "SIN", "value": "046 454 286"}, ...],
 *    "decoys": ["2024-117-03412", ...], "content": ["A sentence.", ...]}
 * A value counts as leaked if it survives with its separators changed, or
 * (values of 8+ characters) with one character changed. */
#include <stdio.h>
#include <string.h>

#include <json-glib/json-glib.h>
#include <sodium.h>

#include "cli.h"
#include "pipeline.h"
#include "workers.h"

#define MAX_LABELS_BYTES (64u * 1024 * 1024)
#define MAX_FILE_BYTES (512ull * 1024 * 1024)

typedef struct {
  guint total, leaked;
} Tally;

typedef struct {
  char *name;
  Tally pii, decoys, content_words, docs_failed;
  guint docs;
} FormatTally;

typedef struct {
  JsonObject *label; /* borrowed from the parsed array */
  char *format;
} Item;

/* Case-folded alphanumerics only: separators and punctuation dropped. */
static gunichar *
squash(const char *s, gsize len, glong *out_len)
{
  g_autofree char *folded = g_utf8_casefold(s, (gssize)len);
  g_autofree char *nfd = g_utf8_normalize(folded, -1, G_NORMALIZE_NFD);
  glong n = 0;
  gunichar *u = g_utf8_to_ucs4_fast(nfd ? nfd : folded, -1, &n);
  glong k = 0;
  for (glong i = 0; i < n; i++)
    if (g_unichar_isalnum(u[i]))
      u[k++] = u[i];
  u[k] = 0;
  *out_len = k;
  return u;
}

/* Does @needle occur in @hay with at most @max_diff substitutions? */
static gboolean
occurs(const gunichar *hay, glong n, const gunichar *needle, glong m,
       int max_diff)
{
  if (m == 0 || m > n)
    return FALSE;
  for (glong i = 0; i + m <= n; i++) {
    int diff = 0;
    for (glong j = 0; j < m && diff <= max_diff; j++)
      diff += hay[i + j] != needle[j];
    if (diff <= max_diff)
      return TRUE;
  }
  return FALSE;
}

static gboolean
value_survives(const gunichar *hay, glong n, const char *value)
{
  glong m = 0;
  g_autofree gunichar *needle = squash(value, strlen(value), &m);
  return occurs(hay, n, needle, m, g_utf8_strlen(value, -1) >= 8 ? 1 : 0);
}

static FormatTally *
format_tally(GHashTable *formats, const char *name)
{
  FormatTally *f = g_hash_table_lookup(formats, name);
  if (f == NULL) {
    f = g_new0(FormatTally, 1);
    f->name = g_strdup(name);
    g_hash_table_insert(formats, f->name, f);
  }
  return f;
}

static void
format_tally_free(gpointer p)
{
  FormatTally *f = p;
  g_free(f->name);
  g_free(f);
}

static double
pct(guint part, guint total)
{
  return total ? 100.0 * part / total : 100.0;
}

int
cv_cmd_eval(int argc, char **argv)
{
  CvCliCommon common = { 0 };
  gboolean show_leaks = FALSE, no_ocr = FALSE;
  int jobs = 0;
  g_autofree char *mode_s = NULL;
  GOptionEntry entries[] = {
    { "jobs", 'j', 0, G_OPTION_ARG_INT, &jobs,
      "Files extracted in parallel (default: number of cores)", "N" },
    { "no-ocr", 0, 0, G_OPTION_ARG_NONE, &no_ocr, "Never run OCR", NULL },
    { "show-leaks", 0, 0, G_OPTION_ARG_NONE, &show_leaks,
      "Print each leaked labelled value and each lost decoy (they come from "
      "your labels file)", NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &common.json, "JSON report", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) ctx = g_option_context_new("LABELS.jsonl");
  g_option_context_set_summary(
      ctx, "Runs the documents of a labels file through extraction and\n"
           "redaction (as 'caviar ingest' does, without storing anything) and\n"
           "reports, per identifier type and per format: identifiers leaked,\n"
           "decoys kept, content words kept.");
  g_option_context_set_description(
      ctx, "labels.jsonl holds one JSON object per document:\n"
           "  {\"file\": \"docs/a.pdf\", \"format\": \"pdf-text\", \"lang\": \"fr\",\n"
           "   \"pii\": [{\"type\": \"SIN\", \"value\": \"046 454 286\"}],\n"
           "   \"decoys\": [\"2024-117-03412\"], \"content\": [\"A sentence.\"]}\n"
           "Paths are relative to the labels file.  A value counts as leaked if\n"
           "it survives with separators changed, or (8+ characters) with one\n"
           "character changed.  Exit status 1 if any document failed.");
  g_option_context_add_main_entries(ctx, entries, NULL);
  int ret = CV_EXIT_USAGE;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new();
  g_autoptr(GPtrArray) items = g_ptr_array_new();
  g_autoptr(GHashTable) formats =
      g_hash_table_new_full(g_str_hash, g_str_equal, NULL, format_tally_free);
  Tally types[CV_PII_N_TYPES] = { 0 };
  Tally all_pii = { 0 }, decoys = { 0 }, content = { 0 };
  guint failed = 0;
  CvRedactor *redactor = NULL;
  CvWorkerPool *pool = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func(
      (GDestroyNotify)json_node_unref);
  g_autofree char *base = NULL;
  g_auto(GStrv) split = NULL;
  g_autoptr(GList) keys = NULL;

  if (!cv_cli_parse(ctx, &argc, &argv))
    goto out;
  if (argc != 2) {
    fprintf(stderr, "caviar eval: give one LABELS.jsonl\nTry 'caviar help eval'.\n");
    goto out;
  }
  ret = CV_EXIT_FAIL;
  gsize clen = 0;
  if (!g_file_get_contents(argv[1], &contents, &clen, &error)) {
    cv_cli_fail(argv[1], error->message);
    goto out;
  }
  if (clen > MAX_LABELS_BYTES) {
    cv_cli_fail(argv[1], "labels file too large");
    goto out;
  }
  base = g_path_get_dirname(argv[1]);
  split = g_strsplit(contents, "\n", -1);
  for (guint i = 0; split[i]; i++) {
    g_strstrip(split[i]);
    if (split[i][0] == '\0')
      continue;
    if (!json_parser_load_from_data(parser, split[i], -1, &error) ||
        !JSON_NODE_HOLDS_OBJECT(json_parser_get_root(parser))) {
      g_autofree char *where = g_strdup_printf("%s:%u", argv[1], i + 1);
      cv_cli_fail(where, error ? error->message : "not a JSON object");
      goto out;
    }
    JsonNode *node = json_node_copy(json_parser_get_root(parser));
    g_ptr_array_add(lines, node);
    JsonObject *o = json_node_get_object(node);
    if (!json_object_has_member(o, "file")) {
      g_autofree char *where = g_strdup_printf("%s:%u", argv[1], i + 1);
      cv_cli_fail(where, "no \"file\" member");
      goto out;
    }
    g_ptr_array_add(items, o);
  }

  redactor = cv_redact_new(CV_REDACT_MODE_LABEL, NULL, 0, &error);
  if (redactor == NULL) {
    cv_cli_error("%s", error->message);
    goto out;
  }
  CvIngestOptions opts = { .no_ocr = no_ocr, .ocr_threads = 1 };
  guint n_workers = jobs > 0 ? (guint)jobs : g_get_num_processors();
  pool = cv_worker_pool_new(&opts, n_workers, 1800);

  guint pending = 0;
  for (guint i = 0; i < items->len; i++) {
    JsonObject *o = g_ptr_array_index(items, i);
    const char *file = json_object_get_string_member(o, "file");
    g_autofree char *path = g_build_filename(base, file, NULL);
    CvJob *job = g_new0(CvJob, 1);
    job->path = g_strdup(file);
    job->user_data = o;
    gsize len = 0;
    char *data = NULL;
    if (!g_file_get_contents(path, &data, &len, &job->error)) {
      failed++;
      cv_cli_fail(path, job->error->message);
      cv_job_free(job);
      continue;
    }
    job->bytes = g_bytes_new_take(data, len);
    cv_worker_pool_push(pool, job);
    pending++;
  }

  for (; pending > 0; pending--) {
    g_autoptr(CvJob) job = cv_worker_pool_pop(pool);
    JsonObject *o = job->user_data;
    const char *fmt = json_object_has_member(o, "format")
                          ? json_object_get_string_member(o, "format")
                          : "unknown";
    FormatTally *ft = format_tally(formats, fmt);
    ft->docs++;
    if (job->doc == NULL) {
      failed++;
      ft->docs_failed.leaked++;
      cv_cli_fail(job->path, job->error->message);
      continue;
    }
    CvLang lang = CV_LANG_AUTO;
    g_autoptr(GError) rerr = NULL;
    g_autoptr(CvRedacted) red =
        cv_pipeline_redact(redactor, job->doc, lang, CV_CHUNK_TARGET, &rerr);
    if (red == NULL) {
      failed++;
      ft->docs_failed.leaked++;
      cv_cli_fail(job->path, rerr->message);
      continue;
    }
    glong n = 0;
    g_autofree gunichar *hay = squash(red->text, red->len, &n);

    JsonArray *pii = json_object_has_member(o, "pii")
                         ? json_object_get_array_member(o, "pii") : NULL;
    for (guint k = 0; pii && k < json_array_get_length(pii); k++) {
      JsonObject *p = json_array_get_object_element(pii, k);
      const char *type = json_object_get_string_member_with_default(p, "type", "");
      const char *value = json_object_get_string_member_with_default(p, "value", "");
      gboolean leak = value_survives(hay, n, value);
      CvPiiType t;
      if (cv_redact_type_from_name(type, &t)) {
        types[t].total++;
        types[t].leaked += leak;
      }
      all_pii.total++;
      all_pii.leaked += leak;
      ft->pii.total++;
      ft->pii.leaked += leak;
      if (leak && show_leaks)
        printf("leak  %-14s %s: %s\n", type, job->path, value);
    }
    JsonArray *dec = json_object_has_member(o, "decoys")
                         ? json_object_get_array_member(o, "decoys") : NULL;
    for (guint k = 0; dec && k < json_array_get_length(dec); k++) {
      const char *value = json_array_get_string_element(dec, k);
      glong m = 0;
      g_autofree gunichar *needle = squash(value, strlen(value), &m);
      gboolean lost = !occurs(hay, n, needle, m, 0);
      decoys.total++;
      decoys.leaked += lost;
      ft->decoys.total++;
      ft->decoys.leaked += lost;
      if (lost && show_leaks)
        printf("lost  %-14s %s: %s\n", "decoy", job->path, value);
    }
    JsonArray *con = json_object_has_member(o, "content")
                         ? json_object_get_array_member(o, "content") : NULL;
    for (guint k = 0; con && k < json_array_get_length(con); k++) {
      const char *sentence = json_array_get_string_element(con, k);
      g_auto(GStrv) words = g_regex_split_simple("[^[:alnum:]]+", sentence, 0, 0);
      for (guint w = 0; words[w]; w++) {
        if (words[w][0] == '\0')
          continue;
        glong m = 0;
        g_autofree gunichar *needle = squash(words[w], strlen(words[w]), &m);
        gboolean lost = !occurs(hay, n, needle, m, 0);
        content.total++;
        content.leaked += lost;
        ft->content_words.total++;
        ft->content_words.leaked += lost;
        if (lost && show_leaks)
          printf("lost  %-14s %s: %s\n", "content-word", job->path, words[w]);
      }
    }
    sodium_memzero(hay, sizeof(gunichar) * (gsize)n);
  }

  keys = g_hash_table_get_keys(formats);
  keys = g_list_sort(keys, (GCompareFunc)g_strcmp0);
  if (common.json) {
    g_autoptr(JsonBuilder) b = json_builder_new();
    json_builder_begin_object(b);
    json_builder_set_member_name(b, "documents");
    json_builder_add_int_value(b, items->len);
    json_builder_set_member_name(b, "failed");
    json_builder_add_int_value(b, failed);
    json_builder_set_member_name(b, "types");
    json_builder_begin_object(b);
    for (int t = 0; t < CV_PII_N_TYPES; t++) {
      if (types[t].total == 0)
        continue;
      json_builder_set_member_name(b, cv_redact_type_name((CvPiiType)t));
      json_builder_begin_object(b);
      json_builder_set_member_name(b, "total");
      json_builder_add_int_value(b, types[t].total);
      json_builder_set_member_name(b, "leaked");
      json_builder_add_int_value(b, types[t].leaked);
      json_builder_set_member_name(b, "recall");
      json_builder_add_double_value(b, pct(types[t].total - types[t].leaked, types[t].total) / 100);
      json_builder_end_object(b);
    }
    json_builder_end_object(b);
    json_builder_set_member_name(b, "formats");
    json_builder_begin_object(b);
    for (GList *l = keys; l; l = l->next) {
      FormatTally *f = g_hash_table_lookup(formats, l->data);
      json_builder_set_member_name(b, f->name);
      json_builder_begin_object(b);
      json_builder_set_member_name(b, "documents");
      json_builder_add_int_value(b, f->docs);
      json_builder_set_member_name(b, "failed");
      json_builder_add_int_value(b, f->docs_failed.leaked);
      json_builder_set_member_name(b, "pii_leaked");
      json_builder_add_int_value(b, f->pii.leaked);
      json_builder_set_member_name(b, "pii_total");
      json_builder_add_int_value(b, f->pii.total);
      json_builder_set_member_name(b, "decoys_kept");
      json_builder_add_double_value(b, pct(f->decoys.total - f->decoys.leaked, f->decoys.total) / 100);
      json_builder_set_member_name(b, "content_kept");
      json_builder_add_double_value(b, pct(f->content_words.total - f->content_words.leaked, f->content_words.total) / 100);
      json_builder_end_object(b);
    }
    json_builder_end_object(b);
    json_builder_set_member_name(b, "recall");
    json_builder_add_double_value(b, pct(all_pii.total - all_pii.leaked, all_pii.total) / 100);
    json_builder_set_member_name(b, "decoys_kept");
    json_builder_add_double_value(b, pct(decoys.total - decoys.leaked, decoys.total) / 100);
    json_builder_set_member_name(b, "content_kept");
    json_builder_add_double_value(b, pct(content.total - content.leaked, content.total) / 100);
    json_builder_end_object(b);
    cv_cli_print_json(b, TRUE);
  } else {
    printf("%-16s %6s %6s %8s\n", "type", "total", "leaked", "recall");
    for (int t = 0; t < CV_PII_N_TYPES; t++)
      if (types[t].total)
        printf("%-16s %6u %6u %7.1f%%\n", cv_redact_type_name((CvPiiType)t),
               types[t].total, types[t].leaked,
               pct(types[t].total - types[t].leaked, types[t].total));
    printf("\n%-12s %5s %6s %9s %8s %8s\n", "format", "docs", "failed",
           "pii-leak", "decoys", "content");
    for (GList *l = keys; l; l = l->next) {
      FormatTally *f = g_hash_table_lookup(formats, l->data);
      printf("%-12s %5u %6u %4u/%-4u %7.1f%% %7.1f%%\n", f->name, f->docs,
             f->docs_failed.leaked, f->pii.leaked, f->pii.total,
             pct(f->decoys.total - f->decoys.leaked, f->decoys.total),
             pct(f->content_words.total - f->content_words.leaked,
                 f->content_words.total));
    }
    printf("\nall: %u documents (%u failed); identifiers leaked %u/%u (recall "
           "%.2f%%); decoys kept %.2f%%; content words kept %.2f%%\n",
           items->len, failed, all_pii.leaked, all_pii.total,
           pct(all_pii.total - all_pii.leaked, all_pii.total),
           pct(decoys.total - decoys.leaked, decoys.total),
           pct(content.total - content.leaked, content.total));
  }
  ret = failed ? CV_EXIT_FAIL : CV_EXIT_OK;
out:
  cv_worker_pool_free(pool);
  cv_redact_free(redactor);
  cv_cli_common_clear(&common);
  return ret;
}
