/* mkpdf.c — test helper: typesets UTF-8 text into a text-layer PDF with
 * cairo (DejaVu Sans).  '\f' in the input starts a new page.  Used by the
 * integration tests to generate fixtures and to make samples/.
 * --scan: each page is an image (150 DPI, no text layer), as a scanner
 * makes them: it needs OCR (a page's text must fit on it).
 * Usage: mkpdf [--scan] IN.txt OUT.pdf */
#include <stdio.h>
#include <string.h>

#include <cairo-pdf.h>
#include <cairo.h>
#include <glib.h>

#define PAGE_W 612.0 /* US Letter, points */
#define PAGE_H 792.0
#define MARGIN 72.0
#define FONT_SIZE 11.0
#define LEADING 15.0

static double y;

static void
emit_line(cairo_t *cr, const char *line)
{
  if (y > PAGE_H - MARGIN) {
    cairo_show_page(cr);
    y = MARGIN;
  }
  cairo_move_to(cr, MARGIN, y);
  cairo_show_text(cr, line);
  y += LEADING;
}

/* Wraps a paragraph at word boundaries to the text width. */
static void
emit_paragraph(cairo_t *cr, const char *para)
{
  g_auto(GStrv) words = g_strsplit(para, " ", -1);
  GString *line = g_string_new(NULL);
  for (guint i = 0; words[i]; i++) {
    GString *tryline = g_string_new(line->str);
    if (tryline->len)
      g_string_append_c(tryline, ' ');
    g_string_append(tryline, words[i]);
    cairo_text_extents_t ext;
    cairo_text_extents(cr, tryline->str, &ext);
    if (ext.x_advance > PAGE_W - 2 * MARGIN && line->len) {
      emit_line(cr, line->str);
      g_string_assign(line, words[i]);
    } else {
      g_string_assign(line, tryline->str);
    }
    g_string_free(tryline, TRUE);
  }
  emit_line(cr, line->str);
  g_string_free(line, TRUE);
}

int
main(int argc, char **argv)
{
  gboolean scan = argc == 4 && strcmp(argv[1], "--scan") == 0;
  if (scan) {
    argv++;
    argc--;
  }
  if (argc != 3) {
    fprintf(stderr, "usage: mkpdf [--scan] IN.txt OUT.pdf\n");
    return 2;
  }
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  if (!g_file_get_contents(argv[1], &text, NULL, &error)) {
    fprintf(stderr, "mkpdf: %s\n", error->message);
    return 1;
  }
  cairo_surface_t *surface = cairo_pdf_surface_create(argv[2], PAGE_W, PAGE_H);
  cairo_t *pdf = cairo_create(surface);
  cairo_t *cr = pdf;
  const double dpi = 150.0;
  cairo_surface_t *img = NULL;
  if (scan) {
    img = cairo_image_surface_create(
        CAIRO_FORMAT_RGB24, (int)(PAGE_W * dpi / 72), (int)(PAGE_H * dpi / 72));
    cr = cairo_create(img);
    cairo_scale(cr, dpi / 72, dpi / 72);
  }
  cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL,
                         CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size(cr, FONT_SIZE);
  g_auto(GStrv) pages = g_strsplit(text, "\f", -1);
  for (guint p = 0; pages[p]; p++) {
    if (p > 0 && !scan)
      cairo_show_page(cr);
    if (scan) {
      cairo_set_source_rgb(cr, 1, 1, 1);
      cairo_paint(cr);
      cairo_set_source_rgb(cr, 0, 0, 0);
    }
    y = MARGIN;
    g_auto(GStrv) lines = g_strsplit(pages[p], "\n", -1);
    for (guint i = 0; lines[i]; i++) {
      if (lines[i][0] == '\0')
        y += LEADING / 2;
      else
        emit_paragraph(cr, lines[i]);
    }
    if (scan) {
      /* the page as an image, nothing else */
      cairo_surface_flush(img);
      cairo_save(pdf);
      cairo_scale(pdf, 72 / dpi, 72 / dpi);
      cairo_set_source_surface(pdf, img, 0, 0);
      cairo_paint(pdf);
      cairo_restore(pdf);
      cairo_show_page(pdf);
    }
  }
  if (scan) {
    cairo_destroy(cr);
    cairo_surface_destroy(img);
  }
  cairo_destroy(pdf);
  cairo_surface_finish(surface);
  cairo_status_t st = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  if (st != CAIRO_STATUS_SUCCESS) {
    fprintf(stderr, "mkpdf: %s\n", cairo_status_to_string(st));
    return 1;
  }
  return 0;
}
