/* http-parse.h — the parts of an HTTP request that are ours to parse
 * (private to tools/): the JSON body of POST /v1/search and of POST
 * /v1/admin/lists, paging cursors, and query parameters.  No I/O, no
 * server state: http.c answers with what they find, and
 * tools/fuzz-http.c feeds them arbitrary bytes. */
#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

#include "cv-store.h"

G_BEGIN_DECLS

#define CV_HTTP_QUERY_MAX 1024 /* bytes of a query, of filter.source_prefix */
#define CV_HTTP_K_MAX 100
#define CV_HTTP_K_DEFAULT 10
#define CV_HTTP_UPLOAD_NAME_MAX 255
#define CV_HTTP_CURSOR_KEY_BYTES 32

/* What is wrong with a request: a stable code for programs and a message
 * for people, untranslated (N_(): http.c translates it in the request's
 * language), with its arguments: @s for a "%s" (g_free'd by
 * cv_http_error_clear), then @n for a "%d". */
typedef struct {
  const char *code;
  const char *fmt;
  char *s;
  int n;
} CvHttpError;

void cv_http_error_clear(CvHttpError *e);
/* The message of @e, formatted with the translated @fmt (g_free). */
char *cv_http_error_format(const CvHttpError *e, const char *fmt);

/* A search request.  Strings point into the parsed JSON tree (parser). */
typedef struct {
  JsonParser *parser;
  JsonObject *root;
  const char *collection; /* "default" when absent */
  const char *query;
  const char *cursor; /* NULL: none */
  gint64 k, offset;
  gboolean has_offset;
  gboolean has_filter;
  CvSearchFilter filter;
  char *filter_json; /* the filter as sent, for the cursor's MAC */
} CvHttpSearch;

void cv_http_search_clear(CvHttpSearch *r);
/* First step, before the caller checks the token of r->collection: the
 * body is a JSON object, its collection a string.  FALSE with @e set
 * (status 400). */
gboolean cv_http_search_parse_head(CvHttpSearch *r, const char *body, gsize len,
                                   CvHttpError *e);
/* Then every other field: unknown ones, query, k, offset, filter,
 * cursor (its form only; cv_http_cursor_check checks its MAC).  FALSE
 * with @e set (status 400). */
gboolean cv_http_search_parse_rest(CvHttpSearch *r, CvHttpError *e);

/* Paging cursors: "1" then base64url of the next offset and a keyed MAC
 * (@key: CV_HTTP_CURSOR_KEY_BYTES) of that offset with the collection,
 * query, k and filter of the request that made it. */
char *cv_http_cursor_make(const guint8 *key, guint32 offset,
                          const CvHttpSearch *r);
/* The offset a cursor stands for, if made with @key for this very
 * request. */
gboolean cv_http_cursor_check(const guint8 *key, const char *cursor,
                              const CvHttpSearch *r,
                              guint32 *offset) G_GNUC_WARN_UNUSED_RESULT;

/* A page of a list (GET /v1/admin/documents): the query parameters k
 * (1 to CV_HTTP_PAGE_K_MAX, default CV_HTTP_PAGE_K_DEFAULT), offset (0 to
 * CV_HTTP_PAGE_OFFSET_MAX) or cursor (its form only), each NULL when
 * absent.  FALSE with @e set (status 400).  @cursor points into the
 * caller's string. */
#define CV_HTTP_PAGE_K_DEFAULT 100
#define CV_HTTP_PAGE_K_MAX 1000
#define CV_HTTP_PAGE_OFFSET_MAX 1000000
typedef struct {
  guint k, offset;
  const char *cursor; /* NULL: none */
} CvHttpPage;
gboolean cv_http_page_parse(CvHttpPage *p, const char *k, const char *offset,
                            const char *cursor, CvHttpError *e);
/* A list's cursors: as the search's, MAC'd with the collection and k (and
 * never valid for a search, nor a search's for a list). */
char *cv_http_page_cursor_make(const guint8 *key, guint32 offset,
                               const char *collection, guint k);
gboolean cv_http_page_cursor_check(const guint8 *key, const char *cursor,
                                   const char *collection, guint k,
                                   guint32 *offset) G_GNUC_WARN_UNUSED_RESULT;

/* The body of POST /v1/admin/lists: {"action": "add" | "remove",
 * "list": "always" | "never", "type", "term"}.  Strings point into
 * @parser's tree.  @type (may be NULL) is left to the caller to read
 * (cv_pipeline_list_type_parse). */
typedef struct {
  JsonParser *parser;
  gboolean add;
  const char *list; /* "always", "never" or NULL */
  const char *type;
  const char *term;
} CvHttpListsChange;

void cv_http_lists_change_clear(CvHttpListsChange *r);
gboolean cv_http_lists_change_parse(CvHttpListsChange *r, const char *body,
                                    gsize len, CvHttpError *e);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(CvHttpError, cv_http_error_clear)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(CvHttpSearch, cv_http_search_clear)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(CvHttpListsChange, cv_http_lists_change_clear)

/* A document id: 32 hexadecimal characters. */
gboolean cv_http_doc_id_ok(const char *id);
/* The file name of ?name= (may be NULL): its last component if valid
 * UTF-8 of at most CV_HTTP_UPLOAD_NAME_MAX bytes and a name, else
 * "document" (g_free). */
char *cv_http_upload_name(const char *param);
/* A decimal index of at most @max (a query parameter). */
gboolean cv_http_index_parse(const char *param, guint max, guint *out);

G_END_DECLS
