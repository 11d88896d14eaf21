/* cmd-export.c — `caviar export --jsonl`: every stored chunk of a
 * collection, decrypted on the fly, one JSON object a line:
 * {"collection", "doc", "chunk", "source", "pages": [first, last], "text"}.
 * Evaluation tools rely on these field names. */
#include <glib/gi18n-lib.h>
#include <stdio.h>

#include <json-glib/json-glib.h>
#include <sodium.h>

#include "cli.h"

typedef struct {
  CvCli *cli;
  const char *collection;
  gboolean text;
  guint64 n;
} ExportRun;

/* Human-readable form (--text): a header line per chunk, then its text. */
static void
print_text_chunk(CvCli *cli, const char *doc_id, const CvDocInfo *info,
                 guint chunk_index, guint n_chunks, const CvChunk *chunk)
{
  g_autofree char *source =
      cv_pipeline_escape_name(info && info->source ? info->source : "?");
  fprintf(cli->out,
          chunk->first_page == chunk->last_page
              ? _("--- %s  [doc %.12s, chunk %u/%u, page %u")
              : _("--- %s  [doc %.12s, chunk %u/%u, pages %u"),
          source, doc_id, chunk_index + 1, n_chunks, chunk->first_page);
  if (chunk->last_page != chunk->first_page)
    fprintf(cli->out, "-%u", chunk->last_page);
  fprintf(cli->out, "]\n");
  fwrite(chunk->text, 1, chunk->len, cli->out);
  if (chunk->len == 0 || chunk->text[chunk->len - 1] != '\n')
    fputc('\n', cli->out);
}

static gboolean
export_chunk(const char *doc_id, const CvDocInfo *info, guint chunk_index,
             guint n_chunks, const CvChunk *chunk, gpointer user_data)
{
  ExportRun *run = user_data;
  if (run->text) {
    print_text_chunk(run->cli, doc_id, info, chunk_index, n_chunks, chunk);
    run->n++;
    return !cv_cli_stopped(run->cli);
  }
  g_autoptr(JsonBuilder) b = json_builder_new();
  json_builder_begin_object(b);
  json_builder_set_member_name(b, "collection");
  json_builder_add_string_value(b, run->collection);
  json_builder_set_member_name(b, "doc");
  json_builder_add_string_value(b, doc_id);
  json_builder_set_member_name(b, "chunk");
  json_builder_add_int_value(b, chunk_index);
  json_builder_set_member_name(b, "chunks");
  json_builder_add_int_value(b, n_chunks);
  json_builder_set_member_name(b, "source");
  g_autofree char *source =
      cv_pipeline_escape_name(info && info->source ? info->source : "");
  json_builder_add_string_value(b, source);
  json_builder_set_member_name(b, "pages");
  json_builder_begin_array(b);
  json_builder_add_int_value(b, chunk->first_page);
  json_builder_add_int_value(b, chunk->last_page);
  json_builder_end_array(b);
  json_builder_set_member_name(b, "text");
  g_autofree char *text = g_strndup(chunk->text, chunk->len);
  json_builder_add_string_value(b, text);
  sodium_memzero(text, chunk->len);
  json_builder_end_object(b);
  cv_cli_print_json(run->cli, b, FALSE);
  run->n++;
  return !cv_cli_stopped(run->cli);
}

static gboolean
collect_id(const char *doc_id, const CvDocInfo *info, gpointer user_data)
{
  g_ptr_array_add(user_data, g_strdup(doc_id));
  return TRUE;
}

/* Document by document, each under the read lock: a long export does not
 * hold `forget` back, and a document forgotten meanwhile is skipped. */
static gboolean
export_collection(CvOwner *owner, CvCollection *coll, ExportRun *run,
                  GError **error)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func(g_free);
  cv_owner_read_begin(owner);
  gboolean ok = cv_store_foreach_document(coll, collect_id, ids, error);
  cv_owner_read_end(owner);
  for (guint i = 0; ok && i < ids->len && !cv_cli_stopped(run->cli); i++) {
    GError *local = NULL;
    cv_owner_read_begin(owner);
    ok = cv_store_foreach_chunk(coll, ids->pdata[i], export_chunk, run, &local);
    cv_owner_read_end(owner);
    if (!ok && g_error_matches(local, CV_STORE_ERROR, CV_STORE_ERROR_NOT_FOUND)) {
      g_clear_error(&local);
      ok = TRUE;
    }
    if (local != NULL)
      g_propagate_error(error, local);
  }
  return ok;
}

int
cv_cmd_export(CvCli *cli, int argc, char **argv)
{
  CvCliCommon common = { 0 };
  gboolean jsonl = FALSE, all = FALSE, text = FALSE;
  GOptionEntry entries[] = {
    { "jsonl", 0, 0, G_OPTION_ARG_NONE, &jsonl,
      N_("JSON lines, one chunk a line (the default)"), NULL },
    { "text", 0, 0, G_OPTION_ARG_NONE, &text,
      N_("Human-readable text with a header line per chunk"), NULL },
    { "all-collections", 'a', 0, G_OPTION_ARG_NONE, &all,
      N_("Export every collection, not just --collection"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) ctx = g_option_context_new(NULL);
  g_option_context_set_summary(
      ctx, N_("Prints every chunk of a collection, decrypted, as JSON lines:\n"
              "{\"collection\", \"doc\", \"chunk\", \"chunks\", \"source\", "
              "\"pages\": [first, last], \"text\"}.\n"
              "The text is the redacted text that was stored."));
  g_option_context_add_main_entries(ctx, entries, GETTEXT_PACKAGE);
  cv_cli_add_common(ctx, &common, FALSE);
  int ret = CV_EXIT_USAGE;
  g_autoptr(GError) error = NULL;
  g_autoptr(CvOwner) owner = NULL;
  CvStore *store = NULL;
  g_auto(GStrv) names = NULL;

  if (!cv_cli_parse(cli, ctx, &argc, &argv))
    goto out;
  if (jsonl && text) {
    fprintf(cli->err, _("caviar export: choose --jsonl or --text\n"));
    goto out;
  }
  if (!cv_cli_no_operands(cli, argc, argv))
    goto out;
  owner = cv_cli_open(cli, &common, CV_CLI_READ, &ret);
  if (owner == NULL)
    goto out;
  ret = CV_EXIT_FAIL;
  store = cv_owner_store(owner);
  if (all) {
    cv_owner_read_begin(owner);
    names = cv_store_list_collections(store, &error);
    cv_owner_read_end(owner);
    if (names == NULL) {
      cv_cli_error(cli, "%s", error->message);
      goto out;
    }
  } else {
    names = g_new0(char *, 2);
    names[0] = g_strdup(common.collection);
  }
  for (guint i = 0; names[i]; i++) {
    CvCollection *coll = cv_store_collection(store, names[i], &error);
    ExportRun run = { .cli = cli, .collection = names[i], .text = text };
    if (coll == NULL || !export_collection(owner, coll, &run, &error)) {
      cv_cli_error(cli, "%s: %s", names[i], error->message);
      goto out;
    }
  }
  if (fflush(cli->out) != 0 || cv_cli_stopped(cli)) {
    cv_cli_error(cli, _("cannot write the output"));
    goto out;
  }
  ret = CV_EXIT_OK;
out:
  cv_cli_common_clear(&common);
  return ret;
}
