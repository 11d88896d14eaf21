/* cv-ocr.h — public API of the OCR stage (Tesseract + Leptonica).
 *
 * A CvOcrEngine wraps one TessBaseAPI: initialised once, reused across
 * pages, never shared between threads.  Everything happens in memory: no
 * image or text is written to disk.  Low-confidence words are never
 * dropped (they may be identifiers that still have to be redacted).
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define CV_OCR_ERROR (cv_ocr_error_quark())
GQuark cv_ocr_error_quark(void);
typedef enum {
  CV_OCR_ERROR_INIT,      /* models missing, bad language */
  CV_OCR_ERROR_TOO_LARGE, /* pixel or page cap */
  CV_OCR_ERROR_TIMEOUT,   /* per-page time limit */
  CV_OCR_ERROR_IMAGE,     /* image cannot be decoded */
  CV_OCR_ERROR_FAILED,
} CvOcrError;

typedef struct {
  const char *langs;     /* "fra+eng" */
  guint page_timeout_s;  /* 0: 120 s */
  guint64 max_pixels;    /* 0: 200 Mpx */
  guint max_pages;       /* 0: 5000 (for multi-page images) */
  gboolean detect_orientation; /* turn 90/180/270 pages upright; TRUE by default via cv_ocr_options_init */
} CvOcrOptions;

void cv_ocr_options_init(CvOcrOptions *options);

/* Process-wide set-up, idempotent and thread-safe: one thread per engine
 * (Tesseract's OpenMP loops run on the caller's thread; OMP_THREAD_LIMIT=1
 * is also set for child processes if unset), and Tesseract's and
 * Leptonica's messages sent nowhere.  cv_ocr_engine_new() calls it; call
 * it yourself before confining the process (a sandbox that forbids opening
 * files for writing), because Tesseract opens its message sink, /dev/null,
 * on first use. */
void cv_ocr_process_init(void);

typedef struct _CvOcrEngine CvOcrEngine;

CvOcrEngine *cv_ocr_engine_new(const CvOcrOptions *options, GError **error);
void cv_ocr_engine_free(CvOcrEngine *engine);

/* Reads what @engine would otherwise open lazily (the orientation model,
 * ~10 MiB, kept in memory for the whole process) so that the process can
 * then be confined without access to the file system: the detector is
 * initialised from those bytes the first time a page needs it.  The
 * recognition models themselves are loaded by cv_ocr_engine_new(): Tesseract
 * 5.3's C API can initialise one language from memory (TessBaseAPIInit5)
 * but reads every further language of "fra+eng" from a file, so a confined
 * process must create its engines before confinement. */
gboolean cv_ocr_engine_preload(CvOcrEngine *engine, GError **error);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CvOcrEngine, cv_ocr_engine_free)

/* Recognises one 8-bit grey image (0 = black) of @width x @height pixels,
 * @stride bytes a row, scanned at @dpi.  Returns the page text (UTF-8,
 * g_free) and its mean word confidence 0..100 in @confidence. */
char *cv_ocr_recognize_grey(CvOcrEngine *engine, const guint8 *pixels,
                            guint width, guint height, gsize stride, guint dpi,
                            float *confidence, GError **error);

/* Number of pages (frames) of an encoded image (PNG, JPEG, TIFF incl.
 * multi-page and CCITT G4, and what else Leptonica reads), or -1 with
 * @error set if it cannot be decoded (CV_OCR_ERROR_IMAGE) or has more than
 * the default 5000 pages (CV_OCR_ERROR_TOO_LARGE). */
int cv_ocr_image_page_count(GBytes *image, GError **error);

/* Same as cv_ocr_image_page_count(), with @engine's max_pages cap instead
 * of the default: CV_OCR_ERROR_TOO_LARGE when the image has more pages. */
int cv_ocr_engine_image_page_count(CvOcrEngine *engine, GBytes *image,
                                   GError **error);

/* Recognises page @page (0-based) of an encoded image. */
char *cv_ocr_recognize_image(CvOcrEngine *engine, GBytes *image, guint page,
                             float *confidence, GError **error);

G_END_DECLS
