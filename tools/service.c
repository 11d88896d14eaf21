/* service.c — the store's owner process: the control socket, the HTTP API
 * and the drop folders around one open store; signals, configuration
 * reload, systemd notification.  See service.h. */
#include <errno.h>
#include <grp.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib-unix.h>
#include <glib/gi18n-lib.h>

#include "broker.h"

#include "config.h"
#include "i18n.h"
#include "control.h"
#include "http.h"
#include "notify.h"
#include "service.h"
#include "watcher.h"

#define DEFAULT_LISTEN "127.0.0.1:8750"
#define DEFAULT_SETTLE_MS 500
#define STATUS_S 2
#define COMPACT_IDLE_S 5

typedef struct {
  CvCli *cli;
  CvCliCommon *common;
  CvServiceArgs *args;
  char *config_path; /* NULL: no configuration file */
  CvOwner *owner;
  CvControl *control;
  CvHttp *http;
  CvWatcher *watcher;
  CvPipeline *pipeline;
  CvIngestSettings ingest;
  GMainLoop *loop;
  gboolean stopping; /* SIGTERM/SIGINT seen (maybe before the loop ran) */
  char *listen_used; /* to warn when a reload changes it */
  char *store_used;
} Service;

/* ---------- configuration ---------- */

/* The [watch "NAME"] sections of @config, checked (every problem with its
 * file and line). */
static GPtrArray *
watch_specs(CvConfig *config, GError **error)
{
  GPtrArray *specs =
      g_ptr_array_new_with_free_func((GDestroyNotify)cv_watch_spec_free);
  if (config == NULL)
    return specs;
  GKeyFile *kf = cv_config_keyfile(config);
  g_autoptr(GString) problems = g_string_new(NULL);
  g_auto(GStrv) groups = g_key_file_get_groups(kf, NULL);
  for (guint i = 0; groups[i]; i++) {
    const char *g = groups[i];
    if (!g_str_has_prefix(g, "watch \""))
      continue;
    g_autoptr(CvWatchSpec) spec = g_new0(CvWatchSpec, 1);
    spec->name = g_strndup(g + 7, strlen(g) - 8);
    g_autofree char *dir = g_key_file_get_string(kf, g, "directory", NULL);
    g_autofree char *policy = g_key_file_get_string(kf, g, "policy", NULL);
    g_autofree char *versions = g_key_file_get_string(kf, g, "versions", NULL);
    spec->collection = g_key_file_get_string(kf, g, "collection", NULL);
    if (dir == NULL || !g_path_is_absolute(dir)) {
      g_autofree char *where =
          cv_config_where(config, g, dir ? "directory" : NULL);
      g_string_append_printf(problems,
                             "%s%s: [%s] needs directory = "
                             "/absolute/path",
                             problems->len ? "\n" : "", where, g);
      continue;
    }
    spec->directory = g_canonicalize_filename(dir, NULL);
    if (!cv_watch_policy_parse(policy, &spec->policy)) {
      g_autofree char *where = cv_config_where(config, g, "policy");
      g_string_append_printf(problems,
                             "%s%s: policy must be move, delete or "
                             "keep",
                             problems->len ? "\n" : "", where);
      continue;
    }
    if (versions != NULL && !g_str_equal(versions, "replace") &&
        !g_str_equal(versions, "keep")) {
      g_autofree char *where = cv_config_where(config, g, "versions");
      g_string_append_printf(problems,
                             "%s%s: versions must be replace or "
                             "keep",
                             problems->len ? "\n" : "", where);
      continue;
    }
    spec->keep_versions = versions && g_str_equal(versions, "keep");
    g_autoptr(GError) name_error = NULL;
    if (spec->collection &&
        !cv_store_collection_name_check(spec->collection, &name_error)) {
      g_autofree char *where = cv_config_where(config, g, "collection");
      g_string_append_printf(problems, "%s%s: %s", problems->len ? "\n" : "",
                             where, name_error->message);
      continue;
    }
    g_ptr_array_add(specs, g_steal_pointer(&spec));
  }
  if (problems->len) {
    g_set_error_literal(error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
                        problems->str);
    g_ptr_array_unref(specs);
    return NULL;
  }
  return specs;
}

/* The drop folders to watch: the configuration's and the command line's. */
static GPtrArray *
all_specs(Service *sv, CvConfig *config, GError **error)
{
  GPtrArray *specs = watch_specs(config, error);
  if (specs == NULL)
    return NULL;
  for (guint i = 0; sv->args->watches && i < sv->args->watches->len; i++) {
    const CvWatchSpec *w = g_ptr_array_index(sv->args->watches, i);
    CvWatchSpec *c = g_new0(CvWatchSpec, 1);
    c->name = g_strdup(w->name);
    c->directory = g_strdup(w->directory);
    c->collection = g_strdup(w->collection);
    c->policy = w->policy;
    c->keep_versions = w->keep_versions;
    g_ptr_array_add(specs, c);
  }
  for (guint i = 0; i < specs->len; i++) {
    CvWatchSpec *s = g_ptr_array_index(specs, i);
    if (s->collection == NULL)
      s->collection = g_strdup(sv->common->collection);
    if (g_str_has_prefix(s->directory, sv->common->store_dir) ||
        g_str_has_prefix(sv->common->store_dir, s->directory)) {
      g_set_error(
          error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
          _("watch %s: %s and the store %s must not contain each other"),
          s->name, s->directory, sv->common->store_dir);
      g_ptr_array_unref(specs);
      return NULL;
    }
  }
  return specs;
}

static char *
serve_string(CvConfig *config, const char *key)
{
  return config ? g_key_file_get_string(cv_config_keyfile(config), "serve", key,
                                        NULL)
                : NULL;
}

static int
serve_int(CvConfig *config, const char *key, int unset, GError **error)
{
  GKeyFile *kf = config ? cv_config_keyfile(config) : NULL;
  if (kf == NULL || !g_key_file_has_key(kf, "serve", key, NULL))
    return unset;
  GError *local = NULL;
  int v = g_key_file_get_integer(kf, "serve", key, &local);
  if (local != NULL) {
    g_autofree char *where = cv_config_where(config, "serve", key);
    g_set_error(error, local->domain, local->code, "%s: %s", where,
                local->message);
    g_error_free(local);
    return unset;
  }
  return v;
}

/* ---------- running ---------- */

static gboolean
on_stop(gpointer data)
{
  Service *sv = data;
  sv->stopping = TRUE;
  g_main_loop_quit(sv->loop);
  return G_SOURCE_CONTINUE;
}

static gboolean
on_reload(gpointer data)
{
  Service *sv = data;
  cv_notify("RELOADING=1");
  g_autoptr(GError) error = NULL;
  g_autoptr(CvConfig) config =
      sv->config_path ? cv_config_load(sv->config_path, &error) : NULL;
  g_autoptr(GPtrArray) specs = NULL;
  if (error == NULL)
    specs = all_specs(sv, config, &error);
  if (specs != NULL && sv->watcher != NULL)
    cv_watcher_set_folders(sv->watcher, specs, &error);
  if (error == NULL && specs != NULL && sv->http != NULL)
    cv_http_set_folders(sv->http, specs);
  if (error != NULL) {
    g_printerr(_("caviar: reload: %s (the running configuration is kept)\n"),
               error->message);
  } else {
    g_autofree char *listen = serve_string(config, "listen");
    g_autofree char *dir = config
                               ? g_key_file_get_string(cv_config_keyfile(config),
                                                       "store", "dir", NULL)
                               : NULL;
    if ((listen && g_strcmp0(listen, sv->listen_used) != 0) ||
        (dir && g_strcmp0(dir, sv->store_used) != 0))
      g_printerr(_("caviar: reload: [serve] listen and [store] take effect at "
                   "the next start\n"));
    g_printerr(g_dngettext(GETTEXT_PACKAGE,
                           "caviar: configuration reloaded: %u drop folder\n",
                           "caviar: configuration reloaded: %u drop folders\n",
                           specs->len),
               specs->len);
  }
  cv_notify("READY=1");
  return G_SOURCE_CONTINUE;
}

static gboolean
on_status(gpointer data)
{
  Service *sv = data;
  CvWatchStats st = { 0 };
  if (sv->watcher)
    cv_watcher_stats(sv->watcher, &st);
  cv_notify("STATUS=%u drop folder%s: %" G_GUINT64_FORMAT
            " stored, %" G_GUINT64_FORMAT " already stored, %" G_GUINT64_FORMAT
            " failed, %u waiting",
            st.folders, st.folders == 1 ? "" : "s", st.stored, st.already,
            st.failed, st.waiting);
  return G_SOURCE_CONTINUE;
}

/* Replaced versions leave the store's files once the pipeline is idle. */
static gboolean
on_compact(gpointer data)
{
  Service *sv = data;
  if (sv->pipeline == NULL || cv_pipeline_pending(sv->pipeline) > 0)
    return G_SOURCE_CONTINUE;
  g_autoptr(GError) error = NULL;
  if (!cv_sink_store_compact(cv_pipeline_sink(sv->pipeline), &error))
    g_printerr(_("caviar: compaction after replacements failed: %s\n"),
               error->message);
  return G_SOURCE_CONTINUE;
}

static void
watch_metrics(GString *out, gpointer data)
{
  Service *sv = data;
  CvWatchStats st = { 0 };
  if (sv->watcher)
    cv_watcher_stats(sv->watcher, &st);
  g_string_append_printf(
      out,
      "# HELP caviar_watch_files_total Files taken from drop folders, by "
      "outcome.\n# TYPE caviar_watch_files_total counter\n"
      "caviar_watch_files_total{outcome=\"stored\"} %" G_GUINT64_FORMAT "\n"
      "caviar_watch_files_total{outcome=\"already_stored\"} %" G_GUINT64_FORMAT
      "\ncaviar_watch_files_total{outcome=\"failed\"} %" G_GUINT64_FORMAT "\n"
      "caviar_watch_files_total{outcome=\"retried\"} %" G_GUINT64_FORMAT "\n"
      "# HELP caviar_watch_waiting Files noticed and not finished.\n"
      "# TYPE caviar_watch_waiting gauge\ncaviar_watch_waiting %u\n",
      st.stored, st.already, st.failed, st.retried, st.waiting);
  CvBrokerStats bs = { 0 };
  if (sv->pipeline != NULL)
    cv_pipeline_broker_stats(sv->pipeline, &bs);
  if (!bs.enabled)
    return;
  g_string_append_printf(
      out,
      "# HELP caviar_broker_connected 1 while connected to the broker.\n"
      "# TYPE caviar_broker_connected gauge\ncaviar_broker_connected %d\n"
      "# HELP caviar_broker_reconnects_total Connections to the broker made "
      "again after a loss.\n# TYPE caviar_broker_reconnects_total counter\n"
      "caviar_broker_reconnects_total %" G_GUINT64_FORMAT "\n"
      "# HELP caviar_broker_jobs Extraction jobs: waiting in the broker's "
      "queue (every owner's), sent by this owner and not returned.\n"
      "# TYPE caviar_broker_jobs gauge\n"
      "caviar_broker_jobs{state=\"queued\"} %" G_GINT64_FORMAT "\n"
      "caviar_broker_jobs{state=\"in_flight\"} %u\n"
      "# HELP caviar_broker_jobs_total Extraction jobs finished, by outcome "
      "(local: over the job size cap, extracted by the owner).\n"
      "# TYPE caviar_broker_jobs_total counter\n"
      "caviar_broker_jobs_total{outcome=\"done\"} %" G_GUINT64_FORMAT "\n"
      "caviar_broker_jobs_total{outcome=\"failed\"} %" G_GUINT64_FORMAT "\n"
      "caviar_broker_jobs_total{outcome=\"quarantined\"} %" G_GUINT64_FORMAT
      "\ncaviar_broker_jobs_total{outcome=\"local\"} %" G_GUINT64_FORMAT "\n"
      "# HELP caviar_broker_pages_total Pages returned by the broker's "
      "workers (rate(): their pages/s).\n"
      "# TYPE caviar_broker_pages_total counter\n"
      "caviar_broker_pages_total %" G_GUINT64_FORMAT "\n",
      bs.connected ? 1 : 0, bs.reconnects, MAX(bs.queued, 0), bs.in_flight,
      bs.done, bs.failed, bs.quarantined, bs.local, bs.pages);
}

static int
run_command(CvCli *cli, int argc, char **argv, gpointer data)
{
  return cv_cli_dispatch(cli, argc, argv);
}

static gid_t
group_id(const char *name, GError **error)
{
  if (name == NULL || *name == '\0')
    return (gid_t)-1;
  struct group *g = getgrnam(name);
  if (g == NULL) {
    g_set_error(error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                _("control-group: no group '%s'"), name);
    return (gid_t)-2;
  }
  return g->gr_gid;
}

int
cv_service_run(CvCli *cli, CvCliCommon *common, CvServiceArgs *args)
{
  Service sv = { .cli = cli,
                 .common = common,
                 .args = args,
                 .ingest = { .timeout_s = CV_INGEST_DEFAULT_TIMEOUT,
                             .max_bytes = CV_INGEST_DEFAULT_MAX_BYTES } };
  g_autoptr(GError) error = NULL;
  g_autoptr(CvConfig) config = NULL;
  g_autoptr(GPtrArray) specs = NULL;
  int rc = CV_EXIT_FAIL;
  guint sources[5] = { 0 };
  g_autofree char *group_name = NULL;
  g_autofree char *ops_listen = NULL;
  g_autofree char *ops_token_file = NULL;
  g_autofree char *tls_cert = NULL;
  g_autofree char *tls_key = NULL;
  g_auto(GStrv) cors_origins = NULL;
  CvHttpOptions http_options = { 0 };
  g_autofree char *language = NULL;
  CvPipelineOptions po;
  CvStoreSinkOptions so;
  g_autofree char *broker_url = NULL;
  g_autofree char *broker_owner = NULL;

  /* A broken or missing --config is an error, never a fallback. */
  sv.config_path = cv_cli_config_path(cli, common);
  if (sv.config_path != NULL) {
    config = cv_config_load(sv.config_path, &error);
    if (config == NULL) {
      cv_cli_error(cli, "%s", error->message);
      goto out;
    }
  }
  if (!cv_cli_resolve(cli, common, &error)) {
    cv_cli_error(cli, "%s", error->message);
    goto out;
  }
  /* the language of the log and of the API (a request's Accept-Language
   * wins for its answer); without it, the environment's */
  language = serve_string(config, "language");
  if (language != NULL && !cv_i18n_set_process(language)) {
    cv_cli_error(cli, _("%s: [serve] language must be fr or en"), sv.config_path);
    rc = CV_EXIT_USAGE;
    goto out;
  }
  if (args->collection) {
    g_free(common->collection);
    common->collection = g_strdup(args->collection);
  }
  if (!cv_store_collection_name_check(common->collection, &error)) {
    cv_cli_error(cli, "%s", error->message);
    goto out;
  }
  int threads =
      args->threads ? args->threads : serve_int(config, "threads", 4, &error);
  int settle = args->settle_ms >= 0
                   ? args->settle_ms
                   : serve_int(config, "settle-ms", DEFAULT_SETTLE_MS, &error);
  if (error == NULL &&
      (threads < 1 || threads > 64 || settle < 0 || settle > 600000))
    g_set_error(&error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                _("threads must be 1 to 64, settle-ms 0 to 600000"));
  group_name = args->control_group ? g_strdup(args->control_group)
                                   : serve_string(config, "control-group");
  gid_t group = error ? (gid_t)-1 : group_id(group_name, &error);
  if (error == NULL && args->http) {
    sv.listen_used =
        args->listen ? g_strdup(args->listen) : serve_string(config, "listen");
    if (sv.listen_used == NULL)
      sv.listen_used = g_strdup(DEFAULT_LISTEN);
    static const struct {
      const char *key;
      int def, max;
    } limits[] = { { "max-connections", 1024, 100000 },
                   { "max-connections-per-ip", 64, 100000 },
                   { "header-timeout", 10, 3600 },
                   { "body-timeout", 30, 3600 } };
    int v[G_N_ELEMENTS(limits)];
    for (guint i = 0; i < G_N_ELEMENTS(limits) && error == NULL; i++) {
      v[i] = serve_int(config, limits[i].key, limits[i].def, &error);
      if (error == NULL && (v[i] < 1 || v[i] > limits[i].max))
        g_set_error(&error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                    "[serve] %s must be 1 to %d", limits[i].key, limits[i].max);
    }
    gboolean access_log = FALSE;
    GKeyFile *kf = config ? cv_config_keyfile(config) : NULL;
    if (error == NULL && kf &&
        g_key_file_has_key(kf, "serve", "access-log", NULL)) {
      GError *local = NULL;
      access_log = g_key_file_get_boolean(kf, "serve", "access-log", &local);
      if (local != NULL) {
        g_autofree char *where = cv_config_where(config, "serve", "access-log");
        g_set_error(&error, local->domain, local->code, "%s: true or false: %s",
                    where, local->message);
        g_error_free(local);
      }
    }
    if (error == NULL) {
      tls_cert = serve_string(config, "tls-cert");
      tls_key = serve_string(config, "tls-key");
      g_autofree char *cors = serve_string(config, "cors-origins");
      if (cors) {
        cors_origins = g_strsplit(cors, ",", 65);
        for (guint i = 0; cors_origins[i]; i++)
          g_strstrip(cors_origins[i]);
      }
      ops_listen = serve_string(config, "ops-listen");
      ops_token_file = serve_string(config, "ops-token-file");
      http_options =
          (CvHttpOptions){ .listen = sv.listen_used,
                           .threads = (guint)threads,
                           .max_connections = (guint)v[0],
                           .max_per_ip = (guint)v[1],
                           .header_timeout = (guint)v[2],
                           .body_timeout = (guint)v[3],
                           .ops_listen = ops_listen,
                           .ops_token_file = ops_token_file,
                           .access_log = access_log,
                           .tls_cert = tls_cert,
                           .tls_key = tls_key,
                           .cors_origins = (const char *const *)cors_origins };
    }
  }
  if (error == NULL)
    specs = all_specs(&sv, config, &error);
  if (error == NULL &&
      !cv_ingest_settings_configure(
          &sv.ingest, config ? cv_config_keyfile(config) : NULL, &error))
    g_prefix_error(&error, "%s: ", sv.config_path);
  if (args->jobs > 0)
    sv.ingest.jobs = args->jobs;
  if (error == NULL)
    cv_ingest_settings_options(cli, &sv.ingest, &po, &so, &error);
  if (error != NULL) {
    cv_cli_error(cli, "%s", error->message);
    rc = CV_EXIT_USAGE;
    goto out;
  }
  sv.store_used = g_strdup(common->store_dir);

  /* the store, held until we exit */
  signal(SIGPIPE, SIG_IGN);
  sv.owner = cv_cli_open(cli, common, CV_CLI_CREATE, &rc);
  if (sv.owner == NULL) {
    rc = CV_EXIT_FAIL;
    goto out;
  }
  /* The stop and reload signals are ours once the store is held, before
   * the control socket, the pipeline and the HTTP daemon start: a SIGTERM
   * that comes once they answer, before the loop runs, still stops cleanly
   * (dispatched when the loop starts).  Not earlier: while we wait for
   * another writer's lock, SIGTERM and Ctrl-C must end the wait at once. */
  sv.loop = g_main_loop_new(NULL, FALSE);
  sources[0] = g_unix_signal_add(SIGINT, on_stop, &sv);
  sources[1] = g_unix_signal_add(SIGTERM, on_stop, &sv);
  sources[2] = g_unix_signal_add(SIGHUP, on_reload, &sv);
  if (group != (gid_t)-1 && (chown(common->store_dir, (uid_t)-1, group) != 0 ||
                             chmod(common->store_dir, 0710) != 0))
    g_printerr(_("caviar: %s: cannot let group '%s' reach the control socket: "
                 "%s\n"),
               common->store_dir, group_name, g_strerror(errno));
  sv.control = cv_control_new(common->store_dir, group, sv.owner,
                              sv.config_path, run_command, &sv, &error);
  if (sv.control == NULL) {
    cv_cli_error(cli, _("control socket: %s"), error->message);
    goto out;
  }

  /* drop folders: one pipeline into the store */
  so.collection = common->collection;
  sv.watcher =
      cv_watcher_new((guint)settle, (guint)MAX(args->max_waiting, 0), &error);
  CvSink *sink = sv.watcher ? cv_sink_store_new(sv.owner, &so, &error) : NULL;
  if (sink == NULL) {
    cv_cli_error(cli, "%s", error->message);
    goto out;
  }
  po.ingest.ocr_threads = 1;
  /* [broker]: extraction also (only = true: only) on `caviar worker`s */
  GKeyFile *kf = config ? cv_config_keyfile(config) : NULL;
  if (kf != NULL && g_key_file_has_group(kf, "broker")) {
    broker_url = g_key_file_get_string(kf, "broker", "url", NULL);
    g_autofree char *pub =
        g_key_file_get_string(kf, "broker", "worker-public-key", NULL);
    int timeout = g_key_file_get_integer(kf, "broker", "timeout", NULL);
    int in_flight = g_key_file_get_integer(kf, "broker", "in-flight", NULL);
    if (broker_url == NULL || pub == NULL || timeout < 0 || in_flight < 0 ||
        in_flight > 4096) {
      cv_cli_error(cli, "%s: %s", sv.config_path,
                   _("[broker] needs url and worker-public-key (timeout and "
                     "in-flight: positive numbers)"));
      cv_sink_free(sink);
      goto out;
    }
    if (!cv_box_public_parse(pub, po.broker.worker_pk, &error)) {
      cv_cli_error(cli, "%s: [broker] %s", sv.config_path, error->message);
      cv_sink_free(sink);
      goto out;
    }
    broker_owner = cv_broker_owner_id(common->store_dir);
    po.broker.url = broker_url;
    po.broker.owner_id = broker_owner;
    po.broker.only = g_key_file_get_boolean(kf, "broker", "only", NULL);
    po.broker.timeout_s = (guint)timeout;
    po.broker.in_flight = (guint)in_flight;
    po.broker.max_job_bytes = (guint64)MAX(
        g_key_file_get_int64(kf, "broker", "max-job-bytes", NULL), 0);
    po.broker.attempts =
        (guint)CLAMP(g_key_file_get_integer(kf, "broker", "attempts", NULL), 0,
                     CV_BROKER_DELIVERY_LIMIT);
  }
  sv.pipeline = cv_pipeline_new(&po, sink, cv_watcher_done, sv.watcher);
  cv_watcher_start(sv.watcher, sv.pipeline);
  if (!cv_watcher_set_folders(sv.watcher, specs, &error)) {
    cv_cli_error(cli, "%s", error->message);
    goto out;
  }

  if (args->http) {
    g_autofree char *shown = NULL;
    gboolean loopback = FALSE;
    guint n_tokens = 0;
    sv.http = cv_http_new(sv.owner, &http_options, &shown, &loopback, &n_tokens,
                          &error);
    if (sv.http == NULL) {
      cv_cli_error(cli, _("serve: %s"), error->message);
      goto out;
    }
    cv_http_set_metrics(sv.http, watch_metrics, &sv);
    /* the review page: on by default only when nobody else can connect */
    gboolean ui = loopback;
    if (kf != NULL && g_key_file_has_key(kf, "serve", "ui", NULL)) {
      ui = g_key_file_get_boolean(kf, "serve", "ui", &error);
      if (error != NULL) {
        cv_cli_error(cli, "%s: [serve] ui: %s", sv.config_path, error->message);
        rc = CV_EXIT_USAGE;
        goto out;
      }
    }
    if (ui) {
      cv_http_set_ui(sv.http, &po, &so);
      cv_http_set_folders(sv.http, specs);
    }
    if (!loopback && tls_cert == NULL)
      fprintf(cli->err, _("caviar serve: warning: listening beyond this "
                          "machine without TLS: set [serve] tls-cert and "
                          "tls-key, or put a TLS proxy in front\n"));
    if (n_tokens == 0)
      fprintf(cli->err, _("caviar serve: no tokens yet: 'caviar token create "
                          "--collection C' (the server picks them up)\n"));
    fprintf(cli->out, _("caviar serve: listening on %s\n"), shown);
    if (cv_http_ops_address(sv.http))
      fprintf(cli->out, _("caviar serve: /metrics and /v1/health on %s\n"),
              cv_http_ops_address(sv.http));
    else if (!loopback && http_options.ops_token_file == NULL)
      fprintf(cli->err, _("caviar serve: warning: /metrics and /v1/health are "
                          "open to the network (set [serve] ops-listen or "
                          "ops-token-file)\n"));
    if (ui && g_str_has_prefix(shown, "http"))
      fprintf(cli->out,
              _("caviar serve: review page: %s/ui/ (sign in with a token "
                "from 'caviar token create --admin')\n"),
              shown);
  }
  if (specs->len > 0 && !common->quiet)
    for (guint i = 0; i < specs->len; i++) {
      const CvWatchSpec *s = g_ptr_array_index(specs, i);
      fprintf(cli->err, _("caviar watch: %s: watching %s (collection %s, %s)\n"),
              s->name, s->directory, s->collection,
              s->policy == CV_WATCH_MOVE     ? _("move to .caviar/done")
              : s->policy == CV_WATCH_DELETE ? _("delete once stored")
                                             : _("keep"));
    }
  fflush(cli->out);

  sources[3] = g_timeout_add_seconds(STATUS_S, on_status, &sv);
  sources[4] = g_timeout_add_seconds(COMPACT_IDLE_S, on_compact, &sv);
  cv_notify("READY=1\nMAINPID=%d", (int)getpid());
  on_status(&sv);
  if (!sv.stopping)
    g_main_loop_run(sv.loop);

  cv_notify("STOPPING=1");
  if (!common->quiet)
    fprintf(cli->err, _("caviar: stopping\n"));
  rc = CV_EXIT_OK;

out:
  for (guint i = 0; i < G_N_ELEMENTS(sources); i++)
    if (sources[i])
      g_source_remove(sources[i]);
  /* no new files; those in the workers finish, the others stay put */
  if (sv.watcher)
    cv_watcher_stop(sv.watcher);
  if (sv.pipeline) {
    cv_pipeline_cancel(sv.pipeline);
    cv_pipeline_drain(sv.pipeline);
  }
  cv_http_free(sv.http);
  cv_control_free(sv.control);
  cv_pipeline_free(sv.pipeline);
  cv_watcher_free(sv.watcher);
  cv_owner_unref(sv.owner);
  cv_ingest_settings_clear(&sv.ingest);
  g_clear_pointer(&sv.loop, g_main_loop_unref);
  g_free(sv.config_path);
  g_free(sv.listen_used);
  g_free(sv.store_used);
  return rc;
}
