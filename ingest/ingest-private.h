/* ingest-private.h — internals shared by the files of ingest/ (not public).
 *
 * The readers (text, html, email, office, pdf, image) append pages to a
 * CvDocBuilder; the builder normalises each page (normalize.c) and enforces
 * the text cap; ingest.c detects the type and dispatches.
 */
#pragma once

#include <glib.h>
#include <magic.h>

#include "cv-ingest.h"
#include "cv-ocr.h"

G_BEGIN_DECLS

/* Hard limits that are not options. */
#define CV_INGEST_MAX_DEPTH 3          /* nested attachments (email in email...) */
#define CV_INGEST_MAX_XML_DEPTH 256    /* element nesting walked in XML/HTML */
#define CV_INGEST_MAX_ZIP_ENTRIES 10000
#define CV_INGEST_MAX_ZIP_ENTRY (64u * 1024 * 1024) /* uncompressed bytes */
#define CV_INGEST_MAX_ATTACHMENTS 256
#define CV_INGEST_MAX_WARNINGS 256
#define CV_INGEST_MAX_SIDE 32767       /* pixels per side of a render */

struct _CvDocument {
  char *mime;           /* detected MIME type */
  char *encoding;       /* detected charset ("binary", "utf-8"...) */
  char *text;           /* pages joined by '\f', NUL-terminated */
  gsize len;            /* bytes of text */
  guint n_pages;        /* pages */
  gsize *offsets;       /* n_pages + 1 page starts, offsets[n_pages] == len */
  guint8 *sources;      /* CvPageSource of each page */
  float *confidence;    /* OCR confidence of each page, -1 for text */
  char **warnings;      /* NULL-terminated, never NULL */
};

struct _CvExtractor {
  CvIngestOptions opt;  /* copy with defaults filled; strings owned below */
  char *ocr_langs;      /* owned copy of opt.ocr_langs */
  char *pdf_password;   /* owned copy, wiped on free */
  magic_t magic;        /* libmagic handle of this extractor */
  GMutex engine_lock;   /* guards idle_engines and n_engines */
  GCond engine_cond;    /* signalled when an engine is returned */
  GPtrArray *idle_engines; /* CvOcrEngine* not in use */
  guint n_engines;      /* engines created (idle + busy) */
  gint64 deadline;      /* monotonic time the current document must end by */
  gboolean preloaded;   /* cv_ingest_extractor_preload() ran: no engine may
                           be created any more (no file system) */
  char *engine_error;   /* why the preloaded engines could not be created */
  gboolean ocr_deferred; /* cv_ingest_extractor_defer_ocr() */
  gboolean ocr_needed;   /* the current document needed OCR (deferred) */
  /* CPU time spent since the last cv_ingest_extractor_take_cpu(), in ns
   * (atomic: OCR threads add to cpu_ocr_ns). */
  gint64 cpu_detect_ns;          /* libmagic and sniffing */
  gint64 cpu_ocr_ns;             /* rendering for OCR, cleaning, recognition */
  CvIngestProgressFunc progress; /* cv_ingest_extractor_set_progress() */
  gpointer progress_data;
};

/* CPU time of the calling thread, in ns (CLOCK_THREAD_CPUTIME_ID). */
gint64 cv_thread_cpu_ns(void);

/* Call where OCR is about to start.  When OCR is deferred: records it, sets
 * @error and returns TRUE (the reader stops); else FALSE. */
gboolean cv_extractor_defer_ocr_here(CvExtractor *ex, GError **error);

/* FALSE with CV_INGEST_ERROR_TOO_LARGE once the document's time is up. */
gboolean cv_extractor_check_time(CvExtractor *ex, GError **error);

/* Accumulates pages of a document being extracted. */
typedef struct {
  GString *text;        /* pages joined by '\f' */
  GArray *offsets;      /* gsize page starts */
  GArray *sources;      /* guint8 */
  GArray *confidence;   /* float */
  GPtrArray *warnings;  /* char*, owned */
  gsize max_text_bytes; /* cap on text->len */
} CvDocBuilder;

CvDocBuilder *cv_doc_builder_new(gsize max_text_bytes);
void cv_doc_builder_free(CvDocBuilder *b);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CvDocBuilder, cv_doc_builder_free)
/* Normalises @text (valid or not UTF-8) and appends it as a new page. */
gboolean cv_doc_builder_add_page(CvDocBuilder *b, const char *text, gsize len,
                                 CvPageSource source, float confidence,
                                 GError **error);
void cv_doc_builder_warn(CvDocBuilder *b, const char *fmt, ...)
    G_GNUC_PRINTF(2, 3);
/* Consumes the builder. */
CvDocument *cv_doc_builder_finish(CvDocBuilder *b, const char *mime,
                                  const char *encoding);

/* Wiping helpers. */
void cv_wipe_free(char *s);                 /* NUL-terminated */
void cv_wipe_free_len(void *p, gsize len);
void cv_gstring_wipe_free(GString *s);
/* Grows @s to hold @extra more bytes, wiping the old buffer (GString's own
 * growth would leave a copy of the text in freed memory). */
void cv_gstring_reserve_wiped(GString *s, gsize extra);
typedef char *CvWipedStr; /* g_auto(CvWipedStr): wiped and freed */
G_DEFINE_AUTO_CLEANUP_FREE_FUNC(CvWipedStr, cv_wipe_free, NULL)

/* normalize.c: returns normalised UTF-8 (never NULL), see cv-ingest.h. */
char *cv_normalize_text(const char *text, gsize len, gboolean ocr,
                        gsize *out_len);
/* Collapses the whitespace of a table cell's text, from @start to the end
 * of @s (spaces, TAB, line and page ends become one space), and trims it:
 * a cell is one field of its row's line (HTML and office tables).  The
 * bytes dropped are wiped. */
void cv_cell_tidy(GString *s, gsize start);

/* Longest run of combining marks kept (normalize.c says why). */
#define CV_NORMALIZE_MAX_MARKS 32
/* The same, counting in @marks_dropped (may be NULL) the marks beyond
 * CV_NORMALIZE_MAX_MARKS in a run, which are dropped. */
char *cv_normalize_text_full(const char *text, gsize len, gboolean ocr,
                             gsize *out_len, guint64 *marks_dropped);

/* TRUE if @c is NFC on its own and cannot combine with a neighbour:
 * below U+0300, or U+2010..U+20CF. */
static inline gboolean
cv_normalize_nfc_stable(gunichar c)
{
  return c < 0x300 || (c >= 0x2010 && c <= 0x20CF);
}
/* TRUE if valid UTF-8 @s holds only such code points (so is NFC). */
gboolean cv_normalize_is_nfc_quick(const char *s, gsize len);

/* text.c: decodes a text file to UTF-8 (never fails: bad bytes become
 * U+FFFD).  @charset_hint may be NULL ("utf-8", "iso-8859-1"...). */
char *cv_text_decode(const guint8 *data, gsize len, const char *charset_hint,
                     gsize *out_len);
gboolean cv_read_text(CvExtractor *ex, CvDocBuilder *b, const guint8 *data,
                      gsize len, const char *charset_hint, GError **error);

/* html.c: HTML to lines of text.  Returns UTF-8 (wipe it) or NULL. */
char *cv_html_to_text(const guint8 *data, gsize len, const char *charset_hint,
                      gsize *out_len, GError **error);
/* The same, with *@flattened (may be NULL) set when elements nested more
 * than CV_INGEST_MAX_XML_DEPTH deep were read as flat text. */
char *cv_html_to_text_full(const guint8 *data, gsize len,
                           const char *charset_hint, gsize *out_len,
                           gboolean *flattened, GError **error);
gboolean cv_read_html(CvExtractor *ex, CvDocBuilder *b, const guint8 *data,
                      gsize len, const char *charset_hint, GError **error);

/* email.c */
gboolean cv_read_email(CvExtractor *ex, CvDocBuilder *b, const guint8 *data,
                       gsize len, guint depth, GError **error);
gboolean cv_read_mbox(CvExtractor *ex, CvDocBuilder *b, const guint8 *data,
                      gsize len, guint depth, GError **error);

/* office.c: DOCX / ODT.  Returns FALSE with UNSUPPORTED if the zip is
 * neither. */
gboolean cv_office_sniff_zip(const guint8 *data, gsize len, const char **mime);
gboolean cv_read_office(CvExtractor *ex, CvDocBuilder *b, const guint8 *data,
                        gsize len, GError **error);

/* pdf.c */
/* Opens (and keeps open) a small in-memory PDF and renders it: Poppler's
 * global data, cairo, FreeType and fontconfig are then loaded. */
void cv_pdf_preload(void);
gboolean cv_read_pdf(CvExtractor *ex, CvDocBuilder *b, GBytes *bytes,
                     GError **error);

/* ocrpool.c: OCR of pages on a thread pool, results in page order. */
typedef struct _CvOcrBatch CvOcrBatch;
CvOcrBatch *cv_ocr_batch_new(CvExtractor *ex, guint n_pages);
/* Queues page @index: grey pixels (taken, wiped and freed) or, when
 * @pixels is NULL, page @index of the encoded image @image.  Blocks while
 * too many pages are in flight. */
void cv_ocr_batch_push(CvOcrBatch *batch, guint index, guint8 *pixels,
                       guint width, guint height, gsize stride, guint dpi,
                       GBytes *image);
/* Waits for all pages; then result(i) gives the text (transfer full, NULL
 * if that page failed, with *error set) */
void cv_ocr_batch_wait(CvOcrBatch *batch);
char *cv_ocr_batch_take(CvOcrBatch *batch, guint index, float *confidence,
                        GError **error);
/* TRUE if the OCR engine could not be started (models missing...). */
gboolean cv_ocr_batch_engine_failed(CvOcrBatch *batch);
void cv_ocr_batch_free(CvOcrBatch *batch);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CvOcrBatch, cv_ocr_batch_free)

/* image.c */
gboolean cv_read_image(CvExtractor *ex, CvDocBuilder *b, GBytes *bytes,
                       GError **error);

/* ingest.c: detects and reads nested content (attachments). */
gboolean cv_ingest_read_any(CvExtractor *ex, CvDocBuilder *b,
                            const guint8 *data, gsize len, guint depth,
                            char **mime_out, char **encoding_out,
                            GError **error);

/* Engines of the extractor (ocrpool.c). */
CvOcrEngine *cv_extractor_take_engine(CvExtractor *ex, GError **error);
void cv_extractor_return_engine(CvExtractor *ex, CvOcrEngine *engine);

G_END_DECLS
