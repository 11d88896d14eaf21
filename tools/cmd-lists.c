/* cmd-lists.c — `caviar lists show|add|remove`: a collection's terms
 * always redacted (a client's name, a project code) and never redacted
 * (the body's own staff, officials in their public role).  They are kept
 * encrypted in the store (cv_store_collection_set_lists) and applied by
 * every pipeline into or out of that collection: ingest, drop folders,
 * the review page's try, `caviar redact -c NAME`.  Through a running
 * service when there is one: its next file has the new lists.
 *
 * The terms are personal data: printed only to the caller, never logged. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>

#include <json-glib/json-glib.h>
#include <sodium.h>

#include "cli.h"
#include "cv-text.h"

static void
print_lists(CvCli *cli, const char *collection, GPtrArray *lists, gboolean json)
{
  if (json) {
    g_autoptr(JsonBuilder) b = json_builder_new();
    cv_pipeline_lists_json(b, collection, lists);
    cv_cli_print_json(cli, b, FALSE);
    return;
  }
  guint n_always = 0, n_never = 0;
  for (guint i = 0; i < lists->len; i++) {
    const CvListTerm *t = lists->pdata[i];
    if (t->type == CV_STORE_LIST_NEVER)
      n_never++;
    else
      n_always++;
  }
  fprintf(cli->out,
          g_dngettext(
              GETTEXT_PACKAGE, "Always redacted in collection '%s' (%u term):\n",
              "Always redacted in collection '%s' (%u terms):\n", n_always),
          collection, n_always);
  for (guint i = 0; i < lists->len; i++) {
    const CvListTerm *t = lists->pdata[i];
    if (t->type != CV_STORE_LIST_NEVER)
      fprintf(cli->out, "  %-14s %s\n", cv_redact_type_name(t->type), t->term);
  }
  fprintf(cli->out,
          g_dngettext(GETTEXT_PACKAGE,
                      "Never redacted in collection '%s' (%u term):\n",
                      "Never redacted in collection '%s' (%u terms):\n", n_never),
          collection, n_never);
  for (guint i = 0; i < lists->len; i++) {
    const CvListTerm *t = lists->pdata[i];
    if (t->type == CV_STORE_LIST_NEVER)
      fprintf(cli->out, "  %s\n", t->term);
  }
}

/* Terms read from standard input ("-"): one a line.  At most a full list
 * of the longest terms, with room for spaces and line ends. */
#define LISTS_INPUT_MAX (16 * 1024 * 1024)

/* Reads @fd to its end into a new buffer (for cv_text_wipe_len),
 * at most LISTS_INPUT_MAX bytes. */
static char *
read_terms_input(CvCli *cli, int fd, gsize *len, int *rc)
{
  gsize cap = 64 * 1024, n = 0;
  char *buf = g_malloc(cap + 1);
  for (;;) {
    if (n == cap) {
      if (cap >= LISTS_INPUT_MAX) {
        cv_text_wipe_len(buf, n);
        fprintf(cli->err,
                _("caviar lists: standard input holds more than %d MiB of "
                  "terms\n"),
                LISTS_INPUT_MAX >> 20);
        *rc = CV_EXIT_USAGE;
        return NULL;
      }
      /* grown by hand: a g_realloc would leave the terms in freed memory */
      gsize ncap = MIN(cap * 2, (gsize)LISTS_INPUT_MAX);
      char *nbuf = g_malloc(ncap + 1);
      memcpy(nbuf, buf, n);
      cv_text_wipe_len(buf, n);
      buf = nbuf;
      cap = ncap;
    }
    ssize_t got = read(fd, buf + n, cap - n);
    if (got == 0)
      break;
    if (got < 0 && errno == EINTR)
      continue;
    if (got < 0) {
      int e = errno;
      cv_text_wipe_len(buf, n);
      fprintf(cli->err, _("caviar lists: cannot read standard input: %s\n"),
              g_strerror(e));
      *rc = CV_EXIT_FAIL;
      return NULL;
    }
    n += (gsize)got;
  }
  buf[n] = '\0';
  *len = n;
  return buf;
}

/* Splits @buf (modified in place) into its terms, one a line: spaces
 * around a term and empty lines are dropped.  Adds pointers into @buf to
 * @terms; FALSE (with a message naming the line, never its content) for a
 * term that is too long or not UTF-8, or too many terms. */
static gboolean
split_terms(CvCli *cli, char *buf, gsize len, GPtrArray *terms)
{
  guint line = 0;
  char *p = buf, *end = buf + len;
  while (p < end) {
    char *nl = memchr(p, '\n', (gsize)(end - p));
    char *stop = nl ? nl : end;
    *stop = '\0';
    line++;
    char *term = g_strstrip(p); /* also a \r before the \n */
    gsize n = strlen(term);
    p = stop + 1;
    if (n == 0)
      continue;
    if (n > CV_STORE_LIST_TERM_MAX || !g_utf8_validate(term, (gssize)n, NULL)) {
      fprintf(cli->err,
              _("caviar lists: line %u of standard input: a list term must "
                "be 1 to %d bytes of UTF-8\n"),
              line, CV_STORE_LIST_TERM_MAX);
      return FALSE;
    }
    if (terms->len >= CV_STORE_LISTS_MAX_TERMS) {
      fprintf(cli->err, _("caviar lists: more than %d terms\n"),
              CV_STORE_LISTS_MAX_TERMS);
      return FALSE;
    }
    g_ptr_array_add(terms, term);
  }
  return TRUE;
}

typedef enum { LISTS_SHOW, LISTS_ADD, LISTS_REMOVE } ListsVerb;

static int
lists_run(CvCli *cli, CvCliCommon *common, ListsVerb verb, gint type,
          gboolean only, char **terms, guint n_terms)
{
  int rc = CV_EXIT_FAIL;
  g_autoptr(GError) error = NULL;
  gboolean write = verb != LISTS_SHOW;
  g_autoptr(CvOwner) owner =
      cv_cli_open(cli, common, write ? CV_CLI_CREATE : CV_CLI_READ, &rc);
  if (owner == NULL)
    return rc;
  CvCollection *coll =
      cv_store_collection(cv_owner_store(owner), common->collection, &error);
  if (coll == NULL) {
    cv_cli_error(cli, _("lists: %s"), error->message);
    return CV_EXIT_FAIL;
  }
  g_autoptr(GPtrArray) lists = NULL;
  guint changed = 0, unchanged = 0;
  g_autofree gboolean *missing = g_new0(gboolean, n_terms + 1);
  if (write) {
    lists = cv_pipeline_lists_edit(
        owner, coll, verb == LISTS_ADD ? CV_LISTS_ADD : CV_LISTS_REMOVE, type,
        only, (const char *const *)terms, n_terms, &changed, &unchanged,
        missing, &error);
  } else {
    cv_owner_read_begin(owner);
    lists = cv_store_collection_get_lists(coll, &error);
    cv_owner_read_end(owner);
  }
  if (lists == NULL) {
    cv_cli_error(cli, _("lists: %s"), error->message);
    return error->domain == CV_REDACT_ERROR ||
                   g_error_matches(error, CV_STORE_ERROR, CV_STORE_ERROR_INVALID)
               ? CV_EXIT_USAGE
               : CV_EXIT_FAIL;
  }
  rc = CV_EXIT_OK;
  for (guint i = 0; i < n_terms; i++) {
    if (!missing[i])
      continue;
    cv_cli_error(cli, _("lists: term %u of %u is in no list of collection '%s'"),
                 i + 1, n_terms, common->collection);
    rc = CV_EXIT_FAIL;
  }
  if (verb == LISTS_SHOW || common->json) {
    print_lists(cli, common->collection, lists, common->json);
  } else if (!common->quiet && (changed > 0 || rc == CV_EXIT_OK)) {
    if (verb == LISTS_ADD)
      fprintf(cli->err,
              g_dngettext(GETTEXT_PACKAGE,
                          "caviar lists: %u term added to collection '%s' "
                          "(%u there already); the next file has it\n",
                          "caviar lists: %u terms added to collection '%s' "
                          "(%u there already); the next file has them\n",
                          changed),
              changed, common->collection, unchanged);
    else
      fprintf(cli->err,
              g_dngettext(GETTEXT_PACKAGE,
                          "caviar lists: %u term removed from collection "
                          "'%s'\n",
                          "caviar lists: %u terms removed from collection "
                          "'%s'\n",
                          changed),
              changed, common->collection);
  }
  fflush(cli->out);
  return rc;
}

int
cv_cmd_lists(CvCli *cli, int argc, char **argv)
{
  CvCliCommon common = { 0 };
  g_autofree char *always = NULL;
  gboolean never = FALSE;
  GOptionEntry entries[] = {
    { "always", 0, 0, G_OPTION_ARG_STRING, &always,
      N_("add: terms always redacted, replaced by the token of TYPE (PERSON "
         "or PERSONNE, SIN or NAS, ...); remove: only from that list"),
      N_("TYPE") },
    { "never", 0, 0, G_OPTION_ARG_NONE, &never,
      N_("add: terms never redacted (the body's own staff, officials in "
         "their public role); remove: only from that list"),
      NULL },
    { NULL }
  };
  g_autofree char *from_file = NULL;
  GOptionEntry file_entry[] = {
    { "from-file", 0, 0, G_OPTION_ARG_FILENAME, &from_file,
      N_("add, remove: the terms of FILE, one a line (as '-' with FILE on "
         "standard input)"),
      N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) ctx = g_option_context_new(
      N_("show | add --always TYPE TERM... | add --never TERM... | remove "
         "TERM... (TERM '-': the terms of standard input, one a line)"));
  g_option_context_set_summary(
      ctx,
      N_("The lists of a collection (-c NAME): terms always redacted (a\n"
         "client's name, a project code) and terms never redacted (the "
         "body's\n"
         "own staff).  Whole words, case and accents aside; at most 8 words "
         "and\n"
         "128 bytes a term, 100000 terms a list.  Kept encrypted in the "
         "store and\n"
         "applied by ingest, the drop folders, the review page and "
         "'caviar redact\n"
         "-c NAME'; a running service applies them to its next file.\n"
         "\n"
         "A term given on the command line shows in the process list (ps) "
         "to\n"
         "every user of the machine while it runs: give personal names on\n"
         "standard input, one a line, with '-' (or --from-file FILE):\n"
         "  caviar lists add --always PERSON - < names.txt"));
  g_option_context_add_main_entries(ctx, entries, GETTEXT_PACKAGE);
  g_option_context_add_main_entries(ctx, file_entry, GETTEXT_PACKAGE);
  cv_cli_add_common(ctx, &common, TRUE);
  int rc = CV_EXIT_USAGE;
  GPtrArray *terms = NULL; /* borrowed from argv or input */
  char *input = NULL;      /* standard input or FILE: wiped */
  gsize input_len = 0;
  int file_fd = -1;
  if (!cv_cli_parse(cli, ctx, &argc, &argv))
    goto out;
  ListsVerb verb;
  const char *v = argc >= 2 ? argv[1] : "show";
  gboolean more = argc >= 3 || from_file != NULL; /* terms given */
  if (strcmp(v, "show") == 0 && argc <= 2 && from_file == NULL)
    verb = LISTS_SHOW;
  else if (strcmp(v, "add") == 0 && more)
    verb = LISTS_ADD;
  else if (strcmp(v, "remove") == 0 && more)
    verb = LISTS_REMOVE;
  else {
    fprintf(cli->err, _("caviar lists: expected show, add TERM... or remove "
                        "TERM...\nTry 'caviar help lists'.\n"));
    goto out;
  }
  gint type = CV_STORE_LIST_NEVER;
  if (always != NULL && never) {
    fprintf(cli->err, _("caviar lists: --always and --never together\n"));
    goto out;
  }
  if (always != NULL && !cv_pipeline_list_type_parse(always, &type)) {
    g_autofree char *shown = cv_pipeline_escape_name(always);
    fprintf(cli->err,
            _("caviar lists: unknown type '%s' (PERSON, SIN, PHONE, EMAIL, "
              "ADDRESS, ...; or their tokens: PERSONNE, NAS, ...)\n"),
            shown);
    goto out;
  }
  if (verb == LISTS_ADD && always == NULL && !never) {
    fprintf(cli->err, _("caviar lists: add needs --always TYPE or --never\n"));
    goto out;
  }
  if (verb == LISTS_SHOW && (always != NULL || never)) {
    fprintf(cli->err, _("caviar lists: show takes no --always or --never\n"));
    goto out;
  }
  terms = g_ptr_array_new();
  int input_fd = cli->in_fd;
  if (from_file != NULL) {
    /* caviar.c hands the file to a service as standard input; here we
     * run for this very user (cv_cli_open refuses remote paths) */
    if (cli->remote) {
      fprintf(cli->err, _("caviar lists: --from-file through the service: "
                          "give the terms on standard input ('-')\n"));
      goto out;
    }
    g_autofree char *path = cli->cwd && !g_path_is_absolute(from_file)
                                ? g_build_filename(cli->cwd, from_file, NULL)
                                : g_strdup(from_file);
    file_fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY);
    if (file_fd < 0) {
      g_autofree char *shown = cv_pipeline_escape_name(from_file);
      fprintf(cli->err, _("caviar lists: %s: %s\n"), shown, g_strerror(errno));
      rc = CV_EXIT_FAIL;
      goto out;
    }
    input_fd = file_fd;
  }
  gboolean read_input = from_file != NULL;
  for (int i = 2; i < argc; i++) {
    if (strcmp(argv[i], "-") == 0) {
      if (read_input) {
        fprintf(cli->err, _("caviar lists: the terms of standard input are "
                            "given twice ('-' or --from-file)\n"));
        goto out;
      }
      read_input = TRUE;
      continue;
    }
    gsize len = strlen(argv[i]);
    if (len == 0 || len > CV_STORE_LIST_TERM_MAX ||
        !g_utf8_validate(argv[i], (gssize)len, NULL)) {
      fprintf(cli->err,
              _("caviar lists: term %d: a list term must be 1 to %d bytes "
                "of UTF-8\n"),
              i - 1, CV_STORE_LIST_TERM_MAX);
      goto out;
    }
    g_ptr_array_add(terms, argv[i]);
  }
  if (read_input) {
    input = read_terms_input(cli, input_fd, &input_len, &rc);
    if (input == NULL)
      goto out;
    if (!split_terms(cli, input, input_len, terms))
      goto out;
    if (terms->len == 0) {
      fprintf(cli->err, _("caviar lists: no term on standard input\n"));
      goto out;
    }
  }
  rc = lists_run(cli, &common, verb, type, always != NULL || never,
                 (char **)terms->pdata, terms->len);
out:
  cv_text_wipe_len(input, input_len); /* wipes, frees */
  if (terms != NULL)
    g_ptr_array_unref(terms);
  if (file_fd >= 0)
    close(file_fd);
  cv_cli_common_clear(&common);
  return rc;
}
