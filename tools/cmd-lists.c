/* cmd-lists.c — `caviar lists show|add|remove`: a collection's terms
 * always redacted (a client's name, a project code) and never redacted
 * (the body's own staff, officials in their public role).  They are kept
 * encrypted in the store (cv_store_collection_set_lists) and applied by
 * every pipeline into or out of that collection: ingest, drop folders,
 * the review page's try, `caviar redact -c NAME`.  Through a running
 * service when there is one: its next file has the new lists.
 *
 * The terms are personal data: printed only to the caller, never logged. */
#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include <json-glib/json-glib.h>
#include <sodium.h>

#include "cli.h"
#include "cv-text.h"

/* A type from its name (PERSON, SIN...) or its label (PERSONNE, NAS...),
 * in any case. */
static gboolean
type_parse(const char *s, gint *out)
{
  CvPiiType t;
  g_autofree char *up = g_utf8_strup(s, -1);
  if (cv_redact_type_from_name(up, &t)) {
    *out = (gint)t;
    return TRUE;
  }
  for (gint i = 0; i < CV_PII_N_TYPES; i++) {
    const char *label = cv_redact_type_label((CvPiiType)i);
    if (label != NULL && strcmp(label, up) == 0) {
      *out = i;
      return TRUE;
    }
  }
  return FALSE;
}

/* Whether two terms are the same for the lists: case and accents aside,
 * spaces collapsed (as the redactor matches them). */
static char *
term_key(const char *term)
{
  g_autofree char *n = g_utf8_normalize(term, -1, G_NORMALIZE_DEFAULT);
  g_autofree char *f = g_utf8_casefold(n ? n : term, -1);
  g_auto(GStrv) words = g_strsplit_set(f, " \t", -1);
  GString *out = g_string_new(NULL);
  for (guint i = 0; words[i]; i++) {
    if (*words[i] == '\0')
      continue;
    if (out->len)
      g_string_append_c(out, ' ');
    g_string_append(out, words[i]);
  }
  for (guint i = 0; words[i]; i++)
    sodium_memzero(words[i], strlen(words[i]));
  sodium_memzero(f, strlen(f));
  if (n != NULL)
    sodium_memzero(n, strlen(n));
  return g_string_free(out, FALSE);
}

static gboolean
term_same(const char *a, const char *b)
{
  g_autofree char *ka = term_key(a), *kb = term_key(b);
  gboolean same = strcmp(ka, kb) == 0;
  sodium_memzero(ka, strlen(ka));
  sodium_memzero(kb, strlen(kb));
  return same;
}

static void
print_lists(CvCli *cli, const char *collection, GPtrArray *lists, gboolean json)
{
  if (json) {
    g_autoptr(JsonBuilder) b = json_builder_new();
    json_builder_begin_object(b);
    json_builder_set_member_name(b, "collection");
    json_builder_add_string_value(b, collection);
    json_builder_set_member_name(b, "always");
    json_builder_begin_array(b);
    for (guint i = 0; i < lists->len; i++) {
      const CvListTerm *t = lists->pdata[i];
      if (t->type == CV_STORE_LIST_NEVER)
        continue;
      json_builder_begin_object(b);
      json_builder_set_member_name(b, "term");
      json_builder_add_string_value(b, t->term);
      json_builder_set_member_name(b, "type");
      json_builder_add_string_value(b, cv_redact_type_name(t->type));
      json_builder_end_object(b);
    }
    json_builder_end_array(b);
    json_builder_set_member_name(b, "never");
    json_builder_begin_array(b);
    for (guint i = 0; i < lists->len; i++) {
      const CvListTerm *t = lists->pdata[i];
      if (t->type == CV_STORE_LIST_NEVER)
        json_builder_add_string_value(b, t->term);
    }
    json_builder_end_array(b);
    json_builder_end_object(b);
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

/* Checks that the redactor accepts @lists (the words of each term, their
 * number): the error says which rule a term breaks, never the term. */
static gboolean
lists_check(GPtrArray *lists, GError **error)
{
  g_autofree CvRedactTerm *always = g_new0(CvRedactTerm, lists->len + 1);
  g_autofree const char **never = g_new0(const char *, lists->len + 1);
  gsize n_always = 0, n_never = 0;
  for (guint i = 0; i < lists->len; i++) {
    const CvListTerm *t = lists->pdata[i];
    if (t->type == CV_STORE_LIST_NEVER)
      never[n_never++] = t->term;
    else
      always[n_always++] = (CvRedactTerm){ t->term, (CvPiiType)t->type };
  }
  CvRedactOptions o = { .mode = CV_REDACT_MODE_LABEL,
                        .always = always,
                        .n_always = n_always,
                        .never = never,
                        .n_never = n_never };
  CvRedactor *r = cv_redact_new_full(&o, error);
  cv_redact_free(r);
  return r != NULL;
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
  if (write)
    cv_owner_write_begin(owner);
  else
    cv_owner_read_begin(owner);
  g_autoptr(GPtrArray) lists = cv_store_collection_get_lists(coll, &error);
  guint changed = 0, unchanged = 0;
  rc = CV_EXIT_OK;
  for (guint i = 0; lists != NULL && i < n_terms; i++) {
    const char *term = terms[i];
    gboolean found = FALSE;
    for (guint j = lists->len; j-- > 0;) {
      CvListTerm *t = lists->pdata[j];
      if (!term_same(t->term, term))
        continue;
      if (verb == LISTS_ADD && t->type == type) {
        found = TRUE; /* there already */
      } else if (verb == LISTS_ADD || !only ||
                 (type == CV_STORE_LIST_NEVER) ==
                     (t->type == CV_STORE_LIST_NEVER)) {
        /* added to one list: it leaves the other (or its old type) */
        g_ptr_array_remove_index(lists, j);
        if (verb == LISTS_REMOVE)
          found = TRUE;
      }
    }
    if (verb == LISTS_ADD && !found) {
      CvListTerm *t = g_new0(CvListTerm, 1);
      t->term = g_strstrip(g_strdup(term));
      t->type = type;
      g_ptr_array_add(lists, t);
      changed++;
    } else if (verb == LISTS_ADD) {
      unchanged++;
    } else if (found) {
      changed++;
    } else {
      cv_cli_error(cli,
                   _("lists: term %u of %u is in no list of collection "
                     "'%s'"),
                   i + 1, n_terms, common->collection);
      rc = CV_EXIT_FAIL;
    }
  }
  gboolean saved =
      lists != NULL &&
      (changed == 0 || !write ||
       (lists_check(lists, &error) &&
        cv_store_collection_set_lists(
            coll, (const CvListTerm *const *)lists->pdata, lists->len, &error)));
  if (write)
    cv_owner_write_end(owner);
  else
    cv_owner_read_end(owner);
  if (!saved) {
    cv_cli_error(cli, _("lists: %s"), error->message);
    return error->domain == CV_REDACT_ERROR ||
                   g_error_matches(error, CV_STORE_ERROR, CV_STORE_ERROR_INVALID)
               ? CV_EXIT_USAGE
               : CV_EXIT_FAIL;
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
  g_autoptr(GOptionContext) ctx = g_option_context_new(
      N_("show | add --always TYPE TERM... | add --never TERM... | remove "
         "TERM..."));
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
         "-c NAME'; a running service applies them to its next file.  A "
         "term\n"
         "given on the command line shows in the process list while it "
         "runs."));
  g_option_context_add_main_entries(ctx, entries, GETTEXT_PACKAGE);
  cv_cli_add_common(ctx, &common, TRUE);
  int rc = CV_EXIT_USAGE;
  if (!cv_cli_parse(cli, ctx, &argc, &argv))
    goto out;
  ListsVerb verb;
  const char *v = argc >= 2 ? argv[1] : "show";
  if (strcmp(v, "show") == 0 && argc <= 2)
    verb = LISTS_SHOW;
  else if (strcmp(v, "add") == 0 && argc >= 3)
    verb = LISTS_ADD;
  else if (strcmp(v, "remove") == 0 && argc >= 3)
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
  if (always != NULL && !type_parse(always, &type)) {
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
  for (int i = 2; i < argc; i++) {
    gsize len = strlen(argv[i]);
    if (len == 0 || len > CV_STORE_LIST_TERM_MAX ||
        !g_utf8_validate(argv[i], (gssize)len, NULL)) {
      fprintf(cli->err,
              _("caviar lists: term %d: a list term must be 1 to %d bytes "
                "of UTF-8\n"),
              i - 1, CV_STORE_LIST_TERM_MAX);
      goto out;
    }
  }
  rc = lists_run(cli, &common, verb, type, always != NULL || never, argv + 2,
                 argc > 2 ? (guint)argc - 2 : 0);
out:
  cv_cli_common_clear(&common);
  return rc;
}
