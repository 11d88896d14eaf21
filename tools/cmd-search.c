/* cmd-search.c — `caviar search`: keyword (BM25) search over a collection
 * of the encrypted store, printed as text or JSON.  Also owns the JSON
 * shape of search results, shared with the HTTP API (http.c). */
#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include <json-glib/json-glib.h>
#include <sodium.h>

#include "cli.h"

#define SEARCH_K_MAX 100
#define SEARCH_QUERY_MAX 1024 /* bytes */

static char *
iso_time(gint64 t)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc(t);
  return dt ? g_date_time_format(dt, "%Y-%m-%dT%H:%M:%SZ") : NULL;
}

static void
add_string_or_null(JsonBuilder *b, const char *name, const char *value)
{
  json_builder_set_member_name(b, name);
  if (value != NULL)
    json_builder_add_string_value(b, value);
  else
    json_builder_add_null_value(b);
}

/* One result: the fields of the API's SearchResult (docs/openapi.json).
 * The only place that builds them: `caviar search --json` and the HTTP
 * API cannot drift apart. */
void
cv_search_result_json(JsonBuilder *b, const CvSearchResult *r)
{
  json_builder_begin_object(b);
  json_builder_set_member_name(b, "doc");
  json_builder_add_string_value(b, r->doc_id);
  json_builder_set_member_name(b, "chunk");
  json_builder_add_int_value(b, r->chunk_index);
  json_builder_set_member_name(b, "score");
  json_builder_add_double_value(b, r->score);
  json_builder_set_member_name(b, "score_norm");
  json_builder_add_double_value(b, r->score_norm);
  g_autofree char *source = r->source ? cv_pipeline_escape_name(r->source) : NULL;
  add_string_or_null(b, "source", source);
  json_builder_set_member_name(b, "pages");
  json_builder_begin_array(b);
  json_builder_add_int_value(b, r->first_page);
  json_builder_add_int_value(b, r->last_page);
  json_builder_end_array(b);
  add_string_or_null(b, "language", r->lang);
  add_string_or_null(b, "type", r->mime ? cv_store_mime_short(r->mime) : NULL);
  add_string_or_null(b, "mime", r->mime);
  add_string_or_null(b, "title", r->title);
  g_autofree char *when = iso_time(r->ingested_at);
  add_string_or_null(b, "ingested_at", when);
  json_builder_set_member_name(b, "text");
  json_builder_add_string_value(b, r->text ? r->text : "");
  json_builder_set_member_name(b, "highlights");
  json_builder_begin_array(b);
  for (guint j = 0; r->highlights && j + 1 < r->highlights->len; j += 2) {
    json_builder_begin_array(b);
    json_builder_add_int_value(b, g_array_index(r->highlights, guint, j));
    json_builder_add_int_value(b, g_array_index(r->highlights, guint, j + 1));
    json_builder_end_array(b);
  }
  json_builder_end_array(b);
  json_builder_end_object(b);
}

JsonNode *
cv_search_results_json(GPtrArray *results, guint64 total, guint offset, guint k,
                       gboolean paged, const char *next_cursor)
{
  g_autoptr(JsonBuilder) b = json_builder_new();
  json_builder_begin_object(b);
  json_builder_set_member_name(b, "total");
  json_builder_add_int_value(b, (gint64)total);
  json_builder_set_member_name(b, "offset");
  json_builder_add_int_value(b, offset);
  json_builder_set_member_name(b, "k");
  json_builder_add_int_value(b, k);
  if (paged)
    add_string_or_null(b, "next_cursor", next_cursor);
  json_builder_set_member_name(b, "results");
  json_builder_begin_array(b);
  for (guint i = 0; results && i < results->len; i++)
    cv_search_result_json(b, results->pdata[i]);
  json_builder_end_array(b);
  json_builder_end_object(b);
  return json_builder_get_root(b);
}

/* Serialises @node compactly.  The string holds document text: wipe it
 * (sodium_memzero over *len bytes) before freeing. */
char *
cv_search_json_to_string(JsonNode *node, gsize *len)
{
  g_autoptr(JsonGenerator) gen = json_generator_new();
  json_generator_set_root(gen, node);
  return json_generator_to_data(gen, len);
}

static void
print_text(CvCli *cli, const CvSearchResult *r, guint rank)
{
  fprintf(cli->out, _("%u. score %.3f  doc %s  chunk %u  pages %u-%u\n"), rank,
          r->score, r->doc_id, r->chunk_index, r->first_page, r->last_page);
  if (r->source) {
    g_autofree char *source = cv_pipeline_escape_name(r->source);
    fprintf(cli->out, _("   source: %s\n"), source);
  }
  /* Indent the chunk text. */
  const char *p = r->text ? r->text : "";
  while (*p) {
    const char *nl = strchr(p, '\n');
    gsize n = nl ? (gsize)(nl - p) : strlen(p);
    fprintf(cli->out, "   %.*s\n", (int)n, p);
    p += n + (nl ? 1 : 0);
  }
  fprintf(cli->out, "\n");
}

int
cv_cmd_search(CvCli *cli, int argc, char **argv)
{
  CvCliCommon common = { 0 };
  gint k = 10;
  GOptionEntry entries[] = {
    { "k", 'k', 0, G_OPTION_ARG_INT, &k,
      N_("Number of chunks to return (1-100, default 10)"), N_("N") },
    { NULL }
  };
  g_autoptr(GOptionContext) ctx = g_option_context_new(N_("QUERY..."));
  g_option_context_set_summary(
      ctx,
      N_("Finds the chunks of a collection that best match QUERY (BM25 over\n"
         "the encrypted keyword index) and prints them, best first, with "
         "their\n"
         "score, document, source, pages and redacted text."));
  cv_cli_add_common(ctx, &common, TRUE);
  g_option_context_add_main_entries(ctx, entries, GETTEXT_PACKAGE);
  if (!cv_cli_parse(cli, ctx, &argc, &argv)) {
    cv_cli_common_clear(&common);
    return CV_EXIT_USAGE;
  }
  if (argc < 2) {
    fprintf(
        cli->err,
        _("caviar search: a query is required\nTry 'caviar help search'.\n"));
    cv_cli_common_clear(&common);
    return CV_EXIT_USAGE;
  }
  if (k < 1 || k > SEARCH_K_MAX) {
    fprintf(cli->err, _("caviar search: -k must be between 1 and %d\n"),
            SEARCH_K_MAX);
    cv_cli_common_clear(&common);
    return CV_EXIT_USAGE;
  }
  g_autofree char *query = g_strjoinv(" ", argv + 1);
  if (strlen(query) > SEARCH_QUERY_MAX || !g_utf8_validate(query, -1, NULL)) {
    fprintf(cli->err,
            _("caviar search: the query must be UTF-8 of at most %d bytes\n"),
            SEARCH_QUERY_MAX);
    cv_cli_common_clear(&common);
    return CV_EXIT_USAGE;
  }

  int rc = CV_EXIT_OK;
  g_autoptr(GError) error = NULL;
  g_autoptr(CvOwner) owner = cv_cli_open(cli, &common, CV_CLI_READ, &rc);
  if (owner == NULL) {
    cv_cli_common_clear(&common);
    return rc;
  }
  CvCollection *coll =
      cv_store_collection(cv_owner_store(owner), common.collection, &error);
  g_autoptr(GPtrArray) results = NULL;
  guint64 total = 0;
  if (coll != NULL) {
    /* the same ranking and fields as POST /v1/search */
    CvSearchOptions so = { .k = (guint)k, .details = common.json };
    cv_owner_read_begin(owner);
    results = cv_store_search_full(coll, query, &so, &total, &error);
    cv_owner_read_end(owner);
  }
  if (!results) {
    cv_cli_error(cli, _("search: %s"), error ? error->message : "failed");
    rc = CV_EXIT_FAIL;
  } else if (common.json) {
    g_autoptr(JsonNode) node =
        cv_search_results_json(results, total, 0, (guint)k, FALSE, NULL);
    gsize len = 0;
    char *s = cv_search_json_to_string(node, &len);
    fwrite(s, 1, len, cli->out);
    fputc('\n', cli->out);
    sodium_memzero(s, len);
    g_free(s);
  } else {
    if (results->len == 0 && !common.quiet)
      fprintf(cli->err, _("caviar search: no match\n"));
    for (guint i = 0; i < results->len; i++)
      print_text(cli, results->pdata[i], i + 1);
  }
  if (fflush(cli->out) != 0)
    rc = CV_EXIT_FAIL;
  cv_cli_common_clear(&common);
  return rc;
}
