/* fuzz-ingest.c — owns the fuzz targets of ingest/ (not part of the
 * library).  One input goes through detection and every reader
 * (no OCR: Tesseract is fuzzed by the OCR stage), then through
 * serialize/deserialize and the chunker; the same bytes are also fed to
 * cv_ingest_document_deserialize() as a hostile worker reply.
 *
 * Built with -Dfuzzing=true (clang, -fsanitize=fuzzer) as a libFuzzer
 * target; otherwise with tests/fuzz-replay.c
 * as a replay driver:
 *   fuzz-ingest FILE...   runs each file once (corpora as ordinary tests).
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "cv-ingest.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static CvExtractor *
extractor(void)
{
  static CvExtractor *ex;
  if (ex == NULL) {
    CvIngestOptions o = { 0 };
    o.no_ocr = TRUE;
    o.max_bytes = 4 * 1024 * 1024;
    o.max_pages = 200;
    o.max_text_bytes = 16 * 1024 * 1024;
    ex = cv_ingest_extractor_new(&o, NULL);
    g_assert(ex != NULL);
  }
  return ex;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  g_autoptr(GBytes) in = g_bytes_new_static(data, size);

  g_autoptr(GError) err = NULL;
  g_autoptr(CvDocument) doc = cv_ingest_extract(extractor(), in, &err);
  if (doc != NULL) {
    gsize len = 0;
    const char *text = cv_ingest_document_text(doc, &len);
    g_assert(g_utf8_validate(text, (gssize)len, NULL));
    guint n = cv_ingest_document_n_pages(doc);
    gsize *offs = g_new(gsize, n + 1);
    for (guint i = 0; i <= n; i++)
      offs[i] = cv_ingest_document_page_offset(doc, i);
    g_autoptr(GArray) spans = cv_ingest_chunk(text, len, offs, n, 97);
    for (guint i = 0; i < spans->len; i++) {
      CvChunkSpan *s = &g_array_index(spans, CvChunkSpan, i);
      g_assert(s->start < s->end && s->end <= len);
    }
    g_free(offs);
    g_autoptr(GBytes) ser = cv_ingest_document_serialize(doc);
    g_autoptr(CvDocument) back = cv_ingest_document_deserialize(ser, NULL);
    g_assert(back != NULL);
  } else {
    g_assert(err != NULL && err->domain == CV_INGEST_ERROR);
  }

  /* the same bytes as a (hostile) serialized document */
  g_autoptr(CvDocument) hostile = cv_ingest_document_deserialize(in, NULL);
  if (hostile != NULL) {
    gsize len = 0;
    const char *text = cv_ingest_document_text(hostile, &len);
    g_assert(g_utf8_validate(text, (gssize)len, NULL));
  }
  return 0;
}
