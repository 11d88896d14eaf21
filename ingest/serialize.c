/* serialize.c — owns the wire form of a CvDocument between the sandboxed
 * extraction worker and the trusted process.
 *
 * A GVariant of type CV_DOC_TYPE in normal form:
 *   (q version, s mime, s encoding, ay text,
 *    a(tyd) pages: (start offset, source, confidence), as warnings)
 * Deserialisation treats the bytes as hostile: normal form, version, sizes,
 * UTF-8 validity, page offsets (increasing, on character boundaries, each
 * page but the first preceded by '\f'), sources and confidences are all
 * checked before a document is built.  Buffers holding text are wiped.
 */
#include "ingest-private.h"

#include <sodium.h>
#include <string.h>

#define CV_DOC_TYPE "(qssaya(tyd)as)"
#define CV_DOC_VERSION 1
#define CV_DOC_MAX_PAGES 1000000
#define CV_DOC_MAX_STRING 255
#define CV_DOC_MAX_WARNING 4096
#define CV_DOC_MAX_TEXT ((gsize)1 << 31)

static void
wipe_bytes_free(gpointer data)
{
  /* data is a gsize length header followed by the payload */
  gsize *hdr = data;
  sodium_memzero(data, hdr[0] + sizeof(gsize) * 2);
  g_free(data);
}

GBytes *
cv_ingest_document_serialize(const CvDocument *doc)
{
  g_return_val_if_fail(doc != NULL, NULL);

  GVariantBuilder pages;
  g_variant_builder_init(&pages, G_VARIANT_TYPE("a(tyd)"));
  for (guint i = 0; i < doc->n_pages; i++)
    g_variant_builder_add(&pages, "(tyd)", (guint64)doc->offsets[i],
                          (guchar)doc->sources[i], (double)doc->confidence[i]);
  GVariantBuilder warns;
  g_variant_builder_init(&warns, G_VARIANT_TYPE("as"));
  for (guint i = 0; doc->warnings[i] != NULL; i++)
    g_variant_builder_add(&warns, "s", doc->warnings[i]);

  /* The text is referenced, not copied, until g_variant_store(). */
  GVariant *text = g_variant_new_from_data(G_VARIANT_TYPE_BYTESTRING,
                                           doc->len ? doc->text : "", doc->len,
                                           TRUE, NULL, NULL);
  g_autoptr(GVariant) v = g_variant_ref_sink(g_variant_new(
      "(qss@aya(tyd)as)", (guint16)CV_DOC_VERSION, doc->mime ? doc->mime : "",
      doc->encoding ? doc->encoding : "", text, &pages, &warns));

  gsize size = g_variant_get_size(v);
  /* Aligned buffer: 2 gsize header (length, padding) then the payload. */
  gsize *buf = g_malloc(size + sizeof(gsize) * 2);
  buf[0] = size;
  buf[1] = 0;
  g_variant_store(v, buf + 2);
  return g_bytes_new_with_free_func(buf + 2, size, wipe_bytes_free, buf);
}

static gboolean
valid_label(const char *s)
{
  gsize n = strlen(s);
  if (n > CV_DOC_MAX_STRING)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if ((guchar)s[i] < 0x20 || (guchar)s[i] >= 0x7F)
      return FALSE;
  return TRUE;
}

static gboolean
fail(GError **error, const char *what)
{
  g_set_error(error, CV_INGEST_ERROR, CV_INGEST_ERROR_DAMAGED,
              "invalid serialized document: %s", what);
  return FALSE;
}

CvDocument *
cv_ingest_document_deserialize(GBytes *bytes, GError **error)
{
  g_return_val_if_fail(bytes != NULL, NULL);
  if (g_bytes_get_size(bytes) > CV_DOC_MAX_TEXT + 64 * (gsize)1024 * 1024) {
    fail(error, "too large");
    return NULL;
  }
  g_autoptr(GVariant) v =
      g_variant_ref_sink(g_variant_new_from_bytes(G_VARIANT_TYPE(CV_DOC_TYPE),
                                                  bytes, FALSE));
  if (!g_variant_is_normal_form(v)) {
    fail(error, "not in normal form");
    return NULL;
  }
  guint16 version = 0;
  const char *mime = NULL, *enc = NULL;
  g_autoptr(GVariant) text_v = NULL, pages_v = NULL, warns_v = NULL;
  g_variant_get(v, "(q&s&s@ay@a(tyd)@as)", &version, &mime, &enc, &text_v,
                &pages_v, &warns_v);
  if (version != CV_DOC_VERSION) {
    fail(error, "unknown version");
    return NULL;
  }
  if (!valid_label(mime) || !valid_label(enc)) {
    fail(error, "bad type or encoding");
    return NULL;
  }
  gsize len = 0;
  const char *text = g_variant_get_fixed_array(text_v, &len, 1);
  if (len > CV_DOC_MAX_TEXT) {
    fail(error, "text too large");
    return NULL;
  }
  if (len > 0 && (memchr(text, '\0', len) != NULL ||
                  !g_utf8_validate_len(text, len, NULL))) {
    fail(error, "text is not valid UTF-8");
    return NULL;
  }
  gsize n_pages = g_variant_n_children(pages_v);
  if (n_pages > CV_DOC_MAX_PAGES || (n_pages == 0 && len > 0)) {
    fail(error, "bad page count");
    return NULL;
  }
  gsize n_warn = g_variant_n_children(warns_v);
  if (n_warn > CV_INGEST_MAX_WARNINGS) {
    fail(error, "too many warnings");
    return NULL;
  }

  g_autofree gsize *offsets = g_new(gsize, n_pages + 1);
  g_autofree guint8 *sources = g_new0(guint8, n_pages + 1);
  g_autofree float *confidence = g_new0(float, n_pages + 1);
  for (gsize i = 0; i < n_pages; i++) {
    guint64 start = 0;
    guchar src = 0;
    double conf = 0;
    g_variant_get_child(pages_v, i, "(tyd)", &start, &src, &conf);
    if (start > len || (i == 0 && start != 0) ||
        (i > 0 && (start <= offsets[i - 1] || text[start - 1] != '\f'))) {
      fail(error, "bad page offsets");
      return NULL;
    }
    if (start < len && ((guchar)text[start] & 0xC0) == 0x80) {
      fail(error, "page offset inside a character");
      return NULL;
    }
    if (src == CV_PAGE_TEXT) {
      if (conf != -1.0) {
        fail(error, "bad confidence");
        return NULL;
      }
    } else if (src == CV_PAGE_OCR) {
      if (!(conf >= 0.0 && conf <= 100.0) && conf != -1.0) {
        fail(error, "bad confidence");
        return NULL;
      }
    } else {
      fail(error, "bad page source");
      return NULL;
    }
    offsets[i] = (gsize)start;
    sources[i] = src;
    confidence[i] = (float)conf;
  }
  offsets[n_pages] = len;

  g_auto(GStrv) warnings = g_new0(char *, n_warn + 1);
  for (gsize i = 0; i < n_warn; i++) {
    const char *w = NULL;
    g_variant_get_child(warns_v, i, "&s", &w);
    if (strlen(w) > CV_DOC_MAX_WARNING) {
      fail(error, "warning too long");
      return NULL;
    }
    warnings[i] = g_strdup(w);
  }

  CvDocument *doc = g_new0(CvDocument, 1);
  doc->mime = g_strdup(mime);
  doc->encoding = g_strdup(enc);
  doc->text = g_malloc(len + 1);
  if (len > 0)
    memcpy(doc->text, text, len);
  doc->text[len] = '\0';
  doc->len = len;
  doc->n_pages = (guint)n_pages;
  doc->offsets = g_steal_pointer(&offsets);
  doc->sources = g_steal_pointer(&sources);
  doc->confidence = g_steal_pointer(&confidence);
  doc->warnings = g_steal_pointer(&warnings);
  return doc;
}
