/* image.c — owns the image reader (PNG, JPEG, TIFF incl. multi-page, BMP,
 * GIF, WebP, PNM...): every page goes through OCR on the batch pool, pages
 * in parallel, results in page order.  Decoding is the OCR stage's
 * (Leptonica), with its own pixel cap.
 */
#include "ingest-private.h"

#include <string.h>

gboolean
cv_read_image(CvExtractor *ex, CvDocBuilder *b, GBytes *bytes, GError **error)
{
  if (ex->opt.no_ocr) {
    cv_doc_builder_warn(b, "image not OCR'd (OCR disabled)");
    return TRUE;
  }
  if (cv_extractor_defer_ocr_here(ex, error))
    return FALSE;
  g_autoptr(GError) ierr = NULL;
  int n = cv_ocr_image_page_count(bytes, &ierr);
  if (n < 0) {
    g_set_error(error, CV_INGEST_ERROR, CV_INGEST_ERROR_DAMAGED,
                "image cannot be decoded: %s",
                ierr != NULL ? ierr->message : "unknown error");
    return FALSE;
  }
  if (n == 0) {
    cv_doc_builder_warn(b, "image without frames");
    return TRUE;
  }
  if ((guint)n > ex->opt.max_pages) {
    g_set_error(error, CV_INGEST_ERROR, CV_INGEST_ERROR_TOO_LARGE,
                "image has %d pages (limit %u)", n, ex->opt.max_pages);
    return FALSE;
  }

  g_autoptr(CvOcrBatch) batch = cv_ocr_batch_new(ex, (guint)n);
  gboolean late = FALSE;
  for (int i = 0; i < n && !late; i++) {
    late = !cv_extractor_check_time(ex, error);
    if (!late)
      cv_ocr_batch_push(batch, (guint)i, NULL, 0, 0, 0, 0, bytes);
  }
  cv_ocr_batch_wait(batch);
  if (late)
    return FALSE;
  gboolean fatal = cv_ocr_batch_engine_failed(batch);

  for (int i = 0; i < n; i++) {
    g_autoptr(GError) oerr = NULL;
    float conf = -1.0f;
    g_auto(CvWipedStr) text = cv_ocr_batch_take(batch, (guint)i, &conf, &oerr);
    if (text == NULL) {
      if (fatal || n == 1) {
        g_propagate_error(error, g_steal_pointer(&oerr));
        return FALSE;
      }
      cv_doc_builder_warn(b, "page %d: OCR failed: %s", i + 1,
                          oerr != NULL ? oerr->message : "unknown error");
      if (!cv_doc_builder_add_page(b, "", 0, CV_PAGE_OCR, 0.0f, error))
        return FALSE;
      continue;
    }
    if (!cv_doc_builder_add_page(b, text, strlen(text), CV_PAGE_OCR, conf,
                                 error))
      return FALSE;
  }
  return TRUE;
}
