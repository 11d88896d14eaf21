/* cli.c — plumbing shared by the subcommands: the invocation (where a
 * command prints, which store it uses), common options, defaults from the
 * environment and the config file, opening the store, error lines. */
#include <glib/gi18n-lib.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <sodium.h>

#include "cv-redact.h"

#include "cli.h"
#include "config.h"
#include "control.h"

/* ---------- the invocation ---------- */

void
cv_cli_init_local(CvCli *cli)
{
  *cli = (CvCli){ .out = stdout, .err = stderr, .in_fd = STDIN_FILENO };
}

const char *
cv_cli_getenv(CvCli *cli, const char *name)
{
  if (cli->remote)
    return cli->env ? g_hash_table_lookup(cli->env, name) : NULL;
  return g_getenv(name);
}

gboolean
cv_cli_stopped(CvCli *cli)
{
  return (cli->cancel != NULL && g_cancellable_is_cancelled(cli->cancel)) ||
         ferror(cli->out);
}

typedef struct {
  CvCliInputs parent;
  GPtrArray *entries;
  guint next;
} LocalInputs;

static guint
local_walk(CvCliInputs *self, char **paths, guint n_paths, const char *cwd)
{
  LocalInputs *l = (LocalInputs *)self;
  l->entries = cv_pipeline_walk(paths, n_paths, cwd);
  return l->entries->len;
}

static CvItem *
local_next(CvCliInputs *self)
{
  LocalInputs *l = (LocalInputs *)self;
  if (l->entries == NULL || l->next >= l->entries->len)
    return NULL;
  return cv_pipeline_item_for(g_ptr_array_index(l->entries, l->next++));
}

static void
local_free(CvCliInputs *self)
{
  LocalInputs *l = (LocalInputs *)self;
  if (l->entries)
    g_ptr_array_unref(l->entries);
  g_free(l);
}

CvCliInputs *
cv_cli_local_inputs(void)
{
  LocalInputs *l = g_new0(LocalInputs, 1);
  l->parent.walk = local_walk;
  l->parent.next = local_next;
  l->parent.free = local_free;
  return &l->parent;
}

/* ---------- options ---------- */

void
cv_cli_add_common(GOptionContext *ctx, CvCliCommon *common, gboolean with_json)
{
  GOptionEntry entries[] = {
    { "store", 0, 0, G_OPTION_ARG_FILENAME, &common->store_dir,
      N_("Store directory (default $CAVIAR_STORE or $XDG_DATA_HOME/caviar)"),
      N_("DIR") },
    { "key-file", 0, 0, G_OPTION_ARG_FILENAME,
      &common->key_file, N_("Master key file (default $CAVIAR_KEY_FILE or $XDG_CONFIG_HOME/caviar/master.key)"),
      N_("FILE") },
    { "collection", 'c', 0, G_OPTION_ARG_STRING, &common->collection,
      N_("Collection (default \"default\")"), N_("NAME") },
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &common->quiet,
      N_("Print only errors"), NULL },
    { "config", 0, 0, G_OPTION_ARG_FILENAME,
      &common->config, N_("Config file (default $CAVIAR_CONFIG or $XDG_CONFIG_HOME/caviar/caviar.conf)"),
      N_("FILE") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &common->json,
      N_("Machine-readable JSON output"), NULL },
    { NULL }
  };
  if (!with_json)
    entries[5] = (GOptionEntry){ NULL };
  g_option_context_add_main_entries(ctx, entries, GETTEXT_PACKAGE);
  /* the summary, description and parameter string too */
  g_option_context_set_translation_domain(ctx, GETTEXT_PACKAGE);
}

gboolean
cv_cli_parse(CvCli *cli, GOptionContext *ctx, int *argc, char ***argv)
{
  g_autoptr(GError) error = NULL;
  /* GOption prints help to stdout and exits: never inside the service. */
  if (cli->remote)
    g_option_context_set_help_enabled(ctx, FALSE);
  /* GOption takes a short option's value only as the next word: "-j1"
   * reads the next argument as the value of -j.  Say so when it fails. */
  g_autofree char *glued = NULL;
  for (int i = 1; i < *argc && glued == NULL; i++) {
    const char *a = (*argv)[i];
    if (strcmp(a, "--") == 0)
      break;
    if (a[0] == '-' && g_ascii_isalpha(a[1]) && a[2] != '\0' &&
        strspn(a + 2, "0123456789") == strlen(a + 2))
      glued = g_strdup(a);
  }
  if (!g_option_context_parse(ctx, argc, argv, &error)) {
    if (glued != NULL)
      fprintf(cli->err,
              _("caviar %s: write '-%c %s' with a space: a short option's "
                "value is the next word\n"),
              (*argv)[0], glued[1], glued + 2);
    fprintf(cli->err, _("caviar %s: %s\nTry 'caviar help %s'.\n"), (*argv)[0],
            error->message, (*argv)[0]);
    return FALSE;
  }
  return TRUE;
}

gboolean
cv_cli_no_operands(CvCli *cli, int argc, char **argv)
{
  if (argc <= 1)
    return TRUE;
  g_autofree char *shown = cv_pipeline_escape_name(argv[1]);
  fprintf(cli->err,
          _("caviar %s: unexpected argument '%s'\nTry 'caviar help %s'.\n"),
          argv[0], shown, argv[0]);
  return FALSE;
}

char *
cv_cli_config_path(CvCli *cli, CvCliCommon *common)
{
  if (cli->remote)
    return g_strdup(cli->config);
  if (common->config)
    return g_strdup(common->config);
  const char *env = g_getenv("CAVIAR_CONFIG");
  if (env && *env)
    return g_strdup(env);
  char *path =
      g_build_filename(g_get_user_config_dir(), "caviar", "caviar.conf", NULL);
  if (g_file_test(path, G_FILE_TEST_EXISTS))
    return path;
  g_free(path);
  return NULL;
}

GKeyFile *
cv_cli_config(CvCli *cli, CvCliCommon *common, GError **error)
{
  g_autofree char *path = cv_cli_config_path(cli, common);
  if (path == NULL)
    return NULL;
  g_autoptr(CvConfig) config = cv_config_load(path, error);
  if (config == NULL)
    return NULL;
  return g_key_file_ref(cv_config_keyfile(config));
}

/* Option, environment, config [store] KEY, default: the first that is set. */
static char *
pick(CvCli *cli, char *option, const char *env_name, GKeyFile *kf,
     const char *key, char *fallback)
{
  if (option) {
    g_free(fallback);
    return option;
  }
  const char *env = env_name && !cli->remote ? g_getenv(env_name) : NULL;
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

gboolean
cv_cli_resolve(CvCli *cli, CvCliCommon *common, GError **error)
{
  GError *local = NULL;
  g_autoptr(GKeyFile) kf = cv_cli_config(cli, common, &local);
  if (local != NULL) {
    g_propagate_error(error, local);
    return FALSE;
  }
  if (cli->remote) {
    /* The client named this store to reach the service: the service's
     * store and key it is, whatever paths came with the request. */
    g_free(common->store_dir);
    common->store_dir = g_strdup(cli->store_dir);
    g_clear_pointer(&common->key_file, g_free);
    common->key_file = g_strdup("(held by the service)");
  }
  if (common->store_dir == NULL)
    common->store_dir =
        pick(cli, NULL, "CAVIAR_STORE", kf, "dir",
             g_build_filename(g_get_user_data_dir(), "caviar", NULL));
  if (common->key_file == NULL)
    common->key_file = pick(cli, NULL, "CAVIAR_KEY_FILE", kf, "key-file",
                            g_build_filename(g_get_user_config_dir(), "caviar",
                                             "master.key", NULL));
  if (common->collection == NULL)
    common->collection =
        pick(cli, NULL, NULL, kf, "collection", g_strdup("default"));
  return TRUE;
}

void
cv_cli_common_clear(CvCliCommon *common)
{
  g_clear_pointer(&common->store_dir, g_free);
  g_clear_pointer(&common->key_file, g_free);
  g_clear_pointer(&common->collection, g_free);
  g_clear_pointer(&common->config, g_free);
}

/* ---------- the store ---------- */

typedef struct {
  CvCli *cli;
  const char *dir;
  gboolean service; /* a service started meanwhile */
} WaitCtx;

static gboolean
wait_for_store(gboolean first, gint64 pid, const char *what, gpointer data)
{
  WaitCtx *w = data;
  if (cv_control_available(w->dir)) {
    w->service = TRUE;
    return FALSE;
  }
  if (first) {
    fprintf(w->cli->err,
            _("caviar: waiting for the store, held by PID %lld (%s)...\n"),
            (long long)pid, what);
    fflush(w->cli->err);
  }
  return !cv_cli_stopped(w->cli);
}

CvOwner *
cv_cli_open(CvCli *cli, CvCliCommon *common, CvCliAccess access, int *exit_code)
{
  g_autoptr(GError) error = NULL;
  if (!cv_cli_resolve(cli, common, &error)) {
    cv_cli_error(cli, "%s", error->message);
    *exit_code = CV_EXIT_FAIL;
    return NULL;
  }
  if (!cv_store_collection_name_check(common->collection, &error)) {
    cv_cli_error(cli, "%s", error->message);
    *exit_code = CV_EXIT_FAIL;
    return NULL;
  }
  if (cli->remote)
    return cv_owner_ref(cli->owner);
  CvStoreOptions options = {
    .dir = common->store_dir,
    .key_file = common->key_file,
    .create_key = access == CV_CLI_CREATE,
    .read_only = access == CV_CLI_READ,
    .sync = TRUE,
  };
  gboolean created = FALSE;
  WaitCtx w = { cli, common->store_dir, FALSE };
  CvOwner *owner = cv_owner_open(&options, g_get_prgname(), wait_for_store, &w,
                                 &created, &error);
  if (owner == NULL) {
    *exit_code = w.service ? CV_EXIT_TO_SERVICE : CV_EXIT_FAIL;
    if (!w.service)
      cv_cli_error(cli, "%s", error->message);
    return NULL;
  }
  if (created)
    fprintf(cli->err,
            _("caviar: created a new master key in %s (keep it safe: "
              "without it the store cannot be read)\n"),
            common->key_file);
  return owner;
}

/* ---------- output ---------- */

void
cv_cli_fail(CvCli *cli, const char *path, const char *reason)
{
  fprintf(cli->err, _("caviar: %s: %s\n"), path, reason);
}

void
cv_cli_error(CvCli *cli, const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  g_autofree char *msg = g_strdup_vprintf(fmt, ap);
  va_end(ap);
  fprintf(cli->err, _("caviar: %s\n"), msg);
}

void
cv_cli_print_json(CvCli *cli, JsonBuilder *builder, gboolean pretty)
{
  g_autoptr(JsonGenerator) gen = json_generator_new();
  g_autoptr(JsonNode) root = json_builder_get_root(builder);
  json_generator_set_pretty(gen, pretty);
  json_generator_set_root(gen, root);
  gsize len = 0;
  g_autofree char *data = json_generator_to_data(gen, &len);
  fwrite(data, 1, len, cli->out);
  fputc('\n', cli->out);
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
