/* cv-ingest.h — public API of the extraction stage.
 *
 * Turns the bytes of one untrusted file into pages of normalised UTF-8 text
 * (NFC, ligatures expanded, no-break spaces kept as U+00A0, OCR hyphenation
 * joined).  The extractor touches no key, no store and no file other than
 * the bytes it is given, so it can run in a sandboxed worker process:
 * cv_ingest_document_serialize()/deserialize() carry a result across a pipe.
 * Document text lives only in memory and is wiped when freed.
 *
 * Normalisation (ingest/normalize.c), applied to every page:
 *  - NFC; invalid UTF-8 becomes U+FFFD; CR LF / CR become LF;
 *  - no-break spaces U+00A0, U+202F (narrow, French « 12 345 $ ») and
 *    U+2007 (figure) all become U+00A0 — never a plain space, so that
 *    "12 345" stays one token for the redactor; other Unicode spaces
 *    (U+2000..U+200A, U+3000...) become ' ';
 *  - ligatures U+FB00..U+FB06 expanded (œ, æ kept: they are letters);
 *  - soft hyphens, zero-width and bidi format characters removed; control
 *    characters removed except '\n' and '\t' ('\f' only separates pages);
 *  - OCR pages only: "lettre-\nminuscule" line-end hyphenation joined.
 * Formats: PDF (text layer, OCR per page when it is missing or unusable),
 * images (OCR, multi-page TIFF), plain text (UTF-8 with/without BOM,
 * UTF-16/32 with BOM, BOM-less UTF-16, else Windows-1252; CSV/Markdown are
 * text), HTML, email (RFC 822/MIME, attachments extracted recursively;
 * mbox), DOCX and OpenDocument.  Pages: PDF pages, image frames, form-feed
 * separated parts of a text file; other formats are one page (an email's
 * extracted attachments follow as further pages; each message of an mbox
 * starts a page).  An empty input gives a
 * document with no page and a warning (not an error).
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define CV_INGEST_ERROR (cv_ingest_error_quark())
GQuark cv_ingest_error_quark(void);
typedef enum {
  CV_INGEST_ERROR_UNSUPPORTED, /* "unsupported type application/x-foo" */
  CV_INGEST_ERROR_TOO_LARGE,   /* a cap was hit (bytes, pages, pixels...) */
  CV_INGEST_ERROR_ENCRYPTED,   /* PDF needs a (different) password */
  CV_INGEST_ERROR_DAMAGED,     /* cannot be parsed */
  CV_INGEST_ERROR_OCR,         /* OCR engine failure or time limit */
  CV_INGEST_ERROR_FAILED,      /* anything else */
} CvIngestError;

/* How a page's text was obtained. */
typedef enum {
  CV_PAGE_TEXT = 0, /* text layer or text file */
  CV_PAGE_OCR,      /* Tesseract */
} CvPageSource;

/* Options of an extractor.  Zero fields mean "default". */
typedef struct {
  const char *ocr_langs;    /* "fra+eng" */
  const char *pdf_password; /* NULL: none */
  guint ocr_dpi;            /* 300 */
  guint ocr_threads;        /* OCR threads for one document; 1 */
  guint ocr_page_timeout_s; /* 120 */
  guint64 max_bytes;        /* input file size cap; 512 MiB */
  guint max_pages;          /* 5000 */
  guint64 max_page_pixels;  /* 300 DPI A0-ish: 200 Mpx */
  gsize max_text_bytes;     /* extracted text cap; 256 MiB */
  gboolean no_ocr;          /* never OCR (tests, fast path) */
  guint timeout_s;          /* whole document, checked between pages; 3600 */
} CvIngestOptions;

typedef struct _CvExtractor CvExtractor;
typedef struct _CvDocument CvDocument;

/* One extractor per worker thread: it owns a libmagic handle and, lazily,
 * OCR engines.  @options is copied. */
CvExtractor *cv_ingest_extractor_new(const CvIngestOptions *options,
                                     GError **error);
void cv_ingest_extractor_free(CvExtractor *extractor);

/* Loads now everything the extractor would otherwise open from the file
 * system on first use, so that its process can then be confined with no
 * file system at all (caviar's extractor worker, tools/sandbox.c):
 * Poppler's data files (kept loaded), cairo and FreeType, the charset
 * converters of text files and e-mail (a fixed list, see preload.c), the
 * time zone, and unless options.no_ocr, options.ocr_threads OCR engines and
 * the orientation model (in memory).  fontconfig is then given an empty
 * configuration: fonts a PDF does not embed are no longer looked up, so
 * they are not drawn on the pages rendered for OCR (ARCHITECTURE.md).  A
 * failure to create the OCR engines is kept and reported by every page
 * that needs OCR; after this call no engine is ever created again.  Call
 * it once, from one thread, before any extraction. */
void cv_ingest_extractor_preload(CvExtractor *extractor);

/* Defers OCR to another extractor: from now on a document stops at its
 * first page that needs OCR (or its first image) with CV_INGEST_ERROR_OCR,
 * before rendering it, and cv_ingest_extractor_needs_ocr() returns TRUE
 * until the next cv_ingest_extract() (also when the page was in an
 * attachment whose failure became a warning: discard that result).  Called
 * before cv_ingest_extractor_preload(), the OCR engines and models are not
 * loaded: an extractor for documents that need no OCR starts in ~40 ms of
 * CPU instead of ~0.5 s (caviar's workers, tools/workers.c). */
void cv_ingest_extractor_defer_ocr(CvExtractor *extractor);
/* Called from the OCR threads each time a page of the current document
 * is recognised: @done pages of @total (the document's pages).  For a
 * progress line inside a long OCR document (caviar's workers pass it to
 * their parent).  Must be thread-safe; set before any extraction. */
typedef void (*CvIngestProgressFunc)(guint done, guint total, gpointer user_data);
void cv_ingest_extractor_set_progress(CvExtractor *extractor,
                                      CvIngestProgressFunc func,
                                      gpointer user_data);
gboolean cv_ingest_extractor_needs_ocr(const CvExtractor *extractor);
/* CPU time (ns, every thread) the extractor spent since the last call on
 * type detection (*@detect_ns) and on OCR (*@ocr_ns: rendering pages for
 * it, cleaning, recognition), then zero: the rest of a document's CPU time
 * is its reading.  For stage timings (`caviar ingest --timings`). */
void cv_ingest_extractor_take_cpu(CvExtractor *extractor, guint64 *detect_ns,
                                  guint64 *ocr_ns);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CvExtractor, cv_ingest_extractor_free)

/* Extracts the text of one file held in memory.  On error returns NULL and
 * sets @error (domain CV_INGEST_ERROR); the message never contains document
 * text. */
CvDocument *cv_ingest_extract(CvExtractor *extractor, GBytes *bytes,
                              GError **error);

void cv_ingest_document_free(CvDocument *doc); /* wipes the text */
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CvDocument, cv_ingest_document_free)

/* Detected MIME type ("application/pdf") and charset ("utf-8", "binary"). */
const char *cv_ingest_document_mime(const CvDocument *doc);
const char *cv_ingest_document_encoding(const CvDocument *doc);

/* Whole text: pages joined by '\f'.  Page i covers
 * [page_offset(i), page_offset(i+1)) with page_offset(n_pages) == len. */
const char *cv_ingest_document_text(const CvDocument *doc, gsize *len);
guint cv_ingest_document_n_pages(const CvDocument *doc);
gsize cv_ingest_document_page_offset(const CvDocument *doc, guint page);
CvPageSource cv_ingest_document_page_source(const CvDocument *doc, guint page);
/* Mean word confidence 0..100 for OCR pages, -1 for text pages. */
float cv_ingest_document_page_confidence(const CvDocument *doc, guint page);
/* Non-fatal problems ("damaged xref, text may be incomplete"), never text. */
const char *const *cv_ingest_document_warnings(const CvDocument *doc);

/* Carries a document across a pipe: a GVariant in normal form.  The
 * serialized bytes hold document text: keep them in memory and wipe them. */
GBytes *cv_ingest_document_serialize(const CvDocument *doc);
CvDocument *cv_ingest_document_deserialize(GBytes *bytes, GError **error);

/* --- chunking (runs on redacted text in the trusted process) --- */

typedef struct {
  gsize start, end;       /* byte range in the text */
  guint first_page;       /* 1-based */
  guint last_page;        /* 1-based */
} CvChunkSpan;

/* Splits @text into chunks of about @target bytes (never more than 2x),
 * cutting at paragraph, then sentence, then word boundaries, never inside a
 * UTF-8 sequence.  @page_offsets has @n_pages + 1 entries as above (NULL:
 * one page).  Returns a GArray of CvChunkSpan covering the text in order:
 * spans neither start nor end with ASCII whitespace, the whitespace between
 * two spans belongs to neither, every other byte to exactly one span;
 * whitespace-only text gives no span.  Pure: no state, no logging. */
GArray *cv_ingest_chunk(const char *text, gsize len, const gsize *page_offsets,
                        guint n_pages, gsize target);

G_END_DECLS
