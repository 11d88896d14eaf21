/* redactor.c — the redactor of a collection: its redaction mode, its
 * pseudonym key and its lists (always / never redacted terms, read from
 * the store), one place for every sink; and the one way to change the
 * lists (`caviar lists`, the review page). */
#include <glib/gi18n-lib.h>
#include <string.h>

#include <sodium.h>

#include "cv-pipeline.h"
#include "cv-text.h"

/* The redactor's options for @lists: the always and never terms point
 * into @lists (freed by the caller, after the redactor is built). */
static void
lists_options(GPtrArray *lists, CvRedactOptions *o)
{
  CvRedactTerm *always = g_new0(CvRedactTerm, lists->len + 1);
  const char **never = g_new0(const char *, lists->len + 1);
  gsize n_always = 0, n_never = 0;
  for (guint i = 0; i < lists->len; i++) {
    const CvListTerm *t = lists->pdata[i];
    if (t->type == CV_STORE_LIST_NEVER)
      never[n_never++] = t->term;
    else
      always[n_always++] = (CvRedactTerm){ t->term, (CvPiiType)t->type };
  }
  o->always = always;
  o->n_always = n_always;
  o->never = never;
  o->n_never = n_never;
}

static void
lists_options_clear(CvRedactOptions *o)
{
  g_free((gpointer)o->always);
  g_free((gpointer)o->never);
}

CvRedactor *
cv_pipeline_redactor_new(CvCollection *coll, CvRedactMode mode,
                         guint *generation, GError **error)
{
  if (coll == NULL)
    return cv_redact_new(mode, NULL, 0, error);
  /* the generation first: lists set meanwhile make it differ again */
  if (generation != NULL)
    *generation = cv_store_collection_lists_generation(coll);
  g_autoptr(GPtrArray) lists = cv_store_collection_get_lists(coll, error);
  if (lists == NULL)
    return NULL;
  CvRedactOptions o = {
    .mode = mode,
    .pseudonym_key = cv_store_collection_pseudonym_key(coll),
    .key_len = 32,
  };
  lists_options(lists, &o);
  CvRedactor *r = cv_redact_new_full(&o, error);
  lists_options_clear(&o);
  return r;
}

/* Whether two terms are the same for the lists: case and accents aside,
 * spaces collapsed (as the redactor matches them). */
static char *
term_key(const char *term)
{
  g_autofree char *f = g_utf8_casefold(term, -1);
  g_autofree char *n = g_utf8_normalize(f, -1, G_NORMALIZE_DEFAULT);
  GString *out = g_string_new(NULL);
  gboolean space = FALSE;
  for (const char *p = n ? n : f; *p; p = g_utf8_next_char(p)) {
    gunichar c = g_utf8_get_char(p);
    if (g_unichar_ismark(c))
      continue; /* accents (decomposed) */
    if (g_unichar_isspace(c)) {
      space = out->len > 0;
      continue;
    }
    if (space)
      g_string_append_c(out, ' ');
    space = FALSE;
    g_string_append_unichar(out, c);
  }
  sodium_memzero(f, strlen(f));
  if (n != NULL)
    sodium_memzero(n, strlen(n));
  return g_string_free(out, FALSE);
}

/* Checks that the redactor accepts @lists (the words of each term, their
 * number): the error says which rule a term breaks, never the term. */
static gboolean
lists_check(GPtrArray *lists, GError **error)
{
  CvRedactOptions o = { .mode = CV_REDACT_MODE_LABEL };
  lists_options(lists, &o);
  CvRedactor *r = cv_redact_new_full(&o, error);
  lists_options_clear(&o);
  cv_redact_free(r);
  return r != NULL;
}

/* Terms compared by their key (term_key): one hash of the lists, so that
 * adding or removing many terms is linear. */
static void
index_term(GHashTable *index, CvListTerm *t)
{
  char *key = term_key(t->term);
  GPtrArray *same = g_hash_table_lookup(index, key);
  if (same == NULL) {
    same = g_ptr_array_new();
    g_hash_table_insert(index, key, same);
  } else {
    cv_text_wipe_str(key);
  }
  g_ptr_array_add(same, t);
}

GPtrArray *
cv_pipeline_lists_edit(CvOwner *owner, CvCollection *coll, CvListsEdit edit,
                       gint type, gboolean only, const char *const *terms,
                       guint n_terms, guint *changed, guint *unchanged,
                       gboolean *missing, GError **error)
{
  *changed = *unchanged = 0;
  cv_owner_write_begin(owner);
  GPtrArray *lists = cv_store_collection_get_lists(coll, error);
  if (lists == NULL) {
    cv_owner_write_end(owner);
    return NULL;
  }
  g_autoptr(GHashTable) index =
      g_hash_table_new_full(g_str_hash, g_str_equal, cv_text_wipe_str,
                            (GDestroyNotify)g_ptr_array_unref);
  for (guint j = 0; j < lists->len; j++)
    index_term(index, lists->pdata[j]);
  g_autoptr(GHashTable) gone = g_hash_table_new(NULL, NULL); /* CvListTerm* */
  g_autoptr(GPtrArray) added = g_ptr_array_new();
  for (guint i = 0; i < n_terms; i++) {
    g_autofree char *key = term_key(terms[i]);
    GPtrArray *same = g_hash_table_lookup(index, key);
    gboolean found = FALSE;
    missing[i] = FALSE;
    for (guint j = 0; same != NULL && j < same->len; j++) {
      CvListTerm *t = same->pdata[j];
      if (g_hash_table_contains(gone, t))
        continue;
      if (edit == CV_LISTS_ADD && t->type == type) {
        found = TRUE; /* there already */
      } else if (edit == CV_LISTS_ADD || !only ||
                 (type == CV_STORE_LIST_NEVER) ==
                     (t->type == CV_STORE_LIST_NEVER)) {
        /* added to one list: it leaves the other (or its old type) */
        g_hash_table_add(gone, t);
        if (edit == CV_LISTS_REMOVE)
          found = TRUE;
      }
    }
    if (edit == CV_LISTS_ADD && !found) {
      CvListTerm *t = g_new0(CvListTerm, 1);
      t->term = g_strstrip(g_strdup(terms[i]));
      t->type = type;
      g_ptr_array_add(added, t);
      index_term(index, t);
      (*changed)++;
    } else if (edit == CV_LISTS_ADD) {
      (*unchanged)++;
    } else if (found) {
      (*changed)++;
    } else {
      missing[i] = TRUE;
    }
    sodium_memzero(key, strlen(key));
  }
  /* the new lists: the old terms that stay, in order, then the new ones */
  g_hash_table_remove_all(index);
  GPtrArray *out =
      g_ptr_array_new_with_free_func((GDestroyNotify)cv_store_list_term_free);
  g_ptr_array_set_free_func(lists, NULL);
  for (guint j = 0; j < lists->len + added->len; j++) {
    CvListTerm *t =
        j < lists->len ? lists->pdata[j] : added->pdata[j - lists->len];
    if (g_hash_table_contains(gone, t))
      cv_store_list_term_free(t);
    else
      g_ptr_array_add(out, t);
  }
  g_ptr_array_unref(lists);
  lists = out;
  gboolean dirty = *changed > 0;
  if (dirty &&
      !(lists_check(lists, error) &&
        cv_store_collection_set_lists(
            coll, (const CvListTerm *const *)lists->pdata, lists->len, error))) {
    g_ptr_array_unref(lists);
    lists = NULL;
  }
  cv_owner_write_end(owner);
  return lists;
}

void
cv_pipeline_lists_json(JsonBuilder *b, const char *collection,
                       const GPtrArray *lists)
{
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
}

gboolean
cv_pipeline_list_type_parse(const char *s, gint *out)
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
