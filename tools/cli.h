/* cli.h — shared plumbing of the `caviar` subcommands (tools/ only).
 *
 * Each subcommand is a function `int cv_cmd_NAME(CvCli *cli, int argc,
 * char **argv)` (argv[0] is the subcommand name) returning an exit code:
 *   CV_EXIT_OK 0: all inputs processed; CV_EXIT_FAIL 1: some input failed;
 *   CV_EXIT_USAGE 2: usage error.
 * A command prints only through its CvCli (cli->out, cli->err), never to
 * stdout/stderr: the same code runs in the `caviar` process (standalone)
 * and inside the service for a `caviar` client on the control socket
 * (remote), where cli->out and cli->err are the client's descriptors and
 * the store is the one the service holds.
 * Common options (--store, --key-file, --collection, --json) are added to a
 * command's GOptionContext with cv_cli_add_common().
 */
#pragma once

#include <stdio.h>

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "cv-pipeline.h"
#include "cv-store.h"

G_BEGIN_DECLS

enum { CV_EXIT_OK = 0, CV_EXIT_FAIL = 1, CV_EXIT_USAGE = 2 };
/* `caviar ingest` stopped by Ctrl-C (128 + SIGINT) */
#define CV_EXIT_INTERRUPTED 130
/* Internal: a command found that a service took the store while it waited
 * for it; caviar.c then sends the command to the service. */
#define CV_EXIT_TO_SERVICE 125

typedef struct _CvCliInputs CvCliInputs;

/* One invocation of a command. */
typedef struct {
  FILE *out;             /* the caller's standard output */
  FILE *err;             /* the caller's standard error */
  int in_fd;             /* the caller's standard input */
  gboolean remote;       /* run by the service for a client */
  CvOwner *owner;        /* remote: the service's store */
  GCancellable *cancel;  /* the client went away, or the service stops */
  const char *cwd;       /* the caller's working directory (NULL: ours) */
  const char *config;    /* remote: the service's configuration file */
  const char *store_dir; /* remote: the service's store directory */
  GHashTable *env;       /* remote: the client's CAVIAR_* and locale
                            variables (name -> value) */
  CvCliInputs *inputs;   /* remote: `ingest` gets its files from the client */
} CvCli;

/* Files for `caviar ingest`: walked here (standalone) or by the client
 * (remote: the client opens them and passes the descriptors). */
struct _CvCliInputs {
  /* Starts the walk of @paths; returns the number of entries. */
  guint (*walk)(CvCliInputs *self, char **paths, guint n_paths, const char *cwd);
  /* The next entry as an item (opened, or failed), NULL at the end. */
  CvItem *(*next)(CvCliInputs *self);
  void (*free)(CvCliInputs *self);
};
/* The standalone walker (cv_pipeline_walk). */
CvCliInputs *cv_cli_local_inputs(void);

/* A CvCli printing to stdout/stderr, reading stdin: standalone. */
void cv_cli_init_local(CvCli *cli);

/* The environment variable @name as the caller sees it. */
const char *cv_cli_getenv(CvCli *cli, const char *name);

typedef struct {
  char *store_dir;   /* --store / $CAVIAR_STORE / $XDG_DATA_HOME/caviar */
  char *key_file;    /* --key-file / $CAVIAR_KEY_FILE / $XDG_CONFIG_HOME/caviar/master.key */
  char *collection;  /* --collection, "default" */
  gboolean json;     /* --json */
  gboolean quiet;    /* -q */
  char *config;      /* --config / $CAVIAR_CONFIG / $XDG_CONFIG_HOME/caviar/caviar.conf */
} CvCliCommon;

/* Adds --store, --key-file, --collection, --json, --quiet to @ctx, filling
 * @common.  @with_json FALSE leaves --json out (commands without data). */
void cv_cli_add_common(GOptionContext *ctx, CvCliCommon *common,
                       gboolean with_json);
/* Parses argv with @ctx; on error prints "caviar CMD: message" and the hint,
 * returns FALSE (caller exits CV_EXIT_USAGE).  Remote, --help is not an
 * option (the client shows help itself: the service must not exit). */
gboolean cv_cli_parse(CvCli *cli, GOptionContext *ctx, int *argc, char ***argv);
/* FALSE, with "caviar CMD: unexpected argument 'X'" on cli->err, when a
 * command that takes no operand was given one. */
gboolean cv_cli_no_operands(CvCli *cli, int argc, char **argv);
/* Fills defaults: option, then environment, then the config file's
 * [store] group (dir, key-file, collection), then built-in defaults.
 * Remote, the store and key are the service's whatever the client said.
 * FALSE (with @error) when the config file is broken: a broken or missing
 * --config is an error, never a reason to fall back to another store. */
gboolean cv_cli_resolve(CvCli *cli, CvCliCommon *common, GError **error);
/* The config file (validated: unknown sections or keys are errors with
 * file and line), or NULL when there is none (no --config, no
 * $CAVIAR_CONFIG, no default file). */
GKeyFile *cv_cli_config(CvCli *cli, CvCliCommon *common, GError **error);
/* Its path: --config, $CAVIAR_CONFIG, or the default file if it exists
 * (remote: the service's); NULL when there is none. */
char *cv_cli_config_path(CvCli *cli, CvCliCommon *common);
void cv_cli_common_clear(CvCliCommon *common);

typedef enum {
  CV_CLI_READ,   /* read-only, no lock: may run beside a writer */
  CV_CLI_WRITE,  /* read-write, waits for another writer */
  CV_CLI_CREATE, /* as WRITE, creating the store and its key if missing */
} CvCliAccess;

/* The store for @common: remote, the service's; standalone, opened here
 * (printing one line when a key was generated, and "waiting for the
 * store, held by PID ..." while another process writes to it).  Returns
 * NULL with CV_EXIT_TO_SERVICE in *exit_code when a service took the store
 * meanwhile (else CV_EXIT_FAIL, the error printed); *exit_code is left
 * alone on success. */
CvOwner *cv_cli_open(CvCli *cli, CvCliCommon *common, CvCliAccess access,
                     int *exit_code);

/* "caviar: PATH: reason" on cli->err (reason never holds document text;
 * PATH is escaped). */
void cv_cli_fail(CvCli *cli, const char *path, const char *reason);
/* "caviar: message" on cli->err, printf-style. */
void cv_cli_error(CvCli *cli, const char *fmt, ...) G_GNUC_PRINTF(2, 3);

/* Prints the builder's value on cli->out as one line (or indented when
 * @pretty), then wipes the printed copy: it may hold document text. */
void cv_cli_print_json(CvCli *cli, JsonBuilder *builder, gboolean pretty);
/* Adds an object {"SIN": 1, ...} of the non-zero @counts
 * (CV_PII_N_TYPES entries) as the builder's next value. */
void cv_cli_add_counts(JsonBuilder *builder, const guint *counts);
/* TRUE when the caller went away (its output fails) or asked to stop. */
gboolean cv_cli_stopped(CvCli *cli);

/* Adds one search result (a CvSearchResult) as the builder's next value:
 * {"doc", "chunk", "score", "score_norm", "source", "pages", "language",
 * "type", "mime", "title", "ingested_at", "text", "highlights"}, the
 * SearchResult of docs/openapi.json. */
void cv_search_result_json(JsonBuilder *b, const CvSearchResult *r);
/* {"total", "offset", "k", ["next_cursor" when @paged,] "results": [...]}
 * for a GPtrArray of CvSearchResult* (may be NULL), shared by `caviar
 * search --json` and POST /v1/search. */
JsonNode *cv_search_results_json(GPtrArray *results, guint64 total,
                                 guint offset, guint k, gboolean paged,
                                 const char *next_cursor);
/* Serialises @node; the caller wipes and frees the result. */
char *cv_search_json_to_string(JsonNode *node, gsize *len);

/* Settings of the pipeline into the store, from options and the config
 * file's [ingest] group (cmd-ingest.c; the service's watcher uses them). */
#define CV_INGEST_DEFAULT_TIMEOUT 1800
#define CV_INGEST_DEFAULT_MAX_BYTES (512ll * 1024 * 1024)
typedef struct {
  int jobs; /* 0: cores */
  char *ocr_lang;
  char *pdf_password_file;
  char *mode;    /* label | pseudonym */
  char *lang;    /* auto | fr | en */
  int timeout_s; /* CV_INGEST_DEFAULT_TIMEOUT when unset */
  gboolean no_ocr;
  gint64 max_bytes; /* CV_INGEST_DEFAULT_MAX_BYTES when unset */
  int expire_days;
  char *password; /* read by cv_ingest_settings_options */
} CvIngestSettings;
/* Fills what is unset from [ingest] of @kf (may be NULL). */
gboolean cv_ingest_settings_configure(CvIngestSettings *set, GKeyFile *kf,
                                      GError **error);
/* Checks @set and fills the pipeline's and the store sink's options (they
 * point into @set, which must outlive them). */
gboolean cv_ingest_settings_options(CvCli *cli, CvIngestSettings *set,
                                    CvPipelineOptions *po,
                                    CvStoreSinkOptions *so, GError **error);
void cv_ingest_settings_clear(CvIngestSettings *set);

/* A sink that stores nothing (`caviar redact FILE`, `ingest --dry-run`):
 * @func gets each redacted document.  Pseudonyms need the collection's key,
 * @lists the collection's lists (when the store exists): the store is then
 * opened read-only into *@owner.  NULL (the error
 * printed, *@exit_code set) on failure. */
CvSink *cv_cli_preview_sink(CvCli *cli, CvCliCommon *common, CvRedactMode mode,
                            gboolean lists, CvPreviewFunc func, gpointer data,
                            CvOwner **owner, int *exit_code);

/* Runs a store command for a client of the service (caviar.c). */
int cv_cli_dispatch(CvCli *cli, int argc, char **argv);

/* Subcommands, one file each in tools/. */
int cv_cmd_ingest(CvCli *cli, int argc, char **argv);
int cv_cmd_export(CvCli *cli, int argc, char **argv);
int cv_cmd_redact(CvCli *cli, int argc, char **argv);
int cv_cmd_eval(CvCli *cli, int argc, char **argv);
int cv_cmd_list(CvCli *cli, int argc, char **argv);   /* cmd-store.c */
int cv_cmd_stats(CvCli *cli, int argc, char **argv);  /* cmd-store.c */
int cv_cmd_verify(CvCli *cli, int argc, char **argv); /* cmd-store.c */
int cv_cmd_forget(CvCli *cli, int argc, char **argv); /* cmd-store.c */
int cv_cmd_purge(CvCli *cli, int argc, char **argv);  /* cmd-store.c */
int cv_cmd_key(CvCli *cli, int argc, char **argv);    /* cmd-store.c */
int cv_cmd_search(CvCli *cli, int argc, char **argv); /* cmd-search.c */
int cv_cmd_serve(CvCli *cli, int argc, char **argv);  /* cmd-serve.c */
int cv_cmd_watch(CvCli *cli, int argc, char **argv);  /* cmd-serve.c */
int cv_cmd_token(CvCli *cli, int argc, char **argv);  /* cmd-token.c */
int cv_cmd_lists(CvCli *cli, int argc, char **argv);  /* cmd-lists.c */
int cv_cmd_worker(CvCli *cli, int argc, char **argv); /* cmd-worker.c */
/* `caviar key worker-keys --out FILE` (cmd-worker.c; never through a
 * service: the key file is written here). */
int cv_cmd_worker_keys(CvCli *cli, int argc, char **argv);
/* hidden, workers.c: no CvCli, it never runs remotely */
int cv_cmd_extract_worker(int argc, char **argv);

G_END_DECLS
