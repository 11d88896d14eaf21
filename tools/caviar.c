/* caviar.c — entry point: git-style dispatch to the subcommands, `help`
 * and `--version`.  Each subcommand lives in its own cmd-*.c file.
 *
 * The store commands first look for a service holding their store (its
 * control socket, control.h): if one answers, the command runs there,
 * against the service's open store, printing to our descriptors; else it
 * runs here, opening the store itself. */
#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <sodium.h>

#include "cli.h"
#include "control.h"
#include "i18n.h"

typedef struct {
  const char *name;
  int (*run)(CvCli *cli, int argc, char **argv);
  const char *summary;
  gboolean remote; /* goes to a running service */
  gboolean hidden;
} CvCommand;

static const CvCommand commands[] = {
  { "ingest", cv_cmd_ingest,
    N_("Extract, redact, encrypt and store files or directories"), TRUE },
  { "export", cv_cmd_export,
    N_("Print every stored chunk, decrypted (JSON lines)"), TRUE },
  { "search", cv_cmd_search, N_("Keyword search over a collection (BM25)"), TRUE },
  { "list", cv_cmd_list, N_("List the documents of a collection"), TRUE },
  { "stats", cv_cmd_stats, N_("Documents, chunks and bytes per collection"),
    TRUE },
  { "verify", cv_cmd_verify, N_("Check every record's integrity and the index"),
    TRUE },
  { "forget", cv_cmd_forget, N_("Remove documents and erase them from disk"),
    TRUE },
  { "purge", cv_cmd_purge, N_("Forget expired documents and compact the store"),
    TRUE },
  { "key", cv_cmd_key, N_("Show, rotate or passphrase-protect the master key"),
    TRUE },
  { "redact", cv_cmd_redact,
    N_("Show files (any type) or standard input redacted; stores nothing") },
  { "eval", cv_cmd_eval,
    N_("Measure redaction on a labelled corpus (labels.jsonl)") },
  { "serve", cv_cmd_serve,
    N_("The service: HTTP/JSON API, drop folders, the store for every "
       "command") },
  { "watch", cv_cmd_watch,
    N_("Take in the files dropped into folders (the service, in the "
       "foreground)") },
  { "lists", cv_cmd_lists,
    N_("Terms a collection always or never redacts (show, add, remove)"), TRUE },
  { "token", cv_cmd_token, N_("Create, list or revoke API tokens"), TRUE },
  { "worker", cv_cmd_worker,
    N_("Extract files for a store owner, through a RabbitMQ broker") },
};

static void
usage(FILE *out)
{
  fputs(_("Usage: caviar [--version] [help] COMMAND [OPTIONS] [ARGS]\n"
          "\n"
          "Redacts personal information from records before they reach a "
          "local,\n"
          "encrypted store for retrieval-augmented generation.\n"
          "\n"
          "Commands:\n"),
        out);
  for (gsize i = 0; i < G_N_ELEMENTS(commands); i++)
    if (!commands[i].hidden)
      fprintf(out, "  %-8s %s\n", commands[i].name, _(commands[i].summary));
  fputs(
      _("\n"
        "Store: --store DIR or $CAVIAR_STORE (default $XDG_DATA_HOME/caviar).\n"
        "Key:   --key-file FILE or $CAVIAR_KEY_FILE (default\n"
        "       $XDG_CONFIG_HOME/caviar/master.key, created on first ingest).\n"
        "Memory: at most CAVIAR_MAX_MEMORY of address space (default: half "
        "the RAM,\n"
        "        2G to 16G; 0: no cap).\n"
        "While a service (caviar serve or watch) holds the store, the store\n"
        "commands run in it, through STORE/control.sock.\n"
        "Exit status: 0 all inputs processed, 1 some input failed, 2 usage "
        "error.\n"
        "\n"
        "'caviar help COMMAND' describes a command.\n"),
      out);
}

/* ---- address-space cap of the process that holds the keys ---- */

/* Default cap: half the machine's memory, between 2 and 16 GiB: far
 * above what ingest -j N or serve needs (ingest -j 2 of the dev corpus:
 * 0.55 GB of address space), low enough that a runaway allocation (3.7 GB
 * was seen on 64 MiB of digit groups, a bug) ends in a clear error, not in
 * the machine swapping. */
#define MIN_MAX_MEMORY (1ull << 30)

static guint64
default_max_memory(void)
{
  long pages = sysconf(_SC_PHYS_PAGES), size = sysconf(_SC_PAGESIZE);
  guint64 half = pages > 0 && size > 0 ? (guint64)pages * (guint64)size / 2 : 0;
  return CLAMP(half, 2ull << 30, 16ull << 30);
}

static guint64 max_memory;

/* "16G", "8192M", "1073741824"; 0 = no cap.  FALSE if unreadable. */
static gboolean
parse_size(const char *s, guint64 *out)
{
  char *end = NULL;
  guint64 v = g_ascii_strtoull(s, &end, 10);
  if (end == s)
    return FALSE;
  guint shift = 0;
  switch (g_ascii_toupper(*end)) {
  case 'K':
    shift = 10;
    end++;
    break;
  case 'M':
    shift = 20;
    end++;
    break;
  case 'G':
    shift = 30;
    end++;
    break;
  case 'T':
    shift = 40;
    end++;
    break;
  default:
    break;
  }
  if (*end == 'i' || *end == 'B')
    end++;
  if (*end == 'B')
    end++;
  if (*end != '\0' || (shift && v > (G_MAXUINT64 >> shift)))
    return FALSE;
  *out = v << shift;
  return TRUE;
}

/* GLib aborts with "failed to allocate N bytes" when the cap is hit: say
 * what happened and how to change it, then let it abort. */
static GLogWriterOutput
oom_writer(GLogLevelFlags level, const GLogField *fields, gsize n_fields,
           gpointer user_data)
{
  if (level & G_LOG_LEVEL_ERROR) {
    for (gsize i = 0; i < n_fields; i++)
      if (g_strcmp0(fields[i].key, "MESSAGE") == 0 && fields[i].length < 0 &&
          strstr(fields[i].value, "failed to allocate") != NULL) {
        fprintf(
            stderr,
            _("caviar: out of memory: this process may use at most %llu MiB "
              "of address space (set CAVIAR_MAX_MEMORY, e.g. 32G; 0: no "
              "cap)\n"),
            (unsigned long long)(max_memory >> 20));
        break;
      }
  }
  return g_log_writer_default(level, fields, n_fields, user_data);
}

/* Caps RLIMIT_AS of this process (never of the extractor workers, which
 * set their own).  FALSE on a bad CAVIAR_MAX_MEMORY. */
static gboolean
cap_address_space(void)
{
  max_memory = default_max_memory();
  const char *env = g_getenv("CAVIAR_MAX_MEMORY");
  if (env != NULL && !parse_size(env, &max_memory)) {
    fprintf(stderr,
            _("caviar: CAVIAR_MAX_MEMORY=%s: expected a size such as "
              "16G or 8192M (0: no cap)\n"),
            env);
    return FALSE;
  }
  if (max_memory == 0)
    return TRUE;
  if (max_memory < MIN_MAX_MEMORY) {
    fprintf(stderr,
            _("caviar: CAVIAR_MAX_MEMORY=%s is below the minimum of 1G\n"), env);
    return FALSE;
  }
  struct rlimit cur;
  if (getrlimit(RLIMIT_AS, &cur) == 0 && cur.rlim_max != RLIM_INFINITY &&
      cur.rlim_max < max_memory)
    max_memory = cur.rlim_max; /* never raise what the caller set */
#if !defined(__SANITIZE_ADDRESS__)
  /* (AddressSanitizer reserves terabytes of shadow address space: the
   * setting is checked, not applied, in sanitizer builds.) */
  struct rlimit as = { max_memory, cur.rlim_max };
  if (cur.rlim_max != RLIM_INFINITY && as.rlim_max < as.rlim_cur)
    as.rlim_max = as.rlim_cur;
  setrlimit(RLIMIT_AS, &as);
#endif
  g_log_set_writer_func(oom_writer, NULL, NULL);
  return TRUE;
}

static const CvCommand *
find_command(const char *name)
{
  for (gsize i = 0; i < G_N_ELEMENTS(commands); i++)
    if (strcmp(commands[i].name, name) == 0)
      return &commands[i];
  return NULL;
}

/* The service side of the control socket: a store command for a client. */
int
cv_cli_dispatch(CvCli *cli, int argc, char **argv)
{
  const CvCommand *cmd = argc > 0 ? find_command(argv[0]) : NULL;
  if (cmd == NULL || !cmd->remote) {
    g_autofree char *shown = cv_pipeline_escape_name(argc ? argv[0] : "");
    fprintf(cli->err, _("caviar: '%s' does not run in the service\n"), shown);
    return CV_EXIT_USAGE;
  }
  return cmd->run(cli, argc, argv);
}

/* --help anywhere: the command shows it here, never in the service. */
static gboolean
wants_help(int argc, char **argv)
{
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--") == 0)
      break;
    if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0 ||
        strcmp(argv[i], "-?") == 0 || g_str_has_prefix(argv[i], "--help-"))
      return TRUE;
  }
  return FALSE;
}

/* The store directory the command would use (--store, --config, the
 * environment, the default), without parsing the rest of its options. */
static char *
store_of(int argc, char **argv)
{
  CvCliCommon common = { 0 };
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--") == 0)
      break;
    char **slot = NULL;
    const char *a = argv[i];
    if (g_str_has_prefix(a, "--store"))
      slot = &common.store_dir, a += strlen("--store");
    else if (g_str_has_prefix(a, "--config"))
      slot = &common.config, a += strlen("--config");
    else
      continue;
    if (*a == '=') {
      g_free(*slot);
      *slot = g_strdup(a + 1);
    } else if (*a == '\0' && i + 1 < argc) {
      g_free(*slot);
      *slot = g_strdup(argv[++i]);
    }
  }
  CvCli cli;
  cv_cli_init_local(&cli);
  char *dir = NULL;
  if (cv_cli_resolve(&cli, &common, NULL))
    dir = g_steal_pointer(&common.store_dir);
  cv_cli_common_clear(&common);
  return dir;
}

/* `caviar lists add --from-file FILE`: FILE becomes standard input and
 * the option '-', here in the client: a service reads the terms from the
 * descriptor it is passed and opens no path a client names. */
static gboolean
lists_file_as_stdin(int *argc, char **argv)
{
  for (int i = 2; i < *argc; i++) {
    if (strcmp(argv[i], "--") == 0)
      return TRUE;
    const char *path = NULL;
    int drop = 0; /* arguments taken out after argv[i] */
    if (g_str_has_prefix(argv[i], "--from-file=")) {
      path = argv[i] + strlen("--from-file=");
    } else if (strcmp(argv[i], "--from-file") == 0 && i + 1 < *argc) {
      path = argv[i + 1];
      drop = 1;
    } else {
      continue;
    }
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0 || dup2(fd, STDIN_FILENO) < 0) {
      int e = errno;
      g_autofree char *shown = cv_pipeline_escape_name(path);
      fprintf(stderr, _("caviar lists: %s: %s\n"), shown, g_strerror(e));
      if (fd >= 0)
        close(fd);
      return FALSE;
    }
    close(fd);
    argv[i] = (char *)"-";
    for (int j = i + 1; j + drop <= *argc; j++)
      argv[j] = argv[j + drop];
    *argc -= drop;
    return TRUE; /* a second --from-file is refused by the command */
  }
  return TRUE;
}

int
main(int argc, char **argv)
{
  setlocale(LC_ALL, "");
  cv_i18n_init();
  if (argc >= 2 && strcmp(argv[1], "extract-worker") == 0)
    return cv_cmd_extract_worker(argc - 1, argv + 1);
  if (sodium_init() < 0) {
    fprintf(stderr, _("caviar: libsodium failed to initialise\n"));
    return CV_EXIT_FAIL;
  }

  if (argc < 2) {
    usage(stderr);
    return CV_EXIT_USAGE;
  }
  CvCli cli;
  cv_cli_init_local(&cli);
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
      fprintf(stderr, _("caviar: unknown command '%s'\n"), argv[2]);
      return CV_EXIT_USAGE;
    }
    char *help_argv[] = { (char *)cmd->name, (char *)"--help", NULL };
    g_autofree char *prgname = g_strconcat("caviar ", cmd->name, NULL);
    g_set_prgname(prgname);
    return cmd->run(&cli, 2, help_argv);
  }

  /* The workers' key pair is written here, never by a service. */
  if (strcmp(name, "key") == 0 && argc >= 3 &&
      strcmp(argv[2], "worker-keys") == 0) {
    g_set_prgname("caviar key");
    return cv_cmd_worker_keys(&cli, argc - 1, argv + 1);
  }
  const CvCommand *cmd = find_command(name);
  if (cmd == NULL) {
    fprintf(stderr, _("caviar: unknown command '%s'\nTry 'caviar help'.\n"),
            name);
    return CV_EXIT_USAGE;
  }
  /* The worker confines itself (tools/sandbox.c); every other command
   * may hold keys. */
  if (!cap_address_space())
    return CV_EXIT_USAGE;
  g_autofree char *prgname = g_strconcat("caviar ", cmd->name, NULL);
  g_set_prgname(prgname);
  int code = CV_EXIT_FAIL;
  g_autofree char *store = NULL;
  if (strcmp(cmd->name, "lists") == 0 && !lists_file_as_stdin(&argc, argv))
    return CV_EXIT_FAIL;
  if (cmd->remote && !wants_help(argc - 1, argv + 1)) {
    store = store_of(argc - 1, argv + 1);
    if (cv_control_call(store, argc - 1, argv + 1, &code))
      return code;
  }
  /* option parsing rearranges the array it is given: keep ours whole for
   * a second try through the service */
  g_autofree char **args = g_memdup2(argv + 1, sizeof(char *) * argc);
  code = cmd->run(&cli, argc - 1, args);
  /* A service took the store while we waited for it: go through it. */
  if (code == CV_EXIT_TO_SERVICE &&
      !cv_control_call(store, argc - 1, argv + 1, &code))
    code = CV_EXIT_FAIL;
  return code;
}
