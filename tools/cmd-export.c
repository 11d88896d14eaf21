/* cmd-export.c — `caviar export --jsonl`: every stored chunk of a
 * collection, decrypted on the fly, one JSON object a line:
 * {"collection", "doc", "chunk", "source", "pages": [first, last], "text"}.
 * Evaluation tools rely on these field names. */
#include <stdio.h>

#include <json-glib/json-glib.h>
#include <sodium.h>

#include "cli.h"

typedef struct {
  const char *collection;
  gboolean text;
  guint64 n;
} ExportRun;

/* Human-readable form (--text): a header line per chunk, then its text. */
static void
print_text_chunk(const char *doc_id, const CvDocInfo *info, guint chunk_index,
                 guint n_chunks, const CvChunk *chunk)
{
  printf("--- %s  [doc %.12s, chunk %u/%u, page%s %u", 
         info && info->source ? info->source : "?", doc_id, chunk_index + 1,
         n_chunks, chunk->first_page == chunk->last_page ? "" : "s",
         chunk->first_page);
  if (chunk->last_page != chunk->first_page)
    printf("-%u", chunk->last_page);
  printf("]\n");
  fwrite(chunk->text, 1, chunk->len, stdout);
  if (chunk->len == 0 || chunk->text[chunk->len - 1] != '\n')
    fputc('\n', stdout);
}

static gboolean
export_chunk(const char *doc_id, const CvDocInfo *info, guint chunk_index,
             guint n_chunks, const CvChunk *chunk, gpointer user_data)
{
  ExportRun *run = user_data;
  if (run->text) {
    print_text_chunk(doc_id, info, chunk_index, n_chunks, chunk);
    run->n++;
    return TRUE;
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
  json_builder_add_string_value(b, info && info->source ? info->source : "");
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
  cv_cli_print_json(b, FALSE);
  run->n++;
  return TRUE;
}

int
cv_cmd_export(int argc, char **argv)
{
  CvCliCommon common = { 0 };
  gboolean jsonl = FALSE, all = FALSE, text = FALSE;
  GOptionEntry entries[] = {
    { "jsonl", 0, 0, G_OPTION_ARG_NONE, &jsonl,
      "JSON lines, one chunk a line (the default)", NULL },
    { "text", 0, 0, G_OPTION_ARG_NONE, &text,
      "Human-readable text with a header line per chunk", NULL },
    { "all-collections", 'a', 0, G_OPTION_ARG_NONE, &all,
      "Export every collection, not just --collection", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) ctx = g_option_context_new("");
  g_option_context_set_summary(
      ctx, "Prints every chunk of a collection, decrypted, as JSON lines:\n"
           "{\"collection\", \"doc\", \"chunk\", \"chunks\", \"source\", "
           "\"pages\": [first, last], \"text\"}.\n"
           "The text is the redacted text that was stored.");
  g_option_context_add_main_entries(ctx, entries, NULL);
  cv_cli_add_common(ctx, &common, FALSE);
  int ret = CV_EXIT_USAGE;
  g_autoptr(GError) error = NULL;
  CvStore *store = NULL;
  g_auto(GStrv) names = NULL;

  if (!cv_cli_parse(ctx, &argc, &argv))
    goto out;
  if (jsonl && text) {
    fprintf(stderr, "caviar export: choose --jsonl or --text\n");
    goto out;
  }
  if (!cv_cli_no_operands(argc, argv))
    goto out;
  ret = CV_EXIT_FAIL;
  store = cv_cli_open_store(&common, FALSE, TRUE, &error);
  if (store == NULL) {
    cv_cli_error("%s", error->message);
    goto out;
  }
  if (all) {
    names = cv_store_list_collections(store, &error);
    if (names == NULL) {
      cv_cli_error("%s", error->message);
      goto out;
    }
  } else {
    names = g_new0(char *, 2);
    names[0] = g_strdup(common.collection);
  }
  for (guint i = 0; names[i]; i++) {
    CvCollection *coll = cv_store_collection(store, names[i], &error);
    ExportRun run = { .collection = names[i], .text = text };
    if (coll == NULL ||
        !cv_store_foreach_chunk(coll, NULL, export_chunk, &run, &error)) {
      cv_cli_error("%s: %s", names[i], error->message);
      goto out;
    }
  }
  if (fflush(stdout) != 0) {
    cv_cli_error("cannot write the output");
    goto out;
  }
  ret = CV_EXIT_OK;
out:
  cv_store_close(store);
  cv_cli_common_clear(&common);
  return ret;
}
