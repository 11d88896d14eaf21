/* cmd-serve.c — `caviar serve` (the service: HTTP API, control socket,
 * the drop folders of the configuration) and `caviar watch DIR...` (the
 * same service in the foreground, for drop folders named on the command
 * line, without HTTP).  Both run service.c. */
#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "service.h"
#include "watcher.h"

static const char service_description[] = N_(
    "While it runs it holds the store: every store command (ingest, forget,\n"
    "search, list, ...) goes through its control socket, STORE/control.sock,\n"
    "and sees the same store as the API at once.\n"
    "Config file ([serve] listen, threads, control-group, settle-ms,\n"
    "max-connections (1024), max-connections-per-ip (64), header-timeout\n"
    "(10 s), body-timeout (30 s), ops-listen and ops-token-file (where\n"
    "/metrics and /v1/health are served, and the bearer token they need),\n"
    "access-log (false; true: a line per request on stderr: time, token id,\n"
    "endpoint, status, latency; never the query), tls-cert and tls-key\n"
    "(PEM files: HTTPS), cors-origins (comma-separated, or *; default:\n"
    "no CORS);\n"
    "language = fr|en (of the log and the API; a request's Accept-Language\n"
    "wins); [watch \"NAME\"] directory, collection, policy =\n"
    "move|delete|keep, versions = replace|keep; [ingest] as for caviar\n"
    "ingest): unknown sections or keys are errors.  SIGHUP reloads it;\n"
    "SIGTERM stops after the files being extracted (the others stay in\n"
    "their folder).  The review page, /ui/ (ui = true|false in [serve];\n"
    "on by default when listening on loopback only), needs a token from\n"
    "'caviar token create --admin'.");

int
cv_cmd_serve(CvCli *cli, int argc, char **argv)
{
  CvCliCommon common = { 0 };
  g_autofree char *listen_spec = NULL;
  g_autofree char *group = NULL;
  gint threads = 0, settle = -1, jobs = 0;
  GOptionEntry entries[] = {
    { "jobs", 'j', 0, G_OPTION_ARG_INT, &jobs,
      N_("Drop folders: files extracted in parallel (default [ingest] jobs, or "
         "the number of cores)"),
      N_("N") },
    { "listen", 'l', 0, G_OPTION_ARG_STRING, &listen_spec,
      N_("Address: HOST:PORT, [V6]:PORT or unix:PATH (default 127.0.0.1:8750; "
         "port 0 = any)"),
      N_("ADDR") },
    { "threads", 't', 0, G_OPTION_ARG_INT, &threads,
      N_("HTTP threads (1-64, default 4)"), N_("N") },
    { "control-group", 0, 0, G_OPTION_ARG_STRING, &group,
      N_("Members of GROUP may use the control socket (default: this user and "
         "root only)"),
      N_("GROUP") },
    { "settle", 0, 0, G_OPTION_ARG_INT, &settle,
      N_("Drop folders: milliseconds a file must stay unchanged (default 500)"),
      N_("MS") },
    { NULL }
  };
  g_autoptr(GOptionContext) ctx = g_option_context_new(NULL);
  g_option_context_set_summary(
      ctx,
      N_("The service: serves the store over HTTP/JSON for RAG services\n"
         "  POST /v1/search {\"collection\", \"query\", \"k\", \"offset\",\n"
         "                   \"filter\": {source_prefix, type, lang,\n"
         "                   ingested_after, ingested_before, doc}}\n"
         "  GET  /v1/documents/ID?collection=C\n"
         "  GET  /v1/health, GET /metrics (Prometheus)\n"
         "  GET  /openapi.json (every endpoint)\n"
         "  /ui/ the review page, /v1/admin/* its API (admin token)\n"
         "and takes in the files dropped into the folders of its config\n"
         "file.  Search and documents need 'Authorization: Bearer TOKEN'\n"
         "(caviar token).  What is stored or forgotten shows at once."));
  g_option_context_set_description(ctx, service_description);
  cv_cli_add_common(ctx, &common, FALSE);
  g_option_context_add_main_entries(ctx, entries, GETTEXT_PACKAGE);
  int rc = CV_EXIT_USAGE;
  if (!cv_cli_parse(cli, ctx, &argc, &argv))
    goto out;
  if (argc != 1 || (threads != 0 && (threads < 1 || threads > 64))) {
    fprintf(
        cli->err,
        _("caviar serve: unexpected arguments\nTry 'caviar help serve'.\n"));
    goto out;
  }
  CvServiceArgs args = { .listen = listen_spec,
                         .threads = threads,
                         .control_group = group,
                         .settle_ms = settle,
                         .jobs = jobs,
                         .http = TRUE };
  rc = cv_service_run(cli, &common, &args);
out:
  cv_cli_common_clear(&common);
  return rc;
}

int
cv_cmd_watch(CvCli *cli, int argc, char **argv)
{
  CvCliCommon common = { 0 };
  g_autofree char *group = NULL;
  g_autofree char *policy_s = NULL;
  gint settle = -1, jobs = 0, max_waiting = 0;
  gboolean keep_versions = FALSE;
  GOptionEntry entries[] = {
    { "max-waiting", 0, 0, G_OPTION_ARG_INT, &max_waiting,
      N_("Files noticed and waiting, at most (default 4096): more are found by "
         "a rescan, memory stays flat"),
      N_("N") },
    { "jobs", 'j', 0, G_OPTION_ARG_INT, &jobs,
      N_("Files extracted in parallel (default [ingest] jobs, or the number of "
         "cores)"),
      N_("N") },
    { "policy", 0, 0, G_OPTION_ARG_STRING, &policy_s,
      N_("After storing: move (to DIR/.caviar/done, default), delete or keep"),
      N_("POLICY") },
    { "keep-versions", 0, 0, G_OPTION_ARG_NONE, &keep_versions,
      N_("A file dropped again with a new content is stored beside its "
         "previous version instead of replacing it"),
      NULL },
    { "settle", 0, 0, G_OPTION_ARG_INT, &settle,
      N_("Milliseconds a file must stay unchanged before it is taken (default "
         "500)"),
      N_("MS") },
    { "control-group", 0, 0, G_OPTION_ARG_STRING, &group,
      N_("Members of GROUP may use the control socket"), N_("GROUP") },
    { NULL }
  };
  g_autoptr(GOptionContext) ctx = g_option_context_new(N_("DIR..."));
  g_option_context_set_summary(
      ctx,
      N_("Takes in the files saved or moved into DIR (and its sub-folders),\n"
         "in the foreground, until SIGTERM or Ctrl-C: each is extracted,\n"
         "redacted and stored once, then moved to DIR/.caviar/done/; one that\n"
         "fails goes to DIR/.caviar/quarantine/ with NAME.reason.  Files\n"
         "already there when it starts are taken too.  One log line per file\n"
         "on standard error (names redacted).  The same service as\n"
         "'caviar serve', without HTTP; the config file's drop folders are\n"
         "watched too."));
  g_option_context_set_description(ctx, service_description);
  cv_cli_add_common(ctx, &common, FALSE);
  g_option_context_add_main_entries(ctx, entries, GETTEXT_PACKAGE);
  int rc = CV_EXIT_USAGE;
  g_autoptr(GPtrArray) watches =
      g_ptr_array_new_with_free_func((GDestroyNotify)cv_watch_spec_free);
  CvWatchPolicy policy;
  if (!cv_cli_parse(cli, ctx, &argc, &argv))
    goto out;
  if (!cv_watch_policy_parse(policy_s, &policy)) {
    fprintf(cli->err,
            _("caviar watch: --policy must be move, delete or keep\n"));
    goto out;
  }
  for (int i = 1; i < argc; i++) {
    CvWatchSpec *s = g_new0(CvWatchSpec, 1);
    s->directory = g_canonicalize_filename(argv[i], cli->cwd);
    s->name = g_path_get_basename(s->directory);
    s->collection = g_strdup(common.collection);
    s->policy = policy;
    s->keep_versions = keep_versions;
    g_ptr_array_add(watches, s);
  }
  if (watches->len == 0) {
    g_autofree char *config = cv_cli_config_path(cli, &common);
    if (config == NULL) {
      fprintf(cli->err, _("caviar watch: no DIR given and no [watch] section "
                          "in a config file\nTry 'caviar help watch'.\n"));
      goto out;
    }
  }
  CvServiceArgs args = { .control_group = group,
                         .settle_ms = settle,
                         .jobs = jobs,
                         .max_waiting = max_waiting,
                         .watches = watches,
                         .collection = common.collection
                                           ? g_strdup(common.collection)
                                           : NULL };
  rc = cv_service_run(cli, &common, &args);
  g_free(args.collection);
out:
  cv_cli_common_clear(&common);
  return rc;
}
