/* ocr-image.c — decoding of encoded page images (PNG, JPEG, TIFF incl.
 * multi-page and CCITT G3/G4, BMP, PNM, GIF, JPEG 2000, WebP) with
 * Leptonica, entirely from memory, into the 8-bit grey pages the engine
 * reads.  Owns the format allow-list, the page and pixel caps checked from
 * headers before any pixel is decoded, and the conversion of every depth,
 * colormap and alpha layout to grey with square pixels.
 *
 * Leptonica reads memory through fmemopen() (checked: this build does not
 * fall back to temporary files) or its own memory streams for TIFF.
 */
#define _GNU_SOURCE
#include "ocr-private.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

/* Leptonica's format detection reads this many bytes without a length. */
#define CV_OCR_MIN_IMAGE_BYTES 16

/* Leptonica's header readers take an l_int32 size. */
#define CV_OCR_MAX_IMAGE_BYTES ((gsize)G_MAXINT32)

static void
lept_stderr_sink(const char *msg)
{
  (void)msg; /* Leptonica's messages name functions, never pixels. */
}

void
cv_ocr_lept_quiet(void)
{
  static gsize once = 0;
  if (g_once_init_enter(&once)) {
    leptSetStderrHandler(lept_stderr_sink);
    g_once_init_leave(&once, 1);
  }
}

void
cv_ocr_wipe(void *buf, gsize len)
{
  if (buf == NULL || len == 0)
    return;
  /* memset at memory speed (pages are megabytes), then a compiler barrier
   * so the stores are not dropped as dead. */
  memset(buf, 0, len);
  __asm__ __volatile__("" : : "r"(buf) : "memory");
}

void
cv_ocr_str_free(char *str)
{
  if (str == NULL)
    return;
  cv_ocr_wipe(str, strlen(str));
  g_free(str);
}

void
cv_ocr_pix_free(PIX *pix)
{
  if (pix == NULL)
    return;
  /* Wipe only the last reference: clones share the pixels. */
  if (pixGetRefcount(pix) == 1) {
    l_uint32 *data = pixGetData(pix);
    if (data != NULL)
      cv_ocr_wipe(data, (gsize)pixGetWpl(pix) * 4 * (gsize)pixGetHeight(pix));
  }
  pixDestroy(&pix);
}

gboolean
cv_ocr_check_size(guint64 width, guint64 height, guint64 max_pixels,
                  GError **error)
{
  if (width == 0 || height == 0) {
    g_set_error(error, CV_OCR_ERROR, CV_OCR_ERROR_IMAGE,
                "image has no pixels (%" G_GUINT64_FORMAT "x%" G_GUINT64_FORMAT ")",
                width, height);
    return FALSE;
  }
  if (width > CV_OCR_MAX_SIDE || height > CV_OCR_MAX_SIDE) {
    g_set_error(error, CV_OCR_ERROR, CV_OCR_ERROR_TOO_LARGE,
                "page is %" G_GUINT64_FORMAT "x%" G_GUINT64_FORMAT
                " pixels; the OCR engine takes at most %d pixels a side",
                width, height, CV_OCR_MAX_SIDE);
    return FALSE;
  }
  if (width * height > max_pixels) {
    g_set_error(error, CV_OCR_ERROR, CV_OCR_ERROR_TOO_LARGE,
                "page has %" G_GUINT64_FORMAT " pixels (%" G_GUINT64_FORMAT
                "x%" G_GUINT64_FORMAT "); the limit is %" G_GUINT64_FORMAT,
                width * height, width, height, max_pixels);
    return FALSE;
  }
  return TRUE;
}

static gboolean
format_is_tiff(l_int32 format)
{
  return L_FORMAT_IS_TIFF(format);
}

/* Formats decoded here: the raster formats scanners and phones produce.
 * Leptonica's own serialisation (SPIX) and anything it cannot read
 * (PostScript, PDF) are refused. */
static gboolean
format_is_allowed(l_int32 format)
{
  switch (format) {
  case IFF_BMP:
  case IFF_JFIF_JPEG:
  case IFF_PNG:
  case IFF_PNM:
  case IFF_GIF:
  case IFF_JP2:
  case IFF_WEBP:
    return TRUE;
  default:
    return format_is_tiff(format);
  }
}

/* Detects the format of @image; CV_OCR_ERROR_IMAGE when it is not one we
 * decode. */
static gboolean
image_format(GBytes *image, const guint8 **data, gsize *size, l_int32 *format,
             GError **error)
{
  g_return_val_if_fail(image != NULL, FALSE);
  *data = g_bytes_get_data(image, size);
  if (*data == NULL || *size < CV_OCR_MIN_IMAGE_BYTES) {
    g_set_error(error, CV_OCR_ERROR, CV_OCR_ERROR_IMAGE,
                "image is too short to decode (%" G_GSIZE_FORMAT " bytes)", *size);
    return FALSE;
  }
  if (*size > CV_OCR_MAX_IMAGE_BYTES) {
    g_set_error(error, CV_OCR_ERROR, CV_OCR_ERROR_TOO_LARGE,
                "image is %" G_GSIZE_FORMAT " bytes; the limit is %" G_GSIZE_FORMAT,
                *size, CV_OCR_MAX_IMAGE_BYTES);
    return FALSE;
  }
  cv_ocr_lept_quiet();
  *format = IFF_UNKNOWN;
  if (findFileFormatBuffer(*data, format) != 0 || !format_is_allowed(*format)) {
    g_set_error(error, CV_OCR_ERROR, CV_OCR_ERROR_IMAGE,
                "not an image format the OCR stage decodes");
    return FALSE;
  }
  return TRUE;
}

static int
tiff_count_pages(const guint8 *data, gsize size, GError **error)
{
  /* fmemopen: a read-only stream over our buffer, no file involved. */
  FILE *fp = fmemopen((void *)data, size, "rb");
  if (fp == NULL) {
    g_set_error(error, CV_OCR_ERROR, CV_OCR_ERROR_FAILED,
                "cannot open a memory stream: %s", g_strerror(errno));
    return -1;
  }
  l_int32 n = 0;
  l_ok rc = tiffGetCount(fp, &n);
  fclose(fp);
  if (rc != 0 || n <= 0) {
    g_set_error(error, CV_OCR_ERROR, CV_OCR_ERROR_IMAGE,
                "TIFF image cannot be decoded (no readable page)");
    return -1;
  }
  return n;
}

int
cv_ocr_image_count_pages(GBytes *image, guint max_pages, GError **error)
{
  const guint8 *data;
  gsize size;
  l_int32 format;
  if (!image_format(image, &data, &size, &format, error))
    return -1;
  if (max_pages == 0)
    max_pages = CV_OCR_DEFAULT_MAX_PAGES;

  int n = 1;
  if (format_is_tiff(format)) {
    n = tiff_count_pages(data, size, error);
    if (n < 0)
      return -1;
  }
  /* The first page's header must at least be readable. */
  l_int32 w = 0, h = 0, bps = 0, spp = 0, cmap = 0, fmt = 0, res = 0;
  l_ok rc = format_is_tiff(format)
                ? readHeaderMemTiff(data, size, 0, &w, &h, &bps, &spp, &res, &cmap, &fmt)
                : pixReadHeaderMem(data, size, &fmt, &w, &h, &bps, &spp, &cmap);
  if (rc != 0 || w <= 0 || h <= 0) {
    g_set_error(error, CV_OCR_ERROR, CV_OCR_ERROR_IMAGE,
                "image header cannot be decoded");
    return -1;
  }
  if ((guint)n > max_pages) {
    g_set_error(error, CV_OCR_ERROR, CV_OCR_ERROR_TOO_LARGE,
                "image has %d pages; the limit is %u", n, max_pages);
    return -1;
  }
  return n;
}

int
cv_ocr_image_page_count(GBytes *image, GError **error)
{
  return cv_ocr_image_count_pages(image, CV_OCR_DEFAULT_MAX_PAGES, error);
}

static gboolean
has_alpha(PIX *pix)
{
  if (pixGetDepth(pix) == 32 && pixGetSpp(pix) == 4)
    return TRUE;
  PIXCMAP *cmap = pixGetColormap(pix);
  l_int32 opaque = 1;
  return cmap != NULL && pixcmapIsOpaque(cmap, &opaque) == 0 && !opaque;
}

PIX *
cv_ocr_pix_to_grey(PIX *pix, GError **error)
{
  g_return_val_if_fail(pix != NULL, NULL);
  g_autoptr(CvOcrPix) flat = NULL;
  /* Alpha (RGBA, or a colormap with transparency) is blended over white. */
  if (has_alpha(pix))
    flat = pixRemoveAlpha(pix);
  else
    flat = pixClone(pix);
  if (flat == NULL)
    goto fail;

  PIX *grey = NULL;
  if (pixGetDepth(flat) == 32)
    grey = pixConvertRGBToLuminance(flat);
  else
    grey = pixConvertTo8(flat, FALSE); /* colormaps go to grey */
  if (grey == NULL)
    goto fail;
  if (pixGetDepth(grey) != 8 || pixGetColormap(grey) != NULL) {
    cv_ocr_pix_free(grey);
    goto fail;
  }
  pixSetSpp(grey, 1);
  pixCopyResolution(grey, pix);
  return grey;

fail:
  g_set_error(error, CV_OCR_ERROR, CV_OCR_ERROR_IMAGE,
              "cannot convert a %d-bit image to grey", pixGetDepth(pix));
  return NULL;
}

/* A credible scanning resolution, else 0. */
static l_int32
credible_res(l_int32 res)
{
  return (res >= 70 && res <= 2400) ? res : 0;
}

/* TRUE if the 8-bit @grey holds only black and white. */
static gboolean
pure_bilevel(PIX *grey)
{
  NUMA *na = pixGetGrayHistogram(grey, 4);
  if (na == NULL)
    return FALSE;
  l_float32 black = 0, white = 0, total = 0;
  numaGetFValue(na, 0, &black);
  numaGetFValue(na, 255, &white);
  numaGetSum(na, &total);
  numaDestroy(&na);
  return total > 0 && black + white == total;
}

PIX *
cv_ocr_image_decode_grey(GBytes *image, guint page, guint64 max_pixels,
                         GError **error)
{
  const guint8 *data;
  gsize size;
  l_int32 format;
  if (!image_format(image, &data, &size, &format, error))
    return NULL;
  if (max_pixels == 0)
    max_pixels = CV_OCR_DEFAULT_MAX_PIXELS;

  /* Size from the header first: a decompression bomb is refused before a
   * single row is inflated. */
  l_int32 w = 0, h = 0, bps = 0, spp = 0, cmap = 0, fmt = 0, res = 0;
  l_ok rc;
  if (format_is_tiff(format)) {
    if (page > G_MAXINT32) {
      g_set_error(error, CV_OCR_ERROR, CV_OCR_ERROR_IMAGE, "no page %u in image", page);
      return NULL;
    }
    rc = readHeaderMemTiff(data, size, (l_int32)page, &w, &h, &bps, &spp, &res, &cmap, &fmt);
  } else {
    if (page != 0) {
      g_set_error(error, CV_OCR_ERROR, CV_OCR_ERROR_IMAGE,
                  "no page %u in a single-page image", page);
      return NULL;
    }
    rc = pixReadHeaderMem(data, size, &fmt, &w, &h, &bps, &spp, &cmap);
  }
  if (rc != 0 || w <= 0 || h <= 0) {
    g_set_error(error, CV_OCR_ERROR, CV_OCR_ERROR_IMAGE,
                "image header cannot be decoded (page %u)", page);
    return NULL;
  }
  if (!cv_ocr_check_size((guint64)w, (guint64)h, max_pixels, error))
    return NULL;

  g_autoptr(CvOcrPix) pix = format_is_tiff(format)
                                ? pixReadMemTiff(data, size, (l_int32)page)
                                : pixReadMem(data, size);
  if (pix == NULL) {
    g_set_error(error, CV_OCR_ERROR, CV_OCR_ERROR_IMAGE,
                "image cannot be decoded (page %u)", page);
    return NULL;
  }
  /* The decoder must agree with the header it was checked against. */
  if (pixGetWidth(pix) != w || pixGetHeight(pix) != h) {
    if (!cv_ocr_check_size((guint64)pixGetWidth(pix), (guint64)pixGetHeight(pix),
                           max_pixels, error))
      return NULL;
  }

  g_autoptr(CvOcrPix) grey = cv_ocr_pix_to_grey(pix, error);
  if (grey == NULL)
    return NULL;
  g_clear_pointer(&pix, cv_ocr_pix_free);

  /* Faxes are scanned with rectangular pixels (204x98 dpi): stretch the
   * coarse axis so characters have their real shape. */
  l_int32 xres = credible_res(pixGetXRes(grey)), yres = credible_res(pixGetYRes(grey));
  if (xres > 0 && yres > 0 && ABS(xres - yres) * 50 > MAX(xres, yres)) {
    double sx = xres < yres ? (double)yres / xres : 1.0;
    double sy = yres < xres ? (double)xres / yres : 1.0;
    guint64 nw = (guint64)(pixGetWidth(grey) * sx + 0.5);
    guint64 nh = (guint64)(pixGetHeight(grey) * sy + 0.5);
    if (!cv_ocr_check_size(nw, nh, max_pixels, error))
      return NULL;
    /* A bilevel page stays bilevel (rows or columns repeated): measured
     * as one, it is cleaned as one. */
    PIX *square = pure_bilevel(grey)
                      ? pixScaleBySampling(grey, (l_float32)sx, (l_float32)sy)
                      : pixScale(grey, (l_float32)sx, (l_float32)sy);
    if (square == NULL) {
      g_set_error(error, CV_OCR_ERROR, CV_OCR_ERROR_FAILED, "cannot rescale a page");
      return NULL;
    }
    pixSetResolution(square, MAX(xres, yres), MAX(xres, yres));
    cv_ocr_pix_free(g_steal_pointer(&grey));
    grey = square;
  } else {
    l_int32 r = yres > 0 ? yres : xres;
    pixSetResolution(grey, r, r);
  }
  return g_steal_pointer(&grey);
}

PIX *
cv_ocr_smooth3(PIX *grey)
{
  g_return_val_if_fail(grey != NULL && pixGetDepth(grey) == 8, NULL);
  int w = pixGetWidth(grey), h = pixGetHeight(grey);
  PIX *out = pixCreateNoInit(w, h, 8);
  if (out == NULL)
    return NULL;
  pixCopyResolution(out, grey);
  int wpl = pixGetWpl(grey), owpl = pixGetWpl(out);
  const l_uint32 *data = pixGetData(grey);
  l_uint32 *odata = pixGetData(out);
  /* Column sums of three rows (edges replicated), then three columns:
   * one pass, a row of 16-bit sums, no page-sized accumulator (Leptonica's
   * pixBlockconv allocates a 32-bit one: 4 bytes a pixel, page faults
   * included, cost more than the filter). */
  g_autofree guint16 *cs = g_new(guint16, (gsize)w + 2);
  for (int y = 0; y < h; y++) {
    const l_uint32 *up = data + (gsize)MAX(y - 1, 0) * wpl;
    const l_uint32 *mid = data + (gsize)y * wpl;
    const l_uint32 *down = data + (gsize)MIN(y + 1, h - 1) * wpl;
    for (int x = 0; x < w; x++)
      cs[x + 1] = (guint16)(GET_DATA_BYTE(up, x) + GET_DATA_BYTE(mid, x) +
                            GET_DATA_BYTE(down, x));
    cs[0] = cs[1];
    cs[w + 1] = cs[w];
    l_uint32 *oline = odata + (gsize)y * owpl;
    for (int x = 0; x < w; x++) {
      guint32 sum = (guint32)cs[x] + cs[x + 1] + cs[x + 2];
      /* sum / 9, rounded: 7282 / 65536 = 1 / 9 to within 3e-5 */
      SET_DATA_BYTE(oline, x, (sum * 7282u + 32768u) >> 16);
    }
  }
  cv_ocr_wipe(cs, sizeof(guint16) * ((gsize)w + 2));
  return out;
}

/* Median of three. */
static inline guint8
med3(guint8 a, guint8 b, guint8 c)
{
  guint8 lo = MIN(a, b), hi = MAX(a, b);
  return MAX(lo, MIN(hi, c));
}

PIX *
cv_ocr_median3(PIX *grey)
{
  g_return_val_if_fail(grey != NULL && pixGetDepth(grey) == 8, NULL);
  int w = pixGetWidth(grey), h = pixGetHeight(grey);
  PIX *out = pixCreateNoInit(w, h, 8);
  if (out == NULL)
    return NULL;
  pixCopyResolution(out, grey);
  int wpl = pixGetWpl(grey), owpl = pixGetWpl(out);
  const l_uint32 *data = pixGetData(grey);
  l_uint32 *odata = pixGetData(out);
  /* Each column's three values sorted once (lo <= mi <= hi), shared by
   * the three windows that contain it; the window's median is then the
   * median of (max of the los, median of the mis, min of the his). */
  gsize n = (gsize)w + 2;
  g_autofree guint8 *buf = g_malloc(6 * n);
  guint8 *rows[3] = { buf, buf + n, buf + 2 * n };
  guint8 *lo = buf + 3 * n, *mi = buf + 4 * n, *hi = buf + 5 * n;
  for (int y = 0; y < h; y++) {
    for (int k = 0; k < 3; k++) {
      const l_uint32 *line = data + (gsize)CLAMP(y - 1 + k, 0, h - 1) * wpl;
      for (int x = 0; x < w; x++)
        rows[k][x] = (guint8)GET_DATA_BYTE(line, x);
    }
    for (int x = 0; x < w; x++) {
      guint8 a = rows[0][x], b = rows[1][x], c = rows[2][x];
      guint8 mn = MIN(a, b), mx = MAX(a, b);
      lo[x + 1] = MIN(mn, c);
      hi[x + 1] = MAX(mx, c);
      mi[x + 1] = MAX(mn, MIN(mx, c));
    }
    lo[0] = lo[1], mi[0] = mi[1], hi[0] = hi[1];
    lo[w + 1] = lo[w], mi[w + 1] = mi[w], hi[w + 1] = hi[w];
    l_uint32 *oline = odata + (gsize)y * owpl;
    for (int x = 0; x < w; x++) {
      guint8 maxlo = MAX(MAX(lo[x], lo[x + 1]), lo[x + 2]);
      guint8 minhi = MIN(MIN(hi[x], hi[x + 1]), hi[x + 2]);
      SET_DATA_BYTE(oline, x,
                    med3(maxlo, med3(mi[x], mi[x + 1], mi[x + 2]), minhi));
    }
  }
  cv_ocr_wipe(buf, 6 * n);
  return out;
}
