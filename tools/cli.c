/* cli.c — plumbing shared by the subcommands: common options, defaults
 * from the environment, opening the store, error lines. */
#include <stdarg.h>
#include <stdio.h>

#include "cli.h"

void
cv_cli_add_common(GOptionContext *ctx, CvCliCommon *common, gboolean with_json)
{
  GOptionEntry entries[] = {
    { "store", 0, 0, G_OPTION_ARG_FILENAME, &common->store_dir,
      "Store directory (default $CAVIAR_STORE or $XDG_DATA_HOME/caviar)", "DIR" },
    { "key-file", 0, 0, G_OPTION_ARG_FILENAME, &common->key_file,
      "Master key file (default $CAVIAR_KEY_FILE or $XDG_CONFIG_HOME/caviar/master.key)",
      "FILE" },
    { "collection", 'c', 0, G_OPTION_ARG_STRING, &common->collection,
      "Collection (default \"default\")", "NAME" },
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &common->quiet,
      "Print only errors", NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &common->json,
      "Machine-readable JSON output", NULL },
    { NULL }
  };
  if (!with_json)
    entries[4] = (GOptionEntry){ NULL };
  GOptionGroup *group = g_option_group_new("store", "Store options:",
                                           "Show store options", NULL, NULL);
  g_option_group_add_entries(group, entries);
  g_option_context_add_group(ctx, group);
  /* Store options are useful enough to show in plain --help. */
  g_option_context_set_main_group(ctx, g_option_group_ref(group));
  g_option_group_unref(group);
}

gboolean
cv_cli_parse(GOptionContext *ctx, int *argc, char ***argv)
{
  g_autoptr(GError) error = NULL;
  if (!g_option_context_parse(ctx, argc, argv, &error)) {
    fprintf(stderr, "caviar %s: %s\nTry 'caviar help %s'.\n", (*argv)[0],
            error->message, (*argv)[0]);
    return FALSE;
  }
  return TRUE;
}

static gboolean
valid_collection_name(const char *name)
{
  gsize n = strlen(name);
  if (n == 0 || n > 64)
    return FALSE;
  for (const char *p = name; *p; p++)
    if (!g_ascii_isalnum(*p) && *p != '-' && *p != '_' && *p != '.')
      return FALSE;
  return TRUE;
}

void
cv_cli_resolve(CvCliCommon *common)
{
  if (common->store_dir == NULL) {
    const char *env = g_getenv("CAVIAR_STORE");
    common->store_dir = (env && *env)
                            ? g_strdup(env)
                            : g_build_filename(g_get_user_data_dir(), "caviar", NULL);
  }
  if (common->key_file == NULL) {
    const char *env = g_getenv("CAVIAR_KEY_FILE");
    common->key_file = (env && *env)
                           ? g_strdup(env)
                           : g_build_filename(g_get_user_config_dir(), "caviar",
                                              "master.key", NULL);
  }
  if (common->collection == NULL)
    common->collection = g_strdup("default");
}

void
cv_cli_common_clear(CvCliCommon *common)
{
  g_clear_pointer(&common->store_dir, g_free);
  g_clear_pointer(&common->key_file, g_free);
  g_clear_pointer(&common->collection, g_free);
}

CvStore *
cv_cli_open_store(CvCliCommon *common, gboolean create, gboolean read_only,
                  GError **error)
{
  cv_cli_resolve(common);
  if (!valid_collection_name(common->collection)) {
    g_set_error(error, CV_STORE_ERROR, CV_STORE_ERROR_INVALID,
                "invalid collection name '%s' (letters, digits, '-', '_', '.'; "
                "at most 64)",
                common->collection);
    return NULL;
  }
  CvStoreOptions options = {
    .dir = common->store_dir,
    .key_file = common->key_file,
    .create_key = create,
    .read_only = read_only,
    .sync = TRUE,
  };
  gboolean created = FALSE;
  CvStore *store = cv_store_open(&options, &created, error);
  if (store != NULL && created)
    fprintf(stderr, "caviar: created a new master key in %s (keep it safe: "
                    "without it the store cannot be read)\n",
            common->key_file);
  return store;
}

void
cv_cli_fail(const char *path, const char *reason)
{
  fprintf(stderr, "caviar: %s: %s\n", path, reason);
}

void
cv_cli_error(const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  g_autofree char *msg = g_strdup_vprintf(fmt, ap);
  va_end(ap);
  fprintf(stderr, "caviar: %s\n", msg);
}
