/* pipeline.c — redact a whole extracted document, then chunk it. */
#include <sodium.h>

#include "pipeline.h"

CvRedacted *
cv_pipeline_redact(const CvRedactor *redactor, const CvDocument *doc,
                   CvLang lang, gsize chunk_target, GError **error)
{
  gsize len = 0;
  const char *text = cv_ingest_document_text(doc, &len);
  if (!cv_redact_check_size(len, error))
    return NULL;
  guint n_pages = cv_ingest_document_n_pages(doc);
  CvRedacted *r = g_new0(CvRedacted, 1);
  r->lang = lang != CV_LANG_AUTO ? lang : cv_redact_detect_lang(text, len);

  g_autofree gsize *offsets = g_new(gsize, n_pages + 1);
  for (guint i = 0; i <= n_pages; i++)
    offsets[i] = i < n_pages ? cv_ingest_document_page_offset(doc, i) : len;

  g_autoptr(GArray) spans = cv_redact_scan(redactor, text, len, r->lang);
  r->text = cv_redact_render(redactor, text, len, spans, offsets, n_pages + 1,
                             r->counts, &r->len);
  r->chunks = cv_ingest_chunk(r->text, r->len, offsets, n_pages, chunk_target);
  return r;
}

void
cv_redacted_free(CvRedacted *r)
{
  if (r == NULL)
    return;
  if (r->text != NULL)
    sodium_memzero(r->text, r->len);
  g_free(r->text);
  g_clear_pointer(&r->chunks, g_array_unref);
  g_free(r);
}

char *
cv_pipeline_counts_json(const guint *counts)
{
  GString *s = g_string_new("{");
  gboolean first = TRUE;
  for (int t = 0; t < CV_PII_N_TYPES; t++) {
    if (counts[t] == 0)
      continue;
    g_string_append_printf(s, "%s\"%s\": %u", first ? "" : ", ",
                           cv_redact_type_name((CvPiiType)t), counts[t]);
    first = FALSE;
  }
  g_string_append_c(s, '}');
  return g_string_free(s, FALSE);
}

char *
cv_pipeline_counts_text(const guint *counts)
{
  GString *s = g_string_new(NULL);
  for (int t = 0; t < CV_PII_N_TYPES; t++) {
    if (counts[t] == 0)
      continue;
    g_string_append_printf(s, "%s%s %u", s->len ? ", " : "",
                           cv_redact_type_name((CvPiiType)t), counts[t]);
  }
  if (s->len == 0)
    g_string_append(s, "none");
  return g_string_free(s, FALSE);
}

guint
cv_pipeline_counts_total(const guint *counts)
{
  guint total = 0;
  for (int t = 0; t < CV_PII_N_TYPES; t++)
    total += counts[t];
  return total;
}
