/* http.c — the HTTP/JSON API (libmicrohttpd thread pool, json-glib); see
 * http.h.  Reads only, each request inside the owner's read lock. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <microhttpd.h>
#include <sodium.h>

#include "cv-text.h"
#include "cli.h"
#include "http.h"
#include "tokens.h"

#define BODY_MAX (64 * 1024)
#define QUERY_MAX 1024
#define K_MAX 100
#define K_DEFAULT 10
#define CONNECTION_TIMEOUT 30 /* seconds of inactivity */
#define CONNECTION_LIMIT 256

/* ------------------------------------------------------------------ */
/* Server                                                              */
/* ------------------------------------------------------------------ */

enum { EP_SEARCH, EP_DOCUMENTS, EP_HEALTH, EP_METRICS, EP_OTHER, N_EP };
static const char *const ep_names[N_EP] = { "search", "documents", "health",
                                            "metrics", "other" };
static const guint codes[] = { 200, 400, 401, 403, 404, 405, 413, 500 };
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
  gint64 tokens_checked; /* monotonic usec of the last stat */
  guint64 requests[N_EP][N_CODES + 1];
  guint64 latency[N_EP][N_BUCKETS + 1];
  double latency_sum[N_EP];
  guint64 latency_count[N_EP];
  guint64 disk_bytes;
  gint64 disk_checked;
} Server;

typedef struct {
  GString *body;
  gboolean too_large;
  gint64 start;
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
  if (g_stat(s->tokens_path, &st) == 0)
    mtime = (gint64)st.st_mtim.tv_sec * 1000000000 + st.st_mtim.tv_nsec;
  if (s->tokens && mtime == s->tokens_mtime)
    return;
  g_autoptr(GError) error = NULL;
  GPtrArray *tokens = cv_tokens_load(s->tokens_path, &s->tokens_mtime, &error);
  if (!tokens) {
    /* Fail closed: no token is accepted until the file is fixed. */
    g_warning("caviar serve: %s", error->message);
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

/* Checks the bearer token of @c against @collection. */
static AuthResult
server_auth(Server *s, struct MHD_Connection *c, const char *collection)
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
    /* a token created this very moment: look at the file again (a stat,
     * at most every 50 ms) */
    server_refresh_tokens_within(s, 50 * 1000);
    t = cv_tokens_match(s->tokens, presented);
  }
  if (!t)
    r = AUTH_MISSING;
  else
    r = collection && strcmp(t->collection, collection) == 0 ? AUTH_OK
                                                             : AUTH_FORBIDDEN;
  g_mutex_unlock(&s->lock);
  return r;
}

static CvCollection *
server_collection(Server *s, const char *name, GError **error)
{
  return cv_store_collection(cv_owner_store(s->owner), name, error);
}

static void
server_record(Server *s, guint ep, guint code, gint64 start)
{
  double secs = (g_get_monotonic_time() - start) / 1e6;
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

static enum MHD_Result
respond(struct MHD_Connection *c, guint code, const char *type, char *body)
{
  struct MHD_Response *r = MHD_create_response_from_buffer_with_free_callback(
      strlen(body), body, cv_text_wipe_str);
  MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, type);
  MHD_add_response_header(r, "Cache-Control", "no-store");
  MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
  if (code == MHD_HTTP_UNAUTHORIZED)
    MHD_add_response_header(r, MHD_HTTP_HEADER_WWW_AUTHENTICATE,
                            "Bearer realm=\"caviar\"");
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
  return respond(c, code, "application/json", body);
}

static enum MHD_Result
respond_error(Server *s, struct MHD_Connection *c, guint ep, Request *req,
              guint code, const char *message)
{
  g_autoptr(JsonBuilder) b = json_builder_new();
  json_builder_begin_object(b);
  json_builder_set_member_name(b, "error");
  json_builder_add_string_value(b, message);
  json_builder_end_object(b);
  g_autoptr(JsonNode) node = json_builder_get_root(b);
  return respond_json(s, c, ep, req, code, node);
}

static enum MHD_Result
auth_error(Server *s, struct MHD_Connection *c, guint ep, Request *req,
           AuthResult a)
{
  if (a == AUTH_FORBIDDEN)
    return respond_error(s, c, ep, req, MHD_HTTP_FORBIDDEN,
                         "token not valid for this collection");
  return respond_error(s, c, ep, req, MHD_HTTP_UNAUTHORIZED,
                       "missing or unknown bearer token");
}

static enum MHD_Result
handle_search(Server *s, struct MHD_Connection *c, Request *req)
{
  const guint ep = EP_SEARCH;
  if (req->too_large)
    return respond_error(s, c, ep, req, MHD_HTTP_CONTENT_TOO_LARGE,
                         "request body larger than 64 KiB");
  /* Reject unauthenticated callers before parsing their input. */
  const char *h = MHD_lookup_connection_value(c, MHD_HEADER_KIND,
                                              MHD_HTTP_HEADER_AUTHORIZATION);
  if (!h)
    return auth_error(s, c, ep, req, AUTH_MISSING);
  g_autoptr(JsonParser) parser = json_parser_new_immutable();
  if (!json_parser_load_from_data(parser, req->body->str,
                                  (gssize)req->body->len, NULL) ||
      !JSON_NODE_HOLDS_OBJECT(json_parser_get_root(parser)))
    return respond_error(s, c, ep, req, MHD_HTTP_BAD_REQUEST,
                         "body must be a JSON object");
  JsonObject *o = json_node_get_object(json_parser_get_root(parser));
  JsonNode *cn = json_object_get_member(o, "collection");
  const char *collection = "default";
  if (cn) {
    if (!JSON_NODE_HOLDS_VALUE(cn) ||
        json_node_get_value_type(cn) != G_TYPE_STRING)
      return respond_error(s, c, ep, req, MHD_HTTP_BAD_REQUEST,
                           "\"collection\" must be a string");
    collection = json_node_get_string(cn);
  }
  AuthResult a = server_auth(s, c, collection);
  if (a != AUTH_OK)
    return auth_error(s, c, ep, req, a);
  JsonNode *qn = json_object_get_member(o, "query");
  if (!qn || !JSON_NODE_HOLDS_VALUE(qn) ||
      json_node_get_value_type(qn) != G_TYPE_STRING)
    return respond_error(s, c, ep, req, MHD_HTTP_BAD_REQUEST,
                         "\"query\" (string) is required");
  const char *query = json_node_get_string(qn);
  if (strlen(query) > QUERY_MAX || !*query)
    return respond_error(s, c, ep, req, MHD_HTTP_BAD_REQUEST,
                         "\"query\" must be 1 to 1024 bytes");
  gint64 k = K_DEFAULT;
  JsonNode *kn = json_object_get_member(o, "k");
  if (kn) {
    if (!JSON_NODE_HOLDS_VALUE(kn) || json_node_get_value_type(kn) != G_TYPE_INT64)
      return respond_error(s, c, ep, req, MHD_HTTP_BAD_REQUEST,
                           "\"k\" must be an integer");
    k = json_node_get_int(kn);
    if (k < 1 || k > K_MAX)
      return respond_error(s, c, ep, req, MHD_HTTP_BAD_REQUEST,
                           "\"k\" must be between 1 and 100");
  }
  g_autoptr(GError) error = NULL;
  CvCollection *coll = server_collection(s, collection, &error);
  g_autoptr(GPtrArray) results = NULL;
  if (coll != NULL) {
    cv_owner_read_begin(s->owner);
    results = cv_store_search(coll, query, (guint)k, &error);
    cv_owner_read_end(s->owner);
  }
  if (!results) {
    if (error && error->domain == CV_STORE_ERROR &&
        error->code == CV_STORE_ERROR_INVALID)
      return respond_error(s, c, ep, req, MHD_HTTP_BAD_REQUEST, error->message);
    if (error && error->domain == CV_STORE_ERROR &&
        error->code == CV_STORE_ERROR_NOT_FOUND) {
      g_autoptr(JsonNode) empty = cv_search_results_json(NULL);
      return respond_json(s, c, ep, req, MHD_HTTP_OK, empty);
    }
    g_warning("caviar serve: search failed: %s", error ? error->message : "?");
    return respond_error(s, c, ep, req, MHD_HTTP_INTERNAL_SERVER_ERROR,
                         "search failed");
  }
  g_autoptr(JsonNode) node = cv_search_results_json(results);
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
  AuthResult a = server_auth(s, c, collection);
  if (a != AUTH_OK)
    return auth_error(s, c, ep, req, a);
  gboolean id_ok = strlen(doc_id) == CV_DOC_ID_LEN;
  for (const char *p = doc_id; id_ok && *p; p++)
    id_ok = g_ascii_isxdigit(*p);
  if (!id_ok)
    return respond_error(s, c, ep, req, MHD_HTTP_BAD_REQUEST,
                         "document ids are 32 hexadecimal characters");
  g_autoptr(GError) error = NULL;
  CvCollection *coll = server_collection(s, collection, &error);
  /* from the lookup to the last chunk: no forget in between */
  cv_owner_read_begin(s->owner);
  if (!coll || !cv_store_has_document(coll, doc_id, &error)) {
    cv_owner_read_end(s->owner);
    if (error && !(error->domain == CV_STORE_ERROR &&
                   error->code == CV_STORE_ERROR_NOT_FOUND)) {
      g_warning("caviar serve: document lookup failed: %s", error->message);
      return respond_error(s, c, ep, req, MHD_HTTP_INTERNAL_SERVER_ERROR,
                           "lookup failed");
    }
    return respond_error(s, c, ep, req, MHD_HTTP_NOT_FOUND, "no such document");
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
    g_warning("caviar serve: reading a document failed: %s",
              error ? error->message : "?");
    return respond_error(s, c, ep, req, MHD_HTTP_INTERNAL_SERVER_ERROR,
                         "reading the document failed");
  }
  g_autoptr(JsonNode) node = json_builder_get_root(b);
  return respond_json(s, c, ep, req, MHD_HTTP_OK, node);
}

static enum MHD_Result
handle_metrics(Server *s, struct MHD_Connection *c, Request *req)
{
  server_record(s, EP_METRICS, 200, req->start);
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
      "caviar_store_disk_bytes %" G_GUINT64_FORMAT "\n",
      s->disk_bytes);
  CvHttpMetricsFunc extra = s->metrics;
  gpointer extra_data = s->metrics_data;
  g_mutex_unlock(&s->lock);
  if (extra != NULL)
    extra(out, extra_data);
  return respond(c, 200, "text/plain; version=0.0.4", g_string_free(out, FALSE));
}

static enum MHD_Result
handle(void *cls, struct MHD_Connection *c, const char *url, const char *method,
       const char *version, const char *upload_data, size_t *upload_data_size,
       void **con_cls)
{
  Server *s = cls;
  Request *req = *con_cls;
  if (!req) {
    req = g_new0(Request, 1);
    req->body = g_string_new(NULL);
    req->start = g_get_monotonic_time();
    *con_cls = req;
    /* Refuse a declared oversized body before reading it. */
    const char *cl = MHD_lookup_connection_value(c, MHD_HEADER_KIND,
                                                 MHD_HTTP_HEADER_CONTENT_LENGTH);
    guint64 declared = 0;
    if (cl &&
        g_ascii_string_to_unsigned(cl, 10, 0, G_MAXUINT64, &declared, NULL) &&
        declared > BODY_MAX) {
      req->too_large = TRUE;
      return respond_error(
          s, c, strcmp(url, "/v1/search") == 0 ? EP_SEARCH : EP_OTHER, req,
          MHD_HTTP_CONTENT_TOO_LARGE, "request body larger than 64 KiB");
    }
    return MHD_YES;
  }
  if (*upload_data_size) {
    if (req->too_large || req->body->len + *upload_data_size > BODY_MAX)
      req->too_large = TRUE;
    else
      g_string_append_len(req->body, upload_data, (gssize)*upload_data_size);
    *upload_data_size = 0;
    return MHD_YES;
  }
  gboolean get = strcmp(method, MHD_HTTP_METHOD_GET) == 0;
  gboolean post = strcmp(method, MHD_HTTP_METHOD_POST) == 0;
  if (strcmp(url, "/v1/search") == 0) {
    if (!post)
      return respond_error(s, c, EP_SEARCH, req, MHD_HTTP_METHOD_NOT_ALLOWED,
                           "use POST");
    return handle_search(s, c, req);
  }
  if (g_str_has_prefix(url, "/v1/documents/")) {
    if (!get)
      return respond_error(s, c, EP_DOCUMENTS, req, MHD_HTTP_METHOD_NOT_ALLOWED,
                           "use GET");
    return handle_document(s, c, req, url + strlen("/v1/documents/"));
  }
  if (strcmp(url, "/v1/health") == 0) {
    if (!get)
      return respond_error(s, c, EP_HEALTH, req, MHD_HTTP_METHOD_NOT_ALLOWED,
                           "use GET");
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
  if (strcmp(url, "/metrics") == 0) {
    if (!get)
      return respond_error(s, c, EP_METRICS, req, MHD_HTTP_METHOD_NOT_ALLOWED,
                           "use GET");
    return handle_metrics(s, c, req);
  }
  return respond_error(s, c, EP_OTHER, req, MHD_HTTP_NOT_FOUND, "not found");
}

static void
request_completed(void *cls, struct MHD_Connection *c, void **con_cls,
                  enum MHD_RequestTerminationCode toe)
{
  Request *req = *con_cls;
  if (!req)
    return;
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
                  "bad unix socket path");
      return -1;
    }
    g_strlcpy(sun.sun_path, path, sizeof sun.sun_path);
    GStatBuf st;
    if (g_lstat(path, &st) == 0 && S_ISSOCK(st.st_mode))
      g_unlink(path); /* stale socket of a previous run */
    fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    mode_t old = umask(077);
    if (fd < 0 || bind(fd, (struct sockaddr *)&sun, sizeof sun) != 0 ||
        listen(fd, 128) != 0) {
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
                  "expected [ADDRESS]:PORT");
      return -1;
    }
    host = g_strndup(spec + 1, end - spec - 1);
    port_s = end + 2;
  } else {
    const char *colon = strrchr(spec, ':');
    if (!colon) {
      g_set_error(error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                  "expected HOST:PORT or unix:PATH");
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
    g_set_error(error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, "bad port");
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
                "'%s' is not an IP address", host);
    return -1;
  }
  fd = socket(ss.ss_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
  int one = 1;
  if (fd >= 0)
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  if (fd < 0 || bind(fd, (struct sockaddr *)&ss, sl) != 0 ||
      listen(fd, 128) != 0) {
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
  struct MHD_Daemon *daemon;
  int fd;
  char *unix_path;
};

CvHttp *
cv_http_new(CvOwner *owner, const char *listen, guint threads, char **shown,
            gboolean *loopback, guint *n_tokens, GError **error)
{
  int fd = listen_socket(listen, shown, loopback, error);
  if (fd < 0)
    return NULL;
  CvHttp *http = g_new0(CvHttp, 1);
  Server *s = &http->s;
  s->owner = cv_owner_ref(owner);
  s->store_dir = g_strdup(cv_owner_dir(owner));
  s->tokens_path = cv_tokens_path(s->store_dir);
  g_mutex_init(&s->lock);
  g_mutex_lock(&s->lock);
  server_refresh_tokens(s);
  *n_tokens = s->tokens->len;
  g_mutex_unlock(&s->lock);
  http->fd = fd;
  if (g_str_has_prefix(*shown, "unix:"))
    http->unix_path = g_strdup(*shown + 5);
  http->daemon = MHD_start_daemon(
      MHD_USE_AUTO_INTERNAL_THREAD | MHD_USE_ERROR_LOG, 0, NULL, NULL, handle,
      s, MHD_OPTION_LISTEN_SOCKET, fd, MHD_OPTION_THREAD_POOL_SIZE,
      (unsigned int)threads, MHD_OPTION_CONNECTION_TIMEOUT,
      (unsigned int)CONNECTION_TIMEOUT, MHD_OPTION_CONNECTION_LIMIT,
      (unsigned int)CONNECTION_LIMIT, MHD_OPTION_CONNECTION_MEMORY_LIMIT,
      (size_t)(128 * 1024), MHD_OPTION_NOTIFY_COMPLETED, request_completed, s,
      MHD_OPTION_END);
  if (http->daemon == NULL) {
    g_set_error(error, G_IO_ERROR, G_IO_ERROR_FAILED,
                "cannot start the HTTP server");
    cv_http_free(http);
    return NULL;
  }
  return http;
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
cv_http_free(CvHttp *http)
{
  if (http == NULL)
    return;
  /* Waits for the requests in flight. */
  if (http->daemon)
    MHD_stop_daemon(http->daemon);
  close(http->fd);
  if (http->unix_path)
    g_unlink(http->unix_path);
  Server *s = &http->s;
  if (s->tokens)
    g_ptr_array_unref(s->tokens);
  g_free(s->tokens_path);
  g_free(s->store_dir);
  g_mutex_clear(&s->lock);
  cv_owner_unref(s->owner);
  g_free(http->unix_path);
  g_free(http);
}
