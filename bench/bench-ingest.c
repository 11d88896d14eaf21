/* bench-ingest.c — benchmark and inspection driver of ingest/: extracts the
 * given files in memory with one extractor and reports pages, bytes and
 * time (pages/s over all files).  --dump prints the extracted text (for
 * manual checks only: it is document text).
 * Usage: bench-ingest [--dump] [--no-ocr] [--threads N] [--repeat N] FILE...
 */
#include <stdio.h>
#include <stdlib.h>

#include "cv-ingest.h"

int
main(int argc, char **argv)
{
  gboolean dump = FALSE, no_ocr = FALSE, quiet = FALSE;
  int threads = 1, repeat = 1;
  GOptionEntry entries[] = {
    { "dump", 0, 0, G_OPTION_ARG_NONE, &dump, "print the text", NULL },
    { "no-ocr", 0, 0, G_OPTION_ARG_NONE, &no_ocr, "never OCR", NULL },
    { "threads", 't', 0, G_OPTION_ARG_INT, &threads, "OCR threads", "N" },
    { "repeat", 'r', 0, G_OPTION_ARG_INT, &repeat, "passes over the files", "N" },
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, "summary only", NULL },
    { NULL },
  };
  g_autoptr(GOptionContext) ctx = g_option_context_new("FILE...");
  g_option_context_add_main_entries(ctx, entries, NULL);
  g_autoptr(GError) err = NULL;
  if (!g_option_context_parse(ctx, &argc, &argv, &err)) {
    fprintf(stderr, "bench-ingest: %s\n", err->message);
    return 2;
  }
  CvIngestOptions o = { 0 };
  o.no_ocr = no_ocr;
  o.ocr_threads = (guint)MAX(threads, 1);
  g_autoptr(CvExtractor) ex = cv_ingest_extractor_new(&o, &err);
  if (ex == NULL) {
    fprintf(stderr, "bench-ingest: %s\n", err->message);
    return 1;
  }
  guint64 pages = 0, bytes = 0;
  int failures = 0;
  gint64 t0 = g_get_monotonic_time();
  for (int r = 0; r < MAX(repeat, 1); r++) {
    for (int i = 1; i < argc; i++) {
      g_autoptr(GMappedFile) mf = g_mapped_file_new(argv[i], FALSE, &err);
      if (mf == NULL) {
        fprintf(stderr, "%s: %s\n", argv[i], err->message);
        g_clear_error(&err);
        failures++;
        continue;
      }
      g_autoptr(GBytes) in = g_mapped_file_get_bytes(mf);
      gint64 t1 = g_get_monotonic_time();
      g_autoptr(CvDocument) doc = cv_ingest_extract(ex, in, &err);
      double ms = (g_get_monotonic_time() - t1) / 1000.0;
      if (doc == NULL) {
        printf("%s\tERROR\t%s\t%.1f ms\n", argv[i], err->message, ms);
        g_clear_error(&err);
        failures++;
        continue;
      }
      gsize len = 0;
      const char *text = cv_ingest_document_text(doc, &len);
      guint n = cv_ingest_document_n_pages(doc);
      pages += n;
      bytes += len;
      if (!quiet) {
        guint ocr = 0;
        for (guint p = 0; p < n; p++)
          ocr += cv_ingest_document_page_source(doc, p) == CV_PAGE_OCR;
        printf("%s\t%s\t%s\t%u pages (%u OCR)\t%zu bytes\t%.1f ms\n", argv[i],
               cv_ingest_document_mime(doc), cv_ingest_document_encoding(doc),
               n, ocr, len, ms);
        const char *const *w = cv_ingest_document_warnings(doc);
        for (guint k = 0; w[k] != NULL; k++)
          printf("\twarning: %s\n", w[k]);
      }
      if (dump)
        printf("-----\n%s\n-----\n", text);
    }
  }
  double s = (g_get_monotonic_time() - t0) / 1e6;
  printf("total\t%" G_GUINT64_FORMAT " pages\t%" G_GUINT64_FORMAT
         " bytes\t%.3f s\t%.1f pages/s\t%d failures\n",
         pages, bytes, s, s > 0 ? pages / s : 0.0, failures);
  return failures ? 1 : 0;
}
