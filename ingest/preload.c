/* preload.c — owns cv_ingest_extractor_preload(): everything the readers
 * would otherwise load from the file system the first time a document
 * needs it, loaded up front so that the extractor's process can be
 * confined with no file system (tools/sandbox.c).  What was found lazily
 * opened, with `strace -f -e trace=%file` over every format:
 *  - Poppler's data directories (unicodeMap, nameToUnicode, cidToUnicode,
 *    cMap lists), read again each time no document is alive: pdf.c keeps
 *    one small document alive for good;
 *  - fontconfig's configuration and caches, then the font files matched
 *    for fonts a PDF does not embed: fontconfig is initialised, then given
 *    an empty configuration, so Poppler finds no new substitute (the one
 *    it found for Helvetica here it keeps, and its file is refused by the
 *    sandbox): those glyphs are not drawn on pages rendered for OCR;
 *  - glibc's gconv modules, loaded on the first conversion from a charset:
 *    one converter from each charset of charsets[] is opened and kept, so
 *    its module stays loaded; for another charset that needs a module
 *    (rare: the list covers Western, Central European, Cyrillic, Greek,
 *    Turkish, Hebrew, Arabic, Baltic, Vietnamese, Thai, Japanese, Chinese
 *    and Korean encodings) the sandbox refuses the module's file and the
 *    text is read without that converter;
 *  - the time zone (/etc/localtime is looked at on every localtime() while
 *    TZ is unset: the worker runs with TZ=UTC and calls tzset() here);
 *  - Tesseract's models: engines are created here (see cv-ocr.h for why
 *    not lazily from memory), the orientation model is read into memory.
 */
#include "ingest-private.h"

#include <fontconfig/fontconfig.h>
#include <iconv.h>
#include <time.h>

static const char *const charsets[] = {
  "WINDOWS-1250", "WINDOWS-1251", "WINDOWS-1252", "WINDOWS-1253",
  "WINDOWS-1254", "WINDOWS-1255", "WINDOWS-1256", "WINDOWS-1257",
  "WINDOWS-1258", "ISO-8859-2",   "ISO-8859-3",   "ISO-8859-4",
  "ISO-8859-5",   "ISO-8859-6",   "ISO-8859-7",   "ISO-8859-8",
  "ISO-8859-9",   "ISO-8859-10",  "ISO-8859-13",  "ISO-8859-14",
  "ISO-8859-15",  "ISO-8859-16",  "KOI8-R",       "KOI8-U",
  "IBM437",       "IBM850",       "IBM852",       "IBM866",
  "MACINTOSH",    "TIS-620",      "SHIFT_JIS",    "CP932",
  "EUC-JP",       "ISO-2022-JP",  "GB2312",       "GBK",
  "GB18030",      "BIG5",         "BIG5-HKSCS",   "EUC-KR",
  "CP949",        "ISO-2022-KR",  "UTF-7",        "UTF-16",
  "UTF-16LE",     "UTF-16BE",     "UTF-32",       "UTF-32LE",
  "UTF-32BE",     NULL,
};

static void
preload_charsets(void)
{
  /* Never closed: a module whose last converter is closed may be
   * unloaded, and loading it again would open its file. */
  static iconv_t kept[G_N_ELEMENTS(charsets)];
  for (guint i = 0; charsets[i] != NULL; i++) {
    if (kept[i] == NULL || kept[i] == (iconv_t)-1)
      kept[i] = iconv_open("UTF-8", charsets[i]);
  }
}

void
cv_ingest_extractor_preload(CvExtractor *ex)
{
  g_return_if_fail(ex != NULL);
  if (ex->preloaded)
    return;
  tzset();
  preload_charsets();
  cv_pdf_preload();
  /* From now on fontconfig knows no font, so nothing opens a font file. */
  FcConfig *empty = FcConfigCreate(); /* kept for the process's life */
  if (empty != NULL)
    FcConfigSetCurrent(empty);

  if (!ex->opt.no_ocr && !ex->ocr_deferred) {
    g_autoptr(GPtrArray) engines = g_ptr_array_new();
    for (guint i = 0; i < ex->opt.ocr_threads; i++) {
      g_autoptr(GError) err = NULL;
      CvOcrEngine *e = cv_extractor_take_engine(ex, &err);
      if (e == NULL) {
        g_free(ex->engine_error);
        ex->engine_error = g_strdup(err->message); /* "cannot start..." */
        break;
      }
      if (!cv_ocr_engine_preload(e, &err)) {
        /* Pages are then read as they are, not turned upright. */
        g_clear_error(&err);
      }
      g_ptr_array_add(engines, e);
    }
    for (guint i = 0; i < engines->len; i++)
      cv_extractor_return_engine(ex, g_ptr_array_index(engines, i));
  }
  ex->preloaded = TRUE;
}
