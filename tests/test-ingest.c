/* test-ingest.c — unit tests of ingest/: detection, text encodings, PDF text
 * layer, normalisation, serialization, chunking, caps.  Every fixture is
 * generated here (cairo PDFs, libzip archives, byte strings); the corpus
 * tests at the end use ../shared and skip when it is absent.
 */
#include <cairo-pdf.h>
#include <gio/gio.h>
#include <stdio.h>
#include <cairo.h>
#include <string.h>
#include <sys/resource.h>
#include <zip.h>

#include <json-glib/json-glib.h>

#include "cv-ingest.h"
#include "ingest-private.h"

/* Fontconfig keeps its caches (filled by cairo's toy font API in the
 * fixtures and by Poppler) until exit: not leaks of caviar's.  Used only
 * by LeakSanitizer in -Db_sanitize=address builds. */
const char *__lsan_default_suppressions(void);
G_GNUC_UNUSED const char *
__lsan_default_suppressions(void)
{
  return "leak:libfontconfig.so\n";
}

/* ---------- helpers ---------- */

static CvExtractor *
new_extractor(gboolean no_ocr)
{
  CvIngestOptions o = { 0 };
  o.no_ocr = no_ocr;
  g_autoptr(GError) err = NULL;
  CvExtractor *ex = cv_ingest_extractor_new(&o, &err);
  g_assert_no_error(err);
  g_assert_nonnull(ex);
  return ex;
}

static CvDocument *
extract_mem(CvExtractor *ex, const void *data, gsize len, GError **error)
{
  g_autoptr(GBytes) b = g_bytes_new(data, len);
  return cv_ingest_extract(ex, b, error);
}

static CvDocument *
extract_ok(CvExtractor *ex, const void *data, gsize len)
{
  g_autoptr(GError) err = NULL;
  CvDocument *doc = extract_mem(ex, data, len, &err);
  g_assert_no_error(err);
  g_assert_nonnull(doc);
  return doc;
}

/* Text of page @i (without the '\f' separator), g_free. */
static char *
page_text(const CvDocument *doc, guint i)
{
  gsize len = 0;
  const char *text = cv_ingest_document_text(doc, &len);
  gsize a = cv_ingest_document_page_offset(doc, i);
  gsize z = cv_ingest_document_page_offset(doc, i + 1);
  g_assert_cmpuint(a, <=, z);
  g_assert_cmpuint(z, <=, len);
  if (i + 1 < cv_ingest_document_n_pages(doc)) {
    g_assert_cmpint(text[z - 1], ==, '\f');
    z--;
  }
  return g_strndup(text + a, z - a);
}

/* Checks the invariants every document must hold. */
static void
check_doc_invariants(const CvDocument *doc)
{
  gsize len = 0;
  const char *text = cv_ingest_document_text(doc, &len);
  g_assert_nonnull(text);
  g_assert_cmpuint(strlen(text), ==, len);
  g_assert_true(g_utf8_validate(text, len, NULL));
  guint n = cv_ingest_document_n_pages(doc);
  g_assert_cmpuint(cv_ingest_document_page_offset(doc, 0), ==, 0);
  g_assert_cmpuint(cv_ingest_document_page_offset(doc, n), ==, len);
  for (guint i = 0; i < n; i++) {
    g_autofree char *p = page_text(doc, i);
    g_assert_null(strchr(p, '\f'));
    CvPageSource s = cv_ingest_document_page_source(doc, i);
    float c = cv_ingest_document_page_confidence(doc, i);
    if (s == CV_PAGE_TEXT)
      g_assert_cmpfloat(c, ==, -1.0f);
  }
  /* control characters other than \n \t \f are gone */
  for (gsize i = 0; i < len; i++) {
    guchar c = (guchar)text[i];
    if (c < 0x20)
      g_assert_true(c == '\n' || c == '\t' || c == '\f');
  }
  g_assert_nonnull(cv_ingest_document_warnings(doc));
}

static void
assert_contains(const char *hay, const char *needle)
{
  if (strstr(hay, needle) == NULL)
    g_error("expected to find «%s» in «%s»", needle, hay);
}

/* ---------- cairo PDF fixtures ---------- */

static cairo_status_t
write_to_array(void *closure, const unsigned char *data, unsigned int length)
{
  g_byte_array_append(closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* One PDF page per string; '\n' starts a new line. */
static GBytes *
make_text_pdf(const char *const *pages)
{
  GByteArray *out = g_byte_array_new();
  cairo_surface_t *s =
      cairo_pdf_surface_create_for_stream(write_to_array, out, 612, 792);
  cairo_t *cr = cairo_create(s);
  cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL,
                         CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size(cr, 12);
  for (guint p = 0; pages[p] != NULL; p++) {
    g_auto(GStrv) lines = g_strsplit(pages[p], "\n", -1);
    double y = 72;
    for (guint l = 0; lines[l] != NULL; l++) {
      cairo_move_to(cr, 72, y);
      cairo_show_text(cr, lines[l]);
      y += 18;
    }
    cairo_show_page(cr);
  }
  cairo_destroy(cr);
  cairo_surface_finish(s);
  g_assert_cmpint(cairo_surface_status(s), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy(s);
  return g_byte_array_free_to_bytes(out);
}

/* A grey image of text lines (what a scanner gives), 300 dpi Letter. */
static cairo_surface_t *
make_scan_surface(const char *text)
{
  int w = 2550, h = 3300;
  cairo_surface_t *img = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
  cairo_t *cr = cairo_create(img);
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_paint(cr);
  cairo_set_source_rgb(cr, 0, 0, 0);
  cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL,
                         CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size(cr, 12 * 300 / 72.0);
  g_auto(GStrv) lines = g_strsplit(text, "\n", -1);
  double y = 300;
  for (guint l = 0; lines[l] != NULL; l++) {
    cairo_move_to(cr, 300, y);
    cairo_show_text(cr, lines[l]);
    y += 18 * 300 / 72.0;
  }
  cairo_destroy(cr);
  cairo_surface_flush(img);
  return img;
}

/* PDF whose pages are either text (text_page[i]) or scanned images. */
static GBytes *
make_mixed_pdf(const char *const *pages, const gboolean *scanned)
{
  GByteArray *out = g_byte_array_new();
  cairo_surface_t *s =
      cairo_pdf_surface_create_for_stream(write_to_array, out, 612, 792);
  cairo_t *cr = cairo_create(s);
  for (guint p = 0; pages[p] != NULL; p++) {
    if (scanned[p]) {
      cairo_surface_t *img = make_scan_surface(pages[p]);
      cairo_save(cr);
      cairo_scale(cr, 72.0 / 300, 72.0 / 300);
      cairo_set_source_surface(cr, img, 0, 0);
      cairo_paint(cr);
      cairo_restore(cr);
      cairo_surface_destroy(img);
      if (scanned[p] == 2) { /* a typed stamp over the scan: little text */
        cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL,
                               CAIRO_FONT_WEIGHT_NORMAL);
        cairo_set_font_size(cr, 9);
        cairo_set_source_rgb(cr, 0, 0, 0);
        cairo_move_to(cr, 400, 770);
        cairo_show_text(cr, "REÇU LE 12 MARS 2024");
      }
    } else {
      cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL,
                             CAIRO_FONT_WEIGHT_NORMAL);
      cairo_set_font_size(cr, 12);
      g_auto(GStrv) lines = g_strsplit(pages[p], "\n", -1);
      double y = 72;
      for (guint l = 0; lines[l] != NULL; l++) {
        cairo_move_to(cr, 72, y);
        cairo_show_text(cr, lines[l]);
        y += 18;
      }
    }
    cairo_show_page(cr);
  }
  cairo_destroy(cr);
  cairo_surface_finish(s);
  cairo_surface_destroy(s);
  return g_byte_array_free_to_bytes(out);
}

/* ---------- text files ---------- */

static const char *sample_fr =
    "Le dossier de Mme Hélène Côté (né à Québec) est transmis.\n"
    "Numéro : 12 345 — « reçu » le 3 février.\n";

static void
test_text_utf8(void)
{
  g_autoptr(CvExtractor) ex = new_extractor(TRUE);
  g_autoptr(CvDocument) a = extract_ok(ex, sample_fr, strlen(sample_fr));
  check_doc_invariants(a);
  g_assert_cmpstr(cv_ingest_document_mime(a), ==, "text/plain");
  g_assert_cmpstr(cv_ingest_document_encoding(a), ==, "utf-8");
  g_assert_cmpuint(cv_ingest_document_n_pages(a), ==, 1);
  g_assert_cmpint(cv_ingest_document_page_source(a, 0), ==, CV_PAGE_TEXT);
  g_assert_cmpstr(cv_ingest_document_text(a, NULL), ==, sample_fr);

  g_autofree char *bom = g_strconcat("\xEF\xBB\xBF", sample_fr, NULL);
  g_autoptr(CvDocument) b = extract_ok(ex, bom, strlen(bom));
  check_doc_invariants(b);
  g_assert_cmpstr(cv_ingest_document_text(b, NULL), ==, sample_fr);
}

static void
test_text_utf16(void)
{
  g_autoptr(CvExtractor) ex = new_extractor(TRUE);
  const char *encs[] = { "UTF-16LE", "UTF-16BE" };
  const guint8 boms[][2] = { { 0xFF, 0xFE }, { 0xFE, 0xFF } };
  for (guint i = 0; i < 2; i++) {
    gsize n = 0;
    g_autoptr(GError) err = NULL;
    g_autofree char *conv =
        g_convert(sample_fr, -1, encs[i], "UTF-8", NULL, &n, &err);
    g_assert_no_error(err);
    g_autofree guint8 *buf = g_malloc(n + 2);
    memcpy(buf, boms[i], 2);
    memcpy(buf + 2, conv, n);
    g_autoptr(CvDocument) doc = extract_ok(ex, buf, n + 2);
    check_doc_invariants(doc);
    g_assert_cmpstr(cv_ingest_document_mime(doc), ==, "text/plain");
    g_assert_cmpstr(cv_ingest_document_text(doc, NULL), ==, sample_fr);

    /* Without a BOM (libmagic: application/octet-stream) */
    g_autoptr(CvDocument) nobom = extract_ok(ex, conv, n);
    g_assert_cmpstr(cv_ingest_document_text(nobom, NULL), ==, sample_fr);

    /* Odd length and a lone surrogate: replacement characters, no crash. */
    guint8 bad[] = { boms[i][0], boms[i][1], 0, 0, 0, 0, 0 };
    gboolean le = i == 0;
    bad[le ? 2 : 3] = 'A';
    bad[le ? 5 : 4] = 0xD8; /* high surrogate alone */
    g_autoptr(CvDocument) d2 = extract_ok(ex, bad, sizeof bad);
    check_doc_invariants(d2);
    assert_contains(cv_ingest_document_text(d2, NULL), "A");
    assert_contains(cv_ingest_document_text(d2, NULL), "\xEF\xBF\xBD");
  }
}

static void
test_text_cp1252(void)
{
  g_autoptr(CvExtractor) ex = new_extractor(TRUE);
  /* "Élève café: l’œuvre coûte 5 €." in Windows-1252 */
  const char cp[] = "\xC9l\xE8ve caf\xE9: l\x92\x9cuvre co\xFBte 5 \x80.\n"
                    "Fin du texte de la lettre envoy\xE9" "e.\n";
  g_autoptr(CvDocument) doc = extract_ok(ex, cp, strlen(cp));
  check_doc_invariants(doc);
  g_assert_cmpstr(cv_ingest_document_mime(doc), ==, "text/plain");
  g_assert_cmpstr(cv_ingest_document_text(doc, NULL), ==,
                  "Élève café: l’œuvre coûte 5 €.\n"
                  "Fin du texte de la lettre envoyée.\n");

  /* 0x81 is undefined in CP1252: U+FFFD */
  const char undef[] = "caf\xE9 \x81 fin de la ligne de texte ordinaire\n";
  g_autoptr(CvDocument) d2 = extract_ok(ex, undef, strlen(undef));
  g_assert_cmpstr(cv_ingest_document_text(d2, NULL), ==,
                  "café \xEF\xBF\xBD fin de la ligne de texte ordinaire\n");
}

static void
test_text_invalid(void)
{
  g_autoptr(CvExtractor) ex = new_extractor(TRUE);
  /* Mostly UTF-8 with one broken sequence: stays UTF-8. */
  const char mostly[] = "Québec, Montréal, Trois-Rivières \xC3( fin é\n";
  g_autoptr(CvDocument) doc = extract_ok(ex, mostly, strlen(mostly));
  check_doc_invariants(doc);
  assert_contains(cv_ingest_document_text(doc, NULL), "Montréal");

  /* Random bytes: text or a clean error, never invalid output. */
  GRand *r = g_rand_new_with_seed(42);
  for (int round = 0; round < 300; round++) {
    guint8 buf[512];
    gsize n = (gsize)g_rand_int_range(r, 1, sizeof buf);
    for (gsize i = 0; i < n; i++) {
      /* printable-heavy so that libmagic says text most of the time */
      guint32 v = g_rand_int(r);
      buf[i] = (v & 3) ? (guint8)(0x20 + v % 95) : (guint8)(v >> 8);
    }
    g_autoptr(GError) err = NULL;
    g_autoptr(CvDocument) d = extract_mem(ex, buf, n, &err);
    if (d != NULL)
      check_doc_invariants(d);
    else
      g_assert_true(err != NULL && err->domain == CV_INGEST_ERROR);
  }
  g_rand_free(r);
}

static void
test_text_pages(void)
{
  g_autoptr(CvExtractor) ex = new_extractor(TRUE);
  const char t[] = "page one\fpage two\r\nline\f";
  g_autoptr(CvDocument) doc = extract_ok(ex, t, strlen(t));
  check_doc_invariants(doc);
  g_assert_cmpuint(cv_ingest_document_n_pages(doc), ==, 2);
  g_autofree char *p0 = page_text(doc, 0);
  g_autofree char *p1 = page_text(doc, 1);
  g_assert_cmpstr(p0, ==, "page one");
  g_assert_cmpstr(p1, ==, "page two\nline");
}

/* ---------- normalisation ---------- */

static void
test_normalize(void)
{
  /* The fast path's claim: these code points are NFC on their own. */
  for (gunichar c = 1; c < 0x3000; c++) {
    if (!cv_normalize_nfc_stable(c))
      continue;
    char buf[8];
    int n = g_unichar_to_utf8(c, buf);
    g_autofree char *nfc = g_utf8_normalize(buf, n, G_NORMALIZE_NFC);
    g_assert_cmpmem(nfc, strlen(nfc), buf, n);
  }
  struct {
    const char *in, *out;
    gboolean ocr;
  } cases[] = {
    { "e\xCC\x81t\xC3\xA9", "été", FALSE }, /* NFD -> NFC */
    { "\xEF\xAC\x81n \xEF\xAC\x82"
      "eur \xEF\xAC\x83",
      "fin fleur ffi", FALSE },
    { "c\xC5\x93ur", "cœur", FALSE }, /* œ is kept */
    { "12\xE2\x80\xAF"
      "345\xE2\x80\x87"
      "6\xC2\xA0$",
      "12\xC2\xA0"
      "345\xC2\xA0"
      "6\xC2\xA0$",
      FALSE },
    { "a\xE2\x80\x83"
      "b",
      "a b", FALSE },                        /* em space */
    { "ana\xC2\xADlyse", "analyse", FALSE }, /* soft hyphen */
    { "a\x01\x7F"
      "b\xC2\x85"
      "c\td\r\ne\rf",
      "ab\nc\td\ne\nf", FALSE },
    { "z\xE2\x80\x8B"
      "w\xEF\xBB\xBF",
      "zw", FALSE },
    { "proc\xC3\xA9-\ndure", "procédure", TRUE },
    { "proc\xC3\xA9-  \n  dure", "procédure", TRUE },
    { "proc\xC3\xA9-\ndure", "procé-\ndure", FALSE }, /* text layer: kept */
    { "Jean-\nFran\xC3\xA7ois", "Jean-\nFrançois", TRUE }, /* capital */
    { "12-\n34", "12-\n34", TRUE },
    { "bad \xFF\xC3 end", "bad \xEF\xBF\xBD\xEF\xBF\xBD end", FALSE },
    { "a\fb", "a\nb", FALSE },
    /* OCR hyphenation: joined, the line break moves after the word */
    { "la gestion de l'adminis-\ntration des dossiers",
      "la gestion de l'administration\ndes dossiers", TRUE },
    { "adminis-\ntration\nsuite", "administration\nsuite", TRUE },
    { "adminis-  \n  tration", "administration", TRUE },
    { "adminis-\ntration  des", "administration\ndes", TRUE },
    /* kept: a capital, a digit or a new paragraph after it */
    { "Jean-\nPierre", "Jean-\nPierre", TRUE },
    { "pages 12-\n14", "pages 12-\n14", TRUE },
    { "adminis-\n\ntration", "adminis-\n\ntration", TRUE },
    /* U+2010 and the soft hyphen at a line end; a soft hyphen inside */
    { "trans\xe2\x80\x90\nmission", "transmission", TRUE },
    { "trans\xc2\xad\nmission", "transmission", TRUE },
    { "trans\xc2\xad\nmission", "trans\nmission", FALSE },
    { "ab\xc2\xad"
      "cd",
      "abcd", TRUE },
    /* a ligature starting the continuation is lower case too */
    { "con-\n\xef\xac\x81"
      "ance et",
      "confiance\net", TRUE },
    /* the pending break is written once, at the first space only */
    { "ad-\nmis le dossier", "admis\nle dossier", TRUE },
  };
  for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
    gsize n = 0;
    g_autofree char *got =
        cv_normalize_text(cases[i].in, strlen(cases[i].in), cases[i].ocr, &n);
    g_assert_cmpuint(strlen(got), ==, n);
    g_assert_cmpstr(got, ==, cases[i].out);
  }
}

/* CPU seconds (user + system) of this process. */
static double
cpu_now(void)
{
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 + ru.ru_stime.tv_sec +
         ru.ru_stime.tv_usec / 1e6;
}

/* Repeats @unit up to @total bytes. */
static char *
repeat_unit(const char *first, const char *unit, gsize total, gsize *len)
{
  GString *s = g_string_new(first);
  while (s->len < total)
    g_string_append(s, unit);
  *len = s->len;
  return g_string_free(s, FALSE);
}

/* 2 MB that made g_utf8_normalize quadratic: a letter with two million
 * combining marks of alternating classes, "e + U+0301" pairs (each
 * composition moved the rest of the buffer), Tibetan U+0F73 (starter that
 * decomposes to two marks), marks split by invisible characters.  Each
 * must take well under a second of CPU (it took minutes). */
static void
test_normalize_adversarial(void)
{
  static const struct {
    const char *first, *unit;
  } cases[] = {
    { "a", "\xCC\x81\xCC\x96" },             /* ccc 230, 220, ... */
    { "", "e\xCC\x81" },                     /* NFD é, composes */
    { "", "\xE1\x84\x80\xE1\x85\xA1" },      /* Hangul L V, composes */
    { "a", "\xE0\xBD\xB3" },                 /* U+0F73 -> 0F71 0F72 */
    { "a", "\xCC\x81\xCC\x96\xE2\x80\x8B" }, /* marks, ZWSP (dropped) */
  };
  for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
    gsize len = 0;
    g_autofree char *in =
        repeat_unit(cases[i].first, cases[i].unit, 2 * 1024 * 1024, &len);
    double t0 = cpu_now();
    gsize n = 0;
    guint64 dropped = 0;
    g_autofree char *out = cv_normalize_text_full(in, len, FALSE, &n, &dropped);
    double spent = cpu_now() - t0;
    g_test_message("case %u: %" G_GSIZE_FORMAT " -> %" G_GSIZE_FORMAT
                   " bytes, %.3f s CPU, %" G_GUINT64_FORMAT " marks dropped",
                   i, len, n, spent, dropped);
    g_assert_true(g_utf8_validate(out, (gssize)n, NULL));
#ifndef __SANITIZE_ADDRESS__
    g_assert_cmpfloat(spent, <, 1.0);
#endif
    /* No run of non-starters longer than the cap survives. */
    guint run = 0, longest = 0;
    for (const char *p = out; *p; p = g_utf8_next_char(p)) {
      run = g_unichar_combining_class(g_utf8_get_char(p)) ? run + 1 : 0;
      longest = MAX(longest, run);
    }
    g_assert_cmpuint(longest, <=, CV_NORMALIZE_MAX_MARKS);
    if (i == 1) { /* é x N, nothing dropped */
      g_assert_cmpuint(dropped, ==, 0);
      g_assert_cmpuint(n, ==, len / 3 * 2);
      g_assert_true(g_str_has_prefix(out, "\xC3\xA9\xC3\xA9"));
    }
    if (i == 0 || i == 3 || i == 4)
      g_assert_cmpuint(dropped, >, 0);
  }
}

/* The windows give the same NFC as one call on ordinary text longer than
 * a window (French in NFD, Korean jamo, Vietnamese stacked marks). */
static void
test_normalize_windows(void)
{
  GString *s = g_string_new(NULL);
  for (guint i = 0; s->len < 200 * 1024; i++) {
    g_string_append(s,
                    "Le comite\xCC\x81 a e\xCC\x81tudie\xCC\x81 la demande. ");
    if (i % 7 == 0)
      g_string_append(s, "\xE1\x84\x80\xE1\x85\xA1\xE1\x86\xA8 "); /* 각 */
    if (i % 11 == 0)
      g_string_append(s, "Vie\xCC\xA3\xCC\x82t "); /* ệ */
    if (i % 13 == 0)
      g_string_append(s, "\xE3\x81\x8B\xE3\x82\x99"); /* か + voiced mark */
  }
  gsize n = 0;
  g_autofree char *got = cv_normalize_text(s->str, s->len, FALSE, &n);
  g_autofree char *want =
      g_utf8_normalize(s->str, (gssize)s->len, G_NORMALIZE_NFC);
  g_assert_cmpstr(got, ==, want);
  g_string_free(s, TRUE);
}

/* Dropping marks is not silent: the document says so. */
static void
test_normalize_warning(void)
{
  g_autoptr(CvExtractor) ex = new_extractor(TRUE);
  gsize len = 0;
  g_autofree char *in = repeat_unit("Zalgo a", "\xCC\x81\xCC\x96", 4096, &len);
  g_autoptr(GError) err = NULL;
  g_autoptr(CvDocument) doc = extract_mem(ex, (const guint8 *)in, len, &err);
  g_assert_no_error(err);
  const char *const *w = cv_ingest_document_warnings(doc);
  gboolean found = FALSE;
  for (guint i = 0; w[i] != NULL; i++)
    found = found || strstr(w[i], "combining marks dropped") != NULL;
  g_assert_true(found);
}

static gboolean
has_warning(CvDocument *doc, const char *needle)
{
  const char *const *w = cv_ingest_document_warnings(doc);
  for (guint i = 0; w[i] != NULL; i++)
    if (strstr(w[i], needle) != NULL)
      return TRUE;
  return FALSE;
}

/* HTML nested far past the walk's cap (and libxml2's default 256): the
 * text deep inside and after it is kept, with a warning. */
static void
test_html_deep(void)
{
  g_autoptr(CvExtractor) ex = new_extractor(TRUE);
  GString *s = g_string_new("<html><body><p>Avant</p>");
  for (guint i = 0; i < 3000; i++)
    g_string_append(s, "<div>");
  g_string_append(s, "Texte profond");
  for (guint i = 0; i < 3000; i++)
    g_string_append(s, "</div>");
  g_string_append(s, "<p>Texte final</p></body></html>");
  g_autoptr(GError) err = NULL;
  g_autoptr(CvDocument) doc = extract_mem(ex, s->str, s->len, &err);
  g_string_free(s, TRUE);
  g_assert_no_error(err);
  const char *text = cv_ingest_document_text(doc, NULL);
  g_assert_nonnull(strstr(text, "Avant"));
  g_assert_nonnull(strstr(text, "Texte profond"));
  g_assert_nonnull(strstr(text, "Texte final"));
  g_assert_true(has_warning(doc, "nested more than"));
}

/* MIME nested 10,000 deep (GMime itself stops at 1024): the body is kept,
 * with a warning. */
static void
test_email_deep(void)
{
  g_autoptr(CvExtractor) ex = new_extractor(TRUE);
  GString *s = g_string_new("From: a@example.org\nTo: b@example.org\n"
                            "Subject: profond\nMIME-Version: 1.0\n");
  for (guint i = 0; i < 10000; i++)
    g_string_append_printf(
        s, "Content-Type: multipart/mixed; boundary=\"b%u\"\n\n--b%u\n", i, i);
  g_string_append(s,
                  "Content-Type: text/plain\n\nLe corps du message profond.\n");
  for (guint i = 10000; i-- > 0;)
    g_string_append_printf(s, "--b%u--\n", i);
  g_autoptr(GError) err = NULL;
  g_autoptr(CvDocument) doc = extract_mem(ex, s->str, s->len, &err);
  g_string_free(s, TRUE);
  g_assert_no_error(err);
  g_assert_nonnull(strstr(cv_ingest_document_text(doc, NULL),
                          "Le corps du message profond."));
  g_assert_true(has_warning(doc, "MIME parts nested more than"));
}

/* ---------- detection ---------- */

static void
test_unsupported(void)
{
  g_autoptr(CvExtractor) ex = new_extractor(TRUE);
  /* gzip of "hello" (RFC 1952 member, made by gzip -n) */
  const guint8 gz[] = { 0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
                        0x03, 0xcb, 0x48, 0xcd, 0xc9, 0xc9, 0xe7, 0x02, 0x00,
                        0x20, 0x30, 0x3a, 0x36, 0x06, 0x00, 0x00, 0x00 };
  g_autoptr(GError) err = NULL;
  g_autoptr(CvDocument) doc = extract_mem(ex, gz, sizeof gz, &err);
  g_assert_null(doc);
  g_assert_error(err, CV_INGEST_ERROR, CV_INGEST_ERROR_UNSUPPORTED);
  g_assert_cmpstr(err->message, ==, "unsupported type application/gzip");

  /* An ELF header */
  guint8 elf[128] = { 0x7f, 'E', 'L', 'F', 2, 1, 1, 0 };
  elf[16] = 2; /* ET_EXEC */
  elf[18] = 0x3e; /* x86-64 */
  elf[20] = 1;
  g_autoptr(GError) err2 = NULL;
  g_autoptr(CvDocument) d2 = extract_mem(ex, elf, sizeof elf, &err2);
  g_assert_null(d2);
  g_assert_error(err2, CV_INGEST_ERROR, CV_INGEST_ERROR_UNSUPPORTED);
  g_assert_true(g_str_has_prefix(err2->message, "unsupported type application/"));
}

static void
test_empty(void)
{
  g_autoptr(CvExtractor) ex = new_extractor(TRUE);
  g_autoptr(CvDocument) doc = extract_ok(ex, "", 0);
  check_doc_invariants(doc);
  g_assert_cmpuint(cv_ingest_document_n_pages(doc), ==, 0);
  gsize len = 99;
  cv_ingest_document_text(doc, &len);
  g_assert_cmpuint(len, ==, 0);
  g_assert_nonnull(cv_ingest_document_warnings(doc)[0]);
}

static void
test_caps(void)
{
  CvIngestOptions o = { 0 };
  o.no_ocr = TRUE;
  o.max_bytes = 100;
  g_autoptr(CvExtractor) ex = cv_ingest_extractor_new(&o, NULL);
  g_autofree char *big = g_strnfill(101, 'a');
  g_autoptr(GError) err = NULL;
  g_autoptr(CvDocument) d = extract_mem(ex, big, 101, &err);
  g_assert_null(d);
  g_assert_error(err, CV_INGEST_ERROR, CV_INGEST_ERROR_TOO_LARGE);

  CvIngestOptions o2 = { 0 };
  o2.no_ocr = TRUE;
  o2.max_text_bytes = 50;
  g_autoptr(CvExtractor) ex2 = cv_ingest_extractor_new(&o2, NULL);
  g_autoptr(GError) err2 = NULL;
  g_autoptr(CvDocument) d2 = extract_mem(ex2, big, 60, &err2);
  g_assert_null(d2);
  g_assert_error(err2, CV_INGEST_ERROR, CV_INGEST_ERROR_TOO_LARGE);
  /* the message names no text */
  g_assert_null(strstr(err2->message, "aaa"));

  CvIngestOptions o3 = { 0 };
  o3.no_ocr = TRUE;
  o3.max_pages = 1;
  g_autoptr(CvExtractor) ex3 = cv_ingest_extractor_new(&o3, NULL);
  const char *pages[] = { "one", "two", NULL };
  g_autoptr(GBytes) pdf = make_text_pdf(pages);
  g_autoptr(GError) err3 = NULL;
  g_autoptr(CvDocument) d3 = cv_ingest_extract(ex3, pdf, &err3);
  g_assert_null(d3);
  g_assert_error(err3, CV_INGEST_ERROR, CV_INGEST_ERROR_TOO_LARGE);
}

/* ---------- PDF ---------- */

static void
test_pdf_text(void)
{
  g_autoptr(CvExtractor) ex = new_extractor(TRUE);
  const char *pages[] = {
    "Première page : l'élève Hélène Côté\nest née à Québec.",
    "Deuxième page : « procès-verbal » du comité.\nFin.",
    NULL,
  };
  g_autoptr(GBytes) pdf = make_text_pdf(pages);
  g_autoptr(GError) err = NULL;
  g_autoptr(CvDocument) doc = cv_ingest_extract(ex, pdf, &err);
  g_assert_no_error(err);
  check_doc_invariants(doc);
  g_assert_cmpstr(cv_ingest_document_mime(doc), ==, "application/pdf");
  g_assert_cmpuint(cv_ingest_document_n_pages(doc), ==, 2);
  g_autofree char *p0 = page_text(doc, 0);
  g_autofree char *p1 = page_text(doc, 1);
  assert_contains(p0, "Première page : l'élève Hélène Côté");
  assert_contains(p0, "est née à Québec.");
  assert_contains(p1, "Deuxième page : « procès-verbal » du comité.");
  g_assert_null(strstr(p0, "Deuxième"));
  g_assert_null(strstr(p1, "Première"));
  g_assert_cmpint(cv_ingest_document_page_source(doc, 0), ==, CV_PAGE_TEXT);
  g_assert_cmpint(cv_ingest_document_page_source(doc, 1), ==, CV_PAGE_TEXT);
  gsize len;
  const char *text = cv_ingest_document_text(doc, &len);
  gsize off1 = cv_ingest_document_page_offset(doc, 1);
  g_assert_cmpint(text[off1 - 1], ==, '\f');
  g_assert_true(g_str_has_prefix(text + off1, "Deuxième"));
}

static void
test_pdf_damaged(void)
{
  g_autoptr(CvExtractor) ex = new_extractor(TRUE);
  const char *pages[] = { "Un texte assez long pour la page.", NULL };
  g_autoptr(GBytes) pdf = make_text_pdf(pages);
  gsize n = 0;
  const guint8 *d = g_bytes_get_data(pdf, &n);
  /* Truncations: text or a clean error */
  for (gsize cut = 20; cut < n; cut += n / 25 + 1) {
    g_autoptr(GError) err = NULL;
    g_autoptr(CvDocument) doc = extract_mem(ex, d, cut, &err);
    if (doc != NULL)
      check_doc_invariants(doc);
    else
      g_assert_true(err->domain == CV_INGEST_ERROR);
  }
  const char junk[] = "%PDF-1.4\n%garbage that is no PDF at all\n";
  g_autoptr(GError) err = NULL;
  g_autoptr(CvDocument) doc = extract_mem(ex, junk, strlen(junk), &err);
  g_assert_null(doc);
  g_assert_error(err, CV_INGEST_ERROR, CV_INGEST_ERROR_DAMAGED);
}


/* ---------- encrypted PDF (standard security handler, RC4 40-bit, R2) ---- */

static const guint8 pdf_pad[32] = {
  0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E,
  0x56, 0xFF, 0xFA, 0x01, 0x08, 0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68,
  0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
};

static void
rc4(const guint8 *key, gsize klen, guint8 *data, gsize len)
{
  guint8 S[256];
  for (int i = 0; i < 256; i++)
    S[i] = (guint8)i;
  for (int i = 0, j = 0; i < 256; i++) {
    j = (j + S[i] + key[i % klen]) & 0xFF;
    guint8 t = S[i];
    S[i] = S[j];
    S[j] = t;
  }
  for (gsize n = 0, i = 0, j = 0; n < len; n++) {
    i = (i + 1) & 0xFF;
    j = (j + S[i]) & 0xFF;
    guint8 t = S[i];
    S[i] = S[j];
    S[j] = t;
    data[n] ^= S[(S[i] + S[j]) & 0xFF];
  }
}

static void
md5(const guint8 *const *parts, const gsize *lens, guint n, guint8 out[16])
{
  GChecksum *c = g_checksum_new(G_CHECKSUM_MD5);
  for (guint i = 0; i < n; i++)
    g_checksum_update(c, parts[i], lens[i]);
  gsize olen = 16;
  g_checksum_get_digest(c, out, &olen);
  g_checksum_free(c);
}

static void
padded(const char *pw, guint8 out[32])
{
  gsize n = MIN(strlen(pw), 32);
  memcpy(out, pw, n);
  memcpy(out + n, pdf_pad, 32 - n);
}

static char *
hex(const guint8 *d, gsize n)
{
  GString *s = g_string_new(NULL);
  for (gsize i = 0; i < n; i++)
    g_string_append_printf(s, "%02X", d[i]);
  return g_string_free(s, FALSE);
}

/* A one-page PDF whose content stream is RC4-encrypted with user password
 * @user (owner password "owner"). */
static GBytes *
make_encrypted_pdf(const char *user, const char *text)
{
  const guint8 id[16] = "0123456789abcdef";
  gint32 P = -4;
  guint8 Pb[4] = { (guint8)P, (guint8)(P >> 8), (guint8)(P >> 16), (guint8)(P >> 24) };
  guint8 opad[32], upad[32], okey[16], O[32], key16[16], U[32];
  padded("owner", opad);
  padded(user, upad);
  { const guint8 *pp[] = { opad }; gsize ll[] = { 32 }; md5(pp, ll, 1, okey); }
  memcpy(O, upad, 32);
  rc4(okey, 5, O, 32);
  { const guint8 *pp[] = { upad, O, Pb, id }; gsize ll[] = { 32, 32, 4, 16 };
    md5(pp, ll, 4, key16); }
  memcpy(U, pdf_pad, 32);
  rc4(key16, 5, U, 32);
  /* object key of object 4, generation 0 */
  guint8 okin[10], objkey[16];
  memcpy(okin, key16, 5);
  okin[5] = 4; okin[6] = 0; okin[7] = 0; okin[8] = 0; okin[9] = 0;
  { const guint8 *pp[] = { okin }; gsize ll[] = { 10 }; md5(pp, ll, 1, objkey); }
  g_autofree char *content = g_strdup_printf("BT /F1 24 Tf 72 700 Td (%s) Tj ET", text);
  gsize clen = strlen(content);
  rc4(objkey, 10, (guint8 *)content, clen);

  GString *pdf = g_string_new("%PDF-1.4\n");
  gsize off[7];
  off[1] = pdf->len;
  g_string_append(pdf, "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n");
  off[2] = pdf->len;
  g_string_append(pdf, "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n");
  off[3] = pdf->len;
  g_string_append(pdf, "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                       "/Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj\n");
  off[4] = pdf->len;
  g_string_append_printf(pdf, "4 0 obj << /Length %zu >> stream\n", clen);
  g_string_append_len(pdf, content, clen);
  g_string_append(pdf, "\nendstream endobj\n");
  off[5] = pdf->len;
  g_string_append(pdf, "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n");
  off[6] = pdf->len;
  g_autofree char *Oh = hex(O, 32), *Uh = hex(U, 32), *idh = hex(id, 16);
  g_string_append_printf(pdf, "6 0 obj << /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P %d >> endobj\n",
                         Oh, Uh, P);
  gsize xref = pdf->len;
  g_string_append(pdf, "xref\n0 7\n0000000000 65535 f \n");
  for (int i = 1; i <= 6; i++)
    g_string_append_printf(pdf, "%010zu 00000 n \n", off[i]);
  g_string_append_printf(pdf, "trailer << /Size 7 /Root 1 0 R /Encrypt 6 0 R /ID [<%s><%s>] >>\n"
                              "startxref\n%zu\n%%%%EOF\n", idh, idh, xref);
  gsize n = pdf->len;
  return g_bytes_new_take(g_string_free(pdf, FALSE), n);
}

static void
test_pdf_encrypted(void)
{
  g_autoptr(GBytes) pdf = make_encrypted_pdf("sesame", "Texte protege du dossier");
  g_autoptr(CvExtractor) ex = new_extractor(TRUE);
  g_autoptr(GError) err = NULL;
  g_autoptr(CvDocument) doc = cv_ingest_extract(ex, pdf, &err);
  g_assert_null(doc);
  g_assert_error(err, CV_INGEST_ERROR, CV_INGEST_ERROR_ENCRYPTED);
  g_assert_cmpstr(err->message, ==,
                  "encrypted PDF: give the password with --pdf-password-file or "
                  "$CAVIAR_PDF_PASSWORD");

  CvIngestOptions o = { 0 };
  o.no_ocr = TRUE;
  o.pdf_password = "wrong";
  g_autoptr(CvExtractor) ex2 = cv_ingest_extractor_new(&o, NULL);
  g_autoptr(GError) e2 = NULL;
  g_autoptr(CvDocument) d2 = cv_ingest_extract(ex2, pdf, &e2);
  g_assert_null(d2);
  g_assert_error(e2, CV_INGEST_ERROR, CV_INGEST_ERROR_ENCRYPTED);

  char pw[] = "sesame";
  o.pdf_password = pw;
  g_autoptr(CvExtractor) ex3 = cv_ingest_extractor_new(&o, NULL);
  memset(pw, 'x', 6); /* the extractor kept its own copy */
  g_autoptr(GError) e3 = NULL;
  g_autoptr(CvDocument) d3 = cv_ingest_extract(ex3, pdf, &e3);
  g_assert_no_error(e3);
  check_doc_invariants(d3);
  assert_contains(cv_ingest_document_text(d3, NULL), "Texte protege du dossier");
}

/* ---------- serialization ---------- */

static gboolean
docs_equal(const CvDocument *a, const CvDocument *b)
{
  gsize la, lb;
  const char *ta = cv_ingest_document_text(a, &la);
  const char *tb = cv_ingest_document_text(b, &lb);
  if (la != lb || memcmp(ta, tb, la) != 0)
    return FALSE;
  if (g_strcmp0(cv_ingest_document_mime(a), cv_ingest_document_mime(b)) ||
      g_strcmp0(cv_ingest_document_encoding(a), cv_ingest_document_encoding(b)))
    return FALSE;
  guint n = cv_ingest_document_n_pages(a);
  if (n != cv_ingest_document_n_pages(b))
    return FALSE;
  for (guint i = 0; i <= n; i++) {
    if (cv_ingest_document_page_offset(a, i) != cv_ingest_document_page_offset(b, i))
      return FALSE;
    if (i < n && (cv_ingest_document_page_source(a, i) != cv_ingest_document_page_source(b, i) ||
                  cv_ingest_document_page_confidence(a, i) != cv_ingest_document_page_confidence(b, i)))
      return FALSE;
  }
  const char *const *wa = cv_ingest_document_warnings(a);
  const char *const *wb = cv_ingest_document_warnings(b);
  return g_strv_equal((const char *const *)wa, (const char *const *)wb);
}

static void
test_serialize(void)
{
  g_autoptr(CvExtractor) ex = new_extractor(TRUE);
  const char t[] = "première page\fdeuxième page\f\ftroisième";
  g_autoptr(CvDocument) doc = extract_ok(ex, t, strlen(t));
  g_assert_cmpuint(cv_ingest_document_n_pages(doc), ==, 4);
  g_autoptr(GBytes) ser = cv_ingest_document_serialize(doc);
  g_autoptr(GError) err = NULL;
  g_autoptr(CvDocument) back = cv_ingest_document_deserialize(ser, &err);
  g_assert_no_error(err);
  g_assert_true(docs_equal(doc, back));
  check_doc_invariants(back);

  /* empty document */
  g_autoptr(CvDocument) empty = extract_ok(ex, "", 0);
  g_autoptr(GBytes) ser0 = cv_ingest_document_serialize(empty);
  g_autoptr(CvDocument) back0 = cv_ingest_document_deserialize(ser0, &err);
  g_assert_no_error(err);
  g_assert_true(docs_equal(empty, back0));

  /* Truncated: rejected. */
  gsize n = 0;
  const guint8 *d = g_bytes_get_data(ser, &n);
  for (gsize cut = 0; cut < n; cut++) {
    g_autoptr(GBytes) tb = g_bytes_new(d, cut);
    g_autoptr(GError) e = NULL;
    g_autoptr(CvDocument) x = cv_ingest_document_deserialize(tb, &e);
    if (x != NULL) /* a shorter valid document is possible only by luck */
      check_doc_invariants(x);
    else
      g_assert_error(e, CV_INGEST_ERROR, CV_INGEST_ERROR_DAMAGED);
  }
  /* Every single-byte corruption: rejected or still a valid document. */
  guint rejected = 0;
  for (gsize i = 0; i < n; i++) {
    g_autofree guint8 *c = g_memdup2(d, n);
    c[i] ^= 0xA5;
    g_autoptr(GBytes) cb = g_bytes_new(c, n);
    g_autoptr(GError) e = NULL;
    g_autoptr(CvDocument) x = cv_ingest_document_deserialize(cb, &e);
    if (x != NULL)
      check_doc_invariants(x);
    else
      rejected++;
  }
  g_assert_cmpuint(rejected, >, 0);

  /* Hand-made hostile documents. */
  struct {
    const char *text;
    guint64 offs[3];
    guint n;
    guchar src;
    double conf;
  } bad[] = {
    { "ab\fcd", { 0, 2 }, 2, 0, -1 },      /* page 2 not after '\f' */
    { "ab\fcd", { 0, 9 }, 2, 0, -1 },      /* past the end */
    { "ab\fcd", { 1 }, 1, 0, -1 },         /* first page not at 0 */
    { "ab", { 0 }, 1, 7, -1 },             /* unknown source */
    { "ab", { 0 }, 1, 1, 400 },            /* confidence out of range */
    { "ab", { 0 }, 1, 0, 50 },             /* text page with confidence */
    { "\xC3\xA9\f\xC3", { 0, 3 }, 2, 0, -1 }, /* invalid UTF-8 */
    { "ab", { 0 }, 0, 0, -1 },             /* text without pages */
  };
  for (guint i = 0; i < G_N_ELEMENTS(bad); i++) {
    GVariantBuilder pages;
    g_variant_builder_init(&pages, G_VARIANT_TYPE("a(tyd)"));
    for (guint p = 0; p < bad[i].n; p++)
      g_variant_builder_add(&pages, "(tyd)", bad[i].offs[p], bad[i].src,
                            bad[i].conf);
    GVariant *txt = g_variant_new_fixed_array(G_VARIANT_TYPE_BYTE, bad[i].text,
                                              strlen(bad[i].text), 1);
    g_autoptr(GVariant) v = g_variant_ref_sink(g_variant_new(
        "(qss@aya(tyd)@as)", (guint16)1, "text/plain", "utf-8", txt, &pages,
        g_variant_new_strv(NULL, 0)));
    g_autoptr(GBytes) vb = g_variant_get_data_as_bytes(v);
    g_autoptr(GError) e = NULL;
    g_autoptr(CvDocument) x = cv_ingest_document_deserialize(vb, &e);
    g_assert_null(x);
    g_assert_error(e, CV_INGEST_ERROR, CV_INGEST_ERROR_DAMAGED);
  }
}

/* ---------- chunking ---------- */

static void
check_chunks(const char *text, gsize len, const gsize *offs, guint n_pages,
             gsize target)
{
  g_autoptr(GArray) spans = cv_ingest_chunk(text, len, offs, n_pages, target);
  gsize covered_to = 0;
  for (guint i = 0; i < spans->len; i++) {
    CvChunkSpan *s = &g_array_index(spans, CvChunkSpan, i);
    g_assert_cmpuint(s->start, <, s->end);
    g_assert_cmpuint(s->end, <=, len);
    g_assert_cmpuint(s->start, >=, covered_to);
    /* only whitespace between chunks */
    for (gsize k = covered_to; k < s->start; k++)
      g_assert_true(g_ascii_isspace(text[k]));
    g_assert_false(g_ascii_isspace(text[s->start]));
    g_assert_false(g_ascii_isspace(text[s->end - 1]));
    g_assert_cmpuint(s->end - s->start, <=, 2 * MAX(target, 16));
    /* UTF-8 boundaries */
    g_assert_true(g_utf8_validate(text + s->start, s->end - s->start, NULL));
    /* pages */
    g_assert_cmpuint(s->first_page, >=, 1);
    g_assert_cmpuint(s->first_page, <=, s->last_page);
    if (offs != NULL) {
      g_assert_cmpuint(s->last_page, <=, n_pages);
      g_assert_cmpuint(offs[s->first_page - 1], <=, s->start);
      g_assert_cmpuint(offs[s->first_page], >, s->start);
      g_assert_cmpuint(offs[s->last_page - 1], <, s->end);
      g_assert_cmpuint(offs[s->last_page], >=, s->end);
    }
    covered_to = s->end;
  }
  for (gsize k = covered_to; k < len; k++)
    g_assert_true(g_ascii_isspace(text[k]));
}

static void
test_chunk(void)
{
  /* whitespace only: no chunk */
  g_autoptr(GArray) none = cv_ingest_chunk(" \n\f\t ", 5, NULL, 0, 100);
  g_assert_cmpuint(none->len, ==, 0);
  g_autoptr(GArray) none2 = cv_ingest_chunk("", 0, NULL, 0, 100);
  g_assert_cmpuint(none2->len, ==, 0);

  /* paragraphs are preferred */
  const char *para = "Premier paragraphe assez court. Encore une phrase.\n\n"
                     "Second paragraphe, lui aussi court. Et une autre.";
  g_autoptr(GArray) sp = cv_ingest_chunk(para, strlen(para), NULL, 0, 60);
  g_assert_cmpuint(sp->len, ==, 2);
  CvChunkSpan *s0 = &g_array_index(sp, CvChunkSpan, 0);
  g_assert_true(g_str_has_prefix(para + s0->end, "\n\nSecond"));

  /* sentence preferred to word */
  const char *sent = "Une phrase qui se termine ici. Puis une autre phrase "
                     "qui continue longtemps sans fin visible du tout";
  g_autoptr(GArray) ss = cv_ingest_chunk(sent, strlen(sent), NULL, 0, 40);
  CvChunkSpan *t0 = &g_array_index(ss, CvChunkSpan, 0);
  g_assert_cmpint(sent[t0->end - 1], ==, '.');

  /* random texts with accents, long words, pages */
  GRand *r = g_rand_new_with_seed(7);
  const char *words[] = { "été", "dossier", "Québec", "a", "—", "procès-verbal",
                          "x", "€", "très-long-mot-composé-sans-espace-aucun",
                          ".", "\n", "\n\n", "\f", "日本語" };
  for (int round = 0; round < 200; round++) {
    GString *s = g_string_new(NULL);
    GArray *offs = g_array_new(FALSE, FALSE, sizeof(gsize));
    gsize zero = 0;
    g_array_append_val(offs, zero);
    int nw = g_rand_int_range(r, 0, 400);
    for (int w = 0; w < nw; w++) {
      const char *word = words[g_rand_int_range(r, 0, G_N_ELEMENTS(words))];
      if (strcmp(word, "\f") == 0) {
        g_string_append_c(s, '\f');
        gsize o = s->len;
        g_array_append_val(offs, o);
        continue;
      }
      g_string_append(s, word);
      if (g_rand_boolean(r))
        g_string_append_c(s, ' ');
    }
    guint n_pages = offs->len;
    gsize end = s->len;
    g_array_append_val(offs, end);
    gsize target = (gsize)g_rand_int_range(r, 1, 300);
    check_chunks(s->str, s->len, (gsize *)offs->data, n_pages, target);
    g_string_free(s, TRUE);
    g_array_unref(offs);
  }
  g_rand_free(r);

  /* one enormous word of multibyte characters: cut on boundaries */
  GString *w = g_string_new(NULL);
  for (int i = 0; i < 1000; i++)
    g_string_append(w, "é");
  check_chunks(w->str, w->len, NULL, 0, 101);
  g_string_free(w, TRUE);
}

static void
test_chunk_pdf_pages(void)
{
  g_autoptr(CvExtractor) ex = new_extractor(TRUE);
  const char *pages[] = {
    "Page un. Une phrase. Une autre phrase.\nEncore une ligne.",
    "Page deux. Du texte encore.\nEt encore.",
    "Page trois.",
    NULL,
  };
  g_autoptr(GBytes) pdf = make_text_pdf(pages);
  g_autoptr(CvDocument) doc = cv_ingest_extract(ex, pdf, NULL);
  g_assert_nonnull(doc);
  guint n = cv_ingest_document_n_pages(doc);
  g_assert_cmpuint(n, ==, 3);
  gsize offs[4];
  for (guint i = 0; i <= n; i++)
    offs[i] = cv_ingest_document_page_offset(doc, i);
  gsize len;
  const char *text = cv_ingest_document_text(doc, &len);
  check_chunks(text, len, offs, n, 20);
  /* one chunk for everything spans pages 1..3 */
  g_autoptr(GArray) all = cv_ingest_chunk(text, len, offs, n, 10000);
  g_assert_cmpuint(all->len, ==, 1);
  g_assert_cmpuint(g_array_index(all, CvChunkSpan, 0).first_page, ==, 1);
  g_assert_cmpuint(g_array_index(all, CvChunkSpan, 0).last_page, ==, 3);
}


/* ---------- HTML ---------- */

static void
test_html(void)
{
  g_autoptr(CvExtractor) ex = new_extractor(TRUE);
  const char *html =
      "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Titre secret</title>"
      "<style>p { color: red }</style><script>var x = 'script text';</script>"
      "</head><body><h1>Avis de d&eacute;cision</h1>"
      "<p>Madame H&eacute;l&egrave;ne   C&ocirc;t&eacute;,<br>votre demande &laquo;&nbsp;12&#8239;345&nbsp;&raquo; est accept&#233;e.</p>"
      "<div>Ligne <b>en gras</b> suivie</div><ul><li>un</li><li>deux</li></ul>"
      "<table><tr><td>Nom</td><td>Tremblay</td></tr></table>"
      "<form>Nom : <input type=\"text\" value=\"Gilles Roy\"> <input type=\"password\" value=\"motdepasse\">"
      "<img src=\"x.png\" alt=\"Signature de Gilles Roy\"></form>"
      "<noscript>noscript text</noscript></body></html>";
  g_autoptr(CvDocument) doc = extract_ok(ex, html, strlen(html));
  check_doc_invariants(doc);
  g_assert_cmpstr(cv_ingest_document_mime(doc), ==, "text/html");
  const char *t = cv_ingest_document_text(doc, NULL);
  assert_contains(t, "Avis de décision\n");
  assert_contains(t, "Madame Hélène Côté,\nvotre demande «\xC2\xA0" "12\xC2\xA0" "345\xC2\xA0» est acceptée.");
  assert_contains(t, "Ligne en gras suivie\n");
  assert_contains(t, "un\ndeux");
  assert_contains(t, "Nom\tTremblay");
  g_assert_null(strstr(t, "script text"));
  g_assert_null(strstr(t, "color"));
  g_assert_null(strstr(t, "Titre secret"));
  g_assert_null(strstr(t, "noscript"));
  assert_contains(t, "Nom : Gilles Roy");
  assert_contains(t, "Signature de Gilles Roy");
  g_assert_null(strstr(t, "motdepasse"));

  /* declared ISO-8859-1, bytes in Latin-1 */
  const char *latin = "<html><head><meta http-equiv=\"Content-Type\" "
                      "content=\"text/html; charset=iso-8859-1\"></head>"
                      "<body><p>Fran\xE7ois a re\xE7u l'avis \x80 jour.</p></body></html>";
  g_autoptr(CvDocument) d2 = extract_ok(ex, latin, strlen(latin));
  check_doc_invariants(d2);
  assert_contains(cv_ingest_document_text(d2, NULL), "François a reçu l'avis € jour.");

  /* broken markup: still text, never a crash */
  const char *broken = "<html><body><p>début <b>non fermé <i>du tout<div>fin &bogus; &#xFFFFFFF; <";
  g_autoptr(CvDocument) d3 = extract_ok(ex, broken, strlen(broken));
  check_doc_invariants(d3);
  assert_contains(cv_ingest_document_text(d3, NULL), "début non fermé du tout");
}

/* ---------- email ---------- */

static void
test_email(void)
{
  g_autoptr(CvExtractor) ex = new_extractor(TRUE);
  const char *eml =
      "From: =?utf-8?q?H=C3=A9l=C3=A8ne_C=C3=B4t=C3=A9?= <helene.cote@example.qc.ca>\r\n"
      "To: Service =?iso-8859-1?q?=E0_la_client=E8le?= <service@example.qc.ca>\r\n"
      "Cc: =?UTF-8?B?SsOpcsO0bWUgR2FnbsOp?= <jerome@example.com>\r\n"
      "Subject: =?utf-8?q?Demande_d'acc=C3=A8s?=\r\n"
      "Date: Mon, 03 Nov 2025 10:12:00 -0500\r\n"
      "MIME-Version: 1.0\r\n"
      "Content-Type: multipart/mixed; boundary=\"XX\"\r\n"
      "\r\n"
      "--XX\r\n"
      "Content-Type: multipart/alternative; boundary=\"YY\"\r\n"
      "\r\n"
      "--YY\r\n"
      "Content-Type: text/plain; charset=\"utf-8\"\r\n"
      "Content-Transfer-Encoding: quoted-printable\r\n"
      "\r\n"
      "Bonjour, l'=C3=A9l=C3=A8ve est n=C3=A9e =C3=A0 Qu=C3=A9bec. Une tr=C3=A8s =\r\n"
      "longue ligne coup=C3=A9e.\r\n"
      "--YY\r\n"
      "Content-Type: text/html; charset=\"utf-8\"\r\n"
      "\r\n"
      "<p>HTML version</p>\r\n"
      "--YY--\r\n"
      "--XX\r\n"
      "Content-Type: text/plain; charset=\"iso-8859-1\"; name=\"note.txt\"\r\n"
      "Content-Disposition: attachment; filename=\"note.txt\"\r\n"
      "Content-Transfer-Encoding: base64\r\n"
      "\r\n"
      "Tm90ZSBqb2ludGUgZGUgRnJhbudvaXMu\r\n"
      "--XX--\r\n";
  g_autoptr(CvDocument) doc = extract_ok(ex, eml, strlen(eml));
  check_doc_invariants(doc);
  g_assert_cmpstr(cv_ingest_document_mime(doc), ==, "message/rfc822");
  g_assert_cmpuint(cv_ingest_document_n_pages(doc), ==, 2);
  g_autofree char *p0 = page_text(doc, 0);
  assert_contains(p0, "From: Hélène Côté <helene.cote@example.qc.ca>");
  assert_contains(p0, "Service à la clientèle <service@example.qc.ca>");
  assert_contains(p0, "Jérôme Gagné <jerome@example.com>");
  assert_contains(p0, "Subject: Demande d'accès");
  assert_contains(p0, "Date: Mon, 03 Nov 2025");
  assert_contains(p0, "Bonjour, l'élève est née à Québec. Une très longue ligne coupée.");
  assert_contains(p0, "Attachment: note.txt");
  g_assert_null(strstr(p0, "HTML version"));
  g_autofree char *p1 = page_text(doc, 1);
  assert_contains(p1, "Note jointe de François.");

  /* A PDF attachment: its pages follow the message */
  const char *pdf_pages[] = { "Annexe page un : Gilles Tremblay.", "Annexe page deux.", NULL };
  g_autoptr(GBytes) pdf = make_text_pdf(pdf_pages);
  g_autofree char *b64 = g_base64_encode(g_bytes_get_data(pdf, NULL), g_bytes_get_size(pdf));
  g_autofree char *with_pdf = g_strdup_printf(
      "From: a@example.com\r\nTo: b@example.com\r\nSubject: annexe\r\n"
      "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=Z\r\n\r\n"
      "--Z\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\nVoir l'annexe.\r\n"
      "--Z\r\nContent-Type: application/pdf; name=annexe.pdf\r\n"
      "Content-Disposition: attachment; filename=annexe.pdf\r\n"
      "Content-Transfer-Encoding: base64\r\n\r\n%s\r\n--Z--\r\n", b64);
  g_autoptr(CvDocument) dp = extract_ok(ex, with_pdf, strlen(with_pdf));
  check_doc_invariants(dp);
  g_assert_cmpuint(cv_ingest_document_n_pages(dp), ==, 3);
  g_autofree char *a0 = page_text(dp, 0);
  g_autofree char *a1 = page_text(dp, 1);
  g_autofree char *a2 = page_text(dp, 2);
  assert_contains(a0, "Voir l'annexe.");
  assert_contains(a0, "Attachment: annexe.pdf (application/pdf)");
  assert_contains(a1, "Annexe page un : Gilles Tremblay.");
  assert_contains(a2, "Annexe page deux.");

  /* HTML only */
  const char *html_only =
      "From: a@example.com\r\nTo: b@example.com\r\nSubject: x\r\n"
      "MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
      "<html><body><p>Texte <b>HTML</b> seul.</p><script>no</script></body></html>\r\n";
  g_autoptr(CvDocument) d2 = extract_ok(ex, html_only, strlen(html_only));
  check_doc_invariants(d2);
  assert_contains(cv_ingest_document_text(d2, NULL), "Texte HTML seul.");
  g_assert_null(strstr(cv_ingest_document_text(d2, NULL), "no\n"));

  /* Header orders that libmagic calls text/plain are still read as mail
   * (else encoded-word names would reach redaction undecoded). */
  const char *firsts[] = { "Subject: =?utf-8?q?Dossier_r=C3=A9vis=C3=A9?=",
                           "Message-ID: <1@example.com>", "MIME-Version: 1.0",
                           "To: b@example.com", "X-Mailer: Outil 1.0" };
  for (guint i = 0; i < G_N_ELEMENTS(firsts); i++) {
    g_autofree char *m = g_strdup_printf(
        "%s\r\nFrom: =?utf-8?q?Ren=C3=A9e_L=C3=A9vesque?= <rl@example.com>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        "Le dossier de Mme L=C3=A9vesque est complet.\r\n", firsts[i]);
    g_autoptr(CvDocument) d = extract_ok(ex, m, strlen(m));
    g_assert_cmpstr(cv_ingest_document_mime(d), ==, "message/rfc822");
    const char *t = cv_ingest_document_text(d, NULL);
    assert_contains(t, "From: Renée Lévesque <rl@example.com>");
    assert_contains(t, "Le dossier de Mme Lévesque est complet.");
    g_assert_null(strstr(t, "=?utf-8"));
  }
  /* an mbox: one message after the other, a page each */
  const char *mbox =
      "From jean@example.com Mon Nov  3 10:12:00 2025\n"
      "From: =?utf-8?q?Jean_C=C3=B4t=C3=A9?= <jean@example.com>\nTo: b@example.com\nSubject: un\n\n"
      "Premier message.\n\n"
      "From marie@example.com Mon Nov  3 11:12:00 2025\n"
      "From: Marie Roy <marie@example.com>\nTo: b@example.com\nSubject: deux\n\n"
      "Second message.\n";
  g_autoptr(CvDocument) mb = extract_ok(ex, mbox, strlen(mbox));
  check_doc_invariants(mb);
  g_assert_cmpstr(cv_ingest_document_mime(mb), ==, "application/mbox");
  g_assert_cmpuint(cv_ingest_document_n_pages(mb), ==, 2);
  g_autofree char *m0 = page_text(mb, 0);
  g_autofree char *m1 = page_text(mb, 1);
  assert_contains(m0, "From: Jean Côté <jean@example.com>");
  assert_contains(m0, "Premier message.");
  assert_contains(m1, "From: Marie Roy <marie@example.com>");
  assert_contains(m1, "Second message.");

  /* ordinary text that starts like a header is not mail */
  const char *note = "Note: ceci est un texte.\nIl continue ici.\n\nFin.\n";
  g_autoptr(CvDocument) d3 = extract_ok(ex, note, strlen(note));
  g_assert_cmpstr(cv_ingest_document_mime(d3), ==, "text/plain");
}

/* ---------- DOCX / ODT ---------- */

static void
zip_put(zip_t *za, const char *name, const char *content, gsize len)
{
  zip_source_t *src = zip_source_buffer(za, content, len, 0);
  g_assert_nonnull(src);
  g_assert_cmpint(zip_file_add(za, name, src, ZIP_FL_OVERWRITE), >=, 0);
}

/* Builds a zip in memory from (name, content) pairs; NULL-terminated. */
static GBytes *
make_zip(const char *const *entries, const gsize *sizes)
{
  zip_error_t zerr;
  zip_error_init(&zerr);
  zip_source_t *mem = zip_source_buffer_create(NULL, 0, 0, &zerr);
  zip_source_keep(mem);
  zip_t *za = zip_open_from_source(mem, ZIP_TRUNCATE, &zerr);
  g_assert_nonnull(za);
  for (guint i = 0; entries[i] != NULL; i += 2)
    zip_put(za, entries[i], entries[i + 1],
            sizes != NULL && sizes[i / 2] ? sizes[i / 2] : strlen(entries[i + 1]));
  g_assert_cmpint(zip_close(za), ==, 0);
  g_assert_cmpint(zip_source_open(mem), ==, 0);
  zip_source_seek(mem, 0, SEEK_END);
  zip_int64_t size = zip_source_tell(mem);
  zip_source_seek(mem, 0, SEEK_SET);
  guint8 *buf = g_malloc(size);
  g_assert_cmpint(zip_source_read(mem, buf, size), ==, size);
  zip_source_close(mem);
  zip_source_free(mem);
  zip_error_fini(&zerr);
  return g_bytes_new_take(buf, size);
}

#define W_NS "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""

static const char *docx_content_types =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
    "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
    "</Types>";

static void
test_docx(void)
{
  g_autoptr(CvExtractor) ex = new_extractor(TRUE);
  const char *document =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
      "<w:document " W_NS "><w:body>"
      "<w:p><w:r><w:t>Madame </w:t></w:r><w:r><w:t xml:space=\"preserve\">Hélène Côté</w:t></w:r></w:p>"
      "<w:p><w:r><w:t>Numéro</w:t><w:tab/><w:t>123</w:t><w:br/><w:t>suite</w:t></w:r></w:p>"
      "<w:p><w:del><w:r><w:delText>supprimé</w:delText></w:r></w:del>"
      "<w:r><w:instrText> PAGE </w:instrText><w:t>Fin &amp; co.</w:t></w:r></w:p>"
      "<w:p><w:r><mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">"
      "<mc:Choice Requires=\"wps\"><w:drawing><w:txbxContent><w:p><w:r><w:t>Zone de texte</w:t></w:r></w:p>"
      "</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r>"
      "<w:t>Zone de texte</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"
      "</w:body></w:document>";
  const char *header =
      "<?xml version=\"1.0\"?><w:hdr " W_NS "><w:p><w:r><w:t>En-tête confidentiel</w:t></w:r></w:p></w:hdr>";
  const char *foot =
      "<?xml version=\"1.0\"?><w:footnotes " W_NS "><w:footnote><w:p><w:r><w:t>Note de bas de page</w:t></w:r></w:p></w:footnote></w:footnotes>";
  const char *entries[] = {
    "[Content_Types].xml", docx_content_types,
    "word/document.xml", document,
    "word/header1.xml", header,
    "word/footnotes.xml", foot,
    NULL,
  };
  g_autoptr(GBytes) docx = make_zip(entries, NULL);
  g_autoptr(GError) err = NULL;
  g_autoptr(CvDocument) doc = cv_ingest_extract(ex, docx, &err);
  g_assert_no_error(err);
  check_doc_invariants(doc);
  g_assert_cmpstr(cv_ingest_document_mime(doc), ==,
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  const char *t = cv_ingest_document_text(doc, NULL);
  assert_contains(t, "Madame Hélène Côté\n");
  assert_contains(t, "Numéro\t123\nsuite\n");
  assert_contains(t, "Fin & co.\n");
  assert_contains(t, "En-tête confidentiel");
  assert_contains(t, "Note de bas de page");
  g_assert_null(strstr(t, "supprimé"));
  g_assert_null(strstr(t, "PAGE"));
  const char *box = strstr(t, "Zone de texte");
  g_assert_nonnull(box);
  g_assert_null(strstr(box + 1, "Zone de texte")); /* once, not twice */

  /* A zip that is neither DOCX nor ODT */
  const char *plain[] = { "readme.txt", "hello", NULL };
  g_autoptr(GBytes) z = make_zip(plain, NULL);
  g_autoptr(GError) e2 = NULL;
  g_autoptr(CvDocument) d2 = cv_ingest_extract(ex, z, &e2);
  g_assert_null(d2);
  g_assert_error(e2, CV_INGEST_ERROR, CV_INGEST_ERROR_UNSUPPORTED);
  g_assert_cmpstr(e2->message, ==, "unsupported type application/zip");

  /* XML that is not well-formed */
  const char *bad[] = { "[Content_Types].xml", docx_content_types,
                        "word/document.xml", "<w:document " W_NS "><w:p>", NULL };
  g_autoptr(GBytes) zb = make_zip(bad, NULL);
  g_autoptr(GError) e3 = NULL;
  g_autoptr(CvDocument) d3 = cv_ingest_extract(ex, zb, &e3);
  g_assert_null(d3);
  g_assert_error(e3, CV_INGEST_ERROR, CV_INGEST_ERROR_DAMAGED);

  /* An external entity is not fetched nor expanded */
  const char *xxe =
      "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">"
      "<!ENTITY y \"internal\">]>"
      "<w:document " W_NS "><w:body><w:p><w:r><w:t>a&x;b&y;c</w:t></w:r></w:p></w:body></w:document>";
  const char *xe[] = { "[Content_Types].xml", docx_content_types,
                       "word/document.xml", xxe, NULL };
  g_autoptr(GBytes) zx = make_zip(xe, NULL);
  g_autoptr(CvDocument) d4 = cv_ingest_extract(ex, zx, NULL);
  if (d4 != NULL)
    g_assert_null(strstr(cv_ingest_document_text(d4, NULL), "root:"));
}

static void
test_zip_bomb(void)
{
  g_autoptr(CvExtractor) ex = new_extractor(TRUE);
  /* 80 MiB of spaces inside a tiny archive: over the 64 MiB entry cap */
  gsize n = 80u * 1024 * 1024;
  char *big = g_malloc(n);
  memset(big, ' ', n);
  memcpy(big, "<w:document " W_NS "><w:body><w:p><w:r><w:t>", 100);
  const char *entries[] = { "[Content_Types].xml", docx_content_types,
                            "word/document.xml", big, NULL };
  gsize sizes[] = { 0, n };
  g_autoptr(GBytes) z = make_zip(entries, sizes);
  g_free(big);
  g_assert_cmpuint(g_bytes_get_size(z), <, 1024 * 1024);
  g_autoptr(GError) err = NULL;
  g_autoptr(CvDocument) doc = cv_ingest_extract(ex, z, &err);
  g_assert_null(doc);
  g_assert_error(err, CV_INGEST_ERROR, CV_INGEST_ERROR_TOO_LARGE);
}

static void
test_odt(void)
{
  g_autoptr(CvExtractor) ex = new_extractor(TRUE);
  const char *content =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
      "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
      "<text:sequence-decls><text:sequence-decl text:name=\"Illustration\"/></text:sequence-decls>"
      "<text:h text:outline-level=\"1\">Décision</text:h>"
      "<text:p>Monsieur <text:span>Jean-François Tremblay</text:span>,</text:p>"
      "<text:p>Dossier<text:tab/>A-12<text:s text:c=\"3\"/>fin<text:line-break/>suite</text:p>"
      "<text:list><text:list-item><text:p>élément</text:p></text:list-item></text:list>"
      "<text:tracked-changes><text:changed-region><text:deletion><text:p>effacé</text:p>"
      "</text:deletion></text:changed-region></text:tracked-changes>"
      "</office:text></office:body></office:document-content>";
  const char *entries[] = {
    "mimetype", "application/vnd.oasis.opendocument.text",
    "content.xml", content,
    NULL,
  };
  g_autoptr(GBytes) odt = make_zip(entries, NULL);
  g_autoptr(GError) err = NULL;
  g_autoptr(CvDocument) doc = cv_ingest_extract(ex, odt, &err);
  g_assert_no_error(err);
  check_doc_invariants(doc);
  g_assert_cmpstr(cv_ingest_document_mime(doc), ==,
                  "application/vnd.oasis.opendocument.text");
  const char *t = cv_ingest_document_text(doc, NULL);
  assert_contains(t, "Décision\nMonsieur Jean-François Tremblay,\n");
  assert_contains(t, "Dossier\tA-12   fin\nsuite\n");
  assert_contains(t, "élément\n");
  g_assert_null(strstr(t, "effacé"));
}


/* ---------- tables: one line per row, cells separated by TABs ---------- */

static const char *table_rows =
    "Nom\tPrénom\tDDN\n"
    "Tremblay\tMarie Claire\t1980-01-02\n"
    "Roy\tGilles\t1975-12-31\n";

static void
test_docx_table(void)
{
  g_autoptr(CvExtractor) ex = new_extractor(TRUE);
#define TC(x) "<w:tc><w:tcPr><w:tcW w:w=\"100\"/></w:tcPr><w:p><w:r><w:t>" x "</w:t></w:r></w:p></w:tc>"
  const char *document =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
      "<w:document " W_NS "><w:body>"
      "<w:p><w:r><w:t>Avant</w:t></w:r></w:p>"
      "<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/></w:tblGrid>"
      "<w:tr><w:trPr/>" TC("Nom") TC("Prénom") TC("DDN") "</w:tr>"
      "<w:tr>" TC("Tremblay")
      "<w:tc><w:p><w:r><w:t>Marie</w:t></w:r></w:p><w:p><w:r><w:t>Claire</w:t></w:r></w:p></w:tc>"
      TC("1980-01-02") "</w:tr>"
      "<w:tr>" TC("Roy") TC("Gilles") TC("1975-12-31") "</w:tr>"
      "<w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p>"
      "<w:tbl><w:tr>" TC("x") TC("y") "</w:tr><w:tr>" TC("z") "</w:tr></w:tbl></w:tc>"
      "<w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr><w:p/></w:tc>" TC("b") "</w:tr>"
      "</w:tbl>"
      "<w:p><w:r><w:t>Après</w:t></w:r></w:p>"
      "</w:body></w:document>";
#undef TC
  const char *entries[] = { "[Content_Types].xml", docx_content_types,
                            "word/document.xml", document, NULL };
  g_autoptr(GBytes) docx = make_zip(entries, NULL);
  g_autoptr(GError) err = NULL;
  g_autoptr(CvDocument) doc = cv_ingest_extract(ex, docx, &err);
  g_assert_no_error(err);
  check_doc_invariants(doc);
  const char *t = cv_ingest_document_text(doc, NULL);
  g_autofree char *want = g_strconcat("Avant\n\n", table_rows,
                                      "a x y z\t\t\tb\n\nAprès\n", NULL);
  assert_contains(t, want);
}

static void
test_odt_table(void)
{
  g_autoptr(CvExtractor) ex = new_extractor(TRUE);
#define TC(x) "<table:table-cell office:value-type=\"string\"><text:p>" x "</text:p></table:table-cell>"
  const char *content =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
      "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
      "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\">"
      "<office:body><office:text>"
      "<text:p>Avant</text:p>"
      "<table:table table:name=\"T1\"><table:table-column table:number-columns-repeated=\"3\"/>"
      "<table:table-header-rows><table:table-row>" TC("Nom") TC("Prénom") TC("DDN")
      "</table:table-row></table:table-header-rows>"
      "<table:table-row>" TC("Tremblay")
      "<table:table-cell><text:p>Marie</text:p><text:p>Claire</text:p></table:table-cell>"
      TC("1980-01-02") "</table:table-row>"
      "<table:table-row>" TC("Roy") TC("Gilles") TC("1975-12-31")
      "<table:table-cell table:number-columns-repeated=\"1000000\"/></table:table-row>"
      "<table:table-row table:number-rows-repeated=\"1000000\">"
      "<table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>"
      "<table:table-row>" TC("r") "<table:table-cell table:number-columns-repeated=\"1000000\">"
      "<text:p>s</text:p></table:table-cell></table:table-row>"
      "</table:table>"
      "<text:p>Après</text:p>"
      "</office:text></office:body></office:document-content>";
#undef TC
  const char *entries[] = { "mimetype", "application/vnd.oasis.opendocument.text",
                            "content.xml", content, NULL };
  g_autoptr(GBytes) odt = make_zip(entries, NULL);
  g_autoptr(GError) err = NULL;
  g_autoptr(CvDocument) doc = cv_ingest_extract(ex, odt, &err);
  g_assert_no_error(err);
  check_doc_invariants(doc);
  const char *t = cv_ingest_document_text(doc, NULL);
  g_autofree char *want = g_strconcat("Avant\n\n", table_rows, "r\ts\ts", NULL);
  assert_contains(t, want);
  /* the repeated cell is capped, the empty repeated rows dropped */
  const char *last = strstr(t, "r\ts\t");
  g_assert_nonnull(last);
  const char *nl = strchr(last, '\n');
  g_assert_nonnull(nl);
  g_assert_cmpuint((gsize)(nl - last), <, 4096);
  g_assert_true(g_str_has_prefix(nl, "\n\nAprès\n"));
  g_assert_cmpuint(strlen(t), <, 8192);
}

static void
test_html_table(void)
{
  g_autoptr(CvExtractor) ex = new_extractor(TRUE);
  const char *html =
      "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>"
      "<p>Avant</p><table><caption>Clients</caption>"
      "<thead><tr><th>Nom</th><th> Prénom </th><th>DDN</th></tr></thead>\n"
      "<tbody><tr><td>Tremblay</td><td><p>Marie</p><p>Claire</p></td><td>1980-01-02</td></tr>\n"
      "<tr><td>Roy</td><td>Gilles</td><td>1975-<br>12-31</td></tr>"
      "<tr><td></td><td></td></tr>"
      "<tr><td>a <table><tr><td>x</td><td>y</td></tr><tr><td>z</td></tr></table></td>"
      "<td colspan=\"2\"></td><td>b</td></tr></tbody></table>"
      "<p>Après</p></body></html>";
  g_autoptr(CvDocument) doc = extract_ok(ex, html, strlen(html));
  check_doc_invariants(doc);
  const char *t = cv_ingest_document_text(doc, NULL);
  assert_contains(t, "Avant\n\nClients\nNom\tPrénom\tDDN\n"
                     "Tremblay\tMarie Claire\t1980-01-02\n"
                     "Roy\tGilles\t1975- 12-31\n"
                     "a x y z\t\t\tb\n\nAprès");
}


/* ---------- mutation fuzzing of every parser (no OCR) ---------- */

static void
mutate_and_extract(CvExtractor *ex, GBytes *seed, GRand *r, guint rounds)
{
  gsize n = 0;
  const guint8 *d = g_bytes_get_data(seed, &n);
  for (guint round = 0; round < rounds; round++) {
    g_autofree guint8 *m = g_memdup2(d, n);
    gsize len = n;
    guint edits = (guint)g_rand_int_range(r, 1, 8);
    for (guint e = 0; e < edits; e++) {
      gsize at = (gsize)g_rand_int_range(r, 0, (gint32)len);
      switch (g_rand_int_range(r, 0, 4)) {
      case 0: m[at] ^= (guint8)g_rand_int_range(r, 1, 256); break;
      case 1: m[at] = (guint8)"<>&;:\"'\n\0\xff=?%"[g_rand_int_range(r, 0, 14)]; break;
      case 2: len = MAX(at, 1); break; /* truncate */
      default: m[at] = 0x80 | (guint8)g_rand_int_range(r, 0, 64); break;
      }
    }
    g_autoptr(GError) err = NULL;
    g_autoptr(CvDocument) doc = extract_mem(ex, m, len, &err);
    if (doc != NULL)
      check_doc_invariants(doc);
    else
      g_assert_true(err != NULL && err->domain == CV_INGEST_ERROR);
  }
}

static void
test_fuzz_mutations(void)
{
  g_autoptr(CvExtractor) ex = new_extractor(TRUE);
  GRand *r = g_rand_new_with_seed(2026);
  const char *html = "<html><head><meta charset=utf-8></head><body><p>Été &eacute; "
                     "<b>gras</b><table><tr><td>a</td><td>b</td></tr></table></p></body></html>";
  g_autoptr(GBytes) h = g_bytes_new_static(html, strlen(html));
  mutate_and_extract(ex, h, r, 300);

  const char *eml =
      "From: =?utf-8?q?H=C3=A9l=C3=A8ne?= <h@example.com>\r\nTo: b@example.com\r\n"
      "Subject: x\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n"
      "--B\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
      "Caf=C3=A9 cr=C3=A8me\r\n--B\r\nContent-Type: application/octet-stream; name=a.txt\r\n"
      "Content-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename=a.txt\r\n\r\n"
      "QmFzZTY0IGF0dGFjaG1lbnQgdGV4dC4=\r\n--B--\r\n";
  g_autoptr(GBytes) e = g_bytes_new_static(eml, strlen(eml));
  mutate_and_extract(ex, e, r, 300);

  const char *document =
      "<?xml version=\"1.0\"?><w:document " W_NS "><w:body><w:p><w:r><w:t>Un texte</w:t>"
      "<w:tab/><w:t>suite</w:t></w:r></w:p></w:body></w:document>";
  const char *entries[] = { "[Content_Types].xml", docx_content_types,
                            "word/document.xml", document, NULL };
  g_autoptr(GBytes) z = make_zip(entries, NULL);
  mutate_and_extract(ex, z, r, 300);

  const char *pages[] = { "Première page.", "Deuxième page.", NULL };
  g_autoptr(GBytes) pdf = make_text_pdf(pages);
  mutate_and_extract(ex, pdf, r, 150);
  g_rand_free(r);
}


/* ---------- one extractor per thread, in parallel ---------- */

static gpointer
parallel_worker(gpointer data)
{
  GPtrArray *inputs = data;
  g_autoptr(CvExtractor) ex = new_extractor(TRUE);
  for (int round = 0; round < 20; round++) {
    for (guint i = 0; i < inputs->len; i++) {
      g_autoptr(GError) err = NULL;
      g_autoptr(CvDocument) doc = cv_ingest_extract(ex, g_ptr_array_index(inputs, i), &err);
      g_assert_no_error(err);
      g_assert_cmpuint(cv_ingest_document_n_pages(doc), >=, 1);
    }
  }
  return NULL;
}

static void
test_parallel_extractors(void)
{
  GPtrArray *inputs = g_ptr_array_new_with_free_func((GDestroyNotify)g_bytes_unref);
  const char *pages[] = { "Page un, texte.", "Page deux, texte.", NULL };
  g_ptr_array_add(inputs, make_text_pdf(pages));
  const char *document = "<?xml version=\"1.0\"?><w:document " W_NS "><w:body><w:p><w:r>"
                         "<w:t>Texte</w:t></w:r></w:p></w:body></w:document>";
  const char *entries[] = { "[Content_Types].xml", docx_content_types,
                            "word/document.xml", document, NULL };
  g_ptr_array_add(inputs, make_zip(entries, NULL));
  const char *eml = "From: a@example.com\r\nTo: b@example.com\r\nSubject: s\r\n\r\nCorps.\r\n";
  g_ptr_array_add(inputs, g_bytes_new_static(eml, strlen(eml)));
  const char *html = "<html><body><p>Texte HTML</p></body></html>";
  g_ptr_array_add(inputs, g_bytes_new_static(html, strlen(html)));
  GThread *t[4];
  for (int i = 0; i < 4; i++)
    t[i] = g_thread_new("extract", parallel_worker, inputs);
  for (int i = 0; i < 4; i++)
    g_thread_join(t[i]);
  g_ptr_array_unref(inputs);
}

/* ---------- OCR paths ---------- */

/* Lower-cased words without surrounding punctuation. */
static GPtrArray *
words_of(const char *text)
{
  GPtrArray *w = g_ptr_array_new_with_free_func(g_free);
  g_autofree char *low = g_utf8_strdown(text, -1);
  g_auto(GStrv) parts = g_regex_split_simple("[\\s\\x{00A0}]+", low, 0, 0);
  for (guint i = 0; parts[i] != NULL; i++) {
    char *p = parts[i];
    /* strip punctuation at both ends */
    while (*p && g_unichar_ispunct(g_utf8_get_char(p)))
      p = g_utf8_next_char(p);
    g_autofree char *t = g_strdup(p);
    char *end = t + strlen(t);
    while (end > t) {
      char *prev = g_utf8_find_prev_char(t, end);
      if (prev == NULL || !g_unichar_ispunct(g_utf8_get_char(prev)))
        break;
      *prev = '\0';
      end = prev;
    }
    if (*t)
      g_ptr_array_add(w, g_steal_pointer(&t));
  }
  return w;
}

/* Fraction of the words of @ref found in @got (as a multiset). */
static double
word_agreement(const char *ref, const char *got)
{
  g_autoptr(GPtrArray) rw = words_of(ref);
  g_autoptr(GPtrArray) gw = words_of(got);
  g_autoptr(GHashTable) bag = g_hash_table_new(g_str_hash, g_str_equal);
  for (guint i = 0; i < gw->len; i++) {
    gpointer k = g_ptr_array_index(gw, i);
    g_hash_table_insert(bag, k,
                        GINT_TO_POINTER(GPOINTER_TO_INT(g_hash_table_lookup(bag, k)) + 1));
  }
  guint found = 0;
  for (guint i = 0; i < rw->len; i++) {
    gpointer k = g_ptr_array_index(rw, i);
    int n = GPOINTER_TO_INT(g_hash_table_lookup(bag, k));
    if (n > 0) {
      found++;
      g_hash_table_insert(bag, k, GINT_TO_POINTER(n - 1));
    }
  }
  return rw->len ? (double)found / rw->len : 1.0;
}

static const char *scan_fr =
    "Objet : demande de révision du dossier numéro 2024-118\n"
    "Madame Hélène Tremblay demeurant au 1234 rue Principale\n"
    "a transmis sa demande le 3 février 2024 au bureau régional.\n"
    "La décision sera rendue dans les trente jours suivants.\n"
    "Veuillez agréer nos salutations distinguées.";
static const char *scan_en =
    "The access to information request was received on March 4.\n"
    "Mister John Smith asked for the minutes of the committee\n"
    "and for the correspondence about his property assessment.\n"
    "A written answer will be sent within twenty days.";

static CvExtractor *
new_ocr_extractor(guint threads)
{
  CvIngestOptions o = { 0 };
  o.ocr_threads = threads;
  g_autoptr(GError) err = NULL;
  CvExtractor *ex = cv_ingest_extractor_new(&o, &err);
  g_assert_no_error(err);
  return ex;
}

static void
check_ocr_page(const CvDocument *doc, guint page, const char *ref)
{
  g_assert_cmpint(cv_ingest_document_page_source(doc, page), ==, CV_PAGE_OCR);
  float conf = cv_ingest_document_page_confidence(doc, page);
  g_assert_cmpfloat(conf, >=, 0.0f);
  g_assert_cmpfloat(conf, <=, 100.0f);
  g_autofree char *t = page_text(doc, page);
  double agree = word_agreement(ref, t);
  g_test_message("page %u: word agreement %.3f, confidence %.1f", page + 1,
                 agree, conf);
  g_assert_cmpfloat(agree, >=, 0.95);
}

static void
test_ocr_scanned_pdf(void)
{
  g_autoptr(CvExtractor) ex = new_ocr_extractor(2);
  const char *pages[] = { scan_fr, scan_en, scan_fr, NULL };
  const gboolean scanned[] = { TRUE, TRUE, TRUE };
  g_autoptr(GBytes) pdf = make_mixed_pdf(pages, scanned);
  g_autoptr(GError) err = NULL;
  g_autoptr(CvDocument) doc = cv_ingest_extract(ex, pdf, &err);
  g_assert_no_error(err);
  check_doc_invariants(doc);
  g_assert_cmpuint(cv_ingest_document_n_pages(doc), ==, 3);
  /* page order is kept although pages were recognised in parallel */
  check_ocr_page(doc, 0, scan_fr);
  check_ocr_page(doc, 1, scan_en);
  check_ocr_page(doc, 2, scan_fr);

  /* without OCR: empty text pages, no error */
  g_autoptr(CvExtractor) ex2 = new_extractor(TRUE);
  g_autoptr(CvDocument) d2 = cv_ingest_extract(ex2, pdf, &err);
  g_assert_no_error(err);
  g_assert_cmpuint(cv_ingest_document_n_pages(d2), ==, 3);
  g_assert_cmpint(cv_ingest_document_page_source(d2, 0), ==, CV_PAGE_TEXT);
}

static void
test_ocr_mixed_pdf(void)
{
  g_autoptr(CvExtractor) ex = new_ocr_extractor(1);
  const char *text_page = "Page de texte : le comité a siégé le 12 mars.\nFin de la page.";
  const char *pages[] = { text_page, scan_en, scan_fr, NULL };
  const gboolean scanned[] = { FALSE, TRUE, 2 /* scan + typed stamp */ };
  g_autoptr(GBytes) pdf = make_mixed_pdf(pages, scanned);
  g_autoptr(GError) err = NULL;
  g_autoptr(CvDocument) doc = cv_ingest_extract(ex, pdf, &err);
  g_assert_no_error(err);
  check_doc_invariants(doc);
  g_assert_cmpuint(cv_ingest_document_n_pages(doc), ==, 3);
  g_assert_cmpint(cv_ingest_document_page_source(doc, 0), ==, CV_PAGE_TEXT);
  g_autofree char *p0 = page_text(doc, 0);
  assert_contains(p0, "Page de texte : le comité a siégé le 12 mars.");
  check_ocr_page(doc, 1, scan_en);
  /* a scan with a few typed words is OCR'd (images cover the page) */
  check_ocr_page(doc, 2, scan_fr);
}

/* Pages with fewer than 10 characters: OCR'd only when something is drawn
 * that the text layer lacks (issue #14: a paragraph's last line overflowing
 * onto its own page cost a render and a recognition). */
static void
test_ocr_few_chars(void)
{
  GByteArray *out = g_byte_array_new();
  cairo_surface_t *s =
      cairo_pdf_surface_create_for_stream(write_to_array, out, 612, 792);
  cairo_t *cr = cairo_create(s);
  cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL,
                         CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_source_rgb(cr, 0, 0, 0);
  /* 1: one short typed line, large and small */
  cairo_set_font_size(cr, 12);
  cairo_move_to(cr, 72, 72);
  cairo_show_text(cr, "clerk.");
  cairo_set_font_size(cr, 36);
  cairo_move_to(cr, 72, 300);
  cairo_show_text(cr, "H2X");
  cairo_show_page(cr);
  /* 2: blank */
  cairo_show_page(cr);
  /* 3: text drawn as paths (no text layer) */
  cairo_set_font_size(cr, 12);
  g_auto(GStrv) lines = g_strsplit(scan_en, "\n", -1);
  for (guint l = 0; lines[l] != NULL; l++) {
    cairo_move_to(cr, 72, 72 + 18 * l);
    cairo_text_path(cr, lines[l]);
  }
  cairo_fill(cr);
  cairo_show_page(cr);
  /* 4: a short typed line beside the same text as paths */
  cairo_move_to(cr, 72, 40);
  cairo_show_text(cr, "Annexe");
  for (guint l = 0; lines[l] != NULL; l++) {
    cairo_move_to(cr, 72, 72 + 18 * l);
    cairo_text_path(cr, lines[l]);
  }
  cairo_fill(cr);
  cairo_show_page(cr);
  cairo_destroy(cr);
  cairo_surface_finish(s);
  g_assert_cmpint(cairo_surface_status(s), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy(s);
  g_autoptr(GBytes) pdf = g_byte_array_free_to_bytes(out);

  g_autoptr(CvExtractor) ex = new_ocr_extractor(1);
  g_autoptr(GError) err = NULL;
  g_autoptr(CvDocument) doc = cv_ingest_extract(ex, pdf, &err);
  g_assert_no_error(err);
  check_doc_invariants(doc);
  g_assert_cmpuint(cv_ingest_document_n_pages(doc), ==, 4);
  g_assert_cmpint(cv_ingest_document_page_source(doc, 0), ==, CV_PAGE_TEXT);
  g_autofree char *p0 = page_text(doc, 0);
  assert_contains(p0, "clerk.");
  assert_contains(p0, "H2X");
  g_assert_cmpint(cv_ingest_document_page_source(doc, 1), ==, CV_PAGE_TEXT);
  check_ocr_page(doc, 2, scan_en);
  check_ocr_page(doc, 3, scan_en);
}

static void
test_ocr_image(void)
{
  g_autoptr(CvExtractor) ex = new_ocr_extractor(1);
  cairo_surface_t *img = make_scan_surface(scan_fr);
  GByteArray *png = g_byte_array_new();
  g_assert_cmpint(cairo_surface_write_to_png_stream(img, write_to_array, png), ==,
                  CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy(img);
  g_autoptr(GBytes) bytes = g_byte_array_free_to_bytes(png);
  g_autoptr(GError) err = NULL;
  g_autoptr(CvDocument) doc = cv_ingest_extract(ex, bytes, &err);
  g_assert_no_error(err);
  check_doc_invariants(doc);
  g_assert_cmpstr(cv_ingest_document_mime(doc), ==, "image/png");
  g_assert_cmpuint(cv_ingest_document_n_pages(doc), ==, 1);
  check_ocr_page(doc, 0, scan_fr);

  /* a truncated PNG: clean error */
  gsize n = 0;
  const guint8 *d = g_bytes_get_data(bytes, &n);
  g_autoptr(GError) e2 = NULL;
  g_autoptr(CvDocument) d2 = extract_mem(ex, d, 200, &e2);
  if (d2 == NULL)
    g_assert_true(e2->domain == CV_INGEST_ERROR);
}

/* ---------- ../shared corpora (skipped when absent) ---------- */

static char *
shared_path(const char *rel)
{
  const char *src = g_getenv("CAVIAR_SRCDIR");
  if (src == NULL)
    return NULL;
  char *p = g_build_filename(src, "..", "shared", rel, NULL);
  if (!g_file_test(p, G_FILE_TEST_EXISTS)) {
    g_free(p);
    return NULL;
  }
  return p;
}

static char *
loose(const char *s)
{
  /* NFC, lower case, ’ -> ', whitespace runs -> one space */
  g_autofree char *nfc = g_utf8_normalize(s, -1, G_NORMALIZE_NFC);
  g_autofree char *low = g_utf8_strdown(nfc, -1);
  GString *out = g_string_new(NULL);
  gboolean sp = FALSE;
  for (const char *p = low; *p; p = g_utf8_next_char(p)) {
    gunichar c = g_utf8_get_char(p);
    if (c == 0x2019)
      c = '\'';
    if (g_unichar_isspace(c) || c == 0xA0) {
      sp = TRUE;
      continue;
    }
    if (sp && out->len)
      g_string_append_c(out, ' ');
    sp = FALSE;
    g_string_append_unichar(out, c);
  }
  return g_string_free(out, FALSE);
}

static void
test_dev_corpus(void)
{
  g_autofree char *labels = shared_path("corpus/dev/labels.jsonl");
  if (labels == NULL) {
    g_test_skip("../shared/corpus/dev absent");
    return;
  }
  g_autofree char *dir = g_path_get_dirname(labels);
  g_autofree char *contents = NULL;
  g_assert_true(g_file_get_contents(labels, &contents, NULL, NULL));
  g_auto(GStrv) lines = g_strsplit(contents, "\n", -1);
  g_autoptr(CvExtractor) ex = new_ocr_extractor(2);
  guint checked = 0;
  for (guint i = 0; lines[i] != NULL; i++) {
    if (!*lines[i])
      continue;
    g_autoptr(JsonParser) jp = json_parser_new();
    g_assert_true(json_parser_load_from_data(jp, lines[i], -1, NULL));
    JsonObject *o = json_node_get_object(json_parser_get_root(jp));
    const char *file = json_object_get_string_member(o, "file");
    const char *format = json_object_get_string_member(o, "format");
    g_autofree char *path = g_build_filename(dir, file, NULL);
    g_autofree char *data = NULL;
    gsize len = 0;
    g_assert_true(g_file_get_contents(path, &data, &len, NULL));
    g_autoptr(GError) err = NULL;
    g_autoptr(CvDocument) doc = extract_mem(ex, data, len, &err);
    if (doc == NULL)
      g_error("%s: %s", file, err->message);
    check_doc_invariants(doc);
    g_autofree char *text = loose(cv_ingest_document_text(doc, NULL));
    JsonArray *content = json_object_get_array_member(o, "content");
    for (guint k = 0; k < json_array_get_length(content); k++) {
      g_autofree char *want = loose(json_array_get_string_element(content, k));
      if (strstr(text, want) != NULL)
        continue;
      /* OCR may change a character: word-level agreement then */
      double agree = word_agreement(want, text);
      gboolean ocr = strstr(format, "scan") || strstr(format, "mixed") ||
                     !strcmp(format, "png") || !strcmp(format, "jpg") ||
                     !strcmp(format, "tiff");
      if (!ocr || agree < 0.95)
        g_error("%s (%s): content sentence not found (agreement %.2f)", file,
                format, agree);
    }
    checked++;
  }
  g_test_message("%u documents checked", checked);
  g_assert_cmpuint(checked, >, 0);
}

/* Child mode: extract one file and report; exit 0 for text or a clean
 * CV_INGEST_ERROR, anything else is a failure. */
static int
extract_one(const char *path, gboolean no_ocr)
{
  g_autofree char *data = NULL;
  gsize len = 0;
  if (!g_file_get_contents(path, &data, &len, NULL))
    return 2;
  CvIngestOptions o = { 0 };
  o.no_ocr = no_ocr;
  o.ocr_threads = 2;
  g_autoptr(CvExtractor) ex = cv_ingest_extractor_new(&o, NULL);
  g_autoptr(GError) err = NULL;
  g_autoptr(CvDocument) doc = extract_mem(ex, data, len, &err);
  if (doc == NULL) {
    printf("error %d: %s\n", err->code, err->message);
    return err->domain == CV_INGEST_ERROR ? 0 : 3;
  }
  gsize n = 0;
  const char *text = cv_ingest_document_text(doc, &n);
  if (!g_utf8_validate(text, n, NULL))
    return 4;
  printf("%u pages, %zu bytes\n", cv_ingest_document_n_pages(doc), n);
  return 0;
}

static const char *self_path;

typedef struct {
  GMainLoop *loop;
  GSubprocess *sub;
  char *out, *err;
  gboolean timed_out;
} ChildRun;

static gboolean
on_child_timeout(gpointer data)
{
  ChildRun *r = data;
  r->timed_out = TRUE;
  g_subprocess_force_exit(r->sub);
  return G_SOURCE_REMOVE;
}

static void
on_child_done(GObject *src, GAsyncResult *res, gpointer data)
{
  ChildRun *r = data;
  g_subprocess_communicate_utf8_finish(G_SUBPROCESS(src), res, &r->out,
                                       &r->err, NULL);
  g_main_loop_quit(r->loop);
}

static void
run_third_party(gboolean no_ocr)
{
  g_autofree char *dirpath = shared_path("corpus/third-party");
  if (dirpath == NULL) {
    g_test_skip("../shared/corpus/third-party absent");
    return;
  }
  g_autoptr(GDir) dir = g_dir_open(dirpath, 0, NULL);
  g_assert_nonnull(dir);
  const char *name;
  guint n = 0;
  while ((name = g_dir_read_name(dir)) != NULL) {
    g_autofree char *path = g_build_filename(dirpath, name, NULL);
    g_autoptr(GError) err = NULL;
    g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new(
        G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
    /* Under -Db_sanitize=address, Poppler leaks 160 bytes a render of
     * ocrmypdf-hugemono.pdf's CCITT mask: leaks are not what this test is
     * about (exit status and time are), so LeakSanitizer is off here. */
    g_subprocess_launcher_setenv(launcher, "ASAN_OPTIONS", "detect_leaks=0", TRUE);
    g_autoptr(GSubprocess) sub = g_subprocess_launcher_spawn(
        launcher, &err, self_path,
        no_ocr ? "--extract-one-no-ocr" : "--extract-one", path, NULL);
    g_assert_no_error(err);
    gint64 t0 = g_get_monotonic_time();
    /* 300 s per file (a dense 4-page scan takes ~30 s on an idle 2-core
     * machine, ~120 s when it is loaded), then the child is killed and the
     * test fails */
    ChildRun r = { g_main_loop_new(NULL, FALSE), sub, NULL, NULL, FALSE };
    guint timer = g_timeout_add_seconds(300, on_child_timeout, &r);
    g_subprocess_communicate_utf8_async(sub, NULL, NULL, on_child_done, &r);
    g_main_loop_run(r.loop);
    if (!r.timed_out)
      g_source_remove(timer);
    g_subprocess_wait(sub, NULL, NULL);
    g_main_loop_unref(r.loop);
    g_autofree char *out = r.out ? r.out : g_strdup("");
    g_autofree char *errout = r.err ? r.err : g_strdup("");
    double secs = (g_get_monotonic_time() - t0) / 1e6;
    g_test_message("%s: %s (%.1f s) %s", name, g_strstrip(out), secs,
                   errout && *errout ? "[stderr not empty]" : "");
    if (r.timed_out || !g_subprocess_get_if_exited(sub) ||
        g_subprocess_get_exit_status(sub) != 0)
      g_error("%s: extraction crashed, hung or failed uncleanly (%.1f s)", name, secs);
    /* nothing document-derived may reach stderr: Poppler is silenced */
    if (no_ocr)
      g_assert_cmpstr(errout, ==, "");
    n++;
  }
  g_assert_cmpuint(n, >, 0);
}

static void
test_third_party_no_ocr(void)
{
  run_third_party(TRUE);
}

static void
test_third_party_ocr(void)
{
  run_third_party(FALSE);
}

int
main(int argc, char **argv)
{
  if (argc == 3 && strcmp(argv[1], "--extract-one") == 0)
    return extract_one(argv[2], FALSE);
  if (argc == 3 && strcmp(argv[1], "--extract-one-no-ocr") == 0)
    return extract_one(argv[2], TRUE);
  self_path = argv[0];
  g_test_init(&argc, &argv, NULL);
  g_test_add_func("/ingest/normalize-adversarial", test_normalize_adversarial);
  g_test_add_func("/ingest/normalize-windows", test_normalize_windows);
  g_test_add_func("/ingest/normalize-warning", test_normalize_warning);
  g_test_add_func("/ingest/html-deep", test_html_deep);
  g_test_add_func("/ingest/email-deep", test_email_deep);
  g_test_add_func("/ingest/text/utf8", test_text_utf8);
  g_test_add_func("/ingest/text/utf16", test_text_utf16);
  g_test_add_func("/ingest/text/cp1252", test_text_cp1252);
  g_test_add_func("/ingest/text/invalid", test_text_invalid);
  g_test_add_func("/ingest/text/pages", test_text_pages);
  g_test_add_func("/ingest/normalize", test_normalize);
  g_test_add_func("/ingest/detect/unsupported", test_unsupported);
  g_test_add_func("/ingest/detect/empty", test_empty);
  g_test_add_func("/ingest/caps", test_caps);
  g_test_add_func("/ingest/pdf/text", test_pdf_text);
  g_test_add_func("/ingest/pdf/damaged", test_pdf_damaged);
  g_test_add_func("/ingest/pdf/encrypted", test_pdf_encrypted);
  g_test_add_func("/ingest/serialize", test_serialize);
  g_test_add_func("/ingest/html", test_html);
  g_test_add_func("/ingest/email", test_email);
  g_test_add_func("/ingest/office/docx", test_docx);
  g_test_add_func("/ingest/office/odt", test_odt);
  g_test_add_func("/ingest/office/zip-bomb", test_zip_bomb);
  g_test_add_func("/ingest/tables/docx", test_docx_table);
  g_test_add_func("/ingest/tables/odt", test_odt_table);
  g_test_add_func("/ingest/tables/html", test_html_table);
  g_test_add_func("/ingest/fuzz/mutations", test_fuzz_mutations);
  g_test_add_func("/ingest/threads", test_parallel_extractors);
  g_test_add_func("/ingest/chunk/properties", test_chunk);
  g_test_add_func("/ingest/chunk/pdf-pages", test_chunk_pdf_pages);
  g_test_add_func("/ingest/ocr/scanned-pdf", test_ocr_scanned_pdf);
  g_test_add_func("/ingest/ocr/mixed-pdf", test_ocr_mixed_pdf);
  g_test_add_func("/ingest/ocr/few-chars", test_ocr_few_chars);
  g_test_add_func("/ingest/ocr/image", test_ocr_image);
  g_test_add_func("/ingest/corpus/dev", test_dev_corpus);
  g_test_add_func("/ingest/corpus/third-party-no-ocr", test_third_party_no_ocr);
  g_test_add_func("/ingest/corpus/third-party", test_third_party_ocr);
  return g_test_run();
}
