/* cli.c — plumbing shared by the subcommands: common options, defaults
 * from the environment, opening the store, error lines. */
#include <stdarg.h>
#include <stdio.h>

#include <sodium.h>

#include "cv-redact.h"

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
    { "config", 0, 0, G_OPTION_ARG_FILENAME, &common->config,
      "Config file (default $CAVIAR_CONFIG or $XDG_CONFIG_HOME/caviar/caviar.conf)",
      "FILE" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &common->json,
      "Machine-readable JSON output", NULL },
    { NULL }
  };
  if (!with_json)
    entries[5] = (GOptionEntry){ NULL };
  g_option_context_add_main_entries(ctx, entries, NULL);
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

gboolean
cv_cli_no_operands(int argc, char **argv)
{
  if (argc <= 1)
    return TRUE;
  fprintf(stderr, "caviar %s: unexpected argument '%s'\nTry 'caviar help %s'.\n",
          argv[0], argv[1], argv[0]);
  return FALSE;
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

GKeyFile *
cv_cli_config(CvCliCommon *common, GError **error)
{
  g_autofree char *path = NULL;
  gboolean explicit = TRUE;
  if (common->config)
    path = g_strdup(common->config);
  else if (g_getenv("CAVIAR_CONFIG") && *g_getenv("CAVIAR_CONFIG"))
    path = g_strdup(g_getenv("CAVIAR_CONFIG"));
  else {
    path = g_build_filename(g_get_user_config_dir(), "caviar", "caviar.conf", NULL);
    explicit = FALSE;
  }
  if (!explicit && !g_file_test(path, G_FILE_TEST_EXISTS))
    return NULL;
  g_autoptr(GKeyFile) kf = g_key_file_new();
  g_autoptr(GError) local = NULL;
  if (!g_key_file_load_from_file(kf, path, G_KEY_FILE_NONE, &local)) {
    g_set_error(error, local->domain, local->code, "config %s: %s", path,
                local->message);
    return NULL;
  }
  return g_steal_pointer(&kf);
}

/* Option, environment, config [store] KEY, default: the first that is set. */
static char *
pick(char *option, const char *env_name, GKeyFile *kf, const char *key,
     char *fallback)
{
  if (option) {
    g_free(fallback);
    return option;
  }
  const char *env = env_name ? g_getenv(env_name) : NULL;
  if (env && *env) {
    g_free(fallback);
    return g_strdup(env);
  }
  char *conf = kf ? g_key_file_get_string(kf, "store", key, NULL) : NULL;
  if (conf && *conf) {
    g_free(fallback);
    return conf;
  }
  g_free(conf);
  return fallback;
}

void
cv_cli_resolve(CvCliCommon *common)
{
  /* A config file that does not parse is reported by the commands that
   * read options from it; here it is only a source of defaults. */
  g_autoptr(GKeyFile) kf = cv_cli_config(common, NULL);
  if (common->store_dir == NULL)
    common->store_dir = pick(NULL, "CAVIAR_STORE", kf, "dir",
                             g_build_filename(g_get_user_data_dir(), "caviar", NULL));
  if (common->key_file == NULL)
    common->key_file = pick(NULL, "CAVIAR_KEY_FILE", kf, "key-file",
                            g_build_filename(g_get_user_config_dir(), "caviar",
                                             "master.key", NULL));
  if (common->collection == NULL)
    common->collection = pick(NULL, NULL, kf, "collection", g_strdup("default"));
}

void
cv_cli_common_clear(CvCliCommon *common)
{
  g_clear_pointer(&common->store_dir, g_free);
  g_clear_pointer(&common->key_file, g_free);
  g_clear_pointer(&common->collection, g_free);
  g_clear_pointer(&common->config, g_free);
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

void
cv_cli_print_json(JsonBuilder *builder, gboolean pretty)
{
  g_autoptr(JsonGenerator) gen = json_generator_new();
  g_autoptr(JsonNode) root = json_builder_get_root(builder);
  json_generator_set_pretty(gen, pretty);
  json_generator_set_root(gen, root);
  gsize len = 0;
  g_autofree char *data = json_generator_to_data(gen, &len);
  fwrite(data, 1, len, stdout);
  fputc('\n', stdout);
  sodium_memzero(data, len);
}

void
cv_cli_add_counts(JsonBuilder *builder, const guint *counts)
{
  json_builder_begin_object(builder);
  for (int t = 0; t < CV_PII_N_TYPES; t++) {
    if (counts[t] == 0)
      continue;
    json_builder_set_member_name(builder, cv_redact_type_name((CvPiiType)t));
    json_builder_add_int_value(builder, counts[t]);
  }
  json_builder_end_object(builder);
}
