/* http.c — the HTTP/JSON API (libmicrohttpd thread pool, json-glib); see
 * http.h.  Reads only, each request inside the owner's read lock. */
#define _GNU_SOURCE 1 /* memfd_create */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <microhttpd.h>
#include <sodium.h>

#include "cv-text.h"
#include "cli.h"
#include "caviar-resources.h"
#include "http.h"
#include "http-parse.h"
#include "i18n.h"
#include "tokens.h"
#include "ui-resources.h"
#include "watcher.h"

#define BODY_MAX (64 * 1024)
/* a file sent by the review page to try or store (kept in memory only) */
#define UPLOAD_MAX (64 * 1024 * 1024)
#define CONNECTION_TIMEOUT 60 /* seconds of inactivity (a backstop) */
#define DEFAULT_MAX_CONNECTIONS 1024
#define DEFAULT_MAX_PER_IP 64
#define DEFAULT_HEADER_TIMEOUT 10 /* seconds to send a whole request head */
#define DEFAULT_BODY_TIMEOUT 30   /* seconds for the body and the response */
#define OPS_TOKEN_MAX 4096
#define LISTEN_BACKLOG 1024 /* connections not yet accepted */

/* ------------------------------------------------------------------ */
/* Server                                                              */
/* ------------------------------------------------------------------ */

enum { EP_SEARCH, EP_DOCUMENTS, EP_HEALTH, EP_METRICS, EP_OTHER, N_EP };
static const char *const ep_names[N_EP] = { "search", "documents", "health",
                                            "metrics", "other" };
static const guint codes[] = { 200, 204, 302, 400, 401, 403, 404,
                               405, 409, 413, 422, 500, 503 };
#define N_CODES G_N_ELEMENTS(codes)
static const double buckets[] = { 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                  0.1,   0.25,   0.5,   1.0,  2.5 };
#define N_BUCKETS G_N_ELEMENTS(buckets)

typedef struct {
  CvOwner *owner;
  char *store_dir;
  char *tokens_path;
  CvHttpMetricsFunc metrics;
  gpointer metrics_data;

  GMutex lock;       /* guards everything below */
  GPtrArray *tokens; /* CvToken* */
  gint64 tokens_mtime;
  guint64 tokens_ino;    /* the file is replaced whole: a new inode */
  gint64 tokens_checked; /* monotonic usec of the last stat */
  guint64 requests[N_EP][N_CODES + 1];
  guint64 latency[N_EP][N_BUCKETS + 1];
  double latency_sum[N_EP];
  guint64 latency_count[N_EP];
  guint64 disk_bytes;
  gint64 disk_checked;
  guint64 conns_cut;   /* connections closed by the watchdog */
  gboolean access_log; /* a line per request on standard error */
  char **cors_origins; /* origins allowed ("*": any), NULL: no CORS */
  guint64 bad_framing; /* requests refused for their Content-Length */

  /* /metrics and /v1/health: on their own listener, behind a token */
  gboolean ops_separate;
  gboolean ops_token;
  guint8 ops_hash[crypto_generichash_BYTES];

  /* The watchdog: every connection has a deadline (its request head, then
   * its body and response); one that misses it is shut down. */
  GMutex conn_lock;  /* guards conns and each Conn */
  GHashTable *conns; /* Conn* set */
  GCond conn_cond;
  gboolean stopping;
  GThread *watchdog;
  gint64 header_us, body_us;
  guint pressure;        /* open connections above which slow heads are cut */
  guint64 conns_evicted; /* by new ones, under pressure (conn_lock) */

  /* the review page (cv_http_set_ui), set before the first request */
  gboolean ui;
  CvPipelineOptions po;
  CvStoreSinkOptions so;
  CvRedactor *names;  /* file names shown by the page: redacted */
  guint8 id_key[32];  /* ids of quarantined files */
  guint8 *cursor_key; /* 32 bytes, sodium_malloc'd: MACs of paging cursors */
  GPtrArray *folders; /* CvWatchSpec* copies (under lock) */
} Server;

typedef struct {
  int fd;
  gint64 deadline;   /* monotonic usec */
  gint64 head_since; /* waiting for a request head since (0: not) */
  gboolean cut;
} Conn;

#define PRESSURE_HEAD_US (G_USEC_PER_SEC / 2)

/* What a listener serves: the API and (unless they are apart) the
 * operational endpoints, or those alone. */
typedef struct {
  Server *s;
  gboolean ops_only;
} Listener;

typedef struct {
  GString *body;
  gboolean too_large;
  gint64 start;
  Conn *conn;
  const char *allow;                     /* for a 405: the methods allowed */
  char token_id[TOKEN_ID_BYTES * 2 + 1]; /* who asked (access log) */
  const char *method;                    /* owned by MHD */
  const char *cors_origin; /* its Origin, when allowed (owned by MHD) */
} Request;

/* Re-reads the token file when it changed (checked at most once a
 * second); called with the lock held. */
static void
server_refresh_tokens_within(Server *s, gint64 period)
{
  gint64 now = g_get_monotonic_time();
  if (s->tokens && now - s->tokens_checked < period)
    return;
  s->tokens_checked = now;
  GStatBuf st;
  gint64 mtime = 0;
  guint64 ino = 0;
  if (g_stat(s->tokens_path, &st) == 0) {
    mtime = (gint64)st.st_mtim.tv_sec * 1000000000 + st.st_mtim.tv_nsec;
    ino = (guint64)st.st_ino;
  }
  /* The mtime alone can miss a change: two writes within one tick of the
   * file system's clock get the same one.  The file is replaced whole
   * (g_file_set_contents), so its inode tells them apart. */
  if (s->tokens && mtime == s->tokens_mtime && ino == s->tokens_ino)
    return;
  s->tokens_ino = ino;
  g_autoptr(GError) error = NULL;
  GPtrArray *tokens = cv_tokens_load(s->tokens_path, &s->tokens_mtime, &error);
  if (!tokens) {
    /* Fail closed: no token is accepted until the file is fixed. */
    g_warning(_("caviar serve: %s"), error->message);
    tokens = g_ptr_array_new_with_free_func(cv_token_free);
  }
  if (s->tokens)
    g_ptr_array_unref(s->tokens);
  s->tokens = tokens;
}

static void
server_refresh_tokens(Server *s)
{
  server_refresh_tokens_within(s, G_USEC_PER_SEC);
}

typedef enum { AUTH_OK, AUTH_MISSING, AUTH_FORBIDDEN } AuthResult;

/* Checks the bearer token of @c against @collection; notes its id in
 * @req for the access log. */
static AuthResult
server_auth(Server *s, struct MHD_Connection *c, Request *req,
            const char *collection)
{
  const char *h = MHD_lookup_connection_value(c, MHD_HEADER_KIND,
                                              MHD_HTTP_HEADER_AUTHORIZATION);
  if (!h || g_ascii_strncasecmp(h, "Bearer ", 7) != 0)
    return AUTH_MISSING;
  const char *presented = h + 7;
  while (*presented == ' ')
    presented++;
  AuthResult r;
  g_mutex_lock(&s->lock);
  server_refresh_tokens(s);
  CvToken *t = cv_tokens_match(s->tokens, presented);
  if (t == NULL) {
    /* a token created this very moment: look at the file again (a stat;
     * it is read again only if it changed).  Not rate-limited: a stat a
     * second before, the file may have changed since, and the new token
     * would be refused once (seen as a flaky test). */
    server_refresh_tokens_within(s, 0);
    t = cv_tokens_match(s->tokens, presented);
  }
  if (t)
    g_strlcpy(req->token_id, t->id, sizeof req->token_id);
  if (!t)
    r = AUTH_MISSING;
  else
    r = collection && strcmp(t->collection, collection) == 0 ? AUTH_OK
                                                             : AUTH_FORBIDDEN;
  g_mutex_unlock(&s->lock);
  return r;
}

/* The collection of @c's bearer token if it is an admin token (the review
 * page's scope): AUTH_OK and *collection set; AUTH_FORBIDDEN for a valid
 * token without the scope. */
static AuthResult
server_admin(Server *s, struct MHD_Connection *c, char **collection)
{
  const char *h = MHD_lookup_connection_value(c, MHD_HEADER_KIND,
                                              MHD_HTTP_HEADER_AUTHORIZATION);
  if (!h || g_ascii_strncasecmp(h, "Bearer ", 7) != 0)
    return AUTH_MISSING;
  const char *presented = h + 7;
  while (*presented == ' ')
    presented++;
  AuthResult r = AUTH_MISSING;
  g_mutex_lock(&s->lock);
  server_refresh_tokens(s);
  CvToken *t = cv_tokens_match(s->tokens, presented);
  if (t == NULL) {
    server_refresh_tokens_within(s, 0);
    t = cv_tokens_match(s->tokens, presented);
  }
  if (t != NULL && t->admin) {
    *collection = g_strdup(t->collection);
    r = AUTH_OK;
  } else if (t != NULL) {
    r = AUTH_FORBIDDEN;
  }
  g_mutex_unlock(&s->lock);
  return r;
}

static CvCollection *
server_collection(Server *s, const char *name, GError **error)
{
  return cv_store_collection(cv_owner_store(s->owner), name, error);
}

static void server_count(Server *s, guint ep, guint code, double secs);

static void
server_record(Server *s, guint ep, guint code, gint64 start)
{
  double secs = (g_get_monotonic_time() - start) / 1e6;
  server_count(s, ep, code, secs);
}

/* The access log: time, token id, method, endpoint, status, latency;
 * never the query, the document id or the collection asked for (client
 * input that may name a person). */
static void
server_log(Server *s, const Request *req, guint ep, guint code)
{
  if (!s->access_log)
    return;
  double ms = (g_get_monotonic_time() - req->start) / 1e3;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc();
  g_autofree char *when = g_date_time_format(now, "%Y-%m-%dT%H:%M:%S.%fZ");
  fprintf(stderr, "caviar serve: access %s token=%s %s %s %u %.1fms\n",
          when ? when : "?", req->token_id[0] ? req->token_id : "-",
          req->method ? req->method : "-", ep_names[ep], code, ms);
}

static void
server_count(Server *s, guint ep, guint code, double secs)
{
  guint ci = N_CODES;
  for (guint i = 0; i < N_CODES; i++)
    if (codes[i] == code)
      ci = i;
  g_mutex_lock(&s->lock);
  s->requests[ep][ci]++;
  guint b = 0;
  while (b < N_BUCKETS && secs > buckets[b])
    b++;
  s->latency[ep][b]++;
  s->latency_sum[ep] += secs;
  s->latency_count[ep]++;
  g_mutex_unlock(&s->lock);
}

static guint64
dir_size(const char *path, guint depth)
{
  guint64 total = 0;
  GDir *d = g_dir_open(path, 0, NULL);
  if (!d)
    return 0;
  const char *name;
  while ((name = g_dir_read_name(d))) {
    g_autofree char *p = g_build_filename(path, name, NULL);
    GStatBuf st;
    if (g_lstat(p, &st) != 0)
      continue;
    if (S_ISDIR(st.st_mode) && depth < 4)
      total += dir_size(p, depth + 1);
    else if (S_ISREG(st.st_mode))
      total += (guint64)st.st_size;
  }
  g_dir_close(d);
  return total;
}

/* Answers @c with @body (freed, wiped, by MHD).  @req (may be NULL) adds
 * Allow to a 405, Connection: close when its body was not read, and the
 * CORS headers when its Origin is allowed. */
static enum MHD_Result
respond_full(struct MHD_Connection *c, guint code, const char *type, char *body,
             const Request *req)
{
  struct MHD_Response *r = MHD_create_response_from_buffer_with_free_callback(
      strlen(body), body, cv_text_wipe_str);
  MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, type);
  MHD_add_response_header(r, "Cache-Control", "no-store");
  MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
  if (code == MHD_HTTP_UNAUTHORIZED)
    MHD_add_response_header(r, MHD_HTTP_HEADER_WWW_AUTHENTICATE,
                            "Bearer realm=\"caviar\"");
  if (req && req->allow && code == MHD_HTTP_METHOD_NOT_ALLOWED)
    MHD_add_response_header(r, MHD_HTTP_HEADER_ALLOW, req->allow);
  if (req && req->too_large) /* the body was not read: the stream is lost */
    MHD_add_response_header(r, MHD_HTTP_HEADER_CONNECTION, "close");
  if (req && req->cors_origin) {
    MHD_add_response_header(r, "Access-Control-Allow-Origin", req->cors_origin);
    MHD_add_response_header(r, "Vary", "Origin");
  }
  enum MHD_Result ret = MHD_queue_response(c, code, r);
  MHD_destroy_response(r);
  return ret;
}

static enum MHD_Result
respond_json(Server *s, struct MHD_Connection *c, guint ep, Request *req,
             guint code, JsonNode *node)
{
  gsize len = 0;
  char *body = cv_search_json_to_string(node, &len);
  server_record(s, ep, code, req->start);
  server_log(s, req, ep, code);
  return respond_full(c, code, "application/json", body, req);
}

/* {"error": {"code": CODE, "message": MESSAGE}}: @code is stable, for
 * programs; @fmt a message for people, in the language the request's
 * Accept-Language asks for (French or English; else the service's). */
static enum MHD_Result G_GNUC_PRINTF(7, 8)
    respond_error(Server *s, struct MHD_Connection *c, guint ep, Request *req,
                  guint status, const char *code, const char *fmt, ...)
{
  const char *lang = cv_i18n_lang_from_accept(MHD_lookup_connection_value(
      c, MHD_HEADER_KIND, MHD_HTTP_HEADER_ACCEPT_LANGUAGE));
  CvI18nScope scope = cv_i18n_use(lang);
  va_list ap;
  va_start(ap, fmt);
  g_autofree char *message = g_strdup_vprintf(_(fmt), ap);
  va_end(ap);
  cv_i18n_restore(scope);
  g_autoptr(JsonBuilder) b = json_builder_new();
  json_builder_begin_object(b);
  json_builder_set_member_name(b, "error");
  json_builder_begin_object(b);
  json_builder_set_member_name(b, "code");
  json_builder_add_string_value(b, code);
  json_builder_set_member_name(b, "message");
  json_builder_add_string_value(b, message);
  json_builder_end_object(b);
  json_builder_end_object(b);
  g_autoptr(JsonNode) node = json_builder_get_root(b);
  return respond_json(s, c, ep, req, status, node);
}

static enum MHD_Result
auth_error(Server *s, struct MHD_Connection *c, guint ep, Request *req,
           AuthResult a)
{
  if (a == AUTH_FORBIDDEN)
    return respond_error(s, c, ep, req, MHD_HTTP_FORBIDDEN, "forbidden",
                         N_("this token is not valid for this collection"));
  return respond_error(s, c, ep, req, MHD_HTTP_UNAUTHORIZED, "unauthorized",
                       N_("missing or unknown bearer token"));
}

static JsonNode *
search_response(GPtrArray *results, guint64 total, guint offset, guint k,
                const char *next_cursor)
{
  return cv_search_results_json(results, total, offset, k, TRUE, next_cursor);
}

/* A 400 for what cv_http_*_parse found, in the request's language. */
static enum MHD_Result
respond_parse_error(Server *s, struct MHD_Connection *c, guint ep, Request *req,
                    const CvHttpError *e)
{
  const char *lang = cv_i18n_lang_from_accept(MHD_lookup_connection_value(
      c, MHD_HEADER_KIND, MHD_HTTP_HEADER_ACCEPT_LANGUAGE));
  CvI18nScope scope = cv_i18n_use(lang);
  g_autofree char *message = cv_http_error_format(e, _(e->fmt));
  cv_i18n_restore(scope);
  return respond_error(s, c, ep, req, MHD_HTTP_BAD_REQUEST, e->code, "%s",
                       message);
}

static enum MHD_Result
handle_search(Server *s, struct MHD_Connection *c, Request *req)
{
  const guint ep = EP_SEARCH;
  if (req->too_large)
    return respond_error(s, c, ep, req, MHD_HTTP_CONTENT_TOO_LARGE,
                         "body_too_large",
                         N_("the request body is larger than 64 KiB"));
  /* Reject unauthenticated callers before parsing their input. */
  const char *h = MHD_lookup_connection_value(c, MHD_HEADER_KIND,
                                              MHD_HTTP_HEADER_AUTHORIZATION);
  if (!h)
    return auth_error(s, c, ep, req, AUTH_MISSING);
  g_auto(CvHttpSearch) r = { 0 };
  g_auto(CvHttpError) e = { 0 };
  if (!cv_http_search_parse_head(&r, req->body->str, req->body->len, &e))
    return respond_parse_error(s, c, ep, req, &e);
  /* the token first: nothing more said to who may not search there */
  AuthResult a = server_auth(s, c, req, r.collection);
  if (a != AUTH_OK)
    return auth_error(s, c, ep, req, a);
  if (!cv_http_search_parse_rest(&r, &e))
    return respond_parse_error(s, c, ep, req, &e);
  guint32 coff = 0;
  if (r.cursor != NULL) {
    if (!cv_http_cursor_check(s->cursor_key, r.cursor, &r, &coff))
      return respond_error(
          s, c, ep, req, MHD_HTTP_BAD_REQUEST, "bad_cursor",
          N_("\"cursor\" is not a cursor of this search (same query, k, "
             "collection and filter) from this server since it started"));
    r.offset = coff;
  }
  g_autoptr(GError) error = NULL;
  CvCollection *coll = server_collection(s, r.collection, &error);
  g_autoptr(GPtrArray) results = NULL;
  guint64 total = 0;
  if (coll != NULL) {
    CvSearchOptions so = { .k = (guint)r.k,
                           .offset = (guint)r.offset,
                           .filter = r.has_filter ? &r.filter : NULL,
                           .details = TRUE };
    cv_owner_read_begin(s->owner);
    results = cv_store_search_full(coll, r.query, &so, &total, &error);
    cv_owner_read_end(s->owner);
  }
  if (!results) {
    if (error && error->domain == CV_STORE_ERROR &&
        error->code == CV_STORE_ERROR_INVALID)
      return respond_error(s, c, ep, req, MHD_HTTP_BAD_REQUEST, "invalid_request",
                           N_("invalid request: %s"), error->message);
    if (error && error->domain == CV_STORE_ERROR &&
        error->code == CV_STORE_ERROR_NOT_FOUND) {
      g_autoptr(JsonNode) empty =
          search_response(NULL, 0, (guint)r.offset, (guint)r.k, NULL);
      return respond_json(s, c, ep, req, MHD_HTTP_OK, empty);
    }
    g_warning(_("caviar serve: search failed: %s"), error ? error->message : "?");
    return respond_error(s, c, ep, req, MHD_HTTP_INTERNAL_SERVER_ERROR,
                         "internal", N_("the search failed"));
  }
  /* a cursor to the next page when there is one within the offset cap */
  g_autofree char *next = NULL;
  if ((guint64)(r.offset + r.k) < total && r.offset + r.k <= CV_SEARCH_OFFSET_MAX)
    next = cv_http_cursor_make(s->cursor_key, (guint32)(r.offset + r.k), &r);
  g_autoptr(JsonNode) node =
      search_response(results, total, (guint)r.offset, (guint)r.k, next);
  return respond_json(s, c, ep, req, MHD_HTTP_OK, node);
}

typedef struct {
  JsonBuilder *b;
  char *source;
} DocCtx;

static gboolean
doc_chunk(const char *doc_id, const CvDocInfo *info, guint chunk_index,
          guint n_chunks, const CvChunk *chunk, gpointer user_data)
{
  DocCtx *d = user_data;
  if (!d->source && info && info->source)
    d->source = cv_pipeline_escape_name(info->source);
  json_builder_begin_object(d->b);
  json_builder_set_member_name(d->b, "chunk");
  json_builder_add_int_value(d->b, chunk_index);
  json_builder_set_member_name(d->b, "pages");
  json_builder_begin_array(d->b);
  json_builder_add_int_value(d->b, chunk->first_page);
  json_builder_add_int_value(d->b, chunk->last_page);
  json_builder_end_array(d->b);
  json_builder_set_member_name(d->b, "text");
  g_autofree char *text = g_strndup(chunk->text, chunk->len);
  json_builder_add_string_value(d->b, text);
  sodium_memzero(text, chunk->len);
  json_builder_end_object(d->b);
  return TRUE;
}

static enum MHD_Result
handle_document(Server *s, struct MHD_Connection *c, Request *req,
                const char *doc_id)
{
  const guint ep = EP_DOCUMENTS;
  const char *collection =
      MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "collection");
  if (!collection)
    collection = "default";
  AuthResult a = server_auth(s, c, req, collection);
  if (a != AUTH_OK)
    return auth_error(s, c, ep, req, a);
  if (!cv_http_doc_id_ok(doc_id))
    return respond_error(s, c, ep, req, MHD_HTTP_BAD_REQUEST, "bad_doc_id",
                         N_("document ids are 32 hexadecimal characters"));
  g_autoptr(GError) error = NULL;
  CvCollection *coll = server_collection(s, collection, &error);
  /* from the lookup to the last chunk: no forget in between */
  cv_owner_read_begin(s->owner);
  if (!coll || !cv_store_has_document(coll, doc_id, &error)) {
    cv_owner_read_end(s->owner);
    if (error && !(error->domain == CV_STORE_ERROR &&
                   error->code == CV_STORE_ERROR_NOT_FOUND)) {
      g_warning(_("caviar serve: document lookup failed: %s"), error->message);
      return respond_error(s, c, ep, req, MHD_HTTP_INTERNAL_SERVER_ERROR,
                           "internal", N_("the lookup failed"));
    }
    return respond_error(s, c, ep, req, MHD_HTTP_NOT_FOUND, "doc_not_found",
                         N_("no such document"));
  }
  g_autoptr(JsonBuilder) b = json_builder_new();
  DocCtx d = { b, NULL };
  json_builder_begin_object(b);
  json_builder_set_member_name(b, "doc");
  json_builder_add_string_value(b, doc_id);
  json_builder_set_member_name(b, "chunks");
  json_builder_begin_array(b);
  gboolean ok = cv_store_foreach_chunk(coll, doc_id, doc_chunk, &d, &error);
  cv_owner_read_end(s->owner);
  json_builder_end_array(b);
  json_builder_set_member_name(b, "source");
  if (d.source)
    json_builder_add_string_value(b, d.source);
  else
    json_builder_add_null_value(b);
  json_builder_end_object(b);
  g_free(d.source);
  if (!ok) {
    g_warning(_("caviar serve: reading a document failed: %s"),
              error ? error->message : "?");
    return respond_error(s, c, ep, req, MHD_HTTP_INTERNAL_SERVER_ERROR,
                         "internal", N_("reading the document failed"));
  }
  g_autoptr(JsonNode) node = json_builder_get_root(b);
  return respond_json(s, c, ep, req, MHD_HTTP_OK, node);
}

/* Prometheus label values: \\, \" and \n escaped. */
static void
append_label(GString *out, const char *v)
{
  for (const char *p = v; *p; p++) {
    if (*p == '\\' || *p == '"')
      g_string_append_c(out, '\\');
    if (*p == '\n')
      g_string_append(out, "\\n");
    else
      g_string_append_c(out, *p);
  }
}

/* Documents and chunks per collection (the index's counters). */
static void
metrics_collections(Server *s, GString *out)
{
  CvStore *store = cv_owner_store(s->owner);
  cv_owner_read_begin(s->owner);
  g_auto(GStrv) names = cv_store_list_collections(store, NULL);
  GString *docs =
      g_string_new("# HELP caviar_collection_documents Documents stored, per "
                   "collection.\n# TYPE caviar_collection_documents gauge\n");
  GString *chunks = g_string_new(
      "# HELP caviar_collection_chunks Chunks stored (searchable), per "
      "collection.\n# TYPE caviar_collection_chunks gauge\n");
  for (guint i = 0; names && names[i]; i++) {
    CvCollection *coll = cv_store_collection(store, names[i], NULL);
    guint64 nd = 0, nc = 0;
    if (!coll || !cv_store_counts(coll, &nd, &nc, NULL))
      continue;
    g_string_append(docs, "caviar_collection_documents{collection=\"");
    append_label(docs, names[i]);
    g_string_append_printf(docs, "\"} %" G_GUINT64_FORMAT "\n", nd);
    g_string_append(chunks, "caviar_collection_chunks{collection=\"");
    append_label(chunks, names[i]);
    g_string_append_printf(chunks, "\"} %" G_GUINT64_FORMAT "\n", nc);
  }
  cv_owner_read_end(s->owner);
  g_string_append_len(out, docs->str, (gssize)docs->len);
  g_string_append_len(out, chunks->str, (gssize)chunks->len);
  g_string_free(docs, TRUE);
  g_string_free(chunks, TRUE);
}

static enum MHD_Result
handle_metrics(Server *s, struct MHD_Connection *c, Request *req)
{
  server_record(s, EP_METRICS, 200, req->start);
  server_log(s, req, EP_METRICS, 200);
  GString *out = g_string_new(NULL);
  gint64 now = g_get_monotonic_time();
  g_mutex_lock(&s->lock);
  if (now - s->disk_checked > 10 * G_USEC_PER_SEC || s->disk_checked == 0) {
    s->disk_bytes = dir_size(s->store_dir, 0);
    s->disk_checked = now;
  }
  g_string_append(out, "# HELP caviar_http_requests_total HTTP requests by "
                       "endpoint and status.\n"
                       "# TYPE caviar_http_requests_total counter\n");
  for (guint e = 0; e < N_EP; e++)
    for (guint i = 0; i <= N_CODES; i++)
      if (s->requests[e][i])
        g_string_append_printf(
            out, "caviar_http_requests_total{endpoint=\"%s\",code=\"%s%u\"} %" G_GUINT64_FORMAT "\n",
            ep_names[e], i < N_CODES ? "" : "other", i < N_CODES ? codes[i] : 0,
            s->requests[e][i]);
  g_string_append(
      out, "# HELP caviar_http_request_duration_seconds Request latency.\n"
           "# TYPE caviar_http_request_duration_seconds histogram\n");
  for (guint e = 0; e < N_EP; e++) {
    if (!s->latency_count[e])
      continue;
    guint64 cum = 0;
    for (guint b = 0; b <= N_BUCKETS; b++) {
      cum += s->latency[e][b];
      char le[32];
      if (b < N_BUCKETS)
        g_ascii_formatd(le, sizeof le, "%g", buckets[b]);
      else
        g_strlcpy(le, "+Inf", sizeof le);
      g_string_append_printf(
          out,
          "caviar_http_request_duration_seconds_bucket{endpoint=\"%s\","
          "le=\"%s\"} %" G_GUINT64_FORMAT "\n",
          ep_names[e], le, cum);
    }
    char sum[G_ASCII_DTOSTR_BUF_SIZE];
    g_ascii_dtostr(sum, sizeof sum, s->latency_sum[e]);
    g_string_append_printf(
        out,
        "caviar_http_request_duration_seconds_sum{endpoint=\"%s\"} %s\n"
        "caviar_http_request_duration_seconds_count{endpoint=\"%s\"} "
        "%" G_GUINT64_FORMAT "\n",
        ep_names[e], sum, ep_names[e], s->latency_count[e]);
  }
  g_string_append_printf(
      out,
      "# HELP caviar_store_disk_bytes Size of the store directory.\n"
      "# TYPE caviar_store_disk_bytes gauge\n"
      "caviar_store_disk_bytes %" G_GUINT64_FORMAT "\n"
      "# HELP caviar_http_connections_cut_total Connections closed for "
      "missing their deadline (slow request head, body or reader).\n"
      "# TYPE caviar_http_connections_cut_total counter\n"
      "caviar_http_connections_cut_total %" G_GUINT64_FORMAT "\n"
      "# HELP caviar_http_bad_framing_total Requests refused for a "
      "duplicate, conflicting or invalid Content-Length.\n"
      "# TYPE caviar_http_bad_framing_total counter\n"
      "caviar_http_bad_framing_total %" G_GUINT64_FORMAT "\n",
      s->disk_bytes, s->conns_cut, s->bad_framing);
  g_mutex_lock(&s->conn_lock);
  guint open_conns = g_hash_table_size(s->conns);
  guint64 evicted = s->conns_evicted;
  g_mutex_unlock(&s->conn_lock);
  g_string_append_printf(
      out,
      "# HELP caviar_http_connections_open Connections open now.\n"
      "# TYPE caviar_http_connections_open gauge\n"
      "caviar_http_connections_open %u\n"
      "# HELP caviar_http_connections_evicted_total Connections still "
      "sending their request head, closed to make room for new ones.\n"
      "# TYPE caviar_http_connections_evicted_total counter\n"
      "caviar_http_connections_evicted_total %" G_GUINT64_FORMAT "\n",
      open_conns, evicted);
  CvHttpMetricsFunc extra = s->metrics;
  gpointer extra_data = s->metrics_data;
  g_mutex_unlock(&s->lock);
  metrics_collections(s, out);
  if (extra != NULL)
    extra(out, extra_data);
  return respond_full(c, 200, "text/plain; version=0.0.4",
                      g_string_free(out, FALSE), req);
}

/* Under pressure, a new connection takes the place of the one that has
 * waited longest for its request head (at least PRESSURE_HEAD_US / 5).
 * Called with conn_lock held. */
static void
conn_evict_oldest_head(Server *s, gint64 now)
{
  GHashTableIter it;
  gpointer key;
  Conn *oldest = NULL;
  g_hash_table_iter_init(&it, s->conns);
  while (g_hash_table_iter_next(&it, &key, NULL)) {
    Conn *c = key;
    if (!c->cut && c->fd >= 0 && c->head_since &&
        now - c->head_since > PRESSURE_HEAD_US / 5 &&
        (!oldest || c->head_since < oldest->head_since))
      oldest = c;
  }
  if (oldest) {
    shutdown(oldest->fd, SHUT_RDWR);
    oldest->cut = TRUE;
    s->conns_evicted++;
  }
}

/* Accepted connections: a deadline for the request head. */
static void
conn_notify(void *cls, struct MHD_Connection *c, void **socket_context,
            enum MHD_ConnectionNotificationCode toe)
{
  Server *s = ((Listener *)cls)->s;
  if (toe == MHD_CONNECTION_NOTIFY_STARTED) {
    const union MHD_ConnectionInfo *info =
        MHD_get_connection_info(c, MHD_CONNECTION_INFO_CONNECTION_FD);
    Conn *conn = g_new0(Conn, 1);
    conn->fd = info ? info->connect_fd : -1;
    conn->head_since = g_get_monotonic_time();
    conn->deadline = conn->head_since + s->header_us;
    g_mutex_lock(&s->conn_lock);
    g_hash_table_add(s->conns, conn);
    if (g_hash_table_size(s->conns) > s->pressure)
      conn_evict_oldest_head(s, conn->head_since);
    g_mutex_unlock(&s->conn_lock);
    *socket_context = conn;
  } else if (*socket_context != NULL) {
    /* MHD closes the descriptor after this: the watchdog no longer sees
     * it once it is out of the set. */
    g_mutex_lock(&s->conn_lock);
    g_hash_table_remove(s->conns, *socket_context);
    g_mutex_unlock(&s->conn_lock);
    g_free(*socket_context);
    *socket_context = NULL;
  }
}

/* @head: the connection waits for a request head (again), else for the
 * body and the response. */
static void
conn_set_deadline(Server *s, Conn *conn, gboolean head)
{
  if (conn == NULL)
    return;
  gint64 now = g_get_monotonic_time();
  g_mutex_lock(&s->conn_lock);
  conn->deadline = now + (head ? s->header_us : s->body_us);
  conn->head_since = head ? now : 0;
  g_mutex_unlock(&s->conn_lock);
}

/* Shuts down (not closes: MHD owns the descriptor) every connection past
 * its deadline; MHD then sees the end of the stream and drops it.  A client
 * sending a header line now and then (slowloris) gains nothing: the
 * deadline is for the whole head, not for each byte.  Under pressure (more
 * than 3/4 of the connections allowed are open) a connection still sending
 * its head after half a second is cut too: real clients send it in one
 * go, so new ones keep finding a place. */
static gpointer
watchdog(gpointer data)
{
  Server *s = data;
  g_mutex_lock(&s->conn_lock);
  while (!s->stopping) {
    gint64 now = g_get_monotonic_time();
    GHashTableIter it;
    gpointer key;
    g_hash_table_iter_init(&it, s->conns);
    guint cut = 0;
    gboolean pressure = g_hash_table_size(s->conns) > s->pressure;
    while (g_hash_table_iter_next(&it, &key, NULL)) {
      Conn *conn = key;
      if (!conn->cut && conn->fd >= 0 &&
          (now > conn->deadline || (pressure && conn->head_since &&
                                    now - conn->head_since > PRESSURE_HEAD_US))) {
        shutdown(conn->fd, SHUT_RDWR);
        conn->cut = TRUE;
        cut++;
      }
    }
    if (cut) {
      g_mutex_unlock(&s->conn_lock);
      g_mutex_lock(&s->lock);
      s->conns_cut += cut;
      g_mutex_unlock(&s->lock);
      g_mutex_lock(&s->conn_lock);
    }
    g_cond_wait_until(&s->conn_cond, &s->conn_lock,
                      g_get_monotonic_time() + 100 * 1000);
  }
  g_mutex_unlock(&s->conn_lock);
  return NULL;
}

/* The token of the operational endpoints, if any: a bearer token compared
 * by hash in constant time. */
static gboolean
ops_auth(Server *s, struct MHD_Connection *c)
{
  if (!s->ops_token)
    return TRUE;
  const char *h = MHD_lookup_connection_value(c, MHD_HEADER_KIND,
                                              MHD_HTTP_HEADER_AUTHORIZATION);
  if (!h || g_ascii_strncasecmp(h, "Bearer ", 7) != 0)
    return FALSE;
  const char *presented = h + 7;
  while (*presented == ' ')
    presented++;
  guint8 hash[crypto_generichash_BYTES];
  crypto_generichash(hash, sizeof hash, (const guint8 *)presented,
                     strlen(presented), NULL, 0);
  return sodium_memcmp(hash, s->ops_hash, sizeof hash) == 0;
}

/* The request's Origin when CORS allows it (NULL: no CORS headers). */
static const char *
cors_allowed(Server *s, struct MHD_Connection *c)
{
  if (s->cors_origins == NULL)
    return NULL;
  const char *origin = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Origin");
  if (origin == NULL || strlen(origin) > 512)
    return NULL;
  for (guint i = 0; s->cors_origins[i]; i++)
    if (strcmp(s->cors_origins[i], "*") == 0 ||
        g_ascii_strcasecmp(s->cors_origins[i], origin) == 0)
      return origin;
  return NULL;
}

/* A CORS preflight (OPTIONS with an allowed Origin): 204 and what a
 * browser may send. */
static enum MHD_Result
respond_preflight(Server *s, struct MHD_Connection *c, Request *req)
{
  struct MHD_Response *r =
      MHD_create_response_from_buffer(0, NULL, MHD_RESPMEM_PERSISTENT);
  MHD_add_response_header(r, "Access-Control-Allow-Origin", req->cors_origin);
  MHD_add_response_header(r, "Vary", "Origin");
  MHD_add_response_header(r, "Access-Control-Allow-Methods", "GET, POST");
  MHD_add_response_header(r, "Access-Control-Allow-Headers",
                          "Authorization, Content-Type, Accept-Language");
  MHD_add_response_header(r, "Access-Control-Max-Age", "600");
  enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_NO_CONTENT, r);
  MHD_destroy_response(r);
  server_record(s, EP_OTHER, MHD_HTTP_NO_CONTENT, req->start);
  server_log(s, req, EP_OTHER, MHD_HTTP_NO_CONTENT);
  return ret;
}

typedef struct {
  guint content_length;
  gboolean transfer_encoding;
  gboolean bad_value;
} Framing;

static enum MHD_Result
scan_framing(void *cls, enum MHD_ValueKind kind, const char *key,
             const char *value)
{
  Framing *f = cls;
  if (g_ascii_strcasecmp(key, MHD_HTTP_HEADER_CONTENT_LENGTH) == 0) {
    f->content_length++;
    guint64 v;
    if (!value || !*value || !g_ascii_isdigit(*value) ||
        !g_ascii_string_to_unsigned(value, 10, 0, G_MAXUINT64, &v, NULL))
      f->bad_value = TRUE;
  } else if (g_ascii_strcasecmp(key, MHD_HTTP_HEADER_TRANSFER_ENCODING) == 0) {
    f->transfer_encoding = TRUE;
  }
  return MHD_YES;
}

/* ------------------------------------------------------------------ */
/* The review page (/ui/) and its admin API                            */
/* ------------------------------------------------------------------ */

/* HTML, CSS and JavaScript compiled into the binary (tools/ui/).  No inline
 * script or style, no framing, no referrer; nothing cached (the page then
 * shows original text fetched with the token). */
#define UI_CSP                                                                 \
  "default-src 'none'; script-src 'self'; style-src 'self'; "                  \
  "connect-src 'self'; img-src 'self'; form-action 'self'; "                   \
  "frame-ancestors 'none'; base-uri 'none'"

static void
ui_headers(struct MHD_Response *r)
{
  MHD_add_response_header(r, "Content-Security-Policy", UI_CSP);
  MHD_add_response_header(r, "X-Frame-Options", "DENY");
  MHD_add_response_header(r, "Referrer-Policy", "no-referrer");
  MHD_add_response_header(r, "Cross-Origin-Opener-Policy", "same-origin");
  MHD_add_response_header(r, "Cross-Origin-Resource-Policy", "same-origin");
}

static enum MHD_Result
admin_error(Server *s, struct MHD_Connection *c, Request *req, AuthResult a)
{
  if (a == AUTH_FORBIDDEN)
    return respond_error(
        s, c, EP_OTHER, req, MHD_HTTP_FORBIDDEN, "forbidden",
        N_("this token has no admin scope (caviar token create --admin)"));
  return auth_error(s, c, EP_OTHER, req, a);
}

static enum MHD_Result
handle_ui(Server *s, struct MHD_Connection *c, Request *req, const char *url)
{
  static const struct {
    const char *name, *type;
  } files[] = {
    { "index.html", "text/html; charset=utf-8" },
    { "app.js", "text/javascript; charset=utf-8" },
    { "app.css", "text/css; charset=utf-8" },
  };
  const char *name = url + strlen("/ui/");
  if (*name == '\0')
    name = "index.html";
  for (gsize i = 0; i < G_N_ELEMENTS(files); i++) {
    if (strcmp(name, files[i].name) != 0)
      continue;
    g_autofree char *path = g_strconcat("/org/caviar/ui/", name, NULL);
    g_autoptr(GBytes) data = g_resource_lookup_data(
        cv_ui_get_resource(), path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
    if (data == NULL)
      break;
    gsize len = 0;
    const void *bytes = g_bytes_get_data(data, &len);
    struct MHD_Response *r = MHD_create_response_from_buffer(
        len, (void *)bytes, MHD_RESPMEM_MUST_COPY);
    MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, files[i].type);
    MHD_add_response_header(r, "Cache-Control", "no-store");
    MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
    ui_headers(r);
    enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_OK, r);
    MHD_destroy_response(r);
    server_record(s, EP_OTHER, MHD_HTTP_OK, req->start);
    return ret;
  }
  return respond_error(s, c, EP_OTHER, req, MHD_HTTP_NOT_FOUND, "not_found",
                       N_("not found"));
}

/* One file sent by the page, through the pipeline: previewed (nothing
 * stored) or stored into the admin token's collection. */
typedef struct {
  char *body; /* the preview's JSON (original text in it): wiped on free */
  CvItemStatus status;
  char *failure;
  char doc_id[CV_DOC_ID_LEN + 1];
  guint counts[CV_PII_N_TYPES];
} Upload;

/* Appends @len bytes of UTF-8 @text to @out as a JSON string's content.
 * @out must have room for 6 * @len more bytes: it never grows (a GString
 * that grows leaves copies of the text behind in freed memory). */
static void
json_escape_into(GString *out, const char *text, gsize len)
{
  static const char hex[] = "0123456789abcdef";
  for (gsize i = 0; i < len; i++) {
    guint8 c = (guint8)text[i];
    if (c == '"' || c == '\\') {
      g_string_append_c(out, '\\');
      g_string_append_c(out, (char)c);
    } else if (c == '\n') {
      g_string_append_len(out, "\\n", 2);
    } else if (c == '\t') {
      g_string_append_len(out, "\\t", 2);
    } else if (c < 0x20) {
      char u[6] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15] };
      g_string_append_len(out, u, 6);
    } else {
      g_string_append_c(out, (char)c);
    }
  }
}

/* The preview as one JSON object, written once into a buffer of its final
 * size: {"original", "redacted", then file, mime, pages, lang, spans,
 * counts}.  JsonBuilder would keep copies of both texts in its tree and
 * the generator's growing buffer, freed without being wiped; here the
 * only copy is the response, which MHD wipes once sent (respond_full). */
static void
upload_preview(CvItem *item, const char *text, gsize len, const GArray *chunks,
               gpointer data)
{
  Upload *u = data;
  gsize olen = 0;
  const char *original = cv_ingest_document_text(item->doc, &olen);
  g_autoptr(JsonBuilder) b = json_builder_new();
  json_builder_begin_object(b);
  json_builder_set_member_name(b, "file");
  json_builder_add_string_value(b, item->shown);
  json_builder_set_member_name(b, "mime");
  json_builder_add_string_value(b, cv_ingest_document_mime(item->doc));
  json_builder_set_member_name(b, "pages");
  json_builder_add_int_value(b, cv_ingest_document_n_pages(item->doc));
  json_builder_set_member_name(b, "lang");
  json_builder_add_string_value(b, item->red->lang == CV_LANG_FR ? "fr" : "en");
  cv_pipeline_spans_json(b, item->red->spans);
  json_builder_set_member_name(b, "counts");
  cv_cli_add_counts(b, item->red->counts);
  json_builder_end_object(b);
  g_autoptr(JsonNode) node = json_builder_get_root(b);
  gsize mlen = 0;
  g_autofree char *meta = cv_search_json_to_string(node, &mlen);
  GString *out = g_string_sized_new(6 * (olen + len) + mlen + 64);
  gsize room = out->allocated_len;
  g_string_append(out, "{\"original\":\"");
  json_escape_into(out, original, olen);
  g_string_append(out, "\",\"redacted\":\"");
  json_escape_into(out, text, len);
  g_string_append(out, "\",");
  g_string_append_len(out, meta + 1, (gssize)mlen - 1); /* after its '{' */
  g_assert(out->allocated_len == room);                 /* it never moved */
  if (u->body != NULL)
    cv_text_wipe_str(u->body);
  u->body = g_string_free(out, FALSE);
}

static void
upload_done(CvItem *item, gpointer data)
{
  Upload *u = data;
  u->status = item->status;
  if (item->failure != NULL)
    u->failure = g_strdup(item->failure->message);
  memcpy(u->doc_id, item->doc_id, sizeof u->doc_id);
  memcpy(u->counts, item->counts, sizeof u->counts);
  cv_item_free(item);
}

/* The file's name from ?name=: its last component, valid UTF-8, capped;
 * it goes through the pipeline's name redaction like any path. */
static char *
upload_name(struct MHD_Connection *c)
{
  return cv_http_upload_name(
      MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "name"));
}

static enum MHD_Result
handle_upload(Server *s, struct MHD_Connection *c, Request *req, gboolean store)
{
  g_autofree char *collection = NULL;
  AuthResult a = server_admin(s, c, &collection);
  if (a != AUTH_OK)
    return admin_error(s, c, req, a);
  if (req->too_large)
    return respond_error(s, c, EP_OTHER, req, MHD_HTTP_CONTENT_TOO_LARGE,
                         "body_too_large", N_("file larger than 64 MiB"));
  g_autoptr(GError) error = NULL;
  /* the bytes stay in memory: an anonymous memory file, never on disk */
  int fd = memfd_create("caviar-review", MFD_CLOEXEC);
  gsize done = 0;
  while (fd >= 0 && done < req->body->len) {
    ssize_t n = write(fd, req->body->str + done, req->body->len - done);
    if (n <= 0) {
      close(fd);
      fd = -1;
    } else {
      done += (gsize)n;
    }
  }
  if (fd < 0 || lseek(fd, 0, SEEK_SET) != 0) {
    if (fd >= 0)
      close(fd);
    return respond_error(s, c, EP_OTHER, req, MHD_HTTP_INTERNAL_SERVER_ERROR,
                         "internal", N_("cannot hold the file in memory"));
  }
  CvSink *sink = NULL;
  Upload u = { .status = CV_ITEM_PENDING };
  CvStoreSinkOptions so = s->so;
  so.collection = collection;
  if (store) {
    sink = cv_sink_store_new(s->owner, &so, &error);
  } else {
    /* the collection's pseudonym key and lists, as ingest would */
    CvCollection *coll = server_collection(s, collection, &error);
    if (coll != NULL) {
      cv_owner_read_begin(s->owner);
      sink = cv_sink_preview_new(coll, so.mode, upload_preview, &u, &error);
      cv_owner_read_end(s->owner);
    }
  }
  if (sink == NULL) {
    close(fd);
    g_warning(_("caviar serve: %s"), error->message);
    return respond_error(s, c, EP_OTHER, req, MHD_HTTP_INTERNAL_SERVER_ERROR,
                         "internal", "%s", error->message);
  }
  CvPipelineOptions po = s->po;
  po.workers = 1;
  /* its failure in the request's language, like the other errors: the
   * pipeline's thread takes this thread's locale (a shared one) */
  po.messages = uselocale((locale_t)0);
  po.ingest.ocr_threads = MAX(1u, po.ingest.ocr_threads);
  CvItem *item = cv_item_new();
  item->fd = fd;
  item->source = upload_name(c);
  CvPipeline *pipeline = cv_pipeline_new(&po, sink, upload_done, &u);
  cv_pipeline_submit(pipeline, item);
  cv_pipeline_drain(pipeline);
  cv_pipeline_free(pipeline);

  guint code = MHD_HTTP_OK;
  g_autoptr(JsonNode) node = NULL;
  if (!store && u.status == CV_ITEM_STORED && u.body != NULL) {
    /* the preview: its buffer is wiped by MHD once sent */
    g_free(u.failure);
    server_record(s, EP_OTHER, code, req->start);
    server_log(s, req, EP_OTHER, code);
    return respond_full(c, code, "application/json", g_steal_pointer(&u.body),
                        req);
  }
  if (u.body != NULL)
    cv_text_wipe_str(g_steal_pointer(&u.body));
  if (u.status != CV_ITEM_STORED && u.status != CV_ITEM_ALREADY) {
    /* the reason says why, never the content (as in quarantine) */
    g_autofree char *why = g_steal_pointer(&u.failure);
    if (u.status == CV_ITEM_RETRY)
      return respond_error(s, c, EP_OTHER, req, MHD_HTTP_SERVICE_UNAVAILABLE,
                           "unavailable", "%s", why ? why : _("failed"));
    return respond_error(s, c, EP_OTHER, req, MHD_HTTP_UNPROCESSABLE_CONTENT,
                         "file_failed", "%s", why ? why : _("failed"));
  } else if (store) {
    g_autoptr(JsonBuilder) b = json_builder_new();
    json_builder_begin_object(b);
    json_builder_set_member_name(b, "status");
    json_builder_add_string_value(b, u.status == CV_ITEM_STORED ? "stored"
                                                                : "already");
    json_builder_set_member_name(b, "doc");
    json_builder_add_string_value(b, u.doc_id);
    json_builder_set_member_name(b, "counts");
    cv_cli_add_counts(b, u.counts);
    json_builder_end_object(b);
    node = json_builder_get_root(b);
  } else { /* nothing previewed */
    g_free(u.failure);
    return respond_error(s, c, EP_OTHER, req, MHD_HTTP_UNPROCESSABLE_CONTENT,
                         "file_failed", N_("failed"));
  }
  g_free(u.failure);
  return respond_json(s, c, EP_OTHER, req, code, node);
}

/* ---- drop folders: recent outcomes, retry a quarantined file ---- */

#define FOLDER_LIST_MAX 200 /* entries shown per folder and list */
#define FOLDER_DEPTH_MAX 4
#define REASON_READ_MAX 1024

typedef struct {
  char *rel; /* path under quarantine/ or done/ (unredacted: never sent) */
  gint64 mtime;
} FolderEntry;

static void
folder_entry_free(gpointer p)
{
  FolderEntry *e = p;
  g_free(e->rel);
  g_free(e);
}

static gint
folder_entry_newest(gconstpointer a, gconstpointer b)
{
  const FolderEntry *x = *(FolderEntry *const *)a;
  const FolderEntry *y = *(FolderEntry *const *)b;
  return x->mtime < y->mtime ? 1 : x->mtime > y->mtime ? -1 : 0;
}

/* Regular files under @dir (not the .reason files), newest first. */
static void
folder_walk(const char *dir, const char *rel, guint depth, GPtrArray *out)
{
  g_autofree char *path = rel ? g_build_filename(dir, rel, NULL) : g_strdup(dir);
  GDir *d = g_dir_open(path, 0, NULL);
  if (d == NULL)
    return;
  const char *name;
  while ((name = g_dir_read_name(d)) != NULL && out->len < 10000) {
    if (name[0] == '.' || g_str_has_suffix(name, ".reason"))
      continue;
    g_autofree char *r = rel ? g_build_filename(rel, name, NULL) : g_strdup(name);
    g_autofree char *p = g_build_filename(dir, r, NULL);
    GStatBuf st;
    if (g_lstat(p, &st) != 0)
      continue;
    if (S_ISDIR(st.st_mode) && depth < FOLDER_DEPTH_MAX) {
      folder_walk(dir, r, depth + 1, out);
    } else if (S_ISREG(st.st_mode)) {
      FolderEntry *e = g_new0(FolderEntry, 1);
      e->rel = g_steal_pointer(&r);
      e->mtime = st.st_mtime;
      g_ptr_array_add(out, e);
    }
  }
  g_dir_close(d);
  g_ptr_array_sort(out, folder_entry_newest);
}

/* An opaque id of a quarantined file: a keyed hash of its path, so that
 * the page can ask for a retry without the unredacted name leaving. */
static void
folder_entry_id(Server *s, const char *rel, char out[33])
{
  guint8 h[16];
  crypto_generichash(h, sizeof h, (const guint8 *)rel, strlen(rel), s->id_key,
                     sizeof s->id_key);
  sodium_bin2hex(out, 33, h, sizeof h);
}

static char *
folder_reason(const char *qdir, const char *rel)
{
  g_autofree char *p = g_strconcat(qdir, "/", rel, ".reason", NULL);
  int fd = open(p, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0)
    return g_strdup("");
  char buf[REASON_READ_MAX + 1];
  ssize_t n = read(fd, buf, REASON_READ_MAX);
  close(fd);
  buf[n > 0 ? n : 0] = '\0';
  g_strchomp(buf);
  return cv_pipeline_escape_name(buf);
}

static void
folder_list_json(Server *s, JsonBuilder *b, const char *dir, gboolean reasons)
{
  g_autoptr(GPtrArray) entries =
      g_ptr_array_new_with_free_func(folder_entry_free);
  folder_walk(dir, NULL, 0, entries);
  json_builder_begin_array(b);
  for (guint i = 0; i < entries->len && i < FOLDER_LIST_MAX; i++) {
    const FolderEntry *e = entries->pdata[i];
    json_builder_begin_object(b);
    g_autofree char *shown = cv_pipeline_redact_name(s->names, e->rel);
    json_builder_set_member_name(b, "file");
    json_builder_add_string_value(b, shown);
    json_builder_set_member_name(b, "when");
    json_builder_add_int_value(b, e->mtime);
    if (reasons) {
      char id[33];
      folder_entry_id(s, e->rel, id);
      g_autofree char *why = folder_reason(dir, e->rel);
      /* the reason names the file too: redacted like it */
      g_autofree char *shown_why = cv_pipeline_redact_name(s->names, why);
      json_builder_set_member_name(b, "id");
      json_builder_add_string_value(b, id);
      json_builder_set_member_name(b, "reason");
      json_builder_add_string_value(b, shown_why);
    }
    json_builder_end_object(b);
  }
  json_builder_end_array(b);
}

/* The folders of @collection (a new array of borrowed specs' copies). */
static GPtrArray *
server_folders(Server *s)
{
  g_mutex_lock(&s->lock);
  GPtrArray *f = s->folders ? g_ptr_array_ref(s->folders) : NULL;
  g_mutex_unlock(&s->lock);
  return f;
}

static enum MHD_Result
handle_folders(Server *s, struct MHD_Connection *c, Request *req,
               const char *collection, gboolean retry)
{
  g_autoptr(GPtrArray) folders = server_folders(s);
  g_autoptr(JsonBuilder) b = json_builder_new();
  if (!retry) {
    json_builder_begin_object(b);
    json_builder_set_member_name(b, "folders");
    json_builder_begin_array(b);
    for (guint i = 0; folders && i < folders->len; i++) {
      const CvWatchSpec *w = folders->pdata[i];
      if (g_strcmp0(w->collection, collection) != 0)
        continue;
      g_autofree char *shown = cv_pipeline_escape_name(w->name);
      g_autofree char *q =
          g_build_filename(w->directory, ".caviar", "quarantine", NULL);
      g_autofree char *d =
          g_build_filename(w->directory, ".caviar", "done", NULL);
      json_builder_begin_object(b);
      json_builder_set_member_name(b, "index");
      json_builder_add_int_value(b, i);
      json_builder_set_member_name(b, "name");
      json_builder_add_string_value(b, shown);
      json_builder_set_member_name(b, "quarantined");
      folder_list_json(s, b, q, TRUE);
      json_builder_set_member_name(b, "done");
      folder_list_json(s, b, d, FALSE);
      json_builder_end_object(b);
    }
    json_builder_end_array(b);
    json_builder_end_object(b);
    g_autoptr(JsonNode) node = json_builder_get_root(b);
    return respond_json(s, c, EP_OTHER, req, MHD_HTTP_OK, node);
  }
  /* retry: the file goes back into its folder, where the watcher takes it
   * again (its reason file is removed) */
  const char *fi =
      MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "folder");
  const char *id = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "id");
  guint index = 0;
  if (id == NULL || !cv_http_index_parse(fi, G_MAXUINT, &index) ||
      folders == NULL || index >= folders->len ||
      g_strcmp0(((CvWatchSpec *)folders->pdata[index])->collection,
                collection) != 0)
    return respond_error(s, c, EP_OTHER, req, MHD_HTTP_NOT_FOUND, "not_found",
                         N_("no such quarantined file"));
  const CvWatchSpec *w = folders->pdata[index];
  g_autofree char *q =
      g_build_filename(w->directory, ".caviar", "quarantine", NULL);
  g_autoptr(GPtrArray) entries =
      g_ptr_array_new_with_free_func(folder_entry_free);
  folder_walk(q, NULL, 0, entries);
  for (guint i = 0; i < entries->len; i++) {
    const FolderEntry *e = entries->pdata[i];
    char eid[33];
    folder_entry_id(s, e->rel, eid);
    if (strcmp(eid, id) != 0)
      continue;
    g_autofree char *from = g_build_filename(q, e->rel, NULL);
    g_autofree char *to = g_build_filename(w->directory, e->rel, NULL);
    g_autofree char *to_dir = g_path_get_dirname(to);
    g_autofree char *reason = g_strconcat(from, ".reason", NULL);
    GStatBuf st;
    if (g_lstat(to, &st) == 0)
      return respond_error(s, c, EP_OTHER, req, MHD_HTTP_CONFLICT, "conflict",
                           N_("a file of that name is already in the folder"));
    if (g_mkdir_with_parents(to_dir, 0750) != 0 || g_rename(from, to) != 0)
      return respond_error(s, c, EP_OTHER, req, MHD_HTTP_INTERNAL_SERVER_ERROR,
                           "internal", "%s", g_strerror(errno));
    g_unlink(reason);
    json_builder_begin_object(b);
    json_builder_set_member_name(b, "retried");
    json_builder_add_string_value(b, id);
    json_builder_end_object(b);
    g_autoptr(JsonNode) node = json_builder_get_root(b);
    return respond_json(s, c, EP_OTHER, req, MHD_HTTP_OK, node);
  }
  return respond_error(s, c, EP_OTHER, req, MHD_HTTP_NOT_FOUND, "not_found",
                       N_("no such quarantined file"));
}

static gboolean
admin_doc(const char *doc_id, const CvDocInfo *info, gpointer data)
{
  JsonBuilder *b = data;
  json_builder_begin_object(b);
  json_builder_set_member_name(b, "doc");
  json_builder_add_string_value(b, doc_id);
  g_autofree char *source =
      cv_pipeline_escape_name(info->source ? info->source : "");
  json_builder_set_member_name(b, "source");
  json_builder_add_string_value(b, source);
  json_builder_set_member_name(b, "mime");
  json_builder_add_string_value(b, info->mime ? info->mime : "");
  json_builder_set_member_name(b, "pages");
  json_builder_add_int_value(b, info->n_pages);
  json_builder_set_member_name(b, "chunks");
  json_builder_add_int_value(b, info->n_chunks);
  json_builder_set_member_name(b, "ingested");
  json_builder_add_int_value(b, info->ingested_at);
  json_builder_set_member_name(b, "redacted");
  JsonNode *counts =
      info->redactions ? json_from_string(info->redactions, NULL) : NULL;
  if (counts != NULL && JSON_NODE_HOLDS_OBJECT(counts)) {
    json_builder_add_value(b, counts);
  } else {
    if (counts != NULL)
      json_node_unref(counts);
    json_builder_begin_object(b);
    json_builder_end_object(b);
  }
  json_builder_end_object(b);
  return TRUE;
}

/* One page of the documents: counts them all, writes those from
 * @offset, at most @k. */
typedef struct {
  JsonBuilder *b;
  guint offset, k;
  guint64 total;
} DocPage;

static gboolean
admin_doc_page(const char *doc_id, const CvDocInfo *info, gpointer data)
{
  DocPage *page = data;
  guint64 i = page->total++;
  if (i >= page->offset && i - page->offset < page->k)
    admin_doc(doc_id, info, page->b);
  return TRUE;
}

/* GET /v1/admin/documents?k=&offset= or ?k=&cursor=: {"total", "offset",
 * "k", "next_cursor", "documents": [...]} in the store's order. */
static enum MHD_Result
handle_documents(Server *s, struct MHD_Connection *c, Request *req,
                 const char *collection)
{
  g_auto(CvHttpError) e = { 0 };
  CvHttpPage pg;
  if (!cv_http_page_parse(
          &pg, MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "k"),
          MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "offset"),
          MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "cursor"), &e))
    return respond_parse_error(s, c, EP_OTHER, req, &e);
  guint32 coff = 0;
  if (pg.cursor != NULL) {
    if (!cv_http_page_cursor_check(s->cursor_key, pg.cursor, collection, pg.k,
                                   &coff))
      return respond_error(
          s, c, EP_OTHER, req, MHD_HTTP_BAD_REQUEST, "bad_cursor",
          N_("\"cursor\" is not a cursor of this list (same k and "
             "collection) from this server since it started"));
    pg.offset = coff;
  }
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonBuilder) b = json_builder_new();
  DocPage page = { .b = b, .offset = pg.offset, .k = pg.k };
  json_builder_begin_object(b);
  json_builder_set_member_name(b, "documents");
  json_builder_begin_array(b);
  CvCollection *coll = server_collection(s, collection, &error);
  if (coll != NULL) {
    cv_owner_read_begin(s->owner);
    cv_store_foreach_document(coll, admin_doc_page, &page, &error);
    cv_owner_read_end(s->owner);
  }
  json_builder_end_array(b);
  if (error != NULL &&
      !g_error_matches(error, CV_STORE_ERROR, CV_STORE_ERROR_NOT_FOUND))
    return respond_error(s, c, EP_OTHER, req, MHD_HTTP_INTERNAL_SERVER_ERROR,
                         "internal", "%s", error->message);
  /* the next page, when there is one within the offset cap */
  guint64 next = (guint64)pg.offset + pg.k;
  g_autofree char *cursor =
      next < page.total && next <= CV_HTTP_PAGE_OFFSET_MAX
          ? cv_http_page_cursor_make(s->cursor_key, (guint32)next, collection,
                                     pg.k)
          : NULL;
  json_builder_set_member_name(b, "total");
  json_builder_add_int_value(b, (gint64)page.total);
  json_builder_set_member_name(b, "offset");
  json_builder_add_int_value(b, pg.offset);
  json_builder_set_member_name(b, "k");
  json_builder_add_int_value(b, pg.k);
  json_builder_set_member_name(b, "next_cursor");
  if (cursor != NULL)
    json_builder_add_string_value(b, cursor);
  else
    json_builder_add_null_value(b);
  json_builder_end_object(b);
  g_autoptr(JsonNode) node = json_builder_get_root(b);
  return respond_json(s, c, EP_OTHER, req, MHD_HTTP_OK, node);
}

/* ---- the collection's lists: GET shows them, POST {"action": "add" |
 * "remove", "list": "always" | "never", "type": "PERSON", "term": "..."}
 * changes them (cv_pipeline_lists_edit, as `caviar lists`): the drop
 * folders and the next try have them at once. ---- */
static enum MHD_Result
handle_lists(Server *s, struct MHD_Connection *c, Request *req,
             const char *collection, gboolean post)
{
  g_autoptr(GError) error = NULL;
  CvCollection *coll = server_collection(s, collection, &error);
  if (coll == NULL)
    return respond_error(s, c, EP_OTHER, req, MHD_HTTP_INTERNAL_SERVER_ERROR,
                         "internal", "%s", error->message);
  g_autoptr(GPtrArray) lists = NULL;
  if (!post) {
    cv_owner_read_begin(s->owner);
    lists = cv_store_collection_get_lists(coll, &error);
    cv_owner_read_end(s->owner);
  } else {
    if (req->too_large)
      return respond_error(s, c, EP_OTHER, req, MHD_HTTP_CONTENT_TOO_LARGE,
                           "body_too_large",
                           N_("the request body is larger than 64 KiB"));
    g_auto(CvHttpListsChange) r = { 0 };
    g_auto(CvHttpError) e = { 0 };
    if (!cv_http_lists_change_parse(&r, req->body->str, req->body->len, &e))
      return respond_parse_error(s, c, EP_OTHER, req, &e);
    const char *list = r.list, *type_s = r.type, *term = r.term;
    gboolean add = r.add;
    gboolean never = list != NULL && strcmp(list, "never") == 0;
    gint type = CV_STORE_LIST_NEVER;
    if (list != NULL && !never &&
        (type_s == NULL || !cv_pipeline_list_type_parse(type_s, &type))) {
      if (add || type_s != NULL)
        return respond_error(s, c, EP_OTHER, req, MHD_HTTP_BAD_REQUEST,
                             "bad_type",
                             N_("\"type\" must be an identifier type "
                                "(PERSON, SIN, PHONE...)"));
      type = 0; /* remove from the always list, whatever the type */
    }
    guint changed = 0, unchanged = 0;
    gboolean missing = FALSE;
    const char *terms[] = { term };
    lists = cv_pipeline_lists_edit(
        s->owner, coll, add ? CV_LISTS_ADD : CV_LISTS_REMOVE, type,
        list != NULL, terms, 1, &changed, &unchanged, &missing, &error);
    if (lists != NULL && missing)
      return respond_error(s, c, EP_OTHER, req, MHD_HTTP_NOT_FOUND,
                           "not_in_lists",
                           N_("this term is in no list of the collection"));
    if (lists == NULL &&
        (error->domain == CV_REDACT_ERROR ||
         g_error_matches(error, CV_STORE_ERROR, CV_STORE_ERROR_INVALID)))
      return respond_error(s, c, EP_OTHER, req, MHD_HTTP_BAD_REQUEST,
                           "bad_term", "%s", error->message);
  }
  if (lists == NULL)
    return respond_error(s, c, EP_OTHER, req, MHD_HTTP_INTERNAL_SERVER_ERROR,
                         "internal", "%s", error->message);
  g_autoptr(JsonBuilder) b = json_builder_new();
  cv_pipeline_lists_json(b, collection, lists);
  g_autoptr(JsonNode) node = json_builder_get_root(b);
  return respond_json(s, c, EP_OTHER, req, MHD_HTTP_OK, node);
}

static enum MHD_Result
handle_admin(Server *s, struct MHD_Connection *c, Request *req, const char *url,
             const char *method)
{
  gboolean get = strcmp(method, MHD_HTTP_METHOD_GET) == 0;
  gboolean post = strcmp(method, MHD_HTTP_METHOD_POST) == 0;
  gboolean del = strcmp(method, MHD_HTTP_METHOD_DELETE) == 0;
  const char *what = url + strlen("/v1/admin/");
  /* each endpoint and the methods it takes (docs/openapi.json) */
  static const struct {
    const char *path, *allow;
    gboolean prefix;
  } routes[] = {
    { "try", "POST", FALSE },           { "store", "POST", FALSE },
    { "whoami", "GET", FALSE },         { "documents", "GET", FALSE },
    { "documents/", "DELETE", TRUE },   { "folders", "GET", FALSE },
    { "folders/retry", "POST", FALSE }, { "lists", "GET, POST", FALSE },
  };
  const char *allow = NULL;
  for (gsize i = 0; i < G_N_ELEMENTS(routes) && allow == NULL; i++)
    if (routes[i].prefix ? g_str_has_prefix(what, routes[i].path)
                         : strcmp(what, routes[i].path) == 0)
      allow = routes[i].allow;
  if (allow == NULL)
    return respond_error(s, c, EP_OTHER, req, MHD_HTTP_NOT_FOUND, "not_found",
                         N_("no such endpoint"));
  if (!((get && strstr(allow, "GET") != NULL) ||
        (post && strstr(allow, "POST") != NULL) ||
        (del && strcmp(allow, "DELETE") == 0))) {
    req->allow = allow;
    return respond_error(s, c, EP_OTHER, req, MHD_HTTP_METHOD_NOT_ALLOWED,
                         "method_not_allowed", N_("use %s"), allow);
  }
  if (strcmp(what, "try") == 0 || strcmp(what, "store") == 0)
    return handle_upload(s, c, req, strcmp(what, "store") == 0);
  g_autofree char *collection = NULL;
  AuthResult a = server_admin(s, c, &collection);
  if (a != AUTH_OK)
    return admin_error(s, c, req, a);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonBuilder) b = json_builder_new();
  if (strcmp(what, "whoami") == 0 && get) {
    json_builder_begin_object(b);
    json_builder_set_member_name(b, "collection");
    json_builder_add_string_value(b, collection);
    json_builder_set_member_name(b, "admin");
    json_builder_add_boolean_value(b, TRUE);
    json_builder_end_object(b);
  } else if (strcmp(what, "documents") == 0 && get) {
    return handle_documents(s, c, req, collection);
  } else if (strcmp(what, "folders") == 0 && get) {
    return handle_folders(s, c, req, collection, FALSE);
  } else if (strcmp(what, "lists") == 0 && (get || post)) {
    return handle_lists(s, c, req, collection, post);
  } else if (strcmp(what, "folders/retry") == 0 && post) {
    return handle_folders(s, c, req, collection, TRUE);
  } else if (g_str_has_prefix(what, "documents/") && del) {
    const char *doc_id = what + strlen("documents/");
    if (!cv_http_doc_id_ok(doc_id))
      return respond_error(s, c, EP_OTHER, req, MHD_HTTP_BAD_REQUEST,
                           "bad_doc_id",
                           N_("document ids are 32 hexadecimal characters"));
    CvCollection *coll = server_collection(s, collection, &error);
    gboolean ok = FALSE;
    if (coll != NULL) {
      /* gone from every reader at once, then erased from the files */
      cv_owner_write_begin(s->owner);
      cv_owner_exclude_begin(s->owner);
      ok = cv_store_forget_deferred(coll, doc_id, &error);
      cv_owner_exclude_end(s->owner);
      g_autoptr(GError) compact_error = NULL;
      if (ok && !cv_store_compact(cv_owner_store(s->owner), &compact_error))
        g_warning(_("caviar serve: %s"), compact_error->message);
      cv_owner_write_end(s->owner);
    }
    if (!ok && g_error_matches(error, CV_STORE_ERROR, CV_STORE_ERROR_NOT_FOUND))
      return respond_error(s, c, EP_OTHER, req, MHD_HTTP_NOT_FOUND,
                           "doc_not_found", N_("no such document"));
    if (!ok)
      return respond_error(s, c, EP_OTHER, req, MHD_HTTP_INTERNAL_SERVER_ERROR,
                           "internal", "%s",
                           error ? error->message : _("failed"));
    json_builder_begin_object(b);
    json_builder_set_member_name(b, "forgotten");
    json_builder_add_string_value(b, doc_id);
    json_builder_end_object(b);
  } else {
    return respond_error(s, c, EP_OTHER, req, MHD_HTTP_NOT_FOUND, "not_found",
                         N_("not found"));
  }
  g_autoptr(JsonNode) node = json_builder_get_root(b);
  return respond_json(s, c, EP_OTHER, req, MHD_HTTP_OK, node);
}

/* The largest body a request to @url may send. */
static guint64
body_max(Server *s, const char *url)
{
  return s->ui && (strcmp(url, "/v1/admin/try") == 0 ||
                   strcmp(url, "/v1/admin/store") == 0)
             ? UPLOAD_MAX
             : BODY_MAX;
}

static enum MHD_Result
handle_request(void *cls, struct MHD_Connection *c, const char *url,
               const char *method, const char *upload_data,
               size_t *upload_data_size, void **con_cls)
{
  Listener *l = cls;
  Server *s = l->s;
  Request *req = *con_cls;
  if (!req) {
    req = g_new0(Request, 1);
    req->body = g_string_new(NULL);
    req->start = g_get_monotonic_time();
    const union MHD_ConnectionInfo *ci =
        MHD_get_connection_info(c, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
    req->conn = ci ? ci->socket_context : NULL;
    req->method = method;
    req->cors_origin = cors_allowed(s, c);
    *con_cls = req;
    /* the head is in: now the body and the response */
    conn_set_deadline(s, req->conn, FALSE);
    /* One length, or a request smuggled past a proxy that read another. */
    Framing f = { 0 };
    MHD_get_connection_values(c, MHD_HEADER_KIND, scan_framing, &f);
    if (f.content_length > 1 || f.bad_value ||
        (f.content_length && f.transfer_encoding)) {
      g_mutex_lock(&s->lock);
      s->bad_framing++;
      g_mutex_unlock(&s->lock);
      req->too_large = TRUE; /* the body is not read */
      return respond_error(
          s, c, EP_OTHER, req, MHD_HTTP_BAD_REQUEST, "bad_framing",
          N_("duplicate, conflicting or invalid Content-Length"));
    }
    /* Refuse a declared oversized body before reading it. */
    const char *cl = MHD_lookup_connection_value(c, MHD_HEADER_KIND,
                                                 MHD_HTTP_HEADER_CONTENT_LENGTH);
    guint64 declared = 0;
    if (cl &&
        g_ascii_string_to_unsigned(cl, 10, 0, G_MAXUINT64, &declared, NULL) &&
        declared > body_max(s, url)) {
      req->too_large = TRUE;
      return respond_error(s, c,
                           strcmp(url, "/v1/search") == 0 ? EP_SEARCH : EP_OTHER,
                           req, MHD_HTTP_CONTENT_TOO_LARGE, "body_too_large",
                           N_("the request body is larger than 64 KiB"));
    }
    return MHD_YES;
  }
  if (*upload_data_size) {
    if (req->too_large || req->body->len + *upload_data_size > body_max(s, url))
      req->too_large = TRUE;
    else
      g_string_append_len(req->body, upload_data, (gssize)*upload_data_size);
    *upload_data_size = 0;
    return MHD_YES;
  }
  gboolean get = strcmp(method, MHD_HTTP_METHOD_GET) == 0;
  gboolean post = strcmp(method, MHD_HTTP_METHOD_POST) == 0;
  if (strcmp(method, MHD_HTTP_METHOD_OPTIONS) == 0 && req->cors_origin &&
      MHD_lookup_connection_value(c, MHD_HEADER_KIND,
                                  "Access-Control-Request-Method"))
    return respond_preflight(s, c, req);
  gboolean ops_url =
      strcmp(url, "/v1/health") == 0 || strcmp(url, "/metrics") == 0;
  if (ops_url != l->ops_only && (l->ops_only || s->ops_separate))
    return respond_error(s, c, EP_OTHER, req, MHD_HTTP_NOT_FOUND, "not_found",
                         N_("no such endpoint"));
  if (ops_url && !ops_auth(s, c))
    return respond_error(s, c, EP_OTHER, req, MHD_HTTP_UNAUTHORIZED,
                         "unauthorized", N_("missing or unknown bearer token"));
  if (strcmp(url, "/v1/search") == 0) {
    if (!post) {
      req->allow = "POST";
      return respond_error(s, c, EP_SEARCH, req, MHD_HTTP_METHOD_NOT_ALLOWED,
                           "method_not_allowed", N_("use %s"), "POST");
    }
    return handle_search(s, c, req);
  }
  if (g_str_has_prefix(url, "/v1/documents/")) {
    if (!get) {
      req->allow = "GET";
      return respond_error(s, c, EP_DOCUMENTS, req, MHD_HTTP_METHOD_NOT_ALLOWED,
                           "method_not_allowed", N_("use %s"), "GET");
    }
    return handle_document(s, c, req, url + strlen("/v1/documents/"));
  }
  if (strcmp(url, "/v1/health") == 0) {
    if (!get) {
      req->allow = "GET";
      return respond_error(s, c, EP_HEALTH, req, MHD_HTTP_METHOD_NOT_ALLOWED,
                           "method_not_allowed", N_("use %s"), "GET");
    }
    g_autoptr(JsonBuilder) b = json_builder_new();
    json_builder_begin_object(b);
    json_builder_set_member_name(b, "status");
    json_builder_add_string_value(b, "ok");
    json_builder_set_member_name(b, "version");
    json_builder_add_string_value(b, CAVIAR_VERSION);
    json_builder_end_object(b);
    g_autoptr(JsonNode) node = json_builder_get_root(b);
    return respond_json(s, c, EP_HEALTH, req, MHD_HTTP_OK, node);
  }
  if (strcmp(url, "/openapi.json") == 0 && !l->ops_only) {
    if (!get) {
      req->allow = "GET";
      return respond_error(s, c, EP_OTHER, req, MHD_HTTP_METHOD_NOT_ALLOWED,
                           "method_not_allowed", N_("use %s"), "GET");
    }
    g_autoptr(GBytes) doc = g_resource_lookup_data(
        caviar_get_resource(), "/org/caviar/openapi.json", 0, NULL);
    if (doc == NULL)
      return respond_error(s, c, EP_OTHER, req, MHD_HTTP_INTERNAL_SERVER_ERROR,
                           "internal", N_("the API description is missing"));
    server_record(s, EP_OTHER, 200, req->start);
    server_log(s, req, EP_OTHER, 200);
    gsize len = 0;
    const char *data = g_bytes_get_data(doc, &len);
    return respond_full(c, 200, "application/json", g_strndup(data, len), req);
  }
  if (s->ui && (strcmp(url, "/ui") == 0 || strcmp(url, "/") == 0)) {
    struct MHD_Response *r =
        MHD_create_response_from_buffer(0, NULL, MHD_RESPMEM_PERSISTENT);
    MHD_add_response_header(r, MHD_HTTP_HEADER_LOCATION, "/ui/");
    enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_FOUND, r);
    MHD_destroy_response(r);
    server_record(s, EP_OTHER, MHD_HTTP_FOUND, req->start);
    server_log(s, req, EP_OTHER, MHD_HTTP_FOUND);
    return ret;
  }
  if (s->ui && g_str_has_prefix(url, "/ui/")) {
    if (!get) {
      req->allow = "GET";
      return respond_error(s, c, EP_OTHER, req, MHD_HTTP_METHOD_NOT_ALLOWED,
                           "method_not_allowed", N_("use %s"), "GET");
    }
    return handle_ui(s, c, req, url);
  }
  if (s->ui && g_str_has_prefix(url, "/v1/admin/"))
    return handle_admin(s, c, req, url, method);
  if (strcmp(url, "/metrics") == 0) {
    if (!get) {
      req->allow = "GET";
      return respond_error(s, c, EP_METRICS, req, MHD_HTTP_METHOD_NOT_ALLOWED,
                           "method_not_allowed", N_("use %s"), "GET");
    }
    return handle_metrics(s, c, req);
  }
  return respond_error(s, c, EP_OTHER, req, MHD_HTTP_NOT_FOUND, "not_found",
                       N_("no such endpoint"));
}

static void
request_completed(void *cls, struct MHD_Connection *c, void **con_cls,
                  enum MHD_RequestTerminationCode toe)
{
  Server *s = ((Listener *)cls)->s;
  Request *req = *con_cls;
  if (!req)
    return;
  /* kept alive: the next request head has its own deadline */
  conn_set_deadline(s, req->conn, TRUE);
  /* The body holds the query: wipe it. */
  sodium_memzero(req->body->str, req->body->allocated_len);
  g_string_free(req->body, TRUE);
  g_free(req);
  *con_cls = NULL;
}

/* Creates the listening socket for "HOST:PORT", "[V6]:PORT" or
 * "unix:/path"; *loopback tells whether only this machine can connect. */
static int
listen_socket(const char *spec, char **shown, gboolean *loopback, GError **error)
{
  int fd = -1;
  if (g_str_has_prefix(spec, "unix:")) {
    const char *path = spec + 5;
    struct sockaddr_un sun = { .sun_family = AF_UNIX };
    if (!*path || strlen(path) >= sizeof sun.sun_path) {
      g_set_error(error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                  _("bad unix socket path"));
      return -1;
    }
    g_strlcpy(sun.sun_path, path, sizeof sun.sun_path);
    GStatBuf st;
    if (g_lstat(path, &st) == 0 && S_ISSOCK(st.st_mode))
      g_unlink(path); /* stale socket of a previous run */
    fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    mode_t old = umask(077);
    if (fd < 0 || bind(fd, (struct sockaddr *)&sun, sizeof sun) != 0 ||
        listen(fd, LISTEN_BACKLOG) != 0) {
      umask(old);
      g_set_error(error, G_IO_ERROR, g_io_error_from_errno(errno), "%s: %s",
                  path, g_strerror(errno));
      if (fd >= 0)
        close(fd);
      return -1;
    }
    umask(old);
    *shown = g_strdup_printf("unix:%s", path);
    *loopback = TRUE;
    return fd;
  }
  g_autofree char *host = NULL;
  const char *port_s;
  if (spec[0] == '[') {
    const char *end = strchr(spec, ']');
    if (!end || end[1] != ':') {
      g_set_error(error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                  _("expected [ADDRESS]:PORT"));
      return -1;
    }
    host = g_strndup(spec + 1, end - spec - 1);
    port_s = end + 2;
  } else {
    const char *colon = strrchr(spec, ':');
    if (!colon) {
      g_set_error(error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                  _("expected HOST:PORT or unix:PATH"));
      return -1;
    }
    host = g_strndup(spec, colon - spec);
    port_s = colon + 1;
  }
  if (strcmp(host, "localhost") == 0) {
    g_free(host);
    host = g_strdup("127.0.0.1");
  }
  guint64 port = 0;
  if (!g_ascii_string_to_unsigned(port_s, 10, 0, 65535, &port, NULL)) {
    g_set_error(error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, _("bad port"));
    return -1;
  }
  struct sockaddr_storage ss = { 0 };
  socklen_t sl;
  struct sockaddr_in *v4 = (struct sockaddr_in *)&ss;
  struct sockaddr_in6 *v6 = (struct sockaddr_in6 *)&ss;
  if (inet_pton(AF_INET, host, &v4->sin_addr) == 1) {
    v4->sin_family = AF_INET;
    v4->sin_port = htons((guint16)port);
    sl = sizeof *v4;
    *loopback = (ntohl(v4->sin_addr.s_addr) >> 24) == 127;
  } else if (inet_pton(AF_INET6, host, &v6->sin6_addr) == 1) {
    v6->sin6_family = AF_INET6;
    v6->sin6_port = htons((guint16)port);
    sl = sizeof *v6;
    *loopback = IN6_IS_ADDR_LOOPBACK(&v6->sin6_addr);
  } else {
    g_set_error(error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                _("'%s' is not an IP address"), host);
    return -1;
  }
  fd = socket(ss.ss_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
  int one = 1;
  if (fd >= 0)
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  if (fd < 0 || bind(fd, (struct sockaddr *)&ss, sl) != 0 ||
      listen(fd, LISTEN_BACKLOG) != 0) {
    g_set_error(error, G_IO_ERROR, g_io_error_from_errno(errno), "%s: %s", spec,
                g_strerror(errno));
    if (fd >= 0)
      close(fd);
    return -1;
  }
  struct sockaddr_storage bound;
  socklen_t bl = sizeof bound;
  getsockname(fd, (struct sockaddr *)&bound, &bl);
  guint16 bport = bound.ss_family == AF_INET
                      ? ntohs(((struct sockaddr_in *)&bound)->sin_port)
                      : ntohs(((struct sockaddr_in6 *)&bound)->sin6_port);
  *shown = ss.ss_family == AF_INET6
               ? g_strdup_printf("http://[%s]:%u", host, bport)
               : g_strdup_printf("http://%s:%u", host, bport);
  return fd;
}

struct _CvHttp {
  Server s;
  char *tls_cert; /* PEM, g_malloc */
  char *tls_key;  /* PEM, sodium_malloc'd (wiped, guarded) */
  gsize tls_key_len;
  Listener api, ops;
  struct MHD_Daemon *daemon, *ops_daemon;
  int fd, ops_fd;
  char *unix_path, *ops_unix_path;
  char *ops_shown;
};

/* Reads the operational token: a file of this user only, one line. */
static gboolean
load_ops_token(Server *s, const char *path, GError **error)
{
  GStatBuf st;
  if (g_stat(path, &st) != 0) {
    g_set_error(error, G_FILE_ERROR, g_file_error_from_errno(errno),
                "ops-token-file %s: %s", path, g_strerror(errno));
    return FALSE;
  }
  if ((st.st_mode & 077) != 0) {
    g_set_error(error, G_FILE_ERROR, G_FILE_ERROR_PERM,
                "ops-token-file %s: readable by others (chmod 600 it)", path);
    return FALSE;
  }
  char *data = NULL;
  gsize len = 0;
  if (st.st_size > OPS_TOKEN_MAX ||
      !g_file_get_contents(path, &data, &len, error)) {
    if (error && !*error)
      g_set_error(error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                  "ops-token-file %s: larger than %d bytes", path, OPS_TOKEN_MAX);
    return FALSE;
  }
  gsize n = len;
  while (n > 0 && g_ascii_isspace(data[n - 1]))
    n--;
  gboolean ok = n >= 16 && memchr(data, '\n', n) == NULL;
  if (ok)
    crypto_generichash(s->ops_hash, sizeof s->ops_hash, (const guint8 *)data, n,
                       NULL, 0);
  sodium_memzero(data, len);
  g_free(data);
  if (!ok) {
    g_set_error(error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                "ops-token-file %s: one line of at least 16 characters", path);
    return FALSE;
  }
  s->ops_token = TRUE;
  return TRUE;
}

/* Each answer in the language the request asks for (Accept-Language),
 * else the service's (`[serve] language`, or its environment's). */
static enum MHD_Result
handle(void *cls, struct MHD_Connection *c, const char *url, const char *method,
       const char *version, const char *upload_data, size_t *upload_data_size,
       void **con_cls)
{
  (void)version;
  const char *accept = MHD_lookup_connection_value(
      c, MHD_HEADER_KIND, MHD_HTTP_HEADER_ACCEPT_LANGUAGE);
  CvI18nScope scope = cv_i18n_use(cv_i18n_lang_from_accept(accept));
  enum MHD_Result r = handle_request(cls, c, url, method, upload_data,
                                     upload_data_size, con_cls);
  cv_i18n_restore(scope);
  return r;
}

/* Reads the certificate chain and the private key (PEM).  The key must
 * not be readable by others; it is kept in guarded memory. */
static gboolean
load_tls(CvHttp *http, const char *cert, const char *key, GError **error)
{
  if (!MHD_is_feature_supported(MHD_FEATURE_TLS)) {
    g_set_error(error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                "this libmicrohttpd has no TLS support");
    return FALSE;
  }
  gsize len = 0;
  if (!g_file_get_contents(cert, &http->tls_cert, &len, error)) {
    g_prefix_error(error, "tls-cert: ");
    return FALSE;
  }
  GStatBuf st;
  if (g_stat(key, &st) != 0) {
    g_set_error(error, G_FILE_ERROR, g_file_error_from_errno(errno),
                "tls-key %s: %s", key, g_strerror(errno));
    return FALSE;
  }
  if ((st.st_mode & 007) != 0) {
    g_set_error(error, G_FILE_ERROR, G_FILE_ERROR_PERM,
                "tls-key %s: readable by others (chmod o-rwx it)", key);
    return FALSE;
  }
  char *data = NULL;
  if (st.st_size > 1024 * 1024 || !g_file_get_contents(key, &data, &len, error)) {
    if (error && !*error)
      g_set_error(error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                  "tls-key %s: larger than 1 MiB", key);
    else
      g_prefix_error(error, "tls-key: ");
    return FALSE;
  }
  http->tls_key = sodium_malloc(len + 1);
  if (http->tls_key != NULL) {
    memcpy(http->tls_key, data, len);
    http->tls_key[len] = '\0';
    http->tls_key_len = len + 1;
  }
  sodium_memzero(data, len);
  g_free(data);
  if (http->tls_key == NULL) {
    g_set_error(error, G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                "cannot allocate secure memory for the TLS key");
    return FALSE;
  }
  return TRUE;
}

static struct MHD_Daemon *
start_daemon(Listener *l, int fd, guint threads, const CvHttpOptions *o,
             const char *tls_cert, const char *tls_key)
{
  struct MHD_OptionItem tls[] = {
    { MHD_OPTION_HTTPS_MEM_CERT, 0, (void *)tls_cert },
    { MHD_OPTION_HTTPS_MEM_KEY, 0, (void *)tls_key },
    { MHD_OPTION_END, 0, NULL },
  };
  if (tls_cert == NULL)
    tls[0].option = MHD_OPTION_END;
  guint max_conn =
      o->max_connections ? o->max_connections : DEFAULT_MAX_CONNECTIONS;
  guint per_ip = o->max_per_ip ? o->max_per_ip : DEFAULT_MAX_PER_IP;
  return MHD_start_daemon(
      MHD_USE_AUTO_INTERNAL_THREAD | MHD_USE_ERROR_LOG |
          (tls_cert ? MHD_USE_TLS : 0),
      0, NULL, NULL, handle, l, MHD_OPTION_LISTEN_SOCKET, fd,
      MHD_OPTION_THREAD_POOL_SIZE, (unsigned int)threads,
      MHD_OPTION_CONNECTION_TIMEOUT, (unsigned int)CONNECTION_TIMEOUT,
      MHD_OPTION_CONNECTION_LIMIT, (unsigned int)max_conn,
      MHD_OPTION_PER_IP_CONNECTION_LIMIT, (unsigned int)per_ip,
      MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)(128 * 1024),
      MHD_OPTION_NOTIFY_COMPLETED, request_completed, l,
      MHD_OPTION_NOTIFY_CONNECTION, conn_notify, l, MHD_OPTION_ARRAY, tls,
      MHD_OPTION_END);
}

CvHttp *
cv_http_new(CvOwner *owner, const CvHttpOptions *o, char **shown,
            gboolean *loopback, guint *n_tokens, GError **error)
{
  int fd = listen_socket(o->listen, shown, loopback, error);
  if (fd < 0)
    return NULL;
  CvHttp *http = g_new0(CvHttp, 1);
  http->ops_fd = -1;
  Server *s = &http->s;
  s->owner = cv_owner_ref(owner);
  s->store_dir = g_strdup(cv_owner_dir(owner));
  s->tokens_path = cv_tokens_path(s->store_dir);
  g_mutex_init(&s->lock);
  g_mutex_init(&s->conn_lock);
  g_cond_init(&s->conn_cond);
  s->conns = g_hash_table_new(NULL, NULL);
  s->cursor_key = sodium_malloc(crypto_generichash_KEYBYTES);
  g_assert(s->cursor_key != NULL);
  randombytes_buf(s->cursor_key, crypto_generichash_KEYBYTES);
  s->access_log = o->access_log;
  s->header_us =
      (gint64)(o->header_timeout ? o->header_timeout : DEFAULT_HEADER_TIMEOUT) *
      G_USEC_PER_SEC;
  s->body_us =
      (gint64)(o->body_timeout ? o->body_timeout : DEFAULT_BODY_TIMEOUT) *
      G_USEC_PER_SEC;
  guint max_conn =
      o->max_connections ? o->max_connections : DEFAULT_MAX_CONNECTIONS;
  s->pressure = max_conn - max_conn / 4;
  g_mutex_lock(&s->lock);
  server_refresh_tokens(s);
  *n_tokens = s->tokens->len;
  g_mutex_unlock(&s->lock);
  http->fd = fd;
  if (g_str_has_prefix(*shown, "unix:"))
    http->unix_path = g_strdup(*shown + 5);
  http->api = (Listener){ s, FALSE };
  http->ops = (Listener){ s, TRUE };
  if (o->ops_token_file && !load_ops_token(s, o->ops_token_file, error)) {
    cv_http_free(http);
    return NULL;
  }
  if (o->ops_listen) {
    gboolean ops_loopback = FALSE;
    http->ops_fd =
        listen_socket(o->ops_listen, &http->ops_shown, &ops_loopback, error);
    if (http->ops_fd < 0) {
      g_prefix_error(error, "ops-listen: ");
      cv_http_free(http);
      return NULL;
    }
    if (g_str_has_prefix(http->ops_shown, "unix:"))
      http->ops_unix_path = g_strdup(http->ops_shown + 5);
    s->ops_separate = TRUE;
  }
  s->watchdog = g_thread_new("http-watchdog", watchdog, s);
  if ((o->tls_cert == NULL) != (o->tls_key == NULL)) {
    g_set_error(error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                "tls-cert and tls-key go together");
    cv_http_free(http);
    return NULL;
  }
  if (o->tls_cert && !load_tls(http, o->tls_cert, o->tls_key, error)) {
    cv_http_free(http);
    return NULL;
  }
  if (http->tls_cert) {
    char *https = g_strconcat("https", *shown + 4, NULL);
    if (g_str_has_prefix(*shown, "http://")) {
      g_free(*shown);
      *shown = https;
    } else {
      g_free(https);
    }
    if (http->ops_shown && g_str_has_prefix(http->ops_shown, "http://")) {
      https = g_strconcat("https", http->ops_shown + 4, NULL);
      g_free(http->ops_shown);
      http->ops_shown = https;
    }
  }
  if (o->cors_origins && *o->cors_origins)
    s->cors_origins = g_strdupv((char **)o->cors_origins);
  http->daemon =
      start_daemon(&http->api, fd, o->threads, o, http->tls_cert, http->tls_key);
  if (http->daemon && o->ops_listen)
    http->ops_daemon = start_daemon(&http->ops, http->ops_fd, 1, o,
                                    http->tls_cert, http->tls_key);
  if (http->daemon == NULL || (o->ops_listen && http->ops_daemon == NULL)) {
    g_set_error(error, G_IO_ERROR, G_IO_ERROR_FAILED,
                _("cannot start the HTTP server"));
    cv_http_free(http);
    return NULL;
  }
  return http;
}

const char *
cv_http_ops_address(CvHttp *http)
{
  return http->ops_shown;
}

void
cv_http_set_metrics(CvHttp *http, CvHttpMetricsFunc func, gpointer user_data)
{
  g_mutex_lock(&http->s.lock);
  http->s.metrics = func;
  http->s.metrics_data = user_data;
  g_mutex_unlock(&http->s.lock);
}

void
cv_http_set_ui(CvHttp *http, const CvPipelineOptions *po,
               const CvStoreSinkOptions *so)
{
  http->s.po = *po;
  http->s.so = *so;
  randombytes_buf(http->s.id_key, sizeof http->s.id_key);
  http->s.names = cv_redact_new(CV_REDACT_MODE_LABEL, NULL, 0, NULL);
  http->s.ui = http->s.names != NULL;
}

void
cv_http_set_folders(CvHttp *http, GPtrArray *specs)
{
  GPtrArray *copy =
      g_ptr_array_new_with_free_func((GDestroyNotify)cv_watch_spec_free);
  for (guint i = 0; specs && i < specs->len; i++) {
    const CvWatchSpec *w = specs->pdata[i];
    CvWatchSpec *c = g_new0(CvWatchSpec, 1);
    c->name = g_strdup(w->name);
    c->directory = g_strdup(w->directory);
    c->collection = g_strdup(w->collection);
    c->policy = w->policy;
    c->keep_versions = w->keep_versions;
    g_ptr_array_add(copy, c);
  }
  g_mutex_lock(&http->s.lock);
  GPtrArray *old = http->s.folders;
  http->s.folders = copy;
  g_mutex_unlock(&http->s.lock);
  if (old != NULL)
    g_ptr_array_unref(old);
}

void
cv_http_free(CvHttp *http)
{
  if (http == NULL)
    return;
  /* Waits for the requests in flight. */
  if (http->daemon)
    MHD_stop_daemon(http->daemon);
  if (http->ops_daemon)
    MHD_stop_daemon(http->ops_daemon);
  Server *s = &http->s;
  if (s->watchdog) {
    g_mutex_lock(&s->conn_lock);
    s->stopping = TRUE;
    g_cond_signal(&s->conn_cond);
    g_mutex_unlock(&s->conn_lock);
    g_thread_join(s->watchdog);
  }
  close(http->fd);
  if (http->ops_fd >= 0)
    close(http->ops_fd);
  if (http->unix_path)
    g_unlink(http->unix_path);
  if (http->ops_unix_path)
    g_unlink(http->ops_unix_path);
  if (s->tokens)
    g_ptr_array_unref(s->tokens);
  g_free(s->tokens_path);
  g_free(s->store_dir);
  g_hash_table_unref(s->conns);
  g_cond_clear(&s->conn_cond);
  g_mutex_clear(&s->conn_lock);
  cv_redact_free(s->names);
  if (s->folders)
    g_ptr_array_unref(s->folders);
  g_mutex_clear(&s->lock);
  sodium_memzero(s->ops_hash, sizeof s->ops_hash);
  if (s->cursor_key)
    sodium_free(s->cursor_key);
  cv_owner_unref(s->owner);
  g_free(http->unix_path);
  g_free(http->ops_unix_path);
  g_free(http->ops_shown);
  g_free(http->tls_cert);
  if (http->tls_key)
    sodium_free(http->tls_key);
  g_strfreev(s->cors_origins);
  g_free(http);
}
