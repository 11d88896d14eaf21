/* ocr.c — the Tesseract engine wrapper: one CvOcrEngine per worker thread
 * owns a recognition TessBaseAPI (LSTM, "fra+eng" by default, automatic page
 * segmentation) initialised once and cleared between pages, and a small
 * orientation detector (osd model) used to turn 90/180/270-degree scans
 * upright.  Owns the reading strategy of a page (measure, clean what needs
 * it: ocr-clean.c; read; check orientation; read again with other cleaning
 * when the page reads badly; keep the best-scored reading), process-wide
 * quieting of Tesseract, the per-page deadline (cleaning and every reading
 * included) and the conversion of Tesseract's return codes into GError.
 *
 * Page text only ever lives in memory; buffers holding it are wiped before
 * they are freed.  Error messages never quote page text.
 */
#include "ocr-private.h"

#include <malloc.h>
#include <string.h>
#include <tesseract/capi.h>
#ifdef _OPENMP
#include <omp.h>
#endif

G_DEFINE_QUARK(cv-ocr-error-quark, cv_ocr_error)

/* Pages read with a lower mean word confidence are checked for
 * orientation (see cv_ocr_recognize_pix). */
#define CV_OCR_SUSPECT_CONF 75

/* With fewer words than this, the share of dictionary words says little
 * (forms are mostly names, numbers and codes). */
#define CV_OCR_MIN_WORDS_TO_JUDGE 30

/* Below this share of dictionary words (and CV_OCR_SUSPECT_CONF), a page
 * is checked for orientation. */
#define CV_OCR_TURNED_DICT_PERCENT 45

/* Pages reading under this confidence, or this share of dictionary words,
 * get a second reading with other cleaning. */
#define CV_OCR_SECOND_PASS_CONF 80
#define CV_OCR_SECOND_PASS_DICT_PERCENT 50

/* The detector's confidence needed before a page is turned and read again.
 * It was right on every dev page down to 1.1 (a one-line page); the second
 * reading is kept only if it scores better anyway. */
#define CV_OCR_ORIENT_MIN_CONF 1.0f

/* Orientation is detected on a copy at most this resolution. */
#define CV_OCR_ORIENT_MAX_DPI 300

/* Pages at this resolution or more are smoothed before recognition; below
 * it, strokes are too few pixels wide to spare one. */
#define CV_OCR_SMOOTH_MIN_DPI 200

/* Longest accepted language list ("fra+eng+deu..."). */
#define CV_OCR_MAX_LANGS_LEN 128

struct _CvOcrEngine {
  TessBaseAPI *api;      /* recognition engine, initialised with langs */
  TessBaseAPI *osd;      /* orientation detector ("osd"), loaded on first use */
  gboolean want_osd;     /* orientation detection requested */
  gboolean osd_failed;   /* loading the detector failed: read pages as they are */
  char *langs;           /* language list the engine was built with */
  guint timeout_ms;      /* per-page recognition deadline */
  guint64 max_pixels;    /* pixel cap of one page */
  guint max_pages;       /* page cap of multi-page images */
  int last_rotation;     /* clockwise degrees applied to the last page */
  float last_orient_conf; /* detector confidence for the last page */
  gboolean smooth;       /* box-filter pages before recognition */
  guint clean_mask;      /* cleaning steps allowed (CV_OCR_CLEAN_ALL) */
  gboolean second_pass;  /* re-read pages that read badly */
  CvOcrPageInfo info;    /* what happened to the last page */
};

/* Tesseract's initialisation touches process-wide state (parameters,
 * tables): engines are built one at a time. */
static GMutex init_lock;

/* The orientation model read into memory by cv_ocr_engine_preload() (under
 * init_lock; never freed: it serves every engine of the process). */
static GBytes *osd_bytes;

void
cv_ocr_options_init(CvOcrOptions *options)
{
  g_return_if_fail(options != NULL);
  memset(options, 0, sizeof *options);
  options->langs = CV_OCR_DEFAULT_LANGS;
  options->page_timeout_s = CV_OCR_DEFAULT_TIMEOUT_S;
  options->max_pixels = CV_OCR_DEFAULT_MAX_PIXELS;
  options->max_pages = CV_OCR_DEFAULT_MAX_PAGES;
  options->detect_orientation = TRUE;
}

void
cv_ocr_process_init(void)
{
  static gsize once = 0;
  if (!g_once_init_enter(&once))
    return;
  /* libgomp reads OMP_THREAD_LIMIT when it is loaded, before main():
   * setting it now only reaches child processes.  What does reach
   * Tesseract's "parallel num_threads(4)" loops is a limit of zero active
   * parallel levels: every region then runs on its caller's thread
   * (checked by counting threads: 5 without, 2 with). */
  if (g_getenv("OMP_THREAD_LIMIT") == NULL)
    g_setenv("OMP_THREAD_LIMIT", "1", FALSE);
#ifdef _OPENMP
  omp_set_max_active_levels(0);
#endif
  cv_ocr_lept_quiet();

  /* A page at 300 dpi is a 34 MB ARGB rendering plus Poppler's 34 MB
   * decoded image: over glibc's largest dynamic mmap threshold (32 MiB),
   * so each page mapped and faulted in ~17,000 fresh pages, then unmapped
   * them.  On the VM of BENCHMARKS.md that was most of the 0.23 s of
   * rendering a scanned page (0.04 s once the memory is reused).  Keep such
   * blocks in the heap, and up to 128 MiB of it free between pages: the
   * peak is the same, only what is kept between pages grows. */
  mallopt(M_MMAP_THRESHOLD, 64 * 1024 * 1024);
  mallopt(M_TRIM_THRESHOLD, 128 * 1024 * 1024);

  /* Tesseract prints through tprintf() to the global parameter
   * debug_file, opened on the first message and kept open.  Open it now,
   * while the process may still open files for writing: a message for a
   * config file that does not exist is the cheapest way. */
  g_mutex_lock(&init_lock);
  TessBaseAPI *api = TessBaseAPICreate();
  TessBaseAPISetVariable(api, "debug_file", "/dev/null");
  TessBaseAPIReadConfigFile(api, "/nonexistent/caviar-ocr-quiet");
  TessBaseAPIDelete(api);
  g_mutex_unlock(&init_lock);
  g_once_init_leave(&once, 1);
}

/* Per handle, before Init: the sink is a global parameter, but setting it
 * again costs nothing and survives anything Init may reset. */
static void
quiet_handle(TessBaseAPI *api)
{
  TessBaseAPISetVariable(api, "debug_file", "/dev/null");
}

/* Accepts "fra", "fra+eng", "chi_sim+eng": letters, digits, '_' and '+'
 * only, so a language never names a path outside tessdata. */
static gboolean
langs_valid(const char *langs)
{
  gsize n = strlen(langs);
  if (n == 0 || n > CV_OCR_MAX_LANGS_LEN || langs[0] == '+' || langs[n - 1] == '+')
    return FALSE;
  for (const char *p = langs; *p; p++) {
    if (!g_ascii_isalnum(*p) && *p != '_' && *p != '+')
      return FALSE;
    if (*p == '+' && p[1] == '+')
      return FALSE;
  }
  return TRUE;
}

/* TRUE when every language of @langs was loaded by @api. */
static gboolean
langs_loaded(TessBaseAPI *api, const char *langs, GError **error)
{
  g_auto(GStrv) wanted = g_strsplit(langs, "+", -1);
  char **loaded = TessBaseAPIGetLoadedLanguagesAsVector(api);
  gboolean ok = TRUE;
  for (guint i = 0; ok && wanted[i] != NULL; i++) {
    gboolean found = FALSE;
    for (guint j = 0; loaded != NULL && loaded[j] != NULL; j++)
      found = found || strcmp(loaded[j], wanted[i]) == 0;
    if (!found) {
      g_set_error(error, CV_OCR_ERROR, CV_OCR_ERROR_INIT,
                  "OCR language model '%s' could not be loaded "
                  "(is tesseract-ocr-%s installed?)", wanted[i], wanted[i]);
      ok = FALSE;
    }
  }
  TessDeleteTextArray(loaded);
  return ok;
}

static void
tess_free(TessBaseAPI *api)
{
  if (api == NULL)
    return;
  TessBaseAPIEnd(api);
  TessBaseAPIDelete(api);
}

CvOcrEngine *
cv_ocr_engine_new(const CvOcrOptions *options, GError **error)
{
  CvOcrOptions defaults;
  if (options == NULL) {
    cv_ocr_options_init(&defaults);
    options = &defaults;
  }
  const char *langs = options->langs != NULL ? options->langs : CV_OCR_DEFAULT_LANGS;
  if (!langs_valid(langs)) {
    g_set_error(error, CV_OCR_ERROR, CV_OCR_ERROR_INIT,
                "invalid OCR language list (expected e.g. \"fra+eng\")");
    return NULL;
  }

  g_autoptr(CvOcrEngine) engine = g_new0(CvOcrEngine, 1);
  engine->langs = g_strdup(langs);
  guint timeout_s = options->page_timeout_s != 0 ? options->page_timeout_s
                                                 : CV_OCR_DEFAULT_TIMEOUT_S;
  engine->timeout_ms = (guint)MIN((guint64)timeout_s * 1000, (guint64)G_MAXINT);
  engine->max_pixels = options->max_pixels != 0 ? options->max_pixels : CV_OCR_DEFAULT_MAX_PIXELS;
  engine->max_pages = options->max_pages != 0 ? options->max_pages : CV_OCR_DEFAULT_MAX_PAGES;
  engine->smooth = TRUE;
  engine->clean_mask = CV_OCR_CLEAN_ALL;
  engine->second_pass = TRUE;

  cv_ocr_process_init();
  g_mutex_lock(&init_lock);
  engine->api = TessBaseAPICreate();
  quiet_handle(engine->api);
  /* LSTM only: Debian's models are tessdata_fast, without the legacy
   * classifier. */
  int rc = TessBaseAPIInit2(engine->api, NULL, langs, OEM_LSTM_ONLY);
  if (rc != 0) {
    g_mutex_unlock(&init_lock);
    g_set_error(error, CV_OCR_ERROR, CV_OCR_ERROR_INIT,
                "OCR engine cannot load languages \"%s\" (are the "
                "tesseract-ocr language packages installed?)", langs);
    return NULL;
  }
  if (options->detect_orientation) {
    /* The detector itself (25 MiB, 0.3 s) is loaded the first time a page
     * needs it, which most runs never do; check its model is there now. */
    g_autofree char *osd_model =
        g_build_filename(TessBaseAPIGetDatapath(engine->api), "osd.traineddata", NULL);
    if (!g_file_test(osd_model, G_FILE_TEST_IS_REGULAR)) {
      g_mutex_unlock(&init_lock);
      g_set_error(error, CV_OCR_ERROR, CV_OCR_ERROR_INIT,
                  "orientation model osd.traineddata is missing "
                  "(part of tesseract-ocr); or turn orientation detection off");
      return NULL;
    }
    engine->want_osd = TRUE;
  }
  g_mutex_unlock(&init_lock);

  if (!langs_loaded(engine->api, langs, error))
    return NULL;
  /* The library's default is a single block; documents need layout
   * analysis, as the tesseract command does. */
  TessBaseAPISetPageSegMode(engine->api, PSM_AUTO);
  return g_steal_pointer(&engine);
}

gboolean
cv_ocr_engine_preload(CvOcrEngine *engine, GError **error)
{
  g_return_val_if_fail(engine != NULL, FALSE);
  if (!engine->want_osd)
    return TRUE;
  g_mutex_lock(&init_lock);
  gboolean ok = TRUE;
  if (osd_bytes == NULL) {
    g_autofree char *path = g_build_filename(TessBaseAPIGetDatapath(engine->api),
                                             "osd.traineddata", NULL);
    g_autoptr(GMappedFile) map = g_mapped_file_new(path, FALSE, error);
    /* The model is ~10 MiB; 256 MiB is far beyond any osd model. */
    if (map != NULL && g_mapped_file_get_length(map) > 256u * 1024 * 1024) {
      g_set_error(error, CV_OCR_ERROR, CV_OCR_ERROR_INIT,
                  "orientation model %s is implausibly large", path);
      g_clear_pointer(&map, g_mapped_file_unref);
    }
    if (map != NULL)
      /* A copy, not the mapping: nothing must be paged in from the file
       * after confinement either. */
      osd_bytes = g_bytes_new(g_mapped_file_get_contents(map),
                              g_mapped_file_get_length(map));
    ok = osd_bytes != NULL;
  }
  g_mutex_unlock(&init_lock);
  return ok;
}

void
cv_ocr_engine_free(CvOcrEngine *engine)
{
  if (engine == NULL)
    return;
  tess_free(engine->api);
  tess_free(engine->osd);
  g_free(engine->langs);
  g_free(engine);
}

void
cv_ocr_engine_set_timeout_ms(CvOcrEngine *engine, guint timeout_ms)
{
  g_return_if_fail(engine != NULL);
  engine->timeout_ms = MAX(1u, MIN(timeout_ms, (guint)G_MAXINT));
}

void
cv_ocr_engine_set_smoothing(CvOcrEngine *engine, gboolean smooth)
{
  g_return_if_fail(engine != NULL);
  engine->smooth = smooth;
}

void
cv_ocr_engine_set_cleaning(CvOcrEngine *engine, guint steps, gboolean second_pass)
{
  g_return_if_fail(engine != NULL);
  engine->clean_mask = steps & CV_OCR_CLEAN_ALL;
  engine->second_pass = second_pass;
}

void
cv_ocr_engine_last_page_info(const CvOcrEngine *engine, CvOcrPageInfo *info)
{
  g_return_if_fail(engine != NULL && info != NULL);
  *info = engine->info;
}

void
cv_ocr_engine_last_orientation(const CvOcrEngine *engine, int *rotated_deg,
                               float *orient_conf)
{
  g_return_if_fail(engine != NULL);
  if (rotated_deg != NULL)
    *rotated_deg = engine->last_rotation;
  if (orient_conf != NULL)
    *orient_conf = engine->last_orient_conf;
}

/* The orientation detector, loaded on first use; NULL if it cannot be. */
static TessBaseAPI *
osd_handle(CvOcrEngine *engine)
{
  if (engine->osd != NULL || !engine->want_osd || engine->osd_failed)
    return engine->osd;
  g_mutex_lock(&init_lock);
  TessBaseAPI *osd = TessBaseAPICreate();
  quiet_handle(osd);
  /* osd.traineddata holds only a legacy classifier.  From memory when it
   * was preloaded (a confined process cannot open it). */
  int rc;
  if (osd_bytes != NULL) {
    gsize size = 0;
    const char *data = g_bytes_get_data(osd_bytes, &size);
    rc = TessBaseAPIInit5(osd, data, (int)size, "osd", OEM_TESSERACT_ONLY, NULL,
                          0, NULL, NULL, 0, FALSE);
  } else {
    rc = TessBaseAPIInit2(osd, NULL, "osd", OEM_TESSERACT_ONLY);
  }
  if (rc == 0) {
    TessBaseAPISetPageSegMode(osd, PSM_OSD_ONLY);
    engine->osd = osd;
  } else {
    TessBaseAPIDelete(osd);
    engine->osd_failed = TRUE;
  }
  g_mutex_unlock(&init_lock);
  return engine->osd;
}

static guint
credible_dpi(guint dpi)
{
  return (dpi >= 70 && dpi <= 2400) ? dpi : CV_OCR_DEFAULT_DPI;
}

/* Clockwise quarter turns that make @grey upright according to the osd
 * model, 0 when it is unsure or finds no text. */
static int
detect_quarter_turns(CvOcrEngine *engine, PIX *grey, guint dpi, float *orient_conf)
{
  *orient_conf = 0.0f;
  g_autoptr(CvOcrPix) small = NULL;
  guint small_dpi = dpi;
  if (dpi > CV_OCR_ORIENT_MAX_DPI) {
    float f = (float)CV_OCR_ORIENT_MAX_DPI / (float)dpi;
    small = pixScaleAreaMap(grey, f, f);
    small_dpi = CV_OCR_ORIENT_MAX_DPI;
  } else {
    small = pixClone(grey);
  }
  if (small == NULL)
    return 0;

  TessBaseAPISetImage2(engine->osd, small);
  TessBaseAPISetSourceResolution(engine->osd, (int)small_dpi);
  int deg = 0;
  float conf = 0.0f;
  BOOL ok = TessBaseAPIDetectOrientationScript(engine->osd, &deg, &conf, NULL, NULL);
  TessBaseAPIClear(engine->osd);
  if (!ok)
    return 0;
  *orient_conf = conf;
  if (conf < CV_OCR_ORIENT_MIN_CONF || deg % 90 != 0)
    return 0;
  /* @deg is how far the text is turned clockwise (a page scanned a
   * quarter turn clockwise gives 90): turn it back counter-clockwise. */
  return (4 - ((deg / 90) % 4 + 4) % 4) % 4;
}

/* Counts the words of the last recognition with at least 3 letters or
 * digits, and those Tesseract's language model found in its dictionary:
 * garbage read from noise or from a page upside down has few. */
static void
count_words(TessBaseAPI *api, guint *words, guint *dict_words)
{
  *words = *dict_words = 0;
  TessResultIterator *it = TessBaseAPIGetIterator(api);
  if (it == NULL)
    return;
  do {
    char *w = TessResultIteratorGetUTF8Text(it, RIL_WORD);
    if (w == NULL)
      continue;
    guint alnum = 0;
    for (const char *p = w; *p != '\0'; p = g_utf8_next_char(p))
      alnum += g_unichar_isalnum(g_utf8_get_char(p)) ? 1 : 0;
    if (alnum >= 3) {
      (*words)++;
      if (TessResultIteratorWordIsFromDictionary(it))
        (*dict_words)++;
    }
    cv_ocr_wipe(w, strlen(w));
    TessDeleteText(w);
  } while (TessResultIteratorNext(it, RIL_WORD));
  TessResultIteratorDelete(it);
}

/* One reading of a page. */
typedef struct {
  char *text;  /* post-processed page text (wiped when cleared) */
  int conf;    /* mean word confidence, 0..100 */
  guint words; /* words of 3+ letters or digits */
  guint dict;  /* of which found in Tesseract's dictionary */
} Reading;

static void
reading_clear(Reading *r)
{
  cv_ocr_str_free(r->text);
  memset(r, 0, sizeof *r);
}

/* Share of dictionary words in percent, -1 when too few words to say. */
static int
dict_percent(const Reading *r)
{
  return r->words >= CV_OCR_MIN_WORDS_TO_JUDGE ? (int)(r->dict * 100 / r->words)
                                               : -1;
}

/* Keeps in @best whichever of @best and @other scores the higher mean
 * confidence (ties keep @best); clears the other. */
static gboolean
keep_better(Reading *best, Reading *other)
{
  if (other->text != NULL && other->conf > best->conf) {
    reading_clear(best);
    *best = *other;
    memset(other, 0, sizeof *other);
    return TRUE;
  }
  reading_clear(other);
  return FALSE;
}

/* One recognition pass over @page with at most @budget_ms.  Fills @r;
 * FALSE with @error set (CV_OCR_ERROR_TIMEOUT when the deadline stopped
 * it). */
static gboolean
recognize_once(CvOcrEngine *engine, PIX *page, guint dpi, guint budget_ms,
               Reading *r, GError **error)
{
  memset(r, 0, sizeof *r);
  g_autoptr(CvOcrPix) input = NULL;
  if (engine->smooth && dpi >= CV_OCR_SMOOTH_MIN_DPI) {
    /* A 3x3 box filter: bilevel scans (fax, G4) get the soft edges the
     * LSTM models were trained on, and scanner/JPEG speckle no longer
     * breaks strokes at binarisation (measured: BENCHMARKS.md). */
    input = cv_ocr_smooth3(page);
  } else {
    input = pixClone(page);
  }
  if (input == NULL) {
    g_set_error(error, CV_OCR_ERROR, CV_OCR_ERROR_FAILED, "cannot prepare a page");
    return FALSE;
  }

  TessBaseAPISetImage2(engine->api, input);
  /* After SetImage, which resets it from the image's header. */
  TessBaseAPISetSourceResolution(engine->api, (int)dpi);

  ETEXT_DESC *monitor = TessMonitorCreate();
  TessMonitorSetDeadlineMSecs(monitor, (int)MIN(budget_ms, (guint)G_MAXINT));
  gint64 start = g_get_monotonic_time();
  int rc = TessBaseAPIRecognize(engine->api, monitor);
  gint64 elapsed_ms = (g_get_monotonic_time() - start) / 1000;
  TessMonitorDelete(monitor);
  if (rc != 0) {
    TessBaseAPIClear(engine->api);
    if (elapsed_ms >= budget_ms) {
      g_set_error(error, CV_OCR_ERROR, CV_OCR_ERROR_TIMEOUT,
                  "OCR of a page exceeded its time limit (%u ms)", engine->timeout_ms);
    } else {
      g_set_error(error, CV_OCR_ERROR, CV_OCR_ERROR_FAILED,
                  "OCR engine failed on a page (%ux%u pixels)",
                  pixGetWidth(input), pixGetHeight(input));
    }
    return FALSE;
  }

  char *raw = TessBaseAPIGetUTF8Text(engine->api);
  r->conf = CLAMP(TessBaseAPIMeanTextConf(engine->api), 0, 100);
  count_words(engine->api, &r->words, &r->dict);
  TessBaseAPIClear(engine->api);
  if (raw == NULL) {
    g_set_error(error, CV_OCR_ERROR, CV_OCR_ERROR_FAILED,
                "OCR engine returned no text for a page");
    return FALSE;
  }
  if (g_utf8_validate(raw, -1, NULL)) {
    r->text = cv_ocr_text_postprocess(raw);
  } else {
    char *valid = g_utf8_make_valid(raw, -1);
    r->text = cv_ocr_text_postprocess(valid);
    cv_ocr_str_free(valid);
  }
  cv_ocr_wipe(raw, strlen(raw));
  TessDeleteText(raw);
  return TRUE;
}

/* Milliseconds left of the page's budget, 0 when it is spent. */
static guint
budget_left(const CvOcrEngine *engine, gint64 start)
{
  gint64 spent = (g_get_monotonic_time() - start) / 1000;
  return spent >= (gint64)engine->timeout_ms ? 0
                                             : engine->timeout_ms - (guint)spent;
}

/* Cleans @grey with @steps (measured as @st), reads it, and returns the
 * page that was read in @read_page (transfer full; for orientation
 * detection). */
static gboolean
clean_and_read(CvOcrEngine *engine, PIX *grey, guint dpi,
               const CvOcrPageStats *st, guint steps, gint64 start, Reading *r,
               PIX **read_page, GError **error)
{
  guint page_dpi = dpi, applied = 0;
  g_autoptr(CvOcrPix) page = NULL;
  if (steps != 0)
    page = cv_ocr_page_clean(grey, dpi, st, steps, engine->max_pixels,
                             &page_dpi, &applied);
  if (page == NULL) {
    page = pixClone(grey);
    page_dpi = dpi;
  }
  engine->info.applied |= applied;
  guint budget = budget_left(engine, start);
  if (budget == 0) {
    g_set_error(error, CV_OCR_ERROR, CV_OCR_ERROR_TIMEOUT,
                "OCR of a page exceeded its time limit (%u ms)",
                engine->timeout_ms);
    return FALSE;
  }
  engine->info.passes++;
  if (!recognize_once(engine, page, page_dpi, budget, r, error))
    return FALSE;
  if (read_page != NULL)
    *read_page = g_steal_pointer(&page);
  return TRUE;
}

/* A reading that looks like a page turned a quarter or half turn: a low
 * confidence and, when there are words enough to judge (else dict_percent
 * is -1), few of them in the dictionary (upright pages, even degraded ones,
 * keep most of theirs: 63-94% on the degraded-scan set against 20-26% turned).
 * A page with no text (blank backs of sheets) is not checked: turned text reads
 * as garbage, not as nothing. */
static gboolean
looks_turned(const Reading *r)
{
  return r->text[0] != '\0' && r->conf < CV_OCR_SUSPECT_CONF &&
         dict_percent(r) < CV_OCR_TURNED_DICT_PERCENT;
}

/* A reading worth a second try with other cleaning. */
static gboolean
reads_badly(const Reading *r)
{
  int dict = dict_percent(r);
  return r->text[0] != '\0' &&
         (r->conf < CV_OCR_SECOND_PASS_CONF ||
          (dict >= 0 && dict < CV_OCR_SECOND_PASS_DICT_PERCENT));
}

/* Each page is measured (cv_ocr_page_measure: a few tens of milliseconds)
 * and gets only the cleaning its measurements call for; a clean 300 dpi
 * page gets none.
 *
 * Orientation is checked lazily.  Upright pages, nearly all of them, read
 * with a high mean confidence (93-95 on the dev scans) and pay nothing;
 * Tesseract's layout analysis also reads pages turned a quarter clockwise
 * by itself.  Pages upside down or turned counter-clockwise come out as
 * garbage with a low confidence (38-61) and few dictionary words: only
 * then is the osd detector run (0.5-1 s a page), the page turned, read
 * again, and the better-scored reading kept, so a wrong detection can
 * never make a page worse.
 *
 * A page that still reads badly (low confidence or few dictionary words)
 * is read a second time with the other choice of cleaning (the page as it
 * came if it was cleaned, everything that applies if it was not), and the
 * reading with the higher confidence is kept. */
char *
cv_ocr_recognize_pix(CvOcrEngine *engine, PIX *grey, guint dpi,
                     float *confidence, GError **error)
{
  g_return_val_if_fail(engine != NULL, NULL);
  g_return_val_if_fail(grey != NULL && pixGetDepth(grey) == 8, NULL);
  if (!cv_ocr_check_size((guint64)pixGetWidth(grey), (guint64)pixGetHeight(grey),
                         engine->max_pixels, error))
    return NULL;
  dpi = credible_dpi(dpi);
  engine->last_rotation = 0;
  engine->last_orient_conf = 0.0f;
  memset(&engine->info, 0, sizeof engine->info);
  gint64 start = g_get_monotonic_time();

  CvOcrPageStats st;
  cv_ocr_page_measure(grey, dpi, &st);
  guint steps = cv_ocr_clean_plan(&st) & engine->clean_mask;
  engine->info.stats = st;
  engine->info.planned = steps;

  Reading best = { 0 };
  g_autoptr(CvOcrPix) read_page = NULL;
  if (!clean_and_read(engine, grey, dpi, &st, steps, start, &best, &read_page,
                      error))
    return NULL;
  engine->info.first_conf = best.conf;

  /* The page that later passes start from (turned, if it was). */
  g_autoptr(CvOcrPix) base = pixClone(grey);
  if (engine->want_osd && looks_turned(&best) && osd_handle(engine) != NULL) {
    float oconf = 0.0f;
    engine->info.osd = TRUE;
    int quads = detect_quarter_turns(
        engine, read_page, credible_dpi((guint)pixGetXRes(read_page)), &oconf);
    engine->last_orient_conf = oconf;
    g_autoptr(CvOcrPix) turned = quads != 0 ? pixRotateOrth(grey, quads) : NULL;
    if (turned != NULL) {
      CvOcrPageStats tst;
      cv_ocr_page_measure(turned, dpi, &tst);
      guint tsteps = cv_ocr_clean_plan(&tst) & engine->clean_mask;
      Reading r = { 0 };
      /* A failure of this reading keeps the first one. */
      if (clean_and_read(engine, turned, dpi, &tst, tsteps, start, &r, NULL,
                         NULL) &&
          keep_better(&best, &r)) {
        engine->last_rotation = quads * 90;
        g_clear_pointer(&base, cv_ocr_pix_free);
        base = g_steal_pointer(&turned);
        st = tst;
        steps = tsteps;
      }
    }
  }

  /* Only orientation detection needed the page as read. */
  g_clear_pointer(&read_page, cv_ocr_pix_free);

  if (engine->second_pass && reads_badly(&best)) {
    guint alt = steps != 0 ? 0 : cv_ocr_clean_plan_all(&st) & engine->clean_mask;
    Reading r = { 0 };
    if (alt != steps &&
        clean_and_read(engine, base, dpi, &st, alt, start, &r, NULL, NULL)) {
      engine->info.second_conf = r.conf;
      if (keep_better(&best, &r))
        engine->info.kept_second = TRUE;
    }
  }

  /* Never filtered by confidence: low-confidence words may be identifiers
   * that still have to be redacted. */
  if (confidence != NULL)
    *confidence = (float)best.conf;
  engine->info.conf = best.conf;
  engine->info.words = best.words;
  engine->info.dict_words = best.dict;
  return g_steal_pointer(&best.text);
}

char *
cv_ocr_recognize_grey(CvOcrEngine *engine, const guint8 *pixels, guint width,
                      guint height, gsize stride, guint dpi, float *confidence,
                      GError **error)
{
  g_return_val_if_fail(engine != NULL, NULL);
  g_return_val_if_fail(pixels != NULL, NULL);
  if (!cv_ocr_check_size(width, height, engine->max_pixels, error))
    return NULL;
  if (stride < width) {
    g_set_error(error, CV_OCR_ERROR, CV_OCR_ERROR_IMAGE,
                "row stride %" G_GSIZE_FORMAT " is shorter than the width %u",
                stride, width);
    return NULL;
  }
  cv_ocr_lept_quiet();
  g_autoptr(CvOcrPix) pix = pixCreateNoInit((l_int32)width, (l_int32)height, 8);
  if (pix == NULL) {
    g_set_error(error, CV_OCR_ERROR, CV_OCR_ERROR_FAILED,
                "cannot allocate a %ux%u page", width, height);
    return NULL;
  }
  /* Leptonica packs pixels big-endian within 32-bit words: copy the rows,
   * then swap to the host's order. */
  l_uint32 *data = pixGetData(pix);
  gsize wpl = (gsize)pixGetWpl(pix);
  for (guint y = 0; y < height; y++) {
    guint8 *row = (guint8 *)(data + wpl * y);
    memcpy(row, pixels + stride * y, width);
    memset(row + width, 0xff, wpl * 4 - width);
  }
  pixEndianByteSwap(pix);
  dpi = credible_dpi(dpi);
  pixSetResolution(pix, (l_int32)dpi, (l_int32)dpi);
  return cv_ocr_recognize_pix(engine, pix, dpi, confidence, error);
}

int
cv_ocr_engine_image_page_count(CvOcrEngine *engine, GBytes *image, GError **error)
{
  g_return_val_if_fail(engine != NULL, -1);
  return cv_ocr_image_count_pages(image, engine->max_pages, error);
}

char *
cv_ocr_recognize_image(CvOcrEngine *engine, GBytes *image, guint page,
                       float *confidence, GError **error)
{
  g_return_val_if_fail(engine != NULL, NULL);
  g_return_val_if_fail(image != NULL, NULL);
  if (page >= engine->max_pages) {
    g_set_error(error, CV_OCR_ERROR, CV_OCR_ERROR_TOO_LARGE,
                "page %u is beyond the limit of %u pages per image", page + 1,
                engine->max_pages);
    return NULL;
  }
  g_autoptr(CvOcrPix) grey = cv_ocr_image_decode_grey(image, page, engine->max_pixels, error);
  if (grey == NULL)
    return NULL;
  return cv_ocr_recognize_pix(engine, grey, (guint)pixGetYRes(grey), confidence, error);
}
