/* fuzz-http.c — owns the fuzz target of the HTTP request input that is
 * ours to parse (tools/http-parse.c): the bytes are the JSON body of
 * POST /v1/search (both steps, then a cursor made and checked for it) and
 * of POST /v1/admin/lists, and, as a string, a cursor, a document id, the
 * ?name= of an upload, the ?folder= index and each paging parameter of
 * GET /v1/admin/documents (k, offset, cursor).  What each accepts must
 * keep its limits (query 1-1024 bytes of UTF-8, k 1-100, offset
 * 0-1000...), each refusal must carry a code and a message, and a cursor
 * must come back as the offset it was made for, and for no other request.
 *
 * Built with -Dfuzzing=true (clang) as a libFuzzer target; otherwise with
 * tests/fuzz-replay.c as a replay driver (fuzz-http FILE...), which the
 * `fuzz-http` test runs over tests/fuzz-http-corpus.
 */
#include <stdint.h>
#include <string.h>

#include "http-parse.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const guint8 key[CV_HTTP_CURSOR_KEY_BYTES] = { 1, 2, 3, 4, 5, 6, 7, 8 };

static void
check_error(const CvHttpError *e)
{
  g_assert_nonnull(e->code);
  g_assert_nonnull(e->fmt);
  g_autofree char *m = cv_http_error_format(e, e->fmt);
  g_assert_true(g_utf8_validate(m, -1, NULL));
  /* every conversion filled in (an unknown field's name, client input,
   * may hold a '%' of its own: it is text, never a format) */
  if (e->s == NULL || strchr(e->s, '%') == NULL) {
    g_assert_null(strstr(m, "%s"));
    g_assert_null(strstr(m, "%d"));
  }
}

static void
search(const char *body, gsize size)
{
  g_auto(CvHttpSearch) r = { 0 };
  g_auto(CvHttpError) e = { 0 };
  if (!cv_http_search_parse_head(&r, body, size, &e) ||
      !cv_http_search_parse_rest(&r, &e)) {
    check_error(&e);
    return;
  }
  gsize q = strlen(r.query);
  g_assert_true(q >= 1 && q <= CV_HTTP_QUERY_MAX);
  g_assert_true(g_utf8_validate(r.query, -1, NULL));
  g_assert_true(strlen(r.collection) <= 255);
  g_assert_true(r.k >= 1 && r.k <= CV_HTTP_K_MAX);
  g_assert_true(r.offset >= 0 && r.offset <= CV_SEARCH_OFFSET_MAX);
  g_assert_true(!(r.has_offset && r.cursor != NULL));
  g_assert_true(r.has_filter == (r.filter_json != NULL));
  if (r.filter.doc != NULL)
    g_assert_true(cv_http_doc_id_ok(r.filter.doc));
  if (r.filter.lang != NULL)
    g_assert_true(strcmp(r.filter.lang, "fr") == 0 ||
                  strcmp(r.filter.lang, "en") == 0);
  guint32 got = 0;
  if (r.cursor != NULL)
    /* a cursor sent in the body: not made with this key for it */
    g_assert_false(cv_http_cursor_check(key, r.cursor, &r, &got));
  guint32 off = (guint32)r.offset;
  g_autofree char *cursor = cv_http_cursor_make(key, off, &r);
  g_assert_true(cv_http_cursor_check(key, cursor, &r, &got));
  g_assert_cmpuint(got, ==, off);
  /* the same cursor for another query, k or collection: refused */
  CvHttpSearch other = r;
  other.k = r.k == 1 ? 2 : 1;
  g_assert_false(cv_http_cursor_check(key, cursor, &other, &got));
  other = r;
  other.query = "une autre requête";
  if (strcmp(r.query, other.query) != 0)
    g_assert_false(cv_http_cursor_check(key, cursor, &other, &got));
}

static void
lists(const char *body, gsize size)
{
  g_auto(CvHttpListsChange) r = { 0 };
  g_auto(CvHttpError) e = { 0 };
  if (!cv_http_lists_change_parse(&r, body, size, &e)) {
    check_error(&e);
    return;
  }
  gsize n = strlen(r.term);
  g_assert_true(n >= 1 && n <= CV_STORE_LIST_TERM_MAX);
  g_assert_true(r.list != NULL || !r.add);
}

/* @s as each query parameter of GET /v1/admin/documents; a list's
 * cursor is no search's, and no other list's. */
static void
page(const char *s)
{
  const char *args[][3] = { { s, NULL, NULL }, { NULL, s, NULL },
                            { NULL, NULL, s }, { "10", NULL, s },
                            { s, s, NULL },    { NULL, s, s } };
  for (gsize i = 0; i < G_N_ELEMENTS(args); i++) {
    CvHttpPage p;
    g_auto(CvHttpError) e = { 0 };
    if (!cv_http_page_parse(&p, args[i][0], args[i][1], args[i][2], &e)) {
      check_error(&e);
      continue;
    }
    g_assert_true(p.k >= 1 && p.k <= CV_HTTP_PAGE_K_MAX);
    g_assert_true(p.offset <= CV_HTTP_PAGE_OFFSET_MAX);
    g_assert_true(p.cursor == NULL || args[i][1] == NULL);
    guint32 got = 0;
    if (p.cursor != NULL &&
        cv_http_page_cursor_check(key, p.cursor, "default", p.k, &got))
      g_assert_cmpuint(got, <=, CV_HTTP_PAGE_OFFSET_MAX);
    g_autofree char *c = cv_http_page_cursor_make(key, p.offset, "default", p.k);
    g_assert_true(cv_http_page_cursor_check(key, c, "default", p.k, &got));
    g_assert_cmpuint(got, ==, p.offset);
    g_assert_false(
        cv_http_page_cursor_check(key, c, "default", p.k == 1 ? 2 : 1, &got));
    g_assert_false(cv_http_page_cursor_check(key, c, "autre", p.k, &got));
    CvHttpSearch r = { .collection = "default", .query = "", .k = p.k };
    g_assert_false(cv_http_cursor_check(key, c, &r, &got));
  }
}

static void
strings(const char *s)
{
  CvHttpSearch r = { .collection = "default", .query = "budget", .k = 10 };
  guint32 off = 0;
  if (cv_http_cursor_check(key, s, &r, &off))
    g_assert_cmpuint(off, <=, CV_SEARCH_OFFSET_MAX);
  if (cv_http_doc_id_ok(s)) {
    g_assert_cmpuint(strlen(s), ==, CV_DOC_ID_LEN);
    for (const char *p = s; *p; p++)
      g_assert_true(g_ascii_isxdigit(*p));
  }
  g_autofree char *name = cv_http_upload_name(s);
  g_assert_true(*name != '\0' && strlen(name) <= CV_HTTP_UPLOAD_NAME_MAX);
  g_assert_true(g_utf8_validate(name, -1, NULL));
  g_assert_null(strchr(name, '/'));
  g_assert_true(strcmp(name, ".") != 0 && strcmp(name, "..") != 0);
  guint index = 0;
  if (cv_http_index_parse(s, 1000, &index))
    g_assert_cmpuint(index, <=, 1000);
  page(s);
}

/* A GLib critical (a NULL node given to json-glib...) is a bug: abort,
 * so that libFuzzer keeps the input and the replay test fails. */
static void
fatal_criticals(void)
{
  static gsize once = 0;
  if (g_once_init_enter(&once)) {
    g_log_set_always_fatal(G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING |
                           G_LOG_LEVEL_ERROR);
    g_once_init_leave(&once, 1);
  }
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  fatal_criticals();
  /* MHD hands a NUL-terminated body: so do we (and the strings) */
  g_autofree char *copy = g_malloc(size + 1);
  memcpy(copy, data, size);
  copy[size] = '\0';
  search(copy, size);
  lists(copy, size);
  strings(copy);
  return 0;
}
