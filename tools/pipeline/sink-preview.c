/* sink-preview.c — a destination that stores nothing: each document, once
 * extracted, redacted and chunked exactly as it would be stored, is handed
 * to a callback (a dry run, `caviar redact FILE`, a review page) and
 * dropped.  Status STORED here means "shown". */
#include "cv-pipeline.h"

typedef struct {
  CvSink parent;
  CvRedactor *redactor;
  CvPreviewFunc func;
  gpointer user_data;
} PreviewSink;

static CvItemStatus
preview_admit(CvSink *sink, CvItem *item, GBytes *content, GError **error)
{
  return CV_ITEM_PENDING;
}

static const CvRedactor *
preview_redactor(CvSink *sink, CvItem *item, GError **error)
{
  return ((PreviewSink *)sink)->redactor;
}

static void
preview_commit(CvSink *sink, CvItem **items, guint n)
{
  PreviewSink *s = (PreviewSink *)sink;
  for (guint i = 0; i < n; i++) {
    CvRedacted *red = items[i]->red;
    s->func(items[i], red->text, red->len, red->chunks, s->user_data);
    items[i]->status = CV_ITEM_STORED;
  }
}

static void
preview_free(CvSink *sink)
{
  PreviewSink *s = (PreviewSink *)sink;
  cv_redact_free(s->redactor);
  g_free(s);
}

static const CvSinkClass preview_class = {
  preview_admit,
  preview_redactor,
  preview_commit,
  preview_free,
};

CvSink *
cv_sink_preview_new(CvCollection *coll, CvRedactMode mode, CvPreviewFunc func,
                    gpointer user_data, GError **error)
{
  CvRedactor *r = cv_pipeline_redactor_new(coll, mode, NULL, error);
  if (r == NULL)
    return NULL;
  PreviewSink *s = g_new0(PreviewSink, 1);
  s->parent.klass = &preview_class;
  s->redactor = r;
  s->func = func;
  s->user_data = user_data;
  return &s->parent;
}
