/* config.c — strict reading of the configuration file: GKeyFile parses it,
 * a pass over the text remembers where each group and key is, and every
 * group and key is checked against what caviar knows. */
#include <glib/gi18n-lib.h>
#include <string.h>

#include "config.h"

#define CONFIG_MAX_BYTES (1024 * 1024)

typedef struct {
  const char *group; /* exact name, or a prefix ending in a space */
  const char *const *keys;
} Section;

static const char *const store_keys[] = { "dir", "key-file", "collection", NULL };
static const char *const ingest_keys[] = {
  "jobs", "ocr-lang", "no-ocr",    "pdf-password-file", "mode",
  "lang", "timeout",  "max-bytes", "expire-after",      NULL
};
static const char *const serve_keys[] = { "listen",
                                          "threads",
                                          "control-group",
                                          "settle-ms",
                                          "max-connections",
                                          "max-connections-per-ip",
                                          "header-timeout",
                                          "body-timeout",
                                          "ops-listen",
                                          "ops-token-file",
                                          "access-log",
                                          "tls-cert",
                                          "tls-key",
                                          "cors-origins",
                                          "language",
                                          "ui",
                                          NULL };
static const char *const watch_keys[] = { "directory", "collection", "policy",
                                          "versions", NULL };
/* worker nodes through RabbitMQ (tools/broker.h) */
static const char *const broker_keys[] = { "url",       "worker-public-key",
                                           "only",      "timeout",
                                           "in-flight", "max-job-bytes",
                                           "attempts",  NULL };
static const Section sections[] = {
  { "store", store_keys }, { "broker", broker_keys }, { "ingest", ingest_keys },
  { "serve", serve_keys }, { "watch ", watch_keys },
};

struct _CvConfig {
  char *path;
  GKeyFile *kf;
  GHashTable *lines; /* "group\nkey" or "group\n" -> line number */
};

void
cv_config_free(CvConfig *config)
{
  if (config == NULL)
    return;
  g_free(config->path);
  if (config->kf)
    g_key_file_unref(config->kf);
  if (config->lines)
    g_hash_table_unref(config->lines);
  g_free(config);
}

GKeyFile *
cv_config_keyfile(CvConfig *config)
{
  return config->kf;
}

const char *
cv_config_path(CvConfig *config)
{
  return config->path;
}

char *
cv_config_where(CvConfig *config, const char *group, const char *key)
{
  g_autofree char *k = g_strconcat(group, "\n", key ? key : "", NULL);
  guint line = GPOINTER_TO_UINT(g_hash_table_lookup(config->lines, k));
  if (line == 0)
    return g_strdup(config->path);
  return g_strdup_printf("%s:%u", config->path, line);
}

/* Remembers the line of each group header and key. */
static void
index_lines(CvConfig *c, const char *text)
{
  g_auto(GStrv) lines = g_strsplit(text, "\n", -1);
  g_autofree char *group = NULL;
  for (guint i = 0; lines[i]; i++) {
    char *l = g_strstrip(lines[i]);
    if (*l == '\0' || *l == '#')
      continue;
    if (*l == '[') {
      char *end = strrchr(l, ']');
      g_free(group);
      group = end ? g_strndup(l + 1, end - l - 1) : g_strdup(l + 1);
      g_hash_table_insert(c->lines, g_strconcat(group, "\n", NULL),
                          GUINT_TO_POINTER(i + 1));
      continue;
    }
    char *eq = strchr(l, '=');
    if (group == NULL || eq == NULL)
      continue;
    g_autofree char *key = g_strstrip(g_strndup(l, eq - l));
    g_hash_table_replace(c->lines, g_strconcat(group, "\n", key, NULL),
                         GUINT_TO_POINTER(i + 1));
  }
}

static const Section *
find_section(const char *group)
{
  for (gsize i = 0; i < G_N_ELEMENTS(sections); i++) {
    const char *name = sections[i].group;
    gsize n = strlen(name);
    if (name[n - 1] == ' '
            ? g_str_has_prefix(group, name) && group[n] == '"' &&
                  g_str_has_suffix(group, "\"") && strlen(group) > n + 2
            : strcmp(group, name) == 0)
      return &sections[i];
  }
  return NULL;
}

CvConfig *
cv_config_load(const char *path, GError **error)
{
  g_autofree char *text = NULL;
  gsize len = 0;
  g_autoptr(GError) local = NULL;
  if (!g_file_get_contents(path, &text, &len, &local)) {
    g_set_error(error, local->domain, local->code, _("config %s: %s"), path,
                local->message);
    return NULL;
  }
  if (len > CONFIG_MAX_BYTES) {
    g_set_error(error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_PARSE,
                _("config %s: larger than %d bytes"), path, CONFIG_MAX_BYTES);
    return NULL;
  }
  g_autoptr(CvConfig) c = g_new0(CvConfig, 1);
  c->path = g_strdup(path);
  c->kf = g_key_file_new();
  c->lines = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  if (!g_key_file_load_from_data(c->kf, text, len, G_KEY_FILE_NONE, &local)) {
    g_set_error(error, local->domain, local->code, _("config %s: %s"), path,
                local->message);
    return NULL;
  }
  index_lines(c, text);
  GString *problems = g_string_new(NULL);
  g_auto(GStrv) groups = g_key_file_get_groups(c->kf, NULL);
  for (guint i = 0; groups[i]; i++) {
    const Section *sec = find_section(groups[i]);
    if (sec == NULL) {
      g_autofree char *where = cv_config_where(c, groups[i], NULL);
      g_string_append_printf(problems,
                             "%s%s: unknown section [%s] (known: [store], "
                             "[ingest], [serve], [watch \"NAME\"], [broker])",
                             problems->len ? "\n" : "", where, groups[i]);
      continue;
    }
    g_auto(GStrv) keys = g_key_file_get_keys(c->kf, groups[i], NULL, NULL);
    for (guint k = 0; keys && keys[k]; k++) {
      if (g_strv_contains(sec->keys, keys[k]))
        continue;
      g_autofree char *where = cv_config_where(c, groups[i], keys[k]);
      g_autofree char *known = g_strjoinv(", ", (char **)sec->keys);
      g_string_append_printf(problems,
                             "%s%s: unknown key '%s' in [%s] "
                             "(known: %s)",
                             problems->len ? "\n" : "", where, keys[k],
                             groups[i], known);
    }
  }
  if (problems->len > 0) {
    g_set_error_literal(error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_KEY_NOT_FOUND,
                        problems->str);
    g_string_free(problems, TRUE);
    return NULL;
  }
  g_string_free(problems, TRUE);
  return g_steal_pointer(&c);
}
