/* cmd-serve.c — `caviar serve`, the HTTP/JSON API for RAG services, and
 * `caviar token`, its bearer tokens.
 *
 * API (libmicrohttpd thread pool, json-glib):
 *   POST /v1/search {"collection", "query", "k"}  -> {"results": [...]}
 *   GET  /v1/documents/{id}?collection=C           -> the document's chunks
 *   GET  /v1/health                                -> {"status": "ok"}
 *   GET  /metrics                                  -> Prometheus text
 * /v1/search and /v1/documents need "Authorization: Bearer TOKEN" with a
 * token of that collection: none or unknown -> 401, another collection's
 * -> 403.  Bodies over 64 KiB -> 413, bad JSON, query or k -> 400.
 *
 * Tokens live in STORE_DIR/tokens (0600, refused if group/other can read
 * it), one line each: "v1 ID COLLECTION SALT HASH CREATED", HASH being
 * BLAKE2b-256 of the secret keyed with the salt.  A token is
 * "cvt_ID_SECRET", printed once by `caviar token create`.  The server
 * re-reads the file when it changes, so revocation needs no restart.
 *
 * The store is opened read-only with shared handles used by all worker
 * threads (the store's read functions are thread-safe).  Listens on
 * 127.0.0.1:8750 unless told otherwise; SIGINT/SIGTERM stop it after the
 * requests in flight.
 */
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

#include <glib-unix.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <microhttpd.h>
#include <sodium.h>

#include "cli.h"

#define BODY_MAX (64 * 1024)
#define QUERY_MAX 1024
#define K_MAX 100
#define K_DEFAULT 10
#define TOKEN_ID_BYTES 8
#define TOKEN_SECRET_BYTES 32
#define TOKEN_SALT_BYTES 16
#define TOKENS_FILE_MAX (4 * 1024 * 1024)
#define CONNECTION_TIMEOUT 30 /* seconds of inactivity */
#define CONNECTION_LIMIT 256

/* ------------------------------------------------------------------ */
/* Tokens                                                              */
/* ------------------------------------------------------------------ */

typedef struct {
  char id[TOKEN_ID_BYTES * 2 + 1];
  char *collection;
  guint8 salt[TOKEN_SALT_BYTES];
  guint8 hash[32];
  gint64 created;
} Token;

static void
token_free(gpointer p)
{
  Token *t = p;
  if (!t)
    return;
  g_free(t->collection);
  sodium_memzero(t, sizeof *t);
  g_free(t);
}

static char *
tokens_path(const char *store_dir)
{
  return g_build_filename(store_dir, "tokens", NULL);
}

static gboolean
hex_decode(const char *hex, guint8 *out, gsize n)
{
  if (strlen(hex) != n * 2)
    return FALSE;
  size_t bin_len = 0;
  return sodium_hex2bin(out, n, hex, n * 2, NULL, &bin_len, NULL) == 0 &&
         bin_len == n;
}

/* Reads the token file (missing = no tokens).  *mtime gets its mtime. */
static GPtrArray *
tokens_load(const char *path, gint64 *mtime, GError **error)
{
  GPtrArray *tokens = g_ptr_array_new_with_free_func(token_free);
  GStatBuf st;
  if (g_stat(path, &st) != 0) {
    if (errno == ENOENT) {
      if (mtime)
        *mtime = 0;
      return tokens;
    }
    g_set_error(error, G_FILE_ERROR, g_file_error_from_errno(errno),
                "%s: %s", path, g_strerror(errno));
    g_ptr_array_unref(tokens);
    return NULL;
  }
  if (st.st_mode & 077) {
    g_set_error(error, G_FILE_ERROR, G_FILE_ERROR_PERM,
                "%s: readable by group or others; chmod 600 it", path);
    g_ptr_array_unref(tokens);
    return NULL;
  }
  if (st.st_size > TOKENS_FILE_MAX) {
    g_set_error(error, G_FILE_ERROR, G_FILE_ERROR_FAILED, "%s: too large", path);
    g_ptr_array_unref(tokens);
    return NULL;
  }
  if (mtime)
    *mtime = (gint64)st.st_mtim.tv_sec * 1000000000 + st.st_mtim.tv_nsec;
  g_autofree char *data = NULL;
  if (!g_file_get_contents(path, &data, NULL, error)) {
    g_ptr_array_unref(tokens);
    return NULL;
  }
  g_auto(GStrv) lines = g_strsplit(data, "\n", -1);
  for (guint i = 0; lines[i]; i++) {
    if (!*lines[i] || lines[i][0] == '#')
      continue;
    g_auto(GStrv) f = g_strsplit(lines[i], " ", -1);
    if (g_strv_length(f) != 6 || strcmp(f[0], "v1") != 0)
      continue; /* unknown line: skipped, never fatal */
    Token *t = g_new0(Token, 1);
    if (strlen(f[1]) != TOKEN_ID_BYTES * 2 ||
        !hex_decode(f[3], t->salt, TOKEN_SALT_BYTES) ||
        !hex_decode(f[4], t->hash, sizeof t->hash)) {
      token_free(t);
      continue;
    }
    g_strlcpy(t->id, f[1], sizeof t->id);
    t->collection = g_strdup(f[2]);
    t->created = g_ascii_strtoll(f[5], NULL, 10);
    g_ptr_array_add(tokens, t);
  }
  return tokens;
}

static gboolean
tokens_save(const char *path, GPtrArray *tokens, GError **error)
{
  g_autoptr(GString) s = g_string_new("# caviar API tokens: v1 ID COLLECTION SALT HASH CREATED\n");
  for (guint i = 0; i < tokens->len; i++) {
    Token *t = tokens->pdata[i];
    char salt[TOKEN_SALT_BYTES * 2 + 1], hash[65];
    sodium_bin2hex(salt, sizeof salt, t->salt, sizeof t->salt);
    sodium_bin2hex(hash, sizeof hash, t->hash, sizeof t->hash);
    g_string_append_printf(s, "v1 %s %s %s %s %" G_GINT64_FORMAT "\n", t->id,
                           t->collection, salt, hash, t->created);
  }
  g_autofree char *dir = g_path_get_dirname(path);
  if (g_mkdir_with_parents(dir, 0700) != 0) {
    g_set_error(error, G_FILE_ERROR, g_file_error_from_errno(errno), "%s: %s",
                dir, g_strerror(errno));
    return FALSE;
  }
  return g_file_set_contents_full(path, s->str, (gssize)s->len,
                                  G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}

static void
token_hash(const guint8 *secret, const guint8 salt[TOKEN_SALT_BYTES],
           guint8 out[32])
{
  crypto_generichash(out, 32, secret, TOKEN_SECRET_BYTES, salt, TOKEN_SALT_BYTES);
}

/* Finds the token matching "cvt_ID_SECRET", or NULL. */
static Token *
tokens_match(GPtrArray *tokens, const char *presented)
{
  if (!presented || strncmp(presented, "cvt_", 4) != 0)
    return NULL;
  const char *id = presented + 4;
  const char *us = strchr(id, '_');
  if (!us || us - id != TOKEN_ID_BYTES * 2)
    return NULL;
  guint8 secret[TOKEN_SECRET_BYTES];
  if (!hex_decode(us + 1, secret, sizeof secret))
    return NULL;
  Token *found = NULL;
  for (guint i = 0; i < tokens->len && !found; i++) {
    Token *t = tokens->pdata[i];
    if (strncmp(t->id, id, TOKEN_ID_BYTES * 2) != 0)
      continue;
    guint8 h[32];
    token_hash(secret, t->salt, h);
    if (sodium_memcmp(h, t->hash, sizeof h) == 0)
      found = t;
  }
  sodium_memzero(secret, sizeof secret);
  return found;
}

static gboolean collection_name_ok(const char *name);

static int
token_create(CvCliCommon *common, const char *path)
{
  if (!collection_name_ok(common->collection)) {
    cv_cli_error("token: invalid collection name");
    return CV_EXIT_USAGE;
  }
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) tokens = tokens_load(path, NULL, &error);
  if (!tokens) {
    cv_cli_error("token: %s", error->message);
    return CV_EXIT_FAIL;
  }
  Token *t = g_new0(Token, 1);
  guint8 id[TOKEN_ID_BYTES];
  randombytes_buf(id, sizeof id);
  sodium_bin2hex(t->id, sizeof t->id, id, sizeof id);
  t->collection = g_strdup(common->collection);
  randombytes_buf(t->salt, sizeof t->salt);
  guint8 secret[TOKEN_SECRET_BYTES];
  randombytes_buf(secret, sizeof secret);
  token_hash(secret, t->salt, t->hash);
  t->created = g_get_real_time() / G_USEC_PER_SEC;
  g_ptr_array_add(tokens, t);
  if (!tokens_save(path, tokens, &error)) {
    sodium_memzero(secret, sizeof secret);
    cv_cli_error("token: %s", error->message);
    return CV_EXIT_FAIL;
  }
  char secret_hex[TOKEN_SECRET_BYTES * 2 + 1];
  sodium_bin2hex(secret_hex, sizeof secret_hex, secret, sizeof secret);
  sodium_memzero(secret, sizeof secret);
  if (common->json)
    printf("{\"id\": \"%s\", \"collection\": \"%s\", \"token\": \"cvt_%s_%s\"}\n",
           t->id, t->collection, t->id, secret_hex);
  else {
    printf("cvt_%s_%s\n", t->id, secret_hex);
    if (!common->quiet)
      fprintf(stderr,
              "caviar token: created %s for collection '%s'; it is shown only once\n",
              t->id, t->collection);
  }
  sodium_memzero(secret_hex, sizeof secret_hex);
  fflush(stdout);
  return CV_EXIT_OK;
}

static int
token_list(CvCliCommon *common, const char *path, gboolean all)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) tokens = tokens_load(path, NULL, &error);
  if (!tokens) {
    cv_cli_error("token: %s", error->message);
    return CV_EXIT_FAIL;
  }
  g_autoptr(JsonBuilder) b = json_builder_new();
  json_builder_begin_array(b);
  for (guint i = 0; i < tokens->len; i++) {
    Token *t = tokens->pdata[i];
    if (!all && strcmp(t->collection, common->collection) != 0)
      continue;
    g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc(t->created);
    g_autofree char *when = dt ? g_date_time_format_iso8601(dt) : g_strdup("?");
    if (common->json) {
      json_builder_begin_object(b);
      json_builder_set_member_name(b, "id");
      json_builder_add_string_value(b, t->id);
      json_builder_set_member_name(b, "collection");
      json_builder_add_string_value(b, t->collection);
      json_builder_set_member_name(b, "created");
      json_builder_add_string_value(b, when);
      json_builder_end_object(b);
    } else {
      printf("%s  %-20s  %s\n", t->id, t->collection, when);
    }
  }
  json_builder_end_array(b);
  if (common->json) {
    g_autoptr(JsonGenerator) gen = json_generator_new();
    g_autoptr(JsonNode) root = json_builder_get_root(b);
    json_generator_set_root(gen, root);
    g_autofree char *s = json_generator_to_data(gen, NULL);
    printf("%s\n", s);
  }
  return CV_EXIT_OK;
}

static int
token_revoke(const char *path, const char *id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) tokens = tokens_load(path, NULL, &error);
  if (!tokens) {
    cv_cli_error("token: %s", error->message);
    return CV_EXIT_FAIL;
  }
  guint before = tokens->len;
  for (guint i = tokens->len; i-- > 0;) {
    Token *t = tokens->pdata[i];
    if (strcmp(t->id, id) == 0)
      g_ptr_array_remove_index(tokens, i);
  }
  if (tokens->len == before) {
    cv_cli_error("token: no token %s", id);
    return CV_EXIT_FAIL;
  }
  if (!tokens_save(path, tokens, &error)) {
    cv_cli_error("token: %s", error->message);
    return CV_EXIT_FAIL;
  }
  return CV_EXIT_OK;
}

int
cv_cmd_token(int argc, char **argv)
{
  CvCliCommon common = { 0 };
  gboolean all = FALSE;
  GOptionEntry entries[] = {
    { "all", 'a', 0, G_OPTION_ARG_NONE, &all, "list: tokens of every collection", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) ctx = g_option_context_new("create | list | revoke ID");
  g_option_context_set_summary(
      ctx, "Manages the bearer tokens of `caviar serve`.  A token gives access to\n"
           "one collection; only its salted hash is kept (STORE/tokens, mode 0600).\n"
           "  create   makes a token for --collection and prints it once\n"
           "  list     shows token ids of --collection (or --all)\n"
           "  revoke   deletes a token by id (a running server notices)");
  cv_cli_add_common(ctx, &common, TRUE);
  g_option_context_add_main_entries(ctx, entries, NULL);
  if (!cv_cli_parse(ctx, &argc, &argv)) {
    cv_cli_common_clear(&common);
    return CV_EXIT_USAGE;
  }
  cv_cli_resolve(&common);
  int rc = CV_EXIT_USAGE;
  g_autofree char *path = tokens_path(common.store_dir);
  if (argc == 2 && strcmp(argv[1], "create") == 0)
    rc = token_create(&common, path);
  else if (argc == 2 && strcmp(argv[1], "list") == 0)
    rc = token_list(&common, path, all);
  else if (argc == 3 && strcmp(argv[1], "revoke") == 0)
    rc = token_revoke(path, argv[2]);
  else
    fprintf(stderr, "caviar token: expected create, list or revoke ID\n"
                    "Try 'caviar help token'.\n");
  cv_cli_common_clear(&common);
  return rc;
}

static gboolean
collection_name_ok(const char *name)
{
  gsize n = name ? strlen(name) : 0;
  if (n == 0 || n > 64)
    return FALSE;
  for (const char *p = name; *p; p++)
    if (!g_ascii_isalnum(*p) && *p != '-' && *p != '_' && *p != '.')
      return FALSE;
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Server                                                              */
/* ------------------------------------------------------------------ */

enum { EP_SEARCH, EP_DOCUMENTS, EP_HEALTH, EP_METRICS, EP_OTHER, N_EP };
static const char *const ep_names[N_EP] = { "search", "documents", "health",
                                            "metrics", "other" };
static const guint codes[] = { 200, 400, 401, 403, 404, 405, 413, 500 };
#define N_CODES G_N_ELEMENTS(codes)
static const double buckets[] = { 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                  0.1, 0.25, 0.5, 1.0, 2.5 };
#define N_BUCKETS G_N_ELEMENTS(buckets)

typedef struct {
  CvStore *store;
  char *store_dir;
  char *tokens_path;

  GMutex lock;               /* guards everything below */
  GPtrArray *tokens;         /* Token* */
  gint64 tokens_mtime;
  gint64 tokens_checked;     /* monotonic usec of the last stat */
  GHashTable *collections;   /* name -> CvCollection* (owned by store) */
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
server_refresh_tokens(Server *s)
{
  gint64 now = g_get_monotonic_time();
  if (s->tokens && now - s->tokens_checked < G_USEC_PER_SEC)
    return;
  s->tokens_checked = now;
  GStatBuf st;
  gint64 mtime = 0;
  if (g_stat(s->tokens_path, &st) == 0)
    mtime = (gint64)st.st_mtim.tv_sec * 1000000000 + st.st_mtim.tv_nsec;
  if (s->tokens && mtime == s->tokens_mtime)
    return;
  g_autoptr(GError) error = NULL;
  GPtrArray *tokens = tokens_load(s->tokens_path, &s->tokens_mtime, &error);
  if (!tokens) {
    /* Fail closed: no token is accepted until the file is fixed. */
    g_warning("caviar serve: %s", error->message);
    tokens = g_ptr_array_new_with_free_func(token_free);
  }
  if (s->tokens)
    g_ptr_array_unref(s->tokens);
  s->tokens = tokens;
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
  Token *t = tokens_match(s->tokens, presented);
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
  g_mutex_lock(&s->lock);
  CvCollection *coll = g_hash_table_lookup(s->collections, name);
  if (!coll) {
    coll = cv_store_collection(s->store, name, error);
    if (coll)
      g_hash_table_insert(s->collections, g_strdup(name), coll);
  }
  g_mutex_unlock(&s->lock);
  return coll;
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

static void
wipe_free_cb(void *p)
{
  /* Response bodies may hold chunk text: wipe them when MHD is done. */
  if (p) {
    sodium_memzero(p, strlen(p));
    g_free(p);
  }
}

static enum MHD_Result
respond(struct MHD_Connection *c, guint code, const char *type, char *body)
{
  struct MHD_Response *r = MHD_create_response_from_buffer_with_free_callback(
      strlen(body), body, wipe_free_cb);
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
  if (!json_parser_load_from_data(parser, req->body->str, (gssize)req->body->len,
                                  NULL) ||
      !JSON_NODE_HOLDS_OBJECT(json_parser_get_root(parser)))
    return respond_error(s, c, ep, req, MHD_HTTP_BAD_REQUEST,
                         "body must be a JSON object");
  JsonObject *o = json_node_get_object(json_parser_get_root(parser));
  JsonNode *cn = json_object_get_member(o, "collection");
  const char *collection = "default";
  if (cn) {
    if (!JSON_NODE_HOLDS_VALUE(cn) || json_node_get_value_type(cn) != G_TYPE_STRING)
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
  g_autoptr(GPtrArray) results =
      coll ? cv_store_search(coll, query, (guint)k, &error) : NULL;
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
    d->source = g_strdup(info->source);
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
  if (!coll || !cv_store_has_document(coll, doc_id, &error)) {
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
  g_string_append(out, "# HELP caviar_http_requests_total HTTP requests by endpoint and status.\n"
                       "# TYPE caviar_http_requests_total counter\n");
  for (guint e = 0; e < N_EP; e++)
    for (guint i = 0; i <= N_CODES; i++)
      if (s->requests[e][i])
        g_string_append_printf(out,
                               "caviar_http_requests_total{endpoint=\"%s\",code=\"%s%u\"} %"
                               G_GUINT64_FORMAT "\n",
                               ep_names[e], i < N_CODES ? "" : "other",
                               i < N_CODES ? codes[i] : 0, s->requests[e][i]);
  g_string_append(out, "# HELP caviar_http_request_duration_seconds Request latency.\n"
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
      g_string_append_printf(out,
                             "caviar_http_request_duration_seconds_bucket{endpoint=\"%s\","
                             "le=\"%s\"} %" G_GUINT64_FORMAT "\n",
                             ep_names[e], le, cum);
    }
    char sum[G_ASCII_DTOSTR_BUF_SIZE];
    g_ascii_dtostr(sum, sizeof sum, s->latency_sum[e]);
    g_string_append_printf(out,
                           "caviar_http_request_duration_seconds_sum{endpoint=\"%s\"} %s\n"
                           "caviar_http_request_duration_seconds_count{endpoint=\"%s\"} %"
                           G_GUINT64_FORMAT "\n",
                           ep_names[e], sum, ep_names[e], s->latency_count[e]);
  }
  g_string_append_printf(out,
                         "# HELP caviar_store_disk_bytes Size of the store directory.\n"
                         "# TYPE caviar_store_disk_bytes gauge\n"
                         "caviar_store_disk_bytes %" G_GUINT64_FORMAT "\n",
                         s->disk_bytes);
  g_mutex_unlock(&s->lock);
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
    if (cl && g_ascii_string_to_unsigned(cl, 10, 0, G_MAXUINT64, &declared, NULL) &&
        declared > BODY_MAX) {
      req->too_large = TRUE;
      return respond_error(s, c, strcmp(url, "/v1/search") == 0 ? EP_SEARCH : EP_OTHER,
                           req, MHD_HTTP_CONTENT_TOO_LARGE,
                           "request body larger than 64 KiB");
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
      return respond_error(s, c, EP_SEARCH, req, MHD_HTTP_METHOD_NOT_ALLOWED, "use POST");
    return handle_search(s, c, req);
  }
  if (g_str_has_prefix(url, "/v1/documents/")) {
    if (!get)
      return respond_error(s, c, EP_DOCUMENTS, req, MHD_HTTP_METHOD_NOT_ALLOWED, "use GET");
    return handle_document(s, c, req, url + strlen("/v1/documents/"));
  }
  if (strcmp(url, "/v1/health") == 0) {
    if (!get)
      return respond_error(s, c, EP_HEALTH, req, MHD_HTTP_METHOD_NOT_ALLOWED, "use GET");
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
      return respond_error(s, c, EP_METRICS, req, MHD_HTTP_METHOD_NOT_ALLOWED, "use GET");
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
  if (fd < 0 || bind(fd, (struct sockaddr *)&ss, sl) != 0 || listen(fd, 128) != 0) {
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
  *shown = ss.ss_family == AF_INET6 ? g_strdup_printf("http://[%s]:%u", host, bport)
                                    : g_strdup_printf("http://%s:%u", host, bport);
  return fd;
}

static gboolean
on_signal(gpointer data)
{
  g_main_loop_quit(data);
  return G_SOURCE_REMOVE;
}

int
cv_cmd_serve(int argc, char **argv)
{
  CvCliCommon common = { 0 };
  g_autofree char *listen_spec = NULL;
  gint threads = 4;
  GOptionEntry entries[] = {
    { "listen", 'l', 0, G_OPTION_ARG_STRING, &listen_spec,
      "Address: HOST:PORT, [V6]:PORT or unix:PATH (default 127.0.0.1:8750; port 0 = any)",
      "ADDR" },
    { "threads", 't', 0, G_OPTION_ARG_INT, &threads,
      "Worker threads (1-64, default 4)", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) ctx = g_option_context_new("");
  g_option_context_set_summary(
      ctx, "Serves the store over HTTP/JSON for RAG services:\n"
           "  POST /v1/search {\"collection\", \"query\", \"k\"}\n"
           "  GET  /v1/documents/ID?collection=C\n"
           "  GET  /v1/health, GET /metrics (Prometheus)\n"
           "Search and documents need 'Authorization: Bearer TOKEN' (caviar token).\n"
           "The store is opened read-only: restart to see documents ingested since.");
  cv_cli_add_common(ctx, &common, FALSE);
  g_option_context_add_main_entries(ctx, entries, NULL);
  if (!cv_cli_parse(ctx, &argc, &argv)) {
    cv_cli_common_clear(&common);
    return CV_EXIT_USAGE;
  }
  if (argc != 1 || threads < 1 || threads > 64) {
    fprintf(stderr, "caviar serve: unexpected arguments\nTry 'caviar help serve'.\n");
    cv_cli_common_clear(&common);
    return CV_EXIT_USAGE;
  }
  signal(SIGPIPE, SIG_IGN);

  g_autoptr(GError) error = NULL;
  g_autoptr(CvStore) store = cv_cli_open_store(&common, FALSE, TRUE, &error);
  if (!store) {
    cv_cli_error("serve: %s", error->message);
    cv_cli_common_clear(&common);
    return CV_EXIT_FAIL;
  }
  g_autofree char *shown = NULL;
  gboolean loopback = FALSE;
  int fd = listen_socket(listen_spec ? listen_spec : "127.0.0.1:8750", &shown,
                         &loopback, &error);
  if (fd < 0) {
    cv_cli_error("serve: %s", error->message);
    cv_cli_common_clear(&common);
    return CV_EXIT_FAIL;
  }

  Server s = { 0 };
  s.store = store;
  s.store_dir = common.store_dir;
  s.tokens_path = tokens_path(common.store_dir);
  g_mutex_init(&s.lock);
  s.collections = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  g_mutex_lock(&s.lock);
  server_refresh_tokens(&s);
  guint n_tokens = s.tokens->len;
  g_mutex_unlock(&s.lock);

  struct MHD_Daemon *d = MHD_start_daemon(
      MHD_USE_AUTO_INTERNAL_THREAD | MHD_USE_ERROR_LOG, 0, NULL, NULL, handle, &s,
      MHD_OPTION_LISTEN_SOCKET, fd,
      MHD_OPTION_THREAD_POOL_SIZE, (unsigned int)threads,
      MHD_OPTION_CONNECTION_TIMEOUT, (unsigned int)CONNECTION_TIMEOUT,
      MHD_OPTION_CONNECTION_LIMIT, (unsigned int)CONNECTION_LIMIT,
      MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)(128 * 1024),
      MHD_OPTION_NOTIFY_COMPLETED, request_completed, &s,
      MHD_OPTION_END);
  int rc = CV_EXIT_OK;
  if (!d) {
    cv_cli_error("serve: cannot start the HTTP server");
    close(fd);
    rc = CV_EXIT_FAIL;
  } else {
    if (!loopback)
      fprintf(stderr, "caviar serve: warning: listening beyond this machine; "
                      "put TLS in front\n");
    if (n_tokens == 0)
      fprintf(stderr, "caviar serve: no tokens yet: 'caviar token create "
                      "--collection C' (the server picks them up)\n");
    printf("caviar serve: listening on %s\n", shown);
    fflush(stdout);
    g_autoptr(GMainLoop) loop = g_main_loop_new(NULL, FALSE);
    g_unix_signal_add(SIGINT, on_signal, loop);
    g_unix_signal_add(SIGTERM, on_signal, loop);
    g_main_loop_run(loop);
    if (!common.quiet)
      fprintf(stderr, "caviar serve: stopping\n");
    /* Waits for the requests in flight. */
    MHD_stop_daemon(d);
    close(fd);
    if (g_str_has_prefix(shown, "unix:"))
      g_unlink(shown + 5);
  }
  g_hash_table_unref(s.collections);
  if (s.tokens)
    g_ptr_array_unref(s.tokens);
  g_free(s.tokens_path);
  g_mutex_clear(&s.lock);
  cv_cli_common_clear(&common);
  return rc;
}
