/* caviar.c — entry point: git-style dispatch to the subcommands, `help`
 * and `--version`.  Each subcommand lives in its own cmd-*.c file. */
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include <sodium.h>

#include "cli.h"

typedef struct {
  const char *name;
  int (*run)(int argc, char **argv);
  const char *summary;
  gboolean hidden;
} CvCommand;

static const CvCommand commands[] = {
  { "ingest", cv_cmd_ingest, "Extract, redact, encrypt and store files or directories" },
  { "export", cv_cmd_export, "Print every stored chunk, decrypted (JSON lines)" },
  { "search", cv_cmd_search, "Keyword search over a collection (BM25)" },
  { "list", cv_cmd_list, "List the documents of a collection" },
  { "stats", cv_cmd_stats, "Documents, chunks and bytes per collection" },
  { "verify", cv_cmd_verify, "Check every record's integrity and the index" },
  { "forget", cv_cmd_forget, "Remove documents and erase them from disk" },
  { "purge", cv_cmd_purge, "Forget expired documents and compact the store" },
  { "key", cv_cmd_key, "Show, rotate or passphrase-protect the master key" },
  { "redact", cv_cmd_redact, "Redact standard input to standard output" },
  { "eval", cv_cmd_eval, "Measure redaction on a labelled corpus (labels.jsonl)" },
  { "serve", cv_cmd_serve, "HTTP/JSON API for RAG services" },
  { "token", cv_cmd_token, "Create, list or revoke API tokens" },
  { "extract-worker", cv_cmd_extract_worker, "internal: sandboxed extractor", TRUE },
};

static void
usage(FILE *out)
{
  fprintf(out,
          "Usage: caviar [--version] [help] COMMAND [OPTIONS] [ARGS]\n"
          "\n"
          "Redacts personal information from records before they reach a local,\n"
          "encrypted store for retrieval-augmented generation.\n"
          "\n"
          "Commands:\n");
  for (gsize i = 0; i < G_N_ELEMENTS(commands); i++)
    if (!commands[i].hidden)
      fprintf(out, "  %-8s %s\n", commands[i].name, commands[i].summary);
  fprintf(out,
          "\n"
          "Store: --store DIR or $CAVIAR_STORE (default $XDG_DATA_HOME/caviar).\n"
          "Key:   --key-file FILE or $CAVIAR_KEY_FILE (default\n"
          "       $XDG_CONFIG_HOME/caviar/master.key, created on first ingest).\n"
          "Exit status: 0 all inputs processed, 1 some input failed, 2 usage error.\n"
          "\n"
          "'caviar help COMMAND' describes a command.\n");
}

static const CvCommand *
find_command(const char *name)
{
  for (gsize i = 0; i < G_N_ELEMENTS(commands); i++)
    if (strcmp(commands[i].name, name) == 0)
      return &commands[i];
  return NULL;
}

int
main(int argc, char **argv)
{
  setlocale(LC_ALL, "");
  if (sodium_init() < 0) {
    fprintf(stderr, "caviar: libsodium failed to initialise\n");
    return CV_EXIT_FAIL;
  }

  if (argc < 2) {
    usage(stderr);
    return CV_EXIT_USAGE;
  }
  const char *name = argv[1];
  if (strcmp(name, "--version") == 0 || strcmp(name, "version") == 0) {
    printf("caviar %s\n", CAVIAR_VERSION);
    return CV_EXIT_OK;
  }
  if (strcmp(name, "--help") == 0 || strcmp(name, "-h") == 0) {
    usage(stdout);
    return CV_EXIT_OK;
  }
  if (strcmp(name, "help") == 0) {
    if (argc < 3) {
      usage(stdout);
      return CV_EXIT_OK;
    }
    const CvCommand *cmd = find_command(argv[2]);
    if (cmd == NULL) {
      fprintf(stderr, "caviar: unknown command '%s'\n", argv[2]);
      return CV_EXIT_USAGE;
    }
    char *help_argv[] = { (char *)cmd->name, (char *)"--help", NULL };
    g_autofree char *prgname = g_strconcat("caviar ", cmd->name, NULL);
    g_set_prgname(prgname);
    return cmd->run(2, help_argv);
  }

  const CvCommand *cmd = find_command(name);
  if (cmd == NULL) {
    fprintf(stderr, "caviar: unknown command '%s'\nTry 'caviar help'.\n", name);
    return CV_EXIT_USAGE;
  }
  g_autofree char *prgname = g_strconcat("caviar ", cmd->name, NULL);
  g_set_prgname(prgname);
  return cmd->run(argc - 1, argv + 1);
}
