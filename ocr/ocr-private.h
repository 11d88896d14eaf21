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

/* The 3x3 median of @grey (8-bit), edges replicated: removes specks and
 * grain one or two pixels wide, inside strokes too, and keeps edges.
 * (transfer full) */
PIX *cv_ocr_median3(PIX *grey);

/* Checks a page size against the caps; CV_OCR_ERROR_TOO_LARGE otherwise. */
gboolean cv_ocr_check_size(guint64 width, guint64 height, guint64 max_pixels,
                           GError **error);

/* --- ocr-clean.c: measuring and cleaning a page before recognition --- */

/* Pages below UPSCALE_BELOW_DPI (ocr-clean.c) are brought to this. */
#define CV_OCR_TARGET_DPI 300

/* Pages of more pixels are neither measured nor cleaned (a Letter page at
 * 600 dpi has 34 Mpx): each step may hold a copy of the page, and the
 * worker's address space is capped. */
#define CV_OCR_CLEAN_MAX_PIXELS G_GUINT64_CONSTANT(40000000)

/* What a cheap look at a page found (cv_ocr_page_measure). */
typedef struct {
  gboolean too_large; /* over CV_OCR_CLEAN_MAX_PIXELS: not measured */
  guint dpi;          /* resolution of the page as given */
  guint measure_dpi;  /* resolution the measurements were made at */
  gboolean bilevel;   /* only black and white pixels (fax, CCITT G4) */
  int pure;           /* percentage of pixels pure black or white */
  int bg;             /* paper level (median of the tiles' backgrounds) */
  int ink;            /* ink level (darkest 1%) */
  int bg_spread;      /* spread of the tiles' backgrounds (10th-90th) */
  int noise;          /* the paper's grain: standard deviation, grey levels */
  guint specks;       /* dark components of at most ~0.3 mm */
  guint glyphs;       /* components of a character's height */
  float skew_deg;     /* skew found, degrees (counter-clockwise) */
  float skew_conf;    /* the skew finder's confidence */
} CvOcrPageStats;

/* Cleaning steps (bit mask). */
enum {
  CV_OCR_CLEAN_BACKGROUND = 1 << 0, /* flatten the paper, stretch the ink */
  CV_OCR_CLEAN_SPECKS = 1 << 1,     /* whiten specks away from text */
  CV_OCR_CLEAN_UPSCALE = 1 << 2,    /* bring low-resolution pages to 300 dpi */
  CV_OCR_CLEAN_DESKEW = 1 << 3,     /* rotate the text level */
  CV_OCR_CLEAN_MEDIAN = 1 << 4,     /* 3x3 median: grain and pepper */
  CV_OCR_CLEAN_BILEVEL_GREY = 1 << 5, /* bilevel 300 dpi: grey at 3/4 scale */
  CV_OCR_CLEAN_ALL = 0x3f,
};

/* Measures @grey (8-bit) scanned at @dpi: a 2x-reduced copy, one
 * histogram, tile backgrounds, one binarisation, its components and skew.
 * A few tens of milliseconds a page. */
void cv_ocr_page_measure(PIX *grey, guint dpi, CvOcrPageStats *st);

/* The steps a page with these measurements needs (subset of
 * CV_OCR_CLEAN_ALL; 0 for a clean 300 dpi page). */
guint cv_ocr_clean_plan(const CvOcrPageStats *st);

/* Every step that can apply to the page, whatever its measurements say
 * (the second pass of a page read uncleaned). */
guint cv_ocr_clean_plan_all(const CvOcrPageStats *st);

/* A cleaned copy of @grey with the @steps that apply; its resolution in
 * @out_dpi, the steps done in @applied.  NULL if memory runs out.
 * Upscaling is skipped if it would pass @max_pixels. */
PIX *cv_ocr_page_clean(PIX *grey, guint dpi, const CvOcrPageStats *st,
                       guint steps, guint64 max_pixels, guint *out_dpi,
                       guint *applied);

/* Appends "dpi=... bg=... skew=..." to @out (debugging, benchmarks). */
void cv_ocr_clean_stats_describe(const CvOcrPageStats *st, GString *out);

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

/* What the engine did with the last page (benchmarks, tests). */
typedef struct {
  CvOcrPageStats stats;    /* measurements */
  guint planned;           /* cleaning steps of the first reading */
  guint applied;           /* steps applied over all readings */
  guint passes;            /* readings (1, 2 or 3) */
  int first_conf;          /* confidence of the first reading */
  int second_conf;         /* of the second pass (0: none) */
  gboolean kept_second;    /* the second pass won */
  gboolean osd;            /* the orientation detector ran */
  int conf;                /* of the reading kept */
  guint words, dict_words; /* of the reading kept */
} CvOcrPageInfo;

/* Benchmark hook: cleaning steps allowed (CV_OCR_CLEAN_ALL by default, 0
 * for none) and the second pass on pages that read badly (on). */
void cv_ocr_engine_set_cleaning(CvOcrEngine *engine, guint steps,
                                gboolean second_pass);

void cv_ocr_engine_last_page_info(const CvOcrEngine *engine, CvOcrPageInfo *info);

/* Result of the last orientation detection of @engine: the clockwise
 * rotation applied (0, 90, 180, 270) and the detector's confidence. */
void cv_ocr_engine_last_orientation(const CvOcrEngine *engine,
                                    int *rotated_deg, float *orient_conf);

/* --- ocr-text.c: post-processing of Tesseract's text --- */

/* Joins line-end hyphenation ("adminis-\ntration" -> "administration" when
 * the next line starts with a lowercase letter), expands Latin ligatures
 * (U+FB00..U+FB06), drops trailing spaces on lines and blank lines at the
 * ends, keeps paragraph breaks, mends e-mail domains OCR split at a dot
 * ("x@sympatico. ca", "x@out look.com", "x@outlook com" -> one address, known
 * top-level domains only).  @text must be valid UTF-8.  (transfer full) */
char *cv_ocr_text_postprocess(const char *text);

/* Fills @buf with zeros in a way the compiler cannot drop. */
void cv_ocr_wipe(void *buf, gsize len);

/* Wipes and frees a NUL-terminated string.  Accepts NULL. */
void cv_ocr_str_free(char *str);

G_END_DECLS
