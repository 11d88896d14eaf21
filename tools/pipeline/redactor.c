/* redactor.c — the redactor of a collection: its redaction mode, its
 * pseudonym key and its lists (always / never redacted terms, read from
 * the store), one place for every sink. */
#include <glib/gi18n-lib.h>

#include "cv-pipeline.h"

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
  CvRedactOptions o = {
    .mode = mode,
    .pseudonym_key = cv_store_collection_pseudonym_key(coll),
    .key_len = 32,
    .always = always,
    .n_always = n_always,
    .never = never,
    .n_never = n_never,
  };
  return cv_redact_new_full(&o, error);
}
