/* pdf.c — owns the PDF reader (poppler-glib): text layer per page, and the
 * rendering of pages that need OCR.
 *
 * A page is OCR'd when its text layer is unusable: fewer than
 * CV_PDF_MIN_CHARS visible characters, or more than a fifth of them U+FFFD,
 * private-use or control characters (fonts without a Unicode map), or images
 * covering most of the page with little text (a scan with a few typed
 * words).  A page with few characters and no image is OCR'd only when a
 * 72-dpi rendering shows ink outside the boxes of the characters it has
 * (text drawn as paths, a font without glyph names): a paragraph's last line
 * overflowing onto a page of its own is not worth rendering and
 * recognising.  Mixed documents are decided page by page.  Pages are rendered
 * sequentially in the calling thread (a PopplerDocument is never used from
 * two threads) into a cairo ARGB32 surface at options.ocr_dpi, scaled down
 * to respect max_page_pixels and CV_INGEST_MAX_SIDE, painted white
 * underneath, converted to 8-bit grey and handed to the OCR batch.
 * Poppler's own diagnostics (log domain "Poppler") are discarded: they can
 * quote names and strings from the document.
 */
#include "ingest-private.h"

#include <cairo.h>
#include <gio/gio.h>
#include <math.h>
#include <poppler.h>
#include <sodium.h>
#include <string.h>

#define CV_PDF_MIN_CHARS 10        /* below: no usable text layer */
#define CV_PDF_FEW_CHARS 120       /* below: check the image coverage */
#define CV_PDF_IMAGE_COVERAGE 0.6  /* of the page area */
#define CV_PDF_BAND_PIXELS ((guint64)48 * 1000 * 1000) /* ARGB band: 192 MB */
#define CV_PDF_INK_DPI 72.0        /* the look at a page with few characters */
#define CV_PDF_INK_FRACTION 0.0005 /* of its pixels dark outside the text */

static void
discard_log(const gchar *domain, GLogLevelFlags level, const gchar *message,
            gpointer user_data)
{
}

static void
pdf_init_once(void)
{
  static gsize once = 0;
  if (g_once_init_enter(&once)) {
    g_log_set_handler("Poppler",
                      G_LOG_LEVEL_MASK | G_LOG_FLAG_FATAL | G_LOG_FLAG_RECURSION,
                      discard_log, NULL);
    g_once_init_leave(&once, 1);
  }
}

/* TRUE if @s has a character other than whitespace. */
static gboolean
has_visible_text(const char *s)
{
  for (; s != NULL && *s; s++)
    if (!g_ascii_isspace(*s))
      return TRUE;
  return FALSE;
}

/* Counts visible characters and "bad" ones (U+FFFD, private use, control
 * characters other than whitespace). */
static void
text_census(const char *text, gsize *good, gsize *bad)
{
  *good = 0;
  *bad = 0;
  if (text == NULL)
    return;
  const char *p = text;
  while (*p) {
    guchar a = (guchar)*p;
    if (a < 0x80) { /* ASCII fast path */
      p++;
      if (a == ' ' || a == '\n' || a == '\t' || a == '\r' || a == '\f' ||
          a == '\v')
        continue;
      if (a < 0x20 || a == 0x7F)
        (*bad)++;
      else
        (*good)++;
      continue;
    }
    gunichar c = g_utf8_get_char_validated(p, -1);
    if (c == (gunichar)-1 || c == (gunichar)-2) {
      (*bad)++;
      p++;
      continue;
    }
    p = g_utf8_next_char(p);
    if (g_unichar_isspace(c))
      continue;
    if (c == 0xFFFD || (c >= 0xE000 && c <= 0xF8FF) || c >= 0xF0000 ||
        (c < 0x20) || (c >= 0x7F && c < 0xA0))
      (*bad)++;
    else
      (*good)++;
  }
}

/* Fraction of the page covered by images (union approximated by the sum,
 * each clipped to the page), 0..1. */
static double
image_coverage(PopplerPage *page)
{
  double w = 0, h = 0;
  poppler_page_get_size(page, &w, &h);
  if (!(w > 0) || !(h > 0))
    return 0;
  GList *map = poppler_page_get_image_mapping(page);
  double area = 0;
  for (GList *l = map; l != NULL; l = l->next) {
    PopplerImageMapping *m = l->data;
    double x1 = CLAMP(MIN(m->area.x1, m->area.x2), 0, w);
    double x2 = CLAMP(MAX(m->area.x1, m->area.x2), 0, w);
    double y1 = CLAMP(MIN(m->area.y1, m->area.y2), 0, h);
    double y2 = CLAMP(MAX(m->area.y1, m->area.y2), 0, h);
    area += (x2 - x1) * (y2 - y1);
  }
  poppler_page_free_image_mapping(map);
  return MIN(area / (w * h), 1.0);
}

/* TRUE if @page has an image (any size). */
static gboolean
has_image(PopplerPage *page)
{
  GList *map = poppler_page_get_image_mapping(page);
  gboolean any = map != NULL;
  poppler_page_free_image_mapping(map);
  return any;
}

/* TRUE if a CV_PDF_INK_DPI rendering of @page (no image on it) has more
 * than CV_PDF_INK_FRACTION of its pixels dark outside the boxes of the
 * characters of its text layer: something is drawn that the layer does not
 * hold.  The page is small at that resolution (~0.5 Mpx for Letter); pages
 * whose rendering would exceed 4 Mpx are taken as inked. */
static gboolean
has_ink_beyond_text(PopplerPage *page)
{
  double wpt = 0, hpt = 0;
  poppler_page_get_size(page, &wpt, &hpt);
  if (!(wpt > 0) || !(hpt > 0) || !isfinite(wpt) || !isfinite(hpt))
    return FALSE;
  double scale = CV_PDF_INK_DPI / 72.0;
  if (wpt * scale * hpt * scale > 4e6)
    return TRUE;
  int w = MAX(1, (int)ceil(wpt * scale)), h = MAX(1, (int)ceil(hpt * scale));
  cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
  if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS) {
    cairo_surface_destroy(s);
    return TRUE;
  }
  cairo_t *cr = cairo_create(s);
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_paint(cr);
  cairo_scale(cr, scale, scale);
  poppler_page_render(page, cr);
  cairo_destroy(cr);
  cairo_surface_flush(s);
  guint8 *data = cairo_image_surface_get_data(s);
  int stride = cairo_image_surface_get_stride(s);

  /* Blank the boxes of the layer's characters (1 pt of margin). */
  PopplerRectangle *rects = NULL;
  guint n = 0;
  if (poppler_page_get_text_layout(page, &rects, &n)) {
    for (guint i = 0; i < n; i++) {
      /* clamped as doubles: a hostile layout may hold NaN or 1e300 */
      double fx1 = floor((MIN(rects[i].x1, rects[i].x2) - 1) * scale);
      double fx2 = ceil((MAX(rects[i].x1, rects[i].x2) + 1) * scale);
      double fy1 = floor((MIN(rects[i].y1, rects[i].y2) - 1) * scale);
      double fy2 = ceil((MAX(rects[i].y1, rects[i].y2) + 1) * scale);
      if (!isfinite(fx1) || !isfinite(fx2) || !isfinite(fy1) || !isfinite(fy2))
        continue;
      int x1 = (int)CLAMP(fx1, 0, w), x2 = (int)CLAMP(fx2, 0, w);
      int y1 = (int)CLAMP(fy1, 0, h), y2 = (int)CLAMP(fy2, 0, h);
      if (x2 <= x1 || y2 <= y1)
        continue;
      for (int y = y1; y < y2; y++)
        memset(data + (gsize)y * stride + (gsize)x1 * 4, 0xFF,
               (gsize)(x2 - x1) * 4);
    }
    g_free(rects);
  }
  guint64 dark = 0;
  for (int y = 0; y < h; y++) {
    const guint32 *row = (const guint32 *)(data + (gsize)y * stride);
    for (int x = 0; x < w; x++) {
      guint32 px = row[x];
      guint r = (px >> 16) & 0xFF, g = (px >> 8) & 0xFF, bl = px & 0xFF;
      dark += (r * 77 + g * 150 + bl * 29) >> 8 < 160;
    }
  }
  sodium_memzero(data, (gsize)stride * h);
  cairo_surface_destroy(s);
  return (double)dark > CV_PDF_INK_FRACTION * w * h;
}

/* Renders @page to 8-bit grey (0 = black).  Returns NULL (with a warning in
 * @b) when the page cannot be rendered. */
static guint8 *
render_grey(CvExtractor *ex, CvDocBuilder *b, PopplerPage *page, guint index,
            guint *out_w, guint *out_h, guint *out_dpi)
{
  double wpt = 0, hpt = 0;
  poppler_page_get_size(page, &wpt, &hpt);
  if (!(wpt > 0) || !(hpt > 0) || !isfinite(wpt) || !isfinite(hpt)) {
    cv_doc_builder_warn(b, "page %u: invalid page size, not OCR'd", index + 1);
    return NULL;
  }
  double scale = ex->opt.ocr_dpi / 72.0;
  double wpx = wpt * scale, hpx = hpt * scale;
  double side = MAX(wpx, hpx);
  if (side > CV_INGEST_MAX_SIDE)
    scale *= CV_INGEST_MAX_SIDE / side;
  wpx = wpt * scale;
  hpx = hpt * scale;
  if (wpx * hpx > (double)ex->opt.max_page_pixels)
    scale *= sqrt((double)ex->opt.max_page_pixels / (wpx * hpx));
  guint w = (guint)floor(wpt * scale);
  guint h = (guint)floor(hpt * scale);
  double dpi = scale * 72.0;
  if (w < 16 || h < 16 || dpi < 20) {
    cv_doc_builder_warn(b, "page %u: too large to render (%.0f x %.0f pt), "
                        "not OCR'd", index + 1, wpt, hpt);
    return NULL;
  }
  if (dpi < ex->opt.ocr_dpi * 0.9)
    cv_doc_builder_warn(b, "page %u: rendered at %.0f dpi (pixel cap)",
                        index + 1, dpi);

  /* Render in horizontal bands of at most CV_PDF_BAND_PIXELS so that the
   * ARGB surface stays small next to the grey image; a normal page at
   * 300 dpi is a single band. */
  guint band_h = (guint)MAX(1, MIN((guint64)h, CV_PDF_BAND_PIXELS / w));
  cairo_surface_t *surface =
      cairo_image_surface_create(CAIRO_FORMAT_ARGB32, (int)w, (int)band_h);
  if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) {
    cairo_surface_destroy(surface);
    cv_doc_builder_warn(b, "page %u: cannot allocate the render, not OCR'd",
                        index + 1);
    return NULL;
  }
  guint8 *grey = g_try_malloc((gsize)w * h);
  if (grey == NULL) {
    cairo_surface_destroy(surface);
    cv_doc_builder_warn(b, "page %u: cannot allocate the render, not OCR'd",
                        index + 1);
    return NULL;
  }
  guint8 *argb = cairo_image_surface_get_data(surface);
  int astride = cairo_image_surface_get_stride(surface);
  for (guint y0 = 0; y0 < h; y0 += band_h) {
    guint rows = MIN(band_h, h - y0);
    cairo_t *cr = cairo_create(surface);
    cairo_set_operator(cr, CAIRO_OPERATOR_CLEAR);
    cairo_paint(cr);
    cairo_set_operator(cr, CAIRO_OPERATOR_OVER);
    cairo_translate(cr, 0, -(double)y0);
    cairo_scale(cr, scale, scale);
    poppler_page_render(page, cr);
    cairo_identity_matrix(cr);
    cairo_set_operator(cr, CAIRO_OPERATOR_DEST_OVER);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    cairo_destroy(cr);
    cairo_surface_flush(surface);
    for (guint y = 0; y < rows; y++) {
      const guint32 *row = (const guint32 *)(argb + (gsize)y * astride);
      guint8 *out = grey + (gsize)(y0 + y) * w;
      for (guint x = 0; x < w; x++) {
        guint32 px = row[x]; /* native-endian 0xAARRGGBB, alpha is 255 */
        guint r = (px >> 16) & 0xFF, g = (px >> 8) & 0xFF, bl = px & 0xFF;
        out[x] = (guint8)((r * 77 + g * 150 + bl * 29) >> 8);
      }
    }
  }
  sodium_memzero(argb, (gsize)astride * band_h);
  cairo_surface_destroy(surface);
  *out_w = w;
  *out_h = h;
  *out_dpi = (guint)lround(dpi);
  return grey;
}

/* Decides whether page @i needs OCR (see the top of this file). */
static gboolean
page_needs_ocr(CvExtractor *ex, CvDocBuilder *b, PopplerPage *page, int i,
               const char *text)
{
  gsize good = 0, bad = 0;
  text_census(text, &good, &bad);
  gboolean unmapped = bad * 5 > good + bad;
  gboolean need = good < CV_PDF_MIN_CHARS || unmapped;
  if (!need && good < CV_PDF_FEW_CHARS &&
      image_coverage(page) >= CV_PDF_IMAGE_COVERAGE)
    need = TRUE;
  /* Few characters and no image: OCR only what the layer lacks. */
  if (need && !unmapped && !ex->opt.no_ocr && !has_image(page) &&
      !has_ink_beyond_text(page))
    need = FALSE;
  if (need && ex->opt.no_ocr) {
    if (good + bad > 0)
      cv_doc_builder_warn(b, "page %d: text layer looks unusable (OCR "
                          "disabled)", i + 1);
    return FALSE;
  }
  return need;
}

static gboolean
read_pages(CvExtractor *ex, CvDocBuilder *b, PopplerDocument *doc,
           GError **error)
{
  int n = poppler_document_get_n_pages(doc);
  if (n <= 0) {
    cv_doc_builder_warn(b, "PDF without pages");
    return TRUE;
  }
  if ((guint)n > ex->opt.max_pages) {
    g_set_error(error, CV_INGEST_ERROR, CV_INGEST_ERROR_TOO_LARGE,
                "PDF has %d pages (limit %u)", n, ex->opt.max_pages);
    return FALSE;
  }
  /* Text layers, kept until the OCR results arrive (fallback if OCR fails). */
  char **layer = g_new0(char *, (gsize)n + 1);
  gboolean *ocr = g_new0(gboolean, (gsize)n + 1);
  g_autoptr(CvOcrBatch) batch = NULL;
  gboolean ok = TRUE;

  for (int i = 0; i < n && ok; i++) {
    if (!cv_extractor_check_time(ex, error)) {
      ok = FALSE;
      break;
    }
    PopplerPage *page = poppler_document_get_page(doc, i);
    if (page == NULL) {
      cv_doc_builder_warn(b, "page %d: cannot be read", i + 1);
      layer[i] = g_strdup("");
      continue;
    }
    layer[i] = poppler_page_get_text(page);
    if (layer[i] == NULL)
      layer[i] = g_strdup("");
    guint8 *grey = NULL;
    guint w = 0, h = 0, dpi = 0;
    if (page_needs_ocr(ex, b, page, i, layer[i])) {
      if (cv_extractor_defer_ocr_here(ex, error)) {
        g_object_unref(page);
        ok = FALSE;
        break;
      }
      gint64 t0 = cv_thread_cpu_ns();
      grey = render_grey(ex, b, page, (guint)i, &w, &h, &dpi);
      __atomic_fetch_add(&ex->cpu_ocr_ns, cv_thread_cpu_ns() - t0,
                         __ATOMIC_RELAXED);
    }
    g_object_unref(page);
    if (grey == NULL)
      continue;
    if (batch == NULL)
      batch = cv_ocr_batch_new(ex, (guint)n);
    ocr[i] = TRUE;
    cv_ocr_batch_push(batch, (guint)i, grey, w, h, w, dpi, NULL);
  }
  if (batch != NULL) {
    cv_ocr_batch_wait(batch);
    if (ok && cv_ocr_batch_engine_failed(batch)) {
      for (int i = 0; i < n; i++) {
        if (!ocr[i])
          continue;
        float conf;
        g_auto(CvWipedStr) t = cv_ocr_batch_take(batch, (guint)i, &conf, error);
        if (t == NULL)
          break;
      }
      ok = FALSE;
    }
  }

  for (int i = 0; i < n && ok; i++) {
    if (ocr[i]) {
      g_autoptr(GError) oerr = NULL;
      float conf = -1.0f;
      g_auto(CvWipedStr) text = cv_ocr_batch_take(batch, (guint)i, &conf, &oerr);
      /* OCR that read nothing where the text layer has something keeps
       * the layer: in the confined worker, glyphs of fonts the PDF does not
       * embed are not drawn (ARCHITECTURE.md), so a page of a few words in
       * such a font renders blank. */
      if (text != NULL &&
          (has_visible_text(text) || !has_visible_text(layer[i]))) {
        ok = cv_doc_builder_add_page(b, text, strlen(text), CV_PAGE_OCR,
                                     conf, error);
        continue;
      }
      if (text == NULL)
        cv_doc_builder_warn(b, "page %d: OCR failed: %s", i + 1,
                            oerr != NULL ? oerr->message : "unknown error");
      /* fall back on whatever the text layer had */
    }
    ok = cv_doc_builder_add_page(b, layer[i], strlen(layer[i]), CV_PAGE_TEXT,
                                 -1.0f, error);
  }

  for (int i = 0; i < n; i++)
    cv_wipe_free(layer[i]);
  g_free(layer);
  g_free(ocr);
  return ok;
}

/* A one-page PDF with text in a font it does not embed (Helvetica). */
static const char warm_pdf[] =
    "%PDF-1.4\n"
    "1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 72 72]"
    "/Resources<</Font<</F1 4 0 R>>>>/Contents 5 0 R>>endobj\n"
    "4 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\n"
    "5 0 obj<</Length 35>>stream\nBT /F1 12 Tf 9 30 Td (Caviar) Tj ET\n"
    "endstream endobj\n"
    "trailer<</Root 1 0 R>>\n%%EOF\n";

void
cv_pdf_preload(void)
{
  pdf_init_once();
  /* Poppler reads its data directories (unicodeMap, nameToUnicode...) when
   * the first document is opened and drops them when the last one is
   * freed: this one is never freed, so they stay loaded. */
  static PopplerDocument *keep_alive = NULL;
  if (keep_alive != NULL)
    return;
  g_autoptr(GBytes) bytes = g_bytes_new_static(warm_pdf, sizeof warm_pdf - 1);
  keep_alive = poppler_document_new_from_bytes(bytes, NULL, NULL);
  if (keep_alive == NULL)
    return;
  /* One text extraction and one render: cairo, FreeType and fontconfig
   * initialise themselves. */
  PopplerPage *page = poppler_document_get_page(keep_alive, 0);
  if (page != NULL) {
    g_free(poppler_page_get_text(page));
    cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 8, 8);
    cairo_t *cr = cairo_create(s);
    poppler_page_render(page, cr);
    cairo_destroy(cr);
    cairo_surface_destroy(s);
    g_object_unref(page);
  }
}

gboolean
cv_read_pdf(CvExtractor *ex, CvDocBuilder *b, GBytes *bytes, GError **error)
{
  pdf_init_once();
  g_autoptr(GError) perr = NULL;
  PopplerDocument *doc;
  if (ex->pdf_password == NULL) {
    doc = poppler_document_new_from_bytes(bytes, NULL, &perr);
  } else {
    /* Poppler 22.12's new_from_bytes() retries a wrong password on a
     * stream it has already freed and crashes; new_from_stream() does
     * not (tests/test-ingest.c /ingest/pdf/encrypted). */
    GInputStream *in = g_memory_input_stream_new_from_bytes(bytes);
    doc = poppler_document_new_from_stream(in, (goffset)g_bytes_get_size(bytes),
                                           ex->pdf_password, NULL, &perr);
    g_object_unref(in);
  }
  if (doc == NULL) {
    if (g_error_matches(perr, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED))
      g_set_error_literal(error, CV_INGEST_ERROR, CV_INGEST_ERROR_ENCRYPTED,
                          ex->pdf_password != NULL
                              ? "encrypted PDF: wrong password"
                              : "encrypted PDF: give the password with "
                                "--pdf-password-file or $CAVIAR_PDF_PASSWORD");
    else
      g_set_error_literal(error, CV_INGEST_ERROR, CV_INGEST_ERROR_DAMAGED,
                          "damaged PDF: cannot be parsed");
    return FALSE;
  }

  gboolean ok = read_pages(ex, b, doc, error);
  g_object_unref(doc);
  return ok;
}

