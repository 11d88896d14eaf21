/* http-parse.c — parsing the request input that is ours (see
 * http-parse.h): search and lists bodies, cursors, query parameters. */
#include <string.h>

#include <glib/gi18n-lib.h>
#include <sodium.h>

#include "http-parse.h"

#define CURSOR_MAC 16
#define CURSOR_RAW (4 + CURSOR_MAC)
#define CURSOR_MAX 64 /* characters of a cursor: "1" and base64url */

static const char *const search_fields[] = { "query",  "k",          "offset",
                                             "cursor", "collection", "filter",
                                             NULL };
static const char *const filter_fields[] = {
  "source_prefix",   "type", "lang", "ingested_after",
  "ingested_before", "doc",  NULL
};

static gboolean
fail(CvHttpError *e, const char *code, const char *fmt, char *s, int n)
{
  e->code = code;
  e->fmt = fmt;
  g_free(e->s);
  e->s = s;
  e->n = n;
  return FALSE;
}

void
cv_http_error_clear(CvHttpError *e)
{
  g_clear_pointer(&e->s, g_free);
  e->code = e->fmt = NULL;
}

char *
cv_http_error_format(const CvHttpError *e, const char *fmt)
{
  /* the messages take "%s" (e->s) and "%d" (e->n), nothing else: each is
   * put in by hand, never through printf with a translated format */
  GString *out = g_string_new(NULL);
  for (const char *p = fmt; *p; p++) {
    if (p[0] == '%' && p[1] == 's') {
      g_string_append(out, e->s ? e->s : "");
      p++;
    } else if (p[0] == '%' && p[1] == 'd') {
      g_string_append_printf(out, "%d", e->n);
      p++;
    } else if (p[0] == '%' && p[1] == '%') {
      g_string_append_c(out, '%');
      p++;
    } else {
      g_string_append_c(out, *p);
    }
  }
  return g_string_free(out, FALSE);
}

/* The members of @o not in @known, comma-separated (NULL: none). */
static char *
unknown_members(JsonObject *o, const char *const *known)
{
  GString *out = NULL;
  g_autoptr(GList) names = json_object_get_members(o);
  for (GList *l = names; l; l = l->next) {
    if (g_strv_contains(known, l->data))
      continue;
    if (!out)
      out = g_string_new(NULL);
    else
      g_string_append(out, ", ");
    /* names are client input: escaped and capped */
    g_autofree char *name = g_strescape(l->data, NULL);
    if (strlen(name) > 64)
      name[64] = '\0';
    g_string_append_printf(out, "\"%s\"", name);
    if (out->len > 512)
      break;
  }
  return out ? g_string_free(out, FALSE) : NULL;
}

static gboolean
member_string(JsonObject *o, const char *name, gsize max, const char **out)
{
  JsonNode *n = json_object_get_member(o, name);
  if (!n || JSON_NODE_HOLDS_NULL(n))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE(n) || json_node_get_value_type(n) != G_TYPE_STRING)
    return FALSE;
  *out = json_node_get_string(n);
  return strlen(*out) <= max && g_utf8_validate(*out, -1, NULL);
}

/* A time: unix seconds (integer) or an RFC 3339 date-time / date. */
static gboolean
member_time(JsonObject *o, const char *name, gboolean *set, gint64 *out)
{
  JsonNode *n = json_object_get_member(o, name);
  if (!n || JSON_NODE_HOLDS_NULL(n))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE(n))
    return FALSE;
  *set = TRUE;
  if (json_node_get_value_type(n) == G_TYPE_INT64) {
    *out = json_node_get_int(n);
    return TRUE;
  }
  if (json_node_get_value_type(n) != G_TYPE_STRING)
    return FALSE;
  const char *v = json_node_get_string(n);
  if (strlen(v) > 64)
    return FALSE;
  g_autofree char *full =
      strlen(v) == 10 ? g_strconcat(v, "T00:00:00Z", NULL) : g_strdup(v);
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc();
  g_autoptr(GDateTime) dt = g_date_time_new_from_iso8601(full, utc);
  if (!dt)
    return FALSE;
  *out = g_date_time_to_unix(dt);
  return TRUE;
}

/* An integer member in [min, max], or absent / null (*set FALSE). */
static gboolean
member_int(JsonObject *o, const char *name, gint64 min, gint64 max,
           gboolean *set, gint64 *out)
{
  JsonNode *n = json_object_get_member(o, name);
  *set = FALSE;
  if (!n || JSON_NODE_HOLDS_NULL(n))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE(n) || json_node_get_value_type(n) != G_TYPE_INT64 ||
      json_node_get_int(n) < min || json_node_get_int(n) > max)
    return FALSE;
  *set = TRUE;
  *out = json_node_get_int(n);
  return TRUE;
}

/* The body as a JSON object, or FALSE. */
static JsonObject *
parse_object(JsonParser **parser, const char *body, gsize len)
{
  *parser = json_parser_new_immutable();
  /* an empty body loads "successfully" with no root (json-glib): a NULL
   * node is a GLib critical in JSON_NODE_HOLDS_OBJECT (found by fuzz-http) */
  if (len > G_MAXSSIZE ||
      !json_parser_load_from_data(*parser, body, (gssize)len, NULL) ||
      json_parser_get_root(*parser) == NULL ||
      !JSON_NODE_HOLDS_OBJECT(json_parser_get_root(*parser)))
    return NULL;
  return json_node_get_object(json_parser_get_root(*parser));
}

void
cv_http_search_clear(CvHttpSearch *r)
{
  g_clear_object(&r->parser);
  g_clear_pointer(&r->filter_json, g_free);
}

gboolean
cv_http_search_parse_head(CvHttpSearch *r, const char *body, gsize len,
                          CvHttpError *e)
{
  memset(r, 0, sizeof *r);
  r->collection = "default";
  r->k = CV_HTTP_K_DEFAULT;
  r->root = parse_object(&r->parser, body, len);
  if (r->root == NULL)
    return fail(e, "bad_json", N_("the body must be a JSON object"), NULL, 0);
  if (!member_string(r->root, "collection", 255, &r->collection))
    return fail(e, "bad_collection", N_("\"collection\" must be a string"),
                NULL, 0);
  return TRUE;
}

static gboolean
parse_filter(CvHttpSearch *r, JsonObject *fo, CvHttpError *e)
{
  CvSearchFilter *f = &r->filter;
  char *unknown = unknown_members(fo, filter_fields);
  if (unknown)
    return fail(e, "unknown_field", N_("unknown fields in \"filter\": %s"),
                unknown, 0);
  r->has_filter = TRUE;
  if (!member_string(fo, "source_prefix", CV_HTTP_QUERY_MAX, &f->source_prefix))
    return fail(e, "bad_filter",
                N_("\"filter.%s\" must be a string of at most %d bytes"),
                g_strdup("source_prefix"), CV_HTTP_QUERY_MAX);
  if (!member_string(fo, "type", 255, &f->type))
    return fail(e, "bad_filter",
                N_("\"filter.%s\" must be a string of at most %d bytes"),
                g_strdup("type"), 255);
  if (!member_string(fo, "lang", 16, &f->lang) ||
      (f->lang && strcmp(f->lang, "fr") != 0 && strcmp(f->lang, "en") != 0))
    return fail(e, "bad_filter", N_("\"filter.lang\" must be \"fr\" or \"en\""),
                NULL, 0);
  if (!member_time(fo, "ingested_after", &f->has_after, &f->ingested_after) ||
      !member_time(fo, "ingested_before", &f->has_before, &f->ingested_before))
    return fail(e, "bad_filter",
                N_("\"filter.ingested_after\" and \"filter.ingested_before\" "
                   "are RFC 3339 dates (2026-01-31 or 2026-01-31T12:00:00Z) "
                   "or unix seconds"),
                NULL, 0);
  if (!member_string(fo, "doc", CV_DOC_ID_LEN, &f->doc) ||
      (f->doc && !cv_http_doc_id_ok(f->doc)))
    return fail(e, "bad_filter",
                N_("\"filter.doc\" must be a document id (32 hexadecimal "
                   "characters)"),
                NULL, 0);
  return TRUE;
}

gboolean
cv_http_search_parse_rest(CvHttpSearch *r, CvHttpError *e)
{
  JsonObject *o = r->root;
  char *unknown = unknown_members(o, search_fields);
  if (unknown)
    return fail(e, "unknown_field", N_("unknown fields in the request: %s"),
                unknown, 0);
  if (!member_string(o, "query", G_MAXSIZE, &r->query) || !r->query)
    return fail(e, "query_required", N_("\"query\" (a string) is required"),
                NULL, 0);
  if (strlen(r->query) > CV_HTTP_QUERY_MAX || !*r->query)
    return fail(e, "query_length", N_("\"query\" must be 1 to %d bytes"), NULL,
                CV_HTTP_QUERY_MAX);
  gboolean has_k = FALSE;
  if (!member_int(o, "k", 1, CV_HTTP_K_MAX, &has_k, &r->k))
    return fail(e, "k_out_of_range", N_("\"k\" must be an integer from 1 to %d"),
                NULL, CV_HTTP_K_MAX);
  if (!member_int(o, "offset", 0, CV_SEARCH_OFFSET_MAX, &r->has_offset,
                  &r->offset))
    return fail(e, "offset_out_of_range",
                N_("\"offset\" must be an integer from 0 to %d"), NULL,
                CV_SEARCH_OFFSET_MAX);
  JsonNode *fn = json_object_get_member(o, "filter");
  if (fn && !JSON_NODE_HOLDS_NULL(fn)) {
    if (!JSON_NODE_HOLDS_OBJECT(fn))
      return fail(e, "bad_filter", N_("\"filter\" must be an object"), NULL, 0);
    if (!parse_filter(r, json_node_get_object(fn), e))
      return FALSE;
    r->filter_json = json_to_string(fn, FALSE);
  }
  JsonNode *cn = json_object_get_member(o, "cursor");
  if (cn && !JSON_NODE_HOLDS_NULL(cn)) {
    if (r->has_offset)
      return fail(e, "bad_cursor",
                  N_("give \"offset\" or \"cursor\", not both"), NULL, 0);
    if (!member_string(o, "cursor", CURSOR_MAX, &r->cursor) || !r->cursor)
      return fail(e, "bad_cursor",
                  N_("\"cursor\" is not a cursor of this search (same query, "
                     "k, collection and filter) from this server since it "
                     "started"),
                  NULL, 0);
  }
  return TRUE;
}

/* The MAC of a page's offset: @domain ("search" or "documents") then
 * each string with its NUL, so that no two requests share a cursor. */
static void
cursor_mac_parts(const guint8 *key, guint32 offset, gint64 k,
                 const char *const parts[4], guint8 out[CURSOR_MAC])
{
  crypto_generichash_state st;
  crypto_generichash_init(&st, key, CV_HTTP_CURSOR_KEY_BYTES, CURSOR_MAC);
  guint8 head[12];
  memcpy(head, &offset, 4); /* the server's own byte order: never leaves */
  memcpy(head + 4, &k, 8);
  crypto_generichash_update(&st, head, sizeof head);
  /* each string with its NUL: no two splits of one byte run collide */
  for (guint i = 0; i < 4; i++)
    crypto_generichash_update(&st, (const guint8 *)parts[i],
                              strlen(parts[i]) + 1);
  crypto_generichash_final(&st, out, CURSOR_MAC);
  sodium_memzero(&st, sizeof st);
}

static char *
cursor_make(const guint8 *key, guint32 offset, gint64 k,
            const char *const parts[4])
{
  guint8 raw[CURSOR_RAW];
  guint32 le = GUINT32_TO_LE(offset);
  memcpy(raw, &le, 4);
  cursor_mac_parts(key, offset, k, parts, raw + 4);
  char b64[sodium_base64_ENCODED_LEN(CURSOR_RAW,
                                     sodium_base64_VARIANT_URLSAFE_NO_PADDING)];
  sodium_bin2base64(b64, sizeof b64, raw, sizeof raw,
                    sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  return g_strconcat("1", b64, NULL);
}

static gboolean
cursor_check(const guint8 *key, const char *cursor, gint64 k,
             const char *const parts[4], guint32 max, guint32 *offset)
{
  guint8 raw[CURSOR_RAW], mac[CURSOR_MAC];
  size_t len = 0;
  if (cursor[0] != '1' || strlen(cursor) > CURSOR_MAX ||
      sodium_base642bin(raw, sizeof raw, cursor + 1, strlen(cursor + 1), NULL,
                        &len, NULL,
                        sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0 ||
      len != CURSOR_RAW)
    return FALSE;
  guint32 le;
  memcpy(&le, raw, 4);
  guint32 off = GUINT32_FROM_LE(le);
  cursor_mac_parts(key, off, k, parts, mac);
  if (sodium_memcmp(mac, raw + 4, CURSOR_MAC) != 0 || off > max)
    return FALSE;
  *offset = off;
  return TRUE;
}

char *
cv_http_cursor_make(const guint8 *key, guint32 offset, const CvHttpSearch *r)
{
  const char *const parts[4] = { "search", r->collection, r->query,
                                 r->filter_json ? r->filter_json : "" };
  return cursor_make(key, offset, r->k, parts);
}

gboolean
cv_http_cursor_check(const guint8 *key, const char *cursor,
                     const CvHttpSearch *r, guint32 *offset)
{
  const char *const parts[4] = { "search", r->collection, r->query,
                                 r->filter_json ? r->filter_json : "" };
  return cursor_check(key, cursor, r->k, parts, CV_SEARCH_OFFSET_MAX, offset);
}

gboolean
cv_http_page_parse(CvHttpPage *p, const char *k, const char *offset,
                   const char *cursor, CvHttpError *e)
{
  memset(p, 0, sizeof *p);
  p->k = CV_HTTP_PAGE_K_DEFAULT;
  if (k != NULL && !cv_http_index_parse(k, CV_HTTP_PAGE_K_MAX, &p->k))
    p->k = 0;
  if (p->k == 0)
    return fail(e, "k_out_of_range", N_("\"k\" must be an integer from 1 to %d"),
                NULL, CV_HTTP_PAGE_K_MAX);
  if (offset != NULL &&
      !cv_http_index_parse(offset, CV_HTTP_PAGE_OFFSET_MAX, &p->offset))
    return fail(e, "offset_out_of_range",
                N_("\"offset\" must be an integer from 0 to %d"), NULL,
                CV_HTTP_PAGE_OFFSET_MAX);
  if (cursor != NULL) {
    if (offset != NULL)
      return fail(e, "bad_cursor",
                  N_("give \"offset\" or \"cursor\", not both"), NULL, 0);
    if (*cursor == '\0' || strlen(cursor) > CURSOR_MAX)
      return fail(e, "bad_cursor",
                  N_("\"cursor\" is not a cursor of this list (same k and "
                     "collection) from this server since it started"),
                  NULL, 0);
    p->cursor = cursor;
  }
  return TRUE;
}

char *
cv_http_page_cursor_make(const guint8 *key, guint32 offset,
                         const char *collection, guint k)
{
  const char *const parts[4] = { "documents", collection, "", "" };
  return cursor_make(key, offset, k, parts);
}

gboolean
cv_http_page_cursor_check(const guint8 *key, const char *cursor,
                          const char *collection, guint k, guint32 *offset)
{
  const char *const parts[4] = { "documents", collection, "", "" };
  return cursor_check(key, cursor, k, parts, CV_HTTP_PAGE_OFFSET_MAX, offset);
}

void
cv_http_lists_change_clear(CvHttpListsChange *r)
{
  g_clear_object(&r->parser);
}

gboolean
cv_http_lists_change_parse(CvHttpListsChange *r, const char *body, gsize len,
                           CvHttpError *e)
{
  memset(r, 0, sizeof *r);
  JsonObject *o = parse_object(&r->parser, body, len);
  if (o == NULL)
    return fail(e, "bad_json", N_("the body must be a JSON object"), NULL, 0);
  static const char *const fields[] = { "action", "list", "type", "term", NULL };
  char *unknown = unknown_members(o, fields);
  if (unknown)
    return fail(e, "unknown_field", N_("unknown fields in the request: %s"),
                unknown, 0);
  const char *action = NULL;
  if (!member_string(o, "action", 16, &action) ||
      !member_string(o, "list", 16, &r->list) ||
      !member_string(o, "type", 32, &r->type) ||
      !member_string(o, "term", CV_STORE_LIST_TERM_MAX, &r->term) ||
      r->term == NULL || *r->term == '\0' || action == NULL ||
      (strcmp(action, "add") != 0 && strcmp(action, "remove") != 0) ||
      (r->list != NULL && strcmp(r->list, "always") != 0 &&
       strcmp(r->list, "never") != 0))
    return fail(e, "bad_request",
                N_("expected {\"action\": \"add\" or \"remove\", \"list\": "
                   "\"always\" or \"never\", \"type\", \"term\": 1 to %d "
                   "bytes}"),
                NULL, CV_STORE_LIST_TERM_MAX);
  r->add = strcmp(action, "add") == 0;
  if (r->list == NULL && r->add)
    return fail(e, "bad_request", N_("\"list\" (always or never) is required"),
                NULL, 0);
  return TRUE;
}

gboolean
cv_http_doc_id_ok(const char *id)
{
  gsize n = 0;
  for (; id[n] != '\0'; n++)
    if (n >= CV_DOC_ID_LEN || !g_ascii_isxdigit(id[n]))
      return FALSE;
  return n == CV_DOC_ID_LEN;
}

char *
cv_http_upload_name(const char *param)
{
  g_autofree char *base = param && *param && strlen(param) <= 4096
                              ? g_path_get_basename(param)
                              : NULL;
  if (base == NULL || strlen(base) > CV_HTTP_UPLOAD_NAME_MAX ||
      !g_utf8_validate(base, -1, NULL) || strcmp(base, "/") == 0 ||
      strcmp(base, ".") == 0 || strcmp(base, "..") == 0)
    return g_strdup("document");
  return g_steal_pointer(&base);
}

gboolean
cv_http_index_parse(const char *param, guint max, guint *out)
{
  guint64 v = 0;
  if (param == NULL || !g_ascii_string_to_unsigned(param, 10, 0, max, &v, NULL))
    return FALSE;
  *out = (guint)v;
  return TRUE;
}
