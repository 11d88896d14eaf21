/* ingest.c — owns the extractor object (options, libmagic handle), type
 * detection and dispatch to the format readers, the document builder and
 * the CvDocument accessors.
 *
 * Detection is libmagic on the bytes (MIME type and encoding).  A type no
 * reader handles is the error CV_INGEST_ERROR_UNSUPPORTED with the message
 * "unsupported type TYPE".  An empty input gives an empty document (no
 * page, type application/x-empty) with a warning, whatever its name.
 */
#include "ingest-private.h"

#include <libxml/parser.h>
#include <sodium.h>
#include <string.h>
#include <time.h>

G_DEFINE_QUARK(cv-ingest-error-quark, cv_ingest_error)

/* --- builder --- */

CvDocBuilder *
cv_doc_builder_new(gsize max_text_bytes)
{
  CvDocBuilder *b = g_new0(CvDocBuilder, 1);
  b->text = g_string_sized_new(4096);
  b->offsets = g_array_new(FALSE, FALSE, sizeof(gsize));
  b->sources = g_array_new(FALSE, FALSE, sizeof(guint8));
  b->confidence = g_array_new(FALSE, FALSE, sizeof(float));
  b->warnings = g_ptr_array_new_with_free_func(g_free);
  b->max_text_bytes = max_text_bytes;
  return b;
}

void
cv_doc_builder_free(CvDocBuilder *b)
{
  if (b == NULL)
    return;
  cv_gstring_wipe_free(b->text);
  g_array_unref(b->offsets);
  g_array_unref(b->sources);
  g_array_unref(b->confidence);
  g_ptr_array_unref(b->warnings);
  g_free(b);
}

gboolean
cv_doc_builder_add_page(CvDocBuilder *b, const char *text, gsize len,
                        CvPageSource source, float confidence, GError **error)
{
  gsize nlen = 0;
  guint64 dropped = 0;
  g_auto(CvWipedStr) norm =
      cv_normalize_text_full(text != NULL ? text : "", text != NULL ? len : 0,
                             source == CV_PAGE_OCR, &nlen, &dropped);
  if (dropped > 0)
    cv_doc_builder_warn(b,
                        "page %u: %" G_GUINT64_FORMAT
                        " combining marks dropped "
                        "(runs of more than %d on one letter)",
                        b->offsets->len + 1, dropped, CV_NORMALIZE_MAX_MARKS);
  gsize sep = b->offsets->len > 0 ? 1 : 0;
  if (b->text->len + sep + nlen > b->max_text_bytes) {
    g_set_error(error, CV_INGEST_ERROR, CV_INGEST_ERROR_TOO_LARGE,
                "extracted text exceeds the cap of %" G_GSIZE_FORMAT " bytes",
                b->max_text_bytes);
    return FALSE;
  }
  cv_gstring_reserve_wiped(b->text, sep + nlen);
  if (sep)
    g_string_append_c(b->text, '\f');
  gsize start = b->text->len;
  g_string_append_len(b->text, norm, (gssize)nlen);
  guint8 src = (guint8)source;
  g_array_append_val(b->offsets, start);
  g_array_append_val(b->sources, src);
  g_array_append_val(b->confidence, confidence);
  return TRUE;
}

void
cv_doc_builder_warn(CvDocBuilder *b, const char *fmt, ...)
{
  if (b->warnings->len >= CV_INGEST_MAX_WARNINGS)
    return;
  va_list ap;
  va_start(ap, fmt);
  g_autofree char *w = g_strdup_vprintf(fmt, ap);
  va_end(ap);
  /* messages of other libraries may not be UTF-8; serialization needs it */
  g_ptr_array_add(b->warnings, g_utf8_make_valid(w, -1));
}

CvDocument *
cv_doc_builder_finish(CvDocBuilder *b, const char *mime, const char *encoding)
{
  CvDocument *doc = g_new0(CvDocument, 1);
  doc->mime = g_strdup(mime);
  doc->encoding = g_strdup(encoding);
  doc->len = b->text->len;
  /* Hand the buffer over without a copy. */
  doc->text = g_string_free(b->text, FALSE);
  b->text = NULL;
  doc->n_pages = b->offsets->len;
  doc->offsets = g_new(gsize, doc->n_pages + 1);
  doc->sources = g_new0(guint8, doc->n_pages + 1);
  doc->confidence = g_new0(float, doc->n_pages + 1);
  for (guint i = 0; i < doc->n_pages; i++) {
    doc->offsets[i] = g_array_index(b->offsets, gsize, i);
    doc->sources[i] = g_array_index(b->sources, guint8, i);
    doc->confidence[i] = g_array_index(b->confidence, float, i);
  }
  doc->offsets[doc->n_pages] = doc->len;
  doc->warnings = g_new0(char *, b->warnings->len + 1);
  for (guint i = 0; i < b->warnings->len; i++)
    doc->warnings[i] = g_strdup(g_ptr_array_index(b->warnings, i));
  b->text = g_string_new(NULL);
  cv_doc_builder_free(b);
  return doc;
}

/* --- document --- */

void
cv_ingest_document_free(CvDocument *doc)
{
  if (doc == NULL)
    return;
  if (doc->text != NULL)
    sodium_memzero(doc->text, doc->len);
  g_free(doc->text);
  g_free(doc->mime);
  g_free(doc->encoding);
  g_free(doc->offsets);
  g_free(doc->sources);
  g_free(doc->confidence);
  g_strfreev(doc->warnings);
  g_free(doc);
}

const char *
cv_ingest_document_mime(const CvDocument *doc)
{
  g_return_val_if_fail(doc != NULL, NULL);
  return doc->mime;
}

const char *
cv_ingest_document_encoding(const CvDocument *doc)
{
  g_return_val_if_fail(doc != NULL, NULL);
  return doc->encoding;
}

const char *
cv_ingest_document_text(const CvDocument *doc, gsize *len)
{
  g_return_val_if_fail(doc != NULL, NULL);
  if (len != NULL)
    *len = doc->len;
  return doc->text;
}

guint
cv_ingest_document_n_pages(const CvDocument *doc)
{
  g_return_val_if_fail(doc != NULL, 0);
  return doc->n_pages;
}

gsize
cv_ingest_document_page_offset(const CvDocument *doc, guint page)
{
  g_return_val_if_fail(doc != NULL, 0);
  if (page >= doc->n_pages)
    return doc->len;
  return doc->offsets[page];
}

CvPageSource
cv_ingest_document_page_source(const CvDocument *doc, guint page)
{
  g_return_val_if_fail(doc != NULL, CV_PAGE_TEXT);
  if (page >= doc->n_pages)
    return CV_PAGE_TEXT;
  return (CvPageSource)doc->sources[page];
}

float
cv_ingest_document_page_confidence(const CvDocument *doc, guint page)
{
  g_return_val_if_fail(doc != NULL, -1.0f);
  if (page >= doc->n_pages)
    return -1.0f;
  return doc->confidence[page];
}

const char *const *
cv_ingest_document_warnings(const CvDocument *doc)
{
  g_return_val_if_fail(doc != NULL, NULL);
  return (const char *const *)doc->warnings;
}

/* --- extractor --- */

CvExtractor *
cv_ingest_extractor_new(const CvIngestOptions *options, GError **error)
{
  /* libxml2 must be initialised once before threads use it */
  static gsize xml_once = 0;
  if (g_once_init_enter(&xml_once)) {
    xmlInitParser();
    g_once_init_leave(&xml_once, 1);
  }

  g_autoptr(CvExtractor) ex = g_new0(CvExtractor, 1);
  if (options != NULL)
    ex->opt = *options;
  ex->ocr_langs = g_strdup(ex->opt.ocr_langs != NULL && *ex->opt.ocr_langs
                               ? ex->opt.ocr_langs
                               : "fra+eng");
  ex->opt.ocr_langs = ex->ocr_langs;
  /* "" means no password */
  ex->pdf_password = ex->opt.pdf_password != NULL && *ex->opt.pdf_password
                         ? g_strdup(ex->opt.pdf_password)
                         : NULL;
  ex->opt.pdf_password = ex->pdf_password;
  if (ex->opt.ocr_dpi == 0)
    ex->opt.ocr_dpi = 300;
  ex->opt.ocr_dpi = CLAMP(ex->opt.ocr_dpi, 50, 1200);
  if (ex->opt.ocr_threads == 0)
    ex->opt.ocr_threads = 1;
  ex->opt.ocr_threads = MIN(ex->opt.ocr_threads, 64);
  if (ex->opt.ocr_page_timeout_s == 0)
    ex->opt.ocr_page_timeout_s = 120;
  if (ex->opt.max_bytes == 0)
    ex->opt.max_bytes = 512 * (guint64)1024 * 1024;
  if (ex->opt.max_pages == 0)
    ex->opt.max_pages = 5000;
  if (ex->opt.max_page_pixels == 0)
    ex->opt.max_page_pixels = 200 * (guint64)1000 * 1000;
  if (ex->opt.max_text_bytes == 0)
    ex->opt.max_text_bytes = (gsize)256 * 1024 * 1024;
  if (ex->opt.timeout_s == 0)
    ex->opt.timeout_s = 3600;
  g_mutex_init(&ex->engine_lock);
  g_cond_init(&ex->engine_cond);
  ex->idle_engines = g_ptr_array_new();

  ex->magic = magic_open(MAGIC_MIME_TYPE | MAGIC_ERROR);
  if (ex->magic == NULL || magic_load(ex->magic, NULL) != 0) {
    g_set_error(error, CV_INGEST_ERROR, CV_INGEST_ERROR_FAILED,
                "cannot load the libmagic database: %s",
                ex->magic != NULL && magic_error(ex->magic) != NULL
                    ? magic_error(ex->magic)
                    : "out of memory");
    return NULL;
  }
  return g_steal_pointer(&ex);
}

void
cv_ingest_extractor_free(CvExtractor *ex)
{
  if (ex == NULL)
    return;
  if (ex->magic != NULL)
    magic_close(ex->magic);
  if (ex->idle_engines != NULL) {
    for (guint i = 0; i < ex->idle_engines->len; i++)
      cv_ocr_engine_free(g_ptr_array_index(ex->idle_engines, i));
    g_ptr_array_unref(ex->idle_engines);
  }
  g_mutex_clear(&ex->engine_lock);
  g_cond_clear(&ex->engine_cond);
  g_free(ex->ocr_langs);
  g_free(ex->engine_error);
  if (ex->pdf_password != NULL)
    cv_wipe_free(ex->pdf_password);
  g_free(ex);
}

void
cv_ingest_extractor_defer_ocr(CvExtractor *ex)
{
  g_return_if_fail(ex != NULL);
  ex->ocr_deferred = TRUE;
}

void
cv_ingest_extractor_set_progress(CvExtractor *ex, CvIngestProgressFunc func,
                                 gpointer user_data)
{
  g_return_if_fail(ex != NULL);
  ex->progress = func;
  ex->progress_data = user_data;
}

gboolean
cv_ingest_extractor_needs_ocr(const CvExtractor *ex)
{
  g_return_val_if_fail(ex != NULL, FALSE);
  return ex->ocr_needed;
}

gint64
cv_thread_cpu_ns(void)
{
  struct timespec ts;
  if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) != 0)
    return 0;
  return (gint64)ts.tv_sec * G_GINT64_CONSTANT(1000000000) + ts.tv_nsec;
}

void
cv_ingest_extractor_take_cpu(CvExtractor *ex, guint64 *detect_ns, guint64 *ocr_ns)
{
  g_return_if_fail(ex != NULL);
  gint64 d = __atomic_exchange_n(&ex->cpu_detect_ns, 0, __ATOMIC_RELAXED);
  gint64 o = __atomic_exchange_n(&ex->cpu_ocr_ns, 0, __ATOMIC_RELAXED);
  *detect_ns = (guint64)MAX(d, 0);
  *ocr_ns = (guint64)MAX(o, 0);
}

gboolean
cv_extractor_defer_ocr_here(CvExtractor *ex, GError **error)
{
  if (!ex->ocr_deferred || ex->opt.no_ocr)
    return FALSE;
  ex->ocr_needed = TRUE;
  g_set_error_literal(error, CV_INGEST_ERROR, CV_INGEST_ERROR_OCR,
                      "a page needs OCR (left to an extractor with OCR)");
  return TRUE;
}

gboolean
cv_extractor_check_time(CvExtractor *ex, GError **error)
{
  if (ex->deadline == 0 || g_get_monotonic_time() <= ex->deadline)
    return TRUE;
  g_set_error(error, CV_INGEST_ERROR, CV_INGEST_ERROR_TOO_LARGE,
              "time limit of %u s exceeded", ex->opt.timeout_s);
  return FALSE;
}

/* --- detection and dispatch --- */

static char *
detect(CvExtractor *ex, int flags, const guint8 *data, gsize len)
{
  magic_setflags(ex->magic, flags | MAGIC_ERROR);
  const char *r = magic_buffer(ex->magic, data, len);
  return g_strdup(r != NULL ? r : "application/octet-stream");
}

static gboolean
mime_is(const char *mime, const char *want)
{
  return g_ascii_strcasecmp(mime, want) == 0;
}

static gboolean
is_image_mime(const char *mime)
{
  static const char *const images[] = {
    "image/png", "image/jpeg", "image/tiff", "image/bmp", "image/x-ms-bmp",
    "image/gif", "image/webp", "image/jp2", "image/x-portable-bitmap",
    "image/x-portable-graymap", "image/x-portable-pixmap",
    "image/x-portable-anymap", NULL,
  };
  for (guint i = 0; images[i] != NULL; i++)
    if (mime_is(mime, images[i]))
      return TRUE;
  return FALSE;
}

/* Text types read as plain text (libmagic reports CSV and Markdown as
 * text/plain; source code and the like as text/x-*). */
static gboolean
is_text_mime(const char *mime)
{
  if (g_str_has_prefix(mime, "text/"))
    return !mime_is(mime, "text/rtf") && !mime_is(mime, "text/html");
  return mime_is(mime, "application/json") || mime_is(mime, "application/csv") ||
         mime_is(mime, "application/xml") || mime_is(mime, "application/x-wine-extension-ini");
}

/* An octet stream that is in fact text: no NUL (outside UTF-16) and few
 * control bytes in the first 64 KiB. */
static gboolean
looks_like_text(const guint8 *data, gsize len)
{
  gsize n = MIN(len, 65536), ctrl = 0;
  if ((len >= 2 && ((data[0] == 0xFF && data[1] == 0xFE) ||
                    (data[0] == 0xFE && data[1] == 0xFF))))
    return TRUE;
  /* BOM-less UTF-16: every other byte NUL, the others not */
  if (n >= 8 && n % 2 == 0) {
    gsize zero_even = 0, zero_odd = 0;
    for (gsize i = 0; i + 1 < n; i += 2) {
      zero_even += data[i] == 0;
      zero_odd += data[i + 1] == 0;
    }
    if ((zero_odd * 10 >= n / 2 * 6 && zero_even * 10 < n / 2) ||
        (zero_even * 10 >= n / 2 * 6 && zero_odd * 10 < n / 2))
      return TRUE;
  }
  for (gsize i = 0; i < n; i++) {
    guint8 c = data[i];
    if (c == 0)
      return FALSE;
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
      ctrl++;
  }
  return ctrl * 100 <= n;
}

/* A message that libmagic calls text/plain (it only recognises a few first
 * headers): the block before the first blank line is made of header lines
 * ("Name: value" or continuations) and holds From: or at least two other
 * well-known mail headers. */
static gboolean
looks_like_email(const guint8 *data, gsize len)
{
  static const char *const known[] = {
    "to", "cc", "bcc", "subject", "date", "message-id", "mime-version",
    "content-type", "content-transfer-encoding", "reply-to", "received",
    "return-path", "sender", "in-reply-to", "references", "x-mailer",
    "delivered-to", "user-agent", NULL,
  };
  gsize n = MIN(len, 65536);
  const char *p = (const char *)data;
  const char *end = p + n;
  guint headers = 0, known_hits = 0, lines = 0;
  gboolean from = FALSE;
  while (p < end) {
    const char *eol = memchr(p, '\n', end - p);
    if (eol == NULL)
      return FALSE; /* the header block must end within the window */
    gsize l = eol - p;
    if (l > 0 && p[l - 1] == '\r')
      l--;
    if (l == 0)
      break; /* end of headers */
    if (++lines > 500)
      return FALSE;
    if (p[0] == ' ' || p[0] == '\t') {
      if (headers == 0)
        return FALSE;
    } else {
      gsize k = 0;
      while (k < l && p[k] != ':' && p[k] > ' ' && p[k] < 0x7F)
        k++;
      if (k == 0 || k >= l || p[k] != ':')
        return FALSE;
      headers++;
      g_autofree char *name = g_ascii_strdown(p, (gssize)k);
      if (strcmp(name, "from") == 0)
        from = TRUE;
      for (guint i = 0; known[i] != NULL; i++)
        if (strcmp(name, known[i]) == 0)
          known_hits++;
    }
    p = eol + 1;
  }
  return headers > 0 && ((from && known_hits >= 1) || known_hits >= 3);
}

gboolean
cv_ingest_read_any(CvExtractor *ex, CvDocBuilder *b, const guint8 *data,
                   gsize len, guint depth, char **mime_out,
                   char **encoding_out, GError **error)
{
  g_autofree char *mime = NULL;
  g_autofree char *enc = NULL;
  gboolean ok = FALSE;

  if (len == 0) {
    mime = g_strdup("application/x-empty");
    enc = g_strdup("binary");
    cv_doc_builder_warn(b, "empty file");
    ok = TRUE;
    goto out;
  }
  gint64 t0 = cv_thread_cpu_ns();
  mime = detect(ex, MAGIC_MIME_TYPE, data, len);
  enc = detect(ex, MAGIC_MIME_ENCODING, data, len);

  if (mime_is(mime, "application/octet-stream") ||
      mime_is(mime, "application/zip")) {
    const char *office = NULL;
    if (cv_office_sniff_zip(data, len, &office)) {
      g_free(mime);
      mime = g_strdup(office);
    } else if (mime_is(mime, "application/octet-stream") &&
               looks_like_text(data, len)) {
      g_free(mime);
      mime = g_strdup("text/plain");
    }
  }

  gboolean sniffed_email = FALSE;
  if (mime_is(mime, "text/plain") && looks_like_email(data, len)) {
    g_free(mime);
    mime = g_strdup("message/rfc822");
    sniffed_email = TRUE;
  } else if (mime_is(mime, "text/plain") && len > 5 &&
             memcmp(data, "From ", 5) == 0) {
    /* mbox: a "From " separator line, then a message */
    const guint8 *eol = memchr(data, '\n', MIN(len, 1024));
    if (eol != NULL && looks_like_email(eol + 1, len - (gsize)(eol + 1 - data))) {
      g_free(mime);
      mime = g_strdup("application/mbox");
    }
  }
  __atomic_fetch_add(&ex->cpu_detect_ns, cv_thread_cpu_ns() - t0,
                     __ATOMIC_RELAXED);

  if (mime_is(mime, "application/pdf") || mime_is(mime, "application/x-pdf")) {
    g_autoptr(GBytes) bytes = g_bytes_new_static(data, len);
    ok = cv_read_pdf(ex, b, bytes, error);
  } else if (mime_is(mime, "text/html") ||
             mime_is(mime, "application/xhtml+xml")) {
    ok = cv_read_html(ex, b, data, len, enc, error);
  } else if (mime_is(mime, "message/rfc822") || mime_is(mime, "message/news")) {
    g_autoptr(GError) local = NULL;
    ok = cv_read_email(ex, b, data, len, depth, &local);
    if (!ok && sniffed_email &&
        g_error_matches(local, CV_INGEST_ERROR, CV_INGEST_ERROR_DAMAGED)) {
      /* Only our header sniffing called it a message, and no message
       * could be parsed (nothing was added): it is text after all. */
      g_clear_error(&local);
      g_free(mime);
      mime = g_strdup("text/plain");
      ok = cv_read_text(ex, b, data, len, enc, &local);
    }
    if (!ok)
      g_propagate_error(error, g_steal_pointer(&local));
  } else if (mime_is(mime, "application/mbox")) {
    ok = cv_read_mbox(ex, b, data, len, depth, error);
  } else if (mime_is(mime, "application/vnd.openxmlformats-officedocument."
                           "wordprocessingml.document") ||
             mime_is(mime, "application/vnd.openxmlformats-officedocument."
                           "wordprocessingml.template") ||
             g_str_has_prefix(mime, "application/vnd.oasis.opendocument.")) {
    ok = cv_read_office(ex, b, data, len, error);
  } else if (is_image_mime(mime)) {
    g_autoptr(GBytes) bytes = g_bytes_new_static(data, len);
    ok = cv_read_image(ex, b, bytes, error);
  } else if (is_text_mime(mime)) {
    ok = cv_read_text(ex, b, data, len, enc, error);
  } else if (mime_is(mime, "application/x-empty") ||
             mime_is(mime, "inode/x-empty")) {
    cv_doc_builder_warn(b, "empty file");
    ok = TRUE;
  } else {
    g_set_error(error, CV_INGEST_ERROR, CV_INGEST_ERROR_UNSUPPORTED,
                "unsupported type %s", mime);
    ok = FALSE;
  }

out:
  if (ok) {
    if (mime_out != NULL)
      *mime_out = g_steal_pointer(&mime);
    if (encoding_out != NULL)
      *encoding_out = g_steal_pointer(&enc);
  }
  return ok;
}

CvDocument *
cv_ingest_extract(CvExtractor *ex, GBytes *bytes, GError **error)
{
  g_return_val_if_fail(ex != NULL, NULL);
  g_return_val_if_fail(bytes != NULL, NULL);
  g_return_val_if_fail(error == NULL || *error == NULL, NULL);

  gsize len = 0;
  const guint8 *data = g_bytes_get_data(bytes, &len);
  if (len > ex->opt.max_bytes) {
    g_set_error(error, CV_INGEST_ERROR, CV_INGEST_ERROR_TOO_LARGE,
                "file too large: %" G_GSIZE_FORMAT " bytes (limit %" G_GUINT64_FORMAT ")",
                len, ex->opt.max_bytes);
    return NULL;
  }
  ex->deadline = g_get_monotonic_time() + (gint64)ex->opt.timeout_s * G_USEC_PER_SEC;
  ex->ocr_needed = FALSE;
  g_autoptr(CvDocBuilder) b = cv_doc_builder_new(ex->opt.max_text_bytes);
  g_autofree char *mime = NULL;
  g_autofree char *enc = NULL;
  if (!cv_ingest_read_any(ex, b, data != NULL ? data : (const guint8 *)"", len,
                          0, &mime, &enc, error))
    return NULL;
  return cv_doc_builder_finish(g_steal_pointer(&b), mime, enc);
}
