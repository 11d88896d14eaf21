/* broker.c — librabbitmq at its edge: one AMQP connection and channel per
 * CvBroker, every amqp_* status and reply turned into a GError; and the
 * sealed boxes (libsodium crypto_box_seal) of jobs and results.  See
 * broker.h for the message formats.
 *
 * Frames are read in one place (dispatch): a delivery that arrives while
 * a publish waits for its confirm is kept for the next cv_broker_next, so
 * one thread can consume and publish on one channel.  A delivery's body
 * size comes from the peer: it is checked against the cap before a byte
 * of it is stored (librabbitmq's amqp_read_message would allocate it).
 */
#include <errno.h>
#include <string.h>
#include <sys/time.h>

#include <amqp.h>
#include <amqp_ssl_socket.h>
#include <amqp_tcp_socket.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "broker.h"
#include "cv-text.h"

#define CHANNEL 1
#define FRAME_MAX 131072
#define HEARTBEAT_S 30
#define CONNECT_TIMEOUT_S 10
#define RPC_TIMEOUT_S 30
#define MAX_PASSWORD 1024
#define MAX_KEY_FILE 4096

G_DEFINE_QUARK(cv - broker - error - quark, cv_broker_error)

struct _CvBroker {
  amqp_connection_state_t conn;
  char *shown; /* URL without password */
  gsize max_body;
  guint64 seq;       /* publish sequence number of the last publish */
  gboolean acked;    /* its confirm came */
  gboolean nacked;   /* refused */
  gboolean returned; /* unroutable (no such queue) */
  gboolean dead;     /* the channel or connection is gone */
  GQueue pending;    /* CvBrokerMessage received, not yet handed out */
};

void
cv_broker_message_free(CvBrokerMessage *message)
{
  if (message == NULL)
    return;
  g_clear_pointer(&message->body, g_bytes_unref);
  g_free(message);
}

const char *
cv_broker_url(CvBroker *broker)
{
  return broker->shown;
}

/* ---- errors at the edge ---- */

static char *
bytes_str(amqp_bytes_t b)
{
  g_autofree char *s = g_strndup(b.bytes, MIN(b.len, 512u));
  return g_utf8_make_valid(s, -1);
}

static gboolean
reply_ok(CvBroker *b, amqp_rpc_reply_t r, const char *what, GError **error)
{
  switch (r.reply_type) {
  case AMQP_RESPONSE_NORMAL:
    return TRUE;
  case AMQP_RESPONSE_NONE:
    g_set_error(error, CV_BROKER_ERROR, CV_BROKER_ERROR_PROTOCOL,
                _("%s: %s: no reply from the broker"), b->shown, what);
    break;
  case AMQP_RESPONSE_LIBRARY_EXCEPTION:
    g_set_error(error, CV_BROKER_ERROR, CV_BROKER_ERROR_CONNECT, "%s: %s: %s",
                b->shown, what, amqp_error_string2(r.library_error));
    b->dead = TRUE;
    break;
  case AMQP_RESPONSE_SERVER_EXCEPTION:
    if (r.reply.id == AMQP_CONNECTION_CLOSE_METHOD) {
      amqp_connection_close_t *m = r.reply.decoded;
      g_autofree char *text = bytes_str(m->reply_text);
      g_set_error(error, CV_BROKER_ERROR, CV_BROKER_ERROR_PROTOCOL,
                  _("%s: %s: the broker closed the connection: %u %s"),
                  b->shown, what, m->reply_code, text);
      amqp_connection_close_ok_t ok = { 0 };
      amqp_send_method(b->conn, 0, AMQP_CONNECTION_CLOSE_OK_METHOD, &ok);
    } else if (r.reply.id == AMQP_CHANNEL_CLOSE_METHOD) {
      amqp_channel_close_t *m = r.reply.decoded;
      g_autofree char *text = bytes_str(m->reply_text);
      g_set_error(error, CV_BROKER_ERROR, CV_BROKER_ERROR_PROTOCOL,
                  _("%s: %s: the broker closed the channel: %u %s"), b->shown,
                  what, m->reply_code, text);
      amqp_channel_close_ok_t ok = { 0 };
      amqp_send_method(b->conn, CHANNEL, AMQP_CHANNEL_CLOSE_OK_METHOD, &ok);
    } else {
      g_set_error(error, CV_BROKER_ERROR, CV_BROKER_ERROR_PROTOCOL,
                  _("%s: %s: unexpected method 0x%08x"), b->shown, what,
                  r.reply.id);
    }
    b->dead = TRUE;
    break;
  }
  return FALSE;
}

static gboolean
status_ok(CvBroker *b, int status, const char *what, GError **error)
{
  if (status >= 0)
    return TRUE;
  g_set_error(error, CV_BROKER_ERROR, CV_BROKER_ERROR_CONNECT, "%s: %s: %s",
              b->shown, what, amqp_error_string2(status));
  b->dead = TRUE;
  return FALSE;
}

/* ---- connecting ---- */

/* The password from the environment or a credentials file (wiped by the
 * caller), or NULL. */
static char *
password_from_env(GError **error)
{
  const char *env = g_getenv("CAVIAR_BROKER_PASSWORD");
  if (env != NULL && *env != '\0')
    return g_strdup(env);
  g_autofree char *path = g_strdup(g_getenv("CAVIAR_BROKER_PASSWORD_FILE"));
  if ((path == NULL || *path == '\0') && g_getenv("CREDENTIALS_DIRECTORY")) {
    g_free(path);
    path = g_build_filename(g_getenv("CREDENTIALS_DIRECTORY"),
                            "broker-password", NULL);
    if (!g_file_test(path, G_FILE_TEST_EXISTS))
      return NULL;
  }
  if (path == NULL || *path == '\0')
    return NULL;
  char *data = NULL;
  gsize len = 0;
  if (!g_file_get_contents(path, &data, &len, error)) {
    g_prefix_error(error, _("broker password: "));
    return NULL;
  }
  if (len > MAX_PASSWORD || memchr(data, '\0', len) != NULL) {
    sodium_memzero(data, len);
    g_free(data);
    g_set_error(error, CV_BROKER_ERROR, CV_BROKER_ERROR_CONNECT,
                _("%s: not a password (at most %d bytes, one line)"), path,
                MAX_PASSWORD);
    return NULL;
  }
  while (len > 0 && (data[len - 1] == '\n' || data[len - 1] == '\r'))
    data[--len] = '\0';
  return data;
}

static gboolean
open_channel(CvBroker *b, GError **error)
{
  amqp_channel_open(b->conn, CHANNEL);
  if (!reply_ok(b, amqp_get_rpc_reply(b->conn), "channel.open", error))
    return FALSE;
  amqp_confirm_select(b->conn, CHANNEL);
  if (!reply_ok(b, amqp_get_rpc_reply(b->conn), "confirm.select", error))
    return FALSE;
  b->seq = 0;
  b->dead = FALSE;
  return TRUE;
}

CvBroker *
cv_broker_connect(const char *url, GError **error)
{
  if (url == NULL || (!g_str_has_prefix(url, "amqp://") &&
                      !g_str_has_prefix(url, "amqps://"))) {
    g_set_error(error, CV_BROKER_ERROR, CV_BROKER_ERROR_URL,
                _("the broker must be an amqp:// or amqps:// URL"));
    return NULL;
  }
  /* Does the URL carry a password (user:password@)? */
  const char *auth = strstr(url, "://") + 3;
  const char *slash = strchr(auth, '/');
  const char *at = strchr(auth, '@');
  gboolean url_password = FALSE;
  if (at != NULL && (slash == NULL || at < slash)) {
    const char *colon = memchr(auth, ':', (gsize)(at - auth));
    url_password = colon != NULL;
  }

  g_autoptr(CvBroker) b = g_new0(CvBroker, 1);
  g_queue_init(&b->pending);
  if (url_password) {
    const char *colon = memchr(auth, ':', (gsize)(at - auth));
    b->shown = g_strdup_printf("%.*s:***%s", (int)(colon - url), url, at);
  } else {
    b->shown = g_strdup(url);
  }
  char *copy = g_strdup(url); /* amqp_parse_url writes into it */
  struct amqp_connection_info info;
  amqp_default_connection_info(&info);
  if (amqp_parse_url(copy, &info) != AMQP_STATUS_OK) {
    sodium_memzero(copy, strlen(copy));
    g_free(copy);
    g_set_error(error, CV_BROKER_ERROR, CV_BROKER_ERROR_URL,
                _("%s: not a valid broker URL"), b->shown);
    return NULL;
  }
  char *password = NULL;
  if (!url_password) {
    GError *local = NULL;
    password = password_from_env(&local);
    if (local != NULL) {
      sodium_memzero(copy, strlen(copy));
      g_free(copy);
      g_propagate_error(error, local);
      return NULL;
    }
  }

  b->conn = amqp_new_connection();
  amqp_socket_t *socket = NULL;
  if (info.ssl) {
    socket = amqp_ssl_socket_new(b->conn);
    if (socket != NULL) {
      amqp_ssl_socket_set_verify_peer(socket, 1);
      amqp_ssl_socket_set_verify_hostname(socket, 1);
      const char *ca = g_getenv("CAVIAR_BROKER_CA");
      if (ca == NULL || *ca == '\0')
        ca = "/etc/ssl/certs/ca-certificates.crt";
      if (amqp_ssl_socket_set_cacert(socket, ca) != AMQP_STATUS_OK) {
        g_set_error(error, CV_BROKER_ERROR, CV_BROKER_ERROR_CONNECT,
                    _("%s: cannot load the certificate authorities of %s"),
                    b->shown, ca);
        socket = NULL;
        goto fail;
      }
    }
  } else {
    socket = amqp_tcp_socket_new(b->conn);
  }
  if (socket == NULL) {
    if (error != NULL && *error == NULL)
      g_set_error(error, CV_BROKER_ERROR, CV_BROKER_ERROR_CONNECT,
                  _("%s: cannot create a socket"), b->shown);
    goto fail;
  }
  struct timeval tv = { .tv_sec = CONNECT_TIMEOUT_S };
  /* A broker that is starting takes the TCP connection before it answers:
   * the login and every RPC (declare, consume) wait at most this long,
   * rather than for ever. */
  struct timeval handshake = { .tv_sec = CONNECT_TIMEOUT_S };
  struct timeval rpc = { .tv_sec = RPC_TIMEOUT_S };
  amqp_set_handshake_timeout(b->conn, &handshake);
  amqp_set_rpc_timeout(b->conn, &rpc);
  int st = amqp_socket_open_noblock(socket, info.host, info.port, &tv);
  if (st != AMQP_STATUS_OK) {
    g_set_error(error, CV_BROKER_ERROR, CV_BROKER_ERROR_CONNECT,
                _("%s: cannot connect: %s"), b->shown, amqp_error_string2(st));
    goto fail;
  }
  amqp_rpc_reply_t r = amqp_login(b->conn, info.vhost, 0, FRAME_MAX,
                                  HEARTBEAT_S, AMQP_SASL_METHOD_PLAIN, info.user,
                                  password != NULL ? password : info.password);
  if (!reply_ok(b, r, _("login"), error))
    goto fail;
  if (password != NULL) {
    sodium_memzero(password, strlen(password));
    g_free(password);
  }
  sodium_memzero(copy, strlen(copy));
  g_free(copy);
  if (!open_channel(b, error))
    return NULL;
  return g_steal_pointer(&b);

fail:
  if (password != NULL) {
    sodium_memzero(password, strlen(password));
    g_free(password);
  }
  sodium_memzero(copy, strlen(copy));
  g_free(copy);
  return NULL;
}

void
cv_broker_free(CvBroker *b)
{
  if (b == NULL)
    return;
  if (b->conn != NULL) {
    if (!b->dead) {
      amqp_channel_close(b->conn, CHANNEL, AMQP_REPLY_SUCCESS);
      amqp_connection_close(b->conn, AMQP_REPLY_SUCCESS);
    }
    amqp_destroy_connection(b->conn);
  }
  CvBrokerMessage *m;
  while ((m = g_queue_pop_head(&b->pending)) != NULL)
    cv_broker_message_free(m);
  g_free(b->shown);
  g_free(b);
}

/* ---- queues ---- */

gboolean
cv_broker_declare(CvBroker *b, const char *name, guint delivery_limit,
                  GError **error)
{
  amqp_table_entry_t entries[2];
  entries[0].key = amqp_cstring_bytes("x-queue-type");
  entries[0].value.kind = AMQP_FIELD_KIND_UTF8;
  entries[0].value.value.bytes = amqp_cstring_bytes("quorum");
  entries[1].key = amqp_cstring_bytes("x-delivery-limit");
  entries[1].value.kind = AMQP_FIELD_KIND_I32;
  entries[1].value.value.i32 = (int32_t)MIN(delivery_limit, (guint)G_MAXINT32);
  amqp_table_t args = { .num_entries = delivery_limit ? 2 : 1,
                        .entries = entries };
  amqp_queue_declare(b->conn, CHANNEL, amqp_cstring_bytes(name), 0, 1, 0, 0,
                     args);
  g_autoptr(GError) quorum = NULL;
  if (reply_ok(b, amqp_get_rpc_reply(b->conn), "queue.declare", &quorum))
    return TRUE;
  if (!g_error_matches(quorum, CV_BROKER_ERROR, CV_BROKER_ERROR_PROTOCOL) ||
      !open_channel(b, NULL)) {
    g_propagate_error(error, g_steal_pointer(&quorum));
    return FALSE;
  }
  /* A server without quorum queues, or the queue already declared as a
   * classic one: a classic durable queue. */
  amqp_queue_declare(b->conn, CHANNEL, amqp_cstring_bytes(name), 0, 1, 0, 0,
                     amqp_empty_table);
  return reply_ok(b, amqp_get_rpc_reply(b->conn), "queue.declare", error);
}

gboolean
cv_broker_consume(CvBroker *b, const char *name, guint prefetch, GError **error)
{
  amqp_basic_qos(b->conn, CHANNEL, 0, (uint16_t)CLAMP(prefetch, 1u, 65535u), 0);
  if (!reply_ok(b, amqp_get_rpc_reply(b->conn), "basic.qos", error))
    return FALSE;
  amqp_basic_consume(b->conn, CHANNEL, amqp_cstring_bytes(name),
                     amqp_empty_bytes, 0, 0, 0, amqp_empty_table);
  return reply_ok(b, amqp_get_rpc_reply(b->conn), "basic.consume", error);
}

void
cv_broker_set_max_body(CvBroker *b, gsize max_body)
{
  b->max_body = max_body;
}

/* ---- reading frames ---- */

/* Waits for a frame until @deadline (monotonic µs; 0: do not wait).
 * AMQP_STATUS_TIMEOUT when none came. */
static int
wait_frame(CvBroker *b, amqp_frame_t *frame, gint64 deadline)
{
  /* librabbitmq turns the timeout into a deadline and polls for the whole
   * milliseconds left, rounded down: a wait of 20 ms polled 19, and the
   * rest of the millisecond was waited for again and again with poll(0),
   * a busy loop that took 5 % of a core while a worker's job ran.  So the
   * timeout is rounded up to whole milliseconds, plus one for that
   * rounding down; never zero either (librabbitmq 0.11 then fails with
   * "invalid parameter"). */
  gint64 left = MAX(deadline - g_get_monotonic_time(), 0);
  gint64 ms = (left + 999) / 1000 + 1;
  struct timeval tv = { .tv_sec = ms / 1000, .tv_usec = (ms % 1000) * 1000 };
  return amqp_simple_wait_frame_noblock(b->conn, frame, &tv);
}

/* The x-delivery-count header a quorum queue puts on a message it
 * delivers again (0: none, a first delivery). */
static guint
delivery_count(const amqp_basic_properties_t *p)
{
  if (p == NULL || !(p->_flags & AMQP_BASIC_HEADERS_FLAG))
    return 0;
  for (int i = 0; i < p->headers.num_entries; i++) {
    const amqp_table_entry_t *e = &p->headers.entries[i];
    if (e->key.len != 16 || memcmp(e->key.bytes, "x-delivery-count", 16) != 0)
      continue;
    gint64 v = 0;
    switch (e->value.kind) {
    case AMQP_FIELD_KIND_I8:
      v = e->value.value.i8;
      break;
    case AMQP_FIELD_KIND_U8:
      v = e->value.value.u8;
      break;
    case AMQP_FIELD_KIND_I16:
      v = e->value.value.i16;
      break;
    case AMQP_FIELD_KIND_U16:
      v = e->value.value.u16;
      break;
    case AMQP_FIELD_KIND_I32:
      v = e->value.value.i32;
      break;
    case AMQP_FIELD_KIND_U32:
      v = e->value.value.u32;
      break;
    case AMQP_FIELD_KIND_I64:
      v = e->value.value.i64;
      break;
    case AMQP_FIELD_KIND_U64:
      v = (gint64)MIN(e->value.value.u64, (guint64)G_MAXUINT);
      break;
    default:
      break;
    }
    return (guint)CLAMP(v, 0, (gint64)G_MAXUINT);
  }
  return 0;
}

/* The content (header and body frames) after a deliver or return: into a
 * wiped-on-free GBytes, or dropped (@keep FALSE, or over the cap: then
 * *too_large); the header's x-delivery-count in *@count.  FALSE if the
 * connection failed. */
static gboolean
read_content(CvBroker *b, gboolean keep, GBytes **out, gboolean *too_large,
             guint *count, GError **error)
{
  amqp_frame_t f;
  gint64 deadline = g_get_monotonic_time() + 60 * G_USEC_PER_SEC;
  int st = wait_frame(b, &f, deadline);
  if (st != AMQP_STATUS_OK)
    return status_ok(b, st < 0 ? st : AMQP_STATUS_TIMEOUT, "content", error);
  if (f.frame_type != AMQP_FRAME_HEADER || f.channel != CHANNEL) {
    g_set_error(error, CV_BROKER_ERROR, CV_BROKER_ERROR_PROTOCOL,
                _("%s: a content header was expected"), b->shown);
    b->dead = TRUE;
    return FALSE;
  }
  guint64 size = f.payload.properties.body_size;
  if (count != NULL)
    *count = delivery_count(f.payload.properties.decoded);
  *too_large = size > b->max_body;
  keep = keep && !*too_large;
  GByteArray *body = keep ? g_byte_array_sized_new((guint)size) : NULL;
  guint64 got = 0;
  while (got < size) {
    st = wait_frame(b, &f, deadline);
    if (st != AMQP_STATUS_OK || f.frame_type != AMQP_FRAME_BODY ||
        f.payload.body_fragment.len > size - got) {
      if (body != NULL)
        cv_text_wipe_byte_array(body);
      if (st == AMQP_STATUS_OK)
        g_set_error(error, CV_BROKER_ERROR, CV_BROKER_ERROR_PROTOCOL,
                    _("%s: a malformed message body"), b->shown);
      else
        status_ok(b, st < 0 ? st : AMQP_STATUS_TIMEOUT, "content", error);
      b->dead = TRUE;
      return FALSE;
    }
    if (body != NULL)
      g_byte_array_append(body, f.payload.body_fragment.bytes,
                          (guint)f.payload.body_fragment.len);
    got += f.payload.body_fragment.len;
  }
  if (body != NULL)
    *out = g_bytes_new_with_free_func(body->data, body->len,
                                      cv_text_wipe_byte_array, body);
  return TRUE;
}

/* Reads and handles one frame, waiting until @deadline.  FALSE with
 * @error when the connection or channel is gone. */
static gboolean
dispatch(CvBroker *b, gint64 deadline, GError **error)
{
  if (b->dead) {
    g_set_error(error, CV_BROKER_ERROR, CV_BROKER_ERROR_CONNECT,
                _("%s: the connection is closed"), b->shown);
    return FALSE;
  }
  amqp_frame_t f;
  int st = wait_frame(b, &f, deadline);
  if (st == AMQP_STATUS_TIMEOUT)
    return TRUE;
  if (!status_ok(b, st, _("receive"), error))
    return FALSE;
  gboolean ok = TRUE;
  if (f.frame_type != AMQP_FRAME_METHOD)
    goto out; /* stray content: ignore */
  switch (f.payload.method.id) {
  case AMQP_BASIC_DELIVER_METHOD: {
    amqp_basic_deliver_t *d = f.payload.method.decoded;
    CvBrokerMessage *m = g_new0(CvBrokerMessage, 1);
    m->tag = d->delivery_tag;
    m->redelivered = d->redelivered;
    gboolean too_large = FALSE;
    ok = read_content(b, TRUE, &m->body, &too_large, &m->delivery_count, error);
    if (ok)
      g_queue_push_tail(&b->pending, m); /* body NULL: too large */
    else
      cv_broker_message_free(m);
    break;
  }
  case AMQP_BASIC_ACK_METHOD: {
    amqp_basic_ack_t *a = f.payload.method.decoded;
    if (a->delivery_tag == b->seq || (a->multiple && a->delivery_tag >= b->seq))
      b->acked = TRUE;
    break;
  }
  case AMQP_BASIC_NACK_METHOD: {
    amqp_basic_nack_t *n = f.payload.method.decoded;
    if (n->delivery_tag == b->seq || (n->multiple && n->delivery_tag >= b->seq))
      b->nacked = TRUE;
    break;
  }
  case AMQP_BASIC_RETURN_METHOD: {
    gboolean too_large = FALSE;
    b->returned = TRUE;
    ok = read_content(b, FALSE, NULL, &too_large, NULL, error);
    break;
  }
  case AMQP_BASIC_CANCEL_METHOD:
    g_set_error(error, CV_BROKER_ERROR, CV_BROKER_ERROR_PROTOCOL,
                _("%s: the broker cancelled our consumer (queue deleted?)"),
                b->shown);
    b->dead = TRUE;
    ok = FALSE;
    break;
  case AMQP_CHANNEL_CLOSE_METHOD:
  case AMQP_CONNECTION_CLOSE_METHOD: {
    amqp_rpc_reply_t r = { .reply_type = AMQP_RESPONSE_SERVER_EXCEPTION,
                           .reply = f.payload.method };
    ok = reply_ok(b, r, _("receive"), error);
    break;
  }
  default:
    break;
  }
out:
  amqp_maybe_release_buffers(b->conn);
  return ok;
}

CvBrokerMessage *
cv_broker_next(CvBroker *b, guint timeout_ms, GError **error)
{
  gint64 deadline = g_get_monotonic_time() + (gint64)timeout_ms * 1000;
  for (;;) {
    CvBrokerMessage *m = g_queue_pop_head(&b->pending);
    if (m != NULL && m->body == NULL) {
      guint64 tag = m->tag;
      cv_broker_message_free(m);
      if (!cv_broker_reject(b, tag, FALSE, error))
        return NULL;
      g_set_error(error, CV_BROKER_ERROR, CV_BROKER_ERROR_TOO_LARGE,
                  _("%s: a message over %zu bytes was dropped"), b->shown,
                  b->max_body);
      return NULL;
    }
    if (m != NULL)
      return m;
    if (g_get_monotonic_time() >= deadline && !amqp_data_in_buffer(b->conn) &&
        !amqp_frames_enqueued(b->conn))
      return NULL;
    if (!dispatch(b, deadline, error))
      return NULL;
    if (g_queue_is_empty(&b->pending) && g_get_monotonic_time() >= deadline)
      return NULL;
  }
}

gboolean
cv_broker_ack(CvBroker *b, guint64 tag, GError **error)
{
  return status_ok(b, amqp_basic_ack(b->conn, CHANNEL, tag, 0), "basic.ack",
                   error);
}

gboolean
cv_broker_reject(CvBroker *b, guint64 tag, gboolean requeue, GError **error)
{
  return status_ok(b, amqp_basic_reject(b->conn, CHANNEL, tag, requeue),
                   "basic.reject", error);
}

gboolean
cv_broker_publish(CvBroker *b, const char *name, const void *body, gsize len,
                  guint timeout_ms, guint expire_s, GError **error)
{
  if (b->dead) {
    g_set_error(error, CV_BROKER_ERROR, CV_BROKER_ERROR_CONNECT,
                _("%s: the connection is closed"), b->shown);
    return FALSE;
  }
  amqp_basic_properties_t props = {
    ._flags = AMQP_BASIC_DELIVERY_MODE_FLAG,
    .delivery_mode = AMQP_DELIVERY_PERSISTENT,
  };
  char ttl[24];
  if (expire_s > 0) {
    /* a job nobody waits for any more (its owner gave up) leaves the
     * queue by itself */
    g_snprintf(ttl, sizeof ttl, "%" G_GUINT64_FORMAT, (guint64)expire_s * 1000);
    props._flags |= AMQP_BASIC_EXPIRATION_FLAG;
    props.expiration = amqp_cstring_bytes(ttl);
  }
  amqp_bytes_t content = { .len = len, .bytes = (void *)body };
  b->acked = b->nacked = b->returned = FALSE;
  int st = amqp_basic_publish(b->conn, CHANNEL, amqp_empty_bytes,
                              amqp_cstring_bytes(name), 1, 0, &props, content);
  if (!status_ok(b, st, "basic.publish", error))
    return FALSE;
  b->seq++;
  gint64 deadline = g_get_monotonic_time() + (gint64)timeout_ms * 1000;
  while (!b->acked && !b->nacked) {
    if (g_get_monotonic_time() >= deadline) {
      g_set_error(error, CV_BROKER_ERROR, CV_BROKER_ERROR_REFUSED,
                  _("%s: no confirm from the broker within %u ms"), b->shown,
                  timeout_ms);
      return FALSE;
    }
    if (!dispatch(b, deadline, error))
      return FALSE;
  }
  if (b->nacked || b->returned) {
    g_set_error(error, CV_BROKER_ERROR, CV_BROKER_ERROR_REFUSED,
                b->returned ? _("%s: no queue %s on the broker")
                            : _("%s: the broker refused a message for %s"),
                b->shown, name);
    return FALSE;
  }
  return TRUE;
}

/* ---- keys and sealed boxes ---- */

CvBoxKeys *
cv_box_keys_new(void)
{
  CvBoxKeys *keys = sodium_malloc(sizeof *keys);
  g_assert(keys != NULL);
  crypto_box_keypair(keys->pk, keys->sk);
  return keys;
}

void
cv_box_keys_free(CvBoxKeys *keys)
{
  if (keys != NULL)
    sodium_free(keys); /* wipes */
}

#define KEY_FILE_HEADER "caviar-worker-key 1\n"

gboolean
cv_box_keys_save(const CvBoxKeys *keys, const char *path, GError **error)
{
  gsize hex = crypto_box_SECRETKEYBYTES * 2 + 1;
  gsize size = strlen(KEY_FILE_HEADER) + 7 + hex + 7 + hex + 2;
  char *text = sodium_malloc(size);
  g_assert(text != NULL);
  char *p = text;
  memcpy(p, KEY_FILE_HEADER, strlen(KEY_FILE_HEADER));
  p += strlen(KEY_FILE_HEADER);
  memcpy(p, "secret ", 7);
  p += 7;
  sodium_bin2hex(p, hex, keys->sk, sizeof keys->sk);
  p += hex - 1;
  *p++ = '\n';
  memcpy(p, "public ", 7);
  p += 7;
  sodium_bin2hex(p, hex, keys->pk, sizeof keys->pk);
  p += hex - 1;
  *p++ = '\n';
  gboolean ok = g_file_set_contents_full(
      path, text, p - text,
      G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE, 0600, error);
  sodium_free(text);
  if (!ok)
    return FALSE;
  char pub[crypto_box_PUBLICKEYBYTES * 2 + 2];
  sodium_bin2hex(pub, sizeof pub - 1, keys->pk, sizeof keys->pk);
  pub[sizeof pub - 2] = '\n';
  g_autofree char *pub_path = g_strconcat(path, ".pub", NULL);
  return g_file_set_contents_full(pub_path, pub, sizeof pub - 1,
                                  G_FILE_SET_CONTENTS_CONSISTENT, 0644, error);
}

static gboolean
hex_field(const char *line, const char *name, guint8 *out, gsize len)
{
  gsize n = strlen(name);
  if (strncmp(line, name, n) != 0 || line[n] != ' ')
    return FALSE;
  const char *hex = line + n + 1;
  gsize bin_len = 0;
  const char *end = NULL;
  return sodium_hex2bin(out, len, hex, strlen(hex), NULL, &bin_len, &end) == 0 &&
         bin_len == len && (*end == '\0' || *end == '\n');
}

CvBoxKeys *
cv_box_keys_load(const char *path, GError **error)
{
  char *data = NULL;
  gsize len = 0;
  GStatBuf st;
  if (g_stat(path, &st) == 0 && (st.st_mode & 0077) != 0)
    g_warning(_("%s: the worker key file is readable by others (chmod 600)"),
              path);
  if (!g_file_get_contents(path, &data, &len, error))
    return NULL;
  CvBoxKeys *keys = sodium_malloc(sizeof *keys);
  g_assert(keys != NULL);
  gboolean ok = len < MAX_KEY_FILE && g_str_has_prefix(data, KEY_FILE_HEADER);
  if (ok) {
    char *secret = data + strlen(KEY_FILE_HEADER);
    char *nl = strchr(secret, '\n');
    ok = nl != NULL && hex_field(secret, "secret", keys->sk, sizeof keys->sk) &&
         hex_field(nl + 1, "public", keys->pk, sizeof keys->pk);
  }
  if (ok) {
    /* the public half must be the secret's */
    guint8 pk[crypto_box_PUBLICKEYBYTES];
    crypto_scalarmult_base(pk, keys->sk);
    ok = sodium_memcmp(pk, keys->pk, sizeof pk) == 0;
  }
  sodium_memzero(data, len);
  g_free(data);
  if (!ok) {
    sodium_free(keys);
    g_set_error(error, CV_BROKER_ERROR, CV_BROKER_ERROR_KEY,
                _("%s: not a worker key file (made by 'caviar key "
                  "worker-keys')"),
                path);
    return NULL;
  }
  return keys;
}

gboolean
cv_box_public_parse(const char *hex_or_file, guint8 *pk, GError **error)
{
  g_autofree char *data = NULL;
  const char *hex = hex_or_file;
  if (strlen(hex_or_file) != crypto_box_PUBLICKEYBYTES * 2) {
    gsize len = 0;
    if (!g_file_get_contents(hex_or_file, &data, &len, error))
      return FALSE;
    g_strstrip(data);
    hex = data;
  }
  gsize bin_len = 0;
  const char *end = NULL;
  if (sodium_hex2bin(pk, crypto_box_PUBLICKEYBYTES, hex, strlen(hex), NULL,
                     &bin_len, &end) != 0 ||
      bin_len != crypto_box_PUBLICKEYBYTES || *end != '\0') {
    g_set_error(error, CV_BROKER_ERROR, CV_BROKER_ERROR_KEY,
                _("%s: not a worker public key (64 hex digits, the .pub file "
                  "of 'caviar key worker-keys')"),
                hex_or_file);
    return FALSE;
  }
  return TRUE;
}

GBytes *
cv_box_seal(const void *data, gsize len, const guint8 *pk)
{
  guint8 *out = g_malloc(len + crypto_box_SEALBYTES);
  crypto_box_seal(out, data, len, pk);
  return g_bytes_new_take(out, len + crypto_box_SEALBYTES);
}

GBytes *
cv_box_open(GBytes *sealed, const CvBoxKeys *keys, GError **error)
{
  gsize len = 0;
  const guint8 *c = g_bytes_get_data(sealed, &len);
  if (len < crypto_box_SEALBYTES) {
    g_set_error(error, CV_BROKER_ERROR, CV_BROKER_ERROR_KEY,
                _("a message too short to be sealed"));
    return NULL;
  }
  GByteArray *out = g_byte_array_sized_new((guint)(len - crypto_box_SEALBYTES));
  g_byte_array_set_size(out, (guint)(len - crypto_box_SEALBYTES));
  if (crypto_box_seal_open(out->data, c, len, keys->pk, keys->sk) != 0) {
    cv_text_wipe_byte_array(out);
    g_set_error(error, CV_BROKER_ERROR, CV_BROKER_ERROR_KEY,
                _("a message not sealed to this key"));
    return NULL;
  }
  return g_bytes_new_with_free_func(out->data, out->len,
                                    cv_text_wipe_byte_array, out);
}

char *
cv_broker_owner_id(const char *store_dir)
{
  guint8 h[8];
  g_autofree char *where = g_strconcat(g_get_host_name(), ":", store_dir, NULL);
  crypto_generichash(h, sizeof h, (const guint8 *)where, strlen(where), NULL, 0);
  char *id = g_malloc(sizeof h * 2 + 1);
  sodium_bin2hex(id, sizeof h * 2 + 1, h, sizeof h);
  return id;
}

gint64
cv_broker_queued(CvBroker *b, const char *name, GError **error)
{
  if (b->dead) {
    g_set_error(error, CV_BROKER_ERROR, CV_BROKER_ERROR_CONNECT,
                _("%s: the connection is closed"), b->shown);
    return -1;
  }
  amqp_queue_declare_ok_t *ok = amqp_queue_declare(
      b->conn, CHANNEL, amqp_cstring_bytes(name), 1, 0, 0, 0, amqp_empty_table);
  if (!reply_ok(b, amqp_get_rpc_reply(b->conn), "queue.declare", error))
    return -1;
  return ok != NULL ? (gint64)ok->message_count : -1;
}

/* ---- jobs ---- */

void
cv_broker_job_clear(CvBrokerJob *job)
{
  g_clear_pointer(&job->reply, g_free);
  g_clear_pointer(&job->ocr_langs, g_free);
  if (job->pdf_password != NULL)
    sodium_memzero(job->pdf_password, strlen(job->pdf_password));
  g_clear_pointer(&job->pdf_password, g_free);
}

static void
put_u16(GByteArray *a, gsize v)
{
  guint16 le = GUINT16_TO_LE((guint16)v);
  g_byte_array_append(a, (const guint8 *)&le, 2);
}

static void
put_string(GByteArray *a, const char *s)
{
  gsize n = s != NULL ? MIN(strlen(s), (gsize)CV_BROKER_MAX_OPTION) : 0;
  put_u16(a, n);
  if (n > 0)
    g_byte_array_append(a, (const guint8 *)s, (guint)n);
}

GBytes *
cv_broker_job_seal(const CvBrokerJob *job, const void *file, gsize len,
                   const guint8 *worker_pk)
{
  gsize qlen = MIN(strlen(job->reply), 255u);
  GByteArray *opts = g_byte_array_new();
  guint32 timeout = GUINT32_TO_LE((guint32)job->timeout_s);
  g_byte_array_append(opts, (const guint8 *)&timeout, 4);
  guint8 attempts = (guint8)CLAMP(job->attempts, 1u, CV_BROKER_DELIVERY_LIMIT);
  guint8 flags = job->no_ocr ? 1 : 0;
  g_byte_array_append(opts, &attempts, 1);
  g_byte_array_append(opts, &flags, 1);
  put_string(opts, job->ocr_langs);
  put_string(opts, job->pdf_password);

  gsize total = CV_BROKER_MAGIC_LEN + CV_BROKER_JOB_ID_LEN +
                crypto_box_PUBLICKEYBYTES + 1 + qlen + 2 + opts->len + len;
  guint8 *plain = g_malloc(total), *p = plain;
  memcpy(p, "CVJ2", CV_BROKER_MAGIC_LEN);
  p += CV_BROKER_MAGIC_LEN;
  memcpy(p, job->id, CV_BROKER_JOB_ID_LEN);
  p += CV_BROKER_JOB_ID_LEN;
  memcpy(p, job->owner_pk, crypto_box_PUBLICKEYBYTES);
  p += crypto_box_PUBLICKEYBYTES;
  *p++ = (guint8)qlen;
  memcpy(p, job->reply, qlen);
  p += qlen;
  guint16 olen = GUINT16_TO_LE((guint16)opts->len);
  memcpy(p, &olen, 2);
  p += 2;
  memcpy(p, opts->data, opts->len);
  p += opts->len;
  if (len > 0)
    memcpy(p, file, len);
  GBytes *sealed = cv_box_seal(plain, total, worker_pk);
  sodium_memzero(plain, total);
  g_free(plain);
  cv_text_wipe_byte_array(opts); /* held the PDF password */
  return sealed;
}

/* A length-prefixed string of the options at *@p (*@left bytes left). */
static gboolean
get_string(const guint8 **p, gsize *left, char **out)
{
  if (*left < 2)
    return FALSE;
  guint16 n;
  memcpy(&n, *p, 2);
  n = GUINT16_FROM_LE(n);
  if (n > CV_BROKER_MAX_OPTION || *left - 2 < n)
    return FALSE;
  *out = n > 0 ? g_strndup((const char *)*p + 2, n) : NULL;
  if (*out != NULL && strlen(*out) != n) {
    g_clear_pointer(out, g_free);
    return FALSE;
  }
  *p += 2 + n;
  *left -= 2 + (gsize)n;
  return TRUE;
}

GBytes *
cv_broker_job_parse(GBytes *plain, CvBrokerJob *job, GError **error)
{
  gsize len = 0;
  const guint8 *p = g_bytes_get_data(plain, &len);
  gsize head =
      CV_BROKER_MAGIC_LEN + CV_BROKER_JOB_ID_LEN + crypto_box_PUBLICKEYBYTES + 1;
  memset(job, 0, sizeof *job);
  gboolean v2 = len >= head && memcmp(p, "CVJ2", CV_BROKER_MAGIC_LEN) == 0;
  if (len < head || (!v2 && memcmp(p, "CVJ1", CV_BROKER_MAGIC_LEN) != 0) ||
      len < head + p[head - 1]) {
    g_set_error(error, CV_BROKER_ERROR, CV_BROKER_ERROR_PROTOCOL,
                _("a malformed job"));
    return NULL;
  }
  gsize qlen = p[head - 1];
  job->reply = g_strndup((const char *)p + head, qlen);
  if (strlen(job->reply) != qlen ||
      !g_str_has_prefix(job->reply, CV_BROKER_RESULTS_PREFIX)) {
    cv_broker_job_clear(job);
    g_set_error(error, CV_BROKER_ERROR, CV_BROKER_ERROR_PROTOCOL,
                _("a job without a caviar.results.* reply queue"));
    return NULL;
  }
  memcpy(job->id, p + CV_BROKER_MAGIC_LEN, CV_BROKER_JOB_ID_LEN);
  memcpy(job->owner_pk, p + CV_BROKER_MAGIC_LEN + CV_BROKER_JOB_ID_LEN,
         crypto_box_PUBLICKEYBYTES);
  gsize at = head + qlen;
  job->attempts = CV_BROKER_DEFAULT_ATTEMPTS;
  if (v2) {
    guint16 olen = 0;
    if (len - at >= 2) {
      memcpy(&olen, p + at, 2);
      olen = GUINT16_FROM_LE(olen);
    }
    const guint8 *o = p + at + 2;
    gsize left = olen;
    gboolean ok = len - at >= 2 && len - at - 2 >= olen && left >= 6;
    if (ok) {
      guint32 timeout;
      memcpy(&timeout, o, 4);
      job->timeout_s = GUINT32_FROM_LE(timeout);
      job->attempts = CLAMP(o[4], 1u, CV_BROKER_DELIVERY_LIMIT);
      job->no_ocr = (o[5] & 1) != 0;
      o += 6;
      left -= 6;
      ok = get_string(&o, &left, &job->ocr_langs) &&
           get_string(&o, &left, &job->pdf_password);
    }
    if (!ok) {
      cv_broker_job_clear(job);
      g_set_error(error, CV_BROKER_ERROR, CV_BROKER_ERROR_PROTOCOL,
                  _("a malformed job"));
      return NULL;
    }
    job->has_options = TRUE;
    at += 2 + olen;
  }
  return g_bytes_new_from_bytes(plain, at, len - at);
}
