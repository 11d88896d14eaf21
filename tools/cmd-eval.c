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
 * (values of 8+ characters) with one character changed.  The documents go
 * through the same pipeline as `caviar ingest` (tools/pipeline), with a
 * sink that tallies instead of storing.  A document that fails, or yields
 * no text, cannot show a leak: its identifiers are counted "not verified"
 * and it counts as failed, never as a success. */
#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include <json-glib/json-glib.h>
#include <sodium.h>

#include <fcntl.h>

#include "cli.h"

#define MAX_LABELS_BYTES (64u * 1024 * 1024)
#define MAX_FILE_BYTES (512ull * 1024 * 1024)

typedef struct {
  guint total, leaked, unverified;
} Tally;

typedef struct {
  char *name;
  Tally pii, decoys, content_words, docs_failed;
  guint docs;
} FormatTally;

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

/* Everything eval counts, written on the pipeline's thread. */
typedef struct {
  CvCli *cli;
  gboolean show_leaks;
  GHashTable *formats;
  Tally types[CV_PII_N_TYPES];
  Tally all_pii, decoys, content;
  guint failed;
} Eval;

static const char *
format_of(JsonObject *o)
{
  return json_object_has_member(o, "format")
             ? json_object_get_string_member(o, "format")
             : "unknown";
}

static JsonArray *
array_member(JsonObject *o, const char *name)
{
  JsonNode *n = json_object_get_member(o, name);
  return n && JSON_NODE_HOLDS_ARRAY(n) ? json_node_get_array(n) : NULL;
}

/* The labelled identifiers of a document that could not be checked. */
static void
tally_unverified(Eval *ev, JsonObject *o, FormatTally *ft)
{
  JsonArray *pii = array_member(o, "pii");
  for (guint k = 0; pii && k < json_array_get_length(pii); k++) {
    JsonObject *p = json_array_get_object_element(pii, k);
    const char *type =
        p ? json_object_get_string_member_with_default(p, "type", "") : "";
    CvPiiType t;
    if (cv_redact_type_from_name(type, &t)) {
      ev->types[t].total++;
      ev->types[t].unverified++;
    }
    ev->all_pii.total++;
    ev->all_pii.unverified++;
    ft->pii.total++;
    ft->pii.unverified++;
  }
}

/* Checks one redacted document against its labels. */
static void
tally(Eval *ev, CvItem *item, JsonObject *o, FormatTally *ft)
{
  glong n = 0;
  g_autofree gunichar *hay = squash(item->red->text, item->red->len, &n);
  JsonArray *pii = array_member(o, "pii");
  for (guint k = 0; pii && k < json_array_get_length(pii); k++) {
    JsonObject *p = json_array_get_object_element(pii, k);
    if (p == NULL)
      continue;
    const char *type = json_object_get_string_member_with_default(p, "type", "");
    const char *value =
        json_object_get_string_member_with_default(p, "value", "");
    gboolean leak = value_survives(hay, n, value);
    CvPiiType t;
    if (cv_redact_type_from_name(type, &t)) {
      ev->types[t].total++;
      ev->types[t].leaked += leak;
    }
    ev->all_pii.total++;
    ev->all_pii.leaked += leak;
    ft->pii.total++;
    ft->pii.leaked += leak;
    if (leak && ev->show_leaks)
      fprintf(ev->cli->out, "leak  %-14s %s: %s\n", type, item->shown, value);
  }
  JsonArray *dec = array_member(o, "decoys");
  for (guint k = 0; dec && k < json_array_get_length(dec); k++) {
    const char *value = json_array_get_string_element(dec, k);
    if (value == NULL)
      continue;
    glong m = 0;
    g_autofree gunichar *needle = squash(value, strlen(value), &m);
    gboolean lost = !occurs(hay, n, needle, m, 0);
    ev->decoys.total++;
    ev->decoys.leaked += lost;
    ft->decoys.total++;
    ft->decoys.leaked += lost;
    if (lost && ev->show_leaks)
      fprintf(ev->cli->out, "lost  %-14s %s: %s\n", "decoy", item->shown, value);
  }
  JsonArray *con = array_member(o, "content");
  for (guint k = 0; con && k < json_array_get_length(con); k++) {
    const char *sentence = json_array_get_string_element(con, k);
    if (sentence == NULL)
      continue;
    g_auto(GStrv) words = g_regex_split_simple("[^[:alnum:]]+", sentence, 0, 0);
    for (guint w = 0; words[w]; w++) {
      if (words[w][0] == '\0')
        continue;
      glong m = 0;
      g_autofree gunichar *needle = squash(words[w], strlen(words[w]), &m);
      gboolean lost = !occurs(hay, n, needle, m, 0);
      ev->content.total++;
      ev->content.leaked += lost;
      ft->content_words.total++;
      ft->content_words.leaked += lost;
      if (lost && ev->show_leaks)
        fprintf(ev->cli->out, "lost  %-14s %s: %s\n", "content-word",
                item->shown, words[w]);
    }
  }
  sodium_memzero(hay, sizeof(gunichar) * (gsize)n);
}

static gboolean
has_text(const CvRedacted *red)
{
  for (gsize i = 0; i < red->len; i++)
    if (!g_ascii_isspace(red->text[i]) && red->text[i] != '\f')
      return TRUE;
  return FALSE;
}

/* The eval sink: nothing is stored, every document is tallied. */
typedef struct {
  CvSink parent;
  CvRedactor *redactor;
  Eval *ev;
} EvalSink;

static CvItemStatus
eval_admit(CvSink *sink, CvItem *item, GBytes *content, GError **error)
{
  return CV_ITEM_PENDING;
}

static const CvRedactor *
eval_redactor(CvSink *sink, CvItem *item, GError **error)
{
  return ((EvalSink *)sink)->redactor;
}

static void
eval_commit(CvSink *sink, CvItem **items, guint n)
{
  Eval *ev = ((EvalSink *)sink)->ev;
  for (guint i = 0; i < n; i++) {
    CvItem *item = items[i];
    if (!has_text(item->red)) {
      /* an image without OCR, an empty page: nothing could leak, nothing
       * was shown to be removed */
      item->status = CV_ITEM_FAILED;
      g_set_error_literal(&item->failure, CV_PIPELINE_ERROR,
                          CV_PIPELINE_ERROR_INPUT, _("no text extracted"));
      continue;
    }
    JsonObject *o = item->user_data;
    tally(ev, item, o, format_tally(ev->formats, format_of(o)));
    item->status = CV_ITEM_STORED;
  }
}

static void
eval_free(CvSink *sink)
{
  cv_redact_free(((EvalSink *)sink)->redactor);
  g_free(sink);
}

static const CvSinkClass eval_class = { eval_admit, eval_redactor, eval_commit,
                                        eval_free };

static void
eval_done(CvItem *item, gpointer data)
{
  Eval *ev = data;
  JsonObject *o = item->user_data;
  FormatTally *ft = format_tally(ev->formats, format_of(o));
  ft->docs++;
  if (item->status != CV_ITEM_STORED) {
    ev->failed++;
    ft->docs_failed.leaked++;
    tally_unverified(ev, o, ft);
    g_autofree char *why =
        g_strdup_printf("%s (its identifiers are counted as not verified)",
                        item->failure ? item->failure->message : "not processed");
    cv_cli_fail(ev->cli, item->shown, why);
  }
  cv_item_free(item);
}

int
cv_cmd_eval(CvCli *cli, int argc, char **argv)
{
  CvCliCommon common = { 0 };
  gboolean show_leaks = FALSE, no_ocr = FALSE;
  int jobs = 0;
  g_autofree char *mode_s = NULL;
  GOptionEntry entries[] = {
    { "jobs", 'j', 0, G_OPTION_ARG_INT, &jobs,
      N_("Files extracted in parallel (default: number of cores)"), N_("N") },
    { "no-ocr", 0, 0, G_OPTION_ARG_NONE, &no_ocr, N_("Never run OCR"), NULL },
    { "show-leaks", 0, 0, G_OPTION_ARG_NONE, &show_leaks,
      N_("Print each leaked labelled value and each lost decoy (they come from "
         "your labels file)"),
      NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &common.json, N_("JSON report"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) ctx = g_option_context_new(N_("LABELS.jsonl"));
  g_option_context_set_summary(
      ctx,
      N_("Runs the documents of a labels file through extraction and\n"
         "redaction (as 'caviar ingest' does, without storing anything) and\n"
         "reports, per identifier type and per format: identifiers leaked,\n"
         "decoys kept, content words kept."));
  g_option_context_set_description(
      ctx,
      N_("labels.jsonl holds one JSON object per document:\n"
         "  {\"file\": \"docs/a.pdf\", \"format\": \"pdf-text\", \"lang\": "
         "\"fr\",\n"
         "   \"pii\": [{\"type\": \"SIN\", \"value\": \"046 454 286\"}],\n"
         "   \"decoys\": [\"2024-117-03412\"], \"content\": [\"A "
         "sentence.\"]}\n"
         "Paths are relative to the labels file.  A value counts as leaked if\n"
         "it survives with separators changed, or (8+ characters) with one\n"
         "character changed.  A document that fails or yields no text counts\n"
         "as failed and its identifiers as not verified (recall is over the\n"
         "verified ones).  Exit status 1 if any document failed."));
  g_option_context_add_main_entries(ctx, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain(ctx, GETTEXT_PACKAGE);
  int ret = CV_EXIT_USAGE;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new();
  g_autoptr(GPtrArray) items = g_ptr_array_new();
  g_autoptr(GHashTable) formats =
      g_hash_table_new_full(g_str_hash, g_str_equal, NULL, format_tally_free);
  Eval ev = { .cli = cli, .show_leaks = show_leaks, .formats = formats };
  CvPipeline *pipeline = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func(
      (GDestroyNotify)json_node_unref);
  g_autofree char *base = NULL;
  g_auto(GStrv) split = NULL;
  g_autoptr(GList) keys = NULL;

  if (!cv_cli_parse(cli, ctx, &argc, &argv))
    goto out;
  ev.show_leaks = show_leaks;
  if (argc != 2) {
    fprintf(cli->err,
            _("caviar eval: give one LABELS.jsonl\nTry 'caviar help eval'.\n"));
    goto out;
  }
  ret = CV_EXIT_FAIL;
  gsize clen = 0;
  if (!g_file_get_contents(argv[1], &contents, &clen, &error)) {
    cv_cli_fail(cli, argv[1], error->message);
    goto out;
  }
  if (clen > MAX_LABELS_BYTES) {
    cv_cli_fail(cli, argv[1], _("labels file too large"));
    goto out;
  }
  /* a NUL would end the split lines early: the rest silently unread */
  const char *nul = memchr(contents, '\0', clen);
  if (nul != NULL) {
    guint line = 1;
    for (const char *q = contents; q < nul; q++)
      line += *q == '\n';
    g_autofree char *where = g_strdup_printf("%s:%u", argv[1], line);
    cv_cli_fail(cli, where, _("a NUL byte: not a JSON Lines file"));
    goto out;
  }
  base = g_path_get_dirname(argv[1]);
  /* a byte order mark before the first line, as some editors write */
  split = g_strsplit(g_str_has_prefix(contents, "\xef\xbb\xbf") ? contents + 3
                                                                : contents,
                     "\n", -1);
  for (guint i = 0; split[i]; i++) {
    g_strstrip(split[i]);
    if (split[i][0] == '\0')
      continue;
    if (!json_parser_load_from_data(parser, split[i], -1, &error)) {
      g_autofree char *where = g_strdup_printf("%s:%u", argv[1], i + 1);
      cv_cli_fail(cli, where, error->message);
      goto out;
    }
    /* a line of only a comment or a byte order mark parses to no value:
     * no root (never handed to JSON_NODE_HOLDS_OBJECT, a critical) */
    JsonNode *root = json_parser_get_root(parser);
    if (root == NULL || !JSON_NODE_HOLDS_OBJECT(root)) {
      g_autofree char *where = g_strdup_printf("%s:%u", argv[1], i + 1);
      cv_cli_fail(cli, where,
                  root == NULL ? _("no JSON value on this line (only a comment "
                                   "or a byte order mark): one JSON object per "
                                   "line")
                               : _("not a JSON object: one JSON object per "
                                   "line"));
      goto out;
    }
    JsonNode *node = json_node_copy(root);
    g_ptr_array_add(lines, node);
    JsonObject *o = json_node_get_object(node);
    if (!json_object_has_member(o, "file") ||
        json_object_get_string_member(o, "file") == NULL) {
      g_autofree char *where = g_strdup_printf("%s:%u", argv[1], i + 1);
      cv_cli_fail(cli, where, _("no \"file\" member"));
      goto out;
    }
    g_ptr_array_add(items, o);
  }

  EvalSink *sink = g_new0(EvalSink, 1);
  sink->parent.klass = &eval_class;
  sink->ev = &ev;
  sink->redactor = cv_redact_new(CV_REDACT_MODE_LABEL, NULL, 0, &error);
  if (sink->redactor == NULL) {
    cv_cli_error(cli, "%s", error->message);
    g_free(sink);
    goto out;
  }
  CvPipelineOptions po = {
    .ingest = { .no_ocr = no_ocr, .ocr_threads = 1 },
    .workers = jobs > 0 ? (guint)jobs : g_get_num_processors(),
    .timeout_s = 1800,
    .max_bytes = MAX_FILE_BYTES,
    .redact_names = FALSE, /* the labels' own paths */
  };
  pipeline = cv_pipeline_new(&po, &sink->parent, eval_done, &ev);
  for (guint i = 0; i < items->len; i++) {
    JsonObject *o = g_ptr_array_index(items, i);
    const char *file = json_object_get_string_member(o, "file");
    g_autofree char *path = g_build_filename(base, file, NULL);
    CvItem *item = cv_item_new();
    item->source = g_strdup(file);
    item->user_data = o;
    item->fd = cv_pipeline_open(AT_FDCWD, path, TRUE, &item->error);
    cv_pipeline_submit(pipeline, item);
  }
  cv_pipeline_drain(pipeline);

  Tally *types = ev.types;
  Tally all_pii = ev.all_pii, decoys = ev.decoys, content = ev.content;
  guint failed = ev.failed;
  keys = g_hash_table_get_keys(formats);
  keys = g_list_sort(keys, (GCompareFunc)g_strcmp0);
  /* recall over the identifiers that could be checked */
#define VERIFIED(t) ((t).total - (t).unverified)
#define RECALL(t) pct(VERIFIED(t) - (t).leaked, VERIFIED(t))
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
      json_builder_set_member_name(b, "not_verified");
      json_builder_add_int_value(b, types[t].unverified);
      json_builder_set_member_name(b, "recall");
      json_builder_add_double_value(b, RECALL(types[t]) / 100);
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
      json_builder_set_member_name(b, "pii_not_verified");
      json_builder_add_int_value(b, f->pii.unverified);
      json_builder_set_member_name(b, "pii_total");
      json_builder_add_int_value(b, f->pii.total);
      json_builder_set_member_name(b, "decoys_kept");
      json_builder_add_double_value(b, pct(f->decoys.total - f->decoys.leaked, f->decoys.total) / 100);
      json_builder_set_member_name(b, "content_kept");
      json_builder_add_double_value(b, pct(f->content_words.total - f->content_words.leaked, f->content_words.total) / 100);
      json_builder_end_object(b);
    }
    json_builder_end_object(b);
    json_builder_set_member_name(b, "not_verified");
    json_builder_add_int_value(b, all_pii.unverified);
    json_builder_set_member_name(b, "recall");
    json_builder_add_double_value(b, RECALL(all_pii) / 100);
    json_builder_set_member_name(b, "decoys_kept");
    json_builder_add_double_value(b, pct(decoys.total - decoys.leaked, decoys.total) / 100);
    json_builder_set_member_name(b, "content_kept");
    json_builder_add_double_value(b, pct(content.total - content.leaked, content.total) / 100);
    json_builder_end_object(b);
    cv_cli_print_json(cli, b, TRUE);
  } else {
    fprintf(cli->out, "%-16s %6s %6s %10s %8s\n", "type", "total", "leaked",
            "unverified", "recall");
    for (int t = 0; t < CV_PII_N_TYPES; t++)
      if (types[t].total)
        fprintf(cli->out, "%-16s %6u %6u %10u %7.1f%%\n",
                cv_redact_type_name((CvPiiType)t), types[t].total,
                types[t].leaked, types[t].unverified, RECALL(types[t]));
    fprintf(cli->out, "\n%-12s %5s %6s %9s %10s %8s %8s\n", "format", "docs",
            "failed", "pii-leak", "unverified", "decoys", "content");
    for (GList *l = keys; l; l = l->next) {
      FormatTally *f = g_hash_table_lookup(formats, l->data);
      fprintf(cli->out, "%-12s %5u %6u %4u/%-4u %10u %7.1f%% %7.1f%%\n",
              f->name, f->docs, f->docs_failed.leaked, f->pii.leaked,
              f->pii.total, f->pii.unverified,
              pct(f->decoys.total - f->decoys.leaked, f->decoys.total),
              pct(f->content_words.total - f->content_words.leaked,
                  f->content_words.total));
    }
    fprintf(cli->out,
            _("\nall: %u documents (%u failed); identifiers leaked %u/%u "
              "verified (recall %.2f%%)"),
            items->len, failed, all_pii.leaked, VERIFIED(all_pii),
            RECALL(all_pii));
    if (all_pii.unverified)
      fprintf(cli->out, _(", %u NOT VERIFIED (in failed documents)"),
              all_pii.unverified);
    fprintf(cli->out, _("; decoys kept %.2f%%; content words kept %.2f%%\n"),
            pct(decoys.total - decoys.leaked, decoys.total),
            pct(content.total - content.leaked, content.total));
  }
#undef RECALL
#undef VERIFIED
  ret = failed ? CV_EXIT_FAIL : CV_EXIT_OK;
out:
  cv_pipeline_free(pipeline);
  cv_cli_common_clear(&common);
  return ret;
}
