/* cli.h — shared plumbing of the `caviar` subcommands (tools/ only).
 *
 * Each subcommand is a function `int cv_cmd_NAME(int argc, char **argv)`
 * (argv[0] is the subcommand name) returning an exit code:
 *   CV_EXIT_OK 0: all inputs processed; CV_EXIT_FAIL 1: some input failed;
 *   CV_EXIT_USAGE 2: usage error.
 * Common options (--store, --key-file, --collection, --json) are added to a
 * command's GOptionContext with cv_cli_add_common().
 */
#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

#include "cv-store.h"

G_BEGIN_DECLS

enum { CV_EXIT_OK = 0, CV_EXIT_FAIL = 1, CV_EXIT_USAGE = 2 };

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
 * returns FALSE (caller exits CV_EXIT_USAGE). */
gboolean cv_cli_parse(GOptionContext *ctx, int *argc, char ***argv);
/* FALSE, with "caviar CMD: unexpected argument 'X'" on stderr, when a
 * command that takes no operand was given one. */
gboolean cv_cli_no_operands(int argc, char **argv);
/* Fills defaults: option, then environment, then the config file's
 * [store] group (dir, key-file, collection), then built-in defaults. */
void cv_cli_resolve(CvCliCommon *common);
/* The config file (GKeyFile), or NULL when there is none.  A file that
 * exists but does not parse is an error. */
GKeyFile *cv_cli_config(CvCliCommon *common, GError **error);
void cv_cli_common_clear(CvCliCommon *common);

/* Opens the store described by @common (creating key and store when
 * @create), printing one line to stderr when a key was generated. */
CvStore *cv_cli_open_store(CvCliCommon *common, gboolean create,
                           gboolean read_only, GError **error);

/* "caviar: PATH: reason" on stderr (reason never holds document text). */
void cv_cli_fail(const char *path, const char *reason);
/* "caviar: message" on stderr, printf-style. */
void cv_cli_error(const char *fmt, ...) G_GNUC_PRINTF(1, 2);

/* Prints the builder's value on stdout as one line (or indented when
 * @pretty), then wipes the printed copy: it may hold document text. */
void cv_cli_print_json(JsonBuilder *builder, gboolean pretty);
/* Adds an object {"SIN": 1, ...} of the non-zero @counts
 * (CV_PII_N_TYPES entries) as the builder's next value. */
void cv_cli_add_counts(JsonBuilder *builder, const guint *counts);

/* Search results as {"results": [{"doc", "chunk", "score", "source",
 * "pages": [first, last], "text"}]} (GPtrArray of CvSearchResult*, may be
 * NULL), shared by `caviar search --json` and `caviar serve`. */
JsonNode *cv_search_results_json(GPtrArray *results);
/* Serialises @node; the caller wipes and frees the result. */
char *cv_search_json_to_string(JsonNode *node, gsize *len);

/* Subcommands, one file each in tools/. */
int cv_cmd_ingest(int argc, char **argv);
int cv_cmd_export(int argc, char **argv);
int cv_cmd_redact(int argc, char **argv);
int cv_cmd_eval(int argc, char **argv);
int cv_cmd_list(int argc, char **argv);    /* cmd-store.c */
int cv_cmd_stats(int argc, char **argv);   /* cmd-store.c */
int cv_cmd_verify(int argc, char **argv);  /* cmd-store.c */
int cv_cmd_forget(int argc, char **argv);  /* cmd-store.c */
int cv_cmd_purge(int argc, char **argv);   /* cmd-store.c */
int cv_cmd_key(int argc, char **argv);     /* cmd-store.c */
int cv_cmd_search(int argc, char **argv);  /* cmd-search.c */
int cv_cmd_serve(int argc, char **argv);   /* cmd-serve.c */
int cv_cmd_token(int argc, char **argv);   /* cmd-serve.c */
int cv_cmd_extract_worker(int argc, char **argv); /* hidden, workers.c */

G_END_DECLS
