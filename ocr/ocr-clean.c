/* ocr-clean.c — page cleaning before recognition: cheap measurements of a
 * page (paper level and evenness, grain, contrast, specks, skew, bilevel or
 * grey, resolution) decide which cleaning steps it gets, so a clean page
 * pays for the measurements only (a few tens of milliseconds):
 *   - background normalisation: uneven paper, toner shadows and bound-page
 *     edges flattened, the ink stretched to black and the paper's grain to
 *     white;
 *   - speck removal: small dark specks more than ~2 mm from any glyph are
 *     whitened (closer, they may be a colon, a period or an accent: kept);
 *   - 3x3 median on noisy grey scans: pepper and JPEG grain inside the
 *     text too (not on bilevel pages: it eats thin strokes);
 *   - upscaling of low-resolution pages (fax 204 dpi, 150-200 dpi scans) to
 *     300 dpi (linear interpolation);
 *   - deskew (Leptonica's sweep-and-search skew finder, area-mapped
 *     rotation);
 *   - bilevel pages at 300 dpi read from a 200 dpi grey rendering.
 * Which steps helped, and by how much, was measured on the degraded-scan
 * set of bench/ocr-degrade.py (BENCHMARKS.md).  All work is on Leptonica
 * images in memory; the input page is never modified.
 */
#include "ocr-private.h"

#include <math.h>
#include <string.h>

/* Measurements run at about this resolution (a 2x reduction of a 300 dpi
 * page): enough for specks and skew, a quarter of the pixels. */
#define MEASURE_DPI 150

/* Background tiles, in pixels at MEASURE_DPI (0.4 inch). */
#define BG_TILE 60

/* Ink is at least this much darker than the paper (grey levels): lighter
 * marks are JPEG noise and paper texture, not text. */
#define INK_MIN_CONTRAST 60

/* Below this, a page is upscaled to CV_OCR_TARGET_DPI. */
#define UPSCALE_BELOW_DPI 250

/* Bilevel pages from this resolution up are read from a grey rendering
 * at BILEVEL_GREY_DPI: the soft edges the models read best (smoothing a
 * 300 dpi page at 8 bits gave them too, for 40% more time than the bare
 * engine), and fewer pixels for layout analysis. */
#define BILEVEL_GREY_MIN_DPI 280
#define BILEVEL_GREY_DPI 200

/* Skew smaller than this (degrees) is left alone: Tesseract's line finder
 * copes (every dev-corpus scan, turned up to 1.2 degrees, read right
 * without), and a rotation costs a pass over the page. */
#define DESKEW_MIN_DEG 1.0f
/* A page that read badly is deskewed from this (second pass), and no
 * rotation is worth doing below DESKEW_ANY_DEG. */
#define DESKEW_SECOND_MIN_DEG 0.3f
#define DESKEW_ANY_DEG 0.1f
#define DESKEW_MIN_CONF 2.5f

void
cv_ocr_clean_stats_describe(const CvOcrPageStats *st, GString *out)
{
  g_string_append_printf(
      out,
      "dpi=%u pure=%d bg=%d ink=%d noise=%d bg_spread=%d specks=%u "
      "glyphs=%u skew=%.2f skew_conf=%.1f",
      st->dpi, st->pure, st->bg, st->ink, st->noise, st->bg_spread, st->specks,
      st->glyphs, st->skew_deg, st->skew_conf);
}

static int
cmp_int(const void *a, const void *b)
{
  int x = *(const int *)a, y = *(const int *)b;
  return (x > y) - (x < y);
}

/* Grey level at @rank (0..1) of a 256-bin histogram holding @total counts. */
static int
hist_rank(const guint32 *hist, guint64 total, double rank)
{
  guint64 want = (guint64)(rank * (double)total), acc = 0;
  for (int v = 0; v < 256; v++) {
    acc += hist[v];
    if (acc > want)
      return v;
  }
  return 255;
}

/* Ink level: a stroke's core, the 30th percentile of the pixels clearly
 * darker than the paper @bg.  A page with almost none (a title page, a
 * blank back) has no measurable ink: 0, as if black. */
static int
ink_level(const guint32 *hist, guint64 total, int bg)
{
  int dark_below = MAX(bg - INK_MIN_CONTRAST, 1);
  guint32 dark[256] = { 0 };
  guint64 n = 0;
  for (int v = 0; v < dark_below; v++) {
    dark[v] = hist[v];
    n += hist[v];
  }
  if (n * 1000 < total) /* under 0.1% of the page */
    return 0;
  return hist_rank(dark, n, 0.3);
}

/* The page reduced to about MEASURE_DPI (a clone when it is already at or
 * below it). */
static PIX *
measure_copy(PIX *grey, guint dpi, guint *mdpi)
{
  if (dpi >= 2 * MEASURE_DPI - MEASURE_DPI / 3) {
    if (dpi < 3 * MEASURE_DPI) {
      *mdpi = dpi / 2;
      return pixScaleAreaMap2(grey);
    }
    float f = (float)MEASURE_DPI / (float)dpi;
    *mdpi = MEASURE_DPI;
    return pixScaleAreaMap(grey, f, f);
  }
  *mdpi = dpi;
  return pixClone(grey);
}

/* Per-tile background (the bright rank of each tile's histogram) and a
 * threshold map, both at tile resolution.  Returns the number of tiles. */
static guint
tile_backgrounds(PIX *m, int ink, int *bgs, int *noise, guint max_tiles,
                 guint *tx, guint *ty)
{
  int w = pixGetWidth(m), h = pixGetHeight(m), wpl = pixGetWpl(m);
  const l_uint32 *data = pixGetData(m);
  *tx = (guint)((w + BG_TILE - 1) / BG_TILE);
  *ty = (guint)((h + BG_TILE - 1) / BG_TILE);
  if ((guint64)*tx * *ty > max_tiles)
    return 0;
  guint n = 0;
  for (guint j = 0; j < *ty; j++) {
    for (guint i = 0; i < *tx; i++) {
      guint32 hist[256] = { 0 };
      int x0 = (int)i * BG_TILE, y0 = (int)j * BG_TILE;
      int x1 = MIN(w, x0 + BG_TILE), y1 = MIN(h, y0 + BG_TILE);
      for (int y = y0; y < y1; y++) {
        const l_uint32 *line = data + (gsize)y * wpl;
        for (int x = x0; x < x1; x++)
          hist[GET_DATA_BYTE(line, x)]++;
      }
      guint64 total = (guint64)(x1 - x0) * (y1 - y0);
      /* The 80th percentile: a tile half covered with text still shows
       * its paper between the strokes. */
      int bg = hist_rank(hist, total, 0.8);
      /* The paper's grain: for a normal spread the 80th and 50th
       * percentiles are 0.84 sigma apart (when text covers less than half
       * of the tile, which most tiles of a letter do). */
      noise[n] = (bg - hist_rank(hist, total, 0.5)) * 100 / 84;
      bgs[n++] = MAX(bg, MIN(ink + INK_MIN_CONTRAST, 255));
    }
  }
  return n;
}

/* Binarises @m with a per-tile threshold halfway between the tile's
 * background and the ink level. */
static PIX *
binarize_tiles(PIX *m, int ink, const int *bgs, guint tx)
{
  int w = pixGetWidth(m), h = pixGetHeight(m);
  PIX *b = pixCreate(w, h, 1);
  if (b == NULL)
    return NULL;
  int wpl = pixGetWpl(m), bwpl = pixGetWpl(b);
  const l_uint32 *data = pixGetData(m);
  l_uint32 *bdata = pixGetData(b);
  for (int y = 0; y < h; y++) {
    const l_uint32 *line = data + (gsize)y * wpl;
    l_uint32 *bline = bdata + (gsize)y * bwpl;
    const int *row = bgs + (gsize)(y / BG_TILE) * tx;
    for (int x = 0; x < w; x++) {
      int thr = MIN((row[x / BG_TILE] + ink) / 2,
                    row[x / BG_TILE] - INK_MIN_CONTRAST / 2);
      if (GET_DATA_BYTE(line, x) < thr)
        SET_DATA_BIT(bline, x);
    }
  }
  return b;
}

/* Counts specks (components of at most 2x2 pixels at ~150 dpi) and
 * glyph-sized components. */
static void
count_components(PIX *b, guint mdpi, guint *specks, guint *glyphs)
{
  *specks = *glyphs = 0;
  BOXA *boxa = pixConnCompBB(b, 8);
  if (boxa == NULL)
    return;
  int small = MAX(2, (int)(2 * mdpi / MEASURE_DPI));
  int glyph_min = MAX(4, (int)(5 * mdpi / MEASURE_DPI));
  int n = boxaGetCount(boxa);
  for (int i = 0; i < n; i++) {
    l_int32 x, y, w, h;
    boxaGetBoxGeometry(boxa, i, &x, &y, &w, &h);
    if (w <= small && h <= small)
      (*specks)++;
    else if (h >= glyph_min && h <= 12 * glyph_min)
      (*glyphs)++;
  }
  boxaDestroy(&boxa);
}

/* Percentage of pixels exactly black or white (every third row and
 * column); 100 for a bilevel page. */
static int
pure_percent(PIX *grey)
{
  NUMA *na = pixGetGrayHistogram(grey, 3);
  if (na == NULL)
    return 0;
  l_float32 black = 0, white = 0, total = 0;
  numaGetFValue(na, 0, &black);
  numaGetFValue(na, 255, &white);
  numaGetSum(na, &total);
  numaDestroy(&na);
  return total > 0 ? (int)(100.0f * (black + white) / total) : 0;
}

/* Specks, glyphs and skew of the page binarised at @mdpi. */
static void
measure_binary(PIX *b, guint mdpi, CvOcrPageStats *st)
{
  count_components(b, mdpi, &st->specks, &st->glyphs);
  /* Sweep at half the measuring resolution, search at it. */
  l_float32 angle = 0, conf = 0;
  if (pixFindSkewSweepAndSearch(b, &angle, &conf, 2, 1, 5.0f, 1.0f, 0.01f) == 0) {
    st->skew_deg = angle;
    st->skew_conf = conf;
  }
}

void
cv_ocr_page_measure(PIX *grey, guint dpi, CvOcrPageStats *st)
{
  memset(st, 0, sizeof *st);
  st->dpi = dpi;
  st->bg = 255;
  st->pure = 100;
  if ((guint64)pixGetWidth(grey) * (guint64)pixGetHeight(grey) >
      CV_OCR_CLEAN_MAX_PIXELS) {
    st->too_large = TRUE;
    return;
  }
  st->pure = pure_percent(grey);
  st->bilevel = st->pure == 100;

  g_autoptr(CvOcrPix) b = NULL;
  guint mdpi = dpi;
  if (st->bilevel) {
    /* Paper and ink are known; binarise, halve (a pixel set if any of its
     * four is: thin strokes survive) and go straight to specks and skew. */
    st->bg = 255;
    st->ink = 0;
    g_autoptr(CvOcrPix) full = pixThresholdToBinary(grey, 128);
    if (full == NULL)
      return;
    if (dpi >= 2 * MEASURE_DPI - MEASURE_DPI / 3) {
      b = pixReduceRankBinary2(full, 1, NULL);
      mdpi = dpi / 2;
    } else {
      b = g_steal_pointer(&full);
    }
    if (b == NULL)
      return;
    st->measure_dpi = mdpi;
    measure_binary(b, mdpi, st);
    return;
  }

  g_autoptr(CvOcrPix) m = measure_copy(grey, dpi, &mdpi);
  if (m == NULL)
    return;
  st->measure_dpi = mdpi;
  NUMA *na = pixGetGrayHistogram(m, 1);
  if (na == NULL)
    return;
  guint32 hist[256];
  guint64 total = 0;
  for (int v = 0; v < 256; v++) {
    l_float32 c = 0;
    numaGetFValue(na, v, &c);
    hist[v] = (guint32)c;
    total += hist[v];
  }
  numaDestroy(&na);
  st->bg = hist_rank(hist, total, 0.6);
  st->ink = ink_level(hist, total, st->bg);

  guint tx = 0, ty = 0;
  guint max_tiles = 1u << 16;
  g_autofree int *bgs = g_new(int, max_tiles);
  g_autofree int *noise = g_new(int, max_tiles);
  guint n = tile_backgrounds(m, st->ink, bgs, noise, max_tiles, &tx, &ty);
  if (n == 0)
    return;
  qsort(noise, n, sizeof(int), cmp_int);
  st->noise = noise[n / 2];
  /* Tiles of white margin and of text agree on the paper's level when the
   * background is even; the spread of their levels says how uneven it is
   * (the brightest and darkest tenth left out: page edges). */
  g_autofree int *sorted = g_memdup2(bgs, sizeof(int) * n);
  qsort(sorted, n, sizeof(int), cmp_int);
  st->bg = sorted[n / 2];
  st->bg_spread = sorted[n - 1 - n / 10] - sorted[n / 10];

  b = binarize_tiles(m, st->ink, bgs, tx);
  if (b != NULL)
    measure_binary(b, mdpi, st);
}

/* Whitens, in the 8-bit @page, the specks of @b (its binarised image at
 * the same size) that touch no glyph-sized component, even after the
 * glyphs are grown by about a letter's width. */
static void
remove_specks(PIX *page, PIX *b, int speck_max, int reach)
{
  /* Components larger than a speck in either direction. */
  l_int32 changed = 0;
  g_autoptr(CvOcrPix) big = pixSelectBySize(
      b, speck_max, speck_max, 8, L_SELECT_IF_EITHER, L_SELECT_IF_GT, &changed);
  if (big == NULL || !changed)
    return;
  g_autoptr(CvOcrPix) specks = pixSubtract(NULL, b, big);
  if (specks == NULL)
    return;
  if (reach > 0) {
    g_autoptr(CvOcrPix) near =
        pixDilateBrick(NULL, big, 2 * reach + 1, 2 * reach + 1);
    if (near == NULL)
      return;
    /* Specks away from text, grown by one pixel to take their halo. */
    pixSubtract(specks, specks, near);
  }
  g_autoptr(CvOcrPix) grown = pixDilateBrick(NULL, specks, 3, 3);
  if (grown != NULL)
    pixSetMasked(page, grown, 255);
}

PIX *
cv_ocr_page_clean(PIX *grey, guint dpi, const CvOcrPageStats *st, guint steps,
                  guint64 max_pixels, guint *out_dpi, guint *applied)
{
  *out_dpi = dpi;
  *applied = 0;
  /* Steps that make a new image replace this clone; the one step that
   * works in place (specks) copies it first. */
  PIX *page = pixClone(grey);
  if (page == NULL)
    return NULL;

  /* 0. Bilevel pages at 300 dpi or more: read from a grey rendering at
   * a lower scale (soft edges, fewer pixels). */
  if ((steps & CV_OCR_CLEAN_BILEVEL_GREY) && st->bilevel) {
    float f = (float)BILEVEL_GREY_DPI / (float)dpi;
    g_autoptr(CvOcrPix) b = pixThresholdToBinary(page, 128);
    PIX *g = b != NULL ? pixScaleToGray(b, f) : NULL;
    if (g != NULL) {
      cv_ocr_pix_free(page);
      page = g;
      dpi = BILEVEL_GREY_DPI;
      *out_dpi = dpi;
      *applied |= CV_OCR_CLEAN_BILEVEL_GREY;
    }
  }

  /* 1. Background and contrast, at the page's own resolution. */
  if ((steps & CV_OCR_CLEAN_BACKGROUND) && !st->bilevel) {
    /* Tiles of ~0.1 inch, a foreground threshold between ink and paper. */
    int tile = MAX(8, (int)dpi / 10);
    int fg = CLAMP(st->ink + (st->bg - st->ink) * 2 / 3, 40, 220);
    PIX *norm = pixBackgroundNorm(page, NULL, NULL, tile, tile, fg,
                                  tile * tile / 4, 200, 2, 2);
    if (norm != NULL) {
      /* The paper is at 200 now; the ink, scaled the same way, is
       * stretched to black. */
      int ink = CLAMP(st->ink * 200 / MAX(st->bg, 1), 0, 150);
      /* The paper's grain (2.5 sigma of it) goes to white too. */
      int white =
          CLAMP(200 - 5 * st->noise * 200 / MAX(st->bg, 1) / 2, ink + 40, 200);
      pixGammaTRC(norm, norm, 1.0f, ink, white);
      cv_ocr_pix_free(page);
      page = norm;
      *applied |= CV_OCR_CLEAN_BACKGROUND;
    }
  }

  /* 2. Specks, on the page binarised at half its paper level. */
  if (steps & CV_OCR_CLEAN_SPECKS) {
    int thr = (*applied & CV_OCR_CLEAN_BACKGROUND) ? 128 : (st->bg + st->ink) / 2;
    g_autoptr(CvOcrPix) b = pixThresholdToBinary(page, MAX(thr, 1));
    if (b != NULL && pixGetRefcount(page) > 1) {
      PIX *own = pixCopy(NULL, page);
      pixDestroy(&page); /* a clone: nothing to wipe */
      if (own == NULL)
        return NULL;
      page = own;
    }
    if (b != NULL) {
      int speck = MAX(2, (int)(2.5 * dpi / MEASURE_DPI));
      remove_specks(page, b, speck, MAX(3, (int)dpi / 12));
      *applied |= CV_OCR_CLEAN_SPECKS;
    }
  }

  /* 3. Grain and pepper inside the text too: a 3x3 median (grey scans
   * only: on a bilevel page it eats thin strokes). */
  if (steps & CV_OCR_CLEAN_MEDIAN) {
    PIX *med = cv_ocr_median3(page);
    if (med != NULL) {
      cv_ocr_pix_free(page);
      page = med;
      *applied |= CV_OCR_CLEAN_MEDIAN;
    }
  }

  /* 4. Low resolution: upscale (linear interpolation) to the target. */
  if ((steps & CV_OCR_CLEAN_UPSCALE) && dpi < UPSCALE_BELOW_DPI) {
    float f = (float)CV_OCR_TARGET_DPI / (float)dpi;
    guint64 nw = (guint64)(pixGetWidth(page) * f + 0.5f);
    guint64 nh = (guint64)(pixGetHeight(page) * f + 0.5f);
    if (cv_ocr_check_size(nw, nh, max_pixels, NULL)) {
      PIX *up = (dpi * 2 == CV_OCR_TARGET_DPI) ? pixScaleGray2xLI(page)
                                               : pixScaleGrayLI(page, f, f);
      if (up != NULL) {
        cv_ocr_pix_free(page);
        page = up;
        *out_dpi = CV_OCR_TARGET_DPI;
        *applied |= CV_OCR_CLEAN_UPSCALE;
      }
    }
  }

  /* 5. Skew. */
  if ((steps & CV_OCR_CLEAN_DESKEW) && fabsf(st->skew_deg) >= DESKEW_ANY_DEG) {
    PIX *rot = pixRotate(page, (l_float32)(st->skew_deg * G_PI / 180.0),
                         L_ROTATE_AREA_MAP, L_BRING_IN_WHITE, 0, 0);
    if (rot != NULL) {
      cv_ocr_pix_free(page);
      page = rot;
      *applied |= CV_OCR_CLEAN_DESKEW;
    }
  }
  pixSetResolution(page, (l_int32)*out_dpi, (l_int32)*out_dpi);
  return page;
}

guint
cv_ocr_clean_plan(const CvOcrPageStats *st)
{
  guint steps = 0;
  if (st->too_large)
    return 0;
  if (!st->bilevel &&
      (st->bg_spread > 20 || st->bg < 200 || st->bg - st->ink < 120))
    steps |= CV_OCR_CLEAN_BACKGROUND;
  if (st->specks > 150)
    steps |= CV_OCR_CLEAN_SPECKS;
  if (st->pure < 50 && st->specks > 400)
    steps |= CV_OCR_CLEAN_MEDIAN;
  if (st->bilevel && st->dpi >= BILEVEL_GREY_MIN_DPI)
    steps |= CV_OCR_CLEAN_BILEVEL_GREY;
  if (st->dpi < UPSCALE_BELOW_DPI)
    steps |= CV_OCR_CLEAN_UPSCALE;
  if (fabsf(st->skew_deg) >= DESKEW_MIN_DEG && st->skew_conf >= DESKEW_MIN_CONF)
    steps |= CV_OCR_CLEAN_DESKEW;
  return steps;
}

guint
cv_ocr_clean_plan_all(const CvOcrPageStats *st)
{
  if (st->too_large)
    return 0;
  guint steps = CV_OCR_CLEAN_SPECKS;
  if (!st->bilevel)
    steps |= CV_OCR_CLEAN_BACKGROUND;
  if (st->pure < 50)
    steps |= CV_OCR_CLEAN_MEDIAN;
  if (st->dpi < UPSCALE_BELOW_DPI)
    steps |= CV_OCR_CLEAN_UPSCALE;
  if (fabsf(st->skew_deg) >= DESKEW_SECOND_MIN_DEG && st->skew_conf > 0.0f)
    steps |= CV_OCR_CLEAN_DESKEW;
  return steps;
}
