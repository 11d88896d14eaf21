/* mkpdf.c — test helper: typesets UTF-8 text into a text-layer PDF with
 * cairo (DejaVu Sans).  '\f' in the input starts a new page.  Used by the
 * integration tests to generate fixtures and to make samples/.
 * Usage: mkpdf IN.txt OUT.pdf */
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
  if (argc != 3) {
    fprintf(stderr, "usage: mkpdf IN.txt OUT.pdf\n");
    return 2;
  }
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  if (!g_file_get_contents(argv[1], &text, NULL, &error)) {
    fprintf(stderr, "mkpdf: %s\n", error->message);
    return 1;
  }
  cairo_surface_t *surface = cairo_pdf_surface_create(argv[2], PAGE_W, PAGE_H);
  cairo_t *cr = cairo_create(surface);
  cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL,
                         CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size(cr, FONT_SIZE);
  g_auto(GStrv) pages = g_strsplit(text, "\f", -1);
  for (guint p = 0; pages[p]; p++) {
    if (p > 0)
      cairo_show_page(cr);
    y = MARGIN;
    g_auto(GStrv) lines = g_strsplit(pages[p], "\n", -1);
    for (guint i = 0; lines[i]; i++) {
      if (lines[i][0] == '\0')
        y += LEADING / 2;
      else
        emit_paragraph(cr, lines[i]);
    }
  }
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  cairo_status_t st = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  if (st != CAIRO_STATUS_SUCCESS) {
    fprintf(stderr, "mkpdf: %s\n", cairo_status_to_string(st));
    return 1;
  }
  return 0;
}
