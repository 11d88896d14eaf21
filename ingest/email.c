/* email.c — owns the email reader (GMime 3): RFC 822 / MIME messages.
 *
 * Page 1 holds the headers that name people (From, To, Cc, Bcc, Reply-To,
 * Subject, Date — decoded from RFC 2047, so that redaction sees the names
 * and addresses) and the body: the text/plain parts (transfer encoding and
 * charset decoded), or the text/html ones through html.c when a
 * multipart/alternative has no text/plain.  A forwarded message
 * (message/rfc822 part) is rendered inline the same way.  Attachments are
 * listed in the body ("Attachment: NAME (TYPE)") and their text extracted
 * recursively (PDF, office, text, images, nested emails) as the following
 * pages, up to CV_INGEST_MAX_DEPTH levels and CV_INGEST_MAX_ATTACHMENTS
 * attachments.  A failing attachment is a warning (which names its index,
 * not its file name); a cap hit is an error of the whole message.  An mbox
 * gives the pages of each of its messages in turn (at most max_pages
 * messages).
 */
#include "ingest-private.h"

#include <gmime/gmime.h>
#include <sodium.h>
#include <string.h>

typedef struct {
  CvExtractor *ex;
  guint depth;            /* of this message */
  GString *body;          /* page 1 text */
  GPtrArray *attachments; /* GMimePart* (ref), extracted after the body */
  guint n_listed;         /* attachments seen */
  gboolean flattened; /* MIME nested past CV_INGEST_MAX_XML_DEPTH read flat */
  guint fwd_dropped;  /* forwarded messages past CV_INGEST_MAX_DEPTH */
  gboolean reparse_capped; /* parts nested past MAX_REPARSE x 1024 dropped */
} MailCtx;

/* Times the unparsed rest of a too-deep MIME nest is parsed again. */
#define MAX_REPARSE 64

static void
gmime_init_once(void)
{
  static gsize once = 0;
  if (g_once_init_enter(&once)) {
    g_mime_init();
    g_once_init_leave(&once, 1);
  }
}

/* Decoded content of a part (transfer encoding undone), or NULL. */
static GByteArray *
part_bytes(GMimePart *part)
{
  GMimeDataWrapper *dw = g_mime_part_get_content(part);
  if (dw == NULL)
    return NULL;
  GMimeStream *out = g_mime_stream_mem_new();
  g_mime_stream_mem_set_owner(GMIME_STREAM_MEM(out), FALSE);
  GByteArray *arr = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(out));
  if (g_mime_data_wrapper_write_to_stream(dw, out) < 0) {
    g_object_unref(out);
    sodium_memzero(arr->data, arr->len);
    g_byte_array_unref(arr);
    return NULL;
  }
  g_object_unref(out);
  return arr;
}

static void
wipe_array(GByteArray *arr)
{
  if (arr == NULL)
    return;
  sodium_memzero(arr->data, arr->len);
  g_byte_array_unref(arr);
}

static void
append_address_header(GString *out, const char *name, InternetAddressList *l)
{
  if (l == NULL || internet_address_list_length(l) == 0)
    return;
  g_autofree char *s = internet_address_list_to_string(l, NULL, FALSE);
  if (s != NULL && *s)
    g_string_append_printf(out, "%s: %s\n", name, s);
}

static void
append_headers(GString *out, GMimeMessage *msg)
{
  append_address_header(out, "From", g_mime_message_get_from(msg));
  append_address_header(out, "Reply-To", g_mime_message_get_reply_to(msg));
  append_address_header(out, "To", g_mime_message_get_to(msg));
  append_address_header(out, "Cc", g_mime_message_get_cc(msg));
  append_address_header(out, "Bcc", g_mime_message_get_bcc(msg));
  const char *subject = g_mime_message_get_subject(msg);
  if (subject != NULL && *subject)
    g_string_append_printf(out, "Subject: %s\n", subject);
  const char *date = g_mime_object_get_header(GMIME_OBJECT(msg), "Date");
  if (date != NULL && *date)
    g_string_append_printf(out, "Date: %s\n", date);
  g_string_append_c(out, '\n');
}

static gboolean
is_attachment(GMimeObject *obj)
{
  GMimeContentDisposition *disp = g_mime_object_get_content_disposition(obj);
  if (disp != NULL && g_mime_content_disposition_is_attachment(disp))
    return TRUE;
  return GMIME_IS_PART(obj) && g_mime_part_get_filename(GMIME_PART(obj)) != NULL;
}

/* Appends the text of a text/plain or text/html part to the body. */
static void
append_text_part(MailCtx *c, GMimePart *part, gboolean html)
{
  GByteArray *arr = part_bytes(part);
  if (arr == NULL)
    return;
  const char *charset =
      g_mime_object_get_content_type_parameter(GMIME_OBJECT(part), "charset");
  gsize n = 0;
  char *text;
  if (html)
    text = cv_html_to_text(arr->data, arr->len, charset, &n, NULL);
  else
    text = cv_text_decode(arr->data, arr->len, charset, &n);
  wipe_array(arr);
  if (text == NULL)
    return;
  if (c->body->len > 0 && c->body->str[c->body->len - 1] != '\n')
    g_string_append_c(c->body, '\n');
  g_string_append_len(c->body, text, (gssize)n);
  g_string_append_c(c->body, '\n');
  cv_wipe_free_len(text, n);
}

static void walk(MailCtx *c, GMimeObject *obj, guint level);

static void
list_attachment(MailCtx *c, GMimeObject *obj)
{
  c->n_listed++;
  GMimeContentType *ct = g_mime_object_get_content_type(obj);
  g_autofree char *mime = ct != NULL ? g_mime_content_type_get_mime_type(ct)
                                     : g_strdup("application/octet-stream");
  const char *name = GMIME_IS_PART(obj) ? g_mime_part_get_filename(GMIME_PART(obj))
                                        : NULL;
  g_string_append_printf(c->body, "\nAttachment: %s (%s)\n",
                         name != NULL ? name : "unnamed", mime);
  if (GMIME_IS_PART(obj) && c->attachments->len < CV_INGEST_MAX_ATTACHMENTS)
    g_ptr_array_add(c->attachments, g_object_ref(obj));
}

static void
walk_message(MailCtx *c, GMimeMessage *msg, guint level)
{
  append_headers(c->body, msg);
  GMimeObject *body = g_mime_message_get_mime_part(msg);
  if (body != NULL)
    walk(c, body, level + 1);
}

static void walk(MailCtx *c, GMimeObject *obj, guint level);

/* Past CV_INGEST_MAX_XML_DEPTH levels of multiparts: every part below
 * @root in order, with an explicit stack instead of recursion; each leaf
 * (or forwarded message) is read as at the top.  What is lost is only the
 * choice among alternatives: all of them are read. */
static void
walk_flat(MailCtx *c, GMimeObject *root)
{
  c->flattened = TRUE;
  g_autoptr(GPtrArray) stack = g_ptr_array_new();
  g_autoptr(GPtrArray) owned = g_ptr_array_new_with_free_func(g_object_unref);
  g_ptr_array_add(stack, root);
  while (stack->len > 0) {
    GMimeObject *obj = g_ptr_array_steal_index(stack, stack->len - 1);
    if (GMIME_IS_MULTIPART(obj)) {
      GMimeMultipart *mp = GMIME_MULTIPART(obj);
      int n = g_mime_multipart_get_count(mp);
      const char *pro = g_mime_multipart_get_prologue(mp);
      /* GMime stops at 1024 nested multiparts and leaves the rest of the
       * nest unparsed in the deepest one's prologue, after the boundary
       * line it no longer recognises: parse that again (at most
       * MAX_REPARSE times: 64 x 1024 levels). */
      const char *nl = n == 0 && pro != NULL ? strchr(pro, '\n') : NULL;
      if (nl != NULL && owned->len < MAX_REPARSE) {
        GMimeStream *st =
            g_mime_stream_mem_new_with_buffer(nl + 1, strlen(nl + 1));
        GMimeParser *parser = g_mime_parser_new_with_stream(st);
        GMimeObject *part = g_mime_parser_construct_part(parser, NULL);
        g_object_unref(parser);
        g_object_unref(st);
        if (part != NULL) {
          g_ptr_array_add(owned, part);
          g_ptr_array_add(stack, part);
        }
      } else if (nl != NULL) {
        c->reparse_capped = TRUE;
      }
      for (int i = n - 1; i >= 0; i--)
        g_ptr_array_add(stack, g_mime_multipart_get_part(mp, i));
    } else {
      walk(c, obj, 0);
    }
  }
}

static void
walk(MailCtx *c, GMimeObject *obj, guint level)
{
  if (obj == NULL)
    return;
  if (level > CV_INGEST_MAX_XML_DEPTH) {
    walk_flat(c, obj);
    return;
  }
  if (GMIME_IS_MESSAGE_PART(obj)) {
    GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(obj));
    if (inner == NULL)
      return;
    if (c->depth + 1 > CV_INGEST_MAX_DEPTH) {
      g_string_append(c->body, "\n[forwarded message not read: nesting limit]\n");
      c->fwd_dropped++;
      return;
    }
    g_string_append(c->body, "\n---------- Forwarded message ----------\n");
    c->depth++;
    walk_message(c, inner, level);
    c->depth--;
    return;
  }
  if (GMIME_IS_MULTIPART(obj)) {
    GMimeMultipart *mp = GMIME_MULTIPART(obj);
    int n = g_mime_multipart_get_count(mp);
    GMimeContentType *ct = g_mime_object_get_content_type(obj);
    if (ct != NULL && g_mime_content_type_is_type(ct, "multipart", "alternative")) {
      /* the text/plain version if any, else the html one, else the first */
      GMimeObject *best = NULL;
      int best_rank = -1;
      for (int i = 0; i < n; i++) {
        GMimeObject *p = g_mime_multipart_get_part(mp, i);
        GMimeContentType *pct = g_mime_object_get_content_type(p);
        int rank = 0;
        if (pct != NULL && g_mime_content_type_is_type(pct, "text", "plain"))
          rank = 3;
        else if (pct != NULL && g_mime_content_type_is_type(pct, "text", "html"))
          rank = 2;
        else if (GMIME_IS_MULTIPART(p))
          rank = 1;
        if (rank > best_rank) {
          best = p;
          best_rank = rank;
        }
      }
      walk(c, best, level + 1);
      return;
    }
    for (int i = 0; i < n; i++)
      walk(c, g_mime_multipart_get_part(mp, i), level + 1);
    return;
  }
  if (!GMIME_IS_PART(obj))
    return;
  GMimeContentType *ct = g_mime_object_get_content_type(obj);
  gboolean plain = ct != NULL && g_mime_content_type_is_type(ct, "text", "plain");
  gboolean html = ct != NULL && g_mime_content_type_is_type(ct, "text", "html");
  if ((plain || html) && !is_attachment(obj)) {
    append_text_part(c, GMIME_PART(obj), html);
    return;
  }
  list_attachment(c, obj);
}

/* Page(s) of one parsed message: headers + body, then its attachments. */
static gboolean
read_message(CvExtractor *ex, CvDocBuilder *b, GMimeMessage *msg, gsize len,
             guint depth, GError **error)
{
  MailCtx c = {
    .ex = ex,
    .depth = depth,
    .body = g_string_sized_new(len + 1024),
    .attachments = g_ptr_array_new_with_free_func(g_object_unref),
  };
  walk_message(&c, msg, 0);
  if (c.flattened)
    cv_doc_builder_warn(b,
                        "MIME parts nested more than %d levels deep: read "
                        "in order, every alternative included",
                        CV_INGEST_MAX_XML_DEPTH);
  if (c.reparse_capped)
    cv_doc_builder_warn(b,
                        "MIME parts nested more than %d levels deep: not "
                        "read",
                        MAX_REPARSE * 1024);
  if (c.fwd_dropped > 0)
    cv_doc_builder_warn(b,
                        "%u forwarded message(s) not read (nested more "
                        "than %d deep)",
                        c.fwd_dropped, CV_INGEST_MAX_DEPTH);
  gboolean ok = cv_doc_builder_add_page(b, c.body->str, c.body->len,
                                        CV_PAGE_TEXT, -1.0f, error);
  cv_gstring_wipe_free(c.body);

  for (guint i = 0; ok && i < c.attachments->len; i++) {
    GMimePart *part = g_ptr_array_index(c.attachments, i);
    if (depth + 1 > CV_INGEST_MAX_DEPTH) {
      cv_doc_builder_warn(b, "attachment %u: not read (nesting limit)", i + 1);
      continue;
    }
    GByteArray *arr = part_bytes(part);
    if (arr == NULL) {
      cv_doc_builder_warn(b, "attachment %u: cannot be decoded", i + 1);
      continue;
    }
    g_autoptr(GError) aerr = NULL;
    if (!cv_ingest_read_any(ex, b, arr->data, arr->len, depth + 1, NULL, NULL,
                            &aerr)) {
      if (g_error_matches(aerr, CV_INGEST_ERROR, CV_INGEST_ERROR_TOO_LARGE)) {
        g_propagate_error(error, g_steal_pointer(&aerr));
        ok = FALSE;
      } else {
        cv_doc_builder_warn(b, "attachment %u: %s", i + 1,
                            aerr != NULL ? aerr->message : "not read");
      }
    }
    wipe_array(arr);
  }
  if (c.attachments->len < c.n_listed)
    cv_doc_builder_warn(b, "%u attachments not read (limit %u)",
                        c.n_listed - c.attachments->len,
                        CV_INGEST_MAX_ATTACHMENTS);
  g_ptr_array_unref(c.attachments);
  return ok;
}

/* Parses @data as one message, or as an mbox of messages (each one then
 * starts a page). */
static gboolean
read_mail(CvExtractor *ex, CvDocBuilder *b, const guint8 *data, gsize len,
          guint depth, gboolean mbox, GError **error)
{
  gmime_init_once();
  GByteArray *raw = g_byte_array_sized_new((guint)MIN(len, G_MAXUINT));
  g_byte_array_append(raw, data, (guint)len);
  GMimeStream *stream = g_mime_stream_mem_new_with_byte_array(raw);
  g_mime_stream_mem_set_owner(GMIME_STREAM_MEM(stream), FALSE);
  GMimeParser *parser = g_mime_parser_new_with_stream(stream);
  if (mbox)
    g_mime_parser_set_format(parser, GMIME_FORMAT_MBOX);
  gboolean ok = TRUE;
  guint n = 0;

  for (;;) {
    GMimeMessage *msg = g_mime_parser_construct_message(parser, NULL);
    if (msg == NULL)
      break;
    n++;
    if (n > ex->opt.max_pages) {
      g_object_unref(msg);
      g_set_error(error, CV_INGEST_ERROR, CV_INGEST_ERROR_TOO_LARGE,
                  "mailbox has more than %u messages", ex->opt.max_pages);
      ok = FALSE;
      break;
    }
    ok = read_message(ex, b, msg, len, depth, error) &&
         cv_extractor_check_time(ex, error);
    g_object_unref(msg);
    if (!ok || !mbox || g_mime_parser_eos(parser))
      break;
  }
  if (ok && n == 0) {
    g_set_error_literal(error, CV_INGEST_ERROR, CV_INGEST_ERROR_DAMAGED,
                        "damaged email: cannot be parsed");
    ok = FALSE;
  }

  g_object_unref(parser);
  g_object_unref(stream);
  sodium_memzero(raw->data, raw->len);
  g_byte_array_unref(raw);
  return ok;
}

gboolean
cv_read_email(CvExtractor *ex, CvDocBuilder *b, const guint8 *data, gsize len,
              guint depth, GError **error)
{
  return read_mail(ex, b, data, len, depth, FALSE, error);
}

gboolean
cv_read_mbox(CvExtractor *ex, CvDocBuilder *b, const guint8 *data, gsize len,
             guint depth, GError **error)
{
  return read_mail(ex, b, data, len, depth, TRUE, error);
}
