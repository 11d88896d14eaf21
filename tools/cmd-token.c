/* cmd-token.c — `caviar token create|list|revoke`: the bearer tokens of
 * the HTTP API (tokens.h).  Through a running service when there is one
 * (the token file belongs to the service's user). */
#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include <json-glib/json-glib.h>
#include <sodium.h>

#include "cli.h"
#include "tokens.h"

/* Whether @name holds documents; FALSE with *rc set when the store could
 * not be read (the error printed). */
static gboolean
collection_exists(CvCli *cli, CvCliCommon *common, const char *name,
                  gboolean *exists, int *rc)
{
  *rc = CV_EXIT_FAIL;
  CvOwner *owner = cv_cli_open(cli, common, CV_CLI_READ, rc);
  if (owner == NULL)
    return FALSE;
  g_autoptr(GError) error = NULL;
  cv_owner_read_begin(owner);
  g_auto(GStrv) names = cv_store_list_collections(cv_owner_store(owner), &error);
  cv_owner_read_end(owner);
  cv_owner_unref(owner);
  if (names == NULL) {
    cv_cli_error(cli, "token: %s", error->message);
    *rc = CV_EXIT_FAIL;
    return FALSE;
  }
  *exists = g_strv_contains((const char *const *)names, name);
  return TRUE;
}

static int
token_create(CvCli *cli, CvCliCommon *common, const char *path, gboolean create,
             gboolean admin)
{
  g_autoptr(GError) error = NULL;
  if (!cv_store_collection_name_check(common->collection, &error)) {
    cv_cli_error(cli, "token: %s", error->message);
    return CV_EXIT_USAGE;
  }
  /* A token for a collection that does not exist is most often a typo:
   * it would give access to nothing, silently. */
  if (!create) {
    gboolean exists = FALSE;
    int rc;
    if (!collection_exists(cli, common, common->collection, &exists, &rc))
      return rc;
    if (!exists) {
      cv_cli_error(cli,
                   "token: collection '%s' holds no documents; check its "
                   "name ('caviar stats --all' lists them), or add --create "
                   "to make a token for it before its first document",
                   common->collection);
      return CV_EXIT_FAIL;
    }
  }
  g_autoptr(GPtrArray) tokens = cv_tokens_load(path, NULL, &error);
  if (!tokens) {
    cv_cli_error(cli, _("token: %s"), error->message);
    return CV_EXIT_FAIL;
  }
  CvToken *t = g_new0(CvToken, 1);
  guint8 id[TOKEN_ID_BYTES];
  randombytes_buf(id, sizeof id);
  sodium_bin2hex(t->id, sizeof t->id, id, sizeof id);
  t->collection = g_strdup(common->collection);
  randombytes_buf(t->salt, sizeof t->salt);
  guint8 secret[TOKEN_SECRET_BYTES];
  randombytes_buf(secret, sizeof secret);
  cv_token_hash(secret, t->salt, t->hash);
  t->created = g_get_real_time() / G_USEC_PER_SEC;
  t->admin = admin;
  g_ptr_array_add(tokens, t);
  if (!cv_tokens_save(path, tokens, &error)) {
    sodium_memzero(secret, sizeof secret);
    cv_cli_error(cli, _("token: %s"), error->message);
    return CV_EXIT_FAIL;
  }
  char secret_hex[TOKEN_SECRET_BYTES * 2 + 1];
  sodium_bin2hex(secret_hex, sizeof secret_hex, secret, sizeof secret);
  sodium_memzero(secret, sizeof secret);
  if (common->json)
    fprintf(
        cli->out,
        "{\"id\": \"%s\", \"collection\": \"%s\", \"token\": \"cvt_%s_%s\"}\n",
        t->id, t->collection, t->id, secret_hex);
  else {
    fprintf(cli->out, "cvt_%s_%s\n", t->id, secret_hex);
    if (!common->quiet)
      fprintf(
          cli->err, _("caviar token: created %s for collection '%s'; it is shown only once\n"),
          t->id, t->collection);
  }
  sodium_memzero(secret_hex, sizeof secret_hex);
  fflush(cli->out);
  return CV_EXIT_OK;
}

static int
token_list(CvCli *cli, CvCliCommon *common, const char *path, gboolean all)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) tokens = cv_tokens_load(path, NULL, &error);
  if (!tokens) {
    cv_cli_error(cli, _("token: %s"), error->message);
    return CV_EXIT_FAIL;
  }
  g_autoptr(JsonBuilder) b = json_builder_new();
  json_builder_begin_array(b);
  for (guint i = 0; i < tokens->len; i++) {
    CvToken *t = tokens->pdata[i];
    if (!all && strcmp(t->collection, common->collection) != 0)
      continue;
    g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc(t->created);
    g_autofree char *when = dt ? g_date_time_format_iso8601(dt) : g_strdup("?");
    if (common->json) {
      json_builder_begin_object(b);
      json_builder_set_member_name(b, "id");
      json_builder_add_string_value(b, t->id);
      json_builder_set_member_name(b, "collection");
      json_builder_add_string_value(b, t->collection);
      json_builder_set_member_name(b, "created");
      json_builder_add_string_value(b, when);
      json_builder_set_member_name(b, "admin");
      json_builder_add_boolean_value(b, t->admin);
      json_builder_end_object(b);
    } else {
      fprintf(cli->out, "%s  %-20s  %s%s\n", t->id, t->collection, when,
              t->admin ? "  admin" : "");
    }
  }
  json_builder_end_array(b);
  if (common->json) {
    g_autoptr(JsonGenerator) gen = json_generator_new();
    g_autoptr(JsonNode) root = json_builder_get_root(b);
    json_generator_set_root(gen, root);
    g_autofree char *s = json_generator_to_data(gen, NULL);
    fprintf(cli->out, "%s\n", s);
  }
  return CV_EXIT_OK;
}

static int
token_revoke(CvCli *cli, const char *path, const char *id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) tokens = cv_tokens_load(path, NULL, &error);
  if (!tokens) {
    cv_cli_error(cli, _("token: %s"), error->message);
    return CV_EXIT_FAIL;
  }
  guint before = tokens->len;
  for (guint i = tokens->len; i-- > 0;) {
    CvToken *t = tokens->pdata[i];
    if (strcmp(t->id, id) == 0)
      g_ptr_array_remove_index(tokens, i);
  }
  if (tokens->len == before) {
    cv_cli_error(cli, _("token: no token %s"), id);
    return CV_EXIT_FAIL;
  }
  if (!cv_tokens_save(path, tokens, &error)) {
    cv_cli_error(cli, _("token: %s"), error->message);
    return CV_EXIT_FAIL;
  }
  return CV_EXIT_OK;
}

int
cv_cmd_token(CvCli *cli, int argc, char **argv)
{
  CvCliCommon common = { 0 };
  gboolean all = FALSE, create = FALSE, admin = FALSE;
  GOptionEntry entries[] = {
    { "all", 'a', 0, G_OPTION_ARG_NONE, &all,
      N_("list: tokens of every collection"), NULL },
    { "create", 0, 0, G_OPTION_ARG_NONE, &create,
      N_("create: also for a collection that holds no documents yet"), NULL },
    { "admin", 0, 0, G_OPTION_ARG_NONE, &admin,
      N_("create: a token that also opens the review page (/ui/) of "
         "--collection: try files, store, forget"),
      NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) ctx =
      g_option_context_new(N_("create | list | revoke ID"));
  g_option_context_set_summary(
      ctx,
      N_("Manages the bearer tokens of `caviar serve`.  A token gives access "
         "to\n"
         "one collection; only its salted hash is kept (STORE/tokens, mode "
         "0600).\n"
         "  create   makes a token for --collection and prints it once (a\n"
         "           collection without documents needs --create)\n"
         "  list     shows token ids of --collection (or --all)\n"
         "  revoke   deletes a token by id (a running server notices)"));
  cv_cli_add_common(ctx, &common, TRUE);
  g_option_context_add_main_entries(ctx, entries, GETTEXT_PACKAGE);
  if (!cv_cli_parse(cli, ctx, &argc, &argv)) {
    cv_cli_common_clear(&common);
    return CV_EXIT_USAGE;
  }
  g_autoptr(GError) error = NULL;
  if (!cv_cli_resolve(cli, &common, &error)) {
    cv_cli_error(cli, "%s", error->message);
    cv_cli_common_clear(&common);
    return CV_EXIT_FAIL;
  }
  int rc = CV_EXIT_USAGE;
  g_autofree char *path = cv_tokens_path(common.store_dir);
  if (argc == 2 && strcmp(argv[1], "create") == 0)
    rc = token_create(cli, &common, path, create, admin);
  else if (argc == 2 && strcmp(argv[1], "list") == 0)
    rc = token_list(cli, &common, path, all);
  else if (argc == 3 && strcmp(argv[1], "revoke") == 0)
    rc = token_revoke(cli, path, argv[2]);
  else
    fprintf(cli->err, _("caviar token: expected create, list or revoke ID\n"
                        "Try 'caviar help token'.\n"));
  cv_cli_common_clear(&common);
  return rc;
}
