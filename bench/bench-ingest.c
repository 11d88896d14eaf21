/* bench-ingest.c — benchmark and inspection driver of ingest/: extracts the
 * given files in memory with one extractor and reports pages, bytes and
 * time (pages/s over all files).  --dump prints the extracted text (for
 * manual checks only: it is document text).  --make-pdf N OUT writes a
 * synthetic N-page Letter PDF (French-like prose, DejaVu Sans 10 pt, ~45
 * lines a page) with cairo; with --scanned its pages are 300 dpi grey
 * images without a text layer (for the OCR memory benchmark).
 * Usage: bench-ingest [--dump] [--no-ocr] [--threads N] [--repeat N] FILE...
 *        bench-ingest --make-pdf N [--scanned] OUT.pdf
 */
#include <cairo-pdf.h>
#include <cairo.h>
#include <stdio.h>
#include <stdlib.h>

#include "cv-ingest.h"

static const char *const vocab[] = {
  "le", "la", "les", "de", "du", "des", "dossier", "demande", "décision",
  "comité", "procès-verbal", "réunion", "ministère", "Québec", "accès",
  "information", "renseignements", "personnels", "été", "transmis", "à",
  "la", "suite", "du", "traitement", "délai", "révision", "bureau", "régional",
  "municipalité", "article", "loi", "règlement", "citoyen", "plainte",
  "signé", "reçu", "février", "numéro", "et", "ou", "pour", "avec", "sans",
  "après", "avant", "élève", "école", "subvention", "rénovation", "approuvée",
};

/* Writes an @n-page PDF to @out. */
static int
make_pdf(int n, gboolean scanned, const char *out)
{
  cairo_surface_t *pdf = cairo_pdf_surface_create(out, 612, 792);
  cairo_t *cr = cairo_create(pdf);
  GRand *r = g_rand_new_with_seed(1234);
  for (int p = 0; p < n; p++) {
    cairo_surface_t *img = NULL;
    cairo_t *c = cr;
    double k = 1;
    if (scanned) {
      img = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 2550, 3300);
      c = cairo_create(img);
      cairo_set_source_rgb(c, 1, 1, 1);
      cairo_paint(c);
      k = 300.0 / 72;
    }
    cairo_set_source_rgb(c, 0, 0, 0);
    cairo_select_font_face(c, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL,
                           CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(c, 10 * k);
    for (int l = 0; l < 45; l++) {
      GString *line = g_string_new(NULL);
      if (l == 0)
        g_string_append_printf(line, "Page %d.", p + 1);
      while (line->len < 85) {
        if (line->len)
          g_string_append_c(line, ' ');
        g_string_append(line, vocab[g_rand_int_range(r, 0, G_N_ELEMENTS(vocab))]);
      }
      g_string_append_c(line, '.');
      cairo_move_to(c, 54 * k, (60 + l * 15) * k);
      cairo_show_text(c, line->str);
      g_string_free(line, TRUE);
    }
    if (scanned) {
      cairo_destroy(c);
      cairo_save(cr);
      cairo_scale(cr, 72.0 / 300, 72.0 / 300);
      cairo_set_source_surface(cr, img, 0, 0);
      cairo_paint(cr);
      cairo_restore(cr);
      cairo_surface_destroy(img);
    }
    cairo_show_page(cr);
  }
  g_rand_free(r);
  cairo_destroy(cr);
  cairo_surface_finish(pdf);
  int ok = cairo_surface_status(pdf) == CAIRO_STATUS_SUCCESS;
  cairo_surface_destroy(pdf);
  return ok ? 0 : 1;
}

int
main(int argc, char **argv)
{
  int make_pages = 0;
  gboolean scanned = FALSE;
  gboolean dump = FALSE, no_ocr = FALSE, quiet = FALSE;
  int threads = 1, repeat = 1;
  GOptionEntry entries[] = {
    { "dump", 0, 0, G_OPTION_ARG_NONE, &dump, "print the text", NULL },
    { "no-ocr", 0, 0, G_OPTION_ARG_NONE, &no_ocr, "never OCR", NULL },
    { "threads", 't', 0, G_OPTION_ARG_INT, &threads, "OCR threads", "N" },
    { "repeat", 'r', 0, G_OPTION_ARG_INT, &repeat, "passes over the files", "N" },
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, "summary only", NULL },
    { "make-pdf", 0, 0, G_OPTION_ARG_INT, &make_pages, "write an N-page PDF to the one FILE", "N" },
    { "scanned", 0, 0, G_OPTION_ARG_NONE, &scanned, "with --make-pdf: image pages", NULL },
    { NULL },
  };
  g_autoptr(GOptionContext) ctx = g_option_context_new("FILE...");
  g_option_context_add_main_entries(ctx, entries, NULL);
  g_autoptr(GError) err = NULL;
  if (!g_option_context_parse(ctx, &argc, &argv, &err)) {
    fprintf(stderr, "bench-ingest: %s\n", err->message);
    return 2;
  }
  if (make_pages > 0) {
    if (argc != 2) {
      fprintf(stderr, "bench-ingest: --make-pdf takes one output file\n");
      return 2;
    }
    return make_pdf(make_pages, scanned, argv[1]);
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
