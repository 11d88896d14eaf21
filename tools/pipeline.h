/* pipeline.h — the trusted half of ingestion (tools/ only): a document's
 * whole text is redacted first (so an identifier across a page or chunk
 * boundary is still caught), then chunked with its page numbers.  Shared by
 * `caviar ingest` and `caviar eval` so that eval measures what is stored. */
#pragma once

#include <glib.h>

#include "cv-ingest.h"
#include "cv-redact.h"

#define CV_CHUNK_TARGET 1200 /* bytes of redacted text per chunk */

typedef struct {
  char *text;      /* redacted text, pages joined by '\f' (wiped on free) */
  gsize len;
  GArray *chunks;  /* CvChunkSpan over @text */
  guint counts[CV_PII_N_TYPES];
  CvLang lang;     /* detected or forced language */
} CvRedacted;

/* NULL with @error set when the text is longer than the redactor accepts
 * (CV_REDACT_MAX_TEXT): such a text is refused, never stored unredacted. */
CvRedacted *cv_pipeline_redact(const CvRedactor *redactor,
                               const CvDocument *doc, CvLang lang,
                               gsize chunk_target, GError **error);
void cv_redacted_free(CvRedacted *r);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CvRedacted, cv_redacted_free)

/* {"SIN": 1, "EMAIL": 2}: types with a non-zero count (g_free). */
char *cv_pipeline_counts_json(const guint *counts);
/* "SIN 1, EMAIL 2" or "none" (g_free). */
char *cv_pipeline_counts_text(const guint *counts);
guint cv_pipeline_counts_total(const guint *counts);
