/* ocr-private.h — internals of the OCR stage shared between its files and
 * its unit tests (not part of the public contract: use cv-ocr.h).
 */
#pragma once

#include <glib.h>
#include <leptonica/allheaders.h>

#include "cv-ocr.h"

G_BEGIN_DECLS

/* Tesseract refuses images wider or taller than this. */
#define CV_OCR_MAX_SIDE 32767

/* Defaults of CvOcrOptions' zero fields. */
#define CV_OCR_DEFAULT_LANGS "fra+eng"
#define CV_OCR_DEFAULT_TIMEOUT_S 120
#define CV_OCR_DEFAULT_MAX_PIXELS G_GUINT64_CONSTANT(200000000)
#define CV_OCR_DEFAULT_MAX_PAGES 5000

/* Resolution assumed when an image carries none (or an incredible one). */
#define CV_OCR_DEFAULT_DPI 300

/* --- ocr-image.c: Leptonica decoding, all in memory --- */

/* Quiets Leptonica's stderr messages (process-wide, idempotent). */
void cv_ocr_lept_quiet(void);

/* Counts the pages of @image; errors CV_OCR_ERROR_IMAGE when it cannot be
 * decoded and CV_OCR_ERROR_TOO_LARGE when it has more than @max_pages. */
int cv_ocr_image_count_pages(GBytes *image, guint max_pages, GError **error);

/* Decodes page @page of @image into an 8-bit grey PIX (0 = black, no
 * colormap, no alpha: transparent areas become white), with square pixels.
 * Checks the page's size against @max_pixels and CV_OCR_MAX_SIDE from the
 * header, before decoding.  (transfer full): destroy with cv_ocr_pix_free. */
PIX *cv_ocr_image_decode_grey(GBytes *image, guint page, guint64 max_pixels,
                              GError **error);

/* Converts any PIX to 8-bit grey without colormap or alpha.  (transfer full) */
PIX *cv_ocr_pix_to_grey(PIX *pix, GError **error);

/* Wipes a PIX's pixels (page content) and destroys it.  Accepts NULL. */
void cv_ocr_pix_free(PIX *pix);
typedef PIX CvOcrPix;
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CvOcrPix, cv_ocr_pix_free)

/* A 3x3 mean of @grey (8-bit), edges replicated: what the models read
 * best on bilevel and speckled scans.  Streams rows: no page-sized
 * intermediate.  (transfer full) */
PIX *cv_ocr_smooth3(PIX *grey);

/* Checks a page size against the caps; CV_OCR_ERROR_TOO_LARGE otherwise. */
gboolean cv_ocr_check_size(guint64 width, guint64 height, guint64 max_pixels,
                           GError **error);

/* --- ocr.c: the engine --- */

/* Recognises an 8-bit grey PIX (turned upright first when orientation
 * detection is on).  The PIX is not modified. */
char *cv_ocr_recognize_pix(CvOcrEngine *engine, PIX *grey, guint dpi,
                           float *confidence, GError **error);

/* Test hook: per-page time limit in milliseconds (overrides the option). */
void cv_ocr_engine_set_timeout_ms(CvOcrEngine *engine, guint timeout_ms);

/* Benchmark hook: turns the pre-recognition smoothing off or on (on by
 * default). */
void cv_ocr_engine_set_smoothing(CvOcrEngine *engine, gboolean smooth);

/* Result of the last orientation detection of @engine: the clockwise
 * rotation applied (0, 90, 180, 270) and the detector's confidence. */
void cv_ocr_engine_last_orientation(const CvOcrEngine *engine,
                                    int *rotated_deg, float *orient_conf);

/* --- ocr-text.c: post-processing of Tesseract's text --- */

/* Joins line-end hyphenation ("adminis-\ntration" -> "administration" when
 * the next line starts with a lowercase letter), expands Latin ligatures
 * (U+FB00..U+FB06), drops trailing spaces on lines and blank lines at the
 * ends, keeps paragraph breaks.  @text must be valid UTF-8.  (transfer full) */
char *cv_ocr_text_postprocess(const char *text);

/* Fills @buf with zeros in a way the compiler cannot drop. */
void cv_ocr_wipe(void *buf, gsize len);

/* Wipes and frees a NUL-terminated string.  Accepts NULL. */
void cv_ocr_str_free(char *str);

G_END_DECLS
