/* cmd-search.c — `caviar search`: keyword (BM25) search over a collection
 * of the encrypted store, printed as text or JSON.  Also owns the JSON
 * shape of search results, shared with `caviar serve` (cmd-serve.c). */
#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include <json-glib/json-glib.h>
#include <sodium.h>

#include "cli.h"

#define SEARCH_K_MAX 100
#define SEARCH_QUERY_MAX 1024 /* bytes */

/* {"results": [{"doc", "chunk", "score", "source", "pages": [first, last],
 *  "text"}]} for a GPtrArray of CvSearchResult*. */
JsonNode *
cv_search_results_json(GPtrArray *results)
{
  g_autoptr(JsonBuilder) b = json_builder_new();
  json_builder_begin_object(b);
  json_builder_set_member_name(b, "results");
  json_builder_begin_array(b);
  for (guint i = 0; results && i < results->len; i++) {
    const CvSearchResult *r = results->pdata[i];
    json_builder_begin_object(b);
    json_builder_set_member_name(b, "doc");
    json_builder_add_string_value(b, r->doc_id);
    json_builder_set_member_name(b, "chunk");
    json_builder_add_int_value(b, r->chunk_index);
    json_builder_set_member_name(b, "score");
    json_builder_add_double_value(b, r->score);
    json_builder_set_member_name(b, "source");
    if (r->source) {
      g_autofree char *source = cv_pipeline_escape_name(r->source);
      json_builder_add_string_value(b, source);
    } else {
      json_builder_add_null_value(b);
    }
    json_builder_set_member_name(b, "pages");
    json_builder_begin_array(b);
    json_builder_add_int_value(b, r->first_page);
    json_builder_add_int_value(b, r->last_page);
    json_builder_end_array(b);
    json_builder_set_member_name(b, "text");
    json_builder_add_string_value(b, r->text ? r->text : "");
    json_builder_end_object(b);
  }
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
  if (coll != NULL) {
    cv_owner_read_begin(owner);
    results = cv_store_search(coll, query, (guint)k, &error);
    cv_owner_read_end(owner);
  }
  if (!results) {
    cv_cli_error(cli, _("search: %s"), error ? error->message : "failed");
    rc = CV_EXIT_FAIL;
  } else if (common.json) {
    g_autoptr(JsonNode) node = cv_search_results_json(results);
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
